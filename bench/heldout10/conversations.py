"""The tenth set of held-out conversations, written as an analyst would ask them, before the engine
was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ city311
SR = "service_requests"
SRD = "FROM service_requests s JOIN departments d ON d.dept_id = s.dept_id"
SRN = "FROM service_requests s JOIN neighbourhoods n ON n.nbhd_id = s.nbhd_id"
M24 = ("SELECT strftime('%Y-%m', opened_at) AS m FROM service_requests WHERE opened_at LIKE '2024%' "
       "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")
TOPDEPT = f"SELECT d.dept_id {SRD} GROUP BY d.dept_id ORDER BY COUNT(*) DESC LIMIT 1"
RATE = f"SELECT n.nbhd_name, n.district, COUNT(*) * 1000.0 / n.population AS per_1000 {SRN} GROUP BY n.nbhd_id"
TTC = "(julianday(closed_at) - julianday(opened_at)) * 24"
TR = f"SELECT strftime('%Y', opened_at) AS y, COUNT(*) AS n {SRD} WHERE d.dept_name = 'Transportation' GROUP BY y"
ABOVE = ("FROM service_requests s WHERE s.repair_cost_usd > (SELECT AVG(t.repair_cost_usd) FROM service_requests t "
         "WHERE t.dept_id = s.dept_id)")

CITY311 = [
    conv("311-1",
         ("How many service requests were opened each month in 2024?",
          f"SELECT strftime('%Y-%m', opened_at) AS m, COUNT(*) FROM {SR} WHERE opened_at LIKE '2024%' GROUP BY m",
          [f"SELECT strftime('%m', opened_at) AS m, COUNT(*) FROM {SR} WHERE opened_at LIKE '2024%' GROUP BY m"]),
         ("which month had the highest?", M24,
          [M24.replace("'%Y-%m'", "'%m'")]),
         ("how many of the requests that month were urgent?",
          f"SELECT COUNT(*) FROM {SR} WHERE strftime('%Y-%m', opened_at) = ({M24}) AND priority = 'Urgent'"),
         ("Why were there so many requests then?", D)),
    conv("311-2",
         ("Which department gets the most service requests?",
          f"SELECT d.dept_name {SRD} GROUP BY d.dept_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("who is its director?", f"SELECT director_name FROM departments WHERE dept_id = ({TOPDEPT})"),
         ("what's the director's phone number?", D),
         ("what's the average repair cost per closed request in each department?",
          f"SELECT d.dept_name, AVG(s.repair_cost_usd) {SRD} WHERE s.status = 'Closed' GROUP BY d.dept_name",
          [f"SELECT d.dept_name, AVG(s.repair_cost_usd) {SRD} GROUP BY d.dept_name"])),
    conv("311-3",
         ("Show requests per 1,000 residents for each neighbourhood", RATE),
         ("which neighbourhood has the highest rate?",
          f"SELECT n.nbhd_name {SRN} GROUP BY n.nbhd_id ORDER BY COUNT(*) * 1000.0 / n.population DESC LIMIT 1"),
         ("which district is it in?",
          f"SELECT n.district {SRN} GROUP BY n.nbhd_id ORDER BY COUNT(*) * 1000.0 / n.population DESC LIMIT 1")),
    conv("311-4",
         ("How many requests came from Riverside?",
          f"SELECT COUNT(*) {SRN} WHERE n.nbhd_name = 'Riverside'",
          [f"SELECT COUNT(*) {SRN} WHERE n.nbhd_name LIKE '%Riverside%'",
           f"SELECT n.nbhd_name, COUNT(*) {SRN} WHERE n.nbhd_name LIKE '%Riverside%' GROUP BY n.nbhd_name"]),
         ("How many pothole requests were there in 2024, and what was their average repair cost?",
          f"SELECT COUNT(*), AVG(repair_cost_usd) FROM {SR} WHERE category = 'Pothole' AND opened_at LIKE '2024%'"),
         ("do the same for Streetlight Out and Fallen Tree",
          f"SELECT category, COUNT(*), AVG(repair_cost_usd) FROM {SR} WHERE category IN ('Streetlight Out', "
          "'Fallen Tree') AND opened_at LIKE '2024%' GROUP BY category"),
         ("which crews worked on the fallen trees that year?",
          f"SELECT DISTINCT c.crew_name FROM {SR} s JOIN crews c ON c.crew_id = s.crew_id "
          "WHERE s.category = 'Fallen Tree' AND s.opened_at LIKE '2024%'")),
    conv("311-5",
         ("What's the average time to close a request, in hours, by priority?",
          f"SELECT priority, AVG({TTC}) FROM {SR} WHERE status = 'Closed' GROUP BY priority",
          [f"SELECT priority, AVG({TTC}) FROM {SR} WHERE closed_at IS NOT NULL GROUP BY priority"]),
         ("When was the first urgent request opened?",
          f"SELECT MIN(opened_at) FROM {SR} WHERE priority = 'Urgent'"),
         ("and the last one?", f"SELECT MAX(opened_at) FROM {SR} WHERE priority = 'Urgent'"),
         ("How many urgent requests are still open or in progress?",
          f"SELECT COUNT(*) FROM {SR} WHERE priority = 'Urgent' AND status IN ('Open', 'In Progress')")),
    conv("311-6",
         ("How many requests did Transportation get in 2023 and in 2024?", TR),
         ("what's the percent change?",
          f"SELECT (SUM(CASE WHEN y = '2024' THEN n END) - SUM(CASE WHEN y = '2023' THEN n END)) * 100.0 "
          f"/ SUM(CASE WHEN y = '2023' THEN n END) FROM ({TR})",
          [f"SELECT (SUM(CASE WHEN y = '2024' THEN n END) - SUM(CASE WHEN y = '2023' THEN n END)) * 1.0 "
           f"/ SUM(CASE WHEN y = '2023' THEN n END) FROM ({TR})"]),
         ("and how much did their total repair cost change between the two years?",
          f"SELECT SUM(CASE WHEN s.opened_at LIKE '2024%' THEN s.repair_cost_usd END) - "
          f"SUM(CASE WHEN s.opened_at LIKE '2023%' THEN s.repair_cost_usd END) {SRD} "
          "WHERE d.dept_name = 'Transportation'"),
         ("What will Transportation's request count be in 2025?", D)),
    conv("311-7",
         ("Which crews does Water Management have, and who leads them?",
          "SELECT c.crew_name, c.crew_lead FROM crews c JOIN departments d ON d.dept_id = c.dept_id "
          "WHERE d.dept_name = 'Water Management'"),
         ("how many requests did each of them handle?",
          f"SELECT c.crew_name, COUNT(*) FROM {SR} s JOIN crews c ON c.crew_id = s.crew_id "
          "JOIN departments d ON d.dept_id = c.dept_id WHERE d.dept_name = 'Water Management' GROUP BY c.crew_name"),
         ("which of those crews has the biggest headcount?",
          "SELECT c.crew_name FROM crews c JOIN departments d ON d.dept_id = c.dept_id "
          "WHERE d.dept_name = 'Water Management' ORDER BY c.headcount DESC LIMIT 1"),
         ("how much overtime did that crew work last month?", D)),
    conv("311-8",
         ("How many requests were there in the North district?",
          f"SELECT COUNT(*) {SRN} WHERE n.district = 'North'"),
         ("and how many crews are based there?", "SELECT COUNT(*) FROM crews WHERE depot_district = 'North'"),
         ("What share of all requests came in through each channel, as a percentage?",
          f"SELECT channel, COUNT(*) * 100.0 / (SELECT COUNT(*) FROM {SR}) FROM {SR} GROUP BY channel",
          [f"SELECT channel, COUNT(*) * 1.0 / (SELECT COUNT(*) FROM {SR}) FROM {SR} GROUP BY channel"]),
         ("Which channel do residents prefer, according to the satisfaction survey?", D)),
    conv("311-9",
         ("How many closed requests cost more than their own department's average repair cost?",
          f"SELECT COUNT(*) {ABOVE}"),
         ("which department has the most of those?",
          f"SELECT d.dept_name FROM departments d JOIN (SELECT s.dept_id {ABOVE}) x ON x.dept_id = d.dept_id "
          "GROUP BY d.dept_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("For each department, what percentage of its requests were cancelled?",
          f"SELECT d.dept_name, SUM(s.status = 'Cancelled') * 100.0 / COUNT(*) {SRD} GROUP BY d.dept_name",
          [f"SELECT d.dept_name, SUM(s.status = 'Cancelled') * 1.0 / COUNT(*) {SRD} GROUP BY d.dept_name"]),
         ("Give me the number of requests and the total repair cost per department, sorted by cost, top 3",
          f"SELECT d.dept_name, COUNT(*), SUM(s.repair_cost_usd) AS c {SRD} GROUP BY d.dept_name "
          "ORDER BY c DESC LIMIT 3")),
    conv("311-10",
         ("Show me every detail for request 1234", f"SELECT * FROM {SR} WHERE request_id = 1234"),
         ("which neighbourhood was it in?",
          f"SELECT n.nbhd_name {SRN} WHERE s.request_id = 1234"),
         ("when was that closed?", f"SELECT closed_at FROM {SR} WHERE request_id = 1234"),
         ("what was the weather in the city that day?", D),
         ("List the urgent requests from 2024 that cost more than $3,000 to repair",
          f"SELECT request_id, category, opened_at, repair_cost_usd FROM {SR} WHERE priority = 'Urgent' "
          "AND opened_at LIKE '2024%' AND repair_cost_usd > 3000")),
    conv("311-11",
         ("What is the annual budget of each department?", "SELECT dept_name, annual_budget_usd FROM departments"),
         ("how much of it has been spent so far this year?", D),
         ("which neighbourhoods have more than 25,000 residents?",
          "SELECT nbhd_name FROM neighbourhoods WHERE population > 25000"),
         ("how many graffiti removal requests did they have in total?",
          f"SELECT COUNT(*) {SRN} WHERE n.population > 25000 AND s.category = 'Graffiti Removal'",
          [f"SELECT n.nbhd_name, COUNT(*) {SRN} WHERE n.population > 25000 AND s.category = 'Graffiti Removal' "
           "GROUP BY n.nbhd_name"])),
]

# ------------------------------------------------------------------------------------------ streaming
VM = "strftime('%Y-%m', StartTs)"
TOPM = (f"SELECT {VM} AS m FROM ViewingSessions WHERE StartTs LIKE '2024%' GROUP BY m "
        "ORDER BY SUM(WatchMin) DESC LIMIT 1")
TOP5T = ("SELECT t.TitleName, SUM(v.WatchMin) AS mins FROM ViewingSessions v JOIN Titles t ON t.TitleID = v.TitleID "
         "GROUP BY t.TitleID ORDER BY mins DESC LIMIT 5")
FIRSTSUB = "SELECT SubID FROM Subscribers ORDER BY SignupDt LIMIT 1"
SY = "SELECT strftime('%Y', SignupDt) AS y, COUNT(*) AS n FROM Subscribers WHERE SignupDt >= '2023' GROUP BY y"
VT = "FROM ViewingSessions v JOIN Titles t ON t.TitleID = v.TitleID"
G3 = f"SELECT t.Genre, COUNT(*) AS sessions, SUM(v.WatchMin) AS mins {VT} GROUP BY t.Genre ORDER BY mins DESC LIMIT 3"

STREAMING = [
    conv("str-1",
         ("Total watch minutes by month in 2024",
          f"SELECT {VM} AS m, SUM(WatchMin) FROM ViewingSessions WHERE StartTs LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%m', StartTs) AS m, SUM(WatchMin) FROM ViewingSessions WHERE StartTs LIKE '2024%' "
           "GROUP BY m"]),
         ("which month had the highest?", TOPM, [TOPM.replace("'%Y-%m'", "'%m'")]),
         ("how many different subscribers watched something that month?",
          f"SELECT COUNT(DISTINCT SubID) FROM ViewingSessions WHERE {VM} = ({TOPM})"),
         ("and how many minutes per subscriber is that?",
          f"SELECT SUM(WatchMin) * 1.0 / COUNT(DISTINCT SubID) FROM ViewingSessions WHERE {VM} = ({TOPM})")),
    conv("str-2",
         ("How many subscribers are on each plan?",
          "SELECT p.PlanName, COUNT(*) FROM Subscribers s JOIN Plans p ON p.PlanID = s.PlanID GROUP BY p.PlanName"),
         ("what percentage of all subscribers is that?",
          "SELECT p.PlanName, COUNT(*) * 100.0 / (SELECT COUNT(*) FROM Subscribers) FROM Subscribers s "
          "JOIN Plans p ON p.PlanID = s.PlanID GROUP BY p.PlanName",
          ["SELECT p.PlanName, COUNT(*) * 1.0 / (SELECT COUNT(*) FROM Subscribers) FROM Subscribers s "
           "JOIN Plans p ON p.PlanID = s.PlanID GROUP BY p.PlanName"]),
         ("What's the monthly fee income from each plan, counting only subscribers who haven't cancelled?",
          "SELECT p.PlanName, SUM(p.MonthlyFee) FROM Subscribers s JOIN Plans p ON p.PlanID = s.PlanID "
          "WHERE s.CancelDt IS NULL GROUP BY p.PlanName"),
         ("What's our churn forecast for next quarter?", D)),
    conv("str-3",
         ("What are the top 5 titles by total watch minutes?", TOP5T),
         ("which of them is the oldest?",
          f"SELECT t.TitleName FROM ({TOP5T}) x JOIN Titles t ON t.TitleName = x.TitleName "
          "ORDER BY t.ReleaseYr LIMIT 1"),
         ("which genres are they in?",
          f"SELECT x.TitleName, t.Genre FROM ({TOP5T}) x JOIN Titles t ON t.TitleName = x.TitleName",
          [f"SELECT DISTINCT t.Genre FROM ({TOP5T}) x JOIN Titles t ON t.TitleName = x.TitleName"])),
    conv("str-4",
         ("Who was the first subscriber to sign up?",
          "SELECT FirstName, LastName FROM Subscribers ORDER BY SignupDt LIMIT 1"),
         ("which country are they from?", f"SELECT Country FROM Subscribers WHERE SubID = ({FIRSTSUB})"),
         ("how many minutes have they watched in total?",
          f"SELECT SUM(WatchMin) FROM ViewingSessions WHERE SubID = ({FIRSTSUB})"),
         ("what's the credit card on file for them?", D)),
    conv("str-5",
         ("Average watch minutes per session by device type",
          "SELECT DeviceType, AVG(WatchMin) FROM ViewingSessions GROUP BY DeviceType"),
         ("which devices are above the overall average?",
          "SELECT DeviceType FROM ViewingSessions GROUP BY DeviceType "
          "HAVING AVG(WatchMin) > (SELECT AVG(WatchMin) FROM ViewingSessions)"),
         ("Why do people watch less on their phones?", D)),
    conv("str-6",
         ("How many titles were produced in Japan?", "SELECT COUNT(*) FROM Titles WHERE ProdCountry = 'Japan'"),
         ("and how many subscribers live there?", "SELECT COUNT(*) FROM Subscribers WHERE Country = 'Japan'"),
         ("How many minutes did subscribers in the United Kingdom spend watching UK-produced titles?",
          f"SELECT SUM(v.WatchMin) {VT} JOIN Subscribers s ON s.SubID = v.SubID "
          "WHERE s.Country = 'United Kingdom' AND t.ProdCountry = 'United Kingdom'")),
    conv("str-7",
         ("How many people signed up in 2023 and in 2024?", SY),
         ("what's the percent change from 2023 to 2024?",
          f"SELECT (SUM(CASE WHEN y = '2024' THEN n END) - SUM(CASE WHEN y = '2023' THEN n END)) * 100.0 "
          f"/ SUM(CASE WHEN y = '2023' THEN n END) FROM ({SY})",
          [f"SELECT (SUM(CASE WHEN y = '2024' THEN n END) - SUM(CASE WHEN y = '2023' THEN n END)) * 1.0 "
           f"/ SUM(CASE WHEN y = '2023' THEN n END) FROM ({SY})"]),
         ("how many subscribers cancelled in 2024?", "SELECT COUNT(*) FROM Subscribers WHERE CancelDt LIKE '2024%'"),
         ("What reasons did they give in the CancelDt survey?", D)),
    conv("str-8",
         ("How many drama titles do we have?", "SELECT COUNT(*) FROM Titles WHERE Genre = 'Drama'",
          ["SELECT COUNT(*) FROM Titles WHERE Genre LIKE '%Drama%'",
           "SELECT Genre, COUNT(*) FROM Titles WHERE Genre LIKE '%Drama%' GROUP BY Genre"]),
         ("what's their average runtime?", "SELECT AVG(RuntimeMin) FROM Titles WHERE Genre = 'Drama'",
          ["SELECT AVG(RuntimeMin) FROM Titles WHERE Genre LIKE '%Drama%'",
           "SELECT Genre, AVG(RuntimeMin) FROM Titles WHERE Genre LIKE '%Drama%' GROUP BY Genre"]),
         ("do the same for Comedy and Thriller",
          "SELECT Genre, COUNT(*), AVG(RuntimeMin) FROM Titles WHERE Genre IN ('Comedy', 'Thriller') GROUP BY Genre")),
    conv("str-9",
         ("Show every detail for The Last Tide", "SELECT * FROM Titles WHERE TitleName = 'The Last Tide'"),
         ("how many times was it watched?",
          f"SELECT COUNT(*) {VT} WHERE t.TitleName = 'The Last Tide'"),
         ("what's its IMDb rating?", D),
         ("which subscriber watched it for the most minutes in total?",
          f"SELECT s.FirstName, s.LastName {VT} JOIN Subscribers s ON s.SubID = v.SubID "
          "WHERE t.TitleName = 'The Last Tide' GROUP BY s.SubID ORDER BY SUM(v.WatchMin) DESC LIMIT 1")),
    conv("str-10",
         ("For each genre give the number of sessions and total watch minutes, sorted by minutes, top 3", G3),
         ("which of those genres has the most original titles?",
          f"SELECT t.Genre FROM Titles t WHERE t.Genre IN (SELECT Genre FROM ({G3})) AND t.IsOriginal = 1 "
          "GROUP BY t.Genre ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many TV sessions in December 2024 lasted more than 120 minutes?",
          "SELECT COUNT(*) FROM ViewingSessions WHERE DeviceType = 'TV' AND StartTs LIKE '2024-12%' "
          "AND WatchMin > 120"),
         ("how many screens were they actually streaming on at the same time?", D)),
    conv("str-11",
         ("List the plans with their monthly fee and max screens", "SELECT PlanName, MonthlyFee, MaxScreens FROM Plans"),
         ("which premium plans do we have?", "SELECT PlanName FROM Plans WHERE PlanName LIKE '%Premium%'"),
         ("how many active subscribers does each of them have?",
          "SELECT p.PlanName, COUNT(*) FROM Subscribers s JOIN Plans p ON p.PlanID = s.PlanID "
          "WHERE p.PlanName LIKE '%Premium%' AND s.CancelDt IS NULL GROUP BY p.PlanName")),
]

# ------------------------------------------------------------------------------------------ brewery
BM = "strftime('%Y-%m', brewDate)"
TOPBM = (f"SELECT {BM} AS m FROM batches WHERE brewDate LIKE '2024%' GROUP BY m "
         "ORDER BY SUM(volumeLitres) DESC LIMIT 1")
TOPBREWER = ("SELECT brewerName FROM batches WHERE brewDate LIKE '2024%' GROUP BY brewerName "
             "ORDER BY COUNT(*) DESC LIMIT 1")
ST = "FROM sales s JOIN taprooms t ON t.taproomId = s.taproomId"
TOPTAP = f"SELECT t.taproomId {ST} WHERE s.saleDate LIKE '2024%' GROUP BY t.taproomId ORDER BY SUM(s.revenue) DESC LIMIT 1"
STRONG = "SELECT beerId, beerName FROM beers WHERE abv > 6 AND ibu > 35"
Q4 = ("SELECT strftime('%Y', saleDate) AS y, SUM(pintsSold) AS p FROM sales WHERE "
      "(saleDate BETWEEN '2023-10-01' AND '2023-12-31') OR (saleDate BETWEEN '2024-10-01' AND '2024-12-31') GROUP BY y")
KT = "FROM kegs k JOIN taprooms t ON t.taproomId = k.taproomId"
BB = "FROM batches b JOIN beers e ON e.beerId = b.beerId"

BREWERY = [
    conv("brew-1",
         ("How many litres did we brew per month in 2024?",
          f"SELECT {BM} AS m, SUM(volumeLitres) FROM batches WHERE brewDate LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%m', brewDate) AS m, SUM(volumeLitres) FROM batches WHERE brewDate LIKE '2024%' "
           "GROUP BY m"]),
         ("which month had the highest?", TOPBM, [TOPBM.replace("'%Y-%m'", "'%m'")]),
         ("how many batches were brewed that month?",
          f"SELECT COUNT(*) FROM batches WHERE {BM} = ({TOPBM})")),
    conv("brew-2",
         ("What's the average litres per batch for each beer?",
          f"SELECT e.beerName, AVG(b.volumeLitres) {BB} GROUP BY e.beerName"),
         ("which beer has the highest?",
          f"SELECT e.beerName {BB} GROUP BY e.beerName ORDER BY AVG(b.volumeLitres) DESC LIMIT 1"),
         ("what style is it?",
          f"SELECT e.beerStyle {BB} GROUP BY e.beerName ORDER BY AVG(b.volumeLitres) DESC LIMIT 1")),
    conv("brew-3",
         ("Which brewer brewed the most batches in 2024?", TOPBREWER),
         ("what percentage of all 2024 batches is that?",
          f"SELECT SUM(brewerName = ({TOPBREWER})) * 100.0 / COUNT(*) FROM batches WHERE brewDate LIKE '2024%'",
          [f"SELECT SUM(brewerName = ({TOPBREWER})) * 1.0 / COUNT(*) FROM batches WHERE brewDate LIKE '2024%'"]),
         ("when did they brew their last batch?",
          f"SELECT MAX(brewDate) FROM batches WHERE brewerName = ({TOPBREWER})"),
         ("what's their salary?", D)),
    conv("brew-4",
         ("Revenue by taproom in 2024",
          f"SELECT t.taproomName, SUM(s.revenue) {ST} WHERE s.saleDate LIKE '2024%' GROUP BY t.taproomName"),
         ("which taproom made the most?",
          f"SELECT t.taproomName {ST} WHERE s.saleDate LIKE '2024%' GROUP BY t.taproomId "
          "ORDER BY SUM(s.revenue) DESC LIMIT 1"),
         ("how many seats does it have?", f"SELECT seatCount FROM taprooms WHERE taproomId = ({TOPTAP})"),
         ("show the 2024 revenue per seat for every taproom",
          f"SELECT t.taproomName, SUM(s.revenue) * 1.0 / t.seatCount {ST} WHERE s.saleDate LIKE '2024%' "
          "GROUP BY t.taproomId")),
    conv("brew-5",
         ("How many pints were sold in Seattle?",
          f"SELECT SUM(s.pintsSold) {ST} WHERE t.city = 'Seattle'",
          ["SELECT SUM(pintsSold) FROM sales WHERE customerCity = 'Seattle'"]),
         ("Which beers are stronger than 6% ABV with an IBU above 35?", STRONG),
         ("which of them sold the most pints?",
          f"SELECT x.beerName FROM ({STRONG}) x JOIN sales s ON s.beerId = x.beerId GROUP BY x.beerId "
          "ORDER BY SUM(s.pintsSold) DESC LIMIT 1"),
         ("how many hop additions go into that one?", D)),
    conv("brew-6",
         ("How many IPA batches did we brew in 2024?",
          f"SELECT COUNT(*) {BB} WHERE e.beerStyle = 'IPA' AND b.brewDate LIKE '2024%'",
          [f"SELECT COUNT(*) {BB} WHERE e.beerStyle LIKE '%IPA%' AND b.brewDate LIKE '2024%'",
           f"SELECT e.beerStyle, COUNT(*) {BB} WHERE e.beerStyle LIKE '%IPA%' AND b.brewDate LIKE '2024%' "
           "GROUP BY e.beerStyle"]),
         ("and how many litres was that?",
          f"SELECT SUM(b.volumeLitres) {BB} WHERE e.beerStyle = 'IPA' AND b.brewDate LIKE '2024%'",
          [f"SELECT SUM(b.volumeLitres) {BB} WHERE e.beerStyle LIKE '%IPA%' AND b.brewDate LIKE '2024%'",
           f"SELECT e.beerStyle, SUM(b.volumeLitres) {BB} WHERE e.beerStyle LIKE '%IPA%' AND b.brewDate LIKE '2024%' "
           "GROUP BY e.beerStyle"]),
         ("do the same for Stout and Porter",
          f"SELECT e.beerStyle, COUNT(*), SUM(b.volumeLitres) {BB} WHERE e.beerStyle IN ('Stout', 'Porter') "
          "AND b.brewDate LIKE '2024%' GROUP BY e.beerStyle")),
    conv("brew-7",
         ("Pints sold in Q4 2023 versus Q4 2024", Q4),
         ("what's the percent change?",
          f"SELECT (SUM(CASE WHEN y = '2024' THEN p END) - SUM(CASE WHEN y = '2023' THEN p END)) * 100.0 "
          f"/ SUM(CASE WHEN y = '2023' THEN p END) FROM ({Q4})",
          [f"SELECT (SUM(CASE WHEN y = '2024' THEN p END) - SUM(CASE WHEN y = '2023' THEN p END)) * 1.0 "
           f"/ SUM(CASE WHEN y = '2023' THEN p END) FROM ({Q4})"]),
         ("Will pint sales keep growing next year?", D)),
    conv("brew-8",
         ("How many full kegs does each taproom have?",
          f"SELECT t.taproomName, COUNT(*) {KT} WHERE k.kegStatus = 'full' GROUP BY t.taproomName"),
         ("what share of each taproom's kegs is that?",
          f"SELECT t.taproomName, SUM(k.kegStatus = 'full') * 100.0 / COUNT(*) {KT} GROUP BY t.taproomName",
          [f"SELECT t.taproomName, SUM(k.kegStatus = 'full') * 1.0 / COUNT(*) {KT} GROUP BY t.taproomName"]),
         ("Where is keg 500?", f"SELECT t.taproomName {KT} WHERE k.kegId = 500"),
         ("when was it filled, and which beer is in it?",
          "SELECT k.filledOn, e.beerName FROM kegs k JOIN batches b ON b.batchId = k.batchId "
          "JOIN beers e ON e.beerId = b.beerId WHERE k.kegId = 500")),
    conv("brew-9",
         ("Every detail for batch 120, please", "SELECT * FROM batches WHERE batchId = 120"),
         ("what was its final gravity?", D),
         ("Which seasonal beers do we make, and when were they launched?",
          "SELECT beerName, launchDate FROM beers WHERE isSeasonal = 1"),
         ("when was the first of them launched?", "SELECT MIN(launchDate) FROM beers WHERE isSeasonal = 1",
          ["SELECT beerName, launchDate FROM beers WHERE isSeasonal = 1 ORDER BY launchDate LIMIT 1"])),
    conv("brew-10",
         ("For each taproom, how many sales had more pints than that taproom's own average?",
          f"SELECT t.taproomName, COUNT(*) {ST} WHERE s.pintsSold > (SELECT AVG(x.pintsSold) FROM sales x "
          "WHERE x.taproomId = s.taproomId) GROUP BY t.taproomName"),
         ("What hop varieties go into the West Coast IPA?", D),
         ("Why did Summer Wheat sell so little in 2024?", D),
         ("List the taprooms opened after 2021 with their city",
          "SELECT taproomName, city FROM taprooms WHERE openedOn > '2021-12-31'",
          ["SELECT taproomName, city FROM taprooms WHERE openedOn >= '2022-01-01'"]),
         ("how much revenue did the ones in Boise and Eugene make in 2024?",
          f"SELECT t.taproomName, SUM(s.revenue) {ST} WHERE t.city IN ('Boise', 'Eugene') "
          "AND s.saleDate LIKE '2024%' GROUP BY t.taproomName",
          [f"SELECT SUM(s.revenue) {ST} WHERE t.city IN ('Boise', 'Eugene') AND s.saleDate LIKE '2024%'"])),
    conv("brew-11",
         ("Which brewers made the most litres of stout, ranked by total litres and number of batches? top 2",
          f"SELECT b.brewerName, SUM(b.volumeLitres) AS l, COUNT(*) {BB} WHERE e.beerStyle = 'Stout' "
          "GROUP BY b.brewerName ORDER BY l DESC LIMIT 2"),
         ("how many batches of the Session Pale did they brew between them?",
          f"SELECT COUNT(*) {BB} WHERE e.beerName = 'Session Pale' AND b.brewerName IN (SELECT brewerName FROM "
          f"(SELECT b.brewerName, SUM(b.volumeLitres) AS l {BB} WHERE e.beerStyle = 'Stout' "
          "GROUP BY b.brewerName ORDER BY l DESC LIMIT 2))")),
]

SETS = {"city311": CITY311, "streaming": STREAMING, "brewery": BREWERY}
