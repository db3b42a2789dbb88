"""Held-out set 29: analyst conversations over a self-storage operator (snake_case), a yacht charter
company (PascalCase) and a legacy insurance claims system (abbreviated upper-case names, a code lookup
table), written before the engine was run on them. Each turn: question, reference SQL (SQLite; a list
for a breakdown), optional `accept` (other SQL that also answers), or D when the data cannot answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ storage
UF = "FROM units u JOIN facilities f ON f.facility_id = u.facility_id"
ACTIVE = "SELECT unit_id FROM rentals WHERE move_out_date IS NULL"
MOST_CC = (f"SELECT f.facility_id {UF} GROUP BY f.facility_id "
           "ORDER BY AVG(u.climate_controlled) DESC LIMIT 1")
RP = "FROM rentals r JOIN payments p ON p.rental_id = r.rental_id"
TOP_BIZ = ("SELECT c.customer_id FROM customers c JOIN rentals r ON r.customer_id = c.customer_id "
           "JOIN payments p ON p.rental_id = r.rental_id WHERE c.customer_type = 'business' "
           "GROUP BY c.customer_id ORDER BY SUM(p.amount) DESC LIMIT 1")
LATE23 = ("SELECT u.facility_id FROM payments p JOIN rentals r ON r.rental_id = p.rental_id "
          "JOIN units u ON u.unit_id = r.unit_id WHERE p.late_fee > 0 AND p.paid_on LIKE '2023%' "
          "GROUP BY u.facility_id ORDER BY COUNT(*) DESC LIMIT 1")
BIG_FAC = f"SELECT f.facility_id {UF} GROUP BY f.facility_id ORDER BY SUM(u.sq_ft) DESC LIMIT 1"
DAYS = "julianday(r.move_out_date) - julianday(r.move_in_date)"

STORAGE = [
    conv("st-1",
         ("How many units does each facility have?",
          f"SELECT f.facility_name, COUNT(*) {UF} GROUP BY f.facility_name"),
         ("which one has the highest share of climate-controlled units?",
          f"SELECT f.facility_name {UF} GROUP BY f.facility_name ORDER BY AVG(u.climate_controlled) DESC LIMIT 1"),
         ("what's the average list rate of a 10x10 there?",
          f"SELECT AVG(list_rate) FROM units WHERE size_label = '10x10' AND facility_id = ({MOST_CC})"),
         ("Why do customers prefer climate-controlled units?", D)),
    conv("st-2",
         ("How many rentals are active right now?", "SELECT COUNT(*) FROM rentals WHERE move_out_date IS NULL"),
         ("and how many of those took out insurance?",
          "SELECT COUNT(*) FROM rentals WHERE move_out_date IS NULL AND has_insurance = 1"),
         ("what's the total monthly rent across the active rentals?",
          "SELECT SUM(monthly_rate) FROM rentals WHERE move_out_date IS NULL"),
         ("break that down by facility",
          "SELECT f.facility_name, SUM(r.monthly_rate) FROM rentals r JOIN units u ON u.unit_id = r.unit_id "
          "JOIN facilities f ON f.facility_id = u.facility_id WHERE r.move_out_date IS NULL GROUP BY f.facility_name")),
    conv("st-3",
         ("Total payments received in 2024", "SELECT SUM(amount) FROM payments WHERE paid_on LIKE '2024%'"),
         ("split by payment method",
          "SELECT payment_method, SUM(amount) FROM payments WHERE paid_on LIKE '2024%' GROUP BY payment_method"),
         ("how much of the 2024 total was late fees?",
          "SELECT SUM(late_fee) FROM payments WHERE paid_on LIKE '2024%'"),
         ("What will we collect in 2025?", D)),
    conv("st-4",
         ("List our facilities in Wales", "SELECT facility_name FROM facilities WHERE region = 'Wales'"),
         ("which of them has 24 hour access?",
          "SELECT facility_name FROM facilities WHERE region = 'Wales' AND has_24h_access = 1"),
         ("when did it open?", "SELECT opened_on FROM facilities WHERE region = 'Wales' AND has_24h_access = 1"),
         ("who is the site manager there?", D)),
    conv("st-5",
         ("How many of our customers are businesses?",
          "SELECT COUNT(*) FROM customers WHERE customer_type = 'business'"),
         ("Which business customer has paid us the most overall?",
          "SELECT c.first_name, c.last_name FROM customers c JOIN rentals r ON r.customer_id = c.customer_id "
          "JOIN payments p ON p.rental_id = r.rental_id WHERE c.customer_type = 'business' "
          "GROUP BY c.customer_id ORDER BY SUM(p.amount) DESC LIMIT 1"),
         ("how many rentals have they had with us?",
          f"SELECT COUNT(*) FROM rentals WHERE customer_id = ({TOP_BIZ})"),
         ("what's their phone number?", D)),
    conv("st-6",
         ("Average list rate by unit size", "SELECT size_label, AVG(list_rate) FROM units GROUP BY size_label"),
         ("what does that work out to per square foot?",
          "SELECT size_label, AVG(list_rate * 1.0 / sq_ft) FROM units GROUP BY size_label",
          ["SELECT size_label, AVG(list_rate) / AVG(sq_ft) FROM units GROUP BY size_label"]),
         ("which size is the cheapest per square foot?",
          "SELECT size_label FROM units GROUP BY size_label ORDER BY AVG(list_rate * 1.0 / sq_ft) LIMIT 1")),
    conv("st-7",
         ("How many units are vacant at the moment?",
          f"SELECT COUNT(*) FROM units WHERE unit_id NOT IN ({ACTIVE})"),
         ("show me the vacant ones in Exeter with their size",
          f"SELECT u.unit_code, u.size_label {UF} WHERE f.city = 'Exeter' AND u.unit_id NOT IN ({ACTIVE})"),
         ("What's the occupancy rate of each facility?",
          f"SELECT f.facility_name, AVG(CASE WHEN u.unit_id IN ({ACTIVE}) THEN 1.0 ELSE 0.0 END) {UF} "
          "GROUP BY f.facility_name",
          [f"SELECT f.facility_name, 100.0 * AVG(CASE WHEN u.unit_id IN ({ACTIVE}) THEN 1.0 ELSE 0.0 END) {UF} "
           "GROUP BY f.facility_name"])),
    conv("st-8",
         ("How many move-ins did we have each year?",
          "SELECT strftime('%Y', move_in_date) AS y, COUNT(*) FROM rentals GROUP BY y"),
         ("and move-outs?",
          "SELECT strftime('%Y', move_out_date) AS y, COUNT(*) FROM rentals WHERE move_out_date IS NOT NULL GROUP BY y"),
         ("What's the average length of a finished rental, in days?",
          f"SELECT AVG({DAYS}) FROM rentals r WHERE r.move_out_date IS NOT NULL"),
         ("and for business customers only?",
          f"SELECT AVG({DAYS}) FROM rentals r JOIN customers c ON c.customer_id = r.customer_id "
          "WHERE r.move_out_date IS NOT NULL AND c.customer_type = 'business'")),
    conv("st-9",
         ("Which customers have rented more than 6 times?",
          "SELECT c.first_name, c.last_name, COUNT(*) FROM customers c JOIN rentals r ON r.customer_id = c.customer_id "
          "GROUP BY c.customer_id HAVING COUNT(*) > 6"),
         ("How many late payments were there in 2023?",
          "SELECT COUNT(*) FROM payments WHERE late_fee > 0 AND paid_on LIKE '2023%'"),
         ("which facility had the most of them?",
          f"SELECT facility_name FROM facilities WHERE facility_id = ({LATE23})"),
         ("how satisfied are the customers at that facility?", D)),
    conv("st-10",
         ("Which facility has the most storage space in square feet?",
          f"SELECT facility_name FROM facilities WHERE facility_id = ({BIG_FAC})"),
         ("how much of that space is above the ground floor?",
          f"SELECT SUM(sq_ft) FROM units WHERE floor_level > 0 AND facility_id = ({BIG_FAC})"),
         ("do the upper floors have a goods lift?", D),
         ("What's the total square footage across all facilities?", "SELECT SUM(sq_ft) FROM units")),
    conv("st-11",
         ("What is the most expensive unit by list rate and where is it?",
          f"SELECT u.unit_code, f.facility_name, u.list_rate {UF} ORDER BY u.list_rate DESC LIMIT 1"),
         ("How many customers signed up in 2023?",
          "SELECT COUNT(*) FROM customers WHERE signed_up_on LIKE '2023%'"),
         ("which home city do most of them come from?",
          "SELECT home_city FROM customers WHERE signed_up_on LIKE '2023%' GROUP BY home_city "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how did they hear about us?", D)),
]

# ------------------------------------------------------------------------------------------ charters
NEW_CAT = "SELECT BoatId FROM Boats WHERE BoatType = 'Catamaran' ORDER BY DailyRate DESC LIMIT 1"
BM = "FROM Boats b JOIN Marinas m ON m.MarinaId = b.HomeMarinaId"
TOP_MAR = f"SELECT m.MarinaId {BM} GROUP BY m.MarinaId ORDER BY COUNT(*) DESC LIMIT 1"
CB = "FROM Charters c JOIN Boats b ON b.BoatId = c.BoatId"
RC = "FROM Reviews r JOIN Charters c ON c.CharterId = r.CharterId"
TOP_CTRY = ("SELECT cl.Country FROM Charters c JOIN Clients cl ON cl.ClientId = c.ClientId WHERE c.Status <> 'Cancelled' "
            "GROUP BY cl.Country ORDER BY SUM(c.TotalPrice) DESC LIMIT 1")
WORST = (f"SELECT c.BoatId {RC} GROUP BY c.BoatId HAVING COUNT(*) >= 5 ORDER BY AVG(r.Rating) LIMIT 1")
LONG24 = "FROM Charters c JOIN Boats b ON b.BoatId = c.BoatId WHERE c.Nights > 10 AND c.StartDate LIKE '2024%'"

CHARTERS = [
    conv("ch-1",
         ("How many boats do we have of each type?", "SELECT BoatType, COUNT(*) FROM Boats GROUP BY BoatType"),
         ("What's the average daily rate for the catamarans?",
          "SELECT AVG(DailyRate) FROM Boats WHERE BoatType = 'Catamaran'"),
         ("which catamaran is the most expensive per day?", f"SELECT BoatName FROM Boats WHERE BoatId = ({NEW_CAT})"),
         ("how many completed charters has it done?",
          f"SELECT COUNT(*) FROM Charters WHERE Status = 'Completed' AND BoatId = ({NEW_CAT})")),
    conv("ch-2",
         ("Charter revenue per year, not counting cancellations",
          "SELECT strftime('%Y', StartDate) AS y, SUM(TotalPrice) FROM Charters WHERE Status <> 'Cancelled' GROUP BY y"),
         ("Which month of the year has the most departures?",
          "SELECT strftime('%m', StartDate) AS m FROM Charters WHERE Status <> 'Cancelled' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%m', StartDate) AS m FROM Charters GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("What percentage of all bookings got cancelled?",
          "SELECT 100.0 * SUM(Status = 'Cancelled') / COUNT(*) FROM Charters",
          ["SELECT 1.0 * SUM(Status = 'Cancelled') / COUNT(*) FROM Charters"]),
         ("why do people cancel?", D)),
    conv("ch-3",
         ("Which marina has the most boats based there?",
          f"SELECT MarinaName FROM Marinas WHERE MarinaId = ({TOP_MAR})"),
         ("list those boats with their length",
          f"SELECT BoatName, LengthFt FROM Boats WHERE HomeMarinaId = ({TOP_MAR})"),
         ("how many berths are free there today?", D),
         ("How many of our boats are based in Greece?",
          f"SELECT COUNT(*) {BM} WHERE m.Country = 'Greece'")),
    conv("ch-4",
         ("Who is our most experienced skipper?",
          "SELECT FirstName, LastName FROM Skippers ORDER BY YearsExperience DESC LIMIT 1"),
         ("How many charters has each skipper been booked on?",
          "SELECT s.FirstName, s.LastName, COUNT(*) FROM Charters c JOIN Skippers s ON s.SkipperId = c.SkipperId "
          "GROUP BY s.SkipperId"),
         ("Do skippered charters get better reviews than bareboat ones?",
          "SELECT AVG(r.Rating) FROM Reviews r JOIN Charters c ON c.CharterId = r.CharterId "
          "GROUP BY c.SkipperId IS NULL"),
         ("Which skipper has the best average rating, counting only those with at least 20 reviews?",
          f"SELECT s.FirstName, s.LastName {RC} JOIN Skippers s ON s.SkipperId = c.SkipperId GROUP BY s.SkipperId "
          "HAVING COUNT(*) >= 20 ORDER BY AVG(r.Rating) DESC LIMIT 1"),
         ("which languages does that skipper speak?", D)),
    conv("ch-5",
         ("How many clients do we have from each country?", "SELECT Country, COUNT(*) FROM Clients GROUP BY Country"),
         ("which country brings in the most charter revenue?", TOP_CTRY,
          ["SELECT cl.Country FROM Charters c JOIN Clients cl ON cl.ClientId = c.ClientId GROUP BY cl.Country "
           "ORDER BY SUM(c.TotalPrice) DESC LIMIT 1"]),
         ("how many repeat clients do we have from there?",
          f"SELECT COUNT(*) FROM Clients WHERE IsRepeatClient = 1 AND Country = ({TOP_CTRY})"),
         ("Who are our top 3 clients by spend on completed charters?",
          "SELECT cl.FullName FROM Charters c JOIN Clients cl ON cl.ClientId = c.ClientId WHERE c.Status = 'Completed' "
          "GROUP BY cl.ClientId ORDER BY SUM(c.TotalPrice) DESC LIMIT 3"),
         ("what are their email addresses?", D)),
    conv("ch-6",
         ("What's our average review rating?", "SELECT AVG(Rating) FROM Reviews"),
         ("How many 1-star reviews came in during 2024?",
          "SELECT COUNT(*) FROM Reviews WHERE Rating = 1 AND ReviewDate LIKE '2024%'"),
         ("Which boat has the lowest average rating, with at least 5 reviews?",
          f"SELECT BoatName FROM Boats WHERE BoatId = ({WORST})"),
         ("what year was it built?", f"SELECT BuiltYear FROM Boats WHERE BoatId = ({WORST})")),
    conv("ch-7",
         ("What's the average group size on catamaran charters?",
          f"SELECT AVG(c.Guests) {CB} WHERE b.BoatType = 'Catamaran'"),
         ("and on gulets?", f"SELECT AVG(c.Guests) {CB} WHERE b.BoatType = 'Gulet'"),
         ("How many confirmed charters are there that haven't sailed yet?",
          "SELECT COUNT(*) FROM Charters WHERE Status = 'Confirmed'"),
         ("how much revenue do they represent?", "SELECT SUM(TotalPrice) FROM Charters WHERE Status = 'Confirmed'"),
         ("what's the weather forecast for their departure dates?", D)),
    conv("ch-8",
         ("Average charter length in nights by boat type",
          f"SELECT b.BoatType, AVG(c.Nights) {CB} GROUP BY b.BoatType"),
         ("Which boat type earns the most per night?",
          f"SELECT b.BoatType {CB} WHERE c.Status <> 'Cancelled' GROUP BY b.BoatType "
          "ORDER BY SUM(c.TotalPrice) / SUM(c.Nights) DESC LIMIT 1",
          [f"SELECT b.BoatType {CB} GROUP BY b.BoatType ORDER BY AVG(c.TotalPrice / c.Nights) DESC LIMIT 1",
           "SELECT BoatType FROM Boats GROUP BY BoatType ORDER BY AVG(DailyRate) DESC LIMIT 1"]),
         ("how much fuel do the motor yachts burn per trip?", D)),
    conv("ch-9",
         ("List the charters in 2024 that were longer than 10 nights",
          f"SELECT c.CharterId {LONG24}"),
         ("how many of them were on sailing yachts?", f"SELECT COUNT(*) {LONG24} AND b.BoatType = 'Sailing yacht'"),
         ("what was the average price of those sailing yacht ones?",
          f"SELECT AVG(c.TotalPrice) {LONG24} AND b.BoatType = 'Sailing yacht'")),
    conv("ch-10",
         ("Which boats were built before 2010?", "SELECT BoatName FROM Boats WHERE BuiltYear < 2010"),
         ("What's the total revenue from charters on those boats in 2024?",
          f"SELECT SUM(c.TotalPrice) {CB} WHERE b.BuiltYear < 2010 AND c.StartDate LIKE '2024%' "
          "AND c.Status <> 'Cancelled'",
          [f"SELECT SUM(c.TotalPrice) {CB} WHERE b.BuiltYear < 2010 AND c.StartDate LIKE '2024%'"]),
         ("How much did we spend on maintenance for them?", D),
         ("What's the largest boat by length in the fleet?",
          "SELECT BoatName, LengthFt FROM Boats ORDER BY LengthFt DESC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ claims
LOBJ = "JOIN CD_LKP l ON l.CD_TYP = 'LOB' AND l.CD = p.LOB_CD"
CP = "FROM CLM c JOIN PLCY p ON p.PLCY_NO = c.PLCY_NO"
TOP_AGT = "SELECT AGT_NO FROM PLCY GROUP BY AGT_NO ORDER BY COUNT(*) DESC LIMIT 1"
TOP5 = "SELECT CLM_NO, PD_AMT FROM CLM ORDER BY PD_AMT DESC LIMIT 5"
TR23 = "SELECT PLCY_NO FROM PLCY WHERE LOB_CD = 'TR' AND EFF_DT LIKE '2023%'"
LAG = "julianday(RPT_DT) - julianday(LOSS_DT)"
LR = ("SELECT l.CD_DESC, (SELECT SUM(c.PD_AMT) FROM CLM c JOIN PLCY q ON q.PLCY_NO = c.PLCY_NO "
      "WHERE q.LOB_CD = p.LOB_CD) / SUM(p.ANN_PREM_AMT) AS lr FROM PLCY p " + LOBJ + " GROUP BY p.LOB_CD")

CLAIMS = [
    conv("cl-1",
         ("How many policies do we have in each line of business?",
          f"SELECT l.CD_DESC, COUNT(*) FROM PLCY p {LOBJ} GROUP BY l.CD_DESC",
          ["SELECT LOB_CD, COUNT(*) FROM PLCY GROUP BY LOB_CD"]),
         ("what's the average annual premium for homeowners?",
          "SELECT AVG(ANN_PREM_AMT) FROM PLCY WHERE LOB_CD = 'HO'"),
         ("and the total homeowners premium on policies that started in 2024?",
          "SELECT SUM(ANN_PREM_AMT) FROM PLCY WHERE LOB_CD = 'HO' AND EFF_DT LIKE '2024%'"),
         ("how does that compare with our competitors?", D)),
    conv("cl-2",
         ("How many claims are open right now?", "SELECT COUNT(*) FROM CLM WHERE STAT_CD = 'O'",
          ["SELECT COUNT(*) FROM CLM WHERE STAT_CD IN ('O', 'R')"]),
         ("what's the total reserve on them?", "SELECT SUM(RSRV_AMT) FROM CLM WHERE STAT_CD = 'O'",
          ["SELECT SUM(RSRV_AMT) FROM CLM WHERE STAT_CD IN ('O', 'R')"]),
         ("which cause of loss has the most open claims?",
          "SELECT l.CD_DESC FROM CLM c JOIN CD_LKP l ON l.CD_TYP = 'CAUS' AND l.CD = c.CAUS_CD WHERE c.STAT_CD = 'O' "
          "GROUP BY l.CD_DESC ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CAUS_CD FROM CLM WHERE STAT_CD = 'O' GROUP BY CAUS_CD ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("when do we expect to settle them?", D)),
    conv("cl-3",
         ("Which agent has written the most policies?",
          f"SELECT AGT_NM FROM AGT WHERE AGT_NO = ({TOP_AGT})"),
         ("what region is that agent in?",
          f"SELECT l.CD_DESC FROM AGT a JOIN CD_LKP l ON l.CD_TYP = 'REG' AND l.CD = a.REG_CD WHERE a.AGT_NO = ({TOP_AGT})",
          [f"SELECT REG_CD FROM AGT WHERE AGT_NO = ({TOP_AGT})"]),
         ("how much annual premium have their policies brought in?",
          f"SELECT SUM(ANN_PREM_AMT) FROM PLCY WHERE AGT_NO = ({TOP_AGT})"),
         ("and what commission does that come to at their rate?",
          f"SELECT SUM(p.ANN_PREM_AMT) * a.COMM_PCT / 100 FROM PLCY p JOIN AGT a ON a.AGT_NO = p.AGT_NO "
          f"WHERE p.AGT_NO = ({TOP_AGT})"),
         ("what's their email address?", D)),
    conv("cl-4",
         ("How many agents are still active?", "SELECT COUNT(*) FROM AGT WHERE ACTV_FLG = 'Y'"),
         ("Total annual premium by region",
          "SELECT l.CD_DESC, SUM(p.ANN_PREM_AMT) FROM PLCY p JOIN AGT a ON a.AGT_NO = p.AGT_NO "
          "JOIN CD_LKP l ON l.CD_TYP = 'REG' AND l.CD = a.REG_CD GROUP BY l.CD_DESC",
          ["SELECT a.REG_CD, SUM(p.ANN_PREM_AMT) FROM PLCY p JOIN AGT a ON a.AGT_NO = p.AGT_NO GROUP BY a.REG_CD"]),
         ("which state has the most policies?",
          "SELECT ST_CD FROM PLCY GROUP BY ST_CD ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and which agent in that state has the most policies?",
          "SELECT a.AGT_NM FROM PLCY p JOIN AGT a ON a.AGT_NO = p.AGT_NO WHERE p.ST_CD = "
          "(SELECT ST_CD FROM PLCY GROUP BY ST_CD ORDER BY COUNT(*) DESC LIMIT 1) "
          "GROUP BY a.AGT_NO ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("cl-5",
         ("Total paid on claims by line of business",
          f"SELECT l.CD_DESC, SUM(c.PD_AMT) {CP} {LOBJ} GROUP BY l.CD_DESC",
          [f"SELECT p.LOB_CD, SUM(c.PD_AMT) {CP} GROUP BY p.LOB_CD"]),
         ("what's the loss ratio for each line, paid over annual premium?", LR,
          [LR.replace("/ SUM(p.ANN_PREM_AMT)", "* 100.0 / SUM(p.ANN_PREM_AMT)")]),
         ("which line has the highest?",
          f"SELECT CD_DESC FROM ({LR}) ORDER BY lr DESC LIMIT 1",
          [f"SELECT LOB_CD FROM PLCY WHERE LOB_CD = (SELECT l.CD FROM CD_LKP l WHERE l.CD_TYP = 'LOB' AND l.CD_DESC = "
           f"(SELECT CD_DESC FROM ({LR}) ORDER BY lr DESC LIMIT 1)) LIMIT 1"]),
         ("what will the loss ratio be next year?", D)),
    conv("cl-6",
         ("How many claims were reported each year?",
          "SELECT strftime('%Y', RPT_DT) AS y, COUNT(*) FROM CLM GROUP BY y"),
         ("how many of the ones reported in 2024 were denied?",
          "SELECT COUNT(*) FROM CLM WHERE RPT_DT LIKE '2024%' AND STAT_CD = 'D'"),
         ("On average how many days pass between the loss and the report?",
          f"SELECT AVG({LAG}) FROM CLM",
          [f"SELECT AVG({LAG}) FROM CLM WHERE RPT_DT LIKE '2024%'"]),
         ("which cause of loss gets reported the slowest?",
          f"SELECT l.CD_DESC FROM CLM c JOIN CD_LKP l ON l.CD_TYP = 'CAUS' AND l.CD = c.CAUS_CD GROUP BY l.CD_DESC "
          f"ORDER BY AVG({LAG}) DESC LIMIT 1",
          [f"SELECT CAUS_CD FROM CLM GROUP BY CAUS_CD ORDER BY AVG({LAG}) DESC LIMIT 1"])),
    conv("cl-7",
         ("Show the 5 largest claims by amount paid", TOP5 + ""),
         ("who are the policyholders on those?",
          f"SELECT p.HLDR_NM FROM ({TOP5}) t JOIN CLM c ON c.CLM_NO = t.CLM_NO JOIN PLCY p ON p.PLCY_NO = c.PLCY_NO"),
         ("and what deductible do those policies carry?",
          f"SELECT p.PLCY_NO, p.DED_AMT FROM ({TOP5}) t JOIN CLM c ON c.CLM_NO = t.CLM_NO "
          "JOIN PLCY p ON p.PLCY_NO = c.PLCY_NO"),
         ("were any of them flagged as fraud?", D)),
    conv("cl-8",
         ("How many travel policies were sold in 2023?",
          "SELECT COUNT(*) FROM PLCY WHERE LOB_CD = 'TR' AND EFF_DT LIKE '2023%'"),
         ("what share of them had at least one claim?",
          f"SELECT 1.0 * COUNT(DISTINCT c.PLCY_NO) / (SELECT COUNT(*) FROM ({TR23})) FROM CLM c "
          f"WHERE c.PLCY_NO IN ({TR23})",
          [f"SELECT 100.0 * COUNT(DISTINCT c.PLCY_NO) / (SELECT COUNT(*) FROM ({TR23})) FROM CLM c "
           f"WHERE c.PLCY_NO IN ({TR23})"]),
         ("what was the most common cause on those claims?",
          f"SELECT l.CD_DESC FROM CLM c JOIN CD_LKP l ON l.CD_TYP = 'CAUS' AND l.CD = c.CAUS_CD "
          f"WHERE c.PLCY_NO IN ({TR23}) GROUP BY l.CD_DESC ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT CAUS_CD FROM CLM WHERE PLCY_NO IN ({TR23}) GROUP BY CAUS_CD ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how old were the travellers?", D)),
    conv("cl-9",
         ("Average payment on closed claims by cause of loss",
          "SELECT l.CD_DESC, AVG(c.PD_AMT) FROM CLM c JOIN CD_LKP l ON l.CD_TYP = 'CAUS' AND l.CD = c.CAUS_CD "
          "WHERE c.STAT_CD = 'C' GROUP BY l.CD_DESC",
          ["SELECT CAUS_CD, AVG(PD_AMT) FROM CLM WHERE STAT_CD = 'C' GROUP BY CAUS_CD"]),
         ("How many claims were withdrawn?", "SELECT COUNT(*) FROM CLM WHERE STAT_CD = 'W'"),
         ("Which agent's policies have had the most denied claims?",
          f"SELECT a.AGT_NM {CP} JOIN AGT a ON a.AGT_NO = p.AGT_NO WHERE c.STAT_CD = 'D' GROUP BY a.AGT_NO "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("is that agent still active?",
          f"SELECT a.ACTV_FLG FROM AGT a WHERE a.AGT_NO = (SELECT p.AGT_NO {CP} WHERE c.STAT_CD = 'D' "
          "GROUP BY p.AGT_NO ORDER BY COUNT(*) DESC LIMIT 1)")),
    conv("cl-10",
         ("List the commercial property policies with an annual premium over 10,000",
          "SELECT PLCY_NO, HLDR_NM, ANN_PREM_AMT FROM PLCY WHERE LOB_CD = 'CP' AND ANN_PREM_AMT > 10000"),
         ("how many claims have been filed against those?",
          "SELECT COUNT(*) FROM CLM WHERE PLCY_NO IN (SELECT PLCY_NO FROM PLCY WHERE LOB_CD = 'CP' AND ANN_PREM_AMT > 10000)"),
         ("what are the buildings on those policies insured for?", D),
         ("How many policies expire in the first quarter of 2025?",
          "SELECT COUNT(*) FROM PLCY WHERE EXP_DT BETWEEN '2025-01-01' AND '2025-03-31'")),
]

SETS = {"storage": STORAGE, "charters": CHARTERS, "claims": CLAIMS}
