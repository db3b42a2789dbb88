"""Held-out conversations over the shipped `sp500insight` demo database (batch 21), written as
analysts and demo presenters talk to a stock-market database, before the engine was run on them.
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL
that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
YR = "strftime('%Y', month)"
DA = "strftime('%Y', date_added)"


def nm(q: str, sql: str, more: tuple = ()) -> tuple:
    """A round whose answer is a list of companies: by name, or by ticker symbol."""
    return (q, sql, [sql.replace("c.name", "c.symbol", 1), *more])


def pct(q: str, sql: str, expr: str) -> tuple:
    """A round whose answer is a percentage `expr * 100` in `sql`: the plain fraction also answers."""
    return (q, sql.replace("{}", f"100.0 * {expr}"), [sql.replace("{}", f"1.0 * {expr}")])


TOP10 = f"SELECT c.symbol, c.name, c.sector, f.market_cap {CF} ORDER BY f.market_cap DESC LIMIT 10"
TRILLION = f"SELECT c.symbol, c.name, c.sector, f.pe_ratio, c.founded {CF} WHERE f.market_cap > 1000000000000"
SEMIS = f"{CF} WHERE c.sub_industry = 'Semiconductors'"
HI_YIELD = f"{CF} WHERE f.dividend_yield > 0.05"
NEAR_HIGH = f"{CF} WHERE f.price >= 0.98 * f.high_52w"
OLD = "FROM companies c WHERE c.founded < 1850"
IRL = f"{CF} WHERE c.hq_region = 'Ireland'"
IRL_ALL = "FROM companies c WHERE c.hq_region = 'Ireland'"
PE_TOP_SECTOR = (f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 1")
RATE_PEAK = "SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"
REAL29 = "SELECT MAX(real_price) FROM index_monthly WHERE month LIKE '1929%'"

SP = [
    conv("dm20-1",
         ("How many companies are in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("which sector has the most?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the fewest?", "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) ASC LIMIT 1"),
         ("Who runs the biggest company in that sector, the CEO I mean?", D)),
    conv("dm20-2",
         nm("Show me the ten biggest companies by market cap",
            f"SELECT c.name, f.market_cap {CF} ORDER BY f.market_cap DESC LIMIT 10"),
         ("how many of them are tech companies?",
          f"SELECT COUNT(*) FROM ({TOP10}) t WHERE t.sector = 'Information Technology'"),
         ("What's the combined market cap of those ten?", f"SELECT SUM(market_cap) FROM ({TOP10}) t"),
         pct("and what share of the total market cap of all companies is that?",
             f"SELECT {{}} FROM (SELECT SUM(market_cap) AS s FROM ({TOP10}) t) a, "
             "(SELECT SUM(market_cap) AS tot FROM fundamentals) b", "a.s / b.tot"),
         ("What was Apple's share price a year ago?", D)),
    conv("dm20-3",
         ("What's the highest CAPE ever recorded?", "SELECT MAX(pe10) FROM index_monthly"),
         ("When was that?", "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("what was it in December 2007?", "SELECT pe10 FROM index_monthly WHERE month = '2007-12-01'"),
         ("Average CAPE by decade since 1950",
          "SELECT (CAST(strftime('%Y', month) AS INTEGER) / 10) * 10 AS decade, AVG(pe10) FROM index_monthly "
          "WHERE month >= '1950-01-01' GROUP BY decade"),
         ("Where will the CAPE be a year from now?", D)),
    conv("dm20-4",
         nm("Which companies yield more than 5%?", f"SELECT c.name, f.dividend_yield {HI_YIELD}"),
         ("how many is that?", f"SELECT COUNT(*) {HI_YIELD}"),
         ("which sector are most of them in?",
          f"SELECT c.sector {HI_YIELD} GROUP BY c.sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's the average dividend yield in Utilities?",
          f"SELECT AVG(f.dividend_yield) {CF} WHERE c.sector = 'Utilities'",
          [f"SELECT 100.0 * AVG(f.dividend_yield) {CF} WHERE c.sector = 'Utilities'"]),
         ("When is Verizon's next dividend paid out?", D)),
    conv("dm20-5",
         ("What was the S&P 500 at in January 2000?", "SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'"),
         ("and in January 2010?", "SELECT sp500 FROM index_monthly WHERE month = '2010-01-01'"),
         pct("by what percent did it change between those two months?",
             "SELECT {} FROM index_monthly a, index_monthly b WHERE a.month = '2000-01-01' "
             "AND b.month = '2010-01-01'", "(b.sp500 - a.sp500) / a.sp500"),
         ("What was the lowest level of the index in 2009?",
          "SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '2009%'"),
         ("which month was it?",
          "SELECT month FROM index_monthly WHERE month LIKE '2009%' ORDER BY sp500 ASC LIMIT 1")),
    conv("dm20-6",
         ("Average S&P 500 level per year from 2015 to 2024",
          f"SELECT {YR} AS yr, AVG(sp500) FROM index_monthly WHERE month BETWEEN '2015-01-01' AND '2024-12-01' "
          "GROUP BY yr"),
         ("which of those years was the lowest?",
          f"SELECT {YR} AS yr FROM index_monthly WHERE month BETWEEN '2015-01-01' AND '2024-12-01' "
          "GROUP BY yr ORDER BY AVG(sp500) ASC LIMIT 1"),
         ("what was the average 10-year interest rate in 2024?", D),
         ("ok, and in 2022?", "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month LIKE '2022%'")),
    conv("dm20-7",
         ("Average P/E by sector", f"SELECT c.sector, AVG(f.pe_ratio) {CF} GROUP BY c.sector"),
         ("Which sector is the most expensive on that measure?", PE_TOP_SECTOR),
         nm("list the five companies with the highest P/E in it",
            f"SELECT c.name, f.pe_ratio {CF} WHERE c.sector = ({PE_TOP_SECTOR}) "
            "ORDER BY f.pe_ratio DESC LIMIT 5"),
         ("what's the median analyst price target for the first one?", D)),
    conv("dm20-8",
         ("How many S&P 500 companies are headquartered in Texas?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("which Texas cities have more than 5 of them?",
          "SELECT hq_city FROM companies WHERE hq_region = 'Texas' GROUP BY hq_city HAVING COUNT(*) > 5"),
         nm("Which companies are headquartered in Ireland?", f"SELECT c.name {IRL_ALL}"),
         ("what's their total market cap?", f"SELECT SUM(f.market_cap) {IRL}"),
         ("How many people work at Accenture?", D)),
    conv("dm20-9",
         ("How many companies were added to the index in 2023?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2023%'"),
         ("and per year since 2015?",
          f"SELECT {DA} AS yr, COUNT(*) FROM companies WHERE date_added >= '2015-01-01' GROUP BY yr"),
         ("which year had the most additions?",
          f"SELECT {DA} AS yr FROM companies WHERE date_added >= '2015-01-01' GROUP BY yr "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         nm("What's the most recent addition?", "SELECT c.name FROM companies c ORDER BY c.date_added DESC LIMIT 1"),
         ("Which companies were dropped from the index last year?", D)),
    conv("dm20-10",
         nm("What's the oldest company in the S&P 500?", "SELECT c.name FROM companies c ORDER BY c.founded LIMIT 1"),
         nm("list the companies founded before 1850", f"SELECT c.name {OLD}"),
         ("how many of those are banks?",
          f"SELECT COUNT(*) {OLD} AND c.sub_industry LIKE '%Bank%'",
          [f"SELECT COUNT(*) {OLD} AND c.sub_industry IN ('Regional Banks', 'Diversified Banks')"]),
         ("who founded the oldest one?", D)),
    conv("dm20-11",
         nm("Which companies have negative earnings per share?", f"SELECT c.name, f.eps {CF} WHERE f.eps < 0"),
         ("break that down by sector", f"SELECT c.sector, COUNT(*) {CF} WHERE f.eps < 0 GROUP BY c.sector"),
         ("What's the total EBITDA of the health care sector?",
          f"SELECT SUM(f.ebitda) {CF} WHERE c.sector = 'Health Care'"),
         ("and how much net debt does that sector carry?", D)),
    conv("dm20-12",
         nm("Which stocks are trading within 2% of their 52-week high?", f"SELECT c.name {NEAR_HIGH}"),
         ("how many are there?", f"SELECT COUNT(*) {NEAR_HIGH}"),
         nm("Which stock is the furthest below its 52 week high, in percentage terms?",
            f"SELECT c.name {CF} WHERE f.price / f.high_52w IS NOT NULL ORDER BY f.price / f.high_52w ASC LIMIT 1"),
         ("What did it open at this morning?", D)),
    conv("dm20-13",
         ("What was the CPI in January 1980?", "SELECT cpi FROM index_monthly WHERE month = '1980-01-01'"),
         ("And in January 2020?", "SELECT cpi FROM index_monthly WHERE month = '2020-01-01'"),
         pct("how much did prices rise between those two months, in percent?",
             "SELECT {} FROM index_monthly a, index_monthly b WHERE a.month = '1980-01-01' "
             "AND b.month = '2020-01-01'", "(b.cpi - a.cpi) / a.cpi"),
         ("What was German inflation in 1980?", D)),
    conv("dm20-14",
         ("When was the 10-year interest rate at its highest?", RATE_PEAK),
         ("what was the CAPE in that month?", f"SELECT pe10 FROM index_monthly WHERE month = ({RATE_PEAK})"),
         ("how many months was the rate above 10 percent?",
          "SELECT COUNT(*) FROM index_monthly WHERE long_interest_rate > 10"),
         ("What's the fed funds rate right now?", D)),
    conv("dm20-15",
         ("Compare Apple and Microsoft on price, P/E and market cap",
          "SELECT symbol, price, pe_ratio, market_cap FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT')",
          # accept added after the blind run (the README's "names or ticker symbols" rule; see README)
          [f"SELECT c.name, f.price, f.pe_ratio, f.market_cap {CF} WHERE c.symbol IN ('AAPL', 'MSFT')"]),
         ("which of the two has the higher dividend yield?",
          "SELECT symbol FROM fundamentals WHERE symbol IN ('AAPL', 'MSFT') ORDER BY dividend_yield DESC LIMIT 1",
          [f"SELECT c.name {CF} WHERE c.symbol IN ('AAPL', 'MSFT') ORDER BY f.dividend_yield DESC LIMIT 1"]),
         ("What about Nvidia's P/E?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'NVDA'"),
         ("how much of Nvidia's revenue comes from data centers?", D)),
    conv("dm20-16",
         ("How many semiconductor companies are in the index?", "SELECT COUNT(*) FROM companies c "
          "WHERE c.sub_industry = 'Semiconductors'"),
         nm("which is the largest of them?", f"SELECT c.name {SEMIS} ORDER BY f.market_cap DESC LIMIT 1"),
         ("what's their average P/E?", f"SELECT AVG(f.pe_ratio) {SEMIS}"),
         ("and the average price to sales?", f"SELECT AVG(f.price_to_sales) {SEMIS}"),
         nm("which of them are based in California?",
            "SELECT c.name FROM companies c WHERE c.sub_industry = 'Semiconductors' AND c.hq_region = 'California'")),
    conv("dm20-17",
         ("What was the peak inflation-adjusted S&P 500 level in 1929?", REAL29),
         ("in which month?", "SELECT month FROM index_monthly WHERE month LIKE '1929%' ORDER BY real_price DESC LIMIT 1"),
         ("and what was the nominal index level in that month?",
          "SELECT sp500 FROM index_monthly WHERE month LIKE '1929%' ORDER BY real_price DESC LIMIT 1"),
         ("When did the real price first get back above that 1929 peak?",
          f"SELECT MIN(month) FROM index_monthly WHERE month > '1929-12-01' AND real_price > ({REAL29})")),
    conv("dm20-18",
         ("What was the dividend yield of the S&P 500 index in June 2023?",
          "SELECT dividend / sp500 FROM index_monthly WHERE month = '2023-06-01'",
          ["SELECT 100.0 * dividend / sp500 FROM index_monthly WHERE month = '2023-06-01'"]),
         ("and the 10-year rate that month?",
          "SELECT long_interest_rate FROM index_monthly WHERE month = '2023-06-01'"),
         ("What's the most recent month with index earnings data?",
          "SELECT MAX(month) FROM index_monthly WHERE earnings IS NOT NULL"),
         ("what were the earnings then?",
          "SELECT earnings FROM index_monthly WHERE earnings IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("What are analysts expecting for next year's earnings?", D)),
    conv("dm20-19",
         ("How many companies are worth more than a trillion dollars?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap > 1000000000000"),
         ("list them with their sector", f"SELECT t.name, t.sector FROM ({TRILLION}) t",
          [f"SELECT t.symbol, t.sector FROM ({TRILLION}) t"]),
         ("how many of those were founded after 1990?", f"SELECT COUNT(*) FROM ({TRILLION}) t WHERE t.founded > 1990"),
         ("which of them has the lowest P/E?",
          f"SELECT t.name FROM ({TRILLION}) t ORDER BY t.pe_ratio ASC LIMIT 1",
          [f"SELECT t.symbol FROM ({TRILLION}) t ORDER BY t.pe_ratio ASC LIMIT 1"])),
    conv("dm20-20",
         ("What will the S&P 500 close at tomorrow?", D),
         ("ok, what was its latest level in the data?",
          "SELECT sp500 FROM index_monthly ORDER BY month DESC LIMIT 1"),
         ("and the all-time high?", "SELECT MAX(sp500) FROM index_monthly"),
         ("What was the Nasdaq at in the same month?", D)),
    conv("dm20-21",
         ("S&P 500 level in January of each year from 2020 to 2026",
          "SELECT month, sp500 FROM index_monthly WHERE month BETWEEN '2020-01-01' AND '2026-12-01' "
          "AND month LIKE '%-01-01'",
          ["SELECT sp500 FROM index_monthly WHERE month BETWEEN '2020-01-01' AND '2026-12-01' "
           "AND month LIKE '%-01-01'"]),
         ("Which of those years had the biggest gain from January to December?",
          "SELECT strftime('%Y', a.month) FROM index_monthly a JOIN index_monthly b "
          "ON b.month = strftime('%Y', a.month) || '-12-01' WHERE a.month LIKE '%-01-01' "
          "AND a.month BETWEEN '2020-01-01' AND '2026-12-01' ORDER BY (b.sp500 - a.sp500) / a.sp500 DESC LIMIT 1",
          ["SELECT strftime('%Y', a.month) FROM index_monthly a JOIN index_monthly b "
           "ON b.month = strftime('%Y', a.month) || '-12-01' WHERE a.month LIKE '%-01-01' "
           "AND a.month BETWEEN '2020-01-01' AND '2026-12-01' ORDER BY b.sp500 - a.sp500 DESC LIMIT 1"]),
         ("Why did the market fall in 2022?", D)),
    conv("dm20-22",
         pct("What share of the total market cap does each sector have?",
             f"SELECT c.sector, {{}} {CF} GROUP BY c.sector", "SUM(f.market_cap) / (SELECT SUM(market_cap) "
             "FROM fundamentals)"),
         ("which sector is the smallest by that measure?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY SUM(f.market_cap) ASC LIMIT 1"),
         nm("what's the biggest company in it?",
            f"SELECT c.name {CF} WHERE c.sector = (SELECT c.sector {CF} GROUP BY c.sector "
            "ORDER BY SUM(f.market_cap) ASC LIMIT 1) ORDER BY f.market_cap DESC LIMIT 1"),
         ("What's the ESG score of that company?", D)),
    conv("dm20-23",
         ("What sector is Costco in?", "SELECT sector FROM companies WHERE symbol = 'COST'"),
         ("where is it headquartered?", "SELECT hq_city, hq_region FROM companies WHERE symbol = 'COST'",
          ["SELECT hq_city FROM companies WHERE symbol = 'COST'"]),
         ("when did it join the S&P 500?", "SELECT date_added FROM companies WHERE symbol = 'COST'"),
         ("and its P/E ratio?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'COST'"),
         ("Who is its largest shareholder?", D)),
    conv("dm20-24",
         ("How many companies in the index have no fundamentals data?",
          "SELECT COUNT(*) FROM companies WHERE symbol NOT IN (SELECT symbol FROM fundamentals)"),
         ("How many companies don't report a P/E ratio?",
          "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio IS NULL",
          ["SELECT COUNT(*) FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol WHERE f.pe_ratio IS NULL"]),
         ("What's the average price to book across the whole index?", "SELECT AVG(price_to_book) FROM fundamentals"),
         nm("Which companies have a negative price to book?",
            f"SELECT c.name {CF} WHERE f.price_to_book < 0")),
    conv("dm20-25",
         ("Average S&P 500 level per quarter in 2023",
          "SELECT (CAST(strftime('%m', month) AS INTEGER) + 2) / 3 AS q, AVG(sp500) FROM index_monthly "
          "WHERE month LIKE '2023%' GROUP BY q",
          ["SELECT 'Q' || ((CAST(strftime('%m', month) AS INTEGER) + 2) / 3) AS q, AVG(sp500) FROM index_monthly "
           "WHERE month LIKE '2023%' GROUP BY q",
           # added after the blind run: the four quarterly averages under any quarter label (see README)
           "SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2023%' "
           "GROUP BY (CAST(strftime('%m', month) AS INTEGER) + 2) / 3"]),
         ("and the average CAPE per quarter in the same year?",
          "SELECT (CAST(strftime('%m', month) AS INTEGER) + 2) / 3 AS q, AVG(pe10) FROM index_monthly "
          "WHERE month LIKE '2023%' GROUP BY q",
          ["SELECT (CAST(strftime('%m', month) AS INTEGER) + 2) / 3 AS q, AVG(pe10) FROM index_monthly "
           "WHERE month LIKE '2023%' AND pe10 IS NOT NULL GROUP BY q"]),
         ("What was the S&P 500 on March 15, 2023?", D),
         ("What was the highest monthly level in 2025?",
          "SELECT MAX(sp500) FROM index_monthly WHERE month LIKE '2025%'")),
    conv("dm20-26",
         ("What's the average market cap in Energy?", f"SELECT AVG(f.market_cap) {CF} WHERE c.sector = 'Energy'"),
         ("and in Utilities?", f"SELECT AVG(f.market_cap) {CF} WHERE c.sector = 'Utilities'"),
         nm("Which energy company has the highest dividend yield?",
            f"SELECT c.name {CF} WHERE c.sector = 'Energy' ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("How much oil does it produce a day?", D),
         ("What's its EBITDA?",
          f"SELECT f.ebitda {CF} WHERE c.sector = 'Energy' ORDER BY f.dividend_yield DESC LIMIT 1")),
    conv("dm20-27",
         nm("Companies with a P/E under 10", f"SELECT c.name, f.pe_ratio {CF} WHERE f.pe_ratio < 10"),
         ("How many of those are financials?", f"SELECT COUNT(*) {CF} WHERE f.pe_ratio < 10 AND "
          "c.sector = 'Financials'"),
         ("What's the average P/E of the whole Financials sector?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Financials'"),
         ("and its average price to book?", f"SELECT AVG(f.price_to_book) {CF} WHERE c.sector = 'Financials'")),
    conv("dm20-28",
         ("Which sub-industry has the most companies?",
          "SELECT sub_industry FROM companies GROUP BY sub_industry ORDER BY COUNT(*) DESC LIMIT 1"),
         nm("list them, biggest first",
            f"SELECT c.name, f.market_cap {CF} WHERE c.sub_industry = 'Health Care Equipment' "
            "ORDER BY f.market_cap DESC"),
         ("how many of them were added to the S&P 500 after 2010?",
          "SELECT COUNT(*) FROM companies WHERE sub_industry = 'Health Care Equipment' AND date_added > '2010-12-31'"),
         ("What's the market share of each of them in hip implants?", D)),
    conv("dm20-29",
         ("How many companies were founded in the 2000s?",
          "SELECT COUNT(*) FROM companies WHERE founded BETWEEN 2000 AND 2009"),
         nm("which companies in the index were founded most recently?",
            "SELECT c.name FROM companies c WHERE c.founded = (SELECT MAX(founded) FROM companies)"),
         ("Average founding year per sector",
          "SELECT sector, AVG(founded) FROM companies GROUP BY sector"),
         ("Which sector has the oldest companies on average?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY AVG(founded) ASC LIMIT 1")),
    conv("dm20-30",
         ("What was the S&P 500 level at its lowest during 2020?",
          "SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '2020%'"),
         pct("how far had it fallen from the February 2020 level?",
             "SELECT {} FROM index_monthly a, (SELECT MIN(sp500) AS lo FROM index_monthly "
             "WHERE month LIKE '2020%') b WHERE a.month = '2020-02-01'", "(a.sp500 - b.lo) / a.sp500"),
         ("What was the intraday low on March 23, 2020?", D),
         ("And the CAPE in March 2020?", "SELECT pe10 FROM index_monthly WHERE month = '2020-03-01'")),
    conv("dm20-31",
         ("Trading volume of Tesla shares last week?", D),
         ("what's Tesla's P/E then?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA'"),
         ("how does that compare with the Consumer Discretionary average?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Consumer Discretionary'"),
         nm("Which companies in that sector have a higher P/E than Tesla?",
            f"SELECT c.name {CF} WHERE c.sector = 'Consumer Discretionary' AND f.pe_ratio > "
            "(SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA')")),
    conv("dm20-32",
         ("Show the earnings of the S&P 500 at the start of each decade since 1950",
          "SELECT month, earnings FROM index_monthly WHERE month >= '1950-01-01' "
          "AND month LIKE '__%0-01-01' AND earnings IS NOT NULL",
          ["SELECT earnings FROM index_monthly WHERE month >= '1950-01-01' "
           "AND month LIKE '__%0-01-01' AND earnings IS NOT NULL"]),
         ("What were real earnings in January 2000?",
          "SELECT real_earnings FROM index_monthly WHERE month = '2000-01-01'"),
         ("and the inflation-adjusted dividend that month?",
          "SELECT real_dividend FROM index_monthly WHERE month = '2000-01-01'"),
         ("What was the payout ratio of the index in January 2000?",
          "SELECT dividend / earnings FROM index_monthly WHERE month = '2000-01-01'",
          ["SELECT 100.0 * dividend / earnings FROM index_monthly WHERE month = '2000-01-01'"])),
]

SETS = {"sp500insight": SP}
