"""Held-out evaluation heldout55: three SQLite databases about letting property (a residential
letting agency, a block of student flats, a small portfolio of commercial units) and hand-written
conversations of a property manager and her assistant over them, written before the engine was
run on them (see README.md in this folder).

    python bench/heldout55/build.py [OUT_DIR]   # writes lettings.sqlite, studentflats.sqlite,
                                                # commercial.sqlite (default OUT_DIR: /tmp/c2q-heldout55),
                                                # checks every reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run. "Now" in the data is
late November 2026: running residential tenancies have end_date NULL, the current academic year is
2026/27, open voids have VoidEnd NULL.
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

FIRST = ("Aisha Ben Chloe Declan Eilidh Farid Georgia Harvey Imogen Jamal Keeley Liam Megan Nathan Olivia "
         "Priya Rhys Sana Tom Uma Victor Willow Yusuf Zara Callum Hannah").split()
LAST = ("Ahmed Bennett Clarke Doyle Ellis Fraser Gill Hughes Iqbal Jones Kaur Lloyd Moss Nolan Owen "
        "Patel Quinn Reid Shaw Turner Walsh Young").split()


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, min(d.day, 28))


def names(rng: random.Random, n: int) -> list[str]:
    pool = [f"{f} {s}" for f in FIRST for s in LAST]
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------------------------------ lettings
def build_lettings(path: Path) -> None:
    rng = random.Random(5501)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE landlords (landlord_id INTEGER PRIMARY KEY, name TEXT, email TEXT);
    CREATE TABLE properties (property_id INTEGER PRIMARY KEY, address TEXT, area TEXT, property_type TEXT,
                             bedrooms INTEGER, landlord_id INTEGER REFERENCES landlords(landlord_id),
                             managed_since TEXT);
    CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, full_name TEXT, email TEXT);
    CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, property_id INTEGER REFERENCES properties(property_id),
                            tenant_id INTEGER REFERENCES tenants(tenant_id), start_date TEXT,
                            end_date TEXT,          -- NULL while the tenancy runs
                            rent_pcm REAL, deposit REAL);
    CREATE TABLE rent_payments (payment_id INTEGER PRIMARY KEY, tenancy_id INTEGER REFERENCES tenancies(tenancy_id),
                                due_date TEXT, amount_due REAL, amount_paid REAL, paid_date TEXT);
    """)
    landlords = ["Margaret Okonjo", "Harbour Lane Estates Ltd", "David Kerr", "Sunita Rao", "Pennant Homes Ltd",
                 "Graham & Joy Whitlock", "Tomasz Zielinski", "Northgate Property Trust"]
    db.executemany("INSERT INTO landlords VALUES (?,?,?)",
                   [(i + 1, n, n.lower().replace(" & ", ".").replace(" ", ".").replace("ltd", "lettings") + "@example.co.uk")
                    for i, n in enumerate(landlords)])
    props = []
    for k in range(1, 7):
        props.append((f"Flat {k}, Quayside Court", "Harbourside", "Flat", 1 + (k % 3 == 0)))
    for k in range(1, 6):
        props.append((f"Flat {k}, Albion Mills", "Old Town", "Flat", 2 - (k == 1)))
    for k in (2, 5, 9, 14, 17, 23):
        props.append((f"{k} Rope Walk", "Harbourside", "House", 2 + (k % 3 == 2)))
    for k in (3, 8, 11, 21, 30, 42, 47):
        props.append((f"{k} Fernlea Road", "Northfield", "House", 3 + (k % 5 == 1)))
    for k in (1, 4, 6, 12):
        props.append((f"{k}A Mill Lane", "Old Town", "Maisonette", 2 + (k == 12)))
    for k in (7, 15, 19, 26, 33, 38):
        props.append((f"{k} Willow Bank", "Riverside", "House", 3 + (k % 4 == 3)))
    for k in (1, 2, 3):
        props.append((f"Studio {k}, The Old Chapel", "Riverside", "Studio", 0))
    base_rent = {"Flat": 850, "House": 1050, "Maisonette": 950, "Studio": 700}
    prop_rows, tenancies, payments = [], [], []
    tnames = names(rng, 400)
    tenant_rows: list[tuple] = []
    empty_now = {5: date(2026, 4, 30), 14: date(2026, 8, 14), 21: date(2026, 6, 30), 27: date(2026, 9, 30),
                 33: date(2026, 2, 28)}
    arrears = {3: 3, 9: 1, 16: 2, 24: 4, 30: 1, 12: 2}       # property -> unpaid months of the running tenancy
    CUT = date(2026, 10, 31)
    for pid, (addr, area, ptype, beds) in enumerate(props, 1):
        landlord = rng.choices(range(1, 9), [3, 6, 2, 2, 5, 1, 2, 4])[0]
        since = day(rng, date(2019, 1, 1), date(2021, 3, 1))
        prop_rows.append((pid, addr, area, ptype, beds, landlord, since.isoformat()))
        rent = round((base_rent[ptype] + 160 * beds + rng.randrange(-60, 80)) / 5) * 5
        start = day(rng, max(since, date(2021, 1, 4)), date(2021, 9, 30))
        tenant = None
        chain = []
        while True:
            if tenant is None:
                tenant_rows.append((len(tenant_rows) + 1, tnames[len(tenant_rows)]))
                tenant = len(tenant_rows)
            end = add_months(start, rng.choice([6, 12, 12, 12, 18, 24])) - timedelta(days=1)
            if end > CUT:
                chain.append([start, None, rent, tenant])
                break
            chain.append([start, end, rent, tenant])
            if rng.random() < 0.4:          # renewal: same tenant, rent up (or held)
                rent = round(rent * (1 + rng.choice([0, 0, 0.02, 0.03, 0.03, 0.04, 0.05, 0.06])) / 5) * 5
                start = end + timedelta(days=1)
            else:
                tenant = None
                rent = round(rent * (1 + rng.uniform(-0.02, 0.07)) / 5) * 5
                start = end + timedelta(days=rng.choice([1, 1, 8, 14, 21, 30, 45, 61, 75, 92, 120]))
                if start > CUT:
                    start = end + timedelta(days=1)
        if pid in empty_now:
            last_end = empty_now[pid]
            while chain[-1][0] >= last_end:
                chain.pop()
            chain[-1][1] = last_end
        for s, e, r, t in chain:
            tid = len(tenancies) + 1
            tenancies.append((tid, pid, t, s.isoformat(), e.isoformat() if e else None, float(r),
                              float(round(r * 12 / 52 * 5))))
            due = s
            unpaid = arrears.get(pid, 0) if e is None else 0
            dues = []
            while due <= (e or date(2026, 11, 20)) and due <= date(2026, 11, 20):
                dues.append(due)
                due = add_months(s, len(dues))
            reliab = rng.random()
            for i, du in enumerate(dues):
                if i >= len(dues) - unpaid:
                    paid, pdate = (0.0, None) if pid != 24 or i < len(dues) - 1 else (float(r) / 2, du.isoformat())
                else:
                    late = rng.random() < (0.35 if reliab < 0.2 else 0.06)
                    pdate = (du + timedelta(days=rng.randrange(4, 35) if late else rng.randrange(-3, 2))).isoformat()
                    paid = float(r)
                payments.append((len(payments) + 1, tid, du.isoformat(), float(r), paid, pdate))
    db.executemany("INSERT INTO properties VALUES (?,?,?,?,?,?,?)", prop_rows)
    db.executemany("INSERT INTO tenants VALUES (?,?,?)",
                   [(i, n, n.lower().replace(" ", ".") + f"{i % 7 or ''}@mailbox.example") for i, n in tenant_rows])
    db.executemany("INSERT INTO tenancies VALUES (?,?,?,?,?,?,?)", tenancies)
    db.executemany("INSERT INTO rent_payments VALUES (?,?,?,?,?,?)", payments)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ student flats
def build_studentflats(path: Path) -> None:
    rng = random.Random(5502)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE flats (flat_code TEXT PRIMARY KEY, block TEXT, floor INTEGER, has_accessible_bathroom INTEGER);
    CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_ref TEXT UNIQUE, flat_code TEXT REFERENCES flats(flat_code),
                        room_type TEXT, weekly_rate REAL);
    CREATE TABLE students (student_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, university TEXT,
                           course TEXT, year_of_study INTEGER);
    CREATE TABLE contracts (contract_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                            student_id INTEGER REFERENCES students(student_id), academic_year TEXT,
                            start_date TEXT, end_date TEXT, weeks INTEGER, weekly_rent REAL, status TEXT);
    CREATE TABLE maintenance_requests (request_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                                       reported_by INTEGER REFERENCES students(student_id), category TEXT,
                                       priority TEXT, reported_on TEXT, resolved_on TEXT);
    """)
    flats, rooms = [], []
    for block, n, floors in (("A", 6, 3), ("B", 6, 3), ("C", 4, 2)):
        for k in range(1, n + 1):
            code = f"{block}{k}"
            flats.append((code, block, (k - 1) * floors // n + 1, int(k == 1)))
            nrooms = 4 if block == "C" else rng.choice([5, 6, 6])
            for r in range(1, nrooms + 1):
                rtype = "Studio" if block == "C" else ("En-suite" if r <= (3 if block == "A" else 2) else "Standard")
                lo = {"Studio": 215, "En-suite": 165, "Standard": 139}[rtype]
                rooms.append([len(rooms) + 1, f"{code}-{r}", code, rtype, float(lo + rng.randrange(0, 15))])
    rooms[7][4] = 149.0 if rooms[7][3] == "Standard" else rooms[7][4]
    studios = [r for r in rooms if r[3] == "Studio"]
    for r in studios:
        r[4] = float(215 + rng.randrange(0, 14))
    studios[5][4] = 239.0                      # the one most expensive studio
    db.executemany("INSERT INTO flats VALUES (?,?,?,?)", flats)
    db.executemany("INSERT INTO rooms VALUES (?,?,?,?,?)", [tuple(r) for r in rooms])
    unis = ["Northbridge University", "Kingsgate University", "City College of Art", "Northbridge Conservatoire"]
    courses = {"Northbridge University": ["Medicine", "Law", "Computer Science", "History", "Economics"],
               "Kingsgate University": ["Nursing", "Business Management", "Civil Engineering", "Psychology"],
               "City College of Art": ["Fine Art", "Graphic Design", "Fashion"],
               "Northbridge Conservatoire": ["Music Performance", "Composition"]}
    students, contracts = [], []
    pool = [(f, s) for f in FIRST for s in LAST]
    rng.shuffle(pool)
    years = [("2023/24", date(2023, 9, 9), 0.88), ("2024/25", date(2024, 9, 7), 0.93),
             ("2025/26", date(2025, 9, 6), 0.97), ("2026/27", date(2026, 9, 5), 1.0)]
    prev: dict[int, int] = {}            # room -> student who may stay on
    for yi, (ay, start, f) in enumerate(years):
        occ = {}
        stayers = [(room, st) for room, st in prev.items() if rng.random() < 0.22]
        for room, st in stayers:
            if rng.random() < 0.5:       # moves to another room
                room = rng.randrange(1, len(rooms) + 1)
            if room not in occ:
                occ[room] = st
        for r in rooms:
            if r[0] in occ:
                continue
            if rng.random() < [0.93, 0.95, 0.91, 0.87][yi]:
                uni = rng.choices(unis, [6, 4, 2, 1])[0]
                f_, s_ = pool[len(students)]
                students.append((len(students) + 1, f_, s_, uni, rng.choice(courses[uni]), rng.choice([1, 1, 1, 2, 3])))
                occ[r[0]] = len(students)
        prev = {}
        for room, st in sorted(occ.items()):
            r = rooms[room - 1]
            weeks = 44 if r[3] == "Standard" and rng.random() < 0.3 else 51
            status = "cancelled" if rng.random() < 0.06 else "signed"
            contracts.append((len(contracts) + 1, room, st, ay, start.isoformat(),
                              (start + timedelta(weeks=weeks, days=-1)).isoformat(), weeks,
                              float(round(r[4] * f)), status))
            if status == "signed":
                prev[room] = st
    db.executemany("INSERT INTO students VALUES (?,?,?,?,?,?)", students)
    db.executemany("INSERT INTO contracts VALUES (?,?,?,?,?,?,?,?,?)", contracts)
    cats = [("Heating", 9, 6), ("Plumbing", 12, 5), ("Electrical", 7, 4), ("Furniture", 6, 14), ("Internet", 8, 3),
            ("Pest control", 2, 10), ("Locks & keys", 4, 1), ("Appliances", 8, 8)]
    reqs = []
    signed = [c for c in contracts if c[8] == "signed"]
    for _ in range(560):
        c = rng.choice(signed)
        s, e = date.fromisoformat(c[4]), min(date.fromisoformat(c[5]), date(2026, 11, 20))
        if s > e:
            continue
        rep = day(rng, s, e)
        if date(2026, 10, 12) <= rep <= date(2026, 11, 11):
            rep = rep - timedelta(days=40)
        cat = rng.choices(cats, [w for _, w, _ in cats])[0]
        if rep.month in (11, 12, 1, 2) and cat[0] != "Heating" and rng.random() < 0.25:
            cat = cats[0]
        pri = rng.choices(["Low", "Medium", "High", "Urgent"], [4, 5, 3, 1])[0]
        fix = max(0, int(rng.expovariate(1 / cat[2]))) + {"Urgent": 0, "High": 1, "Medium": 2, "Low": 4}[pri]
        res = rep + timedelta(days=fix)
        if rep >= date(2026, 11, 12) and rng.random() < 0.6 or (rep >= date(2026, 6, 1) and rng.random() < 0.08):
            res = None
        elif res > date(2026, 11, 20):
            res = None
        reqs.append((c[1], c[2], cat[0], pri, rep.isoformat(), res.isoformat() if res else None))
    reqs.sort(key=lambda r: r[4])
    db.executemany("INSERT INTO maintenance_requests VALUES (?,?,?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(reqs)])
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ commercial
def money(x: float) -> str:
    return f"£{x:,.2f}"


QDAYS = [(3, 25), (6, 24), (9, 29), (12, 25)]


def quarter_day(d: date) -> date:
    """The first quarter day on or after d."""
    for y in (d.year, d.year + 1):
        for m, dd in QDAYS:
            q = date(y, m, dd)
            if q >= d:
                return q
    raise ValueError(d)


def build_commercial(path: Path) -> None:
    rng = random.Random(5503)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Sites (SiteID INTEGER PRIMARY KEY, SiteName TEXT, Town TEXT);
    CREATE TABLE Units (UnitID INTEGER PRIMARY KEY, UnitRef TEXT, SiteID INTEGER REFERENCES Sites(SiteID),
                        UseClass TEXT, FloorAreaSqFt INTEGER);
    CREATE TABLE Tenants (TenantID INTEGER PRIMARY KEY, CompanyName TEXT, Sector TEXT, ContactName TEXT);
    CREATE TABLE Leases (LeaseID INTEGER PRIMARY KEY, UnitID INTEGER REFERENCES Units(UnitID),
                         TenantID INTEGER REFERENCES Tenants(TenantID), StartDate TEXT, EndDate TEXT, BreakDate TEXT,
                         AnnualRent TEXT);
    CREATE TABLE ServiceCharges (InvoiceNo TEXT PRIMARY KEY, LeaseID INTEGER REFERENCES Leases(LeaseID),
                                 InvoiceDate TEXT, Amount TEXT, PaidOn TEXT);
    CREATE TABLE VoidPeriods (VoidID INTEGER PRIMARY KEY, UnitID INTEGER REFERENCES Units(UnitID), VoidStart TEXT,
                              VoidEnd TEXT);
    """)
    sites = [("Millbrook Business Park", "Millbrook"), ("Castle Street Parade", "Eastwick"),
             ("Exchange House", "Eastwick"), ("Tannery Yard", "Millbrook")]
    db.executemany("INSERT INTO Sites VALUES (?,?,?)", [(i + 1, *s) for i, s in enumerate(sites)])
    plan = [(1, "Industrial", 8), (1, "Warehouse", 3), (2, "Retail", 6), (3, "Office", 5), (4, "Retail", 2),
            (4, "Office", 2), (4, "Industrial", 2)]
    units = []
    for site, use, n in plan:
        for _ in range(n):
            area = {"Industrial": (1800, 6500), "Warehouse": (8000, 22000), "Retail": (650, 2400),
                    "Office": (900, 4200)}[use]
            units.append((len(units) + 1, f"Unit {len(units) + 1}", site, use, rng.randrange(*area) // 10 * 10))
    db.executemany("INSERT INTO Units VALUES (?,?,?,?,?)", units)
    sectors = {"Industrial": ["Engineering", "Food production", "Trade counter", "Logistics"],
               "Warehouse": ["Logistics", "Wholesale"], "Retail": ["Food & drink", "Fashion", "Health & beauty",
                                                                  "Services"],
               "Office": ["Professional services", "Technology", "Healthcare", "Charity"]}
    co_a = ("Apex Brightline Cobalt Dunmore Ember Fairway Granite Harrow Ironbridge Juniper Kestrel Larch Meridian "
            "Northstar Oakfield Pinnacle Quarry Redwood Summit Thornbury Unity Vantage Westgate Yew").split()
    co_b = {"Engineering": "Engineering Ltd", "Food production": "Foods Ltd", "Trade counter": "Trade Supplies",
            "Logistics": "Logistics", "Wholesale": "Wholesale Ltd", "Food & drink": "Kitchen",
            "Fashion": "Boutique", "Health & beauty": "Beauty Rooms", "Services": "Repairs",
            "Professional services": "Accountants LLP", "Technology": "Digital Ltd", "Healthcare": "Health Clinic",
            "Charity": "Trust"}
    rate = {"Industrial": 8.0, "Warehouse": 6.5, "Retail": 24.0, "Office": 19.0}
    sc_rate = {"Industrial": 1.2, "Warehouse": 0.9, "Retail": 4.5, "Office": 5.5}
    tenants, leases, voids, charges = [], [], [], []
    names_used = list(co_a)
    rng.shuffle(names_used)
    ppl = names(rng, 80)
    NOW = date(2026, 11, 27)
    for uid, _ref, _site, use, area in units:
        start = quarter_day(day(rng, date(2015, 6, 1), date(2019, 6, 1)))
        tenant = None
        rent = area * rate[use] * rng.uniform(0.85, 1.15)
        if uid == 4:
            start = date(2017, 3, 25)
        while True:
            if tenant is None:
                sector = rng.choice(sectors[use])
                taken = {t[1] for t in tenants}
                nm = next(f"{st} {co_b[sector]}" for st in names_used[len(tenants) % 24:] + names_used
                          if f"{st} {co_b[sector]}" not in taken)
                tenants.append((len(tenants) + 1, nm, sector, ppl[len(tenants)]))
                tenant = len(tenants)
            years = rng.choice([3, 5, 5, 10]) if uid != 4 else 5
            end = date(start.year + years, start.month, start.day) - timedelta(days=1)
            brk = date(start.year + (3 if years >= 5 else 2), start.month, start.day) \
                if years >= 5 and rng.random() < 0.5 else None
            rent_r = round(rent / 50) * 50
            leases.append([len(leases) + 1, uid, tenant, start.isoformat(), end.isoformat(),
                           brk.isoformat() if brk else None, rent_r])
            if end >= NOW:
                break
            if rng.random() < 0.4 and uid != 4:
                rent = rent_r * (1 + rng.choice([-0.05, 0.0, 0.03, 0.05, 0.07, 0.1, 0.12]))
                start = end + timedelta(days=1)
            else:
                tenant = None
                vstart = end + timedelta(days=1)
                nxt = quarter_day(vstart + timedelta(days=rng.randrange(40, 520)))
                if uid == 4:
                    nxt = quarter_day(vstart + timedelta(days=200))
                if nxt > NOW or uid in (7, 15, 20):
                    voids.append((uid, vstart.isoformat(), None))
                    break
                voids.append((uid, vstart.isoformat(), (nxt - timedelta(days=1)).isoformat()))
                rent = rent_r * rng.uniform(0.95, 1.12)
                start = nxt
    for L in leases:
        uid, s, e = L[1], date.fromisoformat(L[3]), date.fromisoformat(L[4])
        use, area = units[uid - 1][3], units[uid - 1][4]
        q = quarter_day(s)
        while q <= e and q <= date(2026, 9, 29):
            current = e >= NOW
            unpaid = current and q >= date(2026, 3, 25) and L[2] % 6 == 1 or (current and q == date(2026, 9, 29)
                                                                               and L[2] % 5 == 2)
            paid = None if unpaid else (q + timedelta(days=rng.randrange(3, 55))).isoformat()
            charges.append((f"SC{q.year}{q.month:02d}-{L[0]:03d}", L[0], q.isoformat(),
                            money(round(area * sc_rate[use] / 4, 2)), paid))
            m = q.month
            q = quarter_day(q + timedelta(days=1)) if m != 12 else date(q.year + 1, 3, 25)
    db.executemany("INSERT INTO Tenants VALUES (?,?,?,?)", tenants)
    db.executemany("INSERT INTO Leases VALUES (?,?,?,?,?,?,?)", [(*L[:6], money(L[6])) for L in leases])
    db.executemany("INSERT INTO ServiceCharges VALUES (?,?,?,?,?)", charges)
    db.executemany("INSERT INTO VoidPeriods VALUES (?,?,?,?)", [(i + 1, *v) for i, v in enumerate(voids)])
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"lettings": build_lettings, "studentflats": build_studentflats,
                              "commercial": build_commercial}, SETS))
