"""Stock snapshots (batch 31): a table with one row per date for every combination of the things it
points at holds a level (units on hand) once per date. 'current' is the newest snapshot; a total of
the level over several dates is declined (it counts the same stock again each day); a flow
(units received) still adds up. On a small schema of its own; right or declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def stock_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("depots") / "depots.sqlite"
    grid = ",".join(f"('{d}',{s},{i},{10 * s + i + k},{k})" for k, d in enumerate(("2024-03-01", "2024-03-02", "2024-03-03"))
                    for s in (1, 2) for i in (1, 2))
    return make_db(path, f"""
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT);
    CREATE TABLE items (item_id INTEGER PRIMARY KEY, item_name TEXT);
    CREATE TABLE daily_stock (snap_date TEXT, site_id INTEGER REFERENCES sites(site_id),
                              item_id INTEGER REFERENCES items(item_id), units_on_hand INTEGER, units_received INTEGER);
    INSERT INTO sites VALUES (1,'Leeds'),(2,'York');
    INSERT INTO items VALUES (1,'Bolts'),(2,'Nuts');
    INSERT INTO daily_stock VALUES {grid};
    """)


def test_current_stock_is_the_newest_snapshot(stock_db):
    c = Conv(stock_db).ask("What is the current units on hand at each site?")
    want = rows(stock_db, "SELECT s.site_name, SUM(d.units_on_hand) FROM daily_stock d JOIN sites s USING (site_id) "
                          "WHERE d.snap_date = '2024-03-03' GROUP BY s.site_name")
    assert sorted((r[0], float(r[1])) for r in c.rows) == sorted((a, float(b)) for a, b in want)


def test_a_level_added_over_the_snapshots_is_declined(stock_db):
    assert "snap_date" in declined(Conv(stock_db), "total units on hand by site")


def test_a_flow_of_the_snapshots_still_adds_up(stock_db):
    c = Conv(stock_db).ask("total units received by site")
    assert sorted(float(r[1]) for r in c.rows) == [6.0, 6.0]


def test_current_of_a_flow_over_daily_rows_is_declined_not_the_newest_day(tmp_path):
    """'the current revenue by store' over daily sales rows: revenue is a flow, not a level held on
    each day, so 'current' is no snapshot — declined (the level 'stock on hand' is the newest day)."""
    from test_engine import Conv, declined, make_db
    rows = ",".join(f"('2024-03-0{d}', {s}, {100 * d + s}, {50 + d})" for d in range(1, 6) for s in (1, 2))
    db = make_db(tmp_path / "daily.sqlite", "CREATE TABLE stores (store_id INTEGER PRIMARY KEY, name TEXT);"
                 "INSERT INTO stores VALUES (1,'North'),(2,'South');"
                 "CREATE TABLE daily (day TEXT, store_id INTEGER REFERENCES stores(store_id), revenue REAL,"
                 " stock_on_hand INTEGER);" f"INSERT INTO daily VALUES {rows};")
    declined(Conv(db), "what is the current revenue by store?")
    c = Conv(db).ask("what is the current stock on hand by store?")
    assert sorted(int(r[1]) for r in c.rows) == [55, 55] and "2024-03-05" in c.sql
