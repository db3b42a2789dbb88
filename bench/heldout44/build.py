"""Held-out evaluation heldout44: three SQLite databases (a municipal waste-collection operator with
camelCase / abbreviated column names, an instrument-calibration laboratory with a many-to-many link
table and a self-referencing manager column, and a chain of go-kart venues with PascalCase names)
and hand-written conversations of a terse operations analyst, written before the engine was run on
them (see README.md in this folder).

    python bench/heldout44/build.py [OUT_DIR]   # writes wastecoll.sqlite, callab.sqlite, karting.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout44), checks every
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

FIRST = ("Aileen Bram Cora Dario Esme Felix Gwen Harun Isla Jory Kasia Leon Mirela Nico Orla Piet "
         "Rhea Silas Tove Umar Vesna Wilf Ximena Yusuf Zora").split()
LAST = ("Abbott Brennan Castell Dunmore Egan Fairley Gorski Hale Iqbal Jaeger Kerr Lindahl Moreau "
        "Nyberg Osei Pryce Quist Rourke Sandoval Thorne").split()


def _names(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    out = []
    while len(out) < n:
        nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if nm not in seen:
            seen.add(nm)
            out.append(nm)
    return out


# ------------------------------------------------------------------------------------------
def build_wastecoll(path: Path) -> None:
    """A council's waste-collection contractor: depots, trucks, crews, rounds, collections, complaints."""
    rng = random.Random(4401)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE depots (depotId INTEGER PRIMARY KEY, depotNm TEXT, town TEXT, openedYr INTEGER);
    CREATE TABLE trucks (truckId INTEGER PRIMARY KEY, regNo TEXT, depotId INTEGER REFERENCES depots(depotId),
                         capT REAL, fuelTyp TEXT, commYr INTEGER);
    CREATE TABLE drivers (drvId INTEGER PRIMARY KEY, fullNm TEXT, depotId INTEGER REFERENCES depots(depotId),
                          hireDt TEXT, licCat TEXT);
    CREATE TABLE routes (routeId INTEGER PRIMARY KEY, routeCd TEXT, depotId INTEGER REFERENCES depots(depotId),
                         zoneTyp TEXT, stopsCnt INTEGER);
    CREATE TABLE colls (collId INTEGER PRIMARY KEY, routeId INTEGER REFERENCES routes(routeId),
                        truckId INTEGER REFERENCES trucks(truckId), drvId INTEGER REFERENCES drivers(drvId),
                        collDt TEXT, streamTyp TEXT, wtKg REAL, minsLate INTEGER, missedBins INTEGER);
    CREATE TABLE complaints (cmpId INTEGER PRIMARY KEY, routeId INTEGER REFERENCES routes(routeId),
                             rcvdDt TEXT, cat TEXT, resolvedDt TEXT);
    """)
    depots = [(1, "Northgate", "Hallam", 2009), (2, "Riverside", "Hallam", 2014), (3, "Millbrook", "Millbrook", 2011),
              (4, "Eastfield", "Carrow", 2018), (5, "Kestrel Park", "Carrow", 2021)]
    db.executemany("INSERT INTO depots VALUES (?,?,?,?)", depots)
    trucks = []
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for t in range(1, 27):
        dep = rng.choices(range(1, 6), [6, 5, 5, 4, 3])[0]
        fuel = rng.choices(["diesel", "electric", "HVO"], [6, 2, 2])[0]
        yr = rng.randrange(2014, 2025)
        reg = f"{rng.choice(['HX', 'KM', 'YT', 'LR'])}{yr % 100:02d} {''.join(rng.choice(letters) for _ in range(3))}"
        trucks.append((t, reg, dep, rng.choice([10.5, 12.0, 12.0, 14.5, 18.0]), fuel, yr))
    trucks[6] = (7, "KM24 ZRV", 4, 26.0, "electric", 2024)      # the one biggest truck
    trucks[20] = (21, "YT14 YGP", 2, 18.0, "diesel", 2014)      # the one oldest diesel
    db.executemany("INSERT INTO trucks VALUES (?,?,?,?,?,?)", trucks)
    names = _names(rng, 42)
    drivers = []
    for d in range(1, 43):
        dep = (d - 1) % 5 + 1
        drivers.append((d, names[d - 1], dep, day(rng, date(2012, 1, 1), date(2025, 9, 30)).isoformat(),
                        rng.choice(["C", "C", "C+E"])))
    db.executemany("INSERT INTO drivers VALUES (?,?,?,?,?)", drivers)
    routes = []
    for r in range(1, 31):
        dep = (r - 1) % 5 + 1
        code = f"{'NRMEK'[dep - 1]}-{(r - 1) // 5 + 1:02d}"
        routes.append((r, code, dep, rng.choices(["residential", "commercial", "rural"], [6, 2, 2])[0],
                       rng.randrange(180, 900)))
    db.executemany("INSERT INTO routes VALUES (?,?,?,?,?)", routes)
    by_dep_trucks = {d: [t[0] for t in trucks if t[2] == d] for d in range(1, 6)}
    by_dep_drv = {d: [x[0] for x in drivers if x[2] == d] for d in range(1, 6)}
    colls = []
    n = 0
    dd = date(2024, 1, 1)
    while dd <= date(2025, 12, 31):
        if dd.weekday() < 5:
            for r in routes:
                if rng.random() < 0.14:
                    n += 1
                    stream = rng.choices(["general", "recycling", "garden", "food"], [5, 4, 2, 2])[0]
                    if stream == "garden" and dd.month in (12, 1, 2):
                        stream = "general"
                    base = {"general": 7200, "recycling": 4100, "garden": 3300, "food": 1500}[stream]
                    wt = round(base * r[4] / 500 * rng.uniform(0.7, 1.3), 1)
                    late = 0 if rng.random() < 0.72 else rng.choice([5, 10, 15, 20, 30, 45, 60, 90, 120])
                    if r[2] == 4 and rng.random() < 0.2:
                        late += 30
                    missed = rng.choices([0, 0, 0, 1, 2, 3, 5], [30, 30, 20, 8, 5, 3, 1])[0]
                    colls.append((n, r[0], rng.choice(by_dep_trucks[r[2]]), rng.choice(by_dep_drv[r[2]]),
                                  dd.isoformat(), stream, wt, late, missed))
        dd += timedelta(days=1)
    db.executemany("INSERT INTO colls VALUES (?,?,?,?,?,?,?,?,?)", colls)
    db.execute("UPDATE colls SET missedBins = missedBins + 4 WHERE collId = "
               "(SELECT MIN(collId) FROM colls WHERE collDt LIKE '2024-05%')")      # one worst month in 2024
    comps = []
    for c in range(1, 421):
        r = rng.choices(range(1, 31), [3 if x % 5 == 4 else 2 for x in range(30)])[0]
        rd = day(rng, date(2024, 1, 1), date(2025, 12, 31))
        res = None if rng.random() < 0.12 or rd > date(2025, 12, 15) else \
            (rd + timedelta(days=rng.randrange(0, 21))).isoformat()
        comps.append((c, r, rd.isoformat(), rng.choices(["missed bin", "spillage", "noise", "damage", "crew conduct"],
                                                         [8, 3, 2, 2, 1])[0], res))
    db.executemany("INSERT INTO complaints VALUES (?,?,?,?,?)", comps)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_callab(path: Path) -> None:
    """An instrument-calibration laboratory: labs, technicians (with managers), clients, instruments,
    jobs and the reference standards each job used (job_standards links the two)."""
    rng = random.Random(4402)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE labs (lab_id INTEGER PRIMARY KEY, lab_name TEXT, city TEXT);
    CREATE TABLE technicians (tech_id INTEGER PRIMARY KEY, full_name TEXT, grade TEXT,
                              lab_id INTEGER REFERENCES labs(lab_id), manager_id INTEGER REFERENCES technicians(tech_id),
                              hired_on TEXT);
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, sector TEXT, city TEXT);
    CREATE TABLE instruments (instrument_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                              kind TEXT, maker TEXT, serial_no TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, instrument_id INTEGER REFERENCES instruments(instrument_id),
                       tech_id INTEGER REFERENCES technicians(tech_id), received_on TEXT, due_on TEXT,
                       completed_on TEXT, outcome TEXT, fee REAL, is_urgent INTEGER);
    CREATE TABLE reference_standards (std_id INTEGER PRIMARY KEY, std_name TEXT, std_kind TEXT,
                                      cert_expires_on TEXT);
    CREATE TABLE job_standards (job_id INTEGER REFERENCES jobs(job_id),
                                std_id INTEGER REFERENCES reference_standards(std_id), PRIMARY KEY (job_id, std_id));
    """)
    labs = [(1, "Bristol Metrology", "Bristol"), (2, "Midlands Cal Centre", "Leicester"), (3, "Clyde Calibration", "Glasgow")]
    db.executemany("INSERT INTO labs VALUES (?,?,?)", labs)
    names = _names(rng, 22)
    techs = [(1, names[0], "Quality Director", 1, None, "2008-02-11")]
    tid = 1
    mgr_of = {}
    for lab in (1, 2, 3):
        tid += 1
        techs.append((tid, names[tid - 1], "Lab Manager", lab, 1, day(rng, date(2010, 1, 1), date(2016, 12, 31)).isoformat()))
        mgr_of[lab] = tid
    seniors = {}
    for lab in (1, 2, 3):
        for _ in range(2):
            tid += 1
            techs.append((tid, names[tid - 1], "Senior Technician", lab, mgr_of[lab],
                          day(rng, date(2013, 1, 1), date(2020, 12, 31)).isoformat()))
            seniors.setdefault(lab, []).append(tid)
    while tid < 22:
        tid += 1
        lab = rng.choices([1, 2, 3], [5, 4, 3])[0]
        grade = rng.choice(["Technician", "Technician", "Trainee"])
        techs.append((tid, names[tid - 1], grade, lab, rng.choice(seniors[lab]),
                      day(rng, date(2018, 1, 1), date(2025, 6, 30)).isoformat()))
    db.executemany("INSERT INTO technicians VALUES (?,?,?,?,?,?)", techs)
    sectors = ["Aerospace", "Food", "Pharma", "Automotive", "Utilities", "Education"]
    stems = ["Avon", "Brightwater", "Calder", "Dunmore", "Elmfield", "Fenwick", "Garrow", "Hexley", "Ingle", "Jarrow",
             "Kelso", "Larkin", "Mersey", "Northam", "Oakridge", "Penrose", "Quarry", "Redcliffe", "Selby", "Tamar"]
    suff = {"Aerospace": "Aero", "Food": "Foods", "Pharma": "Pharma", "Automotive": "Motors", "Utilities": "Water",
            "Education": "University"}
    clients = []
    used = set()
    for c in range(1, 41):
        sec = rng.choices(sectors, [3, 4, 3, 4, 2, 2])[0]
        while True:
            nm = f"{rng.choice(stems)} {suff[sec]}"
            if nm not in used:
                used.add(nm)
                break
        clients.append((c, nm, sec, rng.choice(["Bristol", "Leicester", "Glasgow", "Derby", "Swindon", "Edinburgh",
                                                "Coventry", "Bath"])))
    db.executemany("INSERT INTO clients VALUES (?,?,?,?)", clients)
    kinds = {"pressure gauge": (["Druck", "WIKA", "Budenberg"], 85), "thermometer": (["Fluke", "Testo", "ETI"], 60),
             "torque wrench": (["Norbar", "Snap-on", "Gedore"], 70), "multimeter": (["Fluke", "Keysight", "Megger"], 75),
             "balance": (["Sartorius", "Mettler Toledo", "Ohaus"], 120), "caliper": (["Mitutoyo", "Starrett"], 45)}
    insts = []
    for i in range(1, 321):
        k = rng.choices(list(kinds), [5, 4, 4, 4, 2, 3])[0]
        insts.append((i, rng.randrange(1, 41), k, rng.choice(kinds[k][0]), f"SN{rng.randrange(10**6, 10**7)}"))
    db.executemany("INSERT INTO instruments VALUES (?,?,?,?,?)", insts)
    stds = [(1, "Deadweight Tester DW-1", "pressure", "2026-03-31"), (2, "Pressure Controller PC-4", "pressure", "2025-11-30"),
            (3, "SPRT Probe T-07", "temperature", "2026-01-15"), (4, "Dry Block Calibrator DB-2", "temperature", "2025-08-31"),
            (5, "Torque Transducer TT-500", "torque", "2026-06-30"), (6, "Torque Transducer TT-50", "torque", "2025-12-31"),
            (7, "Multifunction Calibrator MFC-5520", "electrical", "2026-02-28"),
            (8, "Decade Resistor DR-9", "electrical", "2026-09-30"), (9, "Mass Set E2 (1 mg-5 kg)", "mass", "2026-04-30"),
            (10, "Mass Set F1 (20 kg)", "mass", "2025-10-31"), (11, "Gauge Block Set GB-87", "dimensional", "2026-05-31"),
            (12, "Length Bar LB-300", "dimensional", "2027-01-31")]
    db.executemany("INSERT INTO reference_standards VALUES (?,?,?,?)", stds)
    std_for = {"pressure gauge": [1, 2], "thermometer": [3, 4], "torque wrench": [5, 6], "multimeter": [7, 8],
               "balance": [9, 10], "caliper": [11, 12]}
    lab_techs = {lab: [t[0] for t in techs if t[3] == lab and t[2] != "Quality Director"] for lab in (1, 2, 3)}
    client_lab = {c[0]: {"Bristol": 1, "Bath": 1, "Swindon": 1, "Leicester": 2, "Derby": 2, "Coventry": 2}.get(c[3], 3)
                  for c in clients}
    jobs, links = [], []
    for j in range(1, 1501):
        inst = insts[rng.randrange(len(insts))]
        lab = client_lab[inst[1]] if rng.random() < 0.85 else rng.choice([1, 2, 3])
        rec = day(rng, date(2024, 1, 2), date(2025, 12, 20))
        tech_pool = [t for t in lab_techs[lab] if techs[t - 1][5] <= rec.isoformat()]
        tech = rng.choices(tech_pool, [1 if techs[t - 1][2] == "Lab Manager" else 3 for t in tech_pool])[0]
        urgent = 1 if rng.random() < 0.15 else 0
        due = rec + timedelta(days=5 if urgent else 15)
        took = rng.choices([3, 6, 9, 12, 14, 15, 18, 22, 30], [2, 3, 4, 4, 3, 2, 2, 1, 1])[0]
        done = rec + timedelta(days=took - (3 if urgent and took > 4 else 0))
        comp = None if done > date(2025, 12, 31) else done.isoformat()
        outcome = None if comp is None else rng.choices(["pass", "adjusted", "fail"], [14, 5, 2])[0]
        fee = round(kinds[inst[2]][1] * (1.5 if urgent else 1.0) * rng.choice([1.0, 1.0, 1.1, 1.25]), 2)
        jobs.append((j, inst[0], tech, rec.isoformat(), due.isoformat(), comp, outcome, fee, urgent))
        for s in rng.sample(std_for[inst[2]], rng.choice([1, 1, 2])):
            links.append((j, s))
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?)", jobs)
    db.executemany("INSERT INTO job_standards VALUES (?,?)", links)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_karting(path: Path) -> None:
    """A chain of go-kart venues: venues, marshals, karts, sessions, bookings and race results."""
    rng = random.Random(4403)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Venues (VenueId INTEGER PRIMARY KEY, VenueName TEXT, City TEXT, TrackLengthM INTEGER,
                         IsIndoor INTEGER);
    CREATE TABLE Marshals (MarshalId INTEGER PRIMARY KEY, MarshalName TEXT, VenueId INTEGER REFERENCES Venues(VenueId),
                           StartedOn TEXT);
    CREATE TABLE Karts (KartId INTEGER PRIMARY KEY, VenueId INTEGER REFERENCES Venues(VenueId), Model TEXT,
                        EngineCc INTEGER, BuiltYear INTEGER, Retired INTEGER);
    CREATE TABLE Sessions (SessionId INTEGER PRIMARY KEY, VenueId INTEGER REFERENCES Venues(VenueId),
                           MarshalId INTEGER REFERENCES Marshals(MarshalId), SessionType TEXT, ScheduledAt TEXT,
                           DelayMin INTEGER, Laps INTEGER);
    CREATE TABLE Bookings (BookingId INTEGER PRIMARY KEY, SessionId INTEGER REFERENCES Sessions(SessionId),
                           BookedVia TEXT, Drivers INTEGER, AmountPaid REAL, BookedOn TEXT);
    CREATE TABLE Results (ResultId INTEGER PRIMARY KEY, SessionId INTEGER REFERENCES Sessions(SessionId),
                          KartId INTEGER REFERENCES Karts(KartId), FinishPos INTEGER, BestLapSec REAL);
    """)
    venues = [(1, "Apex Arena Derby", "Derby", 780, 1), (2, "Apex Outdoor Donington", "Castle Donington", 1250, 0),
              (3, "Apex Arena Leeds", "Leeds", 640, 1), (4, "Apex Raceway Hull", "Hull", 1010, 0)]
    db.executemany("INSERT INTO Venues VALUES (?,?,?,?,?)", venues)
    names = _names(rng, 18)
    marshals = []
    for m in range(1, 19):
        v = (m - 1) % 4 + 1
        marshals.append((m, names[m - 1], v, day(rng, date(2016, 1, 1), date(2024, 12, 31)).isoformat()))
    db.executemany("INSERT INTO Marshals VALUES (?,?,?,?)", marshals)
    models = [("Sodikart RT8", 270), ("Sodikart RT10", 390), ("Birel N35", 200), ("OTL Storm", 270), ("Sodi Junior", 160)]
    karts = []
    for k in range(1, 65):
        v = rng.choices([1, 2, 3, 4], [4, 5, 3, 4])[0]
        mdl, cc = rng.choice(models)
        karts.append((k, v, mdl, cc, rng.randrange(2016, 2025), 1 if rng.random() < 0.12 else 0))
    db.executemany("INSERT INTO Karts VALUES (?,?,?,?,?,?)", karts)
    kv = {v: [k[0] for k in karts if k[1] == v and not k[5]] for v in (1, 2, 3, 4)}
    mv = {v: [m[0] for m in marshals if m[2] == v] for v in (1, 2, 3, 4)}
    sessions, bookings, results = [], [], []
    sid = bid = rid = 0
    for _ in range(1100):
        v = rng.choices([1, 2, 3, 4], [5, 3, 4, 3])[0]
        d = day(rng, date(2024, 1, 1), date(2025, 12, 31))
        if v in (2, 4) and d.month in (12, 1) and rng.random() < 0.7:
            d = d.replace(month=rng.choice([5, 6, 7, 8]))
        typ = rng.choices(["Arrive & Drive", "Junior", "Corporate", "Grand Prix"], [6, 2, 2, 2])[0]
        hour = rng.choice([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
        sid += 1
        delay = 0 if rng.random() < 0.65 else rng.choice([2, 5, 5, 10, 15, 20, 30])
        laps = {"Arrive & Drive": 15, "Junior": 10, "Corporate": 25, "Grand Prix": 30}[typ]
        on_duty = [m for m in mv[v] if marshals[m - 1][3] <= d.isoformat()]
        sessions.append((sid, v, rng.choice(on_duty), typ, datetime(d.year, d.month, d.day, hour, rng.choice([0, 30]))
                         .strftime("%Y-%m-%d %H:%M"), delay, laps))
        n_drv = 0
        for _b in range(rng.choice([1, 1, 2, 3])):
            bid += 1
            drv = rng.choice([1, 2, 2, 4, 6]) if typ != "Corporate" else rng.choice([8, 10, 12])
            n_drv += drv
            price = {"Arrive & Drive": 32.0, "Junior": 24.0, "Corporate": 45.0, "Grand Prix": 55.0}[typ]
            via = rng.choices(["web", "phone", "walk-in"], [6, 2, 2])[0]
            bookings.append((bid, sid, via, drv, round(drv * price * rng.choice([1, 1, 0.9, 0.85]), 2),
                             (d - timedelta(days=0 if via == "walk-in" else rng.randrange(1, 40))).isoformat()))
        base = {1: 38.0, 2: 61.0, 3: 33.0, 4: 50.0}[v]
        pool = [k for k in kv[v] if (karts[k - 1][3] == 160) == (typ == "Junior")] or kv[v]
        grid = rng.sample(pool, min(len(pool), max(2, min(n_drv, 10))))
        timed = sorted((round(base * rng.uniform(0.97, 1.12) * (1 + (270 - karts[k - 1][3]) / 1500), 3), k)
                       for k in grid)
        for pos, (t, k) in enumerate(timed, 1):
            rid += 1
            results.append((rid, sid, k, pos, t))
    db.executemany("INSERT INTO Sessions VALUES (?,?,?,?,?,?,?)", sessions)
    db.executemany("INSERT INTO Bookings VALUES (?,?,?,?,?,?)", bookings)
    db.executemany("INSERT INTO Results VALUES (?,?,?,?,?)", results)
    db.execute("UPDATE Sessions SET ScheduledAt = substr(ScheduledAt, 1, 11) || '10' || substr(ScheduledAt, 14) "
               "WHERE SessionId IN (SELECT MIN(SessionId) FROM Sessions WHERE VenueId = 4 "
               "AND strftime('%H', ScheduledAt) IN ('11', '19') GROUP BY strftime('%H', ScheduledAt))")  # one busiest hour
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"wastecoll": build_wastecoll, "callab": build_callab, "karting": build_karting}, SETS))
