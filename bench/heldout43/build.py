"""Held-out evaluation heldout43: three SQLite databases (a picture-framing shop that keeps money in
integer pence with a currency and a VAT column, an upholstery workshop with a job status history,
and a small candle maker selling wholesale to shops) and hand-written owner/bookkeeper
conversations over them, written before the engine was run on them (see README.md here).

    python bench/heldout43/build.py [OUT_DIR]   # writes frameshop.sqlite, upholstery.sqlite, candles.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout43), checks every
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

FIRST = ("Alice Bruno Chloe Dev Esme Felix Gwen Harry Iris Jamal Kate Leo Mira Ned Olive Pavel "
         "Rosa Sam Tilly Umar Vera Will Xena Yusuf Zoe").split()
LAST = ("Ashworth Blake Carver Doyle Ellis Foster Grant Hale Irving Joyce Kemp Lowe Marsh Nash "
        "Oakes Pryce Quayle Reed Shaw Thorne").split()


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# ------------------------------------------------------------------------------------------
def build_frameshop(path: Path) -> None:
    rng = random.Random(4301)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, contact_name TEXT, city TEXT,
                            is_trade INTEGER, first_order_on TEXT);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, invoice_no TEXT, customer_id INTEGER
                           REFERENCES customers(customer_id), issued_on TEXT, due_on TEXT, paid_on TEXT,
                           net_cents INTEGER, vat_cents INTEGER, currency TEXT, job_type TEXT);
    CREATE TABLE expenses (expense_id INTEGER PRIMARY KEY, spent_on TEXT, supplier TEXT, category TEXT,
                           amount_cents INTEGER, vat_cents INTEGER, currency TEXT);
    """)
    trade = [("Harbour Gallery", "Bristol"), ("Quayside Prints", "Bristol"), ("Elm Street Interiors", "Bath"),
             ("The Print Room", "Bath"), ("Cotswold Art Co", "Cheltenham"), ("Kettle Yard Studio", "Bristol"),
             ("Galway Art House", "Galway"), ("Cork Picture Rooms", "Cork"), ("Redland Hotel", "Bristol"),
             ("Avon Dental Practice", "Bath")]
    custs = []
    for i, (n, c) in enumerate(trade):
        custs.append((i + 1, n, person(rng), c, 1, day(rng, date(2021, 1, 1), date(2023, 6, 30)).isoformat()))
    for i in range(len(trade), 140):
        n = person(rng)
        custs.append((i + 1, n, None, rng.choice(["Bristol", "Bristol", "Bath", "Bath", "Cheltenham",
                                                  "Stroud", "Weston"]), 0,
                      day(rng, date(2021, 1, 1), date(2025, 9, 30)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", custs)
    invs = []
    weights = [30 if c[4] else 1 for c in custs]
    for iid in range(1, 1301):
        cid = rng.choices([c[0] for c in custs], weights)[0]
        cu = custs[cid - 1]
        lo = max(date.fromisoformat(cu[5]), date(2023, 1, 1))
        issued = day(rng, lo, date(2025, 12, 20))
        due = issued + timedelta(days=30 if cu[4] else 14)
        jt = rng.choices(["bespoke frame", "ready-made frame", "mount cutting", "canvas stretching",
                          "restoration"], [8, 5, 3, 2, 1])[0]
        base = {"bespoke frame": 14000, "ready-made frame": 4500, "mount cutting": 2500,
                "canvas stretching": 6000, "restoration": 22000}[jt]
        net = int(base * rng.uniform(0.5, 2.2) * (rng.uniform(1.5, 4) if cu[4] else 1)) + rng.randrange(100)
        cur = "EUR" if cu[3] in ("Galway", "Cork") else "GBP"
        vat = 0 if cur == "EUR" else round(net * 0.2)
        r = rng.random()
        if issued > date(2025, 11, 15) and r < 0.6 or r < 0.06:
            paid = None
        else:
            paid = (issued + timedelta(days=rng.randrange(0, 65 if cu[4] else 25))).isoformat()
        invs.append((iid, f"PF-{issued.year}-{iid:04d}", cid, issued.isoformat(), due.isoformat(), paid,
                     net, vat, cur, jt))
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?,?,?,?,?)", invs)
    exps = []
    sup = [("Larson-Juhl", "moulding"), ("Arqadia", "moulding"), ("Daler Board", "mountboard"),
           ("Glass Direct", "glazing"), ("Bristol Property Ltd", "rent"), ("Octopus Energy", "utilities"),
           ("Xero", "software"), ("Parcelforce", "postage")]
    eid = 0
    for m in range(36):
        y, mo = 2023 + m // 12, m % 12 + 1
        for s, cat in sup:
            n = 1 if cat in ("rent", "utilities", "software") else rng.randrange(1, 4)
            for _ in range(n):
                eid += 1
                d = date(y, mo, rng.randrange(1, 29))
                amt = {"rent": 125000, "utilities": 18000 + rng.randrange(9000), "software": 3300,
                       "moulding": rng.randrange(20000, 140000), "mountboard": rng.randrange(8000, 40000),
                       "glazing": rng.randrange(10000, 60000), "postage": rng.randrange(1500, 9000)}[cat]
                amt += rng.randrange(100) if cat != "rent" else 0
                exps.append((eid, d.isoformat(), s, cat, amt, 0 if cat == "rent" else round(amt * 0.2),
                             "EUR" if s == "Arqadia" else "GBP"))
    db.executemany("INSERT INTO expenses VALUES (?,?,?,?,?,?,?)", exps)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_upholstery(path: Path) -> None:
    rng = random.Random(4302)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, full_name TEXT, town TEXT, referred_by TEXT,
                          phone_opt_in INTEGER);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                       item_type TEXT, fabric_name TEXT, quoted_price REAL, final_price REAL,
                       received_on TEXT, promised_on TEXT, completed_on TEXT, current_status TEXT,
                       upholsterer TEXT);
    CREATE TABLE job_status_history (history_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id),
                                     status TEXT, changed_at TEXT, changed_by TEXT, note TEXT);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id),
                           paid_on TEXT, amount REAL, method TEXT, kind TEXT);
    """)
    towns = ["Harrogate", "Ripon", "Knaresborough", "Wetherby", "Otley", "Ilkley"]
    refs = [None, None, "Google", "Instagram", "word of mouth", "Ripon Antiques Fair"]
    clients = [(i, person(rng), rng.choice(towns), rng.choice(refs), rng.randrange(2)) for i in range(1, 221)]
    db.executemany("INSERT INTO clients VALUES (?,?,?,?,?)", clients)
    fabrics = ["Harris Tweed Heather", "Linen Natural", "Velvet Teal", "Velvet Mustard", "Boucle Cream",
               "Leather Oxblood", "Wool Check Navy", "Chenille Sage"]
    items = {"sofa": 1100, "armchair": 520, "dining chair": 140, "headboard": 380, "ottoman": 260,
             "footstool": 150, "chaise longue": 900}
    staff = ["Maggie", "Tom", "Ravi"]
    jobs, hist, pays = [], [], []
    hid = pid = 0
    for jid in range(1, 461):
        cid = rng.randrange(1, 221)
        it = rng.choices(list(items), [4, 6, 5, 3, 3, 2, 1])[0]
        quoted = round(items[it] * rng.uniform(0.7, 1.6), 2)
        recv = day(rng, date(2023, 1, 3), date(2025, 12, 10))
        promised = recv + timedelta(days=rng.choice([21, 28, 35, 42, 56]))
        who = rng.choice(staff)
        path_ = [("received", recv), ("quoted", recv + timedelta(days=rng.randrange(1, 5)))]
        r = rng.random()
        final = completed = None
        if r < 0.07:
            path_.append(("cancelled", path_[-1][1] + timedelta(days=rng.randrange(2, 20))))
            status = "cancelled"
        else:
            t = path_[-1][1] + timedelta(days=rng.randrange(3, 14))
            path_.append(("in progress", t))
            if rng.random() < 0.25:
                t = t + timedelta(days=rng.randrange(3, 20))
                path_.append(("waiting for fabric", t))
                t = t + timedelta(days=rng.randrange(4, 25))
                path_.append(("in progress", t))
            done = t + timedelta(days=rng.randrange(5, 30))
            if done > date(2025, 12, 31):
                status = path_[-1][0]
            else:
                path_.append(("completed", done))
                completed = done
                final = round(quoted * rng.choice([1, 1, 1, 1.05, 1.1, 0.95, 1.2]) + rng.randrange(0, 40), 2)
                status = "completed"
                if rng.random() < 0.85 and done + timedelta(days=3) <= date(2025, 12, 31):
                    path_.append(("collected", done + timedelta(days=rng.randrange(1, 15))))
                    status = "collected"
        for st, d in path_:
            hid += 1
            hist.append((hid, jid, st, f"{d.isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}",
                         who if st not in ("received", "quoted") else "Maggie", None))
        jobs.append((jid, cid, it, rng.choice(fabrics), quoted, final, recv.isoformat(), promised.isoformat(),
                     completed.isoformat() if completed else None, status, who))
        if status != "cancelled" and rng.random() < 0.8:
            pid += 1
            dep = round(quoted * 0.3, 2)
            pays.append((pid, jid, path_[1][1].isoformat(), dep, rng.choice(["card", "bank transfer"]), "deposit"))
            if final is not None and rng.random() < 0.9:
                pid += 1
                pays.append((pid, jid, (completed + timedelta(days=rng.randrange(0, 20))).isoformat(),
                             round(final - dep, 2), rng.choice(["card", "bank transfer", "cash"]), "balance"))
        elif final is not None and rng.random() < 0.85:
            pid += 1
            pays.append((pid, jid, (completed + timedelta(days=rng.randrange(0, 20))).isoformat(), final,
                         rng.choice(["card", "bank transfer", "cash"]), "full"))
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?,?)", jobs)
    db.executemany("INSERT INTO job_status_history VALUES (?,?,?,?,?,?)", hist)
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?,?)", pays)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_candles(path: Path) -> None:
    rng = random.Random(4303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, owner_name TEXT, region TEXT,
                        stockist_since TEXT, payment_terms_days INTEGER);
    CREATE TABLE products (sku TEXT PRIMARY KEY, product_name TEXT, scent TEXT, size TEXT,
                           wholesale_price REAL, rrp REAL, launched_on TEXT, discontinued INTEGER);
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
                         order_date TEXT, ship_date TEXT, status TEXT, shipping_charge REAL);
    CREATE TABLE order_items (order_id INTEGER REFERENCES orders(order_id), sku TEXT REFERENCES products(sku),
                              qty INTEGER, unit_price REAL);
    CREATE TABLE supply_purchases (purchase_id INTEGER PRIMARY KEY, bought_on TEXT, supplier_name TEXT,
                                   material TEXT, quantity_kg REAL, total_cost REAL);
    """)
    regions = ["Cornwall", "Devon", "Somerset", "Dorset", "London", "Wales"]
    words = ["Driftwood", "Hollow", "Lantern", "Saltmarsh", "Juniper", "Bramble", "Harbour", "Meadow",
             "Willow", "Tidepool", "Pebble", "Foxglove", "Kestrel", "Heather", "Larch", "Moorland"]
    kinds = ["Gifts", "Home", "Store", "Emporium", "& Co", "Trading", "Interiors"]
    names = set()
    while len(names) < 45:
        names.add(f"{rng.choice(words)} {rng.choice(kinds)}")
    shops = [(i + 1, n, person(rng), rng.choice(regions), day(rng, date(2019, 1, 1), date(2024, 6, 30)).isoformat(),
              rng.choice([14, 30, 30, 60])) for i, n in enumerate(sorted(names))]
    db.executemany("INSERT INTO shops VALUES (?,?,?,?,?,?)", shops)
    scents = ["Sea Salt & Sage", "Fig & Cassis", "Wild Fennel", "Smoked Oak", "Neroli", "Cornish Rain",
              "Blackberry Leaf", "Vetiver & Cedar"]
    prods = []
    for i, s in enumerate(scents):
        for size, wp in (("small tin", 6.5), ("large jar", 13.0), ("reed diffuser", 11.0)):
            w = round(wp + rng.choice([0, 0.25, 0.5, 0.75, 1.0]) + i * 0.05, 2)
            prods.append((f"{s.split()[0][:3].upper()}{i}-{size[0].upper()}{size.split()[1][0].upper()}",
                          f"{s} {size.title()}", s, size, w, round(w * 2.1, 2),
                          day(rng, date(2020, 1, 1), date(2024, 3, 1)).isoformat(),
                          1 if (i == 6 and size != "large jar") else 0))
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?,?)", prods)
    orders, items = [], []
    sw = [rng.uniform(0.2, 6) for _ in shops]
    for oid in range(1, 901):
        sid = rng.choices(range(1, len(shops) + 1), sw)[0]
        od = day(rng, max(date.fromisoformat(shops[sid - 1][4]), date(2023, 1, 1)), date(2025, 12, 15))
        if od.month in (10, 11) and rng.random() < 0.5:
            od = day(rng, max(date.fromisoformat(shops[sid - 1][4]), date(2023, 1, 1)), date(2025, 12, 15))
        r = rng.random()
        status = "cancelled" if r < 0.05 else ("pending" if od > date(2025, 12, 5) else "shipped")
        ship = (od + timedelta(days=rng.randrange(1, 9))).isoformat() if status == "shipped" else None
        orders.append((oid, sid, od.isoformat(), ship, status, rng.choice([0.0, 0.0, 7.5, 12.0])))
        for p in rng.sample(prods, rng.randrange(1, 6)):
            price = p[4] if od.year < 2025 else round(p[4] * 1.06, 2)
            items.append((oid, p[0], rng.choice([6, 6, 12, 12, 18, 24, 36]), price))
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO order_items VALUES (?,?,?,?)", items)
    sup = [("Kent Wax Supplies", "soy wax"), ("Kent Wax Supplies", "rapeseed wax"),
           ("Aroma Oils Ltd", "fragrance oil"), ("Wick World", "wicks"), ("Tin & Glass Co", "containers")]
    purch = []
    for pid in range(1, 241):
        s, mat = rng.choice(sup)
        kg = round(rng.uniform(5, 120), 1)
        per = {"soy wax": 3.2, "rapeseed wax": 3.6, "fragrance oil": 28.0, "wicks": 14.0, "containers": 9.0}[mat]
        purch.append((pid, day(rng, date(2023, 1, 1), date(2025, 12, 31)).isoformat(), s, mat, kg,
                      round(kg * per * rng.uniform(0.9, 1.15), 2)))
    db.executemany("INSERT INTO supply_purchases VALUES (?,?,?,?,?,?)", purch)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"frameshop": build_frameshop, "upholstery": build_upholstery,
                              "candles": build_candles}, SETS))
