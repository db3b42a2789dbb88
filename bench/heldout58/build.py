"""Held-out evaluation heldout58: three SQLite databases a factory quality engineer would query — a
bottling plant (`lines`, `machines` each on one line, `batches` run on a filler machine, `defects`
per batch, `downtime_events` per machine), a print shop (`presses`, `jobs` with second-resolution
timestamps and a shift code 'A'/'B'/'N', `reprints`) and a bakery's ovens (`ovens`, `bake_runs`,
`temp_logs`, `rejected_trays`) — with conversations written before the engine was run on them.

    python bench/heldout58/build.py [OUT_DIR]    # writes bottling.sqlite, printshop.sqlite, ovens.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout58), checks every
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


# ------------------------------------------------------------------------------------------
def build_bottling(path: Path) -> None:
    rng = random.Random(5801)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE lines (line_id INTEGER PRIMARY KEY, line_name TEXT, product_family TEXT, hall TEXT);
    CREATE TABLE machines (machine_id INTEGER PRIMARY KEY, machine_name TEXT, machine_type TEXT,
                           line_id INTEGER REFERENCES lines(line_id), installed_on TEXT, vendor TEXT);
    CREATE TABLE batches (batch_id INTEGER PRIMARY KEY, batch_code TEXT, machine_id INTEGER REFERENCES machines(machine_id),
                          product TEXT, run_date TEXT, shift TEXT, units_produced INTEGER, units_good INTEGER);
    CREATE TABLE defects (defect_id INTEGER PRIMARY KEY, batch_id INTEGER REFERENCES batches(batch_id),
                          defect_type TEXT, qty INTEGER, found_by TEXT);
    CREATE TABLE downtime_events (event_id INTEGER PRIMARY KEY, machine_id INTEGER REFERENCES machines(machine_id),
                                  started_at TEXT, duration_min INTEGER, cause TEXT, planned INTEGER);
    """)
    lines = [(1, "Line 1", "Still water", "Hall A"), (2, "Line 2", "Sparkling water", "Hall A"),
             (3, "Line 3", "Soft drinks", "Hall B"), (4, "Line 4", "Juice", "Hall B")]
    db.executemany("INSERT INTO lines VALUES (?,?,?,?)", lines)
    machines, mid = [], 0
    vendors = ["Krones", "Sidel", "KHS", "Sacmi"]
    for ln in range(1, 5):
        for mtype in ["Filler", "Capper", "Labeller", "Case packer"]:
            mid += 1
            machines.append((mid, f"L{ln}-{mtype.split()[0].upper()[:4]}", mtype, ln,
                             day(rng, date(2012, 1, 1), date(2022, 12, 31)).isoformat(), rng.choice(vendors)))
    db.executemany("INSERT INTO machines VALUES (?,?,?,?,?,?)", machines)
    fillers = {ln: [m[0] for m in machines if m[3] == ln and m[2] == "Filler"][0] for ln in range(1, 5)}
    products = {1: ["Spring 500ml", "Spring 1.5L"], 2: ["Sparkling 500ml", "Sparkling 1L"],
                3: ["Cola 330ml", "Lemonade 330ml", "Orange Soda 500ml"], 4: ["Apple Juice 1L", "Orange Juice 1L"]}
    scrap = {1: 0.006, 2: 0.011, 3: 0.017, 4: 0.024}
    dtypes = ["Underfill", "Cap misaligned", "Label skew", "Foreign particle", "Crushed case", "Leak"]
    batches, defects, did = [], [], 0
    for bid in range(1, 721):
        ln = rng.choices([1, 2, 3, 4], [5, 4, 4, 3])[0]
        d = day(rng, date(2024, 1, 1), date(2024, 6, 30))
        shift = rng.choices(["Early", "Late", "Night"], [5, 5, 3])[0]
        units = rng.randrange(8000, 40001, 50)
        rate = scrap[ln] * (1.5 if shift == "Night" else 1.0)
        bad = 0
        if rng.random() < 0.82:
            for t in rng.sample(dtypes, rng.randrange(1, 4)):
                q = max(1, int(units * rate * rng.uniform(0.1, 0.8)))
                did += 1
                defects.append((did, bid, t, q, rng.choice(["Vision system", "Vision system", "Operator", "Lab"])))
                bad += q
        batches.append((bid, f"B24-{bid:04d}", fillers[ln], rng.choice(products[ln]), d.isoformat(), shift,
                        units, units - bad))
    db.executemany("INSERT INTO batches VALUES (?,?,?,?,?,?,?,?)", batches)
    db.executemany("INSERT INTO defects VALUES (?,?,?,?,?)", defects)
    causes = ["Jam", "Sensor fault", "Changeover", "Material shortage", "Motor failure", "Cleaning (CIP)"]
    events = []
    for eid in range(1, 461):
        m = rng.randrange(1, 17)
        d = day(rng, date(2024, 1, 1), date(2024, 6, 30))
        t = datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60))
        cause = rng.choices(causes, [10, 6, 5, 3, 2, 4])[0]
        planned = 1 if cause in ("Changeover", "Cleaning (CIP)") else 0
        dur = rng.randrange(5, 50) if cause in ("Jam", "Sensor fault") else rng.randrange(20, 240)
        events.append((eid, m, t.strftime("%Y-%m-%d %H:%M"), dur, cause, planned))
    events.sort(key=lambda e: e[2])
    events = [(i + 1, *e[1:]) for i, e in enumerate(events)]
    db.executemany("INSERT INTO downtime_events VALUES (?,?,?,?,?,?)", events)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_printshop(path: Path) -> None:
    rng = random.Random(5802)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE presses (press_id INTEGER PRIMARY KEY, press_name TEXT, model TEXT, colours INTEGER,
                          max_sheets_per_hour INTEGER);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, job_ref TEXT, customer TEXT, press_id INTEGER REFERENCES presses(press_id),
                       shift TEXT, started_at TEXT, finished_at TEXT, sheets_ordered INTEGER, sheets_printed INTEGER,
                       sheets_wasted INTEGER, stock TEXT);
    CREATE TABLE reprints (reprint_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id), reprinted_at TEXT,
                           reason TEXT, sheets INTEGER);
    """)
    presses = [(1, "Heidelberg XL 106", "Speedmaster XL 106", 5, 18000), (2, "Heidelberg SM 74", "Speedmaster SM 74", 4, 15000),
               (3, "Komori GL40", "Lithrone GL40", 6, 16500), (4, "KBA Rapida 75", "Rapida 75", 4, 15000),
               (5, "HP Indigo 12000", "Indigo 12000", 7, 4600)]
    db.executemany("INSERT INTO presses VALUES (?,?,?,?,?)", presses)
    customers = ["Northgate Bank", "Bloom Florists", "Harbour Council", "Pixel & Paper", "St Anne's School",
                 "Red Kite Brewery", "Mendel Pharma", "Oakfield Estates", "Citrus Travel", "Lumen Theatre",
                 "Greyhound Books", "Kestrel Motors"]
    stocks = ["Silk 150gsm", "Gloss 130gsm", "Uncoated 120gsm", "Board 300gsm", "Recycled 100gsm"]
    waste = {1: 0.02, 2: 0.035, 3: 0.028, 4: 0.045, 5: 0.012}
    jobs, reprints, rid = [], [], 0
    for jid in range(1, 901):
        p = rng.choices(range(1, 6), [6, 4, 5, 3, 4])[0]
        d = day(rng, date(2024, 3, 1), date(2024, 8, 31))
        shift = rng.choices(["A", "B", "N"], [5, 4, 2])[0]
        h0 = {"A": 6, "B": 14, "N": 22}[shift]
        start = datetime(d.year, d.month, d.day, h0) + timedelta(seconds=rng.randrange(6 * 3600))
        ordered = rng.randrange(500, 20001, 100) if p != 5 else rng.randrange(100, 3001, 50)
        wrate = waste[p] * (1.6 if shift == "N" else 1.0) * rng.uniform(0.3, 1.7)
        wasted = int(ordered * wrate)
        printed = ordered + wasted
        secs = int(printed / presses[p - 1][4] * 3600) + rng.randrange(600, 2400)
        end = start + timedelta(seconds=secs)
        jobs.append((jid, f"J{jid + 24000}", rng.choice(customers), p, shift, start.strftime("%Y-%m-%d %H:%M:%S"),
                     end.strftime("%Y-%m-%d %H:%M:%S"), ordered, printed, wasted, rng.choice(stocks)))
        if rng.random() < (0.09 if shift != "N" else 0.16):
            rid += 1
            rt = end + timedelta(seconds=rng.randrange(3600, 4 * 86400))
            reprints.append((rid, jid, rt.strftime("%Y-%m-%d %H:%M:%S"),
                             rng.choices(["Colour off", "Registration", "Wrong stock", "Smudging", "Customer change"],
                                         [5, 4, 2, 3, 2])[0], int(ordered * rng.uniform(0.1, 1.0))))
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?,?)", jobs)
    db.executemany("INSERT INTO reprints VALUES (?,?,?,?,?)", reprints)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
def build_ovens(path: Path) -> None:
    rng = random.Random(5803)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE ovens (oven_id INTEGER PRIMARY KEY, oven_code TEXT, oven_type TEXT, capacity_trays INTEGER,
                        fuel TEXT);
    CREATE TABLE bake_runs (run_id INTEGER PRIMARY KEY, oven_id INTEGER REFERENCES ovens(oven_id), product TEXT,
                            bake_date TEXT, trays_loaded INTEGER, target_temp_c INTEGER, bake_minutes INTEGER);
    CREATE TABLE temp_logs (log_id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES bake_runs(run_id), logged_at TEXT,
                            temp_c REAL);
    CREATE TABLE rejected_trays (reject_id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES bake_runs(run_id),
                                 reason TEXT, trays INTEGER);
    """)
    ovens = [(1, "DK-1", "Deck", 12, "Gas"), (2, "DK-2", "Deck", 12, "Gas"), (3, "RK-1", "Rack", 18, "Electric"),
             (4, "RK-2", "Rack", 18, "Electric"), (5, "TN-1", "Tunnel", 40, "Gas"), (6, "CV-1", "Convection", 10, "Electric")]
    db.executemany("INSERT INTO ovens VALUES (?,?,?,?,?)", ovens)
    prods = {"Sourdough loaf": (230, 40), "White bloomer": (220, 35), "Baguette": (240, 22), "Croissant": (190, 18),
             "Brioche bun": (180, 15), "Rye loaf": (225, 50), "Focaccia": (235, 25)}
    runs, logs, rej, lid, rjid = [], [], [], 0, 0
    spread = {1: 6, 2: 9, 3: 4, 4: 5, 5: 3, 6: 11}
    for rid in range(1, 601):
        o = rng.choices(range(1, 7), [5, 4, 5, 4, 6, 2])[0]
        prod = rng.choice(list(prods))
        target, mins = prods[prod]
        d = day(rng, date(2024, 9, 1), date(2024, 11, 30))
        trays = rng.randrange(max(2, ovens[o - 1][3] // 2), ovens[o - 1][3] + 1)
        runs.append((rid, o, prod, d.isoformat(), trays, target, mins + rng.randrange(-2, 5)))
        t = datetime(d.year, d.month, d.day, rng.randrange(2, 14), rng.randrange(60))
        bias = rng.uniform(-spread[o], spread[o])
        for k in range(4):
            lid += 1
            logs.append((lid, rid, (t + timedelta(minutes=5 * k + 2)).strftime("%Y-%m-%d %H:%M"),
                         round(target + bias + rng.uniform(-3, 3), 1)))
        if abs(bias) > spread[o] * 0.55 or rng.random() < 0.08:
            for reason in rng.sample(["Burnt", "Underbaked", "Misshapen", "Dropped"], rng.randrange(1, 3)):
                rjid += 1
                rej.append((rjid, rid, reason, rng.randrange(1, max(2, trays // 3))))
    db.executemany("INSERT INTO bake_runs VALUES (?,?,?,?,?,?,?)", runs)
    db.executemany("INSERT INTO temp_logs VALUES (?,?,?,?)", logs)
    db.executemany("INSERT INTO rejected_trays VALUES (?,?,?,?)", rej)
    db.commit()
    db.close()


if __name__ == "__main__":
    sys.exit(build_all(HERE, {"bottling": build_bottling, "printshop": build_printshop, "ovens": build_ovens}, SETS))
