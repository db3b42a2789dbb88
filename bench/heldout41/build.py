"""Held-out evaluation 41: three SQLite databases (a dental laboratory, an event caterer, a
company fuel-card fleet) and hand-written operations/finance conversations over them, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout41/build.py [OUT_DIR]   # writes dentlab.sqlite, catering.sqlite, fleetfuel.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout41), checks every
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

FIRST = ("Abena Bruno Chiara Declan Esme Farid Greta Henrik Isla Jamal Kasia Leon Mira Nadia Omar Petra "
         "Rhys Saoirse Tomas Ulla Vikram Wren Ximena Yusuf Zofia").split()
LAST = ("Achebe Brennan Castillo Dalton Ekström Fontaine Grady Hoffmann Iqbal Jovanovic Kerr Lindgren "
        "Moreau Nakamura O'Neill Pereira Quint Rahman Sokolov Thorne").split()


# ------------------------------------------------------------------------------------------
def build_dentlab(path: Path) -> None:
    """A dental laboratory: practices send cases (crowns, bridges, dentures...); fees in pence;
    every case has a status history."""
    rng = random.Random(4141)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE practices (practice_id INTEGER PRIMARY KEY, practice_name TEXT, town TEXT, nhs_contract INTEGER,
                            signed_up_on TEXT);
    CREATE TABLE technicians (tech_id INTEGER PRIMARY KEY, full_name TEXT, specialty TEXT, hired_on TEXT);
    CREATE TABLE products (product_code TEXT PRIMARY KEY, description TEXT, category TEXT, list_price_pence INTEGER);
    CREATE TABLE cases (case_id INTEGER PRIMARY KEY, practice_id INTEGER REFERENCES practices(practice_id),
                        tech_id INTEGER REFERENCES technicians(tech_id),
                        product_code TEXT REFERENCES products(product_code), received_on TEXT, due_on TEXT,
                        units INTEGER, fee_pence INTEGER, is_rush INTEGER);
    CREATE TABLE case_status_history (event_id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(case_id),
                                      status TEXT, changed_at TEXT);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, practice_id INTEGER REFERENCES practices(practice_id),
                           paid_on TEXT, amount_pence INTEGER, method TEXT);
    """)
    towns = ["Bristol", "Bath", "Swindon", "Cheltenham", "Gloucester", "Exeter", "Taunton"]
    kinds = ["Dental Care", "Smile Studio", "Family Dentistry", "Dental Practice", "Orthodontics"]
    practices = []
    for p in range(1, 41):
        t = rng.choices(towns, [9, 5, 4, 4, 3, 3, 2])[0]
        practices.append((p, f"{rng.choice(LAST)} {rng.choice(kinds)} {t}", t, int(rng.random() < 0.55),
                          day(rng, date(2016, 1, 1), date(2024, 9, 30)).isoformat()))
    db.executemany("INSERT INTO practices VALUES (?,?,?,?,?)", practices)
    specs = ["Crown & Bridge", "Crown & Bridge", "Crown & Bridge", "Prosthetics", "Prosthetics", "Orthodontics",
             "Implants", "Ceramics", "Ceramics", "Prosthetics", "Crown & Bridge", "Implants"]
    techs = [(i + 1, f"{rng.choice(FIRST)} {LAST[(i * 7) % len(LAST)]}", s,
              day(rng, date(2012, 1, 1), date(2023, 6, 30)).isoformat()) for i, s in enumerate(specs)]
    db.executemany("INSERT INTO technicians VALUES (?,?,?,?)", techs)
    products = [("ZC-1", "Zirconia crown", "Crown", 9500), ("EM-1", "E.max crown", "Crown", 11800),
                ("PFM-1", "Porcelain-fused-to-metal crown", "Crown", 8200), ("GC-1", "Gold crown", "Crown", 24500),
                ("ZB-3", "Zirconia bridge (3 unit)", "Bridge", 27900), ("MB-3", "Maryland bridge", "Bridge", 16400),
                ("FD-A", "Full acrylic denture", "Denture", 18900), ("CC-D", "Cobalt chrome partial denture",
                                                                     "Denture", 31200),
                ("ABT-1", "Custom implant abutment", "Implant", 21500), ("IC-1", "Implant crown", "Implant", 29800),
                ("NG-1", "Night guard", "Appliance", 6900), ("RT-1", "Essix retainer", "Appliance", 4800),
                ("WX-1", "Diagnostic wax-up", "Appliance", 3900)]
    db.executemany("INSERT INTO products VALUES (?,?,?,?)", products)
    tech_for = {"Crown": [1, 2, 3, 8, 9, 11], "Bridge": [1, 2, 3, 11], "Denture": [4, 5, 10],
                "Implant": [7, 12], "Appliance": [6, 4, 5]}
    cases, hist, n = [], [], 0
    pw = [rng.uniform(0.3, 3.0) for _ in practices]
    for cid in range(1, 1501):
        p = rng.choices(range(1, 41), pw)[0]
        prod = rng.choices(products, [20, 12, 10, 2, 6, 3, 7, 4, 4, 5, 8, 6, 3])[0]
        recv = day(rng, max(date.fromisoformat(practices[p - 1][4]), date(2023, 1, 1)), date(2024, 12, 20))
        rush = int(rng.random() < 0.12)
        due = recv + timedelta(days=rng.choice([5, 7, 7, 10, 10, 14]) if not rush else 3)
        units = rng.choices([1, 2, 3, 4], [12, 4, 2, 1])[0] if prod[2] in ("Crown", "Implant") else 1
        disc = rng.choice([1.0, 1.0, 0.95, 0.9]) if practices[p - 1][3] else 1.0
        fee = int(round(prod[3] * units * disc * (1.25 if rush else 1.0)))
        tech = rng.choice(tech_for[prod[2]])
        cases.append((cid, p, tech, prod[0], recv.isoformat(), due.isoformat(), units, fee, rush))
        t = datetime(recv.year, recv.month, recv.day, rng.randrange(8, 12), rng.randrange(60))
        steps = ["received", "in production", "quality check", "shipped"]
        if rng.random() < 0.07:
            steps = ["received", "in production", "quality check", "remake", "in production", "quality check",
                     "shipped"]
        if recv > date(2024, 12, 10):
            steps = steps[:rng.randrange(1, 4)]
        for s in steps:
            n += 1
            hist.append((n, cid, s, t.strftime("%Y-%m-%d %H:%M")))
            t += timedelta(hours=rng.randrange(6, 60))
    k = next(i for i, c in enumerate(cases) if c[1] == 24 and not c[8] and c[4] < "2024-06-01")
    c = cases[k]     # one more rush job, so that one practice clearly sends the most
    cases[k] = (*c[:5], (date.fromisoformat(c[4]) + timedelta(days=3)).isoformat(), c[6], int(round(c[7] * 1.25)), 1)
    db.executemany("INSERT INTO cases VALUES (?,?,?,?,?,?,?,?,?)", cases)
    db.executemany("INSERT INTO case_status_history VALUES (?,?,?,?)", hist)
    pays, n = [], 0
    for p in range(1, 41):
        owed = sum(c[7] for c in cases if c[1] == p)
        d = date(2023, 2, 1)
        while d <= date(2024, 12, 1) and owed > 0:
            if rng.random() < 0.8:
                n += 1
                amt = min(owed, int(rng.uniform(0.3, 1.6) * owed / 20) + rng.randrange(100))
                owed -= amt
                pays.append((n, p, d.replace(day=rng.randrange(1, 28)).isoformat(), amt,
                             rng.choices(["BACS", "card", "cheque"], [8, 3, 1])[0]))
            d = (d.replace(day=1) + timedelta(days=32)).replace(day=1)
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?)", pays)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_catering(path: Path) -> None:
    """An event caterer: clients book events; the dishes served at an event are in a link table."""
    rng = random.Random(4142)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, sector TEXT, city TEXT);
    CREATE TABLE events (event_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                         event_date TEXT, event_type TEXT, venue TEXT, guest_count INTEGER, quoted_price REAL,
                         deposit_paid REAL, status TEXT);
    CREATE TABLE dishes (dish_id INTEGER PRIMARY KEY, dish_name TEXT, course TEXT, cost_per_portion REAL,
                         is_vegan INTEGER, contains_nuts INTEGER);
    CREATE TABLE event_dishes (event_id INTEGER REFERENCES events(event_id), dish_id INTEGER REFERENCES dishes(dish_id),
                               portions INTEGER, PRIMARY KEY (event_id, dish_id));
    """)
    sectors = [("Corporate", ["Holdings", "Partners LLP", "Consulting", "Logistics", "Bank", "Software"]),
               ("Charity", ["Trust", "Foundation", "Appeal"]), ("Private", None), ("Public Sector", ["Council",
                                                                                                     "University"])]
    cities = ["Edinburgh", "Glasgow", "Dundee", "Aberdeen", "Stirling"]
    clients = []
    for c in range(1, 71):
        sec = rng.choices(sectors, [10, 3, 5, 2])[0]
        name = (f"{rng.choice(FIRST)} & {rng.choice(FIRST)} {rng.choice(LAST)}" if sec[1] is None
                else f"{rng.choice(LAST)} {rng.choice(sec[1])}")
        clients.append((c, name, sec[0], rng.choices(cities, [6, 5, 2, 2, 1])[0]))
    db.executemany("INSERT INTO clients VALUES (?,?,?,?)", clients)
    dishes = [("Smoked salmon blini", "Canape", 1.15, 0, 0), ("Haggis bon bon", "Canape", 0.85, 0, 0),
              ("Beetroot falafel bite", "Canape", 0.7, 1, 1), ("Mini crab cake", "Canape", 1.4, 0, 0),
              ("Cullen skink", "Starter", 2.9, 0, 0), ("Heritage tomato salad", "Starter", 2.1, 1, 0),
              ("Chicken liver parfait", "Starter", 2.35, 0, 0), ("Roast squash soup", "Starter", 1.6, 1, 1),
              ("Fillet of beef", "Main", 11.8, 0, 0), ("Roast salmon", "Main", 8.4, 0, 0),
              ("Chicken supreme", "Main", 6.2, 0, 0), ("Wild mushroom risotto", "Main", 4.9, 1, 0),
              ("Lamb rump", "Main", 10.25, 0, 0), ("Cauliflower steak", "Main", 3.95, 1, 1),
              ("Cranachan", "Dessert", 2.4, 0, 1), ("Sticky toffee pudding", "Dessert", 2.15, 0, 0),
              ("Dark chocolate torte", "Dessert", 2.7, 1, 1), ("Lemon posset", "Dessert", 1.85, 0, 0),
              ("Scottish cheeseboard", "Dessert", 3.3, 0, 1)]
    db.executemany("INSERT INTO dishes VALUES (?,?,?,?,?,?)", [(i + 1, *d) for i, d in enumerate(dishes)])
    by_course = {}
    for i, d in enumerate(dishes):
        by_course.setdefault(d[1], []).append(i + 1)
    types = {"Wedding": (60, 180, 85), "Gala Dinner": (80, 300, 95), "Business Lunch": (15, 60, 38),
             "Conference Buffet": (40, 250, 29), "Drinks Reception": (30, 150, 22), "Funeral Tea": (20, 80, 18)}
    events, links = [], []
    for e in range(1, 421):
        c = rng.randrange(1, 71)
        sec = clients[c - 1][2]
        et = rng.choice(["Wedding", "Wedding", "Funeral Tea"] if sec == "Private" else
                        ["Business Lunch", "Conference Buffet", "Drinks Reception", "Gala Dinner"] if sec == "Corporate"
                        else ["Gala Dinner", "Drinks Reception", "Conference Buffet"])
        lo, hi, per_head = types[et]
        d = day(rng, date(2023, 1, 5), date(2025, 3, 28))
        if et == "Wedding" and d.month in (1, 2, 11, 12) and rng.random() < 0.7:
            d = d.replace(month=rng.choice([6, 7, 8, 9]))
        guests = rng.randrange(lo, hi)
        price = round(guests * per_head * rng.uniform(0.9, 1.25), 2)
        status = "completed" if d < date(2025, 1, 1) else "confirmed"
        if rng.random() < 0.08:
            status = "cancelled"
        deposit = round(price * rng.choice([0.2, 0.25, 0.3]), 2) if status != "cancelled" or rng.random() < 0.5 else 0.0
        venue = rng.choices(["Assembly Rooms", "Caledonian Hall", "Riverside Barn", "Client premises",
                             "Merchant House", "The Glasshouse", "Kelvin Gallery"], [5, 3, 3, 7, 2, 3, 2])[0]
        events.append((e, c, d.isoformat(), et, venue, guests, price, deposit, status))
        courses = (["Canape"] if et in ("Drinks Reception",) else
                   ["Canape", "Starter", "Main", "Dessert"] if et in ("Wedding", "Gala Dinner") else
                   ["Starter", "Main", "Dessert"] if et == "Business Lunch" else ["Canape", "Main", "Dessert"])
        for co in courses:
            k = 3 if co == "Canape" else (2 if co == "Main" and guests > 60 else 1)
            for dish in rng.sample(by_course[co], k):
                links.append((e, dish, guests * (3 if co == "Canape" else 1) // (1 if co == "Canape" else k)
                              + rng.randrange(0, 4)))
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?)", events)
    db.executemany("INSERT INTO event_dishes VALUES (?,?,?)", links)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_fleetfuel(path: Path) -> None:
    """A company's van and lorry fleet on fuel cards: depots, vehicles, drivers, card transactions."""
    rng = random.Random(4143)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, region TEXT);
    CREATE TABLE vehicles (reg_plate TEXT PRIMARY KEY, depot_id INTEGER REFERENCES depots(depot_id), make TEXT,
                           model TEXT, vehicle_class TEXT, fuel TEXT, first_registered TEXT);
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                          home_depot INTEGER REFERENCES depots(depot_id), licence_cat TEXT, started_on TEXT);
    CREATE TABLE fuel_card_txns (txn_id INTEGER PRIMARY KEY, reg_plate TEXT REFERENCES vehicles(reg_plate),
                                 driver_id INTEGER REFERENCES drivers(driver_id), txn_time TEXT, station_brand TEXT,
                                 litres REAL, amount_gbp REAL, odometer_km INTEGER);
    """)
    depots = [(1, "Wakefield Hub", "Yorkshire"), (2, "Leeds South", "Yorkshire"), (3, "Daventry DC", "Midlands"),
              (4, "Coventry", "Midlands"), (5, "Warrington", "North West"), (6, "Thurrock", "South East"),
              (7, "Avonmouth", "South West")]
    db.executemany("INSERT INTO depots VALUES (?,?,?)", depots)
    models = [("Ford", "Transit Custom", "Van", "Diesel"), ("Ford", "Transit", "Van", "Diesel"),
              ("Mercedes-Benz", "Sprinter", "Van", "Diesel"), ("Vauxhall", "Vivaro", "Van", "Diesel"),
              ("Toyota", "Corolla", "Car", "Hybrid"), ("Skoda", "Octavia", "Car", "Petrol"),
              ("DAF", "LF 180", "Rigid HGV", "Diesel"), ("Volvo", "FH 460", "Artic HGV", "Diesel"),
              ("Scania", "R450", "Artic HGV", "Diesel")]
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    vehicles = []
    for i in range(90):
        m = rng.choices(models, [10, 8, 7, 5, 3, 2, 5, 4, 3])[0]
        yr = rng.randrange(2017, 2025)
        plate = (f"{rng.choice(letters)}{rng.choice(letters)}{yr % 100 + (50 if rng.random() < 0.5 else 0):02d} "
                 f"{rng.choice(letters)}{rng.choice(letters)}{letters[i % len(letters)]}")
        vehicles.append((plate, rng.choices(range(1, 8), [6, 4, 5, 3, 4, 4, 3])[0], *m,
                         date(yr, rng.randrange(1, 13), rng.randrange(1, 28)).isoformat()))
    db.executemany("INSERT INTO vehicles VALUES (?,?,?,?,?,?,?)", vehicles)
    drivers = []
    for d in range(1, 76):
        drivers.append((d, rng.choice(FIRST), rng.choice(LAST), rng.choices(range(1, 8), [6, 4, 5, 3, 4, 4, 3])[0],
                        rng.choices(["B", "C1", "C", "C+E"], [8, 2, 3, 3])[0],
                        day(rng, date(2010, 1, 1), date(2024, 3, 31)).isoformat()))
    db.executemany("INSERT INTO drivers VALUES (?,?,?,?,?,?)", drivers)
    brands = ["Shell", "BP", "Esso", "Texaco", "Tesco", "Morrisons"]
    tank = {"Van": (45, 80), "Car": (30, 50), "Rigid HGV": (120, 220), "Artic HGV": (250, 520)}
    txns, n = [], 0
    for v in vehicles:
        odo = rng.randrange(20000, 160000)
        same_depot = [d for d in drivers if d[3] == v[1]] or drivers
        t = datetime(2024, 1, 1, 6) + timedelta(hours=rng.randrange(0, 120))
        gap = {"Van": 5, "Car": 9, "Rigid HGV": 4, "Artic HGV": 2.5}[v[4]]
        while t < datetime(2025, 6, 30):
            n += 1
            lo, hi = tank[v[4]]
            litres = round(rng.uniform(lo, hi), 2)
            month_idx = (t.year - 2024) * 12 + t.month
            ppl = (1.46 + 0.012 * ((month_idx * 7) % 5) - 0.004 * month_idx
                   + (0.03 if v[5] == "Petrol" else 0)) + rng.uniform(-0.04, 0.06)
            odo += int(litres * rng.uniform(7, 12) * (0.35 if "HGV" in v[4] else 1))
            drv = rng.choice(same_depot)
            txns.append((n, v[0], drv[0], t.strftime("%Y-%m-%d %H:%M"), rng.choices(brands, [5, 5, 4, 2, 3, 2])[0],
                         litres, round(litres * ppl, 2), odo))
            t += timedelta(days=rng.uniform(0.5, 2 * gap), hours=rng.randrange(0, 10))
    db.executemany("INSERT INTO fuel_card_txns VALUES (?,?,?,?,?,?,?,?)", txns)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"dentlab": build_dentlab, "catering": build_catering,
                              "fleetfuel": build_fleetfuel}, SETS))
