"""Held-out evaluation 38: three SQLite databases (a locksmith call-out firm with a job status history,
a craft-fair circuit with a maker x fair link table, a drone survey company) and hand-written,
follow-up heavy analyst conversations over them, written before the engine was run on them
(see README.md in this folder).

    python bench/heldout38/build.py [OUT_DIR]   # writes locksmiths.sqlite, craftfairs.sqlite, drones.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout38), checks every
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

FIRST = ("Abel Bryony Cormac Delphine Ewan Fatima Gareth Hazel Idris Juno Kasper Lorna Mateo Nell Osian "
         "Petra Rhys Saskia Tobias Ursula Vince Willa Xander Yusuf Zelda").split()
LAST = ("Ashdown Bramble Carver Dunmore Ellery Fairweather Gilchrist Hollis Ingram Jessop Kettle Lark "
        "Moss Nettleton Orchard Pryce Quarrie Rudd Sallow Thorne").split()


def names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if nm not in out:
            out.append(nm)
    return out


# ------------------------------------------------------------------------------------------ locksmiths
def build_locksmiths(path: Path) -> None:
    rng = random.Random(3801)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE technicians (tech_id INTEGER PRIMARY KEY, full_name TEXT, base_town TEXT, hired_on TEXT,
                              day_rate REAL);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, customer_type TEXT, town TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                       tech_id INTEGER REFERENCES technicians(tech_id), job_type TEXT, priority TEXT,
                       reported_at TEXT, quoted_price REAL, final_price REAL);
    CREATE TABLE job_status_history (event_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id),
                                     status TEXT, changed_at TEXT);
    """)
    towns = ["Bristol", "Bath", "Swindon", "Gloucester", "Cheltenham", "Stroud"]
    tnames = names(rng, 9)
    techs = []
    for i, nm in enumerate(tnames):
        techs.append((i + 1, nm, towns[i % len(towns)], day(rng, date(2014, 1, 1), date(2023, 6, 1)).isoformat(),
                      round(rng.uniform(160, 260), 2)))
    db.executemany("INSERT INTO technicians VALUES (?,?,?,?,?)", techs)
    custs = []
    for cid in range(1, 321):
        ct = rng.choices(["residential", "landlord", "business"], [10, 4, 3])[0]
        nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if ct != "business" else \
            f"{rng.choice(LAST)} {rng.choice(['Dental', 'Motors', 'Bakery', 'Estates', 'Print', 'Hair', 'Vets'])}"
        custs.append((cid, nm, ct, rng.choices(towns, [9, 5, 4, 3, 3, 2])[0]))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?)", custs)
    types = {"lockout": (85, 140), "lock change": (110, 220), "key cutting": (15, 45),
             "safe opening": (180, 420), "security survey": (60, 120)}
    jobs, events = [], []
    eid = 1
    for jid in range(1, 1101):
        jt = rng.choices(list(types), [9, 7, 4, 1.5, 2])[0]
        pr = "emergency" if (jt == "lockout" and rng.random() < 0.7) or rng.random() < 0.12 else "standard"
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        t0 = datetime(d.year, d.month, d.day, rng.randrange(0, 24), rng.randrange(60))
        lo, hi = types[jt]
        quote = round(rng.uniform(lo, hi), 2)
        tech = rng.choices(range(1, 10), [12, 10, 9, 8, 8, 7, 6, 5, 3])[0]
        seq = [("reported", t0)]
        t = t0 + timedelta(minutes=rng.randrange(3, 40 if pr == "emergency" else 600))
        cancel_at = rng.random()
        final = None
        open_job = d >= date(2024, 12, 20) and rng.random() < 0.6
        steps = ["assigned", "en route", "on site", "completed"]
        for k, st in enumerate(steps):
            if cancel_at < 0.09 and k == (1 if cancel_at < 0.05 else 2):
                seq.append(("cancelled", t))
                break
            if open_job and k == rng.randrange(1, 4):
                break
            seq.append((st, t))
            if st == "assigned":
                t += timedelta(minutes=rng.randrange(2, 30))
            elif st == "en route":
                t += timedelta(minutes=rng.randrange(15, 70 if pr == "emergency" else 120))
            else:
                t += timedelta(minutes=rng.randrange(20, 150))
        if seq[-1][0] == "completed":
            final = round(quote * rng.choice([1, 1, 1, 1.1, 1.15, 1.25, 0.95]) + rng.choice([0, 0, 12.5, 25]), 2)
        jobs.append((jid, rng.randrange(1, 321), tech, jt, pr, t0.strftime("%Y-%m-%d %H:%M"), quote, final))
        for st, ts in seq:
            events.append((eid, jid, st, ts.strftime("%Y-%m-%d %H:%M")))
            eid += 1
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?)", jobs)
    db.executemany("INSERT INTO job_status_history VALUES (?,?,?,?)", events)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ craft fairs
def build_craftfairs(path: Path) -> None:
    rng = random.Random(3802)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE makers (maker_id INTEGER PRIMARY KEY, maker_name TEXT, craft TEXT, home_town TEXT,
                         joined_year INTEGER);
    CREATE TABLE fairs (fair_id INTEGER PRIMARY KEY, fair_name TEXT, venue_town TEXT, fair_date TEXT,
                        pitch_fee REAL, visitors INTEGER);
    CREATE TABLE stalls (fair_id INTEGER REFERENCES fairs(fair_id), maker_id INTEGER REFERENCES makers(maker_id),
                         pitch_size TEXT, fee_paid REAL, takings REAL, PRIMARY KEY (fair_id, maker_id));
    """)
    towns = ["Norwich", "Ely", "Bury St Edmunds", "Cambridge", "King's Lynn", "Ipswich", "Diss"]
    crafts = ["ceramics", "jewellery", "textiles", "woodwork", "prints", "candles", "leather"]
    mnames = names(rng, 70)
    makers = []
    for i, nm in enumerate(mnames):
        makers.append((i + 1, nm, rng.choices(crafts, [8, 9, 6, 5, 5, 3, 2])[0],
                       rng.choices(towns, [8, 3, 3, 5, 2, 4, 2])[0], rng.randrange(2015, 2025)))
    db.executemany("INSERT INTO makers VALUES (?,?,?,?,?)", makers)
    kinds = ["Spring Makers Market", "Summer Craft Fair", "Harvest Fair", "Christmas Fair", "Artisan Market"]
    months = {"Spring Makers Market": (4, 5), "Summer Craft Fair": (6, 8), "Harvest Fair": (9, 10),
              "Christmas Fair": (11, 12), "Artisan Market": (2, 3)}
    fairs = []
    fid = 1
    for yr in (2023, 2024):
        for town in towns:
            for kind in rng.sample(kinds, rng.randrange(2, 5)):
                m1, m2 = months[kind]
                d = day(rng, date(yr, m1, 1), date(yr, m2, 28))
                fee = rng.choice([35.0, 40.0, 45.0, 50.0, 60.0, 75.0])
                vis = rng.randrange(400, 4200) + (1500 if kind == "Christmas Fair" else 0)
                fairs.append((fid, f"{town} {kind} {yr}", town, d.isoformat(), fee, vis))
                fid += 1
    db.executemany("INSERT INTO fairs VALUES (?,?,?,?,?,?)", fairs)
    active = list(range(1, 66))        # makers 66-70 never had a stall
    stalls = []
    for f in fairs:
        for m in rng.sample(active, rng.randrange(10, 28)):
            size = "double" if rng.random() < 0.25 else "single"
            fee = f[4] * (2 if size == "double" else 1)
            tk = round(rng.uniform(40, 420) * (1.6 if size == "double" else 1) * (0.6 + f[5] / 4000), 2)
            stalls.append((f[0], m, size, fee, tk))
    db.executemany("INSERT INTO stalls VALUES (?,?,?,?,?)", stalls)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ drones
def build_drones(path: Path) -> None:
    rng = random.Random(3803)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, sector TEXT, region TEXT);
    CREATE TABLE pilots (pilot_id INTEGER PRIMARY KEY, pilot_name TEXT, licence_level TEXT, started_on TEXT);
    CREATE TABLE drones (drone_id INTEGER PRIMARY KEY, model TEXT, max_flight_min INTEGER, purchased_on TEXT,
                         price REAL);
    CREATE TABLE missions (mission_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                           pilot_id INTEGER REFERENCES pilots(pilot_id), drone_id INTEGER REFERENCES drones(drone_id),
                           flown_on TEXT, flight_minutes INTEGER, area_hectares REAL, images_captured INTEGER,
                           invoice_amount REAL, outcome TEXT);
    """)
    sectors = ["construction", "agriculture", "energy", "insurance", "heritage"]
    regions = ["North", "Midlands", "South West", "South East", "Wales"]
    pre = ["Apex", "Granite", "Meadow", "Northgate", "Riverside", "Summit", "Oakfield", "Harbour", "Crestline",
           "Fenland", "Ironbridge", "Westvale", "Kestrel", "Beacon", "Larchwood", "Marsh", "Tidewater", "Highmoor"]
    suf = {"construction": "Builders", "agriculture": "Farms", "energy": "Renewables", "insurance": "Assurance",
           "heritage": "Heritage Trust"}
    clients = []
    for i, p in enumerate(pre):
        s = sectors[(i * 3 + i // 5) % 5]
        clients.append((i + 1, f"{p} {suf[s]}", s, rng.choice(regions)))
    db.executemany("INSERT INTO clients VALUES (?,?,?,?)", clients)
    pnames = names(rng, 8)
    pilots = [(i + 1, nm, ["GVC", "OA", "A2", "GVC", "GVC", "OA", "A2", "GVC"][i],
               day(rng, date(2016, 1, 1), date(2023, 9, 1)).isoformat()) for i, nm in enumerate(pnames)]
    db.executemany("INSERT INTO pilots VALUES (?,?,?,?)", pilots)
    drones = [(1, "DJI Mavic 3 Enterprise", 45, "2022-03-14", 4290.0), (2, "DJI Matrice 350", 55, "2023-05-02", 11850.0),
              (3, "Autel EVO II Pro", 40, "2021-08-20", 2650.0), (4, "DJI Phantom 4 RTK", 30, "2020-11-11", 5400.0),
              (5, "WingtraOne Gen II", 59, "2023-10-30", 21500.0), (6, "DJI Mavic 3 Enterprise", 45, "2024-02-19", 4390.0)]
    db.executemany("INSERT INTO drones VALUES (?,?,?,?,?)", drones)
    missions = []
    for mid in range(1, 1251):
        c = rng.randrange(1, len(clients) + 1)
        p = rng.choices(range(1, 9), [10, 9, 8, 7, 6, 5, 4, 3])[0]
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        dr = rng.choice([x for x in drones if x[3] <= d.isoformat()])
        mins = rng.randrange(8, dr[2])
        month_bad = d.month in (1, 2, 11, 12)
        r = rng.random()
        outcome = "aborted - weather" if r < (0.14 if month_bad else 0.05) else \
            ("aborted - technical" if r > 0.96 else "completed")
        if outcome == "completed":
            area = round(mins * rng.uniform(0.3, 1.4) * (2.5 if dr[0] == 5 else 1), 2)
            imgs = int(area * rng.uniform(8, 20))
            inv = round(180 + area * rng.uniform(3, 7), 2)
        else:
            mins = rng.randrange(2, 15)
            area, imgs, inv = 0.0, rng.randrange(0, 40), round(rng.uniform(0, 120), 2)
        missions.append((mid, c, p, dr[0], d.isoformat(), mins, area, imgs, inv, outcome))
    db.executemany("INSERT INTO missions VALUES (?,?,?,?,?,?,?,?,?,?)", missions)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"locksmiths": build_locksmiths, "craftfairs": build_craftfairs,
                              "drones": build_drones}, SETS))
