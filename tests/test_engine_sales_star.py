"""A wholesaler's sales as a star schema: a calendar table keyed by the date as a number (20260315)
that runs past the data, products with a list price whose order lines carry the units and money,
a status code for cancelled lines ('CXL'), numbered quarters. 'last month' is the month before the
month of the data's newest line, 'top N products' with no measure is never ranked by price,
'<words> units by qtr' sums units per quarter, a word of several
product names (one with a model number written on) is all of them, and after a declined round a
question that names no rows or figure of its own is declined. Each schema is built here."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from test_engine import Conv, answered_after_a_decline, make_db

from c2q_shell.server.engine import Engine


def _calendar() -> str:
    day, end, out = dt.date(2025, 1, 1), dt.date(2026, 12, 31), []
    while day <= end:
        out.append(f"({day:%Y%m%d},'{day:%Y-%m-%d}',{day.year},{(day.month - 1) // 3 + 1},{day.month})")
        day += dt.timedelta(days=1)
    return "INSERT INTO dim_day VALUES " + ",".join(out) + ";"


@pytest.fixture(scope="module")
def star_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("star") / "star.sqlite"
    lines = []
    for i in range(120):
        day = dt.date(2025, 1, 6) + dt.timedelta(days=(i * 5) % 690)       # up to 2026-11-26
        day = min(day, dt.date(2026, 11, 26))
        lines.append(f"({i},{day:%Y%m%d},{i % 5 + 1},{i % 4 + 1},{(i % 7 + 1) * 10.0},"
                     f"'{'CXL' if i % 9 == 0 else 'INV'}')")
    lines.append(f"(500,{dt.date(2026, 11, 26):%Y%m%d},1,2,20.0,'INV')")
    return make_db(path, f"""
    CREATE TABLE dim_day (day_key INTEGER PRIMARY KEY, cal_dt TEXT, yr INTEGER, qtr INTEGER, mth INTEGER);
    CREATE TABLE dim_item (item_key INTEGER PRIMARY KEY, item_desc TEXT, item_line TEXT, list_price REAL);
    CREATE TABLE sales_line (line_id INTEGER PRIMARY KEY, day_key INTEGER REFERENCES dim_day(day_key),
                             item_key INTEGER REFERENCES dim_item(item_key), qty INTEGER, net_amt REAL,
                             line_status TEXT);
    INSERT INTO dim_item VALUES (1,'Alpha Combi 25','Boilers',1500),(2,'Beta Combi 30','Boilers',1700),
        (3,'Gamma Max Combi2 C30','Boilers',1900),(4,'Delta System 18','Boilers',1600),(5,'Copper Pipe 15mm','Pipe',9);
    {_calendar()}
    INSERT INTO sales_line VALUES {",".join(lines)};
    """)


def test_last_month_is_the_month_before_the_newest_line_not_the_calendar_end(star_db):
    c = Conv(star_db).ask("total net amt last month")
    assert ">= '2026-10-01'" in c.sql and "< '2026-11-01'" in c.sql and "2026-12" not in c.sql
    c = Conv(star_db).ask("total net amt last year")
    assert "2025-01-01" in c.sql


def test_top_products_with_no_measure_are_not_ranked_by_list_price(star_db):
    with pytest.raises(Engine.CannotAnswer) as e:
        Conv(star_db).ask("top 3 items last month")
    assert "list_price" in str(e.value) and "qty" in str(e.value)
    c = Conv(star_db).ask("the most expensive items")           # a price asked for: the price
    assert "list_price" in c.sql


def test_units_by_quarter_are_summed_per_quarter(star_db):
    c = Conv(star_db).ask("combi units by qtr this year")
    assert "GROUP BY" in c.sql and "SUM(" in c.sql and "ORDER BY" not in c.sql.split("GROUP BY")[0]
    assert "Gamma Max Combi2 C30" in c.sql                      # 'Combi2' is a Combi
    got = {int(q): int(n) for q, n in c.rows}
    with sqlite3.connect(star_db) as db:
        want = dict(db.execute(
            "SELECT d.qtr, SUM(s.qty) FROM sales_line s JOIN dim_day d ON d.day_key = s.day_key "
            "JOIN dim_item i ON i.item_key = s.item_key WHERE d.yr = 2026 "
            "AND i.item_desc LIKE '%Combi%' GROUP BY d.qtr").fetchall())
    assert got == want


def test_a_question_naming_no_rows_after_a_declined_round_is_declined(star_db):
    c = Conv(star_db)
    for declined_q, q in [("how many orders got cancelled this year", "whats the total net amt"),
                          ("top 10 reps by won value this year", "how many are Boilers"),
                          ("avg order value by region this year", "Boilers by qtr")]:
        with pytest.raises(Engine.CannotAnswer) as e:
            answered_after_a_decline(c, declined_q, q)
        assert "was not answered" in str(e.value)
