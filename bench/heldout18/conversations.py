"""The eighteenth set of held-out conversations: analysts and managers chatting to a database, full
questions and terse follow-ups, written before the engine was run on them. Each turn: question,
reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL that also answers), or
None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ gym
MC = "FROM members m JOIN clubs c ON c.club_id = m.home_club_id"
ACT = f"SELECT c.club_name, COUNT(*) AS n {MC} WHERE m.cancelled_on IS NULL GROUP BY c.club_name"
NOREF = "payment_type <> 'refund'"
BK = "FROM class_bookings b JOIN classes k ON k.class_id = b.class_id"
TOPTR = ("SELECT trainer_id FROM classes WHERE class_date LIKE '2024%' AND status = 'held' GROUP BY trainer_id "
         "ORDER BY COUNT(*) DESC LIMIT 1")
ABOVE = ("SELECT t.trainer_id FROM trainers t WHERE t.hourly_rate > "
         "(SELECT AVG(t2.hourly_rate) FROM trainers t2 WHERE t2.specialty = t.specialty)")
LASTC = "SELECT member_id FROM members ORDER BY cancelled_on DESC LIMIT 1"
PJM = "FROM payments p JOIN members m ON m.member_id = p.member_id"

GYM = [
    conv("gym-1",
         ("How many active members does each club have?", ACT),
         ("as a share of total",
          f"SELECT c.club_name, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM members WHERE cancelled_on IS NULL) "
          f"{MC} WHERE m.cancelled_on IS NULL GROUP BY c.club_name",
          [f"SELECT c.club_name, 1.0 * COUNT(*) / (SELECT COUNT(*) FROM members WHERE cancelled_on IS NULL) "
           f"{MC} WHERE m.cancelled_on IS NULL GROUP BY c.club_name"]),
         ("just the top 3", f"SELECT c.club_name, COUNT(*) {MC} WHERE m.cancelled_on IS NULL GROUP BY c.club_name "
                            "ORDER BY COUNT(*) DESC LIMIT 3")),
    conv("gym-2",
         ("What was total payment revenue by month in 2024?",
          "SELECT strftime('%Y-%m', paid_on) AS mon, SUM(amount) FROM payments WHERE paid_on LIKE '2024%' GROUP BY mon",
          ["SELECT strftime('%m', paid_on) AS mon, SUM(amount) FROM payments WHERE paid_on LIKE '2024%' GROUP BY mon"]),
         ("drop the refunds",
          f"SELECT strftime('%Y-%m', paid_on) AS mon, SUM(amount) FROM payments WHERE paid_on LIKE '2024%' AND {NOREF} "
          "GROUP BY mon",
          [f"SELECT strftime('%m', paid_on) AS mon, SUM(amount) FROM payments WHERE paid_on LIKE '2024%' AND {NOREF} "
           "GROUP BY mon"]),
         ("and 2023?",
          f"SELECT strftime('%Y-%m', paid_on) AS mon, SUM(amount) FROM payments WHERE paid_on LIKE '2023%' AND {NOREF} "
          "GROUP BY mon",
          [f"SELECT strftime('%m', paid_on) AS mon, SUM(amount) FROM payments WHERE paid_on LIKE '2023%' AND {NOREF} "
           "GROUP BY mon"]),
         ("what's the percent change in the full-year total from 2023 to 2024?",
          f"SELECT 100.0 * (SUM(CASE WHEN paid_on LIKE '2024%' THEN amount END) - SUM(CASE WHEN paid_on LIKE '2023%' "
          f"THEN amount END)) / SUM(CASE WHEN paid_on LIKE '2023%' THEN amount END) FROM payments WHERE {NOREF}",
          [f"SELECT 1.0 * (SUM(CASE WHEN paid_on LIKE '2024%' THEN amount END) - SUM(CASE WHEN paid_on LIKE '2023%' "
           f"THEN amount END)) / SUM(CASE WHEN paid_on LIKE '2023%' THEN amount END) FROM payments WHERE {NOREF}"])),
    conv("gym-3",
         ("What's the average monthly fee across our plans?", "SELECT AVG(monthly_fee) FROM plans"),
         ("which plans cost more than that?",
          "SELECT plan_name FROM plans WHERE monthly_fee > (SELECT AVG(monthly_fee) FROM plans)"),
         ("how many members are on each of those?",
          "SELECT p.plan_name, COUNT(*) FROM members m JOIN plans p ON p.plan_code = m.plan_code "
          "WHERE p.monthly_fee > (SELECT AVG(monthly_fee) FROM plans) GROUP BY p.plan_name"),
         ("What reasons did the Premium members who cancelled give?", D)),
    conv("gym-4",
         ("Which trainer taught the most classes in 2024?",
          f"SELECT full_name FROM trainers WHERE trainer_id = ({TOPTR})"),
         ("what's their hourly rate?", f"SELECT hourly_rate FROM trainers WHERE trainer_id = ({TOPTR})"),
         ("Which trainers never taught a class?",
          "SELECT full_name FROM trainers WHERE trainer_id NOT IN (SELECT trainer_id FROM classes)"),
         ("what's that trainer's mobile number?", D)),
    conv("gym-5",
         ("What's the attendance rate for bookings by class type?",
          f"SELECT k.class_type, AVG(b.attended) {BK} GROUP BY k.class_type",
          [f"SELECT k.class_type, 100.0 * AVG(b.attended) {BK} GROUP BY k.class_type"]),
         ("which type is lowest?", f"SELECT k.class_type {BK} GROUP BY k.class_type ORDER BY AVG(b.attended) LIMIT 1"),
         ("How many bookings have no attendance recorded?",
          "SELECT COUNT(*) FROM class_bookings WHERE attended IS NULL")),
    conv("gym-6",
         ("On average, how many classes did each member book in 2024?",
          f"SELECT 1.0 * COUNT(*) / COUNT(DISTINCT b.member_id) {BK} WHERE k.class_date LIKE '2024%'",
          ["SELECT 1.0 * COUNT(*) / COUNT(DISTINCT member_id) FROM class_bookings WHERE booked_on LIKE '2024%'"]),
         ("same for 2023",
          f"SELECT 1.0 * COUNT(*) / COUNT(DISTINCT b.member_id) {BK} WHERE k.class_date LIKE '2023%'",
          ["SELECT 1.0 * COUNT(*) / COUNT(DISTINCT member_id) FROM class_bookings WHERE booked_on LIKE '2023%'"]),
         ("and broken down by club",
          f"SELECT c.club_name, 1.0 * COUNT(*) / COUNT(DISTINCT b.member_id) {BK} JOIN clubs c ON c.club_id = k.club_id "
          "WHERE k.class_date LIKE '2023%' GROUP BY c.club_name")),
    conv("gym-7",
         ("Which trainers earn more than the average hourly rate for their specialty?",
          f"SELECT full_name FROM trainers WHERE trainer_id IN ({ABOVE})"),
         ("how many classes did each of them teach in 2024?",
          f"SELECT t.full_name, COUNT(k.class_id) FROM trainers t LEFT JOIN classes k ON k.trainer_id = t.trainer_id "
          f"AND k.class_date LIKE '2024%' AND k.status = 'held' WHERE t.trainer_id IN ({ABOVE}) GROUP BY t.trainer_id",
          [f"SELECT t.full_name, COUNT(k.class_id) FROM trainers t LEFT JOIN classes k ON k.trainer_id = t.trainer_id "
           f"AND k.class_date LIKE '2024%' WHERE t.trainer_id IN ({ABOVE}) GROUP BY t.trainer_id"]),
         ("What will their rates be next year?", D)),
    conv("gym-8",
         ("When did the most recent membership cancellation happen?", "SELECT MAX(cancelled_on) FROM members"),
         ("which club was that member at?", f"SELECT c.club_name {MC} WHERE m.member_id = ({LASTC})"),
         ("When did our first Cardiff member join?",
          f"SELECT MIN(m.joined_on) {MC} WHERE c.city = 'Cardiff'"),
         ("what's their email address?", D)),
    conv("gym-9",
         ("How much revenue did Premium plan members bring in during 2024?",
          f"SELECT SUM(p.amount) {PJM} WHERE m.plan_code = 'PRM' AND p.paid_on LIKE '2024%'",
          [f"SELECT SUM(p.amount) {PJM} WHERE m.plan_code = 'PRM' AND p.paid_on LIKE '2024%' AND p.{NOREF}"]),
         ("what about Standard?",
          f"SELECT SUM(p.amount) {PJM} WHERE m.plan_code = 'STD' AND p.paid_on LIKE '2024%'",
          [f"SELECT SUM(p.amount) {PJM} WHERE m.plan_code = 'STD' AND p.paid_on LIKE '2024%' AND p.{NOREF}"]),
         ("how many personal training sessions did Standard members pay for that year?",
          f"SELECT COUNT(*) {PJM} WHERE m.plan_code = 'STD' AND p.paid_on LIKE '2024%' "
          "AND p.payment_type = 'personal_training'")),
    conv("gym-10",
         ("How many new members joined in Q4 2024?",
          "SELECT COUNT(*) FROM members WHERE joined_on BETWEEN '2024-10-01' AND '2024-12-31'"),
         ("and Q4 2023?", "SELECT COUNT(*) FROM members WHERE joined_on BETWEEN '2023-10-01' AND '2023-12-31'"),
         ("by region for Q4 2024",
          f"SELECT c.region, COUNT(*) {MC} WHERE m.joined_on BETWEEN '2024-10-01' AND '2024-12-31' GROUP BY c.region"),
         ("how many will join in Q1 2025?", D)),
    conv("gym-11",
         ("Show each club's monthly rent", D),
         ("What's the average capacity by class type?", "SELECT class_type, AVG(capacity) FROM classes GROUP BY class_type"),
         ("Which club had the most cancelled classes in 2024?",
          "SELECT c.club_name FROM classes k JOIN clubs c ON c.club_id = k.club_id WHERE k.status = 'cancelled' "
          "AND k.class_date LIKE '2024%' GROUP BY c.club_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("why were they cancelled?", D)),
    conv("gym-12",
         ("List the members born before 1965 who are on the Student plan",
          "SELECT first_name, last_name FROM members WHERE birth_year < 1965 AND plan_code = 'STU'"),
         ("How many members have no birth year on file?", "SELECT COUNT(*) FROM members WHERE birth_year IS NULL")),
]

# ------------------------------------------------------------------------------------------ parcels
PH = "FROM parcels p JOIN hubs h ON h.hubId = p.originHubId"
Y24 = "p.createdAt LIKE '2024%'"
TOP3H = f"SELECT p.originHubId {PH} WHERE {Y24} GROUP BY p.originHubId ORDER BY SUM(p.shippingFee) DESC LIMIT 3"
HRS = "(julianday(deliveredAt) - julianday(createdAt)) * 24"
NOHOME = ("SELECT courierId FROM deliveryAttempts WHERE outcome = 'no one home' AND attemptedAt LIKE '2024%' "
          "GROUP BY courierId ORDER BY COUNT(*) DESC LIMIT 1")
PA = "FROM parcels p JOIN accounts a ON a.accountId = p.accountId"
ELQ = "(CAST(strftime('%m', p.createdAt) AS INTEGER) + 2) / 3"

PARCELS = [
    conv("par-1",
         ("How many parcels did we ship by service level in 2024?",
          "SELECT serviceLevel, COUNT(*) FROM parcels WHERE createdAt LIKE '2024%' GROUP BY serviceLevel"),
         ("as a share of total",
          "SELECT serviceLevel, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM parcels WHERE createdAt LIKE '2024%') "
          "FROM parcels WHERE createdAt LIKE '2024%' GROUP BY serviceLevel",
          ["SELECT serviceLevel, 1.0 * COUNT(*) / (SELECT COUNT(*) FROM parcels WHERE createdAt LIKE '2024%') "
           "FROM parcels WHERE createdAt LIKE '2024%' GROUP BY serviceLevel"]),
         ("same for 2023",
          "SELECT serviceLevel, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM parcels WHERE createdAt LIKE '2023%') "
          "FROM parcels WHERE createdAt LIKE '2023%' GROUP BY serviceLevel",
          ["SELECT serviceLevel, 1.0 * COUNT(*) / (SELECT COUNT(*) FROM parcels WHERE createdAt LIKE '2023%') "
           "FROM parcels WHERE createdAt LIKE '2023%' GROUP BY serviceLevel"])),
    conv("par-2",
         ("What was total shipping revenue per origin hub in 2024?",
          f"SELECT h.hubName, SUM(p.shippingFee) {PH} WHERE {Y24} GROUP BY h.hubName"),
         ("just the top 3",
          f"SELECT h.hubName, SUM(p.shippingFee) {PH} WHERE {Y24} GROUP BY h.hubName ORDER BY SUM(p.shippingFee) DESC LIMIT 3"),
         ("and what did those hubs bring in during 2023?",
          f"SELECT h.hubName, SUM(p.shippingFee) {PH} WHERE p.createdAt LIKE '2023%' AND p.originHubId IN ({TOP3H}) "
          "GROUP BY h.hubName"),
         ("what's the change from 2023 to 2024 for each of them?",
          f"SELECT h.hubName, SUM(CASE WHEN {Y24} THEN p.shippingFee ELSE 0 END) - SUM(CASE WHEN p.createdAt LIKE "
          f"'2023%' THEN p.shippingFee ELSE 0 END) {PH} WHERE p.originHubId IN ({TOP3H}) GROUP BY h.hubName",
          [f"SELECT h.hubName, 100.0 * (SUM(CASE WHEN {Y24} THEN p.shippingFee ELSE 0 END) - SUM(CASE WHEN p.createdAt "
           f"LIKE '2023%' THEN p.shippingFee ELSE 0 END)) / SUM(CASE WHEN p.createdAt LIKE '2023%' THEN p.shippingFee "
           f"ELSE 0 END) {PH} WHERE p.originHubId IN ({TOP3H}) GROUP BY h.hubName"])),
    conv("par-3",
         ("What's the average delivery time in hours for express parcels?",
          f"SELECT AVG({HRS}) FROM parcels WHERE serviceLevel = 'express' AND deliveredAt IS NOT NULL"),
         ("and for economy?",
          f"SELECT AVG({HRS}) FROM parcels WHERE serviceLevel = 'economy' AND deliveredAt IS NOT NULL"),
         ("which destination hub is slowest for economy?",
          f"SELECT h.hubName FROM parcels p JOIN hubs h ON h.hubId = p.destinationHubId WHERE p.serviceLevel = 'economy' "
          f"AND p.deliveredAt IS NOT NULL GROUP BY h.hubName ORDER BY AVG({HRS}) DESC LIMIT 1")),
    conv("par-4",
         ("Which accounts have never shipped a parcel?",
          "SELECT companyName FROM accounts WHERE accountId NOT IN (SELECT accountId FROM parcels)"),
         ("when did they sign up?",
          "SELECT signupDate FROM accounts WHERE accountId NOT IN (SELECT accountId FROM parcels)"),
         ("what's their credit limit?",
          "SELECT creditLimit FROM accounts WHERE accountId NOT IN (SELECT accountId FROM parcels)"),
         ("who is the contact person there?", D)),
    conv("par-5",
         ("How many parcels does an account send on average?",
          "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT accountId) FROM parcels",
          ["SELECT 1.0 * (SELECT COUNT(*) FROM parcels) / (SELECT COUNT(*) FROM accounts)"]),
         ("by industry",
          f"SELECT a.industry, 1.0 * COUNT(*) / COUNT(DISTINCT p.accountId) {PA} GROUP BY a.industry"),
         ("which industry is highest?",
          f"SELECT a.industry {PA} GROUP BY a.industry ORDER BY 1.0 * COUNT(*) / COUNT(DISTINCT p.accountId) DESC LIMIT 1")),
    conv("par-6",
         ("Total hours worked by couriers for each vehicle type in 2024",
          "SELECT c.vehicleType, SUM(s.hoursWorked) FROM courierShifts s JOIN couriers c ON c.courierId = s.courierId "
          "WHERE s.shiftDate LIKE '2024%' GROUP BY c.vehicleType"),
         ("now including overtime hours",
          "SELECT c.vehicleType, SUM(s.hoursWorked + COALESCE(s.overtimeHours, 0)) FROM courierShifts s "
          "JOIN couriers c ON c.courierId = s.courierId WHERE s.shiftDate LIKE '2024%' GROUP BY c.vehicleType"),
         ("Which couriers never worked a shift?",
          "SELECT courierName FROM couriers WHERE courierId NOT IN (SELECT courierId FROM courierShifts)"),
         ("what's each courier's hourly wage?", D)),
    conv("par-7",
         ("When was the last parcel delivered to Milan Linate?",
          "SELECT MAX(p.deliveredAt) FROM parcels p JOIN hubs h ON h.hubId = p.destinationHubId "
          "WHERE h.hubName = 'Milan Linate'"),
         ("and the first one?",
          "SELECT MIN(p.deliveredAt) FROM parcels p JOIN hubs h ON h.hubId = p.destinationHubId "
          "WHERE h.hubName = 'Milan Linate'"),
         ("how many parcels headed there are still in transit?",
          "SELECT COUNT(*) FROM parcels p JOIN hubs h ON h.hubId = p.destinationHubId "
          "WHERE h.hubName = 'Milan Linate' AND p.parcelStatus = 'in_transit'")),
    conv("par-8",
         ("How many delivery attempts failed in 2024 because no one was home?",
          "SELECT COUNT(*) FROM deliveryAttempts WHERE outcome = 'no one home' AND attemptedAt LIKE '2024%'"),
         ("which courier had the most of those?",
          f"SELECT courierName FROM couriers WHERE courierId = ({NOHOME})"),
         ("what share of that courier's 2024 attempts failed that way?",
          f"SELECT 100.0 * SUM(outcome = 'no one home') / COUNT(*) FROM deliveryAttempts WHERE attemptedAt LIKE '2024%' "
          f"AND courierId = ({NOHOME})",
          [f"SELECT 1.0 * SUM(outcome = 'no one home') / COUNT(*) FROM deliveryAttempts WHERE attemptedAt LIKE '2024%' "
           f"AND courierId = ({NOHOME})"])),
    conv("par-9",
         ("How many parcels weighed more than the average for their service level? Break it down by service level.",
          "SELECT p.serviceLevel, COUNT(*) FROM parcels p WHERE p.weightKg > "
          "(SELECT AVG(q.weightKg) FROM parcels q WHERE q.serviceLevel = p.serviceLevel) GROUP BY p.serviceLevel"),
         ("What was the heaviest parcel we ever shipped?",
          "SELECT parcelId, weightKg FROM parcels ORDER BY weightKg DESC LIMIT 1"),
         ("who was it addressed to?", D)),
    conv("par-10",
         ("What was total shipping revenue from Fashion accounts in 2024?",
          f"SELECT SUM(p.shippingFee) {PA} WHERE a.industry = 'Fashion' AND {Y24}"),
         ("same for Electronics", f"SELECT SUM(p.shippingFee) {PA} WHERE a.industry = 'Electronics' AND {Y24}"),
         ("by quarter",
          f"SELECT {ELQ} AS q, SUM(p.shippingFee) {PA} WHERE a.industry = 'Electronics' AND {Y24} GROUP BY q"),
         ("what's our profit margin on those?", D)),
    conv("par-11",
         ("What's the average fuel cost per van?", D),
         ("How many lost parcels came from each origin country?",
          f"SELECT h.country, COUNT(*) {PH} WHERE p.parcelStatus = 'lost' GROUP BY h.country"),
         ("Which hub opened most recently?", "SELECT hubName FROM hubs ORDER BY openedOn DESC LIMIT 1"),
         ("how many couriers are based there?",
          "SELECT COUNT(*) FROM couriers WHERE homeHubId = (SELECT hubId FROM hubs ORDER BY openedOn DESC LIMIT 1)")),
    conv("par-12",
         ("What percentage of 2024 parcels were returned?",
          "SELECT 100.0 * SUM(parcelStatus = 'returned') / COUNT(*) FROM parcels WHERE createdAt LIKE '2024%'",
          ["SELECT 1.0 * SUM(parcelStatus = 'returned') / COUNT(*) FROM parcels WHERE createdAt LIKE '2024%'"]),
         ("how will that rate change in 2025?", D)),
]

# ------------------------------------------------------------------------------------------ printshop
OK = "sts_cd NOT IN ('CNC', 'RFD')"


def chshare(y: str, pct: bool = True, desc: bool = False) -> str:
    f = "100.0" if pct else "1.0"
    g, j = ("k.cd_desc", " JOIN CD_LKP k ON k.cd_typ = 'CHNL' AND k.cd = chnl_cd") if desc else ("chnl_cd", "")
    return (f"SELECT {g}, {f} * SUM(ord_amt_usd) / (SELECT SUM(ord_amt_usd) FROM ORD WHERE ord_dt LIKE '{y}%' "
            f"AND {OK}) FROM ORD{j} WHERE ord_dt LIKE '{y}%' AND {OK} GROUP BY {g}")


def chsum(cond: str) -> list[str]:
    return [f"SELECT k.cd_desc, SUM(o.ord_amt_usd) FROM ORD o JOIN CD_LKP k ON k.cd_typ = 'CHNL' AND k.cd = o.chnl_cd "
            f"WHERE o.ord_dt LIKE '2024%'{cond} GROUP BY k.cd_desc"]


LN = "FROM ORD_LN l JOIN DSGN d ON d.dsgn_id = l.dsgn_id"
TOPA = "SELECT artst_id FROM DSGN GROUP BY artst_id ORDER BY COUNT(*) DESC LIMIT 1"
PJ = "FROM PRT_JOB j JOIN PRTR p ON p.prtr_id = j.prtr_id"
NEVER = "SELECT dsgn_id FROM DSGN WHERE dsgn_id NOT IN (SELECT dsgn_id FROM ORD_LN)"
BIG = "SELECT ord_id FROM ORD ORDER BY ord_amt_usd DESC LIMIT 1"


def monthly(y: str) -> str:
    return f"SELECT strftime('%m', ord_dt) AS m, COUNT(*) AS n FROM ORD WHERE ord_dt LIKE '{y}%' GROUP BY m"


PRINTSHOP = [
    conv("pr-1",
         ("What was total order value by sales channel in 2024?",
          "SELECT chnl_cd, SUM(ord_amt_usd) FROM ORD WHERE ord_dt LIKE '2024%' GROUP BY chnl_cd", chsum("")),
         ("drop the cancelled and refunded orders",
          f"SELECT chnl_cd, SUM(ord_amt_usd) FROM ORD WHERE ord_dt LIKE '2024%' AND {OK} GROUP BY chnl_cd",
          chsum(" AND o.sts_cd NOT IN ('CNC', 'RFD')")),
         ("as a share of total", chshare("2024"),
          [chshare("2024", False), chshare("2024", True, True), chshare("2024", False, True)]),
         ("and 2023?", chshare("2023"), [chshare("2023", False), chshare("2023", True, True), chshare("2023", False, True)])),
    conv("pr-2",
         ("Which product type sold the most units overall?",
          "SELECT k.cd_desc FROM ORD_LN l JOIN CD_LKP k ON k.cd_typ = 'PRD' AND k.cd = l.prd_cd GROUP BY k.cd_desc "
          "ORDER BY SUM(l.qty) DESC LIMIT 1",
          ["SELECT prd_cd FROM ORD_LN GROUP BY prd_cd ORDER BY SUM(qty) DESC LIMIT 1"]),
         ("how many mugs have we sold?", "SELECT SUM(qty) FROM ORD_LN WHERE prd_cd = 'MUG'"),
         ("what's the average unit price for mugs?", "SELECT AVG(unit_prc_usd) FROM ORD_LN WHERE prd_cd = 'MUG'",
          ["SELECT SUM(qty * unit_prc_usd) / SUM(qty) FROM ORD_LN WHERE prd_cd = 'MUG'"])),
    conv("pr-3",
         ("Which artist has the most designs?", f"SELECT artst_nm FROM ARTST WHERE artst_id = ({TOPA})"),
         ("how many units of their designs have sold?", f"SELECT SUM(l.qty) {LN} WHERE d.artst_id = ({TOPA})"),
         ("what royalty percentage are they on?", f"SELECT roy_pct FROM ARTST WHERE artst_id = ({TOPA})"),
         ("when was their last royalty payout made?", D)),
    conv("pr-4",
         ("How many print jobs did each printer run in 2024?",
          f"SELECT p.prtr_nm, COUNT(*) {PJ} WHERE j.job_dt LIKE '2024%' GROUP BY p.prtr_nm"),
         ("what's the failure rate for each?",
          f"SELECT p.prtr_nm, 100.0 * SUM(j.fail_flg = 'Y') / COUNT(*) {PJ} WHERE j.job_dt LIKE '2024%' GROUP BY p.prtr_nm",
          [f"SELECT p.prtr_nm, 1.0 * SUM(j.fail_flg = 'Y') / COUNT(*) {PJ} WHERE j.job_dt LIKE '2024%' "
           "GROUP BY p.prtr_nm"]),
         ("which site has the longest average job duration that year?",
          f"SELECT k.cd_desc {PJ} JOIN CD_LKP k ON k.cd_typ = 'SITE' AND k.cd = p.site_cd WHERE j.job_dt LIKE '2024%' "
          "GROUP BY k.cd_desc ORDER BY AVG(j.dur_min) DESC LIMIT 1",
          [f"SELECT p.site_cd {PJ} WHERE j.job_dt LIKE '2024%' GROUP BY p.site_cd ORDER BY AVG(j.dur_min) DESC LIMIT 1"]),
         ("When was the Kornit Atlas last serviced?", D)),
    conv("pr-5",
         ("How many customers do we have in each country?", "SELECT ctry_cd, COUNT(*) FROM CUST GROUP BY ctry_cd"),
         ("How many customers have never placed an order?",
          "SELECT COUNT(*) FROM CUST WHERE cust_id NOT IN (SELECT cust_id FROM ORD)"),
         ("just the ones in the US",
          "SELECT COUNT(*) FROM CUST WHERE ctry_cd = 'US' AND cust_id NOT IN (SELECT cust_id FROM ORD)"),
         ("can I get their email addresses?", D)),
    conv("pr-6",
         ("What was the average spend per customer in 2024?",
          "SELECT SUM(ord_amt_usd) / COUNT(DISTINCT cust_id) FROM ORD WHERE ord_dt LIKE '2024%'"),
         ("same for 2023", "SELECT SUM(ord_amt_usd) / COUNT(DISTINCT cust_id) FROM ORD WHERE ord_dt LIKE '2023%'"),
         ("and by customer country for 2024",
          "SELECT c.ctry_cd, SUM(o.ord_amt_usd) / COUNT(DISTINCT o.cust_id) FROM ORD o JOIN CUST c ON c.cust_id = o.cust_id "
          "WHERE o.ord_dt LIKE '2024%' GROUP BY c.ctry_cd")),
    conv("pr-7",
         ("In December 2024, how many orders were above the average order value for their own channel? By channel please.",
          "SELECT o.chnl_cd, COUNT(*) FROM ORD o WHERE o.ord_dt LIKE '2024-12%' AND o.ord_amt_usd > "
          "(SELECT AVG(x.ord_amt_usd) FROM ORD x WHERE x.chnl_cd = o.chnl_cd AND x.ord_dt LIKE '2024-12%') "
          "GROUP BY o.chnl_cd"),
         ("What's the biggest single order we've ever had?",
          "SELECT ord_id, ord_amt_usd FROM ORD ORDER BY ord_amt_usd DESC LIMIT 1"),
         ("which customer placed it?", f"SELECT c.cust_nm FROM CUST c JOIN ORD o ON o.cust_id = c.cust_id "
                                       f"WHERE o.ord_id = ({BIG})"),
         ("what's their shipping address?", D)),
    conv("pr-8",
         ("Which designs have never been ordered?", f"SELECT dsgn_ttl FROM DSGN WHERE dsgn_id IN ({NEVER})"),
         ("who designed it?",
          f"SELECT a.artst_nm FROM ARTST a JOIN DSGN d ON d.artst_id = a.artst_id WHERE d.dsgn_id IN ({NEVER})"),
         ("When was the most recent order containing a Retro design?",
          "SELECT MAX(o.ord_dt) FROM ORD o JOIN ORD_LN l ON l.ord_id = o.ord_id JOIN DSGN d ON d.dsgn_id = l.dsgn_id "
          "WHERE d.cat_cd = 'RETR'"),
         ("and the first hoodie order?",
          "SELECT MIN(o.ord_dt) FROM ORD o JOIN ORD_LN l ON l.ord_id = o.ord_id WHERE l.prd_cd = 'HOD'")),
    conv("pr-9",
         ("How many orders got a discount in 2024?",
          "SELECT COUNT(*) FROM ORD WHERE disc_amt_usd IS NOT NULL AND ord_dt LIKE '2024%'",
          ["SELECT COUNT(*) FROM ORD WHERE disc_amt_usd > 0 AND ord_dt LIKE '2024%'"]),
         ("what was the total discount amount?", "SELECT SUM(disc_amt_usd) FROM ORD WHERE ord_dt LIKE '2024%'"),
         ("by month",
          "SELECT strftime('%m', ord_dt) AS m, SUM(disc_amt_usd) FROM ORD WHERE ord_dt LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', ord_dt) AS m, SUM(disc_amt_usd) FROM ORD WHERE ord_dt LIKE '2024%' GROUP BY m"]),
         ("which discount code was used most often?", D)),
    conv("pr-10",
         ("How many orders did we get each month in 2024?", monthly("2024"),
          ["SELECT strftime('%Y-%m', ord_dt) AS m, COUNT(*) FROM ORD WHERE ord_dt LIKE '2024%' GROUP BY m"]),
         ("and the change versus the same month of 2023?",
          f"SELECT a.m, a.n - b.n FROM ({monthly('2024')}) a JOIN ({monthly('2023')}) b ON a.m = b.m",
          [f"SELECT a.m, 100.0 * (a.n - b.n) / b.n FROM ({monthly('2024')}) a JOIN ({monthly('2023')}) b ON a.m = b.m"]),
         ("What will January 2025 look like?", D)),
    conv("pr-11",
         ("What's the average shipping charge on orders under 60 dollars?",
          "SELECT AVG(shp_amt_usd) FROM ORD WHERE ord_amt_usd < 60"),
         ("how many orders shipped free?", "SELECT COUNT(*) FROM ORD WHERE shp_amt_usd = 0"),
         ("What does a hoodie weigh on average?", D)),
    conv("pr-12",
         ("Which design category brings in the most line revenue?",
          f"SELECT k.cd_desc {LN} JOIN CD_LKP k ON k.cd_typ = 'CAT' AND k.cd = d.cat_cd GROUP BY k.cd_desc "
          "ORDER BY SUM(l.qty * l.unit_prc_usd) DESC LIMIT 1",
          [f"SELECT d.cat_cd {LN} GROUP BY d.cat_cd ORDER BY SUM(l.qty * l.unit_prc_usd) DESC LIMIT 1"]),
         ("show each category's share of the total",
          f"SELECT d.cat_cd, 100.0 * SUM(l.qty * l.unit_prc_usd) / (SELECT SUM(qty * unit_prc_usd) FROM ORD_LN) {LN} "
          "GROUP BY d.cat_cd",
          [f"SELECT d.cat_cd, 1.0 * SUM(l.qty * l.unit_prc_usd) / (SELECT SUM(qty * unit_prc_usd) FROM ORD_LN) {LN} "
           "GROUP BY d.cat_cd",
           f"SELECT k.cd_desc, 100.0 * SUM(l.qty * l.unit_prc_usd) / (SELECT SUM(qty * unit_prc_usd) FROM ORD_LN) {LN} "
           "JOIN CD_LKP k ON k.cd_typ = 'CAT' AND k.cd = d.cat_cd GROUP BY k.cd_desc",
           f"SELECT k.cd_desc, 1.0 * SUM(l.qty * l.unit_prc_usd) / (SELECT SUM(qty * unit_prc_usd) FROM ORD_LN) {LN} "
           "JOIN CD_LKP k ON k.cd_typ = 'CAT' AND k.cd = d.cat_cd GROUP BY k.cd_desc"])),
]

SETS = {"gym": GYM, "parcels": PARCELS, "printshop": PRINTSHOP}
