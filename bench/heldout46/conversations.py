"""Held-out conversations of set 46, written as a non-technical customer-support / quality lead
would ask them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a
list for a breakdown), optional `accept` (other SQL that also answers), or None when the data does
not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ appliances
CJ = "FROM complaints c JOIN fault_codes f ON f.code = c.fault_code"
CP = "FROM complaints c JOIN products p ON p.product_id = c.product_id"
DAYS = "(julianday(c.closed_on) - julianday(c.opened_on))"
SLOW_LINE = (f"SELECT p.product_line {CP} WHERE c.closed_on IS NOT NULL GROUP BY p.product_line "
             f"ORDER BY AVG({DAYS}) DESC LIMIT 1")
TOPCUST = "SELECT customer_id FROM complaints GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 1"
WORSTM = ("SELECT strftime('%m', opened_on) FROM complaints WHERE opened_on LIKE '2025%' "
          "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")
LOWSAT = "SELECT product_id FROM complaints GROUP BY product_id ORDER BY AVG(satisfaction) LIMIT 1"
REF = "SELECT SUM(refund_eur) FROM complaints WHERE {} LIKE '{}%'"

APPLIANCES = [
    conv("app-1",
         ("What goes wrong most often with our products? Give me the list, most common first.",
          f"SELECT f.description, COUNT(*) AS n {CJ} GROUP BY f.description ORDER BY n DESC",
          ["SELECT fault_code, COUNT(*) AS n FROM complaints GROUP BY fault_code ORDER BY n DESC"]),
         ("Did anyone ever report an electric shock?",
          "SELECT COUNT(*) FROM complaints WHERE fault_code = 'E06'",
          ["SELECT EXISTS (SELECT 1 FROM complaints WHERE fault_code = 'E06')",
           "SELECT * FROM complaints WHERE fault_code = 'E06'"]),
         ("how many of those happened in 2025?",
          "SELECT COUNT(*) FROM complaints WHERE fault_code = 'E06' AND opened_on LIKE '2025%'"),
         ("and the same for burning smells?",
          "SELECT COUNT(*) FROM complaints WHERE fault_code = 'E04' AND opened_on LIKE '2025%'"),
         ("Which products have had a safety problem reported?",
          f"SELECT DISTINCT p.product_name {CP} JOIN fault_codes f ON f.code = c.fault_code "
          "WHERE f.severity = 'safety'")),
    conv("app-2",
         ("On average, how many days does it take us to close a complaint?",
          f"SELECT AVG({DAYS}) FROM complaints c WHERE c.closed_on IS NOT NULL"),
         ("Is it slower for some kinds of product than others?",
          f"SELECT p.product_line, AVG({DAYS}) {CP} WHERE c.closed_on IS NOT NULL GROUP BY p.product_line"),
         ("which kind is the slowest?", SLOW_LINE),
         ("Show me every complaint that took more than six weeks to close",
          f"SELECT c.complaint_id, c.opened_on, c.closed_on FROM complaints c WHERE {DAYS} > 42"),
         ("why did those take so long?", D)),
    conv("app-3",
         ("How many customers have complained more than once?",
          "SELECT COUNT(*) FROM (SELECT customer_id FROM complaints GROUP BY customer_id HAVING COUNT(*) > 1)"),
         ("and how many complained exactly twice?",
          "SELECT COUNT(*) FROM (SELECT customer_id FROM complaints GROUP BY customer_id HAVING COUNT(*) = 2)"),
         ("Who complained the most?",
          f"SELECT customer_name FROM customers WHERE customer_id = ({TOPCUST})"),
         ("which country is that person from?",
          f"SELECT country FROM customers WHERE customer_id = ({TOPCUST})"),
         ("what's their phone number?", D)),
    conv("app-4",
         ("How do people get in touch with us? How many complaints came in each way?",
          "SELECT channel, COUNT(*) FROM complaints GROUP BY channel"),
         ("Which way ends up with the happiest customers?",
          "SELECT channel FROM complaints GROUP BY channel ORDER BY AVG(satisfaction) DESC LIMIT 1"),
         ("how many people gave us the lowest possible score?",
          "SELECT COUNT(*) FROM complaints WHERE satisfaction = 1"),
         ("Is there any complaint from 2024 that is still open?",
          "SELECT COUNT(*) FROM complaints WHERE closed_on IS NULL AND opened_on LIKE '2024%'",
          ["SELECT EXISTS (SELECT 1 FROM complaints WHERE closed_on IS NULL AND opened_on LIKE '2024%')",
           "SELECT * FROM complaints WHERE closed_on IS NULL AND opened_on LIKE '2024%'"]),
         ("list them with the customer's name",
          "SELECT c.complaint_id, cu.customer_name, c.opened_on FROM complaints c "
          "JOIN customers cu ON cu.customer_id = c.customer_id "
          "WHERE c.closed_on IS NULL AND c.opened_on LIKE '2024%'")),
    conv("app-5",
         ("How much did we pay back in refunds in 2025?", REF.format("opened_on", "2025"),
          [REF.format("closed_on", "2025")]),
         ("and the year before?", REF.format("opened_on", "2024"), [REF.format("closed_on", "2024")]),
         ("Which product has cost us the most in refunds, all time?",
          f"SELECT p.product_name {CP} GROUP BY p.product_name ORDER BY SUM(c.refund_eur) DESC LIMIT 1"),
         ("Did we ever refund the full price of a Barista Duo?",
          f"SELECT COUNT(*) {CP} WHERE p.product_name = 'Barista Duo' AND c.refund_eur = p.list_price",
          [f"SELECT EXISTS (SELECT 1 {CP} WHERE p.product_name = 'Barista Duo' AND c.refund_eur = p.list_price)",
           f"SELECT c.* {CP} WHERE p.product_name = 'Barista Duo' AND c.refund_eur = p.list_price"]),
         ("How much will we have to refund next year?", D)),
    conv("app-6",
         ("What does fault code E08 mean?", "SELECT description FROM fault_codes WHERE code = 'E08'"),
         ("How many complaints about that were for the Barista One?",
          f"SELECT COUNT(*) {CP} WHERE c.fault_code = 'E08' AND p.product_name = 'Barista One'"),
         ("which codes count as safety issues?",
          "SELECT code, description FROM fault_codes WHERE severity = 'safety'"),
         ("Who at the factory built the units that had those faults?", D)),
    conv("app-7",
         ("How many complaints did we get each month in 2025?",
          "SELECT strftime('%m', opened_on) AS m, COUNT(*) FROM complaints WHERE opened_on LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', opened_on) AS m, COUNT(*) FROM complaints WHERE opened_on LIKE '2025%' "
           "GROUP BY m"]),
         ("which month was the worst?", WORSTM,
          [WORSTM.replace("'%m'", "'%Y-%m'")]),
         ("how many of the complaints that month were about kettles?",
          f"SELECT COUNT(*) {CP} WHERE p.product_line = 'Kettles' AND c.opened_on LIKE '2025%' "
          f"AND strftime('%m', c.opened_on) = ({WORSTM})"),
         ("and kettles in the same month a year earlier?",
          f"SELECT COUNT(*) {CP} WHERE p.product_line = 'Kettles' AND c.opened_on LIKE '2024%' "
          f"AND strftime('%m', c.opened_on) = ({WORSTM})")),
    conv("app-8",
         ("When did the very first complaint come in?", "SELECT MIN(opened_on) FROM complaints"),
         ("and the latest one?", "SELECT MAX(opened_on) FROM complaints"),
         ("How many days are there between those two?",
          "SELECT julianday(MAX(opened_on)) - julianday(MIN(opened_on)) FROM complaints"),
         ("How many customers who joined before 2020 have complained at least once?",
          "SELECT COUNT(DISTINCT c.customer_id) FROM complaints c JOIN customers cu ON cu.customer_id = c.customer_id "
          "WHERE cu.joined_on < '2020-01-01'")),
    conv("app-9",
         ("Which complaints were handled by our friendliest support agent?", D),
         ("OK. How many complaints were serious enough to be a safety matter?",
          f"SELECT COUNT(*) {CJ} WHERE f.severity = 'safety'"),
         ("What share of the Vortex Blenders we sold came back with a problem?", D),
         ("just tell me how many complaints the Vortex Blender got then",
          f"SELECT COUNT(*) {CP} WHERE p.product_name = 'Vortex Blender'")),
    conv("app-10",
         ("Which product leaves customers the least satisfied?",
          f"SELECT product_name FROM products WHERE product_id = ({LOWSAT})"),
         ("What kinds of problems did it have, and how often each?",
          f"SELECT f.description, COUNT(*) {CJ} WHERE c.product_id = ({LOWSAT}) GROUP BY f.description",
          [f"SELECT c.fault_code, COUNT(*) FROM complaints c WHERE c.product_id = ({LOWSAT}) GROUP BY c.fault_code"]),
         ("how many different customers in Germany complained about that product?",
          "SELECT COUNT(DISTINCT c.customer_id) FROM complaints c JOIN customers cu ON cu.customer_id = c.customer_id "
          f"WHERE cu.country = 'Germany' AND c.product_id = ({LOWSAT})"),
         ("What exactly did they write to us?", D)),
]

# ------------------------------------------------------------------------------------------ themepark
BR = "FROM breakdowns b JOIN rides r ON r.ride_id = b.ride_id"
MINS = "((julianday(b.restarted_at) - julianday(b.stopped_at)) * 24 * 60)"
TOPRIDE = "SELECT ride_id FROM breakdowns GROUP BY ride_id ORDER BY COUNT(*) DESC LIMIT 1"
TOPFIX = "SELECT fixed_by FROM breakdowns WHERE fixed_by IS NOT NULL GROUP BY fixed_by ORDER BY COUNT(*) DESC LIMIT 1"
LONGEST = f"SELECT b.breakdown_id FROM breakdowns b ORDER BY {MINS} DESC LIMIT 1"
SLOW5B = f"SELECT b.breakdown_id FROM breakdowns b ORDER BY {MINS} DESC LIMIT 5"
SLOWCAUSE = f"SELECT b.cause FROM breakdowns b GROUP BY b.cause ORDER BY AVG({MINS}) DESC LIMIT 1"
NEVER = "SELECT breakdown_id FROM breakdowns WHERE restarted_at IS NULL"
OLDEST = "SELECT staff_id FROM staff ORDER BY hired_on LIMIT 1"

THEMEPARK = [
    conv("park-1",
         ("Which ride breaks down the most?",
          f"SELECT r.ride_name {BR} GROUP BY r.ride_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("On average how long is it stopped each time? In minutes please.",
          f"SELECT AVG({MINS}) FROM breakdowns b WHERE b.ride_id = ({TOPRIDE})"),
         ("how many times did it break down in 2025?",
          f"SELECT COUNT(*) FROM breakdowns WHERE ride_id = ({TOPRIDE}) AND stopped_at LIKE '2025%'"),
         ("and in 2024?",
          f"SELECT COUNT(*) FROM breakdowns WHERE ride_id = ({TOPRIDE}) AND stopped_at LIKE '2024%'")),
    conv("park-2",
         ("Who reported the most breakdowns?",
          "SELECT s.full_name FROM breakdowns b JOIN staff s ON s.staff_id = b.reported_by "
          "GROUP BY s.staff_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("And who fixed the most?", f"SELECT full_name FROM staff WHERE staff_id = ({TOPFIX})"),
         ("which team is that person in?", f"SELECT team FROM staff WHERE staff_id = ({TOPFIX})"),
         ("Has anyone ever fixed a breakdown that they reported themselves?",
          "SELECT COUNT(*) FROM breakdowns WHERE reported_by = fixed_by",
          ["SELECT EXISTS (SELECT 1 FROM breakdowns WHERE reported_by = fixed_by)",
           "SELECT * FROM breakdowns WHERE reported_by = fixed_by"]),
         ("What are the home addresses of the maintenance team?", D)),
    conv("park-3",
         ("Which breakdown took the longest to fix, and on which ride?",
          f"SELECT r.ride_name, b.stopped_at, {MINS} AS mins {BR} ORDER BY mins DESC LIMIT 1"),
         ("Who fixed it?",
          f"SELECT s.full_name FROM breakdowns b JOIN staff s ON s.staff_id = b.fixed_by "
          f"WHERE b.breakdown_id = ({LONGEST})"),
         ("What were the five slowest fixes?",
          f"SELECT r.ride_name, b.stopped_at, {MINS} AS mins {BR} ORDER BY mins DESC LIMIT 5"),
         ("were any of those caused by a mechanical fault?",
          f"SELECT COUNT(*) FROM breakdowns WHERE cause = 'mechanical' AND breakdown_id IN ({SLOW5B})",
          [f"SELECT EXISTS (SELECT 1 FROM breakdowns WHERE cause = 'mechanical' AND breakdown_id IN ({SLOW5B}))",
           f"SELECT * FROM breakdowns WHERE cause = 'mechanical' AND breakdown_id IN ({SLOW5B})"])),
    conv("park-4",
         ("What are the main reasons rides stop?", "SELECT cause, COUNT(*) FROM breakdowns GROUP BY cause"),
         ("Which reason takes the longest to sort out, on average?", SLOWCAUSE),
         ("and in the Jungle zone?",
          f"SELECT b.cause {BR} WHERE r.zone = 'Jungle' GROUP BY b.cause ORDER BY AVG({MINS}) DESC LIMIT 1"),
         ("Would hiring more maintenance staff cut the number of breakdowns?", D)),
    conv("park-5",
         ("Did we ever have to get guests off a ride?",
          "SELECT COUNT(*) FROM breakdowns WHERE guests_evacuated > 0",
          ["SELECT EXISTS (SELECT 1 FROM breakdowns WHERE guests_evacuated > 0)",
           "SELECT SUM(guests_evacuated) FROM breakdowns"]),
         ("How many guests in total had to be taken off rides in 2025?",
          "SELECT SUM(guests_evacuated) FROM breakdowns WHERE stopped_at LIKE '2025%'"),
         ("which zone had the most?",
          f"SELECT r.zone {BR} WHERE b.stopped_at LIKE '2025%' GROUP BY r.zone "
          "ORDER BY SUM(b.guests_evacuated) DESC LIMIT 1"),
         ("Were any of them injured?", D)),
    conv("park-6",
         ("Are there any breakdowns that never got fixed?",
          "SELECT COUNT(*) FROM breakdowns WHERE restarted_at IS NULL",
          ["SELECT EXISTS (SELECT 1 FROM breakdowns WHERE restarted_at IS NULL)",
           "SELECT * FROM breakdowns WHERE restarted_at IS NULL",
           "SELECT COUNT(*) FROM breakdowns WHERE fixed_by IS NULL"]),
         ("Which rides were those on?", f"SELECT DISTINCT r.ride_name {BR} WHERE b.breakdown_id IN ({NEVER})"),
         ("who reported them?",
          "SELECT DISTINCT s.full_name FROM breakdowns b JOIN staff s ON s.staff_id = b.reported_by "
          f"WHERE b.breakdown_id IN ({NEVER})")),
    conv("park-7",
         ("Which roller coasters do we have, and when did each one open?",
          "SELECT ride_name, opened_year FROM rides WHERE ride_type = 'roller coaster'"),
         ("How many times has each of them broken down?",
          f"SELECT r.ride_name, COUNT(*) {BR} WHERE r.ride_type = 'roller coaster' GROUP BY r.ride_name"),
         ("How much money did they bring in last season?", D),
         ("What about the water rides - how many breakdowns each?",
          f"SELECT r.ride_name, COUNT(*) {BR} WHERE r.ride_type = 'water ride' GROUP BY r.ride_name")),
    conv("park-8",
         ("How many people work in maintenance?", "SELECT COUNT(*) FROM staff WHERE team = 'Maintenance'"),
         ("Who has been with us the longest?", f"SELECT full_name FROM staff WHERE staff_id = ({OLDEST})"),
         ("how many breakdowns has that person fixed?",
          f"SELECT COUNT(*) FROM breakdowns WHERE fixed_by = ({OLDEST})")),
    conv("park-9",
         ("Which month of the year do we get the most breakdowns?",
          "SELECT strftime('%m', stopped_at) AS m FROM breakdowns GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"),
         ("And for electrical problems only?",
          "SELECT strftime('%m', stopped_at) AS m FROM breakdowns WHERE cause = 'electrical' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What time of day do rides usually break down? Show me by hour.",
          "SELECT strftime('%H', stopped_at) AS h, COUNT(*) FROM breakdowns GROUP BY h"),
         ("How many broke down within the first hour after the park opened?", D)),
    conv("park-10",
         ("How long is the queue for Thunder Gorge right now?", D),
         ("How many guests does Dragon Loop carry each time it runs?",
          "SELECT riders_per_cycle FROM rides WHERE ride_name = 'Dragon Loop'"),
         ("and how many people rode it last summer?", D)),
]

# ------------------------------------------------------------------------------------------ thermostats
CM = "((julianday(EndedAt) - julianday(StartedAt)) * 24 * 60)"
TOPAG25 = ("SELECT AgentName FROM SupportChats WHERE StartedAt LIKE '2025%' GROUP BY AgentName "
           "ORDER BY COUNT(*) DESC LIMIT 1")
TOPHH = "SELECT HouseholdId FROM SupportChats GROUP BY HouseholdId ORDER BY COUNT(*) DESC LIMIT 1"
PREMCITY = "SELECT City FROM Households WHERE PlanName = 'Premium' GROUP BY City ORDER BY COUNT(*) DESC LIMIT 1"
TOPMODEL = "SELECT Model FROM Devices GROUP BY Model ORDER BY COUNT(*) DESC LIMIT 1"
NOCHAT = "FROM Households WHERE HouseholdId NOT IN (SELECT HouseholdId FROM SupportChats)"
BUSYM = ("SELECT strftime('%m', StartedAt) AS m FROM SupportChats WHERE StartedAt LIKE '2025%' GROUP BY m "
         "ORDER BY COUNT(*) DESC LIMIT 1")

THERMOSTATS = [
    conv("th-1",
         ("What do people contact us about most? Most common first.",
          "SELECT Topic, COUNT(*) AS n FROM SupportChats GROUP BY Topic ORDER BY n DESC"),
         ("How long do the Wi-Fi chats take on average, in minutes?",
          f"SELECT AVG({CM}) FROM SupportChats WHERE Topic = 'Wi-Fi connection'"),
         ("and the billing ones?", f"SELECT AVG({CM}) FROM SupportChats WHERE Topic = 'Billing'"),
         ("Which subject keeps us on the line longest?",
          f"SELECT Topic FROM SupportChats GROUP BY Topic ORDER BY AVG({CM}) DESC LIMIT 1")),
    conv("th-2",
         ("Which agent handled the most chats in 2025?", TOPAG25),
         ("What share of their 2025 chats got the problem solved?",
          f"SELECT 100.0 * SUM(Resolved) / COUNT(*) FROM SupportChats WHERE StartedAt LIKE '2025%' "
          f"AND AgentName = ({TOPAG25})",
          [f"SELECT 1.0 * SUM(Resolved) / COUNT(*) FROM SupportChats WHERE StartedAt LIKE '2025%' "
           f"AND AgentName = ({TOPAG25})"]),
         ("and their average rating that year?",
          f"SELECT AVG(Rating) FROM SupportChats WHERE StartedAt LIKE '2025%' AND AgentName = ({TOPAG25})"),
         ("What is Karim paid?", D)),
    conv("th-3",
         ("How many households have contacted us more than five times?",
          "SELECT COUNT(*) FROM (SELECT HouseholdId FROM SupportChats GROUP BY HouseholdId HAVING COUNT(*) > 5)"),
         ("Who got in touch the most?", f"SELECT OwnerName FROM Households WHERE HouseholdId = ({TOPHH})"),
         ("What plan are they on?", f"SELECT PlanName FROM Households WHERE HouseholdId = ({TOPHH})"),
         ("which thermostats do they have?",
          f"SELECT DeviceId, Model FROM Devices WHERE HouseholdId = ({TOPHH})"),
         ("and what firmware version are they running?", D)),
    conv("th-4",
         ("How many chats ended without the problem being solved?",
          "SELECT COUNT(*) FROM SupportChats WHERE Resolved = 0"),
         ("Which topic has the most of those?",
          "SELECT Topic FROM SupportChats WHERE Resolved = 0 GROUP BY Topic ORDER BY COUNT(*) DESC LIMIT 1"),
         ("the same for 2024 only",
          "SELECT Topic FROM SupportChats WHERE Resolved = 0 AND StartedAt LIKE '2024%' GROUP BY Topic "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Did any of the unsolved chats still get five stars?",
          "SELECT COUNT(*) FROM SupportChats WHERE Resolved = 0 AND Rating = 5",
          ["SELECT EXISTS (SELECT 1 FROM SupportChats WHERE Resolved = 0 AND Rating = 5)"])),
    conv("th-5",
         ("How many customers do we have in each city?", "SELECT City, COUNT(*) FROM Households GROUP BY City"),
         ("Which city has the most premium customers?", PREMCITY),
         ("how many chats came from that city?",
          "SELECT COUNT(*) FROM SupportChats c JOIN Households h ON h.HouseholdId = c.HouseholdId "
          f"WHERE h.City = ({PREMCITY})"),
         ("What are the winters like there?", D)),
    conv("th-6",
         ("Which thermostat is the most common?", TOPMODEL),
         ("How many of those were put in during 2025?",
          f"SELECT COUNT(*) FROM Devices WHERE Model = ({TOPMODEL}) AND InstalledOn LIKE '2025%'"),
         ("Which model is going to fail first?", D),
         ("How many homes have more than one thermostat?",
          "SELECT COUNT(*) FROM (SELECT HouseholdId FROM Devices GROUP BY HouseholdId HAVING COUNT(*) > 1)")),
    conv("th-7",
         ("How long after signing up do people first get in touch with us, in days, on average?",
          "SELECT AVG(d) FROM (SELECT julianday(MIN(c.StartedAt)) - julianday(h.SignedUp) AS d "
          "FROM Households h JOIN SupportChats c ON c.HouseholdId = h.HouseholdId GROUP BY h.HouseholdId)"),
         ("Are there customers who have never contacted us?", f"SELECT COUNT(*) {NOCHAT}",
          [f"SELECT OwnerName {NOCHAT}", f"SELECT * {NOCHAT}"]),
         ("which cities do they live in, and how many in each?", f"SELECT City, COUNT(*) {NOCHAT} GROUP BY City")),
    conv("th-8",
         ("How many chats did we have per month in 2025?",
          "SELECT strftime('%m', StartedAt) AS m, COUNT(*) FROM SupportChats WHERE StartedAt LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', StartedAt) AS m, COUNT(*) FROM SupportChats WHERE StartedAt LIKE '2025%' "
           "GROUP BY m"]),
         ("which month was the busiest?", BUSYM, [BUSYM.replace("'%m'", "'%Y-%m'")]),
         ("And what time of day is usually busiest?",
          "SELECT strftime('%H', StartedAt) AS h FROM SupportChats GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%H', StartedAt) AS h FROM SupportChats WHERE StartedAt LIKE '2025%' GROUP BY h "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How many chats should we expect in December?", D)),
    conv("th-9",
         ("What's the average rating across all chats?", "SELECT AVG(Rating) FROM SupportChats"),
         ("How many chats never got a rating at all?", "SELECT COUNT(*) FROM SupportChats WHERE Rating IS NULL"),
         ("Which agent has the best average rating?",
          "SELECT AgentName FROM SupportChats GROUP BY AgentName ORDER BY AVG(Rating) DESC LIMIT 1"),
         ("What did customers write about that agent in their comments?", D),
         ("Who got the most one-star ratings?",
          "SELECT AgentName FROM SupportChats WHERE Rating = 1 GROUP BY AgentName ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("th-10",
         ("What's the phone number of household 12?", D),
         ("When did household 12 sign up?", "SELECT SignedUp FROM Households WHERE HouseholdId = 12"),
         ("how many chats have they had with us since then?",
          "SELECT COUNT(*) FROM SupportChats WHERE HouseholdId = 12")),
]

SETS = {"appliances": APPLIANCES, "themepark": THEMEPARK, "thermostats": THERMOSTATS}
