"""'Last year' names a time, not a column that has 'year' in its name (members.birth_year): 'same
for last year' after trips in 2024 moves the trips' period. 'How many ratings …' counts the rows that
have a rating (a level is never added up), and the count is named for what it counts."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def trips_db(tmp_path_factory):
    trips = ", ".join(f"({i}, {1 + i % 4}, {1 + i % 3}, '{2022 + i % 3}-0{1 + i % 9}-10 08:00:00', "
                      f"{'NULL' if i % 5 == 0 else 1 + i % 5})" for i in range(1, 61))
    return make_db(tmp_path_factory.mktemp("trips") / "trips.sqlite", f"""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, birth_year INTEGER);
    CREATE TABLE cars (car_id INTEGER PRIMARY KEY, make TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                        car_id INTEGER REFERENCES cars(car_id), started_at TEXT, rating INTEGER);
    INSERT INTO members VALUES (1, 'Ana', 1980), (2, 'Ben', 1995), (3, 'Cy', 2001), (4, 'Di', 2002);
    INSERT INTO cars VALUES (1, 'Fiat'), (2, 'Kia'), (3, 'Seat');
    INSERT INTO trips VALUES {trips};
    """)


def test_last_year_is_a_time_not_a_column_named_year(trips_db):
    c = Conv(trips_db).ask("How many trips did we have in 2024?")
    c.ask("same for last year")
    assert "birth_year" not in c.sql
    assert int(c.rows[0][0]) == rows(trips_db, "SELECT COUNT(*) FROM trips WHERE started_at LIKE '2023%'")[0][0]


def test_how_many_ratings_counts_the_rows_that_have_one(trips_db):
    c = Conv(trips_db).ask("how many ratings does each make have?")
    got = {r[0]: int(r[1]) for r in c.rows}
    assert got == dict(rows(trips_db, "SELECT c.make, COUNT(t.rating) FROM trips t JOIN cars c USING (car_id) GROUP BY c.make"))
    assert c.cols[1] == "number_of_ratings"


def test_a_keyword_before_the_column_that_holds_it_is_that_value(tmp_path):
    """'the plus plan' where plan holds 'plus' (also a keyword, 'as well'); never a code ('per
    country' is no country 'PER')."""
    from test_engine import declined
    db = make_db(tmp_path / "plans.sqlite", """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, plan TEXT, joined_on TEXT);
    INSERT INTO members VALUES (1, 'Ana', 'plus', '2024-02-01'), (2, 'Ben', 'basic', '2024-03-01'),
                               (3, 'Cy', 'plus', '2023-05-01'), (4, 'Di', 'business', '2024-07-01');
    """)
    c = Conv(db).ask("how many members joined in 2024 on the plus plan?")
    assert "plan = 'plus'" in c.sql and int(c.rows[0][0]) == 1
    assert declined(Conv(db), "how many members are on the gold plan?")


def test_a_category_word_before_in_a_value_names_the_values_column(tmp_path):
    """'companies with their headquarters in Chicago or Atlanta' where 'headquarters' reads as the
    region and Chicago is a city: one count over the cities, not one row per region."""
    db = make_db(tmp_path / "hq.sqlite", """
    CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, hq_city TEXT, hq_region TEXT);
    INSERT INTO companies VALUES ('A', 'Alpha', 'Chicago', 'Illinois'), ('B', 'Beta', 'Atlanta', 'Georgia'),
                                 ('C', 'Gamma', 'Chicago', 'Illinois'), ('D', 'Delta', 'Boston', 'Massachusetts');
    """)
    c = Conv(db).ask("How many companies have their headquarters in Chicago or Atlanta?")
    assert c.rows == [["3"]] or [[str(v) for v in r] for r in c.rows] == [["3"]]


def test_that_before_a_category_column_points_at_an_earlier_answer(tmp_path):
    """'how many quotes have that status per rep?' after a declined round (or as a first question):
    'that status' is the status of an answer that is not there — declined, never dropped."""
    from test_engine import declined
    db = make_db(tmp_path / "quotes.sqlite", """
    CREATE TABLE reps (rep_id INTEGER PRIMARY KEY, rep_name TEXT);
    CREATE TABLE quotes (quote_id INTEGER PRIMARY KEY, rep_id INTEGER REFERENCES reps(rep_id), status_cd TEXT,
                         amount REAL);
    INSERT INTO reps VALUES (1, 'Ann'), (2, 'Bo');
    INSERT INTO quotes VALUES (1, 1, 'EXP', 10), (2, 1, 'ACC', 20), (3, 2, 'EXP', 30);
    """)
    assert "'that'" in declined(Conv(db), "how many quotes have that status per rep?")
    c = Conv(db).ask("how many quotes are there per rep?")      # no pointer: answered
    assert len(c.rows) == 2
