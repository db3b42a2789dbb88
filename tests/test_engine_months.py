"""Dates, periods and currencies on schemas the engine was never tuned on: months kept as text
('2024-09'), a month or quarter said without its year, quarters and halves of a year, a year said
before a name ('the full-year 2024 cost'), and money in several currencies never added up across
them. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def plans_db(tmp_path_factory):
    """Teams with a monthly plan (month as 'YYYY-MM' text) beside postings of one year whose free
    text names months ('Rent September 2024')."""
    path = tmp_path_factory.mktemp("plans") / "plans.sqlite"
    plan = ", ".join(f"('{t}', '2024-{m:02d}', {100 * m + (7 if t == 'OPS' else 0)})"
                     for t in ("OPS", "ENG") for m in range(1, 13))
    posts = ", ".join(f"({i}, '2024-{1 + i % 12:02d}-{1 + i % 27:02d}', '{('OPS', 'ENG')[i % 2]}', {10.0 * i}, "
                      f"'Rent {('January', 'September', 'March')[i % 3]} 2024')" for i in range(1, 61))
    return make_db(path, f"""
    CREATE TABLE teams (team_code TEXT PRIMARY KEY, team_name TEXT);
    CREATE TABLE plan_lines (team_code TEXT REFERENCES teams(team_code), month TEXT, planned_cost REAL,
                             PRIMARY KEY (team_code, month));
    CREATE TABLE postings (post_id INTEGER PRIMARY KEY, posted_on TEXT, team_code TEXT REFERENCES teams(team_code),
                           cost REAL, memo TEXT);
    INSERT INTO teams VALUES ('OPS', 'Operations'), ('ENG', 'Engineering');
    INSERT INTO plan_lines VALUES {plan};
    INSERT INTO postings VALUES {posts};
    """)


def one(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()[0]


def test_a_month_kept_as_text_is_filtered_and_grouped_as_a_month(plans_db):
    c = Conv(plans_db)
    c.ask("total planned cost in November 2024")
    assert float(c.rows[0][0]) == one(plans_db, "SELECT SUM(planned_cost) FROM plan_lines WHERE month = '2024-11'")
    c = Conv(plans_db)
    c.ask("total planned cost for the full year 2024")
    assert float(c.rows[0][0]) == one(plans_db, "SELECT SUM(planned_cost) FROM plan_lines")
    c = Conv(plans_db)
    c.ask("total planned cost in each month of 2024")
    assert len(c.rows) == 12 and float(c.rows[0][-1]) == one(
        plans_db, "SELECT SUM(planned_cost) FROM plan_lines WHERE month = '2024-01'")
    c = Conv(plans_db)
    c.ask("total planned cost by quarter")
    assert [float(r[-1]) for r in c.rows][:1] == [one(
        plans_db, "SELECT SUM(planned_cost) FROM plan_lines WHERE month <= '2024-03'")]


def test_a_month_name_is_a_time_never_a_word_of_a_text_value(plans_db):
    c = Conv(plans_db)
    c.ask("total cost of postings in September")       # the one year of the data, said so
    assert float(c.rows[0][0]) == one(plans_db, "SELECT SUM(cost) FROM postings WHERE posted_on LIKE '2024-09%'")
    assert "memo" not in c.sql
    assert any("2024" in a["explanation"] for a in c.res.tasks[-1].assumptions)


def test_quarters_and_halves_of_a_year(plans_db):
    c = Conv(plans_db)
    c.ask("total cost of postings in Q3 2024")
    assert float(c.rows[0][0]) == one(
        plans_db, "SELECT SUM(cost) FROM postings WHERE posted_on BETWEEN '2024-07-01' AND '2024-09-30'")
    c = Conv(plans_db)
    c.ask("total cost of postings in the second half of 2024")
    assert float(c.rows[0][0]) == one(plans_db, "SELECT SUM(cost) FROM postings WHERE posted_on >= '2024-07-01'")
    c = Conv(plans_db)
    c.ask("total cost of postings in Q1")
    assert float(c.rows[0][0]) == one(plans_db, "SELECT SUM(cost) FROM postings WHERE posted_on < '2024-04-01'")


def test_a_year_said_before_a_name_is_its_period(plans_db):
    c = Conv(plans_db)
    c.ask("the 2024 cost of postings by team")
    assert "2024-01-01" in c.sql and len(c.rows) == 2


@pytest.fixture(scope="module")
def bills_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("bills") / "bills.sqlite"
    rows = ", ".join(f"({i}, '2024-{1 + i % 12:02d}-05', '{('EUR', 'USD', 'GBP')[i % 3]}', {100.0 + i}, "
                     f"{(0.85, 0.79, 1.0)[i % 3]})" for i in range(1, 31))
    return make_db(path, f"""
    CREATE TABLE bills (bill_id INTEGER PRIMARY KEY, bill_dt TEXT, curr TEXT, net_amt REAL, fx_to_gbp REAL);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, sold_on TEXT, currency TEXT, amount REAL, region TEXT);
    INSERT INTO bills VALUES {rows};
    INSERT INTO sales VALUES (1, '2024-01-02', 'EUR', 10, 'N'), (2, '2024-02-02', 'USD', 20, 'S'),
                             (3, '2024-03-02', 'EUR', 30, 'S');
    """)


def test_money_in_several_currencies_is_never_added_up_across_them(bills_db):
    c = Conv(bills_db)
    c.ask("total net_amt in 2024")              # each row's rate to one currency: converted, said so
    assert float(c.rows[0][0]) == pytest.approx(one(bills_db, "SELECT SUM(net_amt * fx_to_gbp) FROM bills"))
    assert any("fx_to_gbp" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(bills_db)
    c.ask("total sales amount")                 # no rate: one total per currency
    assert sorted((r[0], float(r[1])) for r in c.rows) == [("EUR", 40.0), ("USD", 20.0)]
    assert "currency" in declined(c, "total amount by region")


@pytest.fixture(scope="module")
def rides_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("rides") / "rides.sqlite"
    trips = ", ".join(f"({i}, '2025-{1 + i % 9:02d}-{1 + i % 28:02d}', {1 + i % 3}, {2.5 * i}, {4.0 + i % 5})"
                      for i in range(1, 46))
    return make_db(path, f"""
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, full_name TEXT, is_paid INTEGER, works_saturday INTEGER);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, trip_date TEXT, driver_id INTEGER REFERENCES drivers(driver_id),
                        miles REAL, fare REAL);
    CREATE TABLE stocks (ticker TEXT PRIMARY KEY, company TEXT, staff INTEGER);
    INSERT INTO drivers VALUES (1, 'Ann Lee', 1, 1), (2, 'Bo Tan', 0, 0), (3, 'Cy Diaz', 1, 0);
    INSERT INTO trips VALUES {trips};
    INSERT INTO stocks VALUES ('PPL', 'Power Plc', 10), ('ACN', 'Accenture', 20);
    """)


def test_phone_words_and_common_misspellings_are_the_words_they_stand_for(rides_db):
    c = Conv(rides_db)
    c.ask("avg miles per yr")
    assert float(c.rows[0][-1]) == pytest.approx(one(rides_db, "SELECT AVG(miles) FROM trips"))
    c = Conv(rides_db)
    c.ask("total fare recieved by month for 2025 pls")
    assert sum(float(r[-1]) for r in c.rows) == pytest.approx(one(rides_db, "SELECT SUM(fare) FROM trips"))
    c = Conv(rides_db)
    c.ask("# of trips w/ miles above 100")
    assert int(c.rows[0][0]) == one(rides_db, "SELECT COUNT(*) FROM trips WHERE miles > 100")
    c = Conv(rides_db)                          # a value typed like a phone word stays that value
    c.ask("staff of PPL")
    assert c.rows[0][-1] in (10, "10")


def test_a_yes_no_column_is_never_money(rides_db):
    assert "income" in declined(Conv(rides_db), "fare income by month")


def test_a_span_of_months_without_a_year(rides_db):
    c = Conv(rides_db)
    c.ask("total miles jan to june")
    assert float(c.rows[0][0]) == pytest.approx(one(rides_db, "SELECT SUM(miles) FROM trips WHERE trip_date < '2025-07-01'"))


def test_a_weekday_named_by_a_yes_no_column_of_another_table_is_declined(rides_db):
    assert "saturday" in declined(Conv(rides_db), "total miles of drivers on saturdays")


def test_a_phone_word_typed_in_capitals_is_a_name():
    from c2q_shell.server.engine.text import Question
    assert [t.text for t in Question.of("VS Code users vs last yr").tokens] == \
        ["vs", "code", "users", "versus", "last", "year"]
