"""Thirteenth held-out evaluation, in the style of SParC / CoSQL: three small Spider-style databases
of new domains (climbing gyms, beekeeping co-operatives, island ferries) and multi-turn
conversations over them that start simple and refine turn by turn, written before the engine was
run on them (see README.md in this folder).

    python bench/heldout13/build.py [OUT_DIR]   # writes climbing.sqlite, apiary.sqlite, ferry.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout13), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all, day  # noqa: E402

FIRST = ("Ada Bruno Cleo Dario Esme Felix Greta Henrik Iris Jude Kofi Lena Milo Nadia Omar Petra Rui "
         "Saskia Teo Uma Vera Wim Xenia Yusuf Zora").split()
LAST = ("Abbott Brandt Castillo Dahl Eriksen Ferreira Gallo Hart Ito Jovanovic Kerr Lind Moreau Nakamura "
        "Ortiz Pike Quint Reyes Strand Toth").split()


def name(rng: random.Random, used: set) -> str:
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in used:
            used.add(n)
            return n


# ------------------------------------------------------------------------------------------
def build_climbing(path: Path) -> None:
    rng = random.Random(1313)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Gym (Gym_ID INTEGER PRIMARY KEY, Gym_Name TEXT, City TEXT, Opened_Year TEXT,
                      Num_of_Walls INTEGER, Monthly_Fee REAL);
    CREATE TABLE Route (Route_ID INTEGER PRIMARY KEY, Gym_ID INTEGER REFERENCES Gym(Gym_ID), Route_Name TEXT,
                        Grade INTEGER, Style TEXT, Setter TEXT, Set_Date TEXT);
    CREATE TABLE Climber (Climber_ID INTEGER PRIMARY KEY, Name TEXT, Age INTEGER, Home_Gym_ID INTEGER
                          REFERENCES Gym(Gym_ID), Membership TEXT, Joined_Year TEXT);
    CREATE TABLE Ascent (id TEXT PRIMARY KEY, Climber_ID INTEGER REFERENCES Climber(Climber_ID),
                         Route_ID INTEGER REFERENCES Route(Route_ID), Ascent_Date TEXT, Attempts INTEGER,
                         Is_Flash INTEGER);
    """)
    gyms = [("Crux Collective", "Denver", "2012", 14, 79.0), ("Vertical Orchard", "Portland", "2015", 9, 68.5),
            ("Chalk Harbor", "Seattle", "2009", 18, 84.0), ("Granite Loft", "Denver", "2019", 7, 72.0),
            ("Overhang Union", "Boulder", "2016", 11, 75.5), ("Basalt Room", "Portland", "2021", 6, 61.0),
            ("Summit Yard", "Salt Lake City", "2013", 12, 70.0)]
    db.executemany("INSERT INTO Gym VALUES (?,?,?,?,?,?)", [(i + 1, *g) for i, g in enumerate(gyms)])
    setters = ["Ines Vaughn", "Marco Pell", "Tash Okoro", "Lou Brandt", "Kit Haldane", "Ravi Sen"]
    words = ("Crimp Sloper Dyno Arete Crack Pinch Jug Mantle Roof Slab Heel Toe Flag Gaston Undercling Pocket "
             "Sidepull Volume Traverse Chimney").split()
    adj = ("Blue Red Quiet Angry Lazy Sunday Midnight Electric Rusty Golden Little Big Hidden Broken Lucky "
           "Salty Frozen Wild").split()
    routes, used = [], set()
    for rid in range(1, 181):
        g = rng.choices(range(1, 8), [14, 9, 18, 7, 11, 6, 12])[0]
        while True:
            n = f"{rng.choice(adj)} {rng.choice(words)}"
            if n not in used:
                used.add(n)
                break
        style = rng.choices(["Boulder", "Top Rope", "Lead"], [6, 3, 2])[0]
        grade = rng.choices(range(0, 11), [4, 7, 9, 10, 9, 8, 6, 4, 3, 2, 1])[0]
        lo = date(max(int(gyms[g - 1][2]), 2022), 1, 1)
        routes.append((rid, g, n, grade, style, rng.choice(setters), day(rng, lo, date(2024, 10, 31)).isoformat()))
    db.executemany("INSERT INTO Route VALUES (?,?,?,?,?,?,?)", routes)
    climbers, used = [], set()
    for cid in range(1, 141):
        g = rng.choices(range(1, 8), [14, 9, 18, 7, 11, 6, 12])[0]
        climbers.append((cid, name(rng, used), rng.randint(16, 61), g,
                         rng.choices(["Monthly", "Annual", "Punch Card"], [5, 3, 2])[0],
                         str(rng.randint(max(int(gyms[g - 1][2]), 2014), 2024))))
    db.executemany("INSERT INTO Climber VALUES (?,?,?,?,?,?)", climbers)
    ascents = []
    for aid in range(1, 1501):
        c = rng.randrange(1, 141)
        home = climbers[c - 1][3]
        pool = [r for r in routes if r[1] == home] if rng.random() < 0.75 else routes
        r = rng.choice(pool)
        att = rng.choices(range(1, 9), [8, 6, 4, 3, 2, 1, 1, 1])[0]
        d = day(rng, date.fromisoformat(r[6]), date(2024, 12, 31))
        ascents.append((f"A{aid:05d}", c, r[0], d.isoformat(), att, 1 if att == 1 and rng.random() < 0.7 else 0))
    db.executemany("INSERT INTO Ascent VALUES (?,?,?,?,?,?)", ascents)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_apiary(path: Path) -> None:
    rng = random.Random(2626)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Cooperative (Coop_ID INTEGER PRIMARY KEY, Coop_Name TEXT, Region TEXT, Founded TEXT,
                              Num_of_Members INTEGER);
    CREATE TABLE Beekeeper (Keeper_ID INTEGER PRIMARY KEY, Keeper_Name TEXT, Coop_ID INTEGER
                            REFERENCES Cooperative(Coop_ID), Years_Experience INTEGER, Is_Certified TEXT);
    CREATE TABLE Hive (Hive_ID TEXT PRIMARY KEY, Keeper_ID INTEGER REFERENCES Beekeeper(Keeper_ID),
                       Bee_Breed TEXT, Hive_Type TEXT, Install_Year TEXT, Num_of_Frames INTEGER);
    CREATE TABLE Harvest (Harvest_ID INTEGER PRIMARY KEY, Hive_ID TEXT REFERENCES Hive(Hive_ID),
                          Harvest_Date TEXT, Honey_Kg REAL, Honey_Type TEXT, Grade TEXT);
    """)
    coops = [("Linden Valley Bees", "North", "1998", 42), ("Heather Moor Co-op", "West", "2004", 27),
             ("Clover Ridge Apiarists", "South", "2011", 35), ("Orchard Hum", "East", "2015", 19),
             ("Wildflower Union", "South", "2008", 51), ("Pine Coast Keepers", "West", "2019", 14)]
    db.executemany("INSERT INTO Cooperative VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(coops)])
    keepers, used = [], set()
    for k in range(1, 61):
        keepers.append((k, name(rng, used), rng.choices(range(1, 7), [8, 5, 7, 4, 10, 3])[0], rng.randint(1, 34),
                        rng.choices(["Y", "N"], [3, 2])[0]))
    db.executemany("INSERT INTO Beekeeper VALUES (?,?,?,?,?)", keepers)
    hives = []
    for h in range(1, 241):
        hives.append((f"H-{h:03d}", rng.randrange(1, 61),
                      rng.choices(["Carniolan", "Italian", "Buckfast", "Caucasian", "Russian"], [5, 6, 4, 2, 2])[0],
                      rng.choices(["Langstroth", "Top Bar", "Warre"], [7, 2, 1])[0],
                      str(rng.randint(2012, 2024)), rng.choice([8, 10, 10, 10, 12, 20])))
    db.executemany("INSERT INTO Hive VALUES (?,?,?,?,?,?)", hives)
    harv = []
    for i in range(1, 1201):
        hv = rng.choice(hives)
        y = rng.randint(max(int(hv[4]), 2020), 2024)
        d = day(rng, date(y, 5, 1), date(y, 9, 30))
        typ = rng.choices(["Wildflower", "Clover", "Linden", "Heather", "Buckwheat", "Acacia"], [8, 5, 3, 2, 2, 1])[0]
        kg = round(rng.uniform(3, 28) * (1.3 if typ == "Clover" else 1.0), 2)
        harv.append((i, hv[0], d.isoformat(), kg, typ, rng.choices(["A", "B", "C"], [5, 3, 1])[0]))
    db.executemany("INSERT INTO Harvest VALUES (?,?,?,?,?,?)", harv)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_ferry(path: Path) -> None:
    rng = random.Random(3939)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE port (Port_ID INTEGER PRIMARY KEY, Port_Name TEXT, Island TEXT, Num_of_Berths INTEGER,
                       Has_Car_Ramp TEXT);
    CREATE TABLE vessel (Vessel_ID INTEGER PRIMARY KEY, Vessel_Name TEXT, Built_Year TEXT, Passenger_Capacity INTEGER,
                         Car_Capacity INTEGER, Operator TEXT);
    CREATE TABLE crossing (id TEXT PRIMARY KEY, Vessel_ID INTEGER REFERENCES vessel(Vessel_ID),
                           Departure_Port INTEGER REFERENCES port(Port_ID), Arrival_Port INTEGER REFERENCES port(Port_ID),
                           Sail_Date TEXT, Passengers INTEGER, Cars INTEGER, Delay_Minutes INTEGER, Fare_Revenue REAL);
    CREATE TABLE captain (Captain_ID INTEGER PRIMARY KEY, Captain_Name TEXT, Vessel_ID INTEGER
                          REFERENCES vessel(Vessel_ID), Licence_Year TEXT, Age INTEGER);
    """)
    ports = [("Kelport", "Mainland", 6, "Yes"), ("Ardmuir", "Isle of Sorn", 2, "Yes"), ("Balvenie Pier", "Isle of Sorn", 1, "No"),
             ("Craigness", "Hallow", 3, "Yes"), ("Dunlow", "Mainland", 4, "Yes"), ("Eilean Bay", "Fara", 1, "No"),
             ("Portmhor", "Hallow", 2, "Yes"), ("Scarra", "Fara", 1, "No")]
    db.executemany("INSERT INTO port VALUES (?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(ports)])
    vessels = [("MV Solan", "1998", 420, 60, "Westerly Lines"), ("MV Corran", "2004", 650, 90, "Westerly Lines"),
               ("MV Lochrin", "2016", 300, 40, "Isles Link"), ("MV Tern", "1991", 180, 0, "Isles Link"),
               ("MV Heron", "2021", 500, 75, "Westerly Lines"), ("MV Puffin", "2009", 250, 24, "Fara Boats"),
               ("MV Skerry", "2013", 120, 0, "Fara Boats")]
    db.executemany("INSERT INTO vessel VALUES (?,?,?,?,?,?)", [(i + 1, *v) for i, v in enumerate(vessels)])
    caps, used = [], set()
    for c in range(1, 15):
        caps.append((c, name(rng, used), (c - 1) % 7 + 1, str(rng.randint(1992, 2020)), rng.randint(31, 66)))
    db.executemany("INSERT INTO captain VALUES (?,?,?,?,?)", caps)
    routes = [(1, 2), (2, 1), (1, 3), (3, 1), (5, 4), (4, 5), (5, 7), (7, 5), (4, 6), (6, 4), (2, 8), (8, 2), (1, 4), (4, 1)]
    rows = []
    for i in range(1, 1801):
        dep, arr = rng.choices(routes, [9, 9, 3, 3, 7, 7, 4, 4, 3, 3, 2, 2, 5, 5])[0]
        v = rng.randrange(1, 8)
        if ports[dep - 1][3] == "No" or ports[arr - 1][3] == "No":
            v = rng.choice([4, 6, 7])
        vv = vessels[v - 1]
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        summer = d.month in (6, 7, 8)
        pax = min(vv[2], int(vv[2] * rng.uniform(0.15, 0.95 if summer else 0.6)))
        cars = min(vv[3], int(vv[3] * rng.uniform(0.1, 1.0))) if vv[3] else 0
        delay = rng.choices([0, rng.randint(1, 20), rng.randint(20, 95)], [6, 3, 1])[0]
        rev = round(pax * rng.uniform(7.5, 14.0) + cars * 38.5, 2)
        rows.append((f"X{i:04d}", v, dep, arr, d.isoformat(), pax, cars, delay, rev))
    db.executemany("INSERT INTO crossing VALUES (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"climbing": build_climbing, "apiary": build_apiary, "ferry": build_ferry}, SETS))
