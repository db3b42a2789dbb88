"""Held-out conversations of heldout62, written as a non-technical small-business owner would ask
them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or `decline: True` when the data does
not hold the answer. The data runs to 2025-06-30, the owner's "today": "this year" is 2025,
"lately" / "recently" / "the last few months" are read as April-June 2025 (other honest windows in
`accept`)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ electrician
LIVE = "i.status = 'sent'"
GROSS = "(i.amount + COALESCE(i.vat, 0))"
PAID = "COALESCE((SELECT SUM(p.value) FROM payments p WHERE p.invoice_id = i.invoice_id), 0)"
OWED = f"({GROSS} - {PAID})"
IC = "FROM invoices i JOIN customers c ON c.customer_id = i.customer_id"
IJ = "FROM invoices i JOIN jobs j ON j.job_id = i.job_id"


def made(year_cond: str, col: str = "i.amount") -> str:
    return f"SELECT SUM({col}) FROM invoices i WHERE {LIVE} AND {year_cond}"


TOPDEBT = f"SELECT c.customer_id {IC} WHERE {LIVE} GROUP BY c.customer_id ORDER BY SUM({OWED}) DESC LIMIT 1"
BEST5 = f"SELECT c.customer_id {IC} WHERE {LIVE} GROUP BY c.customer_id ORDER BY SUM(i.amount) DESC LIMIT 5"
PART = f"{LIVE} AND {PAID} > 0 AND {PAID} < {GROSS} - 0.005"
TOPTYPE = "SELECT job_type FROM jobs WHERE status <> 'cancelled' GROUP BY job_type ORDER BY COUNT(*) DESC LIMIT 1"
PAYDAYS = ("SELECT i.invoice_id, i.customer_id, julianday(MAX(p.paid_on)) - julianday(i.issued_on) AS days "
           f"FROM invoices i JOIN payments p ON p.invoice_id = i.invoice_id WHERE {LIVE} "
           f"GROUP BY i.invoice_id HAVING SUM(p.value) >= MAX({GROSS}) - 0.005")
H1 = "strftime('%m', i.issued_on) <= '06'"

ELECTRICIAN = [
    conv("el-1",
         ("How much did we make last year?", made("i.issued_on LIKE '2024%'"),
          [made("i.issued_on LIKE '2024%'", GROSS),
           "SELECT SUM(value) FROM payments WHERE paid_on LIKE '2024%'"]),
         ("and the year before?", made("i.issued_on LIKE '2023%'"),
          [made("i.issued_on LIKE '2023%'", GROSS),
           "SELECT SUM(value) FROM payments WHERE paid_on LIKE '2023%'"]),
         ("is this year looking better so far?",
          f"SELECT strftime('%Y', i.issued_on) AS y, SUM(i.amount) FROM invoices i WHERE {LIVE} AND {H1} "
          "AND y IN ('2024', '2025') GROUP BY y",
          [f"SELECT strftime('%Y', i.issued_on) AS y, SUM({GROSS}) FROM invoices i WHERE {LIVE} AND {H1} "
           "AND y IN ('2024', '2025') GROUP BY y",
           f"SELECT strftime('%Y', i.issued_on) AS y, SUM(i.amount) FROM invoices i WHERE {LIVE} "
           "AND y IN ('2024', '2025') GROUP BY y"]),
         ("why?", D),
         ("what did we spend on materials last year?", D)),
    conv("el-2",
         ("Who owes us money?",
          f"SELECT DISTINCT c.name {IC} WHERE {LIVE} AND {OWED} > 0.005",
          [f"SELECT c.customer_id, c.name {IC} WHERE {LIVE} AND {OWED} > 0.005 GROUP BY c.customer_id"]),
         ("how much is that altogether?", f"SELECT SUM({OWED}) FROM invoices i WHERE {LIVE} AND {OWED} > 0.005"),
         ("which of them are late paying?",
          f"SELECT DISTINCT c.name {IC} WHERE {LIVE} AND {OWED} > 0.005 AND i.due_on < '2025-06-30'",
          [f"SELECT DISTINCT c.name {IC} WHERE {LIVE} AND {OWED} > 0.005 AND i.due_on < date('now')",
           f"SELECT DISTINCT c.name {IC} WHERE {LIVE} AND {OWED} > 0.005 AND i.due_on <= '2025-06-30'"]),
         ("who owes the most?",
          f"SELECT c.name {IC} WHERE {LIVE} GROUP BY c.customer_id ORDER BY SUM({OWED}) DESC LIMIT 1"),
         ("show me their invoices",
          f"SELECT i.ref FROM invoices i WHERE {LIVE} AND {OWED} > 0.005 AND i.customer_id = ({TOPDEBT})",
          [f"SELECT i.ref FROM invoices i WHERE i.customer_id = ({TOPDEBT})",
           f"SELECT i.ref FROM invoices i WHERE {LIVE} AND i.customer_id = ({TOPDEBT})"])),
    conv("el-3",
         ("What kind of job brings in the most money?",
          f"SELECT j.job_type {IJ} WHERE {LIVE} GROUP BY j.job_type ORDER BY SUM(i.amount) DESC LIMIT 1"),
         ("and which do we do the most of?", TOPTYPE,
          ["SELECT job_type FROM jobs GROUP BY job_type ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how long do those usually take?",
          f"SELECT AVG(julianday(finished_on) - julianday(started_on)) FROM jobs WHERE status = 'done' "
          f"AND job_type = ({TOPTYPE})",
          [f"SELECT AVG(julianday(finished_on) - julianday(started_on) + 1) FROM jobs WHERE status = 'done' "
           f"AND job_type = ({TOPTYPE})"]),
         ("what do we charge per hour for them?", D)),
    conv("el-4",
         ("Who are our best customers?",
          f"SELECT c.name {IC} WHERE {LIVE} GROUP BY c.customer_id ORDER BY SUM(i.amount) DESC LIMIT 5",
          [f"SELECT c.name {IC} WHERE {LIVE} GROUP BY c.customer_id ORDER BY SUM({GROSS}) DESC LIMIT 5",
           f"SELECT c.name {IC} WHERE {LIVE} GROUP BY c.customer_id ORDER BY SUM(i.amount) DESC LIMIT 10"]),
         ("are they mostly businesses?",
          f"SELECT c.name, c.type FROM customers c WHERE c.customer_id IN ({BEST5})",
          [f"SELECT c.type, COUNT(*) FROM customers c WHERE c.customer_id IN ({BEST5}) GROUP BY c.type"]),
         ("when did we last do a job for them?",
          f"SELECT c.name, MAX(j.started_on) FROM jobs j JOIN customers c ON c.customer_id = j.customer_id "
          f"WHERE c.customer_id IN ({BEST5}) GROUP BY c.customer_id",
          [f"SELECT c.name, MAX(i.issued_on) {IC} WHERE c.customer_id IN ({BEST5}) GROUP BY c.customer_id",
           f"SELECT c.name, MAX(j.finished_on) FROM jobs j JOIN customers c ON c.customer_id = j.customer_id "
           f"WHERE c.customer_id IN ({BEST5}) GROUP BY c.customer_id"]),
         ("how did they hear about us?", D)),
    conv("el-5",
         ("How many invoices have only been part paid?", f"SELECT COUNT(*) FROM invoices i WHERE {PART}"),
         ("show me them", f"SELECT i.ref, c.name {IC} WHERE {PART}"),
         ("what's still to come in on those?", f"SELECT SUM({OWED}) FROM invoices i WHERE {PART}",
          [f"SELECT i.ref, {OWED} FROM invoices i WHERE {PART}"])),
    conv("el-6",
         ("What has Lucy billed this year?",
          f"SELECT SUM(i.amount) {IJ} WHERE {LIVE} AND j.engineer = 'Lucy' AND i.issued_on LIKE '2025%'",
          [f"SELECT SUM({GROSS}) {IJ} WHERE {LIVE} AND j.engineer = 'Lucy' AND i.issued_on LIKE '2025%'",
           f"SELECT SUM(i.amount) {IJ} WHERE i.status <> 'void' AND j.engineer = 'Lucy' AND i.issued_on LIKE '2025%'"]),
         ("and Kiran?",
          f"SELECT SUM(i.amount) {IJ} WHERE {LIVE} AND j.engineer = 'Kiran' AND i.issued_on LIKE '2025%'",
          [f"SELECT SUM({GROSS}) {IJ} WHERE {LIVE} AND j.engineer = 'Kiran' AND i.issued_on LIKE '2025%'",
           f"SELECT SUM(i.amount) {IJ} WHERE i.status <> 'void' AND j.engineer = 'Kiran' AND i.issued_on LIKE '2025%'"]),
         ("who has fitted the most EV chargers?",
          "SELECT engineer FROM jobs WHERE job_type = 'EV charger' AND status = 'done' GROUP BY engineer "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT engineer FROM jobs WHERE job_type = 'EV charger' GROUP BY engineer ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many hours did they put in on those?", D)),
    conv("el-7",
         ("How do people usually pay us?", "SELECT method, COUNT(*) FROM payments GROUP BY method",
          ["SELECT method, SUM(value) FROM payments GROUP BY method",
           "SELECT method FROM payments GROUP BY method ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("is cash dying out?",
          "SELECT strftime('%Y', paid_on) AS y, COUNT(*) FROM payments WHERE method = 'cash' GROUP BY y",
          ["SELECT strftime('%Y', paid_on) AS y, 100.0 * SUM(method = 'cash') / COUNT(*) FROM payments GROUP BY y",
           "SELECT strftime('%Y', paid_on) AS y, 1.0 * SUM(method = 'cash') / COUNT(*) FROM payments GROUP BY y",
           "SELECT strftime('%Y', paid_on) AS y, SUM(value) FROM payments WHERE method = 'cash' GROUP BY y"]),
         ("and cheques?",
          "SELECT strftime('%Y', paid_on) AS y, COUNT(*) FROM payments WHERE method = 'cheque' GROUP BY y",
          ["SELECT strftime('%Y', paid_on) AS y, 100.0 * SUM(method = 'cheque') / COUNT(*) FROM payments GROUP BY y",
           "SELECT strftime('%Y', paid_on) AS y, 1.0 * SUM(method = 'cheque') / COUNT(*) FROM payments GROUP BY y",
           "SELECT strftime('%Y', paid_on) AS y, SUM(value) FROM payments WHERE method = 'cheque' GROUP BY y"])),
    conv("el-8",
         ("How long do people take to pay us, on average?", f"SELECT AVG(days) FROM ({PAYDAYS})",
          [f"SELECT AVG(julianday(p.paid_on) - julianday(i.issued_on)) FROM payments p "
           f"JOIN invoices i ON i.invoice_id = p.invoice_id WHERE {LIVE}",
           "SELECT AVG(julianday(p.paid_on) - julianday(i.issued_on)) FROM payments p "
           "JOIN invoices i ON i.invoice_id = p.invoice_id"]),
         ("homes versus businesses?",
          f"SELECT c.type, AVG(t.days) FROM ({PAYDAYS}) t JOIN customers c ON c.customer_id = t.customer_id "
          "GROUP BY c.type",
          [f"SELECT c.type, AVG(t.days) FROM ({PAYDAYS}) t JOIN customers c ON c.customer_id = t.customer_id "
           "WHERE c.type IN ('home', 'business') GROUP BY c.type",
           f"SELECT c.type, AVG(julianday(p.paid_on) - julianday(i.issued_on)) FROM payments p "
           f"JOIN invoices i ON i.invoice_id = p.invoice_id JOIN customers c ON c.customer_id = i.customer_id "
           f"WHERE {LIVE} GROUP BY c.type"]),
         ("how many bills are more than two months overdue?",
          f"SELECT COUNT(*) FROM invoices i WHERE {LIVE} AND {OWED} > 0.005 AND i.due_on < '2025-04-30'",
          [f"SELECT COUNT(*) FROM invoices i WHERE {LIVE} AND {OWED} > 0.005 AND i.due_on < date('2025-06-30', '-60 days')",
           f"SELECT COUNT(*) FROM invoices i WHERE {LIVE} AND {OWED} > 0.005 AND i.due_on < date('now', '-2 months')",
           f"SELECT COUNT(*) FROM invoices i WHERE {LIVE} AND {OWED} > 0.005 AND i.due_on < date('now', '-60 days')"])),
    conv("el-9",
         ("Did we get more work in Hebden Bridge this year than last?",
          "SELECT strftime('%Y', j.started_on) AS y, COUNT(*) FROM jobs j JOIN customers c ON c.customer_id = j.customer_id "
          "WHERE c.town = 'Hebden Bridge' AND y IN ('2024', '2025') GROUP BY y",
          ["SELECT strftime('%Y', j.started_on) AS y, COUNT(*) FROM jobs j JOIN customers c ON c.customer_id = j.customer_id "
           "WHERE c.town = 'Hebden Bridge' AND j.status <> 'cancelled' AND y IN ('2024', '2025') GROUP BY y",
           "SELECT strftime('%Y', j.started_on) AS y, COUNT(*) FROM jobs j JOIN customers c ON c.customer_id = j.customer_id "
           "WHERE c.town = 'Hebden Bridge' AND strftime('%m', j.started_on) <= '06' AND y IN ('2024', '2025') GROUP BY y"]),
         ("what sort of jobs were they this year?",
          "SELECT j.job_type, COUNT(*) FROM jobs j JOIN customers c ON c.customer_id = j.customer_id "
          "WHERE c.town = 'Hebden Bridge' AND j.started_on LIKE '2025%' GROUP BY j.job_type",
          ["SELECT DISTINCT j.job_type FROM jobs j JOIN customers c ON c.customer_id = j.customer_id "
           "WHERE c.town = 'Hebden Bridge' AND j.started_on LIKE '2025%'"]),
         ("are we cheaper than the other sparkies round there?", D)),
    conv("el-10",
         ("Are there any invoices we haven't sent out yet?", "SELECT ref FROM invoices WHERE status = 'draft'"),
         ("how much are they worth?", "SELECT SUM(amount) FROM invoices WHERE status = 'draft'",
          ["SELECT SUM(amount + COALESCE(vat, 0)) FROM invoices WHERE status = 'draft'"]),
         ("who are they for?",
          "SELECT DISTINCT c.name FROM invoices i JOIN customers c ON c.customer_id = i.customer_id "
          "WHERE i.status = 'draft'"),
         ("which of those customers haven't we got a phone number for?",
          "SELECT DISTINCT c.name FROM invoices i JOIN customers c ON c.customer_id = i.customer_id "
          "WHERE i.status = 'draft' AND c.phone IS NULL")),
]

# ------------------------------------------------------------------------------------------ surfshop
REV = "l.qty * l.unit_price * (1 - COALESCE(l.discount, 0))"
LS = "FROM sale_lines l JOIN sales s ON s.sale_id = l.sale_id"
LSP = LS + " JOIN products p ON p.product_id = l.product_id"
SUMMER25 = "s.sold_at >= '2025-04-01' AND s.sold_at < '2025-10-01'"
SUMMER24 = "s.sold_at >= '2024-04-01' AND s.sold_at < '2024-10-01'"
HOT5 = f"SELECT p.product_id {LSP} WHERE {SUMMER25} GROUP BY p.product_id ORDER BY SUM(l.qty) DESC LIMIT 5"
MOSTRET = f"SELECT p.product_id {LSP} WHERE l.qty < 0 GROUP BY p.product_id ORDER BY SUM(-l.qty) DESC LIMIT 1"
BESTC5 = (f"SELECT s.customer_id {LS} WHERE s.customer_id IS NOT NULL GROUP BY s.customer_id "
          f"ORDER BY SUM({REV}) DESC LIMIT 5")
DISC = "l.qty * l.unit_price * COALESCE(l.discount, 0)"
BESTWET = (f"SELECT p.product_id {LSP} WHERE p.type = 'wetsuit' GROUP BY p.product_id "
           "ORDER BY SUM(l.qty) DESC LIMIT 1")
JUNE = "s.sold_at >= '2025-06-01' AND s.sold_at < '2025-07-01'"
FIRSTBUY = "SELECT customer_id, MIN(sold_at) AS first FROM sales WHERE customer_id IS NOT NULL GROUP BY customer_id"
DOW = "strftime('%w', s.sold_at)"
DAYNAME = ("CASE strftime('%w', s.sold_at) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")

SURFSHOP = [
    conv("su-1",
         ("How much have we sold this season?", f"SELECT SUM({REV}) {LS} WHERE {SUMMER25}",
          [f"SELECT SUM({REV}) {LS} WHERE {SUMMER25} AND l.qty > 0"]),
         ("and last summer?", f"SELECT SUM({REV}) {LS} WHERE {SUMMER24}",
          [f"SELECT SUM({REV}) {LS} WHERE {SUMMER24} AND l.qty > 0",
           f"SELECT SUM({REV}) {LS} WHERE s.sold_at >= '2024-04-01' AND s.sold_at < '2024-07-01'"]),
         ("what's selling this season?",
          f"SELECT p.name {LSP} WHERE {SUMMER25} GROUP BY p.product_id ORDER BY SUM(l.qty) DESC LIMIT 5",
          [f"SELECT p.name {LSP} WHERE {SUMMER25} GROUP BY p.product_id ORDER BY SUM({REV}) DESC LIMIT 5",
           f"SELECT p.name {LSP} WHERE {SUMMER25} GROUP BY p.product_id ORDER BY SUM(l.qty) DESC LIMIT 10",
           f"SELECT p.name {LSP} WHERE {SUMMER25} GROUP BY p.product_id ORDER BY SUM({REV}) DESC LIMIT 10"]),
         ("which of those makes us the most money?",
          f"SELECT p.name {LSP} WHERE {SUMMER25} AND p.product_id IN ({HOT5}) GROUP BY p.product_id "
          f"ORDER BY SUM({REV} - l.qty * p.cost) DESC LIMIT 1",
          [f"SELECT p.name {LSP} WHERE {SUMMER25} AND p.product_id IN ({HOT5}) GROUP BY p.product_id "
           f"ORDER BY SUM({REV}) DESC LIMIT 1"])),
    conv("su-2",
         ("How much stuff gets brought back?", "SELECT SUM(-l.qty) FROM sale_lines l WHERE l.qty < 0",
          ["SELECT COUNT(*) FROM sale_lines WHERE qty < 0",
           "SELECT COUNT(DISTINCT sale_id) FROM sale_lines WHERE qty < 0",
           f"SELECT SUM(-{REV}) FROM sale_lines l WHERE l.qty < 0",
           "SELECT 100.0 * SUM(CASE WHEN qty < 0 THEN -qty ELSE 0 END) / SUM(CASE WHEN qty > 0 THEN qty ELSE 0 END) "
           "FROM sale_lines"]),
         ("what gets returned the most?",
          f"SELECT p.name {LSP} WHERE l.qty < 0 GROUP BY p.product_id ORDER BY SUM(-l.qty) DESC LIMIT 1",
          [f"SELECT p.name {LSP} WHERE l.qty < 0 GROUP BY p.product_id ORDER BY COUNT(*) DESC LIMIT 1",
           f"SELECT p.type {LSP} WHERE l.qty < 0 GROUP BY p.type ORDER BY SUM(-l.qty) DESC LIMIT 1"]),
         ("why do people send it back?", D),
         ("out of how many sold?",
          f"SELECT SUM(l.qty) FROM sale_lines l WHERE l.qty > 0 AND l.product_id = ({MOSTRET})",
          [f"SELECT SUM(l.qty) FROM sale_lines l WHERE l.product_id = ({MOSTRET})"])),
    conv("su-3",
         ("Who are our best customers?",
          f"SELECT c.name {LS} JOIN customers c ON c.customer_id = s.customer_id GROUP BY c.customer_id "
          f"ORDER BY SUM({REV}) DESC LIMIT 5",
          [f"SELECT c.name {LS} JOIN customers c ON c.customer_id = s.customer_id GROUP BY c.customer_id "
           f"ORDER BY SUM({REV}) DESC LIMIT 10",
           f"SELECT c.name {LS} JOIN customers c ON c.customer_id = s.customer_id WHERE l.qty > 0 "
           f"GROUP BY c.customer_id ORDER BY SUM({REV}) DESC LIMIT 5"]),
         ("where are they from?", f"SELECT name, town FROM customers WHERE customer_id IN ({BESTC5})"),
         ("how often do they buy from us?",
          f"SELECT c.name, COUNT(*) FROM sales s JOIN customers c ON c.customer_id = s.customer_id "
          f"WHERE c.customer_id IN ({BESTC5}) GROUP BY c.customer_id",
          [f"SELECT c.name, COUNT(DISTINCT s.sale_id) FROM sales s JOIN sale_lines l ON l.sale_id = s.sale_id "
           f"JOIN customers c ON c.customer_id = s.customer_id WHERE l.qty > 0 AND c.customer_id IN ({BESTC5}) "
           "GROUP BY c.customer_id"]),
         ("have any of them stopped coming?",
          f"SELECT c.name, MAX(s.sold_at) FROM sales s JOIN customers c ON c.customer_id = s.customer_id "
          f"WHERE c.customer_id IN ({BESTC5}) GROUP BY c.customer_id")),
    conv("su-4",
         ("Are online sales growing?",
          f"SELECT strftime('%Y', s.sold_at) AS y, SUM({REV}) {LS} WHERE s.channel = 'online' GROUP BY y",
          ["SELECT strftime('%Y', s.sold_at) AS y, COUNT(*) FROM sales s WHERE s.channel = 'online' GROUP BY y",
           f"SELECT strftime('%Y-%m', s.sold_at) AS m, SUM({REV}) {LS} WHERE s.channel = 'online' GROUP BY m",
           f"SELECT strftime('%Y', s.sold_at) AS y, 100.0 * SUM(CASE WHEN s.channel = 'online' THEN {REV} END) "
           f"/ SUM({REV}) {LS} GROUP BY y"]),
         ("and in the shop?",
          f"SELECT strftime('%Y', s.sold_at) AS y, SUM({REV}) {LS} WHERE s.channel = 'shop' GROUP BY y",
          ["SELECT strftime('%Y', s.sold_at) AS y, COUNT(*) FROM sales s WHERE s.channel = 'shop' GROUP BY y",
           f"SELECT strftime('%Y-%m', s.sold_at) AS m, SUM({REV}) {LS} WHERE s.channel = 'shop' GROUP BY m"]),
         ("what about the last few months?",
          f"SELECT strftime('%Y-%m', s.sold_at) AS m, s.channel, SUM({REV}) {LS} "
          "WHERE s.sold_at >= '2025-04-01' GROUP BY m, s.channel",
          [f"SELECT strftime('%Y-%m', s.sold_at) AS m, SUM({REV}) {LS} "
           "WHERE s.sold_at >= '2025-04-01' AND s.channel = 'shop' GROUP BY m",
           f"SELECT strftime('%Y-%m', s.sold_at) AS m, SUM({REV}) {LS} WHERE s.sold_at >= '2025-04-01' GROUP BY m",
           f"SELECT s.channel, SUM({REV}) {LS} WHERE s.sold_at >= '2025-04-01' GROUP BY s.channel"])),
    conv("su-5",
         ("How much have we given away in discounts?", f"SELECT SUM({DISC}) FROM sale_lines l",
          [f"SELECT SUM({DISC}) FROM sale_lines l WHERE l.qty > 0"]),
         ("is it more than last year?",
          f"SELECT strftime('%Y', s.sold_at) AS y, SUM({DISC}) {LS} WHERE y IN ('2024', '2025') GROUP BY y",
          [f"SELECT strftime('%Y', s.sold_at) AS y, SUM({DISC}) {LS} WHERE y IN ('2024', '2025') AND l.qty > 0 GROUP BY y",
           f"SELECT strftime('%Y', s.sold_at) AS y, SUM({DISC}) {LS} WHERE y IN ('2024', '2025') "
           "AND strftime('%m', s.sold_at) <= '06' GROUP BY y",
           f"SELECT strftime('%Y', s.sold_at) AS y, SUM({DISC}) {LS} GROUP BY y"]),
         ("which products do we knock the most off?",
          f"SELECT p.name {LSP} GROUP BY p.product_id ORDER BY SUM({DISC}) DESC LIMIT 5",
          [f"SELECT p.name {LSP} GROUP BY p.product_id ORDER BY SUM({DISC}) DESC LIMIT 10",
           f"SELECT p.name {LSP} GROUP BY p.product_id ORDER BY SUM({DISC}) DESC LIMIT 1"]),
         ("did the discounts bring more people in?", D)),
    conv("su-6",
         ("What's our best selling wetsuit?",
          f"SELECT p.name {LSP} WHERE p.type = 'wetsuit' GROUP BY p.product_id ORDER BY SUM(l.qty) DESC LIMIT 1"),
         ("how much do we make on each one?",
          f"SELECT list_price - cost FROM products WHERE product_id = ({BESTWET})",
          [f"SELECT AVG(l.unit_price * (1 - COALESCE(l.discount, 0)) - p.cost) {LSP} "
           f"WHERE l.qty > 0 AND p.product_id = ({BESTWET})"]),
         ("which sizes go best?", D),
         ("and the best selling surfboard?",
          f"SELECT p.name {LSP} WHERE p.type = 'surfboard' GROUP BY p.product_id ORDER BY SUM(l.qty) DESC LIMIT 1",
          [f"SELECT p.name {LSP} WHERE p.type IN ('surfboard', 'softboard') GROUP BY p.product_id "
           "ORDER BY SUM(l.qty) DESC LIMIT 1"])),
    conv("su-7",
         ("How many customers bought something last month?",
          f"SELECT COUNT(DISTINCT s.customer_id) FROM sales s WHERE {JUNE}",
          ["SELECT COUNT(DISTINCT s.customer_id) FROM sales s WHERE s.sold_at >= '2025-05-01' AND s.sold_at < '2025-06-01'",
           "SELECT COUNT(DISTINCT s.customer_id) FROM sales s WHERE s.sold_at >= '2025-05-31'"]),
         ("how many of them were new?",
          f"SELECT COUNT(*) FROM ({FIRSTBUY}) WHERE first >= '2025-06-01'",
          [f"SELECT COUNT(DISTINCT s.customer_id) FROM sales s JOIN customers c ON c.customer_id = s.customer_id "
           f"WHERE {JUNE} AND c.joined_on >= '2025-06-01'",
           f"SELECT COUNT(*) FROM ({FIRSTBUY}) WHERE first >= '2025-05-01' AND first < '2025-06-01'"]),
         ("how many people came into the shop and didn't buy anything?", D),
         ("how many of our customers have we got no email for?",
          "SELECT COUNT(*) FROM customers WHERE email IS NULL OR email = ''")),
    conv("su-8",
         ("Which day of the week is busiest?",
          f"SELECT {DOW} AS dow FROM sales s GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT {DAYNAME} AS dow FROM sales s GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("and the quietest?", f"SELECT {DOW} AS dow FROM sales s GROUP BY dow ORDER BY COUNT(*) LIMIT 1",
          [f"SELECT {DAYNAME} AS dow FROM sales s GROUP BY dow ORDER BY COUNT(*) LIMIT 1"]),
         ("do we sell more when it's sunny?", D),
         ("what time of day do most online orders come in?",
          "SELECT strftime('%H', sold_at) AS h FROM sales WHERE channel = 'online' GROUP BY h "
          "ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("su-9",
         ("Which brands do we stock?", "SELECT DISTINCT brand FROM products",
          ["SELECT DISTINCT brand FROM products WHERE active = 1"]),
         ("which one sells best?",
          f"SELECT p.brand {LSP} GROUP BY p.brand ORDER BY SUM({REV}) DESC LIMIT 1",
          [f"SELECT p.brand {LSP} GROUP BY p.brand ORDER BY SUM(l.qty) DESC LIMIT 1"]),
         ("how many of their things have we got left in stock?", D),
         ("which of our products have we stopped selling?", "SELECT name FROM products WHERE active = 0")),
]

# ------------------------------------------------------------------------------------------ barbers
A = "FROM appointments a"
AB = "FROM appointments a JOIN barbers b ON b.barber_id = a.barber_id"
AC = "FROM appointments a JOIN clients c ON c.client_id = a.client_id"
AS_ = "FROM appointments a JOIN services v ON v.service_id = a.service_id"
PAST = "a.status <> 'booked'"
FLAKY5 = (f"SELECT a.client_id {A} WHERE a.status = 'no-show' AND a.client_id IS NOT NULL GROUP BY a.client_id "
          "ORDER BY COUNT(*) DESC LIMIT 5")
TOPB = f"SELECT a.barber_id {A} WHERE a.status = 'done' AND a.starts_at LIKE '2025%' GROUP BY a.barber_id " \
       "ORDER BY SUM(a.amount) DESC LIMIT 1"
REG10 = (f"SELECT a.client_id {A} WHERE a.status = 'done' AND a.client_id IS NOT NULL GROUP BY a.client_id "
         "ORDER BY COUNT(*) DESC LIMIT 10")
LASTWK = "a.starts_at >= '2025-06-23' AND a.starts_at < '2025-06-30'"
LEAST = f"SELECT a.service_id {A} WHERE a.status = 'done' GROUP BY a.service_id ORDER BY COUNT(*) LIMIT 1"

BARBERS = [
    conv("ba-1",
         ("How many no-shows have we had this year?",
          "SELECT COUNT(*) FROM appointments WHERE status = 'no-show' AND starts_at LIKE '2025%'"),
         ("is it getting better?",
          f"SELECT strftime('%Y', a.starts_at) AS y, 100.0 * SUM(a.status = 'no-show') / COUNT(*) {A} "
          f"WHERE {PAST} GROUP BY y",
          [f"SELECT strftime('%Y', a.starts_at) AS y, 1.0 * SUM(a.status = 'no-show') / COUNT(*) {A} "
           f"WHERE {PAST} GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, COUNT(*) {A} WHERE a.status = 'no-show' GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, 100.0 * SUM(a.status = 'no-show') / COUNT(*) {A} "
           f"WHERE {PAST} AND a.type <> 'walk-in' GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, 100.0 * SUM(a.status = 'no-show') / COUNT(*) {A} GROUP BY y"]),
         ("who are the worst for it?",
          f"SELECT c.name {AC} WHERE a.status = 'no-show' GROUP BY c.client_id ORDER BY COUNT(*) DESC LIMIT 5",
          [f"SELECT c.name {AC} WHERE a.status = 'no-show' GROUP BY c.client_id ORDER BY COUNT(*) DESC LIMIT 3",
           f"SELECT c.name {AC} WHERE a.status = 'no-show' GROUP BY c.client_id ORDER BY COUNT(*) DESC LIMIT 10"]),
         ("have we got their phone numbers?",
          f"SELECT name, phone FROM clients WHERE client_id IN ({FLAKY5})")),
    conv("ba-2",
         ("Which barber brings in the most money?",
          f"SELECT b.name {AB} WHERE a.status = 'done' GROUP BY b.barber_id ORDER BY SUM(a.amount) DESC LIMIT 1"),
         ("and this year?",
          f"SELECT b.name {AB} WHERE a.status = 'done' AND a.starts_at LIKE '2025%' GROUP BY b.barber_id "
          "ORDER BY SUM(a.amount) DESC LIMIT 1"),
         ("how much of that is tips?",
          f"SELECT SUM(CAST(a.tip AS REAL)) {A} WHERE a.status = 'done' AND a.starts_at LIKE '2025%' "
          f"AND a.barber_id = ({TOPB})",
          [f"SELECT SUM(CAST(a.tip AS REAL)) / SUM(a.amount) {A} WHERE a.status = 'done' AND a.starts_at LIKE '2025%' "
           f"AND a.barber_id = ({TOPB})",
           f"SELECT 100.0 * SUM(CAST(a.tip AS REAL)) / SUM(a.amount) {A} WHERE a.status = 'done' "
           f"AND a.starts_at LIKE '2025%' AND a.barber_id = ({TOPB})",
           f"SELECT 100.0 * SUM(CAST(a.tip AS REAL)) / SUM(a.amount + COALESCE(CAST(a.tip AS REAL), 0)) {A} "
           f"WHERE a.status = 'done' AND a.starts_at LIKE '2025%' AND a.barber_id = ({TOPB})"]),
         ("how many hours did they work?", D)),
    conv("ba-3",
         ("What's our most popular service?",
          f"SELECT v.name {AS_} WHERE a.status = 'done' GROUP BY v.service_id ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT v.name {AS_} GROUP BY v.service_id ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("and the least?",
          f"SELECT v.name {AS_} WHERE a.status = 'done' GROUP BY v.service_id ORDER BY COUNT(*) LIMIT 1",
          [f"SELECT v.name {AS_} GROUP BY v.service_id ORDER BY COUNT(*) LIMIT 1"]),
         ("what do we charge for it?", f"SELECT price FROM services WHERE service_id = ({LEAST})"),
         ("should we stop doing it?", D)),
    conv("ba-4",
         ("How much did we take last week?", f"SELECT SUM(a.amount) {A} WHERE a.status = 'done' AND {LASTWK}",
          [f"SELECT SUM(a.amount) {A} WHERE a.status = 'done' AND a.starts_at >= '2025-06-24'",
           f"SELECT SUM(a.amount + COALESCE(CAST(a.tip AS REAL), 0)) {A} WHERE a.status = 'done' AND {LASTWK}",
           f"SELECT SUM(a.amount) {A} WHERE a.status = 'done' AND a.starts_at >= '2025-06-23' "
           "AND a.starts_at < '2025-07-01'"]),
         ("and the same week last year?",
          f"SELECT SUM(a.amount) {A} WHERE a.status = 'done' AND a.starts_at >= '2024-06-24' "
          "AND a.starts_at < '2024-07-01'",
          [f"SELECT SUM(a.amount) {A} WHERE a.status = 'done' AND a.starts_at >= '2024-06-23' "
           "AND a.starts_at < '2024-06-30'",
           f"SELECT SUM(a.amount) {A} WHERE a.status = 'done' AND a.starts_at >= '2024-06-24' "
           "AND a.starts_at < '2024-06-30'"]),
         ("was the weather to blame?", D),
         ("which day last week was busiest?",
          f"SELECT substr(a.starts_at, 1, 10) AS d {A} WHERE a.status = 'done' AND {LASTWK} GROUP BY d "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT substr(a.starts_at, 1, 10) AS d {A} WHERE a.status = 'done' AND {LASTWK} GROUP BY d "
           "ORDER BY SUM(a.amount) DESC LIMIT 1",
           f"SELECT substr(a.starts_at, 1, 10) AS d {A} WHERE {LASTWK} GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1",
           f"SELECT CASE strftime('%w', a.starts_at) WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS d "
           f"{A} WHERE a.status = 'done' AND {LASTWK} GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("ba-5",
         ("Are more people booking online than they used to?",
          f"SELECT strftime('%Y', a.starts_at) AS y, COUNT(*) {A} WHERE a.type = 'online' AND {PAST} GROUP BY y",
          [f"SELECT strftime('%Y', a.starts_at) AS y, 100.0 * SUM(a.type = 'online') / COUNT(*) {A} "
           f"WHERE {PAST} GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, 1.0 * SUM(a.type = 'online') / COUNT(*) {A} "
           f"WHERE {PAST} GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, COUNT(*) {A} WHERE a.type = 'online' GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, 100.0 * SUM(a.type = 'online') / COUNT(*) {A} GROUP BY y"]),
         ("and walk-ins?",
          f"SELECT strftime('%Y', a.starts_at) AS y, COUNT(*) {A} WHERE a.type = 'walk-in' AND {PAST} GROUP BY y",
          [f"SELECT strftime('%Y', a.starts_at) AS y, 100.0 * SUM(a.type = 'walk-in') / COUNT(*) {A} "
           f"WHERE {PAST} GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, 1.0 * SUM(a.type = 'walk-in') / COUNT(*) {A} "
           f"WHERE {PAST} GROUP BY y",
           f"SELECT strftime('%Y', a.starts_at) AS y, 100.0 * SUM(a.type = 'walk-in') / COUNT(*) {A} GROUP BY y"]),
         ("do walk-ins spend more?",
          f"SELECT a.type, AVG(a.amount) {A} WHERE a.status = 'done' GROUP BY a.type",
          [f"SELECT AVG(a.amount) {A} WHERE a.status = 'done' AND a.type = 'walk-in'",
           f"SELECT a.type = 'walk-in' AS walk_in, AVG(a.amount) {A} WHERE a.status = 'done' GROUP BY walk_in"])),
    conv("ba-6",
         ("Who comes in most often?",
          f"SELECT c.name {AC} WHERE a.status = 'done' GROUP BY c.client_id ORDER BY COUNT(*) DESC LIMIT 10",
          [f"SELECT c.name {AC} WHERE a.status = 'done' GROUP BY c.client_id ORDER BY COUNT(*) DESC LIMIT 5",
           f"SELECT c.name {AC} WHERE a.status = 'done' GROUP BY c.client_id ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how much have they spent with us?",
          f"SELECT c.name, SUM(a.amount) {AC} WHERE a.status = 'done' AND c.client_id IN ({REG10}) GROUP BY c.client_id",
          [f"SELECT c.name, SUM(a.amount + COALESCE(CAST(a.tip AS REAL), 0)) {AC} WHERE a.status = 'done' "
           f"AND c.client_id IN ({REG10}) GROUP BY c.client_id"]),
         ("who do they usually sit with?",
          f"SELECT name, barber FROM (SELECT c.name, b.name AS barber, ROW_NUMBER() OVER (PARTITION BY c.client_id "
          f"ORDER BY COUNT(*) DESC) AS rk {AC} JOIN barbers b ON b.barber_id = a.barber_id "
          f"WHERE a.status = 'done' AND c.client_id IN ({REG10}) GROUP BY c.client_id, b.barber_id) WHERE rk = 1"),
         ("when were they last in?",
          f"SELECT c.name, MAX(a.starts_at) {AC} WHERE a.status = 'done' AND c.client_id IN ({REG10}) "
          "GROUP BY c.client_id")),
    conv("ba-7",
         ("What time of day are we busiest?",
          f"SELECT strftime('%H', a.starts_at) AS h {A} WHERE a.status = 'done' GROUP BY h "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT strftime('%H', a.starts_at) AS h {A} GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("and on Saturdays?",
          f"SELECT strftime('%H', a.starts_at) AS h {A} WHERE a.status = 'done' AND strftime('%w', a.starts_at) = '6' "
          "GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT strftime('%H', a.starts_at) AS h {A} WHERE strftime('%w', a.starts_at) = '6' "
           "GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how long do walk-ins have to wait for a chair?", D)),
    conv("ba-8",
         ("Is Jake still working here?", "SELECT active FROM barbers WHERE name LIKE 'Jake%'"),
         ("when did he last cut someone's hair?",
          f"SELECT MAX(a.starts_at) {AB} WHERE b.name LIKE 'Jake%' AND a.status = 'done'",
          [f"SELECT MAX(a.starts_at) {AB} WHERE b.name LIKE 'Jake%'",
           f"SELECT MAX(substr(a.starts_at, 1, 10)) {AB} WHERE b.name LIKE 'Jake%' AND a.status = 'done'"]),
         ("how many clients did he see?",
          f"SELECT COUNT(DISTINCT a.client_id) {AB} WHERE b.name LIKE 'Jake%' AND a.status = 'done'",
          [f"SELECT COUNT(*) {AB} WHERE b.name LIKE 'Jake%' AND a.status = 'done'"]),
         ("since we switched booking apps, have the no-shows dropped?", D)),
    conv("ba-9",
         ("What do we make on a normal haircut?",
          f"SELECT AVG(a.amount) {AS_} WHERE a.status = 'done' AND v.name = 'Haircut'",
          ["SELECT price FROM services WHERE name = 'Haircut'"]),
         ("and beard trims?", f"SELECT AVG(a.amount) {AS_} WHERE a.status = 'done' AND v.name = 'Beard Trim'",
          ["SELECT price FROM services WHERE name = 'Beard Trim'"]),
         ("what's the dearest thing we do?", "SELECT name FROM services ORDER BY price DESC LIMIT 1"),
         ("how many of those did we do recently?",
          f"SELECT COUNT(*) {AS_} WHERE a.status = 'done' AND v.name = 'Hair Colour' AND a.starts_at >= '2025-04-01' "
          "AND a.starts_at < '2025-07-01'",
          [f"SELECT COUNT(*) {AS_} WHERE a.status = 'done' AND v.name = 'Hair Colour' AND a.starts_at >= '2025-06-01' "
           "AND a.starts_at < '2025-07-01'",
           f"SELECT COUNT(*) {AS_} WHERE a.status = 'done' AND v.name = 'Hair Colour' AND a.starts_at >= '2025-05-31' "
           "AND a.starts_at < '2025-07-01'"]),
         ("what does a tub of the pomade we sell cost us?", D)),
]

SETS = {"electrician": ELECTRICIAN, "surfshop": SURFSHOP, "barbers": BARBERS}
