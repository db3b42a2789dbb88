"""Held-out conversations for heldout23, written as analysts ask them, before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other
SQL that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ petstores
F = "FROM fact_sales f JOIN dim_date d ON d.date_key = f.date_key"
FS = F + " JOIN dim_store s ON s.store_key = f.store_key"
FP = F + " JOIN dim_product p ON p.product_key = f.product_key"
Y24 = "SUM(CASE WHEN d.year = 2024 THEN f.net_amount END)"
Y23 = "SUM(CASE WHEN d.year = 2023 THEN f.net_amount END)"
TX = "(SELECT transaction_no, SUM(net_amount) AS v FROM fact_sales GROUP BY transaction_no)"
RUN24 = (f"SELECT d.month, SUM(SUM(f.net_amount)) OVER (ORDER BY d.month) AS running {F} WHERE d.year = 2024 "
         "GROUP BY d.month")
NEW_STORES = "SELECT store_key FROM dim_store WHERE opened_date >= '2019-01-01'"
PCT = f"100.0 * ({Y24} - {Y23}) / {Y23}"

PETSTORES = [
    conv("pet-1",
         ("What were our net sales each month in 2024?",
          f"SELECT d.month, SUM(f.net_amount) {F} WHERE d.year = 2024 GROUP BY d.month",
          [f"SELECT d.month_name, SUM(f.net_amount) {F} WHERE d.year = 2024 GROUP BY d.month_name",
           f"SELECT substr(d.full_date, 1, 7), SUM(f.net_amount) {F} WHERE d.year = 2024 GROUP BY 1"]),
         ("compare that with the same months last year",
          f"SELECT d.month, {Y24}, {Y23} {F} GROUP BY d.month",
          [f"SELECT d.month_name, {Y24}, {Y23} {F} GROUP BY d.month_name",
           f"SELECT d.year, d.month, SUM(f.net_amount) {F} GROUP BY d.year, d.month"]),
         ("which month grew the most?",
          f"SELECT d.month {F} GROUP BY d.month ORDER BY {Y24} - {Y23} DESC LIMIT 1",
          [f"SELECT d.month_name {F} GROUP BY d.month_name ORDER BY {Y24} - {Y23} DESC LIMIT 1"]),
         ("and for the whole year, what was the growth in percent?",
          f"SELECT {PCT} {F}",
          [f"SELECT ({Y24} - {Y23}) / {Y23} {F}"])),
    conv("pet-2",
         ("How many transactions did we have per week in March 2024?",
          f"SELECT d.iso_week, COUNT(DISTINCT f.transaction_no) {F} WHERE d.year = 2024 AND d.month = 3 "
          "GROUP BY d.iso_week"),
         ("and the net sales for those weeks?",
          f"SELECT d.iso_week, SUM(f.net_amount) {F} WHERE d.year = 2024 AND d.month = 3 GROUP BY d.iso_week"),
         ("what was the average transaction value that month?",
          f"SELECT SUM(f.net_amount) / COUNT(DISTINCT f.transaction_no) {F} WHERE d.year = 2024 AND d.month = 3"),
         ("how many customers came in that month?", D)),
    conv("pet-3",
         ("Top 5 products by units sold in 2024",
          f"SELECT p.product_name, SUM(f.quantity) AS units {FP} WHERE d.year = 2024 GROUP BY p.product_name "
          "ORDER BY units DESC LIMIT 5"),
         ("and the bottom 5?",
          f"SELECT p.product_name, SUM(f.quantity) AS units {FP} WHERE d.year = 2024 GROUP BY p.product_name "
          "ORDER BY units LIMIT 5",
          ["SELECT p.product_name, COALESCE(SUM(x.quantity), 0) AS units FROM dim_product p LEFT JOIN "
           "(SELECT f.product_key, f.quantity FROM fact_sales f JOIN dim_date d ON d.date_key = f.date_key "
           "WHERE d.year = 2024) x ON x.product_key = p.product_key GROUP BY p.product_name ORDER BY units LIMIT 5"]),
         ("which category are those in?",
          f"SELECT p.product_name, p.category {FP} WHERE d.year = 2024 GROUP BY p.product_name "
          "ORDER BY SUM(f.quantity) LIMIT 5",
          ["SELECT p.product_name, p.category, COALESCE(SUM(x.quantity), 0) AS units FROM dim_product p LEFT JOIN "
           "(SELECT f.product_key, f.quantity FROM fact_sales f JOIN dim_date d ON d.date_key = f.date_key "
           "WHERE d.year = 2024) x ON x.product_key = p.product_key GROUP BY p.product_name ORDER BY units LIMIT 5"]),
         ("what's the profit margin on them?", D)),
    conv("pet-4",
         ("Net sales per store in 2024",
          f"SELECT s.store_name, SUM(f.net_amount) {FS} WHERE d.year = 2024 GROUP BY s.store_name"),
         ("and per region?",
          f"SELECT s.region, SUM(f.net_amount) {FS} WHERE d.year = 2024 GROUP BY s.region"),
         ("which region made the least per square metre of floor area?",
          "SELECT s.region FROM dim_store s JOIN (SELECT f.store_key, SUM(f.net_amount) AS n "
          f"{F} WHERE d.year = 2024 GROUP BY f.store_key) x ON x.store_key = s.store_key "
          "GROUP BY s.region ORDER BY SUM(x.n) / SUM(s.floor_area_m2) LIMIT 1"),
         ("what rent do we pay there?", D)),
    conv("pet-5",
         ("Which products have never been sold?",
          "SELECT product_name FROM dim_product WHERE product_key NOT IN (SELECT product_key FROM fact_sales)"),
         ("Which stores have never sold anything from the Aquatics category?",
          "SELECT store_name FROM dim_store WHERE store_key NOT IN "
          "(SELECT f.store_key FROM fact_sales f JOIN dim_product p ON p.product_key = f.product_key "
          "WHERE p.category = 'Aquatics')"),
         ("when did those stores open?",
          "SELECT store_name, opened_date FROM dim_store WHERE store_key NOT IN "
          "(SELECT f.store_key FROM fact_sales f JOIN dim_product p ON p.product_key = f.product_key "
          "WHERE p.category = 'Aquatics')")),
    conv("pet-6",
         ("Show me the running total of net sales by month for 2024", RUN24),
         ("in which month did it pass 30,000?",
          f"SELECT month FROM ({RUN24}) WHERE running > 30000 ORDER BY month LIMIT 1"),
         ("and what was the 2023 total by the end of that same month?",
          f"SELECT SUM(f.net_amount) {F} WHERE d.year = 2023 AND d.month <= (SELECT month FROM ({RUN24}) "
          "WHERE running > 30000 ORDER BY month LIMIT 1)")),
    conv("pet-7",
         ("What's the median transaction value?",
          f"SELECT v FROM {TX} ORDER BY v LIMIT 1 OFFSET (SELECT COUNT(DISTINCT transaction_no) / 2 FROM fact_sales)"),
         ("and the average, for comparison?",
          "SELECT SUM(net_amount) / COUNT(DISTINCT transaction_no) FROM fact_sales"),
         ("what about the median age of the shoppers?", D)),
    conv("pet-8",
         ("How much discount did we give in each category in 2024?",
          f"SELECT p.category, SUM(f.discount_amount) {FP} WHERE d.year = 2024 GROUP BY p.category"),
         ("as a percentage of gross sales?",
          f"SELECT p.category, 100.0 * SUM(f.discount_amount) / SUM(f.gross_amount) {FP} WHERE d.year = 2024 "
          "GROUP BY p.category",
          [f"SELECT p.category, SUM(f.discount_amount) / SUM(f.gross_amount) {FP} WHERE d.year = 2024 "
           "GROUP BY p.category"]),
         ("only for our own-brand products",
          f"SELECT p.category, 100.0 * SUM(f.discount_amount) / SUM(f.gross_amount) {FP} WHERE d.year = 2024 "
          "AND p.is_own_brand = 1 GROUP BY p.category",
          [f"SELECT p.category, SUM(f.discount_amount) / SUM(f.gross_amount) {FP} WHERE d.year = 2024 "
           "AND p.is_own_brand = 1 GROUP BY p.category"]),
         ("which promotion code gave away the most?", D)),
    conv("pet-9",
         ("Average value per transaction at flagship stores versus the others",
          "SELECT s.is_flagship, SUM(f.net_amount) / COUNT(DISTINCT f.transaction_no) FROM fact_sales f "
          "JOIN dim_store s ON s.store_key = f.store_key GROUP BY s.is_flagship"),
         ("How many stores opened after 2018?",
          "SELECT COUNT(*) FROM dim_store WHERE opened_date >= '2019-01-01'"),
         ("which of them has the highest net sales?",
          f"SELECT s.store_name FROM fact_sales f JOIN dim_store s ON s.store_key = f.store_key "
          f"WHERE f.store_key IN ({NEW_STORES}) GROUP BY s.store_name ORDER BY SUM(f.net_amount) DESC LIMIT 1"),
         ("and per square metre?",
          f"SELECT s.store_name, SUM(f.net_amount) / s.floor_area_m2 FROM fact_sales f JOIN dim_store s "
          f"ON s.store_key = f.store_key WHERE f.store_key IN ({NEW_STORES}) GROUP BY s.store_name")),
    conv("pet-10",
         ("Which stores grew their net sales from 2023 to 2024?",
          f"SELECT s.store_name {FS} GROUP BY s.store_name HAVING {Y24} > {Y23}"),
         ("by how much, in percent?",
          f"SELECT s.store_name, {PCT} {FS} GROUP BY s.store_name HAVING {Y24} > {Y23}",
          [f"SELECT s.store_name, ({Y24} - {Y23}) / {Y23} {FS} GROUP BY s.store_name HAVING {Y24} > {Y23}"]),
         ("and which store shrank the most?",
          f"SELECT s.store_name {FS} GROUP BY s.store_name ORDER BY {PCT} LIMIT 1",
          [f"SELECT s.store_name {FS} GROUP BY s.store_name ORDER BY {Y24} - {Y23} LIMIT 1"]),
         ("why did it drop?", D)),
    conv("pet-11",
         ("Which day of the week brings in the most net sales?",
          f"SELECT d.day_name {F} GROUP BY d.day_name ORDER BY SUM(f.net_amount) DESC LIMIT 1"),
         ("what share of 2024 transactions happened at the weekend?",
          f"SELECT 100.0 * COUNT(DISTINCT CASE WHEN d.is_weekend = 1 THEN f.transaction_no END) / "
          f"COUNT(DISTINCT f.transaction_no) {F} WHERE d.year = 2024",
          [f"SELECT 1.0 * COUNT(DISTINCT CASE WHEN d.is_weekend = 1 THEN f.transaction_no END) / "
           f"COUNT(DISTINCT f.transaction_no) {F} WHERE d.year = 2024"]),
         ("Top 3 stores by weekend transactions in 2024 — if two are level, alphabetical order",
          f"SELECT s.store_name, COUNT(DISTINCT f.transaction_no) AS n {FS} WHERE d.year = 2024 AND d.is_weekend = 1 "
          "GROUP BY s.store_name ORDER BY n DESC, s.store_name LIMIT 3"),
         ("and per region?",
          f"SELECT s.region, COUNT(DISTINCT f.transaction_no) {FS} WHERE d.year = 2024 AND d.is_weekend = 1 "
          "GROUP BY s.region")),
    conv("pet-12",
         ("How many products do we carry in each category?",
          "SELECT category, COUNT(*) FROM dim_product GROUP BY category"),
         ("which brand has the most products?",
          "SELECT brand FROM dim_product GROUP BY brand ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average list price per brand?",
          "SELECT brand, AVG(list_price) FROM dim_product GROUP BY brand"),
         ("how many units of each are in the warehouse?", D)),
    conv("pet-13",
         ("Total units and net sales per quarter in 2024",
          f"SELECT d.quarter, SUM(f.quantity), SUM(f.net_amount) {F} WHERE d.year = 2024 GROUP BY d.quarter"),
         ("and the same quarter a year earlier?",
          f"SELECT d.quarter, SUM(f.quantity), SUM(f.net_amount) {F} WHERE d.year = 2023 GROUP BY d.quarter",
          [f"SELECT d.year, d.quarter, SUM(f.quantity), SUM(f.net_amount) {F} GROUP BY d.year, d.quarter"]),
         ("What's the biggest single transaction ever, and at which store?",
          "SELECT f.transaction_no, s.store_name, SUM(f.net_amount) AS v FROM fact_sales f JOIN dim_store s "
          "ON s.store_key = f.store_key GROUP BY f.transaction_no ORDER BY v DESC LIMIT 1"),
         ("which cashier rang it up?", D)),
    conv("pet-14",
         ("Top 4 stores by number of transactions in Q4 2024, ties broken by store name",
          f"SELECT s.store_name, COUNT(DISTINCT f.transaction_no) AS n {FS} WHERE d.year = 2024 AND d.quarter = 4 "
          "GROUP BY s.store_name ORDER BY n DESC, s.store_name LIMIT 4"),
         ("Predict their Q1 2025 transactions", D),
         ("how many of our stores are flagships?", "SELECT COUNT(*) FROM dim_store WHERE is_flagship = 1")),
]

# ------------------------------------------------------------------------------------------ liftcare
EM = "FROM Engineers e LEFT JOIN Engineers m ON m.EngineerId = e.ManagerId"
H2 = "FROM WorkOrderStatusHistory WHERE Status = 'OnHold' GROUP BY WorkOrderId HAVING COUNT(*) > 1"
DONE = ("(SELECT WorkOrderId, MIN(ChangedAt) AS done_at FROM WorkOrderStatusHistory WHERE Status = 'Completed' "
        "GROUP BY WorkOrderId)")
ONSITE = ("(SELECT WorkOrderId, MIN(ChangedAt) AS on_at FROM WorkOrderStatusHistory WHERE Status = 'OnSite' "
          "GROUP BY WorkOrderId)")
HRS = "(julianday(c.done_at) - julianday(w.ReportedAt)) * 24"
BD = f"FROM WorkOrders w JOIN {DONE} c ON c.WorkOrderId = w.WorkOrderId WHERE w.WorkType = 'Breakdown'"
P1H = f"SELECT {HRS} AS h {BD} AND w.Priority = 'P1'"
MEDIAN_P1 = (f"WITH x AS ({P1H}) SELECT AVG(h) FROM (SELECT h FROM x ORDER BY h "
             "LIMIT 2 - (SELECT COUNT(*) FROM x) % 2 OFFSET ((SELECT COUNT(*) FROM x) - 1) / 2)")
WSC = "FROM WorkOrders w JOIN Sites s ON s.SiteId = w.SiteId JOIN Clients c ON c.ClientId = s.ClientId"
BR = "SUM(CASE WHEN w.ReportedAt LIKE '{}%' THEN 1 ELSE 0 END)"
INV = ("FROM WorkOrders w JOIN WorkOrderStatusHistory h ON h.WorkOrderId = w.WorkOrderId AND h.Status = 'Invoiced' "
       "WHERE h.ChangedAt LIKE '2024%'")
INVM = f"SELECT substr(h.ChangedAt, 6, 2) AS m, SUM(w.InvoiceAmount) AS amt {INV} GROUP BY m"
COMP24 = ("FROM WorkOrderStatusHistory h JOIN WorkOrders w ON w.WorkOrderId = h.WorkOrderId JOIN Engineers e "
          "ON e.EngineerId = w.EngineerId WHERE h.Status = 'Completed' AND h.ChangedAt LIKE '2024%'")
TOP5E = f"SELECT e.EngineerId, e.FullName, COUNT(*) AS n {COMP24} GROUP BY e.EngineerId ORDER BY n DESC, e.FullName LIMIT 5"
HOLD17 = ("SELECT SUM((julianday(nxt) - julianday(ChangedAt)) * 24) FROM (SELECT Status, ChangedAt, LEAD(ChangedAt) "
          "OVER (ORDER BY ChangedAt) AS nxt FROM WorkOrderStatusHistory WHERE WorkOrderId = 17) WHERE Status = 'OnHold'")
OPEN = "CurrentStatus NOT IN ('Completed', 'Invoiced', 'Cancelled')"

LIFTCARE = [
    conv("lift-1",
         ("Who does each engineer report to?",
          f"SELECT e.FullName, m.FullName {EM}",
          ["SELECT e.FullName, m.FullName FROM Engineers e JOIN Engineers m ON m.EngineerId = e.ManagerId"]),
         ("Which engineers have no manager?", "SELECT FullName FROM Engineers WHERE ManagerId IS NULL"),
         ("How many people report to each manager?",
          "SELECT m.FullName, COUNT(*) FROM Engineers e JOIN Engineers m ON m.EngineerId = e.ManagerId "
          "GROUP BY m.FullName"),
         ("what are their mobile numbers?", D)),
    conv("lift-2",
         ("How many work orders are on hold right now?",
          "SELECT COUNT(*) FROM WorkOrders WHERE CurrentStatus = 'OnHold'"),
         ("Which work orders were put on hold more than once?", f"SELECT WorkOrderId {H2}"),
         ("which sites were they at?",
          f"SELECT w.WorkOrderId, s.SiteName FROM WorkOrders w JOIN Sites s ON s.SiteId = w.SiteId "
          f"WHERE w.WorkOrderId IN (SELECT WorkOrderId {H2})"),
         ("who was the engineer on them, and who manages that engineer?",
          f"SELECT w.WorkOrderId, e.FullName, m.FullName FROM WorkOrders w JOIN Engineers e ON e.EngineerId = "
          f"w.EngineerId LEFT JOIN Engineers m ON m.EngineerId = e.ManagerId WHERE w.WorkOrderId IN "
          f"(SELECT WorkOrderId {H2})")),
    conv("lift-3",
         ("On average, how many hours does it take from a breakdown being reported to it being completed?",
          f"SELECT AVG({HRS}) {BD}",
          [f"SELECT AVG({HRS}) / 24 {BD}"]),
         ("and by priority?",
          f"SELECT w.Priority, AVG({HRS}) {BD} GROUP BY w.Priority",
          [f"SELECT w.Priority, AVG({HRS}) / 24 {BD} GROUP BY w.Priority"]),
         ("what's the median for P1?", MEDIAN_P1,
          [MEDIAN_P1.replace("SELECT AVG(h)", "SELECT AVG(h) / 24")]),
         ("What share of P1 breakdowns had an engineer on site within 2 hours of being reported?",
          f"SELECT 100.0 * SUM(CASE WHEN (julianday(o.on_at) - julianday(w.ReportedAt)) * 24 <= 2 THEN 1 ELSE 0 END) "
          f"/ COUNT(*) FROM WorkOrders w JOIN {ONSITE} o ON o.WorkOrderId = w.WorkOrderId "
          "WHERE w.WorkType = 'Breakdown' AND w.Priority = 'P1'",
          [f"SELECT 1.0 * SUM(CASE WHEN (julianday(o.on_at) - julianday(w.ReportedAt)) * 24 <= 2 THEN 1 ELSE 0 END) "
           f"/ COUNT(*) FROM WorkOrders w JOIN {ONSITE} o ON o.WorkOrderId = w.WorkOrderId "
           "WHERE w.WorkType = 'Breakdown' AND w.Priority = 'P1'",
           f"SELECT 100.0 * SUM(CASE WHEN (julianday(o.on_at) - julianday(w.ReportedAt)) * 24 <= 2 THEN 1 ELSE 0 END) "
           f"/ COUNT(*) FROM WorkOrders w LEFT JOIN {ONSITE} o ON o.WorkOrderId = w.WorkOrderId "
           "WHERE w.WorkType = 'Breakdown' AND w.Priority = 'P1'"]),
         ("and what's the SLA target we promised for P1?", D)),
    conv("lift-4",
         ("Breakdowns reported per month in 2024",
          "SELECT substr(ReportedAt, 6, 2) AS m, COUNT(*) FROM WorkOrders WHERE WorkType = 'Breakdown' "
          "AND ReportedAt LIKE '2024%' GROUP BY m",
          ["SELECT substr(ReportedAt, 1, 7) AS m, COUNT(*) FROM WorkOrders WHERE WorkType = 'Breakdown' "
           "AND ReportedAt LIKE '2024%' GROUP BY m"]),
         ("compare with 2023",
          f"SELECT substr(w.ReportedAt, 6, 2) AS m, {BR.format(2024)}, {BR.format(2023)} FROM WorkOrders w "
          "WHERE w.WorkType = 'Breakdown' GROUP BY m",
          ["SELECT substr(ReportedAt, 1, 4), substr(ReportedAt, 6, 2), COUNT(*) FROM WorkOrders "
           "WHERE WorkType = 'Breakdown' GROUP BY 1, 2"]),
         ("which client had the most breakdowns in 2024?",
          f"SELECT c.ClientName {WSC} WHERE w.WorkType = 'Breakdown' AND w.ReportedAt LIKE '2024%' "
          "GROUP BY c.ClientName ORDER BY COUNT(*) DESC LIMIT 1"),
         ("is that because their lifts are older?", D)),
    conv("lift-5",
         ("Average number of lifts per site for each client",
          "SELECT c.ClientName, AVG(s.LiftCount) FROM Clients c JOIN Sites s ON s.ClientId = c.ClientId "
          "GROUP BY c.ClientName"),
         ("which sector has the most lifts in total?",
          "SELECT c.Sector FROM Clients c JOIN Sites s ON s.ClientId = c.ClientId GROUP BY c.Sector "
          "ORDER BY SUM(s.LiftCount) DESC LIMIT 1"),
         ("Is there any site we have never had a work order for?",
          "SELECT SiteName FROM Sites WHERE SiteId NOT IN (SELECT SiteId FROM WorkOrders)"),
         ("who's the client there?",
          "SELECT s.SiteName, c.ClientName FROM Sites s JOIN Clients c ON c.ClientId = s.ClientId "
          "WHERE s.SiteId NOT IN (SELECT SiteId FROM WorkOrders)"),
         ("What's the average invoice per job for each client? Only jobs that were invoiced.",
          f"SELECT c.ClientName, AVG(w.InvoiceAmount) {WSC} WHERE w.CurrentStatus = 'Invoiced' GROUP BY c.ClientName")),
    conv("lift-6",
         ("Total invoiced per month in 2024, going by the date each job was invoiced", INVM,
          [INVM.replace("substr(h.ChangedAt, 6, 2)", "substr(h.ChangedAt, 1, 7)")]),
         ("add a running total",
          f"SELECT m, amt, SUM(amt) OVER (ORDER BY m) FROM ({INVM})"),
         ("which work type brought in the most?",
          f"SELECT w.WorkType {INV} GROUP BY w.WorkType ORDER BY SUM(w.InvoiceAmount) DESC LIMIT 1"),
         ("what was our profit on the modernisation jobs?", D)),
    conv("lift-7",
         ("Which engineers have had no work orders at all?",
          "SELECT FullName FROM Engineers WHERE EngineerId NOT IN (SELECT EngineerId FROM WorkOrders "
          "WHERE EngineerId IS NOT NULL)"),
         ("Top 3 engineers by jobs completed in 2024",
          f"SELECT e.FullName, COUNT(*) AS n {COMP24} GROUP BY e.EngineerId ORDER BY n DESC LIMIT 3"),
         ("make it the top 5, and break ties by name",
          f"SELECT FullName, n FROM ({TOP5E})"),
         ("who manages them?",
          f"SELECT t.FullName, m.FullName FROM ({TOP5E}) t JOIN Engineers e ON e.EngineerId = t.EngineerId "
          "JOIN Engineers m ON m.EngineerId = e.ManagerId"),
         ("how much overtime did they each work?", D)),
    conv("lift-8",
         ("What percentage of work orders got cancelled, per work type?",
          "SELECT WorkType, 100.0 * SUM(CASE WHEN CurrentStatus = 'Cancelled' THEN 1 ELSE 0 END) / COUNT(*) "
          "FROM WorkOrders GROUP BY WorkType",
          ["SELECT WorkType, 1.0 * SUM(CASE WHEN CurrentStatus = 'Cancelled' THEN 1 ELSE 0 END) / COUNT(*) "
           "FROM WorkOrders GROUP BY WorkType"]),
         ("how many of the cancelled ones never had an engineer assigned?",
          "SELECT COUNT(*) FROM WorkOrders WHERE CurrentStatus = 'Cancelled' AND EngineerId IS NULL"),
         ("what reason did the client give for cancelling?", D)),
    conv("lift-9",
         ("Show me the status history of work order 17",
          "SELECT Status, ChangedAt FROM WorkOrderStatusHistory WHERE WorkOrderId = 17 ORDER BY ChangedAt"),
         ("how many hours was it on hold in total?", HOLD17,
          [HOLD17.replace("SELECT SUM(", "SELECT SUM(", 1).replace(" * 24) FROM (SELECT", ") FROM (SELECT", 1)]),
         ("Which work orders are still open, i.e. not completed or cancelled yet?",
          f"SELECT WorkOrderId FROM WorkOrders WHERE {OPEN}"),
         ("when was each of them reported, and which engineer has it?",
          f"SELECT w.WorkOrderId, w.ReportedAt, e.FullName FROM WorkOrders w LEFT JOIN Engineers e "
          f"ON e.EngineerId = w.EngineerId WHERE w.{OPEN}")),
    conv("lift-10",
         ("Which lift manufacturer gives us the most breakdowns?", D),
         ("OK — which site had the most breakdowns over the two years?",
          "SELECT s.SiteName FROM WorkOrders w JOIN Sites s ON s.SiteId = w.SiteId WHERE w.WorkType = 'Breakdown' "
          "GROUP BY s.SiteId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and per lift, which site is worst?",
          "SELECT s.SiteName FROM WorkOrders w JOIN Sites s ON s.SiteId = w.SiteId WHERE w.WorkType = 'Breakdown' "
          "GROUP BY s.SiteId ORDER BY 1.0 * COUNT(*) / s.LiftCount DESC LIMIT 1"),
         ("How many engineers were hired each year since 2018?",
          "SELECT substr(HireDate, 1, 4) AS y, COUNT(*) FROM Engineers WHERE HireDate >= '2018-01-01' GROUP BY y")),
]

# ------------------------------------------------------------------------------------------ podhost
LIVE = "a.is_active = 1 AND a.deleted_at IS NULL"
SG = "SELECT substr(signed_up_at, 1, 7) AS m, COUNT(*) FROM accounts WHERE signed_up_at LIKE '2024%'"
REV = "SELECT substr(issued_on, 6, 2) AS m, SUM(amount) AS amt FROM invoices WHERE status = 'paid' AND issued_on LIKE '2024%' GROUP BY m"
PY = "SUM(CASE WHEN status = 'paid' AND issued_on LIKE '{}%' THEN amount END)"
OWE = ("SELECT a.account_name, SUM(i.amount) AS owed FROM invoices i JOIN accounts a ON a.id = i.account_id "
       "WHERE i.status = 'open' AND a.deleted_at IS NULL GROUP BY a.id ORDER BY owed DESC, a.account_name LIMIT 5")
MIN = "(SELECT duration_seconds / 60.0 AS mins FROM episodes WHERE deleted_at IS NULL)"
MEDIAN_EP = (f"WITH x AS {MIN} SELECT AVG(mins) FROM (SELECT mins FROM x ORDER BY mins "
             "LIMIT 2 - (SELECT COUNT(*) FROM x) % 2 OFFSET ((SELECT COUNT(*) FROM x) - 1) / 2)")
DL = ("SELECT s.title, SUM(e.download_count) AS dl FROM shows s JOIN episodes e ON e.show_id = s.id {} "
      "GROUP BY s.id ORDER BY dl DESC LIMIT 5")
TOPDL = DL.format("")
TOPDL_LIVE = DL.format("WHERE e.deleted_at IS NULL")
C3 = ("SELECT country FROM accounts a WHERE " + LIVE + " GROUP BY country ORDER BY COUNT(*) DESC LIMIT 3")
DEL24 = "FROM accounts a JOIN plans p ON p.id = a.plan_id WHERE a.deleted_at LIKE '2024%'"
EXPL = "100.0 * SUM(is_explicit) / COUNT(*)"

PODHOST = [
    conv("pod-1",
         ("How many accounts do we have?", "SELECT COUNT(*) FROM accounts",
          ["SELECT COUNT(*) FROM accounts WHERE deleted_at IS NULL"]),
         ("how many of them are active?", "SELECT COUNT(*) FROM accounts WHERE is_active = 1",
          ["SELECT COUNT(*) FROM accounts WHERE is_active = 1 AND deleted_at IS NULL"]),
         ("exclude the deleted ones", "SELECT COUNT(*) FROM accounts WHERE is_active = 1 AND deleted_at IS NULL"),
         ("and leave out the ones still on a trial", "SELECT COUNT(*) FROM accounts WHERE is_active = 1 AND deleted_at IS NULL "
          "AND is_trial = 0"),
         ("break that down by plan",
          "SELECT p.name, COUNT(*) FROM accounts a JOIN plans p ON p.id = a.plan_id WHERE " + LIVE + " AND a.is_trial = 0 "
          "GROUP BY p.name")),
    conv("pod-2",
         ("New signups per month in 2024", f"{SG} GROUP BY m",
          [f"{SG} AND deleted_at IS NULL GROUP BY m"]),
         ("split into trial and non-trial",
          "SELECT substr(signed_up_at, 1, 7) AS m, is_trial, COUNT(*) FROM accounts WHERE signed_up_at LIKE '2024%' "
          "GROUP BY m, is_trial",
          ["SELECT substr(signed_up_at, 1, 7) AS m, SUM(is_trial), SUM(1 - is_trial) FROM accounts "
           "WHERE signed_up_at LIKE '2024%' GROUP BY m",
           "SELECT substr(signed_up_at, 1, 7) AS m, is_trial, COUNT(*) FROM accounts WHERE signed_up_at LIKE '2024%' "
           "AND deleted_at IS NULL GROUP BY m, is_trial"]),
         ("How many signups did we get in 2024 in total, compared with 2023?",
          "SELECT substr(signed_up_at, 1, 4) AS y, COUNT(*) FROM accounts WHERE signed_up_at >= '2023' "
          "AND signed_up_at < '2025' GROUP BY y",
          ["SELECT SUM(signed_up_at LIKE '2024%'), SUM(signed_up_at LIKE '2023%') FROM accounts",
           "SELECT substr(signed_up_at, 1, 4) AS y, COUNT(*) FROM accounts WHERE signed_up_at >= '2023' "
           "AND signed_up_at < '2025' AND deleted_at IS NULL GROUP BY y"]),
         ("how many of the trial accounts converted to paid?", D)),
    conv("pod-3",
         ("Revenue from paid invoices per month in 2024, by issue date", REV,
          [REV.replace("substr(issued_on, 6, 2)", "substr(issued_on, 1, 7)")]),
         ("add a cumulative total", f"SELECT m, amt, SUM(amt) OVER (ORDER BY m) FROM ({REV})"),
         ("compare the monthly figures with last year",
          f"SELECT substr(issued_on, 6, 2) AS m, {PY.format(2024)}, {PY.format(2023)} FROM invoices GROUP BY m",
          ["SELECT substr(issued_on, 1, 4), substr(issued_on, 6, 2), SUM(amount) FROM invoices WHERE status = 'paid' "
           "GROUP BY 1, 2"]),
         ("what will monthly revenue be by the end of next year?", D)),
    conv("pod-4",
         ("How much money is sitting in open invoices?", "SELECT SUM(amount) FROM invoices WHERE status = 'open'"),
         ("only for accounts that haven't been deleted",
          "SELECT SUM(i.amount) FROM invoices i JOIN accounts a ON a.id = i.account_id WHERE i.status = 'open' "
          "AND a.deleted_at IS NULL"),
         ("Which 5 accounts owe the most? Break ties by account name", OWE),
         ("what plan is each of them on?",
          f"SELECT t.account_name, p.name FROM ({OWE}) t JOIN accounts a ON a.account_name = t.account_name "
          "JOIN plans p ON p.id = a.plan_id"),
         ("send me their billing email addresses", D)),
    conv("pod-5",
         ("Looking only at episodes that haven't been deleted, what's the median episode length in minutes?",
          MEDIAN_EP),
         ("and the average?", f"SELECT AVG(mins) FROM {MIN}"),
         ("average length per show category",
          "SELECT s.category, AVG(e.duration_seconds / 60.0) FROM episodes e JOIN shows s ON s.id = e.show_id "
          "WHERE e.deleted_at IS NULL GROUP BY s.category"),
         ("what's the 95th percentile of listener drop-off time?", D)),
    conv("pod-6",
         ("Top 5 shows by total downloads", TOPDL, [TOPDL_LIVE]),
         ("which accounts own them, and what plan are they on?",
          "SELECT s.title, a.account_name, p.name FROM shows s JOIN episodes e ON e.show_id = s.id JOIN accounts a "
          "ON a.id = s.account_id JOIN plans p ON p.id = a.plan_id GROUP BY s.id ORDER BY SUM(e.download_count) DESC "
          "LIMIT 5",
          ["SELECT s.title, a.account_name, p.name FROM shows s JOIN episodes e ON e.show_id = s.id JOIN accounts a "
           "ON a.id = s.account_id JOIN plans p ON p.id = a.plan_id WHERE e.deleted_at IS NULL GROUP BY s.id "
           "ORDER BY SUM(e.download_count) DESC LIMIT 5"]),
         ("now leave out deleted episodes and deleted shows",
          DL.format("WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL")),
         ("which country are their owners in?",
          "SELECT s.title, a.country FROM shows s JOIN episodes e ON e.show_id = s.id JOIN accounts a ON "
          "a.id = s.account_id WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL GROUP BY s.id "
          "ORDER BY SUM(e.download_count) DESC LIMIT 5")),
    conv("pod-7",
         ("Which shows have no episodes?",
          "SELECT title FROM shows WHERE id NOT IN (SELECT show_id FROM episodes)"),
         ("leave out shows that were deleted",
          "SELECT title FROM shows WHERE deleted_at IS NULL AND id NOT IN (SELECT show_id FROM episodes)"),
         ("and treat deleted episodes as not there",
          "SELECT title FROM shows WHERE deleted_at IS NULL AND id NOT IN "
          "(SELECT show_id FROM episodes WHERE deleted_at IS NULL)"),
         ("how many is that per category?",
          "SELECT category, COUNT(*) FROM shows WHERE deleted_at IS NULL AND id NOT IN "
          "(SELECT show_id FROM episodes WHERE deleted_at IS NULL) GROUP BY category")),
    conv("pod-8",
         ("Average number of episodes per show in each category — ignore anything deleted",
          "SELECT s.category, 1.0 * COUNT(e.id) / COUNT(DISTINCT s.id) FROM shows s LEFT JOIN episodes e "
          "ON e.show_id = s.id AND e.deleted_at IS NULL WHERE s.deleted_at IS NULL GROUP BY s.category"),
         ("Which plan has no trial accounts?",
          "SELECT name FROM plans WHERE id NOT IN (SELECT plan_id FROM accounts WHERE is_trial = 1)"),
         ("Which plans are legacy, and how many accounts are still on them?",
          "SELECT p.name, COUNT(a.id) FROM plans p LEFT JOIN accounts a ON a.plan_id = p.id AND a.deleted_at IS NULL "
          "WHERE p.is_legacy = 1 GROUP BY p.name",
          ["SELECT p.name, COUNT(a.id) FROM plans p JOIN accounts a ON a.plan_id = p.id AND a.deleted_at IS NULL "
           "AND a.is_active = 1 WHERE p.is_legacy = 1 GROUP BY p.name"]),
         ("what did they pay before we moved them to the legacy price?", D)),
    conv("pod-9",
         ("What share of active shows are flagged explicit?",
          f"SELECT {EXPL} FROM shows WHERE is_active = 1",
          ["SELECT 1.0 * SUM(is_explicit) / COUNT(*) FROM shows WHERE is_active = 1"]),
         ("per category", f"SELECT category, {EXPL} FROM shows WHERE is_active = 1 GROUP BY category",
          ["SELECT category, 1.0 * SUM(is_explicit) / COUNT(*) FROM shows WHERE is_active = 1 GROUP BY category"]),
         ("which category has the most explicit shows, counting all shows including inactive ones?",
          "SELECT category FROM shows GROUP BY category ORDER BY SUM(is_explicit) DESC LIMIT 1")),
    conv("pod-10",
         ("How many active accounts are there per country? Leave out deleted accounts.",
          f"SELECT country, COUNT(*) FROM accounts a WHERE {LIVE} GROUP BY country"),
         ("which are the top 3?", f"SELECT country, COUNT(*) AS n FROM accounts a WHERE {LIVE} GROUP BY country "
          "ORDER BY n DESC LIMIT 3"),
         ("for those three, new signups in 2024 versus 2023",
          "SELECT country, SUM(signed_up_at LIKE '2024%'), SUM(signed_up_at LIKE '2023%') FROM accounts "
          f"WHERE country IN ({C3}) GROUP BY country",
          ["SELECT country, substr(signed_up_at, 1, 4) AS y, COUNT(*) FROM accounts WHERE signed_up_at >= '2023' AND "
           f"signed_up_at < '2025' AND country IN ({C3}) GROUP BY country, y",
           "SELECT country, SUM(signed_up_at LIKE '2024%'), SUM(signed_up_at LIKE '2023%') FROM accounts "
           f"WHERE deleted_at IS NULL AND country IN ({C3}) GROUP BY country"]),
         ("what's the average listener age in each of them?", D)),
    conv("pod-11",
         ("How many accounts were deleted each month in 2024?",
          "SELECT substr(deleted_at, 1, 7) AS m, COUNT(*) FROM accounts WHERE deleted_at LIKE '2024%' GROUP BY m",
          ["SELECT substr(deleted_at, 6, 2) AS m, COUNT(*) FROM accounts WHERE deleted_at LIKE '2024%' GROUP BY m"]),
         ("which plan lost the most accounts that way in 2024?",
          f"SELECT p.name {DEL24} GROUP BY p.name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and how much had all the accounts deleted in 2024 paid us, in total, before they left?",
          "SELECT SUM(i.amount) FROM invoices i WHERE i.status = 'paid' AND i.account_id IN "
          "(SELECT id FROM accounts WHERE deleted_at LIKE '2024%')"),
         ("who deleted them — the customer or our support team?", D)),
]

SETS = {"petstores": PETSTORES, "liftcare": LIFTCARE, "podhost": PODHOST}
