"""Held-out evaluation set 34: three SQLite databases (a home-renovation contractor, a wine
subscription club, a glamping site) and hand-written analyst conversations over them, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout34/build.py [OUT_DIR]   # writes refits.sqlite, wineclub.sqlite, glamping.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout34), checks every
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

FIRST = ("Aoife Bram Celia Dario Esme Felix Gwen Henrik Isla Jasper Kofi Lena Marek Nadia Orla Pavel "
         "Rhea Stellan Tamsin Ugo Vera Wilf Xenia Yusuf Zora").split()
LAST = ("Abbott Brennan Castillo Doyle Egan Farrow Greco Hartley Ibsen Jovanovic Kerr Lindqvist Mensah "
        "Nakamura O'Neill Pryce Quinlan Ridley Sato Thorne").split()


def names(rng: random.Random, n: int) -> list[str]:
    pool = [f"{f} {s}" for f in FIRST for s in LAST]
    return rng.sample(pool, n)


# ------------------------------------------------------------------------------------------
def build_refits(path: Path) -> None:
    rng = random.Random(3401)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT, town TEXT, referred TEXT);
    CREATE TABLE projects (project_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                           project_type TEXT, quote_date TEXT, quoted_amount REAL, invoiced_amount REAL,
                           start_date TEXT, finish_date TEXT, permit_needed INTEGER);
    CREATE TABLE project_status_log (log_id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES projects(project_id),
                                     status TEXT, changed_on TEXT);
    CREATE TABLE tradespeople (tradesperson_id INTEGER PRIMARY KEY, full_name TEXT, trade TEXT, day_rate REAL,
                               is_subcontractor INTEGER);
    CREATE TABLE project_assignments (project_id INTEGER REFERENCES projects(project_id),
                                      tradesperson_id INTEGER REFERENCES tradespeople(tradesperson_id),
                                      days_worked REAL);
    """)
    towns = ["Bath", "Bristol", "Frome", "Wells", "Chippenham", "Trowbridge"]
    cust = names(rng, 180)
    db.executemany("INSERT INTO customers VALUES (?,?,?,?)",
                   [(i + 1, n, rng.choices(towns, [5, 9, 3, 2, 3, 2])[0], rng.choice("YNNN")) for i, n in enumerate(cust)])
    trades = ["Carpenter", "Plumber", "Electrician", "Tiler", "Plasterer"]
    tp = []
    for i, n in enumerate(names(random.Random(3402), 22)):
        t = trades[i % 5]
        tp.append((i + 1, n, t, round(rng.uniform(160, 290) + i * 0.37, 2), 1 if rng.random() < 0.35 else 0))
    db.executemany("INSERT INTO tradespeople VALUES (?,?,?,?,?)", tp)
    base = {"Kitchen": 18000, "Bathroom": 9000, "Extension": 45000, "Loft": 38000, "Garden Room": 22000}
    projects, log, assign = [], [], []
    lid = 0
    for pid in range(1, 321):
        pt = rng.choices(list(base), [10, 9, 3, 2, 3])[0]
        qd = day(rng, date(2022, 1, 1), date(2025, 6, 30))
        quoted = round(base[pt] * rng.uniform(0.6, 1.6), 2)
        permit = 1 if pt in ("Extension", "Loft") or rng.random() < 0.1 else 0
        events = [("quoted", qd)]
        start = finish = None
        invoiced = None
        r = rng.random()
        if r < 0.2:
            events.append(("declined", qd + timedelta(days=rng.randrange(5, 40))))
        else:
            acc = qd + timedelta(days=rng.randrange(3, 30))
            events.append(("accepted", acc))
            s = acc + timedelta(days=rng.randrange(10, 60))
            if s <= date(2025, 9, 30):
                start = s
                events.append(("started", s))
                cur = s
                if rng.random() < 0.2:
                    h = cur + timedelta(days=rng.randrange(3, 20))
                    events.append(("on hold", h))
                    cur = h + timedelta(days=rng.randrange(5, 30) + (41 if pid == 148 else 0))
                    events.append(("resumed", cur))
                f = cur + timedelta(days=rng.randrange(10, {"Extension": 120, "Loft": 90}.get(pt, 40)))
                if rng.random() < 0.04:
                    events.append(("cancelled", cur + timedelta(days=5)))
                elif f <= date(2025, 9, 30):
                    finish = f
                    events.append(("completed", f))
                    invoiced = round(quoted * rng.choice([1, 1, 1, 1.05, 1.08, 1.12, 0.97, 1.2]) + rng.randrange(0, 400), 2)
                for t in rng.sample(range(1, 23), rng.randrange(1, 5)):
                    assign.append((pid, t, rng.choice([0.5, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15])))
        for st, d in events:
            lid += 1
            log.append((lid, pid, st, d.isoformat()))
        projects.append((pid, rng.randrange(1, 181), pt, qd.isoformat(), quoted, invoiced,
                         start and start.isoformat(), finish and finish.isoformat(), permit))
    db.executemany("INSERT INTO projects VALUES (?,?,?,?,?,?,?,?,?)", projects)
    db.executemany("INSERT INTO project_status_log VALUES (?,?,?,?)", log)
    db.executemany("INSERT INTO project_assignments VALUES (?,?,?)", assign)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_wineclub(path: Path) -> None:
    rng = random.Random(3411)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, city TEXT, joined_on TEXT,
                          auto_renew TEXT, cancelled_on TEXT, referred_by INTEGER REFERENCES members(member_id));
    CREATE TABLE plans (plan_id INTEGER PRIMARY KEY, plan_name TEXT, bottles_per_box INTEGER, list_price REAL);
    CREATE TABLE boxes (box_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                        plan_id INTEGER REFERENCES plans(plan_id), ship_date TEXT, list_price REAL,
                        charged_amount REAL, discount_code TEXT, delivered INTEGER);
    CREATE TABLE box_events (event_id INTEGER PRIMARY KEY, box_id INTEGER REFERENCES boxes(box_id),
                             event_type TEXT, event_time TEXT);
    CREATE TABLE wines (wine_id INTEGER PRIMARY KEY, wine_name TEXT, country TEXT, grape TEXT, vintage INTEGER,
                        cost_price REAL, is_organic INTEGER);
    CREATE TABLE box_wines (box_id INTEGER REFERENCES boxes(box_id), wine_id INTEGER REFERENCES wines(wine_id),
                            bottles INTEGER);
    """)
    plans = [("Discovery", 3, 39.0), ("Classic", 6, 72.0), ("Reserve", 6, 119.0), ("Sparkling Duo", 2, 45.0),
             ("Collector", 12, 240.0)]
    db.executemany("INSERT INTO plans VALUES (?,?,?,?)", [(i + 1, *p) for i, p in enumerate(plans)])
    wines = [("Ridgeback Shiraz", "Australia", "Shiraz"), ("Cerro Alto Malbec", "Argentina", "Malbec"),
             ("Domaine Lys Sancerre", "France", "Sauvignon Blanc"), ("Château Pellin", "France", "Merlot"),
             ("Kowhai Bay Sauvignon", "New Zealand", "Sauvignon Blanc"), ("Villa Corta Chianti", "Italy", "Sangiovese"),
             ("Monte Rubio Rioja", "Spain", "Tempranillo"), ("Alta Vista Albariño", "Spain", "Albariño"),
             ("Sonnenhang Riesling", "Germany", "Riesling"), ("Cape Fynbos Chenin", "South Africa", "Chenin Blanc"),
             ("Quinta do Rio Tinto", "Portugal", "Touriga Nacional"), ("Bellwether Pinot Noir", "New Zealand", "Pinot Noir"),
             ("Casa Lumen Prosecco", "Italy", "Glera"), ("Maison Vey Crémant", "France", "Chardonnay"),
             ("Old Vine Zinfandel", "USA", "Zinfandel"), ("Sierra Gris Garnacha", "Spain", "Grenache"),
             ("Barossa Gold Cabernet", "Australia", "Cabernet Sauvignon"), ("Lago Nero Pinot Grigio", "Italy", "Pinot Grigio"),
             ("Valle Frio Carmenère", "Chile", "Carmenère"), ("Hillcrest English Sparkling", "England", "Chardonnay"),
             ("Domaine Aubre Chablis", "France", "Chardonnay"), ("Rosso di Collina", "Italy", "Nebbiolo")]
    db.executemany("INSERT INTO wines VALUES (?,?,?,?,?,?,?)",
                   [(i + 1, n, c, g, rng.randrange(2015, 2024), round(rng.uniform(4.5, 22) + i * 0.013, 2),
                     1 if rng.random() < 0.3 else 0) for i, (n, c, g) in enumerate(wines)])
    cities = ["London", "Manchester", "Edinburgh", "Cardiff", "Leeds", "Brighton", "Norwich"]
    mem = []
    for i, n in enumerate(names(rng, 260)):
        j = day(rng, date(2021, 3, 1), date(2025, 3, 31))
        canc = day(rng, j + timedelta(days=60), date(2025, 10, 31)).isoformat() \
            if rng.random() < 0.3 and j < date(2025, 8, 1) else None
        ref = rng.randrange(1, i + 1) if i > 10 and rng.random() < 0.2 else None
        mem.append((i + 1, n, rng.choices(cities, [9, 4, 3, 2, 3, 2, 1])[0], j.isoformat(), rng.choice("YYYN"), canc, ref))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?)", mem)
    boxes, events, bw = [], [], []
    bid = eid = 0
    codes = ["WELCOME20", "SPRING10", "FRIEND15", "XMAS25"]
    for m in mem:
        plan = rng.choices(range(1, 6), [8, 10, 5, 3, 1])[0]
        d = date.fromisoformat(m[3]) + timedelta(days=rng.randrange(1, 10))
        end = date.fromisoformat(m[5]) if m[5] else date(2025, 10, 31)
        first = True
        while d <= end:
            bid += 1
            lp = plans[plan - 1][2]
            code = "WELCOME20" if first and rng.random() < 0.5 else (rng.choice(codes[1:]) if rng.random() < 0.08 else None)
            pct = {"WELCOME20": 0.2, "SPRING10": 0.1, "FRIEND15": 0.15, "XMAS25": 0.25, None: 0}[code]
            charged = round(lp * (1 - pct), 2)
            t = datetime(d.year, d.month, d.day, rng.randrange(8, 17), rng.randrange(60))
            evs = [("packed", t - timedelta(hours=rng.randrange(5, 30))), ("shipped", t)]
            delivered = 1
            x = rng.random()
            if x < 0.03:
                evs.append(("lost", t + timedelta(days=6)))
                delivered = 0
            else:
                dt = t + timedelta(hours=rng.randrange(18, 90))
                evs.append(("delivered", dt))
                if x < 0.07:
                    evs.append(("reported damaged", dt + timedelta(hours=rng.randrange(2, 48))))
            for ev, when in evs:
                eid += 1
                events.append((eid, bid, ev, when.strftime("%Y-%m-%d %H:%M")))
            boxes.append((bid, m[0], plan, d.isoformat(), lp, charged, code, delivered))
            nb = plans[plan - 1][1]
            pool = [13, 14, 20] if plan == 4 else list(range(1, 23))
            picks = rng.sample(pool, min(len(pool), max(1, nb // 2 if nb > 3 else nb)))
            left = nb
            for k, w in enumerate(picks):
                b = left if k == len(picks) - 1 else max(1, min(left - (len(picks) - k - 1), rng.choice([1, 2])))
                left -= b
                if b > 0:
                    bw.append((bid, w, b))
            first = False
            if rng.random() < 0.04 and plan < 5:
                plan += 1
            d = d + timedelta(days=rng.choice([28, 30, 31, 35, 56]))
    db.executemany("INSERT INTO boxes VALUES (?,?,?,?,?,?,?,?)", boxes)
    db.executemany("INSERT INTO box_events VALUES (?,?,?,?)", events)
    db.executemany("INSERT INTO box_wines VALUES (?,?,?)", bw)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_glamping(path: Path) -> None:
    rng = random.Random(3421)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, site_type TEXT, sleeps INTEGER,
                        nightly_rate REAL, hot_tub INTEGER, dogs_allowed TEXT);
    CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, guest_name TEXT, country TEXT, newsletter TEXT,
                         first_stay TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, guest_id INTEGER REFERENCES guests(guest_id),
                           site_id INTEGER REFERENCES sites(site_id), booked_on TEXT, arrival_date TEXT,
                           nights INTEGER, party_size INTEGER, list_total REAL, paid_total REAL, channel TEXT,
                           cancelled INTEGER, review_score INTEGER);
    CREATE TABLE extras (extra_id INTEGER PRIMARY KEY, extra_name TEXT, price REAL);
    CREATE TABLE booking_extras (booking_id INTEGER REFERENCES bookings(booking_id),
                                 extra_id INTEGER REFERENCES extras(extra_id), qty INTEGER);
    CREATE TABLE site_closures (closure_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id),
                                closed_from TEXT, reopened_on TEXT, reason TEXT);
    """)
    sites = [("Owl Hollow", "Treehouse", 4, 189.0, 1, "N"), ("Fernbrake", "Treehouse", 2, 165.0, 1, "N"),
             ("Larch Yurt", "Yurt", 5, 119.0, 0, "Y"), ("Birch Yurt", "Yurt", 4, 112.0, 1, "Y"),
             ("Meadow Hut", "Shepherd Hut", 2, 95.0, 0, "Y"), ("Brook Hut", "Shepherd Hut", 2, 99.0, 1, "Y"),
             ("Sunrise Bell", "Bell Tent", 4, 72.0, 0, "Y"), ("Foxglove Bell", "Bell Tent", 6, 84.0, 0, "N"),
             ("Heron Cabin", "Cabin", 6, 210.0, 1, "Y"), ("Kestrel Cabin", "Cabin", 4, 175.0, 0, "N"),
             ("Willow Pod", "Pod", 2, 79.0, 0, "Y"), ("Moss Pod", "Pod", 3, 86.0, 1, "N")]
    db.executemany("INSERT INTO sites VALUES (?,?,?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sites)])
    extras = [("Firewood bundle", 12.0), ("Breakfast hamper", 28.0), ("Late checkout", 20.0), ("Dog pack", 15.0),
              ("Hot tub top-up", 25.0), ("Bike hire (day)", 18.0), ("Celebration cake", 32.0)]
    db.executemany("INSERT INTO extras VALUES (?,?,?)", [(i + 1, *e) for i, e in enumerate(extras)])
    countries = ["UK", "Ireland", "Germany", "Netherlands", "France", "USA"]
    gl = []
    for i, n in enumerate(names(rng, 300)):
        gl.append((i + 1, n, rng.choices(countries, [20, 3, 3, 3, 2, 1])[0], rng.choice("YN"), None))
    bookings, bx = [], []
    first_stay: dict[int, str] = {}
    for bid in range(1, 1101):
        g = rng.randrange(1, 301)
        s = rng.choices(range(1, 13), [9, 7, 8, 8, 6, 7, 6, 5, 10, 6, 4, 4])[0]
        arr = day(rng, date(2023, 3, 1), date(2025, 10, 31))
        if arr.month in (12, 1, 2):
            arr = arr + timedelta(days=60)
        booked = arr - timedelta(days=rng.randrange(1, 200))
        nights = rng.choices([1, 2, 3, 4, 5, 7], [2, 8, 5, 3, 2, 2])[0]
        party = rng.randrange(1, sites[s - 1][2] + 1)
        lt = round(sites[s - 1][3] * nights, 2)
        ch = rng.choices(["direct", "Airbnb", "Booking.com", "phone"], [8, 6, 4, 2])[0]
        disc = rng.choice([1, 1, 1, 0.9, 0.85]) if ch == "direct" else rng.choice([1, 1, 0.95])
        canc = 1 if rng.random() < 0.09 else 0
        paid = round(lt * disc, 2) if not canc else round(lt * rng.choice([0, 0, 0.25, 0.5]), 2)
        score = None if canc or rng.random() < 0.4 else rng.choices([2, 3, 4, 5], [1, 3, 8, 10])[0]
        bookings.append((bid, g, s, booked.isoformat(), arr.isoformat(), nights, party, lt, paid, ch, canc, score))
        if not canc:
            if g not in first_stay or arr.isoformat() < first_stay[g]:
                first_stay[g] = arr.isoformat()
            for e in rng.sample(range(1, 8), rng.choices([0, 1, 2, 3], [5, 4, 2, 1])[0]):
                if e == 4 and sites[s - 1][5] == "N":
                    continue
                if e == 5 and not sites[s - 1][4]:
                    continue
                bx.append((bid, e, rng.choices([1, 2, 3], [6, 2, 1])[0]))
    gl = [(a, b, c, d, first_stay.get(a)) for a, b, c, d, _ in gl]
    db.executemany("INSERT INTO guests VALUES (?,?,?,?,?)", gl)
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", bookings)
    db.executemany("INSERT INTO booking_extras VALUES (?,?,?)", bx)
    clos = []
    reasons = ["storm damage", "hot tub repair", "deep clean", "roof repair", "winter closure", "pest control"]
    for cid in range(1, 31):
        s = rng.randrange(1, 13)
        f = day(rng, date(2023, 1, 1), date(2025, 10, 20))
        ro = None if cid in (7, 23) else (f + timedelta(days=rng.randrange(2, 40))).isoformat()
        clos.append((cid, s, f.isoformat(), ro, rng.choice(reasons)))
    db.executemany("INSERT INTO site_closures VALUES (?,?,?,?,?)", clos)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"refits": build_refits, "wineclub": build_wineclub, "glamping": build_glamping}, SETS))
