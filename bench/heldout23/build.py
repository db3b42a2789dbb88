"""Held-out evaluation heldout23: three SQLite databases of new designs, as real companies'
reporting databases look — a pet-supplies retailer's star schema (`fact_sales` with surrogate keys
and `dim_date`, `dim_store`, `dim_product`), a lift-maintenance firm's normalized PascalCase OLTP
schema (`Engineers` with a nullable `ManagerId`, `WorkOrders`, `WorkOrderStatusHistory`), and a
podcast-hosting platform's snake_case schema with soft-deleted rows (`deleted_at`) and boolean
flags (`is_active`, `is_trial`) — and hand-written analyst conversations over them (README.md).

    python bench/heldout23/build.py [OUT_DIR]    # writes petstores.sqlite, liftcare.sqlite, podhost.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout23), checks every
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

FIRST = ("Aino Bram Celine Darius Eira Fabian Greta Hamid Ilse Joaquin Kasia Leon Mirela Noor Otto Paula "
         "Rasmus Selin Tomas Ulla Vera Wim Ximena Yusuf Zofia").split()
LAST = ("Aalto Brennan Castillo Demir Eklund Ferreira Grobler Haugen Iqbal Jovanovic Kaur Lindgren Moreau "
        "Nakamura O'Neill Petrov Quist Rahman Sorensen Thorne").split()


# ------------------------------------------------------------------------------------------ petstores
def build_petstores(path: Path) -> None:
    rng = random.Random(23101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT, year INTEGER, quarter INTEGER,
                           month INTEGER, month_name TEXT, iso_week INTEGER, day_name TEXT, is_weekend INTEGER);
    CREATE TABLE dim_store (store_key INTEGER PRIMARY KEY, store_code TEXT, store_name TEXT, city TEXT,
                            region TEXT, opened_date TEXT, floor_area_m2 INTEGER, is_flagship INTEGER);
    CREATE TABLE dim_product (product_key INTEGER PRIMARY KEY, sku TEXT, product_name TEXT, category TEXT,
                              brand TEXT, list_price REAL, is_own_brand INTEGER);
    CREATE TABLE fact_sales (sales_line_key INTEGER PRIMARY KEY, date_key INTEGER REFERENCES dim_date(date_key),
                             store_key INTEGER REFERENCES dim_store(store_key),
                             product_key INTEGER REFERENCES dim_product(product_key), transaction_no TEXT,
                             quantity INTEGER, gross_amount REAL, discount_amount REAL, net_amount REAL);
    """)
    d = date(2023, 1, 1)
    dates = []
    while d <= date(2024, 12, 31):
        dates.append((int(d.strftime("%Y%m%d")), d.isoformat(), d.year, (d.month - 1) // 3 + 1, d.month,
                      d.strftime("%B"), d.isocalendar()[1], d.strftime("%A"), int(d.weekday() >= 5)))
        d += timedelta(days=1)
    db.executemany("INSERT INTO dim_date VALUES (?,?,?,?,?,?,?,?,?)", dates)
    stores = [("PP-LDN1", "PawPantry Camden", "London", "South", "2015-03-14", 620, 1),
              ("PP-LDN2", "PawPantry Clapham", "London", "South", "2018-09-01", 340, 0),
              ("PP-BRI", "PawPantry Bristol", "Bristol", "South", "2016-05-20", 410, 0),
              ("PP-BHM", "PawPantry Birmingham", "Birmingham", "Midlands", "2014-11-02", 700, 1),
              ("PP-NOT", "PawPantry Nottingham", "Nottingham", "Midlands", "2019-04-12", 300, 0),
              ("PP-MAN", "PawPantry Manchester", "Manchester", "North", "2017-02-25", 520, 0),
              ("PP-LDS", "PawPantry Leeds", "Leeds", "North", "2020-06-06", 280, 0),
              ("PP-NCL", "PawPantry Newcastle", "Newcastle", "North", "2021-10-15", 250, 0),
              ("PP-GLA", "PawPantry Glasgow", "Glasgow", "Scotland", "2018-03-03", 450, 0),
              ("PP-EDI", "PawPantry Edinburgh", "Edinburgh", "Scotland", "2023-07-01", 230, 0)]
    db.executemany("INSERT INTO dim_store VALUES (?,?,?,?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(stores)])
    prods = [("Dog Food", "Canido", "Adult Chicken Kibble 12kg", 48.99), ("Dog Food", "Canido", "Puppy Lamb Kibble 6kg", 31.5),
             ("Dog Food", "PawPantry", "Grain-Free Salmon 10kg", 44.0), ("Dog Food", "Wolfsbane", "Raw Beef Chunks 1kg", 7.25),
             ("Dog Food", "PawPantry", "Senior Turkey Kibble 6kg", 27.95), ("Dog Food", "Wolfsbane", "Venison Wet Trays 6x400g", 14.4),
             ("Cat Food", "Felisa", "Indoor Cat Dry 4kg", 22.99), ("Cat Food", "Felisa", "Tuna Pouches 12x85g", 8.75),
             ("Cat Food", "PawPantry", "Kitten Chicken Dry 2kg", 12.5), ("Cat Food", "Miaou", "Sensitive Salmon Dry 3kg", 24.6),
             ("Cat Food", "Miaou", "Gourmet Pate 24x85g", 19.99), ("Cat Food", "PawPantry", "Hairball Control Dry 4kg", 20.5),
             ("Toys", "Tuggo", "Rope Tug Large", 9.99), ("Toys", "Tuggo", "Squeaky Hedgehog", 5.49),
             ("Toys", "PawPantry", "Feather Teaser Wand", 4.25), ("Toys", "Boingo", "Rubber Ball Launcher", 16.95),
             ("Toys", "Boingo", "Puzzle Treat Feeder", 21.0), ("Toys", "Tuggo", "Catnip Mice 3-pack", 3.99),
             ("Grooming", "Sheen", "Oatmeal Dog Shampoo", 8.49), ("Grooming", "Sheen", "Deshedding Brush", 18.75),
             ("Grooming", "PawPantry", "Nail Clippers", 7.95), ("Grooming", "Sheen", "Ear Cleaner 100ml", 6.3),
             ("Aquatics", "Aquaria", "Tropical Flake Food 100g", 5.8), ("Aquatics", "Aquaria", "60L Starter Tank Kit", 89.0),
             ("Aquatics", "Reefline", "Water Conditioner 500ml", 9.4), ("Aquatics", "Reefline", "Internal Filter 300", 34.5),
             ("Aquatics", "Aquaria", "Aquarium Gravel 5kg", 11.2), ("Small Animal", "Nibbles", "Timothy Hay 2kg", 9.25),
             ("Small Animal", "Nibbles", "Rabbit Pellets 5kg", 15.6), ("Small Animal", "PawPantry", "Wood Shavings Bedding", 8.1),
             ("Small Animal", "Nibbles", "Hamster Wheel", 12.99), ("Small Animal", "Nibbles", "Guinea Pig Hutch", 119.0),
             ("Dog Food", "Canido", "Dental Chews 28-pack", 13.99), ("Cat Food", "Felisa", "Cat Treats Crunchy 60g", 2.49),
             ("Toys", "Boingo", "Glow Frisbee", 7.5), ("Grooming", "Sheen", "Waterless Foam Shampoo", 9.95),
             ("Aquatics", "Reefline", "LED Aquarium Light", 42.0), ("Small Animal", "Nibbles", "Chinchilla Dust Bath", 6.75),
             # in the catalogue, never sold
             ("Toys", "Boingo", "Smart Laser Toy", 39.0), ("Grooming", "Sheen", "Cat Grooming Glove", 11.5)]
    db.executemany("INSERT INTO dim_product VALUES (?,?,?,?,?,?,?)",
                   [(i + 1, f"SKU-{1000 + 7 * i}", p[2], p[0], p[1], p[3], int(p[1] == "PawPantry"))
                    for i, p in enumerate(prods)])
    store_w = [16, 10, 9, 15, 7, 11, 6, 5, 9, 4]
    cat_w = {"Dog Food": 9, "Cat Food": 8, "Toys": 5, "Grooming": 3, "Aquatics": 2, "Small Animal": 3}
    sellable = list(range(1, 39))
    facts, key = [], 0
    for t in range(1, 1651):
        s = rng.choices(range(1, 11), store_w)[0]
        lo = max(date(2023, 1, 1), date.fromisoformat(stores[s - 1][4]))
        dd = day(rng, lo, date(2024, 12, 31))
        if dd.year == 2024 and rng.random() < 0.12:           # 2024 grows, and more in Q4
            dd = day(rng, date(2024, 10, 1), date(2024, 12, 31))
        dk = int(dd.strftime("%Y%m%d"))
        tno = f"T{dd.strftime('%y%m%d')}-{s:02d}-{t:04d}"
        n = rng.choices([1, 2, 3, 4], [6, 4, 2, 1])[0]
        picked = set()
        for _ in range(n):
            p = rng.choices(sellable, [cat_w[prods[i - 1][0]] for i in sellable])[0]
            if prods[p - 1][0] == "Aquatics" and s in (7, 8):     # Leeds and Newcastle stock no aquatics
                continue
            if p in picked:
                continue
            picked.add(p)
            q = rng.choices([1, 2, 3, 4, 6], [10, 5, 2, 1, 1])[0]
            gross = round(q * prods[p - 1][3], 2)
            disc = round(gross * rng.choice([0, 0, 0, 0, 0.05, 0.1, 0.15, 0.2]), 2)
            key += 1
            facts.append((key, dk, s, p, tno, q, gross, disc, round(gross - disc, 2)))
    db.executemany("INSERT INTO fact_sales VALUES (?,?,?,?,?,?,?,?,?)", facts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ liftcare
def later(rng: random.Random, t: datetime, hours_lo: float, hours_hi: float) -> datetime:
    return t + timedelta(minutes=rng.randrange(int(hours_lo * 60), int(hours_hi * 60)))


def build_liftcare(path: Path) -> None:
    rng = random.Random(23202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Clients (ClientId INTEGER PRIMARY KEY, ClientName TEXT, Sector TEXT, ContractStart TEXT,
                          ContractEnd TEXT);
    CREATE TABLE Sites (SiteId INTEGER PRIMARY KEY, ClientId INTEGER REFERENCES Clients(ClientId), SiteName TEXT,
                        City TEXT, LiftCount INTEGER);
    CREATE TABLE Engineers (EngineerId INTEGER PRIMARY KEY, FullName TEXT, Grade TEXT,
                            ManagerId INTEGER REFERENCES Engineers(EngineerId), HireDate TEXT, HomeCity TEXT);
    CREATE TABLE WorkOrders (WorkOrderId INTEGER PRIMARY KEY, SiteId INTEGER REFERENCES Sites(SiteId),
                             EngineerId INTEGER REFERENCES Engineers(EngineerId), WorkType TEXT, Priority TEXT,
                             ReportedAt TEXT, CurrentStatus TEXT, LabourHours REAL, PartsCost REAL,
                             InvoiceAmount REAL);
    CREATE TABLE WorkOrderStatusHistory (HistoryId INTEGER PRIMARY KEY,
                                         WorkOrderId INTEGER REFERENCES WorkOrders(WorkOrderId), Status TEXT,
                                         ChangedAt TEXT);
    """)
    clients = [("Harbourside Properties", "Residential", "2016-04-01", None),
               ("Northgate Shopping Centres", "Retail", "2015-01-01", None),
               ("St Aldric NHS Trust", "Healthcare", "2018-07-01", None),
               ("Meridian Office REIT", "Commercial", "2017-03-01", None),
               ("Crescent Student Living", "Residential", "2019-09-01", None),
               ("Belvedere Hotels", "Hospitality", "2020-02-01", "2024-06-30"),
               ("Civic Borough Council", "Public Sector", "2014-05-01", None),
               ("Ironbridge Logistics", "Industrial", "2021-11-01", None),
               ("Quayside Lofts Ltd", "Residential", "2022-06-01", None),
               ("Granary Wharf Offices", "Commercial", "2024-10-01", None)]
    db.executemany("INSERT INTO Clients VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(clients)])
    cities = ["Bristol", "Cardiff", "Bath", "Gloucester", "Swindon"]
    sites, sid = [], 0
    nsites = [5, 4, 3, 6, 3, 2, 5, 2, 1, 1]
    for c, k in enumerate(nsites, start=1):
        for j in range(k):
            sid += 1
            sites.append((sid, c, f"{clients[c - 1][0].split()[0]} {['House', 'Tower', 'Court', 'Plaza', 'Point', 'Yard'][j]}",
                          rng.choice(cities), rng.choice([1, 2, 2, 3, 4, 6])))
    sites[6] = (7, 2, "Northgate Tower", "Cardiff", 14)      # the one site with the most lifts
    db.executemany("INSERT INTO Sites VALUES (?,?,?,?,?)", sites)
    engs = [(1, "Margaret Olsen", "Operations Director", None, "2010-02-01", "Bristol"),
            (2, "Daniel Achebe", "Area Manager", 1, "2012-06-11", "Bristol"),
            (3, "Sunita Rao", "Area Manager", 1, "2013-09-02", "Cardiff")]
    eid = 3
    for mgr, n in ((2, 7), (3, 6)):
        for _ in range(n):
            eid += 1
            engs.append((eid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["Engineer", "Engineer", "Senior Engineer"]),
                         mgr, day(rng, date(2014, 1, 1), date(2023, 6, 30)).isoformat(), rng.choice(cities)))
    engs.append((eid + 1, "Kofi Mensah", "Apprentice", None, "2024-09-02", "Swindon"))   # not yet given a manager
    engs.append((eid + 2, "Lotte Verbeek", "Senior Engineer", 3, "2024-11-18", "Cardiff"))  # no jobs yet
    db.executemany("INSERT INTO Engineers VALUES (?,?,?,?,?,?)", engs)
    field = [e[0] for e in engs if e[2] in ("Engineer", "Senior Engineer", "Apprentice") and e[0] != eid + 2]
    wos, hist, h = [], [], 0
    types = [("Breakdown", 5), ("Routine Service", 6), ("Inspection", 2), ("Modernisation", 1)]
    for w in range(1, 761):
        s = rng.choices(range(1, len(sites) + 1), [x[4] for x in sites])[0]
        c = sites[s - 1][1]
        lo = max(date(2023, 1, 1), date.fromisoformat(clients[c - 1][2]))
        hi = date(2024, 6, 30) if clients[c - 1][3] else date(2024, 12, 31)
        d = day(rng, lo, hi)
        wt = rng.choices([t[0] for t in types], [t[1] for t in types])[0]
        pr = rng.choices(["P1", "P2", "P3"], [3, 5, 4])[0] if wt == "Breakdown" else "P3"
        t = datetime(d.year, d.month, d.day, rng.randrange(6, 20), rng.randrange(60))
        e = rng.choice(field)
        if e == eid + 1 and d < date(2024, 9, 2):
            e = rng.choice(field[:-1])
        steps = [("Reported", t)]
        cur = t
        final_end = datetime(2025, 1, 3, 17, 0)
        fate = rng.random()
        if fate < 0.05:
            cur = later(rng, cur, 1, 72)
            steps.append(("Cancelled", cur))
            engineer = None if rng.random() < 0.5 else e
        else:
            engineer = e
            fast = {"P1": (0.3, 4), "P2": (2, 24), "P3": (12, 240)}[pr]
            cur = later(rng, cur, 0.2, 3)
            steps.append(("Assigned", cur))
            cur = later(rng, cur, *fast)
            steps.append(("OnSite", cur))
            holds = rng.choices([0, 1, 2], [80, 16, 4])[0] if wt != "Inspection" else 0
            for _ in range(holds):
                cur = later(rng, cur, 1, 8)
                steps.append(("OnHold", cur))
                cur = later(rng, cur, 24, 24 * 12)
                steps.append(("OnSite", cur))
            cur = later(rng, cur, 1, 10)
            steps.append(("Completed", cur))
            cur = later(rng, cur, 24, 24 * 20)
            steps.append(("Invoiced", cur))
        steps = [st for st in steps if st[1] <= final_end]
        status = steps[-1][0]
        done = any(st[0] == "Completed" for st in steps)
        hours = round(rng.uniform(*{"Breakdown": (1, 6), "Routine Service": (1, 3), "Inspection": (0.5, 2),
                                    "Modernisation": (16, 80)}[wt]), 1) if done else None
        parts = round(rng.choice([0, 0, 0, 35, 80, 140, 260, 620]) * (8 if wt == "Modernisation" else 1), 2) \
            if done else 0.0
        inv = round(hours * 72 + parts * 1.25 + (95 if pr == "P1" else 0), 2) if status == "Invoiced" else None
        wos.append((w, s, engineer, wt, pr, t.strftime("%Y-%m-%d %H:%M"), status, hours, parts, inv))
        for st, ts in steps:
            h += 1
            hist.append((h, w, st, ts.strftime("%Y-%m-%d %H:%M")))
    db.executemany("INSERT INTO WorkOrders VALUES (?,?,?,?,?,?,?,?,?,?)", wos)
    db.executemany("INSERT INTO WorkOrderStatusHistory VALUES (?,?,?,?)", hist)
    db.execute("INSERT INTO Sites VALUES (?,?,?,?,?)", (len(sites) + 1, 10, "Granary Annexe", "Bristol", 2))  # no jobs yet
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ podhost
def build_podhost(path: Path) -> None:
    rng = random.Random(23303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE plans (id INTEGER PRIMARY KEY, name TEXT, monthly_price REAL, max_shows INTEGER, is_legacy INTEGER);
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, account_name TEXT, country TEXT, plan_id INTEGER REFERENCES plans(id),
                           signed_up_at TEXT, is_trial INTEGER, is_active INTEGER, deleted_at TEXT);
    CREATE TABLE shows (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id), title TEXT, category TEXT,
                        created_at TEXT, is_explicit INTEGER, is_active INTEGER, deleted_at TEXT);
    CREATE TABLE episodes (id INTEGER PRIMARY KEY, show_id INTEGER REFERENCES shows(id), title TEXT,
                           published_at TEXT, duration_seconds INTEGER, download_count INTEGER, deleted_at TEXT);
    CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id), issued_on TEXT,
                           amount REAL, status TEXT, paid_at TEXT);
    """)
    plans = [(1, "Hobby", 9.0, 1, 0), (2, "Creator", 19.0, 3, 0), (3, "Studio", 49.0, 10, 0),
             (4, "Network", 149.0, 50, 0), (5, "Starter (2021)", 12.0, 2, 1)]
    db.executemany("INSERT INTO plans VALUES (?,?,?,?,?)", plans)
    countries = ["United States", "United Kingdom", "Canada", "Germany", "Australia", "Brazil", "India", "Netherlands"]
    words = ("Mindful Midnight Garage Pixel Cosmic Urban Salty Quiet Velvet Rusty Golden Hidden Brave Lazy Northern "
             "Electric Curious Wild Paper Neon").split()
    nouns = ("Hour Talk Sessions Radio Lab Diaries Dispatch Corner Files Cast Show Hangout Notes Review Weekly").split()
    cats = ["Comedy", "True Crime", "Business", "Technology", "Health", "Sports", "History", "Education"]
    accounts, shows, eps, invs = [], [], [], []
    sid = eid = iid = 0
    end = date(2024, 12, 31)
    for a in range(1, 421):
        signed = day(rng, date(2021, 6, 1), date(2024, 12, 20))
        plan = rng.choices([1, 2, 3, 4, 5], [8, 7, 3, 1, 2])[0]
        if plan == 5 and signed > date(2022, 6, 30):
            plan = 1
        trial = int(signed > date(2024, 11, 1) and rng.random() < 0.7 or rng.random() < 0.05)
        deleted = None
        if rng.random() < 0.13:
            deleted = day(rng, signed + timedelta(days=10), end).isoformat() + " 09:" + f"{rng.randrange(60):02d}:00"
        active = 0 if (deleted and rng.random() < 0.7) or rng.random() < 0.1 else 1
        name = f"{rng.choice(words)} {rng.choice(nouns)} Media" if plan == 4 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        accounts.append((a, name, rng.choices(countries, [9, 4, 3, 2, 2, 1, 1, 1])[0], plan,
                         signed.isoformat() + f" {rng.randrange(24):02d}:{rng.randrange(60):02d}:00",
                         trial, active, deleted))
        for _ in range(min(plans[plan - 1][3], rng.choices([1, 1, 1, 2, 3, 5], [5, 3, 2, 2, 1, 1])[0])):
            sid += 1
            created = day(rng, signed, min(signed + timedelta(days=200), end))
            sdel = deleted if deleted else (day(rng, created, end).isoformat() + " 12:00:00" if rng.random() < 0.06 else None)
            shows.append((sid, a, f"The {rng.choice(words)} {rng.choice(nouns)}", rng.choice(cats), created.isoformat(),
                          int(rng.random() < 0.2), 0 if sdel or rng.random() < 0.12 else 1, sdel))
            nep = rng.choices([0, 1, 3, 6, 12, 24, 40], [1, 2, 3, 4, 4, 2, 1])[0]
            for _ in range(nep):
                eid += 1
                pub = day(rng, created, end)
                edel = sdel or (pub.isoformat() + " 18:00:00" if rng.random() < 0.04 else None)
                if edel and edel[:10] < pub.isoformat():
                    edel = pub.isoformat() + " 23:00:00"
                eps.append((eid, sid, f"Episode {rng.randrange(1, 300)}: {rng.choice(words)} {rng.choice(nouns)}",
                            pub.isoformat() + f" {rng.randrange(5, 22):02d}:00:00", rng.randrange(600, 5400),
                            int(rng.lognormvariate(6, 1.1)), edel))
        if not trial:
            m = date(signed.year, signed.month, 1)
            stop = date.fromisoformat(deleted[:10]) if deleted else end
            while m <= stop:
                if m >= date(2023, 1, 1):
                    iid += 1
                    st = rng.choices(["paid", "open", "void"], [90, 6, 4])[0]
                    if m >= date(2024, 11, 1) and rng.random() < 0.3:
                        st = "open"
                    paid = (m + timedelta(days=rng.randrange(0, 12))).isoformat() if st == "paid" else None
                    invs.append((iid, a, m.isoformat(), plans[plan - 1][2], st, paid))
                m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    db.executemany("INSERT INTO accounts VALUES (?,?,?,?,?,?,?,?)", accounts)
    db.executemany("INSERT INTO shows VALUES (?,?,?,?,?,?,?,?)", shows)
    db.executemany("INSERT INTO episodes VALUES (?,?,?,?,?,?,?)", eps)
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?)", invs)
    # two live shows whose only episode was later deleted by its owner
    db.execute("""UPDATE episodes SET deleted_at = substr(published_at, 1, 10) || ' 23:30:00' WHERE show_id IN
                  (SELECT s.id FROM shows s JOIN episodes e ON e.show_id = s.id WHERE s.deleted_at IS NULL
                   GROUP BY s.id HAVING COUNT(*) = 1 ORDER BY s.id LIMIT 2)""")
    db.commit()
    db.close()


BUILDERS = {"petstores": build_petstores, "liftcare": build_liftcare, "podhost": build_podhost}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
