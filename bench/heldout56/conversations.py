"""Held-out conversations heldout56, written as a data journalist working through public records
would ask them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a
list for a breakdown), optional `accept` (other SQL that also answers), or None when the data does
not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def median(col: str, src: str) -> str:
    """SQLite has no MEDIAN: the middle value (or the mean of the middle two) of `col` over `src`."""
    return (f"SELECT AVG(v) FROM (SELECT {col} AS v FROM {src} ORDER BY v "
            f"LIMIT 2 - (SELECT COUNT(*) FROM {src}) % 2 OFFSET ((SELECT COUNT(*) FROM {src}) - 1) / 2)")


# ------------------------------------------------------------------------------------------ council_spend
PS = "FROM payments p JOIN suppliers s ON s.supplier_id = p.supplier_id"
PD = "FROM payments p JOIN departments d ON d.dept_code = p.dept_code"
PY = "strftime('%Y', p.payment_date)"
TOP10 = f"SELECT s.supplier_name, SUM(p.amount) AS total {PS} GROUP BY s.supplier_id ORDER BY total DESC LIMIT 10"
TOP10G = (f"SELECT s.supplier_name, SUM(p.amount) AS total {PS} WHERE p.amount > 0 GROUP BY s.supplier_id "
          "ORDER BY total DESC LIMIT 10")


def sup_total(name_cond: str, pos: bool = False) -> str:
    return f"(SELECT SUM(p.amount) {PS} WHERE {name_cond}{' AND p.amount > 0' if pos else ''})"


AMEY = "s.supplier_name LIKE 'amey highways%'"
LOVELL = "s.supplier_name = 'Lovell Partnerships Ltd'"
AMEY1 = "s.supplier_name = 'Amey Highways Ltd'"
IDOX = "s.supplier_name LIKE 'idox%'"
DEPT_YR = f"SELECT d.dept_name, {PY} AS yr, SUM(p.amount) AS total {PD} GROUP BY d.dept_code, yr"
YOY = (f"WITH t AS (SELECT {PY} AS yr, SUM(p.amount) AS total FROM payments p GROUP BY yr) "
       "SELECT yr, total - LAG(total) OVER (ORDER BY yr) AS change FROM t")
YOYP = (f"WITH t AS (SELECT {PY} AS yr, SUM(p.amount) AS total FROM payments p GROUP BY yr) "
        "SELECT yr, (total - LAG(total) OVER (ORDER BY yr)) * {k} / LAG(total) OVER (ORDER BY yr) AS change FROM t")
D2324 = (f"WITH a AS (SELECT d.dept_name, SUM(CASE WHEN {PY} = '2023' THEN p.amount END) AS y23, "
         f"SUM(CASE WHEN {PY} = '2024' THEN p.amount END) AS y24 {PD} GROUP BY d.dept_code) ")
AGENCY = "p.expense_type = 'Agency Staff'"
CONS = "p.expense_type = 'Consultancy'"
M24 = "strftime('%m', p.payment_date)"
NOCO = "SELECT supplier_id FROM suppliers WHERE company_no IS NULL"

COUNCIL = [
    conv("council-1",
         ("Who are the top 10 suppliers by total paid?", TOP10, [TOP10G]),
         ("How much more did Amey Highways Ltd get than Lovell Partnerships?",
          f"SELECT {sup_total(AMEY1)} - {sup_total(LOVELL)}",
          [f"SELECT {sup_total(AMEY1, True)} - "
           f"{sup_total(LOVELL, True)}"]),
         ("Hang on, Amey is also in there as AMEY HIGHWAYS LIMITED. What's Amey's total if you add both names "
          "together?", f"SELECT {sup_total(AMEY)}", [f"SELECT {sup_total(AMEY, True)}"]),
         ("so that's nearly three times what Lovell got? what's the actual ratio?",
          f"SELECT {sup_total(AMEY)} * 1.0 / {sup_total(LOVELL)}",
          [f"SELECT {sup_total(AMEY, True)} * 1.0 / {sup_total(LOVELL, True)}"])),
    conv("council-2",
         ("How many refunds are in the data? I'm assuming they're the negative amounts.",
          "SELECT COUNT(*) FROM payments WHERE amount < 0"),
         ("What do they add up to?", "SELECT SUM(amount) FROM payments WHERE amount < 0",
          ["SELECT -SUM(amount) FROM payments WHERE amount < 0"]),
         ("Which supplier had the most money refunded?",
          f"SELECT s.supplier_name {PS} WHERE p.amount < 0 GROUP BY s.supplier_id ORDER BY SUM(p.amount) LIMIT 1"),
         ("What share of that supplier's payments came back as refunds?",
          f"SELECT -SUM(CASE WHEN p.amount < 0 THEN p.amount END) * 1.0 / SUM(CASE WHEN p.amount > 0 THEN p.amount END) "
          f"{PS} WHERE s.supplier_name = 'Amey Highways Ltd'",
          [f"SELECT -SUM(CASE WHEN p.amount < 0 THEN p.amount END) * 100.0 / SUM(CASE WHEN p.amount > 0 THEN p.amount END) "
           f"{PS} WHERE s.supplier_name = 'Amey Highways Ltd'"]),
         ("And which department got the most money back in refunds?",
          f"SELECT d.dept_name {PD} WHERE p.amount < 0 GROUP BY d.dept_code ORDER BY SUM(p.amount) LIMIT 1")),
    conv("council-3",
         ("Total spending by department in 2024",
          f"SELECT d.dept_name, SUM(p.amount) {PD} WHERE {PY} = '2024' GROUP BY d.dept_code"),
         ("and the same for 2023?", f"SELECT d.dept_name, SUM(p.amount) {PD} WHERE {PY} = '2023' GROUP BY d.dept_code"),
         ("Which department's spending grew the most in percentage terms between the two years?",
          D2324 + "SELECT dept_name FROM a ORDER BY (y24 - y23) * 1.0 / y23 DESC LIMIT 1"),
         ("Did any department spend less in 2024 than in 2023?", D2324 + "SELECT dept_name FROM a WHERE y24 < y23"),
         ("What was Housing's approved budget for 2024?", D),
         ("What's the year-on-year change in the council's total spending?",
          YOY, [
              f"SELECT * FROM ({YOY}) WHERE change IS NOT NULL",
              YOYP.format(k="1.0"), YOYP.format(k="100.0"),
              f"SELECT * FROM ({YOYP.format(k='1.0')}) WHERE change IS NOT NULL",
              f"SELECT * FROM ({YOYP.format(k='100.0')}) WHERE change IS NOT NULL"])),
    conv("council-4",
         ("What's the median payment amount? Leave the refunds out.", median("amount", "payments WHERE amount > 0")),
         ("And the mean?", "SELECT AVG(amount) FROM payments WHERE amount > 0"),
         ("So the mean is well above the median. How many payments were over £100,000?",
          "SELECT COUNT(*) FROM payments WHERE amount > 100000"),
         ("Who were they paid to?", f"SELECT s.supplier_name, p.amount {PS} WHERE p.amount > 100000",
          [f"SELECT DISTINCT s.supplier_name {PS} WHERE p.amount > 100000"]),
         ("What's the median payment for Adult Social Care on its own?",
          median("amount", "payments WHERE amount > 0 AND dept_code = 'ASC'"),
          [median("amount", "payments WHERE dept_code = 'ASC'")])),
    conv("council-5",
         ("How much did the council spend on agency staff each year?",
          f"SELECT {PY} AS yr, SUM(p.amount) FROM payments p WHERE {AGENCY} GROUP BY yr"),
         ("Which agency got the most over the three years?",
          f"SELECT s.supplier_name {PS} WHERE {AGENCY} GROUP BY s.supplier_id ORDER BY SUM(p.amount) DESC LIMIT 1"),
         ("Why did agency spending go up in 2024?", D),
         ("What about consultancy, how much went to each consultant?",
          f"SELECT s.supplier_name, SUM(p.amount) {PS} WHERE {CONS} GROUP BY s.supplier_id"),
         ("Is it true Deloitte alone took more than a third of all the consultancy money?",
          f"SELECT SUM(CASE WHEN s.supplier_name = 'Deloitte LLP' THEN p.amount END) * 1.0 / SUM(p.amount) {PS} WHERE {CONS}",
          [f"SELECT SUM(CASE WHEN s.supplier_name = 'Deloitte LLP' THEN p.amount END) * 100.0 / SUM(p.amount) {PS} "
           f"WHERE {CONS}"])),
    conv("council-6",
         ("Monthly spend for 2024 please",
          f"SELECT {M24} AS m, SUM(p.amount) FROM payments p WHERE {PY} = '2024' GROUP BY m",
          [f"SELECT strftime('%Y-%m', p.payment_date) AS m, SUM(p.amount) FROM payments p WHERE {PY} = '2024' GROUP BY m"]),
         ("Which month was the biggest?",
          f"SELECT {M24} AS m FROM payments p WHERE {PY} = '2024' GROUP BY m ORDER BY SUM(p.amount) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', p.payment_date) AS m FROM payments p WHERE {PY} = '2024' GROUP BY m "
           "ORDER BY SUM(p.amount) DESC LIMIT 1"]),
         ("Is March the biggest month every year? Show me the top month for each year.",
          f"WITH t AS (SELECT {PY} AS yr, {M24} AS m, SUM(p.amount) AS total FROM payments p GROUP BY yr, m) "
          "SELECT yr, m FROM t WHERE total = (SELECT MAX(total) FROM t t2 WHERE t2.yr = t.yr)",
          [f"WITH t AS (SELECT {PY} AS yr, strftime('%Y-%m', p.payment_date) AS m, SUM(p.amount) AS total "
           "FROM payments p GROUP BY yr, m) SELECT m FROM t WHERE total = (SELECT MAX(total) FROM t t2 WHERE t2.yr = t.yr)"]),
         ("So roughly a third of 2024's spending went out in the first quarter?",
          f"SELECT SUM(CASE WHEN {M24} <= '03' THEN p.amount END) * 1.0 / SUM(p.amount) FROM payments p WHERE {PY} = '2024'",
          [f"SELECT SUM(CASE WHEN {M24} <= '03' THEN p.amount END) * 100.0 / SUM(p.amount) FROM payments p "
           f"WHERE {PY} = '2024'"])),
    conv("council-7",
         ("Which directorate is Housing in?", "SELECT directorate FROM departments WHERE dept_name = 'Housing'"),
         ("Total paid by each directorate over the whole period",
          f"SELECT d.directorate, SUM(p.amount) {PD} GROUP BY d.directorate"),
         ("Who signed off the biggest Housing payment?", D),
         ("Which of the suppliers Housing pays are small businesses?",
          f"SELECT DISTINCT s.supplier_name {PS} WHERE p.dept_code = 'HOU' AND s.is_sme = 1"),
         ("Can you get me a contact phone number for Mears?", D)),
    conv("council-8",
         ("What share of the money paid in 2024 went to SMEs?",
          f"SELECT SUM(CASE WHEN s.is_sme = 1 THEN p.amount END) * 1.0 / SUM(p.amount) {PS} WHERE {PY} = '2024'",
          [f"SELECT SUM(CASE WHEN s.is_sme = 1 THEN p.amount END) * 100.0 / SUM(p.amount) {PS} WHERE {PY} = '2024'"]),
         ("How many different SMEs got paid that year?",
          f"SELECT COUNT(DISTINCT p.supplier_id) {PS} WHERE {PY} = '2024' AND s.is_sme = 1"),
         ("Which suppliers have no company number on file?",
          "SELECT supplier_name FROM suppliers WHERE company_no IS NULL"),
         ("How much have they been paid in total?",
          f"SELECT SUM(amount) FROM payments WHERE supplier_id IN ({NOCO})",
          [f"SELECT s.supplier_name, SUM(p.amount) {PS} WHERE s.company_no IS NULL GROUP BY s.supplier_id"])),
    conv("council-9",
         ("Are any suppliers listed under more than one name with the same company number?",
          "SELECT company_no FROM suppliers WHERE company_no IS NOT NULL GROUP BY company_no HAVING COUNT(*) > 1",
          ["SELECT supplier_name, company_no FROM suppliers WHERE company_no IN (SELECT company_no FROM suppliers "
           "GROUP BY company_no HAVING COUNT(*) > 1)"]),
         ("How much did the two Idox entries get between them?", f"SELECT {sup_total(IDOX)}"),
         ("Forecast what Idox will be paid in 2025", D)),
    conv("council-10",
         ("How many payments were made on a Saturday or Sunday?",
          "SELECT COUNT(*) FROM payments WHERE strftime('%w', payment_date) IN ('0', '6')"),
         ("What's the single largest payment and who got it?",
          f"SELECT s.supplier_name, p.amount {PS} ORDER BY p.amount DESC LIMIT 1"),
         ("Was that paid under a framework contract?", D),
         ("How many councillors have declared an interest in that supplier?", D)),
    conv("council-11",
         ("Which department uses the most different suppliers?",
          f"SELECT d.dept_name {PD} GROUP BY d.dept_code ORDER BY COUNT(DISTINCT p.supplier_id) DESC LIMIT 1"),
         ("List the suppliers paid by four or more departments",
          f"SELECT s.supplier_name {PS} GROUP BY s.supplier_id HAVING COUNT(DISTINCT p.dept_code) >= 4"),
         ("What's the average payment to Viking Direct?",
          f"SELECT AVG(p.amount) {PS} WHERE s.supplier_name = 'Viking Direct'"),
         ("And how does the council's total spend compare with what it budgeted?", D)),
]

# ------------------------------------------------------------------------------------------ traffic_counts
MV = "(h.cars + h.buses + h.vans + h.hgvs + h.motorcycles)"
ALL = "(h.cars + h.buses + h.vans + h.hgvs + h.motorcycles + h.pedal_cycles)"
HY = "strftime('%Y', h.count_date)"
HC = "FROM hourly_counts h JOIN count_points c ON c.count_point_id = h.count_point_id"
HCD = HC + " JOIN districts d ON d.district = c.district"
FULL3 = f"SELECT count_point_id FROM hourly_counts h GROUP BY count_point_id HAVING COUNT(DISTINCT {HY}) = 3"


def busiest(tot: str) -> str:
    return (f"WITH t AS (SELECT {HY} AS yr, h.count_point_id, SUM({tot}) AS s FROM hourly_counts h GROUP BY yr, "
            "h.count_point_id) SELECT yr, count_point_id FROM t WHERE s = (SELECT MAX(s) FROM t t2 WHERE t2.yr = t.yr)")


def change(tot: str, where: str, a: str, b: str, k: str = "") -> str:
    sa = f"SUM(CASE WHEN {HY} = '{a}' THEN {tot} END)"
    sb = f"SUM(CASE WHEN {HY} = '{b}' THEN {tot} END)"
    return f"SELECT ({sb} - {sa}){k and ' * ' + k + ' / ' + sa} FROM hourly_counts h WHERE {where}"


CYC_D = (f"SELECT d.district, SUM(h.pedal_cycles) * 1000.0 / d.population AS per_1000 {HCD} WHERE {HY} = '2024' "
         "GROUP BY d.district")
VAN_D = (f"WITH a AS (SELECT c.district, SUM(CASE WHEN {HY} = '2023' THEN h.vans END) AS y23, "
         f"SUM(CASE WHEN {HY} = '2024' THEN h.vans END) AS y24 {HC} GROUP BY c.district) ")
VANS = (f"WITH t AS (SELECT {HY} AS yr, SUM(h.vans) AS v FROM hourly_counts h GROUP BY yr) "
        "SELECT yr, (v - LAG(v) OVER (ORDER BY yr)) * {k} / LAG(v) OVER (ORDER BY yr) AS pct FROM t")
SR = "hourly_counts WHERE count_point_id = 37544"
SRH = "(SELECT hour, count_date, SUM(cars) AS cars FROM hourly_counts WHERE count_point_id = 37544 GROUP BY count_date, hour)"

TRAFFIC = [
    conv("traffic-1",
         ("Which counting point had the most vehicles in 2024?",
          f"SELECT h.count_point_id FROM hourly_counts h WHERE {HY} = '2024' GROUP BY h.count_point_id "
          f"ORDER BY SUM({MV}) DESC LIMIT 1",
          [f"SELECT h.count_point_id FROM hourly_counts h WHERE {HY} = '2024' GROUP BY h.count_point_id "
           f"ORDER BY SUM({ALL}) DESC LIMIT 1"]),
         ("What road is that on, and where exactly?",
          "SELECT road_name, location FROM count_points WHERE count_point_id = 37501"),
         ("How did its total change from 2023 to 2024?",
          change(MV, "h.count_point_id = 37501", "2023", "2024"),
          [change(ALL, "h.count_point_id = 37501", "2023", "2024"),
           change(MV, "h.count_point_id = 37501", "2023", "2024", "1.0"),
           change(MV, "h.count_point_id = 37501", "2023", "2024", "100.0"),
           change(ALL, "h.count_point_id = 37501", "2023", "2024", "1.0"),
           change(ALL, "h.count_point_id = 37501", "2023", "2024", "100.0")]),
         ("Is it the busiest point every year?", busiest(MV), [busiest(ALL)])),
    conv("traffic-2",
         ("How many pedal cycles were counted each year?",
          f"SELECT {HY} AS yr, SUM(h.pedal_cycles) FROM hourly_counts h GROUP BY yr"),
         ("That's not comparable, some points weren't counted every year. Using only the points counted in all "
          "three years, what's the percentage change in cycles from 2022 to 2024?",
          change("h.pedal_cycles", f"h.count_point_id IN ({FULL3})", "2022", "2024", "100.0"),
          [change("h.pedal_cycles", f"h.count_point_id IN ({FULL3})", "2022", "2024", "1.0")]),
         ("How many cyclists were wearing helmets?", D),
         ("Which point saw the most cycles in 2024?",
          f"SELECT h.count_point_id FROM hourly_counts h WHERE {HY} = '2024' GROUP BY h.count_point_id "
          "ORDER BY SUM(h.pedal_cycles) DESC LIMIT 1"),
         ("What share of all the traffic there were cycles?",
          f"SELECT SUM(h.pedal_cycles) * 1.0 / SUM({ALL}) FROM hourly_counts h WHERE h.count_point_id = 48150 "
          f"AND {HY} = '2024'",
          [f"SELECT SUM(h.pedal_cycles) * 100.0 / SUM({ALL}) FROM hourly_counts h WHERE h.count_point_id = 48150 "
           f"AND {HY} = '2024'"])),
    conv("traffic-3",
         ("What's the population of each district?", "SELECT district, population FROM districts"),
         ("How many counting points are there in each?", "SELECT district, COUNT(*) FROM count_points GROUP BY district"),
         ("Cycles counted in 2024 per 1,000 residents, by district", CYC_D),
         ("Which district comes top on that?", f"SELECT district FROM ({CYC_D}) ORDER BY per_1000 DESC LIMIT 1"),
         ("Does that prove people who live in Castlemere cycle more than people anywhere else?", D)),
    conv("traffic-4",
         ("What's the busiest hour of the day across all the points?",
          f"SELECT h.hour FROM hourly_counts h GROUP BY h.hour ORDER BY SUM({MV}) DESC LIMIT 1",
          [f"SELECT h.hour FROM hourly_counts h GROUP BY h.hour ORDER BY SUM({ALL}) DESC LIMIT 1"]),
         ("and the quietest?", f"SELECT h.hour FROM hourly_counts h GROUP BY h.hour ORDER BY SUM({MV}) LIMIT 1",
          [f"SELECT h.hour FROM hourly_counts h GROUP BY h.hour ORDER BY SUM({ALL}) LIMIT 1"]),
         ("On average how many HGVs pass the A46 point between 8 and 9 in the morning?",
          "SELECT AVG(n) FROM (SELECT count_date, SUM(hgvs) AS n FROM hourly_counts WHERE count_point_id = 59003 "
          "AND hour = 8 GROUP BY count_date)",
          ["SELECT AVG(hgvs) FROM hourly_counts WHERE count_point_id = 59003 AND hour = 8"]),
         ("What share of traffic is HGVs on A roads compared with B roads?",
          f"SELECT c.road_type, SUM(h.hgvs) * 1.0 / SUM({MV}) {HC} WHERE c.road_type IN ('A road', 'B road') "
          "GROUP BY c.road_type",
          [f"SELECT c.road_type, SUM(h.hgvs) * 100.0 / SUM({MV}) {HC} WHERE c.road_type IN ('A road', 'B road') "
           "GROUP BY c.road_type",
           f"SELECT c.road_type, SUM(h.hgvs) * 1.0 / SUM({ALL}) {HC} WHERE c.road_type IN ('A road', 'B road') "
           "GROUP BY c.road_type",
           f"SELECT c.road_type, SUM(h.hgvs) * 100.0 / SUM({ALL}) {HC} WHERE c.road_type IN ('A road', 'B road') "
           "GROUP BY c.road_type"])),
    conv("traffic-5",
         ("What's the median hourly car count at the Station Road point?", median("cars", SR),
          [median("cars", SRH)]),
         ("And the highest?", f"SELECT MAX(cars) FROM {SR}", [f"SELECT MAX(cars) FROM {SRH}"]),
         ("When was that?", f"SELECT count_date, hour FROM {SR} AND cars = (SELECT MAX(cars) FROM {SR})",
          [f"SELECT count_date, hour FROM {SRH} WHERE cars = (SELECT MAX(cars) FROM {SRH})"])),
    conv("traffic-6",
         ("At the A614 point is traffic heavier northbound or southbound?",
          f"SELECT h.direction, SUM({MV}) FROM hourly_counts h WHERE h.count_point_id = 26011 GROUP BY h.direction",
          [f"SELECT h.direction, SUM({ALL}) FROM hourly_counts h WHERE h.count_point_id = 26011 GROUP BY h.direction",
           f"SELECT h.direction FROM hourly_counts h WHERE h.count_point_id = 26011 GROUP BY h.direction "
           f"ORDER BY SUM({MV}) DESC LIMIT 1"]),
         ("What about just the 5pm hour?",
          f"SELECT h.direction, SUM({MV}) FROM hourly_counts h WHERE h.count_point_id = 26011 AND h.hour = 17 "
          "GROUP BY h.direction",
          [f"SELECT h.direction, SUM({ALL}) FROM hourly_counts h WHERE h.count_point_id = 26011 AND h.hour = 17 "
           "GROUP BY h.direction",
           f"SELECT h.direction FROM hourly_counts h WHERE h.count_point_id = 26011 AND h.hour = 17 "
           f"GROUP BY h.direction ORDER BY SUM({MV}) DESC LIMIT 1"]),
         ("What was the average speed northbound?", D)),
    conv("traffic-7",
         ("How many accidents were there on the A52 last year?", D),
         ("Which counting points in Dunholme are on A roads?",
          "SELECT count_point_id, road_name FROM count_points WHERE district = 'Dunholme' AND road_type = 'A road'"),
         ("Were the counts done round the clock? What hours do they cover?",
          "SELECT MIN(hour), MAX(hour) FROM hourly_counts"),
         ("What will traffic on the A46 be like in 2030?", D)),
    conv("traffic-8",
         ("Total vans counted by year", f"SELECT {HY} AS yr, SUM(h.vans) FROM hourly_counts h GROUP BY yr"),
         ("Give me the year-on-year change as a percentage", f"SELECT * FROM ({VANS.format(k='100.0')}) WHERE pct IS NOT NULL",
          [VANS.format(k="100.0"), VANS.format(k="1.0"), f"SELECT * FROM ({VANS.format(k='1.0')}) WHERE pct IS NOT NULL"]),
         ("Which district had the biggest increase in vans from 2023 to 2024?",
          VAN_D + "SELECT district FROM a ORDER BY y24 - y23 DESC LIMIT 1",
          [VAN_D + "SELECT district FROM a ORDER BY (y24 - y23) * 1.0 / y23 DESC LIMIT 1"])),
    conv("traffic-9",
         ("How many buses were counted at each point in 2023?",
          f"SELECT h.count_point_id, SUM(h.buses) FROM hourly_counts h WHERE {HY} = '2023' GROUP BY h.count_point_id"),
         ("Which point had the fewest?",
          f"SELECT h.count_point_id FROM hourly_counts h WHERE {HY} = '2023' GROUP BY h.count_point_id "
          "ORDER BY SUM(h.buses) LIMIT 1"),
         ("Which bus routes go past it?", D)),
    conv("traffic-10",
         ("Which district has the highest population density?",
          "SELECT district FROM districts ORDER BY population * 1.0 / area_sq_km DESC LIMIT 1"),
         ("What's the total population of all five districts?", "SELECT SUM(population) FROM districts"),
         ("How many motorbikes were counted on minor roads over the whole period?",
          f"SELECT SUM(h.motorcycles) {HC} WHERE c.road_type = 'Minor road'"),
         ("And which of those minor roads has the worst air pollution?", D)),
]

# ------------------------------------------------------------------------------------------ food_hygiene
LAT = ("(SELECT i.premises_id, i.rating FROM inspections i WHERE i.inspection_date = "
       "(SELECT MAX(j.inspection_date) FROM inspections j WHERE j.premises_id = i.premises_id))")
NEVER = "SELECT premises_id FROM premises WHERE premises_id NOT IN (SELECT premises_id FROM inspections)"
TK = "'Takeaway/sandwich shop'"
PL = f"FROM premises p JOIN {LAT} l ON l.premises_id = p.premises_id"
LOW = f"{PL} JOIN wards w ON w.ward_code = p.ward_code WHERE l.rating <= 2"
WORST = (f"WITH t AS (SELECT p.ward_code, p.business_name, l.rating {PL} WHERE p.business_type = {TK}) "
         "SELECT w.ward_name, t.business_name, t.rating FROM t JOIN wards w ON w.ward_code = t.ward_code "
         "WHERE t.rating = (SELECT MIN(t2.rating) FROM t t2 WHERE t2.ward_code = t.ward_code)")
TKD = (f"SELECT w.ward_name, COUNT(*) * 1000.0 / w.population AS per_1000 FROM premises p JOIN wards w "
       f"ON w.ward_code = p.ward_code WHERE p.business_type = {TK} GROUP BY w.ward_code")
IY = "strftime('%Y', inspection_date)"
PREMD = ("SELECT w.ward_name, COUNT(*) * 1000.0 / w.population AS per_1000 FROM premises p JOIN wards w "
         "ON w.ward_code = p.ward_code GROUP BY w.ward_code")
DROPS = ("WITH r AS (SELECT premises_id, rating, LAG(rating) OVER (PARTITION BY premises_id ORDER BY inspection_date) "
         "AS prev, ROW_NUMBER() OVER (PARTITION BY premises_id ORDER BY inspection_date DESC) AS rn FROM inspections) ")
SUPER = "'Retailers - supermarkets/hypermarkets'"
PUBS = "'Pub/bar/nightclub'"

HYGIENE = [
    conv("hygiene-1",
         ("How many premises have never been inspected?", f"SELECT COUNT(*) FROM ({NEVER})"),
         ("What kinds of business are they?",
          f"SELECT business_type, COUNT(*) FROM premises WHERE premises_id IN ({NEVER}) GROUP BY business_type",
          [f"SELECT DISTINCT business_type FROM premises WHERE premises_id IN ({NEVER})"]),
         ("How many of those were registered before 2024?",
          f"SELECT COUNT(*) FROM premises WHERE premises_id IN ({NEVER}) AND registered_on < '2024-01-01'"),
         ("List them with their addresses",
          f"SELECT business_name, address, postcode FROM premises WHERE premises_id IN ({NEVER}) "
          "AND registered_on < '2024-01-01'")),
    conv("hygiene-2",
         ("What does a hygiene rating of 2 mean?", "SELECT description FROM rating_scale WHERE rating = 2"),
         ("How many premises currently have a rating of 2 or lower?", f"SELECT COUNT(*) {PL} WHERE l.rating <= 2"),
         ("Break that down by what the rating means",
          f"SELECT r.description, COUNT(*) {PL} JOIN rating_scale r ON r.rating = l.rating WHERE l.rating <= 2 "
          "GROUP BY r.rating"),
         ("Which ward has the most of them?", f"SELECT w.ward_name {LOW} GROUP BY w.ward_code ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("hygiene-3",
         ("What are the worst-rated takeaways in each ward?", WORST),
         ("How many takeaways are there in each ward per 1,000 residents?", TKD),
         ("Which ward has the most takeaways per head, then?",
          f"SELECT ward_name FROM ({TKD}) ORDER BY per_1000 DESC LIMIT 1"),
         ("Someone told me roughly a third of takeaways are rated below 3. Is that right?",
          f"SELECT SUM(l.rating < 3) * 1.0 / COUNT(*) {PL} WHERE p.business_type = {TK}",
          [f"SELECT SUM(l.rating < 3) * 100.0 / COUNT(*) {PL} WHERE p.business_type = {TK}",
           f"SELECT SUM(l.rating < 3) * 1.0 / COUNT(*) FROM premises p LEFT JOIN {LAT} l "
           f"ON l.premises_id = p.premises_id WHERE p.business_type = {TK}",
           f"SELECT SUM(l.rating < 3) * 100.0 / COUNT(*) FROM premises p LEFT JOIN {LAT} l "
           f"ON l.premises_id = p.premises_id WHERE p.business_type = {TK}"])),
    conv("hygiene-4",
         ("How many inspections were carried out each year?", f"SELECT {IY} AS yr, COUNT(*) FROM inspections GROUP BY yr"),
         ("What's the change from 2023 to 2024?",
          f"SELECT SUM({IY} = '2024') - SUM({IY} = '2023') FROM inspections",
          [f"SELECT (SUM({IY} = '2024') - SUM({IY} = '2023')) * 100.0 / SUM({IY} = '2023') FROM inspections",
           f"SELECT (SUM({IY} = '2024') - SUM({IY} = '2023')) * 1.0 / SUM({IY} = '2023') FROM inspections"]),
         ("And how many of the 2024 ones were follow-ups?",
          f"SELECT COUNT(*) FROM inspections WHERE {IY} = '2024' AND inspection_type = 'Follow-up'"),
         ("Which officer did the most inspections in 2024?",
          f"SELECT officer FROM inspections WHERE {IY} = '2024' GROUP BY officer ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's that officer's full name and email address?", D)),
    conv("hygiene-5",
         ("What's the average current rating by type of business?",
          f"SELECT p.business_type, AVG(l.rating) {PL} GROUP BY p.business_type"),
         ("and the median rating for takeaways?",
          median("l.rating", f"premises p JOIN {LAT} l ON l.premises_id = p.premises_id WHERE p.business_type = {TK}")),
         ("Is it true pubs do better on average than restaurants?",
          f"SELECT p.business_type, AVG(l.rating) {PL} WHERE p.business_type IN ({PUBS}, 'Restaurant/Cafe/Canteen') "
          "GROUP BY p.business_type"),
         ("Which pubs are on a 5 right now?", f"SELECT p.business_name {PL} WHERE p.business_type = {PUBS} AND l.rating = 5",
          [f"SELECT p.premises_id, p.business_name, p.address {PL} WHERE p.business_type = {PUBS} AND l.rating = 5"])),
    conv("hygiene-6",
         ("Some businesses look like they've been entered twice. Which names appear more than once at the same "
          "postcode, ignoring case and stray spaces?",
          "SELECT postcode, COUNT(*) FROM premises GROUP BY LOWER(TRIM(business_name)), postcode HAVING COUNT(*) > 1",
          ["SELECT premises_id, postcode FROM premises WHERE (LOWER(TRIM(business_name)), postcode) IN "
           "(SELECT LOWER(TRIM(business_name)), postcode FROM premises GROUP BY 1, 2 HAVING COUNT(*) > 1)"]),
         ("There's also a 'Golden Dargon', surely a typo. How many Golden Dragons are there if you count it in?",
          "SELECT COUNT(*) FROM premises WHERE TRIM(business_name) IN ('Golden Dragon', 'Golden Dargon')"),
         ("What's the latest rating for the Golden Dargon?",
          f"SELECT l.rating {PL} WHERE p.business_name = 'Golden Dargon'"),
         ("Who owns it?", D)),
    conv("hygiene-7",
         ("Number of food premises per 1,000 residents in each ward", PREMD),
         ("Which ward has the fewest?", f"SELECT ward_name FROM ({PREMD}) ORDER BY per_1000 LIMIT 1"),
         ("Is it true Harbour has the most food businesses in absolute numbers?",
          "SELECT w.ward_name FROM premises p JOIN wards w ON w.ward_code = p.ward_code GROUP BY w.ward_code "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many people live in Harbour?", "SELECT population FROM wards WHERE ward_name = 'Harbour'")),
    conv("hygiene-8",
         ("Which restaurants in Castle ward serve the best food?", D),
         ("How many premises in Castle ward were inspected in 2024?",
          "SELECT COUNT(DISTINCT i.premises_id) FROM inspections i JOIN premises p ON p.premises_id = i.premises_id "
          "WHERE p.ward_code = 'E05003' AND strftime('%Y', i.inspection_date) = '2024'"),
         ("What did the inspectors write about them?", D),
         ("Which Castle premises was inspected most recently, and when?",
          "SELECT p.business_name, i.inspection_date FROM inspections i JOIN premises p ON p.premises_id = i.premises_id "
          "WHERE p.ward_code = 'E05003' ORDER BY i.inspection_date DESC LIMIT 1")),
    conv("hygiene-9",
         ("How many premises got a worse rating at their latest inspection than at the one before?",
          DROPS + "SELECT COUNT(*) FROM r WHERE rn = 1 AND rating < prev"),
         ("Which ones fell the furthest?",
          DROPS + "SELECT p.business_name, r.prev, r.rating FROM r JOIN premises p ON p.premises_id = r.premises_id "
          "WHERE r.rn = 1 AND r.prev - r.rating = (SELECT MAX(prev - rating) FROM r WHERE rn = 1)"),
         ("Will they be closed down?", D)),
    conv("hygiene-10",
         ("Break down the current ratings of the supermarkets",
          f"SELECT l.rating, COUNT(*) {PL} WHERE p.business_type = {SUPER} GROUP BY l.rating"),
         ("Are any of them below 3?",
          f"SELECT p.business_name, l.rating {PL} WHERE p.business_type = {SUPER} AND l.rating < 3"),
         ("What percentage of all premises currently have a 5?",
          f"SELECT SUM(l.rating = 5) * 100.0 / COUNT(*) {PL}",
          [f"SELECT SUM(l.rating = 5) * 1.0 / COUNT(*) {PL}",
           f"SELECT SUM(l.rating = 5) * 100.0 / COUNT(*) FROM premises p LEFT JOIN {LAT} l ON l.premises_id = p.premises_id",
           f"SELECT SUM(l.rating = 5) * 1.0 / COUNT(*) FROM premises p LEFT JOIN {LAT} l ON l.premises_id = p.premises_id"]),
         ("How many will have a 5 next year?", D)),
]

SETS = {"council_spend": COUNCIL, "traffic_counts": TRAFFIC, "food_hygiene": HYGIENE}
