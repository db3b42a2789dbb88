"""Held-out evaluation 24: three SQLite databases (a city permit office in snake_case, a
weather-station network in camelCase, a research-grant funder with legacy upper-case table names
and descriptive columns) and conversations in the voice of a non-technical manager and of a
journalist, written before the engine was run on them (see README.md in this folder).

    python bench/heldout24/build.py [OUT_DIR]   # writes permits.sqlite, weather.sqlite, grants.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout24), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import math
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

FIRST = ("Abena Bruno Celia Dario Edith Felix Gemma Hamza Irene Jakob Kofi Lena Marek Nadia Otto Paula "
         "Rui Selma Tobias Ursula Vera Wim Xenia Yusuf Zora").split()
LAST = ("Achebe Brandt Castillo Duarte Eklund Ferreira Goldberg Hayashi Iqbal Jovanovic Kaur Lindqvist "
        "Moreau Nakamura Oyelaran Petrov Quist Romero Sato Teixeira").split()


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# ------------------------------------------------------------------------------------------ permits
def build_permits(path: Path) -> None:
    rng = random.Random(2401)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE districts (district_id INTEGER PRIMARY KEY, district_name TEXT, area TEXT, population INTEGER);
    CREATE TABLE inspectors (inspector_id INTEGER PRIMARY KEY, full_name TEXT, hired_on TEXT,
                             district_id INTEGER REFERENCES districts(district_id));
    CREATE TABLE permits (permit_id INTEGER PRIMARY KEY, permit_type TEXT,
                          district_id INTEGER REFERENCES districts(district_id), applicant_name TEXT,
                          submitted_on TEXT, due_by TEXT, decided_on TEXT, status TEXT, fee_paid REAL,
                          estimated_cost REAL, inspector_id INTEGER REFERENCES inspectors(inspector_id));
    CREATE TABLE inspections (inspection_id INTEGER PRIMARY KEY, permit_id INTEGER REFERENCES permits(permit_id),
                              inspector_id INTEGER REFERENCES inspectors(inspector_id), inspected_on TEXT,
                              result TEXT);
    """)
    dists = [("Harbourside", "North", 41200), ("Millbrook", "North", 28750), ("Old Town", "Central", 19800),
             ("Station Quarter", "Central", 23400), ("Eastgate", "East", 36100), ("Riverside", "East", 30950),
             ("Westfield", "West", 44300), ("Hillcrest", "South", 25600), ("Southmead", "South", 33900)]
    db.executemany("INSERT INTO districts VALUES (?,?,?,?)", [(i + 1, *d) for i, d in enumerate(dists)])
    names = set()
    insp = []
    while len(insp) < 14:
        n = person(rng)
        if n in names:
            continue
        names.add(n)
        insp.append((len(insp) + 1, n, day(rng, date(2008, 1, 1), date(2024, 6, 30)).isoformat(),
                     (len(insp) % 9) + 1))
    db.executemany("INSERT INTO inspectors VALUES (?,?,?,?)", insp)
    by_dist = {d: [i[0] for i in insp if i[3] == d] for d in range(1, 10)}
    types = [("Residential extension", 28, 6, 180, 20000, 90000), ("New build", 56, 3, 1450, 180000, 900000),
             ("Demolition", 42, 1, 620, 15000, 120000), ("Signage", 21, 3, 95, 800, 6000),
             ("Change of use", 56, 2, 510, 5000, 60000), ("Solar panels", 21, 3, 120, 4000, 15000),
             ("Tree works", 14, 2, 0, 300, 4000)]
    permits, inspections = [], []
    end = date(2026, 10, 31)
    for pid in range(1, 1601):
        t = rng.choices(types, [x[2] for x in types])[0]
        d = rng.choices(range(1, 10), [14, 8, 10, 9, 12, 10, 16, 7, 11])[0]
        sub = day(rng, date(2024, 1, 2), date(2026, 10, 20))
        due = sub + timedelta(days=t[1])
        slow = 1.0 + (0.45 if d in (7, 5) else 0) + (0.3 if t[0] == "New build" else 0)
        took = max(2, int(rng.gauss(t[1] * 0.8 * slow, t[1] * 0.35)))
        dec = sub + timedelta(days=took)
        r = rng.random()
        if dec > end:
            status, dec_s = "pending", None
        elif r < 0.05:
            status, dec_s = "withdrawn", dec.isoformat()
        elif r < 0.05 + (0.22 if t[0] in ("Change of use", "Demolition") else 0.11):
            status, dec_s = "refused", dec.isoformat()
        else:
            status, dec_s = "approved", dec.isoformat()
        fee = round(t[3] * rng.choice([1, 1, 1, 1.1, 1.25]), 2)
        cost = round(rng.uniform(t[4], t[5]), -2)
        ins = rng.choice(by_dist[d])
        permits.append((pid, t[0], d, person(rng), sub.isoformat(), due.isoformat(), dec_s, status, fee, cost, ins))
        if status == "approved" and t[0] not in ("Signage", "Tree works"):
            when = dec + timedelta(days=rng.randrange(10, 120))
            for _ in range(rng.choice([1, 1, 2, 3])):
                if when > end:
                    break
                res = rng.choices(["pass", "fail", "pass with conditions"], [6, 2, 2])[0]
                who = ins if rng.random() < 0.8 else rng.randrange(1, 15)
                inspections.append((pid, who, when.isoformat(), res))
                when += timedelta(days=rng.randrange(7, 60))
    db.executemany("INSERT INTO permits VALUES (?,?,?,?,?,?,?,?,?,?,?)", permits)
    db.executemany("INSERT INTO inspections (permit_id, inspector_id, inspected_on, result) VALUES (?,?,?,?)",
                   inspections)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ weather
def build_weather(path: Path) -> None:
    rng = random.Random(2402)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE stations (stationId INTEGER PRIMARY KEY, stationName TEXT, region TEXT, elevationM INTEGER,
                           openedOn TEXT, isAutomatic INTEGER);
    CREATE TABLE dailyReadings (readingId INTEGER PRIMARY KEY, stationId INTEGER REFERENCES stations(stationId),
                                readingDate TEXT, maxTempC REAL, minTempC REAL, rainfallMm REAL,
                                maxGustKmh REAL, sunshineHours REAL);
    CREATE TABLE maintenanceVisits (visitId INTEGER PRIMARY KEY, stationId INTEGER REFERENCES stations(stationId),
                                    visitDate TEXT, technicianName TEXT, issueType TEXT, hoursSpent REAL);
    """)
    st = [("Cape Morrow Lighthouse", "Coast", 22, "1998-05-01", 1), ("Bramble Fell", "Highlands", 712, "2004-09-15", 1),
          ("Kettlewick Airfield", "Lowlands", 64, "1987-03-12", 0), ("Saltmarsh Point", "Coast", 4, "2011-06-30", 1),
          ("Glen Arrow Summit", "Highlands", 1044, "2015-08-21", 1), ("Orchard Vale", "Lowlands", 88, "1992-11-02", 0),
          ("Northcliff Harbour", "Coast", 15, "2006-04-18", 1), ("Larch Moor", "Highlands", 455, "2019-07-09", 1),
          ("Riverbend Farm", "Lowlands", 41, "2001-02-27", 0), ("Dunmere Reservoir", "Highlands", 318, "2013-10-05", 1),
          ("Ashby Common", "Lowlands", 120, "2022-04-01", 1), ("Gullhaven Pier", "Coast", 6, "2009-12-14", 1)]
    db.executemany("INSERT INTO stations VALUES (?,?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(st)])
    rows = []
    start, end = date(2025, 1, 1), date(2026, 9, 30)
    for sid, s in enumerate(st, 1):
        wet = {"Coast": 1.2, "Highlands": 1.6, "Lowlands": 0.8}[s[1]]
        windy = {"Coast": 1.35, "Highlands": 1.25, "Lowlands": 0.9}[s[1]]
        d = start
        while d <= end:
            if rng.random() < 0.02:          # a missing day now and then
                d += timedelta(days=1)
                continue
            doy = d.timetuple().tm_yday
            season = -math.cos(2 * math.pi * (doy - 15) / 365)
            base = 10.5 + 7.5 * season - s[2] * 0.0065
            tmax = round(base + 4 + rng.gauss(0, 2.6), 1)
            tmin = round(tmax - rng.uniform(3, 10), 1)
            rain = round(rng.expovariate(1 / (4.2 * wet)), 1) if rng.random() < 0.45 + 0.1 * (wet - 1) else 0.0
            gust = round(max(8.0, rng.gauss(38 * windy - 6 * season, 12)), 1)
            sun = round(max(0.0, min(16.0, rng.gauss(5 + 3.5 * season - rain * 0.15, 2.2))), 1)
            rows.append((sid, d.isoformat(), tmax, tmin, rain, gust, sun))
            d += timedelta(days=1)
    db.executemany("INSERT INTO dailyReadings (stationId, readingDate, maxTempC, minTempC, rainfallMm, maxGustKmh, "
                   "sunshineHours) VALUES (?,?,?,?,?,?,?)", rows)
    techs = ["Morag Keane", "Ollie Brandt", "Priti Shah", "Tomasz Wolny", "Ines Ferreira"]
    issues = ["sensor calibration", "power failure", "data logger fault", "storm damage", "routine check",
              "communications outage"]
    visits = []
    for _ in range(260):
        sid = rng.choices(range(1, 13), [8, 12, 5, 9, 15, 4, 7, 10, 5, 6, 3, 11])[0]
        iss = rng.choices(issues, [4, 3, 3, 2, 6, 3])[0]
        hrs = round(rng.uniform(0.5, 3) if iss == "routine check" else rng.uniform(1.5, 9), 1)
        visits.append((sid, day(rng, date(2025, 1, 1), date(2026, 9, 30)).isoformat(), rng.choice(techs), iss, hrs))
    visits.sort(key=lambda v: v[1])
    db.executemany("INSERT INTO maintenanceVisits (stationId, visitDate, technicianName, issueType, hoursSpent) "
                   "VALUES (?,?,?,?,?)", visits)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ grants
def build_grants(path: Path) -> None:
    rng = random.Random(2403)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE PRGM (program_id INTEGER PRIMARY KEY, program_name TEXT, research_field TEXT,
                       annual_budget REAL, max_award REAL);
    CREATE TABLE INST (institution_id INTEGER PRIMARY KEY, institution_name TEXT, city TEXT, institution_type TEXT);
    CREATE TABLE APPL (application_id INTEGER PRIMARY KEY, program_id INTEGER REFERENCES PRGM(program_id),
                       institution_id INTEGER REFERENCES INST(institution_id), lead_researcher TEXT,
                       project_title TEXT, submitted_date TEXT, requested_amount REAL, decision TEXT,
                       decision_date TEXT, awarded_amount REAL);
    CREATE TABLE RVW (review_id INTEGER PRIMARY KEY, application_id INTEGER REFERENCES APPL(application_id),
                      reviewer_name TEXT, score INTEGER, review_date TEXT, conflict_declared INTEGER);
    """)
    progs = [("Early Career Fellowships", "Cross-disciplinary", 4_000_000, 250_000),
             ("Climate Resilience", "Environmental science", 6_500_000, 600_000),
             ("Rare Disease Research", "Medicine", 8_000_000, 900_000),
             ("Digital Humanities", "Humanities", 1_800_000, 150_000),
             ("Quantum Materials", "Physics", 5_200_000, 750_000),
             ("Public Health Data", "Medicine", 3_600_000, 400_000),
             ("Ocean Observation", "Environmental science", 4_400_000, 550_000)]
    db.executemany("INSERT INTO PRGM VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(progs)])
    inst = [("University of Northbridge", "Northbridge", "University"), ("Calder Institute of Technology", "Calder",
             "University"), ("St Aldric University", "Aldbury", "University"),
            ("Marlowe Marine Laboratory", "Porthaven", "Research institute"),
            ("Kingsmead Medical School", "Northbridge", "University"), ("Fenwick Policy Centre", "Calder", "Non-profit"),
            ("Halden Observatory", "Halden", "Research institute"), ("Westport Polytechnic", "Westport", "University"),
            ("Greyfriars Hospital Trust", "Aldbury", "Hospital"), ("Institute for Coastal Studies", "Porthaven",
             "Research institute"), ("Brightwater College", "Westport", "University")]
    db.executemany("INSERT INTO INST VALUES (?,?,?,?)", [(i + 1, *x) for i, x in enumerate(inst)])
    words_a = ["Mapping", "Modelling", "Understanding", "Predicting", "Measuring", "Reimagining", "Tracing"]
    words_b = ["coastal erosion", "immune response", "archival texts", "spin liquids", "heat stress", "rural clinics",
               "plankton blooms", "topological insulators", "medieval letters", "air quality", "rare metabolic disorders",
               "flood risk", "hospital records", "deep-sea currents"]
    apps, revs = [], []
    revnames = [person(rng) for _ in range(18)]
    for aid in range(1, 721):
        p = rng.choices(range(1, 8), [14, 11, 10, 8, 7, 9, 6])[0]
        i = rng.choices(range(1, 12), [12, 10, 9, 5, 8, 3, 4, 6, 5, 5, 4])[0]
        sub = day(rng, date(2023, 1, 9), date(2026, 9, 30))
        req = round(rng.uniform(0.2, 1.0) * progs[p - 1][3], -3)
        dd = sub + timedelta(days=rng.randrange(60, 200))
        if dd > date(2026, 10, 31):
            dec, dds, awd = "under review", None, None
        else:
            dec = rng.choices(["funded", "rejected"], [3 if i in (1, 5, 4) else 2, 5])[0]
            dds = dd.isoformat()
            awd = round(req * rng.choice([1, 1, 1, 0.9, 0.8, 0.75]), -3) if dec == "funded" else None
        apps.append((aid, p, i, person(rng), f"{rng.choice(words_a)} {rng.choice(words_b)}", sub.isoformat(), req,
                     dec, dds, awd))
        for r in rng.sample(revnames, rng.choice([2, 3, 3])):
            rd = sub + timedelta(days=rng.randrange(14, 55))
            if rd > date(2026, 10, 31):
                continue
            sc = max(1, min(10, round(rng.gauss(7.2 if dec == "funded" else 5.0, 1.4))))
            revs.append((aid, r, sc, rd.isoformat(), 1 if rng.random() < 0.04 else 0))
    db.executemany("INSERT INTO APPL VALUES (?,?,?,?,?,?,?,?,?,?)", apps)
    db.executemany("INSERT INTO RVW (application_id, reviewer_name, score, review_date, conflict_declared) "
                   "VALUES (?,?,?,?,?)", revs)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"permits": build_permits, "weather": build_weather, "grants": build_grants}, SETS))
