"""Held-out set heldout65: a regional sales manager's conversations over three wholesaler databases,
written before the engine was run on them. Each turn: question, reference SQL (SQLite), optional
`accept` (other SQL that also answers), or None for a round to decline (the data does not hold it).

The data runs to 2026-11-26; "this qtr" is 2026 Q4, "this year" 2026, "last year" 2025, "last
month" October 2026."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def pct_forms(num: str, den: str) -> list[str]:
    """a share as a percentage and as a fraction"""
    return [f"100.0 * ({num}) / ({den})", f"1.0 * ({num}) / ({den})"]


# ------------------------------------------------------------------------------------------ plumbing (star schema)
F = ("FROM fact_sales f JOIN dim_date d ON d.date_key = f.date_key JOIN dim_rep r ON r.rep_key = f.rep_key "
     "JOIN dim_product p ON p.prod_key = f.prod_key")
OK = "f.line_status <> 'CXL'"
Q4 = "d.yr = 2026 AND d.qtr = 4"


def sales(where: str) -> str:
    return f"(SELECT SUM(f.net_amt) {F} WHERE {OK} AND {where})"


TOPREPS = f"SELECT r.rep_nm, SUM(f.net_amt) {F} WHERE {OK} AND {Q4} GROUP BY r.rep_key ORDER BY SUM(f.net_amt) DESC"
NTOP = TOPREPS.replace("GROUP BY", "AND r.region = 'North' GROUP BY")
NQ4 = sales(f"{Q4} AND r.region = 'North'")


def yoy(region: str) -> tuple[str, list[str]]:
    """region sales this year vs last: full 2025 (reference) or 2025 to the same day"""
    base = f"{F} WHERE {OK} AND r.region = '{region}'"
    two = [f"SELECT d.yr, SUM(f.net_amt) {base} AND d.yr IN (2025, 2026) GROUP BY d.yr"]
    one = [f"SELECT SUM(CASE WHEN d.yr = 2026 THEN f.net_amt END), SUM(CASE WHEN d.yr = 2025 THEN f.net_amt END) {base}"]
    for cut in (20251126, 20251127):
        two.append(f"SELECT d.yr, SUM(f.net_amt) {base} AND (d.yr = 2026 OR d.yr = 2025 AND f.date_key <= {cut}) "
                   "GROUP BY d.yr")
        one.append(f"SELECT SUM(CASE WHEN d.yr = 2026 THEN f.net_amt END), "
                   f"SUM(CASE WHEN d.yr = 2025 AND f.date_key <= {cut} THEN f.net_amt END) {base}")
    return two[0], two[1:] + one


def yoy_pct(region: str) -> tuple[str, list[str]]:
    out = []
    for cut in (20251231, 20251126, 20251127):
        now, last = sales(f"d.yr = 2026 AND r.region = '{region}'"), \
            sales(f"d.yr = 2025 AND f.date_key <= {cut} AND r.region = '{region}'")
        out += [f"SELECT 100.0 * ({now} - {last}) / {last}", f"SELECT 1.0 * ({now} - {last}) / {last}",
                f"SELECT 100.0 * {now} / {last}"]
    return out[0], out[1:]


N_YOY, N_YOY_ACC = yoy("North")
N_PCT, N_PCT_ACC = yoy_pct("North")
S_PCT, S_PCT_ACC = yoy_pct("South")
S_YOY, S_YOY_ACC = yoy("South")

MARGIN = f"SELECT p.prod_line, SUM(f.net_amt) - SUM(f.cost_amt) {F} WHERE {OK} AND d.yr = 2026 GROUP BY p.prod_line"
MPCT = (f"SELECT p.prod_line, 100.0 * (SUM(f.net_amt) - SUM(f.cost_amt)) / SUM(f.net_amt) {F} WHERE {OK} "
        "AND d.yr = 2026 GROUP BY p.prod_line")
MFRAC = MPCT.replace("100.0 *", "1.0 *")
WORST = (f"SELECT p.prod_line {F} WHERE {OK} AND d.yr = 2026 GROUP BY p.prod_line "
         "ORDER BY (SUM(f.net_amt) - SUM(f.cost_amt)) / SUM(f.net_amt) LIMIT 1")

OCT = "d.yr = 2026 AND d.mth = 10"
TOP10_REV = f"SELECT p.prod_desc {F} WHERE {OK} AND {OCT} GROUP BY p.prod_key ORDER BY SUM(f.net_amt) DESC LIMIT 10"
TOP10_QTY = f"SELECT p.prod_desc {F} WHERE {OK} AND {OCT} GROUP BY p.prod_key ORDER BY SUM(f.qty) DESC LIMIT 10"
TOP_QTY_KEY = f"SELECT f.prod_key {F} WHERE {OK} AND {OCT} GROUP BY f.prod_key ORDER BY SUM(f.qty) DESC LIMIT 1"

TQ3 = f"SELECT r.terr_cd, SUM(f.net_amt) {F} WHERE {OK} AND d.yr = 2026 AND d.qtr = 3 GROUP BY r.terr_cd"
GROW = (f"SELECT r.terr_cd {F} WHERE {OK} AND d.qtr = 3 GROUP BY r.terr_cd "
        "ORDER BY 1.0 * SUM(CASE WHEN d.yr = 2026 THEN f.net_amt END) / SUM(CASE WHEN d.yr = 2025 THEN f.net_amt END) "
        "DESC LIMIT 1")
GROW_ABS = (f"SELECT r.terr_cd {F} WHERE {OK} AND d.qtr = 3 GROUP BY r.terr_cd "
            "ORDER BY COALESCE(SUM(CASE WHEN d.yr = 2026 THEN f.net_amt END), 0) "
            "- COALESCE(SUM(CASE WHEN d.yr = 2025 THEN f.net_amt END), 0) DESC LIMIT 1")

CXL26 = f"SELECT COUNT(DISTINCT f.order_no) {F} WHERE f.line_status = 'CXL' AND d.yr = 2026"
ALL26 = f"SELECT COUNT(DISTINCT f.order_no) {F} WHERE d.yr = 2026"

AOV = "SUM(f.net_amt) / COUNT(DISTINCT f.order_no)"
NAOV = f"{F} WHERE {OK} AND d.yr = 2026 AND r.region = 'North' GROUP BY d.mth"

NEWEST = "SELECT rep_key FROM dim_rep ORDER BY hire_dt DESC LIMIT 1"
Q4REP = f"SELECT r.rep_key, SUM(f.net_amt) AS s {F} WHERE {OK} AND {Q4} GROUP BY r.rep_key"

COMBI = "p.prod_line = 'Boilers' AND p.prod_desc LIKE '%Combi%'"

TOP5ACC = f"SELECT f.acct_nm {F} WHERE {OK} AND d.yr = 2026 GROUP BY f.acct_no ORDER BY SUM(f.net_amt) DESC LIMIT 5"
TOP5SHARE = [f"SELECT {x}" for x in pct_forms(
    f"SELECT SUM(s) FROM (SELECT SUM(f.net_amt) AS s {F} WHERE {OK} AND d.yr = 2026 GROUP BY f.acct_no "
    "ORDER BY s DESC LIMIT 5)", sales("d.yr = 2026")[1:-1])]
TOP1ACC = f"SELECT f.acct_no {F} WHERE {OK} AND d.yr = 2026 GROUP BY f.acct_no ORDER BY SUM(f.net_amt) DESC LIMIT 1"

PLUMBING = [
    conv("pl-1",
         ("top reps this qtr", TOPREPS, [TOPREPS + " LIMIT 3", TOPREPS + " LIMIT 5", TOPREPS + " LIMIT 10"]),
         ("ok just the north", NTOP, [NTOP + " LIMIT 3"]),
         ("whats each of them as a % of the north total",
          f"SELECT r.rep_nm, 100.0 * SUM(f.net_amt) / {NQ4} {F} WHERE {OK} AND {Q4} AND r.region = 'North' "
          "GROUP BY r.rep_key",
          [f"SELECT r.rep_nm, 1.0 * SUM(f.net_amt) / {NQ4} {F} WHERE {OK} AND {Q4} AND r.region = 'North' "
           "GROUP BY r.rep_key"]),
         ("why is dawn so low", D)),
    conv("pl-2",
         ("margin by product line this year", MARGIN, [MPCT, MFRAC]),
         ("whats that as a %", MPCT, [MFRAC]),
         ("which line is worst", WORST),
         ("and last year?", WORST.replace("d.yr = 2026", "d.yr = 2025"),
          [MPCT.replace("d.yr = 2026", "d.yr = 2025")]),
         ("whats the margin once the manufacturer rebates come in", D)),
    conv("pl-3",
         ("how did the north do vs last year", N_YOY, N_YOY_ACC),
         ("whats that as a %", N_PCT, N_PCT_ACC),
         ("and the south?", S_PCT, S_PCT_ACC + [S_YOY] + S_YOY_ACC),
         ("why's the north down", D)),
    conv("pl-4",
         ("top 10 products last month", TOP10_REV, [TOP10_QTY]),
         ("by units instead", TOP10_QTY),
         ("what line is the top one in", f"SELECT prod_line FROM dim_product WHERE prod_key = ({TOP_QTY_KEY})"),
         ("how many of those have we got in stock", D)),
    conv("pl-5",
         ("sales by terr q3", TQ3, [TQ3.replace("r.terr_cd", "r.terr_nm")]),
         ("which one grew most vs q3 last yr", GROW, [GROW_ABS]),
         ("who covers it", f"SELECT rep_nm FROM dim_rep WHERE terr_cd = ({GROW}) AND active_yn = 'Y'",
          [f"SELECT DISTINCT r.rep_nm {F} WHERE r.terr_cd = ({GROW}) AND d.yr = 2026 AND d.qtr = 3"]),
         ("whats their commission rate", D)),
    conv("pl-6",
         ("how many orders got cancelled this year", CXL26),
         ("whats that as a %", f"SELECT 100.0 * ({CXL26}) / ({ALL26})", [f"SELECT 1.0 * ({CXL26}) / ({ALL26})"]),
         ("which rep had the most",
          f"SELECT r.rep_nm {F} WHERE f.line_status = 'CXL' AND d.yr = 2026 GROUP BY r.rep_key "
          "ORDER BY COUNT(DISTINCT f.order_no) DESC LIMIT 1"),
         ("why were they cancelled", D)),
    conv("pl-7",
         ("avg order value by region this year",
          f"SELECT r.region, {AOV} {F} WHERE {OK} AND d.yr = 2026 GROUP BY r.region"),
         ("north by month", f"SELECT d.mth, {AOV} {NAOV}",
          [f"SELECT d.mth_nm, {AOV} {NAOV}", f"SELECT substr(d.cal_dt, 1, 7), {AOV} {NAOV}"]),
         ("which month was best", f"SELECT d.mth {NAOV} ORDER BY {AOV} DESC LIMIT 1",
          [f"SELECT d.mth_nm {NAOV} ORDER BY {AOV} DESC LIMIT 1",
           f"SELECT substr(d.cal_dt, 1, 7) {NAOV} ORDER BY {AOV} DESC LIMIT 1"])),
    conv("pl-8",
         ("who's our newest rep", "SELECT rep_nm FROM dim_rep ORDER BY hire_dt DESC LIMIT 1"),
         ("how's he doing this qtr", f"SELECT SUM(f.net_amt) {F} WHERE {OK} AND {Q4} AND f.rep_key = ({NEWEST})"),
         ("vs the team avg", f"SELECT AVG(s) FROM ({Q4REP})"),
         ("whats his quota", D)),
    conv("pl-9",
         ("combi boiler units by qtr this year",
          f"SELECT d.qtr, SUM(f.qty) {F} WHERE {OK} AND {COMBI} AND d.yr = 2026 GROUP BY d.qtr"),
         ("and last year",
          f"SELECT d.qtr, SUM(f.qty) {F} WHERE {OK} AND {COMBI} AND d.yr = 2025 GROUP BY d.qtr",
          [f"SELECT d.yr, d.qtr, SUM(f.qty) {F} WHERE {OK} AND {COMBI} AND d.yr IN (2025, 2026) GROUP BY d.yr, d.qtr"]),
         ("avg selling price on them this yr vs last",
          f"SELECT d.yr, SUM(f.net_amt) / SUM(f.qty) {F} WHERE {OK} AND {COMBI} AND d.yr IN (2025, 2026) GROUP BY d.yr",
          [f"SELECT d.yr, AVG(f.net_amt / f.qty) {F} WHERE {OK} AND {COMBI} AND d.yr IN (2025, 2026) GROUP BY d.yr"])),
    conv("pl-10",
         ("top 5 accounts ytd", TOP5ACC),
         ("how much of the total is that", TOP5SHARE[0], TOP5SHARE[1:]),
         ("whats their credit limit", D),
         ("who looks after the biggest one",
          f"SELECT DISTINCT r.rep_nm {F} WHERE f.acct_no = ({TOP1ACC}) AND d.yr = 2026")),
]

# ------------------------------------------------------------------------------------------ packaging (wide targets)
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
IA = "FROM sales_invoice i JOIN account a ON a.acct_id = i.acct_id"
NV = "i.void_flag = 0"


def tgt(months: list[str], t: str = "t") -> str:
    return " + ".join(f"COALESCE({t}.{m}_target, 0)" for m in months)


def act(since: str, before: str, extra: str = "") -> str:
    return (f"SELECT a.rep_code, SUM(i.amt) AS act {IA} WHERE {NV} {extra} AND i.inv_dt >= '{since}' "
            f"AND i.inv_dt < '{before}' GROUP BY a.rep_code")


def vs_target(cols: str, months: list[str], since: str, before: str, where: str = "", extra: str = "") -> str:
    return (f"SELECT {cols} FROM sales_rep s JOIN rep_target t ON t.rep_code = s.rep_code AND t.target_yr = 2026 "
            f"LEFT JOIN ({act(since, before, extra)}) x ON x.rep_code = s.rep_code "
            f"WHERE COALESCE(x.act, 0) < ({tgt(months)}) {where}")


YTD_N = (MONTHS[:11], "2026-01-01", "2027-01-01")        # to date, against the Jan-Nov targets
YTD_O = (MONTHS[:10], "2026-01-01", "2026-11-01")        # the completed months
GAP = "({T}) - COALESCE(x.act, 0)"


def behind_forms(cols_fn, where: str = "") -> tuple[str, list[str]]:
    out = []
    for ms, a, b in (YTD_N, YTD_O):
        for extra in ("", "AND i.inv_type = 'INV'"):
            for c in cols_fn(tgt(ms)):
                out.append(vs_target(c, ms, a, b, where, extra))
    return out[0], out[1:]


BEHIND, BEHIND_ACC = behind_forms(lambda T: ["s.rep_name"])
BY_HOW, BY_HOW_ACC = behind_forms(lambda T: [f"s.rep_name, ({T}) - COALESCE(x.act, 0)",
                                             f"s.rep_name, COALESCE(x.act, 0) - ({T})"])


def pct_cols(T):
    return [f"s.rep_name, 100.0 * (({T}) - COALESCE(x.act, 0)) / ({T})",
            f"s.rep_name, 100.0 * COALESCE(x.act, 0) / ({T})",
            f"s.rep_name, 1.0 * (({T}) - COALESCE(x.act, 0)) / ({T})",
            f"s.rep_name, 1.0 * COALESCE(x.act, 0) / ({T})",
            f"s.rep_name, 100.0 * (COALESCE(x.act, 0) - ({T})) / ({T})"]


BEH_PCT, BEH_PCT_ACC = behind_forms(pct_cols)
BEH_N, BEH_N_ACC = behind_forms(pct_cols, "AND s.region = 'North'")


def last_order(cut: str, kinds: str, never: bool) -> str:
    if never:
        return (f"SELECT a.acct_name FROM account a WHERE NOT EXISTS (SELECT 1 FROM sales_invoice i WHERE "
                f"i.acct_id = a.acct_id {kinds} AND i.inv_dt >= '{cut}')")
    return (f"SELECT a.acct_name {IA} WHERE 1 = 1 {kinds} GROUP BY a.acct_id HAVING MAX(i.inv_dt) < '{cut}'")


DORMANT = [last_order(cut, kinds, never) for never in (False, True) for cut in ("2026-04-01", "2026-03-01")
           for kinds in (f"AND i.inv_type = 'INV' AND {NV}", "AND i.inv_type = 'INV'", "")]
KEY_DORMANT = [s.replace("SELECT a.acct_name FROM account a WHERE ", "SELECT a.acct_name FROM account a WHERE "
                         "a.acct_size = 'KEY' AND ")
               .replace("WHERE 1 = 1", "WHERE a.acct_size = 'KEY'") for s in DORMANT]
KD_IDS = KEY_DORMANT[0].replace("SELECT a.acct_name", "SELECT a.acct_id", 1)

TM = " UNION ALL ".join(f"SELECT {i + 1} AS m, SUM({m}_target) AS tgt FROM rep_target WHERE target_yr = {{y}}"
                        for i, m in enumerate(MONTHS))
AM = (f"SELECT CAST(strftime('%m', i.inv_dt) AS INTEGER) AS m, SUM(i.amt) AS act FROM sales_invoice i WHERE {NV} "
      "AND i.inv_dt LIKE '{y}%' GROUP BY m")
SVT = f"SELECT t.m, a.act, t.tgt FROM ({TM}) t JOIN ({AM}) a ON a.m = t.m"
MISSED = f"SELECT t.m FROM ({TM}) t JOIN ({AM}) a ON a.m = t.m WHERE a.act < t.tgt"
MISSED_YM = f"SELECT '{{y}}-' || printf('%02d', t.m) FROM ({TM}) t JOIN ({AM}) a ON a.m = t.m WHERE a.act < t.tgt"

PQ4 = f"{IA} JOIN sales_rep s ON s.rep_code = a.rep_code WHERE {NV} AND i.inv_dt >= '2026-10-01'"
PTOP = f"SELECT s.rep_name, SUM(i.amt) {PQ4} GROUP BY s.rep_code ORDER BY SUM(i.amt) DESC"
PTOP_INV = f"SELECT s.rep_name, SUM(i.amt) {PQ4} AND i.inv_type = 'INV' GROUP BY s.rep_code ORDER BY SUM(i.amt) DESC"
TRACK = (f"SELECT s.rep_name, 100.0 * SUM(i.amt) / ({tgt(['oct', 'nov', 'dec'])}) {PQ4.replace('WHERE', 'JOIN rep_target t ON t.rep_code = s.rep_code AND t.target_yr = 2026 WHERE')} "
         "GROUP BY s.rep_code")
TRACK_ON = TRACK.replace(tgt(['oct', 'nov', 'dec']), tgt(['oct', 'nov']))
BOTTOM = (f"SELECT s.rep_name {PQ4.replace('WHERE', 'JOIN rep_target t ON t.rep_code = s.rep_code AND t.target_yr = 2026 WHERE')} "
          f"GROUP BY s.rep_code ORDER BY SUM(i.amt) / ({tgt(['oct', 'nov', 'dec'])}) LIMIT 1")
BOTTOM_ON = BOTTOM.replace(tgt(['oct', 'nov', 'dec']), tgt(['oct', 'nov']))

REG = f"SELECT a.region, SUM(i.amt) {IA} WHERE {NV} AND a.region IN ('North', 'South') AND i.inv_dt LIKE '{{y}}%' GROUP BY a.region"


def reg_sales(y: int, region: str | None = None) -> str:
    w = f" AND a.region = '{region}'" if region else ""
    return f"(SELECT SUM(i.amt) {IA} WHERE {NV} AND i.inv_dt LIKE '{y}%'{w})"


CRN = "FROM sales_invoice WHERE inv_type = 'CRN' AND inv_dt LIKE '2026%'"
GROSS = "(SELECT SUM(amt) FROM sales_invoice WHERE inv_type = 'INV' AND void_flag = 0 AND inv_dt LIKE '2026%')"
NET26 = "(SELECT SUM(amt) FROM sales_invoice WHERE void_flag = 0 AND inv_dt LIKE '2026%')"
CRNSUM = f"(SELECT SUM(amt) {CRN})"

NEWA = "SELECT acct_id FROM account WHERE opened_dt LIKE '2026%'"
JO_T = f"SELECT {' + '.join(m + '_target' for m in MONTHS)} FROM rep_target WHERE rep_code = 'PK01' AND target_yr = 2026"
JO_A = f"SELECT SUM(i.amt) {IA} WHERE {NV} AND a.rep_code = 'PK01' AND i.inv_dt LIKE '2026%'"
JO_T11 = f"SELECT {' + '.join(m + '_target' for m in MONTHS[:11])} FROM rep_target WHERE rep_code = 'PK01' AND target_yr = 2026"

PACKAGING = [
    conv("pk-1",
         ("who's behind target", BEHIND, BEHIND_ACC),
         ("by how much", BY_HOW, BY_HOW_ACC),
         ("what's that as a %", BEH_PCT, BEH_PCT_ACC),
         ("ok just the north", BEH_N, BEH_N_ACC)),
    conv("pk-2",
         ("which accounts haven't ordered since march", DORMANT[0], DORMANT[1:]),
         ("ok and just the big ones", KEY_DORMANT[0], KEY_DORMANT[1:]),
         ("who looks after them",
          f"SELECT DISTINCT s.rep_name FROM account a JOIN sales_rep s ON s.rep_code = a.rep_code "
          f"WHERE a.acct_id IN ({KD_IDS})"),
         ("what did they spend last year",
          f"SELECT a.acct_name, SUM(i.amt) {IA} WHERE {NV} AND i.inv_dt LIKE '2025%' AND a.acct_id IN ({KD_IDS}) "
          "GROUP BY a.acct_id"),
         ("why did they stop ordering", D)),
    conv("pk-3",
         ("sales vs target by month this year", SVT.format(y=2026),
          [f"SELECT a.act, t.tgt FROM ({TM}) t JOIN ({AM}) a ON a.m = t.m".format(y=2026),
           f"SELECT t.m, a.act, t.tgt FROM ({TM}) t LEFT JOIN ({AM}) a ON a.m = t.m".format(y=2026),
           f"SELECT a.act, t.tgt FROM ({TM}) t LEFT JOIN ({AM}) a ON a.m = t.m".format(y=2026)]),
         ("which months did we miss", MISSED.format(y=2026), [MISSED_YM.format(y=2026)]),
         ("what about last year", MISSED.format(y=2025), [MISSED_YM.format(y=2025)]),
         ("will we hit december", D)),
    conv("pk-4",
         ("top reps this qtr", PTOP, [PTOP + " LIMIT 3", PTOP + " LIMIT 5", PTOP + " LIMIT 10", PTOP_INV]),
         ("how are they tracking vs target", TRACK, [TRACK_ON, TRACK.replace("100.0 *", "1.0 *"),
                                                     TRACK_ON.replace("100.0 *", "1.0 *")]),
         ("flip it, who's bottom", BOTTOM, [BOTTOM_ON]),
         ("whats in their pipeline for december", D)),
    conv("pk-5",
         ("north vs south this year", REG.format(y=2026)),
         ("and last year", REG.format(y=2025)),
         ("what % of the total is the north",
          f"SELECT 100.0 * {reg_sales(2025, 'North')} / {reg_sales(2025)}",
          [f"SELECT 1.0 * {reg_sales(2025, 'North')} / {reg_sales(2025)}",
           f"SELECT 100.0 * {reg_sales(2026, 'North')} / {reg_sales(2026)}",
           f"SELECT 1.0 * {reg_sales(2026, 'North')} / {reg_sales(2026)}"]),
         ("how many accounts in each",
          "SELECT region, COUNT(*) FROM account WHERE region IN ('North', 'South') GROUP BY region",
          ["SELECT region, COUNT(*) FROM account GROUP BY region"])),
    conv("pk-6",
         ("how many credit notes this year", f"SELECT COUNT(*) {CRN}"),
         ("whats the total value", f"SELECT SUM(amt) {CRN}", [f"SELECT -SUM(amt) {CRN}"]),
         ("what's that as a % of sales", f"SELECT -100.0 * {CRNSUM} / {GROSS}",
          [f"SELECT 100.0 * {CRNSUM} / {GROSS}", f"SELECT -100.0 * {CRNSUM} / {NET26}",
           f"SELECT 100.0 * {CRNSUM} / {NET26}", f"SELECT -1.0 * {CRNSUM} / {GROSS}",
           f"SELECT -1.0 * {CRNSUM} / {NET26}"]),
         ("what's the main reason for them", D)),
    conv("pk-7",
         ("how many new accounts this year", "SELECT COUNT(*) FROM account WHERE opened_dt LIKE '2026%'"),
         ("how many have actually ordered",
          f"SELECT COUNT(DISTINCT i.acct_id) FROM sales_invoice i WHERE i.inv_type = 'INV' AND i.acct_id IN ({NEWA})",
          [f"SELECT COUNT(DISTINCT i.acct_id) FROM sales_invoice i WHERE i.inv_type = 'INV' AND {NV} "
           f"AND i.acct_id IN ({NEWA})"]),
         ("whats their spend so far", f"SELECT SUM(i.amt) FROM sales_invoice i WHERE {NV} AND i.acct_id IN ({NEWA})",
          [f"SELECT a.acct_name, SUM(i.amt) {IA} WHERE {NV} AND a.opened_dt LIKE '2026%' GROUP BY a.acct_id"]),
         ("how many did each rep bring in",
          "SELECT s.rep_name, COUNT(*) FROM account a JOIN sales_rep s ON s.rep_code = a.rep_code "
          "WHERE a.opened_dt LIKE '2026%' GROUP BY s.rep_code")),
    conv("pk-8",
         ("what's jo's target for next year", D),
         ("and this year", JO_T),
         ("how much has she done so far", JO_A),
         ("what's that as a %", f"SELECT 100.0 * ({JO_A}) / ({JO_T})",
          [f"SELECT 1.0 * ({JO_A}) / ({JO_T})", f"SELECT 100.0 * ({JO_A}) / ({JO_T11})",
           f"SELECT 1.0 * ({JO_A}) / ({JO_T11})"])),
    conv("pk-9",
         ("avg invoice value by account size",
          f"SELECT a.acct_size, AVG(i.amt) {IA} WHERE i.inv_type = 'INV' AND {NV} GROUP BY a.acct_size"),
         ("just key accounts, by region",
          f"SELECT a.region, AVG(i.amt) {IA} WHERE i.inv_type = 'INV' AND {NV} AND a.acct_size = 'KEY' "
          "GROUP BY a.region"),
         ("what payment terms are the key accounts on", D)),
]

# ------------------------------------------------------------------------------------------ PPE quotes (status history)
CUR = ("SELECT h.quote_no, h.status_cd, h.status_ts FROM quote_status_hist h WHERE h.status_ts = "
       "(SELECT MAX(h2.status_ts) FROM quote_status_hist h2 WHERE h2.quote_no = h.quote_no)")
QC = f"FROM quotes q JOIN ({CUR}) c ON c.quote_no = q.quote_no JOIN salespeople sp ON sp.sp_id = q.sp_id"
IN_Q4 = "c.status_ts >= '2026-10-01'"
WON = "SUM(c.status_cd = 'WON')"


BASES = (("SUM(c.status_cd IN ('WON', 'LOST'))", f"c.status_cd IN ('WON', 'LOST') AND {IN_Q4}"),
         ("SUM(c.status_cd IN ('WON', 'LOST', 'EXPIRED'))", f"c.status_cd IN ('WON', 'LOST', 'EXPIRED') AND {IN_Q4}"),
         ("SUM(c.status_cd IN ('WON', 'LOST'))", "c.status_cd IN ('WON', 'LOST') AND q.created_dt >= '2026-10-01'"))
WR_ALL = [f"SELECT {k} * {WON} / {den} {QC} WHERE {w}" for den, w in BASES for k in ("100.0", "1.0")]
WR, WR_ACC = WR_ALL[0], WR_ALL[1:]
WR_REP_ALL = [f"SELECT sp.sp_name, {k} * {WON} / {den} {QC} WHERE {w} GROUP BY q.sp_id"
              for den, w in BASES for k in ("100.0", "1.0")]
WR_REP, WR_REP_ACC = WR_REP_ALL[0], WR_REP_ALL[1:]
WR_BEST_ALL = [f"SELECT sp.sp_name {QC} WHERE {w} GROUP BY q.sp_id ORDER BY 1.0 * {WON} / {den} DESC LIMIT 1"
               for den, w in BASES]
WR_BEST, WR_BEST_ACC = WR_BEST_ALL[0], WR_BEST_ALL[1:]

OPEN = "c.status_cd IN ('SENT', 'NEGO')"
PIPE = f"SELECT sp.sp_name, SUM(q.quote_amt) {QC} WHERE {OPEN} GROUP BY q.sp_id"
PIPE_D = PIPE.replace(OPEN, "c.status_cd IN ('DRAFT', 'SENT', 'NEGO')")
OLDEST = f"SELECT q.quote_no {QC} WHERE {OPEN} AND q.quote_amt > 20000 ORDER BY q.created_dt LIMIT 1"

SENT_OCT = "SELECT DISTINCT quote_no FROM quote_status_hist WHERE status_cd = 'SENT' AND status_ts LIKE '2026-10%'"
SENT_WON = f"SELECT COUNT(*) {QC} WHERE c.status_cd = 'WON' AND q.quote_no IN ({SENT_OCT})"
TS = "(SELECT {f}(status_ts) FROM quote_status_hist x WHERE x.quote_no = q.quote_no AND x.status_cd = '{s}')"
DAYS = (f"SELECT AVG(julianday({TS.format(f='MAX', s='WON')}) - julianday({TS.format(f='MIN', s='SENT')})) "
        f"{QC} WHERE c.status_cd = 'WON' AND q.quote_no IN ({SENT_OCT})")
DAYS_D = (f"SELECT AVG(julianday(DATE({TS.format(f='MAX', s='WON')})) - julianday(DATE({TS.format(f='MIN', s='SENT')}))) "
          f"{QC} WHERE c.status_cd = 'WON' AND q.quote_no IN ({SENT_OCT})")


def won_margin(yr: int, form: str, basis: str) -> str:
    w = f"c.status_ts LIKE '{yr}%'" if basis == "won" else f"q.created_dt LIKE '{yr}%'"
    return f"SELECT q.prod_line, {form} {QC} WHERE c.status_cd = 'WON' AND {w} GROUP BY q.prod_line"


MFORMS = ["SUM(q.quote_amt * q.est_margin_pct) / SUM(q.quote_amt)", "AVG(q.est_margin_pct)",
          "SUM(q.quote_amt * q.est_margin_pct / 100)"]
WM = [won_margin(2026, f, b) for b in ("won", "created") for f in MFORMS]


def lowest(yr: int) -> list[str]:
    return [won_margin(yr, "1", b).replace("SELECT q.prod_line, 1", "SELECT q.prod_line") + f" ORDER BY {f} LIMIT 1"
            for b in ("won", "created") for f in MFORMS[:2]]


STUCK = [f"SELECT q.quote_no {QC} WHERE c.status_cd = 'NEGO' AND c.status_ts < '{cut}'"
         for cut in ("2026-10-28", "2026-10-27 17:30:00", "2026-10-27")]
STUCK_IDS = STUCK[0]

TOPCUST = (f"SELECT cu.CustName {QC} JOIN customers cu ON cu.CustID = q.cust_id WHERE c.status_cd = 'WON' "
           "AND c.status_ts LIKE '2026%' GROUP BY q.cust_id ORDER BY SUM(q.quote_amt) DESC LIMIT 10")
TOPCUST_C = TOPCUST.replace("c.status_ts LIKE '2026%'", "q.created_dt LIKE '2026%'")

EXP26 = f"{QC} WHERE c.status_cd = 'EXPIRED' AND c.status_ts LIKE '2026%'"
EXP_TOP = f"SELECT q.sp_id {EXP26} GROUP BY q.sp_id ORDER BY COUNT(*) DESC LIMIT 1"
EXP_PCT = (f"SELECT 100.0 * SUM(c.status_cd = 'EXPIRED') / COUNT(*) {QC} WHERE q.created_dt LIKE '2026%' "
           f"AND q.sp_id = ({EXP_TOP})")
EXP_PCT2 = (f"SELECT 100.0 * (SELECT COUNT(*) {EXP26} AND q.sp_id = ({EXP_TOP})) / "
            f"(SELECT COUNT(*) FROM quotes WHERE created_dt LIKE '2026%' AND sp_id = ({EXP_TOP}))")

QCC = f"{QC} JOIN customers cu ON cu.CustID = q.cust_id"
SENDTIME = "(julianday({s}) - julianday({d}))".format(s=TS.format(f="MIN", s="SENT"), d=TS.format(f="MIN", s="DRAFT"))
SLOW = f"SELECT sp.sp_name FROM quotes q JOIN salespeople sp ON sp.sp_id = q.sp_id GROUP BY q.sp_id ORDER BY AVG({SENDTIME}) DESC LIMIT 1"

PPE_QUOTES = [
    conv("qt-1",
         ("win rate this qtr", WR, WR_ACC),
         ("by rep", WR_REP, WR_REP_ACC),
         ("why are we losing so many", D),
         ("who's best", WR_BEST, WR_BEST_ACC)),
    conv("qt-2",
         ("open pipeline by rep", PIPE, [PIPE_D]),
         ("just the ones over 20k", PIPE.replace("GROUP BY", "AND q.quote_amt > 20000 GROUP BY"),
          [PIPE_D.replace("GROUP BY", "AND q.quote_amt > 20000 GROUP BY")]),
         ("which is the oldest", OLDEST),
         ("when did it last move", f"SELECT c.status_ts {QC} WHERE q.quote_no = ({OLDEST})",
          [f"SELECT DATE(c.status_ts) {QC} WHERE q.quote_no = ({OLDEST})"]),
         ("what discount did we give them on it", D)),
    conv("qt-3",
         ("how many quotes did we send last month", f"SELECT COUNT(*) FROM ({SENT_OCT})"),
         ("how many of those have been won", SENT_WON),
         ("as a %", f"SELECT 100.0 * ({SENT_WON}) / (SELECT COUNT(*) FROM ({SENT_OCT}))",
          [f"SELECT 1.0 * ({SENT_WON}) / (SELECT COUNT(*) FROM ({SENT_OCT}))"]),
         ("avg days from sent to won on those", DAYS,
          [DAYS_D])),
    conv("qt-4",
         ("margin by product line on what we won this year", WM[0], WM[1:]),
         ("which line is lowest", lowest(2026)[0], lowest(2026)[1:]),
         ("and last year?", lowest(2025)[0], lowest(2025)[1:] + [won_margin(2025, f, "won") for f in MFORMS[:2]])),
    conv("qt-5",
         ("quotes stuck in negotiating for more than 30 days", STUCK[0], STUCK[1:]),
         ("who owns them",
          f"SELECT DISTINCT sp.sp_name {QC} WHERE q.quote_no IN ({STUCK_IDS})"),
         ("whats the total value", f"SELECT SUM(q.quote_amt) {QC} WHERE c.status_cd = 'NEGO' AND c.status_ts < '2026-10-28'",
          [s.replace("SELECT q.quote_no", "SELECT SUM(q.quote_amt)") for s in STUCK[1:]]),
         ("what are the odds they close", D)),
    conv("qt-6",
         ("top 10 customers by won value this year", TOPCUST, [TOPCUST_C]),
         ("what sector are they in",
          f"SELECT CustName, Sector FROM customers WHERE CustName IN ({TOPCUST})",
          [f"SELECT CustName, Sector FROM customers WHERE CustName IN ({TOPCUST_C})"]),
         ("how many are tier A", f"SELECT COUNT(*) FROM customers WHERE Tier = 'A' AND CustName IN ({TOPCUST})",
          [f"SELECT COUNT(*) FROM customers WHERE Tier = 'A' AND CustName IN ({TOPCUST_C})"]),
         ("what are they buying from competitors", D)),
    conv("qt-7",
         ("how many quotes expired this year", f"SELECT COUNT(*) {EXP26}"),
         ("which rep lets the most expire", f"SELECT sp.sp_name {EXP26} GROUP BY q.sp_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's that as a % of their quotes", EXP_PCT, [EXP_PCT2]),
         ("how many of this year's expiries did the system do automatically",
          "SELECT COUNT(*) FROM quote_status_hist WHERE status_cd = 'EXPIRED' AND changed_by = 'system' "
          "AND status_ts LIKE '2026%'")),
    conv("qt-8",
         ("avg quote size by sector", f"SELECT cu.Sector, AVG(q.quote_amt) {QCC} GROUP BY cu.Sector"),
         ("won ones only", f"SELECT cu.Sector, AVG(q.quote_amt) {QCC} WHERE c.status_cd = 'WON' GROUP BY cu.Sector"),
         ("healthcare by qtr this year",
          f"SELECT (CAST(strftime('%m', c.status_ts) AS INTEGER) + 2) / 3 AS qtr, AVG(q.quote_amt) {QCC} "
          "WHERE c.status_cd = 'WON' AND cu.Sector = 'Healthcare' AND c.status_ts LIKE '2026%' GROUP BY qtr",
          [f"SELECT (CAST(strftime('%m', q.created_dt) AS INTEGER) + 2) / 3 AS qtr, AVG(q.quote_amt) {QCC} "
           "WHERE c.status_cd = 'WON' AND cu.Sector = 'Healthcare' AND q.created_dt LIKE '2026%' GROUP BY qtr"])),
    conv("qt-9",
         ("how long do quotes take to go out on average",
          f"SELECT AVG({SENDTIME}) FROM quotes q", [f"SELECT AVG(24 * {SENDTIME}) FROM quotes q"]),
         ("which rep is slowest", SLOW),
         ("which competitor are we losing to most", D)),
]

SETS = {"plumbing": PLUMBING, "packaging": PACKAGING, "ppe_quotes": PPE_QUOTES}
