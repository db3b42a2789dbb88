"""'homes versus businesses?': after a figure, one figure for each side; alone, with nothing to
compare the sides on, declined — never the rows of both sides listed, nor one figure for both."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def trade_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("trade") / "trade.sqlite", """
        CREATE TABLE clients (client_id INTEGER PRIMARY KEY, name TEXT, kind TEXT, town TEXT);
        CREATE TABLE bills (bill_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id), amount REAL);
        INSERT INTO clients VALUES (1,'Ava Hart','home','Leeds'),(2,'Bo Lane','home','York'),
          (3,'Cyan Ltd','business','Leeds'),(4,'Dune plc','business','Leeds'),(5,'Eve Moor','home','Leeds'),
          (6,'Fox Council','public','York');
        INSERT INTO bills VALUES (1,1,120),(2,2,80),(3,3,900),(4,4,1500),(5,5,60),(6,3,300),(7,6,2000);""")


def test_sides_after_a_count_are_counted_each(trade_db):
    c = Conv(trade_db).ask("how many clients are there?")
    c.ask("homes versus businesses?")
    want = rows(trade_db, "SELECT kind, COUNT(*) FROM clients WHERE kind IN ('home','business') GROUP BY kind")
    assert sorted((r[0], int(r[1])) for r in c.rows) == sorted(want) == [("business", 2), ("home", 3)]


def test_sides_after_an_average_are_averaged_each(trade_db):
    c = Conv(trade_db).ask("what's the average bill amount?")
    c.ask("homes vs businesses")
    assert sorted((r[0], round(float(r[1]), 2)) for r in c.rows) == [("business", 900.0), ("home", 86.67)]


def test_sides_alone_with_nothing_to_compare_on_are_declined(trade_db):
    assert "versus" in declined(Conv(trade_db), "homes versus businesses?")
    c = Conv(trade_db).ask("how many home clients vs business clients?")      # said in full: still answered
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("business", 2), ("home", 3)]


def test_a_v_b_alone_is_declined_like_versus(trade_db):
    assert "'v'" in declined(Conv(trade_db), "homes v businesses")


def test_sides_after_counts_by_another_column_are_split_within_each_group(trade_db):
    c = Conv(trade_db).ask("how many clients are in Leeds, and how many in York?")
    c.ask("homes versus businesses?")
    want = rows(trade_db, "SELECT town, kind, COUNT(*) FROM clients WHERE town IN ('Leeds','York') "
                          "AND kind IN ('home','business') GROUP BY town, kind")
    got = sorted(tuple(int(v) if v.isdigit() else v for v in r) for r in c.rows)
    assert got == sorted(want) == [("Leeds", "business", 2), ("Leeds", "home", 2), ("York", "home", 1)]
