"""Held-out evaluation: three SQLite databases and hand-written analyst conversations over them,
written before the engine was measured on them (see README.md in this folder).

    python bench/heldout/build.py [OUT_DIR]     # writes library.sqlite, bikeshare.sqlite, saas.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all, day  # noqa: E402

FIRST = ("Aisha Bruno Chloe Diego Esther Farid Gwen Hamid Irene Jakob Kofi Leila Mateo Noor Olga Pavel "
         "Rania Stefan Thea Umar Vera Wim Xenia Yusuf Zoe").split()
LAST = ("Abbott Brennan Castillo Dvorak Eriksen Fontaine Gallagher Hoshino Ibarra Jansen Kaur Lindgren "
        "Mbeki Nakamura Oyelaran Petrov Quintero Radu Sorensen Takahashi").split()


# ------------------------------------------------------------------------------------------
def build_library(path: Path) -> None:
    rng = random.Random(101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT, district TEXT,
                           opened_year INTEGER, floor_area_sqm INTEGER);
    CREATE TABLE Members (MemberID INTEGER PRIMARY KEY, FullName TEXT, BirthYear INTEGER,
                          HomeBranchID INTEGER REFERENCES branches(branch_id), JoinDate TEXT, MembershipType TEXT);
    CREATE TABLE titles (title_id INTEGER PRIMARY KEY, title TEXT, author TEXT, genre TEXT, pub_yr INTEGER,
                         page_cnt INTEGER, list_price REAL);
    CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, title_id INTEGER REFERENCES titles(title_id),
                        member_id INTEGER REFERENCES Members(MemberID), branch_id INTEGER REFERENCES branches(branch_id),
                        checkout_dt TEXT, due_dt TEXT, returned_dt TEXT, late_fee REAL);
    """)
    branches = [("Central", "Downtown", 1952, 4200), ("Riverside", "East", 1968, 1850),
                ("Northgate", "North", 1979, 1600), ("Elm Park", "West", 1985, 1200),
                ("Harbor View", "East", 1994, 2100), ("Westfield", "West", 2003, 1450),
                ("Oakridge", "North", 2011, 980), ("Southbank", "South", 2016, 1320)]
    db.executemany("INSERT INTO branches VALUES (?,?,?,?,?)", [(i + 1, *b) for i, b in enumerate(branches)])
    words = ("Silent River Winter Garden Glass Empire Hidden Harbor Last Letter Paper Moon Iron Orchard "
             "Salt Road Burning Sky Distant Shore Crooked House Quiet Storm Golden Map").split()
    authors = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(45)]
    genres = ["Fiction", "Mystery", "Science Fiction", "Biography", "History", "Children", "Poetry", "Cookery"]
    titles = []
    for i in range(1, 181):
        g = rng.choice(genres)
        pages = {"Children": (24, 180), "Poetry": (60, 220), "History": (250, 900)}.get(g, (150, 700))
        titles.append((i, f"The {rng.choice(words)} {rng.choice(words)} {i}", rng.choice(authors), g,
                       rng.randrange(1948, 2024), rng.randrange(*pages), round(rng.uniform(7.5, 48.0), 2)))
    db.executemany("INSERT INTO titles VALUES (?,?,?,?,?,?,?)", titles)
    members = []
    for i in range(1, 321):
        by = rng.randrange(1938, 2016)
        mt = "Child" if by >= 2008 else "Student" if by >= 1999 else "Senior" if by < 1960 else "Adult"
        members.append((i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", by, rng.randrange(1, 9),
                        day(rng, date(2012, 1, 1), date(2024, 12, 31)).isoformat(), mt))
    members[57] = (58, "Margarethe Vollmer", 1931, 3, "2014-05-19", "Senior")   # the one oldest member
    db.executemany("INSERT INTO Members VALUES (?,?,?,?,?,?)", members)
    loans = []
    for i in range(1, 1001):
        out = day(rng, date(2021, 1, 4), date(2024, 12, 20))
        due = out + timedelta(days=21)
        back = None if (out > date(2024, 10, 1) and rng.random() < 0.5) or rng.random() < 0.03 \
            else out + timedelta(days=rng.randrange(2, 45))
        late = round(max(0, (back - due).days) * 0.25, 2) if back else 0.0
        loans.append((i, rng.randrange(1, 181), rng.randrange(1, 321), rng.randrange(1, 9), out.isoformat(),
                      due.isoformat(), back.isoformat() if back else None, late))
    db.executemany("INSERT INTO loans VALUES (?,?,?,?,?,?,?,?)", loans)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_bikeshare(path: Path) -> None:
    rng = random.Random(202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE stations (station_id INTEGER PRIMARY KEY, station_name TEXT, neighbourhood TEXT,
                           dock_count INTEGER, installed_on TEXT);
    CREATE TABLE bikes (bike_id INTEGER PRIMARY KEY, bike_model TEXT, is_electric INTEGER, commissioned TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, bike_id INTEGER REFERENCES bikes(bike_id),
                        start_station_id INTEGER REFERENCES stations(station_id),
                        end_station_id INTEGER REFERENCES stations(station_id),
                        start_time TEXT, duration_sec INTEGER, distance_km REAL, fare REAL, rider_type TEXT);
    """)
    hoods = ["Old Town", "Harbourside", "University", "Greenfields", "Market Quarter", "Hillcrest"]
    streets = ("Mill Lane", "Station Square", "Canal Street", "Library Walk", "Bridge Road", "Cathedral Close",
               "Fish Market", "Park Gate", "Tram Depot", "Museum Steps", "Dock Road", "Science Park",
               "Union Square", "Rose Hill", "Beacon Point", "Harbour Steps", "Arts Centre", "Old Brewery",
               "Clock Tower", "Ferry Terminal", "Orchard Row", "Stadium East", "North Gate", "Riverside Walk",
               "Hospital Lane")
    stations = []
    for i, s in enumerate(streets, 1):
        stations.append((i, s, hoods[i % len(hoods)], rng.choice([12, 15, 18, 20, 24, 27, 30, 36]),
                         day(rng, date(2016, 3, 1), date(2023, 6, 30)).isoformat()))
    db.executemany("INSERT INTO stations VALUES (?,?,?,?,?)", stations)
    models = [("CityCruiser 3", 0), ("CityCruiser 4", 0), ("Volt E2", 1), ("Volt E3", 1), ("Trekker", 0)]
    bikes = []
    for i in range(1, 81):
        m, e = rng.choice(models)
        bikes.append((i, m, e, day(rng, date(2017, 1, 1), date(2023, 12, 31)).isoformat()))
    db.executemany("INSERT INTO bikes VALUES (?,?,?,?)", bikes)
    trips = []
    for i in range(1, 1201):
        b = rng.randrange(1, 81)
        electric = bikes[b - 1][2]
        s, e = rng.randrange(1, 26), rng.randrange(1, 26)
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        t = datetime(d.year, d.month, d.day, rng.choice([7, 8, 8, 9, 12, 13, 17, 17, 18, 19, 22]), rng.randrange(60),
                     rng.randrange(60))
        rider = "member" if rng.random() < 0.65 else "casual"
        km = round(rng.uniform(0.4, 14.0) if rng.random() < 0.97 else rng.uniform(15, 40), 2)
        speed = rng.uniform(14, 24) if electric else rng.uniform(9, 17)
        dur = int(km / speed * 3600) + rng.randrange(30, 300)
        fare = round((0.0 if rider == "member" else 1.5) + dur / 60 * (0.12 if electric else 0.07), 2)
        trips.append((i, b, s, e, t.strftime("%Y-%m-%d %H:%M:%S"), dur, km, fare, rider))
    db.executemany("INSERT INTO trips VALUES (?,?,?,?,?,?,?,?,?)", trips)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_saas(path: Path) -> None:
    rng = random.Random(303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Accounts (AcctID INTEGER PRIMARY KEY, AcctName TEXT, Industry TEXT, Country TEXT, Plan TEXT,
                           SignupDate TEXT, Seats INTEGER);
    CREATE TABLE Invoices (InvNo INTEGER PRIMARY KEY, AcctID INTEGER REFERENCES Accounts(AcctID), InvDate TEXT,
                           AmtUSD REAL, PaidFlag TEXT);
    CREATE TABLE Tickets (TicketID INTEGER PRIMARY KEY, AcctID INTEGER REFERENCES Accounts(AcctID), OpenedAt TEXT,
                          Priority TEXT, ResHrs REAL, CSAT INTEGER);
    """)
    first = "Blue Nova Apex Bright Clear Summit Quantum Harbor Pioneer Vertex Lumen Cedar Atlas Orbit Ember".split()
    second = "Logistics Health Foods Robotics Media Analytics Partners Energy Labs Retail Finance Studio".split()
    industries = ["Healthcare", "Retail", "Manufacturing", "Finance", "Education", "Media"]
    countries = ["United States", "Germany", "United Kingdom", "France", "Canada", "Japan", "Brazil"]
    accounts, seen = [], set()
    while len(accounts) < 140:
        name = f"{rng.choice(first)} {rng.choice(second)}"
        if name in seen:
            continue
        seen.add(name)
        plan = rng.choices(["Basic", "Pro", "Enterprise"], [5, 3, 2])[0]
        seats = {"Basic": (1, 10), "Pro": (5, 60), "Enterprise": (50, 900)}[plan]
        accounts.append((len(accounts) + 1, name, rng.choice(industries),
                         rng.choices(countries, [6, 3, 3, 2, 2, 1, 1])[0], plan,
                         day(rng, date(2019, 1, 1), date(2024, 9, 30)).isoformat(), rng.randrange(*seats)))
    db.executemany("INSERT INTO Accounts VALUES (?,?,?,?,?,?,?)", accounts)
    invoices, n = [], 0
    for a in accounts:
        price = {"Basic": 12, "Pro": 25, "Enterprise": 40}[a[4]]
        d = date.fromisoformat(a[5])
        d = date(d.year, d.month, 1)
        while d <= date(2024, 12, 1):
            if rng.random() < 0.12:     # about one in eight months is invoiced (quarterly-ish billing)
                n += 1
                amt = round(a[6] * price * 3 * rng.uniform(0.9, 1.1), 2)
                paid = "N" if d >= date(2024, 10, 1) and rng.random() < 0.5 or rng.random() < 0.02 else "Y"
                invoices.append((100000 + n, a[0], d.replace(day=rng.randrange(1, 28)).isoformat(), amt, paid))
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    db.executemany("INSERT INTO Invoices VALUES (?,?,?,?,?)", invoices)
    tickets = []
    for i in range(1, 701):
        a = rng.randrange(1, 141)
        if a % 9 == 0:          # some accounts never open a ticket
            a += 1
        pr = rng.choices(["Low", "Medium", "High", "Urgent"], [4, 4, 2, 1])[0]
        hrs = round(rng.uniform(0.5, 6) if pr == "Urgent" else rng.uniform(2, 30) if pr == "High"
                    else rng.uniform(4, 96), 1)
        opened = datetime.combine(day(rng, date(2022, 1, 1), date(2024, 12, 31)), datetime.min.time()) \
            + timedelta(minutes=rng.randrange(24 * 60))
        csat = None if rng.random() < 0.25 else max(1, min(5, round(5 - hrs / 30 + rng.uniform(-1.5, 0.8))))
        tickets.append((i, a, opened.strftime("%Y-%m-%d %H:%M"), pr, hrs, csat))
    db.executemany("INSERT INTO Tickets VALUES (?,?,?,?,?,?)", tickets)
    db.commit()
    db.close()


BUILDERS = {"library": build_library, "bikeshare": build_bikeshare, "saas": build_saas}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
