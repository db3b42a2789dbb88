"""Held-out conversations over the shipped `sp500insight` demo database (companies, fundamentals,
index_monthly), written as five kinds of people would ask them, before the engine was run on them.
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL
that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

J = "FROM fundamentals f JOIN companies c ON c.symbol = f.symbol"
TOP10 = (f"SELECT c.name, f.symbol, f.market_cap, f.pe_ratio, f.dividend_yield, f.ebitda {J} "
         "ORDER BY f.market_cap DESC LIMIT 10")
YR = "strftime('%Y', month)"
DEC = "(CAST(strftime('%Y', month) AS INTEGER) / 10) * 10"
CHG = "SELECT month, sp500, LAG(sp500) OVER (ORDER BY month) AS prev FROM index_monthly"
IM = "FROM index_monthly"


def m(sql: str) -> str:
    """The same query with its month column as 'YYYY-MM' (a month is honestly either form)."""
    return sql.replace("month", "strftime('%Y-%m', month)", 1)


# ------------------------------------------------------------------------------ portfolio manager
TECH20 = f"{J} WHERE c.sector = 'Information Technology' AND f.pe_ratio < 20"
HC20 = f"{J} WHERE c.sector = 'Health Care' AND f.pe_ratio < 20"
CHEAP = f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) LIMIT 1"
DIV5 = f"{J} WHERE f.dividend_yield > 0.05"
NEAR = f"{J} WHERE f.price >= 0.95 * f.high_52w"
TOTAL = "(SELECT SUM(market_cap) FROM fundamentals)"
TOP10SUM = "(SELECT SUM(market_cap) FROM (SELECT market_cap FROM fundamentals ORDER BY market_cap DESC LIMIT 10))"

PM = [
    conv("pm-1",
         ("Which 10 companies have the largest market cap?",
          f"SELECT c.name, f.market_cap {J} ORDER BY f.market_cap DESC LIMIT 10",
          [f"SELECT f.symbol, f.market_cap {J} ORDER BY f.market_cap DESC LIMIT 10"]),
         ("of those, which have a P/E under 25?",
          f"SELECT name FROM ({TOP10}) t WHERE pe_ratio < 25",
          [f"SELECT symbol FROM ({TOP10}) t WHERE pe_ratio < 25"]),
         ("and what's their average dividend yield?",
          f"SELECT AVG(dividend_yield) FROM ({TOP10}) t WHERE pe_ratio < 25",
          [f"SELECT AVG(dividend_yield) * 100 FROM ({TOP10}) t WHERE pe_ratio < 25"]),
         ("which of the top 10 has the highest EBITDA?",
          f"SELECT name FROM ({TOP10}) t ORDER BY ebitda DESC LIMIT 1",
          [f"SELECT symbol FROM ({TOP10}) t ORDER BY ebitda DESC LIMIT 1"])),
    conv("pm-2",
         ("Show me tech stocks with a P/E below 20", f"SELECT c.name {TECH20}", [f"SELECT f.symbol {TECH20}"]),
         ("sort them by market cap, biggest first", f"SELECT c.name, f.market_cap {TECH20} ORDER BY f.market_cap DESC",
          [f"SELECT f.symbol, f.market_cap {TECH20} ORDER BY f.market_cap DESC"]),
         ("how many are there?", f"SELECT COUNT(*) {TECH20}"),
         ("what about in Health Care?", f"SELECT COUNT(*) {HC20}"),
         ("list them", f"SELECT c.name {HC20}", [f"SELECT f.symbol {HC20}"])),
    conv("pm-3",
         ("What's the average P/E ratio in each sector?", f"SELECT c.sector, AVG(f.pe_ratio) {J} GROUP BY c.sector"),
         ("which sector is cheapest on that measure?", CHEAP),
         ("list the five cheapest stocks in it by P/E",
          f"SELECT c.name, f.pe_ratio {J} WHERE c.sector = ({CHEAP}) AND f.pe_ratio IS NOT NULL "
          "ORDER BY f.pe_ratio LIMIT 5",
          [f"SELECT f.symbol, f.pe_ratio {J} WHERE c.sector = ({CHEAP}) AND f.pe_ratio IS NOT NULL "
           "ORDER BY f.pe_ratio LIMIT 5"]),
         ("what's the analysts' consensus price target for them?", D)),
    conv("pm-4",
         ("How many companies are worth more than 500 billion dollars?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap > 500000000000"),
         ("and between 100 and 500 billion?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap BETWEEN 100000000000 AND 500000000000"),
         ("what's the combined market cap of every company in the table, in trillions?",
          "SELECT SUM(market_cap) / 1e12 FROM fundamentals", ["SELECT SUM(market_cap) FROM fundamentals"]),
         ("what share of that do the 10 largest hold?",
          f"SELECT 100.0 * {TOP10SUM} / {TOTAL}", [f"SELECT 1.0 * {TOP10SUM} / {TOTAL}"])),
    conv("pm-5",
         ("Which companies pay a dividend yield above 5%?", f"SELECT c.name {DIV5}", [f"SELECT f.symbol {DIV5}"]),
         ("which sectors are they in?", f"SELECT DISTINCT c.sector {DIV5}",
          [f"SELECT c.sector, COUNT(*) {DIV5} GROUP BY c.sector"]),
         ("how long have they been paying dividends?", D),
         ("among them, which one has the highest EBITDA?", f"SELECT c.name {DIV5} ORDER BY f.ebitda DESC LIMIT 1",
          [f"SELECT f.symbol {DIV5} ORDER BY f.ebitda DESC LIMIT 1"])),
    conv("pm-6",
         ("Find stocks trading within 5% of their 52-week high", f"SELECT c.name {NEAR}", [f"SELECT f.symbol {NEAR}"]),
         ("how many of those are Financials?", f"SELECT COUNT(*) {NEAR} AND c.sector = 'Financials'"),
         ("what's the biggest of the Financials ones by market cap?",
          f"SELECT c.name {NEAR} AND c.sector = 'Financials' ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT f.symbol {NEAR} AND c.sector = 'Financials' ORDER BY f.market_cap DESC LIMIT 1"]),
         ("have insiders been buying any of them lately?", D)),
]

# ------------------------------------------------------------------------------ economics student
LOW32 = f"(SELECT MIN(sp500) {IM} WHERE month LIKE '1932%')"
OCT29 = f"(SELECT sp500 {IM} WHERE month = '1929-10-01')"
BACK = (f"SELECT MIN(month) {IM} WHERE month > '1929-12-01' AND sp500 > "
        f"(SELECT MAX(sp500) {IM} WHERE month LIKE '1929%')")
TWO = "month IN ('1950-01-01', '2000-01-01')"


def ratio(col: str, a: str, b: str) -> str:
    return f"SELECT (SELECT {col} {IM} WHERE month = '{b}') / (SELECT {col} {IM} WHERE month = '{a}')"


DYIELD = "SELECT dividend / sp500 * 100 FROM index_monthly WHERE month = '{}'"
DYIELDF = "SELECT dividend / sp500 FROM index_monthly WHERE month = '{}'"
ECO = [
    conv("eco-1",
         ("What was the S&P 500 level in October 1929?", f"SELECT sp500 {IM} WHERE month = '1929-10-01'"),
         ("and its lowest point in 1932?", f"SELECT MIN(sp500) {IM} WHERE month LIKE '1932%'",
          [f"SELECT month, sp500 {IM} WHERE month LIKE '1932%' ORDER BY sp500 LIMIT 1"]),
         ("by what percent did it fall between those two months?",
          f"SELECT ({LOW32} - {OCT29}) * 100.0 / {OCT29}",
          [f"SELECT ({OCT29} - {LOW32}) * 100.0 / {OCT29}", f"SELECT ({LOW32} - {OCT29}) / {OCT29}",
           f"SELECT ({OCT29} - {LOW32}) / {OCT29}"]),
         ("when did it first get back above its 1929 peak?", BACK,
          [BACK.replace("MIN(month)", "strftime('%Y-%m', MIN(month))")])),
    conv("eco-2",
         ("What was the inflation-adjusted price of the S&P in January 1950 and in January 2000?",
          f"SELECT month, real_price {IM} WHERE {TWO}"),
         ("so how many times higher was it in 2000?", ratio("real_price", "1950-01-01", "2000-01-01")),
         ("and the nominal index over the same span?", ratio("sp500", "1950-01-01", "2000-01-01")),
         ("what were real earnings in those two months?", f"SELECT month, real_earnings {IM} WHERE {TWO}")),
    conv("eco-3",
         ("Show the average CPI for each decade", f"SELECT {DEC} AS decade, AVG(cpi) {IM} GROUP BY decade",
          [f"SELECT {DEC} || 's' AS decade, AVG(cpi) {IM} GROUP BY decade"]),
         ("in which year did the CPI first go above 100?", f"SELECT MIN({YR}) {IM} WHERE cpi > 100",
          [f"SELECT MIN(month) {IM} WHERE cpi > 100"]),
         ("how much did it rise from January 1980 to January 1981, in percent?",
          f"SELECT ((SELECT cpi {IM} WHERE month = '1981-01-01') / (SELECT cpi {IM} WHERE month = '1980-01-01') - 1) * 100",
          [f"SELECT (SELECT cpi {IM} WHERE month = '1981-01-01') / (SELECT cpi {IM} WHERE month = '1980-01-01') - 1"]),
         ("In which years was the December CPI lower than the January CPI?",
          "SELECT strftime('%Y', j.month) FROM index_monthly j JOIN index_monthly d "
          "ON d.month = strftime('%Y', j.month) || '-12-01' WHERE j.month LIKE '%-01-01' AND d.cpi < j.cpi")),
    conv("eco-4",
         ("What was the highest long-term interest rate in the data, and when?",
          f"SELECT month, long_interest_rate {IM} ORDER BY long_interest_rate DESC LIMIT 1",
          [m(f"SELECT month, long_interest_rate {IM} ORDER BY long_interest_rate DESC LIMIT 1")]),
         ("and the lowest?",
          f"SELECT month, long_interest_rate {IM} WHERE long_interest_rate IS NOT NULL "
          "ORDER BY long_interest_rate LIMIT 1",
          [m(f"SELECT month, long_interest_rate {IM} WHERE long_interest_rate IS NOT NULL "
             "ORDER BY long_interest_rate LIMIT 1")]),
         ("what was the average long rate in the 1990s?",
          f"SELECT AVG(long_interest_rate) {IM} WHERE month BETWEEN '1990-01-01' AND '1999-12-01'"),
         ("and what was the Fed funds rate then?", D)),
    conv("eco-5",
         ("Average CAPE by decade", f"SELECT {DEC} AS decade, AVG(pe10) {IM} GROUP BY decade",
          [f"SELECT {DEC} AS decade, AVG(pe10) {IM} WHERE pe10 IS NOT NULL GROUP BY decade"]),
         ("which decade was the most expensive?",
          f"SELECT {DEC} AS decade {IM} GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1"),
         ("when did the CAPE peak?", f"SELECT month, pe10 {IM} ORDER BY pe10 DESC LIMIT 1",
          [m(f"SELECT month, pe10 {IM} ORDER BY pe10 DESC LIMIT 1")]),
         ("what was it in December 2008?", f"SELECT pe10 {IM} WHERE month = '2008-12-01'"),
         ("What will the CAPE be next year?", D)),
    conv("eco-6",
         ("Which months of 2008 did the S&P fall from the month before?",
          f"SELECT month FROM ({CHG}) t WHERE month LIKE '2008%' AND sp500 < prev",
          [m(f"SELECT month FROM ({CHG}) t WHERE month LIKE '2008%' AND sp500 < prev")]),
         ("Was 2008 officially a recession year according to the NBER?", D),
         ("compare average real earnings in 2007 and 2009",
          f"SELECT {YR} AS yr, AVG(real_earnings) {IM} WHERE {YR} IN ('2007', '2009') GROUP BY yr"),
         ("What was the long interest rate at the start and end of 2008?",
          f"SELECT month, long_interest_rate {IM} WHERE month IN ('2008-01-01', '2008-12-01')")),
    conv("eco-7",
         ("What was the dividend yield of the index in January 1950?", DYIELD.format("1950-01-01"),
          [DYIELDF.format("1950-01-01")]),
         ("and in January 2000?", DYIELD.format("2000-01-01"), [DYIELDF.format("2000-01-01")]),
         ("how many months since 1990 had a long interest rate above 8%?",
          f"SELECT COUNT(*) {IM} WHERE month >= '1990-01-01' AND long_interest_rate > 8")),
]

# ------------------------------------------------------------------------------ product manager demo
UTIL = f"{J} WHERE c.sector = 'Utilities'"
NY = "FROM companies WHERE hq_region = 'New York'"
OLD8 = "SELECT name, founded, hq_region FROM companies ORDER BY founded LIMIT 8"
PD = [
    conv("pd-1",
         ("How many companies are in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("just Health Care", "SELECT COUNT(*) FROM companies WHERE sector = 'Health Care'"),
         ("now Utilities", "SELECT COUNT(*) FROM companies WHERE sector = 'Utilities'"),
         ("and the average market cap for Utilities instead of the count", f"SELECT AVG(f.market_cap) {UTIL}"),
         ("break that down by sub-industry", f"SELECT c.sub_industry, AVG(f.market_cap) {UTIL} GROUP BY c.sub_industry")),
    conv("pd-2",
         ("Show the 5 oldest companies by founding year", "SELECT name, founded FROM companies ORDER BY founded LIMIT 5"),
         ("make it 8", "SELECT name, founded FROM companies ORDER BY founded LIMIT 8"),
         ("same thing but only companies headquartered in New York", f"SELECT name, founded {NY} ORDER BY founded LIMIT 8",
          [f"SELECT name, founded FROM ({OLD8}) t WHERE hq_region = 'New York'"]),
         ("newest instead of oldest", f"SELECT name, founded {NY} ORDER BY founded DESC LIMIT 8")),
    conv("pd-3",
         ("Which companies were added to the index in 2024?",
          "SELECT name FROM companies WHERE date_added LIKE '2024%'",
          ["SELECT symbol FROM companies WHERE date_added LIKE '2024%'"]),
         ("and in 2023?", "SELECT name FROM companies WHERE date_added LIKE '2023%'",
          ["SELECT symbol FROM companies WHERE date_added LIKE '2023%'"]),
         ("count them by sector instead",
          "SELECT sector, COUNT(*) FROM companies WHERE date_added LIKE '2023%' GROUP BY sector"),
         ("switch to 2025", "SELECT sector, COUNT(*) FROM companies WHERE date_added LIKE '2025%' GROUP BY sector"),
         ("which of the 2025 ones are in Information Technology?",
          "SELECT name FROM companies WHERE date_added LIKE '2025%' AND sector = 'Information Technology'",
          ["SELECT symbol FROM companies WHERE date_added LIKE '2025%' AND sector = 'Information Technology'"])),
    conv("pd-4",
         ("Show the S&P 500 level for every month of 2020", f"SELECT month, sp500 {IM} WHERE month LIKE '2020%'",
          [m(f"SELECT month, sp500 {IM} WHERE month LIKE '2020%'")]),
         ("now 2021", f"SELECT month, sp500 {IM} WHERE month LIKE '2021%'",
          [m(f"SELECT month, sp500 {IM} WHERE month LIKE '2021%'")]),
         ("just the highest month of 2021", f"SELECT month, sp500 {IM} WHERE month LIKE '2021%' ORDER BY sp500 DESC LIMIT 1",
          [m(f"SELECT month, sp500 {IM} WHERE month LIKE '2021%' ORDER BY sp500 DESC LIMIT 1")]),
         ("and the lowest", f"SELECT month, sp500 {IM} WHERE month LIKE '2021%' ORDER BY sp500 LIMIT 1",
          [m(f"SELECT month, sp500 {IM} WHERE month LIKE '2021%' ORDER BY sp500 LIMIT 1")]),
         ("what's the average for 2021?", f"SELECT AVG(sp500) {IM} WHERE month LIKE '2021%'")),
    conv("pd-5",
         ("Which state has the most S&P 500 headquarters?",
          "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many in Texas?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("which Texas cities have more than 3?",
          "SELECT hq_city, COUNT(*) FROM companies WHERE hq_region = 'Texas' GROUP BY hq_city HAVING COUNT(*) > 3"),
         ("what are the street addresses of those headquarters?", D)),
]

# ------------------------------------------------------------------------------ journalist
FOREIGN = ("hq_region IN ('Bermuda', 'Bristol, United Kingdom', 'Canada', 'Ireland', 'Netherlands', "
           "'Switzerland', 'United Kingdom')")
COUNTRY = "CASE WHEN hq_region LIKE '%United Kingdom' THEN 'United Kingdom' ELSE hq_region END"
CAP = "(SELECT market_cap FROM fundamentals WHERE symbol = '{}')"
JN = [
    conv("jn-1",
         ("Is it true the S&P 500 first went above 1000 in the 1990s? When was the first month above 1000?",
          f"SELECT MIN(month) {IM} WHERE sp500 > 1000", [f"SELECT strftime('%Y-%m', MIN(month)) {IM} WHERE sp500 > 1000"]),
         ("and the first month above 2000?", f"SELECT MIN(month) {IM} WHERE sp500 > 2000",
          [f"SELECT strftime('%Y-%m', MIN(month)) {IM} WHERE sp500 > 2000"]),
         ("how many months has it been above 5000?", f"SELECT COUNT(*) {IM} WHERE sp500 > 5000"),
         ("is it true the index was lower in January 2010 than in January 2000?",
          f"SELECT month, sp500 {IM} WHERE month IN ('2000-01-01', '2010-01-01')")),
    conv("jn-2",
         ("How many times has the index dropped more than 10% in a single month?",
          f"SELECT COUNT(*) FROM ({CHG}) t WHERE sp500 < 0.9 * prev"),
         ("which was the worst month?", f"SELECT month FROM ({CHG}) t WHERE prev IS NOT NULL ORDER BY sp500 / prev LIMIT 1",
          [m(f"SELECT month FROM ({CHG}) t WHERE prev IS NOT NULL ORDER BY sp500 / prev LIMIT 1")]),
         ("what did the newspapers say about it at the time?", D),
         ("how many months did it rise by more than 10%?", f"SELECT COUNT(*) FROM ({CHG}) t WHERE sp500 > 1.1 * prev")),
    conv("jn-3",
         ("Is it true that Apple is the largest company in the S&P 500 by market cap?",
          f"SELECT c.name {J} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT f.symbol {J} ORDER BY f.market_cap DESC LIMIT 1"]),
         ("how much bigger is it than Apple, in dollars?", f"SELECT {CAP.format('NVDA')} - {CAP.format('AAPL')}"),
         ("and since when has Apple been in the index?", "SELECT date_added FROM companies WHERE symbol = 'AAPL'"),
         ("how many companies in the index are worth more than a trillion dollars?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap > 1000000000000")),
    conv("jn-4",
         ("How many S&P 500 companies are headquartered outside the United States?",
          f"SELECT COUNT(*) FROM companies WHERE {FOREIGN}"),
         ("which countries?", f"SELECT DISTINCT hq_region FROM companies WHERE {FOREIGN}",
          [f"SELECT DISTINCT {COUNTRY} FROM companies WHERE {FOREIGN}"]),
         ("which of them has been in the index the longest?",
          f"SELECT name FROM companies WHERE {FOREIGN} ORDER BY date_added LIMIT 1",
          [f"SELECT symbol FROM companies WHERE {FOREIGN} ORDER BY date_added LIMIT 1"]),
         ("how many are in Ireland?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Ireland'")),
    conv("jn-5",
         ("How many companies joined the S&P 500 in 2008?", "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2008%'"),
         ("and in 2017?", "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2017%'"),
         ("Which year saw the most additions?",
          "SELECT strftime('%Y', date_added) AS yr FROM companies GROUP BY yr ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many of today's members have been in the index since before 1980?",
          "SELECT COUNT(*) FROM companies WHERE date_added < '1980-01-01'")),
    conv("jn-6",
         ("When was the CAPE last below 20?", f"SELECT MAX(month) {IM} WHERE pe10 < 20",
          [f"SELECT strftime('%Y-%m', MAX(month)) {IM} WHERE pe10 < 20"]),
         ("How many months in total has it been above 30?", f"SELECT COUNT(*) {IM} WHERE pe10 > 30"),
         ("in which years did that happen?", f"SELECT DISTINCT {YR} {IM} WHERE pe10 > 30"),
         ("what was it in September 2023, the latest month you have?", f"SELECT pe10 {IM} WHERE month = '2023-09-01'")),
]

# ------------------------------------------------------------------------------ skeptic
SK = [
    conv("sk-1",
         ("What was Apple's share price at 10:30 this morning?", D),
         ("Fine, what's the latest price you have for Apple?", "SELECT price FROM fundamentals WHERE symbol = 'AAPL'"),
         ("and its 52-week range?", "SELECT low_52w, high_52w FROM fundamentals WHERE symbol = 'AAPL'"),
         ("How has Apple's share count changed over the last ten years?", D)),
    conv("sk-2",
         ("Do analysts rate Microsoft a buy or a sell?", D),
         ("What's Microsoft's P/E then?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'MSFT'"),
         ("and what was its P/E in 2015?", D),
         ("and its dividend yield?", "SELECT dividend_yield FROM fundamentals WHERE symbol = 'MSFT'",
          ["SELECT dividend_yield * 100 FROM fundamentals WHERE symbol = 'MSFT'"])),
    conv("sk-3",
         ("Show me the Nasdaq Composite for 2020", D),
         ("What about the Dow Jones in 2008?", D),
         ("OK, the S&P 500 at the start of 2020 then", f"SELECT sp500 {IM} WHERE month = '2020-01-01'")),
    conv("sk-4",
         ("What was the average P/E of the Energy sector in 2010?", D),
         ("and in the snapshot you do have?", f"SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Energy'"),
         ("Any news about ExxonMobil this week?", D)),
    conv("sk-5",
         ("Which companies were removed from the S&P 500 last year?", D),
         ("Who is the CEO of Nvidia?", D),
         ("When was Nvidia founded?", "SELECT founded FROM companies WHERE symbol = 'NVDA'"),
         ("What's Nvidia's average daily trading volume?", D)),
    conv("sk-6",
         ("What was the S&P 500's close on March 9, 2009?", D),
         ("then give me the monthly figure for March 2009", f"SELECT sp500 {IM} WHERE month = '2009-03-01'"),
         ("what was the CAPE in June 2026?", D),
         ("What's the CPI for 2025?", D)),
]

SETS = {"sp500insight": PM + ECO + PD + JN + SK}
