"""Held-out evaluation heldout28: three SQLite databases of new designs (an industrial laundry in
camelCase, a construction tool-hire firm in snake_case, a pest-control contractor in PascalCase)
and hand-written operations-manager conversations over them, written before the engine was run
on them (see README.md in this folder).

    python bench/heldout28/build.py [OUT_DIR]   # writes laundry.sqlite, toolhire.sqlite, pestcontrol.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout28), checks every
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

FIRST = ("Abel Bianca Cormac Delia Emeka Farah Gustav Helga Idris Jolene Kasper Lorna Milos Nadia Orla "
         "Pavel Rhea Silas Tamsin Umar Vesna Wilf Ximena Yusuf Zofia").split()
LAST = ("Ashworth Brennan Castillo Drummond Eze Fairclough Grady Haddad Ibsen Jovanovic Kerr Lindgren "
        "Mbeki Nakamura Oduya Pryce Quist Ramsay Sokolov Thorne").split()


def mixcase(rng: random.Random, s: str) -> str:
    return rng.choices([s, s.lower(), s.upper()], [6, 3, 1])[0]


# ------------------------------------------------------------------------------------------
def build_laundry(path: Path) -> None:
    """An industrial laundry washing linen for hotels, clinics and restaurants (camelCase)."""
    rng = random.Random(2801)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE serviceCodes (serviceCode TEXT PRIMARY KEY, serviceName TEXT, unitPrice REAL);
    CREATE TABLE clients (clientId INTEGER PRIMARY KEY, clientName TEXT, clientType TEXT, city TEXT,
                          accountManager TEXT, contractStart TEXT);
    CREATE TABLE drivers (driverId INTEGER PRIMARY KEY, driverName TEXT, depot TEXT, vanReg TEXT);
    CREATE TABLE laundryOrders (orderId INTEGER PRIMARY KEY, clientId INTEGER REFERENCES clients(clientId),
                                driverId INTEGER REFERENCES drivers(driverId), receivedDate TEXT, dueDate TEXT,
                                returnedDate TEXT, orderStatus TEXT, invoiceAmount REAL, discountPct REAL,
                                weightKg REAL);
    CREATE TABLE orderServices (orderId INTEGER REFERENCES laundryOrders(orderId),
                                serviceCode TEXT REFERENCES serviceCodes(serviceCode), quantity INTEGER);
    """)
    services = [("WF", "Wash & Fold", 1.10), ("PR", "Pressing", 2.40), ("DC", "Dry Clean", 6.50),
                ("ST", "Stain Treatment", 3.75), ("TH", "Thermal Disinfection", 1.95), ("MR", "Mending & Repair", 4.80),
                ("UF", "Uniform Finishing", 2.90)]
    db.executemany("INSERT INTO serviceCodes VALUES (?,?,?)", services)
    kinds = [("Hotel", ["Harbourview Hotel", "The Linden", "Castle Quay Inn", "Grand Parade Hotel", "Riverside Lodge",
                        "Oakmere Hall"]),
             ("Clinic", ["St Anne's Clinic", "Meadowbank Care Home", "Northgate Dental", "Willow Physio"]),
             ("Restaurant", ["Bistro Lune", "The Copper Pot", "Saffron House", "Marlow's Grill", "Nonna Rosa"]),
             ("Spa", ["Serenity Day Spa", "Blue Lagoon Spa"])]
    cities = ["Bristol", "Bath", "Cardiff", "Swindon"]
    managers = ["Helga Thorne", "Idris Kerr", "Lorna Pryce", None]
    clients, cid = [], 0
    for kind, names in kinds:
        for n in names:
            cid += 1
            clients.append((cid, n, kind, rng.choices(cities, [5, 3, 3, 1])[0], rng.choices(managers, [4, 3, 3, 2])[0],
                            day(rng, date(2016, 1, 1), date(2023, 6, 30)).isoformat()))
    db.executemany("INSERT INTO clients VALUES (?,?,?,?,?,?)", clients)
    drivers = [(1, "Cormac Brennan", "Avonmouth", "WX19 KLM"), (2, "Farah Haddad", "Avonmouth", "WX20 BTR"),
               (3, "Gustav Lindgren", "Cardiff", "CU21 PLO"), (4, "Nadia Sokolov", "Avonmouth", "WX22 DFE"),
               (5, "Silas Ramsay", "Cardiff", "CU18 AAZ"), (6, "Zofia Quist", "Swindon", None)]
    db.executemany("INSERT INTO drivers VALUES (?,?,?,?)", drivers)
    weights = [9, 5, 6, 11, 4, 3, 2, 3, 2, 2, 1, 4, 3, 2, 3, 2, 2]
    orders, lines = [], []
    for oid in range(1, 1501):
        c = rng.choices(range(1, cid + 1), weights)[0]
        rec = day(rng, date(2023, 1, 2), date(2024, 12, 20))
        due = rec + timedelta(days=rng.choice([2, 3, 3, 5, 7]))
        drv = rng.choices([1, 2, 3, 4, 5, 6, None], [8, 6, 5, 7, 4, 2, 1])[0]
        late = rng.random() < ({3: 0.25, 5: 0.29}.get(drv, 0.1))
        status_r = rng.random()
        if rec > date(2024, 12, 12) and status_r < 0.7:
            status, ret = "In Progress", None
        elif status_r < 0.04:
            status, ret = "Cancelled", None
        else:
            status = "Delivered"
            ret = due + timedelta(days=rng.randrange(1, 6)) if late else due - timedelta(days=rng.choice([0, 0, 0, 1]))
        total, kg = 0.0, 0.0
        for sc in rng.sample(range(len(services)), rng.randrange(1, 4)):
            q = rng.randrange(10, 220) if services[sc][0] in ("WF", "TH") else rng.randrange(1, 40)
            lines.append((oid, services[sc][0], q))
            total += q * services[sc][2]
            kg += q * rng.uniform(0.2, 0.5)
        disc = rng.choices([0.0, 5.0, 10.0, 12.5, None], [10, 4, 3, 1, 2])[0]
        amt = round(total * (1 - (disc or 0) / 100), 2) if status != "Cancelled" else 0.0
        orders.append((oid, c, drv, rec.isoformat(), due.isoformat(), ret and ret.isoformat(),
                       mixcase(rng, status), amt, disc, round(kg, 1)))
    db.executemany("INSERT INTO laundryOrders VALUES (?,?,?,?,?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO orderServices VALUES (?,?,?)", lines)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_toolhire(path: Path) -> None:
    """A construction plant and tool-hire firm with several depots (snake_case)."""
    rng = random.Random(2802)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, region TEXT, manager_name TEXT);
    CREATE TABLE equipment_categories (category_code TEXT PRIMARY KEY, category_name TEXT);
    CREATE TABLE equipment (equip_id INTEGER PRIMARY KEY, equip_name TEXT, category_code TEXT
                            REFERENCES equipment_categories(category_code), depot_id INTEGER REFERENCES depots(depot_id),
                            day_rate REAL, purchase_date TEXT, last_service_date TEXT);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, company_name TEXT, trade TEXT, city TEXT,
                            account_type TEXT, credit_limit REAL);
    CREATE TABLE hires (hire_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                        depot_id INTEGER REFERENCES depots(depot_id), start_date TEXT, due_back_date TEXT,
                        returned_date TEXT, hire_status TEXT, hire_total REAL, vat_pct REAL, booked_by TEXT);
    CREATE TABLE hire_lines (hire_id INTEGER REFERENCES hires(hire_id), equip_id INTEGER REFERENCES equipment(equip_id),
                             quantity INTEGER, agreed_day_rate REAL);
    """)
    depots = [(1, "Leeds South", "Yorkshire", "Pavel Grady"), (2, "Bradford", "Yorkshire", "Rhea Castillo"),
              (3, "Wakefield", "Yorkshire", None), (4, "Manchester Trafford", "North West", "Emeka Oduya"),
              (5, "Preston", "North West", "Vesna Jovanovic")]
    db.executemany("INSERT INTO depots VALUES (?,?,?,?)", depots)
    cats = [("ACC", "Access & Scaffolding"), ("EXC", "Excavation"), ("PWR", "Power Tools"),
            ("GEN", "Generators & Power"), ("CMP", "Compaction"), ("SAF", "Safety Equipment")]
    db.executemany("INSERT INTO equipment_categories VALUES (?,?)", cats)
    kinds = {"ACC": [("Scaffold Tower 6m", 38.0), ("Podium Step", 14.5), ("Scissor Lift 8m", 145.0)],
             "EXC": [("1.5t Mini Digger", 165.0), ("3t Excavator", 210.0), ("Breaker Hammer", 42.0)],
             "PWR": [("SDS Drill", 18.5), ("Disc Cutter", 29.0), ("Core Drill", 55.0), ("Tile Saw", 26.0)],
             "GEN": [("5kVA Generator", 48.0), ("20kVA Generator", 96.0), ("Site Lighting Tower", 72.0)],
             "CMP": [("Plate Compactor", 34.0), ("Trench Rammer", 39.5), ("Ride-on Roller", 155.0)],
             "SAF": [("Gas Detector", 22.0), ("Barrier Set", 12.0)]}
    equipment, eid = [], 0
    for code, items in kinds.items():
        for name, rate in items:
            for d in rng.sample(range(1, 6), rng.randrange(2, 5)):
                eid += 1
                bought = day(rng, date(2015, 1, 1), date(2023, 12, 31))
                svc = day(rng, bought, date(2024, 11, 30)).isoformat() if rng.random() < 0.85 else None
                equipment.append((eid, name, code, d, round(rate * rng.uniform(0.95, 1.08), 2), bought.isoformat(), svc))
    db.executemany("INSERT INTO equipment VALUES (?,?,?,?,?,?,?)", equipment)
    trades = ["Groundworks", "Builder", "Electrician", "Landscaper", "Roofer", "Plumber", "Events"]
    cities = ["Leeds", "Bradford", "Wakefield", "Manchester", "Preston", "Huddersfield"]
    customers = []
    for c in range(1, 141):
        customers.append((c, f"{rng.choice(LAST)} {rng.choice(trades)}{rng.choice(['', ' Ltd', ' & Sons', ' Services'])}",
                          rng.choice(trades), rng.choice(cities), rng.choices(["Credit", "Cash", "Trade Plus"], [5, 4, 2])[0],
                          rng.choice([None, 2000.0, 5000.0, 10000.0, 25000.0]) ))
    # names unique
    seen = set()
    for i, c in enumerate(customers):
        n = c[1]
        while n in seen:
            n = n + " (" + rng.choice(cities) + ")"
        seen.add(n)
        customers[i] = (c[0], n, *c[2:])
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", customers)
    staff = ["Tamsin Kerr", "Wilf Eze", "Ximena Drummond", "Umar Ibsen", "jolene mbeki", None]
    by_depot = {d[0]: [e for e in equipment if e[3] == d[0]] for d in depots}
    hires, lines = [], []
    for hid in range(1, 1801):
        dep = rng.choices([1, 2, 3, 4, 5], [9, 5, 3, 8, 4])[0]
        cust = rng.choices(range(1, 141), [1 + (i % 7 == 0) * 4 for i in range(140)])[0]
        start = day(rng, date(2023, 1, 3), date(2024, 12, 20))
        length = rng.choice([1, 1, 2, 3, 5, 7, 7, 14, 21, 28])
        due = start + timedelta(days=length)
        r = rng.random()
        if due > date(2024, 12, 20) and r < 0.8:
            status, ret = "On Hire", None
        elif r < 0.05:
            status, ret = "Cancelled", None
        else:
            late = rng.random() < (0.3 if dep == 3 else 0.12)
            status = "Returned"
            ret = due + timedelta(days=rng.randrange(1, 9)) if late else due - timedelta(days=rng.choice([0, 0, 1]))
        total = 0.0
        for e in rng.sample(by_depot[dep], rng.randrange(1, 4)):
            q = rng.choices([1, 2, 3, 4], [10, 4, 2, 1])[0]
            rate = round(e[4] * rng.choice([1.0, 1.0, 0.9, 0.85]), 2)
            lines.append((hid, e[0], q, rate))
            total += q * rate * length
        vat = rng.choices([20.0, 0.0, None], [12, 1, 1])[0]
        hires.append((hid, cust, dep, start.isoformat(), due.isoformat(), ret and ret.isoformat(), mixcase(rng, status),
                      round(total, 2) if status != "Cancelled" else None, vat, rng.choices(staff, [5, 4, 3, 3, 2, 1])[0]))
    db.executemany("INSERT INTO hires VALUES (?,?,?,?,?,?,?,?,?,?)", hires)
    db.executemany("INSERT INTO hire_lines VALUES (?,?,?,?)", lines)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_pestcontrol(path: Path) -> None:
    """A pest-control contractor visiting client sites with teams of technicians (PascalCase)."""
    rng = random.Random(2803)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE PestTypes (PestCode TEXT PRIMARY KEY, PestName TEXT, RiskLevel TEXT);
    CREATE TABLE Technicians (TechnicianId INTEGER PRIMARY KEY, FullName TEXT, Region TEXT, HireDate TEXT,
                              CertLevel TEXT);
    CREATE TABLE Sites (SiteId INTEGER PRIMARY KEY, SiteName TEXT, SiteType TEXT, Town TEXT, FloorAreaM2 INTEGER);
    CREATE TABLE Visits (VisitId INTEGER PRIMARY KEY, SiteId INTEGER REFERENCES Sites(SiteId),
                         PestCode TEXT REFERENCES PestTypes(PestCode), ScheduledDate TEXT, CompletedDate TEXT,
                         VisitStatus TEXT, ChargeAmount REAL, SurchargePct REAL, FollowUpNeeded INTEGER);
    CREATE TABLE VisitTechnicians (VisitId INTEGER REFERENCES Visits(VisitId),
                                   TechnicianId INTEGER REFERENCES Technicians(TechnicianId), Role TEXT,
                                   HoursOnSite REAL);
    """)
    pests = [("RAT", "Rats", "High"), ("MOU", "Mice", "Medium"), ("COC", "Cockroaches", "High"),
             ("BED", "Bed Bugs", "High"), ("WSP", "Wasps", "Medium"), ("ANT", "Ants", "Low"),
             ("PIG", "Pigeons", "Low"), ("FLE", "Fleas", "Medium")]
    db.executemany("INSERT INTO PestTypes VALUES (?,?,?)", pests)
    regions = ["East", "West", "Central"]
    techs = []
    for t in range(1, 15):
        techs.append((t, f"{FIRST[(t * 7) % len(FIRST)]} {LAST[(t * 3) % len(LAST)]}", regions[t % 3],
                      day(rng, date(2014, 1, 1), date(2024, 3, 1)).isoformat(),
                      rng.choices(["Level 2", "Level 3", None], [5, 3, 1])[0]))
    db.executemany("INSERT INTO Technicians VALUES (?,?,?,?,?)", techs)
    types = ["Restaurant", "Warehouse", "School", "Office", "Hotel", "Residential Block", "Farm"]
    towns = ["Norwich", "Ipswich", "Cambridge", "Peterborough", "Bury St Edmunds"]
    sites = []
    adjs = ["Riverside", "Kingsway", "Elm Park", "Station Road", "Abbey", "Fenland", "Harbour", "Victoria",
            "Castle", "Mill Lane", "Orchard", "Beacon"]
    for s in range(1, 91):
        ty = rng.choice(types)
        sites.append((s, f"{adjs[s % len(adjs)]} {ty} {s}", ty, rng.choices(towns, [5, 3, 4, 2, 1])[0],
                      rng.choice([None, rng.randrange(120, 9000)])))
    db.executemany("INSERT INTO Sites VALUES (?,?,?,?,?)", sites)
    visits, vt = [], []
    for v in range(1, 1401):
        s = rng.randrange(1, 91)
        pest = rng.choices([p[0] for p in pests], [9, 8, 4, 3, 6, 5, 2, 2])[0]
        sched = day(rng, date(2023, 1, 2), date(2024, 12, 30))
        r = rng.random()
        if sched > date(2024, 12, 15) and r < 0.75:
            status, done = "Scheduled", None
        elif r < 0.06:
            status, done = "Cancelled", None
        elif r < 0.1:
            status, done = "No Access", None
        else:
            status, done = "Completed", sched + timedelta(days=rng.choices([0, 1, 2, 5, 10], [12, 3, 2, 1, 1])[0])
        base = {"RAT": 145, "MOU": 110, "COC": 190, "BED": 260, "WSP": 75, "ANT": 65, "PIG": 220, "FLE": 120}[pest]
        charge = round(base * rng.uniform(0.8, 1.5), 2) if status == "Completed" else None
        sur = rng.choices([0.0, 15.0, 25.0, None], [10, 3, 1, 2])[0]
        visits.append((v, s, pest, sched.isoformat(), done and done.isoformat(), mixcase(rng, status), charge, sur,
                       int(rng.random() < 0.3) if status == "Completed" else None))
        team = rng.sample(range(1, 15), rng.choices([1, 2, 3], [6, 3, 1])[0])
        for i, t in enumerate(team):
            vt.append((v, t, "Lead" if i == 0 else rng.choice(["Assistant", "Trainee"]),
                       round(rng.uniform(0.5, 4.5), 2) if status == "Completed" else None))
    db.executemany("INSERT INTO Visits VALUES (?,?,?,?,?,?,?,?,?)", visits)
    db.executemany("INSERT INTO VisitTechnicians VALUES (?,?,?,?)", vt)
    db.execute("UPDATE Visits SET PestCode = 'RAT' WHERE VisitId = (SELECT MIN(VisitId) FROM Visits "
               "WHERE SiteId = 26 AND PestCode <> 'RAT')")   # one site with the most rat visits
    db.commit()
    db.close()


BUILDERS = {"laundry": build_laundry, "toolhire": build_toolhire, "pestcontrol": build_pestcontrol}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
