"""Grounding of first questions (blind batches 12 and 13): a number bounds the measure named right
after it, 'oldest' over a year ranks from the earliest, one figure over all rows unless the
question says 'each', 'which has the lowest' is one row. Each on a schema the test builds itself."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def kitchen_db(tmp_path_factory):
    """Dishes with a prep time and calories; firms with a founding year, a sector, a P/E and a
    yield; reviews by reviewers with a score."""
    path = tmp_path_factory.mktemp("kitchen") / "kitchen.sqlite"
    dishes = ", ".join(f"({i}, 'Dish {i}', {10 + 3 * i}, {400 + 40 * i})" for i in range(1, 16))
    firms = ", ".join(f"({i}, 'Firm {i}', {1900 + 7 * i}, '{('Energy', 'Retail', 'Health')[i % 3]}', "
                      f"{'NULL' if i % 5 == 0 else 8 + i}, {0.01 * (i % 8)})" for i in range(1, 16))
    reviews = ", ".join(f"({i}, '{('Ada', 'Bo', 'Cy')[i % 3]}', {1 + i % 5})" for i in range(1, 20))
    return make_db(path, f"""
    CREATE TABLE dishes (dish_id INTEGER PRIMARY KEY, dish_name TEXT, prep_minutes INTEGER, calories INTEGER);
    INSERT INTO dishes VALUES {dishes};
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, founded INTEGER, sector TEXT,
                        pe_ratio REAL, dividend_yield REAL);
    INSERT INTO firms VALUES {firms};
    CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, reviewer_name TEXT, score INTEGER);
    INSERT INTO reviews VALUES {reviews};
    """)


def test_a_number_bounds_the_measure_named_right_after_it(kitchen_db):
    c = Conv(kitchen_db)
    c.ask("Which dishes take under 40 minutes to prepare and have fewer than 700 calories?")
    assert sorted(r[0] for r in c.rows) == sorted(
        r[0] for r in rows(kitchen_db, "SELECT dish_name FROM dishes WHERE prep_minutes < 40 AND calories < 700"))


def test_oldest_over_a_year_column_ranks_from_the_earliest(kitchen_db):
    c = Conv(kitchen_db)
    c.ask("Which firm has the oldest founding year?")
    assert [r[0] for r in c.rows] == ["Firm 1"]
    c = Conv(kitchen_db)
    c.ask("list the 3 oldest firms by year founded")
    assert [r[0] for r in c.rows] == [r[0] for r in rows(kitchen_db, "SELECT firm_name FROM firms ORDER BY founded LIMIT 3")]


def test_of_all_those_which_has_the_lowest_is_one_row(kitchen_db):
    c = Conv(kitchen_db)
    c.ask("Of all the firms with a dividend yield over 3 %, which has the lowest P/E ratio?")
    assert [r[0] for r in c.rows] == [r[0] for r in rows(
        kitchen_db, "SELECT firm_name FROM firms WHERE dividend_yield > 0.03 AND pe_ratio IS NOT NULL "
                    "ORDER BY pe_ratio LIMIT 1")]


def test_the_average_the_doers_give_is_one_figure(kitchen_db):
    c = Conv(kitchen_db)
    c.ask("What's the average score our reviewers give?")
    assert len(c.rows) == 1 and float(c.rows[0][-1]) == pytest.approx(rows(kitchen_db, "SELECT AVG(score) FROM reviews")[0][0])
    c = Conv(kitchen_db)
    c.ask("average score by reviewer")
    assert len(c.rows) == 3


def test_one_value_compared_with_another_is_one_figure_each(kitchen_db):
    c = Conv(kitchen_db)
    c.ask("What's the average dividend yield of Energy compared with Retail?")
    assert sorted((r[0], round(float(r[1]), 6)) for r in c.rows) == sorted(
        (r[0], round(r[1], 6)) for r in rows(kitchen_db, "SELECT sector, AVG(dividend_yield) FROM firms "
                                                         "WHERE sector IN ('Energy', 'Retail') GROUP BY sector"))


@pytest.fixture(scope="module")
def gallery_db(tmp_path_factory):
    """Exhibits run by a curator with ticket sales (an amount paid each); clubs with a founding year;
    a snapshot of quotes with no date."""
    path = tmp_path_factory.mktemp("gallery") / "gallery.sqlite"
    sales = ", ".join(f"({i}, {1 + i % 3}, '{('adult', 'child')[i % 2]}', {2 + i % 3}, {10.0 * i}, "
                      f"'202{3 + i % 2}-0{1 + i % 9}-1{i % 9}', {i % 2})" for i in range(1, 25))
    return make_db(path, f"""
    CREATE TABLE exhibits (exhibitId INTEGER PRIMARY KEY, title TEXT, curatorName TEXT);
    INSERT INTO exhibits VALUES (1, 'Blue', 'Lina Moro'), (2, 'Red', 'Ivo Berg'), (3, 'Gold', 'Lina Moro');
    CREATE TABLE ticketSales (saleId INTEGER PRIMARY KEY, exhibitId INTEGER REFERENCES exhibits(exhibitId),
                              ticketType TEXT, quantity INTEGER, amountPaid REAL, saleDate TEXT,
                              is_online INTEGER);
    INSERT INTO ticketSales VALUES {sales};
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT, founded INTEGER);
    INSERT INTO clubs VALUES (1, 'Alpha', 1990), (2, 'Beta', 1985), (3, 'Gamma', 1990);
    CREATE TABLE quotes (ticker TEXT PRIMARY KEY, price REAL);
    INSERT INTO quotes VALUES ('AA', 10.5), ('BB', 20.0);
    """)


def test_a_loose_word_asked_of_a_named_person_over_many_rows_is_declined(gallery_db):
    c = Conv(gallery_db)
    assert "salary" in declined(c, "What is Lina Moro's salary?")


def test_a_year_of_what_rows_were_is_not_their_founding_year(gallery_db):
    c = Conv(gallery_db)
    assert "1990" in declined(c, "Which clubs were in the league in 1990?")
    c = Conv(gallery_db)
    c.ask("Which clubs were founded in 1990?")
    assert sorted(r[0] for r in c.rows) == ["Alpha", "Gamma"]


def test_on_what_date_asks_for_a_date_the_rows_do_not_hold(gallery_db):
    c = Conv(gallery_db)
    assert "date" in declined(c, "On what date was the quotes snapshot taken?")


def test_no_rows_of_a_kind_is_declined_not_the_rows_without_it(gallery_db):
    c = Conv(gallery_db)
    assert "no online" in declined(c, "Which exhibit has no online ticket sales?")


@pytest.fixture(scope="module")
def monthly_db(tmp_path_factory):
    """Monthly figures, the last months without earnings yet; firms in sub-industries."""
    path = tmp_path_factory.mktemp("monthly") / "monthly.sqlite"
    months = ", ".join(f"('2020-{m:02d}-01', {100 + m}, {'NULL' if m > 9 else 5 + m}, {2.0 + m / 10})"
                       for m in range(1, 13))
    return make_db(path, f"""
    CREATE TABLE monthly (month DATE PRIMARY KEY, level REAL, earnings REAL, long_rate REAL);
    INSERT INTO monthly VALUES {months};
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, sub_industry TEXT);
    INSERT INTO firms VALUES (1, 'A', 'Rail'), (2, 'B', 'Rail'), (3, 'C', 'Gold'), (4, 'D', 'Salt');
    CREATE TABLE races (race_id INTEGER PRIMARY KEY, race_name TEXT, distance_km REAL, entrants INTEGER);
    INSERT INTO races VALUES (1, 'Paris Half', 21.1, 900), (2, 'Oslo Marathon', 42.2, 700),
                             (3, 'Lima Half', 21.1, 500), (4, 'Rome Marathon', 42.2, 800), (5, 'Kyiv 10K', 10, 300);
    """)


def test_only_one_of_the_rows_is_exactly_one(monthly_db):
    c = Conv(monthly_db)
    c.ask("Which sub-industries have only one firm?")
    assert sorted(r[0] for r in c.rows) == ["Gold", "Salt"]


def test_the_latest_month_that_has_a_figure_is_where_it_is_known(monthly_db):
    c = Conv(monthly_db)
    c.ask("What's the latest month that has earnings?")
    assert [r[0] for r in c.rows] == ["2020-09-01"]


def test_a_hyphenated_span_before_a_figure_is_no_time_frame(monthly_db):
    c = Conv(monthly_db)
    assert "year" in declined(c, "What's the latest 10-year long rate in the data?")


def test_two_words_each_part_of_other_values_are_declined(monthly_db):
    c = Conv(monthly_db)
    assert "half marathons" in declined(c, "What's the average number of entrants in half marathons?")


def test_rows_named_by_their_title_are_listed_each(tmp_path):
    db = make_db(tmp_path / "grants.sqlite", """
    CREATE TABLE labs (lab_id INTEGER PRIMARY KEY, lab_name TEXT);
    CREATE TABLE awards (award_id INTEGER PRIMARY KEY, lab_id INTEGER REFERENCES labs(lab_id), project_title TEXT,
                         decision TEXT);
    INSERT INTO labs VALUES (1, 'North Lab'), (2, 'South Lab');
    INSERT INTO awards VALUES (1, 1, 'Reef Survey', 'funded'), (2, 1, 'Reef Survey', 'funded'),
        (3, 1, 'Kelp Map', 'rejected'), (4, 2, 'Tide Model', 'funded'), (5, 2, 'Reef Survey', 'funded');
    """)
    c = Conv(db)
    c.ask("List the funded projects at North Lab")
    assert len(c.rows) == 2


def test_a_size_of_another_table_is_not_the_size_of_the_thing_ranked(tmp_path):
    db = make_db(tmp_path / "shops.sqlite", """
    CREATE TABLE stores (store_id INTEGER PRIMARY KEY, store_name TEXT, floor_area_m2 REAL);
    CREATE TABLE sales (line_id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES stores(store_id),
                        transaction_no TEXT, net_amount REAL);
    INSERT INTO stores VALUES (1, 'Mill', 300), (2, 'Quay', 500);
    INSERT INTO sales VALUES (1, 1, 'T1', 10), (2, 1, 'T1', 30), (3, 2, 'T2', 15);
    """)
    c = Conv(db)
    reason = declined(c, "What's the biggest single transaction ever, and at which store?")
    assert "transaction" in reason
    c = Conv(db)
    c.ask("What's the biggest store?")
    assert c.rows[0][0] == "Quay"


def test_who_someone_reports_to_is_no_date_of_their_jobs(tmp_path):
    db = make_db(tmp_path / "crew.sqlite", """
    CREATE TABLE engineers (engineer_id INTEGER PRIMARY KEY, full_name TEXT,
                            manager_id INTEGER REFERENCES engineers(engineer_id));
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, engineer_id INTEGER REFERENCES engineers(engineer_id),
                       reported_at TEXT);
    INSERT INTO engineers VALUES (1, 'Ada Roe', NULL), (2, 'Ben Lu', 1);
    INSERT INTO jobs VALUES (1, 2, '2024-01-02'), (2, 1, '2024-02-03');
    """)
    assert "report" in declined(Conv(db), "Who does each engineer report to?")


def test_the_worst_month_is_never_the_earliest(monthly_db):
    c = Conv(monthly_db)
    assert "worst" in declined(c, "What was the worst single month ever for the level?")


def test_how_many_things_is_no_count_of_their_kinds(gallery_db):
    c = Conv(gallery_db)
    assert "tickets" in declined(c, "How many tickets did we sell of each type in 2023?")
    c = Conv(gallery_db)
    c.ask("How many ticket types are there?")
    assert int(c.rows[0][0]) == 2
