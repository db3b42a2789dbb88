"""Held-out evaluation 47: three SQLite databases a finance controller closes the month on — a
spring-water bottler's budget vs actual by department and month (`budgets`), an acoustic-panel
maker's sales ledger with invoices in several currencies, credit notes and VAT (`receivables`),
and an architecture practice's purchase ledger that keeps voided bills (`payables`) — with
hand-written conversations over them, written before the engine was run on them (see README.md).

    python bench/heldout47/build.py [OUT_DIR]    # writes budgets.sqlite, receivables.sqlite, payables.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout47), checks every
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


def month_days(y: int, m: int) -> tuple[date, date]:
    first = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


# ------------------------------------------------------------------------------------------ budgets
def build_budgets(path: Path) -> None:
    """Brightwater Springs: departments, a monthly budget per department, and the ledger postings."""
    rng = random.Random(4701)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE departments (dept_code TEXT PRIMARY KEY, dept_name TEXT, cost_centre TEXT, head_of_dept TEXT);
    CREATE TABLE budget (dept_code TEXT REFERENCES departments(dept_code), month TEXT, budget_amount REAL,
                         PRIMARY KEY (dept_code, month));
    CREATE TABLE transactions (txn_id INTEGER PRIMARY KEY, posted_on TEXT,
                               dept_code TEXT REFERENCES departments(dept_code), account TEXT, supplier TEXT,
                               source TEXT, amount REAL, vat_rate REAL, description TEXT);
    """)
    depts = [("PRD", "Production", "CC110", "Marta Kowalczyk", 182000),
             ("LOG", "Logistics", "CC120", "Dev Chauhan", 94000),
             ("QAL", "Quality Assurance", "CC130", "Ingrid Solberg", 21500),
             ("SAL", "Sales", "CC200", "Tom Whitfield", 61000),
             ("MKT", "Marketing", "CC210", "Ayo Bankole", 44000),
             ("FIN", "Finance", "CC300", "Claire Dunmore", 31000),
             ("ITS", "IT Services", "CC310", "Pavel Novak", 39500),
             ("PEO", "People & Culture", "CC320", "Rosa Linares", 24500)]
    db.executemany("INSERT INTO departments VALUES (?,?,?,?)", [d[:4] for d in depts])
    accounts = {
        "PRD": [("Raw materials", 0.2), ("Packaging", 0.2), ("Utilities", 0.2), ("Maintenance", 0.2)],
        "LOG": [("Haulage", 0.2), ("Fuel", 0.2), ("Warehouse rent", 0.0), ("Maintenance", 0.2)],
        "QAL": [("Lab consumables", 0.2), ("Testing fees", 0.2)],
        "SAL": [("Travel", 0.2), ("Entertainment", 0.2), ("Trade shows", 0.2)],
        "MKT": [("Advertising", 0.2), ("Agency fees", 0.2), ("Sponsorship", 0.2), ("Print", 0.0)],
        "FIN": [("Audit fees", 0.2), ("Bank charges", 0.0), ("Software", 0.2)],
        "ITS": [("Software", 0.2), ("Hardware", 0.2), ("Cloud hosting", 0.2), ("Consultancy", 0.2)],
        "PEO": [("Recruitment", 0.2), ("Training", 0.2), ("Staff welfare", 0.05)],
    }
    suppliers = {
        "Raw materials": ["Calder Minerals", "Peakstone Supplies"], "Packaging": ["Verdant Packaging", "Clearform Plastics"],
        "Utilities": ["Northgrid Energy", "Dale Water Services"], "Maintenance": ["Hollins Engineering", "Rapid Fix Ltd"],
        "Haulage": ["Moorland Haulage", "Kestrel Freight"], "Fuel": ["FleetFuel UK"], "Warehouse rent": ["Aire Valley Estates"],
        "Lab consumables": ["Labcraft Scientific"], "Testing fees": ["Aqualytics Testing"],
        "Travel": ["Trainline Business", "Corporate Travel Co"], "Entertainment": ["The Mill Brasserie", "Hamper House"],
        "Trade shows": ["ExpoNorth Events"], "Advertising": ["Brightside Media", "Signal Outdoor"],
        "Agency fees": ["Fathom Creative"], "Sponsorship": ["Dales Cycle Club"], "Print": ["Inkwell Printers"],
        "Audit fees": ["Hartley Grant LLP"], "Bank charges": ["Yorkshire Commercial Bank"],
        "Software": ["Ledgerly", "Cloudsuite Inc", "Tallyworks"], "Hardware": ["Byteline Computers"],
        "Cloud hosting": ["Cloudsuite Inc"], "Consultancy": ["Meridian IT Partners", "Hollins Engineering"],
        "Recruitment": ["Talentbridge Recruitment"], "Training": ["Skills Hub Training", "Skills Hub Training"],
        "Staff welfare": ["Hamper House", "FitFirst Wellbeing"],
    }
    # how each department runs against budget (month by month multiplier around this mean)
    drift = {"PRD": 1.01, "LOG": 1.04, "QAL": 0.93, "SAL": 0.97, "MKT": 1.08, "FIN": 0.95, "ITS": 1.09, "PEO": 0.98}
    budgets, txns = [], []
    tid = 1
    for code, _, _, _, base in depts:
        for m in range(1, 13):
            season = 1.0
            if code == "MKT" and m in (3, 6, 11):
                season = 1.45
            if code == "PRD" and m in (5, 6, 7, 8):
                season = 1.18
            if code == "SAL" and m in (2, 10):
                season = 1.25
            b = round(base * season * rng.uniform(0.95, 1.05) / 500) * 500
            budgets.append((code, f"2024-{m:02d}", float(b)))
            payroll = b * 0.45 if code not in ("PRD", "LOG") else b * 0.35
            actual = b * drift[code] * rng.uniform(0.86, 1.16)
            first, last = month_days(2024, m)
            txns.append((first.replace(day=25 if m != 12 else 20), code, "Salaries", None, "Payroll",
                         round(payroll * rng.uniform(0.97, 1.03), 2), 0.0, f"Payroll {first:%B %Y}"))
            rest = actual - txns[-1][5]
            n = rng.randint(7, 14)
            weights = [rng.uniform(0.3, 1.7) for _ in range(n)]
            tot = sum(weights)
            for w in weights:
                acct, vat = rng.choice(accounts[code])
                sup = rng.choice(suppliers[acct])
                amt = round(rest * w / tot, 2)
                if rng.random() < 0.08:
                    txns.append((day(rng, first, last), code, acct, None, "Journal", amt, 0.0, f"Accrual {acct.lower()}"))
                else:
                    src = "Card" if amt < 900 and rng.random() < 0.5 else "AP invoice"
                    txns.append((day(rng, first, last), code, acct, sup, src, amt, vat, f"{acct} - {sup}"))
            # credit notes: negative amounts from a supplier
            for _ in range(rng.choices([0, 1, 2], [6, 3, 1])[0]):
                acct, vat = rng.choice(accounts[code])
                sup = rng.choice(suppliers[acct])
                amt = -round(rng.uniform(80, 0.06 * b), 2)
                txns.append((day(rng, first, last), code, acct, sup, "AP credit note", amt, vat, f"Credit note - {sup}"))
    txns.sort(key=lambda t: (str(t[0]), t[1]))
    rows = []
    for t in txns:
        rows.append((tid, str(t[0]), *t[1:]))
        tid += 1
    db.executemany("INSERT INTO budget VALUES (?,?,?)", budgets)
    db.executemany("INSERT INTO transactions VALUES (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ receivables
def build_receivables(path: Path) -> None:
    """Northlight Acoustics: customers, sales invoices and credit notes (negative), fx rates.
    The ledger is a snapshot taken on 31 March 2025: nothing is issued or paid after that day."""
    rng = random.Random(4702)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Customers (CustomerID INTEGER PRIMARY KEY, CustomerName TEXT, Country TEXT, BillingCurrency TEXT,
                            PaymentTermsDays INTEGER, AccountManager TEXT);
    CREATE TABLE Invoices (InvoiceNo TEXT PRIMARY KEY, CustomerID INTEGER REFERENCES Customers(CustomerID),
                           DocType TEXT, IssueDate TEXT, DueDate TEXT, Currency TEXT, NetAmount REAL, VatRate REAL,
                           VatAmount REAL, TotalAmount REAL, PaidDate TEXT);
    CREATE TABLE FxRates (Currency TEXT PRIMARY KEY, GbpPerUnit REAL, RateDate TEXT);
    """)
    fx = [("GBP", 1.0), ("EUR", 0.8312), ("USD", 0.7894), ("SEK", 0.0731), ("CHF", 0.8947)]
    db.executemany("INSERT INTO FxRates VALUES (?,?,?)", [(c, r, "2025-03-31") for c, r in fx])
    custs = [("Halden Studios", "United Kingdom", "GBP", 30, "Jess Moreton"),
             ("Quayside Recording", "United Kingdom", "GBP", 30, "Jess Moreton"),
             ("Brennan & Lowe Architects", "United Kingdom", "GBP", 45, "Aaron Pike"),
             ("Civic Hall Trust", "United Kingdom", "GBP", 60, "Aaron Pike"),
             ("Oakwell Schools Partnership", "United Kingdom", "GBP", 30, "Jess Moreton"),
             ("Tonhalle Bau GmbH", "Germany", "EUR", 30, "Lena Vogt"),
             ("Akustik Rhein AG", "Germany", "EUR", 45, "Lena Vogt"),
             ("Studio Lumière", "France", "EUR", 60, "Lena Vogt"),
             ("Dublin Podcast Works", "Ireland", "EUR", 30, "Aaron Pike"),
             ("Fjordlys Konsert AB", "Sweden", "SEK", 30, "Lena Vogt"),
             ("Malmö Ljud", "Sweden", "SEK", 45, "Lena Vogt"),
             ("Brooklyn Soundrooms", "United States", "USD", 30, "Marcus Hale"),
             ("Pacific Stage Systems", "United States", "USD", 60, "Marcus Hale"),
             ("Alpenklang Sàrl", "Switzerland", "CHF", 30, "Lena Vogt"),
             ("Zürich Media Campus", "Switzerland", "CHF", 45, "Marcus Hale")]
    db.executemany("INSERT INTO Customers VALUES (?,?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(custs)])
    # each customer pays on average this many days after the due date (negative: early)
    lateness = [2, -3, 11, 25, 4, 1, 8, 19, 3, 33, 6, 14, 22, 0, 9]
    size = {"GBP": 4200, "EUR": 5200, "USD": 6100, "SEK": 52000, "CHF": 5600}
    snap = date(2025, 3, 31)
    docs = []
    for ci, (_name, country, cur, terms, _) in enumerate(custs):
        n = rng.randint(14, 30)
        for _ in range(n):
            issued = day(rng, date(2024, 1, 2), date(2025, 3, 28))
            net = round(size[cur] * rng.lognormvariate(0, 0.6), 2)
            docs.append([issued, ci + 1, "INV", cur, net, country, terms, lateness[ci]])
        for _ in range(rng.randint(0, 3)):
            issued = day(rng, date(2024, 2, 1), date(2025, 3, 28))
            net = -round(size[cur] * rng.uniform(0.05, 0.5), 2)
            docs.append([issued, ci + 1, "CRN", cur, net, country, terms, lateness[ci]])
    docs.sort(key=lambda d: (d[0], d[1]))
    rows = []
    ninv = ncrn = 0
    for issued, cid, dt, cur, net, country, terms, late in docs:
        if dt == "INV":
            ninv += 1
            no = f"INV-{24000 + ninv}"
        else:
            ncrn += 1
            no = f"CN-{900 + ncrn}"
        rate = 0.2 if country == "United Kingdom" else 0.0
        if country == "United Kingdom" and rng.random() < 0.12:
            rate = 0.05          # a few reduced-rate jobs (energy-saving installations)
        due = issued + timedelta(days=terms)
        vat = round(net * rate, 2)
        total = round(net + vat, 2)
        paid = issued + timedelta(days=terms + round(rng.gauss(late, 6)))
        if paid < issued + timedelta(days=3):
            paid = issued + timedelta(days=3)
        if dt == "CRN":
            paid = issued + timedelta(days=rng.randint(1, 20))     # allocated against an invoice
        if paid > snap or rng.random() < 0.04:
            paid = None
        rows.append((no, cid, dt, str(issued), str(due), cur, net, rate, vat, total, paid and str(paid)))
    db.executemany("INSERT INTO Invoices VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ payables
def build_payables(path: Path) -> None:
    """Copperleaf Architects: purchase ledger (bills, credit notes as negative net amounts) that keeps
    voided bills (is_void = 1) instead of deleting them; projects with a cost budget."""
    rng = random.Random(4703)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE cost_ctr (cc_id TEXT PRIMARY KEY, cc_nm TEXT, office_city TEXT);
    CREATE TABLE vendors (vendor_no INTEGER PRIMARY KEY, vendor_nm TEXT, vendor_ctry TEXT, vendor_cat TEXT);
    CREATE TABLE tax_codes (tax_cd TEXT PRIMARY KEY, tax_pct REAL, tax_desc TEXT);
    CREATE TABLE projects (proj_cd TEXT PRIMARY KEY, proj_nm TEXT, client_nm TEXT, cost_budget_gbp REAL,
                           proj_status TEXT, cc_id TEXT REFERENCES cost_ctr(cc_id));
    CREATE TABLE ap_bills (bill_id INTEGER PRIMARY KEY, vendor_no INTEGER REFERENCES vendors(vendor_no),
                           vendor_ref TEXT, cc_id TEXT REFERENCES cost_ctr(cc_id), proj_cd TEXT REFERENCES projects(proj_cd),
                           bill_dt TEXT, due_dt TEXT, curr TEXT, net_amt REAL, fx_to_gbp REAL,
                           tax_cd TEXT REFERENCES tax_codes(tax_cd), paid_dt TEXT, is_void INTEGER, void_reason TEXT);
    """)
    ccs = [("LDN", "London studio", "London"), ("BRS", "Bristol studio", "Bristol"),
           ("EDI", "Edinburgh studio", "Edinburgh"), ("HQ", "Central overheads", "London")]
    db.executemany("INSERT INTO cost_ctr VALUES (?,?,?)", ccs)
    taxes = [("S20", 20.0, "Standard rate VAT"), ("R5", 5.0, "Reduced rate VAT"),
             ("Z0", 0.0, "Zero rated"), ("EX", 0.0, "Exempt"), ("RC", 0.0, "Reverse charge (EU services)")]
    db.executemany("INSERT INTO tax_codes VALUES (?,?,?)", taxes)
    vendors = [("Graphisoft UK", "United Kingdom", "Software", "S20", "GBP", 900),
               ("Autodesk Ireland", "Ireland", "Software", "RC", "EUR", 1400),
               ("Figma Inc", "United States", "Software", "EX", "USD", 380),
               ("Stonebridge Structural", "United Kingdom", "Consultants", "S20", "GBP", 6200),
               ("Helix MEP Engineers", "United Kingdom", "Consultants", "S20", "GBP", 4800),
               ("Atelier Lumen", "France", "Consultants", "RC", "EUR", 3900),
               ("Printroom Reprographics", "United Kingdom", "Printing", "S20", "GBP", 420),
               ("ModelCraft Studio", "United Kingdom", "Model making", "S20", "GBP", 2600),
               ("Greenline Couriers", "United Kingdom", "Couriers", "S20", "GBP", 140),
               ("Thameside Estates", "United Kingdom", "Rent", "EX", "GBP", 14500),
               ("Clifton Quay Properties", "United Kingdom", "Rent", "EX", "GBP", 7800),
               ("Leith Works Lettings", "United Kingdom", "Rent", "EX", "GBP", 6100),
               ("PowerNorth Energy", "United Kingdom", "Utilities", "R5", "GBP", 1150),
               ("Office Oasis", "United Kingdom", "Office supplies", "S20", "GBP", 260),
               ("RIBA Enterprises", "United Kingdom", "Subscriptions", "Z0", "GBP", 310),
               ("Nordic Timber Lab", "Sweden", "Consultants", "RC", "EUR", 2900)]
    db.executemany("INSERT INTO vendors VALUES (?,?,?,?)", [(i + 1, *v[:3]) for i, v in enumerate(vendors)])
    projects = [("P-101", "Harbourside Library", "Bristol City Council", 95000, "Active", "BRS"),
                ("P-102", "Canal Street Housing", "Ardent Homes", 120000, "Active", "LDN"),
                ("P-103", "Leith Arts Centre", "Leith Arts Trust", 88000, "Active", "EDI"),
                ("P-104", "Greenwich School Extension", "Royal Borough of Greenwich", 30000, "Completed", "LDN"),
                ("P-105", "Clifton Boathouse", "Avon Rowing Club", 50000, "Completed", "BRS"),
                ("P-106", "Stockbridge Mews", "Haldane Developments", 90000, "Active", "EDI"),
                ("P-107", "Southbank Pavilion", "Southbank Events Ltd", 60000, "On hold", "LDN")]
    db.executemany("INSERT INTO projects VALUES (?,?,?,?,?,?)", projects)
    fx = {"GBP": 1.0, "EUR": 0.85, "USD": 0.79}
    proj_vendors = {4, 5, 6, 7, 8, 16}
    office_vendors = {10: "LDN", 11: "BRS", 12: "EDI"}
    reasons = ["Duplicate entry", "Duplicate entry", "Wrong vendor", "Wrong amount", "Cancelled order"]
    bills = []
    for vi, (_, _, cat, tax, cur, avg) in enumerate(vendors):
        vno = vi + 1
        d = date(2023, 7, 1)
        while d <= date(2024, 12, 31):
            if vno in office_vendors:                      # monthly rent on the 1st
                bills.append([d, vno, office_vendors[vno], None, cur, float(avg), tax])
                d = month_days(d.year, d.month)[1] + timedelta(days=1)
                continue
            if vno in proj_vendors:
                p = rng.choice(projects)
                if p[4] == "Completed" and d > date(2024, 6, 30):
                    p = rng.choice([q for q in projects if q[4] == "Active"])
                amt = round(avg * rng.lognormvariate(0, 0.45), 2)
                bills.append([d, vno, p[5], p[0], cur, amt, tax])
            else:
                cc = rng.choice(["LDN", "LDN", "BRS", "EDI", "HQ"])
                amt = round(avg * rng.lognormvariate(0, 0.35), 2)
                bills.append([d, vno, cc, None, cur, amt, tax])
            gap = {"Software": 30, "Utilities": 30, "Subscriptions": 90, "Couriers": 9, "Printing": 14,
                   "Office supplies": 16}.get(cat, 21)
            d += timedelta(days=max(2, round(gap * rng.uniform(0.6, 1.4))))
    bills.sort(key=lambda b: (b[0], b[1]))
    rows = []
    snap = date(2024, 12, 31)
    bid = 5000
    for bd, vno, cc, proj, cur, amt, tax in bills:
        bid += 1
        terms = 30 if vno not in office_vendors else 14
        due = bd + timedelta(days=terms)
        late = rng.choices([-10, -3, 0, 5, 18, 40], [2, 4, 6, 3, 2, 1])[0]
        paid = due + timedelta(days=late + rng.randint(-2, 2))
        if paid > snap:
            paid = None
        fxr = fx[cur] if cur == "GBP" else round(fx[cur] * rng.uniform(0.97, 1.03), 4)
        void, reason = 0, None
        if rng.random() < 0.06:
            void, reason = 1, rng.choice(reasons)
            paid = None
        vref = f"{''.join(w[0] for w in vendors[vno - 1][0].split())}-{rng.randint(1000, 99999)}"
        rows.append((bid, vno, vref, cc, proj, str(bd), str(due), cur, amt, fxr, tax, paid and str(paid), void, reason))
        if rng.random() < 0.05 and vno not in office_vendors:      # a credit note against it, a few days on
            bid += 1
            cd = bd + timedelta(days=rng.randint(3, 25))
            if cd <= snap:
                cpaid = cd + timedelta(days=rng.randint(1, 10))
                rows.append((bid, vno, "CN-" + vref, cc, proj, str(cd), str(cd + timedelta(days=30)), cur,
                             -round(amt * rng.uniform(0.1, 0.6), 2), fxr, tax,
                             str(cpaid) if cpaid <= snap else None, 0, None))
    db.executemany("INSERT INTO ap_bills VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"budgets": build_budgets, "receivables": build_receivables,
                              "payables": build_payables}, SETS))
