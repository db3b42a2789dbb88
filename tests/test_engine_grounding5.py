"""Grounding of words and verbs (blind batch 9): a table's head noun over a date named by its
verb, 'no X recorded', 'used a <column>', a verb naming a date column, words that name what the
data does not hold ('look like', 'cost to buy', 'Index 100'). Each on a schema the test builds
itself. Right or declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def club_db(tmp_path_factory):
    """A sports club: sessions booked by members (attendance not always recorded), sales of
    tickets with an optional promo code, deliveries with the dates they were created and
    delivered, machines inspected at a cost, firms with their names."""
    path = tmp_path_factory.mktemp("club") / "club.sqlite"
    bookings = ", ".join(
        f"({i}, {1 + i % 7}, '2024-{1 + i % 12:02d}-{1 + i % 27:02d}', "
        f"{('NULL', '0', '1', '1')[i % 4]})" for i in range(1, 41))
    sales = ", ".join(
        f"({i}, {10 + i % 5}, {('NULL', chr(39) + 'SPRING' + chr(39), 'NULL', chr(39) + 'VIP' + chr(39))[i % 4]})"
        for i in range(1, 31))
    parcels = ", ".join(
        f"({i}, {1 + i % 3}, '2024-{1 + i % 12:02d}-{1 + i % 20:02d}', "
        f"{'NULL' if i % 5 == 0 else repr(f'2024-{1 + (i * 7) % 12:02d}-{5 + i % 20:02d}')}, "
        f"'{'in transit' if i % 5 == 0 else 'delivered'}')" for i in range(1, 31))
    return make_db(path, f"""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT);
    INSERT INTO members VALUES {", ".join(f"({i}, 'Member {i}')" for i in range(1, 8))};
    CREATE TABLE session_bookings (booking_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                                   booked_on TEXT, attended INTEGER);
    INSERT INTO session_bookings VALUES {bookings};
    CREATE TABLE ticket_sales (sale_id INTEGER PRIMARY KEY, price REAL, promo_code TEXT);
    INSERT INTO ticket_sales VALUES {sales};
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT);
    INSERT INTO depots VALUES (1, 'North Yard'), (2, 'South Yard'), (3, 'East Yard');
    CREATE TABLE parcels (parcelId INTEGER PRIMARY KEY, depotId INTEGER REFERENCES depots(depot_id),
                          createdAt TEXT, deliveredAt TEXT, parcelStatus TEXT);
    INSERT INTO parcels VALUES {parcels};
    CREATE TABLE machines (machine_id INTEGER PRIMARY KEY, model TEXT);
    INSERT INTO machines VALUES (1, 'K-100'), (2, 'K-200'), (3, 'Z-9');
    CREATE TABLE inspections (inspection_id INTEGER PRIMARY KEY, machine_id INTEGER REFERENCES machines(machine_id),
                              inspected_on TEXT, cost_usd REAL);
    INSERT INTO inspections VALUES (1, 1, '2024-01-02', 300), (2, 2, '2024-02-03', 450), (3, 1, '2024-05-06', 120);
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, name TEXT, sector TEXT);
    INSERT INTO firms VALUES (1, 'Acme, Inc.', 'Industrials'), (2, 'Borealis Corp', 'Energy'),
        (3, 'Cobalt Group', 'Energy');
    CREATE TABLE plants (plant_id INTEGER PRIMARY KEY, common_name TEXT, latin_name TEXT);
    INSERT INTO plants VALUES (1, 'Bluebell', 'Hyacinthoides'), (2, 'Foxglove', 'Digitalis');
    """)


def test_look_like_asks_for_a_description_the_data_lacks(club_db):
    c = Conv(club_db)
    assert "look" in declined(c, "what does a bluebell look like?")
    c.ask("what is the latin name of the bluebell?")
    assert c.rows == [["Hyacinthoides"]]


def test_the_purpose_after_a_cost_is_never_filler(club_db):
    c = Conv(club_db)
    assert "buy" in declined(c, "how much did each machine cost to buy?")


def test_a_number_glued_to_a_value_is_part_of_a_name(club_db):
    c = Conv(club_db)
    assert "acme 100" in declined(c, "show me the Acme 100 firms")
    c.ask("show me the 2 firms in Energy")
    assert sorted(r[0] for r in c.rows) == ["Borealis Corp", "Cobalt Group"]


def test_the_head_noun_of_a_table_names_its_rows_not_the_date_of_its_verb(club_db):
    c = Conv(club_db)
    c.ask("How many bookings were made in 2024?")
    assert int(c.rows[0][0]) == rows(club_db, "SELECT COUNT(*) FROM session_bookings WHERE booked_on LIKE '2024%'")[0][0]
    assert "DISTINCT" not in c.sql


def test_no_column_recorded_is_a_missing_value(club_db):
    c = Conv(club_db)
    c.ask("How many bookings have no attendance recorded?")
    assert int(c.rows[0][0]) == rows(club_db, "SELECT COUNT(*) FROM session_bookings WHERE attended IS NULL")[0][0]


def test_a_percentage_never_bounds_a_measure_that_holds_no_percentages(club_db):
    c = Conv(club_db)
    assert "20" in declined(c, "which ticket sales came in under 20 percent?")
    c.ask("which ticket sales came in under 12?")
    assert len(c.rows) == rows(club_db, "SELECT COUNT(*) FROM ticket_sales WHERE price < 12")[0][0]


def test_used_a_column_is_one_count_of_the_rows_that_have_it(club_db):
    c = Conv(club_db)
    c.ask("How many ticket sales used a promo code?")
    assert int(c.rows[0][0]) == rows(club_db, "SELECT COUNT(*) FROM ticket_sales WHERE promo_code IS NOT NULL")[0][0]
    assert len(c.rows) == 1
    c = Conv(club_db)
    c.ask("how many ticket sales have a promo code of VIP?")      # a value said: that value
    assert int(c.rows[0][0]) == rows(club_db, "SELECT COUNT(*) FROM ticket_sales WHERE promo_code = 'VIP'")[0][0]


def test_when_a_verb_names_a_date_before_a_place_it_is_that_date(club_db):
    c = Conv(club_db)
    c.ask("When was the last parcel delivered to North Yard?")
    assert "parcelStatus" not in c.sql and c.rows[0][-1] == rows(
        club_db, "SELECT MAX(deliveredAt) FROM parcels WHERE depotId = 1")[0][0]
    c = Conv(club_db)
    c.ask("When was the last delivered parcel created?")        # before the noun: the status
    assert "parcelStatus = 'delivered'" in c.sql


def test_by_rows_after_a_participle_names_the_doer_when_grouped_otherwise(tmp_path):
    db = make_db(tmp_path / "shifts.sqlite", """
    CREATE TABLE couriers (courier_id INTEGER PRIMARY KEY, courier_name TEXT, vehicle_type TEXT);
    INSERT INTO couriers VALUES (1, 'Ann', 'Van'), (2, 'Bo', 'Bike'), (3, 'Cy', 'Van');
    CREATE TABLE shifts (shift_id INTEGER PRIMARY KEY, courier_id INTEGER REFERENCES couriers(courier_id),
                         shift_date TEXT, hours_worked REAL);
    INSERT INTO shifts VALUES (1, 1, '2024-01-02', 8), (2, 2, '2024-01-03', 6), (3, 3, '2024-02-01', 7),
        (4, 1, '2023-05-05', 9), (5, 3, '2024-03-03', 5);
    """)
    c = Conv(db)
    c.ask("Total hours worked by couriers for each vehicle type in 2024")
    assert sorted((r[0], float(r[-1])) for r in c.rows) == [("Bike", 6.0), ("Van", 20.0)]


def test_including_an_amount_of_the_same_unit_after_a_total_is_declined(tmp_path):
    db = make_db(tmp_path / "hours.sqlite", """
    CREATE TABLE shifts (shift_id INTEGER PRIMARY KEY, team TEXT, hours_worked REAL, overtime_hours REAL);
    INSERT INTO shifts VALUES (1, 'A', 8, 1), (2, 'B', 6, NULL), (3, 'A', 7, 2);
    """)
    c = Conv(db)
    c.ask("total hours worked for each team")
    assert "also show" in declined(c, "now including overtime hours")
    c.ask("also show overtime hours")
    assert len(c.rows[0]) == 3


@pytest.fixture(scope="module")
def stage_db(tmp_path_factory):
    """A theatre: productions directed by a member (director_id) and cast through a pure link."""
    return make_db(tmp_path_factory.mktemp("stage") / "stage.sqlite", """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT);
    INSERT INTO members VALUES (1, 'Ann'), (2, 'Bo'), (3, 'Cy');
    CREATE TABLE productions (production_id INTEGER PRIMARY KEY, title TEXT,
                              director_id INTEGER REFERENCES members(member_id));
    INSERT INTO productions VALUES (1, 'Hamlet', 1), (2, 'Medea', 1), (3, 'Faust', 2), (4, 'Lear', 1);
    CREATE TABLE cast_roles (production_id INTEGER REFERENCES productions(production_id),
                             member_id INTEGER REFERENCES members(member_id), role_name TEXT);
    INSERT INTO cast_roles VALUES (1, 2, 'Hamlet'), (2, 2, 'Jason'), (3, 3, 'Faust'), (4, 2, 'Lear'), (4, 3, 'Fool');
    """)


def test_a_role_key_beside_a_link_needs_its_role_word(stage_db):
    c = Conv(stage_db)
    c.ask("Which members have been in more than 2 productions?")     # membership: the link
    assert [r[0] for r in c.rows] == ["Bo"] and "director_id" not in c.sql
    c = Conv(stage_db)
    assert "cast_roles" in declined(c, "Which members have more than 2 productions?")
    c = Conv(stage_db)
    c.ask("Which members directed more than 2 productions?")
    assert [r[0] for r in c.rows] == ["Ann"]
