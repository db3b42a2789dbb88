"""Held-out evaluation heldout54: three SQLite databases (a restaurant group, a veterinary practice,
a car-park operator) and terse operations-manager conversations over them, written before the
engine was run on them (see README.md in this folder).

    python bench/heldout54/build.py [OUT_DIR]   # writes bistro.sqlite, vets.sqlite, carparks.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout54), checks every
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

FIRST = ("Aoife Bram Celia Dev Esme Farid Gwen Hamza Isla Jude Kasia Leon Mira Noah Orla Pavel Rhea "
         "Sami Tilde Umar Vera Wim Xenia Yusuf Zoe Ada Bruno Cleo Dara Emil").split()
LAST = ("Ahmed Blake Corrigan Doyle Ekwueme Fraser Greaves Hussain Iqbal Jakobsen Kerr Lindqvist Moreau "
        "Nolan Osei Pike Quigley Reyes Sato Thorne Ueda Vance Walsh Young").split()
END = date(2026, 11, 26)


def ts(d: date, h: int, m: int) -> datetime:
    return datetime(d.year, d.month, d.day, h, m)


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M")


# ------------------------------------------------------------------------------------------ bistro
def build_bistro(path: Path) -> None:
    rng = random.Random(5401)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, area TEXT, seats INTEGER, opened TEXT);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, email TEXT, joined_on TEXT);
    CREATE TABLE dishes (dish_id INTEGER PRIMARY KEY, dish TEXT, course TEXT, menu_price REAL, food_cost REAL,
                         is_vegan INTEGER);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id),
                           customer_id INTEGER REFERENCES customers(customer_id), booked_for TEXT, covers INTEGER,
                           channel TEXT, status TEXT, created_at TEXT);
    CREATE TABLE bills (bill_id INTEGER PRIMARY KEY, booking_id INTEGER REFERENCES bookings(booking_id),
                        opened_at TEXT, closed_at TEXT, total REAL, tip REAL, paid_at TEXT);
    CREATE TABLE bill_lines (bill_id INTEGER REFERENCES bills(bill_id), dish_id INTEGER REFERENCES dishes(dish_id),
                             qty INTEGER, unit_price REAL);
    """)
    sites = [("Ember Canal St", "Northern Quarter", 84, "2018-03-02"), ("Ember Riverside", "Salford Quays", 120, "2019-09-14"),
             ("Ember Old Town", "Old Town", 56, "2020-06-01"), ("Ember Market Hall", "City Centre", 98, "2021-11-20"),
             ("Ember Westgate", "Westgate", 64, "2023-04-07"), ("Ember Harbour", "Harbourside", 72, "2025-05-16")]
    db.executemany("INSERT INTO sites VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sites)])
    dishes = [("Charred Leeks", "starter", 7.5, 1.9, 1), ("Smoked Mackerel Pate", "starter", 8.25, 2.6, 0),
              ("Crispy Squid", "starter", 9.0, 3.4, 0), ("Beetroot Carpaccio", "starter", 7.0, 1.4, 1),
              ("Chicken Liver Parfait", "starter", 8.0, 2.1, 0), ("Flat Iron Steak", "main", 22.0, 9.8, 0),
              ("Hake & Mussels", "main", 21.5, 8.9, 0), ("Wild Mushroom Orzo", "main", 16.5, 3.8, 1),
              ("Lamb Rump", "main", 24.5, 11.2, 0), ("Fire-Roast Cauliflower", "main", 15.0, 2.9, 1),
              ("Pork Belly", "main", 19.0, 5.1, 0), ("Half Chicken", "main", 18.5, 5.9, 0),
              ("Dry-Aged Burger", "main", 17.0, 6.2, 0), ("Skin-on Fries", "side", 4.5, 0.6, 1),
              ("Greens", "side", 4.75, 1.1, 1), ("Truffle Mash", "side", 5.5, 1.7, 0),
              ("Sticky Toffee Pudding", "dessert", 7.5, 1.3, 0), ("Dark Chocolate Torte", "dessert", 8.0, 1.9, 0),
              ("Rhubarb Sorbet", "dessert", 6.0, 0.9, 1), ("Cheese Board", "dessert", 10.5, 4.6, 0)]
    db.executemany("INSERT INTO dishes VALUES (?,?,?,?,?,?)", [(i + 1, *d) for i, d in enumerate(dishes)])
    custs = []
    for cid in range(1, 461):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        custs.append((cid, f"{fn} {ln}", f"{fn.lower()}.{ln.lower()}{cid}@mail.test",
                      day(rng, date(2018, 1, 1), date(2026, 10, 31)).isoformat()))
    db.executemany("INSERT INTO customers VALUES (?,?,?,?)", custs)
    ns_rate = [0.05, 0.07, 0.12, 0.06, 0.09, 0.15]
    bookings, bills, lines = [], [], []
    bid = 0
    for bkid in range(1, 3201):
        s = rng.choices(range(1, 7), [17, 22, 10, 19, 13, 9])[0]
        lo = max(date.fromisoformat(sites[s - 1][3]), date(2025, 1, 1))
        d = day(rng, lo, END)
        wd = d.weekday()
        if wd in (4, 5) and rng.random() < 0.4:
            d2 = d
        else:
            d2 = day(rng, lo, END)
        d = d2
        h = rng.choices([12, 13, 14, 17, 18, 19, 20, 21], [6, 9, 4, 3, 8, 14, 11, 4])[0]
        t = ts(d, h, rng.choice([0, 15, 30, 45]))
        covers = rng.choices([1, 2, 3, 4, 5, 6, 8, 10], [3, 30, 8, 14, 4, 5, 2, 1])[0]
        channel = rng.choices(["web", "phone", "app", "walk-in"], [10, 5, 4, 2])[0]
        r = rng.random()
        status = "NS" if r < ns_rate[s - 1] else ("CX" if r < ns_rate[s - 1] + 0.11 else "OK")
        if channel == "walk-in":
            status = "OK"
        cust = rng.choices(range(1, 461), [5 if c % 7 == 0 else 1 for c in range(1, 461)])[0]
        created = t - timedelta(days=rng.randrange(0, 30), hours=rng.randrange(0, 12))
        if channel == "walk-in":
            created = t
        bookings.append((bkid, s, cust, fmt(t), covers, channel, status, fmt(created)))
        if status != "OK" or t.date() > END:
            continue
        bid += 1
        total = 0.0
        for _ in range(covers):
            for course, p in (("starter", 0.5), ("main", 0.95), ("side", 0.35), ("dessert", 0.4)):
                if rng.random() < p:
                    ids = [i + 1 for i, dd in enumerate(dishes) if dd[1] == course]
                    di = rng.choice(ids)
                    lines.append((bid, di, 1, dishes[di - 1][2]))
                    total += dishes[di - 1][2]
        if total == 0:
            lines.append((bid, 8, 1, 16.5))
            total = 16.5
        closed = t + timedelta(minutes=rng.randrange(45, 150) + 6 * covers)
        tip = round(total * rng.choice([0, 0, 0.1, 0.1, 0.125, 0.15]), 2)
        paid = fmt(closed)
        if t.date() >= END - timedelta(days=6) and rng.random() < 0.35:
            paid = None
        elif rng.random() < 0.006:
            paid = None
        bills.append((bid, bkid, fmt(t + timedelta(minutes=rng.randrange(0, 15))), fmt(closed), round(total, 2), tip, paid))
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?,?)", bookings)
    db.executemany("INSERT INTO bills VALUES (?,?,?,?,?,?,?)", bills)
    db.executemany("INSERT INTO bill_lines VALUES (?,?,?,?)", lines)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ vets
def build_vets(path: Path) -> None:
    rng = random.Random(5402)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, first_name TEXT, surname TEXT, town TEXT, email TEXT,
                         registered_on TEXT);
    CREATE TABLE animals (animal_id INTEGER PRIMARY KEY, name TEXT, species TEXT, breed TEXT, sex TEXT, dob TEXT,
                          weight_kg REAL, neutered INTEGER, deceased_on TEXT);
    CREATE TABLE owner_animals (owner_id INTEGER REFERENCES owners(owner_id),
                                animal_id INTEGER REFERENCES animals(animal_id), role TEXT);
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, name TEXT, role TEXT);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, animal_id INTEGER REFERENCES animals(animal_id),
                               staff_id INTEGER REFERENCES staff(staff_id), starts_at TEXT, ends_at TEXT,
                               appt_type TEXT, attended INTEGER);
    CREATE TABLE vaccinations (vacc_id INTEGER PRIMARY KEY, animal_id INTEGER REFERENCES animals(animal_id),
                               vaccine TEXT, given_on TEXT, booster_due TEXT);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, appt_id INTEGER REFERENCES appointments(appt_id),
                           amount REAL, issued_on TEXT, paid_on TEXT);
    """)
    towns = ["Kendal", "Windermere", "Ambleside", "Staveley", "Sedbergh", "Grange"]
    owners = []
    for oid in range(1, 321):
        owners.append((oid, rng.choice(FIRST), rng.choice(LAST), rng.choices(towns, [30, 18, 12, 9, 6, 10])[0],
                       f"owner{oid}@post.test", day(rng, date(2015, 1, 1), date(2026, 9, 30)).isoformat()))
    db.executemany("INSERT INTO owners VALUES (?,?,?,?,?,?)", owners)
    breeds = {"dog": ["Labrador", "Border Collie", "Cocker Spaniel", "Jack Russell", "Whippet", "Crossbreed"],
              "cat": ["Domestic Shorthair", "Maine Coon", "Siamese", "Ragdoll", "British Shorthair"],
              "rabbit": ["Lop", "Netherland Dwarf", "Rex"], "guinea pig": ["Abyssinian", "Peruvian"],
              "ferret": ["Sable"], "tortoise": ["Hermann's"]}
    pet_names = ("Bramble Biscuit Bonnie Pepper Luna Milo Poppy Teddy Willow Nala Rolo Skye Bear Dotty Fudge Hazel "
                 "Juniper Kipper Maple Nutmeg Olive Pickle Rufus Sooty Tansy Ziggy Alfie Bluebell Coco Dexter").split()
    animals, links = [], []
    aid = 0
    for oid in range(1, 321):
        for _ in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
            aid += 1
            sp = rng.choices(list(breeds), [45, 35, 9, 5, 3, 3])[0]
            dob = day(rng, date(2008, 1, 1), date(2026, 6, 1))
            w = {"dog": (6, 38), "cat": (2.5, 7.5), "rabbit": (1, 4), "guinea pig": (0.6, 1.3), "ferret": (0.6, 2),
                 "tortoise": (0.5, 3)}[sp]
            dec = None
            if dob.year < 2013 and rng.random() < 0.3:
                dec = day(rng, date(2024, 1, 1), date(2026, 10, 1)).isoformat()
            br = rng.choice(breeds[sp])
            w = {"Labrador": (25, 36), "Border Collie": (14, 22), "Cocker Spaniel": (12, 16), "Jack Russell": (5, 8),
                 "Whippet": (10, 15), "Crossbreed": (8, 30), "Maine Coon": (5, 9)}.get(br, w)
            animals.append((aid, rng.choice(pet_names), sp, br, rng.choice(["M", "F"]),
                            dob.isoformat(), round(rng.uniform(*w), 1), int(rng.random() < 0.7), dec))
            links.append((oid, aid, "primary"))
            if rng.random() < 0.18:
                other = rng.randrange(1, 321)
                if other != oid:
                    links.append((other, aid, "joint"))
    db.executemany("INSERT INTO animals VALUES (?,?,?,?,?,?,?,?,?)", animals)
    db.executemany("INSERT INTO owner_animals VALUES (?,?,?)", links)
    staff = [(1, "Dr Helen Marsh", "vet"), (2, "Dr Tomas Rydell", "vet"), (3, "Dr Priya Nair", "vet"),
             (4, "Dr Owen Fell", "vet"), (5, "Gemma Lowe", "nurse"), (6, "Callum Birkett", "nurse")]
    db.executemany("INSERT INTO staff VALUES (?,?,?)", staff)
    appts, invs, vaccs = [], [], []
    price = {"consult": (38, 75), "vaccination": (45, 68), "surgery": (180, 900), "dental": (220, 480),
             "nurse clinic": (15, 35), "follow-up": (0, 30)}
    iid = 0
    for ap in range(1, 2601):
        a = rng.randrange(1, aid + 1)
        d = day(rng, date(2024, 1, 2), END)
        if d.weekday() == 6:
            d -= timedelta(days=1)
        typ = rng.choices(list(price), [40, 22, 6, 5, 15, 12])[0]
        st = rng.choice([1, 2, 3, 4]) if typ not in ("nurse clinic",) else rng.choice([5, 6])
        t = ts(d, rng.choice([8, 9, 9, 10, 10, 11, 14, 15, 16, 17]), rng.choice([0, 15, 30, 45]))
        dur = {"consult": 15, "vaccination": 15, "surgery": 90, "dental": 60, "nurse clinic": 20, "follow-up": 10}[typ]
        e = t + timedelta(minutes=dur + rng.randrange(0, 4) * 5)
        att = int(rng.random() > 0.07)
        appts.append((ap, a, st, fmt(t), fmt(e), typ, att))
        if att:
            iid += 1
            amt = round(rng.uniform(*price[typ]), 2)
            paid = (d + timedelta(days=rng.choice([0, 0, 0, 1, 3, 14, 30]))).isoformat()
            if rng.random() < 0.08 or (d > END - timedelta(days=20) and rng.random() < 0.4):
                paid = None
            if paid and paid > END.isoformat():
                paid = None
            invs.append((iid, ap, amt, d.isoformat(), paid))
    vid = 0
    for a in animals:
        sp = a[2]
        if sp not in ("dog", "cat", "rabbit"):
            continue
        vac = {"dog": ["DHP", "Leptospirosis", "Kennel Cough"], "cat": ["Feline Enteritis & Flu", "FeLV"],
               "rabbit": ["RHD2 & Myxo"]}[sp]
        for v in vac:
            if rng.random() < (0.45 if v == "Kennel Cough" else 0.2):
                continue
            g = day(rng, date(2023, 6, 1), date(2026, 11, 20))
            for _ in range(rng.randrange(1, 3)):
                vid += 1
                gap = 365 if v != "DHP" else 3 * 365
                vaccs.append((vid, a[0], v, g.isoformat(), (g + timedelta(days=gap)).isoformat()))
                g = g - timedelta(days=gap + rng.randrange(-20, 40))
    db.executemany("INSERT INTO appointments VALUES (?,?,?,?,?,?,?)", appts)
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?)", invs)
    db.executemany("INSERT INTO vaccinations VALUES (?,?,?,?,?)", vaccs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ car parks
def build_carparks(path: Path) -> None:
    rng = random.Random(5403)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE car_parks (park_id INTEGER PRIMARY KEY, park_name TEXT, town TEXT, spaces INTEGER,
                            multistorey INTEGER, ev_bays INTEGER);
    CREATE TABLE tariffs (tariff_id INTEGER PRIMARY KEY, park_id INTEGER REFERENCES car_parks(park_id),
                          max_hours REAL, price REAL);
    CREATE TABLE stays (stay_id INTEGER PRIMARY KEY, park_id INTEGER REFERENCES car_parks(park_id), plate TEXT,
                        entered_at TEXT, exited_at TEXT, fee REAL, pay_method TEXT);
    CREATE TABLE season_tickets (ticket_id INTEGER PRIMARY KEY, park_id INTEGER REFERENCES car_parks(park_id),
                                 plate TEXT, holder TEXT, starts_on TEXT, ends_on TEXT, price REAL);
    CREATE TABLE pcns (pcn_id INTEGER PRIMARY KEY, park_id INTEGER REFERENCES car_parks(park_id), plate TEXT,
                       issued_at TEXT, reason TEXT, amount REAL, paid_on TEXT);
    """)
    parks = [("Station Road", "Harrogate", 420, 1, 12), ("Victoria MSCP", "Harrogate", 610, 1, 20),
             ("Abbey Walk", "Ripon", 140, 0, 4), ("Quay Street", "Whitby", 210, 0, 0),
             ("Castle Hill", "Knaresborough", 95, 0, 2), ("Hospital Lane", "Harrogate", 260, 0, 6),
             ("Marina", "Whitby", 330, 1, 8)]
    db.executemany("INSERT INTO car_parks VALUES (?,?,?,?,?,?)", [(i + 1, *p) for i, p in enumerate(parks)])
    tariffs = []
    base = [1.2, 1.5, 0.9, 1.4, 1.0, 1.1, 1.6]
    for p in range(1, 8):
        for hrs, mult in ((1, 1), (2, 1.8), (4, 3.2), (24, 6)):
            tariffs.append((len(tariffs) + 1, p, hrs, round(base[p - 1] * mult, 2)))
    db.executemany("INSERT INTO tariffs VALUES (?,?,?,?)", tariffs)
    letters = "ABCDEFGHJKLMNOPRSTVWXY"

    def plate() -> str:
        return (rng.choice(letters) + rng.choice(letters) + str(rng.randrange(10, 75)) + " "
                + "".join(rng.choice(letters) for _ in range(3)))
    regulars = [plate() for _ in range(120)]
    season = []
    for tid in range(1, 91):
        p = rng.choices(range(1, 8), [20, 25, 6, 5, 3, 12, 9])[0]
        s = day(rng, date(2025, 1, 1), date(2026, 11, 1))
        months = rng.choice([1, 3, 3, 6, 12])
        e = s + timedelta(days=30 * months - 1)
        season.append((tid, p, regulars[tid], f"{rng.choice(FIRST)} {rng.choice(LAST)}", s.isoformat(), e.isoformat(),
                       round({1: 85, 3: 240, 6: 450, 12: 820}[months] * (1 + 0.1 * (p in (1, 2))), 2)))
    db.executemany("INSERT INTO season_tickets VALUES (?,?,?,?,?,?,?)", season)
    stays = []
    for sid in range(1, 3601):
        p = rng.choices(range(1, 8), [20, 26, 8, 10, 5, 14, 11])[0]
        d = day(rng, date(2026, 3, 1), END)
        h = rng.choices(range(6, 23), [1, 3, 6, 9, 8, 7, 8, 7, 6, 6, 5, 4, 3, 3, 2, 1, 1])[0]
        t = ts(d, h, rng.randrange(60))
        pl = rng.choices(regulars, [4 if i == 5 else 1 for i in range(120)])[0] if rng.random() < 0.3 else plate()
        mins = int(rng.choices([rng.randrange(10, 60), rng.randrange(60, 180), rng.randrange(180, 480),
                                rng.randrange(480, 1500)], [4, 6, 3, 1])[0])
        out = t + timedelta(minutes=mins)
        method = rng.choices(["card", "app", "cash"], [6, 5, 2])[0]
        if pl in [s[2] for s in season if s[1] == p]:
            method = "season"
        fee = None
        if method != "season":
            for tr in tariffs:
                if tr[1] == p and mins <= tr[2] * 60:
                    fee = tr[3]
                    break
            if fee is None:
                fee = round(tariffs[(p - 1) * 4 + 3][3] * 1.5, 2)
        if d == END and rng.random() < 0.5 or (d >= END - timedelta(days=3) and rng.random() < 0.04):
            stays.append((sid, p, pl, fmt(t), None, None, None if method != "season" else "season"))
        else:
            stays.append((sid, p, pl, fmt(t), fmt(out), fee if method != "season" else 0.0, method))
    db.executemany("INSERT INTO stays VALUES (?,?,?,?,?,?,?)", stays)
    pcns = []
    reasons = ["overstayed", "no ticket", "parked in EV bay", "outside bay", "disabled bay without badge"]
    for pid in range(1, 241):
        p = rng.choices(range(1, 8), [18, 20, 9, 12, 6, 16, 9])[0]
        d = day(rng, date(2026, 3, 1), END)
        r = rng.choices(reasons, [10, 12, 3, 5, 2])[0]
        amt = 70.0 if r != "disabled bay without badge" else 100.0
        paid = None
        if rng.random() < 0.72:
            paid = (d + timedelta(days=rng.randrange(1, 40))).isoformat()
            if paid > END.isoformat():
                paid = None
        pcns.append((pid, p, plate(), fmt(ts(d, rng.randrange(8, 20), rng.randrange(60))), r, amt, paid))
    db.executemany("INSERT INTO pcns VALUES (?,?,?,?,?,?,?)", pcns)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"bistro": build_bistro, "vets": build_vets, "carparks": build_carparks}, SETS))
