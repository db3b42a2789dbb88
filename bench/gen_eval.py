"""A generator of questions over schemas unlike the demo, each with reference SQL, scored through
the HTTP API of `c2q serve` exactly as ../shared/eval/README.md describes (execution match; QM,
IM and the wrong rate). The script builds its own SQLite databases (a Chinook-like music store in
PascalCase, a shop in camelCase, a school with abbreviated snake_case names, a world database, and
eight more written after the engine had been tuned on the first four: clinic, flights with
run-together names, a tbl_-prefixed league, an upper-case stock schema, homes, a lending library,
movies, a webshop without declared keys), fills them from a seeded random generator, instantiates question templates over each schema
(first rounds, follow-ups, and rounds that must be declined because the schema does not hold
the thing asked about), checks every reference (no ties at a LIMIT, no empty answer) and runs
the conversations, one session each.

    python bench/gen_eval.py [--seed 7] [--per-schema 80] [--schema chinook] [-v] [--dump FILE]

-v lists each miss (declined), each wrong answer and each crash with the reference and the
engine's SQL; --by-template prints QM and wrong answers per template.
--dump writes the generated conversations (question, reference SQL, decline) as JSON.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sqlite3
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from eval_engine import Client  # noqa: E402  (the same HTTP client as the dev-set bench)

from c2q_shell.server.app import ServerConfig  # noqa: E402
from c2q_shell.server.serve import ServerThread, make_app  # noqa: E402


# --------------------------------------------------------------------------------------
# databases
# --------------------------------------------------------------------------------------
def _words(rng: random.Random, pool: list[str], n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        w = " ".join(rng.sample(pool, 2)).title()
        if w not in out:
            out.append(w)
    return out


WORDS = """river night stone fire glass heart summer shadow blue golden silent wild electric
paper velvet iron broken midnight crystal ocean thunder silver morning winter dream city road
light garden storm mirror echo desert neon smoke rain dust sugar""".split()
FIRST = "Ana Ben Carla Dmitri Elena Femi Greta Hugo Ines Jonas Kenji Lena Marco Nadia Omar Pia Quinn Rosa Sami Tara".split()
LAST = "Silva Okafor Berg Novak Rossi Tanaka Dubois Weber Costa Moreau Lindqvist Haddad Kowalski Nguyen".split()


def build_chinook(path: Path, rng: random.Random) -> None:
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE artists (ArtistId INTEGER PRIMARY KEY, Name TEXT);
    CREATE TABLE albums (AlbumId INTEGER PRIMARY KEY, Title TEXT, ArtistId INTEGER REFERENCES artists(ArtistId));
    CREATE TABLE genres (GenreId INTEGER PRIMARY KEY, Name TEXT);
    CREATE TABLE media_types (MediaTypeId INTEGER PRIMARY KEY, Name TEXT);
    CREATE TABLE tracks (TrackId INTEGER PRIMARY KEY, Name TEXT, AlbumId INTEGER REFERENCES albums(AlbumId),
      MediaTypeId INTEGER REFERENCES media_types(MediaTypeId), GenreId INTEGER REFERENCES genres(GenreId),
      Composer TEXT, Milliseconds INTEGER, Bytes INTEGER, UnitPrice NUMERIC);
    CREATE TABLE employees (EmployeeId INTEGER PRIMARY KEY, LastName TEXT, FirstName TEXT, Title TEXT,
      ReportsTo INTEGER REFERENCES employees(EmployeeId), BirthDate TEXT, HireDate TEXT, City TEXT,
      Country TEXT, Email TEXT);
    CREATE TABLE customers (CustomerId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Company TEXT,
      City TEXT, Country TEXT, Email TEXT, SupportRepId INTEGER REFERENCES employees(EmployeeId));
    CREATE TABLE invoices (InvoiceId INTEGER PRIMARY KEY, CustomerId INTEGER REFERENCES customers(CustomerId),
      InvoiceDate TEXT, BillingCity TEXT, BillingCountry TEXT, Total NUMERIC);
    CREATE TABLE invoice_items (InvoiceLineId INTEGER PRIMARY KEY,
      InvoiceId INTEGER REFERENCES invoices(InvoiceId), TrackId INTEGER REFERENCES tracks(TrackId),
      UnitPrice NUMERIC, Quantity INTEGER);
    """)
    artists = _words(rng, WORDS, 12)
    db.executemany("INSERT INTO artists VALUES (?,?)", [(i + 1, a) for i, a in enumerate(artists)])
    titles = _words(rng, WORDS, 30)
    db.executemany("INSERT INTO albums VALUES (?,?,?)", [(i + 1, t, rng.randint(1, 12)) for i, t in enumerate(titles)])
    genres = ["Rock", "Jazz", "Metal", "Blues", "Latin", "Classical"]
    db.executemany("INSERT INTO genres VALUES (?,?)", list(enumerate(genres, 1)))
    db.executemany("INSERT INTO media_types VALUES (?,?)",
                   [(1, "MPEG audio file"), (2, "AAC audio file"), (3, "Protected AAC audio file")])
    names = _words(rng, WORDS, 160)
    composers = ["Angus Young", "Steven Tyler", "Bill Evans", "Jimmy Page", "Nina Simone", None]
    tracks = []
    for i, n in enumerate(names):
        ms = rng.randint(120_000, 600_000) + i
        tracks.append((i + 1, n, rng.randint(1, 30), rng.choice([1, 1, 2, 3]), rng.randint(1, 6),
                       rng.choice(composers), ms, ms * 32 + rng.randint(0, 999), rng.choice([0.99, 0.99, 1.99])))
    db.executemany("INSERT INTO tracks VALUES (?,?,?,?,?,?,?,?,?)", tracks)
    countries = [("Canada", ["Toronto", "Calgary"]), ("USA", ["Boston", "Austin", "Seattle"]),
                 ("Brazil", ["Recife"]), ("Germany", ["Berlin", "Stuttgart"]), ("France", ["Lyon", "Paris"]),
                 ("India", ["Pune"]), ("Norway", ["Oslo"]), ("Portugal", ["Porto"])]
    emps = [(1, "Adams", "Andrew", "General Manager", None), (2, "Edwards", "Nancy", "Sales Manager", 1),
            (3, "Peacock", "Jane", "Sales Support Agent", 2), (4, "Park", "Margaret", "Sales Support Agent", 2),
            (5, "Johnson", "Steve", "Sales Support Agent", 2), (6, "Mitchell", "Michael", "IT Manager", 1),
            (7, "King", "Robert", "IT Staff", 6), (8, "Callahan", "Laura", "IT Staff", 6)]
    for e in emps:
        db.execute("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (*e, f"19{rng.randint(50, 85)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    f"20{rng.randint(10, 22):02d}-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}", "Calgary", "Canada",
                    f"{e[2].lower()}@chinook.com"))
    custs = []
    for i in range(40):
        country, cities = countries[i % len(countries)]
        first, last = FIRST[i % len(FIRST)], LAST[(i * 3) % len(LAST)]
        custs.append((i + 1, first, last, rng.choice([None, None, "Embraer", "Google Inc.", "Telus"]),
                      rng.choice(cities), country, f"{first.lower()}{i}@mail.com", rng.choice([3, 4, 5])))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?)", custs)
    line = 0
    for inv in range(1, 201):
        cust = custs[rng.randint(0, 39)]
        date = f"{rng.randint(2021, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        items = []
        for _ in range(rng.randint(1, 4)):
            tr = tracks[rng.randint(0, len(tracks) - 1)]
            line += 1
            items.append((line, inv, tr[0], tr[8], rng.randint(1, 3)))
        total = round(sum(p * q for *_, p, q in items), 2)
        db.execute("INSERT INTO invoices VALUES (?,?,?,?,?,?)", (inv, cust[0], date, cust[4], cust[5], total))
        db.executemany("INSERT INTO invoice_items VALUES (?,?,?,?,?)", items)
    db.commit()
    db.close()


def build_shop(path: Path, rng: random.Random) -> None:
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE customers (customerId INTEGER PRIMARY KEY, fullName TEXT, city TEXT, country TEXT,
      signupDate TEXT, loyaltyTier TEXT);
    CREATE TABLE products (productId INTEGER PRIMARY KEY, productName TEXT, category TEXT, unitPrice REAL,
      stockQty INTEGER, weightKg REAL);
    CREATE TABLE orders (orderId INTEGER PRIMARY KEY, customerId INTEGER REFERENCES customers(customerId),
      orderDate TEXT, status TEXT, amount REAL);
    CREATE TABLE orderItems (itemId INTEGER PRIMARY KEY, orderId INTEGER REFERENCES orders(orderId),
      productId INTEGER REFERENCES products(productId), quantity INTEGER);
    """)
    cities = [("Lisbon", "Portugal"), ("Porto", "Portugal"), ("Madrid", "Spain"), ("Lyon", "France"),
              ("Paris", "France"), ("Milan", "Italy"), ("Berlin", "Germany"), ("Munich", "Germany")]
    custs = []
    for i in range(60):
        city, country = cities[rng.randint(0, len(cities) - 1)]
        custs.append((i + 1, f"{FIRST[i % len(FIRST)]} {LAST[(i * 5 + i // 20) % len(LAST)]}", city, country,
                      f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      rng.choice(["Bronze", "Silver", "Gold"])))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", custs)
    cats = ["Kitchen", "Garden", "Toys", "Books", "Sports"]
    prods = []
    for i, n in enumerate(_words(rng, WORDS, 50)):
        prods.append((i + 1, n, cats[i % 5], round(rng.uniform(2, 300), 2) + i / 1000, rng.randint(0, 500) * 3 + i % 3,
                      round(rng.uniform(0.1, 20), 2) + i / 1000))
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?,?)", prods)
    item = 0
    for o in range(1, 301):
        lines = []
        for _ in range(rng.randint(1, 3)):
            p = prods[rng.randint(0, 49)]
            item += 1
            lines.append((item, o, p[0], rng.randint(1, 4)))
        amount = round(sum(prods[pid - 1][3] * q for _, _, pid, q in lines), 2) + o / 10000
        db.execute("INSERT INTO orders VALUES (?,?,?,?,?)",
                   (o, rng.randint(1, 60), f"{rng.randint(2021, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.choice(["shipped", "shipped", "delivered", "cancelled", "pending"]), amount))
        db.executemany("INSERT INTO orderItems VALUES (?,?,?,?)", lines)
    db.commit()
    db.close()


def build_school(path: Path, rng: random.Random) -> None:
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dept (dept_id INTEGER PRIMARY KEY, dept_name TEXT, bldg TEXT, budget REAL);
    CREATE TABLE instructor (instr_id INTEGER PRIMARY KEY, instr_name TEXT, dept_id INTEGER REFERENCES dept(dept_id),
      salary REAL, hire_dt TEXT, rank TEXT);
    CREATE TABLE student (stu_id INTEGER PRIMARY KEY, stu_name TEXT, dept_id INTEGER REFERENCES dept(dept_id),
      gpa REAL, enroll_yr INTEGER, tot_cred INTEGER);
    CREATE TABLE course (course_id INTEGER PRIMARY KEY, title TEXT, dept_id INTEGER REFERENCES dept(dept_id),
      credits INTEGER);
    CREATE TABLE takes (stu_id INTEGER REFERENCES student(stu_id), course_id INTEGER REFERENCES course(course_id),
      grade TEXT, PRIMARY KEY (stu_id, course_id));
    """)
    depts = [("Physics", "Watson"), ("Biology", "Watson"), ("History", "Painter"), ("Music", "Packard"),
             ("Finance", "Painter"), ("Computer Science", "Taylor")]
    db.executemany("INSERT INTO dept VALUES (?,?,?,?)",
                   [(i + 1, n, b, 50000 + rng.randint(0, 400) * 1000 + i) for i, (n, b) in enumerate(depts)])
    for i in range(30):
        db.execute("INSERT INTO instructor VALUES (?,?,?,?,?,?)",
                   (i + 1, f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}{'' if i < 20 else ' Jr'}",
                    rng.randint(1, 6), 40000 + rng.randint(0, 900) * 100 + i,
                    f"{rng.randint(2000, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.choice(["Assistant Professor", "Associate Professor", "Professor", "Lecturer"])))
    for i in range(120):
        db.execute("INSERT INTO student VALUES (?,?,?,?,?,?)",
                   (i + 1, f"{FIRST[(i * 3) % len(FIRST)]} {LAST[i % len(LAST)]} {i + 1}", rng.randint(1, 6),
                    round(rng.uniform(1.8, 4.0), 2) + i / 10000, rng.randint(2018, 2024), rng.randint(0, 130)))
    titles = ["Mechanics", "Genetics", "World History", "Music Theory", "Accounting", "Databases", "Algorithms",
              "Optics", "Ecology", "Jazz Ensemble", "Investments", "Compilers", "Modern Europe", "Cell Biology"]
    dept_of = {"Mechanics": 1, "Optics": 1, "Genetics": 2, "Ecology": 2, "Cell Biology": 2, "World History": 3,
               "Modern Europe": 3, "Music Theory": 4, "Jazz Ensemble": 4, "Accounting": 5, "Investments": 5,
               "Databases": 6, "Algorithms": 6, "Compilers": 6}
    db.executemany("INSERT INTO course VALUES (?,?,?,?)",
                   [(i + 1, t, dept_of[t], rng.choice([2, 3, 4])) for i, t in enumerate(titles)])
    pairs = set()
    while len(pairs) < 400:
        pairs.add((rng.randint(1, 120), rng.randint(1, len(titles))))
    db.executemany("INSERT INTO takes VALUES (?,?,?)",
                   [(s, c, rng.choice(["A", "B", "C", "D", "F"])) for s, c in sorted(pairs)])
    db.commit()
    db.close()


def build_world(path: Path, rng: random.Random) -> None:
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE country (Code TEXT PRIMARY KEY, Name TEXT, Continent TEXT, Region TEXT, SurfaceArea REAL,
      IndepYear INTEGER, Population INTEGER, LifeExpectancy REAL, GNP REAL, HeadOfState TEXT);
    CREATE TABLE city (ID INTEGER PRIMARY KEY, Name TEXT, CountryCode TEXT REFERENCES country(Code),
      District TEXT, Population INTEGER);
    CREATE TABLE countrylanguage (CountryCode TEXT REFERENCES country(Code), Language TEXT, IsOfficial TEXT,
      Percentage REAL, PRIMARY KEY (CountryCode, Language));
    """)
    countries = [("FRA", "France", "Europe", "Western Europe"), ("DEU", "Germany", "Europe", "Western Europe"),
                 ("ESP", "Spain", "Europe", "Southern Europe"), ("ITA", "Italy", "Europe", "Southern Europe"),
                 ("POL", "Poland", "Europe", "Eastern Europe"), ("BRA", "Brazil", "South America", "South America"),
                 ("ARG", "Argentina", "South America", "South America"), ("CHL", "Chile", "South America", "South America"),
                 ("JPN", "Japan", "Asia", "Eastern Asia"), ("CHN", "China", "Asia", "Eastern Asia"),
                 ("IND", "India", "Asia", "Southern and Central Asia"), ("VNM", "Vietnam", "Asia", "Southeast Asia"),
                 ("NGA", "Nigeria", "Africa", "Western Africa"), ("KEN", "Kenya", "Africa", "Eastern Africa"),
                 ("EGY", "Egypt", "Africa", "Northern Africa"), ("CAN", "Canada", "North America", "North America"),
                 ("MEX", "Mexico", "North America", "Central America"), ("AUS", "Australia", "Oceania", "Australia and New Zealand"),
                 ("NZL", "New Zealand", "Oceania", "Australia and New Zealand"), ("PER", "Peru", "South America", "South America")]
    langs = ["English", "Spanish", "French", "German", "Portuguese", "Chinese", "Hindi", "Arabic", "Swahili"]
    for i, (code, name, cont, reg) in enumerate(countries):
        db.execute("INSERT INTO country VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (code, name, cont, reg, rng.randint(20, 9000) * 1000 + i, rng.choice([None, rng.randint(1800, 1990)]),
                    rng.randint(3, 1400) * 1_000_000 + i, round(rng.uniform(50, 84), 1) + i / 100,
                    rng.randint(10, 9000) * 1000.0 + i, f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"))
        for k in range(rng.randint(2, 4)):
            pop = rng.randint(50, 9000) * 1000 + i * 10 + k
            db.execute("INSERT INTO city (Name, CountryCode, District, Population) VALUES (?,?,?,?)",
                       (f"{name} City {k + 1}" if k else f"{name} Capital", code, f"{reg} District {k % 2}", pop))
        for lang in rng.sample(langs, 2):
            db.execute("INSERT INTO countrylanguage VALUES (?,?,?,?)",
                       (code, lang, rng.choice(["T", "F"]), round(rng.uniform(1, 90), 1)))
    db.commit()
    db.close()


def build_clinic(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the other four: its names were never looked at."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE patients (PatientID INTEGER PRIMARY KEY, FullName TEXT, Sex TEXT, DOB TEXT, City TEXT,
      InsuranceType TEXT);
    CREATE TABLE doctors (DoctorID INTEGER PRIMARY KEY, DocName TEXT, Specialty TEXT, YearsExp INTEGER);
    CREATE TABLE visits (VisitID INTEGER PRIMARY KEY, PatientID INTEGER REFERENCES patients(PatientID),
      DoctorID INTEGER REFERENCES doctors(DoctorID), VisitDate TEXT, FeeUSD REAL, DurationMin INTEGER);
    """)
    cities = ["Leeds", "York", "Hull", "Bradford"]
    for i in range(50):
        db.execute("INSERT INTO patients VALUES (?,?,?,?,?,?)",
                   (i + 1, f"{FIRST[(i * 7) % len(FIRST)]} {LAST[(i * 3 + i // 14) % len(LAST)]} {chr(65 + i % 26)}.",
                    rng.choice(["F", "M"]), f"{rng.randint(1940, 2015)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.choice(cities), rng.choice(["Public", "Private", "None"])))
    specs = ["Cardiology", "Pediatrics", "Dermatology", "Neurology"]
    for i in range(12):
        db.execute("INSERT INTO doctors VALUES (?,?,?,?)",
                   (i + 1, f"Dr. {LAST[(i * 5) % len(LAST)]} {FIRST[i % len(FIRST)][0]}", specs[i % 4], 1 + (i * 7) % 31))
    for v in range(1, 301):
        db.execute("INSERT INTO visits VALUES (?,?,?,?,?,?)",
                   (v, rng.randint(1, 50), rng.randint(1, 12),
                    f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    round(rng.uniform(40, 400), 2) + v / 1000, rng.randint(10, 90) * 10 + v % 10))
    db.commit()
    db.close()


def build_flights(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the others: names run together in lower case."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE carriers (carriercode TEXT PRIMARY KEY, carriername TEXT, hubcity TEXT);
    CREATE TABLE airports (airportcode TEXT PRIMARY KEY, airportname TEXT, city TEXT, state TEXT, elevationft INTEGER);
    CREATE TABLE flights (flightid INTEGER PRIMARY KEY, carriercode TEXT REFERENCES carriers(carriercode),
      origin TEXT REFERENCES airports(airportcode), flightdate TEXT, depdelay INTEGER, distancemiles INTEGER,
      passengers INTEGER, status TEXT);
    """)
    carriers = [("AA", "Atlas Air", "Dallas"), ("BW", "Bluewing", "Denver"), ("CX", "Coastal Express", "Miami"),
                ("NS", "Northstar", "Seattle")]
    db.executemany("INSERT INTO carriers VALUES (?,?,?)", carriers)
    airports = [("DAL", "Love Field", "Dallas", "Texas"), ("DEN", "Denver International", "Denver", "Colorado"),
                ("MIA", "Miami International", "Miami", "Florida"), ("SEA", "Sea-Tac", "Seattle", "Washington"),
                ("AUS", "Austin Bergstrom", "Austin", "Texas"), ("BOS", "Logan", "Boston", "Massachusetts")]
    for i, a in enumerate(airports):
        db.execute("INSERT INTO airports VALUES (?,?,?,?,?)", (*a, rng.randint(0, 5400) + i))
    for f in range(1, 401):
        db.execute("INSERT INTO flights VALUES (?,?,?,?,?,?,?,?)",
                   (f, rng.choice(carriers)[0], rng.choice(airports)[0],
                    f"{rng.randint(2022, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.randint(-10, 180) * 10 + f % 10, rng.randint(150, 2800) * 10 + f % 10,
                    rng.randint(40, 220) * 10 + f % 10, rng.choice(["on time", "on time", "delayed", "cancelled"])))
    db.commit()
    db.close()


def build_league(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the others: tbl_ prefixes and clipped names."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE tbl_teams (team_cd TEXT PRIMARY KEY, team_nm TEXT, city TEXT, founded_yr INTEGER, stadium_cap INTEGER);
    CREATE TABLE tbl_players (player_id INTEGER PRIMARY KEY, player_nm TEXT, team_cd TEXT REFERENCES tbl_teams(team_cd),
      pos TEXT, nationality TEXT, goals_scored INTEGER, mins_played INTEGER, dob TEXT);
    CREATE TABLE tbl_matches (match_id INTEGER PRIMARY KEY, home_team_cd TEXT REFERENCES tbl_teams(team_cd),
      match_dt TEXT, home_goals INTEGER, attendance INTEGER);
    """)
    teams = [("RVR", "Riverside Rovers", "Riverside"), ("HLU", "Hillside United", "Hillside"),
             ("PTA", "Port Athletic", "Portsmouth"), ("NCY", "North City", "Northam"), ("VLW", "Vale Wanderers", "Vale")]
    for i, (cd, nm, city) in enumerate(teams):
        db.execute("INSERT INTO tbl_teams VALUES (?,?,?,?,?)", (cd, nm, city, 1870 + i * 17, 12000 + rng.randint(0, 400) * 100 + i))
    nations = ["England", "Spain", "Brazil", "Nigeria", "Japan"]
    for i in range(90):
        db.execute("INSERT INTO tbl_players VALUES (?,?,?,?,?,?,?,?)",
                   (i + 1, f"{FIRST[i % len(FIRST)]} {LAST[(i * 5 + i // 14) % len(LAST)]} {i + 1}", teams[i % 5][0],
                    rng.choice(["Forward", "Midfielder", "Defender", "Goalkeeper"]), rng.choice(nations),
                    rng.randint(0, 30) * 10 + i % 10, rng.randint(100, 3400) * 10 + i % 10,
                    f"{rng.randint(1985, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    for m in range(1, 121):
        db.execute("INSERT INTO tbl_matches VALUES (?,?,?,?,?)",
                   (m, rng.choice(teams)[0], f"{rng.randint(2021, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.randint(0, 5), rng.randint(50, 600) * 100 + m))
    db.commit()
    db.close()


def build_stock(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the others: upper-case names in the Oracle style."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE WAREHOUSES (WAREHOUSE_CD TEXT PRIMARY KEY, WAREHOUSE_NAME TEXT, REGION TEXT, CAPACITY_M3 INTEGER);
    CREATE TABLE ITEMS (ITEM_ID INTEGER PRIMARY KEY, ITEM_NAME TEXT, CATEGORY TEXT, UNIT_COST REAL,
      QTY_ON_HAND INTEGER, WAREHOUSE_CD TEXT REFERENCES WAREHOUSES(WAREHOUSE_CD), LAST_RESTOCK_DT TEXT);
    CREATE TABLE SHIPMENTS (SHIPMENT_ID INTEGER PRIMARY KEY, ITEM_ID INTEGER REFERENCES ITEMS(ITEM_ID),
      SHIP_DT TEXT, UNITS INTEGER, FREIGHT_COST REAL);
    """)
    whs = [("NTH", "North Depot", "North"), ("STH", "South Hub", "South"), ("EST", "East Yard", "East"),
           ("WST", "West Store", "West")]
    for i, (cd, nm, reg) in enumerate(whs):
        db.execute("INSERT INTO WAREHOUSES VALUES (?,?,?,?)", (cd, nm, reg, 5000 + rng.randint(0, 300) * 100 + i))
    cats = ["Fasteners", "Tools", "Paint", "Electrical"]
    for i, n in enumerate(_words(rng, WORDS, 70)):
        db.execute("INSERT INTO ITEMS VALUES (?,?,?,?,?,?,?)",
                   (i + 1, n, cats[i % 4], round(rng.uniform(1, 250), 2) + i / 1000, rng.randint(0, 900) * 3 + i % 3,
                    whs[i % 4][0], f"{rng.randint(2022, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    for sid in range(1, 251):
        db.execute("INSERT INTO SHIPMENTS VALUES (?,?,?,?,?)",
                   (sid, rng.randint(1, 70), f"{rng.randint(2022, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    rng.randint(1, 60) * 5 + sid % 5, round(rng.uniform(10, 900), 2) + sid / 1000))
    db.commit()
    db.close()


def build_homes(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the others: a real-estate schema."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE agents (AgentID INTEGER PRIMARY KEY, AgentName TEXT, Agency TEXT);
    CREATE TABLE listings (ListingID INTEGER PRIMARY KEY, Addr TEXT, Neighborhood TEXT, Bedrooms INTEGER,
      SqFt INTEGER, ListPrice REAL, ListedOn TEXT, Status TEXT, AgentID INTEGER REFERENCES agents(AgentID));
    CREATE TABLE sales (SaleID INTEGER PRIMARY KEY, ListingID INTEGER REFERENCES listings(ListingID),
      SalePrice REAL, ClosedOn TEXT);
    """)
    for i in range(10):
        db.execute("INSERT INTO agents VALUES (?,?,?)",
                   (i + 1, f"{FIRST[(i * 3) % len(FIRST)]} {LAST[(i * 5) % len(LAST)]}", ["Keller", "Redfin", "Compass"][i % 3]))
    hoods = ["Riverside", "Old Town", "Hillcrest", "Harbor"]
    streets = ["Oak", "Maple", "Pine", "Cedar", "Elm", "Birch"]
    sold = []
    for i in range(120):
        status = rng.choice(["active", "active", "pending", "sold"])
        price = rng.randint(150, 1500) * 1000 + i
        db.execute("INSERT INTO listings VALUES (?,?,?,?,?,?,?,?,?)",
                   (i + 1, f"{i + 10} {streets[i % 6]} Street", rng.choice(hoods), rng.randint(1, 6),
                    rng.randint(50, 400) * 10 + i, price,
                    f"{rng.randint(2021, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", status,
                    rng.randint(1, 10)))
        if status == "sold":
            sold.append((i + 1, price))
    for k, (lid, price) in enumerate(sold):
        db.execute("INSERT INTO sales VALUES (?,?,?,?)",
                   (k + 1, lid, round(price * rng.uniform(0.9, 1.1)) + k,
                    f"{rng.randint(2022, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    db.commit()
    db.close()


def build_lending(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the others: a lending library with two dates per loan,
    a year column and a Y/N flag."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Books (BookID INTEGER PRIMARY KEY, Title TEXT, Genre TEXT, Pages INTEGER, Price REAL, Year INTEGER);
    CREATE TABLE Members (MemberID INTEGER PRIMARY KEY, Name TEXT, City TEXT, JoinDate TEXT, Active TEXT);
    CREATE TABLE Loans (LoanID INTEGER PRIMARY KEY, BookID INTEGER REFERENCES Books(BookID),
      MemberID INTEGER REFERENCES Members(MemberID), LoanDate TEXT, ReturnDate TEXT, Fine REAL);
    """)
    genres = ["Mystery", "Science Fiction", "History", "Poetry", "Biography"]
    for i, t in enumerate(_words(rng, WORDS, 60)):
        db.execute("INSERT INTO Books VALUES (?,?,?,?,?,?)",
                   (i + 1, t, genres[i % 5], rng.randint(80, 900) + i, round(rng.uniform(5, 60), 2) + i / 1000,
                    rng.randint(1950, 2023)))
    for i in range(40):
        db.execute("INSERT INTO Members VALUES (?,?,?,?,?)",
                   (i + 1, f"{FIRST[(i * 7) % len(FIRST)]} {LAST[(i * 3) % len(LAST)]} {i + 1}",
                    rng.choice(["Bath", "Derby", "Exeter"]),
                    f"{rng.randint(2018, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(["Y", "N"])))
    for k in range(1, 201):
        y, m, d = rng.randint(2021, 2024), rng.randint(1, 11), rng.randint(1, 28)
        db.execute("INSERT INTO Loans VALUES (?,?,?,?,?,?)",
                   (k, rng.randint(1, 60), rng.randint(1, 40), f"{y}-{m:02d}-{d:02d}", f"{y}-{m + 1:02d}-{d:02d}",
                    round(rng.choice([0, 0, 0, rng.uniform(0.5, 12)]), 2) + k / 100000))
    db.commit()
    db.close()


def build_movies(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the others: films, a year column and money in USD."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE directors (director_id INTEGER PRIMARY KEY, full_name TEXT, birth_country TEXT);
    CREATE TABLE movies (movie_id INTEGER PRIMARY KEY, title TEXT, release_year INTEGER, runtime_min INTEGER,
      budget_usd INTEGER, box_office_usd INTEGER, genre TEXT, mpaa_rating TEXT,
      director_id INTEGER REFERENCES directors(director_id));
    """)
    for i in range(15):
        db.execute("INSERT INTO directors VALUES (?,?,?)",
                   (i + 1, f"{FIRST[(i * 3 + 1) % len(FIRST)]} {LAST[(i * 5 + 2) % len(LAST)]}",
                    ["USA", "France", "Japan", "Mexico", "UK"][i % 5]))
    genres = ["Drama", "Comedy", "Horror", "Animation", "Thriller"]
    for i, t in enumerate(_words(rng, WORDS, 90)):
        budget = rng.randint(2, 250) * 1_000_000 + i
        db.execute("INSERT INTO movies VALUES (?,?,?,?,?,?,?,?,?)",
                   (i + 1, t, rng.randint(1980, 2023), rng.randint(80, 190) * 1 + i % 7 * 0, budget,
                    int(budget * rng.uniform(0.2, 6)) + i, genres[i % 5], rng.choice(["G", "PG", "PG-13", "R"]),
                    rng.randint(1, 15)))
    db.commit()
    db.close()


def build_webshop(path: Path, rng: random.Random) -> None:
    """Written after the engine was tuned on the others: no declared keys, timestamps with a time
    of day, SKUs as keys."""
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Users (user_id INTEGER PRIMARY KEY, user_name TEXT, country_code TEXT, signup_ts TEXT);
    CREATE TABLE Products (sku TEXT PRIMARY KEY, prod_title TEXT, brand TEXT, list_price REAL);
    CREATE TABLE Orders (order_id INTEGER PRIMARY KEY, user_id INTEGER, created_at TEXT, total_amount REAL, status TEXT);
    CREATE TABLE OrderLines (line_id INTEGER PRIMARY KEY, order_id INTEGER, sku TEXT, qty INTEGER, price_each REAL);
    """)
    for i in range(50):
        db.execute("INSERT INTO Users VALUES (?,?,?,?)",
                   (i + 1, f"{FIRST[(i * 11) % len(FIRST)].lower()}_{LAST[(i * 3) % len(LAST)].lower()}{i}",
                    rng.choice(["US", "DE", "FR", "BR"]),
                    f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"))
    brands = ["Acme", "Globex", "Initech", "Umbrella"]
    skus = []
    for i, t in enumerate(_words(rng, WORDS, 40)):
        sku = f"SKU-{1000 + i}"
        skus.append(sku)
        db.execute("INSERT INTO Products VALUES (?,?,?,?)", (sku, t, brands[i % 4], round(rng.uniform(3, 400), 2) + i / 1000))
    line = 0
    for o in range(1, 301):
        total = 0.0
        for _ in range(rng.randint(1, 3)):
            line += 1
            sku = rng.choice(skus)
            q = rng.randint(1, 4)
            price = db.execute("SELECT list_price FROM Products WHERE sku = ?", (sku,)).fetchone()[0]
            total += q * price
            db.execute("INSERT INTO OrderLines VALUES (?,?,?,?,?)", (line, o, sku, q, price))
        db.execute("INSERT INTO Orders VALUES (?,?,?,?,?)",
                   (o, rng.randint(1, 50),
                    f"{rng.randint(2021, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00",
                    round(total, 2) + o / 100000, rng.choice(["paid", "paid", "refunded", "shipped"])))
    db.commit()
    db.close()


# --------------------------------------------------------------------------------------
# schema descriptions the templates draw on
# --------------------------------------------------------------------------------------
@dataclass
class Entity:
    table: str
    plural: str                      # how people call its rows
    label: list[str]                 # the column(s) that name a row
    joins: str = ""                  # FROM <table> <joins> when dims/measures of other tables are used
    one: str = ""                    # the singular, when not regular


@dataclass
class Measure:
    entity: str
    col: str                         # SQL expression over the entity's FROM
    says: list[str]                  # ways to say it
    summable: bool = False
    rank_words: tuple[str, str] = ("highest", "lowest")


@dataclass
class Dim:
    entity: str
    col: str
    says: list[str]
    values: list[str] = field(default_factory=list)


@dataclass
class Time:
    entity: str
    col: str                         # a date column (ISO text)
    verb: str                        # "were issued"


@dataclass
class Child:
    parent: str                      # entity key
    child: str                       # entity key
    fk: str                          # SQL join condition, parent alias p, child alias c
    child_table: str
    parent_label: str                # label column of the parent (p.<col>)


@dataclass
class SchemaSpec:
    name: str
    build: object
    entities: dict[str, Entity]
    measures: list[Measure]
    dims: list[Dim]
    times: list[Time]
    children: list[Child]
    absent: list[str]                # questions about things the schema does not hold
    absent_follow: list[str]         # follow-ups about such things


# Attributes none of the schemas hold: questions about them must be declined.
ABSENT_ATTRIBUTES = ["carbon footprint", "satisfaction score", "credit rating", "social media followers", "tax rate",
                     "profit margin", "market share", "carbon emissions", "energy usage", "number of awards",
                     "insurance cost", "star rating", "return rate", "churn risk"]

SCHEMAS = [
    SchemaSpec(
        "chinook", build_chinook,
        {"tracks": Entity("tracks", "tracks", ["Name"]),
         "invoices": Entity("invoices", "invoices", ["InvoiceId"]),
         "customers": Entity("customers", "customers", ["FirstName", "LastName"]),
         "albums": Entity("albums", "albums", ["Title"]),
         "employees": Entity("employees", "employees", ["FirstName", "LastName"])},
        [Measure("tracks", "Milliseconds", ["length in milliseconds", "duration", "milliseconds", "length"],
                 rank_words=("longest", "shortest")),
         Measure("tracks", "UnitPrice", ["unit price", "price"], rank_words=("most expensive", "cheapest")),
         Measure("tracks", "Bytes", ["size in bytes", "bytes", "file size"]),
         Measure("invoices", "Total", ["total", "invoice total", "amount", "sales"], summable=True)],
        [Dim("invoices", "BillingCountry", ["billing country", "country"], ["USA", "Canada", "Germany", "France"]),
         Dim("invoices", "BillingCity", ["billing city", "city"], ["Berlin", "Paris", "Oslo"]),
         Dim("tracks", "Composer", ["composer"], ["Angus Young", "Bill Evans", "Jimmy Page"]),
         Dim("customers", "Country", ["country"], ["USA", "Canada", "Brazil", "Germany"]),
         Dim("customers", "City", ["city"], ["Berlin", "Lyon", "Boston"]),
         Dim("employees", "Title", ["title", "job title"], ["Sales Support Agent", "IT Staff"])],
        [Time("invoices", "InvoiceDate", "were issued"), Time("employees", "HireDate", "were hired"),
         Time("employees", "BirthDate", "were born")],
        [Child("albums", "tracks", "c.AlbumId = p.AlbumId", "tracks", "Title"),
         Child("customers", "invoices", "c.CustomerId = p.CustomerId", "invoices", "LastName")],
        ["Who is the CEO of the store?", "What is the average salary of employees?",
         "Which tracks won a Grammy award?", "How many streams did each track get?",
         "What is the profit margin of each invoice?", "Forecast next year's sales",
         "What is the credit rating of each customer?", "How many vinyl records were sold?"],
        ["and what was their profit margin?", "show their salaries", "what is their credit score?",
         "how many streams did they get?"]),
    SchemaSpec(
        "shop", build_shop,
        {"customers": Entity("customers", "customers", ["fullName"]),
         "products": Entity("products", "products", ["productName"]),
         "orders": Entity("orders", "orders", ["orderId"])},
        [Measure("products", "unitPrice", ["unit price", "price"], rank_words=("most expensive", "cheapest")),
         Measure("products", "stockQty", ["stock quantity", "stock"]),
         Measure("products", "weightKg", ["weight", "weight in kg"], rank_words=("heaviest", "lightest")),
         Measure("orders", "amount", ["amount", "order amount", "sales", "revenue"], summable=True)],
        [Dim("products", "category", ["category"], ["Kitchen", "Garden", "Toys", "Books"]),
         Dim("orders", "status", ["status"], ["shipped", "cancelled", "pending"]),
         Dim("customers", "country", ["country"], ["Portugal", "France", "Germany", "Spain"]),
         Dim("customers", "city", ["city"], ["Lisbon", "Paris", "Berlin"]),
         Dim("customers", "loyaltyTier", ["loyalty tier", "tier"], ["Gold", "Silver", "Bronze"])],
        [Time("orders", "orderDate", "were placed"), Time("customers", "signupDate", "signed up")],
        [Child("customers", "orders", "c.customerId = p.customerId", "orders", "fullName")],
        ["What is the profit margin of each product?", "Who are our suppliers?",
         "How many products were returned?", "What is the shipping cost of each order?",
         "Which warehouse holds the most stock?", "Predict next month's sales",
         "What is the average customer age?", "How many employees work in the shop?"],
        ["what about their shipping costs?", "and their suppliers?", "show their discount codes",
         "what was the profit on them?"]),
    SchemaSpec(
        "school", build_school,
        {"instructor": Entity("instructor", "instructors", ["instr_name"]),
         "student": Entity("student", "students", ["stu_name"]),
         "course": Entity("course", "courses", ["title"]),
         "dept": Entity("dept", "departments", ["dept_name"])},
        [Measure("instructor", "salary", ["salary", "pay"], summable=True),
         Measure("student", "gpa", ["gpa", "grade point average"]),
         Measure("student", "tot_cred", ["total credits"]),
         Measure("dept", "budget", ["budget"], summable=True),
         Measure("course", "credits", ["credits"])],
        [Dim("instructor", "rank", ["rank"], ["Professor", "Lecturer"]),
         Dim("dept", "bldg", ["building"], ["Watson", "Painter", "Taylor"])],
        [Time("instructor", "hire_dt", "were hired")],
        [Child("dept", "instructor", "c.dept_id = p.dept_id", "instructor", "dept_name"),
         Child("dept", "student", "c.dept_id = p.dept_id", "student", "dept_name"),
         Child("dept", "course", "c.dept_id = p.dept_id", "course", "dept_name")],
        ["What is the tuition fee of each course?", "Which students live on campus?",
         "How many scholarships were awarded?", "What is the average age of students?",
         "Who is the dean of each department?", "How many parking spaces does each building have?",
         "What is the email address of each instructor?", "Which students are athletes?"],
        ["and their tuition fees?", "what about their home addresses?", "show their phone numbers",
         "how many scholarships do they have?"]),
    SchemaSpec(
        "world", build_world,
        {"country": Entity("country", "countries", ["Name"]),
         "city": Entity("city", "cities", ["Name"])},
        [Measure("country", "Population", ["population"], summable=True,
                 rank_words=("most populous", "least populous")),
         Measure("country", "SurfaceArea", ["surface area", "area"], summable=True),
         Measure("country", "LifeExpectancy", ["life expectancy"]),
         Measure("country", "GNP", ["gnp", "gross national product"], summable=True),
         Measure("city", "Population", ["population"], summable=True,
                 rank_words=("most populous", "least populous"))],
        [Dim("country", "Continent", ["continent"], ["Europe", "Asia", "Africa", "South America"]),
         Dim("country", "Region", ["region"], ["Western Europe", "Eastern Asia", "South America"]),
         Dim("city", "District", ["district"], [])],
        [],
        [Child("country", "city", "c.CountryCode = p.Code", "city", "Name")],
        ["What is the capital of each country?", "Which countries have the highest inflation?",
         "What is the unemployment rate in Europe?", "How many airports does each country have?",
         "What is the average temperature in each city?", "Which cities hosted the Olympics?",
         "What currency does each country use?", "What is the crime rate of each city?"],
        ["and their inflation rates?", "what about their currencies?", "show their unemployment rates",
         "how many airports do they have?"]),
    SchemaSpec(
        "clinic", build_clinic,
        {"patients": Entity("patients", "patients", ["FullName"]),
         "doctors": Entity("doctors", "doctors", ["DocName"]),
         "visits": Entity("visits", "visits", ["VisitID"])},
        [Measure("visits", "FeeUSD", ["fee", "visit fee", "fee in dollars"], summable=True,
                 rank_words=("most expensive", "cheapest")),
         Measure("visits", "DurationMin", ["duration", "length in minutes", "visit length"],
                 rank_words=("longest", "shortest")),
         Measure("doctors", "YearsExp", ["years of experience", "experience"])],
        [Dim("patients", "InsuranceType", ["insurance type", "insurance"], ["Public", "Private"]),
         Dim("patients", "City", ["city"], ["Leeds", "York", "Hull"]),
         Dim("doctors", "Specialty", ["specialty"], ["Cardiology", "Pediatrics", "Dermatology"])],
        [Time("visits", "VisitDate", "took place"), Time("patients", "DOB", "were born")],
        [Child("doctors", "visits", "c.DoctorID = p.DoctorID", "visits", "DocName"),
         Child("patients", "visits", "c.PatientID = p.PatientID", "visits", "FullName")],
        ["What is the diagnosis of each visit?", "Which doctors are on call tonight?",
         "How many beds does the clinic have?", "Which medication was prescribed most often?",
         "What is the average waiting time?", "Which patients are allergic to penicillin?",
         "What is the average salary of the nurses?", "How many surgeries were performed?"],
        ["and their diagnoses?", "what about their prescriptions?", "show their blood types",
         "how many of them were readmitted?"]),
    SchemaSpec(
        "flights", build_flights,
        {"flights": Entity("flights", "flights", ["flightid"]),
         "airports": Entity("airports", "airports", ["airportname"]),
         "carriers": Entity("carriers", "airlines", ["carriername"])},
        [Measure("flights", "depdelay", ["departure delay", "delay"], rank_words=("most delayed", "least delayed")),
         Measure("flights", "distancemiles", ["distance", "distance in miles"], summable=True,
                 rank_words=("longest", "shortest")),
         Measure("flights", "passengers", ["passengers", "number of passengers"], summable=True),
         Measure("airports", "elevationft", ["elevation", "elevation in feet"], rank_words=("highest", "lowest"))],
        [Dim("flights", "status", ["status"], ["delayed", "cancelled"]),
         Dim("airports", "state", ["state"], ["Texas", "Florida", "Colorado"]),
         Dim("airports", "city", ["city"], ["Dallas", "Boston", "Seattle"])],
        [Time("flights", "flightdate", "flew")],
        [Child("carriers", "flights", "c.carriercode = p.carriercode", "flights", "carriername"),
         Child("airports", "flights", "c.origin = p.airportcode", "flights", "airportname")],
        ["What is the ticket price of each flight?", "Which pilots flew the most hours?",
         "How much fuel did each flight use?", "What is the on-time rating of each airline?",
         "Which airports have the longest security lines?", "How many bags were lost?",
         "What is the average seat pitch of each airline?", "Which flights had turbulence?"],
        ["and their ticket prices?", "what about their fuel use?", "show their pilots",
         "how many bags did they lose?"]),
    SchemaSpec(
        "league", build_league,
        {"tbl_players": Entity("tbl_players", "players", ["player_nm"]),
         "tbl_teams": Entity("tbl_teams", "teams", ["team_nm"]),
         "tbl_matches": Entity("tbl_matches", "matches", ["match_id"])},
        [Measure("tbl_players", "goals_scored", ["goals", "goals scored"]),
         Measure("tbl_players", "mins_played", ["minutes played", "playing time"]),
         Measure("tbl_teams", "stadium_cap", ["stadium capacity", "capacity"]),
         Measure("tbl_matches", "attendance", ["attendance", "crowd"], summable=True)],
        [Dim("tbl_players", "pos", ["position"], ["Forward", "Midfielder", "Defender", "Goalkeeper"]),
         Dim("tbl_players", "nationality", ["nationality"], ["England", "Spain", "Brazil"])],
        [Time("tbl_matches", "match_dt", "were played"), Time("tbl_players", "dob", "were born")],
        [Child("tbl_teams", "tbl_players", "c.team_cd = p.team_cd", "tbl_players", "team_nm"),
         Child("tbl_teams", "tbl_matches", "c.home_team_cd = p.team_cd", "tbl_matches", "team_nm")],
        ["Which player has the highest salary?", "How many yellow cards were shown?",
         "Who is the coach of each team?", "What is the transfer fee of each player?",
         "Which team won the league?", "How many fans does each team have on social media?",
         "What was the weather during each match?", "Which players are injured?"],
        ["and their salaries?", "what about their transfer fees?", "show their agents",
         "how many red cards did they get?"]),
    SchemaSpec(
        "stock", build_stock,
        {"ITEMS": Entity("ITEMS", "items", ["ITEM_NAME"]),
         "WAREHOUSES": Entity("WAREHOUSES", "warehouses", ["WAREHOUSE_NAME"]),
         "SHIPMENTS": Entity("SHIPMENTS", "shipments", ["SHIPMENT_ID"])},
        [Measure("ITEMS", "UNIT_COST", ["unit cost", "cost"], rank_words=("most expensive", "cheapest")),
         Measure("ITEMS", "QTY_ON_HAND", ["quantity on hand", "stock on hand"], summable=True),
         Measure("WAREHOUSES", "CAPACITY_M3", ["capacity"], summable=True),
         Measure("SHIPMENTS", "UNITS", ["units", "units shipped"], summable=True),
         Measure("SHIPMENTS", "FREIGHT_COST", ["freight cost", "shipping cost"], summable=True)],
        [Dim("ITEMS", "CATEGORY", ["category"], ["Fasteners", "Tools", "Paint", "Electrical"]),
         Dim("WAREHOUSES", "REGION", ["region"], ["North", "South", "East"])],
        [Time("SHIPMENTS", "SHIP_DT", "were shipped"), Time("ITEMS", "LAST_RESTOCK_DT", "were last restocked")],
        [Child("WAREHOUSES", "ITEMS", "c.WAREHOUSE_CD = p.WAREHOUSE_CD", "ITEMS", "WAREHOUSE_NAME"),
         Child("ITEMS", "SHIPMENTS", "c.ITEM_ID = p.ITEM_ID", "SHIPMENTS", "ITEM_NAME")],
        ["Which supplier delivers the most items?", "What is the reorder point of each item?",
         "How many employees work in each warehouse?", "What is the expiry date of each item?",
         "Which items were returned by customers?", "What is the profit margin of each item?",
         "Which trucks carried the shipments?", "What is the carbon footprint of each shipment?"],
        ["and their suppliers?", "what about their reorder points?", "show their barcodes",
         "how many were damaged?"]),
    SchemaSpec(
        "homes", build_homes,
        {"listings": Entity("listings", "listings", ["Addr"]),
         "agents": Entity("agents", "agents", ["AgentName"]),
         "sales": Entity("sales", "sales", ["SaleID"])},
        [Measure("listings", "ListPrice", ["list price", "asking price", "price"],
                 rank_words=("most expensive", "cheapest")),
         Measure("listings", "SqFt", ["square feet", "floor area", "size"], rank_words=("largest", "smallest")),
         Measure("listings", "Bedrooms", ["bedrooms", "number of bedrooms"]),
         Measure("sales", "SalePrice", ["sale price", "selling price"], summable=True)],
        [Dim("listings", "Neighborhood", ["neighborhood"], ["Riverside", "Old Town", "Hillcrest", "Harbor"]),
         Dim("listings", "Status", ["status"], ["active", "pending", "sold"]),
         Dim("agents", "Agency", ["agency"], ["Keller", "Redfin", "Compass"])],
        [Time("listings", "ListedOn", "were listed"), Time("sales", "ClosedOn", "closed")],
        [Child("agents", "listings", "c.AgentID = p.AgentID", "listings", "AgentName")],
        ["What is the property tax of each listing?", "Which listings have a swimming pool?",
         "How many open houses were held?", "What is the HOA fee of each listing?",
         "Which agents have the best reviews?", "What is the school rating of each neighborhood?",
         "How far is each listing from downtown?", "What is the mortgage rate?"],
        ["and their property taxes?", "what about their HOA fees?", "show their school ratings",
         "how many of them have a garage?"]),
    SchemaSpec(
        "lending", build_lending,
        {"Books": Entity("Books", "books", ["Title"]),
         "Members": Entity("Members", "members", ["Name"]),
         "Loans": Entity("Loans", "loans", ["LoanID"])},
        [Measure("Books", "Pages", ["pages", "number of pages", "page count"], rank_words=("longest", "shortest")),
         Measure("Books", "Price", ["price", "cost"], rank_words=("most expensive", "cheapest")),
         Measure("Loans", "Fine", ["fine", "late fee"], summable=True)],
        [Dim("Books", "Genre", ["genre"], ["Mystery", "History", "Poetry", "Biography"]),
         Dim("Members", "City", ["city"], ["Bath", "Derby", "Exeter"])],
        [Time("Loans", "LoanDate", "were borrowed"), Time("Members", "JoinDate", "joined")],
        [Child("Books", "Loans", "c.BookID = p.BookID", "Loans", "Title"),
         Child("Members", "Loans", "c.MemberID = p.MemberID", "Loans", "Name")],
        ["Who wrote each book?", "Which books are available as e-books?", "What is the ISBN of each book?",
         "How many librarians work here?", "Which members have a premium subscription?",
         "What is the rating of each book?", "Which books were reserved?", "How many copies of each book are there?"],
        ["and their authors?", "what about their ISBNs?", "show their ratings", "how many were reserved?"]),
    SchemaSpec(
        "movies", build_movies,
        {"movies": Entity("movies", "movies", ["title"], one="movie"),
         "directors": Entity("directors", "directors", ["full_name"])},
        [Measure("movies", "runtime_min", ["runtime", "running time", "length"], rank_words=("longest", "shortest")),
         Measure("movies", "budget_usd", ["budget"], summable=True),
         Measure("movies", "box_office_usd", ["box office", "box office gross", "gross"], summable=True)],
        [Dim("movies", "genre", ["genre"], ["Drama", "Comedy", "Horror", "Animation"]),
         Dim("movies", "mpaa_rating", ["rating", "mpaa rating"], ["PG", "R", "PG-13"]),
         Dim("directors", "birth_country", ["birth country", "country of birth"], ["USA", "France", "Japan"])],
        [],
        [Child("directors", "movies", "c.director_id = p.director_id", "movies", "full_name")],
        ["Which actors starred in each movie?", "What is the IMDb score of each movie?",
         "How many Oscars did each movie win?", "Which movies are streaming on Netflix?",
         "What was the opening weekend of each movie?", "Who composed the soundtrack of each movie?",
         "How many sequels does each movie have?", "Which studio produced the most movies?"],
        ["and their Oscars?", "what about their IMDb scores?", "show their lead actors",
         "how many awards did they win?"]),
    SchemaSpec(
        "webshop", build_webshop,
        {"Users": Entity("Users", "users", ["user_name"]),
         "Products": Entity("Products", "products", ["prod_title"]),
         "Orders": Entity("Orders", "orders", ["order_id"])},
        [Measure("Products", "list_price", ["list price", "price"], rank_words=("most expensive", "cheapest")),
         Measure("Orders", "total_amount", ["total amount", "order total", "amount", "revenue"], summable=True)],
        [Dim("Products", "brand", ["brand"], ["Acme", "Globex", "Initech", "Umbrella"]),
         Dim("Orders", "status", ["status"], ["paid", "refunded", "shipped"]),
         Dim("Users", "country_code", ["country code", "country"], ["US", "DE", "FR"])],
        [Time("Orders", "created_at", "were created"), Time("Users", "signup_ts", "signed up")],
        [Child("Users", "Orders", "c.user_id = p.user_id", "Orders", "user_name")],
        ["What is the conversion rate of each product?", "Which users left a review?",
         "How many items are in each user's wishlist?", "What is the shipping carrier of each order?",
         "Which coupons were used most?", "What is the average delivery time?",
         "How many page views did each product get?", "Which products are out of stock?"],
        ["and their reviews?", "what about their coupons?", "show their shipping carriers",
         "how many of them were gifts?"]),
]

# --------------------------------------------------------------------------------------
# templates: each returns a conversation [(question, sql | None for decline)] or None
# --------------------------------------------------------------------------------------
def _label_sql(e: Entity, alias: str = "") -> str:
    a = f"{alias}." if alias else ""
    return ", ".join(f"{a}{c}" for c in e.label)


def _plural_or_single(n: int, e: Entity) -> str:
    return e.plural


class Gen:
    def __init__(self, spec: SchemaSpec, rng: random.Random, db: sqlite3.Connection):
        self.s, self.rng, self.db = spec, rng, db

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def ok(self, sql: str, tie_limit: int | None = None, min_rows: int = 1) -> bool:
        """A usable reference: runs, has rows, and no tie decides which rows a LIMIT keeps."""
        try:
            rows = self.db.execute(sql).fetchall()
        except sqlite3.Error as e:
            raise RuntimeError(f"bad reference SQL {sql}: {e}") from e
        if len(rows) < min_rows:
            return False
        if tie_limit is not None:
            base = re.sub(r"\s+LIMIT\s+\d+\s*$", "", sql)
            full = self.db.execute(base).fetchall()
            if len(full) > tie_limit and full[tie_limit - 1][-1] == full[tie_limit][-1]:
                return False
        return True

    def dims_of(self, entity: str) -> list[Dim]:
        return [d for d in self.s.dims if d.entity == entity]

    def measures_of(self, entity: str) -> list[Measure]:
        return [m for m in self.s.measures if m.entity == entity]

    # first rounds and follow-ups ---------------------------------------------------
    def count_all(self):
        e = self.pick(list(self.s.entities.values()))
        q = self.pick([f"How many {e.plural} are there?", f"How many {e.plural} do we have?",
                       f"What is the number of {e.plural}?"])
        return [(q, f"SELECT COUNT(*) FROM {e.table}")]

    def count_by_dim(self):
        d = self.pick(self.s.dims)
        e = self.s.entities[d.entity]
        say = self.pick(d.says)
        conv = [(self.pick([f"How many {e.plural} are there in each {say}?", f"Number of {e.plural} by {say}",
                            f"Count the {e.plural} per {say}"]),
                 f"SELECT {d.col}, COUNT(*) FROM {e.table} GROUP BY {d.col}")]
        top = f"SELECT {d.col}, COUNT(*) AS n FROM {e.table} GROUP BY {d.col} ORDER BY n DESC LIMIT 1"
        if self.ok(top, tie_limit=1):
            conv.append((self.pick([f"Which {say} has the most?", "Which one has the most?"]), top))
            low = top.replace("DESC", "ASC")
            if self.ok(low, tie_limit=1):
                conv.append(("And the fewest?", low))
        return conv

    def agg_measure(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        say = self.pick(m.says)
        func, word = self.pick([("AVG", "average"), ("MAX", "maximum"), ("MIN", "minimum")]
                               + ([("SUM", "total")] if m.summable else []))
        conv = [(self.pick([f"What is the {word} {say} of {e.plural}?", f"{word.capitalize()} {say} of all {e.plural}"]),
                 f"SELECT {func}({m.col}) FROM {e.table}")]
        dims = self.dims_of(m.entity)
        if dims:
            d = self.pick(dims)
            dsay = self.pick(d.says)
            conv.append((self.pick([f"What about by {dsay}?", f"Break it down by {dsay}", f"and per {dsay}?"]),
                         f"SELECT {d.col}, {func}({m.col}) FROM {e.table} GROUP BY {d.col}"))
            srt = f"SELECT {d.col}, {func}({m.col}) AS v FROM {e.table} GROUP BY {d.col} ORDER BY v DESC"
            conv.append((self.pick(["Sort it from highest to lowest", "Order them from highest to lowest"]), srt))
        return conv

    def top_n(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        n = self.pick([3, 5, 10])
        say = self.pick(m.says)
        hi, lo = m.rank_words
        sql = f"SELECT {_label_sql(e)}, {m.col} FROM {e.table} WHERE {m.col} IS NOT NULL ORDER BY {m.col} DESC LIMIT {n}"
        if not self.ok(sql, tie_limit=n):
            return None
        if hi != "highest" and self.rng.random() < 0.5:
            q = self.pick([f"What are the {n} {hi} {e.plural}?", f"List the {n} {hi} {e.plural}"])
        else:
            q = self.pick([f"List the {n} {e.plural} with the highest {say}", f"Top {n} {e.plural} by {say}",
                           f"Which {n} {e.plural} have the highest {say}?"])
        conv = [(q, sql)]
        low = sql.replace("DESC", "ASC")
        if self.ok(low, tie_limit=n):
            conv.append((self.pick([f"And the {lo}?", f"what about the {n} {lo}?"]), low))
        dims = [d for d in self.dims_of(m.entity) if d.values]
        if dims:
            d = self.pick(dims)
            v = self.pick(d.values)
        if dims and not self.ambiguous(v):
            fsql = (f"SELECT {_label_sql(e)}, {m.col} FROM {e.table} WHERE {m.col} IS NOT NULL AND {d.col} = '{v}' "
                    f"ORDER BY {m.col} {'ASC' if len(conv) > 1 else 'DESC'} LIMIT {n}")
            if self.ok(fsql, tie_limit=n, min_rows=2):
                conv.append((self.pick([f"only those in {v}", f"just {v}", f"what about {v} only?"]), fsql))
        return conv

    def superlative_one(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        hi, lo = m.rank_words
        word, direction = self.pick([(hi, "DESC"), (lo, "ASC")])
        sql = f"SELECT {_label_sql(e)}, {m.col} FROM {e.table} WHERE {m.col} IS NOT NULL ORDER BY {m.col} {direction} LIMIT 1"
        if not self.ok(sql, tie_limit=1):
            return None
        one = e.one or (e.plural[:-3] + "y" if e.plural.endswith("ies") else e.plural[:-1])
        if word in ("highest", "lowest"):
            q = f"Which {one} has the {word} {self.pick(m.says)}?"
        else:
            q = self.pick([f"Which {one} is the {word}?", f"What is the {word} {one}?"])
        return [(q, sql)]

    def threshold(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        vals = sorted(v for (v,) in self.db.execute(f"SELECT {m.col} FROM {e.table} WHERE {m.col} IS NOT NULL"))
        if len(vals) < 6:
            return None
        cut = vals[int(len(vals) * self.pick([0.6, 0.75, 0.85]))]
        cut = float(f"{cut:.2g}") if cut > 10 else round(cut, 2)
        cut_s = f"{cut:g}" if abs(cut) < 1e6 else f"{int(cut)}"
        say = self.pick(m.says)
        op, word = self.pick([(">", "more than"), (">", "above"), ("<", "less than"), ("<", "below")])
        sql = f"SELECT {_label_sql(e)} FROM {e.table} WHERE {m.col} {op} {cut}"
        if not self.ok(sql, min_rows=1):
            return None
        conv = [(self.pick([f"Which {e.plural} have a {say} {word} {cut_s}?", f"{e.plural.capitalize()} with {say} {word} {cut_s}"]),
                 sql)]
        conv.append((self.pick(["How many are there?", "How many of them are there?", "how many is that?"]),
                     f"SELECT COUNT(*) FROM {e.table} WHERE {m.col} {op} {cut}"))
        return conv

    def ambiguous(self, value: str) -> bool:
        """A value found in two columns ('South America' is a continent and a region): a question
        naming it alone has two readings, so templates leave it out."""
        return sum(1 for d in self.s.dims if value in d.values or self.db.execute(
            f"SELECT 1 FROM {d.entity} WHERE {d.col} = ? LIMIT 1", (value,)).fetchone()) > 1

    def value_filter(self):
        dims = [d for d in self.s.dims if d.values]
        d = self.pick(dims)
        e = self.s.entities[d.entity]
        v = self.pick(d.values)
        if self.ambiguous(v):
            return None
        sql = f"SELECT {_label_sql(e)} FROM {e.table} WHERE {d.col} = '{v}'"
        if not self.ok(sql, min_rows=1):
            return None
        conv = [(self.pick([f"List the {e.plural} in {v}", f"Show all {e.plural} whose {self.pick(d.says)} is {v}",
                            f"Which {e.plural} are in {v}?"]), sql)]
        conv.append((self.pick(["How many are there?", "how many is that?"]),
                     f"SELECT COUNT(*) FROM {e.table} WHERE {d.col} = '{v}'"))
        others = [w for w in d.values if w != v and not self.ambiguous(w)]
        if others:
            w = self.pick(others)
            conv.append((self.pick([f"And in {w}?", f"what about {w}?"]),
                         f"SELECT COUNT(*) FROM {e.table} WHERE {d.col} = '{w}'"))
        ms = self.measures_of(d.entity)
        if ms:
            m = self.pick(ms)
            conv.append((f"What is their average {self.pick(m.says)}?",
                         f"SELECT AVG({m.col}) FROM {e.table} WHERE {d.col} = '{conv[-1][1].split(chr(39))[1]}'"))
        return conv

    def sum_by_dim(self):
        ms = [m for m in self.s.measures if m.summable and self.dims_of(m.entity)]
        if not ms:
            return None
        m = self.pick(ms)
        e = self.s.entities[m.entity]
        d = self.pick(self.dims_of(m.entity))
        say, dsay = self.pick(m.says), self.pick(d.says)
        sql = f"SELECT {d.col}, SUM({m.col}) AS v FROM {e.table} GROUP BY {d.col}"
        conv = [(self.pick([f"Total {say} by {dsay}", f"What is the total {say} per {dsay}?",
                            f"Sum of {say} for each {dsay}"]), sql)]
        top = sql + " ORDER BY v DESC LIMIT 3"
        if self.ok(top, tie_limit=3):
            conv.append((self.pick(["Which 3 are the highest?", "Just the top 3", "show only the top 3"]), top))
        return conv

    def per_year(self):
        if not self.s.times:
            return None
        t = self.pick(self.s.times)
        e = self.s.entities[t.entity]
        ysql = f"CAST(strftime('%Y', {t.col}) AS INTEGER)"
        several = sum(1 for u in self.s.times if u.entity == t.entity) > 1     # then say which date
        conv = [(self.pick([f"How many {e.plural} {t.verb} each year?"]
                           + ([] if several else [f"Number of {e.plural} per year"])),
                 f"SELECT {ysql}, COUNT(*) FROM {e.table} GROUP BY 1")]
        top = f"SELECT {ysql}, COUNT(*) AS n FROM {e.table} GROUP BY 1 ORDER BY n DESC LIMIT 1"
        if self.ok(top, tie_limit=1):
            conv.append(("Which year had the most?", top))
        return conv

    def in_year(self):
        if not self.s.times:
            return None
        t = self.pick(self.s.times)
        e = self.s.entities[t.entity]
        years = [y for (y,) in self.db.execute(f"SELECT DISTINCT substr({t.col}, 1, 4) FROM {e.table} ORDER BY 1")]
        y = self.pick(years)
        several = sum(1 for u in self.s.times if u.entity == t.entity) > 1
        conv = [(self.pick([f"How many {e.plural} {t.verb} in {y}?"] + ([] if several else [f"Number of {e.plural} in {y}"])),
                 f"SELECT COUNT(*) FROM {e.table} WHERE {t.col} >= '{y}-01-01' AND {t.col} < '{int(y) + 1}-01-01'")]
        ms = [m for m in self.measures_of(t.entity) if m.summable]
        if ms:
            m = self.pick(ms)
            conv.append((f"What was the total {self.pick(m.says)}?",
                         f"SELECT SUM({m.col}) FROM {e.table} WHERE {t.col} >= '{y}-01-01' AND {t.col} < '{int(y) + 1}-01-01'"))
        later = [z for z in years if z > y]
        if later:
            z = self.pick(later)
            span = f">= '{y}-01-01' AND {t.col} < '{int(y) + 1}-01-01'"
            conv.append((f"and in {z}?", conv[-1][1].replace(span, f">= '{z}-01-01' AND {t.col} < '{int(z) + 1}-01-01'")))
        return conv

    def children(self):
        if not self.s.children:
            return None
        ch = self.pick(self.s.children)
        pe, ce = self.s.entities[ch.parent], self.s.entities[ch.child]
        one = pe.one or (pe.plural[:-3] + "y" if pe.plural.endswith("ies") else pe.plural[:-1])
        sql = (f"SELECT p.{ch.parent_label}, COUNT(*) FROM {pe.table} p JOIN {ch.child_table} c ON {ch.fk} "
               f"GROUP BY p.{pe.table}_pk")
        pk = self.db.execute(f"SELECT name FROM pragma_table_info('{pe.table}') WHERE pk = 1").fetchone()[0]
        sql = sql.replace(f"p.{pe.table}_pk", f"p.{pk}")
        conv = [(self.pick([f"How many {ce.plural} does each {one} have?", f"Number of {ce.plural} per {one}"]), sql)]
        top = sql.replace("COUNT(*)", "COUNT(*) AS n") + " ORDER BY n DESC LIMIT 1"
        if self.ok(top, tie_limit=1):
            conv.append((self.pick([f"Which {one} has the most {ce.plural}?", "Which one has the most?"]), top))
        return conv

    def listing(self):
        e = self.pick(list(self.s.entities.values()))
        dims = self.dims_of(e.table)
        cols = [c for c in e.label]
        if dims and e.label:
            d = self.pick(dims)
            sql = f"SELECT {', '.join(cols)}, {d.col} FROM {e.table}"
            say = d.says[0]
            plural = say[:-1] + "ies" if say.endswith("y") and say[-2] not in "aeiou" else say + "s"
            return [(self.pick([f"List the {e.plural} with their {plural}", f"Show each of the {e.plural} and its {say}"]), sql)]
        return None

    def show_too(self):
        """A ranked list, then another measure of the same rows."""
        m = self.pick(self.s.measures)
        others = [o for o in self.measures_of(m.entity) if o.col != m.col]
        if not others:
            return None
        o = self.pick(others)
        e = self.s.entities[m.entity]
        n = self.pick([3, 5])
        sql = f"SELECT {_label_sql(e)}, {m.col} FROM {e.table} WHERE {m.col} IS NOT NULL ORDER BY {m.col} DESC LIMIT {n}"
        if not self.ok(sql, tie_limit=n):
            return None
        return [(f"Show the {n} {e.plural} with the highest {self.pick(m.says)}", sql),
                (self.pick([f"show their {self.pick(o.says)} too", f"also show their {self.pick(o.says)}",
                            f"add the {self.pick(o.says)}"]),
                 f"SELECT {_label_sql(e)}, {m.col}, {o.col} FROM {e.table} WHERE {m.col} IS NOT NULL "
                 f"ORDER BY {m.col} DESC LIMIT {n}")]

    def sorted_list(self):
        """A filtered list, sorted by a measure, then cut to the first rows."""
        dims = [d for d in self.s.dims if d.values and self.measures_of(d.entity)]
        if not dims:
            return None
        d = self.pick(dims)
        v = self.pick(d.values)
        if self.ambiguous(v):
            return None
        m = self.pick(self.measures_of(d.entity))
        e = self.s.entities[d.entity]
        base = f"SELECT {_label_sql(e)}, {m.col} FROM {e.table} WHERE {d.col} = '{v}' AND {m.col} IS NOT NULL"
        if not self.ok(base + f" ORDER BY {m.col} DESC LIMIT 3", tie_limit=3, min_rows=3):
            return None
        word, direction = self.pick([("in descending order", "DESC"), ("from highest to lowest", "DESC"),
                                     ("from lowest to highest", "ASC"), ("in ascending order", "ASC")])
        return [(f"Which {e.plural} have {self.pick(d.says)} {v}?", f"SELECT {_label_sql(e)} FROM {e.table} WHERE {d.col} = '{v}'"),
                (f"sort them by {self.pick(m.says)} {word}",
                 base.replace(" AND " + m.col + " IS NOT NULL", "") + f" ORDER BY {m.col} {direction}"),
                (self.pick(["only the first 3", "show only 3 of them", "just the first three"]),
                 base + f" ORDER BY {m.col} {direction} LIMIT 3")]

    def avg_per_parent(self):
        """An aggregate of the child rows for each parent: 'average length of tracks per album'."""
        opts = [(ch, m) for ch in self.s.children for m in self.measures_of(ch.child)]
        if not opts:
            return None
        ch, m = self.pick(opts)
        pe, ce = self.s.entities[ch.parent], self.s.entities[ch.child]
        one = pe.one or (pe.plural[:-3] + "y" if pe.plural.endswith("ies") else pe.plural[:-1])
        func, word = self.pick([("AVG", "average"), ("MAX", "maximum")] + ([("SUM", "total")] if m.summable else []))
        pk = self.db.execute(f"SELECT name FROM pragma_table_info('{pe.table}') WHERE pk = 1").fetchone()[0]
        sql = (f"SELECT p.{ch.parent_label}, {func}(c.{m.col}) AS v FROM {pe.table} p JOIN {ch.child_table} c "
               f"ON {ch.fk} GROUP BY p.{pk}")
        conv = [(self.pick([f"What is the {word} {self.pick(m.says)} of {ce.plural} for each {one}?",
                            f"{word.capitalize()} {self.pick(m.says)} of {ce.plural} per {one}"]), sql)]
        top = sql + " ORDER BY v DESC LIMIT 1"
        if self.ok(top, tie_limit=1):
            conv.append((self.pick(["Which one is the highest?", f"Which {one} has the highest?"]), top))
        return conv

    def distinct_count(self):
        d = self.pick(self.s.dims)
        e = self.s.entities[d.entity]
        say = d.says[0]
        others = {c.lower() for t in self.s.entities.values() if t.table != d.entity for (c,) in self.db.execute(
            f"SELECT name FROM pragma_table_info('{t.table}')")}
        if say.replace(" ", "").lower() in others:
            return None             # 'titles' of employees or of albums: two readings
        plural = say[:-1] + "ies" if say.endswith("y") else say + "es" if say.endswith(("s", "x", "ch")) else say + "s"
        return [(self.pick([f"How many different {plural} are there?", f"How many distinct {plural} do the {e.plural} have?"]),
                 f"SELECT COUNT(DISTINCT {d.col}) FROM {e.table}")]

    def between(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        vals = sorted(v for (v,) in self.db.execute(f"SELECT {m.col} FROM {e.table} WHERE {m.col} IS NOT NULL"))
        if len(vals) < 8:
            return None
        lo, hi = vals[len(vals) // 4], vals[len(vals) // 2]
        lo, hi = (float(f"{lo:.2g}"), float(f"{hi:.2g}")) if lo > 10 else (round(lo, 1), round(hi, 1))
        if lo >= hi:
            return None
        fmt = lambda x: f"{x:g}" if abs(x) < 1e6 else f"{int(x)}"  # noqa: E731
        sql = f"SELECT {_label_sql(e)} FROM {e.table} WHERE {m.col} BETWEEN {lo} AND {hi}"
        if not self.ok(sql):
            return None
        return [(f"{e.plural.capitalize()} with a {self.pick(m.says)} between {fmt(lo)} and {fmt(hi)}", sql),
                ("how many are there?", f"SELECT COUNT(*) FROM {e.table} WHERE {m.col} BETWEEN {lo} AND {hi}")]

    def compare_values(self):
        dims = [d for d in self.s.dims if len(d.values) >= 2 and self.measures_of(d.entity)]
        if not dims:
            return None
        d = self.pick(dims)
        v1, v2 = self.rng.sample(d.values, 2)
        if self.ambiguous(v1) or self.ambiguous(v2):
            return None
        m = self.pick(self.measures_of(d.entity))
        e = self.s.entities[d.entity]
        sql = f"SELECT {d.col}, AVG({m.col}) FROM {e.table} WHERE {d.col} IN ('{v1}', '{v2}') GROUP BY {d.col}"
        if not self.ok(sql, min_rows=2):
            return None
        return [(self.pick([f"Compare the average {self.pick(m.says)} of {v1} and {v2}",
                            f"average {self.pick(m.says)} in {v1} versus {v2}"]), sql)]

    def child_of_value(self):
        """'How many tracks does the album X have?'"""
        if not self.s.children:
            return None
        ch = self.pick(self.s.children)
        pe, ce = self.s.entities[ch.parent], self.s.entities[ch.child]
        one = pe.one or (pe.plural[:-3] + "y" if pe.plural.endswith("ies") else pe.plural[:-1])
        names = [n for (n,) in self.db.execute(
            f"SELECT {ch.parent_label} FROM {pe.table} GROUP BY {ch.parent_label} HAVING COUNT(*) = 1 ORDER BY 1")]
        if not names:
            return None
        v = self.pick(names)
        if self.ambiguous(v):
            return None
        sql = f"SELECT COUNT(*) FROM {ch.child_table} c JOIN {pe.table} p ON {ch.fk} WHERE p.{ch.parent_label} = '{v}'"
        conv = [(self.pick([f"How many {ce.plural} does the {one} {v} have?", f"Number of {ce.plural} of {v}"]), sql)]
        ms = self.measures_of(ch.child)
        if ms:
            m = self.pick(ms)
            conv.append((f"What is their average {self.pick(m.says)}?",
                         f"SELECT AVG(c.{m.col}) FROM {ch.child_table} c JOIN {pe.table} p ON {ch.fk} "
                         f"WHERE p.{ch.parent_label} = '{v}'"))
        return conv

    # templates written after the engine was tuned on the ones above (see the README's figures)
    def two_filters(self):
        dims = [d for d in self.s.dims if d.values and self.measures_of(d.entity)]
        if not dims:
            return None
        d = self.pick(dims)
        v = self.pick(d.values)
        if self.ambiguous(v):
            return None
        m = self.pick(self.measures_of(d.entity))
        e = self.s.entities[d.entity]
        vals = sorted(x for (x,) in self.db.execute(f"SELECT {m.col} FROM {e.table} WHERE {d.col} = ? AND {m.col} IS NOT NULL", (v,)))
        if len(vals) < 3:
            return None
        cut = vals[len(vals) // 2]
        cut = float(f"{cut:.2g}") if cut > 10 else round(cut, 1)
        fmt = f"{cut:g}" if abs(cut) < 1e6 else f"{int(cut)}"
        sql = f"SELECT {_label_sql(e)} FROM {e.table} WHERE {d.col} = '{v}' AND {m.col} > {cut}"
        if not self.ok(sql):
            return None
        return [(self.pick([f"Show me the {e.plural} in {v} with a {self.pick(m.says)} above {fmt}",
                            f"{e.plural.capitalize()} whose {self.pick(d.says)} is {v} and whose {self.pick(m.says)} is over {fmt}"]),
                 sql)]

    def agg_with_filter(self):
        dims = [d for d in self.s.dims if d.values and self.measures_of(d.entity)]
        if not dims:
            return None
        d = self.pick(dims)
        v = self.pick(d.values)
        if self.ambiguous(v):
            return None
        m = self.pick(self.measures_of(d.entity))
        e = self.s.entities[d.entity]
        func, word = self.pick([("AVG", "average"), ("MAX", "highest"), ("MIN", "lowest")] + ([("SUM", "total")] if m.summable else []))
        sql = f"SELECT {func}({m.col}) FROM {e.table} WHERE {d.col} = '{v}'"
        if not self.ok(sql):
            return None
        conv = [(f"What is the {word} {self.pick(m.says)} of {e.plural} in {v}?", sql)]
        others = [w for w in d.values if w != v and not self.ambiguous(w)]
        if others:
            w = self.pick(others)
            conv.append((self.pick([f"and for {w}?", f"How about {w}?"]), sql.replace(f"'{v}'", f"'{w}'")))
        return conv

    def above_average(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        sql = f"SELECT {_label_sql(e)} FROM {e.table} WHERE {m.col} > (SELECT AVG({m.col}) FROM {e.table})"
        if not self.ok(sql):
            return None
        conv = [(self.pick([f"Which {e.plural} have a {self.pick(m.says)} above the average?",
                            f"{e.plural.capitalize()} with a higher than average {self.pick(m.says)}"]), sql)]
        conv.append(("How many are there?", f"SELECT COUNT(*) FROM {e.table} WHERE {m.col} > (SELECT AVG({m.col}) FROM {e.table})"))
        return conv

    def share_of_value(self):
        dims = [d for d in self.s.dims if d.values]
        d = self.pick(dims)
        v = self.pick(d.values)
        if self.ambiguous(v):
            return None
        e = self.s.entities[d.entity]
        sql = f"SELECT 100.0 * SUM(CASE WHEN {d.col} = '{v}' THEN 1 ELSE 0 END) / COUNT(*) FROM {e.table}"
        return [(self.pick([f"What percentage of {e.plural} are in {v}?", f"What share of the {e.plural} have {self.pick(d.says)} {v}?"]),
                 sql)]

    def year_range(self):
        if not self.s.times:
            return None
        t = self.pick(self.s.times)
        e = self.s.entities[t.entity]
        years = [int(y) for (y,) in self.db.execute(f"SELECT DISTINCT substr({t.col}, 1, 4) FROM {e.table} ORDER BY 1")]
        if len(years) < 3:
            return None
        y1 = self.pick(years[:-1])
        y2 = self.pick([y for y in years if y > y1])
        form, sql = self.pick([
            (f"How many {e.plural} {t.verb} between {y1} and {y2}?",
             f"SELECT COUNT(*) FROM {e.table} WHERE {t.col} >= '{y1}-01-01' AND {t.col} < '{y2 + 1}-01-01'"),
            (f"How many {e.plural} {t.verb} since {y2}?", f"SELECT COUNT(*) FROM {e.table} WHERE {t.col} >= '{y2}-01-01'"),
            (f"How many {e.plural} {t.verb} before {y2}?", f"SELECT COUNT(*) FROM {e.table} WHERE {t.col} < '{y2}-01-01'")])
        return [(form, sql)]

    def top_dims_by_sum(self):
        ms = [m for m in self.s.measures if m.summable and self.dims_of(m.entity)]
        if not ms:
            return None
        m = self.pick(ms)
        d = self.pick(self.dims_of(m.entity))
        e = self.s.entities[m.entity]
        n = self.pick([2, 3])
        sql = f"SELECT {d.col}, SUM({m.col}) AS v FROM {e.table} GROUP BY {d.col} ORDER BY v DESC LIMIT {n}"
        if not self.ok(sql, tie_limit=n):
            return None
        plural = d.says[0] + ("es" if d.says[0].endswith(("s", "x")) else "s")
        plural = d.says[0][:-1] + "ies" if d.says[0].endswith("y") else plural
        return [(self.pick([f"What are the top {n} {plural} by total {self.pick(m.says)}?",
                            f"Which {n} {plural} have the highest total {self.pick(m.says)}?"]), sql),
                ("and the bottom ones?", sql.replace("DESC", "ASC"))]

    def who_highest(self):
        people = [m for m in self.s.measures if m.entity in ("instructor", "employees", "customers", "student")]
        if not people:
            return None
        m = self.pick(people)
        e = self.s.entities[m.entity]
        sql = f"SELECT {_label_sql(e)}, {m.col} FROM {e.table} WHERE {m.col} IS NOT NULL ORDER BY {m.col} DESC LIMIT 1"
        if not self.ok(sql, tie_limit=1):
            return None
        conv = [(f"Who has the highest {self.pick(m.says)}?", sql)]
        low = sql.replace("DESC", "ASC")
        if self.ok(low, tie_limit=1):
            conv.append(("and the lowest?", low))
        return conv

    def without_children(self):
        if not self.s.children:
            return None
        ch = self.pick(self.s.children)
        pe, ce = self.s.entities[ch.parent], self.s.entities[ch.child]
        sql = (f"SELECT {_label_sql(pe, 'p')} FROM {pe.table} p WHERE NOT EXISTS "
               f"(SELECT 1 FROM {ch.child_table} c WHERE {ch.fk})")
        if not self.ok(sql):
            return None
        return [(self.pick([f"Which {pe.plural} have no {ce.plural}?", f"{pe.plural.capitalize()} without any {ce.plural}"]),
                 sql)]

    def min_after_avg(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        say = self.pick(m.says)
        q, func = self.pick([("what about the minimum?", "MIN"), ("and the maximum?", "MAX"), ("and the lowest?", "MIN")])
        return [(f"What is the average {say} of the {e.plural}?", f"SELECT AVG({m.col}) FROM {e.table}"),
                (q, f"SELECT {func}({m.col}) FROM {e.table}")]

    def decline_attr(self):
        """An attribute none of these schemas hold, asked in the forms of answerable questions."""
        e = self.pick(list(self.s.entities.values()))
        attr = self.pick(ABSENT_ATTRIBUTES)
        one = e.one or (e.plural[:-3] + "y" if e.plural.endswith("ies") else e.plural[:-1])
        q = self.pick([f"What is the average {attr} of the {e.plural}?", f"Which {one} has the highest {attr}?",
                       f"List the {e.plural} with their {attr}", f"How many {e.plural} have a {attr} above 50?",
                       f"Show the {attr} of each {one}", f"Top 5 {e.plural} by {attr}"])
        return [(q, None)]

    def decline_future(self):
        ms = [m for m in self.s.measures if m.summable]
        if not ms:
            return None
        m = self.pick(ms)
        e = self.s.entities[m.entity]
        q = self.pick([f"What will the total {self.pick(m.says)} be next year?",
                       f"Forecast the {self.pick(m.says)} of the {e.plural} for 2030",
                       f"Predict next year's average {self.pick(m.says)}"])
        return [(q, None)]

    # a third batch, written after the engine was tuned on the ones above
    def list_with_measure(self):
        m = self.pick(self.s.measures)
        e = self.s.entities[m.entity]
        one = e.one or (e.plural[:-3] + "y" if e.plural.endswith("ies") else e.plural[:-1])
        say = self.pick(m.says)
        return [(self.pick([f"Show me the {say} of every {one}", f"List each {one} with its {say}"]),
                 f"SELECT {_label_sql(e)}, {m.col} FROM {e.table}")]

    def best_group_by_avg(self):
        opts = [(d, m) for d in self.s.dims for m in self.measures_of(d.entity)]
        if not opts:
            return None
        d, m = self.pick(opts)
        e = self.s.entities[d.entity]
        func, word = self.pick([("AVG", "average"), ("SUM", "total")] if m.summable else [("AVG", "average")])
        sql = f"SELECT {d.col}, {func}({m.col}) AS v FROM {e.table} GROUP BY {d.col} ORDER BY v DESC LIMIT 1"
        if not self.ok(sql, tie_limit=1):
            return None
        return [(f"Which {self.pick(d.says)} has the highest {word} {self.pick(m.says)}?", sql),
                ("and the lowest?", sql.replace("DESC", "ASC"))]

    def rank_in_value(self):
        opts = [(d, m) for d in self.s.dims if d.values for m in self.measures_of(d.entity)]
        if not opts:
            return None
        d, m = self.pick(opts)
        v = self.pick(d.values)
        if self.ambiguous(v):
            return None
        e = self.s.entities[d.entity]
        n = self.pick([2, 3])
        sql = (f"SELECT {_label_sql(e)}, {m.col} FROM {e.table} WHERE {d.col} = '{v}' AND {m.col} IS NOT NULL "
               f"ORDER BY {m.col} ASC LIMIT {n}")
        if not self.ok(sql, tie_limit=n, min_rows=n):
            return None
        return [(f"Give me the {n} {e.plural} with the lowest {self.pick(m.says)} in {v}", sql)]

    def starts_with(self):
        e = self.pick([x for x in self.s.entities.values() if len(x.label) == 1])
        names = [n for (n,) in self.db.execute(f"SELECT {e.label[0]} FROM {e.table}") if isinstance(n, str) and n[:1].isalpha()]
        if not names:
            return None
        letter = self.pick(names)[0].upper()
        return [(f"List the {e.plural} whose name starts with {letter}",
                 f"SELECT {e.label[0]} FROM {e.table} WHERE {e.label[0]} LIKE '{letter}%'")]

    def count_sorted(self):
        d = self.pick(self.s.dims)
        e = self.s.entities[d.entity]
        sql = f"SELECT {d.col}, COUNT(*) AS n FROM {e.table} GROUP BY {d.col} ORDER BY n DESC"
        rows = self.db.execute(sql).fetchall()
        if len({r[1] for r in rows}) < len(rows):
            return None                 # ties: two right orders
        return [(f"Count the {e.plural} by {self.pick(d.says)}, from most to least", sql)]

    def total_for_value(self):
        opts = [(d, m) for d in self.s.dims if d.values for m in self.measures_of(d.entity) if m.summable]
        if not opts:
            return None
        d, m = self.pick(opts)
        v = self.pick(d.values)
        if self.ambiguous(v):
            return None
        e = self.s.entities[d.entity]
        return [(f"What is the total {self.pick(m.says)} for {v}?",
                 f"SELECT SUM({m.col}) FROM {e.table} WHERE {d.col} = '{v}'")]

    def decline(self):
        return [(self.pick(self.s.absent), None)]

    def decline_follow(self):
        conv = self.value_filter() or self.count_by_dim()
        return conv[:1] + [(self.pick(self.s.absent_follow), None)]

    TEMPLATES = ("count_all", "count_by_dim", "agg_measure", "top_n", "superlative_one", "threshold",
                 "value_filter", "sum_by_dim", "per_year", "in_year", "children", "listing", "decline",
                 "decline_follow", "show_too", "sorted_list", "avg_per_parent", "distinct_count", "between",
                 "compare_values", "child_of_value",
                 "two_filters", "agg_with_filter", "above_average", "share_of_value", "year_range",
                 "top_dims_by_sum", "who_highest", "without_children", "min_after_avg", "decline_attr",
                 "decline_future", "list_with_measure", "best_group_by_avg", "rank_in_value", "starts_with",
                 "count_sorted", "total_for_value")


def _politely(rng: random.Random, q: str) -> str:
    """The same question as people also type it: 'Can you tell me how many …', 'Please list …'."""
    first, rest = q.split(" ", 1)
    if first in ("How", "What", "Which", "Who"):
        return rng.choice(["Can you tell me ", "I'd like to know ", "Could you tell me "]) + q[0].lower() + q[1:]
    if first in ("List", "Show", "Count"):
        return rng.choice(["Please ", "Can you ", "Could you "]) + first.lower() + " " + rest
    return q


def generate(spec: SchemaSpec, db_path: Path, n: int, seed: int) -> list[dict]:
    rng = random.Random(f"{seed}:{spec.name}")
    db = sqlite3.connect(db_path)
    gen = Gen(spec, rng, db)
    convs: list[dict] = []
    seen: set[str] = set()
    tries = 0
    while len(convs) < n and tries < n * 20:
        tries += 1
        name = Gen.TEMPLATES[len(convs) % len(Gen.TEMPLATES)] if tries <= n else gen.pick(Gen.TEMPLATES)
        conv = getattr(gen, name)()
        if not conv:
            continue
        if rng.random() < 0.3:
            conv = [(_politely(rng, conv[0][0]), conv[0][1])] + conv[1:]
        key = " | ".join(q for q, _ in conv)
        if key in seen:
            continue
        seen.add(key)
        convs.append({"id": f"{spec.name}-{len(convs) + 1:03d}-{name}",
                      "turns": [{"question": q, "sql": s} if s else {"question": q, "decline": True} for q, s in conv]})
    db.close()
    return convs


# --------------------------------------------------------------------------------------
# scoring (as ../shared/eval/README.md and score.py)
# --------------------------------------------------------------------------------------
def norm(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        f = float(v)
        if math.isnan(f):
            return None
        return round(f, 6) if abs(f) < 1e12 else round(f, -3)
    if isinstance(v, str):
        s = v.strip()
        try:
            f = float(s)
            return round(f, 6) if abs(f) < 1e12 else round(f, -3)
        except ValueError:
            return s
    return v


def gold(db: sqlite3.Connection, sql: str):
    """Rows of the reference and, when it has ORDER BY, the sort key of each row."""
    import sqlglot
    from sqlglot import exp
    tree = sqlglot.parse_one(sql, read="sqlite")
    order = tree.args.get("order")
    if not order or not isinstance(tree, exp.Select):
        return [list(r) for r in db.execute(sql).fetchall()], None, False
    t2 = tree.copy()
    n = len(tree.expressions)
    aliases = {e.alias: e.this for e in tree.expressions if isinstance(e, exp.Alias)}
    for i, o in enumerate(order.expressions):
        key = o.this
        if isinstance(key, exp.Column) and not key.table and key.name in aliases:
            key = aliases[key.name]            # ORDER BY an alias of the select list
        t2 = t2.select(key.copy().as_(f"__k{i}"), append=True)
    rows = db.execute(t2.sql(dialect="sqlite")).fetchall()
    return [list(r[:n]) for r in rows], [tuple(norm(x) for x in r[n:]) for r in rows], True


def match(pred_rows, ncols, gold_rows, gold_keys, ordered) -> bool:
    if len(pred_rows) != len(gold_rows):
        return False
    if not gold_rows:
        return True
    g_n = len(gold_rows[0])
    pred_t = [[norm(r[j]) if j < len(r) else None for r in pred_rows] for j in range(ncols)]
    gold_t = [[norm(r[j]) for r in gold_rows] for j in range(g_n)]
    mapping, used = [], set()
    for g in gold_t:
        cg = Counter(map(repr, g))
        found = next((j for j, p in enumerate(pred_t) if j not in used and Counter(map(repr, p)) == cg), None)
        if found is None:
            return False
        used.add(found)
        mapping.append(found)
    if not ordered:
        pg = Counter(repr(tuple(norm(r[j]) for j in range(g_n))) for r in gold_rows)
        pp = Counter(repr(tuple(pred_t[m][i] for m in mapping)) for i in range(len(pred_rows)))
        return pg == pp
    pool: dict[str, list] = {}
    for i, r in enumerate(gold_rows):
        pool.setdefault(repr(tuple(norm(x) for x in r)), []).append(gold_keys[i])
    seq = []
    for i in range(len(pred_rows)):
        k = repr(tuple(pred_t[m][i] for m in mapping))
        if not pool.get(k):
            return False
        seq.append(pool[k].pop(0))
    return seq == gold_keys


def run_schema(spec: SchemaSpec, db_path: Path, convs: list[dict], verbose: bool) -> dict:
    ref_db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    with tempfile.TemporaryDirectory() as state:
        cfg = ServerConfig(public_key="GEN", private_key="gen-secret", state_dir=Path(state))
        server = ServerThread(make_app(cfg, [f"sqlite:///{db_path.resolve()}"])).start()
        try:
            c = Client(server.url, "GEN", "gen-secret", server.app)
            database = next(iter(server.app.sources))
            c.wait(c.call("POST", "/v3/dataSummaries", {"cluster_id": "local", "database": database})["job_id"])
            st = Counter()
            for conv in convs:
                sid = c.call("POST", "/v3/sessions", {"cluster_id": "local", "database": database,
                                                      "name": conv["id"]})["session_id"]
                all_ok = True
                for turn in conv["turns"]:
                    st["rounds"] += 1
                    job = c.wait(c.call("POST", f"/v3/sessions/{sid}/chat2data",
                                        {"question": turn["question"], "sql_generate_mode": "direct"})["job_id"])
                    res = job.get("result") or {}
                    tasks = res.get("sub_tasks") if res.get("type") == "breakdown" else ([res] if res else [])
                    answered = job.get("status") == "done"
                    if turn.get("decline"):
                        ok, wrong = not answered, answered
                        st["decline_rounds"] += 1
                    else:
                        rows, keys, ordered = gold(ref_db, turn["sql"])
                        ok = answered and any(
                            t.get("data") and match(t["data"]["rows"], len(t["data"]["columns"]), rows, keys, ordered)
                            for t in tasks)
                        wrong = answered and not ok
                    st["ok"] += ok
                    st["wrong"] += wrong
                    crash = not answered and (job.get("reason") or "").startswith("internal error")
                    st["errors"] += crash           # a crash looks like a decline to the scorer: count it apart
                    tmpl = conv["id"].split("-", 2)[2]
                    st[f"t:{tmpl}:rounds"] += 1
                    st[f"t:{tmpl}:ok"] += ok
                    st[f"t:{tmpl}:wrong"] += wrong
                    all_ok &= ok
                    if verbose and (not ok or crash):
                        got = [t.get("sql") for t in tasks] if answered else (job.get("reason") or "")[:160]
                        print(f"{'WRONG' if wrong else 'ERROR' if crash else 'MISS '} {conv['id']}: {turn['question']}\n"
                              f"    ref: {turn.get('sql') or 'decline'}\n    got: {got}")
                st["convs"] += 1
                st["convs_ok"] += all_ok
        finally:
            server.stop()
    ref_db.close()
    return st


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-schema", type=int, default=80, help="conversations per schema")
    ap.add_argument("--schema", action="append", help="only these schemas (chinook, shop, school, world, clinic, flights, league, stock, homes, lending, movies, webshop)")
    ap.add_argument("--dump", help="write the generated conversations to this JSON file")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--by-template", action="store_true", help="QM and wrong answers per template")
    args = ap.parse_args()
    total = Counter()
    dump = {}
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'schema':10} {'convs':>5} {'rounds':>6} {'QM':>14} {'IM':>12} {'wrong':>12}")
        for spec in SCHEMAS:
            if args.schema and spec.name not in args.schema:
                continue
            path = Path(tmp) / f"{spec.name}.sqlite"
            spec.build(path, random.Random(f"{args.seed}:{spec.name}:data"))
            convs = generate(spec, path, args.per_schema, args.seed)
            dump[spec.name] = convs
            st = run_schema(spec, path, convs, args.verbose)
            total.update(st)
            print(_line(spec.name, st))
    print(_line("overall", total))
    if total["errors"]:
        print(f"internal errors (jobs that crashed, scored as declines): {total['errors']}")
    if args.by_template:
        print(f"\n{'template':18} {'rounds':>6} {'QM':>7} {'wrong':>6}")
        for name in Gen.TEMPLATES:
            r = total[f"t:{name}:rounds"]
            if r:
                print(f"{name:18} {r:>6} {100 * total[f't:{name}:ok'] / r:6.1f}% {total[f't:{name}:wrong']:>6}")
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, indent=1))
    return 0


def _line(name: str, st: Counter) -> str:
    r, c = max(st["rounds"], 1), max(st["convs"], 1)
    return (f"{name:10} {st['convs']:>5} {st['rounds']:>6} "
            f"{st['ok']:>4}/{st['rounds']:<4}{100 * st['ok'] / r:5.1f}% "
            f"{st['convs_ok']:>3}/{st['convs']:<3}{100 * st['convs_ok'] / c:5.1f}% "
            f"{st['wrong']:>3}/{st['rounds']:<4}{100 * st['wrong'] / r:5.1f}%")


if __name__ == "__main__":
    sys.exit(main())
