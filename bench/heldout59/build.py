"""Held-out evaluation 59: three SQLite databases (a wholesale flower distributor, an office
water-cooler subscription business, an office-furniture dealer) and hand-written conversations of a
revenue-operations analyst over them, written before the engine was run on them (see README.md).

    python bench/heldout59/build.py [OUT_DIR]   # writes flowers.sqlite, water.sqlite, furniture.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout59), checks every
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

FIRST = ("Abel Bianca Cyrus Delia Emeka Fatima Gideon Hana Ivo Jolene Kofi Lena Marco Nadia Otto Petra "
         "Ravi Selin Tomas Ursula Vera Wes Ximena Yusuf Zora").split()
LAST = ("Albright Brennan Castillo Dvorak Ekwueme Fontaine Greer Haddad Ito Jansen Kaur Lindgren Moreau "
        "Nakamura Oduya Pereira Quist Reyes Sato Thorne Ueda Valdez Whitlock Yilmaz").split()
WORDS = ("Acorn Birch Cedar Delta Ember Fern Granite Harbor Iris Juniper Kestrel Linden Maple Nova Orchard "
         "Pine Quarry Ridge Summit Tide Umber Vale Willow Yarrow Zenith Copper Atlas Beacon Crest Lumen").split()


def month_iter(start: date, end: date):
    d = start.replace(day=1)
    while d <= end:
        yield d
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)


# ------------------------------------------------------------------------------------------ flowers
def build_flowers(path: Path) -> None:
    """PascalCase with abbreviations; OrdLn has three quantity columns (QtyOrd, QtyShp, QtyRtn)."""
    rng = random.Random(5901)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE SlsRep (RepID INTEGER PRIMARY KEY, RepNm TEXT, Rgn TEXT, HireDt TEXT);
    CREATE TABLE Cust (CustID INTEGER PRIMARY KEY, CustNm TEXT, CustTyp TEXT, Rgn TEXT,
                       RepID INTEGER REFERENCES SlsRep(RepID), OpenDt TEXT);
    CREATE TABLE Prod (ProdID INTEGER PRIMARY KEY, ProdNm TEXT, Cat TEXT, Origin TEXT, ListPr REAL,
                       StemsPerBnch TEXT);
    CREATE TABLE Ord (OrdID INTEGER PRIMARY KEY, CustID INTEGER REFERENCES Cust(CustID), OrdDt TEXT, ShipDt TEXT,
                      OrdStat TEXT, Chnl TEXT);
    CREATE TABLE OrdLn (OrdID INTEGER REFERENCES Ord(OrdID), LnNo INTEGER, ProdID INTEGER REFERENCES Prod(ProdID),
                        QtyOrd INTEGER, QtyShp INTEGER, QtyRtn INTEGER, UnitPr REAL, DiscPct REAL,
                        PRIMARY KEY (OrdID, LnNo));
    """)
    regions = ["North", "South", "East", "West"]
    reps = []
    for i in range(1, 11):
        reps.append((i, f"{rng.choice(FIRST)} {LAST[(i * 7) % len(LAST)]}", regions[(i - 1) % 4],
                     day(rng, date(2012, 1, 1), date(2022, 6, 30)).isoformat()))
    db.executemany("INSERT INTO SlsRep VALUES (?,?,?,?)", reps)
    types = ["Florist", "Supermarket", "Event Planner", "Hotel"]
    suffix = {"Florist": ["Florals", "Flower Studio", "Blooms"], "Supermarket": ["Market", "Foods", "Grocers"],
              "Event Planner": ["Events", "Weddings", "Occasions"], "Hotel": ["Hotel", "Suites", "Inn"]}
    custs = []
    for c in range(1, 321):
        t = rng.choices(types, [10, 3, 4, 3])[0]
        rgn = rng.choices(regions, [5, 4, 3, 4])[0]
        rep_pool = [r for r in reps if r[2] == rgn]
        rep = rng.choices(rep_pool, [1 + k * 2 for k in range(len(rep_pool))])[0][0]
        opened = day(rng, date(2018, 1, 1), date(2024, 11, 30))
        custs.append((c, f"{WORDS[c % len(WORDS)]} {LAST[(c // len(WORDS)) % len(LAST)]} {rng.choice(suffix[t])}",
                      None if rng.random() < 0.06 else t, rgn, rep, opened.isoformat()))
    db.executemany("INSERT INTO Cust VALUES (?,?,?,?,?,?)", custs)
    prods = [("Red Naomi Rose", "Rose", "NL", 14.2, "20"), ("Avalanche Rose", "Rose", "KE", 12.6, "20"),
             ("Sweetness Rose", "Rose", "KE", 13.4, "25"), ("Freedom Rose", "Rose", "EC", 15.8, "25"),
             ("Spray Rose Mix", "Rose", "KE", 9.9, "10"), ("Explorer Rose", "Rose", "EC", 16.9, "25"),
             ("Pink Floyd Rose", "Rose", "CO", 11.7, "20"), ("Strong Gold Tulip", "Tulip", "NL", 6.4, "10"),
             ("Purple Prince Tulip", "Tulip", "NL", 6.9, "10"), ("Double White Tulip", "Tulip", "NL", 8.2, "10"),
             ("Stargazer Lily", "Lily", "NL", 13.9, "5"), ("Casa Blanca Lily", "Lily", "NL", 15.2, "5"),
             ("Calla Lily White", "Lily", "CO", 17.5, "10"), ("Disbud Chrysanth", "Chrysanth", "CO", 7.3, "10"),
             ("Santini Mix", "Chrysanth", "CO", 6.1, "10"), ("Spider Mum", "Chrysanth", "NL", 8.8, "10"),
             ("Eucalyptus Cinerea", "Greenery", "UK", 4.9, "10"), ("Ruscus", "Greenery", "NL", 3.8, "10"),
             ("Pittosporum", "Greenery", "UK", 4.4, "10"), ("Phalaenopsis Stem", "Orchid", "NL", 21.5, "1"),
             ("Cymbidium Green", "Orchid", "NL", 24.9, "1"), ("Dendrobium Sonia", "Orchid", "EC", 18.4, "5")]
    db.executemany("INSERT INTO Prod VALUES (?,?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(prods)])
    orders, lines = [], []
    oid = 0
    for c in custs:
        opened = max(date.fromisoformat(c[5]), date(2023, 1, 1))
        n = rng.choice([0, 2, 4, 6, 8, 10, 14, 18]) if c[2] != "Supermarket" else rng.choice([8, 14, 20, 26])
        for _ in range(n):
            oid += 1
            od = day(rng, opened, date(2024, 12, 31)) if opened <= date(2024, 12, 31) else None
            if od is None:
                oid -= 1
                break
            chnl = rng.choices(["Phone", "Web", "Rep"], [4, 5, 2])[0]
            cnx_p = {"Phone": 0.04, "Web": 0.09, "Rep": 0.03}[chnl]
            if rng.random() < cnx_p:
                stat, ship = "CNX", None
            elif od >= date(2024, 12, 27) and rng.random() < 0.7:
                stat, ship = "OPN", None
            else:
                stat = "SHP"
                lag = rng.choices([0, 1, 2, 3, 4, 6], [3, 8, 5, 2, 1, 1])[0] + (1 if c[3] == "North" and rng.random() < 0.4 else 0)
                ship = (od + timedelta(days=lag)).isoformat()
            orders.append((oid, c[0], od.isoformat(), ship, stat, chnl))
            for ln, p in enumerate(rng.sample(range(1, 23), rng.randrange(1, 5)), start=1):
                prod = prods[p - 1]
                q = rng.choice([2, 4, 5, 6, 8, 10, 12, 20]) * (3 if c[2] == "Supermarket" else 1)
                shp = 0 if stat != "SHP" else (q if rng.random() < 0.85 else max(0, q - rng.randrange(1, 4)))
                rtn_p = 0.2 if prod[1] == "Orchid" else 0.08 if prod[1] in ("Rose", "Lily") else 0.04
                rtn = rng.randrange(1, 3) if shp and rng.random() < rtn_p else 0
                disc = rng.choice([0, 0, 0, 5, 5, 10, 12.5, 15]) if c[2] != "Supermarket" else rng.choice([10, 15, 20])
                pr = round(prod[3] * rng.choice([0.95, 1.0, 1.0, 1.05, 1.1]), 2)
                lines.append((oid, ln, p, q, min(shp, q), rtn, pr, disc))
    db.executemany("INSERT INTO Ord VALUES (?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO OrdLn VALUES (?,?,?,?,?,?,?,?)", lines)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ water
def build_water(path: Path) -> None:
    """snake_case; accounts.status_cd is a 1-2 letter code explained by status_codes; equipment is
    many-to-many with accounts through account_equipment."""
    rng = random.Random(5902)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE status_codes (status_cd TEXT PRIMARY KEY, status_desc TEXT);
    CREATE TABLE plans (plan_id INTEGER PRIMARY KEY, plan_nm TEXT, monthly_fee REAL, bottles_incl INTEGER);
    CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, account_nm TEXT, industry TEXT, city TEXT,
                           plan_id INTEGER REFERENCES plans(plan_id), status_cd TEXT REFERENCES status_codes(status_cd),
                           signed_on TEXT, cancelled_on TEXT, employees INTEGER);
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, driver_nm TEXT, depot TEXT);
    CREATE TABLE deliveries (delivery_id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(account_id),
                             driver_id INTEGER REFERENCES drivers(driver_id), delivered_on TEXT, full_dlvd INTEGER,
                             empty_coll INTEGER, extra_fee REAL);
    CREATE TABLE equipment (equip_id INTEGER PRIMARY KEY, model TEXT, equip_type TEXT, list_price REAL);
    CREATE TABLE account_equipment (account_id INTEGER REFERENCES accounts(account_id),
                                    equip_id INTEGER REFERENCES equipment(equip_id), installed_on TEXT, units INTEGER);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(account_id),
                           issued_on TEXT, amount REAL, paid_on TEXT);
    """)
    db.executemany("INSERT INTO status_codes VALUES (?,?)",
                   [("A", "Active"), ("S", "Suspended"), ("C", "Cancelled"), ("PD", "Past due"), ("T", "Trial")])
    plans = [(1, "Basic 5", 29.0, 5), (2, "Office 10", 49.0, 10), (3, "Office 20", 85.0, 20),
             (4, "Enterprise 50", 189.0, 50), (5, "Trial 2", 0.0, 2)]
    db.executemany("INSERT INTO plans VALUES (?,?,?,?)", plans)
    equip = [(1, "AquaCool 200", "Cooler", 219.0), (2, "AquaCool 400 Hot&Cold", "Cooler", 329.0),
             (3, "PureFlow Bottleless", "Dispenser", 449.0), (4, "Countertop Mini", "Dispenser", 159.0),
             (5, "CarbonMax Filter", "Filter", 39.0), (6, "UV Sterilizer Kit", "Filter", 89.0),
             (7, "InstaBoil Hot Tap", "Hot tap", 599.0)]
    db.executemany("INSERT INTO equipment VALUES (?,?,?,?)", equip)
    drivers = [(i + 1, f"{FIRST[(i * 3) % 25]} {LAST[(i * 5 + 2) % 24]}", d)
               for i, d in enumerate(["Eastside", "Eastside", "Eastside", "Riverside", "Riverside", "Airport",
                                      "Airport", "Airport", "Airport"])]
    db.executemany("INSERT INTO drivers VALUES (?,?,?)", drivers)
    industries = ["Legal", "Dental", "Accounting", "Tech", "Real Estate", "Manufacturing", "Nonprofit", "Retail"]
    ind_suffix = {"Legal": "Law Group", "Dental": "Dental", "Accounting": "CPAs", "Tech": "Labs",
                  "Real Estate": "Realty", "Manufacturing": "Works", "Nonprofit": "Foundation", "Retail": "Outfitters"}
    cities = ["Portland", "Beaverton", "Gresham", "Hillsboro", "Vancouver", "Tigard"]
    accounts = []
    for a in range(1, 431):
        ind = rng.choices(industries, [4, 3, 3, 5, 2, 3, 2, 2])[0]
        signed = day(rng, date(2019, 1, 1), date(2024, 10, 31))
        st = rng.choices(["A", "S", "C", "PD"], [62, 5, 22, 11])[0]
        plan = rng.choices([1, 2, 3, 4], [5, 6, 3, 1])[0]
        canc = None
        if st == "C":
            canc = day(rng, signed + timedelta(days=30), min(signed + timedelta(days=900), date(2024, 12, 20)))
            if canc <= signed:
                canc = signed + timedelta(days=31)
        accounts.append([a, f"{WORDS[a % len(WORDS)]} {LAST[(a // len(WORDS)) % 24]} {ind_suffix[ind]}", ind,
                         rng.choices(cities, [8, 3, 2, 3, 3, 2])[0], plan, st, signed.isoformat(),
                         canc.isoformat() if canc else None,
                         None if rng.random() < 0.15 else rng.choice([4, 8, 12, 15, 22, 30, 45, 60, 90, 140])])
    for a in range(431, 443):            # current trials, signed in the autumn
        accounts.append([a, f"{WORDS[a % len(WORDS)]} {LAST[(a // len(WORDS)) % 24]} {ind_suffix[industries[a % 8]]}",
                         industries[a % 8], rng.choice(cities), 5 if a % 4 else 1, "T",
                         day(rng, date(2024, 9, 1), date(2024, 11, 15)).isoformat(), None,
                         rng.choice([None, 6, 10, 18, 25])])
    accounts[9][1] = "Northgate Legal LLP"
    accounts[9][2] = "Legal"
    db.executemany("INSERT INTO accounts VALUES (?,?,?,?,?,?,?,?,?)", [tuple(a) for a in accounts])
    ae = []
    for a in accounts:
        kinds = rng.sample(range(1, 8), rng.choices([1, 2, 3], [5, 4, 2])[0])
        if a[0] == 10:
            kinds = [2, 5, 7]
        for e in kinds:
            units = 1 if e in (3, 7) else rng.choices([1, 2, 3, 4], [6, 3, 1, 1])[0]
            ae.append((a[0], e, day(rng, date.fromisoformat(a[6]), date.fromisoformat(a[6]) + timedelta(days=20))
                       .isoformat(), units))
    db.executemany("INSERT INTO account_equipment VALUES (?,?,?,?)", ae)
    dels, invs = [], []
    dn = inv = 0
    for a in accounts:
        signed = date.fromisoformat(a[6])
        end = date.fromisoformat(a[7]) if a[7] else date(2024, 12, 31)
        incl = plans[a[4] - 1][3]
        d = max(signed + timedelta(days=rng.randrange(1, 6)), date(2023, 1, 2))
        while d <= end:
            if a[5] == "S" and d >= date(2024, 9, 1):
                break
            dn += 1
            drv = rng.choices(drivers, [4, 3, 2, 3, 3, 2, 2, 2, 1])[0][0]
            full = max(1, incl // 2 + rng.randrange(-1, 4)) if a[5] != "T" else rng.choice([1, 2, 2, 3])
            extra = None
            r = rng.random()
            if r < 0.12:
                extra = rng.choice([8.5, 12.0, 17.0, 25.0])
            elif r < 0.16:
                extra = 0.0
            if drv in (6, 7, 8, 9) and rng.random() < 0.08:
                extra = 14.0
            dels.append((dn, a[0], drv, d.isoformat(), full, max(0, full - rng.choice([0, 0, 0, 1, 1, 2])), extra))
            d += timedelta(days=rng.choice([12, 14, 14, 15, 16]))
        if a[5] == "T":
            continue
        for m in month_iter(max(signed, date(2023, 1, 1)), min(end, date(2024, 12, 1))):
            inv += 1
            amt = plans[a[4] - 1][2] + rng.choice([0, 0, 0, 0, 8.5, 12.0, 17.0, 25.5])
            if a[5] == "PD" and m >= date(2024, 8, 1) - timedelta(days=31 * rng.randrange(0, 5)):
                paid = None
            elif a[5] == "S" and m >= date(2024, 6, 1):
                paid = None if rng.random() < 0.8 else (m + timedelta(days=40)).isoformat()
            elif m >= date(2024, 12, 1) and rng.random() < 0.5:
                paid = None
            else:
                late = rng.choices([5, 10, 14, 20, 30, 45, 60], [3, 5, 6, 4, 3, 1, 1])[0]
                paid = (m + timedelta(days=late + rng.randrange(0, 4))).isoformat()
            invs.append((inv, a[0], m.isoformat(), amt, paid))
    db.executemany("INSERT INTO deliveries VALUES (?,?,?,?,?,?,?)", dels)
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?)", invs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ furniture
def build_furniture(path: Path) -> None:
    """Money in integer cents, timestamps as ISO text with times."""
    rng = random.Random(5903)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE reps (id INTEGER PRIMARY KEY, full_name TEXT, team TEXT, started_at TEXT);
    CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT, sector TEXT, city TEXT, created_at TEXT);
    CREATE TABLE quotes (id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id),
                         rep_id INTEGER REFERENCES reps(id), created_at TEXT, list_total_cents INTEGER,
                         discount_cents INTEGER, status TEXT);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, quote_id INTEGER REFERENCES quotes(id),
                         client_id INTEGER REFERENCES clients(id), placed_at TEXT, delivered_at TEXT,
                         subtotal_cents INTEGER, tax_cents INTEGER, freight_cents INTEGER, status TEXT);
    CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), refunded_at TEXT,
                          amount_cents INTEGER, reason TEXT);
    """)

    def ts(d: date, lo=8, hi=18) -> str:
        return datetime(d.year, d.month, d.day, rng.randrange(lo, hi), rng.randrange(60), rng.randrange(60)) \
            .strftime("%Y-%m-%d %H:%M:%S")

    reps = []
    for i in range(1, 13):
        reps.append((i, f"{FIRST[(i * 4 + 1) % 25]} {LAST[(i * 9 + 3) % 24]}", "Enterprise" if i <= 5 else "SMB",
                     ts(day(rng, date(2015, 1, 1), date(2022, 12, 31)))))
    db.executemany("INSERT INTO reps VALUES (?,?,?,?)", reps)
    sectors = ["Law Firm", "Tech", "Healthcare", "Education", "Finance", "Government", "Hospitality", None]
    clients = []
    for c in range(1, 261):
        created = day(rng, date(2021, 1, 1), date(2024, 12, 15))
        sec = rng.choices(sectors, [3, 5, 3, 2, 3, 1, 2, 1])[0]
        clients.append((c, f"{WORDS[(c * 3) % len(WORDS)]} {rng.choice(['Partners', 'Group', 'Holdings', 'Co', 'Associates', 'Systems', 'Clinic', 'Academy'])} {c}",
                        sec, rng.choice(["Chicago", "Milwaukee", "Evanston", "Naperville", "Madison", "Gary"]),
                        ts(created)))
    db.executemany("INSERT INTO clients VALUES (?,?,?,?,?)", clients)
    quotes, orders, refunds = [], [], []
    qid = oid = rid = 0
    for c in clients:
        created = date.fromisoformat(c[4][:10])
        big = c[2] in ("Finance", "Law Firm", "Tech")
        for _ in range(rng.choice([0, 1, 2, 3, 4, 5, 7])):
            qid += 1
            qd = created + timedelta(days=rng.choice([0, 2, 5, 9, 14, 21, 35, 60, 120, 250]))
            if qd > date(2024, 12, 30):
                qid -= 1
                continue
            rep = rng.choices(reps, [3, 2, 2, 2, 1, 4, 3, 3, 2, 2, 2, 1])[0]
            lst = rng.randrange(150_000, 6_000_000 if big and rep[2] == "Enterprise" else 1_800_000)
            disc = int(lst * rng.choice([0, 0.03, 0.05, 0.08, 0.1, 0.12, 0.15]))
            win_p = 0.25 + 0.05 * (rep[0] % 5) + (0.1 if disc >= 0.1 * lst else 0)
            if qd >= date(2024, 11, 15) and rng.random() < 0.6:
                st = "open"
            else:
                st = "won" if rng.random() < win_p else rng.choice(["lost", "lost", "expired"])
            qts = ts(qd)
            quotes.append((qid, c[0], rep[0], qts, lst, disc, st))
            if st != "won":
                continue
            oid += 1
            pd_ = qd + timedelta(days=rng.choice([1, 3, 6, 10, 15, 25, 40]) + (8 if rep[2] == "Enterprise" else 0))
            if pd_ > date(2024, 12, 31):
                pd_ = date(2024, 12, 31)
            sub = lst - disc
            tax = int(round(sub * 0.1025))
            frt = rng.choice([0, 9_900, 19_900, 34_900]) + (int(sub * 0.02) if rng.random() < 0.3 else 0)
            if rng.random() < 0.06:
                ost, dlv = "cancelled", None
            elif pd_ >= date(2024, 11, 20) and rng.random() < 0.75:
                ost, dlv = "in_transit", None
            else:
                ost = "delivered"
                dlv = ts(pd_ + timedelta(days=rng.choice([3, 5, 7, 10, 14, 21])), 9, 17)
            orders.append((oid, qid, c[0], ts(pd_), dlv, sub, tax, frt, ost))
            if ost == "delivered" and rng.random() < 0.13:
                rid += 1
                reason = rng.choices(["damaged", "late", "wrong item", "goodwill"], [5, 2, 2, 1])[0]
                rd = date.fromisoformat(dlv[:10]) + timedelta(days=rng.randrange(2, 40))
                amt = int(sub * rng.choice([0.02, 0.05, 0.08, 0.15, 0.3])) if reason != "wrong item" \
                    else int(sub * rng.choice([0.1, 0.2]))
                refunds.append((rid, oid, ts(rd), amt, reason))
    # the one record order: a head-office fit-out for client 42, quoted by rep 2
    qid += 1
    quotes.append((qid, 42, 2, "2024-03-04 10:12:44", 21_450_000, 1_450_000, "won"))
    oid += 1
    orders.append((oid, qid, 42, "2024-03-19 15:40:02", "2024-04-22 11:05:30", 20_000_000, 2_050_000, 250_000,
                   "delivered"))
    db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?)", quotes)
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO refunds VALUES (?,?,?,?,?)", refunds)
    db.commit()
    db.close()


BUILDERS = {"flowers": build_flowers, "water": build_water, "furniture": build_furniture}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
