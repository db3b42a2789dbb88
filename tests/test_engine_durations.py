"""Durations between two dates of the same rows ('average days to pay an invoice', 'mean time to
resolve by priority, in hours', 'which vendor do we pay slowest'), late / within terms / overdue
against a due date, and one column against another ('where actual is above budget'): worked out from
the pair of columns the words name, rows with no end left out; two pairs that fit are declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db

SCHEMA = """
    CREATE TABLE suppliers (sup_no INTEGER PRIMARY KEY, sup_name TEXT, region TEXT);
    CREATE TABLE bills (bill_id INTEGER PRIMARY KEY, sup_no INTEGER REFERENCES suppliers(sup_no), bill_ref TEXT,
                        issued_on TEXT, due_on TEXT, paid_on TEXT, amount REAL);
    INSERT INTO suppliers VALUES (1,'Acme','North'),(2,'Birch','South');
    INSERT INTO bills VALUES (1,1,'B1','2024-01-01','2024-01-31','2024-01-11',100),
      (2,1,'B2','2024-02-01','2024-03-02','2024-03-12',50),(3,2,'B3','2024-01-05','2024-02-04','2024-03-05',70),
      (4,2,'B4','2024-03-01','2024-03-31',NULL,20),(5,1,'B5','2024-04-20','2024-05-20',NULL,30);
    CREATE TABLE tickets (tkt TEXT PRIMARY KEY, priority TEXT, opened_at TEXT, acked_at TEXT, closed_at TEXT);
    INSERT INTO tickets VALUES ('T1','P1','2025-01-01T00:00:00Z','2025-01-01T00:30:00Z','2025-01-01T06:00:00Z'),
      ('T2','P1','2025-01-02T00:00:00Z','2025-01-02T01:30:00Z','2025-01-02T12:00:00Z'),
      ('T3','P2','2025-01-03T00:00:00Z','2025-01-03T02:00:00Z',NULL);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, job_name TEXT, budget REAL, actual REAL);
    INSERT INTO jobs VALUES (1,'Roof',100,130),(2,'Wall',200,150),(3,'Door',50,60);
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("durations") / "ap.sqlite", SCHEMA)


def test_average_days_between_the_pair_the_verb_names(db):
    c = Conv(db).ask("average days to pay a bill")
    assert round(float(c.rows[0][0]), 4) == round((10 + 40 + 60) / 3, 4)      # the two unpaid left out
    assert "paid_on IS NOT NULL" in c.sql and "issued_on" in c.sql


def test_hours_by_group_and_the_slowest_group(db):
    c = Conv(db).ask("mean time to close by priority, in hours")
    assert sorted((r[0], round(float(r[1]), 2)) for r in c.rows) == [("P1", 9.0)]
    c = Conv(db).ask("mean time to ack a ticket, in minutes")
    assert round(float(c.rows[0][0]), 2) == round((30 + 90 + 120) / 3, 2)
    c = Conv(db).ask("which supplier do we pay slowest?")
    assert [r[0] for r in c.rows] == ["Birch"]
    c = Conv(db).ask("average days to pay a bill by supplier").ask("which supplier is fastest?")
    assert [r[0] for r in c.rows] == ["Acme"]


def test_late_within_terms_and_overdue(db):
    c = Conv(db).ask("which bills were paid late?")
    assert sorted(r[0] for r in c.rows) == ["B2", "B3"]
    c.ask("how late on average?")
    assert round(float(c.rows[0][0]), 4) == round((10 + 30) / 2, 4)
    c.ask("how many late ones per supplier?")
    assert sorted(tuple(r) for r in c.rows) == [("Acme", "1"), ("Birch", "1")] or \
        sorted((r[0], int(r[1])) for r in c.rows) == [("Acme", 1), ("Birch", 1)]
    c = Conv(db).ask("how many bills were paid within terms?")
    assert int(c.rows[0][0]) == 1
    c = Conv(db).ask("how many bills are overdue?")
    # "today" is the newest date of the rows (2024-04-20, never a due date ahead): B4 only
    assert int(c.rows[0][0]) == 1 and "'2024-04-20'" in c.sql


def test_column_against_column(db):
    c = Conv(db).ask("jobs where actual is above budget")
    assert sorted(r[0] for r in c.rows) == ["Door", "Roof"] and "actual > budget" in c.sql
    c.ask("how many of them?")
    assert int(c.rows[0][0]) == 2
    c = Conv(db).ask("jobs with an actual above 100")           # a number stays a number
    assert sorted(r[0] for r in c.rows) == ["Roof", "Wall"]


def test_two_pairs_that_fit_are_declined(tmp_path):
    path = make_db(tmp_path / "two.sqlite", """
        CREATE TABLE cases (case_id INTEGER PRIMARY KEY, opened_at TEXT, reported_at TEXT, fixed_at TEXT);
        INSERT INTO cases VALUES (1,'2024-01-01','2024-01-02','2024-01-05');""")
    reason = declined(Conv(path), "average days to fix a case")
    assert "opened_at" in reason and "reported_at" in reason


def test_the_span_in_mysql(db):
    from c2q_shell.server.engine.plan import Agg, Filter, Plan
    from c2q_shell.server.engine.sqlgen import to_sql
    cat = Conv(db).engine.cat
    cat.dialect = "mysql"
    sql = to_sql(Plan(table="bills", measures=[Agg("avg", "bills.paid_on", since="bills.issued_on", unit="hour")],
                      filters=[Filter("bills.paid_on", ">", ["bills.due_on"], kind="column")]), cat)
    assert "TIMESTAMPDIFF(SECOND, issued_on, paid_on) / 86400.0" in sql and "paid_on > due_on" in sql


def test_the_span_runs_on_mysql(db, mysql_url):
    """The same statement on a real MariaDB: the days between the two dates, and the comparison."""
    from urllib.parse import urlparse

    import pymysql

    from c2q_shell.server.engine.plan import Agg, Filter, Plan
    from c2q_shell.server.engine.sqlgen import to_sql
    cat = Conv(db).engine.cat
    cat.dialect = "mysql"
    sql = to_sql(Plan(table="bills", measures=[Agg("avg", "bills.paid_on", since="bills.issued_on")],
                      filters=[Filter("bills.paid_on", ">", ["bills.due_on"], kind="column")]), cat)
    u = urlparse(mysql_url)
    conn = pymysql.connect(host=u.hostname, port=u.port, user=u.username, password=u.password,
                           database=u.path.lstrip("/"), autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE bills (bill_id INT PRIMARY KEY, issued_on DATE, due_on DATE, paid_on DATE)")
            cur.execute("INSERT INTO bills VALUES (1,'2024-01-01','2024-01-31','2024-01-11'),"
                        "(2,'2024-02-01','2024-03-02','2024-03-12'),(3,'2024-01-05','2024-02-04','2024-03-05')")
            cur.execute(sql)
            assert float(cur.fetchone()[0]) == 50.0        # (40 + 60) / 2: the two paid after their due date
    finally:
        with conn.cursor() as cur:
            cur.execute("DROP TABLE IF EXISTS bills")
        conn.close()


def test_open_for_more_than_n_days_and_fragments_alone(db):
    c = Conv(db).ask("how many bills are still unpaid for more than 30 days?")
    # today 2024-04-20: B4 issued 2024-03-01 (before 2024-03-21) is; B5 issued on today's date is not
    assert int(c.rows[0][0]) == 1 and "paid_on IS NULL" in c.sql and "'2024-03-21'" in c.sql
    assert "'how late on average?'" in declined(Conv(db), "how late on average?")     # nothing to point at


def test_a_kind_the_noun_may_name_and_a_column_that_holds_it(tmp_path):
    path = make_db(tmp_path / "docs.sqlite", """
        CREATE TABLE invoices (doc_id INTEGER PRIMARY KEY, doc_kind TEXT, issue_dt TEXT, paid_dt TEXT);
        INSERT INTO invoices VALUES (1,'INV','2024-01-01','2024-01-11'),(2,'CRN','2024-01-02','2024-01-03');
        CREATE TABLE claims (claim_id INTEGER PRIMARY KEY, opened_on TEXT, settled_on TEXT, days_to_settle INTEGER);
        INSERT INTO claims VALUES (1,'2024-01-01','2024-01-05',4),(2,'2024-01-01','2024-01-09',8);""")
    reason = declined(Conv(path), "average days to pay an invoice")
    assert "doc_kind" in reason and "'INV'" in reason
    c = Conv(path).ask("average days to settle a claim")
    assert "days_to_settle" in c.sql and "JULIANDAY" not in c.sql.upper()


def test_the_unit_said_inside_and_a_period_of_the_verbs_own_date(db):
    c = Conv(db).ask("average time to close in hours per priority")
    assert [(r[0], round(float(r[1]), 2)) for r in c.rows] == [("P1", 9.0)]
    # 'paid late in March': the period is of the payment (the verb kept for the engine), never of the issue date
    c = Conv(db).ask("which bills were paid late in March 2024?")
    assert sorted(r[0] for r in c.rows) == ["B2", "B3"] and "paid_on >= '2024-03-01'" in c.sql
