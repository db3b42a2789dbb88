"""Held-out set 16: terse, Slack-style analyst conversations over three new databases, written
before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data cannot answer."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ saas
IY = "strftime('%Y', issued_on)"
IM = "strftime('%Y-%m', issued_on)"
AJ = "FROM invoices i JOIN accounts a ON a.account_id = i.account_id"
SAAS = [
    conv("saas-1",
         ("how many accounts by region?", "SELECT region, COUNT(*) FROM accounts GROUP BY region"),
         ("same but only fintech", "SELECT region, COUNT(*) FROM accounts WHERE industry = 'Fintech' GROUP BY region"),
         ("csm's phone number for the biggest one?", D)),
    conv("saas-2",
         ("invoiced rev by year", f"SELECT {IY} AS yr, SUM(amount) FROM invoices GROUP BY yr"),
         ("yoy change?",
          f"SELECT yr, rev - LAG(rev) OVER (ORDER BY yr) FROM (SELECT {IY} AS yr, SUM(amount) AS rev FROM invoices "
          "GROUP BY yr)",
          [f"SELECT yr, (rev - LAG(rev) OVER (ORDER BY yr)) * 100.0 / LAG(rev) OVER (ORDER BY yr) FROM "
           f"(SELECT {IY} AS yr, SUM(amount) AS rev FROM invoices GROUP BY yr)",
           f"SELECT yr, (rev - LAG(rev) OVER (ORDER BY yr)) / LAG(rev) OVER (ORDER BY yr) FROM "
           f"(SELECT {IY} AS yr, SUM(amount) AS rev FROM invoices GROUP BY yr)"]),
         ("forecast for 2025?", D)),
    conv("saas-3",
         ("rev by region 2024",
          f"SELECT a.region, SUM(i.amount) {AJ} WHERE i.issued_on LIKE '2024%' GROUP BY a.region"),
         ("as % of total",
          f"SELECT a.region, SUM(i.amount) * 100.0 / (SELECT SUM(amount) FROM invoices WHERE issued_on LIKE '2024%') "
          f"{AJ} WHERE i.issued_on LIKE '2024%' GROUP BY a.region",
          [f"SELECT a.region, SUM(i.amount) / (SELECT SUM(amount) FROM invoices WHERE issued_on LIKE '2024%') "
           f"{AJ} WHERE i.issued_on LIKE '2024%' GROUP BY a.region"]),
         ("which region is biggest?",
          f"SELECT a.region {AJ} WHERE i.issued_on LIKE '2024%' GROUP BY a.region ORDER BY SUM(i.amount) DESC LIMIT 1")),
    conv("saas-4",
         ("active subs per plan",
          "SELECT plan_code, COUNT(*) FROM subscriptions WHERE status_code = 'ACT' GROUP BY plan_code",
          ["SELECT p.plan_name, COUNT(*) FROM subscriptions s JOIN plans p ON p.plan_code = s.plan_code "
           "WHERE s.status_code = 'ACT' GROUP BY p.plan_name"]),
         ("and cancelled?",
          "SELECT plan_code, COUNT(*) FROM subscriptions WHERE status_code = 'CXL' GROUP BY plan_code",
          ["SELECT p.plan_name, COUNT(*) FROM subscriptions s JOIN plans p ON p.plan_code = s.plan_code "
           "WHERE s.status_code = 'CXL' GROUP BY p.plan_name"]),
         ("why did they cancel?", D)),
    conv("saas-5",
         ("subs count by status, spelled out",
          "SELECT ss.description, COUNT(*) FROM subscriptions s JOIN sub_status ss ON ss.status_code = s.status_code "
          "GROUP BY ss.description"),
         ("how many on free trial?", "SELECT COUNT(*) FROM subscriptions WHERE status_code = 'TRL'"),
         ("avg seats for those", "SELECT AVG(seats) FROM subscriptions WHERE status_code = 'TRL'")),
    conv("saas-6",
         ("unpaid invoices - how many and total $",
          "SELECT COUNT(*), SUM(amount) FROM invoices WHERE paid_on IS NULL"),
         ("by account, top 5 by amount",
          "SELECT a.company_name, SUM(i.amount) AS amt " + AJ + " WHERE i.paid_on IS NULL GROUP BY a.account_id "
          "ORDER BY amt DESC LIMIT 5"),
         ("avg days to pay for the paid ones",
          "SELECT AVG(julianday(paid_on) - julianday(issued_on)) FROM invoices WHERE paid_on IS NOT NULL"),
         ("late fees charged on the unpaid ones?", D)),
    conv("saas-7",
         ("avg invoice per account 2024",
          "SELECT SUM(amount) * 1.0 / COUNT(DISTINCT account_id) FROM invoices WHERE issued_on LIKE '2024%'"),
         ("by industry",
          f"SELECT a.industry, SUM(i.amount) * 1.0 / COUNT(DISTINCT i.account_id) {AJ} "
          "WHERE i.issued_on LIKE '2024%' GROUP BY a.industry"),
         ("which industry is highest",
          f"SELECT a.industry {AJ} WHERE i.issued_on LIKE '2024%' GROUP BY a.industry "
          "ORDER BY SUM(i.amount) * 1.0 / COUNT(DISTINCT i.account_id) DESC LIMIT 1")),
    conv("saas-8",
         ("tickets by priority", "SELECT priority, COUNT(*) FROM tickets GROUP BY priority"),
         ("still open ones?", "SELECT priority, COUNT(*) FROM tickets WHERE closed_on IS NULL GROUP BY priority",
          ["SELECT COUNT(*) FROM tickets WHERE closed_on IS NULL"]),
         ("avg days to close P1s",
          "SELECT AVG(julianday(closed_on) - julianday(opened_on)) FROM tickets WHERE priority = 'P1' "
          "AND closed_on IS NOT NULL"),
         ("customer satisfaction score on those?", D)),
    conv("saas-9",
         ("which accounts never opened a ticket?",
          "SELECT company_name FROM accounts WHERE account_id NOT IN (SELECT account_id FROM tickets)"),
         ("how many of them", "SELECT COUNT(*) FROM accounts WHERE account_id NOT IN (SELECT account_id FROM tickets)"),
         ("split by plan",
          "SELECT s.plan_code, COUNT(*) FROM accounts a JOIN subscriptions s ON s.account_id = a.account_id "
          "WHERE a.account_id NOT IN (SELECT account_id FROM tickets) GROUP BY s.plan_code",
          ["SELECT p.plan_name, COUNT(*) FROM accounts a JOIN subscriptions s ON s.account_id = a.account_id "
           "JOIN plans p ON p.plan_code = s.plan_code "
           "WHERE a.account_id NOT IN (SELECT account_id FROM tickets) GROUP BY p.plan_name"])),
    conv("saas-10",
         ("addon with the most accounts",
          "SELECT ad.addon_name FROM account_addons aa JOIN addons ad ON ad.addon_id = aa.addon_id "
          "GROUP BY ad.addon_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("any addon nobody has?",
          "SELECT addon_name FROM addons WHERE addon_id NOT IN (SELECT addon_id FROM account_addons)"),
         ("accts with SSO in EMEA",
          "SELECT a.company_name FROM accounts a JOIN account_addons aa ON aa.account_id = a.account_id "
          "JOIN addons ad ON ad.addon_id = aa.addon_id WHERE ad.addon_name = 'SSO' AND a.region = 'EMEA'"),
         ("how many is that", "SELECT COUNT(*) FROM accounts a JOIN account_addons aa ON aa.account_id = a.account_id "
          "JOIN addons ad ON ad.addon_id = aa.addon_id WHERE ad.addon_name = 'SSO' AND a.region = 'EMEA'")),
    conv("saas-11",
         ("accounts that signed up in 2023", "SELECT COUNT(*) FROM accounts WHERE signed_up_on LIKE '2023%'"),
         ("their total invoiced in 2024",
          f"SELECT SUM(i.amount) {AJ} WHERE a.signed_up_on LIKE '2023%' AND i.issued_on LIKE '2024%'"),
         ("how many are cancelled now",
          "SELECT COUNT(*) FROM accounts a JOIN subscriptions s ON s.account_id = a.account_id "
          "WHERE a.signed_up_on LIKE '2023%' AND s.status_code = 'CXL'")),
    conv("saas-12",
         ("mrr by month for 2024", f"SELECT {IM} AS m, SUM(amount) FROM invoices WHERE issued_on LIKE '2024%' GROUP BY m"),
         ("mom change",
          f"SELECT m, rev - LAG(rev) OVER (ORDER BY m) FROM (SELECT {IM} AS m, SUM(amount) AS rev FROM invoices "
          "WHERE issued_on LIKE '2024%' GROUP BY m)",
          [f"SELECT m, (rev - LAG(rev) OVER (ORDER BY m)) * 100.0 / LAG(rev) OVER (ORDER BY m) FROM "
           f"(SELECT {IM} AS m, SUM(amount) AS rev FROM invoices WHERE issued_on LIKE '2024%' GROUP BY m)"]),
         ("running total",
          f"SELECT m, SUM(rev) OVER (ORDER BY m) FROM (SELECT {IM} AS m, SUM(amount) AS rev FROM invoices "
          "WHERE issued_on LIKE '2024%' GROUP BY m)",
          ["SELECT SUM(amount) FROM invoices WHERE issued_on LIKE '2024%'"])),
    conv("saas-13",
         ("accounts with more tickets than avg",
          "SELECT a.company_name FROM accounts a JOIN tickets t ON t.account_id = a.account_id GROUP BY a.account_id "
          "HAVING COUNT(*) > (SELECT COUNT(*) * 1.0 / COUNT(DISTINCT account_id) FROM tickets)",
          ["SELECT a.company_name FROM accounts a JOIN tickets t ON t.account_id = a.account_id GROUP BY a.account_id "
           "HAVING COUNT(*) > (SELECT COUNT(t2.ticket_id) * 1.0 / COUNT(DISTINCT a2.account_id) FROM accounts a2 "
           "LEFT JOIN tickets t2 ON t2.account_id = a2.account_id)"]),
         ("tickets per csm", "SELECT a.csm_name, COUNT(*) FROM tickets t JOIN accounts a ON a.account_id = t.account_id "
          "GROUP BY a.csm_name"),
         ("csm salary?", D)),
    conv("saas-14",
         ("list plans w price", "SELECT plan_name, monthly_price FROM plans"),
         ("which has no seat limit", "SELECT plan_name FROM plans WHERE seat_limit IS NULL"),
         ("subs over 50 seats on growth or pro",
          "SELECT COUNT(*) FROM subscriptions WHERE seats > 50 AND plan_code IN ('GRW', 'PRO')",
          ["SELECT sub_id FROM subscriptions WHERE seats > 50 AND plan_code IN ('GRW', 'PRO')"]),
         ("discount % each plan gets?", D)),
]

# ------------------------------------------------------------------------------------------ grocery
OY = "strftime('%Y', OrderDate)"
OM = "strftime('%Y-%m', OrderDate)"
OIJ = "FROM OrderItems oi JOIN Products p ON p.ProductID = oi.ProductID"
GROCERY = [
    conv("groc-1",
         ("top 5 skus by units",
          f"SELECT p.ProductName, SUM(oi.Quantity) AS u {OIJ} GROUP BY p.ProductID ORDER BY u DESC LIMIT 5"),
         ("drop the returns and cancels",
          f"SELECT p.ProductName, SUM(oi.Quantity) AS u {OIJ} JOIN Orders o ON o.OrderID = oi.OrderID "
          "WHERE o.StatusCode NOT IN ('RTN', 'CXL') GROUP BY p.ProductID ORDER BY u DESC LIMIT 5",
          [f"SELECT p.ProductName, SUM(oi.Quantity) AS u {OIJ} JOIN Orders o ON o.OrderID = oi.OrderID "
           "WHERE o.StatusCode IN ('DLV', 'PND') GROUP BY p.ProductID ORDER BY u DESC LIMIT 5"]),
         ("any product never ordered?",
          "SELECT ProductName FROM Products WHERE ProductID NOT IN (SELECT ProductID FROM OrderItems)")),
    conv("groc-2",
         ("orders by status", "SELECT StatusCode, COUNT(*) FROM Orders GROUP BY StatusCode",
          ["SELECT s.StatusName, COUNT(*) FROM Orders o JOIN OrderStatus s ON s.StatusCode = o.StatusCode "
           "GROUP BY s.StatusName"]),
         ("what does RTN mean", "SELECT StatusName FROM OrderStatus WHERE StatusCode = 'RTN'"),
         ("return rate % by city",
          "SELECT c.City, SUM(o.StatusCode = 'RTN') * 100.0 / COUNT(*) FROM Orders o JOIN Customers c "
          "ON c.CustomerID = o.CustomerID GROUP BY c.City",
          ["SELECT c.City, SUM(o.StatusCode = 'RTN') * 1.0 / COUNT(*) FROM Orders o JOIN Customers c "
           "ON c.CustomerID = o.CustomerID GROUP BY c.City"]),
         ("reason for returns?", D)),
    conv("groc-3",
         ("basket rev by month 2024",
          f"SELECT {OM} AS m, SUM(BasketTotal) FROM Orders WHERE OrderDate LIKE '2024%' GROUP BY m"),
         ("only delivered",
          f"SELECT {OM} AS m, SUM(BasketTotal) FROM Orders WHERE OrderDate LIKE '2024%' AND StatusCode = 'DLV' "
          "GROUP BY m"),
         ("best month", f"SELECT {OM} AS m FROM Orders WHERE OrderDate LIKE '2024%' AND StatusCode = 'DLV' "
          "GROUP BY m ORDER BY SUM(BasketTotal) DESC LIMIT 1"),
         ("marketing spend that month?", D)),
    conv("groc-4",
         ("avg spend per customer",
          "SELECT SUM(BasketTotal) * 1.0 / COUNT(DISTINCT CustomerID) FROM Orders"),
         ("same for 2023", "SELECT SUM(BasketTotal) * 1.0 / COUNT(DISTINCT CustomerID) FROM Orders "
          "WHERE OrderDate LIKE '2023%'"),
         ("by loyalty tier",
          "SELECT c.LoyaltyTier, SUM(o.BasketTotal) * 1.0 / COUNT(DISTINCT o.CustomerID) FROM Orders o "
          "JOIN Customers c ON c.CustomerID = o.CustomerID WHERE o.OrderDate LIKE '2023%' GROUP BY c.LoyaltyTier")),
    conv("groc-5",
         ("customers who first ordered in 2023 - how many",
          "SELECT COUNT(*) FROM (SELECT CustomerID FROM Orders GROUP BY CustomerID HAVING MIN(OrderDate) LIKE '2023%')"),
         ("how much did they spend in 2024",
          "SELECT SUM(BasketTotal) FROM Orders WHERE OrderDate LIKE '2024%' AND CustomerID IN "
          "(SELECT CustomerID FROM Orders GROUP BY CustomerID HAVING MIN(OrderDate) LIKE '2023%')"),
         ("and how many of them ordered again in 2024",
          "SELECT COUNT(DISTINCT CustomerID) FROM Orders WHERE OrderDate LIKE '2024%' AND CustomerID IN "
          "(SELECT CustomerID FROM Orders GROUP BY CustomerID HAVING MIN(OrderDate) LIKE '2023%')")),
    conv("groc-6",
         ("orders per delivery slot",
          "SELECT s.SlotName, COUNT(*) FROM Orders o JOIN DeliverySlots s ON s.SlotID = o.SlotID GROUP BY s.SlotName"),
         ("share of total %",
          "SELECT s.SlotName, COUNT(*) * 100.0 / (SELECT COUNT(*) FROM Orders) FROM Orders o JOIN DeliverySlots s "
          "ON s.SlotID = o.SlotID GROUP BY s.SlotName",
          ["SELECT s.SlotName, COUNT(*) * 1.0 / (SELECT COUNT(*) FROM Orders) FROM Orders o JOIN DeliverySlots s "
           "ON s.SlotID = o.SlotID GROUP BY s.SlotName"]),
         ("avg courier rating per slot",
          "SELECT s.SlotName, AVG(o.CourierRating) FROM Orders o JOIN DeliverySlots s ON s.SlotID = o.SlotID "
          "GROUP BY s.SlotName"),
         ("which driver was on the late slot most?", D)),
    conv("groc-7",
         ("delivery fees collected by year", f"SELECT {OY} AS y, SUM(DeliveryFee) FROM Orders GROUP BY y"),
         ("how many orders had free delivery", "SELECT COUNT(*) FROM Orders WHERE DeliveryFee = 0"),
         ("avg basket on those vs paid delivery",
          "SELECT DeliveryFee = 0 AS free, AVG(BasketTotal) FROM Orders GROUP BY free")),
    conv("groc-8",
         ("units by aisle", f"SELECT p.Aisle, SUM(oi.Quantity) {OIJ} GROUP BY p.Aisle"),
         ("organic only", f"SELECT p.Aisle, SUM(oi.Quantity) {OIJ} WHERE p.IsOrganic = 1 GROUP BY p.Aisle"),
         ("organic share of units overall %",
          f"SELECT SUM(CASE WHEN p.IsOrganic = 1 THEN oi.Quantity ELSE 0 END) * 100.0 / SUM(oi.Quantity) {OIJ}",
          [f"SELECT SUM(CASE WHEN p.IsOrganic = 1 THEN oi.Quantity ELSE 0 END) * 1.0 / SUM(oi.Quantity) {OIJ}"]),
         ("supplier for the organic stuff?", D)),
    conv("groc-9",
         ("products priced above their aisle avg",
          "SELECT p.ProductName FROM Products p WHERE p.UnitPrice > (SELECT AVG(UnitPrice) FROM Products q "
          "WHERE q.Aisle = p.Aisle)"),
         ("priciest dairy item", "SELECT ProductName FROM Products WHERE Aisle = 'Dairy' ORDER BY UnitPrice DESC LIMIT 1"),
         ("stock level on it?", D)),
    conv("groc-10",
         ("customers in bath with gold tier", "SELECT FullName FROM Customers WHERE City = 'Bath' AND LoyaltyTier = 'Gold'"),
         ("customers w no tier how many", "SELECT COUNT(*) FROM Customers WHERE LoyaltyTier IS NULL"),
         ("customers that never placed an order",
          "SELECT FullName FROM Customers WHERE CustomerID NOT IN (SELECT CustomerID FROM Orders)",
          ["SELECT COUNT(*) FROM Customers WHERE CustomerID NOT IN (SELECT CustomerID FROM Orders)"]),
         ("avg age of the gold members?", D)),
    conv("groc-11",
         ("top customer by spend 2024",
          "SELECT c.FullName FROM Orders o JOIN Customers c ON c.CustomerID = o.CustomerID "
          "WHERE o.OrderDate LIKE '2024%' GROUP BY c.CustomerID ORDER BY SUM(o.BasketTotal) DESC LIMIT 1"),
         ("how many orders did they place that year",
          "SELECT COUNT(*) FROM Orders WHERE OrderDate LIKE '2024%' AND CustomerID = (SELECT CustomerID FROM Orders "
          "WHERE OrderDate LIKE '2024%' GROUP BY CustomerID ORDER BY SUM(BasketTotal) DESC LIMIT 1)"),
         ("their email?", D)),
    conv("groc-12",
         ("orders yoy", f"SELECT {OY} AS y, COUNT(*) FROM Orders GROUP BY y"),
         ("% change",
          f"SELECT y, (n - LAG(n) OVER (ORDER BY y)) * 100.0 / LAG(n) OVER (ORDER BY y) FROM "
          f"(SELECT {OY} AS y, COUNT(*) AS n FROM Orders GROUP BY y)",
          [f"SELECT y, (n - LAG(n) OVER (ORDER BY y)) * 1.0 / LAG(n) OVER (ORDER BY y) FROM "
           f"(SELECT {OY} AS y, COUNT(*) AS n FROM Orders GROUP BY y)"]),
         ("cardiff only", f"SELECT {OY} AS y, COUNT(*) FROM Orders o JOIN Customers c ON c.CustomerID = o.CustomerID "
          "WHERE c.City = 'Cardiff' GROUP BY y",
          [f"SELECT y, (n - LAG(n) OVER (ORDER BY y)) * 100.0 / LAG(n) OVER (ORDER BY y) FROM "
           f"(SELECT {OY} AS y, COUNT(*) AS n FROM Orders o JOIN Customers c ON c.CustomerID = o.CustomerID "
           "WHERE c.City = 'Cardiff' GROUP BY y)"])),
    conv("groc-13",
         ("avg items per order", "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT OrderID) FROM OrderItems",
          ["SELECT SUM(Quantity) * 1.0 / COUNT(DISTINCT OrderID) FROM OrderItems"]),
         ("biggest basket ever - who and how much",
          "SELECT c.FullName, o.BasketTotal FROM Orders o JOIN Customers c ON c.CustomerID = o.CustomerID "
          "ORDER BY o.BasketTotal DESC LIMIT 1"),
         ("what's the margin on it?", D)),
]

# ------------------------------------------------------------------------------------------ builds
PJ = "FROM changeOrders c JOIN projects p ON p.projectId = c.projectId"
BUILDS = [
    conv("build-1",
         ("projects by type", "SELECT typeCode, COUNT(*) FROM projects GROUP BY typeCode",
          ["SELECT t.typeLabel, COUNT(*) FROM projects p JOIN projectTypes t ON t.typeCode = p.typeCode "
           "GROUP BY t.typeLabel"]),
         ("total budget per type", "SELECT typeCode, SUM(budget) FROM projects GROUP BY typeCode",
          ["SELECT t.typeLabel, SUM(p.budget) FROM projects p JOIN projectTypes t ON t.typeCode = p.typeCode "
           "GROUP BY t.typeLabel"]),
         ("as % of total", "SELECT typeCode, SUM(budget) * 100.0 / (SELECT SUM(budget) FROM projects) FROM projects "
          "GROUP BY typeCode",
          ["SELECT typeCode, SUM(budget) / (SELECT SUM(budget) FROM projects) FROM projects GROUP BY typeCode"])),
    conv("build-2",
         ("CO $ by project top 5",
          f"SELECT p.projectName, SUM(c.amount) AS amt {PJ} GROUP BY p.projectId ORDER BY amt DESC LIMIT 5"),
         ("approved only",
          f"SELECT p.projectName, SUM(c.amount) AS amt {PJ} WHERE c.approvedOn IS NOT NULL GROUP BY p.projectId "
          "ORDER BY amt DESC LIMIT 5"),
         ("as % of budget for those",
          "SELECT projectName, amt * 100.0 / budget FROM (SELECT p.projectName, p.budget, SUM(c.amount) AS amt "
          f"{PJ} WHERE c.approvedOn IS NOT NULL GROUP BY p.projectId ORDER BY amt DESC LIMIT 5)",
          ["SELECT projectName, amt / budget FROM (SELECT p.projectName, p.budget, SUM(c.amount) AS amt "
           f"{PJ} WHERE c.approvedOn IS NOT NULL GROUP BY p.projectId ORDER BY amt DESC LIMIT 5)"])),
    conv("build-3",
         ("change orders by reason", "SELECT r.reasonText, COUNT(*) FROM changeOrders c JOIN reasonCodes r "
          "ON r.reasonCode = c.reasonCode GROUP BY r.reasonText",
          ["SELECT reasonCode, COUNT(*) FROM changeOrders GROUP BY reasonCode"]),
         ("$ too", "SELECT r.reasonText, COUNT(*), SUM(c.amount) FROM changeOrders c JOIN reasonCodes r "
          "ON r.reasonCode = c.reasonCode GROUP BY r.reasonText",
          ["SELECT reasonCode, COUNT(*), SUM(amount) FROM changeOrders GROUP BY reasonCode"]),
         ("who signed off the contractor errors?", D)),
    conv("build-4",
         ("pending COs - count and value", "SELECT COUNT(*), SUM(amount) FROM changeOrders WHERE approvedOn IS NULL"),
         ("by sub trade", "SELECT s.trade, COUNT(*), SUM(c.amount) FROM changeOrders c JOIN subcontractors s "
          "ON s.subId = c.subId WHERE c.approvedOn IS NULL GROUP BY s.trade"),
         ("avg approval lag in days for the approved ones",
          "SELECT AVG(julianday(approvedOn) - julianday(raisedOn)) FROM changeOrders WHERE approvedOn IS NOT NULL"),
         ("interest cost of the delays?", D)),
    conv("build-5",
         ("subs that never got a contract",
          "SELECT companyName FROM subcontractors WHERE subId NOT IN (SELECT subId FROM projectSubs)"),
         ("subs with no safety score", "SELECT companyName FROM subcontractors WHERE safetyScore IS NULL"),
         ("avg safety score by trade", "SELECT trade, AVG(safetyScore) FROM subcontractors GROUP BY trade"),
         ("subs below their trade's avg",
          "SELECT s.companyName FROM subcontractors s WHERE s.safetyScore < (SELECT AVG(safetyScore) "
          "FROM subcontractors t WHERE t.trade = s.trade)")),
    conv("build-6",
         ("contract value per sub top 5",
          "SELECT s.companyName, SUM(ps.contractValue) AS v FROM projectSubs ps JOIN subcontractors s "
          "ON s.subId = ps.subId GROUP BY s.subId ORDER BY v DESC LIMIT 5"),
         ("how many projects each of those is on",
          "SELECT s.companyName, COUNT(*) FROM projectSubs ps JOIN subcontractors s ON s.subId = ps.subId "
          "WHERE s.subId IN (SELECT subId FROM projectSubs GROUP BY subId ORDER BY SUM(contractValue) DESC LIMIT 5) "
          "GROUP BY s.subId"),
         ("their insurance expiry dates?", D)),
    conv("build-7",
         ("projects finished late",
          "SELECT projectName FROM projects WHERE actualEndDate > plannedEndDate"),
         ("how many still not finished", "SELECT COUNT(*) FROM projects WHERE actualEndDate IS NULL"),
         ("avg overrun days for the late ones",
          "SELECT AVG(julianday(actualEndDate) - julianday(plannedEndDate)) FROM projects "
          "WHERE actualEndDate > plannedEndDate"),
         ("which will finish late next year?", D)),
    conv("build-8",
         ("budget by city", "SELECT city, SUM(budget) FROM projects GROUP BY city"),
         ("avg per project", "SELECT city, AVG(budget) FROM projects GROUP BY city"),
         ("projects above their city's avg",
          "SELECT p.projectName FROM projects p WHERE p.budget > (SELECT AVG(budget) FROM projects q "
          "WHERE q.city = p.city)"),
         ("budget per sq ft by city?", D)),
    conv("build-9",
         ("co value by year", "SELECT strftime('%Y', raisedOn) AS y, SUM(amount) FROM changeOrders GROUP BY y"),
         ("yoy %",
          "SELECT y, (v - LAG(v) OVER (ORDER BY y)) * 100.0 / LAG(v) OVER (ORDER BY y) FROM "
          "(SELECT strftime('%Y', raisedOn) AS y, SUM(amount) AS v FROM changeOrders GROUP BY y)",
          ["SELECT y, (v - LAG(v) OVER (ORDER BY y)) / LAG(v) OVER (ORDER BY y) FROM "
           "(SELECT strftime('%Y', raisedOn) AS y, SUM(amount) AS v FROM changeOrders GROUP BY y)"]),
         ("just infra projects",
          f"SELECT strftime('%Y', c.raisedOn) AS y, SUM(c.amount) {PJ} WHERE p.typeCode = 'INF' GROUP BY y",
          [f"SELECT y, (v - LAG(v) OVER (ORDER BY y)) * 100.0 / LAG(v) OVER (ORDER BY y) FROM "
           f"(SELECT strftime('%Y', c.raisedOn) AS y, SUM(c.amount) AS v {PJ} WHERE p.typeCode = 'INF' GROUP BY y)"])),
    conv("build-10",
         ("projects for city of aurora", "SELECT projectName FROM projects WHERE clientName = 'City of Aurora'"),
         ("total budget", "SELECT SUM(budget) FROM projects WHERE clientName = 'City of Aurora'"),
         ("client with the biggest total budget",
          "SELECT clientName FROM projects GROUP BY clientName ORDER BY SUM(budget) DESC LIMIT 1"),
         ("their credit rating?", D)),
    conv("build-11",
         ("projects started in 2023", "SELECT projectName FROM projects WHERE startDate LIKE '2023%'"),
         ("total CO $ on them",
          f"SELECT SUM(c.amount) {PJ} WHERE p.startDate LIKE '2023%'"),
         ("avg CO $ per project for that group",
          f"SELECT SUM(c.amount) * 1.0 / COUNT(DISTINCT p.projectId) {PJ} WHERE p.startDate LIKE '2023%'",
          ["SELECT SUM(c.amount) * 1.0 / (SELECT COUNT(*) FROM projects WHERE startDate LIKE '2023%') "
           f"{PJ} WHERE p.startDate LIKE '2023%'"])),
    conv("build-12",
         ("electrical subs in denver", "SELECT companyName FROM subcontractors WHERE trade = 'Electrical' "
          "AND homeCity = 'Denver'"),
         ("projects with a plumbing sub", "SELECT DISTINCT p.projectName FROM projects p JOIN projectSubs ps "
          "ON ps.projectId = p.projectId JOIN subcontractors s ON s.subId = ps.subId WHERE s.trade = 'Plumbing'"),
         ("how many subs per project on avg", "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT projectId) FROM projectSubs"),
         ("hourly rates for the plumbers?", D)),
]

SETS = {"saas": SAAS, "grocery": GROCERY, "builds": BUILDS}
