"""Follow-up rounds whose scope is wider than the previous answer: 'overall', 'ever', a count with
a condition of its own after a one-row answer. Each on a schema the test builds itself. Right or
declined, never the previous rows again."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    return make_db(path, """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, hq_city TEXT, hq_state TEXT,
                        founded INTEGER, pages INTEGER);
    INSERT INTO firms VALUES
      (1,'Alder','Austin','Texas',1850,300),(2,'Birch','Austin','Texas',1920,120),
      (3,'Cedar','Dallas','Texas',1990,450),(4,'Dogwood','Fresno','Oregon',1870,90),
      (5,'Elm','Portland','Oregon',2005,210),(6,'Fir','Portland','Oregon',1880,640),
      (7,'Gum','Portland','Oregon',1999,75),(8,'Hazel','Austin','Texas',2010,380);
    CREATE TABLE readings (month TEXT PRIMARY KEY, cape_ratio REAL, level REAL);
    INSERT INTO readings VALUES ('1999-12-01',40.1,1400),('2000-01-01',43.8,1420),('2000-02-01',42.0,1380),
      ('2008-10-01',15.2,900),('2021-11-01',44.6,4600);
    CREATE TABLE items (item_id INTEGER PRIMARY KEY, item_name TEXT, uom TEXT, quantity INTEGER);
    INSERT INTO items VALUES (1,'Barbed wire 50m','roll',12),(2,'Fence post','each',300);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, firm_id INTEGER REFERENCES firms(firm_id), visit_date TEXT);
    INSERT INTO visits VALUES (1,4,'2024-01-02'),(2,4,'2024-02-03'),(3,5,'2024-03-04'),(4,1,'2024-04-05'),
      (5,6,'2024-05-06'),(6,6,'2024-06-07'),(7,6,'2024-07-08'),(8,2,'2024-08-09');
    """)


def test_a_count_with_a_condition_after_one_row_counts_every_row(firms_db):
    c = Conv(firms_db)
    c.ask("What's the oldest firm?")
    c.ask("how many were founded before 1900?")
    assert int(c.rows[0][0]) == rows(firms_db, "SELECT COUNT(*) FROM firms WHERE founded < 1900")[0][0]


def test_a_count_after_one_row_picked_by_a_condition_is_declined(firms_db):
    c = Conv(firms_db)
    c.ask("What's the oldest firm in Oregon?")
    assert "one row" in declined(c, "how many were founded before 1900?")


def test_when_it_was_at_its_highest_ranks_every_row(firms_db):
    c = Conv(firms_db)
    c.ask("What was the CAPE ratio in January 2000?")
    c.ask("when was it at its highest ever?")
    assert [r[0] for r in c.rows] == [x[0] for x in rows(firms_db, "SELECT month FROM readings "
                                                                   "ORDER BY cape_ratio DESC LIMIT 1")]


def test_the_longest_row_overall_drops_the_groups(firms_db):
    c = Conv(firms_db)
    c.ask("Which state has the highest average pages?")
    c.ask("and what's the longest firm overall?")
    assert [tuple(r) for r in c.rows] == [tuple(map(str, x)) for x in
                                          rows(firms_db, "SELECT firm_name, pages FROM firms ORDER BY pages DESC LIMIT 1")]


@pytest.fixture(scope="module")
def listed_db(tmp_path_factory):
    """Companies with a name column and their figures in a second table (as the demo keeps them)."""
    return make_db(tmp_path_factory.mktemp("listed") / "listed.sqlite", """
    CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, hq_city TEXT, hq_region TEXT);
    CREATE TABLE fundamentals (symbol TEXT PRIMARY KEY REFERENCES companies(symbol), market_cap REAL);
    INSERT INTO companies VALUES ('A','Alder','San Jose','California'),('B','Birch','San Jose','California'),
      ('C','Cedar','Austin','Texas'),('D','Dogwood','New York','New York'),('E','Elm','New York','New York'),
      ('F','Fir','New York','New York'),('G','Gum','Fresno','California');
    INSERT INTO fundamentals VALUES ('A',10),('B',20),('C',30),('D',40),('E',50),('F',60),('G',70);
    """)


def test_an_amount_ranked_overall_drops_the_previous_condition(listed_db):
    c = Conv(listed_db)
    c.ask("How many companies are headquartered in California?")
    try:
        c.ask("which city has the most headquarters overall?")
    except Engine.CannotAnswer:
        return                                  # declined is safe; the cities of California alone are not
    assert [r[0] for r in c.rows] == ["New York"]


def test_the_plural_of_the_name_column_after_values_names_the_rows_aggregated(listed_db):
    c = Conv(listed_db).ask("what's the average market cap of the California names?")
    assert len(c.rows) == 1 and float(c.rows[0][-1]) == rows(
        listed_db, "SELECT AVG(market_cap) FROM fundamentals f JOIN companies c ON c.symbol = f.symbol "
                   "WHERE c.hq_region = 'California'")[0][0]


def test_how_many_each_got_counts_per_row_shown(firms_db):
    c = Conv(firms_db)
    c.ask("show me the Oregon firms")
    c.ask("how many visits did each get?")
    got = sorted((r[0], int(r[-1])) for r in c.rows)
    assert got == sorted(rows(firms_db, "SELECT f.firm_name, COUNT(*) FROM visits v JOIN firms f ON f.firm_id = v.firm_id "
                                        "WHERE f.hq_state = 'Oregon' GROUP BY f.firm_id"))


def test_what_unit_asks_a_unit_of_measure_not_the_quantity(firms_db):
    c = Conv(firms_db)
    assert "'unit'" in declined(c, "What unit is barbed wire sold in?")
    c.ask("how many units of barbed wire do we have?")     # the plural is still the quantity
    assert int(c.rows[0][-1]) == 12


def test_did_they_like_it_asks_an_opinion_the_rows_do_not_hold(firms_db):
    c = Conv(firms_db)
    c.ask("show me the Oregon firms")
    assert "'like'" in declined(c, "did the firms like their visits?")
    assert "'enjoy'" in declined(Conv(firms_db), "do the Texas firms enjoy the visits?")
