"""Held-out evaluation heldout33: three SQLite databases (a regional bus operator, a food-bank charity
network, a pharmacy chain with legacy short names) and hand-written analyst conversations over them,
written before the engine was run on them (see README.md in this folder).

    python bench/heldout33/build.py [OUT_DIR]   # writes transit.sqlite, foodbank.sqlite, pharmacy.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout33), checks every
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

FIRST = ("Aisha Bruno Chloe Dario Emeka Freya Gareth Hana Imran Jodie Kamal Lena Marek Nadia Owen Petra "
         "Rhys Saanvi Tomasz Ulla Vikram Willa Xavier Yusuf Zoe").split()
LAST = ("Abbott Brennan Chowdhury Doyle Ellis Farrow Grant Hussain Iqbal Jones Khan Lowe Mistry Nolan "
        "O'Brien Price Quinn Reid Sharma Thorne Walsh Young").split()


# ------------------------------------------------------------------------------------------
def build_transit(path: Path) -> None:
    rng = random.Random(3301)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, town TEXT, opened_year INTEGER);
    CREATE TABLE routes (route_id INTEGER PRIMARY KEY, route_code TEXT, route_name TEXT,
                         depot_id INTEGER REFERENCES depots(depot_id), length_km REAL, is_night_service INTEGER);
    CREATE TABLE vehicles (vehicle_id INTEGER PRIMARY KEY, fleet_no TEXT, manufacturer TEXT, fuel_type TEXT,
                           seats INTEGER, year_built INTEGER, depot_id INTEGER REFERENCES depots(depot_id));
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, route_id INTEGER REFERENCES routes(route_id),
                        vehicle_id INTEGER REFERENCES vehicles(vehicle_id), service_date TEXT,
                        scheduled_departure TEXT, delay_min INTEGER, boardings INTEGER, cancelled INTEGER);
    """)
    depots = [("Kingsway", "Brackley", 1978), ("Riverside", "Brackley", 1995), ("Hilltop", "Marden", 2004),
              ("Eastfield", "Oakham Vale", 2012), ("Northgate", "Marden", 2019)]
    db.executemany("INSERT INTO depots VALUES (?,?,?,?)", [(i + 1, *d) for i, d in enumerate(depots)])
    routes = [("1", "Brackley Circular", 1, 14.2, 0), ("2", "Brackley - Marden", 1, 22.8, 0),
              ("3", "Station - Hospital", 2, 8.4, 0), ("4", "Town Centre - Riverside Park", 2, 6.9, 0),
              ("7A", "Marden - Airport", 3, 31.5, 0), ("7B", "Marden - Airport via Lees", 3, 34.1, 0),
              ("12", "University Shuttle", 2, 5.2, 0), ("15", "Oakham Vale - Brackley", 4, 27.6, 0),
              ("18", "Eastfield Estate Loop", 4, 11.3, 0), ("21", "Marden Park & Ride", 5, 7.8, 0),
              ("N1", "Night Brackley - Marden", 1, 23.4, 1), ("N7", "Night Airport Link", 3, 32.0, 1),
              ("X40", "Express Oakham Vale - Marden", 4, 41.9, 0), ("33", "Villages Rural", 5, 48.3, 0)]
    db.executemany("INSERT INTO routes VALUES (?,?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(routes)])
    makes = [("Alexander Dennis", "diesel", 70), ("Alexander Dennis", "hybrid", 72), ("Wrightbus", "hybrid", 64),
             ("Wrightbus", "electric", 63), ("Volvo", "diesel", 75), ("Yutong", "electric", 44), ("Optare", "diesel", 33)]
    vehicles = []
    for v in range(1, 61):
        mk, fuel, seats = rng.choices(makes, [8, 5, 6, 4, 6, 3, 3])[0]
        yb = rng.randrange(2008, 2025) if fuel != "electric" else rng.randrange(2019, 2025)
        vehicles.append((v, f"{'E' if fuel == 'electric' else 'B'}{200 + v}", mk, fuel, seats, yb, rng.randrange(1, 6)))
    vehicles[9] = (10, "B210", "Volvo", "diesel", 75, 2006, 1)   # the one oldest bus
    db.executemany("INSERT INTO vehicles VALUES (?,?,?,?,?,?,?)", vehicles)
    by_depot = {d: [v[0] for v in vehicles if v[6] == d] for d in range(1, 6)}
    trips = []
    weights = [12, 10, 9, 6, 8, 5, 11, 7, 5, 6, 2, 2, 4, 2]
    for t in range(1, 3201):
        r = rng.choices(range(1, 15), weights)[0]
        rt = routes[r - 1]
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        hh = rng.choice([23, 0, 1, 2]) if rt[4] else rng.choice([6, 7, 7, 8, 8, 9, 11, 13, 15, 16, 17, 17, 18, 20])
        dep = f"{hh:02d}:{rng.choice([0, 10, 15, 20, 30, 40, 45, 50]):02d}"
        canc = 1 if rng.random() < (0.06 if d.month in (12, 1) else 0.025) else 0
        delay = None if canc else max(0, int(rng.gauss(3 if hh not in (8, 17) else 7, 4)))
        cap = 70 if rt[0] != "33" else 30
        board = 0 if canc else max(1, int(rng.gauss(cap * (0.55 if hh in (7, 8, 17) else 0.3), 9)))
        trips.append((t, r, rng.choice(by_depot[rt[2]] or [1]), d.isoformat(), dep, delay, board, canc))
    db.executemany("INSERT INTO trips VALUES (?,?,?,?,?,?,?,?)", trips)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_foodbank(path: Path) -> None:
    rng = random.Random(3302)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Branches (BranchId INTEGER PRIMARY KEY, BranchName TEXT, City TEXT, OpenedOn TEXT);
    CREATE TABLE Donors (DonorId INTEGER PRIMARY KEY, DonorName TEXT, DonorType TEXT, City TEXT, FirstGiftOn TEXT);
    CREATE TABLE Campaigns (CampaignId INTEGER PRIMARY KEY, CampaignName TEXT, StartDate TEXT, EndDate TEXT,
                            TargetAmount REAL);
    CREATE TABLE Donations (DonationId INTEGER PRIMARY KEY, DonorId INTEGER REFERENCES Donors(DonorId),
                            CampaignId INTEGER REFERENCES Campaigns(CampaignId), DonatedOn TEXT, Amount REAL,
                            PaymentMethod TEXT, IsGiftAid INTEGER);
    CREATE TABLE FoodParcels (ParcelId INTEGER PRIMARY KEY, BranchId INTEGER REFERENCES Branches(BranchId),
                              IssuedOn TEXT, HouseholdSize INTEGER, ReferralSource TEXT, WeightKg REAL);
    """)
    branches = [("Ashton Hub", "Ashton", "2014-03-01"), ("Bramley Pantry", "Leighford", "2016-10-12"),
                ("Canal Street", "Leighford", "2012-05-20"), ("Dunmore Church Hall", "Dunmore", "2018-01-15"),
                ("Elmwood Community Centre", "Ashton", "2020-09-07"), ("Fairfield", "Dunmore", "2022-04-04")]
    db.executemany("INSERT INTO Branches VALUES (?,?,?,?)", [(i + 1, *b) for i, b in enumerate(branches)])
    cities = ["Ashton", "Leighford", "Dunmore", "Hebden Cross", "Millbrook"]
    orgs = ["Bakery", "Solicitors", "Builders", "Rotary Club", "Supermarket", "Dental Group", "Garage", "Brewery"]
    donors = []
    for d in range(1, 301):
        kind = rng.choices(["Individual", "Business", "Trust"], [80, 15, 5])[0]
        name = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" if kind == "Individual" else
                f"{rng.choice(LAST)} {rng.choice(orgs)}" if kind == "Business" else
                f"The {rng.choice(LAST)} Charitable Trust")
        donors.append((d, name, kind, rng.choices(cities, [5, 6, 4, 2, 2])[0],
                       day(rng, date(2015, 1, 1), date(2024, 10, 31)).isoformat()))
    seen: set[str] = set()
    for i, dn in enumerate(donors):      # organisations have unique names (people may share one)
        name = dn[1]
        k = 0
        while dn[2] != "Individual" and name in seen:
            name = dn[1].replace(dn[1].split()[1 if dn[2] == "Trust" else 0], LAST[k], 1)
            k += 1
        seen.add(name)
        donors[i] = (dn[0], name, *dn[2:])
    donors[41] = (42, "The Walsh Family Foundation", "Trust", "Leighford", "2016-02-14")
    db.executemany("INSERT INTO Donors VALUES (?,?,?,?,?)", donors)
    camps = [("Winter Appeal 2022", "2022-11-01", "2023-01-31", 40000), ("Spring Pantry Push", "2023-03-01",
             "2023-04-30", 100000), ("Summer Holiday Hunger", "2023-07-01", "2023-08-31", 90000),
             ("Winter Appeal 2023", "2023-11-01", "2024-01-31", 150000), ("School Uniform Fund", "2024-06-01",
             "2024-08-31", 200000), ("Winter Appeal 2024", "2024-11-01", "2025-01-31", 140000)]
    db.executemany("INSERT INTO Campaigns VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(camps)])
    dons = []
    for n in range(1, 2201):
        dn = rng.choices(donors, [1 if x[2] == "Individual" else 3 if x[2] == "Business" else 2 for x in donors])[0]
        lo = max(date.fromisoformat(dn[4]), date(2023, 1, 1))
        dt = day(rng, lo, date(2024, 12, 31)) if lo <= date(2024, 12, 31) else date(2024, 12, 31)
        camp = None
        for i, c in enumerate(camps):
            if c[1] <= dt.isoformat() <= c[2] and rng.random() < 0.7:
                camp = i + 1
        amt = (rng.choice([5, 10, 10, 20, 25, 50, 100]) if dn[2] == "Individual" else
               round(rng.uniform(100, 2500), 2) if dn[2] == "Business" else round(rng.uniform(1000, 8000), 2))
        if dn[0] == 42:
            amt = round(amt * 2.5, 2)
        meth = rng.choices(["Card", "Direct Debit", "Cheque", "Cash", "Bank Transfer"], [30, 25, 6, 8, 10])[0]
        dons.append((n, dn[0], camp, dt.isoformat(), float(amt), meth,
                     1 if dn[2] == "Individual" and rng.random() < 0.6 else 0))
    db.executemany("INSERT INTO Donations VALUES (?,?,?,?,?,?,?)", dons)
    parcels = []
    refs = ["Citizens Advice", "GP Surgery", "School", "Social Services", "Self-referral", "Housing Association"]
    for p in range(1, 2801):
        b = rng.choices(range(1, 7), [9, 6, 12, 5, 7, 3])[0]
        lo = max(date.fromisoformat(branches[b - 1][2]), date(2023, 1, 1))
        dt = day(rng, lo, date(2024, 12, 31))
        hs = rng.choices([1, 2, 3, 4, 5, 6, 7], [20, 18, 16, 14, 8, 4, 2])[0]
        parcels.append((p, b, dt.isoformat(), hs, rng.choices(refs, [8, 5, 4, 6, 3, 4])[0],
                        round(6 + hs * rng.uniform(3.2, 4.8), 1)))
    db.executemany("INSERT INTO FoodParcels VALUES (?,?,?,?,?,?)", parcels)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_pharmacy(path: Path) -> None:
    rng = random.Random(3303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE STR (STR_ID INTEGER PRIMARY KEY, STR_NM TEXT, CTY TEXT, RGN TEXT, SQ_FT INTEGER, OPN_DT TEXT);
    CREATE TABLE ITM (ITM_CD TEXT PRIMARY KEY, ITM_DSC TEXT, DEPT TEXT, UNIT_PRC REAL, UNIT_CST REAL, RX_FLG INTEGER);
    CREATE TABLE TXN (TXN_NO INTEGER PRIMARY KEY, STR_ID INTEGER REFERENCES STR(STR_ID), TXN_DT TEXT, PAY_TYP TEXT,
                      LOY_FLG INTEGER);
    CREATE TABLE TXN_LN (TXN_NO INTEGER REFERENCES TXN(TXN_NO), LN_NO INTEGER, ITM_CD TEXT REFERENCES ITM(ITM_CD),
                         QTY INTEGER, LN_AMT REAL);
    """)
    stores = [("Wellcare Broad St", "Halvergate", "North", 2400, "2009-05-01"),
              ("Wellcare Market Sq", "Halvergate", "North", 1800, "2013-08-19"),
              ("Wellcare Quayside", "Porthmere", "West", 3100, "2011-02-07"),
              ("Wellcare Retail Park", "Porthmere", "West", 4200, "2018-11-23"),
              ("Wellcare High Rd", "Stanbury", "East", 1500, "2015-06-30"),
              ("Wellcare Station", "Stanbury", "East", 950, "2020-03-02"),
              ("Wellcare Medical Centre", "Colbeck", "South", 1300, "2016-09-14"),
              ("Wellcare Colbeck Mall", "Colbeck", "South", 2700, "2022-05-16"),
              ("Wellcare Harbour Rd", "Porthmere", "West", 1100, "2023-04-03")]
    db.executemany("INSERT INTO STR VALUES (?,?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(stores)])
    items = [("PN100", "Paracetamol 500mg 16pk", "Pain Relief", 0.89, 0.31, 0),
             ("PN110", "Ibuprofen 200mg 24pk", "Pain Relief", 1.49, 0.52, 0),
             ("PN120", "Migraine Relief Caplets", "Pain Relief", 5.99, 2.40, 0),
             ("CF200", "Cough Syrup Chesty 150ml", "Cold & Flu", 6.49, 2.75, 0),
             ("CF210", "Cold & Flu Capsules 16pk", "Cold & Flu", 3.99, 1.45, 0),
             ("CF220", "Throat Lozenges 24pk", "Cold & Flu", 4.29, 1.60, 0),
             ("SK300", "SPF50 Sun Cream 200ml", "Skincare", 12.50, 4.90, 0),
             ("SK310", "Moisturiser Sensitive 50ml", "Skincare", 8.75, 3.10, 0),
             ("SK320", "Hydrocortisone Cream 1%", "Skincare", 4.99, 1.80, 0),
             ("VT400", "Vitamin D 1000IU 90ct", "Vitamins", 7.99, 2.20, 0),
             ("VT410", "Multivitamin Adult 60ct", "Vitamins", 9.49, 3.05, 0),
             ("VT420", "Omega-3 Fish Oil 120ct", "Vitamins", 14.99, 5.60, 0),
             ("BB500", "Baby Formula Stage 1 800g", "Baby", 13.75, 9.90, 0),
             ("BB510", "Nappies Size 4 44pk", "Baby", 11.00, 6.80, 0),
             ("RX600", "Prescription Item (NHS)", "Dispensary", 9.90, 7.10, 1),
             ("RX610", "Private Prescription", "Dispensary", 24.00, 14.50, 1),
             ("HY700", "Hand Sanitiser 500ml", "Hygiene", 3.49, 1.10, 0),
             ("HY710", "Electric Toothbrush Heads 4pk", "Hygiene", 19.99, 8.40, 0),
             ("HY720", "Dental Floss 50m", "Hygiene", 2.25, 0.60, 0),
             ("FA800", "First Aid Kit Travel", "First Aid", 8.99, 3.70, 0)]
    db.executemany("INSERT INTO ITM VALUES (?,?,?,?,?,?)", items)
    txns, lines = [], []
    for t in range(1, 3401):
        s = rng.choices(range(1, 10), [12, 8, 11, 14, 7, 5, 9, 8, 3])[0]
        lo = max(date.fromisoformat(stores[s - 1][4]), date(2023, 1, 1))
        d = day(rng, lo, date(2024, 12, 31))
        txns.append((t, s, d.isoformat(), rng.choices(["CARD", "CASH", "CONTACTLESS", "VOUCHER"], [30, 12, 45, 3])[0],
                     1 if rng.random() < 0.42 else 0))
        for ln, it in enumerate(rng.sample(range(len(items)), rng.choices([1, 2, 3, 4], [8, 5, 3, 1])[0])):
            cd = items[it]
            w = 3 if (cd[2] == "Cold & Flu" and d.month in (11, 12, 1, 2)) or (cd[0] == "SK300" and d.month in (5, 6, 7, 8)) else 1
            q = rng.choices([1, 2, 3], [10, 3 * w, w])[0]
            lines.append((t, ln + 1, cd[0], q, round(q * cd[3], 2)))
    db.executemany("INSERT INTO TXN VALUES (?,?,?,?,?)", txns)
    db.executemany("INSERT INTO TXN_LN VALUES (?,?,?,?,?)", lines)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"transit": build_transit, "foodbank": build_foodbank, "pharmacy": build_pharmacy},
                       SETS))
