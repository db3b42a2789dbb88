"""Sixteenth held-out evaluation: three SQLite databases (a B2B SaaS vendor in snake_case, an
e-grocer in PascalCase, a construction firm in camelCase) and terse analyst "Slack-style"
conversations over them, written before the engine was run on them (see README.md here).

    python bench/heldout16/build.py [OUT_DIR]   # writes saas.sqlite, grocery.sqlite, builds.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout16), checks every
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

FIRST = ("Abel Bianca Cyrus Daria Emeka Freya Gideon Hana Ivo Jude Kofi Lena Milo Nadia Otto Petra "
         "Rami Saskia Theo Ulla Vera Wes Xenia Yusuf Zora").split()
LAST = ("Abbott Brandt Castillo Dahl Eze Ferreira Grant Haas Iqbal Juhasz Kerr Lindqvist Moreau "
        "Nakamura Oyelaran Pires Quist Romano Sato Teller").split()


# ------------------------------------------------------------------------------------------ saas
def build_saas(path: Path) -> None:
    rng = random.Random(16001)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE plans (plan_code TEXT PRIMARY KEY, plan_name TEXT, monthly_price REAL, seat_limit INTEGER);
    CREATE TABLE sub_status (status_code TEXT PRIMARY KEY, description TEXT);
    CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, company_name TEXT, industry TEXT, region TEXT,
                           signed_up_on TEXT, csm_name TEXT);
    CREATE TABLE subscriptions (sub_id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(account_id),
                                plan_code TEXT REFERENCES plans(plan_code), status_code TEXT REFERENCES sub_status(status_code),
                                started_on TEXT, ended_on TEXT, seats INTEGER);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(account_id),
                           issued_on TEXT, amount REAL, paid_on TEXT);
    CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(account_id),
                          opened_on TEXT, closed_on TEXT, priority TEXT, category TEXT);
    CREATE TABLE addons (addon_id INTEGER PRIMARY KEY, addon_name TEXT, monthly_fee REAL);
    CREATE TABLE account_addons (account_id INTEGER REFERENCES accounts(account_id),
                                 addon_id INTEGER REFERENCES addons(addon_id), added_on TEXT);
    """)
    plans = [("STR", "Starter", 49.0, 5), ("GRW", "Growth", 199.0, 25), ("PRO", "Professional", 499.0, 100),
             ("ENT", "Enterprise", 1499.0, None)]
    db.executemany("INSERT INTO plans VALUES (?,?,?,?)", plans)
    db.executemany("INSERT INTO sub_status VALUES (?,?)", [("ACT", "Active"), ("CXL", "Cancelled"),
                                                           ("PND", "Pending activation"), ("TRL", "Free trial")])
    inds = ["Retail", "Healthcare", "Logistics", "Fintech", "Education", "Manufacturing"]
    regions = ["EMEA", "NA", "APAC", "LATAM"]
    csms = ["Priya Nair", "Tom Becker", "Ana Souza", "Liam Walsh", None]
    words = ("Apex Birch Cobalt Delta Ember Fjord Granite Harbor Indigo Juniper Kestrel Lumen Meridian Nimbus "
             "Orchid Pinnacle Quartz Riverton Summit Tundra Umber Vantage Willow Zenith").split()
    sufs = ["Labs", "Systems", "Group", "Health", "Logistics", "Partners", "Works", "Analytics", "Digital"]
    accts, names = [], set()
    for aid in range(1, 181):
        while True:
            n = f"{rng.choice(words)} {rng.choice(sufs)}"
            if n not in names:
                names.add(n)
                break
        accts.append((aid, n, rng.choice(inds), rng.choices(regions, [5, 6, 3, 2])[0],
                      day(rng, date(2021, 1, 1), date(2024, 9, 30)).isoformat(), rng.choice(csms)))
    db.executemany("INSERT INTO accounts VALUES (?,?,?,?,?,?)", accts)
    subs, invs, tix = [], [], []
    sid = iid = tid = 0
    for a in accts:
        aid, start = a[0], date.fromisoformat(a[4])
        plan = rng.choices(plans, [8, 6, 3, 1])[0]
        st = rng.choices(["ACT", "CXL", "PND", "TRL"], [12, 5, 1, 2])[0]
        ended = None
        if st == "CXL":
            ended = day(rng, start + timedelta(days=60), date(2024, 12, 31))
        seats = rng.randint(1, plan[3] or 400)
        sid += 1
        subs.append((sid, aid, plan[0], st, start.isoformat(), ended.isoformat() if ended else None, seats))
        if st in ("ACT", "CXL"):
            last = ended or date(2024, 12, 31)
            m = date(start.year, start.month, 1)
            while m <= last:
                iid += 1
                amt = round(plan[2] * (1 + seats / (plan[3] or 400) * rng.uniform(0.2, 1.0)), 2)
                paid = None if rng.random() < 0.06 else (m + timedelta(days=rng.randint(1, 45))).isoformat()
                invs.append((iid, aid, m.isoformat(), amt, paid))
                m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        for _ in range(rng.choices([0, 1, 2, 4, 7], [3, 4, 4, 2, 1])[0]):
            tid += 1
            o = day(rng, start, date(2024, 12, 20))
            c = None if rng.random() < 0.12 else (o + timedelta(days=rng.randint(0, 20))).isoformat()
            tix.append((tid, aid, o.isoformat(), c, rng.choices(["P1", "P2", "P3"], [1, 3, 6])[0],
                        rng.choice(["Billing", "Bug", "How-to", "Integration", "Access"])))
    db.executemany("INSERT INTO subscriptions VALUES (?,?,?,?,?,?,?)", subs)
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?)", invs)
    db.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?)", tix)
    addons = [(1, "SSO", 99.0), (2, "Audit Log", 49.0), (3, "Extra Storage", 29.0), (4, "Premium Support", 249.0),
              (5, "API Boost", 79.0), (6, "Sandbox", 59.0)]
    db.executemany("INSERT INTO addons VALUES (?,?,?)", addons)
    links = []
    for a in accts:
        for ad in rng.sample(range(1, 6), rng.choices([0, 1, 2, 3], [4, 4, 2, 1])[0]):   # Sandbox never sold
            links.append((a[0], ad, day(rng, date.fromisoformat(a[4]), date(2024, 12, 31)).isoformat()))
    db.executemany("INSERT INTO account_addons VALUES (?,?,?)", links)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ grocery
def build_grocery(path: Path) -> None:
    rng = random.Random(16002)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Customers (CustomerID INTEGER PRIMARY KEY, FullName TEXT, City TEXT, SignupDate TEXT,
                            LoyaltyTier TEXT);
    CREATE TABLE Products (ProductID INTEGER PRIMARY KEY, ProductName TEXT, Aisle TEXT, UnitPrice REAL,
                           IsOrganic INTEGER);
    CREATE TABLE DeliverySlots (SlotID INTEGER PRIMARY KEY, SlotName TEXT, StartHour INTEGER, Surcharge REAL);
    CREATE TABLE OrderStatus (StatusCode TEXT PRIMARY KEY, StatusName TEXT);
    CREATE TABLE Orders (OrderID INTEGER PRIMARY KEY, CustomerID INTEGER REFERENCES Customers(CustomerID),
                         OrderDate TEXT, SlotID INTEGER REFERENCES DeliverySlots(SlotID),
                         StatusCode TEXT REFERENCES OrderStatus(StatusCode), BasketTotal REAL, DeliveryFee REAL,
                         CourierRating INTEGER);
    CREATE TABLE OrderItems (OrderID INTEGER REFERENCES Orders(OrderID), ProductID INTEGER REFERENCES Products(ProductID),
                             Quantity INTEGER);
    """)
    cities = ["Bristol", "Cardiff", "Bath", "Exeter", "Swindon"]
    custs = []
    for cid in range(1, 301):
        custs.append((cid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(cities, [8, 5, 3, 2, 2])[0],
                      day(rng, date(2022, 1, 1), date(2024, 10, 31)).isoformat(),
                      rng.choices([None, "Silver", "Gold"], [6, 3, 1])[0]))
    db.executemany("INSERT INTO Customers VALUES (?,?,?,?,?)", custs)
    prods = [("Whole Milk 2L", "Dairy", 1.65, 0), ("Greek Yogurt", "Dairy", 2.4, 0), ("Cheddar 400g", "Dairy", 3.75, 0),
             ("Oat Milk", "Dairy", 1.95, 1), ("Free Range Eggs x12", "Dairy", 3.2, 1),
             ("Bananas", "Produce", 0.99, 0), ("Avocados x2", "Produce", 1.8, 0), ("Baby Spinach", "Produce", 1.45, 1),
             ("Cherry Tomatoes", "Produce", 1.6, 1), ("Apples x6", "Produce", 2.1, 0), ("Carrots 1kg", "Produce", 0.75, 1),
             ("Sourdough Loaf", "Bakery", 3.4, 1), ("Croissants x4", "Bakery", 2.5, 0), ("Bagels x5", "Bakery", 1.9, 0),
             ("Chicken Breast 500g", "Meat", 4.6, 0), ("Beef Mince 500g", "Meat", 4.25, 0), ("Salmon Fillets", "Meat", 5.9, 0),
             ("Pasta 500g", "Pantry", 0.95, 0), ("Basmati Rice 1kg", "Pantry", 2.3, 0), ("Olive Oil 500ml", "Pantry", 5.2, 1),
             ("Coffee Beans", "Pantry", 6.8, 1), ("Dark Chocolate", "Pantry", 1.7, 1),
             ("Sparkling Water x6", "Drinks", 2.75, 0), ("Orange Juice 1L", "Drinks", 2.15, 0),
             ("Kombucha", "Drinks", 2.95, 1), ("Dish Soap", "Household", 1.85, 0), ("Kitchen Roll", "Household", 2.6, 0),
             ("Saffron Threads", "Pantry", 7.45, 1)]   # saffron is never ordered
    db.executemany("INSERT INTO Products VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(prods)])
    db.executemany("INSERT INTO DeliverySlots VALUES (?,?,?,?)",
                   [(1, "Early", 7, 1.5), (2, "Morning", 9, 0.0), (3, "Lunch", 12, 0.0), (4, "Afternoon", 15, 0.0),
                    (5, "Evening", 18, 2.0), (6, "Late", 21, 3.0)])
    db.executemany("INSERT INTO OrderStatus VALUES (?,?)", [("DLV", "Delivered"), ("CXL", "Cancelled"),
                                                            ("RTN", "Returned"), ("PND", "Pending")])
    orders, items = [], []
    w = [rng.uniform(0.2, 3.0) for _ in custs]
    for oid in range(1, 2201):
        c = rng.choices(custs, w)[0]
        d = day(rng, date.fromisoformat(c[3]), date(2024, 12, 31))
        st = rng.choices(["DLV", "CXL", "RTN", "PND"], [40, 3, 2, 1])[0]
        if d >= date(2024, 12, 28):
            st = "PND"
        tot = 0.0
        for p in rng.sample(range(1, 28), rng.randint(2, 8)):
            q = rng.choices([1, 2, 3, 4, 6], [10, 6, 3, 1, 1])[0]
            items.append((oid, p, q))
            tot += q * prods[p - 1][2]
        fee = 0.0 if tot > 40 else rng.choice([2.99, 3.99, 4.99])
        rating = rng.choices([None, 1, 2, 3, 4, 5], [5, 1, 1, 2, 5, 6])[0] if st == "DLV" else None
        orders.append((oid, c[0], d.isoformat(), rng.choices(range(1, 7), [2, 5, 3, 4, 6, 1])[0], st,
                       round(tot, 2), fee, rating))
    db.executemany("INSERT INTO Orders VALUES (?,?,?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO OrderItems VALUES (?,?,?)", items)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ construction
def build_builds(path: Path) -> None:
    rng = random.Random(16003)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE projectTypes (typeCode TEXT PRIMARY KEY, typeLabel TEXT);
    CREATE TABLE projects (projectId INTEGER PRIMARY KEY, projectName TEXT, clientName TEXT, city TEXT,
                           typeCode TEXT REFERENCES projectTypes(typeCode), startDate TEXT, plannedEndDate TEXT,
                           actualEndDate TEXT, budget REAL);
    CREATE TABLE subcontractors (subId INTEGER PRIMARY KEY, companyName TEXT, trade TEXT, homeCity TEXT,
                                 safetyScore REAL);
    CREATE TABLE projectSubs (projectId INTEGER REFERENCES projects(projectId),
                              subId INTEGER REFERENCES subcontractors(subId), contractValue REAL, awardedOn TEXT);
    CREATE TABLE changeOrders (changeId INTEGER PRIMARY KEY, projectId INTEGER REFERENCES projects(projectId),
                               subId INTEGER REFERENCES subcontractors(subId), raisedOn TEXT, amount REAL,
                               approvedOn TEXT, reasonCode TEXT);
    CREATE TABLE reasonCodes (reasonCode TEXT PRIMARY KEY, reasonText TEXT);
    """)
    db.executemany("INSERT INTO projectTypes VALUES (?,?)", [("RES", "Residential"), ("COM", "Commercial"),
                                                             ("INF", "Infrastructure"), ("REN", "Renovation")])
    db.executemany("INSERT INTO reasonCodes VALUES (?,?)", [("DES", "Design change"), ("SIT", "Unforeseen site condition"),
                                                            ("CLR", "Client request"), ("REG", "Regulatory"),
                                                            ("ERR", "Contractor error")])
    cities = ["Denver", "Boulder", "Aurora", "Fort Collins", "Colorado Springs"]
    clients = ["Halcyon Homes", "Front Range Schools", "City of Aurora", "Peakview REIT", "Summit Health",
               "Larimer County", "Redstone Retail"]
    kinds = ["Tower", "Clinic", "Bridge", "Depot", "Lofts", "Campus", "Library", "Plaza", "Annex", "Garage"]
    places = ["Cherry Creek", "Highlands", "Lowry", "Stapleton", "Old Town", "Pearl", "Broadmoor", "Wash Park",
              "Baker", "Union", "Sloan", "Berkeley"]
    projs, pn = [], set()
    for pid in range(1, 61):
        while True:
            n = f"{rng.choice(places)} {rng.choice(kinds)}"
            if n not in pn:
                pn.add(n)
                break
        s = day(rng, date(2021, 1, 1), date(2024, 6, 30))
        planned = s + timedelta(days=rng.randint(120, 720))
        actual = planned + timedelta(days=rng.randint(-30, 200))
        act = actual.isoformat() if actual <= date(2024, 12, 31) else None
        t = rng.choices(["RES", "COM", "INF", "REN"], [4, 4, 2, 3])[0]
        bud = round(rng.uniform(0.4, 12.0) * 1_000_000 * (2.5 if t == "INF" else 1), -3)
        projs.append((pid, n, rng.choice(clients), rng.choices(cities, [6, 2, 3, 2, 3])[0], t, s.isoformat(),
                      planned.isoformat(), act, bud))
    db.executemany("INSERT INTO projects VALUES (?,?,?,?,?,?,?,?,?)", projs)
    trades = ["Electrical", "Plumbing", "HVAC", "Concrete", "Steel", "Roofing", "Drywall", "Landscaping"]
    subs = []
    tnames = ["Bolt", "Flow", "Aire", "Stone", "Iron", "Crest", "Wall", "Green"]
    for i in range(1, 33):
        tr = trades[(i - 1) % 8]
        subs.append((i, f"{rng.choice(['Rocky', 'Alpine', 'Mesa', 'Aspen', 'Granite', 'Pikes'])} "
                        f"{tnames[(i - 1) % 8]} {['Co', 'LLC', 'Inc', 'Bros'][(i - 1) // 8]}",
                     tr, rng.choice(cities), round(rng.uniform(62, 99), 1) if rng.random() > 0.1 else None))
    db.executemany("INSERT INTO subcontractors VALUES (?,?,?,?,?)", subs)
    links, cos = [], []
    coid = 0
    for p in projs:
        chosen = rng.sample(range(1, 32), rng.randint(3, 7))   # sub 32 never gets work
        s = date.fromisoformat(p[5])
        for sid in chosen:
            cv = round(p[8] * rng.uniform(0.03, 0.18), -2)
            links.append((p[0], sid, cv, (s - timedelta(days=rng.randint(5, 60))).isoformat()))
            for _ in range(rng.choices([0, 1, 2, 3], [4, 3, 2, 1])[0]):
                coid += 1
                r = day(rng, s, min(date.fromisoformat(p[6]) + timedelta(days=60), date(2024, 12, 31)))
                appr = None if rng.random() < 0.18 else (r + timedelta(days=rng.randint(2, 40))).isoformat()
                cos.append((coid, p[0], sid, r.isoformat(), round(cv * rng.uniform(-0.05, 0.25), 2), appr,
                            rng.choices(["DES", "SIT", "CLR", "REG", "ERR"], [5, 4, 4, 1, 2])[0]))
    db.executemany("INSERT INTO projectSubs VALUES (?,?,?,?)", links)
    db.executemany("INSERT INTO changeOrders VALUES (?,?,?,?,?,?,?)", cos)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"saas": build_saas, "grocery": build_grocery, "builds": build_builds}, SETS))
