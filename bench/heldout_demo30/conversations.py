"""Held-out conversations over the `sp500insight` demo database (companies, fundamentals,
index_monthly), written as two askers would type them, before the engine was run on them.
Each turn: question, reference SQL (SQLite), optional `accept` (other SQL that also answers), or
None when the data does not hold the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
BN = 1000000000


def A(q: str, sql: str | None, *accept: str) -> tuple:
    """A turn; a reference that names companies (SELECT c.name …) also accepts the tickers instead."""
    acc = list(accept)
    if sql is not None and sql.startswith("SELECT c.name"):
        acc.append(sql.replace("SELECT c.name", "SELECT c.symbol", 1))
    return (q, sql, acc) if acc else (q, sql)




# ------------------------------------------------------------------------------------------ retiree
TOP5Y = "SELECT symbol FROM fundamentals ORDER BY dividend_yield DESC LIMIT 5"
THREE = f"c.symbol IN ({TOP5Y}) AND f.market_cap > {50 * BN}"
KPP = "('KO', 'PEP', 'PG')"
SAFE = f"f.market_cap > {100 * BN} AND f.eps > 0 AND f.pe_ratio < 20"
BIG = f"f.market_cap > {200 * BN} AND f.dividend_yield >= 0.025"
MID = f"f.market_cap > {100 * BN} AND f.market_cap <= {200 * BN} AND f.dividend_yield >= 0.025"
PHARMA = "('JNJ', 'PFE', 'MRK', 'ABBV')"
REIT5 = "c.sector = 'Real Estate' AND f.dividend_yield > 0.05"
RATE = "(SELECT long_interest_rate / 100 FROM index_monthly WHERE long_interest_rate IS NOT NULL ORDER BY month DESC LIMIT 1)"
MX = "(SELECT MAX(sp500) FROM index_monthly WHERE month LIKE '2007%')"
MN = "(SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '2009%')"

RETIREE = [
    conv("ret-1",
         A("Which companies pay the highest dividend yield? Show me the top five.",
           f"SELECT c.name, f.dividend_yield {CF} ORDER BY f.dividend_yield DESC LIMIT 5"),
         A("which of those are worth more than $50 billion?", f"SELECT c.name {CF} WHERE {THREE}"),
         A("How much a year would I get from $10,000 in each of them?",
           f"SELECT c.name, 10000 * f.dividend_yield {CF} WHERE {THREE}",
           f"SELECT c.name, 10000 * f.dividend_yield {CF} WHERE c.symbol IN ({TOP5Y})"),
         A("and which of those three has the lowest P/E?",
           f"SELECT c.name {CF} WHERE {THREE} ORDER BY f.pe_ratio LIMIT 1"),
         A("When is Altria's next dividend payment date?", D)),
    conv("ret-2",
         A("Compare Coca-Cola, PepsiCo and Procter & Gamble for me: share price, P/E and dividend yield.",
           f"SELECT c.name, f.price, f.pe_ratio, f.dividend_yield {CF} WHERE c.symbol IN {KPP}"),
         A("which of them pays the most?",
           f"SELECT c.name {CF} WHERE c.symbol IN {KPP} ORDER BY f.dividend_yield DESC LIMIT 1"),
         A("If I put $10,000 into it, how much would I get each year?",
           "SELECT 10000 * dividend_yield FROM fundamentals WHERE symbol = 'PEP'"),
         A("And if I split the $10,000 evenly across all three?",
           f"SELECT SUM(10000.0 / 3 * dividend_yield) FROM fundamentals WHERE symbol IN {KPP}"),
         A("How much have their dividends grown over the past ten years?", D)),
    conv("ret-3",
         A("I want safe companies: worth over $100 billion, profitable, and a P/E under 20. Which ones are there?",
           f"SELECT c.name {CF} WHERE {SAFE}"),
         A("which of those pay more than 3%?", f"SELECT c.name {CF} WHERE {SAFE} AND f.dividend_yield > 0.03"),
         A("sort them by yield, highest first",
           f"SELECT c.name, f.dividend_yield {CF} WHERE {SAFE} AND f.dividend_yield > 0.03 "
           f"ORDER BY f.dividend_yield DESC"),
         A("what's the average yield of those?",
           f"SELECT AVG(f.dividend_yield) {CF} WHERE {SAFE} AND f.dividend_yield > 0.03",
           f"SELECT 100 * AVG(f.dividend_yield) {CF} WHERE {SAFE} AND f.dividend_yield > 0.03"),
         A("What are their credit ratings?", D)),
    conv("ret-4",
         A("What's the average dividend yield in each sector?",
           f"SELECT c.sector, AVG(f.dividend_yield) {CF} GROUP BY c.sector",
           f"SELECT c.sector, 100 * AVG(f.dividend_yield) {CF} GROUP BY c.sector",
           f"SELECT c.sector, AVG(COALESCE(f.dividend_yield, 0)) {CF} GROUP BY c.sector",
           f"SELECT c.sector, 100 * AVG(COALESCE(f.dividend_yield, 0)) {CF} GROUP BY c.sector"),
         A("which sector pays the least?",
           f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) LIMIT 1"),
         A("how many companies in that sector pay no dividend at all?",
           f"SELECT COUNT(*) {CF} WHERE c.sector = 'Information Technology' AND f.dividend_yield IS NULL"),
         A("and which utilities yield more than 4%?",
           f"SELECT c.name {CF} WHERE c.sector = 'Utilities' AND f.dividend_yield > 0.04"),
         A("Are any of those utilities exposed to wildfire lawsuits?", D)),
    conv("ret-5",
         A("How much would I get a year from $10,000 in Verizon?",
           "SELECT 10000 * dividend_yield FROM fundamentals WHERE symbol = 'VZ'"),
         A("and from AT&T?", "SELECT 10000 * dividend_yield FROM fundamentals WHERE symbol = 'T'"),
         A("and Berkshire Hathaway?", D),
         A("Between Verizon and AT&T, which is cheaper on P/E?",
           f"SELECT c.name {CF} WHERE c.symbol IN ('VZ', 'T') ORDER BY f.pe_ratio LIMIT 1"),
         A("how far is Verizon's price below its 52-week high?",
           "SELECT high_52w - price FROM fundamentals WHERE symbol = 'VZ'",
           "SELECT 100.0 * (high_52w - price) / high_52w FROM fundamentals WHERE symbol = 'VZ'",
           "SELECT (high_52w - price) / high_52w FROM fundamentals WHERE symbol = 'VZ'")),
    conv("ret-6",
         A("Show me companies worth more than $200 billion that yield at least 2.5%.",
           f"SELECT c.name {CF} WHERE {BIG}"),
         A("which of them is the biggest?", f"SELECT c.name {CF} WHERE {BIG} ORDER BY f.market_cap DESC LIMIT 1"),
         A("what's its P/E?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'ABBV'"),
         A("If I lower the bar to $100 billion, how many more companies make the cut?",
           f"SELECT COUNT(*) {CF} WHERE {MID}"),
         A("which of the new ones has the highest yield?",
           f"SELECT c.name {CF} WHERE {MID} ORDER BY f.dividend_yield DESC LIMIT 1")),
    conv("ret-7",
         A("Where was the S&P 500 in January 2000?", "SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'"),
         A("and in January 2010?", "SELECT sp500 FROM index_monthly WHERE month = '2010-01-01'"),
         A("What's the highest level it has ever reached?", "SELECT MAX(sp500) FROM index_monthly"),
         A("when was that?", "SELECT month FROM index_monthly ORDER BY sp500 DESC LIMIT 1"),
         A("How much did it drop from its 2007 high to its 2009 low, in percent?",
           f"SELECT 100.0 * ({MN} - {MX}) / {MX}",
           f"SELECT 100.0 * ({MX} - {MN}) / {MX}",
           f"SELECT ({MX} - {MN}) / {MX}", f"SELECT ({MN} - {MX}) / {MX}"),
         A("Where will it be at the end of next year?", D)),
    conv("ret-8",
         A("What's the latest 10-year interest rate you have?",
           "SELECT long_interest_rate FROM index_monthly WHERE long_interest_rate IS NOT NULL "
           "ORDER BY month DESC LIMIT 1"),
         A("How many S&P companies have a dividend yield higher than that?",
           f"SELECT COUNT(*) FROM fundamentals WHERE dividend_yield > {RATE}"),
         A("which sectors are they in, and how many in each?",
           f"SELECT c.sector, COUNT(*) {CF} WHERE f.dividend_yield > {RATE} GROUP BY c.sector"),
         A("What's the highest the 10-year rate has ever been, and when?",
           "SELECT month, long_interest_rate FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"),
         A("What does a 5-year CD pay today?", D)),
    conv("ret-9",
         A("Which health care companies pay more than 3%?",
           f"SELECT c.name {CF} WHERE c.sector = 'Health Care' AND f.dividend_yield > 0.03"),
         A("which of those is the biggest?",
           f"SELECT c.name {CF} WHERE c.sector = 'Health Care' AND f.dividend_yield > 0.03 "
           f"ORDER BY f.market_cap DESC LIMIT 1"),
         A("how much would $25,000 in it pay me a year?",
           "SELECT 25000 * dividend_yield FROM fundamentals WHERE symbol = 'PFE'"),
         A("Has it raised its dividend every year for the last 25 years?", D),
         A("What's Medtronic's P/E compared with Bristol Myers?",
           f"SELECT c.name, f.pe_ratio {CF} WHERE c.symbol IN ('MDT', 'BMY')")),
    conv("ret-10",
         A("Which five consumer staples companies pay the highest dividend yields?",
           f"SELECT c.name, f.dividend_yield {CF} WHERE c.sector = 'Consumer Staples' "
           f"ORDER BY f.dividend_yield DESC LIMIT 5"),
         A("which of them have a P/E under 20?",
           f"SELECT c.name {CF} WHERE c.symbol IN (SELECT f2.symbol FROM fundamentals f2 JOIN companies c2 "
           f"ON c2.symbol = f2.symbol WHERE c2.sector = 'Consumer Staples' ORDER BY f2.dividend_yield DESC LIMIT 5) "
           f"AND f.pe_ratio < 20"),
         A("What are the earnings per share of Kraft Heinz and General Mills?",
           f"SELECT c.name, f.eps {CF} WHERE c.symbol IN ('KHC', 'GIS')"),
         A("Among all consumer staples worth over $50 billion, which yields the most?",
           f"SELECT c.name {CF} WHERE c.sector = 'Consumer Staples' AND f.market_cap > {50 * BN} "
           f"ORDER BY f.dividend_yield DESC LIMIT 1"),
         A("How much would $10,000 in it give me a year?",
           "SELECT 10000 * dividend_yield FROM fundamentals WHERE symbol = 'MO'")),
    conv("ret-11",
         A("Compare the dividend yields of Johnson & Johnson, Pfizer, Merck and AbbVie.",
           f"SELECT c.name, f.dividend_yield {CF} WHERE c.symbol IN {PHARMA}"),
         A("which one has the lowest P/E?", f"SELECT c.name {CF} WHERE c.symbol IN {PHARMA} ORDER BY f.pe_ratio LIMIT 1"),
         A("how far below its 52-week high is each one, in percent?",
           f"SELECT c.name, 100.0 * (f.high_52w - f.price) / f.high_52w {CF} WHERE c.symbol IN {PHARMA}",
           f"SELECT c.name, 100.0 * (f.price - f.high_52w) / f.high_52w {CF} WHERE c.symbol IN {PHARMA}",
           f"SELECT c.name, (f.high_52w - f.price) / f.high_52w {CF} WHERE c.symbol IN {PHARMA}"),
         A("What was Pfizer's dividend back in 2019?", D),
         A("What are Pfizer's earnings per share?", "SELECT eps FROM fundamentals WHERE symbol = 'PFE'")),
    conv("ret-12",
         A("How many real estate companies are in the S&P 500?",
           "SELECT COUNT(*) FROM companies WHERE sector = 'Real Estate'"),
         A("what's their average dividend yield?",
           f"SELECT AVG(f.dividend_yield) {CF} WHERE c.sector = 'Real Estate'",
           f"SELECT 100 * AVG(f.dividend_yield) {CF} WHERE c.sector = 'Real Estate'",
           f"SELECT AVG(COALESCE(f.dividend_yield, 0)) {CF} WHERE c.sector = 'Real Estate'",
           f"SELECT 100 * AVG(COALESCE(f.dividend_yield, 0)) {CF} WHERE c.sector = 'Real Estate'"),
         A("which ones yield more than 5%?", f"SELECT c.name {CF} WHERE {REIT5}"),
         A("which of those is the oldest company?", f"SELECT c.name {CF} WHERE {REIT5} ORDER BY c.founded LIMIT 1"),
         A("Does it pay its dividend monthly?", D)),
    conv("ret-13",
         A("What do ExxonMobil and Chevron yield?",
           f"SELECT c.name, f.dividend_yield {CF} WHERE c.symbol IN ('XOM', 'CVX')"),
         A("If I split $20,000 equally between them, what would my yearly income be?",
           "SELECT SUM(10000 * dividend_yield) FROM fundamentals WHERE symbol IN ('XOM', 'CVX')"),
         A("which energy companies yield more than Chevron?",
           f"SELECT c.name {CF} WHERE c.sector = 'Energy' AND f.dividend_yield > "
           f"(SELECT dividend_yield FROM fundamentals WHERE symbol = 'CVX')"),
         A("what's the average P/E in the energy sector?",
           f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Energy'"),
         A("What's the price of oil today?", D)),
    conv("ret-14",
         A("Which companies are losing money right now?", f"SELECT c.name {CF} WHERE f.eps < 0"),
         A("how many of them still pay a dividend?",
           "SELECT COUNT(*) FROM fundamentals WHERE eps < 0 AND dividend_yield IS NOT NULL"),
         A("which sectors have more than three of them?",
           f"SELECT c.sector {CF} WHERE f.eps < 0 GROUP BY c.sector HAVING COUNT(*) > 3"),
         A("Which companies worth over $500 billion pay no dividend?",
           f"SELECT c.name {CF} WHERE f.market_cap > {500 * BN} AND f.dividend_yield IS NULL"),
         A("How much debt does Tesla carry?", D)),
]

# ------------------------------------------------------------------------------------------ data scientist
BIGSUB = "SELECT sub_industry FROM companies GROUP BY sub_industry HAVING COUNT(*) > 10"
TOPE = "SELECT symbol, ebitda FROM fundamentals ORDER BY ebitda DESC"
NULLDY = "FROM fundamentals WHERE dividend_yield IS NULL"
UNM = "FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol WHERE f.symbol IS NULL"
ALLNULL = " AND ".join(f"{k} IS NULL" for k in ("price", "pe_ratio", "dividend_yield", "eps", "low_52w", "high_52w",
                                                 "market_cap", "ebitda", "price_to_sales", "price_to_book"))
PEV = "SELECT pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL ORDER BY pe_ratio"
PEN = "(SELECT COUNT(pe_ratio) FROM fundamentals)"
NONUS = "('Bermuda', 'Bristol, United Kingdom', 'Canada', 'Ireland', 'Netherlands', 'Switzerland', 'United Kingdom')"
RNG = "(f.high_52w - f.low_52w) / f.low_52w"

SCIENTIST = [
    conv("ds-1",
         A("count distinct sectors in companies", "SELECT COUNT(DISTINCT sector) FROM companies"),
         A("count distinct sub_industry", "SELECT COUNT(DISTINCT sub_industry) FROM companies"),
         A("group by sub_industry having count(*) > 10, with the counts",
           "SELECT sub_industry, COUNT(*) FROM companies GROUP BY sub_industry HAVING COUNT(*) > 10"),
         A("add the sector of each of those sub_industries",
           f"SELECT sub_industry, sector FROM companies WHERE sub_industry IN ({BIGSUB}) GROUP BY sub_industry")),
    conv("ds-2",
         A("top 10 symbols by ebitda desc", f"{TOPE} LIMIT 10",
           "SELECT symbol, ebitda FROM fundamentals ORDER BY ebitda DESC, symbol LIMIT 10",
           "SELECT symbol, ebitda FROM fundamentals ORDER BY ebitda DESC, symbol DESC LIMIT 10"),
         A("how many rows in fundamentals have ebitda null?", "SELECT COUNT(*) FROM fundamentals WHERE ebitda IS NULL"),
         A("group those null-ebitda rows by sector",
           f"SELECT c.sector, COUNT(*) {CF} WHERE f.ebitda IS NULL GROUP BY c.sector"),
         A("pull MSFT's quarterly ebitda for the last 8 quarters", D)),
    conv("ds-3",
         A("rows where dividend_yield is null", f"SELECT symbol {NULLDY}"),
         A("count(*) of those", f"SELECT COUNT(*) {NULLDY}"),
         A("how many of those have eps < 0?", f"SELECT COUNT(*) {NULLDY} AND eps < 0"),
         # accept added after the blind run (the writer flagged it): 'them' as the rows of the round before
         A("group them by sector",
           f"SELECT c.sector, COUNT(*) {CF} WHERE f.dividend_yield IS NULL GROUP BY c.sector",
           f"SELECT c.sector, COUNT(*) {CF} WHERE f.dividend_yield IS NULL AND f.eps < 0 GROUP BY c.sector")),
    conv("ds-4",
         A("min and max of high_52w per sector",
           f"SELECT c.sector, MIN(f.high_52w), MAX(f.high_52w) {CF} GROUP BY c.sector"),
         A("which sector has the biggest max - min spread?",
           f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY MAX(f.high_52w) - MIN(f.high_52w) DESC LIMIT 1"),
         A("symbol with the max high_52w overall",
           "SELECT symbol FROM fundamentals ORDER BY high_52w DESC LIMIT 1"),
         A("stddev of its daily returns over the last year", D)),
    conv("ds-5",
         A("join companies to fundamentals on symbol and give me the unmatched ones", f"SELECT c.symbol {UNM}",
           f"SELECT c.name {UNM}"),
         A("how many of those have date_added >= '2025-01-01'?",
           f"SELECT COUNT(*) {UNM} AND c.date_added >= '2025-01-01'"),
         A("fundamentals rows where every numeric column is null", f"SELECT symbol FROM fundamentals WHERE {ALLNULL}"),
         A("count fundamentals rows with no matching symbol in companies",
           "SELECT COUNT(*) FROM fundamentals f LEFT JOIN companies c ON c.symbol = f.symbol WHERE c.symbol IS NULL")),
    conv("ds-6",
         A("max(pe10) in index_monthly, with the month",
           "SELECT month, pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         A("avg long_interest_rate by decade",
           "SELECT CAST(substr(month, 1, 3) || '0' AS INTEGER) AS decade, AVG(long_interest_rate) FROM index_monthly "
           "GROUP BY decade",
           "SELECT substr(month, 1, 3) || '0s' AS decade, AVG(long_interest_rate) FROM index_monthly GROUP BY decade"),
         A("count rows where pe10 is null", "SELECT COUNT(*) FROM index_monthly WHERE pe10 IS NULL"),
         A("last month where earnings is not null",
           "SELECT MAX(month) FROM index_monthly WHERE earnings IS NOT NULL")),
    conv("ds-7",
         A("avg, min and max pe_ratio in fundamentals",
           "SELECT AVG(pe_ratio), MIN(pe_ratio), MAX(pe_ratio) FROM fundamentals"),
         A("count rows with pe_ratio > 100", "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio > 100"),
         A("list them with their sector", f"SELECT f.symbol, c.sector {CF} WHERE f.pe_ratio > 100"),
         A("what's the median pe_ratio?",
           f"SELECT AVG(pe_ratio) FROM ({PEV} LIMIT 2 - {PEN} % 2 OFFSET ({PEN} - 1) / 2)",
           f"SELECT pe_ratio FROM ({PEV} LIMIT 1 OFFSET ({PEN} - 1) / 2)",
           f"SELECT pe_ratio FROM ({PEV} LIMIT 1 OFFSET {PEN} / 2)")),
    conv("ds-8",
         A("count rows where price_to_book < 0", "SELECT COUNT(*) FROM fundamentals WHERE price_to_book < 0"),
         A("group those by sector", f"SELECT c.sector, COUNT(*) {CF} WHERE f.price_to_book < 0 GROUP BY c.sector"),
         A("which symbol has the most negative price_to_book?",
           "SELECT symbol FROM fundamentals WHERE price_to_book IS NOT NULL ORDER BY price_to_book LIMIT 1"),
         A("now show debt_to_equity for those negative-book rows", D)),
    conv("ds-9",
         A("count of companies by year of date_added, 2020 onwards",
           "SELECT strftime('%Y', date_added) AS yr, COUNT(*) FROM companies WHERE date_added >= '2020-01-01' "
           "GROUP BY yr"),
         A("which year since 2000 had the most additions?",
           "SELECT strftime('%Y', date_added) AS yr FROM companies WHERE date_added >= '2000-01-01' GROUP BY yr "
           "ORDER BY COUNT(*) DESC LIMIT 1"),
         A("how many companies share the earliest date_added?",
           "SELECT COUNT(*) FROM companies WHERE date_added = (SELECT MIN(date_added) FROM companies)"),
         A("which companies were removed from the index in 2017?", D)),
    conv("ds-10",
         A("count companies by hq_region, top 4 desc",
           "SELECT hq_region, COUNT(*) FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 4"),
         A("rows where hq_region is null", "SELECT symbol FROM companies WHERE hq_region IS NULL"),
         A("which companies have an hq_region outside the US?",
           f"SELECT c.name FROM companies c WHERE c.hq_region IN {NONUS}"),
         A("rows where hq_region contains a '[' character",
           "SELECT symbol FROM companies WHERE hq_region LIKE '%[%'")),
    conv("ds-11",
         A("sum(market_cap) by sector, order by it desc",
           f"SELECT c.sector, SUM(f.market_cap) {CF} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC"),
         A("what share of the total is Information Technology?",
           f"SELECT 100.0 * SUM(CASE WHEN c.sector = 'Information Technology' THEN f.market_cap END) / "
           f"SUM(f.market_cap) {CF}",
           f"SELECT 1.0 * SUM(CASE WHEN c.sector = 'Information Technology' THEN f.market_cap END) / "
           f"SUM(f.market_cap) {CF}"),
         A("top 3 symbols by market_cap within IT",
           f"SELECT f.symbol {CF} WHERE c.sector = 'Information Technology' ORDER BY f.market_cap DESC LIMIT 3"),
         A("join in headcount for those three", D)),
    conv("ds-12",
         A("5 lowest pe_ratio symbols, asc",
           "SELECT symbol, pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL ORDER BY pe_ratio LIMIT 5"),
         A("count where eps < 0 and pe_ratio is null",
           "SELECT COUNT(*) FROM fundamentals WHERE eps < 0 AND pe_ratio IS NULL"),
         A("what's the consensus analyst price target for CHTR?", D)),
    conv("ds-13",
         A("compute (high_52w - low_52w) / low_52w as range_pct, top 10 symbols by it",
           f"SELECT f.symbol, {RNG} AS range_pct FROM fundamentals f ORDER BY range_pct DESC LIMIT 10"),
         A("avg range_pct per sector", f"SELECT c.sector, AVG({RNG}) {CF} GROUP BY c.sector"),
         A("count rows where price >= 0.95 * high_52w",
           "SELECT COUNT(*) FROM fundamentals WHERE price >= 0.95 * high_52w")),
    conv("ds-14",
         A("avg(dividend / earnings) from index_monthly where month >= '2000-01-01'",
           "SELECT AVG(dividend / earnings) FROM index_monthly WHERE month >= '2000-01-01'"),
         A("month with the max real_earnings",
           "SELECT month FROM index_monthly ORDER BY real_earnings DESC LIMIT 1"),
         A("count months where cpi is null", "SELECT COUNT(*) FROM index_monthly WHERE cpi IS NULL"),
         A("sum of trading volume for 2022", D)),
]

SETS = {"sp500insight": RETIREE + SCIENTIST}
