"""Words and measures of a first round grounded as an analyst reads them (batch 16 of the blind
sets): an amount that adds up ranks groups by its total. Each rule on a schema the test builds."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def rentals_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("rentals") / "rentals.sqlite"
    # the first quarter has many small rentals (the largest total), the third a few large ones
    # (the largest average): a total and an average rank the quarters differently
    small = [f"({i}, '2024-0{1 + i % 3}-1{i % 9}', 20.0)" for i in range(1, 31)]
    large = [f"({i}, '2024-0{7 + i % 3}-0{1 + i % 9}', 140.0)" for i in range(31, 35)]
    return make_db(path, f"""
    CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, rented_at TEXT, revenue REAL);
    INSERT INTO rentals VALUES {", ".join(small + large)};
    """)


def test_the_group_with_the_most_of_an_amount_is_ranked_by_its_total(rentals_db):
    top = rows(rentals_db, "SELECT (CAST(strftime('%m', rented_at) AS INTEGER) + 2) / 3 AS q FROM rentals "
                           "GROUP BY q ORDER BY SUM(revenue) DESC LIMIT 1")[0][0]
    assert top == 1
    for q in ("Which quarter of 2024 made the most revenue?", "Which quarter of 2024 had the highest revenue?"):
        c = Conv(rentals_db).ask(q)
        assert len(c.rows) == 1 and str(c.rows[0][0]).endswith("Q1"), (q, c.sql)
        assert "SUM(revenue)" in c.sql


@pytest.fixture(scope="module")
def makers_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("makers") / "makers.sqlite"
    return make_db(path, """
    CREATE TABLE manufacturers (maker_id INTEGER PRIMARY KEY, maker_name TEXT, segment TEXT);
    INSERT INTO manufacturers VALUES (1,'Arlo','Batteries'),(2,'Brin','Battery Recycling & Materials'),
        (3,'Cova','Batteries'),(4,'Dax','Solar Panels'),(5,'Eon','Battery Recycling & Materials'),
        (6,'Fen','Solar Panels');
    """)


def test_a_word_before_the_rows_noun_is_the_category_it_equals(makers_db):
    c = Conv(makers_db).ask("How many battery manufacturers are there?")
    assert int(c.rows[0][0]) == 2, c.sql
    # after a verb of making the word keeps every category that holds it
    c = Conv(makers_db).ask("how many manufacturers make batteries?")
    assert int(c.rows[0][0]) == 4, c.sql
    # no category equals the word: every category holding it, as before
    c = Conv(makers_db).ask("How many recycling manufacturers are there?")
    assert int(c.rows[0][0]) == 2, c.sql


@pytest.fixture(scope="module")
def pictures_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pictures") / "pictures.sqlite"
    return make_db(path, """
    CREATE TABLE pictures (picture_id INTEGER PRIMARY KEY, title TEXT, is_archival INTEGER);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, picture_id INTEGER REFERENCES pictures(picture_id),
                        sale_type TEXT, amount REAL);
    INSERT INTO pictures VALUES (1,'Dawn',1),(2,'Dusk',0),(3,'Noon',0),(4,'Night',1),(5,'Rain',1);
    INSERT INTO sales VALUES (1,2,'archival',10),(2,2,'standard',12),(3,3,'standard',9),(4,1,'standard',5);
    """)


def test_a_word_naming_a_flag_of_the_rows_asked_about_is_that_flag(pictures_db):
    c = Conv(pictures_db).ask("What share of our pictures are archival?")
    assert round(float(c.rows[0][0])) == 60, c.sql
    # the value of the table the question names is still that value
    c = Conv(pictures_db).ask("How many archival sales were there?")
    assert int(c.rows[0][0]) == 1, c.sql


@pytest.fixture(scope="module")
def visits_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("visits") / "visits.sqlite"
    return make_db(path, """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, council TEXT);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                         visit_date TEXT, council_funded TEXT);
    INSERT INTO members VALUES (1,'Ann','Leeds'),(2,'Bo','York'),(3,'Cy','Leeds');
    INSERT INTO visits VALUES (1,1,'2024-01-02','Y'),(2,1,'2024-01-09','N'),(3,2,'2024-02-01','Y'),
                              (4,3,'2024-02-03','Y'),(5,2,'2024-03-05','N');
    """)


def test_the_words_of_a_flag_name_said_apart_name_the_flag(visits_db):
    c = Conv(visits_db).ask("How many visits were funded by a council?")
    assert c.rows == [["3"]] or [[int(v) for v in r] for r in c.rows] == [[3]], c.sql
    c = Conv(visits_db).ask("how many visits per council?")     # the column, where it is named alone
    assert len(c.rows) == 2, c.sql


def test_a_flag_between_each_and_the_rows_noun_qualifies_the_rows(tmp_path):
    path = make_db(tmp_path / "drivers.sqlite", """
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, driver_name TEXT, senior TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(driver_id), km REAL);
    INSERT INTO drivers VALUES (1,'Ada','Y'),(2,'Ben','N'),(3,'Cal','Y');
    INSERT INTO trips VALUES (1,1,10),(2,1,12),(3,2,9),(4,3,4),(5,2,7),(6,1,3);
    """)
    c = Conv(path).ask("How many trips has each senior driver made?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == [("Ada", 3), ("Cal", 1)], c.sql
    c = Conv(path).ask("how many trips by senior?")           # the column itself, where it groups
    assert len(c.rows) == 2, c.sql


def test_being_one_of_the_rows_the_longest_is_no_duration_of_other_rows(tmp_path):
    path = make_db(tmp_path / "gym.sqlite", """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, joined_on TEXT);
    CREATE TABLE workouts (workout_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                           duration_min INTEGER);
    INSERT INTO members VALUES (1,'Ada','2019-04-01'),(2,'Ben','2021-01-05');
    INSERT INTO workouts VALUES (1,1,20),(2,2,90),(3,2,60);
    """)
    c = Conv(path).ask("Who has been a member the longest?")   # since the earliest of its one date
    assert [r[0] for r in c.rows] == ["Ada"], c.sql
    c = Conv(path).ask("Which workout was the longest?")       # the rows' own duration still ranks them
    assert len(c.rows) == 1 and "90" in [str(v) for v in c.rows[0]], c.sql
    two = make_db(tmp_path / "gym2.sqlite", """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, joined_on TEXT, born_on TEXT);
    CREATE TABLE workouts (workout_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                           duration_min INTEGER);
    INSERT INTO members VALUES (1,'Ada','2019-04-01','1990-01-01'),(2,'Ben','2021-01-05','1980-02-02');
    INSERT INTO workouts VALUES (1,1,20),(2,2,90),(3,2,60);
    """)
    assert "'longest'" in declined(Conv(two), "Who has been a member the longest?")   # which date: not said
