"""Held-out conversations over the shipped `sp500insight` demo database, written as a quant who is
not a native English speaker asks them (small grammar slips, jargon such as YoY, QoQ, CAGR, max
drawdown, earnings yield), before the engine was run on them. Each turn: question, reference SQL
(SQLite; a list for a breakdown), optional `accept` (other SQL that also answers), or None when the
data does not hold the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
TOP10 = f"SELECT c.name, f.market_cap {CF} ORDER BY f.market_cap DESC LIMIT 10"
TOP10S = "SELECT symbol, market_cap FROM fundamentals ORDER BY market_cap DESC LIMIT 10"
DIV5 = f"SELECT c.name, f.dividend_yield {CF} ORDER BY f.dividend_yield DESC LIMIT 5"
FOUR = "('AAPL', 'MSFT', 'NVDA', 'GOOGL')"
FIVE = "('AAPL', 'MSFT', 'NVDA', 'GOOGL', 'GOOG')"
DD = ("SELECT month, sp500, MAX(sp500) OVER (ORDER BY month) AS peak FROM index_monthly "
      "WHERE month >= '2000-01-01'")
QEND = ("SELECT month, sp500, (sp500 / LAG(sp500) OVER (ORDER BY month) - 1) * 100 AS qoq FROM index_monthly "
        "WHERE month IN ('2024-12-01', '2025-03-01', '2025-06-01', '2025-09-01', '2025-12-01')")
YE = ("SELECT strftime('%Y', month) AS yr, sp500, (sp500 / LAG(sp500) OVER (ORDER BY month) - 1) * 100 AS yoy "
      "FROM index_monthly WHERE strftime('%m', month) = '12' AND month >= '2014-12-01'")
VAL = f"{CF} WHERE f.pe_ratio < 15 AND f.dividend_yield > 0.04"
SMALL5 = f"SELECT c.name, c.sector, f.market_cap {CF} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 5"
RANGE5 = (f"SELECT c.name, (f.high_52w / f.low_52w - 1) * 100 AS rng, f.pe_ratio {CF} "
          "ORDER BY f.high_52w / f.low_52w DESC LIMIT 5")

CONVS = [
    conv("sectors",
         ("how much companies are in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("which sector have the most?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the least?", "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) ASC LIMIT 1"),
         ("what is the average P/E of that one?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Energy'"),
         ("what's the beta of the energy sector versus the index?", D)),
    conv("apple",
         ("the price of Apple is how much?", "SELECT price FROM fundamentals WHERE symbol = 'AAPL'"),
         ("and its P/E?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'AAPL'"),
         ("earnings yield then?", "SELECT 1.0 / pe_ratio FROM fundamentals WHERE symbol = 'AAPL'",
          ["SELECT 100.0 / pe_ratio FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT eps / price FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT eps / price * 100 FROM fundamentals WHERE symbol = 'AAPL'"]),
         ("how much % it trades below the 52w high?",
          "SELECT (high_52w - price) / high_52w * 100 FROM fundamentals WHERE symbol = 'AAPL'",
          ["SELECT (high_52w - price) / high_52w FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT (price / high_52w - 1) * 100 FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT price / high_52w - 1 FROM fundamentals WHERE symbol = 'AAPL'"]),
         ("what is implied vol of Apple options right now?", D)),
    conv("mega-caps",
         ("top 10 by market cap", TOP10, [TOP10S]),
         ("what share of the total S&P market cap they make, in %?",
          f"SELECT (SELECT SUM(market_cap) FROM ({TOP10S})) * 100.0 / SUM(market_cap) FROM fundamentals",
          [f"SELECT (SELECT SUM(market_cap) FROM ({TOP10S})) * 1.0 / SUM(market_cap) FROM fundamentals"]),
         ("which of those are not tech?",
          f"SELECT t.name FROM ({TOP10}) t JOIN companies c ON c.name = t.name "
          "WHERE c.sector <> 'Information Technology'"),
         ("ok and free float of them?", D)),
    conv("cape",
         ("CAPE of the index at the end of 1999?", "SELECT pe10 FROM index_monthly WHERE month = '1999-12-01'"),
         ("what was the max CAPE ever and when?",
          "SELECT month, pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("and the lowest value since 1950?",
          "SELECT MIN(pe10) FROM index_monthly WHERE month >= '1950-01-01'"),
         ("average CAPE per decade from 1950",
          "SELECT CAST(strftime('%Y', month) AS INTEGER) / 10 * 10 AS decade, AVG(pe10) FROM index_monthly "
          "WHERE month >= '1950-01-01' GROUP BY decade",
          ["SELECT AVG(pe10) FROM index_monthly WHERE month >= '1950-01-01' "
           "GROUP BY CAST(strftime('%Y', month) AS INTEGER) / 10"]),
         ("which decade it was the highest?",
          "SELECT CAST(strftime('%Y', month) AS INTEGER) / 10 * 10 AS decade FROM index_monthly "
          "WHERE month >= '1950-01-01' GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1"),
         ("will CAPE mean-revert next year?", D)),
    conv("cagr",
         ("level of the S&P in Jan 2000 and the latest one",
          "SELECT month, sp500 FROM index_monthly WHERE month IN ('2000-01-01', '2026-06-01')"),
         ("so what is the CAGR of the index since 2000, in %?",
          "SELECT (power((SELECT sp500 FROM index_monthly WHERE month = '2026-06-01') / "
          "(SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'), 12.0 / 317) - 1) * 100",
          ["SELECT power((SELECT sp500 FROM index_monthly WHERE month = '2026-06-01') / "
           "(SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'), 12.0 / 317) - 1"]
          + [f"SELECT (power((SELECT sp500 FROM index_monthly WHERE month = '2026-06-01') / "
             f"(SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'), 1.0 / {yrs}) - 1){pct}"
             for yrs in ("26", "((julianday('2026-06-01') - julianday('2000-01-01')) / 365.25)")
             for pct in (" * 100", "")]),
         ("and the total price return over that period?",
          "SELECT ((SELECT sp500 FROM index_monthly WHERE month = '2026-06-01') / "
          "(SELECT sp500 FROM index_monthly WHERE month = '2000-01-01') - 1) * 100",
          ["SELECT (SELECT sp500 FROM index_monthly WHERE month = '2026-06-01') / "
           "(SELECT sp500 FROM index_monthly WHERE month = '2000-01-01') - 1"]),
         ("what was the Sharpe ratio of it over same period?", D)),
    conv("yoy",
         ("YoY % change of the index for every year since 2015, using the December level",
          f"SELECT yr, yoy FROM ({YE}) WHERE yr >= '2015'"),
         ("which year was the worst?", f"SELECT yr FROM ({YE}) WHERE yr >= '2015' ORDER BY yoy ASC LIMIT 1"),
         ("and the best?", f"SELECT yr FROM ({YE}) WHERE yr >= '2015' ORDER BY yoy DESC LIMIT 1"),
         ("how many years were negative?", f"SELECT COUNT(*) FROM ({YE}) WHERE yr >= '2015' AND yoy < 0"),
         ("what was the VIX at end of 2022?", D)),
    conv("drawdown",
         ("max drawdown of the S&P since 2000 on the monthly levels, in %",
          f"SELECT MIN(sp500 / peak - 1) * 100 FROM ({DD})",
          [f"SELECT MIN(sp500 / peak - 1) FROM ({DD})",
           f"SELECT MAX(1 - sp500 / peak) * 100 FROM ({DD})",
           f"SELECT MAX(1 - sp500 / peak) FROM ({DD})"]),
         ("in which month was the bottom of it?",
          f"SELECT month FROM ({DD}) ORDER BY sp500 / peak ASC LIMIT 1"),
         ("how was the CAPE in that month?",
          f"SELECT pe10 FROM index_monthly WHERE month = (SELECT month FROM ({DD}) ORDER BY sp500 / peak ASC LIMIT 1)"),
         ("and the 10y rate?",
          "SELECT long_interest_rate FROM index_monthly WHERE month = "
          f"(SELECT month FROM ({DD}) ORDER BY sp500 / peak ASC LIMIT 1)")),
    conv("dividends",
         ("Which 5 companies pay the highest dividend yield?", DIV5),
         ("in which sectors are they?",
          f"SELECT t.name, c.sector FROM ({DIV5}) t JOIN companies c ON c.name = t.name",
          [f"SELECT DISTINCT c.sector FROM ({DIV5}) t JOIN companies c ON c.name = t.name"]),
         ("average dividend yield per sector in percent, highest first",
          f"SELECT c.sector, AVG(f.dividend_yield) * 100 AS y {CF} GROUP BY c.sector ORDER BY y DESC",
          [f"SELECT c.sector, AVG(f.dividend_yield) AS y {CF} GROUP BY c.sector ORDER BY y DESC"]),
         ("how much companies don't pay any dividend?",
          "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield IS NULL OR dividend_yield = 0"),
         ("when is next ex-dividend date of Verizon?", D)),
    conv("pe-dispersion",
         ("dispersion of P/E within each sector — just take max minus min P/E per sector",
          f"SELECT c.sector, MAX(f.pe_ratio) - MIN(f.pe_ratio) {CF} GROUP BY c.sector"),
         ("which sector has the widest?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY MAX(f.pe_ratio) - MIN(f.pe_ratio) DESC LIMIT 1"),
         ("show me the 3 highest P/E names in that sector",
          f"SELECT c.name, f.pe_ratio {CF} WHERE c.sector = 'Consumer Discretionary' "
          "ORDER BY f.pe_ratio DESC LIMIT 3"),
         ("and the narrowest sector?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY MAX(f.pe_ratio) - MIN(f.pe_ratio) ASC LIMIT 1")),
    conv("big-tech",
         ("compare Apple and Microsoft on P/E, P/B and dividend yield",
          "SELECT symbol, pe_ratio, price_to_book, dividend_yield FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT')",
          # added after the blind run: the same rows named by company name
          [f"SELECT c.name, f.pe_ratio, f.price_to_book, f.dividend_yield {CF} WHERE f.symbol IN ('AAPL', 'MSFT')"]),
         ("add Nvidia and Alphabet class A",
          f"SELECT symbol, pe_ratio, price_to_book, dividend_yield FROM fundamentals WHERE symbol IN {FOUR}"),
         ("who is the cheapest on earnings yield?",
          f"SELECT symbol FROM fundamentals WHERE symbol IN {FOUR} ORDER BY 1.0 / pe_ratio DESC LIMIT 1"),
         ("which one has the biggest EBITDA?",
          f"SELECT symbol FROM fundamentals WHERE symbol IN {FOUR} ORDER BY ebitda DESC LIMIT 1"),
         ("how much employees each of them have?", D)),
    conv("texas",
         ("how much companies are headquartered in Texas?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("which state have the most HQs?",
          "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 1"),
         ("top 3 cities by number of HQ",
          "SELECT hq_city, COUNT(*) AS n FROM companies GROUP BY hq_city ORDER BY n DESC LIMIT 3"),
         ("back to Texas — the most common sub-industry there?",
          "SELECT sub_industry FROM companies WHERE hq_region = 'Texas' GROUP BY sub_industry "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("biggest Texas company by market cap?",
          f"SELECT c.name {CF} WHERE c.hq_region = 'Texas' ORDER BY f.market_cap DESC LIMIT 1")),
    conv("additions",
         ("how many names got added to the index each year since 2015?",
          "SELECT strftime('%Y', date_added) AS yr, COUNT(*) FROM companies WHERE date_added >= '2015-01-01' "
          "GROUP BY yr"),
         ("which year had most additions?",
          "SELECT strftime('%Y', date_added) AS yr FROM companies WHERE date_added >= '2015-01-01' "
          "GROUP BY yr ORDER BY COUNT(*) DESC LIMIT 1"),
         ("from the ones added that year, which is biggest by market cap?",
          f"SELECT c.name {CF} WHERE c.date_added LIKE '2017%' ORDER BY f.market_cap DESC LIMIT 1"),
         ("why S&P committee added them?", D),
         ("average P/E of companies added since 2020 vs added before 2000",
          f"SELECT CASE WHEN c.date_added >= '2020-01-01' THEN 'since 2020' ELSE 'before 2000' END AS grp, "
          f"AVG(f.pe_ratio) {CF} WHERE c.date_added >= '2020-01-01' OR c.date_added < '2000-01-01' GROUP BY grp",
          [f"SELECT (SELECT AVG(f.pe_ratio) {CF} WHERE c.date_added >= '2020-01-01'), "
           f"(SELECT AVG(f.pe_ratio) {CF} WHERE c.date_added < '2000-01-01')"])),
    conv("oldest",
         ("what is the oldest company in the index (founding year)?",
          "SELECT name, founded FROM companies ORDER BY founded ASC LIMIT 1"),
         ("how much companies were founded before 1900?", "SELECT COUNT(*) FROM companies WHERE founded < 1900"),
         ("their average dividend yield vs the rest?",
          f"SELECT CASE WHEN c.founded < 1900 THEN 'before 1900' ELSE 'rest' END AS grp, AVG(f.dividend_yield) {CF} "
          "GROUP BY grp",
          [f"SELECT CASE WHEN c.founded < 1900 THEN 'before 1900' ELSE 'rest' END AS grp, "
           f"AVG(f.dividend_yield) * 100 {CF} GROUP BY grp"]),
         ("who is CEO of the oldest one?", D)),
    conv("rates",
         ("the 10y rate in September 2023?", "SELECT long_interest_rate FROM index_monthly WHERE month = '2023-09-01'"),
         ("highest 10-year yield in the data, and which month?",
          "SELECT month, long_interest_rate FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"),
         ("average per decade since 1960",
          "SELECT CAST(strftime('%Y', month) AS INTEGER) / 10 * 10 AS decade, AVG(long_interest_rate) "
          "FROM index_monthly WHERE month >= '1960-01-01' GROUP BY decade",
          ["SELECT AVG(long_interest_rate) FROM index_monthly WHERE month >= '1960-01-01' "
           "GROUP BY CAST(strftime('%Y', month) AS INTEGER) / 10"]),
         ("equity risk premium in June 2023 — earnings yield of the index minus the 10y, in %",
          "SELECT earnings / sp500 * 100 - long_interest_rate FROM index_monthly WHERE month = '2023-06-01'"),
         ("what will the Fed do with rates in December?", D)),
    conv("crash-1929",
         ("real price of the index in Sep 1929 and in Jun 1932",
          "SELECT month, real_price FROM index_monthly WHERE month IN ('1929-09-01', '1932-06-01')"),
         ("the drop in % between them?",
          "SELECT ((SELECT real_price FROM index_monthly WHERE month = '1932-06-01') / "
          "(SELECT real_price FROM index_monthly WHERE month = '1929-09-01') - 1) * 100",
          ["SELECT (1 - (SELECT real_price FROM index_monthly WHERE month = '1932-06-01') / "
           "(SELECT real_price FROM index_monthly WHERE month = '1929-09-01')) * 100",
           "SELECT (SELECT real_price FROM index_monthly WHERE month = '1932-06-01') / "
           "(SELECT real_price FROM index_monthly WHERE month = '1929-09-01') - 1"]),
         ("how many months the nominal index stayed below the Sep 1929 level after it?",
          "SELECT COUNT(*) FROM index_monthly WHERE month > '1929-09-01' AND sp500 < "
          "(SELECT sp500 FROM index_monthly WHERE month = '1929-09-01')"),
         ("when it first closed above that level again?",
          "SELECT MIN(month) FROM index_monthly WHERE month > '1929-09-01' AND sp500 > "
          "(SELECT sp500 FROM index_monthly WHERE month = '1929-09-01')",
          ["SELECT MIN(month) FROM index_monthly WHERE month > '1929-09-01' AND sp500 >= "
           "(SELECT sp500 FROM index_monthly WHERE month = '1929-09-01')"])),
    conv("pe-expansion",
         ("trailing P/E of the index (price / earnings) in June 2013 and June 2023",
          "SELECT month, sp500 / earnings FROM index_monthly WHERE month IN ('2013-06-01', '2023-06-01')"),
         ("so how much P/E expansion in %?",
          "SELECT ((SELECT sp500 / earnings FROM index_monthly WHERE month = '2023-06-01') / "
          "(SELECT sp500 / earnings FROM index_monthly WHERE month = '2013-06-01') - 1) * 100",
          ["SELECT (SELECT sp500 / earnings FROM index_monthly WHERE month = '2023-06-01') / "
           "(SELECT sp500 / earnings FROM index_monthly WHERE month = '2013-06-01') - 1"]),
         ("and the earnings growth same 10 years?",
          "SELECT ((SELECT earnings FROM index_monthly WHERE month = '2023-06-01') / "
          "(SELECT earnings FROM index_monthly WHERE month = '2013-06-01') - 1) * 100",
          ["SELECT (SELECT earnings FROM index_monthly WHERE month = '2023-06-01') / "
           "(SELECT earnings FROM index_monthly WHERE month = '2013-06-01') - 1"]),
         ("what do analysts expect for earnings growth in 2027?", D)),
    conv("qoq",
         ("QoQ change of the index in 2025, on quarter-end months",
          f"SELECT month, qoq FROM ({QEND}) WHERE month >= '2025-01-01'"),
         ("which quarter was the best?", f"SELECT month FROM ({QEND}) WHERE month >= '2025-01-01' "
          "ORDER BY qoq DESC LIMIT 1"),
         ("and average level of the index per quarter of 2025",
          "SELECT (CAST(strftime('%m', month) AS INTEGER) + 2) / 3 AS q, AVG(sp500) FROM index_monthly "
          "WHERE month LIKE '2025%' GROUP BY q",
          ["SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2025%' "
           "GROUP BY (CAST(strftime('%m', month) AS INTEGER) + 2) / 3"]),
         ("what about 2026 so far, monthly?",
          "SELECT month, sp500 FROM index_monthly WHERE month LIKE '2026%'")),
    conv("value-screen",
         ("screen: P/E under 15 and dividend yield above 4%", f"SELECT c.name {VAL}"),
         ("how much of them are Financials?", f"SELECT COUNT(*) {VAL} AND c.sector = 'Financials'"),
         ("rank all of them by market cap", f"SELECT c.name, f.market_cap {VAL} ORDER BY f.market_cap DESC"),
         ("only keep ones trading within 10% of the 52w low",
          f"SELECT c.name {VAL} AND f.price <= f.low_52w * 1.1"),
         ("and short interest on those?", D)),
    conv("ev-ebitda",
         ("EV/EBITDA for Exxon?", D),
         ("ok then market cap to EBITDA for Exxon",
          "SELECT market_cap * 1.0 / ebitda FROM fundamentals WHERE symbol = 'XOM'"),
         ("and the average of this ratio for whole Energy sector",
          f"SELECT AVG(f.market_cap * 1.0 / f.ebitda) {CF} WHERE c.sector = 'Energy' AND f.ebitda > 0",
          [f"SELECT SUM(f.market_cap) * 1.0 / SUM(f.ebitda) {CF} WHERE c.sector = 'Energy' AND f.ebitda > 0",
           f"SELECT AVG(f.market_cap * 1.0 / f.ebitda) {CF} WHERE c.sector = 'Energy'"]),
         ("which energy names have it below 6?",
          f"SELECT c.name {CF} WHERE c.sector = 'Energy' AND f.ebitda > 0 AND f.market_cap * 1.0 / f.ebitda < 6")),
    conv("52w-range",
         ("5 names with biggest 52-week range in percent (high over low)", RANGE5),
         ("from those the lowest P/E?",
          f"SELECT name FROM ({RANGE5}) WHERE pe_ratio IS NOT NULL ORDER BY pe_ratio ASC LIMIT 1"),
         ("how many stocks trade above the middle of their 52w range?",
          "SELECT COUNT(*) FROM fundamentals WHERE price > (high_52w + low_52w) / 2"),
         ("and per sector?",
          f"SELECT c.sector, COUNT(*) {CF} WHERE f.price > (f.high_52w + f.low_52w) / 2 GROUP BY c.sector")),
    conv("health-care",
         ("how much sub-industries are in Health Care?",
          "SELECT COUNT(DISTINCT sub_industry) FROM companies WHERE sector = 'Health Care'"),
         ("which one have the most companies?",
          "SELECT sub_industry FROM companies WHERE sector = 'Health Care' GROUP BY sub_industry "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("average price to sales for each of them, top 3",
          f"SELECT c.sub_industry, AVG(f.price_to_sales) AS ps {CF} WHERE c.sector = 'Health Care' "
          "GROUP BY c.sub_industry ORDER BY ps DESC LIMIT 3"),
         ("what is the FDA pipeline of pharma names?", D)),
    conv("small-caps",
         ("the 5 smallest companies in the index by mcap", SMALL5),
         ("what sectors they belong?",
          f"SELECT name, sector FROM ({SMALL5})", [f"SELECT DISTINCT sector FROM ({SMALL5})"]),
         ("total mcap of them in billions?", f"SELECT SUM(market_cap) / 1e9 FROM ({SMALL5})",
          [f"SELECT SUM(market_cap) FROM ({SMALL5})"]),
         ("and their intraday volume today?", D)),
    conv("index-ey",
         ("earnings yield of the S&P each December from 2015 to 2022",
          "SELECT month, earnings / sp500 FROM index_monthly WHERE strftime('%m', month) = '12' "
          "AND month BETWEEN '2015-01-01' AND '2022-12-31'",
          ["SELECT month, earnings / sp500 * 100 FROM index_monthly WHERE strftime('%m', month) = '12' "
           "AND month BETWEEN '2015-01-01' AND '2022-12-31'"]),
         ("put the 10y rate next to it",
          "SELECT month, earnings / sp500, long_interest_rate FROM index_monthly WHERE strftime('%m', month) = '12' "
          "AND month BETWEEN '2015-01-01' AND '2022-12-31'",
          ["SELECT month, earnings / sp500 * 100, long_interest_rate FROM index_monthly "
           "WHERE strftime('%m', month) = '12' AND month BETWEEN '2015-01-01' AND '2022-12-31'"]),
         ("in which of these years was the gap biggest?",
          "SELECT month FROM index_monthly WHERE strftime('%m', month) = '12' "
          "AND month BETWEEN '2015-01-01' AND '2022-12-31' ORDER BY earnings / sp500 * 100 - long_interest_rate DESC "
          "LIMIT 1")),
    conv("tesla",
         ("Tesla P/E and P/S?", "SELECT pe_ratio, price_to_sales FROM fundamentals WHERE symbol = 'TSLA'"),
         ("how it compares with the average of its sector?",
          f"SELECT AVG(f.pe_ratio), AVG(f.price_to_sales) {CF} WHERE c.sector = 'Consumer Discretionary'"),
         ("Tesla's close on 15 March 2024?", D),
         ("how many companies in the sector have a higher P/S than Tesla?",
          f"SELECT COUNT(*) {CF} WHERE c.sector = 'Consumer Discretionary' AND f.price_to_sales > "
          "(SELECT price_to_sales FROM fundamentals WHERE symbol = 'TSLA')"),
         ("and its market cap in euro?", D)),
    conv("inflation",
         ("CPI inflation YoY for 1980, December over December",
          "SELECT ((SELECT cpi FROM index_monthly WHERE month = '1980-12-01') / "
          "(SELECT cpi FROM index_monthly WHERE month = '1979-12-01') - 1) * 100",
          ["SELECT (SELECT cpi FROM index_monthly WHERE month = '1980-12-01') / "
           "(SELECT cpi FROM index_monthly WHERE month = '1979-12-01') - 1"]),
         ("which year since 1950 had the highest avg long rate?",
          "SELECT strftime('%Y', month) AS yr FROM index_monthly WHERE month >= '1950-01-01' GROUP BY yr "
          "ORDER BY AVG(long_interest_rate) DESC LIMIT 1"),
         ("and the real earnings of the index in that year, average?",
          "SELECT AVG(real_earnings) FROM index_monthly WHERE month LIKE '1981%'"),
         ("how the Nikkei did in that year?", D)),
    conv("book-value",
         ("cheapest 5 stocks on price to book",
          f"SELECT c.name, f.price_to_book {CF} WHERE f.price_to_book > 0 ORDER BY f.price_to_book ASC LIMIT 5",
          [f"SELECT c.name, f.price_to_book {CF} WHERE f.price_to_book IS NOT NULL ORDER BY f.price_to_book ASC "
           "LIMIT 5"]),
         ("how many stocks trade below book (P/B under 1)?",
          "SELECT COUNT(*) FROM fundamentals WHERE price_to_book < 1",
          ["SELECT COUNT(*) FROM fundamentals WHERE price_to_book > 0 AND price_to_book < 1"]),
         ("by sector, how much below-book names?",
          f"SELECT c.sector, COUNT(*) {CF} WHERE f.price_to_book < 1 GROUP BY c.sector",
          [f"SELECT c.sector, COUNT(*) {CF} WHERE f.price_to_book > 0 AND f.price_to_book < 1 GROUP BY c.sector"]),
         ("what's the tangible book value of them?", D)),
    conv("eps",
         ("top 5 EPS in the index", f"SELECT c.name, f.eps {CF} ORDER BY f.eps DESC LIMIT 5",
          # added after the blind run: the same rows named by ticker
          [f"SELECT f.symbol, f.eps {CF} ORDER BY f.eps DESC LIMIT 5"]),
         ("how much companies have negative EPS?", "SELECT COUNT(*) FROM fundamentals WHERE eps < 0"),
         ("list them with sector", f"SELECT c.name, c.sector {CF} WHERE f.eps < 0"),
         ("what is the consensus EPS for next quarter of those?", D)),
    conv("sector-cap",
         ("total market cap per sector in trillions",
          f"SELECT c.sector, SUM(f.market_cap) / 1e12 {CF} GROUP BY c.sector",
          [f"SELECT c.sector, SUM(f.market_cap) {CF} GROUP BY c.sector"]),
         ("share of each in % of the whole",
          f"SELECT c.sector, SUM(f.market_cap) * 100.0 / (SELECT SUM(market_cap) FROM fundamentals) {CF} "
          "GROUP BY c.sector",
          [f"SELECT c.sector, SUM(f.market_cap) * 1.0 / (SELECT SUM(market_cap) FROM fundamentals) {CF} "
           "GROUP BY c.sector"]),
         ("re-rank it by average market cap per company instead",
          f"SELECT c.sector, AVG(f.market_cap) AS a {CF} GROUP BY c.sector ORDER BY a DESC"),
         ("and which sector is smallest by the total?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY SUM(f.market_cap) ASC LIMIT 1")),
]

SETS = {"sp500insight": CONVS}
