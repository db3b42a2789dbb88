"""The last check of every plan (engine/shape.py): an answer must have the shape its asking words
call for — a date for 'when', a number for 'how many', a share for 'what percentage' — or the
question is declined. Checked on plans built by hand over a schema the test creates, and end to end."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine import Engine, shape
from c2q_shell.server.engine.catalog import Catalog
from c2q_shell.server.engine.plan import Agg, Dim, Order, Plan
from c2q_shell.server.sources import SQLiteSource


@pytest.fixture(scope="module")
def gauges_db(tmp_path_factory):
    rows = ", ".join(f"({i}, 'G{i % 3}', '2024-{1 + i % 12:02d}-{1 + i % 27:02d}', {i * 1.5}, {i % 7})"
                     for i in range(1, 40))
    return make_db(tmp_path_factory.mktemp("gauges") / "gauges.sqlite", f"""
    CREATE TABLE gauges (gauge_id INTEGER PRIMARY KEY, site TEXT, read_on TEXT, level REAL, alarms INTEGER);
    INSERT INTO gauges VALUES {rows};
    """)


@pytest.fixture(scope="module")
def cat(gauges_db):
    return Catalog(SQLiteSource(gauges_db).introspect(), {}, [])


def declined(q: str, plan: Plan, cat: Catalog) -> str:
    with pytest.raises(Engine.CannotAnswer) as e:
        shape.check(q, plan, cat)
    return str(e.value)


def test_when_needs_a_date_in_the_answer(cat):
    top = Plan("gauges", select=["gauges.site", "gauges.level"], order=[Order("col", "gauges.level")], limit=1)
    assert "when' asks for a date" in declined("what was the highest level ever, and when?", top, cat)
    assert "'When'" in declined("When was it read?", Plan("gauges", select=["gauges.site"]), cat)
    shape.check("When was the level highest?",
                Plan("gauges", order=[Order("col", "gauges.read_on")], limit=1), cat)       # the date is shown
    shape.check("when was the first reading?", Plan("gauges", measures=[Agg("min", "gauges.read_on")]), cat)
    shape.check("When were the most alarms?",
                Plan("gauges", measures=[Agg("sum", "gauges.alarms")], group=[Dim("gauges.read_on", "month")]), cat)


def test_how_many_needs_a_number(cat):
    rows = Plan("gauges", select=["gauges.site"])
    assert "'how many'" in declined("how many gauges read above 10?", rows, cat)
    shape.check("how many gauges read above 10?", Plan("gauges", measures=[Agg("count")]), cat)
    shape.check("How many alarms did gauge 3 raise?", Plan("gauges", select=["gauges.alarms"]), cat)   # a count column


def test_a_percentage_needs_a_share(cat):
    counted = Plan("gauges", measures=[Agg("count")], group=[Dim("gauges.site")])
    assert "'what percentage'" in declined("what percentage of readings are from each site?", counted, cat)
    shape.check("what percentage of readings are from each site?",
                Plan("gauges", measures=[Agg("pct_total")], group=[Dim("gauges.site")]), cat)


def test_end_to_end_right_or_declined(gauges_db):
    c = Conv(gauges_db)
    try:
        c.ask("what was the highest level ever, and when?")
    except Engine.CannotAnswer as e:
        assert "when" in str(e)
    else:
        assert "2024-04-13" in [str(v) for row in c.rows for v in row]      # gauge 39: level 58.5
