"""Held-out evaluation heldout40: three SQLite databases (a newsroom with a self-referencing staff
table, a chain of coworking spaces with timestamped badge events, and street-food trucks at weekly
markets) and hand-written analyst conversations over them, written before the engine was run on
them (see README.md in this folder).

    python bench/heldout40/build.py [OUT_DIR]   # writes newsroom.sqlite, coworking.sqlite, foodtrucks.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout40), checks every
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

FIRST = ("Abigail Bruno Chiara Declan Esme Farid Gemma Hamish Isla Jakub Kofi Leonie Matteo Nadia Orla "
         "Piotr Rosa Saoirse Tobias Uma Vikram Wren Xavier Yusuf Zofia Anton Beatrix Callum Dalia Emeka").split()
LAST = ("Achterberg Brennan Castillo Doyle Eriksen Fairweather Gallagher Hussain Iqbal Jovanovic Kaur "
        "Lindqvist Mbeki Nakamura O'Neill Pereira Quigley Rahman Sorensen Thornton Ulrich Vasquez Whitfield").split()


def names(rng: random.Random, n: int) -> list[str]:
    pool = [f"{f} {s}" for f in FIRST for s in LAST]
    return rng.sample(pool, n)


# ------------------------------------------------------------------------------------------ newsroom
def build_newsroom(path: Path) -> None:
    rng = random.Random(40001)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE desks (desk_id INTEGER PRIMARY KEY, desk_name TEXT, floor INTEGER);
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT, role TEXT,
                        desk_id INTEGER REFERENCES desks(desk_id),
                        editor_id INTEGER REFERENCES staff(staff_id), hired_on TEXT, is_freelance INTEGER);
    CREATE TABLE articles (article_id INTEGER PRIMARY KEY, headline TEXT, author_id INTEGER REFERENCES staff(staff_id),
                           desk_id INTEGER REFERENCES desks(desk_id), published_on TEXT, word_count INTEGER,
                           page_views INTEGER, is_premium INTEGER, corrections INTEGER);
    """)
    desks = [("Politics", 3), ("Business", 3), ("Sport", 2), ("Culture", 2), ("Local", 1), ("Science", 2)]
    db.executemany("INSERT INTO desks VALUES (?,?,?)", [(i + 1, *d) for i, d in enumerate(desks)])
    nm = names(rng, 44)
    staff = [(1, "Margaret Ellison", "editor-in-chief", None, None, "2009-03-02", 0)]
    for i in range(6):
        staff.append((i + 2, nm[i], "desk editor", i + 1, 1, day(rng, date(2010, 1, 1), date(2019, 12, 31)).isoformat(), 0))
    sid = 8
    counts = [7, 6, 7, 5, 6, 4]
    k = 6
    for d, c in enumerate(counts):
        for _ in range(c):
            hired = day(rng, date(2012, 1, 1), date(2024, 3, 1))
            staff.append((sid, nm[k], "reporter", d + 1, d + 2, hired.isoformat(), int(rng.random() < 0.2)))
            sid += 1
            k += 1
    db.executemany("INSERT INTO staff VALUES (?,?,?,?,?,?,?)", staff)
    reporters = [s for s in staff if s[2] == "reporter"]
    editors = [s for s in staff if s[2] == "desk editor"]
    clean = set(rng.sample([s[0] for s in reporters], 5))
    trend = {s[0]: rng.uniform(0.6, 1.6) for s in reporters + editors}
    corr = {s[0]: (0.0 if s[0] in clean else rng.uniform(0.03, 0.15)) for s in reporters + editors}
    prem = [0.45, 0.55, 0.2, 0.3, 0.1, 0.4]
    words = "Council Budget Vote Row Plan Stadium Storm Election Merger Strike Festival Review Study Report Deal Bid".split()
    arts = []
    aid = 1
    for s in reporters + editors:
        n = rng.randint(45, 80) if s[2] == "reporter" else rng.randint(6, 14)
        hired = date.fromisoformat(s[5])
        for _ in range(n):
            year = 2024 if rng.random() < trend[s[0]] / (1 + trend[s[0]]) else 2023
            d = day(rng, date(year, 1, 1), date(year, 12, 31))
            if d < hired:
                d = day(rng, max(hired, date(2024, 1, 1)), date(2024, 12, 31))
            views = int(rng.lognormvariate(8.2, 0.9)) + rng.randrange(7)
            wc = rng.randint(280, 2400)
            cor = 0
            if rng.random() < corr[s[0]]:
                cor = rng.choice([1, 1, 1, 2])
            head = f"{rng.choice(words)} {rng.choice(words).lower()} {aid}"
            arts.append((aid, head, s[0], s[3], d.isoformat(), wc, views, int(rng.random() < prem[s[3] - 1]), cor))
            aid += 1
    db.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?)", arts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ coworking
def build_coworking(path: Path) -> None:
    rng = random.Random(40002)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE locations (location_id INTEGER PRIMARY KEY, site_name TEXT, city TEXT, opened_on TEXT,
                            desk_capacity INTEGER);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, company TEXT, plan TEXT,
                          home_location_id INTEGER REFERENCES locations(location_id), joined_on TEXT, left_on TEXT);
    CREATE TABLE badge_events (event_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                               location_id INTEGER REFERENCES locations(location_id), event_time TEXT, direction TEXT);
    CREATE TABLE room_bookings (booking_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                                location_id INTEGER REFERENCES locations(location_id), room_name TEXT,
                                starts_at TEXT, hours REAL, fee REAL);
    """)
    locs = [("Northern Quarter", "Manchester", "2018-05-01", 140), ("Baltic Triangle", "Liverpool", "2019-09-16", 90),
            ("Shoreditch", "London", "2017-02-06", 210), ("Clerkenwell", "London", "2021-03-01", 120),
            ("Temple Quarter", "Bristol", "2022-10-03", 80)]
    db.executemany("INSERT INTO locations VALUES (?,?,?,?,?)", [(i + 1, *x) for i, x in enumerate(locs)])
    companies = ["Brightloop Ltd", "Kestrel Analytics", "Fernway Studio", "Quillfish", "Oakridge Legal",
                 "Pixel Harbour", "Tidewater Labs", "Saltmarsh Media", "Copperleaf", "Northbeam Consulting",
                 "Lumen & Co", "Hexfield Games", "freelance"]
    nm = names(rng, 210)
    members = []
    for i in range(210):
        plan = rng.choices(["hot desk", "fixed desk", "private office"], [5, 3, 2])[0]
        home = rng.choices(range(1, 6), [6, 3, 8, 4, 2])[0]
        joined = day(rng, max(date.fromisoformat(locs[home - 1][2]), date(2020, 1, 1)), date(2024, 9, 30))
        left = None
        if rng.random() < 0.22:
            left = day(rng, joined + timedelta(days=60), date(2025, 3, 1))
            left = None if left > date(2024, 12, 31) else left.isoformat()
        comp = rng.choice(companies) if plan != "hot desk" or rng.random() < 0.5 else "freelance"
        members.append((i + 1, nm[i], comp, plan, home, joined.isoformat(), left))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?)", members)
    events = []
    eid = 1
    freq = {m[0]: rng.choice([0.01, 0.03, 0.05, 0.08, 0.12, 0.18]) for m in members}
    for m in members:
        start = max(date.fromisoformat(m[5]), date(2023, 1, 1))
        end = date.fromisoformat(m[6]) if m[6] else date(2024, 12, 31)
        d = start
        f = freq[m[0]] * {"hot desk": 0.7, "fixed desk": 1.2, "private office": 1.0}[m[3]]
        while d <= end:
            wk = d.weekday() < 5
            if rng.random() < (f if wk else f * 0.12):
                loc = m[4] if rng.random() < 0.88 else rng.randint(1, 5)
                if date.fromisoformat(locs[loc - 1][2]) > d:
                    loc = m[4]
                tin = datetime(d.year, d.month, d.day, rng.choices([6, 7, 8, 9, 10, 11, 13],
                                                                    [1, 4, 9, 10, 5, 2, 2])[0],
                               rng.randrange(60), rng.randrange(60))
                tout = tin + timedelta(minutes=rng.randint(90, 600))
                events.append((eid, m[0], loc, tin.strftime("%Y-%m-%d %H:%M:%S"), "in"))
                events.append((eid + 1, m[0], loc, tout.strftime("%Y-%m-%d %H:%M:%S"), "out"))
                eid += 2
            d += timedelta(days=1)
    events.sort(key=lambda e: e[3])
    events = [(i + 1, *e[1:]) for i, e in enumerate(events)]
    db.executemany("INSERT INTO badge_events VALUES (?,?,?,?,?)", events)
    rooms = {1: [("Mill Room", 38.0), ("Pod 1", 14.5)], 2: [("Dock Room", 31.0), ("Pod 1", 12.5)],
             3: [("Boardroom", 62.0), ("Studio", 45.5), ("Pod 1", 18.0), ("Pod 2", 18.0)],
             4: [("Library Room", 40.0), ("Pod 1", 16.5)], 5: [("Brunel Room", 33.0)]}
    bookers = rng.sample([m for m in members], 120)
    books = []
    for b in range(1, 781):
        m = rng.choice(bookers)
        start = max(date.fromisoformat(m[5]), date(2023, 1, 1))
        end = date.fromisoformat(m[6]) if m[6] else date(2024, 12, 31)
        if start > end:
            start = end
        d = day(rng, start, end)
        loc = m[4] if rng.random() < 0.85 else rng.randint(1, 5)
        room, rate = rng.choice(rooms[loc])
        hrs = rng.choice([0.5, 1, 1, 1.5, 2, 2, 3, 4, 8])
        t = datetime(d.year, d.month, d.day, rng.randint(8, 16), rng.choice([0, 30]))
        books.append((b, m[0], loc, room, t.strftime("%Y-%m-%d %H:%M"), hrs, round(hrs * rate * (0.8 if m[3] == "private office" else 1), 2)))
    db.executemany("INSERT INTO room_bookings VALUES (?,?,?,?,?,?,?)", books)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ foodtrucks
def build_foodtrucks(path: Path) -> None:
    rng = random.Random(40003)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE trucks (truck_id INTEGER PRIMARY KEY, truck_name TEXT, cuisine TEXT, owner_name TEXT,
                         launched_year INTEGER, is_electric INTEGER);
    CREATE TABLE markets (market_id INTEGER PRIMARY KEY, market_name TEXT, town TEXT, market_day TEXT,
                          pitch_fee REAL);
    CREATE TABLE pitches (pitch_id INTEGER PRIMARY KEY, truck_id INTEGER REFERENCES trucks(truck_id),
                          market_id INTEGER REFERENCES markets(market_id), trade_date TEXT, takings REAL,
                          customers INTEGER, sold_out INTEGER);
    CREATE TABLE inspections (inspection_id INTEGER PRIMARY KEY, truck_id INTEGER REFERENCES trucks(truck_id),
                              inspected_on TEXT, hygiene_rating INTEGER, inspector TEXT);
    """)
    trucks = [("Taco Loco", "Mexican"), ("El Guapo", "Mexican"), ("Burrito Bros", "Mexican"),
              ("Masala Wheels", "Indian"), ("Dosa Dash", "Indian"), ("Bangkok Bites", "Thai"),
              ("The Greek Van", "Greek"), ("Souvlaki Street", "Greek"), ("Smash Shack", "Burgers"),
              ("Patty Wagon", "Burgers"), ("Big Bun Co", "Burgers"), ("Green Machine", "Vegan"),
              ("Plant Power", "Vegan"), ("Wood Fired Wally", "Pizza"), ("Slice Ride", "Pizza"),
              ("Seoul Food", "Korean"), ("Crepe Escape", "Crepes"), ("Jerk Junction", "Caribbean")]
    owners = names(rng, len(trucks))
    rows = []
    for i, (n, c) in enumerate(trucks):
        rows.append((i + 1, n, c, owners[i], rng.randint(2014, 2022), int(rng.random() < 0.25)))
    db.executemany("INSERT INTO trucks VALUES (?,?,?,?,?,?)", rows)
    markets = [("Riverside Night Market", "Shrewsbury", "Friday", 45.0), ("Abbey Square", "Chester", "Saturday", 60.0),
               ("Canal Basin", "Worcester", "Saturday", 40.0), ("Old Cattle Market", "Hereford", "Sunday", 35.0),
               ("Castle Green", "Ludlow", "Sunday", 30.0), ("Station Yard", "Telford", "Thursday", 25.0),
               ("Guildhall Lanes", "Chester", "Wednesday", 30.0)]
    db.executemany("INSERT INTO markets VALUES (?,?,?,?,?)", [(i + 1, *m) for i, m in enumerate(markets)])
    wd = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}
    skill = {t: rng.uniform(0.7, 1.4) for t in range(1, 19)}
    growth = {t: rng.uniform(0.75, 1.3) for t in range(1, 19)}
    regular = {m: rng.sample(range(1, 19), rng.randint(5, 9)) for m in range(1, 8)}
    pitches = []
    pid = 1
    for mi, m in enumerate(markets):
        d = date(2023, 1, 1)
        while d.weekday() != wd[m[2]]:
            d += timedelta(days=1)
        base = {"Friday": 900, "Saturday": 1100, "Sunday": 800, "Thursday": 500, "Wednesday": 450}[m[2]]
        while d <= date(2024, 12, 31):
            season = 1.35 if d.month in (6, 7, 8) else (0.7 if d.month in (1, 2, 12) else 1.0)
            if not (d.month in (1, 2) and mi >= 4):
                pool = regular[mi + 1]
                trading = [t for t in pool if rng.random() < 0.7]
                if rng.random() < 0.3:
                    trading.append(rng.choice([t for t in range(1, 19) if t not in trading] or [1]))
                for t in trading:
                    g = growth[t] if d.year == 2024 else 1.0
                    tk = round(base * season * skill[t] * g * rng.uniform(0.55, 1.45) + rng.random(), 2)
                    cust = max(5, int(tk / rng.uniform(8.5, 13.5)))
                    pitches.append((pid, t, mi + 1, d.isoformat(), tk, cust, int(rng.random() < 0.12)))
                    pid += 1
            d += timedelta(days=7)
    db.executemany("INSERT INTO pitches VALUES (?,?,?,?,?,?,?)", pitches)
    inspectors = ["J. Morley", "A. Okoye", "S. Brandt", "K. Leung"]
    ins = []
    iid = 1
    good = set(rng.sample(range(1, 19), 6))
    for t in range(1, 19):
        for _ in range(rng.randint(2, 5)):
            r = rng.choice([4, 5, 5]) if t in good else rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 6, 5])[0]
            ins.append((iid, t, day(rng, date(2022, 3, 1), date(2024, 11, 30)).isoformat(), r, rng.choice(inspectors)))
            iid += 1
    ins.sort(key=lambda x: x[2])
    ins = [(i + 1, *x[1:]) for i, x in enumerate(ins)]
    db.executemany("INSERT INTO inspections VALUES (?,?,?,?,?)", ins)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"newsroom": build_newsroom, "coworking": build_coworking,
                              "foodtrucks": build_foodtrucks}, SETS))
