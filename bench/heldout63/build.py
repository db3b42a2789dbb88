"""Held-out evaluation `heldout63`: three SQLite databases a programme evaluator at a nonprofit would
query — an adult literacy programme (participants and a long table of assessments), a back-to-work
programme (enrolments with start, end and withdrawal dates and reason codes) and a parenting course
(sessions, with attendance as one row per parent per session attended) — and hand-written
conversations over them, written before the engine was run on them (see README.md).

    python bench/heldout63/build.py [OUT_DIR]   # writes literacy.sqlite, backtowork.sqlite, parenting.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout63), checks every
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
from heldout_kit import build_all  # noqa: E402

FIRST = ("Aisha Brian Chloe Darius Esme Farid Gemma Harvey Imani Jack Kasia Leon Mariam Noah Olive Pawel "
         "Rosa Samir Tegan Umar Vera Wes Yasmin Zoltan Bethany Callum Dana Emeka Fatima Gary").split()
LAST = ("Ahmed Barnes Clarke Doyle Edwards Forde Green Hussain Iqbal Jones Khan Lewis Mensah Nowak O'Brien "
        "Price Quinn Robinson Shah Taylor Underwood Walsh Young Zielinski").split()
TERMS = [("Spring 2023", date(2023, 2, 6)), ("Autumn 2023", date(2023, 9, 18)),
         ("Spring 2024", date(2024, 2, 5)), ("Autumn 2024", date(2024, 9, 16))]


# ------------------------------------------------------------------------------------------ literacy
def build_literacy(path: Path) -> None:
    rng = random.Random(6301)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE sites (site_code TEXT PRIMARY KEY, site_name TEXT, town TEXT);
    CREATE TABLE participants (participant_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, sex TEXT,
                               birth_year INTEGER, site_code TEXT REFERENCES sites(site_code), cohort TEXT,
                               referral_source TEXT, enrolled_on TEXT, exit_status TEXT);
    CREATE TABLE assessments (assessment_id INTEGER PRIMARY KEY,
                              participant_id INTEGER REFERENCES participants(participant_id),
                              measure TEXT, stage TEXT, assessed_on TEXT, score REAL);
    """)
    sites = [("HLB", "Hillbrook Library", "Hillbrook"), ("EGC", "Eastgate Community Centre", "Eastgate"),
             ("RVH", "Riverside Hub", "Riverside"), ("NFH", "Northfield Church Hall", "Northfield"),
             ("WKT", "Westkirk Training Rooms", "Westkirk")]
    db.executemany("INSERT INTO sites VALUES (?,?,?)", sites)
    gain = {"HLB": 9.5, "EGC": 7.0, "RVH": 11.5, "NFH": 6.0, "WKT": 8.5}      # reading gain by site
    ngain = {"HLB": 6.0, "EGC": 8.5, "RVH": 5.5, "NFH": 7.5, "WKT": 10.0}    # numeracy gain by site
    done = {"Spring 2023": 0.60, "Autumn 2023": 0.66, "Spring 2024": 0.72, "Autumn 2024": 0.68}
    site_adj = {"HLB": 0.04, "EGC": -0.08, "RVH": 0.06, "NFH": -0.02, "WKT": 0.0}
    parts, rows = [], []
    pid = 100
    for term, start in TERMS:
        for _ in range(rng.randrange(150, 175)):
            pid += 1
            site = rng.choices([s[0] for s in sites], [5, 4, 3, 3, 2])[0]
            enrolled = start - timedelta(days=rng.randrange(0, 30))
            u = rng.random()
            p_done = done[term] + site_adj[site]
            status = "completed" if u < p_done else "transferred" if u < p_done + 0.05 else "withdrawn"
            sex = rng.choices(["F", "M", None], [58, 39, 3])[0]
            by = rng.randrange(1955, 2005) if rng.random() > 0.05 else None
            parts.append((pid, rng.choice(FIRST), rng.choice(LAST), sex, by, site, term,
                          rng.choices(["Jobcentre", "Self", "GP", "Housing association", "Family learning"],
                                      [6, 5, 2, 2, 3])[0], enrolled.isoformat(), status))
            base = {"reading": min(95, max(5, rng.gauss(41, 11))), "numeracy": min(95, max(5, rng.gauss(37, 12))),
                    "confidence": min(10, max(1, round(rng.gauss(4.3, 1.6))))}
            for m in ("reading", "numeracy", "confidence"):
                sc = round(base[m], 1) if m != "confidence" else base[m]
                rows.append([pid, m, "baseline", (enrolled + timedelta(days=rng.randrange(0, 8))).isoformat(),
                             sc if rng.random() > 0.03 else None])
            if status != "completed":
                continue
            ex_day = start + timedelta(days=140 + rng.randrange(0, 12))
            ex = {"reading": min(99, base["reading"] + rng.gauss(gain[site], 5)),
                  "numeracy": min(99, base["numeracy"] + rng.gauss(ngain[site], 5)),
                  "confidence": min(10, max(1, base["confidence"] + round(rng.gauss(2.2, 1.3))))}
            for m in ("reading", "numeracy", "confidence"):
                sc = round(ex[m], 1) if m != "confidence" else ex[m]
                rows.append([pid, m, "exit", ex_day.isoformat(), sc if rng.random() > 0.02 else None])
            if rng.random() < 0.58:
                fu_day = ex_day + timedelta(days=rng.randrange(84, 101))
                for m in ("reading", "numeracy", "confidence"):
                    sc = (round(min(99, ex[m] + rng.gauss(-1.2, 4)), 1) if m != "confidence"
                          else min(10, max(1, ex[m] + rng.choice([-1, 0, 0, 0, 1]))))
                    rows.append([pid, m, "follow-up", fu_day.isoformat(), sc])
    db.executemany("INSERT INTO participants VALUES (?,?,?,?,?,?,?,?,?,?)", parts)
    db.executemany("INSERT INTO assessments (participant_id, measure, stage, assessed_on, score) VALUES (?,?,?,?,?)",
                   rows)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ back to work
def build_backtowork(path: Path) -> None:
    rng = random.Random(6302)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Cohorts (CohortId INTEGER PRIMARY KEY, CohortCode TEXT, Term TEXT, SiteName TEXT, StartDate TEXT,
                          PlannedEndDate TEXT, Places INTEGER);
    CREATE TABLE Participants (ParticipantId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Gender TEXT,
                               AgeBand TEXT, Postcode TEXT, ReferredBy TEXT);
    CREATE TABLE WithdrawalReasons (ReasonCode TEXT PRIMARY KEY, Description TEXT);
    CREATE TABLE Enrolments (EnrolmentId INTEGER PRIMARY KEY, ParticipantId INTEGER REFERENCES Participants(ParticipantId),
                             CohortId INTEGER REFERENCES Cohorts(CohortId), StartDate TEXT, EndDate TEXT,
                             WithdrawalDate TEXT, ReasonCode TEXT REFERENCES WithdrawalReasons(ReasonCode),
                             CertificateAwarded INTEGER);
    CREATE TABLE JobOutcomes (OutcomeId INTEGER PRIMARY KEY, EnrolmentId INTEGER REFERENCES Enrolments(EnrolmentId),
                              OutcomeDate TEXT, OutcomeType TEXT, HoursPerWeek REAL);
    """)
    reasons = [("EMP", "Found employment"), ("HLT", "Health"), ("CAR", "Caring responsibilities"),
               ("MOV", "Moved away"), ("NC", "Lost contact"), ("CRS", "Course not suitable"), ("OTH", "Other")]
    db.executemany("INSERT INTO WithdrawalReasons VALUES (?,?)", reasons)
    sites = [("Canal Street", "CS", 34), ("Hillside", "HS", 28), ("Market Hall", "MH", 40), ("Station Road", "SR", 30)]
    cohorts = []
    cid = 0
    for term, start in TERMS:
        for s, code, places in sites:
            cid += 1
            st = start + timedelta(days=7 * (cid % 4) - 7)
            cohorts.append((cid, f"{code}-{term[:2].upper()}{term[-2:]}", term, s, st.isoformat(),
                            (st + timedelta(days=111)).isoformat(), places + rng.choice([-2, 0, 0, 2])))
    db.executemany("INSERT INTO Cohorts VALUES (?,?,?,?,?,?,?)", cohorts)
    bands = ["18-24", "25-34", "35-49", "50-64"]
    wd_rate = {"Canal Street": 0.30, "Hillside": 0.36, "Market Hall": 0.26, "Station Road": 0.32}
    wd_term = {"Spring 2023": 0.05, "Autumn 2023": 0.02, "Spring 2024": -0.04, "Autumn 2024": 0.0}
    band_adj = {"18-24": 0.12, "25-34": 0.0, "35-49": -0.05, "50-64": -0.02}
    people, enrols, outs = [], [], []
    retry = []        # people who withdrew and may come back to a later cohort
    pid, eid = 5000, 0
    for c in cohorts:
        cstart, cend = date.fromisoformat(c[4]), date.fromisoformat(c[5])
        n = c[6] - rng.randrange(0, 6)
        for _ in range(n):
            back = [p for p in retry if p[1] < c[0]]
            if back and rng.random() < 0.12:
                p = rng.choice(back)
                retry.remove(p)
                person = p[0]
            else:
                pid += 1
                person = (pid, rng.choice(FIRST), rng.choice(LAST), rng.choices(["Female", "Male", "Non-binary"],
                                                                                  [47, 51, 2])[0],
                          rng.choices(bands, [5, 6, 5, 3])[0],
                          f"{rng.choice(['LS', 'BD', 'WF', 'HX'])}{rng.randrange(1, 30)}",
                          rng.choices(["Jobcentre Plus", "Self-referral", "Housing officer", "Probation", "Charity"],
                                      [8, 4, 2, 1, 2])[0])
                people.append(person)
            eid += 1
            late = rng.choice([0] * 8 + [3, 7, 10, 14])
            st = cstart + timedelta(days=late)
            p_wd = wd_rate[c[3]] + wd_term[c[2]] + band_adj[person[4]]
            wd = reason = None
            if rng.random() < p_wd:
                span = (cend - st).days - 1
                opts = list(range(3, 27)) + list(range(35, 84)) + [d for d in range(98, 109) if d <= span]
                wd = st + timedelta(days=rng.choice(opts))
                reason = rng.choices([r[0] for r in reasons] + [None], [6, 4, 3, 2, 5, 3, 2, 2])[0]
                retry.append((person, c[0]))
            cert = 0 if wd else int(rng.random() < 0.88)
            enrols.append((eid, person[0], c[0], st.isoformat(), cend.isoformat(), wd and wd.isoformat(), reason, cert))
            if wd is None and rng.random() < 0.46:
                od = cend + timedelta(days=rng.randrange(5, 200))
                typ = rng.choices(["Employment", "Apprenticeship", "Self-employment", "Further study"], [10, 3, 1, 3])[0]
            elif reason == "EMP" and rng.random() < 0.8:
                od = wd + timedelta(days=rng.randrange(0, 15))
                typ = rng.choices(["Employment", "Apprenticeship"], [5, 1])[0]
            else:
                continue
            if od > date(2025, 6, 30):
                continue
            hrs = None if typ == "Further study" or rng.random() < 0.07 else float(rng.choice([16, 20, 24, 30, 35, 37.5, 40]))
            outs.append((len(outs) + 1, eid, od.isoformat(), typ, hrs))
    k = next(i for i, e in enumerate(enrols) if e[6] == "OTH")    # no tie between the reasons' counts
    enrols[k] = enrols[k][:6] + ("MOV",) + enrols[k][7:]
    db.executemany("INSERT INTO Participants VALUES (?,?,?,?,?,?,?)", people)
    db.executemany("INSERT INTO Enrolments VALUES (?,?,?,?,?,?,?,?)", enrols)
    db.executemany("INSERT INTO JobOutcomes VALUES (?,?,?,?,?)", outs)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------ parenting
def build_parenting(path: Path) -> None:
    rng = random.Random(6303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE venues (venueId INTEGER PRIMARY KEY, venueName TEXT, area TEXT);
    CREATE TABLE courseGroups (groupId INTEGER PRIMARY KEY, venueId INTEGER REFERENCES venues(venueId), term TEXT,
                               facilitator TEXT, weekday TEXT, deliveryMode TEXT);
    CREATE TABLE parents (parentId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT,
                          groupId INTEGER REFERENCES courseGroups(groupId), referralRoute TEXT, childrenCount INTEGER,
                          registeredOn TEXT);
    CREATE TABLE sessions (sessionId INTEGER PRIMARY KEY, groupId INTEGER REFERENCES courseGroups(groupId),
                           sessionNo INTEGER, sessionDate TEXT, topic TEXT, cancelled INTEGER);
    CREATE TABLE attendance (attId INTEGER PRIMARY KEY, sessionId INTEGER REFERENCES sessions(sessionId),
                             parentId INTEGER REFERENCES parents(parentId), arrivedLate INTEGER);
    """)
    venues = [(1, "Oakfield Family Hub", "Oakfield"), (2, "St Anne's Children's Centre", "Southmead"),
              (3, "Brookside Library", "Brookside"), (4, "Millgate Community Centre", "Millgate")]
    db.executemany("INSERT INTO venues VALUES (?,?,?)", venues)
    topics = ["Welcome and goals", "Play and attention", "Praise and rewards", "Routines", "Setting limits",
              "Managing tantrums", "Calm time-out", "Talking with teenagers", "Looking after yourself", "Celebration"]
    facilitators = ["Helen Marsh", "Kwame Boateng", "Sunita Rao", "Deborah Finch", "Tomasz Wilk", "Grace Okoye"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday"]
    venue_eng = {1: 0.05, 2: -0.04, 3: 0.02, 4: -0.08, None: -0.03}
    groups, parents, sessions, att = [], [], [], []
    gid = pid = sid = 0
    for term, start in TERMS:
        plan = [(1, "in person"), (2, "in person"), (3, "in person"), (4, "in person"), (None, "online")]
        if term.endswith("2024"):
            plan.append((None, "online"))
        for v, mode in plan:
            gid += 1
            wd = rng.randrange(4)
            fac = rng.choice(facilitators)
            groups.append((gid, v, term, fac, days[wd], mode))
            first = start + timedelta(days=wd + 7)
            sess = []
            for k in range(10):
                sid += 1
                canc = 1 if rng.random() < 0.04 and 0 < k < 9 else 0
                sess.append((sid, gid, k + 1, (first + timedelta(days=7 * k)).isoformat(), topics[k], canc))
            sessions += sess
            for _ in range(rng.randrange(9, 16)):
                pid += 1
                parents.append((pid, rng.choice(FIRST), rng.choice(LAST), gid,
                                rng.choices(["Health visitor", "School", "Social care", "Self-referral", "GP"],
                                            [5, 4, 3, 4, 1])[0],
                                rng.choices([1, 2, 3, 4, 5, None], [8, 9, 5, 2, 1, 1])[0],
                                (start - timedelta(days=rng.randrange(0, 40))).isoformat()))
                if rng.random() < 0.10:        # registered, never came
                    continue
                p = min(0.97, max(0.4, rng.gauss(0.82, 0.12) + venue_eng[v]))
                drop = rng.random() < 0.22
                drop_at = rng.randrange(2, 9) if drop else 99
                for s in sess:
                    if s[5] or s[2] > drop_at:
                        continue
                    if s[2] == 1 or rng.random() < p:
                        late = 1 if rng.random() < (0.07 if mode == "online" else 0.13 + 0.04 * (v or 0) / 4) else 0
                        att.append((len(att) + 1, s[0], pid, late))
    db.executemany("INSERT INTO courseGroups VALUES (?,?,?,?,?,?)", groups)
    db.executemany("INSERT INTO parents VALUES (?,?,?,?,?,?,?)", parents)
    db.executemany("INSERT INTO sessions VALUES (?,?,?,?,?,?)", sessions)
    db.executemany("INSERT INTO attendance VALUES (?,?,?,?)", att)
    db.commit()
    db.close()


BUILDERS = {"literacy": build_literacy, "backtowork": build_backtowork, "parenting": build_parenting}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
