"""Held-out set 11 (BIRD-style): three SQLite databases of somewhat messy real-world design — a truck
fleet's maintenance and fuel records (`fleet`), an outpatient clinic's billing (`clinic`) and an
online marketplace (`mktplace`) — with hand-written analyst conversations over them, written before
the engine was run on them (see README.md in this folder).

    python bench/heldout11/build.py [OUT_DIR]    # writes fleet.sqlite, clinic.sqlite, mktplace.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout11), checks every
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

FIRST = ("Aiden Beatriz Chen Dana Emeka Farah Gustavo Hana Igor Jade Kofi Lena Mateo Nadia Omar Paula "
         "Ravi Selin Tomas Uma Vera Wes Ximena Yusuf Zoe").split()
LAST = ("Abbott Bauer Castillo Dlamini Eriksen Flores Grant Haddad Ito Jovanovic Kim Larsen Mensah "
        "Nakamura Ortiz Pereira Quint Reyes Sato Turner").split()


# ------------------------------------------------------------------------------------------
def build_fleet(path: Path) -> None:
    rng = random.Random(11101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE depot (depot_cd TEXT PRIMARY KEY, depot_nm TEXT, region TEXT, opened_yr INTEGER);
    CREATE TABLE make_lkp (make_cd TEXT PRIMARY KEY, make_nm TEXT);
    CREATE TABLE vehicle (veh_id INTEGER PRIMARY KEY, unit_no TEXT, make_cd TEXT REFERENCES make_lkp(make_cd),
                          model_yr INTEGER, veh_class TEXT, depot_cd TEXT REFERENCES depot(depot_cd),
                          sts TEXT, odo_km INTEGER, acq_dt TEXT, acq_cost_usd REAL);
    CREATE TABLE work_order (wo_id INTEGER PRIMARY KEY, veh_id INTEGER REFERENCES vehicle(veh_id), wo_type TEXT,
                             open_dt TEXT, close_dt TEXT, sts TEXT, labor_hrs REAL, parts_usd REAL, vendor_nm TEXT);
    CREATE TABLE fuel_txn (txn_id INTEGER PRIMARY KEY, veh_id INTEGER REFERENCES vehicle(veh_id), txn_dt TEXT,
                           st_cd TEXT, fuel_l REAL, amt_usd REAL);
    """)
    depots = [("NW1", "Portland North", "Northwest", 2008), ("NW2", "Tacoma Yard", "Northwest", 2015),
              ("MW1", "Des Moines", "Midwest", 2004), ("MW2", "Omaha East", "Midwest", 2012),
              ("MW3", "Kansas City", "Midwest", 2019), ("SE1", "Atlanta South", "Southeast", 2010),
              ("TX1", "Dallas Hub", "Texas", 2006)]
    db.executemany("INSERT INTO depot VALUES (?,?,?,?)", depots)
    makes = [("FRT", "Freightliner"), ("KEN", "Kenworth"), ("VOL", "Volvo"), ("INT", "International"),
             ("PET", "Peterbilt"), ("ISU", "Isuzu")]
    db.executemany("INSERT INTO make_lkp VALUES (?,?)", makes)
    vehicles = []
    for v in range(1, 181):
        cls = rng.choices(["TRC", "BOX", "VAN"], [5, 3, 2])[0]
        mk = rng.choice(["FRT", "KEN", "VOL", "INT", "PET"]) if cls == "TRC" else rng.choice(["ISU", "INT", "FRT"])
        acq = day(rng, date(2014, 1, 1), date(2024, 6, 30))
        myr = acq.year - rng.choice([0, 0, 1, 1, 2, 4])
        age = (date(2024, 12, 31) - acq).days / 365
        odo = int(age * (rng.uniform(90000, 150000) if cls == "TRC" else rng.uniform(30000, 60000)) + rng.randrange(5000))
        sts = rng.choices(["A", "I", "S"], [80, 8, 12])[0] if age > 6 else rng.choices(["A", "I"], [93, 7])[0]
        cost = None if rng.random() < 0.1 else round(
            {"TRC": 148000, "BOX": 76000, "VAN": 46000}[cls] * rng.uniform(0.85, 1.2), 2)
        vehicles.append((v, f"U-{1000 + v}", mk, myr, cls, rng.choices([d[0] for d in depots], [5, 3, 6, 4, 2, 4, 6])[0],
                         sts, odo, acq.isoformat(), cost))
    db.executemany("INSERT INTO vehicle VALUES (?,?,?,?,?,?,?,?,?,?)", vehicles)
    vendors = ["Rapid Truck Repair", "Midland Diesel Svc", "TireMax Fleet", "Coastline Mobile Mech", "Prairie Fleet Care"]
    wos, n = [], 0
    for v in vehicles:
        start = max(date.fromisoformat(v[8]), date(2023, 1, 1))
        for _ in range(rng.randrange(3, 14)):
            n += 1
            typ = rng.choices(["PM", "RPR", "TIR", "INS"], [6, 4, 2, 2])[0]
            od = day(rng, start, date(2024, 12, 31))
            sts = rng.choices(["CLS", "OPN", "CNL"], [86, 7, 7])[0] if od < date(2024, 11, 1) else \
                rng.choices(["CLS", "OPN", "CNL"], [50, 45, 5])[0]
            dur = {"PM": rng.randrange(0, 4), "RPR": rng.randrange(1, 25), "TIR": rng.randrange(0, 3),
                   "INS": rng.randrange(0, 2)}[typ]
            if v[5] == "MW3" and typ == "RPR":
                dur += 9
            cd = (od + timedelta(days=dur)).isoformat() if sts == "CLS" else None
            hrs = round({"PM": rng.uniform(1, 4), "RPR": rng.uniform(2, 30), "TIR": rng.uniform(0.5, 3),
                         "INS": rng.uniform(0.5, 1.5)}[typ], 1) if sts != "CNL" else 0.0
            parts = round({"PM": rng.uniform(80, 450), "RPR": rng.uniform(150, 6500), "TIR": rng.uniform(400, 2600),
                           "INS": 0.0}[typ], 2) if sts != "CNL" else 0.0
            vend = (rng.choice(vendors) if rng.random() < 0.3 else None) if typ != "TIR" else \
                ("TireMax Fleet" if rng.random() < 0.6 else None)
            wos.append((n, v[0], typ, od.isoformat(), cd, sts, hrs, parts, vend))
    db.executemany("INSERT INTO work_order VALUES (?,?,?,?,?,?,?,?,?)", wos)
    st = {"NW1": ["OR", "WA"], "NW2": ["WA", "OR"], "MW1": ["IA", "NE", "MO"], "MW2": ["NE", "IA", "KS"],
          "MW3": ["MO", "KS"], "SE1": ["GA", "AL", "TN"], "TX1": ["TX", "OK"]}
    fuel, n = [], 0
    for v in vehicles:
        if v[6] == "S":
            continue
        start = max(date.fromisoformat(v[8]), date(2023, 1, 1))
        per_month = {"TRC": 5, "BOX": 3, "VAN": 2}[v[4]]
        for _ in range(int(per_month * ((date(2024, 12, 31) - start).days / 30.4) * rng.uniform(0.6, 1.0))):
            n += 1
            d = day(rng, start, date(2024, 12, 31))
            lit = round(rng.uniform(250, 520) if v[4] == "TRC" else rng.uniform(60, 140) if v[4] == "BOX"
                        else rng.uniform(40, 80), 1)
            price = (1.02 if d.year == 2023 else 0.97) * (1.12 if d.month in (6, 7, 8) else 1.0) * rng.uniform(0.95, 1.05)
            fuel.append((n, v[0], d.isoformat(), rng.choice(st[v[5]]), lit, round(lit * price, 2)))
    db.executemany("INSERT INTO fuel_txn VALUES (?,?,?,?,?,?)", fuel)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_clinic(path: Path) -> None:
    rng = random.Random(11202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE depts (deptcode TEXT PRIMARY KEY, deptname TEXT, floornum INTEGER);
    CREATE TABLE insplans (plancode TEXT PRIMARY KEY, planname TEXT, plantype TEXT);
    CREATE TABLE providers (providerid INTEGER PRIMARY KEY, fullname TEXT, specialty TEXT,
                            deptcode TEXT REFERENCES depts(deptcode), hireyear INTEGER, ftepct INTEGER);
    CREATE TABLE patients (patientid INTEGER PRIMARY KEY, birthyear INTEGER, sex TEXT, zipcode TEXT,
                           plancode TEXT REFERENCES insplans(plancode), regdate TEXT);
    CREATE TABLE visits (visitid INTEGER PRIMARY KEY, patientid INTEGER REFERENCES patients(patientid),
                         providerid INTEGER REFERENCES providers(providerid), visitdate TEXT, visittype TEXT,
                         visitstatus TEXT, chargeamt REAL, paidamt REAL, losdays INTEGER);
    """)
    depts = [("CARD", "Cardiology", 3), ("ORTH", "Orthopedics", 2), ("PEDS", "Pediatrics", 1),
             ("FMED", "Family Medicine", 1), ("DERM", "Dermatology", 4), ("EMER", "Emergency", 0)]
    db.executemany("INSERT INTO depts VALUES (?,?,?)", depts)
    plans = [("BCP1", "BlueCare PPO", "PPO"), ("BCH1", "BlueCare HMO", "HMO"), ("UNP2", "UniHealth Plus PPO", "PPO"),
             ("MCD", "State Medicaid", "MCD"), ("MCR", "Medicare Part B", "MCR"), ("AETH", "Aeterna HMO Select", "HMO"),
             ("SELF", "Self-pay", "SELF")]
    db.executemany("INSERT INTO insplans VALUES (?,?,?)", plans)
    spec = {"CARD": ["Cardiology", "Cardiology", "Cardiology", "Interventional Cardiology"],
            "ORTH": ["Orthopedic Surgery", "Orthopedic Surgery", "Sports Medicine"],
            "PEDS": ["Pediatrics", "Pediatrics", "Pediatrics", "Pediatrics", "Neonatology"],
            "FMED": ["Family Practice", "Family Practice", "Family Practice", "Family Practice", "Family Practice",
                     "Internal Medicine", "Internal Medicine"],
            "DERM": ["Dermatology", "Dermatology"],
            "EMER": ["Emergency Medicine", "Emergency Medicine", "Emergency Medicine", "Emergency Medicine"]}
    provs, pid = [], 0
    used = set()
    for dc, specs in spec.items():
        for s in specs:
            pid += 1
            while True:
                nm = f"Dr. {rng.choice(FIRST)} {rng.choice(LAST)}"
                if nm not in used:
                    used.add(nm)
                    break
            provs.append((pid, nm, s, dc, rng.randrange(2003, 2024), rng.choice([100, 100, 100, 80, 60, 50])))
    db.executemany("INSERT INTO providers VALUES (?,?,?,?,?,?)", provs)
    pats = []
    for p in range(1, 901):
        by = rng.randrange(1935, 2023)
        plan = rng.choices([c[0] for c in plans], [6, 4, 3, 4, 3 if by < 1960 else 0, 2, 2])[0]
        if by < 1959 and rng.random() < 0.7:
            plan = "MCR"
        if rng.random() < 0.05:
            plan = None
        pats.append((p, by, rng.choices(["F", "M", None], [50, 47, 3])[0], f"{rng.randrange(97201, 97240)}", plan,
                     day(rng, date(2012, 1, 1), date(2024, 10, 31)).isoformat()))
    db.executemany("INSERT INTO patients VALUES (?,?,?,?,?,?)", pats)
    bydept: dict[str, list[int]] = {}
    for p in provs:
        bydept.setdefault(p[3], []).append(p[0])
    visits = []
    for v in range(1, 3201):
        pat = pats[rng.randrange(900)]
        dc = rng.choices(["CARD", "ORTH", "PEDS", "FMED", "DERM", "EMER"], [3, 3, 4 if pat[1] > 2006 else 0, 8, 2, 3])[0]
        prov = rng.choice(bydept[dc])
        d = day(rng, max(date.fromisoformat(pat[5]), date(2023, 1, 1)), date(2024, 12, 31))
        if dc == "EMER":
            vt = rng.choices(["ER", "IP"], [85, 15])[0]
        else:
            tele = 0.08 if d.year == 2023 else 0.16
            vt = rng.choices(["OP", "TH", "IP"], [1 - tele - 0.04, tele, 0.04])[0]
        vs = "C" if vt in ("ER", "IP") else rng.choices(["C", "N", "X"], [84, 9 if dc != "DERM" else 16, 7])[0]
        base = {"OP": 180, "TH": 95, "ER": 1250, "IP": 5200}[vt] * {"CARD": 1.5, "ORTH": 1.3}.get(dc, 1.0)
        charge = round(base * rng.uniform(0.7, 1.4), 2) if vs == "C" else 0.0
        plan = pat[4]
        ratio = {"BCP1": 0.82, "BCH1": 0.75, "UNP2": 0.8, "MCD": 0.45, "MCR": 0.6, "AETH": 0.7, "SELF": 0.55,
                 None: 0.5}[plan]
        paid = None if vs != "C" or rng.random() < 0.12 else round(charge * ratio * rng.uniform(0.85, 1.1), 2)
        los = rng.choices([1, 2, 3, 4, 5, 6, 8], [4, 5, 4, 3, 2, 1, 1])[0] if vt == "IP" else None
        visits.append((v, pat[0], prov, d.isoformat(), vt, vs, charge, paid, los))
    visits[1500] = (1501, 77, bydept["CARD"][0], "2024-03-18", "IP", "C", 31850.0, 20100.0, 19)  # the longest stay
    db.executemany("INSERT INTO visits VALUES (?,?,?,?,?,?,?,?,?)", visits)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_mktplace(path: Path) -> None:
    rng = random.Random(11303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE category (cat_cd TEXT PRIMARY KEY, cat_desc TEXT);
    CREATE TABLE seller (slr_id INTEGER PRIMARY KEY, slr_nm TEXT, ctry_cd TEXT, tier TEXT, join_dt TEXT,
                         rating_avg REAL);
    CREATE TABLE product (sku TEXT PRIMARY KEY, prod_nm TEXT, slr_id INTEGER REFERENCES seller(slr_id),
                          cat_cd TEXT REFERENCES category(cat_cd), list_prc_usd REAL, wt_g INTEGER, is_actv INTEGER);
    CREATE TABLE ord_hdr (ord_no INTEGER PRIMARY KEY, cust_cd TEXT, ord_dt TEXT, sts TEXT, ship_ctry_cd TEXT,
                          ship_fee_usd REAL);
    CREATE TABLE ord_ln (ord_no INTEGER REFERENCES ord_hdr(ord_no), ln_no INTEGER, sku TEXT REFERENCES product(sku),
                         qty INTEGER, unit_prc_usd REAL, disc_pct REAL, PRIMARY KEY (ord_no, ln_no));
    """)
    cats = [("ELEC", "Electronics & Gadgets"), ("HOME", "Home & Kitchen"), ("TOYS", "Toys & Games"),
            ("BEAU", "Beauty & Personal Care"), ("SPRT", "Sports & Outdoors"), ("BOOK", "Books"), ("PETS", "Pet Supplies")]
    db.executemany("INSERT INTO category VALUES (?,?)", cats)
    words = ["Nordic", "Blue", "Summit", "Urban", "Maple", "Lucky", "Pixel", "Harbor", "Copper", "Willow", "Atlas",
             "Sunny", "Orbit", "Cedar", "Fable"]
    kinds = ["Goods", "Supply", "Store", "Traders", "Outlet", "Co", "Depot"]
    sellers, names = [], set()
    for s in range(1, 61):
        while True:
            nm = f"{rng.choice(words)} {rng.choice(kinds)}"
            if nm not in names:
                names.add(nm)
                break
        tier = rng.choices(["G", "S", "B"], [2, 4, 6])[0]
        rating = None if rng.random() < 0.15 else round(rng.uniform(3.2, 4.95) if tier != "B" else rng.uniform(2.6, 4.7), 2)
        sellers.append((s, nm, rng.choices(["US", "GB", "DE", "CN", "CA", "IN"], [6, 2, 2, 4, 1, 1])[0], tier,
                        day(rng, date(2016, 1, 1), date(2024, 9, 30)).isoformat(), rating))
    db.executemany("INSERT INTO seller VALUES (?,?,?,?,?,?)", sellers)
    nouns = {"ELEC": (["Earbuds", "Charger", "Smart Plug", "Webcam", "Power Bank", "Speaker"], (12, 180), (40, 900)),
             "HOME": (["Skillet", "Knife Set", "Towel Set", "Lamp", "Storage Bin", "Kettle"], (9, 140), (200, 4500)),
             "TOYS": (["Puzzle", "Building Set", "Plush Bear", "Board Game", "RC Car"], (8, 95), (150, 2500)),
             "BEAU": (["Face Serum", "Hair Dryer", "Lip Kit", "Shampoo"], (6, 85), (50, 900)),
             "SPRT": (["Yoga Mat", "Dumbbell Pair", "Tent", "Water Bottle", "Bike Light"], (10, 260), (100, 12000)),
             "BOOK": (["Cookbook", "Novel", "Atlas", "Workbook"], (7, 45), (200, 1600)),
             "PETS": (["Dog Bed", "Cat Tree", "Leash", "Pet Fountain"], (8, 120), (100, 9000))}
    prods = []
    for i in range(1, 421):
        c = rng.choices(list(nouns), [5, 5, 3, 3, 3, 2, 2])[0]
        nn, (plo, phi), (wlo, whi) = nouns[c]
        prods.append((f"SKU{i:05d}", f"{rng.choice(words)} {rng.choice(nn)}", rng.randrange(1, 61), c,
                      round(rng.uniform(plo, phi), 2), rng.randrange(wlo, whi), 1 if rng.random() < 0.88 else 0))
    prods[199] = ("SKU00200", "Summit Expedition Tent", 14, "SPRT", 389.0, 14850, 1)   # the heaviest and dearest
    db.executemany("INSERT INTO product VALUES (?,?,?,?,?,?,?)", prods)
    hdrs, lns = [], []
    custs = [f"C{k:05d}" for k in range(1, 701)]
    weights = [rng.paretovariate(1.6) for _ in custs]
    for o in range(1, 3601):
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        st = rng.choices(["DLV", "SHP", "PND", "RTN", "CNL"], [78, 6, 3, 8, 5])[0]
        if d > date(2024, 12, 15):
            st = rng.choice(["PND", "SHP", "SHP", "DLV"])
        ctry = rng.choices(["US", "CA", "GB", "DE", "FR", "AU", "MX"], [12, 3, 3, 2, 2, 1, 1])[0]
        fee = 0.0 if rng.random() < 0.35 else round(rng.choice([3.99, 4.99, 6.99, 9.99, 14.99]) *
                                                     (1 if ctry in ("US", "CA") else 1.8), 2)
        hdrs.append((o, rng.choices(custs, weights)[0], d.isoformat(), st, ctry, fee))
        for ln, p in enumerate(rng.sample(prods, rng.choices([1, 2, 3, 4], [6, 3, 2, 1])[0]), 1):
            disc = rng.choices([0, 0, 0, 5, 10, 15, 25], [5, 3, 2, 2, 2, 1, 1])[0]
            lns.append((o, ln, p[0], rng.choices([1, 2, 3, 5], [10, 4, 2, 1])[0],
                        round(p[4] * rng.uniform(0.95, 1.0), 2), float(disc)))
    db.executemany("INSERT INTO ord_hdr VALUES (?,?,?,?,?,?)", hdrs)
    db.executemany("INSERT INTO ord_ln VALUES (?,?,?,?,?,?)", lns)
    db.commit()
    db.close()


BUILDERS = {"fleet": build_fleet, "clinic": build_clinic, "mktplace": build_mktplace}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
