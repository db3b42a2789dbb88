"""Third held-out evaluation, in the style of the multi-turn text-to-SQL benchmarks SParC and CoSQL:
four small Spider-style databases (concerts and singers, students and their pets, cars, flights)
and conversations over them that start simple and refine step by step, written before the engine
was run on them (see README.md in this folder).

    python bench/heldout3/build.py [OUT_DIR]    # writes concert_singer, pets, cars, flights .sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout3), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all  # noqa: E402

FIRST = ("Adele Bruno Camille Diego Elena Felix Gaspard Hana Ivo Jade Kenji Lea Marco Nadia Omar Pauline "
         "Rui Sade Tomas Ulla Victor Wren Xavier Yuna Zoe Amir Bianca Cyril Dara Emile").split()
LAST = ("Moreau Silva Okoro Tanaka Fontaine Berg Novak Rossi Dupont Kim Haddad Lindgren Costa Girard "
        "Mbeki Park Laurent Walsh Ortega Sato").split()


# ------------------------------------------------------------------------------------------
def build_concert(path: Path) -> None:
    rng = random.Random(5301)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE stadium (Stadium_ID INTEGER PRIMARY KEY, Location TEXT, Name TEXT, Capacity INTEGER,
                          Highest INTEGER, Lowest INTEGER, Average INTEGER);
    CREATE TABLE singer (Singer_ID INTEGER PRIMARY KEY, Name TEXT, Country TEXT, Song_Name TEXT,
                         Song_release_year TEXT, Age INTEGER, Is_male TEXT);
    CREATE TABLE concert (concert_ID INTEGER PRIMARY KEY, concert_Name TEXT, Theme TEXT,
                          Stadium_ID INTEGER REFERENCES stadium(Stadium_ID), Year TEXT);
    CREATE TABLE singer_in_concert (concert_ID INTEGER REFERENCES concert(concert_ID),
                                    Singer_ID INTEGER REFERENCES singer(Singer_ID),
                                    PRIMARY KEY (concert_ID, Singer_ID));
    """)
    places = ["Raith", "Somerset", "Balmoor", "Glebe", "Hampden", "Stark's", "Gayfield", "Recreation", "Forthbank",
              "Bayview", "Ochilview", "Palmerston", "Links", "Victoria", "Cappielow", "Dens", "Tannadice", "Almondvale",
              "Firhill", "Broadwood", "Meadowbank", "Excelsior", "Strathclyde", "Borough", "Riverside", "Harbour",
              "Kingsway", "Elmwood", "Castle", "Northgate"]
    towns = ["Kirkcaldy", "Bath", "Peterhead", "Cowdenbeath", "Glasgow", "Dundee", "Arbroath", "Alloa", "Stirling",
             "Methil", "Dumfries", "Montrose", "Greenock", "Livingston", "Cumbernauld", "Edinburgh", "Airdrie",
             "Hamilton", "Lyon", "Nantes", "Porto", "Leeds", "Cardiff", "Belfast", "Cork", "Bristol", "Lille",
             "Ghent", "Utrecht", "Aarhus"]
    caps = rng.sample(range(3500, 68000, 250), len(places))
    stadiums = []
    for i, (p, t) in enumerate(zip(places, towns)):
        cap = caps[i]
        hi = int(cap * rng.uniform(0.7, 1.0))
        lo = int(cap * rng.uniform(0.15, 0.4))
        stadiums.append((i + 1, t, f"{p} {rng.choice(['Park', 'Stadium', 'Arena', 'Ground'])}", cap, hi, lo,
                         int((hi + lo) / 2 + rng.uniform(-300, 300))))
    stadiums[4] = (5, "Glasgow", "Hampden Park", 72500, 70120, 21800, 47400)   # the biggest
    db.executemany("INSERT INTO stadium VALUES (?,?,?,?,?,?,?)", stadiums)
    countries = ["France", "United States", "Netherlands", "United Kingdom", "Japan", "Brazil", "Nigeria", "Canada",
                 "Spain", "South Korea"]
    w1 = ["Blue", "Midnight", "Paper", "Golden", "Silent", "Electric", "Broken", "Summer", "Neon", "Wild", "Velvet",
          "Lonely", "Crystal", "Northern", "Burning"]
    w2 = ["Heart", "Roads", "Rain", "Sky", "Lights", "River", "Dreams", "Fire", "Echoes", "Garden", "Motel", "Waves",
          "Letters", "Horizon", "Daylight"]
    singers = []
    for s in range(1, 161):
        singers.append([s, f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        rng.choices(countries, [9, 30, 8, 22, 10, 9, 7, 12, 8, 9])[0],
                        f"{rng.choice(w1)} {rng.choice(w2)}", str(rng.randint(1996, 2024)), rng.randint(19, 66),
                        rng.choice(["T", "F"])])
    fr = [s for s in singers if s[2] == "France"]
    for s, a in zip(fr, rng.sample(range(20, 64), len(fr))):   # French singers: no two of the same age
        s[5] = a
    singers[41][5], singers[41][1], singers[41][3], singers[41][4] = 17, "Lila Moreau", "Paper Planes", "2023"
    singers[118][5], singers[118][1], singers[118][3], singers[118][4] = 71, "Otis Walsh", "Old Harbour", "1998"
    db.executemany("INSERT INTO singer VALUES (?,?,?,?,?,?,?)", [tuple(s) for s in singers])
    themes = ["Free choice", "Bleeding Love", "Wide Awake", "Happy Tonight", "Party All Night", "Acoustic Evening",
              "Summer Festival", "Charity Gala"]
    adj = ["Auditions", "Super bootcamp", "Home Visits", "Week 1", "Week 2", "Semi-final", "Grand Final", "Showcase",
           "Live Session", "Reunion"]
    concerts, sic = [], []
    never = set(rng.sample(range(1, 161), 18)) - {42}
    pool = [s for s in range(1, 161) if s not in never]
    sw = [rng.randint(2, 12) for _ in stadiums]
    sw[7] = 30   # Recreation: the stadium with the most concerts
    for c in range(1, 341):
        st = rng.choices(range(1, 31), sw)[0]
        concerts.append((c, f"{rng.choice(adj)} {c}", rng.choice(themes), st, str(rng.randint(2014, 2024))))
        for s in rng.sample(pool, rng.choices([1, 2, 3, 4], [3, 4, 3, 1])[0]):
            sic.append((c, s))
    star = max(pool, key=lambda x: (sum(1 for _, y in sic if y == x), -x))
    for c in (3, 77, 150, 222, 301):                            # one singer clearly performs the most
        if (c, star) not in sic:
            sic.append((c, star))
    db.executemany("INSERT INTO concert VALUES (?,?,?,?,?)", concerts)
    db.executemany("INSERT INTO singer_in_concert VALUES (?,?)", sic)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_pets(path: Path) -> None:
    rng = random.Random(5402)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Student (StuID INTEGER PRIMARY KEY, LName TEXT, Fname TEXT, Age INTEGER, Sex TEXT,
                          Major INTEGER, Advisor INTEGER, city_code TEXT);
    CREATE TABLE Pets (PetID INTEGER PRIMARY KEY, PetType TEXT, pet_age INTEGER, weight REAL);
    CREATE TABLE Has_Pet (StuID INTEGER REFERENCES Student(StuID), PetID INTEGER REFERENCES Pets(PetID));
    """)
    lnames = ("Smith Kim Jones Kumar Gompers Schultz Apap Nelson Tai Lee Adams Davis Norris Thornton Wilson "
              "Pang Brody Rugh Goldman Leighton Epp Han Cheng Brown Simms Prater Woods Shieber Hardy Lopez").split()
    fnames = ("Linda Tracy Shiela Dinesh Paul Andy Lisa Jandy Eric Derek David Steven Charles Susan Mark Bruce "
              "Michael Arthur Sarah Jun Ian Stacy Mary Eric Bill Lisa Ryan Emma Olivia Noah Liam Ava Mia Lucas").split()
    majors = [50, 100, 520, 540, 550, 600]
    cities = ["NYC", "PIT", "BAL", "WAS", "BOS", "PHL", "HKG", "CHI", "ATL", "LON", "ROC", "SFO"]
    students = []
    for i in range(300):
        students.append((1001 + i, rng.choice(lnames), rng.choice(fnames), rng.choices(range(16, 30),
                         [1, 4, 9, 12, 12, 10, 8, 6, 4, 3, 2, 2, 1, 1])[0], rng.choice(["M", "F"]),
                         rng.choices(majors, [2, 2, 3, 3, 4, 6])[0], rng.choice(range(1100, 9800, 3)),
                         rng.choices(cities, [8, 6, 5, 4, 4, 3, 2, 3, 2, 2, 1, 1])[0]))
    db.executemany("INSERT INTO Student VALUES (?,?,?,?,?,?,?,?)", students)
    types = ["dog", "cat", "bird", "hamster", "rabbit"]
    ages = {"dog": (1, 14), "cat": (1, 17), "bird": (1, 9), "hamster": (1, 3), "rabbit": (1, 8)}
    wts = {"dog": (4, 45), "cat": (2.5, 7.5), "bird": (0.05, 0.9), "hamster": (0.1, 0.3), "rabbit": (1, 4)}
    pets = []
    for p in range(1, 281):
        t = rng.choices(types, [40, 34, 10, 8, 8])[0]
        pets.append([2001 + p - 1, t, rng.randint(*ages[t]), round(rng.uniform(*wts[t]), 1)])
    dogs = [p for p in pets if p[1] == "dog"]
    cats = [p for p in pets if p[1] == "cat"]
    dogs[5][2], dogs[5][3] = 0, 3.1      # the one puppy
    cats[9][2], cats[9][3] = 19, 4.4     # the oldest cat
    db.executemany("INSERT INTO Pets VALUES (?,?,?,?)", [tuple(p) for p in pets])
    owners = rng.sample([s[0] for s in students], 175)
    has = []
    for i, p in enumerate(pets):
        if i < 5:
            has.append((owners[0], p[0]))    # the student with the most pets (five)
        else:
            has.append((rng.choices(owners[1:], [3 if k % 4 == 0 else 1 for k in range(174)])[0], p[0]))
    db.executemany("INSERT INTO Has_Pet VALUES (?,?)", has)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_cars(path: Path) -> None:
    rng = random.Random(5503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE continents (ContId INTEGER PRIMARY KEY, Continent TEXT);
    CREATE TABLE countries (CountryId INTEGER PRIMARY KEY, CountryName TEXT,
                            Continent INTEGER REFERENCES continents(ContId));
    CREATE TABLE car_makers (Id INTEGER PRIMARY KEY, Maker TEXT, FullName TEXT,
                             Country INTEGER REFERENCES countries(CountryId));
    CREATE TABLE model_list (ModelId INTEGER PRIMARY KEY, Maker INTEGER REFERENCES car_makers(Id), Model TEXT);
    CREATE TABLE cars_data (Id INTEGER PRIMARY KEY, ModelId INTEGER REFERENCES model_list(ModelId), MPG REAL,
                            Cylinders INTEGER, Edispl REAL, Horsepower INTEGER, Weight INTEGER, Accelerate REAL,
                            Year INTEGER);
    """)
    db.executemany("INSERT INTO continents VALUES (?,?)",
                   [(1, "america"), (2, "europe"), (3, "asia"), (4, "africa"), (5, "australia")])
    countries = [(1, "usa", 1), (2, "germany", 2), (3, "france", 2), (4, "japan", 3), (5, "italy", 2),
                 (6, "sweden", 2), (7, "uk", 2), (8, "korea", 3), (9, "russia", 2), (10, "nigeria", 4),
                 (11, "australia", 5), (12, "mexico", 1), (13, "brazil", 1), (14, "egypt", 4), (15, "new zealand", 5)]
    db.executemany("INSERT INTO countries VALUES (?,?,?)", countries)
    makers = [(1, "amc", "American Motor Company", 1), (2, "volkswagen", "Volkswagen", 2), (3, "bmw", "BMW", 2),
              (4, "gm", "General Motors", 1), (5, "ford", "Ford Motor Company", 1), (6, "chrysler", "Chrysler", 1),
              (7, "citroen", "Citroen", 3), (8, "nissan", "Nissan Motors", 4), (9, "fiat", "Fiat", 5),
              (10, "honda", "Honda", 4), (11, "mazda", "Mazda", 4), (12, "daimler benz", "Daimler Benz", 2),
              (13, "opel", "Opel", 2), (14, "peugeaut", "Peugeaut", 3), (15, "renault", "Renault", 3),
              (16, "saab", "Saab", 6), (17, "subaru", "Subaru", 4), (18, "toyota", "Toyota", 4),
              (19, "triumph", "Triumph", 7), (20, "volvo", "Volvo", 6), (21, "kia", "Kia Motors", 8),
              (22, "hyundai", "Hyundai", 8), (23, "holden", "Holden", 11)]
    db.executemany("INSERT INTO car_makers VALUES (?,?,?,?)", makers)
    models = [(1, "amc"), (2, "volkswagen"), (3, "bmw"), (4, "chevrolet"), (4, "buick"), (4, "pontiac"),
              (4, "oldsmobile"), (4, "cadillac"), (4, "gmc"), (4, "opel gt"), (5, "ford"), (5, "mercury"),
              (5, "lincoln"), (6, "plymouth"), (6, "dodge"), (6, "chrysler"), (7, "citroen"), (8, "datsun"),
              (8, "nissan"), (9, "fiat"), (10, "honda"), (11, "mazda"), (12, "mercedes-benz"), (13, "opel"),
              (14, "peugeot"), (15, "renault"), (16, "saab"), (17, "subaru"), (18, "toyota"), (18, "lexus"),
              (19, "triumph"), (20, "volvo"), (21, "kia"), (22, "hyundai")]
    db.executemany("INSERT INTO model_list VALUES (?,?,?)", [(i + 1, m, n) for i, (m, n) in enumerate(models)])
    country_of = {m[0]: m[3] for m in makers}
    cars = []
    mw = [6 if country_of[m] == 1 else 3 if country_of[m] == 4 else 2 for m, _ in models]
    for cid in range(1, 407):
        mi = rng.choices(range(len(models)), mw)[0]
        us = country_of[models[mi][0]] == 1
        cyl = rng.choices([3, 4, 5, 6, 8], [0, 3, 0, 3, 4] if us else [1, 12, 1, 3, 1])[0]
        year = rng.randint(1970, 1982)
        hp = int({3: 60, 4: 80, 5: 90, 6: 105, 8: 150}[cyl] * rng.uniform(0.75, 1.4))
        wt = int({3: 2100, 4: 2300, 5: 2900, 6: 3200, 8: 4100}[cyl] * rng.uniform(0.85, 1.2))
        mpg = round(max(9.0, 46 - wt / 140 + (year - 1970) * 0.6 + rng.uniform(-3, 3)), 1)
        cars.append([cid, mi + 1, mpg, cyl, round({3: 1.2, 4: 1.9, 5: 2.2, 6: 3.8, 8: 5.7}[cyl] * rng.uniform(0.85, 1.15),
                     1), hp, wt, round(rng.uniform(8, 24.8) + (4 if cyl == 4 else 0) * 0.5, 1), year])
    cars[87][1:] = [18, 46.6, 4, 1.2, 65, 2110, 19.4, 1980]     # the thriftiest car, a datsun
    cars[201][1:] = [8, 13.0, 8, 7.2, 236, 4670, 9.5, 1975]     # the most powerful 1975 car, a cadillac
    db.executemany("INSERT INTO cars_data VALUES (?,?,?,?,?,?,?,?,?)", [tuple(c) for c in cars])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_flights(path: Path) -> None:
    rng = random.Random(5604)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE airlines (uid INTEGER PRIMARY KEY, Airline TEXT, Abbreviation TEXT, Country TEXT);
    CREATE TABLE airports (City TEXT, AirportCode TEXT PRIMARY KEY, AirportName TEXT, Country TEXT,
                           CountryAbbrev TEXT);
    CREATE TABLE flights (Airline INTEGER REFERENCES airlines(uid), FlightNo INTEGER,
                          SourceAirport TEXT REFERENCES airports(AirportCode),
                          DestAirport TEXT REFERENCES airports(AirportCode), PRIMARY KEY (Airline, FlightNo));
    """)
    airlines = [(1, "United Airlines", "UAL", "USA"), (2, "US Airways", "USAir", "USA"),
                (3, "Delta Airlines", "Delta", "USA"), (4, "Southwest Airlines", "Southwest", "USA"),
                (5, "American Airlines", "American", "USA"), (6, "Northwest Airlines", "Northwest", "USA"),
                (7, "Continental Airlines", "Continental", "USA"), (8, "JetBlue Airways", "JetBlue", "USA"),
                (9, "Frontier Airlines", "Frontier", "USA"), (10, "AirTran Airways", "AirTran", "USA"),
                (11, "Allegiant Air", "Allegiant", "USA"), (12, "Virgin America", "Virgin", "USA"),
                (13, "Air Canada", "AirCanada", "Canada"), (14, "WestJet", "WestJet", "Canada"),
                (15, "Aeromexico", "Aeromexico", "Mexico")]
    db.executemany("INSERT INTO airlines VALUES (?,?,?,?)", airlines)
    us = [("Boston", "BOS", "Logan International"), ("New York", "JFK", "John F Kennedy International"),
          ("New York", "LGA", "LaGuardia"), ("Chicago", "ORD", "O'Hare International"),
          ("Chicago", "MDW", "Midway"), ("Atlanta", "ATL", "Hartsfield-Jackson"), ("Denver", "DEN", "Denver International"),
          ("Dallas", "DFW", "Dallas/Fort Worth International"), ("Houston", "IAH", "George Bush Intercontinental"),
          ("Los Angeles", "LAX", "Los Angeles International"), ("San Francisco", "SFO", "San Francisco International"),
          ("Seattle", "SEA", "Seattle-Tacoma International"), ("Miami", "MIA", "Miami International"),
          ("Orlando", "MCO", "Orlando International"), ("Phoenix", "PHX", "Sky Harbor International"),
          ("Las Vegas", "LAS", "McCarran International"), ("Minneapolis", "MSP", "Minneapolis-St Paul International"),
          ("Detroit", "DTW", "Detroit Metropolitan"), ("Philadelphia", "PHL", "Philadelphia International"),
          ("Charlotte", "CLT", "Charlotte Douglas International"), ("Salt Lake City", "SLC", "Salt Lake City International"),
          ("Portland", "PDX", "Portland International"), ("San Diego", "SAN", "San Diego International"),
          ("Nashville", "BNA", "Nashville International"), ("Austin", "AUS", "Austin-Bergstrom International"),
          ("Baltimore", "BWI", "Baltimore/Washington International"), ("Washington", "DCA", "Reagan National"),
          ("Washington", "IAD", "Dulles International"), ("Kansas City", "MCI", "Kansas City International"),
          ("St Louis", "STL", "Lambert-St Louis International"), ("Tampa", "TPA", "Tampa International"),
          ("Pittsburgh", "PIT", "Pittsburgh International"), ("Cleveland", "CLE", "Hopkins International"),
          ("Albany", "ALB", "Albany International"), ("Boise", "BOI", "Boise Air Terminal"),
          ("Aberdeen", "APG", "Phillips AAF"), ("Aberdeen", "ABR", "Aberdeen Regional"),
          ("Abilene", "ABI", "Abilene Regional"), ("Anchorage", "ANC", "Ted Stevens International"),
          ("Honolulu", "HNL", "Honolulu International"), ("Corvallis", "CVO", "Corvallis Municipal"),
          ("Ashley", "ASY", "Ashley Municipal"), ("Dyess", "DYS", "Dyess AFB"), ("Alton", "ALN", "St Louis Regional")]
    other = [("Toronto", "YYZ", "Pearson International", "Canada", "CA"),
             ("Vancouver", "YVR", "Vancouver International", "Canada", "CA"),
             ("Calgary", "YYC", "Calgary International", "Canada", "CA"),
             ("Montreal", "YUL", "Trudeau International", "Canada", "CA"),
             ("Mexico City", "MEX", "Benito Juarez International", "Mexico", "MX"),
             ("Cancun", "CUN", "Cancun International", "Mexico", "MX")]
    airports = [(c, code, n, "United States", "US") for c, code, n in us] + other
    db.executemany("INSERT INTO airports VALUES (?,?,?,?,?)", airports)
    codes = [a[1] for a in airports]
    quiet = {"APG", "ABI", "ASY", "DYS", "ALN", "BOI"}           # no departures at all
    hub = {"ATL": 14, "ORD": 11, "DFW": 10, "DEN": 9, "LAX": 9, "JFK": 8, "SFO": 7, "BOS": 6, "SEA": 5,
           "YYZ": 5, "MEX": 4, "CLT": 6, "IAH": 6, "MSP": 5, "DTW": 5, "PHL": 5, "LAS": 5, "PHX": 5, "MIA": 5,
           "MCO": 5, "LGA": 5, "ABR": 1, "CVO": 1, "ANC": 1, "HNL": 2}
    src = [c for c in codes if c not in quiet]
    sw = [hub.get(c, 3) for c in src]
    dw = [hub.get(c, 3) if c not in quiet else 0 if c in ("ASY", "DYS") else 1 for c in codes]
    aw = [16, 9, 14, 12, 13, 7, 8, 6, 5, 4, 3, 2, 5, 4, 3]
    flights, used = [], set()
    while len(flights) < 1200:
        al = rng.choices(range(1, 16), aw)[0]
        fno = rng.randint(1, 1500)
        if (al, fno) in used:
            continue
        s = rng.choices(src, sw)[0]
        d = rng.choices(codes, dw)[0]
        if d == s:
            continue
        used.add((al, fno))
        flights.append((al, fno, s, d))
    for fno, dest in ((1601, "ORD"), (1602, "DEN"), (1603, "MIA")):   # Delta leads at ATL
        flights.append((3, fno, "ATL", dest))
    db.executemany("INSERT INTO flights VALUES (?,?,?,?)", flights)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"concert_singer": build_concert, "pets": build_pets, "cars": build_cars,
                              "flights": build_flights}, SETS))
