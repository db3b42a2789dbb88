"""Held-out conversations 39, written as managers ask them, before the engine was run on them.
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL
that also answers), or None when the data does not hold the answer (the round must be declined).

Soft deletes (pianos): a row whose DeletedAt is set is deleted; the reference leaves such
appointments, pianos and technicians out unless the question asks about them. Clients have an
IsActive flag instead (an inactive client is a former client, not a deleted record).
Money (spices): purchase_orders.amount and po_lines.unit_price are in purchase_orders.currency;
fx_rates.gbp_per_unit converts to pounds."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ pianos
APC = ("FROM Appointments a JOIN Pianos p ON p.PianoId = a.PianoId "
       "JOIN Clients c ON c.ClientId = p.ClientId")
LIVE = "a.DeletedAt IS NULL"
TOP5C = (f"SELECT c.ClientId {APC} WHERE {LIVE} AND a.VisitDate LIKE '2024%' GROUP BY c.ClientId "
         "ORDER BY SUM(a.FeeAmount) DESC LIMIT 5")
HOURS = "SUM(DurationMin) / 60.0"
REG = "AVG(DurationMin) / 60.0"


def growth(city: str, pct: bool = True) -> str:
    k = "100.0" if pct else "1.0"
    return (f"SELECT {k} * (SUM(CASE WHEN a.VisitDate LIKE '2024%' THEN a.FeeAmount END) - "
            f"SUM(CASE WHEN a.VisitDate LIKE '2023%' THEN a.FeeAmount END)) / "
            f"SUM(CASE WHEN a.VisitDate LIKE '2023%' THEN a.FeeAmount END) {APC} WHERE {LIVE} AND c.City = '{city}'")


PIANOS = [
    conv("pia-1",
         ("How many active clients do we have?", "SELECT COUNT(*) FROM Clients WHERE IsActive = 1"),
         ("and how many of those are schools?",
          "SELECT COUNT(*) FROM Clients WHERE IsActive = 1 AND ClientType = 'School'"),
         ("Break the active ones down by city",
          "SELECT City, COUNT(*) FROM Clients WHERE IsActive = 1 GROUP BY City"),
         ("Can I get the email addresses of the active school clients?", D)),
    conv("pia-2",
         ("What was our total fee income in 2024, leaving out deleted appointments?",
          "SELECT SUM(FeeAmount) FROM Appointments WHERE DeletedAt IS NULL AND VisitDate LIKE '2024%'"),
         ("How does that compare with 2023?",
          "SELECT strftime('%Y', VisitDate) AS yr, SUM(FeeAmount) FROM Appointments WHERE DeletedAt IS NULL "
          "AND strftime('%Y', VisitDate) IN ('2023', '2024') GROUP BY yr",
          ["SELECT SUM(FeeAmount) FROM Appointments WHERE DeletedAt IS NULL AND VisitDate LIKE '2023%'"]),
         ("Show it month by month for 2024",
          "SELECT strftime('%m', VisitDate) AS m, SUM(FeeAmount) FROM Appointments WHERE DeletedAt IS NULL "
          "AND VisitDate LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', VisitDate) AS m, SUM(FeeAmount) FROM Appointments WHERE DeletedAt IS NULL "
           "AND VisitDate LIKE '2024%' GROUP BY m"]),
         ("Which month was the busiest by number of visits?",
          "SELECT strftime('%m', VisitDate) AS m FROM Appointments WHERE DeletedAt IS NULL AND VisitDate LIKE '2024%' "
          "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', VisitDate) AS m FROM Appointments WHERE DeletedAt IS NULL "
           "AND VisitDate LIKE '2024%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("Will next January be better than this one?", D)),
    conv("pia-3",
         ("What share of our appointments are tunings?",
          "SELECT 100.0 * SUM(ServiceType = 'Tuning') / COUNT(*) FROM Appointments WHERE DeletedAt IS NULL",
          ["SELECT 1.0 * SUM(ServiceType = 'Tuning') / COUNT(*) FROM Appointments WHERE DeletedAt IS NULL"]),
         ("And the average fee by service type?",
          "SELECT ServiceType, AVG(FeeAmount) FROM Appointments WHERE DeletedAt IS NULL GROUP BY ServiceType"),
         ("Which service brings in the most money?",
          "SELECT ServiceType FROM Appointments WHERE DeletedAt IS NULL GROUP BY ServiceType "
          "ORDER BY SUM(FeeAmount) DESC LIMIT 1"),
         ("What's its total for Bristol clients only?",
          f"SELECT SUM(a.FeeAmount) {APC} WHERE {LIVE} AND a.ServiceType = 'Tuning' AND c.City = 'Bristol'",
          [f"SELECT SUM(a.FeeAmount) {APC} WHERE {LIVE} AND p.DeletedAt IS NULL AND a.ServiceType = 'Tuning' "
           "AND c.City = 'Bristol'"]),
         ("Why are tunings so much more popular than regulation work?", D)),
    conv("pia-4",
         ("List the technicians who are still with us", "SELECT FullName FROM Technicians WHERE DeletedAt IS NULL"),
         ("Who has the highest hourly rate among them?",
          "SELECT FullName FROM Technicians WHERE DeletedAt IS NULL ORDER BY HourlyRate DESC LIMIT 1"),
         ("How many visits did she do in 2024?",
          "SELECT COUNT(*) FROM Appointments WHERE TechnicianId = 7 AND DeletedAt IS NULL AND VisitDate LIKE '2024%'"),
         ("And how many hours was that in total?",
          f"SELECT {HOURS} FROM Appointments WHERE TechnicianId = 7 AND DeletedAt IS NULL AND VisitDate LIKE '2024%'",
          [f"SELECT ROUND({HOURS}, 1) FROM Appointments WHERE TechnicianId = 7 AND DeletedAt IS NULL "
           "AND VisitDate LIKE '2024%'",
           f"SELECT ROUND({HOURS}, 2) FROM Appointments WHERE TechnicianId = 7 AND DeletedAt IS NULL "
           "AND VisitDate LIKE '2024%'"]),
         ("What's her home phone number?", D)),
    conv("pia-5",
         ("Which technicians have left the company, and when?",
          "SELECT FullName, DeletedAt FROM Technicians WHERE DeletedAt IS NOT NULL",
          ["SELECT FullName, date(DeletedAt) FROM Technicians WHERE DeletedAt IS NOT NULL"]),
         ("How much fee income did they bring in between them?",
          "SELECT SUM(a.FeeAmount) FROM Appointments a JOIN Technicians t ON t.TechnicianId = a.TechnicianId "
          "WHERE t.DeletedAt IS NOT NULL AND a.DeletedAt IS NULL"),
         ("Why did they leave?", D),
         ("How many technicians does each region have now?",
          "SELECT Region, COUNT(*) FROM Technicians WHERE DeletedAt IS NULL GROUP BY Region")),
    conv("pia-6",
         ("How many pianos are on our books, not counting deleted ones?",
          "SELECT COUNT(*) FROM Pianos WHERE DeletedAt IS NULL"),
         ("What make is most common?",
          "SELECT Make FROM Pianos WHERE DeletedAt IS NULL GROUP BY Make ORDER BY COUNT(*) DESC LIMIT 1"),
         ("And how many grands do we look after?",
          "SELECT COUNT(*) FROM Pianos WHERE DeletedAt IS NULL AND PianoType LIKE '%Grand'",
          ["SELECT COUNT(*) FROM Pianos WHERE DeletedAt IS NULL AND PianoType = 'Grand'"]),
         ("What's the oldest piano we look after, and who owns it?",
          "SELECT c.ClientName FROM Pianos p JOIN Clients c ON c.ClientId = p.ClientId "
          "WHERE p.DeletedAt IS NULL ORDER BY p.YearBuilt LIMIT 1"),
         ("What's it worth? Do we have an appraisal value for it?", D)),
    conv("pia-7",
         ("Which type of client spends the most with us?",
          f"SELECT c.ClientType {APC} WHERE {LIVE} GROUP BY c.ClientType ORDER BY SUM(a.FeeAmount) DESC LIMIT 1"),
         ("Show me the top 5 clients by fees in 2024",
          f"SELECT c.ClientName {APC} WHERE {LIVE} AND a.VisitDate LIKE '2024%' "
          "GROUP BY c.ClientId ORDER BY SUM(a.FeeAmount) DESC LIMIT 5"),
         ("which of them are hotels?",
          f"SELECT ClientName FROM Clients WHERE ClientType = 'Hotel' AND ClientId IN ({TOP5C})"),
         ("How many appointments has each of them had altogether?",
          f"SELECT c.ClientName, COUNT(*) {APC} WHERE {LIVE} AND c.ClientId IN ({TOP5C}) GROUP BY c.ClientId")),
    conv("pia-8",
         ("How many appointments were deleted in 2024?",
          "SELECT COUNT(*) FROM Appointments WHERE DeletedAt LIKE '2024%'",
          ["SELECT COUNT(*) FROM Appointments WHERE DeletedAt IS NOT NULL AND VisitDate LIKE '2024%'"]),
         ("Which technician had the most of those?",
          "SELECT t.FullName FROM Appointments a JOIN Technicians t ON t.TechnicianId = a.TechnicianId "
          "WHERE a.DeletedAt LIKE '2024%' GROUP BY t.TechnicianId ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT t.FullName FROM Appointments a JOIN Technicians t ON t.TechnicianId = a.TechnicianId "
           "WHERE a.DeletedAt IS NOT NULL AND a.VisitDate LIKE '2024%' GROUP BY t.TechnicianId "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("What reason was given for deleting them?", D),
         ("Overall, what fraction of appointments end up deleted?",
          "SELECT 1.0 * COUNT(DeletedAt) / COUNT(*) FROM Appointments",
          ["SELECT 100.0 * COUNT(DeletedAt) / COUNT(*) FROM Appointments"])),
    conv("pia-9",
         ("What's the average length of a regulation job, in hours?",
          f"SELECT {REG} FROM Appointments WHERE DeletedAt IS NULL AND ServiceType = 'Regulation'",
          [f"SELECT ROUND({REG}, 1) FROM Appointments WHERE DeletedAt IS NULL AND ServiceType = 'Regulation'",
           f"SELECT ROUND({REG}, 2) FROM Appointments WHERE DeletedAt IS NULL AND ServiceType = 'Regulation'"]),
         ("Which technician does the longest tunings on average?",
          "SELECT t.FullName FROM Appointments a JOIN Technicians t ON t.TechnicianId = a.TechnicianId "
          "WHERE a.DeletedAt IS NULL AND a.ServiceType = 'Tuning' GROUP BY t.TechnicianId "
          "ORDER BY AVG(a.DurationMin) DESC LIMIT 1"),
         ("What do we charge on average for a tuning on a grand compared with an upright?",
          "SELECT p.PianoType, AVG(a.FeeAmount) FROM Appointments a JOIN Pianos p ON p.PianoId = a.PianoId "
          "WHERE a.DeletedAt IS NULL AND a.ServiceType = 'Tuning' AND p.PianoType IN ('Grand', 'Upright') "
          "GROUP BY p.PianoType",
          ["SELECT CASE WHEN p.PianoType LIKE '%Grand' THEN 'Grand' ELSE p.PianoType END AS kind, AVG(a.FeeAmount) "
           "FROM Appointments a JOIN Pianos p ON p.PianoId = a.PianoId WHERE a.DeletedAt IS NULL "
           "AND a.ServiceType = 'Tuning' GROUP BY kind",
           "SELECT p.PianoType, AVG(a.FeeAmount) FROM Appointments a JOIN Pianos p ON p.PianoId = a.PianoId "
           "WHERE a.DeletedAt IS NULL AND a.ServiceType = 'Tuning' GROUP BY p.PianoType"])),
    conv("pia-10",
         ("Which city brought in the most fee income in 2024?",
          f"SELECT c.City {APC} WHERE {LIVE} AND a.VisitDate LIKE '2024%' GROUP BY c.City "
          "ORDER BY SUM(a.FeeAmount) DESC LIMIT 1"),
         ("And what was its growth on 2023?", growth("Bristol"), [growth("Bristol", False)]),
         ("What about Cardiff?", growth("Cardiff"), [growth("Cardiff", False)]),
         ("How many new clients signed up in Cardiff each year?",
          "SELECT strftime('%Y', CreatedAt) AS yr, COUNT(*) FROM Clients WHERE City = 'Cardiff' GROUP BY yr")),
]

# ------------------------------------------------------------------------------------------ spices
FX = "FROM purchase_orders po JOIN fx_rates f ON f.currency = po.currency"
FXS = FX + " JOIN suppliers s ON s.supplier_id = po.supplier_id"
GBP = "po.amount * f.gbp_per_unit"
NC = "po.status <> 'cancelled'"
Y24 = "po.order_date LIKE '2024%'"
LPS = ("FROM po_lines l JOIN purchase_orders po ON po.po_no = l.po_no JOIN fx_rates f ON f.currency = po.currency "
       "JOIN suppliers s ON s.supplier_id = po.supplier_id")
LPP = "FROM po_lines l JOIN products pr ON pr.sku = l.sku JOIN purchase_orders po ON po.po_no = l.po_no"
BIGGEST = f"SELECT po.po_no {FX} ORDER BY {GBP} DESC LIMIT 1"
OLDEST_TRANSIT = "SELECT po_no FROM purchase_orders WHERE status = 'in transit' ORDER BY order_date LIMIT 1"
QTR = "(CAST(strftime('%m', po.order_date) AS INTEGER) + 2) / 3"


def cheapest(weighted: bool, nc: bool) -> str:
    price = ("SUM(l.qty_kg * l.unit_price * f.gbp_per_unit) / SUM(l.qty_kg)" if weighted
             else "AVG(l.unit_price * f.gbp_per_unit)")
    return (f"SELECT s.supplier_name {LPS} WHERE l.sku = 'BPW-01'{' AND ' + NC if nc else ''} "
            f"GROUP BY s.supplier_id ORDER BY {price} LIMIT 1")


def best_q(label: str) -> str:
    return (f"SELECT {label} AS q {FX} WHERE {Y24} AND {NC} GROUP BY {QTR} ORDER BY SUM({GBP}) DESC LIMIT 1")


SPICES = [
    conv("spi-1",
         ("How many purchase orders did we place in each currency?",
          "SELECT currency, COUNT(*) FROM purchase_orders GROUP BY currency"),
         ("What's the total value of the euro orders?",
          "SELECT SUM(amount) FROM purchase_orders WHERE currency = 'EUR'",
          ["SELECT SUM(amount) FROM purchase_orders WHERE currency = 'EUR' AND status <> 'cancelled'"]),
         ("And what's that in pounds?",
          f"SELECT SUM({GBP}) {FX} WHERE po.currency = 'EUR'",
          [f"SELECT SUM({GBP}) {FX} WHERE po.currency = 'EUR' AND {NC}"]),
         ("What will the euro exchange rate be next month?", D)),
    conv("spi-2",
         ("What did we spend with suppliers in 2024, converted to pounds? Leave out cancelled orders.",
          f"SELECT SUM({GBP}) {FX} WHERE {Y24} AND {NC}"),
         ("Split that by supplier country",
          f"SELECT s.country, SUM({GBP}) {FXS} WHERE {Y24} AND {NC} GROUP BY s.country"),
         ("Which country has the biggest share, and what percentage is it?",
          f"SELECT s.country, 100.0 * SUM({GBP}) / (SELECT SUM({GBP}) {FX} WHERE {Y24} AND {NC}) {FXS} "
          f"WHERE {Y24} AND {NC} GROUP BY s.country ORDER BY SUM({GBP}) DESC LIMIT 1",
          [f"SELECT s.country, 1.0 * SUM({GBP}) / (SELECT SUM({GBP}) {FX} WHERE {Y24} AND {NC}) {FXS} "
           f"WHERE {Y24} AND {NC} GROUP BY s.country ORDER BY SUM({GBP}) DESC LIMIT 1"]),
         ("How has our spend with that country moved year by year?",
          f"SELECT strftime('%Y', po.order_date) AS yr, SUM({GBP}) {FXS} WHERE {NC} AND s.country = 'Germany' "
          "GROUP BY yr")),
    conv("spi-3",
         ("What's our biggest single purchase order by value?",
          f"SELECT po.po_no {FX} ORDER BY {GBP} DESC LIMIT 1"),
         ("What was in it?",
          f"SELECT pr.product_name, l.qty_kg FROM po_lines l JOIN products pr ON pr.sku = l.sku "
          f"WHERE l.po_no = ({BIGGEST})",
          [f"SELECT l.sku, l.qty_kg FROM po_lines l WHERE l.po_no = ({BIGGEST})"]),
         ("Who did we buy saffron from, and how many kilos in total? Delivered orders only.",
          f"SELECT s.supplier_name, SUM(l.qty_kg) {LPS} WHERE l.sku = 'SAF-20' AND po.status = 'delivered' "
          "GROUP BY s.supplier_id"),
         ("What's the average price per kilo we paid for it, in pounds?",
          f"SELECT SUM(l.qty_kg * l.unit_price * f.gbp_per_unit) / SUM(l.qty_kg) {LPS} "
          "WHERE l.sku = 'SAF-20' AND po.status = 'delivered'",
          [f"SELECT AVG(l.unit_price * f.gbp_per_unit) {LPS} WHERE l.sku = 'SAF-20' AND po.status = 'delivered'"]),
         ("How does that compare with our list price for saffron?",
          "SELECT list_price_gbp_kg FROM products WHERE sku = 'SAF-20'"),
         ("Which farm actually grew that saffron?", D)),
    conv("spi-4",
         ("List our fairtrade suppliers", "SELECT supplier_name FROM suppliers WHERE is_fairtrade = 1"),
         ("Which of them have we worked with the longest?",
          "SELECT supplier_name FROM suppliers WHERE is_fairtrade = 1 ORDER BY since_year LIMIT 1"),
         ("How many orders have we placed with them each year?",
          "SELECT strftime('%Y', order_date) AS yr, COUNT(*) FROM purchase_orders WHERE supplier_id = 1 GROUP BY yr",
          ["SELECT strftime('%Y', order_date) AS yr, COUNT(*) FROM purchase_orders WHERE supplier_id = 1 "
           "AND status <> 'cancelled' GROUP BY yr"]),
         ("What's their average delivery time in days?", D),
         ("What share of our 2024 spend went to fairtrade suppliers, by value in pounds, excluding cancelled orders?",
          f"SELECT 100.0 * SUM(CASE WHEN s.is_fairtrade = 1 THEN {GBP} END) / SUM({GBP}) {FXS} WHERE {Y24} AND {NC}",
          [f"SELECT 1.0 * SUM(CASE WHEN s.is_fairtrade = 1 THEN {GBP} END) / SUM({GBP}) {FXS} "
           f"WHERE {Y24} AND {NC}"])),
    conv("spi-5",
         ("Which spice family do we buy the most of by weight?",
          f"SELECT pr.spice_family {LPP} GROUP BY pr.spice_family ORDER BY SUM(l.qty_kg) DESC LIMIT 1",
          [f"SELECT pr.spice_family {LPP} WHERE {NC} GROUP BY pr.spice_family ORDER BY SUM(l.qty_kg) DESC LIMIT 1"]),
         ("What are the top 3 products by kilos bought?",
          f"SELECT pr.product_name, SUM(l.qty_kg) {LPP} GROUP BY pr.sku ORDER BY SUM(l.qty_kg) DESC LIMIT 3",
          [f"SELECT pr.product_name, SUM(l.qty_kg) {LPP} WHERE {NC} GROUP BY pr.sku "
           "ORDER BY SUM(l.qty_kg) DESC LIMIT 3"]),
         ("Which suppliers sell us black pepper?",
          "SELECT DISTINCT s.supplier_name FROM po_lines l JOIN purchase_orders po ON po.po_no = l.po_no "
          "JOIN suppliers s ON s.supplier_id = po.supplier_id WHERE l.sku = 'BPW-01'"),
         ("Who's cheapest for it in pounds per kilo?", cheapest(True, False),
          [cheapest(True, True), cheapest(False, False), cheapest(False, True)]),
         ("How much black pepper will we need next quarter?", D)),
    conv("spi-6",
         ("How many orders are in transit right now?",
          "SELECT COUNT(*) FROM purchase_orders WHERE status = 'in transit'"),
         ("What's their total value in pounds?",
          f"SELECT SUM({GBP}) {FX} WHERE po.status = 'in transit'"),
         ("Which is the oldest one still in transit?",
          OLDEST_TRANSIT),
         ("When is it expected to arrive?", D),
         ("Which supplier is it from, and what country?",
          f"SELECT s.supplier_name, s.country FROM purchase_orders po JOIN suppliers s ON s.supplier_id = po.supplier_id "
          f"WHERE po.po_no = ({OLDEST_TRANSIT})")),
    conv("spi-7",
         ("Show monthly spend in pounds for 2024, excluding cancelled orders",
          f"SELECT strftime('%m', po.order_date) AS m, SUM({GBP}) {FX} WHERE {Y24} AND {NC} GROUP BY m",
          [f"SELECT strftime('%Y-%m', po.order_date) AS m, SUM({GBP}) {FX} WHERE {Y24} AND {NC} GROUP BY m"]),
         ("Which quarter was the highest?", best_q(QTR),
          [best_q(f"'Q' || ({QTR})"), best_q(f"'2024-Q' || ({QTR})"), best_q(f"'2024 Q' || ({QTR})")]),
         ("Compare that quarter with the same quarter of 2023",
          f"SELECT strftime('%Y', po.order_date) AS yr, SUM({GBP}) {FX} WHERE {NC} AND {QTR} = 3 "
          "AND strftime('%Y', po.order_date) IN ('2023', '2024') GROUP BY yr",
          [f"SELECT SUM({GBP}) {FX} WHERE {NC} AND {QTR} = 3 AND po.order_date LIKE '2023%'"])),
    conv("spi-8",
         ("What currencies do we pay suppliers in?", "SELECT DISTINCT currency FROM purchase_orders"),
         ("How many suppliers are in each country?", "SELECT country, COUNT(*) FROM suppliers GROUP BY country"),
         ("Who is our account manager at Hamburg Spice Brokers?", D),
         ("What's the total amount of all our purchase orders?",
          "SELECT currency, SUM(amount) FROM purchase_orders GROUP BY currency",
          ["SELECT currency, SUM(amount) FROM purchase_orders WHERE status <> 'cancelled' GROUP BY currency",
           f"SELECT SUM({GBP}) {FX}", f"SELECT SUM({GBP}) {FX} WHERE {NC}"]),
         ("Rank the suppliers by how much they charge us for shipping", D)),
]

# ------------------------------------------------------------------------------------------ food trucks
TD = "FROM trading_days d JOIN trucks t ON t.truck_id = d.truck_id"
TP = "FROM trading_days d JOIN pitches p ON p.pitch_id = d.pitch_id"
S24 = "SUM(CASE WHEN d.trade_date LIKE '2024%' THEN d.takings END)"
S23 = "SUM(CASE WHEN d.trade_date LIKE '2023%' THEN d.takings END)"
TOP3 = (f"SELECT t.truck_name {TD} WHERE d.trade_date LIKE '2024%' GROUP BY t.truck_id "
        "ORDER BY SUM(d.takings) DESC LIMIT 3")
LEEDS24 = f"{TD} WHERE t.home_city = 'Leeds' AND d.trade_date LIKE '2024%'"
BESTPITCH = f"SELECT p.pitch_id {TP} GROUP BY p.pitch_id ORDER BY AVG(d.takings - p.daily_fee) DESC LIMIT 1"
DAYNAME = ("CASE strftime('%w', trade_date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
FEST = "CASE WHEN p.pitch_type = 'festival' THEN 'festival' ELSE 'other' END"


def profit(with_fees: bool) -> str:
    fee = " - COALESCE(f.fees, 0)" if with_fees else ""
    join = (" JOIN (SELECT d.truck_id, SUM(p.daily_fee) AS fees FROM trading_days d JOIN pitches p "
            "ON p.pitch_id = d.pitch_id WHERE d.trade_date LIKE '2024%' GROUP BY d.truck_id) f ON f.truck_id = t.truck_id"
            if with_fees else "")
    return ("SELECT t.truck_name FROM trucks t JOIN (SELECT truck_id, SUM(takings) AS tk FROM trading_days "
            "WHERE trade_date LIKE '2024%' GROUP BY truck_id) a ON a.truck_id = t.truck_id "
            "JOIN (SELECT truck_id, SUM(amount) AS cs FROM truck_costs WHERE cost_date LIKE '2024%' GROUP BY truck_id) b "
            f"ON b.truck_id = t.truck_id{join} ORDER BY a.tk - b.cs{fee} DESC LIMIT 1")


def busiest(key: str, measure: str) -> str:
    return f"SELECT {key} AS wd FROM trading_days GROUP BY wd ORDER BY SUM({measure}) DESC LIMIT 1"


FOODTRUCKS = [
    conv("ft-1",
         ("What were total takings across the fleet in 2024?",
          "SELECT SUM(takings) FROM trading_days WHERE trade_date LIKE '2024%'"),
         ("and 2023?", "SELECT SUM(takings) FROM trading_days WHERE trade_date LIKE '2023%'"),
         ("So what's the growth percentage?",
          f"SELECT 100.0 * ({S24} - {S23}) / {S23} FROM trading_days d",
          [f"SELECT 1.0 * ({S24} - {S23}) / {S23} FROM trading_days d"]),
         ("Which truck grew the most?",
          f"SELECT t.truck_name {TD} GROUP BY t.truck_id ORDER BY ({S24} - {S23}) / {S23} DESC LIMIT 1",
          [f"SELECT t.truck_name {TD} GROUP BY t.truck_id ORDER BY {S24} - {S23} DESC LIMIT 1"]),
         ("Why did it grow so much?", D)),
    conv("ft-2",
         ("Top 3 trucks by takings in 2024", TOP3),
         ("What share of the fleet total did each of them make?",
          f"SELECT t.truck_name, 100.0 * SUM(d.takings) / (SELECT SUM(takings) FROM trading_days "
          f"WHERE trade_date LIKE '2024%') {TD} WHERE d.trade_date LIKE '2024%' GROUP BY t.truck_id "
          "ORDER BY SUM(d.takings) DESC LIMIT 3",
          [f"SELECT t.truck_name, 1.0 * SUM(d.takings) / (SELECT SUM(takings) FROM trading_days "
           f"WHERE trade_date LIKE '2024%') {TD} WHERE d.trade_date LIKE '2024%' GROUP BY t.truck_id "
           "ORDER BY SUM(d.takings) DESC LIMIT 3"]),
         ("Who manages the top one?",
          f"SELECT t.manager {TD} WHERE d.trade_date LIKE '2024%' GROUP BY t.truck_id "
          "ORDER BY SUM(d.takings) DESC LIMIT 1"),
         ("What's that manager's salary?", D)),
    conv("ft-3",
         ("Which pitch type earns the most per trading day on average?",
          f"SELECT p.pitch_type {TP} GROUP BY p.pitch_type ORDER BY AVG(d.takings) DESC LIMIT 1"),
         ("Leaving festivals out?",
          f"SELECT p.pitch_type {TP} WHERE p.pitch_type <> 'festival' GROUP BY p.pitch_type "
          "ORDER BY AVG(d.takings) DESC LIMIT 1"),
         ("What do we pay in pitch fees per year?",
          f"SELECT strftime('%Y', d.trade_date) AS yr, SUM(p.daily_fee) {TP} GROUP BY yr"),
         ("Which pitch gives the best takings after its fee, on average per day?",
          f"SELECT p.pitch_name {TP} GROUP BY p.pitch_id ORDER BY AVG(d.takings - p.daily_fee) DESC LIMIT 1"),
         ("How many days did we trade there in 2024?",
          f"SELECT COUNT(*) FROM trading_days WHERE trade_date LIKE '2024%' AND pitch_id = ({BESTPITCH})")),
    conv("ft-4",
         ("Show monthly takings for 2024",
          "SELECT strftime('%m', trade_date) AS m, SUM(takings) FROM trading_days WHERE trade_date LIKE '2024%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', trade_date) AS m, SUM(takings) FROM trading_days "
           "WHERE trade_date LIKE '2024%' GROUP BY m"]),
         ("Which was the best month?",
          "SELECT strftime('%m', trade_date) AS m FROM trading_days WHERE trade_date LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(takings) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', trade_date) AS m FROM trading_days WHERE trade_date LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(takings) DESC LIMIT 1"]),
         ("And the worst?",
          "SELECT strftime('%m', trade_date) AS m FROM trading_days WHERE trade_date LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(takings) LIMIT 1",
          ["SELECT strftime('%Y-%m', trade_date) AS m FROM trading_days WHERE trade_date LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(takings) LIMIT 1"]),
         ("How did the best month compare with the same month in 2023?",
          "SELECT strftime('%Y', trade_date) AS yr, SUM(takings) FROM trading_days "
          "WHERE strftime('%m', trade_date) = '08' GROUP BY yr",
          ["SELECT SUM(takings) FROM trading_days WHERE trade_date LIKE '2023-08%'"])),
    conv("ft-5",
         ("What did we spend on fuel in 2024?",
          "SELECT SUM(amount) FROM truck_costs WHERE category = 'fuel' AND cost_date LIKE '2024%'"),
         ("Break all 2024 costs down by category",
          "SELECT category, SUM(amount) FROM truck_costs WHERE cost_date LIKE '2024%' GROUP BY category"),
         ("What share of that was ingredients?",
          "SELECT 100.0 * SUM(CASE WHEN category = 'ingredients' THEN amount END) / SUM(amount) FROM truck_costs "
          "WHERE cost_date LIKE '2024%'",
          ["SELECT 1.0 * SUM(CASE WHEN category = 'ingredients' THEN amount END) / SUM(amount) FROM truck_costs "
           "WHERE cost_date LIKE '2024%'"]),
         ("Which truck had the highest repair bills over the two years?",
          "SELECT t.truck_name FROM truck_costs c JOIN trucks t ON t.truck_id = c.truck_id WHERE c.category = 'repairs' "
          "GROUP BY t.truck_id ORDER BY SUM(c.amount) DESC LIMIT 1"),
         ("Which truck made the most profit in 2024, takings minus costs?", profit(False), [profit(True)]),
         ("How much will a new truck cost us?", D)),
    conv("ft-6",
         ("How many trucks are based in each city?", "SELECT home_city, COUNT(*) FROM trucks GROUP BY home_city"),
         ("Which city's pitches bring in the most takings?",
          f"SELECT p.city {TP} GROUP BY p.city ORDER BY SUM(d.takings) DESC LIMIT 1"),
         ("What about the trucks based in Leeds - how much did they take in total in 2024?",
          f"SELECT SUM(d.takings) {LEEDS24}"),
         ("Break that down by truck", f"SELECT t.truck_name, SUM(d.takings) {LEEDS24} GROUP BY t.truck_id"),
         ("Which of them served the most customers?",
          f"SELECT t.truck_name {LEEDS24} GROUP BY t.truck_id ORDER BY SUM(d.orders_served) DESC LIMIT 1"),
         ("Which pitch has the best customer rating?", D)),
    conv("ft-7",
         ("What's the average order value across the fleet?",
          "SELECT SUM(takings) / SUM(orders_served) FROM trading_days",
          ["SELECT AVG(takings / orders_served) FROM trading_days"]),
         ("Which truck has the highest?",
          f"SELECT t.truck_name {TD} GROUP BY t.truck_id ORDER BY SUM(d.takings) / SUM(d.orders_served) DESC LIMIT 1",
          [f"SELECT t.truck_name {TD} GROUP BY t.truck_id ORDER BY AVG(d.takings / d.orders_served) DESC LIMIT 1"]),
         ("And takings per hour open, by truck?",
          f"SELECT t.truck_name, SUM(d.takings) / SUM(d.hours_open) {TD} GROUP BY t.truck_id",
          [f"SELECT t.truck_name, AVG(d.takings / d.hours_open) {TD} GROUP BY t.truck_id"]),
         ("Which day of the week is busiest for us?", busiest("strftime('%w', trade_date)", "orders_served"),
          [busiest("strftime('%w', trade_date)", "takings"), busiest(DAYNAME, "orders_served"),
           busiest(DAYNAME, "takings")]),
         ("How many customers complained last summer?", D)),
    conv("ft-8",
         ("How many festival days did we do in 2024?",
          f"SELECT COUNT(*) {TP} WHERE p.pitch_type = 'festival' AND d.trade_date LIKE '2024%'"),
         ("Which trucks went to festivals, and how many times each?",
          f"SELECT t.truck_name, COUNT(*) {TD} JOIN pitches p ON p.pitch_id = d.pitch_id "
          "WHERE p.pitch_type = 'festival' AND d.trade_date LIKE '2024%' GROUP BY t.truck_id"),
         ("What's the average takings on a festival day versus a normal day?",
          f"SELECT {FEST} AS kind, AVG(d.takings) {TP} WHERE d.trade_date LIKE '2024%' GROUP BY kind",
          [f"SELECT {FEST} AS kind, AVG(d.takings) {TP} GROUP BY kind"]),
         ("Is it worth going to Leeds Festival next year?", D)),
    conv("ft-9",
         ("Which truck launched most recently?", "SELECT truck_name FROM trucks ORDER BY launched_on DESC LIMIT 1"),
         ("How many trading days has it done?", "SELECT COUNT(*) FROM trading_days WHERE truck_id = 10"),
         ("What's its best single day ever?",
          "SELECT trade_date FROM trading_days WHERE truck_id = 10 ORDER BY takings DESC LIMIT 1"),
         ("What was the weather like that day?", D)),
]


SETS = {"pianos": PIANOS, "spices": SPICES, "foodtrucks": FOODTRUCKS}
