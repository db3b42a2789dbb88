"""Held-out conversations over the shipped `sp500insight` demo database, written as a journalist, a
product manager giving a demo, a portfolio analyst, an economics lecturer and a newcomer would ask
them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

IM = "index_monthly"
FJ = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
YR = "strftime('%Y', month)"
DEC = "(CAST(strftime('%Y', month) AS INTEGER) / 10) * 10"


def sym(sql: str) -> str:
    """The same query naming the company by its ticker instead of its name."""
    return sql.replace("SELECT c.name", "SELECT c.symbol", 1).replace("SELECT name", "SELECT symbol", 1)


def ym(sql: str) -> str:
    """The same query with the month shown as 'YYYY-MM' instead of 'YYYY-MM-01'."""
    return sql.replace("SELECT month", "SELECT strftime('%Y-%m', month)", 1)


# ------------------------------------------------------------------------- journalist (market history)
J_PEAK_MONTH = f"SELECT month FROM {IM} ORDER BY sp500 DESC LIMIT 1"
J_REAL_MONTH = f"SELECT month FROM {IM} ORDER BY real_price DESC LIMIT 1"
J_LOW08 = f"SELECT month, sp500 FROM {IM} WHERE month LIKE '2008%' ORDER BY sp500 LIMIT 1"
J_LOW09 = f"SELECT month, sp500 FROM {IM} WHERE month LIKE '2009%' ORDER BY sp500 LIMIT 1"
J_FALL = (f"SELECT (b.sp500 - a.sp500) * 100.0 / a.sp500 FROM {IM} a, {IM} b "
          "WHERE a.month = '1929-09-01' AND b.month = '1932-06-01'")
J_FALL_F = (f"SELECT (b.sp500 - a.sp500) / a.sp500 FROM {IM} a, {IM} b "
            "WHERE a.month = '1929-09-01' AND b.month = '1932-06-01'")
J_CPI = (f"SELECT (b.cpi - a.cpi) * 100.0 / a.cpi FROM {IM} a, {IM} b "
         "WHERE a.month = '1971-01-01' AND b.month = '1981-01-01'")
J_CPI_F = (f"SELECT (b.cpi - a.cpi) / a.cpi FROM {IM} a, {IM} b "
           "WHERE a.month = '1971-01-01' AND b.month = '1981-01-01'")
J_RATE_YEAR = f"SELECT {YR} AS yr FROM {IM} GROUP BY yr ORDER BY AVG(long_interest_rate) DESC LIMIT 1"

JOURNALIST = [
    conv("journo-1",
         ("What's the highest level the S&P 500 has ever reached?", f"SELECT MAX(sp500) FROM {IM}",
          [f"SELECT month, sp500 FROM {IM} ORDER BY sp500 DESC LIMIT 1"]),
         ("In which month was that?", J_PEAK_MONTH, [ym(J_PEAK_MONTH)]),
         ("And adjusted for inflation, what's the record?", f"SELECT MAX(real_price) FROM {IM}",
          [f"SELECT month, real_price FROM {IM} ORDER BY real_price DESC LIMIT 1"]),
         ("when was that one set?", J_REAL_MONTH, [ym(J_REAL_MONTH)])),
    conv("journo-2",
         ("What was the S&P 500 at in September 1929?", f"SELECT sp500 FROM {IM} WHERE month = '1929-09-01'"),
         ("And in June 1932?", f"SELECT sp500 FROM {IM} WHERE month = '1932-06-01'"),
         ("So by how much in percent did it fall between those two months?", J_FALL, [J_FALL_F]),
         ("What was the lowest level anywhere between 1929 and 1935?",
          f"SELECT MIN(sp500) FROM {IM} WHERE month BETWEEN '1929-01-01' AND '1935-12-01'",
          [f"SELECT month, sp500 FROM {IM} WHERE month BETWEEN '1929-01-01' AND '1935-12-01' "
           "ORDER BY sp500 LIMIT 1"]),
         ("How many shares changed hands on Black Tuesday?", D)),
    conv("journo-3",
         ("Show me the S&P 500 month by month in 2008", f"SELECT month, sp500 FROM {IM} WHERE month LIKE '2008%'",
          [ym(f"SELECT month, sp500 FROM {IM} WHERE month LIKE '2008%'")]),
         ("Which month was the low point?", J_LOW08, [ym(J_LOW08)]),
         ("and in 2009?", J_LOW09, [ym(J_LOW09)]),
         ("What was the CAPE in March 2009?", f"SELECT pe10 FROM {IM} WHERE month = '2009-03-01'")),
    conv("journo-4",
         ("What was the consumer price index in January 2000?", f"SELECT cpi FROM {IM} WHERE month = '2000-01-01'"),
         ("By how many percent did the CPI rise from January 1971 to January 1981?", J_CPI, [J_CPI_F]),
         ("Which year had the highest average long-term interest rate?", J_RATE_YEAR,
          [J_RATE_YEAR.replace(f"SELECT {YR} AS yr", f"SELECT CAST({YR} AS INTEGER) AS yr", 1)]),
         ("What was the Fed funds rate that year?", D)),
    conv("journo-5",
         ("In how many months did the index stand above 5000?", f"SELECT COUNT(*) FROM {IM} WHERE sp500 > 5000"),
         ("When did it first close a month above 1000?", f"SELECT MIN(month) FROM {IM} WHERE sp500 > 1000",
          [f"SELECT strftime('%Y-%m', MIN(month)) FROM {IM} WHERE sp500 > 1000"]),
         ("and above 100?", f"SELECT MIN(month) FROM {IM} WHERE sp500 > 100",
          [f"SELECT strftime('%Y-%m', MIN(month)) FROM {IM} WHERE sp500 > 100"]),
         ("What's the latest month we have data for?", f"SELECT MAX(month) FROM {IM}",
          [f"SELECT strftime('%Y-%m', MAX(month)) FROM {IM}"])),
    conv("journo-6",
         ("What was the index level in October 1987?", f"SELECT sp500 FROM {IM} WHERE month = '1987-10-01'"),
         ("and the month before?", f"SELECT sp500 FROM {IM} WHERE month = '1987-09-01'"),
         ("How far did the Dow fall that October?", D),
         ("What was the real price of the S&P in December 1999?",
          f"SELECT real_price FROM {IM} WHERE month = '1999-12-01'")),
]

# ------------------------------------------------------------------------- product manager (live demo)
SECT = "SELECT sector, COUNT(*) AS n FROM companies GROUP BY sector"
BIG5 = f"SELECT c.name, f.market_cap {FJ} ORDER BY f.market_cap DESC LIMIT 5"
HC5 = f"SELECT c.name, f.market_cap {FJ} WHERE c.sector = 'Health Care' ORDER BY f.market_cap DESC LIMIT 5"
EN5 = f"SELECT c.name, f.market_cap {FJ} WHERE c.sector = 'Energy' ORDER BY f.market_cap DESC LIMIT 5"
EN5_PE = (f"SELECT c.name, f.pe_ratio {FJ} WHERE c.symbol IN (SELECT f2.symbol FROM fundamentals f2 "
          "JOIN companies c2 ON c2.symbol = f2.symbol WHERE c2.sector = 'Energy' "
          "ORDER BY f2.market_cap DESC LIMIT 5) ORDER BY f.market_cap DESC")
TX = "SELECT sector, COUNT(*) FROM companies WHERE hq_region = 'Texas' GROUP BY sector"
CA = "SELECT sector, COUNT(*) FROM companies WHERE hq_region = 'California' GROUP BY sector"
CA_CITY = ("SELECT hq_city, COUNT(*) FROM companies WHERE hq_region = 'California' GROUP BY hq_city "
           "HAVING COUNT(*) >= 9")   # the top three (9 each, then 5), without an order among the tied three

DEMO = [
    conv("demo-1",
         ("How many companies are there in each sector?", SECT),
         ("sort that by the count, biggest first", SECT + " ORDER BY n DESC, sector",
          [SECT + " ORDER BY n DESC, sector DESC"]),   # Real Estate and Utilities tie at 31
         ("now only the sectors with more than 50", SECT + " HAVING COUNT(*) > 50",
          [SECT + " HAVING COUNT(*) > 50 ORDER BY n DESC"]),
         ("what's the average P/E in those?",
          f"SELECT c.sector, AVG(f.pe_ratio) {FJ} WHERE c.sector IN (SELECT sector FROM companies "
          "GROUP BY sector HAVING COUNT(*) > 50) GROUP BY c.sector")),
    conv("demo-2",
         ("Which company has the largest market cap?", f"SELECT c.name {FJ} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {FJ} ORDER BY f.market_cap DESC LIMIT 1"]),
         ("show me the top 5", BIG5, [sym(BIG5)]),
         ("just Health Care", HC5, [sym(HC5)]),
         ("what about Energy?", EN5, [sym(EN5)]),
         ("and their P/E ratios?", EN5_PE, [sym(EN5_PE)])),
    conv("demo-3",
         ("Average S&P 500 level per decade", f"SELECT {DEC} AS decade, AVG(sp500) FROM {IM} GROUP BY decade"),
         ("and the average CAPE per decade?", f"SELECT {DEC} AS decade, AVG(pe10) FROM {IM} GROUP BY decade"),
         ("which decade had the highest?",
          f"SELECT {DEC} AS decade FROM {IM} GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1"),
         ("and the lowest?",
          f"SELECT {DEC} AS decade FROM {IM} GROUP BY decade HAVING AVG(pe10) IS NOT NULL "
          "ORDER BY AVG(pe10) LIMIT 1")),
    conv("demo-4",
         ("Where was the S&P 500 at the start of 2020?", f"SELECT sp500 FROM {IM} WHERE month = '2020-01-01'"),
         ("and the year before?", f"SELECT sp500 FROM {IM} WHERE month = '2019-01-01'"),
         ("what was the dividend then?", f"SELECT dividend FROM {IM} WHERE month = '2019-01-01'"),
         ("and what will it be next January?", D)),
    conv("demo-5",
         ("List the companies headquartered in Texas", "SELECT name FROM companies WHERE hq_region = 'Texas'",
          ["SELECT symbol FROM companies WHERE hq_region = 'Texas'"]),
         ("how many is that?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("break them down by sector", TX),
         ("now California instead", CA),
         ("which three California cities have the most?", CA_CITY)),
    conv("demo-6",
         ("Show the five companies with the highest EPS", f"SELECT c.name, f.eps {FJ} ORDER BY f.eps DESC LIMIT 5",
          [f"SELECT c.symbol, f.eps {FJ} ORDER BY f.eps DESC LIMIT 5"]),
         ("sort them by price instead",
          f"SELECT c.name, f.price {FJ} WHERE c.symbol IN (SELECT symbol FROM fundamentals "
          "ORDER BY eps DESC LIMIT 5) ORDER BY f.price DESC"),
         ("now only Financials",
          f"SELECT c.name, f.eps {FJ} WHERE c.sector = 'Financials' ORDER BY f.eps DESC LIMIT 5",
          [f"SELECT c.symbol, f.eps {FJ} WHERE c.sector = 'Financials' ORDER BY f.eps DESC LIMIT 5"]),
         ("and how many Financials have an EPS above 10?",
          f"SELECT COUNT(*) {FJ} WHERE c.sector = 'Financials' AND f.eps > 10")),
]

# ------------------------------------------------------------------------- portfolio analyst (screens)
IT_CHEAP = f"{FJ} WHERE c.sector = 'Information Technology' AND f.pe_ratio < 15"
DY5 = f"SELECT c.name, f.dividend_yield {FJ} ORDER BY f.dividend_yield DESC LIMIT 5"
FIN10 = f"{FJ} WHERE c.sector = 'Financials' AND f.pe_ratio < 10"
AAPL_MSFT = (f"SELECT c.name {FJ} WHERE c.symbol IN ('AAPL', 'MSFT') ORDER BY f.market_cap DESC LIMIT 1")

ANALYST = [
    conv("analyst-1",
         ("Which Information Technology companies have a P/E below 15?", f"SELECT c.name {IT_CHEAP}",
          [f"SELECT c.symbol {IT_CHEAP}"]),
         ("sort the ones that pay a dividend by yield, highest first",
          f"SELECT c.name, f.dividend_yield {IT_CHEAP} AND f.dividend_yield > 0 ORDER BY f.dividend_yield DESC",
          [sym(f"SELECT c.name, f.dividend_yield {IT_CHEAP} AND f.dividend_yield > 0 "
               "ORDER BY f.dividend_yield DESC")]),
         ("which one has the highest price to book?",
          f"SELECT c.name {IT_CHEAP} ORDER BY f.price_to_book DESC LIMIT 1",
          [f"SELECT c.symbol {IT_CHEAP} ORDER BY f.price_to_book DESC LIMIT 1"]),
         ("what's the consensus analyst price target for it?", D)),
    conv("analyst-2",
         ("Show me the five highest dividend yields", DY5,
          [f"SELECT c.symbol, f.dividend_yield {FJ} ORDER BY f.dividend_yield DESC LIMIT 5"]),
         ("which sectors are those companies in?",
          f"SELECT c.name, c.sector {FJ} WHERE c.symbol IN (SELECT symbol FROM fundamentals "
          "ORDER BY dividend_yield DESC LIMIT 5) ORDER BY f.dividend_yield DESC",
          [f"SELECT c.symbol, c.sector {FJ} WHERE c.symbol IN (SELECT symbol FROM fundamentals "
           "ORDER BY dividend_yield DESC LIMIT 5) ORDER BY f.dividend_yield DESC"]),
         ("what's the average dividend yield by sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {FJ} GROUP BY c.sector",
          [f"SELECT c.sector, AVG(f.dividend_yield) * 100 {FJ} GROUP BY c.sector"]),
         ("which sector pays the least on average?",
          f"SELECT c.sector {FJ} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) LIMIT 1")),
    conv("analyst-3",
         ("How many companies trade below 10 times earnings?", "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio < 10"),
         ("and in Financials?", f"SELECT COUNT(*) {FIN10}"),
         ("list them with their market caps", f"SELECT c.name, f.market_cap {FIN10}",
          [f"SELECT c.symbol, f.market_cap {FIN10}"]),
         ("what were their P/E ratios five years ago?", D)),
    conv("analyst-4",
         ("Which companies are trading more than 40% below their 52-week high?",
          f"SELECT c.name {FJ} WHERE f.price < 0.6 * f.high_52w",
          [f"SELECT c.symbol {FJ} WHERE f.price < 0.6 * f.high_52w"]),
         ("What's the total market cap of the Utilities sector?",
          f"SELECT SUM(f.market_cap) {FJ} WHERE c.sector = 'Utilities'"),
         ("and the average EBITDA there?", f"SELECT AVG(f.ebitda) {FJ} WHERE c.sector = 'Utilities'"),
         ("compare that with Real Estate",
          f"SELECT c.sector, AVG(f.ebitda) {FJ} WHERE c.sector IN ('Utilities', 'Real Estate') GROUP BY c.sector",
          [f"SELECT AVG(f.ebitda) {FJ} WHERE c.sector = 'Real Estate'"])),
    conv("analyst-5",
         ("What's Apple's P/E ratio?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'AAPL'"),
         ("and Microsoft's?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'MSFT'"),
         ("which of the two is bigger by market cap?", AAPL_MSFT,
          [AAPL_MSFT.replace("SELECT c.name", "SELECT c.symbol", 1)]),
         ("What was Apple's stock price back in 2015?", D)),
    conv("analyst-6",
         ("Which companies have a price to sales ratio above 15?",
          f"SELECT c.name {FJ} WHERE f.price_to_sales > 15", [f"SELECT c.symbol {FJ} WHERE f.price_to_sales > 15"]),
         ("how many of them are tech companies?",
          f"SELECT COUNT(*) {FJ} WHERE f.price_to_sales > 15 AND c.sector = 'Information Technology'"),
         ("What is the average price to book ratio per sector, highest first?",
          f"SELECT c.sector, AVG(f.price_to_book) AS pb {FJ} GROUP BY c.sector ORDER BY pb DESC"),
         ("Which sector had the biggest EBITDA growth last year?", D),
         ("What was the P/E ratio of the Information Technology sector in 2000?", D)),
    conv("analyst-7",
         ("Screen for Health Care stocks with a P/E under 20 and a dividend yield above 2%",
          f"SELECT c.name {FJ} WHERE c.sector = 'Health Care' AND f.pe_ratio < 20 AND f.dividend_yield > 0.02",
          [f"SELECT c.symbol {FJ} WHERE c.sector = 'Health Care' AND f.pe_ratio < 20 AND f.dividend_yield > 0.02"]),
         ("same screen for Consumer Staples",
          f"SELECT c.name {FJ} WHERE c.sector = 'Consumer Staples' AND f.pe_ratio < 20 AND f.dividend_yield > 0.02",
          [f"SELECT c.symbol {FJ} WHERE c.sector = 'Consumer Staples' AND f.pe_ratio < 20 "
           "AND f.dividend_yield > 0.02"]),
         ("What is the median market cap of all the companies?",
          "SELECT AVG(market_cap) FROM (SELECT market_cap FROM fundamentals WHERE market_cap IS NOT NULL "
          "ORDER BY market_cap LIMIT 2 OFFSET 223)",
          ["SELECT market_cap FROM fundamentals WHERE market_cap IS NOT NULL ORDER BY market_cap LIMIT 1 OFFSET 223",
           "SELECT market_cap FROM fundamentals WHERE market_cap IS NOT NULL ORDER BY market_cap LIMIT 1 OFFSET 224"]),
         ("which company has the biggest EBITDA?", f"SELECT c.name {FJ} ORDER BY f.ebitda DESC LIMIT 1",
          [f"SELECT c.symbol {FJ} ORDER BY f.ebitda DESC LIMIT 1"])),
]

# ------------------------------------------------------------------------- lecturer (CAPE, dividends, rates)
LECTURER = [
    conv("lect-1",
         ("Average long-term interest rate by decade",
          f"SELECT {DEC} AS decade, AVG(long_interest_rate) FROM {IM} GROUP BY decade"),
         ("which decade had the highest?",
          f"SELECT {DEC} AS decade FROM {IM} GROUP BY decade ORDER BY AVG(long_interest_rate) DESC LIMIT 1"),
         ("Average CAPE by decade since 1950",
          f"SELECT {DEC} AS decade, AVG(pe10) FROM {IM} WHERE month >= '1950-01-01' GROUP BY decade"),
         ("And the average real dividend per decade since 1950?",
          f"SELECT {DEC} AS decade, AVG(real_dividend) FROM {IM} WHERE month >= '1950-01-01' GROUP BY decade")),
    conv("lect-2",
         ("What's the average CAPE over the whole history?", f"SELECT AVG(pe10) FROM {IM}"),
         ("How many months was it above 30?", f"SELECT COUNT(*) FROM {IM} WHERE pe10 > 30"),
         ("in which years did that happen?", f"SELECT DISTINCT {YR} FROM {IM} WHERE pe10 > 30",
          [f"SELECT DISTINCT CAST({YR} AS INTEGER) FROM {IM} WHERE pe10 > 30"]),
         ("What CAPE level means a crash is coming next year?", D)),
    conv("lect-3",
         ("Show real earnings every January from 2010 to 2020",
          f"SELECT month, real_earnings FROM {IM} WHERE month BETWEEN '2010-01-01' AND '2020-01-01' "
          "AND strftime('%m', month) = '01'",
          [f"SELECT {YR}, real_earnings FROM {IM} WHERE month BETWEEN '2010-01-01' AND '2020-01-01' "
           "AND strftime('%m', month) = '01'",
           ym(f"SELECT month, real_earnings FROM {IM} WHERE month BETWEEN '2010-01-01' AND '2020-01-01' "
              "AND strftime('%m', month) = '01'")]),
         ("what was the dividend payout ratio in January 2020?",
          f"SELECT dividend * 100.0 / earnings FROM {IM} WHERE month = '2020-01-01'",
          [f"SELECT dividend / earnings FROM {IM} WHERE month = '2020-01-01'"]),
         ("what was the average real dividend in the 1990s?",
          f"SELECT AVG(real_dividend) FROM {IM} WHERE month BETWEEN '1990-01-01' AND '1999-12-01'"),
         ("and what was GDP growth in those years?", D)),
    conv("lect-4",
         ("What's the earliest month in the data?", f"SELECT MIN(month) FROM {IM}",
          [f"SELECT strftime('%Y-%m', MIN(month)) FROM {IM}"]),
         ("what was the long-term interest rate then?",
          f"SELECT long_interest_rate FROM {IM} WHERE month = '1871-01-01'"),
         ("and the CPI?", f"SELECT cpi FROM {IM} WHERE month = '1871-01-01'"),
         ("What was the highest 10-year rate in the 1800s?",
          f"SELECT MAX(long_interest_rate) FROM {IM} WHERE month < '1900-01-01'")),
    conv("lect-5",
         ("What was the dividend yield of the index in January 1950, in percent?",
          f"SELECT dividend * 100.0 / sp500 FROM {IM} WHERE month = '1950-01-01'",
          [f"SELECT dividend / sp500 FROM {IM} WHERE month = '1950-01-01'"]),
         ("and in January 2000?",
          f"SELECT dividend * 100.0 / sp500 FROM {IM} WHERE month = '2000-01-01'",
          [f"SELECT dividend / sp500 FROM {IM} WHERE month = '2000-01-01'"]),
         ("What was the average CAPE in the months when the long-term rate was above 10 percent?",
          f"SELECT AVG(pe10) FROM {IM} WHERE long_interest_rate > 10"),
         ("and when it was below 3?", f"SELECT AVG(pe10) FROM {IM} WHERE long_interest_rate < 3")),
    conv("lect-6",
         ("What were the yearly average earnings of the S&P 500 in the 1970s?",
          f"SELECT {YR} AS yr, AVG(earnings) FROM {IM} WHERE month BETWEEN '1970-01-01' AND '1979-12-01' GROUP BY yr",
          [f"SELECT CAST({YR} AS INTEGER) AS yr, AVG(earnings) FROM {IM} "
           "WHERE month BETWEEN '1970-01-01' AND '1979-12-01' GROUP BY yr"]),
         ("which of those years had the lowest?",
          f"SELECT {YR} AS yr FROM {IM} WHERE month BETWEEN '1970-01-01' AND '1979-12-01' GROUP BY yr "
          "ORDER BY AVG(earnings) LIMIT 1",
          [f"SELECT CAST({YR} AS INTEGER) AS yr FROM {IM} WHERE month BETWEEN '1970-01-01' AND '1979-12-01' "
           "GROUP BY yr ORDER BY AVG(earnings) LIMIT 1"]),
         ("What was the unemployment rate in that year?", D),
         ("What was the lowest CAPE ever recorded?", f"SELECT MIN(pe10) FROM {IM}",
          [f"SELECT month, pe10 FROM {IM} WHERE pe10 = (SELECT MIN(pe10) FROM {IM})"])),
]

# ------------------------------------------------------------------------- newcomer (loose questions)
NEWCOMER = [
    conv("new-1",
         ("how many companies are in the S&P 500?", "SELECT COUNT(*) FROM companies"),
         ("who's the CEO of Apple?", D),
         ("which company was added to the index most recently?",
          "SELECT name FROM companies ORDER BY date_added DESC LIMIT 1",
          ["SELECT symbol FROM companies ORDER BY date_added DESC LIMIT 1"]),
         ("when was it founded?",
          "SELECT founded FROM companies ORDER BY date_added DESC LIMIT 1")),
    conv("new-2",
         ("What was Tesla's share price in 2015?", D),
         ("what's the Dow Jones at right now?", D),
         ("what's the oldest company in the S&P 500?", "SELECT name FROM companies ORDER BY founded LIMIT 1",
          ["SELECT symbol FROM companies ORDER BY founded LIMIT 1"]),
         ("which companies were founded before 1850?", "SELECT name FROM companies WHERE founded < 1850",
          ["SELECT symbol FROM companies WHERE founded < 1850"]),
         ("how many of those are in Financials?",
          "SELECT COUNT(*) FROM companies WHERE founded < 1850 AND sector = 'Financials'")),
    conv("new-3",
         ("what sectors are there?", "SELECT DISTINCT sector FROM companies"),
         ("which one has the most companies?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the biggest company in it?",
          f"SELECT c.name {FJ} WHERE c.sector = 'Industrials' ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {FJ} WHERE c.sector = 'Industrials' ORDER BY f.market_cap DESC LIMIT 1"]),
         ("is it going to go up next week?", D)),
    conv("new-4",
         ("is Amazon in the index?", "SELECT name FROM companies WHERE name LIKE '%Amazon%'",
          ["SELECT symbol FROM companies WHERE symbol = 'AMZN'", "SELECT COUNT(*) FROM companies WHERE symbol = 'AMZN'"]),
         ("when was it added?", "SELECT date_added FROM companies WHERE symbol = 'AMZN'"),
         ("how many employees does it have?", D),
         ("what are its earnings per share?", "SELECT eps FROM fundamentals WHERE symbol = 'AMZN'")),
    conv("new-5",
         ("which state has the most S&P 500 headquarters?",
          "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many companies were added to the index since 2020?",
          "SELECT COUNT(*) FROM companies WHERE date_added >= '2020-01-01'"),
         ("which companies were dropped from the index in 2023?", D),
         ("show me the Nasdaq 100 members", D)),
    conv("new-6",
         ("how many companies are based in New York City?",
          "SELECT COUNT(*) FROM companies WHERE hq_city = 'New York City'",
          ["SELECT COUNT(*) FROM companies WHERE hq_city LIKE 'New York%' AND hq_region = 'New York'"]),
         ("what sectors are they in?",
          "SELECT sector, COUNT(*) FROM companies WHERE hq_city = 'New York City' GROUP BY sector",
          ["SELECT DISTINCT sector FROM companies WHERE hq_city = 'New York City'"]),
         ("what's the cheapest stock among them?",
          f"SELECT c.name {FJ} WHERE c.hq_city = 'New York City' ORDER BY f.price LIMIT 1",
          [f"SELECT c.symbol {FJ} WHERE c.hq_city = 'New York City' ORDER BY f.price LIMIT 1"]),
         ("what was its dividend yield in 2010?", D)),
    conv("new-7",
         ("what's the price of Nvidia stock?", "SELECT price FROM fundamentals WHERE symbol = 'NVDA'"),
         ("is that near its high for the year?",
          "SELECT price, high_52w FROM fundamentals WHERE symbol = 'NVDA'",
          ["SELECT high_52w FROM fundamentals WHERE symbol = 'NVDA'"]),
         ("what's the difference between its 52-week high and low?",
          "SELECT high_52w - low_52w FROM fundamentals WHERE symbol = 'NVDA'"),
         ("and what was its share price when the company was founded?", D)),
]

SETS = {"sp500insight": JOURNALIST + DEMO + ANALYST + LECTURER + NEWCOMER}
