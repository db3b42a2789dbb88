"""Held-out conversations heldout25 (SParC/CoSQL style follow-ups), written as people ask them,
before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer and the round must be declined."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ marathons
RC = "FROM runners r JOIN clubs c ON c.club_id = r.club_id"
RES = "FROM results x JOIN races ra ON ra.race_id = x.race_id JOIN runners r ON r.runner_id = x.runner_id"
TOPF = ("SELECT c.club_id " + RC + " WHERE r.gender = 'F' GROUP BY c.club_id ORDER BY COUNT(*) DESC LIMIT 1")
# The sets of a top-n are written without ORDER BY (rank <= 5, review_score >= 90, the one hiker's id):
# eval_engine.py compares rows in order whenever the reference SQL says ORDER BY anywhere, and these
# answers have no order (fixed after the blind run; the rows are the same, see README.md).
TOP5B = f"SELECT r.runner_id {RES} WHERE ra.name = 'Berlin City Marathon' AND ra.year = 2024 AND x.rank <= 5"
OLD = "SELECT club_id FROM clubs WHERE founded < 1990"
BIGC = "SELECT country FROM runners GROUP BY country HAVING COUNT(*) > 20"
CHEAP = "SELECT race_id FROM races WHERE year = 2024 ORDER BY entry_fee LIMIT 1"

MARATHONS = [
    conv("mar-1",
         ("How many runners are in each club?", f"SELECT c.name, COUNT(*) {RC} GROUP BY c.club_id"),
         ("Which club has the most?", f"SELECT c.name {RC} GROUP BY c.club_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What about only the female runners?",
          f"SELECT c.name {RC} WHERE r.gender = 'F' GROUP BY c.club_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("When was that club founded?", f"SELECT founded FROM clubs WHERE club_id = ({TOPF})")),
    conv("mar-2",
         ("List the races held in 2023.", "SELECT name FROM races WHERE year = 2023"),
         ("Which of them were full marathons?", "SELECT name FROM races WHERE year = 2023 AND distance_km > 42"),
         ("How many finishers did each of those have?",
          "SELECT ra.name, COUNT(*) FROM results x JOIN races ra ON ra.race_id = x.race_id "
          "WHERE ra.year = 2023 AND ra.distance_km > 42 GROUP BY ra.race_id"),
         ("Who won the Berlin one?",
          f"SELECT r.name {RES} WHERE ra.name = 'Berlin City Marathon' AND ra.year = 2023 AND x.rank = 1"),
         ("What's the weather forecast for next year's Berlin race?", D)),
    conv("mar-3",
         ("What is the average age of runners by country?", "SELECT country, AVG(age) FROM runners GROUP BY country"),
         ("Only for countries with more than 20 runners",
          "SELECT country, AVG(age) FROM runners GROUP BY country HAVING COUNT(*) > 20"),
         ("Sort them by average age, oldest first",
          "SELECT country, AVG(age) FROM runners GROUP BY country HAVING COUNT(*) > 20 ORDER BY AVG(age) DESC"),
         ("How many runners do those countries have altogether?",
          f"SELECT COUNT(*) FROM runners WHERE country IN ({BIGC})")),
    conv("mar-4",
         ("Who is the oldest runner?", "SELECT name FROM runners ORDER BY age DESC LIMIT 1"),
         ("Which club does he belong to?", f"SELECT c.name {RC} WHERE r.runner_id = 41"),
         ("How many races has he finished?", "SELECT COUNT(*) FROM results WHERE runner_id = 41"),
         ("What is his best finishing position?", "SELECT MIN(rank) FROM results WHERE runner_id = 41"),
         ("What is his resting heart rate?", D)),
    conv("mar-5",
         ("Show the top 5 finishers of the 2024 Berlin City Marathon with their times",
          f"SELECT r.name, x.finish_minutes {RES} WHERE ra.name = 'Berlin City Marathon' AND ra.year = 2024 "
          "ORDER BY x.finish_minutes LIMIT 5"),
         ("Which clubs are they from?",
          f"SELECT r.name, c.name {RC} WHERE r.runner_id IN ({TOP5B})",
          [f"SELECT DISTINCT c.name {RC} WHERE r.runner_id IN ({TOP5B})"]),
         ("How many of them are from Germany?",
          f"SELECT COUNT(*) FROM runners WHERE country = 'Germany' AND runner_id IN ({TOP5B})"),
         ("Why are the Germans so fast in Berlin?", D)),
    conv("mar-6",
         ("What is the entry fee for each race in 2024?", "SELECT name, entry_fee FROM races WHERE year = 2024"),
         ("Which is the cheapest?", "SELECT name FROM races WHERE year = 2024 ORDER BY entry_fee LIMIT 1"),
         ("How many people finished it?", f"SELECT COUNT(*) FROM results WHERE race_id = ({CHEAP})"),
         ("What will its fee be in 2025?", D)),
    conv("mar-7",
         ("How many races are held in each country?", "SELECT country, COUNT(*) FROM races GROUP BY country"),
         ("Now only the ones in France", "SELECT COUNT(*) FROM races WHERE country = 'France'"),
         ("Show their names and years too", "SELECT name, year FROM races WHERE country = 'France'"),
         ("Sort them by date", "SELECT name, year FROM races WHERE country = 'France' ORDER BY race_date"),
         ("Which of them had the most finishers?",
          "SELECT ra.name, ra.year FROM results x JOIN races ra ON ra.race_id = x.race_id WHERE ra.country = 'France' "
          "GROUP BY ra.race_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("mar-8",
         ("What's the average finish time in half marathons?",
          "SELECT AVG(x.finish_minutes) FROM results x JOIN races ra ON ra.race_id = x.race_id "
          "WHERE ra.distance_km = 21.1"),
         ("And for men versus women?",
          f"SELECT r.gender, AVG(x.finish_minutes) {RES} WHERE ra.distance_km = 21.1 GROUP BY r.gender"),
         ("What's the prize money for the winners?", D),
         ("Which runner has the most half marathon finishes?",
          f"SELECT r.name {RES} WHERE ra.distance_km = 21.1 GROUP BY r.runner_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("mar-9",
         ("Which clubs were founded before 1990?", "SELECT name FROM clubs WHERE founded < 1990"),
         ("How many runners do they have altogether?", f"SELECT COUNT(*) FROM runners WHERE club_id IN ({OLD})"),
         ("Of those runners, who has won a race?",
          f"SELECT DISTINCT r.name {RES} WHERE x.rank = 1 AND r.club_id IN ({OLD})"),
         ("Who sponsors those clubs?", D)),
    conv("mar-10",
         ("How many runners are under 30?", "SELECT COUNT(*) FROM runners WHERE age < 30"),
         ("What's their average shoe size?", D),
         ("What is their average finish time over the full marathon distance?",
          f"SELECT AVG(x.finish_minutes) {RES} WHERE r.age < 30 AND ra.distance_km > 42")),
]

# ------------------------------------------------------------------------------------------ huts
HS = "FROM Stays s JOIN Huts h ON h.HutId = s.HutId"
TOP24 = ("SELECT HutId FROM Stays WHERE ArrivalDate LIKE '2024%' GROUP BY HutId ORDER BY SUM(Price) DESC LIMIT 1")
M23 = ("SELECT strftime('%m', ArrivalDate) FROM Stays WHERE ArrivalDate LIKE '2023%' "
       "GROUP BY strftime('%m', ArrivalDate) ORDER BY COUNT(*) DESC LIMIT 1")
CHEAPH = "SELECT HutId FROM Stays GROUP BY HutId ORDER BY AVG(Price) LIMIT 1"
W10 = "SELECT HutId FROM Wardens WHERE StartYear < 2010"
BIG = "SELECT HutId FROM Huts WHERE Beds > 150"

HUTS = [
    conv("hut-1",
         ("How many huts are there in each country?", "SELECT Country, COUNT(*) FROM Huts GROUP BY Country"),
         ("Which country has the most beds in total?",
          "SELECT Country FROM Huts GROUP BY Country ORDER BY SUM(Beds) DESC LIMIT 1"),
         ("List the huts there with their altitude", "SELECT Name, Altitude FROM Huts WHERE Country = 'Germany'"),
         ("Which of them is the highest?",
          "SELECT Name FROM Huts WHERE Country = 'Germany' ORDER BY Altitude DESC LIMIT 1")),
    conv("hut-2",
         ("Which huts are above 2500 metres?", "SELECT Name FROM Huts WHERE Altitude > 2500"),
         ("Sort them by altitude", "SELECT Name, Altitude FROM Huts WHERE Altitude > 2500 ORDER BY Altitude",
          ["SELECT Name, Altitude FROM Huts WHERE Altitude > 2500 ORDER BY Altitude DESC"]),
         ("How many beds do they have altogether?", "SELECT SUM(Beds) FROM Huts WHERE Altitude > 2500"),
         ("What about only the Italian ones?",
          "SELECT SUM(Beds) FROM Huts WHERE Altitude > 2500 AND Country = 'Italy'"),
         ("Is it safe to climb to the highest of them in winter?", D)),
    conv("hut-3",
         ("Who is the oldest warden?", "SELECT Name FROM Wardens ORDER BY Age DESC LIMIT 1"),
         ("Which hut does she run?", "SELECT h.Name FROM Huts h JOIN Wardens w ON w.HutId = h.HutId WHERE w.WardenId = 4"),
         ("How many stays did that hut have in 2023?",
          "SELECT COUNT(*) FROM Stays WHERE HutId = 4 AND ArrivalDate LIKE '2023%'"),
         ("What's her salary?", D)),
    conv("hut-4",
         ("What is the total revenue from stays per hut?", f"SELECT h.Name, SUM(s.Price) {HS} GROUP BY h.HutId"),
         ("Only for 2024", f"SELECT h.Name, SUM(s.Price) {HS} WHERE s.ArrivalDate LIKE '2024%' GROUP BY h.HutId"),
         ("Which hut earned the most that year?",
          f"SELECT h.Name {HS} WHERE s.ArrivalDate LIKE '2024%' GROUP BY h.HutId ORDER BY SUM(s.Price) DESC LIMIT 1"),
         ("How much of that came from half-board stays?",
          f"SELECT SUM(Price) FROM Stays WHERE ArrivalDate LIKE '2024%' AND HalfBoard = 1 AND HutId = ({TOP24})"),
         ("How much did it spend on food supplies?", D)),
    conv("hut-5",
         ("How many hikers come from the United Kingdom?", "SELECT COUNT(*) FROM Hikers WHERE Country = 'United Kingdom'"),
         ("What is their average age?", "SELECT AVG(Age) FROM Hikers WHERE Country = 'United Kingdom'"),
         ("Which of them has stayed the most nights in total?",
          "SELECT k.Name FROM Stays s JOIN Hikers k ON k.HikerId = s.HikerId WHERE k.Country = 'United Kingdom' "
          "GROUP BY s.HikerId ORDER BY SUM(s.Nights) DESC LIMIT 1"),
         ("Show the huts that person stayed at", f"SELECT DISTINCT h.Name {HS} WHERE s.HikerId = 265")),
    conv("hut-6",
         ("Who has been a member the longest?", "SELECT Name FROM Hikers ORDER BY MemberSince LIMIT 1"),
         ("How old is he?", "SELECT Age FROM Hikers WHERE HikerId = 100"),
         ("What is the longest stay he has made?", "SELECT MAX(Nights) FROM Stays WHERE HikerId = 100"),
         ("Where was it?", f"SELECT h.Name {HS} WHERE s.HikerId = 100 ORDER BY s.Nights DESC LIMIT 1"),
         ("Did he enjoy it?", D)),
    conv("hut-7",
         ("Show the number of stays per month in 2023",
          "SELECT strftime('%m', ArrivalDate) AS m, COUNT(*) FROM Stays WHERE ArrivalDate LIKE '2023%' GROUP BY m",
          ["SELECT strftime('%Y-%m', ArrivalDate) AS m, COUNT(*) FROM Stays WHERE ArrivalDate LIKE '2023%' GROUP BY m"]),
         ("Which month was busiest?",
          "SELECT strftime('%m', ArrivalDate) AS m FROM Stays WHERE ArrivalDate LIKE '2023%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', ArrivalDate) AS m FROM Stays WHERE ArrivalDate LIKE '2023%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How many nights were booked in total that month?",
          f"SELECT SUM(Nights) FROM Stays WHERE ArrivalDate LIKE '2023%' AND strftime('%m', ArrivalDate) = ({M23})"),
         ("How many stays will there be next summer?", D)),
    conv("hut-8",
         ("What's the average price per night for half board?",
          "SELECT AVG(Price * 1.0 / Nights) FROM Stays WHERE HalfBoard = 1",
          ["SELECT SUM(Price) / SUM(Nights) FROM Stays WHERE HalfBoard = 1"]),
         ("And without half board?", "SELECT AVG(Price * 1.0 / Nights) FROM Stays WHERE HalfBoard = 0",
          ["SELECT SUM(Price) / SUM(Nights) FROM Stays WHERE HalfBoard = 0"]),
         ("Which hut has the cheapest average stay price?",
          f"SELECT h.Name {HS} GROUP BY h.HutId ORDER BY AVG(s.Price) LIMIT 1"),
         ("Which mountain range is it in?", f"SELECT Range FROM Huts WHERE HutId = ({CHEAPH})")),
    conv("hut-9",
         ("List the wardens who started before 2010", "SELECT Name FROM Wardens WHERE StartYear < 2010"),
         ("Which huts do they look after?",
          "SELECT w.Name, h.Name FROM Wardens w JOIN Huts h ON h.HutId = w.HutId WHERE w.StartYear < 2010",
          [f"SELECT DISTINCT Name FROM Huts WHERE HutId IN ({W10})"]),
         ("Which of those huts was opened first?",
          f"SELECT Name FROM Huts WHERE HutId IN ({W10}) ORDER BY OpenedYear LIMIT 1"),
         ("What's the phone number of that hut?", D)),
    conv("hut-10",
         ("Which huts have more than 150 beds?", "SELECT Name FROM Huts WHERE Beds > 150"),
         ("How many hikers stayed at them?", f"SELECT COUNT(DISTINCT HikerId) FROM Stays WHERE HutId IN ({BIG})"),
         ("What's the average age of those hikers?",
          f"SELECT AVG(Age) FROM Hikers WHERE HikerId IN (SELECT HikerId FROM Stays WHERE HutId IN ({BIG}))"),
         ("Which of them would prefer a quieter hut?", D)),
]

# ------------------------------------------------------------------------------------------ studios
GS = "FROM game g JOIN studio s ON s.studio_id = g.studio_id"
SP = "FROM sales x JOIN platform p ON p.platform_id = x.platform_id"
SG = "FROM sales x JOIN game g ON g.game_id = x.game_id"
TOP3 = "SELECT game_id FROM game WHERE review_score >= 90"      # the top 3 by review score
BIG6 = "SELECT studio_id FROM game GROUP BY studio_id HAVING COUNT(*) > 6"
OLD6 = f"SELECT studio_id FROM studio WHERE studio_id IN ({BIG6}) ORDER BY founded LIMIT 1"
GEN = "SELECT genre FROM game GROUP BY genre ORDER BY AVG(review_score) DESC LIMIT 1"
TOPS = "SELECT g.studio_id FROM sales x JOIN game g ON g.game_id = x.game_id GROUP BY g.studio_id " \
       "ORDER BY SUM(x.revenue) DESC LIMIT 1"
P23 = "SELECT platform_id FROM sales WHERE year = 2023 GROUP BY platform_id ORDER BY SUM(units) DESC LIMIT 1"
FR = "SELECT studio_id FROM studio WHERE country = 'France'"
JP = "SELECT studio_id FROM studio WHERE country = 'Japan'"

STUDIOS = [
    conv("stu-1",
         ("How many games has each studio released?", f"SELECT s.name, COUNT(*) {GS} GROUP BY s.studio_id"),
         ("What about those with more than 6 games?",
          f"SELECT s.name, COUNT(*) {GS} GROUP BY s.studio_id HAVING COUNT(*) > 6"),
         ("Which of them is the oldest?", f"SELECT name FROM studio WHERE studio_id IN ({BIG6}) ORDER BY founded LIMIT 1"),
         ("How many employees does it have?", f"SELECT employees FROM studio WHERE studio_id = ({OLD6})")),
    conv("stu-2",
         ("What are the top 3 games by review score?", "SELECT title FROM game ORDER BY review_score DESC LIMIT 3"),
         ("Which studios made them?", f"SELECT g.title, s.name {GS} WHERE g.game_id IN ({TOP3})",
          [f"SELECT DISTINCT s.name {GS} WHERE g.game_id IN ({TOP3})"]),
         ("Show their prices too", f"SELECT title, price FROM game WHERE game_id IN ({TOP3})"),
         ("What is the total units sold for them?", f"SELECT SUM(units) FROM sales WHERE game_id IN ({TOP3})",
          [f"SELECT g.title, SUM(x.units) {SG} WHERE x.game_id IN ({TOP3}) GROUP BY x.game_id"])),
    conv("stu-3",
         ("Total revenue by platform", f"SELECT p.name, SUM(x.revenue) {SP} GROUP BY p.platform_id"),
         ("Only for 2023", f"SELECT p.name, SUM(x.revenue) {SP} WHERE x.year = 2023 GROUP BY p.platform_id"),
         ("Which platform sold the most units that year?",
          f"SELECT p.name {SP} WHERE x.year = 2023 GROUP BY p.platform_id ORDER BY SUM(x.units) DESC LIMIT 1"),
         ("Who makes it?", f"SELECT maker FROM platform WHERE platform_id = ({P23})"),
         ("What share of the console market does that company have?", D)),
    conv("stu-4",
         ("List the French studios", "SELECT name FROM studio WHERE country = 'France'"),
         ("Show their founding years too", "SELECT name, founded FROM studio WHERE country = 'France'"),
         ("What games have they released?", f"SELECT title FROM game WHERE studio_id IN ({FR})"),
         ("Which of those are RPGs?", f"SELECT title FROM game WHERE studio_id IN ({FR}) AND genre = 'RPG'"),
         ("Which one got the best reviews?",
          f"SELECT title FROM game WHERE studio_id IN ({FR}) AND genre = 'RPG' ORDER BY review_score DESC LIMIT 1")),
    conv("stu-5",
         ("How many games were released each year?", "SELECT release_year, COUNT(*) FROM game GROUP BY release_year"),
         ("What was the average price of games released in 2020?",
          "SELECT AVG(price) FROM game WHERE release_year = 2020"),
         ("What about in 2024?", "SELECT AVG(price) FROM game WHERE release_year = 2024"),
         ("Why did prices change?", D)),
    conv("stu-6",
         ("Which genre has the highest average review score?", GEN),
         ("How many games of that genre are there?", f"SELECT COUNT(*) FROM game WHERE genre = ({GEN})"),
         ("What is their total revenue?", f"SELECT SUM(x.revenue) {SG} WHERE g.genre = ({GEN})"),
         ("How many players are still playing them every day?", D)),
    conv("stu-7",
         ("Which studio has earned the most revenue overall?",
          "SELECT s.name FROM sales x JOIN game g ON g.game_id = x.game_id JOIN studio s ON s.studio_id = g.studio_id "
          "GROUP BY s.studio_id ORDER BY SUM(x.revenue) DESC LIMIT 1"),
         ("How many employees does it have?", f"SELECT employees FROM studio WHERE studio_id = ({TOPS})"),
         ("What is its revenue per employee?",
          f"SELECT SUM(x.revenue) / s.employees FROM sales x JOIN game g ON g.game_id = x.game_id "
          f"JOIN studio s ON s.studio_id = g.studio_id WHERE s.studio_id = ({TOPS})"),
         ("What's the CEO's name?", D)),
    conv("stu-8",
         ("Show the units sold per year for Sunken Citadel",
          f"SELECT x.year, SUM(x.units) {SG} WHERE g.title = 'Sunken Citadel' GROUP BY x.year"),
         ("On which platforms was it sold?",
          f"SELECT DISTINCT p.name {SP} WHERE x.game_id = 13"),
         ("How many units on the Switch?",
          f"SELECT SUM(x.units) {SP} WHERE x.game_id = 13 AND p.name = 'Switch'"),
         ("How many copies were refunded?", D)),
    conv("stu-9",
         ("Which games cost more than 30 dollars?", "SELECT title FROM game WHERE price > 30"),
         ("How many are there?", "SELECT COUNT(*) FROM game WHERE price > 30"),
         ("What's their average review score?", "SELECT AVG(review_score) FROM game WHERE price > 30"),
         ("And of the cheaper ones?", "SELECT AVG(review_score) FROM game WHERE price <= 30",
          ["SELECT AVG(review_score) FROM game WHERE price < 30"]),
         ("Which of them will win game of the year?", D)),
    conv("stu-10",
         ("Which studios are from Japan?", "SELECT name FROM studio WHERE country = 'Japan'"),
         ("What is their combined number of employees?", "SELECT SUM(employees) FROM studio WHERE country = 'Japan'"),
         ("How many units did their games sell on PlayStation 5?",
          f"SELECT SUM(x.units) FROM sales x JOIN game g ON g.game_id = x.game_id "
          f"JOIN platform p ON p.platform_id = x.platform_id WHERE g.studio_id IN ({JP}) AND p.name = 'PlayStation 5'"),
         ("How old are their founders?", D)),
]

SETS = {"marathons": MARATHONS, "huts": HUTS, "studios": STUDIOS}
