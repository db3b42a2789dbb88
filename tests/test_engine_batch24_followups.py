"""Batch 24 of held-out sets: follow-ups, and what happens after a declined round — the general
causes of its wrong answers, each on a schema of its own. Right or declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, declined, make_db

from c2q_shell.server.engine import Engine


def _ledger(tmp_path, extra: str = ""):
    return make_db(tmp_path / "ledger.sqlite", f"""
    CREATE TABLE postings (posting_id INTEGER PRIMARY KEY, posted_on TEXT, supplier TEXT, kind TEXT,
                           amount REAL{extra});
    INSERT INTO postings (posting_id, posted_on, supplier, kind, amount) VALUES
      (1,'2024-01-05','Acme','invoice',100),(2,'2024-02-05','Acme','refund',-20),
      (3,'2024-05-05','Bolt','refund',-5),(4,'2023-03-05','Bolt','refund',-7),
      (5,'2024-07-05','Bolt','invoice',60),(6,'2024-11-05','Acme','invoice',40);
    """)


def test_what_the_rows_counted_add_up_to_is_the_sum_of_their_one_amount(tmp_path):
    path = _ledger(tmp_path)
    for q in ("what do they add up to?", "what's their total?"):
        c = Conv(path)
        c.ask("How many refunds were posted in 2024?")
        assert int(c.rows[0][0]) == 2
        c.ask(q)
        assert c.rows == [(-25,)] or [tuple(float(x) for x in r) for r in c.rows] == [(-25.0,)], q
        assert "SUM" in c.sql.upper()


def test_a_total_of_rows_counted_with_two_amounts_is_declined(tmp_path):
    path = _ledger(tmp_path, ", fee_amount REAL")
    c = Conv(path)
    c.ask("How many refunds were posted in 2024?")
    msg = declined(c, "what do they add up to?")
    assert "amount" in msg and "fee_amount" in msg


def test_the_top_one_of_a_ranking_asked_per_period_is_its_first_group_never_a_new_ranking(tmp_path):
    path = _ledger(tmp_path)
    c = Conv(path)
    c.ask("top 2 suppliers by total amount in 2024")
    assert len(c.rows) == 2
    c.ask("What was the total amount of the top one in each quarter?")
    # Acme (120 in 2024): 80 in Q1, 40 in Q4; never 2023's rows, never another supplier's
    assert sorted(float(r[-1]) for r in c.rows) == [40.0, 80.0]
    c = Conv(path)
    c.ask("top 2 suppliers by total amount in 2024")
    msg = declined(c, "What was the total amount of the lowest one in each quarter?")
    assert "the lowest one" in msg


def test_the_total_after_a_declined_round_about_the_same_rows_is_declined(tmp_path):
    path = make_db(tmp_path / "ar.sqlite", """
    CREATE TABLE invoices (invoice_no INTEGER PRIMARY KEY, issue_date TEXT, currency TEXT, total_amount REAL);
    INSERT INTO invoices VALUES (1,'2024-10-02','GBP',10),(2,'2024-11-02','EUR',-4),(3,'2024-03-02','GBP',7);
    """)
    c = Conv(path)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "List the zorblax invoices we issued in Q4 2024", "what's the total by currency?")
    assert "the total" in e.value.words
    for q in ("what is the total amount of invoices by currency?", "what's the total amount by currency?"):
        res = answered_after_a_decline(c, "List the zorblax invoices we issued in Q4 2024", q)
        assert "GROUP BY" in res.tasks[-1].sql.upper()


def test_after_a_declined_round_that_pointed_at_the_one_row_a_question_that_may_be_kept_to_it_is_declined(tmp_path):
    path = make_db(tmp_path / "cafe.sqlite", """
    CREATE TABLE events (id INTEGER PRIMARY KEY, event_date TEXT, volunteers_on_duty INTEGER);
    CREATE TABLE repairs (id INTEGER PRIMARY KEY, event_id INTEGER REFERENCES events(id), item TEXT);
    INSERT INTO events VALUES (1,'2024-01-06',5),(2,'2024-02-03',7),(3,'2024-03-02',4);
    INSERT INTO repairs VALUES (1,1,'kettle'),(2,3,'lamp'),(3,3,'toaster');
    """)
    c = Conv(path)
    c.ask("when was the last event")
    skipped = {"question": "how many zorbs at it", "answered": False, "follows": True}
    with pytest.raises(Engine.CannotAnswer) as e:
        c.engine.answer("how many volunteers were on duty", "direct", c.prev, skipped=skipped)
    assert "it" in e.value.words
    res = c.engine.answer("how many volunteers were on duty overall", "direct", c.prev, skipped=skipped)
    assert "SUM" in res.tasks[-1].sql.upper()


def test_per_a_noun_of_the_rows_that_is_also_a_column_after_a_declined_round_is_declined(tmp_path):
    path = make_db(tmp_path / "fix.sqlite", """
    CREATE TABLE repairs (id INTEGER PRIMARY KEY, category TEXT, item TEXT, donation REAL);
    INSERT INTO repairs VALUES (1,'electric','lamp',5),(2,'electric','lamp',3),(3,'textile','jeans',2);
    """)
    c = Conv(path)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "total donations per zorb", "avg donation per item")
    assert "per item" in e.value.words
    res = answered_after_a_decline(c, "total donations per zorb", "avg donation per category")
    assert "GROUP BY" in res.tasks[-1].sql.upper()


def test_a_question_said_in_full_after_and_following_a_declined_round_is_answered_alone(tmp_path):
    path = make_db(tmp_path / "hq.sqlite", """
    CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, sector TEXT, hq_region TEXT);
    INSERT INTO companies VALUES ('A','Alpha','Energy','Texas'),('B','Beta','Tech','Texas'),
                                 ('C','Gamma','Tech','Ireland'),('D','Delta','Energy','Ireland'),('E','Eps','Tech','Ohio');
    """)
    c = Conv(path)
    res = answered_after_a_decline(c, "How many zorbs do those Texas companies employ?",
                                   "and how many companies are headquartered in Ireland?")
    assert int(c.src.execute(res.tasks[-1].sql, 10, 10).rows[0][0]) == 2
    for declined_q, q in (("How many Tech zorbs are in Texas?", "and how many companies are in Ireland?"),
                          ("How many only zorbs are in Texas?", "and how many companies are in Ireland?"),
                          ("How many zorbs are in Texas?", "and how many are in Ireland?")):
        with pytest.raises(Engine.CannotAnswer) as e:
            answered_after_a_decline(Conv(path), declined_q, q)
        assert "and" in e.value.words, q

