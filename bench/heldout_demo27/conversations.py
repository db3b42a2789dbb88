"""Held-out conversations over the shipped `sp500insight` demo database, written before the engine
was run on them: a CFO preparing a board slide (sector totals and shares, a peer group, index history
for context) and a skeptical data-governance lead testing the tool's limits (questions the data cannot
define, provenance, definitions, and wordings that reuse column words in another sense).
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL
that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

import re

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
TOTAL = "(SELECT SUM(market_cap) FROM fundamentals)"
# The peer group "Apple, Microsoft, Alphabet, Amazon, Meta": Alphabet has two share classes in the
# data (GOOGL and GOOG, each carrying the whole company's market cap); both readings are accepted.
PEER6 = "('AAPL', 'MSFT', 'GOOGL', 'GOOG', 'AMZN', 'META')"
PEER5 = "('AAPL', 'MSFT', 'GOOGL', 'AMZN', 'META')"
PEER5C = "('AAPL', 'MSFT', 'GOOG', 'AMZN', 'META')"


def named(ref: str, extra: str = "") -> str:
    """The same rows with the company name in place of the ticker (an engine may show either)."""
    return f"SELECT c2.name{extra} FROM ({ref}) t JOIN companies c2 ON c2.symbol = t.symbol"


def lvl(m: str) -> str:
    return f"(SELECT sp500 FROM index_monthly WHERE month = '{m}')"


def year_change(y: int) -> tuple[str, list[str]]:
    """How the index did in year y: January to December (percent); accepted: as a fraction, from the
    previous December, or the two levels side by side."""
    jan, dec, prev = lvl(f"{y}-01-01"), lvl(f"{y}-12-01"), lvl(f"{y - 1}-12-01")
    return (f"SELECT ({dec} / {jan} - 1) * 100 AS pct_change",
            [f"SELECT {dec} / {jan} - 1", f"SELECT ({dec} / {prev} - 1) * 100", f"SELECT {dec} / {prev} - 1",
             f"SELECT {jan} AS start_level, {dec} AS end_level", f"SELECT {prev} AS start_level, {dec} AS end_level",
             f"SELECT {dec} - {jan}"])


# yearly change of the index since 2000, two readings (January -> December, previous December -> December)
YJ = ("WITH y AS (SELECT strftime('%Y', month) AS yr, MIN(month) AS f, MAX(month) AS l FROM index_monthly "
      "WHERE month >= '2000-01-01' GROUP BY yr), r AS (SELECT yr, (SELECT sp500 FROM index_monthly WHERE month = l) "
      "/ (SELECT sp500 FROM index_monthly WHERE month = f) - 1 AS ret FROM y) ")
YD = ("WITH y AS (SELECT strftime('%Y', month) AS yr, MIN(month) AS f, MAX(month) AS l FROM index_monthly "
      "WHERE month >= '2000-01-01' GROUP BY yr), r AS (SELECT yr, (SELECT sp500 FROM index_monthly WHERE month = l) "
      "/ (SELECT sp500 FROM index_monthly WHERE month = date(f, '-1 month')) - 1 AS ret FROM y) ")

NEAR_LOW = ("SELECT symbol FROM fundamentals WHERE low_52w IS NOT NULL AND price IS NOT NULL "
            "ORDER BY price / low_52w LIMIT 10")
NODATA = "SELECT c.symbol FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol WHERE f.symbol IS NULL"
PE_MEDIAN = ("SELECT AVG(pe_ratio) FROM (SELECT pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL "
             "ORDER BY pe_ratio LIMIT 2 - (SELECT COUNT(pe_ratio) FROM fundamentals) % 2 "
             "OFFSET ((SELECT COUNT(pe_ratio) FROM fundamentals) - 1) / 2)")
MAXRATE = "(SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1)"
OLD5 = "SELECT symbol FROM companies ORDER BY founded LIMIT 5"
REAL_PB5 = (f"SELECT c.symbol {CF} WHERE c.sector = 'Consumer Discretionary' AND f.price_to_book IS NOT NULL "
            "ORDER BY f.price_to_book LIMIT 5")
INFL = ("SELECT ((SELECT cpi FROM index_monthly WHERE month = '2022-12-01') / "
        "(SELECT cpi FROM index_monthly WHERE month = '2021-12-01') - 1) * 100")
INFL_ACC = [
    "SELECT (SELECT cpi FROM index_monthly WHERE month = '2022-12-01') / "
    "(SELECT cpi FROM index_monthly WHERE month = '2021-12-01') - 1",
    "SELECT ((SELECT cpi FROM index_monthly WHERE month = '2022-12-01') / "
    "(SELECT cpi FROM index_monthly WHERE month = '2022-01-01') - 1) * 100",
    "SELECT (SELECT cpi FROM index_monthly WHERE month = '2022-12-01') / "
    "(SELECT cpi FROM index_monthly WHERE month = '2022-01-01') - 1",
    "SELECT ((SELECT AVG(cpi) FROM index_monthly WHERE month LIKE '2022%') / "
    "(SELECT AVG(cpi) FROM index_monthly WHERE month LIKE '2021%') - 1) * 100",
    "SELECT (SELECT AVG(cpi) FROM index_monthly WHERE month LIKE '2022%') / "
    "(SELECT AVG(cpi) FROM index_monthly WHERE month LIKE '2021%') - 1",
]
REAL22 = ("SELECT ((SELECT real_price FROM index_monthly WHERE month = '2022-12-01') / "
          "(SELECT real_price FROM index_monthly WHERE month = '2022-01-01') - 1) * 100")
REAL22_ACC = [
    "SELECT (SELECT real_price FROM index_monthly WHERE month = '2022-12-01') / "
    "(SELECT real_price FROM index_monthly WHERE month = '2022-01-01') - 1",
    "SELECT ((SELECT real_price FROM index_monthly WHERE month = '2022-12-01') / "
    "(SELECT real_price FROM index_monthly WHERE month = '2021-12-01') - 1) * 100",
    "SELECT (SELECT real_price FROM index_monthly WHERE month = '2022-12-01') / "
    "(SELECT real_price FROM index_monthly WHERE month = '2021-12-01') - 1",
    "SELECT (SELECT real_price FROM index_monthly WHERE month = '2022-01-01') AS start_real, "
    "(SELECT real_price FROM index_monthly WHERE month = '2022-12-01') AS end_real",
]
AVG_Y = ("SELECT strftime('%Y', month) AS yr, AVG(sp500) FROM index_monthly WHERE month >= '{a}-01-01' "
         "AND month < '{b}-01-01' GROUP BY yr")

C22, C22A = year_change(2022)
C23, C23A = year_change(2023)
C08, C08A = year_change(2008)
C08A = C08A + [f"SELECT (1 - {lvl('2008-12-01')} / {lvl('2008-01-01')}) * 100",
               f"SELECT 1 - {lvl('2008-12-01')} / {lvl('2008-01-01')}",
               f"SELECT (1 - {lvl('2008-12-01')} / {lvl('2007-12-01')}) * 100",
               f"SELECT 1 - {lvl('2008-12-01')} / {lvl('2007-12-01')}"]

SP500INSIGHT = [
    # ------------------------------------------------------------------ the CFO's board slide
    conv("cfo-sectors",
         ("For my board slide: total market cap by sector, please.",
          f"SELECT c.sector, SUM(f.market_cap) {CF} GROUP BY c.sector"),
         ("Now show each as a share of the total.",
          f"SELECT c.sector, SUM(f.market_cap) * 100.0 / {TOTAL} AS pct {CF} GROUP BY c.sector",
          [f"SELECT c.sector, SUM(f.market_cap) * 1.0 / {TOTAL} {CF} GROUP BY c.sector"]),
         ("Which sector is the biggest slice?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1"),
         ("How many companies does it have?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology'",
          [f"SELECT COUNT(*) {CF} WHERE c.sector = 'Information Technology'",
           f"SELECT COUNT(f.market_cap) {CF} WHERE c.sector = 'Information Technology'"]),
         ("And the smallest sector by market cap?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY SUM(f.market_cap) LIMIT 1")),
    conv("cfo-peers",
         ("Our peer group is Apple, Microsoft, Alphabet, Amazon and Meta. Show their market caps, largest first.",
          f"SELECT symbol, market_cap FROM fundamentals WHERE symbol IN {PEER6} ORDER BY market_cap DESC",
          [f"SELECT symbol, market_cap FROM fundamentals WHERE symbol IN {PEER5} ORDER BY market_cap DESC",
           f"SELECT symbol, market_cap FROM fundamentals WHERE symbol IN {PEER5C} ORDER BY market_cap DESC",
           named(f"SELECT symbol, market_cap FROM fundamentals WHERE symbol IN {PEER6}", ", t.market_cap"),
           named(f"SELECT symbol, market_cap FROM fundamentals WHERE symbol IN {PEER5}", ", t.market_cap")]),
         ("What's the combined market cap of the group?",
          f"SELECT SUM(market_cap) FROM fundamentals WHERE symbol IN {PEER5}",
          [f"SELECT SUM(market_cap) FROM fundamentals WHERE symbol IN {PEER6}",
           f"SELECT SUM(market_cap) FROM fundamentals WHERE symbol IN {PEER5C}"]),
         ("What share of the whole S&P 500's market cap is that?",
          f"SELECT SUM(market_cap) * 100.0 / {TOTAL} FROM fundamentals WHERE symbol IN {PEER5}",
          [f"SELECT SUM(market_cap) * 100.0 / {TOTAL} FROM fundamentals WHERE symbol IN {PEER6}",
           f"SELECT SUM(market_cap) * 1.0 / {TOTAL} FROM fundamentals WHERE symbol IN {PEER5}",
           f"SELECT SUM(market_cap) * 1.0 / {TOTAL} FROM fundamentals WHERE symbol IN {PEER6}",
           f"SELECT SUM(market_cap) * 100.0 / {TOTAL} FROM fundamentals WHERE symbol IN {PEER5C}",
           f"SELECT SUM(market_cap) * 1.0 / {TOTAL} FROM fundamentals WHERE symbol IN {PEER5C}"]),
         ("Average P/E of that group?",
          f"SELECT AVG(pe_ratio) FROM fundamentals WHERE symbol IN {PEER5}",
          [f"SELECT AVG(pe_ratio) FROM fundamentals WHERE symbol IN {PEER6}",
           f"SELECT AVG(pe_ratio) FROM fundamentals WHERE symbol IN {PEER5C}"]),
         ("versus the index as a whole?",
          "SELECT AVG(pe_ratio) FROM fundamentals",
          ["SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1",
           "SELECT sp500 / earnings FROM index_monthly WHERE earnings IS NOT NULL ORDER BY month DESC LIMIT 1"])),
    conv("cfo-peers-detail",
         ("Show the P/E, dividend yield and EPS for Apple, Microsoft, Amazon and Meta",
          "SELECT symbol, pe_ratio, dividend_yield, eps FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT', 'AMZN', 'META')",
          # added after the blind run (see README): the same rows by company name
          [named("SELECT symbol, pe_ratio, dividend_yield, eps FROM fundamentals "
                 "WHERE symbol IN ('AAPL', 'MSFT', 'AMZN', 'META')", ", t.pe_ratio, t.dividend_yield, t.eps")]),
         ("which of them doesn't pay a dividend?",
          "SELECT symbol FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT', 'AMZN', 'META') "
          "AND (dividend_yield IS NULL OR dividend_yield = 0)"),
         ("Which of the four has the highest price to book?",
          "SELECT symbol FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT', 'AMZN', 'META') "
          "ORDER BY price_to_book DESC LIMIT 1")),
    conv("cfo-concentration",
         ("What share of the total S&P 500 market cap do the ten largest companies make up?",
          f"SELECT SUM(market_cap) * 100.0 / {TOTAL} FROM (SELECT market_cap FROM fundamentals "
          "ORDER BY market_cap DESC LIMIT 10)",
          [f"SELECT SUM(market_cap) * 1.0 / {TOTAL} FROM (SELECT market_cap FROM fundamentals "
           "ORDER BY market_cap DESC LIMIT 10)"]),
         ("and the top 50?",
          f"SELECT SUM(market_cap) * 100.0 / {TOTAL} FROM (SELECT market_cap FROM fundamentals "
          "ORDER BY market_cap DESC LIMIT 50)",
          [f"SELECT SUM(market_cap) * 1.0 / {TOTAL} FROM (SELECT market_cap FROM fundamentals "
           "ORDER BY market_cap DESC LIMIT 50)"]),
         ("Which sectors are those top ten companies in?",
          f"SELECT c.symbol, c.sector {CF} WHERE f.symbol IN (SELECT symbol FROM fundamentals "
          "ORDER BY market_cap DESC LIMIT 10)",
          [f"SELECT DISTINCT c.sector {CF} WHERE f.symbol IN (SELECT symbol FROM fundamentals "
           "ORDER BY market_cap DESC LIMIT 10)",
           f"SELECT c.sector, COUNT(*) {CF} WHERE f.symbol IN (SELECT symbol FROM fundamentals "
           "ORDER BY market_cap DESC LIMIT 10) GROUP BY c.sector",
           named("SELECT symbol FROM fundamentals ORDER BY market_cap DESC LIMIT 10", ", c2.sector")]),
         ("How many companies are worth more than a trillion dollars?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap > 1000000000000")),
    conv("cfo-sector-pe",
         ("Average P/E by sector for the slide",
          f"SELECT c.sector, AVG(f.pe_ratio) {CF} GROUP BY c.sector"),
         ("Which sector is the most expensive on that measure?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 1"),
         ("And the cheapest?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) LIMIT 1"),
         ("Redo the averages leaving out P/Es above 100",
          f"SELECT c.sector, AVG(f.pe_ratio) {CF} WHERE f.pe_ratio <= 100 GROUP BY c.sector"),
         ("Which sector will outperform next quarter?", D)),
    conv("cfo-index-2022",
         ("How did the index do in 2022?", C22, C22A),
         ("What was its lowest month that year?",
          "SELECT month FROM index_monthly WHERE month LIKE '2022%' ORDER BY sp500 LIMIT 1"),
         ("What was the 10-year interest rate that month?",
          "SELECT long_interest_rate FROM index_monthly WHERE month = '2022-10-01'"),
         ("How did 2023 compare?", C23, C23A)),
    conv("cfo-worst-year",
         ("What was the worst year for the S&P 500 since 2000?",
          YJ + "SELECT yr FROM r ORDER BY ret LIMIT 1", [YD + "SELECT yr FROM r ORDER BY ret LIMIT 1"]),
         ("How much did it fall that year?", C08, C08A),
         ("And the best year since 2000?",
          YJ + "SELECT yr FROM r ORDER BY ret DESC LIMIT 1", [YD + "SELECT yr FROM r ORDER BY ret DESC LIMIT 1"]),
         ("List the years since 2000 when the index ended lower than it started",
          YJ + "SELECT yr FROM r WHERE ret < 0", [YD + "SELECT yr FROM r WHERE ret < 0"])),
    conv("cfo-dotcom",
         ("What was the index level in January 2000?",
          "SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'"),
         ("What was the lowest monthly level between 2000 and 2003?",
          "SELECT MIN(sp500) FROM index_monthly WHERE month BETWEEN '2000-01-01' AND '2003-12-01'"),
         ("In which month was that?",
          "SELECT month FROM index_monthly WHERE month BETWEEN '2000-01-01' AND '2003-12-01' ORDER BY sp500 LIMIT 1"),
         ("When did the index first get back above its January 2000 level after that low?",
          "SELECT MIN(month) FROM index_monthly WHERE month > '2003-02-01' AND sp500 > "
          "(SELECT sp500 FROM index_monthly WHERE month = '2000-01-01')")),
    conv("cfo-annual-averages",
         ("Average index level by year for 2016 to 2025",
          AVG_Y.format(a=2016, b=2026)),
         ("Which of those years had the biggest rise over the year before?",
          "SELECT yr FROM (SELECT strftime('%Y', month) AS yr, AVG(sp500) AS a FROM index_monthly "
          "WHERE month >= '2015-01-01' AND month < '2026-01-01' GROUP BY yr) t1 "
          "WHERE yr >= '2016' ORDER BY a - (SELECT AVG(sp500) FROM index_monthly "
          "WHERE strftime('%Y', month) = CAST(t1.yr - 1 AS TEXT)) DESC LIMIT 1",
          ["SELECT yr FROM (SELECT strftime('%Y', month) AS yr, AVG(sp500) AS a FROM index_monthly "
           "WHERE month >= '2015-01-01' AND month < '2026-01-01' GROUP BY yr) t1 "
           "WHERE yr >= '2016' ORDER BY a / (SELECT AVG(sp500) FROM index_monthly "
           "WHERE strftime('%Y', month) = CAST(t1.yr - 1 AS TEXT)) DESC LIMIT 1"]),
         ("And forecast the average for 2027", D)),
    conv("cfo-california",
         ("How many S&P 500 companies have their headquarters in California?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'California'"),
         ("What share of the total market cap do they represent?",
          f"SELECT SUM(f.market_cap) * 100.0 / {TOTAL} {CF} WHERE c.hq_region = 'California'",
          [f"SELECT SUM(f.market_cap) * 1.0 / {TOTAL} {CF} WHERE c.hq_region = 'California'"]),
         ("Which state has the second most headquarters?",
          "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 1 OFFSET 1"),
         ("How many people do the California companies employ?", D)),
    conv("cfo-semis",
         ("How many companies are in the Semiconductors sub-industry?",
          "SELECT COUNT(*) FROM companies WHERE sub_industry = 'Semiconductors'"),
         ("their average P/E?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sub_industry = 'Semiconductors'"),
         ("which one has the highest EBITDA?",
          f"SELECT c.symbol {CF} WHERE c.sub_industry = 'Semiconductors' ORDER BY f.ebitda DESC LIMIT 1"),
         ("How does Nvidia's market cap compare with the whole Energy sector's?",
          f"SELECT (SELECT market_cap FROM fundamentals WHERE symbol = 'NVDA') AS nvda, "
          f"(SELECT SUM(f.market_cap) {CF} WHERE c.sector = 'Energy') AS energy",
          [f"SELECT (SELECT market_cap FROM fundamentals WHERE symbol = 'NVDA') * 1.0 / "
           f"(SELECT SUM(f.market_cap) {CF} WHERE c.sector = 'Energy')",
           f"SELECT (SELECT market_cap FROM fundamentals WHERE symbol = 'NVDA') * 100.0 / "
           f"(SELECT SUM(f.market_cap) {CF} WHERE c.sector = 'Energy')"])),
    conv("cfo-dividends",
         ("Which sector pays the highest average dividend yield?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) DESC LIMIT 1"),
         ("List its five highest yielders",
          f"SELECT c.symbol, f.dividend_yield {CF} WHERE c.sector = 'Real Estate' "
          "ORDER BY f.dividend_yield DESC LIMIT 5",
          [named(f"SELECT c.symbol, f.dividend_yield {CF} WHERE c.sector = 'Real Estate' "
                 "ORDER BY f.dividend_yield DESC LIMIT 5", ", t.dividend_yield")]),
         ("What was the index dividend in the latest month it's reported?",
          "SELECT dividend FROM index_monthly WHERE dividend IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("When will Realty Income pay its next dividend?", D)),
    conv("cfo-counts",
         ("How many companies are in the S&P 500 in this database?", "SELECT COUNT(*) FROM companies"),
         ("How many of them have no P/E?",
          "SELECT COUNT(*) FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol WHERE f.pe_ratio IS NULL",
          ["SELECT COUNT(*) FROM fundamentals WHERE pe_ratio IS NULL"]),
         ("What's the median P/E?", PE_MEDIAN),
         ("And the average P/E, ignoring anything above 100?",
          "SELECT AVG(pe_ratio) FROM fundamentals WHERE pe_ratio <= 100")),
    conv("cfo-tesla",
         ("What's Tesla's P/E?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA'"),
         ("How many companies have a higher one?",
          "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio > (SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA')"),
         ("Which are they?",
          "SELECT symbol FROM fundamentals WHERE pe_ratio > (SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA')"),
         ("How many companies in each sector have a P/E over 50?",
          f"SELECT c.sector, COUNT(*) {CF} WHERE f.pe_ratio > 50 GROUP BY c.sector")),
    conv("cfo-52week",
         ("How far below its 52-week high is Apple, in percent?",
          "SELECT (1 - price / high_52w) * 100 FROM fundamentals WHERE symbol = 'AAPL'",
          ["SELECT 1 - price / high_52w FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT (price / high_52w - 1) * 100 FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT price / high_52w - 1 FROM fundamentals WHERE symbol = 'AAPL'"]),
         ("Do the same for Microsoft, Amazon and Meta",
          "SELECT symbol, (1 - price / high_52w) * 100 FROM fundamentals WHERE symbol IN ('MSFT', 'AMZN', 'META')",
          ["SELECT symbol, 1 - price / high_52w FROM fundamentals WHERE symbol IN ('MSFT', 'AMZN', 'META')",
           "SELECT symbol, (price / high_52w - 1) * 100 FROM fundamentals WHERE symbol IN ('MSFT', 'AMZN', 'META')",
           "SELECT symbol, price / high_52w - 1 FROM fundamentals WHERE symbol IN ('MSFT', 'AMZN', 'META')",
           "SELECT symbol, (1 - price / high_52w) * 100 FROM fundamentals "
           "WHERE symbol IN ('AAPL', 'MSFT', 'AMZN', 'META')",
           "SELECT symbol, 1 - price / high_52w FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT', 'AMZN', 'META')",
           named("SELECT symbol, (1 - price / high_52w) * 100 AS v FROM fundamentals "
                 "WHERE symbol IN ('MSFT', 'AMZN', 'META')", ", t.v"),
           named("SELECT symbol, 1 - price / high_52w AS v FROM fundamentals "
                 "WHERE symbol IN ('MSFT', 'AMZN', 'META')", ", t.v")]),
         ("Which companies are trading within 2% of their 52-week high?",
          "SELECT symbol FROM fundamentals WHERE price >= 0.98 * high_52w"),
         ("What was Apple's share price in 2022?", D)),
    conv("cfo-index-earnings",
         ("What were the index's earnings per share in June 2023?",
          "SELECT earnings FROM index_monthly WHERE month = '2023-06-01'"),
         ("and ten years before that?", "SELECT earnings FROM index_monthly WHERE month = '2013-06-01'"),
         ("By how much percent have they grown over those ten years?",
          "SELECT ((SELECT earnings FROM index_monthly WHERE month = '2023-06-01') / "
          "(SELECT earnings FROM index_monthly WHERE month = '2013-06-01') - 1) * 100",
          ["SELECT (SELECT earnings FROM index_monthly WHERE month = '2023-06-01') / "
           "(SELECT earnings FROM index_monthly WHERE month = '2013-06-01') - 1"]),
         ("Which five companies have the highest earnings per share?",
          "SELECT symbol FROM fundamentals ORDER BY eps DESC LIMIT 5"),
         ("When is Nvidia's next earnings report?", D)),
    conv("cfo-rates",
         ("What's the highest the 10-year interest rate has ever been in the data?",
          "SELECT MAX(long_interest_rate) FROM index_monthly"),
         ("In which month?", MAXRATE[1:-1]),
         ("What was the index's P/E that month, price over earnings?",
          f"SELECT sp500 / earnings FROM index_monthly WHERE month = {MAXRATE}",
          [f"SELECT pe10 FROM index_monthly WHERE month = {MAXRATE}"]),
         ("Which companies pay the highest interest rate on their debt?", D),
         ("Average 10-year rate by decade since 1960",
          "SELECT CAST(strftime('%Y', month) / 10 * 10 AS INTEGER) AS decade, AVG(long_interest_rate) "
          "FROM index_monthly WHERE month >= '1960-01-01' GROUP BY decade")),
    conv("cfo-inflation",
         ("What was inflation in 2022 according to the CPI?", INFL, INFL_ACC),
         ("And the index's inflation-adjusted change in 2022?", REAL22, REAL22_ACC),
         ("What's the real price of an Apple share?", D)),
    conv("cfo-additions",
         ("How many companies were added to the index each year since 2015?",
          "SELECT strftime('%Y', date_added) AS yr, COUNT(*) FROM companies WHERE date_added >= '2015-01-01' "
          "GROUP BY yr"),
         ("Which year had the most?",
          "SELECT strftime('%Y', date_added) AS yr FROM companies WHERE date_added >= '2015-01-01' "
          "GROUP BY yr ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Which companies were added in 2024?",
          "SELECT symbol, name FROM companies WHERE date_added LIKE '2024%'",
          ["SELECT name FROM companies WHERE date_added LIKE '2024%'"]),   # added after the blind run (see README)
         ("Why did the committee pick them?", D),
         ("What's their combined market cap?",
          f"SELECT SUM(f.market_cap) {CF} WHERE c.date_added LIKE '2024%'")),
    conv("cfo-oldest",
         ("Which are the five oldest companies in the index, by founding year?", OLD5),
         ("How many of those pay a dividend?",
          f"SELECT COUNT(*) FROM fundamentals WHERE symbol IN ({OLD5}) AND dividend_yield > 0"),
         ("Who is the CEO of the oldest one?", D),
         ("How many companies were founded before the index data starts?",
          "SELECT COUNT(*) FROM companies WHERE founded < (SELECT CAST(strftime('%Y', MIN(month)) AS INTEGER) "
          "FROM index_monthly)")),
    # ------------------------------------------------------------------ the skeptical governance lead
    conv("gov-judgement",
         ("Which company is the best investment right now?", D),
         ("Is the market overvalued?", D),
         ("OK. What's the latest CAPE value in the data?",
          "SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("And its average over the whole history?", "SELECT AVG(pe10) FROM index_monthly"),
         ("How many months has CAPE been higher than that latest value?",
          "SELECT COUNT(*) FROM index_monthly WHERE pe10 > (SELECT pe10 FROM index_monthly "
          "WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1)")),
    conv("gov-risk",
         ("Which stocks are risky?", D),
         ("Then show me the ten stocks trading closest to their 52-week low, relative to the low.", NEAR_LOW),
         ("What's the beta of those?", D),
         ("Which sectors are they in?",
          f"SELECT c.symbol, c.sector {CF} WHERE c.symbol IN ({NEAR_LOW})",
          [f"SELECT DISTINCT c.sector {CF} WHERE c.symbol IN ({NEAR_LOW})",
           f"SELECT c.sector, COUNT(*) {CF} WHERE c.symbol IN ({NEAR_LOW}) GROUP BY c.sector",
           named(NEAR_LOW, ", c2.sector")])),
    conv("gov-provenance",
         ("Where does this data come from?", D),
         ("How current is it? What's the latest month of index data?", "SELECT MAX(month) FROM index_monthly"),
         ("And the latest month that has index earnings?",
          "SELECT MAX(month) FROM index_monthly WHERE earnings IS NOT NULL"),
         ("When was the most recent company added to the index?", "SELECT MAX(date_added) FROM companies",
          ["SELECT symbol, date_added FROM companies ORDER BY date_added DESC LIMIT 1"]),
         ("On what date were the share prices in the fundamentals taken?", D)),
    conv("gov-completeness",
         ("How many companies have no fundamentals at all?",
          "SELECT COUNT(*) FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol WHERE f.symbol IS NULL"),
         ("Which of those are in Financials?",
          f"SELECT symbol FROM companies WHERE sector = 'Financials' AND symbol IN ({NODATA})"),
         ("How many companies are missing a market cap, by sector?",
          "SELECT c.sector, COUNT(*) FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol "
          "WHERE f.market_cap IS NULL GROUP BY c.sector"),
         ("Who entered this data and when was it last changed?", D)),
    conv("gov-duplicates",
         ("Are any companies listed under more than one ticker? Show the tickers that share a CIK.",
          "SELECT symbol, cik FROM companies WHERE cik IN (SELECT cik FROM companies GROUP BY cik HAVING COUNT(*) > 1)",
          ["SELECT cik, GROUP_CONCAT(symbol) FROM companies GROUP BY cik HAVING COUNT(*) > 1",
           "SELECT symbol, name FROM companies WHERE cik IN (SELECT cik FROM companies GROUP BY cik "
           "HAVING COUNT(*) > 1)"]),
         ("How many distinct CIKs are there?", "SELECT COUNT(DISTINCT cik) FROM companies"),
         ("What's the total market cap if Alphabet is counted only once, dropping GOOG?",
          "SELECT SUM(market_cap) FROM fundamentals WHERE symbol <> 'GOOG'")),
    conv("gov-definitions",
         ("Is the S&P 500 level a monthly close or a monthly average?", D),
         ("How many months of index data are there?", "SELECT COUNT(*) FROM index_monthly"),
         ("From which month to which?", "SELECT MIN(month), MAX(month) FROM index_monthly"),
         ("How many of those months are missing the CAPE?",
          "SELECT COUNT(*) FROM index_monthly WHERE pe10 IS NULL")),
    conv("gov-wordplay",
         ("Which companies have 'Realty' in their name?", "SELECT name FROM companies WHERE name LIKE '%Realty%'"),
         ("What sub-industries are they in?",
          "SELECT name, sub_industry FROM companies WHERE name LIKE '%Realty%'",
          ["SELECT DISTINCT sub_industry FROM companies WHERE name LIKE '%Realty%'"]),
         ("Show the company with 'Price' in its name and its P/E",
          f"SELECT c.name, f.pe_ratio {CF} WHERE c.name LIKE '%Price%'"),
         ("Who founded it?", D),
         ("What's Apple's market share in smartphones?", D)),
    conv("gov-other-markets",
         ("How did the Nasdaq do in 2022?", D),
         ("What was the S&P 500's intraday high on 4 January 2022?", D),
         ("Then what was the index's highest monthly level in 2022?",
          "SELECT MAX(sp500) FROM index_monthly WHERE month LIKE '2022%'"),
         ("Average 10-year rate in 2022?",
          "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month LIKE '2022%'")),
    conv("gov-book",
         ("Which sector has the lowest average price to book?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.price_to_book) LIMIT 1"),
         ("Show the five companies in that sector with the lowest price to book", REAL_PB5),
         ("How many companies have a negative price to book?",
          "SELECT COUNT(*) FROM fundamentals WHERE price_to_book < 0"),
         ("Does that mean they're cheap?", D),
         ("What's the book value of Apple's headquarters?", D)),
    conv("gov-dividend-gaps",
         ("How many companies don't pay a dividend, by sector?",
          f"SELECT c.sector, COUNT(*) {CF} WHERE f.dividend_yield IS NULL OR f.dividend_yield = 0 GROUP BY c.sector",
          [f"SELECT c.sector, SUM(f.dividend_yield IS NULL) {CF} GROUP BY c.sector"]),
         ("and as a percentage of each sector's companies?",
          f"SELECT c.sector, SUM(f.dividend_yield IS NULL) * 100.0 / COUNT(*) {CF} GROUP BY c.sector",
          [f"SELECT c.sector, SUM(f.dividend_yield IS NULL) * 1.0 / COUNT(*) {CF} GROUP BY c.sector",
           f"SELECT c.sector, SUM(f.dividend_yield IS NULL) * 100.0 / COUNT(*) {CF} GROUP BY c.sector "
           "HAVING SUM(f.dividend_yield IS NULL) > 0",
           f"SELECT c.sector, SUM(f.dividend_yield IS NULL) * 1.0 / COUNT(*) {CF} GROUP BY c.sector "
           "HAVING SUM(f.dividend_yield IS NULL) > 0"]),
         ("Which sector has the most non-payers?",
          f"SELECT c.sector {CF} WHERE f.dividend_yield IS NULL GROUP BY c.sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's the average dividend yield of the ones that do pay, in percent?",
          "SELECT AVG(dividend_yield) * 100 FROM fundamentals WHERE dividend_yield > 0",
          ["SELECT AVG(dividend_yield) FROM fundamentals WHERE dividend_yield > 0"])),
    conv("gov-ebitda",
         ("Which ten companies have the largest EBITDA?",
          "SELECT symbol, ebitda FROM (SELECT symbol, ebitda FROM fundamentals ORDER BY ebitda DESC LIMIT 10)",
          [named("SELECT symbol, ebitda FROM fundamentals ORDER BY ebitda DESC LIMIT 10", ", t.ebitda")]),
         ("Total EBITDA by sector",
          f"SELECT c.sector, SUM(f.ebitda) {CF} GROUP BY c.sector"),
         ("How many companies report a negative EBITDA?", "SELECT COUNT(*) FROM fundamentals WHERE ebitda < 0"),
         ("What's Amazon's free cash flow?", D)),
]


# A round whose reference lists tickers only is also answered by the company names.
for _c in SP500INSIGHT:
    for _t in _c["turns"]:
        if isinstance(_t.get("sql"), str) and re.match(r"SELECT (c\.)?symbol FROM", _t["sql"]):
            _t.setdefault("accept", []).append(named(_t["sql"]))

SETS = {"sp500insight": SP500INSIGHT}
