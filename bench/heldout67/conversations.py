"""Held-out set heldout67: a growth analyst's conversations over three subscription businesses,
written before the engine was run on them. Each turn: question, reference SQL (SQLite), optional
`accept` (other SQL that honestly answers), or None (D) when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def frac(*sqls: str) -> list[str]:
    """The same answers as a fraction instead of a percentage."""
    return [s.replace("100.0 *", "1.0 *") for s in sqls]


def mm(*sqls: str) -> list[str]:
    """The same answers with the month as 'MM' instead of 'YYYY-MM'."""
    return [s.replace("'%Y-%m'", "'%m'") for s in sqls]


# ------------------------------------------------------------------------------------------ meditation
def named(sql: str, *vals: str) -> str:
    """The same answer with the plan's name instead of its code."""
    cols = "".join(f", t.{v}" for v in vals)
    return f"SELECT p.plan_name{cols} FROM ({sql}) t JOIN plans p ON p.plan_code = t.plan_code"


# the state of each customer now: their latest event (timestamps are unique per customer)
LAST = ("SELECT e.customer_id, e.event_type, e.plan_code FROM sub_events e WHERE e.event_ts = "
        "(SELECT MAX(x.event_ts) FROM sub_events x WHERE x.customer_id = e.customer_id)")
ACT = f"SELECT customer_id FROM ({LAST}) WHERE event_type NOT IN ('cancelled', 'paused')"
ACT2 = f"SELECT customer_id FROM ({LAST}) WHERE event_type <> 'cancelled'"
STARTERS = "SELECT customer_id FROM sub_events WHERE event_type = 'started'"
MONTHLY_EQ = "CASE p.billing_period WHEN 'annual' THEN p.price_usd / 12.0 ELSE p.price_usd END"


def at(d: str) -> str:
    """Each customer's latest event before date d."""
    return ("SELECT e.customer_id, e.event_type, e.plan_code FROM sub_events e WHERE e.event_ts = "
            f"(SELECT MAX(x.event_ts) FROM sub_events x WHERE x.customer_id = e.customer_id AND x.event_ts < '{d}')")


def churn(q0: str, q1: str, annual: bool = False, excl_paused: bool = False, events: bool = False) -> str:
    plan = " AND s.plan_code IN (SELECT plan_code FROM plans WHERE billing_period = 'annual')" if annual else ""
    live = "s.event_type NOT IN ('cancelled', 'paused')" if excl_paused else "s.event_type <> 'cancelled'"
    num = "COUNT(c.event_id)" if events else "COUNT(DISTINCT c.customer_id)"
    return (f"SELECT 100.0 * (SELECT {num} FROM ({at(q0)}) s JOIN sub_events c ON c.customer_id = s.customer_id "
            f"AND c.event_type = 'cancelled' AND c.event_ts >= '{q0}' AND c.event_ts < '{q1}' WHERE {live}{plan}) "
            f"/ (SELECT COUNT(*) FROM ({at(q0)}) s WHERE {live}{plan})")


def churn_all(q0, q1, annual=False):
    out = []
    for ex in (False, True):
        for ev in (False, True):
            out.append(churn(q0, q1, annual, ex, ev))
    return out[0], out[1:] + frac(*out)


MAR24 = "SELECT customer_id FROM customers WHERE signup_date LIKE '2024-03%'"
JUN24 = "SELECT customer_id FROM customers WHERE signup_date LIKE '2024-06%'"
FIRST_START = ("SELECT e.customer_id, e.plan_code, e.event_ts FROM sub_events e WHERE e.event_type = 'started' AND "
               "e.event_ts = (SELECT MIN(x.event_ts) FROM sub_events x WHERE x.customer_id = e.customer_id "
               "AND x.event_type = 'started')")
ANNUAL = "SELECT plan_code FROM plans WHERE billing_period = 'annual'"


def cohort_pct(cohort: str, act: str) -> str:
    return f"SELECT 100.0 * SUM(customer_id IN ({act})) / COUNT(*) FROM customers WHERE customer_id IN ({cohort})"


def cohort_annual(cohort: str, act: str) -> str:
    return (f"SELECT 100.0 * SUM(f.customer_id IN ({act})) / COUNT(*) FROM ({FIRST_START}) f "
            f"WHERE f.customer_id IN ({cohort}) AND f.plan_code IN ({ANNUAL})")


def cohort_annual_now(cohort: str, act: str) -> str:
    return (f"SELECT 100.0 * (SELECT COUNT(*) FROM ({LAST}) l WHERE l.customer_id IN ({act}) AND l.customer_id IN "
            f"({cohort}) AND l.plan_code IN ({ANNUAL})) / (SELECT COUNT(*) FROM customers WHERE customer_id IN ({cohort}))")


# tenure of customers who cancelled: first start to first cancellation, by the plan they started on
TENURE = (f"SELECT f.plan_code, AVG(julianday(c.ct) - julianday(f.event_ts)) AS avg_days FROM ({FIRST_START}) f "
          "JOIN (SELECT customer_id, MIN(event_ts) AS ct FROM sub_events WHERE event_type = 'cancelled' "
          "GROUP BY customer_id) c ON c.customer_id = f.customer_id GROUP BY f.plan_code")
# every start paired with the cancellation that ended it
TENURE2 = ("SELECT s.plan_code, AVG(julianday(c.event_ts) - julianday(s.event_ts)) AS avg_days FROM sub_events s "
           "JOIN sub_events c ON c.customer_id = s.customer_id AND c.event_type = 'cancelled' AND c.event_ts = "
           "(SELECT MIN(x.event_ts) FROM sub_events x WHERE x.customer_id = s.customer_id AND x.event_type = "
           "'cancelled' AND x.event_ts > s.event_ts) WHERE s.event_type = 'started' GROUP BY s.plan_code")
LONGEST = f"SELECT plan_code FROM ({TENURE}) ORDER BY avg_days DESC LIMIT 1"
LONGEST2 = f"SELECT plan_code FROM ({TENURE2}) ORDER BY avg_days DESC LIMIT 1"

DOWN_CANCEL = ("SELECT DISTINCT d.customer_id FROM sub_events d JOIN sub_events x ON x.customer_id = d.customer_id "
               "AND x.event_type = 'cancelled' AND x.event_ts > d.event_ts WHERE d.event_type = 'downgraded'")
# per customer: first downgrade, and the first cancellation after it
DC_DAYS = ("SELECT AVG(julianday(ct) - julianday(dt)) FROM (SELECT d.customer_id, d.dt, (SELECT MIN(x.event_ts) "
           "FROM sub_events x WHERE x.customer_id = d.customer_id AND x.event_type = 'cancelled' AND x.event_ts > d.dt) "
           "AS ct FROM (SELECT customer_id, MIN(event_ts) AS dt FROM sub_events WHERE event_type = 'downgraded' "
           "GROUP BY customer_id) d) WHERE ct IS NOT NULL")
DC_DAYS2 = ("SELECT AVG(julianday(ct) - julianday(dt)) FROM (SELECT d.event_ts AS dt, (SELECT MIN(x.event_ts) "
            "FROM sub_events x WHERE x.customer_id = d.customer_id AND x.event_type = 'cancelled' AND x.event_ts > "
            "d.event_ts) AS ct FROM sub_events d WHERE d.event_type = 'downgraded') WHERE ct IS NOT NULL")

SIGN24 = ("SELECT strftime('%Y-%m', signup_date) AS m, COUNT(*) FROM customers WHERE signup_date LIKE '2024%' "
          "GROUP BY m")
CONV24 = ("SELECT strftime('%Y-%m', c.signup_date) AS m, COUNT(DISTINCT e.customer_id) FROM customers c "
          "JOIN sub_events e ON e.customer_id = c.customer_id AND e.event_type = 'started' "
          "WHERE c.signup_date LIKE '2024%' GROUP BY m")
RATE24 = (f"SELECT strftime('%Y-%m', signup_date) AS m, 100.0 * SUM(customer_id IN ({STARTERS})) / COUNT(*) AS r "
          "FROM customers WHERE signup_date LIKE '2024%' GROUP BY m")
BEST24 = f"SELECT m FROM ({RATE24}) ORDER BY r DESC LIMIT 1"
ACT_ANNUAL = f"SELECT COUNT(*) FROM ({LAST}) l WHERE l.customer_id IN ({{a}}) AND l.plan_code IN ({ANNUAL})"
UPG24 = ("SELECT strftime('%Y-%m', event_ts) AS m, COUNT(*) AS n FROM sub_events WHERE event_type = 'upgraded' "
         "AND event_ts LIKE '2024%' GROUP BY m")
CANC_Q = ("SELECT (CAST(strftime('%m', event_ts) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM sub_events "
          "WHERE event_type = 'cancelled' AND event_ts LIKE '2024%' GROUP BY q")
RESTART = ("SELECT s.customer_id, s.plan_code FROM sub_events s WHERE s.event_type = 'started' AND EXISTS "
           "(SELECT 1 FROM sub_events c WHERE c.customer_id = s.customer_id AND c.event_type = 'cancelled' "
           "AND c.event_ts < s.event_ts)")
CONV_CH = (f"SELECT acq_channel, 100.0 * SUM(customer_id IN ({STARTERS})) / COUNT(*) AS r FROM customers "
           "GROUP BY acq_channel")

q4, q4a = churn_all("2024-10-01", "2025-01-01")
q4y, q4ya = churn_all("2024-10-01", "2025-01-01", annual=True)
q423, q423a = churn_all("2023-10-01", "2024-01-01")

MEDITATION = [
    conv("med-1",
         ("How many people signed up each month in 2024?", SIGN24, mm(SIGN24)),
         ("and how many of them went on to start a paid subscription?", CONV24, mm(CONV24)),
         ("what's that as a % of signups, month by month?", RATE24, mm(RATE24) + frac(RATE24) + frac(*mm(RATE24))),
         ("which month converted best?", BEST24, mm(BEST24))),
    conv("med-2",
         ("How many active subscribers do we have right now?", f"SELECT COUNT(*) FROM ({ACT})",
          [f"SELECT COUNT(*) FROM ({ACT2})"]),
         ("how many of them are on an annual plan?", ACT_ANNUAL.format(a=ACT), [ACT_ANNUAL.format(a=ACT2)]),
         ("and how many on each plan?",
          f"SELECT l.plan_code, COUNT(*) FROM ({LAST}) l WHERE l.customer_id IN ({ACT}) GROUP BY l.plan_code",
          [f"SELECT l.plan_code, COUNT(*) FROM ({LAST}) l WHERE l.customer_id IN ({ACT2}) GROUP BY l.plan_code",
           f"SELECT p.plan_name, COUNT(*) FROM ({LAST}) l JOIN plans p ON p.plan_code = l.plan_code "
           f"WHERE l.customer_id IN ({ACT}) GROUP BY p.plan_name",
           f"SELECT p.plan_name, COUNT(*) FROM ({LAST}) l JOIN plans p ON p.plan_code = l.plan_code "
           f"WHERE l.customer_id IN ({ACT2}) GROUP BY p.plan_name"]),
         ("how many are paused at the moment?", f"SELECT COUNT(*) FROM ({LAST}) WHERE event_type = 'paused'"),
         ("what's the average revenue per active subscriber per month?",
          f"SELECT AVG({MONTHLY_EQ}) FROM ({LAST}) l JOIN plans p ON p.plan_code = l.plan_code "
          f"WHERE l.customer_id IN ({ACT})",
          [f"SELECT AVG({MONTHLY_EQ}) FROM ({LAST}) l JOIN plans p ON p.plan_code = l.plan_code "
           f"WHERE l.customer_id IN ({ACT2})"]),
         ("how many of them opened the app this week?", D)),
    conv("med-3",
         ("How many cancellations were there in each quarter of 2024?", CANC_Q,
          [CANC_Q.replace("COUNT(*)", "COUNT(DISTINCT customer_id)"),
           CANC_Q.replace("SELECT (CAST", "SELECT 'Q' || ((CAST").replace("/ 3 AS q", "/ 3) AS q")]),
         ("what was our churn rate last quarter?", q4, q4a),
         ("and for annual plans only?", q4y, q4ya),
         ("what was it in Q4 2023, all plans?", q423, q423a)),
    conv("med-4",
         ("Which customers downgraded and then later cancelled?", DOWN_CANCEL,
          [f"SELECT email FROM customers WHERE customer_id IN ({DOWN_CANCEL})"]),
         ("how many is that?", f"SELECT COUNT(*) FROM ({DOWN_CANCEL})"),
         ("what share of everyone who ever downgraded is that?",
          f"SELECT 100.0 * (SELECT COUNT(*) FROM ({DOWN_CANCEL})) / "
          "(SELECT COUNT(DISTINCT customer_id) FROM sub_events WHERE event_type = 'downgraded')",
          frac(f"SELECT 100.0 * (SELECT COUNT(*) FROM ({DOWN_CANCEL})) / "
               "(SELECT COUNT(DISTINCT customer_id) FROM sub_events WHERE event_type = 'downgraded')")),
         ("on average, how many days passed between the downgrade and the cancellation?", DC_DAYS, [DC_DAYS2])),
    conv("med-5",
         ("Of the customers who signed up in March 2024, how many are still active?",
          f"SELECT COUNT(*) FROM ({ACT}) WHERE customer_id IN ({MAR24})",
          [f"SELECT COUNT(*) FROM ({ACT2}) WHERE customer_id IN ({MAR24})"]),
         ("what's that as a % of the March cohort?", cohort_pct(MAR24, ACT),
          [cohort_pct(MAR24, ACT2)] + frac(cohort_pct(MAR24, ACT), cohort_pct(MAR24, ACT2))),
         ("and for annual plans only?", cohort_annual(MAR24, ACT),
          [cohort_annual(MAR24, ACT2), cohort_annual_now(MAR24, ACT), cohort_annual_now(MAR24, ACT2)]
          + frac(cohort_annual(MAR24, ACT), cohort_annual(MAR24, ACT2))),
         ("what about the June 2024 cohort, all plans?", cohort_pct(JUN24, ACT),
          [cohort_pct(JUN24, ACT2)] + frac(cohort_pct(JUN24, ACT), cohort_pct(JUN24, ACT2)))),
    conv("med-6",
         ("For people who cancelled, how long had they been subscribed on average, by the plan they started on?",
          TENURE, [TENURE2, named(TENURE, "avg_days"), named(TENURE2, "avg_days")]),
         ("which plan keeps people longest?", LONGEST, [LONGEST2, named(LONGEST), named(LONGEST2)]),
         ("how many people started on that plan?",
          f"SELECT COUNT(DISTINCT customer_id) FROM sub_events WHERE event_type = 'started' AND plan_code = ({LONGEST})",
          [f"SELECT COUNT(*) FROM sub_events WHERE event_type = 'started' AND plan_code = ({LONGEST})"]),
         ("what's their average session length in the app?", D)),
    conv("med-7",
         ("How many signups came from each acquisition channel?",
          "SELECT acq_channel, COUNT(*) FROM customers GROUP BY acq_channel",
          ["SELECT acq_channel, COUNT(*) FROM customers WHERE acq_channel IS NOT NULL GROUP BY acq_channel"]),
         ("which channel converts best to a paid subscription?",
          f"SELECT acq_channel FROM ({CONV_CH}) WHERE acq_channel IS NOT NULL ORDER BY r DESC LIMIT 1"),
         ("what did we spend on paid social last year?", D),
         ("how many referral customers are still subscribed?",
          f"SELECT COUNT(*) FROM ({ACT}) WHERE customer_id IN (SELECT customer_id FROM customers "
          "WHERE acq_channel = 'referral')",
          [f"SELECT COUNT(*) FROM ({ACT2}) WHERE customer_id IN (SELECT customer_id FROM customers "
           "WHERE acq_channel = 'referral')"])),
    conv("med-8",
         ("How many upgrades were there each month in 2024?", UPG24, mm(UPG24)),
         ("which quarter had the most?",
          "SELECT (CAST(strftime('%m', event_ts) AS INTEGER) + 2) / 3 AS q FROM sub_events WHERE event_type = "
          "'upgraded' AND event_ts LIKE '2024%' GROUP BY q ORDER BY COUNT(*) DESC LIMIT 1"),
         ("which plan did people upgrade to most often that year?",
          "SELECT plan_code FROM sub_events WHERE event_type = 'upgraded' AND event_ts LIKE '2024%' "
          "GROUP BY plan_code ORDER BY COUNT(*) DESC LIMIT 1",
          [named("SELECT plan_code FROM sub_events WHERE event_type = 'upgraded' AND event_ts LIKE '2024%' "
                 "GROUP BY plan_code ORDER BY COUNT(*) DESC LIMIT 1")]),
         ("what was the most common reason people gave for upgrading?", D)),
    conv("med-9",
         ("How many customers do we have in Germany?", "SELECT COUNT(*) FROM customers WHERE country = 'DE'"),
         ("how many of them have ever paused?",
          "SELECT COUNT(DISTINCT e.customer_id) FROM sub_events e JOIN customers c ON c.customer_id = e.customer_id "
          "WHERE c.country = 'DE' AND e.event_type = 'paused'"),
         ("what's the total we refunded to German customers?", D)),
    conv("med-10",
         ("Which customers have cancelled more than once?",
          "SELECT customer_id FROM sub_events WHERE event_type = 'cancelled' GROUP BY customer_id HAVING COUNT(*) > 1"),
         ("how many customers came back after cancelling?", f"SELECT COUNT(DISTINCT customer_id) FROM ({RESTART})"),
         ("which plan do they come back on most?",
          f"SELECT plan_code FROM ({RESTART}) GROUP BY plan_code ORDER BY COUNT(*) DESC LIMIT 1",
          [named(f"SELECT plan_code FROM ({RESTART}) GROUP BY plan_code ORDER BY COUNT(*) DESC LIMIT 1")]),
         ("how many minutes of meditation did those win-backs log in their first month?", D)),
]

# ------------------------------------------------------------------------------------------ hosting
MS = "MonthlySnapshot"
ACC24 = f"SELECT SnapshotMonth, COUNT(*) FROM {MS} WHERE SnapshotMonth LIKE '2024%' GROUP BY SnapshotMonth"
MRR24 = f"SELECT SnapshotMonth, SUM(MRR) FROM {MS} WHERE SnapshotMonth LIKE '2024%' GROUP BY SnapshotMonth"
MOM = (f"SELECT 100.0 * ((SELECT SUM(MRR) FROM {MS} WHERE SnapshotMonth = '2024-12') - (SELECT SUM(MRR) FROM {MS} "
       f"WHERE SnapshotMonth = '2024-11')) / (SELECT SUM(MRR) FROM {MS} WHERE SnapshotMonth = '2024-11')")
MAR23 = "SELECT AccountId FROM Accounts WHERE CreatedOn LIKE '2023-03%'"
SEP23 = "SELECT AccountId FROM Accounts WHERE CreatedOn LIKE '2023-09%'"
DEC24 = f"SELECT AccountId FROM {MS} WHERE SnapshotMonth = '2024-12'"
ANNUAL_START = (f"SELECT s.AccountId FROM {MS} s WHERE s.BillingCycle = 'annual' AND s.SnapshotMonth = "
                f"(SELECT MIN(x.SnapshotMonth) FROM {MS} x WHERE x.AccountId = s.AccountId)")


def ret_pct(cohort: str) -> str:
    return f"SELECT 100.0 * SUM(AccountId IN ({DEC24})) / COUNT(*) FROM Accounts WHERE AccountId IN ({cohort})"


def ret_annual(cohort: str) -> str:
    return (f"SELECT 100.0 * SUM(AccountId IN ({DEC24})) / COUNT(*) FROM Accounts WHERE AccountId IN ({cohort}) "
            f"AND AccountId IN ({ANNUAL_START})")


def ret_annual_of_all(cohort: str) -> str:
    return (f"SELECT 100.0 * (SELECT COUNT(*) FROM {MS} WHERE SnapshotMonth = '2024-12' AND BillingCycle = 'annual' "
            f"AND AccountId IN ({cohort})) / (SELECT COUNT(*) FROM Accounts WHERE AccountId IN ({cohort}))")


TOPPLAN = (f"SELECT p.PlanId FROM {MS} s JOIN Plans p ON p.PlanId = s.PlanId WHERE s.SnapshotMonth = '2024-12' "
           "GROUP BY p.PlanId ORDER BY SUM(s.MRR) DESC LIMIT 1")
PREV = "strftime('%Y-%m', cur.SnapshotMonth || '-01', '-1 month')"
DOWNGRADED = (f"SELECT DISTINCT cur.AccountId FROM {MS} cur JOIN {MS} prev ON prev.AccountId = cur.AccountId "
              f"AND prev.SnapshotMonth = {PREV} JOIN Plans pc ON pc.PlanId = cur.PlanId JOIN Plans pp "
              "ON pp.PlanId = prev.PlanId WHERE pc.ListPriceMonthly < pp.ListPriceMonthly")
LASTM = f"SELECT AccountId, MAX(SnapshotMonth) AS last_month FROM {MS} GROUP BY AccountId"
DOWN_GONE = f"SELECT AccountId FROM ({LASTM}) WHERE last_month < '2024-12' AND AccountId IN ({DOWNGRADED})"
NEXTM = "strftime('%Y-%m', l.last_month || '-01', '+1 month')"
# churn month = the first month an account is missing from the snapshot
CHURN24 = (f"SELECT {NEXTM} AS churn_month, COUNT(*) AS n FROM ({LASTM}) l WHERE l.last_month < '2024-12' "
           f"AND {NEXTM} LIKE '2024%' GROUP BY churn_month")
CHURN24B = (f"SELECT l.last_month AS churn_month, COUNT(*) AS n FROM ({LASTM}) l WHERE l.last_month < '2024-12' "
            "AND l.last_month LIKE '2024%' GROUP BY churn_month")
WORST = f"SELECT churn_month FROM ({CHURN24}) ORDER BY n DESC LIMIT 1"
WORSTB = f"SELECT churn_month FROM ({CHURN24B}) ORDER BY n DESC LIMIT 1"
TRIALS24 = f"SELECT AccountId, PlanId, SnapshotMonth FROM {MS} WHERE AccountStatus = 'trial' AND SnapshotMonth LIKE '2024%'"
CONVERTED = (f"SELECT t.AccountId FROM ({TRIALS24}) t WHERE EXISTS (SELECT 1 FROM {MS} x WHERE x.AccountId = t.AccountId "
             "AND x.SnapshotMonth > t.SnapshotMonth AND x.AccountStatus <> 'trial')")
IND = (f"SELECT a.Industry, AVG(s.MRR) AS v FROM {MS} s JOIN Accounts a ON a.AccountId = s.AccountId "
       "WHERE s.SnapshotMonth = '2024-12' GROUP BY a.Industry")
IND_TOP = f"SELECT Industry FROM ({IND}) ORDER BY v DESC LIMIT 1"
IND_TOP2 = (f"SELECT Industry FROM ({IND.replace('GROUP BY', 'AND s.AccountStatus <> ' + repr('trial') + ' GROUP BY')}) "
            "ORDER BY v DESC LIMIT 1")
NRR = (f"SELECT 100.0 * SUM(b.MRR) / (SELECT SUM(MRR) FROM {MS} WHERE SnapshotMonth = '2023-12') FROM {MS} b "
       f"WHERE b.SnapshotMonth = '2024-12' AND b.AccountId IN (SELECT AccountId FROM {MS} WHERE SnapshotMonth = '2023-12')")
EXPAND = (f"SELECT a.CompanyName FROM {MS} d24 JOIN {MS} d23 ON d23.AccountId = d24.AccountId AND d23.SnapshotMonth = "
          "'2023-12' JOIN Accounts a ON a.AccountId = d24.AccountId WHERE d24.SnapshotMonth = '2024-12' "
          "ORDER BY d24.MRR - d23.MRR DESC LIMIT 1")
UKTOP = (f"SELECT a.CompanyName FROM {MS} s JOIN Accounts a ON a.AccountId = s.AccountId WHERE a.Country = 'UK' "
         "GROUP BY a.AccountId ORDER BY SUM(s.MRR) DESC LIMIT 1")
PD = f"FROM {MS} WHERE SnapshotMonth = '2024-12' AND AccountStatus = 'past_due'"

HOSTING = [
    conv("host-1",
         ("How many accounts did we have each month in 2024?", ACC24,
          [ACC24.replace("WHERE", "WHERE AccountStatus <> 'trial' AND"),
           ACC24.replace("WHERE", "WHERE AccountStatus = 'paying' AND")]),
         ("and the total MRR each month?", MRR24),
         ("what was the month-over-month MRR growth in December 2024?", MOM,
          frac(MOM) + [f"SELECT (SELECT SUM(MRR) FROM {MS} WHERE SnapshotMonth = '2024-12') - "
                       f"(SELECT SUM(MRR) FROM {MS} WHERE SnapshotMonth = '2024-11')"]),
         ("what was the average revenue per paying account that month?",
          f"SELECT AVG(MRR) FROM {MS} WHERE SnapshotMonth = '2024-12' AND AccountStatus = 'paying'",
          [f"SELECT AVG(MRR) FROM {MS} WHERE SnapshotMonth = '2024-12' AND AccountStatus <> 'trial'",
           f"SELECT AVG(MRR) FROM {MS} WHERE SnapshotMonth = '2024-12' AND MRR > 0",
           f"SELECT SUM(MRR) * 1.0 / COUNT(*) FROM {MS} WHERE SnapshotMonth = '2024-12' AND AccountStatus = 'paying'",
           f"SELECT SUM(MRR) * 1.0 / COUNT(*) FROM {MS} WHERE SnapshotMonth = '2024-12' AND AccountStatus <> 'trial'"])),
    conv("host-2",
         ("How many accounts signed up in March 2023?", f"SELECT COUNT(*) FROM ({MAR23})"),
         ("how many of them are still customers in December 2024?",
          f"SELECT COUNT(*) FROM ({MAR23}) WHERE AccountId IN ({DEC24})"),
         ("what's that as a % of the cohort?", ret_pct(MAR23), frac(ret_pct(MAR23))),
         ("and for annual billing only?", ret_annual(MAR23), frac(ret_annual(MAR23)) + [ret_annual_of_all(MAR23)]),
         ("what about the September 2023 cohort?", ret_annual(SEP23),
          frac(ret_annual(SEP23)) + [ret_pct(SEP23)] + frac(ret_pct(SEP23)) + [ret_annual_of_all(SEP23)])),
    conv("host-3",
         ("Which plan brought in the most MRR in December 2024?",
          f"SELECT PlanName FROM Plans WHERE PlanId = ({TOPPLAN})"),
         ("how many accounts were on it that month?",
          f"SELECT COUNT(*) FROM {MS} WHERE SnapshotMonth = '2024-12' AND PlanId = ({TOPPLAN})"),
         ("and the average MRR per account on it?",
          f"SELECT AVG(MRR) FROM {MS} WHERE SnapshotMonth = '2024-12' AND PlanId = ({TOPPLAN})",
          [f"SELECT SUM(MRR) * 1.0 / COUNT(*) FROM {MS} WHERE SnapshotMonth = '2024-12' AND PlanId = ({TOPPLAN})",
           f"SELECT AVG(MRR) FROM {MS} WHERE SnapshotMonth = '2024-12' AND PlanId = ({TOPPLAN}) "
           "AND AccountStatus <> 'trial'"]),
         ("what's its list price?", f"SELECT ListPriceMonthly FROM Plans WHERE PlanId = ({TOPPLAN})")),
    conv("host-4",
         ("How many accounts have downgraded at some point?", f"SELECT COUNT(*) FROM ({DOWNGRADED})"),
         ("how many of those later churned?", f"SELECT COUNT(*) FROM ({DOWN_GONE})"),
         ("list them with the company name and the month they left",
          f"SELECT a.CompanyName, l.last_month FROM ({LASTM}) l JOIN Accounts a ON a.AccountId = l.AccountId "
          f"WHERE l.AccountId IN ({DOWN_GONE})",
          [f"SELECT a.CompanyName, {NEXTM} FROM ({LASTM}) l JOIN Accounts a ON a.AccountId = l.AccountId "
           f"WHERE l.AccountId IN ({DOWN_GONE})"]),
         ("how much MRR did we lose with them?",
          f"SELECT SUM(s.MRR) FROM {MS} s JOIN ({LASTM}) l ON l.AccountId = s.AccountId AND l.last_month = "
          f"s.SnapshotMonth WHERE s.AccountId IN ({DOWN_GONE})")),
    conv("host-5",
         ("How many accounts churned each month in 2024?", CHURN24, [CHURN24B]),
         ("which month was the worst?", WORST, [WORSTB]),
         ("how much MRR did we lose that month?",
          f"SELECT SUM(s.MRR) FROM {MS} s JOIN ({LASTM}) l ON l.AccountId = s.AccountId AND l.last_month = "
          f"s.SnapshotMonth WHERE {NEXTM} = ({WORST})",
          [f"SELECT SUM(s.MRR) FROM {MS} s JOIN ({LASTM}) l ON l.AccountId = s.AccountId AND l.last_month = "
           f"s.SnapshotMonth WHERE l.last_month = ({WORSTB})"]),
         ("what were the main reasons they gave for leaving?", D)),
    conv("host-6",
         ("How many trials did we start in 2024?", f"SELECT COUNT(*) FROM ({TRIALS24})"),
         ("how many of those converted to paid?", f"SELECT COUNT(*) FROM ({CONVERTED})"),
         ("what's the conversion rate?",
          f"SELECT 100.0 * (SELECT COUNT(*) FROM ({CONVERTED})) / (SELECT COUNT(*) FROM ({TRIALS24}))",
          frac(f"SELECT 100.0 * (SELECT COUNT(*) FROM ({CONVERTED})) / (SELECT COUNT(*) FROM ({TRIALS24}))")),
         ("and by plan?",
          f"SELECT p.PlanName, 100.0 * SUM(t.AccountId IN ({CONVERTED})) / COUNT(*) FROM ({TRIALS24}) t "
          "JOIN Plans p ON p.PlanId = t.PlanId GROUP BY p.PlanName",
          frac(f"SELECT p.PlanName, 100.0 * SUM(t.AccountId IN ({CONVERTED})) / COUNT(*) FROM ({TRIALS24}) t "
               "JOIN Plans p ON p.PlanId = t.PlanId GROUP BY p.PlanName")),
         ("how many support tickets did trial users open?", D)),
    conv("host-7",
         ("Which industry had the highest average MRR per account in December 2024?", IND_TOP, [IND_TOP2]),
         ("how many accounts does it have right now?",
          f"SELECT COUNT(*) FROM {MS} s JOIN Accounts a ON a.AccountId = s.AccountId WHERE s.SnapshotMonth = '2024-12' "
          f"AND a.Industry = ({IND_TOP})"),
         ("what does it cost us to acquire a customer in that industry?", D),
         ("which sales rep looks after the most of them?",
          f"SELECT a.SalesRep FROM {MS} s JOIN Accounts a ON a.AccountId = s.AccountId WHERE s.SnapshotMonth = "
          f"'2024-12' AND a.Industry = ({IND_TOP}) AND a.SalesRep IS NOT NULL GROUP BY a.SalesRep "
          "ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("host-8",
         ("What was our net revenue retention over 2024?", NRR, frac(NRR)),
         ("which account expanded the most over the year?", EXPAND),
         ("how many seats do they have?", D)),
    conv("host-9",
         ("How many accounts do we have in each country right now?",
          f"SELECT a.Country, COUNT(*) FROM {MS} s JOIN Accounts a ON a.AccountId = s.AccountId "
          "WHERE s.SnapshotMonth = '2024-12' GROUP BY a.Country"),
         ("what's the average MRR in the UK?",
          f"SELECT AVG(s.MRR) FROM {MS} s JOIN Accounts a ON a.AccountId = s.AccountId "
          "WHERE s.SnapshotMonth = '2024-12' AND a.Country = 'UK'",
          [f"SELECT AVG(s.MRR) FROM {MS} s JOIN Accounts a ON a.AccountId = s.AccountId "
           "WHERE s.SnapshotMonth = '2024-12' AND a.Country = 'UK' AND s.AccountStatus <> 'trial'"]),
         ("which UK account has paid us the most in total?", UKTOP),
         ("when did they sign up?", f"SELECT CreatedOn FROM Accounts WHERE CompanyName = ({UKTOP})"),
         ("how much traffic do their websites get?", D)),
    conv("host-10",
         ("How many accounts are past due this month?", f"SELECT COUNT(*) {PD}"),
         ("how much MRR is that?", f"SELECT SUM(MRR) {PD}"),
         ("how many days overdue are they on average?", D),
         ("how many of them were also past due in November?",
          f"SELECT COUNT(*) {PD} AND AccountId IN (SELECT AccountId FROM {MS} WHERE SnapshotMonth = '2024-11' "
          "AND AccountStatus = 'past_due')")),
]

# ------------------------------------------------------------------------------------------ carwash
S24 = ("SELECT strftime('%Y-%m', start_date) AS m, COUNT(*) AS n FROM subscriptions WHERE start_date LIKE '2024%' "
       "GROUP BY m")
J24 = "SELECT strftime('%Y-%m', joinedOn) AS m, COUNT(*) AS n FROM members WHERE joinedOn LIKE '2024%' GROUP BY m"
E24 = ("SELECT strftime('%Y-%m', end_date) AS m, COUNT(*) AS n FROM subscriptions WHERE end_date LIKE '2024%' "
       "GROUP BY m")
E24B = ("SELECT strftime('%Y-%m', end_date) AS m, COUNT(*) AS n FROM subscriptions WHERE end_date LIKE '2024%' "
        "AND COALESCE(cancel_reason, '') <> 'switched tier' GROUP BY m")
NET = f"SELECT s.m FROM ({S24}) s JOIN ({E24}) e ON e.m = s.m ORDER BY s.n - e.n DESC LIMIT 1"
NETB = f"SELECT s.m FROM ({J24}) s JOIN ({E24B}) e ON e.m = s.m ORDER BY s.n - e.n DESC LIMIT 1"
ACTIVE_SUB = "FROM subscriptions WHERE end_date IS NULL"
TOPSITE = ("SELECT st.siteName FROM subscriptions s JOIN members m ON m.memberId = s.member_id JOIN sites st "
           "ON st.siteId = m.homeSiteId WHERE s.end_date IS NULL GROUP BY st.siteName ORDER BY COUNT(DISTINCT "
           "s.member_id) DESC LIMIT 1")
PAID24 = "FROM payments WHERE status = 'paid' AND payment_date LIKE '2024%'"
PBM = f"SELECT strftime('%Y-%m', payment_date) AS m, SUM(amount) {PAID24} GROUP BY m"
PBM_G = ("SELECT strftime('%Y-%m', payment_date) AS m, SUM(amount) FROM payments WHERE status IN ('paid', 'refunded') "
         "AND payment_date LIKE '2024%' GROUP BY m")
MAR_J = "SELECT memberId FROM members WHERE joinedOn LIKE '2024-03%'"
APR_J = "SELECT memberId FROM members WHERE joinedOn LIKE '2024-04%'"
ACTIVE_M = "SELECT member_id FROM subscriptions WHERE end_date IS NULL"
FIRST_SUB = ("SELECT s.member_id, s.billing FROM subscriptions s WHERE s.start_date = (SELECT MIN(x.start_date) "
             "FROM subscriptions x WHERE x.member_id = s.member_id)")


def cw_pct(cohort: str) -> str:
    return f"SELECT 100.0 * SUM(memberId IN ({ACTIVE_M})) / COUNT(*) FROM members WHERE memberId IN ({cohort})"


def cw_annual(cohort: str) -> str:
    return (f"SELECT 100.0 * SUM(f.member_id IN ({ACTIVE_M})) / COUNT(*) FROM ({FIRST_SUB}) f "
            f"WHERE f.member_id IN ({cohort}) AND f.billing = 'annual'")


def cw_annual_now(cohort: str) -> str:
    return (f"SELECT 100.0 * (SELECT COUNT(DISTINCT member_id) {ACTIVE_SUB} AND billing = 'annual' AND member_id IN "
            f"({cohort})) / (SELECT COUNT(*) FROM members WHERE memberId IN ({cohort}))")


LEN = ("SELECT tier, AVG(julianday(end_date) - julianday(start_date)) AS d FROM subscriptions "
       "WHERE end_date IS NOT NULL GROUP BY tier")
LEN_B = ("SELECT tier, AVG(julianday(end_date) - julianday(start_date)) AS d FROM subscriptions "
         "WHERE end_date IS NOT NULL AND COALESCE(cancel_reason, '') <> 'switched tier' GROUP BY tier")
REASON = ("SELECT cancel_reason FROM subscriptions WHERE cancel_reason IS NOT NULL AND cancel_reason <> 'switched tier' "
          "{w}GROUP BY cancel_reason ORDER BY COUNT(*) DESC LIMIT 1")
REASON_B = "SELECT cancel_reason FROM subscriptions WHERE cancel_reason IS NOT NULL {w}GROUP BY cancel_reason " \
           "ORDER BY COUNT(*) DESC LIMIT 1"
FAIL_THEN_END = ("SELECT DISTINCT s.member_id FROM payments p JOIN subscriptions s ON s.subscription_id = "
                 "p.subscription_id WHERE p.status = 'failed' AND s.end_date IS NOT NULL AND s.end_date >= p.payment_date "
                 "AND COALESCE(s.cancel_reason, '') <> 'switched tier'")
FAIL_THEN_END_B = ("SELECT DISTINCT s.member_id FROM payments p JOIN subscriptions s ON s.subscription_id = "
                   "p.subscription_id WHERE p.status = 'failed' AND s.end_date IS NOT NULL AND s.end_date >= p.payment_date")
SW = ("FROM subscriptions a JOIN subscriptions b ON b.member_id = a.member_id AND b.start_date = a.end_date "
      "WHERE a.cancel_reason = 'switched tier'")
RANK = "CASE {t}.tier WHEN 'Basic' THEN 1 WHEN 'Deluxe' THEN 2 ELSE 3 END"
TIER_REV = ("SELECT s.tier, SUM(p.amount) FROM payments p JOIN subscriptions s ON s.subscription_id = p.subscription_id "
            "WHERE p.status = 'paid' AND p.payment_date LIKE '2024%' GROUP BY s.tier")
NEWEST = "SELECT siteId FROM sites ORDER BY openedOn DESC LIMIT 1"

CARWASH = [
    conv("cw-1",
         ("How many memberships started each month in 2024?", S24, mm(S24) + [J24] + mm(J24)),
         ("and how many ended each month?", E24, mm(E24) + [E24B] + mm(E24B)),
         ("which month had the biggest net gain?", NET, [NETB] + mm(NET, NETB))),
    conv("cw-2",
         ("How many members are active right now?", f"SELECT COUNT(DISTINCT member_id) {ACTIVE_SUB}"),
         ("by tier?", f"SELECT tier, COUNT(DISTINCT member_id) {ACTIVE_SUB} GROUP BY tier"),
         ("which site has the most active members?", TOPSITE),
         ("what's the average monthly revenue per active member?",
          f"SELECT AVG(CASE billing WHEN 'annual' THEN price / 12.0 ELSE price END) {ACTIVE_SUB}",
          [f"SELECT SUM(CASE billing WHEN 'annual' THEN price / 12.0 ELSE price END) / COUNT(DISTINCT member_id) "
           f"{ACTIVE_SUB}"])),
    conv("cw-3",
         ("How much did we collect in membership payments in 2024?", f"SELECT SUM(amount) {PAID24}",
          [f"SELECT SUM(amount) {PAID24.replace(chr(39) + 'paid' + chr(39), '(' + chr(39) + 'paid' + chr(39) + ', ' + chr(39) + 'refunded' + chr(39) + ')').replace('status =', 'status IN')}"]),
         ("break it down by month", PBM, mm(PBM) + mm(PBM_G) + [PBM_G]),
         ("how much of that was refunded?",
          "SELECT SUM(amount) FROM payments WHERE status = 'refunded' AND payment_date LIKE '2024%'"),
         ("and how many payments failed?",
          "SELECT COUNT(*) FROM payments WHERE status = 'failed' AND payment_date LIKE '2024%'"),
         ("what share of all payment attempts that year is that?",
          "SELECT 100.0 * SUM(status = 'failed') / COUNT(*) FROM payments WHERE payment_date LIKE '2024%'",
          frac("SELECT 100.0 * SUM(status = 'failed') / COUNT(*) FROM payments WHERE payment_date LIKE '2024%'")),
         ("how much did the card processor charge us in fees?", D)),
    conv("cw-4",
         ("Of the members who joined in March 2024, how many are still active?",
          f"SELECT COUNT(*) FROM members WHERE memberId IN ({MAR_J}) AND memberId IN ({ACTIVE_M})"),
         ("what's that as a % of the cohort?", cw_pct(MAR_J), frac(cw_pct(MAR_J))),
         ("and for annual plans only?", cw_annual(MAR_J), frac(cw_annual(MAR_J)) + [cw_annual_now(MAR_J)]),
         ("what about April's cohort, all plans?", cw_pct(APR_J), frac(cw_pct(APR_J))),
         ("how many of them came in through the spring promo?", D)),
    conv("cw-5",
         ("What's the average membership length by tier, for memberships that have ended?", LEN, [LEN_B]),
         ("which tier keeps people longest?", f"SELECT tier FROM ({LEN}) ORDER BY d DESC LIMIT 1",
          [f"SELECT tier FROM ({LEN_B}) ORDER BY d DESC LIMIT 1"]),
         ("what's the most common cancellation reason?", REASON.format(w=""), [REASON_B.format(w="")]),
         ("and for Ultimate members?", REASON.format(w="AND tier = 'Ultimate' "),
          [REASON_B.format(w="AND tier = 'Ultimate' ")])),
    conv("cw-6",
         ("How many members had a failed payment and then cancelled?", f"SELECT COUNT(*) FROM ({FAIL_THEN_END})",
          [f"SELECT COUNT(*) FROM ({FAIL_THEN_END_B})"]),
         ("how many of them gave 'payment failed' as the reason?",
          f"SELECT COUNT(DISTINCT member_id) FROM subscriptions WHERE cancel_reason = 'payment failed' "
          f"AND member_id IN ({FAIL_THEN_END})"),
         ("did they get a reminder email before it lapsed?", D)),
    conv("cw-7",
         ("How many members does each site have?",
          "SELECT st.siteName, COUNT(*) FROM members m JOIN sites st ON st.siteId = m.homeSiteId GROUP BY st.siteName"),
         ("which site opened most recently?", "SELECT siteName FROM sites ORDER BY openedOn DESC LIMIT 1"),
         ("how many washes did it do last month?", D),
         ("how many of its members are on Ultimate right now?",
          f"SELECT COUNT(DISTINCT s.member_id) FROM subscriptions s JOIN members m ON m.memberId = s.member_id "
          f"WHERE s.end_date IS NULL AND s.tier = 'Ultimate' AND m.homeSiteId = ({NEWEST})")),
    conv("cw-8",
         ("How many members have switched tiers?",
          "SELECT COUNT(DISTINCT member_id) FROM subscriptions WHERE cancel_reason = 'switched tier'"),
         ("how many of those moved up?",
          f"SELECT COUNT(DISTINCT a.member_id) {SW} AND {RANK.format(t='b')} > {RANK.format(t='a')}",
          [f"SELECT COUNT(*) {SW} AND {RANK.format(t='b')} > {RANK.format(t='a')}"]),
         ("what's the most common switch, from which tier to which?",
          f"SELECT a.tier, b.tier {SW} GROUP BY a.tier, b.tier ORDER BY COUNT(*) DESC LIMIT 1"),
         ("why did they switch?", D)),
    conv("cw-9",
         ("Revenue by tier in 2024", TIER_REV),
         ("which tier earned the most in December 2024?",
          "SELECT s.tier FROM payments p JOIN subscriptions s ON s.subscription_id = p.subscription_id "
          "WHERE p.status = 'paid' AND p.payment_date LIKE '2024-12%' GROUP BY s.tier ORDER BY SUM(p.amount) DESC LIMIT 1"),
         ("how many members have a vehicle plate missing?", "SELECT COUNT(*) FROM members WHERE vehiclePlate IS NULL"),
         ("how much do Ultimate members spend on add-ons like tyre shine?", D)),
]

SETS = {"meditation": MEDITATION, "hosting": HOSTING, "carwash": CARWASH}
