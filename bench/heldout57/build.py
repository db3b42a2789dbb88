"""Held-out evaluation heldout57: three SQLite databases (an island ferry operator, an allotment
society, a recording studio) and hand-written conversations of an operations lead over them,
written before the engine was run on them (see README.md in this folder).

    python bench/heldout57/build.py [OUT_DIR]   # writes ferry.sqlite, allotments.sqlite, studio.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout57), checks every
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

FIRST = ("Aileen Bryn Callum Deirdre Euan Fiona Gregor Hamish Isla Jamie Kirsty Lachlan Morag Niall "
         "Orla Peigi Ruaridh Shona Tormod Una Calum Eilidh Fraser Mhairi Rhona Ewan").split()
LAST = ("MacLeod Campbell Morrison Stewart MacDonald Robertson Fraser Grant Munro Ross Sinclair "
        "Matheson Gunn Mackay Nicolson Buchanan MacInnes Paterson").split()


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# ------------------------------------------------------------------------------------------ ferry
def build_ferry(path: Path) -> None:
    rng = random.Random(5701)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE routes (route_id INTEGER PRIMARY KEY, route_code TEXT, origin TEXT, destination TEXT,
                         crossing_minutes INTEGER, fare_band TEXT);
    CREATE TABLE vessels (vessel_id INTEGER PRIMARY KEY, vessel_name TEXT, passenger_capacity INTEGER,
                          car_spaces INTEGER, year_built INTEGER);
    CREATE TABLE sailings (sailing_id INTEGER PRIMARY KEY, route_id INTEGER REFERENCES routes(route_id),
                           vessel_id INTEGER REFERENCES vessels(vessel_id), sail_date TEXT, depart_time TEXT,
                           timetable TEXT, status TEXT, cancel_reason TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, sailing_id INTEGER REFERENCES sailings(sailing_id),
                           booked_on TEXT, passengers INTEGER, vehicle_type TEXT, fare_paid REAL);
    """)
    routes = [("OBN-CRA", "Oban", "Craignure", 46, "B"), ("OBN-LIS", "Oban", "Lismore", 50, "A"),
              ("TOB-KIL", "Tobermory", "Kilchoan", 35, "A"), ("FIO-IONA", "Fionnphort", "Iona", 10, "A"),
              ("OBN-COL", "Oban", "Coll", 160, "C"), ("KEN-ISL", "Kennacraig", "Port Askaig", 125, "C")]
    db.executemany("INSERT INTO routes VALUES (?,?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(routes)])
    vessels = [("MV Isle of Mull", 962, 80, 1988), ("MV Loch Striven", 203, 12, 1986),
               ("MV Loch Tarbert", 149, 18, 1992), ("MV Loch Buie", 250, 0, 1992),
               ("MV Clansman", 638, 90, 1998), ("MV Finlaggan", 550, 85, 2011), ("MV Coruisk", 250, 40, 2003)]
    db.executemany("INSERT INTO vessels VALUES (?,?,?,?,?)", [(i + 1, *v) for i, v in enumerate(vessels)])
    route_vessels = {1: [1, 7], 2: [2], 3: [3], 4: [4], 5: [5], 6: [6, 5]}
    times = {1: ["07:45", "09:55", "12:00", "14:00", "16:00", "18:00"], 2: ["08:45", "13:30", "17:15"],
             3: ["08:10", "11:30", "15:40"], 4: ["09:00", "10:15", "11:45", "14:20", "16:30"],
             5: ["07:15", "15:30"], 6: ["07:00", "13:00", "18:00"]}
    weather_risk = {1: 0.04, 2: 0.05, 3: 0.09, 4: 0.13, 5: 0.11, 6: 0.06}
    pax_level = {1: 0.34, 2: 0.22, 3: 0.41, 4: 0.52, 5: 0.30, 6: 0.38}
    sailings, bookings = [], []
    sid = bid = 0
    for _ in range(520):
        r = rng.choices(range(1, 7), [30, 12, 14, 22, 8, 14])[0]
        d = day(rng, date(2023, 1, 1), date(2024, 12, 31))
        tt = "summer" if 4 <= d.month <= 10 else "winter"
        winter = tt == "winter"
        risk = weather_risk[r] * (2.2 if winter else 0.6)
        u = rng.random()
        status, reason = "sailed", None
        if u < risk:
            status, reason = "cancelled", "weather"
        elif u < risk + 0.025:
            status, reason = "cancelled", rng.choice(["technical", "technical", "crew shortage"])
        sid += 1
        v = rng.choice(route_vessels[r])
        sailings.append((sid, r, v, d.isoformat(), rng.choice(times[r]), tt, status, reason))
        if status == "cancelled":
            continue
        cap = vessels[v - 1][1]
        target = cap * pax_level[r] * (0.55 if winter else 1.25) * rng.uniform(0.6, 1.4)
        pax = 0
        while pax < target:
            p = rng.choices([1, 2, 3, 4, 5], [30, 35, 12, 15, 5])[0]
            veh = None if vessels[v - 1][2] == 0 else rng.choices(
                [None, "car", "van", "motorcycle", "campervan"], [40, 40, 8, 5, 7])[0]
            fare = round(p * {"A": 4.1, "B": 7.6, "C": 16.4}[routes[r - 1][4]] +
                         {None: 0, "car": 26.5, "van": 41.0, "motorcycle": 12.2, "campervan": 55.0}[veh]
                         * (3.2 if routes[r - 1][4] == "C" else 1.0) + rng.uniform(-0.5, 0.5), 2)
            bid += 1
            bookings.append((bid, sid, (d - timedelta(days=rng.randrange(0, 60))).isoformat(), p, veh, fare))
            pax += p
    db.executemany("INSERT INTO sailings VALUES (?,?,?,?,?,?,?,?)", sailings)
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?)", bookings)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ allotments
def build_allotments(path: Path) -> None:
    rng = random.Random(5702)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, ward TEXT, water_rate_per_m3 REAL,
                        opened_year INTEGER);
    CREATE TABLE plots (plot_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id), plot_ref TEXT,
                        size_m2 INTEGER, annual_rent REAL, has_shed INTEGER);
    CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, full_name TEXT, postcode TEXT, member_since TEXT);
    CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, plot_id INTEGER REFERENCES plots(plot_id),
                            tenant_id INTEGER REFERENCES tenants(tenant_id), start_date TEXT, end_date TEXT);
    CREATE TABLE waiting_list (entry_id INTEGER PRIMARY KEY, applicant_name TEXT,
                               site_id INTEGER REFERENCES sites(site_id), joined_on TEXT, wants_half_plot INTEGER,
                               status TEXT);
    CREATE TABLE meter_readings (reading_id INTEGER PRIMARY KEY, plot_id INTEGER REFERENCES plots(plot_id),
                                 read_on TEXT, litres_used INTEGER);
    """)
    sites = [("Meadow Lane", "Northfield", 2.14, 1921), ("Brook Street", "Riverside", 2.14, 1946),
             ("Hilltop Gardens", "Northfield", 2.31, 1978), ("Canal Side", "Docks", 1.98, 2009),
             ("St Anne's Glebe", "Old Town", 2.27, 1904)]
    db.executemany("INSERT INTO sites VALUES (?,?,?,?,?)", [(i + 1, *s) for i, s in enumerate(sites)])
    nplots = {1: 48, 2: 36, 3: 30, 4: 22, 5: 18}
    plots = []
    pid = 0
    for s in range(1, 6):
        for n in range(1, nplots[s] + 1):
            pid += 1
            size = rng.choice([125, 125, 250, 250, 250, 300, 500])
            rent = round(size * {1: 0.38, 2: 0.35, 3: 0.41, 4: 0.33, 5: 0.45}[s] + rng.choice([0, 0, 5, 10]), 2)
            plots.append((pid, s, f"{'ABCDE'[s - 1]}{n:02d}", size, rent, int(rng.random() < 0.45)))
    db.executemany("INSERT INTO plots VALUES (?,?,?,?,?,?)", plots)
    tenants, tenancies = [], []
    tid = tyid = 0
    for p in plots:
        start = day(rng, date(2008, 1, 1), date(2019, 12, 31))
        while True:
            tid += 1
            tenants.append((tid, name(rng), f"AB{rng.randrange(10, 25)} {rng.randrange(1, 9)}{rng.choice('DFGHJKLNPR')}"
                                            f"{rng.choice('ABDEHNQSTW')}",
                            (start - timedelta(days=rng.randrange(0, 400))).isoformat()))
            end = start + timedelta(days=rng.randrange(300, 5500))
            tyid += 1
            if end > date(2024, 12, 31) or rng.random() < 0.25 and start > date(2020, 1, 1):
                if rng.random() < 0.08:       # a few plots stand empty
                    tenancies.append((tyid, p[0], tid, start.isoformat(), date(2024, 3, 31).isoformat()))
                else:
                    tenancies.append((tyid, p[0], tid, start.isoformat(), None))
                break
            tenancies.append((tyid, p[0], tid, start.isoformat(), end.isoformat()))
            start = end + timedelta(days=rng.randrange(10, 120))
    db.executemany("INSERT INTO tenants VALUES (?,?,?,?)", tenants)
    db.executemany("INSERT INTO tenancies VALUES (?,?,?,?,?)", tenancies)
    wl = []
    demand = {1: 1.0, 2: 0.6, 3: 0.8, 4: 0.35, 5: 1.3}
    eid = 0
    for s in range(1, 6):
        for _ in range(int(60 * demand[s])):
            eid += 1
            j = day(rng, date(2016, 1, 1), date(2024, 12, 20))
            if rng.random() < 0.3:        # the list has grown lately
                j = day(rng, date(2023, 9, 1), date(2024, 12, 20))
            st = rng.choices(["waiting", "offered", "withdrawn"], [60, 15, 25] if j.year > 2019 else [25, 40, 35])[0]
            wl.append((eid, name(rng), s, j.isoformat(), int(rng.random() < 0.4), st))
    db.executemany("INSERT INTO waiting_list VALUES (?,?,?,?,?,?)", wl)
    reads = []
    rid = 0
    for p in plots:
        base = p[3] * rng.uniform(8, 22)
        for y in (2023, 2024):
            for m in range(4, 11):
                rid += 1
                heat = {4: 0.4, 5: 0.8, 6: 1.3, 7: 1.6, 8: 1.4, 9: 0.8, 10: 0.3}[m] * (1.15 if y == 2024 else 1.0)
                reads.append((rid, p[0], date(y, m, rng.randrange(25, 29)).isoformat(),
                              int(base * heat * rng.uniform(0.7, 1.3)) + rng.randrange(0, 10)))
    db.executemany("INSERT INTO meter_readings VALUES (?,?,?,?)", reads)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ studio
def build_studio(path: Path) -> None:
    rng = random.Random(5703)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_name TEXT, hourly_rate REAL, max_players INTEGER,
                        has_live_room INTEGER);
    CREATE TABLE engineers (engineer_id INTEGER PRIMARY KEY, engineer_name TEXT, grade TEXT, hourly_cost REAL,
                            started_on TEXT);
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, client_type TEXT, city TEXT);
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                           engineer_id INTEGER REFERENCES engineers(engineer_id),
                           client_id INTEGER REFERENCES clients(client_id), session_date TEXT,
                           hours_booked REAL, hours_used REAL, players INTEGER);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions(session_id),
                           issued_on TEXT, net_amount REAL, vat_amount REAL, paid_on TEXT);
    """)
    rooms = [("Studio A", 95.0, 12, 1), ("Studio B", 70.0, 8, 1), ("Studio C", 48.0, 4, 0),
             ("Mix Suite", 55.0, 2, 0), ("Podcast Booth", 30.0, 4, 0)]
    db.executemany("INSERT INTO rooms VALUES (?,?,?,?,?)", [(i + 1, *r) for i, r in enumerate(rooms)])
    engs = [("Tam Okonjo", "senior", 38.0, "2014-03-01"), ("Ruth Ellery", "senior", 36.5, "2016-09-12"),
            ("Dev Sandhu", "mid", 27.0, "2019-01-07"), ("Marta Lindqvist", "mid", 26.0, "2020-05-18"),
            ("Kofi Mensah", "junior", 18.5, "2022-02-14"), ("Ade Bello", "junior", 17.0, "2023-06-05"),
            ("Noor Haddad", "mid", 28.5, "2021-10-04")]
    db.executemany("INSERT INTO engineers VALUES (?,?,?,?,?)", [(i + 1, *e) for i, e in enumerate(engs)])
    cnames = ("The Velvet Drains|band;Harbour Lights|band;Moss & Ivy|band;Copperline Records|label;"
              "Northern Static|band;Low Tide Collective|band;Big Sky Audio|label;The Inkwell Pod|podcast;"
              "Frames Per Second Pod|podcast;Clarke Voice Agency|voiceover;Juniper Quartet|band;"
              "Saltmarsh Records|label;Grey Heron|band;True Crime Corner|podcast;Elm Street Choir|band;"
              "Bluewater Voices|voiceover;Kestrel Music|label;Paper Planes|band;Night Bus|band;"
              "Civic Radio Drama|podcast").split(";")
    cities = ["Glasgow", "Edinburgh", "Glasgow", "London", "Manchester", "Glasgow", "London", "Edinburgh",
              "Dundee", "London", "Glasgow", "Leeds", "Aberdeen", "Glasgow", "Edinburgh", "Manchester",
              "London", "Dundee", "Glasgow", "Edinburgh"]
    db.executemany("INSERT INTO clients VALUES (?,?,?,?)",
                   [(i + 1, c.split("|")[0], c.split("|")[1], cities[i]) for i, c in enumerate(cnames)])
    sess, inv = [], []
    iid = 0
    for sid in range(1, 901):
        c = rng.randrange(1, 21)
        ctype = cnames[c - 1].split("|")[1]
        room = {"band": rng.choice([1, 1, 2, 2, 3, 4]), "label": rng.choice([1, 2, 4, 4]),
                "podcast": rng.choice([5, 5, 5, 3]), "voiceover": rng.choice([5, 3])}[ctype]
        e = rng.choices(range(1, 8), [16, 14, 15, 13, 11, 8, 12])[0]
        d = day(rng, date(2023, 1, 1) if e != 6 else date(2023, 6, 5), date(2024, 12, 31))
        hb = rng.choice([2, 3, 4, 4, 6, 8, 8, 10]) if room in (1, 2) else rng.choice([1, 2, 2, 3, 4, 6])
        hu = max(0.5, hb - rng.choice([0, 0, 0, 0.5, 1, 1.5]) + rng.choice([0, 0, 0, 0, 0.5, 1]))
        maxp = rooms[room - 1][2]
        players = max(1, min(maxp, int(maxp * rng.uniform(0.2, 1.0) + 0.5)))
        sess.append((sid, room, e, c, d.isoformat(), hb, hu, players))
        if d < date(2024, 12, 20):
            iid += 1
            net = round(hu * rooms[room - 1][1] * rng.choice([1, 1, 1, 0.9, 0.85]) + rng.uniform(0, 1), 2)
            issued = d + timedelta(days=rng.randrange(0, 8))
            paid = None if rng.random() < 0.12 else (issued + timedelta(days=rng.randrange(3, 75))).isoformat()
            inv.append((iid, sid, issued.isoformat(), net, round(net * 0.2, 2), paid))
    db.executemany("INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?)", sess)
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?)", inv)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"ferry": build_ferry, "allotments": build_allotments, "studio": build_studio},
                       SETS))
