"""Held-out set heldout27: three SQLite databases of new designs — an escape-room chain (snake_case),
a vending-machine operator (PascalCase) and a dry-cleaning chain with terse legacy names — and
hand-written analyst conversations over them, written before the engine was run on them.

    python bench/heldout27/build.py [OUT_DIR]    # writes escape.sqlite, vending.sqlite, cleaners.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout27), checks every
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

FIRST = ("Abel Bianca Cyrus Delia Emre Farah Gideon Hana Ivo Jolene Kofi Lena Marek Nadia Otto Petra "
         "Rhys Saoirse Teodor Uma Vera Wim Xenia Yusuf Zora").split()
LAST = ("Achebe Brandt Coelho Dahl Ekström Ferrari Grant Horvath Iqbal Janssen Kaur Lindgren Moreau "
        "Nakamura Ortiz Popescu Quist Reyes Sato Walsh").split()


# ------------------------------------------------------------------------------------------
def build_escape(path: Path) -> None:
    rng = random.Random(2701)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT, city TEXT, opened_on TEXT);
    CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venues(venue_id), room_name TEXT,
                        theme TEXT, difficulty INTEGER, max_players INTEGER, time_limit_min INTEGER);
    CREATE TABLE game_masters (gm_id INTEGER PRIMARY KEY, full_name TEXT, venue_id INTEGER REFERENCES venues(venue_id),
                               hired_on TEXT);
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                           gm_id INTEGER REFERENCES game_masters(gm_id), played_at TEXT, team_name TEXT,
                           players INTEGER, escaped INTEGER, minutes_taken INTEGER, hints_used INTEGER,
                           price_paid REAL);
    """)
    venues = [(1, "Lockbox Central", "Bristol", "2018-03-10"), (2, "Lockbox Harbourside", "Bristol", "2021-07-01"),
              (3, "Lockbox Cardiff", "Cardiff", "2019-05-18"), (4, "Lockbox Bath", "Bath", "2020-02-14"),
              (5, "Lockbox Exeter", "Exeter", "2023-09-09")]
    db.executemany("INSERT INTO venues VALUES (?,?,?,?)", venues)
    rooms = [(1, 1, "The Vault", "Heist", 4, 6, 60), (2, 1, "Pharaoh's Tomb", "Adventure", 3, 6, 60),
             (3, 1, "Asylum Ward", "Horror", 5, 5, 75), (4, 2, "Captain's Cabin", "Pirate", 2, 6, 60),
             (5, 2, "Lab 13", "Sci-Fi", 4, 4, 60), (6, 3, "Sherlock's Study", "Mystery", 3, 6, 60),
             (7, 3, "The Bunker", "Sci-Fi", 5, 5, 75), (8, 3, "Witch's Cottage", "Horror", 2, 6, 60),
             (9, 4, "Roman Baths", "Adventure", 3, 8, 60), (10, 4, "Art Forgery", "Heist", 4, 5, 60),
             (11, 5, "Submarine", "Sci-Fi", 3, 6, 60), (12, 5, "Haunted Mill", "Horror", 4, 6, 60)]
    db.executemany("INSERT INTO rooms VALUES (?,?,?,?,?,?,?)", rooms)
    gms, gid = [], 0
    for v in venues:
        for _ in range(rng.randrange(2, 5)):
            gid += 1
            gms.append((gid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", v[0],
                        day(rng, date.fromisoformat(v[3]), date(2024, 6, 1)).isoformat()))
    db.executemany("INSERT INTO game_masters VALUES (?,?,?,?)", gms)
    adj = ["Clever", "Sneaky", "Brave", "Lucky", "Mighty", "Puzzled", "Golden", "Silent"]
    noun = ["Owls", "Foxes", "Keys", "Badgers", "Ravens", "Clues", "Otters", "Ninjas"]
    sess = []
    for sid in range(1, 1801):
        r = rng.choices(rooms, [12, 9, 7, 10, 6, 9, 6, 8, 10, 7, 5, 6])[0]
        v = venues[r[1] - 1]
        d = day(rng, max(date.fromisoformat(v[3]), date(2022, 1, 1)), date(2024, 12, 31))
        t = datetime(d.year, d.month, d.day, rng.choice([10, 12, 14, 16, 18, 20]), rng.choice([0, 30]))
        gm = rng.choice([g for g in gms if g[2] == v[0]])
        pl = rng.randint(2, r[5])
        p_esc = 0.85 - 0.12 * r[4] + 0.03 * pl
        esc = 1 if rng.random() < p_esc else 0
        mins = rng.randint(r[6] - 25, r[6] - 1) if esc else r[6]
        hints = max(0, int(rng.gauss(r[4] - 1, 1.3)))
        price = round(pl * rng.choice([18.0, 20.0, 22.5, 25.0]) * (0.9 if t.hour < 14 else 1.0), 2)
        sess.append((sid, r[0], gm[0], t.strftime("%Y-%m-%d %H:%M"), f"{rng.choice(adj)} {rng.choice(noun)}",
                     pl, esc, mins, hints, price))
    db.executemany("INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?,?,?)", sess)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_vending(path: Path) -> None:
    rng = random.Random(2702)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Sites (SiteId INTEGER PRIMARY KEY, SiteName TEXT, City TEXT, SiteType TEXT);
    CREATE TABLE Machines (MachineId INTEGER PRIMARY KEY, SiteId INTEGER REFERENCES Sites(SiteId), Model TEXT,
                           InstalledOn TEXT, IsCashless INTEGER);
    CREATE TABLE Products (ProductId INTEGER PRIMARY KEY, ProductName TEXT, Category TEXT, UnitPrice REAL,
                           UnitCost REAL);
    CREATE TABLE Sales (SaleId INTEGER PRIMARY KEY, MachineId INTEGER REFERENCES Machines(MachineId),
                        ProductId INTEGER REFERENCES Products(ProductId), SoldAt TEXT, Quantity INTEGER,
                        Amount REAL, PaymentMethod TEXT);
    CREATE TABLE Refills (RefillId INTEGER PRIMARY KEY, MachineId INTEGER REFERENCES Machines(MachineId),
                          RefillDate TEXT, TechnicianName TEXT, UnitsAdded INTEGER);
    """)
    sites = [(1, "Northgate Station", "Leeds", "Transport"), (2, "St Mary's Hospital", "Leeds", "Healthcare"),
             (3, "Riverside Campus", "Sheffield", "Education"), (4, "Parkway Retail Park", "Sheffield", "Retail"),
             (5, "Central Library", "York", "Public"), (6, "Hilltop Leisure Centre", "York", "Leisure"),
             (7, "Airedale Business Park", "Bradford", "Office"), (8, "Interchange Bus Station", "Bradford", "Transport"),
             (9, "Kingsway Office Tower", "Leeds", "Office")]
    db.executemany("INSERT INTO Sites VALUES (?,?,?,?)", sites)
    models = ["SnackMaster 500", "SnackMaster 700", "CoolDrink C3", "Combo X2"]
    machines, mid = [], 0
    for s in sites:
        for _ in range(rng.randrange(1, 4)):
            mid += 1
            machines.append((mid, s[0], rng.choice(models), day(rng, date(2019, 1, 1), date(2023, 6, 30)).isoformat(),
                             rng.choice([0, 1, 1])))
    db.executemany("INSERT INTO Machines VALUES (?,?,?,?,?)", machines)
    products = [(1, "Cola 330ml", "Drinks", 1.5, 0.55), (2, "Diet Cola 330ml", "Drinks", 1.5, 0.5),
                (3, "Still Water 500ml", "Drinks", 1.1, 0.2), (4, "Orange Juice 250ml", "Drinks", 1.8, 0.7),
                (5, "Energy Drink", "Drinks", 2.2, 0.9), (6, "Salted Crisps", "Snacks", 1.0, 0.3),
                (7, "Cheese Crisps", "Snacks", 1.0, 0.32), (8, "Pretzels", "Snacks", 1.25, 0.4),
                (9, "Chocolate Bar", "Confectionery", 1.2, 0.45), (10, "Caramel Wafer", "Confectionery", 0.95, 0.3),
                (11, "Fruit Gums", "Confectionery", 1.1, 0.38), (12, "Protein Bar", "Healthy", 2.5, 1.1),
                (13, "Trail Mix", "Healthy", 1.9, 0.82), (14, "Rice Cakes", "Healthy", 1.4, 0.52),
                (15, "Hot Coffee", "Hot Drinks", 1.7, 0.35)]
    db.executemany("INSERT INTO Products VALUES (?,?,?,?,?)", products)
    sales = []
    pw = [14, 9, 8, 5, 7, 10, 8, 5, 12, 6, 5, 4, 3, 2, 0]
    for sid in range(1, 3001):
        m = rng.choices(machines, [3 + (m[0] % 5) for m in machines])[0]
        lo = max(date.fromisoformat(m[3]), date(2023, 1, 1))
        d = day(rng, lo, date(2024, 12, 31))
        t = datetime(d.year, d.month, d.day, rng.randrange(6, 23), rng.randrange(60))
        p = rng.choices(products, pw)[0]
        q = rng.choices([1, 2, 3], [12, 3, 1])[0]
        pay = rng.choice(["Card", "Mobile"]) if m[4] else rng.choices(["Cash", "Card", "Mobile"], [5, 3, 2])[0]
        sales.append((sid, m[0], p[0], t.strftime("%Y-%m-%d %H:%M:%S"), q, round(q * p[3], 2), pay))
    db.executemany("INSERT INTO Sales VALUES (?,?,?,?,?,?,?)", sales)
    techs = ["Dale Horvath", "Priya Kaur", "Sam Ortiz", "Nina Walsh"]
    refills, rid = [], 0
    for m in machines:
        for _ in range(rng.randrange(8, 20)):
            rid += 1
            refills.append((rid, m[0], day(rng, date(2023, 1, 1), date(2024, 12, 31)).isoformat(),
                            rng.choice(techs), rng.randrange(20, 120)))
    db.executemany("INSERT INTO Refills VALUES (?,?,?,?,?)", refills)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_cleaners(path: Path) -> None:
    rng = random.Random(2703)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE str_mst (str_cd TEXT PRIMARY KEY, str_nm TEXT, cty TEXT, opn_dt TEXT, sq_ft INTEGER);
    CREATE TABLE svc (svc_cd TEXT PRIMARY KEY, svc_desc TEXT, svc_cat TEXT, unit_prc REAL);
    CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, cust_nm TEXT, cty TEXT, reg_dt TEXT, vip_flg TEXT);
    CREATE TABLE tkt (tkt_no INTEGER PRIMARY KEY, str_cd TEXT REFERENCES str_mst(str_cd),
                      cust_id INTEGER REFERENCES cust(cust_id), drop_dt TEXT, pick_dt TEXT, tot_amt REAL, pay_mth TEXT);
    CREATE TABLE tkt_ln (tkt_no INTEGER REFERENCES tkt(tkt_no), ln_no INTEGER, svc_cd TEXT REFERENCES svc(svc_cd),
                         qty INTEGER, ln_amt REAL);
    """)
    stores = [("DC01", "Pressto Old Town", "Norwich", "2009-05-02", 1200),
              ("DC02", "Pressto Riverside", "Norwich", "2014-10-20", 900),
              ("DC03", "Pressto Market Sq", "Ipswich", "2012-03-15", 1500),
              ("DC04", "Pressto Cambridge Rd", "Cambridge", "2017-06-01", 1100),
              ("DC05", "Pressto Mill Road", "Cambridge", "2021-11-11", 750),
              ("DC06", "Pressto Colchester", "Colchester", "2024-02-05", 980)]
    db.executemany("INSERT INTO str_mst VALUES (?,?,?,?,?)", stores)
    svcs = [("SHRT", "Shirt laundered & pressed", "Laundry", 3.2), ("SUIT2", "Two-piece suit dry clean", "Dry Clean", 16.5),
            ("DRSS", "Dress dry clean", "Dry Clean", 12.0), ("COAT", "Coat dry clean", "Dry Clean", 18.0),
            ("TRSR", "Trousers dry clean", "Dry Clean", 7.5), ("DUVT", "Duvet wash", "Household", 22.0),
            ("CURT", "Curtains per panel", "Household", 14.0), ("HEM", "Trouser hem", "Alterations", 9.0),
            ("ZIP", "Zip replacement", "Alterations", 12.5), ("WEDD", "Wedding dress clean", "Specialist", 95.0),
            ("LTHR", "Leather jacket clean", "Specialist", 45.0)]
    db.executemany("INSERT INTO svc VALUES (?,?,?,?)", svcs)
    cities = ["Norwich", "Norwich", "Ipswich", "Cambridge", "Cambridge", "Colchester", "Wymondham"]
    custs = []
    for cid in range(1, 401):
        custs.append((cid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(cities),
                      day(rng, date(2015, 1, 1), date(2024, 10, 31)).isoformat(), rng.choices(["Y", "N"], [1, 5])[0]))
    db.executemany("INSERT INTO cust VALUES (?,?,?,?,?)", custs)
    tkts, lns = [], []
    sw = [14, 8, 11, 10, 6, 3]
    svw = [20, 6, 6, 4, 8, 3, 2, 4, 2, 1, 1]
    for tn in range(1, 2201):
        s = rng.choices(stores, sw)[0]
        c = rng.choice(custs)
        d = day(rng, max(date.fromisoformat(s[3]), date(2022, 1, 1)), date(2024, 12, 31))
        pick = (d + timedelta(days=rng.randrange(1, 12))).isoformat() if rng.random() < 0.96 else None
        tot = 0.0
        n_ln = rng.choices([1, 2, 3], [6, 3, 1])[0]
        for ln, sv in enumerate([rng.choices(svcs, svw)[0] for _ in range(n_ln)], 1):
            q = rng.choices([1, 2, 3, 5], [8, 4, 2, 1])[0]
            amt = round(q * sv[3], 2)
            lns.append((tn, ln, sv[0], q, amt))
            tot += amt
        tkts.append((tn, s[0], c[0], d.isoformat(), pick, round(tot, 2),
                     rng.choices(["CARD", "CASH", "ACCT"], [7, 2, 1])[0]))
    db.executemany("INSERT INTO tkt VALUES (?,?,?,?,?,?,?)", tkts)
    db.executemany("INSERT INTO tkt_ln VALUES (?,?,?,?,?)", lns)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"escape": build_escape, "vending": build_vending, "cleaners": build_cleaners}, SETS))
