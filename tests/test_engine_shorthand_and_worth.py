"""A small stock screen: 'worth' is the one valuation column (market_value), 'a billion' and
'N dollars' are read as numbers, 'loss-makers' are the rows whose one earnings column is below
zero, a quant's shorthand ('cpn yld', 'mval', 'subsec') is read as the one name it clips, and a
ticker typed in lower case as its code; anything fitting several names stays declined. The
schema is built here."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine.text import tokenize


@pytest.fixture(scope="module")
def screen_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("screen") / "screen.sqlite"
    inds = ["Energy", "Banks", "Energy", "Retail", "Banks", "Retail", "Energy", "Banks"]
    subs = ["Oil", "Regional", "Gas", "Grocery", "Global", "Apparel", "Oil", "Regional"]
    stocks = ",".join(f"('T{chr(65 + i)}K','Stock {i}','{inds[i]}','{subs[i]}',{i + 1})" for i in range(8))
    metrics = ",".join(f"('T{chr(65 + i)}K',{10.0 + i},{(i + 1) * 4 * 10 ** 8},{(i - 3) * 10 ** 6},{0.01 * i},"
                       f"{i % 3})" for i in range(8))
    return make_db(path, f"""
    CREATE TABLE stocks (ticker TEXT PRIMARY KEY, name TEXT, industry TEXT, sub_sector TEXT, listed_rank INTEGER);
    CREATE TABLE metrics (ticker TEXT PRIMARY KEY REFERENCES stocks(ticker), price REAL, market_value INTEGER,
                          net_income INTEGER, coupon_yield REAL, priority INTEGER);
    INSERT INTO stocks VALUES {stocks};
    INSERT INTO metrics VALUES {metrics};
    """)


@pytest.fixture(scope="module")
def two_db(tmp_path_factory):
    """Two valuations and two earnings columns: neither word says which."""
    path = tmp_path_factory.mktemp("two") / "two.sqlite"
    return make_db(path, """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, name TEXT, market_cap INTEGER, market_value INTEGER,
                        net_income INTEGER, profit INTEGER);
    INSERT INTO firms VALUES (1,'A',5,6,-1,2),(2,'B',7,8,3,-4),(3,'C',9,10,5,6);
    """)


def _count(c: Conv) -> int:
    return int(c.rows[0][0])


def test_a_scale_after_a_is_one_of_it():
    nums = [t.number for t in tokenize("worth more than a trillion dollars, or an million") if t.is_number]
    assert nums == [1e12, 1e6]
    assert [t.number for t in tokenize("over a hundred billion") if t.is_number] == [1e11]


@pytest.mark.parametrize("q", ["How many stocks are worth more than a billion dollars?",
                               "How many stocks have a market value over 1 billion dollars?",
                               "how many stocks are worth over $1bn"])
def test_worth_is_the_one_valuation(screen_db, q):
    c = Conv(screen_db).ask(q)
    assert "market_value > 1000000000" in c.sql
    assert _count(c) == rows(screen_db, "SELECT COUNT(*) FROM metrics WHERE market_value > 1000000000")[0][0]


def test_worth_with_two_valuations_is_declined(two_db):
    assert "worth" in declined(Conv(two_db), "how many firms are worth more than 7?")


def test_loss_makers_are_the_rows_with_negative_earnings(screen_db):
    c = Conv(screen_db).ask("how many loss-making stocks are there?")
    assert "net_income < 0" in c.sql
    assert _count(c) == rows(screen_db, "SELECT COUNT(*) FROM metrics WHERE net_income < 0")[0][0]
    assert any("net_income" in a["explanation"] for a in c.res.assumptions)
    c = Conv(screen_db).ask("Which industry has the most loss-makers?")
    assert "net_income < 0" in c.sql and "GROUP BY" in c.sql
    assert [r[0] for r in c.rows] == ["Energy"]


def test_loss_makers_with_two_earnings_columns_are_declined(two_db):
    declined(Conv(two_db), "how many unprofitable firms are there?")


@pytest.mark.parametrize("q,col", [("avg cpn yld by industry", "coupon_yield"),
                                   ("avg mval by subsec", "market_value")])
def test_a_clipped_name_is_read_as_it(screen_db, q, col):
    c = Conv(screen_db).ask(q)
    assert "AVG(" in c.sql and col in c.sql
    assert any(a["concept"].startswith("'") and "read as" in a["explanation"] for a in c.res.assumptions)


def test_a_clip_of_several_names_is_declined(screen_db):
    assert "pri" in declined(Conv(screen_db), "avg pri by industry")      # price or priority?


def test_a_ticker_in_lower_case_is_its_code(screen_db):
    c = Conv(screen_db).ask("net income of tck")
    assert "'TCK'" in c.sql and len(c.rows) == 1


@pytest.mark.parametrize("q", ["What are the three biggest stocks by market value, for comparison?",
                               "What are the three biggest stocks by market value for reference?"])
def test_asides_that_only_frame_the_question(screen_db, q):
    c = Conv(screen_db).ask(q)
    assert "market_value DESC" in c.sql and len(c.rows) == 3


@pytest.mark.parametrize("q", ["How much is tck worth?", "which industries have more than 2 billion dollars?",
                               "how many stocks are worth more in total?"])
def test_worth_and_dollars_without_an_amount_of_money_are_declined(screen_db, q):
    declined(Conv(screen_db), q)
