"""Held-out conversations over the shipped `sp500insight` demo database, in the voices of a finance
student doing homework, a teacher showing a class what a multi-round conversation is, a retail
investor screening stocks, a product manager trying to break the tool, and a macro-economist using
the monthly index table. Written before the engine was run on them. Each turn: question, reference
SQL (SQLite; a list when the answer is several results), optional `accept` (other SQL that also
answers), or None when the data does not hold the answer (must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

J = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
LJ = "FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol"
Y = "CAST(strftime('%Y', month) AS INTEGER)"
DEC = f"({Y} / 10 * 10)"
IM = "FROM index_monthly"


def co(q: str, tail: str, more: tuple = ()) -> tuple:
    """A question answered by companies: their names, or their ticker symbols."""
    return (q, f"SELECT c.name {tail}", [f"SELECT c.symbol {tail}", *more])


def pct(expr: str, tail: str = "") -> list[str]:
    """A ratio asked for 'in percent': the percent, or the fraction."""
    return [f"SELECT ({expr}) * 100 {tail}".strip(), f"SELECT {expr} {tail}".strip()]


def pq(q: str, expr: str, tail: str = "", more: tuple = ()) -> tuple:
    """A question answered by a ratio, in percent or as a fraction (or another form in `more`)."""
    p = pct(expr, tail)
    return (q, p[0], p[1:] + list(more))


def two_rows(a: str, b: str) -> list[str]:
    """A comparison of two figures answered as two rows of one column (e.g. grouped by what is compared).
    Added after the blind run (see README.md): the first scoring rejected that right answer."""
    return [f"SELECT ({a}) AS v UNION ALL SELECT ({b})"]


def points(col: str, a: int, b: int) -> list[str]:
    """Growth read as a difference in points (yearly averages, or the Januaries). Added after the blind run."""
    return [f"SELECT {yr_avg(col, b)} - {yr_avg(col, a)}", f"SELECT {at(col, f'{b}-01-01')} - {at(col, f'{a}-01-01')}"]


def yr_avg(col: str, year: int) -> str:
    return f"(SELECT AVG({col}) {IM} WHERE month LIKE '{year}%')"


def at(col: str, month: str) -> str:
    return f"(SELECT {col} {IM} WHERE month = '{month}')"


def growth(col: str, a: int, b: int) -> list[str]:
    """Growth of a monthly column from year a to year b: yearly averages, or the Januaries; percent or fraction."""
    avg_ratio = f"{yr_avg(col, b)} / {yr_avg(col, a)} - 1"
    jan_ratio = f"{at(col, f'{b}-01-01')} / {at(col, f'{a}-01-01')} - 1"
    return pct(avg_ratio) + pct(jan_ratio)


# ---------------------------------------------------------------------------------------------- student
ENERGY = f"{J} WHERE c.sector = 'Energy'"
HC = f"{J} WHERE c.sector = 'Health Care'"
HC_PE_N = f"(SELECT COUNT(f.pe_ratio) {HC})"
HC_MEDIAN = (f"SELECT AVG(pe_ratio) FROM (SELECT f.pe_ratio {HC} AND f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio "
             f"LIMIT 2 - {HC_PE_N} % 2 OFFSET ({HC_PE_N} - 1) / 2)")
SMALLEST_SECTOR = f"(SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) LIMIT 1)"
TOP_SUB = "(SELECT sub_industry FROM companies GROUP BY sub_industry ORDER BY COUNT(*) DESC LIMIT 1)"
IT_MCAP = f"(SELECT SUM(f.market_cap) {J} WHERE c.sector = 'Information Technology')"

STUDENT = [
    conv("stu-1",
         ("How many companies are in the S&P 500 data?", "SELECT COUNT(*) FROM companies"),
         ("how many of them are in the Energy sector?", "SELECT COUNT(*) FROM companies WHERE sector = 'Energy'"),
         ("What's the average P/E ratio of those energy companies?", f"SELECT AVG(f.pe_ratio) {ENERGY}"),
         co("Which energy company has the largest market cap?", f"{ENERGY} ORDER BY f.market_cap DESC LIMIT 1"),
         ("What will its share price be a year from now?", D)),
    conv("stu-2",
         co("Which company has the highest EBITDA?", f"{J} ORDER BY f.ebitda DESC LIMIT 1"),
         ("and what's its P/E ratio?", "SELECT pe_ratio FROM fundamentals ORDER BY ebitda DESC LIMIT 1"),
         ("How many companies have a negative EBITDA?", "SELECT COUNT(*) FROM fundamentals WHERE ebitda < 0"),
         ("How many employees does Microsoft have?", D)),
    conv("stu-3",
         ("What is the average dividend yield for each sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {J} GROUP BY c.sector",
          [f"SELECT c.sector, AVG(f.dividend_yield) * 100 {J} GROUP BY c.sector"]),
         ("Which sector has the lowest?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) LIMIT 1"),
         ("how many companies are in that sector?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology'"),
         ("and how many of them don't pay a dividend?",
          f"SELECT COUNT(*) {J} WHERE c.sector = 'Information Technology' AND f.dividend_yield IS NULL",
          [f"SELECT COUNT(*) {LJ} WHERE c.sector = 'Information Technology' AND f.dividend_yield IS NULL"])),
    conv("stu-4",
         ("What was the P/E ratio of the S&P 500 index in January 2000?",
          f"SELECT sp500 / earnings {IM} WHERE month = '2000-01-01'"),
         ("and the CAPE that month?", f"SELECT pe10 {IM} WHERE month = '2000-01-01'"),
         ("how does that compare with the average CAPE over the whole history?",
          [f"SELECT pe10 {IM} WHERE month = '2000-01-01'", f"SELECT AVG(pe10) {IM}"],
          two_rows(f"SELECT pe10 {IM} WHERE month = '2000-01-01'", f"SELECT AVG(pe10) {IM}")),
         ("Was the market overvalued then, and why?", D)),
    conv("stu-5",
         ("What is the total market cap of the Information Technology sector?", f"SELECT {IT_MCAP}"),
         ("What fraction of the whole index is that?",
          f"SELECT {IT_MCAP} * 1.0 / (SELECT SUM(market_cap) FROM fundamentals)",
          [f"SELECT {IT_MCAP} * 100.0 / (SELECT SUM(market_cap) FROM fundamentals)"]),
         ("Which sector has the smallest total market cap?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) LIMIT 1"),
         ("Name the companies in it, biggest first",
          f"SELECT c.name {J} WHERE c.sector = {SMALLEST_SECTOR} ORDER BY f.market_cap DESC",
          [f"SELECT c.symbol {J} WHERE c.sector = {SMALLEST_SECTOR} ORDER BY f.market_cap DESC",
           f"SELECT c.name {LJ} WHERE c.sector = {SMALLEST_SECTOR} ORDER BY f.market_cap DESC",
           f"SELECT c.symbol {LJ} WHERE c.sector = {SMALLEST_SECTOR} ORDER BY f.market_cap DESC",
           f"SELECT c.name {J} WHERE c.sector = {SMALLEST_SECTOR} AND f.market_cap IS NOT NULL ORDER BY f.market_cap DESC",
           f"SELECT c.symbol {J} WHERE c.sector = {SMALLEST_SECTOR} AND f.market_cap IS NOT NULL "
           "ORDER BY f.market_cap DESC"])),
]

# ---------------------------------------------------------------------------------------------- teacher
HOU = "FROM companies c WHERE c.hq_region = 'Texas' AND c.hq_city = 'Houston'"
JHOU = f"{J} WHERE c.hq_region = 'Texas' AND c.hq_city = 'Houston'"
JANS = f"{IM} WHERE strftime('%m', month) = '01'"
LAG_ALL = f"SELECT month, sp500, LAG(sp500) OVER (ORDER BY month) AS prev {JANS}"
LAG_WIN = f"SELECT month, sp500, LAG(sp500) OVER (ORDER BY month) AS prev {JANS} AND {Y} BETWEEN 2000 AND 2010"
UP_ALL = f"FROM ({LAG_ALL}) t WHERE month BETWEEN '2000-01-01' AND '2010-01-01' AND sp500 > prev"
UP_WIN = f"FROM ({LAG_WIN}) t WHERE sp500 > prev"
DADD = "(CAST(substr(date_added, 1, 4) AS INTEGER) / 10 * 10)"
FIN_IT = ("Financials", "Information Technology")

TEACHER = [
    conv("tea-1",
         co("List the companies headquartered in Texas", "FROM companies c WHERE c.hq_region = 'Texas'"),
         co("now only the ones in Houston", HOU),
         co("which of those are in the Energy sector?", f"{HOU} AND c.sector = 'Energy'"),
         ("and how does their average P/E compare with the Energy sector as a whole?",
          [f"SELECT AVG(f.pe_ratio) {JHOU} AND c.sector = 'Energy'", f"SELECT AVG(f.pe_ratio) {ENERGY}"],
          two_rows(f"SELECT AVG(f.pe_ratio) {JHOU} AND c.sector = 'Energy'", f"SELECT AVG(f.pe_ratio) {ENERGY}"))),
    conv("tea-2",
         ("What was the average S&P 500 level in the 1990s?",
          f"SELECT AVG(sp500) {IM} WHERE month >= '1990-01-01' AND month < '2000-01-01'"),
         ("and how does that compare with the 1980s?",
          [f"SELECT AVG(sp500) {IM} WHERE month >= '1990-01-01' AND month < '2000-01-01'",
           f"SELECT AVG(sp500) {IM} WHERE month >= '1980-01-01' AND month < '1990-01-01'"],
          two_rows(f"SELECT AVG(sp500) {IM} WHERE month >= '1990-01-01' AND month < '2000-01-01'",
                   f"SELECT AVG(sp500) {IM} WHERE month >= '1980-01-01' AND month < '1990-01-01'")),
         ("show that per decade", f"SELECT {DEC} AS decade, AVG(sp500) {IM} GROUP BY decade",
          [f"SELECT AVG(sp500) {IM} GROUP BY {DEC}"]),
         ("now only the decades since 1950",
          f"SELECT {DEC} AS decade, AVG(sp500) {IM} WHERE month >= '1950-01-01' GROUP BY decade",
          [f"SELECT AVG(sp500) {IM} WHERE month >= '1950-01-01' GROUP BY {DEC}"])),
    conv("tea-3",
         ("How many companies are there in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("now only the ones in California",
          "SELECT sector, COUNT(*) FROM companies WHERE hq_region = 'California' GROUP BY sector"),
         ("and the same for New York",
          "SELECT sector, COUNT(*) FROM companies WHERE hq_region = 'New York' GROUP BY sector"),
         ("which sector has the most companies in California?",
          "SELECT sector FROM companies WHERE hq_region = 'California' GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("tea-4",
         ("How many companies were added to the S&P 500 in 2020?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2020%'"),
         ("show that per decade", f"SELECT {DADD} AS decade, COUNT(*) FROM companies GROUP BY decade",
          [f"SELECT COUNT(*) FROM companies GROUP BY {DADD}"]),
         ("which decade added the most?",
          f"SELECT {DADD} AS decade FROM companies GROUP BY decade ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT COUNT(*) FROM companies GROUP BY {DADD} ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How many companies have been in the index since 1957?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '1957%'")),
    conv("tea-5",
         co("What is the oldest company in the S&P 500?", "FROM companies c ORDER BY c.founded LIMIT 1"),
         co("list the companies founded before 1850", "FROM companies c WHERE c.founded < 1850"),
         co("now only the ones in Financials", "FROM companies c WHERE c.founded < 1850 AND c.sector = 'Financials'"),
         ("how does the average founding year of Financials compare with Information Technology?",
          [f"SELECT AVG(founded) FROM companies WHERE sector = '{s}'" for s in FIN_IT],
          two_rows(*[f"SELECT AVG(founded) FROM companies WHERE sector = '{s}'" for s in FIN_IT]))),
    conv("tea-6",
         ("Show the S&P 500 level every January from 2000 to 2010",
          f"SELECT month, sp500 {JANS} AND {Y} BETWEEN 2000 AND 2010"),
         ("now only the years where it was higher than the January before",
          f"SELECT month, sp500 {UP_ALL}", [f"SELECT month, sp500 {UP_WIN}"]),
         ("how many were there?", f"SELECT COUNT(*) {UP_ALL}", [f"SELECT COUNT(*) {UP_WIN}"])),
]

# ---------------------------------------------------------------------------------------------- investor
SCREEN = f"{J} WHERE f.dividend_yield > 0.04 AND f.pe_ratio < 15"
NEAR_HIGH = f"{J} WHERE f.price >= 0.98 * f.high_52w"
FAR = "(SELECT symbol FROM fundamentals WHERE price / high_52w IS NOT NULL ORDER BY price / high_52w LIMIT 1)"
PB1 = f"{J} WHERE f.price_to_book < 1"
PB01 = f"{J} WHERE f.price_to_book > 0 AND f.price_to_book < 1"
IT = f"{J} WHERE c.sector = 'Information Technology'"
TOP10 = f"{J} WHERE f.market_cap IS NOT NULL AND (SELECT COUNT(*) FROM fundamentals g WHERE g.market_cap > f.market_cap) < 10"
UTIL4 = f"{J} WHERE c.sector = 'Utilities' AND f.dividend_yield > 0.04"
WIDE = f"{J} WHERE (SELECT COUNT(*) FROM fundamentals g WHERE g.high_52w / g.low_52w > f.high_52w / f.low_52w) < 5"

INVESTOR = [
    conv("inv-1",
         co("Show me stocks with a dividend yield above 4% and a P/E under 15", SCREEN),
         co("which of them has the highest yield?", f"{SCREEN} ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("what's its price to book?", f"SELECT f.price_to_book {SCREEN} ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("is it a good buy right now?", D)),
    conv("inv-2",
         co("Which stocks are trading within 2% of their 52-week high?", NEAR_HIGH),
         ("and how many of those are health care companies?", f"SELECT COUNT(*) {NEAR_HIGH} AND c.sector = 'Health Care'"),
         co("Which stock is the furthest below its 52-week high, in percent?",
            f"{J} WHERE f.price / f.high_52w IS NOT NULL ORDER BY f.price / f.high_52w LIMIT 1"),
         ("what was its 52-week low?", f"SELECT low_52w FROM fundamentals WHERE symbol = {FAR}"),
         pq("and how far above that low is it now, in percent?", "price / low_52w - 1",
            f"FROM fundamentals WHERE symbol = {FAR}")),
    conv("inv-3",
         co("Find companies with a price to book below 1", PB1, (f"SELECT c.name {PB01}", f"SELECT c.symbol {PB01}")),
         ("Which sectors are they in?", f"SELECT DISTINCT c.sector {PB1}", [f"SELECT DISTINCT c.sector {PB01}"]),
         ("what's the average dividend yield of those?", f"SELECT AVG(f.dividend_yield) {PB1}",
          [f"SELECT AVG(f.dividend_yield) * 100 {PB1}", f"SELECT AVG(f.dividend_yield) {PB01}",
           f"SELECT AVG(f.dividend_yield) * 100 {PB01}"]),
         ("what's the analyst consensus rating for them?", D)),
    conv("inv-5",
         co("Top 10 companies by market cap", f"{J} ORDER BY f.market_cap DESC LIMIT 10"),
         ("what's their combined market cap?", f"SELECT SUM(f.market_cap) {TOP10}"),
         ("what share of the total S&P 500 market cap is that?",
          f"SELECT SUM(f.market_cap) * 1.0 / (SELECT SUM(market_cap) FROM fundamentals) {TOP10}",
          [f"SELECT SUM(f.market_cap) * 100.0 / (SELECT SUM(market_cap) FROM fundamentals) {TOP10}"]),
         ("how many of them pay a dividend?", f"SELECT COUNT(*) {TOP10} AND f.dividend_yield > 0"),
         ("What was Apple's P/E ratio back in 2015?", D)),
    conv("inv-6",
         co("Which utilities have a dividend yield over 4%?", UTIL4),
         ("sort them by P/E", f"SELECT c.name, f.pe_ratio {UTIL4} ORDER BY f.pe_ratio",
          [f"SELECT c.symbol, f.pe_ratio {UTIL4} ORDER BY f.pe_ratio"]),
         ("what is the EPS of the one with the lowest P/E?", f"SELECT f.eps {UTIL4} ORDER BY f.pe_ratio LIMIT 1"),
         ("And how much does Coca-Cola pay in dividends every month?", D)),
]

# ---------------------------------------------------------------------------------------------- product manager
BANKS = "FROM companies WHERE sub_industry IN ('Diversified Banks', 'Regional Banks')"
CHEAP3 = f"{J} WHERE f.pe_ratio IS NOT NULL\n          AND (SELECT COUNT(*) FROM fundamentals g WHERE g.pe_ratio < f.pe_ratio) < 3"
LATEST = f"(SELECT sp500 {IM} ORDER BY month DESC LIMIT 1)"
LATEST_REAL = f"(SELECT real_price {IM} WHERE real_price IS NOT NULL ORDER BY month DESC LIMIT 1)"
P50 = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol WHERE f.pe_ratio > 50 AND c.founded > 2000"
PEAK29 = f"(SELECT MAX(sp500) {IM} WHERE month LIKE '1929%')"
BACK = f"(SELECT MIN(month) {IM} WHERE month > '1929-12-01' AND sp500 >= {PEAK29})"
T30S = f"{IM} WHERE month >= '1930-01-01' AND month < '1940-01-01'"

PM = [
    conv("pm-1",
         ("hw many compnies r in helthcare", "SELECT COUNT(*) FROM companies WHERE sector = 'Health Care'"),
         ("whats the avrage pe of them", f"SELECT AVG(f.pe_ratio) {HC}"),
         ("ok and the medain?", HC_MEDIAN),
         ("and how many of those are based in Massachusets lol",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Health Care' AND hq_region = 'Massachusetts'"),
         ("what's their ESG score", D)),
    conv("pm-2",
         ("tesla stock price", "SELECT price FROM fundamentals WHERE symbol = 'TSLA'"),
         ("and what did it cost exactly 52 weeks ago?", D),
         ("ok whats the range over the last 52 weeks then",
          "SELECT low_52w, high_52w FROM fundamentals WHERE symbol = 'TSLA'",
          ["SELECT high_52w - low_52w FROM fundamentals WHERE symbol = 'TSLA'"]),
         ("compare with nvidia", "SELECT low_52w, high_52w FROM fundamentals WHERE symbol = 'NVDA'",
          ["SELECT low_52w, high_52w FROM fundamentals WHERE symbol IN ('TSLA', 'NVDA')",
           "SELECT high_52w - low_52w FROM fundamentals WHERE symbol IN ('TSLA', 'NVDA')",
           "SELECT high_52w - low_52w FROM fundamentals WHERE symbol = 'NVDA'"])),
    conv("pm-3",
         ("which companies have the most employees", D),
         co("ok then which company is the biggest", f"{J} ORDER BY f.market_cap DESC LIMIT 1"),
         ("How many banks are in the index?", f"SELECT COUNT(*) {BANKS}",
          ["SELECT COUNT(*) FROM companies WHERE sub_industry LIKE '%Banks%'",
           "SELECT COUNT(*) FROM companies WHERE sub_industry LIKE '%Bank%'"]),
         ("list the CEO of each of those banks", D)),
    conv("pm-4",
         co("gimme the 3 cheapest stocks by share price", f"{J} WHERE f.price IS NOT NULL ORDER BY f.price LIMIT 3"),
         co("nah i meant by p/e", f"{J} WHERE f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 3"),
         ("those 3, what sectors r they in", f"SELECT c.name, c.sector {CHEAP3}", [f"SELECT c.symbol, c.sector {CHEAP3}"]),
         ("whats the weather like in their HQ cities rn", D)),
    conv("pm-5",
         ("What was the S&P 500 in March 1987, the month I was born?", f"SELECT sp500 {IM} WHERE month = '1987-03-01'"),
         ("and on the exact day, March 14?", D),
         pq("how much has it grown since then?", f"{LATEST} / {at('sp500', '1987-03-01')} - 1",
            more=(f"SELECT {LATEST} / {at('sp500', '1987-03-01')}",)),
         pq("and adjusted for inflation?", f"{LATEST_REAL} / {at('real_price', '1987-03-01')} - 1",
            more=(f"SELECT {LATEST_REAL} / {at('real_price', '1987-03-01')}",))),
    conv("pm-6",
         co("companies with P/E > 50 AND founded after 2000 pls", P50),
         co("k now which of those r in california", f"{P50} AND c.hq_region = 'California'"),
         ("whats their revenue growth", D),
         ("How many of the P/E>50 post-2000 ones pay a dividend?", f"SELECT COUNT(*) {P50} AND f.dividend_yield > 0")),
    conv("pm-7",
         ("show me the index in 1929", f"SELECT month, sp500 {IM} WHERE month LIKE '1929%'"),
         ("what was the lowest it got in the 1930s?", f"SELECT MIN(sp500) {T30S}"),
         ("and which month was that", f"SELECT month {T30S} ORDER BY sp500 LIMIT 1"),
         ("how many years did it take to get back to the 1929 high?",
          f"SELECT CAST(substr({BACK}, 1, 4) AS INTEGER) - 1929",
          [f"SELECT {BACK}",
           f"SELECT (julianday({BACK}) - julianday((SELECT month {IM} WHERE month LIKE '1929%' "
           f"AND sp500 = {PEAK29}))) / 365.25"]),
         ("what was unemployment in 1933?", D)),
]

# ---------------------------------------------------------------------------------------------- macro
HIGH_RATE = f"(SELECT month {IM} ORDER BY long_interest_rate DESC LIMIT 1)"
R_DEC = f"SELECT {DEC} AS decade, AVG(long_interest_rate) AS avg_rate {IM} GROUP BY decade"
RE_10S = f"{IM} WHERE {Y} BETWEEN 2010 AND 2020"
CAPE = f"SELECT AVG(pe10) {IM} WHERE month >= '{{0}}-01-01' AND month < '{{1}}-01-01'"
YR_RATE = f"SELECT {Y} AS yr, AVG(long_interest_rate) {IM} WHERE {Y} BETWEEN 2000 AND 2009 GROUP BY yr"
YR_RATE_N = YR_RATE.replace("AVG(long_interest_rate)", "AVG(long_interest_rate) AS avg_rate")
LOW_YEARS = f"SELECT yr FROM ({YR_RATE_N}) t WHERE t.avg_rate < 4"
SINCE_1900 = f"{IM} WHERE month >= '1900-01-01'"
CAGR = f"power({yr_avg('sp500', 2020)} / {yr_avg('sp500', 1990)}, 1.0 / 30) - 1"
CAGR_JAN = f"power({at('sp500', '2020-01-01')} / {at('sp500', '1990-01-01')}, 1.0 / 30) - 1"

MACRO = [
    conv("mac-1",
         ("What was the average CPI in 1950?", f"SELECT AVG(cpi) {IM} WHERE month LIKE '1950%'"),
         ("and in 2000?", f"SELECT AVG(cpi) {IM} WHERE month LIKE '2000%'"),
         pq("so how much did prices rise between those two years, in percent?",
            f"{yr_avg('cpi', 2000)} / {yr_avg('cpi', 1950)} - 1"),
         ("What will CPI be in 2030?", D)),
    conv("mac-2",
         ("When was the long-term interest rate at its highest?",
          f"SELECT month {IM} ORDER BY long_interest_rate DESC LIMIT 1"),
         ("what was the CAPE that month?", f"SELECT pe10 {IM} WHERE month = {HIGH_RATE}"),
         ("average 10-year rate per decade", R_DEC, [f"SELECT AVG(long_interest_rate) {IM} GROUP BY {DEC}"]),
         ("which decade had the lowest?", f"SELECT decade FROM ({R_DEC}) t ORDER BY avg_rate LIMIT 1",
          [f"SELECT AVG(long_interest_rate) {IM} GROUP BY {DEC} ORDER BY AVG(long_interest_rate) LIMIT 1"]),
         ("What was the 2-year Treasury yield in 1981?", D)),
    conv("mac-3",
         ("When did the S&P 500 first go above 1000?", f"SELECT MIN(month) {IM} WHERE sp500 > 1000"),
         ("and the first time above 2000?", f"SELECT MIN(month) {IM} WHERE sp500 > 2000"),
         ("when was the last time it was below 1000?", f"SELECT MAX(month) {IM} WHERE sp500 < 1000"),
         ("what was its all-time high on a single trading day?", D)),
    conv("mac-4",
         ("average real earnings per year from 2010 to 2020",
          f"SELECT {Y} AS yr, AVG(real_earnings) {RE_10S} GROUP BY yr"),
         ("which of those years was the highest?",
          f"SELECT {Y} AS yr {RE_10S} GROUP BY yr ORDER BY AVG(real_earnings) DESC LIMIT 1"),
         ("how much did real earnings grow from 2010 to 2020?", growth("real_earnings", 2010, 2020)[0],
          growth("real_earnings", 2010, 2020)[1:]),
         ("why did they drop in 2020?", D)),
    conv("mac-5",
         ("What's the highest CAPE ever recorded?", f"SELECT MAX(pe10) {IM}"),
         ("in which month?", f"SELECT month {IM} ORDER BY pe10 DESC LIMIT 1"),
         ("How many months had a CAPE above 30?", f"SELECT COUNT(*) {IM} WHERE pe10 > 30"),
         ("how does the average CAPE in the 1990s compare with the 2010s?",
          [CAPE.format(1990, 2000), CAPE.format(2010, 2020)], two_rows(CAPE.format(1990, 2000), CAPE.format(2010, 2020))),
         ("What's the CAPE of the Nasdaq right now?", D)),
    conv("mac-6",
         ("what was the dividend yield of the index in January 1990?",
          f"SELECT dividend / sp500 {IM} WHERE month = '1990-01-01'",
          [f"SELECT dividend / sp500 * 100 {IM} WHERE month = '1990-01-01'"]),
         ("average long interest rate in 1990?", f"SELECT AVG(long_interest_rate) {IM} WHERE month LIKE '1990%'"),
         ("which year had the highest average long rate?",
          f"SELECT {Y} AS yr {IM} GROUP BY yr ORDER BY AVG(long_interest_rate) DESC LIMIT 1"),
         ("what did the Fed decide that year?", D)),
    conv("mac-7",
         ("How much did the S&P 500 grow from 1990 to 2020?", growth("sp500", 1990, 2020)[0],
          growth("sp500", 1990, 2020)[1:] + points("sp500", 1990, 2020)),
         ("and in real terms?", growth("real_price", 1990, 2020)[0],
          growth("real_price", 1990, 2020)[1:] + points("real_price", 1990, 2020)),
         pq("what's that per year on average, compounded?", CAGR, more=tuple(pct(CAGR_JAN)))),
    conv("mac-8",
         ("Show the average inflation-adjusted earnings per decade since 1900",
          f"SELECT {DEC} AS decade, AVG(real_earnings) {SINCE_1900} GROUP BY decade",
          [f"SELECT AVG(real_earnings) {SINCE_1900} GROUP BY {DEC}"]),
         ("in which decade did dividends take the biggest share of earnings?",
          f"SELECT {DEC} AS decade {SINCE_1900} GROUP BY decade ORDER BY SUM(dividend) / SUM(earnings) DESC LIMIT 1",
          [f"SELECT {DEC} AS decade {SINCE_1900} GROUP BY decade ORDER BY AVG(dividend / earnings) DESC LIMIT 1"]),
         ("When was the last month the index paid out more in dividends than it earned?",
          f"SELECT MAX(month) {IM} WHERE dividend > earnings")),
    conv("mac-9",
         ("When did CPI first go above 100?", f"SELECT MIN(month) {IM} WHERE cpi > 100"),
         ("What was the long interest rate then?",
          f"SELECT long_interest_rate {IM} WHERE month = (SELECT MIN(month) {IM} WHERE cpi > 100)"),
         ("what's the unemployment rate in 2008?", D)),
]

SETS = {"sp500insight": STUDENT + TEACHER + INVESTOR + PM + MACRO}
