"""Held-out evaluation heldout22: three SQLite databases of new designs — a language school
(camelCase: `schools`, `courses`, `learners`, `enrollments`), a wildlife rescue network (snake_case:
`centres`, `animals`, `volunteers`, `care_assignments`, `treatments`) and a film-festival circuit
(PascalCase: `Festivals`, `Films`, `Directors`, `FilmDirectors`, `Screenings`) — with multi-round
conversations written as someone demoing a chat tool (see README.md in this folder).

    python bench/heldout22/build.py [OUT_DIR]   # writes lingua.sqlite, rescue.sqlite, festivals.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout22), checks every
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

FIRST = ("Aiko Bruno Chiara Diego Emeka Freya Goran Hanna Ilse Jamal Kenji Lena Mateo Nadia Oskar Paula "
         "Rui Selin Tomas Ulla Vera Wim Ximena Yusuf Zofia").split()
LAST = ("Almeida Berg Castillo Demir Eriksen Fontaine Greco Horvat Ito Janssen Kaur Lindqvist Moreau "
        "Nowak Ortega Pires Quinn Rahman Sato Toth").split()


END = date(2024, 12, 31)


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# ------------------------------------------------------------------------------------------ lingua
def build_lingua(path: Path) -> None:
    rng = random.Random(2201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE schools (schoolId INTEGER PRIMARY KEY, schoolName TEXT, city TEXT, openedOn TEXT);
    CREATE TABLE courses (courseId INTEGER PRIMARY KEY, schoolId INTEGER REFERENCES schools(schoolId),
                          courseTitle TEXT, language TEXT, cefrLevel TEXT, courseStatus TEXT, startDate TEXT,
                          feeEur REAL, maxSeats INTEGER, teacherName TEXT);
    CREATE TABLE learners (learnerId INTEGER PRIMARY KEY, fullName TEXT, homeCountry TEXT, signupDate TEXT,
                           birthYear INTEGER, referredById INTEGER REFERENCES learners(learnerId));
    CREATE TABLE enrollments (learnerId INTEGER REFERENCES learners(learnerId),
                              courseId INTEGER REFERENCES courses(courseId), enrolledOn TEXT,
                              finalScore INTEGER, PRIMARY KEY (learnerId, courseId));
    """)
    schools = [("Lingua Porto", "Porto", "2012-03-01"), ("Lingua Lyon", "Lyon", "2014-09-15"),
               ("Lingua Kraków", "Kraków", "2016-01-11"), ("Lingua Gent", "Gent", "2017-05-02"),
               ("Lingua Bologna", "Bologna", "2019-10-07"), ("Lingua Tallinn", "Tallinn", "2021-02-22")]
    db.executemany("INSERT INTO schools VALUES (?,?,?,?)", [(i + 1, *s) for i, s in enumerate(schools)])
    langs = ["Spanish", "French", "German", "Japanese", "Italian", "Mandarin"]
    levels = ["A1", "A2", "B1", "B2", "C1"]
    teachers = [name(rng) for _ in range(18)]
    courses = []
    for cid in range(1, 161):
        s = rng.choices(range(1, 7), [9, 7, 6, 5, 4, 3])[0]
        lang = rng.choices(langs, [10, 8, 7, 4, 5, 3])[0]
        lvl = rng.choices(levels, [10, 8, 6, 4, 2])[0]
        start = day(rng, max(date.fromisoformat(schools[s - 1][2]), date(2019, 1, 1)), date(2024, 11, 30))
        if start > date(2024, 9, 1):
            st = rng.choice(["planned", "running", "cancelled"])
        elif start > date(2024, 5, 1):
            st = rng.choice(["running", "running", "cancelled"])
        else:
            st = rng.choices(["completed", "cancelled"], [8, 1])[0]
        fee = rng.choice([290, 320, 350, 380, 420, 450, 490, 540]) + cid % 7 * 5
        seats = rng.choice([8, 10, 12, 14, 16])
        title = f"{lang} {lvl} {rng.choice(['Intensive', 'Evening', 'Weekend', 'Business', 'Conversation'])}"
        courses.append((cid, s, title, lang, lvl, st, start.isoformat(), float(fee), seats,
                        rng.choices(teachers, [3] + [1] * 17)[0]))
    db.executemany("INSERT INTO courses VALUES (?,?,?,?,?,?,?,?,?,?)", courses)
    countries = ["Portugal", "France", "Poland", "Belgium", "Italy", "Estonia", "Brazil", "Germany", "Spain"]
    learners = []
    signups = sorted(day(rng, date(2018, 6, 1), date(2024, 10, 31)) for _ in range(700))
    for lid in range(1, 701):
        sd = signups[lid - 1]
        by = rng.randrange(1955, 2007) if rng.random() < 0.8 else None
        ref = (rng.choice([23, 23, rng.randrange(1, lid)]) if lid > 40 and rng.random() < 0.05 else rng.randrange(1, lid)) \
            if lid > 20 and rng.random() < 0.25 else None
        learners.append((lid, name(rng), rng.choice(countries), sd.isoformat(), by, ref))
    db.executemany("INSERT INTO learners VALUES (?,?,?,?,?,?)", learners)
    enr = set()
    rows = []
    for c in courses:
        if c[5] == "planned" and rng.random() < 0.5:
            continue
        n = rng.randrange(2, c[8] + 1) if c[5] != "cancelled" else rng.randrange(0, 4)
        start = date.fromisoformat(c[6])
        for _ in range(n):
            lid = rng.randrange(1, 701)
            if (lid, c[0]) in enr:
                continue
            enr.add((lid, c[0]))
            eo = start - timedelta(days=rng.randrange(3, 60))
            score = rng.randrange(42, 101) if c[5] == "completed" and rng.random() < 0.9 else None
            rows.append((lid, c[0], eo.isoformat(), score))
    db.executemany("INSERT INTO enrollments VALUES (?,?,?,?)", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ rescue
def build_rescue(path: Path) -> None:
    rng = random.Random(2212)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE centres (centre_id INTEGER PRIMARY KEY, centre_name TEXT, region TEXT, opened_year INTEGER);
    CREATE TABLE animals (animal_id INTEGER PRIMARY KEY, centre_id INTEGER REFERENCES centres(centre_id),
                          species TEXT, species_group TEXT, admitted_on TEXT, status TEXT, weight_kg REAL,
                          released_on TEXT, found_by TEXT);
    CREATE TABLE volunteers (volunteer_id INTEGER PRIMARY KEY, full_name TEXT,
                             centre_id INTEGER REFERENCES centres(centre_id), role TEXT, joined_on TEXT,
                             left_on TEXT);
    CREATE TABLE care_assignments (volunteer_id INTEGER REFERENCES volunteers(volunteer_id),
                                   animal_id INTEGER REFERENCES animals(animal_id), assigned_on TEXT,
                                   PRIMARY KEY (volunteer_id, animal_id));
    CREATE TABLE treatments (treatment_id INTEGER PRIMARY KEY, animal_id INTEGER REFERENCES animals(animal_id),
                             treated_on TEXT, treatment_type TEXT, cost_gbp REAL);
    """)
    centres = [("Heronmoor", "North West", 2009), ("Otter Bank", "South West", 2013), ("Kestrel Rise", "Midlands", 2011),
               ("Saltmarsh Haven", "East", 2016), ("Fernbrook", "Wales", 2018)]
    db.executemany("INSERT INTO centres VALUES (?,?,?,?)", [(i + 1, *c) for i, c in enumerate(centres)])
    species = [("Hedgehog", "mammal", 0.8), ("Red Fox", "mammal", 6.0), ("Badger", "mammal", 10.0),
               ("Grey Seal", "mammal", 40.0), ("Otter", "mammal", 7.5), ("Roe Deer", "mammal", 20.0),
               ("Tawny Owl", "bird", 0.45), ("Barn Owl", "bird", 0.33), ("Mute Swan", "bird", 10.5),
               ("Buzzard", "bird", 0.9), ("Herring Gull", "bird", 1.0), ("Woodpigeon", "bird", 0.5),
               ("Grass Snake", "reptile", 0.25), ("Slow Worm", "reptile", 0.05), ("Common Toad", "amphibian", 0.06)]
    weights = [30, 8, 6, 3, 2, 3, 6, 4, 5, 5, 8, 10, 2, 2, 3]
    finders = ["member of public", "RSPCA", "police", "vet practice", "staff"]
    animals = []
    for aid in range(1, 1201):
        c = rng.choices(range(1, 6), [10, 8, 7, 5, 3])[0]
        sp = rng.choices(species, weights)[0]
        adm = day(rng, date(max(2019, centres[c - 1][2]), 1, 1), date(2024, 12, 31))
        if adm > date(2024, 10, 1):
            st = rng.choices(["in care", "released", "died"], [6, 2, 1])[0]
        else:
            st = rng.choices(["released", "died", "transferred", "in care"], [12, 4, 2, 1 if adm.year == 2024 else 0])[0]
        w = round(sp[2] * rng.uniform(0.6, 1.4), 2) if rng.random() < 0.85 else None
        stay = rng.randrange(4, max(5, min(120, (END - adm).days)))
        rel = min(adm + timedelta(days=stay), END).isoformat() if st == "released" else None
        fb = rng.choice(finders) if rng.random() < 0.9 else None
        animals.append((aid, c, sp[0], sp[1], adm.isoformat(), st, w, rel, fb))
    db.executemany("INSERT INTO animals VALUES (?,?,?,?,?,?,?,?,?)", animals)
    vols = []
    for vid in range(1, 91):
        c = rng.choices(range(1, 6), [10, 8, 7, 5, 3])[0]
        jo = day(rng, date(2017, 1, 1), date(2024, 6, 30))
        lo = day(rng, jo + timedelta(days=90), date(2024, 12, 31)).isoformat() if rng.random() < 0.3 and jo < date(2024, 1, 1) else None
        vols.append((vid, name(rng), c, rng.choices(["feeder", "driver", "vet nurse", "fundraiser"], [6, 3, 2, 2])[0],
                     jo.isoformat(), lo))
    db.executemany("INSERT INTO volunteers VALUES (?,?,?,?,?,?)", vols)
    ca = set()
    rows = []
    for a in animals:
        same = [v for v in vols if v[2] == a[1] and v[4] <= a[4] and (v[5] is None or v[5] >= a[4])]
        for v in rng.sample(same, min(len(same), rng.randrange(0, 4))):
            if (v[0], a[0]) not in ca:
                ca.add((v[0], a[0]))
                rows.append((v[0], a[0], a[4]))
    db.executemany("INSERT INTO care_assignments VALUES (?,?,?)", rows)
    types = [("examination", 25), ("medication", 40), ("surgery", 320), ("x-ray", 90), ("wound dressing", 30),
             ("rehydration", 18)]
    tr = []
    for a in animals:
        adm = date.fromisoformat(a[4])
        for _ in range(rng.choices([0, 1, 2, 3, 4], [2, 5, 4, 2, 1])[0]):
            t = rng.choices(types, [6, 5, 1, 2, 4, 3])[0]
            cost = round(t[1] * rng.uniform(0.7, 1.6), 2)
            td = min(adm + timedelta(days=rng.randrange(0, 30)), END)
            tr.append((len(tr) + 1, a[0], td.isoformat(), t[0], cost))
    db.executemany("INSERT INTO treatments VALUES (?,?,?,?,?)", tr)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ festivals
def build_festivals(path: Path) -> None:
    rng = random.Random(2203)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Festivals (FestivalId INTEGER PRIMARY KEY, FestivalName TEXT, City TEXT, Country TEXT,
                            FoundedYear INTEGER);
    CREATE TABLE Films (FilmId INTEGER PRIMARY KEY, Title TEXT, Genre TEXT, ProductionCountry TEXT,
                        ReleaseYear INTEGER, RuntimeMinutes INTEGER, BudgetUsd INTEGER);
    CREATE TABLE Directors (DirectorId INTEGER PRIMARY KEY, FullName TEXT, Nationality TEXT, BirthYear INTEGER);
    CREATE TABLE FilmDirectors (FilmId INTEGER REFERENCES Films(FilmId),
                                DirectorId INTEGER REFERENCES Directors(DirectorId), PRIMARY KEY (FilmId, DirectorId));
    CREATE TABLE Screenings (ScreeningId INTEGER PRIMARY KEY, FilmId INTEGER REFERENCES Films(FilmId),
                             FestivalId INTEGER REFERENCES Festivals(FestivalId), ScreeningDate TEXT,
                             ScreeningStatus TEXT, TicketsSold INTEGER, TicketPrice REAL);
    """)
    fests = [("Northern Lights Film Days", "Tromsø", "Norway", 1991), ("Riverbank Shorts", "Ghent", "Belgium", 2004),
             ("Sierra Indie Fest", "Granada", "Spain", 2010), ("Harbour Docs", "Aarhus", "Denmark", 1998),
             ("Lakeside Cinema Week", "Annecy", "France", 1986), ("Baltic Frames", "Riga", "Latvia", 2012),
             ("Alpine Screen", "Innsbruck", "Austria", 2015)]
    db.executemany("INSERT INTO Festivals VALUES (?,?,?,?,?)", [(i + 1, *f) for i, f in enumerate(fests)])
    nat = ["French", "Spanish", "Danish", "Norwegian", "Belgian", "Latvian", "Austrian", "Mexican", "Korean", "Iranian"]
    dirs = []
    used = set()
    while len(dirs) < 70:
        n = name(rng)
        if n in used:
            continue
        used.add(n)
        dirs.append((len(dirs) + 1, n, rng.choice(nat), rng.randrange(1948, 1996) if rng.random() < 0.85 else None))
    db.executemany("INSERT INTO Directors VALUES (?,?,?,?)", dirs)
    w1 = "Silent Hollow Paper Salt Last Winter Glass Northern Broken Quiet Red Open Distant Little Hidden".split()
    w2 = "River Orchard Letters Harbour Daughters Machine Garden Border Echo Season Island Kitchen Mountain Archive".split()
    genres = ["Drama", "Documentary", "Comedy", "Thriller", "Animation", "Horror"]
    countries = ["France", "Spain", "Denmark", "Norway", "Belgium", "Latvia", "Austria", "Mexico", "South Korea", "Iran"]
    films, titles = [], set()
    while len(films) < 240:
        t = f"The {rng.choice(w1)} {rng.choice(w2)}" if rng.random() < 0.4 else f"{rng.choice(w1)} {rng.choice(w2)}"
        if t in titles:
            continue
        titles.add(t)
        g = rng.choices(genres, [10, 7, 5, 4, 3, 2])[0]
        rt = (rng.randrange(12, 40) if rng.random() < 0.2 else rng.randrange(72, 171)) if rng.random() < 0.92 else None
        bud = rng.randrange(40, 9000) * 1000 if rng.random() < 0.6 else None
        films.append((len(films) + 1, t, g, rng.choice(countries), rng.randrange(2016, 2025), rt, bud))
    db.executemany("INSERT INTO Films VALUES (?,?,?,?,?,?,?)", films)
    fd = set()
    for f in films:
        for d in rng.sample(range(1, 71), rng.choices([1, 2, 3], [12, 3, 1])[0]):
            fd.add((f[0], d))
    db.executemany("INSERT INTO FilmDirectors VALUES (?,?)", sorted(fd))
    scr = []
    for f in films:
        for _ in range(rng.choices([0, 1, 2, 3, 4, 5], [1, 4, 4, 3, 2, 1])[0]):
            fest = rng.choices(range(1, 8), [6, 5, 5, 4, 7, 3, 2])[0]
            yr = rng.randrange(max(f[4], 2018), 2025)
            d = day(rng, date(yr, 1, 1), date(yr, 12, 31))
            st = rng.choices(["screened", "sold out", "cancelled"], [12, 3, 1])[0]
            price = rng.choice([8.0, 9.5, 10.0, 11.0, 12.5, 14.0])
            cap = rng.choice([120, 180, 250, 400])
            sold = None if st == "cancelled" else (cap if st == "sold out" else rng.randrange(15, cap))
            scr.append((len(scr) + 1, f[0], fest, d.isoformat(), st, sold, price))
    db.executemany("INSERT INTO Screenings VALUES (?,?,?,?,?,?,?)", scr)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"lingua": build_lingua, "rescue": build_rescue, "festivals": build_festivals}, SETS))
