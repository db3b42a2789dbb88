"""The bundled `sp500insight` demo database, built once from the shipped public-domain CSVs
(S&P 500 constituents, their fundamentals, and the monthly index since 1871)."""
from __future__ import annotations

import csv
import os
import re
import sqlite3
import tempfile
from pathlib import Path

DEMO_NAME = "sp500insight"
DEMO_VERSION = 2
DATA = Path(__file__).parent / "data" / "sp500"

DDL = """
CREATE TABLE companies ( -- Companies in the S&P 500 index
  symbol TEXT PRIMARY KEY,      -- Ticker symbol, e.g. AAPL
  name TEXT NOT NULL,           -- Company name
  sector TEXT,                  -- GICS sector, e.g. Information Technology
  sub_industry TEXT,            -- GICS sub-industry, e.g. Semiconductors
  hq_city TEXT,                 -- City of the headquarters
  hq_region TEXT,               -- US state, or country outside the US, of the headquarters
  date_added DATE,              -- Date the company was added to the S&P 500
  cik INTEGER,                  -- SEC Central Index Key
  founded INTEGER               -- Year the company was founded
);
CREATE TABLE fundamentals ( -- A snapshot of each company's market data and valuation ratios
  symbol TEXT PRIMARY KEY REFERENCES companies(symbol), -- Ticker symbol of the company
  price REAL,                   -- Share price in USD
  pe_ratio REAL,                -- Price to earnings ratio
  dividend_yield REAL,          -- Dividend yield as a fraction (0.0175 is 1.75 %)
  eps REAL,                     -- Earnings per share in USD
  low_52w REAL,                 -- Lowest share price of the last 52 weeks
  high_52w REAL,                -- Highest share price of the last 52 weeks
  market_cap INTEGER,           -- Market capitalization in USD
  ebitda INTEGER,               -- Earnings before interest, taxes, depreciation and amortization, in USD
  price_to_sales REAL,          -- Price to sales ratio
  price_to_book REAL            -- Price to book ratio
);
CREATE TABLE index_monthly ( -- The S&P 500 index month by month since 1871 (Robert Shiller's data)
  month DATE PRIMARY KEY,       -- First day of the month
  sp500 REAL,                   -- S&P 500 index level
  dividend REAL,                -- Dividends per share of the index
  earnings REAL,                -- Earnings per share of the index
  cpi REAL,                     -- Consumer price index
  long_interest_rate REAL,      -- Long-term (10-year) interest rate, percent
  real_price REAL,              -- Index level adjusted for inflation
  real_dividend REAL,           -- Dividend adjusted for inflation
  real_earnings REAL,           -- Earnings adjusted for inflation
  pe10 REAL                     -- Cyclically adjusted price to earnings ratio (CAPE)
);
"""
FUNDAMENTALS = ["Price", "Price/Earnings", "Dividend Yield", "Earnings/Share", "52 Week Low",
                "52 Week High", "Market Cap", "EBITDA", "Price/Sales", "Price/Book"]
INDEX = ["SP500", "Dividend", "Earnings", "Consumer Price Index", "Long Interest Rate", "Real Price",
         "Real Dividend", "Real Earnings", "PE10"]


def _num(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _rows(name: str):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def build(out: Path) -> None:
    """Write the demo database to `out` atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".tmp")
    os.close(fd)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(DDL)
        for r in _rows("constituents.csv"):
            # "City, State" for US companies, "City, Country" for the others.
            city, _, region = r["Headquarters Location"].partition(", ")
            founded = re.match(r"\d{4}", r["Founded"] or "")   # "1888 (1919)" -> 1888
            conn.execute("INSERT INTO companies VALUES (?,?,?,?,?,?,?,?,?)", (
                r["Symbol"], r["Security"], r["GICS Sector"], r["GICS Sub-Industry"], city or None,
                region or None, r["Date added"] or None, int(r["CIK"]) if r["CIK"] else None,
                int(founded.group()) if founded else None))
        members = {s for (s,) in conn.execute("SELECT symbol FROM companies")}
        for r in _rows("constituents-financials.csv"):
            if r["Symbol"] not in members:     # the two files are different snapshots
                continue
            v = [_num(r[k]) for k in FUNDAMENTALS]
            for i in (6, 7):                   # market cap and EBITDA are whole dollars
                v[i] = int(v[i]) if v[i] is not None else None
            conn.execute("INSERT INTO fundamentals VALUES (?,?,?,?,?,?,?,?,?,?,?)", [r["Symbol"], *v])
        for r in _rows("index-monthly.csv"):
            # 0.0 marks a value not yet published: unknown, not zero.
            v = [None if x == 0.0 else x for x in (_num(r[k]) for k in INDEX)]
            conn.execute("INSERT INTO index_monthly VALUES (?,?,?,?,?,?,?,?,?,?)", [r["Date"], *v])
        conn.execute(f"PRAGMA user_version={DEMO_VERSION}")
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, out)


def ensure(state_dir: Path) -> Path:
    """The demo database file in the state directory, built (or rebuilt) when missing or stale."""
    path = state_dir / f"{DEMO_NAME}.sqlite"
    if path.exists():
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] == DEMO_VERSION:
                return path
        finally:
            conn.close()
    build(path)
    return path
