"""Held-out conversations over the shipped `sp500insight` demo database (batch 22, set heldout_demo21),
written as a presenter demoing multi-round conversations and as an analyst checking numbers, before
the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown),
optional `accept` (other SQL that also answers), or None when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

J = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
LJ = "FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol"
IT = "'Information Technology'"
Y = "strftime('%Y', month)"
DEC = "(CAST(strftime('%Y', month) AS INTEGER) / 10) * 10"
DECS = "((CAST(strftime('%Y', month) AS INTEGER) / 10) * 10) || 's'"


def pair(sql: str) -> list[str]:
    """A share asked without saying percent or fraction: the fraction form of a `100.0 * …` share."""
    return [sql.replace("100.0 * ", "1.0 * ", 1)]


# ---------------------------------------------------------------------------------- 1 sectors, the demo opener
SHARE_IT = f"SELECT 100.0 * SUM(sector = {IT}) / COUNT(*) FROM companies"
C1 = conv("d21-sectors",
          ("Let's start simple: how many companies are in each sector?",
           "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
          ("now only tech", f"SELECT COUNT(*) FROM companies WHERE sector = {IT}"),
          ("compare that with energy",
           f"SELECT sector, COUNT(*) FROM companies WHERE sector IN ({IT}, 'Energy') GROUP BY sector"),
          ("what share of all the companies is tech?", SHARE_IT, pair(SHARE_IT)),
          ("which tech sub-industry has the most companies?",
           f"SELECT sub_industry FROM companies WHERE sector = {IT} GROUP BY sub_industry ORDER BY COUNT(*) DESC LIMIT 1"),
          ("who is the CEO of the biggest semiconductor company?", D))

# ---------------------------------------------------------------------------------- 2 market cap shares
MC_IT = f"SELECT 100.0 * SUM(CASE WHEN c.sector = {IT} THEN f.market_cap END) / SUM(f.market_cap) {J}"
MC_EN = f"SELECT 100.0 * SUM(CASE WHEN c.sector = 'Energy' THEN f.market_cap END) / SUM(f.market_cap) {J}"
C2 = conv("d21-mcap-share",
          ("Total market cap by sector, please", f"SELECT c.sector, SUM(f.market_cap) {J} GROUP BY c.sector"),
          ("which sector is the biggest?",
           f"SELECT c.sector {J} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC LIMIT 1"),
          ("what share of the total is that?", MC_IT, pair(MC_IT)),
          ("and energy's share?", MC_EN, pair(MC_EN)),
          ("how many energy companies does that figure cover?",
           f"SELECT COUNT(f.market_cap) {J} WHERE c.sector = 'Energy'"),
          ("and what will energy's share be in five years?", D))

# ---------------------------------------------------------------------------------- 3 dot-com bust
FALL = ("SELECT 100.0 * (MIN(CASE WHEN month LIKE '2002%' THEN sp500 END) - MAX(CASE WHEN month LIKE '2000%' "
        "THEN sp500 END)) / MAX(CASE WHEN month LIKE '2000%' THEN sp500 END) FROM index_monthly")
C3 = conv("d21-dotcom",
          ("What was the S&P 500 at in January 2000?", "SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'"),
          ("what was the highest it got that year?", "SELECT MAX(sp500) FROM index_monthly WHERE month LIKE '2000%'"),
          ("when was that?", "SELECT month FROM index_monthly WHERE month LIKE '2000%' ORDER BY sp500 DESC LIMIT 1",
           ["SELECT strftime('%Y-%m', month) FROM index_monthly WHERE month LIKE '2000%' ORDER BY sp500 DESC LIMIT 1"]),
          ("and the lowest level in 2002?", "SELECT MIN(sp500) FROM index_monthly WHERE month LIKE '2002%'"),
          ("so how far did it fall from the 2000 peak to the 2002 low, in percent?", FALL,
           [FALL.replace("SELECT 100.0 * ", "SELECT -100.0 * ", 1), FALL.replace("SELECT 100.0 * ", "SELECT 1.0 * ", 1),
            FALL.replace("SELECT 100.0 * ", "SELECT -1.0 * ", 1)]),
          ("what was the intraday low on the worst day of 2002?", D))

# ---------------------------------------------------------------------------------- 4 CAPE by year, then by decade
PEAK = "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1"
C4 = conv("d21-cape-decades",
          ("Average CAPE per year since 1990",
           f"SELECT {Y} AS yr, AVG(pe10) FROM index_monthly WHERE month >= '1990-01-01' AND pe10 IS NOT NULL GROUP BY yr",
           [f"SELECT {Y} AS yr, AVG(pe10) FROM index_monthly WHERE month >= '1990-01-01' GROUP BY yr"]),
          ("by decade instead",
           f"SELECT {DEC} AS decade, AVG(pe10) FROM index_monthly WHERE month >= '1990-01-01' GROUP BY decade",
           [f"SELECT {DECS} AS decade, AVG(pe10) FROM index_monthly WHERE month >= '1990-01-01' GROUP BY decade"]),
          ("which decade had the highest?",
           f"SELECT {DEC} AS decade FROM index_monthly WHERE month >= '1990-01-01' GROUP BY decade "
           "ORDER BY AVG(pe10) DESC LIMIT 1",
           [f"SELECT {DECS} AS decade FROM index_monthly WHERE month >= '1990-01-01' GROUP BY decade "
            "ORDER BY AVG(pe10) DESC LIMIT 1"]),
          ("and the single highest month ever?", "SELECT month, pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1",
           ["SELECT strftime('%Y-%m', month), pe10 FROM index_monthly ORDER BY pe10 DESC LIMIT 1"]),
          ("what was the 10-year interest rate that month?",
           f"SELECT long_interest_rate FROM index_monthly WHERE month = ({PEAK})"),
          ("why was the market so overvalued back then?", D))

# ---------------------------------------------------------------------------------- 5 dividend yields
TOPY = "SELECT symbol FROM fundamentals ORDER BY dividend_yield DESC LIMIT 5"
C5 = conv("d21-dividends",
          ("Top 5 dividend yields in the index, with the company names",
           f"SELECT c.name, f.dividend_yield {J} ORDER BY f.dividend_yield DESC LIMIT 5"),
          ("which sectors are they in?", f"SELECT sector FROM companies WHERE symbol IN ({TOPY})",
           [f"SELECT DISTINCT sector FROM companies WHERE symbol IN ({TOPY})"]),
          ("what's the average yield for utilities?", f"SELECT AVG(f.dividend_yield) {J} WHERE c.sector = 'Utilities'",
           [f"SELECT 100 * AVG(f.dividend_yield) {J} WHERE c.sector = 'Utilities'"]),
          ("compare that with tech",
           f"SELECT c.sector, AVG(f.dividend_yield) {J} WHERE c.sector IN ('Utilities', {IT}) GROUP BY c.sector",
           [f"SELECT c.sector, 100 * AVG(f.dividend_yield) {J} WHERE c.sector IN ('Utilities', {IT}) GROUP BY c.sector"]),
          ("how many tech companies have no dividend yield on record?",
           f"SELECT COUNT(*) {J} WHERE c.sector = {IT} AND f.dividend_yield IS NULL",
           [f"SELECT COUNT(*) {LJ} WHERE c.sector = {IT} AND f.dividend_yield IS NULL"]),
          ("when are they planning to start paying one?", D))

# ---------------------------------------------------------------------------------- 6 oldest companies
OLDEST = "SELECT MIN(founded) FROM companies"
C6 = conv("d21-oldest",
          ("What's the oldest company in the S&P 500?", "SELECT name, founded FROM companies ORDER BY founded LIMIT 1"),
          ("when did it join the index?", f"SELECT date_added FROM companies WHERE founded = ({OLDEST})"),
          ("how many companies were founded before 1900?", "SELECT COUNT(*) FROM companies WHERE founded < 1900"),
          ("break that down by sector", "SELECT sector, COUNT(*) FROM companies WHERE founded < 1900 GROUP BY sector"),
          ("how many employees does BNY Mellon have?", D),
          ("ok — of the pre-1900 companies, which is the biggest by market cap?",
           f"SELECT c.name {J} WHERE c.founded < 1900 ORDER BY f.market_cap DESC LIMIT 1"))

# ---------------------------------------------------------------------------------- 7 additions to the index
AY = "strftime('%Y', date_added)"
ADEC = "(CAST(strftime('%Y', date_added) AS INTEGER) / 10) * 10"
SH10 = "SELECT 100.0 * SUM(date_added >= '2010-01-01' AND date_added < '2020-01-01') / COUNT(*) FROM companies"
C7 = conv("d21-additions",
          ("How many companies were added to the index each year since 2015?",
           f"SELECT {AY} AS yr, COUNT(*) FROM companies WHERE date_added >= '2015-01-01' GROUP BY yr"),
          ("which year had the most?",
           f"SELECT {AY} AS yr FROM companies WHERE date_added >= '2015-01-01' GROUP BY yr ORDER BY COUNT(*) DESC LIMIT 1"),
          ("which of them were tech companies?",
           f"SELECT name FROM companies WHERE sector = {IT} AND date_added LIKE '2017%'"),
          ("now by decade, all the way back to the beginning",
           f"SELECT {ADEC} AS decade, COUNT(*) FROM companies GROUP BY decade",
           [f"SELECT ({ADEC}) || 's' AS decade, COUNT(*) FROM companies GROUP BY decade"]),
          ("what share of today's members were added in the 2010s?", SH10, pair(SH10)),
          ("which companies were dropped from the index in 2017?", D))

# ---------------------------------------------------------------------------------- 8 P/E by sector
CHEAP = f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) LIMIT 1"
C8 = conv("d21-pe-sectors",
          ("Average P/E by sector", f"SELECT c.sector, AVG(f.pe_ratio) {J} GROUP BY c.sector"),
          ("which sector is the most expensive on that measure?",
           f"SELECT c.sector {J} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 1"),
          ("and the cheapest?", CHEAP),
          ("in that sector, how many companies have a P/E under 15?",
           f"SELECT COUNT(*) {J} WHERE c.sector = ({CHEAP}) AND f.pe_ratio < 15"),
          ("list them with their P/E", f"SELECT c.name, f.pe_ratio {J} WHERE c.sector = ({CHEAP}) AND f.pe_ratio < 15"),
          ("what were their P/E ratios five years ago?", D))

# ---------------------------------------------------------------------------------- 9 inflation and rates
RISE = ("SELECT 100.0 * (b.cpi - a.cpi) / a.cpi FROM index_monthly a, index_monthly b "
        "WHERE a.month = '1980-01-01' AND b.month = '2020-01-01'")
TOPRATE = f"SELECT {Y} AS yr FROM index_monthly GROUP BY yr ORDER BY AVG(long_interest_rate) DESC LIMIT 1"
C9 = conv("d21-inflation",
          ("What was the CPI in January 1980?", "SELECT cpi FROM index_monthly WHERE month = '1980-01-01'"),
          ("and in January 2020?", "SELECT cpi FROM index_monthly WHERE month = '2020-01-01'"),
          ("how much did prices rise between the two, in percent?", RISE, pair(RISE)),
          ("what is inflation running at in Japan?", D),
          ("which year had the highest average long-term interest rate?", TOPRATE),
          ("what was the average that year?",
           f"SELECT AVG(long_interest_rate) FROM index_monthly WHERE {Y} = ({TOPRATE})"))

# ---------------------------------------------------------------------------------- 10 semiconductors
SEMI = "c.sub_industry = 'Semiconductors'"
SEMI_SH = f"SELECT 100.0 * MAX(f.market_cap) / SUM(f.market_cap) {J} WHERE {SEMI}"
C10 = conv("d21-semis",
           ("Show me the semiconductor companies", "SELECT name FROM companies WHERE sub_industry = 'Semiconductors'"),
           ("which one is the biggest by market cap?", f"SELECT c.name {J} WHERE {SEMI} ORDER BY f.market_cap DESC LIMIT 1"),
           ("what's its P/E ratio?", f"SELECT f.pe_ratio {J} WHERE {SEMI} ORDER BY f.market_cap DESC LIMIT 1"),
           ("what share of the group's market cap does it have?", SEMI_SH, pair(SEMI_SH)),
           ("where is it headquartered?", f"SELECT c.hq_city {J} WHERE {SEMI} ORDER BY f.market_cap DESC LIMIT 1"),
           ("how many GPUs did it ship last quarter?", D))

# ---------------------------------------------------------------------------------- 11 Texas
HOU = "SELECT 100.0 * SUM(hq_city = 'Houston') / COUNT(*) FROM companies WHERE hq_region = 'Texas'"
C11 = conv("d21-texas",
           ("How many S&P 500 companies are based in Texas?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
           ("how many of those are energy companies?",
            "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas' AND sector = 'Energy'"),
           ("compare that with Oklahoma",
            "SELECT hq_region, COUNT(*) FROM companies WHERE sector = 'Energy' AND hq_region IN ('Texas', 'Oklahoma') "
            "GROUP BY hq_region"),
           ("which Texas city has the most companies?",
            "SELECT hq_city FROM companies WHERE hq_region = 'Texas' GROUP BY hq_city ORDER BY COUNT(*) DESC LIMIT 1"),
           ("what share of the Texas companies is that?", HOU, pair(HOU)),
           ("what's the office vacancy rate in Houston?", D))

# ---------------------------------------------------------------------------------- 12 52-week range
FAR = f"SELECT c.symbol {J} WHERE f.high_52w > 0 ORDER BY f.price / f.high_52w LIMIT 1"
C12 = conv("d21-52w",
           ("Which five stocks are trading closest to their 52-week high?",
            f"SELECT c.name {J} WHERE f.high_52w > 0 ORDER BY f.price / f.high_52w DESC LIMIT 5"),
           ("and which one is furthest below it?",
            f"SELECT c.name {J} WHERE f.high_52w > 0 ORDER BY f.price / f.high_52w LIMIT 1"),
           ("what sector is that one in?", f"SELECT sector FROM companies WHERE symbol = ({FAR})"),
           ("how far above its 52-week low is it, in percent?",
            f"SELECT 100.0 * (price - low_52w) / low_52w FROM fundamentals WHERE symbol = ({FAR})"),
           ("what was its closing price yesterday?", D))

# ---------------------------------------------------------------------------------- 13 index decade to decade
JAN = "month IN ('1950-01-01', '1960-01-01', '1970-01-01', '1980-01-01', '1990-01-01', '2000-01-01', '2010-01-01', " \
      "'2020-01-01')"
BEST = (f"SELECT month FROM (SELECT month, LEAD(sp500) OVER (ORDER BY month) / sp500 AS g FROM index_monthly "
        f"WHERE {JAN}) WHERE g IS NOT NULL ORDER BY g DESC LIMIT 1")
C13 = conv("d21-decade-gains",
           ("What was the S&P 500 level in January of each decade year since 1950 — 1950, 1960 and so on?",
            f"SELECT month, sp500 FROM index_monthly WHERE {JAN}"),
           ("which decade had the biggest percentage gain, start to start?", BEST,
            [f"SELECT {DEC} FROM index_monthly WHERE month = ({BEST})",
             f"SELECT {DECS} FROM index_monthly WHERE month = ({BEST})"]),
           ("and what was the average long-term interest rate over that decade?",
            f"SELECT AVG(long_interest_rate) FROM index_monthly WHERE {DEC} = "
            f"(SELECT {DEC} FROM index_monthly WHERE month = ({BEST}))"),
           ("what was the NASDAQ doing over the same decade?", D))

# ---------------------------------------------------------------------------------- 14 EBITDA in health care
HC = "c.sector = 'Health Care'"
HC_SH = f"SELECT 100.0 * SUM(CASE WHEN {HC} THEN f.ebitda END) / SUM(f.ebitda) {J}"
C14 = conv("d21-ebitda",
           ("Which company has the highest EBITDA?", f"SELECT c.name {J} ORDER BY f.ebitda DESC LIMIT 1"),
           ("and the top 5 in health care?", f"SELECT c.name, f.ebitda {J} WHERE {HC} ORDER BY f.ebitda DESC LIMIT 5"),
           ("what's the total EBITDA of the health care sector?", f"SELECT SUM(f.ebitda) {J} WHERE {HC}"),
           ("what share of all EBITDA is that?", HC_SH, pair(HC_SH)),
           ("which health care companies have negative EBITDA?", f"SELECT c.name {J} WHERE {HC} AND f.ebitda < 0"),
           ("what's their net profit margin?", D))

# ---------------------------------------------------------------------------------- 15 staples vs discretionary
CS = "c.sector IN ('Consumer Staples', 'Consumer Discretionary')"
C15 = conv("d21-consumer",
           ("Compare the average dividend yield of consumer staples and consumer discretionary",
            f"SELECT c.sector, AVG(f.dividend_yield) {J} WHERE {CS} GROUP BY c.sector",
            [f"SELECT c.sector, 100 * AVG(f.dividend_yield) {J} WHERE {CS} GROUP BY c.sector"]),
           ("and their average price to book?", f"SELECT c.sector, AVG(f.price_to_book) {J} WHERE {CS} GROUP BY c.sector"),
           ("how many companies are in each?", f"SELECT c.sector, COUNT(*) FROM companies c WHERE {CS} GROUP BY c.sector",
            [f"SELECT c.sector, COUNT(*) {J} WHERE {CS} GROUP BY c.sector"]),
           ("which staples company is the largest by market cap?",
            f"SELECT c.name {J} WHERE c.sector = 'Consumer Staples' ORDER BY f.market_cap DESC LIMIT 1"),
           ("how much of its revenue comes from outside the US?", D))

# ---------------------------------------------------------------------------------- 16 the latest figures
CHG = ("SELECT 100.0 * (b.sp500 - a.sp500) / a.sp500 FROM index_monthly a, index_monthly b "
       "WHERE a.month = '2025-06-01' AND b.month = '2026-06-01'")
C16 = conv("d21-latest",
           ("What's the most recent S&P 500 level in the data?",
            "SELECT sp500 FROM index_monthly WHERE sp500 IS NOT NULL ORDER BY month DESC LIMIT 1"),
           ("when was that?", "SELECT MAX(month) FROM index_monthly WHERE sp500 IS NOT NULL",
            ["SELECT strftime('%Y-%m', MAX(month)) FROM index_monthly WHERE sp500 IS NOT NULL"]),
           ("and what was it a year before that?", "SELECT sp500 FROM index_monthly WHERE month = '2025-06-01'"),
           ("so what's the percentage change over that year?", CHG, pair(CHG)),
           ("what's the latest CAPE reading we have?",
            "SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1"),
           ("where will the index be at the end of next year?", D))

# ---------------------------------------------------------------------------------- 17 founding decades
F20 = "founded BETWEEN 1900 AND 1999"
C17 = conv("d21-founded",
           ("How many of the companies were founded in each decade of the 20th century?",
            f"SELECT founded / 10 * 10 AS decade, COUNT(*) FROM companies WHERE {F20} GROUP BY decade",
            [f"SELECT (founded / 10 * 10) || 's' AS decade, COUNT(*) FROM companies WHERE {F20} GROUP BY decade"]),
           ("which decade had the most?",
            f"SELECT founded / 10 * 10 AS decade FROM companies WHERE {F20} GROUP BY decade ORDER BY COUNT(*) DESC LIMIT 1",
            [f"SELECT (founded / 10 * 10) || 's' AS decade FROM companies WHERE {F20} GROUP BY decade "
             "ORDER BY COUNT(*) DESC LIMIT 1"]),
           ("now only tech",
            f"SELECT founded / 10 * 10 AS decade FROM companies WHERE {F20} AND sector = {IT} GROUP BY decade "
            "ORDER BY COUNT(*) DESC LIMIT 1",
            [f"SELECT founded / 10 * 10 AS decade, COUNT(*) FROM companies WHERE {F20} AND sector = {IT} "
             "GROUP BY decade"]),
           ("which is the oldest tech company?",
            f"SELECT name FROM companies WHERE sector = {IT} ORDER BY founded LIMIT 1"),
           ("who founded it?", D))

# ---------------------------------------------------------------------------------- 18 Ireland
IE = "hq_region = 'Ireland'"
C18 = conv("d21-ireland",
           ("Which companies are headquartered in Ireland?", f"SELECT name FROM companies WHERE {IE}"),
           ("what sectors are they in?", f"SELECT DISTINCT sector FROM companies WHERE {IE}",
            [f"SELECT sector FROM companies WHERE {IE}"]),
           ("what's their combined market cap?", f"SELECT SUM(f.market_cap) {J} WHERE c.{IE}"),
           ("how much corporate tax do they pay in Ireland?", D),
           ("and which of them joined the S&P 500 most recently?",
            f"SELECT name FROM companies WHERE {IE} ORDER BY date_added DESC LIMIT 1"))

# ---------------------------------------------------------------------------------- 19 share prices
C19 = conv("d21-prices",
           ("What's the highest share price in the index, and whose is it?",
            f"SELECT c.name, f.price {J} ORDER BY f.price DESC LIMIT 1"),
           ("how many stocks trade above $1,000?", "SELECT COUNT(*) FROM fundamentals WHERE price > 1000"),
           ("what's their average P/E?", "SELECT AVG(pe_ratio) FROM fundamentals WHERE price > 1000"),
           ("has the priciest one ever done a stock split?", D))

# ---------------------------------------------------------------------------------- 20 index earnings in the crisis
C20 = conv("d21-earnings-2008",
           ("Show S&P 500 earnings per share month by month for 2008",
            "SELECT month, earnings FROM index_monthly WHERE month LIKE '2008%'"),
           ("what was the lowest?", "SELECT MIN(earnings) FROM index_monthly WHERE month LIKE '2008%'"),
           ("when was that?", "SELECT month FROM index_monthly WHERE month LIKE '2008%' ORDER BY earnings LIMIT 1",
            ["SELECT strftime('%Y-%m', month) FROM index_monthly WHERE month LIKE '2008%' ORDER BY earnings LIMIT 1"]),
           ("and the average for 2009?", "SELECT AVG(earnings) FROM index_monthly WHERE month LIKE '2009%'"),
           ("what were real earnings in December 2009?",
            "SELECT real_earnings FROM index_monthly WHERE month = '2009-12-01'"))

# ---------------------------------------------------------------------------------- 21 CAPE above 30
FIRST30 = "SELECT MIN(month) FROM index_monthly WHERE pe10 > 30"
C21 = conv("d21-cape30",
           ("In how many months was the CAPE above 30?", "SELECT COUNT(*) FROM index_monthly WHERE pe10 > 30"),
           ("by decade instead",
            f"SELECT {DEC} AS decade, COUNT(*) FROM index_monthly WHERE pe10 > 30 GROUP BY decade",
            [f"SELECT {DECS} AS decade, COUNT(*) FROM index_monthly WHERE pe10 > 30 GROUP BY decade"]),
           ("when was the first time?", FIRST30, [f"SELECT strftime('%Y-%m', ({FIRST30}))"]),
           ("what was the S&P 500 level in that month?", f"SELECT sp500 FROM index_monthly WHERE month = ({FIRST30})"),
           ("what's the CAPE of the Euro Stoxx 50 right now?", D))

# ---------------------------------------------------------------------------------- 22 Apple vs Microsoft
C22 = conv("d21-aapl-msft",
           ("What's the trading volume of Apple shares?", D),
           ("What's Apple's market cap?", "SELECT market_cap FROM fundamentals WHERE symbol = 'AAPL'"),
           ("and Microsoft's?", "SELECT market_cap FROM fundamentals WHERE symbol = 'MSFT'"),
           ("which of the two has the higher P/E?",
            f"SELECT c.name {J} WHERE c.symbol IN ('AAPL', 'MSFT') ORDER BY f.pe_ratio DESC LIMIT 1"),
           ("what was the S&P 500's close on 16 March 2020?", D))

SETS = {"sp500insight": [C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19,
                         C20, C21, C22]}
