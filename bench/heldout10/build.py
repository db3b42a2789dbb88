"""Tenth held-out evaluation: three SQLite databases (a city's 311 service requests, a video
streaming service, a craft brewery) and hand-written analyst conversations over them, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout10/build.py [OUT_DIR]   # writes city311.sqlite, streaming.sqlite, brewery.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout10), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all, day  # noqa: E402

FIRST = ("Abel Bianca Cyrus Delia Emil Farah Gideon Hana Idris Jolene Kofi Lena Marek Nadia Omar Petra "
         "Rosa Silas Tamsin Ulrich Vera Wes Ximena Yusuf Zora").split()
LAST = ("Abbott Brennan Castillo Dorsey Eklund Ferreira Gallo Hughes Iqbal Jovanovic Kerr Lindgren "
        "Moreau Nakamura O'Neill Pereira Quist Reyes Sokolov Thornton").split()


# ------------------------------------------------------------------------------------------
def build_city311(path: Path) -> None:
    rng = random.Random(10101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE departments (dept_id INTEGER PRIMARY KEY, dept_name TEXT, director_name TEXT, annual_budget_usd REAL);
    CREATE TABLE neighbourhoods (nbhd_id INTEGER PRIMARY KEY, nbhd_name TEXT, district TEXT, population INTEGER);
    CREATE TABLE crews (crew_id INTEGER PRIMARY KEY, crew_name TEXT, dept_id INTEGER REFERENCES departments(dept_id),
                        crew_lead TEXT, depot_district TEXT, headcount INTEGER);
    CREATE TABLE service_requests (request_id INTEGER PRIMARY KEY, category TEXT,
                                   dept_id INTEGER REFERENCES departments(dept_id),
                                   nbhd_id INTEGER REFERENCES neighbourhoods(nbhd_id),
                                   crew_id INTEGER REFERENCES crews(crew_id), channel TEXT, priority TEXT,
                                   opened_at TEXT, closed_at TEXT, status TEXT, repair_cost_usd REAL);
    """)
    depts = [("Streets & Sanitation", "Marta Quist", 48_500_000), ("Water Management", "Desmond Kerr", 61_200_000),
             ("Parks & Recreation", "Lucia Ferreira", 22_750_000), ("Transportation", "Howard Lindgren", 55_900_000),
             ("Buildings", "Priya Nakamura", 18_300_000)]
    db.executemany("INSERT INTO departments VALUES (?,?,?,?)", [(i + 1, *d) for i, d in enumerate(depts)])
    nbhds = [("Riverside", "North", 24100), ("Old Town", "Central", 15800), ("Harbor Point", "East", 19650),
             ("Maple Heights", "North", 31200), ("Eastgate", "East", 27400), ("West End", "West", 22900),
             ("Southfield", "South", 35600), ("Mill Creek", "South", 12300), ("Cathedral Square", "Central", 9800),
             ("Lakeview", "West", 28750), ("Riverside Park", "North", 8400), ("Northgate", "North", 17300)]
    db.executemany("INSERT INTO neighbourhoods VALUES (?,?,?,?)", [(i + 1, *n) for i, n in enumerate(nbhds)])
    crews = []
    districts = ["North", "Central", "East", "West", "South"]
    cid = 0
    for d in range(1, 6):
        for k in range(3 if d in (1, 2, 4) else 2):
            cid += 1
            crews.append((cid, f"{['Sanitation', 'Water', 'Parks', 'Transport', 'Buildings'][d - 1]} Crew "
                               f"{'ABC'[k]}", d, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(districts),
                          rng.randrange(4, 13)))
    db.executemany("INSERT INTO crews VALUES (?,?,?,?,?,?)", crews)
    cats = {1: ["Missed Garbage Pickup", "Illegal Dumping", "Graffiti Removal", "Dead Animal Pickup"],
            2: ["Water Main Break", "Leaking Hydrant", "Low Water Pressure", "Sewer Backup"],
            3: ["Fallen Tree", "Park Maintenance", "Playground Repair"],
            4: ["Pothole", "Streetlight Out", "Traffic Signal Out", "Damaged Street Sign"],
            5: ["Building Code Violation", "Unsafe Structure"]}
    reqs = []
    for rid in range(1, 3201):
        d = rng.choices(range(1, 6), [30, 18, 12, 32, 8])[0]
        cat = rng.choice(cats[d])
        nb = rng.choices(range(1, 13), [9, 7, 8, 10, 9, 7, 12, 4, 3, 8, 2, 5])[0]
        crew = rng.choice([c[0] for c in crews if c[2] == d])
        opened = datetime.combine(day(rng, date(2023, 1, 1), date(2024, 12, 31)), datetime.min.time()) + \
            timedelta(hours=rng.randrange(6, 22), minutes=rng.randrange(60))
        pr = rng.choices(["Low", "Medium", "High", "Urgent"], [4, 6, 3, 1])[0]
        r = rng.random()
        if opened.date() > date(2024, 12, 10) and r < 0.6 or r < 0.08:
            status, closed, cost = ("Open" if r < 0.05 else "In Progress"), None, None
        else:
            status = "Closed" if rng.random() < 0.93 else "Cancelled"
            closed = (opened + timedelta(hours=rng.randrange(2, 24 * {"Urgent": 3, "High": 8, "Medium": 20,
                                                                       "Low": 40}[pr]))).strftime("%Y-%m-%d %H:%M")
            cost = round(rng.uniform(40, 900) * (4 if d == 2 else 1), 2) if status == "Closed" else None
        reqs.append((rid, cat, d, nb, crew, rng.choices(["Phone", "App", "Web", "Email"], [5, 6, 3, 1])[0], pr,
                     opened.strftime("%Y-%m-%d %H:%M"), closed, status, cost))
    db.executemany("INSERT INTO service_requests VALUES (?,?,?,?,?,?,?,?,?,?,?)", reqs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_streaming(path: Path) -> None:
    rng = random.Random(10202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Plans (PlanID INTEGER PRIMARY KEY, PlanName TEXT, MonthlyFee REAL, MaxScreens INTEGER, HasAds INTEGER);
    CREATE TABLE Subscribers (SubID INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Country TEXT,
                              PlanID INTEGER REFERENCES Plans(PlanID), SignupDt TEXT, CancelDt TEXT);
    CREATE TABLE Titles (TitleID INTEGER PRIMARY KEY, TitleName TEXT, Genre TEXT, ReleaseYr INTEGER, RuntimeMin INTEGER,
                         ProdCountry TEXT, IsOriginal INTEGER);
    CREATE TABLE ViewingSessions (SessID INTEGER PRIMARY KEY, SubID INTEGER REFERENCES Subscribers(SubID),
                                  TitleID INTEGER REFERENCES Titles(TitleID), StartTs TEXT, WatchMin INTEGER,
                                  DeviceType TEXT);
    """)
    plans = [("Basic with Ads", 6.99, 1, 1), ("Basic", 9.99, 1, 0), ("Standard", 15.49, 2, 0),
             ("Premium", 22.99, 4, 0), ("Family Premium", 26.99, 6, 0)]
    db.executemany("INSERT INTO Plans VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(plans)])
    countries = ["United States", "Canada", "United Kingdom", "Germany", "Brazil", "India", "Japan", "Mexico"]
    subs = []
    for s in range(1, 501):
        signup = day(rng, date(2021, 1, 1), date(2024, 11, 30))
        cancel = day(rng, signup + timedelta(days=30), date(2024, 12, 31)).isoformat() \
            if rng.random() < 0.22 and signup < date(2024, 10, 1) else None
        subs.append((s, rng.choice(FIRST), rng.choice(LAST), rng.choices(countries, [8, 3, 4, 3, 3, 4, 2, 2])[0],
                     rng.choices(range(1, 6), [4, 3, 6, 3, 2])[0], signup.isoformat(), cancel))
    subs[41] = (42, "Yusuf", "Abbott", "Japan", 5, "2020-12-15", None)     # the earliest signup
    db.executemany("INSERT INTO Subscribers VALUES (?,?,?,?,?,?,?)", subs)
    words1 = "Silent Crimson Last Hidden Broken Golden Distant Wild Frozen Midnight Lost Electric".split()
    words2 = "Harbor Empire Signal Garden Frontier Kingdom Tide Protocol Orchard Horizon Circuit Lantern".split()
    genres = ["Drama", "Comedy", "Thriller", "Documentary", "Animation", "Sci-Fi", "Romance", "Crime Drama"]
    pc = ["United States", "United Kingdom", "South Korea", "Japan", "Spain", "India", "Canada", "Germany"]
    titles, seen = [], set()
    while len(titles) < 120:
        name = f"The {rng.choice(words1)} {rng.choice(words2)}" if rng.random() < 0.5 else \
            f"{rng.choice(words1)} {rng.choice(words2)}"
        if name in seen:
            continue
        seen.add(name)
        g = rng.choice(genres)
        rt = rng.randrange(20, 60) if g in ("Comedy", "Animation") and rng.random() < 0.5 else rng.randrange(75, 165)
        titles.append((len(titles) + 1, name, g, rng.randrange(1995, 2025), rt, rng.choices(pc, [8, 3, 3, 2, 2, 2, 1, 1])[0],
                       1 if rng.random() < 0.3 else 0))
    db.executemany("INSERT INTO Titles VALUES (?,?,?,?,?,?,?)", titles)
    pop = [rng.paretovariate(1.3) for _ in titles]
    sess = []
    for n in range(1, 4001):
        s = subs[rng.randrange(500)]
        lo = max(date.fromisoformat(s[5]), date(2024, 1, 1))
        hi = date.fromisoformat(s[6]) if s[6] else date(2024, 12, 31)
        if lo > hi:
            lo = hi
        t = rng.choices(titles, pop)[0]
        ts = datetime.combine(day(rng, lo, hi), datetime.min.time()) + timedelta(hours=rng.choice(
            [7, 12, 18, 19, 20, 20, 21, 21, 22, 23]), minutes=rng.randrange(60))
        sess.append((n, s[0], t[0], ts.strftime("%Y-%m-%d %H:%M"), rng.randrange(3, t[4] + 1),
                     rng.choices(["TV", "Mobile", "Tablet", "Web"], [6, 4, 2, 2])[0]))
    db.executemany("INSERT INTO ViewingSessions VALUES (?,?,?,?,?,?)", sess)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_brewery(path: Path) -> None:
    rng = random.Random(10303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE beers (beerId INTEGER PRIMARY KEY, beerName TEXT, beerStyle TEXT, abv REAL, ibu INTEGER,
                        launchDate TEXT, isSeasonal INTEGER);
    CREATE TABLE batches (batchId INTEGER PRIMARY KEY, beerId INTEGER REFERENCES beers(beerId), brewDate TEXT,
                          volumeLitres REAL, brewerName TEXT, originalGravity REAL);
    CREATE TABLE taprooms (taproomId INTEGER PRIMARY KEY, taproomName TEXT, city TEXT, openedOn TEXT, seatCount INTEGER);
    CREATE TABLE kegs (kegId INTEGER PRIMARY KEY, batchId INTEGER REFERENCES batches(batchId),
                       taproomId INTEGER REFERENCES taprooms(taproomId), sizeLitres INTEGER, filledOn TEXT,
                       kegStatus TEXT);
    CREATE TABLE sales (saleId INTEGER PRIMARY KEY, taproomId INTEGER REFERENCES taprooms(taproomId),
                        beerId INTEGER REFERENCES beers(beerId), saleDate TEXT, pintsSold INTEGER, revenue REAL,
                        customerCity TEXT);
    """)
    beers = [("Harbour Light Lager", "Lager", 4.4, 18, "2019-03-01", 0), ("Copper Kettle Red", "Red Ale", 5.2, 30,
             "2019-03-01", 0), ("Midnight Oat Stout", "Stout", 6.1, 40, "2019-10-15", 0),
             ("Hazy Daze IPA", "IPA", 6.5, 55, "2020-05-01", 0), ("West Coast IPA", "IPA", 7.0, 70, "2021-02-12", 0),
             ("Pumpkin Spice Ale", "Spiced Ale", 5.6, 22, "2021-09-01", 1), ("Summer Wheat", "Wheat Beer", 4.8, 14,
             "2022-05-20", 1), ("Double Dry Hopped IPA", "Double IPA", 8.2, 85, "2022-11-04", 0),
             ("Session Pale", "Pale Ale", 3.9, 32, "2023-03-17", 0), ("Winter Warmer", "Strong Ale", 7.4, 35,
             "2023-11-10", 1), ("Sour Cherry Gose", "Sour", 4.6, 8, "2024-04-05", 1),
             ("Coffee Porter", "Porter", 5.9, 38, "2024-06-21", 0)]
    db.executemany("INSERT INTO beers VALUES (?,?,?,?,?,?,?)", [(i + 1, *b) for i, b in enumerate(beers)])
    taprooms = [("The Brewhouse", "Portland", "2019-03-01", 120), ("Pearl District Taps", "Portland", "2021-06-12", 80),
                ("Seattle Taproom", "Seattle", "2022-04-01", 95), ("Boise Barrel Room", "Boise", "2023-08-19", 60),
                ("Eugene Alehouse", "Eugene", "2024-03-08", 70)]
    db.executemany("INSERT INTO taprooms VALUES (?,?,?,?,?)", [(i + 1, *t) for i, t in enumerate(taprooms)])
    brewers = ["Hana Eklund", "Marek Reyes", "Tamsin Gallo", "Kofi Brennan"]
    batches = []
    for b in range(1, 241):
        beer = rng.choices(range(1, 13), [10, 6, 5, 12, 7, 2, 3, 4, 6, 2, 2, 3])[0]
        lo = max(date.fromisoformat(beers[beer - 1][4]), date(2023, 1, 1))
        bd = day(rng, lo, date(2024, 12, 20))
        batches.append((b, beer, bd.isoformat(), float(rng.choice([800, 1000, 1000, 1200, 1500, 2000])) +
                        rng.choice([0, -15, -30, 10]), rng.choices(brewers, [4, 3, 3, 1])[0],
                        round(1.040 + beers[beer - 1][2] * 0.0075 + rng.uniform(-0.003, 0.003), 3)))
    db.executemany("INSERT INTO batches VALUES (?,?,?,?,?,?)", batches)
    kegs, k = [], 0
    for b in batches:
        for _ in range(rng.randrange(2, 7)):
            k += 1
            tr = rng.choices(range(1, 6), [5, 3, 3, 2, 1])[0]
            filled = date.fromisoformat(b[2]) + timedelta(days=rng.randrange(10, 30))
            st = "empty" if filled < date(2024, 10, 1) and rng.random() < 0.9 else rng.choice(["full", "tapped", "empty"])
            kegs.append((k, b[0], tr, rng.choice([20, 30, 50]), filled.isoformat(), st))
    db.executemany("INSERT INTO kegs VALUES (?,?,?,?,?,?)", kegs)
    sales = []
    cities = ["Portland", "Seattle", "Boise", "Eugene", "Salem", "Tacoma", "Vancouver"]
    for s in range(1, 2601):
        tr = rng.choices(range(1, 6), [5, 3, 3, 2, 1])[0]
        beer = rng.choices(range(1, 13), [10, 6, 5, 12, 7, 2, 3, 4, 6, 2, 2, 3])[0]
        lo = max(date.fromisoformat(beers[beer - 1][4]), date.fromisoformat(taprooms[tr - 1][2]), date(2023, 1, 1))
        sd = day(rng, lo, date(2024, 12, 31))
        pints = rng.randrange(5, 80)
        sales.append((s, tr, beer, sd.isoformat(), pints, round(pints * rng.choice([6.5, 7.0, 7.5, 8.0]), 2),
                      rng.choices(cities, [8, 4, 2, 2, 2, 1, 1])[0]))
    db.executemany("INSERT INTO sales VALUES (?,?,?,?,?,?,?)", sales)
    db.commit()
    db.close()


BUILDERS = {"city311": build_city311, "streaming": build_streaming, "brewery": build_brewery}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
