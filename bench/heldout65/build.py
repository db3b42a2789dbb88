"""Held-out set heldout65: three SQLite databases of a B2B wholesaler's sales side (a plumbing and
heating merchant's star schema, a packaging distributor's reps with a wide table of monthly
targets, a PPE distributor's quotes with their status history) and the conversations a regional
sales manager types over them, written before the engine was run on them (see README.md).

    python bench/heldout65/build.py [OUT_DIR]   # writes plumbing.sqlite, packaging.sqlite, ppe_quotes.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout65), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run. The data runs to
2026-11-26 (the day before the set was written): "this qtr" is 2026 Q4, "last year" is 2025.
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

LAST_DAY = date(2026, 11, 26)
FIRST = ("Aidan Bethany Callum Dawn Ewan Fiona Gareth Hannah Imran Jodie Kieran Leanne Marcus Niamh Owen Paige "
         "Rhys Sana Toby Vicky Warren Yasmin Zoe Declan Megan").split()
LAST = ("Ashworth Bradley Carr Doyle Ellis Fairbairn Gill Hussain Irving Jarvis Kaur Lockwood Mellor Nash "
        "O'Brien Pickering Quayle Rowley Shaw Thornton Umpleby Walsh").split()
TOWNS = ("Leeds Bradford Wakefield Harrogate Preston Bolton Wigan Durham Sunderland Hull Derby Leicester Nottingham "
         "Coventry Stoke Walsall Reading Slough Guildford Brighton Southampton Swindon Bristol Exeter").split()
TRADES = ["Plumbing & Heating", "Heating Services", "Bathrooms", "Building Services", "Property Maintenance",
          "Mechanical Ltd", "Gas Services", "Renovations"]


def weekdays(start: date, end: date):
    d = start
    while d <= end:
        if d.weekday() < 5:
            yield d
        d += timedelta(days=1)


# ------------------------------------------------------------------------------------------ plumbing (star)
def build_plumbing(path: Path) -> None:
    rng = random.Random(6501)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, cal_dt TEXT, yr INTEGER, qtr INTEGER, mth INTEGER,
                           mth_nm TEXT, day_nm TEXT, is_wkend INTEGER);
    CREATE TABLE dim_product (prod_key INTEGER PRIMARY KEY, sku TEXT, prod_desc TEXT, prod_line TEXT, brand TEXT,
                              list_price REAL, disc_flag TEXT);
    CREATE TABLE dim_rep (rep_key INTEGER PRIMARY KEY, rep_nm TEXT, terr_cd TEXT, terr_nm TEXT, region TEXT,
                          hire_dt TEXT, active_yn TEXT);
    CREATE TABLE fact_sales (line_id INTEGER PRIMARY KEY, order_no TEXT, date_key INTEGER REFERENCES dim_date(date_key),
                             prod_key INTEGER REFERENCES dim_product(prod_key), rep_key INTEGER REFERENCES dim_rep(rep_key),
                             acct_no TEXT, acct_nm TEXT, qty INTEGER, net_amt REAL, cost_amt REAL, line_status TEXT);
    """)
    d = date(2024, 1, 1)
    dates = []
    while d <= date(2026, 12, 31):
        dates.append((int(d.strftime("%Y%m%d")), d.isoformat(), d.year, (d.month - 1) // 3 + 1, d.month,
                      d.strftime("%B"), d.strftime("%A"), int(d.weekday() >= 5)))
        d += timedelta(days=1)
    db.executemany("INSERT INTO dim_date VALUES (?,?,?,?,?,?,?,?)", dates)

    lines = {  # line: (brands, (price lo, hi), cost ratio)
        "Boilers": (["Worcester", "Vaillant", "Ideal", "Baxi"], (780, 2400), 0.79),
        "Radiators": (["Stelrad", "Myson", "Quinn"], (45, 320), 0.66),
        "Pipe & Fittings": ([None, None, "Pegler", "JG Speedfit"], (2.5, 60), 0.55),
        "Bathroom": (["Ideal Standard", "Roca", "Twyford"], (90, 900), 0.62),
        "Heating Controls": (["Hive", "Honeywell", "Drayton"], (35, 240), 0.58),
        "Tools": (["Rothenberger", "Monument", "Milwaukee"], (12, 420), 0.70),
    }
    names = {
        "Boilers": ["Greenstar 4000 Combi 25kW", "Greenstar 8000 Combi 30kW", "ecoTEC plus 825 Combi", "ecoTEC pro 28",
                    "Logic Max Combi2 C30", "Vogue Max System 26", "Duo-tec 2 Combi 28", "Platinum Heat Only 18"],
        "Radiators": ["Compact K2 600x1000", "Compact P+ 600x800", "Vertical Designer 1800x450", "Towel Rail Chrome 1200",
                      "Premier Compact K1 450x1200", "Column 3-col 600x600", "Round Top K2 600x1400"],
        "Pipe & Fittings": ["15mm Copper Tube 3m", "22mm Copper Tube 3m", "15mm Equal Tee (10)", "22mm Elbow (10)",
                            "Push-fit 15mm Straight (10)", "Speedfit 22mm Barrier Pipe 25m", "Compression Valve 15mm",
                            "Lead-free Solder 500g"],
        "Bathroom": ["Close-coupled WC Pack", "Basin & Pedestal 550", "Thermostatic Bar Valve", "Quadrant Enclosure 900",
                     "Steel Bath 1700", "Vanity Unit 600 White", "Wet Room Screen 1200"],
        "Heating Controls": ["Smart Thermostat V4", "TRV Pack (5)", "Programmable Room Stat", "Motorised 2-Port Valve 22mm",
                             "Wireless Timer 2-Channel", "Magnetic Filter 22mm"],
        "Tools": ["Pipe Slice 15mm", "Press Tool Kit 15-28", "Gas Leak Detector", "Cordless Drill 18V",
                  "Pipe Freezing Kit", "Flue Gas Analyser"],
    }
    products = []
    for line, items in names.items():
        brands, (lo, hi), _ = lines[line]
        for it in items:
            products.append((len(products) + 1, f"{line[:3].upper()}-{len(products) + 101:04d}", it, line,
                             rng.choice(brands), round(rng.uniform(lo, hi), 2), "N"))
    products[5] = products[5][:6] + ("Y",)      # a discontinued boiler
    db.executemany("INSERT INTO dim_product VALUES (?,?,?,?,?,?,?)", products)

    terrs = [("NW1", "Manchester & Lancs", "North"), ("NW2", "Merseyside", "North"), ("NE1", "Tyne & Wear", "North"),
             ("YK1", "West Yorkshire", "North"), ("YK2", "South Yorkshire", "North"),
             ("EM1", "East Midlands", "Midlands"), ("WM1", "Birmingham", "Midlands"), ("WM2", "Black Country", "Midlands"),
             ("SE1", "Thames Valley", "South"), ("SE2", "Kent & Sussex", "South"), ("SW1", "Bristol & Bath", "South"),
             ("SW2", "Devon & Cornwall", "South"), ("LN1", "North London", "South")]
    reps = []
    used = set()
    for i, (cd, nm, reg) in enumerate(terrs):
        while True:
            n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if n not in used:
                used.add(n)
                break
        reps.append([i + 1, n, cd, nm, reg, day(rng, date(2012, 1, 1), date(2023, 6, 30)).isoformat(), "Y"])
    # YK2's first rep left in mid-2025; the newest rep took the territory over in August 2026 after a gap
    reps[4][6] = "N"
    reps.append([14, "Dan Whitfield", "YK2", "South Yorkshire", "North", "2026-08-03", "Y"])
    db.executemany("INSERT INTO dim_rep VALUES (?,?,?,?,?,?,?)", [tuple(r) for r in reps])

    accounts = []
    for a in range(1, 241):
        rk = rng.choices(range(1, 14), [9, 6, 7, 8, 6, 7, 9, 5, 8, 7, 6, 4, 8])[0]
        nm = f"{rng.choice(LAST)} {rng.choice(TRADES)}"
        if a % 7 == 0:
            nm = f"{rng.choice(TOWNS)} {rng.choice(TRADES)}"
        while nm in {x[1] for x in accounts}:
            nm = f"{rng.choice(LAST)} {rng.choice(TOWNS)} {rng.choice(TRADES)}"
        size = rng.choices([1, 3, 8], [6, 3, 1])[0]
        stop = day(rng, date(2025, 6, 1), date(2026, 10, 31)) if rng.random() < 0.16 else None
        accounts.append((f"A{10000 + a * 7}", nm, rk, size, stop))
    growth = {"North": {2024: 1.0, 2025: 1.08, 2026: 0.93}, "Midlands": {2024: 1.0, 2025: 1.0, 2026: 1.12},
              "South": {2024: 1.0, 2025: 1.05, 2026: 1.09}}
    cost_drift = {2024: 1.0, 2025: 1.02, 2026: 1.04}
    facts = []
    oid = 0
    for d in weekdays(date(2024, 1, 2), LAST_DAY):
        for acct, nm, rk, size, stop in accounts:
            if stop and d > stop:
                continue
            rep = rk
            if rk == 5 and date(2025, 6, 30) < d < date(2026, 8, 3):
                rep = 4          # YK1's rep covers South Yorkshire in the gap
            elif rk == 5 and d >= date(2026, 8, 3):
                rep = 14
            reg = reps[rk - 1][4]
            p = 0.018 * size * growth[reg][d.year] * (1.25 if d.month in (9, 10, 11, 1) else 0.85 if d.month in (7, 8) else 1)
            if rng.random() >= p:
                continue
            oid += 1
            status = "CXL" if rng.random() < 0.045 else "INV"
            for pk in rng.sample(range(1, len(products) + 1), rng.choices([1, 2, 3, 4], [4, 3, 2, 1])[0]):
                pr = products[pk - 1]
                line = pr[3]
                q = rng.choices([1, 2, 3, 5, 10, 20], [30, 20, 10, 8, 6, 3])[0] if line in ("Pipe & Fittings", "Heating Controls") \
                    else rng.choices([1, 2, 3], [7, 2, 1])[0]
                net = round(q * pr[5] * rng.uniform(0.78, 0.97), 2)
                cost = round(net * lines[line][2] * cost_drift[d.year] * rng.uniform(0.92, 1.08), 2)
                facts.append((len(facts) + 1, f"SO{200000 + oid}", int(d.strftime("%Y%m%d")), pk, rep, acct, nm, q,
                              net, cost, status))
    db.executemany("INSERT INTO fact_sales VALUES (?,?,?,?,?,?,?,?,?,?,?)", facts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ packaging (wide targets)
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def build_packaging(path: Path) -> None:
    rng = random.Random(6502)
    db = sqlite3.connect(path)
    db.executescript(f"""
    CREATE TABLE sales_rep (rep_code TEXT PRIMARY KEY, rep_name TEXT, region TEXT, start_date TEXT, end_date TEXT);
    CREATE TABLE rep_target (rep_code TEXT REFERENCES sales_rep(rep_code), target_yr INTEGER,
                             {", ".join(m + "_target REAL" for m in MONTHS)}, PRIMARY KEY (rep_code, target_yr));
    CREATE TABLE account (acct_id INTEGER PRIMARY KEY, acct_name TEXT, region TEXT, acct_size TEXT,
                          rep_code TEXT REFERENCES sales_rep(rep_code), opened_dt TEXT);
    CREATE TABLE sales_invoice (inv_no TEXT PRIMARY KEY, acct_id INTEGER REFERENCES account(acct_id), inv_dt TEXT,
                                inv_type TEXT, amt REAL, void_flag INTEGER);
    """)
    reps = [("PK01", "Joanne Price", "North", "2016-03-01", None), ("PK02", "Stuart Mellor", "North", "2018-09-17", None),
            ("PK03", "Gemma Rowley", "North", "2021-01-11", None), ("PK04", "Ravi Kaur", "Midlands", "2015-06-01", None),
            ("PK05", "Liam Jarvis", "Midlands", "2019-04-23", None), ("PK06", "Claire Doyle", "South", "2017-02-06", None),
            ("PK07", "Nathan Shaw", "South", "2020-10-05", None), ("PK08", "Aisha Hussain", "South", "2022-05-16", None),
            ("PK09", "Craig Fairbairn", "Scotland", "2014-08-04", None),
            ("PK10", "Moira Quayle", "Scotland", "2023-01-09", None),
            ("PK11", "Tom Lockwood", "Midlands", "2013-11-18", "2025-07-31"),
            ("PK12", "Ellie Walsh", "Midlands", "2026-04-01", None)]
    db.executemany("INSERT INTO sales_rep VALUES (?,?,?,?,?)", reps)
    by_region = {}
    for r in reps:
        by_region.setdefault(r[2], []).append(r[0])
    sectors = ["Foods", "Brewing Co", "Cosmetics", "Garden Centre", "Pet Supplies", "Engineering", "Pharma",
               "Fulfilment", "Distillery", "Furniture", "Bakeries", "Fashion"]
    accounts, invoices = [], []
    names = set()
    inv = 0
    for a in range(1, 321):
        reg = rng.choices(["North", "Midlands", "South", "Scotland"], [10, 9, 10, 4])[0]
        while True:
            nm = f"{rng.choice(LAST)} {rng.choice(sectors)}" if rng.random() < 0.6 else \
                f"{rng.choice(TOWNS)} {rng.choice(sectors)} {rng.choice(['Ltd', 'plc', 'Group'])}"
            if nm not in names:
                names.add(nm)
                break
        size = rng.choices(["KEY", "MID", "SML"], [1, 3, 6])[0]
        opened = day(rng, date(2012, 1, 1), date(2024, 12, 31)) if a <= 296 else day(rng, date(2026, 1, 5), date(2026, 11, 10))
        owners = [c for c in by_region[reg] if c not in ("PK11", "PK12")]
        rep = rng.choice(owners)
        if reg == "Midlands" and rng.random() < 0.35:
            rep = "PK12"       # took over the leaver's book
        accounts.append((a, nm, reg, size, rep, opened.isoformat()))
        stop = day(rng, date(2025, 3, 1), date(2026, 10, 20)) if rng.random() < 0.2 else None
        if a in (7, 43, 88):
            stop = date(2026, 2, rng.choice([9, 17, 24]))
        if a in (12, 151):
            stop = date(2026, 3, rng.choice([12, 26]))
        if a > 296 and rng.random() < 0.3:
            continue            # opened but no order yet
        mean = {"KEY": 5200, "MID": 1500, "SML": 420}[size]
        pm = {"KEY": 0.9, "MID": 0.55, "SML": 0.3}[size]
        m = date(2025, 1, 1)
        while m <= LAST_DAY:
            for _ in range(2 if size == "KEY" and rng.random() < 0.5 else 1):
                d = m.replace(day=rng.randrange(1, 29))
                if d > LAST_DAY or d < opened or (stop and d > stop) or rng.random() > pm:
                    continue
                inv += 1
                amt = round(mean * rng.uniform(0.4, 1.7) * (1.06 if d.year == 2026 else 1.0), 2)
                invoices.append((f"IN{inv:06d}", a, d.isoformat(), "INV", amt, int(rng.random() < 0.025)))
                if rng.random() < 0.04:
                    inv += 1
                    cd = min(d + timedelta(days=rng.randrange(3, 30)), LAST_DAY)
                    invoices.append((f"CR{inv:06d}", a, cd.isoformat(), "CRN", -round(amt * rng.uniform(0.1, 0.6), 2), 0))
            m = (m.replace(day=28) + timedelta(days=5)).replace(day=1)
    db.executemany("INSERT INTO account VALUES (?,?,?,?,?,?)", accounts)
    db.executemany("INSERT INTO sales_invoice VALUES (?,?,?,?,?,?)", invoices)

    # monthly targets: about each rep's run rate, some set ambitiously
    own = {r[0]: [a[0] for a in accounts if a[4] == r[0]] for r in reps}
    sales = {}
    for i in invoices:
        if i[5]:
            continue
        rep = accounts[i[1] - 1][4]
        key = (rep, int(i[2][:4]), int(i[2][5:7]))
        sales[key] = sales.get(key, 0) + i[4]
    targets = []
    for r in reps:
        for yr in (2025, 2026):
            if r[4] and yr == 2026:
                continue
            base = sum(sales.get((r[0], 2025, m), 0) for m in range(1, 13)) / 12 or 20000
            if r[0] == "PK12":
                base = sum(sales.get((r[0], 2026, m), 0) for m in range(4, 12)) / 8
            ambition = rng.uniform(0.8, 1.1) * (0.97 if yr == 2026 else 1.0)
            row = []
            for mi in range(1, 13):
                season = 1.15 if mi in (9, 10, 11) else 0.85 if mi in (1, 8) else 1.0
                t = round(base * ambition * season / 500) * 500
                if r[0] == "PK11" and yr == 2025 and mi > 7:
                    t = None
                if r[0] == "PK12" and yr == 2026 and mi < 4:
                    t = None
                if r[0] == "PK12" and yr == 2025:
                    t = None
                row.append(t)
            if r[0] == "PK12" and yr == 2025:
                continue
            targets.append((r[0], yr, *row))
    db.executemany(f"INSERT INTO rep_target VALUES ({', '.join('?' * 14)})", targets)
    db.commit()
    db.close()
    _ = own


# ------------------------------------------------------------------------------------------ PPE quotes (status history)
def build_ppe(path: Path) -> None:
    rng = random.Random(6503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE customers (CustID INTEGER PRIMARY KEY, CustName TEXT, Sector TEXT, Region TEXT, Tier TEXT);
    CREATE TABLE salespeople (sp_id INTEGER PRIMARY KEY, sp_name TEXT, terr_cd TEXT, region TEXT, mgr_flag INTEGER);
    CREATE TABLE quotes (quote_no TEXT PRIMARY KEY, cust_id INTEGER REFERENCES customers(CustID),
                         sp_id INTEGER REFERENCES salespeople(sp_id), created_dt TEXT, prod_line TEXT, quote_amt REAL,
                         est_margin_pct REAL, valid_days INTEGER);
    CREATE TABLE quote_status_hist (hist_id INTEGER PRIMARY KEY, quote_no TEXT REFERENCES quotes(quote_no),
                                    status_cd TEXT, status_ts TEXT, changed_by TEXT);
    """)
    sps = [(1, "Hollie Gill", "N-WEST", "North", 0), (2, "Sean Carr", "N-EAST", "North", 0),
           (3, "Priya Nash", "YORKS", "North", 1), (4, "Mark Ellis", "MIDS-E", "Midlands", 0),
           (5, "Fran Bradley", "MIDS-W", "Midlands", 0), (6, "Oliver Pickering", "LDN", "South", 1),
           (7, "Jess Thornton", "SOUTH-E", "South", 0), (8, "Kyle Irving", "SOUTH-W", "South", 0),
           (9, "Ruth Umpleby", "WALES", "South", 0)]
    db.executemany("INSERT INTO salespeople VALUES (?,?,?,?,?)", sps)
    sectors = ["Construction", "Manufacturing", "Healthcare", "Utilities", "Logistics", "Food Processing"]
    sfx = ["Construction Ltd", "Engineering", "Civils", "Fabrications", "NHS Trust", "Water Services", "Haulage",
           "Foods", "Scaffolding", "Rail Services"]
    sec_of = {"Construction Ltd": "Construction", "Civils": "Construction", "Scaffolding": "Construction",
              "Engineering": "Manufacturing", "Fabrications": "Manufacturing", "NHS Trust": "Healthcare",
              "Water Services": "Utilities", "Rail Services": "Utilities", "Haulage": "Logistics",
              "Foods": "Food Processing"}
    custs, names = [], set()
    for c in range(1, 191):
        while True:
            s = rng.choice(sfx)
            nm = f"{rng.choice(TOWNS if s == 'NHS Trust' else LAST)} {s}"
            if nm not in names:
                names.add(nm)
                break
        custs.append((c, nm, sec_of[s], rng.choice(["North", "Midlands", "South"]), rng.choices("ABC", [1, 3, 5])[0]))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", custs)
    assert sectors
    lines = {"Gloves": (0.31, 800, 9000), "Footwear": (0.27, 1500, 22000), "Hi-Vis": (0.36, 600, 12000),
             "Eye & Face": (0.40, 400, 6000), "Respiratory": (0.24, 1200, 30000), "Head Protection": (0.33, 500, 8000)}
    now = datetime(2026, 11, 26, 17, 30)
    quotes, hist = [], []
    by_region = {}
    for s in sps:
        by_region.setdefault(s[3], []).append(s[0])
    win_bias = {1: 0.45, 2: 0.30, 3: 0.50, 4: 0.38, 5: 0.25, 6: 0.48, 7: 0.36, 8: 0.42, 9: 0.33}
    for q in range(1, 1651):
        c = custs[rng.randrange(len(custs))]
        sp = rng.choice(by_region[c[3]])
        created = datetime.combine(day(rng, date(2025, 1, 6), date(2026, 11, 25)), datetime.min.time()) + \
            timedelta(hours=rng.randrange(8, 18), minutes=rng.randrange(60), seconds=rng.randrange(60))
        line = rng.choice(list(lines))
        mg, lo, hi = lines[line]
        amt = round(rng.uniform(lo, hi) * (1.8 if c[4] == "A" else 1.0), 2)
        margin = round(mg * 100 + rng.uniform(-7, 7), 1)
        qno = f"Q{created.year % 100}-{q:05d}"
        steps = [("DRAFT", created)]
        t = created
        r = rng.random()
        if r < 0.93:
            t += timedelta(hours=rng.randrange(2, 120))
            steps.append(("SENT", t))
            if rng.random() < 0.5:
                t += timedelta(days=rng.randrange(2, 25), hours=rng.randrange(1, 9))
                steps.append(("NEGO", t))
            t2 = t + timedelta(days=rng.randrange(3, 50), hours=rng.randrange(1, 9))
            o = rng.random()
            wb = win_bias[sp] + (0.08 if created.year == 2026 else 0)
            outcome = "WON" if o < wb else "LOST" if o < wb + 0.33 else "EXPIRED" if o < 0.93 else "WITHDRAWN"
            steps.append((outcome, t2))
            if outcome == "LOST" and rng.random() < 0.08:        # re-opened and then won
                t3 = t2 + timedelta(days=rng.randrange(4, 20))
                steps.append(("NEGO", t3))
                steps.append(("WON", t3 + timedelta(days=rng.randrange(3, 15))))
        elif r < 0.96:
            t += timedelta(days=rng.randrange(1, 10))
            steps.append(("WITHDRAWN", t))
        steps = [s for s in steps if s[1] <= now]
        if steps[-1][0] == "DRAFT" and rng.random() < 0.4:
            amt = None
        quotes.append((qno, c[0], sp, created.strftime("%Y-%m-%d %H:%M:%S")[:10], line, amt,
                       margin, rng.choice([30, 30, 60, 90])))
        for st, ts in steps:
            hist.append((len(hist) + 1, qno, st, ts.strftime("%Y-%m-%d %H:%M:%S"),
                         rng.choice([sps[sp - 1][1], sps[sp - 1][1], "system"]) if st == "EXPIRED" else sps[sp - 1][1]))
    rng.shuffle(hist)
    hist = [(i + 1, *h[1:]) for i, h in enumerate(sorted(hist, key=lambda h: h[3]))]
    db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)", quotes)
    db.executemany("INSERT INTO quote_status_hist VALUES (?,?,?,?,?)", hist)
    db.commit()
    db.close()


BUILDERS = {"plumbing": build_plumbing, "packaging": build_packaging, "ppe_quotes": build_ppe}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
