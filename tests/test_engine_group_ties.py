"""'which city has the most of them?': the one group at the top of a ranking is every group tied
there — never one of them cut by the database's order (heldout_demo33: three cities at 9 each, one
shown). A ranking with a clear top still shows one group; a share ranked keeps its LIMIT."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def shops_db(tmp_path_factory):
    # cities: Leeds 3, York 3, Hull 2; regions: North 5, South 3 (a clear top)
    shops = [(1, "Leeds", "North", 10.0), (2, "Leeds", "North", 20.0), (3, "Leeds", "North", 30.0),
             (4, "York", "North", 5.0), (5, "York", "North", 7.0), (6, "York", "South", 9.0),
             (7, "Hull", "South", 11.0), (8, "Hull", "South", 13.0)]
    values = ", ".join(f"({i}, '{c}', '{r}', {s})" for i, c, r, s in shops)
    return make_db(tmp_path_factory.mktemp("ties") / "ties.sqlite", f"""
        CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, city TEXT, region TEXT, sales REAL);
        INSERT INTO shops VALUES {values};""")


def test_every_group_tied_at_the_top_is_shown(shops_db):
    c = Conv(shops_db).ask("which city has the most shops?")
    assert sorted(r[0] for r in c.rows) == ["Leeds", "York"]
    c = Conv(shops_db).ask("which city has the fewest shops?")
    assert [r[0] for r in c.rows] == ["Hull"]


def test_a_clear_top_is_one_group(shops_db):
    c = Conv(shops_db).ask("which region has the most shops?")
    assert [r[0] for r in c.rows] == ["North"]
    c = Conv(shops_db).ask("which city has the highest total sales?")
    want = rows(shops_db, "SELECT city FROM shops GROUP BY city ORDER BY SUM(sales) DESC LIMIT 1")
    assert [r[0] for r in c.rows] == [want[0][0]]


def test_a_number_said_keeps_its_cut(shops_db):
    c = Conv(shops_db).ask("top 2 cities by number of shops")
    assert len(c.rows) == 2 and "LIMIT 2" in c.sql
