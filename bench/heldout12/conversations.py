"""Held-out set heldout12: terse, chat-style analyst conversations (as people type them into a chat
box), written before the engine was run on them. Each turn: question, reference SQL (SQLite; a list
for a breakdown), optional `accept` (other SQL that also answers), or None when the data does not
hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def pct(num: str, den: str) -> tuple[str, str]:
    """A share as a percent and as a fraction (either is an honest reading)."""
    return f"100.0 * {num} / {den}", f"1.0 * {num} / {den}"


# ------------------------------------------------------------------------------------------ saas
IA = "FROM invoices i JOIN accounts a ON a.account_id = i.account_id"
SP = "FROM subscriptions s JOIN plans p ON p.plan_id = s.plan_id"


def rev_month(where: str) -> list[str]:
    return [f"SELECT strftime('{f}', issued_on) AS m, SUM(total_usd) FROM invoices WHERE issued_on LIKE '2024%'{w} "
            f"GROUP BY m" for f in ("%m", "%Y-%m") for w in (where,)]


def top_accounts(year: str, extra: str = "") -> str:
    return (f"SELECT a.company_name, SUM(i.total_usd) AS rev {IA} WHERE i.issued_on LIKE '{year}%'{extra} "
            f"GROUP BY a.account_id ORDER BY rev DESC LIMIT 5")


OLDEST_OPEN = "SELECT invoice_no FROM invoices WHERE status = 'open' ORDER BY issued_on LIMIT 1"
SIGNED24 = "SELECT account_id FROM accounts WHERE created_at LIKE '2024%'"
ENT = ("SELECT strftime('%Y', i.issued_on) AS y, SUM(i.total_usd) AS r FROM invoices i "
       "JOIN subscriptions s ON s.subscription_id = i.subscription_id JOIN plans p ON p.plan_id = s.plan_id "
       "WHERE p.plan_name = 'Enterprise' GROUP BY y")
YR = "SELECT strftime('%Y', issued_on) AS y, SUM(total_usd) AS r FROM invoices GROUP BY y"
LATE = "paid_on > due_on"
LATE_ACC = (f"SELECT a.company_name {IA} WHERE i.{LATE} GROUP BY a.account_id ORDER BY COUNT(*) DESC LIMIT 1")
GRO = "(SELECT r FROM {t} WHERE y = '2024')", "(SELECT r FROM {t} WHERE y = '2023')"


def growth(t: str) -> tuple[str, list[str]]:
    a, b = (g.format(t=f"({t})") for g in GRO)
    return (f"SELECT 100.0 * ({a} - {b}) / {b}", [f"SELECT 1.0 * ({a} - {b}) / {b}", f"SELECT 1.0 * {a} / {b}"])


G_ALL, G_ALL_ACC = growth(YR)
G_ENT, G_ENT_ACC = growth(ENT)
CUR_TEAMY = "FROM subscriptions s JOIN plans p ON p.plan_id = s.plan_id WHERE p.plan_name = 'Team Annual'"

SAAS = [
    conv("saas-1",
         ("revenue by month 2024", rev_month("")[0],
          rev_month("")[1:] + rev_month(" AND status <> 'void'") + rev_month(" AND status = 'paid'")),
         ("top 5 accounts by that", top_accounts("2024"),
          [top_accounts("2024", " AND i.status <> 'void'"), top_accounts("2024", " AND i.status = 'paid'")]),
         ("same for 2023", top_accounts("2023"),
          [top_accounts("2023", " AND i.status <> 'void'"), top_accounts("2023", " AND i.status = 'paid'")]),
         ("exclude void ones", top_accounts("2023", " AND i.status <> 'void'"))),
    conv("saas-2",
         ("how many active subs per plan", f"SELECT p.plan_name, COUNT(*) {SP} WHERE s.status = 'active' GROUP BY p.plan_name"),
         ("mrr for each?", f"SELECT p.plan_name, SUM(s.mrr) {SP} WHERE s.status = 'active' GROUP BY p.plan_name"),
         ("which one has the most seats",
          f"SELECT p.plan_name {SP} WHERE s.status = 'active' GROUP BY p.plan_name ORDER BY SUM(s.seats) DESC LIMIT 1"),
         ("what will churn look like next quarter", D)),
    conv("saas-3",
         ("accounts by country", "SELECT country, COUNT(*) FROM accounts GROUP BY country"),
         ("germany - split by industry",
          "SELECT industry, COUNT(*) FROM accounts WHERE country = 'Germany' GROUP BY industry"),
         ("avg headcount there?", "SELECT AVG(employee_count) FROM accounts WHERE country = 'Germany'"),
         ("who's the account manager for the biggest one", D)),
    conv("saas-4",
         ("how much is outstanding on open invoices", "SELECT SUM(total_usd) FROM invoices WHERE status = 'open'"),
         ("how many is that", "SELECT COUNT(*) FROM invoices WHERE status = 'open'"),
         ("oldest one?", OLDEST_OPEN),
         ("which customer", f"SELECT a.company_name {IA} WHERE i.invoice_no = ({OLDEST_OPEN})"),
         ("did stripe retry the card on it", D)),
    conv("saas-5",
         ("avg resolution time by priority",
          "SELECT priority, AVG((julianday(closed_at) - julianday(opened_at)) * 24) FROM support_tickets "
          "WHERE closed_at IS NOT NULL GROUP BY priority",
          ["SELECT priority, AVG(julianday(closed_at) - julianday(opened_at)) FROM support_tickets "
           "WHERE closed_at IS NOT NULL GROUP BY priority",
           "SELECT priority, AVG((julianday(closed_at) - julianday(opened_at)) * 1440) FROM support_tickets "
           "WHERE closed_at IS NOT NULL GROUP BY priority"]),
         ("how many are still open", "SELECT COUNT(*) FROM support_tickets WHERE closed_at IS NULL"),
         ("tickets per month 2024",
          "SELECT strftime('%m', opened_at) AS m, COUNT(*) FROM support_tickets WHERE opened_at LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', opened_at) AS m, COUNT(*) FROM support_tickets WHERE opened_at LIKE '2024%' "
           "GROUP BY m"]),
         ("why did they spike in march", D)),
    conv("saas-6",
         ("subs cancelled in 2024",
          "SELECT COUNT(*) FROM subscriptions WHERE status = 'cancelled' AND end_date LIKE '2024%'"),
         ("by plan", f"SELECT p.plan_name, COUNT(*) {SP} WHERE s.status = 'cancelled' AND s.end_date LIKE '2024%' "
                     f"GROUP BY p.plan_name"),
         ("what reasons did they give", D),
         ("avg seats on those",
          "SELECT AVG(seats) FROM subscriptions WHERE status = 'cancelled' AND end_date LIKE '2024%'")),
    conv("saas-7",
         ("who is invoice INV-2024-0153 for", f"SELECT a.company_name {IA} WHERE i.invoice_no = 'INV-2024-0153'"),
         ("amount?", "SELECT total_usd FROM invoices WHERE invoice_no = 'INV-2024-0153'"),
         ("status?", "SELECT status FROM invoices WHERE invoice_no = 'INV-2024-0153'"),
         ("what other invoices do they have from 2024",
          "SELECT invoice_no FROM invoices WHERE issued_on LIKE '2024%' AND invoice_no <> 'INV-2024-0153' AND account_id = "
          "(SELECT account_id FROM invoices WHERE invoice_no = 'INV-2024-0153')",
          ["SELECT invoice_no FROM invoices WHERE issued_on LIKE '2024%' AND account_id = "
           "(SELECT account_id FROM invoices WHERE invoice_no = 'INV-2024-0153')"])),
    conv("saas-8",
         ("total revenue 2024 vs 2023",
          "SELECT strftime('%Y', issued_on) AS y, SUM(total_usd) FROM invoices "
          "WHERE issued_on >= '2023-01-01' AND issued_on < '2025-01-01' GROUP BY y"),
         ("growth in %", G_ALL, G_ALL_ACC),
         ("same but only the enterprise plan", G_ENT, G_ENT_ACC)),
    conv("saas-9",
         ("which plans are billed annually", "SELECT plan_name FROM plans WHERE billing_period = 'annual'"),
         ("cheapest per seat among them",
          "SELECT plan_name FROM plans WHERE billing_period = 'annual' ORDER BY list_price LIMIT 1"),
         ("how many accounts are on it right now", f"SELECT COUNT(DISTINCT s.account_id) {CUR_TEAMY} AND s.status = 'active'",
          [f"SELECT COUNT(DISTINCT s.account_id) {CUR_TEAMY} AND s.status <> 'cancelled'",
           f"SELECT COUNT(DISTINCT s.account_id) {CUR_TEAMY} AND s.status IN ('active', 'past_due')"])),
    conv("saas-10",
         ("accounts that signed up in 2024", "SELECT company_name FROM accounts WHERE created_at LIKE '2024%'"),
         ("their contact emails", D),
         ("which of them opened an urgent ticket",
          f"SELECT DISTINCT a.company_name FROM accounts a JOIN support_tickets t ON t.account_id = a.account_id "
          f"WHERE t.priority = 'urgent' AND a.account_id IN ({SIGNED24})"),
         ("NPS for those", D)),
    conv("saas-11",
         ("avg revenue per customer in 2024",
          "SELECT SUM(total_usd) / COUNT(DISTINCT account_id) FROM invoices WHERE issued_on LIKE '2024%'"),
         ("by country",
          f"SELECT a.country, SUM(i.total_usd) / COUNT(DISTINCT i.account_id) {IA} WHERE i.issued_on LIKE '2024%' "
          f"GROUP BY a.country"),
         ("which is highest",
          f"SELECT a.country {IA} WHERE i.issued_on LIKE '2024%' GROUP BY a.country "
          f"ORDER BY SUM(i.total_usd) / COUNT(DISTINCT i.account_id) DESC LIMIT 1")),
    conv("saas-12",
         ("how many invoices got paid late",
          f"SELECT COUNT(*) FROM invoices WHERE {LATE}"),
         ("avg days late", f"SELECT AVG(julianday(paid_on) - julianday(due_on)) FROM invoices WHERE {LATE}"),
         ("which account has the most late ones", LATE_ACC),
         ("what's their credit limit", D)),
]

# ------------------------------------------------------------------------------------------ clinic
AD = "FROM Appointments a JOIN Clinicians c ON c.ClinicianID = a.ClinicianID"
ADD = f"{AD} JOIN Departments d ON d.DepartmentID = c.DepartmentID"
NS_RATE = pct("SUM(a.Status = 'No-show')", "COUNT(*)")
BUSY_W = "a.ScheduledStart LIKE '2025-03%'"
BUSY = f"SELECT c.FullName {AD} WHERE {BUSY_W} GROUP BY c.ClinicianID ORDER BY COUNT(*) DESC LIMIT 1"
BUSY_C = (f"SELECT c.FullName {AD} WHERE {BUSY_W} AND a.Status = 'Completed' GROUP BY c.ClinicianID "
          f"ORDER BY COUNT(*) DESC LIMIT 1")
BUSY_ID = (f"SELECT a.ClinicianID FROM Appointments a WHERE {BUSY_W} GROUP BY a.ClinicianID "
           f"ORDER BY COUNT(*) DESC LIMIT 1")
Q2_25 = "a.ScheduledStart >= '2025-04-01' AND a.ScheduledStart < '2025-07-01'"
Q2_24 = "a.ScheduledStart >= '2024-04-01' AND a.ScheduledStart < '2024-07-01'"
LEAD = "julianday(date(ScheduledStart)) - julianday(BookedOn)"
LEAD_T = "julianday(ScheduledStart) - julianday(BookedOn)"
CARD_CX = (f"SELECT c.FullName {ADD} WHERE d.DepartmentName = 'Cardiology' AND a.ScheduledStart LIKE '2025%' "
           f"AND a.Status = 'Cancelled' GROUP BY c.ClinicianID ORDER BY COUNT(*) DESC LIMIT 1")
BLDB = "SELECT DepartmentID FROM Departments WHERE Building = 'B'"
REG_W = "c.Grade = 'Registrar' AND a.Status = 'Completed' AND a.ScheduledStart LIKE '2025%'"
REG_TOP = f"SELECT c.FullName {AD} WHERE {REG_W} GROUP BY c.ClinicianID ORDER BY SUM(a.DurationMin) DESC LIMIT 1"
REG_TOP_ID = f"SELECT c.ClinicianID {AD} WHERE {REG_W} GROUP BY c.ClinicianID ORDER BY SUM(a.DurationMin) DESC LIMIT 1"
REG25 = "SELECT PatientID FROM Patients WHERE RegisteredOn LIKE '2025%'"
TELE = pct("SUM(Type = 'Telehealth')", "COUNT(*)")

CLINIC = [
    conv("clinic-1",
         ("appointments per department 2025",
          f"SELECT d.DepartmentName, COUNT(*) {ADD} WHERE a.ScheduledStart LIKE '2025%' GROUP BY d.DepartmentName"),
         ("no-shows only",
          f"SELECT d.DepartmentName, COUNT(*) {ADD} WHERE a.ScheduledStart LIKE '2025%' AND a.Status = 'No-show' "
          f"GROUP BY d.DepartmentName"),
         ("as a % of all",
          f"SELECT d.DepartmentName, {NS_RATE[0]} {ADD} WHERE a.ScheduledStart LIKE '2025%' GROUP BY d.DepartmentName",
          [f"SELECT d.DepartmentName, {NS_RATE[1]} {ADD} WHERE a.ScheduledStart LIKE '2025%' "
           f"GROUP BY d.DepartmentName"]),
         ("worst one?",
          f"SELECT d.DepartmentName {ADD} WHERE a.ScheduledStart LIKE '2025%' GROUP BY d.DepartmentName "
          f"ORDER BY {NS_RATE[0]} DESC LIMIT 1")),
    conv("clinic-2",
         ("busiest clinician march 2025", BUSY, [BUSY_C]),
         ("how many of theirs were telehealth",
          f"SELECT COUNT(*) FROM Appointments a WHERE {BUSY_W} AND a.Type = 'Telehealth' AND a.ClinicianID = ({BUSY_ID})"),
         ("avg duration for them",
          f"SELECT AVG(a.DurationMin) FROM Appointments a WHERE {BUSY_W} AND a.ClinicianID = ({BUSY_ID})",
          [f"SELECT AVG(a.DurationMin) FROM Appointments a WHERE a.ClinicianID = ({BUSY_ID})"]),
         ("their home address", D)),
    conv("clinic-3",
         ("patients by payer", "SELECT Payer, COUNT(*) FROM Patients GROUP BY Payer"),
         ("self-pay born before 1960, how many",
          "SELECT COUNT(*) FROM Patients WHERE Payer = 'Self-pay' AND BirthYear < 1960"),
         ("list their MRNs", "SELECT MRN FROM Patients WHERE Payer = 'Self-pay' AND BirthYear < 1960"),
         ("and phone numbers", D)),
    conv("clinic-4",
         ("revenue by appointment type 2025",
          "SELECT Type, SUM(Fee) FROM Appointments a WHERE a.ScheduledStart LIKE '2025%' GROUP BY Type"),
         ("same for Q2", f"SELECT Type, SUM(Fee) FROM Appointments a WHERE {Q2_25} GROUP BY Type"),
         ("what about Q2 2024", f"SELECT Type, SUM(Fee) FROM Appointments a WHERE {Q2_24} GROUP BY Type"),
         ("total difference between the two",
          f"SELECT (SELECT SUM(Fee) FROM Appointments a WHERE {Q2_25}) - (SELECT SUM(Fee) FROM Appointments a WHERE {Q2_24})",
          [f"SELECT (SELECT SUM(Fee) FROM Appointments a WHERE {Q2_24}) - "
           f"(SELECT SUM(Fee) FROM Appointments a WHERE {Q2_25})"])),
    conv("clinic-5",
         ("how far ahead do people book on avg", f"SELECT AVG({LEAD}) FROM Appointments",
          [f"SELECT AVG({LEAD_T}) FROM Appointments"]),
         ("by type", f"SELECT Type, AVG({LEAD}) FROM Appointments GROUP BY Type",
          [f"SELECT Type, AVG({LEAD_T}) FROM Appointments GROUP BY Type"]),
         ("longest lead time - which appointment",
          f"SELECT AppointmentID FROM Appointments ORDER BY {LEAD} DESC LIMIT 1"),
         ("what will it be next year", D)),
    conv("clinic-6",
         ("Status breakdown 2025",
          "SELECT Status, COUNT(*) FROM Appointments WHERE ScheduledStart LIKE '2025%' GROUP BY Status"),
         ("cardiology only",
          f"SELECT a.Status, COUNT(*) {ADD} WHERE a.ScheduledStart LIKE '2025%' AND d.DepartmentName = 'Cardiology' "
          f"GROUP BY a.Status"),
         ("which cardiology clinician has the most cancellations", CARD_CX),
         ("why do patients cancel with them", D)),
    conv("clinic-7",
         ("depts in building B", "SELECT DepartmentName FROM Departments WHERE Building = 'B'"),
         ("clinicians in those", f"SELECT FullName FROM Clinicians WHERE DepartmentID IN ({BLDB})"),
         ("who started most recently",
          f"SELECT FullName FROM Clinicians WHERE DepartmentID IN ({BLDB}) ORDER BY StartDate DESC LIMIT 1"),
         ("their salary", D)),
    conv("clinic-8",
         ("hours of completed appts by grade, 2025",
          f"SELECT c.Grade, SUM(a.DurationMin) / 60.0 {AD} WHERE a.Status = 'Completed' AND a.ScheduledStart LIKE '2025%' "
          f"GROUP BY c.Grade",
          [f"SELECT c.Grade, SUM(a.DurationMin) {AD} WHERE a.Status = 'Completed' AND a.ScheduledStart LIKE '2025%' "
           f"GROUP BY c.Grade"]),
         ("which registrar did the most", REG_TOP),
         ("how many patients did they see",
          f"SELECT COUNT(DISTINCT a.PatientID) FROM Appointments a WHERE a.Status = 'Completed' "
          f"AND a.ScheduledStart LIKE '2025%' AND a.ClinicianID = ({REG_TOP_ID})",
          [f"SELECT COUNT(*) FROM Appointments a WHERE a.Status = 'Completed' "
           f"AND a.ScheduledStart LIKE '2025%' AND a.ClinicianID = ({REG_TOP_ID})"])),
    conv("clinic-9",
         ("new patients per year",
          "SELECT strftime('%Y', RegisteredOn) AS y, COUNT(*) FROM Patients GROUP BY y"),
         ("2025 by month",
          "SELECT strftime('%m', RegisteredOn) AS m, COUNT(*) FROM Patients WHERE RegisteredOn LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', RegisteredOn) AS m, COUNT(*) FROM Patients WHERE RegisteredOn LIKE '2025%' "
           "GROUP BY m"]),
         ("how many of the 2025 ones have had an appointment",
          f"SELECT COUNT(DISTINCT PatientID) FROM Appointments WHERE PatientID IN ({REG25})",
          [f"SELECT COUNT(DISTINCT PatientID) FROM Appointments WHERE Status = 'Completed' AND PatientID IN ({REG25})"]),
         ("main diagnosis for them", D)),
    conv("clinic-10",
         ("avg fee for a new patient visit", "SELECT AVG(Fee) FROM Appointments WHERE Type = 'New'"),
         ("by department",
          f"SELECT d.DepartmentName, AVG(a.Fee) {ADD} WHERE a.Type = 'New' GROUP BY d.DepartmentName"),
         ("total billed to private payers in 2025",
          "SELECT SUM(a.Fee) FROM Appointments a JOIN Patients p ON p.PatientID = a.PatientID "
          "WHERE p.Payer = 'Private' AND a.ScheduledStart LIKE '2025%'"),
         ("how much did the insurers actually reimburse", D)),
    conv("clinic-11",
         ("telehealth share by month 2025",
          f"SELECT strftime('%m', ScheduledStart) AS m, {TELE[0]} FROM Appointments WHERE ScheduledStart LIKE '2025%' "
          f"GROUP BY m",
          [f"SELECT strftime('%m', ScheduledStart) AS m, {TELE[1]} FROM Appointments "
           f"WHERE ScheduledStart LIKE '2025%' GROUP BY m"]),
         ("just completed ones",
          f"SELECT strftime('%m', ScheduledStart) AS m, {TELE[0]} FROM Appointments WHERE ScheduledStart LIKE '2025%' "
          f"AND Status = 'Completed' GROUP BY m",
          [f"SELECT strftime('%m', ScheduledStart) AS m, {TELE[1]} FROM Appointments "
           f"WHERE ScheduledStart LIKE '2025%' AND Status = 'Completed' GROUP BY m"]),
         ("which month was highest",
          f"SELECT strftime('%m', ScheduledStart) AS m FROM Appointments WHERE ScheduledStart LIKE '2025%' "
          f"AND Status = 'Completed' GROUP BY m ORDER BY {TELE[0]} DESC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ freight
SC = "FROM shipments s JOIN clients c ON c.clientId = s.clientId"
ST = "FROM shipments s JOIN trucks t ON t.truckId = s.truckId"
SDR = "FROM shipments s JOIN drivers d ON d.driverId = s.driverId"
SDP = "FROM shipments s JOIN depots p ON p.depotId = s.originDepotId"
MARGIN = "SUM(s.freightCharge - s.fuelCost)"
KM_TOP = (f"SELECT t.plate {ST} WHERE s.pickupDate LIKE '2024%' GROUP BY t.truckId "
          f"ORDER BY SUM(s.distanceKm) DESC LIMIT 1")
KM_TOP_ID = ("SELECT truckId FROM shipments WHERE pickupDate LIKE '2024%' GROUP BY truckId "
             "ORDER BY SUM(distanceKm) DESC LIMIT 1")
DAYS = "julianday(s.deliveredDate) - julianday(s.pickupDate)"
LEEDS_DR = "SELECT d.driverId FROM drivers d JOIN depots p ON p.depotId = d.depotId WHERE p.city = 'Leeds'"
Q4 = "s.pickupDate >= '2024-10-01' AND s.pickupDate < '2025-01-01'"
HAUL = (f"SELECT d.firstName, d.lastName {SDR} WHERE {Q4} AND s.driverId IN ({LEEDS_DR}) GROUP BY d.driverId "
        f"ORDER BY SUM(s.weightKg) DESC LIMIT 1")
HAUL_ID = (f"SELECT s.driverId FROM shipments s WHERE {Q4} AND s.driverId IN ({LEEDS_DR}) GROUP BY s.driverId "
           f"ORDER BY SUM(s.weightKg) DESC LIMIT 1")
OLD = "SELECT plate FROM trucks ORDER BY yearBuilt LIMIT 1"
GLA = "s.type = 'refrigerated' AND s.destCity = 'Glasgow'"
DLY = pct("SUM(s.status = 'delayed')", "COUNT(*)")
HZ = "s.type = 'hazmat' AND s.pickupDate LIKE '2024%'"


def monthly(year: str, more: str = "") -> str:
    return f"SELECT strftime('%m', pickupDate) AS m, COUNT(*){more} FROM shipments WHERE pickupDate LIKE '{year}%' GROUP BY m"


def heaviest(year: str) -> str:
    return (f"SELECT strftime('%m', pickupDate) AS m FROM shipments WHERE pickupDate LIKE '{year}%' GROUP BY m "
            f"ORDER BY SUM(weightKg) DESC LIMIT 1")


FREIGHT = [
    conv("freight-1",
         ("shipments per month 2024", monthly("2024"), [monthly("2024").replace("'%m'", "'%Y-%m'")]),
         ("with weight too", monthly("2024", ", SUM(weightKg)"),
          [monthly("2024", ", SUM(weightKg)").replace("'%m'", "'%Y-%m'")]),
         ("heaviest month", heaviest("2024"), [heaviest("2024").replace("'%m'", "'%Y-%m'")]),
         ("same for 2023", heaviest("2023"), [heaviest("2023").replace("'%m'", "'%Y-%m'")])),
    conv("freight-2",
         ("revenue by client sector", f"SELECT c.sector, SUM(s.freightCharge) {SC} GROUP BY c.sector"),
         ("margin?", f"SELECT c.sector, {MARGIN} {SC} GROUP BY c.sector",
          [f"SELECT c.sector, 100.0 * {MARGIN} / SUM(s.freightCharge) {SC} GROUP BY c.sector",
           f"SELECT c.sector, 1.0 * {MARGIN} / SUM(s.freightCharge) {SC} GROUP BY c.sector"]),
         ("top 5 clients by margin",
          f"SELECT c.clientName, {MARGIN} AS mg {SC} GROUP BY c.clientId ORDER BY mg DESC LIMIT 5"),
         ("exclude lost shipments",
          f"SELECT c.clientName, {MARGIN} AS mg {SC} WHERE s.status <> 'lost' GROUP BY c.clientId "
          f"ORDER BY mg DESC LIMIT 5")),
    conv("freight-3",
         ("which truck did the most km in 2024", KM_TOP),
         ("fuel cost on it that year",
          f"SELECT SUM(fuelCost) FROM shipments WHERE pickupDate LIKE '2024%' AND truckId = ({KM_TOP_ID})"),
         ("cost per km",
          f"SELECT SUM(fuelCost) / SUM(distanceKm) FROM shipments WHERE pickupDate LIKE '2024%' AND truckId = ({KM_TOP_ID})"),
         ("when is its next MOT due", D)),
    conv("freight-4",
         ("avg delivery time by type",
          f"SELECT s.type, AVG({DAYS}) FROM shipments s WHERE s.deliveredDate IS NOT NULL GROUP BY s.type"),
         ("express only, by destination",
          f"SELECT s.destCity, AVG({DAYS}) FROM shipments s WHERE s.deliveredDate IS NOT NULL AND s.type = 'express' "
          f"GROUP BY s.destCity"),
         ("slowest?",
          f"SELECT s.destCity FROM shipments s WHERE s.deliveredDate IS NOT NULL AND s.type = 'express' "
          f"GROUP BY s.destCity ORDER BY AVG({DAYS}) DESC LIMIT 1"),
         ("will that improve next month", D)),
    conv("freight-5",
         ("drivers based in Leeds",
          "SELECT d.firstName, d.lastName FROM drivers d JOIN depots p ON p.depotId = d.depotId WHERE p.city = 'Leeds'"),
         ("which of them hauled the most weight in Q4 2024", HAUL),
         ("how many shipments was that",
          f"SELECT COUNT(*) FROM shipments s WHERE {Q4} AND s.driverId = ({HAUL_ID})"),
         ("their overtime pay", D)),
    conv("freight-6",
         ("lost shipments - tracking numbers", "SELECT trackingNo FROM shipments WHERE status = 'lost'"),
         ("total charge on them", "SELECT SUM(freightCharge) FROM shipments WHERE status = 'lost'"),
         ("which client had the most lost",
          f"SELECT c.clientName {SC} WHERE s.status = 'lost' GROUP BY c.clientId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("has the insurer paid out on them", D)),
    conv("freight-7",
         ("trucks by make", "SELECT make, COUNT(*) FROM trucks GROUP BY make"),
         ("avg capacity per make", "SELECT make, AVG(capacityKg) FROM trucks GROUP BY make"),
         ("oldest truck", OLD),
         ("which depot is it at",
          f"SELECT p.depotCode, p.city FROM trucks t JOIN depots p ON p.depotId = t.depotId WHERE t.plate = ({OLD})")),
    conv("freight-8",
         ("refrigerated shipments to glasgow in 2024",
          f"SELECT COUNT(*) FROM shipments s WHERE {GLA} AND s.pickupDate LIKE '2024%'"),
         ("avg weight", f"SELECT AVG(s.weightKg) FROM shipments s WHERE {GLA} AND s.pickupDate LIKE '2024%'"),
         ("vs 2023",
          f"SELECT strftime('%Y', s.pickupDate) AS y, AVG(s.weightKg) FROM shipments s WHERE {GLA} "
          f"AND s.pickupDate < '2025-01-01' GROUP BY y",
          [f"SELECT AVG(s.weightKg) FROM shipments s WHERE {GLA} AND s.pickupDate LIKE '2023%'"]),
         ("CO2 emissions for those", D)),
    conv("freight-9",
         ("delayed shipments by origin depot",
          f"SELECT p.city, COUNT(*) {SDP} WHERE s.status = 'delayed' GROUP BY p.city"),
         ("as a share of each depot's shipments", f"SELECT p.city, {DLY[0]} {SDP} GROUP BY p.city",
          [f"SELECT p.city, {DLY[1]} {SDP} GROUP BY p.city"]),
         ("which driver has the most delays overall",
          f"SELECT d.firstName, d.lastName {SDR} WHERE s.status = 'delayed' GROUP BY d.driverId "
          f"ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("freight-10",
         ("avg revenue per kg by type",
          "SELECT type, SUM(freightCharge) / SUM(weightKg) FROM shipments GROUP BY type",
          ["SELECT type, AVG(freightCharge / weightKg) FROM shipments GROUP BY type"]),
         ("hazmat in 2024 - how many and total revenue",
          f"SELECT COUNT(*), SUM(s.freightCharge) FROM shipments s WHERE {HZ}"),
         ("which drivers are certified for hazmat", D),
         ("top 3 clients for hazmat 2024",
          f"SELECT c.clientName, SUM(s.freightCharge) AS r {SC} WHERE {HZ} GROUP BY c.clientId ORDER BY r DESC LIMIT 3")),
]

SETS = {"saas": SAAS, "clinic": CLINIC, "freight": FREIGHT}
