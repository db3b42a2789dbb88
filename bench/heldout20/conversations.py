"""Held-out conversations heldout20, written as business analysts ask them (full questions and terse
follow-ups), before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for
a breakdown), optional `accept` (other SQL that also answers), or None when the data cannot answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ carshare
SPEND = "SELECT member_id, SUM(fare) AS s FROM trips WHERE status = 'completed' GROUP BY member_id"
CARREV = ("SELECT c.car_id, c.plate, c.city, COALESCE(SUM(t.fare), 0) AS rev FROM cars c "
          "LEFT JOIN trips t ON t.car_id = c.car_id GROUP BY c.car_id")
ABOVE = (f"SELECT x.plate, x.rev FROM ({CARREV}) x WHERE x.rev > "
         f"(SELECT AVG(y.rev) FROM ({CARREV}) y WHERE y.city = x.city)")
BIZ = "FROM trips t JOIN members m ON m.member_id = t.member_id WHERE m.plan = 'business'"
CITYT = "FROM trips t JOIN cars c ON c.car_id = t.car_id"

CARSHARE = [
    conv("car-1",
         ("How many trips did we have in 2024?", "SELECT COUNT(*) FROM trips WHERE started_at LIKE '2024%'"),
         ("same for last year", "SELECT COUNT(*) FROM trips WHERE started_at LIKE '2023%'"),
         ("drop the cancelled ones",
          "SELECT COUNT(*) FROM trips WHERE started_at LIKE '2023%' AND status <> 'cancelled'"),
         ("What was the percentage change in completed trips from 2023 to 2024?",
          "SELECT 100.0 * (SUM(started_at LIKE '2024%') - SUM(started_at LIKE '2023%')) / SUM(started_at LIKE '2023%') "
          "FROM trips WHERE status = 'completed'",
          ["SELECT 1.0 * (SUM(started_at LIKE '2024%') - SUM(started_at LIKE '2023%')) / SUM(started_at LIKE '2023%') "
           "FROM trips WHERE status = 'completed'"])),
    conv("car-2",
         ("Total fare revenue by month in 2024",
          "SELECT strftime('%m', started_at) AS m, SUM(fare) FROM trips WHERE started_at LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', started_at) AS m, SUM(fare) FROM trips WHERE started_at LIKE '2024%' GROUP BY m"]),
         ("which month was the best?",
          "SELECT strftime('%m', started_at) AS m FROM trips WHERE started_at LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(fare) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', started_at) AS m FROM trips WHERE started_at LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(fare) DESC LIMIT 1"]),
         ("show each month as % of the year's total",
          "SELECT strftime('%m', started_at) AS m, 100.0 * SUM(fare) / (SELECT SUM(fare) FROM trips "
          "WHERE started_at LIKE '2024%') FROM trips WHERE started_at LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', started_at) AS m, 100.0 * SUM(fare) / (SELECT SUM(fare) FROM trips "
           "WHERE started_at LIKE '2024%') FROM trips WHERE started_at LIKE '2024%' GROUP BY m",
           "SELECT strftime('%m', started_at) AS m, SUM(fare) / (SELECT SUM(fare) FROM trips "
           "WHERE started_at LIKE '2024%') FROM trips WHERE started_at LIKE '2024%' GROUP BY m"])),
    conv("car-3",
         ("Which members have never taken a trip?",
          "SELECT full_name FROM members WHERE member_id NOT IN (SELECT member_id FROM trips)"),
         ("what plan are they on?",
          "SELECT full_name, plan FROM members WHERE member_id NOT IN (SELECT member_id FROM trips)"),
         ("and their email addresses?", D)),
    conv("car-4",
         ("On average, how much has each member spent on completed trips?", f"SELECT AVG(s) FROM ({SPEND})",
          ["SELECT SUM(fare) / (SELECT COUNT(*) FROM members) FROM trips WHERE status = 'completed'"]),
         ("and the average per trip?", "SELECT AVG(fare) FROM trips WHERE status = 'completed'"),
         ("just the top 5 spenders",
          "SELECT m.full_name, SUM(t.fare) AS s FROM trips t JOIN members m ON m.member_id = t.member_id "
          "WHERE t.status = 'completed' GROUP BY m.member_id ORDER BY s DESC LIMIT 5")),
    conv("car-5",
         ("Which car makes get the highest average trip rating?",
          "SELECT c.make, AVG(t.rating) AS r FROM trips t JOIN cars c ON c.car_id = t.car_id GROUP BY c.make "
          "ORDER BY r DESC",
          ["SELECT c.make, AVG(t.rating) AS r FROM trips t JOIN cars c ON c.car_id = t.car_id GROUP BY c.make "
           "ORDER BY r DESC LIMIT 1"]),
         ("how many ratings does each make have?",
          "SELECT c.make, COUNT(t.rating) FROM trips t JOIN cars c ON c.car_id = t.car_id GROUP BY c.make"),
         ("why do people rate the Teslas lower?", D)),
    conv("car-6",
         ("How many electric cars do we have in each city?",
          "SELECT city, COUNT(*) FROM cars WHERE fuel_type = 'electric' GROUP BY city"),
         ("exclude the retired ones",
          "SELECT city, COUNT(*) FROM cars WHERE fuel_type = 'electric' AND retired_on IS NULL GROUP BY city"),
         ("what's their average hourly rate?",
          "SELECT city, AVG(hourly_rate) FROM cars WHERE fuel_type = 'electric' AND retired_on IS NULL GROUP BY city",
          ["SELECT AVG(hourly_rate) FROM cars WHERE fuel_type = 'electric' AND retired_on IS NULL"]),
         ("what's the current battery charge of each of them?", D)),
    conv("car-7",
         ("When was each promo code last used?",
          "SELECT p.code, MAX(t.started_at) FROM trip_promos tp JOIN promos p ON p.promo_id = tp.promo_id "
          "JOIN trips t ON t.trip_id = tp.trip_id GROUP BY p.code",
          ["SELECT p.code, MAX(t.started_at) FROM promos p LEFT JOIN trip_promos tp ON p.promo_id = tp.promo_id "
           "LEFT JOIN trips t ON t.trip_id = tp.trip_id GROUP BY p.code"]),
         ("which promo code has never been used?",
          "SELECT code FROM promos WHERE promo_id NOT IN (SELECT promo_id FROM trip_promos)"),
         ("total discount given by code",
          "SELECT p.code, SUM(tp.discount_amount) FROM trip_promos tp JOIN promos p ON p.promo_id = tp.promo_id "
          "GROUP BY p.code"),
         ("how many new members did each code bring in?", D)),
    conv("car-8",
         ("Which cars earned more in fares than the average car in their city?", ABOVE),
         ("just the Amsterdam ones", f"SELECT plate, rev FROM ({ABOVE}) a JOIN cars c USING (plate) "
          "WHERE c.city = 'Amsterdam'"),
         ("what will they earn next year?", D)),
    conv("car-9",
         ("What was the first trip date for each business-plan member?",
          f"SELECT m.full_name, MIN(t.started_at) {BIZ} GROUP BY m.member_id",
          [f"SELECT m.full_name, MIN(date(t.started_at)) {BIZ} GROUP BY m.member_id"]),
         ("and the latest?", f"SELECT m.full_name, MAX(t.started_at) {BIZ} GROUP BY m.member_id",
          [f"SELECT m.full_name, MAX(date(t.started_at)) {BIZ} GROUP BY m.member_id"]),
         ("average distance per completed trip for those members",
          f"SELECT AVG(t.distance_km) {BIZ} AND t.status = 'completed'")),
    conv("car-10",
         ("How many no-show trips were there per city the car is based in?",
          f"SELECT c.city, COUNT(*) {CITYT} WHERE t.status = 'no_show' GROUP BY c.city"),
         ("as a share of all trips in that city",
          f"SELECT c.city, 100.0 * SUM(t.status = 'no_show') / COUNT(*) {CITYT} GROUP BY c.city",
          [f"SELECT c.city, 1.0 * SUM(t.status = 'no_show') / COUNT(*) {CITYT} GROUP BY c.city"]),
         ("what do we charge for a no-show?", "SELECT DISTINCT fare FROM trips WHERE status = 'no_show'",
          ["SELECT AVG(fare) FROM trips WHERE status = 'no_show'"])),
    conv("car-11",
         ("What's the total distance driven in diesel cars?",
          f"SELECT SUM(t.distance_km) {CITYT} WHERE c.fuel_type = 'diesel'"),
         ("how much fuel did they burn?", D),
         ("and the total fares on those cars?", f"SELECT SUM(t.fare) {CITYT} WHERE c.fuel_type = 'diesel'"),
         ("what's their CO2 per km?", D)),
    conv("car-12",
         ("How many members joined each year?",
          "SELECT strftime('%Y', joined_on) AS y, COUNT(*) FROM members GROUP BY y"),
         ("how many of the 2024 joiners are on the plus plan?",
          "SELECT COUNT(*) FROM members WHERE joined_on LIKE '2024%' AND plan = 'plus'"),
         ("What's the average rating on trips by members born before 1970?",
          "SELECT AVG(t.rating) FROM trips t JOIN members m ON m.member_id = t.member_id WHERE m.birth_year < 1970"),
         ("how many members have no birth year recorded?", "SELECT COUNT(*) FROM members WHERE birth_year IS NULL")),
]

# ------------------------------------------------------------------------------------------ tickets
OEV = "FROM orders o JOIN events e ON e.eventId = o.eventId"
OVN = "FROM orders o JOIN events e ON e.eventId = o.eventId JOIN venues v ON v.venueId = e.venueId"
TOPV = f"SELECT v.venueName, SUM(o.ticketCount) AS n {OVN} GROUP BY v.venueId ORDER BY n DESC LIMIT 1"
CSP = "SELECT customerId, SUM(totalPaid) AS s FROM orders GROUP BY customerId"
EVT = "SELECT e.eventId, e.eventName, e.category, SUM(o.ticketCount) AS n " + OEV + " GROUP BY e.eventId"
EVABOVE = f"SELECT x.eventName, x.n FROM ({EVT}) x WHERE x.n > (SELECT AVG(y.n) FROM ({EVT}) y WHERE y.category = x.category)"
HA = f"SELECT e.eventName, SUM(o.ticketCount) AS n {OVN} WHERE v.venueName = 'Harbour Arena' GROUP BY e.eventId ORDER BY n DESC LIMIT 1"
HEAD = ("SELECT p.stageName, COUNT(*) AS n FROM eventPerformers ep JOIN performers p ON p.performerId = ep.performerId "
        "WHERE ep.isHeadliner = 1 GROUP BY p.performerId ORDER BY n DESC LIMIT 1")

TICKETS = [
    conv("tix-1",
         ("How much revenue did we take from orders in 2024?",
          "SELECT SUM(totalPaid) FROM orders WHERE orderDate LIKE '2024%'"),
         ("same for last year", "SELECT SUM(totalPaid) FROM orders WHERE orderDate LIKE '2023%'"),
         ("drop the refunded ones",
          "SELECT SUM(totalPaid) FROM orders WHERE orderDate LIKE '2023%' AND refundedAt IS NULL"),
         ("by month",
          "SELECT strftime('%m', orderDate) AS m, SUM(totalPaid) FROM orders WHERE orderDate LIKE '2023%' "
          "AND refundedAt IS NULL GROUP BY m",
          ["SELECT strftime('%Y-%m', orderDate) AS m, SUM(totalPaid) FROM orders WHERE orderDate LIKE '2023%' "
           "AND refundedAt IS NULL GROUP BY m"])),
    conv("tix-2",
         ("Which venue has sold the most tickets?", TOPV),
         ("as % of total tickets",
          f"SELECT v.venueName, 100.0 * SUM(o.ticketCount) / (SELECT SUM(ticketCount) FROM orders) AS p {OVN} "
          "GROUP BY v.venueId ORDER BY p DESC LIMIT 1",
          [f"SELECT v.venueName, 100.0 * SUM(o.ticketCount) / (SELECT SUM(ticketCount) FROM orders) {OVN} "
           "GROUP BY v.venueId"]),
         ("what's the capacity of that venue?",
          f"SELECT capacity FROM venues WHERE venueName = (SELECT venueName FROM ({TOPV}))")),
    conv("tix-3",
         ("Which performers have never been booked for an event?",
          "SELECT stageName FROM performers WHERE performerId NOT IN (SELECT performerId FROM eventPerformers)"),
         ("what genre are they?",
          "SELECT stageName, genre FROM performers WHERE performerId NOT IN (SELECT performerId FROM eventPerformers)"),
         ("what's their booking agent's phone number?", D)),
    conv("tix-4",
         ("Average tickets per order by event category",
          f"SELECT e.category, AVG(o.ticketCount) {OEV} GROUP BY e.category"),
         ("And what's the average total spend per customer?", f"SELECT AVG(s) FROM ({CSP})",
          ["SELECT SUM(totalPaid) / (SELECT COUNT(*) FROM customers) FROM orders"]),
         ("which customers spent more than twice that?",
          f"SELECT c.customerId, c.firstName, c.lastName FROM ({CSP}) x JOIN customers c ON c.customerId = x.customerId "
          f"WHERE x.s > 2 * (SELECT AVG(s) FROM ({CSP}))")),
    conv("tix-5",
         ("List the events that were cancelled", "SELECT eventName FROM events WHERE isCancelled = 1"),
         ("how many orders did each of them have?",
          f"SELECT e.eventName, COUNT(*) {OEV} WHERE e.isCancelled = 1 GROUP BY e.eventId",
          [f"SELECT COUNT(*) {OEV} WHERE e.isCancelled = 1"]),
         ("how much was refunded in total for them?",
          f"SELECT SUM(o.totalPaid) {OEV} WHERE e.isCancelled = 1 AND o.refundedAt IS NOT NULL")),
    conv("tix-6",
         ("For each venue, when was its first event and its most recent one?",
          "SELECT v.venueName, MIN(e.eventDate), MAX(e.eventDate) FROM events e JOIN venues v ON v.venueId = e.venueId "
          "GROUP BY v.venueId"),
         ("just the Cork venues",
          "SELECT v.venueName, MIN(e.eventDate), MAX(e.eventDate) FROM events e JOIN venues v ON v.venueId = e.venueId "
          "WHERE v.city = 'Cork' GROUP BY v.venueId"),
         ("why were sales weaker at the Riverside Theatre in 2024?", D)),
    conv("tix-7",
         ("Which events sold more tickets than the average event in their category?", EVABOVE),
         ("just the concerts",
          f"SELECT x.eventName, x.n FROM ({EVT}) x WHERE x.category = 'concert' AND x.n > "
          f"(SELECT AVG(y.n) FROM ({EVT}) y WHERE y.category = x.category)"),
         ("what was the weather like on those nights?", D)),
    conv("tix-8",
         ("How many customers do we have per country?", "SELECT country, COUNT(*) FROM customers GROUP BY country",
          ["SELECT country, COUNT(*) FROM customers WHERE country IS NOT NULL GROUP BY country"]),
         ("how many have no country recorded?", "SELECT COUNT(*) FROM customers WHERE country IS NULL"),
         ("which country has the most customers who opted in to marketing?",
          "SELECT country FROM customers WHERE marketingOptIn = 1 GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average order value for UK customers?",
          "SELECT AVG(o.totalPaid) FROM orders o JOIN customers c ON c.customerId = o.customerId WHERE c.country = 'UK'")),
    conv("tix-9",
         ("Total booking fees collected per year",
          "SELECT strftime('%Y', orderDate) AS y, SUM(feeAmount) FROM orders GROUP BY y"),
         ("how many orders have no fee recorded?", "SELECT COUNT(*) FROM orders WHERE feeAmount IS NULL"),
         ("what were fees as a percentage of total paid in 2024?",
          "SELECT 100.0 * SUM(feeAmount) / SUM(totalPaid) FROM orders WHERE orderDate LIKE '2024%'",
          ["SELECT SUM(feeAmount) / SUM(totalPaid) FROM orders WHERE orderDate LIKE '2024%'"])),
    conv("tix-10",
         ("Which performer has headlined the most events?", HEAD),
         ("what's their home country?",
          f"SELECT homeCountry FROM performers WHERE stageName = (SELECT stageName FROM ({HEAD}))"),
         ("how much do we pay them per show?", D)),
    conv("tix-11",
         ("How many orders were placed in Q1 2024 versus Q1 2023?",
          "SELECT SUM(orderDate BETWEEN '2024-01-01' AND '2024-03-31'), SUM(orderDate BETWEEN '2023-01-01' AND '2023-03-31') "
          "FROM orders",
          ["SELECT strftime('%Y', orderDate) AS y, COUNT(*) FROM orders WHERE strftime('%m', orderDate) IN ('01','02','03') "
           "AND orderDate < '2025' GROUP BY y"]),
         ("what's the percentage change?",
          "SELECT 100.0 * (SUM(orderDate BETWEEN '2024-01-01' AND '2024-03-31') - SUM(orderDate BETWEEN '2023-01-01' AND "
          "'2023-03-31')) / SUM(orderDate BETWEEN '2023-01-01' AND '2023-03-31') FROM orders"),
         ("forecast the orders for Q1 2026", D),
         ("On average, how many days before the event do people buy their tickets?",
          f"SELECT AVG(julianday(e.eventDate) - julianday(o.orderDate)) {OEV}")),
    conv("tix-12",
         ("Which Harbour Arena event sold the most tickets?", HA),
         ("how many seats did it leave unsold?",
          f"SELECT MAX(v.capacity) - SUM(o.ticketCount) {OVN} WHERE e.eventName = (SELECT eventName FROM ({HA}))"),
         ("what was the bar revenue that night?", D)),
]

# ------------------------------------------------------------------------------------------ solar
QSC = "FROM Quotes q JOIN StatusCodes s ON s.StatusCd = q.StatusCd"
IQC = "FROM Installs i JOIN Quotes q ON q.QuoteID = i.QuoteID JOIN Customers c ON c.CustID = q.CustID"
REGREV = f"SELECT c.Region, SUM(i.FinalAmt) AS rev {IQC} GROUP BY c.Region"
REPRATE = ("SELECT r.RepName, 1.0 * SUM(q.StatusCd = 'ACC') / COUNT(*) AS rate FROM Quotes q "
           "JOIN SalesReps r ON r.RepID = q.RepID GROUP BY r.RepID ORDER BY rate DESC LIMIT 1")
IHRS = "SELECT InstallID, SUM(HrsWorked) AS h FROM InstallCrew GROUP BY InstallID"
LAG = "julianday(i.InstallDt) - julianday(q.QuoteDt)"
NOINST = ("SELECT DISTINCT c.CustID, c.CustName FROM Customers c JOIN Quotes q ON q.CustID = c.CustID "
          "WHERE c.CustID NOT IN (SELECT q2.CustID FROM Installs i JOIN Quotes q2 ON q2.QuoteID = i.QuoteID)")
NOCREW = "SELECT TechID FROM Technicians WHERE TechID NOT IN (SELECT TechID FROM InstallCrew)"

SOLAR = [
    conv("sol-1",
         ("How many quotes did we issue in 2024, by status?",
          f"SELECT s.StatusDesc, COUNT(*) {QSC} WHERE q.QuoteDt LIKE '2024%' GROUP BY s.StatusDesc",
          ["SELECT StatusCd, COUNT(*) FROM Quotes WHERE QuoteDt LIKE '2024%' GROUP BY StatusCd"]),
         ("same for 2023", f"SELECT s.StatusDesc, COUNT(*) {QSC} WHERE q.QuoteDt LIKE '2023%' GROUP BY s.StatusDesc",
          ["SELECT StatusCd, COUNT(*) FROM Quotes WHERE QuoteDt LIKE '2023%' GROUP BY StatusCd"]),
         ("what share were accepted in each of those two years?",
          "SELECT strftime('%Y', QuoteDt) AS y, 100.0 * SUM(StatusCd = 'ACC') / COUNT(*) FROM Quotes "
          "WHERE QuoteDt LIKE '2023%' OR QuoteDt LIKE '2024%' GROUP BY y",
          ["SELECT strftime('%Y', QuoteDt) AS y, 1.0 * SUM(StatusCd = 'ACC') / COUNT(*) FROM Quotes "
           "WHERE QuoteDt LIKE '2023%' OR QuoteDt LIKE '2024%' GROUP BY y"])),
    conv("sol-2",
         ("Total installed revenue by region", REGREV),
         ("as % of total",
          f"SELECT Region, 100.0 * rev / (SELECT SUM(FinalAmt) FROM Installs) FROM ({REGREV})",
          [f"SELECT Region, rev / (SELECT SUM(FinalAmt) FROM Installs) FROM ({REGREV})"]),
         ("just the top 3", f"SELECT Region, rev FROM ({REGREV}) ORDER BY rev DESC LIMIT 3",
          [f"SELECT Region, 100.0 * rev / (SELECT SUM(FinalAmt) FROM Installs) AS p FROM ({REGREV}) "
           "ORDER BY p DESC LIMIT 3"])),
    conv("sol-3",
         ("Which sales rep has the highest quote acceptance rate?", REPRATE),
         ("how many quotes has each rep written?",
          "SELECT r.RepName, COUNT(*) FROM Quotes q JOIN SalesReps r ON r.RepID = q.RepID GROUP BY r.RepID"),
         ("what's their commission rate?", D)),
    conv("sol-4",
         ("Average system size in kW for accepted quotes, by property type",
          "SELECT c.PropType, AVG(q.SysKw) FROM Quotes q JOIN Customers c ON c.CustID = q.CustID "
          "WHERE q.StatusCd = 'ACC' GROUP BY c.PropType"),
         ("and the average quote amount per kW?",
          "SELECT c.PropType, SUM(q.QuoteAmt) / SUM(q.SysKw) FROM Quotes q JOIN Customers c ON c.CustID = q.CustID "
          "WHERE q.StatusCd = 'ACC' GROUP BY c.PropType",
          ["SELECT c.PropType, AVG(q.QuoteAmt / q.SysKw) FROM Quotes q JOIN Customers c ON c.CustID = q.CustID "
           "WHERE q.StatusCd = 'ACC' GROUP BY c.PropType"]),
         ("how much will those customers save on their energy bills each year?", D)),
    conv("sol-5",
         ("Which technicians have never been on an install crew?",
          "SELECT TechName FROM Technicians WHERE TechID NOT IN (SELECT TechID FROM InstallCrew)"),
         ("how many service calls have they handled?",
          f"SELECT COUNT(*) FROM ServiceCalls WHERE TechID IN ({NOCREW})",
          [f"SELECT t.TechName, COUNT(*) FROM ServiceCalls sc JOIN Technicians t ON t.TechID = sc.TechID "
           f"WHERE sc.TechID IN ({NOCREW}) GROUP BY t.TechID"]),
         ("what's their hourly wage?", D)),
    conv("sol-6",
         ("How many hours did each technician work on installs in 2024?",
          "SELECT t.TechName, SUM(ic.HrsWorked) FROM InstallCrew ic JOIN Technicians t ON t.TechID = ic.TechID "
          "JOIN Installs i ON i.InstallID = ic.InstallID WHERE i.InstallDt LIKE '2024%' GROUP BY t.TechID"),
         ("Which installs took more crew hours than the average install?",
          f"SELECT InstallID, h FROM ({IHRS}) WHERE h > (SELECT AVG(h) FROM ({IHRS}))"),
         ("just the ones with a battery",
          f"SELECT x.InstallID, x.h FROM ({IHRS}) x JOIN Installs i ON i.InstallID = x.InstallID "
          f"WHERE i.BattInc = 1 AND x.h > (SELECT AVG(h) FROM ({IHRS}))"),
         ("which inverter brand was fitted on those?", D)),
    conv("sol-7",
         ("How many service calls are still unresolved?", "SELECT COUNT(*) FROM ServiceCalls WHERE ResolvedDt IS NULL"),
         ("What's the average cost of a service call by issue type?",
          "SELECT IssueType, AVG(CostAmt) FROM ServiceCalls GROUP BY IssueType"),
         ("which issue type costs the most in total?",
          "SELECT IssueType FROM ServiceCalls GROUP BY IssueType ORDER BY SUM(CostAmt) DESC LIMIT 1"),
         ("how long is the warranty on each install?", D),
         ("when was the most recent service call for each install with a battery?",
          "SELECT i.InstallID, MAX(sc.CallDt) FROM ServiceCalls sc JOIN Installs i ON i.InstallID = sc.InstallID "
          "WHERE i.BattInc = 1 GROUP BY i.InstallID")),
    conv("sol-8",
         ("What's the average time from quote to install, in days?",
          f"SELECT AVG({LAG}) FROM Installs i JOIN Quotes q ON q.QuoteID = i.QuoteID"),
         ("by region", f"SELECT c.Region, AVG({LAG}) {IQC} GROUP BY c.Region"),
         ("which region is the slowest?", f"SELECT c.Region {IQC} GROUP BY c.Region ORDER BY AVG({LAG}) DESC LIMIT 1")),
    conv("sol-9",
         ("Which customers got a quote but never had an install?", NOINST),
         ("how many is that?", f"SELECT COUNT(*) FROM ({NOINST})"),
         ("what's the roof pitch on their houses?", D)),
    conv("sol-10",
         ("How many installs did we do per month in 2024?",
          "SELECT strftime('%m', InstallDt) AS m, COUNT(*) FROM Installs WHERE InstallDt LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', InstallDt) AS m, COUNT(*) FROM Installs WHERE InstallDt LIKE '2024%' GROUP BY m"]),
         ("What's the percentage change in the number of installs from 2023 to 2024?",
          "SELECT 100.0 * (SUM(InstallDt LIKE '2024%') - SUM(InstallDt LIKE '2023%')) / SUM(InstallDt LIKE '2023%') "
          "FROM Installs"),
         ("how many panels will we install next year?", D)),
    conv("sol-11",
         ("What does status code EXP mean?", "SELECT StatusDesc FROM StatusCodes WHERE StatusCd = 'EXP'"),
         ("how many quotes have that status per sales rep?",
          "SELECT r.RepName, COUNT(*) FROM Quotes q JOIN SalesReps r ON r.RepID = q.RepID WHERE q.StatusCd = 'EXP' "
          "GROUP BY r.RepID"),
         ("Compare the average quote amount of expired quotes with accepted ones",
          "SELECT StatusCd, AVG(QuoteAmt) FROM Quotes WHERE StatusCd IN ('EXP', 'ACC') GROUP BY StatusCd",
          [f"SELECT s.StatusDesc, AVG(q.QuoteAmt) {QSC} WHERE q.StatusCd IN ('EXP', 'ACC') GROUP BY s.StatusDesc"])),
    conv("sol-12",
         ("When did each sales rep write their first quote?",
          "SELECT r.RepName, MIN(q.QuoteDt) FROM Quotes q JOIN SalesReps r ON r.RepID = q.RepID GROUP BY r.RepID"),
         ("Which reps' total quoted value is above the average for reps?",
          "SELECT r.RepName FROM Quotes q JOIN SalesReps r ON r.RepID = q.RepID GROUP BY r.RepID "
          "HAVING SUM(q.QuoteAmt) > (SELECT AVG(t) FROM (SELECT SUM(QuoteAmt) AS t FROM Quotes GROUP BY RepID))"),
         ("how many installs included a battery, in the South region?",
          f"SELECT COUNT(*) {IQC} WHERE i.BattInc = 1 AND c.Region = 'South'")),
]

SETS = {"carshare": CARSHARE, "tickets": TICKETS, "solar": SOLAR}
