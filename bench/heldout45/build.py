"""Held-out evaluation heldout45: three SQLite databases of multi-site service businesses (a chain of
opticians, a security patrol company, a chain of phone repair shops) and hand-written regional-manager
conversations over them, written before the engine was run on them (see README.md in this folder).

    python bench/heldout45/build.py [OUT_DIR]    # writes opticians.sqlite, patrols.sqlite, repairs.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout45), checks every
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

FIRST = ("Aisha Bruno Chloe Declan Esme Farid Gemma Harvey Iris Jakub Kemi Liam Mira Nadia Owen Petra "
         "Ravi Saoirse Tom Ulla Vera Will Ximena Yusuf Zoe").split()
LAST = ("Ahmed Barnes Clarke Doyle Ellis Ferreira Green Hughes Iqbal Jones Khan Lewis Moran Nowak "
        "O'Brien Price Quinn Reid Singh Turner Walsh Young").split()


def name(rng: random.Random, used: set) -> str:
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in used:
            used.add(n)
            return n


# ------------------------------------------------------------------------------------------ opticians
def build_opticians(path: Path) -> None:
    rng = random.Random(4501)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT, town TEXT, region TEXT,
                           opened_on TEXT, test_rooms INTEGER);
    CREATE TABLE optometrists (optom_id INTEGER PRIMARY KEY, full_name TEXT, branch_id INTEGER
                               REFERENCES branches(branch_id), grade TEXT, hourly_rate REAL);
    CREATE TABLE patients (patient_id INTEGER PRIMARY KEY, birth_year INTEGER, home_branch_id INTEGER
                           REFERENCES branches(branch_id), registered_on TEXT);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id),
                               optom_id INTEGER REFERENCES optometrists(optom_id), patient_id INTEGER
                               REFERENCES patients(patient_id), starts_at TEXT, appt_type TEXT, status TEXT,
                               fee REAL);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id),
                        appt_id INTEGER REFERENCES appointments(appt_id), sold_at TEXT, product TEXT,
                        amount REAL);
    """)
    br = [("ClearView Bath", "Bath", "South West", "2012-03-01", 3),
          ("ClearView Bristol Centre", "Bristol", "South West", "2009-06-15", 5),
          ("ClearView Clifton", "Bristol", "South West", "2018-09-10", 2),
          ("ClearView Exeter", "Exeter", "South West", "2015-01-20", 3),
          ("ClearView Cardiff", "Cardiff", "Wales", "2011-11-05", 4),
          ("ClearView Swansea", "Swansea", "Wales", "2020-04-27", 2),
          ("ClearView Newport", "Newport", "Wales", "2022-08-01", 2)]
    db.executemany("INSERT INTO branches VALUES (?,?,?,?,?,?)", [(i + 1, *b) for i, b in enumerate(br)])
    used: set = set()
    optoms = []
    for b in range(1, 8):
        for g in (["Senior", "Optometrist", "Optometrist", "Pre-reg"][:min(br[b - 1][4], 4)]):
            rate = {"Senior": 38, "Optometrist": 31, "Pre-reg": 19}[g] + rng.randrange(0, 400) / 100
            optoms.append((len(optoms) + 1, name(rng, used), b, g, round(rate, 2)))
    db.executemany("INSERT INTO optometrists VALUES (?,?,?,?,?)", optoms)
    pats = []
    for pid in range(1, 901):
        hb = rng.choices(range(1, 8), [10, 16, 7, 9, 12, 6, 4])[0]
        pats.append((pid, rng.randrange(1938, 2019), hb,
                     day(rng, date.fromisoformat(br[hb - 1][3]), date(2024, 12, 31)).isoformat()))
    db.executemany("INSERT INTO patients VALUES (?,?,?,?)", pats)
    appts, sales = [], []
    fees = {"Eye test": 25.0, "Contact lens check": 40.0, "Follow-up": 0.0, "Kids eye test": 0.0,
            "Diabetic screening": 30.0}
    for aid in range(1, 3001):
        p = rng.randrange(1, 901)
        b = pats[p - 1][2] if rng.random() < 0.85 else rng.randrange(1, 8)
        lo = max(date.fromisoformat(br[b - 1][3]), date(2023, 1, 1))
        d = day(rng, lo, date(2024, 12, 31))
        if d.weekday() == 6:
            d += timedelta(days=1)
        hour = rng.choices(range(9, 21), [9, 10, 9, 7, 8, 8, 7, 6, 5, 5, 4, 2])[0]
        if d.weekday() == 5 and hour > 16:
            hour = rng.randrange(9, 13)
        t = datetime(d.year, d.month, d.day, hour, rng.choice([0, 15, 30, 45]))
        o = rng.choice([x for x in optoms if x[2] == b])[0]
        typ = rng.choices(list(fees), [50, 15, 14, 12, 9])[0]
        st = rng.choices(["attended", "no-show", "cancelled"], [84, 7 + (hour >= 18) * 6, 9])[0]
        fee = fees[typ] + (rng.choice([0, 0, 0, 5]) if fees[typ] else 0)
        appts.append((aid, b, o, p, t.strftime("%Y-%m-%d %H:%M"), typ, st, fee if st == "attended" else 0.0))
        if st == "attended" and typ in ("Eye test", "Contact lens check", "Kids eye test") and rng.random() < 0.45:
            prod = rng.choices(["Glasses", "Contact lenses", "Sunglasses", "Accessories"], [55, 25, 10, 10])[0]
            amt = {"Glasses": rng.uniform(89, 420), "Contact lenses": rng.uniform(45, 180),
                   "Sunglasses": rng.uniform(60, 240), "Accessories": rng.uniform(6, 35)}[prod]
            st2 = t + timedelta(minutes=rng.choice([25, 30, 40, 55, 70]))
            sales.append((len(sales) + 1, b, aid, st2.strftime("%Y-%m-%d %H:%M"), prod, round(amt, 2)))
    for _ in range(700):   # walk-in sales without an appointment
        b = rng.choices(range(1, 8), [10, 16, 7, 9, 12, 6, 4])[0]
        d = day(rng, max(date.fromisoformat(br[b - 1][3]), date(2023, 1, 1)), date(2024, 12, 31))
        t = datetime(d.year, d.month, d.day, rng.randrange(9, 20), rng.randrange(60))
        prod = rng.choices(["Glasses", "Contact lenses", "Sunglasses", "Accessories"], [15, 30, 25, 30])[0]
        amt = {"Glasses": rng.uniform(89, 420), "Contact lenses": rng.uniform(45, 180),
               "Sunglasses": rng.uniform(60, 240), "Accessories": rng.uniform(6, 35)}[prod]
        sales.append((len(sales) + 1, b, None, t.strftime("%Y-%m-%d %H:%M"), prod, round(amt, 2)))
    db.executemany("INSERT INTO appointments VALUES (?,?,?,?,?,?,?,?)", appts)
    db.executemany("INSERT INTO sales VALUES (?,?,?,?,?,?)", sales)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ patrols
def build_patrols(path: Path) -> None:
    rng = random.Random(4502)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, city TEXT, vehicles INTEGER);
    CREATE TABLE guards (guard_id INTEGER PRIMARY KEY, guard_name TEXT, depot_id INTEGER REFERENCES depots(depot_id),
                         hourly_wage REAL, licence_expiry TEXT, started_on TEXT);
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, sector TEXT);
    CREATE TABLE contracts (contract_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                            depot_id INTEGER REFERENCES depots(depot_id), service TEXT, start_date TEXT,
                            end_date TEXT, monthly_fee REAL);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, contract_id INTEGER REFERENCES contracts(contract_id),
                         guard_id INTEGER REFERENCES guards(guard_id), visit_date TEXT, minutes_on_site INTEGER,
                         incidents INTEGER, mileage REAL);
    """)
    deps = [("Leeds North", "Leeds", 9), ("Leeds South", "Leeds", 6), ("Bradford", "Bradford", 7),
            ("Wakefield", "Wakefield", 4), ("Huddersfield", "Huddersfield", 5), ("Halifax", "Halifax", 3)]
    db.executemany("INSERT INTO depots VALUES (?,?,?,?)", [(i + 1, *d) for i, d in enumerate(deps)])
    used: set = set()
    guards = []
    for gid in range(1, 49):
        dep = rng.choices(range(1, 7), [10, 7, 8, 5, 6, 4])[0]
        guards.append((gid, name(rng, used), dep, round(rng.uniform(11.5, 16.5), 2),
                       day(rng, date(2024, 6, 1), date(2027, 12, 31)).isoformat(),
                       day(rng, date(2015, 1, 1), date(2024, 6, 30)).isoformat()))
    db.executemany("INSERT INTO guards VALUES (?,?,?,?,?,?)", guards)
    sectors = ["Retail", "Construction", "Education", "Healthcare", "Logistics", "Property"]
    pre = ["Apex", "Beacon", "Calder", "Dale", "Elmwood", "Fairfax", "Granite", "Heath", "Ironside", "Juniper",
           "Kirk", "Linden", "Moor", "Northgate", "Oakfield", "Pennine", "Quarry", "Riverside", "Stanley",
           "Thornton", "Upland", "Vale", "Westfield", "Yorke", "Aire", "Brook", "Castle", "Denby", "Eastway",
           "Fernlea", "Garforth", "Holbeck", "Ilkley", "Jubilee"]
    suf = {"Retail": "Stores", "Construction": "Build Ltd", "Education": "Academy", "Healthcare": "Care Homes",
           "Logistics": "Freight", "Property": "Estates"}
    clients = []
    for cid, p in enumerate(pre, 1):
        s = rng.choice(sectors)
        clients.append((cid, f"{p} {suf[s]}", s))
    db.executemany("INSERT INTO clients VALUES (?,?,?)", clients)
    contracts = []
    services = {"Mobile patrol": (600, 2200), "Static guarding": (3500, 9000), "Alarm response": (150, 600),
                "Key holding": (40, 180)}
    for kid in range(1, 91):
        c = rng.randrange(1, len(clients) + 1)
        dep = rng.choices(range(1, 7), [10, 7, 8, 5, 6, 4])[0]
        sv = rng.choices(list(services), [45, 15, 25, 15])[0]
        sd = day(rng, date(2020, 1, 1), date(2024, 9, 30))
        ed = None
        if rng.random() < 0.45:
            e = sd + timedelta(days=rng.randrange(90, 1400))
            ed = e.isoformat() if e < date(2025, 3, 31) else None
        lo, hi = services[sv]
        fee = round(rng.uniform(lo, hi), 2) if rng.random() > 0.12 else None
        contracts.append((kid, c, dep, sv, sd.isoformat(), ed, fee))
    db.executemany("INSERT INTO contracts VALUES (?,?,?,?,?,?,?)", contracts)
    visits = []
    for k in contracts:
        if k[3] not in ("Mobile patrol", "Alarm response"):
            continue
        lo = max(date.fromisoformat(k[4]), date(2024, 1, 1))
        hi = min(date.fromisoformat(k[5]) if k[5] else date(2025, 3, 31), date(2025, 3, 31))
        if hi <= lo:
            continue
        n = rng.randrange(5, 60) if k[3] == "Mobile patrol" else rng.randrange(2, 14)
        gs = [g[0] for g in guards if g[2] == k[2]]
        for _ in range(n):
            vd = day(rng, lo, hi)
            mins = rng.randrange(8, 45) if k[3] == "Mobile patrol" else rng.randrange(20, 120)
            if rng.random() < 0.08:
                mins = None
            inc = rng.choices([0, 1, 2, 3], [80, 14, 4, 2])[0] if rng.random() > 0.1 else None
            visits.append((len(visits) + 1, k[0], rng.choice(gs), vd.isoformat(), mins, inc,
                           round(rng.uniform(2, 38), 1) if rng.random() > 0.05 else None))
    visits.sort(key=lambda v: (v[3], v[0]))
    db.executemany("INSERT INTO visits VALUES (?,?,?,?,?,?,?)", [(i + 1, *v[1:]) for i, v in enumerate(visits)])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ phone repairs
def build_repairs(path: Path) -> None:
    rng = random.Random(4503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, city TEXT, floor_area_m2 INTEGER,
                        opened_year INTEGER);
    CREATE TABLE technicians (tech_id INTEGER PRIMARY KEY, tech_name TEXT, shop_id INTEGER REFERENCES shops(shop_id),
                              level TEXT, hired_on TEXT);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, customer_type TEXT, city TEXT, signed_up TEXT);
    CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
                          tech_id INTEGER REFERENCES technicians(tech_id), customer_id INTEGER
                          REFERENCES customers(customer_id), device_brand TEXT, repair_type TEXT,
                          booked_in TEXT, completed_on TEXT, labour_hours REAL, price REAL, parts_cost REAL,
                          warranty_return INTEGER);
    """)
    shops = [("FixPoint Glasgow Central", "Glasgow", 64, 2016), ("FixPoint Partick", "Glasgow", 38, 2020),
             ("FixPoint Edinburgh Leith", "Edinburgh", 52, 2017), ("FixPoint Edinburgh Old Town", "Edinburgh", 41, 2019),
             ("FixPoint Dundee", "Dundee", 45, 2018), ("FixPoint Aberdeen", "Aberdeen", 58, 2021),
             ("FixPoint Stirling", "Stirling", 30, 2023)]
    db.executemany("INSERT INTO shops VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(shops)])
    used: set = set()
    techs = []
    for s in range(1, 8):
        for lv in ["Lead", "Technician", "Technician", "Apprentice"][: 2 + (s in (1, 3, 5, 6)) + (s == 1)]:
            techs.append((len(techs) + 1, name(rng, used), s, lv,
                          day(rng, date(shops[s - 1][3], 1, 1), date(2024, 6, 30)).isoformat()))
    db.executemany("INSERT INTO technicians VALUES (?,?,?,?,?)", techs)
    cities = ["Glasgow", "Edinburgh", "Dundee", "Aberdeen", "Stirling", "Paisley", "Perth"]
    custs = [(i, rng.choices(["Personal", "Business"], [85, 15])[0], rng.choice(cities),
              day(rng, date(2019, 1, 1), date(2024, 12, 31)).isoformat()) for i in range(1, 1201)]
    db.executemany("INSERT INTO customers VALUES (?,?,?,?)", custs)
    kinds = {"Screen": (69, 229, 25, 120, 0.9), "Battery": (49, 99, 12, 35, 0.6), "Charging port": (45, 89, 6, 20, 0.8),
             "Water damage": (79, 179, 5, 60, 2.4), "Camera": (59, 149, 15, 70, 1.0), "Back glass": (59, 169, 10, 55, 1.6)}
    reps = []
    for rid in range(1, 2601):
        s = rng.choices(range(1, 8), [18, 9, 14, 10, 11, 12, 4])[0]
        lo = max(date(shops[s - 1][3], 3, 1), date(2023, 1, 1))
        bi = day(rng, lo, date(2025, 2, 28))
        cu = rng.randrange(1, 1201)
        t = rng.choice([x for x in techs if x[2] == s])
        typ = rng.choices(list(kinds), [38, 22, 12, 8, 9, 11])[0]
        brand = rng.choices(["Apple", "Samsung", "Google", "Xiaomi", "OnePlus", "Motorola"], [45, 30, 9, 7, 5, 4])[0]
        pmin, pmax, cmin, cmax, hrs = kinds[typ]
        price = round(rng.uniform(pmin, pmax) * (1.15 if brand == "Apple" else 1.0), 2)
        parts = round(rng.uniform(cmin, cmax), 2)
        if typ == "Water damage" and rng.random() < 0.3:
            parts = None       # no parts needed / not recorded
        lab = round(max(0.25, rng.gauss(hrs * (1.3 if t[3] == "Apprentice" else 1.0), hrs / 3)), 2)
        done = bi + timedelta(days=rng.choices([0, 1, 2, 3, 5, 8], [30, 30, 15, 10, 10, 5])[0])
        comp = done.isoformat() if done <= date(2025, 2, 26) and rng.random() > 0.02 else None
        if comp is None:
            lab = None
        wr = 1 if comp and rng.random() < (0.07 if t[3] == "Apprentice" else 0.035) else 0
        reps.append((rid, s, t[0], cu, brand, typ, bi.isoformat(), comp, lab, price, parts, wr))
    reps.sort(key=lambda r: (r[6], r[0]))
    db.executemany("INSERT INTO repairs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   [(i + 1, *r[1:]) for i, r in enumerate(reps)])
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"opticians": build_opticians, "patrols": build_patrols, "repairs": build_repairs},
                       SETS))
