"""The eighth set of held-out conversations, written as an analyst would ask them, before the engine
was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


# ------------------------------------------------------------------------------------------ car rental
VB = "FROM vehicles v JOIN branches b ON b.branch_id = v.home_branch_id"
RB = "FROM rentals r JOIN branches b ON b.branch_id = r.branch_id"
RV = "FROM rentals r JOIN vehicles v ON v.vehicle_id = r.vehicle_id"
DAYS = "(julianday(r.return_date) - julianday(r.pickup_date))"
Q = "((CAST(strftime('%m', {0}) AS INTEGER) + 2) / 3)"
RQ = Q.format("pickup_date")
TOPB = f"SELECT b.branch_id {VB} GROUP BY b.branch_id ORDER BY COUNT(*) DESC LIMIT 1"
TAY = "SELECT vehicle_id FROM vehicles WHERE make = 'Porsche' AND model = 'Taycan'"
TOP5C = ("SELECT customer_id FROM rentals GROUP BY customer_id ORDER BY SUM(total_amount) DESC LIMIT 5")
DMG_RATE_B = (f"SELECT b.branch_name, 100.0 * COUNT(DISTINCT d.rental_id) / COUNT(DISTINCT r.rental_id) AS pct {RB} "
              "LEFT JOIN damage_reports d ON d.rental_id = r.rental_id GROUP BY b.branch_name")
DMG_RATE_C = (f"SELECT v.category, 100.0 * COUNT(DISTINCT d.rental_id) / COUNT(DISTINCT r.rental_id) AS pct {RV} "
              "LEFT JOIN damage_reports d ON d.rental_id = r.rental_id GROUP BY v.category")
REV_YR = ("SELECT SUM(CASE WHEN pickup_date LIKE '2023%' THEN total_amount END) AS y23, "
          "SUM(CASE WHEN pickup_date LIKE '2024%' THEN total_amount END) AS y24 FROM rentals r "
          "JOIN branches b ON b.branch_id = r.branch_id WHERE b.branch_name = '{0}'")


def chg(name: str) -> str:
    return f"SELECT 100.0 * (y24 - y23) / y23 FROM ({REV_YR.format(name)})"


CARRENTAL = [
    conv("car-1",
         ("How many cars does each branch have?", f"SELECT b.branch_name, COUNT(*) {VB} GROUP BY b.branch_name"),
         ("which one has the most?", f"SELECT b.branch_name {VB} GROUP BY b.branch_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average daily rate of the cars there?",
          f"SELECT AVG(daily_rate) FROM vehicles WHERE home_branch_id = ({TOPB})")),
    conv("car-2",
         ("Rental revenue by quarter for 2024, please",
          f"SELECT {RQ} AS q, SUM(total_amount) FROM rentals WHERE pickup_date LIKE '2024%' GROUP BY q",
          [f"SELECT '2024-Q' || {RQ} AS q, SUM(total_amount) FROM rentals WHERE pickup_date LIKE '2024%' GROUP BY q",
           f"SELECT 'Q' || {RQ} AS q, SUM(total_amount) FROM rentals WHERE pickup_date LIKE '2024%' GROUP BY q"]),
         ("which quarter was the best?",
          f"SELECT {RQ} AS q FROM rentals WHERE pickup_date LIKE '2024%' GROUP BY q ORDER BY SUM(total_amount) DESC LIMIT 1",
          [f"SELECT 'Q' || {RQ} AS q FROM rentals WHERE pickup_date LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(total_amount) DESC LIMIT 1",
           f"SELECT '2024-Q' || {RQ} AS q FROM rentals WHERE pickup_date LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(total_amount) DESC LIMIT 1"]),
         ("How much did total rental revenue change from 2023 to 2024 in percent?",
          "SELECT 100.0 * (SUM(CASE WHEN pickup_date LIKE '2024%' THEN total_amount END) - "
          "SUM(CASE WHEN pickup_date LIKE '2023%' THEN total_amount END)) / "
          "SUM(CASE WHEN pickup_date LIKE '2023%' THEN total_amount END) FROM rentals")),
    conv("car-3",
         ("What percentage of rentals had damage, by branch?", DMG_RATE_B,
          [DMG_RATE_B.replace("100.0 *", "1.0 *")]),
         ("and by vehicle category?", DMG_RATE_C, [DMG_RATE_C.replace("100.0 *", "1.0 *")]),
         ("which category has the highest rate?",
          f"SELECT category FROM ({DMG_RATE_C}) ORDER BY pct DESC LIMIT 1")),
    conv("car-4",
         ("When was the Porsche Taycan first rented?",
          f"SELECT MIN(pickup_date) FROM rentals WHERE vehicle_id IN ({TAY})",
          [f"SELECT pickup_date FROM rentals WHERE vehicle_id IN ({TAY}) ORDER BY pickup_date LIMIT 1"]),
         ("who rented it that time?",
          f"SELECT c.full_name FROM rentals r JOIN customers c ON c.customer_id = r.customer_id "
          f"WHERE r.vehicle_id IN ({TAY}) ORDER BY r.pickup_date LIMIT 1"),
         ("how many times has it been rented in total?", f"SELECT COUNT(*) FROM rentals WHERE vehicle_id IN ({TAY})")),
    conv("car-5",
         ("Which make has the most vehicles in the fleet?",
          "SELECT make FROM vehicles GROUP BY make ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average fuel consumption of those cars?", D),
         ("list the Toyotas with their plate, model and daily rate",
          "SELECT plate, model, daily_rate FROM vehicles WHERE make = 'Toyota'")),
    conv("car-6",
         ("How many rentals were picked up at a branch in a different city from where the customer lives?",
          f"SELECT COUNT(*) {RB} JOIN customers c ON c.customer_id = r.customer_id WHERE c.city <> b.city"),
         ("Can I get the phone numbers of our customers from London?", D),
         ("How many people from London have rented with us?",
          "SELECT COUNT(DISTINCT r.customer_id) FROM rentals r JOIN customers c ON c.customer_id = r.customer_id "
          "WHERE c.city = 'London'")),
    conv("car-7",
         ("What's the revenue per rental day for each vehicle category?",
          f"SELECT v.category, SUM(r.total_amount) / SUM({DAYS}) {RV} GROUP BY v.category",
          [f"SELECT v.category, AVG(r.total_amount / {DAYS}) {RV} GROUP BY v.category"]),
         ("sort them from highest to lowest",
          f"SELECT v.category, SUM(r.total_amount) / SUM({DAYS}) AS x {RV} GROUP BY v.category ORDER BY x DESC",
          [f"SELECT v.category, AVG(r.total_amount / {DAYS}) AS x {RV} GROUP BY v.category ORDER BY x DESC"])),
    conv("car-8",
         ("Total repair cost by damage severity", "SELECT severity, SUM(repair_cost) FROM damage_reports GROUP BY severity"),
         ("what share of the total is major damage?",
          "SELECT 100.0 * SUM(CASE WHEN severity = 'major' THEN repair_cost ELSE 0 END) / SUM(repair_cost) "
          "FROM damage_reports",
          ["SELECT 1.0 * SUM(CASE WHEN severity = 'major' THEN repair_cost ELSE 0 END) / SUM(repair_cost) "
           "FROM damage_reports"]),
         ("What will repair costs be next year?", D)),
    conv("car-9",
         ("How many rentals started in each month of 2023?",
          "SELECT strftime('%m', pickup_date) AS m, COUNT(*) FROM rentals WHERE pickup_date LIKE '2023%' GROUP BY m",
          ["SELECT strftime('%Y-%m', pickup_date) AS m, COUNT(*) FROM rentals WHERE pickup_date LIKE '2023%' GROUP BY m"]),
         ("which month had the most?",
          "SELECT strftime('%m', pickup_date) AS m FROM rentals WHERE pickup_date LIKE '2023%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', pickup_date) AS m FROM rentals WHERE pickup_date LIKE '2023%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("car-10",
         ("Who are our top 5 customers by total amount spent?",
          "SELECT c.full_name, SUM(r.total_amount) AS spent FROM rentals r JOIN customers c ON c.customer_id = "
          "r.customer_id GROUP BY c.customer_id ORDER BY spent DESC LIMIT 5"),
         ("which cities are they from?", f"SELECT city FROM customers WHERE customer_id IN ({TOP5C})",
          [f"SELECT DISTINCT city FROM customers WHERE customer_id IN ({TOP5C})"]),
         ("of those, who drove the most kilometres?",
          f"SELECT c.full_name FROM rentals r JOIN customers c ON c.customer_id = r.customer_id WHERE r.customer_id "
          f"IN ({TOP5C}) GROUP BY c.customer_id ORDER BY SUM(r.km_driven) DESC LIMIT 1"),
         ("Why does that customer rent so much more than everyone else?", D)),
    conv("car-11",
         ("Which vehicles have a daily rate above the average for their category?",
          "SELECT v.plate, v.make, v.model FROM vehicles v WHERE v.daily_rate > "
          "(SELECT AVG(w.daily_rate) FROM vehicles w WHERE w.category = v.category)"),
         ("how many is that per category?",
          "SELECT v.category, COUNT(*) FROM vehicles v WHERE v.daily_rate > "
          "(SELECT AVG(w.daily_rate) FROM vehicles w WHERE w.category = v.category) GROUP BY v.category"),
         ("Which rentals were returned late?", D)),
    conv("car-12",
         ("How much revenue did Faro Airport make in 2023 and in 2024?",
          f"SELECT strftime('%Y', r.pickup_date) AS y, SUM(r.total_amount) {RB} WHERE b.branch_name = 'Faro Airport' "
          "GROUP BY y"),
         ("what's the percent change?", chg("Faro Airport")),
         ("do the same for Lisbon Airport and Porto Airport",
          [chg("Lisbon Airport"), chg("Porto Airport")],
          [f"SELECT b.branch_name, 100.0 * (SUM(CASE WHEN r.pickup_date LIKE '2024%' THEN r.total_amount END) - "
           "SUM(CASE WHEN r.pickup_date LIKE '2023%' THEN r.total_amount END)) / SUM(CASE WHEN r.pickup_date LIKE "
           f"'2023%' THEN r.total_amount END) {RB} WHERE b.branch_name IN ('Lisbon Airport', 'Porto Airport') "
           "GROUP BY b.branch_name"]),
         ("How many rentals did the Lisbon branches do in 2024?",
          f"SELECT COUNT(*) {RB} WHERE b.city = 'Lisbon' AND r.pickup_date LIKE '2024%'")),
    conv("car-13",
         ("Show me everything about the car with plate 77-QX-31", "SELECT * FROM vehicles WHERE plate = '77-QX-31'"),
         ("how many damage reports has it had?",
          "SELECT COUNT(*) FROM damage_reports d JOIN rentals r ON r.rental_id = d.rental_id JOIN vehicles v ON "
          "v.vehicle_id = r.vehicle_id WHERE v.plate = '77-QX-31'"),
         ("What insurance excess does it carry?", D),
         ("How many people rented a van in 2024?",
          f"SELECT COUNT(DISTINCT r.customer_id) {RV} WHERE v.category = 'Van' AND r.pickup_date LIKE '2024%'")),
]

# ------------------------------------------------------------------------------------------ farm cooperative
FF = "FROM Fields fl JOIN Farms f ON f.FarmID = fl.FarmID"
HF = "FROM Harvests h JOIN Fields fl ON fl.FieldID = h.FieldID"
HFF = HF + " JOIN Farms f ON f.FarmID = fl.FarmID"
HY = "strftime('%Y', h.HarvDt)"
TOPREG = f"SELECT f.Region {FF} GROUP BY f.Region ORDER BY SUM(fl.AreaHa) DESC LIMIT 1"
PQ = Q.format("PriceMo || '-01'")
HP = "JOIN CropPrices p ON p.Crop = h.Crop AND p.PriceMo = strftime('%Y-%m', h.HarvDt)"
GA = ("SELECT {0}, 100.0 * SUM(CASE WHEN h.Grade = 'A' THEN 1 ELSE 0 END) / COUNT(*) AS pct {1} GROUP BY {0}")
BIG = "SELECT FieldID FROM Fields ORDER BY AreaHa DESC LIMIT 1"
ABOVE = ("FROM Fields fl WHERE fl.AreaHa > (SELECT AVG(g.AreaHa) FROM Fields g WHERE g.FarmID = fl.FarmID)")
YPH = f"SELECT {HY} AS y, SUM(h.YieldT) / SUM(fl.AreaHa) AS t_ha {HF} WHERE h.Crop = 'Wheat' GROUP BY y"

FARMCOOP = [
    conv("farm-1",
         ("How many farms are there in each region?", "SELECT Region, COUNT(*) FROM Farms GROUP BY Region"),
         ("which region has the most farmland in hectares?", TOPREG),
         ("list the farms there with their total area",
          f"SELECT f.FarmNm, SUM(fl.AreaHa) {FF} WHERE f.Region = ({TOPREG}) GROUP BY f.FarmID"),
         ("what is that land worth per hectare on the market?", D)),
    conv("farm-2",
         ("What was the average wheat yield per hectare each year?", YPH,
          [f"SELECT {HY} AS y, AVG(h.YieldT / fl.AreaHa) {HF} WHERE h.Crop = 'Wheat' GROUP BY y"]),
         ("which year was the worst?", f"SELECT y FROM ({YPH}) ORDER BY t_ha LIMIT 1",
          [f"SELECT {HY} AS y {HF} WHERE h.Crop = 'Wheat' GROUP BY y ORDER BY AVG(h.YieldT / fl.AreaHa) LIMIT 1"]),
         ("do the same for barley and rapeseed",
          f"SELECT h.Crop, {HY} AS y, SUM(h.YieldT) / SUM(fl.AreaHa) {HF} WHERE h.Crop IN ('Barley', 'Rapeseed') "
          "GROUP BY h.Crop, y",
          [f"SELECT h.Crop, {HY} AS y, AVG(h.YieldT / fl.AreaHa) {HF} WHERE h.Crop IN ('Barley', 'Rapeseed') "
           "GROUP BY h.Crop, y",
           # read as "the worst year" for each of the two crops
           f"SELECT Crop, y FROM (SELECT h.Crop, {HY} AS y, ROW_NUMBER() OVER (PARTITION BY h.Crop ORDER BY "
           f"SUM(h.YieldT) / SUM(fl.AreaHa)) AS rk {HF} WHERE h.Crop IN ('Barley', 'Rapeseed') GROUP BY h.Crop, y) "
           "WHERE rk = 1"]),
         ("Is the yield drop caused by the weather?", D)),
    conv("farm-3",
         ("Average wheat price per tonne by quarter in 2024",
          f"SELECT {PQ} AS q, AVG(PricePerT) FROM CropPrices WHERE Crop = 'Wheat' AND PriceMo LIKE '2024%' GROUP BY q",
          [f"SELECT 'Q' || {PQ} AS q, AVG(PricePerT) FROM CropPrices WHERE Crop = 'Wheat' AND PriceMo LIKE '2024%' "
           "GROUP BY q",
           f"SELECT '2024-Q' || {PQ} AS q, AVG(PricePerT) FROM CropPrices WHERE Crop = 'Wheat' AND PriceMo LIKE "
           "'2024%' GROUP BY q"]),
         ("which month in 2024 had the highest wheat price?",
          "SELECT PriceMo FROM CropPrices WHERE Crop = 'Wheat' AND PriceMo LIKE '2024%' ORDER BY PricePerT DESC LIMIT 1"),
         ("By how many percent did the wheat price change between January 2023 and January 2024?",
          "SELECT 100.0 * (b.PricePerT - a.PricePerT) / a.PricePerT FROM CropPrices a JOIN CropPrices b "
          "ON b.Crop = a.Crop WHERE a.Crop = 'Wheat' AND a.PriceMo = '2023-01' AND b.PriceMo = '2024-01'"),
         ("What will the wheat price be next spring?", D)),
    conv("farm-4",
         ("What were the 2024 harvests worth by crop, at the price of the month they were harvested?",
          f"SELECT h.Crop, SUM(h.YieldT * p.PricePerT) FROM Harvests h {HP} WHERE h.HarvDt LIKE '2024%' "
          "GROUP BY h.Crop"),
         ("which crop brought in the most?",
          f"SELECT h.Crop FROM Harvests h {HP} WHERE h.HarvDt LIKE '2024%' GROUP BY h.Crop "
          "ORDER BY SUM(h.YieldT * p.PricePerT) DESC LIMIT 1"),
         ("what share of the total value was that?",
          f"SELECT 100.0 * MAX(v) / SUM(v) FROM (SELECT SUM(h.YieldT * p.PricePerT) AS v FROM Harvests h {HP} "
          "WHERE h.HarvDt LIKE '2024%' GROUP BY h.Crop)",
          [f"SELECT 1.0 * MAX(v) / SUM(v) FROM (SELECT SUM(h.YieldT * p.PricePerT) AS v FROM Harvests h {HP} "
           "WHERE h.HarvDt LIKE '2024%' GROUP BY h.Crop)"])),
    conv("farm-5",
         ("When did the first farm join the cooperative?", "SELECT MIN(JoinDt) FROM Farms",
          ["SELECT JoinDt FROM Farms ORDER BY JoinDt LIMIT 1"]),
         ("which farm was that, and who owns it?", "SELECT FarmNm, OwnerNm FROM Farms ORDER BY JoinDt LIMIT 1"),
         ("and the most recent one to join?", "SELECT FarmNm FROM Farms ORDER BY JoinDt DESC LIMIT 1"),
         ("What's the owner's email address?", D)),
    conv("farm-6",
         ("What percentage of harvests were grade A, by crop?", GA.format("h.Crop", "FROM Harvests h"),
          [GA.format("h.Crop", "FROM Harvests h").replace("100.0 *", "1.0 *")]),
         ("and by region?", GA.format("f.Region", HFF), [GA.format("f.Region", HFF).replace("100.0 *", "1.0 *")]),
         ("What fertiliser was used on the grade C fields?", D)),
    conv("farm-7",
         ("Which fields are bigger than the average field on their own farm?", f"SELECT fl.FieldNm {ABOVE}"),
         ("how many fields does each farm have?",
          f"SELECT f.FarmNm, COUNT(*) {FF} GROUP BY f.FarmID"),
         ("who owns the farm with the most land?",
          f"SELECT f.OwnerNm {FF} GROUP BY f.FarmID ORDER BY SUM(fl.AreaHa) DESC LIMIT 1"),
         ("How many hectares in total are on loamy soils of any kind?",
          "SELECT SUM(AreaHa) FROM Fields WHERE SoilTyp LIKE '%loam%'")),
    conv("farm-8",
         ("How many organic farms are there?", "SELECT COUNT(*) FROM Farms WHERE IsOrganic = 1"),
         ("what was their total harvest in tonnes in 2023?",
          f"SELECT SUM(h.YieldT) {HFF} WHERE f.IsOrganic = 1 AND h.HarvDt LIKE '2023%'"),
         ("What's the total area of the Moulin farms?",
          f"SELECT SUM(fl.AreaHa) {FF} WHERE f.FarmNm LIKE '%Moulin%'")),
    conv("farm-9",
         ("Give me every detail on the biggest field", "SELECT * FROM Fields ORDER BY AreaHa DESC LIMIT 1"),
         ("which farm is it on?", f"SELECT f.FarmNm {FF} WHERE fl.FieldID = ({BIG})"),
         ("What's the soil pH of that field?", D),
         ("How many people own farms in Brie?", "SELECT COUNT(DISTINCT OwnerNm) FROM Farms WHERE Region = 'Brie'")),
    conv("farm-10",
         ("Which 2024 harvests had moisture above 18 percent?",
          "SELECT HarvID, Crop, MoistPct FROM Harvests WHERE HarvDt LIKE '2024%' AND MoistPct > 18"),
         ("how many of them were sugar beet?",
          "SELECT COUNT(*) FROM Harvests WHERE HarvDt LIKE '2024%' AND MoistPct > 18 AND Crop = 'Sugar Beet'"),
         ("and which farms grew those sugar beet harvests?",
          f"SELECT DISTINCT f.FarmNm {HFF} WHERE h.HarvDt LIKE '2024%' AND h.MoistPct > 18 AND h.Crop = 'Sugar Beet'")),
]

# ------------------------------------------------------------------------------------------ gym chain
MG = "FROM members m JOIN gyms g ON g.gymId = m.homeGymId"
CG = "FROM checkIns c JOIN gyms g ON g.gymId = c.gymId"
BC = "FROM bookings b JOIN classes k ON k.classId = b.classId"
TOPG = f"SELECT g.gymId {MG} GROUP BY g.gymId ORDER BY COUNT(*) DESC LIMIT 1"
CM = "strftime('%m', checkInAt)"
TOPM = (f"SELECT {CM} AS mo FROM checkIns WHERE checkInAt LIKE '2024%' GROUP BY mo ORDER BY COUNT(*) DESC LIMIT 1")
ATT = "SELECT k.classType, 100.0 * SUM(b.attended) / COUNT(*) AS pct {0} GROUP BY k.classType"
WORST = f"SELECT classType FROM ({ATT.format(BC)}) ORDER BY pct LIMIT 1"
ACT = "cancelDate IS NULL"
PLANREV = f"SELECT planType, SUM(monthlyFee) AS rev FROM members WHERE {ACT} GROUP BY planType"
BEST_T = "SELECT trainerId FROM trainers ORDER BY hourlyRate DESC LIMIT 1"
ABOVE_T = ("FROM trainers t WHERE t.hourlyRate > (SELECT AVG(u.hourlyRate) FROM trainers u "
           "WHERE u.specialty = t.specialty)")
STAY = (f"SELECT g.gymName, COUNT(*) AS n, AVG(c.minutesStayed) AS avg_min, g.openedOn {CG} "
        "WHERE c.checkInAt LIKE '2024%' GROUP BY g.gymId")
HOF1 = ("SELECT m.firstName, m.lastName FROM checkIns c JOIN members m ON m.memberId = c.memberId "
        "JOIN gyms g ON g.gymId = c.gymId WHERE g.gymName = 'PulseFit Hofstad' ORDER BY c.checkInAt LIMIT 1")

GYMS = [
    conv("gym-1",
         ("How many members does each gym have?", f"SELECT g.gymName, COUNT(*) {MG} GROUP BY g.gymName"),
         ("which gym has the most?", f"SELECT g.gymName {MG} GROUP BY g.gymName ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many of its members live in a different city from the gym?",
          f"SELECT COUNT(*) {MG} WHERE g.gymId = ({TOPG}) AND m.city <> g.city")),
    conv("gym-2",
         ("Number of check-ins per month in 2024",
          f"SELECT {CM} AS mo, COUNT(*) FROM checkIns WHERE checkInAt LIKE '2024%' GROUP BY mo",
          ["SELECT strftime('%Y-%m', checkInAt) AS mo, COUNT(*) FROM checkIns WHERE checkInAt LIKE '2024%' GROUP BY mo"]),
         ("which month had the highest?", TOPM,
          ["SELECT strftime('%Y-%m', checkInAt) AS mo FROM checkIns WHERE checkInAt LIKE '2024%' GROUP BY mo "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("and how many were there in the same month of 2023?",
          f"SELECT COUNT(*) FROM checkIns WHERE checkInAt LIKE '2023%' AND {CM} = ({TOPM})"),
         ("How busy will the gyms be next January?", D)),
    conv("gym-3",
         ("What percentage of bookings were actually attended, by class type?", ATT.format(BC),
          [ATT.format(BC).replace("100.0 *", "1.0 *")]),
         ("which type has the worst attendance?", WORST),
         ("who teaches those classes?",
          f"SELECT DISTINCT t.trainerName FROM classes k JOIN trainers t ON t.trainerId = k.trainerId "
          f"WHERE k.classType = ({WORST})")),
    conv("gym-4",
         ("How many people joined in 2024?", "SELECT COUNT(*) FROM members WHERE joinDate LIKE '2024%'"),
         ("how many of them have already cancelled?",
          "SELECT COUNT(*) FROM members WHERE joinDate LIKE '2024%' AND cancelDate IS NOT NULL"),
         ("Why did they cancel?", D),
         ("what plan are most of the 2024 joiners on?",
          "SELECT planType FROM members WHERE joinDate LIKE '2024%' GROUP BY planType ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("gym-5",
         ("What's the monthly fee income from active members, by plan?", PLANREV),
         ("what share of the total does each plan make up?",
          f"SELECT planType, 100.0 * rev / (SELECT SUM(monthlyFee) FROM members WHERE {ACT}) FROM ({PLANREV})",
          [f"SELECT planType, 1.0 * rev / (SELECT SUM(monthlyFee) FROM members WHERE {ACT}) FROM ({PLANREV})"]),
         ("and which gym brings in the most from active members?",
          f"SELECT g.gymName {MG} WHERE m.{ACT} GROUP BY g.gymId ORDER BY SUM(m.monthlyFee) DESC LIMIT 1"),
         ("how much do its members spend on personal training on top of that?", D)),
    conv("gym-6",
         ("Who is our best-paid trainer?", "SELECT trainerName FROM trainers ORDER BY hourlyRate DESC LIMIT 1"),
         ("which gym does she work at?",
          f"SELECT g.gymName FROM trainers t JOIN gyms g ON g.gymId = t.gymId WHERE t.trainerId = ({BEST_T})"),
         ("how many bookings did her classes get in 2024?",
          f"SELECT COUNT(*) {BC} WHERE k.trainerId = ({BEST_T}) AND b.classDate LIKE '2024%'"),
         ("What's her home address?", D)),
    conv("gym-7",
         ("Which trainers earn more than the average hourly rate for their specialty?", f"SELECT t.trainerName {ABOVE_T}"),
         ("show the top 3 of them by hourly rate",
          f"SELECT t.trainerName, t.hourlyRate {ABOVE_T} ORDER BY t.hourlyRate DESC LIMIT 3"),
         ("What certifications do they hold?", D)),
    conv("gym-8",
         ("When was the first check-in at PulseFit Hofstad?",
          f"SELECT MIN(c.checkInAt) {CG} WHERE g.gymName = 'PulseFit Hofstad'",
          [f"SELECT c.checkInAt {CG} WHERE g.gymName = 'PulseFit Hofstad' ORDER BY c.checkInAt LIMIT 1"]),
         ("who was it?", HOF1,
          [HOF1.replace("m.firstName, m.lastName", "m.firstName || ' ' || m.lastName"),
           HOF1.replace("m.firstName, m.lastName", "m.memberId, m.firstName || ' ' || m.lastName")]),
         ("how many check-ins has Hofstad had in total?",
          f"SELECT COUNT(*) {CG} WHERE g.gymName = 'PulseFit Hofstad'")),
    conv("gym-9",
         ("For each gym, show the number of check-ins and the average minutes stayed in 2024",
          f"SELECT g.gymName, COUNT(*), AVG(c.minutesStayed) {CG} WHERE c.checkInAt LIKE '2024%' GROUP BY g.gymName"),
         ("sort by average stay, longest first, and keep the top 3",
          f"SELECT g.gymName, COUNT(*), AVG(c.minutesStayed) AS avg_min {CG} WHERE c.checkInAt LIKE '2024%' "
          "GROUP BY g.gymName ORDER BY avg_min DESC LIMIT 3"),
         ("of those, which gym is the oldest?",
          f"SELECT gymName FROM ({STAY} ORDER BY avg_min DESC LIMIT 3) ORDER BY openedOn LIMIT 1")),
    conv("gym-10",
         ("How many members live in Amsterdam?", "SELECT COUNT(*) FROM members WHERE city = 'Amsterdam'"),
         ("and how many are signed up at an Amsterdam gym?",
          f"SELECT COUNT(*) {MG} WHERE g.city = 'Amsterdam'"),
         ("How many bookings did the spin classes get in 2024?",
          f"SELECT COUNT(*) {BC} WHERE k.className LIKE 'Spin%' AND b.classDate LIKE '2024%'"),
         ("Show me all the details of the Reformer Pilates classes",
          "SELECT * FROM classes WHERE className = 'Reformer Pilates'"),
         ("Is there a waiting list for them?", D)),
]
SETS = {"carrental": CARRENTAL, "farmcoop": FARMCOOP, "gyms": GYMS}
