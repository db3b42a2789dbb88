"""Held-out evaluation 30: three SQLite databases (a council's street-repair requests, a tabletop
games club, a house-removals firm) and hand-written analyst conversations over them, written before
the engine was run on them (see README.md in this folder).

    python bench/heldout30/build.py [OUT_DIR]   # writes streetworks.sqlite, gameclub.sqlite, removals.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout30), checks every
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

FIRST = ("Abel Bianca Cyrus Delia Emeka Freya Gideon Hana Idris Juno Kasper Leila Marek Nadia Otto Petra "
         "Rohan Saskia Tomas Ulla Vera Wilf Ximena Yusuf Zofia").split()
LAST = ("Achebe Brennan Castillo Dahl Eriksen Fontaine Gallagher Haddad Iqbal Jovanovic Kaur Lindgren "
        "Moreau Nakamura O'Neill Petrov Quigley Reyes Sato Thornton").split()


# ------------------------------------------------------------------------------------------
def build_streetworks(path: Path) -> None:
    rng = random.Random(3001)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE districts (district_id INTEGER PRIMARY KEY, district_name TEXT, population INTEGER);
    CREATE TABLE crews (crew_id INTEGER PRIMARY KEY, crew_name TEXT, depot TEXT, crew_size INTEGER,
                        hourly_rate_cents INTEGER);
    CREATE TABLE service_requests (request_id INTEGER PRIMARY KEY,
                                   district_id INTEGER REFERENCES districts(district_id),
                                   category TEXT, street_name TEXT, reported_on TEXT, reported_via TEXT,
                                   priority INTEGER, closed_on TEXT, repair_cost_cents INTEGER);
    CREATE TABLE request_status_history (history_id INTEGER PRIMARY KEY,
                                         request_id INTEGER REFERENCES service_requests(request_id),
                                         status TEXT, changed_at TEXT, changed_by TEXT);
    CREATE TABLE request_crews (request_id INTEGER REFERENCES service_requests(request_id),
                                crew_id INTEGER REFERENCES crews(crew_id), hours_on_site REAL);
    """)
    districts = [("Northgate", 48200), ("Riverside", 61350), ("Old Town", 23900), ("Eastfield", 55100),
                 ("Hillcrest", 31800), ("Docklands", 27400), ("Westmoor", 42650)]
    db.executemany("INSERT INTO districts VALUES (?,?,?)", [(i + 1, *d) for i, d in enumerate(districts)])
    crews = [("Tarmac A", "North Depot", 4, 5200), ("Tarmac B", "South Depot", 5, 5350),
             ("Lighting 1", "North Depot", 2, 6100), ("Lighting 2", "South Depot", 3, 5900),
             ("Cleansing", "Central Depot", 3, 3800), ("Drainage", "Central Depot", 4, 4750),
             ("Signs & Lines", "South Depot", 2, 4400)]
    db.executemany("INSERT INTO crews VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(crews)])
    cats = {"Pothole": ([1, 2], 3), "Streetlight out": ([3, 4], 2), "Graffiti": ([5], 1),
            "Fly-tipping": ([5], 1), "Blocked drain": ([6], 2), "Damaged sign": ([7], 1)}
    streets = ("High Street|Mill Lane|Station Road|Church Road|Park Avenue|Victoria Street|Queens Road|"
               "Canal Walk|Orchard Way|Bridge Street|King Street|Market Place|Elm Grove|Ferry Road|"
               "Quarry Hill|Tannery Row|Chapel Lane|Wharf Street").split("|")
    reqs, hist, links = [], [], []
    hid = 0
    for rid in range(1, 1501):
        cat = rng.choices(list(cats), [30, 18, 14, 16, 12, 10])[0]
        dist = rng.choices(range(1, 8), [14, 18, 8, 15, 8, 9, 11])[0]
        rep = day(rng, date(2023, 1, 1), date(2025, 6, 30))
        via = rng.choices(["app", "phone", "web form", "email"], [9, 5, 6, 2])[0]
        prio = rng.choices([1, 2, 3, None], [2, 5, 4, 3])[0]
        t = datetime(rep.year, rep.month, rep.day, rng.randrange(7, 22), rng.randrange(60))
        hid += 1
        hist.append((hid, rid, "received", t.strftime("%Y-%m-%d %H:%M"), None))
        path_ = ["triaged", "assigned", "in_progress", "resolved"]
        r = rng.random()
        if r < 0.07:
            path_ = ["triaged", "rejected"]
        elif rep > date(2025, 5, 1) and r < 0.5:
            path_ = path_[:rng.randrange(0, 3)]
        elif r < 0.12:
            path_ = path_[:rng.randrange(1, 4)]
        officers = ["j.moss", "a.khan", "p.lowe", "s.grey", None]
        closed = None
        for st in path_:
            t += timedelta(hours=rng.randrange(3, 24 * (6 if cat == "Pothole" else 4)))
            if t > datetime(2025, 7, 15):
                break
            hid += 1
            hist.append((hid, rid, st, t.strftime("%Y-%m-%d %H:%M"), rng.choice(officers)))
            if st in ("resolved", "rejected"):
                closed = t.date().isoformat()
        cost = None
        last = hist[-1][2]
        if last in ("in_progress", "resolved"):
            crew_pool, maxn = cats[cat]
            for c in rng.sample(crew_pool, min(len(crew_pool), rng.randrange(1, maxn + 1))):
                links.append((rid, c, rng.choice([0.5, 1, 1.5, 2, 2.5, 3, 4, 6])))
            if last == "resolved" and rng.random() < 0.9:
                base = {"Pothole": 32000, "Streetlight out": 21000, "Graffiti": 9000, "Fly-tipping": 12500,
                        "Blocked drain": 18000, "Damaged sign": 15000}[cat]
                cost = int(base * rng.uniform(0.5, 1.8))
        reqs.append((rid, dist, cat, rng.choice(streets), rep.isoformat(), via, prio, closed, cost))
    # the one most expensive repair: a pothole on Quarry Hill in Hillcrest
    k = next(i for i, r in enumerate(reqs) if i > 600 and r[2] == "Pothole" and r[8] and r[7] < "2025")
    reqs[k] = (*reqs[k][:3], "Quarry Hill", *reqs[k][4:8], 148250)
    db.executemany("INSERT INTO service_requests VALUES (?,?,?,?,?,?,?,?,?)", reqs)
    db.executemany("INSERT INTO request_status_history VALUES (?,?,?,?,?)", hist)
    db.executemany("INSERT INTO request_crews VALUES (?,?,?)", links)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_gameclub(path: Path) -> None:
    rng = random.Random(3002)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Members (MemberID INTEGER PRIMARY KEY, FullName TEXT, HomeTown TEXT, JoinedOn TEXT,
                          Email TEXT);
    CREATE TABLE MembershipStatusHistory (MemberID INTEGER REFERENCES Members(MemberID), Status TEXT,
                                          EffectiveFrom TEXT);
    CREATE TABLE Games (GameID INTEGER PRIMARY KEY, Title TEXT, Publisher TEXT, YearPublished INTEGER,
                        MinPlayers INTEGER, MaxPlayers INTEGER, Weight REAL, OwnedByClub INTEGER);
    CREATE TABLE GameNights (NightID INTEGER PRIMARY KEY, HeldOn TEXT, Venue TEXT,
                             HostMemberID INTEGER REFERENCES Members(MemberID));
    CREATE TABLE Plays (PlayID INTEGER PRIMARY KEY, NightID INTEGER REFERENCES GameNights(NightID),
                        GameID INTEGER REFERENCES Games(GameID), DurationMinutes INTEGER);
    CREATE TABLE PlayParticipants (PlayID INTEGER REFERENCES Plays(PlayID), MemberID INTEGER REFERENCES Members(MemberID),
                                   Score INTEGER, IsWinner INTEGER);
    CREATE TABLE Fees (FeeID INTEGER PRIMARY KEY, MemberID INTEGER REFERENCES Members(MemberID), PaidOn TEXT,
                       AmountCents INTEGER, Currency TEXT, FeeType TEXT);
    """)
    towns = ["Bristol", "Bath", "Keynsham", "Portishead", "Clevedon"]
    members, status = [], []
    used = set()
    for m in range(1, 91):
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name not in used:
                used.add(name)
                break
        joined = day(rng, date(2018, 1, 1), date(2025, 3, 31))
        email = f"{name.split()[0].lower()}.{m}@example.org" if rng.random() < 0.8 else None
        members.append((m, name, rng.choices(towns, [8, 4, 2, 2, 1])[0], joined.isoformat(), email))
        status.append((m, "active", joined.isoformat()))
        d = joined
        for _ in range(rng.choices([0, 1, 2], [6, 3, 1])[0]):
            d = d + timedelta(days=rng.randrange(120, 700))
            if d > date(2025, 6, 30):
                break
            prev = status[-1][1]
            st = "lapsed" if prev == "active" else "active"
            if st == "lapsed" and rng.random() < 0.1:
                st = "suspended"
            status.append((m, st, d.isoformat()))
    status.append((7, "honorary", "2024-09-01"))
    db.executemany("INSERT INTO Members VALUES (?,?,?,?,?)", members)
    db.executemany("INSERT INTO MembershipStatusHistory VALUES (?,?,?)", status)
    games = [("Catan", "Kosmos", 1995, 3, 4, 2.3), ("Ticket to Ride", "Days of Wonder", 2004, 2, 5, 1.8),
             ("Wingspan", "Stonemaier Games", 2019, 1, 5, 2.4), ("Azul", "Plan B Games", 2017, 2, 4, 1.8),
             ("Terraforming Mars", "FryxGames", 2016, 1, 5, 3.3), ("Carcassonne", "Hans im Glueck", 2000, 2, 5, 1.9),
             ("Brass: Birmingham", "Roxley", 2018, 2, 4, 3.9), ("Codenames", "Czech Games Edition", 2015, 2, 8, 1.3),
             ("Pandemic", "Z-Man Games", 2008, 2, 4, 2.4), ("Agricola", "Lookout Games", 2007, 1, 4, 3.6),
             ("7 Wonders", "Repos Production", 2010, 2, 7, 2.3), ("Gloomhaven", "Cephalofair Games", 2017, 1, 4, 3.9),
             ("Splendor", "Space Cowboys", 2014, 2, 4, 1.8), ("Root", "Leder Games", 2018, 2, 4, 3.7),
             ("Dominion", "Rio Grande Games", 2008, 2, 4, 2.4), ("Cascadia", "Flatout Games", 2021, 1, 4, 1.9),
             ("The Crew", "Kosmos", 2019, 2, 5, 2.0), ("Everdell", "Starling Games", 2018, 1, 4, 2.8),
             ("Scythe", "Stonemaier Games", 2016, 1, 5, 3.4), ("Heat: Pedal to the Metal", "Days of Wonder", 2022, 1, 6, 2.2),
             ("Dune: Imperium", "Dire Wolf", 2020, 1, 4, 3.0), ("Love Letter", "Z-Man Games", 2012, 2, 6, None)]
    db.executemany("INSERT INTO Games VALUES (?,?,?,?,?,?,?,?)",
                   [(i + 1, *g, 0 if i in (11, 20, 13) else 1) for i, g in enumerate(games)])
    venues = ["The Dice Box cafe", "St Mark's Hall", "The Crown (upstairs)"]
    nights, plays, parts = [], [], []
    pid = 0
    d = date(2023, 1, 5)
    nid = 0
    while d <= date(2025, 6, 30):
        nid += 1
        venue = rng.choices(venues, [5, 3, 2])[0]
        eligible = [m for m in members if m[3] <= d.isoformat()]
        host = rng.choice(eligible)[0] if rng.random() < 0.85 else None
        nights.append((nid, d.isoformat(), venue, host))
        for _ in range(rng.randrange(2, 6)):
            pid += 1
            g = rng.choices(range(1, len(games) + 1),
                            [9, 7, 8, 7, 5, 6, 4, 8, 5, 3, 6, 2, 6, 3, 4, 6, 5, 4, 3, 5, 4, 4])[0]
            lo, hi, w = games[g - 1][3], games[g - 1][4], games[g - 1][5] or 1.2
            n = rng.randint(max(lo, 2), min(hi, 6))
            plays.append((pid, nid, g, int(rng.uniform(15, 45) * w + rng.randrange(0, 20))))
            who = rng.sample(eligible, n)
            scores = [rng.randrange(20, 140) for _ in who] if g not in (8, 9, 17) else [None] * n
            if scores[0] is not None:
                best = max(scores)
                winners = [s == best for s in scores]
            else:
                win = rng.random() < 0.55 if g in (9, 17) else True   # co-op games: all win or all lose
                if g == 8:
                    winners = [i < n // 2 for i in range(n)]
                else:
                    winners = [win] * n
            for p, s, wflag in zip(who, scores, winners):
                parts.append((pid, p[0], s, int(wflag)))
        d += timedelta(days=rng.choice([7, 7, 14]))
    db.executemany("INSERT INTO GameNights VALUES (?,?,?,?)", nights)
    db.executemany("INSERT INTO Plays VALUES (?,?,?,?)", plays)
    k = next(i for i, x in enumerate(parts) if x[0] > 200 and x[2] is not None and x[3] == 1)
    parts[k] = (parts[k][0], parts[k][1], 164, 1)     # the one record score
    db.executemany("INSERT INTO PlayParticipants VALUES (?,?,?,?)", parts)
    fees, fid = [], 0
    for m in members:
        j = date.fromisoformat(m[3])
        for yr in range(max(j.year, 2022), 2026):
            if rng.random() < 0.82:
                fid += 1
                cur = "EUR" if rng.random() < 0.08 else "GBP"
                amt = (3500 if yr < 2024 else 4000) if cur == "GBP" else 4600
                if rng.random() < 0.15:
                    amt = amt // 2      # concession rate
                fees.append((fid, m[0], day(rng, max(j, date(yr, 1, 1)),
                                            max(j, date(yr, 3, 31))).isoformat(), amt, cur, "annual"))
        for _ in range(rng.choices([0, 1, 2, 3], [5, 3, 2, 1])[0]):
            fid += 1
            fees.append((fid, m[0], day(rng, max(j, date(2023, 1, 1)), date(2025, 6, 30)).isoformat(),
                         rng.choice([300, 500, 500, 750]), "GBP", "tournament entry"))
    db.executemany("INSERT INTO Fees VALUES (?,?,?,?,?,?)", fees)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_removals(path: Path) -> None:
    rng = random.Random(3003)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, cust_name TEXT, cust_type TEXT, city TEXT,
                            referred_by TEXT);
    CREATE TABLE vans (van_reg TEXT PRIMARY KEY, van_type TEXT, capacity_m3 REAL, bought_on TEXT);
    CREATE TABLE crew_members (crew_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, role TEXT,
                               hired_on TEXT, day_rate_pence INTEGER, left_on TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES customers(cust_id),
                       from_city TEXT, to_city TEXT, move_date TEXT, volume_m3 REAL, distance_km INTEGER,
                       van_reg TEXT REFERENCES vans(van_reg), quote_pence INTEGER, invoiced_pence INTEGER,
                       needs_storage INTEGER);
    CREATE TABLE job_status_log (job_id INTEGER REFERENCES jobs(job_id), status TEXT, logged_on TEXT);
    CREATE TABLE job_crew (job_id INTEGER REFERENCES jobs(job_id), crew_id INTEGER REFERENCES crew_members(crew_id),
                           is_lead INTEGER);
    CREATE TABLE damage_claims (claim_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id),
                                claimed_on TEXT, item TEXT, claim_pence INTEGER, paid_pence INTEGER);
    """)
    cities = ["Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Stirling", "Perth", "Inverness", "Newcastle"]
    custs = []
    biz = ["Solicitors", "Dental Group", "Architects", "Software Ltd", "Accountants", "Trust"]
    for c in range(1, 321):
        t = "business" if rng.random() < 0.15 else "household"
        nm = f"{rng.choice(LAST)} {rng.choice(biz)}" if t == "business" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        custs.append((c, nm, t, rng.choices(cities[:7], [8, 9, 3, 3, 2, 2, 2])[0],
                      rng.choices([None, "Google", "Word of mouth", "Estate agent", "Facebook"], [6, 4, 3, 3, 1])[0]))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", custs)
    vans = [("SK19 RMV", "Luton", 19.0, "2019-04-02"), ("SK20 BXT", "Luton", 19.0, "2020-03-11"),
            ("SL21 HFD", "7.5t box", 35.0, "2021-06-30"), ("SL22 PWE", "7.5t box", 35.0, "2022-02-14"),
            ("SN18 KJA", "Panel van", 11.0, "2018-09-20"), ("SN23 TOY", "18t rigid", 55.0, "2023-05-05")]
    db.executemany("INSERT INTO vans VALUES (?,?,?,?)", vans)
    crew = []
    for k in range(1, 25):
        role = "team lead" if k <= 5 else rng.choices(["driver", "porter"], [2, 3])[0]
        rate = {"team lead": 16500, "driver": 13800, "porter": 11500}[role] + rng.randrange(0, 16) * 100
        hired = day(rng, date(2016, 1, 1), date(2024, 9, 1))
        left = day(rng, hired + timedelta(days=200), date(2025, 5, 1)).isoformat() if k > 5 and rng.random() < 0.2 else None
        crew.append((k, rng.choice(FIRST), rng.choice(LAST), role, hired.isoformat(), rate, left))
    crew[2] = (3, "Morag", "Sinclair", "team lead", "2015-08-17", 18900, None)   # longest-serving, best paid
    db.executemany("INSERT INTO crew_members VALUES (?,?,?,?,?,?,?)", crew)
    jobs, log, jc, claims = [], [], [], []
    cl = 0
    for j in range(1, 901):
        c = custs[rng.randrange(len(custs))]
        frm = c[3]
        to = frm if rng.random() < 0.55 else rng.choice(cities)
        md = day(rng, date(2023, 3, 1), date(2025, 9, 30))
        vol = round(rng.uniform(8, 60 if c[2] == "business" else 34), 1)
        dist = rng.randrange(3, 30) if to == frm else rng.randrange(40, 420)
        van = min((v for v in vans if v[2] >= vol), key=lambda v: v[2])[0] if vol <= 55 else "SN23 TOY"
        if rng.random() < 0.3:
            van = rng.choice([v for v in vans if v[2] >= min(vol, 55)])[0]
        quote = int((vol * 2400 + dist * 180 + 9000) * rng.uniform(0.9, 1.15)) // 100 * 100
        enq = md - timedelta(days=rng.randrange(20, 90))
        steps = [("enquiry", enq), ("quoted", enq + timedelta(days=rng.randrange(1, 5)))]
        r = rng.random()
        if r < 0.25:
            stat = "lost"
        elif r < 0.33:
            stat = "cancelled"
        else:
            stat = "booked"
        inv = None
        if stat == "lost":
            steps.append(("lost", steps[-1][1] + timedelta(days=rng.randrange(3, 20))))
            van = None
        else:
            steps.append(("booked", steps[-1][1] + timedelta(days=rng.randrange(1, 10))))
            if stat == "cancelled":
                steps.append(("cancelled", md - timedelta(days=rng.randrange(1, 6))))
                van = None
            elif md <= date(2025, 7, 31):
                steps.append(("completed", md))
                inv = quote + rng.choice([0, 0, 0, 0, 2500, 5000, -1500, 12000])
        steps = [s for s in steps if s[1] <= date(2025, 7, 31)]
        if not steps:
            steps = [("enquiry", date(2025, 7, 31))]
        if steps[-1][0] == "enquiry":
            quote = None
        for s, dte in steps:
            log.append((j, s, dte.isoformat()))
        storage = int(rng.random() < 0.12)
        jobs.append((j, c[0], frm, to, md.isoformat(), vol, dist, van, quote, inv, storage))
        if steps[-1][0] == "completed":
            n = 2 if vol < 15 else 3 if vol < 35 else 4
            active = [k for k in crew if k[4] <= md.isoformat() and (k[6] is None or k[6] > md.isoformat())]
            leads = [k for k in active if k[3] == "team lead"]
            lead = rng.choice(leads)
            jc.append((j, lead[0], 1))
            for k in rng.sample([k for k in active if k[3] != "team lead"], n - 1):
                jc.append((j, k[0], 0))
            if rng.random() < 0.07:
                cl += 1
                amt = rng.choice([4500, 8000, 12000, 25000, 39900, 60000])
                paid = rng.choice([amt, amt, amt // 2, 0, None])
                claims.append((cl, j, (md + timedelta(days=rng.randrange(1, 20))).isoformat(),
                               rng.choice(["mirror", "sofa", "wardrobe", "TV", "piano", "dining table", "lamp",
                                           "bookcase"]), amt, paid))
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?,?)", jobs)
    db.executemany("INSERT INTO job_status_log VALUES (?,?,?)", log)
    db.executemany("INSERT INTO job_crew VALUES (?,?,?)", jc)
    k = next(i for i, x in enumerate(claims) if x[3] == "TV")
    claims[k] = (*claims[k][:3], "piano", *claims[k][4:])
    db.executemany("INSERT INTO damage_claims VALUES (?,?,?,?,?,?)", claims)
    db.commit()
    db.close()


BUILDERS = {"streetworks": build_streetworks, "gameclub": build_gameclub, "removals": build_removals}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
