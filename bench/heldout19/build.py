"""Held-out evaluation heldout19: three SQLite databases (a city's bike-lane projects, a choir
festival, a coffee roaster's legacy system) and hand-written multi-turn conversations over them,
written before the engine was run on them (see README.md in this folder).

    python bench/heldout19/build.py [OUT_DIR]   # writes bikelanes.sqlite, choirfest.sqlite, roastery.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout19), checks every
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

FIRST = ("Alba Bruno Chiara Dario Eva Felix Greta Hamid Ilse Joao Kasia Lars Mira Nadia Otto Pilar "
         "Rhea Sven Talia Ugo Vera Wim Xenia Yusuf Zofia").split()
LAST = ("Abara Berg Castillo Dahl Eriksen Fontaine Gallo Hart Iqbal Janssen Kaur Lind Moreau Nagy "
        "Ortiz Pohl Quist Reyes Sato Toth").split()


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# ------------------------------------------------------------------------------------------
def build_bikelanes(path: Path) -> None:
    rng = random.Random(1901)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE districts (district_id INTEGER PRIMARY KEY, district_name TEXT, population INTEGER,
                            area_sq_km REAL);
    CREATE TABLE contractors (contractor_id INTEGER PRIMARY KEY, company_name TEXT, home_city TEXT,
                              founded_year INTEGER, safety_rating REAL);
    CREATE TABLE projects (project_id INTEGER PRIMARY KEY, project_name TEXT,
                           district_id INTEGER REFERENCES districts(district_id), lane_type TEXT,
                           length_km REAL, budget REAL, actual_cost REAL, start_date TEXT,
                           completed_date TEXT, status TEXT);
    CREATE TABLE project_contractors (project_id INTEGER REFERENCES projects(project_id),
                                      contractor_id INTEGER REFERENCES contractors(contractor_id),
                                      role TEXT, contract_value REAL);
    CREATE TABLE inspections (inspection_id INTEGER PRIMARY KEY,
                              project_id INTEGER REFERENCES projects(project_id), inspected_on TEXT,
                              inspector_name TEXT, result TEXT, defects_found INTEGER);
    """)
    dists = [("Old Harbour", 41200, 6.3), ("Northgate", 58750, 11.8), ("Riverside", 36900, 8.1),
             ("Millbrook", 27400, 14.6), ("Eastfield", 63100, 12.2), ("St. Anne's", 22850, 4.9),
             ("Cedar Park", 47300, 9.7), ("Southbank", 51600, 7.4)]
    db.executemany("INSERT INTO districts VALUES (?,?,?,?)", [(i + 1, *d) for i, d in enumerate(dists)])
    cons = [("Greenway Civil Ltd", "Harbourton", 1994, 4.6), ("Pavecraft", "Harbourton", 2008, 3.9),
            ("Linea Urban Works", "Westmere", 2012, 4.2), ("Bollard & Sons", "Harbourton", 1971, None),
            ("Kerbline Contracting", "Dunmore", 2001, 3.4), ("CycleSafe Infrastructure", "Westmere", 2016, 4.8),
            ("Northern Asphalt", "Dunmore", 1988, 3.7), ("Markwell Signage", "Harbourton", 2019, None),
            ("Tarmac Two", "Kilbride", 2005, 4.1), ("Ridgeway Groundworks", "Kilbride", 1999, 3.2)]
    db.executemany("INSERT INTO contractors VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(cons)])
    streets = ("Quay Street|Mill Lane|Harbour Road|Station Avenue|King's Parade|Canal Walk|Elm Row|"
               "Market Street|Bridge Road|Church Lane|Victoria Road|Park Drive|High Street|Foundry Lane|"
               "Castle Hill|Water Lane|Orchard Way|College Road|Dock Road|Greenway|Abbey Road|"
               "Riverside Drive|Forge Street|North Parade|Union Street|Tannery Lane|Ferry Road|"
               "Beacon Hill|Granary Row|Ropewalk").split("|")
    projects, links, insps = [], [], []
    iid = 0
    for pid in range(1, 91):
        street = streets[(pid - 1) % len(streets)]
        phase = (pid - 1) // len(streets) + 1
        name = f"{street} {'lane' if phase == 1 else 'phase ' + str(phase)}"
        d = rng.choices(range(1, 9), [10, 14, 9, 6, 15, 5, 11, 12])[0]
        lt = rng.choices(["protected", "painted", "buffered", "shared"], [4, 5, 3, 2])[0]
        length = round(rng.uniform(0.4, 6.5), 2)
        per_km = {"protected": 820000, "buffered": 410000, "painted": 160000, "shared": 90000}[lt]
        budget = round(length * per_km * rng.uniform(0.8, 1.25), -2) + rng.randrange(1, 99)
        start = day(rng, date(2019, 1, 1), date(2025, 6, 30))
        st = rng.choices(["completed", "in progress", "planned", "cancelled"], [9, 3, 2, 1])[0]
        if start > date(2024, 9, 1) and st == "completed":
            st = "in progress"
        if st == "planned":
            start = day(rng, date(2025, 7, 1), date(2026, 6, 30))
        comp = cost = None
        if st == "completed":
            comp = start + timedelta(days=rng.randrange(60, 520))
            cost = round(budget * rng.uniform(0.85, 1.45), 2)
        elif st == "in progress":
            cost = round(budget * rng.uniform(0.2, 0.8), 2) if rng.random() < 0.7 else None
        projects.append((pid, name, d, lt, length, budget, cost, start.isoformat(),
                         comp.isoformat() if comp else None, st))
        if st != "planned":
            lead = rng.choices(range(1, 11), [9, 8, 7, 3, 6, 5, 6, 1, 5, 4])[0]
            links.append((pid, lead, "lead", round(budget * rng.uniform(0.5, 0.7), 2)))
            for sub in rng.sample([c for c in range(1, 11) if c != lead], rng.randrange(0, 3)):
                links.append((pid, sub, "subcontractor", round(budget * rng.uniform(0.05, 0.2), 2)))
        if st in ("completed", "in progress"):
            end = comp or date(2025, 11, 1)
            for _ in range(rng.randrange(1, 6)):
                iid += 1
                res = rng.choices(["pass", "fail", "conditional"], [6, 2, 2])[0]
                defects = 0 if res == "pass" and rng.random() < 0.7 else rng.randrange(1, 9)
                insps.append((iid, pid, day(rng, start + timedelta(days=20), end + timedelta(days=30)).isoformat(),
                              rng.choice(["M. Okoro", "J. Brennan", "S. Haddad", "L. Whitfield", "T. Nakamura"]),
                              res, defects))
    db.executemany("INSERT INTO projects VALUES (?,?,?,?,?,?,?,?,?,?)", projects)
    db.executemany("INSERT INTO project_contractors VALUES (?,?,?,?)", links)
    db.executemany("INSERT INTO inspections VALUES (?,?,?,?,?,?)", insps)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_choirfest(path: Path) -> None:
    rng = random.Random(1902)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Choirs (ChoirId INTEGER PRIMARY KEY, ChoirName TEXT, Country TEXT, Category TEXT,
                         FoundedYear INTEGER, Members INTEGER, Conductor TEXT);
    CREATE TABLE Pieces (PieceId INTEGER PRIMARY KEY, Title TEXT, Composer TEXT, Era TEXT,
                         DurationMin REAL, IsAcappella INTEGER);
    CREATE TABLE Judges (JudgeId INTEGER PRIMARY KEY, FullName TEXT, Country TEXT, Specialty TEXT);
    CREATE TABLE Performances (PerformanceId INTEGER PRIMARY KEY, ChoirId INTEGER REFERENCES Choirs(ChoirId),
                               PieceId INTEGER REFERENCES Pieces(PieceId), FestivalYear INTEGER,
                               Stage TEXT, PerformedOn TEXT, EntryFee REAL);
    CREATE TABLE Scores (PerformanceId INTEGER REFERENCES Performances(PerformanceId),
                         JudgeId INTEGER REFERENCES Judges(JudgeId), Points REAL, Remark TEXT);
    """)
    countries = ["Estonia", "Latvia", "Norway", "Wales", "Hungary", "Slovenia", "Philippines", "South Africa",
                 "Germany", "Spain"]
    names = ("Aurora Voices|Vox Borealis|Cantamus Youth|St. Cecilia Chamber Singers|Kalevala Choir|"
             "Riga Dom Girls|Bergen Vocal|Harmonia Cymru|Soli Deo|Danube Consort|Ljubljana Vocalists|"
             "Manila Chorale|Ubuntu Gospel Ensemble|Leipzig Kantorei|Coro Alba|Nordic Light|"
             "Tallinn Chamber Choir|Cape Town Youth Choir|Cor Meibion Taf|Voces Iberia|Gloria Novi|"
             "Fjord Singers|Cantilena|Valley Gospel Choir").split("|")
    cats = ["Youth", "Chamber", "Mixed", "Gospel", "Male", "Female"]
    choirs = []
    for i, n in enumerate(names):
        c = countries[i % len(countries)]
        cat = ("Gospel" if "Gospel" in n else "Youth" if "Youth" in n or "Girls" in n else
               "Male" if "Meibion" in n else rng.choice(cats[1:3] + cats[5:]))
        choirs.append((i + 1, n, c, cat, rng.randrange(1948, 2020), rng.randrange(14, 68),
                       person(rng) if rng.random() < 0.9 else None))
    db.executemany("INSERT INTO Choirs VALUES (?,?,?,?,?,?,?)", choirs)
    pieces = [("Miserere mei, Deus", "Allegri", "Baroque", 12.5, 1), ("Spem in alium", "Tallis", "Renaissance", 10.2, 1),
              ("Ave verum corpus", "Mozart", "Classical", 3.1, 0), ("Abendlied", "Rheinberger", "Romantic", 3.4, 1),
              ("O magnum mysterium", "Lauridsen", "Contemporary", 6.0, 1), ("Lux aurumque", "Whitacre", "Contemporary", 4.2, 1),
              ("Bogoroditse Devo", "Rachmaninoff", "Romantic", 3.0, 1), ("Jubilate Deo", "Gabrieli", "Renaissance", 4.8, 0),
              ("Cantique de Jean Racine", "Faure", "Romantic", 5.6, 0), ("Sicut cervus", "Palestrina", "Renaissance", 3.7, 1),
              ("The Seal Lullaby", "Whitacre", "Contemporary", 4.6, 0), ("Northern Lights", "Gjeilo", "Contemporary", 4.9, 1),
              ("Zadok the Priest", "Handel", "Baroque", 5.5, 0), ("Os justi", "Bruckner", "Romantic", 3.9, 1),
              ("Salve Regina", "Part", "Contemporary", 11.8, 0), ("Muie Rendera", "Villa-Lobos", "Contemporary", 3.3, 1),
              ("Jesu, meine Freude", "Bach", "Baroque", 21.0, 0), ("Shosholoza", "Traditional", "Folk", 3.2, 1),
              ("Hallelujah", "Handel", "Baroque", 4.1, 0), ("Ubi caritas", "Durufle", "Contemporary", 2.4, 1)]
    db.executemany("INSERT INTO Pieces VALUES (?,?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(pieces)])
    judges = [("Ingrid Solberg", "Norway", "Conducting"), ("Marco Bellini", "Italy", "Vocal pedagogy"),
              ("Agnes Varga", "Hungary", "Composition"), ("Thabo Nkosi", "South Africa", "Conducting"),
              ("Helen Pryce", "Wales", "Vocal pedagogy"), ("Jonas Petraitis", "Lithuania", "Musicology"),
              ("Claire Dubois", "France", "Conducting"), ("Kenji Mori", "Japan", "Composition")]
    db.executemany("INSERT INTO Judges VALUES (?,?,?,?)", [(i + 1, *j) for i, j in enumerate(judges)])
    perfs, scores = [], []
    pid = 0
    quality = {c[0]: rng.uniform(70, 90) for c in choirs}
    for yr in (2021, 2022, 2023, 2024, 2025):
        entrants = rng.sample(range(1, 25), rng.randrange(14, 20))
        fee = {2021: 150.0, 2022: 150.0, 2023: 175.0, 2024: 175.0, 2025: 200.0}[yr]
        panel = rng.sample(range(1, 9), 5)
        start = date(yr, 7, rng.randrange(3, 10))
        ranked = []
        for ch in entrants:
            for _ in range(rng.randrange(1, 3)):
                pid += 1
                pc = rng.randrange(1, 21)
                perfs.append((pid, ch, pc, yr, "Heat", (start + timedelta(days=rng.randrange(0, 2))).isoformat(), fee))
                tot = 0
                for j in panel:
                    if rng.random() < 0.06:
                        continue          # a judge absent for that performance
                    pts = round(min(99.5, max(55, quality[ch] + rng.gauss(0, 5))), 1)
                    tot += pts
                    scores.append((pid, j, pts, rng.choice([None, None, None, "clean intonation", "balance issues",
                                                            "moving interpretation", "rushed tempo"])))
                ranked.append((tot + rng.random(), ch, pc))
        ranked.sort(reverse=True)
        for _tot, ch, _pc in ranked[:6]:
            pid += 1
            perfs.append((pid, ch, rng.randrange(1, 21), yr, "Final", (start + timedelta(days=3)).isoformat(), None))
            for j in panel:
                scores.append((pid, j, round(min(99.5, max(55, quality[ch] + 2 + rng.gauss(0, 4))), 1), None))
    db.executemany("INSERT INTO Performances VALUES (?,?,?,?,?,?,?)", perfs)
    db.executemany("INSERT INTO Scores VALUES (?,?,?,?)", scores)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_roastery(path: Path) -> None:
    rng = random.Random(1903)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE CD_LKP (CD_TYP TEXT, CD TEXT, CD_DESC TEXT, PRIMARY KEY (CD_TYP, CD));
    CREATE TABLE GRN_LOT (LOT_NO TEXT PRIMARY KEY, ORIG_CD TEXT, PROC_CD TEXT, FARM_NM TEXT, SUPP_NM TEXT,
                          ARRV_DT TEXT, KG_QTY REAL, PRC_PER_KG REAL, ALT_M INTEGER);
    CREATE TABLE RST (RST_ID INTEGER PRIMARY KEY, RST_DT TEXT, RSTR_NM TEXT, LVL_CD TEXT, PROD_NM TEXT,
                      BATCH_KG REAL, LOSS_PCT REAL);
    CREATE TABLE RST_LOT (RST_ID INTEGER REFERENCES RST(RST_ID), LOT_NO TEXT REFERENCES GRN_LOT(LOT_NO),
                          KG_USED REAL);
    CREATE TABLE CUP (CUP_ID INTEGER PRIMARY KEY, RST_ID INTEGER REFERENCES RST(RST_ID), CUP_DT TEXT,
                      CUPPER_NM TEXT, SCORE REAL, NOTES TEXT);
    """)
    codes = [("ORIG", "ET", "Ethiopia"), ("ORIG", "KE", "Kenya"), ("ORIG", "CO", "Colombia"),
             ("ORIG", "BR", "Brazil"), ("ORIG", "GT", "Guatemala"), ("ORIG", "RW", "Rwanda"),
             ("ORIG", "ID", "Indonesia"), ("ORIG", "PE", "Peru"),
             ("PROC", "W", "Washed"), ("PROC", "N", "Natural"), ("PROC", "H", "Honey"), ("PROC", "A", "Anaerobic"),
             ("LVL", "L", "Light"), ("LVL", "M", "Medium"), ("LVL", "D", "Dark")]
    db.executemany("INSERT INTO CD_LKP VALUES (?,?,?)", codes)
    origs = ["ET", "KE", "CO", "BR", "GT", "RW", "ID", "PE"]
    base_price = {"ET": 7.8, "KE": 8.9, "CO": 6.4, "BR": 4.9, "GT": 6.1, "RW": 6.9, "ID": 5.6, "PE": 5.3}
    farms = ("Hambela|Kochere|Gichathaini|Karimikui|La Esperanza|El Paraiso|Daterra|Sitio Sertao|"
             "Finca Isnul|El Injerto|Huye Mountain|Kilimbi|Wahana|Frinsa|Las Flores|San Ignacio").split("|")
    supps = ["Atlas Green", "Origin Direct", "Nordic Approach", "Cafe Imports", None]
    lots = []
    for i in range(1, 61):
        o = rng.choice(origs)
        farm_i = origs.index(o) * 2 + rng.randrange(2)
        arr = day(rng, date(2022, 1, 10), date(2025, 10, 30))
        proc = rng.choices(["W", "N", "H", "A"], [6, 4, 2, 1])[0]
        lots.append((f"L{arr.year % 100:02d}-{i:03d}", o, proc, farms[farm_i], rng.choice(supps), arr.isoformat(),
                     float(rng.choice([60, 69, 120, 138, 240, 300, 345, 600])),
                     round(base_price[o] * rng.uniform(0.85, 1.4) + (1.2 if proc == "A" else 0), 2),
                     rng.choice([None, rng.randrange(900, 2300, 10)])))
    db.executemany("INSERT INTO GRN_LOT VALUES (?,?,?,?,?,?,?,?,?)", lots)
    prods = ["House Espresso", "Morning Filter", "Single Origin", "Decaf Blend", "Dark Horse"]
    roasters = ["KWL", "APR", "MTZ", "SJO"]
    rsts, links, cups = [], [], []
    cid = 0
    for rid in range(1, 421):
        d = day(rng, date(2022, 3, 1), date(2025, 11, 20))
        avail = [lt for lt in lots if lt[5] <= d.isoformat()]
        if not avail:
            d = date(2022, 6, 1)
            avail = [lt for lt in lots if lt[5] <= d.isoformat()]
        prod = rng.choices(prods, [5, 4, 3, 1, 2])[0]
        lvl = {"Dark Horse": "D", "House Espresso": rng.choice(["M", "D"]), "Morning Filter": "L",
               "Single Origin": "L", "Decaf Blend": "M"}[prod]
        batch = float(rng.choice([6, 12, 12, 15, 15, 15, 22.5]))
        loss = round({"L": 13.0, "M": 15.0, "D": 17.5}[lvl] + rng.uniform(-1.5, 1.5), 2) if rng.random() < 0.92 else None
        rsts.append((rid, d.isoformat(), rng.choices(roasters, [5, 3, 2, 1])[0], lvl, prod, batch, loss))
        n = 1 if prod == "Single Origin" else rng.randrange(2, 4)
        chosen = rng.sample(avail[-18:], min(n, len(avail[-18:])))
        for lt in chosen:
            links.append((rid, lt[0], round(batch / len(chosen), 2)))
        for _ in range(rng.randrange(0, 3)):
            cid += 1
            bonus = {"L": 1.2, "M": 0.0, "D": -1.6}[lvl]
            cups.append((cid, rid, (d + timedelta(days=rng.randrange(1, 8))).isoformat(),
                         rng.choice(["Ana Prieto", "Ben Okafor", "Chen Wu", "Dana Holm"]),
                         round(rng.gauss(84.5 + bonus, 1.6), 2),
                         rng.choice([None, None, "jasmine, bergamot", "chocolate, hazelnut", "berry, winey",
                                     "flat finish", "caramel"])))
    db.executemany("INSERT INTO RST VALUES (?,?,?,?,?,?,?)", rsts)
    db.executemany("INSERT INTO RST_LOT VALUES (?,?,?)", links)
    db.executemany("INSERT INTO CUP VALUES (?,?,?,?,?,?)", cups)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"bikelanes": build_bikelanes, "choirfest": build_choirfest,
                              "roastery": build_roastery}, SETS))
