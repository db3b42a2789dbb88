"""Held-out evaluation heldout52: three SQLite databases (a houseplant subscription box, a wind-farm
operator's inspections and faults, a print-on-demand merch shop) and hand-written conversations in
the voice of an auditor checking exceptions — negation and exclusion everywhere — written before
the engine was run on them (see README.md in this folder).

    python bench/heldout52/build.py [OUT_DIR]   # writes plantbox.sqlite, windfarm.sqlite, merch.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout52), checks every
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

FIRST = ("Aisha Bram Celia Dario Esme Felix Greta Hamid Isla Joel Kamala Lars Mira Noel Olga Pavel "
         "Rosa Sami Tilde Umar Vera Wim Xenia Yusuf Zora").split()
LAST = ("Abbott Brennan Castillo Dahl Eriksen Farouk Gallo Hartley Iqbal Jovanovic Keane Lindgren "
        "Moreau Nakamura Osei Petrov Quinlan Reyes Sato Thorne").split()


# ------------------------------------------------------------------------------------------
def build_plantbox(path: Path) -> None:
    """A houseplant subscription box: plans, subscribers, monthly deliveries, complaints."""
    rng = random.Random(5201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE plans (plan_id INTEGER PRIMARY KEY, plan_name TEXT, monthly_price REAL, plants_per_box INTEGER,
                        pet_safe INTEGER);
    CREATE TABLE subscribers (sub_id INTEGER PRIMARY KEY, full_name TEXT, city TEXT, plan_id INTEGER
                              REFERENCES plans(plan_id), status TEXT, joined_on TEXT, cancelled_on TEXT,
                              referred_by INTEGER REFERENCES subscribers(sub_id));
    CREATE TABLE deliveries (delivery_id INTEGER PRIMARY KEY, sub_id INTEGER REFERENCES subscribers(sub_id),
                             shipped_on TEXT, delivered_on TEXT, courier TEXT);
    CREATE TABLE complaints (complaint_id INTEGER PRIMARY KEY, delivery_id INTEGER REFERENCES
                             deliveries(delivery_id), raised_on TEXT, category TEXT, refund_amount REAL,
                             resolved INTEGER);
    """)
    plans = [("Starter Sprout", 14.0, 1, 1), ("Leafy Duo", 24.0, 2, 1), ("Jungle Trio", 33.0, 3, 0),
             ("Succulent Club", 18.5, 2, 1), ("Rare Finds", 45.0, 1, 0)]
    db.executemany("INSERT INTO plans VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(plans)])
    cities = ["London", "Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Brighton"]
    subs = []
    for s in range(1, 321):
        city = rng.choices(cities + [None], [30, 12, 11, 9, 6, 5, 8, 4])[0]
        joined = day(rng, date(2022, 3, 1), date(2024, 11, 30))
        status = rng.choices(["active", "paused", "cancelled"], [60, 12, 28])[0]
        cancelled = None
        if status == "cancelled":
            cancelled = day(rng, joined + timedelta(days=30), max(joined + timedelta(days=31), date(2024, 12, 20)))
            cancelled = min(cancelled, date(2024, 12, 20)).isoformat()
        ref = rng.randrange(1, s) if s > 10 and rng.random() < 0.25 else None
        subs.append((s, f"{rng.choice(FIRST)} {rng.choice(LAST)}", city,
                     rng.choices(range(1, 6), [30, 25, 15, 20, 10])[0], status, joined.isoformat(), cancelled, ref))
    db.executemany("INSERT INTO subscribers VALUES (?,?,?,?,?,?,?,?)", subs)
    dels, comps, n, k = [], [], 0, 0
    for s in subs:
        if s[0] % 23 == 0:      # a few signed up and never got a box
            continue
        d = date.fromisoformat(s[5]) + timedelta(days=rng.randrange(3, 10))
        end = date.fromisoformat(s[6]) if s[6] else date(2024, 12, 31)
        while d <= end:
            if s[4] == "paused" and rng.random() < 0.5:
                d += timedelta(days=30)
                continue
            n += 1
            courier = rng.choices(["Royal Mail", "DPD", "Evri", "DHL"], [4, 3, 3, 1])[0]
            late = rng.random()
            if d >= date(2024, 12, 22) or late < 0.02:
                delivered = None            # still in transit, or lost
            else:
                delivered = (d + timedelta(days=rng.choice([1, 1, 2, 2, 3, 4, 6]) + (3 if courier == "Evri"
                                                                                      and late < 0.2 else 0))).isoformat()
            dels.append((n, s[0], d.isoformat(), delivered, courier))
            if rng.random() < (0.09 if courier == "Evri" else 0.05):
                k += 1
                cat = rng.choices(["damaged", "late", "wrong plant", "billing", "pests"], [5, 4, 2, 2, 1])[0]
                refund = round(rng.choice([0, 5, 7.5, 10, 14, 24]), 2) if cat != "billing" else None
                raised = (d + timedelta(days=rng.randrange(2, 12))).isoformat()
                comps.append((k, n, raised, cat, refund, 1 if rng.random() < 0.8 else 0))
            d += timedelta(days=rng.choice([28, 30, 31, 31]))
    db.executemany("INSERT INTO deliveries VALUES (?,?,?,?,?)", dels)
    db.executemany("INSERT INTO complaints VALUES (?,?,?,?,?,?)", comps)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_windfarm(path: Path) -> None:
    """A wind-farm operator: sites, turbines, inspections, fault log."""
    rng = random.Random(5202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Sites (SiteID INTEGER PRIMARY KEY, SiteName TEXT, Region TEXT, IsOffshore INTEGER,
                        GridOperator TEXT);
    CREATE TABLE Turbines (TurbineID TEXT PRIMARY KEY, SiteID INTEGER REFERENCES Sites(SiteID), Model TEXT,
                           CapacityMW REAL, Commissioned TEXT, Decommissioned TEXT);
    CREATE TABLE Inspections (InspectionID INTEGER PRIMARY KEY, TurbineID TEXT REFERENCES Turbines(TurbineID),
                              InspectedOn TEXT, Inspector TEXT, Outcome TEXT);
    CREATE TABLE Faults (FaultID INTEGER PRIMARY KEY, TurbineID TEXT REFERENCES Turbines(TurbineID),
                         ReportedOn TEXT, Component TEXT, Severity INTEGER, DowntimeHours REAL, FixedOn TEXT);
    """)
    sites = [("Brae Ridge", "Scotland", 0, "SSEN"), ("Moray Deep", "Scotland", 1, "SSEN"),
             ("Cefn Gwynt", "Wales", 0, "NGED"), ("Dogger East", "North Sea", 1, "NGET"),
             ("Fenland Flats", "East Anglia", 0, "UKPN"), ("Solway Bank", "North West", 1, "ENWL"),
             ("Pennine Edge", "North West", 0, "ENWL"), ("Kintyre Hill", "Scotland", 0, "SPEN")]
    db.executemany("INSERT INTO Sites VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sites)])
    models = [("Vestas V90", 2.0), ("Vestas V112", 3.3), ("Siemens SG 8.0", 8.0), ("Nordex N117", 3.6),
              ("GE Haliade-X", 12.0), ("Enercon E-82", 2.3)]
    turbines = []
    t = 0
    for sid, s in enumerate(sites, 1):
        for _ in range(rng.randrange(8, 18)):
            t += 1
            m = rng.choice(models[2:5:2]) if s[2] else rng.choice([models[0], models[1], models[3], models[5]])
            com = day(rng, date(2008, 1, 1), date(2023, 6, 30))
            dec = day(rng, date(2021, 1, 1), date(2024, 9, 30)).isoformat() \
                if com < date(2013, 1, 1) and rng.random() < 0.4 else None
            turbines.append((f"WT-{t:03d}", sid, m[0], m[1], com.isoformat(), dec))
    db.executemany("INSERT INTO Turbines VALUES (?,?,?,?,?,?)", turbines)
    inspectors = ["Hartley", "Osei", "Lindgren", "Castillo", "Nakamura", "Quinlan"]
    insp, n = [], 0
    for tb in turbines:
        if rng.random() < 0.07:
            continue        # never inspected
        last = date.fromisoformat(tb[5]) if tb[5] else date(2024, 12, 31)
        d = max(date.fromisoformat(tb[4]), date(2021, 1, 1)) + timedelta(days=rng.randrange(10, 200))
        while d <= last:
            n += 1
            outcome = rng.choices(["pass", "advisory", "fail"], [70, 20, 10 if tb[2] != "Enercon E-82" else 25])[0]
            insp.append((n, tb[0], d.isoformat(), rng.choice(inspectors), outcome))
            d += timedelta(days=rng.randrange(150, 260))
    db.executemany("INSERT INTO Inspections VALUES (?,?,?,?,?)", insp)
    comps = ["gearbox", "blade", "generator", "pitch system", "yaw drive", "converter"]
    faults, n = [], 0
    for tb in turbines:
        for _ in range(rng.choices([0, 1, 2, 3, 4, 6], [14, 10, 8, 5, 3, 1])[0]):
            n += 1
            last = date.fromisoformat(tb[5]) if tb[5] else date(2024, 12, 31)
            rep = day(rng, max(date.fromisoformat(tb[4]), date(2021, 1, 1)), last)
            c = rng.choices(comps, [5, 4, 3, 3, 2, 3])[0]
            sev = rng.choices([1, 2, 3, 4, 5], [4, 4, 3, 2, 1])[0]
            down = round(rng.uniform(2, 30) * sev * (2.5 if tb[2].startswith(("Siemens", "GE")) else 1), 1)
            fixed = None if rep > date(2024, 11, 15) and rng.random() < 0.7 or rng.random() < 0.04 \
                else (rep + timedelta(days=rng.randrange(0, 20))).isoformat()
            faults.append((n, tb[0], rep.isoformat(), c, sev, down, fixed))
    db.executemany("INSERT INTO Faults VALUES (?,?,?,?,?,?,?)", faults)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_merch(path: Path) -> None:
    """A print-on-demand merch shop: products, customers, orders, order lines."""
    rng = random.Random(5203)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE products (sku TEXT PRIMARY KEY, title TEXT, product_type TEXT, price REAL, discontinued INTEGER);
    CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, cust_name TEXT, country TEXT, newsletter INTEGER,
                            signed_up TEXT);
    CREATE TABLE orders (order_no INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES customers(cust_id),
                         order_date TEXT, status TEXT, shipping REAL, coupon_code TEXT);
    CREATE TABLE order_lines (line_id INTEGER PRIMARY KEY, order_no INTEGER REFERENCES orders(order_no),
                              sku TEXT REFERENCES products(sku), qty INTEGER, unit_price REAL);
    """)
    designs = ["Moth Club", "Night Tram", "Salt Marsh", "Owl Static", "Tidal Lines", "Fern Ghost", "Dust Bowl",
               "Paper Moon"]
    types = [("T-Shirt", "TS", 22.0), ("Hoodie", "HD", 42.0), ("Mug", "MG", 12.5), ("Poster", "PS", 18.0),
             ("Tote Bag", "TB", 15.0)]
    products = []
    for i, dname in enumerate(designs):
        for tname, code, p in types:
            if (i + len(code)) % 7 == 3 and tname != "Mug":
                continue
            disc = 1 if (i * 5 + len(tname)) % 9 == 0 else 0
            products.append((f"{code}-{i + 1:02d}", f"{dname} {tname}", tname, round(p + (i % 3) * 1.5, 2), disc))
    products.append(("PS-09", "Comet Tail Poster", "Poster", 19.5, 0))     # listed in December, never sold yet
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?)", products)
    countries = ["UK", "Ireland", "Germany", "France", "Netherlands", "USA", "Canada"]
    custs = [(c, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(countries, [40, 8, 12, 9, 6, 15, 5])[0],
              1 if rng.random() < 0.45 else 0, day(rng, date(2021, 6, 1), date(2024, 10, 31)).isoformat())
             for c in range(1, 241)]
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", custs)
    orders, lines, ln = [], [], 0
    coupons = ["WELCOME10", "SPRING15", "BLACKFRI", "STUDENT"]
    for o in range(1, 1101):
        c = rng.randrange(1, 221)       # customers 221..240 never ordered
        cust = custs[c - 1]
        d = day(rng, max(date.fromisoformat(cust[4]), date(2022, 1, 1)), date(2024, 12, 31))
        status = rng.choices(["shipped", "pending", "cancelled", "refunded"], [78, 5, 9, 8])[0]
        if d < date(2024, 12, 10) and status == "pending":
            status = "shipped"
        coupon = rng.choices([None, ""] + coupons, [60, 8, 12, 6, 8, 6])[0]
        ship = 0.0 if cust[2] == "UK" and rng.random() < 0.5 else rng.choice([3.95, 4.95, 7.5, 12.0])
        orders.append((o, c, d.isoformat(), status, ship, coupon))
        for sku in rng.sample([p[0] for p in products[:-1] if not p[4] or d < date(2023, 6, 1)], rng.choices([1, 2, 3], [6, 3, 1])[0]):
            ln += 1
            price = next(p[3] for p in products if p[0] == sku)
            lines.append((ln, o, sku, rng.choices([1, 2, 3, 5], [12, 4, 1, 1])[0],
                          round(price * (0.85 if coupon else 1.0), 2)))
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO order_lines VALUES (?,?,?,?,?)", lines)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"plantbox": build_plantbox, "windfarm": build_windfarm, "merch": build_merch}, SETS))
