"""Held-out set 35: three SQLite databases (a racquet-sports club's court bookings, a small book
publisher, a farm-supplies distributor with a legacy upper-case schema and a code table) and
hand-written conversations over them, written before the engine was run on them (see README.md).

    python bench/heldout35/build.py [OUT_DIR]   # writes courts.sqlite, press.sqlite, agsupply.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout35), checks every
                                                # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all, day  # noqa: E402

FIRST = ("Abel Bianca Cormac Daria Emeka Freya Gideon Hana Idris Juno Kasper Lena Marek Nadia Otto "
         "Paloma Ravi Saskia Teodor Uma Vera Wim Ximena Yusuf Zoe").split()
LAST = ("Achterberg Brennan Castillo Dahl Eriksen Farouk Gallo Hartmann Iqbal Janssen Kovac Lindqvist "
        "Moreau Nakamura Oduya Pereira Quist Reyes Sorensen Toth").split()


# ------------------------------------------------------------------------------------------
def build_courts(path: Path) -> None:
    rng = random.Random(3501)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE courts (court_id INTEGER PRIMARY KEY, court_name TEXT, sport TEXT, surface TEXT,
                         is_indoor INTEGER, hourly_rate REAL);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                          membership_tier TEXT, joined_on TEXT, birth_year INTEGER);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, court_id INTEGER REFERENCES courts(court_id),
                           member_id INTEGER REFERENCES members(member_id), booking_date TEXT,
                           start_hour INTEGER, duration_hours REAL, amount_paid REAL, status TEXT);
    CREATE TABLE coaching_sessions (session_id INTEGER PRIMARY KEY, coach_name TEXT,
                                    court_id INTEGER REFERENCES courts(court_id), session_date TEXT,
                                    participants INTEGER, fee_per_person REAL);
    """)
    courts = [("Centre Court", "tennis", "clay", 0, 24.0), ("Court 2", "tennis", "clay", 0, 20.0),
              ("Court 3", "tennis", "hard", 0, 18.0), ("Dome A", "tennis", "hard", 1, 32.0),
              ("Dome B", "tennis", "hard", 1, 30.0), ("Padel 1", "padel", "artificial grass", 0, 28.0),
              ("Padel 2", "padel", "artificial grass", 0, 28.0), ("Padel Glasshouse", "padel", "artificial grass", 1, 38.0),
              ("Squash 1", "squash", "wood", 1, 14.0), ("Squash 2", "squash", "wood", 1, 14.0),
              ("Sports Hall East", "badminton", "sprung floor", 1, 16.0),
              ("Sports Hall West", "badminton", "sprung floor", 1, 17.5)]
    db.executemany("INSERT INTO courts VALUES (?,?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(courts)])
    members = []
    for mid in range(1, 241):
        tier = rng.choices(["bronze", "silver", "gold"], [5, 3, 2])[0]
        members.append((mid, rng.choice(FIRST), rng.choice(LAST), tier,
                        day(rng, date(2015, 1, 1), date(2024, 10, 31)).isoformat(), rng.randrange(1950, 2008)))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?)", members)
    bookings = []
    for bid in range(1, 3201):
        c = rng.choices(range(1, 13), [12, 9, 8, 10, 9, 14, 13, 11, 6, 5, 4, 3])[0]
        m = rng.choices(range(1, 241), [1 + (i % 7 == 0) * 4 + (i == 57) * 10 for i in range(1, 241)])[0]
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        h = rng.choice([7, 8, 9, 10, 12, 16, 17, 18, 18, 19, 19, 20, 21])
        dur = rng.choice([1.0, 1.0, 1.5, 2.0])
        st = rng.choices(["completed", "cancelled", "no_show"], [85, 10, 5])[0]
        disc = {"bronze": 1.0, "silver": 0.9, "gold": 0.8}[members[m - 1][3]]
        paid = 0.0 if st == "cancelled" else round(courts[c - 1][4] * dur * disc, 2)
        bookings.append((bid, c, m, d.isoformat(), h, dur, paid, st))
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?,?)", bookings)
    coaches = ["Ilse Varga", "Tomás Ruiz", "Mei Lin", "Grant Okoye", "Sanna Holm"]
    sess = []
    for sid in range(1, 501):
        co = rng.choices(coaches, [9, 7, 6, 4, 3])[0]
        c = rng.choice([1, 2, 3, 4, 6, 8, 9, 11])
        sess.append((sid, co, c, day(rng, date(2023, 1, 1), date(2024, 12, 31)).isoformat(),
                     rng.choices([1, 2, 4, 6, 8], [5, 3, 3, 2, 1])[0], rng.choice([15.0, 20.0, 25.0, 35.0, 45.0])))
    db.executemany("INSERT INTO coaching_sessions VALUES (?,?,?,?,?,?)", sess)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_press(path: Path) -> None:
    rng = random.Random(3502)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE authors (authorId INTEGER PRIMARY KEY, fullName TEXT, homeCountry TEXT, debutYear INTEGER,
                          agentName TEXT);
    CREATE TABLE books (bookId INTEGER PRIMARY KEY, title TEXT, authorId INTEGER REFERENCES authors(authorId),
                        genre TEXT, pubDate TEXT, listPrice REAL, pageCount INTEGER, bookFormat TEXT);
    CREATE TABLE salesLines (saleId INTEGER PRIMARY KEY, bookId INTEGER REFERENCES books(bookId), saleMonth TEXT,
                             salesChannel TEXT, unitsSold INTEGER, netRevenue REAL);
    CREATE TABLE printRuns (runId INTEGER PRIMARY KEY, bookId INTEGER REFERENCES books(bookId), printDate TEXT,
                            copiesPrinted INTEGER, unitCost REAL, printerName TEXT);
    """)
    countries = ["Ireland", "Scotland", "Canada", "Nigeria", "New Zealand", "Wales"]
    agents = ["Curtis Brown", "Blake Friedmann", "Janklow", None]
    authors = []
    for aid in range(1, 31):
        authors.append((aid, f"{rng.choice(FIRST)} {LAST[(aid * 7) % len(LAST)]}{'' if aid < 21 else '-' + rng.choice(LAST)}",
                        rng.choices(countries, [6, 5, 4, 2, 2, 3])[0], rng.randrange(1995, 2023), rng.choice(agents)))
    db.executemany("INSERT INTO authors VALUES (?,?,?,?,?)", authors)
    genres = ["literary fiction", "crime", "poetry", "nature writing", "memoir", "children's", "history"]
    w1 = "Salt Harbour Quiet Orchard Night Ferry Winter Ledger Glass River Lantern Hollow Copper Field Blue".split()
    w2 = "Letters Tides Almanac Houses Crossing Season Reckoning Garden Archive Weather Saints Wolves".split()
    books, used = [], set()
    for bid in range(1, 91):
        while True:
            t = f"The {rng.choice(w1)} {rng.choice(w2)}"
            if t not in used:
                used.add(t)
                break
        g = rng.choices(genres, [6, 5, 2, 3, 3, 3, 3])[0]
        fmt = rng.choices(["hardback", "paperback", "ebook"], [3, 5, 2])[0]
        price = {"hardback": 18.99, "paperback": 9.99, "ebook": 6.99}[fmt] + rng.choice([0, 0, 1, 2, 3])
        pages = rng.randrange(48, 120) if g in ("poetry", "children's") else rng.randrange(180, 560)
        books.append((bid, t, rng.randrange(1, 31), g, day(rng, date(2018, 1, 1), date(2024, 9, 30)).isoformat(),
                      price, pages, fmt))
    books[16] = (17, "The Long Field Almanac", 4, "nature writing", "2021-03-18", 24.99, 612, "hardback")  # longest
    db.executemany("INSERT INTO books VALUES (?,?,?,?,?,?,?,?)", books)
    sales, sid = [], 1
    for b in books:
        start = date.fromisoformat(b[4])
        pop = rng.choice([0.3, 0.6, 1, 1, 1.5, 3]) * (4 if b[0] == 23 else 1)
        for ym in [(y, m) for y in range(2018, 2025) for m in range(1, 13)]:
            if date(ym[0], ym[1], 28) < start or rng.random() < 0.35:
                continue
            for ch in ["bookshop", "online", "library", "export"]:
                if rng.random() < {"bookshop": 0.8, "online": 0.85, "library": 0.3, "export": 0.25}[ch]:
                    u = max(1, int(rng.gauss(40, 25) * pop * {"bookshop": 1, "online": 1.3, "library": 0.4, "export": 0.5}[ch]))
                    disc = {"bookshop": 0.55, "online": 0.45, "library": 0.6, "export": 0.4}[ch]
                    sales.append((sid, b[0], f"{ym[0]}-{ym[1]:02d}", ch, u, round(u * b[5] * disc, 2)))
                    sid += 1
    db.executemany("INSERT INTO salesLines VALUES (?,?,?,?,?,?)", sales)
    runs, rid = [], 1
    printers = ["Clays", "CPI Antony Rowe", "Bell & Bain", "TJ International"]
    for b in books:
        d = date.fromisoformat(b[4]) - timedelta(days=rng.randrange(20, 60))
        for _k in range(rng.choice([1, 1, 2, 3, 4])):
            copies = rng.choice([500, 1000, 1500, 2000, 3000, 5000]) + rid
            runs.append((rid, b[0], d.isoformat(), copies, round(rng.uniform(1.2, 4.8), 2), rng.choice(printers)))
            rid += 1
            d += timedelta(days=rng.randrange(90, 400))
    db.executemany("INSERT INTO printRuns VALUES (?,?,?,?,?,?)", runs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_agsupply(path: Path) -> None:
    rng = random.Random(3503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE CD_TBL (CD_TYP TEXT, CD_VAL TEXT, CD_DESC TEXT, PRIMARY KEY (CD_TYP, CD_VAL));
    CREATE TABLE CUST_MST (CUST_NO TEXT PRIMARY KEY, CUST_NM TEXT, RGN_CD TEXT, CUST_TYP_CD TEXT,
                           CRDT_LMT REAL, OPEN_DT TEXT, ACTV_FLG TEXT);
    CREATE TABLE PROD_MST (PROD_NO TEXT PRIMARY KEY, PROD_DESC TEXT, CAT_CD TEXT, UOM TEXT, UNIT_PRC REAL);
    CREATE TABLE ORD_HDR (ORD_NO INTEGER PRIMARY KEY, CUST_NO TEXT REFERENCES CUST_MST(CUST_NO), ORD_DT TEXT,
                          STAT_CD TEXT, DLVR_DT TEXT);
    CREATE TABLE ORD_DTL (ORD_NO INTEGER REFERENCES ORD_HDR(ORD_NO), LN_NO INTEGER,
                          PROD_NO TEXT REFERENCES PROD_MST(PROD_NO), QTY INTEGER, LN_AMT REAL);
    """)
    codes = [("RGN", "N", "North"), ("RGN", "S", "South"), ("RGN", "E", "East"), ("RGN", "W", "West"),
             ("CTYP", "AR", "Arable farm"), ("CTYP", "LV", "Livestock farm"), ("CTYP", "MX", "Mixed farm"),
             ("CTYP", "HC", "Horticulture"), ("CTYP", "CT", "Contractor"),
             ("CAT", "FRT", "Fertiliser"), ("CAT", "SED", "Seed"), ("CAT", "FED", "Animal feed"),
             ("CAT", "CHM", "Crop protection"), ("CAT", "FNC", "Fencing"), ("CAT", "VET", "Veterinary"),
             ("STAT", "OP", "Open"), ("STAT", "DL", "Delivered"), ("STAT", "CX", "Cancelled"), ("STAT", "BO", "Back-ordered")]
    db.executemany("INSERT INTO CD_TBL VALUES (?,?,?)", codes)
    farm = "Brook Hill Moor Oak Ash Ridge Mill Stone Willow Elm Heath Thorn Fern Glebe Manor".split()
    suffix = ["Farm", "Farms Ltd", "Estate", "Partners", "Growers", "Agri Services"]
    cust, used = [], set()
    for i in range(1, 161):
        while True:
            nm = f"{rng.choice(farm)}{rng.choice(['field', 'side', 'gate', 'cote', 'worth'])} {rng.choice(suffix)}"
            if nm not in used:
                used.add(nm)
                break
        typ = rng.choices(["AR", "LV", "MX", "HC", "CT"], [5, 5, 4, 2, 1])[0]
        cust.append((f"C{i:05d}", nm, rng.choices("NSEW", [4, 3, 3, 2])[0], typ,
                     rng.choice([5000, 10000, 15000, 25000, 50000]),
                     day(rng, date(2008, 1, 1), date(2024, 6, 30)).isoformat(), rng.choices("YN", [9, 1])[0]))
    db.executemany("INSERT INTO CUST_MST VALUES (?,?,?,?,?,?,?)", cust)
    prods = [("NPK 20-10-10 600kg bag", "FRT", "BAG", 412.0), ("Ammonium nitrate 34.5% 600kg", "FRT", "BAG", 389.0),
             ("Urea 46% 500kg", "FRT", "BAG", 318.0), ("Lime granules 1t", "FRT", "TON", 96.0),
             ("Winter wheat seed 500kg", "SED", "BAG", 455.0), ("Spring barley seed 500kg", "SED", "BAG", 402.0),
             ("Grass ley mix 14kg", "SED", "BAG", 118.0), ("Maize seed 50k", "SED", "UNIT", 139.0),
             ("Dairy nut 18% 1t", "FED", "TON", 345.0), ("Calf rearer pellets 25kg", "FED", "BAG", 17.5),
             ("Ewe nut 25kg", "FED", "BAG", 12.9), ("Mineral lick 20kg", "FED", "UNIT", 31.0),
             ("Glyphosate 20L", "CHM", "DRUM", 98.0), ("Fungicide triazole 5L", "CHM", "DRUM", 142.0),
             ("Slug pellets 20kg", "CHM", "BAG", 64.0), ("Tanalised post 1.8m", "FNC", "UNIT", 4.6),
             ("Stock netting 100m", "FNC", "ROLL", 79.0), ("Barbed wire 200m", "FNC", "ROLL", 52.0),
             ("Electric fence energiser", "FNC", "UNIT", 265.0), ("Sheep wormer 2.5L", "VET", "UNIT", 88.0),
             ("Cattle pour-on 2.5L", "VET", "UNIT", 121.0), ("Foot-rot spray 500ml", "VET", "UNIT", 14.2)]
    db.executemany("INSERT INTO PROD_MST VALUES (?,?,?,?,?)",
                   [(f"P{100 + i}", *p) for i, p in enumerate(prods)])
    hdr, dtl = [], []
    for o in range(1, 1901):
        c = rng.choices(range(1, 161), [1 + 3 * (i % 11 == 0) + 12 * (i == 42) for i in range(1, 161)])[0]
        d = day(rng, date(2022, 1, 1), date(2024, 12, 31))
        st = rng.choices(["DL", "OP", "CX", "BO"], [80, 8, 7, 5])[0]
        if d > date(2024, 11, 30) and st == "DL":
            st = "OP"
        dl = (d + timedelta(days=rng.randrange(1, 15))).isoformat() if st == "DL" else None
        hdr.append((70000 + o, f"C{c:05d}", d.isoformat(), st, dl))
        for ln, pi in enumerate(rng.sample(range(len(prods)), rng.randrange(1, 5)), 1):
            q = rng.choice([1, 2, 2, 3, 5, 10, 20, 40]) if prods[pi][2] in ("UNIT", "BAG") else rng.choice([1, 2, 4, 8])
            dtl.append((70000 + o, ln, f"P{100 + pi}", q, round(q * prods[pi][3] * rng.choice([1, 1, 0.95, 0.9]), 2)))
    db.executemany("INSERT INTO ORD_HDR VALUES (?,?,?,?,?)", hdr)
    db.executemany("INSERT INTO ORD_DTL VALUES (?,?,?,?,?)", dtl)
    db.commit()
    db.close()


BUILDERS = {"courts": build_courts, "press": build_press, "agsupply": build_agsupply}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
