"""Held-out set heldout70: a product analyst's conversations about A/B tests, funnels and sessions,
written before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or `decline: True` when the data does
not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def pct_and_frac(sql: str) -> list[str]:
    """The same rate as a percentage (the reference) and as a fraction."""
    return [sql, sql.replace("100.0 *", "1.0 *")]


# ------------------------------------------------------------------------------------------ mattress
def first(e: str) -> str:
    """Each user's first assignment in experiment e (later re-assignments do not count)."""
    return ("SELECT user_id, variant, assigned_at FROM experiment_assignment a WHERE experiment = '" + e + "' "
            "AND assigned_at = (SELECT MIN(b.assigned_at) FROM experiment_assignment b "
            "WHERE b.user_id = a.user_id AND b.experiment = a.experiment)")


def m_conv(e: str, by: str = "f.variant", where: str = "", status: bool = True) -> str:
    done = " AND o.orderStatus = 'completed'" if status else ""
    w = f" WHERE {where}" if where else ""
    return (f"SELECT {by}, 100.0 * COUNT(DISTINCT o.userId) / COUNT(DISTINCT f.user_id) AS conv_rate "
            f"FROM ({first(e)}) f JOIN users u ON u.user_id = f.user_id "
            f"LEFT JOIN orders o ON o.userId = f.user_id AND o.orderedAt >= f.assigned_at{done}{w} GROUP BY {by}")


def m_rates(e: str, by: str = "f.variant", where: str = "") -> tuple[str, list[str]]:
    """Reference (completed orders, percent) and the other honest forms (fraction; any order placed)."""
    ref = m_conv(e, by, where)
    return ref, pct_and_frac(ref)[1:] + pct_and_frac(m_conv(e, by, where, status=False))


def m_aov(e: str, status: bool = True) -> str:
    done = " AND o.orderStatus = 'completed'" if status else ""
    return (f"SELECT f.variant, AVG(o.amountGbp) FROM ({first(e)}) f JOIN orders o ON o.userId = f.user_id "
            f"AND o.orderedAt >= f.assigned_at{done} GROUP BY f.variant")


def m_post(e: str, extra: str = "") -> str:
    """Orders placed at or after each user's first assignment in e."""
    return (f"FROM ({first(e)}) f JOIN orders o ON o.userId = f.user_id AND o.orderedAt >= f.assigned_at{extra}")


STICKY = "sticky-checkout"
R_STICKY, A_STICKY = m_rates(STICKY)
R_STICKY_DEV, A_STICKY_DEV = m_rates(STICKY, "u.device_type, f.variant")
R_STICKY_MOB, A_STICKY_MOB = m_rates(STICKY, where="u.device_type = 'mobile'")
R_STICKY_DESK, A_STICKY_DESK = m_rates(STICKY, where="u.device_type = 'desktop'")
R_PILLOW, A_PILLOW = m_rates("free-pillow")
R_OPT, A_OPT = m_rates("free-pillow", "u.marketing_opt_in")
_, A_OPT_NN = m_rates("free-pillow", "u.marketing_opt_in", "u.marketing_opt_in IS NOT NULL")
R_OPT_NN = m_conv("free-pillow", "u.marketing_opt_in", "u.marketing_opt_in IS NOT NULL")
R_CTRY, A_CTRY = m_rates("price-anchor", "u.country")

REV_PER_USER = (f"SELECT f.variant FROM ({first('price-anchor')}) f LEFT JOIN orders o ON o.userId = f.user_id "
                "AND o.orderedAt >= f.assigned_at AND o.orderStatus = 'completed' GROUP BY f.variant "
                "ORDER BY SUM(o.amountGbp) / COUNT(DISTINCT f.user_id) DESC LIMIT 1")
FIRST_AT = "(SELECT user_id, MIN(assigned_at) AS first_at FROM experiment_assignment GROUP BY user_id)"
PRE = f"FROM orders o JOIN {FIRST_AT} f ON f.user_id = o.userId WHERE o.orderedAt < f.first_at"
FLIPPED = ("SELECT user_id, experiment FROM experiment_assignment GROUP BY user_id, experiment "
           "HAVING COUNT(DISTINCT variant) > 1")
BEST_CTRY = (f"SELECT u.country FROM ({first('price-anchor')}) f JOIN users u ON u.user_id = f.user_id "
             "LEFT JOIN orders o ON o.userId = f.user_id AND o.orderedAt >= f.assigned_at "
             "AND o.orderStatus = 'completed' GROUP BY u.country "
             "ORDER BY 1.0 * COUNT(DISTINCT o.userId) / COUNT(DISTINCT f.user_id) DESC LIMIT 1")
MONTHLY_REV = ("SELECT strftime('%Y-%m', orderedAt) AS month, SUM(amountGbp) FROM orders "
               "WHERE orderStatus = 'completed' GROUP BY month")

MATTRESS = [
    conv("mt-1",
         ("how many users are in each variant of the free pillow test?",
          f"SELECT variant, COUNT(*) FROM ({first('free-pillow')}) GROUP BY variant"),
         ("what's the conversion rate by variant?", R_PILLOW, A_PILLOW),
         ("and the average order value in each?", m_aov("free-pillow"), [m_aov("free-pillow", False)]),
         ("did the pillow group send back more mattresses?", D)),
    conv("mt-2",
         ("conversion rate control vs sticky in the sticky checkout test", R_STICKY, A_STICKY),
         ("is the uplift bigger on mobile?", R_STICKY_DEV, A_STICKY_DEV + [R_STICKY_MOB] + A_STICKY_MOB),
         ("and for desktop?", R_STICKY_DESK, A_STICKY_DESK),
         ("what did people in the sticky group click on before they bought?", D)),
    conv("mt-3",
         ("how many users were assigned more than once in the sticky checkout test?",
          "SELECT COUNT(*) FROM (SELECT user_id FROM experiment_assignment WHERE experiment = 'sticky-checkout' "
          "GROUP BY user_id HAVING COUNT(*) > 1)"),
         ("how many of them ended up in a different variant the second time?",
          "SELECT COUNT(*) FROM (SELECT user_id FROM experiment_assignment WHERE experiment = 'sticky-checkout' "
          "GROUP BY user_id HAVING COUNT(DISTINCT variant) > 1)"),
         ("and across all experiments?", f"SELECT COUNT(*) FROM ({FLIPPED})"),
         ("which experiment had the most of those?",
          f"SELECT experiment FROM ({FLIPPED}) GROUP BY experiment ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("mt-4",
         ("how many orders were placed before the customer was put into a test?", f"SELECT COUNT(*) {PRE}",
          [f"SELECT COUNT(*) {PRE} AND o.orderStatus = 'completed'"]),
         ("how much revenue was that?", f"SELECT SUM(o.amountGbp) {PRE} AND o.orderStatus = 'completed'",
          [f"SELECT SUM(o.amountGbp) {PRE}"]),
         ("and how many orders came from users who were never in any experiment?",
          "SELECT COUNT(*) FROM orders WHERE userId NOT IN (SELECT user_id FROM experiment_assignment)",
          ["SELECT COUNT(*) FROM orders WHERE userId NOT IN (SELECT user_id FROM experiment_assignment) "
           "AND orderStatus = 'completed'"])),
    conv("mt-5",
         ("average order value by variant in the price anchor test", m_aov("price-anchor"),
          [m_aov("price-anchor", False)]),
         ("which variant brought in the most revenue per assigned user?", REV_PER_USER),
         ("how many of its orders were cancelled?",
          f"SELECT COUNT(*) {m_post('price-anchor', ' AND o.orderStatus = ' + chr(39) + 'cancelled' + chr(39))} "
          f"WHERE f.variant = ({REV_PER_USER})"),
         ("what was the profit margin on that variant?", D)),
    conv("mt-6",
         ("orders per month in 2024",
          "SELECT strftime('%m', orderedAt) AS m, COUNT(*) FROM orders WHERE orderedAt LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', orderedAt) AS m, COUNT(*) FROM orders WHERE orderedAt LIKE '2024%' GROUP BY m",
           "SELECT strftime('%m', orderedAt) AS m, COUNT(*) FROM orders WHERE orderedAt LIKE '2024%' "
           "AND orderStatus = 'completed' GROUP BY m"]),
         ("what share of them were cancelled?",
          "SELECT 100.0 * SUM(orderStatus = 'cancelled') / COUNT(*) FROM orders WHERE orderedAt LIKE '2024%'",
          ["SELECT 1.0 * SUM(orderStatus = 'cancelled') / COUNT(*) FROM orders WHERE orderedAt LIKE '2024%'"]
          + pct_and_frac("SELECT strftime('%m', orderedAt) AS m, 100.0 * SUM(orderStatus = 'cancelled') / COUNT(*) "
                         "FROM orders WHERE orderedAt LIKE '2024%' GROUP BY m")),
         ("which product sold the most?",
          "SELECT product FROM orders WHERE orderedAt LIKE '2024%' AND orderStatus = 'completed' GROUP BY product "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT product FROM orders WHERE orderedAt LIKE '2024%' GROUP BY product ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("mt-7",
         ("in the free pillow test, which mattress did the free_pillow group buy most?",
          f"SELECT o.product {m_post('free-pillow', ' AND o.orderStatus = ' + chr(39) + 'completed' + chr(39))} "
          "WHERE f.variant = 'free_pillow' GROUP BY o.product ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the control group?",
          f"SELECT o.product {m_post('free-pillow', ' AND o.orderStatus = ' + chr(39) + 'completed' + chr(39))} "
          "WHERE f.variant = 'control' GROUP BY o.product ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what was the NPS for each group?", D)),
    conv("mt-8",
         ("how many users do we have per country?", "SELECT country, COUNT(*) FROM users GROUP BY country"),
         ("which country has the best conversion in the price anchor test?", BEST_CTRY),
         ("how many users from there were in anchor_b?",
          f"SELECT COUNT(*) FROM ({first('price-anchor')}) f JOIN users u ON u.user_id = f.user_id "
          f"WHERE f.variant = 'anchor_b' AND u.country = ({BEST_CTRY})")),
    conv("mt-9",
         ("total revenue from completed orders by month", MONTHLY_REV),
         ("which month was the highest?",
          "SELECT strftime('%Y-%m', orderedAt) AS month FROM orders WHERE orderStatus = 'completed' GROUP BY month "
          "ORDER BY SUM(amountGbp) DESC LIMIT 1"),
         ("how many visitors came to the site that month?", D)),
    conv("mt-10",
         ("how many users opted in to marketing emails?", "SELECT COUNT(*) FROM users WHERE marketing_opt_in = 1"),
         ("conversion in the free pillow test for opted-in vs not", R_OPT, A_OPT + [R_OPT_NN] + A_OPT_NN),
         ("what's the email open rate for them?", D),
         ("when does the delivery badge test start?",
          "SELECT StartDate FROM Experiments WHERE ExperimentKey = 'delivery-badge'")),
]

# ------------------------------------------------------------------------------------------ sneakers
SJ = "FROM web_sessions s LEFT JOIN funnel_events p ON p.session_id = s.sessionId AND p.step = 'purchase'"


def s_conv(by: str, where: str) -> str:
    return f"SELECT {by}, 100.0 * COUNT(p.session_id) / COUNT(*) AS conv_rate {SJ} WHERE {where} GROUP BY {by}"


STEPS = ("(SELECT 1 AS k, 'view' AS s UNION ALL SELECT 2, 'add_to_cart' UNION ALL SELECT 3, 'checkout' "
         "UNION ALL SELECT 4, 'purchase')")
LOSS = (f"WITH c AS (SELECT step, COUNT(DISTINCT session_id) AS n FROM funnel_events GROUP BY step), o AS {STEPS} "
        "SELECT {col} FROM o o1 JOIN o o2 ON o2.k = o1.k + 1 JOIN c c1 ON c1.step = o1.s JOIN c c2 ON c2.step = o2.s "
        "ORDER BY c1.n - c2.n DESC LIMIT 1")
CART_NO_BUY = ("SELECT COUNT(DISTINCT a.session_id) FROM funnel_events a {j}WHERE a.step = 'add_to_cart' "
               "AND a.session_id NOT IN (SELECT session_id FROM funnel_events WHERE step = 'purchase'){w}")
TEST = "s.abVariant IS NOT NULL"
PUR = "FROM funnel_events p JOIN web_sessions s ON s.sessionId = p.session_id WHERE p.step = 'purchase'"
MIN_ATP = ("(julianday(p.event_time) - julianday(a.event_time)) * 24 * 60")
ATP = ("FROM funnel_events a JOIN funnel_events p ON p.session_id = a.session_id AND p.step = 'purchase' "
       "JOIN web_sessions s ON s.sessionId = a.session_id WHERE a.step = 'add_to_cart'")
WK = "substr(startedAt, 1, 10) BETWEEN '2025-03-10' AND '2025-03-16'"
TOP5V = ("SELECT pr.Model, COUNT(*) AS views FROM funnel_events e JOIN Products pr ON pr.SKU = e.sku "
         "WHERE e.step = 'view' GROUP BY pr.Model ORDER BY views DESC LIMIT 5")
RATE5 = (f"SELECT t.Model, 100.0 * (SELECT COUNT(*) FROM funnel_events e JOIN Products pr ON pr.SKU = e.sku "
         f"WHERE e.step = 'purchase' AND pr.Model = t.Model) / t.views AS rate FROM ({TOP5V}) t")
ABANDON = ("FROM funnel_events c WHERE c.step = 'checkout' AND c.session_id NOT IN "
           "(SELECT session_id FROM funnel_events WHERE step = 'purchase')")
BUYERS2 = ("SELECT COUNT(*) FROM (SELECT s.visitorId FROM funnel_events p JOIN web_sessions s "
           "ON s.sessionId = p.session_id WHERE p.step = 'purchase' GROUP BY s.visitorId HAVING COUNT(*) > 1)")
CTRY_CONV = s_conv("s.country", "1 = 1")
ATC = ("SELECT s.landingPage, 100.0 * COUNT(a.session_id) / COUNT(*) AS atc_rate FROM web_sessions s "
       "LEFT JOIN funnel_events a ON a.session_id = s.sessionId AND a.step = 'add_to_cart' GROUP BY s.landingPage")

SNEAKERS = [
    conv("sn-1",
         ("how many sessions reached each funnel step?",
          "SELECT step, COUNT(DISTINCT session_id) FROM funnel_events GROUP BY step"),
         ("which step loses the most users?", LOSS.format(col="o1.s AS from_step"),
          [LOSS.format(col="o2.s AS to_step")]),
         ("how many sessions added to cart but never bought?", CART_NO_BUY.format(j="", w="")),
         ("and on mobile only?",
          CART_NO_BUY.format(j="JOIN web_sessions s ON s.sessionId = a.session_id ", w=" AND s.deviceType = 'mobile'"))),
    conv("sn-2",
         ("conversion rate by variant for the product page test", s_conv("s.abVariant", TEST),
          pct_and_frac(s_conv("s.abVariant", TEST))[1:]),
         ("is the uplift bigger on mobile?", s_conv("s.deviceType, s.abVariant", TEST),
          pct_and_frac(s_conv("s.deviceType, s.abVariant", TEST))[1:]
          + pct_and_frac(s_conv("s.deviceType, s.abVariant", TEST + " AND s.deviceType IS NOT NULL"))
          + pct_and_frac(s_conv("s.abVariant", TEST + " AND s.deviceType = 'mobile'"))),
         ("and for new visitors only?", s_conv("s.deviceType, s.abVariant", TEST + " AND s.isNewVisitor = 1"),
          pct_and_frac(s_conv("s.deviceType, s.abVariant", TEST + " AND s.isNewVisitor = 1"))[1:]
          + pct_and_frac(s_conv("s.deviceType, s.abVariant",
                                TEST + " AND s.isNewVisitor = 1 AND s.deviceType IS NOT NULL"))
          + pct_and_frac(s_conv("s.abVariant", TEST + " AND s.isNewVisitor = 1 AND s.deviceType = 'mobile'"))
          + pct_and_frac(s_conv("s.abVariant", TEST + " AND s.isNewVisitor = 1"))),
         ("how many of those buyers used a discount code?", D)),
    conv("sn-3",
         ("average order value in B vs A", f"SELECT s.abVariant, AVG(p.revenue) {PUR} AND {TEST} GROUP BY s.abVariant"),
         ("and in February, before the test started?",
          f"SELECT AVG(p.revenue) {PUR} AND s.startedAt LIKE '2025-02%'"),
         ("which brand brought in the most revenue in March?",
          "SELECT pr.Brand FROM funnel_events p JOIN web_sessions s ON s.sessionId = p.session_id "
          "JOIN Products pr ON pr.SKU = p.sku WHERE p.step = 'purchase' AND s.startedAt LIKE '2025-03%' "
          "GROUP BY pr.Brand ORDER BY SUM(p.revenue) DESC LIMIT 1"),
         ("what's the return rate for that brand?", D)),
    conv("sn-4",
         ("average time from add to cart to purchase, in minutes", f"SELECT AVG({MIN_ATP}) {ATP}"),
         ("by device?", f"SELECT s.deviceType, AVG({MIN_ATP}) {ATP} GROUP BY s.deviceType",
          [f"SELECT s.deviceType, AVG({MIN_ATP}) {ATP} AND s.deviceType IS NOT NULL GROUP BY s.deviceType"]),
         ("which device is slowest?",
          f"SELECT s.deviceType {ATP} AND s.deviceType IS NOT NULL GROUP BY s.deviceType "
          f"ORDER BY AVG({MIN_ATP}) DESC LIMIT 1")),
    conv("sn-5",
         ("sessions per day in the week of March 10th",
          f"SELECT substr(startedAt, 1, 10) AS d, COUNT(*) FROM web_sessions WHERE {WK} GROUP BY d"),
         ("which day that week had the most purchases?",
          f"SELECT substr(s.startedAt, 1, 10) AS d {PUR} AND {WK.replace('startedAt', 's.startedAt')} "
          "GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what was the weather like that day?", D)),
    conv("sn-6",
         ("top 5 products by views", TOP5V,
          ["SELECT sku, COUNT(*) AS views FROM funnel_events WHERE step = 'view' GROUP BY sku "
           "ORDER BY views DESC LIMIT 5"]),
         ("what's their view-to-purchase rate?", RATE5, pct_and_frac(RATE5)[1:]),
         ("which of them has the best?", f"SELECT Model FROM ({RATE5}) ORDER BY rate DESC LIMIT 1")),
    conv("sn-7",
         ("how many sessions started checkout but didn't buy?", f"SELECT COUNT(*) {ABANDON}"),
         ("what share of checkouts is that?",
          f"SELECT 100.0 * (SELECT COUNT(*) {ABANDON}) / (SELECT COUNT(*) FROM funnel_events WHERE step = 'checkout')",
          [f"SELECT 1.0 * (SELECT COUNT(*) {ABANDON}) / "
           "(SELECT COUNT(*) FROM funnel_events WHERE step = 'checkout')"]),
         ("why did they drop off?", D),
         ("how many of them were on mobile?",
          f"SELECT COUNT(*) {ABANDON.replace('FROM funnel_events c', 'FROM funnel_events c JOIN web_sessions s ON s.sessionId = c.session_id')}"
          " AND s.deviceType = 'mobile'")),
    conv("sn-8",
         ("what share of sessions come from new visitors?",
          "SELECT 100.0 * SUM(isNewVisitor = 1) / COUNT(*) FROM web_sessions",
          ["SELECT 1.0 * SUM(isNewVisitor = 1) / COUNT(*) FROM web_sessions"]),
         ("conversion rate new vs returning", s_conv("s.isNewVisitor", "1 = 1"),
          pct_and_frac(s_conv("s.isNewVisitor", "1 = 1"))[1:]),
         ("how many visitors bought more than once?", BUYERS2)),
    conv("sn-9",
         ("purchases by country", f"SELECT s.country, COUNT(*) {PUR} GROUP BY s.country"),
         ("conversion rate by country", CTRY_CONV, pct_and_frac(CTRY_CONV)[1:]),
         ("which country converts best?",
          f"SELECT s.country {SJ} GROUP BY s.country ORDER BY 1.0 * COUNT(p.session_id) / COUNT(*) DESC LIMIT 1"),
         ("what do we charge for shipping there?", D)),
    conv("sn-10",
         ("add-to-cart rate by landing page", ATC, pct_and_frac(ATC)[1:]),
         ("which landing page is worst?",
          "SELECT s.landingPage FROM web_sessions s LEFT JOIN funnel_events a ON a.session_id = s.sessionId "
          "AND a.step = 'add_to_cart' GROUP BY s.landingPage ORDER BY 1.0 * COUNT(a.session_id) / COUNT(*) LIMIT 1"),
         ("how long do people stay on it?", D)),
]

# ------------------------------------------------------------------------------------------ cookware
def br(by: str, where: str = "") -> str:
    w = f" WHERE {where}" if where else ""
    return f"SELECT {by}, 100.0 * SUM(Bounced = 'Y') / COUNT(*) AS bounce_rate FROM Sessions{w} GROUP BY {by}"


def median(where: str, col: str = "DurationSec") -> str:
    w = f"DurationSec IS NOT NULL AND {where}" if where else "DurationSec IS NOT NULL"
    return (f"SELECT AVG({col}) FROM (SELECT DurationSec FROM Sessions WHERE {w} ORDER BY DurationSec "
            f"LIMIT 2 - (SELECT COUNT(*) FROM Sessions WHERE {w}) % 2 "
            f"OFFSET (SELECT (COUNT(*) - 1) / 2 FROM Sessions WHERE {w}))")


def medians(where: str) -> tuple[str, list[str]]:
    nb = f"{where} AND Bounced = 'N'" if where else "Bounced = 'N'"
    return median(where), [median(where, "DurationSec / 60.0"), median(nb), median(nb, "DurationSec / 60.0")]


def c_conv(by: str, where: str, cancelled: bool = False) -> str:
    st = "" if cancelled else " AND o.status <> 'cancelled'"
    return (f"SELECT {by}, 100.0 * COUNT(DISTINCT o.session_id) / COUNT(DISTINCT s.SessionID) AS conv_rate "
            f"FROM Sessions s LEFT JOIN order_header o ON o.session_id = s.SessionID{st} "
            f"WHERE {where} GROUP BY {by}")


def c_rates(by: str, where: str, visitors: bool = True) -> tuple[str, list[str]]:
    ref = c_conv(by, where)
    acc = pct_and_frac(ref)[1:] + pct_and_frac(c_conv(by, where, True))
    if visitors:    # converted visitors / visitors, the per-user reading
        v = c_conv(by, where).replace("COUNT(DISTINCT o.session_id)", "COUNT(DISTINCT CASE WHEN o.session_id IS NOT "
                                      "NULL THEN s.VisitorID END)").replace("COUNT(DISTINCT s.SessionID)",
                                                                            "COUNT(DISTINCT s.VisitorID)")
        acc += pct_and_frac(v)
    return ref, acc


def c_aov(by: str, where: str, cancelled: bool = False) -> str:
    st = "" if cancelled else " AND o.status <> 'cancelled'"
    return (f"SELECT {by}, AVG(CAST(o.order_total AS REAL)) FROM order_header o JOIN Sessions s "
            f"ON s.SessionID = o.session_id WHERE {where}{st} GROUP BY {by}")


EXP = "s.ExpGroup IS NOT NULL"
R_EXP, A_EXP = c_rates("s.ExpGroup", EXP)
R_EXP_DEV, A_EXP_DEV = c_rates("s.Device, s.ExpGroup", EXP)
R_EXP_MOB, A_EXP_MOB = c_rates("s.ExpGroup", EXP + " AND s.Device = 'Mobile'")
R_EXP_NEW, A_EXP_NEW = c_rates("s.Device, s.ExpGroup", EXP + " AND s.VisitorType = 'New'")
R_EXP_NEW_MOB, A_EXP_NEW_MOB = c_rates("s.ExpGroup", EXP + " AND s.VisitorType = 'New' AND s.Device = 'Mobile'")
R_EXP_NEW_ALL, A_EXP_NEW_ALL = c_rates("s.ExpGroup", EXP + " AND s.VisitorType = 'New'")
FEB3 = "substr(StartTime, 1, 10) BETWEEN '2025-02-03' AND '2025-02-09'"
MED, A_MED = medians("")
MED_MOB, A_MED_MOB = medians("Device = 'Mobile'")
JAN = "StartTime LIKE '2025-01%'"
CPN = "CASE WHEN o.coupon_code IS NULL THEN 'no coupon' ELSE 'coupon' END"
SUB = "CASE WHEN v.NewsletterSub = 'yes' THEN 'subscribed' ELSE 'others' END"
SUBJ = ("FROM Sessions s JOIN Visitors v ON v.VisitorID = s.VisitorID LEFT JOIN order_header o "
        "ON o.session_id = s.SessionID AND o.status <> 'cancelled'")
SUB_CONV = f"SELECT {SUB} AS grp, 100.0 * COUNT(o.session_id) / COUNT(*) AS conv_rate {SUBJ} GROUP BY grp"
SUB_RAW = f"SELECT v.NewsletterSub, 100.0 * COUNT(o.session_id) / COUNT(*) AS conv_rate {SUBJ} GROUP BY v.NewsletterSub"
SUB_VIS = (f"SELECT {SUB} AS grp, 100.0 * COUNT(DISTINCT CASE WHEN o.session_id IS NOT NULL THEN s.VisitorID END) "
           f"/ COUNT(DISTINCT s.VisitorID) AS conv_rate {SUBJ} GROUP BY grp")
REV_SRC = ("SELECT s.TrafficSource, SUM(CAST(o.order_total AS REAL)) AS revenue FROM order_header o JOIN Sessions s "
           "ON s.SessionID = o.session_id WHERE o.status <> 'cancelled' GROUP BY s.TrafficSource")
TOP_SRC = ("SELECT s.TrafficSource FROM order_header o JOIN Sessions s ON s.SessionID = o.session_id "
           "WHERE o.status <> 'cancelled' GROUP BY s.TrafficSource ORDER BY SUM(CAST(o.order_total AS REAL)) DESC "
           "LIMIT 1")
LONG = "s.DurationSec > 600"

COOKWARE = [
    conv("ck-1",
         ("bounce rate by device", br("Device"), pct_and_frac(br("Device"))[1:]),
         ("and by traffic source?", br("TrafficSource"), pct_and_frac(br("TrafficSource"))[1:]),
         ("which source has the worst bounce rate?",
          "SELECT TrafficSource FROM Sessions GROUP BY TrafficSource "
          "ORDER BY 1.0 * SUM(Bounced = 'Y') / COUNT(*) DESC LIMIT 1"),
         ("and just for the week of February 3rd?",
          f"SELECT TrafficSource FROM Sessions WHERE {FEB3} GROUP BY TrafficSource "
          "ORDER BY 1.0 * SUM(Bounced = 'Y') / COUNT(*) DESC LIMIT 1")),
    conv("ck-2",
         ("what's the median session length?", MED, A_MED),
         ("and on mobile?", MED_MOB, A_MED_MOB),
         ("average pages per session for sessions that didn't bounce",
          "SELECT AVG(PagesViewed) FROM Sessions WHERE Bounced = 'N'"),
         ("how many of those sessions were from logged-in customers?", D)),
    conv("ck-3",
         ("conversion rate by group in the free shipping banner test", R_EXP, A_EXP),
         ("average order value in the banner group vs control", c_aov("s.ExpGroup", EXP),
          [c_aov("s.ExpGroup", EXP, True)]),
         ("is the uplift bigger on mobile?", R_EXP_DEV, A_EXP_DEV + [R_EXP_MOB] + A_EXP_MOB),
         ("and for new visitors only?", R_EXP_NEW,
          A_EXP_NEW + [R_EXP_NEW_MOB] + A_EXP_NEW_MOB + [R_EXP_NEW_ALL] + A_EXP_NEW_ALL)),
    conv("ck-4",
         ("sessions by traffic source in January",
          f"SELECT TrafficSource, COUNT(*) FROM Sessions WHERE {JAN} GROUP BY TrafficSource"),
         ("what share came from paid search?",
          f"SELECT 100.0 * SUM(TrafficSource = 'Paid Search') / COUNT(*) FROM Sessions WHERE {JAN}",
          [f"SELECT 1.0 * SUM(TrafficSource = 'Paid Search') / COUNT(*) FROM Sessions WHERE {JAN}"]),
         ("how much did we spend on paid search that month?", D),
         ("what was its bounce rate?",
          f"SELECT 100.0 * SUM(Bounced = 'Y') / COUNT(*) FROM Sessions WHERE {JAN} AND TrafficSource = 'Paid Search'",
          [f"SELECT 1.0 * SUM(Bounced = 'Y') / COUNT(*) FROM Sessions WHERE {JAN} "
           "AND TrafficSource = 'Paid Search'"])),
    conv("ck-5",
         ("how many orders used a coupon?", "SELECT COUNT(*) FROM order_header WHERE coupon_code IS NOT NULL",
          ["SELECT COUNT(*) FROM order_header WHERE coupon_code IS NOT NULL AND status <> 'cancelled'"]),
         ("which code is used most?",
          "SELECT coupon_code FROM order_header WHERE coupon_code IS NOT NULL GROUP BY coupon_code "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("average order value with vs without a coupon",
          f"SELECT {CPN} AS c, AVG(CAST(o.order_total AS REAL)) FROM order_header o WHERE o.status <> 'cancelled' "
          "GROUP BY c",
          [f"SELECT {CPN} AS c, AVG(CAST(o.order_total AS REAL)) FROM order_header o GROUP BY c"]),
         ("how much discount did WELCOME10 give away in total?", D)),
    conv("ck-6",
         ("sessions per month", "SELECT strftime('%Y-%m', StartTime) AS m, COUNT(*) FROM Sessions GROUP BY m"),
         ("bounce rate per month", br("strftime('%Y-%m', StartTime)"),
          pct_and_frac(br("strftime('%Y-%m', StartTime)"))[1:]),
         ("which month had the longest average session?",
          "SELECT strftime('%Y-%m', StartTime) AS m FROM Sessions GROUP BY m ORDER BY AVG(DurationSec) DESC LIMIT 1")),
    conv("ck-7",
         ("how many visitors are subscribed to the newsletter?",
          "SELECT COUNT(*) FROM Visitors WHERE NewsletterSub = 'yes'"),
         ("how does their conversion rate compare to everyone else?", SUB_CONV,
          pct_and_frac(SUB_CONV)[1:] + pct_and_frac(SUB_RAW) + pct_and_frac(SUB_VIS)),
         ("how many newsletters did we send them last month?", D)),
    conv("ck-8",
         ("revenue by traffic source", REV_SRC, [REV_SRC.replace("WHERE o.status <> 'cancelled' ", "")]),
         ("which source brings in the most?", TOP_SRC),
         ("what's the revenue per session for it?",
          "SELECT (SELECT SUM(CAST(o.order_total AS REAL)) FROM order_header o JOIN Sessions s "
          f"ON s.SessionID = o.session_id WHERE o.status <> 'cancelled' AND s.TrafficSource = ({TOP_SRC})) "
          f"/ (SELECT COUNT(*) FROM Sessions WHERE TrafficSource = ({TOP_SRC}))")),
    conv("ck-9",
         ("how many sessions lasted more than 10 minutes?", "SELECT COUNT(*) FROM Sessions WHERE DurationSec > 600"),
         ("what share of those converted?",
          f"SELECT 100.0 * COUNT(o.session_id) / COUNT(*) FROM Sessions s LEFT JOIN order_header o "
          f"ON o.session_id = s.SessionID AND o.status <> 'cancelled' WHERE {LONG}",
          [f"SELECT 1.0 * COUNT(o.session_id) / COUNT(*) FROM Sessions s LEFT JOIN order_header o "
           f"ON o.session_id = s.SessionID AND o.status <> 'cancelled' WHERE {LONG}",
           f"SELECT 100.0 * COUNT(o.session_id) / COUNT(*) FROM Sessions s LEFT JOIN order_header o "
           f"ON o.session_id = s.SessionID WHERE {LONG}"]),
         ("which device do they mostly use?",
          "SELECT Device FROM Sessions WHERE DurationSec > 600 GROUP BY Device ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("ck-10",
         ("what's the average scroll depth on product pages?", D),
         ("pages per session by device", "SELECT Device, AVG(PagesViewed) FROM Sessions GROUP BY Device"),
         ("and for returning visitors?",
          "SELECT Device, AVG(PagesViewed) FROM Sessions WHERE VisitorType = 'Returning' GROUP BY Device")),
]

SETS = {"mattress": MATTRESS, "sneakers": SNEAKERS, "cookware": COOKWARE}
