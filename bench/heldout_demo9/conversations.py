"""Held-out conversations over the shipped `sp500insight` demo database (companies, fundamentals,
index_monthly), written blind — as a retail investor, a data journalist, a teacher, a sales engineer
and a skeptic would ask them — before the engine was run on them. Each turn: question, reference SQL
(SQLite), optional `accept` list, or None for a round the data cannot answer (to be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
YR = "strftime('%Y', month)"
DEC = "(CAST(strftime('%Y', month) AS INTEGER) / 10) * 10"
DECT = "substr(month, 1, 3) || '0'"
NONUS = ("('Bermuda', 'Bristol, United Kingdom', 'Canada', 'Ireland', 'Netherlands', 'Switzerland', "
         "'United Kingdom')")
LOWPE = "f.pe_ratio < 10 AND f.dividend_yield > 0.04"
TOPDIV = "SELECT symbol FROM fundamentals ORDER BY dividend_yield DESC LIMIT 5"
# The same five without an ORDER BY (the scorer compares in order whenever a reference says ORDER BY).
TOPDIV_U = ("SELECT symbol FROM fundamentals f1 WHERE f1.dividend_yield IS NOT NULL AND (SELECT COUNT(*) "
            "FROM fundamentals f2 WHERE f2.dividend_yield > f1.dividend_yield) < 5")
FAR_U = ("SELECT symbol FROM fundamentals f1 WHERE f1.price / f1.high_52w IS NOT NULL AND (SELECT COUNT(*) "
         "FROM fundamentals f2 "
         "WHERE f2.price / f2.high_52w < f1.price / f1.high_52w) < 5")
SEMI = "c.sub_industry = 'Semiconductors'"
ADD = "c.date_added >= '2016-01-01' AND c.date_added < '2021-01-01'"


def v(month: str, col: str = "sp500") -> str:
    return f"(SELECT {col} FROM index_monthly WHERE month = '{month}')"


SP500 = [
    # ---------------------------------------------------------------- retail investor
    conv("retail-sectors",
         ("Which sector has the highest average P/E ratio?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 1"),
         ("and the lowest?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) ASC LIMIT 1"),
         ("show the average dividend yield for every sector",
          f"SELECT c.sector, AVG(f.dividend_yield) {CF} GROUP BY c.sector",
          [f"SELECT c.sector, AVG(f.dividend_yield) * 100 {CF} GROUP BY c.sector"]),
         ("only sectors with more than 40 companies",
          f"SELECT c.sector, AVG(f.dividend_yield) {CF} WHERE c.sector IN (SELECT sector FROM companies "
          "GROUP BY sector HAVING COUNT(*) > 40) GROUP BY c.sector",
          [f"SELECT c.sector, AVG(f.dividend_yield) * 100 {CF} WHERE c.sector IN (SELECT sector FROM companies "
           "GROUP BY sector HAVING COUNT(*) > 40) GROUP BY c.sector",
           f"SELECT c.sector, AVG(f.dividend_yield) {CF} GROUP BY c.sector HAVING COUNT(*) > 40"]),
         ("What's the weather forecast for tech stocks next week?", D)),
    conv("retail-screen",
         ("List stocks with a P/E under 10",
          "SELECT symbol FROM fundamentals WHERE pe_ratio < 10",
          [f"SELECT c.name {CF} WHERE f.pe_ratio < 10"]),
         ("which of those pay a dividend above 4%?",
          f"SELECT f.symbol {CF} WHERE {LOWPE}",
          [f"SELECT c.name {CF} WHERE {LOWPE}"]),
         ("sort them by market cap, biggest first",
          f"SELECT f.symbol {CF} WHERE {LOWPE} ORDER BY f.market_cap DESC",
          [f"SELECT c.name {CF} WHERE {LOWPE} ORDER BY f.market_cap DESC"]),
         ("just the top 3",
          f"SELECT f.symbol {CF} WHERE {LOWPE} ORDER BY f.market_cap DESC LIMIT 3",
          [f"SELECT c.name {CF} WHERE {LOWPE} ORDER BY f.market_cap DESC LIMIT 3"]),
         ("what sector is each of them in?",
          f"SELECT f.symbol, c.sector {CF} WHERE {LOWPE} ORDER BY f.market_cap DESC LIMIT 3",
          [f"SELECT c.name, c.sector {CF} WHERE {LOWPE} ORDER BY f.market_cap DESC LIMIT 3"])),
    conv("retail-yield",
         ("Top 5 stocks by dividend yield", TOPDIV,
          [f"SELECT c.name {CF} ORDER BY f.dividend_yield DESC LIMIT 5"]),
         ("what are their P/E ratios?",
          # TOPDIV_U and the name form put in after the blind run (the subquery's ORDER BY made the scorer
          # compare in table order)
          f"SELECT symbol, pe_ratio FROM fundamentals WHERE symbol IN ({TOPDIV_U})",
          [f"SELECT c.name, f.pe_ratio {CF} WHERE f.symbol IN ({TOPDIV_U})"]),
         ("which of them is in Real Estate?",
          f"SELECT c.symbol FROM companies c WHERE c.symbol IN ({TOPDIV}) AND c.sector = 'Real Estate'",
          [f"SELECT c.name FROM companies c WHERE c.symbol IN ({TOPDIV}) AND c.sector = 'Real Estate'"]),
         ("are any of them safe to buy right now?", D)),
    conv("retail-52w",
         ("Which 5 stocks trade closest to their 52-week high, measured as price divided by the high?",
          "SELECT symbol FROM fundamentals ORDER BY price / high_52w DESC LIMIT 5",
          [f"SELECT c.name {CF} ORDER BY f.price / f.high_52w DESC LIMIT 5"]),
         ("and the 5 furthest below it?",
          # IS NOT NULL put in after the blind run: NULL sorts first, the ASC cut took two stocks without a price
          "SELECT symbol FROM fundamentals WHERE price / high_52w IS NOT NULL ORDER BY price / high_52w ASC LIMIT 5",
          [f"SELECT c.name {CF} WHERE f.price / f.high_52w IS NOT NULL ORDER BY f.price / f.high_52w ASC LIMIT 5"]),
         ("what sectors are those 5 in?",
          # FAR_U (the same five without an ORDER BY) put in after the blind run
          f"SELECT c.symbol, c.sector FROM companies c WHERE c.symbol IN ({FAR_U})",
          [f"SELECT c.name, c.sector FROM companies c WHERE c.symbol IN ({FAR_U})",
           f"SELECT c.sector FROM companies c WHERE c.symbol IN ({FAR_U})",
           f"SELECT DISTINCT c.sector FROM companies c WHERE c.symbol IN ({FAR_U})"]),
         ("How many stocks closed above their 52-week high yesterday?", D)),
    conv("retail-bigtech",
         ("Compare Apple, Microsoft and Nvidia by market cap",
          "SELECT symbol, market_cap FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT', 'NVDA')",
          [f"SELECT c.name, f.market_cap {CF} WHERE f.symbol IN ('AAPL', 'MSFT', 'NVDA')"]),   # added after
         ("add their P/E ratios",
          "SELECT symbol, market_cap, pe_ratio FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT', 'NVDA')",
          [f"SELECT c.name, f.market_cap, f.pe_ratio {CF} "
           "WHERE f.symbol IN ('AAPL', 'MSFT', 'NVDA')"]),   # added after the blind run
         ("which has the lowest P/E?",
          "SELECT symbol FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT', 'NVDA') ORDER BY pe_ratio LIMIT 1",
          ["SELECT c.name FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
           "WHERE c.symbol IN ('AAPL', 'MSFT', 'NVDA') ORDER BY f.pe_ratio LIMIT 1"]),
         ("How many shares does Apple have outstanding, going by market cap and price?",
          "SELECT market_cap / price FROM fundamentals WHERE symbol = 'AAPL'"),
         ("What's Apple's analyst price target?", D)),
    conv("retail-semis",
         ("How many semiconductor companies are in the index?",
          f"SELECT COUNT(*) FROM companies c WHERE {SEMI}"),
         ("what's their average P/E?", f"SELECT AVG(f.pe_ratio) {CF} WHERE {SEMI}"),
         ("which one has the highest EBITDA?",
          f"SELECT c.symbol {CF} WHERE {SEMI} ORDER BY f.ebitda DESC LIMIT 1",
          [f"SELECT c.name {CF} WHERE {SEMI} ORDER BY f.ebitda DESC LIMIT 1"]),
         ("What's its revenue growth over the last year?", D)),
    conv("retail-foreign",
         ("Which companies are headquartered outside the United States?",
          f"SELECT symbol FROM companies WHERE hq_region IN {NONUS}",
          [f"SELECT name FROM companies WHERE hq_region IN {NONUS}"]),
         ("how many of them are in Ireland?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Ireland'"),
         ("what's the total market cap of the Irish ones?",
          f"SELECT SUM(f.market_cap) {CF} WHERE c.hq_region = 'Ireland'"),
         ("How much tax do they save by being in Ireland?", D)),
    # ---------------------------------------------------------------- data journalist
    conv("journo-1929",
         ("What was the S&P 500 level in September 1929?", f"SELECT {v('1929-09-01')}"),
         ("and its lowest point in 1932?", "SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '1932%'"),
         ("in which month of 1932 was that?",
          "SELECT month FROM index_monthly WHERE month LIKE '1932%' ORDER BY sp500 LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly WHERE month LIKE '1932%' ORDER BY sp500 LIMIT 1"]),
         ("how much did it fall in percent from September 1929 to that low?",
          "SELECT ((SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '1932%') / "
          f"{v('1929-09-01')} - 1) * 100",
          ["SELECT (1 - (SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '1932%') / "
           f"{v('1929-09-01')}) * 100",
           "SELECT (SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '1932%') / "
           f"{v('1929-09-01')} - 1",
           "SELECT 1 - (SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '1932%') / "
           f"{v('1929-09-01')}"]),
         ("How many people lost their jobs in the crash?", D)),
    conv("journo-inflation",
         ("What was the consumer price index in January 1980?", f"SELECT {v('1980-01-01', 'cpi')}"),
         ("and the year before?", f"SELECT {v('1979-01-01', 'cpi')}"),
         ("What was inflation in 1980, December over December, in percent?",
          f"SELECT ({v('1980-12-01', 'cpi')} / {v('1979-12-01', 'cpi')} - 1) * 100",
          [f"SELECT {v('1980-12-01', 'cpi')} / {v('1979-12-01', 'cpi')} - 1"]),
         ("Which year had the highest average long-term interest rate?",
          f"SELECT {YR} AS y FROM index_monthly GROUP BY y ORDER BY AVG(long_interest_rate) DESC LIMIT 1",
          [f"SELECT CAST({YR} AS INTEGER) AS y FROM index_monthly GROUP BY y "
           "ORDER BY AVG(long_interest_rate) DESC LIMIT 1"]),
         ("What was the unemployment rate that year?", D)),
    conv("journo-longrun",
         ("By what multiple did the S&P 500 rise from January 1950 to January 2020?",
          f"SELECT {v('2020-01-01')} / {v('1950-01-01')}"),
         ("and in real terms, after inflation?",
          f"SELECT {v('2020-01-01', 'real_price')} / {v('1950-01-01', 'real_price')}"),
         ("what was the real price in January 2000?", f"SELECT {v('2000-01-01', 'real_price')}"),
         ("when did the real price first get above that level again?",
          "SELECT MIN(month) FROM index_monthly WHERE month > '2000-01-01' AND real_price > "
          f"{v('2000-01-01', 'real_price')}",
          ["SELECT strftime('%Y-%m', MIN(month)) FROM index_monthly WHERE month > '2000-01-01' AND real_price > "
           f"{v('2000-01-01', 'real_price')}"]),
         ("What will the real price be in 2030?", D)),
    conv("journo-dividends",
         ("What was the index dividend on average in 1950?",
          "SELECT AVG(dividend) FROM index_monthly WHERE month LIKE '1950%'"),
         ("Show the index dividend yield, dividend divided by price, averaged by decade since 1900",
          f"SELECT {DEC} AS d, AVG(dividend / sp500) FROM index_monthly WHERE month >= '1900-01-01' GROUP BY d",
          [f"SELECT {DEC} AS d, AVG(dividend / sp500) * 100 FROM index_monthly WHERE month >= '1900-01-01' "
           "GROUP BY d",
           f"SELECT {DECT} AS d, AVG(dividend / sp500) FROM index_monthly WHERE month >= '1900-01-01' GROUP BY d",
           f"SELECT {DECT} AS d, AVG(dividend / sp500) * 100 FROM index_monthly WHERE month >= '1900-01-01' "
           "GROUP BY d"]),
         ("which decade had the highest?",
          f"SELECT {DEC} AS d FROM index_monthly WHERE month >= '1900-01-01' GROUP BY d "
          "ORDER BY AVG(dividend / sp500) DESC LIMIT 1",
          [f"SELECT {DECT} AS d FROM index_monthly WHERE month >= '1900-01-01' GROUP BY d "
           "ORDER BY AVG(dividend / sp500) DESC LIMIT 1"]),
         ("Which S&P 500 company has paid dividends for the most consecutive years?", D)),
    conv("journo-rates",
         ("When was the long-term interest rate at its highest?",
          "SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"]),
         ("what was the rate?", "SELECT MAX(long_interest_rate) FROM index_monthly"),
         ("and the CAPE at that time?",
          "SELECT pe10 FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"),
         ("What was the lowest rate since 1950?",
          "SELECT MIN(long_interest_rate) FROM index_monthly WHERE month >= '1950-01-01'"),
         ("What's the Fed funds rate today?", D)),
    conv("journo-1987",
         ("What was the S&P 500 close on October 19, 1987?", D),
         ("OK, what was the level for October 1987 in the monthly data then?", f"SELECT {v('1987-10-01')}"),
         ("and the month after?", f"SELECT {v('1987-11-01')}"),
         ("and the month before?", f"SELECT {v('1987-09-01')}")),
    conv("journo-2008",
         ("What was the S&P 500's average level in 2008?",
          "SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2008%'"),
         ("what was the highest monthly level that year?",
          "SELECT MAX(sp500) FROM index_monthly WHERE month LIKE '2008%'"),
         ("and the lowest?", "SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '2008%'"),
         ("what about 2009?", "SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '2009%'"),
         ("in which month of 2009?",
          "SELECT month FROM index_monthly WHERE month LIKE '2009%' ORDER BY sp500 LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly WHERE month LIKE '2009%' ORDER BY sp500 LIMIT 1"])),
    # ---------------------------------------------------------------- teacher
    conv("teach-cape",
         ("When was the CAPE ratio at its highest, and what was it?",
          "SELECT month, pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month), pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1"]),
         ("average CAPE per decade",
          f"SELECT {DEC} AS d, AVG(pe10) FROM index_monthly WHERE pe10 IS NOT NULL GROUP BY d",
          [f"SELECT {DECT} AS d, AVG(pe10) FROM index_monthly WHERE pe10 IS NOT NULL GROUP BY d"]),
         ("which decade had the lowest?",
          f"SELECT {DEC} AS d FROM index_monthly WHERE pe10 IS NOT NULL GROUP BY d ORDER BY AVG(pe10) LIMIT 1",
          [f"SELECT {DECT} AS d FROM index_monthly WHERE pe10 IS NOT NULL GROUP BY d ORDER BY AVG(pe10) LIMIT 1"]),
         ("What has the average CAPE been since 2000?",
          "SELECT AVG(pe10) FROM index_monthly WHERE month >= '2000-01-01'"),
         ("What will the CAPE be at the end of next year?", D)),
    conv("teach-pe-index",
         ("What was the index's price to earnings ratio, price over earnings, in December 1999?",
          f"SELECT {v('1999-12-01')} / {v('1999-12-01', 'earnings')}"),
         ("and in December 2008?", f"SELECT {v('2008-12-01')} / {v('2008-12-01', 'earnings')}"),
         ("show that P/E averaged by decade since 1950",
          f"SELECT {DEC} AS d, AVG(sp500 / earnings) FROM index_monthly WHERE month >= '1950-01-01' GROUP BY d",
          [f"SELECT {DECT} AS d, AVG(sp500 / earnings) FROM index_monthly WHERE month >= '1950-01-01' GROUP BY d"]),
         ("which decade was cheapest by that measure?",
          f"SELECT {DEC} AS d FROM index_monthly WHERE month >= '1950-01-01' GROUP BY d "
          "ORDER BY AVG(sp500 / earnings) LIMIT 1",
          [f"SELECT {DECT} AS d FROM index_monthly WHERE month >= '1950-01-01' GROUP BY d "
           "ORDER BY AVG(sp500 / earnings) LIMIT 1"])),
    conv("teach-stock-pe",
         ("Which company in the list has the highest P/E?",
          "SELECT symbol FROM fundamentals ORDER BY pe_ratio DESC LIMIT 1",
          [f"SELECT c.name {CF} ORDER BY f.pe_ratio DESC LIMIT 1"]),
         ("What was its P/E ten years ago?", D),
         ("What's the average P/E of Information Technology companies?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Information Technology'"),
         ("how many of them have a P/E above 50?",
          f"SELECT COUNT(*) {CF} WHERE c.sector = 'Information Technology' AND f.pe_ratio > 50"),
         ("what's the average price to book for those?",
          f"SELECT AVG(f.price_to_book) {CF} WHERE c.sector = 'Information Technology' AND f.pe_ratio > 50"),
         ("and price to sales?",
          f"SELECT AVG(f.price_to_sales) {CF} WHERE c.sector = 'Information Technology' AND f.pe_ratio > 50")),
    conv("teach-earnings",
         ("What were real earnings in January 1990 and January 2020?",
          "SELECT month, real_earnings FROM index_monthly WHERE month IN ('1990-01-01', '2020-01-01')",
          [f"SELECT {v('1990-01-01', 'real_earnings')}, {v('2020-01-01', 'real_earnings')}"]),
         ("what's the percentage change between them?",
          f"SELECT ({v('2020-01-01', 'real_earnings')} / {v('1990-01-01', 'real_earnings')} - 1) * 100",
          [f"SELECT {v('2020-01-01', 'real_earnings')} / {v('1990-01-01', 'real_earnings')} - 1"]),
         ("Which year since 1950 had the lowest average real earnings?",
          f"SELECT {YR} AS y FROM index_monthly WHERE month >= '1950-01-01' AND real_earnings IS NOT NULL "
          "GROUP BY y ORDER BY AVG(real_earnings) LIMIT 1",
          [f"SELECT CAST({YR} AS INTEGER) AS y FROM index_monthly WHERE month >= '1950-01-01' "
           "AND real_earnings IS NOT NULL GROUP BY y ORDER BY AVG(real_earnings) LIMIT 1"]),
         ("What was the earnings yield, earnings over price, in percent in January 2020?",
          f"SELECT {v('2020-01-01', 'earnings')} / {v('2020-01-01')} * 100",
          [f"SELECT {v('2020-01-01', 'earnings')} / {v('2020-01-01')}"])),
    # ---------------------------------------------------------------- sales engineer demo
    conv("demo-texas",
         ("How many companies are in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("only the ones headquartered in Texas",
          "SELECT sector, COUNT(*) FROM companies WHERE hq_region = 'Texas' GROUP BY sector"),
         ("now group by city instead",
          "SELECT hq_city, COUNT(*) FROM companies WHERE hq_region = 'Texas' GROUP BY hq_city"),
         ("sort by count, highest first",
          "SELECT hq_city, COUNT(*) AS n FROM companies WHERE hq_region = 'Texas' GROUP BY hq_city "
          "ORDER BY n DESC, hq_city",
          # added later: the question orders by the count only, so cities tied on it may come in any order
          ["SELECT hq_city, COUNT(*) AS n FROM companies WHERE hq_region = 'Texas' GROUP BY hq_city ORDER BY n DESC"]),
         ("just the top 2",
          "SELECT hq_city, COUNT(*) AS n FROM companies WHERE hq_region = 'Texas' GROUP BY hq_city "
          "ORDER BY n DESC LIMIT 2")),
    conv("demo-mcap",
         ("Average market cap by sector", f"SELECT c.sector, AVG(f.market_cap) {CF} GROUP BY c.sector"),
         ("in billions", f"SELECT c.sector, AVG(f.market_cap) / 1e9 {CF} GROUP BY c.sector"),
         ("only Information Technology and Health Care",
          f"SELECT c.sector, AVG(f.market_cap) / 1e9 {CF} "
          "WHERE c.sector IN ('Information Technology', 'Health Care') GROUP BY c.sector"),
         ("show the total instead of the average",
          f"SELECT c.sector, SUM(f.market_cap) / 1e9 {CF} "
          "WHERE c.sector IN ('Information Technology', 'Health Care') GROUP BY c.sector"),
         ("which of the two is larger?",
          f"SELECT c.sector {CF} WHERE c.sector IN ('Information Technology', 'Health Care') "
          "GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1")),
    conv("demo-years",
         ("What was the average S&P 500 level in 2019?",
          "SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2019%'"),
         ("and the year before?", "SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2018%'"),
         ("show the average for each year from 2010 to 2019",
          f"SELECT {YR} AS y, AVG(sp500) FROM index_monthly WHERE month BETWEEN '2010-01-01' AND '2019-12-01' "
          "GROUP BY y",
          [f"SELECT CAST({YR} AS INTEGER) AS y, AVG(sp500) FROM index_monthly "
           "WHERE month BETWEEN '2010-01-01' AND '2019-12-01' GROUP BY y"]),
         ("sort by the average, lowest first",
          f"SELECT {YR} AS y, AVG(sp500) AS a FROM index_monthly WHERE month BETWEEN '2010-01-01' AND '2019-12-01' "
          "GROUP BY y ORDER BY a",
          [f"SELECT CAST({YR} AS INTEGER) AS y, AVG(sp500) AS a FROM index_monthly "
           "WHERE month BETWEEN '2010-01-01' AND '2019-12-01' GROUP BY y ORDER BY a"]),
         ("only the first three",
          f"SELECT {YR} AS y, AVG(sp500) AS a FROM index_monthly WHERE month BETWEEN '2010-01-01' AND '2019-12-01' "
          "GROUP BY y ORDER BY a LIMIT 3",
          [f"SELECT CAST({YR} AS INTEGER) AS y, AVG(sp500) AS a FROM index_monthly "
           "WHERE month BETWEEN '2010-01-01' AND '2019-12-01' GROUP BY y ORDER BY a LIMIT 3"])),
    conv("demo-utilities",
         ("List the Utilities companies", "SELECT symbol FROM companies WHERE sector = 'Utilities'",
          ["SELECT name FROM companies WHERE sector = 'Utilities'"]),
         ("only those in California or Texas",
          "SELECT symbol FROM companies WHERE sector = 'Utilities' AND hq_region IN ('California', 'Texas')",
          ["SELECT name FROM companies WHERE sector = 'Utilities' AND hq_region IN ('California', 'Texas')"]),
         ("with their dividend yields",
          f"SELECT c.symbol, f.dividend_yield {CF} WHERE c.sector = 'Utilities' "
          "AND c.hq_region IN ('California', 'Texas')",
          [f"SELECT c.name, f.dividend_yield {CF} WHERE c.sector = 'Utilities' "
           "AND c.hq_region IN ('California', 'Texas')"]),
         ("sort by yield, highest first",
          f"SELECT c.symbol, f.dividend_yield {CF} WHERE c.sector = 'Utilities' "
          "AND c.hq_region IN ('California', 'Texas') ORDER BY f.dividend_yield DESC",
          [f"SELECT c.name, f.dividend_yield {CF} WHERE c.sector = 'Utilities' "
           "AND c.hq_region IN ('California', 'Texas') ORDER BY f.dividend_yield DESC"])),
    conv("demo-founded",
         ("What's the oldest company in the S&P 500 by founding year?",
          "SELECT name FROM companies ORDER BY founded LIMIT 1",
          ["SELECT symbol FROM companies ORDER BY founded LIMIT 1"]),
         ("how many companies were founded before 1900?",
          "SELECT COUNT(*) FROM companies WHERE founded < 1900"),
         ("break that down by sector",
          "SELECT sector, COUNT(*) FROM companies WHERE founded < 1900 GROUP BY sector"),
         ("only sectors with at least 10",
          "SELECT sector, COUNT(*) FROM companies WHERE founded < 1900 GROUP BY sector HAVING COUNT(*) >= 10"),
         ("What were their original names when founded?", D)),
    # ---------------------------------------------------------------- skeptic
    conv("skeptic-biggest",
         ("Which is the biggest company?", "SELECT symbol FROM fundamentals ORDER BY market_cap DESC LIMIT 1",
          [f"SELECT c.name {CF} ORDER BY f.market_cap DESC LIMIT 1"]),
         ("What's its CEO's name?", D),
         ("How many employees does it have?", D),
         ("when was it added to the index?",
          "SELECT date_added FROM companies WHERE symbol = (SELECT symbol FROM fundamentals "
          "ORDER BY market_cap DESC LIMIT 1)"),
         ("and when was it founded?",
          "SELECT founded FROM companies WHERE symbol = (SELECT symbol FROM fundamentals "
          "ORDER BY market_cap DESC LIMIT 1)")),
    conv("skeptic-sectors",
         ("What's the best performing sector this year?", D),
         ("Which sector has the most companies?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the fewest?", "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) LIMIT 1"),
         ("What's the average EPS in that sector?",
          f"SELECT AVG(f.eps) {CF} WHERE c.sector = 'Energy'"),
         ("How much oil do those companies produce per day?", D)),
    conv("skeptic-added",
         ("How many companies were added to the S&P 500 between 2016 and 2020?",
          f"SELECT COUNT(*) FROM companies c WHERE {ADD}",
          ["SELECT COUNT(*) FROM companies WHERE date_added >= '2016-01-01' AND date_added < '2020-01-01'",
           "SELECT COUNT(*) FROM companies WHERE date_added >= '2016-01-01' AND date_added <= '2020-12-31'"]),
         ("which year in that range had the most additions?",
          f"SELECT strftime('%Y', c.date_added) AS y FROM companies c WHERE {ADD} GROUP BY y "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT CAST(strftime('%Y', c.date_added) AS INTEGER) AS y FROM companies c WHERE {ADD} GROUP BY y "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("What was their share price on the day they were added?", D),
         ("Which companies were removed from the index in 2018?", D)),
    conv("skeptic-latest",
         ("What's the dividend of the S&P 500 index for 2025?", D),
         ("What's the latest month with CAPE data?",
          "SELECT MAX(month) FROM index_monthly WHERE pe10 IS NOT NULL",
          ["SELECT strftime('%Y-%m', MAX(month)) FROM index_monthly WHERE pe10 IS NOT NULL"]),
         ("what was the CAPE then?",
          "SELECT pe10 FROM index_monthly WHERE month = (SELECT MAX(month) FROM index_monthly "
          "WHERE pe10 IS NOT NULL)"),
         ("What's the most recent S&P 500 level in the data?",
          "SELECT sp500 FROM index_monthly ORDER BY month DESC LIMIT 1"),
         ("What's Apple's EPS?", "SELECT eps FROM fundamentals WHERE symbol = 'AAPL'")),
    conv("skeptic-ties",
         ("Which state has the most company headquarters?",
          "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and which city?", "SELECT hq_city FROM companies GROUP BY hq_city ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many companies have their headquarters in Chicago or Atlanta?",
          "SELECT COUNT(*) FROM companies WHERE hq_city IN ('Chicago', 'Atlanta')"),
         ("What's the office rent those companies pay?", D)),
]

SETS = {"sp500insight": SP500}
