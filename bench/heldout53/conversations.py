"""heldout53: conversations a growth / marketing analyst has with three databases (a paid-ads account with
money in integer cents, an email-newsletter platform with 'DD/MM/YYYY' text dates, an affiliate programme
with year / week pairs), written before the engine was run on them. Each turn: question, reference SQL
(SQLite; a list for a breakdown), optional `accept` (other SQL that also answers), or `decline: True`
when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ ads
A = "FROM ad_daily a JOIN campaigns c ON c.campaign_id = a.campaign_id"
AM = "strftime('%Y-%m', stat_date)"
CPC_CH = f"SELECT c.channel {A} GROUP BY c.channel ORDER BY SUM(a.spend_cents) * 1.0 / SUM(a.clicks) LIMIT 1"
NOCONV = (f"SELECT c.campaign_id {A} GROUP BY c.campaign_id "
          "HAVING SUM(a.spend_cents) > 0 AND SUM(a.conversions) = 0")
TOPDAY = "SELECT stat_date FROM ad_daily GROUP BY stat_date ORDER BY SUM(spend_cents) DESC LIMIT 1"
ROAS_LOW = (f"SELECT c.campaign_name {A} GROUP BY c.campaign_id HAVING SUM(a.revenue_cents) > 0 "
            "ORDER BY SUM(a.revenue_cents) * 1.0 / SUM(a.spend_cents) LIMIT 1")


def _run(channel: str, month: str, scale: str = "/ 100.0") -> str:
    return (f"SELECT a.stat_date, SUM(SUM(a.spend_cents)) OVER (ORDER BY a.stat_date) {scale} AS running {A} "
            f"WHERE c.channel = '{channel}' AND a.stat_date LIKE '{month}%' GROUP BY a.stat_date ORDER BY a.stat_date")


def _conv_rate(month: str) -> str:
    return (f"SELECT c.campaign_name, SUM(a.conversions) * 1.0 / SUM(a.clicks) AS cr {A} "
            f"WHERE a.stat_date LIKE '{month}%' GROUP BY c.campaign_id")


def _cpa(channel: str) -> str:
    return (f"SELECT strftime('%Y-%m', a.stat_date) AS m, SUM(a.spend_cents) / 100.0 / SUM(a.conversions) {A} "
            f"WHERE c.channel = '{channel}' GROUP BY m")


ADS = [
    conv("ads-1",
         ("How much have we spent on each channel in total?",
          f"SELECT c.channel, SUM(a.spend_cents) / 100.0 {A} GROUP BY c.channel",
          [f"SELECT c.channel, SUM(a.spend_cents) {A} GROUP BY c.channel"]),
         ("what percentage of overall spend is each of those?",
          f"SELECT c.channel, 100.0 * SUM(a.spend_cents) / (SELECT SUM(spend_cents) FROM ad_daily) {A} GROUP BY c.channel",
          [f"SELECT c.channel, 1.0 * SUM(a.spend_cents) / (SELECT SUM(spend_cents) FROM ad_daily) {A} GROUP BY c.channel"]),
         ("and which channel gets us the cheapest clicks?", CPC_CH),
         ("how many conversions did that channel bring in?",
          f"SELECT SUM(a.conversions) {A} WHERE c.channel = ({CPC_CH})")),
    conv("ads-2",
         ("What was our overall conversion rate in September?",
          "SELECT SUM(conversions) * 1.0 / SUM(clicks) FROM ad_daily WHERE stat_date LIKE '2024-09%'",
          ["SELECT 100.0 * SUM(conversions) / SUM(clicks) FROM ad_daily WHERE stat_date LIKE '2024-09%'"]),
         ("break that down per campaign", _conv_rate("2024-09"),
          [_conv_rate("2024-09").replace("* 1.0", "* 100.0")]),
         ("which campaign converted best?", _conv_rate("2024-09") + " ORDER BY cr DESC LIMIT 1"),
         ("same question for August", _conv_rate("2024-08") + " ORDER BY cr DESC LIMIT 1")),
    conv("ads-3",
         ("Which campaigns spent money but got no conversions at all?",
          f"SELECT campaign_name FROM campaigns WHERE campaign_id IN ({NOCONV})"),
         ("how much did they burn through between them?",
          f"SELECT SUM(spend_cents) / 100.0 FROM ad_daily WHERE campaign_id IN ({NOCONV})",
          [f"SELECT SUM(spend_cents) FROM ad_daily WHERE campaign_id IN ({NOCONV})"]),
         ("who signed off on those budgets?", D)),
    conv("ads-4",
         ("Show me ad revenue by month",
          f"SELECT {AM} AS m, SUM(revenue_cents) / 100.0 FROM ad_daily GROUP BY m",
          [f"SELECT {AM} AS m, SUM(revenue_cents) FROM ad_daily GROUP BY m"]),
         ("what's the month-over-month change in percent?",
          f"SELECT m, 100.0 * (r - LAG(r) OVER (ORDER BY m)) / LAG(r) OVER (ORDER BY m) FROM "
          f"(SELECT {AM} AS m, SUM(revenue_cents) AS r FROM ad_daily GROUP BY m)"),
         ("and the same for spend",
          f"SELECT m, 100.0 * (s - LAG(s) OVER (ORDER BY m)) / LAG(s) OVER (ORDER BY m) FROM "
          f"(SELECT {AM} AS m, SUM(spend_cents) AS s FROM ad_daily GROUP BY m)")),
    conv("ads-5",
         ("What's the return on ad spend for each channel?",
          f"SELECT c.channel, SUM(a.revenue_cents) * 1.0 / SUM(a.spend_cents) {A} GROUP BY c.channel",
          [f"SELECT c.channel, 100.0 * SUM(a.revenue_cents) / SUM(a.spend_cents) {A} GROUP BY c.channel"]),
         ("which single campaign has the best ROI?",
          f"SELECT c.campaign_name {A} GROUP BY c.campaign_id "
          "ORDER BY (SUM(a.revenue_cents) - SUM(a.spend_cents)) * 1.0 / SUM(a.spend_cents) DESC LIMIT 1"),
         ("and the worst one, leaving out campaigns with no revenue at all?", ROAS_LOW),
         ("why is its return so poor?", D)),
    conv("ads-6",
         ("Give me a running total of TikTok spend, day by day, for August", _run("TikTok", "2024-08"),
          [_run("TikTok", "2024-08", "")]),
         ("on which day did it pass $5,000?",
          f"SELECT MIN(stat_date) FROM ({_run('TikTok', '2024-08')}) WHERE running > 5000"),
         ("do the same running total for Meta", _run("Meta", "2024-08"), [_run("Meta", "2024-08", "")])),
    conv("ads-7",
         ("What's the click-through rate by channel?",
          f"SELECT c.channel, SUM(a.clicks) * 1.0 / SUM(a.impressions) {A} GROUP BY c.channel",
          [f"SELECT c.channel, 100.0 * SUM(a.clicks) / SUM(a.impressions) {A} GROUP BY c.channel"]),
         ("only for the awareness campaigns",
          f"SELECT c.channel, SUM(a.clicks) * 1.0 / SUM(a.impressions) {A} WHERE c.objective = 'awareness' "
          "GROUP BY c.channel",
          [f"SELECT c.channel, 100.0 * SUM(a.clicks) / SUM(a.impressions) {A} WHERE c.objective = 'awareness' "
           "GROUP BY c.channel"]),
         ("which awareness campaign had the most impressions in July?",
          f"SELECT c.campaign_name {A} WHERE c.objective = 'awareness' AND a.stat_date LIKE '2024-07%' "
          "GROUP BY c.campaign_id ORDER BY SUM(a.impressions) DESC LIMIT 1"),
         ("how many of those impressions were on mobile?", D)),
    conv("ads-8",
         ("Which day did we spend the most across all campaigns?", TOPDAY),
         ("how many clicks did we get that day?", f"SELECT SUM(clicks) FROM ad_daily WHERE stat_date = ({TOPDAY})"),
         ("and what did a click cost us on average that day?",
          f"SELECT SUM(spend_cents) / 100.0 / SUM(clicks) FROM ad_daily WHERE stat_date = ({TOPDAY})",
          [f"SELECT SUM(spend_cents) * 1.0 / SUM(clicks) FROM ad_daily WHERE stat_date = ({TOPDAY})"])),
    conv("ads-9",
         ("How many campaigns are still active?", "SELECT COUNT(*) FROM campaigns WHERE status = 'active'"),
         ("what's their combined daily budget?",
          "SELECT SUM(daily_budget_cents) / 100.0 FROM campaigns WHERE status = 'active'",
          ["SELECT SUM(daily_budget_cents) FROM campaigns WHERE status = 'active'"]),
         ("which of them used the biggest share of its daily budget on average in October?",
          f"SELECT c.campaign_name {A} WHERE c.status = 'active' AND a.stat_date LIKE '2024-10%' "
          "GROUP BY c.campaign_id ORDER BY AVG(a.spend_cents) * 1.0 / c.daily_budget_cents DESC LIMIT 1"),
         ("what budget cap has finance approved for next quarter?", D)),
    conv("ads-10",
         ("Cost per acquisition by month for Google Search", _cpa("Google Search"),
          [_cpa("Google Search").replace("/ 100.0 /", "* 1.0 /")]),
         ("and for Meta?", _cpa("Meta"), [_cpa("Meta").replace("/ 100.0 /", "* 1.0 /")]),
         ("what was Meta's average order value each month?",
          f"SELECT strftime('%Y-%m', a.stat_date) AS m, SUM(a.revenue_cents) / 100.0 / SUM(a.conversions) {A} "
          "WHERE c.channel = 'Meta' GROUP BY m",
          [f"SELECT strftime('%Y-%m', a.stat_date) AS m, SUM(a.revenue_cents) * 1.0 / SUM(a.conversions) {A} "
           "WHERE c.channel = 'Meta' GROUP BY m"])),
    conv("ads-11",
         ("What's the quality score of our Brand Search UK keywords?", D),
         ("ok — how many conversions did Brand Search UK get in October then?",
          f"SELECT SUM(a.conversions) {A} WHERE c.campaign_name = 'Brand Search UK' AND a.stat_date LIKE '2024-10%'"),
         ("how many of those were returning customers?", D),
         ("what will it spend in November if we leave the budget alone?", D)),
    conv("ads-12",
         ("How many clicks has Generic Search - Running Shoes had in total?",
          f"SELECT SUM(a.clicks) {A} WHERE c.campaign_name = 'Generic Search - Running Shoes'"),
         ("and impressions?",
          f"SELECT SUM(a.impressions) {A} WHERE c.campaign_name = 'Generic Search - Running Shoes'"),
         ("on how many days was it live?",
          f"SELECT COUNT(DISTINCT a.stat_date) {A} WHERE c.campaign_name = 'Generic Search - Running Shoes'"),
         ("what was its bounce rate on the landing page?", D)),
]

# ------------------------------------------------------------------------------------------ newsletters
NM = "substr(sent_on, 7, 4) || '-' || substr(sent_on, 4, 2)"
NJ = "FROM issues i JOIN publications p ON p.pub_id = i.pub_id"
SM = "substr(signup_date, 7, 4) || '-' || substr(signup_date, 4, 2)"
LOW_OPEN = f"SELECT p.pub_id {NJ} GROUP BY p.pub_id ORDER BY SUM(i.opens) * 1.0 / SUM(i.delivered) LIMIT 1"
TOP_UNSUB = "SELECT issue_id FROM issues ORDER BY unsubscribes DESC LIMIT 1"
QTR = "(CAST(substr(sent_on, 4, 2) AS INTEGER) + 2) / 3"
ML_OPEN = (f"SELECT {NM} AS m, SUM(i.opens) * 1.0 / SUM(i.delivered) AS r {NJ} "
           "WHERE p.title = 'The Morning Ledger' GROUP BY m")
PAID = ("SELECT p.title, COUNT(*) AS n, COUNT(*) * p.paid_price_monthly AS mrr FROM subscribers s "
        "JOIN publications p ON p.pub_id = s.pub_id WHERE s.plan = 'paid' AND s.unsubscribed_on IS NULL GROUP BY p.pub_id")
CHURN = ("SELECT p.title, SUM(s.unsubscribed_on IS NOT NULL) * 1.0 / COUNT(*) AS churn FROM subscribers s "
         "JOIN publications p ON p.pub_id = s.pub_id GROUP BY p.pub_id")


def _avg_opens(title: str) -> str:
    return f"SELECT AVG(i.opens) {NJ} WHERE p.title = '{title}'"


NEWSLETTERS = [
    conv("nl-1",
         ("What's our overall open rate across every issue we've sent?",
          "SELECT SUM(opens) * 1.0 / SUM(delivered) FROM issues",
          ["SELECT 100.0 * SUM(opens) / SUM(delivered) FROM issues"]),
         ("and per newsletter?", f"SELECT p.title, SUM(i.opens) * 1.0 / SUM(i.delivered) {NJ} GROUP BY p.pub_id",
          [f"SELECT p.title, 100.0 * SUM(i.opens) / SUM(i.delivered) {NJ} GROUP BY p.pub_id"]),
         ("which one has the weakest open rate?", f"SELECT title FROM publications WHERE pub_id = ({LOW_OPEN})"),
         ("what's its click rate, clicks over delivered?",
          f"SELECT SUM(clicks) * 1.0 / SUM(delivered) FROM issues WHERE pub_id = ({LOW_OPEN})",
          [f"SELECT 100.0 * SUM(clicks) / SUM(delivered) FROM issues WHERE pub_id = ({LOW_OPEN})"])),
    conv("nl-2",
         ("Monthly open rate for The Morning Ledger", ML_OPEN, [ML_OPEN.replace("* 1.0", "* 100.0")]),
         ("how did it change month over month?",
          f"SELECT m, r - LAG(r) OVER (ORDER BY m) FROM ({ML_OPEN})",
          [f"SELECT m, 100.0 * (r - LAG(r) OVER (ORDER BY m)) FROM ({ML_OPEN})",
           f"SELECT m, (r - LAG(r) OVER (ORDER BY m)) / LAG(r) OVER (ORDER BY m) FROM ({ML_OPEN})",
           f"SELECT m, 100.0 * (r - LAG(r) OVER (ORDER BY m)) / LAG(r) OVER (ORDER BY m) FROM ({ML_OPEN})"]),
         ("which month was its worst?", f"SELECT m FROM ({ML_OPEN}) ORDER BY r LIMIT 1")),
    conv("nl-3",
         ("Which single issue had the most unsubscribes?", TOP_UNSUB.replace("issue_id", "subject", 1)),
         ("which newsletter was it and when did it go out?",
          f"SELECT p.title, i.sent_on {NJ} WHERE i.issue_id = ({TOP_UNSUB})"),
         ("why did so many people leave after that one?", D)),
    conv("nl-4",
         ("How many new subscribers signed up each month in 2024?",
          f"SELECT {SM} AS m, COUNT(*) FROM subscribers WHERE substr(signup_date, 7, 4) = '2024' GROUP BY m"),
         ("add a cumulative total",
          f"SELECT {SM} AS m, SUM(COUNT(*)) OVER (ORDER BY {SM}) FROM subscribers "
          "WHERE substr(signup_date, 7, 4) = '2024' GROUP BY m"),
         ("which signup source brought in the most people that year?",
          "SELECT signup_source FROM subscribers WHERE substr(signup_date, 7, 4) = '2024' GROUP BY signup_source "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what did each paid social signup cost us?", D)),
    conv("nl-5",
         ("How many paying subscribers does each newsletter have right now?", f"SELECT title, n FROM ({PAID})"),
         ("what's the monthly revenue from them?", f"SELECT title, mrr FROM ({PAID})"),
         ("which newsletter earns the most?", f"SELECT title FROM ({PAID}) ORDER BY mrr DESC LIMIT 1"),
         ("and how much of that goes to Stripe in fees?", D)),
    conv("nl-6",
         ("Click-to-open rate by newsletter", f"SELECT p.title, SUM(i.clicks) * 1.0 / SUM(i.opens) {NJ} GROUP BY p.pub_id",
          [f"SELECT p.title, 100.0 * SUM(i.clicks) / SUM(i.opens) {NJ} GROUP BY p.pub_id"]),
         ("which issues got no clicks at all?", "SELECT subject FROM issues WHERE clicks = 0",
          ["SELECT issue_id FROM issues WHERE clicks = 0"]),
         ("how many opens did those get in total?", "SELECT SUM(opens) FROM issues WHERE clicks = 0")),
    conv("nl-7",
         ("How many issues did we send each quarter?", f"SELECT {QTR} AS q, COUNT(*) FROM issues GROUP BY q",
          [f"SELECT 'Q' || {QTR} AS q, COUNT(*) FROM issues GROUP BY q",
           f"SELECT '2024-Q' || {QTR} AS q, COUNT(*) FROM issues GROUP BY q"]),
         ("now spam reports per quarter", f"SELECT {QTR} AS q, SUM(spam_reports) FROM issues GROUP BY q",
          [f"SELECT 'Q' || {QTR} AS q, SUM(spam_reports) FROM issues GROUP BY q",
           f"SELECT '2024-Q' || {QTR} AS q, SUM(spam_reports) FROM issues GROUP BY q"]),
         ("which newsletter got the most spam reports in Q4?",
          f"SELECT p.title {NJ} WHERE {QTR.replace('sent_on', 'i.sent_on')} = 4 GROUP BY p.pub_id "
          "ORDER BY SUM(i.spam_reports) DESC LIMIT 1")),
    conv("nl-8",
         ("Total unsubscribes per month across all newsletters",
          f"SELECT {NM} AS m, SUM(unsubscribes) FROM issues GROUP BY m"),
         ("as a rate of delivered emails?", f"SELECT {NM} AS m, SUM(unsubscribes) * 1.0 / SUM(delivered) FROM issues GROUP BY m",
          [f"SELECT {NM} AS m, 100.0 * SUM(unsubscribes) / SUM(delivered) FROM issues GROUP BY m"]),
         ("how did November compare with December on that?",
          f"SELECT {NM} AS m, SUM(unsubscribes) * 1.0 / SUM(delivered) FROM issues "
          "WHERE substr(sent_on, 4, 2) IN ('11', '12') GROUP BY m",
          [f"SELECT {NM} AS m, 100.0 * SUM(unsubscribes) / SUM(delivered) FROM issues "
           "WHERE substr(sent_on, 4, 2) IN ('11', '12') GROUP BY m"])),
    conv("nl-9",
         ("Which subscribers opened the last Byte Sized issue?", D),
         ("fine — how many Byte Sized subscribers are in the US?",
          "SELECT COUNT(*) FROM subscribers s JOIN publications p ON p.pub_id = s.pub_id "
          "WHERE p.title = 'Byte Sized' AND s.country = 'US'",
          ["SELECT COUNT(*) FROM subscribers s JOIN publications p ON p.pub_id = s.pub_id "
           "WHERE p.title = 'Byte Sized' AND s.country = 'US' AND s.unsubscribed_on IS NULL"]),
         ("what's the email address of the one who signed up most recently?", D),
         ("what time of day do Byte Sized issues usually go out?", D)),
    conv("nl-10",
         ("How many people have unsubscribed so far from each newsletter?",
          "SELECT p.title, COUNT(*) FROM subscribers s JOIN publications p ON p.pub_id = s.pub_id "
          "WHERE s.unsubscribed_on IS NOT NULL GROUP BY p.pub_id"),
         ("what's the churn rate for each, unsubscribed over everyone who ever signed up?", CHURN,
          [CHURN.replace("* 1.0", "* 100.0")]),
         ("so which newsletter holds on to its readers best?", f"SELECT title FROM ({CHURN}) ORDER BY churn LIMIT 1")),
    conv("nl-11",
         ("What's the average number of opens per issue for Kitchen Table?", _avg_opens("Kitchen Table")),
         ("and for Green Thumb Weekly?", _avg_opens("Green Thumb Weekly")),
         ("how do their monthly paid prices compare?",
          "SELECT title, paid_price_monthly FROM publications WHERE title IN ('Kitchen Table', 'Green Thumb Weekly')"),
         ("how many of their readers forwarded the email to a friend?", D)),
]

# ------------------------------------------------------------------------------------------ affiliates
RJ = "FROM ReferredOrders o JOIN Partners p ON p.PartnerID = o.PartnerID"
TOP24 = f"SELECT p.PartnerID {RJ} WHERE o.Yr = 2024 GROUP BY p.PartnerID ORDER BY SUM(o.OrderValue) DESC LIMIT 1"
WK = "SELECT Wk, COUNT(*) AS n FROM ReferredOrders WHERE Yr = 2024 AND Wk BETWEEN 30 AND 40 GROUP BY Wk"
WOW = f"SELECT Wk, n, n - LAG(n) OVER (ORDER BY Wk) AS chg FROM ({WK})"
WOW_ALL = ("SELECT Wk, n, chg FROM (SELECT Wk, COUNT(*) AS n, COUNT(*) - LAG(COUNT(*)) OVER (ORDER BY Wk) AS chg "
           "FROM ReferredOrders WHERE Yr = 2024 GROUP BY Wk) WHERE Wk BETWEEN 30 AND 40")
RUN_C = ("SELECT Wk, SUM(SUM(Commission)) OVER (ORDER BY Wk) AS run FROM ReferredOrders "
         "WHERE Yr = 2024 AND Status = 'approved' GROUP BY Wk")
NOORD = "SELECT PartnerID FROM Partners WHERE PartnerID NOT IN (SELECT PartnerID FROM ReferredOrders)"
REV = ("SELECT p.PartnerName, SUM(o.Status = 'reversed') * 1.0 / COUNT(*) AS rr "
       f"{RJ} GROUP BY p.PartnerID")
GEAR = "SELECT Wk FROM PartnerClicks WHERE PartnerID = 4 AND Yr = 2024 ORDER BY Clicks DESC LIMIT 1"
AOV = f"SELECT p.Country, AVG(o.OrderValue) AS aov {RJ} WHERE o.Yr = 2024 GROUP BY p.Country"
YOY = ("SELECT p.PartnerType, SUM(CASE WHEN o.Yr = 2024 THEN o.OrderValue ELSE 0 END) - "
       f"SUM(CASE WHEN o.Yr = 2023 THEN o.OrderValue ELSE 0 END) AS g {RJ} WHERE o.Wk BETWEEN 27 AND 44 "
       "GROUP BY p.PartnerType")

AFFILIATES = [
    conv("af-1",
         ("Which partner drove the most order value in 2024?",
          f"SELECT PartnerName FROM Partners WHERE PartnerID = ({TOP24})",
          [f"SELECT p.PartnerName {RJ} WHERE o.Yr = 2024 AND o.Status <> 'reversed' GROUP BY p.PartnerID "
           "ORDER BY SUM(o.OrderValue) DESC LIMIT 1"]),
         ("how much commission did we pay them that year?",
          f"SELECT SUM(Commission) FROM ReferredOrders WHERE Yr = 2024 AND Status = 'approved' AND PartnerID = ({TOP24})"),
         ("and how many orders was that?",
          f"SELECT COUNT(*) FROM ReferredOrders WHERE Yr = 2024 AND PartnerID = ({TOP24})",
          [f"SELECT COUNT(*) FROM ReferredOrders WHERE Yr = 2024 AND Status = 'approved' AND PartnerID = ({TOP24})"])),
    conv("af-2",
         ("Commission by partner type, approved orders only",
          f"SELECT p.PartnerType, SUM(o.Commission) {RJ} WHERE o.Status = 'approved' GROUP BY p.PartnerType"),
         ("what share of all approved commission does each type take?",
          f"SELECT p.PartnerType, 100.0 * SUM(o.Commission) / (SELECT SUM(Commission) FROM ReferredOrders "
          f"WHERE Status = 'approved') {RJ} WHERE o.Status = 'approved' GROUP BY p.PartnerType",
          [f"SELECT p.PartnerType, SUM(o.Commission) / (SELECT SUM(Commission) FROM ReferredOrders "
           f"WHERE Status = 'approved') {RJ} WHERE o.Status = 'approved' GROUP BY p.PartnerType"]),
         ("and the effective commission rate per type — commission over order value?",
          f"SELECT p.PartnerType, SUM(o.Commission) / SUM(o.OrderValue) {RJ} WHERE o.Status = 'approved' "
          "GROUP BY p.PartnerType",
          [f"SELECT p.PartnerType, 100.0 * SUM(o.Commission) / SUM(o.OrderValue) {RJ} WHERE o.Status = 'approved' "
           "GROUP BY p.PartnerType"])),
    conv("af-3",
         ("What's the conversion rate for each partner — referred orders divided by clicks?",
          "SELECT p.PartnerName, (SELECT COUNT(*) FROM ReferredOrders o WHERE o.PartnerID = p.PartnerID) * 1.0 / "
          "(SELECT SUM(Clicks) FROM PartnerClicks k WHERE k.PartnerID = p.PartnerID) FROM Partners p",
          ["SELECT p.PartnerName, (SELECT COUNT(*) FROM ReferredOrders o WHERE o.PartnerID = p.PartnerID) * 100.0 / "
           "(SELECT SUM(Clicks) FROM PartnerClicks k WHERE k.PartnerID = p.PartnerID) FROM Partners p"]),
         ("which partners sent clicks but never a single order?",
          f"SELECT PartnerName FROM Partners WHERE PartnerID IN ({NOORD}) "
          "AND PartnerID IN (SELECT PartnerID FROM PartnerClicks)"),
         ("what year did they join?", f"SELECT PartnerName, JoinedYear FROM Partners WHERE PartnerID IN ({NOORD})")),
    conv("af-4",
         ("Orders per week for weeks 30 to 40 of 2024", WK),
         ("add the week-over-week change", WOW, [WOW_ALL]),
         ("which of those weeks had the biggest drop?",
          f"SELECT Wk FROM ({WOW}) WHERE chg IS NOT NULL ORDER BY chg LIMIT 1",
          [f"SELECT Wk FROM ({WOW_ALL}) ORDER BY chg LIMIT 1"])),
    conv("af-5",
         ("Running total of approved commission by week in 2024", RUN_C),
         ("in which week did it pass 10,000?", f"SELECT MIN(Wk) FROM ({RUN_C}) WHERE run > 10000"),
         ("now the same running total for order value",
          "SELECT Wk, SUM(SUM(OrderValue)) OVER (ORDER BY Wk) FROM ReferredOrders "
          "WHERE Yr = 2024 AND Status = 'approved' GROUP BY Wk")),
    conv("af-6",
         ("What's the reversal rate per partner type?",
          f"SELECT p.PartnerType, SUM(o.Status = 'reversed') * 1.0 / COUNT(*) {RJ} GROUP BY p.PartnerType",
          [f"SELECT p.PartnerType, 100.0 * SUM(o.Status = 'reversed') / COUNT(*) {RJ} GROUP BY p.PartnerType"]),
         ("which single partner has the highest reversal rate?", f"SELECT PartnerName FROM ({REV}) ORDER BY rr DESC LIMIT 1"),
         ("why are their orders being reversed?", D)),
    conv("af-7",
         ("How many new customers did each influencer bring in?",
          "SELECT p.PartnerName, COALESCE(SUM(o.NewCustomer), 0) FROM Partners p LEFT JOIN ReferredOrders o "
          "ON o.PartnerID = p.PartnerID WHERE p.PartnerType = 'influencer' GROUP BY p.PartnerID",
          [f"SELECT p.PartnerName, SUM(o.NewCustomer) {RJ} WHERE p.PartnerType = 'influencer' GROUP BY p.PartnerID"]),
         ("what share of their orders came from new customers?",
          f"SELECT p.PartnerName, AVG(o.NewCustomer) {RJ} WHERE p.PartnerType = 'influencer' GROUP BY p.PartnerID",
          [f"SELECT p.PartnerName, 100.0 * AVG(o.NewCustomer) {RJ} WHERE p.PartnerType = 'influencer' "
           "GROUP BY p.PartnerID"]),
         ("and what's the lifetime value of those customers?", D)),
    conv("af-8",
         ("Compare total order value for weeks 27 to 44 of 2023 against the same weeks in 2024",
          "SELECT Yr, SUM(OrderValue) FROM ReferredOrders WHERE Wk BETWEEN 27 AND 44 GROUP BY Yr"),
         ("split that by partner type",
          f"SELECT o.Yr, p.PartnerType, SUM(o.OrderValue) {RJ} WHERE o.Wk BETWEEN 27 AND 44 GROUP BY o.Yr, p.PartnerType"),
         ("which type grew the most?", f"SELECT PartnerType FROM ({YOY}) ORDER BY g DESC LIMIT 1")),
    conv("af-9",
         ("What were VoucherVault's daily sales last Tuesday?", D),
         ("How many pending orders does CashbackKing have?",
          f"SELECT COUNT(*) {RJ} WHERE p.PartnerName = 'CashbackKing' AND o.Status = 'pending'"),
         ("which products do they mostly sell?", D),
         ("what bank account do we pay their commission into?", D)),
    conv("af-10",
         ("Average order value by partner country in 2024", AOV),
         ("which country has the highest?", f"SELECT Country FROM ({AOV}) ORDER BY aov DESC LIMIT 1"),
         ("how many partners do we have there?",
          f"SELECT COUNT(*) FROM Partners WHERE Country = (SELECT Country FROM ({AOV}) ORDER BY aov DESC LIMIT 1)")),
    conv("af-11",
         ("Weekly clicks in 2024 for The Gear Review",
          "SELECT k.Wk, k.Clicks FROM PartnerClicks k JOIN Partners p ON p.PartnerID = k.PartnerID "
          "WHERE p.PartnerName = 'The Gear Review' AND k.Yr = 2024"),
         ("what was its best week?", GEAR),
         ("how many orders did it refer that week?",
          f"SELECT COUNT(*) FROM ReferredOrders WHERE PartnerID = 4 AND Yr = 2024 AND Wk = ({GEAR})")),
    conv("af-12",
         ("What tier is each partner on, and what commission percentage do they get?",
          "SELECT PartnerName, Tier, CommissionPct FROM Partners"),
         ("which gold partner has the lowest commission rate?",
          "SELECT PartnerName FROM Partners WHERE Tier = 'gold' ORDER BY CommissionPct LIMIT 1"),
         ("what would they earn next year if we moved them up to platinum?", D)),
]

SETS = {"ads": ADS, "newsletters": NEWSLETTERS, "affiliates": AFFILIATES}
