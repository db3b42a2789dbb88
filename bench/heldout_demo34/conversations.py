"""Held-out conversations over the shipped `sp500insight` demo database, written as two askers
would type them (a retired dividend investor, a terse quant intern), before the engine was run on
them. Each turn: question, reference SQL (SQLite), optional `accept` (other SQL that also answers
honestly), or None when the data does not hold the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

J = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
LATEST = "(SELECT sp500 FROM index_monthly ORDER BY month DESC LIMIT 1)"
Y2010 = "(SELECT sp500 FROM index_monthly WHERE month = '2010-01-01')"
YR = "CAST(strftime('%Y', month) AS INTEGER)"


def yoy(col: str, lo: int, hi: int) -> list[str]:
    """Year-over-year % change of an index column for the years lo..hi under the usual conventions:
    December on December (reference), annual average on annual average, January on January, and
    January to December within the year."""
    dec = (f"SELECT a.y, 100.0 * (a.v / b.v - 1) AS pct FROM "
           f"(SELECT {YR} AS y, {col} AS v FROM index_monthly WHERE strftime('%m', month) = '{{m}}') a "
           f"JOIN (SELECT {YR} AS y, {col} AS v FROM index_monthly WHERE strftime('%m', month) = '{{m}}') b "
           f"ON b.y = a.y - 1 WHERE a.y BETWEEN {lo} AND {hi}")
    avg = (f"SELECT a.y, 100.0 * (a.v / b.v - 1) AS pct FROM "
           f"(SELECT {YR} AS y, AVG({col}) AS v FROM index_monthly GROUP BY y) a "
           f"JOIN (SELECT {YR} AS y, AVG({col}) AS v FROM index_monthly GROUP BY y) b "
           f"ON b.y = a.y - 1 WHERE a.y BETWEEN {lo} AND {hi}")
    within = (f"SELECT a.y, 100.0 * (b.v / a.v - 1) AS pct FROM "
              f"(SELECT {YR} AS y, {col} AS v FROM index_monthly WHERE strftime('%m', month) = '01') a "
              f"JOIN (SELECT {YR} AS y, {col} AS v FROM index_monthly WHERE strftime('%m', month) = '12') b "
              f"ON b.y = a.y WHERE a.y BETWEEN {lo} AND {hi}")
    return [dec.format(m="12"), avg, dec.format(m="01"), within]


def worst(forms: list[str], desc: bool = False) -> list[str]:
    return [f"SELECT y FROM ({q}) ORDER BY pct{' DESC' if desc else ''} LIMIT 1" for q in forms]


SP_YOY = yoy("sp500", 2000, 2010)
SP_YOY_SINCE = yoy("sp500", 2010, 2025)
REAL_YOY = yoy("real_price", 2000, 2010)
EARN_09 = [f"SELECT pct FROM ({q}) WHERE y = 2009" for q in yoy("earnings", 2009, 2009)]

TX_TOP5 = (f"SELECT c.name {J} WHERE c.hq_region = 'Texas' AND f.dividend_yield IS NOT NULL "
           "ORDER BY f.dividend_yield DESC LIMIT 5")
TX_BIG5 = (f"SELECT c.name {J} WHERE c.hq_region = 'Texas' AND f.market_cap > 100000000000 "
           "AND f.dividend_yield IS NOT NULL ORDER BY f.dividend_yield DESC LIMIT 5")
BIGBANKS = f"{J} WHERE c.sub_industry = 'Diversified Banks'"
UT3 = f"{J} WHERE c.sector = 'Utilities' AND f.dividend_yield > 0.03"
SOUTHERN = (f"SELECT c.symbol {UT3} ORDER BY f.market_cap DESC LIMIT 1")
CAPE_NOW = "(SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1)"
HC_PAY = f"{J} WHERE c.sector = 'Health Care' AND f.dividend_yield > 0"
NEW5 = "SELECT symbol FROM companies ORDER BY date_added DESC LIMIT 5"
ORIG = "SELECT symbol FROM companies WHERE date_added = '1957-03-04'"
CA_PAY = f"{J} WHERE c.hq_region = 'California' AND f.dividend_yield > 0"
RE_MIN = (f"SELECT c.symbol {J} WHERE c.sector = 'Real Estate' AND f.dividend_yield IS NOT NULL "
          "ORDER BY f.dividend_yield LIMIT 1")
TOP_MCAP = "SELECT symbol FROM fundamentals WHERE market_cap IS NOT NULL ORDER BY market_cap DESC LIMIT 10"
TOP_MCAP_CO = ("SELECT MIN(symbol) AS symbol FROM companies c JOIN fundamentals f USING (symbol) "
               "GROUP BY c.cik ORDER BY MAX(f.market_cap) DESC LIMIT 10")

RETIREE = [
    conv("ret-dividends",
         ("Good morning! I live mostly on my dividends these days. Could you tell me which five companies in the "
          "S&P 500 pay the best dividends?",
          f"SELECT c.name {J} WHERE f.dividend_yield IS NOT NULL ORDER BY f.dividend_yield DESC LIMIT 5",
          ["SELECT symbol FROM fundamentals WHERE dividend_yield IS NOT NULL ORDER BY dividend_yield DESC LIMIT 5"]),
         ("And the ones in Texas?", TX_TOP5),
         ("Only the large ones, please — over a hundred billion dollars in size, say.", TX_BIG5,
          [f"SELECT c.name {J} WHERE c.hq_region = 'Texas' AND f.market_cap > 100000000000 "
           "AND f.dividend_yield IS NOT NULL"]),
         ("Why is AT&T's dividend so much higher than the others'?", D),
         ("When did AT&T join the index?", "SELECT date_added FROM companies WHERE symbol = 'T'")),
    conv("ret-banks",
         ("I've kept some money in the big banks for many years. Are the big banks safe to hold?", D),
         ("Well then, what dividends do the big banks pay?",
          f"SELECT f.dividend_yield {BIGBANKS}"),
         ("Which of them pays the most?", f"SELECT c.name {BIGBANKS} ORDER BY f.dividend_yield DESC LIMIT 1",
          [f"SELECT c.symbol {BIGBANKS} ORDER BY f.dividend_yield DESC LIMIT 1"]),
         ("And how does that compare with the average for the whole financial sector?",
          f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Financials'",
          [f"SELECT AVG(COALESCE(f.dividend_yield, 0)) {J} WHERE c.sector = 'Financials'"]),
         ("What did the bank shares cost a year ago?", D)),
    conv("ret-utilities",
         ("My late husband always said utilities were the thing for income. How many of the utilities pay more "
          "than 3 %?", f"SELECT COUNT(*) {UT3}"),
         ("Could you list them for me, highest first?",
          f"SELECT name FROM (SELECT c.name, f.dividend_yield {UT3} ORDER BY f.dividend_yield DESC)"),
         ("Which of them is the biggest company?", f"SELECT c.name {UT3} ORDER BY f.market_cap DESC LIMIT 1",
          [SOUTHERN]),
         ("Where is it based?", f"SELECT hq_city, hq_region FROM companies WHERE symbol = ({SOUTHERN})"),
         ("How much has its dividend grown over the last five years?", D)),
    conv("ret-since-2010",
         ("I put a bit aside in an index fund at the start of 2010. What would I have made in the S&P since 2010?",
          f"SELECT 100.0 * ({LATEST} / {Y2010} - 1)",
          [f"SELECT {LATEST} / {Y2010}", f"SELECT {LATEST} / {Y2010} - 1"]),
         ("What was the index at back then, and what is it now?",
          "SELECT month, sp500 FROM index_monthly WHERE month IN ('2010-01-01', "
          "(SELECT MAX(month) FROM index_monthly))",
          [f"SELECT {Y2010}, {LATEST}"]),
         ("What was the worst year in between?", worst(SP_YOY_SINCE)[0], worst(SP_YOY_SINCE)[1:]),
         ("And the best?", worst(SP_YOY_SINCE, True)[0], worst(SP_YOY_SINCE, True)[1:]),
         ("What's the ten-year interest rate these days?",
          "SELECT long_interest_rate FROM index_monthly WHERE long_interest_rate IS NOT NULL "
          "ORDER BY month DESC LIMIT 1")),
    conv("ret-valuation",
         ("Is now an expensive time to buy, compared with history?",
          f"SELECT {CAPE_NOW} AS cape_now, (SELECT AVG(pe10) FROM index_monthly) AS cape_avg"),
         ("When was it most expensive?", "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("And the cheapest?", "SELECT month FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 LIMIT 1"),
         ("What did the index stand at then?",
          "SELECT sp500 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 LIMIT 1"),
         ("Do you think there will be a crash next year?", D)),
    conv("ret-health",
         ("My grandson works in health care. How many health care companies are there in the S&P?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Health Care'"),
         ("Which of them pay a dividend at all?", f"SELECT c.name {HC_PAY}"),
         ("And the ones in Texas?", f"SELECT c.name {HC_PAY} AND c.hq_region = 'Texas'",
          ["SELECT name FROM companies WHERE sector = 'Health Care' AND hq_region = 'Texas'"]),
         ("When was that company founded?", "SELECT founded FROM companies WHERE symbol = 'MCK'"),
         ("How many people does it employ?", D)),
    conv("ret-staples",
         ("I'm fond of the companies that make everyday things — soap, cereal, that sort of thing. What's the "
          "average dividend yield of the consumer staples companies?",
          f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Consumer Staples'",
          [f"SELECT AVG(COALESCE(f.dividend_yield, 0)) {J} WHERE c.sector = 'Consumer Staples'"]),
         ("Is that better than the utilities?",
          f"SELECT c.sector, AVG(f.dividend_yield) {J} WHERE c.sector IN ('Consumer Staples', 'Utilities') "
          "GROUP BY c.sector",
          [f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Utilities'"]),
         ("Which staples company is the most expensive compared with its earnings?",
          f"SELECT c.name {J} WHERE c.sector = 'Consumer Staples' ORDER BY f.pe_ratio DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE c.sector = 'Consumer Staples' ORDER BY f.pe_ratio DESC LIMIT 1"]),
         ("Is Procter & Gamble in there, and what does it yield?",
          "SELECT dividend_yield FROM fundamentals WHERE symbol = 'PG'")),
    conv("ret-rates",
         ("Back in my working days interest rates were sky high. When were long-term interest rates at their "
          "highest?", "SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"),
         ("And what was the rate then?", "SELECT MAX(long_interest_rate) FROM index_monthly"),
         ("What was the average long-term rate through the 1980s?",
          "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month BETWEEN '1980-01-01' AND '1989-12-01'"),
         ("What is my bank paying on a savings account these days?", D)),
    conv("ret-tech",
         ("My neighbour keeps going on about Apple and Microsoft. Which is the bigger company?",
          "SELECT c.name FROM companies c JOIN fundamentals f ON f.symbol = c.symbol WHERE c.symbol IN "
          "('AAPL', 'MSFT') ORDER BY f.market_cap DESC LIMIT 1",
          ["SELECT symbol FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT') ORDER BY market_cap DESC LIMIT 1"]),
         ("Do they pay dividends?",
          "SELECT dividend_yield FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT')"),
         ("What are the ten biggest companies in the index, then?", f"SELECT symbol FROM ({TOP_MCAP})",
          [f"SELECT symbol FROM ({TOP_MCAP_CO})", f"SELECT name FROM companies WHERE symbol IN ({TOP_MCAP})",
           f"SELECT name FROM companies WHERE symbol IN ({TOP_MCAP_CO})"]),
         ("How many of those are technology companies?",
          f"SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology' AND symbol IN ({TOP_MCAP})"),
         ("What does an Apple share cost?", "SELECT price FROM fundamentals WHERE symbol = 'AAPL'")),
    conv("ret-energy",
         ("My brother-in-law worked for an oil company all his life. How do the energy companies do on "
          "dividends — what's the highest and the lowest they pay?",
          f"SELECT MAX(f.dividend_yield), MIN(f.dividend_yield) {J} WHERE c.sector = 'Energy'"),
         ("Which company is the highest one?",
          f"SELECT c.name {J} WHERE c.sector = 'Energy' ORDER BY f.dividend_yield DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE c.sector = 'Energy' ORDER BY f.dividend_yield DESC LIMIT 1"]),
         ("How many of the energy companies are based in Texas?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Energy' AND hq_region = 'Texas'"),
         ("What share of all the energy companies is that?",
          "SELECT 100.0 * SUM(hq_region = 'Texas') / COUNT(*) FROM companies WHERE sector = 'Energy'",
          ["SELECT 1.0 * SUM(hq_region = 'Texas') / COUNT(*) FROM companies WHERE sector = 'Energy'"]),
         ("How much oil do they produce in a year?", D)),
    conv("ret-newcomers",
         ("Which are the five newest companies in the S&P 500?", f"SELECT symbol FROM ({NEW5})",
          [f"SELECT name FROM companies WHERE symbol IN ({NEW5})"]),
         ("What do they do?", f"SELECT sub_industry FROM companies WHERE symbol IN ({NEW5})",
          [f"SELECT sector FROM companies WHERE symbol IN ({NEW5})"]),
         ("How many companies were added in 2020 altogether?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2020%'"),
         ("And which companies were taken out of the index that year?", D)),
    conv("ret-old-names",
         ("Which is the oldest company in the S&P 500?", "SELECT name FROM companies ORDER BY founded LIMIT 1",
          ["SELECT symbol FROM companies ORDER BY founded LIMIT 1"]),
         ("And the oldest one that pays more than 4 % in dividends?",
          f"SELECT c.name {J} WHERE f.dividend_yield > 0.04 ORDER BY c.founded LIMIT 1",
          [f"SELECT c.symbol {J} WHERE f.dividend_yield > 0.04 ORDER BY c.founded LIMIT 1"]),
         ("How many companies have been in the index since the very start in 1957?",
          "SELECT COUNT(*) FROM companies WHERE date_added = '1957-03-04'",
          ["SELECT COUNT(*) FROM companies WHERE date_added < '1958-01-01'"]),
         ("What's their average dividend?",
          f"SELECT AVG(dividend_yield) FROM fundamentals WHERE symbol IN ({ORIG})",
          [f"SELECT AVG(COALESCE(dividend_yield, 0)) FROM fundamentals WHERE symbol IN ({ORIG})"])),
    conv("ret-reits",
         ("A friend recommended property trusts — REITs, I think they're called. What's the average dividend of "
          "the real estate companies?", f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Real Estate'",
          [f"SELECT AVG(COALESCE(f.dividend_yield, 0)) {J} WHERE c.sector = 'Real Estate'"]),
         ("Which one pays the least?", f"SELECT name FROM companies WHERE symbol = ({RE_MIN})",
          [RE_MIN, f"SELECT c.name {J} WHERE c.sector = 'Real Estate' AND f.dividend_yield IS NULL"]),
         ("What is its price to book?", f"SELECT price_to_book FROM fundamentals WHERE symbol = ({RE_MIN})",
          [f"SELECT f.price_to_book {J} WHERE c.sector = 'Real Estate' AND f.dividend_yield IS NULL"]),
         ("How much rent do they collect each year?", D)),
    conv("ret-california",
         ("I've moved to California to be near my daughter. How many S&P companies have their headquarters in "
          "California?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'California'"),
         ("Which cities have the most of them?",
          "SELECT hq_city FROM companies WHERE hq_region = 'California' GROUP BY hq_city HAVING COUNT(*) = "
          "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM companies WHERE hq_region = 'California' "
          "GROUP BY hq_city))",
          ["SELECT hq_city FROM companies WHERE hq_region = 'California' GROUP BY hq_city "
           "ORDER BY COUNT(*) DESC LIMIT 3"]),
         ("Only the ones paying a dividend, please — how many is that?", f"SELECT COUNT(*) {CA_PAY}"),
         ("And what's the average price-to-earnings of those?", f"SELECT AVG(f.pe_ratio) {CA_PAY}")),
]

# ------------------------------------------------------------------------------------------ quant intern
BIG = f"{J} WHERE f.market_cap > 100000000000"
TOP20 = "SELECT symbol FROM fundamentals WHERE dividend_yield IS NOT NULL ORDER BY dividend_yield DESC LIMIT 20"
TOP20_XRE = (f"SELECT c.symbol {J} WHERE f.dividend_yield IS NOT NULL AND c.sector <> 'Real Estate' "
             "ORDER BY f.dividend_yield DESC LIMIT 20")
NONUS = ("'Ireland', 'United Kingdom', 'Bristol, United Kingdom', 'Switzerland', 'Netherlands', 'Bermuda', "
         "'Canada'")
CAPE_DEC = (f"SELECT ({YR} / 10) * 10 AS decade, AVG(pe10) AS cape FROM index_monthly WHERE month >= '1950-01-01' "
            "GROUP BY decade")
SUB5 = "SELECT sub_industry FROM companies GROUP BY sub_industry HAVING COUNT(*) > 5"
SUB_TOP = (f"SELECT c.sub_industry {J} WHERE c.sub_industry IN ({SUB5}) GROUP BY c.sub_industry "
           "ORDER BY AVG(f.market_cap) DESC LIMIT 1")
PE50 = f"{J} WHERE f.pe_ratio > 50"
RATIO = "1.0 * f.market_cap / f.ebitda"
LOW52 = ("SELECT symbol FROM fundamentals WHERE price IS NOT NULL AND high_52w IS NOT NULL "
         "ORDER BY price / high_52w LIMIT 10")
PAY = "100.0 * SUM(f.dividend_yield > 0) / COUNT(*)"
Y00 = "(SELECT sp500 FROM index_monthly WHERE month = '2000-01-01')"
MIN10Y = "SELECT month FROM index_monthly WHERE long_interest_rate IS NOT NULL ORDER BY long_interest_rate LIMIT 1"

QUANT = [
    conv("q-pe-sector",
         ("avg pe by sector where mcap > 100b", f"SELECT c.sector, AVG(f.pe_ratio) {BIG} GROUP BY c.sector"),
         ("same but ebitda", f"SELECT c.sector, AVG(f.ebitda) {BIG} GROUP BY c.sector"),
         ("drop fins",
          f"SELECT c.sector, AVG(f.ebitda) {BIG} AND c.sector <> 'Financials' GROUP BY c.sector"),
         ("top sector?",
          f"SELECT c.sector {BIG} AND c.sector <> 'Financials' GROUP BY c.sector ORDER BY AVG(f.ebitda) DESC LIMIT 1")),
    conv("q-yield",
         ("top 20 by div yld desc", f"SELECT symbol FROM ({TOP20})"),
         ("sector mix of those",
          f"SELECT sector, COUNT(*) FROM companies WHERE symbol IN ({TOP20}) GROUP BY sector"),
         ("top 20 again excl real estate", f"SELECT symbol FROM ({TOP20_XRE})"),
         ("median yld whole index",
          "SELECT dividend_yield FROM fundamentals WHERE dividend_yield IS NOT NULL ORDER BY dividend_yield "
          "LIMIT 1 OFFSET (SELECT COUNT(dividend_yield) / 2 FROM fundamentals)",
          ["SELECT COALESCE(dividend_yield, 0) AS y FROM fundamentals ORDER BY y "
           "LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM fundamentals)"]),
         ("yld vs 5y avg yld, top 10 gap", D)),
    conv("q-states",
         ("count by state", "SELECT hq_region, COUNT(*) FROM companies GROUP BY hq_region",
          ["SELECT hq_region, COUNT(*) FROM companies WHERE hq_region IS NOT NULL GROUP BY hq_region"]),
         ("top 3", "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 3"),
         ("avg mcap for each of those",
          f"SELECT c.hq_region, AVG(f.market_cap) {J} WHERE c.hq_region IN ('California', 'New York', 'Texas') "
          "GROUP BY c.hq_region"),
         ("non-US only, count by country",
          f"SELECT hq_region, COUNT(*) FROM companies WHERE hq_region IN ({NONUS}) GROUP BY hq_region",
          [f"SELECT CASE WHEN hq_region LIKE '%United Kingdom' THEN 'United Kingdom' ELSE hq_region END AS country, "
           f"COUNT(*) FROM companies WHERE hq_region IN ({NONUS}) GROUP BY country"]),
         ("headcount by state", D)),
    conv("q-cape",
         ("cape max + date", "SELECT month, pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("min too",
          "SELECT month, pe10 FROM index_monthly WHERE pe10 = (SELECT MAX(pe10) FROM index_monthly) "
          "OR pe10 = (SELECT MIN(pe10) FROM index_monthly)",
          ["SELECT month, pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 LIMIT 1"]),
         ("avg cape by decade since 1950", CAPE_DEC),
         ("which decade highest", f"SELECT decade FROM ({CAPE_DEC}) ORDER BY cape DESC LIMIT 1"),
         ("cape for 2025", D)),
    conv("q-yoy",
         ("sp500 yoy % 2000-2010", SP_YOY[0], SP_YOY[1:]),
         ("worst yr", worst(SP_YOY)[0], worst(SP_YOY)[1:]),
         ("same but real_price", REAL_YOY[0], REAL_YOY[1:]),
         ("earnings yoy 2009", EARN_09[0], EARN_09[1:])),
    conv("q-subind",
         ("n per subind, >5 only",
          "SELECT sub_industry, COUNT(*) FROM companies GROUP BY sub_industry HAVING COUNT(*) > 5"),
         ("avg mcap per each of those",
          f"SELECT c.sub_industry, AVG(f.market_cap) {J} WHERE c.sub_industry IN ({SUB5}) GROUP BY c.sub_industry"),
         ("biggest 3",
          f"SELECT c.sub_industry {J} WHERE c.sub_industry IN ({SUB5}) GROUP BY c.sub_industry "
          "ORDER BY AVG(f.market_cap) DESC LIMIT 3"),
         ("tickers in #1", f"SELECT symbol FROM companies WHERE sub_industry = ({SUB_TOP})")),
    conv("q-pe50",
         ("pe > 50 count", f"SELECT COUNT(*) {PE50}"),
         ("by sector", f"SELECT c.sector, COUNT(*) {PE50} GROUP BY c.sector"),
         ("names in IT", f"SELECT c.symbol {PE50} AND c.sector = 'Information Technology'"),
         ("fwd pe for those", D),
         ("eps nvda", "SELECT eps FROM fundamentals WHERE symbol = 'NVDA'")),
    conv("q-mcap-ebitda",
         ("mcap/ebitda top 10, ex nulls",
          f"SELECT c.symbol, {RATIO} AS r {J} WHERE f.ebitda IS NOT NULL AND f.market_cap IS NOT NULL "
          "ORDER BY r DESC LIMIT 10"),
         ("ev/ebitda instead", D),
         ("sector avg of mcap/ebitda",
          f"SELECT c.sector, AVG({RATIO}) {J} GROUP BY c.sector",
          [f"SELECT c.sector, 1.0 * SUM(f.market_cap) / SUM(f.ebitda) {J} WHERE f.market_cap IS NOT NULL "
           "AND f.ebitda IS NOT NULL GROUP BY c.sector"]),
         ("lowest sector",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG({RATIO}) LIMIT 1",
          [f"SELECT c.sector {J} WHERE f.market_cap IS NOT NULL AND f.ebitda IS NOT NULL GROUP BY c.sector "
           "ORDER BY 1.0 * SUM(f.market_cap) / SUM(f.ebitda) LIMIT 1"])),
    conv("q-52w",
         ("price vs 52w hi, bottom 10", f"SELECT symbol FROM ({LOW52})"),
         ("sectors of those", f"SELECT symbol, sector FROM companies WHERE symbol IN ({LOW52})",
          [f"SELECT sector, COUNT(*) FROM companies WHERE symbol IN ({LOW52}) GROUP BY sector"]),
         ("within 2% of 52w high, count",
          "SELECT COUNT(*) FROM fundamentals WHERE price >= 0.98 * high_52w"),
         ("short interest on the bottom 10", D)),
    conv("q-fins-pb",
         ("fins w/ pb < 1", f"SELECT c.symbol {J} WHERE c.sector = 'Financials' AND f.price_to_book < 1",
          [f"SELECT c.symbol {J} WHERE c.sector = 'Financials' AND f.price_to_book > 0 AND f.price_to_book < 1"]),
         ("avg pb by subind, fins only",
          f"SELECT c.sub_industry, AVG(f.price_to_book) {J} WHERE c.sector = 'Financials' GROUP BY c.sub_industry"),
         ("cheapest subind", f"SELECT c.sub_industry {J} WHERE c.sector = 'Financials' GROUP BY c.sub_industry "
                             "ORDER BY AVG(f.price_to_book) LIMIT 1"),
         ("tier 1 capital ratio for the banks", D)),
    conv("q-payers",
         ("div payers %", f"SELECT {PAY} FROM fundamentals f",
          ["SELECT 1.0 * SUM(f.dividend_yield > 0) / COUNT(*) FROM fundamentals f",
           f"SELECT {PAY} FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol"]),
         ("by sector", f"SELECT c.sector, {PAY} {J} GROUP BY c.sector",
          [f"SELECT c.sector, 1.0 * SUM(f.dividend_yield > 0) / COUNT(*) {J} GROUP BY c.sector"]),
         ("lowest?", f"SELECT c.sector {J} GROUP BY c.sector ORDER BY {PAY} LIMIT 1"),
         ("avg yld of payers there",
          f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Information Technology' AND f.dividend_yield > 0")),
    conv("q-index-levels",
         ("sp500 jan 2000 vs jan 2010",
          "SELECT month, sp500 FROM index_monthly WHERE month IN ('2000-01-01', '2010-01-01')",
          [f"SELECT {Y00}, {Y2010}"]),
         ("% chg", f"SELECT 100.0 * ({Y2010} / {Y00} - 1)", [f"SELECT {Y2010} / {Y00} - 1"]),
         ("idx div yld jan 2010",
          "SELECT 100.0 * dividend / sp500 FROM index_monthly WHERE month = '2010-01-01'",
          ["SELECT dividend / sp500 FROM index_monthly WHERE month = '2010-01-01'"]),
         ("latest idx div yld",
          "SELECT 100.0 * dividend / sp500 FROM index_monthly WHERE dividend IS NOT NULL ORDER BY month DESC LIMIT 1",
          ["SELECT dividend / sp500 FROM index_monthly WHERE dividend IS NOT NULL ORDER BY month DESC LIMIT 1"]),
         ("vix now", D)),
    conv("q-rates",
         ("10y min + date",
          "SELECT month, long_interest_rate FROM index_monthly WHERE long_interest_rate IS NOT NULL "
          "ORDER BY long_interest_rate LIMIT 1"),
         ("cape that month", f"SELECT pe10 FROM index_monthly WHERE month = ({MIN10Y})"),
         ("avg 10y since 2010",
          "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month >= '2010-01-01'"),
         ("real 10y, i.e. minus cpi yoy, latest",
          "SELECT a.long_interest_rate - 100.0 * (a.cpi / b.cpi - 1) FROM index_monthly a JOIN index_monthly b "
          "ON b.month = date(a.month, '-1 year') WHERE a.long_interest_rate IS NOT NULL AND a.cpi IS NOT NULL "
          "ORDER BY a.month DESC LIMIT 1")),
    conv("q-founded",
         ("founded < 1900 count", "SELECT COUNT(*) FROM companies WHERE founded < 1900"),
         ("by sector", "SELECT sector, COUNT(*) FROM companies WHERE founded < 1900 GROUP BY sector"),
         ("oldest 5 w/ tickers", "SELECT symbol, name FROM companies ORDER BY founded LIMIT 5"),
         ("avg div yld pre-1900 vs post-2000 founders",
          f"SELECT CASE WHEN c.founded < 1900 THEN 'pre-1900' ELSE 'post-2000' END AS grp, AVG(f.dividend_yield) "
          f"{J} WHERE c.founded < 1900 OR c.founded > 2000 GROUP BY grp",
          [f"SELECT CASE WHEN c.founded < 1900 THEN 'pre-1900' ELSE 'post-2000' END AS grp, AVG(f.dividend_yield) "
           f"{J} WHERE c.founded < 1900 OR c.founded >= 2000 GROUP BY grp"]),
         ("share buybacks last yr, top 10", D)),
]

SETS = {"sp500insight": RETIREE + QUANT}
