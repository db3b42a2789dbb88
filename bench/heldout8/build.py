"""Eighth held-out evaluation: three SQLite databases (a car-rental company, a farm cooperative, a
gym chain) and hand-written analyst conversations over them, written before the engine was run on
them (see README.md in this folder).

    python bench/heldout8/build.py [OUT_DIR]    # writes carrental.sqlite, farmcoop.sqlite, gyms.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout8), checks every
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

FIRST = ("Abel Bianca Cyrus Daria Emeka Fleur Goran Hana Idris Jolene Kasimir Lotte Mateo Nadia Orin Petra "
         "Ravi Saskia Teodor Ulla Vera Wim Ximena Yusuf Zofia").split()
LAST = ("Almeida Brandt Castillo Dahl Eriksen Ferrari Greco Hakimi Ibsen Janssen Kovac Lindgren Moreau "
        "Nakamura Oyelaran Pereira Quist Reyes Sorensen Takahashi").split()


# ------------------------------------------------------------------------------------------
def build_carrental(path: Path) -> None:
    rng = random.Random(8101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT, city TEXT, opened_on TEXT,
                           is_airport INTEGER);
    CREATE TABLE vehicles (vehicle_id INTEGER PRIMARY KEY, plate TEXT, make TEXT, model TEXT, category TEXT,
                           model_year INTEGER, daily_rate REAL, home_branch_id INTEGER REFERENCES branches(branch_id));
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT, city TEXT, licence_since INTEGER,
                            signed_up_on TEXT);
    CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, vehicle_id INTEGER REFERENCES vehicles(vehicle_id),
                          customer_id INTEGER REFERENCES customers(customer_id),
                          branch_id INTEGER REFERENCES branches(branch_id), pickup_date TEXT, return_date TEXT,
                          km_driven INTEGER, total_amount REAL);
    CREATE TABLE damage_reports (report_id INTEGER PRIMARY KEY, rental_id INTEGER REFERENCES rentals(rental_id),
                                 reported_on TEXT, severity TEXT, repair_cost REAL);
    """)
    br = [("Lisbon Airport", "Lisbon", "2014-03-01", 1), ("Lisbon Baixa", "Lisbon", "2016-06-15", 0),
          ("Porto Airport", "Porto", "2015-05-20", 1), ("Porto Boavista", "Porto", "2019-09-09", 0),
          ("Faro Airport", "Faro", "2017-04-02", 1), ("Coimbra Centro", "Coimbra", "2021-02-11", 0),
          ("Braga Station", "Braga", "2023-07-01", 0)]
    db.executemany("INSERT INTO branches VALUES (?,?,?,?,?)", [(i + 1, *b) for i, b in enumerate(br)])
    models = [("Renault", "Clio", "Economy", 34.0), ("Peugeot", "208", "Economy", 36.0),
              ("Volkswagen", "Golf", "Compact", 45.0), ("Toyota", "Corolla", "Compact", 47.0),
              ("Skoda", "Octavia Estate", "Estate", 55.0), ("BMW", "320d", "Premium", 82.0),
              ("Mercedes-Benz", "C 200", "Premium", 89.0), ("Nissan", "Qashqai", "SUV", 61.0),
              ("Toyota", "RAV4 Hybrid", "SUV", 68.0), ("Ford", "Transit Custom", "Van", 74.0),
              ("Tesla", "Model 3", "Electric", 79.0), ("Renault", "Zoe", "Electric", 42.0)]
    vehicles = []
    for v in range(1, 91):
        mk, md, cat, rate = rng.choice(models)
        b = rng.choices(range(1, 8), [20, 10, 16, 8, 14, 6, 4])[0]
        plate = f"{rng.randrange(10, 99)}-{rng.choice('ABCDEFGHJKLMNPRSTUVXZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVXZ')}-{rng.randrange(10, 99)}"
        vehicles.append((v, plate, mk, md, cat, rng.randrange(2018, 2025), round(rate + rng.uniform(-3, 6), 2), b))
    vehicles[41] = (42, "77-QX-31", "Porsche", "Taycan", "Electric", 2024, 189.0, 3)   # the single priciest car
    vehicles[1] = (2, "31-XA-78", "Renault", "Clio", "Economy", 2020, 35.9, 1)   # Renault: the one biggest make
    db.executemany("INSERT INTO vehicles VALUES (?,?,?,?,?,?,?,?)", vehicles)
    cities = ["Lisbon", "Porto", "Faro", "Coimbra", "Braga", "Madrid", "London", "Paris", "Berlin", "Aveiro"]
    customers = []
    for c in range(1, 321):
        customers.append((c, f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                          rng.choices(cities, [14, 10, 4, 4, 3, 6, 8, 5, 5, 3])[0], rng.randrange(1975, 2022),
                          day(rng, date(2019, 1, 1), date(2024, 10, 31)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", customers)
    rentals, damage, dn = [], [], 0
    for r in range(1, 1801):
        v = vehicles[rng.randrange(len(vehicles))]
        b = v[7] if rng.random() < 0.85 else rng.randrange(1, 8)
        lo = max(date.fromisoformat(br[b - 1][2]), date(2023, 1, 1))
        p = day(rng, lo, date(2024, 12, 28))
        season = 1 if p.month in (6, 7, 8) and rng.random() < 0.5 else 0
        days = rng.choices([1, 2, 3, 4, 5, 7, 10, 14], [8, 10, 10, 7, 6, 6, 2, 1 + season * 3])[0]
        ret = p + timedelta(days=days)
        cu = rng.randrange(1, 321)
        km = int(days * rng.uniform(40, 260))
        rentals.append((r, v[0], cu, b, p.isoformat(), ret.isoformat(), km, round(days * v[6] * rng.choice([1, 1, 1, 0.9, 1.15]), 2)))
        dmg_p = 0.06 + (0.05 if br[b - 1][3] else 0) + (0.04 if v[4] == "Van" else 0)
        if rng.random() < dmg_p:
            dn += 1
            sev = rng.choices(["minor", "moderate", "major"], [6, 3, 1])[0]
            cost = {"minor": rng.uniform(80, 400), "moderate": rng.uniform(400, 1500), "major": rng.uniform(1500, 6000)}[sev]
            damage.append((dn, r, (ret + timedelta(days=rng.choice([0, 0, 0, 1, 2]))).isoformat(), sev, round(cost, 2)))
    db.executemany("INSERT INTO rentals VALUES (?,?,?,?,?,?,?,?)", rentals)
    db.executemany("INSERT INTO damage_reports VALUES (?,?,?,?,?)", damage)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_farmcoop(path: Path) -> None:
    rng = random.Random(8202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Farms (FarmID INTEGER PRIMARY KEY, FarmNm TEXT, Region TEXT, OwnerNm TEXT, JoinDt TEXT,
                        IsOrganic INTEGER);
    CREATE TABLE Fields (FieldID INTEGER PRIMARY KEY, FarmID INTEGER REFERENCES Farms(FarmID), FieldNm TEXT,
                         AreaHa REAL, SoilTyp TEXT, Irrigated INTEGER);
    CREATE TABLE Harvests (HarvID INTEGER PRIMARY KEY, FieldID INTEGER REFERENCES Fields(FieldID), Crop TEXT,
                           HarvDt TEXT, YieldT REAL, MoistPct REAL, Grade TEXT);
    CREATE TABLE CropPrices (Crop TEXT, PriceMo TEXT, PricePerT REAL, PRIMARY KEY (Crop, PriceMo));
    """)
    regions = ["Beauce", "Brie", "Picardie", "Champagne", "Normandie"]
    farm_names = ["Ferme des Tilleuls", "Domaine du Moulin", "Ferme de la Croix", "EARL Bellevue", "Ferme du Marais",
                  "GAEC des Peupliers", "Ferme Saint-Martin", "Domaine des Sources", "Ferme de la Haie",
                  "EARL Les Vignes Basses", "Ferme du Plateau", "GAEC du Vieux Chene", "Ferme des Trois Ormes",
                  "Domaine de Rochefort", "Ferme de Beaulieu", "EARL du Grand Pre", "Ferme du Moulin Neuf",
                  "GAEC de la Riviere"]
    owners = ["Anne Mercier", "Bruno Lefevre", "Claire Dubois", "Denis Garnier", "Elise Fontaine", "Fabien Roux",
              "Gaelle Perrin", "Henri Blanchard", "Isabelle Moreau", "Julien Chevalier", "Karine Lambert",
              "Laurent Girard", "Manon Bonnet", "Nicolas Faure", "Odile Rousseau", "Pascal Vincent",
              "Sophie Muller", "Thierry Leroy"]
    farms = []
    for f in range(1, 19):
        farms.append((f, farm_names[f - 1], rng.choices(regions, [5, 4, 4, 3, 3])[0], owners[f - 1],
                      day(rng, date(1998, 1, 1), date(2023, 12, 31)).isoformat(), 1 if rng.random() < 0.3 else 0))
    db.executemany("INSERT INTO Farms VALUES (?,?,?,?,?,?)", farms)
    soils = ["loam", "clay loam", "silt loam", "sandy loam", "chalk"]
    fields, fid = [], 0
    for f in farms:
        for k in range(rng.randrange(3, 8)):
            fid += 1
            fields.append((fid, f[0], f"{f[1].split()[-1]} P{k + 1}", round(rng.uniform(4, 48), 1),
                           rng.choice(soils), 1 if rng.random() < 0.35 else 0))
    fields[9] = (10, fields[9][1], fields[9][2], 63.7, "silt loam", 1)    # the one biggest field
    db.executemany("INSERT INTO Fields VALUES (?,?,?,?,?,?)", fields)
    crops = {"Wheat": (7.4, 1.2, 7, 230), "Barley": (6.6, 1.0, 7, 205), "Rapeseed": (3.5, 0.6, 7, 470),
             "Sugar Beet": (82.0, 12.0, 10, 42), "Maize": (9.8, 1.6, 10, 215), "Potatoes": (44.0, 7.0, 9, 180),
             "Peas": (4.1, 0.8, 7, 300)}
    harvests, hid = [], 0
    for year in (2021, 2022, 2023, 2024):
        shock = {2021: 1.0, 2022: 0.86, 2023: 1.04, 2024: 0.92}[year]
        for fl in fields:
            if rng.random() < 0.12:
                continue
            crop = rng.choice(list(crops))
            mean, sd, mo, _ = crops[crop]
            hid += 1
            ha = fl[3]
            y = max(0.2, rng.gauss(mean, sd)) * shock * (1.08 if fl[5] else 1.0) * ha
            d = date(year, mo, 1) + timedelta(days=rng.randrange(0, 40))
            harvests.append((hid, fl[0], crop, d.isoformat(), round(y, 2), round(rng.uniform(11, 19), 1),
                             rng.choices(["A", "B", "C"], [5, 3, 1])[0]))
    db.executemany("INSERT INTO Harvests VALUES (?,?,?,?,?,?,?)", harvests)
    prices = []
    for crop, (_, _, _, base) in crops.items():
        p = base
        for year in (2021, 2022, 2023, 2024):
            for m in range(1, 13):
                p = p * rng.uniform(0.95, 1.06) if year != 2022 else p * rng.uniform(0.98, 1.09)
                prices.append((crop, f"{year}-{m:02d}", round(p, 2)))
    db.executemany("INSERT INTO CropPrices VALUES (?,?,?)", prices)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_gyms(path: Path) -> None:
    rng = random.Random(8303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE gyms (gymId INTEGER PRIMARY KEY, gymName TEXT, city TEXT, openedOn TEXT, floorAreaSqm INTEGER);
    CREATE TABLE members (memberId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, city TEXT,
                          homeGymId INTEGER REFERENCES gyms(gymId), planType TEXT, monthlyFee REAL, joinDate TEXT,
                          cancelDate TEXT);
    CREATE TABLE trainers (trainerId INTEGER PRIMARY KEY, trainerName TEXT, specialty TEXT,
                           gymId INTEGER REFERENCES gyms(gymId), hourlyRate REAL, hiredOn TEXT);
    CREATE TABLE classes (classId INTEGER PRIMARY KEY, className TEXT, classType TEXT,
                          trainerId INTEGER REFERENCES trainers(trainerId), gymId INTEGER REFERENCES gyms(gymId),
                          capacity INTEGER, durationMin INTEGER);
    CREATE TABLE bookings (bookingId INTEGER PRIMARY KEY, memberId INTEGER REFERENCES members(memberId),
                           classId INTEGER REFERENCES classes(classId), classDate TEXT, attended INTEGER);
    CREATE TABLE checkIns (checkInId INTEGER PRIMARY KEY, memberId INTEGER REFERENCES members(memberId),
                           gymId INTEGER REFERENCES gyms(gymId), checkInAt TEXT, minutesStayed INTEGER);
    """)
    gyms = [("PulseFit Centrum", "Utrecht", "2015-01-10", 1800), ("PulseFit Oost", "Utrecht", "2019-05-04", 1100),
            ("PulseFit Zuidas", "Amsterdam", "2016-09-12", 2400), ("PulseFit De Pijp", "Amsterdam", "2020-02-01", 950),
            ("PulseFit Haven", "Rotterdam", "2018-03-17", 2100), ("PulseFit Hofstad", "The Hague", "2022-10-01", 1300)]
    db.executemany("INSERT INTO gyms VALUES (?,?,?,?,?)", [(i + 1, *g) for i, g in enumerate(gyms)])
    plans = [("Basic", 24.99), ("Flex", 34.99), ("Premium", 49.99), ("Student", 19.99)]
    mcities = ["Utrecht", "Amsterdam", "Rotterdam", "The Hague", "Amersfoort", "Haarlem", "Delft", "Zeist"]
    members = []
    for m in range(1, 501):
        g = rng.choices(range(1, 7), [18, 10, 22, 9, 15, 8])[0]
        home = gyms[g - 1][1]
        city = home if rng.random() < 0.78 else rng.choice(mcities)
        plan, fee = rng.choices(plans, [5, 3, 3, 2])[0]
        j = day(rng, max(date.fromisoformat(gyms[g - 1][2]), date(2019, 1, 1)), date(2024, 11, 30))
        cancel = day(rng, j + timedelta(days=30), date(2024, 12, 31)) if rng.random() < 0.22 and j < date(2024, 10, 1) else None
        members.append((m, rng.choice(FIRST), rng.choice(LAST), city, g, plan, fee, j.isoformat(),
                        cancel.isoformat() if cancel else None))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?,?,?)", members)
    specs = ["Yoga", "Spinning", "HIIT", "Pilates", "Strength", "Boxing"]
    tnames = ["Sanne de Vries", "Daan Bakker", "Lotte Visser", "Bram Smit", "Fenna Mulder", "Joris de Boer",
              "Eva Dekker", "Sem Jansen", "Noor Bos", "Milan Vos", "Isa Peters", "Thijs Hendriks", "Roos Willems",
              "Lars van Dijk", "Femke Kok", "Ruben Meijer", "Julia Koster", "Stijn Prins"]
    trainers = []
    for t in range(1, 19):
        trainers.append((t, tnames[t - 1], rng.choice(specs), (t - 1) % 6 + 1, round(rng.uniform(28, 55), 2),
                         day(rng, date(2016, 1, 1), date(2024, 6, 30)).isoformat()))
    trainers[6] = (7, "Eva Dekker", "Pilates", 1, 61.5, "2017-02-14")   # the best-paid trainer
    db.executemany("INSERT INTO trainers VALUES (?,?,?,?,?,?)", trainers)
    ctypes = {"Yoga": ["Morning Yoga", "Yin Yoga", "Power Yoga"], "Spinning": ["Spin Express", "Spin Endurance"],
              "HIIT": ["HIIT Blast", "Tabata 30"], "Pilates": ["Mat Pilates", "Reformer Pilates"],
              "Strength": ["Barbell Club", "Kettlebell Basics"], "Boxing": ["Boxfit", "Boxing Technique"]}
    classes, cid = [], 0
    for t in trainers:
        for _ in range(rng.randrange(2, 4)):
            cid += 1
            classes.append((cid, rng.choice(ctypes[t[2]]), t[2], t[0], t[3], rng.choice([12, 15, 20, 20, 25, 30]),
                            rng.choice([30, 45, 45, 60, 60, 75])))
    db.executemany("INSERT INTO classes VALUES (?,?,?,?,?,?,?)", classes)
    bookings = []
    for b in range(1, 3001):
        c = classes[rng.randrange(len(classes))]
        m = members[rng.randrange(len(members))]
        d = day(rng, max(date.fromisoformat(m[7]), date(2023, 1, 1)), date(2024, 12, 31))
        bookings.append((b, m[0], c[0], d.isoformat(), 1 if rng.random() < 0.8 else 0))
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?)", bookings)
    checks = []
    for k in range(1, 4201):
        m = members[rng.randrange(len(members))]
        g = m[4] if rng.random() < 0.85 else rng.randrange(1, 7)
        d = day(rng, max(date.fromisoformat(m[7]), date(2023, 1, 1)), date(2024, 12, 31))
        t = datetime(d.year, d.month, d.day, rng.choice([6, 7, 7, 8, 12, 12, 17, 18, 18, 19, 20]), rng.randrange(60))
        checks.append((k, m[0], g, t.strftime("%Y-%m-%d %H:%M"), rng.randrange(25, 130)))
    db.executemany("INSERT INTO checkIns VALUES (?,?,?,?,?)", checks)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"carrental": build_carrental, "farmcoop": build_farmcoop, "gyms": build_gyms}, SETS))
