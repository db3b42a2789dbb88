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
DEMO_VERSION = 1
DATA = Path(__file__).parent / "data" / "sp500"

DDL = """
CREATE TABLE companies (
  symbol TEXT PRIMARY KEY, name TEXT NOT NULL, sector TEXT, sub_industry TEXT,
  hq_city TEXT, hq_region TEXT, date_added DATE, cik INTEGER, founded INTEGER);
CREATE TABLE fundamentals (
  symbol TEXT PRIMARY KEY REFERENCES companies(symbol), price REAL, pe_ratio REAL,
  dividend_yield REAL, eps REAL, low_52w REAL, high_52w REAL, market_cap INTEGER, ebitda INTEGER,
  price_to_sales REAL, price_to_book REAL);
CREATE TABLE index_monthly (
  month DATE PRIMARY KEY, sp500 REAL, dividend REAL, earnings REAL, cpi REAL,
  long_interest_rate REAL, real_price REAL, real_dividend REAL, real_earnings REAL, pe10 REAL);
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
