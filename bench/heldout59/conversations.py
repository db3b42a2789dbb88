"""Held-out set 59: conversations of a revenue-operations analyst (short, lower-case, abbreviated,
the odd typo), written before the engine was run on them. Each turn: question, reference SQL
(SQLite), optional `accept` (other SQL that also answers: the other honest readings), or
`decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def variants(sql: str, *swaps: tuple[str, str]) -> list[str]:
    """Every combination of the (old, new) swaps applied to sql, minus sql itself."""
    out = [sql]
    for old, new in swaps:
        out += [s.replace(old, new) for s in out]
    return [s for s in dict.fromkeys(out) if s != sql]


# ------------------------------------------------------------------------------------------ flowers
OJ = "FROM OrdLn l JOIN Ord o ON o.OrdID = l.OrdID"
NET = "SUM(l.QtyShp * l.UnitPr * (1 - l.DiscPct / 100.0))"
GROSS = "SUM(l.QtyShp * l.UnitPr)"
NET_GROSS = (NET, GROSS)
MON = ("strftime('%m', o.OrdDt)", "strftime('%Y-%m', o.OrdDt)")
MOM = f"SELECT strftime('%m', o.OrdDt) AS m, {NET} AS rev {OJ} WHERE o.OrdDt LIKE '2024%' AND o.OrdStat <> 'CNX' GROUP BY m"
BEST_M = (f"SELECT strftime('%m', o.OrdDt) AS m {OJ} WHERE o.OrdDt LIKE '2024%' AND o.OrdStat <> 'CNX' GROUP BY m "
          f"ORDER BY {NET} DESC LIMIT 1")
PJ = "FROM OrdLn l JOIN Ord o ON o.OrdID = l.OrdID JOIN Prod p ON p.ProdID = l.ProdID"
TOP5P_IDS = f"SELECT p.ProdID {PJ} WHERE o.OrdDt LIKE '2024%' GROUP BY p.ProdID ORDER BY SUM(l.QtyShp) DESC LIMIT 5"
AOV = ("SELECT o.Chnl, AVG(t.v) FROM (SELECT l.OrdID, SUM(l.QtyShp * l.UnitPr * (1 - l.DiscPct / 100.0)) AS v "
       "FROM OrdLn l GROUP BY l.OrdID) t JOIN Ord o ON o.OrdID = t.OrdID WHERE o.OrdStat = 'SHP' GROUP BY o.Chnl")
CNX_CH = "SELECT Chnl FROM Ord WHERE OrdStat = 'CNX' GROUP BY Chnl ORDER BY COUNT(*) DESC LIMIT 1"
NO24 = "SELECT CustID FROM Cust WHERE CustID NOT IN (SELECT CustID FROM Ord WHERE OrdDt LIKE '2024%')"
NO24_LIVE = NO24.replace("LIKE '2024%')", "LIKE '2024%' AND OrdStat <> 'CNX')")
DJ = ("FROM OrdLn l JOIN Ord o ON o.OrdID = l.OrdID JOIN Cust c ON c.CustID = o.CustID "
      "JOIN SlsRep r ON r.RepID = c.RepID")
TOP_DISC = f"SELECT r.RepID {DJ} GROUP BY r.RepID ORDER BY AVG(l.DiscPct) DESC LIMIT 1"
SHIPD = "julianday(o.ShipDt) - julianday(o.OrdDt)"
OCJ = "FROM Ord o JOIN Cust c ON c.CustID = o.CustID"
SLOW = f"SELECT c.Rgn {OCJ} WHERE o.ShipDt IS NOT NULL GROUP BY c.Rgn ORDER BY AVG({SHIPD}) DESC LIMIT 1"
CJ = "FROM OrdLn l JOIN Ord o ON o.OrdID = l.OrdID JOIN Prod p ON p.ProdID = l.ProdID JOIN Cust c ON c.CustID = o.CustID"
QTR = "((CAST(strftime('%m', OpenDt) AS INTEGER) + 2) / 3)"
Q3NEW = "SELECT CustID FROM Cust WHERE OpenDt BETWEEN '2024-07-01' AND '2024-09-30'"

FLOWERS = [
    conv("fl-1",
         ("how many custs by region", "SELECT Rgn, COUNT(*) FROM Cust GROUP BY Rgn"),
         ("and by type?", "SELECT CustTyp, COUNT(*) FROM Cust GROUP BY CustTyp",
          ["SELECT CustTyp, COUNT(*) FROM Cust WHERE CustTyp IS NOT NULL GROUP BY CustTyp"]),
         ("which rep has the most custs",
          "SELECT r.RepNm FROM Cust c JOIN SlsRep r ON r.RepID = c.RepID GROUP BY r.RepID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("whats their 2024 quota", D)),
    conv("fl-2",
         ("total revnue 2024 excl cancelled", f"SELECT {NET} {OJ} WHERE o.OrdDt LIKE '2024%' AND o.OrdStat <> 'CNX'",
          [f"SELECT {GROSS} {OJ} WHERE o.OrdDt LIKE '2024%' AND o.OrdStat <> 'CNX'"]),
         ("MoM for 2024", MOM, variants(MOM, MON, NET_GROSS)),
         ("which month was best", BEST_M, variants(BEST_M, MON, NET_GROSS)),
         ("and q2 total?",
          f"SELECT {NET} {OJ} WHERE o.OrdDt BETWEEN '2024-04-01' AND '2024-06-30' AND o.OrdStat <> 'CNX'",
          [f"SELECT {GROSS} {OJ} WHERE o.OrdDt BETWEEN '2024-04-01' AND '2024-06-30' AND o.OrdStat <> 'CNX'"])),
    conv("fl-3",
         ("top 5 products by qty shipped 2024",
          f"SELECT p.ProdNm, SUM(l.QtyShp) AS q {PJ} WHERE o.OrdDt LIKE '2024%' GROUP BY p.ProdID ORDER BY q DESC LIMIT 5"),
         ("how much of those got returned",
          f"SELECT p.ProdNm, SUM(l.QtyRtn) {PJ} WHERE o.OrdDt LIKE '2024%' AND p.ProdID IN ({TOP5P_IDS}) "
          "GROUP BY p.ProdID",
          [f"SELECT SUM(l.QtyRtn) {PJ} WHERE o.OrdDt LIKE '2024%' AND p.ProdID IN ({TOP5P_IDS})"]),
         ("return rate by cat, all time",
          f"SELECT p.Cat, 100.0 * SUM(l.QtyRtn) / SUM(l.QtyShp) {PJ} GROUP BY p.Cat",
          [f"SELECT p.Cat, 1.0 * SUM(l.QtyRtn) / SUM(l.QtyShp) {PJ} GROUP BY p.Cat"]),
         ("why are orchids returned so much", D)),
    conv("fl-4",
         ("avg order value by channel, shipped orders only", AOV,
          variants(AOV, ("l.QtyShp", "l.QtyOrd"), (" * (1 - l.DiscPct / 100.0)", ""))),
         ("which chnl has the most cancellations", CNX_CH),
         ("as a % of its orders?",
          f"SELECT 100.0 * SUM(OrdStat = 'CNX') / COUNT(*) FROM Ord WHERE Chnl = ({CNX_CH})",
          [f"SELECT 1.0 * SUM(OrdStat = 'CNX') / COUNT(*) FROM Ord WHERE Chnl = ({CNX_CH})"])),
    conv("fl-5",
         ("custs w/ no orders in 2024", f"SELECT CustNm FROM Cust WHERE CustID IN ({NO24})",
          [f"SELECT CustNm FROM Cust WHERE CustID IN ({NO24_LIVE})"]),
         ("how many is that", f"SELECT COUNT(*) FROM ({NO24})", [f"SELECT COUNT(*) FROM ({NO24_LIVE})"]),
         ("which region are most of them in",
          f"SELECT Rgn FROM Cust WHERE CustID IN ({NO24}) GROUP BY Rgn ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT Rgn FROM Cust WHERE CustID IN ({NO24_LIVE}) GROUP BY Rgn ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what did they buy from competitors instead", D)),
    conv("fl-6",
         ("avg disc % by rep", f"SELECT r.RepNm, AVG(l.DiscPct) {DJ} GROUP BY r.RepID",
          [f"SELECT r.RepNm, AVG(l.DiscPct) {DJ} WHERE o.OrdStat <> 'CNX' GROUP BY r.RepID"]),
         ("who gives the biggest discounts",
          f"SELECT r.RepNm {DJ} GROUP BY r.RepID ORDER BY AVG(l.DiscPct) DESC LIMIT 1",
          [f"SELECT r.RepNm {DJ} WHERE o.OrdStat <> 'CNX' GROUP BY r.RepID ORDER BY AVG(l.DiscPct) DESC LIMIT 1"]),
         ("when were they hired", f"SELECT HireDt FROM SlsRep WHERE RepID = ({TOP_DISC})")),
    conv("fl-7",
         ("list roses w/ list price over 12", "SELECT ProdNm, ListPr FROM Prod WHERE Cat = 'Rose' AND ListPr > 12"),
         ("which ones come from kenya",
          "SELECT ProdNm FROM Prod WHERE Cat = 'Rose' AND ListPr > 12 AND Origin = 'KE'"),
         ("stems per bunch for those?",
          "SELECT StemsPerBnch FROM Prod WHERE Cat = 'Rose' AND ListPr > 12 AND Origin = 'KE'"),
         ("whats the vase life on them", D)),
    conv("fl-8",
         ("how many orders took more than 2 days to ship in 2024",
          f"SELECT COUNT(*) FROM Ord o WHERE o.OrdDt LIKE '2024%' AND {SHIPD} > 2"),
         ("avg days to ship by region",
          f"SELECT c.Rgn, AVG({SHIPD}) {OCJ} WHERE o.ShipDt IS NOT NULL GROUP BY c.Rgn",
          [f"SELECT c.Rgn, AVG({SHIPD}) {OCJ} WHERE o.ShipDt IS NOT NULL AND o.OrdDt LIKE '2024%' GROUP BY c.Rgn"]),
         ("slowest region?", SLOW,
          [SLOW.replace("IS NOT NULL", "IS NOT NULL AND o.OrdDt LIKE '2024%'")]),
         ("which carrier handled those", D)),
    conv("fl-9",
         ("qty by cat for hotels", f"SELECT p.Cat, SUM(l.QtyShp) {CJ} WHERE c.CustTyp = 'Hotel' GROUP BY p.Cat",
          [f"SELECT p.Cat, SUM(l.QtyOrd) {CJ} WHERE c.CustTyp = 'Hotel' GROUP BY p.Cat"]),
         ("top 3 only",
          f"SELECT p.Cat, SUM(l.QtyShp) AS q {CJ} WHERE c.CustTyp = 'Hotel' GROUP BY p.Cat ORDER BY q DESC LIMIT 3",
          [f"SELECT p.Cat, SUM(l.QtyOrd) AS q {CJ} WHERE c.CustTyp = 'Hotel' GROUP BY p.Cat ORDER BY q DESC LIMIT 3"]),
         ("and for event planners?",
          f"SELECT p.Cat, SUM(l.QtyShp) AS q {CJ} WHERE c.CustTyp = 'Event Planner' GROUP BY p.Cat "
          "ORDER BY q DESC LIMIT 3",
          [f"SELECT p.Cat, SUM(l.QtyOrd) AS q {CJ} WHERE c.CustTyp = 'Event Planner' GROUP BY p.Cat "
           "ORDER BY q DESC LIMIT 3"])),
    conv("fl-10",
         ("new custs per qtr in 2024", f"SELECT {QTR} AS q, COUNT(*) FROM Cust WHERE OpenDt LIKE '2024%' GROUP BY q",
          [f"SELECT 'Q' || {QTR} AS q, COUNT(*) FROM Cust WHERE OpenDt LIKE '2024%' GROUP BY q"]),
         ("how many of the q3 ones have ordered since",
          f"SELECT COUNT(DISTINCT CustID) FROM Ord WHERE CustID IN ({Q3NEW})",
          [f"SELECT COUNT(DISTINCT CustID) FROM Ord WHERE CustID IN ({Q3NEW}) AND OrdStat <> 'CNX'"]),
         ("their total rev", f"SELECT {NET} {OJ} WHERE o.CustID IN ({Q3NEW}) AND o.OrdStat <> 'CNX'",
          [f"SELECT {GROSS} {OJ} WHERE o.CustID IN ({Q3NEW}) AND o.OrdStat <> 'CNX'"]),
         ("whats their credit limit", D)),
]

# ------------------------------------------------------------------------------------------ water
AP = "FROM accounts a JOIN plans p ON p.plan_id = a.plan_id"
IA = "FROM invoices i JOIN accounts a ON a.account_id = i.account_id"
DM = ("strftime('%m', delivered_on)", "strftime('%Y-%m', delivered_on)")
BOT = ("SELECT strftime('%m', delivered_on) AS m, SUM(full_dlvd) FROM deliveries WHERE delivered_on LIKE '2024%' "
       "GROUP BY m")
BOT_EMP = ("SELECT strftime('%m', delivered_on) AS m, SUM(full_dlvd), SUM(empty_coll) FROM deliveries "
           "WHERE delivered_on LIKE '2024%' GROUP BY m")
EMP = ("SELECT strftime('%m', delivered_on) AS m, SUM(empty_coll) FROM deliveries WHERE delivered_on LIKE '2024%' "
       "GROUP BY m")
XD = "FROM deliveries x JOIN drivers d ON d.driver_id = x.driver_id"
AEJ = "FROM account_equipment ae JOIN equipment e ON e.equip_id = ae.equip_id JOIN accounts a ON a.account_id = ae.account_id"
TOP3_IND = (f"SELECT a.industry {IA} WHERE i.issued_on LIKE '2024%' GROUP BY a.industry "
            "ORDER BY AVG(i.amount) DESC LIMIT 3")
C23 = "FROM accounts WHERE signed_on LIKE '2023%' AND status_cd = 'C'"
SHARE = "100.0 * SUM(x.extra_fee > 0) / COUNT(*)"
UNPAID = ("SELECT strftime('%m', i.issued_on) AS m, SUM(i.amount) FROM invoices i WHERE i.paid_on IS NULL "
          "AND i.issued_on LIKE '2024%' GROUP BY m")
UNPAID_S = UNPAID.replace("FROM invoices i WHERE", "FROM invoices i JOIN accounts a ON a.account_id = i.account_id "
                          "WHERE a.status_cd = 'S' AND")
IM = ("strftime('%m', i.issued_on) AS m", "strftime('%Y-%m', i.issued_on) AS m")
IM2 = ("strftime('%m', i.issued_on) AS m", "i.issued_on AS m")
DAYS_PAY = "AVG(julianday(i.paid_on) - julianday(i.issued_on))"
COOL = ("SELECT ae.account_id FROM account_equipment ae JOIN equipment e ON e.equip_id = ae.equip_id "
        "WHERE e.equip_type = 'Cooler' GROUP BY ae.account_id HAVING SUM(ae.units) > 1")
COOL_BASIC = f"SELECT account_id FROM accounts WHERE account_id IN ({COOL}) AND plan_id = 1"

WATER = [
    conv("wa-1",
         ("how many active accts", "SELECT COUNT(*) FROM accounts WHERE status_cd = 'A'"),
         ("by plan?", f"SELECT p.plan_nm, COUNT(*) {AP} WHERE a.status_cd = 'A' GROUP BY p.plan_nm"),
         ("and the mrr from those", f"SELECT p.plan_nm, SUM(p.monthly_fee) {AP} WHERE a.status_cd = 'A' GROUP BY p.plan_nm",
          [f"SELECT SUM(p.monthly_fee) {AP} WHERE a.status_cd = 'A'"])),
    conv("wa-2",
         ("accts past due by city", "SELECT city, COUNT(*) FROM accounts WHERE status_cd = 'PD' GROUP BY city"),
         ("how much do they owe", f"SELECT SUM(i.amount) {IA} WHERE a.status_cd = 'PD' AND i.paid_on IS NULL",
          [f"SELECT a.city, SUM(i.amount) {IA} WHERE a.status_cd = 'PD' AND i.paid_on IS NULL GROUP BY a.city"]),
         ("oldest unpaid inv among them?",
          f"SELECT MIN(i.issued_on) {IA} WHERE a.status_cd = 'PD' AND i.paid_on IS NULL"),
         ("have we sent them to collections yet", D)),
    conv("wa-3",
         ("bottles dlvd per month 2024", BOT, variants(BOT, DM)),
         ("vs empties collected?", BOT_EMP, variants(BOT_EMP, DM) + [EMP] + variants(EMP, DM)),
         ("which driver delivered the most in dec",
          f"SELECT d.driver_nm {XD} WHERE x.delivered_on LIKE '2024-12%' GROUP BY d.driver_id "
          "ORDER BY SUM(x.full_dlvd) DESC LIMIT 1",
          [f"SELECT d.driver_nm {XD} WHERE x.delivered_on LIKE '2024-12%' GROUP BY d.driver_id "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many hours did he work that month", D)),
    conv("wa-4",
         ("what equipment does northgate legal have",
          f"SELECT e.model {AEJ} WHERE a.account_nm = 'Northgate Legal LLP'"),
         ("total units across all accts by equip type",
          "SELECT e.equip_type, SUM(ae.units) FROM account_equipment ae JOIN equipment e ON e.equip_id = ae.equip_id "
          "GROUP BY e.equip_type"),
         ("which model is most common among cancelled accts",
          f"SELECT e.model {AEJ} WHERE a.status_cd = 'C' GROUP BY e.equip_id ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT e.model {AEJ} WHERE a.status_cd = 'C' GROUP BY e.equip_id ORDER BY SUM(ae.units) DESC LIMIT 1"]),
         ("whats the failure rate on it", D)),
    conv("wa-5",
         ("avg invoice amt by industry 2024",
          f"SELECT a.industry, AVG(i.amount) {IA} WHERE i.issued_on LIKE '2024%' GROUP BY a.industry"),
         ("top 3", f"SELECT a.industry, AVG(i.amount) AS v {IA} WHERE i.issued_on LIKE '2024%' GROUP BY a.industry "
                   "ORDER BY v DESC LIMIT 3"),
         ("how many accts in each of those",
          f"SELECT industry, COUNT(*) FROM accounts WHERE industry IN ({TOP3_IND}) GROUP BY industry")),
    conv("wa-6",
         ("signups by yr", "SELECT strftime('%Y', signed_on) AS y, COUNT(*) FROM accounts GROUP BY y"),
         ("how many of the 2023 signups have cancelled", f"SELECT COUNT(*) {C23}"),
         ("avg days to cancel for them", f"SELECT AVG(julianday(cancelled_on) - julianday(signed_on)) {C23}"),
         ("what reasons did they give", D)),
    conv("wa-7",
         ("extra fees collected in 2024", "SELECT SUM(extra_fee) FROM deliveries WHERE delivered_on LIKE '2024%'"),
         ("what share of deliveries had one",
          f"SELECT {SHARE} FROM deliveries x WHERE x.delivered_on LIKE '2024%'",
          [f"SELECT {SHARE.replace('100.0', '1.0')} FROM deliveries x WHERE x.delivered_on LIKE '2024%'"]),
         ("by depot?", f"SELECT d.depot, {SHARE} {XD} WHERE x.delivered_on LIKE '2024%' GROUP BY d.depot",
          [f"SELECT d.depot, {SHARE.replace('100.0', '1.0')} {XD} WHERE x.delivered_on LIKE '2024%' GROUP BY d.depot"]),
         ("how much fuel did the vans burn", D)),
    conv("wa-8",
         ("accts on trial", "SELECT account_nm FROM accounts WHERE status_cd = 'T'"),
         ("which plan are most of them on",
          f"SELECT p.plan_nm {AP} WHERE a.status_cd = 'T' GROUP BY p.plan_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many bottles has each gotten so far",
          "SELECT a.account_nm, SUM(x.full_dlvd) FROM accounts a JOIN deliveries x ON x.account_id = a.account_id "
          "WHERE a.status_cd = 'T' GROUP BY a.account_id"),
         ("will any of them convert", D)),
    conv("wa-9",
         ("unpaid invoices total by month 2024", UNPAID, variants(UNPAID, IM) + variants(UNPAID, IM2)),
         ("and for suspended accts only", UNPAID_S, variants(UNPAID_S, IM) + variants(UNPAID_S, IM2)),
         ("avg days to pay in 2024",
          f"SELECT {DAYS_PAY} FROM invoices i WHERE i.issued_on LIKE '2024%' AND i.paid_on IS NOT NULL",
          [f"SELECT {DAYS_PAY} {IA} WHERE a.status_cd = 'S' AND i.issued_on LIKE '2024%' AND i.paid_on IS NOT NULL"])),
    conv("wa-10",
         ("which accts have more than 1 cooler", f"SELECT account_nm FROM accounts WHERE account_id IN ({COOL})"),
         ("of those, whos on basic", f"SELECT account_nm FROM accounts WHERE account_id IN ({COOL_BASIC})"),
         ("their avg bottles per delivery",
          f"SELECT AVG(full_dlvd) FROM deliveries WHERE account_id IN ({COOL_BASIC})",
          [f"SELECT a.account_nm, AVG(x.full_dlvd) FROM deliveries x JOIN accounts a ON a.account_id = x.account_id "
           f"WHERE x.account_id IN ({COOL_BASIC}) GROUP BY a.account_id"]),
         ("headcount for those?", f"SELECT employees FROM accounts WHERE account_id IN ({COOL_BASIC})")),
]

# ------------------------------------------------------------------------------------------ furniture
LIVE24 = "o.placed_at LIKE '2024%' AND o.status <> 'cancelled'"
RF = "LEFT JOIN (SELECT order_id, SUM(amount_cents) AS amt FROM refunds GROUP BY order_id) rf ON rf.order_id = o.id"
OQR = "FROM orders o JOIN quotes q ON q.id = o.quote_id JOIN reps rp ON rp.id = q.rep_id"
QR = "FROM quotes q JOIN reps rp ON rp.id = q.rep_id"
WIN = "100.0 * SUM(q.status = 'won') / COUNT(*)"
WIN_SW = [("100.0 *", "1.0 *"), ("WHERE q.created_at", "WHERE q.status <> 'open' AND q.created_at")]
WINRATE = f"SELECT rp.full_name, {WIN} {QR} WHERE q.created_at LIKE '2024%' GROUP BY rp.id"
BEST = f"SELECT rp.full_name {QR} WHERE q.created_at LIKE '2024%' GROUP BY rp.id ORDER BY {WIN} DESC LIMIT 1"
BEST_ID = f"SELECT rp.id {QR} WHERE q.created_at LIKE '2024%' GROUP BY rp.id ORDER BY {WIN} DESC LIMIT 1"
BEST_ID_DEC = BEST_ID.replace("WHERE q.created_at", "WHERE q.status <> 'open' AND q.created_at")
DPCT = "SELECT 100.0 * SUM(discount_cents) / SUM(list_total_cents) FROM quotes WHERE status = 'won'"
DPCT_SW = [("100.0 * SUM(discount_cents) / SUM(list_total_cents)", "AVG(100.0 * discount_cents / list_total_cents)")]
RCJ = "FROM refunds r JOIN orders o ON o.id = r.order_id JOIN clients c ON c.id = o.client_id"
TOP5C = ("SELECT o.client_id FROM orders o WHERE o.status <> 'cancelled' GROUP BY o.client_id "
         "ORDER BY SUM(o.subtotal_cents) DESC LIMIT 5")
TOP5N = ("SELECT c.name FROM orders o JOIN clients c ON c.id = o.client_id WHERE o.status <> 'cancelled' "
         "GROUP BY c.id ORDER BY SUM(o.subtotal_cents) DESC LIMIT 5")
FRT = ("SELECT strftime('%m', placed_at) AS m, 100.0 * SUM(freight_cents) / SUM(subtotal_cents) FROM orders "
       "WHERE placed_at LIKE '2024%' AND status <> 'cancelled' GROUP BY m")
FRT_TOP = ("SELECT strftime('%m', placed_at) AS m FROM orders WHERE placed_at LIKE '2024%' AND status <> 'cancelled' "
           "GROUP BY m ORDER BY 100.0 * SUM(freight_cents) / SUM(subtotal_cents) DESC LIMIT 1")
FRT_SW = [("strftime('%m', placed_at)", "strftime('%Y-%m', placed_at)"), ("100.0 *", "1.0 *"),
          (" AND status <> 'cancelled'", "")]
FIRSTQ = "(SELECT client_id, MIN(created_at) AS fq FROM quotes GROUP BY client_id) f ON f.client_id = c.id"
BIG = "(SELECT {} FROM orders ORDER BY subtotal_cents DESC LIMIT 1)"
LEAD = "AVG(julianday(o.placed_at) - julianday(q.created_at))"

FURNITURE = [
    conv("fu-1",
         ("total rev 2024 excl cancelled orders", f"SELECT SUM(o.subtotal_cents) / 100.0 FROM orders o WHERE {LIVE24}",
          [f"SELECT SUM(o.subtotal_cents + o.freight_cents) / 100.0 FROM orders o WHERE {LIVE24}",
           f"SELECT SUM(o.subtotal_cents + o.tax_cents + o.freight_cents) / 100.0 FROM orders o WHERE {LIVE24}"]),
         ("excl refunds too",
          f"SELECT (SUM(o.subtotal_cents) - COALESCE(SUM(rf.amt), 0)) / 100.0 FROM orders o {RF} WHERE {LIVE24}",
          [f"SELECT (SUM(o.subtotal_cents) - (SELECT SUM(amount_cents) FROM refunds "
           f"WHERE refunded_at LIKE '2024%')) / 100.0 FROM orders o WHERE {LIVE24}"]),
         ("by team?",
          f"SELECT rp.team, (SUM(o.subtotal_cents) - COALESCE(SUM(rf.amt), 0)) / 100.0 {OQR} {RF} WHERE {LIVE24} "
          "GROUP BY rp.team")),
    conv("fu-2",
         ("win rate on quotes by rep 2024", WINRATE, variants(WINRATE, *WIN_SW)),
         ("who's best", BEST, variants(BEST, *WIN_SW)),
         ("how many quotes did they send",
          f"SELECT COUNT(*) FROM quotes WHERE created_at LIKE '2024%' AND rep_id = ({BEST_ID})",
          [f"SELECT COUNT(*) FROM quotes WHERE rep_id = ({BEST_ID})",
           f"SELECT COUNT(*) FROM quotes WHERE created_at LIKE '2024%' AND rep_id = ({BEST_ID_DEC})",
           f"SELECT COUNT(*) FROM quotes WHERE rep_id = ({BEST_ID_DEC})"]),
         ("whats their commission on those", D)),
    conv("fu-3",
         ("avg discount on won quotes in $", "SELECT AVG(discount_cents) / 100.0 FROM quotes WHERE status = 'won'"),
         ("as % of list", DPCT, variants(DPCT, *DPCT_SW) + [DPCT.replace("100.0 *", "1.0 *"),
                                                            "SELECT AVG(1.0 * discount_cents / list_total_cents) "
                                                            "FROM quotes WHERE status = 'won'"]),
         ("and on lost ones", DPCT.replace("'won'", "'lost'"),
          [s.replace("'won'", "'lost'") for s in variants(DPCT, *DPCT_SW)] +
          [DPCT.replace("100.0 *", "1.0 *").replace("'won'", "'lost'"),
           "SELECT AVG(1.0 * discount_cents / list_total_cents) FROM quotes WHERE status = 'lost'"])),
    conv("fu-4",
         ("refunds by reason", "SELECT reason, SUM(amount_cents) / 100.0 FROM refunds GROUP BY reason",
          ["SELECT reason, COUNT(*) FROM refunds GROUP BY reason"]),
         ("damaged ones - which clients", f"SELECT DISTINCT c.name {RCJ} WHERE r.reason = 'damaged'",
          [f"SELECT c.name {RCJ} WHERE r.reason = 'damaged'"]),
         ("avg days from delivery to refund on those",
          f"SELECT AVG(julianday(r.refunded_at) - julianday(o.delivered_at)) {RCJ} WHERE r.reason = 'damaged'"),
         ("which courier was it", D)),
    conv("fu-5",
         # accept added after the blind run (the writer flagged it): listing the orders is an honest reading
         ("orders in transit rn", "SELECT COUNT(*) FROM orders WHERE status = 'in_transit'",
          ["SELECT id FROM orders WHERE status = 'in_transit'"]),
         ("oldest one - when was it placed", "SELECT MIN(placed_at) FROM orders WHERE status = 'in_transit'",
          ["SELECT date(MIN(placed_at)) FROM orders WHERE status = 'in_transit'"]),
         ("whats its eta", D)),
    conv("fu-6",
         ("top 5 clients by rev all time", TOP5N,
          [TOP5N.replace("SUM(o.subtotal_cents)", "SUM(o.subtotal_cents + o.freight_cents)"),
           TOP5N.replace("SUM(o.subtotal_cents)", "SUM(o.subtotal_cents + o.tax_cents + o.freight_cents)")]),
         ("what sector are they in", f"SELECT name, sector FROM clients WHERE id IN ({TOP5C})"),
         ("when did each first order",
          f"SELECT c.name, MIN(o.placed_at) FROM orders o JOIN clients c ON c.id = o.client_id "
          f"WHERE c.id IN ({TOP5C}) GROUP BY c.id",
          [f"SELECT c.name, date(MIN(o.placed_at)) FROM orders o JOIN clients c ON c.id = o.client_id "
           f"WHERE c.id IN ({TOP5C}) GROUP BY c.id",
           f"SELECT c.name, MIN(o.placed_at) FROM orders o JOIN clients c ON c.id = o.client_id "
           f"WHERE c.id IN ({TOP5C}) AND o.status <> 'cancelled' GROUP BY c.id"]),
         ("which of them ordered in q4 2024",
          f"SELECT DISTINCT c.name FROM orders o JOIN clients c ON c.id = o.client_id WHERE c.id IN ({TOP5C}) "
          "AND o.placed_at BETWEEN '2024-10-01' AND '2024-12-31 23:59:59'",
          [f"SELECT DISTINCT c.name FROM orders o JOIN clients c ON c.id = o.client_id WHERE c.id IN ({TOP5C}) "
           "AND o.placed_at BETWEEN '2024-10-01' AND '2024-12-31 23:59:59' AND o.status <> 'cancelled'"])),
    conv("fu-7",
         ("freight as % of subtotal by month 2024", FRT, variants(FRT, *FRT_SW)),
         ("which month was highest", FRT_TOP, variants(FRT_TOP, *FRT_SW)),
         ("what did freight actually cost us those months", D)),
    conv("fu-8",
         ("new clients per month in 2024",
          "SELECT strftime('%m', created_at) AS m, COUNT(*) FROM clients WHERE created_at LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', created_at) AS m, COUNT(*) FROM clients WHERE created_at LIKE '2024%' GROUP BY m"]),
         ("how many of them got a quote within 30 days",
          "SELECT COUNT(*) FROM clients c WHERE c.created_at LIKE '2024%' AND EXISTS (SELECT 1 FROM quotes q "
          "WHERE q.client_id = c.id AND julianday(q.created_at) - julianday(c.created_at) <= 30)"),
         ("avg hours from signup to first quote",
          f"SELECT AVG((julianday(f.fq) - julianday(c.created_at)) * 24) FROM clients c JOIN {FIRSTQ} "
          "WHERE c.created_at LIKE '2024%'",
          [f"SELECT AVG((julianday(f.fq) - julianday(c.created_at)) * 24) FROM clients c JOIN {FIRSTQ}"])),
    conv("fu-9",
         ("largest single order ever", "SELECT id FROM orders ORDER BY subtotal_cents DESC LIMIT 1"),
         ("who was the client", f"SELECT name FROM clients WHERE id = {BIG.format('client_id')}"),
         ("which rep closed it",
          f"SELECT rp.full_name FROM reps rp JOIN quotes q ON q.rep_id = rp.id WHERE q.id = {BIG.format('quote_id')}"),
         ("did they pay on time", D)),
    conv("fu-10",
         ("avg lead time quote to order, days", f"SELECT {LEAD} FROM orders o JOIN quotes q ON q.id = o.quote_id",
          [f"SELECT {LEAD} FROM orders o JOIN quotes q ON q.id = o.quote_id WHERE o.status <> 'cancelled'"]),
         ("by team", f"SELECT rp.team, {LEAD} {OQR} GROUP BY rp.team",
          [f"SELECT rp.team, {LEAD} {OQR} WHERE o.status <> 'cancelled' GROUP BY rp.team"]),
         ("smb only, by month for 2024",
          f"SELECT strftime('%m', o.placed_at) AS m, {LEAD} {OQR} WHERE rp.team = 'SMB' AND o.placed_at LIKE '2024%' "
          "GROUP BY m",
          [f"SELECT strftime('%Y-%m', o.placed_at) AS m, {LEAD} {OQR} WHERE rp.team = 'SMB' "
           "AND o.placed_at LIKE '2024%' GROUP BY m",
           f"SELECT strftime('%m', o.placed_at) AS m, {LEAD} {OQR} WHERE rp.team = 'SMB' "
           "AND o.placed_at LIKE '2024%' AND o.status <> 'cancelled' GROUP BY m"])),
]

SETS = {"flowers": FLOWERS, "water": WATER, "furniture": FURNITURE}
