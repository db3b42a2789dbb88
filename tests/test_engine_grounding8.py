"""Grounding of first questions (blind batch 15): 'by <number column>' after an aggregate groups by
its values, a '_label' column is named by its head word, a word that is only part of a flag of
another table is no condition, 'how many payments' counts rows, the rows of a share are a table,
'a different city' and 'per move' are no grouping, 'who founded them' asks for a doer. Each on a
schema the test builds itself."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def lockers_db(tmp_path_factory):
    """Lockers with a size label, an area and a floor; members of a society, boats it may own,
    outings on them; dues paid in pence; clients who book hires; relocations between cities."""
    path = tmp_path_factory.mktemp("lockers") / "lockers.sqlite"
    labels = ("Small", "Medium", "Large")
    lockers = ", ".join(f"({i}, '{labels[i % 3]}', {10 + 5 * (i % 3)}, {1 + i % 2}, {20 + 1.7 * i})"
                        for i in range(1, 61))
    members = ", ".join(f"({i}, 'Member {i}', 'member{i}@example.org')" for i in range(1, 13))
    boats = ", ".join(f"({i}, 'Boat {i}', {i % 2})" for i in range(1, 7))
    outings = ", ".join(f"({i}, {1 + i % 6}, {1 + i % 5})" for i in range(1, 21))
    dues = ", ".join(f"({i}, {1 + i % 12}, '{2023 + i % 2}-{1 + i % 12:02d}-10', {1500 + 250 * (i % 4)}, "
                     f"'{('renewal', 'event entry')[i % 2]}')" for i in range(1, 41))
    clients = ", ".join(f"({i}, 'Client {i}', '2022-0{1 + i % 9}-01')" for i in range(1, 9))
    hires = ", ".join(f"({i}, {1 + i % 8}, '{('Confirmed', 'Cancelled', 'Completed')[i % 3]}')" for i in range(1, 31))
    cities = ("Leeds", "York", "Hull")
    moves = ", ".join(f"({i}, {1 + i % 8}, '{cities[i % 3]}', '{cities[(i // 2) % 3]}', "
                      f"'{2022 + i % 3}-0{1 + i % 9}-15', {5 + 1.5 * i})" for i in range(1, 25))
    return make_db(path, f"""
    CREATE TABLE lockers (locker_id INTEGER PRIMARY KEY, size_label TEXT, area_sqm INTEGER, floor_level INTEGER,
                          weekly_rate REAL);
    INSERT INTO lockers VALUES {lockers};
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, email TEXT);
    INSERT INTO members VALUES {members};
    CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, boat_name TEXT, owned_by_society INTEGER);
    INSERT INTO boats VALUES {boats};
    CREATE TABLE outings (outing_id INTEGER PRIMARY KEY, boat_id INTEGER REFERENCES boats(boat_id),
                          member_id INTEGER REFERENCES members(member_id));
    INSERT INTO outings VALUES {outings};
    CREATE TABLE dues (due_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id), paid_on TEXT,
                       amount_pence INTEGER, due_type TEXT);
    INSERT INTO dues VALUES {dues};
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, first_booking_date TEXT, city TEXT);
    INSERT INTO clients (client_id, client_name, first_booking_date) VALUES {clients};
    UPDATE clients SET city = 'Leeds';
    CREATE TABLE hires (hire_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id), status TEXT);
    INSERT INTO hires VALUES {hires};
    CREATE TABLE relocations (relocation_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                              from_city TEXT, to_city TEXT, move_date TEXT, volume_m3 REAL);
    INSERT INTO relocations VALUES {moves};
    """)


def _same(got, want) -> bool:
    return sorted(tuple(str(v) for v in r) for r in got) == sorted(tuple(str(v) for v in r) for r in want)


def test_an_aggregate_by_a_number_column_groups_by_its_values(lockers_db):
    c = Conv(lockers_db)
    c.ask("average weekly rate by floor level")      # one figure per floor, never the highest floor's
    assert len(c.rows) == 2
    assert _same([(r[0], round(float(r[1]), 6)) for r in c.rows],
                 [(r[0], round(r[1], 6)) for r in rows(lockers_db, "SELECT floor_level, AVG(weekly_rate) FROM lockers "
                                                                   "GROUP BY floor_level")])
    c = Conv(lockers_db)
    c.ask("count of lockers by area")
    assert _same(c.rows, rows(lockers_db, "SELECT area_sqm, COUNT(*) FROM lockers GROUP BY area_sqm"))
    # a number with too many values to be groups, and no superlative: neither reading is safe
    assert "too many" in declined(Conv(lockers_db), "count of lockers by weekly rate")


def test_a_label_column_is_named_by_its_head_word(lockers_db):
    c = Conv(lockers_db)
    c.ask("Average weekly rate by locker size")      # size_label, not the area that 'size' also names
    assert _same([(r[0], round(float(r[1]), 6)) for r in c.rows],
                 [(r[0], round(r[1], 6)) for r in rows(lockers_db, "SELECT size_label, AVG(weekly_rate) FROM lockers "
                                                                   "GROUP BY size_label")])


def test_a_word_of_a_flag_of_another_table_is_no_condition(lockers_db):
    c = Conv(lockers_db)
    try:
        c.ask("How many members does the society have?")
    except Engine.CannotAnswer:
        pass
    else:               # answered: every member, never those who sailed the society's boats
        assert int(c.rows[0][0]) == rows(lockers_db, "SELECT COUNT(*) FROM members")[0][0]
    c = Conv(lockers_db)
    c.ask("how many boats are owned by the society?")           # its own table: the condition
    assert int(c.rows[0][0]) == rows(lockers_db, "SELECT COUNT(*) FROM boats WHERE owned_by_society = 1")[0][0]


def test_how_many_payments_counts_the_rows_never_the_amount(lockers_db):
    c = Conv(lockers_db)
    c.ask("how many renewal payments were made in 2024?")
    assert "SUM" not in c.sql.upper()
    assert int(c.rows[0][0]) == rows(lockers_db, "SELECT COUNT(*) FROM dues WHERE due_type = 'renewal' "
                                                 "AND paid_on LIKE '2024%'")[0][0]


def test_the_rows_of_a_share_are_never_a_column_of_another_table(lockers_db):
    msg = declined(Conv(lockers_db), "What percentage of all bookings got cancelled?")
    assert "first_booking_date" in msg
    c = Conv(lockers_db)
    c.ask("what percentage of hires got cancelled?")
    assert float(c.rows[0][0]) == pytest.approx(
        rows(lockers_db, "SELECT 100.0 * SUM(status = 'Cancelled') / COUNT(*) FROM hires")[0][0])


def test_a_different_city_compares_the_two_columns_of_that_word(lockers_db):
    c = Conv(lockers_db)
    c.ask("How many relocations were moves to a different city?")     # from_city <> to_city
    want = rows(lockers_db, "SELECT COUNT(*), AVG(volume_m3) FROM relocations WHERE from_city <> to_city")[0]
    assert int(c.rows[0][0]) == want[0]
    c.ask("what's the average volume of those?")
    assert float(c.rows[0][0]) == pytest.approx(want[1])
    # one column only of that word ('a different due type'): no comparison is read, declined
    msg = declined(Conv(lockers_db), "how many dues were paid by a different member?")
    assert "'different'" in msg
    c = Conv(lockers_db)
    c.ask("how many different due types are there?")      # distinct values still
    assert int(c.rows[0][0]) == 2


def test_per_event_word_of_a_date_is_an_average_over_the_rows(lockers_db):
    c = Conv(lockers_db)
    c.ask("average volume per move")
    assert len(c.rows) == 1 and float(c.rows[0][0]) == pytest.approx(
        rows(lockers_db, "SELECT AVG(volume_m3) FROM relocations")[0][0])
    assert "move" in declined(Conv(lockers_db), "total volume per move")


def test_who_did_an_event_only_dated_is_declined(tmp_path):
    path = make_db(tmp_path / "firms.sqlite", """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, founded INTEGER);
    INSERT INTO firms VALUES (1,'Acme',1990),(2,'Bolt',2005),(3,'Crux',2012);
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT, joined_on TEXT);
    INSERT INTO staff VALUES (1,'Ann','2023-02-01'),(2,'Ben','2022-05-01');
    """)
    c = Conv(path)
    c.ask("how many firms were founded after 2000?")
    assert int(c.rows[0][0]) == 2
    assert "'who'" in declined(c, "who founded them?")
    c = Conv(path)
    c.ask("who joined in 2023?")                        # the rows that did it: answered
    assert [r[0] for r in c.rows] == ["Ann"]


def test_a_unit_asked_that_the_column_does_not_keep_is_declined(tmp_path):
    path = make_db(tmp_path / "calls.sqlite", """
    CREATE TABLE calls (call_id INTEGER PRIMARY KEY, amount_pence INTEGER, duration_sec INTEGER, weight_kg REAL);
    INSERT INTO calls VALUES (1, 250, 60, 1.5), (2, 400, 90, 2.0), (3, 150, 30, 0.5);
    """)
    assert "'pounds'" in declined(Conv(path), "what is the total amount in pounds?")     # kept in pence
    assert "'minutes'" in declined(Conv(path), "average duration in minutes")        # kept in seconds
    c = Conv(path)
    c.ask("what is the total amount in pence?")                    # the column's own unit
    assert int(c.rows[0][0]) == 800
    c = Conv(path)
    c.ask("average duration in seconds")
    assert float(c.rows[0][0]) == 60
