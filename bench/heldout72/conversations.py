"""heldout72: conversations of a retail merchandiser/buyer, written as they would be typed, before the
engine was run on them. Each turn: question, reference SQL (SQLite), optional `accept` (other SQL that
also answers), or `decline: True` (sql None) when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ fashion
# Data runs 2025-W01 .. 2026-W47; the current season is AW26, so "last season" is SS26.
FS = "FROM fct_sales_week f JOIN dim_store s ON s.store_id = f.store_id"
FP = "JOIN dim_product p ON p.sku = f.sku"
FW = "JOIN cal_week w ON w.iso_week = f.iso_week"
TOPFLAG_U = (f"SELECT s.store_id {FS} {FW} WHERE w.season = 'AW25' AND s.store_type = 'flagship' "
             "GROUP BY s.store_id ORDER BY SUM(f.units) DESC LIMIT 1")
TOP10_OUT = (f"SELECT f.sku {FS} {FW} WHERE w.season = 'SS26' AND s.store_type = 'outlet' GROUP BY f.sku "
             "ORDER BY SUM(f.net_sales - f.cost) DESC LIMIT 10")
BEST_DENIM = (f"SELECT p.colour FROM fct_sales_week f {FP} WHERE p.category = 'Denim' GROUP BY p.colour "
              "ORDER BY SUM(f.units) DESC LIMIT 1")
LFL = "s.opened_on < '2025-01-01' AND s.closed_on IS NULL"
TY = "SUM(CASE WHEN f.iso_week BETWEEN '2026-W01' AND '2026-W47' THEN f.net_sales END)"
LY = "SUM(CASE WHEN f.iso_week BETWEEN '2025-W01' AND '2025-W47' THEN f.net_sales END)"
LAST8 = "f.iso_week BETWEEN '2026-W40' AND '2026-W47'"
BEST8 = (f"SELECT f.iso_week FROM fct_sales_week f WHERE {LAST8} GROUP BY f.iso_week "
         "ORDER BY SUM(f.net_sales) DESC LIMIT 1")
TOP20 = (f"SELECT f.sku FROM fct_sales_week f {FW} WHERE w.season = 'AW26' GROUP BY f.sku "
         "ORDER BY SUM(f.units) DESC LIMIT 20")
MPCT = "100.0 * SUM(f.net_sales - f.cost) / SUM(f.net_sales)"

FASHION = [
    conv("fa-1",
         ("Net sales by store type for AW25",
          f"SELECT s.store_type, SUM(f.net_sales) {FS} {FW} WHERE w.season = 'AW25' GROUP BY s.store_type"),
         ("and units?",
          f"SELECT s.store_type, SUM(f.units) {FS} {FW} WHERE w.season = 'AW25' GROUP BY s.store_type"),
         ("which flagship did the most?",
          f"SELECT s.store_name {FS} {FW} WHERE w.season = 'AW25' AND s.store_type = 'flagship' "
          "GROUP BY s.store_name ORDER BY SUM(f.units) DESC LIMIT 1",
          [f"SELECT s.store_name {FS} {FW} WHERE w.season = 'AW25' AND s.store_type = 'flagship' "
           "GROUP BY s.store_name ORDER BY SUM(f.net_sales) DESC LIMIT 1"]),
         ("break that down by category",
          f"SELECT p.category, SUM(f.units) {FS} {FP} {FW} WHERE w.season = 'AW25' AND s.store_id = ({TOPFLAG_U}) "
          "GROUP BY p.category",
          [f"SELECT p.category, SUM(f.net_sales) {FS} {FP} {FW} WHERE w.season = 'AW25' "
           f"AND s.store_id = ({TOPFLAG_U}) GROUP BY p.category"])),
    conv("fa-2",
         ("top 10 SKUs by margin last season",
          f"SELECT f.sku, SUM(f.net_sales - f.cost) AS margin FROM fct_sales_week f {FW} WHERE w.season = 'SS26' "
          "GROUP BY f.sku ORDER BY margin DESC LIMIT 10"),
         ("and in the outlet stores?",
          f"SELECT f.sku, SUM(f.net_sales - f.cost) AS margin {FS} {FW} WHERE w.season = 'SS26' "
          "AND s.store_type = 'outlet' GROUP BY f.sku ORDER BY margin DESC LIMIT 10"),
         ("which categories are they in?",
          f"SELECT p.category, COUNT(*) FROM dim_product p WHERE p.sku IN ({TOP10_OUT}) GROUP BY p.category",
          [f"SELECT DISTINCT p.category FROM dim_product p WHERE p.sku IN ({TOP10_OUT})"]),
         ("how much stock of those have the outlets got left?", D)),
    conv("fa-3",
         ("what's our best-selling colour in knitwear?",
          f"SELECT p.colour FROM fct_sales_week f {FP} WHERE p.category = 'Knitwear' GROUP BY p.colour "
          "ORDER BY SUM(f.units) DESC LIMIT 1",
          [f"SELECT p.colour FROM fct_sales_week f {FP} WHERE p.category = 'Knitwear' GROUP BY p.colour "
           "ORDER BY SUM(f.net_sales) DESC LIMIT 1"]),
         ("and in denim?", BEST_DENIM,
          [f"SELECT p.colour FROM fct_sales_week f {FP} WHERE p.category = 'Denim' GROUP BY p.colour "
           "ORDER BY SUM(f.net_sales) DESC LIMIT 1"]),
         ("break that down by size",
          f"SELECT p.size, SUM(f.units) FROM fct_sales_week f {FP} WHERE p.category = 'Denim' "
          f"AND p.colour = ({BEST_DENIM}) GROUP BY p.size",
          [f"SELECT p.size, SUM(f.net_sales) FROM fct_sales_week f {FP} WHERE p.category = 'Denim' "
           f"AND p.colour = ({BEST_DENIM}) GROUP BY p.size"])),
    conv("fa-4",
         ("like-for-like sales vs last year",
          f"SELECT 100.0 * ({TY} / {LY} - 1) {FS} WHERE {LFL}",
          [f"SELECT {TY}, {LY} {FS} WHERE {LFL}",
           f"SELECT {TY} / {LY} - 1 {FS} WHERE {LFL}"]),
         ("and for the outlets only?",
          f"SELECT 100.0 * ({TY} / {LY} - 1) {FS} WHERE {LFL} AND s.store_type = 'outlet'",
          [f"SELECT {TY}, {LY} {FS} WHERE {LFL} AND s.store_type = 'outlet'",
           f"SELECT {TY} / {LY} - 1 {FS} WHERE {LFL} AND s.store_type = 'outlet'"]),
         ("which outlet is down the most?",
          f"SELECT s.store_name {FS} WHERE {LFL} AND s.store_type = 'outlet' GROUP BY s.store_name "
          f"ORDER BY {TY} / {LY} LIMIT 1"),
         ("how does its footfall compare with last year?", D)),
    conv("fa-5",
         ("how many stores of each type do we have?",
          "SELECT store_type, COUNT(*) FROM dim_store WHERE closed_on IS NULL GROUP BY store_type",
          ["SELECT store_type, COUNT(*) FROM dim_store GROUP BY store_type"]),
         ("which concessions have closed?",
          "SELECT store_name FROM dim_store WHERE store_type = 'concession' AND closed_on IS NOT NULL"),
         ("what rent were we paying on them?", D)),
    conv("fa-6",
         ("net sales by week for the last 8 weeks",
          f"SELECT f.iso_week, SUM(f.net_sales) FROM fct_sales_week f WHERE {LAST8} GROUP BY f.iso_week"),
         ("which week was the best?", BEST8),
         ("how many units of knitwear did we do that week?",
          f"SELECT SUM(f.units) FROM fct_sales_week f {FP} WHERE p.category = 'Knitwear' AND f.iso_week = ({BEST8})"),
         ("what was the conversion rate that week?", D)),
    conv("fa-7",
         ("top 20 SKUs by units this season",
          f"SELECT f.sku, SUM(f.units) FROM fct_sales_week f {FW} WHERE w.season = 'AW26' GROUP BY f.sku "
          "ORDER BY SUM(f.units) DESC LIMIT 20"),
         ("what's their average selling price?",
          f"SELECT f.sku, SUM(f.net_sales) / SUM(f.units) FROM fct_sales_week f {FW} WHERE w.season = 'AW26' "
          f"AND f.sku IN ({TOP20}) GROUP BY f.sku",
          [f"SELECT SUM(f.net_sales) / SUM(f.units) FROM fct_sales_week f {FW} WHERE w.season = 'AW26' "
           f"AND f.sku IN ({TOP20})"]),
         ("how many of them are knitwear?",
          f"SELECT COUNT(*) FROM dim_product WHERE category = 'Knitwear' AND sku IN ({TOP20})")),
    conv("fa-8",
         ("margin % by category for 2025",
          f"SELECT p.category, {MPCT} FROM fct_sales_week f {FP} WHERE f.iso_week LIKE '2025-W%' GROUP BY p.category",
          [f"SELECT p.category, {MPCT} FROM fct_sales_week f {FP} {FW} WHERE w.week_start LIKE '2025%' "
           "GROUP BY p.category",
           "SELECT p.category, SUM(f.net_sales - f.cost) / SUM(f.net_sales) FROM fct_sales_week f "
           f"{FP} WHERE f.iso_week LIKE '2025-W%' GROUP BY p.category"]),
         ("and 2026 so far?",
          f"SELECT p.category, {MPCT} FROM fct_sales_week f {FP} WHERE f.iso_week LIKE '2026-W%' GROUP BY p.category",
          [f"SELECT p.category, {MPCT} FROM fct_sales_week f {FP} {FW} WHERE w.week_start LIKE '2026%' "
           "GROUP BY p.category",
           "SELECT p.category, SUM(f.net_sales - f.cost) / SUM(f.net_sales) FROM fct_sales_week f "
           f"{FP} WHERE f.iso_week LIKE '2026-W%' GROUP BY p.category"]),
         ("which category improved the most?",
          f"SELECT p.category FROM fct_sales_week f {FP} GROUP BY p.category ORDER BY "
          "100.0 * SUM(CASE WHEN f.iso_week LIKE '2026%' THEN f.net_sales - f.cost END) "
          "/ SUM(CASE WHEN f.iso_week LIKE '2026%' THEN f.net_sales END) - "
          "100.0 * SUM(CASE WHEN f.iso_week LIKE '2025%' THEN f.net_sales - f.cost END) "
          "/ SUM(CASE WHEN f.iso_week LIKE '2025%' THEN f.net_sales END) DESC LIMIT 1")),
    conv("fa-9",
         ("what share of our sales is online?", D),
         ("sales by region this season",
          f"SELECT s.region, SUM(f.net_sales) {FS} {FW} WHERE w.season = 'AW26' GROUP BY s.region"),
         ("and last season?",
          f"SELECT s.region, SUM(f.net_sales) {FS} {FW} WHERE w.season = 'SS26' GROUP BY s.region"),
         ("what's the average transaction value in the North?", D)),
    conv("fa-10",
         ("how many SKUs do we carry in each category?", "SELECT category, COUNT(*) FROM dim_product GROUP BY category"),
         ("and how many styles?", "SELECT category, COUNT(DISTINCT style_code) FROM dim_product GROUP BY category"),
         ("which knitwear styles haven't sold a unit in the flagships this season?",
          "SELECT DISTINCT style_name FROM dim_product WHERE category = 'Knitwear' AND style_code NOT IN "
          f"(SELECT p.style_code {FS} {FP} {FW} WHERE w.season = 'AW26' AND s.store_type = 'flagship')")),
]

# ------------------------------------------------------------------------------------------ beauty
# Weekly: WK_END_DT / SNAP_DT are Sundays 2026-05-03 .. 2026-11-22 (latest).
L4 = "WK_END_DT > '2026-10-25'"
TOP20B = f"SELECT SKU_CD FROM WKLY_SALES WHERE {L4} GROUP BY SKU_CD ORDER BY SUM(UNITS) DESC LIMIT 20"
SOHNOW = "SELECT SKU_CD, SUM(SOH_QTY) AS soh FROM STOCK_SNAP WHERE SNAP_DT = '2026-11-22' GROUP BY SKU_CD"
S4 = f"SELECT SKU_CD, SUM(UNITS) AS u FROM WKLY_SALES WHERE {L4} GROUP BY SKU_CD"
S1 = "SELECT SKU_CD, SUM(UNITS) AS u FROM WKLY_SALES WHERE WK_END_DT = '2026-11-22' GROUP BY SKU_CD"
COVER = (f"SELECT t.SKU_CD, n.soh / (t.u / 4.0) AS cover FROM ({S4}) t JOIN ({SOHNOW}) n ON n.SKU_CD = t.SKU_CD "
         f"WHERE t.SKU_CD IN ({TOP20B})")
LEAST_COVER = f"SELECT SKU_CD FROM ({COVER}) ORDER BY cover LIMIT 1"
HIER = "JOIN MERCH_SKU k ON k.SKU_CD = x.SKU_CD JOIN MERCH_CLASS c ON c.CLASS_CD = k.CLASS_CD " \
       "JOIN MERCH_DEPT d ON d.DEPT_CD = c.DEPT_CD"
L8 = "WK_END_DT > '2026-09-27'"
OUTLETB = "l.LOC_TYPE = 'outlet'"


def sell_through(level: str, where: str = "", opening: bool = False) -> str:
    """Units sold over the last 8 weeks / (sold + closing stock) (or / opening stock) by `level`."""
    snap = "2026-09-27" if opening else "2026-11-22"
    loc = "JOIN LOCATION l ON l.LOC_ID = x.LOC_ID" if where else ""
    cond = f"AND {where}" if where else ""
    sold = f"SELECT {level} AS g, SUM(x.UNITS) AS u FROM WKLY_SALES x {HIER} {loc} WHERE x.{L8} {cond} GROUP BY g"
    stock = (f"SELECT {level} AS g, SUM(x.SOH_QTY) AS s FROM STOCK_SNAP x {HIER} {loc} "
             f"WHERE x.SNAP_DT = '{snap}' {cond} GROUP BY g")
    den = "b.s" if opening else "(a.u + b.s)"
    return f"SELECT a.g, 100.0 * a.u / {den} AS st FROM ({sold}) a JOIN ({stock}) b ON b.g = a.g"


WORST_OUT_CLASS = f"SELECT g FROM ({sell_through('c.CLASS_NM', OUTLETB)}) ORDER BY st LIMIT 1"
OUT_SOH = ("SELECT x.SKU_CD, SUM(x.SOH_QTY) AS soh FROM STOCK_SNAP x JOIN LOCATION l ON l.LOC_ID = x.LOC_ID "
           "WHERE x.SNAP_DT = '2026-11-22' AND l.LOC_TYPE = 'outlet' GROUP BY x.SKU_CD")
OOS = f"SELECT SKU_CD FROM ({OUT_SOH}) WHERE soh <= 0"
OOS_ANY = ("SELECT DISTINCT x.SKU_CD FROM STOCK_SNAP x JOIN LOCATION l ON l.LOC_ID = x.LOC_ID "
           "WHERE x.SNAP_DT = '2026-11-22' AND l.LOC_TYPE = 'outlet' AND x.SOH_QTY <= 0")
NOW = "x.SNAP_DT = '2026-11-22'"
RRP = "CAST(REPLACE(k.RRP, '£', '') AS REAL)"
TOPCLASS = f"SELECT c.CLASS_NM FROM STOCK_SNAP x {HIER} WHERE {NOW} GROUP BY c.CLASS_NM " \
           "ORDER BY SUM(x.SOH_QTY * k.UNIT_COST) DESC LIMIT 1"
DEAD = (f"SELECT SKU_CD FROM ({SOHNOW}) WHERE soh > 0 AND SKU_CD NOT IN "
        f"(SELECT SKU_CD FROM WKLY_SALES WHERE {L4} AND UNITS > 0)")
HAIR = "d.DEPT_NM = 'Haircare'"
LOWWK = f"SELECT x.SNAP_DT FROM STOCK_SNAP x {HIER} WHERE {HAIR} GROUP BY x.SNAP_DT ORDER BY SUM(x.SOH_QTY) LIMIT 1"

BEAUTY = [
    conv("be-1",
         ("top 20 SKUs by units sold over the last 4 weeks",
          f"SELECT SKU_CD, SUM(UNITS) FROM WKLY_SALES WHERE {L4} GROUP BY SKU_CD ORDER BY SUM(UNITS) DESC LIMIT 20",
          [f"SELECT k.SKU_DESC, SUM(x.UNITS) FROM WKLY_SALES x JOIN MERCH_SKU k ON k.SKU_CD = x.SKU_CD "
           f"WHERE x.{L4} GROUP BY k.SKU_DESC ORDER BY SUM(x.UNITS) DESC LIMIT 20"]),
         ("weeks of cover on those?", COVER,
          [f"SELECT t.SKU_CD, 1.0 * n.soh / t.u FROM ({S1}) t JOIN ({SOHNOW}) n ON n.SKU_CD = t.SKU_CD "
           f"WHERE t.SKU_CD IN ({TOP20B})"]),
         ("which of them has the least cover?", LEAST_COVER,
          [f"SELECT k.SKU_DESC FROM MERCH_SKU k WHERE k.SKU_CD = ({LEAST_COVER})"]),
         ("what's on order for it?",
          f"SELECT SUM(ON_ORDER_QTY) FROM STOCK_SNAP WHERE SNAP_DT = '2026-11-22' AND SKU_CD = ({LEAST_COVER})"),
         ("when is that due in?", D)),
    conv("be-2",
         ("sell-through by department over the last 8 weeks", sell_through("d.DEPT_NM"),
          [sell_through("d.DEPT_NM", opening=True)]),
         ("and in the outlet stores?", sell_through("d.DEPT_NM", "l.LOC_TYPE = 'outlet'"),
          [sell_through("d.DEPT_NM", "l.LOC_TYPE = 'outlet'", opening=True)]),
         ("which class is worst there?", WORST_OUT_CLASS,
          [f"SELECT g FROM ({sell_through('c.CLASS_NM', OUTLETB, True)}) ORDER BY st LIMIT 1"]),
         ("break that down by SKU",
          f"SELECT * FROM ({sell_through('k.SKU_CD', OUTLETB)}) WHERE g IN "
          f"(SELECT SKU_CD FROM MERCH_SKU k JOIN MERCH_CLASS c ON c.CLASS_CD = k.CLASS_CD "
          f"WHERE c.CLASS_NM = ({WORST_OUT_CLASS}))")),
    conv("be-3",
         ("how many SKUs are out of stock in the outlets right now?", f"SELECT COUNT(*) FROM ({OOS})",
          [f"SELECT COUNT(*) FROM ({OOS_ANY})"]),
         ("which ones?",
          f"SELECT SKU_CD, SKU_DESC FROM MERCH_SKU WHERE SKU_CD IN ({OOS})",
          [f"SELECT SKU_CD, SKU_DESC FROM MERCH_SKU WHERE SKU_CD IN ({OOS_ANY})"]),
         ("are any of them discontinued?",
          f"SELECT SKU_CD, SKU_DESC FROM MERCH_SKU WHERE STATUS = 'D' AND SKU_CD IN ({OOS})",
          [f"SELECT SKU_CD, SKU_DESC FROM MERCH_SKU WHERE STATUS = 'D' AND SKU_CD IN ({OOS_ANY})"])),
    conv("be-4",
         ("stock value at cost by department",
          f"SELECT d.DEPT_NM, SUM(x.SOH_QTY * k.UNIT_COST) FROM STOCK_SNAP x {HIER} WHERE {NOW} GROUP BY d.DEPT_NM",
          [f"SELECT d.DEPT_NM, SUM(MAX(x.SOH_QTY, 0) * k.UNIT_COST) FROM STOCK_SNAP x {HIER} WHERE {NOW} "
           "GROUP BY d.DEPT_NM"]),
         ("and at retail?",
          f"SELECT d.DEPT_NM, SUM(x.SOH_QTY * {RRP}) FROM STOCK_SNAP x {HIER} WHERE {NOW} GROUP BY d.DEPT_NM",
          [f"SELECT d.DEPT_NM, SUM(MAX(x.SOH_QTY, 0) * {RRP}) FROM STOCK_SNAP x {HIER} WHERE {NOW} "
           "GROUP BY d.DEPT_NM"]),
         ("which class holds the most stock at cost?", TOPCLASS),
         ("how much shrink have we had on it this year?", D)),
    conv("be-5",
         ("which SKUs sold nothing in the last 4 weeks but still have stock?",
          f"SELECT SKU_CD, SKU_DESC FROM MERCH_SKU WHERE SKU_CD IN ({DEAD})"),
         ("how many units is that in total?",
          f"SELECT SUM(soh) FROM ({SOHNOW}) WHERE SKU_CD IN ({DEAD})"),
         ("break that down by department",
          f"SELECT d.DEPT_NM, SUM(x.SOH_QTY) FROM STOCK_SNAP x {HIER} WHERE {NOW} AND x.SKU_CD IN ({DEAD}) "
          "GROUP BY d.DEPT_NM"),
         ("when did they last sell?",
          f"SELECT k.SKU_CD, MAX(w.WK_END_DT) FROM MERCH_SKU k LEFT JOIN WKLY_SALES w ON w.SKU_CD = k.SKU_CD "
          f"AND w.UNITS > 0 WHERE k.SKU_CD IN ({DEAD}) GROUP BY k.SKU_CD",
          [f"SELECT w.SKU_CD, MAX(w.WK_END_DT) FROM WKLY_SALES w WHERE w.UNITS > 0 AND w.SKU_CD IN ({DEAD}) "
           "GROUP BY w.SKU_CD"])),
    conv("be-6",
         ("which brands do we carry in fragrance?",
          "SELECT DISTINCT k.BRAND_NM FROM MERCH_SKU k JOIN MERCH_CLASS c ON c.CLASS_CD = k.CLASS_CD "
          "JOIN MERCH_DEPT d ON d.DEPT_CD = c.DEPT_CD WHERE d.DEPT_NM = 'Fragrance'"),
         ("what's the gross margin % on fragrance?",
          f"SELECT 100.0 * (SUM(x.SALES_VAL) - SUM(x.UNITS * k.UNIT_COST)) / SUM(x.SALES_VAL) FROM WKLY_SALES x {HIER} "
          "WHERE d.DEPT_NM = 'Fragrance'",
          [f"SELECT (SUM(x.SALES_VAL) - SUM(x.UNITS * k.UNIT_COST)) / SUM(x.SALES_VAL) FROM WKLY_SALES x {HIER} "
           "WHERE d.DEPT_NM = 'Fragrance'"]),
         ("what settlement discount do those brands give us?", D)),
    conv("be-7",
         ("total stock on hand in haircare each week",
          f"SELECT x.SNAP_DT, SUM(x.SOH_QTY) FROM STOCK_SNAP x {HIER} WHERE {HAIR} GROUP BY x.SNAP_DT"),
         ("which week was it lowest?", LOWWK),
         ("what did haircare sell that week?",
          f"SELECT SUM(x.SALES_VAL) FROM WKLY_SALES x {HIER} WHERE {HAIR} AND x.WK_END_DT = ({LOWWK})",
          [f"SELECT SUM(x.UNITS) FROM WKLY_SALES x {HIER} WHERE {HAIR} AND x.WK_END_DT = ({LOWWK})"])),
    conv("be-8",
         ("how many lines are showing negative stock?",
          "SELECT COUNT(*) FROM STOCK_SNAP WHERE SNAP_DT = '2026-11-22' AND SOH_QTY < 0",
          ["SELECT COUNT(*) FROM STOCK_SNAP WHERE SOH_QTY < 0"]),
         ("which store has the most of them?",
          "SELECT l.LOC_NM FROM STOCK_SNAP x JOIN LOCATION l ON l.LOC_ID = x.LOC_ID WHERE x.SNAP_DT = '2026-11-22' "
          "AND x.SOH_QTY < 0 GROUP BY l.LOC_NM ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT l.LOC_NM FROM STOCK_SNAP x JOIN LOCATION l ON l.LOC_ID = x.LOC_ID WHERE x.SOH_QTY < 0 "
           "GROUP BY l.LOC_NM ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("who did the last stock count there?", D)),
    conv("be-9",
         ("what's the forecast for Christmas week on our top sellers?", D),
         ("sales by location type over the last 4 weeks",
          f"SELECT l.LOC_TYPE, SUM(x.SALES_VAL) FROM WKLY_SALES x JOIN LOCATION l ON l.LOC_ID = x.LOC_ID "
          f"WHERE x.{L4} GROUP BY l.LOC_TYPE"),
         ("and the 4 weeks before that?",
          "SELECT l.LOC_TYPE, SUM(x.SALES_VAL) FROM WKLY_SALES x JOIN LOCATION l ON l.LOC_ID = x.LOC_ID "
          "WHERE x.WK_END_DT > '2026-09-27' AND x.WK_END_DT <= '2026-10-25' GROUP BY l.LOC_TYPE")),
]

# ------------------------------------------------------------------------------------------ outdoor
# Till lines 2025-01-01 .. 2026-11-26; "last month" is October 2026. valid_to is the last day of a price.
SL = "FROM SalesLines l JOIN Products p ON p.ProductID = l.ProductID"
ST = "JOIN stores s ON s.store_no = l.StoreNo"
PH = ("JOIN price_history ph ON ph.product_id = l.ProductID "
      "AND l.SaleDate BETWEEN ph.valid_from AND COALESCE(ph.valid_to, '9999-12-31')")
OCT = "l.SaleDate LIKE '2026-10%'"
OCT_OUT = OCT + " AND s.fascia_type = 'outlet'"
FULLP = ("(SELECT h.price FROM price_history h WHERE h.product_id = l.ProductID AND h.is_markdown = 0 "
         "AND h.valid_from <= l.SaleDate ORDER BY h.valid_from DESC LIMIT 1)")


def md_pct(where: str, kind: str = "value") -> str:
    if kind == "value":
        expr = "100.0 * SUM(CASE WHEN ph.is_markdown = 1 THEN l.NetAmount ELSE 0 END) / SUM(l.NetAmount)"
    elif kind == "units":
        expr = "100.0 * SUM(CASE WHEN ph.is_markdown = 1 THEN l.Units ELSE 0 END) / SUM(l.Units)"
    else:       # markdown cost: full price given away, as a share of net sales
        expr = (f"100.0 * SUM(CASE WHEN ph.is_markdown = 1 THEN l.Units * ({FULLP} - ph.price) ELSE 0 END) "
                "/ SUM(l.NetAmount)")
    return f"SELECT p.Dept, {expr} AS md {SL} {ST} {PH} WHERE {where} GROUP BY p.Dept"


NOSALE = f"SELECT ProductID FROM Products WHERE ProductID NOT IN (SELECT l.ProductID FROM SalesLines l WHERE {OCT})"
NOSALE_NET = (f"SELECT ProductID FROM Products WHERE ProductID NOT IN (SELECT l.ProductID FROM SalesLines l "
              f"WHERE {OCT} GROUP BY l.ProductID HAVING SUM(l.Units) > 0)")
CUR = "ph.valid_to IS NULL"
Y26 = "l.SaleDate LIKE '2026%'"
TOP10_OUT_M = (f"SELECT l.ProductID {SL} {ST} WHERE {Y26} AND s.fascia_type = 'outlet' GROUP BY l.ProductID "
               "ORDER BY SUM(l.NetAmount - l.CostAmount) DESC LIMIT 10")
RR = ("100.0 * SUM(CASE WHEN l.Units < 0 THEN -l.Units ELSE 0 END) / SUM(CASE WHEN l.Units > 0 THEN l.Units ELSE 0 END)")
LASTFULL = ("(SELECT h.price FROM price_history h WHERE h.product_id = ph.product_id AND h.is_markdown = 0 "
            "ORDER BY h.valid_from DESC LIMIT 1)")
TOPMD_DEPT = (f"SELECT p.Dept FROM price_history ph JOIN Products p ON p.ProductID = ph.product_id "
              f"WHERE {CUR} AND ph.is_markdown = 1 GROUP BY p.Dept ORDER BY COUNT(*) DESC LIMIT 1")
SHELL = "(SELECT ProductID FROM Products WHERE ProductName = 'Summit Pro Shell Jacket - Orange')"

OUTDOOR = [
    conv("ou-1",
         ("markdown % by department last month", md_pct(OCT), [md_pct(OCT, "units"), md_pct(OCT, "cost")]),
         ("and in the outlet stores?", md_pct(f"{OCT} AND s.fascia_type = 'outlet'"),
          [md_pct(f"{OCT} AND s.fascia_type = 'outlet'", "units"),
           md_pct(f"{OCT} AND s.fascia_type = 'outlet'", "cost")]),
         ("which department is highest there?",
          f"SELECT Dept FROM ({md_pct(OCT_OUT)}) ORDER BY md DESC LIMIT 1",
          [f"SELECT Dept FROM ({md_pct(OCT_OUT, 'units')}) ORDER BY md DESC LIMIT 1"])),
    conv("ou-2",
         ("which products sold nothing last month?",
          f"SELECT ProductName FROM Products WHERE ProductID IN ({NOSALE})",
          [f"SELECT ProductName FROM Products WHERE ProductID IN ({NOSALE_NET})"]),
         ("which of them are on markdown now?",
          f"SELECT p.ProductName FROM Products p JOIN price_history ph ON ph.product_id = p.ProductID "
          f"WHERE {CUR} AND ph.is_markdown = 1 AND p.ProductID IN ({NOSALE})",
          [f"SELECT p.ProductName FROM Products p JOIN price_history ph ON ph.product_id = p.ProductID "
           f"WHERE {CUR} AND ph.is_markdown = 1 AND p.ProductID IN ({NOSALE_NET})"]),
         ("what's their current price?",
          f"SELECT p.ProductName, ph.price FROM Products p JOIN price_history ph ON ph.product_id = p.ProductID "
          f"WHERE {CUR} AND ph.is_markdown = 1 AND p.ProductID IN ({NOSALE})",
          [f"SELECT p.ProductName, ph.price FROM Products p JOIN price_history ph ON ph.product_id = p.ProductID "
           f"WHERE {CUR} AND ph.is_markdown = 1 AND p.ProductID IN ({NOSALE_NET})"]),
         ("how many of them are sitting in the warehouse?", D)),
    conv("ou-3",
         ("top 10 products by margin this year",
          f"SELECT p.ProductName, SUM(l.NetAmount - l.CostAmount) AS m {SL} WHERE {Y26} GROUP BY p.ProductName "
          "ORDER BY m DESC LIMIT 10"),
         ("and in the outlets?",
          f"SELECT p.ProductName, SUM(l.NetAmount - l.CostAmount) AS m {SL} {ST} WHERE {Y26} "
          "AND s.fascia_type = 'outlet' GROUP BY p.ProductName ORDER BY m DESC LIMIT 10"),
         ("what's the return rate on those?",
          f"SELECT p.ProductName, {RR} {SL} {ST} WHERE {Y26} AND s.fascia_type = 'outlet' "
          f"AND l.ProductID IN ({TOP10_OUT_M}) GROUP BY p.ProductName",
          [f"SELECT p.ProductName, {RR} {SL} WHERE {Y26} AND l.ProductID IN ({TOP10_OUT_M}) GROUP BY p.ProductName"]),
         ("which one is highest?",
          f"SELECT p.ProductName {SL} {ST} WHERE {Y26} AND s.fascia_type = 'outlet' "
          f"AND l.ProductID IN ({TOP10_OUT_M}) GROUP BY p.ProductName ORDER BY {RR} DESC LIMIT 1")),
    conv("ou-4",
         ("how many products are marked down right now?",
          f"SELECT COUNT(*) FROM price_history ph WHERE {CUR} AND ph.is_markdown = 1"),
         ("what's the average markdown depth on them?",
          f"SELECT AVG(100.0 * (1 - ph.price / {LASTFULL})) FROM price_history ph WHERE {CUR} AND ph.is_markdown = 1",
          [f"SELECT AVG(1 - ph.price / {LASTFULL}) FROM price_history ph WHERE {CUR} AND ph.is_markdown = 1"]),
         ("which department has the most markdowns?", TOPMD_DEPT),
         ("when did those go on markdown?",
          f"SELECT p.ProductName, ph.valid_from FROM price_history ph JOIN Products p ON p.ProductID = ph.product_id "
          f"WHERE {CUR} AND ph.is_markdown = 1 AND p.Dept = ({TOPMD_DEPT})")),
    conv("ou-5",
         ("returns by store last month",
          f"SELECT s.store_name, -SUM(l.Units) FROM SalesLines l {ST} WHERE {OCT} AND l.Units < 0 GROUP BY s.store_name",
          [f"SELECT s.store_name, COUNT(*) FROM SalesLines l {ST} WHERE {OCT} AND l.Units < 0 GROUP BY s.store_name",
           f"SELECT s.store_name, -SUM(l.NetAmount) FROM SalesLines l {ST} WHERE {OCT} AND l.Units < 0 "
           "GROUP BY s.store_name",
           f"SELECT s.store_name, SUM(l.NetAmount) FROM SalesLines l {ST} WHERE {OCT} AND l.Units < 0 "
           "GROUP BY s.store_name"]),
         ("which store had the highest return rate?",
          f"SELECT s.store_name FROM SalesLines l {ST} WHERE {OCT} GROUP BY s.store_name ORDER BY {RR} DESC LIMIT 1"),
         ("why were the items returned there?", D)),
    conv("ou-6",
         ("when did the Summit Pro shell jacket in orange last change price?",
          f"SELECT MAX(valid_from) FROM price_history WHERE product_id = {SHELL}"),
         ("what was it before?",
          f"SELECT price FROM price_history WHERE product_id = {SHELL} ORDER BY valid_from DESC LIMIT 1 OFFSET 1"),
         ("how many did we sell at each price?",
          f"SELECT ph.price, SUM(l.Units) FROM SalesLines l {PH} WHERE l.ProductID = {SHELL} GROUP BY ph.price",
          [f"SELECT ph.price, SUM(l.Units) FROM SalesLines l {PH} WHERE l.ProductID = {SHELL} AND l.Units > 0 "
           "GROUP BY ph.price"])),
    conv("ou-7",
         ("net sales by month this year",
          f"SELECT strftime('%Y-%m', l.SaleDate) AS m, SUM(l.NetAmount) FROM SalesLines l WHERE {Y26} GROUP BY m",
          [f"SELECT strftime('%m', l.SaleDate) AS m, SUM(l.NetAmount) FROM SalesLines l WHERE {Y26} GROUP BY m"]),
         ("and the same months last year?",
          "SELECT strftime('%Y-%m', l.SaleDate) AS m, SUM(l.NetAmount) FROM SalesLines l "
          "WHERE l.SaleDate BETWEEN '2025-01-01' AND '2025-11-30' GROUP BY m",
          ["SELECT strftime('%m', l.SaleDate) AS m, SUM(l.NetAmount) FROM SalesLines l "
           "WHERE l.SaleDate BETWEEN '2025-01-01' AND '2025-11-30' GROUP BY m"]),
         ("what's our market share in footwear?", D)),
    conv("ou-8",
         ("what's our best-selling colour in jackets this year?",
          f"SELECT p.Colour {SL} WHERE p.Dept = 'Jackets' AND {Y26} GROUP BY p.Colour ORDER BY SUM(l.Units) DESC LIMIT 1",
          [f"SELECT p.Colour {SL} WHERE p.Dept = 'Jackets' AND {Y26} GROUP BY p.Colour "
           "ORDER BY SUM(l.NetAmount) DESC LIMIT 1"]),
         ("and in footwear?",
          f"SELECT p.Colour {SL} WHERE p.Dept = 'Footwear' AND {Y26} GROUP BY p.Colour ORDER BY SUM(l.Units) DESC LIMIT 1",
          [f"SELECT p.Colour {SL} WHERE p.Dept = 'Footwear' AND {Y26} GROUP BY p.Colour "
           "ORDER BY SUM(l.NetAmount) DESC LIMIT 1"]),
         ("how many colours do we do in footwear?",
          "SELECT COUNT(DISTINCT Colour) FROM Products WHERE Dept = 'Footwear'")),
    conv("ou-9",
         ("net sales by store type last month",
          f"SELECT s.fascia_type, SUM(l.NetAmount) FROM SalesLines l {ST} WHERE {OCT} GROUP BY s.fascia_type"),
         ("what was the average basket value?", D),
         ("and how many of those customers were loyalty members?", D)),
]

SETS = {"fashion": FASHION, "beauty": BEAUTY, "outdoor": OUTDOOR}
