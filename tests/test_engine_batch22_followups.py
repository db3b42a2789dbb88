"""Follow-up readings behind wrong answers of batch 22 of the blind sets, each on a schema of its own."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    return make_db(path, """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, industry TEXT, county TEXT,
                        joined_on TEXT);
    CREATE TABLE results (firm_id INTEGER PRIMARY KEY REFERENCES firms(firm_id), turnover INTEGER,
                          staff INTEGER);
    INSERT INTO firms VALUES
      (1,'Acorn','Retail','Kent','2018-03-01'),(2,'Birch','Software','Kent','2018-05-01'),
      (3,'Cedar','Software','Kent','2018-07-01'),(4,'Daisy','Retail','Essex','2019-01-01'),
      (5,'Elm','Software','Essex','2019-02-01'),(6,'Fern','Retail','Kent','2020-04-01'),
      (7,'Gorse','Software','Essex','2020-05-01'),(8,'Heath','Farming','Kent','2021-01-01');
    INSERT INTO results VALUES (1,100,5),(2,200,7),(3,300,9),(4,400,2),(5,500,4),(6,600,6),(7,700,8),
                               (8,50,1);
    """)


def test_which_of_them_after_the_one_year_a_ranking_kept_picks_among_its_rows(firms_db):
    c = Conv(firms_db)
    c.ask("How many firms joined each year?")
    c.ask("which year had the most?")
    assert [r[0] for r in c.rows] == ["2018"]
    c.ask("which of them are software firms?")
    # the 2018 software firms, never the software firms of the year with the most of them
    assert sorted(r[0] for r in c.rows) == ["Birch", "Cedar"]


def test_which_of_them_after_the_one_group_a_ranking_kept_picks_among_its_rows(firms_db):
    c = Conv(firms_db)
    c.ask("Which county has the most firms?")
    assert [r[0] for r in c.rows] == ["Kent"]
    c.ask("which of them are in software?")
    assert sorted(r[0] for r in c.rows) == ["Birch", "Cedar"]


def test_their_combined_figure_after_the_values_they_have_is_one_figure(firms_db):
    for q in ("what's their combined turnover?", "what's their turnover altogether?",
              "what is their turnover in total?"):
        c = Conv(firms_db)
        c.ask("Which firms are in Kent?")
        c.ask("what industries are they in?")
        assert len(c.rows) == 3
        c.ask(q)
        assert len(c.rows) == 1 and int(c.rows[0][-1]) == 1250, q


def test_their_combined_figure_after_the_first_groups_of_a_ranking_is_over_those_groups(firms_db):
    c = Conv(firms_db)
    c.ask("Which 2 industries have the most firms?")
    c.ask("what's their combined turnover?")
    assert len(c.rows) == 1 and int(c.rows[0][-1]) == 2800


def test_their_total_after_groups_is_still_each_groups(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms are in Kent?")
    c.ask("what industries are they in?")
    c.ask("what's their total turnover?")
    assert len(c.rows) == 3


@pytest.fixture(scope="module")
def takings_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("takings") / "takings.sqlite"
    return make_db(path, """
    CREATE TABLE receipts (receipt_id INTEGER PRIMARY KEY, paid_on TEXT, amount REAL, method TEXT, kind TEXT);
    INSERT INTO receipts VALUES
      (1,'2025-01-10',100,'card','deposit'),(2,'2025-01-20',50,'cash','balance'),
      (3,'2025-02-05',300,'card','deposit'),(4,'2025-02-15',70,'bank transfer','balance'),
      (5,'2025-03-01',20,'bank transfer','deposit'),(6,'2024-12-01',999,'card','deposit');
    """)


def test_a_question_that_says_the_period_again_with_a_grouping_of_its_own_starts_afresh(takings_db):
    c = Conv(takings_db)
    c.ask("How much money came in each month of 2025?")
    c.ask("just the deposits")
    c.ask("which month took the most in deposits?")
    assert len(c.rows) == 1
    c.ask("how much came in by card versus bank transfer in 2025?")
    # every receipt of 2025 (not only deposits), one total per method, never the top month
    assert sorted((r[0], float(r[-1])) for r in c.rows) == [("bank transfer", 90.0), ("card", 400.0)]


def test_a_narrowing_that_says_the_period_again_still_edits_the_answer(takings_db):
    c = Conv(takings_db)
    c.ask("How much money came in each month of 2025?")
    c.ask("just the deposits")
    c.ask("and by method in 2025?")
    assert sorted((r[0], float(r[-1])) for r in c.rows) == [("bank transfer", 20.0), ("card", 400.0)]


@pytest.fixture(scope="module")
def outgoings_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("outgoings") / "outgoings.sqlite"
    return make_db(path, """
    CREATE TABLE expenses (expense_id INTEGER PRIMARY KEY, spent_on TEXT, supplier TEXT, category TEXT,
                           amount REAL);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT);
    INSERT INTO expenses VALUES (1,'2024-05-01','Paperco','stock',10),(2,'2025-05-01','Paperco','stock',20),
                                (3,'2025-06-01','Glassworks','tools',30);
    INSERT INTO customers VALUES (1,'Ann'),(2,'Bo');
    """)


def test_after_a_round_not_answered_that_pointed_at_a_period_the_same_rows_are_declined(outgoings_db):
    c = Conv(outgoings_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "which supplier did we pay the most that year?", "what did we spend per category?")
    assert "that year" in str(e.value) and e.value.words == ["that year"]
    # a period of its own, or other rows, are asked on their own
    res = answered_after_a_decline(c, "which supplier did we pay the most that year?",
                                   "what did we spend per category in 2024?")
    assert "2024" in res.tasks[0].sql
    res = answered_after_a_decline(c, "which supplier did we pay the most that year?", "how many customers are there?")
    assert "customers" in res.tasks[0].sql


def _after_a_decline_that_follows(c: Conv, declined_q: str, q: str):
    return c.engine.answer(q, "direct", c.prev, skipped={"question": declined_q, "answered": False, "follows": True})


def test_a_pronoun_after_a_declined_question_only_about_the_same_row_still_points_at_it(firms_db):
    c = Conv(firms_db)
    c.ask("Which firm has the highest turnover?")
    for declined_q in ("who founded it?", "how many owners does it have?", "where is its head office?"):
        res = _after_a_decline_that_follows(c, declined_q, "what is its staff?")
        out = c.src.execute(res.tasks[0].sql, 1000, 10)
        assert len(out.rows) == 1 and "8" in [str(v) for v in out.rows[0]], declined_q


def test_a_pronoun_after_a_declined_question_that_could_pick_or_change_the_rows_is_declined(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms are in Kent?")
    for declined_q in ("which of them did we visit?", "how much did those jobs bring in?", "who owned them in 2019?",
                       "which did they buy most?"):
        with pytest.raises(Engine.CannotAnswer):
            _after_a_decline_that_follows(c, declined_q, "what is their staff?")
