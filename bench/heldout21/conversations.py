"""heldout21 conversations, written as busy analysts chat, before the engine was run on them. Each
turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL that also
answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ garden
OI = "FROM order_items oi JOIN products p ON p.product_id = oi.product_id"
OIC = ("FROM order_items oi JOIN orders o ON o.order_id = oi.order_id "
       "JOIN customers c ON c.customer_id = o.customer_id")
REV = "SUM(oi.quantity * oi.net_price)"
TOP5P = f"SELECT p.product_name, {REV} AS rev {OI} GROUP BY p.product_id ORDER BY rev DESC LIMIT 5"
Q3 = "strftime('%m', ordered_at) IN ('07', '08', '09')"
Q3Y = f"SELECT strftime('%Y', ordered_at) AS y, SUM(order_total) AS t FROM orders WHERE {Q3} GROUP BY y"
GOLD = ("SELECT c.customer_id, c.full_name, SUM(o.order_total) AS spent FROM customers c JOIN orders o "
        "ON o.customer_id = c.customer_id WHERE c.loyalty_tier = 'gold' AND o.status_code <> 'CNL' "
        "GROUP BY c.customer_id")
OLIVE = ("SELECT DISTINCT o.customer_id FROM order_items oi JOIN orders o ON o.order_id = oi.order_id "
         "JOIN products p ON p.product_id = oi.product_id WHERE p.product_name = 'Olive Tree 80cm'")
NOTFINAL = ("SELECT o.order_id FROM orders o JOIN order_status s ON s.status_code = o.status_code "
            "WHERE s.is_final = 0")
BIG = "SELECT product_id FROM products WHERE list_price > 50"
BESTM = ("SELECT product_id FROM products WHERE list_price > 50 "
         "ORDER BY (list_price - unit_cost) / list_price DESC LIMIT 1")
SHIPM = ("SELECT strftime('%Y-%m', shipped_at) FROM orders WHERE shipped_at LIKE '2024%' "
         "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")

GARDEN = [
    conv("garden-1",
         ("How many orders did we take in 2024?", "SELECT COUNT(*) FROM orders WHERE ordered_at LIKE '2024%'"),
         ("how many of those got cancelled?",
          "SELECT COUNT(*) FROM orders WHERE ordered_at LIKE '2024%' AND status_code = 'CNL'",
          ["SELECT COUNT(*) FROM orders WHERE ordered_at LIKE '2024%' AND cancelled_at IS NOT NULL"]),
         ("what % is that?",
          "SELECT 100.0 * SUM(status_code = 'CNL') / COUNT(*) FROM orders WHERE ordered_at LIKE '2024%'",
          ["SELECT 1.0 * SUM(status_code = 'CNL') / COUNT(*) FROM orders WHERE ordered_at LIKE '2024%'"]),
         ("and in 2023?",
          "SELECT 100.0 * SUM(status_code = 'CNL') / COUNT(*) FROM orders WHERE ordered_at LIKE '2023%'",
          ["SELECT 1.0 * SUM(status_code = 'CNL') / COUNT(*) FROM orders WHERE ordered_at LIKE '2023%'"])),
    conv("garden-2",
         ("What's revenue by product category, using quantity times net price from the order items?",
          f"SELECT p.category, {REV} {OI} GROUP BY p.category"),
         ("and by region?", f"SELECT c.region, {REV} {OIC} GROUP BY c.region",
          [f"SELECT c.region, p.category, {REV} {OIC} JOIN products p ON p.product_id = oi.product_id "
           "GROUP BY c.region, p.category"]),
         ("top 5 products by that", TOP5P),
         ("how much discount did we give on those five? list price minus net price, times quantity",
          f"SELECT p.product_name, SUM(oi.quantity * (oi.list_price - oi.net_price)) {OI} "
          f"WHERE p.product_name IN (SELECT product_name FROM ({TOP5P})) GROUP BY p.product_id",
          [f"SELECT SUM(oi.quantity * (oi.list_price - oi.net_price)) {OI} "
           f"WHERE p.product_name IN (SELECT product_name FROM ({TOP5P}))"])),
    conv("garden-3",
         ("Average number of days between an order being placed and shipped?",
          "SELECT AVG(julianday(shipped_at) - julianday(ordered_at)) FROM orders WHERE shipped_at IS NOT NULL"),
         ("and from shipped to delivered?",
          "SELECT AVG(julianday(delivered_at) - julianday(shipped_at)) FROM orders WHERE delivered_at IS NOT NULL"),
         ("per ship month in 2024",
          "SELECT strftime('%Y-%m', shipped_at) AS m, AVG(julianday(delivered_at) - julianday(shipped_at)) "
          "FROM orders WHERE delivered_at IS NOT NULL AND shipped_at LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%m', shipped_at) AS m, AVG(julianday(delivered_at) - julianday(shipped_at)) "
           "FROM orders WHERE delivered_at IS NOT NULL AND shipped_at LIKE '2024%' GROUP BY m"]),
         ("how many orders missed their promised delivery date?", D),
         ("which orders took more than 12 days from order to delivery?",
          "SELECT order_id FROM orders WHERE julianday(delivered_at) - julianday(ordered_at) > 12")),
    conv("garden-4",
         ("How many customers in each loyalty tier?",
          "SELECT loyalty_tier, COUNT(*) FROM customers GROUP BY loyalty_tier"),
         ("on average how much has each gold customer spent in total, ignoring cancelled orders?",
          f"SELECT AVG(spent) FROM ({GOLD})"),
         ("which gold customer spent the most?", f"SELECT full_name FROM ({GOLD}) ORDER BY spent DESC LIMIT 1"),
         ("what's their phone number?", D)),
    conv("garden-5",
         ("How many returns have we had and what's the total refunded?",
          "SELECT COUNT(*), SUM(refund_amount) FROM returns"),
         ("by reason", "SELECT reason, COUNT(*), SUM(refund_amount) FROM returns GROUP BY reason"),
         ("what share of delivered orders got returned?",
          "SELECT 100.0 * (SELECT COUNT(DISTINCT order_id) FROM returns) / "
          "(SELECT COUNT(*) FROM orders WHERE status_code = 'DLV')",
          ["SELECT 1.0 * (SELECT COUNT(DISTINCT order_id) FROM returns) / "
           "(SELECT COUNT(*) FROM orders WHERE status_code = 'DLV')"]),
         ("which region had the most refund money?",
          "SELECT c.region FROM returns r JOIN orders o ON o.order_id = r.order_id "
          "JOIN customers c ON c.customer_id = o.customer_id GROUP BY c.region "
          "ORDER BY SUM(r.refund_amount) DESC LIMIT 1")),
    conv("garden-6",
         ("Total order_total for Q3 2024 vs Q3 2023", Q3Y),
         ("percent change?",
          f"SELECT 100.0 * (b.t - a.t) / a.t FROM ({Q3Y}) a JOIN ({Q3Y}) b ON a.y = '2023' AND b.y = '2024'"),
         ("why did it change?", D),
         ("sum the shipping fees instead",
          f"SELECT strftime('%Y', ordered_at) AS y, SUM(shipping_fee) FROM orders WHERE {Q3} GROUP BY y"),
         ("per month",
          f"SELECT strftime('%Y-%m', ordered_at) AS m, SUM(shipping_fee) FROM orders WHERE {Q3} GROUP BY m")),
    conv("garden-7",
         ("Which customers bought the Olive Tree 80cm?",
          f"SELECT customer_id, full_name FROM customers WHERE customer_id IN ({OLIVE})",
          [f"SELECT DISTINCT full_name FROM customers WHERE customer_id IN ({OLIVE})"]),
         ("how many of them are in the South?",
          f"SELECT COUNT(*) FROM customers WHERE region = 'South' AND customer_id IN ({OLIVE})"),
         ("what did they pay per tree on average?",
          f"SELECT AVG(oi.net_price) {OI} WHERE p.product_name = 'Olive Tree 80cm'",
          [f"SELECT SUM(oi.quantity * oi.net_price) * 1.0 / SUM(oi.quantity) {OI} "
           "WHERE p.product_name = 'Olive Tree 80cm'"])),
    conv("garden-8",
         ("How much tax did we collect on 2024 orders that weren't cancelled?",
          "SELECT SUM(tax_amount) FROM orders WHERE ordered_at LIKE '2024%' AND status_code <> 'CNL'"),
         ("and discounts?",
          "SELECT SUM(discount_amount) FROM orders WHERE ordered_at LIKE '2024%' AND status_code <> 'CNL'"),
         ("by payment type",
          "SELECT payment_type, SUM(discount_amount) FROM orders WHERE ordered_at LIKE '2024%' "
          "AND status_code <> 'CNL' GROUP BY payment_type"),
         ("what interest rate does klarna charge us?", D)),
    conv("garden-9",
         ("Which products have a list price over 50?", "SELECT product_name, list_price FROM products WHERE list_price > 50"),
         ("what's the margin on each?",
          "SELECT product_name, list_price - unit_cost FROM products WHERE list_price > 50"),
         ("which has the best margin percentage?",
          f"SELECT product_name FROM products WHERE product_id IN ({BESTM})"),
         ("how many units of it have we sold?",
          f"SELECT SUM(quantity) FROM order_items WHERE product_id IN ({BESTM})",
          [f"SELECT SUM(oi.quantity) FROM order_items oi JOIN orders o ON o.order_id = oi.order_id "
           f"WHERE o.status_code <> 'CNL' AND oi.product_id IN ({BESTM})"]),
         ("who supplies it?", D)),
    conv("garden-10",
         ("What's the average customer satisfaction score on deliveries?", D),
         ("ok, how many orders were delivered in December 2024?",
          "SELECT COUNT(*) FROM orders WHERE delivered_at LIKE '2024-12%'"),
         ("how many will be delivered in January?", D),
         ("which courier delivered the most?", D)),
    conv("garden-11",
         ("Order counts by status, with the status names",
          "SELECT s.status_name, COUNT(*) FROM orders o JOIN order_status s ON s.status_code = o.status_code "
          "GROUP BY s.status_name"),
         ("list the ones that aren't final yet, with their order date",
          f"SELECT order_id, ordered_at FROM orders WHERE order_id IN ({NOTFINAL})"),
         ("who placed them?",
          f"SELECT o.order_id, c.full_name FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
          f"WHERE o.order_id IN ({NOTFINAL})",
          [f"SELECT DISTINCT c.full_name FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
           f"WHERE o.order_id IN ({NOTFINAL})"])),
    conv("garden-12",
         ("Average number of different products per order?",
          "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT order_id) FROM order_items"),
         ("and average units per order?", "SELECT SUM(quantity) * 1.0 / COUNT(DISTINCT order_id) FROM order_items"),
         ("by loyalty tier",
          f"SELECT c.loyalty_tier, SUM(oi.quantity) * 1.0 / COUNT(DISTINCT oi.order_id) {OIC} GROUP BY c.loyalty_tier"),
         ("and the average basket value per website session?", D)),
    conv("garden-13",
         ("Which month of 2024 had the most orders shipped?", SHIPM),
         ("how many orders were cancelled that month?",
          f"SELECT COUNT(*) FROM orders WHERE strftime('%Y-%m', cancelled_at) = ({SHIPM})",
          [f"SELECT COUNT(*) FROM orders WHERE status_code = 'CNL' AND strftime('%Y-%m', ordered_at) = ({SHIPM})"]),
         ("average shipping fee on the orders shipped that month?",
          f"SELECT AVG(shipping_fee) FROM orders WHERE strftime('%Y-%m', shipped_at) = ({SHIPM})")),
]

# ------------------------------------------------------------------------------------------ agency
PA = ("FROM ProjectAssignments pa JOIN Projects p ON p.ProjectId = pa.ProjectId "
      "JOIN Translators t ON t.TranslatorId = pa.TranslatorId")
LEGAL5 = (f"SELECT t.TranslatorId, t.FullName, SUM(pa.WordsAssigned) AS w {PA} WHERE p.ProjectType = 'Legal' "
          "GROUP BY t.TranslatorId ORDER BY w DESC LIMIT 5")
LATEPCT = ("100.0 * SUM(DeliveredDate > DueDate) / COUNT(*)")
PC = "FROM Projects p JOIN Clients c ON c.ClientId = p.ClientId"
BESTQ = (f"SELECT t.TranslatorId {PA} GROUP BY t.TranslatorId ORDER BY AVG(p.QualityScore) DESC LIMIT 1")
Q4 = ("SELECT strftime('%Y', RequestedDate) AS y, COUNT(*) AS n FROM Projects "
      "WHERE strftime('%m', RequestedDate) IN ('10', '11', '12') GROUP BY y")
PERCLIENT = "SELECT ClientId, SUM(InvoiceTotal) AS s FROM Projects GROUP BY ClientId"

AGENCY = [
    conv("agency-1",
         ("How many projects were delivered after their due date?",
          "SELECT COUNT(*) FROM Projects WHERE DeliveredDate > DueDate"),
         ("what percentage of delivered projects is that?",
          f"SELECT {LATEPCT} FROM Projects WHERE DeliveredDate IS NOT NULL",
          ["SELECT 1.0 * SUM(DeliveredDate > DueDate) / COUNT(*) FROM Projects WHERE DeliveredDate IS NOT NULL"]),
         ("by project type",
          f"SELECT ProjectType, {LATEPCT} FROM Projects WHERE DeliveredDate IS NOT NULL GROUP BY ProjectType",
          ["SELECT ProjectType, 1.0 * SUM(DeliveredDate > DueDate) / COUNT(*) FROM Projects "
           "WHERE DeliveredDate IS NOT NULL GROUP BY ProjectType"]),
         ("which type is worst?",
          f"SELECT ProjectType FROM Projects WHERE DeliveredDate IS NOT NULL GROUP BY ProjectType "
          f"ORDER BY {LATEPCT} DESC LIMIT 1")),
    conv("agency-2",
         ("Which translators have worked on Legal projects?",
          f"SELECT DISTINCT t.TranslatorId, t.FullName {PA} WHERE p.ProjectType = 'Legal'",
          [f"SELECT DISTINCT t.FullName {PA} WHERE p.ProjectType = 'Legal'"]),
         ("how many words did each of them do on those?",
          f"SELECT t.TranslatorId, t.FullName, SUM(pa.WordsAssigned) {PA} WHERE p.ProjectType = 'Legal' "
          "GROUP BY t.TranslatorId"),
         ("top 5 by that", LEGAL5),
         ("what's their average word rate?",
          f"SELECT t.FullName, AVG(pa.WordRate) {PA} WHERE p.ProjectType = 'Legal' "
          f"AND t.TranslatorId IN (SELECT TranslatorId FROM ({LEGAL5})) GROUP BY t.TranslatorId",
          [f"SELECT t.FullName, AVG(pa.WordRate) {PA} WHERE t.TranslatorId IN (SELECT TranslatorId FROM ({LEGAL5})) "
           "GROUP BY t.TranslatorId"])),
    conv("agency-3",
         ("Total invoiced by client country for projects requested in 2024",
          f"SELECT c.Country, SUM(p.InvoiceTotal) {PC} WHERE p.RequestedDate LIKE '2024%' GROUP BY c.Country"),
         ("and the rush fees?",
          f"SELECT c.Country, SUM(p.RushFee) {PC} WHERE p.RequestedDate LIKE '2024%' GROUP BY c.Country"),
         ("only Germany, per month",
          f"SELECT strftime('%Y-%m', p.RequestedDate) AS m, SUM(p.RushFee) {PC} "
          "WHERE p.RequestedDate LIKE '2024%' AND c.Country = 'Germany' GROUP BY m",
          [f"SELECT strftime('%m', p.RequestedDate) AS m, SUM(p.RushFee) {PC} "
           "WHERE p.RequestedDate LIKE '2024%' AND c.Country = 'Germany' GROUP BY m"]),
         ("what's the rush fee as a share of the invoice total there?",
          f"SELECT 100.0 * SUM(p.RushFee) / SUM(p.InvoiceTotal) {PC} "
          "WHERE p.RequestedDate LIKE '2024%' AND c.Country = 'Germany'",
          [f"SELECT 1.0 * SUM(p.RushFee) / SUM(p.InvoiceTotal) {PC} "
           "WHERE p.RequestedDate LIKE '2024%' AND c.Country = 'Germany'",
           f"SELECT strftime('%Y-%m', p.RequestedDate) AS m, 100.0 * SUM(p.RushFee) / SUM(p.InvoiceTotal) {PC} "
           "WHERE p.RequestedDate LIKE '2024%' AND c.Country = 'Germany' GROUP BY m"]),
         ("how much of that invoice total has actually been paid?", D)),
    conv("agency-4",
         ("Average quality score per translator",
          f"SELECT t.TranslatorId, t.FullName, AVG(p.QualityScore) {PA} GROUP BY t.TranslatorId"),
         ("who's highest?", f"SELECT FullName FROM Translators WHERE TranslatorId IN ({BESTQ})"),
         ("how many projects have they worked on?",
          f"SELECT COUNT(DISTINCT ProjectId) FROM ProjectAssignments WHERE TranslatorId IN ({BESTQ})"),
         ("what's their hourly rate?", D)),
    conv("agency-5",
         ("On average how many projects does each client have?",
          "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT ClientId) FROM Projects",
          ["SELECT (SELECT COUNT(*) FROM Projects) * 1.0 / (SELECT COUNT(*) FROM Clients)"]),
         ("and the average invoice total per client?", f"SELECT AVG(s) FROM ({PERCLIENT})"),
         ("which industry has the highest average word count per project?",
          f"SELECT c.Industry {PC} GROUP BY c.Industry ORDER BY AVG(p.WordCount) DESC LIMIT 1"),
         ("why do they send longer jobs?", D)),
    conv("agency-6",
         ("How many projects were requested in Q4 2024 compared with Q4 2023?", Q4),
         ("% change", f"SELECT 100.0 * (b.n - a.n) / a.n FROM ({Q4}) a JOIN ({Q4}) b ON a.y = '2023' AND b.y = '2024'"),
         ("what about the invoice totals?",
          "SELECT strftime('%Y', RequestedDate) AS y, SUM(InvoiceTotal) FROM Projects "
          "WHERE strftime('%m', RequestedDate) IN ('10', '11', '12') GROUP BY y"),
         ("what will Q1 2025 look like?", D)),
    conv("agency-7",
         ("Average turnaround in days from request to delivery?",
          "SELECT AVG(julianday(DeliveredDate) - julianday(RequestedDate)) FROM Projects "
          "WHERE DeliveredDate IS NOT NULL"),
         ("by project type",
          "SELECT ProjectType, AVG(julianday(DeliveredDate) - julianday(RequestedDate)) FROM Projects "
          "WHERE DeliveredDate IS NOT NULL GROUP BY ProjectType"),
         ("for the late ones, how many days late on average?",
          "SELECT ProjectType, AVG(julianday(DeliveredDate) - julianday(DueDate)) FROM Projects "
          "WHERE DeliveredDate > DueDate GROUP BY ProjectType",
          ["SELECT AVG(julianday(DeliveredDate) - julianday(DueDate)) FROM Projects WHERE DeliveredDate > DueDate"])),
    conv("agency-8",
         ("Project counts by status name",
          "SELECT s.StatusName, COUNT(*) FROM Projects p JOIN ProjectStatus s ON s.StatusCode = p.StatusCode "
          "GROUP BY s.StatusName"),
         ("total quoted amount on the cancelled ones?",
          "SELECT SUM(QuotedAmount) FROM Projects WHERE StatusCode = 'CXL'"),
         ("which two clients cancelled the most?",
          f"SELECT c.ClientName {PC} WHERE p.StatusCode = 'CXL' GROUP BY c.ClientId ORDER BY COUNT(*) DESC LIMIT 2"),
         ("what cancellation fee did we charge them?", D)),
    conv("agency-9",
         ("How many freelance vs in-house translators?",
          "SELECT IsFreelance, COUNT(*) FROM Translators GROUP BY IsFreelance"),
         ("average base rate for each", "SELECT IsFreelance, AVG(BaseRate) FROM Translators GROUP BY IsFreelance"),
         ("which native language has the most translators?",
          "SELECT NativeLanguage FROM Translators GROUP BY NativeLanguage ORDER BY COUNT(*) DESC LIMIT 1"),
         ("who's available next week?", D)),
    conv("agency-10",
         ("How much discount have we given in total, and on how many projects?",
          "SELECT SUM(DiscountAmount), SUM(DiscountAmount > 0) FROM Projects"),
         ("as a percentage of the quoted amount?",
          "SELECT 100.0 * SUM(DiscountAmount) / SUM(QuotedAmount) FROM Projects",
          ["SELECT 1.0 * SUM(DiscountAmount) / SUM(QuotedAmount) FROM Projects",
           "SELECT 100.0 * SUM(DiscountAmount) / SUM(QuotedAmount) FROM Projects WHERE DiscountAmount > 0"]),
         ("which client got the most discount?",
          f"SELECT c.ClientName {PC} GROUP BY c.ClientId ORDER BY SUM(p.DiscountAmount) DESC LIMIT 1"),
         ("what discount rate is in their contract?", D)),
    conv("agency-11",
         ("Which target language do we translate into the most, by words?",
          "SELECT TargetLanguage FROM ProjectAssignments GROUP BY TargetLanguage "
          "ORDER BY SUM(WordsAssigned) DESC LIMIT 1"),
         ("and which one pays translators the most, words times word rate?",
          "SELECT TargetLanguage FROM ProjectAssignments GROUP BY TargetLanguage "
          "ORDER BY SUM(WordsAssigned * WordRate) DESC LIMIT 1"),
         ("average word rate per target language",
          "SELECT TargetLanguage, AVG(WordRate) FROM ProjectAssignments GROUP BY TargetLanguage")),
]

# ------------------------------------------------------------------------------------------ parts
HC = "FROM ORD_HDR h JOIN CUST_MST c ON c.CUST_NO = h.CUST_NO"
NY = ("SELECT strftime('%Y', ORD_DT) AS y, SUM(NET_AMT) AS s FROM ORD_HDR WHERE STAT_CD <> 'X' GROUP BY y")
GBX = ("SELECT d.ORD_NO FROM ORD_DTL d JOIN PART_MST p ON p.PART_NO = d.PART_NO "
       "WHERE p.PART_DESC = 'Gearbox 20:1'")
GBXC = (f"SELECT DISTINCT CUST_NO FROM ORD_HDR WHERE ORD_NO IN ({GBX})")
RSN = "FROM RTN_HDR r JOIN CD_LKP k ON k.CD_TYP = 'RSN' AND k.CD_VAL = r.RSN_CD"
MARGIN5 = "SELECT PART_NO, PART_DESC, LIST_PRC - STD_CST AS m FROM PART_MST ORDER BY m DESC LIMIT 5"
DAYS = "AVG(julianday(h.DLV_DT) - julianday(h.ORD_DT))"

PARTS = [
    conv("parts-1",
         ("How many orders shipped after the promised date?", "SELECT COUNT(*) FROM ORD_HDR WHERE SHP_DT > PROM_DT"),
         ("by region",
          f"SELECT c.RGN_CD, COUNT(*) {HC} WHERE h.SHP_DT > h.PROM_DT GROUP BY c.RGN_CD",
          [f"SELECT k.CD_DESC, COUNT(*) {HC} JOIN CD_LKP k ON k.CD_TYP = 'RGN' AND k.CD_VAL = c.RGN_CD "
           "WHERE h.SHP_DT > h.PROM_DT GROUP BY k.CD_DESC"]),
         ("as a % of shipped orders in each region",
          f"SELECT c.RGN_CD, 100.0 * SUM(h.SHP_DT > h.PROM_DT) / COUNT(*) {HC} WHERE h.SHP_DT IS NOT NULL "
          "GROUP BY c.RGN_CD",
          [f"SELECT c.RGN_CD, 1.0 * SUM(h.SHP_DT > h.PROM_DT) / COUNT(*) {HC} WHERE h.SHP_DT IS NOT NULL "
           "GROUP BY c.RGN_CD"]),
         ("which customer had the most late shipments?",
          f"SELECT c.CUST_NM {HC} WHERE h.SHP_DT > h.PROM_DT GROUP BY c.CUST_NO ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("parts-2",
         ("Net sales (NET_AMT) per year, excluding cancelled orders", NY),
         ("year over year change?",
          f"SELECT 100.0 * (b.s - a.s) / a.s FROM ({NY}) a JOIN ({NY}) b ON a.y = '2023' AND b.y = '2024'",
          [f"SELECT b.s - a.s FROM ({NY}) a JOIN ({NY}) b ON a.y = '2023' AND b.y = '2024'"]),
         ("what about freight?",
          "SELECT strftime('%Y', ORD_DT) AS y, SUM(FRT_AMT) FROM ORD_HDR WHERE STAT_CD <> 'X' GROUP BY y"),
         ("per month in 2024",
          "SELECT strftime('%Y-%m', ORD_DT) AS m, SUM(FRT_AMT) FROM ORD_HDR WHERE STAT_CD <> 'X' "
          "AND ORD_DT LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%m', ORD_DT) AS m, SUM(FRT_AMT) FROM ORD_HDR WHERE STAT_CD <> 'X' "
           "AND ORD_DT LIKE '2024%' GROUP BY m"])),
    conv("parts-3",
         ("Which customers have ordered the Gearbox 20:1?",
          f"SELECT CUST_NO, CUST_NM FROM CUST_MST WHERE CUST_NO IN ({GBXC})"),
         ("how many units did each take?",
          "SELECT h.CUST_NO, SUM(d.ORD_QTY) FROM ORD_DTL d JOIN ORD_HDR h ON h.ORD_NO = d.ORD_NO "
          "JOIN PART_MST p ON p.PART_NO = d.PART_NO WHERE p.PART_DESC = 'Gearbox 20:1' GROUP BY h.CUST_NO"),
         ("which of those are OEMs?",
          f"SELECT CUST_NO, CUST_NM FROM CUST_MST WHERE CUST_TYP_CD = 'OEM' AND CUST_NO IN ({GBXC})"),
         ("what are their credit limits?",
          f"SELECT CUST_NM, CR_LMT FROM CUST_MST WHERE CUST_TYP_CD = 'OEM' AND CUST_NO IN ({GBXC})")),
    conv("parts-4",
         ("How many returns do we have and what's the total credit amount?",
          "SELECT COUNT(*), SUM(CR_AMT) FROM RTN_HDR"),
         ("by reason, with the description", f"SELECT k.CD_DESC, COUNT(*), SUM(r.CR_AMT) {RSN} GROUP BY k.CD_DESC"),
         ("the defective ones: which parts were on those orders?",
          "SELECT DISTINCT p.PART_NO, p.PART_DESC FROM ORD_DTL d JOIN PART_MST p ON p.PART_NO = d.PART_NO "
          "WHERE d.ORD_NO IN (SELECT ORD_NO FROM RTN_HDR WHERE RSN_CD = 'DEF')",
          ["SELECT DISTINCT p.PART_DESC FROM ORD_DTL d JOIN PART_MST p ON p.PART_NO = d.PART_NO "
           "WHERE d.ORD_NO IN (SELECT ORD_NO FROM RTN_HDR WHERE RSN_CD = 'DEF')"]),
         ("what defect rate did the supplier report for them?", D)),
    conv("parts-5",
         ("Average order value (TOT_AMT) by customer type",
          f"SELECT c.CUST_TYP_CD, AVG(h.TOT_AMT) {HC} GROUP BY c.CUST_TYP_CD"),
         ("and the average number of orders per customer in each type",
          f"SELECT c.CUST_TYP_CD, COUNT(*) * 1.0 / COUNT(DISTINCT h.CUST_NO) {HC} GROUP BY c.CUST_TYP_CD"),
         ("which type gets the biggest discount per order on average?",
          f"SELECT c.CUST_TYP_CD {HC} GROUP BY c.CUST_TYP_CD ORDER BY AVG(h.DISC_AMT) DESC LIMIT 1"),
         ("what's the discount rate written into their contracts?", D)),
    conv("parts-6",
         ("Order counts by status description",
          "SELECT k.CD_DESC, COUNT(*) FROM ORD_HDR h JOIN CD_LKP k ON k.CD_TYP = 'STAT' AND k.CD_VAL = h.STAT_CD "
          "GROUP BY k.CD_DESC"),
         ("which orders are still open?", "SELECT ORD_NO FROM ORD_HDR WHERE STAT_CD = 'O'"),
         ("who are they?",
          f"SELECT h.ORD_NO, c.CUST_NM {HC} WHERE h.STAT_CD = 'O'",
          [f"SELECT DISTINCT c.CUST_NM {HC} WHERE h.STAT_CD = 'O'"]),
         ("what's the tracking number on each?", D)),
    conv("parts-7",
         ("Average days from order to delivery per region, 2024 orders",
          f"SELECT c.RGN_CD, {DAYS} {HC} WHERE h.ORD_DT LIKE '2024%' AND h.DLV_DT IS NOT NULL GROUP BY c.RGN_CD"),
         ("which region is slowest?",
          f"SELECT c.RGN_CD {HC} WHERE h.ORD_DT LIKE '2024%' AND h.DLV_DT IS NOT NULL GROUP BY c.RGN_CD "
          f"ORDER BY {DAYS} DESC LIMIT 1"),
         ("only the last quarter of 2024",
          f"SELECT c.RGN_CD {HC} WHERE h.ORD_DT >= '2024-10-01' AND h.ORD_DT <= '2024-12-31' "
          f"AND h.DLV_DT IS NOT NULL GROUP BY c.RGN_CD ORDER BY {DAYS} DESC LIMIT 1"),
         ("why is it so slow there?", D)),
    conv("parts-8",
         ("Margin per part, list price minus standard cost",
          "SELECT PART_NO, PART_DESC, LIST_PRC - STD_CST FROM PART_MST"),
         ("top 5 by that", MARGIN5),
         ("how many of each did we sell in 2024?",
          "SELECT d.PART_NO, SUM(d.ORD_QTY) FROM ORD_DTL d JOIN ORD_HDR h ON h.ORD_NO = d.ORD_NO "
          f"WHERE h.ORD_DT LIKE '2024%' AND h.STAT_CD <> 'X' AND d.PART_NO IN (SELECT PART_NO FROM ({MARGIN5})) "
          "GROUP BY d.PART_NO",
          ["SELECT d.PART_NO, SUM(d.ORD_QTY) FROM ORD_DTL d JOIN ORD_HDR h ON h.ORD_NO = d.ORD_NO "
           f"WHERE h.ORD_DT LIKE '2024%' AND d.PART_NO IN (SELECT PART_NO FROM ({MARGIN5})) GROUP BY d.PART_NO"]),
         ("what bin location are they stored in?", D)),
    conv("parts-9",
         ("Total weight in kg of the parts on orders shipped in December 2024?",
          "SELECT SUM(d.ORD_QTY * p.WT_KG) FROM ORD_DTL d JOIN ORD_HDR h ON h.ORD_NO = d.ORD_NO "
          "JOIN PART_MST p ON p.PART_NO = d.PART_NO WHERE h.SHP_DT LIKE '2024-12%'"),
         ("what fuel surcharge did the haulier add on those?", D),
         ("how many customer accounts were opened in 2023?",
          "SELECT COUNT(*) FROM CUST_MST WHERE OPEN_DT LIKE '2023%'"),
         ("which sales rep opened them?", D)),
    conv("parts-10",
         ("Total tax by region for 2024, excluding cancelled orders",
          f"SELECT c.RGN_CD, SUM(h.TAX_AMT) {HC} WHERE h.ORD_DT LIKE '2024%' AND h.STAT_CD <> 'X' GROUP BY c.RGN_CD"),
         ("sum the discounts instead",
          f"SELECT c.RGN_CD, SUM(h.DISC_AMT) {HC} WHERE h.ORD_DT LIKE '2024%' AND h.STAT_CD <> 'X' "
          "GROUP BY c.RGN_CD"),
         ("top region by that",
          f"SELECT c.RGN_CD {HC} WHERE h.ORD_DT LIKE '2024%' AND h.STAT_CD <> 'X' GROUP BY c.RGN_CD "
          "ORDER BY SUM(h.DISC_AMT) DESC LIMIT 1"),
         ("and its full region name?",
          f"SELECT k.CD_DESC FROM CD_LKP k WHERE k.CD_TYP = 'RGN' AND k.CD_VAL = (SELECT c.RGN_CD {HC} "
          "WHERE h.ORD_DT LIKE '2024%' AND h.STAT_CD <> 'X' GROUP BY c.RGN_CD ORDER BY SUM(h.DISC_AMT) DESC LIMIT 1)")),
    conv("parts-11",
         ("Which product group brings in the most line revenue (qty times unit price)?",
          "SELECT p.PROD_GRP FROM ORD_DTL d JOIN PART_MST p ON p.PART_NO = d.PART_NO GROUP BY p.PROD_GRP "
          "ORDER BY SUM(d.ORD_QTY * d.UNIT_PRC) DESC LIMIT 1"),
         ("and how many different customers bought from that group?",
          "SELECT COUNT(DISTINCT h.CUST_NO) FROM ORD_DTL d JOIN ORD_HDR h ON h.ORD_NO = d.ORD_NO "
          "JOIN PART_MST p ON p.PART_NO = d.PART_NO WHERE p.PROD_GRP = (SELECT p2.PROD_GRP FROM ORD_DTL d2 "
          "JOIN PART_MST p2 ON p2.PART_NO = d2.PART_NO GROUP BY p2.PROD_GRP "
          "ORDER BY SUM(d2.ORD_QTY * d2.UNIT_PRC) DESC LIMIT 1)"),
         ("average unit price charged vs list price for each part in it",
          "SELECT p.PART_NO, AVG(d.UNIT_PRC), p.LIST_PRC FROM ORD_DTL d JOIN PART_MST p ON p.PART_NO = d.PART_NO "
          "WHERE p.PROD_GRP = (SELECT p2.PROD_GRP FROM ORD_DTL d2 JOIN PART_MST p2 ON p2.PART_NO = d2.PART_NO "
          "GROUP BY p2.PROD_GRP ORDER BY SUM(d2.ORD_QTY * d2.UNIT_PRC) DESC LIMIT 1) GROUP BY p.PART_NO")),
]

SETS = {"garden": GARDEN, "agency": AGENCY, "parts": PARTS}
