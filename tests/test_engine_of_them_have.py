"""'how many of them have a yield above 3': the rows pointed at are counted and what they have is
their condition; 'pay a dividend above 3' compares the dividend (the verb only says it is paid)."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def funds_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("funds") / "funds.sqlite", """
        CREATE TABLE funds (code TEXT PRIMARY KEY, name TEXT, category TEXT);
        CREATE TABLE fund_stats (code TEXT PRIMARY KEY REFERENCES funds(code), dividend_yield REAL, fee REAL);
        INSERT INTO funds VALUES ('A1','Alder Income','Income'),('A2','Birch Income','Income'),
          ('A3','Cedar Income','Income'),('A4','Dale Income','Income'),('G1','Elm Growth','Growth'),
          ('G2','Fir Growth','Growth'),('B1','Gorse Bond','Bond');
        CREATE TABLE market_monthly (month TEXT PRIMARY KEY, level REAL, dividend REAL, real_dividend REAL);
        INSERT INTO market_monthly VALUES ('2024-01-01', 4800, 70.1, 71.0), ('2024-02-01', 5000, 70.5, 71.2);
        INSERT INTO fund_stats VALUES ('A1',4.5,0.5),('A2',2.0,0.4),('A3',3.5,0.6),('A4',0,0.3),
          ('G1',1.0,0.9),('G2',3.2,0.8),('B1',5.0,0.2);""")


def test_how_many_of_them_have_a_measure_above_counts_the_rows_pointed_at(funds_db):
    c = Conv(funds_db).ask("which category has the most funds?")
    assert c.rows[0][0] == "Income"
    c.ask("how many of them have a dividend yield above 3?")
    want = rows(funds_db, "SELECT COUNT(*) FROM funds f JOIN fund_stats s ON s.code = f.code "
                          "WHERE f.category = 'Income' AND s.dividend_yield > 3")
    assert [[int(v) for v in r] for r in c.rows] == [list(r) for r in want] == [[2]]
    assert "COUNT(s.dividend_yield)" not in c.sql.replace("AS s", "")


def test_pay_a_measure_above_a_number_compares_that_measure(funds_db):
    c = Conv(funds_db).ask("how many funds pay a dividend yield above 3?")
    assert [[int(v) for v in r] for r in c.rows] == [[4]]
    c = Conv(funds_db).ask("which funds pay a dividend yield between 3 and 4?")
    assert sorted(r[0] for r in c.rows) == ["Cedar Income", "Fir Growth"]


def test_a_word_after_them_is_read_in_a_table_joined_to_the_rows_pointed_at(funds_db):
    """'how many of them pay a dividend above 3?' after the category with the most funds: 'dividend'
    is the funds' dividend yield (joined to them), never the market's monthly dividend (unjoinable)."""
    c = Conv(funds_db).ask("which category has the most funds?")
    c.ask("how many of them pay a dividend above 3?")
    assert "market_monthly" not in c.sql and [[int(v) for v in r] for r in c.rows] == [[2]]
    c.ask("list them with their yield")
    assert sorted(r[0] for r in c.rows) == ["Alder Income", "Cedar Income"]
