"""The held-out conversations, written as an analyst would ask them, before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept`
(other SQL that also answers), or `decline: True` when the data does not hold the answer or the
question is too vague to answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ library
LY = "strftime('%Y', checkout_dt)"
LJT = "FROM loans l JOIN titles t ON t.title_id = l.title_id"
LJB = "FROM loans l JOIN branches b ON b.branch_id = l.branch_id"
LJM = "FROM loans l JOIN Members m ON m.MemberID = l.member_id"
TOP5G = f"SELECT t.genre, COUNT(*) AS n {LJT} GROUP BY t.genre ORDER BY n DESC LIMIT 5"
OLDEST_BRANCH = "(SELECT branch_id FROM branches ORDER BY opened_year LIMIT 1)"
NEW24 = "(SELECT MemberID FROM Members WHERE JoinDate LIKE '2024%')"
BIG_AUTHORS = "(SELECT author FROM titles GROUP BY author HAVING COUNT(*) > 5)"
PRICEY = "FROM titles t WHERE list_price > (SELECT AVG(t2.list_price) FROM titles t2 WHERE t2.genre = t.genre)"

LIBRARY = [
    conv("lib-1",
         ("How many loans were there each year?", f"SELECT {LY} AS yr, COUNT(*) FROM loans GROUP BY yr"),
         ("which year was the busiest?", f"SELECT {LY} AS yr FROM loans GROUP BY yr ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the percent change from 2022 to 2023?",
          "SELECT 100.0 * (SUM(checkout_dt LIKE '2023%') - SUM(checkout_dt LIKE '2022%')) / SUM(checkout_dt LIKE '2022%') "
          "FROM loans")),
    conv("lib-2",
         ("top 5 genres by number of loans", TOP5G),
         ("what share of all loans do they make up together?",
          f"SELECT 100.0 * SUM(n) / (SELECT COUNT(*) FROM loans) FROM ({TOP5G})",
          [f"SELECT 1.0 * SUM(n) / (SELECT COUNT(*) FROM loans) FROM ({TOP5G})"])),
    conv("lib-3",
         ("list the branches and their districts", "SELECT branch_name, district FROM branches"),
         ("which one is the oldest?", "SELECT branch_name FROM branches ORDER BY opened_year LIMIT 1"),
         ("how many loans did it have in 2023?",
          f"SELECT COUNT(*) FROM loans WHERE branch_id = {OLDEST_BRANCH} AND checkout_dt LIKE '2023%'"),
         ("how many visitors came through its doors last year?", D)),
    conv("lib-4",
         ("average late fee by membership type", f"SELECT m.MembershipType, AVG(l.late_fee) {LJM} GROUP BY m.MembershipType"),
         ("what about total late fees?", f"SELECT m.MembershipType, SUM(l.late_fee) {LJM} GROUP BY m.MembershipType"),
         ("which type paid the most in fees overall?",
          f"SELECT m.MembershipType {LJM} GROUP BY m.MembershipType ORDER BY SUM(l.late_fee) DESC LIMIT 1")),
    conv("lib-5",
         ("How many books have more than 500 pages?", "SELECT COUNT(*) FROM titles WHERE page_cnt > 500"),
         ("what's their average list price?", "SELECT AVG(list_price) FROM titles WHERE page_cnt > 500"),
         ("and the average price of all the other books?", "SELECT AVG(list_price) FROM titles WHERE page_cnt <= 500")),
    conv("lib-6",
         ("How many loans have never been returned?", "SELECT COUNT(*) FROM loans WHERE returned_dt IS NULL"),
         ("which branches were they borrowed from?",
          f"SELECT DISTINCT b.branch_name {LJB} WHERE l.returned_dt IS NULL",
          [f"SELECT b.branch_name, COUNT(*) {LJB} WHERE l.returned_dt IS NULL GROUP BY b.branch_name"]),
         ("have the borrowers been sent a reminder?", D)),
    conv("lib-7",
         ("Who is our oldest member?", "SELECT FullName FROM Members ORDER BY BirthYear LIMIT 1"),
         ("when did she join?", "SELECT JoinDate FROM Members ORDER BY BirthYear LIMIT 1"),
         ("what's her home branch?",
          "SELECT b.branch_name FROM Members m JOIN branches b ON b.branch_id = m.HomeBranchID ORDER BY m.BirthYear LIMIT 1")),
    conv("lib-8",
         ("members who joined in 2024", "SELECT FullName FROM Members WHERE JoinDate LIKE '2024%'"),
         ("how many loans have they taken out altogether?", f"SELECT COUNT(*) FROM loans WHERE member_id IN {NEW24}"),
         ("what are their phone numbers?", D)),
    conv("lib-9",
         ("loans per month in 2022",
          "SELECT strftime('%m', checkout_dt) AS m, COUNT(*) FROM loans WHERE checkout_dt LIKE '2022%' GROUP BY m",
          ["SELECT strftime('%Y-%m', checkout_dt) AS m, COUNT(*) FROM loans WHERE checkout_dt LIKE '2022%' GROUP BY m"]),
         ("which month was the quietest?",
          "SELECT strftime('%m', checkout_dt) AS m FROM loans WHERE checkout_dt LIKE '2022%' GROUP BY m ORDER BY COUNT(*) LIMIT 1",
          ["SELECT strftime('%Y-%m', checkout_dt) AS m FROM loans WHERE checkout_dt LIKE '2022%' GROUP BY m "
           "ORDER BY COUNT(*) LIMIT 1"])),
    conv("lib-10",
         ("Which authors have more than 5 titles in the catalogue?", "SELECT author FROM titles GROUP BY author HAVING COUNT(*) > 5"),
         ("which of them wrote the longest book?",
          f"SELECT author FROM titles WHERE author IN {BIG_AUTHORS} ORDER BY page_cnt DESC LIMIT 1"),
         ("did any of them win a literary prize?", D)),
    conv("lib-11",
         ("Which genres have a higher average page count than the catalogue as a whole?",
          "SELECT genre FROM titles GROUP BY genre HAVING AVG(page_cnt) > (SELECT AVG(page_cnt) FROM titles)")),
    conv("lib-12",
         ("books that cost more than the average for their genre", f"SELECT title {PRICEY}"),
         ("how many is that?", f"SELECT COUNT(*) {PRICEY}")),
    conv("lib-13",
         ("Which books have the best reviews?", D),
         ("How many e-books were downloaded last month?", D)),
    conv("lib-14",
         ("For each branch, what are the total late fees divided by the number of loans?",
          f"SELECT b.branch_name, SUM(l.late_fee) * 1.0 / COUNT(*) {LJB} GROUP BY b.branch_name"),
         ("which branch is highest?",
          f"SELECT b.branch_name {LJB} GROUP BY b.branch_name ORDER BY SUM(l.late_fee) * 1.0 / COUNT(*) DESC LIMIT 1")),
    conv("lib-15",
         ("When was a poetry book first borrowed?", f"SELECT MIN(l.checkout_dt) {LJT} WHERE t.genre = 'Poetry'"),
         ("and most recently?", f"SELECT MAX(l.checkout_dt) {LJT} WHERE t.genre = 'Poetry'")),
    conv("lib-16",
         ("number of loans per quarter in 2023",
          "SELECT (CAST(strftime('%m', checkout_dt) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM loans "
          "WHERE checkout_dt LIKE '2023%' GROUP BY q",
          ["SELECT strftime('%Y', checkout_dt) || '-Q' || ((CAST(strftime('%m', checkout_dt) AS INTEGER) + 2) / 3) AS q, "
           "COUNT(*) FROM loans WHERE checkout_dt LIKE '2023%' GROUP BY q"])),
    conv("lib-17",
         ("How many titles were published in each decade?", "SELECT (pub_yr / 10) * 10 AS d, COUNT(*) FROM titles GROUP BY d"),
         ("which decade has the most?", "SELECT (pub_yr / 10) * 10 AS d FROM titles GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("lib-18",
         ("what's the floor area of each branch in the East district?",
          "SELECT branch_name, floor_area_sqm FROM branches WHERE district = 'East'"),
         ("what about the West?", "SELECT branch_name, floor_area_sqm FROM branches WHERE district = 'West'"),
         ("show everything about the Oakridge branch", "SELECT * FROM branches WHERE branch_name = 'Oakridge'")),
    conv("lib-19",
         ("Who is the head librarian at Central?", D),
         ("which branch is the best?", D)),
]

# ------------------------------------------------------------------------------------------ bikeshare
TJS = "FROM trips t JOIN stations s ON s.station_id = t.start_station_id"
TJB = "FROM trips t JOIN bikes b ON b.bike_id = t.bike_id"
TOP3S = f"SELECT s.station_name, COUNT(*) AS n {TJS} GROUP BY s.station_name ORDER BY n DESC LIMIT 3"
BIG_DOCK_NEWEST = "(SELECT station_id FROM stations WHERE dock_count > 25 ORDER BY installed_on DESC LIMIT 1)"
FAR_MODEL = f"(SELECT b.bike_model {TJB} GROUP BY b.bike_model ORDER BY AVG(t.distance_km) DESC LIMIT 1)"
Q23 = "(CAST(strftime('%m', start_time) AS INTEGER) + 2) / 3"
Q23L = f"strftime('%Y', start_time) || '-Q' || ({Q23})"      # the same quarter labelled with its year
REV23 = "(SELECT SUM(fare) FROM trips WHERE start_time LIKE '2023%')"

BIKESHARE = [
    conv("bk-1",
         ("how many trips were taken each month in 2024?",
          "SELECT strftime('%m', start_time) AS m, COUNT(*) FROM trips WHERE start_time LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', start_time) AS m, COUNT(*) FROM trips WHERE start_time LIKE '2024%' GROUP BY m"]),
         ("which month had the fewest?",
          "SELECT strftime('%m', start_time) AS m FROM trips WHERE start_time LIKE '2024%' GROUP BY m ORDER BY COUNT(*) LIMIT 1",
          ["SELECT strftime('%Y-%m', start_time) AS m FROM trips WHERE start_time LIKE '2024%' GROUP BY m "
           "ORDER BY COUNT(*) LIMIT 1"])),
    conv("bk-2",
         ("average trip duration for members vs casual riders",
          "SELECT rider_type, AVG(duration_sec) FROM trips GROUP BY rider_type"),
         ("what about distance?", "SELECT rider_type, AVG(distance_km) FROM trips GROUP BY rider_type"),
         ("and how many trips did each group take?", "SELECT rider_type, COUNT(*) FROM trips GROUP BY rider_type")),
    conv("bk-3",
         ("top 3 stations by number of trips starting there", TOP3S),
         ("what percentage of all trips start at those three?",
          f"SELECT 100.0 * SUM(n) / (SELECT COUNT(*) FROM trips) FROM ({TOP3S})")),
    conv("bk-4",
         ("stations with more than 25 docks", "SELECT station_name FROM stations WHERE dock_count > 25"),
         ("which of them was installed most recently?",
          "SELECT station_name FROM stations WHERE dock_count > 25 ORDER BY installed_on DESC LIMIT 1"),
         ("how many trips ended there?", f"SELECT COUNT(*) FROM trips WHERE end_station_id = {BIG_DOCK_NEWEST}")),
    conv("bk-5",
         ("total fare revenue by year", "SELECT strftime('%Y', start_time) AS y, SUM(fare) FROM trips GROUP BY y"),
         ("what's the percent change from 2023 to 2024?",
          "SELECT 100.0 * (SUM(CASE WHEN start_time LIKE '2024%' THEN fare END) - SUM(CASE WHEN start_time LIKE '2023%' "
          "THEN fare END)) / SUM(CASE WHEN start_time LIKE '2023%' THEN fare END) FROM trips")),
    conv("bk-6",
         ("How many of our bikes are electric?", "SELECT COUNT(*) FROM bikes WHERE is_electric = 1"),
         ("what's the average fare on electric bikes compared to the others?",
          f"SELECT b.is_electric, AVG(t.fare) {TJB} GROUP BY b.is_electric")),
    conv("bk-7",
         ("When did a trip first last longer than 3 hours?", "SELECT MIN(start_time) FROM trips WHERE duration_sec > 10800"),
         ("which bike was it?", "SELECT bike_id FROM trips WHERE duration_sec > 10800 ORDER BY start_time LIMIT 1"),
         ("who was riding it?", D)),
    conv("bk-8",
         ("trips longer than 20 km", "SELECT trip_id FROM trips WHERE distance_km > 20"),
         ("what was their average fare?", "SELECT AVG(fare) FROM trips WHERE distance_km > 20"),
         ("which neighbourhood did most of them start in?",
          f"SELECT s.neighbourhood {TJS} WHERE t.distance_km > 20 GROUP BY s.neighbourhood ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("bk-9",
         ("number of trips starting in each neighbourhood", f"SELECT s.neighbourhood, COUNT(*) {TJS} GROUP BY s.neighbourhood")),
    conv("bk-10",
         ("which bike model goes furthest on average per trip?", FAR_MODEL[1:-1]),
         ("how many bikes of that model do we have?", f"SELECT COUNT(*) FROM bikes WHERE bike_model = {FAR_MODEL}")),
    conv("bk-11",
         ("How did the weather affect ridership last summer?", D),
         ("Which riders take the most trips?", D),
         ("What will ridership be next July?", D)),
    conv("bk-12",
         ("how many trips cost more than the average fare for their rider type?",
          "SELECT COUNT(*) FROM trips t WHERE fare > (SELECT AVG(t2.fare) FROM trips t2 WHERE t2.rider_type = t.rider_type)")),
    conv("bk-13",
         ("what's the busiest hour of the day?",
          "SELECT strftime('%H', start_time) AS h FROM trips GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the quietest?", "SELECT strftime('%H', start_time) AS h FROM trips GROUP BY h ORDER BY COUNT(*) LIMIT 1")),
    conv("bk-14",
         ("average speed in km/h across all trips", "SELECT AVG(distance_km * 3600.0 / duration_sec) FROM trips",
          ["SELECT SUM(distance_km) * 3600.0 / SUM(duration_sec) FROM trips"]),
         ("how much CO2 did that save compared with driving?", D)),
    conv("bk-15",
         ("trips per quarter in 2023", f"SELECT {Q23} AS q, COUNT(*) FROM trips WHERE start_time LIKE '2023%' GROUP BY q",
          [f"SELECT {Q23L} AS q, COUNT(*) FROM trips WHERE start_time LIKE '2023%' GROUP BY q"]),
         ("how much revenue did each quarter bring in?",
          f"SELECT {Q23} AS q, SUM(fare) FROM trips WHERE start_time LIKE '2023%' GROUP BY q",
          [f"SELECT {Q23L} AS q, SUM(fare) FROM trips WHERE start_time LIKE '2023%' GROUP BY q"]),
         ("what share of the year's revenue is each?",
          f"SELECT {Q23} AS q, 100.0 * SUM(fare) / {REV23} FROM trips WHERE start_time LIKE '2023%' GROUP BY q",
          [f"SELECT {Q23} AS q, SUM(fare) / {REV23} FROM trips WHERE start_time LIKE '2023%' GROUP BY q",
           f"SELECT {Q23L} AS q, 100.0 * SUM(fare) / {REV23} FROM trips WHERE start_time LIKE '2023%' GROUP BY q",
           f"SELECT {Q23L} AS q, SUM(fare) / {REV23} FROM trips WHERE start_time LIKE '2023%' GROUP BY q"])),
    conv("bk-16",
         ("stations in Old Town", "SELECT station_name FROM stations WHERE neighbourhood = 'Old Town'"),
         ("how many docks do they have in total?", "SELECT SUM(dock_count) FROM stations WHERE neighbourhood = 'Old Town'"),
         ("what about Harbourside?", "SELECT SUM(dock_count) FROM stations WHERE neighbourhood = 'Harbourside'"),
         ("how many repairs did those stations need last year?", D)),
    conv("bk-17",
         ("how many trips by casual riders were longer than 10 km in 2024?",
          "SELECT COUNT(*) FROM trips WHERE rider_type = 'casual' AND distance_km > 10 AND start_time LIKE '2024%'"),
         ("and by members?",
          "SELECT COUNT(*) FROM trips WHERE rider_type = 'member' AND distance_km > 10 AND start_time LIKE '2024%'")),
    conv("bk-18",
         ("how many trips were made on CityCruiser bikes?", f"SELECT COUNT(*) {TJB} WHERE b.bike_model LIKE 'CityCruiser%'"),
         ("is that more than on Volt bikes?", D)),
]

# ------------------------------------------------------------------------------------------ saas
IJA = "FROM Invoices i JOIN Accounts a ON a.AcctID = i.AcctID"
TJA = "FROM Tickets t JOIN Accounts a ON a.AcctID = t.AcctID"
TOP_SEAT_PLAN = "(SELECT Plan FROM Accounts GROUP BY Plan ORDER BY SUM(Seats) DESC LIMIT 1)"
FIRST_DE = "(SELECT AcctID FROM Accounts WHERE Country = 'Germany' ORDER BY SignupDate LIMIT 1)"
NO_TICKET = "FROM Accounts WHERE AcctID NOT IN (SELECT AcctID FROM Tickets)"
TOP2C = "(SELECT Country FROM Accounts GROUP BY Country ORDER BY COUNT(*) DESC LIMIT 2)"
QT = "(CAST(strftime('%m', OpenedAt) AS INTEGER) + 2) / 3"
QTL = f"strftime('%Y', OpenedAt) || '-Q' || ({QT})"
ENT_AVG = "(SELECT AVG(Seats) FROM Accounts WHERE Plan = 'Enterprise')"


def _inv_year(y: str) -> str:
    return f"SUM(CASE WHEN InvDate LIKE '{y}%' THEN AmtUSD END)"


SAAS = [
    conv("sa-1",
         ("how many accounts are on each plan?", "SELECT Plan, COUNT(*) FROM Accounts GROUP BY Plan"),
         ("which plan has the most seats in total?", TOP_SEAT_PLAN[1:-1]),
         ("what's the average number of seats per account on that plan?",
          f"SELECT AVG(Seats) FROM Accounts WHERE Plan = {TOP_SEAT_PLAN}")),
    conv("sa-2",
         ("total invoiced per year", "SELECT strftime('%Y', InvDate) AS y, SUM(AmtUSD) FROM Invoices GROUP BY y"),
         ("how much did it change from 2023 to 2024?", f"SELECT {_inv_year('2024')} - {_inv_year('2023')} FROM Invoices"),
         ("and in percent?",
          f"SELECT 100.0 * ({_inv_year('2024')} - {_inv_year('2023')}) / {_inv_year('2023')} FROM Invoices")),
    conv("sa-3",
         ("show me the unpaid invoices", "SELECT InvNo FROM Invoices WHERE PaidFlag = 'N'"),
         ("how much do they add up to?", "SELECT SUM(AmtUSD) FROM Invoices WHERE PaidFlag = 'N'"),
         ("which account owes the most?",
          f"SELECT a.AcctName {IJA} WHERE i.PaidFlag = 'N' GROUP BY a.AcctID ORDER BY SUM(i.AmtUSD) DESC LIMIT 1"),
         ("when is its payment due?", D)),
    conv("sa-4",
         ("accounts based in Germany", "SELECT AcctName FROM Accounts WHERE Country = 'Germany'"),
         ("which of them signed up first?",
          "SELECT AcctName FROM Accounts WHERE Country = 'Germany' ORDER BY SignupDate LIMIT 1"),
         ("how many support tickets has it opened?", f"SELECT COUNT(*) FROM Tickets WHERE AcctID = {FIRST_DE}")),
    conv("sa-5",
         ("average resolution time by priority", "SELECT Priority, AVG(ResHrs) FROM Tickets GROUP BY Priority"),
         ("sort from slowest to fastest", "SELECT Priority, AVG(ResHrs) FROM Tickets GROUP BY Priority ORDER BY AVG(ResHrs) DESC"),
         ("which support engineer closes tickets fastest?", D)),
    conv("sa-6",
         ("what percentage of tickets are urgent?", "SELECT 100.0 * SUM(Priority = 'Urgent') / COUNT(*) FROM Tickets"),
         ("and how many are high priority?", "SELECT COUNT(*) FROM Tickets WHERE Priority = 'High'")),
    conv("sa-7",
         ("average CSAT by industry", f"SELECT a.Industry, AVG(t.CSAT) {TJA} GROUP BY a.Industry"),
         ("which industry is the least satisfied?",
          f"SELECT a.Industry {TJA} GROUP BY a.Industry ORDER BY AVG(t.CSAT) LIMIT 1"),
         ("why are they so unhappy?", D)),
    conv("sa-8",
         ("Enterprise accounts with more seats than the average Enterprise account",
          f"SELECT AcctName FROM Accounts WHERE Plan = 'Enterprise' AND Seats > {ENT_AVG}"),
         ("how many are there?", f"SELECT COUNT(*) FROM Accounts WHERE Plan = 'Enterprise' AND Seats > {ENT_AVG}")),
    conv("sa-9",
         ("accounts with more seats than the average for their plan",
          "SELECT AcctName FROM Accounts a WHERE Seats > (SELECT AVG(a2.Seats) FROM Accounts a2 WHERE a2.Plan = a.Plan)")),
    conv("sa-10",
         ("tickets opened per quarter in 2024", f"SELECT {QT} AS q, COUNT(*) FROM Tickets WHERE OpenedAt LIKE '2024%' GROUP BY q",
          [f"SELECT {QTL} AS q, COUNT(*) FROM Tickets WHERE OpenedAt LIKE '2024%' GROUP BY q"]),
         ("which quarter had the most?",
          f"SELECT {QT} AS q FROM Tickets WHERE OpenedAt LIKE '2024%' GROUP BY q ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT {QTL} AS q FROM Tickets WHERE OpenedAt LIKE '2024%' GROUP BY q ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("sa-11",
         ("What's our churn rate this year?", D),
         ("Who is the account manager for our biggest customer?", D)),
    conv("sa-12",
         ("When did we first send an invoice over $20,000?", "SELECT MIN(InvDate) FROM Invoices WHERE AmtUSD > 20000"),
         ("which account was that for?", f"SELECT a.AcctName {IJA} WHERE i.AmtUSD > 20000 ORDER BY i.InvDate LIMIT 1"),
         ("did they pay it on time?", D)),
    conv("sa-13",
         ("how many accounts have never opened a ticket?", f"SELECT COUNT(*) {NO_TICKET}"),
         ("which industries are they in?", f"SELECT DISTINCT Industry {NO_TICKET}",
          [f"SELECT Industry, COUNT(*) {NO_TICKET} GROUP BY Industry"])),
    conv("sa-14",
         ("top 2 countries by number of accounts",
          "SELECT Country, COUNT(*) FROM Accounts GROUP BY Country ORDER BY COUNT(*) DESC LIMIT 2"),
         ("what's the total amount invoiced in each of them?",
          f"SELECT a.Country, SUM(i.AmtUSD) {IJA} WHERE a.Country IN {TOP2C} GROUP BY a.Country"),
         ("and their average CSAT?", f"SELECT a.Country, AVG(t.CSAT) {TJA} WHERE a.Country IN {TOP2C} GROUP BY a.Country")),
    conv("sa-15",
         ("average invoice amount for Pro vs Basic accounts",
          f"SELECT a.Plan, AVG(i.AmtUSD) {IJA} WHERE a.Plan IN ('Pro', 'Basic') GROUP BY a.Plan"),
         ("how many times bigger is the Pro average?",
          f"SELECT AVG(CASE WHEN a.Plan = 'Pro' THEN i.AmtUSD END) / AVG(CASE WHEN a.Plan = 'Basic' THEN i.AmtUSD END) {IJA}")),
    conv("sa-16",
         ("How many seats does Summit Studio have?", "SELECT Seats FROM Accounts WHERE AcctName = 'Summit Studio'"),
         ("what's its NPS?", D)),
    conv("sa-17",
         ("new accounts per year", "SELECT strftime('%Y', SignupDate) AS y, COUNT(*) FROM Accounts GROUP BY y"),
         ("which year had the most signups?",
          "SELECT strftime('%Y', SignupDate) AS y FROM Accounts GROUP BY y ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("sa-18",
         ("Which features do Enterprise customers use most?", D),
         ("how many Enterprise accounts are in Healthcare?",
          "SELECT COUNT(*) FROM Accounts WHERE Plan = 'Enterprise' AND Industry = 'Healthcare'")),
]

SETS = {"library": LIBRARY, "bikeshare": BIKESHARE, "saas": SAAS}
