"""Held-out set heldout67: three SQLite databases of subscription businesses (a meditation app with a
subscription events log, a web-hosting company with a monthly account snapshot, a car-wash club with
memberships and their payments) and hand-written growth-analyst conversations over them, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout67/build.py [OUT_DIR]   # writes meditation.sqlite, hosting.sqlite, carwash.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout67), checks every
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

FIRST = ("Abel Bianca Cormac Dalia Emeka Freya Gideon Hana Idris Jade Kofi Lena Marco Nadia Otto Pia Rhys "
         "Saoirse Tomas Uma Vera Wes Ximena Yusuf Zoe").split()
LAST = ("Alvarez Brennan Chen Dlamini Eriksen Farouk Gallo Haddad Iqbal Juarez Kim Lindgren Moreau Nakamura "
        "O'Brien Petrov Quist Ramos Sato Thorne").split()
END = date(2024, 12, 31)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, 28))


# ------------------------------------------------------------------------------------------ meditation
def build_meditation(path: Path) -> None:
    """A meditation app: customers (accounts) and a log of subscription events, one row per event,
    with the plan after the event (NULL on a cancellation)."""
    rng = random.Random(6701)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE plans (plan_code TEXT PRIMARY KEY, plan_name TEXT, billing_period TEXT, price_usd REAL,
                        tier_rank INTEGER);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, email TEXT, country TEXT, signup_date TEXT,
                            acq_channel TEXT);
    CREATE TABLE sub_events (event_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                             event_type TEXT, event_ts TEXT, plan_code TEXT REFERENCES plans(plan_code),
                             source TEXT);
    """)
    plans = [("BASIC_M", "Basic Monthly", "monthly", 7.99, 1), ("BASIC_Y", "Basic Annual", "annual", 59.99, 1),
             ("PREM_M", "Premium Monthly", "monthly", 14.99, 2), ("PREM_Y", "Premium Annual", "annual", 119.99, 2),
             ("FAMILY_Y", "Family Annual", "annual", 179.99, 3)]
    db.executemany("INSERT INTO plans VALUES (?,?,?,?,?)", plans)
    annual = {p[0] for p in plans if p[2] == "annual"}
    up = {"BASIC_M": ["PREM_M"], "BASIC_Y": ["PREM_Y"], "PREM_M": ["PREM_Y", "FAMILY_Y"], "PREM_Y": ["FAMILY_Y"]}
    down = {"PREM_M": ["BASIC_M"], "PREM_Y": ["BASIC_Y", "PREM_M"], "FAMILY_Y": ["PREM_Y"], "BASIC_Y": ["BASIC_M"]}
    customers, events = [], []
    start = date(2023, 1, 1)
    for cid in range(1, 1801):
        # growth: more signups later
        while True:
            d = day(rng, start, date(2024, 12, 20))
            if rng.random() < 0.45 + 0.55 * (d - start).days / 720:
                break
        ch = rng.choices(["organic", "paid_social", "referral", "app_store", "podcast_ad", None],
                         [30, 25, 12, 20, 6, 7])[0]
        customers.append((cid, f"user{cid:04d}@{rng.choice(['gmail.com', 'icloud.com', 'outlook.com', 'yahoo.com'])}",
                          rng.choices(["US", "UK", "CA", "AU", "DE", "IE", "NZ", None], [40, 20, 10, 8, 8, 4, 3, 2])[0],
                          d.isoformat(), ch))
        if rng.random() > 0.68:          # signed up, never subscribed (free tier)
            continue
        t = datetime(d.year, d.month, d.day, rng.randrange(6, 23), rng.randrange(60), rng.randrange(60)) + \
            timedelta(days=rng.choice([0, 0, 0, 1, 3, 7, 7, 14]), minutes=rng.randrange(1, 600))
        plan = rng.choices(["BASIC_M", "BASIC_Y", "PREM_M", "PREM_Y", "FAMILY_Y"], [34, 14, 30, 16, 6])[0]
        src = lambda: rng.choices(["app", "web", "support"], [70, 25, 5])[0]  # noqa: E731
        state = "on"
        if t.date() > END:
            continue
        events.append([cid, "started", t, plan, src()])
        while True:
            t = t + timedelta(days=rng.randrange(20, 45), minutes=rng.randrange(1, 900))
            if t.date() > END:
                break
            r = rng.random()
            if state == "paused":
                if r < 0.55:
                    state = "on"
                    events.append([cid, "resumed", t, plan, src()])
                elif r < 0.8:
                    events.append([cid, "cancelled", t, None, src()])
                    state = "off"
                continue
            if state == "off":
                if r < 0.03:
                    plan = rng.choice(["BASIC_M", "PREM_M"])
                    events.append([cid, "started", t, plan, src()])
                    state = "on"
                continue
            churn = 0.02 if plan in annual else 0.075
            if r < churn:
                events.append([cid, "cancelled", t, None, src()])
                state = "off"
            elif r < churn + 0.025 and plan in up:
                plan = rng.choice(up[plan])
                events.append([cid, "upgraded", t, plan, src()])
            elif r < churn + 0.045 and plan in down:
                plan = rng.choice(down[plan])
                events.append([cid, "downgraded", t, plan, src()])
            elif r < churn + 0.06:
                events.append([cid, "paused", t, plan, src()])
                state = "paused"
    events.sort(key=lambda e: e[2])
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", customers)
    db.executemany("INSERT INTO sub_events VALUES (?,?,?,?,?,?)",
                   [(i + 1, e[0], e[1], e[2].strftime("%Y-%m-%d %H:%M:%S"), e[3], e[4]) for i, e in enumerate(events)])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ hosting
def build_hosting(path: Path) -> None:
    """A web-hosting company: accounts, plans and one snapshot row per account per month
    ('YYYY-MM') while the account is a customer, with its plan, billing cycle and MRR that month."""
    rng = random.Random(6702)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Plans (PlanId INTEGER PRIMARY KEY, PlanName TEXT, ListPriceMonthly REAL);
    CREATE TABLE Accounts (AccountId INTEGER PRIMARY KEY, CompanyName TEXT, Country TEXT, Industry TEXT,
                           CreatedOn TEXT, SalesRep TEXT);
    CREATE TABLE MonthlySnapshot (AccountId INTEGER REFERENCES Accounts(AccountId), SnapshotMonth TEXT,
                                  PlanId INTEGER REFERENCES Plans(PlanId), BillingCycle TEXT, MRR REAL,
                                  AccountStatus TEXT, PRIMARY KEY (AccountId, SnapshotMonth));
    """)
    plans = [(1, "Starter", 9.0), (2, "Business", 29.0), (3, "Pro", 79.0), (4, "Agency", 199.0)]
    db.executemany("INSERT INTO Plans VALUES (?,?,?)", plans)
    price = {p[0]: p[2] for p in plans}
    words1 = ("Blue Harbor Copper Maple North Silver Quiet Bright Iron Cedar Summit Lumen Orbit Pine Atlas Nova "
              "Velvet Granite Amber Willow").split()
    words2 = ("Studio Labs Works Media Goods Partners Digital Collective Bakery Dental Legal Fitness Travel Design "
              "Consulting Outfitters").split()
    industries = ["E-commerce", "Agency", "Nonprofit", "Healthcare", "Education", "Professional Services", "Retail"]
    reps = ["Dana Whitfield", "Omar Reyes", "Priya Nair", "Luke Jansen", None]
    months = []
    m = date(2022, 1, 1)
    while m <= date(2024, 12, 1):
        months.append(m)
        m = add_months(m, 1).replace(day=1)
    accounts, snaps, names = [], [], set()
    for aid in range(1, 1101):
        while True:
            nm = f"{rng.choice(words1)} {rng.choice(words2)}"
            if nm not in names:
                names.add(nm)
                break
            nm = None
            if len(names) > 300:
                nm = f"{rng.choice(words1)} {rng.choice(words2)} {aid}"
                names.add(nm)
                break
        created = day(rng, date(2022, 1, 1), date(2024, 12, 28))
        accounts.append((aid, nm, rng.choices(["US", "UK", "Canada", "Germany", "Australia", "Netherlands"],
                                              [40, 18, 10, 10, 8, 5])[0],
                         rng.choice(industries), created.isoformat(), rng.choice(reps)))
        plan = rng.choices([1, 2, 3, 4], [40, 33, 20, 7])[0]
        cycle = "annual" if rng.random() < 0.3 else "monthly"
        trial = rng.random() < 0.55
        idx = months.index(created.replace(day=1))
        age = 0
        for mi in range(idx, len(months)):
            mon = months[mi].strftime("%Y-%m")
            if trial and age == 0:
                status, mrr = "trial", 0.0
            else:
                status = "past_due" if rng.random() < 0.03 else "paying"
                disc = rng.choice([1.0, 1.0, 1.0, 1.0, 0.9, 0.8])
                mrr = round(price[plan] * (10 / 12 if cycle == "annual" else 1.0) * disc, 2)
                if rng.random() < 0.012:
                    mrr = None                       # billing sync gap
            snaps.append((aid, mon, plan, cycle, mrr, status))
            age += 1
            # end of month: churn or change plan
            if trial and age == 1 and rng.random() < 0.35:
                break                                 # trial not converted
            if cycle == "annual":
                churn = 0.25 if age % 12 == 0 else 0.0
            else:
                churn = {1: 0.055, 2: 0.04, 3: 0.03, 4: 0.02}[plan]
            r = rng.random()
            if r < churn:
                break
            if r < churn + 0.02 and plan < 4:
                plan += 1
            elif r < churn + 0.032 and plan > 1:
                plan -= 1
    db.executemany("INSERT INTO Accounts VALUES (?,?,?,?,?,?)", accounts)
    db.executemany("INSERT INTO MonthlySnapshot VALUES (?,?,?,?,?,?)", snaps)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ carwash
def build_carwash(path: Path) -> None:
    """A car-wash club: sites, members, memberships (start date, end date NULL while active) and a
    payment per billing period, some failed (then usually retried) and some refunded."""
    rng = random.Random(6703)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sites (siteId INTEGER PRIMARY KEY, siteName TEXT, city TEXT, openedOn TEXT);
    CREATE TABLE members (memberId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, email TEXT,
                          homeSiteId INTEGER REFERENCES sites(siteId), joinedOn TEXT, vehiclePlate TEXT);
    CREATE TABLE subscriptions (subscription_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(memberId),
                                tier TEXT, billing TEXT, price REAL, start_date TEXT, end_date TEXT,
                                cancel_reason TEXT);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY,
                           subscription_id INTEGER REFERENCES subscriptions(subscription_id),
                           payment_date TEXT, amount REAL, status TEXT);
    """)
    sites = [(1, "Suds Eastgate", "Columbus", "2016-04-01"), (2, "Suds Polaris", "Columbus", "2018-09-15"),
             (3, "Suds Dublin Rd", "Dublin", "2019-06-01"), (4, "Suds Westerville", "Westerville", "2020-03-10"),
             (5, "Suds Grove City", "Grove City", "2022-05-20"), (6, "Suds Hilliard", "Hilliard", "2023-08-01")]
    db.executemany("INSERT INTO sites VALUES (?,?,?,?)", sites)
    prices = {("Basic", "monthly"): 19.99, ("Deluxe", "monthly"): 29.99, ("Ultimate", "monthly"): 39.99,
              ("Basic", "annual"): 199.0, ("Deluxe", "annual"): 299.0, ("Ultimate", "annual"): 399.0}
    rank = {"Basic": 1, "Deluxe": 2, "Ultimate": 3}
    members, subs, pays = [], [], []
    sid = pid = 0
    for mid in range(1, 1401):
        site = rng.choices([1, 2, 3, 4, 5, 6], [22, 20, 14, 16, 12, 8])[0]
        lo = max(date(2022, 1, 1), date.fromisoformat(sites[site - 1][3]))
        joined = day(rng, lo, date(2024, 12, 15))
        plate = None if rng.random() < 0.04 else f"{rng.choice('ABCDEFGHJKLMN')}{rng.choice('PRSTUVWXYZ')}" \
                                                 f"{rng.choice('ABCDEFGH')}-{rng.randrange(1000, 9999)}"
        members.append((mid, rng.choice(FIRST), rng.choice(LAST), f"m{mid}@example.com", site,
                        joined.isoformat(), plate))
        tier = rng.choices(["Basic", "Deluxe", "Ultimate"], [45, 35, 20])[0]
        billing = "annual" if rng.random() < 0.22 else "monthly"
        start = joined
        while True:
            sid += 1
            price = prices[(tier, billing)]
            step = 12 if billing == "annual" else 1
            end, reason, nxt = None, None, None
            k = 0
            d = start
            while d <= END:
                # a payment at the start of each billing period
                r = rng.random()
                pid += 1
                if r < 0.06:
                    pays.append((pid, sid, d.isoformat(), price, "failed"))
                    if rng.random() < 0.3:       # never recovered: the membership ends
                        end, reason = d + timedelta(days=rng.randrange(3, 12)), "payment failed"
                        break
                    pid += 1
                    pays.append((pid, sid, (d + timedelta(days=rng.randrange(2, 6))).isoformat(), price, "paid"))
                elif r < 0.075:
                    pays.append((pid, sid, d.isoformat(), price, "refunded"))
                else:
                    pays.append((pid, sid, d.isoformat(), price, "paid"))
                k += step
                nd = add_months(start, k)
                # the member leaves, or switches tier, before the next period
                churn = (0.06 if tier == "Basic" else 0.045 if tier == "Deluxe" else 0.035) * step
                if billing == "annual":
                    churn = 0.3
                x = rng.random()
                if x < churn:
                    end = d + timedelta(days=rng.randrange(5, 28 * step))
                    reason = rng.choices(["price", "moved away", "not using it", "sold car", "other", None],
                                         [25, 15, 25, 10, 10, 15])[0]
                    break
                if x < churn + 0.03 and billing == "monthly":
                    new = rng.choice([t for t in rank if t != tier])
                    end, reason, nxt = nd, "switched tier", new
                    break
                d = nd
            if end is not None and end > END:
                end, reason, nxt = None, None, None
            subs.append((sid, mid, tier, billing, price, start.isoformat(), end.isoformat() if end else None, reason))
            if nxt is None or end is None:
                break
            tier, start = nxt, end
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?)", members)
    db.executemany("INSERT INTO subscriptions VALUES (?,?,?,?,?,?,?,?)", subs)
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?)", pays)
    db.commit()
    db.close()


BUILDERS = {"meditation": build_meditation, "hosting": build_hosting, "carwash": build_carwash}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
