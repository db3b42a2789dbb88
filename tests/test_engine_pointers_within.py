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


@pytest.fixture(scope="module")
def wards_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("wards") / "wards.sqlite"
    return make_db(path, """
    CREATE TABLE wards (ward_id INTEGER PRIMARY KEY, ward_name TEXT, floor_number INTEGER, speciality TEXT,
                        opened_on TEXT);
    CREATE TABLE nurses (nurse_id INTEGER PRIMARY KEY, nurse_name TEXT, ward_id INTEGER REFERENCES wards(ward_id),
                         grade TEXT);
    INSERT INTO wards VALUES (1,'Ash',1,'Cardiology','2001-01-01'),(2,'Birch',2,'Surgery','2010-05-01'),
                             (3,'Cedar',2,'Cardiology','2015-03-01');
    INSERT INTO nurses VALUES (1,'Ann',1,'Senior'),(2,'Bo',1,'Junior'),(3,'Cy',2,'Senior'),(4,'Di',3,'Junior');
    """)


def _names(c: Conv) -> set:
    return {r[c.cols.index("ward_name")] for r in c.rows}


def test_their_column_of_the_rows_a_first_question_lists_is_those_rows(wards_db):
    c = Conv(wards_db)
    c.ask("List the Cardiology wards with their floor number")
    assert "floor_number" in c.cols and _names(c) == {"Ash", "Cedar"}
    c = Conv(wards_db)
    c.ask("List the wards and the floor number they're on")
    assert "floor_number" in c.cols and _names(c) == {r[0] for r in rows(wards_db, "SELECT ward_name FROM wards")}


def test_a_pronoun_that_says_more_than_the_rows_listed_still_points_back(wards_db):
    for q in ("List each ward with the number of nurses they have",      # a figure per row
              "Which wards opened later than they were planned?",        # a comparison
              "Wards by how they were opened",                           # a grouping
              "wards on floor 2 and when they opened"):                  # a number; 'they' before its column
        with pytest.raises(Engine.CannotAnswer):
            Conv(wards_db).ask(q)


def test_a_lead_in_saying_what_the_answer_is_for_is_not_part_of_the_question(wards_db):
    c = Conv(wards_db)
    c.ask("For this week's note: how many wards are there in Cardiology?")
    assert c.rows[0][0] in (2, "2")
    c = Conv(wards_db)
    c.ask("Let's start simple: list the Cardiology wards")
    assert _names(c) == {"Ash", "Cedar"}
    # 'the Surgery report' is not an occasion of the asker's own: its words still count
    with pytest.raises(Engine.CannotAnswer) as e:
        Conv(wards_db).ask("For the Surgery report: how many wards are there?")
    assert "report" in str(e.value)


def test_a_tables_noun_alone_after_a_declined_round_is_declined(wards_db):
    c = Conv(wards_db)
    for q in ("nurses?", "the nurses"):
        with pytest.raises(Engine.CannotAnswer) as e:
            answered_after_a_decline(c, "who transferred this year", q)
        assert "was not answered" in str(e.value) and "'nurses' (of which rows?)" in str(e.value)
    # as a first question it lists the table
    c.ask("nurses?")
    assert len(c.rows) == 4


def test_a_question_about_the_periods_a_declined_round_broke_a_year_into_is_declined(levels_db):
    c = Conv(levels_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "Gauge readings by month in 2024", "which month had the highest gauge level?")
    assert "'2024'" in str(e.value) and "not answered" in str(e.value)
    # with a period of its own it stands alone
    res = answered_after_a_decline(c, "Gauge readings by month in 2024", "which month of 2025 had the highest gauge level?")
    got = Conv(levels_db).src.execute(res.tasks[-1].sql, 10, 10).rows
    assert got[0][0].startswith("2025-05")


def test_a_question_after_a_declined_it_of_the_one_value_kept_to_is_declined(wards_db):
    c = Conv(wards_db)
    c.ask("List the nurses on the Ash ward")
    skipped = {"question": "when was it opened?", "answered": False, "follows": True}
    with pytest.raises(Engine.CannotAnswer) as e:
        c.engine.answer("how many Senior nurses are there?", "direct", c.prev, skipped=skipped)
    assert "'Ash'" in str(e.value) and "'it'" in str(e.value)
    # 'overall' says every ward
    res = c.engine.answer("how many Senior nurses are there overall?", "direct", c.prev, skipped=skipped)
    assert Conv(wards_db).src.execute(res.tasks[-1].sql, 10, 10).rows[0][0] in (2, "2")
