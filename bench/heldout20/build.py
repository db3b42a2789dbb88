"""Held-out evaluation heldout20: three SQLite databases (a car-sharing service, an events
ticketing platform, a solar installer) and hand-written analyst conversations over them, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout20/build.py [OUT_DIR]   # writes carshare.sqlite, tickets.sqlite, solar.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout20), checks every
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

FIRST = ("Aino Bram Celia Dario Edith Farid Greta Hamid Ilse Jasper Kaia Lorenzo Mira Nadia Oskar Petra "
         "Rhys Selma Tobias Ulla Vera Wim Xenia Yusuf Zora").split()
LAST = ("Aalto Brennan Castillo Dahl Eriksen Ferreira Gallo Horvath Iqbal Jovanovic Kerr Lindqvist Moreau "
        "Nakamura Ortega Pereira Quist Richter Sato Thorne").split()


# ------------------------------------------------------------------------------------------
def build_carshare(path: Path) -> None:
    rng = random.Random(2201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, home_city TEXT, joined_on TEXT,
                          plan TEXT, birth_year INTEGER);
    CREATE TABLE cars (car_id INTEGER PRIMARY KEY, plate TEXT, make TEXT, model TEXT, fuel_type TEXT,
                       city TEXT, hourly_rate REAL, added_on TEXT, retired_on TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                        car_id INTEGER REFERENCES cars(car_id), started_at TEXT, ended_at TEXT,
                        distance_km REAL, fare REAL, status TEXT, rating INTEGER);
    CREATE TABLE promos (promo_id INTEGER PRIMARY KEY, code TEXT, discount_pct REAL, valid_until TEXT);
    CREATE TABLE trip_promos (trip_id INTEGER REFERENCES trips(trip_id), promo_id INTEGER REFERENCES promos(promo_id),
                              discount_amount REAL);
    """)
    cities = ["Utrecht", "Rotterdam", "Amsterdam", "Eindhoven", "Groningen"]
    members = []
    used = set()
    for mid in range(1, 181):
        while True:
            n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if n not in used:
                used.add(n)
                break
        city = rng.choices(cities, [3, 4, 6, 2, 1])[0]
        members.append((mid, n, city, day(rng, date(2020, 1, 1), date(2024, 10, 31)).isoformat(),
                        rng.choices(["basic", "plus", "business"], [6, 3, 1])[0],
                        rng.randrange(1955, 2004) if rng.random() > 0.1 else None))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?)", members)
    models = [("Renault", "Zoe", "electric", 9.5), ("Volkswagen", "ID.3", "electric", 11.0),
              ("Toyota", "Yaris", "hybrid", 8.0), ("Toyota", "Corolla", "hybrid", 9.0),
              ("Kia", "Niro", "electric", 10.5), ("Peugeot", "208", "petrol", 7.0),
              ("Tesla", "Model 3", "electric", 15.5), ("Volkswagen", "Polo", "petrol", 7.5),
              ("Skoda", "Octavia", "diesel", 9.75)]
    cars = []
    for cid in range(1, 61):
        mk, mo, fu, rate = models[(cid * 7) % len(models)] if cid > 9 else models[cid - 1]
        added = day(rng, date(2021, 1, 1), date(2023, 12, 31))
        retired = day(rng, date(2024, 3, 1), date(2024, 12, 31)).isoformat() if rng.random() < 0.12 else None
        cars.append((cid, f"{rng.choice('GHJKLNPRSTXZ')}{rng.choice('GHJKLNPRSTXZ')}-{rng.randrange(100, 999)}-"
                     f"{rng.choice('BDFGHJ')}", mk, mo, fu, rng.choices(cities, [3, 4, 6, 2, 1])[0],
                     round(rate + rng.choice([0, 0.25, 0.5, -0.25]), 2), added.isoformat(), retired))
    db.executemany("INSERT INTO cars VALUES (?,?,?,?,?,?,?,?,?)", cars)
    trips = []
    # members 171..180 never take a trip
    for tid in range(1, 2601):
        m = rng.randint(1, 170)
        c = rng.randint(1, 60)
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        st = datetime(d.year, d.month, d.day, rng.randrange(6, 23), rng.randrange(60))
        hours = round(rng.choice([0.5, 1, 1, 1.5, 2, 2, 3, 4, 6, 8]) + rng.random() * 0.4, 2)
        status = rng.choices(["completed", "cancelled", "no_show"], [88, 9, 3])[0]
        if status == "completed":
            en = st + timedelta(hours=hours)
            dist = round(hours * rng.uniform(8, 35), 1)
            fare = round(hours * cars[c - 1][6] + dist * 0.19, 2)
            rating = rng.choice([3, 4, 4, 5, 5, 5, 2, None, None])
            trips.append((tid, m, c, st.strftime("%Y-%m-%d %H:%M"), en.strftime("%Y-%m-%d %H:%M"), dist, fare,
                          status, rating))
        else:
            trips.append((tid, m, c, st.strftime("%Y-%m-%d %H:%M"), None, None,
                          5.0 if status == "no_show" else 0.0, status, None))
    db.executemany("INSERT INTO trips VALUES (?,?,?,?,?,?,?,?,?)", trips)
    promos = [(1, "WELCOME10", 10.0, "2024-12-31"), (2, "SPRING15", 15.0, "2023-05-31"),
              (3, "WEEKEND20", 20.0, "2024-12-31"), (4, "STUDENT5", 5.0, "2024-08-31"),
              (5, "SUMMER25", 25.0, "2024-08-31"), (6, "LOYAL12", 12.0, "2025-06-30")]
    db.executemany("INSERT INTO promos VALUES (?,?,?,?)", promos)
    tp = []
    for t in trips:
        if t[7] == "completed" and rng.random() < 0.18:
            p = rng.choices([1, 2, 3, 4, 5], [5, 2, 4, 2, 3])[0]   # LOYAL12 never used
            tp.append((t[0], p, round(t[6] * promos[p - 1][2] / 100, 2)))
    db.executemany("INSERT INTO trip_promos VALUES (?,?,?)", tp)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_tickets(path: Path) -> None:
    rng = random.Random(2202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE venues (venueId INTEGER PRIMARY KEY, venueName TEXT, city TEXT, capacity INTEGER,
                         openedYear INTEGER);
    CREATE TABLE events (eventId INTEGER PRIMARY KEY, eventName TEXT, category TEXT,
                         venueId INTEGER REFERENCES venues(venueId), eventDate TEXT, basePrice REAL,
                         isCancelled INTEGER);
    CREATE TABLE performers (performerId INTEGER PRIMARY KEY, stageName TEXT, genre TEXT, homeCountry TEXT);
    CREATE TABLE eventPerformers (eventId INTEGER REFERENCES events(eventId),
                                  performerId INTEGER REFERENCES performers(performerId), isHeadliner INTEGER);
    CREATE TABLE customers (customerId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, country TEXT,
                            signupDate TEXT, marketingOptIn INTEGER);
    CREATE TABLE orders (orderId INTEGER PRIMARY KEY, customerId INTEGER REFERENCES customers(customerId),
                         eventId INTEGER REFERENCES events(eventId), orderDate TEXT, ticketCount INTEGER,
                         totalPaid REAL, feeAmount REAL, refundedAt TEXT);
    """)
    venues = [(1, "Harbour Arena", "Dublin", 9000, 2008), (2, "The Lantern Hall", "Dublin", 1200, 1996),
              (3, "Riverside Theatre", "Cork", 850, 1972), (4, "Granite Dome", "Belfast", 11000, 2012),
              (5, "Old Mill Club", "Galway", 400, 2015), (6, "Quayside Pavilion", "Cork", 3500, 2019),
              (7, "Northlight Studio", "Belfast", 300, 2021)]
    db.executemany("INSERT INTO venues VALUES (?,?,?,?,?)", venues)
    perf = []
    adj = "Velvet Copper Hollow Silver Midnight Paper Wild Glass Iron Lucky Amber Northern".split()
    noun = "Foxes Harbour Lanterns Tides Orchard Comets Sparrows Engines Ravens Echoes Pilots Rivers".split()
    names = set()
    for pid in range(1, 46):
        while True:
            n = f"{rng.choice(adj)} {rng.choice(noun)}"
            if n not in names:
                names.add(n)
                break
        perf.append((pid, n, rng.choice(["rock", "folk", "jazz", "electronic", "comedy", "pop"]),
                     rng.choices(["Ireland", "UK", "USA", "France", "Germany"], [5, 4, 2, 1, 1])[0]))
    db.executemany("INSERT INTO performers VALUES (?,?,?,?)", perf)
    events, ep = [], []
    cats = ["concert", "comedy", "theatre", "festival", "talk"]
    for eid in range(1, 141):
        v = rng.choices(range(1, 8), [3, 4, 3, 2, 3, 3, 2])[0]
        cat = rng.choices(cats, [6, 3, 3, 1, 1])[0]
        d = day(rng, date(2023, 1, 10), date(2025, 3, 30))
        price = round(rng.uniform(15, 95) * (1.6 if v in (1, 4) else 1.0), 2)
        events.append((eid, f"{cat.title()} Night #{eid}" if cat != "festival" else f"Summer Fest {eid}",
                       cat, v, d.isoformat(), price, 1 if rng.random() < 0.06 else 0))
        for i, p in enumerate(rng.sample(range(1, 41), rng.randrange(1, 4))):   # 41..45 never booked
            ep.append((eid, p, 1 if i == 0 else 0))
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", events)
    db.executemany("INSERT INTO eventPerformers VALUES (?,?,?)", ep)
    custs = []
    for cid in range(1, 401):
        custs.append((cid, rng.choice(FIRST), rng.choice(LAST),
                      rng.choices(["Ireland", "UK", "USA", "Germany", "France", None], [10, 5, 2, 1, 1, 1])[0],
                      day(rng, date(2021, 6, 1), date(2024, 12, 31)).isoformat(), rng.choice([0, 1])))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", custs)
    orders = []
    for oid in range(1, 3201):
        e = events[rng.randrange(len(events))]
        ed = date.fromisoformat(e[4])
        od = ed - timedelta(days=rng.randrange(1, 120))
        n = rng.choices([1, 2, 3, 4, 6], [5, 8, 2, 3, 1])[0]
        paid = round(n * e[5], 2)
        refunded = None
        if e[6] == 1:
            refunded = (ed - timedelta(days=rng.randrange(0, 5))).isoformat()
        elif rng.random() < 0.04:
            refunded = (od + timedelta(days=rng.randrange(1, 10))).isoformat()
        orders.append((oid, rng.randint(1, 380), e[0], od.isoformat(), n, paid,
                       round(paid * 0.08 + 1.5, 2) if rng.random() > 0.07 else None, refunded))
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?)", orders)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_solar(path: Path) -> None:
    rng = random.Random(2203)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE StatusCodes (StatusCd TEXT PRIMARY KEY, StatusDesc TEXT);
    CREATE TABLE Customers (CustID INTEGER PRIMARY KEY, CustName TEXT, Region TEXT, PropType TEXT,
                            CreatedDt TEXT);
    CREATE TABLE SalesReps (RepID INTEGER PRIMARY KEY, RepName TEXT, Region TEXT, HireDt TEXT);
    CREATE TABLE Quotes (QuoteID INTEGER PRIMARY KEY, CustID INTEGER REFERENCES Customers(CustID),
                         RepID INTEGER REFERENCES SalesReps(RepID), QuoteDt TEXT, SysKw REAL, QuoteAmt REAL,
                         StatusCd TEXT REFERENCES StatusCodes(StatusCd));
    CREATE TABLE Installs (InstallID INTEGER PRIMARY KEY, QuoteID INTEGER REFERENCES Quotes(QuoteID),
                           InstallDt TEXT, PanelCnt INTEGER, FinalAmt REAL, BattInc INTEGER);
    CREATE TABLE Technicians (TechID INTEGER PRIMARY KEY, TechName TEXT, CertLvl INTEGER, HireDt TEXT);
    CREATE TABLE InstallCrew (InstallID INTEGER REFERENCES Installs(InstallID),
                              TechID INTEGER REFERENCES Technicians(TechID), HrsWorked REAL);
    CREATE TABLE ServiceCalls (CallID INTEGER PRIMARY KEY, InstallID INTEGER REFERENCES Installs(InstallID),
                               TechID INTEGER REFERENCES Technicians(TechID), CallDt TEXT, IssueType TEXT,
                               CostAmt REAL, ResolvedDt TEXT);
    """)
    db.executemany("INSERT INTO StatusCodes VALUES (?,?)",
                   [("DR", "Draft"), ("SNT", "Sent"), ("ACC", "Accepted"), ("REJ", "Rejected"), ("EXP", "Expired")])
    regions = ["North", "South", "East", "West", "Central"]
    custs = []
    for cid in range(1, 321):
        custs.append((cid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(regions, [2, 5, 3, 4, 3])[0],
                      rng.choices(["house", "farm", "business", "apartment"], [10, 2, 3, 1])[0],
                      day(rng, date(2021, 1, 1), date(2024, 11, 30)).isoformat()))
    db.executemany("INSERT INTO Customers VALUES (?,?,?,?,?)", custs)
    reps = [(1, "Greta Lindqvist", "North", "2019-03-01"), (2, "Farid Iqbal", "South", "2020-06-15"),
            (3, "Celia Moreau", "South", "2021-09-01"), (4, "Oskar Dahl", "East", "2018-01-20"),
            (5, "Nadia Ortega", "West", "2022-04-11"), (6, "Wim Richter", "Central", "2023-02-06"),
            (7, "Petra Sato", "West", "2024-09-02")]
    db.executemany("INSERT INTO SalesReps VALUES (?,?,?,?)", reps)
    techs = [(i + 1, n, rng.choice([1, 2, 2, 3]), day(rng, date(2016, 1, 1), date(2024, 6, 1)).isoformat())
             for i, n in enumerate(["Hamid Kerr", "Ilse Thorne", "Jasper Gallo", "Kaia Brennan", "Lorenzo Aalto",
                                    "Mira Horvath", "Rhys Pereira", "Selma Quist", "Tobias Castillo",
                                    "Vera Nakamura"])]
    db.executemany("INSERT INTO Technicians VALUES (?,?,?,?)", techs)
    quotes, installs, crew, calls = [], [], [], []
    iid = 0
    for qid in range(1, 901):
        c = rng.randint(1, 300)       # customers 301..320 never got a quote
        reg = custs[c - 1][2]
        reps_here = [r[0] for r in reps if r[2] == reg] or [6]
        rep = rng.choice(reps_here)
        d = day(rng, max(date.fromisoformat(custs[c - 1][4]), date(2022, 1, 1)), date(2024, 12, 31))
        if rep == 7 and d < date(2024, 9, 2):
            rep = 5
        kw = round(rng.choice([3, 4, 4.5, 5, 6, 6, 8, 10, 12, 20, 30]) * rng.uniform(0.9, 1.1), 2)
        amt = round(kw * rng.uniform(1100, 1500), 2)
        st = rng.choices(["DR", "SNT", "ACC", "REJ", "EXP"], [1, 2, 5, 3, 2])[0]
        quotes.append((qid, c, rep, d.isoformat(), kw, amt, st))
        if st == "ACC" and d < date(2024, 11, 15):
            iid += 1
            idt = d + timedelta(days=rng.randrange(14, 75))
            panels = int(kw * 1000 / 420) + 1
            batt = 1 if rng.random() < 0.3 else 0
            installs.append((iid, qid, idt.isoformat(), panels,
                             round(amt * rng.uniform(0.97, 1.06) + (4800 if batt else 0), 2), batt))
            for t in rng.sample(range(1, 10), rng.randrange(2, 4)):   # tech 10 never on a crew
                crew.append((iid, t, round(rng.uniform(4, 14) * (1 + kw / 20), 1)))
    db.executemany("INSERT INTO Quotes VALUES (?,?,?,?,?,?,?)", quotes)
    db.executemany("INSERT INTO Installs VALUES (?,?,?,?,?,?)", installs)
    db.executemany("INSERT INTO InstallCrew VALUES (?,?,?)", crew)
    cid = 0
    for ins in installs:
        idt = date.fromisoformat(ins[2])
        for _ in range(rng.choices([0, 0, 1, 1, 2, 3], [5, 3, 3, 2, 1, 1])[0]):
            cd = idt + timedelta(days=rng.randrange(10, 500))
            if cd > date(2025, 3, 31):
                continue
            cid += 1
            issue = rng.choices(["inverter fault", "panel damage", "monitoring offline", "leak", "battery fault"],
                                [4, 2, 5, 1, 2 if ins[5] else 0])[0]
            cost = round(rng.uniform(60, 900), 2) if rng.random() > 0.25 else None
            res = (cd + timedelta(days=rng.randrange(0, 30))).isoformat() if rng.random() > 0.1 else None
            calls.append((cid, ins[0], rng.randint(1, 10), cd.isoformat(), issue, cost, res))
    db.executemany("INSERT INTO ServiceCalls VALUES (?,?,?,?,?,?,?)", calls)
    db.commit()
    db.close()


BUILDERS = {"carshare": build_carshare, "tickets": build_tickets, "solar": build_solar}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
