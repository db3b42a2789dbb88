"""Held-out set heldout61: a supply-chain planner's conversations over three databases, written
before the engine was run on them. Each turn: question, reference SQL (SQLite), optional `accept`
(other SQL that also answers), or None when the data does not hold the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ bloodstock
LAST = "(SELECT MAX(snap_date) FROM daily_stock)"
DJ = "FROM daily_stock d JOIN centres c ON c.centre_id = d.centre_id"
SL = "JOIN stock_levels s ON s.centre_id = d.centre_id AND s.component_code = d.component_code"
KJ = "JOIN components k ON k.component_code = d.component_code"


def oneg_cover(where: str, window: str) -> str:
    return (f"SELECT c.centre_name, 1.0 * d.units_on_hand / (SELECT AVG(x.units_issued) FROM daily_stock x "
            f"WHERE x.centre_id = d.centre_id AND x.component_code = 'RC-ONEG' AND x.snap_date {window} "
            f"date({LAST}, '-28 days')) AS days_cover {DJ} WHERE d.component_code = 'RC-ONEG' "
            f"AND d.snap_date = {LAST}{where}")


WK44 = "d.snap_date BETWEEN '2024-10-28' AND '2024-11-03'"
WK45 = "d.snap_date BETWEEN '2024-11-04' AND '2024-11-10'"
NOV_REQ = "FROM hospital_requests WHERE requested_on LIKE '2024-11%'"
FR = "100.0 * SUM(units_supplied) / SUM(units_requested)"
PLT_OCT = (f"SELECT c.centre_name, SUM(d.units_issued) / 31.0 AS per_day {DJ} "
           "WHERE d.component_code LIKE 'PLT-%' AND d.snap_date LIKE '2024-10%' GROUP BY c.centre_name")

BLOODSTOCK = [
    conv("bs-1",
         ("What's current stock of O neg red cells at each centre?",
          f"SELECT c.centre_name, d.units_on_hand {DJ} WHERE d.component_code = 'RC-ONEG' AND d.snap_date = {LAST}",
          [f"SELECT c.centre_code, d.units_on_hand {DJ} WHERE d.component_code = 'RC-ONEG' AND d.snap_date = {LAST}"]),
         ("which of them are below reorder point?",
          f"SELECT c.centre_name {DJ} {SL} WHERE d.component_code = 'RC-ONEG' AND d.snap_date = {LAST} "
          "AND d.units_on_hand < s.reorder_point",
          [f"SELECT c.centre_code {DJ} {SL} WHERE d.component_code = 'RC-ONEG' AND d.snap_date = {LAST} "
           "AND d.units_on_hand < s.reorder_point"]),
         ("and for platelets, which centres are below reorder point?",
          f"SELECT DISTINCT c.centre_name {DJ} {SL} {KJ} WHERE k.component_type = 'Platelets' "
          f"AND d.snap_date = {LAST} AND d.units_on_hand < s.reorder_point",
          [f"SELECT c.centre_name, d.component_code {DJ} {SL} {KJ} WHERE k.component_type = 'Platelets' "
           f"AND d.snap_date = {LAST} AND d.units_on_hand < s.reorder_point",
           f"SELECT DISTINCT c.centre_code {DJ} {SL} {KJ} WHERE k.component_type = 'Platelets' "
           f"AND d.snap_date = {LAST} AND d.units_on_hand < s.reorder_point"]),
         ("how many units short of reorder point is Newcastle across its platelets?",
          f"SELECT SUM(s.reorder_point - d.units_on_hand) {DJ} {SL} {KJ} WHERE k.component_type = 'Platelets' "
          f"AND d.snap_date = {LAST} AND c.centre_name = 'Newcastle' AND d.units_on_hand < s.reorder_point")),
    conv("bs-2",
         ("How many stock-outs did we have in October? I mean a centre hitting zero on a component.",
          "SELECT COUNT(*) FROM daily_stock WHERE units_on_hand = 0 AND snap_date LIKE '2024-10%'"),
         ("which centre had the most stock-outs over the whole period?",
          f"SELECT c.centre_name {DJ} WHERE d.units_on_hand = 0 GROUP BY c.centre_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("which component was it mostly for?",
          f"SELECT d.component_code {DJ} WHERE d.units_on_hand = 0 AND c.centre_name = 'Newcastle' "
          "GROUP BY d.component_code ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many operations were postponed because of those stock-outs?", D)),
    conv("bs-3",
         ("Days of cover for O neg at Manchester, on average daily issues over the last 4 weeks?",
          oneg_cover(" AND c.centre_name = 'Manchester'", ">"),
          [oneg_cover(" AND c.centre_name = 'Manchester'", ">=")]),
         ("same for Leeds", oneg_cover(" AND c.centre_name = 'Leeds'", ">"),
          [oneg_cover(" AND c.centre_name = 'Leeds'", ">=")]),
         ("which centre has the least cover on O neg?",
          oneg_cover("", ">") + " ORDER BY days_cover LIMIT 1",
          [oneg_cover("", ">=") + " ORDER BY days_cover LIMIT 1"]),
         ("what was its cover this time last year?", D)),
    conv("bs-4",
         ("What was our fill rate on hospital requests in November?",
          f"SELECT {FR} {NOV_REQ} AND status <> 'CANCELLED'",
          [f"SELECT 1.0 * SUM(units_supplied) / SUM(units_requested) {NOV_REQ} AND status <> 'CANCELLED'",
           f"SELECT {FR} {NOV_REQ}", f"SELECT 1.0 * SUM(units_supplied) / SUM(units_requested) {NOV_REQ}"]),
         ("break that down by centre",
          "SELECT c.centre_name, 100.0 * SUM(r.units_supplied) / SUM(r.units_requested) FROM hospital_requests r "
          "JOIN centres c ON c.centre_id = r.centre_id WHERE r.requested_on LIKE '2024-11%' AND r.status <> 'CANCELLED' "
          "GROUP BY c.centre_name",
          ["SELECT c.centre_name, 1.0 * SUM(r.units_supplied) / SUM(r.units_requested) FROM hospital_requests r "
           "JOIN centres c ON c.centre_id = r.centre_id WHERE r.requested_on LIKE '2024-11%' AND r.status <> 'CANCELLED' "
           "GROUP BY c.centre_name",
           "SELECT c.centre_name, 100.0 * SUM(r.units_supplied) / SUM(r.units_requested) FROM hospital_requests r "
           "JOIN centres c ON c.centre_id = r.centre_id WHERE r.requested_on LIKE '2024-11%' GROUP BY c.centre_name"]),
         ("which hospital had the worst fill rate that month?",
          f"SELECT hospital {NOV_REQ} AND status <> 'CANCELLED' GROUP BY hospital ORDER BY {FR} LIMIT 1",
          [f"SELECT hospital {NOV_REQ} GROUP BY hospital ORDER BY {FR} LIMIT 1"]),
         ("how long did they wait for the rest of their units?", D)),
    conv("bs-5",
         ("How many units expired in November, by component type?",
          f"SELECT k.component_type, SUM(d.units_expired) FROM daily_stock d {KJ} WHERE d.snap_date LIKE '2024-11%' "
          "GROUP BY k.component_type"),
         ("as a share of what we received?",
          f"SELECT k.component_type, 100.0 * SUM(d.units_expired) / SUM(d.units_received) FROM daily_stock d {KJ} "
          "WHERE d.snap_date LIKE '2024-11%' GROUP BY k.component_type",
          [f"SELECT k.component_type, 1.0 * SUM(d.units_expired) / SUM(d.units_received) FROM daily_stock d {KJ} "
           "WHERE d.snap_date LIKE '2024-11%' GROUP BY k.component_type"]),
         ("what did that wastage cost us?", D)),
    conv("bs-6",
         ("Total O neg red cells on hand across the network as of 14 October?",
          "SELECT SUM(units_on_hand) FROM daily_stock WHERE component_code = 'RC-ONEG' AND snap_date = '2024-10-14'"),
         ("and a week later?",
          "SELECT SUM(units_on_hand) FROM daily_stock WHERE component_code = 'RC-ONEG' AND snap_date = '2024-10-21'"),
         ("what about all red cells on that date?",
          f"SELECT SUM(d.units_on_hand) FROM daily_stock d {KJ} WHERE k.component_type = 'Red cells' "
          "AND d.snap_date = '2024-10-21'"),
         ("how many of those units came from first-time donors?", D)),
    conv("bs-7",
         ("How full is each centre's storage right now, units on hand against capacity?",
          f"SELECT c.centre_name, 100.0 * SUM(d.units_on_hand) / c.storage_capacity_units {DJ} "
          f"WHERE d.snap_date = {LAST} GROUP BY c.centre_name",
          [f"SELECT c.centre_name, 1.0 * SUM(d.units_on_hand) / c.storage_capacity_units {DJ} "
           f"WHERE d.snap_date = {LAST} GROUP BY c.centre_name"]),
         ("which centre has the most free space?",
          f"SELECT c.centre_name {DJ} WHERE d.snap_date = {LAST} GROUP BY c.centre_name "
          "ORDER BY c.storage_capacity_units - SUM(d.units_on_hand) DESC LIMIT 1"),
         ("what temperature are its fridges running at?", D)),
    conv("bs-8",
         ("Units issued in wk 44 by centre",
          f"SELECT c.centre_name, SUM(d.units_issued) {DJ} WHERE {WK44} GROUP BY c.centre_name",
          [f"SELECT c.centre_name, SUM(d.units_issued) {DJ} WHERE strftime('%W', d.snap_date) = '44' "
           "GROUP BY c.centre_name",
           f"SELECT c.centre_code, SUM(d.units_issued) {DJ} WHERE {WK44} GROUP BY c.centre_code"]),
         ("and wk 45?",
          f"SELECT c.centre_name, SUM(d.units_issued) {DJ} WHERE {WK45} GROUP BY c.centre_name",
          [f"SELECT c.centre_code, SUM(d.units_issued) {DJ} WHERE {WK45} GROUP BY c.centre_code"]),
         ("which component's issues rose the most from wk 44 to wk 45 across the network?",
          "SELECT d.component_code FROM daily_stock d GROUP BY d.component_code "
          f"ORDER BY SUM(CASE WHEN {WK45} THEN d.units_issued ELSE 0 END) - "
          f"SUM(CASE WHEN {WK44} THEN d.units_issued ELSE 0 END) DESC LIMIT 1")),
    conv("bs-9",
         ("Average platelets issued per day at each centre in October", PLT_OCT),
         ("which centre issues the most?",
          f"SELECT c.centre_name {DJ} WHERE d.component_code LIKE 'PLT-%' AND d.snap_date LIKE '2024-10%' "
          "GROUP BY c.centre_name ORDER BY SUM(d.units_issued) DESC LIMIT 1"),
         ("what's its reorder point for O pos platelets?",
          "SELECT s.reorder_point FROM stock_levels s JOIN centres c ON c.centre_id = s.centre_id "
          f"WHERE c.centre_name = (SELECT c.centre_name {DJ} WHERE d.component_code LIKE 'PLT-%' AND d.snap_date LIKE '2024-10%' GROUP BY c.centre_name "
          "ORDER BY SUM(d.units_issued) DESC LIMIT 1) AND s.component_code = 'PLT-OPOS'")),
    conv("bs-10",
         ("How many hospital requests were cancelled, by centre?",
          "SELECT c.centre_name, COUNT(*) FROM hospital_requests r JOIN centres c ON c.centre_id = r.centre_id "
          "WHERE r.status = 'CANCELLED' GROUP BY c.centre_name"),
         ("what share of all requests is that overall?",
          "SELECT 100.0 * SUM(status = 'CANCELLED') / COUNT(*) FROM hospital_requests",
          ["SELECT 1.0 * SUM(status = 'CANCELLED') / COUNT(*) FROM hospital_requests"]),
         ("which component gets requested most at Birmingham, in units?",
          "SELECT r.component_code FROM hospital_requests r JOIN centres c ON c.centre_id = r.centre_id "
          "WHERE c.centre_name = 'Birmingham' GROUP BY r.component_code ORDER BY SUM(r.units_requested) DESC LIMIT 1",
          ["SELECT r.component_code FROM hospital_requests r JOIN centres c ON c.centre_id = r.centre_id "
           "WHERE c.centre_name = 'Birmingham' AND r.status <> 'CANCELLED' GROUP BY r.component_code "
           "ORDER BY SUM(r.units_requested) DESC LIMIT 1"])),
]

# ------------------------------------------------------------------------------------------ toys
IJ = "FROM Inventory i JOIN Product p ON p.SKU = i.SKU JOIN Warehouse w ON w.WarehouseID = i.WarehouseID"
OPEN_DC1 = ("SELECT l.SKU FROM POLine l JOIN PurchaseOrder o ON o.PONumber = l.PONumber "
            "WHERE o.Status = 'Open' AND o.WarehouseID = 1")
SJ = ("FROM SalesOrderLine l JOIN SalesOrder o ON o.OrderNo = l.OrderNo JOIN Product p ON p.SKU = l.SKU "
      "JOIN Warehouse w ON w.WarehouseID = o.WarehouseID")
Y24 = "o.OrderDate LIKE '2024%'"
CFR = "100.0 * SUM(l.CasesShipped) / SUM(l.CasesOrdered)"
LT = "AVG(julianday(o.ReceivedDate) - julianday(o.OrderDate))"
PS = "FROM PurchaseOrder o JOIN Supplier s ON s.SupplierID = o.SupplierID"
WORST_SUP = f"SELECT s.SupplierID {PS} WHERE o.Status = 'Received' GROUP BY s.SupplierID ORDER BY {LT} - s.QuotedLeadTimeDays DESC LIMIT 1"
UNI = "p.Description = 'Unicorn 25cm'"
NEXT_PO = ("SELECT o.PONumber FROM PurchaseOrder o JOIN POLine l ON l.PONumber = o.PONumber "
           "WHERE o.Status = 'Open' AND l.SKU = 'TY-10666' ORDER BY o.DueDate LIMIT 1")
Q4 = "o.ShipDate BETWEEN '2024-10-01' AND '2024-12-31'"
TOP5 = f"SELECT l.SKU FROM SalesOrderLine l JOIN SalesOrder o ON o.OrderNo = l.OrderNo WHERE {Q4} GROUP BY l.SKU ORDER BY SUM(l.CasesShipped) DESC LIMIT 5"
WK47 = "o.ShipDate BETWEEN '2024-11-18' AND '2024-11-24'"
OOS2 = "SELECT i.SKU FROM Inventory i JOIN Product p ON p.SKU = i.SKU WHERE i.WarehouseID = 2 AND i.OnHandUnits = 0 AND p.Status = 'ACTIVE'"

TOYS = [
    conv("ty-1",
         ("Which SKUs are below reorder point in DC2?",
          f"SELECT i.SKU {IJ} WHERE w.Code = 'DC2' AND i.OnHandUnits < i.ReorderPointUnits"),
         ("what's their stock in cases?",
          f"SELECT i.SKU, 1.0 * i.OnHandUnits / p.UnitsPerCase {IJ} WHERE w.Code = 'DC2' "
          "AND i.OnHandUnits < i.ReorderPointUnits",
          [f"SELECT i.SKU, i.OnHandUnits / p.UnitsPerCase {IJ} WHERE w.Code = 'DC2' "
           "AND i.OnHandUnits < i.ReorderPointUnits"]),
         ("same for DC1",
          f"SELECT i.SKU, 1.0 * i.OnHandUnits / p.UnitsPerCase {IJ} WHERE w.Code = 'DC1' "
          "AND i.OnHandUnits < i.ReorderPointUnits",
          [f"SELECT i.SKU, i.OnHandUnits / p.UnitsPerCase {IJ} WHERE w.Code = 'DC1' "
           "AND i.OnHandUnits < i.ReorderPointUnits"]),
         ("how many of those are on an open PO into DC1?",
          f"SELECT COUNT(*) {IJ} WHERE w.Code = 'DC1' AND i.OnHandUnits < i.ReorderPointUnits "
          f"AND i.SKU IN ({OPEN_DC1})")),
    conv("ty-2",
         ("Total stock on hand at each DC in units",
          f"SELECT w.Code, SUM(i.OnHandUnits) {IJ} GROUP BY w.Code"),
         ("and in cases?",
          f"SELECT w.Code, SUM(1.0 * i.OnHandUnits / p.UnitsPerCase) {IJ} GROUP BY w.Code",
          [f"SELECT w.Code, SUM(i.OnHandUnits / p.UnitsPerCase) {IJ} GROUP BY w.Code"]),
         ("and in pallets?",
          f"SELECT w.Code, SUM(1.0 * i.OnHandUnits / (p.UnitsPerCase * p.CasesPerPallet)) {IJ} GROUP BY w.Code",
          [f"SELECT w.Code, SUM((i.OnHandUnits + p.UnitsPerCase * p.CasesPerPallet - 1) / "
           f"(p.UnitsPerCase * p.CasesPerPallet)) {IJ} GROUP BY w.Code"]),
         ("what share of pallet capacity is that at each?",
          f"SELECT w.Code, 100.0 * SUM(1.0 * i.OnHandUnits / (p.UnitsPerCase * p.CasesPerPallet)) / w.PalletCapacity "
          f"{IJ} GROUP BY w.Code",
          [f"SELECT w.Code, SUM(1.0 * i.OnHandUnits / (p.UnitsPerCase * p.CasesPerPallet)) / w.PalletCapacity "
           f"{IJ} GROUP BY w.Code"])),
    conv("ty-3",
         ("What's the average actual lead time per supplier, order to receipt?",
          f"SELECT s.SupplierName, {LT} {PS} WHERE o.Status = 'Received' GROUP BY s.SupplierName"),
         ("which supplier runs furthest over their quoted lead time?",
          f"SELECT s.SupplierName {PS} WHERE o.Status = 'Received' GROUP BY s.SupplierName "
          f"ORDER BY {LT} - s.QuotedLeadTimeDays DESC LIMIT 1"),
         ("how many of their POs are still open?",
          f"SELECT COUNT(*) FROM PurchaseOrder WHERE Status = 'Open' AND SupplierID = ({WORST_SUP})"),
         ("have they sent us revised delivery dates on those?", D)),
    conv("ty-4",
         ("What's our case fill rate on retailer orders in 2024?",
          f"SELECT {CFR} {SJ} WHERE {Y24} AND o.Status <> 'Cancelled'",
          [f"SELECT 1.0 * SUM(l.CasesShipped) / SUM(l.CasesOrdered) {SJ} WHERE {Y24} AND o.Status <> 'Cancelled'",
           f"SELECT {CFR} {SJ} WHERE {Y24}", f"SELECT 1.0 * SUM(l.CasesShipped) / SUM(l.CasesOrdered) {SJ} WHERE {Y24}"]),
         ("by DC?",
          f"SELECT w.Code, {CFR} {SJ} WHERE {Y24} AND o.Status <> 'Cancelled' GROUP BY w.Code",
          [f"SELECT w.Code, 1.0 * SUM(l.CasesShipped) / SUM(l.CasesOrdered) {SJ} WHERE {Y24} "
           "AND o.Status <> 'Cancelled' GROUP BY w.Code",
           f"SELECT w.Code, {CFR} {SJ} WHERE {Y24} GROUP BY w.Code"]),
         ("which customer had the lowest fill rate?",
          f"SELECT o.Customer {SJ} WHERE {Y24} AND o.Status <> 'Cancelled' GROUP BY o.Customer ORDER BY {CFR} LIMIT 1",
          [f"SELECT o.Customer {SJ} WHERE {Y24} GROUP BY o.Customer ORDER BY {CFR} LIMIT 1"]),
         ("what did their shortfall cost us in lost sales?", D)),
    conv("ty-5",
         ("How much Unicorn 25cm stock do we hold, by DC?",
          f"SELECT w.Code, i.OnHandUnits {IJ} WHERE {UNI}"),
         ("and in cases?",
          f"SELECT w.Code, 1.0 * i.OnHandUnits / p.UnitsPerCase {IJ} WHERE {UNI}",
          [f"SELECT w.Code, i.OnHandUnits / p.UnitsPerCase {IJ} WHERE {UNI}"]),
         ("when's the next PO for it due in?",
          "SELECT MIN(o.DueDate) FROM PurchaseOrder o JOIN POLine l ON l.PONumber = o.PONumber "
          "WHERE o.Status = 'Open' AND l.SKU = 'TY-10666'"),
         ("how many cases are on it?",
          f"SELECT CasesOrdered FROM POLine WHERE SKU = 'TY-10666' AND PONumber = ({NEXT_PO})")),
    conv("ty-6",
         ("Which active SKUs are out of stock at DC3?",
          f"SELECT i.SKU {IJ} WHERE w.Code = 'DC3' AND i.OnHandUnits = 0 AND p.Status = 'ACTIVE'"),
         ("and at DC2?", f"SELECT i.SKU {IJ} WHERE w.Code = 'DC2' AND i.OnHandUnits = 0 AND p.Status = 'ACTIVE'"),
         ("when did we last receive each of them into DC2?",
          "SELECT l.SKU, MAX(o.ReceivedDate) FROM PurchaseOrder o JOIN POLine l ON l.PONumber = o.PONumber "
          f"WHERE o.WarehouseID = 2 AND o.Status = 'Received' AND l.SKU IN ({OOS2}) GROUP BY l.SKU"),
         ("what's the sales forecast for them next month?", D)),
    conv("ty-7",
         ("Top 5 SKUs by cases shipped in Q4 2024",
          f"SELECT l.SKU, SUM(l.CasesShipped) AS cases FROM SalesOrderLine l JOIN SalesOrder o ON o.OrderNo = l.OrderNo "
          f"WHERE {Q4} GROUP BY l.SKU ORDER BY cases DESC LIMIT 5"),
         ("which brands are those?",
          f"SELECT SKU, Brand FROM Product WHERE SKU IN ({TOP5})",
          [f"SELECT DISTINCT Brand FROM Product WHERE SKU IN ({TOP5})"]),
         ("and how many units is that?",
          f"SELECT l.SKU, SUM(l.CasesShipped * p.UnitsPerCase) {SJ} WHERE {Q4} AND l.SKU IN ({TOP5}) GROUP BY l.SKU",
          [f"SELECT SUM(l.CasesShipped * p.UnitsPerCase) {SJ} WHERE {Q4} AND l.SKU IN ({TOP5})"]),
         ("how many of those units did the retailers send back?", D)),
    conv("ty-8",
         ("Cases shipped from DC1 in wk 47",
          f"SELECT SUM(l.CasesShipped) {SJ} WHERE w.Code = 'DC1' AND {WK47}",
          [f"SELECT SUM(l.CasesShipped) {SJ} WHERE w.Code = 'DC1' AND strftime('%W', o.ShipDate) = '47' "
           "AND o.ShipDate LIKE '2024%'"]),
         ("same for DC2 and DC3",
          f"SELECT w.Code, SUM(l.CasesShipped) {SJ} WHERE w.Code IN ('DC2', 'DC3') AND {WK47} GROUP BY w.Code"),
         ("and in units, all three DCs?",
          f"SELECT w.Code, SUM(l.CasesShipped * p.UnitsPerCase) {SJ} WHERE {WK47} GROUP BY w.Code")),
    conv("ty-9",
         ("Stock value at cost by DC",
          f"SELECT w.Code, SUM(i.OnHandUnits * p.UnitCost) {IJ} GROUP BY w.Code"),
         ("which category holds the most value at DC3?",
          f"SELECT p.Category {IJ} WHERE w.Code = 'DC3' GROUP BY p.Category "
          "ORDER BY SUM(i.OnHandUnits * p.UnitCost) DESC LIMIT 1"),
         ("what does a pallet position cost us per week at DC3?", D)),
    conv("ty-10",
         ("How many discontinued SKUs do we still hold stock of?",
          f"SELECT COUNT(DISTINCT i.SKU) {IJ} WHERE p.Status = 'DISC' AND i.OnHandUnits > 0"),
         ("list them with the units at each DC",
          f"SELECT i.SKU, w.Code, i.OnHandUnits {IJ} WHERE p.Status = 'DISC' AND i.OnHandUnits > 0"),
         ("how much are they worth at cost?",
          f"SELECT SUM(i.OnHandUnits * p.UnitCost) {IJ} WHERE p.Status = 'DISC' AND i.OnHandUnits > 0",
          [f"SELECT i.SKU, SUM(i.OnHandUnits * p.UnitCost) {IJ} WHERE p.Status = 'DISC' AND i.OnHandUnits > 0 "
           "GROUP BY i.SKU"])),
]

# ------------------------------------------------------------------------------------------ roadsalt
WJ = "FROM wk_stock s JOIN dim_week w ON w.wk_key = s.wk_key JOIN depots d ON d.depot_no = s.depot_no"
RJ = "FROM grit_runs r JOIN dim_week w ON w.wk_key = r.wk_key"
THIS = "w.winter = '2024-25'"
HEAVY = f"SELECT s.wk_key FROM wk_stock s JOIN dim_week w ON w.wk_key = s.wk_key WHERE {THIS} GROUP BY s.wk_key ORDER BY SUM(s.used_t) DESC LIMIT 1"


def salt_cover(where: str) -> str:
    return (f"SELECT d.depot_nm, s.close_t / ((SELECT SUM(x.used_t) FROM wk_stock x WHERE x.depot_no = s.depot_no "
            f"AND x.wk_key BETWEEN 202502 AND 202505) / 28.0) AS days_cover {WJ} WHERE s.wk_key = 202505{where}")


OJ = "FROM salt_orders o JOIN dim_week w ON w.wk_key = o.wk_key"
SFR = "100.0 * SUM(o.tonnes_delivered) / SUM(o.tonnes_ordered)"
EMPTY = "SELECT depot_no FROM wk_stock WHERE close_t = 0"
TOP_ROUTE = (f"SELECT r.route_cd {RJ} WHERE {THIS} GROUP BY r.route_cd ORDER BY SUM(r.tonnes) DESC LIMIT 1")
USE_W = (f"SELECT d.depot_nm, SUM(CASE WHEN w.winter = '2023-24' THEN s.used_t END) AS last_w, "
         f"SUM(CASE WHEN w.winter = '2024-25' THEN s.used_t END) AS this_w {WJ} GROUP BY d.depot_nm")

ROADSALT = [
    conv("rs-1",
         ("What's salt stock at each depot at the end of wk 1 2025?",
          f"SELECT d.depot_nm, s.close_t {WJ} WHERE w.iso_yr = 2025 AND w.iso_wk = 1"),
         ("which are below their minimum?",
          f"SELECT d.depot_nm {WJ} WHERE w.iso_yr = 2025 AND w.iso_wk = 1 AND s.close_t < d.min_stock_t"),
         ("and in wk 3?",
          f"SELECT d.depot_nm {WJ} WHERE w.iso_yr = 2025 AND w.iso_wk = 3 AND s.close_t < d.min_stock_t"),
         ("how far below minimum is each of them?",
          f"SELECT d.depot_nm, d.min_stock_t - s.close_t {WJ} WHERE w.iso_yr = 2025 AND w.iso_wk = 3 "
          "AND s.close_t < d.min_stock_t")),
    conv("rs-2",
         ("How much salt did we spread each week this winter?",
          f"SELECT s.wk_key, SUM(s.used_t) {WJ} WHERE {THIS} GROUP BY s.wk_key",
          [f"SELECT w.wk_start, SUM(s.used_t) {WJ} WHERE {THIS} GROUP BY w.wk_start",
           f"SELECT w.iso_wk, SUM(s.used_t) {WJ} WHERE {THIS} GROUP BY w.iso_wk"]),
         ("which week was the heaviest?", HEAVY,
          [f"SELECT w.wk_start FROM wk_stock s JOIN dim_week w ON w.wk_key = s.wk_key WHERE {THIS} "
           "GROUP BY w.wk_start ORDER BY SUM(s.used_t) DESC LIMIT 1",
           f"SELECT w.iso_wk FROM wk_stock s JOIN dim_week w ON w.wk_key = s.wk_key WHERE {THIS} "
           "GROUP BY w.iso_wk ORDER BY SUM(s.used_t) DESC LIMIT 1"]),
         ("when did that week start?", f"SELECT wk_start FROM dim_week WHERE wk_key = ({HEAVY})"),
         ("how much snow fell that week?", D)),
    conv("rs-3",
         ("Days of cover at Hilltop as of the end of wk 5 2025, on average daily use over the last 4 weeks?",
          salt_cover(" AND d.depot_nm = 'Hilltop'")),
         ("same for every depot", salt_cover("")),
         ("which one has the least?", salt_cover("") + " ORDER BY days_cover LIMIT 1")),
    conv("rs-4",
         ("Average lead time on salt orders by supplier, order to delivery, in days",
          "SELECT supplier, AVG(julianday(delivered_dt) - julianday(ordered_dt)) FROM salt_orders "
          "WHERE delivered_dt IS NOT NULL GROUP BY supplier"),
         ("which supplier delivered the most tonnes this winter?",
          f"SELECT o.supplier {OJ} WHERE {THIS} GROUP BY o.supplier ORDER BY SUM(o.tonnes_delivered) DESC LIMIT 1",
          ["SELECT supplier FROM salt_orders WHERE delivered_dt BETWEEN '2024-09-30' AND '2025-04-06' "
           "GROUP BY supplier ORDER BY SUM(tonnes_delivered) DESC LIMIT 1"]),
         ("what do they charge per tonne?", D)),
    conv("rs-5",
         ("What fill rate did suppliers give us on salt orders last winter, tonnes delivered against ordered?",
          f"SELECT {SFR} {OJ} WHERE w.winter = '2023-24' AND o.status IN ('DELIVERED', 'PART')",
          [f"SELECT 1.0 * SUM(o.tonnes_delivered) / SUM(o.tonnes_ordered) {OJ} WHERE w.winter = '2023-24' "
           "AND o.status IN ('DELIVERED', 'PART')",
           f"SELECT {SFR} {OJ} WHERE w.winter = '2023-24'",
           f"SELECT 1.0 * SUM(o.tonnes_delivered) / SUM(o.tonnes_ordered) {OJ} WHERE w.winter = '2023-24'"]),
         ("and this winter?",
          f"SELECT {SFR} {OJ} WHERE {THIS} AND o.status IN ('DELIVERED', 'PART')",
          [f"SELECT 1.0 * SUM(o.tonnes_delivered) / SUM(o.tonnes_ordered) {OJ} WHERE {THIS} "
           "AND o.status IN ('DELIVERED', 'PART')",
           f"SELECT {SFR} {OJ} WHERE {THIS} AND o.status <> 'CANCELLED'",
           f"SELECT {SFR} {OJ} WHERE {THIS}"]),
         ("by supplier, this winter",
          f"SELECT o.supplier, {SFR} {OJ} WHERE {THIS} AND o.status IN ('DELIVERED', 'PART') GROUP BY o.supplier",
          [f"SELECT o.supplier, 1.0 * SUM(o.tonnes_delivered) / SUM(o.tonnes_ordered) {OJ} WHERE {THIS} "
           "AND o.status IN ('DELIVERED', 'PART') GROUP BY o.supplier"])),
    conv("rs-6",
         ("How many times has a depot ended a week with the barn empty?",
          "SELECT COUNT(*) FROM wk_stock WHERE close_t = 0"),
         ("which depots and weeks were they?",
          f"SELECT d.depot_nm, s.wk_key {WJ} WHERE s.close_t = 0",
          [f"SELECT d.depot_nm, w.wk_start {WJ} WHERE s.close_t = 0"]),
         ("how many gritting runs were aborted at those depots?",
          f"SELECT COUNT(*) FROM grit_runs WHERE run_status = 'aborted' AND depot_no IN ({EMPTY})",
          ["SELECT COUNT(*) FROM grit_runs r JOIN wk_stock s ON s.depot_no = r.depot_no AND s.wk_key = r.wk_key "
           "WHERE r.run_status = 'aborted' AND s.close_t = 0"]),
         ("were any roads left untreated because of it?", D)),
    conv("rs-7",
         ("How full was each barn at the end of wk 52 2024, as a % of capacity?",
          f"SELECT d.depot_nm, 100.0 * s.close_t / d.barn_cap_t {WJ} WHERE s.wk_key = 202452"),
         ("which depot had the most room to take a delivery then?",
          f"SELECT d.depot_nm {WJ} WHERE s.wk_key = 202452 ORDER BY d.barn_cap_t - s.close_t DESC LIMIT 1"),
         ("what length of road does that depot cover?", D)),
    conv("rs-8",
         ("Total salt used per depot, last winter vs this winter",
          f"SELECT d.depot_nm, w.winter, SUM(s.used_t) {WJ} GROUP BY d.depot_nm, w.winter",
          [USE_W]),
         ("which depots used more this winter than last?",
          f"SELECT depot_nm FROM ({USE_W}) WHERE this_w > last_w"),
         ("how many gritting runs did Hilltop do this winter?",
          f"SELECT COUNT(*) {RJ} JOIN depots d ON d.depot_no = r.depot_no WHERE d.depot_nm = 'Hilltop' AND {THIS}",
          [f"SELECT COUNT(*) {RJ} JOIN depots d ON d.depot_no = r.depot_no WHERE d.depot_nm = 'Hilltop' AND {THIS} "
           "AND r.run_status = 'done'"])),
    conv("rs-9",
         ("Which route used the most salt this winter?", TOP_ROUTE),
         ("how many runs was that?",
          f"SELECT COUNT(*) FROM grit_runs r JOIN dim_week w ON w.wk_key = r.wk_key WHERE {THIS} "
          f"AND r.route_cd = ({TOP_ROUTE})",
          [f"SELECT COUNT(*) FROM grit_runs r JOIN dim_week w ON w.wk_key = r.wk_key WHERE {THIS} "
           f"AND r.route_cd = ({TOP_ROUTE}) AND r.run_status = 'done'"]),
         ("which driver did most of them?", D)),
    conv("rs-10",
         ("Closing stock across all depots at the end of wk 12 2025?",
          "SELECT SUM(close_t) FROM wk_stock WHERE wk_key = 202512"),
         ("and the same week last year?", "SELECT SUM(close_t) FROM wk_stock WHERE wk_key = 202412"),
         ("what share of total barn capacity was that?",
          "SELECT 100.0 * SUM(s.close_t) / SUM(d.barn_cap_t) FROM wk_stock s JOIN depots d ON d.depot_no = s.depot_no "
          "WHERE s.wk_key = 202412",
          ["SELECT 1.0 * SUM(s.close_t) / SUM(d.barn_cap_t) FROM wk_stock s JOIN depots d ON d.depot_no = s.depot_no "
           "WHERE s.wk_key = 202412"])),
]

SETS = {"bloodstock": BLOODSTOCK, "toys": TOYS, "roadsalt": ROADSALT}
