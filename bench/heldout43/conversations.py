"""heldout43: owner/bookkeeper conversations over three small-business databases, written before
the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown),
optional `accept` (other SQL that also answers), or None when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ frameshop
GBP25 = "FROM invoices WHERE currency = 'GBP' AND issued_on LIKE '2025%'"
IC = "FROM invoices i JOIN customers c ON c.customer_id = i.customer_id"
TOP5_24 = (f"SELECT c.customer_id {IC} WHERE i.currency = 'GBP' AND i.issued_on LIKE '2024%' "
           "GROUP BY c.customer_id ORDER BY SUM(i.net_cents) DESC LIMIT 5")
UNPAID_TRADE = f"{IC} WHERE i.paid_on IS NULL AND c.is_trade = 1"
LATE = "FROM invoices WHERE paid_on > due_on"
EXP25 = "FROM expenses WHERE currency = 'GBP' AND spent_on LIKE '2025%'"
YOY = "FROM invoices WHERE currency = 'GBP' AND strftime('%Y', issued_on) IN ('2024', '2025')"
JT = ("SELECT job_type, SUM(CASE WHEN issued_on LIKE '2025%' THEN net_cents ELSE 0 END) - "
      "SUM(CASE WHEN issued_on LIKE '2024%' THEN net_cents ELSE 0 END) AS growth FROM invoices "
      "WHERE currency = 'GBP' GROUP BY job_type")
BIG_MOUNT = "SELECT customer_id FROM invoices WHERE job_type = 'mount cutting' ORDER BY net_cents DESC LIMIT 1"
EURT = f"SELECT DISTINCT c.customer_id {IC} WHERE c.is_trade = 1 AND i.currency = 'EUR'"

FRAMESHOP = [
    conv("fr-1",
         ("How much did we invoice each month in 2025? Sterling only, before VAT.",
          f"SELECT strftime('%m', issued_on) AS m, SUM(net_cents) / 100.0 {GBP25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', issued_on) AS m, SUM(net_cents) / 100.0 {GBP25} GROUP BY m",
           f"SELECT strftime('%m', issued_on) AS m, SUM(net_cents) {GBP25} GROUP BY m",
           f"SELECT strftime('%Y-%m', issued_on) AS m, SUM(net_cents) {GBP25} GROUP BY m"]),
         ("and with VAT included?",
          f"SELECT strftime('%m', issued_on) AS m, SUM(net_cents + vat_cents) / 100.0 {GBP25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', issued_on) AS m, SUM(net_cents + vat_cents) / 100.0 {GBP25} GROUP BY m",
           f"SELECT strftime('%m', issued_on) AS m, SUM(net_cents + vat_cents) {GBP25} GROUP BY m",
           f"SELECT strftime('%Y-%m', issued_on) AS m, SUM(net_cents + vat_cents) {GBP25} GROUP BY m"]),
         ("which month was the quietest?",
          f"SELECT strftime('%m', issued_on) AS m {GBP25} GROUP BY m ORDER BY SUM(net_cents + vat_cents) LIMIT 1",
          [f"SELECT strftime('%Y-%m', issued_on) AS m {GBP25} GROUP BY m ORDER BY SUM(net_cents + vat_cents) LIMIT 1"]),
         ("how many invoices did we send that month?",
          f"SELECT COUNT(*) {GBP25} AND strftime('%m', issued_on) = (SELECT strftime('%m', issued_on) AS m {GBP25} "
          "GROUP BY m ORDER BY SUM(net_cents + vat_cents) LIMIT 1)",
          ["SELECT COUNT(*) FROM invoices WHERE strftime('%Y-%m', issued_on) = (SELECT strftime('%Y-%m', issued_on) "
           f"AS m {GBP25} GROUP BY m ORDER BY SUM(net_cents + vat_cents) LIMIT 1)"]),
         ("what was the bank balance at the end of that month?", D)),
    conv("fr-2",
         ("Which invoices are still unpaid?", "SELECT invoice_no FROM invoices WHERE paid_on IS NULL"),
         ("only the trade customers' ones", f"SELECT i.invoice_no {UNPAID_TRADE}"),
         ("what do those come to in total including VAT, per currency?",
          f"SELECT i.currency, SUM(i.net_cents + i.vat_cents) / 100.0 {UNPAID_TRADE} GROUP BY i.currency",
          [f"SELECT i.currency, SUM(i.net_cents + i.vat_cents) {UNPAID_TRADE} GROUP BY i.currency"]),
         ("What's the phone number of the contact at each of those customers?", D),
         ("which of those invoices is the oldest?",
          f"SELECT i.invoice_no {UNPAID_TRADE} ORDER BY i.issued_on LIMIT 1")),
    conv("fr-3",
         ("Who were our five best customers in 2024 by net sales, in pounds?",
          f"SELECT name FROM customers WHERE customer_id IN ({TOP5_24})"),
         ("who's the contact person at each of them?",
          f"SELECT name, contact_name FROM customers WHERE customer_id IN ({TOP5_24})"),
         ("how many invoices did each of them get that year?",
          f"SELECT c.name, COUNT(*) {IC} WHERE i.issued_on LIKE '2024%' AND c.customer_id IN ({TOP5_24}) "
          "GROUP BY c.customer_id"),
         ("and what did they spend with us in 2025?",
          f"SELECT c.name, SUM(i.net_cents) / 100.0 {IC} WHERE i.issued_on LIKE '2025%' AND c.customer_id IN "
          f"({TOP5_24}) GROUP BY c.customer_id",
          [f"SELECT c.name, SUM(i.net_cents) {IC} WHERE i.issued_on LIKE '2025%' AND c.customer_id IN "
           f"({TOP5_24}) GROUP BY c.customer_id"]),
         ("which of them have left us a Google review?", D)),
    conv("fr-4",
         ("How many invoices were paid after their due date?", f"SELECT COUNT(*) {LATE}"),
         ("break that down by the year they were issued",
          f"SELECT strftime('%Y', issued_on) AS y, COUNT(*) {LATE} GROUP BY y"),
         ("on average how many days late were they?",
          f"SELECT AVG(julianday(paid_on) - julianday(due_on)) {LATE}",
          [f"SELECT strftime('%Y', issued_on) AS y, AVG(julianday(paid_on) - julianday(due_on)) {LATE} GROUP BY y"]),
         ("which customer paid late most often?",
          f"SELECT c.name {IC} WHERE i.paid_on > i.due_on GROUP BY c.customer_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Why do they keep paying late?", D)),
    conv("fr-5",
         ("What did we spend each month in 2025? Sterling bills only, without the VAT.",
          f"SELECT strftime('%m', spent_on) AS m, SUM(amount_cents) / 100.0 {EXP25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', spent_on) AS m, SUM(amount_cents) / 100.0 {EXP25} GROUP BY m",
           f"SELECT strftime('%m', spent_on) AS m, SUM(amount_cents) {EXP25} GROUP BY m",
           f"SELECT strftime('%Y-%m', spent_on) AS m, SUM(amount_cents) {EXP25} GROUP BY m"]),
         ("and how much VAT did we pay on those each month?",
          f"SELECT strftime('%m', spent_on) AS m, SUM(vat_cents) / 100.0 {EXP25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', spent_on) AS m, SUM(vat_cents) / 100.0 {EXP25} GROUP BY m",
           f"SELECT strftime('%m', spent_on) AS m, SUM(vat_cents) {EXP25} GROUP BY m",
           f"SELECT strftime('%Y-%m', spent_on) AS m, SUM(vat_cents) {EXP25} GROUP BY m"]),
         ("which supplier did we pay the most that year?",
          f"SELECT supplier {EXP25} GROUP BY supplier ORDER BY SUM(amount_cents) DESC LIMIT 1",
          [f"SELECT supplier {EXP25} GROUP BY supplier ORDER BY SUM(amount_cents + vat_cents) DESC LIMIT 1"]),
         ("what did we spend per category?",
          f"SELECT category, SUM(amount_cents) / 100.0 {EXP25} GROUP BY category",
          [f"SELECT category, SUM(amount_cents) {EXP25} GROUP BY category"])),
    conv("fr-6",
         ("Compare our sterling net sales for 2024 and 2025",
          f"SELECT strftime('%Y', issued_on) AS y, SUM(net_cents) / 100.0 {YOY} GROUP BY y",
          [f"SELECT strftime('%Y', issued_on) AS y, SUM(net_cents) {YOY} GROUP BY y"]),
         ("split by job type",
          f"SELECT strftime('%Y', issued_on) AS y, job_type, SUM(net_cents) / 100.0 {YOY} GROUP BY y, job_type",
          [f"SELECT strftime('%Y', issued_on) AS y, job_type, SUM(net_cents) {YOY} GROUP BY y, job_type"]),
         ("which job type grew the most?", f"SELECT job_type FROM ({JT}) ORDER BY growth DESC LIMIT 1"),
         ("will it keep growing next year?", D)),
    conv("fr-7",
         ("How many trade customers do we have?", "SELECT COUNT(*) FROM customers WHERE is_trade = 1"),
         ("which of them are billed in euros?", f"SELECT name FROM customers WHERE customer_id IN ({EURT})"),
         ("what credit limit have we given them?", D),
         ("when did they first order from us?",
          f"SELECT name, first_order_on FROM customers WHERE customer_id IN ({EURT})")),
    conv("fr-8",
         ("What's the average bespoke frame invoice in pounds, VAT included?",
          "SELECT AVG(net_cents + vat_cents) / 100.0 FROM invoices WHERE job_type = 'bespoke frame' AND currency = 'GBP'",
          ["SELECT AVG(net_cents + vat_cents) FROM invoices WHERE job_type = 'bespoke frame' AND currency = 'GBP'"]),
         ("and for mount cutting?",
          "SELECT AVG(net_cents + vat_cents) / 100.0 FROM invoices WHERE job_type = 'mount cutting' AND currency = 'GBP'",
          ["SELECT AVG(net_cents + vat_cents) FROM invoices WHERE job_type = 'mount cutting' AND currency = 'GBP'"]),
         ("What was the biggest single mount cutting invoice ever, before VAT?",
          "SELECT MAX(net_cents) FROM invoices WHERE job_type = 'mount cutting'",
          ["SELECT MAX(net_cents) / 100.0 FROM invoices WHERE job_type = 'mount cutting'"]),
         ("who was it for?", f"SELECT name FROM customers WHERE customer_id = ({BIG_MOUNT})"),
         ("how many hours did that job take in the workshop?", D)),
    conv("fr-9",
         ("How many customers placed their first order in 2025?",
          "SELECT COUNT(*) FROM customers WHERE first_order_on LIKE '2025%'"),
         ("How many invoices issued in December 2025 are still unpaid?",
          "SELECT COUNT(*) FROM invoices WHERE issued_on LIKE '2025-12%' AND paid_on IS NULL"),
         ("which invoices fall due in January 2026?",
          "SELECT invoice_no FROM invoices WHERE due_on LIKE '2026-01%'"),
         ("which of those have been paid already?",
          "SELECT invoice_no FROM invoices WHERE due_on LIKE '2026-01%' AND paid_on IS NOT NULL")),
    conv("fr-10",
         ("What was our profit in 2024? Sterling, net of VAT: invoiced minus spent.",
          "SELECT ((SELECT SUM(net_cents) FROM invoices WHERE currency = 'GBP' AND issued_on LIKE '2024%') - "
          "(SELECT SUM(amount_cents) FROM expenses WHERE currency = 'GBP' AND spent_on LIKE '2024%')) / 100.0",
          ["SELECT (SELECT SUM(net_cents) FROM invoices WHERE currency = 'GBP' AND issued_on LIKE '2024%') - "
           "(SELECT SUM(amount_cents) FROM expenses WHERE currency = 'GBP' AND spent_on LIKE '2024%')"]),
         ("How much do we pay in rent a month?",
          "SELECT DISTINCT amount_cents / 100.0 FROM expenses WHERE category = 'rent'",
          ["SELECT DISTINCT amount_cents FROM expenses WHERE category = 'rent'",
           "SELECT AVG(amount_cents) / 100.0 FROM expenses WHERE category = 'rent'",
           "SELECT AVG(amount_cents) FROM expenses WHERE category = 'rent'"]),
         ("What markup do we make on the moulding we buy from Larson-Juhl?", D),
         ("How much did we pay Arqadia in 2025, in euros?",
          "SELECT SUM(amount_cents) / 100.0 FROM expenses WHERE supplier = 'Arqadia' AND spent_on LIKE '2025%'",
          ["SELECT SUM(amount_cents) FROM expenses WHERE supplier = 'Arqadia' AND spent_on LIKE '2025%'",
           "SELECT SUM(amount_cents + vat_cents) / 100.0 FROM expenses WHERE supplier = 'Arqadia' AND spent_on LIKE '2025%'",
           "SELECT SUM(amount_cents + vat_cents) FROM expenses WHERE supplier = 'Arqadia' AND spent_on LIKE '2025%'"])),
]

# ------------------------------------------------------------------------------------------ upholstery
P25 = "FROM payments WHERE paid_on LIKE '2025%'"
PAIDBY = "SELECT job_id, SUM(amount) AS paid FROM payments GROUP BY job_id"
OWING = (f"FROM jobs j LEFT JOIN ({PAIDBY}) p ON p.job_id = j.job_id "
         "WHERE j.completed_on IS NOT NULL AND COALESCE(p.paid, 0) < j.final_price - 0.01")
WAITED = "SELECT DISTINCT job_id FROM job_status_history WHERE status = 'waiting for fabric'"
WAITS = ("SELECT w.job_id, (SELECT MIN(julianday(h.changed_at)) FROM job_status_history h WHERE h.job_id = w.job_id "
         "AND h.status = 'in progress' AND h.changed_at > w.changed_at) - julianday(w.changed_at) AS days "
         "FROM job_status_history w WHERE w.status = 'waiting for fabric'")
WAITS_D = ("SELECT w.job_id, (SELECT MIN(julianday(date(h.changed_at))) FROM job_status_history h WHERE h.job_id = "
           "w.job_id AND h.status = 'in progress' AND h.changed_at > w.changed_at) - julianday(date(w.changed_at)) "
           "AS days FROM job_status_history w WHERE w.status = 'waiting for fabric'")
LATEJ = "FROM jobs WHERE completed_on > promised_on"
TOP3 = ("SELECT j.client_id FROM payments p JOIN jobs j ON j.job_id = p.job_id GROUP BY j.client_id "
        "ORDER BY SUM(p.amount) DESC LIMIT 3")
OVER = "FROM jobs WHERE final_price IS NOT NULL"
OPEN = "FROM jobs WHERE current_status = 'in progress'"
INSTA = "SELECT client_id FROM clients WHERE referred_by = 'Instagram'"
PJC = "FROM payments p JOIN jobs j ON j.job_id = p.job_id JOIN clients c ON c.client_id = j.client_id"

UPHOLSTERY = [
    conv("up-1",
         ("How much money came in each month of 2025?",
          f"SELECT strftime('%m', paid_on) AS m, SUM(amount) {P25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', paid_on) AS m, SUM(amount) {P25} GROUP BY m"]),
         ("just the deposits",
          f"SELECT strftime('%m', paid_on) AS m, SUM(amount) {P25} AND kind = 'deposit' GROUP BY m",
          [f"SELECT strftime('%Y-%m', paid_on) AS m, SUM(amount) {P25} AND kind = 'deposit' GROUP BY m"]),
         ("which month took the most in deposits?",
          f"SELECT strftime('%m', paid_on) AS m {P25} AND kind = 'deposit' GROUP BY m ORDER BY SUM(amount) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', paid_on) AS m {P25} AND kind = 'deposit' GROUP BY m "
           "ORDER BY SUM(amount) DESC LIMIT 1"]),
         ("how much came in by card versus bank transfer in 2025?",
          f"SELECT method, SUM(amount) {P25} AND method IN ('card', 'bank transfer') GROUP BY method",
          [f"SELECT method, SUM(amount) {P25} GROUP BY method"])),
    conv("up-2",
         ("Which finished jobs haven't been fully paid for?", f"SELECT j.job_id {OWING}"),
         ("how much is still owed on them altogether?", f"SELECT SUM(j.final_price - COALESCE(p.paid, 0)) {OWING}"),
         ("who are the clients?",
          f"SELECT DISTINCT c.full_name FROM clients c WHERE c.client_id IN (SELECT j.client_id {OWING})"),
         ("what are their phone numbers?", D),
         ("which of those jobs was finished the longest ago?",
          f"SELECT j.job_id {OWING} ORDER BY j.completed_on LIMIT 1")),
    conv("up-3",
         ("How many jobs have ever been held up waiting for fabric?", f"SELECT COUNT(*) FROM ({WAITED})"),
         ("which fabric held us up most often?",
          f"SELECT fabric_name FROM jobs WHERE job_id IN ({WAITED}) GROUP BY fabric_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("on average how many days did those jobs wait for fabric?", f"SELECT AVG(days) FROM ({WAITS})",
          [f"SELECT AVG(days) FROM ({WAITS_D})"]),
         ("Which supplier was late with it?", D)),
    conv("up-4",
         ("How many jobs were finished after the date we promised?", f"SELECT COUNT(*) {LATEJ}"),
         ("by upholsterer", f"SELECT upholsterer, COUNT(*) {LATEJ} GROUP BY upholsterer"),
         ("as a percentage of each person's finished jobs",
          "SELECT upholsterer, 100.0 * SUM(completed_on > promised_on) / COUNT(*) FROM jobs "
          "WHERE completed_on IS NOT NULL GROUP BY upholsterer",
          ["SELECT upholsterer, 1.0 * SUM(completed_on > promised_on) / COUNT(*) FROM jobs "
           "WHERE completed_on IS NOT NULL GROUP BY upholsterer"]),
         ("Who turns sofas round fastest, from the day we receive them to completion?",
          "SELECT upholsterer FROM jobs WHERE item_type = 'sofa' AND completed_on IS NOT NULL GROUP BY upholsterer "
          "ORDER BY AVG(julianday(completed_on) - julianday(received_on)) LIMIT 1"),
         ("how many hours of work does a sofa usually take?", D)),
    conv("up-5",
         ("Who are our top three clients by what they've actually paid us?",
          f"SELECT full_name FROM clients WHERE client_id IN ({TOP3})"),
         ("how many jobs has each of them brought us?",
          f"SELECT c.full_name, COUNT(*) FROM jobs j JOIN clients c ON c.client_id = j.client_id "
          f"WHERE j.client_id IN ({TOP3}) GROUP BY c.client_id"),
         ("how did they hear about us?", f"SELECT full_name, referred_by FROM clients WHERE client_id IN ({TOP3})"),
         ("which towns are they in?", f"SELECT full_name, town FROM clients WHERE client_id IN ({TOP3})")),
    conv("up-6",
         ("On average, how much more than the quote did finished jobs end up costing?",
          f"SELECT AVG(final_price - quoted_price) {OVER}"),
         ("by item type", f"SELECT item_type, AVG(final_price - quoted_price) {OVER} GROUP BY item_type"),
         ("which type overran the most?",
          f"SELECT item_type {OVER} GROUP BY item_type ORDER BY AVG(final_price - quoted_price) DESC LIMIT 1"),
         ("Which of our fabric suppliers charges the most?", D)),
    conv("up-7",
         ("How many jobs came in during 2024 compared with 2025?",
          "SELECT strftime('%Y', received_on) AS y, COUNT(*) FROM jobs WHERE strftime('%Y', received_on) "
          "IN ('2024', '2025') GROUP BY y"),
         ("and the value of work completed in each of those years, at the final price?",
          "SELECT strftime('%Y', completed_on) AS y, SUM(final_price) FROM jobs WHERE strftime('%Y', completed_on) "
          "IN ('2024', '2025') GROUP BY y"),
         ("what about the quoted value of the jobs received each year?",
          "SELECT strftime('%Y', received_on) AS y, SUM(quoted_price) FROM jobs WHERE strftime('%Y', received_on) "
          "IN ('2024', '2025') GROUP BY y"),
         ("What will 2026 look like?", D)),
    conv("up-8",
         ("What's on the workshop floor at the moment?", f"SELECT job_id {OPEN}",
          ["SELECT job_id FROM jobs WHERE completed_on IS NULL AND current_status <> 'cancelled'"]),
         ("which of those are past the date we promised?",
          f"SELECT job_id {OPEN} AND promised_on < date('now')"),
         ("who's working on each of them?", f"SELECT job_id, upholsterer {OPEN} AND promised_on < date('now')"),
         ("And what's finished but not collected yet?", "SELECT job_id FROM jobs WHERE current_status = 'completed'")),
    conv("up-9",
         ("Which jobs were cancelled, and when?",
          "SELECT job_id, changed_at FROM job_status_history WHERE status = 'cancelled'",
          ["SELECT job_id, date(changed_at) FROM job_status_history WHERE status = 'cancelled'"]),
         ("what had we quoted for those in total?",
          "SELECT SUM(quoted_price) FROM jobs WHERE current_status = 'cancelled'"),
         ("why did the clients cancel?", D),
         ("who logged the cancellations, and how many each?",
          "SELECT changed_by, COUNT(*) FROM job_status_history WHERE status = 'cancelled' GROUP BY changed_by")),
    conv("up-10",
         ("How many clients found us through Instagram?",
          "SELECT COUNT(*) FROM clients WHERE referred_by = 'Instagram'"),
         ("how much have they paid us in total?",
          f"SELECT SUM(p.amount) {PJC} WHERE c.referred_by = 'Instagram'"),
         ("compare that with the Google ones",
          f"SELECT c.referred_by, SUM(p.amount) {PJC} WHERE c.referred_by IN ('Instagram', 'Google') "
          "GROUP BY c.referred_by"),
         ("how many followers do we have on Instagram now?", D)),
    conv("up-11",
         ("How many status changes did Ravi record in 2025?",
          "SELECT COUNT(*) FROM job_status_history WHERE changed_by = 'Ravi' AND changed_at LIKE '2025%'"),
         ("How many jobs has each upholsterer completed?",
          "SELECT upholsterer, COUNT(*) FROM jobs WHERE completed_on IS NOT NULL GROUP BY upholsterer"),
         ("just the headboards", "SELECT upholsterer, COUNT(*) FROM jobs WHERE completed_on IS NOT NULL AND "
          "item_type = 'headboard' GROUP BY upholsterer"),
         ("what's each person's hourly rate?", D)),
]

# ------------------------------------------------------------------------------------------ candles
OI = "FROM order_items oi JOIN orders o ON o.order_id = oi.order_id"
LIVE = "o.status <> 'cancelled'"
S25 = f"{OI} WHERE {LIVE} AND o.order_date LIKE '2025%'"
S25A = f"{OI} WHERE o.order_date LIKE '2025%'"
SP25 = "FROM supply_purchases WHERE bought_on LIKE '2025%'"
UNITS25 = f"SELECT oi.sku, SUM(oi.qty) AS u {S25} GROUP BY oi.sku"
UNITS25A = f"SELECT oi.sku, SUM(oi.qty) AS u {S25A} GROUP BY oi.sku"
WORST5 = f"SELECT sku FROM ({UNITS25}) ORDER BY u LIMIT 5"
SHOP25 = (f"SELECT o.shop_id {S25} GROUP BY o.shop_id ORDER BY SUM(oi.qty * oi.unit_price) DESC LIMIT 5")
PEND = f"{OI} WHERE o.status = 'pending'"
OISR = f"{OI} JOIN shops s ON s.shop_id = o.shop_id WHERE {LIVE} AND strftime('%Y', o.order_date) IN ('2024', '2025')"
REG = ("SELECT s.region, SUM(CASE WHEN o.order_date LIKE '2025%' THEN oi.qty * oi.unit_price ELSE 0 END) - "
       "SUM(CASE WHEN o.order_date LIKE '2024%' THEN oi.qty * oi.unit_price ELSE 0 END) AS g "
       f"{OI} JOIN shops s ON s.shop_id = o.shop_id WHERE {LIVE} GROUP BY s.region")
OV = (f"SELECT o.order_id, strftime('%Y', o.order_date) AS y, SUM(oi.qty * oi.unit_price) AS v, o.shipping_charge AS sc "
      f"{OI} WHERE {LIVE} AND strftime('%Y', o.order_date) IN ('2024', '2025') GROUP BY o.order_id")
GAP = "SELECT product_name FROM products ORDER BY rrp - wholesale_price DESC LIMIT 1"

CANDLES = [
    conv("ca-1",
         ("What were our sales by month in 2025?",
          f"SELECT strftime('%m', o.order_date) AS m, SUM(oi.qty * oi.unit_price) {S25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', o.order_date) AS m, SUM(oi.qty * oi.unit_price) {S25} GROUP BY m",
           f"SELECT strftime('%m', o.order_date) AS m, SUM(oi.qty * oi.unit_price) {S25A} GROUP BY m",
           f"SELECT strftime('%Y-%m', o.order_date) AS m, SUM(oi.qty * oi.unit_price) {S25A} GROUP BY m"]),
         ("which was the best month?",
          f"SELECT strftime('%m', o.order_date) AS m {S25} GROUP BY m ORDER BY SUM(oi.qty * oi.unit_price) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', o.order_date) AS m {S25} GROUP BY m "
           "ORDER BY SUM(oi.qty * oi.unit_price) DESC LIMIT 1"]),
         ("and the worst?",
          f"SELECT strftime('%m', o.order_date) AS m {S25} GROUP BY m ORDER BY SUM(oi.qty * oi.unit_price) LIMIT 1",
          [f"SELECT strftime('%Y-%m', o.order_date) AS m {S25} GROUP BY m ORDER BY SUM(oi.qty * oi.unit_price) LIMIT 1"]),
         ("how many orders did we get in that month?",
          f"SELECT COUNT(DISTINCT o.order_id) {S25} AND strftime('%m', o.order_date) = (SELECT strftime('%m', "
          f"o.order_date) AS m {S25} GROUP BY m ORDER BY SUM(oi.qty * oi.unit_price) LIMIT 1)",
          [f"SELECT COUNT(*) FROM orders WHERE order_date LIKE '2025%' AND strftime('%m', order_date) = (SELECT "
           f"strftime('%m', o.order_date) AS m {S25} GROUP BY m ORDER BY SUM(oi.qty * oi.unit_price) LIMIT 1)"]),
         ("and how many did we sell through Etsy that month?", D)),
    conv("ca-2",
         ("How much did we spend on supplies each month in 2025?",
          f"SELECT strftime('%m', bought_on) AS m, SUM(total_cost) {SP25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', bought_on) AS m, SUM(total_cost) {SP25} GROUP BY m"]),
         ("only fragrance oil",
          f"SELECT strftime('%m', bought_on) AS m, SUM(total_cost) {SP25} AND material = 'fragrance oil' GROUP BY m",
          [f"SELECT strftime('%Y-%m', bought_on) AS m, SUM(total_cost) {SP25} AND material = 'fragrance oil' GROUP BY m"]),
         ("Which supplier have we spent the most with overall?",
          "SELECT supplier_name FROM supply_purchases GROUP BY supplier_name ORDER BY SUM(total_cost) DESC LIMIT 1"),
         ("How many kilos of wax did we buy in 2025?",
          f"SELECT SUM(quantity_kg) {SP25} AND material LIKE '%wax'",
          [f"SELECT material, SUM(quantity_kg) {SP25} AND material LIKE '%wax' GROUP BY material"]),
         ("what's the average price per kilo we paid for each kind of wax that year?",
          f"SELECT material, SUM(total_cost) / SUM(quantity_kg) {SP25} AND material LIKE '%wax' GROUP BY material",
          [f"SELECT material, AVG(total_cost / quantity_kg) {SP25} AND material LIKE '%wax' GROUP BY material"])),
    conv("ca-3",
         ("Which five products sold the most units in 2025?",
          f"SELECT p.product_name FROM ({UNITS25}) t JOIN products p ON p.sku = t.sku ORDER BY t.u DESC LIMIT 5",
          [f"SELECT p.product_name FROM ({UNITS25A}) t JOIN products p ON p.sku = t.sku ORDER BY t.u DESC LIMIT 5"]),
         ("and the five that sold the fewest?",
          f"SELECT p.product_name FROM ({UNITS25}) t JOIN products p ON p.sku = t.sku ORDER BY t.u LIMIT 5",
          [f"SELECT p.product_name FROM ({UNITS25A}) t JOIN products p ON p.sku = t.sku ORDER BY t.u LIMIT 5"]),
         ("what scents are those?", f"SELECT product_name, scent FROM products WHERE sku IN ({WORST5})"),
         ("How many do we have left in the stockroom of each?", D)),
    conv("ca-4",
         ("Which products have we discontinued?", "SELECT product_name FROM products WHERE discontinued = 1"),
         ("did any shops still order them in 2025?",
          f"SELECT DISTINCT s.shop_name {S25A.replace('WHERE', 'JOIN shops s ON s.shop_id = o.shop_id WHERE')} "
          "AND oi.sku IN (SELECT sku FROM products WHERE discontinued = 1)",
          [f"SELECT DISTINCT s.shop_name {S25.replace('WHERE', 'JOIN shops s ON s.shop_id = o.shop_id WHERE')} "
           "AND oi.sku IN (SELECT sku FROM products WHERE discontinued = 1)"]),
         ("why did we stop making them?", D),
         ("how many units of them went out that year?",
          f"SELECT SUM(oi.qty) {S25} AND oi.sku IN (SELECT sku FROM products WHERE discontinued = 1)",
          [f"SELECT SUM(oi.qty) {S25A} AND oi.sku IN (SELECT sku FROM products WHERE discontinued = 1)"]),
         ("When were they launched?", "SELECT product_name, launched_on FROM products WHERE discontinued = 1")),
    conv("ca-5",
         ("Who were our five biggest stockists by spend in 2025?",
          f"SELECT shop_name FROM shops WHERE shop_id IN ({SHOP25})"),
         ("who owns each of them?", f"SELECT shop_name, owner_name FROM shops WHERE shop_id IN ({SHOP25})"),
         ("how long have they stocked us?", f"SELECT shop_name, stockist_since FROM shops WHERE shop_id IN ({SHOP25})"),
         ("what's their annual turnover?", D),
         ("what are their payment terms?",
          f"SELECT shop_name, payment_terms_days FROM shops WHERE shop_id IN ({SHOP25})")),
    conv("ca-6",
         ("Which shops are overdue paying their invoices?", D),
         ("Which orders are still waiting to be shipped?", "SELECT order_id FROM orders WHERE status = 'pending'",
          ["SELECT order_id FROM orders WHERE ship_date IS NULL AND status <> 'cancelled'"]),
         ("what are they worth altogether?", f"SELECT SUM(oi.qty * oi.unit_price) {PEND}",
          [f"SELECT SUM(oi.qty * oi.unit_price) + (SELECT SUM(shipping_charge) FROM orders WHERE status = 'pending') "
           f"{PEND}"]),
         ("which shops placed them?",
          "SELECT DISTINCT s.shop_name FROM orders o JOIN shops s ON s.shop_id = o.shop_id WHERE o.status = 'pending'"),
         ("when will they arrive?", D)),
    conv("ca-7",
         ("Sales by region for 2024 and 2025",
          f"SELECT s.region, strftime('%Y', o.order_date) AS y, SUM(oi.qty * oi.unit_price) {OISR} GROUP BY s.region, y",
          [f"SELECT s.region, strftime('%Y', o.order_date) AS y, SUM(oi.qty * oi.unit_price) "
           f"{OISR.replace(LIVE + ' AND ', '')} GROUP BY s.region, y"]),
         ("which region grew the most?", f"SELECT region FROM ({REG}) ORDER BY g DESC LIMIT 1"),
         ("What share of 2025 sales came from London?",
          f"SELECT 100.0 * SUM(CASE WHEN s.region = 'London' THEN oi.qty * oi.unit_price ELSE 0 END) / "
          f"SUM(oi.qty * oi.unit_price) {S25.replace('WHERE', 'JOIN shops s ON s.shop_id = o.shop_id WHERE')}",
          [f"SELECT SUM(CASE WHEN s.region = 'London' THEN oi.qty * oi.unit_price ELSE 0 END) / "
           f"SUM(oi.qty * oi.unit_price) {S25.replace('WHERE', 'JOIN shops s ON s.shop_id = o.shop_id WHERE')}"]),
         ("how many London shops ordered in 2025?",
          "SELECT COUNT(DISTINCT o.shop_id) FROM orders o JOIN shops s ON s.shop_id = o.shop_id "
          "WHERE s.region = 'London' AND o.order_date LIKE '2025%' AND o.status <> 'cancelled'",
          ["SELECT COUNT(DISTINCT o.shop_id) FROM orders o JOIN shops s ON s.shop_id = o.shop_id "
           "WHERE s.region = 'London' AND o.order_date LIKE '2025%'"])),
    conv("ca-8",
         ("What's the RRP of the Smoked Oak large jar?",
          "SELECT rrp FROM products WHERE product_name = 'Smoked Oak Large Jar'"),
         ("and what do we charge shops for it?",
          "SELECT wholesale_price FROM products WHERE product_name = 'Smoked Oak Large Jar'"),
         ("Which product has the biggest gap between the wholesale price and the RRP?", GAP),
         ("what's our margin on it after wax and oil costs?", D)),
    conv("ca-9",
         ("What was the average order value in 2024 and in 2025?", f"SELECT y, AVG(v) FROM ({OV}) GROUP BY y",
          [f"SELECT y, AVG(v) FROM ({OV.replace(LIVE + ' AND ', '')}) GROUP BY y"]),
         ("include the shipping charge", f"SELECT y, AVG(v + sc) FROM ({OV}) GROUP BY y"),
         ("How many orders took more than a week to ship?",
          "SELECT COUNT(*) FROM orders WHERE julianday(ship_date) - julianday(order_date) > 7"),
         ("which courier were they sent with?", D),
         ("how much did we charge for shipping in 2025 in total?",
          "SELECT SUM(shipping_charge) FROM orders WHERE order_date LIKE '2025%' AND status <> 'cancelled'",
          ["SELECT SUM(shipping_charge) FROM orders WHERE order_date LIKE '2025%'",
           "SELECT SUM(shipping_charge) FROM orders WHERE ship_date LIKE '2025%'"])),
    conv("ca-10",
         ("How many shops have been stockists since before 2021?",
          "SELECT COUNT(*) FROM shops WHERE stockist_since < '2021-01-01'"),
         ("which of those spent the least with us in 2025?",
          f"SELECT s.shop_name {S25.replace('WHERE', 'JOIN shops s ON s.shop_id = o.shop_id WHERE')} "
          "AND s.stockist_since < '2021-01-01' GROUP BY s.shop_id ORDER BY SUM(oi.qty * oi.unit_price) LIMIT 1",
          [f"SELECT s.shop_name {S25A.replace('WHERE', 'JOIN shops s ON s.shop_id = o.shop_id WHERE')} "
           "AND s.stockist_since < '2021-01-01' GROUP BY s.shop_id ORDER BY SUM(oi.qty * oi.unit_price) LIMIT 1"]),
         ("Which shop has ordered from us most often?",
          "SELECT s.shop_name FROM orders o JOIN shops s ON s.shop_id = o.shop_id GROUP BY s.shop_id "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and when was their last order?",
          "SELECT MAX(order_date) FROM orders WHERE shop_id = (SELECT shop_id FROM orders GROUP BY shop_id "
          "ORDER BY COUNT(*) DESC LIMIT 1)")),
]

SETS = {"frameshop": FRAMESHOP, "upholstery": UPHOLSTERY, "candles": CANDLES}
