"""First rounds read right or declined: what a superlative of size, a 'compare' and a condition on
another table stand for — each on a small venue-hire schema the test builds itself."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def venues_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("venues") / "venues.sqlite"
    hires = ", ".join(f"({i}, {1 + i % 3}, {1 + i % 4}, {40 + i * 3}.0, '{('held', 'cancelled')[i % 4 == 0]}', "
                      f"'202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}', {(i * 37) % 101}.5)" for i in range(1, 31))
    items = ", ".join(f"({i}, {1 + i % 2}, {1 + (i * 7) % 9})" for i in range(1, 31))
    return make_db(path, f"""
    CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_name TEXT, district TEXT, capacity INTEGER,
                        hourly_rate REAL);
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, district TEXT);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, membership_level TEXT);
    CREATE TABLE hires (hire_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                        member_id INTEGER REFERENCES members(member_id), fee REAL, status TEXT, hired_on TEXT,
                        amount_paid REAL);
    CREATE TABLE hire_items (hire_id INTEGER REFERENCES hires(hire_id), depot_id INTEGER REFERENCES depots(depot_id),
                             quantity INTEGER);
    INSERT INTO rooms VALUES (1,'Elm Room','North',40,25.0),(2,'Oak Hall','South',250,60.0),(3,'Ash Studio','North',15,12.5);
    INSERT INTO depots VALUES (1,'East Yard','East'),(2,'West Yard','West');
    INSERT INTO members VALUES (1,'Ada','gold'),(2,'Bo','silver'),(3,'Cy','gold'),(4,'Di','bronze');
    INSERT INTO hires VALUES {hires};
    INSERT INTO hire_items VALUES {items};
    """)


def test_the_biggest_thing_is_its_own_size_never_a_total_of_another_tables_quantities(venues_db):
    c = Conv(venues_db)
    c.ask("Which room is the biggest?")         # capacity, not the items booked into its hires
    assert [r[0] for r in c.rows] == [r[0] for r in rows(venues_db, "SELECT room_name FROM rooms "
                                                                    "ORDER BY capacity DESC LIMIT 1")]
    assert "quantity" not in c.sql
    c = Conv(venues_db)                          # a depot has no size of its own, only quantities: declined
    assert "biggest" in declined(c, "Which depot is the biggest?")
    c = Conv(venues_db)                          # the money a member pays in is theirs: the biggest spender
    c.ask("Which member is the biggest?")
    assert [r[0] for r in c.rows] == [r[0] for r in rows(venues_db, "SELECT m.member_name FROM members m JOIN hires h "
                                                                    "ON h.member_id = m.member_id GROUP BY m.member_id "
                                                                    "ORDER BY SUM(h.amount_paid) DESC LIMIT 1")]


def test_compare_of_several_values_on_a_measure_is_one_figure_per_value(venues_db):
    c = Conv(venues_db)
    c.ask("How do held and cancelled hires compare on quantity?")   # one total per status, not each line
    assert sorted(map(tuple, c.rows)) == sorted((s, str(n)) for s, n in rows(venues_db, "SELECT h.status, SUM(i.quantity) FROM hires h JOIN "
                                                  "hire_items i ON i.hire_id = h.hire_id WHERE h.status IN "
                                                  "('held', 'cancelled') GROUP BY h.status"))
    c = Conv(venues_db)
    c.ask("compare held and cancelled hires on fee")              # a fee (a price) is averaged, and says so
    assert [r[0] for r in sorted(c.rows)] == ["cancelled", "held"] and "AVG(fee)" in c.sql


def test_a_status_of_another_table_is_not_said_of_the_rows_asked_about(venues_db):
    c = Conv(venues_db)
    reason = declined(c, "which members cancelled their membership?")   # only hires are cancelled
    assert "'cancelled' is a value of hires, not something said of members" in reason
    c = Conv(venues_db)
    c.ask("which members cancelled a hire in 2024?")        # the hire is what was cancelled: answered
    assert sorted(r[0] for r in c.rows) == sorted(r[0] for r in rows(
        venues_db, "SELECT DISTINCT m.member_name FROM members m JOIN hires h ON h.member_id = m.member_id "
                   "WHERE h.status = 'cancelled' AND h.hired_on LIKE '2024%'"))


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    kinds = ["Regional Banks", "Diversified Banks", "Investment Banking & Brokerage", "Application Software",
             "Systems Software", "Food Retail", "Regional Banks", "Application Software"]
    firms = ", ".join(f"({i}, 'Firm {i}', '{kinds[i % len(kinds)]}', '{('North', 'South')[i % 2]}')"
                      for i in range(1, 25))
    return make_db(path, f"""
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, line_of_business TEXT, region TEXT);
    INSERT INTO firms VALUES {firms};
    """)


def test_a_word_spread_over_values_holding_it_is_stated_once_with_what_it_leaves_out(firms_db):
    c = Conv(firms_db)
    c.ask("list the software firms in the North")
    assert sorted(r[0] for r in c.rows) == sorted(r[0] for r in rows(
        firms_db, "SELECT firm_name FROM firms WHERE line_of_business LIKE '%Software' AND region = 'North'"))
    said = [a["explanation"] for a in c.res.tasks[-1].assumptions if a["concept"] == "'software'"]
    assert len(said) == 1 and "every line_of_business containing the word" in said[0]
    c = Conv(firms_db)          # 'banks' is a word of 'Regional Banks', only the stem of 'Banking': said so
    c.ask("list the banks in the North")
    assert sorted(r[0] for r in c.rows) == sorted(r[0] for r in rows(
        firms_db, "SELECT firm_name FROM firms WHERE line_of_business LIKE '%banks' AND region = 'North'"))
    said = [a["explanation"] for a in c.res.tasks[-1].assumptions if a["concept"] == "'banks'"]
    assert len(said) == 1 and "not 'Investment Banking & Brokerage'" in said[0]
