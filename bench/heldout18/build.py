"""Eighteenth held-out evaluation: three SQLite databases (a gym franchise in snake_case, a parcel
logistics company in camelCase, a print-on-demand shop in legacy upper-case abbreviations with a
code lookup table) and hand-written analyst conversations over them, written before the engine was
run on them (see README.md in this folder).

    python bench/heldout18/build.py [OUT_DIR]   # writes gym.sqlite, parcels.sqlite, printshop.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout18), checks every
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

FIRST = ("Adele Bruno Chiara Dario Emeka Fatima Gustav Hana Ivo Jada Kofi Leila Marek Nadia Omar Paula "
         "Rhys Selma Teo Ulla Vera Wim Ximena Yusuf Zofia").split()
LAST = ("Abara Brandt Castillo Dahl Eriksen Ferreira Grant Haddad Ito Jovanovic Kaur Lindgren Moreau "
        "Nakamura Oyelaran Petrov Quist Ruiz Sato Thorne").split()


# ------------------------------------------------------------------------------------------ gym
def build_gym(path: Path) -> None:
    rng = random.Random(1801)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT, city TEXT, region TEXT, opened_on TEXT);
    CREATE TABLE plans (plan_code TEXT PRIMARY KEY, plan_name TEXT, monthly_fee REAL, contract_months INTEGER);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                          home_club_id INTEGER REFERENCES clubs(club_id), plan_code TEXT REFERENCES plans(plan_code),
                          joined_on TEXT, cancelled_on TEXT, birth_year INTEGER);
    CREATE TABLE trainers (trainer_id INTEGER PRIMARY KEY, full_name TEXT, club_id INTEGER REFERENCES clubs(club_id),
                           specialty TEXT, hourly_rate REAL, hired_on TEXT);
    CREATE TABLE classes (class_id INTEGER PRIMARY KEY, club_id INTEGER REFERENCES clubs(club_id),
                          trainer_id INTEGER REFERENCES trainers(trainer_id), class_type TEXT, class_date TEXT,
                          start_time TEXT, capacity INTEGER, status TEXT);
    CREATE TABLE class_bookings (booking_id INTEGER PRIMARY KEY, class_id INTEGER REFERENCES classes(class_id),
                                 member_id INTEGER REFERENCES members(member_id), booked_on TEXT, attended INTEGER);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                           paid_on TEXT, amount REAL, payment_type TEXT);
    """)
    clubs = [("PulseFit Camden", "London", "South", "2016-03-01"), ("PulseFit Shoreditch", "London", "South", "2018-09-15"),
             ("PulseFit Bristol", "Bristol", "South", "2017-05-20"), ("PulseFit Leeds", "Leeds", "North", "2019-01-10"),
             ("PulseFit Manchester", "Manchester", "North", "2015-11-02"), ("PulseFit Glasgow", "Glasgow", "Scotland", "2020-02-14"),
             ("PulseFit Edinburgh", "Edinburgh", "Scotland", "2021-06-01"), ("PulseFit Cardiff", "Cardiff", "Wales", "2022-04-04")]
    db.executemany("INSERT INTO clubs VALUES (?,?,?,?,?)", [(i + 1, *c) for i, c in enumerate(clubs)])
    plans = [("BAS", "Basic", 24.99, 1), ("STD", "Standard", 39.99, 12), ("PRM", "Premium", 59.99, 12),
             ("OFF", "Off-Peak", 19.99, 1), ("STU", "Student", 17.5, 6)]
    db.executemany("INSERT INTO plans VALUES (?,?,?,?)", plans)
    fee = {p[0]: p[2] for p in plans}
    members = []
    for m in range(1, 641):
        club = rng.choices(range(1, 9), [15, 12, 10, 11, 14, 8, 6, 4])[0]
        plan = rng.choices(["BAS", "STD", "PRM", "OFF", "STU"], [5, 8, 3, 3, 2])[0]
        j = day(rng, max(date.fromisoformat(clubs[club - 1][3]), date(2021, 1, 1)), date(2024, 11, 30))
        canc = day(rng, j + timedelta(days=40), date(2024, 12, 31)).isoformat() \
            if rng.random() < 0.3 and j < date(2024, 10, 1) else None
        by = rng.randrange(1958, 2005) if rng.random() < 0.88 else None
        members.append((m, rng.choice(FIRST), rng.choice(LAST), club, plan, j.isoformat(), canc, by))
    db.executemany("INSERT INTO members VALUES (?,?,?,?,?,?,?,?)", members)
    specs = ["Yoga", "Spin", "HIIT", "Pilates", "Strength"]
    trainers = []
    for t in range(1, 27):
        club = (t - 1) % 8 + 1
        sp = specs[(t * 3) % 5]
        trainers.append((t, f"{rng.choice(FIRST)} {rng.choice(LAST)}", club, sp,
                         round(rng.uniform(22, 48), 2), day(rng, date(2018, 1, 1), date(2023, 6, 30)).isoformat()))
    trainers[25] = (26, "Noor Castillo", 2, "Pilates", 41.0, "2024-11-18")   # hired late, never taught a class
    db.executemany("INSERT INTO trainers VALUES (?,?,?,?,?,?)", trainers)
    classes = []
    for c in range(1, 1101):
        t = rng.randrange(1, 26)
        tr = trainers[t - 1]
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        st = "cancelled" if rng.random() < 0.06 else "held"
        classes.append((c, tr[2], t, tr[3], d.isoformat(), rng.choice(["06:30", "07:00", "12:15", "17:30", "18:30", "19:30"]),
                        rng.choice([12, 15, 20, 25]), st))
    db.executemany("INSERT INTO classes VALUES (?,?,?,?,?,?,?,?)", classes)
    bookings, n = [], 0
    for c in classes:
        cd = date.fromisoformat(c[4])
        local = [m for m in members if m[3] == c[1] and m[5] <= c[4] and (m[6] is None or m[6] >= c[4])]
        if not local:
            continue
        k = min(len(local), rng.randrange(2, c[6] + 1))
        for m in rng.sample(local, k):
            n += 1
            att = None if c[7] == "cancelled" else (None if rng.random() < 0.05 else int(rng.random() < 0.82))
            bookings.append((n, c[0], m[0], (cd - timedelta(days=rng.randrange(0, 9))).isoformat(), att))
    db.executemany("INSERT INTO class_bookings VALUES (?,?,?,?,?)", bookings)
    pays, n = [], 0
    for m in members:
        d = date.fromisoformat(m[5])
        end = date.fromisoformat(m[6]) if m[6] else date(2024, 12, 31)
        while d <= end:
            if d >= date(2023, 1, 1):
                n += 1
                pays.append((n, m[0], d.isoformat(), fee[m[4]], "membership"))
                if rng.random() < 0.07:
                    n += 1
                    pays.append((n, m[0], (d + timedelta(days=rng.randrange(1, 20))).isoformat(),
                                 rng.choice([35.0, 45.0, 60.0, 120.0]), "personal_training"))
                if rng.random() < 0.012:
                    n += 1
                    pays.append((n, m[0], (d + timedelta(days=rng.randrange(3, 25))).isoformat(),
                                 -fee[m[4]], "refund"))
            d = date(d.year + (d.month == 12), d.month % 12 + 1, min(d.day, 28))
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?)", pays)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ parcels
def build_parcels(path: Path) -> None:
    rng = random.Random(1802)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE hubs (hubId INTEGER PRIMARY KEY, hubName TEXT, city TEXT, country TEXT, openedOn TEXT);
    CREATE TABLE accounts (accountId INTEGER PRIMARY KEY, companyName TEXT, industry TEXT, signupDate TEXT,
                           creditLimit REAL);
    CREATE TABLE couriers (courierId INTEGER PRIMARY KEY, courierName TEXT, homeHubId INTEGER REFERENCES hubs(hubId),
                           vehicleType TEXT, hiredOn TEXT);
    CREATE TABLE parcels (parcelId INTEGER PRIMARY KEY, accountId INTEGER REFERENCES accounts(accountId),
                          originHubId INTEGER REFERENCES hubs(hubId), destinationHubId INTEGER REFERENCES hubs(hubId),
                          serviceLevel TEXT, weightKg REAL, shippingFee REAL, createdAt TEXT, deliveredAt TEXT,
                          parcelStatus TEXT);
    CREATE TABLE courierShifts (shiftId INTEGER PRIMARY KEY, courierId INTEGER REFERENCES couriers(courierId),
                                hubId INTEGER REFERENCES hubs(hubId), shiftDate TEXT, hoursWorked REAL,
                                overtimeHours REAL);
    CREATE TABLE deliveryAttempts (attemptId INTEGER PRIMARY KEY, parcelId INTEGER REFERENCES parcels(parcelId),
                                   courierId INTEGER REFERENCES couriers(courierId), attemptedAt TEXT, outcome TEXT);
    """)
    hubs = [("Rotterdam Gateway", "Rotterdam", "Netherlands", "2014-02-01"), ("Antwerp North", "Antwerp", "Belgium", "2016-07-12"),
            ("Cologne East", "Cologne", "Germany", "2015-10-03"), ("Lyon Sud", "Lyon", "France", "2018-04-22"),
            ("Milan Linate", "Milan", "Italy", "2019-09-09"), ("Hamburg Port", "Hamburg", "Germany", "2017-01-16"),
            ("Lille Centre", "Lille", "France", "2021-05-30")]
    db.executemany("INSERT INTO hubs VALUES (?,?,?,?,?)", [(i + 1, *h) for i, h in enumerate(hubs)])
    inds = ["Fashion", "Electronics", "Books", "Home & Garden", "Health", "Toys"]
    suff = ["BV", "GmbH", "SARL", "Ltd", "SpA", "NV"]
    words = "Nordic Vela Orbit Cobalt Lumen Atlas Juniper Meridian Pixel Quartz Harbor Tidal Ember Falcon Sable".split()
    accounts = []
    for a in range(1, 61):
        accounts.append((a, f"{rng.choice(words)} {rng.choice(words)} {rng.choice(suff)}", rng.choice(inds),
                         day(rng, date(2019, 1, 1), date(2024, 6, 30)).isoformat(),
                         rng.choice([5000.0, 10000.0, 25000.0, 50000.0, None])))
    accounts[59] = (60, "Ember Quartz Ltd", "Books", "2024-12-20", 5000.0)   # signed up, never shipped
    db.executemany("INSERT INTO accounts VALUES (?,?,?,?,?)", accounts)
    vehicles = ["van", "van", "van", "cargo bike", "truck", "e-scooter"]
    couriers = []
    for c in range(1, 43):
        couriers.append((c, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.randrange(1, 8), rng.choice(vehicles),
                         day(rng, date(2018, 1, 1), date(2024, 3, 31)).isoformat()))
    db.executemany("INSERT INTO couriers VALUES (?,?,?,?,?)", couriers)
    fee0 = {"economy": 4.2, "standard": 6.9, "express": 13.5}
    parcels, attempts, na = [], [], 0
    aw = [random.Random(a).randint(1, 9) for a in range(1, 60)]
    for p in range(1, 2801):
        acc = rng.choices(range(1, 60), aw)[0]
        o = rng.choices(range(1, 8), [16, 10, 12, 7, 6, 9, 4])[0]
        dst = rng.choice([h for h in range(1, 8) if h != o])
        sl = rng.choices(["economy", "standard", "express"], [3, 6, 2])[0]
        w = round(rng.lognormvariate(0.6, 0.8), 2)
        f = round(fee0[sl] + 0.85 * w + rng.uniform(-0.5, 0.5), 2)
        t = datetime(2023, 1, 1) + timedelta(minutes=rng.randrange(0, 731 * 24 * 60))
        r = rng.random()
        status = "delivered" if r < 0.9 else "returned" if r < 0.95 else "lost" if r < 0.97 else "in_transit"
        if t > datetime(2024, 12, 27):
            status = "in_transit"
        tries = rng.choices([1, 2, 3], [8, 2, 1])[0]
        at = t
        home = [c for c in couriers if c[2] == dst]
        deliv = None
        for k in range(tries if status != "lost" else 0):
            at = at + timedelta(hours=rng.randrange(18, 60) if sl != "express" else rng.randrange(8, 30))
            last = k == tries - 1
            outc = "delivered" if last and status == "delivered" else rng.choice(["no one home", "no one home", "address issue", "refused"])
            if status == "in_transit" and at > datetime(2024, 12, 31):
                break
            na += 1
            attempts.append((na, p, rng.choice(home)[0], at.strftime("%Y-%m-%d %H:%M"), outc))
            if outc == "delivered":
                deliv = at.strftime("%Y-%m-%d %H:%M")
        parcels.append((p, acc, o, dst, sl, w, f, t.strftime("%Y-%m-%d %H:%M"), deliv, status))
    db.executemany("INSERT INTO parcels VALUES (?,?,?,?,?,?,?,?,?,?)", parcels)
    db.executemany("INSERT INTO deliveryAttempts VALUES (?,?,?,?,?)", attempts)
    shifts, n = [], 0
    for c in couriers[:-1]:          # the last courier never worked a shift
        for _ in range(rng.randrange(40, 90)):
            n += 1
            d = day(rng, max(date.fromisoformat(c[4]), date(2023, 1, 1)), date(2024, 12, 31))
            h = rng.choice([6.0, 7.5, 8.0, 8.0, 8.0, 9.0, 10.0])
            shifts.append((n, c[0], c[2] if rng.random() < 0.9 else rng.randrange(1, 8), d.isoformat(), h,
                           (round(rng.uniform(0.5, 3), 1) if h >= 9 and rng.random() < 0.7 else None)))
    db.executemany("INSERT INTO courierShifts VALUES (?,?,?,?,?,?)", shifts)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ printshop
def build_printshop(path: Path) -> None:
    rng = random.Random(1803)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE CD_LKP (cd_typ TEXT, cd TEXT, cd_desc TEXT, PRIMARY KEY (cd_typ, cd));
    CREATE TABLE CUST (cust_id INTEGER PRIMARY KEY, cust_nm TEXT, ctry_cd TEXT, sgnup_dt TEXT);
    CREATE TABLE ARTST (artst_id INTEGER PRIMARY KEY, artst_nm TEXT, ctry_cd TEXT, roy_pct REAL);
    CREATE TABLE DSGN (dsgn_id INTEGER PRIMARY KEY, dsgn_ttl TEXT, artst_id INTEGER REFERENCES ARTST(artst_id),
                       cat_cd TEXT, upld_dt TEXT);
    CREATE TABLE PRTR (prtr_id INTEGER PRIMARY KEY, prtr_nm TEXT, site_cd TEXT, instl_dt TEXT);
    CREATE TABLE ORD (ord_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES CUST(cust_id), ord_dt TEXT,
                      chnl_cd TEXT, sts_cd TEXT, ord_amt_usd REAL, shp_amt_usd REAL, disc_amt_usd REAL);
    CREATE TABLE ORD_LN (ord_id INTEGER REFERENCES ORD(ord_id), ln_no INTEGER, dsgn_id INTEGER REFERENCES DSGN(dsgn_id),
                         prd_cd TEXT, qty INTEGER, unit_prc_usd REAL, PRIMARY KEY (ord_id, ln_no));
    CREATE TABLE PRT_JOB (job_id INTEGER PRIMARY KEY, ord_id INTEGER REFERENCES ORD(ord_id),
                          prtr_id INTEGER REFERENCES PRTR(prtr_id), job_dt TEXT, dur_min INTEGER, fail_flg TEXT);
    """)
    lk = [("CHNL", "WEB", "Own web shop"), ("CHNL", "ETSY", "Etsy marketplace"), ("CHNL", "AMZ", "Amazon"),
          ("CHNL", "B2B", "Wholesale / business"),
          ("STS", "SHP", "Shipped"), ("STS", "CNC", "Cancelled"), ("STS", "RFD", "Refunded"), ("STS", "PND", "Pending"),
          ("PRD", "TSH", "T-shirt"), ("PRD", "HOD", "Hoodie"), ("PRD", "MUG", "Mug"), ("PRD", "PST", "Poster"),
          ("PRD", "TOT", "Tote bag"),
          ("CAT", "ANML", "Animals"), ("CAT", "TYPO", "Typography"), ("CAT", "RETR", "Retro"), ("CAT", "NATR", "Nature"),
          ("CAT", "ABST", "Abstract"),
          ("SITE", "LDN", "London studio"), ("SITE", "BER", "Berlin studio"), ("SITE", "NJY", "New Jersey plant")]
    db.executemany("INSERT INTO CD_LKP VALUES (?,?,?)", lk)
    ctry = ["US", "GB", "DE", "FR", "NL", "CA", "AU"]
    custs = []
    for c in range(1, 451):
        custs.append((c, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choices(ctry, [9, 5, 4, 2, 1, 2, 2])[0],
                      day(rng, date(2020, 1, 1), date(2024, 10, 31)).isoformat()))
    db.executemany("INSERT INTO CUST VALUES (?,?,?,?)", custs)
    arts = []
    for a in range(1, 19):
        arts.append((a, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ctry), rng.choice([8.0, 10.0, 12.5, 15.0])))
    db.executemany("INSERT INTO ARTST VALUES (?,?,?,?)", arts)
    adj = "Sleepy Neon Cosmic Wild Vintage Tiny Golden Midnight Lazy Electric Misty Brave".split()
    noun = "Fox Otter Sunset Cactus Wave Owl Mountain Koi Tiger Moth Fern Rocket Llama Orbit".split()
    dsgn = []
    for d in range(1, 141):
        a = rng.randrange(1, 19) if d > 18 else d
        dsgn.append((d, f"{rng.choice(adj)} {rng.choice(noun)} #{d}", a, rng.choice(["ANML", "TYPO", "RETR", "NATR", "ABST"]),
                     day(rng, date(2021, 1, 1), date(2024, 9, 30)).isoformat()))
    dsgn[139] = (140, "Paper Crane #140", 18, "ABST", "2024-12-28")   # uploaded late, never ordered
    db.executemany("INSERT INTO DSGN VALUES (?,?,?,?,?)", dsgn)
    prtrs = [(1, "Epson F2100 #1", "LDN", "2019-03-11"), (2, "Epson F2100 #2", "LDN", "2021-08-02"),
             (3, "Brother GTX Pro", "BER", "2020-05-19"), (4, "Kornit Atlas", "NJY", "2022-01-24"),
             (5, "Sawgrass SG1000", "NJY", "2020-10-07"), (6, "Mimaki UJF", "BER", "2023-04-15")]
    db.executemany("INSERT INTO PRTR VALUES (?,?,?,?)", prtrs)
    price = {"TSH": 24.0, "HOD": 44.0, "MUG": 15.0, "PST": 19.0, "TOT": 18.0}
    prtr_for = {"TSH": [1, 2, 3, 4], "HOD": [1, 3, 4], "MUG": [5, 6], "PST": [5, 6], "TOT": [2, 3, 4]}
    ords, lines, jobs, nj = [], [], [], 0
    for o in range(1, 2201):
        c = rng.randrange(1, 451)
        d = day(rng, max(date.fromisoformat(custs[c - 1][3]), date(2023, 1, 1)), date(2024, 12, 31))
        ch = rng.choices(["WEB", "ETSY", "AMZ", "B2B"], [6, 4, 3, 1])[0]
        st = rng.choices(["SHP", "CNC", "RFD", "PND"], [86, 5, 5, 4])[0]
        if d < date(2024, 12, 15) and st == "PND":
            st = "SHP"
        amt, prods = 0.0, []
        for ln in range(1, rng.choices([1, 2, 3, 4], [6, 3, 2, 1])[0] + 1):
            ds = rng.randrange(1, 140)
            pc = rng.choices(list(price), [8, 3, 4, 3, 2])[0]
            q = rng.choices([1, 2, 3, 5, 10], [10, 4, 2, 1, 1 if ch == "B2B" else 0])[0]
            up = round(price[pc] * (0.8 if ch == "B2B" else 1.0) + rng.choice([0, 0, 2.0, -1.0]), 2)
            lines.append((o, ln, ds, pc, q, up))
            amt += q * up
            prods.append(pc)
        disc = round(amt * rng.choice([0.1, 0.15, 0.2]), 2) if rng.random() < 0.18 else None
        shp = 0.0 if amt >= 60 else rng.choice([4.95, 5.95, 7.5])
        ords.append((o, c, d.isoformat(), ch, st, round(amt - (disc or 0), 2), shp, disc))
        if st != "CNC":
            for pc in set(prods):
                nj += 1
                jd = d + timedelta(days=rng.randrange(0, 4))
                jobs.append((nj, o, rng.choice(prtr_for[pc]), jd.isoformat(), rng.randrange(6, 55),
                             "Y" if rng.random() < 0.04 else "N"))
    db.executemany("INSERT INTO ORD VALUES (?,?,?,?,?,?,?,?)", ords)
    db.executemany("INSERT INTO ORD_LN VALUES (?,?,?,?,?,?)", lines)
    db.executemany("INSERT INTO PRT_JOB VALUES (?,?,?,?,?,?)", jobs)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"gym": build_gym, "parcels": build_parcels, "printshop": build_printshop}, SETS))
