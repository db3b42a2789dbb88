"""Held-out evaluation heldout21: three SQLite databases of new designs (a garden-centre webshop in
snake_case, a translation agency in PascalCase, an industrial parts wholesaler with terse legacy
abbreviations) and hand-written analyst conversations over them (conversations.py), written before
the engine was run on them (see README.md in this folder).

    python bench/heldout21/build.py [OUT_DIR]   # writes garden.sqlite, agency.sqlite, parts.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout21), checks every
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

FIRST = ("Abel Bianca Cyrus Dalia Emeka Freya Goran Hana Ivo Jade Kofi Lena Marek Nadia Orla Pavel "
         "Rhea Santi Thea Ugo Vera Wim Xenia Yusuf Zita").split()
LAST = ("Almeida Brandt Castillo Doyle Eriksen Ferreira Grant Hayes Iqbal Jovanovic Keller Lindgren "
        "Moreau Nakamura Olsen Petrov Quist Reyes Sato Thorne").split()


def r2(x: float) -> float:
    return round(x, 2)


# ------------------------------------------------------------------------------------------ garden
def build_garden(path: Path) -> None:
    rng = random.Random(2101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT, region TEXT, loyalty_tier TEXT,
                            signup_date TEXT);
    CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name TEXT, category TEXT, list_price REAL,
                           unit_cost REAL);
    CREATE TABLE order_status (status_code TEXT PRIMARY KEY, status_name TEXT, is_final INTEGER);
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                         ordered_at TEXT, shipped_at TEXT, delivered_at TEXT, cancelled_at TEXT,
                         status_code TEXT REFERENCES order_status(status_code), payment_type TEXT,
                         subtotal REAL, discount_amount REAL, tax_amount REAL, shipping_fee REAL, order_total REAL);
    CREATE TABLE order_items (order_id INTEGER REFERENCES orders(order_id),
                              product_id INTEGER REFERENCES products(product_id), quantity INTEGER,
                              list_price REAL, net_price REAL, PRIMARY KEY (order_id, product_id));
    CREATE TABLE returns (return_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id),
                          returned_on TEXT, refund_amount REAL, reason TEXT);
    """)
    db.executemany("INSERT INTO order_status VALUES (?,?,?)",
                   [("PLC", "Placed", 0), ("SHP", "Shipped", 0), ("DLV", "Delivered", 1), ("CNL", "Cancelled", 1)])
    regions = ["North", "Midlands", "South", "Wales", "Scotland"]
    custs = []
    for c in range(1, 301):
        custs.append((c, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(regions, [5, 4, 7, 2, 3])[0],
                      rng.choices(["bronze", "silver", "gold"], [6, 3, 1])[0],
                      day(rng, date(2019, 1, 1), date(2024, 6, 30)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", custs)
    prods = [("Rose 'Peace' bare root", "Plants", 14.99), ("Lavender Hidcote 2L", "Plants", 8.49),
             ("Japanese Maple 5L", "Plants", 49.0), ("Olive Tree 80cm", "Plants", 89.0),
             ("Hosta Mix x3", "Plants", 12.5), ("Clematis Montana", "Plants", 17.99), ("Box Ball 30cm", "Plants", 24.0),
             ("Tomato Seeds Gardener's Delight", "Seeds", 2.49), ("Wildflower Meadow Mix 100g", "Seeds", 9.99),
             ("Sweet Pea Seeds", "Seeds", 2.99), ("Lawn Seed 1kg", "Seeds", 11.49), ("Basil Seeds", "Seeds", 1.99),
             ("Peat-free Compost 50L", "Soil & Feed", 7.99), ("Tomato Feed 1L", "Soil & Feed", 5.49),
             ("Bark Mulch 70L", "Soil & Feed", 8.99), ("Lawn Feed & Weed 4kg", "Soil & Feed", 16.99),
             ("Stainless Spade", "Tools", 34.99), ("Bypass Secateurs", "Tools", 21.5), ("Hose Reel 30m", "Tools", 44.0),
             ("Cordless Hedge Trimmer", "Tools", 129.0), ("Garden Fork", "Tools", 29.99), ("Kneeler Pad", "Tools", 6.99),
             ("Terracotta Pot 40cm", "Pots", 19.99), ("Glazed Pot Blue 30cm", "Pots", 27.5),
             ("Window Box 60cm", "Pots", 12.99), ("Raised Bed Kit", "Pots", 74.99),
             ("Bird Feeder Station", "Wildlife", 32.0), ("Hedgehog House", "Wildlife", 38.5),
             ("Bee Hotel", "Wildlife", 15.99), ("Fat Balls x50", "Wildlife", 13.49),
             ("Rattan Bistro Set", "Furniture", 249.0), ("Hardwood Bench", "Furniture", 189.0),
             ("Parasol 2.7m", "Furniture", 79.0), ("Solar Festoon Lights", "Furniture", 24.99)]
    db.executemany("INSERT INTO products VALUES (?,?,?,?,?)",
                   [(i + 1, n, c, p, r2(p * rng.uniform(0.38, 0.62))) for i, (n, c, p) in enumerate(prods)])
    orders, items, rets = [], [], []
    for oid in range(1, 1601):
        cust = rng.randrange(1, 301)
        od = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        if od.month in (4, 5, 6) and rng.random() < 0.3:
            od = day(rng, date(od.year, 4, 1), date(od.year, 6, 30))
        sub = disc = 0.0
        for pid in rng.sample(range(1, len(prods) + 1), rng.choices([1, 2, 3, 4], [5, 4, 2, 1])[0]):
            q = rng.choices([1, 2, 3, 5], [10, 5, 2, 1])[0]
            lp = prods[pid - 1][2]
            net = r2(lp * rng.choice([1, 1, 1, 0.9, 0.85, 0.75]))
            items.append((oid, pid, q, lp, net))
            sub += q * net
            disc += q * (lp - net)
        sub, disc = r2(sub), r2(disc)
        tax = r2(sub * 0.2)
        ship = 0.0 if sub >= 60 else rng.choice([3.95, 4.95, 6.95])
        total = r2(sub + tax + ship)
        pay = rng.choices(["card", "paypal", "gift_card", "klarna"], [8, 4, 1, 2])[0]
        shp = dlv = cnl = None
        if rng.random() < 0.07:
            status, cnl = "CNL", (od + timedelta(days=rng.randrange(0, 3))).isoformat()
        else:
            s = od + timedelta(days=rng.choices([0, 1, 2, 3, 5, 8], [2, 5, 4, 2, 1, 1])[0])
            d = s + timedelta(days=rng.choices([1, 2, 3, 4, 6], [3, 5, 3, 1, 1])[0])
            if s > date(2024, 12, 31):
                status = "PLC"
            elif d > date(2024, 12, 31):
                status, shp = "SHP", s.isoformat()
            else:
                status, shp, dlv = "DLV", s.isoformat(), d.isoformat()
                if rng.random() < 0.08:
                    rets.append((len(rets) + 1, oid, (d + timedelta(days=rng.randrange(2, 25))).isoformat(),
                                 r2(sub * rng.choice([1, 1, 0.5, 0.3])),
                                 rng.choice(["damaged", "not as described", "changed mind", "late delivery",
                                             "plant dead on arrival"])))
        orders.append((oid, cust, od.isoformat(), shp, dlv, cnl, status, pay, sub, disc, tax, ship, total))
    db.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO order_items VALUES (?,?,?,?,?)", items)
    db.executemany("INSERT INTO returns VALUES (?,?,?,?,?)", rets)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ agency
def build_agency(path: Path) -> None:
    rng = random.Random(2202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Clients (ClientId INTEGER PRIMARY KEY, ClientName TEXT, Country TEXT, Industry TEXT,
                          AccountSince TEXT);
    CREATE TABLE Translators (TranslatorId INTEGER PRIMARY KEY, FullName TEXT, NativeLanguage TEXT,
                              BaseRate REAL, IsFreelance INTEGER, JoinedOn TEXT);
    CREATE TABLE ProjectStatus (StatusCode TEXT PRIMARY KEY, StatusName TEXT, IsClosed INTEGER);
    CREATE TABLE Projects (ProjectId INTEGER PRIMARY KEY, ClientId INTEGER REFERENCES Clients(ClientId),
                           ProjectType TEXT, SourceLanguage TEXT, WordCount INTEGER, RequestedDate TEXT,
                           DueDate TEXT, DeliveredDate TEXT, CancelledDate TEXT,
                           StatusCode TEXT REFERENCES ProjectStatus(StatusCode), QuotedAmount REAL,
                           DiscountAmount REAL, RushFee REAL, VatAmount REAL, InvoiceTotal REAL, QualityScore REAL);
    CREATE TABLE ProjectAssignments (ProjectId INTEGER REFERENCES Projects(ProjectId),
                                     TranslatorId INTEGER REFERENCES Translators(TranslatorId), TargetLanguage TEXT,
                                     WordsAssigned INTEGER, WordRate REAL, PRIMARY KEY (ProjectId, TranslatorId));
    """)
    db.executemany("INSERT INTO ProjectStatus VALUES (?,?,?)",
                   [("NEW", "Quoted", 0), ("WIP", "In progress", 0), ("DLV", "Delivered", 1),
                    ("CXL", "Cancelled", 1)])
    industries = ["Legal", "Pharma", "Retail", "Software", "Manufacturing", "Public Sector"]
    countries = ["Germany", "France", "Netherlands", "United Kingdom", "Spain", "Sweden", "United States"]
    clients = []
    stems = ("Arden Bluefin Corvus Delmar Eastwick Fjord Gallant Helix Iris Juniper Kestrel Lumen Meridian "
             "Northgate Orbis Pinnacle Quarry Rowan Solace Tessera Umbra Vantage Wexford Yarrow Zenith "
             "Alder Beacon Cobalt Drift Ember").split()
    sfx = {"Legal": "LLP", "Pharma": "Pharma", "Retail": "Stores", "Software": "Systems",
           "Manufacturing": "Industries", "Public Sector": "Council"}
    for i, s in enumerate(stems):
        ind = rng.choice(industries)
        clients.append((i + 1, f"{s} {sfx[ind]}", rng.choices(countries, [6, 4, 3, 4, 2, 2, 3])[0], ind,
                        day(rng, date(2016, 1, 1), date(2023, 6, 30)).isoformat()))
    db.executemany("INSERT INTO Clients VALUES (?,?,?,?,?)", clients)
    langs = ["English", "German", "French", "Spanish", "Dutch", "Swedish", "Italian", "Polish", "Japanese"]
    trans = []
    for t in range(1, 43):
        trans.append((t, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(langs, [6, 5, 5, 5, 3, 2, 3, 2, 2])[0],
                      r2(rng.uniform(0.07, 0.16)), int(rng.random() < 0.65),
                      day(rng, date(2014, 1, 1), date(2023, 12, 31)).isoformat()))
    db.executemany("INSERT INTO Translators VALUES (?,?,?,?,?,?)", trans)
    by_lang = {lg: [t for t in trans if t[2] == lg] for lg in langs}
    projects, assigns = [], []
    for pid in range(1, 901):
        cl = rng.randrange(1, len(clients) + 1)
        ptype = rng.choices(["Legal", "Medical", "Marketing", "Technical", "Website"], [3, 2, 4, 4, 3])[0]
        src = rng.choices(["English", "German", "French"], [7, 2, 1])[0]
        wc = rng.choice([800, 1500, 2500, 4000, 6000, 9000, 15000]) + rng.randrange(0, 700)
        req = day(rng, date(2023, 1, 2), date(2024, 12, 20))
        due = req + timedelta(days=rng.choice([3, 5, 7, 10, 14, 21]))
        rush = (due - req).days <= 5
        targets = rng.sample([lg for lg in langs if lg != src and by_lang[lg]], rng.choices([1, 2, 3], [6, 3, 1])[0])
        cost_q = 0.0
        for tg in targets:
            tr = rng.choice(by_lang[tg])
            rate = r2(tr[3] * rng.uniform(0.95, 1.15))
            assigns.append((pid, tr[0], tg, wc, rate))
            cost_q += wc * rate
        quoted = r2(cost_q * rng.uniform(1.5, 1.9))
        discount = r2(quoted * rng.choice([0, 0, 0, 0.05, 0.1])) if wc > 5000 else 0.0
        rushfee = r2(quoted * 0.25) if rush else 0.0
        vat = r2((quoted - discount + rushfee) * 0.2)
        total = r2(quoted - discount + rushfee + vat)
        dlv = cxl = None
        score = None
        if rng.random() < 0.08:
            status, cxl = "CXL", (req + timedelta(days=rng.randrange(1, 4))).isoformat()
            total = 0.0
            vat = 0.0
        else:
            d = due + timedelta(days=rng.choices([-3, -1, 0, 1, 2, 5], [3, 4, 6, 2, 1, 1])[0])
            d = max(d, req + timedelta(days=1))
            if d > date(2024, 12, 31):
                status = "WIP" if req < date(2024, 12, 15) else "NEW"
            else:
                status, dlv = "DLV", d.isoformat()
                score = round(rng.uniform(6.0, 10.0) - (0.8 if d > due else 0), 1)
        projects.append((pid, cl, ptype, src, wc, req.isoformat(), due.isoformat(), dlv, cxl, status, quoted,
                         discount, rushfee, vat, total, score))
    db.executemany("INSERT INTO Projects VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", projects)
    db.executemany("INSERT INTO ProjectAssignments VALUES (?,?,?,?,?)", assigns)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ parts
def build_parts(path: Path) -> None:
    rng = random.Random(2303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE CD_LKP (CD_TYP TEXT, CD_VAL TEXT, CD_DESC TEXT, PRIMARY KEY (CD_TYP, CD_VAL));
    CREATE TABLE CUST_MST (CUST_NO INTEGER PRIMARY KEY, CUST_NM TEXT, RGN_CD TEXT, CUST_TYP_CD TEXT,
                           CR_LMT REAL, OPEN_DT TEXT);
    CREATE TABLE PART_MST (PART_NO TEXT PRIMARY KEY, PART_DESC TEXT, PROD_GRP TEXT, LIST_PRC REAL, STD_CST REAL,
                           WT_KG REAL);
    CREATE TABLE ORD_HDR (ORD_NO INTEGER PRIMARY KEY, CUST_NO INTEGER REFERENCES CUST_MST(CUST_NO), ORD_DT TEXT,
                          PROM_DT TEXT, SHP_DT TEXT, DLV_DT TEXT, CNCL_DT TEXT, STAT_CD TEXT, GRS_AMT REAL,
                          DISC_AMT REAL, NET_AMT REAL, TAX_AMT REAL, FRT_AMT REAL, TOT_AMT REAL);
    CREATE TABLE ORD_DTL (ORD_NO INTEGER REFERENCES ORD_HDR(ORD_NO), LN_NO INTEGER,
                          PART_NO TEXT REFERENCES PART_MST(PART_NO), ORD_QTY INTEGER, UNIT_PRC REAL,
                          PRIMARY KEY (ORD_NO, LN_NO));
    CREATE TABLE RTN_HDR (RTN_NO INTEGER PRIMARY KEY, ORD_NO INTEGER REFERENCES ORD_HDR(ORD_NO), RTN_DT TEXT,
                          RSN_CD TEXT, CR_AMT REAL);
    """)
    lkp = [("RGN", "NE", "North East"), ("RGN", "NW", "North West"), ("RGN", "MID", "Midlands"),
           ("RGN", "SE", "South East"), ("RGN", "SW", "South West"),
           ("STAT", "O", "Open"), ("STAT", "S", "Shipped"), ("STAT", "D", "Delivered"), ("STAT", "X", "Cancelled"),
           ("CTYP", "OEM", "Original equipment manufacturer"), ("CTYP", "DST", "Distributor"),
           ("CTYP", "MRO", "Maintenance and repair"),
           ("RSN", "DMG", "Damaged in transit"), ("RSN", "WRG", "Wrong part shipped"), ("RSN", "DEF", "Defective"),
           ("RSN", "OVR", "Over-ordered")]
    db.executemany("INSERT INTO CD_LKP VALUES (?,?,?)", lkp)
    rg = ["NE", "NW", "MID", "SE", "SW"]
    words = ("Acme Brightwell Calder Dunmore Ellison Forge Granite Harland Ironside Jarrow Kelso Lomond Mersey "
             "Norcross Ogden Pennine Quayside Ribble Severn Tamar Usk Wensley Wyre Yeovil").split()
    ends = ["Engineering", "Hydraulics", "Plant Hire", "Fabrication", "Motors", "Maintenance", "Supplies"]
    custs = []
    for c in range(1, 121):
        custs.append((5000 + c, f"{rng.choice(words)} {rng.choice(ends)} Ltd", rng.choices(rg, [3, 4, 5, 4, 2])[0],
                      rng.choices(["OEM", "DST", "MRO"], [3, 2, 5])[0], float(rng.choice([5000, 10000, 25000, 50000])),
                      day(rng, date(2008, 1, 1), date(2023, 12, 31)).isoformat()))
    db.executemany("INSERT INTO CUST_MST VALUES (?,?,?,?,?,?)", custs)
    groups = {"BRG": ["Ball bearing 6204", "Taper roller bearing 30205", "Pillow block UCP205", "Needle bearing HK2016",
                      "Thrust bearing 51105"],
              "SEAL": ["O-ring kit metric", "Oil seal 35x52x7", "Hydraulic rod seal 40mm", "Gasket set DN50"],
              "HYD": ["Gear pump 8cc", "Hydraulic hose 1/2in 1m", "Directional valve 4/3", "Pressure gauge 0-250bar",
                      "Quick coupler 3/8in"],
              "ELEC": ["Proximity sensor M18", "Contactor 3-pole 25A", "Motor starter 4kW", "Limit switch roller",
                       "Relay 24VDC"],
              "PTX": ["V-belt SPZ 1250", "Timing pulley HTD5M", "Roller chain 08B 5m", "Flexible coupling L100",
                      "Gearbox 20:1"]}
    parts = []
    for g, names in groups.items():
        for i, n in enumerate(names):
            lp = r2(rng.uniform(4, 60) * (6 if n in ("Gear pump 8cc", "Gearbox 20:1", "Motor starter 4kW") else 1))
            parts.append((f"{g}-{100 + i * 7}", n, g, lp, r2(lp * rng.uniform(0.45, 0.7)), round(rng.uniform(0.05, 9), 2)))
    db.executemany("INSERT INTO PART_MST VALUES (?,?,?,?,?,?)", parts)
    hdr, dtl, rtn = [], [], []
    for o in range(1, 1401):
        ono = 700000 + o
        cust = custs[rng.randrange(len(custs))]
        od = day(rng, date(2023, 1, 2), date(2024, 12, 31))
        prom = od + timedelta(days=rng.choice([2, 3, 5, 7]))
        grs = 0.0
        for ln, p in enumerate(rng.sample(parts, rng.choices([1, 2, 3, 4, 5], [4, 4, 3, 2, 1])[0])):
            q = rng.choice([1, 2, 4, 5, 10, 20, 50])
            pr = r2(p[3] * rng.choice([1, 1, 0.97, 0.95]))
            dtl.append((ono, ln + 1, p[0], q, pr))
            grs += q * pr
        grs = r2(grs)
        disc = r2(grs * (0.08 if cust[3] == "DST" else 0.03 if grs > 1000 else 0))
        net = r2(grs - disc)
        tax = r2(net * 0.2)
        frt = 0.0 if net > 500 else rng.choice([12.5, 18.0, 25.0])
        tot = r2(net + tax + frt)
        shp = dlv = cncl = None
        if rng.random() < 0.06:
            st, cncl = "X", (od + timedelta(days=rng.randrange(0, 4))).isoformat()
        else:
            s = prom + timedelta(days=rng.choices([-2, -1, 0, 1, 3, 6], [3, 4, 6, 2, 1, 1])[0])
            s = max(s, od)
            d = s + timedelta(days=rng.choice([1, 1, 2, 3]))
            if s > date(2024, 12, 31):
                st = "O"
            elif d > date(2024, 12, 31):
                st, shp = "S", s.isoformat()
            else:
                st, shp, dlv = "D", s.isoformat(), d.isoformat()
                if rng.random() < 0.07:
                    rtn.append((len(rtn) + 9001, ono, (d + timedelta(days=rng.randrange(1, 30))).isoformat(),
                                rng.choice(["DMG", "WRG", "DEF", "DEF", "OVR"]), r2(net * rng.choice([0.1, 0.25, 0.5, 1]))))
        hdr.append((ono, cust[0], od.isoformat(), prom.isoformat(), shp, dlv, cncl, st, grs, disc, net, tax, frt, tot))
    db.executemany("INSERT INTO ORD_HDR VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", hdr)
    db.executemany("INSERT INTO ORD_DTL VALUES (?,?,?,?,?)", dtl)
    db.executemany("INSERT INTO RTN_HDR VALUES (?,?,?,?,?)", rtn)
    db.commit()
    db.close()


BUILDERS = {"garden": build_garden, "agency": build_agency, "parts": build_parts}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
