"""Held-out evaluation heldout68: three SQLite databases a security / IT-operations analyst reports
from — a bank's ATM estate (`atm_estate`), a factory's OT / control-system network (`plant_ot`) and a
web-hosting company's server fleet (`webhost`) — and hand-written conversations over them, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout68/build.py [OUT_DIR]    # writes atm_estate.sqlite, plant_ot.sqlite, webhost.sqlite
                                                  # (default OUT_DIR: /tmp/c2q-heldout68), checks every
                                                  # reference SQL and writes the <db>.json sets here

The data is generated from fixed seeds, so the files are the same on every run. All timestamps are
ISO-8601 UTC ending in 'Z'; the logs run from 2025-01-01 to 2025-03-16 (a Sunday).
"""
from __future__ import annotations

import random
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_all  # noqa: E402

FIRST = ("Aisha Bram Chloe Dev Emre Fatima Gareth Hana Igor Jade Kofi Lena Marek Nadia Owen Petra "
         "Rhys Saanvi Tomas Uma Vince Wen Xavier Yusuf Zoe").split()
LAST = ("Abbott Brennan Chowdhury Doyle Eriksen Farouk Gallagher Hughes Iqbal Jansen Kaur Lindgren "
        "Moreau Nakamura O'Neill Pereira Quinlan Reyes Sato Thornton").split()

T0 = datetime(2025, 1, 1)
T_END = datetime(2025, 3, 16, 23, 59, 59)
SPAN = int((T_END - T0).total_seconds())


def z(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts(rng: random.Random, lo: datetime = T0, hi: datetime = T_END) -> datetime:
    return lo + timedelta(seconds=rng.randrange(int((hi - lo).total_seconds()) + 1))


def ip(rng: random.Random, internal: bool) -> str:
    if internal:
        return f"10.{rng.randrange(10, 40)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"
    return f"{rng.choice([45, 77, 91, 103, 141, 185, 193, 212])}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"


def incidents_times(rng: random.Random, prio: str, opened: datetime, hours: dict) -> tuple:
    ack = opened + timedelta(minutes=rng.randrange(2, {"P1": 30, "P2": 90, "P3": 480, "P4": 1440}[prio]))
    res = ack + timedelta(minutes=int(rng.uniform(0.2, 2.2) * hours[prio] * 60))
    return ack, res


# ------------------------------------------------------------------------------------------ ATM estate
def build_atm(path: Path) -> None:
    rng = random.Random(6801)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sev_lookup (sev_cd INTEGER PRIMARY KEY, sev_label TEXT);
    CREATE TABLE atms (atm_id TEXT PRIMARY KEY, branch TEXT, region TEXT, model TEXT, os_version TEXT,
                       env TEXT, installed_on TEXT, is_offsite INTEGER);
    CREATE TABLE atm_events (evt_id INTEGER PRIMARY KEY, evt_ts TEXT, atm_fk TEXT REFERENCES atms(atm_id),
                             evt_cd TEXT, sev_cd INTEGER REFERENCES sev_lookup(sev_cd), src_ip TEXT, usr TEXT, msg TEXT);
    CREATE TABLE vulns (vulnId TEXT PRIMARY KEY, vulnTitle TEXT, vendor TEXT, publishedOn TEXT);
    CREATE TABLE atm_vulns (atm_fk TEXT REFERENCES atms(atm_id), vuln_fk TEXT REFERENCES vulns(vulnId),
                            cvss REAL, found_at TEXT, fixed_at TEXT);
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT, team TEXT, active INTEGER);
    CREATE TABLE priority_sla (priority TEXT PRIMARY KEY, resolve_hours INTEGER);
    CREATE TABLE incidents (inc_id TEXT PRIMARY KEY, atm_fk TEXT REFERENCES atms(atm_id), category TEXT,
                            priority TEXT, status TEXT, opened_at TEXT, acknowledged_at TEXT, resolved_at TEXT,
                            assignee_id INTEGER REFERENCES staff(staff_id));
    """)
    db.executemany("INSERT INTO sev_lookup VALUES (?,?)",
                   [(1, "Critical"), (2, "High"), (3, "Medium"), (4, "Low"), (5, "Info")])
    towns = ["Leeds Briggate", "York Parliament St", "Hull Whitefriargate", "Bradford Broadway", "Sheffield Fargate",
             "Derby Corn Market", "Nottingham Market Sq", "Leicester Gallowtree", "Lincoln High St", "Norwich Gentleman's Walk",
             "Ipswich Cornhill", "Cambridge Sidney St", "Oxford Cornmarket", "Reading Broad St", "Bristol Broadmead",
             "Bath Milsom St", "Exeter High St", "Plymouth Armada Way", "Cardiff Queen St", "Swansea Oxford St",
             "Birmingham New St", "Coventry Precinct", "Wolverhampton Dudley St", "Stoke Hanley", "Chester Eastgate"]
    regions = ["North", "North", "North", "North", "North", "Midlands", "Midlands", "Midlands", "East", "East", "East",
               "East", "South", "South", "West", "West", "West", "West", "Wales", "Wales", "Midlands", "Midlands",
               "Midlands", "Midlands", "North"]
    models = ["NCR SelfServ 84", "NCR SelfServ 22e", "Diebold DN200", "Hyosung MX8800"]
    atms = []
    for i in range(120):
        b = rng.randrange(len(towns))
        env = "test" if i >= 114 else "prod"
        os_v = rng.choices(["Win10 IoT 21H2", "Win10 IoT 1809", "Win7 Embedded"], [6, 3, 1])[0]
        atms.append((f"ATM-{1001 + i}", "Lab - Croydon" if env == "test" else towns[b],
                     "South" if env == "test" else regions[b], rng.choices(models, [5, 3, 4, 2])[0], os_v, env,
                     (datetime(2014, 1, 1) + timedelta(days=rng.randrange(3800))).date().isoformat(),
                     0 if env == "test" else int(rng.random() < 0.35)))
    db.executemany("INSERT INTO atms VALUES (?,?,?,?,?,?,?,?)", atms)
    prod = [a[0] for a in atms if a[5] == "prod"]
    test = [a[0] for a in atms if a[5] == "test"]
    codes = {"TAMPER": ([1, 2], 3), "SKIM_DETECT": ([1], 2), "MALWARE_BLOCK": ([1, 2], 2), "LOGIN_FAIL": ([3], 14),
             "LOGIN_OK": ([5], 16), "SAFE_DOOR": ([2, 3], 5), "CASH_LOW": ([4], 22), "NET_DOWN": ([3], 10),
             "CFG_CHANGE": ([4], 6), "HEARTBEAT_MISS": ([4, 5], 14)}
    engineers = [f"eng.{n.lower()}" for n in FIRST[:12]] + ["svc_monitor", "admin", "ncr_field"]
    hot_atm = "ATM-1037"        # a skimming hotspot
    pool = [ip(rng, True) for _ in range(14)] + [ip(rng, False) for _ in range(6)]
    pool_w = [30, 24, 20, 17, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 4, 3, 2, 2, 1, 1]
    events = []
    for n in range(1, 6201):
        atm = rng.choice(test) if rng.random() < 0.12 else (hot_atm if rng.random() < 0.02 else rng.choice(prod))
        cd = rng.choices(list(codes), [w for _, w in codes.values()])[0]
        if atm == hot_atm and rng.random() < 0.5:
            cd = "SKIM_DETECT"
        sev = rng.choice(codes[cd][0])
        if atm in test and cd in ("TAMPER", "MALWARE_BLOCK", "SKIM_DETECT") and rng.random() < 0.6:
            sev = 1          # the lab fires test alerts at critical
        usr = src = None
        if cd in ("LOGIN_FAIL", "LOGIN_OK", "CFG_CHANGE"):
            usr = rng.choices(engineers, [3] * 12 + [2, 6, 1])[0]
            src = rng.choices(pool, pool_w)[0] if rng.random() < 0.9 else ip(rng, rng.random() < 0.5)
        elif cd in ("MALWARE_BLOCK", "NET_DOWN"):
            src = ip(rng, rng.random() < 0.5)
        events.append([n, ts(rng), atm, cd, sev, src, usr, f"{cd.lower().replace('_', ' ')} reported"])
    # a burst of failed maintenance logins on the weekend of 15-16 March from one outside address
    for _k in range(37):
        t = datetime(2025, 3, 15, 1, 0) + timedelta(minutes=rng.randrange(60 * 40))
        events.append([0, t, rng.choice(prod[:30]), "LOGIN_FAIL", 3, "185.220.101.47", rng.choice(["admin", "ncr_field", "eng.owen"]),
                       "login fail reported"])
    events.sort(key=lambda e: e[1])
    for i, e in enumerate(events):
        e[0] = i + 1
        e[1] = z(e[1])
    db.executemany("INSERT INTO atm_events VALUES (?,?,?,?,?,?,?,?)", events)

    vulns = []
    vendors = ["Microsoft", "NCR", "Diebold Nixdorf", "Hyosung", "OpenSSL", "Oracle Java"]
    for _i in range(42):
        v = rng.choices(vendors, [5, 3, 3, 2, 2, 2])[0]
        vulns.append((f"CVE-{rng.choice([2022, 2023, 2024, 2024, 2025])}-{rng.randrange(1000, 49999)}",
                      f"{v} {rng.choice(['remote code execution', 'privilege escalation', 'XFS bypass', 'BIOS boot bypass', 'denial of service', 'information disclosure'])}",
                      v, (datetime(2022, 1, 1) + timedelta(days=rng.randrange(1160))).date().isoformat()))
    db.executemany("INSERT INTO vulns VALUES (?,?,?,?)", vulns)
    base_cvss = {v[0]: round(rng.choice([rng.uniform(4, 6.9), rng.uniform(7, 8.9), rng.uniform(9, 10)]), 1) for v in vulns}
    links = set()
    rows = []
    for a in atms:
        k = rng.randrange(1, 9) if a[4] != "Win7 Embedded" else rng.randrange(6, 14)
        for v in rng.sample(vulns, k):
            if (a[0], v[0]) in links:
                continue
            links.add((a[0], v[0]))
            found = ts(rng, datetime(2024, 9, 1), T_END)
            fixed = None
            if rng.random() < 0.62:
                f = found + timedelta(hours=rng.randrange(6, 24 * 70))
                fixed = z(f) if f <= T_END else None
            rows.append((a[0], v[0], base_cvss[v[0]], z(found), fixed))
    for atm_id, extra in (("ATM-1012", 11), ("ATM-1048", 9), ("ATM-1083", 8), ("ATM-1066", 7), ("ATM-1025", 6)):
        for v in [v for v in vulns if (atm_id, v[0]) not in links][:extra]:
            links.add((atm_id, v[0]))
            rows.append((atm_id, v[0], base_cvss[v[0]], z(ts(rng, datetime(2024, 9, 1), T_END)), None))
    db.executemany("INSERT INTO atm_vulns VALUES (?,?,?,?,?)", rows)

    staff = [(i + 1, f"{rng.choice(FIRST)} {LAST[i]}", t, 1)
             for i, t in enumerate(["SOC"] * 6 + ["Field Engineering"] * 5 + ["Network"] * 3)]
    staff[12] = (13, "Marek Reyes", "Network", 0)          # left in February
    db.executemany("INSERT INTO staff VALUES (?,?,?,?)", staff)
    sla = {"P1": 4, "P2": 24, "P3": 72, "P4": 168}
    db.executemany("INSERT INTO priority_sla VALUES (?,?)", list(sla.items()))
    incs = []
    cats = {"skimming": "P1", "malware": "P1", "physical attack": "P2", "jackpotting attempt": "P1",
            "network outage": "P3", "cash-out": "P4", "config drift": "P3", "failed logins": "P2"}
    for n in range(1, 341):
        cat = rng.choices(list(cats), [5, 3, 4, 1, 10, 8, 6, 5])[0]
        prio = cats[cat] if rng.random() < 0.75 else rng.choice(["P1", "P2", "P3", "P4"])
        atm = rng.choice(test) if rng.random() < 0.07 else rng.choice(prod)
        opened = ts(rng)
        ack, res = incidents_times(rng, prio, opened, sla)
        status = "resolved"
        if res > T_END or rng.random() < 0.08:
            status, res = "open", None
        if rng.random() < 0.05:
            status, res = "cancelled", None
        if ack > T_END or (status == "open" and rng.random() < 0.25):
            ack = None
        assignee = None if (status == "open" and rng.random() < 0.3) else rng.choice(staff)[0]
        incs.append((f"INC-25-{n:04d}", atm, cat, prio, status, z(opened), z(ack) if ack else None,
                     z(res) if res else None, assignee))
    opened_rows = [k for k, r in enumerate(incs) if r[4] == "open" and r[8] is not None]
    for k in opened_rows[:3]:           # the leaver still holds three open incidents
        incs[k] = incs[k][:8] + (13,)
    db.executemany("INSERT INTO incidents VALUES (?,?,?,?,?,?,?,?,?)", incs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ plant OT
def build_ot(path: Path) -> None:
    rng = random.Random(6802)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE severity (code INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE ot_assets (assetTag TEXT PRIMARY KEY, assetType TEXT, line TEXT, vendor TEXT, firmware TEXT,
                            zone TEXT, commissioned TEXT);
    CREATE TABLE alarm_log (id INTEGER PRIMARY KEY, ts TEXT, asset_fk TEXT REFERENCES ot_assets(assetTag),
                            evt_cd TEXT, sev INTEGER REFERENCES severity(code), src_ip TEXT, operator TEXT,
                            acked INTEGER);
    CREATE TABLE asset_vuln (asset_fk TEXT REFERENCES ot_assets(assetTag), cve_id TEXT, cvss REAL,
                             found_at TEXT, fixed_at TEXT, remediation TEXT);
    CREATE TABLE Engineers (EngID INTEGER PRIMARY KEY, Name TEXT, Shift TEXT, Role TEXT);
    CREATE TABLE Incidents (IncidentNo INTEGER PRIMARY KEY, AssetTag TEXT REFERENCES ot_assets(assetTag),
                            Title TEXT, Category TEXT, Priority TEXT, OpenedAt TEXT, AckAt TEXT, ResolvedAt TEXT,
                            AssignedTo INTEGER REFERENCES Engineers(EngID));
    """)
    db.executemany("INSERT INTO severity VALUES (?,?)",
                   [(1, "Informational"), (2, "Low"), (3, "Medium"), (4, "High"), (5, "Critical")])
    types = {"PLC": ("PLC", ["Siemens", "Rockwell", "Schneider"], 34), "HMI": ("HMI", ["Siemens", "Rockwell", "AVEVA"], 20),
             "RTU": ("RTU", ["ABB", "Schneider"], 8), "Historian": ("HIS", ["AVEVA", "OSIsoft"], 4),
             "Engineering WS": ("EWS", ["Dell"], 9), "Switch": ("SW", ["Cisco", "Hirschmann"], 14),
             "Safety PLC": ("SIS", ["Siemens", "HIMA"], 5)}
    lines = ["Line 1", "Line 2", "Line 3", "Packaging", "Utilities"]
    assets = []
    for t, (pre, vends, n) in types.items():
        for i in range(n):
            zone = "test-bench" if i >= n - (2 if n > 10 else 1) else "production"
            assets.append((f"{pre}-{i + 1:03d}", t, "Workshop" if zone == "test-bench" else rng.choice(lines),
                           rng.choice(vends), f"v{rng.randrange(1, 5)}.{rng.randrange(0, 10)}.{rng.randrange(0, 20)}",
                           zone, (datetime(2009, 1, 1) + timedelta(days=rng.randrange(5400))).date().isoformat()))
    db.executemany("INSERT INTO ot_assets VALUES (?,?,?,?,?,?,?)", assets)
    prod = [a for a in assets if a[5] == "production"]
    bench = [a for a in assets if a[5] == "test-bench"]
    codes = {"COMM_LOSS": ([3, 4], 14), "SETPOINT_CHG": ([2], 16), "AUTH_OK": ([1], 18), "AUTH_FAIL": ([3], 12),
             "MODE_CHANGE": ([4, 5], 4), "FW_WRITE": ([4, 5], 3), "SCAN_DETECT": ([4], 4), "USB_INSERT": ([3, 4], 5),
             "CPU_HIGH": ([2, 3], 9), "CONFIG_DOWNLOAD": ([4], 3)}
    ops = [f"op{n:02d}" for n in range(1, 19)] + ["eng_admin", "vendor_remote"]
    ev = []
    for _n in range(5400):
        a = rng.choice(bench) if rng.random() < 0.1 else rng.choice(prod)
        cd = rng.choices(list(codes), [w for _, w in codes.values()])[0]
        if a[1] in ("Switch", "Historian") and cd in ("MODE_CHANGE", "FW_WRITE", "SETPOINT_CHG"):
            cd = "COMM_LOSS"
        sev = rng.choice(codes[cd][0])
        if a[5] == "test-bench" and cd in ("FW_WRITE", "MODE_CHANGE", "CONFIG_DOWNLOAD"):
            sev = 5
        operator = src = None
        if cd in ("AUTH_OK", "AUTH_FAIL", "SETPOINT_CHG", "MODE_CHANGE", "FW_WRITE", "CONFIG_DOWNLOAD"):
            operator = rng.choices(ops, [2] * 18 + [5, 2])[0]
            src = f"192.168.{rng.choice([10, 10, 20, 30])}.{rng.randrange(10, 60)}"
        if cd == "SCAN_DETECT":
            src = rng.choice(["192.168.30.77", "192.168.30.77", "10.4.8.15", "192.168.20.41"])
        acked = 1 if rng.random() < 0.85 else 0
        ev.append([0, ts(rng), a[0], cd, sev, src, operator, acked])
    ev.sort(key=lambda e: e[1])
    for i, e in enumerate(ev):
        e[0] = i + 1
        e[1] = z(e[1])
    db.executemany("INSERT INTO alarm_log VALUES (?,?,?,?,?,?,?,?)", ev)
    av = []
    cves = [(f"CVE-{rng.choice([2019, 2020, 2021, 2022, 2023, 2024])}-{rng.randrange(1000, 40000)}",
             round(rng.choice([rng.uniform(3, 6.9), rng.uniform(7, 8.9), rng.uniform(9, 10)]), 1)) for _ in range(55)]
    for a in assets:
        k = rng.randrange(0, 12) if a[1] in ("PLC", "HMI", "Engineering WS") else rng.randrange(0, 5)
        for cve, score in rng.sample(cves, k):
            found = ts(rng, datetime(2024, 6, 1), T_END)
            fixed = rem = None
            if rng.random() < 0.45:     # OT patches slowly
                f = found + timedelta(days=rng.randrange(3, 150), hours=rng.randrange(24))
                if f <= T_END:
                    fixed = z(f)
                    rem = rng.choices(["firmware update", "network segmentation", "compensating control"], [5, 3, 2])[0]
            av.append((a[0], cve, score, z(found), fixed, rem))
    for tag, target in (("EWS-004", 14), ("PLC-012", 12), ("HMI-009", 11), ("PLC-027", 10)):
        have = {r[1] for r in av if r[0] == tag}
        extra = target - sum(1 for r in av if r[0] == tag and r[4] is None)
        for cve, score in [c for c in cves if c[0] not in have][:extra]:
            av.append((tag, cve, score, z(ts(rng, datetime(2024, 6, 1), T_END)), None, None))
    db.executemany("INSERT INTO asset_vuln VALUES (?,?,?,?,?,?)", av)
    engs = [(i + 1, f"{FIRST[(i * 7) % 25]} {LAST[(i * 3) % 20]}", rng.choice(["day", "night"]),
             r) for i, r in enumerate(["OT Security"] * 4 + ["Controls Engineer"] * 6 + ["Maintenance"] * 5)]
    db.executemany("INSERT INTO Engineers VALUES (?,?,?,?)", engs)
    hours = {"P1": 8, "P2": 36, "P3": 96, "P4": 240}
    titles = {"Unauthorised logic download": "P1", "Port scan from IT network": "P2", "Unknown USB device": "P2",
              "HMI brute-force": "P2", "Controller fault / comms loss": "P3", "Firmware out of date": "P4",
              "Vendor remote session outside window": "P2", "Safety system trip": "P1"}
    inc = []
    for n in range(1, 261):
        title = rng.choices(list(titles), [2, 4, 4, 3, 10, 6, 3, 1])[0]
        prio = titles[title] if rng.random() < 0.8 else rng.choice(["P1", "P2", "P3", "P4"])
        a = rng.choice(bench) if rng.random() < 0.06 else rng.choice(prod)
        opened = ts(rng)
        ack, res = incidents_times(rng, prio, opened, hours)
        if res > T_END or rng.random() < 0.1:
            res = None
        if ack > T_END or (res is None and rng.random() < 0.2):
            ack = None
        who = None if rng.random() < 0.08 else rng.choice(engs)[0]
        inc.append((5000 + n, a[0], title, "security" if title not in ("Controller fault / comms loss", "Safety system trip")
                    else "operational", prio, z(opened), z(ack) if ack else None, z(res) if res else None, who))
    k = next(k for k, r in enumerate(inc) if r[4] == "P1" and r[8] not in (8, 12))
    inc[k] = inc[k][:8] + (12,)         # one engineer carries the most P1s
    db.executemany("INSERT INTO Incidents VALUES (?,?,?,?,?,?,?,?,?)", inc)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ web hosting
def build_webhost(path: Path) -> None:
    rng = random.Random(6803)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sev_codes (sev_cd INTEGER PRIMARY KEY, sev_desc TEXT);
    CREATE TABLE servers (host_id INTEGER PRIMARY KEY, hostname TEXT, dc TEXT, env TEXT, os TEXT, tier TEXT,
                          decommissioned_on TEXT);
    CREATE TABLE auth_log (log_id INTEGER PRIMARY KEY, evt_ts TEXT, host_fk INTEGER REFERENCES servers(host_id),
                           svc TEXT, user_name TEXT, src_ip TEXT, evt_cd TEXT, sev_cd INTEGER REFERENCES sev_codes(sev_cd));
    CREATE TABLE vuln_findings (finding_id INTEGER PRIMARY KEY, host_fk INTEGER REFERENCES servers(host_id), cve TEXT,
                                cvss_v3 TEXT, found_at TEXT, fixed_at TEXT, scanner TEXT);
    CREATE TABLE patch_sla (band TEXT PRIMARY KEY, min_cvss REAL, max_cvss REAL, days_allowed INTEGER);
    CREATE TABLE ops_staff (staffId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, team TEXT, onCall INTEGER);
    CREATE TABLE incidents (incident_id INTEGER PRIMARY KEY, host_fk INTEGER REFERENCES servers(host_id), category TEXT,
                            priority TEXT, status TEXT, openedAt TEXT, ackAt TEXT, resolvedAt TEXT,
                            assigneeId INTEGER REFERENCES ops_staff(staffId));
    """)
    db.executemany("INSERT INTO sev_codes VALUES (?,?)",
                   [(1, "INFO"), (2, "LOW"), (3, "MED"), (4, "HIGH"), (5, "CRIT")])
    servers = []
    envs = ["prod"] * 7 + ["staging"] * 2 + ["test"]
    for h in range(1, 161):
        dc = rng.choices(["AMS1", "FRA2", "LON1", "NYC3"], [5, 4, 4, 2])[0]
        env = rng.choice(envs)
        tier = rng.choices(["shared", "vps", "dedicated"], [4, 5, 2])[0]
        decom = None
        if rng.random() < 0.06:
            decom = (datetime(2024, 10, 1) + timedelta(days=rng.randrange(160))).date().isoformat()
        servers.append((h, f"{dc.lower()}-{env[:4]}-{tier[:3]}{h:03d}", dc, env,
                        rng.choices(["Ubuntu 22.04", "Ubuntu 20.04", "Debian 12", "AlmaLinux 9", "CentOS 7"], [5, 3, 3, 2, 1])[0],
                        tier, decom))
    db.executemany("INSERT INTO servers VALUES (?,?,?,?,?,?,?)", servers)
    users = ["root", "admin", "deploy", "backup", "www-data", "jenkins", "git", "postgres", "ubuntu", "test", "oracle",
             "support"]
    attackers = ["45.148.10.62", "193.32.162.9", "141.98.11.203", "103.77.24.118", "77.90.185.4", "212.70.149.88"]
    weights = [30, 24, 19, 15, 11, 7]
    logs = []
    for _n in range(9000):
        h = rng.choice(servers)
        r = rng.random()
        svc = rng.choices(["ssh", "cpanel", "ftp"], [6, 3, 1])[0]
        if r < 0.42:
            cd, sev = "AUTH_OK", 1
            user = rng.choices(users, [3, 2, 8, 4, 1, 4, 3, 2, 2, 1, 0.1, 2])[0]
            src = ip(rng, True)
        elif r < 0.88:
            cd, sev = "AUTH_FAIL", 3
            user = rng.choices(users, [10, 8, 3, 2, 1, 2, 2, 2, 4, 5, 3, 1])[0]
            src = rng.choices(attackers, weights)[0] if rng.random() < 0.55 else ip(rng, rng.random() < 0.3)
        elif r < 0.93:
            cd, sev, svc = "LOCKOUT", 4, "ssh"
            user = rng.choice(["root", "admin", "deploy", "support"])
            src = rng.choices(attackers, weights)[0]
        elif r < 0.985:
            cd, sev, svc = "SUDO", 2, "ssh"
            user = rng.choice(["deploy", "backup", "jenkins", "support"])
            src = ip(rng, True)
        else:
            cd, sev, svc = "KEY_ADDED", 5, "ssh"
            user = rng.choice(["root", "deploy", "git"])
            src = ip(rng, rng.random() < 0.4)
        t = ts(rng)
        if h[6] and t.date().isoformat() > h[6]:
            if h[6] > "2025-01-02":
                t = ts(rng, T0, datetime.fromisoformat(h[6]))
            else:           # a server gone before the year starts logs nothing
                continue
        logs.append([0, t, h[0], svc, user, src, cd, sev])
    logs.sort(key=lambda e: e[1])
    for i, e in enumerate(logs):
        e[0] = i + 1
        e[1] = z(e[1])
    db.executemany("INSERT INTO auth_log VALUES (?,?,?,?,?,?,?,?)", logs)
    cves = []
    for _ in range(70):
        s = rng.choice([rng.uniform(2, 3.9), rng.uniform(4, 6.9), rng.uniform(4, 6.9), rng.uniform(7, 8.9),
                        rng.uniform(9, 9.9), 10.0])
        cves.append((f"CVE-{rng.choice([2021, 2022, 2023, 2024, 2024, 2025])}-{rng.randrange(1000, 52000)}", f"{s:.1f}"))
    finds, fid = [], 0
    for h in servers:
        for cve, score in rng.sample(cves, rng.randrange(0, 9) if h[4] != "CentOS 7" else rng.randrange(6, 15)):
            fid += 1
            found = ts(rng, datetime(2024, 8, 1), T_END)
            days = {True: rng.randrange(1, 12), False: rng.randrange(2, 120)}[float(score) >= 9]
            fixed = found + timedelta(days=days, hours=rng.randrange(24)) if rng.random() < 0.7 else None
            if fixed and fixed > T_END:
                fixed = None
            shown = score if rng.random() > 0.05 else "N/A"
            finds.append((fid, h[0], cve, shown, z(found), z(fixed) if fixed else None,
                          rng.choice(["Nessus", "Qualys", "OpenVAS"])))
    crit = [c for c in cves if c[1] in ("10.0",) or float(c[1]) >= 9]
    for host, extra in ((23, 6), (57, 6), (91, 4)):
        for cve, score in crit[:extra]:
            fid += 1
            finds.append((fid, host, cve, score, z(ts(rng, datetime(2024, 8, 1), T_END)), None,
                          rng.choice(["Nessus", "Qualys", "OpenVAS"])))
    db.executemany("INSERT INTO vuln_findings VALUES (?,?,?,?,?,?,?)", finds)
    db.executemany("INSERT INTO patch_sla VALUES (?,?,?,?)",
                   [("Critical", 9.0, 10.0, 7), ("High", 7.0, 8.9, 30), ("Medium", 4.0, 6.9, 90), ("Low", 0.1, 3.9, 180)])
    staff = [(i + 1, FIRST[(i * 4 + 3) % 25], LAST[(i * 7 + 1) % 20], t, int(rng.random() < 0.3))
             for i, t in enumerate(["Platform"] * 6 + ["Security"] * 4 + ["Support"] * 6)]
    db.executemany("INSERT INTO ops_staff VALUES (?,?,?,?,?)", staff)
    hours = {"P1": 3, "P2": 12, "P3": 48, "P4": 120}
    cats = {"brute force": "P2", "compromised account": "P1", "malware / webshell": "P1", "DDoS": "P1",
            "outage": "P2", "disk full": "P3", "certificate expiry": "P3", "phishing site hosted": "P2",
            "abuse report": "P4"}
    inc = []
    for n in range(1, 421):
        cat = rng.choices(list(cats), [8, 2, 3, 2, 6, 7, 4, 3, 9])[0]
        prio = cats[cat] if rng.random() < 0.8 else rng.choice(["P1", "P2", "P3", "P4"])
        h = rng.choice(servers)
        opened = ts(rng)
        ack, res = incidents_times(rng, prio, opened, hours)
        status = "resolved"
        if res > T_END or rng.random() < 0.06:
            status, res = "open", None
        if status == "resolved" and rng.random() < 0.06:
            status = "duplicate"
        if ack > T_END or (status == "open" and rng.random() < 0.3):
            ack = None
        who = None if rng.random() < 0.07 else rng.choice(staff)[0]
        inc.append((n, h[0], cat, prio, status, z(opened), z(ack) if ack else None, z(res) if res else None, who))
    db.executemany("INSERT INTO incidents VALUES (?,?,?,?,?,?,?,?,?)", inc)
    db.commit()
    db.close()


BUILDERS = {"atm_estate": build_atm, "plant_ot": build_ot, "webhost": build_webhost}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
