"""Held-out conversations (batch 13, demo) over the shipped `sp500insight` demo database, written as
a wealth manager, an economics blogger, a data-literacy trainer, an intern and a skeptic would ask
them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold it."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

CF = "FROM companies c JOIN fundamentals f ON f.symbol = c.symbol"
YR = "strftime('%Y', month)"
DEC = "(CAST(strftime('%Y', month) AS INTEGER) / 10) * 10"

# ---------------------------------------------------------------- wealth manager: a watch list
W1 = f"{CF} WHERE c.sector = 'Information Technology' AND f.market_cap > 500000000000"
W1B = W1 + " AND f.dividend_yield > 0.005"
W3 = f"{CF} WHERE c.hq_region = 'Texas' AND f.pe_ratio < 15"
W3B = W3 + " AND c.sector = 'Energy'"
TOP10 = f"SELECT c.name, f.market_cap {CF} ORDER BY f.market_cap DESC LIMIT 10"
TOP10S = "SELECT symbol FROM fundamentals ORDER BY market_cap DESC LIMIT 10"
IRL = f"{CF} WHERE c.hq_region = 'Ireland'"
HC = f"{CF} WHERE c.sector = 'Health Care' AND f.price >= 0.95 * f.high_52w"
FINB = f"{CF} WHERE c.sector = 'Financials' AND f.price_to_book < 1"
UT = f"{CF} WHERE c.sector = 'Utilities' AND f.dividend_yield > 0.04"

WEALTH = [
    conv("wm-1",
         ("Show me Information Technology companies with a market cap above $500 billion",
          f"SELECT c.name {W1}", [f"SELECT c.symbol {W1}"]),
         ("now only the ones yielding more than 0.5%",
          f"SELECT c.name {W1B}", [f"SELECT c.symbol {W1B}"]),
         ("sort them by P/E, cheapest first",
          f"SELECT c.name, f.pe_ratio {W1B} ORDER BY f.pe_ratio ASC",
          [f"SELECT c.symbol, f.pe_ratio {W1B} ORDER BY f.pe_ratio ASC"]),
         ("how many is that?", f"SELECT COUNT(*) {W1B}")),
    conv("wm-2",
         ("Which utilities pay a dividend yield above 4%?",
          f"SELECT c.name {UT}", [f"SELECT c.symbol {UT}"]),
         ("what's their average P/E?", f"SELECT AVG(f.pe_ratio) {UT}"),
         ("and which of them is the largest by market cap?",
          f"SELECT c.name {UT} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {UT} ORDER BY f.market_cap DESC LIMIT 1"])),
    conv("wm-3",
         ("Texas-headquartered companies with a P/E under 15",
          f"SELECT c.name {W3}", [f"SELECT c.symbol {W3}"]),
         ("just the energy names", f"SELECT c.name {W3B}", [f"SELECT c.symbol {W3B}"]),
         ("which of them has the largest market cap?",
          f"SELECT c.name {W3B} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT c.symbol {W3B} ORDER BY f.market_cap DESC LIMIT 1"]),
         ("what's its dividend yield?",
          f"SELECT f.dividend_yield {W3B} ORDER BY f.market_cap DESC LIMIT 1",
          [f"SELECT f.dividend_yield * 100 {W3B} ORDER BY f.market_cap DESC LIMIT 1"])),
    conv("wm-4",
         ("List the 10 largest companies by market cap", TOP10,
          ["SELECT symbol, market_cap FROM fundamentals ORDER BY market_cap DESC LIMIT 10"]),
         ("which of those are not in Information Technology?",
          f"SELECT c.name FROM companies c WHERE c.symbol IN ({TOP10S}) AND c.sector <> 'Information Technology'",
          [f"SELECT c.symbol FROM companies c WHERE c.symbol IN ({TOP10S}) "
           "AND c.sector <> 'Information Technology'"]),
         ("what's the combined market cap of the ten?",
          f"SELECT SUM(market_cap) FROM ({TOP10S.replace('SELECT symbol', 'SELECT market_cap')})"),
         ("What's the average dividend yield across the whole index?",
          "SELECT AVG(dividend_yield) FROM fundamentals",
          ["SELECT AVG(dividend_yield) * 100 FROM fundamentals"])),
    conv("wm-5",
         ("Which companies are headquartered in Ireland?",
          "SELECT name FROM companies WHERE hq_region = 'Ireland'",
          ["SELECT symbol FROM companies WHERE hq_region = 'Ireland'"]),
         ("sort them by market cap, biggest first",
          f"SELECT c.name, f.market_cap {IRL} ORDER BY f.market_cap DESC",
          [f"SELECT c.symbol, f.market_cap {IRL} ORDER BY f.market_cap DESC",
           "SELECT c.name, f.market_cap FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol "
           "WHERE c.hq_region = 'Ireland' ORDER BY f.market_cap DESC"]),
         ("which of them pays the highest dividend yield?",
          f"SELECT c.name {IRL} ORDER BY f.dividend_yield DESC LIMIT 1",
          [f"SELECT c.symbol {IRL} ORDER BY f.dividend_yield DESC LIMIT 1"]),
         ("How many shares of Medtronic does my client hold?", D)),
    conv("wm-6",
         ("Health care stocks trading within 5% of their 52-week high",
          f"SELECT c.name {HC}", [f"SELECT c.symbol {HC}"]),
         ("how many is that?", f"SELECT COUNT(*) {HC}"),
         ("What will their share prices be next quarter?", D)),
    conv("wm-7",
         ("Financials trading below book value", f"SELECT c.name {FINB}", [f"SELECT c.symbol {FINB}"]),
         ("which one is cheapest on earnings?",
          f"SELECT c.name {FINB} AND f.pe_ratio > 0 ORDER BY f.pe_ratio ASC LIMIT 1",
          [f"SELECT c.symbol {FINB} AND f.pe_ratio > 0 ORDER BY f.pe_ratio ASC LIMIT 1",
           f"SELECT c.name {FINB} ORDER BY f.pe_ratio ASC LIMIT 1"]),
         ("what's the analyst consensus rating on it?", D)),
    conv("wm-9",
         ("Consumer staples companies with a market cap between 50 and 100 billion",
          f"SELECT c.name {CF} WHERE c.sector = 'Consumer Staples' AND f.market_cap BETWEEN 50000000000 "
          "AND 100000000000",
          [f"SELECT c.symbol {CF} WHERE c.sector = 'Consumer Staples' AND f.market_cap BETWEEN 50000000000 "
           "AND 100000000000"]),
         ("drop the ones that don't pay a dividend above 2%",
          f"SELECT c.name {CF} WHERE c.sector = 'Consumer Staples' AND f.market_cap BETWEEN 50000000000 "
          "AND 100000000000 AND f.dividend_yield > 0.02",
          [f"SELECT c.symbol {CF} WHERE c.sector = 'Consumer Staples' AND f.market_cap BETWEEN 50000000000 "
           "AND 100000000000 AND f.dividend_yield > 0.02"])),
]

# ---------------------------------------------------------------- economics blogger: long-run claims
RP1990 = "SELECT real_price FROM index_monthly WHERE month = '1990-01-01'"
RP2000 = "SELECT real_price FROM index_monthly WHERE month = '2000-01-01'"
MIN09 = f"SELECT MIN(sp500) FROM index_monthly WHERE {YR} = '2009'"
MAX07 = f"SELECT MAX(sp500) FROM index_monthly WHERE {YR} = '2007'"
BLOG = [
    conv("bl-1",
         ("What was the S&P 500 level in January 2000?",
          "SELECT sp500 FROM index_monthly WHERE month = '2000-01-01'"),
         ("and in January 2010?", "SELECT sp500 FROM index_monthly WHERE month = '2010-01-01'"),
         ("what was the CAPE then?", "SELECT pe10 FROM index_monthly WHERE month = '2010-01-01'"),
         ("When was the CAPE at its highest ever?",
          "SELECT month FROM index_monthly ORDER BY pe10 DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly ORDER BY pe10 DESC LIMIT 1"])),
    conv("bl-2",
         ("Average long-term interest rate by decade",
          f"SELECT {DEC} AS decade, AVG(long_interest_rate) FROM index_monthly GROUP BY decade"),
         ("which decade had the highest?",
          f"SELECT {DEC} AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(long_interest_rate) DESC LIMIT 1"),
         ("and the lowest?",
          f"SELECT {DEC} AS decade FROM index_monthly GROUP BY decade ORDER BY AVG(long_interest_rate) ASC LIMIT 1"),
         ("What was the real return of the index over the 1990s, from January 1990 to January 2000?",
          f"SELECT ({RP2000}) / ({RP1990}) - 1",
          [f"SELECT (({RP2000}) / ({RP1990}) - 1) * 100", f"SELECT ({RP2000}) / ({RP1990})"])),
    conv("bl-3",
         ("Show the inflation-adjusted S&P 500 in January of every decade year since 1900",
          f"SELECT month, real_price FROM index_monthly WHERE strftime('%m', month) = '01' "
          f"AND CAST({YR} AS INTEGER) % 10 = 0 AND month >= '1900-01-01' AND real_price IS NOT NULL",
          [f"SELECT {YR}, real_price FROM index_monthly WHERE strftime('%m', month) = '01' "
           f"AND CAST({YR} AS INTEGER) % 10 = 0 AND month >= '1900-01-01' AND real_price IS NOT NULL"]),
         ("Compare the real price in September 1929 with July 1932",
          "SELECT month, real_price FROM index_monthly WHERE month IN ('1929-09-01', '1932-07-01')"),
         ("Was the 1929 crash caused by margin lending?", D)),
    conv("bl-4",
         ("What was the consumer price index in January 1950?",
          "SELECT cpi FROM index_monthly WHERE month = '1950-01-01'"),
         ("and in January 2020?", "SELECT cpi FROM index_monthly WHERE month = '2020-01-01'"),
         ("by how much did prices rise between those two dates?",
          "SELECT (SELECT cpi FROM index_monthly WHERE month = '2020-01-01') * 1.0 / "
          "(SELECT cpi FROM index_monthly WHERE month = '1950-01-01')",
          ["SELECT (SELECT cpi FROM index_monthly WHERE month = '2020-01-01') * 100.0 / "
           "(SELECT cpi FROM index_monthly WHERE month = '1950-01-01') - 100",
           "SELECT (SELECT cpi FROM index_monthly WHERE month = '2020-01-01') * 1.0 / "
           "(SELECT cpi FROM index_monthly WHERE month = '1950-01-01') - 1",
           "SELECT (SELECT cpi FROM index_monthly WHERE month = '2020-01-01') - "
           "(SELECT cpi FROM index_monthly WHERE month = '1950-01-01')"])),
    conv("bl-5",
         ("What was the lowest S&P 500 level in 2009?", MIN09),
         ("in which month?",
          f"SELECT month FROM index_monthly WHERE {YR} = '2009' ORDER BY sp500 ASC LIMIT 1",
          [f"SELECT strftime('%Y-%m', month) FROM index_monthly WHERE {YR} = '2009' ORDER BY sp500 ASC LIMIT 1"]),
         ("how far was that below the 2007 peak, in percent?",
          f"SELECT (({MIN09}) / ({MAX07}) - 1) * 100",
          [f"SELECT (1 - ({MIN09}) / ({MAX07})) * 100"]),
         ("Which months does the data flag as recessions?", D)),
    conv("bl-6",
         ("What's the average CAPE over the whole history?", "SELECT AVG(pe10) FROM index_monthly"),
         ("how many months was it above 30?", "SELECT COUNT(*) FROM index_monthly WHERE pe10 > 30"),
         ("when did it first go above 30?",
          "SELECT MIN(month) FROM index_monthly WHERE pe10 > 30",
          ["SELECT strftime('%Y-%m', MIN(month)) FROM index_monthly WHERE pe10 > 30"]),
         ("and when was it lowest?",
          "SELECT month FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 ASC LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly WHERE pe10 IS NOT NULL ORDER BY pe10 ASC LIMIT 1"])),
    conv("bl-7",
         ("In which year was the average 10-year rate the lowest?",
          f"SELECT {YR} AS yr FROM index_monthly WHERE long_interest_rate IS NOT NULL GROUP BY yr "
          "ORDER BY AVG(long_interest_rate) ASC LIMIT 1"),
         ("what was the average CAPE that year?",
          f"SELECT AVG(pe10) FROM index_monthly WHERE {YR} = (SELECT {YR} AS yr FROM index_monthly "
          "WHERE long_interest_rate IS NOT NULL GROUP BY yr ORDER BY AVG(long_interest_rate) ASC LIMIT 1)"),
         ("What will the 10-year rate be in 2030?", D)),
    conv("bl-8",
         ("CPI in December of each year from 1970 to 1980",
          f"SELECT month, cpi FROM index_monthly WHERE strftime('%m', month) = '12' AND {YR} BETWEEN '1970' AND '1980'",
          [f"SELECT {YR}, cpi FROM index_monthly WHERE strftime('%m', month) = '12' AND {YR} BETWEEN '1970' AND '1980'"]),
         ("what was the highest long-term rate in that period?",
          f"SELECT MAX(long_interest_rate) FROM index_monthly WHERE {YR} BETWEEN '1970' AND '1980'"),
         ("and the highest ever?", "SELECT MAX(long_interest_rate) FROM index_monthly"),
         ("when was that?",
          "SELECT month FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', month) FROM index_monthly ORDER BY long_interest_rate DESC LIMIT 1"])),
    conv("bl-10",
         ("What was the S&P 500's dividend in December 1999?",
          "SELECT dividend FROM index_monthly WHERE month = '1999-12-01'"),
         ("and its earnings?", "SELECT earnings FROM index_monthly WHERE month = '1999-12-01'"),
         ("what was the gold price that month?", D)),
]

# ---------------------------------------------------------------- data-literacy trainer: follow-ups
EN = "FROM companies WHERE sector = 'Energy'"
ENTX = f"{CF} WHERE c.sector = 'Energy' AND c.hq_region = 'Texas'"
A23 = "FROM companies WHERE date_added LIKE '2023%'"
OLD = "FROM companies WHERE founded < 1830"
TRAIN = [
    conv("tr-1",
         ("List the companies in the Energy sector", f"SELECT name {EN}", [f"SELECT symbol {EN}"]),
         ("now only those in Texas", f"SELECT name {EN} AND hq_region = 'Texas'",
          [f"SELECT symbol {EN} AND hq_region = 'Texas'"]),
         ("how many is that?", f"SELECT COUNT(*) {EN} AND hq_region = 'Texas'"),
         ("sort that by market cap", f"SELECT c.name, f.market_cap {ENTX} ORDER BY f.market_cap DESC",
          [f"SELECT c.symbol, f.market_cap {ENTX} ORDER BY f.market_cap DESC",
           f"SELECT c.name, f.market_cap {ENTX} ORDER BY f.market_cap ASC",
           "SELECT c.name, f.market_cap FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol "
           "WHERE c.sector = 'Energy' AND c.hq_region = 'Texas' ORDER BY f.market_cap DESC"]),
         ("top 5", f"SELECT c.name, f.market_cap {ENTX} ORDER BY f.market_cap DESC LIMIT 5",
          [f"SELECT c.symbol, f.market_cap {ENTX} ORDER BY f.market_cap DESC LIMIT 5"])),
    conv("tr-2",
         ("What was the highest 10-year interest rate in 1990?",
          f"SELECT MAX(long_interest_rate) FROM index_monthly WHERE {YR} = '1990'"),
         ("when was that?",
          f"SELECT month FROM index_monthly WHERE {YR} = '1990' ORDER BY long_interest_rate DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', month) FROM index_monthly WHERE {YR} = '1990' "
           "ORDER BY long_interest_rate DESC LIMIT 1"]),
         ("and the year before?",
          f"SELECT MAX(long_interest_rate) FROM index_monthly WHERE {YR} = '1989'")),
    conv("tr-3",
         ("How many companies were added to the S&P 500 in 2023?", f"SELECT COUNT(*) {A23}"),
         ("which of them are in Financials?", f"SELECT name {A23} AND sector = 'Financials'",
          [f"SELECT symbol {A23} AND sector = 'Financials'"]),
         ("break the 2023 additions down by sector", f"SELECT sector, COUNT(*) {A23} GROUP BY sector"),
         ("which was the first one added that year?", f"SELECT name {A23} ORDER BY date_added ASC LIMIT 1",
          [f"SELECT symbol {A23} ORDER BY date_added ASC LIMIT 1"])),
    conv("tr-4",
         ("Which companies were founded before 1830?", f"SELECT name {OLD}", [f"SELECT symbol {OLD}"]),
         ("sort that by founding year", f"SELECT name, founded {OLD} ORDER BY founded",
          [f"SELECT symbol, founded {OLD} ORDER BY founded"]),
         ("which is the oldest?", f"SELECT name {OLD} ORDER BY founded ASC LIMIT 1",
          [f"SELECT symbol {OLD} ORDER BY founded ASC LIMIT 1"]),
         ("where is it headquartered?", "SELECT hq_city, hq_region FROM companies ORDER BY founded ASC LIMIT 1",
          ["SELECT hq_city FROM companies ORDER BY founded ASC LIMIT 1"])),
    conv("tr-5",
         ("Average P/E by sector", f"SELECT c.sector, AVG(f.pe_ratio) {CF} GROUP BY c.sector"),
         ("sort that, highest first",
          f"SELECT c.sector, AVG(f.pe_ratio) {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC"),
         ("top 3 only",
          f"SELECT c.sector, AVG(f.pe_ratio) {CF} GROUP BY c.sector ORDER BY AVG(f.pe_ratio) DESC LIMIT 3"),
         ("and the lowest?",
          f"SELECT c.sector {CF} GROUP BY c.sector "
          "ORDER BY AVG(f.pe_ratio) ASC LIMIT 1")),
    conv("tr-6",
         ("When did the S&P 500 first close a month above 1000?",
          "SELECT MIN(month) FROM index_monthly WHERE sp500 > 1000",
          ["SELECT strftime('%Y-%m', MIN(month)) FROM index_monthly WHERE sp500 > 1000"]),
         ("and above 2000?", "SELECT MIN(month) FROM index_monthly WHERE sp500 > 2000",
          ["SELECT strftime('%Y-%m', MIN(month)) FROM index_monthly WHERE sp500 > 2000"]),
         ("how many months did that take?",
          "SELECT COUNT(*) FROM index_monthly WHERE month >= (SELECT MIN(month) FROM index_monthly WHERE sp500 > 1000) "
          "AND month < (SELECT MIN(month) FROM index_monthly WHERE sp500 > 2000)",
          ["SELECT (CAST(strftime('%Y', b) AS INTEGER) - CAST(strftime('%Y', a) AS INTEGER)) * 12 + "
           "CAST(strftime('%m', b) AS INTEGER) - CAST(strftime('%m', a) AS INTEGER) FROM "
           "(SELECT (SELECT MIN(month) FROM index_monthly WHERE sp500 > 1000) AS a, "
           "(SELECT MIN(month) FROM index_monthly WHERE sp500 > 2000) AS b)"])),
    conv("tr-7",
         ("How many companies are in each sector?", "SELECT sector, COUNT(*) FROM companies GROUP BY sector"),
         ("which sector has the most?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and how many of those are headquartered in Ohio?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Industrials' AND hq_region = 'Ohio'"),
         ("which of them?", "SELECT name FROM companies WHERE sector = 'Industrials' AND hq_region = 'Ohio'",
          ["SELECT symbol FROM companies WHERE sector = 'Industrials' AND hq_region = 'Ohio'"])),
    conv("tr-8",
         ("What was the CAPE in March 2000?", "SELECT pe10 FROM index_monthly WHERE month = '2000-03-01'"),
         ("and the year before?", "SELECT pe10 FROM index_monthly WHERE month = '1999-03-01'"),
         ("and ten years later?", "SELECT pe10 FROM index_monthly WHERE month = '2010-03-01'")),
    conv("tr-9",
         ("Show the semiconductor companies", "SELECT name FROM companies WHERE sub_industry = 'Semiconductors'",
          ["SELECT symbol FROM companies WHERE sub_industry = 'Semiconductors'"]),
         ("which of them has the highest EPS?",
          f"SELECT c.name {CF} WHERE c.sub_industry = 'Semiconductors' ORDER BY f.eps DESC LIMIT 1",
          [f"SELECT c.symbol {CF} WHERE c.sub_industry = 'Semiconductors' ORDER BY f.eps DESC LIMIT 1"]),
         ),
]

# ---------------------------------------------------------------- intern: vague or slightly wrong
INTERN = [
    conv("in-1",
         ("what's the best company?", D),
         ("ok, which company has the biggest market value then?",
          "SELECT c.name FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
          "ORDER BY f.market_cap DESC LIMIT 1",
          ["SELECT symbol FROM fundamentals ORDER BY market_cap DESC LIMIT 1"]),
         ("what's its price to earnings?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'NVDA'")),
    conv("in-2",
         ("where's the market today?",
          "SELECT sp500 FROM index_monthly ORDER BY month DESC LIMIT 1"),
         ("and a year before that?", "SELECT sp500 FROM index_monthly WHERE month = '2025-06-01'"),
         ("what's the inflation rate right now?", D)),
    conv("in-3",
         ("what's Microsoft's PE?", "SELECT pe_ratio FROM fundamentals WHERE symbol = 'MSFT'"),
         ("and its EBIDTA?", "SELECT ebitda FROM fundamentals WHERE symbol = 'MSFT'"),
         ("what's the ticker for Coca-Cola?", "SELECT symbol FROM companies WHERE name LIKE 'Coca-Cola%'"),
         ("how many employees does it have?", D)),
    conv("in-4",
         ("how many stocks are in tech?",
          "SELECT COUNT(*) FROM companies WHERE sector = 'Information Technology'"),
         ("companies with a dividend over 5",
          "SELECT c.name FROM companies c JOIN fundamentals f ON f.symbol = c.symbol WHERE f.dividend_yield > 0.05",
          ["SELECT symbol FROM fundamentals WHERE dividend_yield > 0.05"]),
         ("which industry are they in?",
          "SELECT c.name, c.sub_industry FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
          "WHERE f.dividend_yield > 0.05",
          ["SELECT c.symbol, c.sub_industry FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
           "WHERE f.dividend_yield > 0.05",
           "SELECT c.name, c.sector FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
           "WHERE f.dividend_yield > 0.05"])),
    conv("in-5",
         ("which sector is the biggest?",
          "SELECT sector FROM companies GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT c.sector FROM companies c JOIN fundamentals f ON f.symbol = c.symbol GROUP BY c.sector "
           "ORDER BY SUM(f.market_cap) DESC LIMIT 1"]),
         ("what's the yearly high and low of Apple's stock?",
          "SELECT high_52w, low_52w FROM fundamentals WHERE symbol = 'AAPL'"),
         ("and the company's founding date?", "SELECT founded FROM companies WHERE symbol = 'AAPL'")),
    conv("in-6",
         ("show me the profit numbers for Walmart",
          "SELECT eps, ebitda FROM fundamentals WHERE symbol = 'WMT'",
          ["SELECT ebitda FROM fundamentals WHERE symbol = 'WMT'",
           "SELECT eps FROM fundamentals WHERE symbol = 'WMT'"]),
         ("what year did it join the S&P?", "SELECT strftime('%Y', date_added) FROM companies WHERE symbol = 'WMT'",
          ["SELECT date_added FROM companies WHERE symbol = 'WMT'"]),
         ("how many companies are based in its state?",
          "SELECT COUNT(*) FROM companies WHERE hq_region = 'Arkansas'")),
    conv("in-8",
         ("what was the stock market's P/E in 1929?",
          "SELECT AVG(pe10) FROM index_monthly WHERE strftime('%Y', month) = '1929'",
          ["SELECT AVG(sp500 / earnings) FROM index_monthly WHERE strftime('%Y', month) = '1929'",
           "SELECT month, pe10 FROM index_monthly WHERE strftime('%Y', month) = '1929'"]),
         ("and what was Apple's P/E back then?", D)),
]

# ---------------------------------------------------------------- skeptic: what the demo does not hold
SKEPTIC = [
    conv("sk-1",
         ("What's Apple's share price history over the last five years?", D),
         ("Fine, what's its current share price then?", "SELECT price FROM fundamentals WHERE symbol = 'AAPL'"),
         ("Who is Apple's CEO?", D)),
    conv("sk-2",
         ("What was the Nasdaq composite in 2020?", D),
         ("and the S&P 500's average level in 2020?",
          "SELECT AVG(sp500) FROM index_monthly WHERE strftime('%Y', month) = '2020'"),
         ("Which companies were removed from the index last year?", D)),
    conv("sk-3",
         ("Which companies have the highest debt to equity ratio?", D),
         ("ok, highest price to book then — top 5",
          "SELECT c.name, f.price_to_book FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
          "ORDER BY f.price_to_book DESC LIMIT 5",
          ["SELECT symbol, price_to_book FROM fundamentals ORDER BY price_to_book DESC LIMIT 5"]),
         ("What was Tesla's dividend yield in 2015?", D)),
    conv("sk-4",
         ("Show me Coca-Cola's monthly dividend since 2000", D),
         ("What were Apple's real earnings last year?", D),
         ("how many companies in the data have no dividend yield figure?",
          "SELECT COUNT(*) FROM fundamentals WHERE dividend_yield IS NULL",
          ["SELECT COUNT(*) FROM companies c LEFT JOIN fundamentals f ON f.symbol = c.symbol "
           "WHERE f.dividend_yield IS NULL"])),
    conv("sk-5",
         ("What's the unemployment rate in 2008?", D),
         ("what was the 10-year interest rate in December 2008 then?",
          "SELECT long_interest_rate FROM index_monthly WHERE month = '2008-12-01'"),
         ("and the bitcoin price that month?", D)),
]



def join(cid: str, *convs: dict) -> dict:
    """Two short conversations asked one after the other in one chat."""
    return {"id": cid, "turns": [t for c in convs for t in c["turns"]]}


W = {c["id"]: c for c in WEALTH}
B = {c["id"]: c for c in BLOG}
T = {c["id"]: c for c in TRAIN}
N = {c["id"]: c for c in INTERN}
S = {c["id"]: c for c in SKEPTIC}
SETS = {"sp500insight": [
    W["wm-1"], join("wm-2", W["wm-2"], W["wm-9"]), W["wm-3"], W["wm-4"], W["wm-5"], join("wm-6", W["wm-6"], W["wm-7"]),
    join("bl-1", B["bl-1"], B["bl-10"]), B["bl-2"], join("bl-3", B["bl-3"], B["bl-5"]), join("bl-4", B["bl-4"], B["bl-8"]),
    B["bl-6"], B["bl-7"],
    T["tr-1"], join("tr-2", T["tr-8"], T["tr-2"]), T["tr-3"], T["tr-4"], T["tr-5"], join("tr-6", T["tr-9"], T["tr-6"]),
    T["tr-7"],
    join("in-1", N["in-1"], N["in-3"]), join("in-2", N["in-2"], N["in-8"]), N["in-4"], join("in-5", N["in-5"], N["in-6"]),
    join("sk-1", S["sk-1"], S["sk-3"]), join("sk-2", S["sk-2"], S["sk-5"]), S["sk-4"],
]}
