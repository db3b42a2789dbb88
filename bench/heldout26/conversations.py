"""heldout26 conversations, written as hurried analysts ask them, before the engine was run on them.
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL that
also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ league
PS = "FROM player_stats s JOIN players p ON p.player_id = s.player_id"
PSF = PS + " JOIN fixtures f ON f.fixture_id = s.fixture_id"
PST = PSF + " JOIN teams t ON t.team_id = p.team_id"
TOPSC = (f"SELECT p.full_name, SUM(s.goals) AS g {PS} GROUP BY p.player_id "
         "ORDER BY g DESC, p.full_name LIMIT 5")
HOME = "FROM fixtures f JOIN teams t ON t.team_id = f.home_team_id"
L3 = "match_date > (SELECT date(MAX(match_date), '-3 months') FROM fixtures)"
L3b = "match_date >= (SELECT date(MAX(match_date), '-3 months') FROM fixtures)"
L3m = "match_date >= '2024-10-01'"
BIGCAP = "SELECT team_name FROM teams WHERE ground_capacity > (SELECT AVG(ground_capacity) FROM teams)"
GC = "(SELECT team_id FROM teams WHERE team_name = 'Glenholm City')"
FWD24 = ("FROM player_stats s JOIN players p ON p.player_id = s.player_id JOIN fixtures f ON f.fixture_id = s.fixture_id "
         "WHERE f.season = 2024 AND p.position = 'Forward' GROUP BY p.player_id "
         "HAVING SUM(s.goals) * 1.0 / COUNT(*) > 0.5")

LEAGUE = [
    conv("league-1",
         ("How many goals were scored in total in each season?",
          "SELECT season, SUM(home_goals + away_goals) FROM fixtures GROUP BY season"),
         ("and per game?", "SELECT season, AVG(home_goals + away_goals) FROM fixtures GROUP BY season"),
         ("which season had the highest goals per game?",
          "SELECT season FROM fixtures GROUP BY season ORDER BY AVG(home_goals + away_goals) DESC LIMIT 1"),
         ("how much did total goals change from 2023 to 2024?",
          "SELECT SUM(CASE WHEN season = 2024 THEN home_goals + away_goals END) - "
          "SUM(CASE WHEN season = 2023 THEN home_goals + away_goals END) FROM fixtures")),
    conv("league-2",
         ("Who are the top 5 goal scorers over all seasons? Break ties by name.", TOPSC),
         ("and which teams do they play for?",
          f"SELECT p.full_name, t.team_name, SUM(s.goals) AS g {PS} JOIN teams t ON t.team_id = p.team_id "
          "GROUP BY p.player_id ORDER BY g DESC, p.full_name LIMIT 5"),
         ("same but for assists",
          f"SELECT p.full_name, t.team_name, SUM(s.assists) AS a {PS} JOIN teams t ON t.team_id = p.team_id "
          "GROUP BY p.player_id ORDER BY a DESC, p.full_name LIMIT 5"),
         ("How many goals per 90 minutes did the top goal scorer average?",
          f"SELECT SUM(s.goals) * 90.0 / SUM(s.minutes_played) {PS} WHERE p.player_id = "
          f"(SELECT p.player_id {PS} GROUP BY p.player_id ORDER BY SUM(s.goals) DESC, p.full_name LIMIT 1)")),
    conv("league-3",
         ("What's the average home attendance for each team?",
          f"SELECT t.team_name, AVG(f.attendance) {HOME} GROUP BY t.team_name"),
         ("as a share of their ground capacity",
          f"SELECT t.team_name, AVG(f.attendance) * 1.0 / t.ground_capacity {HOME} GROUP BY t.team_name",
          [f"SELECT t.team_name, AVG(f.attendance) * 100.0 / t.ground_capacity {HOME} GROUP BY t.team_name"]),
         ("which team fills its ground best?",
          f"SELECT t.team_name {HOME} GROUP BY t.team_name ORDER BY AVG(f.attendance) * 1.0 / t.ground_capacity DESC LIMIT 1"),
         ("How many fixtures have no attendance recorded?", "SELECT COUNT(*) FROM fixtures WHERE attendance IS NULL"),
         ("list them with the date and the home team",
          f"SELECT f.match_date, t.team_name {HOME} WHERE f.attendance IS NULL")),
    conv("league-4",
         ("What share of matches ended in a home win?", "SELECT AVG(home_goals > away_goals) FROM fixtures",
          ["SELECT AVG(home_goals > away_goals) * 100.0 FROM fixtures"]),
         ("and draws?", "SELECT AVG(home_goals = away_goals) FROM fixtures",
          ["SELECT AVG(home_goals = away_goals) * 100.0 FROM fixtures"]),
         ("show both by season",
          "SELECT season, AVG(home_goals > away_goals), AVG(home_goals = away_goals) FROM fixtures GROUP BY season",
          ["SELECT season, AVG(home_goals > away_goals) * 100.0, AVG(home_goals = away_goals) * 100.0 FROM fixtures "
           "GROUP BY season"]),
         ("why do home teams win so much more often?", D)),
    conv("league-5",
         ("How many distinct nationalities are there among our players?",
          "SELECT COUNT(DISTINCT nationality) FROM players"),
         ("how many players of each?", "SELECT nationality, COUNT(*) FROM players GROUP BY nationality"),
         ("excluding England and Wales, which nationality has the most players?",
          "SELECT nationality FROM players WHERE nationality NOT IN ('England', 'Wales') GROUP BY nationality ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the phone number of the Kelso Harriers' shirt number 1?", D)),
    conv("league-6",
         ("Total yellow cards per team in the 2024 season",
          f"SELECT t.team_name, SUM(s.yellow_cards) {PST} WHERE f.season = 2024 GROUP BY t.team_name"),
         ("and red cards instead", f"SELECT t.team_name, SUM(s.red_card) {PST} WHERE f.season = 2024 GROUP BY t.team_name"),
         ("Which player has picked up the most yellow cards across all seasons? Ties broken by name.",
          f"SELECT full_name FROM (SELECT p.full_name {PS} GROUP BY p.player_id "
          "ORDER BY SUM(s.yellow_cards) DESC, p.full_name LIMIT 1)"),
         ("how much was each team fined for its yellow cards?", D)),
    conv("league-7",
         ("Which team scored the most goals at home in 2023?",
          f"SELECT t.team_name {HOME} WHERE f.season = 2023 GROUP BY t.team_name ORDER BY SUM(f.home_goals) DESC LIMIT 1"),
         ("and away?",
          "SELECT t.team_name FROM fixtures f JOIN teams t ON t.team_id = f.away_team_id WHERE f.season = 2023 "
          "GROUP BY t.team_name ORDER BY SUM(f.away_goals) DESC LIMIT 1"),
         ("How many matches did Glenholm City win in 2024?",
          f"SELECT COUNT(*) FROM fixtures WHERE season = 2024 AND ((home_team_id = {GC} AND home_goals > away_goals) "
          f"OR (away_team_id = {GC} AND away_goals > home_goals))"),
         ("and how many did they lose?",
          f"SELECT COUNT(*) FROM fixtures WHERE season = 2024 AND ((home_team_id = {GC} AND home_goals < away_goals) "
          f"OR (away_team_id = {GC} AND away_goals < home_goals))"),
         ("what was the half-time score in their biggest win?", D)),
    conv("league-8",
         ("Which referees officiated in both the 2022 and the 2024 seasons?",
          "SELECT referee FROM fixtures WHERE season = 2022 INTERSECT SELECT referee FROM fixtures WHERE season = 2024"),
         ("how many matches did each referee take per season?",
          "SELECT season, referee, COUNT(*) FROM fixtures GROUP BY season, referee"),
         ("what rating did the assessors give each referee?", D)),
    conv("league-9",
         ("Which teams have a ground capacity above the average?", BIGCAP),
         ("of those, which were founded before 1910?", BIGCAP + " AND founded_year < 1910"),
         ("how many teams are in each division?", "SELECT division, COUNT(*) FROM teams GROUP BY division"),
         ("which division earns the most TV revenue?", D)),
    conv("league-10",
         ("How many goals were scored in the last 3 months of data?",
          f"SELECT SUM(home_goals + away_goals) FROM fixtures WHERE {L3}",
          [f"SELECT SUM(home_goals + away_goals) FROM fixtures WHERE {L3b}",
           f"SELECT SUM(home_goals + away_goals) FROM fixtures WHERE {L3m}"]),
         ("and the average attendance instead", f"SELECT AVG(attendance) FROM fixtures WHERE {L3}",
          [f"SELECT AVG(attendance) FROM fixtures WHERE {L3b}", f"SELECT AVG(attendance) FROM fixtures WHERE {L3m}"]),
         ("same but by month",
          f"SELECT strftime('%Y-%m', match_date) AS m, AVG(attendance) FROM fixtures WHERE {L3} GROUP BY m",
          [f"SELECT strftime('%Y-%m', match_date) AS m, AVG(attendance) FROM fixtures WHERE {L3b} GROUP BY m",
           f"SELECT strftime('%Y-%m', match_date) AS m, AVG(attendance) FROM fixtures WHERE {L3m} GROUP BY m"])),
    conv("league-11",
         ("Which team has the second highest ground capacity?",
          "SELECT team_name FROM teams ORDER BY ground_capacity DESC LIMIT 1 OFFSET 1"),
         ("What's the biggest attendance ever recorded, and who were the home and away teams?",
          "SELECT f.attendance, h.team_name, a.team_name FROM fixtures f JOIN teams h ON h.team_id = f.home_team_id "
          "JOIN teams a ON a.team_id = f.away_team_id ORDER BY f.attendance DESC LIMIT 1"),
         ("how many of those tickets were sold online?", D)),
    conv("league-12",
         ("Which forwards averaged more than half a goal per game in 2024?", f"SELECT p.full_name {FWD24}"),
         ("how many appearances did each of them make?", f"SELECT p.full_name, COUNT(*) {FWD24}"),
         ("and their total minutes", f"SELECT p.full_name, SUM(s.minutes_played) {FWD24}")),
]

# ------------------------------------------------------------------------------------------ museum
TS = "FROM ticketSales ts JOIN exhibitions e ON e.exhibitionId = ts.exhibitionId"
LY = "strftime('%Y', startDate)"
FEEY = f"SELECT {LY} AS yr, SUM(loanFee) AS fee FROM loans GROUP BY yr"
M3 = "saleDate > (SELECT date(MAX(saleDate), '-3 months') FROM ticketSales)"
M3b = "saleDate >= (SELECT date(MAX(saleDate), '-3 months') FROM ticketSales)"
M3m = "saleDate >= '2024-10-01'"
OLDV = ("FROM artworks WHERE yearCreated < 1900 AND insuranceValue > (SELECT AVG(insuranceValue) FROM artworks)")
CONS = "FROM loans l JOIN artworks a ON a.artworkId = l.artworkId WHERE l.conditionReport = 'needs conservation'"

MUSEUM = [
    conv("museum-1",
         ("How many artworks do we have in each medium?", "SELECT medium, COUNT(*) FROM artworks GROUP BY medium"),
         ("and the total insurance value by medium?", "SELECT medium, SUM(insuranceValue) FROM artworks GROUP BY medium"),
         ("which medium has the largest share of the total insurance value, and what share is it?",
          "SELECT medium, SUM(insuranceValue) * 1.0 / (SELECT SUM(insuranceValue) FROM artworks) AS sh FROM artworks "
          "GROUP BY medium ORDER BY sh DESC LIMIT 1",
          ["SELECT medium, SUM(insuranceValue) * 100.0 / (SELECT SUM(insuranceValue) FROM artworks) AS sh FROM artworks "
           "GROUP BY medium ORDER BY sh DESC LIMIT 1"]),
         ("What's the average insurance value of the works by Ines Okoro?",
          "SELECT AVG(insuranceValue) FROM artworks WHERE artistName = 'Ines Okoro'")),
    conv("museum-2",
         ("How many loans are still open, with no end date?", "SELECT COUNT(*) FROM loans WHERE endDate IS NULL"),
         ("split by incoming and outgoing",
          "SELECT loanDirection, COUNT(*) FROM loans WHERE endDate IS NULL GROUP BY loanDirection"),
         ("which two lenders have the most open loans?",
          "SELECT d.lenderName FROM loans l JOIN lenders d ON d.lenderId = l.lenderId WHERE l.endDate IS NULL "
          "GROUP BY d.lenderName ORDER BY COUNT(*) DESC LIMIT 2"),
         ("when will those loans be returned?", D)),
    conv("museum-3",
         ("Total loan fees by the year the loan started", FEEY),
         ("and the year-over-year change?",
          f"SELECT yr, fee - LAG(fee) OVER (ORDER BY yr) FROM ({FEEY})",
          [f"SELECT yr, chg FROM (SELECT yr, fee - LAG(fee) OVER (ORDER BY yr) AS chg FROM ({FEEY})) WHERE chg IS NOT NULL"]),
         ("How many loans have no fee recorded?", "SELECT COUNT(*) FROM loans WHERE loanFee IS NULL"),
         ("Excluding private collectors, which type of lender charges the highest average fee?",
          "SELECT d.lenderType FROM loans l JOIN lenders d ON d.lenderId = l.lenderId "
          "WHERE d.lenderType <> 'Private collector' GROUP BY d.lenderType ORDER BY AVG(l.loanFee) DESC LIMIT 1")),
    conv("museum-4",
         ("Total ticket revenue per exhibition", f"SELECT e.exhibitionTitle, SUM(ts.amountPaid) {TS} GROUP BY e.exhibitionTitle"),
         ("and per visitor?", f"SELECT e.exhibitionTitle, SUM(ts.amountPaid) * 1.0 / SUM(ts.quantity) {TS} "
                              "GROUP BY e.exhibitionTitle"),
         ("Rank the exhibitions by number of visitors, highest first",
          f"SELECT e.exhibitionTitle, SUM(ts.quantity) AS v {TS} GROUP BY e.exhibitionTitle ORDER BY v DESC"),
         ("which one had the second highest?",
          f"SELECT e.exhibitionTitle {TS} GROUP BY e.exhibitionTitle ORDER BY SUM(ts.quantity) DESC LIMIT 1 OFFSET 1"),
         ("What share of all visitors were members?",
          "SELECT SUM(CASE WHEN ticketType = 'Member' THEN quantity ELSE 0 END) * 1.0 / SUM(quantity) FROM ticketSales",
          ["SELECT SUM(CASE WHEN ticketType = 'Member' THEN quantity ELSE 0 END) * 100.0 / SUM(quantity) FROM ticketSales"])),
    conv("museum-5",
         ("How many artworks have been both lent or borrowed and shown in one of our exhibitions?",
          "SELECT COUNT(*) FROM (SELECT artworkId FROM loans INTERSECT SELECT artworkId FROM exhibitionItems)"),
         ("and how many have never been in either?",
          "SELECT COUNT(*) FROM artworks WHERE artworkId NOT IN (SELECT artworkId FROM loans) "
          "AND artworkId NOT IN (SELECT artworkId FROM exhibitionItems)"),
         ("which of those are on sale in the gift shop as prints?", D)),
    conv("museum-6",
         ("How many exhibitions has each curator run?", "SELECT curatorName, COUNT(*) FROM exhibitions GROUP BY curatorName"),
         ("and their total budget", "SELECT curatorName, SUM(budget) FROM exhibitions GROUP BY curatorName"),
         ("Budget per visitor for each exhibition",
          f"SELECT e.exhibitionTitle, e.budget * 1.0 / SUM(ts.quantity) {TS} GROUP BY e.exhibitionId"),
         ("What is Lucia Ferro's salary?", D),
         ("which gallery has the best lighting for photographs?", D)),
    conv("museum-7",
         ("How many tickets did we sell of each type in 2023?",
          "SELECT ticketType, SUM(quantity) FROM ticketSales WHERE saleDate LIKE '2023%' GROUP BY ticketType"),
         ("same for 2024", "SELECT ticketType, SUM(quantity) FROM ticketSales WHERE saleDate LIKE '2024%' GROUP BY ticketType"),
         ("and revenue instead",
          "SELECT ticketType, SUM(amountPaid) FROM ticketSales WHERE saleDate LIKE '2024%' GROUP BY ticketType"),
         ("drop the year filter", "SELECT ticketType, SUM(amountPaid) FROM ticketSales GROUP BY ticketType")),
    conv("museum-8",
         ("How much ticket revenue came in over the last 3 months of data?",
          f"SELECT SUM(amountPaid) FROM ticketSales WHERE {M3}",
          [f"SELECT SUM(amountPaid) FROM ticketSales WHERE {M3b}", f"SELECT SUM(amountPaid) FROM ticketSales WHERE {M3m}"]),
         ("by exhibition", f"SELECT e.exhibitionTitle, SUM(ts.amountPaid) {TS} WHERE {M3} GROUP BY e.exhibitionTitle",
          [f"SELECT e.exhibitionTitle, SUM(ts.amountPaid) {TS} WHERE {M3b} GROUP BY e.exhibitionTitle",
           f"SELECT e.exhibitionTitle, SUM(ts.amountPaid) {TS} WHERE {M3m} GROUP BY e.exhibitionTitle"]),
         ("how many of those visitors came back a second time?", D)),
    conv("museum-9",
         ("How many lenders are there in each country?", "SELECT country, COUNT(*) FROM lenders GROUP BY country"),
         ("which countries have a lender that is a museum?",
          "SELECT DISTINCT country FROM lenders WHERE lenderType = 'Museum'"),
         ("how many loans per lender type?",
          "SELECT d.lenderType, COUNT(*) FROM loans l JOIN lenders d ON d.lenderId = l.lenderId GROUP BY d.lenderType"),
         ("what reliability score has our registrar given each lender type?", D)),
    conv("museum-10",
         ("How many loans have no condition report?", "SELECT COUNT(*) FROM loans WHERE conditionReport IS NULL"),
         ("List the titles of artworks whose loan condition report says they need conservation, by title",
          f"SELECT a.title {CONS} ORDER BY a.title"),
         ("what's their total insurance value?", f"SELECT SUM(a.insuranceValue) {CONS}")),
    conv("museum-11",
         ("Which artworks were made before 1900 and are insured above the average insurance value?",
          f"SELECT title {OLDV}"),
         ("how many distinct artists made them?", f"SELECT COUNT(DISTINCT artistName) {OLDV}"),
         ("What's the oldest work by Oskar Lind?",
          "SELECT title FROM artworks WHERE artistName = 'Oskar Lind' ORDER BY yearCreated LIMIT 1"),
         ("how much did we pay for it when we acquired it?", D)),
    conv("museum-12",
         ("Which artworks have no acquired year recorded? List the titles and artists",
          "SELECT title, artistName FROM artworks WHERE acquiredYear IS NULL"),
         ("how many of them per artist?",
          "SELECT artistName, COUNT(*) FROM artworks WHERE acquiredYear IS NULL GROUP BY artistName"),
         ("Which artist has the most works in our collection? Break ties by name.",
          "SELECT artistName FROM (SELECT artistName FROM artworks GROUP BY artistName "
          "ORDER BY COUNT(*) DESC, artistName LIMIT 1)")),
]

# ------------------------------------------------------------------------------------------ mealkit
SP = "FROM Subscribers s JOIN Plans p ON p.PlanId = s.PlanId"
SU = "strftime('%Y', SignupDate)"
SUY = f"SELECT {SU} AS yr, COUNT(*) AS n FROM Subscribers GROUP BY yr"
BR = "FROM BoxRecipes br JOIN Recipes r ON r.RecipeId = br.RecipeId"
TOP5R = f"SELECT r.RecipeName, COUNT(*) AS n {BR} GROUP BY r.RecipeId ORDER BY n DESC LIMIT 5"
BS = "FROM Boxes b JOIN Subscribers s ON s.SubscriberId = b.SubscriberId"
K3 = "DeliveryDate > (SELECT date(MAX(DeliveryDate), '-3 months') FROM Boxes)"
DLV = f"FROM Boxes WHERE Status = 'delivered' AND {K3}"
# Fixed after the blind run (provably wrong reference): date('2024-12-31', '-3 months') is '2024-10-01' in SQLite,
# so `>` dropped 1 October from the last three months; `>=` (1 Oct - 31 Dec) is accepted too.
DLVb = DLV.replace("DeliveryDate >", "DeliveryDate >=")
RR = "FROM Ratings ra JOIN Recipes r ON r.RecipeId = ra.RecipeId"
QUICK = "SELECT RecipeId FROM Recipes WHERE PrepMinutes < 30 AND Calories < 650"

MEALKIT = [
    conv("mealkit-1",
         ("How many active subscribers do we have, meaning no cancel date?",
          "SELECT COUNT(*) FROM Subscribers WHERE CancelDate IS NULL"),
         ("by plan", f"SELECT p.PlanName, COUNT(*) {SP} WHERE s.CancelDate IS NULL GROUP BY p.PlanName"),
         ("and the churn rate per plan, i.e. the share of its subscribers who cancelled?",
          f"SELECT p.PlanName, AVG(s.CancelDate IS NOT NULL) {SP} GROUP BY p.PlanName",
          [f"SELECT p.PlanName, AVG(s.CancelDate IS NOT NULL) * 100.0 {SP} GROUP BY p.PlanName"]),
         ("which plan churns the most?",
          f"SELECT p.PlanName {SP} GROUP BY p.PlanName ORDER BY AVG(s.CancelDate IS NOT NULL) DESC LIMIT 1")),
    conv("mealkit-2",
         ("How many people signed up each year?", SUY),
         ("year-over-year growth in signups, in percent",
          f"SELECT yr, (n - LAG(n) OVER (ORDER BY yr)) * 100.0 / LAG(n) OVER (ORDER BY yr) FROM ({SUY})",
          [f"SELECT yr, g FROM (SELECT yr, (n - LAG(n) OVER (ORDER BY yr)) * 100.0 / LAG(n) OVER (ORDER BY yr) AS g "
           f"FROM ({SUY})) WHERE g IS NOT NULL"]),
         ("same but by month for 2024",
          "SELECT strftime('%m', SignupDate) AS m, COUNT(*) FROM Subscribers WHERE SignupDate LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', SignupDate) AS m, COUNT(*) FROM Subscribers WHERE SignupDate LIKE '2024%' GROUP BY m"])),
    conv("mealkit-3",
         ("What are the 5 recipes we've sent out most often?", TOP5R),
         ("and their average star rating?",
          f"SELECT t.RecipeName, AVG(ra.Stars) FROM ({TOP5R}) t JOIN Recipes r ON r.RecipeName = t.RecipeName "
          "JOIN Ratings ra ON ra.RecipeId = r.RecipeId GROUP BY t.RecipeName"),
         ("Which vegan recipe has the best average rating? Ties broken by name.",
          f"SELECT r.RecipeName {RR} WHERE r.IsVegan = 1 GROUP BY r.RecipeId ORDER BY AVG(ra.Stars) DESC, r.RecipeName LIMIT 1"),
         ("which recipes cause the most allergic reactions?", D)),
    conv("mealkit-4",
         ("What was total box revenue in 2024 net of discounts?",
          "SELECT SUM(BoxTotal - DiscountAmount) FROM Boxes WHERE DeliveryDate LIKE '2024%'"),
         ("by month", "SELECT strftime('%m', DeliveryDate) AS m, SUM(BoxTotal - DiscountAmount) FROM Boxes "
                      "WHERE DeliveryDate LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', DeliveryDate) AS m, SUM(BoxTotal - DiscountAmount) FROM Boxes "
           "WHERE DeliveryDate LIKE '2024%' GROUP BY m"]),
         ("which city brought in the most?",
          f"SELECT s.City {BS} WHERE b.DeliveryDate LIKE '2024%' GROUP BY s.City "
          "ORDER BY SUM(b.BoxTotal - b.DiscountAmount) DESC LIMIT 1"),
         ("net revenue per subscriber for each city in 2024",
          f"SELECT s.City, SUM(b.BoxTotal - b.DiscountAmount) * 1.0 / COUNT(DISTINCT b.SubscriberId) {BS} "
          "WHERE b.DeliveryDate LIKE '2024%' GROUP BY s.City")),
    conv("mealkit-5",
         ("What fraction of boxes were skipped?", "SELECT AVG(Status = 'skipped') FROM Boxes",
          ["SELECT AVG(Status = 'skipped') * 100.0 FROM Boxes"]),
         ("and failed?", "SELECT AVG(Status = 'failed') FROM Boxes", ["SELECT AVG(Status = 'failed') * 100.0 FROM Boxes"]),
         ("failure rate by city", f"SELECT s.City, AVG(b.Status = 'failed') {BS} GROUP BY s.City",
          [f"SELECT s.City, AVG(b.Status = 'failed') * 100.0 {BS} GROUP BY s.City"]),
         ("which courier was behind the failed deliveries?", D)),
    conv("mealkit-6",
         ("How many subscribers came through each referral source?",
          "SELECT ReferralSource, COUNT(*) FROM Subscribers GROUP BY ReferralSource",
          ["SELECT ReferralSource, COUNT(*) FROM Subscribers WHERE ReferralSource IS NOT NULL GROUP BY ReferralSource"]),
         ("only where the referral source is missing: how many of those have cancelled?",
          "SELECT COUNT(*) FROM Subscribers WHERE ReferralSource IS NULL AND CancelDate IS NOT NULL"),
         ("Leaving out the ones with no source, which referral source has the lowest cancellation rate?",
          "SELECT ReferralSource FROM Subscribers WHERE ReferralSource IS NOT NULL GROUP BY ReferralSource "
          "ORDER BY AVG(CancelDate IS NOT NULL) LIMIT 1"),
         ("how much did we spend on the Instagram referral campaign?", D)),
    conv("mealkit-7",
         ("Average stars per cuisine", f"SELECT r.Cuisine, AVG(ra.Stars) {RR} GROUP BY r.Cuisine"),
         ("how many distinct subscribers have left a rating?", "SELECT COUNT(DISTINCT SubscriberId) FROM Ratings"),
         ("which cuisines are rated above the overall average?",
          f"SELECT r.Cuisine {RR} GROUP BY r.Cuisine HAVING AVG(ra.Stars) > (SELECT AVG(Stars) FROM Ratings)"),
         ("what did people write in their reviews of the Fish Pie?", D)),
    conv("mealkit-8",
         ("How many boxes were delivered in the last 3 months of data?", f"SELECT COUNT(*) {DLV}",
          [f"SELECT COUNT(*) {DLVb}"]),
         ("and how many distinct subscribers got them?", f"SELECT COUNT(DISTINCT SubscriberId) {DLV}",
          [f"SELECT COUNT(DISTINCT SubscriberId) {DLVb}"]),
         ("same but by month",
          f"SELECT strftime('%Y-%m', DeliveryDate) AS m, COUNT(DISTINCT SubscriberId) {DLV} GROUP BY m",
          [f"SELECT strftime('%Y-%m', DeliveryDate) AS m, COUNT(DISTINCT SubscriberId) {DLVb} GROUP BY m"])),
    conv("mealkit-9",
         ("What does each plan cost per week?", "SELECT PlanName, MealsPerWeek * Servings * PricePerServing FROM Plans"),
         ("which one is cheapest per serving?", "SELECT PlanName FROM Plans ORDER BY PricePerServing LIMIT 1"),
         ("Which subscribers in Exeter are on Family Plus? First and last names",
          f"SELECT s.FirstName, s.LastName {SP} WHERE s.City = 'Exeter' AND p.PlanName = 'Family Plus'"),
         ("which plan will be the most popular next year?", D)),
    conv("mealkit-10",
         ("Which recipes take under 30 minutes to prepare and have fewer than 650 calories?",
          "SELECT RecipeName FROM Recipes WHERE PrepMinutes < 30 AND Calories < 650"),
         ("How many boxes in 2024 contained at least one of them?",
          f"SELECT COUNT(DISTINCT br.BoxId) FROM BoxRecipes br JOIN Boxes b ON b.BoxId = br.BoxId "
          f"WHERE b.DeliveryDate LIKE '2024%' AND br.RecipeId IN ({QUICK})"),
         ("and what share of all 2024 boxes with recipes is that?",
          f"SELECT COUNT(DISTINCT CASE WHEN br.RecipeId IN ({QUICK}) THEN br.BoxId END) * 1.0 / COUNT(DISTINCT br.BoxId) "
          "FROM BoxRecipes br JOIN Boxes b ON b.BoxId = br.BoxId WHERE b.DeliveryDate LIKE '2024%'",
          [f"SELECT COUNT(DISTINCT CASE WHEN br.RecipeId IN ({QUICK}) THEN br.BoxId END) * 100.0 / COUNT(DISTINCT br.BoxId) "
           "FROM BoxRecipes br JOIN Boxes b ON b.BoxId = br.BoxId WHERE b.DeliveryDate LIKE '2024%'"])),
    conv("mealkit-11",
         ("Who are our longest-standing active subscribers? Top 3 by signup date, with their city",
          "SELECT FirstName, LastName, City, SignupDate FROM Subscribers WHERE CancelDate IS NULL "
          "ORDER BY SignupDate LIMIT 3"),
         ("how many boxes has each of them received?",
          "SELECT s.FirstName, s.LastName, COUNT(*) FROM Boxes b JOIN (SELECT SubscriberId, FirstName, LastName "
          "FROM Subscribers WHERE CancelDate IS NULL ORDER BY SignupDate LIMIT 3) s ON s.SubscriberId = b.SubscriberId "
          "WHERE b.Status = 'delivered' GROUP BY s.SubscriberId",
          ["SELECT s.FirstName, s.LastName, COUNT(*) FROM Boxes b JOIN (SELECT SubscriberId, FirstName, LastName "
           "FROM Subscribers WHERE CancelDate IS NULL ORDER BY SignupDate LIMIT 3) s ON s.SubscriberId = b.SubscriberId "
           "GROUP BY s.SubscriberId"]),
         ("what are their email addresses?", D)),
]

SETS = {"league": LEAGUE, "museum": MUSEUM, "mealkit": MEALKIT}
