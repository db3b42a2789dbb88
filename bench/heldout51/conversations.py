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

SETS = {"hollybrook": HOLLYBROOK, "scouts": [], "kidsclub": []}
