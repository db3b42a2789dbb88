"""Held-out conversations over the shipped `sp500insight` demo database (companies, fundamentals,
index_monthly), written as two askers would type them, before the engine was run on them: an MBA
student checking claims for homework (ids `mba-*`) and a compliance officer building exact lists
(ids `comp-*`). Each turn: question, reference SQL (SQLite), optional `accept` (other SQL that also
answers), or None when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
LCF = "FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol"
IT = "c.sector = 'Information Technology'"
NONUS = "('Ireland', 'United Kingdom', 'Switzerland', 'Netherlands', 'Bermuda', 'Canada', 'Bristol, United Kingdom')"


def median(expr: str, frm: str, where: str) -> str:
    """The median of expr over the rows of `frm WHERE where` where expr is known (mean of the two
    middle values for an even count)."""
    w = f"{frm} WHERE ({where}) AND {expr} IS NOT NULL" if where else f"{frm} WHERE {expr} IS NOT NULL"
    return (f"SELECT AVG(v) FROM (SELECT {expr} AS v {w} ORDER BY v "
            f"LIMIT 2 - (SELECT COUNT(*) {w}) % 2 OFFSET ((SELECT COUNT(*) {w}) - 1) / 2)")


def pct(num: str, den: str, frm: str, where: str = "") -> tuple[str, str]:
    """A share as a percentage and as a fraction."""
    w = f" WHERE {where}" if where else ""
    return (f"SELECT 100.0 * SUM({num}) / SUM({den}) {frm}{w}", f"SELECT 1.0 * SUM({num}) / SUM({den}) {frm}{w}")


# ------------------------------------------------------------------------------------------ MBA student
TOP10 = "SELECT market_cap FROM fundamentals{w} ORDER BY market_cap DESC LIMIT 10"


def top10_share(excl: str, scale: str) -> str:
    w = f" WHERE symbol NOT IN ({excl})" if excl else ""
    return (f"SELECT {scale} * (SELECT SUM(market_cap) FROM ({TOP10.format(w=w)})) / "
            f"(SELECT SUM(market_cap) FROM fundamentals{w})")


def yield_sectors(agg: str) -> str:
    return f"SELECT c.sector {CF} GROUP BY c.sector HAVING {agg} > 0.02"


AVG_DY = "AVG(f.dividend_yield)"
AVG_DY0 = "AVG(COALESCE(f.dividend_yield, 0))"
SECTOR_MED = ("WITH r AS (SELECT c.sector, f.pe_ratio AS v, ROW_NUMBER() OVER (PARTITION BY c.sector ORDER BY f.pe_ratio) "
              f"AS rn, COUNT(*) OVER (PARTITION BY c.sector) AS n {CF} WHERE f.pe_ratio IS NOT NULL), "
              "m AS (SELECT sector, AVG(v) AS med FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY sector) ")
LATEST_PE10 = "(SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1)"
M = "FROM index_monthly a, index_monthly b WHERE a.month = '2010-01-01' AND b.month = '2019-12-01'"
NEAR_HIGH = "f.price >= 0.95 * f.high_52w"
TOP_NEAR = f"(SELECT c.sector {CF} WHERE {NEAR_HIGH} GROUP BY c.sector ORDER BY COUNT(*) DESC LIMIT 1)"
FAR = "f.price < 0.7 * f.high_52w"
AAPL_PE = "(SELECT pe_ratio FROM fundamentals WHERE symbol = 'AAPL')"
MAG7 = "'AAPL', 'MSFT', 'GOOGL', 'GOOG', 'AMZN', 'NVDA', 'META', 'TSLA'"
MAG7_A = "'AAPL', 'MSFT', 'GOOGL', 'AMZN', 'NVDA', 'META', 'TSLA'"
TOP5_EBITDA = "SELECT c.name, f.market_cap, f.ebitda " + CF + " ORDER BY f.ebitda DESC LIMIT 5"
LATEST_E = "SELECT month, earnings, sp500, long_interest_rate FROM index_monthly WHERE earnings IS NOT NULL ORDER BY month DESC LIMIT 1"

MBA = [
    conv("mba-1",
         ("Is the average P/E of tech companies above 30?",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE {IT}",
          [f"SELECT AVG(f.pe_ratio) > 30 {CF} WHERE {IT}"]),
         ("and without Palantir and Palo Alto Networks? those two look like outliers",
          f"SELECT AVG(f.pe_ratio) {CF} WHERE {IT} AND c.symbol NOT IN ('PLTR', 'PANW')"),
         ("what about the median?",
          median("f.pe_ratio", CF, IT),
          [median("f.pe_ratio", CF, f"{IT} AND c.symbol NOT IN ('PLTR', 'PANW')")]),
         ("how many tech companies have a P/E above 30?",
          f"SELECT COUNT(*) {CF} WHERE {IT} AND f.pe_ratio > 30"),
         ("what share of tech companies is that?",
          pct("f.pe_ratio > 30", "f.pe_ratio IS NOT NULL", CF, IT)[0],
          [*pct("f.pe_ratio > 30", "f.pe_ratio IS NOT NULL", CF, IT)[1:],
           *pct("f.pe_ratio > 30", "1", CF, IT), *pct("COALESCE(f.pe_ratio > 30, 0)", "1", LCF, IT)])),
    conv("mba-2",
         ("What share of the index's total market cap sits in the 10 largest companies?",
          top10_share("", "100.0"), [top10_share("", "1.0")]),
         ("which companies are those?",        # any order: the list, not the ranking, is asked
          f"SELECT name FROM (SELECT c.name {CF} ORDER BY f.market_cap DESC LIMIT 10) t",
          [f"SELECT symbol FROM (SELECT c.symbol {CF} ORDER BY f.market_cap DESC LIMIT 10) t"]),
         ("Alphabet is in there twice because of its two share classes. Drop the Class C line and give me the "
          "share again", top10_share("'GOOG'", "100.0"), [top10_share("'GOOG'", "1.0")]),
         ("and without Apple as well?",
          top10_share("'GOOG', 'AAPL'", "100.0"), [top10_share("'GOOG', 'AAPL'", "1.0")]),
         ("What is the whole index worth in total, in trillions of dollars?",
          "SELECT SUM(market_cap) / 1e12 FROM fundamentals", ["SELECT SUM(market_cap) FROM fundamentals"])),
    conv("mba-3",
         ("How many sectors have an average dividend yield over 2 %?",
          f"SELECT COUNT(*) FROM ({yield_sectors(AVG_DY)})", [f"SELECT COUNT(*) FROM ({yield_sectors(AVG_DY0)})"]),
         ("which ones?", yield_sectors(AVG_DY), [yield_sectors(AVG_DY0)]),
         ("which of those has the highest average yield?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY {AVG_DY} DESC LIMIT 1"),
         ("how many companies in that sector pay no dividend?",
          f"SELECT COUNT(*) {CF} WHERE c.sector = 'Real Estate' AND f.dividend_yield IS NULL",
          [f"SELECT COUNT(*) {LCF} WHERE c.sector = 'Real Estate' AND f.dividend_yield IS NULL"]),
         ("how fast have dividends in that sector grown over the last five years?", D)),
    conv("mba-4",
         ("Average P/E per sector", f"SELECT c.sector, AVG(f.pe_ratio) {CF} GROUP BY c.sector"),
         ("and for the whole index?", "SELECT AVG(pe_ratio) FROM fundamentals"),
         ("how many sectors are above that?",
          f"SELECT COUNT(*) FROM (SELECT c.sector {CF} GROUP BY c.sector "
          "HAVING AVG(f.pe_ratio) > (SELECT AVG(pe_ratio) FROM fundamentals))"),
         ("My professor says Utilities is the cheapest sector on P/E. Which sector actually has the lowest average P/E?",
          f"SELECT c.sector {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) LIMIT 1"),
         ("and going by the median P/E instead?",
          SECTOR_MED + "SELECT sector FROM m ORDER BY med LIMIT 1")),
    conv("mba-5",
         ("What's the most recent CAPE (PE10) in the data, and for which month?",
          "SELECT month, pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("what's its long-run average?", "SELECT AVG(pe10) FROM index_monthly"),
         ("in which months was it ever higher than that latest reading?",
          f"SELECT month FROM index_monthly WHERE pe10 > {LATEST_PE10}"),
         ("what was the average 10-year interest rate in the 1990s?",
          "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month BETWEEN '1990-01-01' AND '1999-12-31'"),
         ("What forward P/E are analysts expecting for next year?", D)),
    conv("mba-6",
         ("How much did the S&P 500 gain from January 2010 to December 2019, in percent?",
          f"SELECT 100.0 * (b.sp500 / a.sp500 - 1) {M}", [f"SELECT b.sp500 / a.sp500 - 1 {M}"]),
         ("and after inflation?",
          f"SELECT 100.0 * (b.real_price / a.real_price - 1) {M}",
          [f"SELECT b.real_price / a.real_price - 1 {M}",
           f"SELECT 100.0 * ((b.sp500 / b.cpi) / (a.sp500 / a.cpi) - 1) {M}"]),
         ("which calendar year in that decade had the biggest gain, January to December?",
          "SELECT strftime('%Y', a.month) AS yr FROM index_monthly a JOIN index_monthly b "
          "ON b.month = strftime('%Y', a.month) || '-12-01' WHERE a.month LIKE '201_-01-01' "
          "ORDER BY b.sp500 / a.sp500 DESC LIMIT 1"),
         ("what was cumulative inflation over the whole decade?",
          f"SELECT 100.0 * (b.cpi / a.cpi - 1) {M}", [f"SELECT b.cpi / a.cpi - 1 {M}"]),
         ("and how did the Nasdaq do over the same years?", D)),
    conv("mba-7",
         ("How many companies trade within 5 % of their 52-week high?", f"SELECT COUNT(*) {CF} WHERE {NEAR_HIGH}"),
         ("which sector has the most of them?", TOP_NEAR[1:-1]),
         ("what share of that sector's companies is that?",
          pct(NEAR_HIGH, "f.price IS NOT NULL", CF, f"c.sector = {TOP_NEAR}")[0],
          [*pct(NEAR_HIGH, "f.price IS NOT NULL", CF, f"c.sector = {TOP_NEAR}")[1:],
           *pct(f"COALESCE({NEAR_HIGH}, 0)", "1", LCF, f"c.sector = {TOP_NEAR}")]),
         ("how many are more than 30 % below their 52-week high?", f"SELECT COUNT(*) {CF} WHERE {FAR}"),
         ("which of those is furthest below its high?",
          f"SELECT c.name {CF} WHERE {FAR} ORDER BY f.price / f.high_52w LIMIT 1")),
    conv("mba-8",
         ("Is it true that more than half of the index companies were founded before 1950?",
          "SELECT 100.0 * SUM(founded < 1950) / COUNT(*) FROM companies",
          ["SELECT 1.0 * SUM(founded < 1950) / COUNT(*) FROM companies",
           "SELECT SUM(founded < 1950) > COUNT(*) / 2.0 FROM companies"]),
         ("what about among companies added since 2015?",
          "SELECT 100.0 * SUM(founded < 1950) / COUNT(*) FROM companies WHERE date_added >= '2015-01-01'",
          ["SELECT 1.0 * SUM(founded < 1950) / COUNT(*) FROM companies WHERE date_added >= '2015-01-01'",
           "SELECT SUM(founded < 1950) > COUNT(*) / 2.0 FROM companies WHERE date_added >= '2015-01-01'"]),
         ("what's the median founding year across the whole index?", median("founded", "FROM companies", "")),
         ("which company is the oldest?", "SELECT name FROM companies ORDER BY founded LIMIT 1"),
         ("how many years after its founding did it join the index?",
          "SELECT CAST(strftime('%Y', date_added) AS INTEGER) - founded FROM companies ORDER BY founded LIMIT 1")),
    conv("mba-9",
         ("P/E should be price divided by EPS. For how many companies is the P/E column off from price / EPS "
          "by more than 1 %?",
          "SELECT COUNT(*) FROM fundamentals WHERE ABS(pe_ratio - price / eps) > 0.01 * ABS(pe_ratio)"),
         ("how many companies have negative EPS?", "SELECT COUNT(*) FROM fundamentals WHERE eps < 0"),
         ("and how many of those show a P/E?",
          "SELECT COUNT(*) FROM fundamentals WHERE eps < 0 AND pe_ratio IS NOT NULL"),
         ("so the average P/E leaves the loss-makers out. What is the average of price / EPS if you include them?",
          "SELECT AVG(price / eps) FROM fundamentals WHERE eps <> 0")),
    conv("mba-10",
         ("How many companies have a negative price-to-book ratio?",
          "SELECT COUNT(*) FROM fundamentals WHERE price_to_book < 0"),
         ("which sectors are they in? give me counts",
          f"SELECT c.sector, COUNT(*) {CF} WHERE f.price_to_book < 0 GROUP BY c.sector"),
         ("what's the median price-to-book of all the others?",
          median("price_to_book", "FROM fundamentals", "price_to_book >= 0")),
         ("what's the debt-to-equity ratio of the negative ones?", D)),
    conv("mba-11",
         ("What's Apple's P/E?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'AAPL'"),
         ("how many tech companies have a higher one?",
          f"SELECT COUNT(*) {CF} WHERE {IT} AND f.pe_ratio > {AAPL_PE}"),
         ("What's Apple's weight in the index by market cap?",
          "SELECT 100.0 * SUM(CASE WHEN symbol = 'AAPL' THEN market_cap END) / SUM(market_cap) FROM fundamentals",
          ["SELECT 1.0 * SUM(CASE WHEN symbol = 'AAPL' THEN market_cap END) / SUM(market_cap) FROM fundamentals"]),
         ("and the combined weight of the Magnificent Seven?",
          f"SELECT 100.0 * SUM(CASE WHEN symbol IN ({MAG7}) THEN market_cap END) / SUM(market_cap) FROM fundamentals",
          [f"SELECT 1.0 * SUM(CASE WHEN symbol IN ({MAG7}) THEN market_cap END) / SUM(market_cap) FROM fundamentals",
           f"SELECT 100.0 * SUM(CASE WHEN symbol IN ({MAG7_A}) THEN market_cap END) / SUM(market_cap) "
           "FROM fundamentals",
           f"SELECT 1.0 * SUM(CASE WHEN symbol IN ({MAG7_A}) THEN market_cap END) / SUM(market_cap) "
           "FROM fundamentals"]),
         ("What was Apple's share price five years ago?", D)),
    conv("mba-12",
         ("What's the average dividend yield across the index?",
          "SELECT AVG(dividend_yield) FROM fundamentals",
          ["SELECT 100.0 * AVG(dividend_yield) FROM fundamentals",
           "SELECT AVG(COALESCE(dividend_yield, 0)) FROM fundamentals",
           "SELECT 100.0 * AVG(COALESCE(dividend_yield, 0)) FROM fundamentals"]),
         ("and weighted by market cap?",
          "SELECT SUM(dividend_yield * market_cap) / SUM(market_cap) FROM fundamentals "
          "WHERE dividend_yield IS NOT NULL AND market_cap IS NOT NULL",
          ["SELECT 100.0 * SUM(dividend_yield * market_cap) / SUM(market_cap) FROM fundamentals "
           "WHERE dividend_yield IS NOT NULL AND market_cap IS NOT NULL",
           "SELECT SUM(COALESCE(dividend_yield, 0) * market_cap) / SUM(market_cap) FROM fundamentals",
           "SELECT 100.0 * SUM(COALESCE(dividend_yield, 0) * market_cap) / SUM(market_cap) FROM fundamentals"]),
         ("How many companies yield more than 5 %?", "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield > 0.05"),
         ("list them with their sector", f"SELECT c.name, c.sector {CF} WHERE f.dividend_yield > 0.05"),
         ("which of them are outside Real Estate and Utilities?",
          f"SELECT c.name {CF} WHERE f.dividend_yield > 0.05 AND c.sector NOT IN ('Real Estate', 'Utilities')"),
         ("when are their next ex-dividend dates?", D)),
    conv("mba-13",
         ("Which 5 companies have the highest EBITDA?", f"SELECT name FROM ({TOP5_EBITDA}) t"),
         ("what's the market cap to EBITDA multiple of each?",
          f"SELECT name, 1.0 * market_cap / ebitda FROM ({TOP5_EBITDA}) t"),
         ("what's the median market-cap-to-EBITDA across the whole index?",
          median("1.0 * market_cap / ebitda", "FROM fundamentals", "ebitda > 0"),
          [median("1.0 * market_cap / ebitda", "FROM fundamentals", "")]),
         ("and what's the EV/EBITDA of those five?", D)),
    conv("mba-14",
         ("For the latest month that has index earnings, what was the earnings yield (earnings / price) in percent?",
          "SELECT 100.0 * earnings / sp500 FROM index_monthly WHERE earnings IS NOT NULL ORDER BY month DESC LIMIT 1",
          ["SELECT earnings / sp500 FROM index_monthly WHERE earnings IS NOT NULL ORDER BY month DESC LIMIT 1"]),
         ("and the 10-year rate that month?",
          "SELECT long_interest_rate FROM index_monthly WHERE earnings IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("in how many months since 2000 was the earnings yield below the 10-year rate?",
          "SELECT COUNT(*) FROM index_monthly WHERE month >= '2000-01-01' AND earnings IS NOT NULL "
          "AND long_interest_rate IS NOT NULL AND 100.0 * earnings / sp500 < long_interest_rate"),
         ("what was the Fed funds rate in that latest month?", D)),
]

# ------------------------------------------------------------------------------------------ compliance officer
NOT_FIN_RE = "sector NOT IN ('Financials', 'Real Estate')"
BANKS = "sub_industry IN ('Diversified Banks', 'Regional Banks')"
SCREEN = "(f.pe_ratio > 100 OR f.eps < 0)"
BEFORE_FOUNDED = "CAST(strftime('%Y', date_added) AS INTEGER) < founded"
UK = "CASE WHEN hq_region = 'Bristol, United Kingdom' THEN 'United Kingdom' ELSE hq_region END"
DUP = "cik IN (SELECT cik FROM companies GROUP BY cik HAVING COUNT(*) > 1)"
NOFUND = "symbol NOT IN (SELECT symbol FROM fundamentals)"
HC_REST = "sector = 'Health Care' AND sub_industry NOT IN ('Pharmaceuticals', 'Biotechnology')"
SMALL = "f.market_cap < 10000000000"

COMPLIANCE = [
    conv("comp-1",
         ("How many companies are not in Financials or Real Estate?",
          f"SELECT COUNT(*) FROM companies WHERE {NOT_FIN_RE}"),
         ("of those, which are headquartered outside the US?",
          f"SELECT name FROM companies WHERE {NOT_FIN_RE} AND hq_region IN {NONUS}",
          [f"SELECT symbol FROM companies WHERE {NOT_FIN_RE} AND hq_region IN {NONUS}"]),
         ("how many is that?", f"SELECT COUNT(*) FROM companies WHERE {NOT_FIN_RE} AND hq_region IN {NONUS}"),
         ("any of them without fundamentals?",
          f"SELECT name FROM companies WHERE {NOT_FIN_RE} AND hq_region IN {NONUS} AND {NOFUND}",
          [f"SELECT symbol FROM companies WHERE {NOT_FIN_RE} AND hq_region IN {NONUS} AND {NOFUND}"])),
    conv("comp-2",
         ("How many companies are headquartered outside California and New York?",
          "SELECT COUNT(*) FROM companies WHERE hq_region NOT IN ('California', 'New York')",
          ["SELECT COUNT(*) FROM companies WHERE hq_region IS NULL OR hq_region NOT IN ('California', 'New York')"]),
         ("how many of those are in Texas?", "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("list the Texas ones that are not in Houston or Dallas",
          "SELECT name FROM companies WHERE hq_region = 'Texas' AND hq_city NOT IN ('Houston', 'Dallas')",
          ["SELECT symbol FROM companies WHERE hq_region = 'Texas' AND hq_city NOT IN ('Houston', 'Dallas')"]),
         ("which Texas city has the most headquarters after Houston and Dallas?",
          "SELECT hq_city FROM companies WHERE hq_region = 'Texas' AND hq_city NOT IN ('Houston', 'Dallas') "
          "GROUP BY hq_city ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many people do the Texas companies employ in total?", D)),
    conv("comp-3",
         ("List companies added to the index after 2015 but founded before 1950",
          "SELECT name FROM companies WHERE date_added >= '2016-01-01' AND founded < 1950",
          ["SELECT symbol FROM companies WHERE date_added >= '2016-01-01' AND founded < 1950"]),
         ("how many?", "SELECT COUNT(*) FROM companies WHERE date_added >= '2016-01-01' AND founded < 1950"),
         ("which of them are Industrials?",
          "SELECT name FROM companies WHERE date_added >= '2016-01-01' AND founded < 1950 AND sector = 'Industrials'"),
         ("which of those was founded earliest?",
          "SELECT name FROM companies WHERE date_added >= '2016-01-01' AND founded < 1950 AND sector = 'Industrials' "
          "ORDER BY founded LIMIT 1",
          ["SELECT name FROM companies WHERE date_added >= '2016-01-01' AND founded < 1950 ORDER BY founded LIMIT 1"]),
         ("which companies did they replace in the index?", D)),
    conv("comp-4",
         ("Does any company appear more than once in the constituents, for example with several share classes?",
          f"SELECT symbol FROM companies WHERE {DUP}",
          [f"SELECT name FROM companies WHERE {DUP}", "SELECT cik FROM companies GROUP BY cik HAVING COUNT(*) > 1"]),
         ("so how many distinct companies does the index hold?", "SELECT COUNT(DISTINCT cik) FROM companies"),
         ("show the market cap of each of those share-class lines",
          f"SELECT c.symbol, f.market_cap {LCF} WHERE c.{DUP}"),
         ("who are the largest shareholders of those three companies?", D)),
    conv("comp-5",
         ("Which constituents have no fundamentals?", f"SELECT symbol FROM companies WHERE {NOFUND}",
          [f"SELECT name FROM companies WHERE {NOFUND}"]),
         ("how many?", f"SELECT COUNT(*) FROM companies WHERE {NOFUND}"),
         ("how many of them were added in 2025 or later?",
          f"SELECT COUNT(*) FROM companies WHERE {NOFUND} AND date_added >= '2025-01-01'"),
         ("and which were added before 2000?",
          f"SELECT name FROM companies WHERE {NOFUND} AND date_added < '2000-01-01'",
          [f"SELECT symbol FROM companies WHERE {NOFUND} AND date_added < '2000-01-01'"]),
         ("Also: which companies do have a fundamentals row but no market cap?",
          f"SELECT c.name {CF} WHERE f.market_cap IS NULL", ["SELECT symbol FROM fundamentals WHERE market_cap IS NULL"])),
    conv("comp-6",
         ("Which companies have no headquarters state or country recorded?",
          "SELECT name FROM companies WHERE hq_region IS NULL",
          ["SELECT symbol FROM companies WHERE hq_region IS NULL"]),
         ("any HQ entries with footnote marks or two locations in them?",
          "SELECT name, hq_region FROM companies WHERE hq_region LIKE '%[%' OR hq_region LIKE '%;%'",
          ["SELECT name, hq_region FROM companies WHERE hq_region LIKE '%[%' OR hq_region LIKE '%;%' "
           "OR hq_region LIKE '%,%'"]),
         ("how many companies are headquartered in Virginia, counting the footnoted entry too?",
          "SELECT COUNT(*) FROM companies WHERE hq_region LIKE 'Virginia%'"),
         ("who is the compliance contact at each of them?", D)),
    conv("comp-7",
         ("List the companies whose sub-industry is Diversified Banks or Regional Banks",
          f"SELECT name FROM companies WHERE {BANKS}", [f"SELECT symbol FROM companies WHERE {BANKS}"]),
         ("exclude those headquartered in New York",
          f"SELECT name FROM companies WHERE {BANKS} AND hq_region <> 'New York'",
          [f"SELECT symbol FROM companies WHERE {BANKS} AND hq_region <> 'New York'"]),
         ("how many per state?",
          f"SELECT hq_region, COUNT(*) FROM companies WHERE {BANKS} AND hq_region <> 'New York' GROUP BY hq_region"),
         ("which of these have a dividend yield above 3 %?",
          f"SELECT c.name {CF} WHERE c.{BANKS} AND c.hq_region <> 'New York' AND f.dividend_yield > 0.03"),
         ("what are their Tier 1 capital ratios?", D)),
    conv("comp-8",
         ("How many companies were added to the index in 2020?",
          "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2020%'"),
         ("list them with the date added", "SELECT name, date_added FROM companies WHERE date_added LIKE '2020%'"),
         ("which of them are not in Information Technology?",
          "SELECT name FROM companies WHERE date_added LIKE '2020%' AND sector <> 'Information Technology'"),
         ("how many companies were removed from the index in 2020?", D)),
    conv("comp-9",
         ("Companies with a P/E above 100 or negative EPS", f"SELECT c.name {CF} WHERE {SCREEN}",
          [f"SELECT c.symbol {CF} WHERE {SCREEN}"]),
         ("how many is that?", f"SELECT COUNT(*) {CF} WHERE {SCREEN}"),
         ("drop the Health Care ones", f"SELECT c.name {CF} WHERE {SCREEN} AND c.sector <> 'Health Care'",
          [f"SELECT c.symbol {CF} WHERE {SCREEN} AND c.sector <> 'Health Care'"]),
         ("break that down by sector",
          f"SELECT c.sector, COUNT(*) {CF} WHERE {SCREEN} AND c.sector <> 'Health Care' GROUP BY c.sector")),
    conv("comp-10",
         ("Are there companies that were added to the index before the year they were founded?",
          f"SELECT name FROM companies WHERE {BEFORE_FOUNDED}", [f"SELECT symbol FROM companies WHERE {BEFORE_FOUNDED}"]),
         ("how many?", f"SELECT COUNT(*) FROM companies WHERE {BEFORE_FOUNDED}"),
         ("which of those are Financials?",
          f"SELECT name FROM companies WHERE {BEFORE_FOUNDED} AND sector = 'Financials'"),
         ("was that because of mergers or spin-offs?", D)),
    conv("comp-11",
         ("How many companies are headquartered in each country outside the US?",
          f"SELECT {UK} AS country, COUNT(*) FROM companies WHERE hq_region IN {NONUS} GROUP BY country",
          [f"SELECT hq_region, COUNT(*) FROM companies WHERE hq_region IN {NONUS} GROUP BY hq_region"]),
         ("which ones are in Ireland?", "SELECT name FROM companies WHERE hq_region = 'Ireland'",
          ["SELECT symbol FROM companies WHERE hq_region = 'Ireland'"]),
         ("which of those Irish ones were added since 2020?",
          "SELECT name FROM companies WHERE hq_region = 'Ireland' AND date_added >= '2020-01-01'"),
         ("and which of them are legally incorporated in the US?", D)),
    conv("comp-12",
         ("How many sub-industries are there in Health Care?",
          "SELECT COUNT(DISTINCT sub_industry) FROM companies WHERE sector = 'Health Care'"),
         ("list the Health Care companies that are not in Pharmaceuticals or Biotechnology",
          f"SELECT name FROM companies WHERE {HC_REST}", [f"SELECT symbol FROM companies WHERE {HC_REST}"]),
         ("which of those was added to the index most recently?",
          f"SELECT name FROM companies WHERE {HC_REST} ORDER BY date_added DESC LIMIT 1"),
         ("how many of them have a P/E over 40?",
          f"SELECT COUNT(*) {CF} WHERE c.{HC_REST} AND f.pe_ratio > 40")),
    conv("comp-13",
         ("List companies headquartered in New York City, with their sector",
          "SELECT name, sector FROM companies WHERE hq_city = 'New York City'"),
         ("how many of them are not Financials?",
          "SELECT COUNT(*) FROM companies WHERE hq_city = 'New York City' AND sector <> 'Financials'"),
         ("how many of the New York City ones have no P/E?",
          f"SELECT COUNT(*) {LCF} WHERE c.hq_city = 'New York City' AND f.pe_ratio IS NULL",
          [f"SELECT COUNT(*) {CF} WHERE c.hq_city = 'New York City' AND f.pe_ratio IS NULL"]),
         ("what do they pay in office rent?", D)),
    conv("comp-14",
         ("Which companies have a market cap below 10 billion dollars?", f"SELECT c.name {CF} WHERE {SMALL}",
          [f"SELECT c.symbol {CF} WHERE {SMALL}"]),
         ("how many are there?", f"SELECT COUNT(*) {CF} WHERE {SMALL}"),
         ("which of them were added before 2000?",
          f"SELECT c.name {CF} WHERE {SMALL} AND c.date_added < '2000-01-01'"),
         ("when is the next index rebalance?", D)),
]

SETS = {"sp500insight": MBA + COMPLIANCE}
