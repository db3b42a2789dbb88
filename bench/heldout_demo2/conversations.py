"""Held-out conversations over the bundled `sp500insight` demo database, written as the people who
type into the shipped demo would ask them (a sales engineer, a value investor, a market historian),
before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

J = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
IT = "c.sector = 'Information Technology'"
YR = "substr(month, 1, 4)"
DEC = "(CAST(substr(month, 1, 4) AS INTEGER) / 10) * 10"
IT_TOP5 = f"SELECT c.symbol, c.name, f.market_cap, f.pe_ratio {J} WHERE {IT} ORDER BY f.market_cap DESC LIMIT 5"
TOP10 = f"SELECT c.symbol, c.name, c.sector, f.market_cap {J} ORDER BY f.market_cap DESC LIMIT 10"
TX_ENERGY = f"{J} WHERE c.sector = 'Energy' AND c.hq_region = 'Texas'"
TX_ENERGY_ALL = "FROM companies c WHERE c.sector = 'Energy' AND c.hq_region = 'Texas'"   # one has no fundamentals
NEAR_LOW = "f.price <= f.low_52w * 1.05"
BIG_EBITDA = "f.ebitda > 50000000000"
P29 = "(SELECT sp500 FROM index_monthly WHERE month = '1929-01-01')"
P32 = "(SELECT sp500 FROM index_monthly WHERE month = '1932-01-01')"
CPI66 = "(SELECT cpi FROM index_monthly WHERE month = '1966-01-01')"
CPI82 = "(SELECT cpi FROM index_monthly WHERE month = '1982-01-01')"
# a calendar year's change: first month (January) to last month (December) of that year
YCHG = ("SELECT a.y, (b.sp500 - a.sp500) / a.sp500 AS chg FROM "
        "(SELECT substr(month, 1, 4) AS y, sp500 FROM index_monthly WHERE substr(month, 6, 2) = '01') a JOIN "
        "(SELECT substr(month, 1, 4) AS y, sp500 FROM index_monthly WHERE substr(month, 6, 2) = '12') b USING (y)")
# the same, December of the year before to December
YCHG2 = ("SELECT b.y, (b.sp500 - a.sp500) / a.sp500 AS chg FROM "
         "(SELECT CAST(substr(month, 1, 4) AS INTEGER) + 1 AS y, sp500 FROM index_monthly "
         "WHERE substr(month, 6, 2) = '12') a JOIN "
         "(SELECT CAST(substr(month, 1, 4) AS INTEGER) AS y, sp500 FROM index_monthly "
         "WHERE substr(month, 6, 2) = '12') b USING (y)")
DEC_EPS = ("SELECT month, earnings FROM index_monthly WHERE substr(month, 6, 2) = '12' "
           "AND month BETWEEN '2000-01-01' AND '2022-12-31'")

# ------------------------------------------------------------------------------------------ sales engineer
DEMO = [
    conv("demo-1",
         ("How many companies are in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("Which sector is the biggest by total market cap?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1"),
         ("Show me the 5 largest companies in that sector",
          f"SELECT c.name {J} WHERE {IT} ORDER BY f.market_cap DESC LIMIT 5",
          [f"SELECT c.symbol {J} WHERE {IT} ORDER BY f.market_cap DESC LIMIT 5"]),
         ("what's their average P/E?", f"SELECT AVG(pe_ratio) FROM ({IT_TOP5}) t"),
         ("and the average P/E for the whole sector?", f"SELECT AVG(f.pe_ratio) {J} WHERE {IT}")),
    conv("demo-2",
         ("Which 4 states have the most company headquarters?",
          "SELECT hq_region, COUNT(*) FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 4"),
         ("Just California - break it down by sector",
          "SELECT sector, COUNT(*) FROM companies WHERE hq_region = 'California' GROUP BY sector"),
         ("Which California company is worth the most?",
          f"SELECT c.name {J} WHERE c.hq_region = 'California' ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE c.hq_region = 'California' ORDER BY f.market_cap DESC LIMIT 1"]),
         ("What's the total market value of all the California companies?",
          f"SELECT SUM(f.market_cap) {J} WHERE c.hq_region = 'California'"),
         ("compare that with Texas",
          f"SELECT c.hq_region, SUM(f.market_cap) {J} WHERE c.hq_region IN ('California', 'Texas') "
          "GROUP BY c.hq_region",
          [f"SELECT SUM(f.market_cap) {J} WHERE c.hq_region = 'Texas'"])),
    conv("demo-3",
         ("Plot the average S&P 500 level per year since 2010",
          f"SELECT {YR} AS y, AVG(sp500) FROM index_monthly WHERE month >= '2010-01-01' GROUP BY y"),
         ("In which of those years was the 10-year yield lowest on average?",
          f"SELECT {YR} AS y FROM index_monthly WHERE month >= '2010-01-01' AND long_interest_rate IS NOT NULL "
          "GROUP BY y ORDER BY AVG(long_interest_rate) LIMIT 1"),
         ("what was the CAPE that year?", "SELECT AVG(pe10) FROM index_monthly WHERE month LIKE '2020%'",
          ["SELECT month, pe10 FROM index_monthly WHERE month LIKE '2020%'"]),
         ("What will the index be at the end of next year?", D)),
    conv("demo-4",
         ("How many companies joined the index in each decade?",
          "SELECT (CAST(substr(date_added, 1, 4) AS INTEGER) / 10) * 10 AS decade, COUNT(*) FROM companies "
          "GROUP BY decade"),
         ("Which sector had the most additions since 2020?",
          "SELECT sector FROM companies WHERE date_added >= '2020-01-01' GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list the companies added in 2025", "SELECT name FROM companies WHERE date_added LIKE '2025%'",
          ["SELECT symbol FROM companies WHERE date_added LIKE '2025%'"]),
         ("how many employees does each of them have?", D)),
    conv("demo-5",
         ("What's the average dividend yield by sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {J} GROUP BY c.sector",
          [f"SELECT c.sector, AVG(f.dividend_yield) * 100 {J} GROUP BY c.sector"]),
         ("Which sector pays the most?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) DESC LIMIT 1"),
         ("Top 3 payers in that sector",
          f"SELECT c.name, f.dividend_yield {J} WHERE c.sector = 'Real Estate' ORDER BY f.dividend_yield DESC LIMIT 3"),
         ("What do analysts rate them?", D)),
    conv("demo-6",
         ("How many sub-industries are there in Information Technology?",
          "SELECT COUNT(DISTINCT sub_industry) FROM companies WHERE sector = 'Information Technology'"),
         ("Which one has the most companies?",
          "SELECT sub_industry FROM companies WHERE sector = 'Information Technology' GROUP BY sub_industry "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Show those companies with their price and P/E",
          f"SELECT c.name, f.price, f.pe_ratio {J} WHERE c.sub_industry = 'Semiconductors'"),
         ("Which of them has the highest EPS?",
          f"SELECT c.name {J} WHERE c.sub_industry = 'Semiconductors' ORDER BY f.eps DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE c.sub_industry = 'Semiconductors' ORDER BY f.eps DESC LIMIT 1"]),
         ("What was its revenue last quarter?", D)),
    conv("demo-7",
         ("What are the 10 biggest companies by market cap?",
          f"SELECT c.name {J} ORDER BY f.market_cap DESC LIMIT 10",
          [f"SELECT c.symbol {J} ORDER BY f.market_cap DESC LIMIT 10"]),
         ("How many of them are in the Information Technology sector?",
          f"SELECT COUNT(*) FROM ({TOP10}) t WHERE sector = 'Information Technology'"),
         ("What's the combined market cap of the top 10?", f"SELECT SUM(market_cap) FROM ({TOP10}) t"),
         ("What share of the whole index's market cap is that?",
          f"SELECT (SELECT SUM(market_cap) FROM ({TOP10}) t) * 1.0 / (SELECT SUM(market_cap) FROM fundamentals)",
          [f"SELECT (SELECT SUM(market_cap) FROM ({TOP10}) t) * 100.0 / (SELECT SUM(market_cap) FROM fundamentals)"]),
         ("Which of them will grow fastest next year?", D)),
    conv("demo-8",
         ("Show energy companies headquartered in Texas", f"SELECT c.name {TX_ENERGY_ALL}",
          [f"SELECT c.symbol {TX_ENERGY_ALL}"]),
         ("sort them by market cap, largest first", f"SELECT c.name, f.market_cap {TX_ENERGY} ORDER BY f.market_cap DESC",
          ["SELECT c.name, f.market_cap FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol "
           "WHERE c.sector = 'Energy' AND c.hq_region = 'Texas' ORDER BY f.market_cap DESC"]),
         ("Which one trades closest to its 52-week high?",
          f"SELECT c.name {TX_ENERGY} ORDER BY f.price / f.high_52w DESC LIMIT 1",
          [f"SELECT c.symbol {TX_ENERGY} ORDER BY f.price / f.high_52w DESC LIMIT 1"]),
         ("what's their average dividend yield?", f"SELECT AVG(f.dividend_yield) {TX_ENERGY}",
          [f"SELECT AVG(f.dividend_yield) * 100 {TX_ENERGY}"]),
         ("What was the oil price when the index peaked?", D)),
    conv("demo-9",
         ("Who is the CEO of Nvidia?", D),
         ("When was Nvidia founded and where is it headquartered?",
          "SELECT founded, hq_city, hq_region FROM companies WHERE symbol = 'NVDA'"),
         ("How many companies in the index were founded before 1900?",
          "SELECT COUNT(*) FROM companies WHERE founded < 1900"),
         ("which is the oldest?", "SELECT name FROM companies ORDER BY founded LIMIT 1",
          ["SELECT symbol FROM companies ORDER BY founded LIMIT 1"])),
]

# ------------------------------------------------------------------------------------------ value investor
VALUE = [
    conv("value-1",
         ("Show me stocks with a P/E under 10", f"SELECT c.name {J} WHERE f.pe_ratio < 10",
          [f"SELECT c.symbol {J} WHERE f.pe_ratio < 10"]),
         ("only the ones yielding more than 3%",
          f"SELECT c.name {J} WHERE f.pe_ratio < 10 AND f.dividend_yield > 0.03",
          [f"SELECT c.symbol {J} WHERE f.pe_ratio < 10 AND f.dividend_yield > 0.03"]),
         ("Which of them has the lowest price to book?",
          f"SELECT c.name {J} WHERE f.pe_ratio < 10 AND f.dividend_yield > 0.03 AND f.price_to_book IS NOT NULL "
          "ORDER BY f.price_to_book LIMIT 1",
          [f"SELECT c.symbol {J} WHERE f.pe_ratio < 10 AND f.dividend_yield > 0.03 AND f.price_to_book IS NOT NULL "
           "ORDER BY f.price_to_book LIMIT 1"])),
    conv("value-2",
         ("Which utilities trade below their sector's average P/E?",
          f"SELECT c.name, f.pe_ratio {J} WHERE c.sector = 'Utilities' AND f.pe_ratio < "
          f"(SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Utilities')"),
         ("how many is that?",
          f"SELECT COUNT(*) {J} WHERE c.sector = 'Utilities' AND f.pe_ratio < "
          f"(SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Utilities')"),
         ("What about financials?",
          f"SELECT COUNT(*) {J} WHERE c.sector = 'Financials' AND f.pe_ratio < "
          f"(SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Financials')",
          [f"SELECT c.name, f.pe_ratio {J} WHERE c.sector = 'Financials' AND f.pe_ratio < "
           f"(SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Financials')"])),
    conv("value-3",
         ("Which stocks are within 5% of their 52-week low?", f"SELECT c.name {J} WHERE {NEAR_LOW}",
          [f"SELECT c.symbol {J} WHERE {NEAR_LOW}"]),
         ("which of them yield more than 3%?",
          f"SELECT c.name {J} WHERE {NEAR_LOW} AND f.dividend_yield > 0.03",
          [f"SELECT c.symbol {J} WHERE {NEAR_LOW} AND f.dividend_yield > 0.03"]),
         ("break them down by sector",
          f"SELECT c.sector, COUNT(*) {J} WHERE {NEAR_LOW} AND f.dividend_yield > 0.03 GROUP BY c.sector"),
         ("which of those utilities has the lowest P/E?",
          f"SELECT c.name {J} WHERE {NEAR_LOW} AND f.dividend_yield > 0.03 AND c.sector = 'Utilities' "
          "ORDER BY f.pe_ratio LIMIT 1",
          [f"SELECT c.symbol {J} WHERE {NEAR_LOW} AND f.dividend_yield > 0.03 AND c.sector = 'Utilities' "
           "ORDER BY f.pe_ratio LIMIT 1"])),
    conv("value-4",
         ("Average P/E of companies with a market cap over 200 billion",
          "SELECT AVG(pe_ratio) FROM fundamentals WHERE market_cap > 200000000000"),
         ("and for those under 20 billion?", "SELECT AVG(pe_ratio) FROM fundamentals WHERE market_cap < 20000000000"),
         ("How many companies fall in each band: under 10B, 10-50B, 50-200B, over 200B?",
          "SELECT CASE WHEN market_cap < 10000000000 THEN 'under 10B' WHEN market_cap < 50000000000 THEN '10-50B' "
          "WHEN market_cap < 200000000000 THEN '50-200B' ELSE 'over 200B' END AS band, COUNT(*) FROM fundamentals "
          "WHERE market_cap IS NOT NULL GROUP BY band")),
    conv("value-5",
         ("Which stock has the highest dividend yield?",
          f"SELECT c.name {J} ORDER BY f.dividend_yield DESC LIMIT 1",
          [f"SELECT c.symbol {J} ORDER BY f.dividend_yield DESC LIMIT 1"]),
         ("what's its P/E?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'VICI'"),
         ("Show me its dividend history over the last ten years", D),
         ("Is its yield above the Real Estate sector average?",
          f"SELECT f.dividend_yield, (SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Real Estate') "
          "FROM fundamentals f WHERE f.symbol = 'VICI'",
          [f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Real Estate'"])),
    conv("value-6",
         ("Which companies have EPS above 10 and a P/E under 15?",
          f"SELECT c.name {J} WHERE f.eps > 10 AND f.pe_ratio < 15",
          [f"SELECT c.symbol {J} WHERE f.eps > 10 AND f.pe_ratio < 15"]),
         ("What's the cheapest by price to sales among them?",
          f"SELECT c.name {J} WHERE f.eps > 10 AND f.pe_ratio < 15 ORDER BY f.price_to_sales LIMIT 1",
          [f"SELECT c.symbol {J} WHERE f.eps > 10 AND f.pe_ratio < 15 ORDER BY f.price_to_sales LIMIT 1"]),
         ("is it a buy right now?", D)),
    conv("value-7",
         ("For each sector, which stock has the lowest P/E?",
          f"SELECT c.sector, c.name {J} WHERE f.pe_ratio = (SELECT MIN(f2.pe_ratio) FROM fundamentals f2 "
          "JOIN companies c2 ON c2.symbol = f2.symbol WHERE c2.sector = c.sector)",
          [f"SELECT c.sector, c.symbol {J} WHERE f.pe_ratio = (SELECT MIN(f2.pe_ratio) FROM fundamentals f2 "
           "JOIN companies c2 ON c2.symbol = f2.symbol WHERE c2.sector = c.sector)"]),
         ("What's the average earnings per share by sector?", f"SELECT c.sector, AVG(f.eps) {J} GROUP BY c.sector"),
         ("which sector has the highest?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.eps) DESC LIMIT 1")),
    conv("value-8",
         ("How far is Apple below its 52-week high, in percent?",
          "SELECT (high_52w - price) / high_52w * 100 FROM fundamentals WHERE symbol = 'AAPL'",
          ["SELECT (high_52w - price) / high_52w FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT (price - high_52w) / high_52w * 100 FROM fundamentals WHERE symbol = 'AAPL'",
           "SELECT (price - high_52w) / high_52w FROM fundamentals WHERE symbol = 'AAPL'"]),
         ("And Microsoft?",
          "SELECT (high_52w - price) / high_52w * 100 FROM fundamentals WHERE symbol = 'MSFT'",
          ["SELECT (high_52w - price) / high_52w FROM fundamentals WHERE symbol = 'MSFT'",
           "SELECT (price - high_52w) / high_52w * 100 FROM fundamentals WHERE symbol = 'MSFT'",
           "SELECT (price - high_52w) / high_52w FROM fundamentals WHERE symbol = 'MSFT'"]),
         ("What is Apple's free cash flow?", D)),
    conv("value-9",
         ("Which companies have EBITDA over 50 billion?", f"SELECT c.name {J} WHERE {BIG_EBITDA}",
          [f"SELECT c.symbol {J} WHERE {BIG_EBITDA}"]),
         ("rank them by EV/EBITDA", D),
         ("ok, rank them by market cap to EBITDA then",
          f"SELECT c.name, f.market_cap * 1.0 / f.ebitda AS r {J} WHERE {BIG_EBITDA} ORDER BY r DESC",
          [f"SELECT c.name, f.market_cap * 1.0 / f.ebitda AS r {J} WHERE {BIG_EBITDA} ORDER BY r",
           f"SELECT c.symbol, f.market_cap * 1.0 / f.ebitda AS r {J} WHERE {BIG_EBITDA} ORDER BY r DESC",
           f"SELECT c.symbol, f.market_cap * 1.0 / f.ebitda AS r {J} WHERE {BIG_EBITDA} ORDER BY r",
           # Micron has no market cap: leaving it out is honest too
           f"SELECT c.name, f.market_cap * 1.0 / f.ebitda AS r {J} WHERE {BIG_EBITDA} AND f.market_cap IS NOT NULL "
           "ORDER BY r DESC",
           f"SELECT c.name, f.market_cap * 1.0 / f.ebitda AS r {J} WHERE {BIG_EBITDA} AND f.market_cap IS NOT NULL "
           "ORDER BY r"])),
    conv("value-10",
         ("What's Tesla's P/E?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA'"),
         ("and its intraday high yesterday?", D),
         ("what was its P/E a year ago?", D),
         ("show me its 52-week range", "SELECT low_52w, high_52w FROM fundamentals WHERE symbol = 'TSLA'"),
         ("How many stocks have a higher P/E than Tesla?",
          "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio > (SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA')")),
]

# ------------------------------------------------------------------------------------------ market historian
HISTORY = [
    conv("hist-1",
         ("When was the CAPE at its highest?", "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("and its lowest?", "SELECT month FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 LIMIT 1"),
         ("what was the 10-year rate that month?",
          "SELECT long_interest_rate FROM index_monthly WHERE month = '1920-12-01'"),
         ("Why was the market so cheap then?", D)),
    conv("hist-2",
         ("Average CAPE by decade",
          f"SELECT {DEC} AS decade, AVG(pe10) FROM index_monthly WHERE pe10 IS NOT NULL GROUP BY decade",
          [f"SELECT {DEC} AS decade, AVG(pe10) FROM index_monthly GROUP BY decade"]),
         ("Which decade had the highest?",
          f"SELECT {DEC} AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1"),
         ("how many months in that decade was it above 30?", "SELECT COUNT(*) FROM index_monthly WHERE pe10 > 30 "
          "AND month BETWEEN '2020-01-01' AND '2029-12-31'")),
    conv("hist-3",
         ("What was the S&P 500 in January 1929?", "SELECT sp500 FROM index_monthly WHERE month = '1929-01-01'"),
         ("And three years later?", "SELECT sp500 FROM index_monthly WHERE month = '1932-01-01'"),
         ("By what percent did it fall?", f"SELECT ({P29} - {P32}) / {P29} * 100",
          [f"SELECT ({P29} - {P32}) / {P29}", f"SELECT ({P32} - {P29}) / {P29} * 100",
           f"SELECT ({P32} - {P29}) / {P29}"]),
         ("When did it first get back to the January 1929 level after that?",
          f"SELECT MIN(month) FROM index_monthly WHERE month > '1932-01-01' AND sp500 >= {P29}")),
    conv("hist-4",
         ("When did the 10-year interest rate first go above 10%?",
          "SELECT MIN(month) FROM index_monthly WHERE long_interest_rate > 10"),
         ("and the last time it was above 10%?", "SELECT MAX(month) FROM index_monthly WHERE long_interest_rate > 10"),
         ("What was the highest it ever got?", "SELECT MAX(long_interest_rate) FROM index_monthly"),
         ("What will rates be in 2030?", D)),
    conv("hist-5",
         ("Which year had the biggest percentage gain in the S&P 500?", f"SELECT y FROM ({YCHG}) ORDER BY chg DESC LIMIT 1",
          [f"SELECT y FROM ({YCHG2}) ORDER BY chg DESC LIMIT 1"]),
         ("And the worst?", f"SELECT y FROM ({YCHG}) ORDER BY chg LIMIT 1",
          [f"SELECT y FROM ({YCHG2}) ORDER BY chg LIMIT 1"]),
         ("What was the average long interest rate in 1931?",
          "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month LIKE '1931%'")),
    conv("hist-6",
         ("Real price of the S&P 500 in January 1966 versus January 1982",
          "SELECT month, real_price FROM index_monthly WHERE month IN ('1966-01-01', '1982-01-01')"),
         ("And the nominal level?",
          "SELECT month, sp500 FROM index_monthly WHERE month IN ('1966-01-01', '1982-01-01')"),
         ("How much did consumer prices rise between those two dates?",
          f"SELECT ({CPI82} - {CPI66}) / {CPI66} * 100",
          [f"SELECT ({CPI82} - {CPI66}) / {CPI66}", f"SELECT {CPI82} / {CPI66}", f"SELECT {CPI82} - {CPI66}"])),
    conv("hist-7",
         ("Average dividend yield of the index by decade",
          f"SELECT {DEC} AS decade, AVG(dividend / sp500) FROM index_monthly GROUP BY decade",
          [f"SELECT {DEC} AS decade, AVG(dividend / sp500) * 100 FROM index_monthly GROUP BY decade"]),
         ("When was the index's dividend yield at its lowest?",
          "SELECT month FROM index_monthly WHERE dividend IS NOT NULL ORDER BY dividend / sp500 LIMIT 1"),
         ("What were Coca-Cola's and IBM's dividend yields back in 1950?", D)),
    conv("hist-8",
         ("What's the S&P 500's all-time high?", "SELECT MAX(sp500) FROM index_monthly"),
         ("What's the highest inflation-adjusted level, and when was it?",
          "SELECT month, real_price FROM index_monthly ORDER BY real_price DESC LIMIT 1"),
         ("How does the Nasdaq compare over the same period?", D)),
    conv("hist-9",
         ("Show the index earnings per share for each December from 2000 to 2022", DEC_EPS),
         ("Which of those Decembers was lowest?", f"SELECT month FROM ({DEC_EPS}) ORDER BY earnings LIMIT 1"),
         ("what was the P/E then, price divided by earnings?",
          "SELECT sp500 / earnings FROM index_monthly WHERE month = '2008-12-01'")),
    conv("hist-10",
         ("What was the Dow Jones in October 1929?", D),
         ("And the S&P 500 that month?", "SELECT sp500 FROM index_monthly WHERE month = '1929-10-01'"),
         ("What was the lowest S&P 500 level in the 1930s?",
          "SELECT MIN(sp500) FROM index_monthly WHERE month BETWEEN '1930-01-01' AND '1939-12-31'"),
         ("in which month?",
          "SELECT month FROM index_monthly WHERE month BETWEEN '1930-01-01' AND '1939-12-31' ORDER BY sp500 LIMIT 1"),
         ("and how much volume traded that month?", D)),
    conv("hist-11",
         ("How many months since 1950 had a long interest rate above 8%?",
          "SELECT COUNT(*) FROM index_monthly WHERE month >= '1950-01-01' AND long_interest_rate > 8"),
         ("What was the average CAPE during those months?",
          "SELECT AVG(pe10) FROM index_monthly WHERE month >= '1950-01-01' AND long_interest_rate > 8"),
         ("and in the months since 1950 when it was below 3%?",
          "SELECT AVG(pe10) FROM index_monthly WHERE month >= '1950-01-01' AND long_interest_rate < 3")),
]

SETS = {"sp500insight": DEMO + VALUE + HISTORY}
