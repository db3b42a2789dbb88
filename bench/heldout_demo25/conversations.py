"""Held-out demo conversations over the shipped `sp500insight` database, written as a sales engineer
demos the tool to a customer: long chains that build a result step by step, a change of the way of
speaking mid-demo (the customer takes the keyboard and types shorthand, or the presenter switches to
commands), and questions the customer throws in that the data cannot answer. Written before the
engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or None when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
IT = "c.sector = 'Information Technology'"
HC = "c.sector = 'Health Care'"
BIG = "f.market_cap > 100000000000"
NON_US = ("('Bermuda', 'Bristol, United Kingdom', 'Canada', 'Ireland', 'Netherlands', 'Switzerland', "
          "'United Kingdom')")
TOP_YIELD12 = "SELECT symbol FROM fundamentals ORDER BY dividend_yield DESC LIMIT 12"
OLD8 = "SELECT symbol FROM companies ORDER BY founded LIMIT 8"
NEW5 = "SELECT symbol FROM companies ORDER BY date_added DESC LIMIT 5"
EBITDA10 = "SELECT symbol FROM fundamentals ORDER BY ebitda DESC LIMIT 10"
CHEAP = f"{CF} WHERE f.pe_ratio < 10 AND f.dividend_yield > 0.04"
UTIL_PB = f"{CF} WHERE c.sector = 'Utilities' AND f.price_to_book < 2"
TX_ENERGY = "c.hq_region = 'Texas' AND c.sector = 'Energy'"
FIN10 = f"SELECT f.market_cap {CF} WHERE c.sector = 'Financials' ORDER BY f.market_cap DESC LIMIT 10"
TRILLION = "SELECT SUM(market_cap) FROM fundamentals WHERE market_cap > 1000000000000"
TOTAL_CAP = "SELECT SUM(market_cap) FROM fundamentals"
YR = "strftime('%Y', month)"
DEC = "CAST(substr(month, 1, 3) AS INTEGER) * 10"
MEDIAN_PE = ("SELECT AVG(pe_ratio) FROM (SELECT pe_ratio FROM fundamentals WHERE pe_ratio IS NOT NULL "
             "ORDER BY pe_ratio LIMIT 2 - (SELECT COUNT(pe_ratio) FROM fundamentals) % 2 "
             "OFFSET ((SELECT COUNT(pe_ratio) FROM fundamentals) - 1) / 2)")
# BRK.B and BF.B have a fundamentals row with every value NULL: no data, not "no dividend".
ANY_DATA = ("COALESCE(price, pe_ratio, dividend_yield, eps, low_52w, high_52w, market_cap, ebitda, "
            "price_to_sales, price_to_book) IS NOT NULL")
BUCKET = ("CASE WHEN market_cap < 10000000000 THEN 'under 10B' WHEN market_cap < 50000000000 THEN '10-50B' "
          "WHEN market_cap < 200000000000 THEN '50-200B' ELSE 'over 200B' END")

SP = [
    # ---------------------------------------------------------------- the classic opening chain
    conv("demo-tech-chain",
         ("Let's start simple. Show me the tech companies.",
          "SELECT name FROM companies WHERE sector = 'Information Technology'",
          ["SELECT symbol FROM companies WHERE sector = 'Information Technology'"]),
         ("now only the ones above 100 billion",
          f"SELECT c.name {CF} WHERE {IT} AND {BIG}",
          [f"SELECT c.symbol {CF} WHERE {IT} AND {BIG}"]),
         ("sort them by P/E, highest first",
          f"SELECT c.name, f.pe_ratio {CF} WHERE {IT} AND {BIG} ORDER BY f.pe_ratio DESC",
          [f"SELECT c.name, f.pe_ratio {CF} WHERE {IT} AND {BIG} AND f.pe_ratio IS NOT NULL "
           "ORDER BY f.pe_ratio DESC"]),
         ("just the top 5",
          f"SELECT c.name, f.pe_ratio {CF} WHERE {IT} AND {BIG} ORDER BY f.pe_ratio DESC LIMIT 5"),
         ("add their dividend yield",
          f"SELECT c.name, f.dividend_yield {CF} WHERE {IT} AND {BIG} ORDER BY f.pe_ratio DESC LIMIT 5",
          [f"SELECT c.name, f.dividend_yield * 100 {CF} WHERE {IT} AND {BIG} "
           "ORDER BY f.pe_ratio DESC LIMIT 5"]),
         ("same for healthcare",
          f"SELECT c.name, f.dividend_yield {CF} WHERE {HC} AND {BIG} ORDER BY f.pe_ratio DESC LIMIT 5",
          [f"SELECT c.name, f.dividend_yield * 100 {CF} WHERE {HC} AND {BIG} "
           "ORDER BY f.pe_ratio DESC LIMIT 5"]),
         ("which of those five pays the highest dividend?",
          f"SELECT name FROM (SELECT c.name, f.dividend_yield {CF} WHERE {HC} AND {BIG} "
          "ORDER BY f.pe_ratio DESC LIMIT 5) t ORDER BY dividend_yield DESC LIMIT 1")),

    # ---------------------------------------------------------------- sectors, totals, go back
    conv("demo-sector-totals",
         ("How many companies does each sector have?",
          "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("add the total market cap for each",
          f"SELECT c.sector, SUM(f.market_cap) {CF} GROUP BY c.sector"),
         ("which sector is the biggest by that measure?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1"),
         ("ok, drill into financials: the ten largest by market cap",
          f"SELECT c.name, f.market_cap {CF} WHERE c.sector = 'Financials' ORDER BY f.market_cap DESC LIMIT 10",
          [f"SELECT c.symbol, f.market_cap {CF} WHERE c.sector = 'Financials' ORDER BY f.market_cap DESC LIMIT 10"]),
         ("what's their total?", f"SELECT SUM(market_cap) FROM ({FIN10}) t"),
         ("now go back to all sectors - what's the total?", TOTAL_CAP),
         ("and what share of that is tech, in percent?",
          f"SELECT 100.0 * SUM(CASE WHEN {IT} THEN f.market_cap END) / SUM(f.market_cap) {CF}",
          [f"SELECT 1.0 * SUM(CASE WHEN {IT} THEN f.market_cap END) / SUM(f.market_cap) {CF}"])),

    # ---------------------------------------------------------------- dividends, with a throw-in
    conv("demo-dividends",
         ("Show me the 12 highest dividend yields in the index",
          f"SELECT c.name, f.dividend_yield {CF} ORDER BY f.dividend_yield DESC LIMIT 12",
          [f"SELECT c.symbol, f.dividend_yield {CF} ORDER BY f.dividend_yield DESC LIMIT 12",
           f"SELECT c.name, f.dividend_yield * 100 {CF} ORDER BY f.dividend_yield DESC LIMIT 12"]),
         ("which sectors are they in?",
          f"SELECT c.name, c.sector {CF} ORDER BY f.dividend_yield DESC LIMIT 12",
          [f"SELECT c.name, c.sector FROM companies c WHERE c.symbol IN ({TOP_YIELD12})",
           f"SELECT DISTINCT c.sector FROM companies c WHERE c.symbol IN ({TOP_YIELD12})"]),
         ("What's the average yield per sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {CF} GROUP BY c.sector",
          [f"SELECT c.sector, AVG(f.dividend_yield) * 100 {CF} GROUP BY c.sector",
           f"SELECT c.sector, AVG(COALESCE(f.dividend_yield, 0)) {CF} GROUP BY c.sector",
           f"SELECT c.sector, AVG(COALESCE(f.dividend_yield, 0)) * 100 {CF} GROUP BY c.sector"]),
         ("how many companies don't pay a dividend at all?",
          f"SELECT COUNT(*) FROM fundamentals WHERE (dividend_yield IS NULL OR dividend_yield = 0) AND {ANY_DATA}"),
         ("When is Coca-Cola's next dividend payment date?", D),
         ("fine, what's Coca-Cola's yield then?",
          "SELECT dividend_yield FROM fundamentals WHERE symbol = 'KO'",
          ["SELECT dividend_yield * 100 FROM fundamentals WHERE symbol = 'KO'"])),

    # ---------------------------------------------------------------- index history, time buckets
    conv("demo-index-years",
         ("Let's look at the index itself. Where was the S&P 500 at the start of 2000?",
          "SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'"),
         ("show me the yearly average since then",
          f"SELECT {YR} AS yr, AVG(sp500) FROM index_monthly WHERE month >= '2000-01-01' GROUP BY yr"),
         ("which of those years had the lowest average?",
          f"SELECT {YR} AS yr FROM index_monthly WHERE month >= '2000-01-01' GROUP BY yr ORDER BY AVG(sp500) LIMIT 1"),
         ("What will it be at the end of 2027?", D),
         ("In which month did the index first go above 5000?",
          "SELECT MIN(month) FROM index_monthly WHERE sp500 > 5000"),
         ("and above 1000?", "SELECT MIN(month) FROM index_monthly WHERE sp500 > 1000")),

    # ---------------------------------------------------------------- CAPE by decade
    conv("demo-cape",
         ("What's the CAPE ratio right now?",
          "SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("when was it at its highest ever?",
          "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1"),
         ("and the lowest?",
          "SELECT month FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 LIMIT 1"),
         ("give me the average CAPE per decade",
          f"SELECT AVG(pe10) FROM index_monthly WHERE pe10 IS NOT NULL GROUP BY {DEC}",
          [f"SELECT AVG(pe10) FROM index_monthly GROUP BY {DEC}"]),
         ("which decade had the highest?",
          f"SELECT {DEC} AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(pe10) DESC LIMIT 1",
          ["SELECT substr(month, 1, 3) || '0s' AS decade FROM index_monthly GROUP BY decade "
           "ORDER BY AVG(pe10) DESC LIMIT 1"]),
         ("How does that compare with the CAPE of the German DAX?", D)),

    # ---------------------------------------------------------------- the customer takes the keyboard
    conv("demo-keyboard-handover",
         ("Let me show you a single company first. What's Apple's market cap?",
          "SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL'"),
         ("And its P/E and earnings per share?",
          "SELECT pe_ratio, eps FROM fundamentals WHERE symbol = 'AAPL'"),
         ("msft same", "SELECT pe_ratio, eps FROM fundamentals WHERE symbol = 'MSFT'"),
         ("nvda vs amd price", "SELECT price FROM fundamentals WHERE symbol IN ('NVDA', 'AMD')"),
         ("52w range nvda", "SELECT low_52w, high_52w FROM fundamentals WHERE symbol = 'NVDA'"),
         ("nvda ceo", D),
         ("semis count", "SELECT COUNT(*) FROM companies WHERE sub_industry = 'Semiconductors'",
          ["SELECT COUNT(*) FROM companies WHERE sub_industry LIKE '%Semiconductor%'"])),

    # ---------------------------------------------------------------- headquarters
    conv("demo-headquarters",
         ("Which state has the most S&P 500 headquarters?",
          "SELECT hq_region FROM companies GROUP BY hq_region ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many are in Texas?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("list the Texas ones in energy", f"SELECT c.name FROM companies c WHERE {TX_ENERGY}",
          [f"SELECT c.symbol FROM companies c WHERE {TX_ENERGY}"]),
         ("which of them has the biggest market cap?",
          f"SELECT c.name {CF} WHERE {TX_ENERGY} ORDER BY f.market_cap DESC LIMIT 1"),
         ("How many people does it employ in Houston?", D),
         ("Are there any companies headquartered outside the US?",
          f"SELECT name FROM companies WHERE hq_region IN {NON_US}",
          [f"SELECT symbol FROM companies WHERE hq_region IN {NON_US}"])),

    # ---------------------------------------------------------------- old companies, additions
    conv("demo-old-timers",
         ("Which company in the index was founded earliest?",
          "SELECT name FROM companies ORDER BY founded LIMIT 1"),
         ("show me the 8 oldest", "SELECT name, founded FROM companies ORDER BY founded LIMIT 8"),
         ("which of them joined the S&P 500 most recently?",
          f"SELECT name FROM companies WHERE symbol IN ({OLD8}) ORDER BY date_added DESC LIMIT 1"),
         ("How many companies were added to the index in 2024?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2024%'"),
         ("and per year since 2020?",
          "SELECT strftime('%Y', date_added) AS y, COUNT(*) FROM companies WHERE date_added >= '2020-01-01' "
          "GROUP BY y"),
         ("which companies got dropped from the index to make room for them?", D)),

    # ---------------------------------------------------------------- value screen
    conv("demo-value-screen",
         ("Find me companies with a P/E under 10",
          f"SELECT c.name {CF} WHERE f.pe_ratio < 10",
          [f"SELECT c.symbol {CF} WHERE f.pe_ratio < 10",
           f"SELECT c.name {CF} WHERE f.pe_ratio < 10 AND f.pe_ratio > 0"]),
         ("only the ones that also yield more than 4%", f"SELECT c.name {CHEAP}",
          [f"SELECT c.symbol {CHEAP}"]),
         ("sort them by yield, biggest first",
          f"SELECT c.name, f.dividend_yield {CHEAP} ORDER BY f.dividend_yield DESC"),
         ("what sectors are these in?", f"SELECT c.name, c.sector {CHEAP}",
          [f"SELECT DISTINCT c.sector {CHEAP}"]),
         ("how many of them are financials?", f"SELECT COUNT(*) {CHEAP} AND c.sector = 'Financials'"),
         ("Which of them are about to cut their dividend?", D)),

    # ---------------------------------------------------------------- 52-week range
    conv("demo-52-week",
         ("Give me the 10 stocks trading closest to their 52-week high",
          f"SELECT c.name {CF} WHERE f.high_52w > 0 ORDER BY f.price / f.high_52w DESC LIMIT 10",
          [f"SELECT c.name {CF} ORDER BY f.high_52w - f.price LIMIT 10"]),
         ("and the 10 furthest below it",
          f"SELECT c.name {CF} WHERE f.high_52w > 0 ORDER BY f.price / f.high_52w LIMIT 10",
          [f"SELECT c.name {CF} ORDER BY f.high_52w - f.price DESC LIMIT 10"]),
         ("what sector shows up most in that list?",
          f"SELECT c.sector {CF} WHERE c.symbol IN (SELECT symbol FROM fundamentals WHERE high_52w > 0 "
          "ORDER BY price / high_52w LIMIT 10) GROUP BY c.sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what was the intraday low for those yesterday?", D)),

    # ---------------------------------------------------------------- switch to commands
    conv("demo-book-value",
         ("What is the average price-to-book ratio across the index?",
          "SELECT AVG(price_to_book) FROM fundamentals"),
         ("Break that down by sector.", f"SELECT c.sector, AVG(f.price_to_book) {CF} GROUP BY c.sector"),
         ("List utilities with P/B below 2.", f"SELECT c.name {UTIL_PB}", [f"SELECT c.symbol {UTIL_PB}"]),
         ("Count them.", f"SELECT COUNT(*) {UTIL_PB}"),
         ("Show the cheapest one by price to sales.",
          f"SELECT c.name {UTIL_PB} ORDER BY f.price_to_sales LIMIT 1"),
         ("Now show its book value per share in euros.", D)),

    # ---------------------------------------------------------------- EBITDA
    conv("demo-ebitda",
         ("top 10 companies by EBITDA",
          f"SELECT c.name, f.ebitda {CF} ORDER BY f.ebitda DESC LIMIT 10",
          [f"SELECT c.symbol, f.ebitda {CF} ORDER BY f.ebitda DESC LIMIT 10"]),
         ("what's their combined EBITDA?", f"SELECT SUM(ebitda) FROM fundamentals WHERE symbol IN ({EBITDA10})"),
         ("and for the whole index?", "SELECT SUM(ebitda) FROM fundamentals"),
         ("how does Apple's EBITDA this year compare with last year?", D),
         ("Which companies have negative EBITDA?", f"SELECT c.name {CF} WHERE f.ebitda < 0",
          [f"SELECT c.symbol {CF} WHERE f.ebitda < 0"])),

    # ---------------------------------------------------------------- interest rates
    conv("demo-rates",
         ("What's the latest 10-year interest rate in the data?",
          "SELECT long_interest_rate FROM index_monthly WHERE long_interest_rate IS NOT NULL "
          "ORDER BY month DESC LIMIT 1"),
         ("when was it highest?",
          "SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"),
         ("average rate by year in the 1970s",
          f"SELECT {YR} AS yr, AVG(long_interest_rate) FROM index_monthly "
          "WHERE month >= '1970-01-01' AND month < '1980-01-01' GROUP BY yr"),
         ("and what was the index doing in those years?",
          f"SELECT {YR} AS yr, AVG(sp500) FROM index_monthly "
          "WHERE month >= '1970-01-01' AND month < '1980-01-01' GROUP BY yr"),
         ("What will the Fed do with rates next month?", D)),

    # ---------------------------------------------------------------- inflation
    conv("demo-inflation",
         ("What was the CPI in January 1980 versus January 2020?",
          "SELECT month, cpi FROM index_monthly WHERE month IN ('1980-01-01', '2020-01-01')"),
         ("so by how many percent did prices rise over that period?",
          "SELECT 100.0 * ((SELECT cpi FROM index_monthly WHERE month = '2020-01-01') / "
          "(SELECT cpi FROM index_monthly WHERE month = '1980-01-01') - 1)"),
         ("When did the inflation-adjusted index peak, and at what level?",
          "SELECT month, real_price FROM index_monthly ORDER BY real_price DESC LIMIT 1"),
         ("and the nominal peak?", "SELECT month, sp500 FROM index_monthly ORDER BY sp500 DESC LIMIT 1"),
         ("What's inflation going to be next year?", D)),

    # ---------------------------------------------------------------- health care deep dive
    conv("demo-healthcare",
         ("Let's go into Health Care. How many sub-industries are there?",
          f"SELECT COUNT(DISTINCT sub_industry) FROM companies c WHERE {HC}"),
         ("how many companies in each?",
          f"SELECT sub_industry, COUNT(*) FROM companies c WHERE {HC} GROUP BY sub_industry"),
         ("average P/E for pharmaceuticals",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sub_industry = 'Pharmaceuticals'"),
         ("which pharma has the lowest P/E?",
          f"SELECT c.name {CF} WHERE c.sub_industry = 'Pharmaceuticals' AND f.pe_ratio IS NOT NULL "
          "ORDER BY f.pe_ratio LIMIT 1"),
         ("Which of them have drugs waiting for FDA approval?", D),
         ("same for biotech",
          f"SELECT c.name {CF} WHERE c.sub_industry = 'Biotechnology' AND f.pe_ratio IS NOT NULL "
          "ORDER BY f.pe_ratio LIMIT 1")),

    # ---------------------------------------------------------------- mega caps and size buckets
    conv("demo-megacaps",
         ("How many companies are worth more than a trillion dollars?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap > 1000000000000"),
         ("list them", f"SELECT c.name {CF} WHERE f.market_cap > 1000000000000",
          [f"SELECT c.symbol {CF} WHERE f.market_cap > 1000000000000"]),
         ("what percentage of the whole index do they make up?",
          f"SELECT 100.0 * ({TRILLION}) / ({TOTAL_CAP})",
          [f"SELECT 1.0 * ({TRILLION}) / ({TOTAL_CAP})"]),
         ("Which of them are listed on the Nasdaq rather than the NYSE?", D),
         ("how many are between 10 and 50 billion?",
          "SELECT COUNT(*) FROM fundamentals WHERE market_cap BETWEEN 10000000000 AND 50000000000"),
         ("Bucket everyone: under 10B, 10 to 50B, 50 to 200B, over 200B. How many in each?",
          f"SELECT COUNT(*) FROM fundamentals WHERE market_cap IS NOT NULL GROUP BY {BUCKET}")),

    # ---------------------------------------------------------------- Tesla, with throw-ins
    conv("demo-tesla",
         ("What's Tesla trading at?", "SELECT price FROM fundamentals WHERE symbol = 'TSLA'"),
         ("How many cars did they deliver last quarter?", D),
         ("what's the trading volume today?", D),
         ("how does its P/E compare with the average for its sector?",
          ["SELECT pe_ratio FROM fundamentals WHERE symbol = 'TSLA'",
           f"SELECT AVG(f.pe_ratio) {CF} WHERE c.sector = 'Consumer Discretionary'"]),
         ("and its market cap versus the biggest company in that sector?",
          ["SELECT market_cap FROM fundamentals WHERE symbol = 'TSLA'",
           f"SELECT MAX(f.market_cap) {CF} WHERE c.sector = 'Consumer Discretionary'"])),

    # ---------------------------------------------------------------- two sectors, then all
    conv("demo-energy-utilities",
         ("Compare the average P/E of Energy and Utilities",
          f"SELECT c.sector, AVG(f.pe_ratio) {CF} WHERE c.sector IN ('Energy', 'Utilities') GROUP BY c.sector"),
         ("and their average dividend yield?",
          f"SELECT c.sector, AVG(f.dividend_yield) {CF} WHERE c.sector IN ('Energy', 'Utilities') GROUP BY c.sector",
          [f"SELECT c.sector, AVG(f.dividend_yield) * 100 {CF} WHERE c.sector IN ('Energy', 'Utilities') "
           "GROUP BY c.sector",
           f"SELECT c.sector, AVG(COALESCE(f.dividend_yield, 0)) {CF} WHERE c.sector IN ('Energy', 'Utilities') "
           "GROUP BY c.sector",
           f"SELECT c.sector, AVG(COALESCE(f.dividend_yield, 0)) * 100 {CF} "
           "WHERE c.sector IN ('Energy', 'Utilities') GROUP BY c.sector"]),
         ("which one has more companies?",
          "SELECT sector FROM companies WHERE sector IN ('Energy', 'Utilities') GROUP BY sector "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("go back to all sectors and rank them by average P/E",
          f"SELECT c.sector, AVG(f.pe_ratio) AS pe {CF} GROUP BY c.sector ORDER BY pe DESC",
          [f"SELECT c.sector, AVG(f.pe_ratio) AS pe {CF} GROUP BY c.sector ORDER BY pe"]),
         ("Why are utilities valued so low?", D)),

    # ---------------------------------------------------------------- whole-index statistics
    conv("demo-index-stats",
         ("How many companies are in the database?", "SELECT COUNT(*) FROM companies"),
         ("how many of them have valuation data?", f"SELECT COUNT(*) FROM fundamentals WHERE {ANY_DATA}"),
         ("what's the median P/E?", MEDIAN_PE),
         ("and the average?", "SELECT AVG(pe_ratio) FROM fundamentals"),
         ("What's the P/E of the Russell 2000?", D)),

    # ---------------------------------------------------------------- newest members
    conv("demo-newest",
         ("Which companies joined the S&P 500 most recently? Show me the last 5",
          "SELECT name, date_added FROM companies ORDER BY date_added DESC LIMIT 5"),
         ("what sectors are they from?",
          "SELECT name, sector FROM companies ORDER BY date_added DESC LIMIT 5",
          [f"SELECT DISTINCT sector FROM companies WHERE symbol IN ({NEW5})"]),
         ("Of the companies that joined in 2024, which trade at a P/E above 30?",
          f"SELECT c.name {CF} WHERE c.date_added LIKE '2024%' AND f.pe_ratio > 30",
          [f"SELECT c.symbol {CF} WHERE c.date_added LIKE '2024%' AND f.pe_ratio > 30"]),
         ("which one has the highest share price?",
          f"SELECT c.name {CF} WHERE c.date_added LIKE '2024%' AND f.pe_ratio > 30 ORDER BY f.price DESC LIMIT 1"),
         ("Why did the index committee pick them - what were the criteria?", D)),

    # ---------------------------------------------------------------- founding years, casual register
    conv("demo-founded",
         ("How many companies in the index were founded before 1900?",
          "SELECT COUNT(*) FROM companies WHERE founded < 1900"),
         ("Which sector has the most of them?",
          "SELECT sector FROM companies WHERE founded < 1900 GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("yo what about after 2000", "SELECT COUNT(*) FROM companies WHERE founded > 2000",
          ["SELECT COUNT(*) FROM companies WHERE founded >= 2000"]),
         ("whats the youngest company then",
          "SELECT name FROM companies WHERE founded = (SELECT MAX(founded) FROM companies)"),
         ("who founded it lol", D)),

    # ---------------------------------------------------------------- index dividends and earnings
    conv("demo-index-income",
         ("What was the dividend yield of the S&P 500 in January 2023, dividend over index level?",
          "SELECT dividend / sp500 FROM index_monthly WHERE month = '2023-01-01'",
          ["SELECT 100 * dividend / sp500 FROM index_monthly WHERE month = '2023-01-01'"]),
         ("and in January 1980?",
          "SELECT dividend / sp500 FROM index_monthly WHERE month = '1980-01-01'",
          ["SELECT 100 * dividend / sp500 FROM index_monthly WHERE month = '1980-01-01'"]),
         ("Over the whole history, which year had the highest average index earnings?",
          f"SELECT {YR} AS yr FROM index_monthly GROUP BY yr ORDER BY AVG(earnings) DESC LIMIT 1"),
         ("What were Apple's quarterly earnings in 2019?", D)),
]

SETS = {"sp500insight": SP}
