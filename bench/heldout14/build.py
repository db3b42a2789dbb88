"""Held-out evaluation 14: three SQLite databases (a university admissions funnel, a veterinary
clinic group, a freight carrier) and hand-written analyst conversations over them, written before
the engine was run on them (see README.md in this folder).

    python bench/heldout14/build.py [OUT_DIR]    # writes admissions.sqlite, vetcare.sqlite, freight.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout14), checks every
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

FIRST = ("Abena Bruno Chloe Darius Eva Felix Greta Hamid Iris Jakob Kamala Leon Mila Noor Otto Paula "
         "Rhys Saanvi Tomas Ulla Vera Wiktor Ximena Yusuf Zofia").split()
LAST = ("Achebe Bianchi Carvalho Doyle Engel Fontaine Garcia Hughes Iqbal Janssen Kim Larsen Moreau "
        "Nakamura Olsen Petrov Quinn Rahman Silva Toivonen").split()


# ------------------------------------------------------------------------------------------
def build_admissions(path: Path) -> None:
    rng = random.Random(1401)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE programs (program_id INTEGER PRIMARY KEY, program_name TEXT, faculty TEXT, degree_level TEXT,
                           annual_tuition REAL, intake_capacity INTEGER);
    CREATE TABLE applicants (applicant_id INTEGER PRIMARY KEY, full_name TEXT, country TEXT, fee_status TEXT,
                             source_channel TEXT);
    CREATE TABLE applications (application_id INTEGER PRIMARY KEY,
                               applicant_id INTEGER REFERENCES applicants(applicant_id),
                               program_id INTEGER REFERENCES programs(program_id), submitted_on TEXT,
                               entry_year INTEGER, status TEXT, interview_score REAL);
    CREATE TABLE scholarships (scholarship_id INTEGER PRIMARY KEY,
                               application_id INTEGER REFERENCES applications(application_id),
                               scholarship_name TEXT, award_amount REAL);
    """)
    progs = [("BSc Computer Science", "Engineering", "Undergraduate", 9250, 220),
             ("BEng Mechanical Engineering", "Engineering", "Undergraduate", 9250, 140),
             ("MSc Data Science", "Engineering", "Masters", 14800, 90),
             ("BA History", "Arts", "Undergraduate", 9250, 110),
             ("BA English Literature", "Arts", "Undergraduate", 9250, 95),
             ("MA Museum Studies", "Arts", "Masters", 11200, 35),
             ("BSc Nursing", "Health", "Undergraduate", 9250, 180),
             ("MSc Public Health", "Health", "Masters", 13400, 60),
             ("BSc Economics", "Business", "Undergraduate", 9250, 160),
             ("MBA", "Business", "Masters", 24500, 70)]
    db.executemany("INSERT INTO programs VALUES (?,?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(progs)])
    countries = ["United Kingdom", "India", "China", "Nigeria", "Germany", "United States", "Malaysia", "Ireland"]
    apps_ = []
    for a in range(1, 901):
        c = rng.choices(countries, [40, 14, 12, 8, 6, 5, 4, 4])[0]
        fee = "Home" if c in ("United Kingdom", "Ireland") else "International"
        apps_.append((a, f"{rng.choice(FIRST)} {rng.choice(LAST)}", c, fee,
                      rng.choices(["UCAS", "Direct", "Agent", "Open Day"], [6, 3, 2, 1])[0]))
    db.executemany("INSERT INTO applicants VALUES (?,?,?,?,?)", apps_)
    rows, n = [], 0
    for a in apps_:
        for _ in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
            n += 1
            p = rng.choices(range(1, 11), [20, 10, 12, 7, 6, 3, 14, 5, 11, 6])[0]
            yr = rng.choices([2022, 2023, 2024], [28, 33, 39])[0]
            sub = day(rng, date(yr - 1, 10, 1), date(yr, 6, 30))
            st = rng.choices(["Submitted", "Offer", "Rejected", "Enrolled", "Withdrawn"], [2, 5, 6, 4, 2])[0]
            score = round(rng.uniform(40, 98), 1) if rng.random() < 0.7 else None
            rows.append((n, a[0], p, sub.isoformat(), yr, st, score))
    db.executemany("INSERT INTO applications VALUES (?,?,?,?,?,?,?)", rows)
    sch, k = [], 0
    for r in rows:
        if r[5] in ("Offer", "Enrolled") and rng.random() < 0.25:
            k += 1
            sch.append((k, r[0], rng.choice(["Vice-Chancellor's Award", "Global Excellence", "Access Bursary",
                                             "Sports Scholarship"]), rng.choice([1000, 1500, 2000, 2500, 3000, 5000])
                        + rng.randrange(0, 99)))
    db.executemany("INSERT INTO scholarships VALUES (?,?,?,?)", sch)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_vetcare(path: Path) -> None:
    rng = random.Random(1402)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Clinics (ClinicId INTEGER PRIMARY KEY, ClinicName TEXT, Town TEXT, OpenedYear INTEGER);
    CREATE TABLE Owners (OwnerId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Town TEXT, RegisteredOn TEXT);
    CREATE TABLE Pets (PetId INTEGER PRIMARY KEY, OwnerId INTEGER REFERENCES Owners(OwnerId), PetName TEXT,
                       Species TEXT, Breed TEXT, BirthYear INTEGER);
    CREATE TABLE Visits (VisitId INTEGER PRIMARY KEY, PetId INTEGER REFERENCES Pets(PetId),
                         ClinicId INTEGER REFERENCES Clinics(ClinicId), VisitDate TEXT, VisitType TEXT,
                         VetName TEXT, InvoiceTotal REAL);
    """)
    clinics = [("Riverside Vets", "Bristol", 2009), ("Hilltop Animal Hospital", "Bath", 2012),
               ("Harbour Vets", "Bristol", 2016), ("Meadow Paws", "Swindon", 2018), ("Oakfield Vets", "Cheltenham", 2021)]
    db.executemany("INSERT INTO Clinics VALUES (?,?,?,?)", [(i + 1, *c) for i, c in enumerate(clinics)])
    towns = ["Bristol", "Bath", "Swindon", "Cheltenham", "Chippenham", "Stroud"]
    owners = [(o, rng.choice(FIRST), rng.choice(LAST), rng.choices(towns, [8, 4, 4, 3, 2, 2])[0],
               day(rng, date(2015, 1, 1), date(2024, 6, 30)).isoformat()) for o in range(1, 321)]
    db.executemany("INSERT INTO Owners VALUES (?,?,?,?,?)", owners)
    breeds = {"Dog": ["Labrador", "Cocker Spaniel", "Border Collie", "French Bulldog", "Dachshund", "Mixed"],
              "Cat": ["Domestic Shorthair", "Maine Coon", "Siamese", "Ragdoll"],
              "Rabbit": ["Lop", "Netherland Dwarf"], "Guinea Pig": ["Abyssinian", "Peruvian"],
              "Parrot": ["African Grey", "Cockatiel"]}
    pnames = ("Biscuit Luna Milo Bella Teddy Nala Pepper Ziggy Willow Otis Maple Bramble Coco Rolo Juniper "
              "Pixel Hazel Barney Mochi Fern").split()
    pets, pid = [], 0
    for o in owners:
        for _ in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
            pid += 1
            sp = rng.choices(list(breeds), [10, 7, 2, 1, 1])[0]
            pets.append((pid, o[0], rng.choice(pnames), sp, rng.choice(breeds[sp]), rng.randrange(2008, 2024)))
    db.executemany("INSERT INTO Pets VALUES (?,?,?,?,?,?)", pets)
    vets = {1: ["Dr Hale", "Dr Osei"], 2: ["Dr Brandt", "Dr Kaur"], 3: ["Dr Lowe"], 4: ["Dr Mendes", "Dr Frost"],
            5: ["Dr Ito"]}
    price = {"Checkup": (35, 60), "Vaccination": (45, 80), "Dental": (180, 420), "Surgery": (350, 1600),
             "Emergency": (150, 900)}
    visits = []
    for v in range(1, 2201):
        p = rng.choice(pets)
        c = rng.choices([1, 2, 3, 4, 5], [9, 6, 5, 4, 3])[0]
        d = day(rng, date(max(2022, clinics[c - 1][2]), 1, 1), date(2024, 12, 31))
        vt = rng.choices(list(price), [10, 6, 2, 1, 2])[0]
        lo, hi = price[vt]
        visits.append((v, p[0], c, d.isoformat(), vt, rng.choice(vets[c]), round(rng.uniform(lo, hi), 2)))
    db.executemany("INSERT INTO Visits VALUES (?,?,?,?,?,?,?)", visits)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_freight(path: Path) -> None:
    rng = random.Random(1403)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dpt (dpt_cd TEXT PRIMARY KEY, dpt_nm TEXT, rgn TEXT, dock_cnt INTEGER);
    CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, cust_nm TEXT, ind_cd TEXT, acct_mgr TEXT, onbrd_dt TEXT);
    CREATE TABLE shpmt (shp_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES cust(cust_id),
                        orig_dpt TEXT REFERENCES dpt(dpt_cd), dest_city TEXT, shp_dt TEXT, dlv_dt TEXT,
                        svc_lvl TEXT, wt_kg REAL, frt_chg REAL, sts TEXT);
    CREATE TABLE clm (clm_id INTEGER PRIMARY KEY, shp_id INTEGER REFERENCES shpmt(shp_id), clm_dt TEXT,
                      clm_rsn TEXT, clm_amt REAL, paid_flg INTEGER);
    """)
    dpts = [("RTM", "Rotterdam Hub", "Benelux", 24), ("ANR", "Antwerp", "Benelux", 16), ("DUS", "Duesseldorf", "DACH", 12),
            ("MUC", "Munich", "DACH", 10), ("LYS", "Lyon", "France", 9), ("MAD", "Madrid", "Iberia", 11)]
    db.executemany("INSERT INTO dpt VALUES (?,?,?,?)", dpts)
    inds = ["RETAIL", "AUTO", "PHARMA", "FOOD", "CHEM"]
    mgrs = ["J. Verhoeven", "S. Albrecht", "M. Dupont", "L. Ortega"]
    stems = ("Nordlicht Bakkerij Ferrotec Medilux Vinacor Alpenmilch Polyquim Solara Trekwerk Castellano "
             "Brightmart Autopart Farmavita Kemira Delmonte Roadstar Lumina Hoffmann Iberfruta Tecnomed").split()
    custs = [(i + 1, f"{s} {rng.choice(['BV', 'GmbH', 'SA', 'NV'])}", rng.choice(inds), rng.choice(mgrs),
              day(rng, date(2016, 1, 1), date(2023, 6, 30)).isoformat()) for i, s in enumerate(stems)]
    db.executemany("INSERT INTO cust VALUES (?,?,?,?,?)", custs)
    cities = ["Paris", "Milan", "Warsaw", "Prague", "Vienna", "Barcelona", "Hamburg", "Copenhagen", "Brussels", "Lisbon"]
    cw = [random.Random(i).uniform(1, 8) for i in range(20)]
    ships = []
    for s in range(1, 3001):
        c = rng.choices(range(1, 21), cw)[0]
        o = rng.choices([d[0] for d in dpts], [9, 6, 5, 4, 3, 3])[0]
        d = day(rng, date(2022, 1, 1), date(2024, 12, 31))
        svc = rng.choices(["STD", "EXP", "ECO"], [6, 2, 3])[0]
        transit = {"EXP": 1, "STD": 3, "ECO": 5}[svc] + rng.randrange(0, 3)
        wt = round(rng.uniform(40, 2400), 1)
        chg = round(wt * {"EXP": 0.95, "STD": 0.55, "ECO": 0.38}[svc] + rng.uniform(20, 80), 2)
        sts = rng.choices(["DELIVERED", "IN_TRANSIT", "RETURNED"], [90, 3, 4])[0]
        dlv = (d + timedelta(days=transit)).isoformat() if sts == "DELIVERED" else None
        ships.append((s, c, o, rng.choice(cities), d.isoformat(), dlv, svc, wt, chg, sts))
    db.executemany("INSERT INTO shpmt VALUES (?,?,?,?,?,?,?,?,?,?)", ships)
    claims, k = [], 0
    for s in ships:
        if rng.random() < 0.06:
            k += 1
            cd = date.fromisoformat(s[4]) + timedelta(days=rng.randrange(3, 40))
            claims.append((k, s[0], cd.isoformat(), rng.choices(["DAMAGE", "LOSS", "DELAY"], [5, 1, 3])[0],
                           round(rng.uniform(0.1, 0.9) * s[8] * 3, 2), 1 if rng.random() < 0.6 else 0))
    db.executemany("INSERT INTO clm VALUES (?,?,?,?,?,?)", claims)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"admissions": build_admissions, "vetcare": build_vetcare, "freight": build_freight}, SETS))
