"""Held-out set heldout71: three SQLite databases of an acute hospital trust (inpatient wards with
admissions and ward transfers, outpatient clinic bookings, emergency-department attendances) and
hand-written conversations of a hospital operations manager over them, written before the engine
was run on them (see README.md in this folder).

    python bench/heldout71/build.py [OUT_DIR]   # writes wards.sqlite, outpatients.sqlite, emergency.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout71), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run. Every extract is
taken at 2026-11-27 00:00: nothing happens after 2026-11-26, except outpatient appointments booked
for future dates.
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

EXTRACT = datetime(2026, 11, 27, 0, 0)


def _dt(rng: random.Random, start: date, end: date) -> datetime:
    d = day(rng, start, end)
    return datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60))


# ------------------------------------------------------------------------------------------
def build_wards(path: Path) -> None:
    rng = random.Random(7101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE wards (WardCd TEXT PRIMARY KEY, WardName TEXT, Specialty TEXT, Beds INTEGER, Site TEXT);
    CREATE TABLE patients (patient_id INTEGER PRIMARY KEY, nhs_number TEXT, sex TEXT, date_of_birth TEXT,
                           postcode_district TEXT);
    CREATE TABLE admissions (adm_id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(patient_id),
                             WardCd TEXT REFERENCES wards(WardCd), adm_dt TEXT, dis_dt TEXT, adm_method TEXT,
                             age_at_adm INTEGER, status TEXT, fit_for_dis_dt TEXT, dis_dest TEXT);
    CREATE TABLE transfers (TransferID INTEGER PRIMARY KEY, adm_id INTEGER REFERENCES admissions(adm_id),
                            FromWard TEXT, ToWard TEXT, TransferTime TEXT);
    """)
    wards = [("AMU", "Acute Medical Unit", "General Medicine", 36, "City"),
             ("W10", "Ward 10", "Cardiology", 24, "City"), ("W11", "Ward 11", "Respiratory", 28, "City"),
             ("W12", "Ward 12", "Care of the Elderly", 30, "City"),
             ("SAU", "Surgical Assessment Unit", "General Surgery", 20, "City"),
             ("W20", "Ward 20", "Trauma & Orthopaedics", 26, "City"), ("W21", "Ward 21", "General Surgery", 28, "City"),
             ("MAT", "Maternity", "Obstetrics", 32, "City"), ("HDU", "High Dependency Unit", "Critical Care", 8, "City"),
             ("W5", "Ward 5", "Stroke", 18, "North"), ("ROS", "Rosewood Ward", "Rehabilitation", 22, "Community")]
    db.executemany("INSERT INTO wards VALUES (?,?,?,?,?)", wards)
    districts = ["LS1", "LS6", "LS8", "LS11", "LS12", "LS15", "LS17", "LS25", "WF3", "BD4"]
    patients = []
    for p in range(1, 9001):
        age = rng.choices([rng.randrange(18, 45), rng.randrange(45, 75), rng.randrange(75, 99)], [3, 4, 3])[0]
        dob = date(2025, 6, 1) - timedelta(days=int(age * 365.25) + rng.randrange(365))
        patients.append((p, f"{rng.randrange(400, 999)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
                         rng.choice("MF"), dob.isoformat(), rng.choice(districts)))
    db.executemany("INSERT INTO patients VALUES (?,?,?,?,?)", patients)
    adms, trans = [], []
    start, end = date(2025, 1, 1), date(2026, 11, 26)

    def age_at(pid: int, when: datetime) -> int:
        dob = date.fromisoformat(patients[pid - 1][3])
        return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))

    def add(pid: int, adm: datetime, method: str, readm: bool = False) -> None:
        age = age_at(pid, adm)
        if age < 18:
            return
        if method == "Maternity":
            ward = "MAT"
        elif method == "Elective":
            ward = rng.choices(["W20", "W21", "W10", "W11"], [5, 5, 2, 1])[0]
        else:
            ward = rng.choices(["AMU", "SAU", "W5", "HDU", "W12"], [10, 4, 1, 1, 1] if age < 75 else [12, 3, 2, 1, 2])[0]
        aid = len(adms) + 1
        if method == "Elective" and rng.random() < 0.05:
            adms.append((aid, pid, ward, adm.strftime("%Y-%m-%d %H:%M"), None, method, age, "cancelled", None, None))
            return
        base = {"Maternity": 1.8, "Elective": 3.0, "Emergency": 5.5 if age < 75 else 9.5}[method]
        los = timedelta(hours=max(3.0, rng.expovariate(1 / base) * 24 + rng.uniform(0, 12)))
        path, t = [ward], adm
        nxt = {"AMU": ["W10", "W11", "W12", "W5"], "SAU": ["W21", "W20"], "HDU": ["W21", "W11", "W10"],
               "W12": ["ROS"], "W5": ["ROS"], "W20": ["ROS"]}
        while path[-1] in nxt and rng.random() < (0.55 if path[-1] in ("AMU", "SAU", "HDU") else 0.15):
            step = los * rng.uniform(0.1, 0.4)
            t = t + step
            if t >= EXTRACT:
                break
            to = rng.choice(nxt[path[-1]]) if not (path[-1] == "AMU" and age >= 75) else rng.choice(["W12", "W12", "W11"])
            trans.append((len(trans) + 1, aid, path[-1], to, t.strftime("%Y-%m-%d %H:%M")))
            path.append(to)
            los = los * rng.uniform(1.0, 1.5)
        dis = adm + los
        fit = None
        if method == "Emergency" and age >= 65 and rng.random() < 0.35:
            fit_dt = adm + los * rng.uniform(0.5, 0.85)
            fit = fit_dt.date().isoformat() if fit_dt < EXTRACT else None
        if dis >= EXTRACT:
            dest = None
            dis_s = None
        else:
            dis_s = dis.strftime("%Y-%m-%d %H:%M")
            dest = rng.choices(["Home", "Care home", "Other hospital", "Died", "Home with care package"],
                               [70, 6, 4, 3, 8] if age >= 75 else [90, 1, 3, 1, 2])[0]
        adms.append((aid, pid, ward, adm.strftime("%Y-%m-%d %H:%M"), dis_s, method, age, "admitted", fit, dest))
        if not readm and method == "Emergency" and dis < EXTRACT and rng.random() < 0.12:
            back = dis + timedelta(days=rng.uniform(0.5, 45))
            if back < EXTRACT:
                add(pid, back.replace(second=0, microsecond=0), "Emergency", True)

    for _ in range(20000):
        pid = rng.randrange(1, 9001)
        method = rng.choices(["Emergency", "Elective", "Maternity"], [65, 28, 7])[0]
        if method == "Maternity" and (patients[pid - 1][2] == "M" or age_at(pid, datetime(2025, 6, 1)) > 45):
            method = "Emergency"
        hour = rng.randrange(24) if method == "Emergency" else rng.choice([7, 7, 8, 8, 9, 13])
        d = day(rng, start, end)
        add(pid, datetime(d.year, d.month, d.day, hour, rng.randrange(60)), method)
    # the patient in longest: an elderly emergency admission from the summer, never discharged
    adms.append((len(adms) + 1, 77, "AMU", "2026-07-14 03:12", None, "Emergency", age_at(77, datetime(2026, 7, 14)),
                 "admitted", "2026-09-02", None))
    trans.append((len(trans) + 1, len(adms), "AMU", "W12", "2026-07-15 11:40"))
    trans.append((len(trans) + 1, len(adms), "W12", "ROS", "2026-08-20 14:05"))
    db.executemany("INSERT INTO admissions VALUES (?,?,?,?,?,?,?,?,?,?)", adms)
    db.executemany("INSERT INTO transfers VALUES (?,?,?,?,?)", trans)
    db.execute("CREATE INDEX adm_patient ON admissions(patient_id)")
    db.execute("CREATE INDEX tr_adm ON transfers(adm_id)")
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_outpatients(path: Path) -> None:
    rng = random.Random(7202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE specialty_lkp (SpecCode TEXT PRIMARY KEY, SpecDesc TEXT);
    CREATE TABLE Clinics (ClinicCode TEXT PRIMARY KEY, ClinicName TEXT, SpecCode TEXT REFERENCES specialty_lkp(SpecCode),
                          Site TEXT, Consultant TEXT);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, clinic_code TEXT REFERENCES Clinics(ClinicCode),
                               patient_ref TEXT, referral_priority TEXT, appt_type TEXT, age_band TEXT,
                               booked_date TEXT, appt_date TEXT, dna_flag TEXT, cancel_reason TEXT);
    """)
    specs = [("100", "General Surgery"), ("101", "Urology"), ("110", "Trauma & Orthopaedics"), ("120", "ENT"),
             ("130", "Ophthalmology"), ("300", "General Medicine"), ("320", "Cardiology"), ("330", "Dermatology"),
             ("340", "Respiratory Medicine"), ("400", "Neurology"), ("502", "Gynaecology")]
    db.executemany("INSERT INTO specialty_lkp VALUES (?,?)", specs)
    cons = ["Dr A Okafor", "Mr B Patel", "Ms C Novak", "Dr D Rossi", "Mr E Jensen", "Dr F Tanaka", "Miss G Evans",
            "Dr H Kowalski", "Mr I Murphy", "Dr J Costa", "Dr K Fischer", "Mr L Gupta", "Dr M Holm", "Ms N Lopez"]
    clinics = []
    sites = ["City", "City", "North", "Community"]
    for code, desc in specs:
        for k in range(rng.choice([1, 2, 2, 3])):
            day_ = rng.choice(["MON", "TUE", "WED", "THU", "FRI"])
            half = rng.choice(["AM", "PM"])
            cc = f"{desc[:4].upper().replace(' ', '')}{k + 1}-{day_}{half}"
            clinics.append((cc, f"{desc} {day_.title()} {half} clinic", code, rng.choice(sites), rng.choice(cons)))
    db.executemany("INSERT INTO Clinics VALUES (?,?,?,?,?)", clinics)
    wait_mean = {c[0]: rng.uniform(20, 75) for c in clinics}
    dna_p = {c[0]: rng.uniform(0.04, 0.14) for c in clinics}
    bands = ["0-17", "18-64", "65-74", "75-84", "85+"]
    appts = []
    for a in range(1, 15001):
        cl = rng.choice(clinics)
        band = rng.choices(bands, [1, 8, 3, 3, 1] if cl[2] not in ("130", "320") else [1, 4, 4, 5, 2])[0]
        if cl[2] == "502" and band == "0-17":
            band = "18-64"
        prio = rng.choices(["Routine", "Urgent", "2WW"], [75, 15, 10])[0]
        appt = day(rng, date(2025, 1, 1), date(2027, 1, 29))
        if prio == "2WW":
            wait = rng.randrange(3, 24)
        elif prio == "Urgent":
            wait = rng.randrange(5, 45)
        else:
            wait = int(min(300, rng.expovariate(1 / wait_mean[cl[0]]) + rng.randrange(7, 30)))
        booked = appt - timedelta(days=wait)
        typ = rng.choices(["NEW", "FUP"], [2, 3])[0] if prio == "Routine" else "NEW"
        cancel = rng.choices([None, "Patient cancelled", "Hospital cancelled"], [88, 6, 6])[0]
        if appt >= date(2026, 11, 27):
            dna = None
        elif cancel:
            dna = "N"
        else:
            p = dna_p[cl[0]] * (1.6 if band in ("18-64", "0-17") else 0.8) * (1.3 if typ == "FUP" else 1.0)
            dna = "Y" if rng.random() < p else "N"
        appts.append((a, cl[0], f"P{rng.randrange(100000, 999999)}", prio, typ, band, booked.isoformat(),
                      appt.isoformat(), dna, cancel))
    db.executemany("INSERT INTO appointments VALUES (?,?,?,?,?,?,?,?,?,?)", appts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_emergency(path: Path) -> None:
    rng = random.Random(7303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sites (SiteCode TEXT PRIMARY KEY, SiteName TEXT, DeptType TEXT);
    CREATE TABLE TriageCategory (Cat INTEGER PRIMARY KEY, Label TEXT, TargetMins INTEGER);
    CREATE TABLE ed_attendances (att_id INTEGER PRIMARY KEY, site_code TEXT REFERENCES sites(SiteCode),
                                 arrival_time TEXT, seen_time TEXT, departed_time TEXT, triage_cat INTEGER,
                                 arrival_mode TEXT, age_years INTEGER, sex TEXT, disposal TEXT);
    """)
    db.executemany("INSERT INTO sites VALUES (?,?,?)", [("CTY", "City Hospital ED", "Type 1"),
                                                        ("NTH", "North General ED", "Type 1"),
                                                        ("UTC", "Riverside Urgent Treatment Centre", "Type 3")])
    db.executemany("INSERT INTO TriageCategory VALUES (?,?,?)", [(1, "Immediate", 0), (2, "Very urgent", 10),
                                                                (3, "Urgent", 60), (4, "Standard", 120),
                                                                (5, "Non-urgent", 240)])
    rows = []
    iso = "%Y-%m-%dT%H:%M:%S"
    for a in range(1, 30001):
        site = rng.choices(["CTY", "NTH", "UTC"], [5, 3, 2])[0]
        d = day(rng, date(2025, 1, 1), date(2026, 11, 26))
        hour = rng.choices(range(24), [2, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 8, 7, 7, 7, 7, 6, 6, 5, 4, 3, 3])[0]
        arr = datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60))
        age = rng.choices([rng.randrange(0, 18), rng.randrange(18, 65), rng.randrange(65, 75), rng.randrange(75, 101)],
                          [2, 5, 1, 2] if site != "UTC" else [3, 6, 1, 0.5])[0]
        cat = rng.choices([1, 2, 3, 4, 5], [1, 6, 14, 22, 7] if site != "UTC" else [0.1, 1, 6, 25, 14])[0]
        if rng.random() < 0.04:
            cat = None
        mode = "Ambulance" if rng.random() < (0.55 if age >= 75 else 0.18) and site != "UTC" else \
            rng.choices(["Walk-in", "Police", "Helicopter"], [97, 2, 1])[0]
        crowd = 1.6 if d.month in (12, 1, 2) else 1.0
        seen_m = {1: 2, 2: 14, 3: 55, 4: 95, 5: 110, None: 80}[cat] * crowd * rng.uniform(0.2, 2.2)
        seen = arr + timedelta(minutes=seen_m, seconds=rng.randrange(60))
        lbt = rng.random() < (0.05 if cat in (4, 5, None) else 0.005)
        adm = (cat in (1, 2) and rng.random() < 0.6) or (age >= 75 and rng.random() < 0.45) or rng.random() < 0.08
        if site == "UTC":
            adm = False
        if lbt:
            dep = seen + timedelta(minutes=rng.uniform(0, 60))
            seen = None
            disp = "Left before treatment"
        else:
            extra = rng.uniform(15, 110) * crowd
            if adm:
                extra += rng.choices([rng.uniform(30, 200), rng.uniform(200, 700), rng.uniform(700, 1300)], [6, 3, 1])[0]
            dep = seen + timedelta(minutes=extra)
            disp = "Admitted" if adm else rng.choices(["Discharged", "Referred to clinic", "Transferred", "Died"],
                                                      [85, 10, 4, 0.3 if cat == 1 else 0.01])[0]
        if dep >= EXTRACT:
            dep, disp = None, None
        if seen is not None and seen >= EXTRACT:
            seen = None
        rows.append((a, site, arr.strftime(iso), seen.strftime(iso) if seen else None,
                     dep.strftime(iso) if dep else None, cat, mode, age, rng.choice("MF"), disp))
    # a handful still in the department at the extract, one of them waiting since the afternoon
    now_in = [("CTY", "2026-11-26T14:07:31", None, 3, "Ambulance", 88), ("CTY", "2026-11-26T19:42:10", "2026-11-26T20:55:00", 2, "Ambulance", 79),
              ("NTH", "2026-11-26T21:15:45", None, 4, "Walk-in", 34), ("CTY", "2026-11-26T22:30:02", "2026-11-26T23:10:40", 3, "Walk-in", 51),
              ("NTH", "2026-11-26T23:05:19", None, 5, "Walk-in", 27), ("CTY", "2026-11-26T23:48:00", None, None, "Walk-in", 19),
              ("NTH", "2026-11-26T17:26:13", "2026-11-26T18:40:00", 2, "Ambulance", 83)]
    for s, arr, seen, cat, mode, age in now_in:
        rows.append((len(rows) + 1, s, arr, seen, None, cat, mode, age, rng.choice("MF"), None))
    db.executemany("INSERT INTO ed_attendances VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


BUILDERS = {"wards": build_wards, "outpatients": build_outpatients, "emergency": build_emergency}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
