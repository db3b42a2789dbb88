"""Held-out conversations heldout37, written as an analyst would ask them, before the engine was run
on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept`
(other SQL that also answers), or None when the data does not hold the answer (to decline)."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ bakery
VAL = "SUM(di.quantity * di.unit_price)"
DI = "FROM delivery_items di JOIN deliveries d ON d.delivery_id = di.delivery_id"
DIC = DI + " JOIN customers c ON c.customer_id = d.customer_id"
TOWN = f"SELECT c.town {DIC} GROUP BY c.town ORDER BY {VAL} DESC LIMIT 1"
NUTTY = "SELECT product_id FROM products WHERE contains_nuts = 1 ORDER BY wholesale_price LIMIT 1"
DRV = "SELECT driver_name FROM deliveries GROUP BY driver_name ORDER BY COUNT(*) DESC LIMIT 1"
W24 = ("SELECT product_id FROM waste_log WHERE log_date LIKE '2024%' GROUP BY product_id "
       "ORDER BY SUM(units_wasted) DESC LIMIT 1")
BIGC = f"SELECT c.customer_id {DIC} GROUP BY c.customer_id ORDER BY {VAL} DESC LIMIT 1"
BIGC_X = (f"SELECT c.customer_id {DIC} WHERE d.status <> 'cancelled' GROUP BY c.customer_id "
          f"ORDER BY {VAL} DESC LIMIT 1")
BATHC = "SELECT customer_id FROM customers WHERE business_type = 'Café' AND town = 'Bath'"
NEW24 = "SELECT customer_id FROM customers WHERE account_opened LIKE '2024%'"
PERDEL = f"SELECT d.delivery_id, d.customer_id, {VAL} AS v {DI} GROUP BY d.delivery_id"
MONTHS = "FROM deliveries WHERE delivery_date LIKE '2024%' GROUP BY m"

BAKERY = [
    conv("bk-1",
         ("How many wholesale customers do we have in each town?", "SELECT town, COUNT(*) FROM customers GROUP BY town"),
         ("which town's customers have ordered the most by value?", TOWN,
          [f"SELECT c.town {DIC} WHERE d.status <> 'cancelled' GROUP BY c.town ORDER BY {VAL} DESC LIMIT 1"]),
         ("and how many deliveries went there in 2024?",
          f"SELECT COUNT(*) FROM deliveries d JOIN customers c ON c.customer_id = d.customer_id "
          f"WHERE c.town = ({TOWN}) AND d.delivery_date LIKE '2024%'",
          [f"SELECT COUNT(*) FROM deliveries d JOIN customers c ON c.customer_id = d.customer_id "
           f"WHERE c.town = ({TOWN}) AND d.delivery_date LIKE '2024%' AND d.status <> 'cancelled'"])),
    conv("bk-2",
         ("List our products that contain nuts", "SELECT name FROM products WHERE contains_nuts = 1"),
         ("what's the cheapest of them?",
          "SELECT name FROM products WHERE contains_nuts = 1 ORDER BY wholesale_price LIMIT 1"),
         ("how many of it did we deliver in 2024?",
          f"SELECT SUM(di.quantity) {DI} WHERE di.product_id = ({NUTTY}) AND d.delivery_date LIKE '2024%' "
          f"AND d.status <> 'cancelled'",
          [f"SELECT SUM(di.quantity) {DI} WHERE di.product_id = ({NUTTY}) AND d.delivery_date LIKE '2024%'"]),
         ("Which customers have an allergy policy on file?", D)),
    conv("bk-3",
         ("Which driver did the most deliveries?", DRV),
         ("how many of their deliveries were late?",
          f"SELECT COUNT(*) FROM deliveries WHERE status = 'late' AND driver_name = ({DRV})"),
         ("what share of deliveries was late for each driver?",
          "SELECT driver_name, 100.0 * SUM(status = 'late') / COUNT(*) FROM deliveries GROUP BY driver_name",
          ["SELECT driver_name, 1.0 * SUM(status = 'late') / COUNT(*) FROM deliveries GROUP BY driver_name"]),
         ("What's that first driver's mobile number?", D)),
    conv("bk-4",
         ("What did we throw away the most of in 2024?",
          f"SELECT name FROM products WHERE product_id = ({W24})"),
         ("how many units of it were wasted at each bakery that year?",
          f"SELECT b.name, SUM(w.units_wasted) FROM waste_log w JOIN bakeries b ON b.bakery_id = w.bakery_id "
          f"WHERE w.product_id = ({W24}) AND w.log_date LIKE '2024%' GROUP BY b.name"),
         ("What was all the wasted stock in 2024 worth at wholesale prices?",
          "SELECT SUM(w.units_wasted * p.wholesale_price) FROM waste_log w JOIN products p "
          "ON p.product_id = w.product_id WHERE w.log_date LIKE '2024%'"),
         ("Why is the waste so high in Bristol?", D)),
    conv("bk-5",
         ("Average wholesale price by product category",
          "SELECT category, AVG(wholesale_price) FROM products GROUP BY category"),
         ("which category keeps the longest on average?",
          "SELECT category FROM products GROUP BY category ORDER BY AVG(shelf_life_days) DESC LIMIT 1"),
         ("list the products in it with their prices, most expensive first",
          "SELECT name, wholesale_price FROM products WHERE category = (SELECT category FROM products "
          "GROUP BY category ORDER BY AVG(shelf_life_days) DESC LIMIT 1) ORDER BY wholesale_price DESC")),
    conv("bk-6",
         ("How many deliveries did we make each month in 2024?",
          f"SELECT strftime('%m', delivery_date) AS m, COUNT(*) {MONTHS}",
          [f"SELECT strftime('%Y-%m', delivery_date) AS m, COUNT(*) {MONTHS}",
           "SELECT strftime('%m', delivery_date) AS m, COUNT(*) FROM deliveries WHERE delivery_date LIKE '2024%' "
           "AND status <> 'cancelled' GROUP BY m"]),
         ("which month was the quietest?",
          f"SELECT strftime('%m', delivery_date) AS m {MONTHS} ORDER BY COUNT(*) LIMIT 1",
          [f"SELECT strftime('%Y-%m', delivery_date) AS m {MONTHS} ORDER BY COUNT(*) LIMIT 1"]),
         ("what's the forecast for next month?", D)),
    conv("bk-7",
         ("Which customer has spent the most with us?",
          f"SELECT business_name FROM customers WHERE customer_id = ({BIGC})",
          [f"SELECT business_name FROM customers WHERE customer_id = ({BIGC_X})"]),
         ("When did they open their account?",
          f"SELECT account_opened FROM customers WHERE customer_id = ({BIGC})",
          [f"SELECT account_opened FROM customers WHERE customer_id = ({BIGC_X})"]),
         ("which of our bakeries supplies them?",
          f"SELECT b.name FROM bakeries b JOIN customers c ON c.bakery_id = b.bakery_id WHERE c.customer_id = ({BIGC})",
          [f"SELECT b.name FROM bakeries b JOIN customers c ON c.bakery_id = b.bakery_id "
           f"WHERE c.customer_id = ({BIGC_X})"]),
         ("how many ovens does that bakery have?",
          f"SELECT b.ovens FROM bakeries b JOIN customers c ON c.bakery_id = b.bakery_id WHERE c.customer_id = ({BIGC})",
          [f"SELECT b.ovens FROM bakeries b JOIN customers c ON c.bakery_id = b.bakery_id "
           f"WHERE c.customer_id = ({BIGC_X})"]),
         ("and who is the head baker there?", D)),
    conv("bk-8",
         ("Show me the cafés in Bath", f"SELECT business_name FROM customers WHERE customer_id IN ({BATHC})"),
         ("how many deliveries has each of them had?",
          f"SELECT c.business_name, COUNT(d.delivery_id) FROM customers c LEFT JOIN deliveries d "
          f"ON d.customer_id = c.customer_id WHERE c.customer_id IN ({BATHC}) GROUP BY c.customer_id"),
         ("what do they order most often?",
          f"SELECT p.name {DI} JOIN products p ON p.product_id = di.product_id WHERE d.customer_id IN ({BATHC}) "
          f"GROUP BY p.name ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT p.name {DI} JOIN products p ON p.product_id = di.product_id WHERE d.customer_id IN ({BATHC}) "
           f"GROUP BY p.name ORDER BY SUM(di.quantity) DESC LIMIT 1"])),
    conv("bk-9",
         ("How many customers opened an account in 2024?", f"SELECT COUNT(*) FROM ({NEW24})"),
         ("what kinds of business are they?",
          "SELECT business_type, COUNT(*) FROM customers WHERE account_opened LIKE '2024%' GROUP BY business_type",
          ["SELECT DISTINCT business_type FROM customers WHERE account_opened LIKE '2024%'"]),
         ("which of them has ordered the most bread?",
          f"SELECT c.business_name {DIC} JOIN products p ON p.product_id = di.product_id "
          f"WHERE c.customer_id IN ({NEW24}) AND p.category = 'Bread' GROUP BY c.customer_id "
          f"ORDER BY SUM(di.quantity) DESC LIMIT 1")),
    conv("bk-10",
         ("What's the average value of a delivery?", f"SELECT AVG(v) FROM ({PERDEL})"),
         ("and for hotels only?",
          f"SELECT AVG(t.v) FROM ({PERDEL}) t JOIN customers c ON c.customer_id = t.customer_id "
          f"WHERE c.business_type = 'Hotel'"),
         ("which hotel had the single biggest delivery?",
          f"SELECT c.business_name FROM ({PERDEL}) t JOIN customers c ON c.customer_id = t.customer_id "
          f"WHERE c.business_type = 'Hotel' ORDER BY t.v DESC LIMIT 1"),
         ("what was the weather like on that day?", D)),
    conv("bk-11",
         ("What's our profit margin on sourdough?", D),
         ("What do we charge for a sourdough loaf?",
          "SELECT wholesale_price FROM products WHERE name = 'Sourdough Loaf'"),
         ("how many delivery lines of it were sold below that price?",
          "SELECT COUNT(*) FROM delivery_items di JOIN products p ON p.product_id = di.product_id "
          "WHERE p.name = 'Sourdough Loaf' AND di.unit_price < p.wholesale_price")),
]

# ------------------------------------------------------------------------------------------ apiary
HA = "FROM hives h JOIN apiaries a ON a.apiary_id = h.apiary_id"
HV = "FROM honey_harvests hh JOIN hives h ON h.hive_id = hh.hive_id"
CTY = f"SELECT a.county {HA} WHERE h.status = 'active' GROUP BY a.county ORDER BY COUNT(*) DESC LIMIT 1"
MASTERS = "SELECT beekeeper_id FROM beekeepers WHERE level = 'Master'"
BIGH = "SELECT hive_id FROM honey_harvests ORDER BY kg DESC LIMIT 1"
HT = f"SELECT h.hive_type {HV} GROUP BY h.hive_type ORDER BY AVG(hh.kg) DESC LIMIT 1"
IJ = "FROM inspections i JOIN hives h ON h.hive_id = i.hive_id"
MB = "FROM inspections GROUP BY m"

APIARY = [
    conv("ap-1",
         ("How many hives does each apiary have?", f"SELECT a.site_name, COUNT(*) {HA} GROUP BY a.site_name",
          [f"SELECT a.site_name, COUNT(*) {HA} WHERE h.status = 'active' GROUP BY a.site_name"]),
         ("which county has the most active hives?", CTY),
         ("what's the highest apiary in that county?",
          f"SELECT site_name FROM apiaries WHERE county = ({CTY}) ORDER BY altitude_m DESC LIMIT 1")),
    conv("ap-2",
         ("How much honey did we harvest each year?",
          "SELECT strftime('%Y', harvested_on) AS y, SUM(kg) FROM honey_harvests GROUP BY y"),
         ("break 2024 down by honey type",
          "SELECT honey_type, SUM(kg) FROM honey_harvests WHERE harvested_on LIKE '2024%' GROUP BY honey_type"),
         ("which apiary produced the most heather honey that year?",
          f"SELECT a.site_name {HV} JOIN apiaries a ON a.apiary_id = h.apiary_id WHERE hh.honey_type = 'Heather' "
          f"AND hh.harvested_on LIKE '2024%' GROUP BY a.site_name ORDER BY SUM(hh.kg) DESC LIMIT 1"),
         ("What price did the heather honey sell for?", D)),
    conv("ap-3",
         ("Which queen breed has the lowest average varroa count?",
          f"SELECT h.queen_breed {IJ} GROUP BY h.queen_breed ORDER BY AVG(i.varroa_count) LIMIT 1"),
         ("and the highest?",
          f"SELECT h.queen_breed {IJ} GROUP BY h.queen_breed ORDER BY AVG(i.varroa_count) DESC LIMIT 1"),
         ("How many active hives have Italian queens?",
          "SELECT COUNT(*) FROM hives WHERE status = 'active' AND queen_breed = 'Italian'"),
         ("Is the varroa treatment working on them?", D)),
    conv("ap-4",
         ("Who are our master beekeepers?", "SELECT full_name FROM beekeepers WHERE level = 'Master'"),
         ("how many hives does each of them look after?",
          "SELECT b.full_name, COUNT(h.hive_id) FROM beekeepers b LEFT JOIN hives h ON h.beekeeper_id = b.beekeeper_id "
          "WHERE b.level = 'Master' GROUP BY b.beekeeper_id"),
         ("which of them has been a member longest?",
          "SELECT full_name FROM beekeepers WHERE level = 'Master' ORDER BY joined_on LIMIT 1"),
         ("what's their email address?", D)),
    conv("ap-5",
         ("How many inspections were done in 2024?",
          "SELECT COUNT(*) FROM inspections WHERE inspected_on LIKE '2024%'"),
         ("in how many of them was the queen not seen?",
          "SELECT COUNT(*) FROM inspections WHERE inspected_on LIKE '2024%' AND queen_seen = 0"),
         ("Across all years, which hive most often had no queen sighting?",
          f"SELECT h.hive_label {IJ} WHERE i.queen_seen = 0 GROUP BY h.hive_label ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("ap-6",
         ("What's the average temper score by hive type?",
          f"SELECT h.hive_type, AVG(i.temper) {IJ} GROUP BY h.hive_type"),
         ("which hive type gives the biggest harvests on average?", HT),
         ("how many hives of that type have been lost?",
          f"SELECT COUNT(*) FROM hives WHERE status = 'lost' AND hive_type = ({HT})")),
    conv("ap-7",
         ("List the hives installed in 2024", "SELECT hive_label FROM hives WHERE installed_on LIKE '2024%'"),
         ("which apiaries are they at?",
          f"SELECT DISTINCT a.site_name {HA} WHERE h.installed_on LIKE '2024%'",
          [f"SELECT h.hive_label, a.site_name {HA} WHERE h.installed_on LIKE '2024%'"]),
         ("how much honey have they produced so far?",
          f"SELECT SUM(hh.kg) {HV} WHERE h.installed_on LIKE '2024%'"),
         ("Will they survive the winter?", D)),
    conv("ap-8",
         ("What's the heaviest single harvest on record?", "SELECT MAX(kg) FROM honey_harvests",
          ["SELECT * FROM honey_harvests ORDER BY kg DESC LIMIT 1"]),
         ("which hive was that from?", f"SELECT hive_label FROM hives WHERE hive_id = ({BIGH})"),
         ("who keeps that hive?",
          f"SELECT b.full_name FROM beekeepers b JOIN hives h ON h.beekeeper_id = b.beekeeper_id "
          f"WHERE h.hive_id = ({BIGH})"),
         ("and what year is its queen from?", f"SELECT queen_year FROM hives WHERE hive_id = ({BIGH})")),
    conv("ap-9",
         ("Average number of brood frames per inspection, by month",
          f"SELECT strftime('%m', inspected_on) AS m, AVG(brood_frames) {MB}",
          ["SELECT strftime('%Y-%m', inspected_on) AS m, AVG(brood_frames) FROM inspections GROUP BY m"]),
         ("which month is highest?", f"SELECT strftime('%m', inspected_on) AS m {MB} ORDER BY AVG(brood_frames) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', inspected_on) AS m FROM inspections GROUP BY m ORDER BY AVG(brood_frames) DESC LIMIT 1"]),
         ("How does that compare with the national average?", D)),
    conv("ap-10",
         ("How many hives are at apiaries above 200 metres?", f"SELECT COUNT(*) {HA} WHERE a.altitude_m > 200"),
         ("how does their average harvest compare with hives lower down?",
          f"SELECT AVG(hh.kg) {HV} JOIN apiaries a ON a.apiary_id = h.apiary_id GROUP BY a.altitude_m > 200"),
         ("Which hives were treated with oxalic acid?", D)),
    conv("ap-11",
         ("What are the GPS coordinates of Hallow Lane?", D),
         ("how many hives are there?",
          f"SELECT COUNT(*) {HA} WHERE a.site_name = 'Hallow Lane'",
          [f"SELECT COUNT(*) {HA} WHERE a.site_name = 'Hallow Lane' AND h.status = 'active'"]),
         ("how many inspections were carried out there in 2024?",
          f"SELECT COUNT(*) {IJ} JOIN apiaries a ON a.apiary_id = h.apiary_id WHERE a.site_name = 'Hallow Lane' "
          f"AND i.inspected_on LIKE '2024%'")),
]

# ------------------------------------------------------------------------------------------ tyres
JB = "FROM JOB_HDR j JOIN BRNCH b ON b.BR_CD = j.BR_CD"
NET = "SUM(j.TOT_AMT_PNC - j.DISC_AMT_PNC)"
TOPBR = (f"SELECT j.BR_CD FROM JOB_HDR j WHERE j.JOB_DT LIKE '2024%' AND j.STS_CD = 'C' GROUP BY j.BR_CD "
         f"ORDER BY {NET} DESC LIMIT 1")
TT = "FROM JOB_TYR t JOIN TYR_MST m ON m.TYR_SKU = t.TYR_SKU"
BRAND = f"SELECT m.TYR_BRND {TT} GROUP BY m.TYR_BRND ORDER BY SUM(t.QTY) DESC LIMIT 1"
FLEET = ("SELECT c.CUST_NO FROM CUST c JOIN VEH v ON v.CUST_NO = c.CUST_NO WHERE c.CUST_TY_CD = 'F' "
         "GROUP BY c.CUST_NO ORDER BY COUNT(*) DESC LIMIT 1")
JV = "FROM JOB_HDR j JOIN VEH v ON v.VEH_REG = j.VEH_REG"
TOPT = "SELECT TECH_ID FROM JOB_HDR WHERE JOB_DT LIKE '2024%' GROUP BY TECH_ID ORDER BY COUNT(*) DESC LIMIT 1"
OPENBR = "SELECT BR_CD FROM JOB_HDR WHERE STS_CD = 'O' GROUP BY BR_CD ORDER BY COUNT(*) DESC LIMIT 1"
SIZE = f"SELECT m.TYR_SZ {TT} GROUP BY m.TYR_SZ ORDER BY SUM(t.QTY) DESC LIMIT 1"
TF = "FROM JOB_HDR j JOIN JOB_TYR t ON t.JOB_NO = j.JOB_NO"

TYRES = [
    conv("ty-1",
         ("How many jobs did each branch do in 2024?",
          f"SELECT b.BR_NM, COUNT(*) {JB} WHERE j.JOB_DT LIKE '2024%' GROUP BY b.BR_NM",
          [f"SELECT b.BR_NM, COUNT(*) {JB} WHERE j.JOB_DT LIKE '2024%' AND j.STS_CD <> 'X' GROUP BY b.BR_NM",
           f"SELECT b.BR_NM, COUNT(*) {JB} WHERE j.JOB_DT LIKE '2024%' AND j.STS_CD = 'C' GROUP BY b.BR_NM"]),
         ("which branch took the most money that year?", f"SELECT BR_NM FROM BRNCH WHERE BR_CD = ({TOPBR})"),
         ("how much was that in pounds?",
          f"SELECT {NET} / 100.0 FROM JOB_HDR j WHERE j.JOB_DT LIKE '2024%' AND j.STS_CD = 'C' AND j.BR_CD = ({TOPBR})",
          [f"SELECT SUM(j.TOT_AMT_PNC) / 100.0 FROM JOB_HDR j WHERE j.JOB_DT LIKE '2024%' AND j.STS_CD = 'C' "
           f"AND j.BR_CD = ({TOPBR})",
           f"SELECT {NET} / 100.0 FROM JOB_HDR j WHERE j.JOB_DT LIKE '2024%' AND j.BR_CD = ({TOPBR})",
           f"SELECT SUM(j.TOT_AMT_PNC) / 100.0 FROM JOB_HDR j WHERE j.JOB_DT LIKE '2024%' AND j.BR_CD = ({TOPBR})"])),
    conv("ty-2",
         ("What types of job do we do?", "SELECT CD_DESC FROM CD_LKP WHERE CD_TYP = 'JBTY'",
          ["SELECT DISTINCT JOB_TY_CD FROM JOB_HDR"]),
         ("how many MOT tests did we do in 2024?",
          "SELECT COUNT(*) FROM JOB_HDR WHERE JOB_TY_CD = 'MT' AND JOB_DT LIKE '2024%'",
          ["SELECT COUNT(*) FROM JOB_HDR WHERE JOB_TY_CD = 'MT' AND JOB_DT LIKE '2024%' AND STS_CD = 'C'"]),
         ("what's the average bill for a full service?",
          "SELECT AVG(TOT_AMT_PNC) / 100.0 FROM JOB_HDR WHERE JOB_TY_CD = 'SV'",
          ["SELECT AVG(TOT_AMT_PNC) FROM JOB_HDR WHERE JOB_TY_CD = 'SV'",
           "SELECT AVG(TOT_AMT_PNC - DISC_AMT_PNC) / 100.0 FROM JOB_HDR WHERE JOB_TY_CD = 'SV'",
           "SELECT AVG(TOT_AMT_PNC - DISC_AMT_PNC) FROM JOB_HDR WHERE JOB_TY_CD = 'SV'"]),
         ("what's our MOT pass rate?", D)),
    conv("ty-3",
         ("Which tyre brand have we sold the most of?", BRAND),
         ("what's its average margin per tyre, in pounds?",
          f"SELECT SUM((t.SELL_PNC - m.UNIT_CST_PNC) * t.QTY) / 100.0 / SUM(t.QTY) {TT} WHERE m.TYR_BRND = ({BRAND})",
          [f"SELECT AVG(t.SELL_PNC - m.UNIT_CST_PNC) / 100.0 {TT} WHERE m.TYR_BRND = ({BRAND})",
           f"SELECT AVG(m.RRP_PNC - m.UNIT_CST_PNC) / 100.0 FROM TYR_MST m WHERE m.TYR_BRND = ({BRAND})"]),
         ("list its tyres with their cost and recommended retail price",
          f"SELECT TYR_SKU, TYR_SZ, UNIT_CST_PNC, RRP_PNC FROM TYR_MST WHERE TYR_BRND = ({BRAND})",
          [f"SELECT TYR_SKU, TYR_SZ, UNIT_CST_PNC / 100.0, RRP_PNC / 100.0 FROM TYR_MST WHERE TYR_BRND = ({BRAND})"]),
         ("what season is each of those for?",
          f"SELECT m.TYR_SKU, l.CD_DESC FROM TYR_MST m JOIN CD_LKP l ON l.CD_TYP = 'SEAS' AND l.CD = m.SEAS_CD "
          f"WHERE m.TYR_BRND = ({BRAND})",
          [f"SELECT TYR_SKU, SEAS_CD FROM TYR_MST WHERE TYR_BRND = ({BRAND})"])),
    conv("ty-4",
         ("How many customers of each type do we have?",
          "SELECT l.CD_DESC, COUNT(*) FROM CUST c JOIN CD_LKP l ON l.CD_TYP = 'CUTY' AND l.CD = c.CUST_TY_CD "
          "GROUP BY l.CD_DESC",
          ["SELECT CUST_TY_CD, COUNT(*) FROM CUST GROUP BY CUST_TY_CD"]),
         ("which fleet customer has the most vehicles?", f"SELECT CUST_NM FROM CUST WHERE CUST_NO = ({FLEET})"),
         ("how much have they spent with us altogether?",
          f"SELECT SUM(j.TOT_AMT_PNC - j.DISC_AMT_PNC) / 100.0 {JV} WHERE v.CUST_NO = ({FLEET})",
          [f"SELECT SUM(j.TOT_AMT_PNC - j.DISC_AMT_PNC) {JV} WHERE v.CUST_NO = ({FLEET})",
           f"SELECT SUM(j.TOT_AMT_PNC) / 100.0 {JV} WHERE v.CUST_NO = ({FLEET})",
           f"SELECT SUM(j.TOT_AMT_PNC) {JV} WHERE v.CUST_NO = ({FLEET})",
           f"SELECT SUM(j.TOT_AMT_PNC - j.DISC_AMT_PNC) / 100.0 {JV} WHERE v.CUST_NO = ({FLEET}) AND j.STS_CD = 'C'",
           f"SELECT SUM(j.TOT_AMT_PNC - j.DISC_AMT_PNC) {JV} WHERE v.CUST_NO = ({FLEET}) AND j.STS_CD = 'C'"]),
         ("when is their fleet contract up for renewal?", D)),
    conv("ty-5",
         ("Who are our master technicians?", "SELECT TECH_FNM, TECH_LNM FROM TECH WHERE GRD_CD = 'M'",
          ["SELECT TECH_FNM || ' ' || TECH_LNM FROM TECH WHERE GRD_CD = 'M'"]),
         ("what's the average hourly rate for each grade, in pounds?",
          "SELECT AVG(HRLY_RT_PNC) / 100.0 FROM TECH GROUP BY GRD_CD"),
         ("which technician did the most jobs in 2024?",
          f"SELECT TECH_FNM, TECH_LNM FROM TECH WHERE TECH_ID = ({TOPT})",
          [f"SELECT TECH_FNM || ' ' || TECH_LNM FROM TECH WHERE TECH_ID = ({TOPT})"]),
         ("how many of those were tyre fittings?",
          f"SELECT COUNT(*) FROM JOB_HDR WHERE JOB_DT LIKE '2024%' AND JOB_TY_CD = 'TF' AND TECH_ID = ({TOPT})")),
    conv("ty-6",
         ("Total discount given by month in 2024",
          "SELECT SUM(DISC_AMT_PNC) FROM JOB_HDR WHERE JOB_DT LIKE '2024%' GROUP BY strftime('%m', JOB_DT)",
          ["SELECT SUM(DISC_AMT_PNC) / 100.0 FROM JOB_HDR WHERE JOB_DT LIKE '2024%' GROUP BY strftime('%m', JOB_DT)"]),
         ("which payment method gets the biggest discount on average?",
          "SELECT l.CD_DESC FROM JOB_HDR j JOIN CD_LKP l ON l.CD_TYP = 'PYMT' AND l.CD = j.PAY_CD "
          "GROUP BY l.CD_DESC ORDER BY AVG(j.DISC_AMT_PNC) DESC LIMIT 1",
          ["SELECT PAY_CD FROM JOB_HDR GROUP BY PAY_CD ORDER BY AVG(DISC_AMT_PNC) DESC LIMIT 1",
           "SELECT PAY_CD FROM JOB_HDR WHERE JOB_DT LIKE '2024%' GROUP BY PAY_CD ORDER BY AVG(DISC_AMT_PNC) DESC LIMIT 1"]),
         ("why do account customers get more discount?", D)),
    conv("ty-7",
         ("How many jobs are still open?", "SELECT COUNT(*) FROM JOB_HDR WHERE STS_CD = 'O'"),
         ("which branch has the most of them?", f"SELECT BR_NM FROM BRNCH WHERE BR_CD = ({OPENBR})"),
         ("list them with the registration and date",
          f"SELECT JOB_NO, VEH_REG, JOB_DT FROM JOB_HDR WHERE STS_CD = 'O' AND BR_CD = ({OPENBR})"),
         ("what makes are those cars?",
          f"SELECT j.VEH_REG, v.VEH_MK {JV} WHERE j.STS_CD = 'O' AND j.BR_CD = ({OPENBR})",
          [f"SELECT DISTINCT v.VEH_MK {JV} WHERE j.STS_CD = 'O' AND j.BR_CD = ({OPENBR})",
           f"SELECT v.VEH_MK, COUNT(*) {JV} WHERE j.STS_CD = 'O' AND j.BR_CD = ({OPENBR}) GROUP BY v.VEH_MK"]),
         ("when are the customers coming to collect them?", D)),
    conv("ty-8",
         ("What's the most common make of car we see?",
          "SELECT VEH_MK FROM VEH GROUP BY VEH_MK ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT v.VEH_MK {JV} GROUP BY v.VEH_MK ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("average model year by make", "SELECT VEH_MK, AVG(VEH_YR) FROM VEH GROUP BY VEH_MK"),
         ("how many Toyotas came in for brake work?",
          f"SELECT COUNT(*) {JV} WHERE v.VEH_MK = 'Toyota' AND j.JOB_TY_CD = 'BR'",
          [f"SELECT COUNT(DISTINCT j.VEH_REG) {JV} WHERE v.VEH_MK = 'Toyota' AND j.JOB_TY_CD = 'BR'"]),
         ("what mileage were they on?", D)),
    conv("ty-9",
         ("Which tyre size do we fit most?", SIZE),
         ("what's the cheapest tyre in that size by recommended price?",
          f"SELECT TYR_SKU, TYR_BRND FROM TYR_MST WHERE TYR_SZ = ({SIZE}) ORDER BY RRP_PNC LIMIT 1"),
         ("how many of them have we got in stock?", D)),
    conv("ty-10",
         ("How much did tyre fitting bring in each year, in pounds?",
          "SELECT strftime('%Y', JOB_DT) AS y, SUM(TOT_AMT_PNC) / 100.0 FROM JOB_HDR WHERE JOB_TY_CD = 'TF' GROUP BY y",
          ["SELECT strftime('%Y', JOB_DT) AS y, SUM(TOT_AMT_PNC - DISC_AMT_PNC) / 100.0 FROM JOB_HDR "
           "WHERE JOB_TY_CD = 'TF' GROUP BY y",
           "SELECT strftime('%Y', JOB_DT) AS y, SUM(TOT_AMT_PNC - DISC_AMT_PNC) / 100.0 FROM JOB_HDR "
           "WHERE JOB_TY_CD = 'TF' AND STS_CD = 'C' GROUP BY y",
           "SELECT strftime('%Y', JOB_DT) AS y, SUM(TOT_AMT_PNC) / 100.0 FROM JOB_HDR "
           "WHERE JOB_TY_CD = 'TF' AND STS_CD = 'C' GROUP BY y"]),
         ("and how many tyres did we fit in each of those years?",
          f"SELECT strftime('%Y', j.JOB_DT) AS y, SUM(t.QTY) {TF} GROUP BY y",
          [f"SELECT strftime('%Y', j.JOB_DT) AS y, SUM(t.QTY) {TF} WHERE j.STS_CD = 'C' GROUP BY y"]),
         ("which branch fitted the most tyres in 2024?",
          f"SELECT b.BR_NM {TF} JOIN BRNCH b ON b.BR_CD = j.BR_CD WHERE j.JOB_DT LIKE '2024%' GROUP BY b.BR_NM "
          f"ORDER BY SUM(t.QTY) DESC LIMIT 1")),
    conv("ty-11",
         ("What's the postcode for customer 17?", "SELECT CUST_PCD FROM CUST WHERE CUST_NO = 17"),
         ("and their phone number?", D),
         ("how many vehicles have they got registered with us?", "SELECT COUNT(*) FROM VEH WHERE CUST_NO = 17")),
]

SETS = {"bakery": BAKERY, "apiary": APIARY, "tyres": TYRES}
