"""Held-out set heldout66: three SQLite databases (a water-chemistry lab running a mesocosm study, a
breeding-bird field survey, a core-facility instrument booking system) and hand-written analyst
conversations over them, written before the engine was run on them (see README.md in this folder).

    python bench/heldout66/build.py [OUT_DIR]   # writes waterlab.sqlite, birdsurvey.sqlite, corefacility.sqlite
                                                 # (default OUT_DIR: /tmp/c2q-heldout66), checks every
                                                 # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run.
"""
from __future__ import annotations

import math
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

FIRST = ("Aino Bruno Chidi Dana Emeka Freya Gita Hamid Iris Jun Kofi Lena Mateo Nadia Omar Petra "
         "Rhea Sami Tomas Uma Vera Wim Xia Yusuf Zofia").split()
LAST = ("Achebe Berg Chen Dalton Eriksen Ferreira Grant Haddad Ito Jovanovic Kim Larsen Moreau "
        "Nakamura Oyelaran Pereira Quint Reyes Singh Tran").split()


# ------------------------------------------------------------------------------------------ waterlab
def build_waterlab(path: Path) -> None:
    rng = random.Random(66101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE instruments (instr_id TEXT PRIMARY KEY, instr_type TEXT, model TEXT, room TEXT, commissioned TEXT);
    CREATE TABLE analytes (anl_cd TEXT PRIMARY KEY, anl_name TEXT, lod REAL, action_limit REAL, limit_unit TEXT);
    CREATE TABLE batches (batch_id INTEGER PRIMARY KEY, batch_code TEXT, prepared_on TEXT, prep_tech TEXT);
    CREATE TABLE samples (smpl_id TEXT PRIMARY KEY, tank_no INTEGER, grp TEXT, study_wk INTEGER, rep INTEGER,
                          collectedOn TEXT, receivedAt TEXT, reportedAt TEXT, qc_status TEXT,
                          batch_id INTEGER REFERENCES batches(batch_id));
    CREATE TABLE runs (run_id INTEGER PRIMARY KEY, instr_id TEXT REFERENCES instruments(instr_id),
                       batch_id INTEGER REFERENCES batches(batch_id), runStart TEXT, operator TEXT, run_status TEXT);
    CREATE TABLE readings (rdg_id INTEGER PRIMARY KEY, smpl_id TEXT REFERENCES samples(smpl_id),
                           run_id INTEGER REFERENCES runs(run_id), anl_cd TEXT REFERENCES analytes(anl_cd),
                           value REAL, unit TEXT, bdl_flag INTEGER);
    """)
    instruments = [("IC-1", "ion chromatograph", "Dionex ICS-2100", "B104", "2016-05-10"),
                   ("IC-2", "ion chromatograph", "Dionex Integrion", "B104", "2022-09-01"),
                   ("ICP-MS-1", "ICP-MS", "Agilent 7700x", "B110", "2013-02-18"),
                   ("ICP-MS-2", "ICP-MS", "Agilent 7900", "B110", "2021-11-22"),
                   ("TOC-1", "TOC analyser", "Shimadzu TOC-L", "B106", "2018-03-05"),
                   ("UV-1", "UV-Vis spectrophotometer", "Hach DR6000", "B106", "2019-07-14")]
    db.executemany("INSERT INTO instruments VALUES (?,?,?,?,?)", instruments)
    analytes = [("NO3", "Nitrate", 0.05, 50.0, "mg/L"), ("PO4", "Phosphate", 0.01, 1.0, "mg/L"),
                ("NH4", "Ammonium", 0.02, 0.5, "mg/L"), ("DOC", "Dissolved organic carbon", 0.3, None, "mg/L"),
                ("Pb", "Lead", 0.5, 10.0, "ug/L"), ("Cu", "Copper", 1.0, 2000.0, "ug/L"),
                ("Zn", "Zinc", 2.0, 3000.0, "ug/L")]
    db.executemany("INSERT INTO analytes VALUES (?,?,?,?,?)", analytes)
    techs = ["L. Moreau", "K. Oyelaran", "J. Nakamura", "P. Reyes"]
    operators = ["A. Berg", "C. Haddad", "D. Ito", "F. Singh", "G. Tran"]
    start = date(2024, 3, 4)
    samples = []
    for wk in range(1, 9):
        wk_rows = []
        for tank in range(1, 25):
            grp = "control" if tank <= 12 else "treated"
            for rep in (1, 2, 3):
                wk_rows.append((tank, grp, rep))
        wk_rows += [(None, "blank", 1), (None, "blank", 2)]
        for tank, grp, rep in wk_rows:
            coll = start + timedelta(days=(wk - 1) * 7 + rng.choice([0, 0, 1]))
            recv = datetime(coll.year, coll.month, coll.day, 9) + timedelta(hours=rng.randrange(3, 30),
                                                                           minutes=rng.randrange(60))
            tat = rng.lognormvariate(math.log(70), 0.45)
            rep_at = recv + timedelta(hours=tat)
            samples.append([tank, grp, wk, rep, coll.isoformat(), recv.strftime("%Y-%m-%d %H:%M"),
                            rep_at.strftime("%Y-%m-%d %H:%M")])
    rng.shuffle(samples)
    samples.sort(key=lambda s: s[5])
    rows = []
    for i, s in enumerate(samples):
        sid = f"MC24-{i + 1:04d}"
        batch = i // 20 + 1
        qc = rng.choices(["pass", "fail"], [93, 7])[0]
        reported = s[6]
        if s[2] == 8 and rng.random() < 0.25:
            reported, qc = None, "pending"
        rows.append((sid, s[0], s[1], s[2], s[3], s[4], s[5], reported, qc, batch))
    db.executemany("INSERT INTO samples VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    nb = rows[-1][9]
    batches = []
    for b in range(1, nb + 1):
        first = min(r[6] for r in rows if r[9] == b)
        batches.append((b, f"B24-{b:03d}", (datetime.strptime(first, "%Y-%m-%d %H:%M") + timedelta(hours=20))
                        .date().isoformat(), rng.choice(techs)))
    db.executemany("INSERT INTO batches VALUES (?,?,?,?)", batches)
    runs, readings = [], []
    rid = rdg = 0
    bad_batch = 17      # contaminated phosphate in one batch
    for b, _code, prep, _ in batches:
        smp = [r for r in rows if r[9] == b]
        for family, pool in (("IC", ["IC-1", "IC-2"]), ("ICP", ["ICP-MS-1", "ICP-MS-2"]), ("TOC", ["TOC-1"]),
                             ("UV", ["UV-1"])):
            instr = rng.choice(pool)
            t = datetime.fromisoformat(prep) + timedelta(hours=rng.randrange(8, 60))
            if rng.random() < 0.08:       # an aborted run, redone later on the same instrument
                rid += 1
                runs.append((rid, instr, b, t.strftime("%Y-%m-%d %H:%M"), rng.choice(operators), "aborted"))
                t += timedelta(hours=rng.randrange(3, 20))
            rid += 1
            runs.append((rid, instr, b, t.strftime("%Y-%m-%d %H:%M"),
                         "F. Singh" if instr == "ICP-MS-2" and rng.random() < 0.6 else rng.choice(operators),
                         "complete"))
            for s in smp:
                sid, tank, grp, wk = s[0], s[1], s[2], s[3]
                treated = grp == "treated"
                blank = grp == "blank"
                if family == "IC":
                    for a in ("NO3", "PO4"):
                        if a == "NO3":
                            v = 0.2 if blank else (8 + 0.4 * wk) * rng.uniform(0.8, 1.2)
                            if treated and wk >= 2:
                                v *= 1.0 + 0.55 * min(wk, 6) * rng.uniform(0.7, 1.3)
                            if instr == "IC-2":
                                v *= 1.06
                            v *= rng.uniform(0.95, 1.05)
                        else:
                            v = 0.008 if blank else 0.12 * rng.uniform(0.6, 1.4) * (1 + (0.35 * wk if treated else 0))
                            if b == bad_batch:
                                v += 1.6
                        bdl = v < analytes[0 if a == "NO3" else 1][2]
                        rdg += 1
                        readings.append((rdg, sid, rid, a, None if bdl else round(v, 3), "mg/L", int(bdl)))
                elif family == "ICP":
                    old = instr == "ICP-MS-1" and wk <= 3
                    for a, base, lod in (("Pb", 4.0, 0.5), ("Cu", 25.0, 1.0), ("Zn", 60.0, 2.0)):
                        v = 0.1 if blank else base * rng.lognormvariate(0, 0.7 if a == "Pb" else 0.35)
                        if a == "Pb" and not blank and rng.random() < 0.18:
                            v = rng.uniform(0.05, 0.45)
                        bdl = v < lod
                        rdg += 1
                        if bdl:
                            readings.append((rdg, sid, rid, a, None, "mg/L" if old else "ug/L", 1))
                        elif old:
                            readings.append((rdg, sid, rid, a, round(v / 1000, 5), "mg/L", 0))
                        else:
                            readings.append((rdg, sid, rid, a, round(v, 2), "ug/L", 0))
                elif family == "TOC":
                    v = 0.15 if blank else (6.0 + (0.9 * wk if treated else 0.15 * wk)) * rng.uniform(0.85, 1.15)
                    bdl = v < 0.3
                    rdg += 1
                    readings.append((rdg, sid, rid, "DOC", None if bdl else round(v, 2), "mg/L", int(bdl)))
                else:
                    v = 0.005 if blank else rng.lognormvariate(math.log(0.06 if not treated else 0.18), 0.8)
                    bdl = v < 0.02
                    rdg += 1
                    readings.append((rdg, sid, rid, "NH4", None if bdl else round(v, 3), "mg/L", int(bdl)))
    db.executemany("INSERT INTO runs VALUES (?,?,?,?,?,?)", runs)
    db.executemany("INSERT INTO readings VALUES (?,?,?,?,?,?,?)", readings)
    # the one highest lead reading of the study
    db.execute("UPDATE readings SET value = 48.7, unit = 'ug/L', bdl_flag = 0 WHERE rdg_id = ("
               "SELECT r.rdg_id FROM readings r JOIN samples s USING (smpl_id) JOIN runs u USING (run_id) "
               "WHERE r.anl_cd = 'Pb' AND s.tank_no = 19 AND s.study_wk = 5 AND u.instr_id = 'ICP-MS-2' LIMIT 1)")
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ birdsurvey
def build_birdsurvey(path: Path) -> None:
    rng = random.Random(66202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sites (site_id TEXT PRIMARY KEY, siteName TEXT, habitat TEXT, lat REAL, lon REAL, elev_m INTEGER,
                        established TEXT);
    CREATE TABLE species (spp_cd TEXT PRIMARY KEY, common_name TEXT, sci_name TEXT, family TEXT, iucn_status TEXT);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, site_id TEXT REFERENCES sites(site_id), visitDate TEXT,
                         startTime TEXT, durationMin INTEGER, observer TEXT, wind_bft INTEGER, cloud_pct INTEGER,
                         visit_status TEXT);
    CREATE TABLE observations (obs_id INTEGER PRIMARY KEY, visit_id INTEGER REFERENCES visits(visit_id),
                               spp_cd TEXT REFERENCES species(spp_cd), n_count INTEGER, detection TEXT,
                               breeding_code TEXT);
    """)
    habitats = {"wetland": (7, "Marsh"), "woodland": (8, "Wood"), "grassland": (6, "Down"),
                "farmland": (7, "Farm"), "coastal": (4, "Shore")}
    names = ("Ashby Barrow Colne Dunmore Elster Fenwick Garth Holme Ickford Kelda Linton Marden Netherby Orton "
             "Pendle Quarry Redmire Selby Thorne Ulley Wray Yarrow Abbots Brent Cawood Dacre Eskdale Foss "
             "Gilling Hutton Kirkby Lund").split()
    sites = []
    k = 0
    for hab, (n, suffix) in habitats.items():
        for i in range(n):
            lat = round(rng.uniform(53.6, 54.9), 5)
            lon = round(rng.uniform(-2.9, -0.3), 5)
            if hab == "coastal":
                lon = round(rng.uniform(-0.6, -0.1), 5)
            elev = {"wetland": (2, 40), "woodland": (60, 320), "grassland": (120, 480), "farmland": (20, 180),
                    "coastal": (0, 15)}[hab]
            sites.append([f"{hab[:2].upper()}-{i + 1:02d}", f"{names[k]} {suffix}", hab, lat, lon,
                          rng.randint(*elev), day(rng, date(2014, 1, 1), date(2021, 12, 31)).isoformat()])
            k += 1
    sites[10][3] = 55.21344          # Linton Wood: the northernmost site
    for i in (4, 19, 27):            # coordinates never recorded
        sites[i][3] = sites[i][4] = None
    db.executemany("INSERT INTO sites VALUES (?,?,?,?,?,?,?)", sites)
    species = [("LAPW", "Lapwing", "Vanellus vanellus", "Charadriidae", "NT"),
               ("CURL", "Curlew", "Numenius arquata", "Scolopacidae", "NT"),
               ("SKYL", "Skylark", "Alauda arvensis", "Alaudidae", "LC"),
               ("ROBI", "Robin", "Erithacus rubecula", "Muscicapidae", "LC"),
               ("WREN", "Wren", "Troglodytes troglodytes", "Troglodytidae", "LC"),
               ("BLTI", "Blue Tit", "Cyanistes caeruleus", "Paridae", "LC"),
               ("CHAF", "Chaffinch", "Fringilla coelebs", "Fringillidae", "LC"),
               ("WOPI", "Woodpigeon", "Columba palumbus", "Columbidae", "LC"),
               ("BLAC", "Blackbird", "Turdus merula", "Turdidae", "LC"),
               ("REBU", "Reed Bunting", "Emberiza schoeniclus", "Emberizidae", "LC"),
               ("SEWA", "Sedge Warbler", "Acrocephalus schoenobaenus", "Acrocephalidae", "LC"),
               ("MEPI", "Meadow Pipit", "Anthus pratensis", "Motacillidae", "LC"),
               ("YEHA", "Yellowhammer", "Emberiza citrinella", "Emberizidae", "LC"),
               ("TUDO", "Turtle Dove", "Streptopelia turtur", "Columbidae", "VU"),
               ("REDS", "Redshank", "Tringa totanus", "Scolopacidae", "LC"),
               ("OYST", "Oystercatcher", "Haematopus ostralegus", "Haematopodidae", "NT"),
               ("WOOD", "Wood Warbler", "Phylloscopus sibilatrix", "Phylloscopidae", "LC"),
               ("WITI", "Willow Tit", "Poecile montanus", "Paridae", "LC"),
               ("EUCU", "Cuckoo", "Cuculus canorus", "Cuculidae", "LC"),
               ("SPFL", "Spotted Flycatcher", "Muscicapa striata", "Muscicapidae", "LC"),
               ("GRPA", "Grey Partridge", "Perdix perdix", "Phasianidae", "LC"),
               ("AQWA", "Aquatic Warbler", "Acrocephalus paludicola", "Acrocephalidae", "VU"),
               ("STGR", "Steppe Grey Shrike", "Lanius pallidirostris", "Laniidae", "EN")]
    db.executemany("INSERT INTO species VALUES (?,?,?,?,?)", species)
    # expected mean count per visit of each species by habitat (0: not found there)
    pref = {
        "wetland": {"REBU": 3, "SEWA": 4, "REDS": 2, "LAPW": 2, "CURL": 1, "WREN": 2, "BLAC": 1, "EUCU": 0.5,
                    "AQWA": 0.1},
        "woodland": {"ROBI": 5, "WREN": 5, "BLTI": 6, "CHAF": 6, "WOPI": 4, "BLAC": 4, "WOOD": 0.6, "WITI": 0.4,
                     "SPFL": 0.5, "EUCU": 0.3, "TUDO": 0.15},
        "grassland": {"SKYL": 5, "MEPI": 5, "CURL": 1.5, "LAPW": 1, "WOPI": 1, "EUCU": 0.4, "STGR": 0.03},
        "farmland": {"SKYL": 3, "LAPW": 3.5, "YEHA": 2, "WOPI": 6, "CHAF": 2, "BLAC": 2, "GRPA": 0.8, "TUDO": 0.3,
                     "CURL": 0.6},
        "coastal": {"OYST": 6, "REDS": 4, "CURL": 2, "LAPW": 1.5, "MEPI": 1, "SKYL": 1},
    }
    visits, obs = [], []
    vid = oid = 0
    observers = ["R. Dalton", "S. Eriksen", "T. Grant", "U. Kim", "V. Larsen", "W. Pereira"]
    for s in sites:
        hab = s[2]
        obsr = rng.sample(observers, 2)
        for yr in (2022, 2023, 2024):
            for m in (4, 5, 6, 7, 11, 1):
                if rng.random() < 0.12:
                    continue
                vid += 1
                d = date(yr, m, rng.randrange(1, 29))
                status = "abandoned" if rng.random() < 0.03 else "completed"
                hh = rng.choice([5, 5, 6, 6, 7, 8]) if m in (4, 5, 6, 7) else rng.choice([8, 9, 10])
                wind = rng.choices(range(0, 7), [3, 8, 10, 8, 5, 3, 1])[0]
                if status == "abandoned":
                    wind = rng.choice([5, 6, 7])
                dur = rng.randrange(25, 55) if status == "abandoned" else rng.randrange(60, 150)
                who = rng.choice(obsr) if rng.random() < 0.9 else rng.choice(observers)
                if who == "T. Grant" and status == "completed":
                    dur += 25
                visits.append((vid, s[0], d.isoformat(), f"{hh:02d}:{rng.randrange(0, 60, 5):02d}", dur, who, wind,
                               rng.randrange(0, 101, 5), status))
                if status != "completed":
                    continue
                season = 1.0 if m in (4, 5, 6, 7) else 0.35
                wind_f = 1.0 if wind < 4 else 0.6
                if rng.random() < 0.015:
                    continue     # a completed visit that found nothing
                for sp, mu in pref[hab].items():
                    lam = mu * season * wind_f
                    if sp == "SKYL" and m in (3, 4, 5):
                        lam *= {2022: 1.1, 2023: 1.0, 2024: 0.7}[yr]
                    if sp in ("SEWA", "EUCU", "TUDO", "SPFL", "WOOD") and m in (11, 1):
                        continue
                    n = sum(1 for _ in range(40) if rng.random() < lam / 40)
                    if n == 0:
                        continue
                    oid += 1
                    det = rng.choices(["seen", "heard", "both"], [5, 3, 2] if hab == "woodland" else [7, 2, 1])[0]
                    cnt = None if rng.random() < 0.02 else n
                    bc = rng.choice([None, None, None, "possible", "probable", "confirmed"]) if m in (4, 5, 6) else None
                    obs.append((oid, vid, sp, cnt, det, bc))
    # a woodland-edge site that also turns up waders: the one richest site
    edge = [v[0] for v in visits if v[1] == "WO-03" and v[8] == "completed" and v[2][5:7] in ("04", "05")][:2]
    for v, sp in zip(edge, ("LAPW", "CURL")):
        oid += 1
        obs.append((oid, v, sp, 2, "seen", None))
    db.executemany("INSERT INTO visits VALUES (?,?,?,?,?,?,?,?,?)", visits)
    db.executemany("INSERT INTO observations VALUES (?,?,?,?,?,?)", obs)
    # the one biggest flock of lapwing
    db.execute("UPDATE observations SET n_count = 46 WHERE obs_id = (SELECT o.obs_id FROM observations o JOIN visits v "
               "USING (visit_id) WHERE o.spp_cd = 'LAPW' AND v.site_id = 'FA-03' AND v.visitDate LIKE '2023-11%' "
               "LIMIT 1)")
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ corefacility
def build_corefacility(path: Path) -> None:
    rng = random.Random(66303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Instruments (instId INTEGER PRIMARY KEY, instName TEXT, category TEXT, location TEXT,
                              rate_cents_hr INTEGER, inService INTEGER);
    CREATE TABLE research_groups (grp_id INTEGER PRIMARY KEY, pi_name TEXT, dept TEXT, org_type TEXT);
    CREATE TABLE users (userId INTEGER PRIMARY KEY, fullName TEXT, grp_id INTEGER REFERENCES research_groups(grp_id),
                        role TEXT, is_active INTEGER);
    CREATE TABLE bookings (bkg_id INTEGER PRIMARY KEY, instId INTEGER REFERENCES Instruments(instId),
                           userId INTEGER REFERENCES users(userId), created_at TEXT, start_ts TEXT, end_ts TEXT,
                           status TEXT, cancelled_at TEXT);
    """)
    inst = [("Zeiss LSM 980 confocal", "confocal", "Imaging Suite 1", 4500, 1),
            ("Nikon Ti2 widefield", "widefield microscope", "Imaging Suite 1", 2200, 1),
            ("BD FACSAria III sorter", "flow cytometer", "Flow Lab", 6800, 1),
            ("Cytek Aurora analyser", "flow cytometer", "Flow Lab", 3900, 1),
            ("Illumina NextSeq 2000", "sequencer", "Genomics Room", 9500, 1),
            ("Thermo Orbitrap Exploris", "mass spectrometer", "Proteomics Lab", 12000, 1),
            ("Leica SP5 confocal (legacy)", "confocal", "Imaging Suite 2", 2500, 0),
            ("Bio-Rad CFX qPCR", "qPCR", "Genomics Room", 900, 1)]
    db.executemany("INSERT INTO Instruments VALUES (?,?,?,?,?,?)", [(i + 1, *x) for i, x in enumerate(inst)])
    groups = [("Prof. A. Okonkwo", "Cell Biology", "internal"), ("Dr. B. Lindgren", "Immunology", "internal"),
              ("Prof. C. Marchetti", "Neuroscience", "internal"), ("Dr. D. Sato", "Cell Biology", "internal"),
              ("Dr. E. Novak", "Biochemistry", "internal"), ("Prof. F. Alvarez", "Immunology", "internal"),
              ("Dr. G. Whitfield", "Genetics", "internal"), ("Dr. H. Rahman", "Neuroscience", "internal"),
              ("Helix Therapeutics Ltd", "Industry", "external"), ("Northgate University", "Partner", "external"),
              ("Corvid Bio Inc", "Industry", "external")]
    db.executemany("INSERT INTO research_groups VALUES (?,?,?,?)", [(i + 1, *g) for i, g in enumerate(groups)])
    users = []
    for u in range(1, 75):
        g = rng.choices(range(1, 12), [8, 7, 9, 5, 6, 7, 6, 5, 3, 3, 2])[0]
        role = rng.choices(["PhD student", "postdoc", "technician", "PI"], [6, 4, 2, 1])[0]
        users.append((u, f"{rng.choice(FIRST)} {rng.choice(LAST)}", g, role, 0 if rng.random() < 0.15 else 1))
    db.executemany("INSERT INTO users VALUES (?,?,?,?,?)", users)
    # instrument preference by department
    pref = {"Cell Biology": [5, 6, 1, 1, 1, 0, 1, 3], "Immunology": [2, 1, 6, 7, 1, 0, 0, 2],
            "Neuroscience": [7, 3, 0, 1, 1, 0, 2, 1], "Biochemistry": [1, 1, 0, 0, 1, 7, 0, 3],
            "Genetics": [1, 1, 1, 1, 7, 0, 0, 6], "Industry": [1, 0, 2, 1, 4, 5, 0, 1], "Partner": [2, 1, 2, 2, 2, 1, 0, 1]}
    bookings = []
    for b in range(1, 3201):
        u = rng.randrange(1, 75)
        dept = groups[users[u - 1][2] - 1][1]
        i = rng.choices(range(1, 9), pref[dept])[0]
        d = day(rng, date(2023, 1, 2), date(2024, 12, 20))
        if i == 7 and d > date(2024, 3, 31):
            i = 1       # the legacy confocal was retired in spring 2024
        if d.weekday() >= 5 and rng.random() < 0.7:
            d += timedelta(days=7 - d.weekday())
        hh = rng.choice([7, 8, 8, 9, 9, 9, 10, 10, 11, 13, 14, 15, 16, 18])
        start = datetime(d.year, d.month, d.day, hh, rng.choice([0, 0, 30]))
        hours = rng.choices([0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 12], [3, 8, 5, 8, 6, 4, 2, 2, 1, 0.4])[0]
        if i == 5:
            hours = rng.choice([12, 18, 24, 30])
        end = start + timedelta(hours=hours)
        created = start - timedelta(days=rng.choice([0, 1, 2, 3, 5, 7, 10, 14, 21, 30]), hours=rng.randrange(1, 12))
        status = rng.choices(["completed", "cancelled", "no_show"], [82, 14, 4])[0]
        cancelled = None
        if status == "cancelled":
            lead_h = rng.choice([2, 5, 12, 20, 30, 48, 72, 120, 200])
            c = max(created + timedelta(minutes=90), start - timedelta(hours=lead_h))
            if u == 23 and rng.random() < 0.8:
                c = start - timedelta(hours=rng.choice([1, 3, 6]))
            cancelled = c.strftime("%Y-%m-%d %H:%M")
        bookings.append((b, i, u, created.strftime("%Y-%m-%d %H:%M"), start.strftime("%Y-%m-%d %H:%M"),
                         end.strftime("%Y-%m-%d %H:%M"), status, cancelled))
    # user 23 cancels late a lot
    for _n in range(14):
        b = len(bookings) + 1
        d = day(rng, date(2023, 2, 1), date(2024, 11, 30))
        start = datetime(d.year, d.month, d.day, 10, 0)
        bookings.append((b, rng.choice([3, 4]), 23, (start - timedelta(days=6)).strftime("%Y-%m-%d %H:%M"),
                         start.strftime("%Y-%m-%d %H:%M"), (start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
                         "cancelled", (start - timedelta(hours=rng.choice([2, 4, 9]))).strftime("%Y-%m-%d %H:%M")))
    # the confocal is busiest in November 2024
    for _n in range(30):
        b = len(bookings) + 1
        d = date(2024, 11, rng.randrange(4, 29))
        start = datetime(d.year, d.month, d.day, rng.choice([9, 13, 16]), 0)
        bookings.append((b, 1, rng.randrange(1, 75), (start - timedelta(days=5)).strftime("%Y-%m-%d %H:%M"),
                         start.strftime("%Y-%m-%d %H:%M"), (start + timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"),
                         "completed", None))
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?,?)", bookings)
    db.commit()
    db.close()


BUILDERS = {"waterlab": build_waterlab, "birdsurvey": build_birdsurvey, "corefacility": build_corefacility}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
