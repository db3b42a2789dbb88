"""Held-out set 31: analyst conversations written before the engine was run on them. Each turn:
question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL that also
answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ dairy
CF = "FROM cows c JOIN farms f ON f.farm_id = c.farm_id"
RC = "FROM milk_recordings r JOIN cows c ON c.cow_id = r.cow_id"
RCF = RC + " JOIN farms f ON f.farm_id = c.farm_id"
TCF = "FROM vet_treatments t JOIN cows c ON c.cow_id = t.cow_id JOIN farms f ON f.farm_id = c.farm_id"
MF = "FROM milk_collections m JOIN farms f ON f.farm_id = m.farm_id"
TOPCOND23 = ("SELECT condition FROM vet_treatments WHERE treated_on LIKE '2023%' GROUP BY condition "
             "ORDER BY SUM(cost_gbp) DESC LIMIT 1")
TOP5COWS = (f"SELECT c.cow_id {RC} WHERE r.test_date LIKE '2024%' GROUP BY c.cow_id "
            "ORDER BY AVG(r.litres) DESC LIMIT 5")

GREW = (f"SELECT f.farm_name {MF} GROUP BY f.farm_id ORDER BY SUM(CASE WHEN m.collected_on LIKE '2024%' "
        "THEN m.litres ELSE 0 END) - SUM(CASE WHEN m.collected_on LIKE '2023%' THEN m.litres ELSE 0 END) DESC LIMIT 1")

DAIRY = [
    conv("dairy-1",
         ("How many cows does each farm have right now?",
          f"SELECT f.farm_name, COUNT(*) {CF} WHERE c.left_herd_on IS NULL GROUP BY f.farm_name"),
         ("and how many of those are milking at the moment?",
          f"SELECT f.farm_name, COUNT(*) {CF} WHERE c.status = 'milking' GROUP BY f.farm_name"),
         ("what share of the current herd at Glenmuir is dry?",
          f"SELECT AVG(c.status = 'dry') {CF} WHERE c.left_herd_on IS NULL AND f.farm_name = 'Glenmuir'",
          [f"SELECT 100.0 * AVG(c.status = 'dry') {CF} WHERE c.left_herd_on IS NULL AND f.farm_name = 'Glenmuir'"]),
         ("Which farm has the most land per cow?",
          f"SELECT f.farm_name {CF} WHERE c.left_herd_on IS NULL GROUP BY f.farm_id "
          "ORDER BY f.hectares * 1.0 / COUNT(*) DESC LIMIT 1")),
    conv("dairy-2",
         ("What's the average test-day yield by breed?",
          f"SELECT c.breed, AVG(r.litres) {RC} GROUP BY c.breed"),
         ("just 2024 please", f"SELECT c.breed, AVG(r.litres) {RC} WHERE r.test_date LIKE '2024%' GROUP BY c.breed"),
         ("which breed had the highest average butterfat that year?",
          f"SELECT c.breed {RC} WHERE r.test_date LIKE '2024%' GROUP BY c.breed ORDER BY AVG(r.fat_pct) DESC LIMIT 1"),
         ("How many Jersey cows are still in the herd?",
          "SELECT COUNT(*) FROM cows WHERE breed = 'Jersey' AND left_herd_on IS NULL"),
         ("What will they yield next spring?", D)),
    conv("dairy-3",
         ("How many mastitis cases did we treat in 2024?",
          "SELECT COUNT(*) FROM vet_treatments WHERE condition = 'Mastitis' AND treated_on LIKE '2024%'"),
         ("Break that down by farm",
          f"SELECT f.farm_name, COUNT(*) {TCF} WHERE t.condition = 'Mastitis' AND t.treated_on LIKE '2024%' "
          "GROUP BY f.farm_name"),
         ("What about lameness?",
          f"SELECT f.farm_name, COUNT(*) {TCF} WHERE t.condition = 'Lameness' AND t.treated_on LIKE '2024%' "
          "GROUP BY f.farm_name"),
         ("Which medicine have we used most for mastitis overall?",
          "SELECT medicine FROM vet_treatments WHERE condition = 'Mastitis' GROUP BY medicine "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Why is mastitis so much higher at Glenmuir than on the other farms?", D)),
    conv("dairy-4",
         ("What did we spend on the vet each year?",
          "SELECT strftime('%Y', treated_on) AS y, SUM(cost_gbp) FROM vet_treatments GROUP BY y"),
         ("Which condition cost us the most in 2023?", TOPCOND23),
         ("and what was the average cost per treatment for it that year?",
          f"SELECT AVG(cost_gbp) FROM vet_treatments WHERE treated_on LIKE '2023%' AND condition = ({TOPCOND23})"),
         ("What's the name of the vet who looks after Hollow Brook?", D)),
    conv("dairy-5",
         ("Average milk price per litre for each farm in 2024",
          f"SELECT f.farm_name, AVG(m.price_ppl) {MF} WHERE m.collected_on LIKE '2024%' GROUP BY f.farm_name",
          [f"SELECT f.farm_name, SUM(m.price_ppl * m.litres) / SUM(m.litres) {MF} WHERE m.collected_on LIKE '2024%' "
           "GROUP BY f.farm_name"]),
         ("How does the organic price compare with conventional over that year?",
          f"SELECT f.is_organic, AVG(m.price_ppl) {MF} WHERE m.collected_on LIKE '2024%' GROUP BY f.is_organic",
          [f"SELECT f.is_organic, SUM(m.price_ppl * m.litres) / SUM(m.litres) {MF} "
           "WHERE m.collected_on LIKE '2024%' GROUP BY f.is_organic"]),
         ("Total litres collected by month in 2024",
          "SELECT strftime('%m', collected_on) AS mo, SUM(litres) FROM milk_collections "
          "WHERE collected_on LIKE '2024%' GROUP BY mo",
          ["SELECT strftime('%Y-%m', collected_on) AS mo, SUM(litres) FROM milk_collections "
           "WHERE collected_on LIKE '2024%' GROUP BY mo"]),
         ("Which month was the lowest?",
          "SELECT strftime('%m', collected_on) AS mo FROM milk_collections WHERE collected_on LIKE '2024%' "
          "GROUP BY mo ORDER BY SUM(litres) LIMIT 1",
          ["SELECT strftime('%Y-%m', collected_on) AS mo FROM milk_collections WHERE collected_on LIKE '2024%' "
           "GROUP BY mo ORDER BY SUM(litres) LIMIT 1"]),
         ("How much was Penhallow's milk cheque for December 2024, in pounds?",
          f"SELECT SUM(m.litres * m.price_ppl) / 100.0 {MF} WHERE f.farm_name = 'Penhallow' "
          "AND m.collected_on LIKE '2024-12%'"),
         ("What price will Muller pay us next month?", D)),
    conv("dairy-6",
         ("How many cows had a somatic cell count over 400 at any test in 2024?",
          "SELECT COUNT(DISTINCT cow_id) FROM milk_recordings WHERE somatic_cell_count > 400 "
          "AND test_date LIKE '2024%'"),
         ("Which farm had the most of them?",
          f"SELECT f.farm_name {RCF} WHERE r.somatic_cell_count > 400 AND r.test_date LIKE '2024%' "
          "GROUP BY f.farm_name ORDER BY COUNT(DISTINCT r.cow_id) DESC LIMIT 1"),
         ("What was the bulk tank cell count on that farm's last collection?", D),
         ("Average cell count by farm for 2024",
          f"SELECT f.farm_name, AVG(r.somatic_cell_count) {RCF} WHERE r.test_date LIKE '2024%' GROUP BY f.farm_name")),
    conv("dairy-7",
         ("How many cows left the herd in 2024?", "SELECT COUNT(*) FROM cows WHERE left_herd_on LIKE '2024%'"),
         ("how many of those were sold?",
          "SELECT COUNT(*) FROM cows WHERE left_herd_on LIKE '2024%' AND status = 'sold'"),
         ("What did they fetch at market?", D),
         ("List the ones that died, with their farm and the date",
          f"SELECT c.ear_tag, f.farm_name, c.left_herd_on {CF} WHERE c.status = 'died' AND c.left_herd_on LIKE '2024%'",
          [f"SELECT c.cow_id, f.farm_name, c.left_herd_on {CF} WHERE c.status = 'died' "
           "AND c.left_herd_on LIKE '2024%'"])),
    conv("dairy-8",
         ("Top 5 cows by average yield in 2024",
          f"SELECT c.ear_tag, AVG(r.litres) {RC} WHERE r.test_date LIKE '2024%' GROUP BY c.cow_id "
          "ORDER BY AVG(r.litres) DESC LIMIT 5",
          [f"SELECT c.cow_id, AVG(r.litres) {RC} WHERE r.test_date LIKE '2024%' GROUP BY c.cow_id "
           "ORDER BY AVG(r.litres) DESC LIMIT 5"]),
         ("what breed are they?", f"SELECT breed FROM cows WHERE cow_id IN ({TOP5COWS})",
          [f"SELECT DISTINCT breed FROM cows WHERE cow_id IN ({TOP5COWS})"]),
         ("how many vet treatments have those cows had in total?",
          f"SELECT COUNT(*) FROM vet_treatments WHERE cow_id IN ({TOP5COWS})"),
         ("Which is the oldest cow still in the herd?",
          "SELECT ear_tag FROM cows WHERE left_herd_on IS NULL ORDER BY birth_date LIMIT 1",
          ["SELECT cow_id FROM cows WHERE left_herd_on IS NULL ORDER BY birth_date LIMIT 1"])),
    conv("dairy-9",
         ("Average yield by lactation number", f"SELECT c.lactation_number, AVG(r.litres) {RC} GROUP BY c.lactation_number"),
         ("How many of the milking cows are in their first lactation?",
          "SELECT COUNT(*) FROM cows WHERE status = 'milking' AND lactation_number = 1"),
         ("When did those calve?", D)),
    conv("dairy-10",
         ("Compare the litres collected in 2023 and 2024 for each farm",
          f"SELECT f.farm_name, strftime('%Y', m.collected_on) AS y, SUM(m.litres) {MF} GROUP BY f.farm_name, y",
          [f"SELECT f.farm_name, SUM(CASE WHEN m.collected_on LIKE '2023%' THEN m.litres END), "
           f"SUM(CASE WHEN m.collected_on LIKE '2024%' THEN m.litres END) {MF} GROUP BY f.farm_name"]),
         ("which farm added the most litres?", GREW),
         ("by what percentage?",
          f"SELECT 100.0 * (SUM(CASE WHEN m.collected_on LIKE '2024%' THEN m.litres END) - "
          f"SUM(CASE WHEN m.collected_on LIKE '2023%' THEN m.litres END)) / "
          f"SUM(CASE WHEN m.collected_on LIKE '2023%' THEN m.litres END) {MF} WHERE f.farm_name = ({GREW})",
          [f"SELECT (SUM(CASE WHEN m.collected_on LIKE '2024%' THEN m.litres END) - "
           f"SUM(CASE WHEN m.collected_on LIKE '2023%' THEN m.litres END)) * 1.0 / "
           f"SUM(CASE WHEN m.collected_on LIKE '2023%' THEN m.litres END) {MF} WHERE f.farm_name = ({GREW})"]),
         ("And what's our carbon footprint per litre?", D)),
]

# ------------------------------------------------------------------------------------------ tutoring
LT = "FROM lessons l JOIN tutors t ON t.tutorId = l.tutorId"
LS = "FROM lessons l JOIN students s ON s.studentId = l.studentId"
LTS = LT + " JOIN students s ON s.studentId = l.studentId"
RV = "FROM lessonReviews r JOIN lessons l ON l.lessonId = r.lessonId JOIN tutors t ON t.tutorId = l.tutorId"
PRICIEST = "SELECT tutorId FROM tutors ORDER BY hourlyRate DESC LIMIT 1"
MO = "strftime('%m', lessonDate)"
YM = "strftime('%Y-%m', lessonDate)"
DOW = ("CASE strftime('%w', lessonDate) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
       "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
NEW24 = "SELECT tutorId FROM tutors WHERE joinedOn LIKE '2024%'"

TUTORING = [
    conv("tut-1",
         ("How many tutors do we have for each subject?", "SELECT mainSubject, COUNT(*) FROM tutors GROUP BY mainSubject"),
         ("What's the average hourly rate for maths tutors?",
          "SELECT AVG(hourlyRate) FROM tutors WHERE mainSubject = 'Maths'"),
         ("and for physics?", "SELECT AVG(hourlyRate) FROM tutors WHERE mainSubject = 'Physics'"),
         ("Who's our most expensive tutor?", "SELECT fullName FROM tutors ORDER BY hourlyRate DESC LIMIT 1"),
         ("How many lessons has she taught?",
          f"SELECT COUNT(*) FROM lessons WHERE lessonStatus = 'completed' AND tutorId = ({PRICIEST})",
          [f"SELECT COUNT(*) FROM lessons WHERE tutorId = ({PRICIEST})"])),
    conv("tut-2",
         ("Total fees by month for 2024",
          f"SELECT {MO} AS mo, SUM(feeCharged) FROM lessons WHERE lessonDate LIKE '2024%' GROUP BY mo",
          [f"SELECT {YM} AS mo, SUM(feeCharged) FROM lessons WHERE lessonDate LIKE '2024%' GROUP BY mo"]),
         ("Now the same for 2023",
          f"SELECT {MO} AS mo, SUM(feeCharged) FROM lessons WHERE lessonDate LIKE '2023%' GROUP BY mo",
          [f"SELECT {YM} AS mo, SUM(feeCharged) FROM lessons WHERE lessonDate LIKE '2023%' GROUP BY mo"]),
         ("Which month in 2023 brought in the most?",
          f"SELECT {MO} AS mo FROM lessons WHERE lessonDate LIKE '2023%' GROUP BY mo ORDER BY SUM(feeCharged) DESC LIMIT 1",
          [f"SELECT {YM} AS mo FROM lessons WHERE lessonDate LIKE '2023%' GROUP BY mo "
           "ORDER BY SUM(feeCharged) DESC LIMIT 1"]),
         ("How much of 2024's fee income came from no-shows?",
          "SELECT SUM(feeCharged) FROM lessons WHERE lessonStatus = 'no-show' AND lessonDate LIKE '2024%'"),
         ("what share of all 2024 fees is that?",
          "SELECT SUM(CASE WHEN lessonStatus = 'no-show' THEN feeCharged ELSE 0 END) / SUM(feeCharged) FROM lessons "
          "WHERE lessonDate LIKE '2024%'",
          ["SELECT 100.0 * SUM(CASE WHEN lessonStatus = 'no-show' THEN feeCharged ELSE 0 END) / SUM(feeCharged) "
           "FROM lessons WHERE lessonDate LIKE '2024%'"]),
         ("And what's our margin once the tutors are paid?", D)),
    conv("tut-3",
         ("What's the cancellation rate for online versus in-person lessons?",
          "SELECT lessonMode, AVG(lessonStatus = 'cancelled') FROM lessons GROUP BY lessonMode",
          ["SELECT lessonMode, 100.0 * AVG(lessonStatus = 'cancelled') FROM lessons GROUP BY lessonMode"]),
         ("Which two tutors had the most cancelled lessons?",
          f"SELECT t.fullName {LT} WHERE l.lessonStatus = 'cancelled' GROUP BY t.tutorId ORDER BY COUNT(*) DESC LIMIT 2"),
         ("Was it the students or the tutors who cancelled them?", D),
         ("Show no-shows by year group",
          f"SELECT s.yearGroup, COUNT(*) {LS} WHERE l.lessonStatus = 'no-show' GROUP BY s.yearGroup")),
    conv("tut-4",
         ("How many students came to us through each referral source?",
          "SELECT referralSource, COUNT(*) FROM students GROUP BY referralSource"),
         ("Which source brought in the most sign-ups in 2024?",
          "SELECT referralSource FROM students WHERE signupDate LIKE '2024%' GROUP BY referralSource "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How much have the Instagram students spent with us in total?",
          f"SELECT SUM(l.feeCharged) {LS} WHERE s.referralSource = 'Instagram'"),
         ("How much did we spend on Instagram ads to get them?", D),
         ("Average number of lessons per student by school type",
          f"SELECT s.schoolType, COUNT(*) * 1.0 / COUNT(DISTINCT l.studentId) {LS} GROUP BY s.schoolType")),
    conv("tut-5",
         ("What's each tutor's average star rating?", f"SELECT t.fullName, AVG(r.stars) {RV} GROUP BY t.tutorId"),
         ("Of the tutors with at least 20 reviews, who has the best average?",
          f"SELECT t.fullName {RV} GROUP BY t.tutorId HAVING COUNT(*) >= 20 ORDER BY AVG(r.stars) DESC LIMIT 1"),
         ("What percentage of reviewers said they'd recommend us?",
          "SELECT 100.0 * AVG(wouldRecommend) FROM lessonReviews", ["SELECT AVG(wouldRecommend) FROM lessonReviews"]),
         ("Show me what the 1-star reviewers wrote", D),
         ("How many 1-star reviews came in during 2024?",
          "SELECT COUNT(*) FROM lessonReviews WHERE stars = 1 AND reviewedOn LIKE '2024%'")),
    conv("tut-6",
         ("How many lessons start at 6pm or later?", "SELECT COUNT(*) FROM lessons WHERE startTime >= '18:00'"),
         ("Which day of the week is busiest for lessons?",
          "SELECT strftime('%w', lessonDate) AS dow FROM lessons GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT {DOW} AS dow FROM lessons GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("Of the weekend lessons, what share are online?",
          "SELECT AVG(lessonMode = 'online') FROM lessons WHERE strftime('%w', lessonDate) IN ('0', '6')",
          ["SELECT 100.0 * AVG(lessonMode = 'online') FROM lessons WHERE strftime('%w', lessonDate) IN ('0', '6')"]),
         ("Across all lessons, what's the average length in minutes?", "SELECT AVG(durationMins) FROM lessons")),
    conv("tut-7",
         ("Which tutors joined in 2024?", "SELECT fullName FROM tutors WHERE joinedOn LIKE '2024%'"),
         ("How many different students has each of them taught?",
          f"SELECT t.fullName, COUNT(DISTINCT l.studentId) {LT} WHERE t.tutorId IN ({NEW24}) GROUP BY t.tutorId"),
         ("Are any of them not DBS checked?",
          "SELECT fullName FROM tutors WHERE joinedOn LIKE '2024%' AND isDbsChecked = 0"),
         ("Can you give me their home addresses?", D)),
    conv("tut-8",
         ("Lessons by year group in 2024",
          f"SELECT s.yearGroup, COUNT(*) {LS} WHERE l.lessonDate LIKE '2024%' GROUP BY s.yearGroup"),
         ("Which subject did the year 13s book most that year?",
          f"SELECT t.mainSubject {LTS} WHERE s.yearGroup = 13 AND l.lessonDate LIKE '2024%' GROUP BY t.mainSubject "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what about year 11?",
          f"SELECT t.mainSubject {LTS} WHERE s.yearGroup = 11 AND l.lessonDate LIKE '2024%' GROUP BY t.mainSubject "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What grades did the year 13s end up getting?", D)),
    conv("tut-9",
         ("How many students had a lesson in November 2024?",
          "SELECT COUNT(DISTINCT studentId) FROM lessons WHERE lessonDate LIKE '2024-11%'",
          ["SELECT COUNT(DISTINCT studentId) FROM lessons WHERE lessonDate LIKE '2024-11%' "
           "AND lessonStatus = 'completed'"]),
         ("Will December be busier?", D),
         ("How many students haven't had a lesson since the start of June 2024?",
          "SELECT COUNT(*) FROM (SELECT studentId FROM lessons GROUP BY studentId HAVING MAX(lessonDate) < '2024-06-01')")),
    conv("tut-10",
         ("What were total fees in 2024 compared with 2023?",
          "SELECT strftime('%Y', lessonDate) AS y, SUM(feeCharged) FROM lessons "
          "WHERE lessonDate LIKE '2023%' OR lessonDate LIKE '2024%' GROUP BY y"),
         ("So what's the growth rate?",
          "SELECT (SUM(CASE WHEN lessonDate LIKE '2024%' THEN feeCharged END) - "
          "SUM(CASE WHEN lessonDate LIKE '2023%' THEN feeCharged END)) / "
          "SUM(CASE WHEN lessonDate LIKE '2023%' THEN feeCharged END) FROM lessons",
          ["SELECT 100.0 * (SUM(CASE WHEN lessonDate LIKE '2024%' THEN feeCharged END) - "
           "SUM(CASE WHEN lessonDate LIKE '2023%' THEN feeCharged END)) / "
           "SUM(CASE WHEN lessonDate LIKE '2023%' THEN feeCharged END) FROM lessons"]),
         ("Which subject made the most fee income in 2024?",
          f"SELECT t.mainSubject {LT} WHERE l.lessonDate LIKE '2024%' GROUP BY t.mainSubject "
          "ORDER BY SUM(l.feeCharged) DESC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ evcharge
RGN = "JOIN cd_lkp rg ON rg.cd_typ = 'RGN' AND rg.cd = s.rgn_cd"
SITE = "JOIN cd_lkp si ON si.cd_typ = 'SITE' AND si.cd = s.site_cd"
SC = "FROM ses x JOIN chg c ON c.chg_id = x.chg_id"
SCS = SC + " JOIN stn s ON s.stn_id = c.stn_id"
SA = "FROM ses x JOIN acct a ON a.acct_id = x.acct_id"
Q = "(CAST(strftime('%m', x.st_ts) AS INTEGER) + 2) / 3"
TOPQ = (f"SELECT {Q} AS q FROM ses x WHERE x.st_ts LIKE '2024%' GROUP BY q ORDER BY SUM(x.amt_gbp) DESC LIMIT 1")
TOPFLT = "SELECT flt_cd FROM flt GROUP BY flt_cd ORDER BY COUNT(*) DESC LIMIT 1"
DOWNSTN = ("SELECT c.stn_id FROM flt f JOIN chg c ON c.chg_id = f.chg_id GROUP BY c.stn_id "
           "ORDER BY SUM(f.dwn_hrs) DESC LIMIT 1")
TOPFLEET = (f"SELECT a.acct_id {SA} WHERE a.acct_typ = 'FLT' AND x.st_ts LIKE '2024%' GROUP BY a.acct_id "
            "ORDER BY SUM(x.kwh) DESC LIMIT 1")
TOP3CHG = "SELECT chg_id FROM ses GROUP BY chg_id ORDER BY SUM(kwh) DESC LIMIT 3"

TOP5STN = (f"SELECT c.stn_id {SC} WHERE x.st_ts LIKE '2024%' GROUP BY c.stn_id "
           "ORDER BY SUM(x.amt_gbp) DESC LIMIT 5")

EVCHARGE = [
    conv("ev-1",
         ("How many charging stations do we have in each region?",
          f"SELECT rg.cd_dsc, COUNT(*) FROM stn s {RGN} GROUP BY rg.cd_dsc",
          ["SELECT rgn_cd, COUNT(*) FROM stn GROUP BY rgn_cd"]),
         ("and how many chargers in each?",
          f"SELECT rg.cd_dsc, COUNT(*) FROM chg c JOIN stn s ON s.stn_id = c.stn_id {RGN} GROUP BY rg.cd_dsc",
          ["SELECT s.rgn_cd, COUNT(*) FROM chg c JOIN stn s ON s.stn_id = c.stn_id GROUP BY s.rgn_cd"]),
         ("Which region has the most rapid chargers, 150 kW or more?",
          f"SELECT rg.cd_dsc FROM chg c JOIN stn s ON s.stn_id = c.stn_id {RGN} WHERE c.pwr_kw >= 150 "
          "GROUP BY rg.cd_dsc ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT s.rgn_cd FROM chg c JOIN stn s ON s.stn_id = c.stn_id WHERE c.pwr_kw >= 150 "
           "GROUP BY s.rgn_cd ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("When did our oldest station open, and which one is it?",
          "SELECT stn_nm, opn_dt FROM stn ORDER BY opn_dt LIMIT 1"),
         ("What's its postcode?", D)),
    conv("ev-2",
         ("Total kWh delivered per month in 2024",
          "SELECT strftime('%m', st_ts) AS mo, SUM(kwh) FROM ses WHERE st_ts LIKE '2024%' GROUP BY mo",
          ["SELECT strftime('%Y-%m', st_ts) AS mo, SUM(kwh) FROM ses WHERE st_ts LIKE '2024%' GROUP BY mo"]),
         ("and revenue?",
          "SELECT strftime('%m', st_ts) AS mo, SUM(amt_gbp) FROM ses WHERE st_ts LIKE '2024%' GROUP BY mo",
          ["SELECT strftime('%Y-%m', st_ts) AS mo, SUM(amt_gbp) FROM ses WHERE st_ts LIKE '2024%' GROUP BY mo"]),
         ("Which quarter of 2024 made the most money?", TOPQ,
          [f"SELECT 'Q' || {Q} AS q FROM ses x WHERE x.st_ts LIKE '2024%' GROUP BY q ORDER BY SUM(x.amt_gbp) DESC LIMIT 1"]),
         ("What was the average price per kWh that quarter?",
          f"SELECT SUM(x.amt_gbp) / SUM(x.kwh) FROM ses x WHERE x.st_ts LIKE '2024%' AND {Q} = ({TOPQ})",
          [f"SELECT AVG(x.amt_gbp / x.kwh) FROM ses x WHERE x.st_ts LIKE '2024%' AND {Q} = ({TOPQ})"]),
         ("And what does the electricity cost us per kWh?", D)),
    conv("ev-3",
         ("How do drivers pay? Sessions by payment method",
          "SELECT p.cd_dsc, COUNT(*) FROM ses x JOIN cd_lkp p ON p.cd_typ = 'PAY' AND p.cd = x.pay_cd GROUP BY p.cd_dsc",
          ["SELECT pay_cd, COUNT(*) FROM ses GROUP BY pay_cd"]),
         ("What share of sessions were paid contactless?", "SELECT AVG(pay_cd = 'CTL') FROM ses",
          ["SELECT 100.0 * AVG(pay_cd = 'CTL') FROM ses"]),
         ("and among pay-as-you-go customers only?",
          f"SELECT AVG(x.pay_cd = 'CTL') {SA} WHERE a.acct_typ = 'PAYG'",
          [f"SELECT 100.0 * AVG(x.pay_cd = 'CTL') {SA} WHERE a.acct_typ = 'PAYG'"]),
         ("Average spend per session by account type",
          f"SELECT k.cd_dsc, AVG(x.amt_gbp) {SA} JOIN cd_lkp k ON k.cd_typ = 'ACT' AND k.cd = a.acct_typ "
          "GROUP BY k.cd_dsc",
          [f"SELECT a.acct_typ, AVG(x.amt_gbp) {SA} GROUP BY a.acct_typ"])),
    conv("ev-4",
         ("Which type of fault happens most often?",
          "SELECT k.cd_dsc FROM flt f JOIN cd_lkp k ON k.cd_typ = 'FLT' AND k.cd = f.flt_cd GROUP BY k.cd_dsc "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [TOPFLT]),
         ("How many hours of downtime did it cause in 2024?",
          f"SELECT SUM(dwn_hrs) FROM flt WHERE flt_ts LIKE '2024%' AND flt_cd = ({TOPFLT})"),
         ("Which station has had the most downtime overall?",
          "SELECT s.stn_nm FROM flt f JOIN chg c ON c.chg_id = f.chg_id JOIN stn s ON s.stn_id = c.stn_id "
          "GROUP BY s.stn_id ORDER BY SUM(f.dwn_hrs) DESC LIMIT 1"),
         ("Were the vandalism incidents reported to the police?", D),
         ("How many sessions at that station ended in a charger error?",
          f"SELECT COUNT(*) {SC} WHERE x.end_cd = 'ERR' AND c.stn_id = ({DOWNSTN})")),
    conv("ev-5",
         ("How many fleet accounts do we have?", "SELECT COUNT(*) FROM acct WHERE acct_typ = 'FLT'"),
         ("What share of the kWh in 2024 went to fleet accounts?",
          f"SELECT SUM(CASE WHEN a.acct_typ = 'FLT' THEN x.kwh ELSE 0 END) / SUM(x.kwh) {SA} WHERE x.st_ts LIKE '2024%'",
          [f"SELECT 100.0 * SUM(CASE WHEN a.acct_typ = 'FLT' THEN x.kwh ELSE 0 END) / SUM(x.kwh) {SA} "
           "WHERE x.st_ts LIKE '2024%'"]),
         ("Which fleet account charged the most kWh in 2024?",
          f"SELECT a.acct_nm {SA} WHERE a.acct_typ = 'FLT' AND x.st_ts LIKE '2024%' GROUP BY a.acct_id "
          "ORDER BY SUM(x.kwh) DESC LIMIT 1"),
         ("How many vans do they run?", D),
         ("Which station do they use the most?",
          f"SELECT s.stn_nm {SCS} WHERE x.acct_id = ({TOPFLEET}) GROUP BY s.stn_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("ev-6",
         ("What's the average session length at motorway services compared with retail parks?",
          f"SELECT si.cd_dsc, AVG(x.dur_min) {SCS} {SITE} WHERE s.site_cd IN ('MWS', 'RET') GROUP BY si.cd_dsc",
          [f"SELECT s.site_cd, AVG(x.dur_min) {SCS} WHERE s.site_cd IN ('MWS', 'RET') GROUP BY s.site_cd"]),
         ("and the average kWh per session for those two?",
          f"SELECT si.cd_dsc, AVG(x.kwh) {SCS} {SITE} WHERE s.site_cd IN ('MWS', 'RET') GROUP BY si.cd_dsc",
          [f"SELECT s.site_cd, AVG(x.kwh) {SCS} WHERE s.site_cd IN ('MWS', 'RET') GROUP BY s.site_cd"]),
         ("What hour of the day do most sessions start?",
          "SELECT strftime('%H', st_ts) AS hr FROM ses GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CAST(strftime('%H', st_ts) AS INTEGER) AS hr FROM ses GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How long do drivers queue at peak times?", D)),
    conv("ev-7",
         ("Sessions by connector type in 2024",
          f"SELECT k.cd_dsc, COUNT(*) {SC} JOIN cd_lkp k ON k.cd_typ = 'CON' AND k.cd = c.conn_cd "
          "WHERE x.st_ts LIKE '2024%' GROUP BY k.cd_dsc",
          [f"SELECT c.conn_cd, COUNT(*) {SC} WHERE x.st_ts LIKE '2024%' GROUP BY c.conn_cd"]),
         ("How has CHAdeMO's share of sessions changed over the years?",
          f"SELECT strftime('%Y', x.st_ts) AS y, AVG(c.conn_cd = 'CHA') {SC} GROUP BY y",
          [f"SELECT strftime('%Y', x.st_ts) AS y, 100.0 * AVG(c.conn_cd = 'CHA') {SC} GROUP BY y"]),
         ("Top 3 chargers by kWh delivered overall",
          "SELECT chg_id, SUM(kwh) FROM ses GROUP BY chg_id ORDER BY SUM(kwh) DESC LIMIT 3"),
         ("Which stations are they at?",
          f"SELECT s.stn_nm FROM chg c JOIN stn s ON s.stn_id = c.stn_id WHERE c.chg_id IN ({TOP3CHG})")),
    conv("ev-8",
         ("How many sessions were stopped early by the driver in December 2024?",
          "SELECT COUNT(*) FROM ses WHERE end_cd = 'USR' AND st_ts LIKE '2024-12%'"),
         ("And how many ended with a charger error that month?",
          "SELECT COUNT(*) FROM ses WHERE end_cd = 'ERR' AND st_ts LIKE '2024-12%'"),
         ("Which charger has had the most error endings overall?",
          "SELECT chg_id FROM ses WHERE end_cd = 'ERR' GROUP BY chg_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Is that unit still under warranty?", D)),
    conv("ev-9",
         ("How many new accounts registered each year?",
          "SELECT strftime('%Y', reg_dt) AS y, COUNT(*) FROM acct GROUP BY y"),
         ("How many of the 2024 sign-ups are subscribers?",
          "SELECT COUNT(*) FROM acct WHERE reg_dt LIKE '2024%' AND acct_typ = 'SUB'"),
         ("What's the monthly subscription fee?", D)),
    conv("ev-10",
         ("Which 5 stations took the most revenue in 2024?",
          f"SELECT s.stn_nm, SUM(x.amt_gbp) {SCS} WHERE x.st_ts LIKE '2024%' GROUP BY s.stn_id "
          "ORDER BY SUM(x.amt_gbp) DESC LIMIT 5"),
         ("What percentage of 2024 revenue do those five account for?",
          f"SELECT 100.0 * SUM(CASE WHEN c.stn_id IN ({TOP5STN}) THEN x.amt_gbp ELSE 0 END) / SUM(x.amt_gbp) {SC} "
          "WHERE x.st_ts LIKE '2024%'",
          [f"SELECT SUM(CASE WHEN c.stn_id IN ({TOP5STN}) THEN x.amt_gbp ELSE 0 END) / SUM(x.amt_gbp) {SC} "
           "WHERE x.st_ts LIKE '2024%'"]),
         ("How many chargers do they have between them?",
          f"SELECT COUNT(*) FROM chg WHERE stn_id IN ({TOP5STN})")),
]

SETS = {"dairy": DAIRY, "tutoring": TUTORING, "evcharge": EVCHARGE}
