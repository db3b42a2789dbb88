"""The sixth set of held-out conversations, over the shipped `sp500insight` demo database, in the voices
of a financial journalist, a board member preparing one slide, a data-science student exploring the
monthly index, a skeptic, and a presenter demoing follow-ups. Written before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other
SQL that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
Y = "strftime('%Y', month)"
YI = "CAST(strftime('%Y', month) AS INTEGER)"
DEC = "(CAST(strftime('%Y', month) AS INTEGER) / 10) * 10"
DEC_S = "substr(month, 1, 3) || '0'"
DEC_SS = "substr(month, 1, 3) || '0s'"
TOTCAP = "(SELECT SUM(market_cap) FROM fundamentals)"
TOP3 = (f"SELECT c.sector, SUM(f.market_cap) AS cap {CF} GROUP BY c.sector ORDER BY cap DESC LIMIT 3")


def by_decade(expr: str, where: str = "") -> tuple[str, list[str]]:
    w = f" WHERE {where}" if where else ""
    ref = f"SELECT {DEC} AS decade, {expr} FROM index_monthly{w} GROUP BY decade"
    alts = [f"SELECT {d} AS decade, {expr} FROM index_monthly{w} GROUP BY decade" for d in (DEC_S, DEC_SS)]
    return ref, alts


def top_decade(expr: str, desc: bool = True, where: str = "") -> tuple[str, list[str]]:
    w = f" WHERE {where}" if where else ""
    o = " DESC" if desc else ""
    ref = f"SELECT {DEC} AS decade FROM index_monthly{w} GROUP BY decade ORDER BY {expr}{o} LIMIT 1"
    alts = [f"SELECT {d} AS decade FROM index_monthly{w} GROUP BY decade ORDER BY {expr}{o} LIMIT 1"
            for d in (DEC_S, DEC_SS)]
    return ref, alts


# ------------------------------------------------------------------------------------ journalist
JOURNALIST = [
    conv("jour-1",
         ("How many companies are in the S&P 500 list you have?", "SELECT COUNT(*) FROM companies"),
         ("How many of them are headquartered in Texas?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("Which of those Texas companies is the biggest by market value?",
          f"SELECT c.name {CF} WHERE c.hq_region = 'Texas' ORDER BY f.market_cap DESC LIMIT 1"),
         ("Who is its CEO?", D)),
    conv("jour-2",
         ("Which company in the index was founded earliest?",
          "SELECT name FROM companies WHERE founded IS NOT NULL ORDER BY founded LIMIT 1"),
         ("When was it added to the S&P 500?",
          "SELECT date_added FROM companies WHERE founded IS NOT NULL ORDER BY founded LIMIT 1"),
         ("I need every company that joined the index in 2023, with the date it joined.",
          "SELECT name, date_added FROM companies WHERE date_added LIKE '2023%'"),
         ("Why was each of them added?", D)),
    conv("jour-3",
         ("What is Apple's market cap?", "SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL'"),
         ("And Microsoft's?", "SELECT market_cap FROM fundamentals WHERE symbol = 'MSFT'"),
         ("What's the difference between the two?",
          "SELECT ABS((SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL') - "
          "(SELECT market_cap FROM fundamentals WHERE symbol = 'MSFT'))",
          ["SELECT (SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL') - "
           "(SELECT market_cap FROM fundamentals WHERE symbol = 'MSFT')",
           "SELECT (SELECT market_cap FROM fundamentals WHERE symbol = 'MSFT') - "
           "(SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL')"]),
         ("What was Apple's revenue last quarter?", D)),
    conv("jour-4",
         ("What was the S&P 500 index level in December 1999?",
          "SELECT sp500 FROM index_monthly WHERE month = '1999-12-01'"),
         ("And in March 2009?", "SELECT sp500 FROM index_monthly WHERE month = '2009-03-01'"),
         ("What's the highest level the index has ever reached in this data?",
          "SELECT MAX(sp500) FROM index_monthly"),
         ("Which month was that?", "SELECT month FROM index_monthly ORDER BY sp500 DESC LIMIT 1")),
    conv("jour-5",
         ("Which S&P 500 company has the highest dividend yield?",
          f"SELECT c.name {CF} ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("What sector is it in?", f"SELECT c.sector {CF} ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("Give me the five highest-yielding Utilities companies.",
          f"SELECT c.name, f.dividend_yield {CF} WHERE c.sector = 'Utilities' ORDER BY f.dividend_yield DESC LIMIT 5"),
         ("Will they raise their dividends next year?", D)),
    conv("jour-6",
         ("How many S&P 500 companies are headquartered in the United Kingdom?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'United Kingdom'",
          ["SELECT COUNT(*) FROM companies WHERE hq_region LIKE '%United Kingdom%'"]),
         ("Which ones?", "SELECT name FROM companies WHERE hq_region = 'United Kingdom'",
          ["SELECT name FROM companies WHERE hq_region LIKE '%United Kingdom%'"]),
         ("How many are based in Switzerland?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Switzerland'"),
         ("What was Nvidia's share price in 2015?", D),
         ("What is Nvidia's price to earnings ratio today in your data?",
          "SELECT pe_ratio FROM fundamentals WHERE symbol = 'NVDA'")),
]

# ------------------------------------------------------------------------------------ board member
BOARD = [
    conv("board-1",
         ("What are the three biggest sectors by total market cap?", f"SELECT sector FROM ({TOP3})"),
         ("What share of the whole index's market cap does each of them have?",
          f"SELECT sector, cap * 100.0 / {TOTCAP} FROM ({TOP3})",
          [f"SELECT sector, cap * 1.0 / {TOTCAP} FROM ({TOP3})"]),
         ("And all the other sectors together?",
          f"SELECT 100.0 - (SELECT SUM(cap) FROM ({TOP3})) * 100.0 / {TOTCAP}",
          [f"SELECT 1.0 - (SELECT SUM(cap) FROM ({TOP3})) * 1.0 / {TOTCAP}",
           f"SELECT {TOTCAP} - (SELECT SUM(cap) FROM ({TOP3}))"]),
         ("What will those shares look like next year?", D)),
    conv("board-2",
         ("How many companies are in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("Which sector has the most?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the fewest?", "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) LIMIT 1"),
         ("What's the average P/E ratio in that sector?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Energy'")),
    conv("board-3",
         ("What's the total market capitalization of the whole index?",
          "SELECT SUM(market_cap) FROM fundamentals"),
         ("What fraction of that is Information Technology?",
          f"SELECT SUM(f.market_cap) * 1.0 / {TOTCAP} {CF} WHERE c.sector = 'Information Technology'",
          [f"SELECT SUM(f.market_cap) * 100.0 / {TOTCAP} {CF} WHERE c.sector = 'Information Technology'"]),
         ("Who are the five largest IT companies?",
          f"SELECT c.name {CF} WHERE c.sector = 'Information Technology' ORDER BY f.market_cap DESC LIMIT 5"),
         ("What is their combined market cap?",
          f"SELECT SUM(cap) FROM (SELECT f.market_cap AS cap {CF} WHERE c.sector = 'Information Technology' "
          "ORDER BY f.market_cap DESC LIMIT 5)")),
    conv("board-4",
         ("Which sector has the highest average dividend yield?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) DESC LIMIT 1"),
         ("What is that average, as a percentage?",
          f"SELECT AVG(f.dividend_yield) * 100 {CF} WHERE c.sector = 'Real Estate'",
          [f"SELECT AVG(f.dividend_yield) {CF} WHERE c.sector = 'Real Estate'"]),
         ("How much of our pension fund is invested in that sector?", D),
         ("How many companies are in that sector?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Real Estate'")),
    conv("board-5",
         ("Show total market cap by sector, largest first.",
          f"SELECT c.sector, SUM(f.market_cap) AS cap {CF} GROUP BY c.sector ORDER BY cap DESC"),
         ("Only the sectors above 5 trillion dollars.",
          f"SELECT c.sector, SUM(f.market_cap) AS cap {CF} GROUP BY c.sector HAVING cap > 5000000000000"),
         ("How many companies does each of those have?",
          "SELECT sector, COUNT(*) FROM companies WHERE sector IN (SELECT c.sector "
          f"{CF} GROUP BY c.sector HAVING SUM(f.market_cap) > 5000000000000) GROUP BY sector",
          [f"SELECT c.sector, COUNT(*) {CF} GROUP BY c.sector HAVING SUM(f.market_cap) > 5000000000000"])),
]

# ------------------------------------------------------------------------------------ data-science student
S_DEC_CAPE = by_decade("AVG(pe10)")
S_TOP_CAPE = top_decade("AVG(pe10)")
S_LOW_CAPE = top_decade("AVG(pe10)", desc=False, where="pe10 IS NOT NULL")
S_RATE50 = by_decade("AVG(long_interest_rate)", where="month >= '1950-01-01'")
S_CPI = by_decade("AVG(cpi)")
S_RATE = by_decade("AVG(long_interest_rate)")
S_TOP_RATE = top_decade("AVG(long_interest_rate)")

DROP = ("SELECT month FROM (SELECT month, sp500 * 1.0 / LAG(sp500) OVER (ORDER BY month) - 1 AS chg "
        "FROM index_monthly) WHERE chg IS NOT NULL ORDER BY chg LIMIT 1")

STUDENT = [
    conv("stu-1",
         ("What was the average CAPE ratio in each decade?", *S_DEC_CAPE),
         ("Which decade had the highest?", *S_TOP_CAPE),
         ("and the lowest?", *S_LOW_CAPE),
         ("What was the CAPE in September 1929?", "SELECT pe10 FROM index_monthly WHERE month = '1929-09-01'")),
    conv("stu-2",
         ("When was the CAPE ratio at its all-time high?",
          "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("What was the value?", "SELECT MAX(pe10) FROM index_monthly"),
         ("and the long-term interest rate in that month?",
          "SELECT long_interest_rate FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("Was the market overvalued then according to analysts?", D)),
    conv("stu-3",
         ("What was the lowest level of the S&P 500 in 1932?",
          "SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '1932%'"),
         ("and the highest in 1929?", "SELECT MAX(sp500) FROM index_monthly WHERE month LIKE '1929%'"),
         ("Show the index month by month in 1929.",
          "SELECT month, sp500 FROM index_monthly WHERE month LIKE '1929%'"),
         ("now the inflation-adjusted price instead",
          "SELECT month, real_price FROM index_monthly WHERE month LIKE '1929%'")),
    conv("stu-4",
         ("Average long-term interest rate by decade since 1950", *S_RATE50),
         ("In which year did the interest rate reach its highest monthly value?",
          f"SELECT {Y} FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1",
          [f"SELECT {YI} FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1",
           "SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"]),
         ("what was the average CAPE in that year?",
          "SELECT AVG(pe10) FROM index_monthly WHERE month LIKE '1981%'")),
    conv("stu-5",
         ("What was the average dividend of the index in 2008?",
          "SELECT AVG(dividend) FROM index_monthly WHERE month LIKE '2008%'"),
         ("and in 2009?", "SELECT AVG(dividend) FROM index_monthly WHERE month LIKE '2009%'"),
         ("Show the average real dividend per year from 2006 to 2010.",
          f"SELECT {Y} AS yr, AVG(real_dividend) FROM index_monthly WHERE month BETWEEN '2006-01-01' AND '2010-12-01' "
          "GROUP BY yr",
          [f"SELECT {YI} AS yr, AVG(real_dividend) FROM index_monthly WHERE month BETWEEN '2006-01-01' "
           "AND '2010-12-01' GROUP BY yr"]),
         ("What will the dividend be in 2030?", D)),
    conv("stu-6",
         ("How many months does the index table cover?", "SELECT COUNT(*) FROM index_monthly"),
         ("How many of them have no CAPE value?", "SELECT COUNT(*) FROM index_monthly WHERE pe10 IS NULL"),
         ("What's the latest month that has earnings data?",
          "SELECT MAX(month) FROM index_monthly WHERE earnings IS NOT NULL"),
         ("and the first month of the table?", "SELECT MIN(month) FROM index_monthly")),
    conv("stu-7",
         ("How much did the index drop in October 1987 compared with September 1987, in points?",
          "SELECT (SELECT sp500 FROM index_monthly WHERE month = '1987-09-01') - "
          "(SELECT sp500 FROM index_monthly WHERE month = '1987-10-01')",
          ["SELECT (SELECT sp500 FROM index_monthly WHERE month = '1987-10-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '1987-09-01')"]),
         ("what was that as a percentage?",
          "SELECT ((SELECT sp500 FROM index_monthly WHERE month = '1987-09-01') - "
          "(SELECT sp500 FROM index_monthly WHERE month = '1987-10-01')) * 100.0 / "
          "(SELECT sp500 FROM index_monthly WHERE month = '1987-09-01')",
          ["SELECT ((SELECT sp500 FROM index_monthly WHERE month = '1987-10-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '1987-09-01')) * 100.0 / "
           "(SELECT sp500 FROM index_monthly WHERE month = '1987-09-01')",
           "SELECT ((SELECT sp500 FROM index_monthly WHERE month = '1987-09-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '1987-10-01')) * 1.0 / "
           "(SELECT sp500 FROM index_monthly WHERE month = '1987-09-01')"]),
         ("Which month had the largest one-month percentage fall in the whole history?", DROP)),
    conv("stu-8",
         ("What was the average earnings yield — earnings divided by the index level — in 2000?",
          "SELECT AVG(earnings / sp500) FROM index_monthly WHERE month LIKE '2000%'",
          ["SELECT AVG(earnings / sp500) * 100 FROM index_monthly WHERE month LIKE '2000%'"]),
         ("Compare the index's average dividend yield in 1950 and in 2000.",
          f"SELECT {Y} AS yr, AVG(dividend / sp500) FROM index_monthly WHERE {Y} IN ('1950', '2000') GROUP BY yr",
          [f"SELECT {Y} AS yr, AVG(dividend / sp500) * 100 FROM index_monthly WHERE {Y} IN ('1950', '2000') "
           "GROUP BY yr"]),
         ("Which company in the index today has a dividend yield above 5%?",
          "SELECT c.name " + CF + " WHERE f.dividend_yield > 0.05")),
    conv("stu-9",
         ("Average CPI by decade", *S_CPI),
         ("now the interest rate", *S_RATE),
         ("and which decade had the highest?", *S_TOP_RATE),
         ("What was the unemployment rate in that decade?", D)),
]

# ------------------------------------------------------------------------------------ skeptic
SKEPTIC = [
    conv("skep-1",
         ("How many employees does Apple have?", D),
         ("OK, what year was Apple founded?", "SELECT founded FROM companies WHERE symbol = 'AAPL'"),
         ("How many companies in the index were founded before it?",
          "SELECT COUNT(*) FROM companies WHERE founded < (SELECT founded FROM companies WHERE symbol = 'AAPL')"),
         ("Which company has the most employees?", D)),
    conv("skep-2",
         ("What was Tesla's share price on 3 March 2021?", D),
         ("What is Tesla's 52-week high?", "SELECT high_52w FROM fundamentals WHERE symbol = 'TSLA'"),
         ("and its 52-week low?", "SELECT low_52w FROM fundamentals WHERE symbol = 'TSLA'"),
         ("How far is its price below the 52-week high, in percent?",
          "SELECT (high_52w - price) * 100.0 / high_52w FROM fundamentals WHERE symbol = 'TSLA'",
          ["SELECT (high_52w - price) * 1.0 / high_52w FROM fundamentals WHERE symbol = 'TSLA'",
           "SELECT (price - high_52w) * 100.0 / high_52w FROM fundamentals WHERE symbol = 'TSLA'"])),
    conv("skep-3",
         ("Which companies left the S&P 500 in 2020?", D),
         ("Fine. How many companies were added in 2019?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2019%'"),
         ("Which sector did most of them belong to?",
          "SELECT sector FROM companies WHERE date_added LIKE '2019%' GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("skep-4",
         ("What was the S&P 500 level in 1850?", D),
         ("What's the earliest month in the table?", "SELECT MIN(month) FROM index_monthly"),
         ("What was the index level then?", "SELECT sp500 FROM index_monthly ORDER BY month LIMIT 1")),
    conv("skep-5",
         ("What is Microsoft's CAPE ratio?", D),
         ("Then what is Microsoft's P/E ratio?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'MSFT'"),
         ("And its price to book?", "SELECT price_to_book FROM fundamentals WHERE symbol = 'MSFT'"),
         ("What's its credit rating?", D)),
    conv("skep-6",
         ("Which companies have the best ESG score?", D),
         ("How many companies have no dividend at all?",
          "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield = 0 OR dividend_yield IS NULL",
          ["SELECT COUNT(*) FROM fundamentals WHERE dividend_yield = 0"]),
         ("How many companies have no fundamentals data at all?",
          "SELECT COUNT(*) FROM companies WHERE symbol NOT IN (SELECT symbol FROM fundamentals)")),
    conv("skep-7",
         ("Is a high CAPE a good predictor of the next ten years' returns?", D),
         ("Just tell me the average CAPE over the whole table then.", "SELECT AVG(pe10) FROM index_monthly"),
         ("And the current one?",
          "SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1")),
    conv("skep-8",
         ("Which company in the index has the most Twitter followers?", D),
         ("Which company has the highest EBITDA?", f"SELECT c.name {CF} ORDER BY f.ebitda DESC LIMIT 1"),
         ("And the highest earnings per share?", f"SELECT c.name {CF} ORDER BY f.eps DESC LIMIT 1"),
         ("How much tax did it pay?", D)),
]

# ------------------------------------------------------------------------------------ presenter
TOPE = f"SELECT c.name, f.market_cap, f.pe_ratio {CF} WHERE c.sector = 'Energy' ORDER BY f.market_cap DESC LIMIT 10"
TOP10 = f"SELECT c.name, f.market_cap {CF} ORDER BY f.market_cap DESC LIMIT 10"
PRESENTER = [
    conv("pres-1",
         ("Show the 10 biggest companies by market cap", TOP10),
         ("now only Energy", f"SELECT c.name, f.market_cap {CF} WHERE c.sector = 'Energy' ORDER BY f.market_cap DESC LIMIT 10"),
         ("sort that by P/E", f"SELECT name, pe_ratio FROM ({TOPE}) t ORDER BY pe_ratio"),
         ("and the lowest P/E?", f"SELECT name FROM ({TOPE}) t ORDER BY pe_ratio LIMIT 1",
          [f"SELECT c.name {CF} WHERE c.sector = 'Energy' ORDER BY f.pe_ratio LIMIT 1"])),
    conv("pres-2",
         ("Average S&P 500 level by year since 2015",
          f"SELECT {Y} AS yr, AVG(sp500) FROM index_monthly WHERE month >= '2015-01-01' GROUP BY yr",
          [f"SELECT {YI} AS yr, AVG(sp500) FROM index_monthly WHERE month >= '2015-01-01' GROUP BY yr"]),
         ("show that by month instead", "SELECT month, sp500 FROM index_monthly WHERE month >= '2015-01-01'"),
         ("only 2020", "SELECT month, sp500 FROM index_monthly WHERE month LIKE '2020%'"),
         ("and the lowest?", "SELECT month FROM index_monthly WHERE month LIKE '2020%' ORDER BY sp500 LIMIT 1")),
    conv("pres-3",
         ("How many companies per sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("now only those in California",
          "SELECT sector, COUNT(*) FROM companies WHERE hq_region = 'California' GROUP BY sector"),
         ("sort that", "SELECT sector, COUNT(*) AS n FROM companies WHERE hq_region = 'California' "
                       "GROUP BY sector ORDER BY n DESC"),
         ("which one is on top?", "SELECT sector FROM companies WHERE hq_region = 'California' GROUP BY sector "
                                  "ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("pres-4",
         ("List the Health Care companies with a dividend yield above 3%",
          f"SELECT c.name {CF} WHERE c.sector = 'Health Care' AND f.dividend_yield > 0.03"),
         ("how many is that?", f"SELECT COUNT(*) {CF} WHERE c.sector = 'Health Care' AND f.dividend_yield > 0.03"),
         ("now Consumer Staples",
          f"SELECT COUNT(*) {CF} WHERE c.sector = 'Consumer Staples' AND f.dividend_yield > 0.03",
          [f"SELECT c.name {CF} WHERE c.sector = 'Consumer Staples' AND f.dividend_yield > 0.03"]),
         ("and their average P/E?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Consumer Staples' AND f.dividend_yield > 0.03")),
    conv("pres-5",
         ("Companies added to the index since 2020",
          "SELECT name FROM companies WHERE date_added >= '2020-01-01'"),
         ("show that by year",
          "SELECT strftime('%Y', date_added) AS yr, COUNT(*) FROM companies WHERE date_added >= '2020-01-01' "
          "GROUP BY yr",
          ["SELECT CAST(strftime('%Y', date_added) AS INTEGER) AS yr, COUNT(*) FROM companies "
           "WHERE date_added >= '2020-01-01' GROUP BY yr"]),
         ("only Financials",
          "SELECT strftime('%Y', date_added) AS yr, COUNT(*) FROM companies WHERE date_added >= '2020-01-01' "
          "AND sector = 'Financials' GROUP BY yr",
          ["SELECT CAST(strftime('%Y', date_added) AS INTEGER) AS yr, COUNT(*) FROM companies "
           "WHERE date_added >= '2020-01-01' AND sector = 'Financials' GROUP BY yr"]),
         ("what's the weather in New York today?", D)),
    conv("pres-7",
         ("Average market cap per sector", f"SELECT c.sector, AVG(f.market_cap) {CF} GROUP BY c.sector"),
         ("sort that", f"SELECT c.sector, AVG(f.market_cap) AS a {CF} GROUP BY c.sector ORDER BY a DESC",
          [f"SELECT c.sector, AVG(f.market_cap) AS a {CF} GROUP BY c.sector ORDER BY a"]),
         ("and the lowest?", f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.market_cap) LIMIT 1"),
         ("who's the smallest company in it?",
          f"SELECT c.name {CF} WHERE c.sector = 'Real Estate' ORDER BY f.market_cap LIMIT 1")),
]

SETS = {"sp500insight": JOURNALIST + BOARD + STUDENT + SKEPTIC + PRESENTER}
