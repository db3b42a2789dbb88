"""Held-out evaluation heldout25: three SQLite databases of new designs in the Spider/SParC/CoSQL
style — a road-running federation (`marathons`), an alpine hut association (`huts`) and indie
video-game studios (`studios`) — and conversations over them, written before the engine was run
on them (see README.md in this folder).

    python bench/heldout25/build.py [OUT_DIR]   # writes marathons.sqlite, huts.sqlite, studios.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout25), checks every
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

FIRST = ("Abebe Bianca Chidi Daria Emil Fatima Gunnar Hana Ivo Jana Kofi Lena Mateo Nadia Otto Paula "
         "Ravi Selma Tomas Ulla Vera Wim Ximena Yusuf Zofia").split()
LAST = ("Almeida Berg Chebet Dahl Eriksen Ferrari Gruber Haas Ito Jovanovic Kipchoge Laurent Moreau "
        "Nilsen Ortiz Pichler Quist Romero Sato Tesfaye Urban Vogel Weber Yilmaz Zeller").split()


def names(rng: random.Random, n: int) -> list[str]:
    pool = [f"{f} {la}" for f in FIRST for la in LAST]
    return rng.sample(pool, n)


# ------------------------------------------------------------------------------------------
def build_marathons(path: Path) -> None:
    rng = random.Random(2501)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, name TEXT, city TEXT, country TEXT, founded INTEGER);
    CREATE TABLE runners (runner_id INTEGER PRIMARY KEY, name TEXT, country TEXT, age INTEGER, gender TEXT,
                          club_id INTEGER REFERENCES clubs(club_id));
    CREATE TABLE races (race_id INTEGER PRIMARY KEY, name TEXT, city TEXT, country TEXT, year INTEGER,
                        race_date TEXT, distance_km REAL, entry_fee REAL);
    CREATE TABLE results (result_id INTEGER PRIMARY KEY, race_id INTEGER REFERENCES races(race_id),
                          runner_id INTEGER REFERENCES runners(runner_id), finish_minutes REAL, rank INTEGER);
    """)
    clubs = [("Lyon Striders", "Lyon", "France", 1987), ("Paris Athletic", "Paris", "France", 1972),
             ("Berlin Läufer", "Berlin", "Germany", 1995), ("Hamburg Harriers", "Hamburg", "Germany", 2003),
             ("Nairobi Pace", "Nairobi", "Kenya", 2008), ("Eldoret Runners", "Eldoret", "Kenya", 1999),
             ("Oslo Løpeklubb", "Oslo", "Norway", 1981), ("Madrid Corre", "Madrid", "Spain", 2011),
             ("Vienna Road Club", "Vienna", "Austria", 1965), ("Rotterdam Trail", "Rotterdam", "Netherlands", 2015)]
    db.executemany("INSERT INTO clubs VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(clubs)])
    runners = []
    for i, nm in enumerate(names(rng, 320)):
        club = rng.choices(range(1, 11), [5, 6, 5, 4, 4, 3, 3, 4, 3, 2])[0]
        country = clubs[club - 1][2] if rng.random() < 0.85 else rng.choice(["Ethiopia", "Italy", "Japan", "Kenya"])
        runners.append((i + 1, nm, country, rng.randint(19, 64), rng.choice(["F", "M"]), club))
    runners[40] = (41, "Walter Quist", "Norway", 71, "M", 7)      # the one oldest runner
    db.executemany("INSERT INTO runners VALUES (?,?,?,?,?,?)", runners)
    races = [("Lyon Marathon", "Lyon", "France", 42.195, 60), ("Paris Half", "Paris", "France", 21.1, 45),
             ("Berlin City Marathon", "Berlin", "Germany", 42.195, 85), ("Vienna Spring Run", "Vienna", "Austria",
                                                                         21.1, 40),
             ("Oslo Fjord Marathon", "Oslo", "Norway", 42.195, 70), ("Madrid Night Half", "Madrid", "Spain", 21.1, 35),
             ("Rotterdam Bridge 10K", "Rotterdam", "Netherlands", 10.0, 25)]
    rows, rid = [], 0
    for year in (2021, 2022, 2023, 2024):
        for k, (nm, city, country, dist, fee) in enumerate(races):
            if year == 2021 and k in (4, 6):
                continue
            rid += 1
            d = date(year, [4, 3, 9, 4, 6, 10, 5][k], rng.randint(1, 28))
            rows.append((rid, nm, city, country, year, d.isoformat(), dist, fee + (year - 2021) * 5))
    db.executemany("INSERT INTO races VALUES (?,?,?,?,?,?,?,?)", rows)
    results, n = [], 0
    speed = {r[0]: rng.uniform(2.9, 6.5) for r in runners}      # minutes per km
    for race in rows:
        field = rng.sample(runners, rng.randint(45, 95))
        times = []
        for r in field:
            t = round(race[6] * speed[r[0]] * rng.uniform(0.95, 1.08) + rng.random() / 100, 2)
            times.append((t, r[0]))
        times.sort()
        for rank, (t, rnr) in enumerate(times, 1):
            n += 1
            results.append((n, race[0], rnr, t, rank))
    db.executemany("INSERT INTO results VALUES (?,?,?,?,?)", results)
    # one half-marathon finish of runner 92 goes to another runner, so runner 208 has the most halves
    db.execute("""UPDATE results SET runner_id = (SELECT MIN(runner_id) FROM runners WHERE runner_id NOT IN
                  (SELECT runner_id FROM results WHERE race_id = 21) AND runner_id NOT IN (41, 208))
                  WHERE race_id = 21 AND runner_id = 92""")
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_huts(path: Path) -> None:
    rng = random.Random(2502)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Huts (HutId INTEGER PRIMARY KEY, Name TEXT, Country TEXT, Range TEXT, Altitude INTEGER,
                       Beds INTEGER, OpenedYear INTEGER);
    CREATE TABLE Wardens (WardenId INTEGER PRIMARY KEY, Name TEXT, Age INTEGER, HutId INTEGER REFERENCES Huts(HutId),
                          StartYear INTEGER);
    CREATE TABLE Hikers (HikerId INTEGER PRIMARY KEY, Name TEXT, Age INTEGER, Country TEXT, MemberSince INTEGER);
    CREATE TABLE Stays (StayId INTEGER PRIMARY KEY, HutId INTEGER REFERENCES Huts(HutId),
                        HikerId INTEGER REFERENCES Hikers(HikerId), ArrivalDate TEXT, Nights INTEGER, Price REAL,
                        HalfBoard INTEGER);
    """)
    huts = [("Refuge du Goûter", "France", "Mont Blanc", 3835, 120, 1906), ("Cabane de Moiry", "Switzerland",
                                                                            "Pennine Alps", 2825, 96, 1924),
            ("Monte Rosa Hütte", "Switzerland", "Pennine Alps", 2883, 120, 1895),
            ("Rifugio Torino", "Italy", "Mont Blanc", 3375, 150, 1952), ("Berliner Hütte", "Austria", "Zillertal Alps",
                                                                         2042, 180, 1879),
            ("Olpererhütte", "Austria", "Zillertal Alps", 2388, 60, 1881), ("Refuge de la Dent Parrachée", "France",
                                                                           "Vanoise", 2511, 42, 1971),
            ("Rifugio Lagazuoi", "Italy", "Dolomites", 2752, 74, 1965), ("Watzmannhaus", "Germany",
                                                                         "Berchtesgaden Alps", 1930, 200, 1888),
            ("Kärlingerhaus", "Germany", "Berchtesgaden Alps", 1630, 160, 1890),
            ("Rifugio Auronzo", "Italy", "Dolomites", 2320, 110, 1912), ("Refuge du Col de la Vanoise", "France",
                                                                         "Vanoise", 2516, 150, 1902)]
    db.executemany("INSERT INTO Huts VALUES (?,?,?,?,?,?,?)", [(i + 1, *h) for i, h in enumerate(huts)])
    wardens = []
    wn = names(rng, 16)
    for i in range(16):
        hut = i + 1 if i < 12 else rng.randint(1, 12)
        wardens.append((i + 1, wn[i], rng.randint(26, 60), hut, rng.randint(2005, 2023)))
    wardens[3] = (4, "Ulla Zeller", 67, 4, 1998)                    # the oldest warden
    db.executemany("INSERT INTO Wardens VALUES (?,?,?,?,?)", wardens)
    countries = ["France", "Switzerland", "Italy", "Austria", "Germany", "United Kingdom", "Netherlands", "Belgium"]
    hikers = []
    for i, nm in enumerate(names(rng, 420)):
        hikers.append((i + 1, nm, rng.randint(18, 74), rng.choices(countries, [5, 4, 4, 3, 6, 3, 2, 1])[0],
                       rng.randint(1995, 2024)))
    hikers[99] = (100, "Otto Gruber", 81, "Austria", 1979)          # the oldest hiker
    db.executemany("INSERT INTO Hikers VALUES (?,?,?,?,?)", hikers)
    stays = []
    for s in range(1, 2201):
        hut = rng.choices(range(1, 13), [9, 5, 7, 6, 8, 4, 2, 6, 7, 5, 6, 4])[0]
        d = day(rng, date(2022, 6, 1), date(2024, 9, 30))
        if d.month in (11, 12, 1, 2, 3, 4, 5):
            d = d.replace(month=rng.choice([6, 7, 8, 9]), day=min(d.day, 30))
        nights = rng.choices([1, 2, 3, 4], [10, 5, 2, 1])[0]
        hb = 1 if rng.random() < 0.6 else 0
        price = round(nights * (rng.choice([38, 42, 45, 52, 60]) + hb * 34), 2)
        stays.append((s, hut, rng.randint(1, 420), d.isoformat(), nights, price, hb))
    stays[500] = (501, 9, 100, "2023-07-14", 9, 612.0, 1)           # the longest, dearest stay
    stays[501] = (502, 3, 265, "2024-08-03", 3, 156.0, 1)           # the British hiker with the most nights
    db.executemany("INSERT INTO Stays VALUES (?,?,?,?,?,?,?)", stays)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_studios(path: Path) -> None:
    rng = random.Random(2503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE studio (studio_id INTEGER PRIMARY KEY, name TEXT, country TEXT, founded INTEGER, employees INTEGER);
    CREATE TABLE game (game_id INTEGER PRIMARY KEY, title TEXT, studio_id INTEGER REFERENCES studio(studio_id),
                       genre TEXT, release_year INTEGER, price REAL, review_score INTEGER);
    CREATE TABLE platform (platform_id INTEGER PRIMARY KEY, name TEXT, maker TEXT);
    CREATE TABLE sales (game_id INTEGER REFERENCES game(game_id), platform_id INTEGER REFERENCES platform(platform_id),
                        year INTEGER, units INTEGER, revenue REAL);
    """)
    studios = [("Pixel Fjord", "Norway", 2012, 24), ("Lanterne Games", "France", 2009, 57),
               ("Brightmoss", "United Kingdom", 2016, 12), ("Kumo Works", "Japan", 2005, 88),
               ("Northwind Forge", "Canada", 2014, 35), ("Tiny Anvil", "Poland", 2018, 9),
               ("Sol y Sombra", "Spain", 2011, 18), ("Lumen Arcade", "France", 2019, 14),
               ("Greymoor Studio", "United Kingdom", 2007, 41), ("Hoshi Interactive", "Japan", 2015, 26)]
    db.executemany("INSERT INTO studio VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(studios)])
    plats = [("PC", "Various"), ("PlayStation 5", "Sony"), ("Xbox Series", "Microsoft"), ("Switch", "Nintendo"),
             ("Mobile", "Various")]
    db.executemany("INSERT INTO platform VALUES (?,?,?)", [(i + 1, *p) for i, p in enumerate(plats)])
    adj = ("Hollow Silent Crimson Paper Clockwork Sunken Ember Velvet Frozen Wandering Lost Quiet Neon Iron Amber "
           "Glass Feral Starlit").split()
    noun = ("Lantern Harbor Orchard Kingdom Signal Garden Tides Circuit Atlas Meadow Citadel Voyage Hollow Ritual "
            "Engine Beacon").split()
    genres = ["Platformer", "Puzzle", "RPG", "Strategy", "Roguelike", "Adventure", "Simulation"]
    titles = rng.sample([f"{a} {b}" for a in adj for b in noun], 64)
    games = []
    for g in range(1, 65):
        games.append((g, titles[g - 1], rng.choices(range(1, 11), [6, 9, 4, 10, 6, 3, 5, 4, 8, 5])[0],
                      rng.choice(genres), rng.randint(2016, 2024), rng.choice([9.99, 14.99, 19.99, 24.99, 29.99, 39.99]),
                      rng.randint(55, 92)))
    games[29] = (*games[29][:6], 89)
    games[12] = (13, "Sunken Citadel", 4, "RPG", 2021, 49.99, 96)     # the best-reviewed, dearest game
    db.executemany("INSERT INTO game VALUES (?,?,?,?,?,?,?)", games)
    sales = []
    for g in games:
        pop = rng.uniform(0.3, 3.0) * (g[6] / 70) ** 3
        for p in range(1, 6):
            if rng.random() < (0.9 if p == 1 else 0.55) or (g[0] == 13 and p in (1, 2, 4)):
                for y in range(g[4], 2025):
                    units = int(rng.uniform(800, 12000) * pop / (1 + (y - g[4]) * 0.8))
                    if units > 0:
                        disc = 1.0 if y == g[4] else rng.uniform(0.5, 0.9)
                        sales.append((g[0], p, y, units, round(units * g[5] * disc * 0.7, 2)))
    db.executemany("INSERT INTO sales VALUES (?,?,?,?,?)", sales)
    db.commit()
    db.close()


BUILDERS = {"marathons": build_marathons, "huts": build_huts, "studios": build_studios}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
