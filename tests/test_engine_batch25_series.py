"""Batch 25 (a monthly market series beside companies with optional fundamentals): the other
extreme of a ranking after 'then', 'when were <levels> the highest?' as one moment, and the share
of a count whose condition is on a joined table. Each on a schema the test builds itself."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def series_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("series") / "series.sqlite"
    rows = []
    for i in range(36):
        month = f"{2000 + i // 12}-{1 + i % 12:02d}-01"
        rows.append(f"('{month}', {100 + (i * 37) % 50}, {round(2 + (i * 13) % 17 * 0.25, 2)}, "
                    f"{round(10 + (i * 7) % 23 * 0.5, 1)})")
    return make_db(path, f"""
    CREATE TABLE readings (month TEXT PRIMARY KEY, water_level REAL, rain_rate REAL, turbidity REAL);
    INSERT INTO readings VALUES {", ".join(rows)};
    CREATE TABLE farms (farm_code TEXT PRIMARY KEY, farm_name TEXT, region TEXT);
    CREATE TABLE farm_stats (farm_code TEXT PRIMARY KEY REFERENCES farms(farm_code), subsidy REAL,
                             acreage REAL);
    INSERT INTO farms VALUES ('A','Ash','North'),('B','Birch','North'),('C','Cedar','South'),('D','Dale','South'),
                             ('E','Elm','East'),('F','Fir','East'),('G','Gorse','West'),('H','Holly','West');
    INSERT INTO farm_stats VALUES ('A',NULL,10),('B',500,20),('C',NULL,30),('D',250,40),('E',100,50);
    """)


def one(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()[0]


def test_the_other_extreme_after_then_is_over_every_row_not_inside_the_top_one(series_db):
    low = one(series_db, "SELECT month FROM readings ORDER BY turbidity ASC, month LIMIT 1")
    for last in ("and the lowest turbidity ever, when was that?", "and the lowest turbidity?",
                 "and the lowest turbidity overall?"):
        c = Conv(series_db)
        c.ask("What is the month with the highest turbidity?")
        c.ask("what was the water level then?")
        c.ask(last)
        assert len(c.rows) == 1 and c.col("month") == [low], last
        assert "LIMIT 1" in c.sql and " IN (" not in c.sql


def test_the_same_extreme_again_after_then_stays_that_row(series_db):
    high = one(series_db, "SELECT month FROM readings ORDER BY turbidity DESC, month LIMIT 1")
    c = Conv(series_db)
    c.ask("What is the month with the highest turbidity?")
    c.ask("what was the water level then?")
    c.ask("and the highest turbidity?")
    assert c.col("month") == [high]


def test_when_were_levels_the_highest_is_one_moment(series_db):
    top = one(series_db, "SELECT month FROM readings ORDER BY rain_rate DESC, month LIMIT 1")
    c = Conv(series_db)
    c.ask("When were rain rates the highest?")
    assert len(c.rows) == 1 and c.col("month") == [top]
    c = Conv(series_db)
    c.ask("When were rain rates the lowest in 2001?")
    assert len(c.rows) == 1 and c.col("month") == [one(
        series_db, "SELECT month FROM readings WHERE month LIKE '2001%' ORDER BY rain_rate, month LIMIT 1")]


def test_the_share_of_a_count_on_a_joined_table_keeps_the_counts_rows(series_db):
    c = Conv(series_db)
    c.ask("How many farms get no subsidy at all?")
    counted = int(c.rows[0][0])
    assert counted == 2          # A and C: the farms with no stats row are not counted
    c.ask("what share of all farms is that?")
    share = float(c.rows[0][0])
    total = one(series_db, "SELECT COUNT(*) FROM farms")
    rows = one(series_db, "SELECT COUNT(*) FROM farm_stats")
    assert abs(share - 100.0 * counted / total) < 1e-6 or abs(share - 100.0 * counted / rows) < 1e-6


def test_in_which_year_did_a_level_first_pass_a_value_is_one_year(series_db):
    c = Conv(series_db)
    c.ask("In which year did the water level first go above 140?")
    assert [str(v) for v in c.col("year")] == [one(
        series_db, "SELECT strftime('%Y', MIN(month)) FROM readings WHERE water_level > 140")]
    c = Conv(series_db)
    c.ask("In which year did the water level last go above 140?")
    assert [str(v) for v in c.col("year")] == [one(
        series_db, "SELECT strftime('%Y', MAX(month)) FROM readings WHERE water_level > 140")]


def test_the_highest_after_a_first_time_answer_is_no_latest_date(series_db):
    c = Conv(series_db)
    c.ask("When did the water level first go above 140?")
    assert "'highest'" in declined(c, "what's the highest it has ever been?")


def test_two_years_in_a_row_of_a_listing_are_one_span(series_db):
    c = Conv(series_db)
    c.ask("Show me the turbidity for every month of 2000 and 2001")
    assert len(c.rows) == 24
    c = Conv(series_db)
    c.ask("show the readings in 2001 and 2002")
    assert len(c.rows) == 24
    c = Conv(series_db)
    assert "'2001'" in declined(c, "what was the total turbidity in 2000 and 2001?")
    c = Conv(series_db)
    assert "'2002'" in declined(c, "show the readings in 2000 and 2002")
