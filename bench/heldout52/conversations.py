"""Held-out conversations heldout52, in the voice of an auditor checking exceptions (negation and
exclusion: never, not, except, other than, apart from, neither/nor, without, but not), mixed with
plain questions and follow-ups that add or drop an exclusion. Written before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other
SQL that also answers), or None when the data does not hold the answer (to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ plantbox
COMPLAINED = "SELECT d.sub_id FROM complaints c JOIN deliveries d ON d.delivery_id = c.delivery_id"
SP = "FROM subscribers s JOIN plans p ON p.plan_id = s.plan_id"
NEVER_BOX = "SELECT sub_id FROM subscribers WHERE sub_id NOT IN (SELECT sub_id FROM deliveries)"
NOT_SL = "p.plan_name NOT IN ('Starter Sprout', 'Leafy Duo')"

PLANTBOX = [
    conv("pb-1",
         ("How many subscribers do we have that aren't active?",
          "SELECT COUNT(*) FROM subscribers WHERE status <> 'active'"),
         ("split that by status",
          "SELECT status, COUNT(*) FROM subscribers WHERE status <> 'active' GROUP BY status"),
         ("how many of the cancellations happened in 2024?",
          "SELECT COUNT(*) FROM subscribers WHERE status = 'cancelled' AND cancelled_on LIKE '2024%'"),
         ("why did they cancel?", D)),
    conv("pb-2",
         ("Which subscribers have never made a complaint?",
          f"SELECT full_name FROM subscribers WHERE sub_id NOT IN ({COMPLAINED})"),
         ("how many is that?", f"SELECT COUNT(*) FROM subscribers WHERE sub_id NOT IN ({COMPLAINED})"),
         ("only counting active subscribers",
          f"SELECT COUNT(*) FROM subscribers WHERE status = 'active' AND sub_id NOT IN ({COMPLAINED})"),
         ("now include the paused ones too",
          f"SELECT COUNT(*) FROM subscribers WHERE status IN ('active', 'paused') AND sub_id NOT IN ({COMPLAINED})")),
    conv("pb-3",
         ("How many deliveries haven't been delivered yet?",
          "SELECT COUNT(*) FROM deliveries WHERE delivered_on IS NULL"),
         ("which courier has the most of those?",
          "SELECT courier FROM deliveries WHERE delivered_on IS NULL GROUP BY courier ORDER BY COUNT(*) DESC LIMIT 1"),
         ("apart from Royal Mail, how many undelivered boxes does each courier have?",
          "SELECT courier, COUNT(*) FROM deliveries WHERE delivered_on IS NULL AND courier <> 'Royal Mail' "
          "GROUP BY courier"),
         ("what's the tracking number of the oldest one?", D)),
    conv("pb-4",
         ("List the plans that aren't pet safe", "SELECT plan_name FROM plans WHERE pet_safe = 0"),
         ("how many active subscribers are on those plans?",
          f"SELECT COUNT(*) {SP} WHERE p.pet_safe = 0 AND s.status = 'active'"),
         ("and on all the other plans?",
          f"SELECT COUNT(*) {SP} WHERE p.pet_safe = 1 AND s.status = 'active'"),
         ("Leaving cancelled subscribers aside, which plan has the most subscribers?",
          f"SELECT p.plan_name {SP} WHERE s.status <> 'cancelled' GROUP BY p.plan_name ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("pb-5",
         # city is NULL for 23 subscribers: "outside London" read strictly (city <> 'London') leaves them out,
         # read as "not known to be in London" keeps them; both are accepted
         ("How many subscribers are outside London?",
          "SELECT COUNT(*) FROM subscribers WHERE city <> 'London'",
          ["SELECT COUNT(*) FROM subscribers WHERE city IS NULL OR city <> 'London'"]),
         ("break that down by city",
          "SELECT city, COUNT(*) FROM subscribers WHERE city <> 'London' GROUP BY city",
          ["SELECT city, COUNT(*) FROM subscribers WHERE city IS NULL OR city <> 'London' GROUP BY city"]),
         ("which subscribers have no city on file?", "SELECT full_name FROM subscribers WHERE city IS NULL"),
         ("what are their email addresses?", D)),
    conv("pb-6",
         ("How many complaints have there been, not counting billing ones?",
          "SELECT COUNT(*) FROM complaints WHERE category <> 'billing'"),
         ("how much have we refunded on those?",
          "SELECT SUM(refund_amount) FROM complaints WHERE category <> 'billing'"),
         ("and how many of them are still unresolved?",
          "SELECT COUNT(*) FROM complaints WHERE category <> 'billing' AND resolved = 0"),
         ("now include billing",
          "SELECT COUNT(*) FROM complaints WHERE resolved = 0"),
         ("what will refunds cost us next quarter?", D)),
    conv("pb-7",
         ("How many subscribers are on neither the Starter Sprout nor the Leafy Duo plan?",
          f"SELECT COUNT(*) {SP} WHERE {NOT_SL}"),
         ("how many of those joined in 2024?",
          f"SELECT COUNT(*) {SP} WHERE {NOT_SL} AND s.joined_on LIKE '2024%'"),
         ("and how many joined before 2024?",
          f"SELECT COUNT(*) {SP} WHERE {NOT_SL} AND s.joined_on < '2024-01-01'"),
         ("what's the average monthly price across all plans?", "SELECT AVG(monthly_price) FROM plans")),
    conv("pb-8",
         ("How many subscribers weren't referred by anyone?",
          "SELECT COUNT(*) FROM subscribers WHERE referred_by IS NULL"),
         ("Who has referred the most people?",
          "SELECT r.full_name FROM subscribers s JOIN subscribers r ON r.sub_id = s.referred_by "
          "GROUP BY r.sub_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("which referrers brought in someone who later cancelled?",
          "SELECT DISTINCT r.full_name FROM subscribers s JOIN subscribers r ON r.sub_id = s.referred_by "
          "WHERE s.status = 'cancelled'"),
         ("what commission do we pay for a referral?", D)),
    conv("pb-9",
         ("Are there subscribers who never received a single box?",
          f"SELECT full_name FROM subscribers WHERE sub_id IN ({NEVER_BOX})"),
         ("what plans are they on?",
          f"SELECT s.full_name, p.plan_name {SP} WHERE s.sub_id IN ({NEVER_BOX})"),
         ("Leaving those people out, how many subscribers are in Leeds?",
          f"SELECT COUNT(*) FROM subscribers WHERE city = 'Leeds' AND sub_id NOT IN ({NEVER_BOX})")),
    conv("pb-10",
         ("How many boxes did we send with Evri in 2024?",
          "SELECT COUNT(*) FROM deliveries WHERE courier = 'Evri' AND shipped_on LIKE '2024%'"),
         ("and with all the other couriers combined?",
          "SELECT COUNT(*) FROM deliveries WHERE courier <> 'Evri' AND shipped_on LIKE '2024%'"),
         ("For Evri boxes in 2024 that did arrive, what was the average number of days from shipping to delivery?",
          "SELECT AVG(julianday(delivered_on) - julianday(shipped_on)) FROM deliveries WHERE courier = 'Evri' "
          "AND shipped_on LIKE '2024%' AND delivered_on IS NOT NULL"),
         ("what was the weather on those days?", D)),
    conv("pb-11",
         ("What's the monthly price of each plan?", "SELECT plan_name, monthly_price FROM plans"),
         ("What's our monthly revenue from active subscribers?",
          f"SELECT SUM(p.monthly_price) {SP} WHERE s.status = 'active'"),
         ("and if paused subscribers were counted as well?",
          f"SELECT SUM(p.monthly_price) {SP} WHERE s.status IN ('active', 'paused')"),
         ("how does that compare with our revenue target for 2024?", D)),
    conv("pb-12",
         ("Which complaint categories don't involve any refund at all?",
          "SELECT category FROM complaints GROUP BY category HAVING COALESCE(SUM(refund_amount), 0) = 0"),
         ("how many complaints are there in each of the other categories?",
          "SELECT category, COUNT(*) FROM complaints WHERE category <> 'billing' GROUP BY category"),
         ("Which subscribers complained about something other than a late box?",
          "SELECT DISTINCT s.full_name FROM subscribers s JOIN deliveries d ON d.sub_id = s.sub_id "
          "JOIN complaints c ON c.delivery_id = d.delivery_id WHERE c.category <> 'late'"),
         ("what's the complaint phone line's average wait time?", D)),
]

# ------------------------------------------------------------------------------------------ windfarm
NEVER_INSP = "SELECT TurbineID FROM Turbines WHERE TurbineID NOT IN (SELECT TurbineID FROM Inspections)"
TS = "FROM Turbines t JOIN Sites s ON s.SiteID = t.SiteID"
FAILED = "SELECT TurbineID FROM Inspections WHERE Outcome = 'fail'"
GEAR = "SELECT TurbineID FROM Faults WHERE Component = 'gearbox'"
BLADE = "SELECT TurbineID FROM Faults WHERE Component = 'blade'"
F24 = "SELECT TurbineID FROM Faults WHERE ReportedOn LIKE '2024%'"
ONSHORE_OPS = "SELECT GridOperator FROM Sites WHERE GridOperator NOT IN " \
              "(SELECT GridOperator FROM Sites WHERE IsOffshore = 1)"
OLDEST = "SELECT TurbineID FROM Turbines WHERE Decommissioned IS NULL ORDER BY Commissioned LIMIT 1"

WINDFARM = [
    conv("wf-1",
         ("Which turbines have never been inspected?", NEVER_INSP),
         ("are any of them still running?", NEVER_INSP + " AND Decommissioned IS NULL"),
         ("which sites are those at?",
          f"SELECT t.TurbineID, s.SiteName {TS} WHERE t.TurbineID IN ({NEVER_INSP}) AND t.Decommissioned IS NULL",
          [f"SELECT DISTINCT s.SiteName {TS} WHERE t.TurbineID IN ({NEVER_INSP}) AND t.Decommissioned IS NULL"])),
    conv("wf-2",
         ("How many turbines are not offshore?", f"SELECT COUNT(*) {TS} WHERE s.IsOffshore = 0"),
         ("and how many of those are still in service?",
          f"SELECT COUNT(*) {TS} WHERE s.IsOffshore = 0 AND t.Decommissioned IS NULL"),
         ("what's their total capacity?",
          f"SELECT SUM(t.CapacityMW) {TS} WHERE s.IsOffshore = 0 AND t.Decommissioned IS NULL"),
         ("what's their annual energy output in GWh?", D)),
    conv("wf-3",
         # "never failed an inspection": a never-inspected turbine has never failed one, but an auditor may
         # mean "inspected, and passed every time"; both readings are accepted
         ("List the turbines that have never failed an inspection",
          f"SELECT TurbineID FROM Turbines WHERE TurbineID NOT IN ({FAILED})",
          [f"SELECT DISTINCT TurbineID FROM Inspections WHERE TurbineID NOT IN ({FAILED})"]),
         ("how many is that?",
          f"SELECT COUNT(*) FROM Turbines WHERE TurbineID NOT IN ({FAILED})",
          [f"SELECT COUNT(DISTINCT TurbineID) FROM Inspections WHERE TurbineID NOT IN ({FAILED})"]),
         ("only the Enercon ones",
          f"SELECT COUNT(*) FROM Turbines WHERE Model = 'Enercon E-82' AND TurbineID NOT IN ({FAILED})",
          [f"SELECT COUNT(DISTINCT i.TurbineID) FROM Inspections i JOIN Turbines t ON t.TurbineID = i.TurbineID "
           f"WHERE t.Model = 'Enercon E-82' AND i.TurbineID NOT IN ({FAILED})"]),
         ("were any of them inspected by drone?", D)),
    conv("wf-4",
         ("How many faults are still open?", "SELECT COUNT(*) FROM Faults WHERE FixedOn IS NULL"),
         ("excluding the ones on decommissioned turbines?",
          "SELECT COUNT(*) FROM Faults f JOIN Turbines t ON t.TurbineID = f.TurbineID "
          "WHERE f.FixedOn IS NULL AND t.Decommissioned IS NULL"),
         ("list them with their component and severity",
          "SELECT f.FaultID, f.Component, f.Severity FROM Faults f JOIN Turbines t ON t.TurbineID = f.TurbineID "
          "WHERE f.FixedOn IS NULL AND t.Decommissioned IS NULL"),
         ("who is assigned to fix them?", D)),
    conv("wf-5",
         ("Total downtime hours by component, apart from gearbox faults",
          "SELECT Component, SUM(DowntimeHours) FROM Faults WHERE Component <> 'gearbox' GROUP BY Component"),
         ("only severity 3 or above",
          "SELECT Component, SUM(DowntimeHours) FROM Faults WHERE Component <> 'gearbox' AND Severity >= 3 "
          "GROUP BY Component"),
         ("now include the gearbox",
          "SELECT Component, SUM(DowntimeHours) FROM Faults WHERE Severity >= 3 GROUP BY Component"),
         ("how much revenue did that downtime cost us?", D)),
    conv("wf-6",
         ("Which turbines have had a gearbox fault but never a blade fault?",
          f"SELECT TurbineID FROM Turbines WHERE TurbineID IN ({GEAR}) AND TurbineID NOT IN ({BLADE})"),
         ("how many of them are Vestas machines?",
          f"SELECT COUNT(*) FROM Turbines WHERE Model LIKE 'Vestas%' AND TurbineID IN ({GEAR}) "
          f"AND TurbineID NOT IN ({BLADE})"),
         ("And which turbines have had both?",
          f"SELECT TurbineID FROM Turbines WHERE TurbineID IN ({GEAR}) AND TurbineID IN ({BLADE})")),
    conv("wf-7",
         ("How many inspections did each inspector carry out in 2024?",
          "SELECT Inspector, COUNT(*) FROM Inspections WHERE InspectedOn LIKE '2024%' GROUP BY Inspector"),
         ("everyone except Hartley and Osei",
          "SELECT Inspector, COUNT(*) FROM Inspections WHERE InspectedOn LIKE '2024%' "
          "AND Inspector NOT IN ('Hartley', 'Osei') GROUP BY Inspector"),
         ("how many of their 2024 inspections were not a pass?",
          "SELECT Inspector, COUNT(*) FROM Inspections WHERE InspectedOn LIKE '2024%' "
          "AND Inspector NOT IN ('Hartley', 'Osei') AND Outcome <> 'pass' GROUP BY Inspector",
          ["SELECT COUNT(*) FROM Inspections WHERE InspectedOn LIKE '2024%' "
           "AND Inspector NOT IN ('Hartley', 'Osei') AND Outcome <> 'pass'"]),
         ("what's Castillo's mobile number?", D)),
    conv("wf-8",
         ("Which turbines had no faults reported in 2024?",
          f"SELECT TurbineID FROM Turbines WHERE TurbineID NOT IN ({F24})",
          [f"SELECT TurbineID FROM Turbines WHERE Decommissioned IS NULL AND TurbineID NOT IN ({F24})",
           f"SELECT TurbineID FROM Turbines WHERE (Decommissioned IS NULL OR Decommissioned >= '2024-01-01') "
           f"AND TurbineID NOT IN ({F24})"]),
         ("Across all years, which site has had the most faults?",
          "SELECT s.SiteName FROM Faults f JOIN Turbines t ON t.TurbineID = f.TurbineID JOIN Sites s "
          "ON s.SiteID = t.SiteID GROUP BY s.SiteName ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and which site lost the fewest hours of downtime to faults reported in 2024?",
          "SELECT s.SiteName FROM Faults f JOIN Turbines t ON t.TurbineID = f.TurbineID JOIN Sites s "
          "ON s.SiteID = t.SiteID WHERE f.ReportedOn LIKE '2024%' GROUP BY s.SiteName "
          "ORDER BY SUM(f.DowntimeHours) LIMIT 1")),
    conv("wf-9",
         ("How many turbines are there outside Scotland?", f"SELECT COUNT(*) {TS} WHERE s.Region <> 'Scotland'"),
         ("by region", f"SELECT s.Region, COUNT(*) {TS} WHERE s.Region <> 'Scotland' GROUP BY s.Region"),
         ("What is the average turbine capacity in the North West, excluding decommissioned turbines?",
          f"SELECT AVG(t.CapacityMW) {TS} WHERE s.Region = 'North West' AND t.Decommissioned IS NULL"),
         ("why are the North West turbines smaller than the others?", D)),
    conv("wf-10",
         ("When was the oldest turbine that's still running commissioned?",
          "SELECT MIN(Commissioned) FROM Turbines WHERE Decommissioned IS NULL"),
         ("which turbine is that?", OLDEST),
         ("how many faults has it had?", f"SELECT COUNT(*) FROM Faults WHERE TurbineID IN ({OLDEST})"),
         ("and how many inspections did it not pass?",
          f"SELECT COUNT(*) FROM Inspections WHERE TurbineID IN ({OLDEST}) AND Outcome <> 'pass'")),
    conv("wf-11",
         ("Which grid operators don't have any offshore sites?", "SELECT DISTINCT GridOperator FROM Sites "
          "WHERE GridOperator NOT IN (SELECT GridOperator FROM Sites WHERE IsOffshore = 1)"),
         ("how many turbines do they have between them?",
          f"SELECT COUNT(*) {TS} WHERE s.GridOperator IN ({ONSHORE_OPS})"),
         ("what connection charges do they bill us?", D)),
    conv("wf-12",
         ("How many turbines of each model do we run?",
          "SELECT Model, COUNT(*) FROM Turbines GROUP BY Model",
          ["SELECT Model, COUNT(*) FROM Turbines WHERE Decommissioned IS NULL GROUP BY Model"]),
         ("Which models have never had a severity 5 fault?",
          "SELECT DISTINCT Model FROM Turbines WHERE Model NOT IN (SELECT t.Model FROM Faults f JOIN Turbines t "
          "ON t.TurbineID = f.TurbineID WHERE f.Severity = 5)"),
         ("and which sites haven't had a failed inspection since the start of 2024?",
          "SELECT SiteName FROM Sites WHERE SiteID NOT IN (SELECT t.SiteID FROM Inspections i JOIN Turbines t "
          "ON t.TurbineID = i.TurbineID WHERE i.Outcome = 'fail' AND i.InspectedOn >= '2024-01-01')"),
         ("what's the warranty expiry date on the Siemens turbines?", D)),
]

# ------------------------------------------------------------------------------------------ merch
REV = "SELECT SUM(l.qty * l.unit_price) FROM order_lines l JOIN orders o ON o.order_no = l.order_no"
BOUGHT = ("SELECT o.cust_id FROM orders o JOIN order_lines l ON l.order_no = o.order_no JOIN products p "
          "ON p.sku = l.sku WHERE p.product_type = ")
MUG_NOT_POSTER = f"cust_id IN ({BOUGHT}'Mug') AND cust_id NOT IN ({BOUGHT}'Poster')"
NEVER_ORD = "cust_id NOT IN (SELECT cust_id FROM orders)"
IN23_NOT24 = ("cust_id IN (SELECT cust_id FROM orders WHERE order_date LIKE '2023%') "
              "AND cust_id NOT IN (SELECT cust_id FROM orders WHERE order_date LIKE '2024%')")
NO_COUPON = "(coupon_code IS NULL OR coupon_code = '')"
REFUNDED = "SELECT cust_id FROM orders WHERE status = 'refunded'"
TYPE_REV = ("SELECT p.product_type, SUM(l.qty * l.unit_price) AS revenue FROM order_lines l JOIN products p "
            "ON p.sku = l.sku")

MERCH = [
    conv("me-1",
         # "haven't shipped" could mean everything not marked shipped, or only the pending ones (a refund
         # or cancellation may have followed shipping); both are accepted
         ("How many orders haven't shipped?", "SELECT COUNT(*) FROM orders WHERE status <> 'shipped'",
          ["SELECT COUNT(*) FROM orders WHERE status = 'pending'"]),
         ("break it down by status",
          "SELECT status, COUNT(*) FROM orders WHERE status <> 'shipped' GROUP BY status"),
         ("which customers are still waiting on a pending order?",
          "SELECT DISTINCT c.cust_name FROM customers c JOIN orders o ON o.cust_id = c.cust_id "
          "WHERE o.status = 'pending'"),
         ("when will their parcels arrive?", D)),
    conv("me-2",
         ("What were total sales in 2024?", f"{REV} WHERE o.order_date LIKE '2024%'",
          [f"{REV} WHERE o.order_date LIKE '2024%' AND o.status <> 'cancelled'"]),
         ("and excluding refunds?", f"{REV} WHERE o.order_date LIKE '2024%' AND o.status <> 'refunded'"),
         ("leave out cancelled orders as well",
          f"{REV} WHERE o.order_date LIKE '2024%' AND o.status NOT IN ('refunded', 'cancelled')"),
         ("now put the refunds back in",
          f"{REV} WHERE o.order_date LIKE '2024%' AND o.status <> 'cancelled'"),
         ("by month",
          "SELECT strftime('%m', o.order_date) AS m, SUM(l.qty * l.unit_price) FROM order_lines l JOIN orders o "
          "ON o.order_no = l.order_no WHERE o.order_date LIKE '2024%' AND o.status <> 'cancelled' GROUP BY m",
          ["SELECT strftime('%Y-%m', o.order_date) AS m, SUM(l.qty * l.unit_price) FROM order_lines l JOIN orders o "
           "ON o.order_no = l.order_no WHERE o.order_date LIKE '2024%' AND o.status <> 'cancelled' GROUP BY m"])),
    conv("me-3",
         ("Which customers bought a mug but never a poster?",
          f"SELECT cust_name FROM customers WHERE {MUG_NOT_POSTER}"),
         ("how many of them are in the UK?",
          f"SELECT COUNT(*) FROM customers WHERE country = 'UK' AND {MUG_NOT_POSTER}"),
         ("and outside the UK?", f"SELECT COUNT(*) FROM customers WHERE country <> 'UK' AND {MUG_NOT_POSTER}"),
         ("did they like the mugs?", D)),
    conv("me-4",
         ("Which customers have never placed an order?", f"SELECT cust_name FROM customers WHERE {NEVER_ORD}"),
         ("are any of them subscribed to the newsletter?",
          f"SELECT cust_name FROM customers WHERE newsletter = 1 AND {NEVER_ORD}"),
         ("when did they sign up?",
          f"SELECT cust_name, signed_up FROM customers WHERE newsletter = 1 AND {NEVER_ORD}"),
         ("why haven't they bought anything?", D)),
    conv("me-5",
         ("Are there any products we've never sold?",
          "SELECT title FROM products WHERE sku NOT IN (SELECT sku FROM order_lines)"),
         ("which products are discontinued?", "SELECT title FROM products WHERE discontinued = 1"),
         ("Of the products still on sale, which sold the most units in 2024?",
          "SELECT p.title FROM order_lines l JOIN orders o ON o.order_no = l.order_no JOIN products p "
          "ON p.sku = l.sku WHERE p.discontinued = 0 AND o.order_date LIKE '2024%' GROUP BY p.sku "
          "ORDER BY SUM(l.qty) DESC LIMIT 1"),
         ("how many of it do we have in stock?", D)),
    conv("me-6",
         # coupon_code is NULL on most orders but an empty string on 85: "without a coupon" is both; the
         # strict reading (only NULL) is accepted too
         ("How many orders were placed without a coupon?", f"SELECT COUNT(*) FROM orders WHERE {NO_COUPON}",
          ["SELECT COUNT(*) FROM orders WHERE coupon_code IS NULL"]),
         ("and with one?", "SELECT COUNT(*) FROM orders WHERE coupon_code <> ''",
          ["SELECT COUNT(*) FROM orders WHERE coupon_code IS NOT NULL"]),
         ("Other than WELCOME10, which coupon code was used the most?",
          "SELECT coupon_code FROM orders WHERE coupon_code NOT IN ('WELCOME10', '') GROUP BY coupon_code "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("who came up with the BLACKFRI code?", D)),
    conv("me-7",
         ("Number of orders by country, other than the UK and Ireland",
          "SELECT c.country, COUNT(*) FROM orders o JOIN customers c ON c.cust_id = o.cust_id "
          "WHERE c.country NOT IN ('UK', 'Ireland') GROUP BY c.country"),
         ("only shipped orders",
          "SELECT c.country, COUNT(*) FROM orders o JOIN customers c ON c.cust_id = o.cust_id "
          "WHERE c.country NOT IN ('UK', 'Ireland') AND o.status = 'shipped' GROUP BY c.country"),
         ("what's the average shipping charge for those?",
          "SELECT c.country, AVG(o.shipping) FROM orders o JOIN customers c ON c.cust_id = o.cust_id "
          "WHERE c.country NOT IN ('UK', 'Ireland') AND o.status = 'shipped' GROUP BY c.country",
          ["SELECT AVG(o.shipping) FROM orders o JOIN customers c ON c.cust_id = o.cust_id "
           "WHERE c.country NOT IN ('UK', 'Ireland') AND o.status = 'shipped'"]),
         ("which of those countries charges import duty?", D)),
    conv("me-8",
         ("How many customers ordered in 2023 but not in 2024?",
          f"SELECT COUNT(*) FROM customers WHERE {IN23_NOT24}"),
         ("list them", f"SELECT cust_name FROM customers WHERE {IN23_NOT24}"),
         ("Of the customers who signed up in 2024, how many haven't ordered anything yet?",
          f"SELECT COUNT(*) FROM customers WHERE signed_up LIKE '2024%' AND {NEVER_ORD}")),
    conv("me-9",
         ("How many orders did we get each year?",
          "SELECT strftime('%Y', order_date) AS y, COUNT(*) FROM orders GROUP BY y"),
         ("and how many of them were refunded, per year?",
          "SELECT strftime('%Y', order_date) AS y, COUNT(*) FROM orders WHERE status = 'refunded' GROUP BY y"),
         ("Which product type brings in the most revenue?",
          f"SELECT product_type FROM ({TYPE_REV} GROUP BY p.product_type) ORDER BY revenue DESC LIMIT 1",
          [f"SELECT product_type FROM ({TYPE_REV} JOIN orders o ON o.order_no = l.order_no "
           "WHERE o.status NOT IN ('cancelled', 'refunded') GROUP BY p.product_type) ORDER BY revenue DESC LIMIT 1"]),
         ("and rank the rest, leaving hoodies out",
          f"{TYPE_REV} WHERE p.product_type <> 'Hoodie' GROUP BY p.product_type ORDER BY revenue DESC",
          [f"{TYPE_REV} JOIN orders o ON o.order_no = l.order_no WHERE p.product_type <> 'Hoodie' "
           "AND o.status NOT IN ('cancelled', 'refunded') GROUP BY p.product_type ORDER BY revenue DESC"])),
    conv("me-10",
         ("Which customers have had an order refunded?",
          f"SELECT cust_name FROM customers WHERE cust_id IN ({REFUNDED})"),
         ("How many customers with no refunds at all have placed more than 5 orders?",
          f"SELECT COUNT(*) FROM (SELECT cust_id FROM orders WHERE cust_id NOT IN ({REFUNDED}) GROUP BY cust_id "
          "HAVING COUNT(*) > 5)"),
         ("what's the profit margin on hoodies?", D)),
    conv("me-11",
         ("What's the average price of products that aren't mugs?",
          "SELECT AVG(price) FROM products WHERE product_type <> 'Mug'"),
         ("and excluding discontinued ones?",
          "SELECT AVG(price) FROM products WHERE product_type <> 'Mug' AND discontinued = 0"),
         ("how many products are there of each type, apart from mugs and posters?",
          "SELECT product_type, COUNT(*) FROM products WHERE product_type NOT IN ('Mug', 'Poster') "
          "GROUP BY product_type"),
         ("which orders were delivered late?", D)),
    conv("me-12",
         ("How many German customers are not on the newsletter?",
          "SELECT COUNT(*) FROM customers WHERE country = 'Germany' AND newsletter = 0"),
         ("How many orders in 2024 had free shipping?",
          "SELECT COUNT(*) FROM orders WHERE order_date LIKE '2024%' AND shipping = 0"),
         ("how many of those didn't use a coupon?",
          f"SELECT COUNT(*) FROM orders WHERE order_date LIKE '2024%' AND shipping = 0 AND {NO_COUPON}",
          ["SELECT COUNT(*) FROM orders WHERE order_date LIKE '2024%' AND shipping = 0 AND coupon_code IS NULL"]),
         ("What was the total shipping charged in 2024 on orders that weren't cancelled?",
          "SELECT SUM(shipping) FROM orders WHERE order_date LIKE '2024%' AND status <> 'cancelled'")),
]

SETS = {"plantbox": PLANTBOX, "windfarm": WINDFARM, "merch": MERCH}
