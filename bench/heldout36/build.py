"""Held-out evaluation heldout36: three SQLite databases (an IT support desk, a council's community
hall hire service, a conference organiser) and hand-written analyst conversations over them, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout36/build.py [OUT_DIR]   # writes itdesk.sqlite, halls.sqlite, conferences.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout36), checks every
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

FIRST = ("Abel Bianca Cyrus Delia Emeka Freya Gustav Hana Idris Jolene Kasper Leona Matteo Nadia Osman "
         "Petra Rhys Selma Tobias Ulla Vikram Wilma Xander Yusuf Zofia").split()
LAST = ("Abbott Brennan Castillo Dahl Eriksen Ferreira Gallagher Horvat Iqbal Jovanovic Kaur Lindqvist "
        "Moreau Nakamura Oyelaran Pereira Quigley Reyes Sorensen Thorne").split()


def ts(d: date, rng: random.Random, h0: int = 8, h1: int = 18) -> datetime:
    return datetime(d.year, d.month, d.day, rng.randrange(h0, h1), rng.randrange(60), rng.randrange(60))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ------------------------------------------------------------------------------------------ IT desk
def build_itdesk(path: Path) -> None:
    rng = random.Random(3601)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE agents (agent_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, team TEXT,
                         hired_on TEXT, is_active INTEGER);
    CREATE TABLE requesters (requester_id INTEGER PRIMARY KEY, full_name TEXT, department TEXT,
                             is_vip TEXT, desk_phone TEXT);
    CREATE TABLE assets (asset_id INTEGER PRIMARY KEY, asset_tag TEXT, asset_type TEXT, purchased_on TEXT,
                         purchase_price REAL, current_value REAL);
    CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, requester_id INTEGER REFERENCES requesters(requester_id),
                          agent_id INTEGER REFERENCES agents(agent_id), category TEXT, priority TEXT,
                          opened_at TEXT, resolved_at TEXT, sla_breached INTEGER, satisfaction INTEGER);
    CREATE TABLE ticket_assets (ticket_id INTEGER REFERENCES tickets(ticket_id),
                                asset_id INTEGER REFERENCES assets(asset_id));
    CREATE TABLE ticket_status_log (log_id INTEGER PRIMARY KEY, ticket_id INTEGER REFERENCES tickets(ticket_id),
                                    changed_at TEXT, status TEXT, changed_by INTEGER REFERENCES agents(agent_id));
    """)
    teams = ["Service Desk", "Network", "Applications", "Field Support"]
    agents = []
    for i in range(1, 19):
        agents.append((i, FIRST[(i * 7) % 25], LAST[(i * 3) % 20], teams[i % 4],
                       day(rng, date(2014, 1, 1), date(2024, 6, 30)).isoformat(), 0 if i in (5, 12, 17) else 1))
    db.executemany("INSERT INTO agents VALUES (?,?,?,?,?,?)", agents)
    depts = ["Finance", "Legal", "Marketing", "Operations", "Sales", "Engineering", "Procurement"]
    reqs = []
    for i in range(1, 141):
        name = f"{FIRST[rng.randrange(25)]} {LAST[rng.randrange(20)]}"
        reqs.append((i, name, rng.choice(depts), "Y" if rng.random() < 0.12 else "N",
                     None if rng.random() < 0.3 else f"ext {rng.randrange(2000, 2999)}"))
    db.executemany("INSERT INTO requesters VALUES (?,?,?,?,?)", reqs)
    types = {"Laptop": 1350, "Desktop": 980, "Printer": 640, "Phone": 720, "Monitor": 310}
    assets = []
    for i in range(1, 221):
        t = rng.choice(list(types))
        d = day(rng, date(2018, 1, 1), date(2024, 10, 31))
        price = round(types[t] * rng.uniform(0.7, 1.4), 2)
        age = (date(2025, 1, 1) - d).days / 365
        assets.append((i, f"AS-{10000 + i * 37}", t, d.isoformat(), price, round(price * max(0.05, 1 - age / 5), 2)))
    db.executemany("INSERT INTO assets VALUES (?,?,?,?,?,?)", assets)
    cats = ["Hardware", "Software", "Network", "Access", "Email", "Printing"]
    tickets, links, logs = [], [], []
    for tid in range(1, 1501):
        opened = ts(day(rng, date(2023, 1, 1), date(2024, 12, 31)), rng, 7, 19)
        cat = rng.choices(cats, [5, 6, 3, 4, 3, 2])[0]
        pr = rng.choices(["P1", "P2", "P3", "P4"], [1, 3, 8, 5])[0]
        agent = None if rng.random() < 0.06 else rng.choice([a[0] for a in agents])
        resolved = None
        if agent and rng.random() < 0.9:
            resolved = opened + timedelta(hours=rng.expovariate(1 / {"P1": 5, "P2": 14, "P3": 40, "P4": 80}[pr]))
        limit = {"P1": 4, "P2": 8, "P3": 48, "P4": 120}[pr]
        breached = 1 if resolved is None or (resolved - opened) > timedelta(hours=limit) else 0
        sat = rng.choices([None, 1, 2, 3, 4, 5], [10, 1, 1, 3, 6, 5])[0] if resolved else None
        tickets.append((tid, rng.randrange(1, 141), agent, cat, pr, fmt(opened),
                        fmt(resolved) if resolved else None, breached, sat))
        if cat in ("Hardware", "Printing") or rng.random() < 0.15:
            for a in rng.sample(range(1, 221), rng.choice([1, 1, 1, 2])):
                links.append((tid, a))
        t = opened
        logs.append((len(logs) + 1, tid, fmt(t), "New", None))
        if agent:
            t += timedelta(minutes=rng.randrange(3, 240))
            logs.append((len(logs) + 1, tid, fmt(t), "Assigned", agent))
            if rng.random() < 0.35 and resolved:
                t = opened + (resolved - opened) / 2
                logs.append((len(logs) + 1, tid, fmt(t), "Waiting on User", agent))
            if resolved:
                logs.append((len(logs) + 1, tid, fmt(max(resolved, t + timedelta(minutes=1))), "Resolved", agent))
                if rng.random() < 0.07:
                    logs.append((len(logs) + 1, tid, fmt(max(resolved, t) + timedelta(days=1)), "Reopened", None))
    db.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?,?,?,?)", tickets)
    db.executemany("INSERT INTO ticket_assets VALUES (?,?)", links)
    db.executemany("INSERT INTO ticket_status_log VALUES (?,?,?,?,?)", logs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ halls
def build_halls(path: Path) -> None:
    rng = random.Random(3602)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE halls (hall_id INTEGER PRIMARY KEY, hall_name TEXT, ward TEXT, capacity INTEGER,
                        hourly_rate REAL, step_free_access TEXT);
    CREATE TABLE hirers (hirer_id INTEGER PRIMARY KEY, full_name TEXT, organisation TEXT, is_resident INTEGER,
                         registered_on TEXT);
    CREATE TABLE officers (officer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, role TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, hall_id INTEGER REFERENCES halls(hall_id),
                           hirer_id INTEGER REFERENCES hirers(hirer_id), officer_id INTEGER REFERENCES officers(officer_id),
                           event_type TEXT, starts_at TEXT, hours REAL, quoted_fee REAL, amount_paid REAL,
                           deposit_returned TEXT);
    CREATE TABLE booking_status_history (booking_id INTEGER REFERENCES bookings(booking_id), status TEXT,
                                         status_at TEXT);
    CREATE TABLE equipment (equipment_id INTEGER PRIMARY KEY, item TEXT, charge_per_booking REAL);
    CREATE TABLE booking_equipment (booking_id INTEGER REFERENCES bookings(booking_id),
                                    equipment_id INTEGER REFERENCES equipment(equipment_id), quantity INTEGER);
    """)
    halls = [("Millbrook Community Centre", "Millbrook", 180, 32.5, "Y"), ("St Anne's Hall", "Eastgate", 90, 21.0, "N"),
             ("Riverside Pavilion", "Riverside", 140, 28.75, "Y"), ("Oakfield Scout Hut", "Oakfield", 45, 12.0, "N"),
             ("Town Hall Assembly Room", "Central", 260, 55.0, "Y"), ("Hollow Lane Hall", "Eastgate", 70, 17.5, "Y"),
             ("Westbury Village Hall", "Westbury", 110, 24.0, "N"), ("Central Library Studio", "Central", 40, 15.25, "Y")]
    db.executemany("INSERT INTO halls VALUES (?,?,?,?,?,?)", [(i + 1, *h) for i, h in enumerate(halls)])
    orgs = ["Millbrook Toddler Group", "Eastgate Pilates", "Riverside Rotary", "U3A Westbury", "Oakfield Bridge Club",
            "Central Choral Society", "Salsa Nights", "Greenfield Residents Assoc.", "Chess for All", "Repair Cafe"]
    hirers = []
    for i in range(1, 161):
        hirers.append((i, f"{FIRST[rng.randrange(25)]} {LAST[rng.randrange(20)]}",
                       rng.choice(orgs) if rng.random() < 0.4 else None, 1 if rng.random() < 0.75 else 0,
                       day(rng, date(2019, 1, 1), date(2024, 6, 30)).isoformat()))
    db.executemany("INSERT INTO hirers VALUES (?,?,?,?,?)", hirers)
    officers = [(i + 1, FIRST[(i * 4 + 2) % 25], LAST[(i * 7 + 1) % 20], r) for i, r in
                enumerate(["Bookings Officer", "Bookings Officer", "Bookings Officer", "Caretaker Lead",
                           "Bookings Officer", "Facilities Manager"])]
    db.executemany("INSERT INTO officers VALUES (?,?,?,?)", officers)
    equip = [("Projector", 15.0), ("PA System", 25.0), ("Folding Tables", 2.5), ("Stage Blocks", 30.0),
             ("Urn", 5.0), ("Kitchen Use", 20.0)]
    db.executemany("INSERT INTO equipment VALUES (?,?,?)", [(i + 1, *e) for i, e in enumerate(equip)])
    etypes = ["Birthday Party", "Class", "Meeting", "Wedding Reception", "Jumble Sale", "Concert", "Funeral Wake"]
    bookings, hist, be = [], [], []
    for bid in range(1, 1201):
        h = rng.choices(range(1, 9), [16, 9, 12, 5, 10, 7, 8, 4])[0]
        hirer = rng.randrange(1, 161)
        et = rng.choices(etypes, [6, 9, 7, 2, 2, 2, 1])[0]
        d = day(rng, date(2023, 1, 1), date(2025, 3, 31))
        start = datetime(d.year, d.month, d.day, rng.choice([9, 10, 13, 14, 18, 19]), rng.choice([0, 30]))
        hours = rng.choice([1.5, 2, 2, 3, 4, 5]) if et not in ("Wedding Reception", "Concert") else rng.choice([5, 6, 8])
        rate = halls[h - 1][3] * (0.8 if hirers[hirer - 1][3] else 1.0)
        quoted = round(rate * hours, 2)
        requested = start - timedelta(days=rng.randrange(5, 120), hours=rng.randrange(0, 10))
        hist.append((bid, "Requested", fmt(requested)))
        fate = rng.choices(["done", "cancel", "pending"], [82, 12, 6])[0] if d < date(2025, 2, 1) else \
            rng.choices(["confirmed", "pending", "cancel"], [70, 20, 10])[0]
        paid, dep = None, None
        if fate in ("done", "confirmed", "cancel"):
            hist.append((bid, "Confirmed", fmt(requested + timedelta(days=rng.randrange(1, 4), hours=rng.randrange(9)))))
        if fate == "done":
            paid = round(quoted * rng.choice([1, 1, 1, 1, 0.9, 0.5]), 2)
            hist.append((bid, "Completed", fmt(start + timedelta(hours=hours))))
            dep = rng.choices(["Y", "N"], [9, 1])[0]
        elif fate == "confirmed":
            paid = round(quoted * rng.choice([0, 0.5, 1]), 2)
        elif fate == "cancel":
            paid = rng.choice([0.0, round(quoted * 0.25, 2)])
            hist.append((bid, "Cancelled", fmt(start - timedelta(days=rng.randrange(1, 5)))))
        bookings.append((bid, h, hirer, rng.choices(range(1, 7), [5, 4, 4, 1, 3, 1])[0], et, start.strftime("%Y-%m-%d %H:%M"),
                         hours, quoted, paid, dep))
        if rng.random() < 0.45:
            for e in rng.sample(range(1, 7), rng.choice([1, 1, 2, 3])):
                be.append((bid, e, rng.randrange(4, 20) if e == 3 else 1))
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?,?,?,?)", bookings)
    db.executemany("INSERT INTO booking_status_history VALUES (?,?,?)", hist)
    db.executemany("INSERT INTO booking_equipment VALUES (?,?,?)", be)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ conferences
def build_conferences(path: Path) -> None:
    rng = random.Random(3603)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Events (EventId INTEGER PRIMARY KEY, Title TEXT, City TEXT, Venue TEXT, StartDate TEXT,
                         EndDate TEXT, Capacity INTEGER, IsVirtual INTEGER);
    CREATE TABLE Attendees (AttendeeId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Company TEXT,
                            Country TEXT);
    CREATE TABLE Registrations (RegId INTEGER PRIMARY KEY, EventId INTEGER REFERENCES Events(EventId),
                                AttendeeId INTEGER REFERENCES Attendees(AttendeeId), RegisteredAt TEXT,
                                TicketType TEXT, ListPrice REAL, PricePaid REAL, CheckedIn TEXT,
                                CancelledAt TEXT);
    CREATE TABLE Speakers (SpeakerId INTEGER PRIMARY KEY, FullName TEXT, Organisation TEXT, Fee REAL);
    CREATE TABLE Sessions (SessionId INTEGER PRIMARY KEY, EventId INTEGER REFERENCES Events(EventId), Title TEXT,
                           Track TEXT, StartsAt TEXT, DurationMin INTEGER, Room TEXT);
    CREATE TABLE SessionSpeakers (SessionId INTEGER REFERENCES Sessions(SessionId),
                                  SpeakerId INTEGER REFERENCES Speakers(SpeakerId));
    """)
    events = [("DataOps Summit", "Rotterdam", "Ahoy Centre", "2023-03-14", "2023-03-16", 600, 0),
              ("Cloud Native Days", "Lisbon", "FIL Pavilion", "2023-06-06", "2023-06-07", 450, 0),
              ("Secure Code Week", None, None, "2023-09-19", "2023-09-21", 2000, 1),
              ("Frontend Forward", "Kraków", "ICE Kraków", "2023-11-08", "2023-11-09", 350, 0),
              ("DataOps Summit", "Rotterdam", "Ahoy Centre", "2024-03-12", "2024-03-14", 650, 0),
              ("ML in Production", "Dublin", "Convention Centre Dublin", "2024-05-21", "2024-05-22", 500, 0),
              ("Cloud Native Days", "Lisbon", "FIL Pavilion", "2024-06-04", "2024-06-05", 480, 0),
              ("Secure Code Week", None, None, "2024-09-17", "2024-09-19", 2500, 1),
              ("Frontend Forward", "Kraków", "ICE Kraków", "2024-11-13", "2024-11-14", 380, 0),
              ("DataOps Summit", "Rotterdam", "Ahoy Centre", "2025-03-11", "2025-03-13", 700, 0)]
    db.executemany("INSERT INTO Events VALUES (?,?,?,?,?,?,?,?)", [(i + 1, *e) for i, e in enumerate(events)])
    companies = ["Nordlys Analytics", "Brightwave", "Kestrel Systems", "Ondara Bank", "Pixelforge", "Tessera Health",
                 "Vantor Logistics", "Helix Retail"]
    countries = ["Netherlands", "Portugal", "Poland", "Ireland", "Germany", "Spain", "United Kingdom", "France"]
    att = []
    for i in range(1, 901):
        att.append((i, FIRST[rng.randrange(25)], LAST[rng.randrange(20)],
                    rng.choice(companies) if rng.random() < 0.7 else None, rng.choice(countries)))
    db.executemany("INSERT INTO Attendees VALUES (?,?,?,?,?)", att)
    base = {"Standard": 495.0, "VIP": 1150.0, "Student": 95.0, "Online": 149.0}
    regs = []
    rid = 1
    for eid, e in enumerate(events, 1):
        start = date.fromisoformat(e[3])
        n = rng.randrange(150, 330)
        for a in rng.sample(range(1, 901), n):
            tt = rng.choices(["Online"] if e[6] else ["Standard", "VIP", "Student"], None if e[6] else [10, 2, 3])[0]
            lp = base[tt] + (eid - 1) // 4 * 25
            rd = start - timedelta(days=rng.randrange(1, 200))
            paid = round(lp * rng.choice([1, 1, 1, 0.85, 0.8, 0.5, 0]), 2)
            canc = None
            if rng.random() < 0.08:
                canc = fmt(ts(rd + timedelta(days=rng.randrange(0, (start - rd).days)), rng))
            chk = None if canc or start > date(2025, 1, 1) else ("Y" if rng.random() < 0.83 else "N")
            regs.append((rid, eid, a, fmt(ts(rd, rng, 0, 24)), tt, lp, paid, chk, canc))
            rid += 1
    db.executemany("INSERT INTO Registrations VALUES (?,?,?,?,?,?,?,?,?)", regs)
    spk = []
    for i in range(1, 61):
        spk.append((i, f"{FIRST[rng.randrange(25)]} {LAST[rng.randrange(20)]}", rng.choice(companies + ["Independent"]),
                    None if rng.random() < 0.4 else float(rng.choice([500, 750, 1000, 1500, 2000, 2500]))))
    db.executemany("INSERT INTO Speakers VALUES (?,?,?,?)", spk)
    tracks = ["Keynote", "Engineering", "Data", "Security", "Leadership"]
    sessions, ss = [], []
    sid = 1
    for eid, e in enumerate(events, 1):
        start = date.fromisoformat(e[3])
        ndays = (date.fromisoformat(e[4]) - start).days + 1
        for k in range(rng.randrange(12, 22)):
            d = start + timedelta(days=rng.randrange(ndays))
            tr = "Keynote" if k == 0 else rng.choice(tracks[1:])
            t = datetime(d.year, d.month, d.day, rng.choice([9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 30]))
            sessions.append((sid, eid, f"{tr} talk {sid}", tr, t.strftime("%Y-%m-%d %H:%M"),
                             rng.choice([30, 45, 45, 60]) if tr != "Keynote" else 60,
                             None if e[6] else rng.choice(["Hall A", "Hall B", "Room 1", "Room 2", "Room 3"])))
            for s in rng.sample(range(1, 61), rng.choice([1, 1, 1, 2, 3])):
                ss.append((sid, s))
            sid += 1
    db.executemany("INSERT INTO Sessions VALUES (?,?,?,?,?,?,?)", sessions)
    db.executemany("INSERT INTO SessionSpeakers VALUES (?,?)", ss)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"itdesk": build_itdesk, "halls": build_halls, "conferences": build_conferences}, SETS))
