"""What was billed (batch 31): 'what has Ann billed this year?' is the total of the money billed —
never the bills listed — over the bills that count as billed (not draft or void), on the bills' own
dates; and 'homes versus businesses?' after a round not answered has nothing to compare the sides
on. Each on a small schema of its own; right or declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def trade_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("trade") / "trade.sqlite"
    return make_db(path, """
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, name TEXT, kind TEXT, town TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                       job_type TEXT, engineer TEXT, started_on TEXT);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, ref TEXT, job_id INTEGER REFERENCES jobs(job_id),
                           client_id INTEGER REFERENCES clients(client_id), issued_on TEXT, amount REAL,
                           status TEXT);
    INSERT INTO clients VALUES (1,'Hill','home','Leeds'),(2,'Acme','business','York'),(3,'Dale','home','York');
    INSERT INTO jobs VALUES (1,1,'Rewire','Ann','2024-12-20'),(2,2,'Lighting','Ann','2025-02-01'),
                            (3,3,'Rewire','Bo','2025-03-01'),(4,1,'Fuse box','Ann','2025-04-01'),
                            (5,2,'Lighting','Bo','2024-06-01'),(6,3,'Rewire','Ann','2025-05-01');
    INSERT INTO invoices VALUES (1,'INV-1',1,1,'2025-01-10',100,'sent'),(2,'INV-2',2,2,'2025-02-10',200,'sent'),
                                (3,'INV-3',3,3,'2025-03-10',400,'sent'),(4,'INV-4',4,1,'2025-04-10',800,'draft'),
                                (5,'INV-5',5,2,'2024-06-10',1600,'sent'),(6,'INV-6',6,3,'2025-05-10',3200,'void'),
                                (7,'INV-7',2,2,'2025-06-10',50,'sent');
    """)


def _total(c: Conv) -> float:
    assert len(c.rows) == 1 and len(c.cols) == 1, (c.cols, c.rows)
    return float(c.rows[0][0])


def test_what_a_person_billed_is_the_total_of_the_bills_sent_that_year(trade_db):
    c = Conv(trade_db).ask("What has Ann billed this year?")
    # the bills' own date (INV-1 was issued in 2025 for a job started in 2024), draft and void left out
    assert _total(c) == rows(trade_db, "SELECT SUM(i.amount) FROM invoices i JOIN jobs j ON j.job_id = i.job_id "
                                       "WHERE j.engineer = 'Ann' AND i.status = 'sent' AND i.issued_on LIKE '2025%'")[0][0]
    assert _total(c.ask("and Bo?")) == 400


def test_the_plain_verb_after_whoever_billed_is_a_total_too(trade_db):
    assert _total(Conv(trade_db).ask("What did we invoice in 2024?")) == 1600
    assert _total(Conv(trade_db).ask("What did Ann bill this year?")) == 350
    assert _total(Conv(trade_db).ask("What has Ann invoiced?")) == 350


def test_a_bill_named_as_a_noun_is_still_the_rows(trade_db):
    c = Conv(trade_db).ask("What invoice has the highest amount?")
    assert c.col("ref") == ["INV-6"]


def test_two_sides_compared_after_a_round_not_answered_are_declined(trade_db):
    c = Conv(trade_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "How long do people take to pay us, on average?", "homes versus businesses?")
    assert "was not answered" in str(e.value)
