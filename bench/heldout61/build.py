"""Held-out set heldout61: three SQLite databases (a regional blood service with daily stock
snapshots, a toy wholesaler whose order lines are in cases, a highways authority's road-salt depots
with a calendar week table) and a supply-chain planner's conversations over them, written before the
engine was run on them (see README.md in this folder).

    python bench/heldout61/build.py [OUT_DIR]   # writes bloodstock.sqlite, toys.sqlite, roadsalt.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout61), checks every
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


# ------------------------------------------------------------------------------------------ blood service
def build_bloodstock(path: Path) -> None:
    rng = random.Random(6101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE centres (centre_id INTEGER PRIMARY KEY, centre_code TEXT, centre_name TEXT, region TEXT,
                          storage_capacity_units INTEGER);
    CREATE TABLE components (component_code TEXT PRIMARY KEY, component_type TEXT, blood_group TEXT,
                             shelf_life_days INTEGER);
    CREATE TABLE stock_levels (centre_id INTEGER REFERENCES centres(centre_id),
                               component_code TEXT REFERENCES components(component_code),
                               reorder_point INTEGER, max_stock INTEGER);
    CREATE TABLE daily_stock (snap_date TEXT, centre_id INTEGER REFERENCES centres(centre_id),
                              component_code TEXT REFERENCES components(component_code),
                              units_on_hand INTEGER, units_received INTEGER, units_issued INTEGER,
                              units_expired INTEGER);
    CREATE TABLE hospital_requests (request_id INTEGER PRIMARY KEY, centre_id INTEGER REFERENCES centres(centre_id),
                                    hospital TEXT, component_code TEXT REFERENCES components(component_code),
                                    requested_on TEXT, units_requested INTEGER, units_supplied INTEGER, status TEXT);
    """)
    centres = [("BRS", "Bristol", "South West", 5200), ("MAN", "Manchester", "North West", 6400),
               ("LDS", "Leeds", "Yorkshire", 4300), ("BIR", "Birmingham", "Midlands", 6900),
               ("NCL", "Newcastle", "North East", 3100), ("TOO", "Tooting", "London", 7600)]
    db.executemany("INSERT INTO centres VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(centres)])
    groups = ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]
    share = {"O-": 0.13, "O+": 0.36, "A-": 0.07, "A+": 0.29, "B-": 0.02, "B+": 0.08, "AB-": 0.01, "AB+": 0.04}
    comps = []
    for g in groups:
        comps.append(("RC-" + g.replace("-", "NEG").replace("+", "POS"), "Red cells", g, 35))
    for g in ["O+", "A+", "B+", "AB+"]:
        comps.append(("PLT-" + g.replace("+", "POS"), "Platelets", g, 7))
    for g in ["O", "A", "B", "AB"]:
        comps.append(("FFP-" + g, "Plasma", g, 730))
    db.executemany("INSERT INTO components VALUES (?,?,?,?)", comps)
    size = [1.0, 1.25, 0.85, 1.35, 0.6, 1.5]
    levels, base_demand = [], {}
    for ci in range(1, 7):
        for code, ctype, g, _ in comps:
            if ctype == "Red cells":
                d = 150 * share[g] * size[ci - 1]
            elif ctype == "Platelets":
                d = 22 * share[g + "" if g in share else g] * size[ci - 1] * 2.2
            else:
                d = 9 * size[ci - 1] * {"O": 0.45, "A": 0.35, "B": 0.12, "AB": 0.08}[g]
            d = max(d * rng.uniform(0.85, 1.15), 0.4)
            base_demand[(ci, code)] = d
            cover = 3 if ctype == "Platelets" else 6 if ctype == "Red cells" else 20
            rop = max(int(round(d * cover)), 3)
            levels.append((ci, code, rop, int(rop * rng.uniform(2.0, 2.6))))
    db.executemany("INSERT INTO stock_levels VALUES (?,?,?,?)", levels)
    lv = {(c, k): (r, m) for c, k, r, m in levels}
    snaps = []
    start, end = date(2024, 9, 1), date(2024, 11, 30)
    for (ci, code), d in base_demand.items():
        rop, mx = lv[(ci, code)]
        on_hand = int(mx * rng.uniform(0.5, 0.9))
        pending = 0
        shelf = 7 if code.startswith("PLT") else 35 if code.startswith("RC") else 730
        t = start
        while t <= end:
            received = pending
            pending = 0
            wk = 0.8 if t.weekday() >= 5 else 1.08
            surge = 2.2 if rng.random() < 0.03 else 1.0            # a major-haemorrhage day
            issued = min(on_hand + received, max(0, int(round(rng.gauss(d * wk * surge, d * 0.35 + 0.5)))))
            expired = 0
            if shelf == 7 and rng.random() < 0.35:
                expired = rng.randrange(0, 3)
            elif shelf == 35 and rng.random() < 0.05:
                expired = rng.randrange(1, 4)
            on_hand = max(0, on_hand + received - issued - expired)
            expired = min(expired, on_hand + issued + expired)
            if on_hand < rop and not pending:
                # the replenishment lands tomorrow, often short for the scarce groups (a supply shortfall)
                scarce = code in ("RC-ONEG", "RC-BNEG", "RC-ABNEG") or shelf == 7
                short = rng.random() < (0.45 if scarce else 0.15)
                pending = int((mx - on_hand) * (rng.uniform(0.05, 0.5) if short else 1.0))
            oh = on_hand if rng.random() > 0.004 or t == end else None      # a missed count
            snaps.append((t.isoformat(), ci, code, oh, received, issued, expired))
            t += timedelta(days=1)
    db.executemany("INSERT INTO daily_stock VALUES (?,?,?,?,?,?,?)", snaps)
    hospitals = {1: ["Southmead", "Bristol Royal Infirmary", "Royal United Bath", "Musgrove Park"],
                 2: ["Manchester Royal Infirmary", "Salford Royal", "Wythenshawe", "Stepping Hill"],
                 3: ["Leeds General Infirmary", "St James's Leeds", "Bradford Royal", "Pinderfields"],
                 4: ["Queen Elizabeth Birmingham", "Heartlands", "City Hospital Birmingham", "Walsall Manor"],
                 5: ["Royal Victoria Infirmary", "Freeman Hospital", "Sunderland Royal"],
                 6: ["St George's", "King's College Hospital", "Guy's and St Thomas'", "Croydon University"]}
    reqs = []
    for rid in range(1, 2201):
        ci = rng.choices(range(1, 7), size)[0]
        code = rng.choices([c[0] for c in comps], [base_demand[(ci, c[0])] for c in comps])[0]
        when = day(rng, start, end)
        n = max(1, int(rng.gauss(base_demand[(ci, code)] * 0.6, 2)))
        st = rng.choices(["FILLED", "PART", "CANCELLED"], [82, 13, 5])[0]
        sup = n if st == "FILLED" else 0 if st == "CANCELLED" else max(0, n - rng.randrange(1, n + 1))
        if st == "PART" and sup == n:
            sup = n - 1
        reqs.append((rid, ci, rng.choice(hospitals[ci]), code, when.isoformat(), n, sup, st))
    reqs[99] = (100, 5, "Freeman Hospital", "PLT-OPOS", "2024-11-12", 30, 4, "PART")   # the worst shortfall
    db.executemany("INSERT INTO hospital_requests VALUES (?,?,?,?,?,?,?,?)", reqs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ toy wholesaler
def build_toys(path: Path) -> None:
    rng = random.Random(6202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Warehouse (WarehouseID INTEGER PRIMARY KEY, Code TEXT, Site TEXT, PalletCapacity INTEGER);
    CREATE TABLE Supplier (SupplierID INTEGER PRIMARY KEY, SupplierName TEXT, Country TEXT, QuotedLeadTimeDays INTEGER);
    CREATE TABLE Product (SKU TEXT PRIMARY KEY, Description TEXT, Category TEXT, Brand TEXT,
                          SupplierID INTEGER REFERENCES Supplier(SupplierID), UnitsPerCase INTEGER,
                          CasesPerPallet INTEGER, UnitCost REAL, Status TEXT);
    CREATE TABLE Inventory (WarehouseID INTEGER REFERENCES Warehouse(WarehouseID), SKU TEXT REFERENCES Product(SKU),
                            OnHandUnits INTEGER, AllocatedUnits INTEGER, ReorderPointUnits INTEGER, LastCounted TEXT);
    CREATE TABLE PurchaseOrder (PONumber TEXT PRIMARY KEY, SupplierID INTEGER REFERENCES Supplier(SupplierID),
                                WarehouseID INTEGER REFERENCES Warehouse(WarehouseID), OrderDate TEXT, DueDate TEXT,
                                ReceivedDate TEXT, Status TEXT);
    CREATE TABLE POLine (PONumber TEXT REFERENCES PurchaseOrder(PONumber), SKU TEXT REFERENCES Product(SKU),
                         CasesOrdered INTEGER, CasesReceived INTEGER);
    CREATE TABLE SalesOrder (OrderNo INTEGER PRIMARY KEY, Customer TEXT, WarehouseID INTEGER REFERENCES Warehouse(WarehouseID),
                             OrderDate TEXT, ShipDate TEXT, Status TEXT);
    CREATE TABLE SalesOrderLine (OrderNo INTEGER REFERENCES SalesOrder(OrderNo), SKU TEXT REFERENCES Product(SKU),
                                 CasesOrdered INTEGER, CasesShipped INTEGER);
    """)
    db.executemany("INSERT INTO Warehouse VALUES (?,?,?,?)",
                   [(1, "DC1", "Northampton", 240), (2, "DC2", "Avonmouth", 150), (3, "DC3", "Bellshill", 90)])
    sups = [("Ningbo Joyful Toys", "China", 63), ("Shantou Bright Plastics", "China", 70),
            ("Brandenburg Holzspiel", "Germany", 24), ("Ravenna Puzzles Srl", "Italy", 21),
            ("Kent Craft Supplies", "United Kingdom", 7), ("Saigon Soft Goods", "Vietnam", 56),
            ("Porto Outdoor Lda", "Portugal", 18)]
    db.executemany("INSERT INTO Supplier VALUES (?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sups)])
    cat_sup = {"Puzzles": [4, 1], "Board Games": [1, 4, 3], "Plush": [6, 1], "Construction": [2, 1],
               "Outdoor": [7, 2], "Arts & Crafts": [5, 3], "Wooden Toys": [3]}
    brands = {"Puzzles": ["Jigmaster", "Ravenna"], "Board Games": ["Tabletop Co", "Meeple & Co"],
              "Plush": ["Snugglies", "Cuddle Crew"], "Construction": ["BrickWorks", "Buildaroo"],
              "Outdoor": ["Sunny Days", "Backyard Pro"], "Arts & Crafts": ["Crafty Kids", "Colour Pop"],
              "Wooden Toys": ["Little Oak"]}
    nouns = {"Puzzles": ["1000pc Jigsaw Alpine Lake", "500pc Jigsaw Night Market", "Floor Puzzle Dinosaurs",
                         "3D Puzzle Eiffel Tower", "2000pc Jigsaw World Map", "Kids Puzzle Farm Animals",
                         "1000pc Jigsaw Cat Cafe", "Puzzle Ball Globe"],
             "Board Games": ["Castle Siege", "Space Traders", "Word Duel", "Trivia Family Edition", "Sneaky Ninjas",
                             "Ocean Rescue", "Card Game Dragon Draft", "Chess Set Classic"],
             "Plush": ["Bear 30cm Honey", "Unicorn 25cm", "Sloth 40cm", "Penguin 20cm", "Dino 35cm Green",
                       "Bunny 30cm Grey", "Fox 25cm", "Whale 50cm"],
             "Construction": ["Galaxy Rocket 450pc", "Fire Station 320pc", "Race Car 120pc", "Castle 800pc",
                              "Starter Bucket 200pc", "Robot Builder 250pc", "City Bus 180pc"],
             "Outdoor": ["Kite Rainbow Delta", "Bubble Machine", "Water Blaster XL", "Garden Cricket Set",
                         "Frisbee 3pk", "Chalk Tub 24", "Swingball Classic"],
             "Arts & Crafts": ["Bead Kit 600", "Paint Set 24 Colours", "Slime Lab", "Sticker Mega Pack",
                               "Loom Band Kit", "Clay Modelling Set", "Colouring Pencils 36"],
             "Wooden Toys": ["Wooden Train Set 40pc", "Stacking Rainbow", "Shape Sorter Cube", "Wooden Kitchen Set",
                             "Marble Run 60pc"]}
    products, n = [], 0
    for cat, items in nouns.items():
        for it in items:
            n += 1
            sku = f"TY-{10000 + n * 37}"
            upc = rng.choice([4, 6, 6, 8, 12, 12, 24, 36]) if cat not in ("Wooden Toys", "Outdoor") else rng.choice([2, 4, 6])
            cpp = rng.choice([24, 30, 36, 40, 48, 60, 80])
            cost = round(rng.uniform(2.5, 24.0) if cat != "Construction" else rng.uniform(6, 45), 2)
            st = "DISC" if rng.random() < 0.1 else "ACTIVE"
            products.append((sku, it, cat, rng.choice(brands[cat]), rng.choice(cat_sup[cat]), upc, cpp, cost, st))
    db.executemany("INSERT INTO Product VALUES (?,?,?,?,?,?,?,?,?)", products)
    inv = []
    for w in (1, 2, 3):
        scale = {1: 1.0, 2: 0.6, 3: 0.35}[w]
        for p in products:
            if w == 3 and rng.random() < 0.15:
                continue                               # not ranged at DC3
            upc = p[5]
            rop = 0 if p[8] == "DISC" else int(upc * rng.randrange(30, 160) * scale)
            r = rng.random()
            oh = 0 if (r < 0.06 and p[8] == "ACTIVE") else int(rop * rng.uniform(0.2, 0.95)) if r < 0.3 else \
                int(max(rop, upc * 40 * scale) * rng.uniform(1.05, 3.2))
            if p[8] == "DISC":
                oh = rng.choice([0, 0, upc * rng.randrange(1, 6) + rng.randrange(upc)])
            alloc = min(oh, int(oh * rng.uniform(0, 0.3)))
            inv.append((w, p[0], oh, alloc, rop, day(rng, date(2024, 10, 1), date(2024, 12, 30)).isoformat()))
    db.executemany("INSERT INTO Inventory VALUES (?,?,?,?,?,?)", inv)
    pos, polines = [], []
    for k in range(1, 321):
        sid = rng.randrange(1, 8)
        w = rng.choices([1, 2, 3], [5, 3, 2])[0]
        od = day(rng, date(2024, 1, 8), date(2024, 12, 20))
        lt = sups[sid - 1][2]
        due = od + timedelta(days=lt)
        actual = od + timedelta(days=int(lt * rng.uniform(0.85, 1.45 if sups[sid - 1][1] in ("China", "Vietnam") else 1.2)))
        if actual > date(2024, 12, 31):
            st, rec = "Open", None
        else:
            st, rec = ("Cancelled", None) if rng.random() < 0.05 else ("Received", actual.isoformat())
        po = f"PO-24-{k:04d}"
        pos.append((po, sid, w, od.isoformat(), due.isoformat(), rec, st))
        skus = [p for p in products if p[4] == sid and p[8] == "ACTIVE"] or [p for p in products if p[4] == sid]
        for p in rng.sample(skus, min(len(skus), rng.randrange(1, 5))):
            co = rng.randrange(10, 120)
            cr = None if st != "Received" else (co if rng.random() < 0.85 else co - rng.randrange(1, max(2, co // 5)))
            polines.append((po, p[0], co, cr))
    db.executemany("INSERT INTO PurchaseOrder VALUES (?,?,?,?,?,?,?)", pos)
    db.executemany("INSERT INTO POLine VALUES (?,?,?,?)", polines)
    customers = ["Hamleys", "Smyths", "The Entertainer", "John Lewis", "Argos", "WHSmith", "Waterstones",
                 "Tesco", "Sainsbury's", "Jenners Toys", "Toytown Glasgow", "Bristol Toy Box", "Marks Toys Leeds"]
    so, sol = [], []
    weights = [p[8] == "ACTIVE" and 5 or 1 for p in products]
    for o in range(1, 1901):
        w = rng.choices([1, 2, 3], [6, 3, 2])[0]
        od = day(rng, date(2024, 1, 2), date(2024, 12, 23))
        if od.month in (10, 11, 12) and rng.random() < 0.4:
            od = day(rng, date(2024, 10, 1), date(2024, 12, 20))
        st = rng.choices(["Shipped", "Part Shipped", "Cancelled"], [80, 15, 5])[0]
        ship = None if st == "Cancelled" else (od + timedelta(days=rng.choice([1, 1, 2, 2, 3, 5]))).isoformat()
        so.append((5000 + o, rng.choice(customers), w, od.isoformat(), ship, st))
        for p in {x[0]: x for x in rng.choices(products, weights, k=rng.randrange(1, 6))}.values():
            co = rng.randrange(1, 25)
            cs = 0 if st == "Cancelled" else co if st == "Shipped" or rng.random() < 0.5 else rng.randrange(0, co)
            sol.append((5000 + o, p[0], co, cs))
    db.executemany("INSERT INTO SalesOrder VALUES (?,?,?,?,?,?)", so)
    db.executemany("INSERT INTO SalesOrderLine VALUES (?,?,?,?)", sol)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ road salt
def iso_monday(y: int, w: int) -> date:
    return date.fromisocalendar(y, w, 1)


def build_roadsalt(path: Path) -> None:
    rng = random.Random(6303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dim_week (wk_key INTEGER PRIMARY KEY, iso_yr INTEGER, iso_wk INTEGER, wk_start TEXT, winter TEXT);
    CREATE TABLE depots (depot_no INTEGER PRIMARY KEY, depot_nm TEXT, area TEXT, barn_cap_t REAL, min_stock_t REAL,
                         active_flag TEXT);
    CREATE TABLE wk_stock (wk_key INTEGER REFERENCES dim_week(wk_key), depot_no INTEGER REFERENCES depots(depot_no),
                           open_t REAL, recv_t REAL, used_t REAL, close_t REAL);
    CREATE TABLE grit_runs (run_id INTEGER PRIMARY KEY, depot_no INTEGER REFERENCES depots(depot_no), route_cd TEXT,
                            run_date TEXT, wk_key INTEGER REFERENCES dim_week(wk_key), tonnes REAL, run_status TEXT);
    CREATE TABLE salt_orders (order_ref TEXT PRIMARY KEY, depot_no INTEGER REFERENCES depots(depot_no), supplier TEXT,
                              ordered_dt TEXT, wk_key INTEGER REFERENCES dim_week(wk_key), tonnes_ordered REAL,
                              tonnes_delivered REAL, delivered_dt TEXT, status TEXT);
    """)
    weeks = []
    for winter, y0 in (("2023-24", 2023), ("2024-25", 2024)):
        for w in range(40, 53):
            weeks.append((y0 * 100 + w, y0, w, iso_monday(y0, w).isoformat(), winter))
        for w in range(1, 15):
            weeks.append(((y0 + 1) * 100 + w, y0 + 1, w, iso_monday(y0 + 1, w).isoformat(), winter))
    db.executemany("INSERT INTO dim_week VALUES (?,?,?,?,?)", weeks)
    depots = [("Hilltop", "North", 4000, 1200, "Y"), ("Riverside", "Central", 3000, 900, "Y"),
              ("Moorgate", "North", 2500, 800, "Y"), ("Kingsbridge", "South", 2200, 600, "Y"),
              ("Ashford Lane", "South", 1800, 500, "Y"), ("Fellside", "North", 3500, 1100, "Y"),
              ("Canal Wharf", "Central", 1500, 450, "Y"), ("Old Quarry", "West", 1200, 350, "N")]
    db.executemany("INSERT INTO depots VALUES (?,?,?,?,?,?)", [(i + 1, *d) for i, d in enumerate(depots)])
    routes = {d: [f"{depots[d - 1][0][:3].upper()}-{r:02d}" for r in range(1, rng.randrange(4, 8))] for d in range(1, 9)}
    suppliers = ["Cheshire Rock Salt", "Teesside Minerals", "Irish Sea Salt Co"]
    lead = {"Cheshire Rock Salt": (6, 13), "Teesside Minerals": (9, 19), "Irish Sea Salt Co": (14, 29)}
    stock_rows, runs, orders = [], [], []
    run_id = order_n = 0
    for d in range(1, 9):
        name, area, cap, mn, act = depots[d - 1]
        sev = {"North": 1.3, "Central": 1.0, "South": 0.75, "West": 0.9}[area] * cap / 3000
        close = None
        pending: list[tuple[int, float]] = []       # (week index due, tonnes)
        for i, (wk, _yr, w, ws, winter) in enumerate(weeks):
            if w == 40:
                close = cap * rng.uniform(0.72, 1.0)      # barns filled over the summer
                pending = []
            if d == 8 and winter == "2024-25" and w >= 50 or d == 8 and winter == "2024-25" and w < 40:
                continue                                   # Old Quarry closed in December 2024
            open_t = close
            cold = 1.0 if w in (49, 50, 51, 52, 1, 2, 3, 4, 5, 6, 7, 8) else 0.35
            if winter == "2024-25" and w in (2, 3):
                cold = 2.4                                  # the January 2025 cold snap
            if winter == "2023-24" and w in (3, 4):
                cold = 2.0
            recv = sum(t for due, t in pending if due == i)
            pending = [(due, t) for due, t in pending if due != i]
            wk_used = 0.0
            for k in range(7):
                dt = date.fromisoformat(ws) + timedelta(days=k)
                for r in routes[d]:
                    if rng.random() < min(0.95, 0.4 * cold):
                        run_id += 1
                        status = "aborted" if rng.random() < 0.04 else "done"
                        t = round(rng.uniform(8, 22) * sev * (2.0 if cold > 1.5 else 1.0), 1) if status == "done" else None
                        if t and wk_used + t > open_t + recv:      # the barn ran dry
                            t = round(max(0.0, open_t + recv - wk_used), 1)
                        if t is not None:
                            wk_used += t
                        runs.append((run_id, d, r, dt.isoformat(), wk, t, status))
            close = max(0.0, round(open_t + recv - wk_used, 1))
            stock_rows.append((wk, d, round(open_t, 1), round(recv, 1), round(wk_used, 1),
                               None if rng.random() < 0.02 else close))
            if close < mn * 1.3 and not pending and w not in (13, 14):
                order_n += 1
                sup = rng.choices(suppliers, [5, 3, 2])[0]
                od = date.fromisoformat(ws) + timedelta(days=rng.randrange(0, 5))
                ot = round(min(cap - close, cap * 0.6) / 50) * 50
                lt = rng.randrange(*lead[sup])
                dd = od + timedelta(days=lt)
                due_i = min(i + max(1, (dd - date.fromisoformat(ws)).days // 7), len(weeks) - 1)
                st = rng.choices(["DELIVERED", "PART", "CANCELLED"], [80, 14, 6])[0]
                if weeks[due_i][4] != winter or d == 8 and winter == "2024-25" and w >= 48:
                    st = "CANCELLED"
                if st == "CANCELLED":
                    orders.append((f"SO-{order_n:04d}", d, sup, od.isoformat(), wk, ot, None, None, st))
                    continue
                got = ot if st == "DELIVERED" else round(ot * rng.uniform(0.4, 0.85), 1)
                if dd > date(2025, 4, 6):
                    orders.append((f"SO-{order_n:04d}", d, sup, od.isoformat(), wk, ot, None, None, "OPEN"))
                    continue
                pending.append((due_i, got))
                orders.append((f"SO-{order_n:04d}", d, sup, od.isoformat(), wk, ot, got, dd.isoformat(), st))
    db.executemany("INSERT INTO wk_stock VALUES (?,?,?,?,?,?)", stock_rows)
    db.executemany("INSERT INTO grit_runs VALUES (?,?,?,?,?,?,?)", runs)
    db.executemany("INSERT INTO salt_orders VALUES (?,?,?,?,?,?,?,?,?)", orders)
    db.commit()
    db.close()


BUILDERS = {"bloodstock": build_bloodstock, "toys": build_toys, "roadsalt": build_roadsalt}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
