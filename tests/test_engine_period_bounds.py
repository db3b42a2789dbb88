"""Period bounds on dates kept as text hold for any separator and precision: 'last month' over ISO
times written '2026-10-31T10:00:00' keeps the whole of the 31st (an inclusive bound on
'2026-10-31 23:59:59' dropped it, 'T' sorting after ' '); found while fixing heldout71."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine.bounds import day_bounds


@pytest.fixture(scope="module")
def visits_db(tmp_path_factory):
    days = [f"2026-{m:02d}-{d:02d}" for m in (9, 10, 11) for d in (1, 15, 30)] + ["2026-10-31", "2026-10-31"]
    rows = ", ".join(f"({i}, '{day}T{10 + i % 9:02d}:05:00', '{('North', 'South')[i % 2]}')"
                     for i, day in enumerate(days, 1))
    return make_db(tmp_path_factory.mktemp("visits") / "visits.sqlite", f"""
        CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, arrival_time TEXT, site TEXT);
        INSERT INTO visits VALUES {rows};""")


def test_last_month_keeps_the_last_day_of_iso_times(visits_db):
    c = Conv(visits_db).ask("how many visits did we have last month?")
    assert int(c.rows[0][0]) == 5           # 1, 15, 30 and twice the 31st of October
    assert "23:59" not in c.sql


def test_a_year_keeps_its_last_evening(visits_db):
    c = Conv(visits_db).ask("how many visits in 2026?")
    assert int(c.rows[0][0]) == 11


def test_bounds_end_on_the_next_day():
    assert day_bounds("between", ["2026-10-01", "2026-10-31 23:59:59"]) == [(">=", "2026-10-01"), ("<", "2026-11-01")]
    assert day_bounds("between", ["2026-01-01", "2026-12-31"]) == [(">=", "2026-01-01"), ("<", "2027-01-01")]
    assert day_bounds("<=", ["2024-02-29"]) == [("<", "2024-03-01")]
    assert day_bounds(">", ["2026-12-31 23:59:59"]) == [(">=", "2027-01-01")]
    assert day_bounds(">", ["2026-12-31"]) is None              # a plain '> day' may be meant on times
    assert day_bounds("between", ["2026-10-01 08:00", "2026-10-01 17:30"]) is None
    assert day_bounds("between", [2020, 2024]) is None
