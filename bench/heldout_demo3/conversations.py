"""Held-out conversations over the bundled `sp500insight` demo database, written as people type them
into the shipped demo (a journalist, a student learning SQL, a portfolio manager, someone testing the
tool's limits), before the engine was run on them. Each turn: question, reference SQL (SQLite; a list
when every part must be answered), optional `accept` (other SQL that also answers), or None when the
data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

J = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
TOTAL = "(SELECT SUM(market_cap) FROM fundamentals)"
TOP5 = "SELECT market_cap FROM fundamentals ORDER BY market_cap DESC LIMIT 5"
BT = "('AAPL', 'MSFT', 'AMZN', 'META', 'NVDA')"
IRL = "hq_region = 'Ireland'"
Y2020 = "date_added LIKE '2020%'"
OHIO = "hq_region = 'Ohio'"
OHIO2 = "hq_region LIKE 'Ohio%'"     # also Huntington Bancshares, "Ohio; Detroit, Michigan"
PAY = "f.dividend_yield IS NOT NULL"
NOPAY = "f.dividend_yield IS NULL"
PAYCASE = f"CASE WHEN {PAY} THEN 'pays' ELSE 'does not pay' END"
ENERGY = "c.sector = 'Energy'"
TOP5E = "SELECT symbol FROM fundamentals ORDER BY ebitda DESC LIMIT 5"
S80S = "month BETWEEN '1980-01-01' AND '1989-12-01'"
S90S = "month BETWEEN '1990-01-01' AND '1999-12-01'"

# ------------------------------------------------------------------------------ a journalist
JOURNALIST = [
    conv("journalist-1",
         ("Which are the five biggest companies in the S&P 500 by market cap?",
          f"SELECT c.name {J} ORDER BY f.market_cap DESC LIMIT 5",
          ["SELECT symbol FROM fundamentals ORDER BY market_cap DESC LIMIT 5"]),
         ("what's their combined market cap?", f"SELECT SUM(market_cap) FROM ({TOP5})"),
         ("and what share of the whole index is that?",
          f"SELECT 100.0 * (SELECT SUM(market_cap) FROM ({TOP5})) / {TOTAL}",
          [f"SELECT 1.0 * (SELECT SUM(market_cap) FROM ({TOP5})) / {TOTAL}"])),
    conv("journalist-2",
         ("When was Nvidia added to the S&P 500?", "SELECT date_added FROM companies WHERE symbol = 'NVDA'"),
         ("And Tesla?", "SELECT date_added FROM companies WHERE symbol = 'TSLA'"),
         ("Which other companies joined the index that year?",
          f"SELECT name FROM companies WHERE {Y2020} AND symbol <> 'TSLA'",
          [f"SELECT symbol FROM companies WHERE {Y2020} AND symbol <> 'TSLA'",
           f"SELECT name FROM companies WHERE {Y2020}", f"SELECT symbol FROM companies WHERE {Y2020}"]),
         ("how many of them are tech companies?",
          f"SELECT COUNT(*) FROM companies WHERE {Y2020} AND symbol <> 'TSLA' AND sector = 'Information Technology'")),
    conv("journalist-3",
         ("What was the S&P 500 at in January 2000?", "SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'"),
         ("and ten years later?", "SELECT sp500 FROM index_monthly WHERE month = '2010-01-01'"),
         ("What's the highest level the index has ever reached?", "SELECT MAX(sp500) FROM index_monthly"),
         ("which month was that?", "SELECT month FROM index_monthly ORDER BY sp500 DESC LIMIT 1")),
    conv("journalist-4",
         ("How did the index do month by month in 2008?",
          "SELECT month, sp500 FROM index_monthly WHERE month LIKE '2008%' ORDER BY month"),
         ("Which month was the low point that year?",
          "SELECT month FROM index_monthly WHERE month LIKE '2008%' ORDER BY sp500 LIMIT 1"),
         ("what was the CAPE ratio in that month?", "SELECT pe10 FROM index_monthly WHERE month = '2008-12-01'"),
         ("Why did the market crash that year?", D)),
    conv("journalist-5",
         ("Show me the share price, P/E and EPS of AAPL, MSFT, AMZN, META and NVDA",
          f"SELECT symbol, price, pe_ratio, eps FROM fundamentals WHERE symbol IN {BT}"),
         ("Which of them has the highest P/E?",
          f"SELECT symbol FROM fundamentals WHERE symbol IN {BT} ORDER BY pe_ratio DESC LIMIT 1",
          [f"SELECT c.name {J} WHERE c.symbol IN {BT} ORDER BY f.pe_ratio DESC LIMIT 1"]),
         ("Do any of them not pay a dividend?",
          f"SELECT symbol FROM fundamentals WHERE symbol IN {BT} AND dividend_yield IS NULL",
          [f"SELECT c.name {J} WHERE c.symbol IN {BT} AND {NOPAY}"]),
         ("What was Apple's revenue last quarter?", D)),
    conv("journalist-6",
         ("How many S&P 500 companies are headquartered in Ireland?",
          f"SELECT COUNT(*) FROM companies WHERE {IRL}"),
         ("which ones?", f"SELECT name FROM companies WHERE {IRL}",
          [f"SELECT symbol FROM companies WHERE {IRL}", f"SELECT * FROM companies WHERE {IRL}"]),
         ("Which of them is the biggest by market cap?",
          f"SELECT c.name {J} WHERE c.{IRL} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT f.symbol {J} WHERE c.{IRL} ORDER BY f.market_cap DESC LIMIT 1"])),
    conv("journalist-7",
         ("What's the average dividend yield of tech companies?",
          f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Information Technology'",
          [f"SELECT 100.0 * AVG(f.dividend_yield) {J} WHERE c.sector = 'Information Technology'",
           f"SELECT AVG(COALESCE(f.dividend_yield, 0)) {J} WHERE c.sector = 'Information Technology'",
           f"SELECT 100.0 * AVG(COALESCE(f.dividend_yield, 0)) {J} WHERE c.sector = 'Information Technology'"]),
         ("Who will be the next company added to the index?", D),
         ("Who is Nvidia's CEO?", D)),
]

# ------------------------------------------------------------------------------ a student learning SQL
STUDENT = [
    conv("student-1",
         ("show me the companies table", "SELECT * FROM companies",
          ["SELECT name FROM companies", "SELECT symbol FROM companies"]),
         ("how many are there", "SELECT COUNT(*) FROM companies"),
         ("now only the ones in Ohio", f"SELECT * FROM companies WHERE {OHIO}",
          [f"SELECT name FROM companies WHERE {OHIO}", f"SELECT symbol FROM companies WHERE {OHIO}",
           f"SELECT * FROM companies WHERE {OHIO2}", f"SELECT name FROM companies WHERE {OHIO2}"]),
         ("sort by name", f"SELECT * FROM companies WHERE {OHIO} ORDER BY name",
          [f"SELECT name FROM companies WHERE {OHIO} ORDER BY name",
           f"SELECT * FROM companies WHERE {OHIO2} ORDER BY name",
           f"SELECT name FROM companies WHERE {OHIO2} ORDER BY name"]),
         ("how many is that", f"SELECT COUNT(*) FROM companies WHERE {OHIO}",
          [f"SELECT COUNT(*) FROM companies WHERE {OHIO2}"])),
    conv("student-2",
         ("list all the sectors", "SELECT DISTINCT sector FROM companies"),
         ("how many companies are in each one?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("only show the sectors with more than 40 companies",
          "SELECT sector, COUNT(*) FROM companies GROUP BY sector HAVING COUNT(*) > 40"),
         ("sort them from biggest to smallest",
          "SELECT sector, COUNT(*) FROM companies GROUP BY sector HAVING COUNT(*) > 40 ORDER BY COUNT(*) DESC")),
    conv("student-3",
         ("What's the average share price in the fundamentals table?", "SELECT AVG(price) FROM fundamentals"),
         ("what about the highest and the lowest?", "SELECT MAX(price), MIN(price) FROM fundamentals"),
         ("which company has the highest price?",
          f"SELECT c.name {J} ORDER BY f.price DESC LIMIT 1",
          ["SELECT symbol FROM fundamentals ORDER BY price DESC LIMIT 1"]),
         ("show me its row in the companies table", "SELECT * FROM companies WHERE symbol = 'NVR'")),
    conv("student-4",
         ("show each company's name together with its P/E ratio", f"SELECT c.name, f.pe_ratio {J}",
          ["SELECT c.name, f.pe_ratio FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol"]),
         ("only the ones with a P/E under 10", f"SELECT c.name, f.pe_ratio {J} WHERE f.pe_ratio < 10"),
         ("sort them by P/E, lowest first", f"SELECT c.name, f.pe_ratio {J} WHERE f.pe_ratio < 10 ORDER BY f.pe_ratio"),
         ("how many are there?", "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio < 10")),
    conv("student-5",
         ("how many companies were founded before 1900?", "SELECT COUNT(*) FROM companies WHERE founded < 1900"),
         ("list them with the year they were founded, oldest first",
          # two parts: the names (any order within a year) and the years in order
          ["SELECT name FROM companies WHERE founded < 1900",
           "SELECT founded FROM companies WHERE founded < 1900 ORDER BY founded"]),
         ("what does GROUP BY do?", D)),
    conv("student-6",
         ("show me the companies whose name starts with A", "SELECT * FROM companies WHERE name LIKE 'A%'",
          ["SELECT name FROM companies WHERE name LIKE 'A%'"]),
         ("how many is that?", "SELECT COUNT(*) FROM companies WHERE name LIKE 'A%'"),
         ("which of those are in California?",
          "SELECT name FROM companies WHERE name LIKE 'A%' AND hq_region = 'California'",
          ["SELECT symbol FROM companies WHERE name LIKE 'A%' AND hq_region = 'California'"])),
]

# ------------------------------------------------------------------------------ a portfolio manager
PM = [
    conv("pm-1",
         ("What's the total market cap of each sector?", f"SELECT c.sector, SUM(f.market_cap) {J} GROUP BY c.sector"),
         ("as a percentage of the whole index",
          f"SELECT c.sector, 100.0 * SUM(f.market_cap) / {TOTAL} {J} GROUP BY c.sector",
          [f"SELECT c.sector, 1.0 * SUM(f.market_cap) / {TOTAL} {J} GROUP BY c.sector"]),
         ("which sector has the biggest weight?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1"),
         ("and the smallest?", f"SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) LIMIT 1")),
    conv("pm-2",
         ("What share of the index's total market cap do the 10 largest companies hold?",
          f"SELECT 100.0 * (SELECT SUM(market_cap) FROM (SELECT market_cap FROM fundamentals "
          f"ORDER BY market_cap DESC LIMIT 10)) / {TOTAL}",
          [f"SELECT 1.0 * (SELECT SUM(market_cap) FROM (SELECT market_cap FROM fundamentals "
           f"ORDER BY market_cap DESC LIMIT 10)) / {TOTAL}"]),
         ("and the 50 largest?",
          f"SELECT 100.0 * (SELECT SUM(market_cap) FROM (SELECT market_cap FROM fundamentals "
          f"ORDER BY market_cap DESC LIMIT 50)) / {TOTAL}",
          [f"SELECT 1.0 * (SELECT SUM(market_cap) FROM (SELECT market_cap FROM fundamentals "
           f"ORDER BY market_cap DESC LIMIT 50)) / {TOTAL}"]),
         ("list the top 10 with their weight in percent",
          f"SELECT c.name, 100.0 * f.market_cap / {TOTAL} {J} ORDER BY f.market_cap DESC LIMIT 10",
          [f"SELECT f.symbol, 100.0 * f.market_cap / {TOTAL} {J} ORDER BY f.market_cap DESC LIMIT 10",
           f"SELECT c.name, 1.0 * f.market_cap / {TOTAL} {J} ORDER BY f.market_cap DESC LIMIT 10"])),
    conv("pm-3",
         ("How many companies pay a dividend and how many don't?",
          [f"SELECT COUNT(*) FROM fundamentals f WHERE {PAY}", f"SELECT COUNT(*) FROM fundamentals f WHERE {NOPAY}"],
          [f"SELECT {PAYCASE} AS payer, COUNT(*) FROM fundamentals f GROUP BY payer"]),
         ("compare their average P/E",
          [f"SELECT AVG(f.pe_ratio) FROM fundamentals f WHERE {PAY}",
           f"SELECT AVG(f.pe_ratio) FROM fundamentals f WHERE {NOPAY}"],
          [f"SELECT {PAYCASE} AS payer, AVG(f.pe_ratio) FROM fundamentals f GROUP BY payer"]),
         ("for the payers, what's the average yield by sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {J} WHERE {PAY} GROUP BY c.sector",
          [f"SELECT c.sector, 100.0 * AVG(f.dividend_yield) {J} WHERE {PAY} GROUP BY c.sector"]),
         ("which sector yields the most?",
          f"SELECT c.sector {J} WHERE {PAY} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) DESC LIMIT 1")),
    conv("pm-4",
         ("What's the average P/E by sector?", f"SELECT c.sector, AVG(f.pe_ratio) {J} GROUP BY c.sector"),
         ("which sector looks most expensive on that basis?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 1"),
         ("and on price to book?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.price_to_book) DESC LIMIT 1")),
    conv("pm-5",
         ("Show me the energy companies with their P/E and dividend yield",
          f"SELECT c.name, f.pe_ratio, f.dividend_yield {J} WHERE {ENERGY}",
          [f"SELECT c.name, f.pe_ratio, f.dividend_yield FROM companies c LEFT JOIN fundamentals f "
           f"ON f.symbol = c.symbol WHERE {ENERGY}"]),
         ("which of these has the highest EPS?", f"SELECT c.name {J} WHERE {ENERGY} ORDER BY f.eps DESC LIMIT 1",
          [f"SELECT f.symbol {J} WHERE {ENERGY} ORDER BY f.eps DESC LIMIT 1"]),
         ("which of them are trading within 5% of their 52-week high?",
          f"SELECT c.name {J} WHERE {ENERGY} AND f.price >= 0.95 * f.high_52w",
          [f"SELECT f.symbol {J} WHERE {ENERGY} AND f.price >= 0.95 * f.high_52w"])),
    conv("pm-6",
         ("Which 5 companies have the highest EBITDA?", f"SELECT c.name {J} ORDER BY f.ebitda DESC LIMIT 5",
          ["SELECT symbol FROM fundamentals ORDER BY ebitda DESC LIMIT 5"]),
         ("What are their EV/EBITDA multiples?", D),
         ("ok, then market cap divided by EBITDA for each of them",
          f"SELECT c.name, 1.0 * f.market_cap / f.ebitda {J} WHERE f.symbol IN ({TOP5E})")),
    conv("pm-7",
         ("What's the average price-to-sales ratio in Health Care?",
          f"SELECT AVG(f.price_to_sales) {J} WHERE c.sector = 'Health Care'"),
         ("and just for pharmaceuticals?",
          f"SELECT AVG(f.price_to_sales) {J} WHERE c.sub_industry = 'Pharmaceuticals'"),
         ("What's the analyst consensus rating on Eli Lilly?", D)),
]

# ------------------------------------------------------------------------------ testing the limits
TESTER = [
    conv("limits-1",
         ("What's the best stock to buy right now?", D),
         ("Which company has the highest dividend yield?",
          f"SELECT c.name {J} ORDER BY f.dividend_yield DESC LIMIT 1",
          ["SELECT symbol FROM fundamentals ORDER BY dividend_yield DESC LIMIT 1"]),
         ("Will it cut its dividend next year?", D)),
    conv("limits-2",
         ("What was Apple's stock price at 10:30 this morning?", D),
         ("What share price does the database have for Apple?", "SELECT price FROM fundamentals WHERE symbol = 'AAPL'"),
         ("What was the Nasdaq Composite at in December 2020?", D),
         ("And the S&P 500 that month?", "SELECT sp500 FROM index_monthly WHERE month = '2020-12-01'")),
    conv("limits-3",
         ("Who founded Microsoft?", D),
         ("What year was it founded?", "SELECT founded FROM companies WHERE symbol = 'MSFT'"),
         ("How many employees does it have?", D)),
    conv("limits-4",
         ("Show me the latest news about Tesla", D),
         ("What's Tesla's P/E ratio?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA'"),
         ("Why is it so high?", D)),
    conv("limits-5",
         ("Predict where the S&P 500 will be in December 2027", D),
         ("What was the average long-term interest rate in the 1980s?",
          f"SELECT AVG(long_interest_rate) FROM index_monthly WHERE {S80S}"),
         ("and in the 1990s?", f"SELECT AVG(long_interest_rate) FROM index_monthly WHERE {S90S}")),
    conv("limits-6",
         ("Which is the best sector?", D),
         ("which company has the lowest P/E?",
          f"SELECT c.name {J} WHERE f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 1",
          ["SELECT symbol FROM fundamentals WHERE pe_ratio IS NOT NULL ORDER BY pe_ratio LIMIT 1"])),
]

SETS = {"sp500insight": JOURNALIST + STUDENT + PM + TESTER}
