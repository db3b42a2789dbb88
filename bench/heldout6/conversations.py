"""The sixth set of held-out conversations, written as an analyst would ask them, before the engine
was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def pct_or_frac(num: str, den: str, frm: str) -> tuple[str, list[str]]:
    """A share asked for as a percentage: the reference in percent, a fraction also accepted."""
    return (f"SELECT 100.0 * ({num}) / ({den}) {frm}", [f"SELECT 1.0 * ({num}) / ({den}) {frm}"])


# ------------------------------------------------------------------------------------------ insurance
CY = "strftime('%Y', claim_date)"
CQ = "((CAST(strftime('%m', claim_date) AS INTEGER) + 2) / 3)"
PA = "FROM policies p JOIN agents a ON a.agent_id = p.agent_id"
BIG = "SELECT claim_id FROM claims WHERE amount_claimed > 40000"
BIGP = "SELECT claim_id FROM claims WHERE amount_paid > 40000"
LAST_BIG = f"SELECT claim_id FROM claims WHERE claim_id IN ({BIG}) ORDER BY claim_date DESC LIMIT 1"
LAST_BIGP = f"SELECT claim_id FROM claims WHERE claim_id IN ({BIGP}) ORDER BY claim_date DESC LIMIT 1"
TOPAG = (f"SELECT a.agent_id, a.first_name, a.last_name, COUNT(*) AS n, SUM(p.annual_premium) AS prem {PA} "
         "GROUP BY a.agent_id ORDER BY prem DESC LIMIT 3")
MOSTPOL = f"SELECT a.agent_id {PA} GROUP BY a.agent_id ORDER BY COUNT(*) DESC LIMIT 1"
LR = ("SELECT p.product_line, (SELECT SUM(c.amount_paid) FROM claims c JOIN policies q ON q.policy_no = c.policy_no "
      "WHERE q.product_line = p.product_line) / SUM(p.annual_premium) AS loss_ratio FROM policies p GROUP BY p.product_line")
MAXPAID = "SELECT claim_id FROM claims ORDER BY amount_paid DESC LIMIT 1"

INSURANCE = [
    conv("ins-1",
         ("How many active policies do we have right now?", "SELECT COUNT(*) FROM policies WHERE status = 'active'"),
         ("split that by product line please",
          "SELECT product_line, COUNT(*) FROM policies WHERE status = 'active' GROUP BY product_line"),
         ("what percentage of them are home policies?",
          *pct_or_frac("SUM(product_line = 'Home')", "COUNT(*)", "FROM policies WHERE status = 'active'")),
         ("and the average annual premium of the active auto ones?",
          "SELECT AVG(annual_premium) FROM policies WHERE status = 'active' AND product_line = 'Auto'"),
         ("how many of those customers also have a pension with us?", D)),
    conv("ins-2",
         ("Total claims paid out per year", f"SELECT {CY} AS yr, SUM(amount_paid) FROM claims GROUP BY yr"),
         ("and per quarter in 2024?",
          f"SELECT {CQ} AS q, SUM(amount_paid) FROM claims WHERE claim_date LIKE '2024%' GROUP BY q",
          [f"SELECT 'Q' || {CQ} AS q, SUM(amount_paid) FROM claims WHERE claim_date LIKE '2024%' GROUP BY q",
           f"SELECT '2024-Q' || {CQ} AS q, SUM(amount_paid) FROM claims WHERE claim_date LIKE '2024%' GROUP BY q"]),
         ("which quarter had the highest?",
          f"SELECT {CQ} AS q FROM claims WHERE claim_date LIKE '2024%' GROUP BY q ORDER BY SUM(amount_paid) DESC LIMIT 1",
          [f"SELECT 'Q' || {CQ} AS q FROM claims WHERE claim_date LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(amount_paid) DESC LIMIT 1",
           f"SELECT '2024-Q' || {CQ} AS q FROM claims WHERE claim_date LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(amount_paid) DESC LIMIT 1"]),
         ("How much did total payouts change from 2023 to 2024?",
          "SELECT SUM(CASE WHEN claim_date LIKE '2024%' THEN amount_paid ELSE 0 END) - "
          "SUM(CASE WHEN claim_date LIKE '2023%' THEN amount_paid ELSE 0 END) FROM claims"),
         ("and in percent?",
          "SELECT 100.0 * (SUM(CASE WHEN claim_date LIKE '2024%' THEN amount_paid ELSE 0 END) - "
          "SUM(CASE WHEN claim_date LIKE '2023%' THEN amount_paid ELSE 0 END)) / "
          "SUM(CASE WHEN claim_date LIKE '2023%' THEN amount_paid ELSE 0 END) FROM claims")),
    conv("ins-3",
         ("Which agent has sold the most policies?",
          f"SELECT a.first_name, a.last_name {PA} GROUP BY a.agent_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when did they join?", f"SELECT hired_on FROM agents WHERE agent_id IN ({MOSTPOL})"),
         ("what's their home address?", D),
         ("How many people hold a life policy?",
          "SELECT COUNT(DISTINCT holder_id) FROM policies WHERE product_line = 'Life'")),
    conv("ins-4",
         ("List the claims of more than 40,000",
          f"SELECT * FROM claims WHERE claim_id IN ({BIG})", [f"SELECT * FROM claims WHERE claim_id IN ({BIGP})"]),
         ("which of them was filed most recently?", f"SELECT claim_id, claim_date FROM claims WHERE claim_id IN ({LAST_BIG})",
          [f"SELECT claim_id, claim_date FROM claims WHERE claim_id IN ({LAST_BIGP})"]),
         ("give me every detail for that claim", f"SELECT * FROM claims WHERE claim_id IN ({LAST_BIG})",
          [f"SELECT * FROM claims WHERE claim_id IN ({LAST_BIGP})"]),
         ("who is the policyholder?",
          "SELECT h.full_name FROM claims c JOIN policies p ON p.policy_no = c.policy_no JOIN policyholders h "
          f"ON h.holder_id = p.holder_id WHERE c.claim_id IN ({LAST_BIG})",
          ["SELECT h.full_name FROM claims c JOIN policies p ON p.policy_no = c.policy_no JOIN policyholders h "
           f"ON h.holder_id = p.holder_id WHERE c.claim_id IN ({LAST_BIGP})"])),
    conv("ins-5",
         ("What's the average annual premium for each product line?",
          "SELECT product_line, AVG(annual_premium) FROM policies GROUP BY product_line"),
         ("How many auto policies cost more than the auto average?",
          "SELECT COUNT(*) FROM policies WHERE product_line = 'Auto' AND annual_premium > "
          "(SELECT AVG(annual_premium) FROM policies WHERE product_line = 'Auto')"),
         ("What's the loss ratio per product line, i.e. claims paid divided by premiums?", LR),
         ("which line has the worst one?", f"SELECT product_line FROM ({LR}) ORDER BY loss_ratio DESC LIMIT 1")),
    conv("ins-6",
         ("When was the very first claim filed?", "SELECT MIN(claim_date) FROM claims"),
         ("and the last theft claim?", "SELECT MAX(claim_date) FROM claims WHERE claim_type = 'Theft'"),
         ("How many water damage claims have we had?",
          "SELECT COUNT(*) FROM claims WHERE claim_type LIKE 'Water Damage%'"),
         ("do the same for fire and burglary",
          "SELECT claim_type, COUNT(*) FROM claims WHERE claim_type IN ('Fire', 'Burglary') GROUP BY claim_type"),
         ("How many claims should we expect next year?", D)),
    conv("ins-7",
         ("For each agent show the number of policies and the total premium, top 3 by premium", TOPAG),
         ("which of them has been with us the longest?",
          f"SELECT first_name, last_name FROM agents WHERE agent_id IN (SELECT agent_id FROM ({TOPAG})) "
          "ORDER BY hired_on LIMIT 1"),
         ("what branch is that agent in?",
          f"SELECT branch FROM agents WHERE agent_id IN (SELECT agent_id FROM ({TOPAG})) ORDER BY hired_on LIMIT 1"),
         ("What share of total premium does each branch bring in?",
          f"SELECT a.branch, 100.0 * SUM(p.annual_premium) / (SELECT SUM(annual_premium) FROM policies) {PA} "
          "GROUP BY a.branch",
          [f"SELECT a.branch, SUM(p.annual_premium) / (SELECT SUM(annual_premium) FROM policies) {PA} "
           "GROUP BY a.branch"])),
    conv("ins-8",
         ("What's the biggest payout we've ever made on a claim?", "SELECT MAX(amount_paid) FROM claims"),
         ("when was that?", f"SELECT claim_date FROM claims WHERE claim_id IN ({MAXPAID})"),
         ("which agent sold that policy?",
          "SELECT a.first_name, a.last_name FROM claims c JOIN policies p ON p.policy_no = c.policy_no "
          f"JOIN agents a ON a.agent_id = p.agent_id WHERE c.claim_id IN ({MAXPAID})"),
         ("why was it so high?", D)),
    conv("ins-9",
         ("How many policies started in 2023 with a premium under 500?",
          "SELECT COUNT(*) FROM policies WHERE start_date LIKE '2023%' AND annual_premium < 500"),
         ("List the policyholders from Galway born before 1960",
          "SELECT full_name, birth_date FROM policyholders WHERE city = 'Galway' AND birth_date < '1960-01-01'"),
         ("what are their credit scores?", D),
         ("How many claims were rejected in the second half of 2024?",
          "SELECT COUNT(*) FROM claims WHERE claim_status = 'rejected' AND claim_date >= '2024-07-01' "
          "AND claim_date <= '2024-12-31'")),
    conv("ins-10",
         ("Number of claims by month in 2024",
          "SELECT strftime('%m', claim_date) AS m, COUNT(*) FROM claims WHERE claim_date LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', claim_date) AS m, COUNT(*) FROM claims WHERE claim_date LIKE '2024%' GROUP BY m"]),
         ("which month had the most?",
          "SELECT strftime('%m', claim_date) AS m FROM claims WHERE claim_date LIKE '2024%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', claim_date) AS m FROM claims WHERE claim_date LIKE '2024%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("What's the average time it takes to settle a claim?", D),
         ("How much commission did Hamid earn last year?", D),
         ("What percent of all claims were rejected?",
          *pct_or_frac("SUM(claim_status = 'rejected')", "COUNT(*)", "FROM claims"))),
]

# ------------------------------------------------------------------------------------------ elearning
EY = "strftime('%Y', EnrollDt)"
EC = "FROM Enrollments e JOIN Courses c ON c.CourseId = e.CourseId"
TOPI = ("SELECT i.InstrId, i.InstrName, COUNT(DISTINCT c.CourseId) AS courses, COUNT(e.EnrollId) AS enrollments, "
        "SUM(e.PaidAmt) AS revenue FROM Instructors i JOIN Courses c ON c.InstrId = i.InstrId "
        "JOIN Enrollments e ON e.CourseId = c.CourseId GROUP BY i.InstrId ORDER BY revenue DESC LIMIT 5")
NEWI = f"SELECT InstrId FROM Instructors WHERE InstrId IN (SELECT InstrId FROM ({TOPI})) ORDER BY JoinDt DESC LIMIT 1"
LONG = "SELECT CourseId FROM Courses WHERE DurationHrs > 15"

ELEARNING = [
    conv("el-1",
         ("How many courses do we offer in each category?", "SELECT Category, COUNT(*) FROM Courses GROUP BY Category"),
         ("what's the average price per category?", "SELECT Category, AVG(PriceUsd) FROM Courses GROUP BY Category"),
         ("which categories are pricier than the average course?",
          "SELECT Category FROM Courses GROUP BY Category HAVING AVG(PriceUsd) > (SELECT AVG(PriceUsd) FROM Courses)")),
    conv("el-2",
         ("Enrollments per year", f"SELECT {EY} AS yr, COUNT(*) FROM Enrollments GROUP BY yr"),
         ("break 2024 down by month",
          "SELECT strftime('%m', EnrollDt) AS m, COUNT(*) FROM Enrollments WHERE EnrollDt LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', EnrollDt) AS m, COUNT(*) FROM Enrollments WHERE EnrollDt LIKE '2024%' GROUP BY m"]),
         ("which month had the highest?",
          "SELECT strftime('%m', EnrollDt) AS m FROM Enrollments WHERE EnrollDt LIKE '2024%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', EnrollDt) AS m FROM Enrollments WHERE EnrollDt LIKE '2024%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("By what percentage did enrollments grow from 2023 to 2024?",
          "SELECT 100.0 * (SUM(EnrollDt LIKE '2024%') - SUM(EnrollDt LIKE '2023%')) / SUM(EnrollDt LIKE '2023%') "
          "FROM Enrollments")),
    conv("el-3",
         ("How many learners are enrolled in the Python courses?",
          f"SELECT COUNT(DISTINCT e.LearnerId) {EC} WHERE c.CourseTitle LIKE '%Python%'",
          [f"SELECT COUNT(*) {EC} WHERE c.CourseTitle LIKE '%Python%'"]),
         ("and in the Spanish ones?", f"SELECT COUNT(DISTINCT e.LearnerId) {EC} WHERE c.CourseTitle LIKE '%Spanish%'",
          [f"SELECT COUNT(*) {EC} WHERE c.CourseTitle LIKE '%Spanish%'"]),
         ("Who teaches the Spanish courses?",
          "SELECT DISTINCT i.InstrName FROM Courses c JOIN Instructors i ON i.InstrId = c.InstrId "
          "WHERE c.CourseTitle LIKE '%Spanish%'")),
    conv("el-4",
         ("What's our most expensive course?", "SELECT CourseTitle FROM Courses ORDER BY PriceUsd DESC LIMIT 1"),
         ("who teaches it?",
          "SELECT i.InstrName FROM Courses c JOIN Instructors i ON i.InstrId = c.InstrId ORDER BY c.PriceUsd DESC LIMIT 1"),
         ("what other courses does she teach?",
          "SELECT CourseTitle FROM Courses WHERE InstrId = (SELECT InstrId FROM Courses ORDER BY PriceUsd DESC LIMIT 1) "
          "AND CourseId <> (SELECT CourseId FROM Courses ORDER BY PriceUsd DESC LIMIT 1)",
          ["SELECT CourseTitle FROM Courses WHERE InstrId = (SELECT InstrId FROM Courses ORDER BY PriceUsd DESC LIMIT 1)"]),
         ("what's her average review rating?", D)),
    conv("el-5",
         ("What's the average completion percentage per course category?",
          f"SELECT c.Category, AVG(e.PctComplete) {EC} GROUP BY c.Category"),
         ("how many enrollments were completed in 2024?",
          "SELECT COUNT(*) FROM Enrollments WHERE CompletedDt LIKE '2024%'"),
         ("what share of all enrollments is that?",
          *pct_or_frac("SUM(CompletedDt LIKE '2024%')", "COUNT(*)", "FROM Enrollments")),
         ("Why do learners drop out of courses?", D)),
    conv("el-6",
         ("When did the first learner sign up?", "SELECT MIN(SignupDt) FROM Learners"),
         ("and when was the most recent lesson completed?", "SELECT MAX(ComplDt) FROM LessonCompletions"),
         ("Who was the last learner to join from Nigeria?",
          "SELECT FullName FROM Learners WHERE Country = 'Nigeria' ORDER BY SignupDt DESC LIMIT 1"),
         ("which device do they usually study on?", D)),
    conv("el-7",
         ("Show each instructor's number of courses, enrollments and total revenue, top 5 by revenue",
          TOPI.replace("SELECT i.InstrId, ", "SELECT ", 1)),
         ("of those, who joined most recently?", f"SELECT InstrName FROM Instructors WHERE InstrId IN ({NEWI})"),
         ("which country is that instructor from?", f"SELECT Country FROM Instructors WHERE InstrId IN ({NEWI})")),
    conv("el-8",
         ("What's the revenue per enrollment for each plan type?",
          "SELECT l.PlanType, SUM(e.PaidAmt) / COUNT(*) FROM Enrollments e JOIN Learners l ON l.LearnerId = e.LearnerId "
          "GROUP BY l.PlanType"),
         ("How many minutes do learners spend on a lesson on average?",
          "SELECT AVG(MinutesSpent) FROM LessonCompletions"),
         ("and how many hours of lessons were completed in 2024 in total?",
          "SELECT SUM(MinutesSpent) / 60.0 FROM LessonCompletions WHERE ComplDt LIKE '2024%'"),
         ("How many learners on the Team plan are in Germany?",
          "SELECT COUNT(*) FROM Learners WHERE PlanType = 'Team' AND Country = 'Germany'"),
         ("which companies do they work for?", D)),
    conv("el-9",
         ("How many people signed up in 2024?", "SELECT COUNT(*) FROM Learners WHERE SignupDt LIKE '2024%'"),
         ("which countries do they come from?",
          "SELECT Country, COUNT(*) FROM Learners WHERE SignupDt LIKE '2024%' GROUP BY Country"),
         ("What's the average age of our learners?", D),
         ("Which courses will be most popular next quarter?", D)),
    conv("el-10",
         ("Which courses run longer than 15 hours?", "SELECT CourseTitle FROM Courses WHERE DurationHrs > 15"),
         ("which of them has the most lessons?",
          f"SELECT CourseTitle FROM Courses WHERE CourseId IN ({LONG}) ORDER BY LessonCnt DESC LIMIT 1"),
         ("Show every detail for Intro to SQL", "SELECT * FROM Courses WHERE CourseTitle = 'Intro to SQL'"),
         ("what's its refund rate?", D)),
]

# ------------------------------------------------------------------------------------------ charity
DQ = "((CAST(strftime('%m', donationDate) AS INTEGER) + 2) / 3)"
DCJ = "FROM donations d JOIN campaigns c ON c.campaignId = d.campaignId"
FLOOD = "SELECT campaignId FROM campaigns WHERE campaignName LIKE '%Flood Relief%'"
BIGF = f"SELECT donationId FROM donations WHERE campaignId IN ({FLOOD}) ORDER BY amount DESC LIMIT 1"
DDJ = "FROM donations x JOIN donors d ON d.donorId = x.donorId"
TOPC = (f"SELECT d.city, SUM(x.amount) AS total, COUNT(*) AS n, AVG(x.amount) AS avg_gift {DDJ} "
        "GROUP BY d.city ORDER BY total DESC LIMIT 5")
CPH = "SELECT eventName, eventCost * 1.0 / attendees AS cost_per_head FROM events"

CHARITY = [
    conv("ch-1",
         ("How much did each campaign raise in total?", f"SELECT c.campaignName, SUM(d.amount) {DCJ} GROUP BY c.campaignId"),
         ("which of them beat their goal?",
          f"SELECT c.campaignName {DCJ} GROUP BY c.campaignId HAVING SUM(d.amount) > c.goalAmount"),
         ("what percentage of its goal did Clean Water Wells reach?",
          f"SELECT 100.0 * SUM(d.amount) / c.goalAmount {DCJ} WHERE c.campaignName = 'Clean Water Wells'",
          [f"SELECT SUM(d.amount) / c.goalAmount {DCJ} WHERE c.campaignName = 'Clean Water Wells'"]),
         ("Why did Giving Tuesday 2023 miss its target?", D)),
    conv("ch-2",
         ("Donations by quarter in 2024",
          f"SELECT {DQ} AS q, SUM(amount) FROM donations WHERE donationDate LIKE '2024%' GROUP BY q",
          [f"SELECT {DQ} AS q, COUNT(*) FROM donations WHERE donationDate LIKE '2024%' GROUP BY q",
           f"SELECT 'Q' || {DQ} AS q, SUM(amount) FROM donations WHERE donationDate LIKE '2024%' GROUP BY q",
           f"SELECT '2024-Q' || {DQ} AS q, SUM(amount) FROM donations WHERE donationDate LIKE '2024%' GROUP BY q",
           f"SELECT '2024-Q' || {DQ} AS q, COUNT(*) FROM donations WHERE donationDate LIKE '2024%' GROUP BY q"]),
         ("which quarter brought in the most money?",
          f"SELECT {DQ} AS q FROM donations WHERE donationDate LIKE '2024%' GROUP BY q ORDER BY SUM(amount) DESC LIMIT 1",
          [f"SELECT 'Q' || {DQ} AS q FROM donations WHERE donationDate LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(amount) DESC LIMIT 1",
           f"SELECT '2024-Q' || {DQ} AS q FROM donations WHERE donationDate LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(amount) DESC LIMIT 1"]),
         ("how much more did we raise in 2024 than in 2023?",
          "SELECT SUM(CASE WHEN donationDate LIKE '2024%' THEN amount ELSE 0 END) - "
          "SUM(CASE WHEN donationDate LIKE '2023%' THEN amount ELSE 0 END) FROM donations")),
    conv("ch-3",
         ("How much did the Winter Appeal raise?",
          f"SELECT c.campaignName, SUM(d.amount) {DCJ} WHERE c.campaignName LIKE '%Winter Appeal%' GROUP BY c.campaignId",
          [f"SELECT SUM(d.amount) {DCJ} WHERE c.campaignName LIKE '%Winter Appeal%'"]),
         ("do the same for School Meals and Giving Tuesday",
          f"SELECT c.campaignName, SUM(d.amount) {DCJ} WHERE c.campaignName LIKE '%School Meals%' "
          "OR c.campaignName LIKE '%Giving Tuesday%' GROUP BY c.campaignId",
          [f"SELECT CASE WHEN c.campaignName LIKE '%School Meals%' THEN 'School Meals' ELSE 'Giving Tuesday' END AS s, "
           f"SUM(d.amount) {DCJ} WHERE c.campaignName LIKE '%School Meals%' OR c.campaignName LIKE '%Giving Tuesday%' "
           "GROUP BY s"])),
    conv("ch-4",
         ("How many people gave to the Flood Relief appeal?",
          f"SELECT COUNT(DISTINCT donorId) FROM donations WHERE campaignId IN ({FLOOD})"),
         ("what was the biggest single gift to it?", f"SELECT MAX(amount) FROM donations WHERE campaignId IN ({FLOOD})"),
         ("when was that?", f"SELECT donationDate FROM donations WHERE donationId IN ({BIGF})"),
         ("who gave it?", f"SELECT d.firstName, d.lastName {DDJ} WHERE x.donationId IN ({BIGF})"),
         ("which campaigns are they in?",
          f"SELECT DISTINCT c.campaignName {DCJ} WHERE d.donorId IN (SELECT donorId FROM donations "
          f"WHERE donationId IN ({BIGF}))")),
    conv("ch-5",
         ("List our events with their attendance and cost", "SELECT eventName, attendees, eventCost FROM events"),
         ("what's the cost per attendee for each?", CPH),
         ("which one was the cheapest per head?",
          "SELECT eventName FROM events ORDER BY eventCost * 1.0 / attendees LIMIT 1"),
         ("How much did the Winter Gala Dinners cost altogether?",
          "SELECT SUM(eventCost) FROM events WHERE eventName LIKE '%Winter Gala%'"),
         ("how many of the gala attendees donated on the night?", D)),
    conv("ch-6",
         ("What's the average donation by donor type?",
          f"SELECT d.donorType, AVG(x.amount) {DDJ} GROUP BY d.donorType"),
         ("How many individual donations were above the individual average?",
          f"SELECT COUNT(*) {DDJ} WHERE d.donorType = 'Individual' AND x.amount > "
          f"(SELECT AVG(x.amount) {DDJ} WHERE d.donorType = 'Individual')"),
         ("what share of all the money came from corporate donors?",
          f"SELECT 100.0 * SUM(CASE WHEN d.donorType = 'Corporate' THEN x.amount ELSE 0 END) / SUM(x.amount) {DDJ}",
          [f"SELECT SUM(CASE WHEN d.donorType = 'Corporate' THEN x.amount ELSE 0 END) / SUM(x.amount) {DDJ}"])),
    conv("ch-7",
         ("When did we receive our first donation?", "SELECT MIN(donationDate) FROM donations"),
         ("When did Una Whelan last donate?",
          f"SELECT MAX(x.donationDate) {DDJ} WHERE d.firstName = 'Una' AND d.lastName = 'Whelan'"),
         ("what's her email address?", D),
         ("How many donors joined before 2018?", "SELECT COUNT(*) FROM donors WHERE joinedDate < '2018-01-01'")),
    conv("ch-8",
         ("Top 5 cities by total donated, with the number of donations and the average gift", TOPC),
         ("of those, which has the highest average gift?",
          f"SELECT city FROM ({TOPC}) ORDER BY avg_gift DESC LIMIT 1"),
         ("how many donors live there?",
          f"SELECT COUNT(*) FROM donors WHERE city IN (SELECT city FROM ({TOPC}) ORDER BY avg_gift DESC LIMIT 1)")),
    conv("ch-9",
         ("How many recurring donations do we have by payment method?",
          "SELECT paymentMethod, COUNT(*) FROM donations WHERE isRecurring = 1 GROUP BY paymentMethod"),
         ("what's the average recurring gift compared with a one-off gift?",
          "SELECT isRecurring, AVG(amount) FROM donations GROUP BY isRecurring"),
         ("How many of our donors will lapse next year?", D),
         ("Which donors also volunteer at our events?", D)),
    conv("ch-10",
         ("Monthly donation totals for 2023",
          "SELECT strftime('%m', donationDate) AS m, SUM(amount) FROM donations WHERE donationDate LIKE '2023%' GROUP BY m",
          ["SELECT strftime('%Y-%m', donationDate) AS m, SUM(amount) FROM donations WHERE donationDate LIKE '2023%' "
           "GROUP BY m"]),
         ("which month had the highest?",
          "SELECT strftime('%m', donationDate) AS m FROM donations WHERE donationDate LIKE '2023%' GROUP BY m "
          "ORDER BY SUM(amount) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', donationDate) AS m FROM donations WHERE donationDate LIKE '2023%' GROUP BY m "
           "ORDER BY SUM(amount) DESC LIMIT 1"]),
         ("how much gift aid did we claim on those?", D),
         ("Who were the first three donors to join?",
          "SELECT firstName, lastName, joinedDate FROM donors ORDER BY joinedDate LIMIT 3")),
]

SETS = {"insurance": INSURANCE, "elearning": ELEARNING, "charity": CHARITY}
