"""Batch 25, answering more where a general rule makes it safe: figures 'rounded to one decimal'.
On a schema the test builds itself."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def orchard_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("orchard") / "orchard.sqlite"
    return make_db(path, """
    CREATE TABLE trees (tree_id INTEGER PRIMARY KEY, variety TEXT, planted TEXT, yield_kg REAL);
    INSERT INTO trees VALUES (1,'Bramley','2001-03-01',12.34),(2,'Bramley','2004-03-01',15.01),
      (3,'Cox','2002-04-01',9.87),(4,'Cox','2003-04-01',11.11),(5,'Gala','2005-05-01',20.55),
      (6,'Gala','2006-05-01',18.2);
    """)


def rows(path, sql: str):
    with sqlite3.connect(path) as db:
        return sorted(db.execute(sql).fetchall())


def test_figures_rounded_to_one_decimal(orchard_db):
    want = rows(orchard_db, "SELECT variety, ROUND(AVG(yield_kg), 1) FROM trees GROUP BY variety")
    for q in ("What is the average yield of each variety, rounded to one decimal?",
              "average yield per variety rounded to 1 decimal place"):
        c = Conv(orchard_db)
        c.ask(q)
        assert sorted((r[0], float(r[1])) for r in c.rows) == want, q
        assert any(a["concept"] == "rounded" for a in c.res.tasks[-1].assumptions)
    c = Conv(orchard_db)
    c.ask("total yield, rounded to 2 decimal places")
    assert float(c.rows[0][0]) == rows(orchard_db, "SELECT ROUND(SUM(yield_kg), 2) FROM trees")[0][0]


def test_a_ranking_after_rounded_figures_ranks_the_exact_figures(orchard_db):
    c = Conv(orchard_db)
    c.ask("What is the average yield of each variety, rounded to one decimal?")
    c.ask("which variety has the highest?")
    assert c.col("variety") == ["Gala"] and "ROUND" not in c.sql


def test_rounding_a_listing_of_rows_is_declined(orchard_db):
    c = Conv(orchard_db)
    assert "'rounded'" in declined(c, "list the trees of the Cox variety, rounded to 1 decimal")


@pytest.fixture(scope="module")
def bonds_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("bonds") / "bonds.sqlite"
    return make_db(path, """
    CREATE TABLE issuers (issuer_id INTEGER PRIMARY KEY, issuer_name TEXT, sector TEXT, earnings REAL,
                          real_earnings REAL, coupon REAL);
    INSERT INTO issuers VALUES (1,'Acme','Utilities',500,450,4.5),(2,'Brill','Utilities',900,800,2.25),
      (3,'Corvo','Utilities',100,90,6.0),(4,'Delta','Energy',300,280,3.1),(5,'Ember','Utilities',50,40,5.2);
    """)


def test_pay_with_a_figure_named_after_it_is_that_figure(bonds_db):
    c = Conv(bonds_db)
    c.ask("Which two utilities pay the highest coupon?")
    assert c.col("issuer_name") == ["Corvo", "Ember"] and "earnings" not in c.sql
    c = Conv(bonds_db)
    c.ask("Which utility pays the highest coupon?")
    assert c.col("issuer_name") == ["Corvo"]
