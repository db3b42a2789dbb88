"""Rates per period, rows in force and rows reached through a dated relation, on a small co-working
schema the test builds itself: spaces let to clients by bookings of so many months at a monthly fee,
some withdrawn. Right or declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

_BOOKINGS = [  # (id, space, client, season, start, end, months, monthly_fee, status)
    (1, 1, 2, "2025/26", "2025-09-01", "2026-03-01", 6, 250.0, "confirmed"),
    (2, 2, 3, "2025/26", "2025-09-01", "2026-06-01", 9, 300.0, "confirmed"),
    (3, 3, 4, "2025/26", "2025-09-01", "2025-12-01", 3, 350.0, "confirmed"),
    (4, 4, 5, "2025/26", "2025-09-01", "2026-09-01", 12, 400.0, "confirmed"),
    (5, 5, 6, "2025/26", "2025-09-01", "2026-09-01", 12, 450.0, "withdrawn"),
    (6, 1, 8, "2026/27", "2026-09-01", "2026-12-01", 3, 270.0, "confirmed"),
    (7, 2, 1, "2026/27", "2026-09-01", "2026-12-01", 3, 320.0, "confirmed"),
    (8, 3, 2, "2026/27", "2026-09-01", "2027-06-01", 9, 370.0, "withdrawn"),
    (9, 4, 3, "2026/27", "2026-09-01", "2027-09-01", 12, 420.0, "confirmed"),
]


@pytest.fixture(scope="module")
def cowork_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cowork") / "cowork.sqlite"
    values = ", ".join(repr(b) for b in _BOOKINGS)
    return make_db(path, f"""
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, industry TEXT);
    CREATE TABLE spaces (space_id INTEGER PRIMARY KEY, space_code TEXT, kind TEXT, monthly_rate REAL);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, space_id INTEGER REFERENCES spaces(space_id),
                           client_id INTEGER REFERENCES clients(client_id), season TEXT, start_date TEXT,
                           end_date TEXT, months INTEGER, monthly_fee REAL, status TEXT);
    INSERT INTO clients VALUES (1,'Arden','Legal'),(2,'Birch','Design'),(3,'Cobalt','Software'),(4,'Dune','Legal'),
                               (5,'Ember','Design'),(6,'Fjord','Software'),(7,'Grove','Legal'),(8,'Helix','Design');
    INSERT INTO spaces VALUES (1,'S-1','Desk',250),(2,'S-2','Office',300),(3,'S-3','Studio',350),
                              (4,'S-4','Desk',400),(5,'S-5','Office',450);
    INSERT INTO bookings VALUES {values};
    """)


def test_a_rate_per_period_totalled_is_the_rate_times_its_periods(cowork_db):
    c = Conv(cowork_db)
    c.ask("How much fee is there in total for 2025/26?")
    assert float(c.rows[0][0]) == rows(cowork_db, "SELECT SUM(monthly_fee * months) FROM bookings "
                                                  "WHERE season = '2025/26'")[0][0]
    assert any("months" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c.ask("split that by kind")             # the follow-up keeps the amount, never one month's fee
    assert "monthly_fee * " in c.sql.replace("b.", "") and "GROUP BY" in c.sql


def test_an_amount_of_rows_in_force_leaves_the_cancelled_ones_out(cowork_db):
    c = Conv(cowork_db)
    c.ask("How much in fees is booked for 2026/27?")
    assert float(c.rows[0][0]) == rows(cowork_db, "SELECT SUM(monthly_fee * months) FROM bookings WHERE "
                                                  "season = '2026/27' AND status = 'confirmed'")[0][0]
    assert any("withdrawn" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c.ask("and for 2025/26?")               # the follow-up keeps them out
    assert float(c.rows[0][0]) == rows(cowork_db, "SELECT SUM(monthly_fee * months) FROM bookings WHERE "
                                                  "season = '2025/26' AND status = 'confirmed'")[0][0]
    c = Conv(cowork_db)                     # a count of what was booked counts every booking made
    c.ask("How many bookings were booked for 2026/27?")
    assert int(c.rows[0][0]) == 4


def test_how_much_of_a_plural_rate_is_an_amount_never_a_count(cowork_db):
    c = Conv(cowork_db)
    c.ask("How much in fees is there for 2026/27?")
    assert "COUNT" not in c.sql and "months" in c.sql


def test_a_rate_asked_per_its_own_period_is_added_up_as_it_is(cowork_db):
    c = Conv(cowork_db)
    c.ask("What is the total monthly fee for 2026/27?")       # one month of each, as asked
    assert float(c.rows[0][0]) == rows(cowork_db, "SELECT SUM(monthly_fee) FROM bookings WHERE season = '2026/27'"
                                                  " AND status != 'withdrawn'")[0][0] or \
        float(c.rows[0][0]) == rows(cowork_db, "SELECT SUM(monthly_fee) FROM bookings WHERE season = '2026/27'")[0][0]


def test_a_rate_with_no_count_of_its_periods_is_never_totalled(cowork_db):
    msg = declined(Conv(cowork_db), "what is the total rate of the spaces?")
    assert "monthly_rate" in msg and "per month" in msg


@pytest.fixture(scope="module")
def squad_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("squad") / "squad.sqlite"
    return make_db(path, """
    CREATE TABLE players (player_id INTEGER PRIMARY KEY, player_name TEXT, position TEXT, foot TEXT);
    CREATE TABLE spells (spell_id INTEGER PRIMARY KEY, player_id INTEGER REFERENCES players(player_id),
                         joined_on TEXT, left_on TEXT, weekly_wage REAL);
    INSERT INTO players VALUES (1,'Abel','Defender','left'),(2,'Bram','Defender','right'),(3,'Cruz','Forward','left'),
                               (4,'Dale','Forward','right'),(5,'Eno','Keeper','right'),(6,'Faro','Forward','right');
    INSERT INTO spells VALUES (1,1,'2019-07-01','2022-06-30',900),(2,1,'2023-07-01',NULL,1100),
                              (3,2,'2020-07-01','2024-06-30',800),(4,3,'2021-07-01',NULL,1500),
                              (5,4,'2018-07-01','2021-06-30',700),(6,5,'2022-07-01',NULL,600),
                              (7,6,'2024-07-01',NULL,1300);
    """)


def test_current_rows_reached_through_a_dated_relation_are_the_ones_with_it_running(squad_db):
    c = Conv(squad_db)
    c.ask("How many of our current players are in each position?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("Defender", 1), ("Forward", 2), ("Keeper", 1)]
    assert any("left_on" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(squad_db)
    c.ask("List the current players")
    assert sorted(r[0] for r in c.rows) == ["Abel", "Cruz", "Eno", "Faro"]


def test_current_rows_through_a_relation_with_no_open_end_are_declined(cowork_db):
    # every booking has an end date: which are running 'now' the data cannot say; never every client
    msg = declined(Conv(cowork_db), "How many of our current clients are in each industry?")
    assert "'current'" in msg


def test_a_breakdown_after_a_top_one_splits_the_one_picked(squad_db):
    c = Conv(squad_db)
    c.ask("Which position has the most players?")
    assert c.rows[0][0] == "Forward"
    c.ask("break that down by foot")        # the forwards' count by foot, never every player's
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("left", 1), ("right", 2)]


def test_how_much_of_plural_prices_is_neither_a_total_nor_a_count(cowork_db):
    msg = declined(Conv(cowork_db), "how much are the monthly rates of the spaces?")
    assert "'how much'" in msg


@pytest.fixture(scope="module")
def sites_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sites") / "sites.sqlite"
    return make_db(path, """
    CREATE TABLE monitoring_sites (site_id INTEGER PRIMARY KEY, river_name TEXT, river_grade TEXT, county TEXT);
    INSERT INTO monitoring_sites VALUES (1,'Avon','main','Wilts'),(2,'Avon','main','Glos'),(3,'Frome','tributary','Wilts'),
                                        (4,'Kennet','main','Wilts');
    """)


def test_rows_named_only_by_what_they_describe_are_listed_with_their_key(sites_db):
    # 'river_name' beside 'river_grade' names the river a site is on, not the site: the sites' key too
    c = Conv(sites_db)
    c.ask("Which monitoring sites in Wilts are on main rivers?")
    assert sorted(map(str, c.col("site_id"))) == ["1", "4"]
    assert "river_name" in c.cols


@pytest.fixture(scope="module")
def tickets_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tickets") / "tickets.sqlite"
    return make_db(path, """
    CREATE TABLE desks (desk_id INTEGER PRIMARY KEY, desk_name TEXT, floor TEXT);
    CREATE TABLE faults (fault_id INTEGER PRIMARY KEY, desk_id INTEGER REFERENCES desks(desk_id), kind TEXT,
                         logged_on TEXT, closed_on TEXT);
    INSERT INTO desks VALUES (1,'North','1'),(2,'South','2');
    INSERT INTO faults VALUES (1,1,'screen','2026-01-02','2026-01-05'),(2,1,'chair','2026-02-01',NULL),
                              (3,2,'screen','2026-03-01',NULL),(4,2,'power','2026-03-02','2026-03-03');
    """)


def test_open_rows_are_the_ones_whose_closing_date_is_empty(tickets_db):
    c = Conv(tickets_db)
    c.ask("How many faults are still open?")
    assert int(c.rows[0][0]) == 2
    assert any("closed_on" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(tickets_db)
    c.ask("How many faults are open on each floor?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("1", 1), ("2", 1)]


@pytest.fixture(scope="module")
def lets_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("lets") / "lets.sqlite"
    return make_db(path, """
    CREATE TABLE flats (flat_id INTEGER PRIMARY KEY, flat_name TEXT, town TEXT);
    CREATE TABLE lets (let_id INTEGER PRIMARY KEY, flat_id INTEGER REFERENCES flats(flat_id), start_date TEXT,
                       end_date TEXT, rent_pcm REAL);
    INSERT INTO flats VALUES (1,'Ash','Leeds'),(2,'Birch','York'),(3,'Cedar','Leeds');
    INSERT INTO lets VALUES (1,1,'2022-01-01','2023-12-31',900),(2,1,'2024-01-01',NULL,950),
                            (3,2,'2023-05-01',NULL,700),(4,3,'2021-03-01','2022-02-28',650);
    """)


def test_a_rent_per_calendar_month_is_the_monthly_rent_and_is_never_totalled_unsaid(lets_db):
    c = Conv(lets_db)
    c.ask("what is the total monthly rent of current lets?")
    assert float(c.rows[0][0]) == 1650
    msg = declined(Conv(lets_db), "What is the total rent of current lets?")
    assert "rent_pcm" in msg and "per month" in msg


def test_empty_rows_are_the_ones_with_no_related_period_still_running(lets_db):
    c = Conv(lets_db)
    c.ask("Which flats are empty right now?")
    assert [r[0] for r in c.rows] == ["Cedar"]
    c = Conv(lets_db)
    c.ask("how many empty flats are there in each town?")
    assert [(r[0], int(r[1])) for r in c.rows] == [("Leeds", 1)]


def test_empty_rows_through_a_relation_with_no_open_end_are_declined(cowork_db):
    msg = declined(Conv(cowork_db), "Which spaces are empty?")
    assert "'empty'" in msg
