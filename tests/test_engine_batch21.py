"""General causes of wrong answers found on batch 21 of the blind sets, each on a schema of its own."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def menu_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("menu") / "menu.sqlite"
    return make_db(path, """
    CREATE TABLE recipes (recipe_id INTEGER PRIMARY KEY, recipe_name TEXT);
    CREATE TABLE parties (party_id INTEGER PRIMARY KEY, party_date TEXT, hall TEXT);
    CREATE TABLE party_recipes (party_id INTEGER REFERENCES parties(party_id),
                                recipe_id INTEGER REFERENCES recipes(recipe_id));
    INSERT INTO recipes VALUES (1,'Soup'),(2,'Tart'),(3,'Salad');
    INSERT INTO parties VALUES (1,'2024-01-02','Oak'),(2,'2024-02-03','Elm'),(3,'2024-03-04','Oak');
    INSERT INTO party_recipes VALUES (1,1),(2,1),(3,1),(1,2),(2,2),(3,3);
    """)


def test_which_singular_noun_with_an_auxiliary_of_its_own_subject_is_one_row(menu_db):
    c = Conv(menu_db)
    c.ask("Which recipe have we served at the most parties?")
    assert [r[0] for r in c.rows] == ["Soup"]


def test_a_plural_noun_naming_a_table_counts_its_rows_not_a_column_it_begins(tmp_path):
    db = make_db(tmp_path / "studio.sqlite", """
    CREATE TABLE OvenBakes (BakeId INTEGER PRIMARY KEY, OvenName TEXT, BakeDate TEXT, BakeType TEXT);
    INSERT INTO OvenBakes VALUES (1,'A','2024-01-01','Bread'),(2,'A','2024-01-01','Cake'),
                                 (3,'B','2024-01-02','Bread'),(4,'A','2024-01-03','Bread');
    """)
    c = Conv(db)
    c.ask("How many bakes per oven?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == [("A", 3), ("B", 1)]


@pytest.fixture(scope="module")
def rinks_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("rinks") / "rinks.sqlite"
    return make_db(path, """
    CREATE TABLE rinks (rink_id INTEGER PRIMARY KEY, rink_name TEXT, is_covered INTEGER, sheets INTEGER);
    INSERT INTO rinks VALUES (1,'Frost',1,4),(2,'Glacier',0,2),(3,'Polar',1,6);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, rink_id INTEGER REFERENCES rinks(rink_id),
                           booked_on TEXT, quoted_price REAL, deposit_paid REAL, status TEXT);
    INSERT INTO bookings VALUES (1,1,'2024-01-01',500,100,'done'),(2,2,'2024-02-01',300,300,'done'),
                                (3,1,'2024-03-01',800,0,'done');
    """)


def test_which_after_a_count_lists_the_rows_and_how_many_they_have_is_each_ones(rinks_db):
    c = Conv(rinks_db)
    c.ask("How many rinks are there?")
    c.ask("which are covered?")
    assert sorted(r[0] for r in c.rows) == ["Frost", "Polar"]
    c.ask("and how many sheets do they have?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == [("Frost", 4), ("Polar", 6)]


def test_revenue_over_an_amount_paid_beside_a_whole_price_is_declined_naming_both(rinks_db):
    for q in ("Top 2 rinks by total value of bookings", "Revenue by rink for done bookings"):
        why = declined(Conv(rinks_db), q)
        assert "deposit_paid" in why and "quoted_price" in why


def test_a_total_across_them_after_counts_per_month_is_one_figure(rinks_db):
    c = Conv(rinks_db)
    c.ask("How many bookings do we have per month in 2024?")
    assert len(c.rows) == 3
    c.ask("What's the total quoted price across them?")
    assert len(c.rows) == 1 and float(c.rows[0][-1]) == 1600


def test_longest_serving_is_a_time_since_a_date_never_a_length_or_a_sum(tmp_path):
    db = make_db(tmp_path / "crew.sqlite", """
    CREATE TABLE crews (crew_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, started_on TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, crew_id INTEGER REFERENCES crews(crew_id), distance_km REAL);
    INSERT INTO crews VALUES (1,'Ann','Lee','2010-01-01'),(2,'Bo','Kim','2020-01-01');
    INSERT INTO trips VALUES (1,2,500),(2,2,700),(3,1,10);
    """)
    for q in ("Who is our longest-serving crew member?", "who's been qualified the longest?"):
        assert "longest" in declined(Conv(db), q)
    db = make_db(tmp_path / "pools.sqlite", """
    CREATE TABLE pools (pool_id INTEGER PRIMARY KEY, pool_name TEXT, length_m INTEGER);
    CREATE TABLE lifeguards (guard_id INTEGER PRIMARY KEY, full_name TEXT, pool_id INTEGER REFERENCES pools(pool_id),
                             qualified_on TEXT);
    INSERT INTO pools VALUES (1,'Lido',50),(2,'Baths',25);
    INSERT INTO lifeguards VALUES (1,'Ann Lee',2,'2001-05-01'),(2,'Bo Kim',1,'2019-03-01');
    """)
    c = Conv(db)
    c.ask("list the lifeguards")                    # never the lifeguard at the longest pool
    assert "longest" in declined(c, "who's been qualified the longest?")
