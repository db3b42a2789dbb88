"""Held-out set 14: analyst conversations over three new databases, written before the engine was run
on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept`
(other SQL that also answers), or None when the data does not hold the answer (must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def qtr(col: str) -> list[str]:
    """Quarter labels an answer may use: 1..4, 'Q1'.. (the reference uses the integer)."""
    i = f"((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)"
    return [i, f"'Q' || {i}", f"strftime('%Y', {col}) || '-Q' || {i}", f"strftime('%Y', {col}) || ' Q' || {i}"]


def months(col: str) -> list[str]:
    return [f"strftime('%m', {col})", f"strftime('%Y-%m', {col})", f"CAST(strftime('%m', {col}) AS INTEGER)"]


def variants(template: str, labels: list[str]) -> tuple[str, list[str]]:
    """A reference written with {L} for the bucket label, and the same SQL with the other labels."""
    sqls = [template.replace("{L}", lab) for lab in labels]
    return sqls[0], sqls[1:]


# ------------------------------------------------------------------------------------------ admissions
AP = "FROM applications a JOIN programs p ON p.program_id = a.program_id"
AX = "FROM applications a JOIN applicants x ON x.applicant_id = a.applicant_id"
N = "SELECT COUNT(*) FROM applications WHERE entry_year = {}"
M23, M23a = variants("SELECT {L} AS m, COUNT(*) FROM applications WHERE submitted_on LIKE '2023%' GROUP BY m",
                     months("submitted_on"))
TOPM23, TOPM23a = variants("SELECT {L} AS m FROM applications WHERE submitted_on LIKE '2023%' GROUP BY m "
                           "ORDER BY COUNT(*) DESC LIMIT 1", months("submitted_on"))
TOPM23_RAW = ("SELECT strftime('%Y-%m', submitted_on) FROM applications WHERE submitted_on LIKE '2023%' "
              "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")
Q23, Q23a = variants("SELECT {L} AS q, COUNT(*) FROM applications WHERE submitted_on LIKE '2023%' GROUP BY q",
                     qtr("submitted_on"))
QI = "((CAST(strftime('%m', submitted_on) AS INTEGER) + 2) / 3)"
TOPQ23 = (f"SELECT {QI} AS q FROM applications WHERE submitted_on LIKE '2023%' GROUP BY q "
          "ORDER BY COUNT(*) DESC LIMIT 1")
ENR_SHARE = "100.0 * SUM(a.status = 'Enrolled') / COUNT(*)"
TOP5C = ("SELECT country FROM applicants WHERE country <> 'United Kingdom' GROUP BY country "
         "ORDER BY COUNT(*) DESC LIMIT 5")
MASTERS = "SELECT program_id FROM programs WHERE degree_level = 'Masters'"
TOPFAC = "SELECT faculty FROM programs GROUP BY faculty ORDER BY SUM(intake_capacity) DESC LIMIT 1"
MOST24 = (f"SELECT p.program_name {AP} WHERE a.entry_year = 2024 AND a.status = 'Offer' "
            "GROUP BY p.program_name ORDER BY COUNT(*) DESC LIMIT 1")
SCH = "FROM scholarships s JOIN applications a ON a.application_id = s.application_id"

ADMISSIONS = [
    conv("adm-1",
         ("How many applications did we receive for each entry year?",
          "SELECT entry_year, COUNT(*) FROM applications GROUP BY entry_year"),
         ("What's the percent change from 2023 to 2024?",
          f"SELECT 100.0 * (({N.format(2024)}) - ({N.format(2023)})) / ({N.format(2023)})",
          [f"SELECT 1.0 * (({N.format(2024)}) - ({N.format(2023)})) / ({N.format(2023)})"]),
         ("which programme got the most applications in 2024?",
          f"SELECT p.program_name {AP} WHERE a.entry_year = 2024 GROUP BY p.program_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what about the year before?",
          f"SELECT p.program_name {AP} WHERE a.entry_year = 2023 GROUP BY p.program_name ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("adm-2",
         ("Show me the number of applications submitted per month in 2023", M23, M23a),
         ("Which month was the highest?", TOPM23, TOPM23a),
         ("how many of the applications that month came from international applicants?",
          f"SELECT COUNT(*) {AX} WHERE x.fee_status = 'International' "
          f"AND strftime('%Y-%m', a.submitted_on) = ({TOPM23_RAW})")),
    conv("adm-3",
         ("What share of all applications ended in enrolment?",
          f"SELECT {ENR_SHARE} FROM applications a",
          ["SELECT 1.0 * SUM(status = 'Enrolled') / COUNT(*) FROM applications"]),
         ("Break that down by faculty.",
          f"SELECT p.faculty, {ENR_SHARE} {AP} GROUP BY p.faculty",
          [f"SELECT p.faculty, 1.0 * SUM(a.status = 'Enrolled') / COUNT(*) {AP} GROUP BY p.faculty"]),
         ("now exclude the Masters programmes",
          f"SELECT p.faculty, {ENR_SHARE} {AP} WHERE p.degree_level <> 'Masters' GROUP BY p.faculty",
          [f"SELECT p.faculty, 1.0 * SUM(a.status = 'Enrolled') / COUNT(*) {AP} WHERE p.degree_level <> 'Masters' "
           "GROUP BY p.faculty"]),
         ("What's the average household income of the enrolled students?", D)),
    conv("adm-4",
         ("top 5 countries by number of applicants, leaving out the UK", TOP5C),
         ("their average interview score?",
          f"SELECT x.country, AVG(a.interview_score) {AX} WHERE x.country IN ({TOP5C}) GROUP BY x.country"),
         ("which of them has the most applicants coming through agents?",
          f"SELECT country FROM applicants WHERE source_channel = 'Agent' AND country IN ({TOP5C}) "
          "GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("adm-5",
         ("Compare the average interview score of Home versus International applicants.",
          f"SELECT x.fee_status, AVG(a.interview_score) {AX} GROUP BY x.fee_status"),
         ("What about just the 2024 entry?",
          f"SELECT x.fee_status, AVG(a.interview_score) {AX} WHERE a.entry_year = 2024 GROUP BY x.fee_status"),
         ("Which recruitment agent sent us the most applicants?", D),
         ("Across all years, which source channel brings the highest average interview score?",
          f"SELECT x.source_channel {AX} GROUP BY x.source_channel ORDER BY AVG(a.interview_score) DESC LIMIT 1")),
    conv("adm-6",
         ("How much scholarship money have we awarded, by entry year?",
          f"SELECT a.entry_year, SUM(s.award_amount) {SCH} GROUP BY a.entry_year"),
         ("What's the change between 2022 and 2024?",
          f"SELECT (SELECT SUM(s.award_amount) {SCH} WHERE a.entry_year = 2024) - "
          f"(SELECT SUM(s.award_amount) {SCH} WHERE a.entry_year = 2022)"),
         ("On average how much did each student who got a scholarship receive?",
          f"SELECT SUM(s.award_amount) / COUNT(DISTINCT a.applicant_id) {SCH}"),
         ("Which scholarship fund has the most budget left?", D)),
    conv("adm-7",
         ("Which faculty has the largest total intake capacity?", TOPFAC),
         ("How many programmes does it run?", f"SELECT COUNT(*) FROM programs WHERE faculty = ({TOPFAC})"),
         ("which of those has the highest tuition?",
          f"SELECT program_name FROM programs WHERE faculty = ({TOPFAC}) ORDER BY annual_tuition DESC LIMIT 1"),
         ("why did applications to that faculty drop in 2023?", D)),
    conv("adm-8",
         ("How many applicants are first-generation university students?", D),
         ("How many applications are still waiting on a decision?",
          "SELECT COUNT(*) FROM applications WHERE status = 'Submitted'"),
         ("what's the average number of days from submission to decision?", D),
         ("Which applicants are holding offers from more than one programme?",
          "SELECT x.full_name FROM applicants x JOIN applications a ON a.applicant_id = x.applicant_id "
          "WHERE a.status = 'Offer' GROUP BY x.applicant_id HAVING COUNT(DISTINCT a.program_id) > 1")),
    conv("adm-9",
         ("How many applications were submitted in each quarter of 2023?", Q23, Q23a),
         ("which quarter was the busiest?", *variants("SELECT {L} AS q FROM applications WHERE submitted_on LIKE '2023%' "
                                                       "GROUP BY q ORDER BY COUNT(*) DESC LIMIT 1", qtr("submitted_on"))),
         ("how many of them led to an enrolment?",
          f"SELECT COUNT(*) FROM applications WHERE submitted_on LIKE '2023%' AND status = 'Enrolled' "
          f"AND {QI} = ({TOPQ23})")),
    conv("adm-10",
         ("List the Masters programmes with their annual tuition.",
          "SELECT program_name, annual_tuition FROM programs WHERE degree_level = 'Masters'"),
         ("What's the average tuition across them?",
          "SELECT AVG(annual_tuition) FROM programs WHERE degree_level = 'Masters'"),
         ("How many international applicants applied to them for 2024 entry?",
          f"SELECT COUNT(DISTINCT a.applicant_id) {AX} WHERE x.fee_status = 'International' "
          f"AND a.entry_year = 2024 AND a.program_id IN ({MASTERS})",
          [f"SELECT COUNT(*) {AX} WHERE x.fee_status = 'International' "
           f"AND a.entry_year = 2024 AND a.program_id IN ({MASTERS})"]),
         ("and what's the visa refusal rate for them?", D)),
    conv("adm-11",
         ("offers by programme, 2024 entry",
          f"SELECT p.program_name, COUNT(*) {AP} WHERE a.entry_year = 2024 AND a.status = 'Offer' "
          "GROUP BY p.program_name"),
         ("most?", MOST24),
         ("its intake capacity?", f"SELECT intake_capacity FROM programs WHERE program_name = ({MOST24})"),
         ("and the tuition for it", f"SELECT annual_tuition FROM programs WHERE program_name = ({MOST24})")),
]

# ------------------------------------------------------------------------------------------ vetcare
VY = "strftime('%Y', VisitDate)"
VR = "SELECT SUM(InvoiceTotal) FROM Visits WHERE VisitDate LIKE '{}%'"
VC = "FROM Visits v JOIN Clinics c ON c.ClinicId = v.ClinicId"
VP = "FROM Visits v JOIN Pets p ON p.PetId = v.PetId"
VPO = "FROM Visits v JOIN Pets p ON p.PetId = v.PetId JOIN Owners o ON o.OwnerId = p.OwnerId"
TOPCL24 = (f"SELECT c.ClinicName {VC} WHERE v.VisitDate LIKE '2024%' GROUP BY c.ClinicName "
           "ORDER BY SUM(v.InvoiceTotal) DESC LIMIT 1")
VM24, VM24a = variants("SELECT {L} AS m, COUNT(*) FROM Visits WHERE VisitDate LIKE '2024%' GROUP BY m",
                       months("VisitDate"))
TOPVM, TOPVMa = variants("SELECT {L} AS m FROM Visits WHERE VisitDate LIKE '2024%' GROUP BY m "
                         "ORDER BY COUNT(*) DESC LIMIT 1", months("VisitDate"))
TOPVM_MM = ("SELECT strftime('%m', VisitDate) FROM Visits WHERE VisitDate LIKE '2024%' GROUP BY 1 "
            "ORDER BY COUNT(*) DESC LIMIT 1")
VQI = "((CAST(strftime('%m', VisitDate) AS INTEGER) + 2) / 3)"
VQ23, VQ23a = variants("SELECT {L} AS q, SUM(InvoiceTotal) FROM Visits WHERE VisitDate LIKE '2023%' GROUP BY q",
                       qtr("VisitDate"))
TOP3OWN = (f"SELECT o.OwnerId {VPO} WHERE v.VisitDate LIKE '2024%' GROUP BY o.OwnerId "
           "ORDER BY SUM(v.InvoiceTotal) DESC LIMIT 3")
TOPSURG = "SELECT VetName FROM Visits WHERE VisitType = 'Surgery' GROUP BY VetName ORDER BY COUNT(*) DESC LIMIT 1"
TOPDOG = "SELECT Breed FROM Pets WHERE Species = 'Dog' GROUP BY Breed ORDER BY COUNT(*) DESC LIMIT 1"
REGY = "strftime('%Y', RegisteredOn)"
CHK = "SELECT c.ClinicName {} WHERE v.VisitType = 'Checkup' GROUP BY c.ClinicName ORDER BY AVG(v.InvoiceTotal) {} LIMIT 1"
RIV = "SELECT COUNT(*) FROM Visits v JOIN Clinics c ON c.ClinicId = v.ClinicId WHERE c.ClinicName = '{}' AND v.VisitDate LIKE '{}%'"


def pct(new: str, old: str) -> tuple[str, list[str]]:
    return (f"SELECT 100.0 * (({new}) - ({old})) / ({old})", [f"SELECT 1.0 * (({new}) - ({old})) / ({old})"])


VETCARE = [
    conv("vet-1",
         ("What was our total invoiced revenue in each year?",
          f"SELECT {VY} AS y, SUM(InvoiceTotal) FROM Visits GROUP BY y"),
         ("And the percentage growth from 2023 to 2024?", *pct(VR.format(2024), VR.format(2023))),
         ("Which clinic brought in the most in 2024?", TOPCL24),
         ("what share of the 2024 total was that?",
          f"SELECT 100.0 * SUM(v.InvoiceTotal) / ({VR.format(2024)}) {VC} WHERE v.VisitDate LIKE '2024%' "
          f"AND c.ClinicName = ({TOPCL24})",
          [f"SELECT 1.0 * SUM(v.InvoiceTotal) / ({VR.format(2024)}) {VC} WHERE v.VisitDate LIKE '2024%' "
           f"AND c.ClinicName = ({TOPCL24})"])),
    conv("vet-2",
         ("monthly visit counts for 2024 please", VM24, VM24a),
         ("Which month was the highest?", TOPVM, TOPVMa),
         ("how much did we bill in that month?",
          f"SELECT SUM(InvoiceTotal) FROM Visits WHERE VisitDate LIKE '2024%' "
          f"AND strftime('%m', VisitDate) = ({TOPVM_MM})"),
         ("and in the same month the year before?",
          f"SELECT SUM(InvoiceTotal) FROM Visits WHERE VisitDate LIKE '2023%' "
          f"AND strftime('%m', VisitDate) = ({TOPVM_MM})")),
    conv("vet-3",
         ("How many pets do we have registered, by species?", "SELECT Species, COUNT(*) FROM Pets GROUP BY Species"),
         ("What's the average number of pets per owner?",
          "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT OwnerId) FROM Pets",
          ["SELECT 1.0 * (SELECT COUNT(*) FROM Pets) / (SELECT COUNT(*) FROM Owners)"]),
         ("Which owners have more than two pets?",
          "SELECT o.FirstName, o.LastName FROM Owners o JOIN Pets p ON p.OwnerId = o.OwnerId "
          "GROUP BY o.OwnerId HAVING COUNT(*) > 2",
          ["SELECT o.FirstName || ' ' || o.LastName FROM Owners o JOIN Pets p ON p.OwnerId = o.OwnerId "
           "GROUP BY o.OwnerId HAVING COUNT(*) > 2"]),
         ("What are their phone numbers?", D)),
    conv("vet-4",
         ("What was the average spend per owner in 2024?",
          f"SELECT SUM(v.InvoiceTotal) / COUNT(DISTINCT p.OwnerId) {VP} WHERE v.VisitDate LIKE '2024%'"),
         ("compare Bristol owners with Bath owners on that",
          f"SELECT o.Town, SUM(v.InvoiceTotal) / COUNT(DISTINCT o.OwnerId) {VPO} WHERE v.VisitDate LIKE '2024%' "
          "AND o.Town IN ('Bristol', 'Bath') GROUP BY o.Town"),
         ("Top 3 owners by spend in 2024",
          f"SELECT o.FirstName, o.LastName {VPO} WHERE v.VisitDate LIKE '2024%' GROUP BY o.OwnerId "
          "ORDER BY SUM(v.InvoiceTotal) DESC LIMIT 3",
          [f"SELECT o.FirstName || ' ' || o.LastName {VPO} WHERE v.VisitDate LIKE '2024%' GROUP BY o.OwnerId "
           "ORDER BY SUM(v.InvoiceTotal) DESC LIMIT 3"]),
         ("how many visits did each of them make that year?",
          f"SELECT COUNT(*) {VPO} WHERE v.VisitDate LIKE '2024%' AND o.OwnerId IN ({TOP3OWN}) "
          "GROUP BY o.OwnerId")),
    conv("vet-5",
         ("Compare dogs and cats: number of visits and average invoice for each.",
          f"SELECT p.Species, COUNT(*), AVG(v.InvoiceTotal) {VP} WHERE p.Species IN ('Dog', 'Cat') GROUP BY p.Species"),
         ("only emergencies",
          f"SELECT p.Species, COUNT(*), AVG(v.InvoiceTotal) {VP} WHERE p.Species IN ('Dog', 'Cat') "
          "AND v.VisitType = 'Emergency' GROUP BY p.Species"),
         ("now exclude Harbour Vets",
          f"SELECT p.Species, COUNT(*), AVG(v.InvoiceTotal) {VP} JOIN Clinics c ON c.ClinicId = v.ClinicId "
          "WHERE p.Species IN ('Dog', 'Cat') AND v.VisitType = 'Emergency' AND c.ClinicName <> 'Harbour Vets' "
          "GROUP BY p.Species")),
    conv("vet-6",
         ("Which vet performed the most surgeries?", TOPSURG),
         ("which clinic do they work at?",
          f"SELECT DISTINCT c.ClinicName {VC} WHERE v.VetName = ({TOPSURG})"),
         ("how much were their surgeries billed in total?",
          f"SELECT SUM(InvoiceTotal) FROM Visits WHERE VisitType = 'Surgery' AND VetName = ({TOPSURG})"),
         ("What's Dr Hale's salary?", D)),
    conv("vet-7",
         ("Revenue by quarter for 2023", VQ23, VQ23a),
         ("which quarter was the weakest?",
          *variants("SELECT {L} AS q FROM Visits WHERE VisitDate LIKE '2023%' GROUP BY q ORDER BY SUM(InvoiceTotal) ASC "
                    "LIMIT 1", qtr("VisitDate"))),
         ("what about 2024?",
          *variants("SELECT {L} AS q FROM Visits WHERE VisitDate LIKE '2024%' GROUP BY q ORDER BY SUM(InvoiceTotal) ASC "
                    "LIMIT 1", qtr("VisitDate")))),
    conv("vet-8",
         ("How many of our patients have pet insurance?", D),
         ("What's the most common dog breed we see?", TOPDOG),
         ("How many dental visits did dogs of that breed have in 2024?",
          f"SELECT COUNT(*) {VP} WHERE p.Species = 'Dog' AND p.Breed = ({TOPDOG}) AND v.VisitType = 'Dental' "
          "AND v.VisitDate LIKE '2024%'"),
         ("How many vaccinations are overdue right now?", D)),
    conv("vet-9",
         ("Which town do most of our owners live in?",
          "SELECT Town FROM Owners GROUP BY Town ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many new owners registered each year since 2020?",
          f"SELECT {REGY} AS y, COUNT(*) FROM Owners WHERE RegisteredOn >= '2020-01-01' GROUP BY y"),
         ("which year was the highest?",
          f"SELECT {REGY} AS y FROM Owners WHERE RegisteredOn >= '2020-01-01' GROUP BY y ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Forecast how many will register next year.", D)),
    conv("vet-10",
         ("avg checkup price by clinic",
          f"SELECT c.ClinicName, AVG(v.InvoiceTotal) {VC} WHERE v.VisitType = 'Checkup' GROUP BY c.ClinicName"),
         ("cheapest?", CHK.format(VC, "ASC")),
         ("and the priciest one", CHK.format(VC, "DESC")),
         ("how long does a checkup usually take there?", D)),
    conv("vet-11",
         ("How many visits did Riverside Vets handle in 2023 versus 2024?",
          f"SELECT strftime('%Y', v.VisitDate) AS y, COUNT(*) {VC} WHERE c.ClinicName = 'Riverside Vets' "
          "AND v.VisitDate >= '2023-01-01' GROUP BY y"),
         ("what's the percent change?", *pct(RIV.format("Riverside Vets", 2024), RIV.format("Riverside Vets", 2023))),
         ("and for Meadow Paws?", *pct(RIV.format("Meadow Paws", 2024), RIV.format("Meadow Paws", 2023)))),
]

# ------------------------------------------------------------------------------------------ freight
FR = "SELECT SUM(frt_chg) FROM shpmt WHERE shp_dt LIKE '{}%'"
SC = "FROM shpmt s JOIN cust c ON c.cust_id = s.cust_id"
TOP5CU = f"SELECT c.cust_id {SC} GROUP BY c.cust_id ORDER BY SUM(s.frt_chg) DESC LIMIT 5"
GROW = (f"SELECT c.cust_nm {SC} GROUP BY c.cust_nm ORDER BY "
        "SUM(CASE WHEN s.shp_dt LIKE '2024%' THEN s.frt_chg ELSE 0 END) - "
        "SUM(CASE WHEN s.shp_dt LIKE '2022%' THEN s.frt_chg ELSE 0 END) DESC LIMIT 1")
FQI = "((CAST(strftime('%m', shp_dt) AS INTEGER) + 2) / 3)"
FQ24, FQ24a = variants("SELECT {L} AS q, COUNT(*) FROM shpmt WHERE shp_dt LIKE '2024%' GROUP BY q", qtr("shp_dt"))
HEAVYQ = f"SELECT {FQI} AS q FROM shpmt WHERE shp_dt LIKE '2024%' GROUP BY q ORDER BY SUM(wt_kg) DESC LIMIT 1"
TRANSIT = "AVG(julianday(dlv_dt) - julianday(shp_dt))"
CJ = "FROM clm k JOIN shpmt s ON s.shp_id = k.shp_id"
TOPDPT = "SELECT orig_dpt FROM shpmt GROUP BY orig_dpt ORDER BY SUM(wt_kg) DESC LIMIT 1"
PERCU = "SELECT SUM(frt_chg) / COUNT(DISTINCT cust_id) FROM shpmt WHERE shp_dt LIKE '{}%'"
TOP3CITY = ("SELECT dest_city FROM shpmt WHERE dest_city <> 'Paris' GROUP BY dest_city "
            "ORDER BY COUNT(*) DESC LIMIT 3")
RET = "SELECT cust_nm FROM shpmt s JOIN cust c ON c.cust_id = s.cust_id WHERE s.sts = 'RETURNED' GROUP BY c.cust_nm ORDER BY COUNT(*) DESC LIMIT 1"
TOPMGR = f"SELECT c.acct_mgr {SC} GROUP BY c.acct_mgr ORDER BY SUM(s.frt_chg) DESC LIMIT 1"
FM22, FM22a = variants("SELECT {L} AS m, SUM(frt_chg) FROM shpmt WHERE shp_dt LIKE '2022%' GROUP BY m",
                       months("shp_dt"))

FREIGHT = [
    conv("frt-1",
         ("How much freight revenue did we bill per year?",
          "SELECT strftime('%Y', shp_dt) AS y, SUM(frt_chg) FROM shpmt GROUP BY y"),
         ("What's the change between 2022 and 2024?", f"SELECT ({FR.format(2024)}) - ({FR.format(2022)})"),
         ("in percent?", *pct(FR.format(2024), FR.format(2022))),
         ("Which customer grew the most over that period?", GROW)),
    conv("frt-2",
         ("Top 5 customers by total freight charges",
          f"SELECT c.cust_nm, SUM(s.frt_chg) {SC} GROUP BY c.cust_nm ORDER BY SUM(s.frt_chg) DESC LIMIT 5"),
         ("What share of total revenue do those five account for together?",
          f"SELECT 100.0 * SUM(frt_chg) / (SELECT SUM(frt_chg) FROM shpmt) FROM shpmt WHERE cust_id IN ({TOP5CU})",
          [f"SELECT 1.0 * SUM(frt_chg) / (SELECT SUM(frt_chg) FROM shpmt) FROM shpmt WHERE cust_id IN ({TOP5CU})"]),
         ("who's the account manager for each of them?",
          f"SELECT cust_nm, acct_mgr FROM cust WHERE cust_id IN ({TOP5CU})"),
         ("What's the credit limit on those accounts?", D)),
    conv("frt-3",
         ("Shipments by quarter in 2024", FQ24, FQ24a),
         ("which quarter had the heaviest total weight?",
          *variants("SELECT {L} AS q FROM shpmt WHERE shp_dt LIKE '2024%' GROUP BY q ORDER BY SUM(wt_kg) DESC LIMIT 1",
                    qtr("shp_dt"))),
         ("how many claims were filed on shipments from that quarter?",
          f"SELECT COUNT(*) FROM clm k JOIN shpmt s ON s.shp_id = k.shp_id WHERE s.shp_dt LIKE '2024%' "
          f"AND ((CAST(strftime('%m', s.shp_dt) AS INTEGER) + 2) / 3) = ({HEAVYQ})")),
    conv("frt-4",
         ("Compare express and standard service: what do we charge per kg on average?",
          "SELECT svc_lvl, SUM(frt_chg) / SUM(wt_kg) FROM shpmt WHERE svc_lvl IN ('EXP', 'STD') GROUP BY svc_lvl",
          ["SELECT svc_lvl, AVG(frt_chg / wt_kg) FROM shpmt WHERE svc_lvl IN ('EXP', 'STD') GROUP BY svc_lvl"]),
         ("what about economy?",
          "SELECT SUM(frt_chg) / SUM(wt_kg) FROM shpmt WHERE svc_lvl = 'ECO'",
          ["SELECT AVG(frt_chg / wt_kg) FROM shpmt WHERE svc_lvl = 'ECO'"]),
         ("What's the average transit time in days for express deliveries?",
          f"SELECT {TRANSIT} FROM shpmt WHERE svc_lvl = 'EXP' AND dlv_dt IS NOT NULL"),
         ("How many express shipments arrived later than promised?", D)),
    conv("frt-5",
         ("Number of claims by reason", "SELECT clm_rsn, COUNT(*) FROM clm GROUP BY clm_rsn"),
         ("Total claimed for damage in 2024?",
          "SELECT SUM(clm_amt) FROM clm WHERE clm_rsn = 'DAMAGE' AND clm_dt LIKE '2024%'"),
         ("how much of that has been paid out?",
          "SELECT SUM(clm_amt) FROM clm WHERE clm_rsn = 'DAMAGE' AND clm_dt LIKE '2024%' AND paid_flg = 1"),
         ("Which driver caused the most damage claims?", D)),
    conv("frt-6",
         ("Which depot ships the most by weight?", TOPDPT,
          [f"SELECT dpt_nm FROM dpt WHERE dpt_cd = ({TOPDPT})"]),
         ("how many docks does it have?", f"SELECT dock_cnt FROM dpt WHERE dpt_cd = ({TOPDPT})"),
         ("Show tonnes shipped per dock for every depot.",
          "SELECT d.dpt_cd, SUM(s.wt_kg) / 1000.0 / d.dock_cnt FROM shpmt s JOIN dpt d ON d.dpt_cd = s.orig_dpt "
          "GROUP BY d.dpt_cd",
          ["SELECT d.dpt_nm, SUM(s.wt_kg) / 1000.0 / d.dock_cnt FROM shpmt s JOIN dpt d ON d.dpt_cd = s.orig_dpt "
           "GROUP BY d.dpt_nm"]),
         ("What's the monthly rent at the Rotterdam Hub?", D)),
    conv("frt-7",
         ("What's the average freight spend per customer in 2024?", PERCU.format(2024)),
         ("what about last year?", PERCU.format(2023)),
         ("Which customers spent less in 2024 than in 2023?",
          f"SELECT c.cust_nm {SC} GROUP BY c.cust_nm HAVING "
          "SUM(CASE WHEN s.shp_dt LIKE '2024%' THEN s.frt_chg ELSE 0 END) < "
          "SUM(CASE WHEN s.shp_dt LIKE '2023%' THEN s.frt_chg ELSE 0 END)")),
    conv("frt-8",
         ("top 3 destination cities by shipment count",
          "SELECT dest_city FROM shpmt GROUP BY dest_city ORDER BY COUNT(*) DESC LIMIT 3"),
         ("excl. Paris", TOP3CITY),
         ("avg weight to each of them",
          f"SELECT dest_city, AVG(wt_kg) FROM shpmt WHERE dest_city IN ({TOP3CITY}) GROUP BY dest_city")),
    conv("frt-9",
         ("How many shipments are in transit right now?", "SELECT COUNT(*) FROM shpmt WHERE sts = 'IN_TRANSIT'"),
         ("which depots did they leave from?",
          "SELECT orig_dpt, COUNT(*) FROM shpmt WHERE sts = 'IN_TRANSIT' GROUP BY orig_dpt",
          ["SELECT DISTINCT orig_dpt FROM shpmt WHERE sts = 'IN_TRANSIT'"]),
         ("When are they expected to be delivered?", D),
         ("What's the CO2 footprint per shipment?", D)),
    conv("frt-10",
         ("returned shipments per year",
          "SELECT strftime('%Y', shp_dt) AS y, COUNT(*) FROM shpmt WHERE sts = 'RETURNED' GROUP BY y"),
         ("as a % of all shipments that year",
          "SELECT strftime('%Y', shp_dt) AS y, 100.0 * SUM(sts = 'RETURNED') / COUNT(*) FROM shpmt GROUP BY y",
          ["SELECT strftime('%Y', shp_dt) AS y, 1.0 * SUM(sts = 'RETURNED') / COUNT(*) FROM shpmt GROUP BY y"]),
         ("which customer has the most returns?", RET),
         ("why do they send so much back?", D)),
    conv("frt-11",
         ("Which account manager looks after the most revenue?", TOPMGR),
         ("how many customers do they manage?", f"SELECT COUNT(*) FROM cust WHERE acct_mgr = ({TOPMGR})"),
         ("and how many does S. Albrecht manage?", "SELECT COUNT(*) FROM cust WHERE acct_mgr = 'S. Albrecht'"),
         ("Monthly freight revenue for 2022", FM22, FM22a),
         ("highest month?", *variants("SELECT {L} AS m FROM shpmt WHERE shp_dt LIKE '2022%' GROUP BY m "
                                      "ORDER BY SUM(frt_chg) DESC LIMIT 1", months("shp_dt")))),
]

SETS = {"admissions": ADMISSIONS, "vetcare": VETCARE, "freight": FREIGHT}
