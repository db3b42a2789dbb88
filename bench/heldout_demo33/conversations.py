"""Held-out conversations over the shipped `sp500insight` demo database, written as two askers
would type them (a high-school economics student, a skeptical board member), before the engine
was run on them. Each turn: question, reference SQL (SQLite; a list when every part must be
answered), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

J = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
TOTAL = "(SELECT SUM(market_cap) FROM fundamentals)"
# month is declared DATE (numeric affinity): compare it with full 'YYYY-MM-DD' strings or LIKE
LAST_SP = "(SELECT sp500 FROM index_monthly ORDER BY month DESC LIMIT 1)"
NONUS = "('Bermuda', 'Bristol, United Kingdom', 'Canada', 'Ireland', 'Netherlands', 'Switzerland', 'United Kingdom')"
BANK = "c.sub_industry IN ('Diversified Banks', 'Regional Banks')"
BANK2 = "c.sub_industry LIKE '%Banks%'"          # also the asset managers and custody banks
BANK3 = "c.sub_industry LIKE '%Bank%'"           # also investment banking & brokerage
MEDIAN_PE = ("SELECT AVG(pe_ratio) AS median_pe FROM (SELECT pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL "
             "ORDER BY pe_ratio LIMIT 2 OFFSET (SELECT (COUNT(pe_ratio) - 1) / 2 FROM fundamentals))")
MEDIAN_LO = ("SELECT pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL ORDER BY pe_ratio LIMIT 1 "
             "OFFSET (SELECT (COUNT(pe_ratio) - 1) / 2 FROM fundamentals)")
MEDIAN_HI = ("SELECT pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL ORDER BY pe_ratio LIMIT 1 "
             "OFFSET (SELECT COUNT(pe_ratio) / 2 FROM fundamentals)")
CPI_NOW = "(SELECT cpi FROM index_monthly WHERE cpi IS NOT NULL ORDER BY month DESC LIMIT 1)"
CPI_2000 = "(SELECT cpi FROM index_monthly WHERE month = '2000-01-01')"


def year_change(col: str, how: str, where: str = "1 = 1") -> str:
    """Per-year % change of `col`: 'dec' = December to December, 'avg' = annual average to annual
    average (only full years), 'jan' = January to January."""
    if how == "dec":
        base = (f"SELECT substr(month, 1, 4) AS yr, {col} AS v FROM index_monthly WHERE month LIKE '%-12-01' "
                f"AND {col} IS NOT NULL AND {where}")
    elif how == "jan":
        base = (f"SELECT substr(month, 1, 4) AS yr, {col} AS v FROM index_monthly WHERE month LIKE '%-01-01' "
                f"AND {col} IS NOT NULL AND {where}")
    else:
        base = (f"SELECT substr(month, 1, 4) AS yr, AVG({col}) AS v FROM index_monthly WHERE {where} "
                f"GROUP BY yr HAVING COUNT({col}) = 12")
    return (f"SELECT yr, 100.0 * (v / LAG(v) OVER (ORDER BY yr) - 1) AS pct FROM ({base})")


def worst(col, how, where="1 = 1", desc=False):
    return (f"SELECT yr FROM ({year_change(col, how, where)}) WHERE pct IS NOT NULL "
            f"ORDER BY pct{' DESC' if desc else ''} LIMIT 1")


def cap_share(where: str) -> str:
    return f"SELECT 100.0 * SUM(f.market_cap) / {TOTAL} {J} WHERE {where}"


TOP10 = "SELECT symbol, market_cap FROM fundamentals WHERE market_cap IS NOT NULL ORDER BY market_cap DESC"
BANK_PE = f"SELECT AVG(f.pe_ratio) {J} WHERE {BANK}"
ABOVE = (f"SELECT c.sector {J} GROUP BY c.sector HAVING AVG(f.pe_ratio) > (SELECT AVG(pe_ratio) FROM fundamentals)")
NOBANK_AVG = f"(SELECT AVG(f.pe_ratio) {J} WHERE NOT {BANK})"
NOBANK_AVG2 = f"(SELECT AVG(f.pe_ratio) {J} WHERE NOT {BANK2})"
NOBANK_AVG3 = f"(SELECT AVG(f.pe_ratio) {J} WHERE NOT {BANK3})"
NEG = "f.eps < 0"
PB_MIN = (f"SELECT c.sector, c.name, f.price_to_book {J} WHERE f.price_to_book = (SELECT MIN(f2.price_to_book) "
          "FROM companies c2 JOIN fundamentals f2 ON f2.symbol = c2.symbol WHERE c2.sector = c.sector{pos})")
RECENT = "c.date_added >= '2020-01-01'"

STUDENT = [
    conv("stu-valuable",
         ("what's the most valuable company?",
          f"SELECT c.name {J} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {J} ORDER BY f.market_cap DESC LIMIT 1"]),
         ("how much is it worth?", "SELECT market_cap FROM fundamentals WHERE symbol = 'NVDA'",
          ["SELECT market_cap / 1e9 FROM fundamentals WHERE symbol = 'NVDA'",
           "SELECT market_cap / 1e12 FROM fundamentals WHERE symbol = 'NVDA'"]),
         ("show me the top 5 instead",
          f"SELECT c.name, f.market_cap {J} ORDER BY f.market_cap DESC LIMIT 5",
          [f"SELECT c.symbol, f.market_cap {J} ORDER BY f.market_cap DESC LIMIT 5"]),
         ("which industry are they in?",
          f"SELECT c.name, c.sector {J} ORDER BY f.market_cap DESC LIMIT 5",
          [f"SELECT c.symbol, c.sector {J} ORDER BY f.market_cap DESC LIMIT 5",
           f"SELECT c.name, c.sub_industry {J} ORDER BY f.market_cap DESC LIMIT 5",
           f"SELECT c.symbol, c.sub_industry {J} ORDER BY f.market_cap DESC LIMIT 5"]),
         ("how many people work at Nvidia?", D)),
    conv("stu-california",
         ("how many companies are from California?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'California'"),
         ("which city has the most of them?",
          "SELECT hq_city FROM companies WHERE hq_region = 'California' GROUP BY hq_city HAVING COUNT(*) = "
          "(SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM companies WHERE hq_region = 'California' GROUP BY hq_city))"),
         ("and how many are from Texas?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("how many are from Florida?", "SELECT COUNT(*) FROM companies WHERE hq_region LIKE 'Florida%'"),
         ("how many are from outside the US?", f"SELECT COUNT(*) FROM companies WHERE hq_region IN {NONUS}")),
    conv("stu-then-and-now",
         ("is the stock market higher now than in 2000?",
          f"SELECT {LAST_SP} AS now, (SELECT sp500 FROM index_monthly WHERE month = '2000-01-01') AS in_2000",
          [f"SELECT {LAST_SP} AS now, (SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2000%') AS in_2000",
           f"SELECT {LAST_SP} AS now, (SELECT sp500 FROM index_monthly WHERE month = '2000-12-01') AS in_2000"]),
         ("what about after inflation?",
          "SELECT (SELECT real_price FROM index_monthly WHERE real_price IS NOT NULL ORDER BY month DESC LIMIT 1) AS now, "
          "(SELECT real_price FROM index_monthly WHERE month = '2000-01-01') AS in_2000",
          ["SELECT (SELECT real_price FROM index_monthly WHERE real_price IS NOT NULL ORDER BY month DESC LIMIT 1) AS now, "
           "(SELECT AVG(real_price) FROM index_monthly WHERE month LIKE '2000%') AS in_2000",
           "SELECT (SELECT real_price FROM index_monthly WHERE real_price IS NOT NULL ORDER BY month DESC LIMIT 1) AS now, "
           "(SELECT real_price FROM index_monthly WHERE month = '2000-12-01') AS in_2000"]),
         ("when was the index at its highest ever?",
          "SELECT month FROM index_monthly ORDER BY sp500 DESC LIMIT 1",
          ["SELECT month FROM index_monthly ORDER BY real_price DESC LIMIT 1"]),
         ("and the lowest since 2000?",
          "SELECT month FROM index_monthly WHERE month >= '2000-01-01' ORDER BY sp500 LIMIT 1",
          ["SELECT month FROM index_monthly WHERE month >= '2000-01-01' AND real_price IS NOT NULL "
           "ORDER BY real_price LIMIT 1"]),
         ("what will it be next year?", D)),
    conv("stu-inflation",
         ("what's inflation been like since 2000?",
          f"SELECT 100.0 * ({CPI_NOW} / {CPI_2000} - 1)",
          [f"SELECT {CPI_NOW} / {CPI_2000}",
           f"SELECT {CPI_NOW} AS cpi_now, {CPI_2000} AS cpi_2000"]),
         ("which year since then had the highest inflation?",
          worst("cpi", "avg", "month >= '1999-01-01'", desc=True),
          [worst("cpi", "dec", "month >= '1999-01-01'", desc=True)]),
         ("what was inflation in 2025?", D),
         ("what were mortgage rates in 2022?", D),
         ("what about the 10-year interest rate?",
          "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month LIKE '2022%'",
          ["SELECT month, long_interest_rate FROM index_monthly WHERE month LIKE '2022%'"])),
    conv("stu-pe-apple",
         ("what does P/E mean for Apple?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'AAPL'"),
         ("is that high compared to the others?",
          "SELECT AVG(pe_ratio) FROM fundamentals",
          ["SELECT AVG(pe_ratio) FROM fundamentals WHERE symbol <> 'AAPL'", MEDIAN_PE]),
         ("which company has the highest P/E?",
          f"SELECT c.name {J} ORDER BY f.pe_ratio DESC LIMIT 1",
          [f"SELECT c.symbol {J} ORDER BY f.pe_ratio DESC LIMIT 1"]),
         ("why?", "SELECT eps FROM fundamentals WHERE symbol = 'GPC'"),
         ("show me the top 5 instead",
          f"SELECT c.name, f.pe_ratio {J} ORDER BY f.pe_ratio DESC LIMIT 5",
          [f"SELECT c.symbol, f.pe_ratio {J} ORDER BY f.pe_ratio DESC LIMIT 5"])),
    conv("stu-sectors",
         ("which industry is the biggest?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1",
          ["SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many companies are in it?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology'",
          [f"SELECT COUNT(*) {J} WHERE c.sector = 'Information Technology'",
           "SELECT COUNT(*) FROM companies WHERE sector = 'Industrials'"]),
         ("which one is the smallest?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) LIMIT 1",
          ["SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) LIMIT 1"]),
         ("what's the average dividend in each sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {J} GROUP BY c.sector",
          [f"SELECT c.sector, 100 * AVG(f.dividend_yield) {J} GROUP BY c.sector",
           f"SELECT c.sector, AVG(COALESCE(f.dividend_yield, 0)) {J} GROUP BY c.sector",
           f"SELECT c.sector, 100 * AVG(COALESCE(f.dividend_yield, 0)) {J} GROUP BY c.sector",
           f"SELECT c.sector, AVG(f.price * f.dividend_yield) {J} GROUP BY c.sector"]),
         ("how many companies don't pay a dividend?",
          "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield IS NULL")),
    conv("stu-old",
         ("what's the oldest company in the S&P 500?",
          "SELECT name FROM companies ORDER BY founded LIMIT 1"),
         ("when did it join the index?", "SELECT date_added FROM companies WHERE symbol = 'BNY'"),
         ("which 5 companies joined most recently?",
          "SELECT name, date_added FROM companies ORDER BY date_added DESC LIMIT 5",
          ["SELECT symbol, date_added FROM companies ORDER BY date_added DESC LIMIT 5"]),
         ("how many joined in 2025?", "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2025%'"),
         ("who did they replace?", D)),
    conv("stu-dividends",
         ("which company pays the biggest dividend?",
          f"SELECT c.name {J} ORDER BY f.dividend_yield DESC LIMIT 1",
          [f"SELECT c.symbol {J} ORDER BY f.dividend_yield DESC LIMIT 1",
           f"SELECT c.name {J} ORDER BY f.price * f.dividend_yield DESC LIMIT 1"]),
         ("how much is that in percent?",
          "SELECT 100 * dividend_yield FROM fundamentals WHERE symbol = 'VICI'"),
         ("what's Coca-Cola's dividend yield?",
          "SELECT dividend_yield FROM fundamentals WHERE symbol = 'KO'",
          ["SELECT 100 * dividend_yield FROM fundamentals WHERE symbol = 'KO'"]),
         ("how much did Coca-Cola pay in dividends in 2019?", D)),
    conv("stu-year",
         ("how much did the S&P 500 go up in 2024?",
          "SELECT 100.0 * ((SELECT sp500 FROM index_monthly WHERE month = '2024-12-01') / "
          "(SELECT sp500 FROM index_monthly WHERE month = '2023-12-01') - 1)",
          ["SELECT 100.0 * ((SELECT sp500 FROM index_monthly WHERE month = '2024-12-01') / "
           "(SELECT sp500 FROM index_monthly WHERE month = '2024-01-01') - 1)",
           "SELECT 100.0 * ((SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2024%') / "
           "(SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2023%') - 1)",
           "SELECT (SELECT sp500 FROM index_monthly WHERE month = '2024-12-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '2024-01-01')",
           "SELECT (SELECT sp500 FROM index_monthly WHERE month = '2024-12-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '2023-12-01')"]),
         ("and before that?",
          "SELECT 100.0 * ((SELECT sp500 FROM index_monthly WHERE month = '2023-12-01') / "
          "(SELECT sp500 FROM index_monthly WHERE month = '2022-12-01') - 1)",
          ["SELECT 100.0 * ((SELECT sp500 FROM index_monthly WHERE month = '2023-12-01') / "
           "(SELECT sp500 FROM index_monthly WHERE month = '2023-01-01') - 1)",
           "SELECT 100.0 * ((SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2023%') / "
           "(SELECT AVG(sp500) FROM index_monthly WHERE month LIKE '2022%') - 1)",
           "SELECT (SELECT sp500 FROM index_monthly WHERE month = '2023-12-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '2023-01-01')",
           "SELECT (SELECT sp500 FROM index_monthly WHERE month = '2023-12-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '2022-12-01')"]),
         ("which year was the worst ever for the market?", worst("sp500", "dec"),
          [worst("sp500", "avg"), worst("sp500", "jan")]),
         ("what was the unemployment rate that year?", D)),
    conv("stu-tech",
         ("how many tech companies are there?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology'"),
         ("which one has the cheapest share?",
          f"SELECT c.name {J} WHERE c.sector = 'Information Technology' ORDER BY f.price LIMIT 1",
          [f"SELECT c.symbol {J} WHERE c.sector = 'Information Technology' ORDER BY f.price LIMIT 1"]),
         ("what does it make?", "SELECT sub_industry FROM companies WHERE symbol = 'GEN'"),
         ("how many of its shares could I buy with $1000?",
          "SELECT CAST(1000 / price AS INTEGER) FROM fundamentals WHERE symbol = 'GEN'",
          ["SELECT 1000 / price FROM fundamentals WHERE symbol = 'GEN'"]),
         ("what was its price a year ago?", D)),
    conv("stu-small",
         ("what's the smallest company in the S&P 500?",
          f"SELECT c.name {J} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 1",
          [f"SELECT c.symbol {J} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 1"]),
         ("how many times bigger is Apple?",
          "SELECT 1.0 * (SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL') / MIN(market_cap) FROM fundamentals"),
         ("what about Walmart?",
          "SELECT 1.0 * (SELECT market_cap FROM fundamentals WHERE symbol = 'WMT') / MIN(market_cap) FROM fundamentals"),
         ("show me the 10 smallest",
          f"SELECT c.name, f.market_cap {J} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 10",
          [f"SELECT c.symbol, f.market_cap {J} WHERE f.market_cap IS NOT NULL ORDER BY f.market_cap LIMIT 10"])),
    conv("stu-earnings",
         ("what were the S&P 500's earnings per share in 2022?",
          "SELECT AVG(earnings) FROM index_monthly WHERE month LIKE '2022%'",
          ["SELECT earnings FROM index_monthly WHERE month = '2022-12-01'",
           "SELECT month, earnings FROM index_monthly WHERE month LIKE '2022%'"]),
         ("and the dividends?",
          "SELECT AVG(dividend) FROM index_monthly WHERE month LIKE '2022%'",
          ["SELECT dividend FROM index_monthly WHERE month = '2022-12-01'",
           "SELECT month, dividend FROM index_monthly WHERE month LIKE '2022%'"]),
         ("which year had the highest earnings?",
          "SELECT substr(month, 1, 4) AS yr FROM index_monthly GROUP BY yr ORDER BY AVG(earnings) DESC LIMIT 1",
          ["SELECT substr(month, 1, 4) FROM index_monthly ORDER BY earnings DESC LIMIT 1"]),
         ("what about after inflation?",
          "SELECT substr(month, 1, 4) AS yr FROM index_monthly GROUP BY yr ORDER BY AVG(real_earnings) DESC LIMIT 1",
          ["SELECT substr(month, 1, 4) FROM index_monthly ORDER BY real_earnings DESC LIMIT 1"])),
    conv("stu-rates",
         ("when were interest rates the highest?",
          "SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1",
          ["SELECT substr(month, 1, 4) FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"]),
         ("what was the stock market at then?", "SELECT sp500 FROM index_monthly WHERE month = '1981-09-01'"),
         ("and the P/E?", "SELECT pe10 FROM index_monthly WHERE month = '1981-09-01'",
          ["SELECT sp500 / earnings FROM index_monthly WHERE month = '1981-09-01'"]),
         ("what was the Fed's interest rate then?", D)),
    conv("stu-young",
         ("how many companies were founded after 2000?", "SELECT COUNT(*) FROM companies WHERE founded > 2000",
          ["SELECT COUNT(*) FROM companies WHERE founded >= 2000"]),
         ("which of them is worth the most?",
          f"SELECT c.name {J} WHERE c.founded > 2000 ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE c.founded > 2000 ORDER BY f.market_cap DESC LIMIT 1"]),
         ("what sector are most of them in?",
          "SELECT sector FROM companies WHERE founded > 2000 GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how much money did their founders put in at the start?", D)),
]

BOARD = [
    conv("brd-top10",
         ("How much of the total market cap do the top 10 hold?",
          f"SELECT 100.0 * SUM(market_cap) / {TOTAL} FROM ({TOP10} LIMIT 10)",
          [f"SELECT 1.0 * SUM(market_cap) / {TOTAL} FROM ({TOP10} LIMIT 10)"]),
         ("and if we drop the top 3?",
          f"SELECT 100.0 * SUM(market_cap) / ({TOTAL} - (SELECT SUM(market_cap) FROM ({TOP10} LIMIT 3))) "
          f"FROM ({TOP10} LIMIT 10 OFFSET 3)",
          [f"SELECT 100.0 * SUM(market_cap) / {TOTAL} FROM ({TOP10} LIMIT 10 OFFSET 3)",
           f"SELECT 100.0 * SUM(market_cap) / {TOTAL} FROM ({TOP10} LIMIT 7 OFFSET 3)",
           f"SELECT 100.0 * SUM(market_cap) / ({TOTAL} - (SELECT SUM(market_cap) FROM ({TOP10} LIMIT 3))) "
           f"FROM ({TOP10} LIMIT 7 OFFSET 3)"]),
         ("which of the top 10 are tech companies?",
          f"SELECT c.name FROM ({TOP10} LIMIT 10) t JOIN companies c ON c.symbol = t.symbol "
          "WHERE c.sector = 'Information Technology'",
          [f"SELECT t.symbol FROM ({TOP10} LIMIT 10) t JOIN companies c ON c.symbol = t.symbol "
           "WHERE c.sector = 'Information Technology'"]),
         ("what did the top 10 hold five years ago?", D)),
    conv("brd-sector-pe",
         ("Which sectors trade above the index's average P/E?", ABOVE),
         ("excluding the banks?",
          f"SELECT c.sector {J} WHERE NOT {BANK} GROUP BY c.sector HAVING AVG(f.pe_ratio) > {NOBANK_AVG}",
          [f"SELECT c.sector {J} WHERE NOT {BANK2} GROUP BY c.sector HAVING AVG(f.pe_ratio) > {NOBANK_AVG2}",
           f"SELECT c.sector {J} WHERE NOT {BANK3} GROUP BY c.sector HAVING AVG(f.pe_ratio) > {NOBANK_AVG3}",
           f"SELECT c.sector {J} WHERE NOT {BANK} GROUP BY c.sector HAVING AVG(f.pe_ratio) > "
           "(SELECT AVG(pe_ratio) FROM fundamentals)"]),
         ("how many banks are there?", f"SELECT COUNT(*) FROM companies c WHERE {BANK}",
          [f"SELECT COUNT(*) FROM companies c WHERE {BANK2}", f"SELECT COUNT(*) FROM companies c WHERE {BANK3}"]),
         ("and which bank has the highest P/E?",
          f"SELECT c.name {J} WHERE {BANK} ORDER BY f.pe_ratio DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE {BANK} ORDER BY f.pe_ratio DESC LIMIT 1",
           f"SELECT c.name {J} WHERE {BANK2} ORDER BY f.pe_ratio DESC LIMIT 1",
           f"SELECT c.symbol {J} WHERE {BANK2} ORDER BY f.pe_ratio DESC LIMIT 1",
           f"SELECT c.name {J} WHERE {BANK3} ORDER BY f.pe_ratio DESC LIMIT 1",
           f"SELECT c.symbol {J} WHERE {BANK3} ORDER BY f.pe_ratio DESC LIMIT 1"])),
    conv("brd-losses",
         ("How many companies have negative earnings?", f"SELECT COUNT(*) {J} WHERE {NEG}",
          ["SELECT COUNT(*) FROM fundamentals WHERE eps < 0"]),
         ("which sectors are they in?", f"SELECT c.sector, COUNT(*) {J} WHERE {NEG} GROUP BY c.sector",
          [f"SELECT DISTINCT c.sector {J} WHERE {NEG}"]),
         ("what's their combined market cap?", f"SELECT SUM(f.market_cap) {J} WHERE {NEG}"),
         ("what share of the total is that?", cap_share(NEG),
          [f"SELECT SUM(f.market_cap) * 1.0 / {TOTAL} {J} WHERE {NEG}"]),
         ("how many of them were also losing money a year ago?", D)),
    conv("brd-median-mean",
         ("Compare the median and the mean P/E",
          [MEDIAN_PE, "SELECT AVG(pe_ratio) FROM fundamentals"],
          [f"SELECT ({MEDIAN_LO}) AS median_pe, (SELECT AVG(pe_ratio) FROM fundamentals) AS mean_pe",
           f"SELECT ({MEDIAN_HI}) AS median_pe, (SELECT AVG(pe_ratio) FROM fundamentals) AS mean_pe"]),
         ("what's the mean without the 3 highest P/Es?",
          "SELECT AVG(pe_ratio) FROM (SELECT pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL "
          "ORDER BY pe_ratio DESC LIMIT -1 OFFSET 3)"),
         ("which three are those?",
          f"SELECT c.name {J} ORDER BY f.pe_ratio DESC LIMIT 3",
          [f"SELECT c.symbol {J} ORDER BY f.pe_ratio DESC LIMIT 3"]),
         ("and what's the cap-weighted P/E of the index?",
          "SELECT SUM(market_cap) * 1.0 / SUM(market_cap / pe_ratio) FROM fundamentals "
          "WHERE market_cap IS NOT NULL AND pe_ratio IS NOT NULL",
          ["SELECT SUM(pe_ratio * market_cap) / SUM(market_cap) FROM fundamentals "
           "WHERE market_cap IS NOT NULL AND pe_ratio IS NOT NULL"])),
    conv("brd-book",
         ("The cheapest by price to book in each sector",
          PB_MIN.format(pos=" AND f2.price_to_book > 0"),
          [PB_MIN.format(pos="")]),
         ("how many companies have a negative book value?",
          "SELECT COUNT(*) FROM fundamentals WHERE price_to_book < 0"),
         ("name the five biggest of them",
          f"SELECT c.name {J} WHERE f.price_to_book < 0 ORDER BY f.market_cap DESC LIMIT 5",
          [f"SELECT c.symbol {J} WHERE f.price_to_book < 0 ORDER BY f.market_cap DESC LIMIT 5"]),
         ("what's their total debt?", D)),
    conv("brd-banks",
         ("What's the average P/E of the banks?", BANK_PE,
          [f"SELECT AVG(f.pe_ratio) {J} WHERE {BANK2}", f"SELECT AVG(f.pe_ratio) {J} WHERE {BANK3}"]),
         ("and of the rest of Financials?",
          f"SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Financials' AND NOT {BANK}",
          [f"SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Financials' AND NOT {BANK2}",
           f"SELECT AVG(f.pe_ratio) {J} WHERE c.sector = 'Financials' AND NOT {BANK3}"]),
         ("which bank is the largest by market cap?",
          f"SELECT c.name {J} WHERE {BANK} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE {BANK} ORDER BY f.market_cap DESC LIMIT 1"]),
         ("what share of the Financials sector's market cap is that?",
          f"SELECT 100.0 * (SELECT market_cap FROM fundamentals WHERE symbol = 'JPM') / SUM(f.market_cap) {J} "
          "WHERE c.sector = 'Financials'",
          [f"SELECT 1.0 * (SELECT market_cap FROM fundamentals WHERE symbol = 'JPM') / SUM(f.market_cap) {J} "
           "WHERE c.sector = 'Financials'"]),
         ("how big is JPMorgan's loan book?", D)),
    conv("brd-cape",
         ("How does the current CAPE compare with its long-run average?",
          ["SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1",
           "SELECT AVG(pe10) FROM index_monthly"]),
         ("in which years was it higher than now?",
          "SELECT DISTINCT substr(month, 1, 4) FROM index_monthly WHERE pe10 > "
          "(SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1)",
          ["SELECT month, pe10 FROM index_monthly WHERE pe10 > "
           "(SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1)"]),
         ("when did it peak?", "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("how much did the index gain in the ten years after that?",
          "SELECT 100.0 * ((SELECT sp500 FROM index_monthly WHERE month = '2009-12-01') / "
          "(SELECT sp500 FROM index_monthly WHERE month = '1999-12-01') - 1)",
          ["SELECT 100.0 * ((SELECT real_price FROM index_monthly WHERE month = '2009-12-01') / "
           "(SELECT real_price FROM index_monthly WHERE month = '1999-12-01') - 1)",
           "SELECT (SELECT sp500 FROM index_monthly WHERE month = '2009-12-01') - "
           "(SELECT sp500 FROM index_monthly WHERE month = '1999-12-01')"]),
         ("what's the CAPE of the Nasdaq today?", D)),
    conv("brd-sector-weight",
         ("What share of the total market cap is Information Technology?",
          cap_share("c.sector = 'Information Technology'"),
          [f"SELECT SUM(f.market_cap) * 1.0 / {TOTAL} {J} WHERE c.sector = 'Information Technology'"]),
         ("and the three largest sectors together?",
          f"SELECT 100.0 * SUM(cap) / {TOTAL} FROM (SELECT SUM(f.market_cap) AS cap {J} GROUP BY c.sector "
          "ORDER BY cap DESC LIMIT 3)"),
         ("how many companies make up half of the total?",
          "SELECT COUNT(*) + 1 FROM (SELECT SUM(market_cap) OVER (ORDER BY market_cap DESC) AS run "
          f"FROM fundamentals WHERE market_cap IS NOT NULL) WHERE run < {TOTAL} / 2.0"),
         ("and how many to make up 90 %?",
          "SELECT COUNT(*) + 1 FROM (SELECT SUM(market_cap) OVER (ORDER BY market_cap DESC) AS run "
          f"FROM fundamentals WHERE market_cap IS NOT NULL) WHERE run < {TOTAL} * 0.9")),
    conv("brd-pe-extremes",
         ("How many companies trade above 50 times earnings?",
          "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio > 50"),
         ("what's their share of the total market cap?", cap_share("f.pe_ratio > 50"),
          [f"SELECT SUM(f.market_cap) * 1.0 / {TOTAL} {J} WHERE f.pe_ratio > 50"]),
         ("which sector has the most of them?",
          f"SELECT c.sector {J} WHERE f.pe_ratio > 50 GROUP BY c.sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and how many trade below 10 times?", "SELECT COUNT(*) FROM fundamentals WHERE pe_ratio < 10")),
    conv("brd-dividend",
         ("What's the average dividend yield across the index?",
          "SELECT AVG(dividend_yield) FROM fundamentals",
          ["SELECT 100 * AVG(dividend_yield) FROM fundamentals",
           "SELECT AVG(COALESCE(dividend_yield, 0)) FROM fundamentals",
           "SELECT 100 * AVG(COALESCE(dividend_yield, 0)) FROM fundamentals",
           "SELECT SUM(COALESCE(dividend_yield, 0) * market_cap) / SUM(market_cap) FROM fundamentals "
           "WHERE market_cap IS NOT NULL",
           "SELECT 100 * SUM(COALESCE(dividend_yield, 0) * market_cap) / SUM(market_cap) FROM fundamentals "
           "WHERE market_cap IS NOT NULL"]),
         ("how many companies don't pay one?", "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield IS NULL"),
         ("rank the sectors by average yield",
          f"SELECT c.sector, AVG(f.dividend_yield) AS y {J} GROUP BY c.sector ORDER BY y DESC",
          [f"SELECT c.sector, 100 * AVG(f.dividend_yield) AS y {J} GROUP BY c.sector ORDER BY y DESC"]),
         ("what was the index's payout ratio in 2022?",
          "SELECT AVG(dividend) / AVG(earnings) FROM index_monthly WHERE month LIKE '2022%'",
          ["SELECT 100 * AVG(dividend) / AVG(earnings) FROM index_monthly WHERE month LIKE '2022%'",
           "SELECT dividend / earnings FROM index_monthly WHERE month = '2022-12-01'",
           "SELECT 100 * dividend / earnings FROM index_monthly WHERE month = '2022-12-01'"])),
    conv("brd-52w",
         ("How many companies trade within 5 % of their 52-week high?",
          "SELECT COUNT(*) FROM fundamentals WHERE price >= 0.95 * high_52w"),
         ("which sector has the most of them?",
          f"SELECT c.sector {J} WHERE f.price >= 0.95 * f.high_52w GROUP BY c.sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and how many are closer to their 52-week low than to the high?",
          "SELECT COUNT(*) FROM fundamentals WHERE price - low_52w < high_52w - price"),
         ("how many of them are at an all-time high?", D)),
    conv("brd-ebitda",
         ("Which companies have negative EBITDA?", f"SELECT c.name {J} WHERE f.ebitda < 0",
          [f"SELECT c.symbol {J} WHERE f.ebitda < 0"]),
         ("total EBITDA by sector", f"SELECT c.sector, SUM(f.ebitda) {J} GROUP BY c.sector"),
         ("what's market cap to EBITDA for the index as a whole?",
          "SELECT SUM(market_cap) * 1.0 / SUM(ebitda) FROM fundamentals WHERE market_cap IS NOT NULL "
          "AND ebitda IS NOT NULL",
          ["SELECT SUM(market_cap) * 1.0 / SUM(ebitda) FROM fundamentals"]),
         ("and with net debt added, EV/EBITDA?", D)),
    conv("brd-recent",
         ("How many companies were added to the index since 2020?",
          f"SELECT COUNT(*) FROM companies c WHERE {RECENT}"),
         ("what share of the market cap do they make up?", cap_share(RECENT),
          [f"SELECT SUM(f.market_cap) * 1.0 / {TOTAL} {J} WHERE {RECENT}"]),
         ("which of them is the largest?",
          f"SELECT c.name {J} WHERE {RECENT} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {J} WHERE {RECENT} ORDER BY f.market_cap DESC LIMIT 1"]),
         ("what was its market cap when it joined?", D)),
    conv("brd-berkshire",
         ("What's Berkshire Hathaway's P/E?", D),
         ("how many companies are missing a market cap?",
          "SELECT COUNT(*) FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol WHERE f.market_cap IS NULL",
          ["SELECT COUNT(*) FROM fundamentals WHERE market_cap IS NULL"]),
         ("which sector has the highest average price to sales?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.price_to_sales) DESC LIMIT 1"),
         ("and the lowest?",
          f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.price_to_sales) LIMIT 1")),
]

SETS = {"sp500insight": STUDENT + BOARD}
