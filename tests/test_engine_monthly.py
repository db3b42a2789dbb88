"""Monthly data: a table with one row per month, each dated the first of its month. 'By month' over
it lists its rows (never a count of 1 per month) and shows each month as stored; 'the latest month
that has earnings data' is the newest month where that column has a value; a bare 'above 1000' on
the table's rows is its level, never its inflation-adjusted variant; 'and above 5000?' moves that
one bound."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows, text_rows


@pytest.fixture(scope="module")
def monthly_db(tmp_path_factory):
    vals = []
    for i in range(48):                        # 2019-01 .. 2022-12
        y, m = 2019 + i // 12, i % 12 + 1
        earnings = "NULL" if i >= 44 else f"{10 + i * 0.5}"
        vals.append(f"('{y:04d}-{m:02d}-01', {800 + i * 100}, {700 + i * 90}, {earnings})")
    return make_db(tmp_path_factory.mktemp("monthly") / "monthly.sqlite", f"""
    CREATE TABLE index_history (month DATE PRIMARY KEY, level REAL, real_level REAL, earnings REAL);
    INSERT INTO index_history VALUES {", ".join(vals)};
    """)


def test_the_profile_tells_monthly_dates_from_daily_ones(monthly_db, tmp_path):
    from c2q_shell.server.sources import SQLiteSource
    assert SQLiteSource(monthly_db).introspect().tables["index_history"].columns["month"].profile.grain == "month"
    daily = make_db(tmp_path / "daily.sqlite", """CREATE TABLE t (d DATE);
                    INSERT INTO t VALUES ('2020-01-01'), ('2020-01-02'), ('2020-02-01 00:00:00');""")
    assert SQLiteSource(daily).introspect().tables["t"].columns["d"].profile.grain == ""


def test_month_by_month_lists_the_rows_of_monthly_data(monthly_db):
    c = Conv(monthly_db).ask("Show the index history month by month in 2020.")
    assert "COUNT" not in c.sql.upper()
    assert [(r[0], float(r[1])) for r in c.rows] == rows(
        monthly_db, "SELECT month, level FROM index_history WHERE month LIKE '2020%' ORDER BY month")


def test_a_month_is_shown_as_stored(monthly_db):
    c = Conv(monthly_db).ask("What was the average level by year since 2021?")
    c.ask("show that by month instead")
    assert "STRFTIME" not in c.sql.upper()
    assert c.rows[0][0] == "2021-01-01" and len(c.rows) == 24
    assert c.sql.upper().count("AVG(LEVEL)") == 1        # 'average level' is one figure, not two


def test_the_latest_month_that_has_data_is_ranked_not_a_window(monthly_db):
    c = Conv(monthly_db).ask("What's the latest month that has earnings data?")
    assert c.rows[0][0] == text_rows(monthly_db, "SELECT MAX(month) FROM index_history WHERE earnings IS NOT NULL")[0][0]


def test_a_bare_bound_is_the_level_and_a_follow_up_moves_it(monthly_db):
    c = Conv(monthly_db).ask("In which month did the index history first go above 2000?")
    first = text_rows(monthly_db, "SELECT MIN(month) FROM index_history WHERE level > 2000")[0][0]
    assert c.rows[0][0] == first and "real_level" not in c.sql.split("WHERE")[1]
    c.ask("And above 4000?")
    assert c.rows[0][0] == text_rows(monthly_db, "SELECT MIN(month) FROM index_history WHERE level > 4000")[0][0]
    assert "month >=" not in c.sql


def test_a_figure_empty_at_the_time_asked_is_declined(monthly_db):
    from test_engine import declined
    msg = declined(Conv(monthly_db), "What were the earnings in December 2022?")
    assert "outside the data of earnings" in msg and "2022-08-01" in msg
    c = Conv(monthly_db).ask("What were the earnings in 2022?")       # some months of 2022 have them
    assert len(c.rows) == 12
    c = Conv(monthly_db).ask("What was the level in December 2022?")  # the level is there
    assert float(c.rows[0][-1]) == rows(monthly_db, "SELECT level FROM index_history WHERE month = '2022-12-01'")[0][0]
