"""Held-out set 15: three SQLite databases (a public library's loans, a ski resort's passes and
lessons, a regional bus operator with legacy abbreviated names) and hand-written multi-turn
conversations over them, written before the engine was run on them (see README.md).

    python bench/heldout15/build.py [OUT_DIR]   # writes library.sqlite, ski.sqlite, bus.sqlite

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

FIRST = ("Ada Bram Celia Dario Edda Femi Gita Hana Ivo Jana Kofi Lena Milo Nora Omar Pia Rui Saba "
         "Theo Uma Vera Wim Xena Yusuf Zoe").split()
LAST = ("Aalto Berg Castro Diaz Eriksen Fontaine Greco Haas Ito Janssen Kaur Lind Moreau Nagy Ortiz "
        "Pohl Quist Reyes Silva Toth").split()


def build_library(path: Path) -> None:
    rng = random.Random(1501)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT, district TEXT, opened_year INTEGER);
    CREATE TABLE authors (author_id INTEGER PRIMARY KEY, full_name TEXT, country TEXT, birth_year INTEGER);
    CREATE TABLE books (book_id INTEGER PRIMARY KEY, title TEXT, genre TEXT, published_year INTEGER,
                        pages INTEGER, replacement_cost REAL);
    CREATE TABLE book_authors (book_id INTEGER REFERENCES books(book_id), author_id INTEGER REFERENCES authors(author_id));
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, joined_on TEXT,
                          home_branch_id INTEGER REFERENCES branches(branch_id), membership_type TEXT, birth_year INTEGER);
    CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES books(book_id),
                        member_id INTEGER REFERENCES members(member_id), branch_id INTEGER REFERENCES branches(branch_id),
                        loaned_on TEXT, due_on TEXT, returned_on TEXT, late_fee REAL);
    """)
    br = [("Central", "Old Town", 1962), ("Riverside", "Harbour", 1988), ("Northgate", "Northgate", 1975),
          ("Elm Park", "Elm Park", 2004), ("Hillcrest", "Hillcrest", 2015), ("Market Square", "Old Town", 1999)]
    db.executemany("INSERT INTO branches VALUES (?,?,?,?)", [(i + 1, *b) for i, b in enumerate(br)])
    countries = ["UK", "Ireland", "USA", "Canada", "France", "Nigeria", "Japan", "Sweden", "Chile"]
    authors = []
    for i in range(1, 41):
        authors.append((i, f"{rng.choice(FIRST)} {rng.choice(LAST)}" + ("" if i < 30 else " Jr"),
                        rng.choice(countries), rng.randrange(1920, 1995) if rng.random() > 0.1 else None))
    db.executemany("INSERT INTO authors VALUES (?,?,?,?)", authors)
    genres = ["Crime", "Fantasy", "History", "Romance", "Science", "Children", "Biography", "Poetry"]
    words = ("Silent River Glass Winter Garden Stone Harbour Lantern Orchard Iron Paper Salt Ember North "
             "Hollow Crown Map Tide Feather Clock").split()
    books, ba = [], []
    used = set()
    for b in range(1, 301):
        while True:
            t = f"The {rng.choice(words)} {rng.choice(words)}" if rng.random() < 0.5 else f"{rng.choice(words)} of {rng.choice(words)}"
            if t not in used:
                used.add(t)
                break
        g = rng.choices(genres, [14, 12, 9, 10, 8, 11, 6, 3])[0]
        books.append((b, t, g, rng.randrange(1950, 2025), rng.randrange(60, 720) if rng.random() > 0.05 else None,
                      round(rng.uniform(6, 45), 2)))
        for a in rng.sample(range(1, 41), rng.choices([1, 2, 3], [8, 2, 1])[0]):
            ba.append((b, a))
    db.executemany("INSERT INTO books VALUES (?,?,?,?,?,?)", books)
    db.executemany("INSERT INTO book_authors VALUES (?,?)", ba)
    members = []
    for m in range(1, 401):
        members.append((m, rng.choice(FIRST), rng.choice(LAST),
                        day(rng, date(2015, 1, 1), date(2024, 6, 30)).isoformat(),
                        rng.choices(range(1, 7), [10, 7, 6, 5, 3, 4])[0],
                        rng.choices(["adult", "child", "senior", "student"], [10, 4, 3, 3])[0],
                        rng.randrange(1940, 2018)))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?)", members)
    loans = []
    for lid in range(1, 3001):
        b = rng.choices(range(1, 301), [1 + (i % 7 == 0) * 4 for i in range(300)])[0]
        m = rng.randrange(1, 381)          # members 381..400 never borrow
        br_ = members[m - 1][4] if rng.random() < 0.7 else rng.randrange(1, 7)
        lo = day(rng, date(2023, 1, 1), date(2025, 6, 30))
        due = lo + timedelta(days=21)
        r = rng.random()
        if lo > date(2025, 6, 1) and r < 0.6:
            ret, fee = None, None
        elif r < 0.03:
            ret, fee = None, None
        else:
            ret = lo + timedelta(days=rng.choices([rng.randrange(1, 22), rng.randrange(22, 60)], [5, 1])[0])
            late = (ret - due).days
            fee = round(late * 0.25, 2) if late > 0 else None
        loans.append((lid, b, m, br_, lo.isoformat(), due.isoformat(), ret.isoformat() if ret else None, fee))
    db.executemany("INSERT INTO loans VALUES (?,?,?,?,?,?,?,?)", loans)
    db.commit()
    db.close()


def build_ski(path: Path) -> None:
    rng = random.Random(1502)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE lifts (lift_id INTEGER PRIMARY KEY, lift_name TEXT, lift_type TEXT, vertical_m INTEGER,
                        capacity_per_hour INTEGER, opened_year INTEGER);
    CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, country TEXT,
                         birth_date TEXT, email TEXT);
    CREATE TABLE passes (pass_id INTEGER PRIMARY KEY, guest_id INTEGER REFERENCES guests(guest_id),
                         pass_type TEXT, valid_from TEXT, valid_to TEXT, price REAL, discount_code TEXT);
    CREATE TABLE lift_rides (ride_id INTEGER PRIMARY KEY, pass_id INTEGER REFERENCES passes(pass_id),
                             lift_id INTEGER REFERENCES lifts(lift_id), ride_date TEXT, ride_time TEXT);
    CREATE TABLE instructors (instructor_id INTEGER PRIMARY KEY, name TEXT, discipline TEXT, hired_on TEXT,
                              hourly_rate REAL);
    CREATE TABLE lessons (lesson_id INTEGER PRIMARY KEY, instructor_id INTEGER REFERENCES instructors(instructor_id),
                          lesson_date TEXT, level TEXT, hours REAL, price_per_person REAL);
    CREATE TABLE lesson_bookings (lesson_id INTEGER REFERENCES lessons(lesson_id),
                                  guest_id INTEGER REFERENCES guests(guest_id), booked_on TEXT, attended INTEGER);
    """)
    lifts = [("Edelweiss Express", "gondola", 820, 2400, 2008), ("Summit Chair", "chairlift", 610, 1800, 1996),
             ("Blue Valley Chair", "chairlift", 340, 2000, 2012), ("Nursery Carpet", "magic carpet", 15, 900, 2018),
             ("Glacier T-Bar", "t-bar", 280, 1100, 1985), ("Pine Ridge Chair", "chairlift", 450, 2200, 2019),
             ("Kinder Drag", "drag lift", 40, 700, 2001), ("North Face Tram", "cable car", 1050, 800, 1978)]
    db.executemany("INSERT INTO lifts VALUES (?,?,?,?,?,?)", [(i + 1, *x) for i, x in enumerate(lifts)])
    countries = ["Switzerland", "Germany", "UK", "Netherlands", "France", "Italy", "USA", "Belgium"]
    guests = []
    for g in range(1, 501):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        guests.append((g, fn, ln, rng.choices(countries, [8, 9, 7, 5, 4, 3, 2, 3])[0],
                       day(rng, date(1950, 1, 1), date(2016, 12, 31)).isoformat(),
                       f"{fn.lower()}.{ln.lower()}{g}@example.com" if rng.random() > 0.15 else None))
    db.executemany("INSERT INTO guests VALUES (?,?,?,?,?,?)", guests)
    ptypes = {"day": (1, 69.0), "3-day": (3, 189.0), "week": (7, 399.0), "season": (150, 1190.0)}
    passes, rides = [], []
    pid = 0
    for g in range(1, 471):              # guests 471..500 never buy a pass
        for _ in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
            pid += 1
            t = rng.choices(list(ptypes), [10, 5, 4, 1])[0]
            days, base = ptypes[t]
            season = rng.choice([2023, 2024])
            vf = date(season, 12, 1) if t == "season" else day(rng, date(season, 12, 10), date(season + 1, 4, 5))
            vt = vf + timedelta(days=days - 1)
            code = rng.choices([None, "EARLY10", "FAMILY15", "LOCAL20"], [12, 3, 2, 1])[0]
            pct = {None: 0, "EARLY10": 0.10, "FAMILY15": 0.15, "LOCAL20": 0.20}[code]
            passes.append((pid, g, t, vf.isoformat(), vt.isoformat(), round(base * (1 - pct) + rng.choice([0, 0, 5, -5]), 2), code))
            ndays = min(days, 12)
            for k in range(ndays):
                if rng.random() < 0.3:
                    continue
                d = vf + timedelta(days=k if t != "season" else rng.randrange(120))
                for _ in range(rng.randrange(1, 5)):
                    lid = rng.choices(range(1, 9), [14, 10, 12, 3, 5, 11, 2, 6])[0]
                    rides.append((pid, lid, d.isoformat(), f"{rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"))
    db.executemany("INSERT INTO passes VALUES (?,?,?,?,?,?,?)", passes)
    db.executemany("INSERT INTO lift_rides (pass_id, lift_id, ride_date, ride_time) VALUES (?,?,?,?)", rides)
    instr = []
    for i in range(1, 15):
        instr.append((i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["ski", "ski", "snowboard", "telemark"]),
                      day(rng, date(2010, 1, 1), date(2023, 10, 1)).isoformat(), round(rng.uniform(38, 75), 2)))
    db.executemany("INSERT INTO instructors VALUES (?,?,?,?,?)", instr)
    lessons, bookings = [], []
    for lid in range(1, 241):
        season = rng.choice([2023, 2024])
        d = day(rng, date(season, 12, 5), date(season + 1, 4, 10))
        lvl = rng.choices(["beginner", "intermediate", "advanced"], [5, 3, 2])[0]
        lessons.append((lid, rng.randrange(1, 14), d.isoformat(), lvl, rng.choice([1.0, 2.0, 2.0, 3.0]),
                        rng.choice([45.0, 60.0, 75.0, 90.0])))   # instructor 14 never teaches
        for g in rng.sample(range(1, 501), rng.randrange(1, 7)):
            bookings.append((lid, g, (d - timedelta(days=rng.randrange(0, 30))).isoformat(),
                             1 if rng.random() < 0.88 else 0))
    db.executemany("INSERT INTO lessons VALUES (?,?,?,?,?,?)", lessons)
    db.executemany("INSERT INTO lesson_bookings VALUES (?,?,?,?)", bookings)
    db.commit()
    db.close()


def build_bus(path: Path) -> None:
    rng = random.Random(1503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE DEPOT (dpt_cd TEXT PRIMARY KEY, dpt_nm TEXT, twn TEXT);
    CREATE TABLE RTE (rte_no INTEGER PRIMARY KEY, rte_nm TEXT, dpt_cd TEXT REFERENCES DEPOT(dpt_cd),
                      len_km REAL, intro_dt TEXT);
    CREATE TABLE STP (stp_id INTEGER PRIMARY KEY, stp_nm TEXT, twn TEXT, shltr_flg INTEGER);
    CREATE TABLE RTE_STP (rte_no INTEGER REFERENCES RTE(rte_no), stp_id INTEGER REFERENCES STP(stp_id), seq_no INTEGER);
    CREATE TABLE VEH (veh_no INTEGER PRIMARY KEY, mdl TEXT, seats INTEGER, fuel_cd TEXT, bld_yr INTEGER,
                      dpt_cd TEXT REFERENCES DEPOT(dpt_cd));
    CREATE TABLE STAT_LKP (stat_cd TEXT PRIMARY KEY, stat_desc TEXT);
    CREATE TABLE TRP (trp_id INTEGER PRIMARY KEY, rte_no INTEGER REFERENCES RTE(rte_no), veh_no INTEGER REFERENCES VEH(veh_no),
                      svc_dt TEXT, sched_dep TEXT, dly_min INTEGER, pax_cnt INTEGER, fare_amt REAL, stat_cd TEXT REFERENCES STAT_LKP(stat_cd));
    """)
    depots = [("KSD", "Kingsdale Depot", "Kingsdale"), ("MRW", "Marlow Road", "Ashby"), ("HTN", "Hatton Yard", "Hatton")]
    db.executemany("INSERT INTO DEPOT VALUES (?,?,?)", depots)
    towns = ["Kingsdale", "Ashby", "Hatton", "Brockley", "Fenwick", "Lowmoor"]
    stops = []
    for s in range(1, 61):
        stops.append((s, f"{rng.choice(['High St', 'Station', 'Church', 'Market', 'School', 'Hospital', 'Park', 'Mill Lane', 'Green', 'Bridge'])} ({s})",
                      rng.choice(towns), 1 if rng.random() < 0.55 else 0))
    db.executemany("INSERT INTO STP VALUES (?,?,?,?)", stops)
    routes = []
    for r, nm in enumerate(["Kingsdale - Ashby", "Kingsdale Circular", "Ashby - Hatton", "Hatton - Lowmoor",
                            "Brockley Link", "Fenwick Express", "Ashby Town", "Lowmoor - Kingsdale",
                            "Hospital Shuttle", "Night Owl", "Hatton Circular", "Schools Special"], start=1):
        routes.append((r * 10, nm, depots[(r - 1) % 3][0], round(rng.uniform(6, 42), 1),
                       day(rng, date(2005, 1, 1), date(2022, 12, 31)).isoformat()))
    db.executemany("INSERT INTO RTE VALUES (?,?,?,?,?)", routes)
    rs = []
    for r in routes:
        for k, s in enumerate(rng.sample(range(1, 61), rng.randrange(6, 16)), start=1):
            rs.append((r[0], s, k))
    db.executemany("INSERT INTO RTE_STP VALUES (?,?,?)", rs)
    db.executemany("INSERT INTO STAT_LKP VALUES (?,?)", [("C", "Completed"), ("X", "Cancelled"),
                                                         ("P", "Part-run (curtailed)"), ("D", "Diverted")])
    veh = []
    for v in range(1, 41):
        veh.append((100 + v, rng.choice(["Enviro200", "Enviro400", "StreetLite", "Citaro", "Solo SR"]),
                    rng.choice([29, 33, 45, 72, 80]), rng.choices(["D", "H", "E"], [6, 2, 2])[0],
                    rng.randrange(2008, 2025), depots[rng.randrange(3)][0]))
    veh[0] = (101, "Dart SLF", 37, "D", 2004, "KSD")     # the oldest bus, clear of ties
    db.executemany("INSERT INTO VEH VALUES (?,?,?,?,?,?)", veh)
    veh = veh[:-2]                                        # 139 and 140: never run a trip (reserve fleet)
    trips = []
    for t in range(1, 3601):
        r = rng.choices(routes, [12, 10, 9, 8, 5, 7, 9, 6, 4, 3, 6, 2])[0]
        if r[0] == 120:
            d = day(rng, date(2024, 1, 8), date(2024, 7, 19))     # school route: first half of 2024 only
        else:
            d = day(rng, date(2024, 1, 1), date(2025, 3, 31))
        st = rng.choices(["C", "X", "P", "D"], [88, 5, 4, 3])[0]
        veh_no = rng.choice([v for v in veh if v[5] == r[2]])[0] if st != "X" else None
        dly = None if st == "X" else max(0, int(rng.gauss(3 if d.month not in (12, 1) else 6, 5)))
        pax = 0 if st == "X" else rng.randrange(2, 70)
        fare = None if st == "X" else round(pax * rng.uniform(1.6, 2.6), 2)
        trips.append((t, r[0], veh_no, d.isoformat(), f"{rng.randrange(5, 24):02d}:{rng.choice(['00', '15', '30', '45'])}",
                      dly, pax, fare, st))
    db.executemany("INSERT INTO TRP VALUES (?,?,?,?,?,?,?,?,?)", trips)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"library": build_library, "ski": build_ski, "bus": build_bus}, SETS))
