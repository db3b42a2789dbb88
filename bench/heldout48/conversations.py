"""The heldout48 conversations, typed the way a busy volunteer coordinator asks on a phone, written
before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # bench/ is on the path: build.py puts it there

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ shoprota
VS = "FROM volunteers v JOIN shops s ON s.shop_id = v.home_shop_id"
RS = "FROM rota r JOIN shifts sh ON sh.shift_id = r.shift_id JOIN shops s ON s.shop_id = sh.shop_id"
RV = "FROM rota r JOIN volunteers v ON v.vol_id = r.vol_id"
MAU = "(SELECT vol_id FROM volunteers WHERE first_name = 'Maureen' AND last_name = 'Tebbutt')"
SHORT = "(SELECT COUNT(*) FROM rota r WHERE r.shift_id = sh.shift_id AND r.no_show = 0) < sh.volunteers_needed"
SHORT_ALL = "(SELECT COUNT(*) FROM rota r WHERE r.shift_id = sh.shift_id) < sh.volunteers_needed"
AGE = "(CAST(strftime('%Y', 'now') AS INTEGER) - birth_year)"
DOW = ("CASE strftime('%w', shift_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
       "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
NEVER = "SELECT vol_id FROM volunteers WHERE vol_id NOT IN (SELECT vol_id FROM rota)"
SHORT_MAY = f"FROM shifts sh JOIN shops s ON s.shop_id = sh.shop_id WHERE sh.shift_date LIKE '2025-05%' AND {SHORT}"
TOP_SHORT_SHOP = f"SELECT sh.shop_id {SHORT_MAY} GROUP BY sh.shop_id ORDER BY COUNT(*) DESC LIMIT 1"

SHOPROTA = [
    conv("rota-1",
         ("how many volunteers do we have at each shop",
          f"SELECT s.shop_name, COUNT(*) {VS} GROUP BY s.shop_name",
          ["SELECT home_shop_id, COUNT(*) FROM volunteers GROUP BY home_shop_id",
           f"SELECT s.town, COUNT(*) {VS} GROUP BY s.town"]),
         ("which has the most",
          f"SELECT s.shop_name {VS} GROUP BY s.shop_name ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT s.town {VS} GROUP BY s.town ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many of them arent dbs checked",
          "SELECT COUNT(*) FROM volunteers WHERE home_shop_id = 1 AND dbs_checked = 0"),
         ("and across all shops?", "SELECT COUNT(*) FROM volunteers WHERE dbs_checked = 0")),
    conv("rota-2",
         ("how many shifts was maureen tebbutt on the rota for",
          f"SELECT COUNT(*) FROM rota WHERE vol_id = {MAU}"),
         ("how many did she actually turn up to",
          f"SELECT COUNT(*) FROM rota WHERE vol_id = {MAU} AND no_show = 0"),
         ("wich task does she do most",
          f"SELECT task FROM rota WHERE vol_id = {MAU} GROUP BY task ORDER BY COUNT(*) DESC LIMIT 1"),
         ("whats her email", f"SELECT email FROM volunteers WHERE vol_id = {MAU}"),
         ("and her mobile #", D)),
    conv("rota-3",
         ("total takings per shop jan to june",
          "SELECT s.shop_name, SUM(sh.takings) FROM shifts sh JOIN shops s ON s.shop_id = sh.shop_id GROUP BY s.shop_name",
          ["SELECT shop_id, SUM(takings) FROM shifts GROUP BY shop_id"]),
         ("avg per shift?",
          "SELECT s.shop_name, AVG(sh.takings) FROM shifts sh JOIN shops s ON s.shop_id = sh.shop_id GROUP BY s.shop_name",
          ["SELECT shop_id, AVG(takings) FROM shifts GROUP BY shop_id"]),
         ("same but saturdays only",
          "SELECT s.shop_name, AVG(sh.takings) FROM shifts sh JOIN shops s ON s.shop_id = sh.shop_id "
          "WHERE strftime('%w', sh.shift_date) = '6' GROUP BY s.shop_name",
          ["SELECT shop_id, AVG(takings) FROM shifts WHERE strftime('%w', shift_date) = '6' GROUP BY shop_id"]),
         ("which shop took the most on a single shift",
          "SELECT s.shop_name FROM shifts sh JOIN shops s ON s.shop_id = sh.shop_id ORDER BY sh.takings DESC LIMIT 1"),
         ("why was january so low", D)),
    conv("rota-4",
         ("who has the most no shows",
          f"SELECT v.first_name, v.last_name {RV} GROUP BY r.vol_id ORDER BY SUM(r.no_show) DESC LIMIT 1"),
         ("top 3 only",
          f"SELECT v.first_name, v.last_name, SUM(r.no_show) {RV} GROUP BY r.vol_id ORDER BY SUM(r.no_show) DESC LIMIT 3"),
         ("whats the no show rate overall", "SELECT AVG(no_show) FROM rota",
          ["SELECT 100.0 * AVG(no_show) FROM rota"]),
         ("by shop pls", f"SELECT s.shop_name, AVG(r.no_show) {RS} GROUP BY s.shop_name",
          [f"SELECT s.shop_name, 100.0 * AVG(r.no_show) {RS} GROUP BY s.shop_name"]),
         ("will it get worse over the summer", D)),
    conv("rota-5",
         ("how many shifts were short staffed in may",
          f"SELECT COUNT(*) FROM shifts sh WHERE sh.shift_date LIKE '2025-05%' AND {SHORT}",
          [f"SELECT COUNT(*) FROM shifts sh WHERE sh.shift_date LIKE '2025-05%' AND {SHORT_ALL}"]),
         ("which shop had the most of them",
          f"SELECT s.shop_name {SHORT_MAY} GROUP BY s.shop_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list them for that shop w/ date and slot",
          f"SELECT sh.shift_date, sh.slot {SHORT_MAY} AND sh.shop_id = ({TOP_SHORT_SHOP})")),
    conv("rota-6",
         ("which volunteers havent been on a single shift",
          f"SELECT first_name, last_name FROM volunteers WHERE vol_id IN ({NEVER})"),
         ("how many of those joined before 2025",
          f"SELECT COUNT(*) FROM volunteers WHERE vol_id IN ({NEVER}) AND joined_on < '2025-01-01'"),
         ("of those who joined most recently",
          f"SELECT first_name, last_name FROM volunteers WHERE vol_id IN ({NEVER}) ORDER BY joined_on DESC LIMIT 1"),
         ("whats the reason they stopped coming", D)),
    conv("rota-7",
         ("avg age of our volunteers", f"SELECT AVG({AGE}) FROM volunteers",
          ["SELECT AVG(2025 - birth_year) FROM volunteers"]),
         ("by shop", f"SELECT s.shop_name, AVG({AGE}) {VS} GROUP BY s.shop_name",
          [f"SELECT s.shop_name, AVG(2025 - birth_year) {VS} GROUP BY s.shop_name"]),
         ("how many are under 30", f"SELECT COUNT(*) FROM volunteers WHERE {AGE} < 30",
          ["SELECT COUNT(*) FROM volunteers WHERE 2025 - birth_year < 30"]),
         ("what % are over 75", f"SELECT 100.0 * AVG({AGE} > 75) FROM volunteers",
          [f"SELECT AVG({AGE} > 75) FROM volunteers"])),
    conv("rota-8",
         ("how many shifts per month",
          "SELECT strftime('%m', shift_date) AS m, COUNT(*) FROM shifts GROUP BY m",
          ["SELECT strftime('%Y-%m', shift_date) AS m, COUNT(*) FROM shifts GROUP BY m"]),
         ("and volunteer hours per month?", D),
         ("busiest day of the week for takings",
          "SELECT strftime('%w', shift_date) AS d FROM shifts GROUP BY d ORDER BY SUM(takings) DESC LIMIT 1",
          [f"SELECT {DOW} AS d FROM shifts GROUP BY d ORDER BY SUM(takings) DESC LIMIT 1"]),
         ("am vs pm", "SELECT slot, SUM(takings) FROM shifts GROUP BY slot",
          ["SELECT slot, AVG(takings) FROM shifts GROUP BY slot"])),
    conv("rota-9",
         ("which volunteers have done shifts at more than one shop",
          "SELECT v.first_name, v.last_name FROM volunteers v JOIN rota r ON r.vol_id = v.vol_id "
          "JOIN shifts sh ON sh.shift_id = r.shift_id GROUP BY v.vol_id HAVING COUNT(DISTINCT sh.shop_id) > 1"),
         ("how many is that",
          "SELECT COUNT(*) FROM (SELECT r.vol_id FROM rota r JOIN shifts sh ON sh.shift_id = r.shift_id "
          "GROUP BY r.vol_id HAVING COUNT(DISTINCT sh.shop_id) > 1)"),
         ("who covered the most shifts away from their home shop",
          "SELECT v.first_name, v.last_name FROM volunteers v JOIN rota r ON r.vol_id = v.vol_id "
          "JOIN shifts sh ON sh.shift_id = r.shift_id WHERE sh.shop_id <> v.home_shop_id "
          "GROUP BY v.vol_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("rota-10",
         ("how much did the gold st shop make from gift aid", D),
         ("ok what were its takings in april then",
          "SELECT SUM(takings) FROM shifts WHERE shop_id = 1 AND shift_date LIKE '2025-04%'"),
         ("how many volunteers does it need per saturday shift on avg",
          "SELECT AVG(volunteers_needed) FROM shifts WHERE shop_id = 1 AND strftime('%w', shift_date) = '6'")),
    conv("rota-11",
         ("who manages rushden", "SELECT manager FROM shops WHERE town = 'Rushden'"),
         ("when did it open", "SELECT opened_on FROM shops WHERE town = 'Rushden'"),
         ("how many diffrent people were on its rota in june",
          f"SELECT COUNT(DISTINCT r.vol_id) {RS} WHERE s.town = 'Rushden' AND sh.shift_date LIKE '2025-06%'"),
         ("whats the rent there", D)),
]

# ------------------------------------------------------------------------------------------ dialaride
ALLM = "jan + feb + mar + apr + may + jun + jul + aug + sep + oct + nov + dec"
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
UNPIVOT = " UNION ALL ".join(f"SELECT '{m}' AS month, driver_name, {m} AS miles FROM mileage_claims_2024"
                             for m in MONTHS)
TOPCLAIM = f"SELECT driver_name FROM mileage_claims_2024 ORDER BY {ALLM} DESC LIMIT 1"
TD = "FROM trips t JOIN drivers d ON d.driver_id = t.driver_id"
TM = "FROM trips t JOIN members m ON m.member_id = t.member_id"
BEST25 = ("SELECT strftime('%m', trip_date) FROM trips WHERE trip_date LIKE '2025%' "
          "GROUP BY strftime('%m', trip_date) ORDER BY SUM(fare) DESC LIMIT 1")
NOSHOW3 = "SELECT member_id FROM trips WHERE status = 'no show' GROUP BY member_id HAVING COUNT(*) > 1"
KWAME = "(SELECT driver_id FROM drivers WHERE full_name = 'Kwame Asante')"
LONGEST = "(SELECT driver_id FROM drivers ORDER BY started_on LIMIT 1)"

DIALARIDE = [
    conv("dar-1",
         ("how many trips were booked in 2024", "SELECT COUNT(*) FROM trips WHERE trip_date LIKE '2024%'"),
         ("how many got cancelled",
          "SELECT COUNT(*) FROM trips WHERE trip_date LIKE '2024%' AND status = 'cancelled'"),
         ("and 2025 so far", "SELECT COUNT(*) FROM trips WHERE trip_date LIKE '2025%' AND status = 'cancelled'"),
         ("by purpose pls",
          "SELECT purpose, COUNT(*) FROM trips WHERE trip_date LIKE '2025%' AND status = 'cancelled' GROUP BY purpose"),
         ("why do ppl cancel so much", D)),
    conv("dar-2",
         ("total miles claimed in march", "SELECT SUM(mar) FROM mileage_claims_2024"),
         ("who claimed the most over the whole yr", TOPCLAIM),
         ("how much is that per month on avg",
          f"SELECT ({ALLM}) / 12.0 FROM mileage_claims_2024 WHERE driver_name = ({TOPCLAIM})"),
         ("which month was his highest",
          f"SELECT month FROM ({UNPIVOT}) WHERE driver_name = ({TOPCLAIM}) ORDER BY miles DESC LIMIT 1"),
         ("how much do we pay per mile", D)),
    conv("dar-3",
         ("q1 mileage per driver", "SELECT driver_name, jan + feb + mar FROM mileage_claims_2024"),
         ("same for q4", "SELECT driver_name, oct + nov + dec FROM mileage_claims_2024"),
         ("anyone w/ zero in any month?",
          "SELECT driver_name FROM mileage_claims_2024 WHERE " + " OR ".join(f"{m} = 0" for m in MONTHS)),
         ("which month had the most miles claimed overall",
          f"SELECT month FROM ({UNPIVOT}) GROUP BY month ORDER BY SUM(miles) DESC LIMIT 1")),
    conv("dar-4",
         ("how many volunteer drivers vs paid", "SELECT is_paid, COUNT(*) FROM drivers GROUP BY is_paid"),
         ("whos been driving for us longest",
          "SELECT full_name FROM drivers ORDER BY started_on LIMIT 1"),
         ("how many trips has she done",
          f"SELECT COUNT(*) FROM trips WHERE driver_id = {LONGEST} AND status = 'completed'",
          [f"SELECT COUNT(*) FROM trips WHERE driver_id = {LONGEST}"]),
         ("whats her hourly wage", D)),
    conv("dar-5",
         ("how many members in each village", "SELECT village, COUNT(*) FROM members GROUP BY village"),
         ("how many use a wheelchair", "SELECT COUNT(*) FROM members WHERE mobility_aid = 'wheelchair'"),
         ("which village has the most wheelchair users",
          "SELECT village FROM members WHERE mobility_aid = 'wheelchair' GROUP BY village ORDER BY COUNT(*) DESC LIMIT 1"),
         ("avg age of members", f"SELECT AVG({AGE}) FROM members",
          ["SELECT AVG(2025 - birth_year) FROM members"])),
    conv("dar-6",
         ("which vehicle did the most miles in 2025",
          "SELECT vehicle_reg FROM trips WHERE trip_date LIKE '2025%' AND vehicle_reg IS NOT NULL "
          "GROUP BY vehicle_reg ORDER BY SUM(miles) DESC LIMIT 1"),
         ("and of the electric ones?",
          "SELECT t.vehicle_reg FROM trips t JOIN vehicles v ON v.reg = t.vehicle_reg WHERE t.trip_date LIKE '2025%' "
          "AND v.fuel = 'electric' GROUP BY t.vehicle_reg ORDER BY SUM(t.miles) DESC LIMIT 1"),
         ("how many seats do we have across the fleet", "SELECT SUM(seats) FROM vehicles"),
         ("when is the transit due its MOT", D)),
    conv("dar-7",
         ("top 3 destinations for medical trips",
          "SELECT destination FROM trips WHERE purpose = 'medical' GROUP BY destination ORDER BY COUNT(*) DESC LIMIT 3"),
         ("avg miles to each of them",
          "SELECT destination, AVG(miles) FROM trips WHERE destination IN (SELECT destination FROM trips "
          "WHERE purpose = 'medical' GROUP BY destination ORDER BY COUNT(*) DESC LIMIT 3) GROUP BY destination"),
         ("same for shopping",
          "SELECT destination, AVG(miles) FROM trips WHERE purpose = 'shopping' GROUP BY destination")),
    conv("dar-8",
         ("fare income recieved by month for 2025",
          "SELECT strftime('%m', trip_date) AS m, SUM(fare) FROM trips WHERE trip_date LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', trip_date) AS m, SUM(fare) FROM trips WHERE trip_date LIKE '2025%' GROUP BY m"]),
         ("which month was best", BEST25,
          ["SELECT strftime('%Y-%m', trip_date) AS m FROM trips WHERE trip_date LIKE '2025%' GROUP BY m "
           "ORDER BY SUM(fare) DESC LIMIT 1"]),
         ("and the same month in 2024?",
          f"SELECT SUM(fare) FROM trips WHERE trip_date LIKE '2024%' AND strftime('%m', trip_date) = ({BEST25})"),
         ("how much did we get in grants that yr", D)),
    conv("dar-9",
         ("which members no showed more than once",
          f"SELECT full_name FROM members WHERE member_id IN ({NOSHOW3})"),
         ("wich villages are they from",
          f"SELECT DISTINCT village FROM members WHERE member_id IN ({NOSHOW3})",
          [f"SELECT full_name, village FROM members WHERE member_id IN ({NOSHOW3})"]),
         ("can u get me their phone numbers", D)),
    conv("dar-10",
         ("how many pickups before 9am", "SELECT COUNT(*) FROM trips WHERE pickup_time < '09:00'"),
         ("busiest pickup hour",
          "SELECT substr(pickup_time, 1, 2) AS h FROM trips GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CAST(substr(pickup_time, 1, 2) AS INTEGER) AS h FROM trips GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("same for saturday",
          "SELECT substr(pickup_time, 1, 2) AS h FROM trips WHERE strftime('%w', trip_date) = '6' "
          "GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CAST(substr(pickup_time, 1, 2) AS INTEGER) AS h FROM trips WHERE strftime('%w', trip_date) = '6' "
           "GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("dar-11",
         ("how many trips has kwame asante done since he started",
          f"SELECT COUNT(*) FROM trips WHERE driver_id = {KWAME} AND status = 'completed'",
          [f"SELECT COUNT(*) FROM trips WHERE driver_id = {KWAME}"]),
         ("how many diff members has he driven",
          f"SELECT COUNT(DISTINCT member_id) FROM trips WHERE driver_id = {KWAME} AND status = 'completed'",
          [f"SELECT COUNT(DISTINCT member_id) FROM trips WHERE driver_id = {KWAME}"]),
         ("does he get good feedback", D)),
]

# ------------------------------------------------------------------------------------------ repaircafe
RE = "FROM repairs r JOIN events e ON e.id = r.event_id"
REV = "FROM repairs r JOIN events e ON e.id = r.event_id JOIN venue v ON v.id = e.venue_id"
RF = "FROM repairs r JOIN fixer f ON f.id = r.fixer_id"
FIX = "AVG(r.outcome = 'fixed')"
TOP5F = (f"SELECT f.id {RF} WHERE r.outcome = 'fixed' GROUP BY f.id ORDER BY COUNT(*) DESC LIMIT 5")
ROS = "(SELECT person_id FROM repairs GROUP BY person_id ORDER BY COUNT(*) DESC LIMIT 1)"
LAST_EV = "(SELECT id FROM events ORDER BY event_date DESC LIMIT 1)"

REPAIRCAFE = [
    conv("rc-1",
         ("how many repair cafe events have we had at each venue",
          "SELECT v.name, COUNT(*) FROM events e JOIN venue v ON v.id = e.venue_id GROUP BY v.name"),
         ("and how many items came in at each", f"SELECT v.name, COUNT(*) {REV} GROUP BY v.name"),
         ("avg items per event by venue", f"SELECT v.name, COUNT(*) * 1.0 / COUNT(DISTINCT e.id) {REV} GROUP BY v.name"),
         ("which venue costs most to hire", "SELECT name FROM venue ORDER BY hire_cost DESC LIMIT 1")),
    conv("rc-2",
         ("whats our fix rate", "SELECT AVG(outcome = 'fixed') FROM repairs",
          ["SELECT 100.0 * AVG(outcome = 'fixed') FROM repairs"]),
         ("by category", f"SELECT category, {FIX} FROM repairs r GROUP BY category",
          [f"SELECT category, 100.0 * {FIX} FROM repairs r GROUP BY category"]),
         ("which category is worst",
          f"SELECT category FROM repairs r GROUP BY category ORDER BY {FIX} LIMIT 1"),
         ("has it improved since 2023",
          f"SELECT strftime('%Y', e.event_date) AS y, {FIX} {RE} WHERE r.category = 'computers' GROUP BY y",
          [f"SELECT strftime('%Y', e.event_date) AS y, 100.0 * {FIX} {RE} WHERE r.category = 'computers' GROUP BY y"]),
         ("what spare parts should we stock up on", D)),
    conv("rc-3",
         ("who fixed the most items",
          f"SELECT f.name {RF} WHERE r.outcome = 'fixed' GROUP BY f.name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("top 5 pls",
          f"SELECT f.name, COUNT(*) {RF} WHERE r.outcome = 'fixed' GROUP BY f.name ORDER BY COUNT(*) DESC LIMIT 5"),
         ("how long do they spend per item on avg",
          f"SELECT f.name, AVG(r.minutes_spent) {RF} WHERE f.id IN ({TOP5F}) GROUP BY f.name",
          [f"SELECT f.name, AVG(r.minutes_spent) {RF} WHERE f.id IN ({TOP5F}) AND r.outcome = 'fixed' GROUP BY f.name"]),
         ("whats bernards speciality", "SELECT speciality FROM fixer WHERE name LIKE 'Bernard%'"),
         ("how much do we pay him", D)),
    conv("rc-4",
         ("how many kg did we save from landfill in 2024",
          f"SELECT SUM(r.weight_kg) {RE} WHERE r.outcome = 'fixed' AND e.event_date LIKE '2024%'",
          [f"SELECT SUM(r.weight_kg) {RE} WHERE r.outcome IN ('fixed', 'partly fixed') AND e.event_date LIKE '2024%'"]),
         ("and the yr before",
          f"SELECT SUM(r.weight_kg) {RE} WHERE r.outcome = 'fixed' AND e.event_date LIKE '2023%'",
          [f"SELECT SUM(r.weight_kg) {RE} WHERE r.outcome IN ('fixed', 'partly fixed') AND e.event_date LIKE '2023%'"]),
         ("by category for 2024",
          f"SELECT r.category, SUM(r.weight_kg) {RE} WHERE r.outcome = 'fixed' AND e.event_date LIKE '2024%' "
          "GROUP BY r.category",
          [f"SELECT r.category, SUM(r.weight_kg) {RE} WHERE r.outcome IN ('fixed', 'partly fixed') "
           "AND e.event_date LIKE '2024%' GROUP BY r.category"]),
         ("whats that in co2 saved", D)),
    conv("rc-5",
         ("total donations per yr",
          f"SELECT strftime('%Y', e.event_date) AS y, SUM(r.donation) {RE} GROUP BY y"),
         ("avg donation per item",
          f"SELECT strftime('%Y', e.event_date) AS y, AVG(r.donation) {RE} GROUP BY y",
          ["SELECT AVG(donation) FROM repairs"]),
         ("how much cake money did we make", D),
         ("ok how many cakes sold in total then", "SELECT SUM(cakes_sold) FROM events")),
    conv("rc-6",
         ("who has brought the most stuff in",
          "SELECT p.name FROM repairs r JOIN person p ON p.id = r.person_id GROUP BY p.id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what did she bring", f"SELECT item, category, outcome FROM repairs WHERE person_id = {ROS}"),
         ("how many of those got fixed",
          f"SELECT COUNT(*) FROM repairs WHERE person_id = {ROS} AND outcome = 'fixed'"),
         ("is she on the mailing list", f"SELECT mailing_list FROM person WHERE id = {ROS}"),
         ("whats her address", D)),
    conv("rc-7",
         ("visitors by postcode area", "SELECT postcode_area, COUNT(*) FROM person GROUP BY postcode_area",
          ["SELECT p.postcode_area, COUNT(DISTINCT p.id) FROM person p JOIN repairs r ON r.person_id = p.id "
           "GROUP BY p.postcode_area"]),
         ("which area brings in the most electrical stuff",
          "SELECT p.postcode_area FROM repairs r JOIN person p ON p.id = r.person_id WHERE r.category = 'electrical' "
          "GROUP BY p.postcode_area ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many new ppl came for the first time in 2025",
          "SELECT COUNT(*) FROM person WHERE first_visit LIKE '2025%'")),
    conv("rc-8",
         ("top 5 brands that come in",
          "SELECT brand, COUNT(*) FROM repairs GROUP BY brand ORDER BY COUNT(*) DESC LIMIT 5"),
         ("fix rate for dyson", "SELECT AVG(outcome = 'fixed') FROM repairs WHERE brand = 'Dyson'",
          ["SELECT 100.0 * AVG(outcome = 'fixed') FROM repairs WHERE brand = 'Dyson'"]),
         ("which brand has the worst fix rate w/ at least 20 items",
          "SELECT brand FROM repairs GROUP BY brand HAVING COUNT(*) >= 20 ORDER BY AVG(outcome = 'fixed') LIMIT 1"),
         ("is that bc of planned obsolescence", D)),
    conv("rc-9",
         ("when was the last event", "SELECT MAX(event_date) FROM events"),
         ("how many items at it", f"SELECT COUNT(*) FROM repairs WHERE event_id = {LAST_EV}"),
         ("how many volunteers were on duty", f"SELECT volunteers_on_duty FROM events WHERE id = {LAST_EV}"),
         ("and the busiest event ever?",
          f"SELECT e.event_date {RE} GROUP BY e.id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("rc-10",
         ("avg time spent per repair by category", "SELECT category, AVG(minutes_spent) FROM repairs GROUP BY category"),
         ("which takes longest", "SELECT category FROM repairs GROUP BY category ORDER BY AVG(minutes_spent) DESC LIMIT 1"),
         ("total hours of fixing in 2025",
          f"SELECT SUM(r.minutes_spent) / 60.0 {RE} WHERE e.event_date LIKE '2025%'"),
         ("what would that have cost at a repair shop", D)),
]

SETS = {"shoprota": SHOPROTA, "dialaride": DIALARIDE, "repaircafe": REPAIRCAFE}
