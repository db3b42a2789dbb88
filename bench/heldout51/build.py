"""Held-out evaluation heldout51: three SQLite databases from school and youth-group offices (a
primary school's attendance and lunch money, a scout group, a breakfast / after-school / holiday
club) and hand-written office-staff conversations over them, written before the engine was run on
them (see README.md in this folder).

    python bench/heldout51/build.py [OUT_DIR]   # writes hollybrook.sqlite, scouts.sqlite, kidsclub.sqlite
                                                # (default OUT_DIR: /tmp/c2q-heldout51), checks every
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

FIRST_F = ("Amelia Ava Chloe Daisy Ella Evie Freya Grace Harper Isla Ivy Lily Maisie Mia Nora Olivia "
           "Poppy Rosie Sophia Willow Zara Aisha Hana Maryam").split()
FIRST_M = ("Alfie Arlo Archie Ben Charlie Ethan Finley Freddie George Harry Henry Jack Leo Louis Noah "
           "Oliver Oscar Reggie Teddy Theo Tommy Yusuf Zain Kacper").split()
LAST = ("Ahmed Baker Clarke Davies Edwards Fletcher Green Hughes Iqbal Jones Khan Lewis Mason Nowak "
        "Owen Patel Quinn Roberts Singh Taylor Walker Wright Young Begum").split()


def weekdays(start: date, end: date, skip: list[tuple[date, date]] = ()) -> list[date]:
    out, d = [], start
    while d <= end:
        if d.weekday() < 5 and not any(a <= d <= b for a, b in skip):
            out.append(d)
        d += timedelta(days=1)
    return out


def person(rng: random.Random) -> tuple[str, str, str]:
    g = rng.choice("FM")
    return rng.choice(FIRST_F if g == "F" else FIRST_M), rng.choice(LAST), g


# ------------------------------------------------------------------------------------------
HB_TERMS = [(1, "Autumn", date(2024, 9, 4), date(2024, 12, 20), [(date(2024, 10, 28), date(2024, 11, 1))]),
            (2, "Spring", date(2025, 1, 6), date(2025, 4, 4), [(date(2025, 2, 17), date(2025, 2, 21))]),
            (3, "Summer", date(2025, 4, 22), date(2025, 7, 22), [(date(2025, 5, 26), date(2025, 5, 30)),
                                                                 (date(2025, 5, 5), date(2025, 5, 5))])]


def build_hollybrook(path: Path) -> None:
    rng = random.Random(5101)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE year_groups (yg_code TEXT PRIMARY KEY, yg_name TEXT, key_stage TEXT);
    CREATE TABLE classes (class_code TEXT PRIMARY KEY, class_name TEXT, yg_code TEXT REFERENCES year_groups(yg_code),
                          teacher TEXT);
    CREATE TABLE pupils (upn TEXT PRIMARY KEY, forename TEXT, surname TEXT, sex TEXT,
                         class_code TEXT REFERENCES classes(class_code), fsm INTEGER, sen_support INTEGER,
                         admitted_on TEXT);
    CREATE TABLE terms (term_id INTEGER PRIMARY KEY, term_name TEXT, academic_year TEXT, start_date TEXT,
                        end_date TEXT, sessions_possible INTEGER);
    CREATE TABLE absence_codes (code TEXT PRIMARY KEY, description TEXT, authorised INTEGER);
    CREATE TABLE absences (absence_id INTEGER PRIMARY KEY, upn TEXT REFERENCES pupils(upn), absence_date TEXT,
                           session TEXT, code TEXT REFERENCES absence_codes(code));
    CREATE TABLE lunch_accounts (bill_id INTEGER PRIMARY KEY, upn TEXT REFERENCES pupils(upn),
                                 term_id INTEGER REFERENCES terms(term_id), meals_taken INTEGER, amount_due REAL,
                                 amount_paid REAL);
    """)
    ygs = [("R", "Reception", "EYFS"), ("Y1", "Year 1", "KS1"), ("Y2", "Year 2", "KS1"), ("Y3", "Year 3", "KS2"),
           ("Y4", "Year 4", "KS2"), ("Y5", "Year 5", "KS2"), ("Y6", "Year 6", "KS2")]
    db.executemany("INSERT INTO year_groups VALUES (?,?,?)", ygs)
    classes = [("RR", "Robins", "R", "Mrs Hale"), ("RW", "Wrens", "R", "Miss Oduya"),
               ("1O", "Owls", "Y1", "Mr Platt"), ("1K", "Kestrels", "Y1", "Mrs Desai"),
               ("2F", "Falcons", "Y2", "Miss Carver"), ("2H", "Hawks", "Y2", "Mr Benn"),
               ("3M", "Maple", "Y3", "Mrs Lowe"), ("3S", "Sycamore", "Y3", "Mr Ahmed"),
               ("4A", "Ash", "Y4", "Miss Grant"), ("4B", "Beech", "Y4", "Mrs Kaur"),
               ("5C", "Cedar", "Y5", "Mr Doyle"), ("5L", "Larch", "Y5", "Miss Rowe"),
               ("6O", "Oak", "Y6", "Mrs Finch"), ("6P", "Pine", "Y6", "Mr Stone")]
    db.executemany("INSERT INTO classes VALUES (?,?,?,?)", classes)
    sizes = [24, 26, 27, 25, 28, 26, 29, 27, 30, 28, 27, 29, 26, 31]     # Pine is the one biggest class
    pupils, n = [], 0
    for (code, _, yg, _), size in zip(classes, sizes):
        for _ in range(size):
            n += 1
            f, s, g = person(rng)
            adm = date(2024, 9, 4) if yg == "R" else rng.choice([date(2024 - int(yg[1]), 9, 4)] * 6 + [
                date(2024, 1, 8), date(2023, 4, 17), date(2024, 9, 4)])
            pupils.append((f"H{n + 1000}", f, s, g, code, int(rng.random() < 0.22), int(rng.random() < 0.13),
                           adm.isoformat()))
    db.executemany("INSERT INTO pupils VALUES (?,?,?,?,?,?,?,?)", pupils)
    terms = []
    for tid, name, a, b, skip in HB_TERMS:
        terms.append((tid, name, "2024-25", a.isoformat(), b.isoformat(), 2 * len(weekdays(a, b, skip))))
    db.executemany("INSERT INTO terms VALUES (?,?,?,?,?,?)", terms)
    codes = [("I", "Illness", 1), ("M", "Medical or dental appointment", 1), ("R", "Religious observance", 1),
             ("E", "Suspended", 1), ("C", "Other authorised circumstances", 1), ("G", "Holiday not authorised", 0),
             ("O", "Unauthorised absence", 0), ("U", "Arrived after registers closed", 0),
             ("N", "No reason yet provided", 0)]
    db.executemany("INSERT INTO absence_codes VALUES (?,?,?)", codes)
    absences, k = [], 0
    for p in pupils:
        rate = rng.uniform(0.12, 0.22) if rng.random() < 0.09 else rng.uniform(0.0, 0.06)
        for _tid, name, a, b, skip in HB_TERMS:
            days = weekdays(a, b, skip)
            trate = rate * (1.35 if name == "Spring" else 0.85 if name == "Summer" else 1.0)
            seen = set()
            target = int(len(days) * 2 * trate)
            while len(seen) < target:
                d = rng.choice(days)
                c = rng.choices("IMRECGOUN", [60, 12, 2, 1, 4, 6 if name != "Autumn" else 3, 7, 5, 3])[0]
                sess = ["AM", "PM"] if c in "IEGOC" else [rng.choice(["AM", "PM"])] if c != "U" else ["AM"]
                if c == "G":        # holidays taken as a run of days
                    i = days.index(d)
                    run = days[i:i + rng.randrange(3, 8)]
                else:
                    run = [d]
                for dd in run:
                    for s in sess:
                        if (dd, s) not in seen:
                            seen.add((dd, s))
                            k += 1
                            absences.append((k, p[0], dd.isoformat(), s, c))
    db.executemany("INSERT INTO absences VALUES (?,?,?,?,?)", absences)
    yg_of = {c[0]: c[2] for c in classes}
    bills, b = [], 0
    for p in pupils:
        for tid, _name, a, bb, skip in HB_TERMS:
            if rng.random() < 0.2:
                continue        # packed lunches all term
            b += 1
            meals = rng.randrange(20, len(weekdays(a, bb, skip)) + 1)
            free = p[5] == 1 or yg_of[p[4]] in ("R", "Y1", "Y2")
            due = 0.0 if free else round(meals * 2.65, 2)
            r = rng.random()
            paid = due if r < 0.78 else 0.0 if r < 0.86 else round(due * rng.choice([0.25, 0.5, 0.6, 0.75, 0.9]), 2)
            bills.append((b, p[0], tid, meals, due, paid))
    db.executemany("INSERT INTO lunch_accounts VALUES (?,?,?,?,?,?)", bills)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
SC_TERMS = [(1, "Autumn 2024", date(2024, 9, 2), date(2024, 12, 15)), (2, "Spring 2025", date(2025, 1, 6), date(2025, 4, 6)),
            (3, "Summer 2025", date(2025, 4, 21), date(2025, 7, 20)), (4, "Autumn 2025", date(2025, 9, 1), date(2025, 12, 14))]


def build_scouts(path: Path) -> None:
    rng = random.Random(5202)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE people (person_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, date_of_birth TEXT,
                         email TEXT, dbs_checked INTEGER);
    CREATE TABLE sections (section_id INTEGER PRIMARY KEY, section_name TEXT, meeting_day TEXT, min_age REAL,
                           max_age REAL, section_leader_id INTEGER REFERENCES people(person_id));
    CREATE TABLE memberships (membership_id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people(person_id),
                              section_id INTEGER REFERENCES sections(section_id), role TEXT, joined_on TEXT,
                              left_on TEXT);
    CREATE TABLE seasons (season_id INTEGER PRIMARY KEY, season_name TEXT, first_day TEXT, last_day TEXT);
    CREATE TABLE meetings (meeting_id INTEGER PRIMARY KEY, section_id INTEGER REFERENCES sections(section_id),
                           meeting_date TEXT, activity TEXT, led_by INTEGER REFERENCES people(person_id));
    CREATE TABLE attendance (meeting_id INTEGER REFERENCES meetings(meeting_id),
                             person_id INTEGER REFERENCES people(person_id), status TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, trip_name TEXT, section_id INTEGER REFERENCES sections(section_id),
                        departs_on TEXT, nights INTEGER, cost_per_head REAL,
                        organiser_id INTEGER REFERENCES people(person_id));
    CREATE TABLE trip_places (trip_id INTEGER REFERENCES trips(trip_id), person_id INTEGER REFERENCES people(person_id),
                              amount_paid REAL);
    """)
    sections = [(1, "Beavers", "Monday", 6, 8), (2, "Cubs", "Tuesday", 8, 10.5), (3, "Scouts", "Wednesday", 10.5, 14),
                (4, "Explorers", "Thursday", 14, 18)]
    people, pid = [], 0
    leaders = {s[0]: [] for s in sections}
    # adults: 4 or 5 leaders per section
    adult_counts = {1: 4, 2: 5, 3: 5, 4: 3}
    for s, cnt in adult_counts.items():
        for _ in range(cnt):
            pid += 1
            f, last, _ = person(rng)
            people.append((pid, f, last, date(rng.randrange(1965, 2002), rng.randrange(1, 13), rng.randrange(1, 28))
                           .isoformat(), f"{f.lower()}.{last.lower()}@example.org", int(rng.random() < 0.9)))
            leaders[s].append(pid)
    youth = {s[0]: [] for s in sections}
    counts = {1: 24, 2: 30, 3: 33, 4: 19}
    for s, lo, hi in [(x[0], x[3], x[4]) for x in sections]:
        for _ in range(counts[s]):
            pid += 1
            f, last, _ = person(rng)
            age = rng.uniform(lo, hi)
            dob = date(2025, 9, 1) - timedelta(days=int(age * 365.25))
            people.append((pid, f, last, dob.isoformat(), None, 0))
            youth[s].append(pid)
    db.executemany("INSERT INTO people VALUES (?,?,?,?,?,?)", people)
    db.executemany("INSERT INTO sections VALUES (?,?,?,?,?,?)", [(*s, leaders[s[0]][0]) for s in sections])
    mems, m = [], 0
    left = {}
    for s in leaders:
        for i, p in enumerate(leaders[s]):
            m += 1
            mems.append((m, p, s, "Section Leader" if i == 0 else "Assistant Leader",
                         date(rng.randrange(2012, 2024), rng.randrange(1, 13), 1).isoformat(), None))
        for p in youth[s]:
            m += 1
            j = date(2024, 9, 2) - timedelta(days=rng.randrange(0, 900))
            lo = None
            if rng.random() < 0.1:
                lo = date(2025, rng.randrange(2, 8), rng.randrange(1, 28))
                left[p] = lo
            mems.append((m, p, s, "Member", j.isoformat(), lo and lo.isoformat()))
    # two adults help in a second section too
    m += 1
    mems.append((m, leaders[2][1], 1, "Assistant Leader", "2023-01-09", None))
    m += 1
    mems.append((m, leaders[3][2], 4, "Assistant Leader", "2024-04-15", None))
    db.executemany("INSERT INTO memberships VALUES (?,?,?,?,?,?)", mems)
    db.executemany("INSERT INTO seasons VALUES (?,?,?,?)", [(i, n, a.isoformat(), b.isoformat()) for i, n, a, b in SC_TERMS])
    acts = ["Knots and lashings", "Camp cooking", "First aid", "Wide game", "Hike planning", "Pioneering",
            "Map and compass", "Crafts", "Community litter pick", "Fire lighting", "Badge work", "Swimming"]
    meetings, att, mid = [], [], 0
    for s, _, dayname, _, _ in sections:
        wd = ["Monday", "Tuesday", "Wednesday", "Thursday"].index(dayname)
        favour = rng.uniform(0.1, 0.35)
        for _, _, a, b in SC_TERMS:
            for d in weekdays(a, b):
                if d.weekday() != wd or rng.random() < 0.08:
                    continue
                mid += 1
                lead = rng.choices(leaders[s], [3] + [1] * (len(leaders[s]) - 1))[0]
                meetings.append((mid, s, d.isoformat(), rng.choice(acts), lead))
                for p in youth[s]:
                    if p in left and d > left[p]:
                        continue
                    r = rng.random()
                    st = "present" if r < 0.78 - favour * 0.3 else "apologies" if r < 0.93 else "no-show"
                    att.append((mid, p, st))
    db.executemany("INSERT INTO meetings VALUES (?,?,?,?,?)", meetings)
    db.executemany("INSERT INTO attendance VALUES (?,?,?)", att)
    trips = [(1, "Autumn camp at Broadstone Woods", 3, "2024-10-11", 2, 65.0, leaders[3][0]),
             (2, "Cubs sleepover at the zoo", 2, "2024-11-22", 1, 48.0, leaders[2][1]),
             (3, "Beaver day trip to the farm", 1, "2025-03-15", 0, 18.5, leaders[1][1]),
             (4, "Explorer canoe expedition", 4, "2025-05-23", 3, 145.0, leaders[4][0]),
             (5, "District Cub camp", 2, "2025-06-13", 2, 72.0, leaders[2][0]),
             (6, "Scout summer camp in the Lakes", 3, "2025-07-26", 6, 210.0, leaders[3][1]),
             (7, "Beaver sleepover", 1, "2025-11-07", 1, 30.0, leaders[1][0])]
    db.executemany("INSERT INTO trips VALUES (?,?,?,?,?,?,?)", trips)
    places = []
    for t in trips:
        for p in rng.sample(youth[t[2]], int(len(youth[t[2]]) * rng.uniform(0.45, 0.8))):
            r = rng.random()
            paid = t[5] if r < 0.72 else 0.0 if r < 0.8 else round(t[5] * rng.choice([0.2, 0.4, 0.5]), 2)
            places.append((t[0], p, paid))
    db.executemany("INSERT INTO trip_places VALUES (?,?,?)", places)
    db.commit()
    db.close()


# ------------------------------------------------------------------------------------------
KC_PERIODS = [(1, "Autumn term 2024", "term", date(2024, 9, 4), date(2024, 12, 20)),
              (2, "October half term 2024", "holiday", date(2024, 10, 28), date(2024, 11, 1)),
              (3, "Christmas holidays 2024", "holiday", date(2024, 12, 23), date(2025, 1, 3)),
              (4, "Spring term 2025", "term", date(2025, 1, 6), date(2025, 4, 4)),
              (5, "February half term 2025", "holiday", date(2025, 2, 17), date(2025, 2, 21)),
              (6, "Easter holidays 2025", "holiday", date(2025, 4, 7), date(2025, 4, 18)),
              (7, "Summer term 2025", "term", date(2025, 4, 22), date(2025, 7, 22)),
              (8, "May half term 2025", "holiday", date(2025, 5, 26), date(2025, 5, 30)),
              (9, "Summer holidays 2025", "holiday", date(2025, 7, 23), date(2025, 8, 29))]


def build_kidsclub(path: Path) -> None:
    rng = random.Random(5303)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE periods (period_id INTEGER PRIMARY KEY, period_name TEXT, period_type TEXT, starts_on TEXT,
                          ends_on TEXT);
    CREATE TABLE clubs (club_code TEXT PRIMARY KEY, club_name TEXT, session_fee REAL, starts_at TEXT, ends_at TEXT);
    CREATE TABLE families (family_id INTEGER PRIMARY KEY, payer_name TEXT, home_school TEXT, uses_vouchers INTEGER);
    CREATE TABLE children (child_id INTEGER PRIMARY KEY, family_id INTEGER REFERENCES families(family_id),
                           first_name TEXT, last_name TEXT, school_year INTEGER, allergies TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, child_id INTEGER REFERENCES children(child_id),
                           club_code TEXT REFERENCES clubs(club_code), session_date TEXT, outcome TEXT);
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, family_id INTEGER REFERENCES families(family_id),
                           period_id INTEGER REFERENCES periods(period_id), issued_on TEXT, amount REAL);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, family_id INTEGER REFERENCES families(family_id),
                           paid_on TEXT, amount REAL, method TEXT);
    """)
    db.executemany("INSERT INTO periods VALUES (?,?,?,?,?)",
                   [(i, n, t, a.isoformat(), b.isoformat()) for i, n, t, a, b in KC_PERIODS])
    clubs = [("BRK", "Breakfast Club", 6.5, "07:45", "08:45"), ("ASC", "After-School Club", 13.0, "15:15", "18:00"),
             ("HOL", "Holiday Club", 38.0, "08:00", "17:30")]
    db.executemany("INSERT INTO clubs VALUES (?,?,?,?,?)", clubs)
    schools = ["St Anne's CE Primary", "Millfield Primary", "Brook Lane Infants"]
    fams, kids, cid = [], [], 0
    for f in range(1, 111):
        first, last, _ = person(rng)
        school = rng.choices(schools, [5, 4, 2])[0]
        fams.append((f, f"{first} {last}", school, int(rng.random() < 0.3)))
        for _ in range(rng.choices([1, 2, 3], [6, 4, 1])[0]):
            cid += 1
            cf, _, _ = person(rng)
            yr = rng.randrange(0, 3) if school == "Brook Lane Infants" else rng.randrange(0, 7)
            kids.append((cid, f, cf, last, yr, rng.choices([None, "nuts", "dairy", "gluten", "egg"], [20, 2, 2, 1, 1])[0]))
    db.executemany("INSERT INTO families VALUES (?,?,?,?)", fams)
    db.executemany("INSERT INTO children VALUES (?,?,?,?,?,?)", kids)
    holidays = [(a, b) for _, _, t, a, b in KC_PERIODS if t == "holiday"]
    term_days = [d for _, _, t, a, b in KC_PERIODS if t == "term" for d in weekdays(a, b, holidays)]
    hol_days = [d for a, b in holidays for d in weekdays(a, b)]
    hol_days = [d for d in hol_days if not (d.month == 12 and d.day in (25, 26)) and d != date(2025, 1, 1)
                and d != date(2025, 4, 18)]
    bookings, bid = [], 0
    fee = {c[0]: c[2] for c in clubs}
    fam_period_amount: dict[tuple[int, int], float] = {}

    def period_of(d: date) -> int:
        for i, _, t, a, b in KC_PERIODS:
            if t == "holiday" and a <= d <= b:
                return i
        for i, _, _t, a, b in KC_PERIODS:
            if a <= d <= b:
                return i
        raise ValueError(d)

    for k in kids:
        pattern = rng.random()
        brk = pattern < 0.35
        asc = pattern > 0.25
        days_wk = rng.sample(range(5), rng.randrange(1, 4))
        hol_p = rng.random() < 0.55
        reliab = rng.uniform(0.8, 0.98)
        for d in term_days:
            if d.weekday() not in days_wk:
                continue
            for club, on in (("BRK", brk), ("ASC", asc)):
                if not on or rng.random() < 0.1:
                    continue
                bid += 1
                r = rng.random()
                out = "attended" if r < reliab else "absent - notified" if r < reliab + (1 - reliab) * 0.65 else "no-show"
                bookings.append((bid, k[0], club, d.isoformat(), out))
                key = (k[1], period_of(d))
                fam_period_amount[key] = fam_period_amount.get(key, 0) + fee[club]
        if hol_p:
            for d in rng.sample(hol_days, rng.randrange(2, 14)):
                bid += 1
                r = rng.random()
                out = "attended" if r < reliab else "absent - notified" if r < reliab + (1 - reliab) * 0.5 else "no-show"
                bookings.append((bid, k[0], "HOL", d.isoformat(), out))
                key = (k[1], period_of(d))
                fam_period_amount[key] = fam_period_amount.get(key, 0) + fee["HOL"]
    bookings.sort(key=lambda b: (b[3], b[1], b[2]))
    bookings = [(i + 1, *b[1:]) for i, b in enumerate(bookings)]
    db.executemany("INSERT INTO bookings VALUES (?,?,?,?,?)", bookings)
    invoices, payments, iid, pay = [], [], 0, 0
    ends = {i: b for i, _, _, _, b in KC_PERIODS}
    slow = set(rng.sample(range(1, 111), 14))
    for (f, p), amt in sorted(fam_period_amount.items(), key=lambda x: (x[0][1], x[0][0])):
        iid += 1
        issued = ends[p] + timedelta(days=3)
        invoices.append((iid, f, p, issued.isoformat(), round(amt, 2)))
        if issued > date(2025, 8, 20) and rng.random() < 0.6:
            continue
        share = rng.choice([0.0, 0.5, 0.8, 1.0]) if f in slow else 1.0 if rng.random() < 0.95 else 0.5
        if share:
            pay += 1
            payments.append((pay, f, (issued + timedelta(days=rng.randrange(1, 30))).isoformat(), round(amt * share, 2),
                             "childcare voucher" if fams[f - 1][3] else rng.choice(["bank transfer", "card", "card"])))
    db.executemany("INSERT INTO invoices VALUES (?,?,?,?,?)", invoices)
    payments.sort(key=lambda x: x[2])
    payments = [(i + 1, *x[1:]) for i, x in enumerate(payments)]
    db.executemany("INSERT INTO payments VALUES (?,?,?,?,?)", payments)
    db.commit()
    db.close()


BUILDERS = {"hollybrook": build_hollybrook, "scouts": build_scouts, "kidsclub": build_kidsclub}


def main() -> int:
    return build_all(HERE, BUILDERS, SETS)


if __name__ == "__main__":
    sys.exit(main())
