"""Seventh held-out evaluation, in the style of the multi-turn SParC / CoSQL benchmarks: four small
Spider-style databases (museum visits, TV channels, battles and ship losses, poker players) and
hand-written conversations over them that start simple and refine toward a harder question, with
CoSQL-style rounds the data cannot answer (see README.md in this folder).

    python bench/heldout7/build.py [OUT_DIR]    # writes museum_visit, tvshow, battle_death, poker_player
                                                 # .sqlite (default OUT_DIR: /tmp/c2q-heldout7), checks
                                                 # every reference SQL and writes the <db>.json sets here

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

FIRST = ("Adam Beatriz Chen Dalia Emil Fatima Goran Hana Ivo Julia Kenji Lena Marco Nadia Oscar Petra "
         "Rahul Selin Tomas Ursula Viktor Wen Xavier Yusuf Zofia").split()
LAST = ("Almeida Berg Castillo Dimitrov Eriksen Fontaine Grant Horvat Ito Jovanovic Kaur Lindgren Moreau "
        "Nakamura Okoro Petrov Quinn Reyes Silva Tran").split()


def names(rng: random.Random, n: int) -> list[str]:
    pool = [f"{f} {la}" for f in FIRST for la in LAST]
    return rng.sample(pool, n)


# ------------------------------------------------------------------------------------------
def build_museum(path: Path) -> None:
    rng = random.Random(7101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE museum (Museum_ID INTEGER PRIMARY KEY, Name TEXT, Num_of_Staff INTEGER, Open_Year TEXT, City TEXT);
    CREATE TABLE visitor (ID INTEGER PRIMARY KEY, Name TEXT, Level_of_membership INTEGER, Age INTEGER);
    CREATE TABLE visit (Museum_ID INTEGER REFERENCES museum(Museum_ID), visitor_ID INTEGER REFERENCES visitor(ID),
                        Visit_Date TEXT, Num_of_Ticket INTEGER, Total_spent REAL);
    """)
    museums = [("Plaza Museum", 62, "2000", "Valencia"), ("Capital Plaza Museum", 25, "2012", "Madrid"),
               ("Jefferson Development Museum", 18, "2010", "Madrid"), ("Willow Grande Museum", 17, "2011", "Seville"),
               ("RiverBay Museum", 43, "2008", "Valencia"), ("Naval History Museum", 31, "1994", "Cartagena"),
               ("Museum of Light", 12, "2015", "Seville"), ("Old Mint Museum", 55, "1987", "Madrid"),
               ("Textile Heritage Museum", 9, "2019", "Bilbao"), ("Harbour Art Gallery", 38, "2004", "Bilbao"),
               ("Museum of Clocks", 7, "1999", "Toledo"), ("Sierra Natural History Museum", 71, "1978", "Granada")]
    db.executemany("INSERT INTO museum VALUES (?,?,?,?,?)", [(i + 1, *m) for i, m in enumerate(museums)])
    vnames = names(rng, 320)
    visitors = []
    top_ages = iter([23, 31, 38, 44, 52, 57, 63, 69, 74])
    for i in range(320):
        level = rng.choices(range(1, 8), [9, 7, 6, 5, 4, 3, 2])[0]
        age = rng.randrange(16, 81)
        if i % 35 == 7:                      # nine top-level members, all of different ages
            level, age = 8, next(top_ages)
        visitors.append((i + 1, vnames[i], level, age))
    db.executemany("INSERT INTO visitor VALUES (?,?,?,?)", visitors)
    weights = [14, 9, 6, 5, 11, 7, 3, 12, 2, 6, 1, 8]
    price = [12, 15, 8, 9, 11, 10, 6, 14, 5, 13, 4, 16]
    visits = []
    never = {v[0] for v in visitors if v[0] % 11 == 4}           # 29 visitors who never came
    active = [v[0] for v in visitors if v[0] not in never]
    for _ in range(1400):
        m = rng.choices(range(1, 13), weights)[0]
        vid = rng.choice(active)
        t = rng.choices([1, 2, 3, 4, 5, 6], [6, 8, 4, 3, 1, 1])[0]
        spent = round(t * price[m - 1] + rng.choice([0, 0, 0, 4.5, 9.9, 14.25, 22.0]) + rng.random(), 2)
        visits.append((m, vid, day(rng, date(2022, 1, 1), date(2024, 12, 31)).isoformat(), t, spent))
    db.executemany("INSERT INTO visit VALUES (?,?,?,?,?)", visits)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_tvshow(path: Path) -> None:
    rng = random.Random(7202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE TV_Channel (id TEXT PRIMARY KEY, series_name TEXT, Country TEXT, Language TEXT, Content TEXT,
                             Pixel_aspect_ratio_PAR TEXT, Hight_definition_TV TEXT, Pay_per_view_PPV TEXT,
                             Package_Option TEXT);
    CREATE TABLE TV_series (id REAL PRIMARY KEY, Episode TEXT, Air_Date TEXT, Rating REAL, Share REAL,
                            "18_49_Rating_Share" TEXT, Viewers_m REAL, Weekly_Rank REAL,
                            Channel TEXT REFERENCES TV_Channel(id));
    CREATE TABLE Cartoon (id REAL PRIMARY KEY, Title TEXT, Directed_by TEXT, Written_by TEXT, Original_air_date TEXT,
                          Production_code REAL, Channel TEXT REFERENCES TV_Channel(id));
    """)
    chans = [("Sky Radio", "Italy", "Italian", "music", "4:3", "no", "no", "Sky Famiglia"),
             ("Sky Music", "Italy", "Italian", "music", "16:9", "yes", "no", "Sky Famiglia"),
             ("Music Box Italia", "Italy", "Italian", "music", "16:9", "no", "no", "Sky Famiglia"),
             ("MTV Hits", "Italy", "Italian", "music", "16:9", "yes", "yes", "Sky Famiglia + Sky HD"),
             ("Cartoon Network", "United Kingdom", "English", "kids", "16:9", "yes", "no", "Sky Famiglia"),
             ("Boomerang", "United Kingdom", "English", "kids", "4:3", "no", "no", "Sky Famiglia"),
             ("Rai Gulp", "Italy", "Italian", "kids", "16:9", "yes", "no", "no ( FTA )"),
             ("Disney Junior", "United States", "English", "kids", "16:9", "yes", "yes", "Sky Famiglia + Sky HD"),
             ("Nickelodeon", "United States", "English", "kids", "16:9", "yes", "no", "Sky Famiglia"),
             ("Sportitalia", "Italy", "Italian", "sport", "16:9", "yes", "yes", "Sky Sport"),
             ("Eurosport 2", "France", "French", "sport", "16:9", "yes", "yes", "Sky Sport"),
             ("Canal J", "France", "French", "kids", "4:3", "no", "no", "no ( FTA )"),
             ("Deutsche Welle", "Germany", "German", "news", "16:9", "no", "no", "no ( FTA )"),
             ("BBC World News", "United Kingdom", "English", "news", "16:9", "yes", "no", "Sky TG24"),
             ("Telecinco Cine", "Spain", "Spanish", "films", "16:9", "yes", "yes", "Sky Cinema"),
             ("Cine Sony", "Spain", "Spanish", "films", "16:9", "no", "yes", "Sky Cinema")]
    db.executemany("INSERT INTO TV_Channel VALUES (?,?,?,?,?,?,?,?,?)",
                   [(str(700 + i), *c) for i, c in enumerate(chans)])
    words = ("A Love of a Lifetime|Friendly Skies|Game Three|The Year of the Rabbit|The Legend of Dylan McCleen|"
             "Keepers|Double Down|Winterland|Emily|Blowback|Home By Another Way|The Hanged Man|Night Shift|"
             "Paper Moon|Open Water|The Last Light|Crossroads|Glass House|Second Chances|Red Line").split("|")
    series, sid = [], 0
    reach = [1.2, 2.0, 0.8, 2.6, 4.1, 1.5, 3.3, 5.2, 4.6, 3.8, 2.2, 1.0, 0.6, 2.9, 3.0, 1.7]
    counts = [14, 22, 9, 28, 31, 12, 25, 34, 30, 26, 17, 8, 6, 21, 24, 13]
    for c in range(16):
        for k in range(counts[c]):
            sid += 1
            rating = round(max(0.4, rng.gauss(reach[c] * 1.4, 0.9)), 1)
            share = max(1, round(rating * rng.uniform(1.4, 1.9)))
            viewers = round(rating * rng.uniform(1.3, 1.8), 2)
            series.append((float(sid), f"{rng.choice(words)} (part {k + 1})",
                           day(rng, date(2019, 1, 1), date(2024, 12, 31)).isoformat(), rating, float(share),
                           f"{round(rating * 0.6, 1)}/{share - 1}", viewers, float(rng.randrange(1, 90)),
                           str(700 + c)))
    series[100] = (101.0, "Winterland (finale)", "2023-12-22", 9.8, 17.0, "5.9/16", 14.26, 1.0, "707")
    db.executemany("INSERT INTO TV_series VALUES (?,?,?,?,?,?,?,?,?)", series)
    directors = ["Ben Jones", "Brandon Vietti", "Michael Chang", "Dave Filoni", "Jennifer Coyle", "Lauren Faust",
                 "Steven Choi"]
    writers = ["Michael Jelenic", "Steven Melching", "Paul Dini", "Amy Wolfram", "Joe Ansolabehere", "Kim Lau",
               "Todd Casey", "Sofia Ortega"]
    kids = ["704", "705", "706", "707", "708", "711", "701"]
    adj = "Dark Silent Golden Hidden Lost Brave Crystal Iron Shadow Wild Frozen Burning".split()
    noun = "Island Knight Robot Planet Dragon River Tower Circus Forest Comet Garden Secret".split()
    titles = rng.sample([f"The {a} {n}" for a in adj for n in noun], 140)
    toons = []
    for i in range(140):
        d = rng.choices(directors, [8, 6, 6, 4, 5, 3, 2])[0]
        ch = rng.choices(kids, [9, 5, 4, 6, 6, 2, 1])[0]
        if d == "Ben Jones" and ch in ("705", "706"):   # Ben Jones never works for Boomerang or Rai Gulp
            ch = "704"
        toons.append((float(i + 1), titles[i], d, rng.choice(writers),
                      day(rng, date(2008, 1, 1), date(2024, 6, 30)).isoformat(), float(101 + i), ch))
    db.executemany("INSERT INTO Cartoon VALUES (?,?,?,?,?,?,?)", toons)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_battle(path: Path) -> None:
    rng = random.Random(7303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE battle (id INTEGER PRIMARY KEY, name TEXT, date TEXT, bulgarian_commander TEXT, latin_commander TEXT,
                         result TEXT);
    CREATE TABLE ship (lost_in_battle INTEGER REFERENCES battle(id), id INTEGER PRIMARY KEY, name TEXT,
                       tonnage INTEGER, ship_type TEXT, location TEXT, disposition_of_ship TEXT);
    CREATE TABLE death (caused_by_ship_id INTEGER REFERENCES ship(id), id INTEGER PRIMARY KEY, note TEXT,
                        killed INTEGER, injured INTEGER);
    """)
    places = ("Adrianople Rusion Rodosto Messinopolis Serres Philippopolis Boruy Tzurulum Arcadiopolis "
              "Beroe Pamphylon Vize Selymbria Apros Kypsela Mosynopolis Traianopolis Ainos Mesene "
              "Bizye Didymoteicho Anchialos Mesembria Sozopol Varna Debelt Aetos Lardea Skafida Markeli "
              "Tarnovo Lovech Vidin Sredets Velbazhd Strumitsa").split()
    bcom = ["Kaloyan", "Boril", "Ivan Asen II", "Strez", "Alexius Slav"]
    lcom = ["Baldwin I", "Henry I", "Theodore I Laskaris", "Boniface", "Robert of Courtenay", "Thierry de Termond"]
    results = ["Bulgarian victory", "Latin victory", "Indecisive", "Entire Latin army destroyed"]
    battles = []
    for i, p in enumerate(places):
        y = 1203 + i // 2
        battles.append((i + 1, f"Battle of {p}", date(y, rng.randrange(1, 13), rng.randrange(1, 28)).isoformat(),
                        rng.choices(bcom, [8, 6, 5, 2, 2])[0], rng.choices(lcom, [5, 7, 4, 3, 3, 2])[0],
                        rng.choices(results, [9, 6, 3, 2])[0]))
    db.executemany("INSERT INTO battle VALUES (?,?,?,?,?,?)", battles)
    types = [("Brig", 180, 320), ("8 gun Brig", 250, 400), ("Schooner", 90, 200), ("Frigate", 600, 1100),
             ("Galley", 120, 260), ("Screw-sloop-of-war", 700, 1400)]
    locs = ["English Channel", "Black Sea", "Aegean Sea", "Sea of Marmara", "Mediterranean", "Danube"]
    adj = "Swift Bold Holy Silver Black Royal Lucky Stormy Proud Faithful Golden Red".split()
    noun = "Eagle Lion Maria Falcon Cross Anchor Star Wave Hope Fortune Saint Rose Pearl Wolf Gull".split()
    snames = rng.sample([f"{a} {n}" for a in adj for n in noun], 180)
    ships = []
    for i in range(180):
        b = rng.randrange(1, 37)
        while b in (5, 12, 19, 23, 30, 34):             # six battles in which no ship was lost
            b = rng.randrange(1, 37)
        t, lo, hi = rng.choices(types, [6, 3, 5, 2, 4, 1])[0]
        ships.append((b, i + 1, snames[i], rng.randrange(lo, hi), t, rng.choices(locs, [4, 5, 4, 3, 3, 2])[0],
                      rng.choices(["Captured", "Sunk", "Wrecked", "Scuttled"], [4, 6, 2, 1])[0]))
    db.executemany("INSERT INTO ship VALUES (?,?,?,?,?,?,?)", ships)
    deaths = []
    for i in range(520):
        s = rng.randrange(1, 181)
        k = rng.choices([0, rng.randrange(1, 15), rng.randrange(15, 60), rng.randrange(60, 200)], [3, 8, 4, 1])[0]
        deaths.append((s, i + 1, rng.choice(["", "Dantewada", "East Champaron", "WestCaroline", "near the shore",
                                             "during boarding", "explosion"]), k, rng.randrange(0, 2 * k + 5)))
    db.executemany("INSERT INTO death VALUES (?,?,?,?,?)", deaths)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_poker(path: Path) -> None:
    rng = random.Random(7404)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE people (People_ID INTEGER PRIMARY KEY, Nationality TEXT, Name TEXT, Birth_Date TEXT, Height REAL);
    CREATE TABLE poker_player (Poker_Player_ID INTEGER PRIMARY KEY, People_ID INTEGER REFERENCES people(People_ID),
                               Final_Table_Made REAL, Best_Finish REAL, Money_Rank REAL, Earnings REAL);
    """)
    nats = ["Russia", "Bulgaria", "United States", "Germany", "Brazil", "Canada", "Sweden", "Vietnam"]
    pnames = names(rng, 260)
    people = []
    for i in range(260):
        people.append((i + 1, rng.choices(nats, [6, 3, 9, 4, 3, 3, 2, 2])[0], pnames[i],
                       day(rng, date(1960, 1, 1), date(2002, 12, 31)).isoformat(),
                       round(rng.gauss(178, 8), 1)))
    people[41] = (42, "Bulgaria", "Yusuf Petrov", "1988-07-14", 207.5)      # the tallest, and a poker player
    seen = set()
    for i, pe in enumerate(people):            # no two people share a birth date (so a sort by it has no tie)
        bd = date.fromisoformat(pe[3])
        while bd in seen:
            bd += timedelta(days=1)
        seen.add(bd)
        people[i] = (*pe[:3], bd.isoformat(), pe[4])
    db.executemany("INSERT INTO people VALUES (?,?,?,?,?)", people)
    chosen = rng.sample(range(1, 261), 130)
    if 42 not in chosen:
        chosen[0] = 42
    ranks = rng.sample(range(1, 400), 130)
    players = []
    for i, pid in enumerate(chosen):
        ftm = float(rng.choices([rng.randrange(1, 10), rng.randrange(10, 30), rng.randrange(30, 60)], [6, 4, 1])[0])
        earn = round(rng.lognormvariate(12.3, 0.9) + ftm * 9000, 0)
        players.append((i + 1, pid, ftm, float(rng.choices(range(1, 11), [3, 3, 3, 2, 2, 2, 1, 1, 1, 1])[0]),
                        float(ranks[i]), earn))
    db.executemany("INSERT INTO poker_player VALUES (?,?,?,?,?,?)", players)
    db.commit()
    db.close()


BUILDERS = {"museum_visit": build_museum, "tvshow": build_tvshow, "battle_death": build_battle,
            "poker_player": build_poker}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
