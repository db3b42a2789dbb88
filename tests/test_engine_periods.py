"""Rows asked for in two periods that no row is in at once ('the level in January 2000 and January
2010') are the rows of each period, in time order; a figure over such periods is still declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def gauges_db(tmp_path_factory):
    readings = ", ".join(f"({i}, '{2019 + (i - 1) // 12}-{1 + (i - 1) % 12:02d}-01', {100 + (i * 37) % 90})"
                         for i in range(1, 61))
    return make_db(tmp_path_factory.mktemp("gauges") / "gauges.sqlite", f"""
    CREATE TABLE gauge_readings (reading_id INTEGER PRIMARY KEY, month TEXT, water_level_cm INTEGER);
    INSERT INTO gauge_readings VALUES {readings};
    """)


def _shown(c, *names):
    ix = [c.cols.index(n) for n in names]
    return [[str(r[i]) for i in ix] for r in c.rows]


def test_rows_of_two_named_months_are_both_shown_with_their_month(gauges_db):
    c = Conv(gauges_db).ask("What was the water level in March 2020 and March 2023?")
    want = rows(gauges_db, "SELECT month, water_level_cm FROM gauge_readings WHERE month LIKE '2020-03%' OR "
                           "month LIKE '2023-03%' ORDER BY month")
    assert len(want) == 2 and _shown(c, "month", "water_level_cm") == [[str(v) for v in r] for r in want]
    said = [a["explanation"] for a in c.res.tasks[-1].assumptions if a["concept"] == "month"]
    assert said and "each period named" in said[0]


def test_the_same_with_in_said_twice(gauges_db):
    c = Conv(gauges_db).ask("the water level in January 2019 and in January 2022")
    assert [m[:7] for m, in _shown(c, "month")] == ["2019-01", "2022-01"]


def test_a_figure_over_two_periods_is_still_declined(gauges_db):
    reason = declined(Conv(gauges_db), "what was the average water level in March 2020 and March 2023?")
    assert "periods" in reason
