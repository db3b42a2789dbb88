"""Held-out conversations of heldout33, written as analysts (and people demoing a chat-to-SQL tool)
ask them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data cannot answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ transit
TR = "FROM trips t JOIN routes r ON r.route_id = t.route_id"
RD = "FROM routes r JOIN depots d ON d.depot_id = r.depot_id"
VD = "FROM vehicles v JOIN depots d ON d.depot_id = v.depot_id"
HR = "substr(scheduled_departure, 1, 2)"
WORST_HR = f"SELECT {HR} FROM trips GROUP BY {HR} ORDER BY AVG(delay_min) DESC LIMIT 1"
M24 = "strftime('%Y-%m', service_date)"
BIG_BUS = ("SELECT t.vehicle_id FROM trips t WHERE t.service_date LIKE '2024%' GROUP BY t.vehicle_id "
           "ORDER BY SUM(t.boardings) DESC LIMIT 1")
LONG_HILL = ("SELECT r.route_id FROM routes r JOIN depots d ON d.depot_id = r.depot_id "
             "WHERE r.length_km > 30 AND d.depot_name = 'Hilltop'")
UNI = "r.route_name = 'University Shuttle'"

TRANSIT = [
    conv("tr-1",
         ("How many routes does each depot run?", f"SELECT d.depot_name, COUNT(*) {RD} GROUP BY d.depot_name"),
         ("which one has the longest total route length?",
          f"SELECT d.depot_name {RD} GROUP BY d.depot_name ORDER BY SUM(r.length_km) DESC LIMIT 1"),
         ("what's the phone number for that depot?", D)),
    conv("tr-2",
         ("What's the average delay on the 7A?", f"SELECT AVG(t.delay_min) {TR} WHERE r.route_code = '7A'"),
         ("and on the 7B?", f"SELECT AVG(t.delay_min) {TR} WHERE r.route_code = '7B'"),
         ("how many trips were cancelled on each of those two routes?",
          f"SELECT r.route_code, SUM(t.cancelled) {TR} WHERE r.route_code IN ('7A', '7B') GROUP BY r.route_code",
          [f"SELECT r.route_code, COUNT(*) {TR} WHERE r.route_code IN ('7A', '7B') AND t.cancelled = 1 "
           "GROUP BY r.route_code"]),
         ("why are they running so late?", D)),
    conv("tr-3",
         ("Show me the top 5 routes by total boardings in 2024",
          f"SELECT r.route_code, r.route_name, SUM(t.boardings) AS b {TR} WHERE t.service_date LIKE '2024%' "
          "GROUP BY r.route_id ORDER BY b DESC LIMIT 5",
          [f"SELECT r.route_name, SUM(t.boardings) AS b {TR} WHERE t.service_date LIKE '2024%' "
           "GROUP BY r.route_id ORDER BY b DESC LIMIT 5"]),
         ("and last year?",
          f"SELECT r.route_code, r.route_name, SUM(t.boardings) AS b {TR} WHERE t.service_date LIKE '2023%' "
          "GROUP BY r.route_id ORDER BY b DESC LIMIT 5",
          [f"SELECT r.route_name, SUM(t.boardings) AS b {TR} WHERE t.service_date LIKE '2023%' "
           "GROUP BY r.route_id ORDER BY b DESC LIMIT 5"]),
         ("what share of all 2023 boardings did the top one account for?",
          "SELECT 100.0 * MAX(b) / SUM(b) FROM (SELECT SUM(boardings) AS b FROM trips "
          "WHERE service_date LIKE '2023%' GROUP BY route_id)",
          ["SELECT 1.0 * MAX(b) / SUM(b) FROM (SELECT SUM(boardings) AS b FROM trips "
           "WHERE service_date LIKE '2023%' GROUP BY route_id)"])),
    conv("tr-4",
         ("How many buses do we have by fuel type?", "SELECT fuel_type, COUNT(*) FROM vehicles GROUP BY fuel_type"),
         ("what about the electric ones - which manufacturers are they from?",
          "SELECT DISTINCT manufacturer FROM vehicles WHERE fuel_type = 'electric'"),
         ("what's the oldest bus in the fleet?",
          "SELECT fleet_no, year_built FROM vehicles ORDER BY year_built LIMIT 1"),
         ("when is it due to be scrapped?", D)),
    conv("tr-5",
         ("Monthly trip count for 2024",
          f"SELECT {M24} AS m, COUNT(*) FROM trips WHERE service_date LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%m', service_date) AS m, COUNT(*) FROM trips WHERE service_date LIKE '2024%' GROUP BY m"]),
         ("how many of those were cancelled each month?",
          f"SELECT {M24} AS m, SUM(cancelled) FROM trips WHERE service_date LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%m', service_date) AS m, SUM(cancelled) FROM trips WHERE service_date LIKE '2024%' "
           "GROUP BY m"]),
         ("which month had the highest cancellation rate?",
          f"SELECT {M24} AS m FROM trips WHERE service_date LIKE '2024%' GROUP BY m ORDER BY AVG(cancelled) DESC "
          "LIMIT 1",
          ["SELECT strftime('%m', service_date) AS m FROM trips WHERE service_date LIKE '2024%' GROUP BY m "
           "ORDER BY AVG(cancelled) DESC LIMIT 1"]),
         ("what will it be next January?", D)),
    conv("tr-6",
         ("What percentage of trips are on night services?",
          f"SELECT 100.0 * SUM(r.is_night_service) / COUNT(*) {TR}",
          [f"SELECT 1.0 * SUM(r.is_night_service) / COUNT(*) {TR}"]),
         ("average boardings on night trips vs day trips",
          f"SELECT r.is_night_service, AVG(t.boardings) {TR} GROUP BY r.is_night_service"),
         ("how many night trips were there in December 2024?",
          f"SELECT COUNT(*) {TR} WHERE r.is_night_service = 1 AND t.service_date LIKE '2024-12%'")),
    conv("tr-7",
         ("Which routes are longer than 30 km?", "SELECT route_code, route_name FROM routes WHERE length_km > 30",
          ["SELECT route_name FROM routes WHERE length_km > 30", "SELECT route_code FROM routes WHERE length_km > 30"]),
         ("which of them run out of the Hilltop depot?",
          f"SELECT r.route_code, r.route_name {RD} WHERE r.length_km > 30 AND d.depot_name = 'Hilltop'",
          [f"SELECT r.route_name {RD} WHERE r.length_km > 30 AND d.depot_name = 'Hilltop'",
           f"SELECT r.route_code {RD} WHERE r.length_km > 30 AND d.depot_name = 'Hilltop'"]),
         ("how many trips were scheduled on them in total?",
          f"SELECT COUNT(*) FROM trips WHERE route_id IN ({LONG_HILL})")),
    conv("tr-8",
         ("Average delay by hour of departure",
          f"SELECT {HR} AS h, AVG(delay_min) FROM trips GROUP BY h",
          [f"SELECT CAST({HR} AS INTEGER) AS h, AVG(delay_min) FROM trips GROUP BY h"]),
         ("which hour is the worst?", f"{WORST_HR}",
          [f"SELECT CAST({HR} AS INTEGER) FROM trips GROUP BY {HR} ORDER BY AVG(delay_min) DESC LIMIT 1"]),
         ("how many trips in that hour were more than 10 minutes late?",
          f"SELECT COUNT(*) FROM trips WHERE {HR} = ({WORST_HR}) AND delay_min > 10")),
    conv("tr-9",
         ("How many vehicles are based at each depot?", f"SELECT d.depot_name, COUNT(*) {VD} GROUP BY d.depot_name"),
         ("and how many seats in total at each?", f"SELECT d.depot_name, SUM(v.seats) {VD} GROUP BY d.depot_name"),
         ("what's the average build year of the buses at Kingsway?",
          f"SELECT AVG(v.year_built) {VD} WHERE d.depot_name = 'Kingsway'"),
         ("how much diesel did they burn last month?", D)),
    conv("tr-10",
         ("Which bus carried the most passengers in 2024?",
          f"SELECT fleet_no FROM vehicles WHERE vehicle_id = ({BIG_BUS})"),
         ("who was driving it?", D),
         ("how many trips did it do that year?",
          f"SELECT COUNT(*) FROM trips WHERE vehicle_id = ({BIG_BUS}) AND service_date LIKE '2024%'")),
    conv("tr-11",
         ("Boardings by year on the University Shuttle",
          f"SELECT strftime('%Y', t.service_date) AS y, SUM(t.boardings) {TR} WHERE {UNI} GROUP BY y"),
         ("what was the growth from 2023 to 2024 in percent?",
          f"SELECT 100.0 * (SUM(CASE WHEN t.service_date LIKE '2024%' THEN t.boardings END) - "
          f"SUM(CASE WHEN t.service_date LIKE '2023%' THEN t.boardings END)) / "
          f"SUM(CASE WHEN t.service_date LIKE '2023%' THEN t.boardings END) {TR} WHERE {UNI}"),
         ("what's the fare on that route?", D)),
    conv("tr-12",
         ("List the routes that had no cancellations at all in 2024",
          "SELECT route_code, route_name FROM routes WHERE route_id NOT IN "
          "(SELECT route_id FROM trips WHERE cancelled = 1 AND service_date LIKE '2024%')",
          ["SELECT route_name FROM routes WHERE route_id NOT IN "
           "(SELECT route_id FROM trips WHERE cancelled = 1 AND service_date LIKE '2024%')",
           "SELECT route_code FROM routes WHERE route_id NOT IN "
           "(SELECT route_id FROM trips WHERE cancelled = 1 AND service_date LIKE '2024%')"]),
         ("how many passengers changed from route 2 to route 15?", D)),
    conv("tr-13",
         ("Which manufacturer's buses have the lowest average delay?",
          "SELECT v.manufacturer FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id GROUP BY v.manufacturer "
          "ORDER BY AVG(t.delay_min) LIMIT 1"),
         ("and how many trips did their buses run in 2024?",
          "SELECT COUNT(*) FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id WHERE v.manufacturer = ("
          "SELECT v.manufacturer FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id GROUP BY v.manufacturer "
          "ORDER BY AVG(t.delay_min) LIMIT 1) AND t.service_date LIKE '2024%'",
          ["SELECT COUNT(*) FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id WHERE v.manufacturer = ("
           "SELECT v.manufacturer FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id GROUP BY v.manufacturer "
           "ORDER BY AVG(t.delay_min) LIMIT 1) AND t.service_date LIKE '2024%' AND t.cancelled = 0"]),
         ("is that because their buses are newer?", D)),
]

# ------------------------------------------------------------------------------------------ foodbank
DJ = "FROM Donations x JOIN Donors d ON d.DonorId = x.DonorId"
PB = "FROM FoodParcels p JOIN Branches b ON b.BranchId = p.BranchId"
CD = "FROM Campaigns c JOIN Donations x ON x.CampaignId = c.CampaignId"
BIG_DEC = "SELECT DonorId FROM Donations WHERE DonatedOn LIKE '2024-12%' ORDER BY Amount DESC LIMIT 1"
NEWEST = "SELECT BranchId FROM Branches ORDER BY OpenedOn DESC LIMIT 1"
Y = "strftime('%Y', IssuedOn)"

FOODBANK = [
    conv("fb-1",
         ("How much did we raise in total in 2024?", "SELECT SUM(Amount) FROM Donations WHERE DonatedOn LIKE '2024%'"),
         ("and in 2023?", "SELECT SUM(Amount) FROM Donations WHERE DonatedOn LIKE '2023%'"),
         ("break 2024 down by payment method",
          "SELECT PaymentMethod, SUM(Amount) FROM Donations WHERE DonatedOn LIKE '2024%' GROUP BY PaymentMethod"),
         ("what share came by direct debit?",
          "SELECT 100.0 * SUM(CASE WHEN PaymentMethod = 'Direct Debit' THEN Amount END) / SUM(Amount) "
          "FROM Donations WHERE DonatedOn LIKE '2024%'",
          ["SELECT SUM(CASE WHEN PaymentMethod = 'Direct Debit' THEN Amount END) / SUM(Amount) "
           "FROM Donations WHERE DonatedOn LIKE '2024%'"])),
    conv("fb-2",
         ("Who are our top 10 donors by total given?",
          f"SELECT d.DonorName, SUM(x.Amount) AS t {DJ} GROUP BY d.DonorId ORDER BY t DESC LIMIT 10"),
         ("what about just the businesses - top 5?",
          f"SELECT d.DonorName, SUM(x.Amount) AS t {DJ} WHERE d.DonorType = 'Business' GROUP BY d.DonorId "
          "ORDER BY t DESC LIMIT 5"),
         ("can you pull up their email addresses?", D)),
    conv("fb-3",
         ("How did each campaign do against its target?",
          f"SELECT c.CampaignName, c.TargetAmount, SUM(x.Amount) {CD} GROUP BY c.CampaignId"),
         ("which ones missed it?",
          f"SELECT c.CampaignName {CD} GROUP BY c.CampaignId HAVING SUM(x.Amount) < c.TargetAmount"),
         ("which campaign raised the most?",
          f"SELECT c.CampaignName {CD} GROUP BY c.CampaignId ORDER BY SUM(x.Amount) DESC LIMIT 1")),
    conv("fb-4",
         ("How many food parcels did each branch give out in 2024?",
          f"SELECT b.BranchName, COUNT(*) {PB} WHERE p.IssuedOn LIKE '2024%' GROUP BY b.BranchName"),
         ("and the year before?",
          f"SELECT b.BranchName, COUNT(*) {PB} WHERE p.IssuedOn LIKE '2023%' GROUP BY b.BranchName"),
         ("which branch grew the most between the two years?",
          f"SELECT b.BranchName {PB} GROUP BY b.BranchName ORDER BY SUM(p.IssuedOn LIKE '2024%') - "
          "SUM(p.IssuedOn LIKE '2023%') DESC LIMIT 1"),
         ("how many families are on the waiting list at Canal Street?", D)),
    conv("fb-5",
         ("What's the average household size for parcels by referral source?",
          "SELECT ReferralSource, AVG(HouseholdSize) FROM FoodParcels GROUP BY ReferralSource"),
         ("which referral source sends us the most parcels?",
          "SELECT ReferralSource FROM FoodParcels GROUP BY ReferralSource ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what about for the Dunmore branches only?",
          f"SELECT p.ReferralSource {PB} WHERE b.City = 'Dunmore' GROUP BY p.ReferralSource "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the total weight of the parcels from the Dunmore branches?",
          f"SELECT SUM(p.WeightKg) {PB} WHERE b.City = 'Dunmore'")),
    conv("fb-6",
         ("How many new donors did we get each year?",
          "SELECT strftime('%Y', FirstGiftOn) AS y, COUNT(*) FROM Donors GROUP BY y"),
         ("how many donors are there in each city?", "SELECT City, COUNT(*) FROM Donors GROUP BY City"),
         ("which donor type gives the largest average gift?",
          f"SELECT d.DonorType {DJ} GROUP BY d.DonorType ORDER BY AVG(x.Amount) DESC LIMIT 1"),
         ("how many volunteers do we have?", D)),
    conv("fb-7",
         ("Monthly donations in the last quarter of 2024",
          "SELECT strftime('%Y-%m', DonatedOn) AS m, SUM(Amount) FROM Donations "
          "WHERE DonatedOn BETWEEN '2024-10-01' AND '2024-12-31' GROUP BY m",
          ["SELECT strftime('%m', DonatedOn) AS m, SUM(Amount) FROM Donations "
           "WHERE DonatedOn BETWEEN '2024-10-01' AND '2024-12-31' GROUP BY m"]),
         ("and the same months of 2023?",
          "SELECT strftime('%Y-%m', DonatedOn) AS m, SUM(Amount) FROM Donations "
          "WHERE DonatedOn BETWEEN '2023-10-01' AND '2023-12-31' GROUP BY m",
          ["SELECT strftime('%m', DonatedOn) AS m, SUM(Amount) FROM Donations "
           "WHERE DonatedOn BETWEEN '2023-10-01' AND '2023-12-31' GROUP BY m"]),
         ("what was the biggest single donation in December 2024?",
          "SELECT MAX(Amount) FROM Donations WHERE DonatedOn LIKE '2024-12%'"),
         ("who gave it?", f"SELECT DonorName FROM Donors WHERE DonorId = ({BIG_DEC})")),
    conv("fb-8",
         ("What percentage of donations from individuals were gift aided?",
          f"SELECT 100.0 * AVG(x.IsGiftAid) {DJ} WHERE d.DonorType = 'Individual'",
          [f"SELECT AVG(x.IsGiftAid) {DJ} WHERE d.DonorType = 'Individual'"]),
         ("how many donations came in by cheque from donors in Leighford?",
          f"SELECT COUNT(*) {DJ} WHERE x.PaymentMethod = 'Cheque' AND d.City = 'Leighford'"),
         ("did any of those cheques bounce?", D)),
    conv("fb-9",
         ("Which branch opened most recently?", "SELECT BranchName FROM Branches ORDER BY OpenedOn DESC LIMIT 1"),
         ("how many parcels has it handed out so far?", f"SELECT COUNT(*) FROM FoodParcels WHERE BranchId = ({NEWEST})"),
         ("what's its average parcel weight?", f"SELECT AVG(WeightKg) FROM FoodParcels WHERE BranchId = ({NEWEST})"),
         ("and how much rent do we pay there?", D)),
    conv("fb-10",
         ("How many donors gave more than once in 2024?",
          "SELECT COUNT(*) FROM (SELECT DonorId FROM Donations WHERE DonatedOn LIKE '2024%' GROUP BY DonorId "
          "HAVING COUNT(*) > 1)"),
         ("parcels issued per year by household size",
          f"SELECT {Y} AS y, HouseholdSize, COUNT(*) FROM FoodParcels GROUP BY y, HouseholdSize"),
         ("which donors are likely to stop giving next year?", D)),
    conv("fb-11",
         ("What's the total weight of food we gave out in each quarter of 2024?",
          "SELECT (CAST(strftime('%m', IssuedOn) AS INTEGER) + 2) / 3 AS q, SUM(WeightKg) FROM FoodParcels "
          "WHERE IssuedOn LIKE '2024%' GROUP BY q",
          ["SELECT 'Q' || ((CAST(strftime('%m', IssuedOn) AS INTEGER) + 2) / 3) AS q, SUM(WeightKg) FROM FoodParcels "
           "WHERE IssuedOn LIKE '2024%' GROUP BY q",
           "SELECT '2024-Q' || ((CAST(strftime('%m', IssuedOn) AS INTEGER) + 2) / 3) AS q, SUM(WeightKg) "
           "FROM FoodParcels WHERE IssuedOn LIKE '2024%' GROUP BY q"]),
         ("and how many people did that feed?",
          "SELECT (CAST(strftime('%m', IssuedOn) AS INTEGER) + 2) / 3 AS q, SUM(HouseholdSize) FROM FoodParcels "
          "WHERE IssuedOn LIKE '2024%' GROUP BY q",
          ["SELECT SUM(HouseholdSize) FROM FoodParcels WHERE IssuedOn LIKE '2024%'",
           "SELECT 'Q' || ((CAST(strftime('%m', IssuedOn) AS INTEGER) + 2) / 3) AS q, SUM(HouseholdSize) "
           "FROM FoodParcels WHERE IssuedOn LIKE '2024%' GROUP BY q",
           "SELECT '2024-Q' || ((CAST(strftime('%m', IssuedOn) AS INTEGER) + 2) / 3) AS q, SUM(HouseholdSize) "
           "FROM FoodParcels WHERE IssuedOn LIKE '2024%' GROUP BY q"]),
         ("how many calories is that per person?", D)),
]

# ------------------------------------------------------------------------------------------ pharmacy
LJ = "FROM TXN_LN l JOIN TXN t ON t.TXN_NO = l.TXN_NO JOIN STR s ON s.STR_ID = t.STR_ID"
LI = "FROM TXN_LN l JOIN ITM i ON i.ITM_CD = l.ITM_CD"
LIT = "FROM TXN_LN l JOIN ITM i ON i.ITM_CD = l.ITM_CD JOIN TXN t ON t.TXN_NO = l.TXN_NO"
TS = "FROM TXN t JOIN STR s ON s.STR_ID = t.STR_ID"
WEST_TOP = (f"SELECT s.STR_ID {LJ} WHERE s.RGN = 'West' AND t.TXN_DT LIKE '2024%' GROUP BY s.STR_ID "
            "ORDER BY SUM(l.LN_AMT) DESC LIMIT 1")
TOP_REV = f"SELECT i.ITM_CD {LI} GROUP BY i.ITM_CD ORDER BY SUM(l.LN_AMT) DESC LIMIT 1"
TM = "strftime('%Y-%m', t.TXN_DT)"
NEW_STR = "strftime('%Y', s.OPN_DT) > '2015'"
BASKET = "SELECT TXN_NO, SUM(LN_AMT) AS tot FROM TXN_LN GROUP BY TXN_NO"

PHARMACY = [
    conv("ph-1",
         ("Total sales by region for 2024",
          f"SELECT s.RGN, SUM(l.LN_AMT) {LJ} WHERE t.TXN_DT LIKE '2024%' GROUP BY s.RGN"),
         ("which store sold the most in the West?",
          f"SELECT STR_NM FROM STR WHERE STR_ID = ({WEST_TOP})",
          [f"SELECT s.STR_NM {LJ} WHERE s.RGN = 'West' GROUP BY s.STR_ID ORDER BY SUM(l.LN_AMT) DESC LIMIT 1"]),
         ("what are its sales per square foot?",
          f"SELECT SUM(l.LN_AMT) / s.SQ_FT {LJ} WHERE s.STR_ID = ({WEST_TOP}) AND t.TXN_DT LIKE '2024%'")),
    conv("ph-2",
         ("What are our top 5 products by units sold?",
          f"SELECT i.ITM_DSC, SUM(l.QTY) AS u {LI} GROUP BY i.ITM_CD ORDER BY u DESC LIMIT 5"),
         ("and by revenue?",
          f"SELECT i.ITM_DSC, SUM(l.LN_AMT) AS r {LI} GROUP BY i.ITM_CD ORDER BY r DESC LIMIT 5"),
         ("how much gross margin have we made on the top one?",
          f"SELECT SUM(l.QTY * (i.UNIT_PRC - i.UNIT_CST)) {LI} WHERE i.ITM_CD = ({TOP_REV})",
          [f"SELECT UNIT_PRC - UNIT_CST FROM ITM WHERE ITM_CD = ({TOP_REV})"])),
    conv("ph-3",
         ("How many transactions did each store do in December 2024?",
          f"SELECT s.STR_NM, COUNT(*) {TS} WHERE t.TXN_DT LIKE '2024-12%' GROUP BY s.STR_NM"),
         ("how many of those had a loyalty card?",
          f"SELECT s.STR_NM, SUM(t.LOY_FLG) {TS} WHERE t.TXN_DT LIKE '2024-12%' GROUP BY s.STR_NM"),
         ("what's the loyalty rate for the whole chain that month?",
          "SELECT 100.0 * AVG(LOY_FLG) FROM TXN WHERE TXN_DT LIKE '2024-12%'",
          ["SELECT AVG(LOY_FLG) FROM TXN WHERE TXN_DT LIKE '2024-12%'"]),
         ("how many loyalty members do we have signed up?", D)),
    conv("ph-4",
         ("Cold & Flu sales by month across 2023 and 2024",
          f"SELECT {TM} AS m, SUM(l.LN_AMT) {LIT} WHERE i.DEPT = 'Cold & Flu' GROUP BY m"),
         ("which month was the peak?",
          f"SELECT {TM} AS m {LIT} WHERE i.DEPT = 'Cold & Flu' GROUP BY m ORDER BY SUM(l.LN_AMT) DESC LIMIT 1"),
         ("and for skincare?",
          f"SELECT {TM} AS m {LIT} WHERE i.DEPT = 'Skincare' GROUP BY m ORDER BY SUM(l.LN_AMT) DESC LIMIT 1"),
         ("how much skincare will we sell next summer?", D)),
    conv("ph-5",
         ("What's the average basket value?", f"SELECT AVG(tot) FROM ({BASKET})"),
         ("by payment type?",
          f"SELECT t.PAY_TYP, AVG(b.tot) FROM ({BASKET}) b JOIN TXN t ON t.TXN_NO = b.TXN_NO GROUP BY t.PAY_TYP"),
         ("what share of transactions were cash in 2024?",
          "SELECT 100.0 * AVG(PAY_TYP = 'CASH') FROM TXN WHERE TXN_DT LIKE '2024%'",
          ["SELECT AVG(PAY_TYP = 'CASH') FROM TXN WHERE TXN_DT LIKE '2024%'"])),
    conv("ph-6",
         ("List the dispensary items with their price and cost",
          "SELECT ITM_DSC, UNIT_PRC, UNIT_CST FROM ITM WHERE DEPT = 'Dispensary'"),
         ("how many prescriptions did we dispense in 2024?",
          f"SELECT SUM(l.QTY) {LIT} WHERE i.RX_FLG = 1 AND t.TXN_DT LIKE '2024%'",
          [f"SELECT COUNT(*) {LIT} WHERE i.RX_FLG = 1 AND t.TXN_DT LIKE '2024%'"]),
         ("which patients were they for?", D),
         ("which store dispensed the most?",
          f"SELECT s.STR_NM {LIT} JOIN STR s ON s.STR_ID = t.STR_ID WHERE i.RX_FLG = 1 AND t.TXN_DT LIKE '2024%' "
          "GROUP BY s.STR_ID ORDER BY SUM(l.QTY) DESC LIMIT 1",
          [f"SELECT s.STR_NM {LIT} JOIN STR s ON s.STR_ID = t.STR_ID WHERE i.RX_FLG = 1 AND t.TXN_DT LIKE '2024%' "
           "GROUP BY s.STR_ID ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("ph-7",
         ("Which stores opened after 2015?", f"SELECT s.STR_NM FROM STR s WHERE {NEW_STR}"),
         ("how big is each of them?", f"SELECT s.STR_NM, s.SQ_FT FROM STR s WHERE {NEW_STR}"),
         ("total sales for them in 2024?",
          f"SELECT s.STR_NM, SUM(l.LN_AMT) {LJ} WHERE {NEW_STR} AND t.TXN_DT LIKE '2024%' GROUP BY s.STR_NM",
          [f"SELECT SUM(l.LN_AMT) {LJ} WHERE {NEW_STR} AND t.TXN_DT LIKE '2024%'"]),
         ("how many staff work at each?", D)),
    conv("ph-8",
         ("How many items do we stock in each department?", "SELECT DEPT, COUNT(*) FROM ITM GROUP BY DEPT"),
         ("which department has the highest average markup?",
          "SELECT DEPT FROM ITM GROUP BY DEPT ORDER BY AVG((UNIT_PRC - UNIT_CST) / UNIT_CST) DESC LIMIT 1",
          ["SELECT DEPT FROM ITM GROUP BY DEPT ORDER BY AVG((UNIT_PRC - UNIT_CST) / UNIT_PRC) DESC LIMIT 1"]),
         ("what about the lowest?",
          "SELECT DEPT FROM ITM GROUP BY DEPT ORDER BY AVG((UNIT_PRC - UNIT_CST) / UNIT_CST) LIMIT 1",
          ["SELECT DEPT FROM ITM GROUP BY DEPT ORDER BY AVG((UNIT_PRC - UNIT_CST) / UNIT_PRC) LIMIT 1"]),
         ("how much stock of those do we have on hand?", D)),
    conv("ph-9",
         ("Compare Halvergate and Stanbury sales by year",
          f"SELECT s.CTY, strftime('%Y', t.TXN_DT) AS y, SUM(l.LN_AMT) {LJ} "
          "WHERE s.CTY IN ('Halvergate', 'Stanbury') GROUP BY s.CTY, y"),
         ("what about transaction counts?",
          f"SELECT s.CTY, strftime('%Y', t.TXN_DT) AS y, COUNT(*) {TS} "
          "WHERE s.CTY IN ('Halvergate', 'Stanbury') GROUP BY s.CTY, y"),
         ("which of the two has the bigger average transaction?",
          f"SELECT s.CTY {LJ} WHERE s.CTY IN ('Halvergate', 'Stanbury') GROUP BY s.CTY "
          "ORDER BY SUM(l.LN_AMT) / COUNT(DISTINCT t.TXN_NO) DESC LIMIT 1")),
    conv("ph-10",
         ("How many transactions had 3 or more lines?",
          "SELECT COUNT(*) FROM (SELECT TXN_NO FROM TXN_LN GROUP BY TXN_NO HAVING COUNT(*) >= 3)"),
         ("what's our busiest day of the week?",
          "SELECT strftime('%w', TXN_DT) AS dow FROM TXN GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CASE strftime('%w', TXN_DT) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS dow "
           "FROM TXN GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("and what time of day is busiest?", D)),
    conv("ph-11",
         ("Which items sold fewer than 6 units at Wellcare Harbour Rd in 2024?",
          f"SELECT i.ITM_DSC {LIT} JOIN STR s ON s.STR_ID = t.STR_ID WHERE s.STR_NM = 'Wellcare Harbour Rd' "
          "AND t.TXN_DT LIKE '2024%' GROUP BY i.ITM_CD HAVING SUM(l.QTY) < 6"),
         ("what's the cheapest item we sell?", "SELECT ITM_DSC, UNIT_PRC FROM ITM ORDER BY UNIT_PRC LIMIT 1"),
         ("who supplies it?", D)),
]

SETS = {"transit": TRANSIT, "foodbank": FOODBANK, "pharmacy": PHARMACY}
