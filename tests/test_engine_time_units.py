"""Words of time and capacity read by what they say, not by the column names they share (batch 27):
'busiest hour' is an hour bucket, never a column max_minutes; 'over 2 hours' compares how long a row
lasted; 'takings' are the sales, not the fines; a capacity per group adds up. Right or declined."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def gyms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gyms") / "gyms.sqlite"
    visits, fines = [], []
    for i in range(1, 61):
        day = f"2025-{1 + i % 6:02d}-{1 + i % 27:02d}"
        start = f"{day} {6 + i % 14:02d}:{i % 60:02d}:00"
        hours = (i % 5) + (30 if i % 17 == 0 else 0)         # a few visits last over a day
        end_h = 6 + i % 14 + hours
        end = f"'{day} {end_h:02d}:{i % 60:02d}:00'" if end_h < 24 else \
            f"datetime('{start}', '+{hours} hours')"
        if i % 13 == 0:
            visits.append(f"({i}, {1 + i % 3}, 'M{i % 9}', '{start}', NULL, NULL, 'card')")
        else:
            visits.append(f"({i}, {1 + i % 3}, 'M{i % 9}', '{start}', {end}, {2.5 * (1 + i % 4)}, "
                          f"'{('card', 'cash')[i % 2]}')")
    for i in range(1, 13):
        fines.append(f"({i}, {1 + i % 3}, 'M{i % 9}', '2025-0{1 + i % 6}-{10 + i:02d} {8 + i:02d}:15:00', "
                     f"'late', {40 + i * 5}, NULL)")
    return make_db(path, f"""
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT, city TEXT, lockers INTEGER,
                           has_pool INTEGER);
    CREATE TABLE plans (plan_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id),
                        max_minutes REAL, price REAL);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id),
                         member TEXT, checked_in TEXT, checked_out TEXT, fee REAL, pay_method TEXT);
    CREATE TABLE fines (fine_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id),
                        member TEXT, issued_at TEXT, reason TEXT, amount REAL, paid_on TEXT);
    INSERT INTO branches VALUES (1,'Quayside','Leeds',120,1),(2,'Hilltop','Leeds',80,0),(3,'Riverside','York',60,1);
    INSERT INTO plans VALUES (1,1,60,5.0),(2,1,240,12.0),(3,2,90,6.0),(4,3,1440,20.0);
    INSERT INTO visits VALUES {", ".join(visits)};
    INSERT INTO fines VALUES {", ".join(fines)};
    """)


def rows(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_busiest_hour_is_an_hour_bucket_never_a_column_named_with_the_unit(gyms_db):
    # two tables hold times of day: which rows to count is not said
    msg = declined(Conv(gyms_db), "busiest hour")
    assert "'busiest hour'" in msg and "visits.checked_in" in msg and "fines.issued_at" in msg
    c = Conv(gyms_db)
    c.ask("busiest hour for visits")
    assert "max_minutes" not in c.sql and len(c.rows) == 1
    want = rows(gyms_db, "SELECT strftime('%H', checked_in) h FROM visits GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1")
    assert c.rows[0][0] == want[0][0]


def test_longest_is_never_the_limit_a_column_names(gyms_db):
    # max_minutes is how long a plan allows, not how long anything lasted
    msg = declined(Conv(gyms_db), "longest in")
    assert "'longest'" in msg
    c = Conv(gyms_db)
    c.ask("plans with max minutes over 100")
    assert len(c.rows) == 2


def test_a_top_hour_asked_again_per_new_group_is_declined(gyms_db):
    c = Conv(gyms_db)
    c.ask("busiest hour for visits")
    msg = declined(c, "per branch")          # the busiest hour of each branch, not a count per branch
    assert "'per branch'" in msg


def test_a_number_with_a_unit_of_time_compares_a_duration(gyms_db):
    # never the fee (money), nor max_minutes of another table: how long each visit lasted
    for q, said in (("visits over 24h", "'over 24 h'"), ("visits over 90 minutes", "'over 90 minutes'"),
                    ("visits longer than 3 hours", "3 hours")):
        msg = declined(Conv(gyms_db), q)
        assert said in msg and "checked_in" in msg and "checked_out" in msg
    c = Conv(gyms_db)
    c.ask("visits with a fee over 5")           # a number without a unit still compares the column named
    assert len(c.rows) == rows(gyms_db, "SELECT COUNT(*) FROM visits WHERE fee > 5")[0][0]
