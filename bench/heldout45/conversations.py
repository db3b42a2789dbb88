"""Held-out conversations heldout45, written as a regional manager of a multi-site service business
would ask them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list
for a breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ opticians
AB = "FROM appointments a JOIN branches b ON b.branch_id = a.branch_id"
SB = "FROM sales s JOIN branches b ON b.branch_id = s.branch_id"
AO = "FROM appointments a JOIN optometrists o ON o.optom_id = a.optom_id"
HR = "CAST(strftime('%H', a.starts_at) AS INTEGER)"
NS24 = f"{AB} WHERE a.starts_at LIKE '2024%'"

OPTICIANS = [
    conv("opt-1",
         ("How many appointments did each branch have in 2024?",
          f"SELECT b.branch_name, COUNT(*) {NS24} GROUP BY b.branch_name"),
         ("and how many of those were no-shows?",
          f"SELECT b.branch_name, COUNT(*) {NS24} AND a.status = 'no-show' GROUP BY b.branch_name"),
         ("what share of each branch's 2024 appointments were no-shows?",
          f"SELECT b.branch_name, 100.0 * SUM(a.status = 'no-show') / COUNT(*) {NS24} GROUP BY b.branch_name",
          [f"SELECT b.branch_name, 1.0 * SUM(a.status = 'no-show') / COUNT(*) {NS24} GROUP BY b.branch_name"]),
         ("which branch had the worst rate?",
          f"SELECT b.branch_name {NS24} GROUP BY b.branch_name "
          "ORDER BY 1.0 * SUM(a.status = 'no-show') / COUNT(*) DESC LIMIT 1"),
         ("and across all branches?",
          "SELECT 100.0 * SUM(status = 'no-show') / COUNT(*) FROM appointments WHERE starts_at LIKE '2024%'",
          ["SELECT 1.0 * SUM(status = 'no-show') / COUNT(*) FROM appointments WHERE starts_at LIKE '2024%'"])),
    conv("opt-2",
         ("How many appointments start after 6pm?",
          "SELECT COUNT(*) FROM appointments WHERE strftime('%H:%M', starts_at) >= '18:00'",
          ["SELECT COUNT(*) FROM appointments WHERE strftime('%H:%M', starts_at) > '18:00'"]),
         ("what share of all appointments is that?",
          "SELECT 100.0 * SUM(strftime('%H:%M', starts_at) >= '18:00') / COUNT(*) FROM appointments",
          ["SELECT 1.0 * SUM(strftime('%H:%M', starts_at) >= '18:00') / COUNT(*) FROM appointments",
           "SELECT 100.0 * SUM(strftime('%H:%M', starts_at) > '18:00') / COUNT(*) FROM appointments",
           "SELECT 1.0 * SUM(strftime('%H:%M', starts_at) > '18:00') / COUNT(*) FROM appointments"]),
         ("Is the no-show rate worse for those evening slots than for the ones before 6pm?",
          "SELECT 100.0 * SUM(a.status = 'no-show') / COUNT(*) FROM appointments a "
          f"GROUP BY CASE WHEN {HR} >= 18 THEN 1 ELSE 0 END",
          ["SELECT 1.0 * SUM(a.status = 'no-show') / COUNT(*) FROM appointments a "
           f"GROUP BY CASE WHEN {HR} >= 18 THEN 1 ELSE 0 END"]),
         ("Which branch has the most evening appointments?",
          f"SELECT b.branch_name {AB} WHERE {HR} >= 18 GROUP BY b.branch_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What time does the latest appointment of the day usually start?", D)),
    conv("opt-3",
         ("How many eye tests did we do in the mornings in 2024?",
          "SELECT COUNT(*) FROM appointments a WHERE a.appt_type = 'Eye test' AND a.status = 'attended' "
          f"AND a.starts_at LIKE '2024%' AND {HR} < 12",
          ["SELECT COUNT(*) FROM appointments a WHERE a.appt_type = 'Eye test' "
           f"AND a.starts_at LIKE '2024%' AND {HR} < 12"]),
         ("same but afternoons",
          "SELECT COUNT(*) FROM appointments a WHERE a.appt_type = 'Eye test' AND a.status = 'attended' "
          f"AND a.starts_at LIKE '2024%' AND {HR} BETWEEN 12 AND 17",
          ["SELECT COUNT(*) FROM appointments a WHERE a.appt_type = 'Eye test' "
           f"AND a.starts_at LIKE '2024%' AND {HR} BETWEEN 12 AND 17",
           "SELECT COUNT(*) FROM appointments a WHERE a.appt_type = 'Eye test' AND a.status = 'attended' "
           f"AND a.starts_at LIKE '2024%' AND {HR} >= 12"]),
         ("Which optometrist did the most morning eye tests in 2024?",
          f"SELECT o.full_name {AO} WHERE a.appt_type = 'Eye test' AND a.status = 'attended' "
          f"AND a.starts_at LIKE '2024%' AND {HR} < 12 GROUP BY o.optom_id ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT o.full_name {AO} WHERE a.appt_type = 'Eye test' "
           f"AND a.starts_at LIKE '2024%' AND {HR} < 12 GROUP BY o.optom_id ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How long does an eye test take on average?", D)),
    conv("opt-4",
         ("What's the average sale amount at each branch?",
          f"SELECT b.branch_name, AVG(s.amount) {SB} GROUP BY b.branch_name"),
         ("same but only sales that came from an appointment",
          f"SELECT b.branch_name, AVG(s.amount) {SB} WHERE s.appt_id IS NOT NULL GROUP BY b.branch_name"),
         ("How much did walk-in sales bring in across all branches in 2024?",
          "SELECT SUM(amount) FROM sales WHERE appt_id IS NULL AND sold_at LIKE '2024%'"),
         ("what share of all 2024 sales revenue is that?",
          "SELECT 100.0 * SUM(CASE WHEN appt_id IS NULL THEN amount ELSE 0 END) / SUM(amount) FROM sales "
          "WHERE sold_at LIKE '2024%'",
          ["SELECT 1.0 * SUM(CASE WHEN appt_id IS NULL THEN amount ELSE 0 END) / SUM(amount) FROM sales "
           "WHERE sold_at LIKE '2024%'"]),
         ("which frame brands sold best among them?", D)),
    conv("opt-5",
         ("Compare total appointment fees per branch between 2023 and 2024",
          "SELECT b.branch_name, SUM(CASE WHEN a.starts_at LIKE '2023%' THEN a.fee ELSE 0 END), "
          f"SUM(CASE WHEN a.starts_at LIKE '2024%' THEN a.fee ELSE 0 END) {AB} GROUP BY b.branch_name",
          [f"SELECT b.branch_name, strftime('%Y', a.starts_at) AS yr, SUM(a.fee) {AB} "
           "WHERE a.starts_at < '2025' GROUP BY b.branch_name, yr"]),
         ("which branch grew the most?",
          f"SELECT b.branch_name {AB} GROUP BY b.branch_name ORDER BY "
          "SUM(CASE WHEN a.starts_at LIKE '2024%' THEN a.fee ELSE 0 END) - "
          "SUM(CASE WHEN a.starts_at LIKE '2023%' THEN a.fee ELSE 0 END) DESC LIMIT 1"),
         ("same but by sales revenue instead of fees",
          f"SELECT b.branch_name {SB} GROUP BY b.branch_name ORDER BY "
          "SUM(CASE WHEN s.sold_at LIKE '2024%' THEN s.amount ELSE 0 END) - "
          "SUM(CASE WHEN s.sold_at LIKE '2023%' THEN s.amount ELSE 0 END) DESC LIMIT 1"),
         ("What will Newport's sales be in 2025?", D)),
    conv("opt-6",
         ("What's the average hourly rate by grade?",
          "SELECT grade, AVG(hourly_rate) FROM optometrists GROUP BY grade"),
         ("and how many optometrists does each branch have?",
          "SELECT b.branch_name, COUNT(o.optom_id) FROM branches b LEFT JOIN optometrists o "
          "ON o.branch_id = b.branch_id GROUP BY b.branch_name"),
         ("which branch has the highest combined hourly rate?",
          "SELECT b.branch_name FROM optometrists o JOIN branches b ON b.branch_id = o.branch_id "
          "GROUP BY b.branch_name ORDER BY SUM(o.hourly_rate) DESC LIMIT 1"),
         ("List the optometrists from best paid to worst paid",
          "SELECT full_name, hourly_rate FROM optometrists ORDER BY hourly_rate DESC"),
         ("Which of them got the best patient reviews?", D)),
    conv("opt-7",
         ("How many patients are registered at each branch?",
          "SELECT b.branch_name, COUNT(p.patient_id) FROM branches b LEFT JOIN patients p "
          "ON p.home_branch_id = b.branch_id GROUP BY b.branch_name"),
         ("and how many appointments per registered patient did each branch have in 2024?",
          "SELECT b.branch_name, (SELECT COUNT(*) FROM appointments a WHERE a.branch_id = b.branch_id "
          "AND a.starts_at LIKE '2024%') * 1.0 / (SELECT COUNT(*) FROM patients p "
          "WHERE p.home_branch_id = b.branch_id) FROM branches b"),
         ("How many patients were born before 1960?", "SELECT COUNT(*) FROM patients WHERE birth_year < 1960"),
         ("what share of all patients is that?",
          "SELECT 100.0 * SUM(birth_year < 1960) / COUNT(*) FROM patients",
          ["SELECT 1.0 * SUM(birth_year < 1960) / COUNT(*) FROM patients"]),
         ("what's the phone number of the oldest one?", D)),
    conv("opt-8",
         ("How many kids' eye tests were booked on Saturdays?",
          "SELECT COUNT(*) FROM appointments WHERE appt_type = 'Kids eye test' "
          "AND strftime('%w', starts_at) = '6'"),
         ("and on weekdays after 3pm?",
          "SELECT COUNT(*) FROM appointments WHERE appt_type = 'Kids eye test' "
          "AND strftime('%w', starts_at) BETWEEN '1' AND '5' AND strftime('%H', starts_at) >= '15'",
          ["SELECT COUNT(*) FROM appointments WHERE appt_type = 'Kids eye test' "
           "AND strftime('%w', starts_at) BETWEEN '1' AND '5' AND strftime('%H:%M', starts_at) > '15:00'"]),
         ("Break all appointments down by type and status",
          "SELECT appt_type, status, COUNT(*) FROM appointments GROUP BY appt_type, status"),
         ("what's the cancellation rate for each type?",
          "SELECT appt_type, 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM appointments GROUP BY appt_type",
          ["SELECT appt_type, 1.0 * SUM(status = 'cancelled') / COUNT(*) FROM appointments GROUP BY appt_type"]),
         ("Why do people cancel diabetic screenings?", D)),
    conv("opt-9",
         ("What's the average fee per attended appointment by branch?",
          f"SELECT b.branch_name, AVG(a.fee) {AB} WHERE a.status = 'attended' GROUP BY b.branch_name"),
         ("and sales per attended appointment?",
          "SELECT b.branch_name, (SELECT SUM(s.amount) FROM sales s WHERE s.branch_id = b.branch_id) * 1.0 / "
          "(SELECT COUNT(*) FROM appointments a WHERE a.branch_id = b.branch_id AND a.status = 'attended') "
          "FROM branches b",
          ["SELECT b.branch_name, (SELECT SUM(s.amount) FROM sales s JOIN appointments a ON a.appt_id = s.appt_id "
           "WHERE a.branch_id = b.branch_id) * 1.0 / (SELECT COUNT(*) FROM appointments a "
           "WHERE a.branch_id = b.branch_id AND a.status = 'attended') FROM branches b"]),
         ("What share of attended eye tests led to a sale?",
          "SELECT 100.0 * COUNT(DISTINCT s.appt_id) / (SELECT COUNT(*) FROM appointments "
          "WHERE appt_type = 'Eye test' AND status = 'attended') FROM sales s JOIN appointments a "
          "ON a.appt_id = s.appt_id WHERE a.appt_type = 'Eye test'",
          ["SELECT 1.0 * COUNT(DISTINCT s.appt_id) / (SELECT COUNT(*) FROM appointments "
           "WHERE appt_type = 'Eye test' AND status = 'attended') FROM sales s JOIN appointments a "
           "ON a.appt_id = s.appt_id WHERE a.appt_type = 'Eye test'"]),
         ("Which product brings in the most money after 5pm?",
          "SELECT product FROM sales WHERE strftime('%H', sold_at) >= '17' GROUP BY product "
          "ORDER BY SUM(amount) DESC LIMIT 1"),
         ("How many test rooms does each region have, and how many branches?",
          "SELECT region, SUM(test_rooms), COUNT(*) FROM branches GROUP BY region")),
]

# ------------------------------------------------------------------------------------------ patrols
VC = "FROM visits v JOIN contracts c ON c.contract_id = v.contract_id JOIN depots d ON d.depot_id = c.depot_id"
CD = "FROM contracts c JOIN depots d ON d.depot_id = c.depot_id"
Q = ("SUM(v.visit_date BETWEEN '2024-01-01' AND '2024-03-31'), "
     "SUM(v.visit_date BETWEEN '2025-01-01' AND '2025-03-31')")

PATROLS = [
    conv("pat-1",
         ("How many contracts are still running?", "SELECT COUNT(*) FROM contracts WHERE end_date IS NULL"),
         ("and what share of all contracts is that?",
          "SELECT 100.0 * SUM(end_date IS NULL) / COUNT(*) FROM contracts",
          ["SELECT 1.0 * SUM(end_date IS NULL) / COUNT(*) FROM contracts"]),
         ("break the running ones down by service",
          "SELECT service, COUNT(*) FROM contracts WHERE end_date IS NULL GROUP BY service"),
         ("what are they worth per month in total?",
          "SELECT SUM(monthly_fee) FROM contracts WHERE end_date IS NULL"),
         ("how many of them have no fee recorded?",
          "SELECT COUNT(*) FROM contracts WHERE end_date IS NULL AND monthly_fee IS NULL")),
    conv("pat-2",
         ("Average monthly fee by service type", "SELECT service, AVG(monthly_fee) FROM contracts GROUP BY service"),
         ("which depot has the highest average fee for mobile patrols?",
          f"SELECT d.depot_name {CD} WHERE c.service = 'Mobile patrol' GROUP BY d.depot_name "
          "ORDER BY AVG(c.monthly_fee) DESC LIMIT 1"),
         ("same but across all services",
          f"SELECT d.depot_name {CD} GROUP BY d.depot_name ORDER BY AVG(c.monthly_fee) DESC LIMIT 1"),
         ("What discount did each client negotiate?", D)),
    conv("pat-3",
         ("Average minutes on site per visit for each depot",
          f"SELECT d.depot_name, AVG(v.minutes_on_site) {VC} GROUP BY d.depot_name"),
         ("and incidents per visit?",
          f"SELECT d.depot_name, AVG(v.incidents) {VC} GROUP BY d.depot_name",
          [f"SELECT d.depot_name, 1.0 * SUM(v.incidents) / COUNT(*) {VC} GROUP BY d.depot_name"]),
         ("which depot logged the most incidents in 2024?",
          f"SELECT d.depot_name {VC} WHERE v.visit_date LIKE '2024%' GROUP BY d.depot_name "
          "ORDER BY SUM(v.incidents) DESC LIMIT 1"),
         ("How many visits have no time on site recorded?",
          "SELECT COUNT(*) FROM visits WHERE minutes_on_site IS NULL"),
         ("and what share of all visits is that?",
          "SELECT 100.0 * SUM(minutes_on_site IS NULL) / COUNT(*) FROM visits",
          ["SELECT 1.0 * SUM(minutes_on_site IS NULL) / COUNT(*) FROM visits"]),
         ("At what time of day do most incidents happen?", D)),
    conv("pat-4",
         ("Which three guards did the most visits in 2024?",
          "SELECT g.guard_name FROM visits v JOIN guards g ON g.guard_id = v.guard_id "
          "WHERE v.visit_date LIKE '2024%' GROUP BY g.guard_id ORDER BY COUNT(*) DESC LIMIT 3"),
         ("What's the average hourly wage at each depot?",
          "SELECT d.depot_name, AVG(g.hourly_wage) FROM guards g JOIN depots d ON d.depot_id = g.depot_id "
          "GROUP BY d.depot_name"),
         ("How many guards have a licence expiring before the end of 2025?",
          "SELECT COUNT(*) FROM guards WHERE licence_expiry < '2026-01-01'",
          ["SELECT COUNT(*) FROM guards WHERE licence_expiry <= '2025-12-31'"]),
         ("list them with their depot and expiry date",
          "SELECT g.guard_name, d.depot_name, g.licence_expiry FROM guards g JOIN depots d "
          "ON d.depot_id = g.depot_id WHERE g.licence_expiry < '2026-01-01'"),
         ("which of them are on shift tonight?", D)),
    conv("pat-5",
         ("How many contracts does each sector have?",
          "SELECT cl.sector, COUNT(*) FROM contracts c JOIN clients cl ON cl.client_id = c.client_id "
          "GROUP BY cl.sector"),
         ("which sector has the highest total monthly fee on running contracts?",
          "SELECT cl.sector FROM contracts c JOIN clients cl ON cl.client_id = c.client_id "
          "WHERE c.end_date IS NULL GROUP BY cl.sector ORDER BY SUM(c.monthly_fee) DESC LIMIT 1"),
         ("How many clients have more than one contract?",
          "SELECT COUNT(*) FROM (SELECT client_id FROM contracts GROUP BY client_id HAVING COUNT(*) > 1)"),
         ("and how many clients have no running contract at all?",
          "SELECT COUNT(*) FROM clients WHERE client_id NOT IN "
          "(SELECT client_id FROM contracts WHERE end_date IS NULL)"),
         ("What's the email address of the contact at Apex Stores?", D)),
    conv("pat-6",
         ("What's the average length in days of contracts that have ended?",
          "SELECT AVG(julianday(end_date) - julianday(start_date)) FROM contracts WHERE end_date IS NOT NULL"),
         ("which service has the longest average for those?",
          "SELECT service FROM contracts WHERE end_date IS NOT NULL GROUP BY service "
          "ORDER BY AVG(julianday(end_date) - julianday(start_date)) DESC LIMIT 1"),
         ("How many contracts ended in 2024?", "SELECT COUNT(*) FROM contracts WHERE end_date LIKE '2024%'"),
         ("and how many started in 2024?", "SELECT COUNT(*) FROM contracts WHERE start_date LIKE '2024%'"),
         ("Why did those clients leave?", D)),
    conv("pat-7",
         ("Compare the number of visits in Q1 2024 with Q1 2025",
          f"SELECT {Q} FROM visits v",
          ["SELECT substr(visit_date, 1, 4), COUNT(*) FROM visits WHERE substr(visit_date, 6, 2) IN ('01','02','03') "
           "GROUP BY substr(visit_date, 1, 4)"]),
         ("same but by depot", f"SELECT d.depot_name, {Q} {VC} GROUP BY d.depot_name"),
         ("and the total mileage for those two quarters?",
          "SELECT SUM(CASE WHEN visit_date BETWEEN '2024-01-01' AND '2024-03-31' THEN mileage END), "
          "SUM(CASE WHEN visit_date BETWEEN '2025-01-01' AND '2025-03-31' THEN mileage END) FROM visits",
          ["SELECT substr(visit_date, 1, 4), SUM(mileage) FROM visits WHERE substr(visit_date, 6, 2) "
           "IN ('01','02','03') GROUP BY substr(visit_date, 1, 4)"]),
         ("How much diesel did the vans use in those quarters?", D)),
    conv("pat-8",
         ("Average mileage per visit for each guard, highest first",
          "SELECT g.guard_name, AVG(v.mileage) AS m FROM visits v JOIN guards g ON g.guard_id = v.guard_id "
          "GROUP BY g.guard_id ORDER BY m DESC"),
         ("who has the lowest?",
          "SELECT g.guard_name FROM visits v JOIN guards g ON g.guard_id = v.guard_id "
          "GROUP BY g.guard_id ORDER BY AVG(v.mileage) LIMIT 1"),
         ("How many guards did no visits at all in 2025?",
          "SELECT COUNT(*) FROM guards WHERE guard_id NOT IN (SELECT guard_id FROM visits WHERE visit_date LIKE '2025%')"),
         ("and how many vehicles does each depot have per guard?",
          "SELECT d.depot_name, d.vehicles * 1.0 / COUNT(g.guard_id) FROM depots d JOIN guards g "
          "ON g.depot_id = d.depot_id GROUP BY d.depot_id")),
    conv("pat-9",
         ("Which depot has the most running contracts?",
          f"SELECT d.depot_name {CD} WHERE c.end_date IS NULL GROUP BY d.depot_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and by monthly fee?",
          f"SELECT d.depot_name {CD} WHERE c.end_date IS NULL GROUP BY d.depot_name "
          "ORDER BY SUM(c.monthly_fee) DESC LIMIT 1"),
         ("What's the monthly fee per guard at each depot on running contracts?",
          "SELECT d.depot_name, (SELECT SUM(c.monthly_fee) FROM contracts c WHERE c.depot_id = d.depot_id "
          "AND c.end_date IS NULL) * 1.0 / (SELECT COUNT(*) FROM guards g WHERE g.depot_id = d.depot_id) "
          "FROM depots d"),
         ("How much overtime did each depot pay last month?", D),
         ("List the key holding contracts that have no end date, with client and start date",
          "SELECT cl.client_name, c.start_date FROM contracts c JOIN clients cl ON cl.client_id = c.client_id "
          "WHERE c.service = 'Key holding' AND c.end_date IS NULL")),
]

# ------------------------------------------------------------------------------------------ phone repairs
RS = "FROM repairs r JOIN shops s ON s.shop_id = r.shop_id"
RT = "FROM repairs r JOIN technicians t ON t.tech_id = r.tech_id"
Y24 = "r.booked_in LIKE '2024%'"

REPAIRS = [
    conv("rep-1",
         ("How many repairs did each shop book in during 2024?",
          f"SELECT s.shop_name, COUNT(*) {RS} WHERE {Y24} GROUP BY s.shop_name"),
         ("and the revenue?", f"SELECT s.shop_name, SUM(r.price) {RS} WHERE {Y24} GROUP BY s.shop_name"),
         ("what's that per technician at each shop?",
          "SELECT s.shop_name, (SELECT SUM(r.price) FROM repairs r WHERE r.shop_id = s.shop_id AND "
          f"{Y24}) * 1.0 / (SELECT COUNT(*) FROM technicians t WHERE t.shop_id = s.shop_id) FROM shops s"),
         ("which shop comes out best on that?",
          "SELECT s.shop_name FROM shops s ORDER BY (SELECT SUM(r.price) FROM repairs r WHERE r.shop_id = s.shop_id "
          f"AND {Y24}) * 1.0 / (SELECT COUNT(*) FROM technicians t WHERE t.shop_id = s.shop_id) DESC LIMIT 1"),
         ("and across all shops?",
          f"SELECT (SELECT SUM(r.price) FROM repairs r WHERE {Y24}) * 1.0 / (SELECT COUNT(*) FROM technicians)")),
    conv("rep-2",
         ("What's the average margin per repair for each repair type?",
          "SELECT repair_type, AVG(price - parts_cost) FROM repairs GROUP BY repair_type",
          ["SELECT repair_type, AVG(price - COALESCE(parts_cost, 0)) FROM repairs GROUP BY repair_type"]),
         ("which type brings in the most revenue per labour hour?",
          "SELECT repair_type FROM repairs WHERE labour_hours IS NOT NULL GROUP BY repair_type "
          "ORDER BY SUM(price) / SUM(labour_hours) DESC LIMIT 1",
          ["SELECT repair_type FROM repairs GROUP BY repair_type ORDER BY SUM(price) / SUM(labour_hours) DESC LIMIT 1"]),
         ("same but by brand",
          "SELECT device_brand FROM repairs WHERE labour_hours IS NOT NULL GROUP BY device_brand "
          "ORDER BY SUM(price) / SUM(labour_hours) DESC LIMIT 1",
          ["SELECT device_brand FROM repairs GROUP BY device_brand ORDER BY SUM(price) / SUM(labour_hours) DESC LIMIT 1"]),
         ("Which phone model breaks most often?", D)),
    conv("rep-3",
         ("How many repairs are still not completed?", "SELECT COUNT(*) FROM repairs WHERE completed_on IS NULL"),
         ("which shops are they at?",
          f"SELECT s.shop_name, COUNT(*) {RS} WHERE r.completed_on IS NULL GROUP BY s.shop_name"),
         ("when was the oldest of them booked in?",
          "SELECT MIN(booked_in) FROM repairs WHERE completed_on IS NULL",
          ["SELECT repair_id, booked_in FROM repairs WHERE completed_on IS NULL ORDER BY booked_in LIMIT 1"]),
         ("What's the customer's phone number for that one?", D)),
    conv("rep-4",
         ("How many warranty returns did we have, and what share of completed repairs is that?",
          "SELECT SUM(warranty_return), 100.0 * SUM(warranty_return) / COUNT(*) FROM repairs "
          "WHERE completed_on IS NOT NULL",
          ["SELECT SUM(warranty_return), 1.0 * SUM(warranty_return) / COUNT(*) FROM repairs "
           "WHERE completed_on IS NOT NULL"]),
         ("break the return rate down by technician level",
          f"SELECT t.level, 100.0 * SUM(r.warranty_return) / COUNT(*) {RT} WHERE r.completed_on IS NOT NULL "
          "GROUP BY t.level",
          [f"SELECT t.level, 1.0 * SUM(r.warranty_return) / COUNT(*) {RT} WHERE r.completed_on IS NOT NULL "
           "GROUP BY t.level"]),
         ("which technician has the highest return rate?",
          f"SELECT t.tech_name {RT} WHERE r.completed_on IS NOT NULL GROUP BY t.tech_id "
          "ORDER BY 1.0 * SUM(r.warranty_return) / COUNT(*) DESC LIMIT 1"),
         ("How much did the warranty returns cost us in parts?",
          "SELECT SUM(parts_cost) FROM repairs WHERE warranty_return = 1"),
         ("and what are the technicians paid per hour?", D)),
    conv("rep-5",
         ("How many repairs per customer do we do on average?",
          "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT customer_id) FROM repairs"),
         ("same for business customers only",
          "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT r.customer_id) FROM repairs r JOIN customers c "
          "ON c.customer_id = r.customer_id WHERE c.customer_type = 'Business'"),
         ("What's the average spend per customer, business versus personal?",
          "SELECT c.customer_type, SUM(r.price) / COUNT(DISTINCT r.customer_id) FROM repairs r JOIN customers c "
          "ON c.customer_id = r.customer_id GROUP BY c.customer_type"),
         ("How many customers have had more than three repairs?",
          "SELECT COUNT(*) FROM (SELECT customer_id FROM repairs GROUP BY customer_id HAVING COUNT(*) > 3)"),
         ("what share of all customers is that?",
          "SELECT 100.0 * (SELECT COUNT(*) FROM (SELECT customer_id FROM repairs GROUP BY customer_id "
          "HAVING COUNT(*) > 3)) / (SELECT COUNT(*) FROM customers)",
          ["SELECT 1.0 * (SELECT COUNT(*) FROM (SELECT customer_id FROM repairs GROUP BY customer_id "
           "HAVING COUNT(*) > 3)) / (SELECT COUNT(*) FROM customers)"]),
         ("How many customers have never had a repair?",
          "SELECT COUNT(*) FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM repairs)")),
    conv("rep-6",
         ("What's the average turnaround in days at each shop?",
          "SELECT s.shop_name, AVG(julianday(r.completed_on) - julianday(r.booked_in)) "
          f"{RS} WHERE r.completed_on IS NOT NULL GROUP BY s.shop_name"),
         ("which shop does the most same-day repairs?",
          f"SELECT s.shop_name {RS} WHERE r.completed_on = r.booked_in GROUP BY s.shop_name "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what share of all completed repairs are same-day?",
          "SELECT 100.0 * SUM(completed_on = booked_in) / COUNT(*) FROM repairs WHERE completed_on IS NOT NULL",
          ["SELECT 1.0 * SUM(completed_on = booked_in) / COUNT(*) FROM repairs WHERE completed_on IS NOT NULL"]),
         ("How long did customers wait at the counter before being served?", D)),
    conv("rep-7",
         ("Revenue by month for 2024",
          "SELECT strftime('%m', booked_in) AS m, SUM(price) FROM repairs WHERE booked_in LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', booked_in) AS m, SUM(price) FROM repairs WHERE booked_in LIKE '2024%' "
           "GROUP BY m"]),
         ("Compare January 2025 with January 2024 for each shop",
          "SELECT s.shop_name, SUM(CASE WHEN r.booked_in LIKE '2024-01%' THEN r.price ELSE 0 END), "
          f"SUM(CASE WHEN r.booked_in LIKE '2025-01%' THEN r.price ELSE 0 END) {RS} GROUP BY s.shop_name",
          [f"SELECT s.shop_name, substr(r.booked_in, 1, 7) AS m, SUM(r.price) {RS} "
           "WHERE r.booked_in LIKE '2024-01%' OR r.booked_in LIKE '2025-01%' GROUP BY s.shop_name, m"]),
         ("same but repair counts",
          "SELECT s.shop_name, SUM(r.booked_in LIKE '2024-01%'), SUM(r.booked_in LIKE '2025-01%') "
          f"{RS} GROUP BY s.shop_name",
          [f"SELECT s.shop_name, substr(r.booked_in, 1, 7) AS m, COUNT(*) {RS} "
           "WHERE r.booked_in LIKE '2024-01%' OR r.booked_in LIKE '2025-01%' GROUP BY s.shop_name, m"]),
         ("What will February 2025 revenue be for Stirling?", D)),
    conv("rep-8",
         ("Which brand do we repair most?",
          "SELECT device_brand FROM repairs GROUP BY device_brand ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what share of all repairs is that brand?",
          "SELECT 100.0 * SUM(device_brand = 'Apple') / COUNT(*) FROM repairs",
          ["SELECT 1.0 * SUM(device_brand = 'Apple') / COUNT(*) FROM repairs"]),
         ("and of screen repairs only?",
          "SELECT 100.0 * SUM(device_brand = 'Apple') / COUNT(*) FROM repairs WHERE repair_type = 'Screen'",
          ["SELECT 1.0 * SUM(device_brand = 'Apple') / COUNT(*) FROM repairs WHERE repair_type = 'Screen'"]),
         ("average price of a screen repair by brand",
          "SELECT device_brand, AVG(price) FROM repairs WHERE repair_type = 'Screen' GROUP BY device_brand"),
         ("How many screens does each shop have in stock?", D)),
    conv("rep-9",
         ("Average labour hours per repair for each technician level",
          f"SELECT t.level, AVG(r.labour_hours) {RT} GROUP BY t.level"),
         ("How many technicians does each shop have, and how big is each shop?",
          "SELECT s.shop_name, COUNT(t.tech_id), s.floor_area_m2 FROM shops s LEFT JOIN technicians t "
          "ON t.shop_id = s.shop_id GROUP BY s.shop_id"),
         ("what's the revenue per square metre for each shop in 2024?",
          f"SELECT s.shop_name, SUM(r.price) / s.floor_area_m2 {RS} WHERE {Y24} GROUP BY s.shop_id"),
         ("which water damage repairs have no parts cost recorded — how many per shop?",
          f"SELECT s.shop_name, COUNT(*) {RS} WHERE r.repair_type = 'Water damage' AND r.parts_cost IS NULL "
          "GROUP BY s.shop_name"),
         ("What's our Google rating at each shop?", D)),
]

SETS = {"opticians": OPTICIANS, "patrols": PATROLS, "repairs": REPAIRS}
