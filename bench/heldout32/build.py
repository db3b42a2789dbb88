"""Held-out evaluation heldout32: three SQLite databases (a physiotherapy practice group, a stock
photo agency and a 3D-printing service bureau) and hand-written analyst conversations over them,
written before the engine was run on them (see README.md in this folder).

    python bench/heldout32/build.py [OUT_DIR]   # writes physio.sqlite, photostock.sqlite, printworks.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout32), checks every
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

FIRST = ("Aisha Bruno Celia Declan Esme Felix Gwen Harvey Isla Jasper Kemi Leon Mira Noel Orla Piers "
         "Rhea Silas Tamsin Ulric Vera Wade Xena Yusuf Zora").split()
LAST = ("Abbott Bhatt Carver Delaney Ekwueme Farrow Gallo Hendry Iqbal Jarvis Kerr Lindgren Moyo "
        "Nakamura O'Brien Pryce Quayle Ridley Sørensen Thorne").split()


# ------------------------------------------------------------------------------------------
def build_physio(path: Path) -> None:
    rng = random.Random(3201)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE clinics (clinic_id INTEGER PRIMARY KEY, clinic_name TEXT, town TEXT, opened_on TEXT,
                          treatment_rooms INTEGER);
    CREATE TABLE therapists (therapist_id INTEGER PRIMARY KEY, full_name TEXT, clinic_id INTEGER REFERENCES clinics(clinic_id),
                             grade TEXT, start_date TEXT, is_active INTEGER, hourly_cost REAL);
    CREATE TABLE specialties (specialty_id INTEGER PRIMARY KEY, specialty_name TEXT);
    CREATE TABLE therapist_specialties (therapist_id INTEGER REFERENCES therapists(therapist_id),
                                        specialty_id INTEGER REFERENCES specialties(specialty_id));
    CREATE TABLE patients (patient_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, birth_year INTEGER,
                           town TEXT, referral_source TEXT, insurer TEXT);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(patient_id),
                               therapist_id INTEGER REFERENCES therapists(therapist_id), appt_date TEXT, start_time TEXT,
                               appt_type TEXT, list_fee REAL, amount_paid REAL, insurer_billed TEXT, status TEXT,
                               pain_before INTEGER, pain_after INTEGER);
    CREATE TABLE appointment_status_log (log_id INTEGER PRIMARY KEY, appt_id INTEGER REFERENCES appointments(appt_id),
                                         status TEXT, changed_at TEXT, changed_by TEXT);
    """)
    clinics = [("Riverside Physio", "Bath", "2012-03-01", 4), ("Abbey Movement Clinic", "Bath", "2018-09-17", 3),
               ("Cotswold Physio Centre", "Cirencester", "2014-06-02", 5), ("Harbourside Rehab", "Bristol", "2016-01-11", 6),
               ("Clifton Sports Physio", "Bristol", "2020-04-20", 3), ("Wells Back & Joint", "Wells", "2022-10-03", 2)]
    db.executemany("INSERT INTO clinics VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(clinics)])
    specs = ["Sports injury", "Back pain", "Post-surgery rehab", "Paediatrics", "Women's health", "Neurological",
             "Hand therapy", "Acupuncture"]
    db.executemany("INSERT INTO specialties VALUES (?,?)", [(i + 1, s) for i, s in enumerate(specs)])
    thers, links, used = [], [], set()
    tid = 0
    for c in range(1, 7):
        for g in ["Lead"] + ["Senior"] * rng.randint(1, 2) + ["Junior"] * rng.randint(1, 3):
            tid += 1
            while True:
                nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if nm not in used:
                    used.add(nm)
                    break
            lo = max(date.fromisoformat(clinics[c - 1][2]), date(2015, 1, 1))
            cost = {"Lead": (48, 60), "Senior": (38, 47), "Junior": (27, 35)}[g]
            thers.append((tid, nm, c, g, day(rng, lo, date(2024, 3, 1)).isoformat(), 1,
                          round(rng.uniform(*cost), 2)))
            for s in rng.sample(range(1, 9), rng.choice([1, 2, 2, 3])):
                links.append((tid, s))
    thers[4] = (*thers[4][:5], 0, thers[4][6])
    thers[11] = (*thers[11][:5], 0, thers[11][6])
    db.executemany("INSERT INTO therapists VALUES (?,?,?,?,?,?,?)", thers)
    links = sorted(set(links))
    db.executemany("INSERT INTO therapist_specialties VALUES (?,?)", links)
    towns = ["Bath", "Bristol", "Cirencester", "Wells", "Frome", "Chippenham", "Stroud", "Keynsham"]
    insurers = ["Bupa", "AXA Health", "Vitality", "Aviva"]
    pats = []
    for p in range(1, 421):
        src = rng.choices(["GP", "self", "insurer", "employer", None], [5, 6, 4, 1, 2])[0]
        ins = rng.choice(insurers) if src == "insurer" or (src != "insurer" and rng.random() < 0.1) else None
        pats.append((p, rng.choice(FIRST), rng.choice(LAST), rng.randint(1942, 2016), rng.choice(towns), src, ins))
    db.executemany("INSERT INTO patients VALUES (?,?,?,?,?,?,?)", pats)
    fees = {"Initial assessment": 75.0, "Follow-up": 55.0, "Sports massage": 60.0, "Home visit": 95.0,
            "Acupuncture session": 50.0}
    appts, logs = [], []
    aid = lid = 0
    for p in pats:
        n = rng.choices([1, 2, 3, 4, 5, 6, 8, 10], [3, 4, 5, 4, 3, 2, 1, 1])[0]
        if p[0] == 137:
            n = 12      # the one patient with the most appointments
        t = rng.choice(thers)
        d = day(rng, date(2023, 1, 2), date(2024, 12, 20))
        for k in range(n):
            if rng.random() < 0.12:
                t = rng.choice(thers)
            aid += 1
            typ = "Initial assessment" if k == 0 else rng.choices(
                ["Follow-up", "Sports massage", "Home visit", "Acupuncture session"], [12, 3, 2, 2])[0]
            fee = fees[typ]
            if d > date(2025, 1, 10):
                st = "booked"
            else:
                st = rng.choices(["completed", "cancelled", "no-show"], [85, 10, 5])[0]
            billed = "Y" if p[6] and st == "completed" and rng.random() < 0.8 else "N"
            if st == "completed":
                paid = round(fee * rng.choice([1, 1, 1, 1, 0.9, 0.8]), 2) if billed == "N" else round(fee * 0.2, 2)
            elif st == "no-show":
                paid = round(fee * 0.5, 2) if rng.random() < 0.6 else 0.0
            else:
                paid = None
            pb = pa = None
            if st == "completed" and rng.random() < 0.7:
                pb = rng.randint(3, 9)
                pa = max(0, pb - rng.randint(0, 4))
            tm = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '30'])}"
            appts.append((aid, p[0], t[0], d.isoformat(), tm, typ, fee, paid, billed, st, pb, pa))
            booked_at = datetime(d.year, d.month, d.day, 9) - timedelta(days=rng.randint(1, 21), minutes=rng.randint(0, 400))
            lid += 1
            logs.append((lid, aid, "booked", booked_at.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["reception", "online"])))
            if st == "completed" and rng.random() < 0.15:
                lid += 1
                logs.append((lid, aid, "rescheduled", (booked_at + timedelta(hours=rng.randint(2, 60))).strftime(
                    "%Y-%m-%d %H:%M:%S"), "reception"))
            if st != "booked":
                h, m = map(int, tm.split(":"))
                when = datetime(d.year, d.month, d.day, h, m) + timedelta(minutes=45)
                if st == "cancelled":
                    when = datetime(d.year, d.month, d.day, 8) - timedelta(hours=rng.randint(1, 70))
                lid += 1
                logs.append((lid, aid, st, when.strftime("%Y-%m-%d %H:%M:%S"),
                             "therapist" if st != "cancelled" else rng.choice(["reception", "online", "patient phone"])))
            d = d + timedelta(days=rng.randint(5, 21))
    db.executemany("INSERT INTO appointments VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", appts)
    db.executemany("INSERT INTO appointment_status_log VALUES (?,?,?,?,?)", logs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_photostock(path: Path) -> None:
    rng = random.Random(3202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE photographers (photographer_id INTEGER PRIMARY KEY, display_name TEXT, country TEXT, joined_on TEXT,
                                exclusive TEXT, royalty_pct REAL);
    CREATE TABLE photos (photo_id INTEGER PRIMARY KEY, photographer_id INTEGER REFERENCES photographers(photographer_id),
                         title TEXT, uploaded_on TEXT, orientation TEXT, is_editorial INTEGER, base_price REAL,
                         width_px INTEGER, height_px INTEGER);
    CREATE TABLE tags (tag_id INTEGER PRIMARY KEY, tag TEXT);
    CREATE TABLE photo_tags (photo_id INTEGER REFERENCES photos(photo_id), tag_id INTEGER REFERENCES tags(tag_id));
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, client_type TEXT, country TEXT,
                          vat_number TEXT);
    CREATE TABLE licences (licence_id INTEGER PRIMARY KEY, photo_id INTEGER REFERENCES photos(photo_id),
                           client_id INTEGER REFERENCES clients(client_id), licensed_on TEXT, licence_type TEXT,
                           list_price REAL, price_paid REAL, discount_code TEXT, refunded INTEGER);
    CREATE TABLE photo_reviews (review_id INTEGER PRIMARY KEY, photo_id INTEGER REFERENCES photos(photo_id),
                                reviewed_at TEXT, decision TEXT, reviewer TEXT);
    """)
    countries = ["Portugal", "Norway", "Canada", "Kenya", "Japan", "Chile", "Germany", "India"]
    phs, used = [], set()
    for i in range(1, 41):
        while True:
            nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if nm not in used:
                used.add(nm)
                break
        ex = "Y" if rng.random() < 0.3 else "N"
        phs.append((i, nm, rng.choice(countries), day(rng, date(2016, 1, 1), date(2024, 6, 30)).isoformat(), ex,
                    45.0 if ex == "Y" else rng.choice([25.0, 30.0, 35.0])))
    db.executemany("INSERT INTO photographers VALUES (?,?,?,?,?,?)", phs)
    tags = ["beach", "city", "food", "business", "mountains", "family", "technology", "wildlife", "winter",
            "sport", "architecture", "night", "portrait", "travel", "abstract", "health"]
    db.executemany("INSERT INTO tags VALUES (?,?)", [(i + 1, t) for i, t in enumerate(tags)])
    words = ["Sunrise", "Harbour", "Market", "Team", "Glacier", "Picnic", "Circuit", "Leopard", "Snowfall", "Sprint",
             "Bridge", "Neon", "Smile", "Road", "Texture", "Yoga", "Lighthouse", "Rooftop", "Coffee", "Meeting"]
    photos, ptags, reviews = [], [], []
    rid = 0
    weights = [rng.uniform(0.3, 3) for _ in phs]
    for pid in range(1, 901):
        ph = rng.choices(phs, weights)[0]
        up = day(rng, max(date.fromisoformat(ph[3]), date(2020, 1, 1)), date(2024, 11, 30))
        ori = rng.choices(["landscape", "portrait", "square"], [6, 3, 1])[0]
        w, h = rng.choice([(6000, 4000), (5472, 3648), (4000, 3000), (8192, 5464)])
        if ori == "portrait":
            w, h = h, w
        elif ori == "square":
            h = w = min(w, h)
        ed = 1 if rng.random() < 0.15 else 0
        price = rng.choice([19.0, 29.0, 29.0, 49.0, 49.0, 79.0, 99.0])
        photos.append((pid, ph[0], f"{rng.choice(words)} {rng.choice(words).lower()} {pid}", up.isoformat(), ori, ed,
                       price, w, h))
        for t in rng.sample(range(1, 17), rng.randint(1, 4)):
            ptags.append((pid, t))
        t0 = datetime(up.year, up.month, up.day, rng.randint(8, 20), rng.randint(0, 59))
        path_ = rng.choices([["approved"], ["rejected"], ["rejected", "resubmitted", "approved"],
                             ["rejected", "resubmitted", "rejected"]], [80, 6, 10, 4])[0]
        for dec in path_:
            t0 += timedelta(hours=rng.randint(3, 96), minutes=rng.randint(0, 59))
            rid += 1
            reviews.append((rid, pid, t0.strftime("%Y-%m-%d %H:%M"), dec,
                            None if dec == "resubmitted" else rng.choice(["mk", "jt", "ao", "ls"])))
    photos[0] = (1, photos[0][1], "Lighthouse at dusk 1", photos[0][3], "landscape", 0, 249.0, 11648, 8736)
    db.executemany("INSERT INTO photos VALUES (?,?,?,?,?,?,?,?,?)", photos)
    db.executemany("INSERT INTO photo_tags VALUES (?,?)", ptags)
    db.executemany("INSERT INTO photo_reviews VALUES (?,?,?,?,?)", reviews)
    approved = {}
    for r in reviews:
        approved[r[1]] = (r[3], r[2])
    sellable = [p for p in photos if approved[p[0]][0] == "approved"]
    ctypes = ["agency", "publisher", "small business", "individual"]
    cn = ["Bluefin", "Northstar", "Paper Kite", "Orchard", "Quill", "Copperleaf", "Vantage", "Tidewater", "Lumen",
          "Harrow", "Saffron", "Ironbark", "Meridian", "Foxglove", "Granite"]
    sfx = {"agency": "Creative", "publisher": "Press", "small business": "Studio", "individual": None}
    clients = []
    for c in range(1, 151):
        ty = rng.choices(ctypes, [3, 2, 4, 3])[0]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if ty == "individual" else f"{rng.choice(cn)} {sfx[ty]} {c}"
        vat = None if ty == "individual" or rng.random() < 0.25 else f"VAT{rng.randint(10**7, 10**8 - 1)}"
        clients.append((c, name, ty, rng.choice(["UK", "USA", "France", "Germany", "Australia", "Ireland"]), vat))
    db.executemany("INSERT INTO clients VALUES (?,?,?,?,?)", clients)
    lic = []
    pop = [rng.uniform(0.1, 2.5) for _ in sellable]
    for lid in range(1, 2201):
        p = rng.choices(sellable, pop)[0]
        c = rng.randint(1, 150)
        ok = datetime.strptime(approved[p[0]][1], "%Y-%m-%d %H:%M").date()
        d = day(rng, ok + timedelta(days=1), max(ok + timedelta(days=2), date(2024, 12, 31)))
        if d > date(2024, 12, 31):
            d = date(2024, 12, 31)
        lt = "editorial" if p[5] else rng.choices(["standard", "extended"], [7, 2])[0]
        lp = p[6] * (3 if lt == "extended" else 1)
        code = rng.choices([None, "WELCOME10", "BULK20", "SPRING15"], [14, 2, 2, 1])[0]
        off = {None: 0, "WELCOME10": 0.10, "BULK20": 0.20, "SPRING15": 0.15}[code]
        lic.append((lid, p[0], c, d.isoformat(), lt, lp, round(lp * (1 - off), 2), code, 1 if rng.random() < 0.03 else 0))
    db.executemany("INSERT INTO licences VALUES (?,?,?,?,?,?,?,?,?)", lic)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_printworks(path: Path) -> None:
    rng = random.Random(3203)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE machines (machine_code TEXT PRIMARY KEY, model TEXT, technology TEXT, bought_on TEXT,
                           hourly_rate REAL, in_service TEXT);
    CREATE TABLE materials (material_id INTEGER PRIMARY KEY, material_name TEXT, technology TEXT, cost_per_kg REAL,
                            colour TEXT);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, company TEXT, sector TEXT, city TEXT, account_since TEXT,
                            credit_terms_days INTEGER);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                       machine_code TEXT REFERENCES machines(machine_code), ordered_on TEXT, due_on TEXT,
                       completed_on TEXT, parts_count INTEGER, print_hours REAL, quoted_price REAL,
                       invoiced_amount REAL, is_rush TEXT, current_status TEXT);
    CREATE TABLE job_materials (job_id INTEGER REFERENCES jobs(job_id), material_id INTEGER REFERENCES materials(material_id),
                                grams_used REAL);
    CREATE TABLE job_events (event_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id), event_time TEXT,
                             event_type TEXT, note TEXT);
    """)
    machines = [("FDM-01", "Prusa XL", "FDM", "2019-05-10", 12.0, "Y"), ("FDM-02", "Prusa XL", "FDM", "2020-02-14", 12.0, "Y"),
                ("FDM-03", "Ultimaker S7", "FDM", "2022-08-01", 15.0, "Y"), ("FDM-04", "Bambu X1E", "FDM", "2023-11-20", 14.0, "Y"),
                ("SLA-01", "Formlabs Form 3L", "SLA", "2019-09-03", 22.0, "N"),
                ("SLA-02", "Formlabs Form 4L", "SLA", "2023-03-15", 26.0, "Y"),
                ("SLS-01", "Fuse 1+", "SLS", "2021-06-30", 38.0, "Y"), ("SLS-02", "EOS P110", "SLS", "2024-01-22", 45.0, "Y")]
    db.executemany("INSERT INTO machines VALUES (?,?,?,?,?,?)", machines)
    mats = [("PLA", "FDM", 22.0, "white"), ("PETG", "FDM", 26.0, "black"), ("ABS", "FDM", 24.0, "grey"),
            ("Carbon-fibre nylon", "FDM", 95.0, "black"), ("TPU 95A", "FDM", 48.0, "red"),
            ("Standard resin", "SLA", 120.0, "grey"), ("Tough resin", "SLA", 175.0, "blue"),
            ("Clear resin", "SLA", 150.0, None), ("PA12 powder", "SLS", 110.0, "grey"), ("PA11 powder", "SLS", 135.0, "black")]
    db.executemany("INSERT INTO materials VALUES (?,?,?,?,?)", [(i + 1, *m) for i, m in enumerate(mats)])
    sectors = ["Automotive", "Medical devices", "Architecture", "Education", "Consumer products", "Robotics"]
    cities = ["Coventry", "Birmingham", "Leicester", "Nottingham", "Derby", "Wolverhampton"]
    names = ["Axon", "Brightwell", "Cobalt", "Delta", "Everline", "Fulcrum", "Gearbox", "Helix", "Ionic", "Juniper",
             "Kestrel", "Lattice", "Mosaic", "Nimbus", "Orbit", "Pivot", "Quantum", "Rivet", "Sprocket", "Tangent",
             "Umbra", "Vector", "Widget", "Xylo", "Yardley", "Zephyr", "Anvil", "Beacon", "Cirrus", "Dynamo"]
    custs = []
    for i, n in enumerate(names, 1):
        sec = rng.choice(sectors)
        custs.append((i, f"{n} {rng.choice(['Ltd', 'Labs', 'Engineering', 'Design', 'Systems'])}", sec, rng.choice(cities),
                      day(rng, date(2018, 1, 1), date(2024, 6, 1)).isoformat(),
                      rng.choice([None, 14, 30, 30, 60]) if sec != "Education" else None))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", custs)
    jobs, jm, ev = [], [], []
    eid = 0
    cw = [rng.uniform(0.2, 3) for _ in custs]
    for jid in range(1, 1101):
        c = rng.choices(custs, cw)[0]
        m = rng.choices(machines, [5, 5, 4, 3, 2, 3, 3, 2])[0]
        lo = max(date.fromisoformat(m[3]), date.fromisoformat(c[4]), date(2023, 1, 1))
        od = day(rng, lo, date(2024, 12, 31)) if lo < date(2024, 12, 31) else date(2024, 12, 31)
        if m[0] == "SLA-01" and od > date(2024, 3, 31):
            m = machines[5] if od >= date(2023, 3, 15) else machines[0]
        rush = "Y" if rng.random() < 0.18 else "N"
        due = od + timedelta(days=rng.randint(2, 4) if rush == "Y" else rng.randint(7, 21))
        parts = rng.choices([1, 2, 4, 10, 25, 50], [6, 4, 3, 2, 1, 1])[0]
        hours = round(rng.uniform(1.5, 30) * (1 + parts / 25), 1)
        quote = round(hours * m[4] * (1.4 if rush == "Y" else 1.0) + 15, 2)
        failed = rng.random() < 0.09
        cancelled = rng.random() < 0.05
        t = datetime(od.year, od.month, od.day, rng.randint(8, 17), rng.randint(0, 59))
        events = [("quoted", t)]
        if cancelled:
            events.append(("cancelled", t + timedelta(days=rng.randint(1, 5))))
            status, done, inv = "cancelled", None, None
        else:
            t2 = t + timedelta(hours=rng.randint(1, 30))
            events.append(("accepted", t2))
            t3 = t2 + timedelta(hours=rng.randint(2, 40))
            events.append(("printing", t3))
            if failed:
                t3 = t3 + timedelta(hours=rng.randint(2, 20))
                events.append(("failed", t3))
                t3 = t3 + timedelta(hours=rng.randint(1, 24))
                events.append(("reprint", t3))
            t4 = t3 + timedelta(hours=hours + rng.randint(1, 30))
            if t4.date() > date(2024, 12, 27):
                status, done, inv = "printing", None, None
            else:
                events.append(("qc_passed", t4))
                t5 = t4 + timedelta(hours=rng.randint(2, 48))
                events.append(("shipped", t5))
                status, done = "shipped", t5.date().isoformat()
                inv = round(quote * rng.choice([1, 1, 1, 0.95, 0.9, 1.1]), 2)
        jobs.append((jid, c[0], m[0], od.isoformat(), due.isoformat(), done, parts, hours, quote, inv, rush, status))
        for etype, et in events:
            eid += 1
            note = None
            if etype == "failed":
                note = rng.choice(["warping", "layer shift", "resin tank leak", "nozzle clog", "powder contamination"])
            ev.append((eid, jid, et.strftime("%Y-%m-%d %H:%M"), etype, note))
        pool = [x for x in range(1, 11) if mats[x - 1][1] == m[2]]
        for mid in rng.sample(pool, 1 if rng.random() < 0.75 else 2):
            jm.append((jid, mid, round(hours * rng.uniform(8, 25) * (1.6 if failed else 1), 1)))
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", jobs)
    db.executemany("INSERT INTO job_materials VALUES (?,?,?)", jm)
    db.executemany("INSERT INTO job_events VALUES (?,?,?,?,?)", ev)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"physio": build_physio, "photostock": build_photostock, "printworks": build_printworks},
                       SETS))
