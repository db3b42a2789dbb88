"""Held-out conversations heldout55, written as a property manager and her assistant would ask them,
before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold the
answer (the round must be declined). "Now" in the data is late November 2026."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ lettings
RUN = "SELECT property_id FROM tenancies WHERE end_date IS NULL"
EMPTY_IDS = f"SELECT property_id FROM properties WHERE property_id NOT IN ({RUN})"
LONGEST_EMPTY = (f"SELECT property_id FROM tenancies WHERE property_id IN ({EMPTY_IDS}) GROUP BY property_id "
                 "ORDER BY MAX(end_date) LIMIT 1")
LAST_T = f"SELECT tenancy_id FROM tenancies WHERE property_id = ({LONGEST_EMPTY}) ORDER BY end_date DESC LIMIT 1"
PAY = ("FROM rent_payments r JOIN tenancies t ON t.tenancy_id = r.tenancy_id "
       "JOIN tenants tn ON tn.tenant_id = t.tenant_id")
OWED = f"SELECT tn.tenant_id, tn.full_name, SUM(r.amount_due - r.amount_paid) AS owed {PAY} GROUP BY tn.tenant_id"
TOP_OWER = f"SELECT tenant_id FROM ({OWED}) ORDER BY owed DESC LIMIT 1"
REN = ("FROM tenancies a JOIN tenancies b ON b.property_id = a.property_id AND b.tenant_id = a.tenant_id "
       "AND b.start_date = date(a.end_date, '+1 day') JOIN properties p ON p.property_id = a.property_id")
TJ = "FROM tenancies t JOIN properties p ON p.property_id = t.property_id"


def gaps(addr: str) -> tuple[str, list[str]]:
    """Days a property stood empty between tenancies: the total (reference) and its readings."""
    lag = (f"SELECT julianday(start_date) - julianday(LAG(end_date) OVER (ORDER BY start_date)) AS d "
           f"FROM tenancies WHERE property_id = (SELECT property_id FROM properties WHERE address = '{addr}')")
    return (f"SELECT SUM(d - 1) FROM ({lag}) WHERE d > 1",
            [f"SELECT SUM(d) FROM ({lag}) WHERE d > 1", f"SELECT d - 1 FROM ({lag}) WHERE d > 1",
             f"SELECT d FROM ({lag}) WHERE d > 1"])


G4, G4A = gaps("Flat 4, Quayside Court")
G2, G2A = gaps("Flat 2, Quayside Court")
FIN_DAYS = "julianday(t.end_date) - julianday(t.start_date)"
NOW_DAYS = "julianday(COALESCE(t.end_date, date('now'))) - julianday(t.start_date)"
LATE25 = f"{PAY} WHERE r.due_date LIKE '2025%' AND r.paid_date > r.due_date"
LATE25P = f"{PAY} WHERE r.paid_date LIKE '2025%' AND r.paid_date > r.due_date"
H3 = "SELECT property_id FROM properties WHERE property_type = 'House' AND bedrooms = 3"
AREA_AVG = f"SELECT p.area, AVG({FIN_DAYS}) AS avg_days {TJ} WHERE t.end_date IS NOT NULL GROUP BY p.area"
TOP_AREA = "SELECT area FROM (" + AREA_AVG + ") ORDER BY avg_days DESC LIMIT 1"
LL_RENT = ("SELECT l.landlord_id, l.name, SUM(t.rent_pcm) AS roll FROM tenancies t JOIN properties p "
           "ON p.property_id = t.property_id JOIN landlords l ON l.landlord_id = p.landlord_id "
           "WHERE t.end_date IS NULL GROUP BY l.landlord_id")
REN_UP = f"SELECT p.address, a.rent_pcm AS old_rent, b.rent_pcm AS new_rent {REN} WHERE b.rent_pcm > a.rent_pcm"
REN_ALL = f"SELECT p.address, a.rent_pcm AS old_rent, b.rent_pcm AS new_rent {REN}"

LETTINGS = [
    conv("let-1",
         ("Which of our properties are empty right now?",
          f"SELECT address FROM properties WHERE property_id IN ({EMPTY_IDS})"),
         ("how many bedrooms is that in total?",
          f"SELECT SUM(bedrooms) FROM properties WHERE property_id IN ({EMPTY_IDS})"),
         ("which one has been sitting empty the longest?",
          f"SELECT address FROM properties WHERE property_id = ({LONGEST_EMPTY})"),
         ("who was the last tenant there?",
          f"SELECT tn.full_name FROM tenants tn JOIN tenancies t ON t.tenant_id = tn.tenant_id "
          f"WHERE t.tenancy_id = ({LAST_T})"),
         ("Is it listed on Rightmove yet?", D)),
    conv("let-2",
         ("What's our rent roll per month at the moment?",
          "SELECT SUM(rent_pcm) FROM tenancies WHERE end_date IS NULL"),
         ("break that down by area",
          f"SELECT p.area, SUM(t.rent_pcm) {TJ} WHERE t.end_date IS NULL GROUP BY p.area"),
         ("and by landlord instead", "SELECT name, roll FROM (" + LL_RENT + ")"),
         ("what will the rent roll be this time next year?", D)),
    conv("let-3",
         ("Which tenants are in arrears?",
          f"SELECT DISTINCT tn.full_name {PAY} WHERE r.amount_paid < r.amount_due"),
         ("how much does each of them owe?", f"SELECT full_name, owed FROM ({OWED}) WHERE owed > 0"),
         ("who owes the most, and for which property?",
          f"SELECT tn.full_name, p.address FROM tenants tn JOIN tenancies t ON t.tenant_id = tn.tenant_id "
          f"JOIN properties p ON p.property_id = t.property_id WHERE tn.tenant_id = ({TOP_OWER}) "
          "AND t.end_date IS NULL"),
         ("when did they last pay anything?",
          f"SELECT MAX(r.paid_date) {PAY} WHERE tn.tenant_id = ({TOP_OWER}) AND r.amount_paid > 0"),
         ("have we served them a section 8 notice?", D)),
    conv("let-4",
         ("How long was Flat 4 Quayside Court empty between tenancies?", G4, G4A),
         ("and Flat 2?", G2, G2A),
         ("what's the rent there now?",
          f"SELECT t.rent_pcm {TJ} WHERE p.address = 'Flat 2, Quayside Court' AND t.end_date IS NULL"),
         ("who's the tenant?",
          f"SELECT tn.full_name {TJ} JOIN tenants tn ON tn.tenant_id = t.tenant_id "
          "WHERE p.address = 'Flat 2, Quayside Court' AND t.end_date IS NULL")),
    conv("let-5",
         ("On average, how many days does a tenancy last?",
          f"SELECT AVG({FIN_DAYS}) FROM tenancies t WHERE t.end_date IS NOT NULL",
          [f"SELECT AVG({FIN_DAYS} + 1) FROM tenancies t WHERE t.end_date IS NOT NULL",
           f"SELECT AVG({NOW_DAYS}) FROM tenancies t"]),
         ("and for houses compared with flats?",
          f"SELECT p.property_type, AVG({FIN_DAYS}) {TJ} WHERE t.end_date IS NOT NULL "
          "AND p.property_type IN ('House', 'Flat') GROUP BY p.property_type",
          [f"SELECT p.property_type, AVG({FIN_DAYS}) {TJ} WHERE t.end_date IS NOT NULL GROUP BY p.property_type",
           f"SELECT p.property_type, AVG({FIN_DAYS} + 1) {TJ} WHERE t.end_date IS NOT NULL "
           "AND p.property_type IN ('House', 'Flat') GROUP BY p.property_type"]),
         ("which area has the longest tenancies?", TOP_AREA)),
    conv("let-6",
         ("Show me the rent increases we got at renewal", REN_UP,
          [f"SELECT p.address, b.rent_pcm - a.rent_pcm {REN} WHERE b.rent_pcm > a.rent_pcm", REN_ALL,
           f"SELECT p.address, b.rent_pcm - a.rent_pcm {REN}"]),
         ("what's the average increase in percent?",
          f"SELECT AVG((b.rent_pcm - a.rent_pcm) * 100.0 / a.rent_pcm) {REN} WHERE b.rent_pcm > a.rent_pcm",
          [f"SELECT AVG((b.rent_pcm - a.rent_pcm) * 100.0 / a.rent_pcm) {REN}",
           f"SELECT AVG((b.rent_pcm - a.rent_pcm) / a.rent_pcm) {REN} WHERE b.rent_pcm > a.rent_pcm",
           f"SELECT AVG((b.rent_pcm - a.rent_pcm) / a.rent_pcm) {REN}"]),
         ("which renewal had the biggest rise?",
          f"SELECT p.address {REN} ORDER BY b.rent_pcm - a.rent_pcm DESC LIMIT 1",
          [f"SELECT p.address {REN} ORDER BY (b.rent_pcm - a.rent_pcm) / a.rent_pcm DESC LIMIT 1"]),
         ("how many renewals kept the rent the same?", f"SELECT COUNT(*) {REN} WHERE b.rent_pcm = a.rent_pcm")),
    conv("let-7",
         ("How much rent did we collect in 2024?",
          "SELECT SUM(amount_paid) FROM rent_payments WHERE paid_date LIKE '2024%'",
          ["SELECT SUM(amount_paid) FROM rent_payments WHERE due_date LIKE '2024%'"]),
         ("month by month please",
          "SELECT strftime('%m', paid_date) AS m, SUM(amount_paid) FROM rent_payments WHERE paid_date LIKE '2024%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', paid_date) AS m, SUM(amount_paid) FROM rent_payments "
           "WHERE paid_date LIKE '2024%' GROUP BY m",
           "SELECT strftime('%m', due_date) AS m, SUM(amount_paid) FROM rent_payments WHERE due_date LIKE '2024%' "
           "GROUP BY m",
           "SELECT strftime('%Y-%m', due_date) AS m, SUM(amount_paid) FROM rent_payments "
           "WHERE due_date LIKE '2024%' GROUP BY m"]),
         ("now the same for 2025",
          "SELECT strftime('%m', paid_date) AS m, SUM(amount_paid) FROM rent_payments WHERE paid_date LIKE '2025%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', paid_date) AS m, SUM(amount_paid) FROM rent_payments "
           "WHERE paid_date LIKE '2025%' GROUP BY m",
           "SELECT strftime('%m', due_date) AS m, SUM(amount_paid) FROM rent_payments WHERE due_date LIKE '2025%' "
           "GROUP BY m",
           "SELECT strftime('%Y-%m', due_date) AS m, SUM(amount_paid) FROM rent_payments "
           "WHERE due_date LIKE '2025%' GROUP BY m"]),
         ("which month was the weakest?",
          "SELECT strftime('%m', paid_date) AS m FROM rent_payments WHERE paid_date LIKE '2025%' "
          "GROUP BY m ORDER BY SUM(amount_paid) LIMIT 1",
          ["SELECT strftime('%Y-%m', paid_date) AS m FROM rent_payments WHERE paid_date LIKE '2025%' "
           "GROUP BY m ORDER BY SUM(amount_paid) LIMIT 1",
           "SELECT strftime('%m', due_date) AS m FROM rent_payments WHERE due_date LIKE '2025%' "
           "GROUP BY m ORDER BY SUM(amount_paid) LIMIT 1",
           "SELECT strftime('%Y-%m', due_date) AS m FROM rent_payments WHERE due_date LIKE '2025%' "
           "GROUP BY m ORDER BY SUM(amount_paid) LIMIT 1"])),
    conv("let-8",
         ("How many properties does each landlord have with us?",
          "SELECT l.name, COUNT(*) FROM properties p JOIN landlords l ON l.landlord_id = p.landlord_id "
          "GROUP BY l.landlord_id"),
         ("whose properties bring in the most rent each month right now?",
          "SELECT name FROM (" + LL_RENT + ") ORDER BY roll DESC LIMIT 1"),
         ("what's their email address?",
          "SELECT email FROM landlords WHERE landlord_id = (SELECT landlord_id FROM (" + LL_RENT +
          ") ORDER BY roll DESC LIMIT 1)"),
         ("and how much management fee do we take from them?", D)),
    conv("let-9",
         ("How many rent payments came in late in 2025?", f"SELECT COUNT(*) {LATE25}",
          [f"SELECT COUNT(*) {LATE25P}"]),
         ("which tenant was late most often that year?",
          f"SELECT tn.full_name {LATE25} GROUP BY tn.tenant_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("on average how many days late were they?",
          f"SELECT AVG(julianday(r.paid_date) - julianday(r.due_date)) {LATE25} AND tn.full_name = 'Farid Gill'"),
         ("does their tenancy have a guarantor?", D)),
    conv("let-10",
         ("List the three-bedroom houses", "SELECT address FROM properties WHERE property_type = 'House' AND bedrooms = 3"),
         ("which of them are let at the moment, and at what rent?",
          f"SELECT p.address, t.rent_pcm {TJ} WHERE t.end_date IS NULL AND t.property_id IN ({H3})"),
         ("who lives in the cheapest one?",
          f"SELECT tn.full_name {TJ} JOIN tenants tn ON tn.tenant_id = t.tenant_id WHERE t.end_date IS NULL "
          f"AND t.property_id IN ({H3}) ORDER BY t.rent_pcm LIMIT 1"),
         ("do any of them have a garden?", D)),
    conv("let-12",
         ("When did Imogen Owen's tenancy start?",
          "SELECT t.start_date FROM tenancies t JOIN tenants tn ON tn.tenant_id = t.tenant_id "
          "WHERE tn.full_name = 'Imogen Owen'"),
         ("how much has she paid us altogether?",
          f"SELECT SUM(r.amount_paid) {PAY} WHERE tn.full_name = 'Imogen Owen'"),
         ("how many of her payments were late?",
          f"SELECT COUNT(*) {PAY} WHERE tn.full_name = 'Imogen Owen' AND r.paid_date > r.due_date"),
         ("what's her date of birth?", D)),
    conv("let-13",
         ("Which of our properties have an EPC rating below C?", D),
         ("How many properties do we manage in each area?", "SELECT area, COUNT(*) FROM properties GROUP BY area"),
         ("and what percentage of them are let right now?",
          f"SELECT area, 100.0 * SUM(property_id IN ({RUN})) / COUNT(*) FROM properties GROUP BY area",
          [f"SELECT area, 1.0 * SUM(property_id IN ({RUN})) / COUNT(*) FROM properties GROUP BY area"]),
         ("why are the empty ones not letting?", D)),
]


# ------------------------------------------------------------------------------------------ student flats
SIGNED = "SELECT room_id FROM contracts WHERE academic_year = '{}' AND status = 'signed'"
EMPTY_NOW = f"SELECT room_id FROM rooms WHERE room_id NOT IN ({SIGNED.format('2026/27')})"
OPEN30 = "resolved_on IS NULL AND reported_on <= '2026-10-28'"
MR = "FROM maintenance_requests m JOIN rooms r ON r.room_id = m.room_id"
FIX = "julianday(m.resolved_on) - julianday(m.reported_on)"
CS = "FROM contracts c JOIN students s ON s.student_id = c.student_id"
CR = "FROM contracts c JOIN rooms r ON r.room_id = c.room_id"
VALUE = "SUM(c.weekly_rent * c.weeks)"
RETURNERS = ("SELECT student_id FROM contracts WHERE status = 'signed' GROUP BY student_id "
             "HAVING COUNT(DISTINCT academic_year) > 1")
B24 = ("SELECT c.student_id FROM contracts c JOIN rooms r ON r.room_id = c.room_id WHERE r.room_ref = 'B2-4' "
       "AND c.academic_year = '2026/27' AND c.status = 'signed'")
TOP_FLAT = f"SELECT r.flat_code {MR} GROUP BY r.flat_code ORDER BY COUNT(*) DESC LIMIT 1"
PCT = "100.0 * SUM(status = 'cancelled') / COUNT(*)"

STUDENTFLATS = [
    conv("stu-1",
         ("Which rooms are empty this year?", f"SELECT room_ref FROM rooms WHERE room_id IN ({EMPTY_NOW})"),
         ("how many is that in each block?",
          f"SELECT f.block, COUNT(*) FROM rooms r JOIN flats f ON f.flat_code = r.flat_code "
          f"WHERE r.room_id IN ({EMPTY_NOW}) GROUP BY f.block"),
         ("how much rent a week are we missing out on?",
          f"SELECT SUM(weekly_rate) FROM rooms WHERE room_id IN ({EMPTY_NOW})"),
         ("which of them were empty last year as well?",
          f"SELECT room_ref FROM rooms WHERE room_id IN ({EMPTY_NOW}) AND room_id NOT IN "
          f"({SIGNED.format('2025/26')})")),
    conv("stu-2",
         ("How many students from each university are living here this year?",
          f"SELECT s.university, COUNT(DISTINCT s.student_id) {CS} WHERE c.academic_year = '2026/27' "
          "AND c.status = 'signed' GROUP BY s.university"),
         ("and last year?",
          f"SELECT s.university, COUNT(DISTINCT s.student_id) {CS} WHERE c.academic_year = '2025/26' "
          "AND c.status = 'signed' GROUP BY s.university"),
         ("what courses are this year's Kingsgate students doing?",
          f"SELECT DISTINCT s.course {CS} WHERE c.academic_year = '2026/27' AND c.status = 'signed' "
          "AND s.university = 'Kingsgate University'"),
         ("which of them have asked for an accessible room?", D)),
    conv("stu-3",
         ("Which maintenance requests are still open after 30 days?",
          f"SELECT request_id FROM maintenance_requests WHERE {OPEN30}"),
         ("group them by category",
          f"SELECT category, COUNT(*) FROM maintenance_requests WHERE {OPEN30} GROUP BY category"),
         ("which block has the most of them?",
          f"SELECT f.block {MR} JOIN flats f ON f.flat_code = r.flat_code WHERE m.{OPEN30.replace(' AND ', ' AND m.')} "
          "GROUP BY f.block ORDER BY COUNT(*) DESC LIMIT 1"),
         ("which contractor has the heating ones?", D),
         ("and how many open requests are newer than 30 days?",
          "SELECT COUNT(*) FROM maintenance_requests WHERE resolved_on IS NULL AND reported_on > '2026-10-28'")),
    conv("stu-4",
         ("How long does it take on average to fix a heating problem?",
          f"SELECT AVG({FIX}) FROM maintenance_requests m WHERE m.category = 'Heating'"),
         ("and plumbing?", f"SELECT AVG({FIX}) FROM maintenance_requests m WHERE m.category = 'Plumbing'"),
         ("show me every category, slowest first",
          f"SELECT m.category, AVG({FIX}) AS d FROM maintenance_requests m GROUP BY m.category ORDER BY d DESC"),
         ("how much did all those repairs cost us?", D),
         ("how many heating requests came in during January 2026?",
          "SELECT COUNT(*) FROM maintenance_requests WHERE category = 'Heating' AND reported_on LIKE '2026-01%'")),
    conv("stu-5",
         ("How much rent is contracted for 2026/27?",
          f"SELECT {VALUE} FROM contracts c WHERE c.academic_year = '2026/27' AND c.status = 'signed'"),
         ("and for 2025/26?",
          f"SELECT {VALUE} FROM contracts c WHERE c.academic_year = '2025/26' AND c.status = 'signed'"),
         ("split that by room type",
          f"SELECT r.room_type, {VALUE} {CR} WHERE c.academic_year = '2025/26' AND c.status = 'signed' "
          "GROUP BY r.room_type")),
    conv("stu-6",
         ("What's the average weekly rent per room type this year?",
          f"SELECT r.room_type, AVG(c.weekly_rent) {CR} WHERE c.academic_year = '2026/27' AND c.status = 'signed' "
          "GROUP BY r.room_type",
          ["SELECT room_type, AVG(weekly_rate) FROM rooms GROUP BY room_type"]),
         ("how does that compare with 2023/24?",
          f"SELECT r.room_type, AVG(c.weekly_rent) {CR} WHERE c.academic_year = '2023/24' AND c.status = 'signed' "
          "GROUP BY r.room_type",
          [f"SELECT r.room_type, c.academic_year, AVG(c.weekly_rent) {CR} WHERE c.academic_year IN "
           "('2023/24', '2026/27') AND c.status = 'signed' GROUP BY r.room_type, c.academic_year"]),
         ("which is our most expensive studio?",
          "SELECT room_ref FROM rooms WHERE room_type = 'Studio' ORDER BY weekly_rate DESC LIMIT 1"),
         ("who's living in it?",
          f"SELECT s.first_name, s.last_name {CS} JOIN rooms r ON r.room_id = c.room_id WHERE r.room_ref = 'C2-2' "
          "AND c.academic_year = '2026/27' AND c.status = 'signed'")),
    conv("stu-8",
         ("How many contracts were cancelled in each academic year?",
          "SELECT academic_year, COUNT(*) FROM contracts WHERE status = 'cancelled' GROUP BY academic_year"),
         ("as a percentage of all contracts?",
          f"SELECT academic_year, {PCT} FROM contracts GROUP BY academic_year",
          [f"SELECT academic_year, {PCT} / 100 FROM contracts GROUP BY academic_year"]),
         ("why do students cancel?", D)),
    conv("stu-9",
         ("Who's in room B2-4 this year?",
          f"SELECT s.first_name, s.last_name FROM students s WHERE s.student_id IN ({B24})"),
         ("what are they studying?", f"SELECT course FROM students WHERE student_id IN ({B24})"),
         ("have they reported any problems?",
          f"SELECT request_id FROM maintenance_requests WHERE reported_by IN ({B24})"),
         ("what's their guarantor's phone number?", D)),
    conv("stu-10",
         ("Which flat has had the most maintenance requests?", TOP_FLAT),
         ("break that down by category",
          f"SELECT m.category, COUNT(*) {MR} WHERE r.flat_code = ({TOP_FLAT}) GROUP BY m.category"),
         ("how many are still open?", f"SELECT COUNT(*) {MR} WHERE r.flat_code = ({TOP_FLAT}) AND m.resolved_on IS NULL"),
         ("and how many students live in that flat this year?",
          f"SELECT COUNT(DISTINCT c.student_id) {CR} WHERE r.flat_code = ({TOP_FLAT}) AND c.academic_year = '2026/27' "
          "AND c.status = 'signed'")),
    conv("stu-11",
         ("What's the wifi password for flat C3?", D),
         ("How many rooms are there in each flat?", "SELECT flat_code, COUNT(*) FROM rooms GROUP BY flat_code"),
         ("which flats have an accessible bathroom?", "SELECT flat_code FROM flats WHERE has_accessible_bathroom = 1"),
         ("how many students will apply to live here next year?", D)),
    conv("stu-12",
         ("How many maintenance requests were reported each month in 2025?",
          "SELECT strftime('%m', reported_on) AS m, COUNT(*) FROM maintenance_requests WHERE reported_on LIKE '2025%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', reported_on) AS m, COUNT(*) FROM maintenance_requests "
           "WHERE reported_on LIKE '2025%' GROUP BY m"]),
         ("which month was busiest?",
          "SELECT strftime('%m', reported_on) AS m FROM maintenance_requests WHERE reported_on LIKE '2025%' "
          "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', reported_on) AS m FROM maintenance_requests WHERE reported_on LIKE '2025%' "
           "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("which room has reported the most problems ever?",
          f"SELECT r.room_ref {MR} GROUP BY r.room_ref ORDER BY COUNT(*) DESC LIMIT 1")),
]


# ------------------------------------------------------------------------------------------ commercial


def num(col: str) -> str:
    """A money text such as '£24,500.00' as a number."""
    return f"CAST(REPLACE(REPLACE({col}, '£', ''), ',', '') AS REAL)"


RENT = num("l.AnnualRent")
CUR = "l.StartDate <= '2026-11-27' AND l.EndDate >= '2026-11-27'"
LU = "FROM Leases l JOIN Units u ON u.UnitID = l.UnitID"
LT = "FROM Leases l JOIN Tenants t ON t.TenantID = l.TenantID"
LUT = f"{LU} JOIN Tenants t ON t.TenantID = l.TenantID"
VOID_NOW = "SELECT UnitID FROM VoidPeriods WHERE VoidEnd IS NULL"
VDAYS = "julianday(v.VoidEnd) - julianday(v.VoidStart)"
VU = "FROM VoidPeriods v JOIN Units u ON u.UnitID = v.UnitID"
UNIT10_NEXT = ("SELECT l.LeaseID FROM Leases l JOIN VoidPeriods v ON v.UnitID = l.UnitID "
               "AND l.StartDate = date(v.VoidEnd, '+1 day') JOIN Units u ON u.UnitID = l.UnitID WHERE u.UnitRef = 'Unit 10'")
TOP_TENANT = f"SELECT l.TenantID {LU} WHERE {CUR} ORDER BY {RENT} DESC LIMIT 1"
SC = "FROM ServiceCharges s JOIN Leases l ON l.LeaseID = s.LeaseID JOIN Tenants t ON t.TenantID = l.TenantID"
SCAMT = num("s.Amount")
OWERS = (f"SELECT t.TenantID, t.CompanyName, SUM({SCAMT}) AS owed, COUNT(*) AS n {SC} WHERE s.PaidOn IS NULL "
         "GROUP BY t.TenantID")
TOP_SC = f"SELECT TenantID FROM ({OWERS}) ORDER BY owed DESC LIMIT 1"
YRS = "CAST(strftime('%Y', l.EndDate) AS INTEGER) - CAST(strftime('%Y', l.StartDate) AS INTEGER)"
JD = "julianday(l.EndDate) - julianday(l.StartDate)"


def lease_years(where: str) -> tuple[str, list[str]]:
    w = f" WHERE {where}" if where else ""
    return (f"SELECT AVG({YRS}) {LU}{w}",
            [f"SELECT AVG(({JD}) / 365.25) {LU}{w}", f"SELECT AVG(({JD} + 1) / 365.25) {LU}{w}",
             f"SELECT AVG(({JD}) / 365) {LU}{w}", f"SELECT AVG(({JD} + 1) / 365) {LU}{w}"])


LY, LYA = lease_years("")
LYR, LYRA = lease_years("u.UseClass = 'Retail'")
RENEW = ("FROM Leases a JOIN Leases b ON b.UnitID = a.UnitID AND b.TenantID = a.TenantID "
         "AND b.StartDate = date(a.EndDate, '+1 day') JOIN Tenants t ON t.TenantID = a.TenantID")
OLD, NEW = num("a.AnnualRent"), num("b.AnnualRent")
PSF = f"{RENT} / u.FloorAreaSqFt"
EXP27 = f"SELECT l.LeaseID {LU} WHERE l.EndDate LIKE '2027%'"

COMMERCIAL = [
    conv("com-1",
         ("Which units are empty right now?", f"SELECT UnitRef FROM Units WHERE UnitID IN ({VOID_NOW})"),
         ("how much floor space is that altogether?",
          f"SELECT SUM(FloorAreaSqFt) FROM Units WHERE UnitID IN ({VOID_NOW})"),
         ("what site is each of them on?",
          f"SELECT u.UnitRef, s.SiteName FROM Units u JOIN Sites s ON s.SiteID = u.SiteID "
          f"WHERE u.UnitID IN ({VOID_NOW})"),
         ("what's the asking rent on them?", D),
         ("which one has been empty the longest?",
          f"SELECT u.UnitRef {VU} WHERE v.VoidEnd IS NULL ORDER BY v.VoidStart LIMIT 1")),
    conv("com-2",
         ("How long was Unit 4 empty?", f"SELECT SUM({VDAYS} + 1) {VU} WHERE u.UnitRef = 'Unit 4'",
          [f"SELECT SUM({VDAYS}) {VU} WHERE u.UnitRef = 'Unit 4'"]),
         ("and Unit 10?", f"SELECT SUM({VDAYS} + 1) {VU} WHERE u.UnitRef = 'Unit 10'",
          [f"SELECT SUM({VDAYS}) {VU} WHERE u.UnitRef = 'Unit 10'"]),
         ("who moved into Unit 10 after that?",
          f"SELECT t.CompanyName {LT} WHERE l.LeaseID IN ({UNIT10_NEXT})")),
    conv("com-3",
         ("What's the total annual rent roll across the portfolio?", f"SELECT SUM({RENT}) FROM Leases l WHERE {CUR}"),
         ("and per month?", f"SELECT SUM({RENT}) / 12 FROM Leases l WHERE {CUR}"),
         ("split by site",
          f"SELECT s.SiteName, SUM({RENT}) / 12 {LU} JOIN Sites s ON s.SiteID = u.SiteID WHERE {CUR} "
          "GROUP BY s.SiteName",
          [f"SELECT s.SiteName, SUM({RENT}) {LU} JOIN Sites s ON s.SiteID = u.SiteID WHERE {CUR} "
           "GROUP BY s.SiteName"]),
         ("which tenant pays us the most?", f"SELECT CompanyName FROM Tenants WHERE TenantID = ({TOP_TENANT})"),
         ("and their phone number?", D)),
    conv("com-4",
         ("How much service charge did we invoice in 2025?",
          f"SELECT SUM({SCAMT}) FROM ServiceCharges s WHERE s.InvoiceDate LIKE '2025%'"),
         ("how much of this year's is still unpaid?",
          f"SELECT SUM({SCAMT}) FROM ServiceCharges s WHERE s.InvoiceDate LIKE '2026%' AND s.PaidOn IS NULL"),
         ("which tenants owe us service charge?", f"SELECT CompanyName FROM ({OWERS})"),
         ("who owes the most?", f"SELECT CompanyName FROM ({OWERS}) ORDER BY owed DESC LIMIT 1"),
         ("what's the service charge budget for next year?", D)),
    conv("com-5",
         ("What's the average lease length in years?", LY, LYA),
         ("for retail units only?", LYR, LYRA),
         ("how many leases have a break clause?", "SELECT COUNT(*) FROM Leases WHERE BreakDate IS NOT NULL",
          [f"SELECT COUNT(*) FROM Leases l WHERE l.BreakDate IS NOT NULL AND {CUR}"]),
         ("which ones can break in 2027?",
          f"SELECT u.UnitRef, t.CompanyName {LUT} WHERE l.BreakDate LIKE '2027%'")),
    conv("com-6",
         ("Which tenants renewed their lease, and how did the rent change?",
          f"SELECT t.CompanyName, {OLD}, {NEW} {RENEW}",
          [f"SELECT t.CompanyName, {NEW} - {OLD} {RENEW}", f"SELECT t.CompanyName, a.AnnualRent, b.AnnualRent {RENEW}"]),
         ("as a percentage?", f"SELECT t.CompanyName, ({NEW} - {OLD}) * 100.0 / {OLD} {RENEW}",
          [f"SELECT t.CompanyName, ({NEW} - {OLD}) / {OLD} {RENEW}"]),
         ("did anyone renew at a lower rent?", f"SELECT t.CompanyName {RENEW} WHERE {NEW} < {OLD}"),
         ("will Pinnacle Kitchen renew when their lease runs out?", D)),
    conv("com-7",
         ("Which leases expire in 2027?", f"SELECT u.UnitRef, t.CompanyName, l.EndDate {LUT} WHERE l.EndDate LIKE '2027%'"),
         ("how much rent is that in total?", f"SELECT SUM({RENT}) FROM Leases l WHERE l.EndDate LIKE '2027%'"),
         ("which of those tenants are behind on service charges?",
          f"SELECT DISTINCT t.CompanyName {SC} WHERE s.PaidOn IS NULL AND l.LeaseID IN ({EXP27})"),
         ("how likely are they to renew?", D)),
    conv("com-8",
         ("What's the rent per square foot on each let unit?", f"SELECT u.UnitRef, {PSF} {LU} WHERE {CUR}"),
         ("which is the cheapest?", f"SELECT u.UnitRef {LU} WHERE {CUR} ORDER BY {PSF} LIMIT 1"),
         ("what's the average for industrial units?",
          f"SELECT AVG({PSF}) {LU} WHERE {CUR} AND u.UseClass = 'Industrial'",
          [f"SELECT SUM({RENT}) / SUM(u.FloorAreaSqFt) {LU} WHERE {CUR} AND u.UseClass = 'Industrial'"]),
         ("and offices?", f"SELECT AVG({PSF}) {LU} WHERE {CUR} AND u.UseClass = 'Office'",
          [f"SELECT SUM({RENT}) / SUM(u.FloorAreaSqFt) {LU} WHERE {CUR} AND u.UseClass = 'Office'"])),
    conv("com-9",
         ("How many of our current tenants are in each sector?",
          f"SELECT t.Sector, COUNT(DISTINCT t.TenantID) {LT} WHERE {CUR} GROUP BY t.Sector"),
         ("which sector pays the most rent in total?",
          f"SELECT t.Sector {LT} WHERE {CUR} GROUP BY t.Sector ORDER BY SUM({RENT}) DESC LIMIT 1"),
         ("what are the business rates on Unit 7?", D)),
    conv("com-11",
         ("Which units have EV charging points?", D),
         ("What's the total floor area for each use class?",
          "SELECT UseClass, SUM(FloorAreaSqFt) FROM Units GROUP BY UseClass"),
         ("and how much of each is empty right now?",
          f"SELECT UseClass, SUM(FloorAreaSqFt) FROM Units WHERE UnitID IN ({VOID_NOW}) GROUP BY UseClass")),
]


SETS = {"lettings": LETTINGS, "studentflats": STUDENTFLATS, "commercial": COMMERCIAL}
