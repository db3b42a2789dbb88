"""Held-out set heldout69: three SQLite databases of a finance controller's spend and payables work
(a shipyard's multi-currency spend ledger, a zoo's purchase orders with approvals, a golf club's
supplier invoices with a fiscal calendar) and hand-written conversations over them, written before
the engine was run on them (see README.md in this folder).

    python bench/heldout69/build.py [OUT_DIR]   # writes shipyard.sqlite, zoo.sqlite, golfclub.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout69), checks every
                                                # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run. The fiscal year
starts on 1 April and is named by the calendar year it ends in (FY26 = April 2025 to March 2026).
"""
from __future__ import annotations

import math
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

START, END = date(2023, 4, 1), date(2026, 11, 25)


def months(a: date, b: date):
    d = a.replace(day=1)
    while d <= b:
        yield d
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)


# ------------------------------------------------------------------------------------------ shipyard
def build_shipyard(path: Path) -> None:
    rng = random.Random(6901)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE categories (cat_cd TEXT PRIMARY KEY, cat_desc TEXT);
    CREATE TABLE suppliers (sup_cd TEXT PRIMARY KEY, sup_nm TEXT, ctry TEXT, cat_cd TEXT REFERENCES categories(cat_cd),
                            onboarded TEXT);
    CREATE TABLE ledger (entry_id INTEGER PRIMARY KEY, sup_cd TEXT REFERENCES suppliers(sup_cd), doc_typ TEXT,
                         doc_no TEXT, post_dt TEXT, ccy TEXT, amt_lcl REAL, status TEXT, cost_ctr TEXT);
    CREATE TABLE FxRate (RateMonth TEXT, Ccy TEXT, GbpPerUnit REAL, PRIMARY KEY (RateMonth, Ccy));
    """)
    cats = [("STL", "Steel & Plate"), ("ENG", "Engines & Propulsion"), ("ELE", "Electrical & Electronics"),
            ("IT", "Information Technology"), ("PNT", "Paint & Coatings"), ("TMB", "Timber & Joinery"),
            ("LOG", "Logistics"), ("CON", "Consulting")]
    db.executemany("INSERT INTO categories VALUES (?,?)", cats)
    sups = [
        ("Tyne Steel Fabrications", "GB", "STL"), ("Clydeside Plate Ltd", "GB", "STL"), ("Rotterdam Staal BV", "NL", "STL"),
        ("Hamburger Stahlhandel GmbH", "DE", "STL"), ("Teesport Metals", "GB", "STL"), ("Kongsvik Propulsion AS", "NO", "ENG"),
        ("Bergen Marine Diesel AS", "NO", "ENG"), ("Volga Drive Systems GmbH", "DE", "ENG"), ("Cummings Marine Inc", "US", "ENG"),
        ("Solent Gearboxes Ltd", "GB", "ENG"), ("Brest Electrique SA", "FR", "ELE"), ("Northern Cable & Switch", "GB", "ELE"),
        ("Delft Navigation Systems BV", "NL", "ELE"), ("Raytek Marine Electronics Inc", "US", "ELE"),
        ("Humber Electrical Services", "GB", "ELE"), ("Quayside Networks Ltd", "GB", "IT"), ("Anchorpoint Software Ltd", "GB", "IT"),
        ("Baltic Cloud GmbH", "DE", "IT"), ("Seatrack CAD Inc", "US", "IT"), ("Harbour IT Support", "GB", "IT"),
        ("Fjord Data AS", "NO", "IT"), ("Keelhaul Paints Ltd", "GB", "PNT"), ("Hempel-Nord A/S", "NL", "PNT"),
        ("Antifoul Solutions Ltd", "GB", "PNT"), ("Scandi Timber AS", "NO", "TMB"), ("Cornish Oak Joinery", "GB", "TMB"),
        ("Lyon Boiseries SA", "FR", "TMB"), ("North Sea Haulage Ltd", "GB", "LOG"), ("Maersk-Line Forwarding BV", "NL", "LOG"),
        ("Atlantic Freight Inc", "US", "LOG"), ("Portside Cranes Ltd", "GB", "LOG"), ("Fathom Naval Architects", "GB", "CON"),
        ("Lloyd Marine Survey Ltd", "GB", "CON"), ("Oslo Maritime Consulting AS", "NO", "CON"),
        ("Kessler Engineering Advisory GmbH", "DE", "CON"), ("Whitby Rope & Rigging", "GB", "ELE"),
    ]
    ccy_of = {"GB": "GBP", "NO": "NOK", "US": "USD", "DE": "EUR", "NL": "EUR", "FR": "EUR"}
    scale = {"STL": 14000, "ENG": 22000, "ELE": 6000, "IT": 3500, "PNT": 4000, "TMB": 5000, "LOG": 2500, "CON": 7000}
    lcl = {"GBP": 1.0, "EUR": 1.16, "USD": 1.27, "NOK": 13.5}
    supr = []
    for i, (nm, c, cat) in enumerate(sups):
        supr.append((f"S{101 + i:04d}", nm, c, cat, day(rng, date(2012, 1, 1), date(2023, 3, 1)).isoformat(),
                     rng.uniform(0.4, 2.2)))
    db.executemany("INSERT INTO suppliers VALUES (?,?,?,?,?)", [s[:5] for s in supr])
    fx = []
    base = {"EUR": 0.862, "USD": 0.79, "NOK": 0.0745}
    for m in months(START, END):
        fx.append((m.strftime("%Y-%m"), "GBP", 1.0))
        for c, b in base.items():
            base[c] = b * rng.uniform(0.985, 1.015)
            fx.append((m.strftime("%Y-%m"), c, round(base[c], 5)))
    db.executemany("INSERT INTO FxRate VALUES (?,?,?)", fx)
    ccs = ["HULL-401", "HULL-402", "HULL-403", "YARD-OPS", "DESIGN", "ADMIN"]
    rows, n = [], 0
    for s in supr:
        cd, nm, c, cat, _, w = s
        count = int(w * rng.randrange(70, 130))
        for _ in range(count):
            n += 1
            d = day(rng, START, END)
            ccy = ccy_of[c] if rng.random() > 0.08 else rng.choice(["GBP", "EUR"])
            gbp = scale[cat] * math.exp(rng.gauss(0, 0.7))
            crn = rng.random() < 0.07
            amt = round(gbp * lcl[ccy] * (-rng.uniform(0.05, 0.5) if crn else 1), 2)
            st = "VOID" if rng.random() < 0.025 else "POSTED"
            cc = None if rng.random() < 0.06 else (rng.choice(ccs[:3]) if cat in ("STL", "ENG", "PNT", "TMB") else
                                                      rng.choice(ccs))
            rows.append((n, cd, "CRN" if crn else "INV", f"{'CN' if crn else 'IN'}-{n:06d}", d.isoformat(), ccy, amt,
                         st, cc))
    # Kongsvik's biggest invoice ever: a main engine set, posted in the last fiscal year
    rows.append((n + 1, "S0106", "INV", "IN-900001", "2025-09-17", "NOK", 4250000.0, "POSTED", "HULL-402"))
    rng.shuffle(rows)
    rows = [(i + 1, *r[1:]) for i, r in enumerate(rows)]
    db.executemany("INSERT INTO ledger VALUES (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ zoo
def build_zoo(path: Path) -> None:
    rng = random.Random(6902)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Suppliers (SupplierID INTEGER PRIMARY KEY, SupplierName TEXT, Category TEXT, Town TEXT);
    CREATE TABLE PurchaseOrders (PONumber TEXT PRIMARY KEY, SupplierID INTEGER REFERENCES Suppliers(SupplierID),
                                 Dept TEXT, RaisedBy TEXT, OrderDate TEXT, POStatus TEXT);
    CREATE TABLE po_lines (po_number TEXT REFERENCES PurchaseOrders(PONumber), line_no INTEGER, item_desc TEXT,
                           qty INTEGER, unit_price TEXT);
    CREATE TABLE approvals (approval_id INTEGER PRIMARY KEY, po_number TEXT REFERENCES PurchaseOrders(PONumber),
                            approver TEXT, appr_status TEXT, status_ts TEXT);
    """)
    items = {
        "Animal Feed": [("Hay bale (large round)", 48), ("Frozen herring 10kg", 31), ("Primate pellets 20kg", 26),
                        ("Browse bundle", 12), ("Live insects tub", 9), ("Carnivore meat 25kg", 88)],
        "Veterinary Supplies": [("Sedative kit", 140), ("Vaccines (box of 10)", 210), ("Surgical consumables", 65),
                                ("Diagnostic test panel", 95)],
        "Estates & Maintenance": [("Enclosure fencing panel", 180), ("Timber posts", 22), ("Contractor day rate", 420),
                                  ("Pond pump", 650), ("Glazing unit", 900)],
        "IT": [("Laptop", 980), ("Ticketing software licence", 2400), ("Network switch", 1350), ("Support hours", 85)],
        "Retail Stock": [("Plush toys (carton)", 140), ("Guidebooks (box)", 95), ("Branded mugs (case)", 60)],
        "Catering": [("Coffee beans 6kg", 74), ("Sandwich platters", 38), ("Ice cream tubs", 27)],
    }
    dept_of = {"Animal Feed": ["Animal Care"], "Veterinary Supplies": ["Veterinary"],
               "Estates & Maintenance": ["Estates", "Estates", "Animal Care"], "IT": ["IT", "IT", "Education"],
               "Retail Stock": ["Retail"], "Catering": ["Catering", "Education"]}
    names = {"Animal Feed": ["Meadowbank Forage", "Northsea Fish Supplies", "Mazuri Nutrition UK", "Bugs Direct",
                             "Greenfields Browse Co", "Wessex Meats"],
             "Veterinary Supplies": ["VetPharm Wholesale", "Animalcare Medical", "Zoolab Diagnostics",
                                     "Henley Vet Supplies"],
             "Estates & Maintenance": ["Paddock Fencing Ltd", "Brunel Building Services", "Aquatic Pumps Ltd",
                                       "ClearView Glazing", "Oakbridge Timber"],
             "IT": ["Gatekeeper Ticketing", "Byteworks IT", "Netcove Solutions", "Laptop Direct"],
             "Retail Stock": ["Wild Souvenirs Ltd", "Jungle Plush Co", "Parkside Publishing"],
             "Catering": ["Bean There Coffee", "Fresh Bites Catering Supplies", "Dairy Cone Ices"]}
    towns = ["Bristol", "Bath", "Swindon", "Cardiff", "Exeter", "Gloucester", "Reading"]
    sup, sid = [], 0
    for cat, ns in names.items():
        for nm in ns:
            sid += 1
            sup.append((sid, nm, cat, rng.choice(towns), rng.uniform(0.5, 2.0)))
    db.executemany("INSERT INTO Suppliers VALUES (?,?,?,?)", [s[:4] for s in sup])
    raisers = ["J.Okafor", "P.Lindqvist", "M.Rossi", "A.Shah", "T.Brennan", "K.Novak", "L.Evans"]
    approvers = ["Director of Finance", "Head of Animal Care", "Head of Estates", "Chief Executive"]
    slow = {"Director of Finance": 2.0, "Head of Animal Care": 1.5, "Head of Estates": 4.5, "Chief Executive": 3.0}
    pos, lines, apps = [], [], []
    weights = [s[4] for s in sup]
    for k in range(1, 1701):
        s = rng.choices(sup, weights)[0]
        cat = s[2]
        d = day(rng, START, END)
        pon = f"PO-{20000 + k}"
        nlines = rng.randrange(1, 5)
        total = 0.0
        for ln, (desc, price) in enumerate(rng.sample(items[cat], min(nlines, len(items[cat]))), 1):
            q = rng.choice([1, 1, 2, 3, 4, 5, 6, 10, 12, 20])
            if cat == "Animal Feed":
                q *= rng.choice([1, 2, 4])
            up = round(price * rng.uniform(0.9, 1.15), 2)
            total += q * up
            lines.append((pon, ln, desc, q, str(up) if rng.random() < 0.5 else f"{up:.2f}"))
        age = (END - d).days
        cancelled = rng.random() < 0.05
        ts = datetime(d.year, d.month, d.day, rng.randrange(8, 17), rng.randrange(60), rng.randrange(60))
        status = None
        if total < 1000 and rng.random() < 0.8:
            chain = []          # small orders need no approval
        else:
            appr = "Head of Estates" if s[2] == "Estates & Maintenance" and rng.random() < 0.7 else \
                "Chief Executive" if total > 25000 else rng.choice(approvers[:2] + ["Director of Finance"])
            chain = [("SUBMITTED", None)]
            if rng.random() < 0.12:
                chain += [("REJECTED", appr), ("SUBMITTED", None)]
            if age < 12 and rng.random() < 0.6:
                status = "Pending"
            elif rng.random() < 0.04:
                chain.append(("REJECTED", appr))
                status = "Cancelled" if rng.random() < 0.7 else None
            else:
                chain.append(("APPROVED", appr))
        t = ts
        for st, who in chain:
            apps.append((None, pon, who or rng.choice(raisers), st, t.strftime("%Y-%m-%d %H:%M:%S")))
            t = t + timedelta(hours=rng.uniform(2, 48) * slow.get(who, 1.0) if who else rng.uniform(2, 30))
        if status is None:
            status = "Cancelled" if cancelled else ("Issued" if age < 40 else rng.choice(["Received", "Closed"]))
        pos.append((pon, s[0], rng.choice(dept_of[cat]), rng.choice(raisers), d.isoformat(), status))
    # a handful of large orders that went out with no approval, or whose last approval step was not an approval
    extra = [("PO-29001", 10, "Estates", "T.Brennan", "2025-06-12", "Closed", [("Contractor day rate", 30, "420")], []),
             ("PO-29002", 15, "IT", "A.Shah", "2025-11-03", "Received", [("Ticketing software licence", 6, "2400")],
              [("SUBMITTED", "A.Shah", "2025-11-03 09:10:00")]),
             ("PO-29003", 13, "Estates", "T.Brennan", "2024-08-20", "Closed", [("Glazing unit", 14, "905.50")],
              [("SUBMITTED", "T.Brennan", "2024-08-20 11:00:00"), ("REJECTED", "Head of Estates", "2024-08-22 15:30:00")]),
             ("PO-29004", 6, "Animal Care", "J.Okafor", "2026-02-14", "Received", [("Carnivore meat 25kg", 130, "91.20")], []),
             ("PO-29005", 8, "Veterinary", "M.Rossi", "2026-07-09", "Issued", [("Vaccines (box of 10)", 60, "212")], []),
             # the biggest order of the current fiscal year, properly approved
             ("PO-29006", 12, "Estates", "K.Novak", "2026-05-19", "Received",
              [("Pond pump", 12, "655"), ("Enclosure fencing panel", 220, "182.40"), ("Contractor day rate", 45, "420")],
              [("SUBMITTED", "K.Novak", "2026-05-19 10:02:00"), ("APPROVED", "Chief Executive", "2026-05-22 16:45:00")])]
    for pon, sid_, dept, who, d, st, ls, ch in extra:
        pos.append((pon, sid_, dept, who, d, st))
        for ln, (desc, q, up) in enumerate(ls, 1):
            lines.append((pon, ln, desc, q, up))
        for s_, w, t in ch:
            apps.append((None, pon, w, s_, t))
    db.executemany("INSERT INTO PurchaseOrders VALUES (?,?,?,?,?,?)", pos)
    db.executemany("INSERT INTO po_lines VALUES (?,?,?,?,?)", lines)
    apps.sort(key=lambda r: r[4])
    db.executemany("INSERT INTO approvals VALUES (?,?,?,?,?)", [(i + 1, *r[1:]) for i, r in enumerate(apps)])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ golf club
def build_golfclub(path: Path) -> None:
    rng = random.Random(6903)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE vendors (VendorNo INTEGER PRIMARY KEY, VendorName TEXT, Category TEXT, TermsDays INTEGER);
    CREATE TABLE ap_invoice (inv_id INTEGER PRIMARY KEY, VendorNo INTEGER REFERENCES vendors(VendorNo), inv_ref TEXT,
                             doc_kind TEXT, issue_dt TEXT, due_dt TEXT, paid_dt TEXT, amt_gbp REAL, inv_status TEXT);
    CREATE TABLE fiscal_period (fp_id INTEGER PRIMARY KEY, fy TEXT, fq TEXT, fp_no INTEGER, fp_start TEXT, fp_end TEXT);
    """)
    vend = [("Fairway Turf Supplies", "Greenkeeping", 30, 9000), ("Greenside Irrigation", "Greenkeeping", 30, 6500),
            ("Bunker Sands Ltd", "Greenkeeping", 45, 2200), ("Mower World", "Greenkeeping", 30, 4800),
            ("Links Fine Foods", "Catering", 30, 2600), ("Clubhouse Drinks Co", "Catering", 30, 1900),
            ("Tee Time Bakery", "Catering", 14, 600), ("Highland Hydro Utilities", "Utilities", 14, 3100),
            ("Southern Water Services", "Utilities", 30, 1400), ("Birdie Software Ltd", "IT", 30, 2100),
            ("FairNet Broadband", "IT", 30, 450), ("Caddie Tech Support", "IT", 45, 900),
            ("Pro Golf Distribution", "Pro Shop", 60, 5200), ("Stroke Apparel", "Pro Shop", 60, 2400),
            ("Eagle Ball Co", "Pro Shop", 60, 1700), ("Clubhouse Builders", "Maintenance", 30, 7200),
            ("Par Plumbing", "Maintenance", 14, 800), ("Roughcut Electrical", "Maintenance", 30, 1100),
            ("Handicap Accountants LLP", "Professional Fees", 30, 3800), ("Mulligan & Co Solicitors", "Professional Fees", 30, 2900),
            ("Albatross Security", "Maintenance", 30, 1300), ("Green Jacket Laundry", "Catering", 30, 520)]
    db.executemany("INSERT INTO vendors VALUES (?,?,?,?)", [(i + 1, v[0], v[1], v[2]) for i, v in enumerate(vend)])
    per, k = [], 0
    for fy in (2024, 2025, 2026, 2027):
        for p in range(12):
            m = date(fy - 1, 4, 1)
            mm = (m.month - 1 + p) % 12 + 1
            yy = fy - 1 + (m.month - 1 + p) // 12
            a = date(yy, mm, 1)
            b = date(yy + (mm == 12), mm % 12 + 1, 1) - timedelta(days=1)
            k += 1
            per.append((k, f"FY{fy % 100}", f"Q{p // 3 + 1}", p + 1, a.isoformat(), b.isoformat()))
    db.executemany("INSERT INTO fiscal_period VALUES (?,?,?,?,?,?)", per)
    rows, n = [], 0
    today = date(2026, 11, 27)
    for vno, (nm, _cat, terms, size) in enumerate(vend, 1):
        lateness = {"Highland Hydro Utilities": 40, "Mulligan & Co Solicitors": 18}.get(nm, 0)
        count = rng.randrange(60, 150) if size < 3000 else rng.randrange(80, 170)
        # a vendor whose work stopped after FY24, and one that started in FY25
        lo, hi = START, END
        if nm == "Clubhouse Builders":
            hi = date(2024, 3, 31)
        if nm == "Roughcut Electrical":
            lo = date(2024, 4, 1)
        for _ in range(count):
            n += 1
            iss = day(rng, lo, hi)
            due = iss + timedelta(days=terms)
            crn = rng.random() < 0.08
            amt = round(size * math.exp(rng.gauss(0, 0.6)) * (-rng.uniform(0.05, 0.4) if crn else 1), 2)
            paid = iss + timedelta(days=max(1, int(rng.gauss(terms - 3 + lateness, 8 if not lateness else 12))))
            if rng.random() < 0.15:
                paid = due + timedelta(days=rng.randrange(1, 35))
            status = "cancelled" if rng.random() < 0.02 else "posted"
            if status == "cancelled" or paid > today or rng.random() < 0.01:
                paid = None
            if crn and paid is not None:
                paid = iss + timedelta(days=rng.randrange(1, 20))    # credit notes: the date they were applied
            rows.append((vno, f"{'CN' if crn else 'INV'}{iss:%y%m}-{n:05d}", "CRN" if crn else "INV", iss.isoformat(),
                         due.isoformat(), paid.isoformat() if paid else None, amt, status))
    rng.shuffle(rows)
    db.executemany("INSERT INTO ap_invoice VALUES (?,?,?,?,?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(rows)])
    db.commit()
    db.close()


BUILDERS = {"shipyard": build_shipyard, "zoo": build_zoo, "golfclub": build_golfclub}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
