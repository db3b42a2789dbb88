"""Batch 24 of held-out sets: follow-ups, and what happens after a declined round — the general
causes of its wrong answers, each on a schema of its own. Right or declined, never another answer."""
from __future__ import annotations

from test_engine import Conv, declined, make_db


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


def test_the_top_one_of_a_ranking_asked_per_period_is_declined_never_a_new_ranking(tmp_path):
    path = _ledger(tmp_path)
    c = Conv(path)
    c.ask("top 2 suppliers by amount in 2024")
    assert len(c.rows) == 2
    msg = declined(c, "How much did we spend with the top one in each quarter?")
    assert "the top one" in msg
