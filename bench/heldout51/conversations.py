"""heldout51 conversations, written as a school business manager and office staff would ask them,
before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def pct(tmpl: str, labels: dict[str, list[str]] | None = None) -> tuple[str, list[str]]:
    """A percentage reference from `tmpl`, whose {a}…{b} wrap a ratio; the accepted variants are
    the fraction and the percent rounded to 1 or 2 places (and, with `labels`, each label choice)."""
    forms = [("100.0 * ", ""), ("", ""), ("ROUND(100.0 * ", ", 1)"), ("ROUND(100.0 * ", ", 2)"),
             ("ROUND(", ", 3)"), ("ROUND(", ", 4)")]
    labels = labels or {}
    choices = [{}]
    for k, opts in labels.items():
        choices = [dict(c, **{k: o}) for c in choices for o in opts]
    out = [tmpl.format(a=a, b=b, **c) for c in choices for a, b in forms]
    return out[0], out[1:]


def alts(tmpl: str, **labels: list[str]) -> tuple[str, list[str]]:
    """A reference from `tmpl` with each label choice accepted (the first is the reference)."""
    choices = [{}]
    for k, opts in labels.items():
        choices = [dict(c, **{k: o}) for c in choices for o in opts]
    out = [tmpl.format(**c) for c in choices]
    return out[0], out[1:]


def T(q: str, ref: tuple[str, list[str]]) -> tuple:
    return (q, ref[0], ref[1]) if ref[1] else (q, ref[0])


# ------------------------------------------------------------------------------------------ hollybrook
AUT = "a.absence_date BETWEEN '2024-09-04' AND '2024-12-20'"
SPR = "a.absence_date BETWEEN '2025-01-06' AND '2025-04-04'"
SUM = "a.absence_date BETWEEN '2025-04-22' AND '2025-07-22'"
PCY = "FROM pupils p JOIN classes c ON c.class_code = p.class_code JOIN year_groups y ON y.yg_code = c.yg_code"
ABJ = "FROM absences a JOIN absence_codes ac ON ac.code = a.code"
APC = "FROM absences a JOIN pupils p ON p.upn = a.upn JOIN classes c ON c.class_code = p.class_code"
LUN = "FROM lunch_accounts l JOIN pupils p ON p.upn = l.upn JOIN classes c ON c.class_code = p.class_code"
YEAR_POSS = 386     # sessions possible over the three terms (146 + 120 + 120)
PERSIST = (f"SELECT p.upn {PCY} LEFT JOIN (SELECT upn, COUNT(*) n FROM absences GROUP BY upn) ab ON ab.upn = p.upn "
           f"WHERE COALESCE(ab.n, 0) >= 0.1 * {YEAR_POSS}")


def yg_attendance(rng: str, term: str) -> str:
    return (f"FROM year_groups y JOIN (SELECT c.yg_code, COUNT(*) n FROM pupils p JOIN classes c ON c.class_code = "
            f"p.class_code GROUP BY c.yg_code) pc ON pc.yg_code = y.yg_code LEFT JOIN (SELECT c.yg_code, COUNT(*) n "
            f"{APC} WHERE {rng} GROUP BY c.yg_code) ab ON ab.yg_code = y.yg_code, terms t WHERE t.term_name = '{term}'")


ATT_EXPR = "(1 - 1.0 * COALESCE(ab.n, 0) / (pc.n * t.sessions_possible))"
TOP_UNAUTH = (f"SELECT c.teacher {APC} JOIN absence_codes ac ON ac.code = a.code WHERE ac.authorised = 0 AND {{r}} "
              f"GROUP BY c.class_code ORDER BY COUNT(*) DESC LIMIT 1")
OWES = (f"SELECT p.{{c}} {LUN} GROUP BY p.upn ORDER BY SUM(l.amount_due - l.amount_paid) DESC LIMIT 1")
MA = "(SELECT upn FROM pupils WHERE forename = 'Maryam' AND surname = 'Ahmed')"
G_CLASS = f"SELECT c.class_code {APC} WHERE a.code = 'G' GROUP BY c.class_code ORDER BY COUNT(*) DESC LIMIT 1"

HOLLYBROOK = [
    conv("hb-1",
         T("How many pupils are on roll in each year group?",
           alts(f"SELECT y.{{c}}, COUNT(*) {PCY} GROUP BY y.yg_code", c=["yg_name", "yg_code"])),
         ("and how many is that in key stage 2 altogether?", f"SELECT COUNT(*) {PCY} WHERE y.key_stage = 'KS2'"),
         T("Which class is the biggest?",
           alts("SELECT c.{c} FROM pupils p JOIN classes c ON c.class_code = p.class_code GROUP BY c.class_code "
                "ORDER BY COUNT(*) DESC LIMIT 1", c=["class_name", "class_code"])),
         ("who teaches it?", "SELECT teacher FROM classes WHERE class_code = '6P'")),
    conv("hb-2",
         ("How many sessions were missed in the autumn term?", f"SELECT COUNT(*) FROM absences a WHERE {AUT}"),
         ("how many of those were unauthorised?", f"SELECT COUNT(*) {ABJ} WHERE ac.authorised = 0 AND {AUT}"),
         ("and in the spring term?", f"SELECT COUNT(*) {ABJ} WHERE ac.authorised = 0 AND {SPR}"),
         T("What's that as a share of all the absences in spring?",
           pct(f"SELECT {{a}}SUM(CASE WHEN ac.authorised = 0 THEN 1 ELSE 0 END) * 1.0 / COUNT(*){{b}} {ABJ} "
               f"WHERE {SPR}")),
         ("What will unauthorised absence look like next term?", D)),
    conv("hb-3",
         T("Which pupils missed more than 10 sessions in the autumn term?",
           alts(f"SELECT p.{{c}} FROM pupils p JOIN absences a ON a.upn = p.upn WHERE {AUT} GROUP BY p.upn "
                f"HAVING COUNT(*) > 10", c=["forename, p.surname", "upn"])),
         T("just the ones in Year 4",
           alts(f"SELECT p.{{c}} {APC} WHERE {AUT} AND c.yg_code = 'Y4' GROUP BY p.upn HAVING COUNT(*) > 10",
                c=["forename, p.surname", "upn"])),
         ("how many of them get free school meals?",
          f"SELECT COUNT(*) FROM (SELECT p.upn {APC} WHERE {AUT} AND c.yg_code = 'Y4' AND p.fsm = 1 GROUP BY p.upn "
          f"HAVING COUNT(*) > 10)"),
         ("Can I have their parents' phone numbers so I can ring round?", D)),
    conv("hb-4",
         T("What was the attendance percentage for each year group in the spring term?",
           pct(f"SELECT y.{{lab}}, {{a}}{ATT_EXPR}{{b}} {yg_attendance(SPR, 'Spring')}",
               {"lab": ["yg_name", "yg_code"]})),
         T("Which year group had the lowest?",
           alts(f"SELECT y.{{c}} {yg_attendance(SPR, 'Spring')} ORDER BY {ATT_EXPR} LIMIT 1", c=["yg_name", "yg_code"])),
         T("what about in the summer term?",
           alts(f"SELECT y.{{c}} {yg_attendance(SUM, 'Summer')} ORDER BY {ATT_EXPR} LIMIT 1", c=["yg_name", "yg_code"])),
         ("Why is attendance always worse in the spring?", D)),
    conv("hb-5",
         ("How much money is owed for school lunches altogether?",
          "SELECT SUM(amount_due - amount_paid) FROM lunch_accounts"),
         T("Break that down by class.",
           alts(f"SELECT c.{{c}}, SUM(l.amount_due - l.amount_paid) {LUN} GROUP BY c.class_code",
                c=["class_name", "class_code"])),
         T("Which pupil owes the most?", alts(OWES, c=["forename, p.surname", "upn"])),
         ("how much have they paid so far?",
          f"SELECT SUM(amount_paid) FROM lunch_accounts WHERE upn = ({OWES.format(c='upn')})")),
    conv("hb-6",
         ("How many lunches were served in the autumn term?",
          "SELECT SUM(meals_taken) FROM lunch_accounts WHERE term_id = 1"),
         ("and how many of those were free?",
          "SELECT SUM(meals_taken) FROM lunch_accounts WHERE term_id = 1 AND amount_due = 0"),
         ("How many children are eligible for free school meals in each key stage?",
          f"SELECT y.key_stage, COUNT(*) {PCY} WHERE p.fsm = 1 GROUP BY y.key_stage"),
         ("What was on the lunch menu on the last day of the autumn term?", D)),
    conv("hb-7",
         T("Which absence codes count as authorised?",
           alts("SELECT {c} FROM absence_codes WHERE authorised = 1", c=["description", "code"])),
         ("How many sessions were lost to unauthorised holidays over the 2024-25 school year?",
          "SELECT COUNT(*) FROM absences WHERE code = 'G'"),
         T("Which class had the most of those?",
           alts(f"SELECT c.{{c}} {APC} WHERE a.code = 'G' GROUP BY c.class_code ORDER BY COUNT(*) DESC LIMIT 1",
                c=["class_name", "class_code", "teacher"])),
         ("and which term were most of that class's holidays taken in?",
          f"SELECT t.term_name {APC} JOIN terms t ON a.absence_date BETWEEN t.start_date AND t.end_date "
          f"WHERE a.code = 'G' AND c.class_code = ({G_CLASS}) GROUP BY t.term_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("hb-8",
         T("What percentage of pupils were persistently absent across the year, so missed 10% or more of their "
           "sessions?",
           pct(f"SELECT {{a}}(SELECT COUNT(*) FROM ({PERSIST})) * 1.0 / (SELECT COUNT(*) FROM pupils){{b}}")),
         ("How many of them are on SEN support?",
          f"SELECT COUNT(*) FROM pupils WHERE sen_support = 1 AND upn IN ({PERSIST})"),
         T("Which year group has the most persistently absent pupils?",
           alts(f"SELECT y.{{c}} {PCY} WHERE p.upn IN ({PERSIST}) GROUP BY y.yg_code ORDER BY COUNT(*) DESC LIMIT 1",
                c=["yg_name", "yg_code"])),
         ("Which of those families have been referred to the education welfare officer?", D)),
    conv("hb-9",
         ("Which teacher's class had the most unauthorised absences in the summer term?", TOP_UNAUTH.format(r=SUM)),
         ("and the term before that?", TOP_UNAUTH.format(r=SPR)),
         ("How many pupils in that class are on SEN support?",
          f"SELECT COUNT(*) FROM pupils p JOIN classes c ON c.class_code = p.class_code WHERE p.sen_support = 1 "
          f"AND c.teacher = ({TOP_UNAUTH.format(r=SPR)})")),
    conv("hb-10",
         ("Show me Maryam Ahmed's absences by reason",
          f"SELECT ac.description, COUNT(*) {ABJ} WHERE a.upn = {MA} GROUP BY ac.code",
          [f"SELECT a.code, COUNT(*) FROM absences a WHERE a.upn = {MA} GROUP BY a.code"]),
         T("what's her attendance for the whole year as a percentage?",
           pct(f"SELECT {{a}}(1 - COUNT(*) * 1.0 / {YEAR_POSS}){{b}} FROM absences WHERE upn = {MA}")),
         ("is she on free school meals?", f"SELECT fsm FROM pupils WHERE upn = {MA}"),
         ("When is her birthday?", D)),
    conv("hb-11",
         ("Do boys or girls miss more sessions on average?",
          "SELECT p.sex, COUNT(a.absence_id) * 1.0 / COUNT(DISTINCT p.upn) FROM pupils p LEFT JOIN absences a "
          "ON a.upn = p.upn GROUP BY p.sex",
          ["SELECT p.sex, COUNT(*) * 1.0 / COUNT(DISTINCT p.upn) FROM pupils p JOIN absences a ON a.upn = p.upn "
           "GROUP BY p.sex"]),
         ("and just for illness?",
          "SELECT p.sex, COUNT(a.absence_id) * 1.0 / COUNT(DISTINCT p.upn) FROM pupils p LEFT JOIN absences a "
          "ON a.upn = p.upn AND a.code = 'I' GROUP BY p.sex",
          ["SELECT p.sex, COUNT(*) * 1.0 / COUNT(DISTINCT p.upn) FROM pupils p JOIN absences a ON a.upn = p.upn "
           "WHERE a.code = 'I' GROUP BY p.sex"])),
    conv("hb-12",
         ("How many pupils are on roll in Year 6?", f"SELECT COUNT(*) {PCY} WHERE y.yg_code = 'Y6'"),
         ("Which secondary schools are they going on to?", D),
         ("and what did they get in their SATs?", D),
         ("How many of them are on SEN support?", f"SELECT COUNT(*) {PCY} WHERE y.yg_code = 'Y6' AND p.sen_support = 1")),
]


# ------------------------------------------------------------------------------------------ scouts
def season(col: str, name: str) -> str:
    return (f"{col} BETWEEN (SELECT first_day FROM seasons WHERE season_name = '{name}') "
            f"AND (SELECT last_day FROM seasons WHERE season_name = '{name}')")


MAJ = "FROM attendance at JOIN meetings m ON m.meeting_id = at.meeting_id JOIN sections s ON s.section_id = m.section_id"
LEADERS = "SELECT person_id FROM memberships WHERE role <> 'Member'"
CUB_NS = (f"SELECT p.{{c}} {MAJ} JOIN people p ON p.person_id = at.person_id WHERE s.section_name = 'Cubs' "
          f"AND at.status = 'no-show' AND {season('m.meeting_date', 'Spring 2025')} GROUP BY p.person_id "
          f"ORDER BY COUNT(*) DESC LIMIT 1")
NOSHOW2 = ("SELECT p.{c} FROM attendance at JOIN meetings m ON m.meeting_id = at.meeting_id JOIN people p "
           "ON p.person_id = at.person_id WHERE at.status = 'no-show' AND {r} GROUP BY p.person_id "
           "HAVING COUNT(*) > 2")
MULTI = "SELECT person_id FROM memberships WHERE role <> 'Member' GROUP BY person_id HAVING COUNT(DISTINCT section_id) > 1"
TP = "FROM trip_places tp JOIN trips t ON t.trip_id = tp.trip_id"
SUMMER_TRIPS = "SELECT trip_id FROM trips WHERE " + season("departs_on", "Summer 2025")
SEASON_NS = ("SELECT se.season_name FROM attendance at JOIN meetings m ON m.meeting_id = at.meeting_id JOIN seasons se "
             "ON m.meeting_date BETWEEN se.first_day AND se.last_day WHERE at.status = 'no-show' GROUP BY se.season_id "
             "ORDER BY COUNT(*) DESC LIMIT 1")
NAME = ["first_name, p.last_name", "person_id"]

SCOUTS = [
    conv("sc-1",
         ("How many young people are in each section right now?",
          "SELECT s.section_name, COUNT(*) FROM memberships ms JOIN sections s ON s.section_id = ms.section_id "
          "WHERE ms.role = 'Member' AND ms.left_on IS NULL GROUP BY s.section_id"),
         ("and how many leaders does each section have?",
          "SELECT s.section_name, COUNT(*) FROM memberships ms JOIN sections s ON s.section_id = ms.section_id "
          "WHERE ms.role <> 'Member' AND ms.left_on IS NULL GROUP BY s.section_id"),
         ("Who is the Cubs section leader?",
          "SELECT p.first_name, p.last_name FROM sections s JOIN people p ON p.person_id = s.section_leader_id "
          "WHERE s.section_name = 'Cubs'"),
         ("what's their email address?",
          "SELECT p.email FROM sections s JOIN people p ON p.person_id = s.section_leader_id "
          "WHERE s.section_name = 'Cubs'")),
    conv("sc-2",
         T("What was the attendance rate at Scouts meetings in the spring 2025 term?",
           pct(f"SELECT {{a}}SUM(CASE WHEN at.status = 'present' THEN 1 ELSE 0 END) * 1.0 / COUNT(*){{b}} {MAJ} "
               f"WHERE s.section_name = 'Scouts' AND {season('m.meeting_date', 'Spring 2025')}")),
         T("and for Cubs?",
           pct(f"SELECT {{a}}SUM(CASE WHEN at.status = 'present' THEN 1 ELSE 0 END) * 1.0 / COUNT(*){{b}} {MAJ} "
               f"WHERE s.section_name = 'Cubs' AND {season('m.meeting_date', 'Spring 2025')}")),
         ("How does that compare with the district average?", D),
         ("How many apologies were there for Cubs that term, against no-shows?",
          f"SELECT at.status, COUNT(*) {MAJ} WHERE s.section_name = 'Cubs' AND at.status IN ('apologies', 'no-show') "
          f"AND {season('m.meeting_date', 'Spring 2025')} GROUP BY at.status"),
         T("Which Cub had the most no-shows?", alts(CUB_NS, c=NAME))),
    conv("sc-3",
         T("Which members missed more than 2 meetings in Autumn 2024 without sending apologies?",
           alts(NOSHOW2.format(c="{c}", r=season("m.meeting_date", "Autumn 2024")), c=NAME)),
         ("which sections are they in?",
          f"SELECT p.first_name, p.last_name, s.section_name FROM memberships ms JOIN people p ON p.person_id = "
          f"ms.person_id JOIN sections s ON s.section_id = ms.section_id WHERE ms.person_id IN "
          f"({NOSHOW2.format(c='person_id', r=season('m.meeting_date', 'Autumn 2024'))})",
          [f"SELECT s.section_name FROM memberships ms JOIN sections s ON s.section_id = ms.section_id "
           f"WHERE ms.person_id IN ({NOSHOW2.format(c='person_id', r=season('m.meeting_date', 'Autumn 2024'))})"]),
         T("and in autumn 2025?", alts(NOSHOW2.format(c="{c}", r=season("m.meeting_date", "Autumn 2025")), c=NAME))),
    conv("sc-4",
         T("Which leaders help out in more than one section?",
           alts(f"SELECT p.{{c}} FROM people p WHERE p.person_id IN ({MULTI})", c=NAME)),
         T("How many meetings did each of them lead in Spring 2025?",
           alts(f"SELECT p.{{c}}, COUNT(m.meeting_id) FROM people p LEFT JOIN meetings m ON m.led_by = p.person_id "
                f"AND {season('m.meeting_date', 'Spring 2025')} WHERE p.person_id IN ({MULTI}) GROUP BY p.person_id",
                c=NAME)),
         T("Who led the most meetings overall?",
           alts("SELECT p.{c} FROM meetings m JOIN people p ON p.person_id = m.led_by GROUP BY p.person_id "
                "ORDER BY COUNT(*) DESC LIMIT 1", c=NAME))),
    conv("sc-5",
         ("How much is still owed for trips?", f"SELECT SUM(t.cost_per_head - tp.amount_paid) {TP}"),
         ("Break it down by trip",
          f"SELECT t.trip_name, SUM(t.cost_per_head - tp.amount_paid) {TP} GROUP BY t.trip_id"),
         ("How many people haven't paid anything at all for the summer camp in the Lakes?",
          f"SELECT COUNT(*) {TP} WHERE t.trip_name = 'Scout summer camp in the Lakes' AND tp.amount_paid = 0"),
         ("Can you email their parents a reminder?", D)),
    conv("sc-6",
         ("Which trips went out during the summer 2025 term?",
          "SELECT trip_name FROM trips WHERE " + season("departs_on", "Summer 2025")),
         ("how many places were booked on each?",
          f"SELECT t.trip_name, COUNT(*) {TP} WHERE t.trip_id IN ({SUMMER_TRIPS}) GROUP BY t.trip_id"),
         ("Who organised them?",
          f"SELECT p.first_name, p.last_name FROM trips t JOIN people p ON p.person_id = t.organiser_id "
          f"WHERE t.trip_id IN ({SUMMER_TRIPS})"),
         ("What was the weather like on the canoe expedition?", D)),
    conv("sc-7",
         T("Who is the youngest member of the Explorers?",
           alts("SELECT p.{c} FROM people p JOIN memberships ms ON ms.person_id = p.person_id JOIN sections s "
                "ON s.section_id = ms.section_id WHERE s.section_name = 'Explorers' AND ms.role = 'Member' "
                "ORDER BY p.date_of_birth DESC LIMIT 1", c=NAME)),
         ("Which school do they go to?", D),
         T("and who is the oldest person in the whole group, leaders included?",
           alts("SELECT p.{c} FROM people p ORDER BY p.date_of_birth LIMIT 1", c=NAME)),
         T("Which leaders don't have a DBS check recorded?",
           alts(f"SELECT p.{{c}} FROM people p WHERE p.dbs_checked = 0 AND p.person_id IN ({LEADERS})", c=NAME))),
    conv("sc-8",
         ("What was the Cubs' most common activity?",
          "SELECT m.activity FROM meetings m JOIN sections s ON s.section_id = m.section_id "
          "WHERE s.section_name = 'Cubs' GROUP BY m.activity ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many meetings did each section hold in Autumn 2025?",
          f"SELECT s.section_name, COUNT(*) FROM meetings m JOIN sections s ON s.section_id = m.section_id "
          f"WHERE {season('m.meeting_date', 'Autumn 2025')} GROUP BY s.section_id"),
         ("and which night does each of them meet?", "SELECT section_name, meeting_day FROM sections")),
    conv("sc-9",
         T("Show me the overall attendance rate for each season",
           pct("SELECT se.season_name, {a}SUM(CASE WHEN at.status = 'present' THEN 1 ELSE 0 END) * 1.0 / COUNT(*){b} "
               "FROM attendance at JOIN meetings m ON m.meeting_id = at.meeting_id JOIN seasons se "
               "ON m.meeting_date BETWEEN se.first_day AND se.last_day GROUP BY se.season_id")),
         ("Which season had the most no-shows?", SEASON_NS),
         ("and how many meetings were held that season?",
          f"SELECT COUNT(*) FROM meetings m JOIN seasons se ON m.meeting_date BETWEEN se.first_day AND se.last_day "
          f"WHERE se.season_name = ({SEASON_NS})")),
    conv("sc-10",
         ("How many badges has each Cub earned this year?", D),
         ("What are the termly subs for Scouts?", D),
         ("How many young people joined the group in 2024?",
          "SELECT COUNT(*) FROM memberships WHERE role = 'Member' AND joined_on LIKE '2024%'")),
    conv("sc-11",
         ("How many young people left in 2025?",
          "SELECT COUNT(*) FROM memberships WHERE role = 'Member' AND left_on LIKE '2025%'"),
         ("which sections did they leave from?",
          "SELECT s.section_name, COUNT(*) FROM memberships ms JOIN sections s ON s.section_id = ms.section_id "
          "WHERE ms.role = 'Member' AND ms.left_on LIKE '2025%' GROUP BY s.section_id"),
         ("Why did they leave?", D)),
    conv("sc-12",
         ("How many adult leaders do we have in total?", f"SELECT COUNT(DISTINCT person_id) FROM ({LEADERS})"),
         T("Who has led the most Explorer meetings?",
           alts("SELECT p.{c} FROM meetings m JOIN people p ON p.person_id = m.led_by JOIN sections s "
                "ON s.section_id = m.section_id WHERE s.section_name = 'Explorers' GROUP BY p.person_id "
                "ORDER BY COUNT(*) DESC LIMIT 1", c=NAME)),
         ("and on which dates did they not lead?",
          "SELECT m.meeting_date FROM meetings m JOIN sections s ON s.section_id = m.section_id "
          "WHERE s.section_name = 'Explorers' AND m.led_by <> (SELECT m2.led_by FROM meetings m2 JOIN sections s2 "
          "ON s2.section_id = m2.section_id WHERE s2.section_name = 'Explorers' GROUP BY m2.led_by "
          "ORDER BY COUNT(*) DESC LIMIT 1)")),
]


# ------------------------------------------------------------------------------------------ kidsclub
def period(col: str, name: str) -> str:
    return (f"{col} BETWEEN (SELECT starts_on FROM periods WHERE period_name = '{name}') "
            f"AND (SELECT ends_on FROM periods WHERE period_name = '{name}')")


BAL = ("SELECT f.family_id, f.payer_name, (SELECT SUM(i.amount) FROM invoices i WHERE i.family_id = f.family_id) "
       "- COALESCE((SELECT SUM(p.amount) FROM payments p WHERE p.family_id = f.family_id), 0) AS balance "
       "FROM families f")
TOPDEBT = f"SELECT family_id FROM ({BAL}) ORDER BY balance DESC LIMIT 1"
BCH = "FROM bookings b JOIN children ch ON ch.child_id = b.child_id"
KNAME = ["first_name, ch.last_name", "child_id"]
MISSED15 = f"SELECT ch.{{c}} {BCH} WHERE b.outcome <> 'attended' GROUP BY ch.child_id HAVING COUNT(*) > 15"
NOSHOW7 = f"SELECT ch.{{c}} {BCH} WHERE b.outcome = 'no-show' GROUP BY ch.child_id HAVING COUNT(*) > 7"
NUTS = "SELECT child_id FROM children WHERE allergies = 'nuts'"
BUSY_SCHOOL = ("SELECT f.home_school FROM children ch JOIN families f ON f.family_id = ch.family_id "
               "GROUP BY f.home_school ORDER BY COUNT(*) DESC LIMIT 1")
DOW = ("CASE strftime('%w', b.session_date) WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' "
       "WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' END")
TERMCOUNT = ("SELECT pe.period_name, COUNT(*) FROM bookings b JOIN periods pe ON b.session_date BETWEEN pe.starts_on "
             "AND pe.ends_on WHERE pe.period_type = 'term' AND b.club_code = '{club}' AND b.outcome = 'attended' "
             "GROUP BY pe.period_id")
SPRING = period("b.session_date", "Spring term 2025")
NS_SHARE = "{a}SUM(CASE WHEN b.outcome = 'no-show' THEN 1 ELSE 0 END) * 1.0 / COUNT(*){b}"
AUG12 = "SELECT child_id FROM bookings WHERE club_code = 'HOL' AND session_date = '2025-08-12'"

KIDSCLUB = [
    conv("kc-1",
         ("How many Holiday Club sessions were booked in the Easter holidays?",
          f"SELECT COUNT(*) FROM bookings b WHERE b.club_code = 'HOL' AND {period('b.session_date', 'Easter holidays 2025')}"),
         ("how many of those did the children actually turn up to?",
          f"SELECT COUNT(*) FROM bookings b WHERE b.club_code = 'HOL' AND b.outcome = 'attended' "
          f"AND {period('b.session_date', 'Easter holidays 2025')}"),
         ("and in the summer holidays?",
          f"SELECT COUNT(*) FROM bookings b WHERE b.club_code = 'HOL' AND b.outcome = 'attended' "
          f"AND {period('b.session_date', 'Summer holidays 2025')}"),
         ("what about October half term?",
          f"SELECT COUNT(*) FROM bookings b WHERE b.club_code = 'HOL' AND b.outcome = 'attended' "
          f"AND {period('b.session_date', 'October half term 2024')}")),
    conv("kc-2",
         ("Which families owe us money?", f"SELECT payer_name FROM ({BAL}) WHERE balance > 0.005"),
         ("How much is that in total?", f"SELECT SUM(balance) FROM ({BAL}) WHERE balance > 0.005",
          ["SELECT (SELECT SUM(amount) FROM invoices) - (SELECT SUM(amount) FROM payments)"]),
         ("Who owes the most?", f"SELECT payer_name FROM ({BAL}) ORDER BY balance DESC LIMIT 1"),
         ("how much have they paid us altogether?", f"SELECT SUM(amount) FROM payments WHERE family_id = ({TOPDEBT})"),
         ("When are they going to pay the rest?", D)),
    conv("kc-3",
         T("Which children missed more than 15 of the sessions they were booked in for?", alts(MISSED15, c=KNAME)),
         T("only counting the times we weren't told, and more than 7", alts(NOSHOW7, c=KNAME)),
         ("which school are they at?",
          f"SELECT ch.first_name, ch.last_name, f.home_school FROM children ch JOIN families f "
          f"ON f.family_id = ch.family_id WHERE ch.child_id IN ({NOSHOW7.format(c='child_id')})",
          [f"SELECT f.home_school FROM children ch JOIN families f ON f.family_id = ch.family_id "
           f"WHERE ch.child_id IN ({NOSHOW7.format(c='child_id')})"])),
    conv("kc-4",
         ("How many Breakfast Club sessions were attended in each term?", TERMCOUNT.format(club="BRK")),
         ("and After-School Club?", TERMCOUNT.format(club="ASC")),
         ("What's the busiest day of the week for After-School Club?",
          "SELECT strftime('%w', b.session_date) FROM bookings b WHERE b.club_code = 'ASC' "
          "GROUP BY strftime('%w', b.session_date) ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT {DOW} FROM bookings b WHERE b.club_code = 'ASC' GROUP BY strftime('%w', b.session_date) "
           f"ORDER BY COUNT(*) DESC LIMIT 1",
           f"SELECT {DOW} FROM bookings b WHERE b.club_code = 'ASC' AND b.outcome = 'attended' "
           f"GROUP BY strftime('%w', b.session_date) ORDER BY COUNT(*) DESC LIMIT 1",
           "SELECT strftime('%w', b.session_date) FROM bookings b WHERE b.club_code = 'ASC' AND b.outcome = 'attended' "
           "GROUP BY strftime('%w', b.session_date) ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("kc-5",
         ("How much did we invoice for each period?",
          "SELECT pe.period_name, SUM(i.amount) FROM invoices i JOIN periods pe ON pe.period_id = i.period_id "
          "GROUP BY pe.period_id"),
         ("Which of the holidays brought in the most?",
          "SELECT pe.period_name FROM invoices i JOIN periods pe ON pe.period_id = i.period_id "
          "WHERE pe.period_type = 'holiday' GROUP BY pe.period_id ORDER BY SUM(i.amount) DESC LIMIT 1"),
         ("How much has been paid with childcare vouchers in total?",
          "SELECT SUM(amount) FROM payments WHERE method = 'childcare voucher'"),
         ("What will we invoice for next year's summer holidays?", D)),
    conv("kc-6",
         ("How many children have a nut allergy?", "SELECT COUNT(*) FROM children WHERE allergies = 'nuts'"),
         ("Which clubs do they come to?",
          f"SELECT DISTINCT c.club_name FROM bookings b JOIN clubs c ON c.club_code = b.club_code "
          f"WHERE b.child_id IN ({NUTS})"),
         ("What's the phone number of their GP?", D),
         T("list them with their year group",
           alts("SELECT {c}, school_year FROM children WHERE allergies = 'nuts'",
                c=["first_name, last_name", "child_id"]))),
    conv("kc-7",
         ("How many children do we have in each school year?",
          "SELECT school_year, COUNT(*) FROM children GROUP BY school_year"),
         ("Which school sends us the most children?", BUSY_SCHOOL),
         ("and how many families is that?",
          f"SELECT COUNT(*) FROM families WHERE home_school = ({BUSY_SCHOOL})"),
         ("How many of those children get the pupil premium?", D)),
    conv("kc-8",
         T("What percentage of booked sessions in the spring term were no-shows?",
           pct(f"SELECT {NS_SHARE} FROM bookings b WHERE {SPRING}{{x}}", {"x": ["", " AND b.club_code <> 'HOL'"]})),
         T("broken down by club",
           pct(f"SELECT c.club_name, {NS_SHARE} FROM bookings b JOIN clubs c ON c.club_code = b.club_code "
               f"WHERE {SPRING}{{x}} GROUP BY c.club_code", {"x": ["", " AND b.club_code <> 'HOL'"]})),
         T("Which child had the most no-shows over the whole year?",
           alts(f"SELECT ch.{{c}} {BCH} WHERE b.outcome = 'no-show' GROUP BY ch.child_id ORDER BY COUNT(*) DESC LIMIT 1",
                c=KNAME)),
         ("Why do they keep not turning up?", D)),
    conv("kc-9",
         ("What does each club charge per session?", "SELECT club_name, session_fee FROM clubs"),
         ("If the Breakfast Club fee had been 50p higher, how much more would we have taken from all its bookings?",
          "SELECT 0.5 * COUNT(*) FROM bookings WHERE club_code = 'BRK'",
          ["SELECT 0.5 * COUNT(*) FROM bookings WHERE club_code = 'BRK' AND outcome = 'attended'"])),
    conv("kc-10",
         ("How many staff were working at Holiday Club on 12 August 2025?", D),
         ("How many children were booked in for Holiday Club that day?", f"SELECT COUNT(*) FROM ({AUG12})"),
         ("Do any of them have allergies?",
          f"SELECT first_name, last_name FROM children WHERE allergies IS NOT NULL "
          f"AND child_id IN ({AUG12})")),
    conv("kc-11",
         ("Which families pay by card?",
          "SELECT DISTINCT f.payer_name FROM payments p JOIN families f ON f.family_id = p.family_id "
          "WHERE p.method = 'card'"),
         ("How many payments came in over the Christmas holidays?",
          f"SELECT COUNT(*) FROM payments WHERE {period('paid_on', 'Christmas holidays 2024')}"),
         ("What was the total we received in March 2025?",
          "SELECT SUM(amount) FROM payments WHERE paid_on LIKE '2025-03%'")),
    conv("kc-12",
         T("How many children only come to Breakfast Club and never to After-School Club?",
           alts("SELECT COUNT(*) FROM children WHERE child_id IN (SELECT child_id FROM bookings WHERE club_code = 'BRK') "
                "AND child_id NOT IN (SELECT child_id FROM bookings WHERE club_code IN ('ASC'{x}))", x=["", ", 'HOL'"])),
         T("and the other way round?",
           alts("SELECT COUNT(*) FROM children WHERE child_id IN (SELECT child_id FROM bookings WHERE club_code = 'ASC') "
                "AND child_id NOT IN (SELECT child_id FROM bookings WHERE club_code IN ('BRK'{x}))", x=["", ", 'HOL'"])),
         ("What was our last Ofsted rating?", D)),
]

SETS = {"hollybrook": HOLLYBROOK, "scouts": SCOUTS, "kidsclub": KIDSCLUB}
