"""The fourth set of held-out conversations, written as an analyst would ask them, before the engine
was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def qlabel(sql: str, q: str, col: str) -> list[str]:
    """The same quarter breakdown labelled '2024-Q1' instead of 1 (added after the blind run: a
    representation of the quarter, not another answer)."""
    return [sql.replace(f"{q} AS q", f"strftime('%Y', {col}) || '-Q' || ({q}) AS q", 1)]

# ------------------------------------------------------------------------------------------ hr
ED = "FROM employees e JOIN departments d ON d.dept_id = e.dept_id"
CUR = "JOIN salaries s ON s.emp_id = e.emp_id AND s.to_date IS NULL"
HY = "strftime('%Y', hire_date)"
ABOVE = (f"SELECT e.emp_id, e.first_name, e.last_name, e.hire_date, e.dept_id, s.salary FROM employees e {CUR} "
         f"WHERE s.salary > (SELECT AVG(s2.salary) FROM employees e2 JOIN salaries s2 ON s2.emp_id = e2.emp_id "
         f"AND s2.to_date IS NULL WHERE e2.dept_id = e.dept_id)")
ANALYST = "job_title LIKE '%Analyst%'"
OMAR = "manager_id = (SELECT emp_id FROM employees WHERE first_name = 'Omar' AND last_name = 'Chowdhury')"
PAY = (f"SELECT d.dept_name, SUM(s.salary) AS payroll, d.annual_budget {ED} {CUR} GROUP BY d.dept_id")
LQ = "(CAST(strftime('%m', start_date) AS INTEGER) + 2) / 3"


def avg_sal(dept: str) -> str:
    return f"SELECT AVG(s.salary) {ED} {CUR} WHERE d.dept_name = '{dept}'"


HR = [
    conv("hr-1",
         ("How many employees are in each department?",
          f"SELECT d.dept_name, COUNT(*) {ED} GROUP BY d.dept_name"),
         ("which one has the most?", f"SELECT d.dept_name {ED} GROUP BY d.dept_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's its annual budget?", "SELECT annual_budget FROM departments WHERE dept_name = 'Engineering'")),
    conv("hr-2",
         ("How many people did we hire each year?", f"SELECT {HY} AS yr, COUNT(*) FROM employees GROUP BY yr"),
         ("which year had the highest?",
          f"SELECT {HY} AS yr FROM employees GROUP BY yr ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's the change in hires from 2023 to 2024?",
          f"SELECT (SELECT COUNT(*) FROM employees WHERE {HY} = '2024') - "
          f"(SELECT COUNT(*) FROM employees WHERE {HY} = '2023')"),
         ("What's the phone number of the person we hired most recently?", D)),
    conv("hr-3",
         ("Which employees are paid more than their department's average salary?", ABOVE),
         ("which of them joined most recently?",
          f"SELECT first_name, last_name FROM ({ABOVE}) ORDER BY hire_date DESC LIMIT 1"),
         ("which departments are they in?",
          f"SELECT DISTINCT d.dept_name FROM ({ABOVE}) a JOIN departments d ON d.dept_id = a.dept_id"),
         ("why are the Engineering salaries so much higher than Support's?", D)),
    conv("hr-4",
         ("How many analysts do we have?", f"SELECT COUNT(*) FROM employees WHERE {ANALYST}"),
         ("break that down by job title",
          f"SELECT job_title, COUNT(*) FROM employees WHERE {ANALYST} GROUP BY job_title"),
         ("what's the average current salary for each of those titles?",
          f"SELECT e.job_title, AVG(s.salary) FROM employees e {CUR} WHERE e.{ANALYST} GROUP BY e.job_title"),
         ("What's the average performance review score of the analysts?", D)),
    conv("hr-5",
         ("How many leave requests were rejected?", "SELECT COUNT(*) FROM leave_requests WHERE status = 'Rejected'"),
         ("what share of all leave requests is that?",
          "SELECT 100.0 * SUM(status = 'Rejected') / COUNT(*) FROM leave_requests",
          ["SELECT 1.0 * SUM(status = 'Rejected') / COUNT(*) FROM leave_requests"]),
         ("Which leave type has the most days requested in total?",
          "SELECT leave_type FROM leave_requests GROUP BY leave_type ORDER BY SUM(days_requested) DESC LIMIT 1"),
         ("Total leave days requested by quarter in 2024",
          f"SELECT {LQ} AS q, SUM(days_requested) FROM leave_requests WHERE start_date LIKE '2024%' GROUP BY q",
          qlabel(f"SELECT {LQ} AS q, SUM(days_requested) FROM leave_requests WHERE start_date LIKE '2024%' GROUP BY q",
                 LQ, "start_date")),
         ("which quarter had the highest?",
          f"SELECT {LQ} AS q FROM leave_requests WHERE start_date LIKE '2024%' GROUP BY q "
          f"ORDER BY SUM(days_requested) DESC LIMIT 1",
          qlabel(f"SELECT {LQ} AS q FROM leave_requests WHERE start_date LIKE '2024%' GROUP BY q "
                 f"ORDER BY SUM(days_requested) DESC LIMIT 1", LQ, "start_date"))),
    conv("hr-6",
         ("When did the most recent leave request start?", "SELECT MAX(start_date) FROM leave_requests"),
         ("who asked for it?",
          "SELECT e.first_name, e.last_name FROM leave_requests l JOIN employees e ON e.emp_id = l.emp_id "
          "ORDER BY l.start_date DESC LIMIT 1"),
         ("Who was the first person we ever hired?",
          "SELECT first_name, last_name FROM employees ORDER BY hire_date LIMIT 1"),
         ("every detail for Kaito Thompson",
          "SELECT * FROM employees WHERE first_name = 'Kaito' AND last_name = 'Thompson'"),
         ("what's the status of his work visa?", D)),
    conv("hr-7",
         ("Show Nadia Garcia's salary history",
          "SELECT s.salary, s.from_date, s.to_date FROM salaries s JOIN employees e ON e.emp_id = s.emp_id "
          "WHERE e.first_name = 'Nadia' AND e.last_name = 'Garcia'"),
         ("by what percent did it grow from her first salary to her current one?",
          "SELECT 100.0 * (MAX(salary) - MIN(salary)) / MIN(salary) FROM salaries WHERE emp_id = 11",
          ["SELECT 1.0 * (MAX(salary) - MIN(salary)) / MIN(salary) FROM salaries WHERE emp_id = 11"]),
         ("How many employees got a raise in 2024?",
          "SELECT COUNT(DISTINCT emp_id) FROM salaries s WHERE from_date LIKE '2024%' "
          "AND EXISTS (SELECT 1 FROM salaries p WHERE p.emp_id = s.emp_id AND p.from_date < s.from_date)"),
         ("what bonus did they get on top?", D)),
    conv("hr-8",
         ("What's the total current payroll for each department?",
          f"SELECT d.dept_name, SUM(s.salary) {ED} {CUR} GROUP BY d.dept_name"),
         ("and what percentage of each department's annual budget is that?",
          f"SELECT dept_name, 100.0 * payroll / annual_budget FROM ({PAY})",
          [f"SELECT dept_name, 1.0 * payroll / annual_budget FROM ({PAY})"]),
         ("sort by that, highest first, just the top 3",
          f"SELECT dept_name, 100.0 * payroll / annual_budget AS pct FROM ({PAY}) ORDER BY pct DESC LIMIT 3",
          [f"SELECT dept_name, 1.0 * payroll / annual_budget AS pct FROM ({PAY}) ORDER BY pct DESC LIMIT 3"])),
    conv("hr-9",
         ("Who reports to Omar Chowdhury?", f"SELECT first_name, last_name FROM employees WHERE {OMAR}"),
         ("how many of them are data scientists?",
          f"SELECT COUNT(*) FROM employees WHERE {OMAR} AND job_title = 'Data Scientist'"),
         ("which of them earns the most right now?",
          f"SELECT e.first_name, e.last_name FROM employees e {CUR} WHERE e.{OMAR} ORDER BY s.salary DESC LIMIT 1"),
         ("when was that person hired?",
          f"SELECT e.hire_date FROM employees e {CUR} WHERE e.{OMAR} ORDER BY s.salary DESC LIMIT 1")),
    conv("hr-10",
         ("What's the average current salary in Finance?", avg_sal("Finance")),
         ("do the same for Legal and Sales", [avg_sal("Legal"), avg_sal("Sales")],
          [f"SELECT d.dept_name, AVG(s.salary) {ED} {CUR} WHERE d.dept_name IN ('Legal', 'Sales') "
           "GROUP BY d.dept_name"]),
         ("which of the three is the highest?",
          f"SELECT d.dept_name {ED} {CUR} WHERE d.dept_name IN ('Finance', 'Legal', 'Sales') GROUP BY d.dept_name "
          "ORDER BY AVG(s.salary) DESC LIMIT 1"),
         ("How many of our employees work remotely?", D)),
    conv("hr-11",
         ("List the Customer Support people hired since July 2023",
          f"SELECT e.first_name, e.last_name, e.hire_date {ED} WHERE d.dept_name = 'Customer Support' "
          "AND e.hire_date >= '2023-07-01'"),
         ("Which employees took more than 10 days of sick leave in total?",
          "SELECT e.first_name, e.last_name FROM leave_requests l JOIN employees e ON e.emp_id = l.emp_id "
          "WHERE l.leave_type = 'Sick' GROUP BY e.emp_id HAVING SUM(l.days_requested) > 10"),
         ("How many employees will resign next year?", D)),
]

# ------------------------------------------------------------------------------------------ logistics
SC = "FROM Shipments s JOIN Carriers c ON c.CarrierCd = s.CarrierCd"
SW = "FROM Shipments s JOIN Warehouses w ON w.WhId = s.OrigWhId"
SY = "strftime('%Y', ShipDt)"
SWT = "(SELECT ShipId, SUM(WtKg) AS wt FROM Parcels GROUP BY ShipId)"
CW = (f"SELECT c.CarrierNm, COUNT(*) AS n, SUM(p.wt) AS wt {SC} JOIN {SWT} p ON p.ShipId = s.ShipId "
      "GROUP BY c.CarrierNm")
ABOVE_C = ("FROM Shipments s WHERE FreightCostUsd > (SELECT AVG(x.FreightCostUsd) FROM Shipments x "
           "WHERE x.CarrierCd = s.CarrierCd)")
HEAVY = "SELECT ParcelId, ShipId, WtKg FROM Parcels ORDER BY WtKg DESC LIMIT 1"
BIG = "SELECT WhId, WhName, OpenDt FROM Warehouses WHERE CapM3 > 25000"
XP = "c.CarrierNm LIKE '%Express%'"
LOSTRET = "s.StatusCd IN ('LOST', 'RETURNED')"
SQ = "(CAST(strftime('%m', ShipDt) AS INTEGER) + 2) / 3"


def cost_pct(where: str = "") -> str:
    j = f"{SC} WHERE {where} AND" if where else "FROM Shipments s WHERE"
    return (f"SELECT 100.0 * (SUM(CASE WHEN s.ShipDt LIKE '2024%' THEN s.FreightCostUsd END) - "
            f"SUM(CASE WHEN s.ShipDt LIKE '2023%' THEN s.FreightCostUsd END)) / "
            f"SUM(CASE WHEN s.ShipDt LIKE '2023%' THEN s.FreightCostUsd END) {j} s.ShipDt < '2025'")


def lost_by_wh(year: str) -> str:
    return f"SELECT w.WhName, COUNT(*) {SW} WHERE {LOSTRET} AND s.ShipDt LIKE '{year}%' GROUP BY w.WhName"


LOGISTICS = [
    conv("lg-1",
         ("How many shipments did each carrier handle?", f"SELECT c.CarrierNm, COUNT(*) {SC} GROUP BY c.CarrierNm"),
         ("add the total parcel weight and sort by it", f"{CW} ORDER BY wt DESC"),
         ("just the top 3", f"{CW} ORDER BY wt DESC LIMIT 3"),
         ("which of those three has the highest average freight cost per shipment?",
          f"SELECT c.CarrierNm {SC} WHERE c.CarrierNm IN (SELECT CarrierNm FROM ({CW} ORDER BY wt DESC LIMIT 3)) "
          "GROUP BY c.CarrierNm ORDER BY AVG(s.FreightCostUsd) DESC LIMIT 1")),
    conv("lg-2",
         ("Number of shipments per month in 2024",
          "SELECT strftime('%m', ShipDt) AS m, COUNT(*) FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', ShipDt) AS m, COUNT(*) FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY m"]),
         ("which month had the highest?",
          "SELECT strftime('%m', ShipDt) AS m FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', ShipDt) AS m FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what share of the year's shipments is that?",
          "SELECT 100.0 * SUM(strftime('%m', ShipDt) = (SELECT strftime('%m', ShipDt) AS m FROM Shipments "
          "WHERE ShipDt LIKE '2024%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1)) / COUNT(*) FROM Shipments "
          "WHERE ShipDt LIKE '2024%'",
          ["SELECT 1.0 * SUM(strftime('%m', ShipDt) = (SELECT strftime('%m', ShipDt) AS m FROM Shipments "
           "WHERE ShipDt LIKE '2024%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1)) / COUNT(*) FROM Shipments "
           "WHERE ShipDt LIKE '2024%'"]),
         ("how much will we ship next month?", D)),
    conv("lg-3",
         ("Total freight cost in 2023 and in 2024",
          f"SELECT {SY} AS yr, SUM(FreightCostUsd) FROM Shipments WHERE {SY} IN ('2023', '2024') GROUP BY yr"),
         ("what's the percent change?", cost_pct(),
          [cost_pct().replace("100.0 *", "1.0 *", 1)]),
         ("and for DHL Express alone?", cost_pct("c.CarrierNm = 'DHL Express'"),
          [cost_pct("c.CarrierNm = 'DHL Express'").replace("100.0 *", "1.0 *", 1)])),
    conv("lg-4",
         ("When did the Warsaw warehouse send its first shipment?",
          f"SELECT MIN(s.ShipDt) {SW} WHERE w.City = 'Warsaw'"),
         ("and its last one?", f"SELECT MAX(s.ShipDt) {SW} WHERE w.City = 'Warsaw'"),
         ("which carrier took that last one?",
          f"SELECT c.CarrierNm {SW} JOIN Carriers c ON c.CarrierCd = s.CarrierCd WHERE w.City = 'Warsaw' "
          "ORDER BY s.ShipDt DESC LIMIT 1"),
         ("who was the driver?", D)),
    conv("lg-5",
         ("How many shipments cost more than the average for their carrier?", f"SELECT COUNT(*) {ABOVE_C}"),
         ("break that down by carrier",
          f"SELECT s.CarrierCd, COUNT(*) {ABOVE_C} GROUP BY s.CarrierCd",
          [f"SELECT c.CarrierNm, COUNT(*) {ABOVE_C.replace('FROM Shipments s', SC)} GROUP BY c.CarrierNm"]),
         ("what percentage of each carrier's shipments is that?",
          "SELECT s.CarrierCd, 100.0 * SUM(s.FreightCostUsd > (SELECT AVG(x.FreightCostUsd) FROM Shipments x "
          "WHERE x.CarrierCd = s.CarrierCd)) / COUNT(*) FROM Shipments s GROUP BY s.CarrierCd",
          ["SELECT s.CarrierCd, 1.0 * SUM(s.FreightCostUsd > (SELECT AVG(x.FreightCostUsd) FROM Shipments x "
           "WHERE x.CarrierCd = s.CarrierCd)) / COUNT(*) FROM Shipments s GROUP BY s.CarrierCd"])),
    conv("lg-6",
         ("What's the freight cost per kg for each carrier?",
          f"SELECT c.CarrierNm, SUM(s.FreightCostUsd) / SUM(p.wt) {SC} JOIN {SWT} p ON p.ShipId = s.ShipId "
          "GROUP BY c.CarrierNm",
          [f"SELECT c.CarrierNm, AVG(s.FreightCostUsd / p.wt) {SC} JOIN {SWT} p ON p.ShipId = s.ShipId "
           "GROUP BY c.CarrierNm"]),
         ("which carrier is the cheapest per kg?",
          f"SELECT c.CarrierNm {SC} JOIN {SWT} p ON p.ShipId = s.ShipId GROUP BY c.CarrierNm "
          "ORDER BY SUM(s.FreightCostUsd) / SUM(p.wt) LIMIT 1"),
         ("what CO2 emissions per kg does it report?", D)),
    conv("lg-7",
         ("How many shipments went out with the Express carriers?", f"SELECT COUNT(*) {SC} WHERE {XP}"),
         ("what's their average delivery time in days?",
          f"SELECT AVG(julianday(s.DelivDt) - julianday(s.ShipDt)) {SC} WHERE {XP} AND s.DelivDt IS NOT NULL",
          [f"SELECT AVG(julianday(s.DelivDt) - julianday(s.ShipDt)) {SC} WHERE {XP} AND s.StatusCd = 'DELIVERED'"]),
         ("and for Maersk Sea?",
          f"SELECT AVG(julianday(s.DelivDt) - julianday(s.ShipDt)) {SC} WHERE c.CarrierNm = 'Maersk Sea' "
          "AND s.DelivDt IS NOT NULL",
          [f"SELECT AVG(julianday(s.DelivDt) - julianday(s.ShipDt)) {SC} WHERE c.CarrierNm = 'Maersk Sea' "
           "AND s.StatusCd = 'DELIVERED'"]),
         ("How many shipments left the Hamburg warehouses?", f"SELECT COUNT(*) {SW} WHERE w.City = 'Hamburg'")),
    conv("lg-8",
         ("What was the heaviest parcel we ever shipped?", HEAVY),
         ("when was that?", f"SELECT s.ShipDt FROM Shipments s WHERE s.ShipId = (SELECT ShipId FROM ({HEAVY}))"),
         ("every detail of that shipment", f"SELECT * FROM Shipments WHERE ShipId = (SELECT ShipId FROM ({HEAVY}))"),
         ("what was inside it?", D)),
    conv("lg-9",
         ("List the warehouses with more than 25,000 cubic metres of capacity", BIG),
         ("which of them opened most recently?", f"SELECT WhName FROM ({BIG}) ORDER BY OpenDt DESC LIMIT 1"),
         ("how many shipments has it sent?",
          f"SELECT COUNT(*) FROM Shipments WHERE OrigWhId = (SELECT WhId FROM ({BIG}) ORDER BY OpenDt DESC LIMIT 1)"),
         ("and how much did they weigh in total?",
          "SELECT SUM(p.WtKg) FROM Parcels p JOIN Shipments s ON s.ShipId = p.ShipId "
          f"WHERE s.OrigWhId = (SELECT WhId FROM ({BIG}) ORDER BY OpenDt DESC LIMIT 1)"),
         ("What's the cargo capacity of the DHL Express planes?", D)),
    conv("lg-10",
         ("How many shipments were lost or returned in 2024?",
          f"SELECT COUNT(*) FROM Shipments s WHERE {LOSTRET} AND s.ShipDt LIKE '2024%'"),
         ("which warehouses did they come from? with counts", lost_by_wh("2024")),
         ("do the same for 2023", lost_by_wh("2023")),
         ("what's the insurance payout on those?", D)),
    conv("lg-11",
         ("Average freight cost by quarter for 2024",
          f"SELECT {SQ} AS q, AVG(FreightCostUsd) FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY q",
          qlabel(f"SELECT {SQ} AS q, AVG(FreightCostUsd) FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY q",
                 SQ, "ShipDt")),
         ("which quarter was the cheapest?",
          f"SELECT {SQ} AS q FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY q ORDER BY AVG(FreightCostUsd) LIMIT 1",
          qlabel(f"SELECT {SQ} AS q FROM Shipments WHERE ShipDt LIKE '2024%' GROUP BY q "
                 "ORDER BY AVG(FreightCostUsd) LIMIT 1", SQ, "ShipDt")),
         ("List the fragile parcels over 30 kg",
          "SELECT ParcelId, ShipId, WtKg FROM Parcels WHERE IsFragile = 1 AND WtKg > 30"),
         ("Where are the in-transit shipments right now?", D)),
]

# ------------------------------------------------------------------------------------------ marketplace
IP = "FROM orderItems i JOIN products p ON p.productId = i.productId"
IO = "FROM orderItems i JOIN orders o ON o.orderId = i.orderId"
RP = "FROM reviews r JOIN products p ON p.productId = r.productId"
OQ = "(CAST(strftime('%m', o.orderDate) AS INTEGER) + 2) / 3"
CATAVG = (f"SELECT p.productId, p.productName, p.listPrice, p.sellerId {RP} GROUP BY p.productId "
          f"HAVING AVG(r.rating) > (SELECT AVG(r2.rating) FROM reviews r2 JOIN products p2 "
          f"ON p2.productId = r2.productId WHERE p2.category = p.category)")
CATAVG2 = (f"SELECT p.productId, p.productName, p.listPrice, p.sellerId {RP} GROUP BY p.productId "
           f"HAVING AVG(r.rating) > (SELECT AVG(pa) FROM (SELECT p2.category AS cat, AVG(r2.rating) AS pa "
           f"FROM reviews r2 JOIN products p2 ON p2.productId = r2.productId GROUP BY p2.productId) "
           f"WHERE cat = p.category)")
LAMP = "p.productName LIKE '%Lamp%'"
CATR = f"SELECT p.category, AVG(r.rating) AS avg_rating, COUNT(*) AS n {RP} GROUP BY p.category"


def rev_stats(name: str) -> str:
    return f"SELECT COUNT(*), AVG(r.rating) {RP} WHERE p.productName = '{name}'"


def q_value(q: int) -> str:
    return f"SELECT SUM(i.quantity * i.unitPrice) {IO} WHERE o.orderDate LIKE '2024%' AND {OQ} = {q}"


MARKETPLACE = [
    conv("mp-1",
         ("How many products does each seller have?",
          "SELECT s.sellerName, COUNT(*) FROM products p JOIN sellers s ON s.sellerId = p.sellerId "
          "GROUP BY s.sellerName"),
         ("which sellers aren't verified?", "SELECT sellerName FROM sellers WHERE isVerified = 0"),
         ("how many orders included their products?",
          f"SELECT COUNT(DISTINCT i.orderId) {IP} JOIN sellers s ON s.sellerId = p.sellerId WHERE s.isVerified = 0"),
         ("what's their average response time to buyer messages?", D)),
    conv("mp-2",
         ("What's the total value of items ordered each quarter in 2024?",
          f"SELECT {OQ} AS q, SUM(i.quantity * i.unitPrice) {IO} WHERE o.orderDate LIKE '2024%' GROUP BY q",
          qlabel(f"SELECT {OQ} AS q, SUM(i.quantity * i.unitPrice) {IO} WHERE o.orderDate LIKE '2024%' GROUP BY q",
                 OQ, "o.orderDate")),
         ("which quarter had the highest?",
          f"SELECT {OQ} AS q {IO} WHERE o.orderDate LIKE '2024%' GROUP BY q "
          "ORDER BY SUM(i.quantity * i.unitPrice) DESC LIMIT 1",
          qlabel(f"SELECT {OQ} AS q {IO} WHERE o.orderDate LIKE '2024%' GROUP BY q "
                 "ORDER BY SUM(i.quantity * i.unitPrice) DESC LIMIT 1", OQ, "o.orderDate")),
         ("what's the percent change from Q1 to Q4?",
          f"SELECT 100.0 * (({q_value(4)}) - ({q_value(1)})) / ({q_value(1)})",
          [f"SELECT 1.0 * (({q_value(4)}) - ({q_value(1)})) / ({q_value(1)})"])),
    conv("mp-3",
         ("What's the average rating for each category?",
          f"SELECT p.category, AVG(r.rating) {RP} GROUP BY p.category"),
         ("add the number of reviews and sort by it, most reviewed first", f"{CATR} ORDER BY n DESC"),
         ("just the top 3", f"{CATR} ORDER BY n DESC LIMIT 3"),
         ("which of those has the best average rating?",
          f"SELECT category FROM ({CATR} ORDER BY n DESC LIMIT 3) ORDER BY avg_rating DESC LIMIT 1")),
    conv("mp-4",
         ("Which products have an average rating above their category's average?", CATAVG, [CATAVG2]),
         ("which of them is the cheapest?",
          f"SELECT productName FROM ({CATAVG}) ORDER BY listPrice LIMIT 1",
          [f"SELECT productName FROM ({CATAVG2}) ORDER BY listPrice LIMIT 1"]),
         ("who sells it?",
          f"SELECT s.sellerName FROM sellers s WHERE s.sellerId = (SELECT sellerId FROM ({CATAVG}) "
          "ORDER BY listPrice LIMIT 1)",
          [f"SELECT s.sellerName FROM sellers s WHERE s.sellerId = (SELECT sellerId FROM ({CATAVG2}) "
           "ORDER BY listPrice LIMIT 1)"])),
    conv("mp-5",
         ("Which lamps do we have listed?", f"SELECT p.productName FROM products p WHERE {LAMP}"),
         ("how many units of them were ordered in total?", f"SELECT SUM(i.quantity) {IP} WHERE {LAMP}"),
         ("which of them has the best average rating?",
          f"SELECT p.productName {RP} WHERE {LAMP} GROUP BY p.productId ORDER BY AVG(r.rating) DESC LIMIT 1"),
         ("what wattage is it?", D)),
    conv("mp-6",
         ("When did Cactus Kitchen get its first order?",
          f"SELECT MIN(o.orderDate) {IO} JOIN products p ON p.productId = i.productId "
          "WHERE p.sellerId = (SELECT sellerId FROM sellers WHERE sellerName = 'Cactus Kitchen')"),
         ("and how many orders has it had in total?",
          f"SELECT COUNT(DISTINCT i.orderId) {IP} "
          "WHERE p.sellerId = (SELECT sellerId FROM sellers WHERE sellerName = 'Cactus Kitchen')"),
         ("When was the most recent review of the chef knife?",
          f"SELECT MAX(r.reviewDate) {RP} WHERE p.productName LIKE '%Chef Knife%'"),
         ("what did the reviewer write?", D)),
    conv("mp-7",
         ("How many orders were cancelled?", "SELECT COUNT(*) FROM orders WHERE orderStatus = 'cancelled'"),
         ("what share of all orders is that?",
          "SELECT 100.0 * SUM(orderStatus = 'cancelled') / COUNT(*) FROM orders",
          ["SELECT 1.0 * SUM(orderStatus = 'cancelled') / COUNT(*) FROM orders"]),
         ("by ship country, what percentage of orders were cancelled?",
          "SELECT shipCountry, 100.0 * SUM(orderStatus = 'cancelled') / COUNT(*) FROM orders GROUP BY shipCountry",
          ["SELECT shipCountry, 1.0 * SUM(orderStatus = 'cancelled') / COUNT(*) FROM orders GROUP BY shipCountry"]),
         ("which country has the highest cancellation rate?",
          "SELECT shipCountry FROM orders GROUP BY shipCountry "
          "ORDER BY 1.0 * SUM(orderStatus = 'cancelled') / COUNT(*) DESC LIMIT 1")),
    conv("mp-8",
         ("For each category, what's the total quantity sold and the total revenue?",
          f"SELECT p.category, SUM(i.quantity), SUM(i.quantity * i.unitPrice) {IP} GROUP BY p.category"),
         ("what's the average price per unit in each?",
          f"SELECT p.category, SUM(i.quantity * i.unitPrice) / SUM(i.quantity) {IP} GROUP BY p.category"),
         ("which category has the highest?",
          f"SELECT p.category {IP} GROUP BY p.category ORDER BY SUM(i.quantity * i.unitPrice) / SUM(i.quantity) "
          "DESC LIMIT 1"),
         ("what's the profit margin on it?", D)),
    conv("mp-9",
         ("Show me every detail for the Fountain Pen", "SELECT * FROM products WHERE productName = 'Fountain Pen'"),
         ("how many reviews does it have, and what's its average rating?", rev_stats("Fountain Pen")),
         ("do the same for the Yoga Mat and the Foam Roller", [rev_stats("Yoga Mat"), rev_stats("Foam Roller")],
          [f"SELECT p.productName, COUNT(*), AVG(r.rating) {RP} WHERE p.productName IN ('Yoga Mat', 'Foam Roller') "
           "GROUP BY p.productName"])),
    conv("mp-10",
         ("Number of orders per month in 2023",
          "SELECT strftime('%m', orderDate) AS m, COUNT(*) FROM orders WHERE orderDate LIKE '2023%' GROUP BY m",
          ["SELECT strftime('%Y-%m', orderDate) AS m, COUNT(*) FROM orders WHERE orderDate LIKE '2023%' GROUP BY m"]),
         ("which month had the most?",
          "SELECT strftime('%m', orderDate) AS m FROM orders WHERE orderDate LIKE '2023%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', orderDate) AS m FROM orders WHERE orderDate LIKE '2023%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("and the fewest?",
          "SELECT strftime('%m', orderDate) AS m FROM orders WHERE orderDate LIKE '2023%' GROUP BY m "
          "ORDER BY COUNT(*) LIMIT 1",
          ["SELECT strftime('%Y-%m', orderDate) AS m FROM orders WHERE orderDate LIKE '2023%' GROUP BY m "
           "ORDER BY COUNT(*) LIMIT 1"])),
    conv("mp-11",
         ("Which sellers joined after 2021 and are verified?",
          "SELECT sellerName FROM sellers WHERE joinedAt >= '2022-01-01' AND isVerified = 1"),
         ("What's the average list price per seller, highest first?",
          "SELECT s.sellerName, AVG(p.listPrice) AS ap FROM products p JOIN sellers s ON s.sellerId = p.sellerId "
          "GROUP BY s.sellerName ORDER BY ap DESC"),
         ("How many visitors looked at the Mechanical Keyboard page last week?", D),
         ("what's Brew Theory's rating on Trustpilot?", D)),
]

SETS = {"hr": HR, "logistics": LOGISTICS, "marketplace": MARKETPLACE}
