"""Held-out evaluation heldout48: three SQLite databases of community and volunteer organisations
(a hospice charity-shop volunteer rota, a rural community transport scheme, a repair café) and
hand-written coordinator conversations over them, written before the engine was run on them (see
README.md in this folder).

    python bench/heldout48/build.py [OUT_DIR]   # writes shoprota.sqlite, dialaride.sqlite, repaircafe.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout48), checks every
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

FIRST = ("Alan Brenda Carol Derek Eileen Frank Gillian Harold Irene Janet Keith Linda Margaret Neil "
         "Olive Pauline Ray Sandra Trevor Valerie Wendy Yvonne Colin Shirley Graham Hazel Barry Jean "
         "Priya Tomasz Amir Chloe Dev Fatima Kemi Lukas").split()
LAST = ("Abbott Bright Cartwright Dunmore Ellis Fairbrother Goode Hollis Ingram Jarvis Kirby Lowe "
        "Mottram Newbold Orme Pickering Quinton Rudd Shipley Tranter Underwood Vickers Whitlock Yeoman "
        "Begum Kowalczyk Okoro Ahmed").split()


# ------------------------------------------------------------------------------------------
def build_shoprota(path: Path) -> None:
    """St Brigid's Hospice charity shops: volunteers, shop shifts and the rota linking them."""
    rng = random.Random(48101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, town TEXT, opened_on TEXT,
                        manager TEXT, open_saturday INTEGER);
    CREATE TABLE volunteers (vol_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                             home_shop_id INTEGER REFERENCES shops(shop_id), joined_on TEXT,
                             birth_year INTEGER, dbs_checked INTEGER, email TEXT);
    CREATE TABLE shifts (shift_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
                         shift_date TEXT, slot TEXT, volunteers_needed INTEGER, takings REAL);
    CREATE TABLE rota (shift_id INTEGER REFERENCES shifts(shift_id), vol_id INTEGER REFERENCES volunteers(vol_id),
                       task TEXT, no_show INTEGER, PRIMARY KEY (shift_id, vol_id));
    """)
    shops = [(1, "Kettering Gold St", "Kettering", "2008-03-14", "Dawn Maddox", 1),
             (2, "Corby Corporation St", "Corby", "2012-10-01", "Imran Siddiqui", 1),
             (3, "Wellingborough Market Sq", "Wellingborough", "2010-06-19", "Helen Crisp", 1),
             (4, "Rushden High St", "Rushden", "2016-04-25", "Paul Brennan", 0),
             (5, "Thrapston Bridge St", "Thrapston", "2021-09-06", "Julie Ashworth", 0)]
    db.executemany("INSERT INTO shops VALUES (?,?,?,?,?,?)", shops)
    vols, used = [], set()
    for v in range(1, 131):
        while True:
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        home = rng.choices([1, 2, 3, 4, 5], [32, 24, 28, 14, 12])[0]
        joined = day(rng, date(2012, 1, 1), date(2025, 8, 31))
        vols.append([v, fn, ln, home, joined.isoformat(), rng.randrange(1941, 2007),
                     1 if rng.random() < 0.8 else 0, f"{fn.lower()}.{ln.lower()}@example.org"])
    vols[6] = [7, "Maureen", "Tebbutt", 1, "2013-02-11", 1949, 1, "maureen.tebbutt@example.org"]
    vols[40] = [41, "Stanley", "Pryce", 4, "2025-07-21", 2004, 0, "stanley.pryce@example.org"]
    db.executemany("INSERT INTO volunteers VALUES (?,?,?,?,?,?,?,?)", vols)
    weight = {v[0]: rng.choice([1, 1, 2, 2, 3, 4, 6]) for v in vols}
    for v in vols:                                    # some volunteers are on the books but never on the rota
        if rng.random() < 0.1 or v[4] > "2025-06-30":
            weight[v[0]] = 0
    weight[7] = 14
    tasks = ["till", "sorting", "steaming", "shop floor"]
    floaters = set(rng.sample([v[0] for v in vols if weight[v[0]] and v[0] != 7], 14))   # they cover other shops
    shifts, rota, sid = [], [], 0
    d = date(2025, 1, 2)
    while d <= date(2025, 6, 30):
        wd = d.weekday()
        for shop in shops:
            if wd == 6 or (wd == 5 and not shop[5]) or (shop[0] == 5 and wd == 2):
                continue
            for slot in ("AM", "PM"):
                sid += 1
                need = rng.choice([2, 3, 3, 4]) if shop[0] in (1, 3) else rng.choice([2, 2, 3])
                base = {1: 310, 2: 240, 3: 280, 4: 190, 5: 150}[shop[0]]
                takings = round(base * (1.45 if wd == 5 else 1.0) * (0.8 if slot == "PM" else 1.0)
                                * rng.uniform(0.55, 1.5) * (0.85 if d.month == 1 else 1.0), 2)
                shifts.append((sid, shop[0], d.isoformat(), slot, need, takings))
                pool = [v[0] for v in vols if weight[v[0]] and v[4] <= d.isoformat()
                        and (v[3] == shop[0] or v[0] in floaters and rng.random() < 0.12)]
                k = min(len(pool), need + rng.choice([-1, 0, 0, 0, 1]))
                chosen = set()
                while len(chosen) < k:
                    chosen.add(rng.choices(pool, [weight[p] for p in pool])[0])
                for p in sorted(chosen):
                    rota.append((sid, p, rng.choices(tasks, [3, 4, 2, 3])[0],
                                 1 if rng.random() < 0.055 else 0))
        d += timedelta(days=1)
    extra = 2                                         # one clear worst attender
    for i, r in enumerate(rota):
        if r[1] == 54 and not r[3] and extra:
            rota[i], extra = (*r[:3], 1), extra - 1
    db.executemany("INSERT INTO shifts VALUES (?,?,?,?,?,?)", shifts)
    db.executemany("INSERT INTO rota VALUES (?,?,?,?)", rota)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def build_dialaride(path: Path) -> None:
    """Nene Valley Community Transport: drivers, minibuses, members, trips, and the volunteer
    drivers' 2024 mileage claims imported from a spreadsheet (one column per month)."""
    rng = random.Random(48202)
    db = sqlite3.connect(path)
    db.executescript(f"""
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, full_name TEXT, home_village TEXT, is_paid INTEGER,
                          started_on TEXT, uses_own_car INTEGER);
    CREATE TABLE vehicles (reg TEXT PRIMARY KEY, model TEXT, seats INTEGER, wheelchair_lift INTEGER,
                           fuel TEXT, bought_on TEXT);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, village TEXT, mobility_aid TEXT,
                          birth_year INTEGER, joined_on TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, trip_date TEXT, pickup_time TEXT,
                        member_id INTEGER REFERENCES members(member_id),
                        driver_id INTEGER REFERENCES drivers(driver_id), vehicle_reg TEXT REFERENCES vehicles(reg),
                        purpose TEXT, destination TEXT, miles REAL, fare REAL, status TEXT);
    CREATE TABLE mileage_claims_2024 (driver_name TEXT, {", ".join(m + " INTEGER" for m in MONTHS)});
    """)
    villages = ["Oundle", "Thrapston", "Raunds", "Brigstock", "Warmington", "Nassington", "Titchmarsh",
                "Woodford", "Polebrook", "Kings Cliffe"]
    drivers, used = [], set()
    for i in range(1, 19):
        while True:
            n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if n not in used:
                used.add(n)
                break
        paid = 1 if i <= 4 else 0
        drivers.append([i, n, rng.choice(villages), paid, day(rng, date(2014, 1, 1), date(2023, 12, 31)).isoformat(),
                        0 if paid else (1 if rng.random() < 0.7 else 0)])
    drivers[9] = [10, "Dave Roebuck", "Raunds", 0, "2016-05-09", 1]
    drivers[14] = [15, "Gwen Lattimore", "Oundle", 0, "2019-09-23", 1]
    drivers[17] = [18, "Kwame Asante", "Thrapston", 0, "2025-03-03", 1]
    db.executemany("INSERT INTO drivers VALUES (?,?,?,?,?,?)", drivers)
    vehicles = [("NV19 CTA", "Ford Transit Minibus", 14, 1, "diesel", "2019-04-02"),
                ("NV21 CTB", "Peugeot Boxer Minibus", 12, 1, "diesel", "2021-07-15"),
                ("NV23 EVC", "Renault Master E-Tech", 9, 1, "electric", "2023-02-20"),
                ("NV16 CTD", "Citroen Relay", 8, 0, "diesel", "2016-11-30"),
                ("NV24 EVE", "Nissan e-NV200", 5, 1, "electric", "2024-05-13")]
    db.executemany("INSERT INTO vehicles VALUES (?,?,?,?,?,?)", vehicles)
    members = []
    for m in range(1, 241):
        members.append((m, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(villages, [9, 7, 8, 3, 2, 3, 2, 2, 2, 4])[0],
                        rng.choices(["none", "walking stick", "walker", "wheelchair"], [10, 5, 4, 3])[0],
                        rng.randrange(1928, 1975), day(rng, date(2015, 1, 1), date(2025, 10, 31)).isoformat()))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?)", members)
    dests = {"medical": ["Kettering General Hospital", "Oundle Surgery", "Peterborough City Hospital",
                         "Thrapston Health Centre"],
             "shopping": ["Tesco Corby", "Oundle Market", "Aldi Thrapston"],
             "social": ["Raunds Lunch Club", "Oundle Library", "Brigstock Village Hall"],
             "day centre": ["Riverside Day Centre"]}
    trips, tid = [], 0
    claims = {d[1]: [0] * 12 for d in drivers if not d[3] and d[5] and d[4] < "2024-01-01"}
    driver_w = {d[0]: (5 if d[3] else rng.choice([1, 2, 2, 3])) for d in drivers}
    driver_w[10] = 4
    d = date(2024, 1, 1)
    while d <= date(2025, 10, 31):
        if d.weekday() < 6:
            for _ in range(rng.randrange(2, 7) if d.weekday() < 5 else rng.randrange(0, 3)):
                tid += 1
                mem = rng.choice(members)
                if mem[5] > d.isoformat():
                    mem = members[0]
                purpose = rng.choices(list(dests), [9, 5, 4, 3])[0]
                dest = rng.choice(dests[purpose])
                drv = rng.choices(drivers, [driver_w[x[0]] if x[4] <= d.isoformat() else 0 for x in drivers])[0]
                if drv[3] or not drv[5]:
                    reg = rng.choice([v[0] for v in vehicles if v[5] <= d.isoformat()])
                elif mem[3] == "wheelchair":
                    reg = rng.choice(["NV19 CTA", "NV21 CTB", "NV23 EVC"])
                else:
                    reg = None
                miles = round(rng.uniform(3, 14) if "Peterborough" not in dest and "Kettering" not in dest
                              else rng.uniform(14, 32), 1)
                status = rng.choices(["completed", "cancelled", "no show"], [88, 8, 4])[0]
                if status == "cancelled":
                    miles = None
                fare = 0.0 if status != "completed" else round(2.5 + 0.25 * int(miles), 2)
                hh = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 15])
                trips.append((tid, d.isoformat(), f"{hh:02d}:{rng.choice(['00', '15', '30', '45'])}", mem[0], drv[0],
                              reg, purpose, dest, miles, fare, status))
                if reg is None and d.year == 2024 and drv[1] in claims and miles:
                    claims[drv[1]][d.month - 1] += round(miles * 2)
        d += timedelta(days=1)
    db.executemany("INSERT INTO trips VALUES (?,?,?,?,?,?,?,?,?,?,?)", trips)
    rows = []
    for name, ms in claims.items():
        ms = [m + rng.randrange(0, 40) if m else (rng.randrange(0, 25) if rng.random() < 0.3 else 0) for m in ms]
        rows.append((name, *ms))
    db.executemany(f"INSERT INTO mileage_claims_2024 VALUES ({','.join('?' * 13)})", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_repaircafe(path: Path) -> None:
    """Fix-It Fridays repair café: venues, events, visitors (person), volunteer fixers, repairs;
    singular and plural table names mixed as the organisers made them."""
    rng = random.Random(48303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE venue (id INTEGER PRIMARY KEY, name TEXT, town TEXT, hire_cost REAL);
    CREATE TABLE events (id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venue(id), event_date TEXT,
                         volunteers_on_duty INTEGER, cakes_sold INTEGER);
    CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, postcode_area TEXT, first_visit TEXT,
                         mailing_list INTEGER);
    CREATE TABLE fixer (id INTEGER PRIMARY KEY, name TEXT, speciality TEXT, since TEXT);
    CREATE TABLE repairs (id INTEGER PRIMARY KEY, event_id INTEGER REFERENCES events(id),
                          person_id INTEGER REFERENCES person(id), fixer_id INTEGER REFERENCES fixer(id),
                          category TEXT, item TEXT, brand TEXT, outcome TEXT, minutes_spent INTEGER,
                          weight_kg REAL, donation REAL);
    """)
    venues = [(1, "St Mark's Church Hall", "Stroud", 35.0), (2, "Five Valleys Library", "Stroud", 0.0),
              (3, "Nailsworth Town Hall", "Nailsworth", 42.5), (4, "Painswick Institute", "Painswick", 28.0)]
    db.executemany("INSERT INTO venue VALUES (?,?,?,?)", venues)
    cats = {"electrical": (["toaster", "kettle", "lamp", "vacuum cleaner", "hair dryer", "radio", "food mixer"],
                           ["Russell Hobbs", "Dyson", "Philips", "Bosch", "Roberts", "Kenwood"], 1.8),
            "textiles": (["jacket zip", "jeans", "curtains", "rucksack", "coat lining"],
                         ["Levi's", "Barbour", "M&S", "North Face"], 0.7),
            "bikes": (["bike brakes", "puncture", "gears", "child's bike"], ["Raleigh", "Carrera", "Brompton"], 12.0),
            "computers": (["laptop", "tablet", "printer", "phone screen"], ["Dell", "HP", "Apple", "Samsung", "Lenovo"],
                          1.6),
            "furniture": (["chair", "stool", "drawer", "bookshelf"], ["IKEA", "Ercol", "unknown"], 6.5),
            "jewellery": (["necklace clasp", "watch strap", "earring"], ["Pandora", "Swatch", "unknown"], 0.05),
            "toys": (["teddy bear", "wooden train", "remote control car"], ["Brio", "Lego", "Hasbro"], 0.6)}
    fixers = [(1, "Bernard Coles", "electrical", "2017-05-12"), (2, "Anjali Rao", "textiles", "2018-01-19"),
              (3, "Geoff Hanham", "bikes", "2017-05-12"), (4, "Marta Nowak", "computers", "2019-09-20"),
              (5, "Ron Fairweather", "electrical", "2017-05-12"), (6, "Sue Penhaligon", "textiles", "2020-02-21"),
              (7, "Tim Okonjo", "furniture", "2021-06-18"), (8, "Lily Hartnell", "jewellery", "2022-03-18"),
              (9, "Owen Pritchard", "computers", "2023-01-20"), (10, "Wendy Stacey", "toys", "2022-10-21"),
              (11, "Chris Dawe", "bikes", "2024-04-19")]
    db.executemany("INSERT INTO fixer VALUES (?,?,?,?)", fixers)
    events, eid = [], 0
    d = date(2023, 1, 6)
    while d <= date(2025, 10, 31):
        if d.day <= 7:                                 # first friday of the month: the Stroud hall
            eid += 1
            events.append((eid, 1, d.isoformat(), rng.randrange(7, 13), rng.randrange(15, 45)))
        elif 15 <= d.day <= 21:                        # third friday: the others in turn
            eid += 1
            events.append((eid, [2, 3, 4][d.month % 3], d.isoformat(), rng.randrange(4, 10), rng.randrange(5, 30)))
        d += timedelta(days=7)
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?)", events)
    areas = ["GL5", "GL5", "GL5", "GL6", "GL6", "GL10", "GL11", "GL1", "GL4"]
    people = []
    for p in range(1, 521):
        people.append([p, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(areas), None,
                       1 if rng.random() < 0.45 else 0])
    people[99][1] = "Rosalind Meek"
    repairs, rid, seen = [], 0, {}
    for ev in events:
        n = rng.randrange(14, 34) if ev[1] == 1 else rng.randrange(8, 22)
        for _ in range(n):
            rid += 1
            p = rng.randrange(1, 521) if rng.random() < 0.85 else rng.randrange(1, 60)
            if rid in (40, 160, 260, 400, 520, 650, 790, 950, 1100, 1180, 1250):
                p = 100
            cat = rng.choices(list(cats), [10, 5, 3, 4, 2, 2, 2])[0]
            items, brands, kg = cats[cat]
            able = [f for f in fixers if f[2] == cat and f[3] <= ev[2]]
            fx = rng.choice(able) if able else rng.choice([f for f in fixers if f[3] <= ev[2]])
            p_fixed = {"electrical": 0.55, "textiles": 0.8, "bikes": 0.75, "computers": 0.4, "furniture": 0.7,
                       "jewellery": 0.7, "toys": 0.65}[cat]
            r = rng.random()
            outcome = ("fixed" if r < p_fixed else "partly fixed" if r < p_fixed + 0.1
                       else "advice given" if r < p_fixed + 0.18 else "not fixed")
            don = rng.choice([0, 0, 2, 3, 5, 5, 5, 10, 10, 20])
            repairs.append((rid, ev[0], p, fx[0], cat, rng.choice(items), rng.choice(brands), outcome,
                            rng.choice([10, 15, 20, 25, 30, 40, 45, 60, 75, 90]),
                            round(kg * rng.uniform(0.5, 1.6), 2), float(don)))
            seen.setdefault(p, ev[2])
    for pp in people:
        pp[3] = seen.get(pp[0])            # on the mailing list, never brought anything
    db.executemany("INSERT INTO person VALUES (?,?,?,?,?)", people)
    db.executemany("INSERT INTO repairs VALUES (?,?,?,?,?,?,?,?,?,?,?)", repairs)
    db.commit()
    db.close()


BUILDERS = {"shoprota": build_shoprota, "dialaride": build_dialaride, "repaircafe": build_repaircafe}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
