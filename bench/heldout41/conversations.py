"""Held-out conversations 41, written as operations and finance managers ask them, before the
engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown),
optional `accept` (other SQL that also answers), or None when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ dentlab
CM = "strftime('%m', received_on)"
CP = "FROM cases c JOIN products p ON p.product_code = c.product_code"
CPR = "FROM cases c JOIN practices pr ON pr.practice_id = c.practice_id"
TOP5P = ("SELECT pr.practice_id FROM cases c JOIN practices pr ON pr.practice_id = c.practice_id "
         "WHERE c.received_on LIKE '2024%' GROUP BY pr.practice_id ORDER BY SUM(c.fee_pence) DESC LIMIT 5")
REMADE = "SELECT DISTINCT case_id FROM case_status_history WHERE status = 'remake'"
SHIPPED = "SELECT case_id, MIN(changed_at) AS shipped_at FROM case_status_history WHERE status = 'shipped' GROUP BY case_id"
HALF = "CASE WHEN received_on < '2024-07-01' THEN 'H1' ELSE 'H2' END"
RUSHP = ("SELECT practice_id FROM cases WHERE is_rush = 1 GROUP BY practice_id ORDER BY COUNT(*) DESC LIMIT 1")

DENTLAB = [
    conv("dl-1",
         ("What did we bill in case fees each month of 2024? In pounds please.",
          f"SELECT {CM} AS m, SUM(fee_pence) / 100.0 FROM cases WHERE received_on LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', received_on) AS m, SUM(fee_pence) / 100.0 FROM cases "
           "WHERE received_on LIKE '2024%' GROUP BY m"]),
         ("Which month was the biggest?",
          f"SELECT {CM} AS m FROM cases WHERE received_on LIKE '2024%' GROUP BY m ORDER BY SUM(fee_pence) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', received_on) AS m FROM cases WHERE received_on LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(fee_pence) DESC LIMIT 1"]),
         ("how does that compare with September 2023?",
          "SELECT strftime('%Y', received_on) AS y, SUM(fee_pence) / 100.0 FROM cases "
          "WHERE strftime('%m', received_on) = '09' AND strftime('%Y', received_on) IN ('2023', '2024') GROUP BY y"),
         ("And what's the total for the whole of 2023 vs 2024?",
          "SELECT strftime('%Y', received_on) AS y, SUM(fee_pence) / 100.0 FROM cases "
          "WHERE strftime('%Y', received_on) IN ('2023', '2024') GROUP BY y")),
    conv("dl-2",
         ("Who were our top 5 practices by fees in 2024?",
          f"SELECT pr.practice_name, SUM(c.fee_pence) {CPR} WHERE c.received_on LIKE '2024%' "
          "GROUP BY pr.practice_id ORDER BY SUM(c.fee_pence) DESC LIMIT 5",
          [f"SELECT pr.practice_name, SUM(c.fee_pence) / 100.0 {CPR} WHERE c.received_on LIKE '2024%' "
           "GROUP BY pr.practice_id ORDER BY SUM(c.fee_pence) DESC LIMIT 5"]),
         ("how much has each of them paid us in 2024?",
          "SELECT pr.practice_name, SUM(pa.amount_pence) FROM payments pa JOIN practices pr "
          f"ON pr.practice_id = pa.practice_id WHERE pa.paid_on LIKE '2024%' AND pa.practice_id IN ({TOP5P}) "
          "GROUP BY pr.practice_id",
          ["SELECT pr.practice_name, SUM(pa.amount_pence) / 100.0 FROM payments pa JOIN practices pr "
           f"ON pr.practice_id = pa.practice_id WHERE pa.paid_on LIKE '2024%' AND pa.practice_id IN ({TOP5P}) "
           "GROUP BY pr.practice_id"]),
         ("Can you give me the phone numbers for those five practices?", D),
         ("which town is each of them in?",
          f"SELECT practice_name, town FROM practices WHERE practice_id IN ({TOP5P})")),
    conv("dl-3",
         ("How many cases did we ship in December 2024?",
          "SELECT COUNT(DISTINCT case_id) FROM case_status_history WHERE status = 'shipped' "
          "AND changed_at LIKE '2024-12%'"),
         ("How many cases have ever gone back for a remake?", f"SELECT COUNT(*) FROM ({REMADE})"),
         ("Which technician had the most remakes?",
          "SELECT t.full_name FROM cases c JOIN technicians t ON t.tech_id = c.tech_id "
          f"WHERE c.case_id IN ({REMADE}) GROUP BY t.tech_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("why do their cases keep getting remade?", D),
         ("what share of all remakes were crowns?",
          f"SELECT 100.0 * SUM(p.category = 'Crown') / COUNT(*) {CP} WHERE c.case_id IN ({REMADE})",
          [f"SELECT 1.0 * SUM(p.category = 'Crown') / COUNT(*) {CP} WHERE c.case_id IN ({REMADE})"])),
    conv("dl-4",
         ("What share of our 2024 fee income came from each product category?",
          f"SELECT p.category, 100.0 * SUM(c.fee_pence) / (SELECT SUM(fee_pence) FROM cases "
          f"WHERE received_on LIKE '2024%') {CP} WHERE c.received_on LIKE '2024%' GROUP BY p.category",
          [f"SELECT p.category, 1.0 * SUM(c.fee_pence) / (SELECT SUM(fee_pence) FROM cases "
           f"WHERE received_on LIKE '2024%') {CP} WHERE c.received_on LIKE '2024%' GROUP BY p.category"]),
         ("and by number of cases?",
          f"SELECT p.category, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM cases WHERE received_on LIKE '2024%') "
          f"{CP} WHERE c.received_on LIKE '2024%' GROUP BY p.category",
          [f"SELECT p.category, 1.0 * COUNT(*) / (SELECT COUNT(*) FROM cases WHERE received_on LIKE '2024%') "
           f"{CP} WHERE c.received_on LIKE '2024%' GROUP BY p.category"]),
         ("What's the average fee for an implant case, in pounds, across all time?",
          f"SELECT AVG(c.fee_pence) / 100.0 {CP} WHERE p.category = 'Implant'"),
         ("What's the average age of the patients getting implants?", D)),
    conv("dl-5",
         ("How many rush cases came in each quarter of 2024?",
          "SELECT (CAST(strftime('%m', received_on) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM cases "
          "WHERE is_rush = 1 AND received_on LIKE '2024%' GROUP BY q",
          # added after the blind run: the quarter labelled '2024-Q1' is the same answer (see README)
          ["SELECT strftime('%Y', received_on) || '-Q' || ((CAST(strftime('%m', received_on) AS INTEGER) + 2) / 3) "
           "AS q, COUNT(*) FROM cases WHERE is_rush = 1 AND received_on LIKE '2024%' GROUP BY q"]),
         ("Which practice sends us the most rush jobs overall?",
          f"SELECT practice_name FROM practices WHERE practice_id IN ({RUSHP})"),
         ("What percentage of that practice's cases are rush?",
          f"SELECT 100.0 * SUM(is_rush) / COUNT(*) FROM cases WHERE practice_id IN ({RUSHP})",
          [f"SELECT 1.0 * SUM(is_rush) / COUNT(*) FROM cases WHERE practice_id IN ({RUSHP})"]),
         ("Which dentist at that practice asks for rush the most?", D)),
    conv("dl-6",
         ("How much did we receive in payments in 2024, split by payment method?",
          "SELECT method, SUM(amount_pence) FROM payments WHERE paid_on LIKE '2024%' GROUP BY method",
          ["SELECT method, SUM(amount_pence) / 100.0 FROM payments WHERE paid_on LIKE '2024%' GROUP BY method"]),
         ("Which method has the biggest average payment?",
          "SELECT method FROM payments WHERE paid_on LIKE '2024%' GROUP BY method ORDER BY AVG(amount_pence) DESC "
          "LIMIT 1",
          ["SELECT method FROM payments GROUP BY method ORDER BY AVG(amount_pence) DESC LIMIT 1"]),
         ("How many cheque payments did we get in Q4 2024?",
          "SELECT COUNT(*) FROM payments WHERE method = 'cheque' AND paid_on >= '2024-10-01' "
          "AND paid_on < '2025-01-01'"),
         ("What's the sort code those cheques were paid in to?", D),
         ("total payments received per month in 2024, in pounds",
          "SELECT strftime('%m', paid_on) AS m, SUM(amount_pence) / 100.0 FROM payments "
          "WHERE paid_on LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', paid_on) AS m, SUM(amount_pence) / 100.0 FROM payments "
           "WHERE paid_on LIKE '2024%' GROUP BY m"])),
    conv("dl-7",
         ("Compare the number of cases received in the first half of 2024 with the second half",
          f"SELECT COUNT(*) FROM cases WHERE received_on LIKE '2024%' GROUP BY {HALF}"),
         ("and the fees, in pounds?",
          f"SELECT SUM(fee_pence) / 100.0 FROM cases WHERE received_on LIKE '2024%' GROUP BY {HALF}"),
         ("Which technician handled the most cases in the second half?",
          "SELECT t.full_name FROM cases c JOIN technicians t ON t.tech_id = c.tech_id "
          "WHERE c.received_on >= '2024-07-01' AND c.received_on < '2025-01-01' GROUP BY t.tech_id "
          "ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("dl-8",
         ("List our technicians who were hired before 2018, with their specialty",
          "SELECT full_name, specialty FROM technicians WHERE hired_on < '2018-01-01'"),
         ("how many cases has each of them worked on?",
          "SELECT t.full_name, COUNT(c.case_id) FROM technicians t LEFT JOIN cases c ON c.tech_id = t.tech_id "
          "WHERE t.hired_on < '2018-01-01' GROUP BY t.tech_id"),
         ("What are their salaries?", D),
         ("How many technicians do we have per specialty?",
          "SELECT specialty, COUNT(*) FROM technicians GROUP BY specialty")),
    conv("dl-9",
         ("How many practices do we work with in each town?", "SELECT town, COUNT(*) FROM practices GROUP BY town"),
         ("Which Bristol practices have an NHS contract?",
          "SELECT practice_name FROM practices WHERE town = 'Bristol' AND nhs_contract = 1"),
         ("How many new practices will sign up next year?", D),
         ("When did the most recent Bath practice sign up with us?",
          "SELECT MAX(signed_up_on) FROM practices WHERE town = 'Bath'")),
    conv("dl-10",
         ("Which 3 practices owe us the most — fees billed minus payments received — in pounds?",
          "SELECT pr.practice_name, (SELECT SUM(fee_pence) FROM cases c WHERE c.practice_id = pr.practice_id) / 100.0 "
          "- COALESCE((SELECT SUM(amount_pence) FROM payments pa WHERE pa.practice_id = pr.practice_id), 0) / 100.0 "
          "AS owed FROM practices pr ORDER BY owed DESC LIMIT 3"),
         ("How many cases were shipped after their due date in 2024?",
          f"SELECT COUNT(*) FROM cases c JOIN ({SHIPPED}) s ON s.case_id = c.case_id "
          "WHERE date(s.shipped_at) > c.due_on AND c.received_on LIKE '2024%'",
          [f"SELECT COUNT(*) FROM cases c JOIN ({SHIPPED}) s ON s.case_id = c.case_id "
           "WHERE date(s.shipped_at) > c.due_on AND s.shipped_at LIKE '2024%'"]),
         ("And how many cases are still not shipped?",
          "SELECT COUNT(*) FROM cases WHERE case_id NOT IN (SELECT case_id FROM case_status_history "
          "WHERE status = 'shipped')"),
         ("what's the latest status of each of those?",
          "SELECT h.case_id, h.status FROM case_status_history h WHERE h.case_id NOT IN "
          "(SELECT case_id FROM case_status_history WHERE status = 'shipped') AND h.changed_at = "
          "(SELECT MAX(changed_at) FROM case_status_history h2 WHERE h2.case_id = h.case_id)")),
    conv("dl-11",
         ("What's the list price of each crown product in pounds?",
          "SELECT description, list_price_pence / 100.0 FROM products WHERE category = 'Crown'"),
         ("Which product earned the most in fees last year (2024)?",
          "SELECT p.description FROM cases c JOIN products p ON p.product_code = c.product_code "
          "WHERE c.received_on LIKE '2024%' GROUP BY p.product_code ORDER BY SUM(c.fee_pence) DESC LIMIT 1"),
         ("How many units of it did we make that year?",
          "SELECT SUM(c.units) FROM cases c WHERE c.received_on LIKE '2024%' AND c.product_code = "
          "(SELECT product_code FROM cases WHERE received_on LIKE '2024%' GROUP BY product_code "
          "ORDER BY SUM(fee_pence) DESC LIMIT 1)"),
         ("What does the material for one of those cost us?", D)),
]

# ------------------------------------------------------------------------------------------ catering
EY = "strftime('%Y', event_date)"
FOOD = "FROM event_dishes ed JOIN dishes d ON d.dish_id = ed.dish_id"
MAR24 = "SELECT event_id FROM events WHERE event_date LIKE '2024-03%'"
EFOOD = ("SELECT ed.event_id, SUM(ed.portions * d.cost_per_portion) AS food FROM event_dishes ed "
         "JOIN dishes d ON d.dish_id = ed.dish_id GROUP BY ed.event_id")
TOPC = ("SELECT client_id FROM events WHERE status = 'completed' GROUP BY client_id "
        "ORDER BY SUM(quoted_price) DESC LIMIT 5")
TOPDISH = "SELECT dish_id FROM event_dishes GROUP BY dish_id ORDER BY COUNT(DISTINCT event_id) DESC LIMIT 1"
NOVEG = ("SELECT event_id FROM events WHERE event_date LIKE '2024%' AND event_id NOT IN (SELECT ed.event_id "
         "FROM event_dishes ed JOIN dishes d ON d.dish_id = ed.dish_id WHERE d.is_vegan = 1)")
C25 = "FROM events WHERE status = 'confirmed' AND event_date LIKE '2025%'"

CATERING = [
    conv("ca-1",
         ("How much revenue did our completed events bring in each year?",
          f"SELECT {EY} AS y, SUM(quoted_price) FROM events WHERE status = 'completed' GROUP BY y"),
         ("and how many events was that per year?",
          f"SELECT {EY} AS y, COUNT(*) FROM events WHERE status = 'completed' GROUP BY y"),
         ("What was the average revenue per guest in 2024?",
          "SELECT SUM(quoted_price) / SUM(guest_count) FROM events WHERE status = 'completed' "
          "AND event_date LIKE '2024%'",
          ["SELECT AVG(quoted_price / guest_count) FROM events WHERE status = 'completed' AND event_date LIKE '2024%'"]),
         ("How does 2024 revenue compare with 2023, as a percentage change?",
          "SELECT 100.0 * (SUM(CASE WHEN event_date LIKE '2024%' THEN quoted_price END) "
          "- SUM(CASE WHEN event_date LIKE '2023%' THEN quoted_price END)) "
          "/ SUM(CASE WHEN event_date LIKE '2023%' THEN quoted_price END) FROM events WHERE status = 'completed'")),
    conv("ca-2",
         ("Which dish have we served at the most events?",
          f"SELECT dish_name FROM dishes WHERE dish_id IN ({TOPDISH})"),
         ("How many portions of it did we serve in 2024?",
          "SELECT SUM(ed.portions) FROM event_dishes ed JOIN events e ON e.event_id = ed.event_id "
          f"WHERE e.event_date LIKE '2024%' AND ed.dish_id IN ({TOPDISH})",
          ["SELECT SUM(ed.portions) FROM event_dishes ed JOIN events e ON e.event_id = ed.event_id "
           f"WHERE e.event_date LIKE '2024%' AND e.status <> 'cancelled' AND ed.dish_id IN ({TOPDISH})"]),
         ("How many events had both the fillet of beef and the lamb rump on the menu?",
          "SELECT COUNT(*) FROM (SELECT ed.event_id FROM event_dishes ed JOIN dishes d ON d.dish_id = ed.dish_id "
          "WHERE d.dish_name IN ('Fillet of beef', 'Lamb rump') GROUP BY ed.event_id "
          "HAVING COUNT(DISTINCT d.dish_id) = 2)"),
         ("What do our guests rate the fillet of beef?", D)),
    conv("ca-3",
         ("What was the food cost of each event in March 2024?",
          f"SELECT ed.event_id, SUM(ed.portions * d.cost_per_portion) {FOOD} WHERE ed.event_id IN ({MAR24}) "
          "GROUP BY ed.event_id"),
         ("and the margin on each, quoted price minus food cost?",
          f"SELECT e.event_id, e.quoted_price - f.food FROM events e JOIN ({EFOOD}) f ON f.event_id = e.event_id "
          "WHERE e.event_date LIKE '2024-03%'"),
         ("which of those had the lowest margin?",
          f"SELECT e.event_id FROM events e JOIN ({EFOOD}) f ON f.event_id = e.event_id "
          "WHERE e.event_date LIKE '2024-03%' ORDER BY e.quoted_price - f.food LIMIT 1"),
         ("who was the client for that one?",
          "SELECT c.client_name FROM events e JOIN clients c ON c.client_id = e.client_id "
          f"WHERE e.event_id = (SELECT e.event_id FROM events e JOIN ({EFOOD}) f ON f.event_id = e.event_id "
          "WHERE e.event_date LIKE '2024-03%' ORDER BY e.quoted_price - f.food LIMIT 1)")),
    conv("ca-4",
         ("Top 5 clients by total value of completed events",
          "SELECT c.client_name, SUM(e.quoted_price) FROM events e JOIN clients c ON c.client_id = e.client_id "
          "WHERE e.status = 'completed' GROUP BY c.client_id ORDER BY SUM(e.quoted_price) DESC LIMIT 5"),
         ("What sector is each of them in?",
          f"SELECT client_name, sector FROM clients WHERE client_id IN ({TOPC})"),
         ("Who's the main contact at each of those clients?", D),
         ("How many events has each of them booked in total, including cancelled ones?",
          "SELECT c.client_name, COUNT(*) FROM events e JOIN clients c ON c.client_id = e.client_id "
          f"WHERE e.client_id IN ({TOPC}) GROUP BY c.client_id")),
    conv("ca-5",
         ("What share of our 2024 events were weddings?",
          "SELECT 100.0 * SUM(event_type = 'Wedding') / COUNT(*) FROM events WHERE event_date LIKE '2024%'",
          ["SELECT 1.0 * SUM(event_type = 'Wedding') / COUNT(*) FROM events WHERE event_date LIKE '2024%'",
           "SELECT 100.0 * SUM(event_type = 'Wedding') / COUNT(*) FROM events WHERE event_date LIKE '2024%' "
           "AND status <> 'cancelled'"]),
         ("And what share of 2024 revenue came from each event type, completed events only?",
          "SELECT event_type, 100.0 * SUM(quoted_price) / (SELECT SUM(quoted_price) FROM events "
          "WHERE status = 'completed' AND event_date LIKE '2024%') FROM events WHERE status = 'completed' "
          "AND event_date LIKE '2024%' GROUP BY event_type",
          ["SELECT event_type, 1.0 * SUM(quoted_price) / (SELECT SUM(quoted_price) FROM events "
           "WHERE status = 'completed' AND event_date LIKE '2024%') FROM events WHERE status = 'completed' "
           "AND event_date LIKE '2024%' GROUP BY event_type"]),
         ("How did wedding revenue in 2024 compare with 2023?",
          f"SELECT {EY} AS y, SUM(quoted_price) FROM events WHERE status = 'completed' AND event_type = 'Wedding' "
          "AND event_date < '2025-01-01' GROUP BY y"),
         ("Which month of 2024 had the most weddings?",
          "SELECT strftime('%m', event_date) AS m FROM events WHERE event_type = 'Wedding' AND event_date LIKE '2024%' "
          "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', event_date) AS m FROM events WHERE event_type = 'Wedding' "
           "AND event_date LIKE '2024%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("ca-6",
         ("How many events were cancelled each year?",
          f"SELECT {EY} AS y, COUNT(*) FROM events WHERE status = 'cancelled' GROUP BY y"),
         ("How much in deposits did we keep from the cancelled ones?",
          "SELECT SUM(deposit_paid) FROM events WHERE status = 'cancelled'"),
         ("Why did those clients cancel?", D),
         ("What's the cancellation rate by event type?",
          "SELECT event_type, 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM events GROUP BY event_type",
          ["SELECT event_type, 1.0 * SUM(status = 'cancelled') / COUNT(*) FROM events GROUP BY event_type"])),
    conv("ca-7",
         ("List the vegan dishes with their cost per portion",
          "SELECT dish_name, cost_per_portion FROM dishes WHERE is_vegan = 1"),
         ("How many vegan portions did we serve in 2024?",
          f"SELECT SUM(ed.portions) {FOOD} JOIN events e ON e.event_id = ed.event_id "
          "WHERE d.is_vegan = 1 AND e.event_date LIKE '2024%'",
          [f"SELECT SUM(ed.portions) {FOOD} JOIN events e ON e.event_id = ed.event_id "
           "WHERE d.is_vegan = 1 AND e.event_date LIKE '2024%' AND e.status <> 'cancelled'"]),
         ("How many events in 2024 had no vegan option at all?", f"SELECT COUNT(*) FROM ({NOVEG})"),
         ("how many of the guests at those events were vegan?", D)),
    conv("ca-8",
         ("How many confirmed events do we have per month in 2025?",
          f"SELECT strftime('%m', event_date) AS m, COUNT(*) {C25} GROUP BY m",
          [f"SELECT strftime('%Y-%m', event_date) AS m, COUNT(*) {C25} GROUP BY m"]),
         ("What's the total guest count across them?", f"SELECT SUM(guest_count) {C25}"),
         ("How much is still to be paid on those — quoted price less deposit?",
          f"SELECT SUM(quoted_price - deposit_paid) {C25}"),
         ("Will we need agency waiting staff for those events?", D),
         ("Which is the biggest one by guests, and when is it?",
          f"SELECT event_date, guest_count {C25} ORDER BY guest_count DESC LIMIT 1")),
    conv("ca-9",
         ("Which venue have we catered at most often?",
          "SELECT venue FROM events GROUP BY venue ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's the average guest count at the Assembly Rooms?",
          "SELECT AVG(guest_count) FROM events WHERE venue = 'Assembly Rooms'"),
         ("How much do the Assembly Rooms charge us for hire?", D),
         ("Revenue by venue for completed events in 2024, highest first",
          "SELECT venue, SUM(quoted_price) FROM events WHERE status = 'completed' AND event_date LIKE '2024%' "
          "GROUP BY venue ORDER BY SUM(quoted_price) DESC")),
    conv("ca-10",
         ("Which dishes contain nuts?", "SELECT dish_name FROM dishes WHERE contains_nuts = 1"),
         ("how many portions of those went to weddings?",
          f"SELECT SUM(ed.portions) {FOOD} JOIN events e ON e.event_id = ed.event_id "
          "WHERE d.contains_nuts = 1 AND e.event_type = 'Wedding'",
          [f"SELECT SUM(ed.portions) {FOOD} JOIN events e ON e.event_id = ed.event_id "
           "WHERE d.contains_nuts = 1 AND e.event_type = 'Wedding' AND e.status <> 'cancelled'"]),
         ("Which city do most of our clients come from?",
          "SELECT city FROM clients GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and how many clients in each sector there?",
          "SELECT sector, COUNT(*) FROM clients WHERE city = (SELECT city FROM clients GROUP BY city "
          "ORDER BY COUNT(*) DESC LIMIT 1) GROUP BY sector")),
    conv("ca-11",
         ("What's the average cost per portion for each course?",
          "SELECT course, AVG(cost_per_portion) FROM dishes GROUP BY course"),
         ("Total food cost by quarter in 2024",
          f"SELECT (CAST(strftime('%m', e.event_date) AS INTEGER) + 2) / 3 AS q, SUM(ed.portions * d.cost_per_portion) "
          f"{FOOD} JOIN events e ON e.event_id = ed.event_id WHERE e.event_date LIKE '2024%' GROUP BY q",
          [f"SELECT (CAST(strftime('%m', e.event_date) AS INTEGER) + 2) / 3 AS q, "
           f"SUM(ed.portions * d.cost_per_portion) {FOOD} JOIN events e ON e.event_id = ed.event_id "
           "WHERE e.event_date LIKE '2024%' AND e.status <> 'cancelled' GROUP BY q"]),
         ("What will food costs be next quarter?", D)),
]

# ------------------------------------------------------------------------------------------ fleetfuel
TY = "strftime('%Y', txn_time)"
FV = "FROM fuel_card_txns f JOIN vehicles v ON v.reg_plate = f.reg_plate"
FVD = FV + " JOIN depots dp ON dp.depot_id = v.depot_id"
TOP5V = ("SELECT reg_plate FROM fuel_card_txns WHERE txn_time LIKE '2024%' GROUP BY reg_plate "
         "ORDER BY SUM(amount_gbp) DESC LIMIT 5")
TOPDRV = ("SELECT driver_id FROM fuel_card_txns WHERE txn_time LIKE '2024%' GROUP BY driver_id "
          "ORDER BY COUNT(*) DESC LIMIT 1")
CHEAP = ("SELECT station_brand FROM fuel_card_txns WHERE txn_time LIKE '2025%' GROUP BY station_brand "
         "ORDER BY SUM(amount_gbp) / SUM(litres) LIMIT 1")
Q1 = "substr(f.txn_time, 6, 2) IN ('01', '02', '03')"
NIGHT = "(strftime('%H', txn_time) >= '22' OR strftime('%H', txn_time) < '05')"
TOPODO = "SELECT reg_plate FROM fuel_card_txns ORDER BY odometer_km DESC LIMIT 1"

FLEETFUEL = [
    conv("ff-1",
         ("What was our total fuel spend each month in 2024?",
          "SELECT strftime('%m', txn_time) AS m, SUM(amount_gbp) FROM fuel_card_txns WHERE txn_time LIKE '2024%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', txn_time) AS m, SUM(amount_gbp) FROM fuel_card_txns "
           "WHERE txn_time LIKE '2024%' GROUP BY m"]),
         ("Which was the most expensive month?",
          "SELECT strftime('%m', txn_time) AS m FROM fuel_card_txns WHERE txn_time LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(amount_gbp) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', txn_time) AS m FROM fuel_card_txns WHERE txn_time LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(amount_gbp) DESC LIMIT 1"]),
         ("And so far in 2025, month by month?",
          "SELECT strftime('%m', txn_time) AS m, SUM(amount_gbp) FROM fuel_card_txns WHERE txn_time LIKE '2025%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', txn_time) AS m, SUM(amount_gbp) FROM fuel_card_txns "
           "WHERE txn_time LIKE '2025%' GROUP BY m"]),
         ("What's fuel going to cost us in July?", D)),
    conv("ff-2",
         ("What's the average price we paid per litre, by month, in 2025?",
          "SELECT strftime('%m', txn_time) AS m, SUM(amount_gbp) / SUM(litres) FROM fuel_card_txns "
          "WHERE txn_time LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', txn_time) AS m, SUM(amount_gbp) / SUM(litres) FROM fuel_card_txns "
           "WHERE txn_time LIKE '2025%' GROUP BY m",
           "SELECT strftime('%m', txn_time) AS m, AVG(amount_gbp / litres) FROM fuel_card_txns "
           "WHERE txn_time LIKE '2025%' GROUP BY m",
           "SELECT strftime('%Y-%m', txn_time) AS m, AVG(amount_gbp / litres) FROM fuel_card_txns "
           "WHERE txn_time LIKE '2025%' GROUP BY m"]),
         ("Which station brand was cheapest per litre this year (2025)?", CHEAP,
          ["SELECT station_brand FROM fuel_card_txns WHERE txn_time LIKE '2025%' GROUP BY station_brand "
           "ORDER BY AVG(amount_gbp / litres) LIMIT 1"]),
         ("How many litres did we buy from them in 2025?",
          f"SELECT SUM(litres) FROM fuel_card_txns WHERE txn_time LIKE '2025%' AND station_brand = ({CHEAP})"),
         ("Do they give us a loyalty discount?", D)),
    conv("ff-3",
         ("Which 5 vehicles cost the most in fuel in 2024?",
          "SELECT reg_plate, SUM(amount_gbp) FROM fuel_card_txns WHERE txn_time LIKE '2024%' GROUP BY reg_plate "
          "ORDER BY SUM(amount_gbp) DESC LIMIT 5"),
         ("What make and model are they?",
          f"SELECT reg_plate, make, model FROM vehicles WHERE reg_plate IN ({TOP5V})"),
         ("and which depot is each one based at?",
          "SELECT v.reg_plate, dp.depot_name FROM vehicles v JOIN depots dp ON dp.depot_id = v.depot_id "
          f"WHERE v.reg_plate IN ({TOP5V})"),
         ("Who insures those vehicles?", D)),
    conv("ff-4",
         ("Fuel spend by depot for Q1 2025",
          f"SELECT dp.depot_name, SUM(f.amount_gbp) {FVD} WHERE f.txn_time LIKE '2025%' AND {Q1} "
          "GROUP BY dp.depot_id"),
         ("how does that compare with Q1 2024?",
          f"SELECT dp.depot_name, SUM(CASE WHEN f.txn_time LIKE '2024%' THEN f.amount_gbp END), "
          f"SUM(CASE WHEN f.txn_time LIKE '2025%' THEN f.amount_gbp END) {FVD} WHERE {Q1} GROUP BY dp.depot_id",
          [f"SELECT dp.depot_name, SUM(f.amount_gbp) {FVD} WHERE f.txn_time LIKE '2024%' AND {Q1} "
           "GROUP BY dp.depot_id"]),
         ("What share of the Q1 2025 spend was Thurrock?",
          f"SELECT 100.0 * SUM(CASE WHEN dp.depot_name = 'Thurrock' THEN f.amount_gbp ELSE 0 END) / SUM(f.amount_gbp) "
          f"{FVD} WHERE f.txn_time LIKE '2025%' AND {Q1}",
          [f"SELECT 1.0 * SUM(CASE WHEN dp.depot_name = 'Thurrock' THEN f.amount_gbp ELSE 0 END) / SUM(f.amount_gbp) "
           f"{FVD} WHERE f.txn_time LIKE '2025%' AND {Q1}"]),
         ("Total spend per region for all of 2024",
          f"SELECT dp.region, SUM(f.amount_gbp) {FVD} WHERE f.txn_time LIKE '2024%' GROUP BY dp.region")),
    conv("ff-5",
         ("Which driver made the most fuel card transactions in 2024?",
          f"SELECT first_name, last_name FROM drivers WHERE driver_id IN ({TOPDRV})",
          [f"SELECT first_name || ' ' || last_name FROM drivers WHERE driver_id IN ({TOPDRV})"]),
         ("How much did they spend in total that year?",
          f"SELECT SUM(amount_gbp) FROM fuel_card_txns WHERE txn_time LIKE '2024%' AND driver_id IN ({TOPDRV})"),
         ("How many different vehicles did they fill up?",
          "SELECT COUNT(DISTINCT reg_plate) FROM fuel_card_txns WHERE txn_time LIKE '2024%' "
          f"AND driver_id IN ({TOPDRV})",
          [f"SELECT COUNT(DISTINCT reg_plate) FROM fuel_card_txns WHERE driver_id IN ({TOPDRV})"]),
         ("What licence category do they hold?",
          f"SELECT licence_cat FROM drivers WHERE driver_id IN ({TOPDRV})"),
         ("Have they had any speeding fines?", D)),
    conv("ff-6",
         ("How many vehicles do we have in each class?",
          "SELECT vehicle_class, COUNT(*) FROM vehicles GROUP BY vehicle_class"),
         ("Average litres per fill-up by vehicle class",
          f"SELECT v.vehicle_class, AVG(f.litres) {FV} GROUP BY v.vehicle_class"),
         ("What are the CO2 emissions for each class?", D),
         ("Which class spent the most on fuel in 2025?",
          f"SELECT v.vehicle_class {FV} WHERE f.txn_time LIKE '2025%' GROUP BY v.vehicle_class "
          "ORDER BY SUM(f.amount_gbp) DESC LIMIT 1")),
    conv("ff-7",
         ("How much did we spend on fuel at weekends in 2024?",
          "SELECT SUM(amount_gbp) FROM fuel_card_txns WHERE txn_time LIKE '2024%' "
          "AND strftime('%w', txn_time) IN ('0', '6')"),
         ("How many fill-ups happened between 10pm and 5am, all time?",
          f"SELECT COUNT(*) FROM fuel_card_txns WHERE {NIGHT}"),
         ("how many different drivers made those?",
          f"SELECT COUNT(DISTINCT driver_id) FROM fuel_card_txns WHERE {NIGHT}"),
         ("Were those drivers on overtime?", D)),
    conv("ff-8",
         ("How many litres of each fuel type have we bought?",
          f"SELECT v.fuel, SUM(f.litres) {FV} GROUP BY v.fuel"),
         ("What did the petrol cars cost us in 2025?",
          f"SELECT SUM(f.amount_gbp) {FV} WHERE v.fuel = 'Petrol' AND f.txn_time LIKE '2025%'"),
         ("and the hybrids?",
          f"SELECT SUM(f.amount_gbp) {FV} WHERE v.fuel = 'Hybrid' AND f.txn_time LIKE '2025%'")),
    conv("ff-9",
         ("What's the highest odometer reading for each vehicle class?",
          f"SELECT v.vehicle_class, MAX(f.odometer_km) {FV} GROUP BY v.vehicle_class"),
         ("Which vehicle has the highest reading of all?", TOPODO),
         ("When is its next MOT due?", D),
         ("When was it first registered?",
          f"SELECT first_registered FROM vehicles WHERE reg_plate = ({TOPODO})")),
    conv("ff-10",
         ("How many of our drivers started in each year since 2020?",
          "SELECT strftime('%Y', started_on) AS y, COUNT(*) FROM drivers WHERE started_on >= '2020-01-01' GROUP BY y"),
         ("Who is our longest-serving driver?",
          "SELECT first_name, last_name FROM drivers ORDER BY started_on LIMIT 1",
          ["SELECT first_name || ' ' || last_name FROM drivers ORDER BY started_on LIMIT 1"]),
         ("What's the average hourly rate we pay drivers?", D),
         ("How many drivers are based at each depot?",
          "SELECT dp.depot_name, COUNT(*) FROM drivers d JOIN depots dp ON dp.depot_id = d.home_depot "
          "GROUP BY dp.depot_id")),
    conv("ff-11",
         ("Compare total litres bought in H1 2024 and H1 2025",
          "SELECT substr(txn_time, 1, 4) AS y, SUM(litres) FROM fuel_card_txns "
          "WHERE substr(txn_time, 6, 2) <= '06' GROUP BY y"),
         ("And the spend?",
          "SELECT substr(txn_time, 1, 4) AS y, SUM(amount_gbp) FROM fuel_card_txns "
          "WHERE substr(txn_time, 6, 2) <= '06' GROUP BY y"),
         ("What's the average transaction value at Shell versus BP?",
          "SELECT station_brand, AVG(amount_gbp) FROM fuel_card_txns WHERE station_brand IN ('Shell', 'BP') "
          "GROUP BY station_brand")),
]

SETS = {"dentlab": DENTLAB, "catering": CATERING, "fleetfuel": FLEETFUEL}
