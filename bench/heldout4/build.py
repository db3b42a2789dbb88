"""Fourth held-out evaluation: three SQLite databases (an HR/payroll database in snake_case, a
logistics company in PascalCase with abbreviations, an online marketplace in camelCase) and
hand-written analyst conversations over them, written before the engine was run on them (see
README.md in this folder).

    python bench/heldout4/build.py [OUT_DIR]    # writes hr.sqlite, logistics.sqlite, marketplace.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout4), checks every
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

FIRST = ("Aisha Bruno Chloe Diego Emma Farid Greta Henrik Isla Jamal Kaito Leila Marco Nadia Omar Petra "
         "Rhea Samir Tessa Ulrich Vera Wei Ximena Yusuf Zoe").split()
LAST = ("Andersen Bianchi Chowdhury Delgado Eriksen Fontaine Garcia Hoffmann Iyer Johansson Kim Larsen "
        "Moreau Nakamura Oliveira Petrov Quinn Romero Silva Thompson").split()


# ------------------------------------------------------------------------------------------
def build_hr(path: Path) -> None:
    rng = random.Random(7301)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE departments (dept_id INTEGER PRIMARY KEY, dept_name TEXT, location TEXT, annual_budget REAL);
    CREATE TABLE employees (emp_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, job_title TEXT,
                            dept_id INTEGER REFERENCES departments(dept_id),
                            manager_id INTEGER REFERENCES employees(emp_id), hire_date TEXT, work_email TEXT,
                            is_active INTEGER);
    CREATE TABLE salaries (emp_id INTEGER REFERENCES employees(emp_id), salary REAL, from_date TEXT, to_date TEXT);
    CREATE TABLE leave_requests (request_id INTEGER PRIMARY KEY, emp_id INTEGER REFERENCES employees(emp_id),
                                 leave_type TEXT, start_date TEXT, end_date TEXT, days_requested INTEGER,
                                 status TEXT);
    """)
    depts = [("Engineering", "Berlin", 4200000), ("Sales", "London", 2600000), ("Marketing", "London", 1350000),
             ("Finance", "Zurich", 980000), ("Human Resources", "Berlin", 640000), ("Customer Support", "Lisbon", 870000),
             ("Data Science", "Berlin", 1900000), ("Legal", "Zurich", 720000)]
    db.executemany("INSERT INTO departments VALUES (?,?,?,?)", [(i + 1, *d) for i, d in enumerate(depts)])
    titles = {1: [("Software Engineer", 62000, 85000), ("Senior Software Engineer", 82000, 110000),
                  ("QA Engineer", 52000, 70000), ("DevOps Engineer", 68000, 92000)],
              2: [("Account Executive", 48000, 70000), ("Sales Development Rep", 38000, 50000)],
              3: [("Marketing Specialist", 45000, 62000), ("Content Writer", 40000, 55000)],
              4: [("Financial Analyst", 55000, 76000), ("Accountant", 50000, 66000)],
              5: [("HR Generalist", 46000, 60000), ("Recruiter", 44000, 58000)],
              6: [("Support Agent", 32000, 42000), ("Support Team Lead", 45000, 55000)],
              7: [("Data Scientist", 70000, 98000), ("Data Engineer", 68000, 94000), ("Data Analyst", 52000, 70000)],
              8: [("Legal Counsel", 80000, 115000), ("Paralegal", 42000, 54000)]}
    sizes = {1: 34, 2: 22, 3: 12, 4: 10, 5: 7, 6: 18, 7: 14, 8: 5}
    heads = {1: ("Head of Engineering", 150000), 2: ("Head of Sales", 128000), 3: ("Head of Marketing", 118000),
             4: ("Chief Financial Officer", 162000), 5: ("Head of People", 112000), 6: ("Head of Support", 96000),
             7: ("Head of Data", 141000), 8: ("General Counsel", 155000)}
    emps, sal, eid = [], [], 0
    used = set()

    def name():
        while True:
            f, la = rng.choice(FIRST), rng.choice(LAST)
            if (f, la) not in used:
                used.add((f, la))
                return f, la

    head_ids = {}
    for d in range(1, 9):
        eid += 1
        f, la = name()
        hd = day(rng, date(2012, 1, 1), date(2017, 12, 31))
        emps.append([eid, f, la, heads[d][0], d, None, hd.isoformat(), f"{f}.{la}@northwind-hr.example".lower(), 1])
        head_ids[d] = eid
        sal.append((eid, heads[d][1], hd))
    for d in range(1, 9):
        for _ in range(sizes[d]):
            eid += 1
            f, la = name()
            t, lo, hi = rng.choice(titles[d])
            hd = day(rng, date(2014, 1, 1), date(2025, 3, 31))
            emps.append([eid, f, la, t, d, head_ids[d], hd.isoformat(), f"{f}.{la}@northwind-hr.example".lower(),
                         0 if rng.random() < 0.08 else 1])
            sal.append((eid, round(rng.uniform(lo, hi) / 100) * 100, hd))
    # the first hire of all, a named one
    emps[0][6] = "2011-02-14"
    sal[0] = (1, heads[1][1], date(2011, 2, 14))
    emps[69][6] = "2022-05-09"            # 2022 becomes the one year with the most hires
    sal[69] = (70, sal[69][1], date(2022, 5, 9))
    db.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?)", emps)
    rows = []
    for e, cur, hd in sal:
        # history: raises once a year or so, ending with the current salary (to_date NULL)
        steps = []
        d = hd
        amount = cur
        while d.year < 2025 and rng.random() < 0.7:
            d = date(d.year + 1, rng.choice([1, 4, 7]), 1)
            steps.append(d)
        starts = [hd] + steps
        amounts = []
        for _ in starts:
            amounts.append(amount)
            amount = round(amount / rng.uniform(1.02, 1.08) / 100) * 100
        amounts.reverse()
        for i, s in enumerate(starts):
            end = (starts[i + 1] - timedelta(days=1)).isoformat() if i + 1 < len(starts) else None
            rows.append((e, amounts[i], s.isoformat(), end))
    db.executemany("INSERT INTO salaries VALUES (?,?,?,?)", rows)
    leaves, n = [], 0
    for e in emps:
        hd = date.fromisoformat(e[6])
        for _ in range(rng.randrange(0, 6)):
            s = day(rng, max(hd, date(2022, 1, 1)), date(2025, 6, 30))
            lt = rng.choices(["Annual", "Sick", "Parental", "Unpaid", "Bereavement"], [12, 6, 1, 1, 1])[0]
            ln = {"Annual": rng.randrange(1, 15), "Sick": rng.randrange(1, 6), "Parental": rng.randrange(20, 90),
                  "Unpaid": rng.randrange(2, 20), "Bereavement": rng.randrange(1, 5)}[lt]
            st = rng.choices(["Approved", "Rejected", "Pending"], [14, 2, 1])[0]
            n += 1
            leaves.append((n, e[0], lt, s.isoformat(), (s + timedelta(days=ln - 1)).isoformat(), ln, st))
    leaves.append((n + 1, 42, "Annual", "2025-07-07", "2025-07-18", 12, "Pending"))   # the one latest request
    db.executemany("INSERT INTO leave_requests VALUES (?,?,?,?,?,?,?)", leaves)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_logistics(path: Path) -> None:
    rng = random.Random(7402)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Warehouses (WhId INTEGER PRIMARY KEY, WhName TEXT, City TEXT, CountryCd TEXT, CapM3 INTEGER,
                             OpenDt TEXT);
    CREATE TABLE Carriers (CarrierCd TEXT PRIMARY KEY, CarrierNm TEXT, SvcMode TEXT, HqCountryCd TEXT);
    CREATE TABLE Shipments (ShipId INTEGER PRIMARY KEY, OrigWhId INTEGER REFERENCES Warehouses(WhId),
                            CarrierCd TEXT REFERENCES Carriers(CarrierCd), DestCity TEXT, DestCountryCd TEXT,
                            ShipDt TEXT, DelivDt TEXT, StatusCd TEXT, FreightCostUsd REAL);
    CREATE TABLE Parcels (ParcelId INTEGER PRIMARY KEY, ShipId INTEGER REFERENCES Shipments(ShipId), WtKg REAL,
                          LenCm INTEGER, WidCm INTEGER, HtCm INTEGER, IsFragile INTEGER, DeclValUsd REAL);
    """)
    whs = [("Rotterdam Hub", "Rotterdam", "NL", 48000, "2012-05-01"), ("Hamburg North", "Hamburg", "DE", 36000, "2014-09-15"),
           ("Lyon Central", "Lyon", "FR", 21000, "2016-03-01"), ("Milan East", "Milan", "IT", 18500, "2018-06-11"),
           ("Madrid South", "Madrid", "ES", 24000, "2017-01-20"), ("Warsaw Gateway", "Warsaw", "PL", 30500, "2020-10-05"),
           ("Hamburg Port", "Hamburg", "DE", 27000, "2021-04-19")]
    db.executemany("INSERT INTO Warehouses VALUES (?,?,?,?,?,?)", [(i + 1, *w) for i, w in enumerate(whs)])
    carriers = [("DHLX", "DHL Express", "Air", "DE"), ("DPDR", "DPD Road", "Road", "FR"),
                ("GLSR", "GLS Road Freight", "Road", "NL"), ("MSKS", "Maersk Sea", "Sea", "DK"),
                ("UPSX", "UPS Express", "Air", "US"), ("DBRL", "DB Cargo Rail", "Rail", "DE"),
                ("PSTR", "PostNL Parcels", "Road", "NL")]
    db.executemany("INSERT INTO Carriers VALUES (?,?,?,?)", carriers)
    dests = [("Paris", "FR"), ("Brussels", "BE"), ("Vienna", "AT"), ("Prague", "CZ"), ("Copenhagen", "DK"),
             ("Dublin", "IE"), ("Lisbon", "PT"), ("Munich", "DE"), ("Barcelona", "ES"), ("Stockholm", "SE"),
             ("Budapest", "HU"), ("Zurich", "CH")]
    mode_days = {"Air": (1, 3), "Road": (2, 6), "Sea": (6, 16), "Rail": (3, 8)}
    rate = {"DHLX": 4.2, "DPDR": 1.1, "GLSR": 0.95, "MSKS": 0.35, "UPSX": 4.6, "DBRL": 0.6, "PSTR": 1.25}
    ships, parcels, pid = [], [], 0
    for sid in range(1, 1201):
        w = rng.choices(range(1, 8), [16, 11, 7, 6, 8, 9, 5])[0]
        c = rng.choices(carriers, [9, 13, 10, 3, 7, 4, 8])[0]
        dc = rng.choice(dests)
        sd = day(rng, max(date.fromisoformat(whs[w - 1][4]), date(2023, 1, 1)), date(2025, 6, 30))
        lo, hi = mode_days[c[2]]
        st = rng.choices(["DELIVERED", "IN_TRANSIT", "RETURNED", "LOST"], [40, 3, 2, 0.4])[0]
        if sd > date(2025, 6, 20) and st == "DELIVERED":
            st = "IN_TRANSIT"
        dd = (sd + timedelta(days=rng.randint(lo, hi))).isoformat() if st in ("DELIVERED", "RETURNED") else None
        tot = 0.0
        for _ in range(rng.choices([1, 2, 3, 4, 6], [8, 5, 3, 2, 1])[0]):
            pid += 1
            wt = round(rng.lognormvariate(1.6, 0.8), 2)
            tot += wt
            parcels.append((pid, sid, wt, rng.randrange(15, 120), rng.randrange(10, 80), rng.randrange(5, 60),
                            1 if rng.random() < 0.15 else 0, round(rng.uniform(20, 900), 2)))
        cost = round(25 + tot * rate[c[0]] * rng.uniform(0.9, 1.2), 2)
        ships.append((sid, w, c[0], dc[0], dc[1], sd.isoformat(), dd, st, cost))
    db.executemany("INSERT INTO Shipments VALUES (?,?,?,?,?,?,?,?,?)", ships)
    db.executemany("INSERT INTO Parcels VALUES (?,?,?,?,?,?,?,?)", parcels)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_marketplace(path: Path) -> None:
    rng = random.Random(7503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sellers (sellerId INTEGER PRIMARY KEY, sellerName TEXT, countryCode TEXT, joinedAt TEXT,
                          isVerified INTEGER);
    CREATE TABLE products (productId INTEGER PRIMARY KEY, sellerId INTEGER REFERENCES sellers(sellerId),
                           productName TEXT, category TEXT, listPrice REAL, stockQty INTEGER);
    CREATE TABLE orders (orderId INTEGER PRIMARY KEY, buyerId INTEGER, orderDate TEXT, orderStatus TEXT,
                         shippingFee REAL, shipCountry TEXT);
    CREATE TABLE orderItems (orderItemId INTEGER PRIMARY KEY, orderId INTEGER REFERENCES orders(orderId),
                             productId INTEGER REFERENCES products(productId), quantity INTEGER, unitPrice REAL);
    CREATE TABLE reviews (reviewId INTEGER PRIMARY KEY, productId INTEGER REFERENCES products(productId),
                          buyerId INTEGER, rating INTEGER, reviewDate TEXT, helpfulVotes INTEGER);
    """)
    sellers = [("Oak & Ember Home", "US", "2019-03-02", 1), ("PixelForge Electronics", "DE", "2018-11-20", 1),
               ("Little Sprout Toys", "GB", "2020-06-14", 1), ("TrailMark Outdoor", "CA", "2021-02-08", 0),
               ("Lumen Lighting Co", "NL", "2019-09-30", 1), ("Brew Theory", "US", "2022-04-17", 0),
               ("Stitch & Loom", "FR", "2020-12-01", 1), ("Volt Garage", "DE", "2023-01-25", 0),
               ("Paper Crane Stationery", "JP", "2021-07-19", 1), ("Kinetic Fitness", "US", "2022-10-03", 1),
               ("Nordic Nest", "SE", "2023-08-11", 0), ("Cactus Kitchen", "ES", "2024-02-29", 0)]
    db.executemany("INSERT INTO sellers VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sellers)])
    catalog = {
        1: [("Walnut Desk Lamp", "Home", 64.0), ("Linen Throw Pillow", "Home", 29.5), ("Ceramic Vase", "Home", 38.0),
            ("Oak Wall Shelf", "Home", 89.0)],
        2: [("Wireless Earbuds", "Electronics", 79.99), ("USB-C Charging Dock", "Electronics", 45.0),
            ("Mechanical Keyboard", "Electronics", 119.0), ("4K Webcam", "Electronics", 139.0),
            ("Bluetooth Speaker", "Electronics", 59.9)],
        3: [("Wooden Train Set", "Toys", 42.0), ("Plush Fox", "Toys", 19.99), ("Stacking Rings", "Toys", 14.5)],
        4: [("Trail Backpack 30L", "Outdoor", 98.0), ("Camping Lantern", "Outdoor", 34.0),
            ("Insulated Water Bottle", "Outdoor", 27.0), ("Trekking Poles", "Outdoor", 72.5)],
        5: [("Floor Lamp Arc", "Home", 149.0), ("Smart LED Bulb 4-pack", "Electronics", 36.0),
            ("Bedside Lamp Mini", "Home", 33.0), ("String Lights 10m", "Home", 22.0)],
        6: [("Pour-Over Coffee Set", "Kitchen", 54.0), ("Burr Coffee Grinder", "Kitchen", 129.0),
            ("Cold Brew Bottle", "Kitchen", 24.0)],
        7: [("Merino Scarf", "Fashion", 58.0), ("Knitted Beanie", "Fashion", 26.0), ("Canvas Tote Bag", "Fashion", 21.0)],
        8: [("Car Phone Mount", "Electronics", 18.5), ("Tyre Inflator", "Automotive", 49.0),
            ("Jump Starter Pack", "Automotive", 89.99)],
        9: [("Dotted Notebook A5", "Stationery", 12.0), ("Fountain Pen", "Stationery", 48.0),
            ("Washi Tape Set", "Stationery", 9.5), ("Brush Pen Set", "Stationery", 16.0)],
        10: [("Yoga Mat", "Sports", 39.0), ("Adjustable Dumbbells", "Sports", 219.0), ("Resistance Bands", "Sports", 17.0),
             ("Foam Roller", "Sports", 23.5)],
        11: [("Wool Blanket", "Home", 79.0), ("Desk Lamp Nordic", "Home", 71.0)],
        12: [("Cast Iron Skillet", "Kitchen", 44.0), ("Chef Knife 8in", "Kitchen", 67.0)],
    }
    prods = []
    for s, items in catalog.items():
        for nm, cat, pr in items:
            prods.append((len(prods) + 1, s, nm, cat, pr, rng.randrange(0, 400)))
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?,?)", prods)
    weights = [rng.uniform(0.3, 3.0) for _ in prods]
    orders, items, iid = [], [], 0
    countries = ["US", "GB", "DE", "FR", "CA", "NL", "ES", "SE", "JP", "AU"]
    for oid in range(1, 1801):
        d = day(rng, date(2023, 1, 1), date(2025, 6, 30))
        st = rng.choices(["delivered", "shipped", "cancelled", "refunded"], [30, 3, 3, 1])[0]
        if d > date(2025, 6, 15) and st == "delivered":
            st = "shipped"
        orders.append((oid, rng.randrange(5001, 5901), d.isoformat(), st, rng.choice([0, 0, 3.99, 4.99, 7.5, 12.0]),
                       rng.choices(countries, [10, 5, 5, 4, 3, 2, 2, 1, 2, 1])[0]))
        chosen = set()
        for _ in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
            p = rng.choices(range(1, len(prods) + 1), weights)[0]
            if p in chosen:
                continue
            chosen.add(p)
            iid += 1
            price = prods[p - 1][4]
            if rng.random() < 0.2:
                price = round(price * rng.choice([0.8, 0.85, 0.9]), 2)
            items.append((iid, oid, p, rng.choices([1, 2, 3, 5], [12, 4, 1, 0.3])[0], price))
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO orderItems VALUES (?,?,?,?,?)", items)
    revs = []
    qual = [rng.uniform(2.6, 4.8) for _ in prods]
    for it in items:
        if rng.random() < 0.35:
            o = orders[it[1] - 1]
            if o[3] == "cancelled":
                continue
            rd = date.fromisoformat(o[2]) + timedelta(days=rng.randrange(4, 40))
            r = max(1, min(5, round(rng.gauss(qual[it[2] - 1], 0.9))))
            revs.append((len(revs) + 1, it[2], o[1], r, rd.isoformat(), rng.choices(range(0, 30), [30] + [1] * 29)[0]))
    db.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?)", revs)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"hr": build_hr, "logistics": build_logistics, "marketplace": build_marketplace}, SETS))
