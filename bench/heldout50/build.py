"""Held-out set heldout50: three SQLite databases in a data engineer's style (table prefixes tbl_/dim_/
fact_, foreign keys named fk_*, deliberate NULLs, duplicates and orphans) and hand-written
conversations over them, written before the engine was run on them (see README.md here).

    python bench/heldout50/build.py [OUT_DIR]   # writes appevents.sqlite, crm.sqlite, coldstore.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout50), checks every
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

FIRST = ("Abel Bianca Caspar Dalia Emeka Freya Goran Hana Ivo Jun Kaia Lorenzo Mirela Nadim Orla Pavel "
         "Rhea Soren Talia Ulrich Vera Wim Ximena Yusuf Zora").split()
LAST = ("Achterberg Bolt Castell Dimitrov Eriksen Ferreira Gallo Haas Iqbal Janssen Kaur Lindgren Moreau "
        "Nakamura Oduya Petrov Quint Reyes Sato Toivonen").split()


def ts(d: date, rng: random.Random) -> str:
    return datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60), rng.randrange(60)) \
        .strftime("%Y-%m-%d %H:%M:%S")


# ------------------------------------------------------------------------------------------ appevents
def build_appevents(path: Path) -> None:
    """Event tracking of a to-do list mobile app ("Listly")."""
    rng = random.Random(5001)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dim_user (user_id INTEGER PRIMARY KEY, email TEXT, signup_date TEXT, country TEXT,
                           platform TEXT, referral_source TEXT);
    CREATE TABLE dim_app_version (version_id INTEGER PRIMARY KEY, version_name TEXT, platform TEXT,
                                  released_on TEXT);
    CREATE TABLE fact_event (event_id INTEGER PRIMARY KEY, fk_user_id INTEGER, fk_version_id INTEGER,
                             event_name TEXT, event_ts TEXT, duration_ms INTEGER, revenue_usd REAL);
    CREATE TABLE tbl_push_campaign (campaign_id INTEGER PRIMARY KEY, campaign_name TEXT, sent_on TEXT,
                                    audience TEXT);
    CREATE TABLE fact_push_delivery (delivery_id INTEGER PRIMARY KEY, fk_campaign_id INTEGER, fk_user_id INTEGER,
                                     delivered_at TEXT, opened INTEGER);
    """)
    countries = ["DE", "NL", "FR", "ES", "GB", "US", "BR", "IN", "JP", "PL"]
    domains = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com"]
    users = []
    for uid in range(1, 601):
        f, l_ = rng.choice(FIRST), rng.choice(LAST)
        email = f"{f.lower()}.{l_.lower()}{rng.randrange(10, 999)}@{rng.choice(domains)}"
        if rng.random() < 0.08:
            email = None
        country = rng.choices(countries, [14, 9, 7, 6, 10, 12, 5, 6, 4, 5])[0] if rng.random() > 0.07 else None
        platform = rng.choices(["ios", "android", "web"], [5, 6, 2])[0]
        ref = rng.choice(["organic", "organic", "friend_invite", "app_store_search", "paid_social"]) \
            if rng.random() > 0.15 else None
        users.append([uid, email, day(rng, date(2023, 1, 1), date(2024, 12, 31)).isoformat(), country, platform, ref])
    # duplicate emails: a user re-registered with the same address
    for k in range(14):
        src = users[rng.randrange(0, 300)]
        if src[1] is None:
            continue
        users[300 + k * 20][1] = src[1]
    users[599][1] = users[11][1] = users[40][1] = "jun.sato77@gmail.com"   # one address three times
    users[144][3] = None                                # a power user without a country
    db.executemany("INSERT INTO dim_user VALUES (?,?,?,?,?,?)", users)
    versions = [(1, "4.0.0", "ios", "2023-11-20"), (2, "4.0.0", "android", "2023-11-22"), (3, "4.1.0", "ios", "2024-02-14"),
                (4, "4.1.0", "android", "2024-02-19"), (5, "4.1.1", "android", "2024-03-05"),
                (6, "4.2.0", "ios", "2024-05-30"), (7, "4.2.0", "android", "2024-06-03"), (8, "4.3.0", "ios", "2024-09-10"),
                (9, "4.3.0", "android", "2024-09-12"), (10, "4.3.1", "android", "2024-10-01"),
                (11, "web-2024.1", "web", "2024-01-08"), (12, "web-2024.2", "web", "2024-07-15")]
    db.executemany("INSERT INTO dim_app_version VALUES (?,?,?,?)", versions)
    weights = [rng.uniform(0.3, 3.0) for _ in users]
    for k, uid in enumerate([17, 88, 145, 203, 260, 331, 402, 477, 512, 566]):
        weights[uid - 1] = 48 - k * 4          # power users, one step apart
    names = ["app_open", "task_created", "task_completed", "share", "purchase", "crash", "settings_changed"]
    events = []
    for eid in range(1, 6201):
        if rng.random() < 0.025:
            uid, plat, signup = rng.randrange(601, 640), rng.choice(["ios", "android"]), date(2024, 1, 1)
        else:
            u = rng.choices(users, weights)[0]
            uid, plat, signup = u[0], u[4], date.fromisoformat(u[2])
        d = day(rng, max(signup, date(2024, 1, 1)), date(2024, 12, 31)) if signup <= date(2024, 12, 31) else None
        if d is None:
            continue
        vers = [v for v in versions if v[2] == plat and v[3] <= d.isoformat()] or [v for v in versions if v[2] == plat]
        v = vers[-1] if rng.random() < 0.7 else rng.choice(vers)
        name = rng.choices(names, [40, 25, 18, 5, 4, 3 if v[0] != 5 else 14, 5])[0]
        dur = None
        if name == "app_open":
            dur = rng.randrange(4000, 900000)
            r = rng.random()
            if r < 0.05:
                dur = None
            elif r < 0.065:
                dur = -1
            elif r < 0.075:
                dur = rng.randrange(3_700_000, 20_000_000)
        rev = rng.choice([2.99, 4.99, 4.99, 9.99, 29.99]) if name == "purchase" else None
        events.append((eid, uid, v[0], name, ts(d, rng), dur, rev))
    db.executemany("INSERT INTO fact_event VALUES (?,?,?,?,?,?,?)", events)
    camps = [(1, "Spring cleaning tips", "2024-03-18", "all"), (2, "Streak reminder", "2024-04-22", "inactive_7d"),
             (3, "Summer premium 30% off", "2024-06-24", "free_tier"), (4, "New widgets", "2024-09-16", "ios"),
             (5, "Back to school lists", "2024-08-26", "all"), (6, "Black Friday premium", "2024-11-29", "free_tier"),
             (7, "Year in review", "2024-12-20", "all"), (8, "We miss you", "2024-10-14", "inactive_30d")]
    db.executemany("INSERT INTO tbl_push_campaign VALUES (?,?,?,?)", camps)
    rates = {1: 0.12, 2: 0.21, 3: 0.09, 4: 0.17, 5: 0.14, 6: 0.26, 7: 0.31, 8: 0.06, 11: 0.2}
    dels, n = [], 0
    for cid, _, sent, _ in camps + [(11, None, "2024-07-01", None)]:
        cnt = rng.randrange(120, 260) if cid != 11 else 23
        for uid in rng.sample(range(1, 601), cnt):
            n += 1
            sd = date.fromisoformat(sent)
            dels.append((n, cid, uid, ts(sd + timedelta(days=rng.choice([0, 0, 0, 1])), rng),
                         1 if rng.random() < rates[cid] else 0))
    db.executemany("INSERT INTO fact_push_delivery VALUES (?,?,?,?,?)", dels)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ crm
def build_crm(path: Path) -> None:
    """A B2B software vendor's CRM export, with an entity-attribute-value table of account attributes."""
    rng = random.Random(5002)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE tbl_sales_rep (rep_id INTEGER PRIMARY KEY, rep_name TEXT, team TEXT, region TEXT, hired_on TEXT);
    CREATE TABLE tbl_account (account_id INTEGER PRIMARY KEY, account_name TEXT, fk_owner_rep_id INTEGER,
                              status TEXT, created_on TEXT);
    CREATE TABLE tbl_account_attr (fk_account_id INTEGER, attr_key TEXT, attr_value TEXT);
    CREATE TABLE tbl_contact (contact_id INTEGER PRIMARY KEY, fk_account_id INTEGER, first_name TEXT, last_name TEXT,
                              email TEXT, job_title TEXT, created_on TEXT);
    CREATE TABLE tbl_deal (deal_id INTEGER PRIMARY KEY, fk_account_id INTEGER, fk_rep_id INTEGER, deal_name TEXT,
                           stage TEXT, amount REAL, created_on TEXT, closed_on TEXT);
    CREATE TABLE tbl_activity (activity_id INTEGER PRIMARY KEY, fk_deal_id INTEGER, fk_contact_id INTEGER,
                               activity_type TEXT, activity_date TEXT);
    """)
    reps, rep_names = [], set()
    teams = [("SMB", "EMEA"), ("SMB", "NA"), ("Mid-Market", "EMEA"), ("Mid-Market", "NA"), ("Mid-Market", "APAC"),
             ("Enterprise", "EMEA"), ("Enterprise", "NA"), ("Enterprise", "APAC")]
    for rid in range(1, 19):
        team, region = teams[(rid - 1) % len(teams)]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        while name in rep_names:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        rep_names.add(name)
        reps.append((rid, name, team, region,
                     day(rng, date(2018, 1, 1), date(2024, 3, 1)).isoformat()))
    db.executemany("INSERT INTO tbl_sales_rep VALUES (?,?,?,?,?)", reps)
    pre = ["Nord", "Blue", "Vertex", "Alpen", "Orbit", "Hexa", "Lumen", "Cobalt", "Pioneer", "Tandem", "Atlas", "Ridge",
           "Kestrel", "Mosaic", "Quill", "Sable"]
    suf = ["Logistics", "Foods", "Medical", "Systems", "Retail", "Labs", "Energy", "Finance", "Media", "Textiles"]
    industries = {"Logistics": "Transport", "Foods": "Food & Beverage", "Medical": "Healthcare", "Systems": "Software",
                  "Retail": "Retail", "Labs": "Healthcare", "Energy": "Energy", "Finance": "Financial Services",
                  "Media": "Media", "Textiles": "Manufacturing"}
    accounts, attrs, names = [], [], set()
    for aid in range(1, 321):
        while True:
            nm = f"{rng.choice(pre)} {rng.choice(suf)}"
            nm = nm if nm not in names else f"{nm} {rng.choice(['GmbH', 'BV', 'Ltd', 'Inc', 'AB', 'SA'])}"
            if nm not in names:
                names.add(nm)
                break
        owner = rng.randrange(1, 19)
        r = rng.random()
        if r < 0.06:
            owner = None
        elif r < 0.09:
            owner = rng.choice([21, 23, 27])            # reps who left: deleted from tbl_sales_rep
        status = rng.choices(["prospect", "customer", "churned"], [5, 4, 1])[0]
        accounts.append((aid, nm, owner, status, day(rng, date(2021, 1, 1), date(2024, 12, 31)).isoformat()))
        ind = industries[nm.split()[1]]
        if rng.random() > 0.1:
            attrs.append((aid, "industry", ind))
        if rng.random() > 0.05:
            attrs.append((aid, "country", rng.choices(["DE", "US", "GB", "NL", "FR", "SG", "AU", "SE"],
                                                      [6, 8, 5, 3, 3, 2, 2, 2])[0]))
        if rng.random() > 0.2:
            attrs.append((aid, "employee_count", str(rng.choice([12, 35, 60, 140, 250, 480, 900, 2200, 5400]))))
        if status == "customer":
            attrs.append((aid, "tier", rng.choices(["bronze", "silver", "gold"], [5, 3, 1])[0]))
        if rng.random() < 0.3:
            attrs.append((aid, "lead_source", rng.choice(["webinar", "trade_show", "inbound", "partner"])))
    for aid in (7, 58, 133, 201, 260):                  # the same attribute twice, with conflicting values
        attrs.append((aid, "country", "US" if aid % 2 else "DE"))
    db.executemany("INSERT INTO tbl_account VALUES (?,?,?,?,?)", accounts)
    db.executemany("INSERT INTO tbl_account_attr VALUES (?,?,?)", attrs)
    titles = ["CTO", "Head of IT", "IT Manager", "CFO", "Procurement Lead", "Operations Director", "Developer",
              "VP Engineering", None]
    contacts = []
    for cid in range(1, 901):
        aid = rng.randrange(1, 321) if rng.random() > 0.03 else rng.randrange(330, 360)
        f, l_ = rng.choice(FIRST), rng.choice(LAST)
        acct = accounts[aid - 1][1] if aid <= 320 else "old import"
        email = f"{f[0].lower()}.{l_.lower()}@{acct.split()[0].lower()}{acct.split()[1][:3].lower()}.com" \
            if rng.random() > 0.1 else None
        contacts.append([cid, aid, f, l_, email, rng.choice(titles), day(rng, date(2021, 1, 1), date(2024, 12, 31))
                         .isoformat()])
    for k in range(9):                                  # imported twice
        src = contacts[rng.randrange(0, 450)]
        if src[4]:
            contacts[450 + k * 37][4] = src[4]
    db.executemany("INSERT INTO tbl_contact VALUES (?,?,?,?,?,?,?)", contacts)
    deals, n = [], 0
    rep_skill = {r[0]: rng.uniform(0.25, 0.6) for r in reps}
    size = {"SMB": (3000, 18000), "Mid-Market": (15000, 70000), "Enterprise": (60000, 260000)}
    for a in accounts:
        for _ in range(rng.choices([0, 1, 2, 3, 4], [2, 5, 4, 2, 1])[0]):
            n += 1
            rep = a[2] if a[2] in rep_skill else rng.randrange(1, 19)
            team = reps[rep - 1][2]
            created = day(rng, date.fromisoformat(a[4]), date(2024, 12, 31))
            amount = round(rng.uniform(*size[team]), -2)
            age = (date(2024, 12, 31) - created).days
            if age > 60 and rng.random() < 0.8:
                stage = "closed_won" if rng.random() < rep_skill[rep] else "closed_lost"
                closed = (created + timedelta(days=rng.randrange(14, min(age, 200)))).isoformat()
            else:
                stage, closed = rng.choice(["qualification", "proposal", "proposal", "negotiation"]), None
            r = rng.random()
            if r < 0.05:
                amount = None
            elif r < 0.07:
                amount = -amount                       # sign flipped in the import
            deals.append((n, a[0], rep, f"{a[1]} - {rng.choice(['new licence', 'renewal', 'expansion', 'pilot'])}",
                          stage, amount, created.isoformat(), closed))
    deals[40] = (41, deals[40][1], 6, deals[40][3], "closed_won", 412000.0, "2024-02-05", "2024-06-28")   # record deal
    db.executemany("INSERT INTO tbl_deal VALUES (?,?,?,?,?,?,?,?)", deals)
    by_acct = {}
    for c in contacts:
        by_acct.setdefault(c[1], []).append(c[0])
    acts, n = [], 0
    for d in deals:
        if rng.random() < 0.12:
            continue                                    # deals nobody logged an activity for
        for _ in range(rng.randrange(1, 7)):
            n += 1
            cid = rng.choice(by_acct.get(d[1], [None]))
            end = date.fromisoformat(d[7]) if d[7] else date(2024, 12, 31)
            acts.append((n, d[0], cid, rng.choices(["call", "email", "meeting", "demo"], [4, 6, 2, 1])[0],
                         day(rng, date.fromisoformat(d[6]), end).isoformat()))
    db.executemany("INSERT INTO tbl_activity VALUES (?,?,?,?,?)", acts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ coldstore
def build_coldstore(path: Path) -> None:
    """The IoT sensor feed of a cold-storage warehouse operator: temperature probes in its rooms."""
    rng = random.Random(5003)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dim_site (site_id INTEGER PRIMARY KEY, site_name TEXT, city TEXT, opened_on TEXT);
    CREATE TABLE dim_zone (zone_id INTEGER PRIMARY KEY, fk_site_id INTEGER, zone_name TEXT, zone_type TEXT,
                           min_temp_c REAL, max_temp_c REAL);
    CREATE TABLE dim_sensor (sensor_id TEXT PRIMARY KEY, fk_zone_id INTEGER, model TEXT, installed_on TEXT,
                             firmware TEXT);
    CREATE TABLE fact_reading (reading_id INTEGER PRIMARY KEY, fk_sensor_id TEXT, reading_ts TEXT, temp_c REAL,
                               humidity_pct REAL, battery_pct INTEGER);
    CREATE TABLE tbl_alarm (alarm_id INTEGER PRIMARY KEY, fk_sensor_id TEXT, alarm_type TEXT, severity TEXT,
                            raised_at TEXT, cleared_at TEXT);
    """)
    sites = [(1, "Rotterdam Port", "Rotterdam", "2012-05-01"), (2, "Venlo Hub", "Venlo", "2016-09-15"),
             (3, "Antwerp North", "Antwerp", "2019-03-01"), (4, "Duisburg East", "Duisburg", "2021-06-20")]
    db.executemany("INSERT INTO dim_site VALUES (?,?,?,?)", sites)
    types = {"freezer": (-25.0, -18.0), "chiller": (0.0, 5.0), "pharma": (2.0, 8.0), "ambient": (12.0, 22.0)}
    zones, z = [], 0
    layout = {1: ["freezer", "freezer", "chiller", "chiller", "ambient"], 2: ["freezer", "chiller", "pharma", "ambient"],
              3: ["freezer", "chiller", "pharma"], 4: ["freezer", "chiller", "ambient"]}
    for sid, kinds in layout.items():
        count = {}
        for k in kinds:
            z += 1
            count[k] = count.get(k, 0) + 1
            lo, hi = types[k]
            zones.append((z, sid, f"{k.capitalize()} {chr(64 + count[k])}", k, lo, hi))
    db.executemany("INSERT INTO dim_zone VALUES (?,?,?,?,?,?)", zones)
    sensors, n = [], 0
    for zz in zones:
        for _ in range(rng.choice([2, 2, 3])):
            n += 1
            sensors.append([f"S-{n:04d}", zz[0], rng.choices(["ThermoTag T2", "ThermoTag T3", "ColdEye Pro"], [4, 3, 2])[0],
                            day(rng, date(2021, 1, 1), date(2024, 10, 31)).isoformat(),
                            rng.choice(["1.8.2", "1.9.0", "2.0.1"])])
    sensors[3][1] = None                                # unassigned after a move
    sensors[20][1] = None
    sensors.append([f"S-{n + 1:04d}", 99, "ColdEye Pro", "2024-11-02", "2.0.1"])   # zone 99 was never created
    sensors.append([f"S-{n + 2:04d}", 7, "ThermoTag T3", "2025-02-27", "2.0.1"])   # installed, never reported
    db.executemany("INSERT INTO dim_sensor VALUES (?,?,?,?,?)", sensors)
    zone_of = {z_[0]: z_ for z_ in zones}
    reads, rid = [], 0
    start = datetime(2025, 1, 1)
    for s in sensors[:-1] + [["S-0090", 3, None, None, None], ["S-0091", 10, None, None, None]]:   # last two: unknown
        zz = zone_of.get(s[1]) or zone_of[3]
        lo, hi = zz[4], zz[5]
        mid = (lo + hi) / 2
        drift = rng.uniform(-0.6, 0.6)
        bat = rng.randrange(35, 100)
        t = start + timedelta(minutes=rng.randrange(0, 300))
        while t < datetime(2025, 3, 31, 23, 0):
            rid += 1
            temp = round(mid + drift + rng.gauss(0, (hi - lo) / 4.2), 1)
            if rng.random() < 0.012:
                temp = round(temp + rng.choice([-1, 1]) * rng.uniform(4, 9), 1)    # door left open, compressor trip
            r = rng.random()
            if r < 0.02:
                temp = None
            elif r < 0.024:
                temp = rng.choice([-127.0, 85.0, 999.9])                            # probe faults
            hum = round(rng.uniform(55, 95), 1) if rng.random() > 0.03 else rng.choice([None, None, 104.5, 112.0])
            if rng.random() < 0.1:
                bat = max(bat - 1, 3)
            reads.append((rid, s[0], t.strftime("%Y-%m-%d %H:%M:%S"), temp, hum, bat))
            if rng.random() < 0.006:                                             # sent twice by the gateway
                rid += 1
                reads.append((rid, s[0], t.strftime("%Y-%m-%d %H:%M:%S"), temp, hum, bat))
            t += timedelta(hours=rng.choice([6, 6, 6, 8, 12]), minutes=rng.randrange(-20, 21))
    db.executemany("INSERT INTO fact_reading VALUES (?,?,?,?,?,?)", reads)
    alarms, a = [], 0
    kinds = [("temp_high", 6), ("temp_low", 2), ("door_open", 5), ("battery_low", 2), ("offline", 3)]
    for _ in range(260):
        a += 1
        s = rng.choice(sensors[:-1])
        kind = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        sev = rng.choices(["low", "high", "critical"], [5, 3, 1])[0]
        raised = datetime(2025, 1, 1) + timedelta(minutes=rng.randrange(0, 89 * 24 * 60))
        dur = timedelta(minutes=rng.randrange(5, 240) * (3 if kind == "offline" else 1))
        cleared = (raised + dur).strftime("%Y-%m-%d %H:%M:%S") if rng.random() > 0.08 else None
        alarms.append((a, s[0], kind, sev, raised.strftime("%Y-%m-%d %H:%M:%S"), cleared))
    alarms[99] = (100, "S-0005", "offline", "critical", "2025-02-11 02:10:00", "2025-02-12 09:55:00")   # the longest
    db.executemany("INSERT INTO tbl_alarm VALUES (?,?,?,?,?,?)", alarms)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"appevents": build_appevents, "crm": build_crm, "coldstore": build_coldstore}, SETS))
