"""The rate of a yes/no column: 'churn rate', 'churn rate by plan', 'which plan has the worst churn
rate?' (worst is the highest for bad news such as churned), 'churn rate per month' — the percentage
of rows whose flag is set. 'worst' of a flag with no direction (opted in) is declined. The schema
is built here."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def subs_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("subs") / "subs.sqlite"
    accounts = ",".join(
        f"({i},'{('basic', 'pro', 'team')[i % 3]}','2024-0{1 + i % 4}-{1 + i % 27:02d}',"
        f"'{'yes' if (i * 7) % 5 < 2 + i % 3 else 'no'}',{(i * 3) % 2})" for i in range(1, 61))
    return make_db(path, f"""
    CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, plan_tier TEXT, signed_up TEXT, churned TEXT,
                           opted_in INTEGER);
    INSERT INTO accounts VALUES {accounts};
    CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_name TEXT);
    CREATE TABLE games (game_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id), escaped INTEGER);
    INSERT INTO rooms VALUES (1,'Vault'),(2,'Crypt'),(3,'Attic');
    INSERT INTO games VALUES {",".join(f"({i},{1 + i % 3},{1 if (i * 5) % 7 < 3 + i % 3 else 0})" for i in range(1, 40))};
    """)


def _close(got, ref) -> bool:
    return sorted((r[0], round(float(r[-1]), 4)) for r in got) == sorted((r[0], round(float(r[-1]), 4)) for r in ref)


def test_rate_of_a_flag_alone_and_by_a_group(subs_db):
    c = Conv(subs_db).ask("churn rate")
    assert round(float(c.rows[0][0]), 4) == round(rows(subs_db, "SELECT 100.0 * SUM(churned = 'yes') / COUNT(*) "
                                                                "FROM accounts")[0][0], 4)
    assert any("percentage" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c = Conv(subs_db).ask("churn rate by plan tier")
    assert _close(c.rows, rows(subs_db, "SELECT plan_tier, 100.0 * SUM(churned = 'yes') / COUNT(*) FROM accounts "
                                        "GROUP BY plan_tier"))


def test_worst_rate_of_bad_news_is_the_highest(subs_db):
    ref = rows(subs_db, "SELECT plan_tier FROM accounts GROUP BY plan_tier "
                        "ORDER BY 1.0 * SUM(churned = 'yes') / COUNT(*) DESC LIMIT 1")[0][0]
    assert Conv(subs_db).ask("which plan tier has the worst churn rate?").rows[0][0] == ref
    c = Conv(subs_db).ask("churn rate by plan tier")
    assert c.ask("which plan tier has the worst churn rate?").rows[0][0] == ref


def test_worst_of_a_flag_with_no_direction_is_declined(subs_db):
    assert "worst" in declined(Conv(subs_db), "which plan tier has the worst opted in rate?")


def test_rate_of_a_flag_per_month(subs_db):
    c = Conv(subs_db).ask("churn rate per month")
    assert _close(c.rows, rows(subs_db, "SELECT strftime('%Y-%m', signed_up), 100.0 * SUM(churned = 'yes') / COUNT(*) "
                                        "FROM accounts GROUP BY 1"))


def test_rate_of_a_flag_of_another_tables_rows_is_over_those_rows(subs_db):
    c = Conv(subs_db).ask("what's the escape rate for each room?")
    assert _close(c.rows, rows(subs_db, "SELECT r.room_name, 100.0 * AVG(g.escaped) FROM games g "
                                        "JOIN rooms r ON r.room_id = g.room_id GROUP BY r.room_name"))
