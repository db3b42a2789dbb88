"""Held-out set heldout72: three SQLite databases of a retail merchandiser's world (a fashion chain's
weekly sales by store, a beauty retailer's weekly stock snapshots beside a department > class > SKU
hierarchy, an outdoor-gear retailer's price history and till lines) and hand-written conversations
over them, written before the engine was run on them (see README.md in this folder).

    python bench/heldout72/build.py [OUT_DIR]   # writes fashion.sqlite, beauty.sqlite, outdoor.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout72), checks every
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
from heldout_kit import build_all  # noqa: E402


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def season_of(d: date) -> str:
    """SS runs February-July, AW August-January (January belongs to the AW of the year before)."""
    if 2 <= d.month <= 7:
        return f"SS{d.year % 100:02d}"
    return f"AW{(d.year if d.month >= 8 else d.year - 1) % 100:02d}"


# ------------------------------------------------------------------------------------------ fashion
def build_fashion(path: Path) -> None:
    rng = random.Random(7201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dim_store (store_id INTEGER PRIMARY KEY, store_code TEXT, store_name TEXT, store_type TEXT,
                            region TEXT, opened_on TEXT, closed_on TEXT);
    CREATE TABLE dim_product (sku TEXT PRIMARY KEY, style_code TEXT, style_name TEXT, category TEXT, colour TEXT,
                              size TEXT, season TEXT, full_price REAL);
    CREATE TABLE cal_week (iso_week TEXT PRIMARY KEY, week_start TEXT, week_end TEXT, season TEXT);
    CREATE TABLE fct_sales_week (iso_week TEXT REFERENCES cal_week(iso_week),
                                 store_id INTEGER REFERENCES dim_store(store_id),
                                 sku TEXT REFERENCES dim_product(sku), units INTEGER, net_sales REAL, cost REAL);
    """)
    stores = [  # name, type, region, opened, closed, size factor, 2026 trend
        ("Regent Street", "flagship", "London", "2014-03-01", None, 2.2, 1.08),
        ("Manchester King Street", "flagship", "North", "2016-05-12", None, 1.6, 1.05),
        ("Edinburgh George Street", "flagship", "Scotland", "2018-09-20", None, 1.3, 1.03),
        ("Bath Milsom Street", "flagship", "South", "2019-04-04", None, 1.0, 1.06),
        ("Selfridges Oxford Street", "concession", "London", "2019-02-15", None, 1.1, 1.10),
        ("John Lewis Leeds", "concession", "North", "2020-08-01", None, 0.7, 0.97),
        ("Fenwick Newcastle", "concession", "North", "2021-03-19", None, 0.6, 1.02),
        ("House of Fraser Birmingham", "concession", "Midlands", "2017-10-10", "2026-03-28", 0.6, 0.80),
        ("Harvey Nichols Bristol", "concession", "South", "2025-06-02", None, 0.7, 1.0),
        ("Jenners Edinburgh", "concession", "Scotland", "2022-04-01", "2025-11-29", 0.5, 0.9),
        ("Bicester Village", "outlet", "South", "2016-06-01", None, 1.5, 1.09),
        ("Cheshire Oaks", "outlet", "North", "2017-07-14", None, 1.2, 1.04),
        ("Gretna Gateway", "outlet", "Scotland", "2019-05-24", None, 0.8, 0.72),
        ("Ashford Designer Outlet", "outlet", "South", "2018-11-02", None, 1.0, 1.01),
        ("Clarks Village", "outlet", None, "2025-09-15", None, 0.7, 1.0),
    ]
    db.executemany("INSERT INTO dim_store VALUES (?,?,?,?,?,?,?)",
                   [(i + 1, f"ST{i + 1:02d}", s[0], s[1], s[2], s[3], s[4]) for i, s in enumerate(stores)])
    styles = [  # code, name, category, season, price, popularity, colours
        ("KN01", "Merino Crew", "Knitwear", "CORE", 79, 1.4, ["Navy", "Oatmeal", "Black", "Forest Green"]),
        ("KN02", "Cable Knit Jumper", "Knitwear", "AW25", 99, 1.1, ["Ecru", "Navy", "Burgundy"]),
        ("KN03", "Lambswool Cardigan", "Knitwear", "AW26", 89, 1.0, ["Camel", "Grey Marl", "Navy"]),
        ("KN04", "Cotton Knit Polo", "Knitwear", "SS26", 65, 0.9, ["Ecru", "Navy"]),
        ("KN05", "Chunky Rollneck", "Knitwear", "AW25", 119, 0.7, ["Oatmeal", "Black"]),
        ("KN06", "Linen Blend Tank", "Knitwear", "SS25", 49, 0.5, ["Ecru", "Stone"]),
        ("DN01", "Slim Jean", "Denim", "CORE", 85, 1.5, ["Indigo", "Black", "Light Wash"]),
        ("DN02", "Straight Jean", "Denim", "CORE", 85, 1.2, ["Indigo", "Black", "Stone"]),
        ("DN03", "Denim Jacket", "Denim", "SS25", 110, 0.8, ["Light Wash", "Indigo"]),
        ("DN04", "Wide Leg Jean", "Denim", "SS26", 95, 1.0, ["Light Wash", "Ecru"]),
        ("OW01", "Wool Overcoat", "Outerwear", "AW25", 249, 0.6, ["Camel", "Navy", "Black"]),
        ("OW02", "Quilted Jacket", "Outerwear", "AW26", 159, 0.9, ["Forest Green", "Black", "Navy"]),
        ("OW03", "Trench Coat", "Outerwear", "SS26", 219, 0.6, ["Stone", "Black"]),
        ("OW04", "Hooded Parka", "Outerwear", "AW26", 199, 0.7, ["Forest Green", "Black"]),
        ("DR01", "Linen Midi Dress", "Dresses", "SS25", 119, 0.8, ["Ecru", "Red", "Navy"]),
        ("DR02", "Wrap Dress", "Dresses", "SS26", 109, 0.9, ["Red", "Black", "Forest Green"]),
        ("DR03", "Knitted Midi Dress", "Dresses", "AW26", 129, 0.7, ["Burgundy", "Black"]),
        ("DR04", "Tea Dress", "Dresses", "SS26", 95, 0.8, ["Navy", "Red"]),
        ("SH01", "Oxford Shirt", "Shirts", "CORE", 59, 1.3, ["White", "Blue", "Pink"]),
        ("SH02", "Linen Shirt", "Shirts", "SS26", 65, 1.0, ["White", "Stone", "Blue"]),
        ("SH03", "Brushed Flannel Shirt", "Shirts", "AW25", 69, 0.9, ["Red", "Forest Green"]),
        ("TS01", "Essential Tee", "T-Shirts", "CORE", 25, 2.0, ["White", "Black", "Navy", "Grey Marl"]),
        ("TS02", "Breton Stripe Tee", "T-Shirts", "SS25", 39, 1.0, ["Navy", "Red"]),
        ("TS03", "Heavyweight Graphic Tee", "T-Shirts", "SS26", 35, 1.1, ["Black", "White"]),
        ("KN07", "Shawl Collar Cardigan", "Knitwear", "AW24", 95, 0.8, ["Oatmeal", "Grey Marl"]),
        ("OW05", "Puffer Jacket", "Outerwear", "AW24", 179, 0.8, ["Black", "Navy"]),
        ("SH04", "Corduroy Shirt", "Shirts", "AW24", 69, 0.8, ["Camel", "Forest Green"]),
        ("DR05", "Velvet Slip Dress", "Dresses", "AW24", 115, 0.7, ["Burgundy", "Black"]),
        ("DN05", "Black Bootcut Jean", "Denim", "SS25", 89, 0.8, ["Black"]),
        ("SH05", "Seersucker Shirt", "Shirts", "SS25", 62, 0.8, ["Blue", "White"]),
    ]
    colour_pop = {"Navy": 1.5, "Black": 1.3, "Indigo": 1.4, "Oatmeal": 1.05, "Ecru": 0.9, "White": 1.3, "Camel": 1.0,
                  "Forest Green": 0.8, "Burgundy": 0.7, "Grey Marl": 0.9, "Light Wash": 1.1, "Stone": 0.75,
                  "Red": 0.8, "Blue": 1.0, "Pink": 0.6}
    letter = {"XS": 0.45, "S": 0.9, "M": 1.3, "L": 1.15, "XL": 0.6}
    waist = {"28": 0.5, "30": 1.0, "32": 1.3, "34": 1.05, "36": 0.55}
    products = []
    for code, name, cat, season, price, pop, colours in styles:
        sizes = waist if cat == "Denim" else letter
        for col in colours:
            for sz, sp in sizes.items():
                sku = f"{code}-{col[:3].upper()}{'' if ' ' not in col else col.split()[1][0]}-{sz}"
                products.append((sku, code, name, cat, col, sz, season, float(price), pop * colour_pop[col] * sp,
                                 rng.uniform(0.30, 0.42)))
    db.executemany("INSERT INTO dim_product VALUES (?,?,?,?,?,?,?,?)", [p[:8] for p in products])
    weeks = []
    d = date(2024, 12, 30)
    while d <= date(2026, 11, 16):
        weeks.append((iso_week(d), d.isoformat(), (d + timedelta(days=6)).isoformat(), season_of(d)))
        d += timedelta(days=7)
    db.executemany("INSERT INTO cal_week VALUES (?,?,?,?)", weeks)
    order = ["AW24", "SS25", "AW25", "SS26", "AW26"]
    season_end = {}
    for w in weeks:
        season_end[w[3]] = w[0]
    rows = []
    for wi, (wk, ws, _we, season) in enumerate(weeks):
        wsd = date.fromisoformat(ws)
        late = sum(1 for w in weeks[wi:] if w[3] == season) <= 6     # last six weeks of the season
        xmas = 1.8 if wsd.month == 12 and wsd.day >= 1 else 1.0
        for sid, (_sname, stype, _region, opened, closed, size, trend) in enumerate(stores, start=1):
            if wsd < date.fromisoformat(opened) - timedelta(days=3):
                continue
            if closed and wsd > date.fromisoformat(closed):
                continue
            yr = trend if wsd.year == 2026 else 1.0
            for sku, _code, _name, _cat, _col, _sz, pseason, price, pop, cr in products:
                if stype == "outlet":
                    if pseason == "CORE":
                        factor, p = 0.75, 0.16
                    elif pseason in order and 1 <= order.index(season) - order.index(pseason) <= 2:
                        factor, p = 0.55, 0.30
                    else:
                        continue
                else:
                    if pseason == "CORE":
                        factor = 1.0
                    elif pseason == season:
                        factor = 0.7 if late else 1.0
                    else:
                        continue
                    p = 0.28 if stype == "flagship" else 0.17
                prob = min(0.95, p * size * pop * yr * xmas * 0.55)
                if rng.random() >= prob:
                    continue
                units = 1 + int(rng.expovariate(1 / (1.6 * size * pop * yr)))
                net = round(units * price * factor * rng.uniform(0.97, 1.0), 2)
                rows.append((wk, sid, sku, units, net, round(units * price * cr, 2)))
    db.executemany("INSERT INTO fct_sales_week VALUES (?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ beauty
def build_beauty(path: Path) -> None:
    rng = random.Random(7202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE MERCH_DEPT (DEPT_CD TEXT PRIMARY KEY, DEPT_NM TEXT);
    CREATE TABLE MERCH_CLASS (CLASS_CD TEXT PRIMARY KEY, DEPT_CD TEXT REFERENCES MERCH_DEPT(DEPT_CD), CLASS_NM TEXT);
    CREATE TABLE MERCH_SKU (SKU_CD TEXT PRIMARY KEY, CLASS_CD TEXT REFERENCES MERCH_CLASS(CLASS_CD), SKU_DESC TEXT,
                            BRAND_NM TEXT, UNIT_COST REAL, RRP TEXT, STATUS TEXT, LAUNCH_DT TEXT);
    CREATE TABLE LOCATION (LOC_ID INTEGER PRIMARY KEY, LOC_NM TEXT, LOC_TYPE TEXT, REGION TEXT);
    CREATE TABLE STOCK_SNAP (SNAP_DT TEXT, LOC_ID INTEGER REFERENCES LOCATION(LOC_ID),
                             SKU_CD TEXT REFERENCES MERCH_SKU(SKU_CD), SOH_QTY INTEGER, ON_ORDER_QTY INTEGER);
    CREATE TABLE WKLY_SALES (WK_END_DT TEXT, LOC_ID INTEGER REFERENCES LOCATION(LOC_ID),
                             SKU_CD TEXT REFERENCES MERCH_SKU(SKU_CD), UNITS INTEGER, SALES_VAL REAL);
    """)
    depts = [("D10", "Skincare"), ("D20", "Makeup"), ("D30", "Fragrance"), ("D40", "Haircare"), ("D50", "Bath & Body")]
    classes = [("C101", "D10", "Moisturisers"), ("C102", "D10", "Serums"), ("C103", "D10", "Cleansers"),
               ("C201", "D20", "Lips"), ("C202", "D20", "Eyes"), ("C203", "D20", "Face"),
               ("C301", "D30", "Womens EDP"), ("C302", "D30", "Mens EDT"),
               ("C401", "D40", "Shampoo & Conditioner"), ("C402", "D40", "Styling"),
               ("C501", "D50", "Body Wash"), ("C502", "D50", "Hand & Body Cream")]
    db.executemany("INSERT INTO MERCH_DEPT VALUES (?,?)", depts)
    db.executemany("INSERT INTO MERCH_CLASS VALUES (?,?,?)", classes)
    brands = {"D10": ["Clarity Lab", "Verde", "Aurum Skin"], "D20": ["Pigment & Co", "Velvet Rouge", "Lumen"],
              "D30": ["Maison Orée", "Atelier Nord", "Solstice"], "D40": ["Strand", "Verde"],
              "D50": ["Meadow & Moss", "Verde"]}
    words = {"C101": ["Daily Hydrating Cream", "Rich Night Cream", "Gel Moisturiser", "SPF30 Day Cream"],
             "C102": ["Vitamin C Serum", "Hyaluronic Serum", "Retinol Serum", "Niacinamide Serum"],
             "C103": ["Foaming Cleanser", "Cleansing Balm", "Micellar Water"],
             "C201": ["Matte Lipstick Ruby", "Lip Gloss Clear", "Lip Liner Nude", "Tinted Balm Rose", "Lipstick Coral"],
             "C202": ["Volume Mascara", "Kohl Liner Black", "Eyeshadow Palette Dusk", "Brow Gel"],
             "C203": ["Foundation Light", "Foundation Medium", "Concealer", "Bronzer", "Setting Powder"],
             "C301": ["Rose Noir EDP 50ml", "Fig Leaf EDP 50ml", "Amber Musk EDP 100ml", "Neroli EDP 30ml"],
             "C302": ["Cedar EDT 100ml", "Vetiver EDT 50ml", "Sea Salt EDT 100ml"],
             "C401": ["Repair Shampoo", "Volume Conditioner", "Scalp Shampoo", "Curl Conditioner"],
             "C402": ["Texture Spray", "Hair Oil", "Heat Protect Mist"],
             "C501": ["Citrus Body Wash", "Oat Body Wash", "Lavender Bath Soak"],
             "C502": ["Shea Hand Cream", "Body Butter", "Hand Cream Gift Trio"]}
    price_band = {"D10": (14, 42), "D20": (9, 36), "D30": (38, 95), "D40": (8, 24), "D50": (6, 22)}
    skus, n = [], 0
    for ccd, dcd, _ in classes:
        for w in words[ccd]:
            n += 1
            rrp = round(rng.uniform(*price_band[dcd]) * 2) / 2
            status = "D" if rng.random() < 0.12 else "A"
            rate = rng.uniform(0.5, 3.0) * (1.6 if dcd in ("D20", "D40") else 1.0)
            skus.append((f"SK{10000 + n * 7}", ccd, w, rng.choice(brands[dcd]), round(rrp * rng.uniform(0.32, 0.48), 2),
                         f"£{rrp:.2f}", status, (date(2022, 1, 1) + timedelta(days=rng.randrange(1200))).isoformat(),
                         rate, dcd))
    # dead stock: still ranged, no sales for the last two months; a discontinued sell-out line
    dead = {skus[5][0], skus[17][0], skus[30][0], skus[44][0]}
    skus[9] = skus[9][:6] + ("D",) + skus[9][7:]
    db.executemany("INSERT INTO MERCH_SKU VALUES (?,?,?,?,?,?,?,?)", [s[:8] for s in skus])
    locs = [("Oxford Street", "flagship", "London", 2.4), ("Covent Garden", "flagship", "London", 1.8),
            ("Manchester Arndale", "flagship", "North", 1.5), ("Glasgow Buchanan St", "flagship", "Scotland", 1.2),
            ("Boots Concession Leeds", "concession", "North", 0.7), ("Debenhams Concession Cardiff", "concession", "Wales", 0.6),
            ("Bicester Village", "outlet", "South", 0.9), ("Cheshire Oaks", "outlet", "North", 0.8),
            ("York Designer Outlet", "outlet", "North", 0.6)]
    db.executemany("INSERT INTO LOCATION VALUES (?,?,?,?)", [(i + 1, *loc[:3]) for i, loc in enumerate(locs)])
    weeks = [date(2026, 5, 3) + timedelta(days=7 * k) for k in range(30)]   # Sundays, last 2026-11-22
    snaps, sales = [], []
    for lid, (_lname, ltype, _region, size) in enumerate(locs, start=1):
        for s in skus:
            sku, ccd, desc, brand, cost, rrp_t, status, launch, rate, dcd = s
            if ltype == "outlet" and rng.random() < 0.45:
                continue                        # not ranged at this outlet
            soh = rng.randrange(4, 30)
            on_order = 0
            price = float(rrp_t[1:]) * (0.7 if ltype == "outlet" else 1.0)
            for _k, wk in enumerate(weeks):
                demand = rate * size * (1.5 if wk.month in (11, 12) else 1.0)
                if sku in dead:
                    demand = 0 if wk > date(2026, 9, 20) else demand * 0.15
                if sku == skus[9][0] and ltype == "outlet":
                    demand *= 3
                units = min(max(soh, 0), int(rng.expovariate(1 / demand)) if demand else 0)
                if units:
                    sales.append((wk.isoformat(), lid, sku, units, round(units * price * rng.uniform(0.9, 1.0), 2)))
                soh -= units
                if on_order and rng.random() < 0.6:
                    soh += on_order
                    on_order = 0
                if s[6] == "A" and soh < 3 * demand and not on_order and sku not in dead:
                    on_order = int(6 * demand) + 6
                shown = soh - rng.choice([1, 2, 3]) if rng.random() < 0.05 and soh < 3 else soh   # phantom negatives
                snaps.append((wk.isoformat(), lid, sku, shown,
                              None if not on_order and rng.random() < 0.5 else on_order))
    db.executemany("INSERT INTO STOCK_SNAP VALUES (?,?,?,?,?)", snaps)
    db.executemany("INSERT INTO WKLY_SALES VALUES (?,?,?,?,?)", sales)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ outdoor
def build_outdoor(path: Path) -> None:
    rng = random.Random(7203)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Products (ProductID INTEGER PRIMARY KEY, ProductName TEXT, Dept TEXT, Brand TEXT, Colour TEXT,
                           Gender TEXT, UnitCost REAL);
    CREATE TABLE price_history (product_id INTEGER REFERENCES Products(ProductID), price REAL, valid_from TEXT,
                                valid_to TEXT, is_markdown INTEGER);
    CREATE TABLE stores (store_no INTEGER PRIMARY KEY, store_name TEXT, fascia_type TEXT, city TEXT);
    CREATE TABLE SalesLines (LineId INTEGER PRIMARY KEY, SaleDate TEXT, StoreNo INTEGER REFERENCES stores(store_no),
                             ProductID INTEGER REFERENCES Products(ProductID), Units INTEGER, NetAmount REAL,
                             CostAmount REAL);
    """)
    catalogue = {
        "Footwear": [("Trailblazer GTX Boot", 160), ("Ridge Runner Trail Shoe", 120), ("Canyon Sandal", 55),
                     ("Alpine Approach Shoe", 135), ("Kids Puddle Welly", 30), ("Summit Mountaineering Boot", 240)],
        "Jackets": [("Summit Pro Shell Jacket", 280), ("Fellside Down Jacket", 210), ("Breeze Windshirt", 85),
                    ("Storm Lite Waterproof", 140), ("Fleece Midlayer", 65), ("Insulated Parka", 260)],
        "Camping": [("Trekker 2 Tent", 320), ("Basecamp 4 Tent", 480), ("Three Season Sleeping Bag", 150),
                    ("Self-Inflating Mat", 70), ("Titanium Pot Set", 55), ("Camp Chair", 45)],
        "Packs": [("Daypack 22L", 70), ("Trek 45L Rucksack", 150), ("Expedition 65L Pack", 220),
                  ("Hydration Vest 10L", 95)],
        "Accessories": [("Merino Beanie", 25), ("Sun Hat", 28), ("Trekking Poles", 85), ("Head Torch 400", 45),
                        ("Hiking Socks 2-pack", 22), ("Insulated Flask", 32)],
    }
    colours = ["Black", "Navy", "Forest", "Orange", "Grey", "Red", "Olive"]
    brands = ["Northpeak", "Cairn", "Fjellmark", "Ascent Co"]
    prods, pid = [], 0
    for dept, items in catalogue.items():
        for name, price in items:
            for variant in range(rng.choice([1, 2])):
                pid += 1
                col = colours[(pid * 3 + variant) % len(colours)]
                full = f"{name} - {col}"
                prods.append((pid, full, dept, rng.choice(brands), col, rng.choice(["Mens", "Womens", "Unisex"]),
                              round(price * rng.uniform(0.38, 0.5), 2), float(price)))
    db.executemany("INSERT INTO Products VALUES (?,?,?,?,?,?,?)", [p[:7] for p in prods])
    start, end = date(2025, 1, 1), date(2026, 11, 26)
    hist = {}
    ph_rows = []
    for p in prods:
        pid, full_price = p[0], p[7]
        segs = [(date(2025, 1, 1), full_price, 0)]
        if rng.random() < 0.3:          # a full-price increase
            segs.append((date(2025, 1, 1) + timedelta(days=rng.randrange(120, 400)), round(full_price * 1.08), 0))
            full_price = round(full_price * 1.08)
        if rng.random() < 0.5:          # a markdown, sometimes a second, deeper one
            md = segs[-1][0] + timedelta(days=rng.randrange(60, 500))
            if md < end:
                segs.append((md, round(full_price * rng.choice([0.8, 0.75, 0.7]), 2), 1))
                if rng.random() < 0.4 and md + timedelta(days=60) < end:
                    segs.append((md + timedelta(days=rng.randrange(30, 60)), round(full_price * 0.5, 2), 1))
                elif rng.random() < 0.3 and md + timedelta(days=50) < end:   # promo ended: back to full price
                    segs.append((md + timedelta(days=rng.randrange(21, 45)), full_price, 0))
        segs.sort()
        for i, (f, pr, m) in enumerate(segs):
            to = segs[i + 1][0] - timedelta(days=1) if i + 1 < len(segs) else None
            ph_rows.append((pid, pr, f.isoformat(), to.isoformat() if to else None, m))
        hist[pid] = segs
    # the shell jacket: three prices, the last a markdown in September 2026
    sj = next(p[0] for p in prods if p[1].startswith("Summit Pro Shell"))
    ph_rows = [r for r in ph_rows if r[0] != sj]
    hist[sj] = [(date(2025, 1, 1), 280.0, 0), (date(2025, 9, 1), 300.0, 0), (date(2026, 9, 14), 225.0, 1)]
    ph_rows += [(sj, 280.0, "2025-01-01", "2025-08-31", 0), (sj, 300.0, "2025-09-01", "2026-09-13", 0),
                (sj, 225.0, "2026-09-14", None, 1)]
    fl = next(p[0] for p in prods if p[1].startswith("Insulated Parka"))    # a fresh markdown in October 2026
    if hist[fl][-1][2] == 0 and hist[fl][-1][0] < date(2026, 10, 5):
        last = hist[fl][-1]
        hist[fl].append((date(2026, 10, 5), round(last[1] * 0.7, 2), 1))
        ph_rows = [r if not (r[0] == fl and r[3] is None) else (*r[:3], "2026-10-04", r[4]) for r in ph_rows]
        ph_rows.append((fl, round(last[1] * 0.7, 2), "2026-10-05", None, 1))
    ph_rows.sort(key=lambda r: (r[0], r[2]))
    db.executemany("INSERT INTO price_history VALUES (?,?,?,?,?)", ph_rows)
    stores = [("Covent Garden", "flagship", "London", 2.0), ("Keswick", "flagship", "Keswick", 1.6),
              ("Aviemore", "flagship", "Aviemore", 1.1), ("Snow+Rock Concession Manchester", "concession", "Manchester", 0.6),
              ("Ambleside", "concession", "Ambleside", 0.7), ("Cheshire Oaks Outlet", "outlet", "Ellesmere Port", 1.0),
              ("Bicester Outlet", "outlet", "Bicester", 1.2), ("Gretna Outlet", "outlet", "Gretna", 0.7)]
    db.executemany("INSERT INTO stores VALUES (?,?,?,?)", [(i + 1, *s[:3]) for i, s in enumerate(stores)])
    summer = {"Canyon Sandal", "Sun Hat", "Breeze Windshirt", "Hydration Vest 10L"}
    winter = {"Insulated Parka", "Fellside Down Jacket", "Merino Beanie", "Summit Mountaineering Boot"}
    pop = {p[0]: rng.uniform(0.3, 1.6) for p in prods}
    late_launch = {p[0] for p in prods if p[1] in ('Head Torch 400 - Forest', 'Trek 45L Rucksack - Grey')}  # Nov 2026
    lines, lid = [], 0
    d = start
    while d <= end:
        for sno, (_sname, ftype, _city, size) in enumerate(stores, start=1):
            for p in prods:
                pid, full, dept = p[0], p[1], p[2]
                base = full.split(" - ")[0]
                if pid in late_launch and d < date(2026, 11, 2):
                    continue
                seas = 1.0
                if base in summer:
                    seas = 2.0 if d.month in (5, 6, 7, 8) else 0.0 if d.month in (10, 11, 12, 1, 2) else 0.5
                if base in winter:
                    seas = 2.0 if d.month in (11, 12, 1, 2) else 0.3
                seg = max(s for s in hist[pid] if s[0] <= d)
                lift = 1.8 if seg[2] else 1.0
                if ftype == "outlet":
                    lift *= 2.2 if seg[2] else 0.35
                if rng.random() >= 0.03 * size * pop[pid] * seas * lift:
                    continue
                units = rng.choices([1, 2, 3], [8, 2, 1])[0]
                lid += 1
                lines.append((lid, d.isoformat(), sno, pid, units, round(units * seg[1], 2), round(units * p[6], 2)))
                if rng.random() < (0.09 if dept in ("Footwear", "Jackets") else 0.04):    # a later return
                    rd = d + timedelta(days=rng.randrange(2, 28))
                    if rd <= end:
                        rseg = max(s for s in hist[pid] if s[0] <= rd)
                        lid += 1
                        lines.append((lid, rd.isoformat(), sno, pid, -1, -round(min(seg[1], rseg[1]), 2),
                                      -round(p[6], 2)))
        d += timedelta(days=1)
    lines.sort(key=lambda r: (r[1], r[0]))
    lines = [(i + 1, *r[1:]) for i, r in enumerate(lines)]
    db.executemany("INSERT INTO SalesLines VALUES (?,?,?,?,?,?,?)", lines)
    db.commit()
    db.close()


BUILDERS = {"fashion": build_fashion, "beauty": build_beauty, "outdoor": build_outdoor}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
