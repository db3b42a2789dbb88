"""Measures and the dates periods apply to, found on blind sets (batch 22): each rule checked on a
schema of its own — a repair workshop whose jobs carry a fee and pass through stages, and a
venue that runs sessions people book. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, make_db


@pytest.fixture(scope="module")
def workshop_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("workshop") / "workshop.sqlite"
    rows = []
    stages = ["finished", "delivered", "delivered", "open", "cancelled"]
    for i in range(1, 61):
        got = f"202{4 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        stage = stages[i % 5]
        done = f"'202{4 + i % 2}-{1 + i % 12:02d}-{2 + i % 27:02d}'" if stage in ("finished", "delivered") else "NULL"
        rows.append(f"({i}, '{('Ann', 'Bo', 'Cy')[i % 3]}', '{got}', {done}, '{stage}', {20 + (i * 7) % 50})")
    return make_db(path, f"""
    CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, mechanic TEXT, received_on TEXT, finished_on TEXT,
                          stage TEXT, fee REAL);
    INSERT INTO repairs VALUES {", ".join(rows)};
    """)


def rows(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_charges_in_the_plural_over_periods_are_totalled(workshop_db):
    want = rows(workshop_db, "SELECT strftime('%Y-%m', received_on), SUM(fee) FROM repairs "
                             "WHERE received_on LIKE '2025%' GROUP BY 1 ORDER BY 1")
    c = Conv(workshop_db)
    c.ask("fees by month in 2025")
    assert [(r[0], float(r[-1])) for r in c.rows] == [(m, float(s)) for m, s in want]
    c = Conv(workshop_db)
    c.ask("repairs received each month in 2025")
    c.ask("and fees for those")
    assert [(r[0], float(r[-1])) for r in c.rows] == [(m, float(s)) for m, s in want]
    # the singular is the level of one row: averaged
    c = Conv(workshop_db)
    c.ask("average fee by month in 2025")
    avg = rows(workshop_db, "SELECT strftime('%Y-%m', received_on), AVG(fee) FROM repairs "
                            "WHERE received_on LIKE '2025%' GROUP BY 1 ORDER BY 1")
    assert [round(float(r[-1]), 4) for r in c.rows] == [round(a, 4) for _, a in avg]


def test_a_stage_verb_past_which_the_status_moves_on_is_its_date_being_set(workshop_db):
    # 'finished' is a status value and the verb of finished_on; 'delivered' repairs were finished too
    want = rows(workshop_db, "SELECT mechanic, COUNT(*) FROM repairs WHERE finished_on IS NOT NULL GROUP BY 1")
    c = Conv(workshop_db)
    c.ask("How many repairs has each mechanic finished?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == sorted(want)
    c = Conv(workshop_db)
    c.ask("how many repairs were finished?")
    assert int(c.rows[0][0]) == rows(workshop_db, "SELECT COUNT(*) FROM repairs WHERE finished_on IS NOT NULL")[0][0]
    # a status no later stage passes keeps its value ('open' has no date of its own)
    c = Conv(workshop_db)
    c.ask("how many open repairs?")
    assert int(c.rows[0][0]) == rows(workshop_db, "SELECT COUNT(*) FROM repairs WHERE stage = 'open'")[0][0]
