"""Second held-out evaluation: three SQLite databases (a restaurant chain, an energy utility, a
hotel group) and hand-written analyst conversations over them, written before the engine was run
on them (see README.md in this folder).

    python bench/heldout2/build.py [OUT_DIR]    # writes restaurants.sqlite, energy.sqlite, hotels.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout2), checks every
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

FIRST = ("Amara Ben Carla Dmitri Elif Finn Grace Hugo Ines Jonas Keira Luca Maya Nils Oona Priya "
         "Quinn Rafael Sofia Tariq Una Viktor Wendy Yara Zane").split()
LAST = ("Adeyemi Baxter Costa Dubois Evans Fischer Gupta Holm Ivanova Jensen Kowalski Lopez Murphy "
        "Novak Okafor Patel Rossi Schmidt Tanaka Varga").split()


# ------------------------------------------------------------------------------------------
def build_restaurants(path: Path) -> None:
    rng = random.Random(4101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE restaurants (restaurant_id INTEGER PRIMARY KEY, name TEXT, city TEXT, opened_on TEXT,
                              seats INTEGER);
    CREATE TABLE MenuItems (ItemID INTEGER PRIMARY KEY, ItemName TEXT, Category TEXT, Price REAL,
                            IsVegetarian INTEGER);
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, restaurant_id INTEGER REFERENCES restaurants(restaurant_id),
                         ordered_at TEXT, channel TEXT, order_total REAL, tip REAL);
    CREATE TABLE order_lines (order_id INTEGER REFERENCES orders(order_id), item_id INTEGER REFERENCES MenuItems(ItemID),
                              qty INTEGER);
    CREATE TABLE staff (staffId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, jobRole TEXT,
                        restaurantId INTEGER REFERENCES restaurants(restaurant_id), hourlyRate REAL, hireDate TEXT);
    CREATE TABLE shifts (shift_id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff(staffId), shift_date TEXT,
                         hours REAL);
    """)
    rest = [("Fig & Olive Leeds", "Leeds", "2011-04-15", 90), ("Fig & Olive Headrow", "Leeds", "2016-09-01", 64),
            ("Fig & Olive York", "York", "2013-06-20", 55), ("Fig & Olive Deansgate", "Manchester", "2014-11-08", 120),
            ("Fig & Olive Ancoats", "Manchester", "2019-03-14", 72), ("Fig & Olive Sheffield", "Sheffield", "2017-07-07", 80),
            ("Fig & Olive Harrogate", "Harrogate", "2021-05-21", 48), ("Fig & Olive Chester", "Chester", "2023-02-10", 58)]
    db.executemany("INSERT INTO restaurants VALUES (?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(rest)])
    menu = [("Garlic Bread", "Starter", 4.5, 1), ("Calamari", "Starter", 7.95, 0), ("Burrata", "Starter", 8.5, 1),
            ("Soup of the Day", "Starter", 5.25, 1), ("Chicken Wings", "Starter", 6.75, 0),
            ("Margherita Pizza", "Main", 11.0, 1), ("Pepperoni Pizza", "Main", 12.5, 0),
            ("Lamb Tagine", "Main", 17.95, 0), ("Sea Bass", "Main", 19.5, 0), ("Mushroom Risotto", "Main", 14.25, 1),
            ("Ribeye Steak", "Main", 26.0, 0), ("Falafel Bowl", "Main", 12.95, 1), ("Chicken Souvlaki", "Main", 15.5, 0),
            ("Aubergine Parmigiana", "Main", 13.75, 1), ("Tiramisu", "Dessert", 6.5, 1),
            ("Baklava", "Dessert", 5.95, 1), ("Chocolate Fondant", "Dessert", 7.25, 1), ("Lemon Tart", "Dessert", 6.25, 1),
            ("Espresso", "Drink", 2.6, 1), ("Fresh Lemonade", "Drink", 3.5, 1), ("House Red (glass)", "Drink", 6.95, 1),
            ("Craft Lager", "Drink", 5.5, 1), ("Sparkling Water", "Drink", 2.25, 1)]
    db.executemany("INSERT INTO MenuItems VALUES (?,?,?,?,?)", [(i + 1, *m) for i, m in enumerate(menu)])
    orders, lines = [], []
    for oid in range(1, 2401):
        r = rng.choices(range(1, 9), [14, 9, 8, 16, 10, 11, 5, 4])[0]
        lo = date.fromisoformat(rest[r - 1][2])
        d = day(rng, max(lo, date(2022, 1, 1)), date(2024, 12, 31))
        ch = rng.choices(["dine-in", "takeaway", "delivery"], [6, 2, 3])[0]
        t = datetime(d.year, d.month, d.day, rng.choice([12, 12, 13, 13, 14, 18, 19, 19, 20, 21]), rng.randrange(60))
        total = 0.0
        for item in rng.sample(range(1, len(menu) + 1), rng.randrange(1, 5)):
            q = rng.choices([1, 2, 3, 4], [10, 5, 2, 1])[0]
            lines.append((oid, item, q))
            total += q * menu[item - 1][2]
        tip = round(total * rng.choice([0, 0, 0.05, 0.1, 0.1, 0.125, 0.15]), 2) if ch != "takeaway" else 0.0
        orders.append((oid, r, t.strftime("%Y-%m-%d %H:%M"), ch, round(total, 2), tip))
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO order_lines VALUES (?,?,?)", lines)
    staff = []
    roles = [("Manager", (15.5, 19.0)), ("Chef", (13.0, 17.5)), ("Waiter", (11.0, 12.6)), ("Bartender", (11.2, 13.0)),
             ("Kitchen Porter", (10.9, 11.6))]
    sid = 0
    for r in range(1, 9):
        for role, (lo_w, hi_w) in roles:
            for _ in range({"Manager": 1, "Chef": 2, "Waiter": 4, "Bartender": 1, "Kitchen Porter": 1}[role]):
                sid += 1
                staff.append((sid, rng.choice(FIRST), rng.choice(LAST), role, r, round(rng.uniform(lo_w, hi_w), 2),
                              day(rng, max(date.fromisoformat(rest[r - 1][2]), date(2015, 1, 1)),
                                   date(2024, 6, 30)).isoformat()))
    staff[5] = (6, "Oskar", "Lindqvist", "Chef", 1, 18.4, "2012-03-01")   # the one best-paid chef, hired early
    db.executemany("INSERT INTO staff VALUES (?,?,?,?,?,?,?)", staff)
    shifts, n = [], 0
    for s in staff:
        for _ in range(rng.randrange(20, 45)):
            n += 1
            d = day(rng, max(date.fromisoformat(s[6]), date(2023, 1, 1)), date(2024, 12, 31))
            shifts.append((n, s[0], d.isoformat(), rng.choice([4, 5, 6, 6, 7.5, 8, 8, 9.5])))
    db.executemany("INSERT INTO shifts VALUES (?,?,?,?)", shifts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_energy(path: Path) -> None:
    rng = random.Random(4202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE tariffs (tariff_code TEXT PRIMARY KEY, tariff_name TEXT, unit_rate_p_kwh REAL,
                          standing_charge_p_day REAL, is_green INTEGER);
    CREATE TABLE customers (cust_no INTEGER PRIMARY KEY, cust_name TEXT, region TEXT, segment TEXT,
                            tariff_code TEXT REFERENCES tariffs(tariff_code), joined_on TEXT);
    CREATE TABLE meters (meter_id TEXT PRIMARY KEY, cust_no INTEGER REFERENCES customers(cust_no), meter_type TEXT,
                         install_date TEXT);
    CREATE TABLE readings (reading_id INTEGER PRIMARY KEY, meter_id TEXT REFERENCES meters(meter_id), read_date TEXT,
                           kwh_used REAL, is_estimated INTEGER);
    """)
    tariffs = [("FIX24", "Fixed 24", 27.4, 53.1, 0), ("VAR", "Standard Variable", 24.5, 60.1, 0),
               ("GRN12", "Green Fixed 12", 28.9, 49.8, 1), ("EV7", "EV Night Saver", 22.1, 55.0, 1),
               ("BIZ1", "Business Flex", 26.2, 95.0, 0), ("BIZG", "Business Green", 29.7, 92.5, 1)]
    db.executemany("INSERT INTO tariffs VALUES (?,?,?,?,?)", tariffs)
    regions = ["North", "Midlands", "South East", "South West", "Wales", "Scotland"]
    biz = ["Bakery", "Garage", "Dental Practice", "Print Shop", "Cafe", "Gym", "Florist", "Brewery", "Vets", "Salon"]
    customers = []
    for c in range(1, 261):
        seg = "Business" if rng.random() < 0.22 else "Residential"
        name = (f"{rng.choice(LAST)} {rng.choice(biz)}" if seg == "Business"
                else f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        tariff = rng.choice(["BIZ1", "BIZ1", "BIZG"]) if seg == "Business" else \
            rng.choices(["FIX24", "VAR", "GRN12", "EV7"], [4, 5, 3, 1])[0]
        customers.append((1000 + c, name, rng.choices(regions, [5, 4, 6, 3, 2, 3])[0], seg, tariff,
                          day(rng, date(2015, 1, 1), date(2024, 11, 30)).isoformat()))
    customers[17] = (1018, "Okafor Brewery", "North", "Business", "BIZ1", "2024-11-29")   # newest in the North
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", customers)
    meters, readings, n = [], [], 0
    for c in customers:
        for k in range(2 if c[3] == "Business" and rng.random() < 0.4 else 1):
            mid = f"MTR-{c[0]}-{k + 1}"
            joined = date.fromisoformat(c[5])
            mtype = "smart" if rng.random() < 0.7 else "legacy"
            meters.append((mid, c[0], mtype, day(rng, joined, min(joined + timedelta(days=400), date(2024, 12, 1)))
                           .isoformat()))
            base = rng.uniform(600, 2400) if c[3] == "Business" else rng.uniform(150, 420)
            d = date(2023, 1, 1)
            while d <= date(2024, 12, 1):
                if d >= joined.replace(day=1):
                    n += 1
                    season = 1.35 if d.month in (12, 1, 2) else 0.8 if d.month in (6, 7, 8) else 1.0
                    est = 1 if mtype == "legacy" and rng.random() < 0.45 or rng.random() < 0.03 else 0
                    readings.append((n, mid, d.replace(day=rng.randrange(1, 28)).isoformat(),
                                     round(base * season * rng.uniform(0.85, 1.15), 1), est))
                d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    db.executemany("INSERT INTO meters VALUES (?,?,?,?)", meters)
    db.executemany("INSERT INTO readings VALUES (?,?,?,?,?)", readings)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_hotels(path: Path) -> None:
    rng = random.Random(4303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Hotels (HotelId INTEGER PRIMARY KEY, HotelName TEXT, City TEXT, Stars INTEGER, RoomCount INTEGER,
                         OpenedYear INTEGER);
    CREATE TABLE Guests (GuestId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Country TEXT, LoyaltyTier TEXT);
    CREATE TABLE Bookings (BookingRef TEXT PRIMARY KEY, HotelId INTEGER REFERENCES Hotels(HotelId),
                           GuestId INTEGER REFERENCES Guests(GuestId), BookedOn TEXT, CheckIn TEXT, Nights INTEGER,
                           RoomType TEXT, NightlyRate REAL, Status TEXT, Channel TEXT);
    """)
    hotels = [("Grand Meridian", "Lisbon", 5, 210, 1998), ("Harbour Lights Inn", "Porto", 3, 64, 2005),
              ("Casa Alfama", "Lisbon", 4, 88, 2012), ("The Douro Terrace", "Porto", 4, 120, 2016),
              ("Sintra Palace Hotel", "Sintra", 5, 95, 2001), ("Baixa Budget Rooms", "Lisbon", 2, 40, 2019),
              ("Atlantic Cliffs Resort", "Lagos", 5, 180, 2009), ("Faro Central", "Faro", 3, 72, 2014),
              ("Coimbra Old Town Hotel", "Coimbra", 3, 56, 2021)]
    db.executemany("INSERT INTO Hotels VALUES (?,?,?,?,?,?)", [(i + 1, *h) for i, h in enumerate(hotels)])
    countries = ["Portugal", "Spain", "Germany", "United Kingdom", "France", "United States", "Brazil", "Netherlands"]
    guests = []
    for g in range(1, 401):
        guests.append((g, rng.choice(FIRST), rng.choice(LAST), rng.choices(countries, [5, 3, 3, 4, 2, 2, 2, 1])[0],
                       rng.choices(["None", "Silver", "Gold", "Platinum"], [10, 5, 3, 1])[0]))
    db.executemany("INSERT INTO Guests VALUES (?,?,?,?,?)", guests)
    bookings = []
    rates = {"Standard": 1.0, "Superior": 1.3, "Suite": 2.2}
    for b in range(1, 1801):
        h = rng.choices(range(1, 10), [9, 4, 6, 6, 5, 3, 8, 4, 2])[0]
        stars = hotels[h - 1][2]
        checkin = day(rng, date(2023, 1, 5), date(2024, 12, 28))
        booked = checkin - timedelta(days=rng.choice([1, 3, 7, 14, 21, 30, 45, 60, 90, 120]))
        rt = rng.choices(list(rates), [6, 3, 1])[0]
        season = 1.4 if checkin.month in (6, 7, 8) else 1.0
        rate = round(stars * 38 * rates[rt] * season * rng.uniform(0.9, 1.1), 2)
        nights = rng.choices([1, 2, 3, 4, 5, 7, 10], [5, 8, 6, 4, 3, 2, 1])[0]
        status = rng.choices(["stayed", "cancelled", "no-show"], [80, 16, 4])[0]
        bookings.append((f"BK{b:05d}", h, rng.randrange(1, 401), booked.isoformat(), checkin.isoformat(), nights, rt,
                         rate, status, rng.choices(["Direct", "Booking.com", "Expedia", "Travel Agent"], [4, 5, 3, 1])[0]))
    bookings[799] = ("BK00800", 7, 123, "2024-03-02", "2024-08-10", 21, "Suite", 699.0, "stayed", "Direct")  # longest stay
    db.executemany("INSERT INTO Bookings VALUES (?,?,?,?,?,?,?,?,?,?)", bookings)
    db.commit()
    db.close()


BUILDERS = {"restaurants": build_restaurants, "energy": build_energy, "hotels": build_hotels}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
