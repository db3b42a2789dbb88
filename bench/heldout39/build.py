"""Held-out evaluation 39: three SQLite databases (a piano-tuning service with a PascalCase schema
and soft deletes, a spice importer whose money sits beside a currency column, a food-truck fleet)
and hand-written manager conversations over them, written before the engine was run on them
(see README.md in this folder).

    python bench/heldout39/build.py [OUT_DIR]   # writes pianos.sqlite, spices.sqlite, foodtrucks.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout39), checks every
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

FIRST = ("Aoife Bram Celia Dev Esme Farid Greta Hamish Ilse Joao Kasia Leon Mirela Noor Otto Petra "
         "Ravi Saskia Teo Ulla Vera Wim Xena Yusuf Zofia").split()
LAST = ("Achterberg Brennan Castillo Doyle Eklund Farrow Galli Hartley Iqbal Janssen Kerr Lindahl "
        "Moreau Nakamura Orsini Pryce Quist Rahman Sato Tremblay").split()


# ------------------------------------------------------------------------------------------ pianos
def build_pianos(path: Path) -> None:
    rng = random.Random(3901)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Technicians (TechnicianId INTEGER PRIMARY KEY, FullName TEXT, Region TEXT, HourlyRate REAL,
                              HiredOn TEXT, DeletedAt TEXT);
    CREATE TABLE Clients (ClientId INTEGER PRIMARY KEY, ClientName TEXT, ClientType TEXT, City TEXT,
                          IsActive INTEGER, CreatedAt TEXT);
    CREATE TABLE Pianos (PianoId INTEGER PRIMARY KEY, ClientId INTEGER REFERENCES Clients(ClientId), Make TEXT,
                         PianoType TEXT, YearBuilt INTEGER, DeletedAt TEXT);
    CREATE TABLE Appointments (AppointmentId INTEGER PRIMARY KEY, PianoId INTEGER REFERENCES Pianos(PianoId),
                               TechnicianId INTEGER REFERENCES Technicians(TechnicianId), VisitDate TEXT,
                               ServiceType TEXT, DurationMin INTEGER, FeeAmount REAL, DeletedAt TEXT);
    """)
    regions = ["North", "South", "East", "West"]
    techs = []
    for t in range(1, 13):
        hired = day(rng, date(2012, 1, 1), date(2023, 6, 30))
        gone = None
        if t in (4, 9):
            gone = day(rng, date(2024, 3, 1), date(2024, 10, 31)).isoformat() + " 17:00:00"
        techs.append((t, f"{FIRST[(t * 7) % 25]} {LAST[(t * 3) % 20]}", regions[(t - 1) % 4],
                      round(rng.uniform(28, 46), 2), hired.isoformat(), gone))
    techs[6] = (7, "Marguerite Okonkwo", "West", 52.5, "2009-09-14", None)   # the senior, best-paid tuner
    db.executemany("INSERT INTO Technicians VALUES (?,?,?,?,?,?)", techs)
    ctypes = ["Home", "Home", "Home", "Home", "School", "Church", "Concert Hall", "Hotel"]
    cities = ["Bristol", "Bath", "Cardiff", "Gloucester", "Swindon", "Exeter"]
    clients = []
    halls = [f"{a} {b}" for a in ["Colston", "Riverside", "St George's", "Guildhall", "Corn Exchange", "Victoria",
                                  "Assembly", "Old Market", "Harbourside", "Pavilion", "Queen's", "Albert"]
             for b in ["Hall", "Rooms", "Theatre"]]
    people = [f"{f} {la}" for f in FIRST for la in LAST]
    places = {ct: [f"{la} {ct}" for la in LAST] + [f"St {f}'s {ct}" for f in FIRST] for ct in ctypes}
    for pool in [halls, people, *places.values()]:
        rng.shuffle(pool)
    for c in range(1, 221):
        ct = rng.choice(ctypes)
        name = people.pop() if ct == "Home" else halls.pop() if ct == "Concert Hall" else places[ct].pop()
        active = 0 if rng.random() < 0.15 else 1
        clients.append((c, name, ct, rng.choices(cities, [8, 4, 5, 3, 3, 2])[0], active,
                        day(rng, date(2016, 1, 1), date(2024, 11, 30)).isoformat() + " 09:00:00"))
    db.executemany("INSERT INTO Clients VALUES (?,?,?,?,?,?)", clients)
    makes = ["Yamaha", "Kawai", "Steinway", "Bechstein", "Broadwood", "Chappell", "Bluthner", "Petrof"]
    pianos, pid = [], 0
    for c in clients:
        for _ in range(1 if c[2] == "Home" else rng.randrange(1, 5)):
            pid += 1
            ptype = rng.choices(["Upright", "Baby Grand", "Grand", "Concert Grand"],
                                [8, 2, 2, 1 if c[2] == "Concert Hall" else 0])[0]
            pianos.append((pid, c[0], rng.choices(makes, [8, 6, 3, 2, 2, 2, 1, 2])[0], ptype,
                           rng.randrange(1905, 2023), "2024-05-02 10:00:00" if rng.random() < 0.06 else None))
    old = next(i for i, p in enumerate(pianos) if clients[p[1] - 1][2] == "Church" and p[5] is None)
    pianos[old] = (pianos[old][0], pianos[old][1], "Broadwood", "Upright", 1894, None)   # the one oldest piano
    db.executemany("INSERT INTO Pianos VALUES (?,?,?,?,?,?)", pianos)
    services = {"Tuning": (60, 95.0), "Pitch Raise": (120, 160.0), "Repair": (90, 140.0),
                "Regulation": (240, 380.0), "Appraisal": (45, 75.0)}
    appts = []
    for a in range(1, 1501):
        p = rng.choice(pianos)
        tech = rng.choices(range(1, 13), [9, 7, 8, 5, 8, 6, 11, 7, 4, 8, 6, 7])[0]
        d = day(rng, date(2023, 1, 2), date(2024, 12, 20))
        if techs[tech - 1][5] and d.isoformat() > techs[tech - 1][5][:10]:
            tech = 7
        st = rng.choices(list(services), [20, 3, 4, 1, 2])[0]
        dur, base = services[st]
        mult = 1.4 if p[3] == "Concert Grand" else 1.15 if p[3] in ("Grand", "Baby Grand") else 1.0
        dur = int(dur * rng.choice([0.75, 1, 1, 1.25, 1.5]))
        deleted = (d - timedelta(days=rng.randrange(1, 10))).isoformat() + " 08:30:00" if rng.random() < 0.08 else None
        appts.append((a, p[0], tech, d.isoformat(), st, dur, round(base * mult * rng.uniform(0.95, 1.12), 2), deleted))
    k = next(i for i, a in enumerate(appts) if a[2] == 10 and a[3] >= "2024-06-01" and a[7] is None)
    appts[k] = (*appts[k][:7], (date.fromisoformat(appts[k][3]) - timedelta(days=2)).isoformat() + " 11:15:00")
    db.executemany("INSERT INTO Appointments VALUES (?,?,?,?,?,?,?,?)", appts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ spices
def build_spices(path: Path) -> None:
    rng = random.Random(3902)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE suppliers (supplier_id INTEGER PRIMARY KEY, supplier_name TEXT, country TEXT, since_year INTEGER,
                            is_fairtrade INTEGER);
    CREATE TABLE products (sku TEXT PRIMARY KEY, product_name TEXT, spice_family TEXT, list_price_gbp_kg REAL);
    CREATE TABLE purchase_orders (po_no TEXT PRIMARY KEY, supplier_id INTEGER REFERENCES suppliers(supplier_id),
                                  order_date TEXT, status TEXT, amount REAL, currency TEXT);
    CREATE TABLE po_lines (po_no TEXT REFERENCES purchase_orders(po_no), sku TEXT REFERENCES products(sku),
                           qty_kg REAL, unit_price REAL);
    CREATE TABLE fx_rates (currency TEXT PRIMARY KEY, gbp_per_unit REAL);
    """)
    sup = [("Malabar Coast Traders", "India", "INR", 2011, 1), ("Kerala Spice Growers", "India", "INR", 2016, 1),
           ("Zanzibar Clove Co", "Tanzania", "USD", 2014, 0), ("Saigon Cinnamon House", "Vietnam", "USD", 2018, 0),
           ("Sri Lanka True Cinnamon", "Sri Lanka", "USD", 2012, 1), ("Grenada Nutmeg Union", "Grenada", "USD", 2015, 1),
           ("Anatolia Herbs", "Turkey", "EUR", 2010, 0), ("Hamburg Spice Brokers", "Germany", "EUR", 2009, 0),
           ("Madagascar Vanilla Farms", "Madagascar", "EUR", 2019, 1), ("Oaxaca Chile Collective", "Mexico", "USD", 2020, 1),
           ("Sichuan Peppercorn Ltd", "China", "USD", 2021, 0), ("Cotswold Herb Farm", "United Kingdom", "GBP", 2017, 0)]
    db.executemany("INSERT INTO suppliers VALUES (?,?,?,?,?)",
                   [(i + 1, s[0], s[1], s[3], s[4]) for i, s in enumerate(sup)])
    prods = [("BPW-01", "Black Pepper Whole", "Pepper", 14.0), ("WPW-02", "White Pepper Whole", "Pepper", 19.5),
             ("SZP-03", "Sichuan Pepper", "Pepper", 31.0), ("CAS-04", "Cassia Cinnamon", "Bark", 11.5),
             ("CEY-05", "Ceylon Cinnamon Quills", "Bark", 38.0), ("CLV-06", "Cloves Whole", "Flower", 22.0),
             ("NUT-07", "Nutmeg Whole", "Seed", 26.0), ("MAC-08", "Mace Blades", "Seed", 64.0),
             ("CAR-09", "Green Cardamom", "Seed", 58.0), ("CUM-10", "Cumin Seed", "Seed", 9.5),
             ("COR-11", "Coriander Seed", "Seed", 6.0), ("TUR-12", "Turmeric Ground", "Root", 8.5),
             ("GIN-13", "Ginger Dried", "Root", 12.0), ("VAN-14", "Vanilla Pods", "Pod", 410.0),
             ("ANC-15", "Ancho Chile", "Chile", 24.0), ("CHP-16", "Chipotle Chile", "Chile", 27.5),
             ("OREG-17", "Oregano", "Herb", 15.0), ("SUM-18", "Sumac", "Berry", 17.0),
             ("THY-19", "Thyme", "Herb", 16.5), ("SAF-20", "Saffron", "Flower", 5200.0)]
    db.executemany("INSERT INTO products VALUES (?,?,?,?)", prods)
    fx = {"GBP": 1.0, "EUR": 0.85, "USD": 0.79, "INR": 0.0095}
    db.executemany("INSERT INTO fx_rates VALUES (?,?)", list(fx.items()))
    catalogue = {1: ["BPW-01", "WPW-02", "CAR-09", "TUR-12", "GIN-13", "CUM-10"],
                 2: ["BPW-01", "CAR-09", "TUR-12", "GIN-13", "CLV-06"], 3: ["CLV-06", "NUT-07"],
                 4: ["CAS-04", "BPW-01"], 5: ["CEY-05", "CLV-06", "BPW-01"], 6: ["NUT-07", "MAC-08"],
                 7: ["CUM-10", "COR-11", "OREG-17", "SUM-18", "THY-19", "SAF-20"],
                 8: ["BPW-01", "WPW-02", "CAS-04", "COR-11", "SAF-20"], 9: ["VAN-14"], 10: ["ANC-15", "CHP-16"],
                 11: ["SZP-03", "CAS-04", "GIN-13"], 12: ["OREG-17", "THY-19"]}
    price = {p[0]: p[3] * 0.55 for p in prods}
    orders, lines = [], []
    for n in range(1, 641):
        s = rng.choices(range(1, 13), [14, 9, 6, 6, 7, 5, 8, 10, 3, 4, 4, 5])[0]
        cur = sup[s - 1][2]
        d = day(rng, date(2022, 1, 3), date(2024, 12, 27))
        status = rng.choices(["delivered", "in transit", "cancelled"], [85, 5, 10])[0] \
            if d < date(2024, 11, 1) else rng.choice(["in transit", "delivered", "in transit"])
        po = f"PO-{d.year}-{n:04d}"
        total = 0.0
        for sku in rng.sample(catalogue[s], min(len(catalogue[s]), rng.randrange(1, 4))):
            kg = float(rng.choice([5, 10, 25, 50, 100, 250, 500])) if sku not in ("SAF-20", "VAN-14") \
                else float(rng.choice([1, 2, 5, 10]))
            drift = 1 + 0.06 * (d.year - 2022)
            unit = round(price[sku] * drift * rng.uniform(0.9, 1.1) / fx[cur], 2)
            lines.append((po, sku, kg, unit))
            total += kg * unit
        orders.append((po, s, d.isoformat(), status, round(total, 2), cur))
    db.executemany("INSERT INTO purchase_orders VALUES (?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO po_lines VALUES (?,?,?,?)", lines)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ food trucks
def build_foodtrucks(path: Path) -> None:
    rng = random.Random(3903)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE trucks (truck_id INTEGER PRIMARY KEY, truck_name TEXT, cuisine TEXT, home_city TEXT,
                         launched_on TEXT, manager TEXT);
    CREATE TABLE pitches (pitch_id INTEGER PRIMARY KEY, pitch_name TEXT, pitch_type TEXT, city TEXT,
                          daily_fee REAL);
    CREATE TABLE trading_days (trading_day_id INTEGER PRIMARY KEY, truck_id INTEGER REFERENCES trucks(truck_id),
                               pitch_id INTEGER REFERENCES pitches(pitch_id), trade_date TEXT, takings REAL,
                               orders_served INTEGER, hours_open REAL);
    CREATE TABLE truck_costs (cost_id INTEGER PRIMARY KEY, truck_id INTEGER REFERENCES trucks(truck_id),
                              cost_date TEXT, category TEXT, amount REAL);
    """)
    trucks = [("Bao Down", "Taiwanese", "Leeds", "2019-04-12"), ("The Rolling Dosa", "South Indian", "Leeds", "2020-06-01"),
              ("Smokestack BBQ", "Barbecue", "Manchester", "2018-03-20"), ("Pasta La Vista", "Italian", "Manchester", "2021-05-15"),
              ("Taco Loco", "Mexican", "Sheffield", "2019-08-09"), ("Crepe Expectations", "French", "York", "2022-03-04"),
              ("Falafel Frenzy", "Middle Eastern", "Sheffield", "2020-09-18"), ("Wok This Way", "Chinese", "Leeds", "2023-04-01"),
              ("The Grilled Cheesery", "American", "Manchester", "2021-10-10"), ("Jerk Shack", "Caribbean", "Bradford", "2023-09-22")]
    mgrs = [f"{FIRST[i * 2 % 25]} {LAST[i * 5 % 20]}" for i in range(10)]
    db.executemany("INSERT INTO trucks VALUES (?,?,?,?,?,?)",
                   [(i + 1, *t, mgrs[i]) for i, t in enumerate(trucks)])
    pitches = [("Kirkgate Market Yard", "market", "Leeds", 45.0), ("Northern Quarter Lot", "street", "Manchester", 60.0),
               ("Sheffield Peddler Night", "night market", "Sheffield", 85.0),
               ("Leeds Dock Offices", "office park", "Leeds", 35.0), ("Spinningfields Lunch", "office park", "Manchester", 55.0),
               ("Kelham Island Brewery", "brewery", "Sheffield", 30.0), ("North Brewing Taproom", "brewery", "Leeds", 25.0),
               ("York Shambles Market", "market", "York", 50.0), ("Trinity Kitchen", "street", "Leeds", 70.0),
               ("Tramlines Festival", "festival", "Sheffield", 400.0), ("Leeds Festival", "festival", "Leeds", 650.0),
               ("Victoria Park Summer Fair", "festival", "Manchester", 300.0)]
    db.executemany("INSERT INTO pitches VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(pitches)])
    strength = [1.1, 0.95, 1.35, 0.9, 1.05, 0.7, 0.85, 0.8, 1.0, 0.75]
    days, n = [], 0
    seen = set()
    for _ in range(3200):
        t = rng.randrange(1, 11)
        launched = max(date.fromisoformat(trucks[t - 1][3]), date(2023, 1, 1))
        d = day(rng, launched, date(2024, 12, 31))
        if (t, d) in seen:
            continue
        seen.add((t, d))
        summer = d.month in (6, 7, 8)
        if summer and rng.random() < 0.06:
            p = rng.choice([10, 11, 12])
        else:
            p = rng.choices(range(1, 10), [6, 5, 3, 6, 5, 4, 4, 3, 4])[0]
        festival = p >= 10
        season = 1.3 if summer else 0.75 if d.month in (12, 1, 2) else 1.0
        weekend = d.weekday() >= 5
        growth = 1.0 + (0.08 if d.year == 2024 else 0.0)
        served = int(rng.uniform(60, 140) * strength[t - 1] * season * growth * (1.2 if weekend else 1.0)
                     * (4.0 if festival else 1.0))
        takings = round(served * rng.uniform(8.0, 11.5), 2)
        n += 1
        days.append((n, t, p, d.isoformat(), takings, served, 14.0 if festival else rng.choice([4, 5, 5.5, 6, 7, 8])))
    days.sort(key=lambda r: (r[3], r[1]))
    days = [(i + 1, *r[1:]) for i, r in enumerate(days)]
    db.executemany("INSERT INTO trading_days VALUES (?,?,?,?,?,?,?)", days)
    costs, c = [], 0
    for t in range(1, 11):
        launched = max(date.fromisoformat(trucks[t - 1][3]), date(2023, 1, 1))
        m = date(launched.year, launched.month, 1)
        while m <= date(2024, 12, 1):
            for cat, (lo, hi) in {"fuel": (180, 420), "ingredients": (1800, 5200), "gas bottles": (60, 150)}.items():
                c += 1
                costs.append((c, t, day(rng, m, m + timedelta(days=27)).isoformat(), cat, round(rng.uniform(lo, hi), 2)))
            if rng.random() < 0.18:
                c += 1
                costs.append((c, t, day(rng, m, m + timedelta(days=27)).isoformat(), "repairs",
                              round(rng.uniform(150, 2400), 2)))
            m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    db.executemany("INSERT INTO truck_costs VALUES (?,?,?,?,?)", costs)
    db.commit()
    db.close()


BUILDERS = {"pianos": build_pianos, "spices": build_spices, "foodtrucks": build_foodtrucks}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
