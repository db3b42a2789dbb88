"""Held-out evaluation heldout56: three SQLite databases of public records as a data journalist
meets them — a council's payments over £500 (`council_spend`: payments and refunds, suppliers whose
names are typed inconsistently, departments), roadside traffic counts (`traffic_counts`: counting
points, hourly manual counts by vehicle class, district populations) and a food-hygiene register
(`food_hygiene`: premises, inspections, a lookup of the 0–5 ratings, ward populations) — with
hand-written conversations over them, written before the engine was run on them (README.md).

    python bench/heldout56/build.py [OUT_DIR]   # writes council_spend.sqlite, traffic_counts.sqlite,
                                                # food_hygiene.sqlite (default OUT_DIR: /tmp/c2q-heldout56),
                                                # checks every reference SQL and writes the <db>.json sets here

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


# ------------------------------------------------------------------------------------------
def build_council(path: Path) -> None:
    rng = random.Random(5601)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE departments (dept_code TEXT PRIMARY KEY, dept_name TEXT, directorate TEXT);
    CREATE TABLE suppliers (supplier_id INTEGER PRIMARY KEY, supplier_name TEXT, company_no TEXT,
                            is_sme INTEGER);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, payment_date TEXT,
                           dept_code TEXT REFERENCES departments(dept_code),
                           supplier_id INTEGER REFERENCES suppliers(supplier_id),
                           expense_type TEXT, amount REAL, transaction_ref TEXT);
    """)
    depts = [("ASC", "Adult Social Care", "People"), ("CHS", "Children's Services", "People"),
             ("PHL", "Public Health", "People"), ("HWY", "Highways & Transport", "Place"),
             ("ENV", "Environmental Services", "Place"), ("HOU", "Housing", "Place"),
             ("PLR", "Planning & Regeneration", "Place"), ("LEI", "Leisure & Culture", "Communities"),
             ("ICT", "Digital & ICT", "Resources"), ("FIN", "Finance", "Resources"),
             ("LGL", "Legal & Democratic Services", "Resources")]
    db.executemany("INSERT INTO departments VALUES (?,?,?)", depts)
    # (name, company_no, sme, weight, typical amount, departments, expense types)
    sup = [
        ("Amey Highways Ltd", "04736639", 0, 14, 38000, "HWY", "Road Maintenance"),
        ("AMEY HIGHWAYS LIMITED", "04736639", 0, 4, 41000, "HWY", "Road Maintenance"),
        ("Capita Business Services Ltd", "02299747", 0, 10, 22000, "ICT FIN", "Software Licences;Consultancy"),
        ("Capita Business Services", None, 0, 3, 19000, "ICT", "Software Licences"),
        ("Sodexo Ltd", "00842846", 0, 6, 9000, "CHS LEI", "Catering"),
        ("Sodexho Ltd", None, 0, 2, 8500, "CHS", "Catering"),
        ("Brightwater Care Homes Ltd", "07712004", 1, 16, 14500, "ASC", "Care Packages"),
        ("Hollybank Residential Care", "05520931", 1, 12, 12800, "ASC", "Care Packages"),
        ("Meadowview Homecare", "09113378", 1, 11, 6100, "ASC", "Care Packages"),
        ("Orchard House Fostering", "08820145", 1, 9, 7400, "CHS", "Care Packages"),
        ("Kestrel Children's Homes Ltd", "10233561", 1, 8, 16800, "CHS", "Care Packages"),
        ("Hays Specialist Recruitment Ltd", "02888689", 0, 9, 5200, "ASC CHS HOU", "Agency Staff"),
        ("Reed Specialist Recruitment", "00663378", 0, 7, 4800, "CHS FIN PLR", "Agency Staff"),
        ("Comensura Ltd", "04066617", 0, 6, 6900, "ENV HWY", "Agency Staff"),
        ("Deloitte LLP", "OC303675", 0, 3, 47000, "FIN PLR", "Consultancy"),
        ("Grant Thornton UK LLP", "OC307742", 0, 3, 29000, "FIN", "Consultancy"),
        ("Ridge & Partners LLP", "OC309151", 0, 3, 17500, "PLR HOU", "Consultancy"),
        ("Microsoft Ltd", "01624297", 0, 3, 36000, "ICT", "Software Licences"),
        ("Civica UK Ltd", "01628868", 0, 5, 12500, "ICT HOU", "Software Licences"),
        ("Northgate Public Services", "00968498", 0, 4, 15500, "ICT FIN", "Software Licences"),
        ("idox Software Ltd", "03984070", 0, 3, 8800, "PLR", "Software Licences"),
        ("Idox Software Limited", "03984070", 0, 1, 9100, "PLR", "Software Licences"),
        ("Greenfield Grounds Maintenance", "06617729", 1, 8, 5600, "ENV LEI", "Grounds Maintenance"),
        ("Tarmac Trading Ltd", "00453791", 0, 6, 27000, "HWY", "Road Maintenance"),
        ("Kier Services Ltd", "02708030", 0, 5, 33000, "HWY HOU", "Road Maintenance;Building Works"),
        ("Lovell Partnerships Ltd", "00206059", 0, 5, 52000, "HOU", "Building Works"),
        ("Mears Ltd", "03232863", 0, 8, 11800, "HOU", "Building Works"),
        ("Wates Construction Ltd", "01977948", 0, 2, 88000, "PLR", "Building Works"),
        ("British Gas Business", "03078711", 0, 7, 7300, "LEI ENV HOU FIN", "Utilities"),
        ("EDF Energy Customers Ltd", "02228297", 0, 6, 8200, "LEI ENV", "Utilities"),
        ("Anglian Water Business", "08179876", 0, 4, 2600, "LEI HOU", "Utilities"),
        ("Enterprise Rent-A-Car UK Ltd", "02946689", 0, 5, 2300, "ENV HWY", "Vehicle Hire"),
        ("Northgate Vehicle Hire", "00889003", 0, 4, 3100, "ENV", "Vehicle Hire"),
        ("Bevan Brittan LLP", "OC320322", 0, 4, 9700, "LGL", "Legal Fees"),
        ("Browne Jacobson LLP", "OC306448", 0, 4, 8100, "LGL CHS", "Legal Fees"),
        ("Citizens Advice Riverside", None, 1, 4, 15000, "PHL HOU", "Grants"),
        ("Riverside Community Trust", None, 1, 4, 6500, "LEI PHL", "Grants"),
        ("Change Grow Live", "03861209", 0, 6, 24000, "PHL", "Contracted Services"),
        ("Turning Point", "00793558", 0, 4, 19000, "PHL", "Contracted Services"),
        ("Everyone Active", "02640834", 0, 5, 21000, "LEI", "Contracted Services"),
        ("Stannah Stairlifts Ltd", "01197993", 0, 3, 3400, "ASC", "Equipment"),
        ("NRS Healthcare", "02045539", 0, 5, 2900, "ASC", "Equipment"),
        ("Viking Direct", "02212148", 0, 4, 900, "FIN LGL ICT CHS", "Office Supplies"),
        ("Banner Group Ltd", "01203423", 1, 3, 1100, "FIN HOU", "Office Supplies"),
        ("Xerox UK Ltd", "00330754", 0, 3, 4200, "ICT", "Printing"),
        ("Riverside Print Co", None, 1, 2, 1600, "LGL LEI", "Printing"),
    ]
    db.executemany("INSERT INTO suppliers VALUES (?,?,?,?)",
                   [(i + 1, s[0], s[1], s[2]) for i, s in enumerate(sup)])
    pays = []
    pid = 0
    for i, s in enumerate(sup):
        n = s[3] * 9 + rng.randrange(6)
        for _ in range(n):
            d = day(rng, date(2022, 1, 1), date(2024, 12, 31))
            grow = {2022: 0.92, 2023: 1.0, 2024: 1.08}[d.year]
            if d.month == 3:
                grow *= 1.35      # year-end push
            amt = round(max(500.0, rng.lognormvariate(0, 0.55) * s[4] * grow * (0.55 + 0.9 * rng.random())), 2)
            pid += 1
            pays.append((pid, d.isoformat(), rng.choice(s[5].split()), i + 1, rng.choice(s[6].split(";")),
                         amt, f"INV{rng.randrange(10**6, 10**7)}"))
            if rng.random() < 0.04:   # a refund or credit note some weeks later
                pid += 1
                d2 = min(d + timedelta(days=rng.randrange(14, 90)), date(2024, 12, 31))
                pays.append((pid, d2.isoformat(), pays[-1][2], i + 1, pays[-1][4],
                             -round(amt * rng.choice([1.0, 0.5, 0.25, 0.1, 0.33]), 2), f"CRN{rng.randrange(10**5, 10**6)}"))
    pays.sort(key=lambda p: (p[1], p[0]))
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?,?,?)",
                   [(k + 1, *p[1:]) for k, p in enumerate(pays)])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_traffic(path: Path) -> None:
    rng = random.Random(5602)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE districts (district TEXT PRIMARY KEY, population INTEGER, area_sq_km REAL);
    CREATE TABLE count_points (count_point_id INTEGER PRIMARY KEY, road_name TEXT, road_type TEXT,
                               district TEXT REFERENCES districts(district), location TEXT,
                               latitude REAL, longitude REAL);
    CREATE TABLE hourly_counts (id INTEGER PRIMARY KEY, count_point_id INTEGER REFERENCES count_points(count_point_id),
                                count_date TEXT, hour INTEGER, direction TEXT, cars INTEGER, buses INTEGER,
                                vans INTEGER, hgvs INTEGER, motorcycles INTEGER, pedal_cycles INTEGER);
    """)
    districts = [("Ashby Vale", 118400, 86.2), ("Brackenford", 92650, 41.7), ("Castlemere", 143900, 55.3),
                 ("Dunholme", 67300, 128.9), ("Elmbridge North", 101250, 63.4)]
    db.executemany("INSERT INTO districts VALUES (?,?,?)", districts)
    pts = [  # id, road, type, district, location, base flow, cycle share, directions
        (26011, "A614", "A road", "Ashby Vale", "south of Ollerton roundabout", 820, 0.006, "NS"),
        (26014, "A60", "A road", "Ashby Vale", "Mansfield Road near Redhill", 690, 0.012, "NS"),
        (26102, "B6020", "B road", "Ashby Vale", "Kirkby Lane", 210, 0.02, "EW"),
        (37501, "A52", "A road", "Brackenford", "Brackenford bypass", 1050, 0.004, "EW"),
        (37544, "Station Road", "Minor road", "Brackenford", "outside the station", 160, 0.09, "NS"),
        (37560, "B679", "B road", "Brackenford", "Canal Street bridge", 300, 0.05, "EW"),
        (48120, "A6011", "A road", "Castlemere", "Castlemere ring road east", 930, 0.015, "NS"),
        (48133, "High Street", "Minor road", "Castlemere", "Castlemere town centre", 240, 0.11, "EW"),
        (48150, "University Boulevard", "B road", "Castlemere", "near the university gates", 450, 0.14, "EW"),
        (48177, "A6200", "A road", "Castlemere", "Derby Road at Lenton", 760, 0.03, "NS"),
        (59003, "A46", "A road", "Dunholme", "Fosse Way north of Dunholme", 880, 0.002, "NS"),
        (59017, "B1190", "B road", "Dunholme", "Dunholme village", 140, 0.03, "EW"),
        (59028, "Moor Lane", "Minor road", "Dunholme", "near Welton", 45, 0.06, "NS"),
        (61240, "A1133", "A road", "Elmbridge North", "Newark Road", 610, 0.005, "NS"),
        (61255, "B6326", "B road", "Elmbridge North", "Elm Bridge", 330, 0.04, "EW"),
        (61290, "Church Street", "Minor road", "Elmbridge North", "Elmbridge old town", 120, 0.08, "EW"),
    ]
    db.executemany("INSERT INTO count_points VALUES (?,?,?,?,?,?,?)",
                   [(p[0], p[1], p[2], p[3], p[4], round(52.9 + rng.random() * 0.5, 5),
                     round(-1.3 + rng.random() * 0.6, 5)) for p in pts])
    shape = {7: 0.95, 8: 1.25, 9: 0.9, 10: 0.75, 11: 0.78, 12: 0.82, 13: 0.8, 14: 0.82, 15: 0.95,
             16: 1.12, 17: 1.3, 18: 0.88}
    rows = []
    rid = 0
    for p in pts:
        for yr in (2022, 2023, 2024):
            if p[0] in (59028, 37560) and yr == 2022:
                continue          # not counted that year
            d = date(yr, rng.choice([4, 5, 6, 9, 10]), rng.randrange(1, 29))
            while d.weekday() > 4:
                d += timedelta(days=1)
            trend = {2022: 0.97, 2023: 1.0, 2024: 1.01}[yr]
            ctrend = {2022: 0.86, 2023: 1.0, 2024: 1.12}[yr]
            for h in range(7, 19):
                for dr in p[7]:
                    base = p[5] * shape[h] * trend * (0.85 + 0.3 * rng.random())
                    cars = int(base * 0.78)
                    rid += 1
                    rows.append((rid, p[0], d.isoformat(), h, dr, cars, int(base * rng.uniform(0.005, 0.02)),
                                 int(base * rng.uniform(0.12, 0.17)),
                                 int(base * (0.09 if p[2] == "A road" else 0.03) * rng.uniform(0.7, 1.3)),
                                 int(base * rng.uniform(0.003, 0.012)),
                                 int(p[5] * p[6] * shape[h] * ctrend * rng.uniform(0.6, 1.5))))
    db.executemany("INSERT INTO hourly_counts VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_hygiene(path: Path) -> None:
    rng = random.Random(5603)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE wards (ward_code TEXT PRIMARY KEY, ward_name TEXT, population INTEGER);
    CREATE TABLE rating_scale (rating INTEGER PRIMARY KEY, description TEXT);
    CREATE TABLE premises (premises_id INTEGER PRIMARY KEY, business_name TEXT, business_type TEXT,
                           address TEXT, postcode TEXT, ward_code TEXT REFERENCES wards(ward_code),
                           registered_on TEXT);
    CREATE TABLE inspections (inspection_id INTEGER PRIMARY KEY, premises_id INTEGER REFERENCES premises(premises_id),
                              inspection_date TEXT, inspection_type TEXT, rating INTEGER REFERENCES rating_scale(rating),
                              officer TEXT);
    """)
    wards = [("E05001", "Abbey", 11240), ("E05002", "Bridge", 9870), ("E05003", "Castle", 12515),
             ("E05004", "Eastgate", 10390), ("E05005", "Fairfield", 8730), ("E05006", "Harbour", 13105),
             ("E05007", "Kingsway", 11960), ("E05008", "Millbrook", 7645), ("E05009", "St Peter's", 9210)]
    db.executemany("INSERT INTO wards VALUES (?,?,?)", wards)
    scale = [(0, "Urgent improvement necessary"), (1, "Major improvement necessary"), (2, "Improvement necessary"),
             (3, "Generally satisfactory"), (4, "Good"), (5, "Very good")]
    db.executemany("INSERT INTO rating_scale VALUES (?,?)", scale)
    types = [("Takeaway/sandwich shop", 26, -0.6), ("Restaurant/Cafe/Canteen", 30, 0.0), ("Pub/bar/nightclub", 14, 0.1),
             ("Retailers - supermarkets/hypermarkets", 6, 0.5), ("Retailers - other", 12, 0.2),
             ("Mobile caterer", 5, -0.3), ("School/college/university", 6, 0.6), ("Hospitals/Childcare/Caring Premises", 7, 0.5),
             ("Hotel/bed & breakfast/guest house", 4, 0.1)]
    words = {"Takeaway/sandwich shop": ["Golden Dragon", "Pizza Express Delivery", "Chicken Cottage", "Kebab King",
                                        "Jade Garden", "Fish & Chips", "Spice Hut", "Sub Stop", "Best Kebab",
                                        "Lucky Star", "Perfect Fried Chicken", "Noodle Bar", "Greggs", "Subway"],
             "Restaurant/Cafe/Canteen": ["The Olive Tree", "Cafe Nero", "Costa Coffee", "Bella Italia", "Thai Orchid",
                                         "The Copper Kettle", "Spice of India", "Wagamama", "Nando's", "Blue Door Cafe",
                                         "Mama Mia", "The Larder", "Himalaya Kitchen", "Sunrise Cafe"],
             "Pub/bar/nightclub": ["The Red Lion", "The Crown", "The Kings Arms", "The Plough", "The Swan",
                                   "Wetherspoon - The Moon Under Water", "The Railway Tavern", "Club Neon"],
             "Retailers - supermarkets/hypermarkets": ["Tesco Extra", "Sainsbury's", "Aldi", "Lidl", "Asda Superstore"],
             "Retailers - other": ["Londis", "Premier Stores", "Co-op", "Spar", "Polski Sklep", "Holland & Barrett",
                                   "Village Butchers", "Crusty Bakery"],
             "Mobile caterer": ["Burger Van", "Coffee on Wheels", "Hog Roast Co", "Ice Cream Dreams"],
             "School/college/university": ["Primary School", "Academy", "College Canteen", "High School"],
             "Hospitals/Childcare/Caring Premises": ["Care Home", "Day Nursery", "Little Acorns Nursery",
                                                     "Rosewood Care Home"],
             "Hotel/bed & breakfast/guest house": ["Premier Inn", "Travelodge", "The Grange Guest House",
                                                   "Harbour View B&B"]}
    streets = ["High Street", "Station Road", "Church Lane", "Market Place", "Mill Road", "Harbour Way", "King Street",
               "Castle Hill", "London Road", "Bridge Street", "Abbey Road", "Victoria Parade"]
    prem, insp = [], []
    iid = 0
    n_prem = 0
    tnames = [t[0] for t in types]
    twts = [t[1] for t in types]
    tbias = {t[0]: t[2] for t in types}
    for _ in range(430):
        t = rng.choices(tnames, twts)[0]
        w = rng.choices(wards, [10, 8, 12, 9, 6, 13, 11, 5, 7])[0]
        nm = rng.choice(words[t])
        if t in ("School/college/university", "Hospitals/Childcare/Caring Premises") and " " not in nm[:1]:
            nm = f"{rng.choice(['St Mary', 'Oakfield', 'Riverside', 'Greenway', 'Hillcrest'])} {nm}"
        n_prem += 1
        pc = f"RV{rng.randrange(1, 9)} {rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        reg = day(rng, date(2005, 1, 1), date(2024, 10, 31))
        prem.append([n_prem, nm, t, f"{rng.randrange(1, 220)} {rng.choice(streets)}", pc, w[0], reg.isoformat()])
        never = rng.random() < (0.25 if reg >= date(2024, 1, 1) else 0.05)
        if never:
            continue
        quality = tbias[t] + rng.gauss(0, 1.1)
        d = max(reg + timedelta(days=rng.randrange(20, 200)), date(2020, 1, 1) + timedelta(days=rng.randrange(400)))
        while d <= date(2024, 12, 31):
            r = max(0, min(5, round(4.0 + quality + rng.gauss(0, 0.8))))
            iid += 1
            insp.append((iid, n_prem, d.isoformat(), "Routine", r, rng.choice(["JH", "PK", "SM", "AO", "RB"])))
            if r <= 1 and d < date(2024, 11, 1):
                d = d + timedelta(days=rng.randrange(30, 70))
                r = min(5, r + rng.choice([2, 3, 3, 4]))
                iid += 1
                insp.append((iid, n_prem, d.isoformat(), "Follow-up", r, rng.choice(["JH", "PK", "SM", "AO", "RB"])))
                quality += 0.5
            d = d + timedelta(days=rng.randrange(330, 760) if r >= 4 else rng.randrange(180, 420))
    # typos and double entries, as registers have them
    prem[4][1] = prem[4][1].upper()
    dup = [p for p in prem if p[2] == "Takeaway/sandwich shop"][:3]
    for p in dup:
        n_prem += 1
        prem.append([n_prem, p[1] + " ", p[2], p[3], p[4], p[5], p[6]])
    n_prem += 1
    prem.append([n_prem, "Golden Dargon", "Takeaway/sandwich shop", "14 Harbour Way", "RV3 2QT", "E05006", "2019-07-02"])
    iid += 1
    insp.append((iid, n_prem, "2023-05-17", "Routine", 1, "PK"))
    iid += 1
    insp.append((iid, n_prem, "2023-06-28", "Follow-up", 3, "PK"))
    db.executemany("INSERT INTO premises VALUES (?,?,?,?,?,?,?)", prem)
    insp.sort(key=lambda x: (x[2], x[1]))
    db.executemany("INSERT INTO inspections VALUES (?,?,?,?,?,?)", [(k + 1, *x[1:]) for k, x in enumerate(insp)])
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"council_spend": build_council, "traffic_counts": build_traffic,
                              "food_hygiene": build_hygiene}, SETS))
