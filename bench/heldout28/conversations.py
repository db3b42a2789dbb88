"""Held-out conversations heldout28, written as operations managers would ask them, before the
engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown),
optional `accept` (other SQL that also answers), or `decline: True` when the data does not hold
the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ laundry
LOC = "FROM laundryOrders o JOIN clients c ON c.clientId = o.clientId"
LOD = "FROM laundryOrders o JOIN drivers d ON d.driverId = o.driverId"
LOS = ("FROM orderServices s JOIN serviceCodes sc ON sc.serviceCode = s.serviceCode "
       "JOIN laundryOrders o ON o.orderId = s.orderId")
TOPCLIENT = f"SELECT c.clientId {LOC} GROUP BY c.clientId ORDER BY COUNT(*) DESC LIMIT 1"
SLOWDRV = f"SELECT d.driverId {LOD} WHERE o.returnedDate > o.dueDate GROUP BY d.driverId ORDER BY COUNT(*) DESC LIMIT 1"
STUCK = "lower(o.orderStatus) = 'in progress' AND o.dueDate < '2024-12-18'"
TURN = "julianday(o.returnedDate) - julianday(o.receivedDate)"
DELIV = "lower(o.orderStatus) = 'delivered'"
BUSYM = ("SELECT strftime('%m', receivedDate) AS m FROM laundryOrders WHERE receivedDate LIKE '2024%' "
         "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")
HEAVY = "SELECT orderId FROM laundryOrders ORDER BY weightKg DESC LIMIT 1"
TOPCANC = (f"SELECT c.clientId {LOC} WHERE lower(o.orderStatus) = 'cancelled' GROUP BY c.clientId "
           "ORDER BY COUNT(*) DESC LIMIT 1")

LAUNDRY = [
    conv("lau-1",
         ("How many orders did we take in 2024?",
          "SELECT COUNT(*) FROM laundryOrders WHERE receivedDate LIKE '2024%'"),
         ("and how much did we invoice for those?",
          "SELECT SUM(invoiceAmount) FROM laundryOrders WHERE receivedDate LIKE '2024%'"),
         ("what about 2023?", "SELECT SUM(invoiceAmount) FROM laundryOrders WHERE receivedDate LIKE '2023%'")),
    conv("lau-2",
         ("Which client sends us the most orders?",
          f"SELECT c.clientName {LOC} GROUP BY c.clientId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("who's their account manager?", f"SELECT accountManager FROM clients WHERE clientId = ({TOPCLIENT})"),
         ("can you get me a phone number for them?", D)),
    conv("lau-3",
         ("Which driver is the slowest? I mean the one with the most orders back after the due date",
          f"SELECT d.driverName {LOD} WHERE o.returnedDate > o.dueDate GROUP BY d.driverId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many late ones was that?",
          f"SELECT COUNT(*) FROM laundryOrders o WHERE o.returnedDate > o.dueDate AND o.driverId = ({SLOWDRV})"),
         ("why is he always late?", D)),
    conv("lau-4",
         ("How many orders are still in progress?",
          "SELECT COUNT(*) FROM laundryOrders WHERE lower(orderStatus) = 'in progress'"),
         ("which of those were due before 18 December 2024?",
          f"SELECT o.orderId, o.dueDate FROM laundryOrders o WHERE {STUCK}"),
         ("which clients are they for?", f"SELECT DISTINCT c.clientName {LOC} WHERE {STUCK}")),
    conv("lau-5",
         ("What's the usual discount we give?",
          "SELECT AVG(discountPct) FROM laundryOrders",
          ["SELECT discountPct FROM laundryOrders WHERE discountPct IS NOT NULL GROUP BY discountPct "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many orders have no discount recorded at all?",
          "SELECT COUNT(*) FROM laundryOrders WHERE discountPct IS NULL"),
         ("and how much did those bring in?",
          "SELECT SUM(invoiceAmount) FROM laundryOrders WHERE discountPct IS NULL")),
    conv("lau-6",
         ("Which service do we do the most of?",
          "SELECT sc.serviceName FROM orderServices s JOIN serviceCodes sc ON sc.serviceCode = s.serviceCode "
          "GROUP BY sc.serviceCode ORDER BY SUM(s.quantity) DESC LIMIT 1",
          ["SELECT sc.serviceName FROM orderServices s JOIN serviceCodes sc ON sc.serviceCode = s.serviceCode "
           "GROUP BY sc.serviceCode ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many units of dry cleaning did we do in 2024?",
          f"SELECT SUM(s.quantity) {LOS} WHERE sc.serviceName = 'Dry Clean' AND o.receivedDate LIKE '2024%'"),
         ("what do we charge per unit for that?", "SELECT unitPrice FROM serviceCodes WHERE serviceCode = 'DC'")),
    conv("lau-7",
         ("Total invoiced by type of client",
          f"SELECT c.clientType, SUM(o.invoiceAmount) {LOC} GROUP BY c.clientType"),
         ("just the hotels, one line per client",
          f"SELECT c.clientName, SUM(o.invoiceAmount) {LOC} WHERE c.clientType = 'Hotel' GROUP BY c.clientId"),
         ("which of them has the biggest average order?",
          f"SELECT c.clientName {LOC} WHERE c.clientType = 'Hotel' GROUP BY c.clientId "
          "ORDER BY AVG(o.invoiceAmount) DESC LIMIT 1"),
         ("what's our profit margin on the hotels?", D)),
    conv("lau-8",
         ("How much washing has Bistro Lune sent us lately, say since October 2024, in kilos?",
          f"SELECT SUM(o.weightKg) {LOC} WHERE c.clientName = 'Bistro Lune' AND o.receivedDate >= '2024-10-01'"),
         ("how many orders was that?",
          f"SELECT COUNT(*) {LOC} WHERE c.clientName = 'Bistro Lune' AND o.receivedDate >= '2024-10-01'"),
         ("will they send more next month?", D)),
    conv("lau-9",
         ("Who handled the Harbourview Hotel orders in November 2024?",
          "SELECT DISTINCT d.driverName FROM laundryOrders o JOIN clients c ON c.clientId = o.clientId "
          "JOIN drivers d ON d.driverId = o.driverId WHERE c.clientName = 'Harbourview Hotel' "
          "AND o.receivedDate LIKE '2024-11%'"),
         ("which depots are they based at?",
          "SELECT DISTINCT d.driverName, d.depot FROM laundryOrders o JOIN clients c ON c.clientId = o.clientId "
          "JOIN drivers d ON d.driverId = o.driverId WHERE c.clientName = 'Harbourview Hotel' "
          "AND o.receivedDate LIKE '2024-11%'"),
         ("and their van registrations?",
          "SELECT DISTINCT d.driverName, d.vanReg FROM laundryOrders o JOIN clients c ON c.clientId = o.clientId "
          "JOIN drivers d ON d.driverId = o.driverId WHERE c.clientName = 'Harbourview Hotel' "
          "AND o.receivedDate LIKE '2024-11%'")),
    conv("lau-10",
         ("How many clients does each account manager look after?",
          "SELECT accountManager, COUNT(*) FROM clients WHERE accountManager IS NOT NULL GROUP BY accountManager",
          ["SELECT accountManager, COUNT(*) FROM clients GROUP BY accountManager"]),
         ("which clients don't have one?", "SELECT clientName FROM clients WHERE accountManager IS NULL"),
         ("when did their contracts start?",
          "SELECT clientName, contractStart FROM clients WHERE accountManager IS NULL")),
    conv("lau-11",
         ("What was our busiest month in 2024 for orders coming in?", BUSYM,
          ["SELECT strftime('%Y-%m', receivedDate) AS m FROM laundryOrders WHERE receivedDate LIKE '2024%' "
           "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how much did we invoice that month?",
          f"SELECT SUM(invoiceAmount) FROM laundryOrders WHERE receivedDate LIKE '2024%' "
          f"AND strftime('%m', receivedDate) = ({BUSYM})"),
         ("what was customer satisfaction like that month?", D)),
    conv("lau-12",
         ("What's the average turnaround in days, from receiving an order to getting it back to the client?",
          f"SELECT AVG({TURN}) FROM laundryOrders o WHERE {DELIV}",
          [f"SELECT AVG({TURN}) FROM laundryOrders o"]),
         ("split that by driver",
          f"SELECT d.driverName, AVG({TURN}) {LOD} WHERE {DELIV} GROUP BY d.driverId",
          [f"SELECT d.driverName, AVG({TURN}) {LOD} GROUP BY d.driverId"]),
         ("who's the quickest?",
          f"SELECT d.driverName {LOD} WHERE {DELIV} GROUP BY d.driverId ORDER BY AVG({TURN}) LIMIT 1")),
    conv("lau-13",
         ("How many orders got cancelled?",
          "SELECT COUNT(*) FROM laundryOrders WHERE lower(orderStatus) = 'cancelled'"),
         ("which client cancelled the most?",
          f"SELECT c.clientName {LOC} WHERE lower(o.orderStatus) = 'cancelled' GROUP BY c.clientId "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what reason did they give?", D)),
    conv("lau-14",
         ("Show me the heaviest order we've ever had",
          f"SELECT o.orderId, c.clientName, o.weightKg {LOC} ORDER BY o.weightKg DESC LIMIT 1"),
         ("what services were on it?",
          f"SELECT sc.serviceName, s.quantity {LOS} WHERE o.orderId = ({HEAVY})")),
    conv("lau-15",
         ("When do our client contracts run out?", D),
         ("ok, which clients have been with us the longest?",
          "SELECT clientName FROM clients ORDER BY contractStart LIMIT 1",
          ["SELECT clientName, contractStart FROM clients ORDER BY contractStart LIMIT 5",
           "SELECT clientName, contractStart FROM clients ORDER BY contractStart LIMIT 3",
           "SELECT clientName, contractStart FROM clients ORDER BY contractStart"]),
         ("how many orders did the Cardiff depot drivers do in 2024?",
          f"SELECT COUNT(*) {LOD} WHERE d.depot = 'Cardiff' AND o.receivedDate LIKE '2024%'")),
]

# ------------------------------------------------------------------------------------------ toolhire
HD = "FROM hires h JOIN depots d ON d.depot_id = h.depot_id"
HC = "FROM hires h JOIN customers c ON c.customer_id = h.customer_id"
HLE = "FROM hire_lines l JOIN equipment e ON e.equip_id = l.equip_id JOIN hires h ON h.hire_id = l.hire_id"
BUSYDEP = f"SELECT d.depot_id {HD} WHERE h.start_date LIKE '2024%' GROUP BY d.depot_id ORDER BY COUNT(*) DESC LIMIT 1"
TOPKIT = ("SELECT e.equip_name FROM hire_lines l JOIN equipment e ON e.equip_id = l.equip_id GROUP BY e.equip_name "
          "ORDER BY SUM(l.quantity) DESC LIMIT 1")
TOP5C = (f"SELECT c.customer_id {HC} GROUP BY c.customer_id ORDER BY SUM(h.hire_total) DESC LIMIT 5")
LATE_SHARE = ("SUM(h.returned_date > h.due_back_date) * 1.0 / COUNT(h.returned_date)")
LATEDEP = f"SELECT d.depot_id {HD} GROUP BY d.depot_id ORDER BY {LATE_SHARE} DESC LIMIT 1"
TOPBOOK = "SELECT booked_by FROM hires WHERE booked_by IS NOT NULL GROUP BY booked_by ORDER BY COUNT(*) DESC LIMIT 1"
LEN = "julianday(h.due_back_date) - julianday(h.start_date)"
LONGCAT = ("SELECT e.category_code FROM hire_lines l JOIN equipment e ON e.equip_id = l.equip_id "
           f"JOIN hires h ON h.hire_id = l.hire_id GROUP BY e.category_code ORDER BY AVG({LEN}) DESC LIMIT 1")
ONHIRE = "lower(h.hire_status) = 'on hire'"
DIG = "e.equip_name = '1.5t Mini Digger' AND h.start_date LIKE '2024%'"
BIGHIRE = "SELECT hire_id FROM hires ORDER BY hire_total DESC LIMIT 1"

TOOLHIRE = [
    conv("th-1",
         ("Which depot was busiest in 2024?",
          f"SELECT d.depot_name {HD} WHERE h.start_date LIKE '2024%' GROUP BY d.depot_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how much hire income did it take that year?",
          f"SELECT SUM(hire_total) FROM hires WHERE start_date LIKE '2024%' AND depot_id = ({BUSYDEP})"),
         ("and the other depots?",
          f"SELECT d.depot_name, SUM(h.hire_total) {HD} WHERE h.start_date LIKE '2024%' GROUP BY d.depot_id",
          [f"SELECT d.depot_name, SUM(h.hire_total) {HD} WHERE h.start_date LIKE '2024%' AND d.depot_id <> "
           f"({BUSYDEP}) GROUP BY d.depot_id"])),
    conv("th-2",
         ("What's our most hired piece of kit?", TOPKIT,
          ["SELECT e.equip_name FROM hire_lines l JOIN equipment e ON e.equip_id = l.equip_id GROUP BY e.equip_name "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("which depots have one?",
          "SELECT DISTINCT d.depot_name FROM equipment e JOIN depots d ON d.depot_id = e.depot_id "
          "WHERE e.equip_name = 'Core Drill'"),
         ("what's its day rate at each of them?",
          "SELECT d.depot_name, e.day_rate FROM equipment e JOIN depots d ON d.depot_id = e.depot_id "
          "WHERE e.equip_name = 'Core Drill'")),
    conv("th-3",
         ("How many hires came back overdue?", "SELECT COUNT(*) FROM hires WHERE returned_date > due_back_date"),
         ("which depot has the worst record for late returns, as a share of what came back?",
          f"SELECT d.depot_name {HD} GROUP BY d.depot_id ORDER BY {LATE_SHARE} DESC LIMIT 1"),
         ("how many days late were they there on average?",
          "SELECT AVG(julianday(returned_date) - julianday(due_back_date)) FROM hires "
          f"WHERE returned_date > due_back_date AND depot_id = ({LATEDEP})")),
    conv("th-4",
         ("Who are our top 5 customers by what they've spent on hire?",
          f"SELECT c.company_name, SUM(h.hire_total) AS spend {HC} GROUP BY c.customer_id ORDER BY spend DESC LIMIT 5"),
         ("what trades are they in?",
          f"SELECT company_name, trade FROM customers WHERE customer_id IN ({TOP5C})"),
         ("and their credit limits?",
          f"SELECT company_name, credit_limit FROM customers WHERE customer_id IN ({TOP5C})"),
         ("send me their email addresses", D)),
    conv("th-5",
         ("How much VAT did we charge on 2024 hires?",
          "SELECT SUM(hire_total * vat_pct / 100) FROM hires WHERE start_date LIKE '2024%'"),
         ("how many hires have no VAT rate on them?", "SELECT COUNT(*) FROM hires WHERE vat_pct IS NULL"),
         ("why is it missing on those?", D)),
    conv("th-6",
         ("Who's booked the most hires?",
          "SELECT booked_by FROM hires WHERE booked_by IS NOT NULL GROUP BY booked_by ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many did they book in December 2024?",
          f"SELECT COUNT(*) FROM hires WHERE start_date LIKE '2024-12%' AND booked_by = ({TOPBOOK})"),
         ("how many hires have nobody down as booking them?", "SELECT COUNT(*) FROM hires WHERE booked_by IS NULL")),
    conv("th-7",
         ("What's the usual hire length in days?",
          f"SELECT AVG({LEN}) FROM hires h",
          [f"SELECT {LEN} AS n FROM hires h GROUP BY n ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("which category of kit goes out for the longest?",
          "SELECT c.category_name FROM hire_lines l JOIN equipment e ON e.equip_id = l.equip_id "
          "JOIN hires h ON h.hire_id = l.hire_id JOIN equipment_categories c ON c.category_code = e.category_code "
          f"GROUP BY c.category_code ORDER BY AVG({LEN}) DESC LIMIT 1"),
         ("how many pieces of kit do we have in that category?",
          f"SELECT COUNT(*) FROM equipment WHERE category_code = ({LONGCAT})")),
    conv("th-8",
         ("Which equipment has never had a service recorded?",
          "SELECT equip_id, equip_name FROM equipment WHERE last_service_date IS NULL"),
         ("which of those are at Bradford?",
          "SELECT e.equip_id, e.equip_name FROM equipment e JOIN depots d ON d.depot_id = e.depot_id "
          "WHERE e.last_service_date IS NULL AND d.depot_name = 'Bradford'"),
         ("when's their next service due?", D)),
    conv("th-9",
         ("How many of our customers pay cash?", "SELECT COUNT(*) FROM customers WHERE account_type = 'Cash'"),
         ("how much did cash customers spend with us in 2024?",
          f"SELECT SUM(h.hire_total) {HC} WHERE c.account_type = 'Cash' AND h.start_date LIKE '2024%'"),
         ("compared with the credit ones?",
          f"SELECT c.account_type, SUM(h.hire_total) {HC} WHERE c.account_type IN ('Cash', 'Credit') "
          "AND h.start_date LIKE '2024%' GROUP BY c.account_type",
          [f"SELECT c.account_type, SUM(h.hire_total) {HC} WHERE h.start_date LIKE '2024%' GROUP BY c.account_type",
           f"SELECT SUM(h.hire_total) {HC} WHERE c.account_type = 'Credit' AND h.start_date LIKE '2024%'"])),
    conv("th-10",
         ("How many hires are still out on hire?", "SELECT COUNT(*) FROM hires WHERE lower(hire_status) = 'on hire'"),
         ("which customers have them?", f"SELECT DISTINCT c.company_name {HC} WHERE {ONHIRE}"),
         ("when are they due back?", f"SELECT c.company_name, h.hire_id, h.due_back_date {HC} WHERE {ONHIRE}")),
    conv("th-11",
         ("Which region brings in more money, Yorkshire or the North West?",
          f"SELECT d.region, SUM(h.hire_total) {HD} GROUP BY d.region",
          [f"SELECT d.region {HD} GROUP BY d.region ORDER BY SUM(h.hire_total) DESC LIMIT 1"]),
         ("show Yorkshire by month for 2024",
          f"SELECT strftime('%m', h.start_date) AS m, SUM(h.hire_total) {HD} WHERE d.region = 'Yorkshire' "
          "AND h.start_date LIKE '2024%' GROUP BY m",
          [f"SELECT strftime('%Y-%m', h.start_date) AS m, SUM(h.hire_total) {HD} WHERE d.region = 'Yorkshire' "
           "AND h.start_date LIKE '2024%' GROUP BY m"]),
         ("what will December 2025 look like?", D)),
    conv("th-12",
         ("How many different customers hired a mini digger in 2024?",
          f"SELECT COUNT(DISTINCT h.customer_id) {HLE} WHERE {DIG}"),
         ("what did we actually charge per day for it on average?", f"SELECT AVG(l.agreed_day_rate) {HLE} WHERE {DIG}"),
         ("what's its fuel consumption?", D)),
    conv("th-13",
         ("Which customer had the single biggest hire bill?",
          f"SELECT c.company_name {HC} ORDER BY h.hire_total DESC LIMIT 1"),
         ("what did they have on it?",
          f"SELECT e.equip_name, l.quantity {HLE} WHERE h.hire_id = ({BIGHIRE})"),
         ("were they happy with the service?", D)),
]

# ------------------------------------------------------------------------------------------ pestcontrol
VT = "FROM VisitTechnicians vt JOIN Technicians t ON t.TechnicianId = vt.TechnicianId"
VS = "FROM Visits v JOIN Sites s ON s.SiteId = v.SiteId"
VP = "FROM Visits v JOIN PestTypes p ON p.PestCode = v.PestCode"
DONE24 = "lower(v.VisitStatus) = 'completed' AND v.ScheduledDate LIKE '2024%'"
TOPLEAD = f"SELECT t.TechnicianId {VT} WHERE vt.Role = 'Lead' GROUP BY t.TechnicianId ORDER BY COUNT(*) DESC LIMIT 1"
RATSITE = f"SELECT s.SiteId {VS} WHERE v.PestCode = 'RAT' GROUP BY s.SiteId ORDER BY COUNT(*) DESC LIMIT 1"
DELAY = "julianday(v.CompletedDate) - julianday(v.ScheduledDate)"
SLOWPEST = f"SELECT v.PestCode FROM Visits v WHERE v.CompletedDate IS NOT NULL GROUP BY v.PestCode ORDER BY AVG({DELAY}) DESC LIMIT 1"
SITE = "Station Road Farm 3"
VTS = ("FROM VisitTechnicians vt JOIN Technicians t ON t.TechnicianId = vt.TechnicianId "
       "JOIN Visits v ON v.VisitId = vt.VisitId JOIN Sites s ON s.SiteId = v.SiteId")
NOACC = "lower(v.VisitStatus) = 'no access'"
WSPM = ("SELECT strftime('%m', ScheduledDate) AS m FROM Visits WHERE PestCode = 'WSP' AND ScheduledDate LIKE '2024%' "
        "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")
FU = "v.FollowUpNeeded = 1 AND v.CompletedDate LIKE '2024-12%'"
FU2 = "v.FollowUpNeeded = 1 AND lower(v.VisitStatus) = 'completed' AND v.ScheduledDate LIKE '2024-12%'"
TOPTRAINEE = f"SELECT t.TechnicianId {VT} WHERE vt.Role = 'Trainee' GROUP BY t.TechnicianId ORDER BY COUNT(*) DESC LIMIT 1"
BIGSITE = "SELECT SiteId FROM Sites ORDER BY FloorAreaM2 DESC LIMIT 1"

PESTCONTROL = [
    conv("pc-1",
         ("How many visits did we complete in 2024?",
          "SELECT COUNT(*) FROM Visits v WHERE lower(v.VisitStatus) = 'completed' AND v.ScheduledDate LIKE '2024%'",
          ["SELECT COUNT(*) FROM Visits v WHERE lower(v.VisitStatus) = 'completed' AND v.CompletedDate LIKE '2024%'"]),
         ("how much did we charge for them all together?",
          f"SELECT SUM(v.ChargeAmount) FROM Visits v WHERE {DONE24}",
          ["SELECT SUM(v.ChargeAmount) FROM Visits v WHERE lower(v.VisitStatus) = 'completed' "
           "AND v.CompletedDate LIKE '2024%'"]),
         ("break it down by pest",
          f"SELECT p.PestName, SUM(v.ChargeAmount) {VP} WHERE {DONE24} GROUP BY p.PestCode",
          [f"SELECT p.PestName, SUM(v.ChargeAmount) {VP} WHERE lower(v.VisitStatus) = 'completed' "
           "AND v.CompletedDate LIKE '2024%' GROUP BY p.PestCode"])),
    conv("pc-2",
         ("Which technician has led the most visits?",
          f"SELECT t.FullName {VT} WHERE vt.Role = 'Lead' GROUP BY t.TechnicianId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many hours on site have they logged in total?",
          f"SELECT SUM(HoursOnSite) FROM VisitTechnicians WHERE TechnicianId = ({TOPLEAD})"),
         ("what region do they cover?", f"SELECT Region FROM Technicians WHERE TechnicianId = ({TOPLEAD})")),
    conv("pc-3",
         ("Which site has had the most rat call-outs?",
          f"SELECT s.SiteName {VS} WHERE v.PestCode = 'RAT' GROUP BY s.SiteId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what kind of site is it, and where?", f"SELECT SiteType, Town FROM Sites WHERE SiteId = ({RATSITE})"),
         ("why do they keep getting rats?", D)),
    conv("pc-4",
         ("How many visits were finished later than they were scheduled?",
          "SELECT COUNT(*) FROM Visits WHERE CompletedDate > ScheduledDate"),
         ("which pest takes us the longest to deal with on average, from scheduled to done?",
          f"SELECT p.PestName {VP} WHERE v.CompletedDate IS NOT NULL GROUP BY p.PestCode ORDER BY AVG({DELAY}) DESC LIMIT 1"),
         ("what risk level is that one?", f"SELECT RiskLevel FROM PestTypes WHERE PestCode = ({SLOWPEST})")),
    conv("pc-5",
         ("What's the usual surcharge we add?", "SELECT AVG(SurchargePct) FROM Visits",
          ["SELECT SurchargePct FROM Visits WHERE SurchargePct IS NOT NULL GROUP BY SurchargePct "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many visits have no surcharge figure at all?", "SELECT COUNT(*) FROM Visits WHERE SurchargePct IS NULL"),
         ("and how many of the visits with a surcharge had 25 percent?",
          "SELECT COUNT(*) FROM Visits WHERE SurchargePct = 25")),
    conv("pc-6",
         (f"Who's worked on the visits at {SITE}?",
          f"SELECT DISTINCT t.FullName {VTS} WHERE s.SiteName = '{SITE}'"),
         ("which of them has led there most often?",
          f"SELECT t.FullName {VTS} WHERE s.SiteName = '{SITE}' AND vt.Role = 'Lead' GROUP BY t.TechnicianId "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's their mobile number?", D)),
    conv("pc-7",
         ("How many 'no access' visits did we have in each town?",
          f"SELECT s.Town, COUNT(*) {VS} WHERE {NOACC} GROUP BY s.Town"),
         ("which site had the most of them?",
          f"SELECT s.SiteName {VS} WHERE {NOACC} GROUP BY s.SiteId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("will they let us in next time?", D)),
    conv("pc-8",
         ("What was the busiest month for wasps in 2024?", WSPM,
          ["SELECT strftime('%Y-%m', ScheduledDate) AS m FROM Visits WHERE PestCode = 'WSP' "
           "AND ScheduledDate LIKE '2024%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many wasp visits were there that month?",
          f"SELECT COUNT(*) FROM Visits WHERE PestCode = 'WSP' AND strftime('%Y-%m', ScheduledDate) = '2024-' || ({WSPM})"),
         ("and in the same month the year before?",
          f"SELECT COUNT(*) FROM Visits WHERE PestCode = 'WSP' AND strftime('%Y-%m', ScheduledDate) = '2023-' || ({WSPM})")),
    conv("pc-9",
         ("How many technicians don't have a certification level on file?",
          "SELECT COUNT(*) FROM Technicians WHERE CertLevel IS NULL"),
         ("who are they?", "SELECT FullName FROM Technicians WHERE CertLevel IS NULL"),
         ("when did they join?", "SELECT FullName, HireDate FROM Technicians WHERE CertLevel IS NULL")),
    conv("pc-10",
         ("How many completed visits in December 2024 were flagged as needing a follow-up?",
          f"SELECT COUNT(*) FROM Visits v WHERE {FU}", [f"SELECT COUNT(*) FROM Visits v WHERE {FU2}"]),
         ("which sites were those at?", f"SELECT DISTINCT s.SiteName {VS} WHERE {FU}",
          [f"SELECT DISTINCT s.SiteName {VS} WHERE {FU2}"]),
         ("what was the average charge on those visits?", f"SELECT AVG(v.ChargeAmount) FROM Visits v WHERE {FU}",
          [f"SELECT AVG(v.ChargeAmount) FROM Visits v WHERE {FU2}"])),
    conv("pc-11",
         ("What do we charge on average for bed bugs compared with cockroaches?",
          f"SELECT p.PestName, AVG(v.ChargeAmount) {VP} WHERE p.PestName IN ('Bed Bugs', 'Cockroaches') "
          "GROUP BY p.PestCode"),
         ("and the most we've ever charged for a bed bug job?",
          "SELECT MAX(ChargeAmount) FROM Visits WHERE PestCode = 'BED'"),
         ("what chemicals were used on that job?", D)),
    conv("pc-12",
         ("Which technician has been out as a trainee the most?",
          f"SELECT t.FullName {VT} WHERE vt.Role = 'Trainee' GROUP BY t.TechnicianId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many hours has that been in total?",
          f"SELECT SUM(HoursOnSite) FROM VisitTechnicians WHERE Role = 'Trainee' AND TechnicianId = ({TOPTRAINEE})"),
         ("is she the best of our technicians?", D)),
    conv("pc-13",
         ("What's our biggest site by floor area?", "SELECT SiteName FROM Sites ORDER BY FloorAreaM2 DESC LIMIT 1"),
         ("how many visits have we made there?", f"SELECT COUNT(*) FROM Visits WHERE SiteId = ({BIGSITE})"),
         ("how many sites don't have a floor area on file?", "SELECT COUNT(*) FROM Sites WHERE FloorAreaM2 IS NULL")),
    conv("pc-14",
         ("Which town do we do the most visits in?",
          f"SELECT s.Town {VS} GROUP BY s.Town ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many of those were for mice?",
          f"SELECT COUNT(*) {VS} WHERE s.Town = 'Norwich' AND v.PestCode = 'MOU'"),
         ("what's the population of Norwich?", D)),
]

SETS = {"laundry": LAUNDRY, "toolhire": TOOLHIRE, "pestcontrol": PESTCONTROL}
