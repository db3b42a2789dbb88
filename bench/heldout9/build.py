"""Ninth held-out evaluation, in the style of SParC / CoSQL: four small Spider-style databases (a
college, a wine list, a wrestling title history, a TV talent-show vote) and multi-turn conversations
over them, written before the engine was run on them (see README.md in this folder).

    python bench/heldout9/build.py [OUT_DIR]    # writes college.sqlite, wine.sqlite, wrestling.sqlite,
                                                 # voting.sqlite (default OUT_DIR: /tmp/c2q-heldout9),
                                                 # checks every reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import random
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all  # noqa: E402

FIRST = ("Aaliyah Bruno Chen Dario Esme Farid Gita Hector Ilse Jamal Kenji Lena Marco Noor Olga Pavel "
         "Rhea Sami Tomas Uma Vera Wei Xavier Yusuf Zoe").split()
LAST = ("Abbott Brandt Castillo Dorsey Engel Ferreira Gallo Haas Iqbal Jovanovic Kaur Lindgren Moreau "
        "Nakamura Osei Price Quist Ramos Sato Torres Ueda Vance Weber Young").split()


def _names(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    out = []
    while len(out) < n:
        nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if nm not in seen:
            seen.add(nm)
            out.append(nm)
    return out


# ------------------------------------------------------------------------------------------ college
def build_college(path: Path) -> None:
    rng = random.Random(9101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE department (dept_name TEXT PRIMARY KEY, building TEXT, budget REAL);
    CREATE TABLE instructor (ID TEXT PRIMARY KEY, name TEXT, dept_name TEXT REFERENCES department(dept_name),
                             salary REAL);
    CREATE TABLE student (ID TEXT PRIMARY KEY, name TEXT, dept_name TEXT REFERENCES department(dept_name),
                          tot_cred INTEGER);
    CREATE TABLE course (course_id TEXT PRIMARY KEY, title TEXT, dept_name TEXT REFERENCES department(dept_name),
                         credits INTEGER);
    CREATE TABLE section (course_id TEXT REFERENCES course(course_id), sec_id TEXT, semester TEXT, year INTEGER,
                          building TEXT, room_number TEXT, PRIMARY KEY (course_id, sec_id, semester, year));
    CREATE TABLE teaches (ID TEXT REFERENCES instructor(ID), course_id TEXT, sec_id TEXT, semester TEXT,
                          year INTEGER, PRIMARY KEY (ID, course_id, sec_id, semester, year));
    CREATE TABLE takes (ID TEXT REFERENCES student(ID), course_id TEXT, sec_id TEXT, semester TEXT, year INTEGER,
                        grade TEXT, PRIMARY KEY (ID, course_id, sec_id, semester, year));
    CREATE TABLE advisor (s_ID TEXT PRIMARY KEY REFERENCES student(ID), i_ID TEXT REFERENCES instructor(ID));
    """)
    depts = [("Comp. Sci.", "Taylor", 112000), ("Biology", "Watson", 91500), ("Physics", "Watson", 78300),
             ("History", "Painter", 52600), ("Finance", "Painter", 121000), ("Music", "Packard", 41800),
             ("Mathematics", "Taylor", 67250), ("Psychology", "Lamberton", 58900)]
    db.executemany("INSERT INTO department VALUES (?,?,?)", depts)
    base = {"Comp. Sci.": 92000, "Biology": 78000, "Physics": 84000, "History": 61000, "Finance": 96000,
            "Music": 55000, "Mathematics": 76000, "Psychology": 66000}
    inst, n = [], 0
    names = _names(rng, 60)
    for d, _, _ in depts:
        for _ in range({"Comp. Sci.": 7, "Biology": 5, "Physics": 4, "History": 4, "Finance": 5, "Music": 3,
                        "Mathematics": 5, "Psychology": 4}[d]):
            inst.append((str(10000 + n * 37), names[n], d, round(base[d] + rng.uniform(-14000, 18000), -2)))
            n += 1
    inst[7] = (inst[7][0], inst[7][1], inst[7][2], 131500.0)   # one clear top earner (Biology)
    db.executemany("INSERT INTO instructor VALUES (?,?,?,?)", inst)
    titles = {"Comp. Sci.": ["Intro. to Computer Science", "Data Structures", "Databases", "Operating Systems",
                             "Machine Learning", "Compilers", "Computer Networks"],
              "Biology": ["Intro. to Biology", "Genetics", "Cell Biology", "Ecology", "Microbiology"],
              "Physics": ["Mechanics", "Electromagnetism", "Quantum Physics", "Thermodynamics"],
              "History": ["World History", "Medieval Europe", "Modern Asia"],
              "Finance": ["Investment Banking", "Corporate Finance", "Accounting", "Financial Markets"],
              "Music": ["Music Theory", "Music Video Production"],
              "Mathematics": ["Calculus I", "Linear Algebra", "Probability", "Number Theory"],
              "Psychology": ["Intro. to Psychology", "Cognitive Psychology", "Social Psychology"]}
    prefix = {"Comp. Sci.": "CS", "Biology": "BIO", "Physics": "PHY", "History": "HIS", "Finance": "FIN",
              "Music": "MU", "Mathematics": "MATH", "Psychology": "PSY"}
    courses = []
    for d, ts in titles.items():
        for k, t in enumerate(ts):
            courses.append((f"{prefix[d]}-{101 + k * 100 + rng.randrange(0, 60)}", t, d,
                            rng.choice([3, 3, 4, 4, 2]) if t != "Machine Learning" else 5))
    db.executemany("INSERT INTO course VALUES (?,?,?,?)", courses)
    rooms = {"Taylor": ["3128", "3130", "G12"], "Watson": ["100", "120"], "Painter": ["514", "226"],
             "Packard": ["101"], "Lamberton": ["134", "210"]}
    sections, teaches = [], []
    dept_inst = {d: [i for i in inst if i[2] == d] for d, _, _ in depts}
    for c in courses:
        for year in (2022, 2023, 2024):
            for sem in ("Fall", "Spring"):
                if rng.random() < 0.55:
                    nsec = 2 if rng.random() < 0.2 else 1
                    for s in range(1, nsec + 1):
                        b = rng.choice(list(rooms))
                        sections.append((c[0], str(s), sem, year, b, rng.choice(rooms[b])))
                        teaches.append((rng.choice(dept_inst[c[2]])[0], c[0], str(s), sem, year))
    db.executemany("INSERT INTO section VALUES (?,?,?,?,?,?)", sections)
    db.executemany("INSERT OR IGNORE INTO teaches VALUES (?,?,?,?,?)", teaches)
    snames = _names(random.Random(9102), 400)
    students = []
    for k in range(400):
        d = rng.choices([d[0] for d in depts], [9, 6, 4, 3, 6, 2, 4, 4])[0]
        students.append((str(50000 + k * 13), snames[k], d, rng.randrange(0, 128)))
    students[42] = (students[42][0], students[42][1], "Physics", 140)   # one clear top credit holder
    db.executemany("INSERT INTO student VALUES (?,?,?,?)", students)
    grades = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "F"]
    takes = set()
    for s in students:
        if rng.random() < 0.08:
            continue      # some students never took a course
        for sec in rng.sample(sections, rng.randrange(2, 8)):
            takes.add((s[0], sec[0], sec[1], sec[2], sec[3], rng.choices(grades, [8, 6, 7, 8, 5, 4, 4, 2, 2])[0]))
    db.executemany("INSERT OR IGNORE INTO takes VALUES (?,?,?,?,?,?)", sorted(takes))
    adv = [(s[0], rng.choice(dept_inst[s[2]])[0]) for s in students if rng.random() < 0.85]
    db.executemany("INSERT INTO advisor VALUES (?,?)", adv)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ wine
def build_wine(path: Path) -> None:
    rng = random.Random(9201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE grapes (ID INTEGER PRIMARY KEY, Grape TEXT UNIQUE, Color TEXT);
    CREATE TABLE appellations (No INTEGER PRIMARY KEY, Appelation TEXT UNIQUE, County TEXT, State TEXT,
                               Area TEXT, isAVA TEXT);
    CREATE TABLE wine (No INTEGER PRIMARY KEY, Grape TEXT REFERENCES grapes(Grape),
                       Winery TEXT, Appelation TEXT REFERENCES appellations(Appelation), State TEXT, Name TEXT,
                       Year INTEGER, Price INTEGER, Score INTEGER, Cases INTEGER, Drink TEXT);
    """)
    grapes = [("Barbera", "Red"), ("Cabernet Franc", "Red"), ("Cabernet Sauvignon", "Red"), ("Chardonnay", "White"),
              ("Grenache", "Red"), ("Malbec", "Red"), ("Merlot", "Red"), ("Mourvedre", "Red"),
              ("Petite Sirah", "Red"), ("Pinot Noir", "Red"), ("Riesling", "White"), ("Roussanne", "White"),
              ("Sauvignon Blanc", "White"), ("Syrah", "Red"), ("Viognier", "White"), ("Zinfandel", "Red")]
    db.executemany("INSERT INTO grapes VALUES (?,?,?)", [(i + 1, *g) for i, g in enumerate(grapes)])
    apps = [("Napa Valley", "Napa", "California", "North Coast", "Yes"),
            ("Sonoma Coast", "Sonoma", "California", "North Coast", "Yes"),
            ("Russian River Valley", "Sonoma", "California", "North Coast", "Yes"),
            ("Dry Creek Valley", "Sonoma", "California", "North Coast", "Yes"),
            ("Anderson Valley", "Mendocino", "California", "North Coast", "Yes"),
            ("Paso Robles", "San Luis Obispo", "California", "Central Coast", "Yes"),
            ("Santa Lucia Highlands", "Monterey", "California", "Central Coast", "Yes"),
            ("Sta. Rita Hills", "Santa Barbara", "California", "Central Coast", "Yes"),
            ("Amador County", "Amador", "California", "Sierra Foothills", "No"),
            ("El Dorado", "El Dorado", "California", "Sierra Foothills", "Yes"),
            ("Lodi", "San Joaquin", "California", "Central Valley", "Yes"),
            ("California", "N/A", "California", "California", "No"),
            ("Willamette Valley", "Yamhill", "Oregon", "Willamette", "Yes"),
            ("Columbia Valley", "Benton", "Washington", "Columbia", "Yes"),
            ("Walla Walla Valley", "Walla Walla", "Washington", "Columbia", "Yes")]
    db.executemany("INSERT INTO appellations VALUES (?,?,?,?,?,?)", [(i + 1, *a) for i, a in enumerate(apps)])
    wineries = ["Robert Biale", "Ridge", "Turley", "Rosenblum", "Williams Selyem", "Kosta Browne", "Copain",
                "Tablas Creek", "Saxum", "Sea Smoke", "Shafer", "Caymus", "Cakebread", "Domaine Serene",
                "Leonetti", "Quilceda Creek", "Bonny Doon", "Hanzell", "Kistler", "Sine Qua Non"]
    suit = {"North Coast": ["Cabernet Sauvignon", "Merlot", "Chardonnay", "Pinot Noir", "Zinfandel",
                            "Sauvignon Blanc", "Petite Sirah", "Cabernet Franc"],
            "Central Coast": ["Syrah", "Grenache", "Mourvedre", "Pinot Noir", "Chardonnay", "Roussanne", "Viognier"],
            "Sierra Foothills": ["Zinfandel", "Barbera", "Syrah"], "Central Valley": ["Zinfandel", "Petite Sirah"],
            "California": ["Chardonnay", "Cabernet Sauvignon", "Merlot", "Zinfandel"],
            "Willamette": ["Pinot Noir", "Riesling", "Chardonnay"],
            "Columbia": ["Cabernet Sauvignon", "Merlot", "Syrah", "Riesling", "Malbec"]}
    labels = ["Reserve", "Estate", "Old Vines", "Hillside", "Vineyard Select", "Cuvee", "Single Barrel", "Limited"]
    wines = []
    for no in range(1, 521):
        a = rng.choices(apps, [12, 7, 9, 6, 3, 9, 3, 4, 3, 2, 4, 5, 7, 6, 3])[0]
        g = rng.choice(suit[a[3]])
        w = rng.choice(wineries)
        year = rng.choice(range(2004, 2021))
        score = max(78, min(98, int(rng.gauss(89, 3.5))))
        price = int(max(10, rng.gauss(18 + (score - 80) * 4.2, 12)))
        wines.append((no, g, w, a[0], a[2], f"{rng.choice(labels)} {g}", year, price, score,
                      rng.choice(range(150, 9000, 25)), str(year + rng.randrange(2, 8))))
    wines[99] = (100, "Cabernet Sauvignon", "Quilceda Creek", "Columbia Valley", "Washington",
                 "Galitzine Vineyard Cabernet Sauvignon", 2016, 260, 99, 180, "2026")   # the top wine
    db.executemany("INSERT INTO wine VALUES (?,?,?,?,?,?,?,?,?,?,?)", wines)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ wrestling
def build_wrestling(path: Path) -> None:
    rng = random.Random(9301)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE event (Event_ID INTEGER PRIMARY KEY, Name TEXT, Year INTEGER, Venue TEXT, Attendance INTEGER);
    CREATE TABLE wrestler (Wrestler_ID INTEGER PRIMARY KEY, Name TEXT, Reign TEXT, Days_held TEXT,
                           Location TEXT, Event TEXT);
    CREATE TABLE Elimination (Elimination_ID TEXT PRIMARY KEY, Event_ID INTEGER REFERENCES event(Event_ID),
                              Wrestler_ID TEXT REFERENCES wrestler(Wrestler_ID), Team TEXT,
                              Eliminated_By TEXT, Elimination_Move TEXT, Time TEXT);
    """)
    venues = ["Tokyo Dome", "Osaka Jo Hall", "Korakuen Hall", "Ryogoku Kokugikan", "Nagoya Gym", "Sendai Sunplaza"]
    events = []
    for e in range(1, 25):
        events.append((e, rng.choice(["Wrestle Kingdom", "Dominion", "G1 Final", "King of Pro-Wrestling",
                                      "Destruction", "New Beginning"]) + f" {e}",
                       2001 + (e - 1) // 2, rng.choice(venues), rng.randrange(1800, 48000)))
    db.executemany("INSERT INTO event VALUES (?,?,?,?,?)", events)
    wnames = ["Rey Misterio Sr.", "Fishman", "Villano IV", "Ultimo Dragon", "Jushin Liger", "Gran Hamada",
              "El Samurai", "Koji Kanemoto", "Minoru Tanaka", "Tiger Mask", "Shinjiro Otani", "Masato Tanaka",
              "Kenta", "Taiji Ishimori", "Ryusuke Taguchi", "Prince Devitt", "Kota Ibushi", "Hiromu Takahashi",
              "Will Ospreay", "El Desperado", "Bushi", "Sho", "Yoh", "Kushida", "Dragon Lee", "Taichi",
              "Kazuchika Okada", "Tetsuya Naito", "Hiroshi Tanahashi", "Tomohiro Ishii", "Zack Sabre Jr.",
              "Jay White", "Shingo Takagi", "Kenny Omega", "Evil", "Sanada", "Goto", "Yano Toru",
              "Great-O-Khan", "Jeff Cobb", "Aaron Henare"]
    locs = ["Tokyo , Japan", "Osaka , Japan", "Nagoya , Japan", "Sapporo , Japan", "Mexico City , Mexico",
            "Guadalajara , Mexico", "Los Angeles , USA"]
    wrestlers = []
    days = rng.sample(range(12, 900), len(wnames))
    for i, nm in enumerate(wnames):
        wrestlers.append((i + 1, nm, str(rng.choice([1, 1, 1, 2, 2, 3])), str(days[i]),
                          rng.choices(locs, [10, 5, 3, 2, 4, 2, 2])[0], events[rng.randrange(24)][1]))
    db.executemany("INSERT INTO wrestler VALUES (?,?,?,?,?,?)", wrestlers)
    moves = ["Go 2 Sleep", "Rainmaker", "Destino", "Last Ride", "Pedigree", "Roll-up", "Spear", "Hidden Blade",
             "Cobra Clutch", "Frog Splash", "Disqualification", "Count-out"]
    elims, n = [], 0
    for e in events:
        entrants = rng.sample(wrestlers, 8)
        teams = {w[0]: ("Team Orton" if k % 2 == 0 else "Team Batista") for k, w in enumerate(entrants)}
        remaining = list(entrants)
        minute = 0
        while len(remaining) > 1:
            loser = rng.choice(remaining)
            remaining.remove(loser)
            winner = rng.choice([w for w in remaining if teams[w[0]] != teams[loser[0]]] or remaining)
            minute += rng.randrange(1, 6)
            n += 1
            elims.append((str(n), e[0], str(loser[0]), teams[loser[0]], winner[1], rng.choice(moves),
                          f"{minute:02d}:{rng.randrange(60):02d}"))
    db.executemany("INSERT INTO Elimination VALUES (?,?,?,?,?,?,?)", elims)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ voting
def build_voting(path: Path) -> None:
    rng = random.Random(9401)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE AREA_CODE_STATE (area_code INTEGER PRIMARY KEY, state VARCHAR(2));
    CREATE TABLE CONTESTANTS (contestant_number INTEGER PRIMARY KEY, contestant_name VARCHAR(50));
    CREATE TABLE VOTES (vote_id INTEGER PRIMARY KEY, phone_number INTEGER, state VARCHAR(2),
                        contestant_number INTEGER REFERENCES CONTESTANTS(contestant_number), created TIMESTAMP);
    """)
    codes = [(201, "NJ"), (212, "NY"), (213, "CA"), (305, "FL"), (312, "IL"), (404, "GA"), (415, "CA"),
             (512, "TX"), (602, "AZ"), (617, "MA"), (702, "NV"), (713, "TX"), (718, "NY"), (808, "HI"),
             (206, "WA"), (303, "CO"), (503, "OR"), (615, "TN"), (907, "AK"), (802, "VT")]
    db.executemany("INSERT INTO AREA_CODE_STATE VALUES (?,?)", codes)
    conts = ["Edwina Burnam", "Tabatha Gehling", "Kelly Clauss", "Jessie Alloway", "Alana Bregman",
             "Jessie Eichman", "Allie Rogalski", "Nita Coster", "Kurt Walser", "Ericka Dieter", "Loraine Nygren"]
    db.executemany("INSERT INTO CONTESTANTS VALUES (?,?)", [(i + 1, c) for i, c in enumerate(conts)])
    weights = [14, 9, 22, 7, 11, 5, 16, 3, 8, 0, 4]    # Ericka Dieter gets no votes
    votable = [c for c in codes if c[1] not in ("VT",)]          # no vote from Vermont
    votes = []
    start = datetime(2018, 3, 1, 19, 0)
    for v in range(1, 1801):
        code, st = rng.choices(votable, [9, 12, 10, 7, 8, 6, 5, 6, 4, 5, 4, 5, 6, 2, 5, 4, 3, 3, 1])[0]
        c = rng.choices(range(1, 12), weights)[0]
        t = start + timedelta(days=rng.choice([0, 0, 1, 7, 8]), minutes=rng.randrange(0, 180), seconds=rng.randrange(60))
        votes.append((v, int(f"{code}{rng.randrange(2000000, 9999999)}"), st, c, t.strftime("%Y-%m-%d %H:%M:%S")))
    db.executemany("INSERT INTO VOTES VALUES (?,?,?,?,?)", votes)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"college": build_college, "wine": build_wine, "wrestling": build_wrestling,
                              "voting": build_voting}, SETS))
