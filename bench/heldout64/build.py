"""Held-out set heldout64: three SQLite databases (a fishing fleet, a minicab dispatch office, a
ready-mix concrete haulier) and a dispatcher's conversations over them, written before the engine
was run on them (see README.md in this folder).

    python bench/heldout64/build.py [OUT_DIR]   # writes fishing.sqlite, minicabs.sqlite, readymix.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout64), checks every
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

FIRST = ("Alan Bev Callum Dougie Ewan Fiona Gordon Hamish Isla Jack Kirsty Lachlan Morag Neil Owen Paula "
         "Ross Shona Tam Una Vince Wullie Yvonne Zach").split()
LAST = ("Buchan Cowie Duthie Forbes Gauld Innes Jappy Keith Leask Mair Noble Ogston Pirie Ritchie Stephen "
        "Tait Urquhart Watt Yule Strachan").split()


# ------------------------------------------------------------------------------------------ fishing
def build_fishing(path: Path) -> None:
    rng = random.Random(6401)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE vessels (vessel_id INTEGER PRIMARY KEY, vessel_name TEXT, pln TEXT, home_port TEXT,
                          gear_type TEXT, length_m TEXT, built_year INTEGER);
    CREATE TABLE skippers (skipper_id INTEGER PRIMARY KEY, full_name TEXT, licence_no TEXT, years_experience INTEGER);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, vessel_id INTEGER REFERENCES vessels(vessel_id),
                        skipper_id INTEGER REFERENCES skippers(skipper_id), departed_on TEXT, returned_on TEXT,
                        status TEXT, distance_km REAL, fuel_litres REAL);
    CREATE TABLE landings (landing_id INTEGER PRIMARY KEY, trip_id INTEGER REFERENCES trips(trip_id), species TEXT,
                           weight_kg REAL, price_per_kg REAL, market TEXT);
    """)
    # name, pln, port, gear, length (text, as typed into the register), built
    vessels = [("Ocean Dawn", "PD 112", "Peterhead", "trawl", "24.6", 2004),
               ("Silver Harvest", "PD 87", "Peterhead", "trawl", "21.3", 1998),
               ("Girl Isla", "FR 230", "Fraserburgh", "trawl", "18.9", 2011),
               ("Morning Star", "FR 41", "Fraserburgh", "Trawl", "26.2", 2016),
               ("Bonnie Lass", "FR 307", "Fraserburgh", "longline", "16.4", 2001),
               ("Sea Harvester", "BM 28", "Brixham", "trawl", "19.8", 2008),
               ("Provider", "BM 561", "Brixham", "gillnet", "12.1", 1995),
               ("Kingfisher", "BM 77", "Brixham", "pot", "9.8", 2013),
               ("Pride of Newlyn", "PZ 1190", "Newlyn", "gillnet", "14.7", 2006),
               ("Cornish Maid", "PZ 44", "Newlyn", "pot", "11.5", 2019),
               ("Lyonesse", "PZ 632", "Newlyn", "longline", "17.2", 2002),
               ("Whitby Rose", "WY 16", "Whitby", "pot", "15.6", 2010),
               ("Endeavour", "WY 271", "Whitby", "trawl", "22.4", 1999),
               ("Star of Hope", "WY 93", "Whitby", "pot", "8.7", 2021)]
    db.executemany("INSERT INTO vessels VALUES (?,?,?,?,?,?,?)", [(i + 1, *v) for i, v in enumerate(vessels)])
    skippers = []
    for s in range(1, 23):
        yrs = None if s in (5, 17) else rng.randrange(2, 35)
        skippers.append((s, f"{FIRST[s % len(FIRST)]} {rng.choice(LAST)}", f"SK{rng.randrange(10000, 99999)}", yrs))
    db.executemany("INSERT INTO skippers VALUES (?,?,?,?)", skippers)
    # each vessel has a main skipper and one or two relief skippers
    crews = {v: rng.sample(range(1, 23), 3) for v in range(1, 15)}
    species_by_gear = {"trawl": ["Cod", "Haddock", "Hake", "Plaice", "Monkfish", "Whiting"],
                       "longline": ["Hake", "Cod", "Ling", "Monkfish"],
                       "gillnet": ["Hake", "Pollack", "Monkfish", "Cod"],
                       "pot": ["Crab", "Lobster", "Whelks"]}
    price = {"Cod": 3.4, "Haddock": 2.6, "Hake": 3.9, "Plaice": 2.1, "Monkfish": 6.2, "Whiting": 1.4, "Ling": 1.9,
             "Pollack": 2.8, "Crab": 2.9, "Lobster": 19.5, "Whelks": 1.1}
    markets = {"Peterhead": "Peterhead", "Fraserburgh": "Peterhead", "Brixham": "Brixham", "Newlyn": "Newlyn",
               "Whitby": "Scarborough"}
    trips, landings, tid, lid = [], [], 0, 0
    for v in range(1, 15):
        name, _, port, gear, length, _ = vessels[v - 1]
        g = gear.lower()
        size = float(length)
        d = date(2023, 1, 2) + timedelta(days=rng.randrange(6))
        while d <= date(2024, 12, 20):
            tid += 1
            skip = rng.choices(crews[v], [6, 2, 1])[0]
            days_out = (rng.choice([1, 1, 1, 2]) if g == "pot" else rng.choice([2, 3, 4, 5, 6, 7, 8]) if g == "trawl"
                        else rng.choice([1, 2, 3, 4]))
            st = rng.choices(["landed", "aborted", "cancelled"], [88, 7, 5])[0]
            if st == "cancelled":
                trips.append((tid, v, skip, d.isoformat(), None, "cancelled", None, None))
            else:
                if st == "aborted":
                    days_out = 1
                ret = d + timedelta(days=days_out - 1 if g == "pot" else days_out)
                km = round(days_out * rng.uniform(60, 140) * (size / 18), 1) if st == "landed" else \
                    round(rng.uniform(15, 70), 1)
                fuel = round(km * rng.uniform(0.9, 1.5) * (size / 15) ** 1.6, 0)
                if rng.random() < 0.04:
                    km = None          # tracker dropped out
                trips.append((tid, v, skip, d.isoformat(), ret.isoformat(), st, km, fuel))
                if st == "landed":
                    for sp in rng.sample(species_by_gear[g], rng.randrange(1, min(4, len(species_by_gear[g])) + 1)):
                        lid += 1
                        w = round(rng.uniform(40, 900) * days_out * size / 18 * (0.15 if sp == "Lobster" else 1), 1)
                        landings.append((lid, tid, sp, w, round(price[sp] * rng.uniform(0.8, 1.25), 2), markets[port]))
                d = ret
            d += timedelta(days=rng.choice([1, 2, 2, 3, 4, 6]))
    db.executemany("INSERT INTO trips VALUES (?,?,?,?,?,?,?,?)", trips)
    db.executemany("INSERT INTO landings VALUES (?,?,?,?,?,?)", landings)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ minicabs
def build_minicabs(path: Path) -> None:
    rng = random.Random(6402)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, driver_name TEXT, badge_no TEXT, home_base TEXT,
                          started_on TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, booked_at TEXT, pickup_due TEXT, picked_up_at TEXT,
                       dropped_off_at TEXT, driver_id INTEGER REFERENCES drivers(driver_id), vehicle_class TEXT,
                       pickup_area TEXT, dropoff_area TEXT, distance_km REAL, fare REAL, payment TEXT,
                       account_name TEXT, status TEXT);
    """)
    bases = ["City Centre", "Airport", "Northside", "Harbour"]
    drivers = []
    for i in range(1, 31):
        drivers.append((i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"PH{rng.randrange(1000, 9999)}",
                        rng.choices(bases, [5, 2, 3, 2])[0], day(rng, date(2012, 1, 1), date(2023, 6, 30)).isoformat()))
    db.executemany("INSERT INTO drivers VALUES (?,?,?,?,?)", drivers)
    areas = ["City Centre", "Airport", "Northside", "Harbour", "University", "Old Town", "Retail Park", "Station"]
    accounts = ["Harbour Hotel", "City Hospital", "Northside Council", "Mackie Law", "Uni Estates"]
    classes = ["saloon", "estate", "exec", "van"]
    hours = list(range(24))
    hw = [6, 5, 4, 2, 2, 3, 6, 9, 10, 8, 7, 7, 8, 8, 7, 8, 9, 10, 9, 8, 8, 9, 10, 9]
    jobs = []
    for j in range(1, 5201):
        d = day(rng, date(2023, 7, 1), date(2024, 12, 31))
        wkend = d.weekday() >= 5
        h = rng.choices(hours, [w * (1.8 if wkend and (x >= 20 or x < 4) else 1) for x, w in enumerate(hw)])[0]
        due = datetime(d.year, d.month, d.day, h, rng.randrange(0, 60, 5))
        booked = due - timedelta(minutes=rng.choice([5, 8, 10, 12, 20, 30, 45, 60, 120, 240, 1440, 2880]))
        cls = rng.choices(classes, [60, 20, 8, 12])[0]
        pa = rng.choices(areas, [10, 4 if h < 6 or h > 20 else 6, 5, 3, 4, 5, 3, 7])[0]
        da = rng.choice([a for a in areas if a != pa])
        km = round(rng.uniform(1.5, 14) if pa != "Airport" and da != "Airport" else rng.uniform(12, 38), 1)
        if cls == "van" and rng.random() < 0.08:
            km = round(rng.uniform(40, 160), 1)          # the odd long run to another town
        st = rng.choices(["DONE", "CXL", "NOSHOW"], [86, 10, 4])[0]
        drv = rng.choices(range(1, 31), [1 + (k % 7) for k in range(30)])[0]
        rate = {"saloon": 1.55, "estate": 1.75, "exec": 2.6, "van": 2.3}[cls]
        night = 1.5 if h >= 22 or h < 6 else 1.0
        pay = rng.choices(["cash", "card", "account"], [35, 55, 10])[0]
        acct = rng.choice(accounts) if pay == "account" else None
        if st == "DONE":
            late = rng.random() < (0.28 if h >= 18 or h < 4 else 0.14)
            pick = due + timedelta(minutes=rng.randrange(6, 35) if late else -rng.randrange(0, 6))
            drop = pick + timedelta(minutes=round(km * rng.uniform(1.6, 3.2)) + 3)
            fare = round((3.2 + km * rate) * night, 2)
            jobs.append((j, booked, due, pick, drop, drv, cls, pa, da, km, fare, pay, acct, st))
        elif st == "NOSHOW":
            jobs.append((j, booked, due, None, None, drv, cls, pa, da, km, 5.0, pay, acct, st))
        else:
            jobs.append((j, booked, due, None, None, drv if rng.random() < 0.5 else None, cls, pa, da, km, None,
                         pay, acct, st))
    fmt = "%Y-%m-%d %H:%M:%S"
    rows = [(j[0], j[1].strftime(fmt), j[2].strftime(fmt), j[3] and j[3].strftime(fmt), j[4] and j[4].strftime(fmt),
             *j[5:]) for j in jobs]
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    # one of driver 7's 2024 no-shows was really driver 27's (re-allocated on the night)
    db.execute("UPDATE jobs SET driver_id = 27 WHERE job_id = (SELECT MIN(job_id) FROM jobs WHERE driver_id = 7 "
               "AND status = 'NOSHOW' AND pickup_due LIKE '2024%')")
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ readymix
def build_readymix(path: Path) -> None:
    rng = random.Random(6403)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE trucks (truck_id INTEGER PRIMARY KEY, fleet_no TEXT, reg_plate TEXT, truck_type TEXT,
                         drum_m3 REAL, depot TEXT, in_service TEXT, status TEXT);
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, licence_class TEXT,
                          hired_on TEXT, left_on TEXT);
    CREATE TABLE truck_assignments (assignment_id INTEGER PRIMARY KEY, truck_id INTEGER REFERENCES trucks(truck_id),
                                    driver_id INTEGER REFERENCES drivers(driver_id), from_date TEXT, to_date TEXT);
    CREATE TABLE deliveries (ticket_no TEXT PRIMARY KEY, truck_id INTEGER REFERENCES trucks(truck_id),
                             delivered_on TEXT, customer TEXT, site_town TEXT, mix_code TEXT, volume_m3 REAL,
                             booked_slot TEXT, arrived TEXT, distance_km REAL, status TEXT, returned_m3 REAL);
    """)
    depots = ["Dyce", "Altens", "Inverurie"]
    trucks = []
    types = ["mixer"] * 13 + ["pump"] * 3 + ["volumetric"] * 3
    for i, t in enumerate(types, start=1):
        drum = {"mixer": rng.choice([6.0, 8.0, 8.0, 9.0]), "pump": None, "volumetric": 10.0}[t]
        trucks.append((i, f"M-{i:02d}", f"SV{rng.randrange(10, 24)} {''.join(rng.choice('ABCDEFGHJKLMNOPRSTUVWXY') for _ in range(3))}",
                       t, drum, depots[i % 3], day(rng, date(2014, 1, 1), date(2022, 12, 31)).isoformat(),
                       "active"))
    trucks[5] = (*trucks[5][:7], "off-road")
    trucks[11] = (*trucks[11][:7], "off-road")
    trucks[15] = (*trucks[15][:7], "off-road")
    trucks[8] = (*trucks[8][:7], "sold")
    db.executemany("INSERT INTO trucks VALUES (?,?,?,?,?,?,?,?)", trucks)
    drivers = []
    for i in range(1, 27):
        drivers.append((i, FIRST[(i * 5) % len(FIRST)], LAST[(i * 3 + i // 7) % len(LAST)],
                        rng.choice(["C", "C+E", "C"]), day(rng, date(2010, 1, 1), date(2022, 6, 30)).isoformat(), None))
    # who drives what: a daily map truck -> driver that changes on rotation dates
    start, end = date(2023, 1, 2), date(2024, 12, 31)
    sold_on, left = date(2024, 5, 31), {4: date(2023, 9, 29), 13: date(2024, 3, 15), 21: date(2024, 10, 4)}
    for d_id, dt in left.items():
        drivers[d_id - 1] = (*drivers[d_id - 1][:5], dt.isoformat())
    db.executemany("INSERT INTO drivers VALUES (?,?,?,?,?,?)", drivers)
    current = {t: t for t in range(1, 20)}               # truck t starts with driver t; 20..26 are spare
    since = {t: start for t in range(1, 20)}
    assigns = []
    changes = sorted({day(rng, start + timedelta(days=20), end - timedelta(days=10)) for _ in range(24)}
                     | set(left.values()) | {sold_on})
    for ch in changes:
        on_trucks = set(current.values())
        idle = [x for x in range(1, 27) if x not in on_trucks and (x not in left or left[x] > ch)]
        movers = [t for t in current if current[t] is not None and (current[t] in left and left[current[t]] <= ch)]
        if ch == sold_on and current.get(9) is not None and 9 not in movers:
            movers.append(9)
        movers += rng.sample([t for t in current if current[t] is not None and t not in movers], 2)
        for t in movers:
            assigns.append((t, current[t], since[t], ch - timedelta(days=1)))
            if t == 9 and ch >= sold_on:
                current[t] = None
                continue
            rng.shuffle(idle)
            new = idle.pop() if idle else None
            if new is None:
                current[t] = None
                continue
            if not (current[t] in left and left[current[t]] <= ch):
                idle.append(current[t])
            current[t] = new
            since[t] = ch
    for t, drv in current.items():
        if drv is not None:
            assigns.append((t, drv, since[t], None))
    assigns.sort(key=lambda a: (a[2], a[0]))
    db.executemany("INSERT INTO truck_assignments VALUES (?,?,?,?,?)",
                   [(i + 1, a[0], a[1], a[2].isoformat(), a[3] and a[3].isoformat()) for i, a in enumerate(assigns)])
    # deliveries only on days a truck has a driver
    driver_on = {}
    for a in assigns:
        e = a[3] or end
        x = a[2]
        while x <= e:
            driver_on[(a[0], x)] = a[1]
            x += timedelta(days=1)
    customers = ["Stewart Milne Homes", "Barratt North", "Kier Construction", "Aberdeen City Council", "Balmoral Group",
                 "Farmer Ewen Gauld", "Dee Valley Builders", "Ross & Co Groundworks", "Granite City Patios",
                 "NorthSea Offshore Base"]
    towns = ["Aberdeen", "Westhill", "Inverurie", "Ellon", "Stonehaven", "Banchory", "Peterculter", "Oldmeldrum"]
    mixes = {"mixer": ["C20", "C25", "C30", "C32/40", "GEN1", "C35"], "volumetric": ["C20", "GEN1", "screed", "C25"],
             "pump": ["C30", "C32/40", "C35"]}
    dels, n = [], 0
    x = start
    while x <= end:
        if x.weekday() < 6 and not (x.month == 12 and x.day >= 24) and not (x.month == 1 and x.day <= 3):
            for t in trucks:
                if t[7] == "off-road" and x >= date(2024, 11, 18) or (t[0] == 9 and x >= sold_on):
                    continue
                if (t[0], x) not in driver_on:
                    continue
                loads = rng.choices([0, 1, 2, 3, 4], [2, 3, 4, 3, 1] if x.weekday() < 5 else [6, 3, 1, 0, 0])[0]
                for _ in range(loads):
                    n += 1
                    slot = f"{rng.choice([6, 7, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15])}:{rng.choice(['00', '30'])}"
                    slot = slot.zfill(5)
                    sh, sm = int(slot[:2]), int(slot[3:])
                    st = rng.choices(["delivered", "part-returned", "rejected", "cancelled"], [82, 9, 3, 6])[0]
                    late = rng.random() < 0.22
                    mins = sh * 60 + sm + (rng.randrange(5, 80) if late else -rng.randrange(0, 16))
                    arr = None if st == "cancelled" else f"{mins // 60:02d}:{mins % 60:02d}"
                    vol = (round(rng.uniform(2, t[4]) * 2) / 2 if t[4] else round(rng.uniform(6, 60), 1))
                    dist = round(rng.uniform(3, 55) if rng.random() < 0.9 else rng.uniform(55, 110), 1)
                    ret = round(rng.uniform(0.5, min(2.5, vol - 0.5)), 1) if st == "part-returned" and vol > 1.5 else None
                    if st == "part-returned" and ret is None:
                        st = "delivered"
                    dels.append((f"T{n:06d}", t[0], x.isoformat(), rng.choices(customers, [9, 8, 7, 6, 5, 1, 4, 3, 2, 3])[0],
                                 rng.choice(towns), rng.choice(mixes[t[3]]), vol, slot, arr,
                                 dist if st != "cancelled" else None, st, ret))
        x += timedelta(days=1)
    db.executemany("INSERT INTO deliveries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", dels)
    db.execute("UPDATE deliveries SET distance_km = 121.6, site_town = 'Fraserburgh' WHERE ticket_no = 'T015171'")
    db.commit()
    db.close()


BUILDERS = {"fishing": build_fishing, "minicabs": build_minicabs, "readymix": build_readymix}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
