"""Held-out evaluation 46: three SQLite databases (a kitchen-appliance maker's complaints desk with a
table of fault codes, a theme park's ride breakdowns with one staff table referenced as reporter and
as fixer, and a smart-thermostat company's support chats) and hand-written conversations of a
non-technical support / quality lead, written before the engine was run on them (see README.md).

    python bench/heldout46/build.py [OUT_DIR]   # writes appliances.sqlite, themepark.sqlite, thermostats.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout46), checks every
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

FIRST = ("Aino Bram Celia Dario Edda Felix Greta Hamid Isla Jakob Kaja Lorenzo Mira Nadia Omar Petra "
         "Rosa Sven Tilde Umar Vera Wim Xenia Yusuf Zora").split()
LAST = ("Aalto Berg Castro Dahl Eriksen Ferreira Gallo Haas Ibsen Janssen Klein Lund Moreau Nagy "
        "Olsen Pires Quist Roth Sala Toth").split()


def names(rng: random.Random, n: int) -> list[str]:
    pool = [f"{f} {s}" for f in FIRST for s in LAST]
    return rng.sample(pool, n)


# ------------------------------------------------------------------------------------------
def build_appliances(path: Path) -> None:
    rng = random.Random(4601)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name TEXT, product_line TEXT,
                           launch_year INTEGER, list_price REAL);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, customer_name TEXT, country TEXT, joined_on TEXT);
    CREATE TABLE fault_codes (code TEXT PRIMARY KEY, description TEXT, severity TEXT);
    CREATE TABLE complaints (complaint_id INTEGER PRIMARY KEY,
                             customer_id INTEGER REFERENCES customers(customer_id),
                             product_id INTEGER REFERENCES products(product_id),
                             fault_code TEXT REFERENCES fault_codes(code),
                             opened_on TEXT, closed_on TEXT, channel TEXT, refund_eur REAL, satisfaction INTEGER);
    """)
    prods = [("Aria Kettle", "Kettles", 2019, 39.0), ("Aria Kettle Pro", "Kettles", 2022, 59.0),
             ("Nimbus Travel Kettle", "Kettles", 2021, 29.5), ("Crisp 2-Slice Toaster", "Toasters", 2018, 34.0),
             ("Crisp 4-Slice Toaster", "Toasters", 2020, 49.0), ("Vortex Blender", "Blenders", 2019, 89.0),
             ("Vortex Mini Blender", "Blenders", 2023, 45.0), ("Barista One", "Coffee machines", 2020, 229.0),
             ("Barista Duo", "Coffee machines", 2023, 349.0), ("Pod Express", "Coffee machines", 2021, 119.0),
             ("Steam Iron S2", "Irons", 2017, 44.0), ("Steam Iron S5", "Irons", 2022, 74.0)]
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(prods)])
    codes = [("E01", "Does not heat up", "major"), ("E02", "Leaks water", "major"),
             ("E03", "Switch or button broken", "minor"), ("E04", "Burning smell or smoke", "safety"),
             ("E05", "Cracked or damaged casing", "minor"), ("E06", "Electric shock or sparks", "safety"),
             ("E07", "Too noisy", "minor"), ("E08", "Stops working after a few uses", "major"),
             ("E09", "Missing parts in the box", "minor"), ("E10", "Display shows an error", "major")]
    db.executemany("INSERT INTO fault_codes VALUES (?,?,?)", codes)
    countries = ["Netherlands", "Germany", "Belgium", "France", "Denmark", "Austria"]
    custs = []
    for i, n in enumerate(names(rng, 320)):
        custs.append((i + 1, n, rng.choices(countries, [30, 25, 12, 15, 8, 10])[0],
                      day(rng, date(2019, 1, 1), date(2024, 6, 30)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?)", custs)
    comp = []
    code_w = [14, 11, 16, 3, 7, 1, 9, 12, 6, 8]
    prod_w = [12, 7, 5, 10, 8, 9, 3, 11, 6, 7, 4, 5]
    active = [c[0] for c in custs if rng.random() < 0.8]
    act_w = [5 if i == 7 else 1 for i in range(len(active))]     # one serial complainer
    for cid in range(1, 1101):
        p = rng.choices(range(1, 13), prod_w)[0]
        code = rng.choices(codes, code_w)[0][0]
        lo = max(date(prods[p - 1][2], 3, 1), date(2023, 1, 1))
        opened = day(rng, lo, date(2025, 12, 20))
        days = rng.choice([0, 1, 1, 2, 3, 3, 4, 5, 7, 8, 10, 12, 14, 18, 21, 30, 45])
        if code in ("E04", "E06"):
            days += rng.randrange(3, 15)
        closed = opened + timedelta(days=days)
        is_open = closed > date(2025, 12, 31) or rng.random() < 0.05
        ch = rng.choices(["phone", "email", "chat", "store"], [9, 7, 6, 3])[0]
        refund = 0.0
        if not is_open and rng.random() < 0.3:
            refund = round(prods[p - 1][3] * rng.choice([0.2, 0.5, 1.0]), 2)
        sat = None if is_open else rng.choices([1, 2, 3, 4, 5], [2, 2, 3, 5, 4] if days < 10 else [5, 4, 3, 2, 1])[0]
        comp.append((cid, rng.choices(active, act_w)[0], p, code, opened.isoformat(),
                     None if is_open else closed.isoformat(), ch, refund, sat))
    comp.sort(key=lambda r: r[4])
    comp = [(i + 1, *r[1:]) for i, r in enumerate(comp)]
    db.executemany("INSERT INTO complaints VALUES (?,?,?,?,?,?,?,?,?)", comp)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_themepark(path: Path) -> None:
    rng = random.Random(4602)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT, team TEXT, hired_on TEXT);
    CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, ride_name TEXT, zone TEXT, ride_type TEXT,
                        opened_year INTEGER, riders_per_cycle INTEGER);
    CREATE TABLE breakdowns (breakdown_id INTEGER PRIMARY KEY, ride_id INTEGER REFERENCES rides(ride_id),
                             reported_by INTEGER REFERENCES staff(staff_id),
                             fixed_by INTEGER REFERENCES staff(staff_id),
                             stopped_at TEXT, restarted_at TEXT, cause TEXT, guests_evacuated INTEGER);
    """)
    teams = ["Ride operations"] * 18 + ["Maintenance"] * 10 + ["Guest services"] * 6
    staff = []
    for i, n in enumerate(names(rng, len(teams))):
        staff.append((i + 1, n, teams[i], day(rng, date(2012, 1, 1), date(2024, 3, 1)).isoformat()))
    db.executemany("INSERT INTO staff VALUES (?,?,?,?)", staff)
    rides = [("Thunder Gorge", "Frontier", "roller coaster", 2009, 24),
             ("Sky Swinger", "Frontier", "swing ride", 2012, 32),
             ("Log Splash", "Frontier", "water ride", 2008, 6),
             ("Dragon Loop", "Kingdom", "roller coaster", 2017, 20),
             ("Castle Carousel", "Kingdom", "carousel", 2005, 40),
             ("Wizard's Tower", "Kingdom", "drop tower", 2015, 16),
             ("Moon Rover", "Space Port", "dark ride", 2019, 8),
             ("Comet Coaster", "Space Port", "roller coaster", 2022, 28),
             ("Orbit Spinner", "Space Port", "spinning ride", 2014, 24),
             ("Tiny Trains", "Little Land", "kiddie ride", 2006, 18),
             ("Bumble Cars", "Little Land", "bumper cars", 2010, 20),
             ("River Rapids", "Jungle", "water ride", 2013, 12),
             ("Temple Escape", "Jungle", "dark ride", 2020, 10)]
    db.executemany("INSERT INTO rides VALUES (?,?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(rides)])
    ops = [s[0] for s in staff if s[2] != "Maintenance"]
    maint = [s[0] for s in staff if s[2] == "Maintenance"]
    ops_w = [rng.randint(1, 9) for _ in ops]
    maint_w = [3 + i for i in range(len(maint))]
    ride_w = [16, 7, 10, 14, 3, 9, 8, 12, 6, 2, 5, 11, 4]
    out = []
    for _ in range(760):
        r = rng.choices(range(1, 14), ride_w)[0]
        d = day(rng, date(2023, 3, 25), date(2025, 10, 31))
        if d.month in (11, 12, 1, 2) or (d.month == 3 and d.day < 25):
            d = d.replace(month=rng.choice([5, 6, 7, 8]), day=min(d.day, 28))
        t = datetime(d.year, d.month, d.day, rng.randint(9, 19), rng.randrange(60))
        cause = rng.choices(["mechanical", "electrical", "sensor", "weather", "guest behaviour"],
                            [8, 6, 10, 4, 5])[0]
        mins = {"mechanical": 95, "electrical": 70, "sensor": 25, "weather": 50, "guest behaviour": 15}[cause]
        mins = int(mins * rng.uniform(0.3, 2.2)) + rng.randrange(5)
        rep = rng.choices(ops, ops_w)[0]
        fixed = rng.choices(maint, maint_w)[0] if cause not in ("weather", "guest behaviour") else \
            rng.choice([rng.choices(maint, maint_w)[0], rng.choices(ops, ops_w)[0]])
        restarted = t + timedelta(minutes=mins)
        if rng.random() < 0.03:
            restarted, fixed = None, None
        evac = rng.randint(1, rides[r - 1][4]) if rng.random() < 0.25 else 0
        out.append((r, rep, fixed, t.strftime("%Y-%m-%d %H:%M"),
                    restarted.strftime("%Y-%m-%d %H:%M") if restarted else None, cause, evac))
    out.sort(key=lambda x: x[3])
    db.executemany("INSERT INTO breakdowns VALUES (?,?,?,?,?,?,?,?)", [(i + 1, *o) for i, o in enumerate(out)])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_thermostats(path: Path) -> None:
    rng = random.Random(4603)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Households (HouseholdId INTEGER PRIMARY KEY, OwnerName TEXT, City TEXT, PlanName TEXT,
                             SignedUp TEXT);
    CREATE TABLE Devices (DeviceId TEXT PRIMARY KEY, HouseholdId INTEGER REFERENCES Households(HouseholdId),
                          Model TEXT, InstalledOn TEXT);
    CREATE TABLE SupportChats (ChatId INTEGER PRIMARY KEY, HouseholdId INTEGER REFERENCES Households(HouseholdId),
                               AgentName TEXT, StartedAt TEXT, EndedAt TEXT, Topic TEXT, Resolved INTEGER,
                               Rating INTEGER);
    """)
    cities = ["Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes"]
    hh = []
    for i, n in enumerate(names(rng, 420)):
        hh.append((i + 1, n, rng.choices(cities, [20, 15, 13, 11, 10, 17, 8])[0],
                   rng.choices(["Basic", "Plus", "Premium"], [6, 4, 2])[0],
                   day(rng, date(2021, 1, 1), date(2025, 6, 30)).isoformat()))
    db.executemany("INSERT INTO Households VALUES (?,?,?,?,?)", hh)
    models = ["Calora T1", "Calora T2", "Calora T2 Max", "Calora Mini"]
    devs, n = [], 0
    for h in hh:
        for _ in range(rng.choices([1, 2, 3], [7, 3, 1])[0]):
            n += 1
            inst = day(rng, date.fromisoformat(h[4]), date(2025, 9, 30))
            devs.append((f"CT-{10000 + n * 7}", h[0], rng.choices(models, [5, 6, 3, 4])[0], inst.isoformat()))
    db.executemany("INSERT INTO Devices VALUES (?,?,?,?)", devs)
    agents = ["Lena", "Marc", "Sophie", "Karim", "Julie", "Theo", "Ines"]
    agent_w = [14, 11, 9, 13, 7, 5, 10]
    topics = ["Wi-Fi connection", "Schedule not working", "Battery", "App login", "Billing",
              "Installation help", "Temperature wrong"]
    topic_w = [15, 10, 6, 8, 5, 7, 12]
    chats = []
    for _ in range(1350):
        h = rng.choice(hh)
        d = day(rng, max(date.fromisoformat(h[4]), date(2024, 1, 1)), date(2025, 11, 30))
        st = datetime(d.year, d.month, d.day, rng.randint(8, 20), rng.randrange(60), rng.randrange(60))
        topic = rng.choices(topics, topic_w)[0]
        mins = rng.randint(3, 25) + (rng.randint(5, 30) if topic in ("Installation help", "Wi-Fi connection") else 0)
        en = st + timedelta(minutes=mins, seconds=rng.randrange(60))
        res = 1 if rng.random() < (0.85 if mins < 25 else 0.6) else 0
        rating = None if rng.random() < 0.3 else rng.choices([1, 2, 3, 4, 5], [1, 1, 2, 4, 5] if res else [5, 3, 2, 1, 0])[0]
        chats.append((h[0], rng.choices(agents, agent_w)[0], st.strftime("%Y-%m-%d %H:%M:%S"),
                      en.strftime("%Y-%m-%d %H:%M:%S"), topic, res, rating))
    for k in range(3):      # household 46 keeps coming back about its Wi-Fi
        st = datetime(2025, 10, 6 + 9 * k, 18, 10 + k * 7, 12)
        chats.append((46, agents[k], st.strftime("%Y-%m-%d %H:%M:%S"),
                      (st + timedelta(minutes=41 + k, seconds=20)).strftime("%Y-%m-%d %H:%M:%S"),
                      "Wi-Fi connection", 0 if k < 2 else 1, [1, None, 3][k]))
    chats.sort(key=lambda c: c[2])
    db.executemany("INSERT INTO SupportChats VALUES (?,?,?,?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(chats)])
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"appliances": build_appliances, "themepark": build_themepark,
                              "thermostats": build_thermostats}, SETS))
