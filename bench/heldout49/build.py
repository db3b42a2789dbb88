"""Held-out evaluation 49: three SQLite databases of capacity businesses — a hostel chain whose bed
capacity changes over time, a coach-tour operator whose fares live in a dated rate table, and a
small cinema chain — with hand-written revenue-manager conversations over them, written before the
engine was run on them (see README.md in this folder).

    python bench/heldout49/build.py [OUT_DIR]   # writes hostels.sqlite, coachtours.sqlite, cinemas.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout49), checks every
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
from heldout_kit import build_all  # noqa: E402

COUNTRIES = ["Germany", "United Kingdom", "France", "United States", "Australia", "Netherlands", "Spain",
             "Italy", "Brazil", "Canada"]
FIRST = ("Alice Brian Cathy Derek Eileen Frank Gwen Harold Irene Jim Kath Len Maureen Norman Olive Pat "
         "Rita Stan Tess Vera Walter").split()
LAST = ("Ashworth Barker Clegg Dawson Ellis Fowler Gibson Hartley Ingham Jowett Kershaw Lister Marsden "
        "Naylor Oldroyd Pickles Quarmby Riley Sutcliffe Thwaite").split()
Y0, Y1 = date(2024, 1, 1), date(2024, 12, 31)


def _nights(a: date, b: date):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


# ------------------------------------------------------------------------------------------
def build_hostels(path: Path) -> None:
    """Four hostels; bed capacity per hostel per date range (valid_to NULL = still current);
    reservations (multi-night, several beds) and a nightly audit of beds sold and bed revenue."""
    rng = random.Random(4901)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE hostels (hostel_id INTEGER PRIMARY KEY, hostel_name TEXT, city TEXT, country TEXT, opened_year INTEGER);
    CREATE TABLE bed_capacity (capacity_id INTEGER PRIMARY KEY, hostel_id INTEGER REFERENCES hostels(hostel_id),
                               valid_from TEXT, valid_to TEXT, beds INTEGER, note TEXT);
    CREATE TABLE reservations (res_id INTEGER PRIMARY KEY, hostel_id INTEGER REFERENCES hostels(hostel_id),
                               booked_on TEXT, check_in TEXT, nights INTEGER, beds INTEGER, rate_per_bed REAL,
                               channel TEXT, status TEXT, guest_country TEXT);
    CREATE TABLE night_audit (hostel_id INTEGER REFERENCES hostels(hostel_id), night TEXT, beds_sold INTEGER,
                              bed_revenue REAL, PRIMARY KEY (hostel_id, night));
    """)
    hostels = [(1, "Nomad Nest Lisbon", "Lisbon", "Portugal", 2016), (2, "Nomad Nest Porto", "Porto", "Portugal", 2019),
               (3, "Nomad Nest Seville", "Seville", "Spain", 2017), (4, "Nomad Nest Granada", "Granada", "Spain", 2021)]
    db.executemany("INSERT INTO hostels VALUES (?,?,?,?,?)", hostels)
    caps = [(1, 1, "2022-03-01", None, 48, "original layout"),
            (2, 2, "2019-05-01", "2024-04-30", 36, "original layout"),
            (3, 2, "2024-05-01", None, 52, "top-floor extension opened"),
            (4, 3, "2017-06-01", "2024-08-31", 60, "original layout"),
            (5, 3, "2024-09-01", "2024-10-15", 42, "dorm 3 closed for refurbishment"),
            (6, 3, "2024-10-16", None, 64, "refurbished, two extra bunks"),
            (7, 4, "2021-04-01", None, 30, "original layout")]
    db.executemany("INSERT INTO bed_capacity VALUES (?,?,?,?,?,?)", caps)

    def cap(h: int, d: date) -> int:
        for _, hh, a, b, beds, _n in caps:
            if hh == h and a <= d.isoformat() <= (b or "9999-12-31"):
                return beds
        raise ValueError

    base_rate = {1: 29.0, 2: 24.0, 3: 22.0, 4: 19.0}
    base_demand = {1: 16, 2: 13, 3: 17, 4: 9}
    season = {1: .55, 2: .6, 3: .8, 4: 1.0, 5: 1.05, 6: 1.25, 7: 1.6, 8: 1.7, 9: 1.2, 10: .95, 11: .6, 12: .75}
    rate_season = {7: 1.45, 8: 1.5, 6: 1.2, 9: 1.2, 12: 1.1, 4: 1.05, 5: 1.05}
    sold: dict[tuple[int, date], int] = {}
    rev: dict[tuple[int, date], float] = {}
    res, rid = [], 0
    for h in (1, 2, 3, 4):
        for d in _nights(Y0, Y1):
            wk = d.weekday()                       # Mon 0 .. Sun 6
            lam = base_demand[h] * season[d.month] * (1.45 if wk in (4, 5) else 0.9 if wk == 6 else 1.0)
            n = max(0, int(rng.gauss(lam, lam ** 0.5)) // 2)
            for _ in range(n):
                nights = rng.choices([1, 2, 3, 4, 5, 7], [9, 10, 7, 4, 2, 1])[0]
                beds = rng.choices([1, 2, 3, 4, 6], [12, 6, 2, 2, 1])[0]
                status = rng.choices(["stayed", "cancelled", "no_show"], [80, 15, 5])[0]
                lead = rng.choices([0, 1, 2, 4, 7, 10, 14, 21, 30, 45, 60, 90, 120],
                                   [4, 6, 6, 6, 7, 5, 6, 5, 5, 4, 3, 2, 1])[0] + rng.randrange(0, 3)
                rate = base_rate[h] * rate_season.get(d.month, 1.0) * (1.15 if wk in (4, 5) else 1.0)
                rate = round(rate * rng.uniform(0.9, 1.12) * 2) / 2
                span = [x for x in _nights(d, d + timedelta(days=nights - 1)) if x <= Y1]
                if status != "cancelled":
                    free = min(cap(h, x) - sold.get((h, x), 0) for x in span)
                    if free <= 0:
                        continue                   # turned away: the hostel was full
                    beds = min(beds, free)
                    for x in span:
                        sold[(h, x)] = sold.get((h, x), 0) + beds
                        rev[(h, x)] = rev.get((h, x), 0.0) + beds * rate
                rid += 1
                res.append((rid, h, (d - timedelta(days=lead)).isoformat(), d.isoformat(), nights, beds, rate,
                            rng.choices(["Hostelworld", "Booking.com", "Direct"], [7, 5, 4])[0]
                            if lead > 0 else "Walk-in", status, rng.choice(COUNTRIES)))
    rng.shuffle(res)
    res = [(i + 1, *r[1:]) for i, r in enumerate(sorted(res, key=lambda r: (r[2], r[1], r[3])))]
    db.executemany("INSERT INTO reservations VALUES (?,?,?,?,?,?,?,?,?,?)", res)
    audit = [(h, d.isoformat(), sold.get((h, d), 0), round(rev.get((h, d), 0.0), 2))
             for h in (1, 2, 3, 4) for d in _nights(Y0, Y1)]
    db.executemany("INSERT INTO night_audit VALUES (?,?,?,?)", audit)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_coachtours(path: Path) -> None:
    """Coach tours: tours, departures with the coach's seat count, fares in a rate table valid
    from/to dates (the fare of a booking is the one valid on its departure date), and bookings."""
    rng = random.Random(4902)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE tours (tour_code TEXT PRIMARY KEY, tour_name TEXT, region TEXT, duration_days INTEGER);
    CREATE TABLE departures (departure_id INTEGER PRIMARY KEY, tour_code TEXT REFERENCES tours(tour_code),
                             depart_date TEXT, coach_seats INTEGER, driver TEXT);
    CREATE TABLE fares (fare_id INTEGER PRIMARY KEY, tour_code TEXT REFERENCES tours(tour_code), valid_from TEXT,
                        valid_to TEXT, fare_per_seat REAL, single_supplement REAL);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, departure_id INTEGER REFERENCES departures(departure_id),
                           booked_on TEXT, seats INTEGER, lead_passenger TEXT, sales_channel TEXT, status TEXT);
    """)
    tours = [("HIGH5", "Highlands & Islands", "Scotland", 5), ("LAKE3", "Lake District Explorer", "North West", 3),
             ("CORN4", "Cornish Coast & Gardens", "South West", 4), ("DALE2", "Yorkshire Dales Weekender", "Yorkshire", 2),
             ("SNOW3", "Snowdonia & Portmeirion", "Wales", 3), ("COTS1", "Cotswold Villages Day Trip", "Cotswolds", 1),
             ("EDIN3", "Edinburgh Festival Break", "Scotland", 3), ("NORF2", "Norfolk Broads Cruise & Coach", "East Anglia", 2)]
    db.executemany("INSERT INTO tours VALUES (?,?,?,?)", tours)
    base = {"HIGH5": 545, "LAKE3": 289, "CORN4": 385, "DALE2": 169, "SNOW3": 279, "COTS1": 49, "EDIN3": 339,
            "NORF2": 185}
    fares, fid = [], 0
    for code, *_ in tours:
        b = base[code]
        periods = [("2024-01-01", "2024-05-31", 1.0), ("2024-06-01", "2024-08-31", 1.18), ("2024-09-01", "2024-12-31", 1.06)]
        if code in ("HIGH5", "LAKE3", "COTS1"):     # a mid-season price rise: the summer band is split
            periods = [("2024-01-01", "2024-05-31", 1.0), ("2024-06-01", "2024-07-14", 1.15),
                       ("2024-07-15", "2024-08-31", 1.25), ("2024-09-01", "2024-12-31", 1.06)]
        if code == "EDIN3":
            periods = [("2024-07-01", "2024-08-04", 1.0), ("2024-08-05", "2024-08-31", 1.3)]
        for a, z, f in periods:
            fid += 1
            fares.append((fid, code, a, z, float(round(b * f)), float(round(b * 0.22 * f / 5) * 5)))
    db.executemany("INSERT INTO fares VALUES (?,?,?,?,?,?)", fares)

    drivers = ["Keith Ramsbottom", "Janet Holroyd", "Dougie McLeish", "Sandra Pryce", "Mick Entwistle", "Bev Trelawny"]
    deps, did = [], 0
    for code, _n, _r, days in tours:
        start, end = date(2024, 3, 2), date(2024, 10, 26)
        if code == "EDIN3":
            start, end = date(2024, 7, 5), date(2024, 8, 26)
        step = {1: 3, 2: 7, 3: 7, 4: 10, 5: 14}[days]
        d = start + timedelta(days=rng.randrange(step))
        while d <= end:
            did += 1
            seats = rng.choices([33, 49, 53], [2, 5, 3])[0] if code != "COTS1" else rng.choice([33, 49])
            deps.append((did, code, d.isoformat(), seats, rng.choice(drivers)))
            d += timedelta(days=step if code != "COTS1" else rng.choice([3, 4]))
    deps.sort(key=lambda x: (x[2], x[1]))
    deps = [(i + 1, *x[1:]) for i, x in enumerate(deps)]
    db.executemany("INSERT INTO departures VALUES (?,?,?,?,?)", deps)
    pop = {"HIGH5": 1.0, "LAKE3": 1.1, "CORN4": 0.85, "DALE2": 0.8, "SNOW3": 0.7, "COTS1": 0.75, "EDIN3": 1.4,
           "NORF2": 0.65}
    bookings, bid = [], 0
    for dep_id, code, dd, seats, _drv in deps:
        dday = date.fromisoformat(dd)
        peak = 1.3 if dday.month in (7, 8) else 1.1 if dday.month in (6, 9) else 0.8
        want = int(seats * pop[code] * peak * rng.uniform(0.55, 1.05))
        taken = 0
        while taken < want + 6:
            party = rng.choices([1, 2, 3, 4, 6], [4, 10, 2, 3, 1])[0]
            status = rng.choices(["confirmed", "cancelled", "no-show"], [84, 13, 3])[0]
            lead = rng.choices([3, 7, 14, 21, 30, 45, 60, 90, 120, 180], [1, 2, 3, 4, 5, 5, 5, 4, 3, 2])[0]
            lead += rng.randrange(0, 6)
            if status != "cancelled":
                if taken >= seats:
                    break
                if taken + party > seats:
                    if taken < want:
                        party = seats - taken
                    else:
                        break
                taken += party
            elif taken > want:
                break
            bid += 1
            bookings.append([bid, dep_id, (dday - timedelta(days=lead)).isoformat(), party,
                             f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                             rng.choices(["Phone", "Website", "Travel Agent", "Brochure Coupon"], [5, 6, 3, 1])[0],
                             status])
    bookings.sort(key=lambda b: (b[2], b[1]))
    bookings = [(i + 1, *b[1:]) for i, b in enumerate(bookings)]
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?)", bookings)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_cinemas(path: Path) -> None:
    """A small cinema chain: sites, screens with their seat counts, films and showtimes with the
    admissions and box-office takings of each show."""
    rng = random.Random(4903)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Sites (SiteID INTEGER PRIMARY KEY, SiteName TEXT, Town TEXT);
    CREATE TABLE Screens (ScreenID INTEGER PRIMARY KEY, SiteID INTEGER REFERENCES Sites(SiteID), ScreenName TEXT,
                          Seats INTEGER, HasDolbyAtmos INTEGER);
    CREATE TABLE Films (FilmID INTEGER PRIMARY KEY, Title TEXT, Certificate TEXT, RuntimeMins INTEGER, Genre TEXT,
                        Distributor TEXT);
    CREATE TABLE Showtimes (ShowID INTEGER PRIMARY KEY, ScreenID INTEGER REFERENCES Screens(ScreenID),
                            FilmID INTEGER REFERENCES Films(FilmID), StartsAt TEXT, AdultPrice REAL, Admissions INTEGER,
                            BoxOffice REAL);
    """)
    sites = [(1, "Lantern Hebden Bridge", "Hebden Bridge"), (2, "Lantern Ludlow", "Ludlow"), (3, "Lantern Whitby", "Whitby")]
    db.executemany("INSERT INTO Sites VALUES (?,?,?)", sites)
    screens = [(1, 1, "Screen 1", 118, 1), (2, 1, "Screen 2", 46, 0), (3, 2, "Main House", 152, 1),
               (4, 2, "Studio", 38, 0), (5, 2, "Screen 3", 74, 0), (6, 3, "Harbour Screen", 96, 1),
               (7, 3, "Abbey Screen", 61, 0)]
    db.executemany("INSERT INTO Screens VALUES (?,?,?,?,?)", screens)
    films = [(1, "The Tidewater Heist", "12A", 118, "Thriller", "Northlight"),
             (2, "Paper Kites", "PG", 94, "Animation", "Bramble Pictures"),
             (3, "Moorland", "15", 131, "Drama", "Northlight"),
             (4, "Galaxy Rangers 3", "12A", 142, "Sci-Fi", "Colossus"),
             (5, "A Summer in Sorrento", "12A", 104, "Romance", "Bramble Pictures"),
             (6, "The Quiet Lighthouse", "PG", 99, "Family", "Fenwick Films"),
             (7, "Night Ferry", "18", 112, "Horror", "Colossus"),
             (8, "Stitch in Time", "U", 88, "Animation", "Colossus"),
             (9, "The Last Allotment", "12A", 101, "Comedy", "Fenwick Films"),
             (10, "Iron Valley", "15", 127, "Action", "Colossus"),
             (11, "Letters to Hilda", "PG", 109, "Drama", "Northlight"),
             (12, "Bumblebee Summer", "U", 84, "Family", "Bramble Pictures")]
    db.executemany("INSERT INTO Films VALUES (?,?,?,?,?,?)", films)
    pop = {1: 0.55, 2: 0.6, 3: 0.35, 4: 0.8, 5: 0.4, 6: 0.45, 7: 0.3, 8: 0.65, 9: 0.5, 10: 0.45, 11: 0.3, 12: 0.5}
    runs = {1: ("2024-06-01", "2024-07-25"), 2: ("2024-06-14", "2024-08-31"), 3: ("2024-06-01", "2024-07-10"),
            4: ("2024-07-19", "2024-09-30"), 5: ("2024-06-21", "2024-08-15"), 6: ("2024-07-05", "2024-09-12"),
            7: ("2024-08-09", "2024-09-30"), 8: ("2024-07-26", "2024-09-30"), 9: ("2024-06-01", "2024-09-30"),
            10: ("2024-08-30", "2024-09-30"), 11: ("2024-09-06", "2024-09-30"), 12: ("2024-06-01", "2024-07-31")}
    shows, sid = [], 0
    for d in _nights(date(2024, 6, 1), date(2024, 9, 30)):
        wk = d.weekday()
        showing = [f for f, (a, z) in runs.items() if a <= d.isoformat() <= z]
        for scr in screens:
            times = ["14:00", "17:30", "20:15"] + (["11:00"] if wk >= 5 or d.month == 8 else [])
            if scr[3] < 50 and wk < 4:
                times = ["18:00", "20:30"]
            for t in sorted(times):
                fid = rng.choice(showing)
                if t == "11:00":
                    fam = [f for f in showing if films[f - 1][2] in ("U", "PG")]
                    fid = rng.choice(fam or showing)
                dem = pop[fid] * (1.5 if wk in (4, 5) else 1.15 if wk == 6 else 0.8) \
                    * (1.25 if t in ("20:15", "20:30") else 0.75 if t == "14:00" else 1.0) \
                    * (1.2 if d.month == 8 else 1.0) * rng.uniform(0.45, 1.35)
                adm = min(scr[3], int(scr[3] * dem))
                price = {1: 9.5, 2: 8.75, 3: 8.0}[scr[1]] + (1.5 if scr[4] else 0) + (1.0 if t >= "17:00" else 0)
                sid += 1
                shows.append((sid, scr[0], fid, f"{d.isoformat()} {t}", price, adm,
                              round(adm * price * rng.uniform(0.8, 0.93), 2)))
    db.executemany("INSERT INTO Showtimes VALUES (?,?,?,?,?,?,?)", shows)
    db.commit()
    db.close()


BUILDERS = {"hostels": build_hostels, "coachtours": build_coachtours, "cinemas": build_cinemas}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
