"""Held-out set heldout70: three SQLite databases read by a product analyst (A/B tests, funnels,
sessions) — an online mattress retailer with experiment assignments beside its orders
(`mattress`), a sneaker webshop's product-page funnel (`sneakers`) and a kitchenware site's
sessions (`cookware`) — and hand-written conversations over them, written before the engine was
run on them (see README.md in this folder).

    python bench/heldout70/build.py [OUT_DIR]   # writes mattress.sqlite, sneakers.sqlite, cookware.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout70), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import math
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


def moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))


# ------------------------------------------------------------------------------------------
def build_mattress(path: Path) -> None:
    """Dreamwell Sleep: users, experiments, an assignment log (duplicates: the first counts) and orders."""
    rng = random.Random(7001)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE users (user_id INTEGER PRIMARY KEY, signup_date TEXT, country TEXT, device_type TEXT,
                        marketing_opt_in INTEGER);
    CREATE TABLE Experiments (ExperimentKey TEXT PRIMARY KEY, Title TEXT, StartDate TEXT, EndDate TEXT,
                              Status TEXT);
    CREATE TABLE experiment_assignment (user_id INTEGER REFERENCES users(user_id), experiment TEXT
                                        REFERENCES Experiments(ExperimentKey), variant TEXT, assigned_at TEXT);
    CREATE TABLE orders (orderId INTEGER PRIMARY KEY, userId INTEGER REFERENCES users(user_id), orderedAt TEXT,
                         product TEXT, amountGbp REAL, orderStatus TEXT);
    """)
    exps = [("free-pillow", "Free pillow with any mattress", "2024-09-02", "2024-10-13", "completed"),
            ("sticky-checkout", "Sticky add-to-basket button", "2024-10-14", "2024-11-24", "completed"),
            ("price-anchor", "Was/now price anchoring on product pages", "2024-11-25", "2025-01-12", "completed"),
            ("delivery-badge", "Next-day delivery badge", "2025-02-03", None, "planned")]
    db.executemany("INSERT INTO Experiments VALUES (?,?,?,?,?)", exps)
    variants = {"free-pillow": ["control", "free_pillow"], "sticky-checkout": ["control", "sticky"],
                "price-anchor": ["control", "anchor_a", "anchor_b"]}
    lift = {("free_pillow", "mobile"): 0.045, ("free_pillow", "desktop"): 0.015, ("free_pillow", "tablet"): 0.02,
            ("sticky", "mobile"): 0.035, ("sticky", "desktop"): 0.004, ("sticky", "tablet"): 0.01,
            ("anchor_a", "mobile"): 0.01, ("anchor_a", "desktop"): 0.012, ("anchor_a", "tablet"): 0.01,
            ("anchor_b", "mobile"): 0.022, ("anchor_b", "desktop"): 0.03, ("anchor_b", "tablet"): 0.02}
    base = {"mobile": 0.075, "desktop": 0.115, "tablet": 0.085}
    products = [("Classic Hybrid", 499.0), ("Memory Foam Plus", 699.0), ("Luxe Pocket Sprung", 949.0),
                ("Kids Single", 299.0), ("Mattress Topper", 149.0)]

    users = []
    for u in range(1, 3601):
        late = u > 3250
        signup = day(rng, date(2024, 9, 1), date(2025, 1, 20)) if late else day(rng, date(2022, 6, 1), date(2024, 8, 31))
        users.append((u, signup.isoformat(), rng.choices(["UK", "Ireland", "Germany", "Netherlands", "France"],
                                                         [10, 2, 4, 2, 3])[0],
                      rng.choices(["mobile", "desktop", "tablet"], [55, 38, 7])[0],
                      rng.choices([1, 0, None], [45, 52, 3])[0]))
    db.executemany("INSERT INTO users VALUES (?,?,?,?,?)", users)

    assign, orders = [], []

    def order(uid, when, variant=None):
        w = [9, 4, 2, 1, 2]
        if variant == "free_pillow":
            w = [4, 6, 2, 1, 1]
        if variant == "anchor_b":
            w = [4, 4, 4, 1, 1]
        name, price = rng.choices(products, w)[0]
        amt = round(price * rng.choice([1, 1, 1, 0.9, 0.85, 0.8]), 2)
        status = rng.choices(["completed", "cancelled"], [90, 10])[0]
        orders.append([uid, when.strftime("%Y-%m-%d %H:%M:%S"), name, amt, status])

    pool = [u for u in users if u[0] <= 3250]
    rng.shuffle(pool)
    cut = {"free-pillow": pool[:1000], "sticky-checkout": pool[1000:2100], "price-anchor": pool[2100:3000]}
    for e, members in cut.items():
        ex = next(x for x in exps if x[0] == e)
        start, end = datetime.fromisoformat(ex[2]), datetime.fromisoformat(ex[3]) + timedelta(hours=23, minutes=59)
        for u in members:
            uid, dev = u[0], u[3]
            at = moment(rng, start, end - timedelta(days=2))
            v = rng.choice(variants[e])
            assign.append((uid, e, v, at.strftime("%Y-%m-%d %H:%M:%S")))
            if rng.random() < 0.06:     # re-bucketed later (a cookie reset): the first assignment counts
                v2 = rng.choice(variants[e])
                assign.append((uid, e, v2, (at + timedelta(minutes=rng.randrange(3, 14000))).strftime(
                    "%Y-%m-%d %H:%M:%S")))
            if rng.random() < 0.13:     # an order from before the test
                order(uid, moment(rng, datetime(2023, 6, 1), at - timedelta(days=1)))
            p = base[dev] + lift.get((v, dev), 0)
            if rng.random() < p:
                order(uid, moment(rng, at + timedelta(minutes=5), end), v)
                if rng.random() < 0.1:
                    order(uid, moment(rng, at + timedelta(minutes=5), end), v)
    for u in users:
        if u[0] > 3250 or u[0] in {x[0] for x in pool[3000:]}:
            if rng.random() < 0.22:
                lo = max(datetime.fromisoformat(u[1]), datetime(2023, 6, 1))
                order(u[0], moment(rng, lo, datetime(2025, 1, 31, 23, 0)))
    assign.sort(key=lambda a: a[3])
    db.executemany("INSERT INTO experiment_assignment VALUES (?,?,?,?)", assign)
    orders.sort(key=lambda o: o[1])
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?)", [(i + 1, *o) for i, o in enumerate(orders)])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_sneakers(path: Path) -> None:
    """KickLab: web sessions (an A/B test of a new product page from March), one funnel event per
    session per step, and the products."""
    rng = random.Random(7002)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Products (SKU TEXT PRIMARY KEY, Brand TEXT, Model TEXT, Category TEXT, ListPrice REAL);
    CREATE TABLE web_sessions (sessionId TEXT PRIMARY KEY, visitorId TEXT, startedAt TEXT, deviceType TEXT,
                               country TEXT, landingPage TEXT, abVariant TEXT, isNewVisitor INTEGER);
    CREATE TABLE funnel_events (session_id TEXT REFERENCES web_sessions(sessionId), step TEXT, event_time TEXT,
                                sku TEXT REFERENCES Products(SKU), revenue REAL);
    """)
    prods = [("NK-PEG41", "Nike", "Pegasus 41", "Running", 139.99), ("NK-AF1", "Nike", "Air Force 1", "Lifestyle", 119.99),
             ("NK-DUNK", "Nike", "Dunk Low", "Lifestyle", 129.99), ("NK-LBJ21", "Nike", "LeBron XXI", "Basketball", 199.99),
             ("AD-SAMBA", "Adidas", "Samba OG", "Lifestyle", 109.95), ("AD-ULTRA", "Adidas", "Ultraboost 5", "Running", 189.95),
             ("AD-GAZ", "Adidas", "Gazelle", "Lifestyle", 99.95), ("AD-HARD", "Adidas", "Harden Vol. 8", "Basketball", 159.95),
             ("NB-550", "New Balance", "550", "Lifestyle", 129.0), ("NB-1080", "New Balance", "Fresh Foam 1080v14",
                                                                    "Running", 174.0),
             ("NB-9060", "New Balance", "9060", "Lifestyle", 159.0), ("AS-NIM", "Asics", "Gel-Nimbus 26", "Running", 179.9),
             ("AS-K14", "Asics", "Gel-Kayano 31", "Running", 184.9), ("AS-1130", "Asics", "Gel-1130", "Lifestyle", 109.9),
             ("PU-SUEDE", "Puma", "Suede Classic", "Lifestyle", 84.95), ("PU-MB04", "Puma", "MB.04", "Basketball", 129.95),
             ("VN-OLDS", "Vans", "Old Skool", "Skate", 79.0), ("VN-KNU", "Vans", "Knu Skool", "Skate", 89.0),
             ("VN-SK8", "Vans", "Sk8-Hi", "Skate", 84.0)]
    db.executemany("INSERT INTO Products VALUES (?,?,?,?,?)", prods)
    pw = [9, 7, 8, 2, 9, 4, 6, 2, 6, 3, 5, 3, 2, 3, 3, 2, 5, 3, 3]
    landing = ["/home", "/new-arrivals", "/sale", "/brand/nike", "/product"]
    atc = {"/home": 0.24, "/new-arrivals": 0.28, "/sale": 0.37, "/brand/nike": 0.31, "/product": 0.33}
    sessions, events = [], []
    start = datetime(2025, 2, 1)
    for _i in range(7200):
        t = moment(rng, start, datetime(2025, 3, 31, 23, 50))
        dev = rng.choices(["mobile", "desktop", "tablet", None], [58, 34, 6, 2])[0]
        sessions.append([t, f"v{rng.randrange(1, 4201):05d}", dev, rng.choices(["DE", "FR", "NL", "BE", "AT"],
                                                                               [9, 6, 4, 2, 2])[0],
                         rng.choices(landing, [6, 3, 4, 2, 5])[0]])
    sessions.sort(key=lambda s: s[0])
    seen = set()
    rows = []
    for i, (t, vis, dev, ctry, lp) in enumerate(sessions):
        sid = f"s{100001 + i}"
        new = 0 if vis in seen else 1
        seen.add(vis)
        var = rng.choice(["A", "B"]) if t >= datetime(2025, 3, 1) else None
        rows.append((sid, vis, t.strftime("%Y-%m-%dT%H:%M:%SZ"), dev, ctry, lp, var, new))
        sku, price = rng.choices([(p[0], p[4]) for p in prods], pw)[0]
        ts = t + timedelta(seconds=rng.randrange(2, 40))
        fmt = "%Y-%m-%dT%H:%M:%SZ"
        events.append((sid, "view", ts.strftime(fmt), sku, None))
        p_add = atc[lp] + (0.07 if var == "B" and dev == "mobile" else 0.02 if var == "B" else 0) \
            - (0.05 if dev == "mobile" else 0) + (0.03 if new == 0 else 0)
        if rng.random() >= p_add:
            continue
        ts += timedelta(seconds=rng.randrange(40, 900))
        events.append((sid, "add_to_cart", ts.strftime(fmt), sku, None))
        express = rng.random() < 0.05
        if not express:
            if rng.random() >= (0.52 if dev == "mobile" else 0.6):
                continue
            ts += timedelta(seconds=rng.randrange(30, 600))
            events.append((sid, "checkout", ts.strftime(fmt), sku, None))
            if rng.random() >= (0.6 if new else 0.7):
                continue
        ts += timedelta(seconds=rng.randrange(30 if not express else 60, 480 if not express else 1500))
        qty = rng.choices([1, 2], [9, 1])[0]
        rev = round(price * qty * (0.8 if lp == "/sale" else 1), 2)
        events.append((sid, "purchase", ts.strftime(fmt), sku, None if rng.random() < 0.02 else rev))
    db.executemany("INSERT INTO web_sessions VALUES (?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO funnel_events VALUES (?,?,?,?,?)", events)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_cookware(path: Path) -> None:
    """PanCraft: visitors, sessions (device, traffic source, duration in seconds, bounced 'Y'/'N', a
    free-shipping-banner test from 13 January) and orders with text-formatted totals."""
    rng = random.Random(7003)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Visitors (VisitorID INTEGER PRIMARY KEY, FirstSeen TEXT, Country TEXT, NewsletterSub TEXT);
    CREATE TABLE Sessions (SessionID INTEGER PRIMARY KEY, VisitorID INTEGER REFERENCES Visitors(VisitorID),
                           StartTime TEXT, Device TEXT, TrafficSource TEXT, VisitorType TEXT, DurationSec INTEGER,
                           Bounced TEXT, PagesViewed INTEGER, ExpGroup TEXT);
    CREATE TABLE order_header (order_ref TEXT PRIMARY KEY, session_id INTEGER REFERENCES Sessions(SessionID),
                               placed_at TEXT, order_total TEXT, coupon_code TEXT, status TEXT);
    """)
    sources = ["Organic Search", "Paid Search", "Email", "Social", "Direct", "Referral"]
    sw = [30, 20, 10, 18, 15, 7]
    bounce = {"Organic Search": 0.3, "Paid Search": 0.38, "Email": 0.18, "Social": 0.5, "Direct": 0.24,
              "Referral": 0.29}
    conv = {"Organic Search": 0.05, "Paid Search": 0.045, "Email": 0.09, "Social": 0.02, "Direct": 0.07,
            "Referral": 0.04}
    visitors, raw = [], []
    end = datetime(2025, 2, 28, 23, 59)
    for v in range(1, 3801):
        first = moment(rng, datetime(2024, 12, 1), end)
        visitors.append((v, first.date().isoformat(), rng.choices(["United Kingdom", "Ireland", "United States",
                                                                    "Germany", "France"], [12, 2, 3, 2, 1])[0],
                         rng.choices(["yes", "no", None], [30, 66, 4])[0]))
        dev = rng.choices(["Mobile", "Desktop", "Tablet"], [57, 35, 8])[0]
        t = first
        for k in range(1 + min(int(rng.expovariate(0.75)), 9)):
            if t > end:
                break
            raw.append((t, v, dev if rng.random() < 0.85 else rng.choice(["Mobile", "Desktop", "Tablet"]),
                        k == 0))
            t += timedelta(hours=rng.randrange(2, 24 * 20))
    db.executemany("INSERT INTO Visitors VALUES (?,?,?,?)", visitors)
    raw.sort(key=lambda r: r[0])
    grp = {v[0]: rng.choice(["control", "banner"]) for v in visitors}
    sessions, orders = [], []
    coupons = [None] * 12 + ["WELCOME10"] * 3 + ["FREESHIP"] * 2 + ["JAN15"]
    for i, (t, v, dev, new) in enumerate(raw):
        sid = 50001 + i
        src = rng.choices(sources, sw)[0]
        b = rng.random() < bounce[src] + (0.08 if dev == "Mobile" else 0) + (0.05 if new else 0)
        if b:
            dur, pages = 0, 1
        else:
            dur = int(min(5400, max(11, rng.lognormvariate(math.log(260), 0.9))))
            pages = min(25, 2 + int(dur / rng.randrange(40, 120)))
        if rng.random() < 0.03:
            dur = None
        g = grp[v] if t >= datetime(2025, 1, 13) else None
        sessions.append((sid, v, t.strftime("%Y-%m-%d %H:%M"), dev, src, "New" if new else "Returning", dur,
                         "Y" if b else "N", pages, g))
        if b:
            continue
        p = conv[src] * (1.6 if dev == "Desktop" else 1) * (1.3 if not new else 1)
        if g == "banner":
            p += 0.035 if dev == "Mobile" else 0.01
        if rng.random() < p * 1.9:
            total = round(rng.lognormvariate(math.log(55), 0.6) + 8, 2)
            if g == "banner":
                total += rng.choice([0, 0, 6.5])
            code = rng.choice(coupons)
            if code == "JAN15" and t.month != 1:
                code = None
            placed = t + timedelta(seconds=int((dur or 300) * rng.uniform(0.6, 0.98)))
            orders.append((sid, placed.strftime("%Y-%m-%d %H:%M"), f"{total:.2f}", code,
                           rng.choices(["paid", "cancelled"], [93, 7])[0]))
    db.executemany("INSERT INTO Sessions VALUES (?,?,?,?,?,?,?,?,?,?)", sessions)
    db.executemany("INSERT INTO order_header VALUES (?,?,?,?,?,?)",
                   [(f"PC-{10001 + i}", *o) for i, o in enumerate(orders)])
    db.commit()
    db.close()


BUILDERS = {"mattress": build_mattress, "sneakers": build_sneakers, "cookware": build_cookware}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
