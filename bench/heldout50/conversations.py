"""Held-out conversations of heldout50, written as a data engineer or a technical analyst talks to a
database (half in SQL words, data-quality checks, short follow-ups), before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other
SQL that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ appevents
ORPH = "SELECT e.* FROM fact_event e LEFT JOIN dim_user u ON u.user_id = e.fk_user_id WHERE u.user_id IS NULL"
DUPE = "SELECT email FROM dim_user WHERE email IS NOT NULL GROUP BY email HAVING COUNT(*) > 1"
S24 = "FROM dim_user WHERE signup_date LIKE '2024%'"
TOP10 = "SELECT fk_user_id FROM fact_event GROUP BY fk_user_id ORDER BY COUNT(*) DESC LIMIT 10"
MAU = "FROM fact_event WHERE event_ts LIKE '2024%'"
EU = "FROM fact_event e JOIN dim_user u ON u.user_id = e.fk_user_id"
EV = "FROM fact_event e JOIN dim_app_version v ON v.version_id = e.fk_version_id"
PD = "FROM fact_push_delivery d JOIN tbl_push_campaign c ON c.campaign_id = d.fk_campaign_id"
BEST = f"SELECT c.campaign_id {PD} GROUP BY c.campaign_id ORDER BY AVG(d.opened) DESC LIMIT 1"
SANE = "event_name = 'app_open' AND duration_ms BETWEEN 0 AND 3600000"
CRASHV = (f"SELECT v.version_id {EV} WHERE e.event_name = 'crash' GROUP BY v.version_id "
          "ORDER BY COUNT(*) DESC LIMIT 1")

APPEVENTS = [
    conv("ae-1",
         ("how many rows are in fact_event?", "SELECT COUNT(*) FROM fact_event"),
         ("count distinct users in it", "SELECT COUNT(DISTINCT fk_user_id) FROM fact_event"),
         ("how many of those fk_user_id values match nothing in dim_user?",
          "SELECT COUNT(DISTINCT fk_user_id) FROM fact_event WHERE fk_user_id NOT IN (SELECT user_id FROM dim_user)"),
         ("and how many event rows do those orphans make up?", f"SELECT COUNT(*) FROM ({ORPH})"),
         ("break them down by event_name", f"SELECT event_name, COUNT(*) FROM ({ORPH}) GROUP BY event_name")),
    conv("ae-2",
         ("How many users have a null email?", "SELECT COUNT(*) FROM dim_user WHERE email IS NULL"),
         ("show me the rows with duplicate emails", f"SELECT * FROM dim_user WHERE email IN ({DUPE})",
          [f"SELECT email, COUNT(*) FROM dim_user WHERE email IN ({DUPE}) GROUP BY email"]),
         ("how many different addresses are duplicated?", f"SELECT COUNT(*) FROM ({DUPE})"),
         ("which email appears the most times?",
          "SELECT email FROM dim_user WHERE email IS NOT NULL GROUP BY email ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's that person's phone number?", D)),
    conv("ae-3",
         ("count users group by platform", "SELECT platform, COUNT(*) FROM dim_user GROUP BY platform"),
         ("only the ones who signed up in 2024", f"SELECT platform, COUNT(*) {S24} GROUP BY platform"),
         ("now group by month instead", f"SELECT strftime('%m', signup_date) AS m, COUNT(*) {S24} GROUP BY m",
          [f"SELECT strftime('%Y-%m', signup_date) AS m, COUNT(*) {S24} GROUP BY m"]),
         ("which month had the most signups?",
          f"SELECT strftime('%m', signup_date) AS m {S24} GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', signup_date) AS m {S24} GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many of the 2024 signups came from the TikTok campaign?", D)),
    conv("ae-4",
         ("top 10 users by number of events, sorted desc",
          "SELECT fk_user_id, COUNT(*) AS n FROM fact_event GROUP BY fk_user_id ORDER BY n DESC LIMIT 10"),
         ("join that to dim_user and add their country and platform",
          f"SELECT e.fk_user_id, u.country, u.platform, COUNT(*) AS n {EU} GROUP BY e.fk_user_id "
          "ORDER BY n DESC LIMIT 10"),
         ("which of them have no country?",
          f"SELECT user_id FROM dim_user WHERE country IS NULL AND user_id IN ({TOP10})"),
         ("how many purchase events did those 10 users make in total?",
          f"SELECT COUNT(*) FROM fact_event WHERE event_name = 'purchase' AND fk_user_id IN ({TOP10})")),
    conv("ae-5",
         ("monthly active users in 2024 — count distinct fk_user_id group by month",
          f"SELECT strftime('%m', event_ts) AS m, COUNT(DISTINCT fk_user_id) {MAU} GROUP BY m",
          [f"SELECT strftime('%Y-%m', event_ts) AS m, COUNT(DISTINCT fk_user_id) {MAU} GROUP BY m"]),
         ("which month had the max?",
          f"SELECT strftime('%m', event_ts) AS m {MAU} GROUP BY m ORDER BY COUNT(DISTINCT fk_user_id) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', event_ts) AS m {MAU} GROUP BY m ORDER BY COUNT(DISTINCT fk_user_id) DESC "
           "LIMIT 1"]),
         ("why did it drop in August?", D),
         ("same monthly count but only android users",
          f"SELECT strftime('%m', e.event_ts) AS m, COUNT(DISTINCT e.fk_user_id) {EU} "
          "WHERE e.event_ts LIKE '2024%' AND u.platform = 'android' GROUP BY m",
          [f"SELECT strftime('%Y-%m', e.event_ts) AS m, COUNT(DISTINCT e.fk_user_id) {EU} "
           "WHERE e.event_ts LIKE '2024%' AND u.platform = 'android' GROUP BY m"])),
    conv("ae-6",
         ("sum of revenue_usd over all purchase events",
          "SELECT SUM(revenue_usd) FROM fact_event WHERE event_name = 'purchase'"),
         ("split that by the user's platform, join events to dim_user",
          f"SELECT u.platform, SUM(e.revenue_usd) {EU} WHERE e.event_name = 'purchase' GROUP BY u.platform"),
         ("which users have more than 5 purchases?",
          "SELECT fk_user_id FROM fact_event WHERE event_name = 'purchase' GROUP BY fk_user_id HAVING COUNT(*) > 5"),
         ("how many is that",
          "SELECT COUNT(*) FROM (SELECT fk_user_id FROM fact_event WHERE event_name = 'purchase' "
          "GROUP BY fk_user_id HAVING COUNT(*) > 5)"),
         ("what will revenue be next quarter?", D)),
    conv("ae-7",
         ("number of crash events per app version",
          f"SELECT v.version_name, v.platform, COUNT(*) {EV} WHERE e.event_name = 'crash' GROUP BY v.version_id",
          [f"SELECT v.version_name, COUNT(*) {EV} WHERE e.event_name = 'crash' GROUP BY v.version_name",
           "SELECT fk_version_id, COUNT(*) FROM fact_event WHERE event_name = 'crash' GROUP BY fk_version_id"]),
         ("which version has the most crashes?",
          f"SELECT v.version_name {EV} WHERE e.event_name = 'crash' GROUP BY v.version_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("crashes as a share of all events, per version",
          f"SELECT v.version_name, v.platform, AVG(e.event_name = 'crash') {EV} GROUP BY v.version_id",
          [f"SELECT v.version_name, v.platform, 100.0 * AVG(e.event_name = 'crash') {EV} GROUP BY v.version_id",
           "SELECT fk_version_id, AVG(event_name = 'crash') FROM fact_event GROUP BY fk_version_id",
           "SELECT fk_version_id, 100.0 * AVG(event_name = 'crash') FROM fact_event GROUP BY fk_version_id"]),
         ("when was the one with the most crashes released?",
          f"SELECT released_on FROM dim_app_version WHERE version_id = ({CRASHV})")),
    conv("ae-8",
         ("open rate per campaign", f"SELECT c.campaign_name, AVG(d.opened) {PD} GROUP BY c.campaign_id",
          [f"SELECT c.campaign_name, 100.0 * AVG(d.opened) {PD} GROUP BY c.campaign_id"]),
         ("any deliveries whose fk_campaign_id matches no campaign? how many",
          "SELECT COUNT(*) FROM fact_push_delivery WHERE fk_campaign_id NOT IN (SELECT campaign_id FROM tbl_push_campaign)"),
         ("which campaign had the best open rate?",
          f"SELECT c.campaign_name {PD} GROUP BY c.campaign_id ORDER BY AVG(d.opened) DESC LIMIT 1"),
         ("how many distinct users opened it?",
          f"SELECT COUNT(DISTINCT fk_user_id) FROM fact_push_delivery WHERE opened = 1 AND fk_campaign_id = ({BEST})"),
         ("show me the message body of that push", D)),
    conv("ae-9",
         ("how many app_open events have a null duration_ms?",
          "SELECT COUNT(*) FROM fact_event WHERE event_name = 'app_open' AND duration_ms IS NULL"),
         ("and how many are outside a sane range, negative or longer than an hour?",
          "SELECT COUNT(*) FROM fact_event WHERE event_name = 'app_open' AND (duration_ms < 0 OR duration_ms > 3600000)"),
         ("average duration_ms of app_open leaving out those bad ones and the nulls",
          f"SELECT AVG(duration_ms) FROM fact_event WHERE {SANE}"),
         ("max duration per platform, same filter",
          f"SELECT u.platform, MAX(e.duration_ms) {EU} WHERE e.event_name = 'app_open' "
          "AND e.duration_ms BETWEEN 0 AND 3600000 GROUP BY u.platform")),
    conv("ae-10",
         ("count users by referral_source, nulls included",
          "SELECT referral_source, COUNT(*) FROM dim_user GROUP BY referral_source"),
         ("which paid_social ad creative brought in the most users?", D),
         ("of the friend_invite users, how many made at least one purchase?",
          f"SELECT COUNT(DISTINCT e.fk_user_id) {EU} WHERE u.referral_source = 'friend_invite' "
          "AND e.event_name = 'purchase'"),
         ("what's the uninstall rate by platform?", D)),
    conv("ae-11",
         ("what percentage of users are on ios?", "SELECT 100.0 * AVG(platform = 'ios') FROM dim_user",
          ["SELECT AVG(platform = 'ios') FROM dim_user"]),
         ("how many users have no events at all?",
          "SELECT COUNT(*) FROM dim_user WHERE user_id NOT IN (SELECT fk_user_id FROM fact_event)"),
         ("what phone models are they on?", D),
         ("list the 5 most recent signups with their email",
          "SELECT * FROM (SELECT user_id, email FROM dim_user ORDER BY signup_date DESC LIMIT 5) t",
          ["SELECT * FROM (SELECT email FROM dim_user ORDER BY signup_date DESC LIMIT 5) t"])),
]

# ------------------------------------------------------------------------------------------ crm
BADOWN = ("FROM tbl_account WHERE fk_owner_rep_id IS NOT NULL "
          "AND fk_owner_rep_id NOT IN (SELECT rep_id FROM tbl_sales_rep)")
IND = "FROM tbl_account_attr WHERE attr_key = 'industry'"
INDC = ("FROM tbl_account_attr t JOIN tbl_account a ON a.account_id = t.fk_account_id "
        "WHERE t.attr_key = 'industry' AND a.status = 'customer'")
DUPK = "SELECT fk_account_id, attr_key FROM tbl_account_attr GROUP BY fk_account_id, attr_key HAVING COUNT(*) > 1"
DR = "FROM tbl_deal d JOIN tbl_sales_rep r ON r.rep_id = d.fk_rep_id"
WON = "FROM tbl_deal WHERE stage = 'closed_won'"
BAD = "(amount IS NULL OR amount < 0)"
CLOSED = "d.stage IN ('closed_won', 'closed_lost')"
WINR = "1.0 * SUM(d.stage = 'closed_won') / SUM(d.stage IN ('closed_won', 'closed_lost'))"
CC = "FROM tbl_contact c JOIN tbl_account a ON a.account_id = c.fk_account_id"
ADR = ("FROM tbl_activity x JOIN tbl_deal d ON d.deal_id = x.fk_deal_id "
       "JOIN tbl_sales_rep r ON r.rep_id = d.fk_rep_id")
C23 = "a.created_on LIKE '2023%' AND a.status = 'customer'"

CRM = [
    conv("crm-1",
         ("count accounts group by status", "SELECT status, COUNT(*) FROM tbl_account GROUP BY status"),
         ("how many accounts have fk_owner_rep_id null?",
          "SELECT COUNT(*) FROM tbl_account WHERE fk_owner_rep_id IS NULL"),
         ("and how many have an owner id that doesn't exist in tbl_sales_rep?", f"SELECT COUNT(*) {BADOWN}"),
         ("list those accounts", f"SELECT account_name {BADOWN}"),
         ("who were those reps and why did they leave?", D)),
    conv("crm-2",
         ("what attr_keys are in tbl_account_attr and how many rows each?",
          "SELECT attr_key, COUNT(*) FROM tbl_account_attr GROUP BY attr_key"),
         ("count accounts by industry", f"SELECT attr_value, COUNT(DISTINCT fk_account_id) {IND} GROUP BY attr_value"),
         ("only customers", f"SELECT t.attr_value, COUNT(DISTINCT a.account_id) {INDC} GROUP BY t.attr_value"),
         ("which industry has the most customers?",
          f"SELECT t.attr_value {INDC} GROUP BY t.attr_value ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many accounts have no industry attribute at all?",
          f"SELECT COUNT(*) FROM tbl_account WHERE account_id NOT IN (SELECT fk_account_id {IND})")),
    conv("crm-3",
         ("are there accounts with the same attr_key more than once? show account and key", DUPK),
         ("how many is that", f"SELECT COUNT(*) FROM ({DUPK})"),
         ("count accounts by country",
          "SELECT attr_value, COUNT(DISTINCT fk_account_id) FROM tbl_account_attr WHERE attr_key = 'country' "
          "GROUP BY attr_value",
          ["SELECT attr_value, COUNT(*) FROM tbl_account_attr WHERE attr_key = 'country' GROUP BY attr_value"]),
         ("average employee_count of customer accounts",
          "SELECT AVG(CAST(t.attr_value AS INTEGER)) FROM tbl_account_attr t JOIN tbl_account a "
          "ON a.account_id = t.fk_account_id WHERE t.attr_key = 'employee_count' AND a.status = 'customer'")),
    conv("crm-4",
         ("total amount of closed_won deals per rep, sorted desc, top 5",
          f"SELECT r.rep_name, SUM(d.amount) AS total {DR} WHERE d.stage = 'closed_won' GROUP BY r.rep_id "
          "ORDER BY total DESC LIMIT 5"),
         ("now group by month of closed_on instead",
          f"SELECT strftime('%Y-%m', closed_on) AS m, SUM(amount) {WON} GROUP BY m"),
         ("only 2024", f"SELECT strftime('%Y-%m', closed_on) AS m, SUM(amount) {WON} AND closed_on LIKE '2024%' GROUP BY m",
          [f"SELECT strftime('%m', closed_on) AS m, SUM(amount) {WON} AND closed_on LIKE '2024%' GROUP BY m"]),
         ("what's the single biggest won deal and which account was it?",
          "SELECT a.account_name, d.amount FROM tbl_deal d JOIN tbl_account a ON a.account_id = d.fk_account_id "
          "WHERE d.stage = 'closed_won' ORDER BY d.amount DESC LIMIT 1")),
    conv("crm-5",
         ("open deals (closed_on is null) by stage, with count and sum of amount",
          "SELECT stage, COUNT(*), SUM(amount) FROM tbl_deal WHERE closed_on IS NULL GROUP BY stage"),
         ("how many deals have a null or negative amount?", f"SELECT COUNT(*) FROM tbl_deal WHERE {BAD}"),
         ("break that down by rep team",
          f"SELECT r.team, COUNT(*) {DR} WHERE (d.amount IS NULL OR d.amount < 0) GROUP BY r.team"),
         ("total open pipeline, excluding those bad amounts",
          "SELECT SUM(amount) FROM tbl_deal WHERE closed_on IS NULL AND amount >= 0"),
         ("what's the probability each open deal closes?", D)),
    conv("crm-6",
         ("contacts with no email, how many?", "SELECT COUNT(*) FROM tbl_contact WHERE email IS NULL"),
         ("emails that appear more than once in tbl_contact",
          "SELECT email, COUNT(*) FROM tbl_contact WHERE email IS NOT NULL GROUP BY email HAVING COUNT(*) > 1",
          ["SELECT email FROM tbl_contact WHERE email IS NOT NULL GROUP BY email HAVING COUNT(*) > 1"]),
         ("contacts whose fk_account_id matches no account — count",
          "SELECT COUNT(*) FROM tbl_contact WHERE fk_account_id NOT IN (SELECT account_id FROM tbl_account)"),
         ("accounts with more than 5 contacts",
          f"SELECT a.account_name, COUNT(*) {CC} GROUP BY a.account_id HAVING COUNT(*) > 5",
          [f"SELECT a.account_name {CC} GROUP BY a.account_id HAVING COUNT(*) > 5"]),
         ("get me the LinkedIn profile of the CTO at the first one", D)),
    conv("crm-7",
         ("win rate by rep region: won / (won + lost)", f"SELECT r.region, {WINR} {DR} GROUP BY r.region",
          [f"SELECT r.region, 100.0 * {WINR} {DR} GROUP BY r.region"]),
         ("which region is best?", f"SELECT r.region {DR} GROUP BY r.region ORDER BY {WINR} DESC LIMIT 1"),
         ("why is that region ahead?", D),
         ("how many closed deals does each region have?",
          f"SELECT r.region, COUNT(*) {DR} WHERE {CLOSED} GROUP BY r.region")),
    conv("crm-8",
         ("activities per type in 2024",
          "SELECT activity_type, COUNT(*) FROM tbl_activity WHERE activity_date LIKE '2024%' GROUP BY activity_type"),
         ("how many deals have no activity at all?",
          "SELECT COUNT(*) FROM tbl_deal WHERE deal_id NOT IN (SELECT fk_deal_id FROM tbl_activity)"),
         ("latest activity date per rep — join activity to deal to rep",
          f"SELECT r.rep_name, MAX(x.activity_date) {ADR} GROUP BY r.rep_id"),
         ("activities where fk_contact_id is null, how many?",
          "SELECT COUNT(*) FROM tbl_activity WHERE fk_contact_id IS NULL"),
         ("how long did each demo last?", D)),
    conv("crm-9",
         ("accounts created per year",
          "SELECT strftime('%Y', created_on) AS y, COUNT(*) FROM tbl_account GROUP BY y"),
         ("of the ones created in 2023, how many are customers now?",
          "SELECT COUNT(*) FROM tbl_account a WHERE " + C23),
         ("their country breakdown",
          "SELECT t.attr_value, COUNT(DISTINCT a.account_id) FROM tbl_account a JOIN tbl_account_attr t "
          f"ON t.fk_account_id = a.account_id AND t.attr_key = 'country' WHERE {C23} GROUP BY t.attr_value"),
         ("what's our market share in Germany?", D)),
    conv("crm-10",
         ("max deal amount per industry",
          "SELECT t.attr_value, MAX(d.amount) FROM tbl_deal d JOIN tbl_account_attr t "
          "ON t.fk_account_id = d.fk_account_id AND t.attr_key = 'industry' GROUP BY t.attr_value"),
         ("which rep owns the most accounts?",
          "SELECT r.rep_name FROM tbl_account a JOIN tbl_sales_rep r ON r.rep_id = a.fk_owner_rep_id "
          "GROUP BY r.rep_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's their quota for this year?", D)),
]

# ------------------------------------------------------------------------------------------ coldstore
RS = "FROM fact_reading r JOIN dim_sensor s ON s.sensor_id = r.fk_sensor_id"
RZ = f"{RS} JOIN dim_zone z ON z.zone_id = s.fk_zone_id"
RSITE = f"{RZ} JOIN dim_site t ON t.site_id = z.fk_site_id"
OUT = "(r.temp_c < z.min_temp_c OR r.temp_c > z.max_temp_c)"
FAULT = "(temp_c > 60 OR temp_c < -60)"
AS = "FROM tbl_alarm a JOIN dim_sensor s ON s.sensor_id = a.fk_sensor_id"
ASITE = f"{AS} JOIN dim_zone z ON z.zone_id = s.fk_zone_id JOIN dim_site t ON t.site_id = z.fk_site_id"
HRS = "(julianday(a.cleared_at) - julianday(a.raised_at)) * 24"
CHA = f"{RSITE} WHERE t.site_name = 'Rotterdam Port' AND z.zone_name = 'Chiller A' AND r.reading_ts LIKE '2025-02%'"
DUPR = "SELECT fk_sensor_id, reading_ts, COUNT(*) AS n FROM fact_reading GROUP BY fk_sensor_id, reading_ts HAVING n > 1"
LOWB = "SELECT fk_sensor_id, MIN(battery_pct) FROM fact_reading GROUP BY fk_sensor_id HAVING MIN(battery_pct) < 20"

COLDSTORE = [
    conv("cs-1",
         ("how many readings are in fact_reading?", "SELECT COUNT(*) FROM fact_reading"),
         ("count readings per sensor model", f"SELECT s.model, COUNT(*) {RS} GROUP BY s.model",
          ["SELECT s.model, COUNT(*) FROM fact_reading r LEFT JOIN dim_sensor s ON s.sensor_id = r.fk_sensor_id "
           "GROUP BY s.model"]),
         ("how many readings have an fk_sensor_id that's not in dim_sensor?",
          "SELECT COUNT(*) FROM fact_reading WHERE fk_sensor_id NOT IN (SELECT sensor_id FROM dim_sensor)"),
         ("which sensor ids are those?",
          "SELECT DISTINCT fk_sensor_id FROM fact_reading WHERE fk_sensor_id NOT IN (SELECT sensor_id FROM dim_sensor)"),
         ("what's the electricity consumption of each site?", D)),
    conv("cs-2",
         ("how many readings where temp_c is null?", "SELECT COUNT(*) FROM fact_reading WHERE temp_c IS NULL"),
         ("per site", f"SELECT t.site_name, COUNT(*) {RSITE} WHERE r.temp_c IS NULL GROUP BY t.site_name"),
         ("only the non-null ones now: average temp_c per zone_type",
          f"SELECT z.zone_type, AVG(r.temp_c) {RZ} WHERE r.temp_c IS NOT NULL GROUP BY z.zone_type"),
         ("and leave out the probe faults too, anything below -60 or above 60",
          f"SELECT z.zone_type, AVG(r.temp_c) {RZ} WHERE r.temp_c BETWEEN -60 AND 60 GROUP BY z.zone_type")),
    conv("cs-3",
         ("readings outside their zone's min_temp_c / max_temp_c — how many?", f"SELECT COUNT(*) {RZ} WHERE {OUT}"),
         ("group by zone, top 5 sorted desc",
          f"SELECT * FROM (SELECT z.zone_id, COUNT(*) AS n {RZ} WHERE {OUT} GROUP BY z.zone_id "
          "ORDER BY n DESC LIMIT 5) x",
          [f"SELECT * FROM (SELECT t.site_name, z.zone_name, COUNT(*) AS n {RSITE} WHERE {OUT} GROUP BY z.zone_id "
           "ORDER BY n DESC LIMIT 5) x",
           f"SELECT * FROM (SELECT z.zone_name, COUNT(*) AS n {RZ} WHERE {OUT} GROUP BY z.zone_id "
           "ORDER BY n DESC LIMIT 5) x"]),
         ("what about values that are physically impossible, above 60 or below -60?",
          f"SELECT COUNT(*) FROM fact_reading WHERE {FAULT}"),
         ("which sensors sent them, with how many each?",
          f"SELECT fk_sensor_id, COUNT(*) FROM fact_reading WHERE {FAULT} GROUP BY fk_sensor_id")),
    conv("cs-4",
         ("sensors with a null fk_zone_id", "SELECT sensor_id FROM dim_sensor WHERE fk_zone_id IS NULL"),
         ("sensors whose fk_zone_id points to a zone that doesn't exist",
          "SELECT sensor_id FROM dim_sensor WHERE fk_zone_id NOT IN (SELECT zone_id FROM dim_zone)"),
         ("sensors that never sent a reading",
          "SELECT sensor_id FROM dim_sensor WHERE sensor_id NOT IN (SELECT fk_sensor_id FROM fact_reading)"),
         ("when was it installed?",
          "SELECT installed_on FROM dim_sensor WHERE sensor_id NOT IN (SELECT fk_sensor_id FROM fact_reading)")),
    conv("cs-5",
         ("open alarms (cleared_at is null) grouped by severity",
          "SELECT severity, COUNT(*) FROM tbl_alarm WHERE cleared_at IS NULL GROUP BY severity"),
         ("average time to clear in hours per alarm_type",
          f"SELECT a.alarm_type, AVG({HRS}) FROM tbl_alarm a WHERE a.cleared_at IS NOT NULL GROUP BY a.alarm_type"),
         ("longest alarm per site — the max per group",
          f"SELECT t.site_name, MAX({HRS}) {ASITE} GROUP BY t.site_name"),
         ("who was on duty when the longest one fired?", D),
         ("how many alarms were raised in February 2025?",
          "SELECT COUNT(*) FROM tbl_alarm WHERE raised_at LIKE '2025-02%'")),
    conv("cs-6",
         ("daily average temp_c for the Chiller A zone at Rotterdam Port in February 2025",
          f"SELECT date(r.reading_ts) AS d, AVG(r.temp_c) {CHA} GROUP BY d"),
         ("now group by week",
          f"SELECT strftime('%W', r.reading_ts) AS w, AVG(r.temp_c) {CHA} GROUP BY w",
          [f"SELECT strftime('%Y-%W', r.reading_ts) AS w, AVG(r.temp_c) {CHA} GROUP BY w"]),
         ("what was the warmest single reading there that month?", f"SELECT MAX(r.temp_c) {CHA}"),
         ("what goods are stored in that zone?", D)),
    conv("cs-7",
         ("lowest battery_pct per sensor",
          "SELECT fk_sensor_id, MIN(battery_pct) FROM fact_reading GROUP BY fk_sensor_id"),
         ("only those under 20", LOWB, [f"SELECT fk_sensor_id FROM ({LOWB})"]),
         ("how many is that", f"SELECT COUNT(*) FROM ({LOWB})"),
         ("when will their batteries run out?", D)),
    conv("cs-8",
         ("duplicate readings: same sensor and same reading_ts, show them with counts", DUPR),
         ("how many is that", f"SELECT COUNT(*) FROM ({DUPR})",
          [f"SELECT SUM(n) FROM ({DUPR})", f"SELECT SUM(n - 1) FROM ({DUPR})"]),
         ("which site has the most of them?",
          f"SELECT t.site_name FROM ({DUPR}) x JOIN dim_sensor s ON s.sensor_id = x.fk_sensor_id "
          "JOIN dim_zone z ON z.zone_id = s.fk_zone_id JOIN dim_site t ON t.site_id = z.fk_site_id "
          "GROUP BY t.site_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("cs-9",
         ("readings with humidity_pct above 100, and readings with humidity_pct null — count each",
          ["SELECT COUNT(*) FROM fact_reading WHERE humidity_pct > 100",
           "SELECT COUNT(*) FROM fact_reading WHERE humidity_pct IS NULL"]),
         ("average humidity per site, ignoring those",
          f"SELECT t.site_name, AVG(r.humidity_pct) {RSITE} WHERE r.humidity_pct <= 100 GROUP BY t.site_name"),
         ("what's the outside weather at Venlo today?", D),
         ("how many sensors per site?",
          "SELECT t.site_name, COUNT(*) FROM dim_sensor s JOIN dim_zone z ON z.zone_id = s.fk_zone_id "
          "JOIN dim_site t ON t.site_id = z.fk_site_id GROUP BY t.site_name")),
    conv("cs-10",
         ("which firmware versions are deployed, with a count of sensors each",
          "SELECT firmware, COUNT(*) FROM dim_sensor GROUP BY firmware"),
         ("alarms per firmware version", f"SELECT s.firmware, COUNT(*) {AS} GROUP BY s.firmware"),
         ("should we upgrade everyone to 2.0.1?", D)),
]

SETS = {"appevents": APPEVENTS, "crm": CRM, "coldstore": COLDSTORE}
