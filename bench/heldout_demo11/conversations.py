"""heldout_demo11: held-out conversations over the shipped `sp500insight` demo database (companies,
fundamentals, index_monthly), written before the engine was run on them, in five voices: a financial
advisor preparing a client meeting, a history teacher, a conference presenter showing off terse
multi-round chat, a quant checking data quality, and a skeptic asking for what the demo does not hold.
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL that
also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
YM = "strftime('%Y-%m', month)"


def who(q: str, tpl: str, more: tuple = ()) -> tuple:
    """A round answered by companies: by name, or (accepted) by ticker."""
    return (q, tpl.replace("{W}", "c.name"), [tpl.replace("{W}", "c.symbol"), *more])


def mon(q: str, tpl: str, more: tuple = ()) -> tuple:
    """A round answered by months: 'YYYY-MM-DD' as stored, or (accepted) 'YYYY-MM'."""
    return (q, tpl.replace("{M}", "month"), [tpl.replace("{M}", YM), *more])


def pct(q: str, expr: str, tail: str, sign: bool = False) -> tuple:
    """A round answered by a percentage `expr` (a fraction times 100): also accepted as the fraction,
    and with sign=True also the opposite sign (a fall as a positive or a negative number)."""
    forms = [f"SELECT 100.0 * {expr} {tail}", f"SELECT 1.0 * {expr} {tail}"]
    if sign:
        forms += [f"SELECT -100.0 * {expr} {tail}", f"SELECT -1.0 * {expr} {tail}"]
    return (q, forms[0], forms[1:])


def sp(m: str) -> str:
    return f"(SELECT sp500 FROM index_monthly WHERE month = '{m}')"


# ------------------------------------------------------------------------------ the financial advisor
TOP5Y = f"SELECT c.name, c.symbol, c.sector, f.dividend_yield {CF} ORDER BY f.dividend_yield DESC LIMIT 5"
TOP5M = "SELECT symbol FROM fundamentals ORDER BY market_cap DESC LIMIT 5"
HC15 = f"{CF} WHERE c.sector = 'Health Care' AND f.pe_ratio < 15"
TX3 = f"{CF} WHERE c.hq_region = 'Texas' AND f.dividend_yield > 0.03"
LAST_RATE = ("(SELECT long_interest_rate FROM index_monthly WHERE long_interest_rate IS NOT NULL "
             "ORDER BY month DESC LIMIT 1)")

ADVISOR = [
    conv("adv-1",
         ("I'm meeting a client tomorrow about their S&P 500 exposure. How many companies are in each sector?",
          "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("What's the total market cap of each sector?",
          f"SELECT c.sector, SUM(f.market_cap) {CF} GROUP BY c.sector"),
         ("Which sector is the largest by that measure?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1"),
         pct("What percentage of the total market cap does that sector make up?",
             "SUM(CASE WHEN c.sector = 'Information Technology' THEN f.market_cap END) / SUM(f.market_cap)", CF)),
    conv("adv-2",
         ("How many companies in the index pay a dividend?",
          "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield > 0"),
         who("Which five have the highest dividend yield?",
             f"SELECT {{W}} {CF} ORDER BY f.dividend_yield DESC LIMIT 5"),
         who("Which of those are consumer staples companies?",
             f"SELECT {{W}} FROM ({TOP5Y}) c WHERE c.sector = 'Consumer Staples'"),
         ("When is Altria's next dividend payment date?", D),
         ("What's the average dividend yield in the Utilities sector?",
          f"SELECT AVG(f.dividend_yield) {CF} WHERE c.sector = 'Utilities'",
          [f"SELECT 100.0 * AVG(f.dividend_yield) {CF} WHERE c.sector = 'Utilities'"]),
         ("And how many health care companies pay no dividend at all?",
          f"SELECT COUNT(*) {CF} WHERE c.sector = 'Health Care' AND (f.dividend_yield IS NULL OR f.dividend_yield = 0)")),
    conv("adv-3",
         ("How many companies have a market cap above $200 billion?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap > 200000000000"),
         ("and below $20 billion?", "SELECT COUNT(*) FROM fundamentals WHERE market_cap < 20000000000"),
         ("Compare the average P/E of those two groups",
          ["SELECT AVG(pe_ratio) FROM fundamentals WHERE market_cap > 200000000000",
           "SELECT AVG(pe_ratio) FROM fundamentals WHERE market_cap < 20000000000"],
          ["SELECT CASE WHEN market_cap > 200000000000 THEN 'large' ELSE 'small' END AS grp, AVG(pe_ratio) "
           "FROM fundamentals WHERE market_cap > 200000000000 OR market_cap < 20000000000 GROUP BY grp"]),
         who("Which is the smallest company in the index by market cap?",
             f"SELECT {{W}} {CF} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 1")),
    conv("adv-4",
         who("Which of the companies are headquartered in Texas?",
             "SELECT {W} FROM companies c WHERE c.hq_region = 'Texas'"),
         who("Which of them yield more than 3%?", f"SELECT {{W}} {TX3}"),
         who("Sort those by yield, highest first", f"SELECT {{W}} {TX3} ORDER BY f.dividend_yield DESC")),
    conv("adv-5",
         who("List the health care companies with a P/E under 15", f"SELECT {{W}} {HC15}"),
         who("Which of them has the highest dividend yield?",
             f"SELECT {{W}} {HC15} ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("How far below its 52-week high is it trading, in percent?",
          "SELECT 100.0 * (high_52w - price) / high_52w FROM fundamentals WHERE symbol = 'BMY'",
          ["SELECT (high_52w - price) / high_52w FROM fundamentals WHERE symbol = 'BMY'",
           "SELECT 100.0 * (price - high_52w) / high_52w FROM fundamentals WHERE symbol = 'BMY'",
           "SELECT (price - high_52w) / high_52w FROM fundamentals WHERE symbol = 'BMY'"]),
         ("What's the analysts' consensus price target for it?", D)),
    conv("adv-6",
         who("What are the five largest companies by market cap?",
             f"SELECT {{W}} {CF} ORDER BY f.market_cap DESC LIMIT 5"),
         pct("What share of the index's total market cap do those five make up?",
             f"SUM(CASE WHEN symbol IN ({TOP5M}) THEN market_cap END) / SUM(market_cap)", "FROM fundamentals"),
         ("Starting from the largest, how many companies does it take to reach half of the total market cap?",
          "SELECT COUNT(*) + 1 FROM (SELECT SUM(market_cap) OVER (ORDER BY market_cap DESC) AS run "
          "FROM fundamentals WHERE market_cap IS NOT NULL) t "
          "WHERE run < (SELECT SUM(market_cap) / 2.0 FROM fundamentals)"),
         ("Would my client's own portfolio have beaten the index last year?", D)),
    conv("adv-7",
         ("Which sector has the highest average dividend yield?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) DESC LIMIT 1"),
         ("What's the latest 10-year interest rate in the data?", f"SELECT {LAST_RATE}"),
         ("How many companies have a dividend yield above that rate?",
          f"SELECT COUNT(*) FROM fundamentals WHERE 100.0 * dividend_yield > {LAST_RATE}")),
]

# ------------------------------------------------------------------------------ the history teacher
PEAK29, LOW32 = sp("1929-09-01"), sp("1932-06-01")
OCT07, MAR09 = sp("2007-10-01"), sp("2009-03-01")
DECADES = ("FROM index_monthly WHERE strftime('%m', month) = '01' AND month >= '1900-01-01' "
           "AND CAST(strftime('%Y', month) AS INTEGER) % 10 = 0")
DEC = "CAST(strftime('%Y', month) AS INTEGER) / 10 * 10"
FIFTIES = "FROM index_monthly WHERE month BETWEEN '1950-01-01' AND '1959-12-01'"

HISTORY = [
    conv("hist-1",
         mon("For my history class: when did the S&P 500 peak before the 1929 crash, and what was the level?",
             "SELECT {M}, sp500 FROM index_monthly WHERE month < '1930-01-01' ORDER BY sp500 DESC LIMIT 1"),
         mon("And when was the bottom of the Depression?",
             "SELECT {M} FROM index_monthly WHERE month BETWEEN '1929-09-01' AND '1939-12-01' "
             "ORDER BY sp500 LIMIT 1"),
         pct("How much did the index lose from the peak to that bottom, in percent?",
             f"({PEAK29} - {LOW32}) / {PEAK29}", "", sign=True),
         mon("When did it finally climb back above the 1929 peak?",
             f"SELECT MIN({{M}}) FROM index_monthly WHERE month > '1929-09-01' AND sp500 > {PEAK29}"),
         mon("What was the CAPE at the 1929 peak and at the 1932 bottom?",
             "SELECT {M}, pe10 FROM index_monthly WHERE month IN ('1929-09-01', '1932-06-01')")),
    conv("hist-2",
         mon("How much did consumer prices rise in the 1970s? Give me the CPI in January 1970 and January 1980.",
             "SELECT {M}, cpi FROM index_monthly WHERE month IN ('1970-01-01', '1980-01-01')"),
         pct("So what's the percentage increase?",
             "((SELECT cpi FROM index_monthly WHERE month = '1980-01-01') - "
             "(SELECT cpi FROM index_monthly WHERE month = '1970-01-01')) / "
             "(SELECT cpi FROM index_monthly WHERE month = '1970-01-01')", ""),
         ("Show the average long-term interest rate for each year of the 1970s",
          "SELECT strftime('%Y', month) AS yr, AVG(long_interest_rate) FROM index_monthly "
          "WHERE month BETWEEN '1970-01-01' AND '1979-12-01' GROUP BY yr"),
         ("And what was the unemployment rate in 1975?", D),
         mon("When did long rates reach their all-time high?",
             "SELECT {M} FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1")),
    conv("hist-3",
         mon("What's the highest CAPE ever recorded, and in which month?",
             "SELECT {M}, pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("What was the S&P level that month?", "SELECT sp500 FROM index_monthly WHERE month = '1999-12-01'"),
         mon("When did the index itself peak during the dot-com boom, say 1995 to 2002?",
             "SELECT {M} FROM index_monthly WHERE month BETWEEN '1995-01-01' AND '2002-12-01' "
             "ORDER BY sp500 DESC LIMIT 1"),
         mon("And the lowest point after that, through the end of 2003?",
             "SELECT {M} FROM index_monthly WHERE month BETWEEN '2000-08-01' AND '2003-12-01' "
             "ORDER BY sp500 LIMIT 1"),
         ("Why did the bubble burst?", D)),
    conv("hist-4",
         pct("By how much did the S&P fall between October 2007 and March 2009, in percent?",
             f"({MAR09} - {OCT07}) / {OCT07}", "", sign=True),
         mon("What were the index's earnings in those two months?",
             "SELECT {M}, earnings FROM index_monthly WHERE month IN ('2007-10-01', '2009-03-01')"),
         mon("Show the 10-year rate month by month for 2008",
             "SELECT {M}, long_interest_rate FROM index_monthly WHERE month LIKE '2008%' ORDER BY month"),
         mon("In which month did the index first get back above its October 2007 level?",
             f"SELECT MIN({{M}}) FROM index_monthly WHERE month > '2007-10-01' AND sp500 > {OCT07}")),
    conv("hist-5",
         mon("What was the S&P 500 in February 2020 and in March 2020?",
             "SELECT {M}, sp500 FROM index_monthly WHERE month IN ('2020-02-01', '2020-03-01')"),
         mon("When was it back above the February level?",
             f"SELECT MIN({{M}}) FROM index_monthly WHERE month > '2020-02-01' AND sp500 > {sp('2020-02-01')}"),
         mon("Which month of 2020 had the lowest 10-year rate?",
             "SELECT {M} FROM index_monthly WHERE month LIKE '2020%' ORDER BY long_interest_rate LIMIT 1"),
         ("What's the most recent CAPE value in the data?",
          "SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("Where will the S&P be at the end of next year?", D)),
    conv("hist-6",
         mon("Show the S&P level at the start of each decade since 1900", "SELECT {M}, sp500 " + DECADES),
         mon("And in real terms?", "SELECT {M}, real_price " + DECADES),
         ("Which decade had the highest average CAPE?",
          f"SELECT {DEC} AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1",
          [f"SELECT ({DEC}) || 's' AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1"]),
         ("What was the index's average dividend yield in the 1950s?",
          f"SELECT 100.0 * AVG(dividend / sp500) {FIFTIES}",
          [f"SELECT AVG(dividend / sp500) {FIFTIES}", f"SELECT 100.0 * AVG(dividend) / AVG(sp500) {FIFTIES}",
           f"SELECT AVG(dividend) / AVG(sp500) {FIFTIES}"])),
]

# ------------------------------------------------------------------------------ the conference presenter
IT = "c.sector = 'Information Technology'"
BIG40 = "SELECT sector FROM companies GROUP BY sector HAVING COUNT(*) > 40"
NEW25 = "c.date_added >= '2025-01-01'"
FIN = "c.sector = 'Financials'"
MRET = "SELECT month, sp500 / LAG(sp500) OVER (ORDER BY month) - 1 AS r FROM index_monthly"
D08, D09, D10 = sp("2008-12-01"), sp("2009-12-01"), sp("2010-12-01")
LATEST = sp("2026-06-01")

PRESENTER = [
    conv("demo-1",
         who("Show me the 10 biggest companies by market cap",
             f"SELECT {{W}} {CF} ORDER BY f.market_cap DESC LIMIT 10"),
         who("only tech", f"SELECT {{W}} {CF} WHERE {IT} ORDER BY f.market_cap DESC LIMIT 10"),
         who("top 3", f"SELECT {{W}} {CF} WHERE {IT} ORDER BY f.market_cap DESC LIMIT 3"),
         who("and their P/E?", f"SELECT {{W}}, f.pe_ratio {CF} WHERE {IT} ORDER BY f.market_cap DESC LIMIT 3"),
         who("sort by that",
             f"SELECT * FROM (SELECT {{W}} AS who, f.pe_ratio AS pe {CF} WHERE {IT} "
             f"ORDER BY f.market_cap DESC LIMIT 3) ORDER BY pe",
             (f"SELECT * FROM (SELECT c.name AS who, f.pe_ratio AS pe {CF} WHERE {IT} "
              f"ORDER BY f.market_cap DESC LIMIT 3) ORDER BY pe DESC",
              f"SELECT * FROM (SELECT c.symbol AS who, f.pe_ratio AS pe {CF} WHERE {IT} "
              f"ORDER BY f.market_cap DESC LIMIT 3) ORDER BY pe DESC"))),
    conv("demo-2",
         ("companies per sector", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("only the ones with more than 40",
          "SELECT sector, COUNT(*) FROM companies GROUP BY sector HAVING COUNT(*) > 40"),
         ("how many is that?", f"SELECT COUNT(*) FROM ({BIG40})"),
         ("average P/E for each of them?",
          f"SELECT c.sector, AVG(f.pe_ratio) {CF} WHERE c.sector IN ({BIG40}) GROUP BY c.sector")),
    conv("demo-3",
         ("S&P level in December 2008", f"SELECT {D08}"),
         ("and in 2009?", f"SELECT {D09}",
          ["SELECT month, sp500 FROM index_monthly WHERE month LIKE '2009%'"]),
         pct("percentage change?", f"({D09} - {D08}) / {D08}", ""),
         pct("same for 2010", f"({D10} - {D09}) / {D09}", "")),
    conv("demo-4",
         who("companies added since 2025", f"SELECT {{W}} FROM companies c WHERE {NEW25}"),
         ("by sector", f"SELECT c.sector, COUNT(*) FROM companies c WHERE {NEW25} GROUP BY c.sector"),
         ("which has the most?",
          f"SELECT c.sector FROM companies c WHERE {NEW25} GROUP BY c.sector ORDER BY COUNT(*) DESC LIMIT 1"),
         who("names?", f"SELECT {{W}} FROM companies c WHERE {NEW25} AND {IT}"),
         ("any of them removed from the index since?", D)),
    conv("demo-5",
         who("highest P/E in the index?", f"SELECT {{W}} {CF} ORDER BY f.pe_ratio DESC LIMIT 1"),
         who("lowest?", f"SELECT {{W}} {CF} WHERE f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 1"),
         who("in financials", f"SELECT {{W}} {CF} WHERE {FIN} AND f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 1"),
         who("top 3", f"SELECT {{W}} {CF} WHERE {FIN} AND f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 3"),
         ("average for the sector?", f"SELECT AVG(f.pe_ratio) {CF} WHERE {FIN}")),
    conv("demo-6",
         mon("best month ever for the S&P?", f"SELECT {{M}} FROM ({MRET}) WHERE r IS NOT NULL ORDER BY r DESC LIMIT 1"),
         mon("worst?", f"SELECT {{M}} FROM ({MRET}) WHERE r IS NOT NULL ORDER BY r LIMIT 1"),
         mon("since 2000", f"SELECT {{M}} FROM ({MRET}) WHERE month >= '2000-01-01' ORDER BY r LIMIT 1"),
         ("how many months fell more than 5% since 2000?",
          f"SELECT COUNT(*) FROM ({MRET}) WHERE month >= '2000-01-01' AND r < -0.05")),
    conv("demo-7",
         ("latest S&P level in the data", "SELECT sp500 FROM index_monthly ORDER BY month DESC LIMIT 1"),
         ("a year before?", f"SELECT {sp('2025-06-01')}"),
         pct("change in %?", f"({LATEST} - {sp('2025-06-01')}) / {sp('2025-06-01')}", ""),
         ("and the Nasdaq?", D)),
]

# ------------------------------------------------------------------------------ the quant
NOFUND = "FROM companies c WHERE c.symbol NOT IN (SELECT symbol FROM fundamentals)"
DUPCIK = "SELECT cik FROM companies GROUP BY cik HAVING COUNT(*) > 1"
NOPE = "FROM fundamentals WHERE pe_ratio IS NULL"

QUANT = [
    conv("qa-1",
         ("What date range does the monthly index table cover?", "SELECT MIN(month), MAX(month) FROM index_monthly",
          [f"SELECT MIN({YM}), MAX({YM}) FROM index_monthly"]),
         ("Any duplicate months? Give me the row count next to the number of distinct months",
          "SELECT COUNT(*), COUNT(DISTINCT month) FROM index_monthly"),
         ("Are any months missing between the first and the last one? How many?",
          "SELECT (CAST(strftime('%Y', MAX(month)) AS INTEGER) - CAST(strftime('%Y', MIN(month)) AS INTEGER)) * 12 "
          "+ CAST(strftime('%m', MAX(month)) AS INTEGER) - CAST(strftime('%m', MIN(month)) AS INTEGER) + 1 "
          "- COUNT(DISTINCT month) FROM index_monthly")),
    conv("qa-2",
         ("How many months have no earnings figure?", "SELECT COUNT(*) FROM index_monthly WHERE earnings IS NULL"),
         ("How many trading days does each month of 2020 have?", D),
         mon("What's the latest month that has earnings?",
             "SELECT MAX({M}) FROM index_monthly WHERE earnings IS NOT NULL"),
         mon("What's the latest month where every column is filled in?",
             "SELECT MAX({M}) FROM index_monthly WHERE sp500 IS NOT NULL AND dividend IS NOT NULL "
             "AND earnings IS NOT NULL AND cpi IS NOT NULL AND long_interest_rate IS NOT NULL "
             "AND real_price IS NOT NULL AND real_dividend IS NOT NULL AND real_earnings IS NOT NULL "
             "AND pe10 IS NOT NULL"),
         ("How many months are missing the CAPE?", "SELECT COUNT(*) FROM index_monthly WHERE pe10 IS NULL"),
         ("How many of those are before 1881?",
          "SELECT COUNT(*) FROM index_monthly WHERE pe10 IS NULL AND month < '1881-01-01'")),
    conv("qa-3",
         ("How many companies are in the companies table but have no row in fundamentals?",
          f"SELECT COUNT(*) {NOFUND}"),
         who("List them", f"SELECT {{W}} {NOFUND}"),
         ("How many fundamentals rows have no P/E ratio?", f"SELECT COUNT(*) {NOPE}"),
         ("How many of those have a negative EPS?", f"SELECT COUNT(*) {NOPE} AND eps < 0"),
         ("On what date was the fundamentals snapshot taken?", D)),
    conv("qa-4",
         ("Which headquarters regions have footnote markers like [2] stuck to them?",
          "SELECT DISTINCT hq_region FROM companies WHERE hq_region LIKE '%[%'"),
         who("Which company has no headquarters region at all?",
             "SELECT {W} FROM companies c WHERE c.hq_region IS NULL OR c.hq_region = ''"),
         ("Are any CIK numbers shared by more than one company?", DUPCIK),
         who("Which companies are those?", f"SELECT {{W}} FROM companies c WHERE c.cik IN ({DUPCIK})"),
         ("What's the most recent date added in the companies table?", "SELECT MAX(date_added) FROM companies"),
         who("Which company is that?", "SELECT {W} FROM companies c ORDER BY c.date_added DESC LIMIT 1")),
    conv("qa-5",
         ("How many companies have a founding year later than the year they joined the index?",
          "SELECT COUNT(*) FROM companies WHERE founded > CAST(strftime('%Y', date_added) AS INTEGER)"),
         ("Which sub-industries have only one company?",
          "SELECT sub_industry FROM companies GROUP BY sub_industry HAVING COUNT(*) = 1"),
         ("How many companies trade outside their 52-week low-to-high range?",
          "SELECT COUNT(*) FROM fundamentals WHERE price < low_52w OR price > high_52w"),
         ("When was each company's last earnings restatement?", D)),
]

# ------------------------------------------------------------------------------ the skeptic
SKEPTIC = [
    conv("skep-1",
         ("Show me Apple's intraday price moves for yesterday", D),
         ("OK, what is Apple's share price in the data then?", "SELECT price FROM fundamentals WHERE symbol = 'AAPL'"),
         ("What's the implied volatility on Apple's options?", D),
         ("And its 52-week range?", "SELECT low_52w, high_52w FROM fundamentals WHERE symbol = 'AAPL'")),
    conv("skep-2",
         ("Which companies were in the S&P 500 in 1990?", D),
         ("How many of today's members were already in the index before 1990?",
          "SELECT COUNT(*) FROM companies WHERE date_added < '1990-01-01'"),
         ("Show Microsoft's revenue for each of the last five years", D),
         ("What's Microsoft's price-to-sales ratio?", "SELECT price_to_sales FROM fundamentals WHERE symbol = 'MSFT'")),
    conv("skep-3",
         ("Which companies have the best ESG scores?", D),
         ("What's the consensus analyst rating for Nvidia?", D),
         ("What is Nvidia's EBITDA?", "SELECT ebitda FROM fundamentals WHERE symbol = 'NVDA'"),
         ("How has Nvidia's EBITDA grown since 2015?", D)),
    conv("skep-4",
         ("What was the S&P 500's closing value on 19 October 1987?", D),
         ("Then what's the monthly figure for October 1987?",
          "SELECT sp500 FROM index_monthly WHERE month = '1987-10-01'"),
         ("Who is Apple's CEO?", D),
         ("What was Apple's dividend per share in 1995?", D)),
]

SETS = {"sp500insight": ADVISOR + HISTORY + PRESENTER + QUANT + SKEPTIC}
