"""First-round rules found on blind sets (batch 17), each on a schema of its own: counts of what
happened in dated rows add up, 'per year by X' is two groupings, 'the most X' of an event date
counts the rows it is set in, an absence with a condition, a default cut inside a tie."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ferry") / "ferry.sqlite"
    sailings = []
    for i in range(1, 61):
        day = f"202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        sailings.append(f"({i}, {1 + i % 3}, '{day}', {20 + i % 17}, {i % 5}, {1 if i % 7 == 0 else 0})")
    return make_db(path, f"""
    CREATE TABLE lines (line_id INTEGER PRIMARY KEY, line_name TEXT, berths INTEGER);
    CREATE TABLE sailings (sailing_id INTEGER PRIMARY KEY, line_id INTEGER REFERENCES lines(line_id),
                           sailed_on TEXT, passengers INTEGER, late_min INTEGER, cancelled INTEGER);
    INSERT INTO lines VALUES (1,'Harbour Loop',3),(2,'Island Hopper',5),(3,'Bay Express',4);
    INSERT INTO sailings VALUES {", ".join(sailings)};
    """)


def rows(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_counts_of_what_happened_in_dated_rows_add_up(ferry_db):
    c = Conv(ferry_db)
    c.ask("Passengers by year on the Island Hopper")
    want = rows(ferry_db, "SELECT strftime('%Y', s.sailed_on), SUM(s.passengers) FROM sailings s JOIN lines l "
                          "ON l.line_id = s.line_id WHERE l.line_name = 'Island Hopper' GROUP BY 1")
    assert sorted((str(a), int(b)) for a, b in c.rows) == sorted((str(a), int(b)) for a, b in want)
    # an attribute of undated rows is still averaged ('berths' of a line)
    from c2q_shell.server.engine.catalog import Catalog
    from c2q_shell.server.sources import SQLiteSource
    cat = Catalog(SQLiteSource(str(ferry_db)).introspect(), {}, [])
    assert cat.default_agg("sailings.passengers") == "sum"
    assert cat.default_agg("lines.berths") == "avg"
    assert cat.default_agg("sailings.late_min") == "avg"


@pytest.fixture(scope="module")
def gym_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gym") / "gym.sqlite"
    towns = ["Leeds", "York", "Hull", "Bath"]
    members = []
    for i in range(1, 41):
        left = f"'2024-{1 + i % 12:02d}-{1 + i % 27:02d}'" if i % 3 == 0 or (i % 4 == 2 and i < 20) else "NULL"
        members.append(f"({i}, 'Member {i}', '{towns[i % 4]}', '2022-0{1 + i % 9}-10', {left})")
    return make_db(path, f"""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, town TEXT, joined_on TEXT,
                          cancelled_on TEXT);
    INSERT INTO members VALUES {", ".join(members)};
    """)


def test_the_most_of_an_event_date_counts_the_rows_it_is_set_in(gym_db):
    c = Conv(gym_db)
    c.ask("which town has had the most cancellations?")
    want = rows(gym_db, "SELECT town, COUNT(*) FROM members WHERE cancelled_on IS NOT NULL GROUP BY town "
                        "ORDER BY COUNT(*) DESC LIMIT 1")
    assert c.rows[0][0] == want[0][0]


def test_per_year_by_a_number_column_is_two_groupings(ferry_db):
    c = Conv(ferry_db)
    c.ask("sailings per year by late min")
    want = rows(ferry_db, "SELECT strftime('%Y', sailed_on), late_min, COUNT(*) FROM sailings GROUP BY 1, 2")
    assert sorted((str(a), int(b), int(n)) for a, b, n in c.rows) == sorted((str(a), int(b), n) for a, b, n in want)


def test_rows_none_of_whose_related_rows_has_a_flag_are_declined(ferry_db):
    c = Conv(ferry_db)
    assert "no cancellations" in declined(c, "List the lines that had no cancellations at all in 2024")
    c = Conv(ferry_db)
    c.ask("how many sailings were not cancelled?")      # the rows' own flag is still a condition
    assert int(c.rows[0][0]) == rows(ferry_db, "SELECT COUNT(*) FROM sailings WHERE cancelled = 0")[0][0]


def test_a_default_cut_says_that_ties_with_its_last_row_may_be_left_out(gym_db):
    c = Conv(gym_db)
    c.ask("Which members joined most recently?")
    said = [a["explanation"] for a in c.res.tasks[0].assumptions if a["concept"] == "how many"]
    assert said and "tied" in said[0] and "no number was given" in said[0]
    c = Conv(gym_db)
    c.ask("Which towns have the most members?")     # groups: the whole ranked list, no cut
    assert len(c.rows) == 4 and not [a for a in c.res.tasks[0].assumptions if a["concept"] == "how many"]
