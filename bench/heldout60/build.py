"""Held-out evaluation `heldout60`: three SQLite databases of a public-sector kind (children's social
care referrals, a fire and rescue service's incidents and quarterly station KPIs against targets, and a
council's air-quality monitoring network) and hand-written conversations over them, written before the
engine was run on them (see README.md in this folder).

    python bench/heldout60/build.py [OUT_DIR]   # writes safeguarding.sqlite, fire.sqlite, airquality.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout60), checks every
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

FIRST = ("Aisha Bethan Callum Deborah Eilidh Farid Gemma Harriet Imran Jasmine Kieran Leanne Marcus Nadia Owen "
         "Philippa Rhys Saira Tomasz Ursula Vikram Wanda Yusuf Zoe Bronwen Declan Fiona Gareth").split()
LAST = ("Ahmed Barker Campbell Doyle Ellis Fraser Griffiths Hussain Iqbal Jones Kaur Lewis McKenzie Nowak "
        "O'Brien Pritchard Quinn Roberts Shah Thomas Underwood Walsh Yates").split()


def fiscal_year(d: date) -> str:
    y = d.year if d.month >= 4 else d.year - 1
    return f"{y}/{str(y + 1)[2:]}"


# ------------------------------------------------------------------------------------------
def build_safeguarding(path: Path) -> None:
    rng = random.Random(6001)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE areas (area_id INTEGER PRIMARY KEY, area_name TEXT, child_population INTEGER,
                        total_population INTEGER);
    CREATE TABLE teams (team_id INTEGER PRIMARY KEY, team_name TEXT, area_id INTEGER REFERENCES areas(area_id),
                        service TEXT);
    CREATE TABLE social_workers (worker_id INTEGER PRIMARY KEY, full_name TEXT,
                                 team_id INTEGER REFERENCES teams(team_id), job_title TEXT,
                                 manager_id INTEGER REFERENCES social_workers(worker_id),
                                 employment_type TEXT, start_date TEXT, fte REAL);
    CREATE TABLE referrals (referral_id INTEGER PRIMARY KEY, child_ref TEXT, received_date TEXT, fiscal_year TEXT,
                            source TEXT, team_id INTEGER REFERENCES teams(team_id),
                            worker_id INTEGER REFERENCES social_workers(worker_id), status TEXT,
                            decision_date TEXT, previous_referral_id INTEGER REFERENCES referrals(referral_id));
    CREATE TABLE assessments (assessment_id INTEGER PRIMARY KEY,
                              referral_id INTEGER REFERENCES referrals(referral_id), start_date TEXT,
                              completed_date TEXT, outcome TEXT);
    CREATE TABLE status_codes (status TEXT PRIMARY KEY, description TEXT);
    """)
    db.executemany("INSERT INTO status_codes VALUES (?,?)", [
        ("NFA", "Closed - no further action"), ("ASMT", "Progressed to assessment"),
        ("WDN", "Withdrawn"), ("OPEN", "Awaiting decision")])
    areas = [("North", 18420, 81240), ("South", 22130, 97560), ("East", 15790, 70310), ("West", 19960, 88620),
             ("Central", 12610, 64150)]
    db.executemany("INSERT INTO areas VALUES (?,?,?,?)", [(i + 1, *a) for i, a in enumerate(areas)])
    teams = []
    for a in range(1, 6):
        nm = areas[a - 1][0]
        teams.append((len(teams) + 1, f"{nm} Assessment", a, "Assessment"))
        teams.append((len(teams) + 1, f"{nm} Children in Need", a, "Children in Need"))
    db.executemany("INSERT INTO teams VALUES (?,?,?,?)", teams)
    workers, wid = [], 0
    team_staff: dict[int, list[int]] = {}
    used = set()
    for t in teams:
        wid += 1
        mgr = wid

        def name():
            while True:
                n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if n not in used:
                    used.add(n)
                    return n
        workers.append((mgr, name(), t[0], "Team Manager", None, "Permanent",
                        day(rng, date(2009, 1, 1), date(2019, 12, 31)).isoformat(), 1.0))
        team_staff[t[0]] = []
        for k in range(rng.randrange(5, 8)):
            wid += 1
            title = "Senior Practitioner" if k == 0 else "Social Worker"
            emp = "Agency" if rng.random() < 0.22 else "Permanent"
            workers.append((wid, name(), t[0], title, mgr, emp,
                            day(rng, date(2012, 1, 1), date(2023, 9, 30)).isoformat(),
                            rng.choice([1.0, 1.0, 1.0, 0.8, 0.6])))
            team_staff[t[0]].append(wid)
    db.executemany("INSERT INTO social_workers VALUES (?,?,?,?,?,?,?,?)", workers)
    srcs = ["Police", "School", "Health", "LA services", "Self/Family", "Anonymous", "Other"]
    refs, asmts = [], []
    children: list[tuple[str, int, date]] = []     # child_ref, last referral id, last date
    n_child = 0
    last: dict[str, int] = {}
    d0, d1 = date(2022, 4, 1), date(2024, 12, 31)
    dates = sorted(day(rng, d0, d1) for _ in range(3400))
    for rid, rd in enumerate(dates, start=1):
        area = rng.choices(range(1, 6), [19, 25, 20, 21, 15])[0]
        prev = None
        if children and rng.random() < 0.2:
            cref = children[rng.randrange(max(0, len(children) - 400), len(children))][0]
            prev = last[cref]
        else:
            n_child += 1
            cref = f"CH{n_child:05d}"
        team = (area - 1) * 2 + 1
        recent = (d1 - rd).days
        status = rng.choices(["NFA", "ASMT", "WDN"], [38, 48, 7])[0]
        if recent < 10 and rng.random() < 0.8 or recent < 40 and rng.random() < 0.1:
            status = "OPEN"
        worker = rng.choice(team_staff[team])
        if status == "OPEN" and rng.random() < 0.5 or status == "WDN" and rng.random() < 0.3 or rng.random() < 0.01:
            worker = None
        src = rng.choices(srcs, [28, 20, 15, 10, 9, 4, 8])[0]
        if rd >= date(2024, 10, 1) and rng.random() < 0.12:
            src = "Police"
        if rng.random() < 0.03:
            src = None
        dec = None
        if status != "OPEN":
            lag = rng.choices([0, 1, 2, 3, 5, 8], [40, 35, 10, 7, 5, 3])[0]
            if area == 3 and rng.random() < 0.2:
                lag += 3
            dec = (rd + timedelta(days=lag)).isoformat()
        refs.append((rid, cref, rd.isoformat(), fiscal_year(rd), src, team, worker, status, dec, prev))
        children.append((cref, rid, rd))
        last[cref] = rid
        if status == "ASMT":
            st = date.fromisoformat(dec)
            dur = max(3, int(rng.gauss({2: 37, 5: 44}.get(area, 33), 12)))
            comp = st + timedelta(days=dur)
            if comp > d1 or rng.random() < 0.015:
                comp = None
            outcome = None if comp is None else rng.choices(
                ["Child in Need plan", "Child Protection plan", "No further action", "Step down to early help"],
                [35, 14, 30, 21])[0]
            asmts.append((len(asmts) + 1, rid, st.isoformat(), comp.isoformat() if comp else None, outcome))
    db.executemany("INSERT INTO referrals VALUES (?,?,?,?,?,?,?,?,?,?)", refs)
    db.executemany("INSERT INTO assessments VALUES (?,?,?,?,?)", asmts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_fire(path: Path) -> None:
    rng = random.Random(6002)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE stations (station_id INTEGER PRIMARY KEY, station_code TEXT, station_name TEXT, area TEXT,
                           crewing TEXT, ground_population INTEGER);
    CREATE TABLE incidents (incident_no TEXT PRIMARY KEY, station_id INTEGER REFERENCES stations(station_id),
                            call_time TEXT, incident_type TEXT, attendance TEXT, response_secs INTEGER,
                            casualties INTEGER);
    CREATE TABLE kpi_measures (measure_code TEXT PRIMARY KEY, measure_name TEXT, unit TEXT,
                               higher_is_better INTEGER);
    CREATE TABLE kpi_targets (measure_code TEXT REFERENCES kpi_measures(measure_code), quarter TEXT, target REAL,
                              PRIMARY KEY (measure_code, quarter));
    CREATE TABLE station_kpis (station_id INTEGER REFERENCES stations(station_id), quarter TEXT,
                               measure_code TEXT REFERENCES kpi_measures(measure_code), actual REAL,
                               PRIMARY KEY (station_id, quarter, measure_code));
    """)
    st = [("N01", "Ashby Road", "North", "Wholetime", 64200), ("N02", "Kirkholme", "North", "On-call", 18300),
          ("N03", "Thornley", "North", "Day crewed", 27400), ("N04", "Hallam Moor", "North", "On-call", 12100),
          ("S01", "Southgate", "South", "Wholetime", 71800), ("S02", "Riverside", "South", "Wholetime", 58900),
          ("S03", "Penbury", "South", "On-call", 15600), ("E01", "Eastfield", "East", "Wholetime", 49700),
          ("E02", "Marsh Lane", "East", "Day crewed", 31200), ("E03", "Colby", "East", "On-call", 9800),
          ("W01", "Westbrook", "West", "Wholetime", 55300), ("W02", "Aldwick", "West", "On-call", 16900),
          ("W03", "Fernhill", "West", "Day crewed", 29800), ("W04", "Oakden", "West", "On-call", 11200)]
    db.executemany("INSERT INTO stations VALUES (?,?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(st)])
    types = [("Dwelling fire", 9), ("Other building fire", 4), ("Vehicle fire", 6), ("Grass fire", 7),
             ("Refuse fire", 8), ("Road traffic collision", 9), ("False alarm - AFA", 18),
             ("False alarm - good intent", 10), ("False alarm - malicious", 3), ("Flooding", 4),
             ("Other special service", 12)]
    incs = []
    weights = [s[4] for s in st]
    for _k in range(4600):
        s = rng.choices(range(1, 15), weights)[0]
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        ty = rng.choices([t[0] for t in types], [t[1] for t in types])[0]
        if ty == "Grass fire" and d.month not in (4, 5, 6, 7, 8) and rng.random() < 0.6:
            ty = "Refuse fire"
        t = datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60), rng.randrange(60))
        crew = st[s - 1][3]
        att = "Stood down" if rng.random() < 0.06 else "Attended"
        base = {"Wholetime": 380, "Day crewed": 470, "On-call": 610}[crew]
        resp = None if att == "Stood down" or rng.random() < 0.025 else int(max(150, rng.gauss(base, base * 0.28)))
        cas = 0
        if ty in ("Dwelling fire", "Road traffic collision") and att == "Attended":
            cas = rng.choices([0, 1, 2, 3], [80, 14, 4, 2])[0]
        incs.append((t, s, ty, att, resp, cas))
    incs.sort(key=lambda r: r[0])
    rows = [(f"INC-{r[0].year}-{k:05d}", r[1], r[0].strftime("%Y-%m-%d %H:%M:%S"), r[2], r[3], r[4], r[5])
            for k, r in enumerate(incs, start=1)]
    db.executemany("INSERT INTO incidents VALUES (?,?,?,?,?,?,?)", rows)
    measures = [("HFSV", "Home fire safety visits completed", "visits", 1),
                ("AVAIL", "Appliance availability", "%", 1),
                ("AUDIT", "Fire safety audits of business premises", "audits", 1),
                ("SICK", "Shifts lost to sickness per firefighter", "shifts", 0)]
    db.executemany("INSERT INTO kpi_measures VALUES (?,?,?,?)", measures)
    quarters = [f"{y}-Q{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    tg = {"HFSV": [110, 110, 115, 115, 120, 120, 125, 125], "AVAIL": [92, 92, 92, 92, 95, 95, 95, 95],
          "AUDIT": [24, 24, 24, 24, 26, 26, 26, 28], "SICK": [2.5, 2.5, 2.5, 2.5, 2.2, 2.2, 2.2, 2.2]}
    db.executemany("INSERT INTO kpi_targets VALUES (?,?,?)",
                   [(m, q, tg[m][i]) for m in tg for i, q in enumerate(quarters)])
    kp = []
    for sid, s in enumerate(st, start=1):
        crew = s[3]
        for i, q in enumerate(quarters):
            hf = round(rng.gauss(tg["HFSV"][i] * (1.05 if crew == "Wholetime" else 0.97), 14))
            av = round(min(100.0, rng.gauss(98.2 if crew == "Wholetime" else 95.5 if crew == "Day crewed" else 90.5,
                                            2.6 if crew == "On-call" else 1.2)), 1)
            au = round(rng.gauss(tg["AUDIT"][i] * 1.02, 4))
            sk = round(max(0.2, rng.gauss(2.2, 0.7)), 2)
            for m, v in (("HFSV", hf), ("AVAIL", av), ("AUDIT", au), ("SICK", sk)):
                if rng.random() < 0.02:
                    v = None          # not submitted
                kp.append((sid, q, m, v))
    db.executemany("INSERT INTO station_kpis VALUES (?,?,?,?)", kp)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_airquality(path: Path) -> None:
    rng = random.Random(6003)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE wards (ward_id INTEGER PRIMARY KEY, ward_name TEXT, area TEXT, residents INTEGER);
    CREATE TABLE sites (site_id TEXT PRIMARY KEY, site_name TEXT, site_type TEXT, setting TEXT,
                        ward_id INTEGER REFERENCES wards(ward_id), in_aqma INTEGER, opened TEXT, closed TEXT);
    CREATE TABLE monthly_readings (site_id TEXT REFERENCES sites(site_id), month TEXT,
                                   no2_ugm3 REAL, pm10_ugm3 REAL, pm25_ugm3 REAL, o3_ugm3 REAL, so2_ugm3 REAL,
                                   pm10_exceed_days INTEGER, data_capture_pct REAL,
                                   PRIMARY KEY (site_id, month));
    """)
    wards = [("Castle", "Central", 11840), ("Market", "Central", 9620), ("Abbey", "Central", 12310),
             ("Northgate", "North", 13420), ("Hillside", "North", 10950), ("Moorfield", "North", 8740),
             ("Docks", "South", 12080), ("Southbank", "South", 14210), ("Greenway", "South", 9870),
             ("Westmead", "West", 11530), ("Orchard", "West", 10120), ("Kingsway", "West", 12760)]
    db.executemany("INSERT INTO wards VALUES (?,?,?,?)", [(i + 1, *w) for i, w in enumerate(wards)])
    streets = ["High Street", "Station Road", "Ring Road", "Bridge Street", "London Road", "Mill Lane", "Church Street",
               "Park Avenue", "Victoria Road", "Queen Street", "North Road", "Harbour Way", "School Lane",
               "Canal Street", "King Street", "Green Lane", "Westgate", "Abbey Road", "Dock Road", "Orchard Way",
               "Kingsway", "Moor Lane", "Castle Hill", "Market Place"]
    sites = []
    auto = [("AQ1", "Town Centre AURN", "Urban background", 1, 0), ("AQ2", "Ring Road Roadside", "Roadside", 3, 1),
            ("AQ3", "Docks Industrial", "Industrial", 7, 0), ("AQ4", "Northgate Kerbside", "Kerbside", 4, 1),
            ("AQ5", "Southbank Background", "Urban background", 8, 0), ("AQ6", "Kingsway Roadside", "Roadside", 12, 1),
            ("AQ7", "Hillside School", "Urban background", 5, 0)]
    for code, nm, setting, w, aqma in auto:
        sites.append((code, nm, "Automatic", setting, w, aqma, "2015-01-01" if code != "AQ7" else "2023-06-01",
                      None))
    for k in range(1, 25):
        w = rng.randrange(1, 13)
        setting = rng.choices(["Roadside", "Kerbside", "Urban background"], [6, 2, 3])[0]
        aqma = 1 if w in (1, 3, 4, 12) and setting != "Urban background" else 0
        closed = "2023-12-31" if k in (5, 17) else None
        opened = "2023-04-01" if k in (9, 21) else "2019-01-01"
        sites.append((f"DT{k:02d}", streets[k - 1], "Diffusion tube", setting, w, aqma, opened, closed))
    db.executemany("INSERT INTO sites VALUES (?,?,?,?,?,?,?,?)", sites)
    rows = []
    for s in sites:
        code, _, typ, setting, w, aqma, opened, closed = s
        base_no2 = {"Kerbside": 41, "Roadside": 33, "Urban background": 19, "Industrial": 27}[setting]
        base_no2 += 7 if aqma else 0
        base_no2 += rng.uniform(-5, 5)
        trend = 0.0
        for y in (2022, 2023, 2024):
            for m in range(1, 13):
                mon = f"{y}-{m:02d}"
                if mon < opened[:7] or closed and mon > closed[:7]:
                    continue
                season = 1.18 if m in (11, 12, 1, 2) else 0.84 if m in (6, 7, 8) else 1.0
                yearf = {2022: 1.06, 2023: 1.0, 2024: 0.95}[y]
                no2 = round(base_no2 * season * yearf * rng.uniform(0.85, 1.15) + trend, 1)
                cap = round(min(100.0, rng.gauss(93, 6)), 1) if typ == "Automatic" else None
                if typ == "Diffusion tube" and rng.random() < 0.06:
                    no2 = None       # tube missing or damaged
                if typ == "Automatic":
                    if rng.random() < 0.08:
                        cap = round(rng.uniform(35, 74), 1)
                    pm10 = round(rng.gauss(18 if setting == "Urban background" else 23, 4) * season * yearf, 1)
                    pm25 = round(pm10 * rng.uniform(0.55, 0.68), 1)
                    o3 = round(rng.gauss(52, 8) * (1.2 if m in (4, 5, 6, 7) else 0.85), 1) \
                        if setting in ("Urban background", "Industrial") else None
                    so2 = round(rng.gauss(6 if setting == "Industrial" else 2.5, 1.0), 1) \
                        if code in ("AQ1", "AQ3") else None
                    ex = max(0, int(rng.gauss((pm10 - 15) / 2.5, 1.2)))
                    if code == "AQ3" and y == 2024:
                        ex += 2
                    if code == "AQ7":
                        pm10 = pm25 = ex = None if rng.random() < 0.5 else pm10
                        if pm10 is not None:
                            pm25 = round(pm10 * 0.6, 1)
                            ex = max(0, int((pm10 - 15) / 2.5))
                    if cap is not None and cap < 40 and rng.random() < 0.5:
                        no2 = None
                else:
                    pm10 = pm25 = o3 = so2 = ex = None
                rows.append((code, mon, no2, pm10, pm25, o3, so2, ex, cap))
    db.executemany("INSERT INTO monthly_readings VALUES (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


BUILDERS = {"safeguarding": build_safeguarding, "fire": build_fire, "airquality": build_airquality}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
