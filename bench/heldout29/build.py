"""Held-out evaluation 29: three SQLite databases (a self-storage operator in snake_case, a yacht
charter company in PascalCase, a legacy insurance claims system with abbreviated upper-case names
and a code lookup table) and hand-written analyst conversations over them, written before the
engine was run on them (see README.md in this folder).

    python bench/heldout29/build.py [OUT_DIR]   # writes storage.sqlite, charters.sqlite, claims.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout29), checks every
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

FIRST = ("Aino Bruno Celia Darius Edith Felix Greta Hamid Irene Jakub Kofi Lena Marco Nadia Oskar Paula "
         "Rami Selma Tomas Ulla Vera Wim Xenia Yusuf Zora").split()
LAST = ("Abbott Brennan Carvalho Dahl Eriksen Ferreira Gallagher Hoang Iqbal Janssen Kaur Lindqvist "
        "Moreau Nakamura Oduya Petrov Quigley Rahman Sorensen Thorne").split()
END = date(2024, 12, 31)


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, 28))


# ------------------------------------------------------------------------------------------ storage
def build_storage(path: Path) -> None:
    rng = random.Random(2901)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE facilities (facility_id INTEGER PRIMARY KEY, facility_name TEXT, city TEXT, region TEXT,
                             opened_on TEXT, has_24h_access INTEGER);
    CREATE TABLE units (unit_id INTEGER PRIMARY KEY, facility_id INTEGER REFERENCES facilities(facility_id),
                        unit_code TEXT, size_label TEXT, sq_ft INTEGER, list_rate REAL, climate_controlled INTEGER,
                        floor_level INTEGER);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, customer_type TEXT,
                            home_city TEXT, signed_up_on TEXT);
    CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, unit_id INTEGER REFERENCES units(unit_id),
                          customer_id INTEGER REFERENCES customers(customer_id), move_in_date TEXT,
                          move_out_date TEXT, monthly_rate REAL, has_insurance INTEGER);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, rental_id INTEGER REFERENCES rentals(rental_id),
                           paid_on TEXT, amount REAL, payment_method TEXT, late_fee REAL);
    """)
    fac = [("StoreSafe Riverside", "Bristol", "South West", "2015-03-02", 1),
           ("StoreSafe Filton", "Bristol", "South West", "2018-06-18", 0),
           ("StoreSafe Exeter", "Exeter", "South West", "2016-10-10", 1),
           ("StoreSafe Cardiff Bay", "Cardiff", "Wales", "2017-04-24", 1),
           ("StoreSafe Newport", "Newport", "Wales", "2020-01-13", 0),
           ("StoreSafe Swindon", "Swindon", "South East", "2019-08-05", 1),
           ("StoreSafe Reading", "Reading", "South East", "2021-02-01", 0)]
    db.executemany("INSERT INTO facilities VALUES (?,?,?,?,?,?)", [(i + 1, *f) for i, f in enumerate(fac)])
    sizes = [("locker", 15, 22.0), ("5x5", 25, 39.0), ("5x10", 50, 64.0), ("10x10", 100, 109.0),
             ("10x15", 150, 149.0), ("10x20", 200, 189.0), ("20x20", 400, 329.0)]
    units, uid = [], 0
    for f in range(1, 8):
        n = [52, 38, 41, 47, 30, 44, 28][f - 1]
        mult = [1.12, 1.0, 0.94, 1.0, 0.86, 0.97, 1.08][f - 1]
        for k in range(n):
            uid += 1
            s = rng.choices(sizes, [4, 8, 9, 10, 6, 4, 2])[0]
            cc = 1 if rng.random() < 0.35 else 0
            rate = round(s[2] * mult * (1.18 if cc else 1.0) + rng.choice([0, 0, 2, 4, -2]), 2)
            fl = rng.choices([0, 1, 2], [6, 3, 1])[0]
            units.append((uid, f, f"{'ABCDEFG'[f - 1]}{fl}{k + 1:02d}", s[0], s[1], rate, cc, fl))
    db.executemany("INSERT INTO units VALUES (?,?,?,?,?,?,?,?)", units)
    cities = ["Bristol", "Bath", "Exeter", "Cardiff", "Newport", "Swindon", "Reading", "Gloucester", "Plymouth"]
    custs = []
    for cid in range(1, 521):
        typ = rng.choices(["personal", "business", "student"], [7, 2, 1])[0]
        custs.append((cid, rng.choice(FIRST), rng.choice(LAST), typ, rng.choice(cities),
                      day(rng, date(2018, 1, 1), date(2024, 10, 31)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", custs)
    rentals, pays, rid, pid = [], [], 0, 0
    for u in units:
        fopen = date.fromisoformat(fac[u[1] - 1][3])
        cur = max(fopen, date(2020, 1, 1)) + timedelta(days=rng.randrange(0, 200))
        while cur < END:
            rid += 1
            months = rng.choices([1, 2, 3, 6, 9, 12, 18, 24, 36], [3, 4, 5, 5, 3, 4, 2, 2, 1])[0]
            out = add_months(cur, months) - timedelta(days=rng.randrange(0, 10))
            active = out > END
            rate = round(u[5] * rng.choice([1.0, 1.0, 1.0, 0.9, 0.85, 1.05]), 2)
            cust = rng.randrange(1, 521)
            rentals.append((rid, u[0], cust, cur.isoformat(), None if active else out.isoformat(), rate,
                            1 if rng.random() < 0.45 else 0))
            pd = cur
            while pd <= min(out, END):
                pid += 1
                late = rng.random() < 0.08
                pdate = pd + timedelta(days=rng.randrange(8, 25) if late else rng.randrange(0, 3))
                if pdate > END:
                    break
                pays.append((pid, rid, pdate.isoformat(), rate + (12.5 if late else 0.0),
                             rng.choices(["card", "direct debit", "bank transfer", "cash"], [5, 6, 2, 1])[0],
                             12.5 if late else 0.0))
                pd = add_months(pd, 1)
            if active:
                break
            cur = out + timedelta(days=rng.randrange(1, 75))
    db.executemany("INSERT INTO rentals VALUES (?,?,?,?,?,?,?)", rentals)
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?,?)", pays)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ charters
def build_charters(path: Path) -> None:
    rng = random.Random(2902)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Marinas (MarinaId INTEGER PRIMARY KEY, MarinaName TEXT, Country TEXT, Berths INTEGER);
    CREATE TABLE Boats (BoatId INTEGER PRIMARY KEY, BoatName TEXT, BoatType TEXT, LengthFt REAL, Cabins INTEGER,
                        BuiltYear INTEGER, HomeMarinaId INTEGER REFERENCES Marinas(MarinaId), DailyRate REAL);
    CREATE TABLE Skippers (SkipperId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, YearsExperience INTEGER,
                           DailyFee REAL, LicensedSince INTEGER);
    CREATE TABLE Clients (ClientId INTEGER PRIMARY KEY, FullName TEXT, Country TEXT, FirstBookingDate TEXT,
                          IsRepeatClient INTEGER);
    CREATE TABLE Charters (CharterId INTEGER PRIMARY KEY, BoatId INTEGER REFERENCES Boats(BoatId),
                           ClientId INTEGER REFERENCES Clients(ClientId), SkipperId INTEGER REFERENCES Skippers(SkipperId),
                           StartDate TEXT, Nights INTEGER, Guests INTEGER, TotalPrice REAL, Status TEXT);
    CREATE TABLE Reviews (ReviewId INTEGER PRIMARY KEY, CharterId INTEGER REFERENCES Charters(CharterId),
                          Rating INTEGER, ReviewDate TEXT);
    """)
    mar = [("Marina Kaštela", "Croatia", 420), ("ACI Marina Split", "Croatia", 355), ("Lefkas Marina", "Greece", 620),
           ("Alimos Marina", "Greece", 1100), ("Marina di Portisco", "Italy", 590), ("Port de Sóller", "Spain", 280)]
    db.executemany("INSERT INTO Marinas VALUES (?,?,?,?)", [(i + 1, *m) for i, m in enumerate(mar)])
    names = ("Aurora Bellatrix Calypso Delphine Eos Fortuna Galene Halcyon Iris Juno Kallisto Luna Meltemi Nereid "
             "Odyssea Pelagia Quintessa Rhea Selene Thalassa Ulysses Vega Windrose Xanthe Zephyr Amphitrite Boreas "
             "Cirrus Dione Elara Freya Gaia Helios").split()
    types = [("Sailing yacht", (34, 52), (2, 4), 260), ("Catamaran", (38, 50), (3, 6), 520),
             ("Motor yacht", (40, 70), (2, 5), 980), ("Gulet", (70, 95), (5, 8), 1450)]
    boats = []
    for i, n in enumerate(names):
        t = rng.choices(types, [12, 8, 5, 2])[0]
        ln = rng.randrange(*t[1])
        cab = rng.randrange(t[2][0], t[2][1] + 1)
        built = rng.randrange(2006, 2024)
        rate = round(t[3] * (1 + (ln - t[1][0]) / 60) * (1 + (built - 2006) / 60), -1) + rng.randrange(0, 10)
        boats.append((i + 1, n, t[0], float(ln), cab, built, rng.randrange(1, 7), rate))
    db.executemany("INSERT INTO Boats VALUES (?,?,?,?,?,?,?,?)", boats)
    sk = []
    for i in range(1, 15):
        yrs = rng.randrange(3, 30)
        sk.append((i, rng.choice(FIRST), rng.choice(LAST), yrs, 150.0 + yrs * 6 + rng.randrange(0, 9), 2024 - yrs))
    db.executemany("INSERT INTO Skippers VALUES (?,?,?,?,?,?)", sk)
    ctry = ["United Kingdom", "Germany", "United States", "Netherlands", "France", "Sweden", "Australia", "Poland"]
    clients = []
    for i in range(1, 381):
        clients.append([i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(ctry, [9, 8, 6, 4, 4, 3, 2, 2])[0],
                        None, 0])
    charters, reviews, rvid = [], [], 0
    seen = {}
    for cid in range(1, 1351):
        b = rng.choices(boats, [3 if x[2] == "Sailing yacht" else 2 for x in boats])[0]
        d = day(rng, date(2021, 4, 1), date(2025, 10, 31))
        while d.month in (12, 1, 2) and rng.random() < 0.85:
            d = day(rng, date(2021, 4, 1), date(2025, 10, 31))
        nights = rng.choices([3, 4, 5, 7, 10, 14], [2, 2, 3, 10, 2, 2])[0]
        guests = rng.randrange(2, b[4] * 2 + 1)
        skipper = rng.randrange(1, 15) if (b[2] in ("Motor yacht", "Gulet") or rng.random() < 0.4) else None
        price = b[7] * nights + (sk[skipper - 1][4] * nights if skipper else 0)
        if rng.random() < 0.2:
            price *= 0.9
        status = "Completed" if d < date(2025, 6, 1) else "Confirmed"
        if rng.random() < 0.09:
            status = "Cancelled"
        cl = rng.randrange(1, 381)
        charters.append((cid, b[0], cl, skipper, d.isoformat(), nights, guests, round(price, 2), status))
        seen.setdefault(cl, []).append(d)
        if status == "Completed" and rng.random() < 0.62:
            rvid += 1
            rating = rng.choices([1, 2, 3, 4, 5], [1, 2, 5, 14, 18])[0]
            if b[5] < 2010 and rng.random() < 0.4:
                rating = max(1, rating - 1)
            reviews.append((rvid, cid, rating, (d + timedelta(days=nights + rng.randrange(1, 30))).isoformat()))
    for c in clients:
        ds = sorted(seen.get(c[0], []))
        c[3] = ds[0].isoformat() if ds else day(rng, date(2021, 1, 1), date(2025, 9, 1)).isoformat()
        c[4] = 1 if len(ds) > 1 else 0
    db.executemany("INSERT INTO Clients VALUES (?,?,?,?,?)", clients)
    db.executemany("INSERT INTO Charters VALUES (?,?,?,?,?,?,?,?,?)", charters)
    db.executemany("INSERT INTO Reviews VALUES (?,?,?,?)", reviews)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ claims
def build_claims(path: Path) -> None:
    rng = random.Random(2903)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE CD_LKP (CD_TYP TEXT, CD TEXT, CD_DESC TEXT, PRIMARY KEY (CD_TYP, CD));
    CREATE TABLE AGT (AGT_NO INTEGER PRIMARY KEY, AGT_NM TEXT, REG_CD TEXT, HIRE_DT TEXT, COMM_PCT REAL,
                      ACTV_FLG TEXT);
    CREATE TABLE PLCY (PLCY_NO TEXT PRIMARY KEY, HLDR_NM TEXT, LOB_CD TEXT, AGT_NO INTEGER REFERENCES AGT(AGT_NO),
                       ST_CD TEXT, EFF_DT TEXT, EXP_DT TEXT, ANN_PREM_AMT REAL, DED_AMT REAL);
    CREATE TABLE CLM (CLM_NO TEXT PRIMARY KEY, PLCY_NO TEXT REFERENCES PLCY(PLCY_NO), LOSS_DT TEXT, RPT_DT TEXT,
                      CAUS_CD TEXT, STAT_CD TEXT, RSRV_AMT REAL, PD_AMT REAL, CLS_DT TEXT);
    """)
    lk = [("LOB", "AU", "Personal Auto"), ("LOB", "HO", "Homeowners"), ("LOB", "CP", "Commercial Property"),
          ("LOB", "BO", "Boat and Watercraft"), ("LOB", "TR", "Travel"),
          ("REG", "NE", "Northeast"), ("REG", "MW", "Midwest"), ("REG", "SO", "South"), ("REG", "WE", "West"),
          ("STAT", "O", "Open"), ("STAT", "C", "Closed - paid"), ("STAT", "D", "Denied"), ("STAT", "W", "Withdrawn"),
          ("STAT", "R", "Reopened"),
          ("CAUS", "COL", "Collision"), ("CAUS", "THF", "Theft"), ("CAUS", "FIR", "Fire"), ("CAUS", "WTR", "Water damage"),
          ("CAUS", "WND", "Wind and hail"), ("CAUS", "LIA", "Liability"), ("CAUS", "MED", "Medical emergency"),
          ("CAUS", "CXL", "Trip cancellation")]
    db.executemany("INSERT INTO CD_LKP VALUES (?,?,?)", lk)
    states = {"NE": ["NY", "MA", "CT", "NJ"], "MW": ["OH", "IL", "MI", "MN"], "SO": ["TX", "FL", "GA", "NC"],
              "WE": ["CA", "WA", "OR", "AZ"]}
    agts = []
    for i in range(1, 29):
        reg = rng.choice(list(states))
        agts.append((100 + i, f"{rng.choice(LAST).upper()}, {rng.choice(FIRST).upper()}", reg,
                     day(rng, date(2004, 1, 1), date(2023, 6, 30)).isoformat(),
                     rng.choice([8.0, 10.0, 12.0, 12.5, 15.0]), "Y" if rng.random() < 0.86 else "N"))
    db.executemany("INSERT INTO AGT VALUES (?,?,?,?,?,?)", agts)
    lobs = {"AU": (1150, 500, 1000, ["COL", "THF", "LIA", "FIR"]), "HO": (1650, 1000, 2500, ["WTR", "WND", "FIR", "THF", "LIA"]),
            "CP": (7400, 5000, 10000, ["FIR", "WTR", "WND", "LIA", "THF"]), "BO": (880, 250, 500, ["COL", "THF", "WND", "LIA"]),
            "TR": (190, 0, 0, ["MED", "CXL", "THF"])}
    pol = []
    for i in range(1, 1601):
        lob = rng.choices(list(lobs), [10, 8, 2, 1, 3])[0]
        a = rng.choice(agts)
        eff = day(rng, date(2020, 1, 1), date(2024, 12, 31))
        term = 30 if lob == "TR" else 365
        prem = round(lobs[lob][0] * rng.uniform(0.6, 1.6), 2)
        pol.append((f"P{i:06d}", f"{rng.choice(LAST).upper()}, {rng.choice(FIRST).upper()}", lob, a[0],
                    rng.choice(states[a[2]]), eff.isoformat(), (eff + timedelta(days=term)).isoformat(), prem,
                    float(lobs[lob][rng.randrange(1, 3)])))
    db.executemany("INSERT INTO PLCY VALUES (?,?,?,?,?,?,?,?,?)", pol)
    clms, n = [], 0
    for p in pol:
        if rng.random() < {"AU": 0.3, "HO": 0.22, "CP": 0.35, "BO": 0.2, "TR": 0.15}[p[2]]:
            for _ in range(rng.choices([1, 2], [5, 1])[0]):
                n += 1
                eff, exp = date.fromisoformat(p[5]), date.fromisoformat(p[6])
                loss = day(rng, eff, min(exp, date(2025, 3, 31)))
                rpt = loss + timedelta(days=rng.choices([0, 1, 3, 7, 20, 60], [3, 5, 4, 3, 2, 1])[0])
                cause = rng.choice(lobs[p[2]][3])
                sev = {"AU": 4200, "HO": 9800, "CP": 38000, "BO": 5200, "TR": 1400}[p[2]]
                rsrv = round(sev * rng.lognormvariate(0, 0.7), 2)
                age = (date(2025, 6, 30) - rpt).days
                st = rng.choices(["O", "C", "D", "W", "R"], [1, 6, 1.2, 0.5, 0.3])[0] if age > 120 else \
                    rng.choices(["O", "C", "D"], [6, 2, 1])[0]
                paid = round(rsrv * rng.uniform(0.55, 1.1) - p[8], 2) if st in ("C", "R") else (
                    round(rsrv * rng.uniform(0.0, 0.4), 2) if st == "O" else 0.0)
                paid = max(paid, 0.0)
                cls = (rpt + timedelta(days=rng.randrange(10, 200))).isoformat() if st in ("C", "D", "W") else None
                clms.append((f"C{loss.year % 100:02d}-{n:05d}", p[0], loss.isoformat(), rpt.isoformat(), cause, st,
                             rsrv, paid, cls))
    db.executemany("INSERT INTO CLM VALUES (?,?,?,?,?,?,?,?,?)", clms)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"storage": build_storage, "charters": build_charters, "claims": build_claims}, SETS))
