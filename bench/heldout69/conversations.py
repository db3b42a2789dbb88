"""heldout69: a finance controller's conversations over three spend/payables databases, written
before the engine was run on them. Each turn: question, reference SQL (SQLite), optional `accept`
(other SQL that also answers), or None when the data does not hold the answer (a round to decline).

Conventions the references follow: the fiscal year starts on 1 April and is named by the year it
ends in (FY24 = 2023-04-01 .. 2024-03-31; the other reading, the year it starts in, is in `accept`
where the database has no calendar table to settle it); "last fiscal year" is FY26 (today is in
FY27); spend is net of credit notes and leaves out void / cancelled documents; spend in the shipyard
ledger is in GBP at the month's rate in FxRate."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ shipyard
FX = "FROM ledger l JOIN FxRate f ON f.RateMonth = substr(l.post_dt, 1, 7) AND f.Ccy = l.ccy"
GBP = "l.amt_lcl * f.GbpPerUnit"
JS = "JOIN suppliers s ON s.sup_cd = l.sup_cd"
JC = "JOIN categories c ON c.cat_cd = s.cat_cd"
OK = "l.status = 'POSTED'"
LFY = "l.post_dt BETWEEN '2025-04-01' AND '2026-03-31'"      # last fiscal year, FY26
PFY = "l.post_dt BETWEEN '2024-04-01' AND '2025-03-31'"      # FY25
FY24 = "l.post_dt BETWEEN '2023-04-01' AND '2024-03-31'"
FY24B = PFY                                                   # FY24 read as the year starting April 2024
FQ = ("CASE WHEN CAST(substr(l.post_dt, 6, 2) AS INT) BETWEEN 4 AND 6 THEN 'Q1' "
      "WHEN CAST(substr(l.post_dt, 6, 2) AS INT) BETWEEN 7 AND 9 THEN 'Q2' "
      "WHEN CAST(substr(l.post_dt, 6, 2) AS INT) BETWEEN 10 AND 12 THEN 'Q3' ELSE 'Q4' END")
Q2 = "l.post_dt BETWEEN '2025-07-01' AND '2025-09-30'"
Q3 = "l.post_dt BETWEEN '2025-10-01' AND '2025-12-31'"


def sy_share(where: str, k: int = 3, pct: float = 100.0) -> str:
    return (f"SELECT {pct} * (SELECT SUM(sp) FROM (SELECT SUM({GBP}) AS sp {FX} WHERE {where} GROUP BY l.sup_cd "
            f"ORDER BY sp DESC LIMIT {k})) / (SELECT SUM({GBP}) {FX} WHERE {where})")


def sy_top(where: str, k: int, col: str = "s.sup_nm") -> str:
    return f"SELECT {col} {FX} {JS} WHERE {where} GROUP BY {col} ORDER BY SUM({GBP}) DESC LIMIT {k}"


def sy_qcmp(where: str) -> list[str]:
    q2 = f"(SELECT SUM({GBP}) {FX} {JS} {JC} WHERE {where} AND {Q2})"
    q3 = f"(SELECT SUM({GBP}) {FX} {JS} {JC} WHERE {where} AND {Q3})"
    return [f"SELECT 100.0 * ({q3} - {q2}) / {q2}",
            f"SELECT {q3} - {q2}", f"SELECT {q2} AS q2, {q3} AS q3",
            f"SELECT {FQ} AS fq, SUM({GBP}) {FX} {JS} {JC} WHERE {where} AND l.post_dt BETWEEN '2025-07-01' AND "
            f"'2025-12-31' GROUP BY fq"]


KONG = "s.sup_nm = 'Kongsvik Propulsion AS'"
TYNE = "s.sup_nm = 'Tyne Steel Fabrications'"
NOR = "SELECT sup_cd FROM suppliers WHERE ctry = 'NO'"
STEEL_Q = sy_qcmp(f"{OK} AND c.cat_desc = 'Steel & Plate'")
ALL_Q = sy_qcmp(OK)

SHIPYARD = [
    conv("sy-1",
         ("spend by supplier last fiscal year",
          f"SELECT s.sup_nm, SUM({GBP}) AS spend_gbp {FX} {JS} WHERE {OK} AND {LFY} GROUP BY s.sup_nm",
          [f"SELECT l.sup_cd, SUM({GBP}) AS spend_gbp {FX} WHERE {OK} AND {LFY} GROUP BY l.sup_cd"]),
         ("which were the top 5?", sy_top(f"{OK} AND {LFY}", 5),
          [sy_top(f"{OK} AND {LFY}", 5, "l.sup_cd")]),
         ("what share of spend went to the top 3?", sy_share(f"{OK} AND {LFY}"),
          [sy_share(f"{OK} AND {LFY}", pct=1.0)]),
         ("does that include credit notes? what's the share on invoices alone?",
          sy_share(f"{OK} AND {LFY} AND l.doc_typ = 'INV'"),
          [sy_share(f"{OK} AND {LFY} AND l.doc_typ = 'INV'", pct=1.0)])),
    conv("sy-2",
         ("top 5 suppliers by spend in FY24", sy_top(f"{OK} AND {FY24}", 5),
          [sy_top(f"{OK} AND {FY24B}", 5)]),
         ("and for the IT category?", sy_top(f"{OK} AND {FY24} AND c.cat_cd = 'IT'", 5).replace(JS, f"{JS} {JC}"),
          [sy_top(f"{OK} AND {FY24B} AND c.cat_cd = 'IT'", 5).replace(JS, f"{JS} {JC}")]),
         ("what was total IT spend that year?",
          f"SELECT SUM({GBP}) {FX} {JS} WHERE {OK} AND {FY24} AND s.cat_cd = 'IT'",
          [f"SELECT SUM({GBP}) {FX} {JS} WHERE {OK} AND {FY24B} AND s.cat_cd = 'IT'"]),
         ("what was the IT budget for FY24?", D)),
    conv("sy-3",
         ("How much did we spend in EUR last fiscal year, converted to GBP?",
          f"SELECT SUM({GBP}) {FX} WHERE {OK} AND {LFY} AND l.ccy = 'EUR'"),
         ("and in USD?", f"SELECT SUM({GBP}) {FX} WHERE {OK} AND {LFY} AND l.ccy = 'USD'"),
         ("which month had the highest EUR spend in GBP terms?",
          f"SELECT substr(l.post_dt, 1, 7) AS mon {FX} WHERE {OK} AND {LFY} AND l.ccy = 'EUR' GROUP BY mon "
          f"ORDER BY SUM({GBP}) DESC LIMIT 1"),
         ("how much did our FX hedges save us that year?", D)),
    conv("sy-4",
         ("How many credit notes did we receive in FY25?",
          f"SELECT COUNT(*) FROM ledger l WHERE l.doc_typ = 'CRN' AND {OK} AND {PFY}",
          [f"SELECT COUNT(*) FROM ledger l WHERE l.doc_typ = 'CRN' AND {OK} AND {LFY}"]),
         ("what's their total value in GBP?",
          f"SELECT SUM({GBP}) {FX} WHERE l.doc_typ = 'CRN' AND {OK} AND {PFY}",
          [f"SELECT -SUM({GBP}) {FX} WHERE l.doc_typ = 'CRN' AND {OK} AND {PFY}",
           f"SELECT SUM({GBP}) {FX} WHERE l.doc_typ = 'CRN' AND {OK} AND {LFY}",
           f"SELECT -SUM({GBP}) {FX} WHERE l.doc_typ = 'CRN' AND {OK} AND {LFY}"]),
         ("which supplier issued the most of them?",
          f"SELECT s.sup_nm FROM ledger l {JS} WHERE l.doc_typ = 'CRN' AND {OK} AND {PFY} GROUP BY s.sup_nm "
          f"ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what were the reasons given for them?", D)),
    conv("sy-5",
         ("spend by fiscal quarter last fiscal year",
          f"SELECT {FQ} AS fq, SUM({GBP}) {FX} WHERE {OK} AND {LFY} GROUP BY fq"),
         ("how did Q3 compare with Q2?", ALL_Q[0], ALL_Q[1:]),
         ("which category drove the change?",
          f"SELECT c.cat_desc {FX} {JS} {JC} WHERE {OK} AND l.post_dt BETWEEN '2025-07-01' AND '2025-12-31' "
          f"GROUP BY c.cat_desc ORDER BY SUM(CASE WHEN {Q3} THEN {GBP} ELSE -{GBP} END) DESC LIMIT 1"),
         ("and for the steel category, how did Q3 compare with Q2?", STEEL_Q[0], STEEL_Q[1:])),
    conv("sy-6",
         ("How many suppliers are based in Norway?", "SELECT COUNT(*) FROM suppliers WHERE ctry = 'NO'"),
         ("what did we spend with them last fiscal year in GBP?",
          f"SELECT SUM({GBP}) {FX} WHERE {OK} AND {LFY} AND l.sup_cd IN ({NOR})"),
         ("and the year before?", f"SELECT SUM({GBP}) {FX} WHERE {OK} AND {PFY} AND l.sup_cd IN ({NOR})"),
         ("what payment terms do they have?", D)),
    conv("sy-7",
         ("Show me monthly spend with Kongsvik Propulsion over the last fiscal year, in GBP",
          f"SELECT substr(l.post_dt, 1, 7) AS mon, SUM({GBP}) {FX} {JS} WHERE {OK} AND {LFY} AND {KONG} GROUP BY mon"),
         ("what's the biggest single invoice from them?",
          f"SELECT l.doc_no FROM ledger l {JS} WHERE {KONG} AND l.doc_typ = 'INV' AND {OK} ORDER BY l.amt_lcl DESC LIMIT 1"),
         ("now Tyne Steel Fabrications, same monthly view",
          f"SELECT substr(l.post_dt, 1, 7) AS mon, SUM({GBP}) {FX} {JS} WHERE {OK} AND {LFY} AND {TYNE} GROUP BY mon",
          [f"SELECT substr(l.post_dt, 1, 7) AS mon, SUM(l.amt_lcl) FROM ledger l {JS} WHERE {OK} AND {LFY} AND {TYNE} "
           f"GROUP BY mon"]),
         ("when did we last post an invoice from them?",
          f"SELECT MAX(l.post_dt) FROM ledger l {JS} WHERE {TYNE} AND l.doc_typ = 'INV' AND {OK}")),
    conv("sy-8",
         ("spend by cost centre in FY25",
          f"SELECT l.cost_ctr, SUM({GBP}) {FX} WHERE {OK} AND {PFY} GROUP BY l.cost_ctr",
          [f"SELECT l.cost_ctr, SUM({GBP}) {FX} WHERE {OK} AND {PFY} AND l.cost_ctr IS NOT NULL GROUP BY l.cost_ctr"]),
         ("which cost centre spent the most on consulting?",
          f"SELECT l.cost_ctr {FX} {JS} WHERE {OK} AND {PFY} AND s.cat_cd = 'CON' AND l.cost_ctr IS NOT NULL "
          f"GROUP BY l.cost_ctr ORDER BY SUM({GBP}) DESC LIMIT 1"),
         ("who is the budget holder for it?", D)),
]

# ------------------------------------------------------------------------------------------ zoo
PV = "(SELECT po_number, SUM(qty * CAST(unit_price AS REAL)) AS val FROM po_lines GROUP BY po_number)"
LAST_APP = ("(SELECT a.po_number, a.appr_status, a.approver, a.status_ts FROM approvals a WHERE a.status_ts = "
            "(SELECT MAX(b.status_ts) FROM approvals b WHERE b.po_number = a.po_number))")
WENT = "p.POStatus IN ('Issued', 'Received', 'Closed')"
LIVE = "p.POStatus <> 'Cancelled'"
UNAPP = (f"FROM PurchaseOrders p JOIN {PV} v ON v.po_number = p.PONumber LEFT JOIN {LAST_APP} la "
         f"ON la.po_number = p.PONumber WHERE {WENT} AND v.val > 10000 AND COALESCE(la.appr_status, '') <> 'APPROVED'")
ZS = f"FROM PurchaseOrders p JOIN {PV} v ON v.po_number = p.PONumber JOIN Suppliers s ON s.SupplierID = p.SupplierID"
ZLFY = "p.OrderDate BETWEEN '2025-04-01' AND '2026-03-31'"
ZPFY = "p.OrderDate BETWEEN '2024-04-01' AND '2025-03-31'"
ZFY24 = "p.OrderDate BETWEEN '2023-04-01' AND '2024-03-31'"
ZCUR = "p.OrderDate >= '2026-04-01'"
ZFQ = FQ.replace("l.post_dt", "p.OrderDate")
ZQ2 = "p.OrderDate BETWEEN '2025-07-01' AND '2025-09-30'"
ZQ3 = "p.OrderDate BETWEEN '2025-10-01' AND '2025-12-31'"
ZQ2B = "p.OrderDate BETWEEN '2026-07-01' AND '2026-09-30'"
ZQ3B = "p.OrderDate BETWEEN '2026-10-01' AND '2026-12-31'"


def zo_share(where: str, pct: float = 100.0) -> str:
    return (f"SELECT {pct} * (SELECT SUM(sp) FROM (SELECT SUM(v.val) AS sp {ZS} WHERE {where} GROUP BY s.SupplierID "
            f"ORDER BY sp DESC LIMIT 3)) / (SELECT SUM(v.val) {ZS} WHERE {where})")


def zo_cmp(q2: str, q3: str, where: str = LIVE) -> list[str]:
    a = f"(SELECT SUM(v.val) {ZS} WHERE {where} AND {q2})"
    b = f"(SELECT SUM(v.val) {ZS} WHERE {where} AND {q3})"
    return [f"SELECT 100.0 * ({b} - {a}) / {a}", f"SELECT {b} - {a}", f"SELECT {a} AS q2, {b} AS q3"]


HAY = "l.item_desc LIKE 'Hay bale%'"
ZH = ("FROM po_lines l JOIN PurchaseOrders p ON p.PONumber = l.po_number "
      "JOIN Suppliers s ON s.SupplierID = p.SupplierID")
BIG = f"SELECT p.PONumber {ZS} WHERE {LIVE} AND {ZCUR} ORDER BY v.val DESC LIMIT 1"
PEND = f"FROM PurchaseOrders p JOIN {LAST_APP} la ON la.po_number = p.PONumber WHERE la.appr_status = 'SUBMITTED' AND {LIVE}"
FIRST_SUB = "(SELECT MIN(status_ts) FROM approvals b WHERE b.po_number = la.po_number AND b.appr_status = 'SUBMITTED')"
LAST_SUB = ("(SELECT MAX(status_ts) FROM approvals b WHERE b.po_number = la.po_number AND b.appr_status = 'SUBMITTED' "
            "AND b.status_ts < la.status_ts)")
APPD = f"FROM {LAST_APP} la JOIN PurchaseOrders p ON p.PONumber = la.po_number WHERE la.appr_status = 'APPROVED'"
REJ = f"FROM PurchaseOrders p JOIN {LAST_APP} la ON la.po_number = p.PONumber WHERE la.appr_status = 'REJECTED' AND {ZLFY}"
REJ_ANY = ("FROM PurchaseOrders p WHERE p.PONumber IN (SELECT po_number FROM approvals WHERE appr_status = 'REJECTED') "
           f"AND {ZLFY}")
ITQ = f"{LIVE} AND {ZLFY} AND s.Category = 'IT'"
Z_Q = zo_cmp(ZQ2, ZQ3)
Z_QB = zo_cmp(ZQ2B, ZQ3B)

ZOO = [
    conv("zo-1",
         ("how many POs over 10k went through without approval?", f"SELECT COUNT(*) {UNAPP}",
          [f"SELECT COUNT(*) {UNAPP.replace(WENT, '1 = 1')}"]),
         ("which suppliers were they with?",
          f"SELECT DISTINCT s.SupplierName FROM Suppliers s WHERE s.SupplierID IN (SELECT p.SupplierID {UNAPP})"),
         ("what's their total value?", f"SELECT SUM(v.val) {UNAPP}"),
         ("who raised them?", f"SELECT DISTINCT p.RaisedBy {UNAPP}"),
         ("why did nobody sign them off?", D)),
    conv("zo-2",
         ("top 5 suppliers by spend in FY24",
          f"SELECT s.SupplierName {ZS} WHERE {LIVE} AND {ZFY24} GROUP BY s.SupplierName ORDER BY SUM(v.val) DESC LIMIT 5",
          [f"SELECT s.SupplierName {ZS} WHERE {LIVE} AND {ZPFY} GROUP BY s.SupplierName ORDER BY SUM(v.val) DESC LIMIT 5"]),
         ("what share of spend went to the top 3?", zo_share(f"{LIVE} AND {ZFY24}"),
          [zo_share(f"{LIVE} AND {ZFY24}", 1.0), zo_share(f"{LIVE} AND {ZPFY}"), zo_share(f"{LIVE} AND {ZPFY}", 1.0)]),
         ("and for the Veterinary department?", zo_share(f"{LIVE} AND {ZFY24} AND p.Dept = 'Veterinary'"),
          [zo_share(f"{LIVE} AND {ZFY24} AND p.Dept = 'Veterinary'", 1.0),
           zo_share(f"{LIVE} AND {ZPFY} AND p.Dept = 'Veterinary'"),
           zo_share(f"{LIVE} AND {ZPFY} AND p.Dept = 'Veterinary'", 1.0)]),
         ("how much did we save against the quoted prices?", D)),
    conv("zo-3",
         ("how many POs are currently waiting for approval?", f"SELECT COUNT(*) {PEND}",
          ["SELECT COUNT(*) FROM PurchaseOrders WHERE POStatus = 'Pending'"]),
         ("which is the oldest of them?", f"SELECT p.PONumber {PEND} ORDER BY p.OrderDate LIMIT 1"),
         ("how long on average does approval take?",
          f"SELECT AVG(julianday(la.status_ts) - julianday({FIRST_SUB})) {APPD}",
          [f"SELECT AVG(julianday(la.status_ts) - julianday({LAST_SUB})) {APPD}",
           f"SELECT AVG(julianday(la.status_ts) - julianday(p.OrderDate)) {APPD}",
           f"SELECT AVG(julianday(date(la.status_ts)) - julianday(p.OrderDate)) {APPD}",
           f"SELECT 24 * AVG(julianday(la.status_ts) - julianday({FIRST_SUB})) {APPD}"]),
         ("which approver is the slowest?",
          f"SELECT la.approver {APPD} GROUP BY la.approver "
          f"ORDER BY AVG(julianday(la.status_ts) - julianday({FIRST_SUB})) DESC LIMIT 1")),
    conv("zo-4",
         ("spend by department last fiscal year",
          f"SELECT p.Dept, SUM(v.val) {ZS} WHERE {LIVE} AND {ZLFY} GROUP BY p.Dept"),
         ("and for the IT category?", f"SELECT p.Dept, SUM(v.val) {ZS} WHERE {ITQ} GROUP BY p.Dept",
          [f"SELECT SUM(v.val) {ZS} WHERE {ITQ}"]),
         ("what were the three biggest IT orders?",
          f"SELECT p.PONumber {ZS} WHERE {ITQ} ORDER BY v.val DESC LIMIT 3"),
         ("what was on the biggest one?",
          f"SELECT l.item_desc, l.qty, l.unit_price FROM po_lines l WHERE l.po_number = "
          f"(SELECT p.PONumber {ZS} WHERE {ITQ} ORDER BY v.val DESC LIMIT 1)")),
    conv("zo-5",
         ("PO spend by fiscal quarter in FY26",
          f"SELECT {ZFQ} AS fq, SUM(v.val) {ZS} WHERE {LIVE} AND {ZLFY} GROUP BY fq",
          [f"SELECT {ZFQ} AS fq, SUM(v.val) {ZS} WHERE {LIVE} AND {ZCUR} GROUP BY fq"]),
         ("how did Q3 compare with Q2?", Z_Q[0], Z_Q[1:] + Z_QB),
         ("which supplier grew the most between them?",
          f"SELECT s.SupplierName {ZS} WHERE {LIVE} AND p.OrderDate BETWEEN '2025-07-01' AND '2025-12-31' "
          f"GROUP BY s.SupplierName ORDER BY SUM(CASE WHEN {ZQ3} THEN v.val ELSE -v.val END) DESC LIMIT 1"),
         ("what were the delivery lead times in Q3?", D)),
    conv("zo-6",
         ("How much did we spend on hay bales last fiscal year?",
          f"SELECT SUM(l.qty * CAST(l.unit_price AS REAL)) {ZH} WHERE {HAY} AND {LIVE} AND {ZLFY}"),
         ("and the year before?",
          f"SELECT SUM(l.qty * CAST(l.unit_price AS REAL)) {ZH} WHERE {HAY} AND {LIVE} AND {ZPFY}"),
         ("how many bales was that?", f"SELECT SUM(l.qty) {ZH} WHERE {HAY} AND {LIVE} AND {ZPFY}"),
         ("which supplier did they come from?",
          f"SELECT DISTINCT s.SupplierName {ZH} WHERE {HAY} AND {LIVE} AND {ZPFY}"),
         ("what price is the other forage supplier quoting?", D)),
    conv("zo-7",
         ("What's the biggest PO we've raised this fiscal year?", BIG),
         ("who approved it?",
          f"SELECT approver FROM approvals WHERE po_number = ({BIG}) AND appr_status = 'APPROVED'"),
         ("what lines were on it?", f"SELECT item_desc, qty, unit_price FROM po_lines WHERE po_number = ({BIG})"),
         ("has it been invoiced yet?", D)),
    conv("zo-8",
         ("How many POs ended up rejected last fiscal year?", f"SELECT COUNT(*) {REJ}",
          [f"SELECT COUNT(*) {REJ_ANY}"]),
         ("which department raised the most of them?",
          f"SELECT p.Dept {REJ} GROUP BY p.Dept ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT p.Dept {REJ_ANY} GROUP BY p.Dept ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what was their total value?",
          f"SELECT SUM(v.val) FROM {PV} v WHERE v.po_number IN (SELECT p.PONumber {REJ})",
          [f"SELECT SUM(v.val) FROM {PV} v WHERE v.po_number IN (SELECT p.PONumber {REJ_ANY})"])),
]

# ------------------------------------------------------------------------------------------ golf club
GI = ("FROM ap_invoice i JOIN vendors v ON v.VendorNo = i.VendorNo "
      "JOIN fiscal_period fp ON i.issue_dt BETWEEN fp.fp_start AND fp.fp_end")
GP = "i.inv_status = 'posted'"
DAYS = "julianday(i.paid_dt) - julianday(i.issue_dt)"
PAIDINV = f"i.doc_kind = 'INV' AND i.paid_dt IS NOT NULL AND {GP}"
LATE = f"{PAIDINV} AND i.paid_dt > i.due_dt"
LASTQ = "i.issue_dt BETWEEN '2026-07-01' AND '2026-09-30'"
LASTQ_PAID = "i.paid_dt BETWEEN '2026-07-01' AND '2026-09-30'"
SLOW = (f"SELECT v.VendorName {GI} WHERE {PAIDINV} AND fp.fy = 'FY26' GROUP BY v.VendorName "
        f"ORDER BY AVG({DAYS}) DESC LIMIT 1")
OPEN = "i.paid_dt IS NULL AND i.inv_status = 'posted'"
TOPV = f"SELECT v.VendorName {GI} WHERE {GP} AND fp.fy = '%s' GROUP BY v.VendorName ORDER BY SUM(i.amt_gbp) DESC LIMIT %d"
SLOW_TERMS = (f"SELECT v.VendorName {GI} WHERE {PAIDINV} AND fp.fy = 'FY26' GROUP BY v.VendorName "
              f"ORDER BY AVG(julianday(i.paid_dt) - julianday(i.due_dt)) DESC LIMIT 1")
ITOPEN = f"{GI} WHERE {OPEN} AND i.doc_kind = 'INV' AND v.Category = 'IT'"


def gc_share(fy: str, pct: float = 100.0) -> str:
    return (f"SELECT {pct} * (SELECT SUM(sp) FROM (SELECT SUM(i.amt_gbp) AS sp {GI} WHERE {GP} AND fp.fy = '{fy}' "
            f"GROUP BY i.VendorNo ORDER BY sp DESC LIMIT 3)) / (SELECT SUM(i.amt_gbp) {GI} WHERE {GP} AND fp.fy = '{fy}')")


def gc_cmp(where: str) -> list[str]:
    a = f"(SELECT SUM(i.amt_gbp) {GI} WHERE {where} AND fp.fq = 'Q2')"
    b = f"(SELECT SUM(i.amt_gbp) {GI} WHERE {where} AND fp.fq = 'Q3')"
    return [f"SELECT 100.0 * ({b} - {a}) / {a}", f"SELECT {b} - {a}", f"SELECT {a} AS q2, {b} AS q3",
            f"SELECT fp.fq, SUM(i.amt_gbp) {GI} WHERE {where} AND fp.fq IN ('Q2', 'Q3') GROUP BY fp.fq"]


CAT_Q = gc_cmp(f"{GP} AND fp.fy = 'FY25' AND v.Category = 'Catering'")
P7 = f"{GI} WHERE {GP} AND fp.fy = 'FY26' AND fp.fp_no = 7"

GOLFCLUB = [
    conv("gc-1",
         ("average days to pay an invoice", f"SELECT AVG({DAYS}) {GI} WHERE {PAIDINV}"),
         ("and last fiscal year?", f"SELECT AVG({DAYS}) {GI} WHERE {PAIDINV} AND fp.fy = 'FY26'",
          [f"SELECT AVG({DAYS}) FROM ap_invoice i WHERE {PAIDINV} AND i.paid_dt BETWEEN '2025-04-01' AND '2026-03-31'"]),
         ("which vendor do we pay slowest?", SLOW,
          [f"SELECT v.VendorName {GI} WHERE {PAIDINV} GROUP BY v.VendorName ORDER BY AVG({DAYS}) DESC LIMIT 1",
           SLOW_TERMS]),
         ("how many of their invoices were paid late that year?",
          f"SELECT COUNT(*) {GI} WHERE {LATE} AND fp.fy = 'FY26' AND v.VendorName = ({SLOW})",
          [f"SELECT COUNT(*) {GI} WHERE {LATE} AND fp.fy = 'FY26' AND v.VendorName = ({SLOW_TERMS})"]),
         ("how does our payment time compare with other clubs in the region?", D)),
    conv("gc-2",
         ("which invoices were paid late last quarter?",
          f"SELECT i.inv_ref {GI} WHERE {LATE} AND {LASTQ_PAID}",
          [f"SELECT i.inv_ref {GI} WHERE {LATE} AND {LASTQ}"]),
         ("how late on average?", f"SELECT AVG(julianday(i.paid_dt) - julianday(i.due_dt)) {GI} WHERE {LATE} AND {LASTQ_PAID}",
          [f"SELECT AVG(julianday(i.paid_dt) - julianday(i.due_dt)) {GI} WHERE {LATE} AND {LASTQ}"]),
         ("how many late ones per vendor?",
          f"SELECT v.VendorName, COUNT(*) {GI} WHERE {LATE} AND {LASTQ_PAID} GROUP BY v.VendorName",
          [f"SELECT v.VendorName, COUNT(*) {GI} WHERE {LATE} AND {LASTQ} GROUP BY v.VendorName"]),
         ("did we pay late-payment interest on any of them?", D)),
    conv("gc-3",
         ("spend by vendor category in FY25",
          f"SELECT v.Category, SUM(i.amt_gbp) {GI} WHERE {GP} AND fp.fy = 'FY25' GROUP BY v.Category"),
         ("does that include credit notes? how much were they per category?",
          f"SELECT v.Category, SUM(i.amt_gbp) {GI} WHERE {GP} AND fp.fy = 'FY25' AND i.doc_kind = 'CRN' "
          f"GROUP BY v.Category",
          [f"SELECT v.Category, -SUM(i.amt_gbp) {GI} WHERE {GP} AND fp.fy = 'FY25' AND i.doc_kind = 'CRN' "
           f"GROUP BY v.Category"]),
         ("and for catering, spend by quarter that year?",
          f"SELECT fp.fq, SUM(i.amt_gbp) {GI} WHERE {GP} AND fp.fy = 'FY25' AND v.Category = 'Catering' GROUP BY fp.fq"),
         ("how did Q3 compare with Q2?", CAT_Q[0], CAT_Q[1:])),
    conv("gc-4",
         ("How much do we currently owe our vendors?", f"SELECT SUM(i.amt_gbp) FROM ap_invoice i WHERE {OPEN}",
          [f"SELECT SUM(i.amt_gbp) FROM ap_invoice i WHERE {OPEN} AND i.doc_kind = 'INV'"]),
         ("how much of that is overdue?",
          f"SELECT SUM(i.amt_gbp) FROM ap_invoice i WHERE {OPEN} AND i.due_dt < date('now')",
          [f"SELECT SUM(i.amt_gbp) FROM ap_invoice i WHERE {OPEN} AND i.doc_kind = 'INV' AND i.due_dt < date('now')"]),
         ("which vendor do we owe the most?",
          f"SELECT v.VendorName FROM ap_invoice i JOIN vendors v ON v.VendorNo = i.VendorNo WHERE {OPEN} "
          f"GROUP BY v.VendorName ORDER BY SUM(i.amt_gbp) DESC LIMIT 1"),
         ("can we still take an early-payment discount with them?", D)),
    conv("gc-5",
         ("Top 5 vendors by spend in FY24", TOPV % ("FY24", 5)),
         ("what share of spend went to the top 3?", gc_share("FY24"), [gc_share("FY24", 1.0)]),
         ("and in FY26?", gc_share("FY26"), [gc_share("FY26", 1.0)]),
         ("which of the FY24 top 5 are not in the FY26 top 5?",
          f"SELECT * FROM ({TOPV % ('FY24', 5)}) EXCEPT SELECT * FROM ({TOPV % ('FY26', 5)})")),
    conv("gc-6",
         ("list the IT invoices still unpaid", f"SELECT i.inv_ref, v.VendorName, i.amt_gbp, i.due_dt {ITOPEN}"),
         ("which is the oldest?", f"SELECT i.inv_ref {ITOPEN} ORDER BY i.issue_dt LIMIT 1"),
         ("is it in dispute?", D)),
    conv("gc-7",
         ("How many invoices did we receive in period 7 of FY26?", f"SELECT COUNT(*) {P7} AND i.doc_kind = 'INV'",
          [f"SELECT COUNT(*) {P7}"]),
         ("what was their total value?", f"SELECT SUM(i.amt_gbp) {P7} AND i.doc_kind = 'INV'",
          [f"SELECT SUM(i.amt_gbp) {P7}"]),
         ("how many were paid within terms?",
          f"SELECT COUNT(*) {P7} AND i.doc_kind = 'INV' AND i.paid_dt <= i.due_dt"),
         ("what was the budget for that period?", D)),
    conv("gc-8",
         ("What was spend with Fairway Turf Supplies in FY26 by quarter?",
          f"SELECT fp.fq, SUM(i.amt_gbp) {GI} WHERE {GP} AND fp.fy = 'FY26' "
          f"AND v.VendorName = 'Fairway Turf Supplies' GROUP BY fp.fq"),
         ("and Greenside Irrigation?",
          f"SELECT fp.fq, SUM(i.amt_gbp) {GI} WHERE {GP} AND fp.fy = 'FY26' "
          f"AND v.VendorName = 'Greenside Irrigation' GROUP BY fp.fq"),
         ("how many credit notes did Greenside give us that year?",
          f"SELECT COUNT(*) {GI} WHERE {GP} AND fp.fy = 'FY26' AND v.VendorName = 'Greenside Irrigation' "
          f"AND i.doc_kind = 'CRN'"),
         ("what were they for?", D)),
]

SETS = {"shipyard": SHIPYARD, "zoo": ZOO, "golfclub": GOLFCLUB}
