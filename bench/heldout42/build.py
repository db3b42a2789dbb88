"""Held-out evaluation heldout42: three SQLite databases (a tree-surgery firm, a pottery studio,
a city's public swimming pools) and hand-written analyst conversations over them, written before
the engine was run on them (see README.md in this folder).

    python bench/heldout42/build.py [OUT_DIR]   # writes treecare.sqlite, pottery.sqlite, pools.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout42), checks every
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

FIRST = ("Abel Bronwen Cass Dara Eamon Fenna Gideon Hana Idris Juno Kasper Lorna Milo Nadia Orla Pavel "
         "Rhea Silas Tamsin Uriel Vera Wilf Xena Yusuf Zelda").split()
LAST = ("Ashworth Brennan Carver Dalton Ellery Fairbairn Gilchrist Hartley Iqbal Jardine Kavanagh Lindqvist "
        "Mbeki Nakamura Oduya Pembroke Quayle Radcliffe Szabo Thorne").split()


# ------------------------------------------------------------------------------------------
def build_treecare(path: Path) -> None:
    """An arborist firm: crews, customers, jobs and the loads of green waste hauled away."""
    rng = random.Random(4201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE crews (crew_id INTEGER PRIMARY KEY, crew_name TEXT, base_town TEXT, leader_nm TEXT,
                        hrly_rate REAL);
    CREATE TABLE custs (cust_id INTEGER PRIMARY KEY, cust_nm TEXT, cust_type TEXT, town TEXT, signup_dt TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES custs(cust_id),
                       crew_id INTEGER REFERENCES crews(crew_id), job_dt TEXT, job_type TEXT, tree_qty INTEGER,
                       hrs REAL, quote_amt REAL, inv_amt REAL, status TEXT);
    CREATE TABLE waste_loads (load_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id), load_dt TEXT,
                              wt_kg REAL, dest TEXT);
    """)
    crews = [("Oak Team", "Hexham", "Gideon Thorne", 38.5), ("Ash Team", "Morpeth", "Lorna Dalton", 41.0),
             ("Birch Team", "Hexham", "Pavel Szabo", 36.75), ("Rowan Team", "Alnwick", "Orla Brennan", 39.2),
             ("Cedar Team", "Morpeth", "Idris Mbeki", 44.6), ("Hazel Team", "Prudhoe", "Fenna Quayle", 35.9)]
    db.executemany("INSERT INTO crews VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(crews)])
    towns = ["Hexham", "Morpeth", "Alnwick", "Prudhoe", "Corbridge", "Ponteland", "Rothbury"]
    org = ["Parish Council", "Town Council", "Golf Club", "Estates", "Academy", "Care Home", "Caravan Park",
           "Retail Park", "Hotel", "Farm"]
    custs = []
    for c in range(1, 231):
        t = rng.choices(["residential", "council", "commercial"], [70, 8, 22])[0]
        town = rng.choices(towns, [22, 18, 12, 10, 9, 15, 6])[0]
        if t == "residential":
            nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif t == "council":
            nm = f"{town} {rng.choice(['Parish Council', 'Town Council', 'Parks Dept'])} #{c}"
        else:
            nm = f"{rng.choice(LAST)} {rng.choice(org[2:])}"
        custs.append((c, nm, t, town, day(rng, date(2019, 1, 1), date(2025, 6, 15)).isoformat()))
    db.executemany("INSERT INTO custs VALUES (?,?,?,?,?)", custs)
    types = {"felling": (2, 6, 420), "pruning": (1, 5, 180), "stump grinding": (1, 4, 95),
             "hedge cutting": (0, 0, 140), "survey": (1, 12, 25)}
    jobs, loads, ln = [], [], 0
    for j in range(1, 1451):
        cu = custs[rng.randrange(len(custs))]
        signup = date.fromisoformat(cu[4])
        d = day(rng, max(signup, date(2023, 1, 1)), date(2025, 7, 31))
        jt = rng.choices(list(types), [22, 30, 15, 20, 13])[0]
        lo, hi, per = types[jt]
        qty = rng.randint(lo, hi) if hi else 0
        if cu[2] == "council" and qty:
            qty += rng.randint(0, 8)
        base = per * max(qty, 1) * (1.6 if cu[2] != "residential" else 1.0)
        quote = round(base * rng.uniform(0.8, 1.3) + (rng.uniform(80, 600) if jt == "hedge cutting" else 0), 2)
        if d > date(2025, 6, 20):
            status = "scheduled"
        else:
            status = "cancelled" if rng.random() < 0.08 else "completed"
        hrs = round(max(1.0, quote / rng.uniform(70, 110)), 1) if status == "completed" else None
        inv = round(quote * rng.uniform(0.92, 1.12), 2) if status == "completed" else None
        crew = rng.choices(range(1, 7), [18, 16, 14, 12, 15, 10])[0]
        jobs.append([j, cu[0], crew, d.isoformat(), jt, qty, hrs, quote, inv, status])
    jobs[776] = [777, 58, 5, "2024-03-12", "felling", 60, 96.0, 31250.0, 33480.5, "completed"]
    custs_by = {c[0]: c for c in custs}
    if custs_by[58][4] > "2024-03-12":
        db.execute("UPDATE custs SET signup_dt = '2023-11-02' WHERE cust_id = 58")
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?)", jobs)
    for jb in jobs:
        if jb[9] != "completed" or jb[4] == "survey":
            continue
        n = 1 + (jb[5] // 4) if jb[4] in ("felling", "pruning") else 1
        if jb[4] == "stump grinding" and rng.random() < 0.5:
            continue
        for _ in range(min(n, 12)):
            ln += 1
            dest = rng.choices(["chipping", "firewood", "green waste"], [5, 3, 2])[0] if jb[4] == "felling" \
                else rng.choices(["chipping", "green waste"], [3, 4])[0]
            loads.append((ln, jb[0], (date.fromisoformat(jb[3]) + timedelta(days=rng.choice([0, 0, 1, 2]))).isoformat(),
                          round(rng.uniform(300, 2600) if jb[4] == "felling" else rng.uniform(80, 900), 1), dest))
    db.executemany("INSERT INTO waste_loads VALUES (?,?,?,?,?)", loads)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_pottery(path: Path) -> None:
    """A pottery studio: members, courses and enrolments, kiln firings and clay sales (PascalCase)."""
    rng = random.Random(4202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Members (MemberId INTEGER PRIMARY KEY, FullName TEXT, JoinDate TEXT, Tier TEXT, IsActive INTEGER);
    CREATE TABLE Courses (CourseId INTEGER PRIMARY KEY, Title TEXT, Level TEXT, Instructor TEXT, Weeks INTEGER,
                          Fee REAL);
    CREATE TABLE Enrolments (EnrolmentId INTEGER PRIMARY KEY, MemberId INTEGER REFERENCES Members(MemberId),
                             CourseId INTEGER REFERENCES Courses(CourseId), EnrolDate TEXT, AmountPaid REAL,
                             Completed INTEGER);
    CREATE TABLE KilnFirings (FiringId INTEGER PRIMARY KEY, KilnName TEXT, FiringDate TEXT, FiringType TEXT,
                              PeakTempC INTEGER, PieceCount INTEGER, FailedPieces INTEGER);
    CREATE TABLE ClaySales (SaleId INTEGER PRIMARY KEY, MemberId INTEGER REFERENCES Members(MemberId),
                            SaleDate TEXT, ClayBody TEXT, Bags INTEGER, Total REAL);
    """)
    members = []
    for m in range(1, 321):
        jd = day(rng, date(2019, 3, 1), date(2025, 8, 31))
        tier = rng.choices(["Basic", "Studio", "Pro"], [50, 35, 15])[0]
        active = 1 if rng.random() < (0.55 if jd.year < 2022 else 0.85) else 0
        members.append((m, f"{rng.choice(FIRST)} {rng.choice(LAST)}", jd.isoformat(), tier, active))
    db.executemany("INSERT INTO Members VALUES (?,?,?,?,?)", members)
    courses = [("Wheel Throwing Foundations", "Beginner", "Maren Holt", 8, 240.0),
               ("Hand Building Basics", "Beginner", "Tobias Reyes", 6, 165.0),
               ("Clay for Absolute Beginners", "Beginner", "Maren Holt", 4, 110.0),
               ("Taster Evening", "Beginner", "Ada Okonkwo", 1, 45.0),
               ("Glazing Workshop", "Intermediate", "Ada Okonkwo", 4, 150.0),
               ("Throwing Bigger Forms", "Intermediate", "Maren Holt", 8, 285.0),
               ("Surface Decoration", "Intermediate", "Lena Varga", 6, 198.0),
               ("Slip Casting", "Intermediate", "Tobias Reyes", 5, 175.0),
               ("Raku Weekend", "Advanced", "Lena Varga", 2, 260.0),
               ("Porcelain Masterclass", "Advanced", "Ada Okonkwo", 6, 340.0),
               ("Glaze Chemistry", "Advanced", "Callum Pryce", 8, 310.0),
               ("Teapots and Lids", "Advanced", "Maren Holt", 6, 295.0),
               ("Kids Clay Club", "Beginner", "Callum Pryce", 10, 120.0),
               ("Sculpting Animals", "Intermediate", "Lena Varga", 6, 189.0)]
    db.executemany("INSERT INTO Courses VALUES (?,?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(courses)])
    enr = []
    weights = [14, 10, 9, 12, 7, 6, 5, 4, 3, 3, 2, 2, 6, 5]
    for e in range(1, 1101):
        mem = members[rng.randrange(len(members))]
        jd = date.fromisoformat(mem[2])
        ed = day(rng, max(jd, date(2022, 1, 1)), date(2025, 9, 30))
        cid = rng.choices(range(1, 15), weights)[0]
        fee = courses[cid - 1][4]
        paid = round(fee * {"Basic": 1.0, "Studio": 0.9, "Pro": 0.8}[mem[3]] * (0.85 if rng.random() < 0.1 else 1), 2)
        done = 1 if rng.random() < {"Beginner": 0.82, "Intermediate": 0.74, "Advanced": 0.66}[courses[cid - 1][1]] else 0
        enr.append((e, mem[0], cid, ed.isoformat(), paid, done))
    db.executemany("INSERT INTO Enrolments VALUES (?,?,?,?,?,?)", enr)
    fir = []
    for f in range(1, 461):
        ft = rng.choices(["Bisque", "Glaze", "Raku"], [45, 45, 10])[0]
        kiln = rng.choice(["Raku Barrel", "Gas Kiln"]) if ft == "Raku" else rng.choices(
            ["Big Bertha", "Skutt 1027", "Gas Kiln"], [4, 4, 2])[0]
        temp = {"Bisque": rng.randint(980, 1010), "Glaze": rng.randint(1220, 1290), "Raku": rng.randint(900, 1000)}[ft]
        pieces = rng.randint(8, 22) if ft == "Raku" else rng.randint(25, 140)
        failrate = {"Bisque": 0.02, "Glaze": 0.05, "Raku": 0.16}[ft] * (1.4 if kiln == "Gas Kiln" else 1)
        failed = sum(rng.random() < failrate for _ in range(pieces))
        fir.append((f, kiln, day(rng, date(2023, 1, 1), date(2025, 9, 30)).isoformat(), ft, temp, pieces, failed))
    db.executemany("INSERT INTO KilnFirings VALUES (?,?,?,?,?,?,?)", fir)
    sales = []
    prices = {"Stoneware": 14.5, "Porcelain": 22.0, "Earthenware": 11.0, "Raku": 16.5}
    for s in range(1, 701):
        mem = members[rng.randrange(len(members))]
        body = rng.choices(list(prices), [50, 18, 22, 10])[0]
        bags = rng.choices([1, 2, 3, 4, 6], [40, 30, 15, 10, 5])[0]
        sd = day(rng, max(date.fromisoformat(mem[2]), date(2023, 1, 1)), date(2025, 9, 30))
        sales.append((s, mem[0], sd.isoformat(), body, bags, round(bags * prices[body], 2)))
    db.executemany("INSERT INTO ClaySales VALUES (?,?,?,?,?,?)", sales)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_pools(path: Path) -> None:
    """A city's public swimming pools: sessions with attendance, lifeguards, incidents, water tests."""
    rng = random.Random(4203)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE pools (pool_id INTEGER PRIMARY KEY, pool_name TEXT, district TEXT, length_m INTEGER, lanes INTEGER,
                        is_outdoor INTEGER, opened_year INTEGER);
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, pool_id INTEGER REFERENCES pools(pool_id),
                           session_date TEXT, start_time TEXT, session_type TEXT, capacity INTEGER,
                           attendees INTEGER, revenue REAL);
    CREATE TABLE lifeguards (guard_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                             pool_id INTEGER REFERENCES pools(pool_id), qualified_on TEXT, hourly_wage REAL);
    CREATE TABLE incidents (incident_id INTEGER PRIMARY KEY, pool_id INTEGER REFERENCES pools(pool_id),
                            guard_id INTEGER REFERENCES lifeguards(guard_id), incident_date TEXT, severity TEXT,
                            category TEXT);
    CREATE TABLE water_tests (test_id INTEGER PRIMARY KEY, pool_id INTEGER REFERENCES pools(pool_id),
                              tested_at TEXT, chlorine_ppm REAL, ph REAL);
    """)
    pools = [("Northgate Baths", "North", 25, 6, 0, 1934), ("Riverside Lido", "Riverside", 50, 8, 1, 1938),
             ("Eastfield Leisure Pool", "East", 25, 8, 0, 1998), ("Kingsmead Pool", "Central", 33, 6, 0, 1972),
             ("Parkway Aquatic Centre", "South", 50, 10, 0, 2012), ("Millbrook Pool", "West", 20, 4, 0, 1965),
             ("Hollins Open Air Pool", "West", 30, 5, 1, 1951), ("Southbank Learner Pool", "South", 15, 3, 0, 2005)]
    db.executemany("INSERT INTO pools VALUES (?,?,?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(pools)])
    price = {"lane swim": 4.8, "lessons": 9.5, "aqua fit": 6.2, "family": 11.0, "club": 3.0}
    times = {"lane swim": ["06:30", "07:30", "12:00", "18:00", "20:00"], "lessons": ["09:00", "16:00", "17:00"],
             "aqua fit": ["10:00", "11:00", "19:00"], "family": ["10:00", "13:00", "15:00"],
             "club": ["06:00", "19:00", "20:30"]}
    sess = []
    for s in range(1, 3201):
        pid = rng.choices(range(1, 9), [14, 10, 15, 11, 18, 7, 8, 9])[0]
        outdoor = pools[pid - 1][4]
        while True:
            d = day(rng, date(2024, 1, 1), date(2025, 6, 30))
            if not outdoor or 5 <= d.month <= 9:
                break
        st = rng.choices(list(price), [40, 18, 14, 16, 12])[0]
        if pid == 8 and st == "club":
            st = "lessons"
        tm = rng.choice(times[st])
        cap = {"lane swim": 8 * pools[pid - 1][3], "lessons": 24, "aqua fit": 30, "family": 60, "club": 40}[st]
        busy = {"06:30": 0.6, "07:30": 0.75, "12:00": 0.7, "18:00": 0.85, "20:00": 0.5, "10:00": 0.6, "13:00": 0.7,
                "15:00": 0.8, "11:00": 0.55, "19:00": 0.7, "09:00": 0.6, "16:00": 0.85, "17:00": 0.8,
                "06:00": 0.9, "20:30": 0.8}[tm]
        weekend = d.weekday() >= 5
        att = min(cap, int(cap * busy * rng.uniform(0.4, 1.1) * (1.25 if weekend and st == "family" else 1)))
        att = max(att, 1)
        sess.append([s, pid, d.isoformat(), tm, st, cap, att, round(att * price[st], 2)])
    sess[1499] = [1500, 5, "2024-08-17", "13:00", "family", 320, 311, 3421.0]   # the summer fun day
    db.executemany("INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?)", sess)
    guards = []
    for g in range(1, 49):
        pid = (g - 1) % 8 + 1
        guards.append((g, rng.choice(FIRST), rng.choice(LAST), pid,
                       day(rng, date(2012, 1, 1), date(2024, 12, 31)).isoformat(), round(rng.uniform(11.6, 15.9), 2)))
    guards[1] = (2, "Bronwen", "Hartley", 2, "2009-05-14", 16.4)      # the longest-qualified, at Riverside
    db.executemany("INSERT INTO lifeguards VALUES (?,?,?,?,?,?)", guards)
    inc = []
    for i in range(1, 211):
        pid = rng.choices(range(1, 9), [12, 14, 12, 9, 16, 5, 9, 6])[0]
        g = rng.choice([x[0] for x in guards if x[3] == pid])
        sev = rng.choices(["minor", "moderate", "serious"], [70, 24, 6])[0]
        cat = rng.choices(["slip", "first aid", "water rescue", "behaviour", "lost child"], [30, 35, 10, 18, 7])[0]
        inc.append((i, pid, g, day(rng, date(2024, 1, 1), date(2025, 6, 30)).isoformat(), sev, cat))
    db.executemany("INSERT INTO incidents VALUES (?,?,?,?,?,?)", inc)
    tests, n = [], 0
    for pid in range(1, 9):
        d = date(2024, 1, 2)
        while d <= date(2025, 6, 30):
            if not pools[pid - 1][4] or 5 <= d.month <= 9:
                n += 1
                tests.append((n, pid, f"{d.isoformat()} {rng.choice(['07', '08', '13', '17'])}:{rng.randrange(60):02d}",
                              round(rng.uniform(0.8, 3.2) + (0.4 if pid == 5 else 0), 2),
                              round(rng.gauss(7.45, 0.17), 2)))
            d += timedelta(days=rng.choice([3, 4, 4, 5]))
    db.executemany("INSERT INTO water_tests VALUES (?,?,?,?,?)", tests)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"treecare": build_treecare, "pottery": build_pottery, "pools": build_pools}, SETS))
