"""Held-out conversations over the shipped `sp500insight` demo database, written as two askers would
type them, before the engine was run on them: a secondary-school economics teacher (long-run index
history, real vs nominal, inflation, eras) and a product manager demoing the tool (chains of rounds
that lean on the previous answer). Each turn: question, reference SQL (SQLite), optional `accept`
(other SQL that also answers honestly), or `decline: True` when the data does not hold the answer.

Reference SQL selects only what the question asks for (the scorer allows extra columns, so a
reference with fewer columns is the generous one)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

IM = "index_monthly"
FJ = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"


def at(col: str, month: str) -> str:
    return f"(SELECT {col} FROM index_monthly WHERE month = '{month}')"


# ---------------------------------------------------------------- yearly changes of the index level
# Three honest readings of "fell by more than 20 % in a year": December to December (the reference),
# January to December of the same year, January to the next January.
Y_DEC = ("WITH d AS (SELECT strftime('%Y', month) AS yr, sp500 FROM index_monthly WHERE month LIKE '%-12-01'), "
         "c AS (SELECT yr, 100.0 * (sp500 / LAG(sp500) OVER (ORDER BY yr) - 1) AS ch FROM d) ")
Y_JD = ("WITH c AS (SELECT strftime('%Y', month) AS yr, 100.0 * (MAX(CASE WHEN month LIKE '%-12-01' THEN sp500 END) "
        "/ MAX(CASE WHEN month LIKE '%-01-01' THEN sp500 END) - 1) AS ch FROM index_monthly GROUP BY yr) ")
Y_JJ = ("WITH d AS (SELECT strftime('%Y', month) AS yr, sp500 FROM index_monthly WHERE month LIKE '%-01-01'), "
        "c AS (SELECT yr, 100.0 * (LEAD(sp500) OVER (ORDER BY yr) / sp500 - 1) AS ch FROM d) ")
Y_ALL = (Y_DEC, Y_JD, Y_JJ)

# Yearly inflation: December to December CPI (reference) or annual average CPI (accepted).
I_DEC = ("WITH d AS (SELECT strftime('%Y', month) AS yr, cpi FROM index_monthly WHERE month LIKE '%-12-01' "
         "AND cpi IS NOT NULL), c AS (SELECT yr, 100.0 * (cpi / LAG(cpi) OVER (ORDER BY yr) - 1) AS inf FROM d) ")
I_AVG = ("WITH d AS (SELECT strftime('%Y', month) AS yr, AVG(cpi) AS cpi FROM index_monthly WHERE cpi IS NOT NULL "
         "GROUP BY yr HAVING COUNT(*) = 12), "
         "c AS (SELECT yr, 100.0 * (cpi / LAG(cpi) OVER (ORDER BY yr) - 1) AS inf FROM d) ")

# Growth over each decade, from the January that starts it to the January that starts the next.
DEC_GROWTH = ("WITH d AS (SELECT month, sp500, real_price FROM index_monthly WHERE month LIKE '%0-01-01' "
              "AND month >= '1900-01-01'), g AS (SELECT month, 100.0 * (LEAD(sp500) OVER (ORDER BY month) / sp500 - 1) AS nom, "
              "100.0 * (LEAD(real_price) OVER (ORDER BY month) / real_price - 1) AS rl FROM d) ")

TEACHER = [
    conv("teach-1",
         ("What was the S&P 500 in January 1950 and in January 2020?",
          "SELECT month, sp500 FROM index_monthly WHERE month IN ('1950-01-01', '2020-01-01')"),
         ("So how many times higher was it in 2020?",
          f"SELECT {at('sp500', '2020-01-01')} / {at('sp500', '1950-01-01')}",
          [f"SELECT 100.0 * ({at('sp500', '2020-01-01')} / {at('sp500', '1950-01-01')} - 1)"]),
         ("And if you take inflation out of it?",
          f"SELECT {at('real_price', '2020-01-01')} / {at('real_price', '1950-01-01')}",
          [f"SELECT 100.0 * ({at('real_price', '2020-01-01')} / {at('real_price', '1950-01-01')} - 1)"]),
         ("How much did prices in the shops go up over those 70 years?",
          f"SELECT 100.0 * ({at('cpi', '2020-01-01')} / {at('cpi', '1950-01-01')} - 1)",
          [f"SELECT {at('cpi', '2020-01-01')} / {at('cpi', '1950-01-01')}"]),
         ("What was the Dow Jones at those two dates?", D)),
    conv("teach-2",
         ("How many times did the stock market fall by more than 20% in a single year?",
          Y_DEC + "SELECT COUNT(*) FROM c WHERE ch < -20",
          [y + "SELECT COUNT(*) FROM c WHERE ch < -20" for y in Y_ALL[1:]]),
         ("Which years were those?",
          Y_DEC + "SELECT yr FROM c WHERE ch < -20",
          [y + "SELECT yr FROM c WHERE ch < -20" for y in Y_ALL[1:]]),
         ("Which one was the worst, and how big was the fall?",
          Y_DEC + "SELECT yr, ch FROM c WHERE ch IS NOT NULL ORDER BY ch LIMIT 1",
          [y + "SELECT yr, ch FROM c WHERE ch IS NOT NULL ORDER BY ch LIMIT 1" for y in Y_ALL[1:]]
          + [y + "SELECT yr, -ch FROM c WHERE ch IS NOT NULL ORDER BY ch LIMIT 1" for y in Y_ALL]),
         ("What was the unemployment rate in those years?", D)),
    conv("teach-3",
         ("Which year since 1900 had the highest inflation?",
          I_DEC + "SELECT yr FROM c WHERE yr >= '1900' ORDER BY inf DESC LIMIT 1",
          [I_AVG + "SELECT yr FROM c WHERE yr >= '1900' ORDER BY inf DESC LIMIT 1"]),
         ("In how many years since 1900 did prices actually fall?",
          I_DEC + "SELECT COUNT(*) FROM c WHERE yr >= '1900' AND inf < 0",
          [I_AVG + "SELECT COUNT(*) FROM c WHERE yr >= '1900' AND inf < 0"]),
         ("What was the average yearly inflation in the 1970s compared with the 2010s?",
          I_DEC + "SELECT AVG(inf) FROM c WHERE yr BETWEEN '1970' AND '1979' OR yr BETWEEN '2010' AND '2019' "
                  "GROUP BY substr(yr, 1, 3)",
          [I_AVG + "SELECT AVG(inf) FROM c WHERE yr BETWEEN '1970' AND '1979' OR yr BETWEEN '2010' AND '2019' "
                   "GROUP BY substr(yr, 1, 3)",
           I_DEC + "SELECT AVG(CASE WHEN yr BETWEEN '1970' AND '1979' THEN inf END), "
                   "AVG(CASE WHEN yr BETWEEN '2010' AND '2019' THEN inf END) FROM c",
           I_AVG + "SELECT AVG(CASE WHEN yr BETWEEN '1970' AND '1979' THEN inf END), "
                   "AVG(CASE WHEN yr BETWEEN '2010' AND '2019' THEN inf END) FROM c"]),
         ("And what was inflation in Britain in the 1970s?", D)),
    conv("teach-4",
         ("What was the average long-term interest rate in each decade since 1950?",
          "SELECT AVG(long_interest_rate) FROM index_monthly WHERE month >= '1950-01-01' GROUP BY substr(month, 1, 3)"),
         ("Which decade had the highest?",
          "SELECT CAST(substr(month, 1, 3) AS INTEGER) * 10 FROM index_monthly WHERE month >= '1950-01-01' "
          "GROUP BY substr(month, 1, 3) ORDER BY AVG(long_interest_rate) DESC LIMIT 1",
          ["SELECT substr(month, 1, 3) || '0s' FROM index_monthly WHERE month >= '1950-01-01' "
           "GROUP BY substr(month, 1, 3) ORDER BY AVG(long_interest_rate) DESC LIMIT 1"]),
         ("When exactly did the rate peak, and how high was it?",
          "SELECT month, long_interest_rate FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month), long_interest_rate FROM index_monthly "
           "ORDER BY long_interest_rate DESC LIMIT 1"]),
         ("What was the CAPE ratio of the market in that month?",
          "SELECT pe10 FROM index_monthly WHERE month = '1981-09-01'"),
         ("And what were mortgage rates back then?", D)),
    conv("teach-5",
         ("What is the long-run average of the CAPE ratio (PE10)?",
          "SELECT AVG(pe10) FROM index_monthly"),
         ("When was it at its highest?",
          "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly ORDER BY pe10 DESC LIMIT 1"]),
         ("And what's the latest value we have for it?",
          "SELECT pe10 FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY month DESC LIMIT 1"),
         ("Was it ever above 30 before 1990? In which months?",
          "SELECT month FROM index_monthly WHERE pe10 > 30 AND month < '1990-01-01'",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly WHERE pe10 > 30 AND month < '1990-01-01'"]),
         ("What will the CAPE be at the end of next year?", D)),
    conv("teach-6",
         ("When did the market peak in 1929, and at what level?",
          "SELECT month, sp500 FROM index_monthly WHERE month LIKE '1929%' ORDER BY sp500 DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month), sp500 FROM index_monthly WHERE month LIKE '1929%' "
           "ORDER BY sp500 DESC LIMIT 1"]),
         ("What was the lowest point after that, and when was it?",
          "SELECT month, sp500 FROM index_monthly WHERE month > '1929-09-01' ORDER BY sp500 LIMIT 1",
          ["SELECT strftime('%Y-%m', month), sp500 FROM index_monthly WHERE month > '1929-09-01' "
           "ORDER BY sp500 LIMIT 1"]),
         ("When did it finally get back to the 1929 peak?",
          "SELECT MIN(month) FROM index_monthly WHERE month > '1929-09-01' AND sp500 >= 31.3",
          ["SELECT strftime('%Y-%m', MIN(month)) FROM index_monthly WHERE month > '1929-09-01' AND sp500 >= 31.3"]),
         ("And when did it get back there after inflation?",
          "SELECT MIN(month) FROM index_monthly WHERE month > '1929-09-01' AND real_price >= "
          "(SELECT real_price FROM index_monthly WHERE month = '1929-09-01')",
          ["SELECT strftime('%Y-%m', MIN(month)) FROM index_monthly WHERE month > '1929-09-01' AND real_price >= "
           "(SELECT real_price FROM index_monthly WHERE month = '1929-09-01')"])),
    conv("teach-7",
         ("What was the dividend yield of the index in January 1950 and in January 2000?",
          "SELECT month, 100.0 * dividend / sp500 FROM index_monthly WHERE month IN ('1950-01-01', '2000-01-01')",
          ["SELECT month, dividend / sp500 FROM index_monthly WHERE month IN ('1950-01-01', '2000-01-01')"]),
         ("And in the most recent month that has dividend figures?",
          "SELECT month, 100.0 * dividend / sp500 FROM index_monthly WHERE dividend IS NOT NULL "
          "ORDER BY month DESC LIMIT 1",
          ["SELECT month, dividend / sp500 FROM index_monthly WHERE dividend IS NOT NULL ORDER BY month DESC LIMIT 1"]),
         ("When was the dividend yield at its highest ever?",
          "SELECT month FROM index_monthly ORDER BY dividend / sp500 DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly ORDER BY dividend / sp500 DESC LIMIT 1"])),
    conv("teach-8",
         ("Show me the index level at the start of every decade since 1900",
          "SELECT sp500 FROM index_monthly WHERE month LIKE '%0-01-01' AND month >= '1900-01-01'"),
         ("By how many percent did it grow during each of those decades?",
          DEC_GROWTH + "SELECT nom FROM g WHERE nom IS NOT NULL"),
         ("Which decade was the best?",
          DEC_GROWTH + "SELECT CAST(strftime('%Y', month) AS INTEGER) FROM g ORDER BY nom DESC LIMIT 1",
          [DEC_GROWTH + "SELECT month FROM g ORDER BY nom DESC LIMIT 1",
           DEC_GROWTH + "SELECT strftime('%Y', month) || 's' FROM g ORDER BY nom DESC LIMIT 1"]),
         ("And which was best after inflation?",
          DEC_GROWTH + "SELECT CAST(strftime('%Y', month) AS INTEGER) FROM g ORDER BY rl DESC LIMIT 1",
          [DEC_GROWTH + "SELECT month FROM g ORDER BY rl DESC LIMIT 1",
           DEC_GROWTH + "SELECT strftime('%Y', month) || 's' FROM g ORDER BY rl DESC LIMIT 1"])),
    conv("teach-9",
         ("What period does the index data cover?",
          "SELECT MIN(month), MAX(month) FROM index_monthly"),
         ("What's the latest month that has earnings figures?",
          "SELECT MAX(month) FROM index_monthly WHERE earnings IS NOT NULL"),
         ("What were the index's earnings per share then, and its P/E ratio on those earnings?",
          "SELECT earnings, sp500 / earnings FROM index_monthly WHERE month = '2023-06-01'"),
         ("And what did Apple earn per share in that month?", D)),
    conv("teach-10",
         ("Compare the 1970s and the 1990s: by how many percent did the index rise in each?",
          DEC_GROWTH + "SELECT nom FROM g WHERE month IN ('1970-01-01', '1990-01-01')",
          ["SELECT 100.0 * (MAX(CASE WHEN month LIKE '%9-12-01' THEN sp500 END) / "
           "MAX(CASE WHEN month LIKE '%0-01-01' THEN sp500 END) - 1) FROM index_monthly "
           "WHERE month BETWEEN '1970-01-01' AND '1979-12-01' OR month BETWEEN '1990-01-01' AND '1999-12-01' "
           "GROUP BY substr(month, 1, 3)"]),
         ("And after inflation?",
          DEC_GROWTH + "SELECT rl FROM g WHERE month IN ('1970-01-01', '1990-01-01')",
          ["SELECT 100.0 * (MAX(CASE WHEN month LIKE '%9-12-01' THEN real_price END) / "
           "MAX(CASE WHEN month LIKE '%0-01-01' THEN real_price END) - 1) FROM index_monthly "
           "WHERE month BETWEEN '1970-01-01' AND '1979-12-01' OR month BETWEEN '1990-01-01' AND '1999-12-01' "
           "GROUP BY substr(month, 1, 3)"]),
         ("How did the Japanese stock market do over the same decades?", D)),
    conv("teach-11",
         ("What was the biggest one-month fall of the index ever?",
          "WITH c AS (SELECT month, sp500 / LAG(sp500) OVER (ORDER BY month) - 1 AS ch FROM index_monthly) "
          "SELECT month FROM c WHERE ch IS NOT NULL ORDER BY ch LIMIT 1",
          ["WITH c AS (SELECT month, sp500 / LAG(sp500) OVER (ORDER BY month) - 1 AS ch FROM index_monthly) "
           "SELECT strftime('%Y-%m', month) FROM c WHERE ch IS NOT NULL ORDER BY ch LIMIT 1"]),
         ("And the biggest one-month rise?",
          "WITH c AS (SELECT month, sp500 / LAG(sp500) OVER (ORDER BY month) - 1 AS ch FROM index_monthly) "
          "SELECT month FROM c WHERE ch IS NOT NULL ORDER BY ch DESC LIMIT 1",
          ["WITH c AS (SELECT month, sp500 / LAG(sp500) OVER (ORDER BY month) - 1 AS ch FROM index_monthly) "
           "SELECT strftime('%Y-%m', month) FROM c WHERE ch IS NOT NULL ORDER BY ch DESC LIMIT 1"]),
         ("In how many months since 2000 did the index drop by more than 5%?",
          "WITH c AS (SELECT month, sp500 / LAG(sp500) OVER (ORDER BY month) - 1 AS ch FROM index_monthly) "
          "SELECT COUNT(*) FROM c WHERE month >= '2000-01-01' AND ch < -0.05"),
         ("What was the worst single day of the 1987 crash?", D)),
    conv("teach-12",
         ("How did real earnings per share compare in 1950 and in 2020?",
          "SELECT AVG(real_earnings) FROM index_monthly WHERE month LIKE '1950%' OR month LIKE '2020%' "
          "GROUP BY substr(month, 1, 4)",
          ["SELECT real_earnings FROM index_monthly WHERE month IN ('1950-01-01', '2020-01-01')",
           "SELECT real_earnings FROM index_monthly WHERE month IN ('1950-12-01', '2020-12-01')"]),
         ("How many times bigger is that?",
          "SELECT AVG(CASE WHEN month LIKE '2020%' THEN real_earnings END) / "
          "AVG(CASE WHEN month LIKE '1950%' THEN real_earnings END) FROM index_monthly",
          [f"SELECT {at('real_earnings', '2020-01-01')} / {at('real_earnings', '1950-01-01')}",
           f"SELECT {at('real_earnings', '2020-12-01')} / {at('real_earnings', '1950-12-01')}"]),
         ("And the real price of the index over the same years?",
          "SELECT AVG(CASE WHEN month LIKE '2020%' THEN real_price END) / "
          "AVG(CASE WHEN month LIKE '1950%' THEN real_price END) FROM index_monthly",
          ["SELECT AVG(real_price) FROM index_monthly WHERE month LIKE '1950%' OR month LIKE '2020%' "
           "GROUP BY substr(month, 1, 4)",
           f"SELECT {at('real_price', '2020-01-01')} / {at('real_price', '1950-01-01')}",
           f"SELECT {at('real_price', '2020-12-01')} / {at('real_price', '1950-12-01')}"])),
    conv("teach-13",
         ("How has the price of gold done against stocks since 1971?", D),
         ("OK. Then what was the S&P 500 in August 1971, and what is it in the latest month?",
          "SELECT sp500 FROM index_monthly WHERE month = '1971-08-01' OR month = (SELECT MAX(month) FROM index_monthly)"),
         ("And adjusted for inflation?",
          "SELECT real_price FROM index_monthly WHERE month = '1971-08-01' OR month = "
          "(SELECT MAX(month) FROM index_monthly WHERE real_price IS NOT NULL)")),
]

# ------------------------------------------------------------------------------------------ PM
IT5 = (f"SELECT c.symbol {FJ} WHERE c.sector = 'Information Technology' ORDER BY f.market_cap DESC LIMIT 5")
EN5 = (f"SELECT c.symbol {FJ} WHERE c.sector = 'Energy' ORDER BY f.market_cap DESC LIMIT 5")


def sector_cmp(sector: str, top: str) -> tuple[str, list[str]]:
    """The dividend payers among `top`, by yield, beside the sector's average yield."""
    avg = f"(SELECT AVG(f2.dividend_yield) FROM companies c2 JOIN fundamentals f2 ON f2.symbol = c2.symbol WHERE c2.sector = '{sector}')"
    avg0 = avg.replace("AVG(f2.dividend_yield)", "AVG(COALESCE(f2.dividend_yield, 0))")
    base = f"{FJ} WHERE c.symbol IN ({top}) AND f.dividend_yield IS NOT NULL ORDER BY f.dividend_yield DESC"
    return (f"SELECT c.name, f.dividend_yield, {avg} AS sector_avg {base}",
            [f"SELECT c.name, f.dividend_yield, {avg0} AS sector_avg {base}", f"SELECT {avg}", f"SELECT {avg0}"])


TOPY5 = f"SELECT c.symbol {FJ} ORDER BY f.dividend_yield DESC LIMIT 5"
HC_AVG = f"(SELECT AVG(f.pe_ratio) {FJ} WHERE c.sector = 'Health Care')"
CS_AVG = f"(SELECT AVG(f.pe_ratio) {FJ} WHERE c.sector = 'Consumer Staples')"
TX_EN = f"{FJ} WHERE c.hq_region = 'Texas' AND c.sector = 'Energy'"
NEW25 = "SELECT symbol FROM companies WHERE date_added LIKE '2024%'"
TOPCAP = f"SELECT c.symbol {FJ} ORDER BY f.market_cap DESC LIMIT 1"
BANKS = "c.sub_industry IN ('Diversified Banks', 'Regional Banks')"
BANKS_WIDE = "c.sub_industry LIKE '%Banks%'"
NEGPB = f"{FJ} WHERE f.price_to_book < 0"
RE5 = f"SELECT c.symbol {FJ} WHERE c.sector = 'Real Estate' ORDER BY f.dividend_yield DESC LIMIT 5"
UT5 = f"SELECT c.symbol {FJ} WHERE c.sector = 'Utilities' ORDER BY f.dividend_yield DESC LIMIT 5"
CA5 = f"SELECT c.symbol {FJ} WHERE c.hq_region = 'California' ORDER BY f.market_cap DESC LIMIT 5"
LOWPE = f"SELECT c.symbol {FJ} WHERE f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 10"
DROP = "100.0 * (1 - f.price / f.high_52w)"
FAR10 = f"SELECT c.symbol {FJ} WHERE f.high_52w IS NOT NULL ORDER BY {DROP} DESC LIMIT 10"
OLD = "SELECT symbol FROM companies WHERE founded < 1850"


def pe_vs_sector(top: str, sector: str) -> tuple[str, list[str]]:
    big = f"SELECT c.symbol {FJ} WHERE c.symbol IN ({top}) ORDER BY f.market_cap DESC LIMIT 1"
    avg = f"(SELECT AVG(f2.pe_ratio) FROM companies c2 JOIN fundamentals f2 ON f2.symbol = c2.symbol WHERE c2.sector = '{sector}')"
    return (f"SELECT f.pe_ratio, {avg} FROM fundamentals f WHERE f.symbol = ({big})", [f"SELECT {avg}"])


PM = [
    conv("pm-1",
         ("Show me the ten biggest Information Technology companies by market cap",
          f"SELECT c.name, f.market_cap {FJ} WHERE c.sector = 'Information Technology' "
          "ORDER BY f.market_cap DESC LIMIT 10"),
         ("now only the top five of those",
          f"SELECT c.name, f.market_cap {FJ} WHERE c.sector = 'Information Technology' "
          "ORDER BY f.market_cap DESC LIMIT 5"),
         ("which of them pays a dividend?",
          f"SELECT c.name {FJ} WHERE c.symbol IN ({IT5}) AND f.dividend_yield > 0"),
         ("sort that by yield",
          f"SELECT c.name, f.dividend_yield {FJ} WHERE c.symbol IN ({IT5}) AND f.dividend_yield > 0 "
          "ORDER BY f.dividend_yield DESC",
          [f"SELECT c.name, f.dividend_yield {FJ} WHERE c.symbol IN ({IT5}) AND f.dividend_yield > 0 "
           "ORDER BY f.dividend_yield"]),
         ("how does that compare with the sector average?", *sector_cmp("Information Technology", IT5)),
         ("and the same for Energy", *sector_cmp("Energy", EN5))),
    conv("pm-2",
         ("Which five companies have the highest dividend yield?",
          f"SELECT c.name, f.dividend_yield {FJ} ORDER BY f.dividend_yield DESC LIMIT 5"),
         ("what sectors are they in?",
          f"SELECT c.name, c.sector {FJ} WHERE c.symbol IN ({TOPY5})",
          [f"SELECT DISTINCT c.sector {FJ} WHERE c.symbol IN ({TOPY5})",
           f"SELECT c.sector, COUNT(*) {FJ} WHERE c.symbol IN ({TOPY5}) GROUP BY c.sector"]),
         ("keep only the ones with a P/E below 20",
          f"SELECT c.name {FJ} WHERE c.symbol IN ({TOPY5}) AND f.pe_ratio < 20"),
         ("what's their average market cap?",
          f"SELECT AVG(f.market_cap) {FJ} WHERE c.symbol IN ({TOPY5}) AND f.pe_ratio < 20"),
         ("who is the CEO of the biggest one?", D)),
    conv("pm-3",
         ("How many companies are in each sector?",
          "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("and the total market cap of each, biggest first",
          f"SELECT c.sector, SUM(f.market_cap) {FJ} GROUP BY c.sector ORDER BY SUM(f.market_cap) DESC"),
         ("what share of the whole index does the top one make up?",
          f"SELECT 100.0 * SUM(CASE WHEN c.sector = 'Information Technology' THEN f.market_cap END) / "
          f"SUM(f.market_cap) {FJ}",
          [f"SELECT 1.0 * SUM(CASE WHEN c.sector = 'Information Technology' THEN f.market_cap END) / "
           f"SUM(f.market_cap) {FJ}"]),
         ("how has that share changed over the last ten years?", D)),
    conv("pm-4",
         ("What's the average P/E ratio of Health Care companies?",
          f"SELECT AVG(f.pe_ratio) {FJ} WHERE c.sector = 'Health Care'"),
         ("which Health Care companies have a P/E below that?",
          f"SELECT c.name {FJ} WHERE c.sector = 'Health Care' AND f.pe_ratio < {HC_AVG}"),
         ("only the ones worth more than 100 billion dollars",
          f"SELECT c.name {FJ} WHERE c.sector = 'Health Care' AND f.pe_ratio < {HC_AVG} AND f.market_cap > 100e9"),
         ("sort them by dividend yield",
          f"SELECT c.name, f.dividend_yield {FJ} WHERE c.sector = 'Health Care' AND f.pe_ratio < {HC_AVG} "
          "AND f.market_cap > 100e9 ORDER BY f.dividend_yield DESC",
          [f"SELECT c.name, f.dividend_yield {FJ} WHERE c.sector = 'Health Care' AND f.pe_ratio < {HC_AVG} "
           "AND f.market_cap > 100e9 ORDER BY f.dividend_yield"]),
         ("and the same for Consumer Staples",
          f"SELECT c.name, f.dividend_yield {FJ} WHERE c.sector = 'Consumer Staples' AND f.pe_ratio < {CS_AVG} "
          "AND f.market_cap > 100e9 ORDER BY f.dividend_yield DESC",
          [f"SELECT c.name, f.dividend_yield {FJ} WHERE c.sector = 'Consumer Staples' AND f.pe_ratio < {CS_AVG} "
           "AND f.market_cap > 100e9 ORDER BY f.dividend_yield"])),
    conv("pm-5",
         ("How many of the companies are headquartered in Texas?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'Texas'"),
         ("now just the Energy ones, with their market value",
          f"SELECT c.name, f.market_cap {TX_EN}",
          [f"SELECT c.name, f.market_cap {TX_EN.replace(' JOIN ', ' LEFT JOIN ')}"]),   # TPL has no fundamentals
         ("sort that, biggest first",
          f"SELECT c.name, f.market_cap {TX_EN} ORDER BY f.market_cap DESC",
          [f"SELECT c.name, f.market_cap {TX_EN.replace(' JOIN ', ' LEFT JOIN ')} ORDER BY f.market_cap DESC"]),
         ("what part of the whole Energy sector's market value is that?",
          f"SELECT 100.0 * SUM(CASE WHEN c.hq_region = 'Texas' THEN f.market_cap END) / SUM(f.market_cap) "
          f"{FJ} WHERE c.sector = 'Energy'",
          [f"SELECT 1.0 * SUM(CASE WHEN c.hq_region = 'Texas' THEN f.market_cap END) / SUM(f.market_cap) "
           f"{FJ} WHERE c.sector = 'Energy'",
           f"SELECT SUM(CASE WHEN c.hq_region = 'Texas' THEN f.market_cap END), SUM(f.market_cap) "
           f"{FJ} WHERE c.sector = 'Energy'"]),
         ("how many people do they employ in total?", D)),
    conv("pm-6",
         ("Which companies joined the S&P 500 in 2024?",
          "SELECT name FROM companies WHERE date_added LIKE '2024%'"),
         ("how many is that?", "SELECT COUNT(*) FROM companies WHERE date_added LIKE '2024%'"),
         ("which sectors did they come from?",
          "SELECT sector, COUNT(*) FROM companies WHERE date_added LIKE '2024%' GROUP BY sector",
          ["SELECT DISTINCT sector FROM companies WHERE date_added LIKE '2024%'"]),
         ("which of them has the highest P/E?",
          f"SELECT c.name {FJ} WHERE c.symbol IN ({NEW25}) ORDER BY f.pe_ratio DESC LIMIT 1"),
         ("what was their share price on the day they were added?", D)),
    conv("pm-7",
         ("What's the most valuable company in the index?",
          f"SELECT c.name {FJ} ORDER BY f.market_cap DESC LIMIT 1"),
         ("what's its P/E?", f"SELECT f.pe_ratio FROM fundamentals f WHERE f.symbol = ({TOPCAP})"),
         ("how does that compare with the average P/E of its sector?",
          f"SELECT f.pe_ratio, (SELECT AVG(f2.pe_ratio) FROM companies c2 JOIN fundamentals f2 ON f2.symbol = c2.symbol "
          f"WHERE c2.sector = 'Information Technology') FROM fundamentals f WHERE f.symbol = ({TOPCAP})",
          [f"SELECT AVG(f.pe_ratio) {FJ} WHERE c.sector = 'Information Technology'"]),
         ("what share of the index's total market value is it?",
          "SELECT 100.0 * MAX(market_cap) / SUM(market_cap) FROM fundamentals",
          ["SELECT 1.0 * MAX(market_cap) / SUM(market_cap) FROM fundamentals"]),
         ("what was it worth a year ago?", D)),
    # accepts added after the blind run (the writer had drafted them, see README): "banks" read as
    # every sub-industry named with "Banks", custody and asset-management banks included
    conv("pm-8",
         ("List the banks in the index",
          f"SELECT c.name FROM companies c WHERE {BANKS}", [f"SELECT c.name FROM companies c WHERE {BANKS_WIDE}"]),
         ("which of them pays the highest dividend yield?",
          f"SELECT c.name {FJ} WHERE {BANKS} ORDER BY f.dividend_yield DESC LIMIT 1",
          [f"SELECT c.name {FJ} WHERE {BANKS_WIDE} ORDER BY f.dividend_yield DESC LIMIT 1"]),
         ("show me the top five by market cap",
          f"SELECT c.name, f.market_cap {FJ} WHERE {BANKS} ORDER BY f.market_cap DESC LIMIT 5",
          [f"SELECT c.name, f.market_cap {FJ} WHERE {BANKS_WIDE} ORDER BY f.market_cap DESC LIMIT 5"]),
         ("which of those have a P/E under 15?",
          f"SELECT c.name {FJ} WHERE c.symbol IN (SELECT c.symbol {FJ} WHERE {BANKS} ORDER BY f.market_cap DESC "
          "LIMIT 5) AND f.pe_ratio < 15",
          [f"SELECT c.name {FJ} WHERE c.symbol IN (SELECT c.symbol {FJ} WHERE {BANKS_WIDE} "
           "ORDER BY f.market_cap DESC LIMIT 5) AND f.pe_ratio < 15"]),
         ("what share of their loans have gone bad?", D)),
    conv("pm-9",
         ("Which companies have a negative price-to-book ratio?",
          f"SELECT c.name {NEGPB}"),
         ("how many is that per sector?",
          f"SELECT c.sector, COUNT(*) {NEGPB} GROUP BY c.sector"),
         ("which of them is the biggest by market cap?",
          f"SELECT c.name {NEGPB} ORDER BY f.market_cap DESC LIMIT 1"),
         ("sort the whole list by P/E, highest first",
          f"SELECT c.name, f.pe_ratio {NEGPB} ORDER BY f.pe_ratio DESC")),
    conv("pm-10",
         ("What's the average dividend yield in each sector?",
          f"SELECT c.sector, AVG(f.dividend_yield) {FJ} GROUP BY c.sector",
          [f"SELECT c.sector, AVG(COALESCE(f.dividend_yield, 0)) {FJ} GROUP BY c.sector",
           f"SELECT c.sector, 100.0 * AVG(f.dividend_yield) {FJ} GROUP BY c.sector",
           f"SELECT c.sector, 100.0 * AVG(COALESCE(f.dividend_yield, 0)) {FJ} GROUP BY c.sector"]),
         ("which sector is the highest?",
          f"SELECT c.sector {FJ} GROUP BY c.sector ORDER BY AVG(f.dividend_yield) DESC LIMIT 1"),
         ("top five companies in that sector by yield",
          f"SELECT c.name, f.dividend_yield {FJ} WHERE c.sector = 'Real Estate' ORDER BY f.dividend_yield DESC LIMIT 5"),
         ("how does the P/E of the biggest of those compare with the sector average?", *pe_vs_sector(RE5, "Real Estate")),
         ("and the same for Utilities", *pe_vs_sector(UT5, "Utilities"))),
    conv("pm-11",
         ("How many companies are based in California, and how many in New York?",
          "SELECT hq_region, COUNT(*) FROM companies WHERE hq_region IN ('California', 'New York') GROUP BY hq_region"),
         ("which of the two states' companies are worth more in total?",
          f"SELECT c.hq_region {FJ} WHERE c.hq_region IN ('California', 'New York') GROUP BY c.hq_region "
          "ORDER BY SUM(f.market_cap) DESC LIMIT 1",
          [f"SELECT c.hq_region, SUM(f.market_cap) {FJ} WHERE c.hq_region IN ('California', 'New York') "
           "GROUP BY c.hq_region"]),
         ("top five California companies by market cap",
          f"SELECT c.name, f.market_cap {FJ} WHERE c.hq_region = 'California' ORDER BY f.market_cap DESC LIMIT 5"),
         ("which of them pays a dividend?",
          f"SELECT c.name {FJ} WHERE c.symbol IN ({CA5}) AND f.dividend_yield > 0"),
         ("sort that by yield",     # the two Alphabet classes tie on yield: either order is right
          f"SELECT c.name, f.dividend_yield {FJ} WHERE c.symbol IN ({CA5}) AND f.dividend_yield > 0 "
          "ORDER BY f.dividend_yield DESC, c.symbol",
          [f"SELECT c.name, f.dividend_yield {FJ} WHERE c.symbol IN ({CA5}) AND f.dividend_yield > 0 "
           f"ORDER BY f.dividend_yield {o}" for o in ("DESC, c.symbol DESC", ", c.symbol", ", c.symbol DESC")])),
    conv("pm-12",
         ("Which ten companies have the lowest P/E ratio?",
          f"SELECT c.name, f.pe_ratio {FJ} WHERE f.pe_ratio IS NOT NULL ORDER BY f.pe_ratio LIMIT 10"),
         ("which of them pays the highest dividend?",
          f"SELECT c.name {FJ} WHERE c.symbol IN ({LOWPE}) ORDER BY f.dividend_yield DESC LIMIT 1"),
         ("how does their average P/E compare with the market average?",
          f"SELECT AVG(f.pe_ratio), (SELECT AVG(pe_ratio) FROM fundamentals) {FJ} WHERE c.symbol IN ({LOWPE})"),
         ("what do analysts expect them to earn next year?", D)),
    conv("pm-13",
         ("What are the five most expensive shares by price?",
          f"SELECT c.name, f.price {FJ} ORDER BY f.price DESC LIMIT 5"),
         ("what are their earnings per share?",
          f"SELECT c.name, f.eps {FJ} WHERE c.symbol IN (SELECT symbol FROM fundamentals ORDER BY price DESC LIMIT 5)"),
         ("which of them is closest to its 52-week high?",
          f"SELECT c.name {FJ} WHERE c.symbol IN (SELECT symbol FROM fundamentals ORDER BY price DESC LIMIT 5) "
          "ORDER BY f.price / f.high_52w DESC LIMIT 1"),
         ("how many of their shares changed hands yesterday?", D)),
    conv("pm-14",
         ("Which ten companies are furthest below their 52-week high, in percent?",
          f"SELECT c.name, {DROP} {FJ} WHERE f.high_52w IS NOT NULL ORDER BY {DROP} DESC LIMIT 10",
          [f"SELECT c.name, -{DROP} {FJ} WHERE f.high_52w IS NOT NULL ORDER BY {DROP} DESC LIMIT 10"]),
         ("now only the ones that pay a dividend",
          f"SELECT c.name {FJ} WHERE c.symbol IN ({FAR10}) AND f.dividend_yield > 0"),
         ("what's the average drop from the 52-week high across the whole index?",
          f"SELECT AVG({DROP}) FROM fundamentals f",
          [f"SELECT -AVG({DROP}) FROM fundamentals f"]),
         ("and for Information Technology?",
          f"SELECT AVG({DROP}) {FJ} WHERE c.sector = 'Information Technology'",
          [f"SELECT -AVG({DROP}) {FJ} WHERE c.sector = 'Information Technology'"]),
         ("which of the ten at the top had bad earnings news?", D)),
    conv("pm-15",
         ("Which companies in the index were founded before 1850?",
          "SELECT name FROM companies WHERE founded < 1850"),
         ("which of them pay a dividend?",
          f"SELECT c.name {FJ} WHERE c.founded < 1850 AND f.dividend_yield > 0"),
         ("sort that by yield",
          f"SELECT c.name, f.dividend_yield {FJ} WHERE c.founded < 1850 AND f.dividend_yield > 0 "
          "ORDER BY f.dividend_yield DESC",
          [f"SELECT c.name, f.dividend_yield {FJ} WHERE c.founded < 1850 AND f.dividend_yield > 0 "
           "ORDER BY f.dividend_yield"]),
         ("how does their average yield compare with the average for the whole index?",
          f"SELECT AVG(f.dividend_yield), (SELECT AVG(dividend_yield) FROM fundamentals) {FJ} WHERE c.founded < 1850",
          [f"SELECT AVG(f.dividend_yield), (SELECT AVG(COALESCE(dividend_yield, 0)) FROM fundamentals) {FJ} "
           "WHERE c.founded < 1850"]),
         ("which of them joined the index most recently?",
          f"SELECT c.name {FJ} WHERE c.founded < 1850 AND f.dividend_yield > 0 ORDER BY c.date_added DESC LIMIT 1",
          ["SELECT name FROM companies WHERE founded < 1850 ORDER BY date_added DESC LIMIT 1"])),
]

SETS = {"sp500insight": TEACHER + PM}
