"""Fifth held-out evaluation, in the manner of the multi-turn text-to-SQL benchmarks SParC and CoSQL:
four small Spider-style SQLite databases (an orchestra database, a dog kennel, a high-school social
network, an employee hire evaluation) and conversations that start simple and refine toward a harder
final question, with CoSQL-style rounds the data cannot answer. Written before the engine was run on
them (see README.md in this folder).

    python bench/heldout5/build.py [OUT_DIR]    # writes orchestra.sqlite, dog_kennels.sqlite,
                                                 # network.sqlite, employee_hire.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout5), checks every
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

FIRST = ("Aaron Alice Andrea Anton Beatrice Bruno Camille Carlos Daniel Daria Edith Emil Felix Frida Gustavo "
         "Hanna Igor Ilse Jakob Julia Kenji Klara Leon Lucia Marco Marta Nikolai Nora Otto Paula Pierre Rosa "
         "Sergei Sofia Tomas Ursula Valentin Vera Walter Yuki").split()
LAST = ("Abbado Becker Chen Dvorak Eriksson Fontaine Garcia Hoffmann Ibarra Janssen Kato Lindgren Moreau "
        "Nakamura Ortiz Petrov Quist Rinaldi Salonen Tanaka Ulrich Vasquez Weber Young Zimmer").split()


def unique_names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if nm not in names:
            names.append(nm)
    return names


# ------------------------------------------------------------------------------------------ orchestra
def build_orchestra(path: Path) -> None:
    rng = random.Random(5101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE conductor (Conductor_ID INTEGER PRIMARY KEY, Name TEXT, Age INTEGER, Nationality TEXT,
                            Year_of_Work INTEGER);
    CREATE TABLE orchestra (Orchestra_ID INTEGER PRIMARY KEY, Orchestra TEXT,
                            Conductor_ID INTEGER REFERENCES conductor(Conductor_ID), Record_Company TEXT,
                            Year_of_Founded INTEGER, Major_Record_Format TEXT);
    CREATE TABLE performance (Performance_ID INTEGER PRIMARY KEY,
                              Orchestra_ID INTEGER REFERENCES orchestra(Orchestra_ID), Type TEXT, Date TEXT,
                              Official_ratings_millions REAL, Weekly_rank INTEGER, Share REAL);
    CREATE TABLE show (Show_ID INTEGER PRIMARY KEY, Performance_ID INTEGER REFERENCES performance(Performance_ID),
                       If_first_show TEXT, Result TEXT, Attendance REAL);
    """)
    nats = ["USA", "UK", "Germany", "France", "Italy", "Russia", "Japan", "Argentina", "Finland", "Austria"]
    names = unique_names(rng, 40)
    years = rng.sample(range(2, 48), 40)          # distinct years of work, so an ordering has no tie
    cond = []
    for i in range(40):
        age = min(85, max(27, years[i] + rng.randrange(24, 40)))
        cond.append((i + 1, names[i], age, rng.choices(nats, [7, 6, 6, 4, 4, 4, 3, 2, 2, 2])[0], years[i]))
    db.executemany("INSERT INTO conductor VALUES (?,?,?,?,?)", cond)
    cities = ["Berlin", "Vienna", "London", "Chicago", "Boston", "Helsinki", "Tokyo", "Paris", "Milan", "Prague",
              "Oslo", "Lyon", "Leipzig", "Dresden", "Seattle", "Osaka", "Turin", "Munich", "Zurich", "Madrid"]
    kinds = ["Philharmonic", "Symphony Orchestra", "Chamber Orchestra", "Radio Symphony", "Festival Orchestra"]
    labels = ["Decca Records", "Deutsche Grammophon", "EMI", "Sony Classical", "Naxos", "Philips", "RCA",
              "Columbia Masterworks"]
    orch, seen = [], set()
    conductors_used = rng.sample(range(1, 41), 30)          # ten conductors lead no orchestra
    for i in range(50):
        while True:
            nm = f"{rng.choice(cities)} {rng.choice(kinds)}"
            if nm not in seen:
                seen.add(nm)
                break
        cid = conductors_used[i] if i < 30 else rng.choice(conductors_used[5:])
        orch.append((i + 1, nm, cid, rng.choices(labels, [3, 6, 4, 3, 5, 2, 2, 1])[0],
                     rng.randrange(1842, 2021), rng.choices(["CD", "DVD", "CD / LP", "Digital"], [6, 2, 2, 3])[0]))
    orch[3] = (4, orch[3][1], conductors_used[0], orch[3][3], orch[3][4], orch[3][5])
    orch[7] = (8, orch[7][1], conductors_used[0], orch[7][3], orch[7][4], orch[7][5])
    orch[11] = (12, orch[11][1], conductors_used[0], orch[11][3], orch[11][4], orch[11][5])
    db.executemany("INSERT INTO orchestra VALUES (?,?,?,?,?,?)", orch)
    perf = []
    played = list(range(1, 45))                              # orchestras 45-50 never performed
    for p in range(1, 321):
        o = rng.choice(played) if p > 20 else rng.choice([3, 9, 17])
        d = day(rng, date(2021, 1, 1), date(2024, 12, 31))
        perf.append((p, o, rng.choices(["Audition", "Semi-final", "Final", "Gala"], [4, 3, 2, 2])[0], d.isoformat(),
                     round(rng.uniform(2.0, 12.0), 2), rng.randrange(1, 31), round(rng.uniform(8.0, 40.0), 1)))
    perf[141] = (142, 9, "Final", "2023-06-17", 14.73, 1, 47.9)            # the one highest share and rating
    db.executemany("INSERT INTO performance VALUES (?,?,?,?,?,?,?)", perf)
    shows, n = [], 0
    for p in perf:
        for k in range(rng.randrange(1, 5)):
            n += 1
            shows.append((n, p[0], "T" if k == 0 else "F", rng.choice(["T", "T", "F"]),
                          round(rng.uniform(400, 2600), 0)))
    db.executemany("INSERT INTO show VALUES (?,?,?,?,?)", shows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ dog kennels
DOG_NAMES = ("Kacey Hipolito Mavis Houston Jeffrey Merritt Narciso George Bessie Betty Holden Jesus Lyric "
             "Evangeline Troy Biscuit Pepper Maple Rocco Juno Duke Luna Milo Bella Charlie Daisy Max Ruby "
             "Cooper Rosie Bailey Sadie Tucker Molly Bear Lola Buster Zoe Toby Chloe Oscar Penny Winston Coco "
             "Murphy Stella Bentley Lucy Teddy Willow Rufus Hazel Gus Nala Ziggy Piper Louie Olive Hank Ginger "
             "Otis Mabel Baxter Pearl Ollie Roxy Archie Sasha Finn Millie Moose Honey Jasper Dixie Loki Poppy "
             "Rex Skye Samson Luna2 Bruno Maisie Harley Nova Apollo Tilly Diesel Willa Ranger Clover Scout Ivy "
             "Boomer Fern Chester Kiki Hugo Misty Ace Sunny Bandit Tess Cody Lady Gizmo Belle Ringo Dot Atlas "
             "Polly Benji Queenie Jack Peanut Bosco Trixie").split()
DOG_NAMES = [n for n in DOG_NAMES if n != "Luna2"]


def build_dog_kennels(path: Path) -> None:
    rng = random.Random(5202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Breeds (breed_code TEXT PRIMARY KEY, breed_name TEXT);
    CREATE TABLE Sizes (size_code TEXT PRIMARY KEY, size_description TEXT);
    CREATE TABLE Treatment_Types (treatment_type_code TEXT PRIMARY KEY, treatment_type_description TEXT);
    CREATE TABLE Charges (charge_id INTEGER PRIMARY KEY, charge_type TEXT, charge_amount REAL);
    CREATE TABLE Owners (owner_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, street TEXT, city TEXT,
                         state TEXT, zip_code TEXT, email_address TEXT, home_phone TEXT, cell_number TEXT);
    CREATE TABLE Dogs (dog_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES Owners(owner_id), abandoned_yn TEXT,
                       breed_code TEXT REFERENCES Breeds(breed_code), size_code TEXT REFERENCES Sizes(size_code),
                       name TEXT, age INTEGER, date_of_birth TEXT, gender TEXT, weight REAL, date_arrived TEXT,
                       date_adopted TEXT, date_departed TEXT);
    CREATE TABLE Professionals (professional_id INTEGER PRIMARY KEY, role_code TEXT, first_name TEXT, street TEXT,
                                city TEXT, state TEXT, zip_code TEXT, last_name TEXT, email_address TEXT,
                                home_phone TEXT, cell_number TEXT);
    CREATE TABLE Treatments (treatment_id INTEGER PRIMARY KEY, dog_id INTEGER REFERENCES Dogs(dog_id),
                             professional_id INTEGER REFERENCES Professionals(professional_id),
                             treatment_type_code TEXT REFERENCES Treatment_Types(treatment_type_code),
                             date_of_treatment TEXT, cost_of_treatment REAL);
    """)
    breeds = [("BUL", "Bulldog"), ("ESK", "Eskimo"), ("HUS", "Husky"), ("LAB", "Labrador"), ("POO", "Poodle"),
              ("BEA", "Beagle"), ("GSD", "German Shepherd"), ("DAC", "Dachshund")]
    db.executemany("INSERT INTO Breeds VALUES (?,?)", breeds)
    db.executemany("INSERT INTO Sizes VALUES (?,?)", [("SML", "Small"), ("MED", "Medium"), ("LGE", "Large")])
    ttypes = [("EXAM", "Physical examination"), ("VAC", "Vaccination"), ("WALK", "Take for a Walk"),
              ("DENT", "Dental cleaning"), ("GROOM", "Grooming")]
    db.executemany("INSERT INTO Treatment_Types VALUES (?,?)", ttypes)
    db.executemany("INSERT INTO Charges VALUES (?,?,?)",
                   [(1, "Daily Accommodation", 98.0), (2, "Drugs", 322.0), (3, "Health Check", 640.0)])
    states = ["Virginia", "Mississippi", "Wisconsin", "Indiana", "Vermont", "Ohio", "Oregon"]
    owners = []
    for o in range(1, 61):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        st = rng.choices(states, [9, 5, 6, 4, 3, 5, 4])[0]
        owners.append((o, fn, ln, f"{rng.randrange(10, 999)} {rng.choice(['Oak', 'Elm', 'Pine', 'Lake'])} Street",
                       rng.choice(["Springfield", "Lakeview", "Fairview", "Riverside", "Madison"]), st,
                       f"{rng.randrange(10000, 99999)}", f"{fn.lower()}.{ln.lower()}{o}@example.org",
                       f"({rng.randrange(200, 999)}) 555-{rng.randrange(1000, 9999)}",
                       f"{rng.randrange(200, 999)}-555-{rng.randrange(1000, 9999)}"))
    db.executemany("INSERT INTO Owners VALUES (?,?,?,?,?,?,?,?,?,?)", owners)
    size_of = {"BUL": "MED", "ESK": "MED", "HUS": "LGE", "LAB": "LGE", "POO": "SML", "BEA": "SML", "GSD": "LGE",
               "DAC": "SML"}
    base_w = {"SML": 8.0, "MED": 18.0, "LGE": 32.0}
    dogs = []
    have_dogs = list(range(1, 53))                       # owners 53-60 have no dog
    for d in range(1, len(DOG_NAMES) + 1):
        br = rng.choices([b[0] for b in breeds], [3, 2, 3, 6, 3, 4, 3, 2])[0]
        sz = size_of[br]
        age = rng.randrange(1, 15)
        arrived = day(rng, date(2021, 1, 1), date(2024, 6, 30))
        adopted = arrived + timedelta(days=rng.randrange(5, 120)) if rng.random() < 0.75 else None
        departed = adopted + timedelta(days=rng.randrange(0, 30)) if adopted else None
        dogs.append((d, rng.choice(have_dogs), "1" if rng.random() < 0.3 else "0", br, sz, DOG_NAMES[d - 1], age,
                     date(2024 - age, rng.randrange(1, 13), rng.randrange(1, 29)).isoformat(),
                     rng.choice(["1", "0"]), round(base_w[sz] * rng.uniform(0.7, 1.3), 1), arrived.isoformat(),
                     adopted.isoformat() if adopted else None, departed.isoformat() if departed else None))
    for k in (2, 5, 11, 17, 29):
        dogs[k - 1] = dogs[k - 1][:1] + (53 - (k % 2),) + dogs[k - 1][2:]
    db.executemany("INSERT INTO Dogs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", dogs)
    pros = []
    for p in range(1, 16):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        pros.append((p, "Veterinarian" if p % 3 == 0 else "Employee", fn, f"{rng.randrange(1, 900)} Main Street",
                     rng.choice(["Springfield", "Lakeview", "Madison"]), rng.choice(states), f"{rng.randrange(10000, 99999)}",
                     ln, f"{fn.lower()}{p}@kennel.example", f"({rng.randrange(200, 999)}) 555-{rng.randrange(1000, 9999)}",
                     f"{rng.randrange(200, 999)}-555-{rng.randrange(1000, 9999)}"))
    db.executemany("INSERT INTO Professionals VALUES (?,?,?,?,?,?,?,?,?,?,?)", pros)
    costs = {"EXAM": (40, 120), "VAC": (25, 80), "WALK": (10, 30), "DENT": (90, 260), "GROOM": (35, 95)}
    treated = rng.sample(range(1, len(dogs) + 1), len(dogs) - 18)      # 18 dogs never treated
    treats = []
    for t in range(1, 451):
        tt = rng.choices(list(costs), [4, 5, 5, 1, 3])[0]
        treats.append((t, rng.choice(treated), rng.choices(range(1, 16), [1 + p % 4 for p in range(15)])[0], tt,
                       day(rng, date(2022, 1, 1), date(2024, 12, 31)).isoformat(),
                       float(rng.randrange(*costs[tt]))))
    db.executemany("INSERT INTO Treatments VALUES (?,?,?,?,?,?)", treats)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ network
STUDENTS = ("Jordan Gabriel Tiffany Kris Brittany Haley Alexis Jessica Austin Kyle Andrew Logan Cassandra John "
            "Jennifer Kelsey Ethan Madison Tyler Olivia Noah Emma Liam Ava Mason Sophia Lucas Mia Oliver Isabella "
            "Elijah Amelia James Harper Benjamin Evelyn Henry Abigail Sebastian Emily Jack Ella Owen Scarlett "
            "Samuel Grace Matthew Chloe Joseph Victoria Levi Riley Mateo Aria David Lily Wyatt Aubrey Carter Zoey "
            "Julian Penelope Luke Layla Grayson Nora Isaac Hannah Jayden Addison Theo Eleanor Lincoln Stella "
            "Anthony Natalie Hudson Leah Dylan Savannah Ezra Audrey Thomas Brooklyn Charles Claire Christopher "
            "Skylar Jaxon Lucy Maverick Paisley Josiah Everly Isaiah Anna Caleb Caroline Nathan Genesis Ryan "
            "Aaliyah Adrian Kennedy Miles Kinsley Eli Allison Nolan Maya Aaron Sarah Cameron Madelyn Connor Adeline "
            "Santiago Alexa Jeremiah Ariana Ezekiel Elena Angel Gabriella Roman Naomi Easton Alice Jonathan Sadie "
            "Axel Hailey Dominic Eva Austin2").split()
STUDENTS = [s for s in STUDENTS if s != "Austin2"]


def build_network(path: Path) -> None:
    rng = random.Random(5303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Highschooler (ID INTEGER PRIMARY KEY, name TEXT, grade INTEGER);
    CREATE TABLE Friend (student_id INTEGER REFERENCES Highschooler(ID), friend_id INTEGER REFERENCES Highschooler(ID),
                         PRIMARY KEY (student_id, friend_id));
    CREATE TABLE Likes (student_id INTEGER REFERENCES Highschooler(ID), liked_id INTEGER REFERENCES Highschooler(ID),
                        PRIMARY KEY (student_id, liked_id));
    """)
    n = len(STUDENTS)
    ids = [1000 + 17 * i + rng.randrange(0, 10) for i in range(n)]
    grades = {}
    for i, _nm in enumerate(STUDENTS):
        grades[ids[i]] = rng.choices([9, 10, 11, 12], [5, 6, 4, 4])[0]
    db.executemany("INSERT INTO Highschooler VALUES (?,?,?)", [(ids[i], STUDENTS[i], grades[ids[i]]) for i in range(n)])
    lonely = set(rng.sample(ids[12:], 14))                   # 14 students with no friends
    social = [i for i in ids if i not in lonely]
    pairs = set()
    while len(pairs) < 190:
        a, b = rng.sample(social, 2)
        if grades[a] != grades[b] and rng.random() < 0.6:
            continue                                         # friends mostly within a grade
        pairs.add((min(a, b), max(a, b)))
    kyle = ids[STUDENTS.index("Kyle")]
    for other in rng.sample([i for i in social if i != kyle and (min(kyle, i), max(kyle, i)) not in pairs], 4):
        pairs.add((min(kyle, other), max(kyle, other)))
    # one grade-10 student with clearly the most friends
    star = ids[STUDENTS.index("Logan")]
    grades[star] = 10
    db.execute("UPDATE Highschooler SET grade = 10 WHERE ID = ?", (star,))
    for other in rng.sample([i for i in social if i != star], 14):
        pairs.add((min(star, other), max(star, other)))
    rows = []
    for a, b in sorted(pairs):
        rows += [(a, b), (b, a)]
    db.executemany("INSERT INTO Friend VALUES (?,?)", rows)
    likes = set()
    while len(likes) < 170:
        a, b = rng.sample(ids, 2)
        likes.add((a, b))
    gab = ids[STUDENTS.index("Gabriel")]
    fav = ids[STUDENTS.index("Haley")]
    for a in rng.sample([i for i in ids if i not in (gab, fav)], 6):
        likes.add((a, gab))
    for a in rng.sample([i for i in ids if i not in (gab, fav)], 12):
        likes.add((a, fav))
    gf = [b if a == gab else a for a, b in pairs if gab in (a, b)]
    likes.add((gf[0], gab))
    db.executemany("INSERT INTO Likes VALUES (?,?)", sorted(likes))
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ employee hire
def build_employee_hire(path: Path) -> None:
    rng = random.Random(5404)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE employee (Employee_ID INTEGER PRIMARY KEY, Name TEXT, Age INTEGER, City TEXT);
    CREATE TABLE shop (Shop_ID INTEGER PRIMARY KEY, Name TEXT, Location TEXT, District TEXT, Number_products INTEGER,
                       Manager_name TEXT);
    CREATE TABLE hiring (Shop_ID INTEGER REFERENCES shop(Shop_ID),
                         Employee_ID INTEGER PRIMARY KEY REFERENCES employee(Employee_ID), Start_from TEXT,
                         Is_full_time TEXT);
    CREATE TABLE evaluation (Employee_ID INTEGER REFERENCES employee(Employee_ID), Year_awarded TEXT, Bonus REAL,
                             PRIMARY KEY (Employee_ID, Year_awarded));
    """)
    cities = ["Bristol", "Bath", "Cardiff", "Warrington", "Leicester", "Sale", "Exeter", "Gloucester"]
    names = unique_names(rng, 220)
    emps = [(i + 1, names[i], rng.randrange(19, 62), rng.choices(cities, [8, 5, 3, 4, 6, 2, 3, 4])[0])
            for i in range(220)]
    emps[76] = (77, emps[76][1], 64, "Bristol")                    # the one oldest employee in Bristol
    db.executemany("INSERT INTO employee VALUES (?,?,?,?)", emps)
    towns = ["Valkeakoski", "Lahti", "Turku", "Espoo", "Tampere", "Oulu", "Kuopio", "Jyvaskyla", "Pori", "Vaasa"]
    shops, seen = [], set()
    prods = rng.sample(range(800, 40000), 24)
    for s in range(1, 25):
        while True:
            nm = f"{rng.choice(['FC', 'HJK', 'KuPS', 'FF', 'TPS', 'IFK', 'RoPS', 'Inter'])} {rng.choice(towns)}"
            if nm not in seen:
                seen.add(nm)
                break
        town = nm.split(" ", 1)[1]
        shops.append((s, nm, town, f"{town} {rng.choice(['Arena', 'Stadium', 'Park', 'Centre'])}", prods[s - 1],
                      f"{rng.choice(FIRST)} {rng.choice(LAST)}"))
    db.executemany("INSERT INTO shop VALUES (?,?,?,?,?,?)", shops)
    hires = []
    for e in rng.sample(range(1, 221), 170):
        s = rng.choices(range(1, 25), [1 + (k * 7) % 5 for k in range(24)])[0]
        hires.append((s, e, str(rng.randrange(2003, 2024)), rng.choice(["T", "T", "F"])))
    hired = {h[1] for h in hires}
    hires.append((13, min(e for e in range(1, 201) if e not in hired), "2016", "T"))   # shop 13: the most hires
    db.executemany("INSERT INTO hiring VALUES (?,?,?,?)", hires)
    evals = set()
    rows = []
    while len(rows) < 300:
        e = rng.randrange(1, 221)
        if e > 200:
            continue                                               # employees 201-220 never got a bonus
        y = str(rng.randrange(2012, 2025))
        if (e, y) in evals:
            continue
        evals.add((e, y))
        rows.append((e, y, float(rng.randrange(5, 60) * 100)))
    rows.append((94, "2011", 2400.0))                              # employee 94: the most awards
    rows[40] = rows[40][:2] + (7200.0,)                            # the one biggest single bonus
    db.executemany("INSERT INTO evaluation VALUES (?,?,?)", rows)
    db.commit()
    db.close()


BUILDERS = {"orchestra": build_orchestra, "dog_kennels": build_dog_kennels, "network": build_network,
            "employee_hire": build_employee_hire}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
