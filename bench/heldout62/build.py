"""Held-out set heldout62: three small businesses a non-technical owner asks about — an electrical
contractor (`electrician`: invoices and part payments), a surf shop (`surfshop`: products, sales
lines with discounts, returns as negative quantities) and a barbershop (`barbers`: appointments
with no-shows) — written before the engine was run on them (see README.md in this folder).

    python bench/heldout62/build.py [OUT_DIR]    # writes electrician.sqlite, surfshop.sqlite, barbers.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout62), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run. The data runs to
2025-06-30 (the owner's "today").
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

FIRST = ("Aisha Ben Chloe Dan Emma Faisal Gemma Harry Isla Jack Kate Liam Megan Noah Olivia Paul Rosie "
         "Sean Tara Umar Vicky Will Yusuf Zoe Bethan Craig Niamh Owen").split()
LAST = ("Ashworth Barker Clegg Dawson Earnshaw Fletcher Greenwood Holroyd Iqbal Jagger Kershaw Lumb "
        "Mitchell Naylor Oldroyd Pickles Quarmby Rhodes Sutcliffe Thornton Uttley Whiteley Yates").split()
END = date(2025, 6, 30)


# ------------------------------------------------------------------------------------------
def build_electrician(path: Path) -> None:
    rng = random.Random(6201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, type TEXT, town TEXT, phone TEXT,
                            created_on TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                       job_type TEXT, engineer TEXT, started_on TEXT, finished_on TEXT, status TEXT);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, ref TEXT, job_id INTEGER REFERENCES jobs(job_id),
                           customer_id INTEGER REFERENCES customers(customer_id), issued_on TEXT, due_on TEXT,
                           amount REAL, vat REAL, status TEXT);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, invoice_id INTEGER REFERENCES invoices(invoice_id),
                           paid_on TEXT, value REAL, method TEXT);
    """)
    towns = ["Halifax", "Hebden Bridge", "Todmorden", "Sowerby Bridge", "Brighouse", "Elland"]
    biz = ["Lettings", "Cafe", "Dental", "Motors", "Bakery", "Joinery", "Salon", "Pub", "Nursery", "Print"]
    customers = []
    for c in range(1, 201):
        t = rng.choices(["home", "business", "landlord"], [62, 24, 14])[0]
        name = f"{rng.choice(LAST)} {rng.choice(biz)}" if t == "business" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        phone = None if rng.random() < 0.12 else f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}"
        customers.append((c, name, t, rng.choices(towns, [8, 4, 3, 3, 4, 3])[0], phone,
                          day(rng, date(2021, 1, 1), date(2025, 5, 31)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", customers)
    kinds = {"fault finding": (90, 380, 1), "EICR": (140, 320, 1), "lighting": (220, 1400, 3),
             "consumer unit": (480, 950, 1), "EV charger": (750, 1350, 1), "rewire": (2600, 7800, 9),
             "sockets": (120, 640, 2)}
    engineers = ["Dave", "Kiran", "Lucy", "Tom"]
    jobs, invoices, payments = [], [], []
    jid = iid = pid = 0
    weights = [1 + 3 * (cu[2] != "home") + 4 * (cu[2] == "landlord") for cu in customers]
    for _ in range(1050):
        jid += 1
        cu = rng.choices(customers, weights)[0]
        kind = rng.choices(list(kinds), [20, 14, 12, 9, 7 + 0, 4, 15])[0]
        lo, hi, dur = kinds[kind]
        start = day(rng, max(date(2023, 1, 2), date.fromisoformat(cu[5])), END)
        if kind == "EV charger" and start.year == 2023 and rng.random() < 0.5:
            start = start.replace(year=2024)
        eng = rng.choices(engineers, [5, 4, 3, 3] if kind != "EV charger" else [2, 5, 2, 1])[0]
        fin = start + timedelta(days=rng.randrange(0, dur + 1))
        status = "done"
        if rng.random() < 0.05:
            status, fin = "cancelled", None
        elif fin > END or (END - start).days < 10 and rng.random() < 0.4:
            status, fin = "in progress", None
        jobs.append((jid, cu[0], kind, eng, start.isoformat(), fin.isoformat() if fin else None, status))
        if status != "done":
            continue
        iid += 1
        issued = fin + timedelta(days=rng.randrange(0, 6))
        if issued > END:
            issued = END
        amount = round(rng.uniform(lo, hi) / 5) * 5 + rng.choice([0, 0, 0.5, 0.75])
        vat = round(amount * 0.2, 2) if issued >= date(2024, 1, 1) else 0.0
        if rng.random() < 0.03:
            vat = None     # keyed in without VAT
        st = "sent"
        if rng.random() < 0.03:
            st = "void"
        elif (END - issued).days < 21 and rng.random() < 0.35:
            st = "draft"
        due = issued + timedelta(days=30 if cu[2] != "home" else 14)
        invoices.append((iid, f"INV-{issued.year}-{iid:04d}", jid, cu[0], issued.isoformat(), due.isoformat(),
                         amount, vat, st))
        if st != "sent":
            continue
        gross = round(amount + (vat or 0), 2)
        age = (END - issued).days
        r = rng.random()
        slow = {"home": 1.0, "business": 1.6, "landlord": 2.2}[cu[2]]
        if age < 25 and r < 0.55 or r < 0.06:
            parts = []                         # unpaid
        elif r < 0.16:
            first = round(gross * rng.choice([0.25, 0.3, 0.4, 0.5]), 2)
            parts = [first] if rng.random() < 0.6 or age < 60 else [first, round(gross - first, 2)]
        else:
            parts = [gross]
        d = issued
        for v in parts:
            d = d + timedelta(days=max(0, int(rng.expovariate(1 / (12 * slow)))))
            if d > END:
                break
            pid += 1
            method = rng.choices(["bank transfer", "card", "cash", "cheque"],
                                 [6, 3, 2 if d.year == 2023 else 1, 1.2 if d.year == 2023 else 0.4])[0]
            payments.append((pid, iid, d.isoformat(), v, method))
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?)", jobs)
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?,?,?,?)", invoices)
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?)", payments)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
ACC = {"Leash 7ft": 30, "Leash 9ft": 34, "Basecoat Wax": 4, "Tropical Wax": 4, "Cold Wax": 4, "Fin Set": 55,
       "Board Bag 7ft": 75, "Deck Grip": 40, "Wetsuit Boots 5mm": 45, "Gloves 3mm": 35, "Changing Poncho": 60,
       "Ding Repair Kit": 15}

CLO = {"Logo Tee": 25, "Hoodie": 60, "Boardshorts": 45, "Beanie": 20, "Cap": 22, "Fleece": 75}


def build_surfshop(path: Path) -> None:
    rng = random.Random(6202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE products (product_id INTEGER PRIMARY KEY, sku TEXT, name TEXT, type TEXT, brand TEXT,
                           list_price REAL, cost REAL, active INTEGER);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, email TEXT, town TEXT, joined_on TEXT);
    CREATE TABLE seasons (season_id INTEGER PRIMARY KEY, name TEXT, starts_on TEXT, ends_on TEXT);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, ref TEXT, sold_at TEXT, channel TEXT,
                        customer_id INTEGER REFERENCES customers(customer_id));
    CREATE TABLE sale_lines (line_id INTEGER PRIMARY KEY, sale_id INTEGER REFERENCES sales(sale_id),
                             product_id INTEGER REFERENCES products(product_id), qty INTEGER, unit_price REAL,
                             discount REAL);
    """)
    cat = {
        "surfboard": (["Torq", "NSP", "Firewire", "Channel Islands"], (320, 820), 5,
                      ["7'6 Mod Fun", "8'0 Funboard", "9'1 Longboard", "6'2 Shortboard", "7'2 Fish", "5'10 Twin"]),
        "softboard": (["Softech", "Mick Fanning", "Torq"], (160, 290), 6, ["7'0 Soft Top", "8'0 Soft Top", "6'0 Soft Top"]),
        "wetsuit": (["O'Neill", "Rip Curl", "C-Skins", "Patagonia"], (90, 420), 10,
                    ["Winter 5/4 Steamer", "Summer 3/2 Steamer", "Shorty 2mm", "Kids 4/3 Steamer", "Hooded 6/5"]),
        "accessory": (["FCS", "Ocean & Earth", "Sex Wax", "Creatures"], (6, 75), 24,
                      ["Leash 7ft", "Leash 9ft", "Basecoat Wax", "Tropical Wax", "Cold Wax", "Fin Set", "Board Bag 7ft",
                       "Deck Grip", "Wetsuit Boots 5mm", "Gloves 3mm", "Changing Poncho", "Ding Repair Kit"]),
        "clothing": (["Finisterre", "Salty Crew", "Rip Curl"], (18, 110), 12,
                     ["Logo Tee", "Hoodie", "Boardshorts", "Beanie", "Cap", "Fleece"]),
    }
    products, pid = [], 0
    for typ, (brands, (lo, hi), _, names) in cat.items():
        for nm in names:
            for b in rng.sample(brands, rng.choice([1, 1, 2])):
                pid += 1
                price = (ACC[nm] - 0.05 if typ == "accessory" else round(CLO[nm] * rng.uniform(0.9, 1.2)) - 0.01
                         if typ == "clothing" else round(rng.uniform(lo, hi)) - 0.01)
                cost = round(price * rng.uniform(0.45, 0.65), 2)
                products.append((pid, f"{typ[:3].upper()}-{pid:03d}", f"{b} {nm}", typ, b, price, cost,
                                 0 if rng.random() < 0.1 else 1))
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?,?,?,?)", products)
    towns = ["Newquay", "St Ives", "Bude", "Padstow", "Truro", "Falmouth", "Penzance"]
    customers = []
    for c in range(1, 321):
        f, ln = rng.choice(FIRST), rng.choice(LAST)
        customers.append((c, f"{f} {ln}", None if rng.random() < 0.15 else f"{f.lower()}.{ln.lower()}{c}@mail.com",
                          rng.choices(towns, [8, 3, 3, 2, 3, 2, 2])[0], day(rng, date(2021, 3, 1), date(2025, 6, 20)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", customers)
    seasons = [(1, "Winter 2022/23", "2022-10-01", "2023-03-31"), (2, "Summer 2023", "2023-04-01", "2023-09-30"),
               (3, "Winter 2023/24", "2023-10-01", "2024-03-31"), (4, "Summer 2024", "2024-04-01", "2024-09-30"),
               (5, "Winter 2024/25", "2024-10-01", "2025-03-31"), (6, "Summer 2025", "2025-04-01", "2025-09-30")]
    db.executemany("INSERT INTO seasons VALUES (?,?,?,?)", seasons)
    bytype = {t: [p for p in products if p[3] == t] for t in cat}
    tw = [cat[t][2] for t in cat]
    sales, lines, sid, lid = [], [], 0, 0
    sold = []
    fav = {c[0]: rng.random() ** 3 for c in customers}
    d = date(2023, 1, 1)
    while d <= END:
        summer = d.month in (5, 6, 7, 8, 9)
        n = rng.randrange(2, 7) + (rng.randrange(3, 8) if summer else 0) + (3 if d.weekday() >= 5 else 0)
        n = int(n * (1.0 + 0.12 * (d.year - 2023)))
        for _ in range(n):
            sid += 1
            ch = rng.choices(["shop", "online"], [7, 2 + (d.year - 2023) * 1.3])[0]
            cust = rng.choices(list(fav), list(fav.values()))[0] if ch == "online" or rng.random() < 0.35 else None
            if cust and customers[cust - 1][4] > d.isoformat():
                cust = None if ch == "shop" else cust
            t = datetime(d.year, d.month, d.day, rng.randrange(9, 18), rng.randrange(60))
            sales.append((sid, f"R{sid:06d}", t.strftime("%Y-%m-%d %H:%M"), ch, cust))
            for _k in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
                typ = rng.choices(list(cat), tw)[0]
                if typ == "wetsuit" and not summer and rng.random() < 0.3:
                    typ = "accessory"
                p = rng.choice(bytype[typ])
                if not p[7] and d.year == 2025:
                    continue
                qty = rng.choices([1, 2, 3, 5], [20, 4, 1, 1])[0] if "Wax" in p[2] else 1
                disc = None
                r = rng.random()
                if r < 0.12:
                    disc = rng.choice([0.1, 0.1, 0.15, 0.2])
                elif r < 0.15 and typ in ("wetsuit", "clothing", "surfboard"):
                    disc = 0.3 if d.month in (10, 11, 1) else 0.2
                elif r < 0.2:
                    disc = 0.0
                lid += 1
                lines.append((lid, sid, p[0], qty, p[5], disc))
                sold.append((sid, p, qty, disc, d, ch, cust))
        d += timedelta(days=1)
    # returns: a later sale whose line has a negative quantity
    for _s_id, p, qty, disc, d0, ch, cust in rng.sample(sold, len(sold) // 22):
        rate = {"wetsuit": 3.0, "clothing": 2.0}.get(p[3], 1.0)
        if rng.random() > rate / 3 or "Wax" in p[2]:
            continue
        rd = d0 + timedelta(days=rng.randrange(1, 20))
        if rd > END:
            continue
        sid += 1
        t = datetime(rd.year, rd.month, rd.day, rng.randrange(9, 18), rng.randrange(60))
        sales.append((sid, f"R{sid:06d}", t.strftime("%Y-%m-%d %H:%M"), ch, cust))
        lid += 1
        lines.append((lid, sid, p[0], -qty, p[5], disc))
    db.executemany("INSERT INTO sales VALUES (?,?,?,?,?)", sales)
    db.executemany("INSERT INTO sale_lines VALUES (?,?,?,?,?,?)", lines)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_barbers(path: Path) -> None:
    rng = random.Random(6203)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE barbers (barber_id INTEGER PRIMARY KEY, name TEXT, chair INTEGER, started_on TEXT, active INTEGER);
    CREATE TABLE services (service_id INTEGER PRIMARY KEY, name TEXT, minutes INTEGER, price REAL);
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, name TEXT, phone TEXT, first_visit TEXT);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                               barber_id INTEGER REFERENCES barbers(barber_id),
                               service_id INTEGER REFERENCES services(service_id), starts_at TEXT, type TEXT,
                               status TEXT, amount REAL, tip TEXT);
    """)
    barbers = [(1, "Marco Bellini", 1, "2019-04-01", 1), (2, "Jake Thornton", 2, "2020-08-15", 0),
               (3, "Sam Okoro", 3, "2021-02-01", 1), (4, "Dee Walsh", 2, "2024-10-07", 1),
               (5, "Ali Hassan", 4, "2022-06-13", 1)]
    db.executemany("INSERT INTO barbers VALUES (?,?,?,?,?)", barbers)
    services = [(1, "Haircut", 30, 18.0), (2, "Skin Fade", 40, 22.0), (3, "Beard Trim", 15, 10.0),
                (4, "Cut & Beard", 45, 26.0), (5, "Kids Cut", 20, 12.0), (6, "Hot Towel Shave", 30, 20.0),
                (7, "Buzz Cut", 15, 11.0), (8, "Hair Colour", 60, 38.0)]
    db.executemany("INSERT INTO services VALUES (?,?,?,?)", services)
    clients = []
    for c in range(1, 451):
        clients.append((c, f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        None if rng.random() < 0.18 else f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}",
                        None))
    regular = {c: rng.random() ** 4 for c in range(1, 451)}
    for c, w in zip([17, 42, 88, 133, 201, 256, 311, 377, 402, 420], [3.2, 3.0, 2.8, 2.6, 2.4, 2.2, 2.0, 1.9, 1.8, 1.7]):
        regular[c] = w
    home = {c: rng.randrange(1, 6) for c in range(1, 451)}
    flaky = {7: 0.45, 64: 0.4, 150: 0.35, 233: 0.32, 299: 0.28}
    for c in flaky:
        regular[c] = 0.7
    appts, aid = [], 0
    d = date(2023, 1, 2)
    last = date(2025, 7, 19)
    while d <= last:
        if d.weekday() != 6:                # closed on Sundays
            on = [b for b in barbers if date.fromisoformat(b[3]) <= d and not (b[0] == 2 and d > date(2024, 9, 27))]
            for b in on:
                busy = 3 if b[0] == 3 and d.year == 2025 else 0     # Sam took over Jake's regulars
                for _ in range(rng.randrange(5, 10) + (3 if d.weekday() == 5 else 0) + busy):
                    aid += 1
                    typ = rng.choices(["walk-in", "phone", "online"],
                                      [4, 3 - 0.8 * (d.year - 2023), 3 + 1.2 * (d.year - 2023)])[0]
                    cl, bb = None, b
                    if typ != "walk-in" or rng.random() < 0.5:
                        cl = rng.choices(list(regular), list(regular.values()))[0]
                        if cl in regular and regular[cl] > 1.5 and rng.random() < 0.7:
                            bb = barbers[home[cl] - 1] if home[cl] in [x[0] for x in on] else b
                    svc = rng.choices(services, [30, 22, 9, 14, 9, 4, 7, 2 if bb[0] != 3 else 6])[0]
                    hour = rng.choices(range(9, 19), [4, 6, 7, 8, 6, 6, 7, 9, 10, 5] if d.weekday() != 5
                                       else [9, 10, 10, 8, 7, 6, 5, 4, 2, 1])[0]
                    t = datetime(d.year, d.month, d.day, hour, rng.choice([0, 15, 30, 45]))
                    if d > END:
                        status = "booked"
                    elif typ == "walk-in":
                        status = "done"
                    else:
                        p = flaky.get(cl, 0.09 - 0.015 * (d.year - 2023) if typ == "online" else 0.06)
                        status = rng.choices(["no-show", "cancelled", "done"], [p, 0.09, 1 - p - 0.09])[0]
                    amount = tip = None
                    if status == "done":
                        amount = svc[3] if rng.random() > 0.08 else round(svc[3] * 0.8, 2)
                        r = rng.random()
                        tip = ("" if r < 0.45 else f"{rng.choice([1, 2, 2, 3, 4, 5]):.2f}") if r < 0.96 else None
                    appts.append((aid, cl, bb[0], svc[0], t.strftime("%Y-%m-%d %H:%M"), typ, status, amount, tip))
        d += timedelta(days=1)
    firsts = {}
    for a in appts:
        if a[1] and a[6] == "done":
            firsts.setdefault(a[1], a[4][:10])
    clients = [(c[0], c[1], c[2], firsts.get(c[0])) for c in clients]
    db.executemany("INSERT INTO clients VALUES (?,?,?,?)", clients)
    db.executemany("INSERT INTO appointments VALUES (?,?,?,?,?,?,?,?,?)", appts)
    db.commit()
    db.close()


BUILDERS = {"electrician": build_electrician, "surfshop": build_surfshop, "barbers": build_barbers}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
