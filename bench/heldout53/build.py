"""Held-out evaluation heldout53: three SQLite databases a growth / marketing analyst talks to — a paid-ads
account (money in integer cents), an email-newsletter platform (dates stored as text 'DD/MM/YYYY') and an
affiliate programme (weeks stored as a separate year / week pair) — with hand-written conversations,
written before the engine was run on them (see README.md in this folder).

    python bench/heldout53/build.py [OUT_DIR]   # writes ads.sqlite, newsletters.sqlite, affiliates.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout53), checks every
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


# ------------------------------------------------------------------------------------------
def build_ads(path: Path) -> None:
    rng = random.Random(5301)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE campaigns (campaign_id INTEGER PRIMARY KEY, campaign_name TEXT, channel TEXT, objective TEXT,
                            daily_budget_cents INTEGER, start_date TEXT, end_date TEXT, status TEXT);
    CREATE TABLE ad_daily (stat_date TEXT, campaign_id INTEGER REFERENCES campaigns(campaign_id),
                           impressions INTEGER, clicks INTEGER, spend_cents INTEGER, conversions INTEGER,
                           revenue_cents INTEGER, PRIMARY KEY (stat_date, campaign_id));
    """)
    camps = [  # name, channel, objective, budget $, start, end, status, cpc $, conv rate, order value $
        ("Brand Search UK", "Google Search", "conversions", 120, "2024-07-01", None, "active", 0.55, 0.085, 64),
        ("Generic Search - Running Shoes", "Google Search", "conversions", 260, "2024-07-01", None, "active", 1.35, 0.031, 92),
        ("Competitor Terms", "Google Search", "conversions", 90, "2024-07-15", "2024-10-15", "ended", 2.10, 0.012, 88),
        ("Shopping - Trail Range", "Google Shopping", "conversions", 180, "2024-07-01", None, "active", 0.72, 0.026, 110),
        ("Shopping - Clearance", "Google Shopping", "conversions", 70, "2024-08-20", "2024-09-30", "ended", 0.41, 0.034, 46),
        ("Prospecting - Lookalike 2%", "Meta", "conversions", 200, "2024-07-01", None, "active", 0.88, 0.014, 78),
        ("Retargeting - Cart Abandoners", "Meta", "conversions", 80, "2024-07-01", None, "active", 0.64, 0.058, 84),
        ("Autumn Collection Video", "Meta", "awareness", 150, "2024-09-01", None, "active", 1.10, 0.004, 70),
        ("Brand Teaser", "TikTok", "awareness", 110, "2024-07-05", "2024-08-31", "ended", 0.35, 0.0, 0),
        ("Creator Collab - Marathon Prep", "TikTok", "conversions", 140, "2024-08-01", None, "active", 0.52, 0.009, 74),
        ("B2B Team Kits", "LinkedIn", "leads", 95, "2024-07-08", None, "paused", 6.40, 0.021, 420),
        ("Thought Leadership - Run Clubs", "LinkedIn", "awareness", 60, "2024-07-08", "2024-09-15", "ended", 5.10, 0.0, 0),
        ("Pre-roll - Trail Film", "YouTube", "awareness", 130, "2024-07-20", "2024-10-20", "ended", 0.95, 0.002, 95),
        ("Remarketing Display", "Google Display", "conversions", 50, "2024-07-01", None, "active", 0.28, 0.011, 58),
    ]
    db.executemany("INSERT INTO campaigns VALUES (?,?,?,?,?,?,?,?)",
                   [(i + 1, c[0], c[1], c[2], c[3] * 100, c[4], c[5], c[6]) for i, c in enumerate(camps)])
    rows = []
    last = date(2024, 10, 31)
    for i, c in enumerate(camps):
        d = date.fromisoformat(c[4])
        end = date.fromisoformat(c[5]) if c[5] else last
        paused_from = date(2024, 10, 7) if c[6] == "paused" else None
        while d <= end:
            if paused_from and d >= paused_from:
                break
            season = 1.25 if d.month == 10 else 1.0
            spend = round(c[3] * 100 * rng.uniform(0.55, 1.0) * season)
            cpc = c[7] * rng.uniform(0.8, 1.25) * (1.15 if d.month == 8 else 1.0)
            clicks = max(1, round(spend / 100 / cpc))
            imps = round(clicks / rng.uniform(0.006, 0.05) if c[2] == "awareness" else clicks / rng.uniform(0.02, 0.09))
            conv = sum(rng.random() < c[8] for _ in range(clicks)) if c[8] else 0
            rev = sum(round(c[9] * 100 * rng.uniform(0.6, 1.6)) for _ in range(conv))
            rows.append((d.isoformat(), i + 1, imps, clicks, spend, conv, rev))
            d += timedelta(days=1)
    db.executemany("INSERT INTO ad_daily VALUES (?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_newsletters(path: Path) -> None:
    rng = random.Random(5302)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE publications (pub_id INTEGER PRIMARY KEY, title TEXT, topic TEXT, frequency TEXT,
                               paid_price_monthly REAL, launched TEXT);
    CREATE TABLE issues (issue_id INTEGER PRIMARY KEY, pub_id INTEGER REFERENCES publications(pub_id),
                         sent_on TEXT, subject TEXT, delivered INTEGER, opens INTEGER, clicks INTEGER,
                         unsubscribes INTEGER, spam_reports INTEGER);
    CREATE TABLE subscribers (sub_id INTEGER PRIMARY KEY, pub_id INTEGER REFERENCES publications(pub_id),
                              signup_date TEXT, signup_source TEXT, plan TEXT, country TEXT, unsubscribed_on TEXT);
    """)
    pubs = [("The Morning Ledger", "finance", "daily", 8.0, "14/03/2019", 0.41, 0.062),
            ("Green Thumb Weekly", "gardening", "weekly", 4.5, "02/05/2020", 0.52, 0.081),
            ("Byte Sized", "technology", "weekly", 6.0, "19/09/2021", 0.37, 0.094),
            ("Kitchen Table", "food", "weekly", 5.0, "07/01/2022", 0.46, 0.072),
            ("Trailhead Dispatch", "outdoors", "fortnightly", 3.5, "23/06/2023", 0.55, 0.058),
            ("Policy Brief", "politics", "weekly", 9.0, "11/11/2020", 0.33, 0.041)]
    db.executemany("INSERT INTO publications VALUES (?,?,?,?,?,?)", [(i + 1, *p[:5]) for i, p in enumerate(pubs)])
    words = ("Inside Your Guide Why What Next The Big Small Five Ten Quick Deep Weekend Early Late Hidden "
             "Simple Smart Best Worst Real").split()
    nouns = ("Markets Rates Tomatoes Roses Chips Apps Pasta Soups Trails Boots Votes Budgets Mortgages Compost "
             "Startups Recipes Summits Elections Savings Gadgets").split()
    issues, n = [], 0
    step = {"daily": 1, "weekly": 7, "fortnightly": 14}
    for p_i, p in enumerate(pubs):
        base = {0: 5200, 1: 3100, 2: 7400, 3: 4300, 4: 1800, 5: 2600}[p_i]
        d = date(2024, 1, 2) + timedelta(days=p_i)
        while d <= date(2024, 12, 20):
            if p[2] == "daily" and d.weekday() >= 5:
                d += timedelta(days=1)
                continue
            n += 1
            delivered = round(base * (1 + (d - date(2024, 1, 1)).days / 900) * rng.uniform(0.97, 1.03))
            opens = round(delivered * p[5] * rng.uniform(0.85, 1.15) * (0.88 if d.month in (7, 8) else 1.0))
            clicks = round(opens * p[6] * rng.uniform(0.6, 1.4))
            if rng.random() < 0.03:
                clicks = 0
            unsubs = round(delivered * rng.uniform(0.0005, 0.004))
            issues.append((n, p_i + 1, d.strftime("%d/%m/%Y"), f"{rng.choice(words)} {rng.choice(nouns)}",
                           delivered, opens, clicks, unsubs, rng.choice([0, 0, 0, 1, 1, 2, 3])))
            d += timedelta(days=step[p[2]])
    issues[150] = issues[150][:7] + (212,) + issues[150][8:]   # the one issue everybody left after
    db.executemany("INSERT INTO issues VALUES (?,?,?,?,?,?,?,?,?)", issues)
    subs = []
    for s in range(1, 2201):
        p = rng.choices(range(1, 7), [5, 3, 6, 4, 2, 3])[0]
        sd = day(rng, date(2023, 1, 1), date(2024, 12, 20))
        uns = None
        if rng.random() < 0.18:
            uns = day(rng, sd, date(2024, 12, 20)).strftime("%d/%m/%Y")
        subs.append((s, p, sd.strftime("%d/%m/%Y"),
                     rng.choices(["organic", "referral", "paid social", "podcast ad", "cross-promo"], [6, 3, 3, 1, 2])[0],
                     rng.choices(["free", "paid"], [4, 1])[0],
                     rng.choices(["UK", "US", "Ireland", "Canada", "Australia"], [6, 4, 1, 2, 1])[0], uns))
    db.executemany("INSERT INTO subscribers VALUES (?,?,?,?,?,?,?)", subs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_affiliates(path: Path) -> None:
    rng = random.Random(5303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Partners (PartnerID INTEGER PRIMARY KEY, PartnerName TEXT, PartnerType TEXT, Country TEXT,
                           CommissionPct REAL, Tier TEXT, JoinedYear INTEGER);
    CREATE TABLE PartnerClicks (PartnerID INTEGER REFERENCES Partners(PartnerID), Yr INTEGER, Wk INTEGER,
                                Clicks INTEGER, PRIMARY KEY (PartnerID, Yr, Wk));
    CREATE TABLE ReferredOrders (OrderRef TEXT PRIMARY KEY, PartnerID INTEGER REFERENCES Partners(PartnerID),
                                 Yr INTEGER, Wk INTEGER, OrderValue REAL, Commission REAL, Status TEXT,
                                 NewCustomer INTEGER);
    """)
    partners = [("VoucherVault", "coupon", "UK", 4.0, "gold", 2019, 900, 0.030),
                ("CashbackKing", "cashback", "UK", 6.5, "gold", 2018, 700, 0.034),
                ("TopCashback Lite", "cashback", "Ireland", 6.0, "silver", 2021, 320, 0.029),
                ("The Gear Review", "content", "UK", 8.0, "gold", 2020, 260, 0.022),
                ("Runners' Notebook Blog", "content", "US", 8.0, "silver", 2022, 140, 0.018),
                ("DealHunter DE", "coupon", "Germany", 4.5, "silver", 2021, 380, 0.026),
                ("@trailmia", "influencer", "UK", 10.0, "bronze", 2023, 210, 0.012),
                ("@coachdan", "influencer", "US", 10.0, "bronze", 2023, 160, 0.009),
                ("Outdoor Mag Online", "content", "Germany", 7.0, "silver", 2019, 230, 0.016),
                ("StudentSaver", "coupon", "UK", 5.0, "bronze", 2022, 300, 0.021),
                ("PointsPlus Rewards", "cashback", "US", 5.5, "silver", 2020, 250, 0.019),
                ("Peak Bloggers Network", "content", "France", 7.5, "bronze", 2024, 90, 0.0),
                ("@fellrunnerjo", "influencer", "UK", 12.0, "bronze", 2024, 70, 0.0)]
    db.executemany("INSERT INTO Partners VALUES (?,?,?,?,?,?,?)", [(i + 1, *p[:6]) for i, p in enumerate(partners)])
    clicks, orders, n = [], [], 0
    for i, p in enumerate(partners):
        for yr, wks in ((2023, range(27, 53)), (2024, range(1, 45))):
            for wk in wks:
                if p[5] > yr or (p[5] == 2024 and wk < 18):
                    continue
                season = 1.5 if wk in (47, 48) else 1.25 if wk in (1, 2, 3) else 1.0
                c = round(p[6] * season * rng.uniform(0.6, 1.4))
                clicks.append((i + 1, yr, wk, c))
                k = sum(rng.random() < p[7] for _ in range(c))
                for _ in range(k):
                    n += 1
                    val = round(rng.lognormvariate(4.3, 0.5), 2)
                    st = rng.choices(["approved", "reversed", "pending"], [84, 11, 5] if yr == 2024 and wk < 40
                                     else [86, 10, 0] if yr == 2023 else [40, 5, 55])[0]
                    orders.append((f"R{n:06d}", i + 1, yr, wk, val, round(val * p[3] / 100, 2), st,
                                   int(rng.random() < (0.7 if p[1] == "influencer" else 0.35))))
    db.executemany("INSERT INTO PartnerClicks VALUES (?,?,?,?)", clicks)
    db.executemany("INSERT INTO ReferredOrders VALUES (?,?,?,?,?,?,?,?)", orders)
    db.commit()
    db.close()


BUILDERS = {"ads": build_ads, "newsletters": build_newsletters, "affiliates": build_affiliates}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
