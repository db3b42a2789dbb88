"""Held-out evaluation set 31: three SQLite databases (a dairy group's herd records, a private
tutoring agency, an EV charging network with terse names and a code lookup table) and hand-written
analyst conversations over them, written before the engine was run on them (see README.md here).

    python bench/heldout31/build.py [OUT_DIR]    # writes dairy.sqlite, tutoring.sqlite, evcharge.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout31), checks every
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

FIRST = ("Abi Bilal Chloe Dev Ellie Farah George Hana Isaac Jade Kofi Lena Mason Nadia Owen Poppy "
         "Rhys Saanvi Theo Uma Vera Will Xander Yusuf Zoe").split()
LAST = ("Ahmed Brennan Clarke Doyle Edwards Foster Green Hughes Iqbal Jones Khan Lewis Morgan "
        "Nguyen Owusu Price Quinn Reid Shah Taylor Walsh Young").split()


# ------------------------------------------------------------------------------------------ dairy
def build_dairy(path: Path) -> None:
    rng = random.Random(3101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE farms (farm_id INTEGER PRIMARY KEY, farm_name TEXT, county TEXT, hectares REAL,
                        is_organic INTEGER, milk_buyer TEXT);
    CREATE TABLE cows (cow_id INTEGER PRIMARY KEY, ear_tag TEXT, farm_id INTEGER REFERENCES farms(farm_id),
                       breed TEXT, birth_date TEXT, lactation_number INTEGER, status TEXT, left_herd_on TEXT);
    CREATE TABLE milk_recordings (recording_id INTEGER PRIMARY KEY, cow_id INTEGER REFERENCES cows(cow_id),
                                  test_date TEXT, litres REAL, fat_pct REAL, protein_pct REAL,
                                  somatic_cell_count INTEGER);
    CREATE TABLE vet_treatments (treatment_id INTEGER PRIMARY KEY, cow_id INTEGER REFERENCES cows(cow_id),
                                 treated_on TEXT, condition TEXT, medicine TEXT, cost_gbp REAL,
                                 withdrawal_days INTEGER);
    CREATE TABLE milk_collections (collection_id INTEGER PRIMARY KEY, farm_id INTEGER REFERENCES farms(farm_id),
                                   collected_on TEXT, litres INTEGER, price_ppl REAL);
    """)
    farms = [("Hollow Brook", "Devon", 142.5, 0, "Muller"), ("Tregaron Mains", "Ceredigion", 210.0, 1, "Arla"),
             ("Kilnsey Fold", "North Yorkshire", 98.0, 0, "Arla"), ("Ashcombe Farm", "Somerset", 176.3, 1, "Omsco"),
             ("Glenmuir", "Ayrshire", 260.0, 0, "First Milk"), ("Penhallow", "Cornwall", 121.8, 0, "Muller")]
    db.executemany("INSERT INTO farms VALUES (?,?,?,?,?,?)", [(i + 1, *f) for i, f in enumerate(farms)])
    breeds = {"Holstein": 31.0, "Friesian": 27.0, "Jersey": 20.0, "Ayrshire": 24.5, "Brown Swiss": 26.0}
    mix = {1: [6, 2, 1, 0, 1], 2: [2, 4, 1, 0, 1], 3: [5, 2, 0, 1, 0], 4: [1, 1, 5, 0, 1], 5: [3, 1, 0, 5, 0],
           6: [4, 2, 3, 0, 0]}
    size = {1: 60, 2: 48, 3: 35, 4: 52, 5: 75, 6: 40}
    cows, cid = [], 0
    for f in range(1, 7):
        for _ in range(size[f]):
            cid += 1
            breed = rng.choices(list(breeds), mix[f])[0]
            born = day(rng, date(2014, 3, 1), date(2021, 12, 31))
            lact = max(1, min(8, (date(2024, 12, 31) - born).days // 400 - 1 + rng.choice([-1, 0, 0, 1])))
            r = rng.random()
            if r < 0.09:
                status, left = "sold", day(rng, date(2023, 3, 1), date(2024, 11, 30)).isoformat()
            elif r < 0.12:
                status, left = "died", day(rng, date(2023, 3, 1), date(2024, 11, 30)).isoformat()
            elif r < 0.30:
                status, left = "dry", None
            else:
                status, left = "milking", None
            cows.append((cid, f"UK{f}{700000 + cid * 37:06d}", f, breed, born.isoformat(), lact, status, left))
    db.executemany("INSERT INTO cows VALUES (?,?,?,?,?,?,?,?)", cows)
    recs, n = [], 0
    for c in cows:
        base = breeds[c[3]] * (0.85 + 0.05 * min(c[5], 4)) * rng.uniform(0.88, 1.12)
        fat0 = 5.3 if c[3] == "Jersey" else 4.4 if c[3] == "Brown Swiss" else 4.0
        for y in (2023, 2024):
            for m in range(1, 13):
                d = date(y, m, rng.randrange(3, 26))
                if c[7] and d.isoformat() > c[7]:
                    break
                if rng.random() < 0.14:      # dry that month, no test
                    continue
                n += 1
                season = 1.08 if m in (4, 5, 6) else 0.94 if m in (11, 12, 1) else 1.0
                recs.append((n, c[0], d.isoformat(), round(base * season * rng.uniform(0.85, 1.15), 1),
                             round(fat0 + rng.uniform(-0.35, 0.35), 2), round(3.35 + rng.uniform(-0.2, 0.3), 2),
                             int(rng.lognormvariate(4.9, 0.6))))
    db.executemany("INSERT INTO milk_recordings VALUES (?,?,?,?,?,?,?)", recs)
    conds = [("Mastitis", ["Synulox LC", "Ubrolexin", "Cobactan LC"], (28, 65), 4),
             ("Lameness", ["Hoof block", "Metacam"], (15, 90), 3), ("Milk Fever", ["Calcium borogluconate"], (18, 40), 0),
             ("Metritis", ["Metricure", "Excenel"], (30, 75), 2), ("Ketosis", ["Propylene glycol"], (10, 25), 0),
             ("Pneumonia", ["Draxxin", "Resflor"], (45, 120), 5), ("Retained Placenta", ["Oxytetracycline"], (25, 55), 7)]
    treats = []
    for t in range(1, 521):
        c = rng.choice(cows)
        cond = rng.choices(conds, [34, 26, 8, 12, 9, 6, 5])[0]
        hi = min(date(2024, 12, 31), date.fromisoformat(c[7]) if c[7] else date(2024, 12, 31))
        when = day(rng, date(2023, 1, 1), hi)
        wd = cond[3] + rng.choice([0, 0, 1, 2]) if cond[3] else 0
        treats.append((t, c[0], when.isoformat(), cond[0], rng.choice(cond[1]), round(rng.uniform(*cond[2]), 2), wd))
    db.executemany("INSERT INTO vet_treatments VALUES (?,?,?,?,?,?,?)", treats)
    cols, n = [], 0
    for f in range(1, 7):
        d = date(2023, 1, 2) + timedelta(days=f % 3)
        while d <= date(2024, 12, 31):
            n += 1
            month_price = 44.5 - 6.0 * (1 if d.year == 2023 and 4 <= d.month <= 12 else 0) + 0.4 * (d.year - 2023) * d.month / 3
            if farms[f - 1][3]:
                month_price += 8.5
            cols.append((n, f, d.isoformat(), int(size[f] * 0.8 * 28 * 3 * rng.uniform(0.85, 1.1)),
                         round(month_price + rng.uniform(-0.6, 0.6), 2)))
            d += timedelta(days=3)
    db.executemany("INSERT INTO milk_collections VALUES (?,?,?,?,?)", cols)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ tutoring
def build_tutoring(path: Path) -> None:
    rng = random.Random(3102)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE tutors (tutorId INTEGER PRIMARY KEY, fullName TEXT, mainSubject TEXT, hourlyRate REAL,
                         homeCity TEXT, joinedOn TEXT, isDbsChecked INTEGER);
    CREATE TABLE students (studentId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, yearGroup INTEGER,
                           schoolType TEXT, signupDate TEXT, referralSource TEXT);
    CREATE TABLE lessons (lessonId INTEGER PRIMARY KEY, tutorId INTEGER REFERENCES tutors(tutorId),
                          studentId INTEGER REFERENCES students(studentId), lessonDate TEXT, startTime TEXT,
                          durationMins INTEGER, lessonMode TEXT, lessonStatus TEXT, feeCharged REAL);
    CREATE TABLE lessonReviews (reviewId INTEGER PRIMARY KEY, lessonId INTEGER REFERENCES lessons(lessonId),
                                stars INTEGER, reviewedOn TEXT, wouldRecommend INTEGER);
    """)
    subjects = ["Maths", "Maths", "Maths", "English", "English", "Physics", "Chemistry", "Chemistry", "Biology",
                "French", "Spanish", "Computer Science", "History", "Economics"]
    cities = ["London", "London", "Manchester", "Bristol", "Leeds", "Birmingham", "Nottingham"]
    tutors = []
    for t in range(1, 43):
        subj = subjects[t % len(subjects)] if t <= 28 else rng.choice(subjects)
        rate = round(rng.uniform(28, 62) + (8 if subj in ("Physics", "Computer Science") else 0), 0)
        tutors.append((t, f"{rng.choice(FIRST)} {rng.choice(LAST)}", subj, rate, rng.choice(cities),
                       day(rng, date(2019, 1, 1), date(2024, 6, 30)).isoformat(), 1 if rng.random() < 0.85 else 0))
    tutors[11] = (12, "Miriam Okonjo", "Physics", 78.0, "London", "2019-09-02", 1)   # the one priciest tutor
    tutors[40] = tutors[40][:6] + (0,)   # a 2024 joiner whose DBS check is still pending
    seen, spare = set(), iter(["Hartley", "Moreno", "Bishop", "Castell", "Lindgren"])
    for i, t in enumerate(tutors):       # tutor names are unique
        if t[1] in seen:
            tutors[i] = (t[0], f"{t[1].split()[0]} {next(spare)}", *t[2:])
        seen.add(tutors[i][1])
    db.executemany("INSERT INTO tutors VALUES (?,?,?,?,?,?,?)", tutors)
    students = []
    for s in range(1, 381):
        students.append((s, rng.choice(FIRST), rng.choice(LAST), rng.choices(range(7, 14), [2, 2, 3, 5, 7, 3, 6])[0],
                         rng.choices(["state", "independent", "home-educated"], [12, 6, 1])[0],
                         day(rng, date(2022, 6, 1), date(2024, 10, 31)).isoformat(),
                         rng.choices(["Google", "Friend", "School", "Instagram", "Leaflet"], [8, 6, 4, 3, 1])[0]))
    db.executemany("INSERT INTO students VALUES (?,?,?,?,?,?,?)", students)
    lessons, reviews, n, rv = [], [], 0, 0
    for s in students:
        for tutor in rng.sample(tutors, rng.choices([1, 2, 3], [6, 3, 1])[0]):
            start = max(date.fromisoformat(s[5]), date.fromisoformat(tutor[5]), date(2023, 1, 1))
            mode = rng.choices(["online", "in-person"], [3, 2])[0]
            dur = rng.choices([45, 60, 90], [2, 6, 2])[0]
            for _ in range(rng.randrange(2, 16)):
                d = day(rng, start, date(2024, 12, 20))
                n += 1
                st = rng.choices(["completed", "cancelled", "no-show"], [86, 10, 4])[0]
                fee = 0.0 if st == "cancelled" else round(tutor[3] * dur / 60, 2)
                hour = rng.choice([16, 16, 17, 17, 17, 18, 18, 19, 10, 11]) if d.weekday() < 5 else rng.choice([9, 10, 11, 14])
                lessons.append((n, tutor[0], s[0], d.isoformat(), f"{hour:02d}:{rng.choice(['00', '30'])}", dur,
                                rng.choices([mode, "online"], [9, 1])[0], st, fee))
                if st == "completed" and rng.random() < 0.3:
                    rv += 1
                    stars = rng.choices([5, 4, 3, 2, 1], [50, 30, 10, 6, 4])[0]
                    reviews.append((rv, n, stars, (d + timedelta(days=rng.randrange(0, 6))).isoformat(),
                                    1 if stars >= 4 or (stars == 3 and rng.random() < 0.4) else 0))
    db.executemany("INSERT INTO lessons VALUES (?,?,?,?,?,?,?,?,?)", lessons)
    db.executemany("INSERT INTO lessonReviews VALUES (?,?,?,?,?)", reviews)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ evcharge
def build_evcharge(path: Path) -> None:
    rng = random.Random(3103)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE cd_lkp (cd_typ TEXT, cd TEXT, cd_dsc TEXT, PRIMARY KEY (cd_typ, cd));
    CREATE TABLE stn (stn_id INTEGER PRIMARY KEY, stn_nm TEXT, twn TEXT, rgn_cd TEXT, site_cd TEXT, opn_dt TEXT);
    CREATE TABLE chg (chg_id TEXT PRIMARY KEY, stn_id INTEGER REFERENCES stn(stn_id), pwr_kw INTEGER,
                      conn_cd TEXT, inst_dt TEXT);
    CREATE TABLE acct (acct_id INTEGER PRIMARY KEY, acct_nm TEXT, acct_typ TEXT, reg_dt TEXT);
    CREATE TABLE ses (ses_id INTEGER PRIMARY KEY, chg_id TEXT REFERENCES chg(chg_id),
                      acct_id INTEGER REFERENCES acct(acct_id), st_ts TEXT, dur_min INTEGER, kwh REAL,
                      amt_gbp REAL, pay_cd TEXT, end_cd TEXT);
    CREATE TABLE flt (flt_id INTEGER PRIMARY KEY, chg_id TEXT REFERENCES chg(chg_id), flt_ts TEXT, flt_cd TEXT,
                      dwn_hrs REAL);
    """)
    codes = [("RGN", "NW", "North West"), ("RGN", "NE", "North East"), ("RGN", "MID", "Midlands"),
             ("RGN", "SE", "South East"), ("RGN", "SW", "South West"), ("RGN", "SCO", "Scotland"),
             ("SITE", "MWS", "Motorway services"), ("SITE", "RET", "Retail park"), ("SITE", "HTL", "Hotel"),
             ("SITE", "CPK", "Public car park"), ("SITE", "DEP", "Fleet depot"),
             ("CON", "CCS", "CCS2"), ("CON", "CHA", "CHAdeMO"), ("CON", "T2", "Type 2 AC"),
             ("ACT", "PAYG", "Pay as you go"), ("ACT", "SUB", "Monthly subscriber"), ("ACT", "FLT", "Fleet account"),
             ("PAY", "APP", "Mobile app"), ("PAY", "RFID", "RFID card"), ("PAY", "CTL", "Contactless bank card"),
             ("END", "OK", "Completed normally"), ("END", "USR", "Stopped by driver"),
             ("END", "ERR", "Charger error"), ("END", "TMO", "Communication timeout"),
             ("FLT", "PWR", "Power module failure"), ("FLT", "CBL", "Damaged cable"), ("FLT", "COM", "Comms loss"),
             ("FLT", "PAY", "Payment terminal fault"), ("FLT", "SCR", "Screen fault"), ("FLT", "VAN", "Vandalism")]
    db.executemany("INSERT INTO cd_lkp VALUES (?,?,?)", codes)
    towns = [("Warrington", "NW"), ("Preston", "NW"), ("Carlisle", "NW"), ("Durham", "NE"), ("Gateshead", "NE"),
             ("Coventry", "MID"), ("Leicester", "MID"), ("Derby", "MID"), ("Reading", "SE"), ("Maidstone", "SE"),
             ("Crawley", "SE"), ("Exeter", "SW"), ("Taunton", "SW"), ("Stirling", "SCO"), ("Perth", "SCO")]
    sites = ["MWS", "RET", "HTL", "CPK", "DEP"]
    stns, chgs = [], []
    for s in range(1, 31):
        twn, rgn = towns[(s - 1) % len(towns)] if s <= 15 else rng.choice(towns)
        site = rng.choices(sites, [3, 5, 2, 4, 1])[0]
        label = {"MWS": "Services", "RET": "Retail Park", "HTL": "Hotel", "CPK": "Car Park", "DEP": "Depot"}[site]
        stns.append((s, f"{twn} {label}" + (f" {s}" if s > 15 else ""), twn, rgn, site,
                     day(rng, date(2019, 5, 1), date(2024, 3, 31)).isoformat()))
    stns[6] = (7, "Leicester Fosse Services", "Leicester", "MID", "MWS", "2018-10-12")  # the oldest station
    db.executemany("INSERT INTO stn VALUES (?,?,?,?,?,?)", stns)
    for s in stns:
        k = {"MWS": 8, "RET": 6, "HTL": 3, "CPK": 4, "DEP": 10}[s[4]]
        for j in range(rng.randrange(k - 2, k + 2)):
            if s[4] in ("HTL", "CPK", "DEP"):
                pwr, conn = rng.choices([(7, "T2"), (22, "T2"), (50, "CCS"), (50, "CHA")], [3, 4, 2, 1])[0]
            else:
                pwr, conn = rng.choices([(50, "CCS"), (50, "CHA"), (150, "CCS"), (350, "CCS"), (22, "T2")],
                                        [3, 1, 4, 2, 1])[0]
            chgs.append((f"C{s[0]:02d}-{j + 1}", s[0], pwr, conn,
                         day(rng, date.fromisoformat(s[5]), date(2024, 6, 30)).isoformat()))
    db.executemany("INSERT INTO chg VALUES (?,?,?,?,?)", chgs)
    fleets = ["Ocado Vans", "Royal Mail Fleet", "Addison Lee", "Veolia Ops", "Arriva Depot", "Uber Green Pool"]
    accts = []
    for a in range(1, 421):
        typ = rng.choices(["PAYG", "SUB", "FLT"], [10, 5, 1])[0]
        nm = rng.choice(fleets) + f" #{a}" if typ == "FLT" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        accts.append((a, nm, typ, day(rng, date(2021, 1, 1), date(2024, 10, 31)).isoformat()))
    db.executemany("INSERT INTO acct VALUES (?,?,?,?)", accts)
    price = {"PAYG": 0.79, "SUB": 0.59, "FLT": 0.52}
    sess = []
    for sid in range(1, 4201):
        a = rng.choice(accts) if rng.random() < 0.8 else rng.choice([x for x in accts if x[2] == "FLT"])
        c = rng.choice(chgs)
        lo = max(date.fromisoformat(c[4]), date.fromisoformat(a[3]), date(2023, 1, 1))
        if lo > date(2024, 12, 31):
            continue
        d = day(rng, lo, date(2024, 12, 31))
        ts = datetime(d.year, d.month, d.day, rng.choices(range(24), [1] * 6 + [3, 5, 6, 5, 4, 4, 5, 5, 4, 4, 5, 6, 5, 4, 3, 2, 2, 1])[0],
                      rng.randrange(60))
        end = rng.choices(["OK", "USR", "ERR", "TMO"], [80, 14, 4, 2])[0]
        kwh = round(rng.uniform(6, 62) * (0.35 if end in ("ERR", "TMO") else 1.0), 2)
        rate = min(c[2], 120 if c[2] > 50 else c[2]) * rng.uniform(0.55, 0.9)
        dur = max(4, int(kwh / rate * 60) + rng.randrange(2, 9))
        unit = price[a[2]] - (0.2 if c[2] <= 22 else 0)
        pay = "RFID" if a[2] == "FLT" else rng.choices(["APP", "CTL", "RFID"], [6, 3, 1] if a[2] == "PAYG" else [7, 1, 2])[0]
        sess.append((sid, c[0], a[0], ts.strftime("%Y-%m-%d %H:%M"), dur, kwh, round(kwh * unit, 2), pay, end))
    db.executemany("INSERT INTO ses VALUES (?,?,?,?,?,?,?,?,?)", sess)
    db.execute("UPDATE ses SET end_cd = 'ERR', kwh = ROUND(kwh * 0.3, 2), amt_gbp = ROUND(amt_gbp * 0.3, 2) "
               "WHERE ses_id = (SELECT MIN(ses_id) FROM ses WHERE chg_id = 'C07-3' AND end_cd = 'OK')")  # one worst unit
    flts = []
    for f in range(1, 261):
        c = rng.choice(chgs)
        d = day(rng, max(date.fromisoformat(c[4]), date(2023, 1, 1)), date(2024, 12, 31))
        code = rng.choices(["PWR", "CBL", "COM", "PAY", "SCR", "VAN"], [4, 5, 7, 4, 2, 1])[0]
        hrs = round(rng.uniform(0.5, 6) if code in ("COM", "SCR") else rng.uniform(4, 72), 1)
        flts.append((f, c[0], f"{d.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}", code, hrs))
    db.executemany("INSERT INTO flt VALUES (?,?,?,?,?)", flts)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"dairy": build_dairy, "tutoring": build_tutoring, "evcharge": build_evcharge}, SETS))
