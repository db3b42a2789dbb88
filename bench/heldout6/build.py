"""Sixth held-out evaluation: three SQLite databases (an insurer, an e-learning platform, a charity
CRM) and hand-written analyst conversations over them, written before the engine was run on them
(see README.md in this folder).

    python bench/heldout6/build.py [OUT_DIR]    # writes insurance.sqlite, elearning.sqlite, charity.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout6), checks every
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

FIRST = ("Aoife Brendan Ciara Declan Emer Fergal Grainne Hamid Isla Jarlath Kasia Liam Maeve Niamh Oisin Padraig "
         "Roisin Saoirse Tomas Una Vera Wiktor Yusuf Zofia").split()
LAST = ("Byrne Carroll Doyle Farrell Gallagher Hughes Kavanagh Kelly Lynch Moran Nolan O'Brien Power Quinn "
        "Ryan Sheehan Walsh Whelan Nowak Silva").split()


# ------------------------------------------------------------------------------------------
def build_insurance(path: Path) -> None:
    rng = random.Random(6101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE agents (agent_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, branch TEXT, hired_on TEXT);
    CREATE TABLE policyholders (holder_id INTEGER PRIMARY KEY, full_name TEXT, city TEXT, birth_date TEXT,
                                customer_since TEXT);
    CREATE TABLE policies (policy_no TEXT PRIMARY KEY, holder_id INTEGER REFERENCES policyholders(holder_id),
                           agent_id INTEGER REFERENCES agents(agent_id), product_line TEXT, start_date TEXT,
                           end_date TEXT, annual_premium REAL, status TEXT);
    CREATE TABLE claims (claim_id INTEGER PRIMARY KEY, policy_no TEXT REFERENCES policies(policy_no), claim_date TEXT,
                         claim_type TEXT, amount_claimed REAL, amount_paid REAL, claim_status TEXT);
    """)
    branches = ["Dublin", "Cork", "Galway", "Limerick"]
    agents = []
    for a in range(1, 13):
        agents.append((a, FIRST[a], LAST[a], branches[a % 4], day(rng, date(2008, 1, 1), date(2022, 12, 31)).isoformat()))
    db.executemany("INSERT INTO agents VALUES (?,?,?,?,?)", agents)
    cities = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Sligo"]
    holders = []
    for h in range(1, 521):
        holders.append((h, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(cities, [9, 5, 3, 3, 2, 1, 1])[0],
                        day(rng, date(1945, 1, 1), date(2003, 12, 31)).isoformat(),
                        day(rng, date(2010, 1, 1), date(2023, 12, 31)).isoformat()))
    db.executemany("INSERT INTO policyholders VALUES (?,?,?,?,?)", holders)
    lines = {"Auto": (420, 1400), "Home": (300, 1100), "Life": (250, 2200), "Travel": (45, 260)}
    ctypes = {"Auto": [("Collision", 8), ("Theft", 2), ("Windscreen", 4)],
              "Home": [("Water Damage - Burst Pipe", 4), ("Water Damage - Flooding", 2), ("Fire", 1), ("Burglary", 3)],
              "Life": [("Death Benefit", 1)],
              "Travel": [("Lost Luggage", 4), ("Medical Abroad", 2), ("Trip Cancellation", 4)]}
    cap = {"Collision": 15000, "Theft": 22000, "Windscreen": 900, "Water Damage - Burst Pipe": 12000,
           "Water Damage - Flooding": 30000, "Fire": 45000, "Burglary": 9000, "Death Benefit": 60000,
           "Lost Luggage": 1500, "Medical Abroad": 8000, "Trip Cancellation": 3000}
    policies = []
    for p in range(1, 941):
        line = rng.choices(list(lines), [5, 4, 2, 3])[0]
        start = day(rng, date(2020, 1, 1), date(2024, 12, 31))
        end = start + timedelta(days=(30 if line == "Travel" else 365))
        lo, hi = lines[line]
        status = "active" if end >= date(2025, 1, 1) else rng.choices(["lapsed", "renewed", "cancelled"], [3, 6, 1])[0]
        policies.append((f"POL-{10000 + p}", rng.randrange(1, 521), rng.choices(range(1, 13),
                         [9, 7, 6, 8, 5, 4, 6, 7, 3, 5, 4, 6])[0], line, start.isoformat(), end.isoformat(),
                         round(rng.uniform(lo, hi), 2), status))
    db.executemany("INSERT INTO policies VALUES (?,?,?,?,?,?,?,?)", policies)
    claims, n = [], 0
    for pol in policies:
        if rng.random() < (0.55 if pol[3] != "Life" else 0.06):
            for _ in range(rng.choices([1, 2], [4, 1])[0]):
                n += 1
                line = pol[3]
                ct = rng.choices([c for c, _ in ctypes[line]], [w for _, w in ctypes[line]])[0]
                cd = day(rng, date.fromisoformat(pol[4]), min(date.fromisoformat(pol[5]), date(2024, 12, 31)))
                amt = round(rng.uniform(0.05, 1.0) * cap[ct], 2)
                st = rng.choices(["approved", "rejected", "pending"], [7, 2, 1])[0]
                paid = round(amt * rng.uniform(0.6, 1.0), 2) if st == "approved" else 0.0
                claims.append((n, pol[0], cd.isoformat(), ct, amt, paid, st))
    claims.append((n + 1, "POL-10077", "2024-06-18", "Fire", 88450.0, 81200.0, "approved"))   # the one largest
    db.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?)", claims)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_elearning(path: Path) -> None:
    rng = random.Random(6202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Instructors (InstrId INTEGER PRIMARY KEY, InstrName TEXT, Country TEXT, JoinDt TEXT);
    CREATE TABLE Courses (CourseId INTEGER PRIMARY KEY, CourseTitle TEXT, Category TEXT,
                          InstrId INTEGER REFERENCES Instructors(InstrId), PriceUsd REAL, LaunchDt TEXT,
                          DurationHrs REAL, LessonCnt INTEGER);
    CREATE TABLE Learners (LearnerId INTEGER PRIMARY KEY, FullName TEXT, Country TEXT, SignupDt TEXT, PlanType TEXT);
    CREATE TABLE Enrollments (EnrollId INTEGER PRIMARY KEY, LearnerId INTEGER REFERENCES Learners(LearnerId),
                              CourseId INTEGER REFERENCES Courses(CourseId), EnrollDt TEXT, PctComplete REAL,
                              PaidAmt REAL, CompletedDt TEXT);
    CREATE TABLE LessonCompletions (ComplId INTEGER PRIMARY KEY, EnrollId INTEGER REFERENCES Enrollments(EnrollId),
                                    LessonNo INTEGER, ComplDt TEXT, MinutesSpent INTEGER);
    """)
    instr = [("Dr. Anika Rao", "India", "2019-02-11"), ("Marco Bellini", "Italy", "2018-07-01"),
             ("Sarah Okoye", "Nigeria", "2020-03-15"), ("Tom Whitfield", "United Kingdom", "2017-10-20"),
             ("Lena Vogel", "Germany", "2021-01-05"), ("Carlos Mendes", "Brazil", "2019-09-09"),
             ("Yuki Tanaka", "Japan", "2022-04-18"), ("Priya Nair", "India", "2020-11-30"),
             ("James O'Neill", "Ireland", "2018-02-14"), ("Fatima Zahra", "Morocco", "2023-06-01")]
    db.executemany("INSERT INTO Instructors VALUES (?,?,?,?)", [(i + 1, *x) for i, x in enumerate(instr)])
    courses = [("Python for Data Analysis", "Data Science", 1), ("Advanced Python Patterns", "Data Science", 9),
               ("Intro to SQL", "Data Science", 1), ("Machine Learning Basics", "Data Science", 8),
               ("Python Web Scraping", "Web Development", 9), ("Modern JavaScript", "Web Development", 4),
               ("React from Scratch", "Web Development", 4), ("CSS Layouts", "Web Development", 5),
               ("UX Design Fundamentals", "Design", 2), ("Figma for Teams", "Design", 2),
               ("Typography Essentials", "Design", 6), ("Startup Finance", "Business", 3),
               ("Negotiation Skills", "Business", 3), ("Project Management Pro", "Business", 6),
               ("Excel for Business", "Business", 10), ("Spanish for Beginners", "Languages", 6),
               ("Business Spanish", "Languages", 6), ("Japanese Kana in 30 Days", "Languages", 7),
               ("Conversational Italian", "Languages", 2), ("Data Visualization with Python", "Data Science", 8),
               ("Deep Learning in Practice", "Data Science", 1), ("Node.js APIs", "Web Development", 5)]
    crs = []
    for i, (t, cat, ins) in enumerate(courses):
        lessons = rng.randrange(8, 31)
        crs.append((i + 1, t, cat, ins, rng.choice([0, 19.99, 29.99, 49.99, 49.99, 79.99, 99.0, 129.0]),
                    day(rng, date(2020, 1, 1), date(2023, 12, 31)).isoformat(), round(lessons * rng.uniform(0.3, 0.9), 1),
                    lessons))
    crs[20] = (21, "Deep Learning in Practice", "Data Science", 1, 189.0, "2023-09-12", 21.5, 28)  # most expensive
    db.executemany("INSERT INTO Courses VALUES (?,?,?,?,?,?,?,?)", crs)
    countries = ["United States", "India", "United Kingdom", "Germany", "Brazil", "Nigeria", "Canada", "Spain"]
    learners = []
    for lid in range(1, 751):
        learners.append((lid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(countries, [8, 7, 4, 3, 3, 2, 2, 2])[0],
                         day(rng, date(2021, 1, 1), date(2024, 10, 31)).isoformat(),
                         rng.choices(["Free", "Pro", "Team"], [6, 3, 1])[0]))
    db.executemany("INSERT INTO Learners VALUES (?,?,?,?,?)", learners)
    enr, comp, eid, cid = [], [], 0, 0
    weights = [14, 6, 12, 9, 5, 8, 7, 4, 6, 3, 2, 4, 5, 4, 8, 9, 2, 3, 2, 5, 3, 4]
    for _ in range(2600):
        eid += 1
        lr = learners[rng.randrange(750)]
        c = crs[rng.choices(range(22), weights)[0]]
        ed = day(rng, max(date.fromisoformat(lr[3]), date.fromisoformat(c[5])), date(2024, 12, 20))
        pct = rng.choice([100.0, 100.0, round(rng.uniform(0, 99), 1), round(rng.uniform(0, 60), 1), 0.0])
        paid = 0.0 if lr[4] != "Free" and rng.random() < 0.5 else round(c[4] * rng.choice([1, 1, 1, 0.5, 0.8]), 2)
        done = int(c[7] * pct / 100)
        d = ed
        for k in range(1, done + 1):
            d = d + timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 8]))
            cid += 1
            comp.append((cid, eid, k, d.isoformat(), rng.randrange(6, 55)))
        enr.append((eid, lr[0], c[0], ed.isoformat(), pct, paid, d.isoformat() if pct == 100.0 else None))
    db.executemany("INSERT INTO Enrollments VALUES (?,?,?,?,?,?,?)", enr)
    db.executemany("INSERT INTO LessonCompletions VALUES (?,?,?,?,?)", comp)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_charity(path: Path) -> None:
    rng = random.Random(6303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE donors (donorId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, city TEXT, donorType TEXT,
                         joinedDate TEXT);
    CREATE TABLE campaigns (campaignId INTEGER PRIMARY KEY, campaignName TEXT, startDate TEXT, endDate TEXT,
                            goalAmount REAL, channel TEXT);
    CREATE TABLE donations (donationId INTEGER PRIMARY KEY, donorId INTEGER REFERENCES donors(donorId),
                            campaignId INTEGER REFERENCES campaigns(campaignId), donationDate TEXT, amount REAL,
                            paymentMethod TEXT, isRecurring INTEGER);
    CREATE TABLE events (eventId INTEGER PRIMARY KEY, eventName TEXT, campaignId INTEGER REFERENCES campaigns(campaignId),
                         eventDate TEXT, city TEXT, attendees INTEGER, eventCost REAL);
    """)
    camps = [("Winter Appeal 2022", "2022-11-01", "2023-01-31", 150000, "Mail"),
             ("School Meals 2023", "2023-02-01", "2023-06-30", 90000, "Online"),
             ("Spring Fun Run 2023", "2023-03-01", "2023-05-31", 80000, "Event"),
             ("Clean Water Wells", "2023-04-01", "2024-12-31", 140000, "Online"),
             ("Winter Appeal 2023", "2023-11-01", "2024-01-31", 180000, "Mail"),
             ("Giving Tuesday 2023", "2023-11-20", "2023-12-10", 60000, "Online"),
             ("School Meals 2024", "2024-02-01", "2024-06-30", 120000, "Online"),
             ("Spring Fun Run 2024", "2024-03-01", "2024-05-31", 75000, "Event"),
             ("Emergency Flood Relief", "2024-08-15", "2024-10-15", 150000, "Online"),
             ("Winter Appeal 2024", "2024-11-01", "2025-01-31", 140000, "Mail"),
             ("Giving Tuesday 2024", "2024-11-25", "2024-12-15", 30000, "Online")]
    db.executemany("INSERT INTO campaigns VALUES (?,?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(camps)])
    cities = ["Bristol", "Bath", "Cardiff", "Exeter", "Gloucester", "Swindon", "Plymouth"]
    orgs = ["Avon Builders Ltd", "Severn Foods plc", "Kite Foundation", "Marsh Trust", "Clifton Dental",
            "Harbour Legal LLP", "Westward Foundation", "Brunel Tech Ltd"]
    donors = []
    for d in range(1, 461):
        t = rng.choices(["Individual", "Corporate", "Foundation"], [30, 3, 1])[0]
        if t == "Individual":
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
        else:
            fn, ln = None, rng.choice([o for o in orgs if ("Foundation" in o or "Trust" in o) == (t == "Foundation")])
        donors.append((d, fn, ln, rng.choices(cities, [8, 3, 5, 3, 2, 2, 2])[0], t,
                       day(rng, date(2015, 1, 1), date(2024, 10, 31)).isoformat()))
    db.executemany("INSERT INTO donors VALUES (?,?,?,?,?,?)", donors)
    dons, n = [], 0
    cw = [9, 5, 4, 8, 10, 3, 6, 5, 7, 6, 3]
    for _ in range(3200):
        ci = rng.choices(range(11), cw)[0]
        c = camps[ci]
        dn = donors[rng.randrange(460)]
        s, e = date.fromisoformat(c[1]), min(date.fromisoformat(c[2]), date(2024, 12, 31))
        dd = day(rng, s, e)
        if dn[4] == "Individual":
            amt = round(rng.choice([5, 10, 10, 20, 25, 25, 50, 50, 100, 250]) * rng.choice([1, 1, 1, 1.2]), 2)
        else:
            amt = round(rng.uniform(500, 5000), 2)
        n += 1
        dons.append((n, dn[0], ci + 1, dd.isoformat(), amt, rng.choices(["Card", "Direct Debit", "Cheque", "PayPal"],
                     [6, 4, 1, 3])[0], 1 if rng.random() < 0.2 else 0))
    dons.append((n + 1, 37, 9, "2024-09-03", 25000.0, "Cheque", 0))   # the single largest gift
    db.executemany("INSERT INTO donations VALUES (?,?,?,?,?,?,?)", dons)
    evs = [("Harbourside Fun Run", 3, "2023-04-16", "Bristol", 412, 6200.5),
           ("Bath Half Charity Stand", 3, "2023-03-12", "Bath", 150, 1800.0),
           ("Winter Gala Dinner", 5, "2023-12-02", "Bristol", 220, 14500.0),
           ("Cardiff Quiz Night", 5, "2024-01-19", "Cardiff", 96, 950.0),
           ("Harbourside Fun Run", 8, "2024-04-14", "Bristol", 530, 7100.0),
           ("Exeter Fun Run", 8, "2024-04-28", "Exeter", 188, 3050.25),
           ("School Meals Bake Sale", 7, "2024-03-09", "Gloucester", 75, 320.0),
           ("Flood Relief Concert", 9, "2024-09-21", "Cardiff", 640, 11250.0),
           ("Winter Gala Dinner", 10, "2024-11-30", "Bristol", 240, 15800.0),
           ("Wells Photo Exhibition", 4, "2023-10-07", "Bath", 130, 2100.0),
           ("Plymouth Sponsored Swim", 4, "2024-06-22", "Plymouth", 64, 700.0),
           ("Giving Tuesday Livestream", 11, "2024-12-03", "Bristol", 1200, 400.0)]
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?)", [(i + 1, *e) for i, e in enumerate(evs)])
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"insurance": build_insurance, "elearning": build_elearning, "charity": build_charity},
                       SETS))
