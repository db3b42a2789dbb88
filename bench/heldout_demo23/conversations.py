"""Held-out conversations over the shipped `sp500insight` demo database, written as a finance teacher
preparing a class and a podcast host checking facts would ask them, before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other
SQL that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
CLF = "FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol"
DEC = "CAST(strftime('%Y', month) AS INTEGER) / 10 * 10"
DECS = "substr(month, 1, 3) || '0s'"


def pct(expr: str, where: str) -> tuple[str, list[str]]:
    """A change in percent, and the same as a fraction."""
    return (f"SELECT 100.0 * {expr} {where}", [f"SELECT 1.0 * {expr} {where}"])


def change(col: str, start: str, end: str) -> tuple[str, list[str]]:
    """The percent change of an index_monthly column between two months (also as a fraction)."""
    return pct(f"(e.{col} - s.{col}) / s.{col}",
               f"FROM index_monthly s, index_monthly e WHERE s.month = '{start}' AND e.month = '{end}'")


# January-to-December change of the index, per calendar year
YRET = ("SELECT strftime('%Y', a.month) AS yr, 100.0 * (b.sp500 - a.sp500) / a.sp500 AS pct "
        "FROM index_monthly a JOIN index_monthly b ON b.month = strftime('%Y', a.month) || '-12-01' "
        "WHERE a.month LIKE '%-01-01'")
# month-on-month change of the index
MCHG = ("SELECT month, 100.0 * (sp500 - LAG(sp500) OVER (ORDER BY month)) / LAG(sp500) OVER (ORDER BY month) "
        "AS chg FROM index_monthly")

LOW10PE = f"SELECT c.name, c.sector, f.pe_ratio {CF} WHERE f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 10"
TOP5DY = f"SELECT c.name, c.sector, f.dividend_yield {CF} ORDER BY f.dividend_yield DESC LIMIT 5"
SMALL5 = f"SELECT c.name, c.sector, f.market_cap {CF} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 5"
OLD = "SELECT name, hq_city, hq_region FROM companies WHERE founded < 1820"
SEMI = "c.sub_industry = 'Semiconductors'"
SEMI_L = "c.sub_industry LIKE '%Semiconductor%'"
BANK = "c.sub_industry LIKE '%Banks%'"
NEG_EBITDA = f"SELECT c.name, f.ebitda {CF} WHERE f.ebitda < 0"
PE50_HC = f"SELECT c.name, f.pe_ratio {CF} WHERE f.pe_ratio > 50 AND c.sector = 'Health Care'"
TX = "c.hq_region = 'Texas'"


SP500 = [
    # ---------------------------------------------------------------- a teacher's first slide
    conv("class-basics",
         ("How many companies are in the index?", "SELECT COUNT(*) FROM companies"),
         ("and how many sectors are they spread across?", "SELECT COUNT(DISTINCT sector) FROM companies"),
         ("Which sector has the most companies?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the fewest?", "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) LIMIT 1"),
         ("ok, give me the number of companies in every sector for the handout",
          "SELECT sector, COUNT(*) FROM companies GROUP BY sector")),

    conv("sector-cap",
         ("Which sectors are biggest by total market cap?",
          f"SELECT c.sector, SUM(f.market_cap) AS cap {CF} GROUP BY c.sector ORDER BY cap DESC"),
         ("What share of the whole index's market cap is Information Technology?",
          *pct(f"(SELECT SUM(f.market_cap) {CF} WHERE c.sector = 'Information Technology') / "
               "(SELECT SUM(market_cap) FROM fundamentals)", "")),
         ("and what do the five smallest sectors add up to together?",
          f"SELECT SUM(cap) FROM (SELECT SUM(f.market_cap) AS cap {CF} GROUP BY c.sector ORDER BY cap LIMIT 5)"),
         ("why is tech so much bigger than everything else?", D),
         ("Which single company is the largest in Information Technology?",
          f"SELECT c.name {CF} WHERE c.sector = 'Information Technology' ORDER BY f.market_cap DESC LIMIT 1")),

    conv("avg-cap",
         ("Which sector has the largest average market cap per company?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.market_cap) DESC LIMIT 1"),
         ("and the smallest average?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.market_cap) LIMIT 1"),
         ("what's the average market cap across all companies?", "SELECT AVG(market_cap) FROM fundamentals"),
         ("and the median? the average must be skewed by the giants",
          "SELECT AVG(market_cap) FROM (SELECT market_cap FROM fundamentals WHERE market_cap IS NOT NULL "
          "ORDER BY market_cap LIMIT 2 - (SELECT COUNT(market_cap) FROM fundamentals) % 2 "
          "OFFSET (SELECT (COUNT(market_cap) - 1) / 2 FROM fundamentals))")),

    # ---------------------------------------------------------------- valuation: P/E
    conv("pe-lesson",
         ("What's the average P/E ratio of the companies in the index?", "SELECT AVG(pe_ratio) FROM fundamentals"),
         ("Which sector has the highest average P/E?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 1"),
         ("Show me the ten companies with the highest P/E",
          f"SELECT c.name, f.pe_ratio {CF} ORDER BY f.pe_ratio DESC LIMIT 10"),
         ("why is Tesla's P/E so high?", D),
         ("what about the ten lowest?", f"SELECT c.name, f.pe_ratio {CF} WHERE f.pe_ratio IS NOT NULL "
                                        "ORDER BY f.pe_ratio LIMIT 10"),
         ("which sectors are those cheap ones in?", f"SELECT name, sector FROM ({LOW10PE})",
          [f"SELECT sector, COUNT(*) FROM ({LOW10PE}) GROUP BY sector"])),

    conv("pe-screen",
         ("How many companies have a P/E above 50?", "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio > 50"),
         ("list the ones in Health Care", PE50_HC),
         ("and how many have a P/E under 15?", "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio < 15"),
         ("For a value-investing example: which companies have a P/E under 12 and a dividend yield over 4 %?",
          f"SELECT c.name {CF} WHERE f.pe_ratio < 12 AND f.dividend_yield > 0.04"),
         ("What will their earnings be next year?", D)),

    # ---------------------------------------------------------------- dividends
    conv("dividends",
         ("Which five companies have the highest dividend yield?",
          f"SELECT c.name, f.dividend_yield {CF} ORDER BY f.dividend_yield DESC LIMIT 5"),
         ("What sectors are they in?", f"SELECT name, sector FROM ({TOP5DY})"),
         ("How many companies pay no dividend at all?",
          "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield IS NULL",
          [f"SELECT COUNT(*) {CLF} WHERE f.dividend_yield IS NULL"]),
         ("What's the average dividend yield by sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {CF} GROUP BY c.sector",
          [f"SELECT c.sector, 100 * AVG(f.dividend_yield) {CF} GROUP BY c.sector"]),
         ("which sector yields the most?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) DESC LIMIT 1"),
         ("When is Verizon's next dividend payment date?", D)),

    # ---------------------------------------------------------------- valuation: CAPE
    conv("cape",
         ("What's the most recent CAPE ratio in the data, and for which month?",
          "SELECT month, pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("When was CAPE at its all-time high?", "SELECT month, pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("and its lowest?",
          "SELECT month, pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 LIMIT 1"),
         ("What has its average been over the whole history?", "SELECT AVG(pe10) FROM index_monthly"),
         ("How many months has it been above 30?", "SELECT COUNT(*) FROM index_monthly WHERE pe10 > 30"),
         ("So is the market going to crash?", D)),

    # ---------------------------------------------------------------- what did the index do in year X
    conv("year-2008",
         ("What was the S&P 500 level in January 2008 and in December 2008?",
          "SELECT month, sp500 FROM index_monthly WHERE month IN ('2008-01-01', '2008-12-01')"),
         ("So by how many percent did it fall over that year?",
          *change("sp500", "2008-01-01", "2008-12-01")),
         ("Which month of 2008 was the lowest?",
          "SELECT month FROM index_monthly WHERE month LIKE '2008%' ORDER BY sp500 LIMIT 1"),
         ("and when did it finally bottom out after that?",
          "SELECT month FROM index_monthly WHERE month > '2008-12-01' ORDER BY sp500 LIMIT 1"),
         ("What was the closing level on the day Lehman Brothers collapsed?", D)),

    conv("best-worst-years",
         ("Which year had the biggest percentage gain in the index from January to December?",
          f"SELECT yr FROM ({YRET}) ORDER BY pct DESC LIMIT 1"),
         ("and the worst year on the same measure?", f"SELECT yr FROM ({YRET}) ORDER BY pct LIMIT 1"),
         ("show me the five worst years since 1950",
          f"SELECT yr, pct FROM ({YRET}) WHERE yr >= '1950' ORDER BY pct LIMIT 5"),
         ("How did the index do in 2022, January to December?", *change("sp500", "2022-01-01", "2022-12-01")),
         ("Why was 2022 such a bad year?", D)),

    conv("decades",
         ("What was the average level of the S&P 500 in each decade since 1950?",
          f"SELECT {DEC} AS decade, AVG(sp500) FROM index_monthly WHERE month >= '1950-01-01' GROUP BY decade",
          [f"SELECT {DECS} AS decade, AVG(sp500) FROM index_monthly WHERE month >= '1950-01-01' GROUP BY decade"]),
         ("How much did the index grow over the 1990s, January 1990 to December 1999?",
          *change("sp500", "1990-01-01", "1999-12-01")),
         ("and the 2000s, measured the same way?", *change("sp500", "2000-01-01", "2009-12-01")),
         ("and after inflation?", *change("real_price", "2000-01-01", "2009-12-01")),
         ("Which decade had the highest average CAPE?",
          f"SELECT {DEC} AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1",
          [f"SELECT {DECS} AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1"])),

    # ---------------------------------------------------------------- named companies
    conv("apple-msft",
         ("Compare Apple and Microsoft: market cap, P/E and dividend yield",
          f"SELECT c.name, f.market_cap, f.pe_ratio, f.dividend_yield {CF} WHERE c.symbol IN ('AAPL', 'MSFT')"),
         ("How much bigger is Apple than Microsoft by market cap, in dollars?",
          "SELECT (SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL') - "
          "(SELECT market_cap FROM fundamentals WHERE symbol = 'MSFT')"),
         ("add Nvidia to the comparison",
          f"SELECT c.name, f.market_cap, f.pe_ratio, f.dividend_yield {CF} "
          "WHERE c.symbol IN ('AAPL', 'MSFT', 'NVDA')"),
         ("Which of the three has the lowest P/E?",
          f"SELECT c.name {CF} WHERE c.symbol IN ('AAPL', 'MSFT', 'NVDA') ORDER BY f.pe_ratio LIMIT 1"),
         ("Who is Nvidia's CEO?", D)),

    conv("coke-pepsi",
         ("Coca-Cola or PepsiCo: which one has the higher dividend yield?",
          f"SELECT c.name {CF} WHERE c.symbol IN ('KO', 'PEP') ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("and what are their P/E ratios?",
          f"SELECT c.name, f.pe_ratio {CF} WHERE c.symbol IN ('KO', 'PEP')"),
         ("When was each of them added to the S&P 500?",
          "SELECT name, date_added FROM companies WHERE symbol IN ('KO', 'PEP')"),
         ("How much of their sales come from China?", D),
         ("Which other soft-drink companies are in the index?",
          "SELECT name FROM companies WHERE sub_industry = 'Soft Drinks & Non-alcoholic Beverages' "
          "AND symbol NOT IN ('KO', 'PEP')",
          ["SELECT name FROM companies WHERE sub_industry = 'Soft Drinks & Non-alcoholic Beverages'"])),

    conv("founded",
         ("What year was Apple founded, according to the data?", "SELECT founded FROM companies WHERE symbol = 'AAPL'"),
         ("Which is the oldest company in the index?", "SELECT name, founded FROM companies ORDER BY founded LIMIT 1"),
         ("List the companies founded before 1820", "SELECT name, founded FROM companies WHERE founded < 1820"),
         ("Where are they headquartered?", f"SELECT name, hq_city FROM ({OLD})",
          [f"SELECT name, hq_region FROM ({OLD})"]),
         ("Who founded BNY Mellon?", D)),

    conv("additions",
         ("Which company was added to the S&P 500 most recently?",
          "SELECT name, date_added FROM companies ORDER BY date_added DESC LIMIT 1"),
         ("How many companies were added in 2025?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2025%'"),
         ("which sectors did those 2025 additions come from?",
          "SELECT sector, COUNT(*) FROM companies WHERE date_added LIKE '2025%' GROUP BY sector"),
         ("And which companies were dropped from the index in 2025 to make room?", D),
         ("How many of today's members have been in the index since 1957?",
          "SELECT COUNT(*) FROM companies WHERE date_added < '1958-01-01'")),

    # ---------------------------------------------------------------- geography
    conv("states",
         ("Which state has the most S&P 500 headquarters?",
          "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many are in Texas, and what's their combined market cap?",
          f"SELECT COUNT(*), SUM(f.market_cap) {CLF} WHERE {TX}",
          [f"SELECT COUNT(*), SUM(f.market_cap) {CF} WHERE {TX}"]),
         ("Which Texas city has the most of them?",
          f"SELECT c.hq_city FROM companies c WHERE {TX} GROUP BY c.hq_city ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many people do those Texas companies employ altogether?", D),
         ("and how many companies in the index are headquartered in Ireland?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'Ireland'")),

    # ---------------------------------------------------------------- rates, inflation, index yields
    conv("rates",
         ("When did the 10-year interest rate peak, and at what level?",
          "SELECT month, long_interest_rate FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"),
         ("What was the CAPE in that month?",
          "SELECT pe10 FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"),
         ("What's the lowest 10-year rate in the data, and when was it?",
          "SELECT month, long_interest_rate FROM index_monthly WHERE long_interest_rate IS NOT NULL "
          "ORDER BY long_interest_rate LIMIT 1"),
         ("What's the Fed funds rate today?", D),
         ("average long-term rate per decade since 1960",
          f"SELECT {DEC} AS decade, AVG(long_interest_rate) FROM index_monthly WHERE month >= '1960-01-01' "
          "GROUP BY decade",
          [f"SELECT {DECS} AS decade, AVG(long_interest_rate) FROM index_monthly WHERE month >= '1960-01-01' "
           "GROUP BY decade"])),

    conv("inflation-70s",
         ("By how much did consumer prices rise in the 1970s, from January 1970 to December 1979?",
          *change("cpi", "1970-01-01", "1979-12-01")),
         ("and how did the index itself do over the same period?", *change("sp500", "1970-01-01", "1979-12-01")),
         ("so what was that in real terms?", *change("real_price", "1970-01-01", "1979-12-01")),
         ("What's inflation in the euro area right now?", D)),

    conv("index-yields",
         ("What was the dividend yield of the index in January 2000, dividend divided by price?",
          "SELECT dividend / sp500 FROM index_monthly WHERE month = '2000-01-01'",
          ["SELECT 100 * dividend / sp500 FROM index_monthly WHERE month = '2000-01-01'"]),
         ("And in January 1982?", "SELECT dividend / sp500 FROM index_monthly WHERE month = '1982-01-01'",
          ["SELECT 100 * dividend / sp500 FROM index_monthly WHERE month = '1982-01-01'"]),
         ("What's the earnings yield, earnings over price, for the latest month that has earnings?",
          "SELECT earnings / sp500 FROM index_monthly WHERE earnings IS NOT NULL ORDER BY month DESC LIMIT 1",
          ["SELECT 100 * earnings / sp500 FROM index_monthly WHERE earnings IS NOT NULL "
           "ORDER BY month DESC LIMIT 1"]),
         ("What was the index dividend yield in May 2026?", D),
         ("When was the index's own P/E, price over earnings, at its highest?",
          "SELECT month, sp500 / earnings AS pe FROM index_monthly ORDER BY pe DESC LIMIT 1")),

    # ---------------------------------------------------------------- rankings and the smallest
    conv("smallest",
         ("What are the five smallest companies in the index by market cap?",
          f"SELECT c.name, f.market_cap {CF} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 5"),
         ("what sectors are they in?", f"SELECT name, sector FROM ({SMALL5})"),
         ("and the largest company?", f"SELECT c.name {CF} ORDER BY f.market_cap DESC LIMIT 1"),
         ("How many times bigger is it than the smallest one?",
          "SELECT MAX(market_cap) * 1.0 / MIN(market_cap) FROM fundamentals")),

    conv("52-week",
         ("Which five stocks are trading closest to their 52-week high?",
          f"SELECT c.name {CF} ORDER BY f.price / f.high_52w DESC LIMIT 5"),
         ("and which five are furthest below it, in percent?",
          f"SELECT c.name {CF} WHERE f.high_52w IS NOT NULL ORDER BY f.price / f.high_52w LIMIT 5"),
         ("How many stocks are within 5 % of their 52-week high?",
          "SELECT COUNT(*) FROM fundamentals WHERE price >= 0.95 * high_52w"),
         ("What will those stocks do next week?", D)),

    conv("semis",
         ("How many semiconductor companies are in the index?", f"SELECT COUNT(*) FROM companies c WHERE {SEMI}",
          [f"SELECT COUNT(*) FROM companies c WHERE {SEMI_L}"]),
         ("What's their combined market cap?", f"SELECT SUM(f.market_cap) {CF} WHERE {SEMI}",
          [f"SELECT SUM(f.market_cap) {CF} WHERE {SEMI_L}"]),
         ("Which is the biggest?", f"SELECT c.name {CF} WHERE {SEMI} ORDER BY f.market_cap DESC LIMIT 1"),
         ("and the smallest?",
          f"SELECT c.name {CF} WHERE {SEMI} AND f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 1",
          [f"SELECT c.name {CF} WHERE {SEMI_L} AND f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 1"])),

    conv("banks",
         ("Which bank has the lowest price-to-book ratio?",
          f"SELECT c.name {CF} WHERE {BANK} ORDER BY f.price_to_book LIMIT 1"),
         ("What's the average price-to-book for the Financials sector?",
          f"SELECT AVG(f.price_to_book) {CF} WHERE c.sector = 'Financials'"),
         ("Which sector has the highest average price-to-sales?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.price_to_sales) DESC LIMIT 1"),
         ("How big are the loan-loss provisions at the big banks?", D)),

    conv("tesla",
         ("When was Tesla added to the S&P 500?", "SELECT date_added FROM companies WHERE symbol = 'TSLA'"),
         ("What's its market cap now?", "SELECT market_cap FROM fundamentals WHERE symbol = 'TSLA'"),
         ("How does its P/E compare with the average for its sector?",
          ["SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA'",
           f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Consumer Discretionary'"]),
         ("What was Tesla's share price back in 2015?", D),
         ("How many car makers are in the index?",
          "SELECT COUNT(*) FROM companies WHERE sub_industry = 'Automobile Manufacturers'")),

    conv("big-moves",
         ("What was the S&P 500 in October 1987?", "SELECT sp500 FROM index_monthly WHERE month = '1987-10-01'"),
         ("And where did it close on Black Monday, 19 October 1987?", D),
         ("What was the biggest one-month percentage drop in the index ever?",
          f"SELECT month, chg FROM ({MCHG}) WHERE chg IS NOT NULL ORDER BY chg LIMIT 1"),
         ("and the biggest one-month gain?",
          f"SELECT month, chg FROM ({MCHG}) WHERE chg IS NOT NULL ORDER BY chg DESC LIMIT 1"),
         ("Which month in 2020 was the lowest?",
          "SELECT month FROM index_monthly WHERE month LIKE '2020%' ORDER BY sp500 LIMIT 1")),

    conv("since-1950",
         ("What was the index level in January 1950, and what is it in the latest month?",
          "SELECT month, sp500 FROM index_monthly "
          "WHERE month IN ('1950-01-01', (SELECT MAX(month) FROM index_monthly))"),
         ("How many times higher is it now?",
          "SELECT (SELECT sp500 FROM index_monthly ORDER BY month DESC LIMIT 1) / "
          "(SELECT sp500 FROM index_monthly WHERE month = '1950-01-01')"),
         ("and in real, inflation-adjusted terms, up to the last month that has a real price?",
          "SELECT (SELECT real_price FROM index_monthly WHERE real_price IS NOT NULL ORDER BY month DESC LIMIT 1) / "
          "(SELECT real_price FROM index_monthly WHERE month = '1950-01-01')"),
         ("What are S&P 500 futures trading at right now?", D)),

    conv("ebitda",
         ("Which company has the highest EBITDA?", f"SELECT c.name {CF} ORDER BY f.ebitda DESC LIMIT 1"),
         ("How many companies have negative EBITDA?", "SELECT COUNT(*) FROM fundamentals WHERE ebitda < 0"),
         ("name them", f"SELECT name FROM ({NEG_EBITDA})"),
         ("How much debt does Boeing carry?", D)),

    # ---------------------------------------------------------------- a podcast host checks a guest's claims
    conv("podcast-facts",
         ("My guest said Nvidia is now worth more than Apple. What are their market caps?",
          f"SELECT c.name, f.market_cap {CF} WHERE c.symbol IN ('NVDA', 'AAPL')"),
         ("He also said the S&P hit an all-time high this year. What's the highest monthly level in the data, "
          "and when?", "SELECT month, sp500 FROM index_monthly ORDER BY sp500 DESC LIMIT 1"),
         ("And that the index was under 100 until 1980. When was it first above 100?",
          "SELECT MIN(month) FROM index_monthly WHERE sp500 > 100"),
         ("Which company has the highest share price?", f"SELECT c.name {CF} ORDER BY f.price DESC LIMIT 1"),
         ("What's the share price of Saudi Aramco?", D)),
]

SETS = {"sp500insight": SP500}
