"""Held-out set 11 (BIRD-style), written as analysts would ask, before the engine was run on it.
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL that
also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ fleet
VJ = "FROM vehicle v JOIN depot d ON d.depot_cd = v.depot_cd"
FJ = "FROM fuel_txn f JOIN vehicle v ON v.veh_id = f.veh_id"
WJ = "FROM work_order w JOIN vehicle v ON v.veh_id = w.veh_id"
TOP3R = ("SELECT v.unit_no, SUM(w.parts_usd) AS parts " + WJ + " WHERE w.wo_type = 'RPR' AND w.open_dt LIKE '2024%' "
         "GROUP BY v.unit_no ORDER BY parts DESC LIMIT 3")
OPEN_OLD = "SELECT wo_id FROM work_order WHERE sts = 'OPN' AND open_dt < '2024-10-01'"
MW = "SELECT depot_cd FROM depot WHERE region = 'Midwest'"
CLS24 = "FROM work_order WHERE sts = 'CLS' AND open_dt LIKE '2024%'"
BIG = "SELECT veh_id FROM vehicle WHERE odo_km > 1000000"

FLEET = [
    conv("fleet-1",
         ("How many active vehicles do we have?", "SELECT COUNT(*) FROM vehicle WHERE sts = 'A'"),
         ("and how many per depot?",
          "SELECT depot_cd, COUNT(*) FROM vehicle WHERE sts = 'A' GROUP BY depot_cd",
          ["SELECT d.depot_nm, COUNT(*) " + VJ + " WHERE v.sts = 'A' GROUP BY d.depot_nm"]),
         ("which depot has the most?",
          "SELECT depot_cd FROM vehicle WHERE sts = 'A' GROUP BY depot_cd ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT d.depot_nm " + VJ + " WHERE v.sts = 'A' GROUP BY d.depot_nm ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what region is it in?",
          "SELECT region FROM depot WHERE depot_cd = (SELECT depot_cd FROM vehicle WHERE sts = 'A' GROUP BY depot_cd "
          "ORDER BY COUNT(*) DESC LIMIT 1)")),
    conv("fleet-2",
         ("What did we spend on fuel in 2024?", "SELECT SUM(amt_usd) FROM fuel_txn WHERE txn_dt LIKE '2024%'"),
         ("and in 2023?", "SELECT SUM(amt_usd) FROM fuel_txn WHERE txn_dt LIKE '2023%'"),
         ("show 2024 per month",
          "SELECT substr(txn_dt, 1, 7) AS mon, SUM(amt_usd) FROM fuel_txn WHERE txn_dt LIKE '2024%' GROUP BY mon",
          ["SELECT strftime('%m', txn_dt) AS mon, SUM(amt_usd) FROM fuel_txn WHERE txn_dt LIKE '2024%' GROUP BY mon",
           "SELECT CAST(strftime('%m', txn_dt) AS INTEGER) AS mon, SUM(amt_usd) FROM fuel_txn "
           "WHERE txn_dt LIKE '2024%' GROUP BY mon"]),
         ("why was July so expensive?", D),
         ("what share of the 2024 fuel spend was for tractors?",
          "SELECT 100.0 * SUM(CASE WHEN v.veh_class = 'TRC' THEN f.amt_usd END) / SUM(f.amt_usd) " + FJ +
          " WHERE f.txn_dt LIKE '2024%'",
          ["SELECT 1.0 * SUM(CASE WHEN v.veh_class = 'TRC' THEN f.amt_usd END) / SUM(f.amt_usd) " + FJ +
           " WHERE f.txn_dt LIKE '2024%'"])),
    conv("fleet-3",
         ("How many work orders are still open?", "SELECT COUNT(*) FROM work_order WHERE sts = 'OPN'"),
         ("which of those were opened before October 2024?", OPEN_OLD),
         ("what's the total parts cost on them?",
          "SELECT SUM(parts_usd) FROM work_order WHERE sts = 'OPN' AND open_dt < '2024-10-01'"),
         ("which mechanic is assigned to each of them?", D)),
    conv("fleet-4",
         ("Which 3 vehicles had the highest parts spend on repair work orders in 2024?", TOP3R,
          ["SELECT v.veh_id, SUM(w.parts_usd) AS parts " + WJ + " WHERE w.wo_type = 'RPR' AND w.open_dt LIKE '2024%' "
           "GROUP BY v.veh_id ORDER BY parts DESC LIMIT 3"]),
         ("what make are they?",
          f"SELECT t.unit_no, m.make_nm FROM ({TOP3R}) t JOIN vehicle v ON v.unit_no = t.unit_no "
          "JOIN make_lkp m ON m.make_cd = v.make_cd"),
         ("and which vehicle had the lowest, not counting cancelled work orders?",
          "SELECT v.unit_no " + WJ + " WHERE w.wo_type = 'RPR' AND w.open_dt LIKE '2024%' AND w.sts <> 'CNL' "
          "GROUP BY v.unit_no ORDER BY SUM(w.parts_usd) LIMIT 1")),
    conv("fleet-5",
         ("Average litres per fill-up by vehicle class",
          "SELECT v.veh_class, AVG(f.fuel_l) " + FJ + " GROUP BY v.veh_class"),
         ("forecast next quarter's fuel spend for the box trucks", D),
         ("how many fill-ups did box trucks have in Texas in 2024?",
          "SELECT COUNT(*) " + FJ + " WHERE v.veh_class = 'BOX' AND f.st_cd = 'TX' AND f.txn_dt LIKE '2024%'")),
    conv("fleet-6",
         ("How many vehicles did we acquire each year?",
          "SELECT substr(acq_dt, 1, 4) AS yr, COUNT(*) FROM vehicle GROUP BY yr",
          ["SELECT CAST(substr(acq_dt, 1, 4) AS INTEGER) AS yr, COUNT(*) FROM vehicle GROUP BY yr"]),
         ("what did we spend on the 2022 acquisitions?",
          "SELECT SUM(acq_cost_usd) FROM vehicle WHERE acq_dt LIKE '2022%'"),
         ("how many of the 2022 ones have no cost recorded?",
          "SELECT COUNT(*) FROM vehicle WHERE acq_dt LIKE '2022%' AND acq_cost_usd IS NULL"),
         ("what did we get for the ones we sold?", D)),
    conv("fleet-7",
         ("List the depots in the Midwest region", "SELECT depot_cd, depot_nm FROM depot WHERE region = 'Midwest'"),
         ("how many litres of fuel did vehicles at those depots use in 2024?",
          f"SELECT SUM(f.fuel_l) {FJ} WHERE v.depot_cd IN ({MW}) AND f.txn_dt LIKE '2024%'"),
         ("which of them used the most?",
          f"SELECT v.depot_cd {FJ} WHERE v.depot_cd IN ({MW}) AND f.txn_dt LIKE '2024%' "
          "GROUP BY v.depot_cd ORDER BY SUM(f.fuel_l) DESC LIMIT 1",
          [f"SELECT d.depot_nm {FJ} JOIN depot d ON d.depot_cd = v.depot_cd WHERE d.region = 'Midwest' "
           "AND f.txn_dt LIKE '2024%' GROUP BY d.depot_nm ORDER BY SUM(f.fuel_l) DESC LIMIT 1"])),
    conv("fleet-8",
         ("What share of the work orders closed in 2024 went to outside vendors?",
          f"SELECT 100.0 * SUM(vendor_nm IS NOT NULL) / COUNT(*) {CLS24}",
          [f"SELECT 1.0 * SUM(vendor_nm IS NOT NULL) / COUNT(*) {CLS24}",
           "SELECT 100.0 * SUM(vendor_nm IS NOT NULL) / COUNT(*) FROM work_order WHERE sts = 'CLS' "
           "AND close_dt LIKE '2024%'"]),
         ("which vendor did the most of them?",
          f"SELECT vendor_nm {CLS24} AND vendor_nm IS NOT NULL GROUP BY vendor_nm ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's that vendor's phone number?", D)),
    conv("fleet-9",
         ("On average how many days does it take to close a PM work order?",
          "SELECT AVG(julianday(close_dt) - julianday(open_dt)) FROM work_order WHERE wo_type = 'PM' AND sts = 'CLS'"),
         ("and for repairs?",
          "SELECT AVG(julianday(close_dt) - julianday(open_dt)) FROM work_order WHERE wo_type = 'RPR' AND sts = 'CLS'"),
         ("which depot is slowest to close repairs?",
          "SELECT v.depot_cd " + WJ + " WHERE w.wo_type = 'RPR' AND w.sts = 'CLS' GROUP BY v.depot_cd "
          "ORDER BY AVG(julianday(w.close_dt) - julianday(w.open_dt)) DESC LIMIT 1",
          ["SELECT d.depot_nm " + WJ + " JOIN depot d ON d.depot_cd = v.depot_cd WHERE w.wo_type = 'RPR' "
           "AND w.sts = 'CLS' GROUP BY d.depot_nm ORDER BY AVG(julianday(w.close_dt) - julianday(w.open_dt)) DESC LIMIT 1"])),
    conv("fleet-10",
         ("How many vehicles have more than 1,000,000 km on the odometer?",
          "SELECT COUNT(*) FROM vehicle WHERE odo_km > 1000000"),
         ("how many of those are still active?", "SELECT COUNT(*) FROM vehicle WHERE odo_km > 1000000 AND sts = 'A'"),
         ("list their unit numbers and model years",
          "SELECT unit_no, model_yr FROM vehicle WHERE odo_km > 1000000 AND sts = 'A'"),
         ("how many hours of labour went into them in 2024?",
          "SELECT SUM(labor_hrs) FROM work_order WHERE open_dt LIKE '2024%' AND veh_id IN "
          "(SELECT veh_id FROM vehicle WHERE odo_km > 1000000 AND sts = 'A')"),
         ("what's the CO2 footprint of those trucks?", D)),
    conv("fleet-11",
         ("Who drives unit U-1042?", D),
         ("What make and class is U-1042?",
          "SELECT m.make_nm, v.veh_class FROM vehicle v JOIN make_lkp m ON m.make_cd = v.make_cd "
          "WHERE v.unit_no = 'U-1042'"),
         ("how many work orders has it had?", "SELECT COUNT(*) FROM work_order w JOIN vehicle v ON v.veh_id = w.veh_id "
          "WHERE v.unit_no = 'U-1042'"),
         ("when was the last one opened?", "SELECT MAX(w.open_dt) FROM work_order w JOIN vehicle v ON v.veh_id = w.veh_id "
          "WHERE v.unit_no = 'U-1042'")),
    conv("fleet-12",
         ("How many vehicles of each make do we have?",
          "SELECT m.make_nm, COUNT(*) FROM vehicle v JOIN make_lkp m ON m.make_cd = v.make_cd GROUP BY m.make_nm",
          ["SELECT make_cd, COUNT(*) FROM vehicle GROUP BY make_cd"]),
         ("only tractors",
          "SELECT m.make_nm, COUNT(*) FROM vehicle v JOIN make_lkp m ON m.make_cd = v.make_cd WHERE v.veh_class = 'TRC' "
          "GROUP BY m.make_nm",
          ["SELECT make_cd, COUNT(*) FROM vehicle WHERE veh_class = 'TRC' GROUP BY make_cd"]),
         ("what's the average acquisition cost of a Volvo tractor?",
          "SELECT AVG(acq_cost_usd) FROM vehicle WHERE make_cd = 'VOL' AND veh_class = 'TRC'"),
         ("what's the warranty expiry on those?", D)),
    conv("fleet-13",
         ("Total tire work order parts cost per year",
          "SELECT substr(open_dt, 1, 4) AS yr, SUM(parts_usd) FROM work_order WHERE wo_type = 'TIR' GROUP BY yr",
          ["SELECT CAST(substr(open_dt, 1, 4) AS INTEGER) AS yr, SUM(parts_usd) FROM work_order WHERE wo_type = 'TIR' "
           "GROUP BY yr"]),
         ("how many tires did we replace in 2024?", D),
         ("how many cancelled work orders were there in 2024?",
          "SELECT COUNT(*) FROM work_order WHERE sts = 'CNL' AND open_dt LIKE '2024%'")),
]

# ------------------------------------------------------------------------------------------ clinic
V24 = "FROM visits WHERE visitdate LIKE '2024%'"
VP = "FROM visits v JOIN providers p ON p.providerid = v.providerid"
VPT = "FROM visits v JOIN patients pt ON pt.patientid = v.patientid JOIN insplans i ON i.plancode = pt.plancode"
TOPSPEC = "SELECT specialty FROM providers GROUP BY specialty ORDER BY COUNT(*) DESC LIMIT 1"
NOSHOW = ("SELECT {g}, 100.0 * SUM(v.visitstatus = 'N') / COUNT(*) " + VP + " JOIN depts d ON d.deptcode = p.deptcode "
          "WHERE v.visitdate LIKE '2024%' GROUP BY {g}")
IPC = "FROM visits WHERE visittype = 'IP'"
C24 = "WHERE v.visitdate LIKE '2024%' AND v.visitstatus = 'C'"

CLINIC = [
    conv("clinic-1",
         ("How many visits were booked in 2024?", f"SELECT COUNT(*) {V24}"),
         ("how many of those were no-shows?", f"SELECT COUNT(*) {V24} AND visitstatus = 'N'"),
         ("what's the no-show rate per department?",
          NOSHOW.format(g="d.deptname"),
          [NOSHOW.format(g="p.deptcode"), NOSHOW.format(g="d.deptname").replace("100.0 *", "1.0 *"),
           NOSHOW.format(g="p.deptcode").replace("100.0 *", "1.0 *")]),
         ("which department is the worst?",
          "SELECT d.deptname " + VP + " JOIN depts d ON d.deptcode = p.deptcode WHERE v.visitdate LIKE '2024%' "
          "GROUP BY d.deptname ORDER BY 1.0 * SUM(v.visitstatus = 'N') / COUNT(*) DESC LIMIT 1",
          ["SELECT p.deptcode " + VP + " WHERE v.visitdate LIKE '2024%' "
           "GROUP BY p.deptcode ORDER BY 1.0 * SUM(v.visitstatus = 'N') / COUNT(*) DESC LIMIT 1"]),
         ("why do patients skip their dermatology appointments?", D)),
    conv("clinic-2",
         ("What's the average charge for an ER visit?", "SELECT AVG(chargeamt) FROM visits WHERE visittype = 'ER'"),
         ("and how much gets paid on average?", "SELECT AVG(paidamt) FROM visits WHERE visittype = 'ER'",
          ["SELECT AVG(COALESCE(paidamt, 0)) FROM visits WHERE visittype = 'ER'"]),
         ("how many ER visits have no payment recorded?",
          "SELECT COUNT(*) FROM visits WHERE visittype = 'ER' AND paidamt IS NULL"),
         ("what's the total charged on those?",
          "SELECT SUM(chargeamt) FROM visits WHERE visittype = 'ER' AND paidamt IS NULL")),
    conv("clinic-3",
         ("Which specialty has the most providers?", TOPSPEC),
         ("list the providers in that specialty hired after 2015",
          f"SELECT fullname FROM providers WHERE specialty = ({TOPSPEC}) AND hireyear > 2015"),
         ("what's their combined FTE?",
          f"SELECT SUM(ftepct) FROM providers WHERE specialty = ({TOPSPEC}) AND hireyear > 2015",
          [f"SELECT SUM(ftepct) / 100.0 FROM providers WHERE specialty = ({TOPSPEC}) AND hireyear > 2015"]),
         ("what are their salaries?", D)),
    conv("clinic-4",
         ("How many patients are self-pay?", "SELECT COUNT(*) FROM patients WHERE plancode = 'SELF'"),
         ("how many have no plan on file at all?", "SELECT COUNT(*) FROM patients WHERE plancode IS NULL"),
         ("break down patients by plan type",
          "SELECT i.plantype, COUNT(*) FROM patients p JOIN insplans i ON i.plancode = p.plancode GROUP BY i.plantype",
          ["SELECT i.plantype, COUNT(*) FROM patients p LEFT JOIN insplans i ON i.plancode = p.plancode "
           "GROUP BY i.plantype"]),
         ("what's the average age of the Medicaid patients at the end of 2024?",
          "SELECT AVG(2024 - p.birthyear) FROM patients p JOIN insplans i ON i.plancode = p.plancode "
          "WHERE i.plantype = 'MCD'")),
    conv("clinic-5",
         ("Total charges per month in 2024 for completed visits",
          "SELECT substr(visitdate, 1, 7) AS mon, SUM(chargeamt) FROM visits WHERE visitdate LIKE '2024%' "
          "AND visitstatus = 'C' GROUP BY mon",
          ["SELECT strftime('%m', visitdate) AS mon, SUM(chargeamt) FROM visits WHERE visitdate LIKE '2024%' "
           "AND visitstatus = 'C' GROUP BY mon",
           "SELECT CAST(strftime('%m', visitdate) AS INTEGER) AS mon, SUM(chargeamt) FROM visits "
           "WHERE visitdate LIKE '2024%' AND visitstatus = 'C' GROUP BY mon"]),
         ("which month was highest?",
          "SELECT substr(visitdate, 1, 7) AS mon FROM visits WHERE visitdate LIKE '2024%' AND visitstatus = 'C' "
          "GROUP BY mon ORDER BY SUM(chargeamt) DESC LIMIT 1",
          ["SELECT strftime('%m', visitdate) AS mon FROM visits WHERE visitdate LIKE '2024%' AND visitstatus = 'C' "
           "GROUP BY mon ORDER BY SUM(chargeamt) DESC LIMIT 1",
           "SELECT CAST(strftime('%m', visitdate) AS INTEGER) AS mon FROM visits WHERE visitdate LIKE '2024%' "
           "AND visitstatus = 'C' GROUP BY mon ORDER BY SUM(chargeamt) DESC LIMIT 1"]),
         ("compare the 2024 total with last year",
          "SELECT substr(visitdate, 1, 4) AS yr, SUM(chargeamt) FROM visits WHERE visitstatus = 'C' "
          "AND visitdate >= '2023-01-01' AND visitdate < '2025-01-01' GROUP BY yr",
          ["SELECT CAST(substr(visitdate, 1, 4) AS INTEGER) AS yr, SUM(chargeamt) FROM visits WHERE visitstatus = 'C' "
           "AND visitdate >= '2023-01-01' AND visitdate < '2025-01-01' GROUP BY yr",
           "SELECT SUM(CASE WHEN visitdate LIKE '2024%' THEN chargeamt END), "
           "SUM(CASE WHEN visitdate LIKE '2023%' THEN chargeamt END) FROM visits WHERE visitstatus = 'C'"])),
    conv("clinic-6",
         ("What are the most common diagnosis codes?", D),
         ("Which provider saw the most patients in 2024?",
          "SELECT p.fullname " + VP + " " + C24 + " GROUP BY p.fullname ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT p.fullname " + VP + " " + C24 + " GROUP BY p.fullname ORDER BY COUNT(DISTINCT v.patientid) "
           "DESC LIMIT 1"]),
         ("what department is that provider in?",
          "SELECT d.deptname FROM providers p JOIN depts d ON d.deptcode = p.deptcode WHERE p.fullname = "
          "(SELECT p.fullname " + VP + " " + C24 + " GROUP BY p.fullname ORDER BY COUNT(*) DESC LIMIT 1)",
          ["SELECT p.deptcode FROM providers p WHERE p.fullname = "
           "(SELECT p.fullname " + VP + " " + C24 + " GROUP BY p.fullname ORDER BY COUNT(*) DESC LIMIT 1)"]),
         ("what's that provider's patient satisfaction score?", D)),
    conv("clinic-7",
         ("Average length of stay for inpatient visits", f"SELECT AVG(losdays) {IPC}"),
         ("by department",
          "SELECT d.deptname, AVG(v.losdays) " + VP + " JOIN depts d ON d.deptcode = p.deptcode "
          "WHERE v.visittype = 'IP' GROUP BY d.deptname",
          ["SELECT p.deptcode, AVG(v.losdays) " + VP + " WHERE v.visittype = 'IP' GROUP BY p.deptcode"]),
         ("which patient had the longest single stay, and when was it?",
          f"SELECT patientid, visitdate {IPC} ORDER BY losdays DESC LIMIT 1"),
         ("what's that patient's home address?", D)),
    conv("clinic-8",
         ("How many telehealth visits did we have per year?",
          "SELECT substr(visitdate, 1, 4) AS yr, COUNT(*) FROM visits WHERE visittype = 'TH' GROUP BY yr",
          ["SELECT CAST(substr(visitdate, 1, 4) AS INTEGER) AS yr, COUNT(*) FROM visits WHERE visittype = 'TH' "
           "GROUP BY yr"]),
         ("what share of all 2024 visits were telehealth?",
          f"SELECT 100.0 * SUM(visittype = 'TH') / COUNT(*) {V24}",
          [f"SELECT 1.0 * SUM(visittype = 'TH') / COUNT(*) {V24}"]),
         ("will telehealth overtake in-person visits next year?", D)),
    conv("clinic-9",
         ("How much did we bill and how much did we collect in 2024?",
          "SELECT SUM(v.chargeamt), SUM(v.paidamt) FROM visits v " + C24,
          ["SELECT SUM(chargeamt), SUM(paidamt) FROM visits WHERE visitdate LIKE '2024%'"]),
         ("collection rate by insurance plan",
          "SELECT i.planname, 100.0 * SUM(v.paidamt) / SUM(v.chargeamt) " + VPT + " " + C24 + " GROUP BY i.planname",
          ["SELECT i.planname, SUM(v.paidamt) / SUM(v.chargeamt) " + VPT + " " + C24 + " GROUP BY i.planname",
           "SELECT pt.plancode, 100.0 * SUM(v.paidamt) / SUM(v.chargeamt) " + VPT + " " + C24 + " GROUP BY pt.plancode",
           "SELECT pt.plancode, SUM(v.paidamt) / SUM(v.chargeamt) " + VPT + " " + C24 + " GROUP BY pt.plancode"]),
         ("which plan has the lowest?",
          "SELECT i.planname " + VPT + " " + C24 + " GROUP BY i.planname ORDER BY SUM(v.paidamt) / SUM(v.chargeamt) "
          "LIMIT 1",
          ["SELECT pt.plancode " + VPT + " " + C24 + " GROUP BY pt.plancode "
           "ORDER BY SUM(v.paidamt) / SUM(v.chargeamt) LIMIT 1"])),
    conv("clinic-10",
         ("How many female patients were born before 1960?",
          "SELECT COUNT(*) FROM patients WHERE sex = 'F' AND birthyear < 1960"),
         ("how many of them visited cardiology in 2024?",
          "SELECT COUNT(DISTINCT v.patientid) " + VP + " JOIN patients pt ON pt.patientid = v.patientid "
          "WHERE pt.sex = 'F' AND pt.birthyear < 1960 AND p.deptcode = 'CARD' AND v.visitdate LIKE '2024%'"),
         ("what did those cardiology visits charge in total?",
          "SELECT SUM(v.chargeamt) " + VP + " JOIN patients pt ON pt.patientid = v.patientid "
          "WHERE pt.sex = 'F' AND pt.birthyear < 1960 AND p.deptcode = 'CARD' AND v.visitdate LIKE '2024%'")),
    conv("clinic-11",
         ("Which zip code had the most visits in 2024?",
          "SELECT pt.zipcode FROM visits v JOIN patients pt ON pt.patientid = v.patientid "
          "WHERE v.visitdate LIKE '2024%' GROUP BY pt.zipcode ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many patients registered in 2024?", "SELECT COUNT(*) FROM patients WHERE regdate LIKE '2024%'"),
         ("how many of them have had a visit?",
          "SELECT COUNT(DISTINCT v.patientid) FROM visits v JOIN patients pt ON pt.patientid = v.patientid "
          "WHERE pt.regdate LIKE '2024%'"),
         ("what's the median household income in that zip?", D)),
    conv("clinic-12",
         ("List the departments and the floor they're on", "SELECT deptname, floornum FROM depts"),
         ("how many providers in each?",
          "SELECT d.deptname, COUNT(*) FROM providers p JOIN depts d ON d.deptcode = p.deptcode GROUP BY d.deptname",
          ["SELECT deptcode, COUNT(*) FROM providers GROUP BY deptcode"]),
         ("how many part-time providers are there?", "SELECT COUNT(*) FROM providers WHERE ftepct < 100"),
         ("who has been with us the longest?",
          "SELECT fullname FROM providers ORDER BY hireyear LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ mktplace
NET = "l.qty * l.unit_prc_usd * (1 - l.disc_pct / 100.0)"
LH = "FROM ord_ln l JOIN ord_hdr h ON h.ord_no = l.ord_no"
LHP = LH + " JOIN product p ON p.sku = l.sku"
O24 = "FROM ord_hdr WHERE ord_dt LIKE '2024%'"
RR = "SELECT ship_ctry_cd, {k} * SUM(sts = 'RTN') / COUNT(*) AS rr " + O24 + " GROUP BY ship_ctry_cd"
TOP5S = ("SELECT p.slr_id, SUM(l.qty) AS units " + LHP + " WHERE h.ord_dt LIKE '2024%' AND h.sts <> 'CNL' "
         "GROUP BY p.slr_id ORDER BY units DESC LIMIT 5")
TOP5N = ("SELECT s.slr_nm, SUM(l.qty) AS units " + LHP + " JOIN seller s ON s.slr_id = p.slr_id "
         "WHERE h.ord_dt LIKE '2024%' AND h.sts <> 'CNL' GROUP BY s.slr_nm ORDER BY units DESC LIMIT 5")
TOPC = "SELECT cust_cd FROM ord_hdr GROUP BY cust_cd ORDER BY COUNT(*) DESC LIMIT 1"
DEC = "FROM ord_hdr WHERE ord_dt LIKE '2024-12%' AND ship_fee_usd = 0"

MKTPLACE = [
    conv("mkt-1",
         ("How many orders were placed in 2024?", f"SELECT COUNT(*) {O24}"),
         ("how many of them were returned?", f"SELECT COUNT(*) {O24} AND sts = 'RTN'"),
         ("return rate by ship-to country", RR.format(k="100.0"), [RR.format(k="1.0")]),
         ("top 3 countries by return rate",
          RR.format(k="100.0") + " ORDER BY rr DESC LIMIT 3"),
         ("why are returns so high there?", D)),
    conv("mkt-2",
         ("What was net revenue from delivered orders in 2024 after line discounts?",
          f"SELECT SUM({NET}) {LH} WHERE h.sts = 'DLV' AND h.ord_dt LIKE '2024%'"),
         ("break it down by category",
          f"SELECT c.cat_desc, SUM({NET}) {LHP} JOIN category c ON c.cat_cd = p.cat_cd "
          "WHERE h.sts = 'DLV' AND h.ord_dt LIKE '2024%' GROUP BY c.cat_desc",
          [f"SELECT p.cat_cd, SUM({NET}) {LHP} WHERE h.sts = 'DLV' AND h.ord_dt LIKE '2024%' GROUP BY p.cat_cd"]),
         ("and the same for 2023?",
          f"SELECT c.cat_desc, SUM({NET}) {LHP} JOIN category c ON c.cat_cd = p.cat_cd "
          "WHERE h.sts = 'DLV' AND h.ord_dt LIKE '2023%' GROUP BY c.cat_desc",
          [f"SELECT p.cat_cd, SUM({NET}) {LHP} WHERE h.sts = 'DLV' AND h.ord_dt LIKE '2023%' GROUP BY p.cat_cd"]),
         ("which category had the lowest net revenue in 2024?",
          f"SELECT c.cat_desc {LHP} JOIN category c ON c.cat_cd = p.cat_cd "
          f"WHERE h.sts = 'DLV' AND h.ord_dt LIKE '2024%' GROUP BY c.cat_desc ORDER BY SUM({NET}) LIMIT 1",
          [f"SELECT p.cat_cd {LHP} WHERE h.sts = 'DLV' AND h.ord_dt LIKE '2024%' GROUP BY p.cat_cd "
           f"ORDER BY SUM({NET}) LIMIT 1"]),
         ("what's our profit margin on it?", D)),
    conv("mkt-3",
         ("How many sellers are in each tier?", "SELECT tier, COUNT(*) FROM seller GROUP BY tier"),
         ("what's the average rating of the gold-tier sellers?", "SELECT AVG(rating_avg) FROM seller WHERE tier = 'G'"),
         ("how many sellers have no rating yet?", "SELECT COUNT(*) FROM seller WHERE rating_avg IS NULL"),
         ("which gold seller joined first?", "SELECT slr_nm FROM seller WHERE tier = 'G' ORDER BY join_dt LIMIT 1")),
    conv("mkt-4",
         ("What's the average list price per category?",
          "SELECT c.cat_desc, AVG(p.list_prc_usd) FROM product p JOIN category c ON c.cat_cd = p.cat_cd "
          "GROUP BY c.cat_desc",
          ["SELECT cat_cd, AVG(list_prc_usd) FROM product GROUP BY cat_cd"]),
         ("which categories average over $60?",
          "SELECT c.cat_desc FROM product p JOIN category c ON c.cat_cd = p.cat_cd GROUP BY c.cat_desc "
          "HAVING AVG(p.list_prc_usd) > 60",
          ["SELECT cat_cd FROM product GROUP BY cat_cd HAVING AVG(list_prc_usd) > 60"]),
         ("how many products weigh more than 5 kg?", "SELECT COUNT(*) FROM product WHERE wt_g > 5000"),
         ("what's the heaviest one?", "SELECT prod_nm FROM product ORDER BY wt_g DESC LIMIT 1",
          ["SELECT sku FROM product ORDER BY wt_g DESC LIMIT 1"]),
         ("how many are in stock right now?", D)),
    conv("mkt-5",
         ("What's the email address for customer C00123?", D),
         ("How many orders has C00123 placed?", "SELECT COUNT(*) FROM ord_hdr WHERE cust_cd = 'C00123'"),
         ("how many page views did the Books category get last month?", D)),
    conv("mkt-6",
         ("Top 5 sellers by units sold in 2024, excluding cancelled orders", TOP5N, [TOP5S]),
         ("which countries are they based in?",
          f"SELECT s.slr_nm, s.ctry_cd FROM seller s WHERE s.slr_nm IN (SELECT slr_nm FROM ({TOP5N}))"),
         ("what's the average discount on their 2024 order lines?",
          f"SELECT AVG(l.disc_pct) {LHP} JOIN seller s ON s.slr_id = p.slr_id WHERE h.ord_dt LIKE '2024%' "
          f"AND h.sts <> 'CNL' AND s.slr_nm IN (SELECT slr_nm FROM ({TOP5N}))",
          [f"SELECT s.slr_nm, AVG(l.disc_pct) {LHP} JOIN seller s ON s.slr_id = p.slr_id WHERE h.ord_dt LIKE '2024%' "
           f"AND h.sts <> 'CNL' AND s.slr_nm IN (SELECT slr_nm FROM ({TOP5N})) GROUP BY s.slr_nm"])),
    conv("mkt-7",
         ("Average shipping fee by destination country",
          "SELECT ship_ctry_cd, AVG(ship_fee_usd) FROM ord_hdr GROUP BY ship_ctry_cd"),
         ("how many orders in December 2024 had free shipping?", f"SELECT COUNT(*) {DEC}"),
         ("what share of those were delivered?", f"SELECT 100.0 * SUM(sts = 'DLV') / COUNT(*) {DEC}",
          [f"SELECT 1.0 * SUM(sts = 'DLV') / COUNT(*) {DEC}"]),
         ("which carrier shipped them?", D)),
    conv("mkt-8",
         ("Which customer placed the most orders?", TOPC),
         ("how much did they spend in total?",
          f"SELECT SUM({NET}) {LH} WHERE h.cust_cd = ({TOPC})",
          [f"SELECT SUM(l.qty * l.unit_prc_usd) {LH} WHERE h.cust_cd = ({TOPC})",
           f"SELECT SUM({NET}) {LH} WHERE h.cust_cd = ({TOPC}) AND h.sts NOT IN ('CNL', 'RTN')",
           f"SELECT SUM({NET}) + (SELECT SUM(ship_fee_usd) FROM ord_hdr WHERE cust_cd = ({TOPC})) {LH} "
           f"WHERE h.cust_cd = ({TOPC})"]),
         ("when was their first order?", f"SELECT MIN(ord_dt) FROM ord_hdr WHERE cust_cd = ({TOPC})"),
         ("what's their loyalty status?", D)),
    conv("mkt-9",
         ("How many orders are still pending?", "SELECT COUNT(*) FROM ord_hdr WHERE sts = 'PND'"),
         ("list them with their order date and country",
          "SELECT ord_no, ord_dt, ship_ctry_cd FROM ord_hdr WHERE sts = 'PND'"),
         ("what's the oldest one?", "SELECT ord_no FROM ord_hdr WHERE sts = 'PND' ORDER BY ord_dt LIMIT 1")),
    conv("mkt-10",
         ("Number of orders per month in 2024",
          f"SELECT substr(ord_dt, 1, 7) AS mon, COUNT(*) {O24} GROUP BY mon",
          [f"SELECT strftime('%m', ord_dt) AS mon, COUNT(*) {O24} GROUP BY mon",
           f"SELECT CAST(strftime('%m', ord_dt) AS INTEGER) AS mon, COUNT(*) {O24} GROUP BY mon"]),
         ("compare with 2023",
          "SELECT substr(ord_dt, 1, 7) AS mon, COUNT(*) FROM ord_hdr WHERE ord_dt LIKE '2023%' GROUP BY mon",
          ["SELECT strftime('%m', ord_dt) AS mon, COUNT(*) FROM ord_hdr WHERE ord_dt LIKE '2023%' GROUP BY mon",
           "SELECT CAST(strftime('%m', ord_dt) AS INTEGER) AS mon, COUNT(*) FROM ord_hdr WHERE ord_dt LIKE '2023%' "
           "GROUP BY mon",
           "SELECT strftime('%m', ord_dt) AS mon, SUM(ord_dt LIKE '2024%'), SUM(ord_dt LIKE '2023%') FROM ord_hdr "
           "WHERE ord_dt < '2025' GROUP BY mon",
           "SELECT substr(ord_dt, 1, 7) AS mon, COUNT(*) FROM ord_hdr WHERE ord_dt < '2025' GROUP BY mon"]),
         ("which 2024 month had the fewest orders?",
          f"SELECT substr(ord_dt, 1, 7) AS mon {O24} GROUP BY mon ORDER BY COUNT(*) LIMIT 1",
          [f"SELECT strftime('%m', ord_dt) AS mon {O24} GROUP BY mon ORDER BY COUNT(*) LIMIT 1",
           f"SELECT CAST(strftime('%m', ord_dt) AS INTEGER) AS mon {O24} GROUP BY mon ORDER BY COUNT(*) LIMIT 1"])),
    conv("mkt-11",
         ("How many active products does each seller country have?",
          "SELECT s.ctry_cd, COUNT(*) FROM product p JOIN seller s ON s.slr_id = p.slr_id WHERE p.is_actv = 1 "
          "GROUP BY s.ctry_cd"),
         ("what about inactive ones?",
          "SELECT s.ctry_cd, COUNT(*) FROM product p JOIN seller s ON s.slr_id = p.slr_id WHERE p.is_actv = 0 "
          "GROUP BY s.ctry_cd"),
         ("what's the most expensive inactive product?",
          "SELECT prod_nm FROM product WHERE is_actv = 0 ORDER BY list_prc_usd DESC LIMIT 1",
          ["SELECT sku FROM product WHERE is_actv = 0 ORDER BY list_prc_usd DESC LIMIT 1"]),
         ("when was it deactivated?", D)),
]

SETS = {"fleet": FLEET, "clinic": CLINIC, "mktplace": MKTPLACE}
