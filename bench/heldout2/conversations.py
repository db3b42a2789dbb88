"""The second set of held-out conversations, written as an analyst would ask them, before the engine
was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ restaurants
OY = "strftime('%Y', ordered_at)"
TOP5 = "SELECT ItemName, Price FROM MenuItems ORDER BY Price DESC LIMIT 5"
SJ = "FROM shifts sh JOIN staff s ON s.staffId = sh.staff_id"
OJR = "FROM orders o JOIN restaurants r ON r.restaurant_id = o.restaurant_id"
EARLY = "SELECT staffId FROM staff WHERE hireDate < '2017-01-01'"

RESTAURANTS = [
    conv("rest-1",
         ("How many restaurants do we have in each city?", "SELECT city, COUNT(*) FROM restaurants GROUP BY city"),
         ("which city has the most seats in total?",
          "SELECT city FROM restaurants GROUP BY city ORDER BY SUM(seats) DESC LIMIT 1"),
         ("when did the newest restaurant open?", "SELECT MAX(opened_on) FROM restaurants",
          ["SELECT opened_on FROM restaurants ORDER BY opened_on DESC LIMIT 1"])),
    conv("rest-2",
         ("What are the five most expensive menu items?", TOP5),
         ("which of them are vegetarian?",
          f"SELECT ItemName FROM ({TOP5}) t JOIN MenuItems m USING (ItemName) WHERE m.IsVegetarian = 1"),
         ("what's the average price of desserts?", "SELECT AVG(Price) FROM MenuItems WHERE Category = 'Dessert'")),
    conv("rest-3",
         ("Total order revenue by year", f"SELECT {OY} AS yr, SUM(order_total) FROM orders GROUP BY yr"),
         ("and by month in 2024?",
          "SELECT strftime('%m', ordered_at) AS m, SUM(order_total) FROM orders WHERE ordered_at LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', ordered_at) AS m, SUM(order_total) FROM orders WHERE ordered_at LIKE '2024%' "
           "GROUP BY m"]),
         ("which month had the highest revenue?",
          "SELECT strftime('%m', ordered_at) AS m FROM orders WHERE ordered_at LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(order_total) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', ordered_at) AS m FROM orders WHERE ordered_at LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(order_total) DESC LIMIT 1"])),
    conv("rest-4",
         ("How many orders came in through delivery?", "SELECT COUNT(*) FROM orders WHERE channel = 'delivery'"),
         ("what share of all orders is that?",
          "SELECT 100.0 * SUM(channel = 'delivery') / COUNT(*) FROM orders",
          ["SELECT 1.0 * SUM(channel = 'delivery') / COUNT(*) FROM orders"]),
         ("what's the average tip on delivery orders?", "SELECT AVG(tip) FROM orders WHERE channel = 'delivery'"),
         ("how long did the deliveries take on average?", D)),
    conv("rest-5",
         ("List the chefs", "SELECT firstName, lastName FROM staff WHERE jobRole = 'Chef'"),
         ("who among them has the highest hourly rate?",
          "SELECT firstName, lastName FROM staff WHERE jobRole = 'Chef' ORDER BY hourlyRate DESC LIMIT 1"),
         ("what are the chefs' phone numbers?", D)),
    conv("rest-6",
         ("total hours worked by each job role",
          f"SELECT s.jobRole, SUM(sh.hours) {SJ} GROUP BY s.jobRole"),
         ("what is the average hourly rate per role?", "SELECT jobRole, AVG(hourlyRate) FROM staff GROUP BY jobRole"),
         ("which role has the lowest average rate?",
          "SELECT jobRole FROM staff GROUP BY jobRole ORDER BY AVG(hourlyRate) LIMIT 1"),
         ("how much overtime did the waiters do?", D)),
    conv("rest-7",
         ("Which menu item sold the most units?",
          "SELECT m.ItemName FROM order_lines l JOIN MenuItems m ON m.ItemID = l.item_id GROUP BY m.ItemName "
          "ORDER BY SUM(l.qty) DESC LIMIT 1"),
         ("how many vegetarian items are on the menu?", "SELECT COUNT(*) FROM MenuItems WHERE IsVegetarian = 1"),
         ("what do customers rate our restaurants on average?", D)),
    conv("rest-8",
         ("average order value per channel", "SELECT channel, AVG(order_total) FROM orders GROUP BY channel"),
         ("which restaurant took the most orders in 2023?",
          f"SELECT r.name {OJR} WHERE o.ordered_at LIKE '2023%' GROUP BY r.name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many orders were over £100?", "SELECT COUNT(*) FROM orders WHERE order_total > 100"),
         ("how many customers came back for a second visit?", D)),
    conv("rest-9",
         ("What was our profit margin last year?", D),
         ("number of orders per restaurant", f"SELECT r.name, COUNT(*) {OJR} GROUP BY r.name"),
         ("and the average tip at each?", f"SELECT r.name, AVG(o.tip) {OJR} GROUP BY r.name")),
    conv("rest-10",
         ("staff hired before 2017", "SELECT firstName, lastName FROM staff WHERE hireDate < '2017-01-01'"),
         ("how many shifts have they worked in total?",
          f"SELECT COUNT(*) FROM shifts WHERE staff_id IN ({EARLY})"),
         ("how many of them are chefs?",
          "SELECT COUNT(*) FROM staff WHERE hireDate < '2017-01-01' AND jobRole = 'Chef'")),
]

# ------------------------------------------------------------------------------------------ energy
RJ = "FROM readings r JOIN meters m ON m.meter_id = r.meter_id JOIN customers c ON c.cust_no = m.cust_no"
LEAST_REGION = f"(SELECT c.region {RJ} GROUP BY c.region ORDER BY SUM(r.kwh_used) LIMIT 1)"
NORTH_BIZ = "FROM customers WHERE segment = 'Business' AND region = 'North'"
Q24 = "((CAST(strftime('%m', read_date) AS INTEGER) + 2) / 3)"

ENERGY = [
    conv("en-1",
         ("How many customers are on each tariff?",
          "SELECT tariff_code, COUNT(*) FROM customers GROUP BY tariff_code",
          ["SELECT t.tariff_name, COUNT(*) FROM customers c JOIN tariffs t ON t.tariff_code = c.tariff_code "
           "GROUP BY t.tariff_name"]),
         ("which tariff has the highest unit rate?",
          "SELECT tariff_name FROM tariffs ORDER BY unit_rate_p_kwh DESC LIMIT 1",
          ["SELECT tariff_code FROM tariffs ORDER BY unit_rate_p_kwh DESC LIMIT 1"]),
         ("is it a green tariff?", "SELECT is_green FROM tariffs ORDER BY unit_rate_p_kwh DESC LIMIT 1")),
    conv("en-2",
         ("total kWh consumed by region", f"SELECT c.region, SUM(r.kwh_used) {RJ} GROUP BY c.region"),
         ("which region used the least?", LEAST_REGION[1:-1]),
         ("what was the average reading there?", f"SELECT AVG(r.kwh_used) {RJ} WHERE c.region = {LEAST_REGION}")),
    conv("en-3",
         ("How many smart meters are installed?", "SELECT COUNT(*) FROM meters WHERE meter_type = 'smart'"),
         ("and legacy ones?", "SELECT COUNT(*) FROM meters WHERE meter_type = 'legacy'"),
         ("when was the most recent smart meter installed?",
          "SELECT MAX(install_date) FROM meters WHERE meter_type = 'smart'"),
         ("which manufacturer made the legacy meters?", D)),
    conv("en-4",
         ("monthly consumption in 2024",
          "SELECT strftime('%m', read_date) AS m, SUM(kwh_used) FROM readings WHERE read_date LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', read_date) AS m, SUM(kwh_used) FROM readings WHERE read_date LIKE '2024%' "
           "GROUP BY m"]),
         ("which quarter of 2024 used the most?",
          f"SELECT {Q24} AS q FROM readings WHERE read_date LIKE '2024%' GROUP BY q ORDER BY SUM(kwh_used) DESC LIMIT 1",
          [f"SELECT '2024-Q' || {Q24} AS q FROM readings WHERE read_date LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(kwh_used) DESC LIMIT 1"]),
         ("what will consumption be next quarter?", D)),
    conv("en-5",
         ("How many readings were estimated?", "SELECT COUNT(*) FROM readings WHERE is_estimated = 1"),
         ("what percentage of all readings is that?",
          "SELECT 100.0 * SUM(is_estimated = 1) / COUNT(*) FROM readings",
          ["SELECT 1.0 * SUM(is_estimated = 1) / COUNT(*) FROM readings"]),
         ("which meter has the most estimated readings?",
          "SELECT meter_id FROM readings WHERE is_estimated = 1 GROUP BY meter_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("en-6",
         ("list the business customers in the North region", f"SELECT cust_name {NORTH_BIZ}"),
         ("which of them joined most recently?", f"SELECT cust_name {NORTH_BIZ} ORDER BY joined_on DESC LIMIT 1"),
         ("what is their credit score?", D)),
    conv("en-7",
         ("average standing charge of green tariffs",
          "SELECT AVG(standing_charge_p_day) FROM tariffs WHERE is_green = 1"),
         ("and for the ones that aren't green?", "SELECT AVG(standing_charge_p_day) FROM tariffs WHERE is_green = 0"),
         ("how many customers have solar panels?", D)),
    conv("en-8",
         ("top 5 customers by total consumption",
          "SELECT c.cust_name, SUM(r.kwh_used) AS total " + RJ + " GROUP BY c.cust_no ORDER BY total DESC LIMIT 5"),
         ("what segment are they in?",
          "SELECT c.segment FROM (SELECT c.cust_no " + RJ + " GROUP BY c.cust_no ORDER BY SUM(r.kwh_used) DESC "
          "LIMIT 5) t JOIN customers c ON c.cust_no = t.cust_no",
          ["SELECT DISTINCT c.segment FROM (SELECT c.cust_no " + RJ + " GROUP BY c.cust_no "
           "ORDER BY SUM(r.kwh_used) DESC LIMIT 5) t JOIN customers c ON c.cust_no = t.cust_no"])),
    conv("en-9",
         ("How many customers joined each year?",
          "SELECT strftime('%Y', joined_on) AS y, COUNT(*) FROM customers GROUP BY y"),
         ("which year had the fewest new customers?",
          "SELECT strftime('%Y', joined_on) AS y FROM customers GROUP BY y ORDER BY COUNT(*) LIMIT 1"),
         ("how many of them have switched to a competitor since?", D)),
    conv("en-10",
         ("What is the average kWh per reading for residential customers?",
          f"SELECT AVG(r.kwh_used) {RJ} WHERE c.segment = 'Residential'"),
         ("and for business customers?", f"SELECT AVG(r.kwh_used) {RJ} WHERE c.segment = 'Business'"),
         ("how many power cuts did they have last winter?", D)),
]

# ------------------------------------------------------------------------------------------ hotels
BJH = "FROM Bookings b JOIN Hotels h ON h.HotelId = b.HotelId"
BJG = "FROM Bookings b JOIN Guests g ON g.GuestId = b.GuestId"
REV = "SUM(b.Nights * b.NightlyRate)"
TOP_HOTEL = f"SELECT h.HotelName {BJH} WHERE b.Status = 'stayed' GROUP BY h.HotelName ORDER BY {REV} DESC LIMIT 1"
BUSY = ("SELECT strftime('%m', CheckIn) AS m FROM Bookings WHERE CheckIn LIKE '2024%' GROUP BY m "
        "ORDER BY COUNT(*) DESC LIMIT 1")

HOTELS = [
    conv("ho-1",
         ("How many hotels have 5 stars?", "SELECT COUNT(*) FROM Hotels WHERE Stars = 5"),
         ("list them with their city", "SELECT HotelName, City FROM Hotels WHERE Stars = 5"),
         ("which one has the most rooms?", "SELECT HotelName FROM Hotels WHERE Stars = 5 ORDER BY RoomCount DESC LIMIT 1")),
    conv("ho-2",
         ("number of bookings per status", "SELECT Status, COUNT(*) FROM Bookings GROUP BY Status"),
         ("what share of them were cancelled?",
          "SELECT 100.0 * SUM(Status = 'cancelled') / COUNT(*) FROM Bookings",
          ["SELECT 1.0 * SUM(Status = 'cancelled') / COUNT(*) FROM Bookings"]),
         ("why did guests cancel?", D)),
    conv("ho-3",
         ("Room revenue from completed stays by hotel",
          f"SELECT h.HotelName, {REV} {BJH} WHERE b.Status = 'stayed' GROUP BY h.HotelName"),
         ("which hotel earned the most?", TOP_HOTEL),
         ("in which city is it?", f"SELECT City FROM Hotels WHERE HotelName = ({TOP_HOTEL})")),
    conv("ho-4",
         ("average length of stay by room type", "SELECT RoomType, AVG(Nights) FROM Bookings GROUP BY RoomType"),
         ("which room type has the highest average nightly rate?",
          "SELECT RoomType FROM Bookings GROUP BY RoomType ORDER BY AVG(NightlyRate) DESC LIMIT 1"),
         ("what do guests think of the breakfast?", D)),
    conv("ho-5",
         ("How many guests are Gold members?", "SELECT COUNT(*) FROM Guests WHERE LoyaltyTier = 'Gold'"),
         ("which countries do they come from?", "SELECT DISTINCT Country FROM Guests WHERE LoyaltyTier = 'Gold'",
          ["SELECT Country, COUNT(*) FROM Guests WHERE LoyaltyTier = 'Gold' GROUP BY Country"]),
         ("which guest has made the most bookings?",
          f"SELECT g.FirstName, g.LastName {BJG} GROUP BY g.GuestId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how old is that guest?", D)),
    conv("ho-6",
         ("bookings by check-in month in 2024",
          "SELECT strftime('%m', CheckIn) AS m, COUNT(*) FROM Bookings WHERE CheckIn LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', CheckIn) AS m, COUNT(*) FROM Bookings WHERE CheckIn LIKE '2024%' GROUP BY m"]),
         ("which month was the busiest?", BUSY,
          [BUSY.replace("'%m'", "'%Y-%m'")]),
         ("how many nights were booked in total that month?",
          f"SELECT SUM(Nights) FROM Bookings WHERE strftime('%m', CheckIn) = ({BUSY}) AND CheckIn LIKE '2024%'")),
    conv("ho-7",
         ("Which booking channel brings the most bookings?",
          "SELECT Channel FROM Bookings GROUP BY Channel ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average nightly rate through it?",
          "SELECT AVG(NightlyRate) FROM Bookings WHERE Channel = "
          "(SELECT Channel FROM Bookings GROUP BY Channel ORDER BY COUNT(*) DESC LIMIT 1)"),
         ("what commission do we pay them?", D)),
    conv("ho-8",
         ("guests from Germany", "SELECT FirstName, LastName FROM Guests WHERE Country = 'Germany'"),
         ("how many bookings did they make?",
          f"SELECT COUNT(*) {BJG} WHERE g.Country = 'Germany'"),
         ("when was the first booking made by a German guest?",
          f"SELECT MIN(b.BookedOn) {BJG} WHERE g.Country = 'Germany'")),
    conv("ho-9",
         ("What is the longest stay on record?", "SELECT MAX(Nights) FROM Bookings"),
         ("which guest was that?",
          f"SELECT g.FirstName, g.LastName {BJG} ORDER BY b.Nights DESC LIMIT 1"),
         ("at which hotel?", f"SELECT h.HotelName {BJH} ORDER BY b.Nights DESC LIMIT 1"),
         ("how much did they spend at the bar?", D)),
    conv("ho-10",
         ("How many bookings were made in 2023 and how many in 2024?",
          "SELECT strftime('%Y', BookedOn) AS y, COUNT(*) FROM Bookings WHERE y IN ('2023', '2024') GROUP BY y"),
         ("what was the percent change?",
          "SELECT 100.0 * (SUM(BookedOn LIKE '2024%') - SUM(BookedOn LIKE '2023%')) / SUM(BookedOn LIKE '2023%') "
          "FROM Bookings"),
         ("how many staff does each hotel employ?", D)),
]

SETS = {"restaurants": RESTAURANTS, "energy": ENERGY, "hotels": HOTELS}
