"""Pointer words read inside one question, and questions said in full after a declined round
(batch 27): a round not answered leaves nothing for a question that names everything it asks,
while a follow-up that needs that round stays declined. Small schemas of their own."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def levels_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("levels") / "levels.sqlite"
    return make_db(path, """
    CREATE TABLE gauges (month TEXT, gauge_level REAL, site TEXT);
    INSERT INTO gauges VALUES ('2024-01-01',10,'North'),('2024-06-01',40,'South'),('2024-12-01',20,'North'),
                              ('2025-01-01',25,'North'),('2025-05-01',35,'South'),('2025-09-01',30,'North');
    """)


def test_a_question_said_in_full_after_a_declined_round_is_answered(levels_db):
    c = Conv(levels_db)
    c.ask("How much did the gauge level rise between January 2024 and January 2025?")
    res = answered_after_a_decline(c, "in percentage terms?", "Which month in 2025 had the highest gauge level?")
    got = Conv(levels_db).src.execute(res.tasks[-1].sql, 10, 10).rows
    assert [r[0] for r in got] == [r[0] for r in rows(levels_db, "SELECT month FROM gauges WHERE month LIKE '2025%' "
                                                      "ORDER BY gauge_level DESC LIMIT 1")]


def test_a_question_after_a_declined_round_that_named_rows_stays_declined(levels_db):
    c = Conv(levels_db)
    c.ask("How much did the gauge level rise between January 2024 and January 2025?")
    # the round not answered named a value ('North'): the question may be kept to it, or not
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "in percentage terms for North?", "Which month in 2025 had the highest gauge level?")
    assert "was not answered" in str(e.value)


def test_a_question_the_round_before_a_decline_adds_to_stays_declined(levels_db):
    c = Conv(levels_db)
    c.ask("What was the gauge level each month in 2024?")
    # read as a follow-up, the year of the round before holds: not a question of its own
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "in percentage terms?", "Which month had the highest gauge level?")
    assert "was not answered" in str(e.value)
