"""Words of time and capacity read by what they say, not by the column names they share (batch 27):
'busiest hour' is an hour bucket, never a column max_minutes; 'over 2 hours' compares how long a row
lasted; 'takings' are the sales, not the fines; a capacity per group adds up. Right or declined."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, answered_after_a_decline, declined, make_db


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
                     f"'late', {40 + i * 5}, {'NULL' if i % 3 else repr(f'2025-07-{i:02d}')})")
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


def same(got, path, sql: str) -> bool:
    """The engine's rows (text) are the reference's, in any order."""
    def norm(rs):
        return sorted(tuple(round(float(v), 6) if v is not None and str(v).replace(".", "", 1).isdigit() else v
                            for v in r) for r in rs)
    return norm(got) == norm(rows(path, sql))


def test_busiest_hour_is_an_hour_bucket_never_a_column_named_with_the_unit(gyms_db):
    # two tables hold times of day: which rows to count is not said
    msg = declined(Conv(gyms_db), "busiest hour")
    assert "'busiest hour'" in msg and "visits.checked_in" in msg and "fines.issued_at" in msg
    c = Conv(gyms_db)
    c.ask("busiest hour for visits")
    assert "max_minutes" not in c.sql
    counts = dict(rows(gyms_db, "SELECT strftime('%H', checked_in) h, COUNT(*) FROM visits GROUP BY h"))
    assert sorted(r[0] for r in c.rows) == sorted(h for h, n in counts.items() if n == max(counts.values()))


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


def test_takings_with_money_of_several_kinds_of_rows_is_declined(gyms_db):
    # the fines' amount is money by its name, each visit's fee what the visits paid: whose money?
    msg = declined(Conv(gyms_db), "takings by branch")
    assert "'takings'" in msg and "fines" in msg and "visits.fee" in msg
    c = Conv(gyms_db)
    c.ask("total fee by branch")                 # named: the visits' fees
    assert same(c.rows, gyms_db, "SELECT b.branch_name, SUM(v.fee) FROM visits v JOIN branches b "
                                "ON b.branch_id = v.branch_id GROUP BY b.branch_name")


def test_a_change_or_a_state_the_data_holds_no_history_of_is_declined(gyms_db):
    msg = declined(Conv(gyms_db), "when did prices last go up")
    assert "'go up'" in msg
    msg = declined(Conv(gyms_db), "which lockers were in use")
    assert "'in use'" in msg


def test_a_column_per_its_own_rows_lists_them_and_a_capacity_adds_up(gyms_db):
    c = Conv(gyms_db)
    c.ask("lockers per branch")                  # each branch's own lockers, not their average
    assert same(c.rows, gyms_db, "SELECT branch_name, lockers FROM branches")
    c = Conv(gyms_db)
    c.ask("lockers by city")                     # a capacity of a group is the sum of its places'
    assert same(c.rows, gyms_db, "SELECT city, SUM(lockers) FROM branches GROUP BY city")
    c = Conv(gyms_db)
    c.ask("average lockers by city")             # said: averaged
    assert same(c.rows, gyms_db, "SELECT city, AVG(lockers) FROM branches GROUP BY city")


def test_a_bare_noun_asked_after_a_declined_round_is_declined(gyms_db):
    c = Conv(gyms_db)
    msg = str(_after_decline(c, "total paid by it", "plan?"))
    assert "'plan?'" in msg


def _after_decline(c, declined_q, q):
    from c2q_shell.server.engine import Engine
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, declined_q, q)
    return e.value


def test_not_yet_paid_is_the_empty_date_of_the_verb(gyms_db):
    for q in ("fines not yet paid", "fines not paid yet"):
        c = Conv(gyms_db)
        c.ask(q)                                # paid_on is empty (not the amount 'paid' also names)
        assert len(c.rows) == rows(gyms_db, "SELECT COUNT(*) FROM fines WHERE paid_on IS NULL")[0][0]
        assert "paid_on IS NULL" in c.sql


def test_a_hyphenated_compound_whose_initials_are_a_short_code(tmp_path):
    path = make_db(tmp_path / "codes.sqlite", """
    CREATE TABLE halls (hall_id INTEGER PRIMARY KEY, hall_name TEXT);
    CREATE TABLE shows (show_id INTEGER PRIMARY KEY, hall_id INTEGER REFERENCES halls(hall_id), state TEXT);
    INSERT INTO halls VALUES (1,'North'),(2,'South');
    INSERT INTO shows VALUES (1,1,'OK'),(2,1,'NS'),(3,2,'NS'),(4,2,'OK'),(5,2,'CX'),(6,1,'NS');
    """)
    c = Conv(path)
    c.ask("how many no-shows")                  # 'no-show': N + S, one of the codes OK, NS, CX
    assert int(c.rows[0][0]) == 3


def test_the_parent_of_the_rows_kept_asked_alone_counts_them_per_parent(gyms_db):
    want = "SELECT b.branch_name, COUNT(*) FROM visits v JOIN branches b ON b.branch_id = v.branch_id " \
           "WHERE v.fee > 5 GROUP BY b.branch_name"
    for first, then in (("visits with a fee over 5", "by branch"), ("how many visits with a fee over 5", "which branches")):
        c = Conv(gyms_db)
        c.ask(first)
        c.ask(then)                             # those visits per branch, never every branch listed
        assert same(c.rows, gyms_db, want)


def test_by_weekday_groups_by_the_day_of_the_week(gyms_db):
    c = Conv(gyms_db)
    c.ask("visits by weekday")
    assert same(c.rows, gyms_db, "SELECT strftime('%w', checked_in) wd, COUNT(*) FROM visits GROUP BY wd")
