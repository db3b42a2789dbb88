"""Seventeenth held-out evaluation: three SQLite databases (a community theatre, a wind farm, a seed
bank) and hand-written SParC/CoSQL-style multi-turn conversations over them, written before the
engine was run on them (see README.md in this folder).

    python bench/heldout17/build.py [OUT_DIR]   # writes theatre.sqlite, windfarm.sqlite, seedbank.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout17), checks every
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

FIRST = ("Ada Bram Cleo Dev Esme Felix Gwen Hal Isla Jude Kit Lena Milo Nora Otto Pia Rhys Sana Theo "
         "Uma Vic Wren Xavi Yusuf Zoe").split()
LAST = ("Abbott Brennan Carver Doyle Ellison Fenwick Garrow Hale Irwin Jarvis Kemp Lowry Marsh Nolan "
        "Orme Pryce Quayle Rudd Sefton Thorne").split()


# ------------------------------------------------------------------------------------------
def build_theatre(path: Path) -> None:
    rng = random.Random(1717)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, joined_on TEXT,
                          email TEXT);
    CREATE TABLE productions (production_id INTEGER PRIMARY KEY, title TEXT, genre TEXT,
                              director_id INTEGER REFERENCES members(member_id), opening_date TEXT,
                              closing_date TEXT, budget REAL);
    CREATE TABLE cast_roles (production_id INTEGER REFERENCES productions(production_id),
                             member_id INTEGER REFERENCES members(member_id), role_name TEXT, is_lead INTEGER);
    CREATE TABLE performances (performance_id INTEGER PRIMARY KEY,
                               production_id INTEGER REFERENCES productions(production_id), perf_date TEXT,
                               start_time TEXT, venue TEXT);
    CREATE TABLE ticket_sales (sale_id INTEGER PRIMARY KEY,
                               performance_id INTEGER REFERENCES performances(performance_id), sold_on TEXT,
                               tier TEXT, qty INTEGER, amount REAL, discount_code TEXT);
    """)
    members = []
    names = set()
    for mid in range(1, 81):
        while True:
            n = (rng.choice(FIRST), rng.choice(LAST))
            if n not in names:
                names.add(n)
                break
        joined = day(rng, date(2012, 1, 1), date(2024, 6, 30))
        email = None if rng.random() < 0.2 else f"{n[0].lower()}.{n[1].lower()}@example.org"
        members.append((mid, n[0], n[1], joined.isoformat(), email))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?)", members)
    shows = [("The Importance of Being Earnest", "Comedy"), ("Blithe Spirit", "Comedy"), ("A Doll's House", "Drama"),
             ("Our Town", "Drama"), ("The Crucible", "Drama"), ("Into the Woods", "Musical"),
             ("Guys and Dolls", "Musical"), ("Noises Off", "Comedy"), ("Macbeth", "Tragedy"),
             ("Twelfth Night", "Comedy"), ("The Pirates of Penzance", "Musical"), ("Hedda Gabler", "Drama"),
             ("Abigail's Party", "Comedy"), ("Romeo and Juliet", "Tragedy"), ("Oliver!", "Musical"),
             ("An Inspector Calls", "Drama"), ("The Wind in the Willows", "Family"), ("Peter Pan", "Family"),
             ("Little Shop of Horrors", "Musical"), ("Arcadia", "Drama")]
    directors = [3, 11, 17, 24, 38, 52]
    prods = []
    start = date(2021, 2, 1)
    for pid, (title, genre) in enumerate(shows, 1):
        opening = start + timedelta(days=(pid - 1) * 70 + rng.randrange(0, 20))
        run = rng.choice([10, 12, 14, 17, 21])
        budget = round(rng.uniform(2500, 9000) + (4000 if genre == "Musical" else 0), 2)
        if pid == 20:
            budget = None
        prods.append((pid, title, genre, rng.choice(directors), opening.isoformat(),
                      (opening + timedelta(days=run)).isoformat(), budget))
    db.executemany("INSERT INTO productions VALUES (?,?,?,?,?,?,?)", prods)
    roles = []
    actors = [m for m in range(1, 81) if m not in directors and m not in (70, 71, 72, 73, 74, 75)]
    for pid in range(1, 21):
        n = rng.randrange(5, 14)
        for i, mid in enumerate(rng.sample(actors, n)):
            roles.append((pid, mid, f"Role {i + 1}", 1 if i < 2 else 0))
    db.executemany("INSERT INTO cast_roles VALUES (?,?,?,?)", roles)
    perfs, sales = [], []
    pfid = sid = 0
    prices = {"adult": 16.0, "concession": 12.0, "child": 8.0}
    for p in prods:
        o, c = date.fromisoformat(p[4]), date.fromisoformat(p[5])
        d = o
        venue = "Main Stage" if p[2] in ("Musical", "Family") or rng.random() < 0.5 else "Studio"
        while d <= c:
            if d.weekday() in (3, 4, 5) or (d.weekday() == 6 and rng.random() < 0.5):
                pfid += 1
                st = "14:30" if d.weekday() == 6 else "19:30"
                perfs.append((pfid, p[0], d.isoformat(), st, venue))
                for _ in range(rng.randrange(4, 14)):
                    sid += 1
                    tier = rng.choices(["adult", "concession", "child"],
                                       [6, 3, 4 if p[2] == "Family" else 1])[0]
                    qty = rng.choices([1, 2, 3, 4], [4, 6, 2, 1])[0]
                    code = rng.choice(["EARLY10", "FRIENDS", "GROUP4"]) if rng.random() < 0.18 else None
                    amt = qty * prices[tier] * (0.9 if code else 1.0)
                    sold = d - timedelta(days=rng.randrange(0, 40))
                    sales.append((sid, pfid, sold.isoformat(), tier, qty, round(amt, 2), code))
            d += timedelta(days=1)
    db.executemany("INSERT INTO performances VALUES (?,?,?,?,?)", perfs)
    db.executemany("INSERT INTO ticket_sales VALUES (?,?,?,?,?,?,?)", sales)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_windfarm(path: Path) -> None:
    rng = random.Random(1718)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Sites (SiteID INTEGER PRIMARY KEY, SiteName TEXT, Region TEXT, CommissionDt TEXT, Offshore INTEGER);
    CREATE TABLE Turbines (TurbineID TEXT PRIMARY KEY, SiteID INTEGER REFERENCES Sites(SiteID), Model TEXT,
                           RatedMW REAL, InstallDt TEXT, HubHtM REAL);
    CREATE TABLE StatusCodes (StatusCd TEXT PRIMARY KEY, StatusDesc TEXT);
    CREATE TABLE Technicians (TechID INTEGER PRIMARY KEY, TechName TEXT, CertLvl INTEGER, HomeSiteID INTEGER
                              REFERENCES Sites(SiteID));
    CREATE TABLE Inspections (InspID INTEGER PRIMARY KEY, TurbineID TEXT REFERENCES Turbines(TurbineID),
                              InspDt TEXT, StatusCd TEXT REFERENCES StatusCodes(StatusCd), CostGBP REAL, Notes TEXT);
    CREATE TABLE InspTechs (InspID INTEGER REFERENCES Inspections(InspID), TechID INTEGER
                            REFERENCES Technicians(TechID));
    CREATE TABLE Outages (OutageID INTEGER PRIMARY KEY, TurbineID TEXT REFERENCES Turbines(TurbineID),
                          StartDt TEXT, OutageHrs REAL, Cause TEXT, LostMWh REAL);
    """)
    sites = [("Whinash Ridge", "Cumbria", "2012-05-01", 0), ("Moorfoot Hill", "Borders", "2014-09-15", 0),
             ("Kessingland Bank", "East Anglia", "2017-03-20", 1), ("Tregarth Moor", "Wales", "2015-07-04", 0),
             ("Dogger Spur", "North Sea", "2019-11-11", 1), ("Brae Fell", "Highlands", "2020-06-30", 0)]
    db.executemany("INSERT INTO Sites VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sites)])
    codes = [("OK", "No defects"), ("MIN", "Minor defect"), ("MAJ", "Major defect"),
             ("SHD", "Shut down pending repair"), ("DEF", "Deferred - no access")]
    db.executemany("INSERT INTO StatusCodes VALUES (?,?)", codes)
    models = {"V90-2.0": 2.0, "V112-3.45": 3.45, "SG-8.0": 8.0, "E-82": 2.3, "N117-3.6": 3.6}
    turbines = []
    counts = [12, 9, 14, 7, 16, 10]
    for s, n in enumerate(counts, 1):
        cd = date.fromisoformat(sites[s - 1][2])
        offshore = sites[s - 1][3]
        pool = ["SG-8.0", "V112-3.45"] if offshore else ["V90-2.0", "E-82", "N117-3.6", "V112-3.45"]
        for k in range(1, n + 1):
            m = rng.choice(pool)
            inst = cd + timedelta(days=rng.randrange(0, 200) + (900 if k > n - 2 else 0))
            hub = None if rng.random() < 0.08 else round(rng.uniform(80, 140) if offshore else rng.uniform(60, 110), 1)
            turbines.append((f"T{s}{k:02d}", s, m, models[m], inst.isoformat(), hub))
    db.executemany("INSERT INTO Turbines VALUES (?,?,?,?,?,?)", turbines)
    techs = []
    for tid in range(1, 19):
        techs.append((tid, f"{FIRST[(tid * 7) % 25]} {LAST[(tid * 3) % 20]}", rng.choice([1, 2, 2, 3, 3, 4]),
                      rng.randrange(1, 7)))
    db.executemany("INSERT INTO Technicians VALUES (?,?,?,?)", techs)
    insp, links, outs = [], [], []
    iid = oid = 0
    for t in turbines:
        d = max(date.fromisoformat(t[4]), date(2021, 1, 1)) + timedelta(days=rng.randrange(10, 90))
        while d <= date(2024, 12, 31):
            iid += 1
            st = rng.choices(["OK", "MIN", "MAJ", "SHD", "DEF"], [10, 5, 2, 1, 1])[0]
            cost = round(rng.uniform(350, 900) + {"OK": 0, "MIN": 400, "MAJ": 2500, "SHD": 6000, "DEF": -300}[st]
                         + (800 if t[1] in (3, 5) else 0), 2)
            note = rng.choice(["blade leading-edge erosion", "yaw bearing noise", "oil leak at gearbox",
                               "lightning receptor check"]) if st in ("MIN", "MAJ") and rng.random() < 0.7 else None
            insp.append((iid, t[0], d.isoformat(), st, cost, note))
            for tech in rng.sample(range(1, 17), rng.choice([1, 2, 2, 3])):
                links.append((iid, tech))
            d += timedelta(days=rng.randrange(75, 140))
        for _ in range(rng.randrange(0, 7)):
            oid += 1
            sd = day(rng, date(2022, 1, 1), date(2024, 12, 31))
            cause = rng.choices(["Grid curtailment", "Gearbox", "Blade", "Generator", "Scheduled maintenance",
                                 "Icing"], [4, 2, 2, 1, 4, 1 if t[1] in (2, 6) else 0])[0]
            hrs = round(rng.uniform(2, 30) * (6 if cause in ("Gearbox", "Generator") else 1), 1)
            lost = round(hrs * t[3] * rng.uniform(0.2, 0.45), 2)
            if rng.random() < 0.05:
                lost = None
            outs.append((oid, t[0], sd.isoformat(), hrs, cause, lost))
    db.executemany("INSERT INTO Inspections VALUES (?,?,?,?,?,?)", insp)
    db.executemany("INSERT INTO InspTechs VALUES (?,?)", links)
    db.executemany("INSERT INTO Outages VALUES (?,?,?,?,?,?)", outs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_seedbank(path: Path) -> None:
    rng = random.Random(1719)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE species (species_id INTEGER PRIMARY KEY, latin_name TEXT, common_name TEXT, family TEXT,
                          conservation_status TEXT);
    CREATE TABLE collectors (collector_id INTEGER PRIMARY KEY, full_name TEXT, institution TEXT, country TEXT);
    CREATE TABLE accessions (accession_id INTEGER PRIMARY KEY, accession_code TEXT,
                             species_id INTEGER REFERENCES species(species_id), collected_on TEXT,
                             origin_country TEXT, seed_count INTEGER, storage_temp_c REAL, vault_row TEXT);
    CREATE TABLE accession_collectors (accession_id INTEGER REFERENCES accessions(accession_id),
                                       collector_id INTEGER REFERENCES collectors(collector_id));
    CREATE TABLE germination_tests (test_id INTEGER PRIMARY KEY,
                                    accession_id INTEGER REFERENCES accessions(accession_id), tested_on TEXT,
                                    seeds_sown INTEGER, seeds_germinated INTEGER, lab TEXT, test_cost REAL);
    """)
    sp = [("Primula veris", "Cowslip", "Primulaceae", "LC"), ("Primula vulgaris", "Primrose", "Primulaceae", "LC"),
          ("Silene dioica", "Red campion", "Caryophyllaceae", "LC"),
          ("Silene acaulis", "Moss campion", "Caryophyllaceae", "NT"),
          ("Dianthus armeria", "Deptford pink", "Caryophyllaceae", "EN"),
          ("Trifolium pratense", "Red clover", "Fabaceae", "LC"), ("Lathyrus japonicus", "Sea pea", "Fabaceae", "VU"),
          ("Vicia sylvatica", "Wood vetch", "Fabaceae", "LC"), ("Centaurea cyanus", "Cornflower", "Asteraceae", "EN"),
          ("Arnica montana", "Mountain arnica", "Asteraceae", "VU"),
          ("Leucanthemum vulgare", "Oxeye daisy", "Asteraceae", "LC"),
          ("Gentiana verna", "Spring gentian", "Gentianaceae", "CR"),
          ("Gentianella anglica", "Early gentian", "Gentianaceae", "VU"),
          ("Pulsatilla vulgaris", "Pasqueflower", "Ranunculaceae", "VU"),
          ("Ranunculus acris", "Meadow buttercup", "Ranunculaceae", "LC"),
          ("Saxifraga hirculus", "Marsh saxifrage", "Saxifragaceae", "CR"),
          ("Papaver rhoeas", "Common poppy", "Papaveraceae", "LC"), ("Orchis militaris", "Military orchid",
                                                                     "Orchidaceae", "CR")]
    db.executemany("INSERT INTO species VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sp)])
    cols = [("Helen Marsh", "Kew", "UK"), ("Arjun Mehta", "Kew", "UK"), ("Sofia Lindqvist", "Uppsala", "Sweden"),
            ("Tomas Novak", "Prague BG", "Czechia"), ("Claire Dubois", "MNHN", "France"),
            ("Ewan Fraser", "RBGE", "UK"), ("Marta Kowal", "Krakow BG", "Poland"), ("Jens Holm", "Uppsala", "Sweden"),
            ("Lucia Romano", "Padua BG", "Italy"), ("Owen Price", "National BG Wales", "UK"),
            ("Ines Moreau", "MNHN", "France"), ("Karl Weber", "Berlin-Dahlem", "Germany")]
    db.executemany("INSERT INTO collectors VALUES (?,?,?,?)", [(i + 1, *c) for i, c in enumerate(cols)])
    acc, links, tests = [], [], []
    tid = 0
    countries = ["UK", "UK", "UK", "France", "Sweden", "Czechia", "Poland", "Italy", "Germany", "Spain"]
    for aid in range(1, 301):
        s = rng.randrange(1, 19) if aid != 299 else 18
        if s == 18 and aid != 299:
            s = 17
        coll = day(rng, date(2010, 1, 1), date(2024, 9, 30))
        temp = rng.choice([-20.0, -20.0, -20.0, -18.0, 4.0]) if rng.random() > 0.05 else None
        cnt = rng.randrange(200, 20000) if sp[s - 1][3] in ("LC", "NT") else rng.randrange(80, 5000)
        acc.append((aid, f"SB-{coll.year}-{aid:04d}", s, coll.isoformat(), rng.choice(countries), cnt, temp,
                    rng.choice("ABCDEFGH")))
        for c in rng.sample(range(1, 12), rng.choice([1, 1, 2, 2, 3])):
            links.append((aid, c))
        if aid % 23 == 0:
            continue   # never tested
        base = {"LC": 0.8, "NT": 0.7, "VU": 0.6, "EN": 0.55, "CR": 0.4}[sp[s - 1][3]]
        td = coll + timedelta(days=rng.randrange(30, 200))
        for _ in range(rng.randrange(1, 4)):
            if td > date(2024, 12, 31):
                break
            tid += 1
            sown = rng.choice([25, 50, 50, 100])
            germ = max(0, min(sown, round(sown * rng.gauss(base, 0.12))))
            cost = round(rng.uniform(30, 60) + sown * 0.4, 2) if rng.random() > 0.06 else None
            tests.append((tid, aid, td.isoformat(), sown, germ, rng.choice(["Wakehurst", "Wakehurst", "Edinburgh"]),
                          cost))
            td += timedelta(days=rng.randrange(300, 1500))
    db.executemany("INSERT INTO accessions VALUES (?,?,?,?,?,?,?,?)", acc)
    db.executemany("INSERT INTO accession_collectors VALUES (?,?)", links)
    db.executemany("INSERT INTO germination_tests VALUES (?,?,?,?,?,?,?)", tests)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"theatre": build_theatre, "windfarm": build_windfarm, "seedbank": build_seedbank},
                       SETS))
