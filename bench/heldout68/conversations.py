"""Held-out conversations heldout68, written as a security / IT-operations analyst reporting to
management would ask them, before the engine was run on them. Each turn: question, reference SQL
(SQLite; a list for a breakdown), optional `accept` (other SQL that also answers), or `decline: True`
when the data does not hold the answer. "Last week" is 10-16 March 2025, the last week in the logs;
the asker names the dates, since the data is fixed."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ ATM estate
LASTWK = "e.evt_ts >= '2025-03-10' AND e.evt_ts < '2025-03-17'"
EA = "FROM atm_events e JOIN atms a ON a.atm_id = e.atm_fk"
CRIT_PROD = f"{EA} WHERE e.sev_cd = 1 AND {LASTWK} AND a.env <> 'test'"
HRS = "(julianday(resolved_at) - julianday(opened_at)) * 24"
P1_RES = "FROM incidents i JOIN priority_sla p ON p.priority = i.priority WHERE i.priority = 'P1' AND i.resolved_at IS NOT NULL"
P1_LATE = "(julianday(i.resolved_at) - julianday(i.opened_at)) * 24 > p.resolve_hours"
OPEN_VULN_TOP5 = ("SELECT atm_fk FROM atm_vulns WHERE fixed_at IS NULL GROUP BY atm_fk "
                  "ORDER BY COUNT(*) DESC LIMIT 5")
MARCH_FAIL = "FROM atm_events WHERE evt_cd = 'LOGIN_FAIL' AND evt_ts >= '2025-03-01' AND evt_ts < '2025-04-01'"
TOP_IP = f"SELECT src_ip {MARCH_FAIL} GROUP BY src_ip ORDER BY COUNT(*) DESC LIMIT 1"
OLD_OPEN = "FROM incidents i WHERE i.status = 'open' AND i.opened_at < '2025-03-10'"
OLD_OPEN9 = "FROM incidents i WHERE i.status = 'open' AND i.opened_at < '2025-03-09'"
FIXD = "julianday(av.fixed_at) - julianday(av.found_at)"
SKIM_BRANCH = (f"SELECT a.branch {EA} WHERE e.evt_cd = 'SKIM_DETECT' GROUP BY a.branch "
               "ORDER BY COUNT(*) DESC LIMIT 1")
ACK_MIN = "(julianday(acknowledged_at) - julianday(opened_at)) * 1440"

ATM = [
    conv("atm-1",
         ("How many critical alerts last week (10-16 Mar)?",
          f"SELECT COUNT(*) {EA} WHERE e.sev_cd = 1 AND {LASTWK}"),
         ("and excluding the test environment?", f"SELECT COUNT(*) {CRIT_PROD}"),
         ("break that down by event code", f"SELECT e.evt_cd, COUNT(*) {CRIT_PROD} GROUP BY e.evt_cd"),
         ("which ATM had the most?",
          f"SELECT e.atm_fk {CRIT_PROD} GROUP BY e.atm_fk ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("atm-2",
         ("mean time to resolve by priority, in hours",
          f"SELECT priority, AVG({HRS}) FROM incidents WHERE resolved_at IS NOT NULL GROUP BY priority",
          [f"SELECT priority, AVG({HRS}) FROM incidents WHERE status = 'resolved' GROUP BY priority"]),
         ("how many P1s breached their SLA?",
          f"SELECT COUNT(*) {P1_RES} AND {P1_LATE}",
          ["SELECT COUNT(*) FROM incidents i JOIN priority_sla p ON p.priority = i.priority WHERE i.priority = 'P1' "
           "AND (i.status = 'open' OR (i.resolved_at IS NOT NULL AND "
           "(julianday(i.resolved_at) - julianday(i.opened_at)) * 24 > p.resolve_hours))"]),
         ("as a share of all resolved P1s?",
          f"SELECT 100.0 * SUM({P1_LATE}) / COUNT(*) {P1_RES}",
          [f"SELECT 1.0 * SUM({P1_LATE}) / COUNT(*) {P1_RES}"]),
         ("what did those breaches cost us in penalties?", D)),
    conv("atm-3",
         ("which ATMs have the most open vulnerabilities? top 5",
          "SELECT atm_fk, COUNT(*) FROM atm_vulns WHERE fixed_at IS NULL GROUP BY atm_fk ORDER BY COUNT(*) DESC LIMIT 5"),
         ("what OS are they running?",
          f"SELECT atm_id, os_version FROM atms WHERE atm_id IN ({OPEN_VULN_TOP5})"),
         ("how many open vulns with CVSS 9 or above across the estate?",
          "SELECT COUNT(*) FROM atm_vulns WHERE fixed_at IS NULL AND cvss >= 9",
          ["SELECT COUNT(DISTINCT vuln_fk) FROM atm_vulns WHERE fixed_at IS NULL AND cvss >= 9"]),
         ("excluding the test environment?",
          "SELECT COUNT(*) FROM atm_vulns v JOIN atms a ON a.atm_id = v.atm_fk "
          "WHERE v.fixed_at IS NULL AND v.cvss >= 9 AND a.env <> 'test'",
          ["SELECT COUNT(DISTINCT v.vuln_fk) FROM atm_vulns v JOIN atms a ON a.atm_id = v.atm_fk "
           "WHERE v.fixed_at IS NULL AND v.cvss >= 9 AND a.env <> 'test'"]),
         ("and how many distinct ATMs is that?",
          "SELECT COUNT(DISTINCT v.atm_fk) FROM atm_vulns v JOIN atms a ON a.atm_id = v.atm_fk "
          "WHERE v.fixed_at IS NULL AND v.cvss >= 9 AND a.env <> 'test'")),
    conv("atm-4",
         ("failed logins per user on Saturday 15 March",
          "SELECT usr, COUNT(*) FROM atm_events WHERE evt_cd = 'LOGIN_FAIL' AND evt_ts LIKE '2025-03-15%' GROUP BY usr"),
         ("top 5 offending IPs for failed logins in March",
          f"SELECT src_ip, COUNT(*) {MARCH_FAIL} GROUP BY src_ip ORDER BY COUNT(*) DESC LIMIT 5"),
         ("which country is the worst one from?", D),
         ("when was its first failed login?",
          f"SELECT MIN(evt_ts) FROM atm_events WHERE evt_cd = 'LOGIN_FAIL' AND src_ip = ({TOP_IP})")),
    conv("atm-5",
         ("incidents still open more than 7 days, as at end of 16 March",
          f"SELECT i.inc_id {OLD_OPEN}", [f"SELECT i.inc_id {OLD_OPEN9}"]),
         ("count per priority?", f"SELECT i.priority, COUNT(*) {OLD_OPEN} GROUP BY i.priority",
          [f"SELECT i.priority, COUNT(*) {OLD_OPEN9} GROUP BY i.priority"]),
         ("who are the P1s and P2s assigned to?",
          "SELECT i.inc_id, s.full_name FROM incidents i LEFT JOIN staff s ON s.staff_id = i.assignee_id "
          "WHERE i.status = 'open' AND i.opened_at < '2025-03-10' AND i.priority IN ('P1', 'P2')",
          ["SELECT i.inc_id, s.full_name FROM incidents i JOIN staff s ON s.staff_id = i.assignee_id "
           "WHERE i.status = 'open' AND i.opened_at < '2025-03-10' AND i.priority IN ('P1', 'P2')"]),
         ("how many have no assignee at all?",
          f"SELECT COUNT(*) {OLD_OPEN} AND i.assignee_id IS NULL",
          [f"SELECT COUNT(*) {OLD_OPEN9} AND i.assignee_id IS NULL"]),
         ("what was the root cause on the oldest one?", D)),
    conv("atm-6",
         ("average days to fix a vuln, by vendor",
          f"SELECT v.vendor, AVG({FIXD}) FROM atm_vulns av JOIN vulns v ON v.vulnId = av.vuln_fk "
          "WHERE av.fixed_at IS NOT NULL GROUP BY v.vendor"),
         ("which vendor is slowest?",
          f"SELECT v.vendor FROM atm_vulns av JOIN vulns v ON v.vulnId = av.vuln_fk "
          f"WHERE av.fixed_at IS NOT NULL GROUP BY v.vendor ORDER BY AVG({FIXD}) DESC LIMIT 1"),
         ("are we patching criticals within SLA?", D),
         ("ok - how many CVSS 9+ vulns got fixed within 7 days of being found?",
          f"SELECT COUNT(*) FROM atm_vulns av WHERE av.cvss >= 9 AND av.fixed_at IS NOT NULL AND {FIXD} <= 7")),
    conv("atm-7",
         ("count distinct ATMs that raised a SKIM_DETECT in February",
          "SELECT COUNT(DISTINCT atm_fk) FROM atm_events WHERE evt_cd = 'SKIM_DETECT' AND evt_ts LIKE '2025-02%'"),
         ("which branch had the most skimming alerts overall?", SKIM_BRANCH),
         ("how many skimming incidents were logged for that branch?",
          "SELECT COUNT(*) FROM incidents i JOIN atms a ON a.atm_id = i.atm_fk "
          f"WHERE i.category = 'skimming' AND a.branch = ({SKIM_BRANCH})"),
         ("how many customer cards were compromised there?", D)),
    conv("atm-8",
         ("open incidents per assignee",
          "SELECT s.full_name, COUNT(*) FROM incidents i JOIN staff s ON s.staff_id = i.assignee_id "
          "WHERE i.status = 'open' GROUP BY s.full_name",
          ["SELECT s.full_name, COUNT(*) FROM incidents i LEFT JOIN staff s ON s.staff_id = i.assignee_id "
           "WHERE i.status = 'open' GROUP BY s.full_name"]),
         ("any of those people no longer active?",
          "SELECT DISTINCT s.full_name FROM incidents i JOIN staff s ON s.staff_id = i.assignee_id "
          "WHERE i.status = 'open' AND s.active = 0"),
         ("mean time to acknowledge for P1s, in minutes",
          f"SELECT AVG({ACK_MIN}) FROM incidents WHERE priority = 'P1' AND acknowledged_at IS NOT NULL"),
         ("by month opened?",
          f"SELECT strftime('%Y-%m', opened_at) AS m, AVG({ACK_MIN}) FROM incidents "
          "WHERE priority = 'P1' AND acknowledged_at IS NOT NULL GROUP BY m",
          [f"SELECT strftime('%m', opened_at) AS m, AVG({ACK_MIN}) FROM incidents "
           "WHERE priority = 'P1' AND acknowledged_at IS NOT NULL GROUP BY m"])),
]

# ------------------------------------------------------------------------------------------ plant OT
AL = "FROM alarm_log l JOIN ot_assets a ON a.assetTag = l.asset_fk"
OT_WK = "l.ts >= '2025-03-10' AND l.ts < '2025-03-17'"
OT_CRIT = f"{AL} WHERE l.sev = 5 AND {OT_WK} AND a.zone = 'production'"
OT_TOP5 = "SELECT asset_fk FROM asset_vuln WHERE fixed_at IS NULL GROUP BY asset_fk ORDER BY COUNT(*) DESC LIMIT 5"
MAR_FAIL = "FROM alarm_log WHERE evt_cd = 'AUTH_FAIL' AND ts >= '2025-03-01' AND ts < '2025-03-17'"
IHRS = "(julianday(ResolvedAt) - julianday(OpenedAt)) * 24"
SEC_OPEN = "FROM Incidents i WHERE i.Category = 'security' AND i.ResolvedAt IS NULL"
FEB_INC = "FROM Incidents WHERE OpenedAt >= '2025-02-01' AND OpenedAt < '2025-03-01'"
TOP_P1 = ("SELECT AssignedTo FROM Incidents WHERE Priority = 'P1' AND AssignedTo IS NOT NULL GROUP BY AssignedTo "
          "ORDER BY COUNT(*) DESC LIMIT 1")
IACK = "(julianday(AckAt) - julianday(OpenedAt)) * 1440"

OT = [
    conv("ot-1",
         ("how many critical alarms last week (10-16 March)?",
          f"SELECT COUNT(*) {AL} WHERE l.sev = 5 AND {OT_WK}"),
         ("excluding the test bench?", f"SELECT COUNT(*) {OT_CRIT}"),
         ("by asset type", f"SELECT a.assetType, COUNT(*) {OT_CRIT} GROUP BY a.assetType"),
         ("which single asset had the most?",
          f"SELECT l.asset_fk {OT_CRIT} GROUP BY l.asset_fk ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("ot-2",
         ("which assets have the most open vulnerabilities? top 5",
          "SELECT asset_fk, COUNT(*) FROM asset_vuln WHERE fixed_at IS NULL GROUP BY asset_fk "
          "ORDER BY COUNT(*) DESC LIMIT 5"),
         ("what firmware are they on?",
          f"SELECT assetTag, firmware FROM ot_assets WHERE assetTag IN ({OT_TOP5})"),
         ("are we patching within SLA?", D),
         ("average days from found to fixed, by remediation type",
          "SELECT remediation, AVG(julianday(fixed_at) - julianday(found_at)) FROM asset_vuln "
          "WHERE fixed_at IS NOT NULL GROUP BY remediation")),
    conv("ot-3",
         ("failed logins per operator on Friday 14 March",
          "SELECT operator, COUNT(*) FROM alarm_log WHERE evt_cd = 'AUTH_FAIL' AND ts LIKE '2025-03-14%' "
          "GROUP BY operator"),
         ("and for March so far?", f"SELECT operator, COUNT(*) {MAR_FAIL} GROUP BY operator"),
         ("which operator has the most?",
          f"SELECT operator {MAR_FAIL} GROUP BY operator ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what shift is that operator on?", D)),
    conv("ot-4",
         ("mean time to resolve by priority, hours",
          f"SELECT Priority, AVG({IHRS}) FROM Incidents WHERE ResolvedAt IS NOT NULL GROUP BY Priority"),
         ("only security incidents",
          f"SELECT Priority, AVG({IHRS}) FROM Incidents WHERE ResolvedAt IS NOT NULL AND Category = 'security' "
          "GROUP BY Priority"),
         ("how many security incidents are still unresolved?", f"SELECT COUNT(*) {SEC_OPEN}"),
         ("which of those are on PLCs?",
          f"SELECT i.IncidentNo {SEC_OPEN[:17]} JOIN ot_assets a ON a.assetTag = i.AssetTag "
          "WHERE i.Category = 'security' AND i.ResolvedAt IS NULL AND a.assetType = 'PLC'",
          [f"SELECT i.IncidentNo {SEC_OPEN[:17]} JOIN ot_assets a ON a.assetTag = i.AssetTag "
           "WHERE i.Category = 'security' AND i.ResolvedAt IS NULL AND a.assetType IN ('PLC', 'Safety PLC')"]),
         ("how much production downtime did they cause?", D)),
    conv("ot-5",
         ("which source IPs triggered port-scan detections, and how many each?",
          "SELECT src_ip, COUNT(*) FROM alarm_log WHERE evt_cd = 'SCAN_DETECT' GROUP BY src_ip"),
         ("when was the last one from 192.168.30.77?",
          "SELECT MAX(ts) FROM alarm_log WHERE evt_cd = 'SCAN_DETECT' AND src_ip = '192.168.30.77'"),
         ("which assets did it scan?",
          "SELECT DISTINCT asset_fk FROM alarm_log WHERE evt_cd = 'SCAN_DETECT' AND src_ip = '192.168.30.77'"),
         ("who owns that IP?", D)),
    conv("ot-6",
         ("incidents opened in February by priority", f"SELECT Priority, COUNT(*) {FEB_INC} GROUP BY Priority"),
         ("how many of those are still unresolved?", f"SELECT COUNT(*) {FEB_INC} AND ResolvedAt IS NULL"),
         ("who has had the most P1s assigned, all time?",
          f"SELECT Name FROM Engineers WHERE EngID = ({TOP_P1})"),
         ("their average time to acknowledge, in minutes?",
          f"SELECT AVG({IACK}) FROM Incidents WHERE AssignedTo = ({TOP_P1}) AND AckAt IS NOT NULL",
          [f"SELECT AVG({IACK}) FROM Incidents WHERE AssignedTo = ({TOP_P1}) AND Priority = 'P1' AND AckAt IS NOT NULL"])),
    conv("ot-7",
         ("count distinct assets with a FW_WRITE since 1 January",
          "SELECT COUNT(DISTINCT asset_fk) FROM alarm_log WHERE evt_cd = 'FW_WRITE' AND ts >= '2025-01-01'"),
         ("how many of those firmware writes were never acked?",
          "SELECT COUNT(*) FROM alarm_log WHERE evt_cd = 'FW_WRITE' AND acked = 0"),
         ("and how many of all the firmware writes were by vendor_remote?",
          "SELECT COUNT(*) FROM alarm_log WHERE evt_cd = 'FW_WRITE' AND operator = 'vendor_remote'"),
         ("were those vendor sessions approved in advance?", D)),
    conv("ot-8",
         ("null operator count in the alarm log",
          "SELECT COUNT(*) FROM alarm_log WHERE operator IS NULL"),
         ("by event code",
          "SELECT evt_cd, COUNT(*) FROM alarm_log WHERE operator IS NULL GROUP BY evt_cd"),
         ("how many High or Critical alarms are still unacked?",
          "SELECT COUNT(*) FROM alarm_log WHERE sev >= 4 AND acked = 0",
          ["SELECT COUNT(*) FROM alarm_log l JOIN severity s ON s.code = l.sev "
           "WHERE s.name IN ('High', 'Critical') AND l.acked = 0"])),
]

# ------------------------------------------------------------------------------------------ web hosting
AFAIL = "FROM auth_log WHERE evt_cd = 'AUTH_FAIL'"
AJS = "FROM auth_log l JOIN servers s ON s.host_id = l.host_fk"
TOP_WH_IP = f"SELECT src_ip {AFAIL} GROUP BY src_ip ORDER BY COUNT(*) DESC LIMIT 1"
CV = "CAST(cvss_v3 AS REAL)"
OPEN9 = f"FROM vuln_findings WHERE fixed_at IS NULL AND {CV} >= 9"
FJS = "FROM vuln_findings f JOIN servers s ON s.host_id = f.host_fk"
BAND = ("FROM vuln_findings f JOIN patch_sla p ON CAST(f.cvss_v3 AS REAL) BETWEEN p.min_cvss AND p.max_cvss "
        "WHERE f.fixed_at IS NOT NULL")
INSLA = "julianday(f.fixed_at) - julianday(f.found_at) <= p.days_allowed"
LATE9 = (f"{FJS} WHERE f.fixed_at IS NULL AND CAST(f.cvss_v3 AS REAL) >= 9 "
         "AND julianday('2025-03-17') - julianday(f.found_at) > 7")
LATE9b = (f"{FJS} WHERE f.fixed_at IS NULL AND CAST(f.cvss_v3 AS REAL) >= 9 "
          "AND julianday('2025-03-16') - julianday(f.found_at) > 7")
WHRS = "(julianday(i.resolvedAt) - julianday(i.openedAt)) * 24"
IJS = "FROM incidents i JOIN servers s ON s.host_id = i.host_fk"
WOLD = "FROM incidents i WHERE i.status = 'open' AND i.openedAt < '2025-03-10'"
TEAM_TOP = ("SELECT o.team FROM incidents i JOIN ops_staff o ON o.staffId = i.assigneeId "
            "WHERE i.status = 'open' AND i.openedAt < '2025-03-10' GROUP BY o.team ORDER BY COUNT(*) DESC LIMIT 1")
FEB_LOCK = f"{AJS} WHERE l.evt_cd = 'LOCKOUT' AND l.evt_ts >= '2025-02-01' AND l.evt_ts < '2025-03-01'"
MAR_KEY = f"{AJS} WHERE l.evt_cd = 'KEY_ADDED' AND l.evt_ts >= '2025-03-01'"

WEBHOST = [
    conv("wh-1",
         ("failed logins per user on 16 March",
          f"SELECT user_name, COUNT(*) {AFAIL} AND evt_ts LIKE '2025-03-16%' GROUP BY user_name"),
         ("top 5 offending IPs over the whole log",
          f"SELECT src_ip, COUNT(*) {AFAIL} GROUP BY src_ip ORDER BY COUNT(*) DESC LIMIT 5",
          ["SELECT src_ip, COUNT(*) FROM auth_log WHERE evt_cd IN ('AUTH_FAIL', 'LOCKOUT') GROUP BY src_ip "
           "ORDER BY COUNT(*) DESC LIMIT 5"]),
         ("and excluding the test environment?",
          f"SELECT l.src_ip, COUNT(*) {AJS} WHERE l.evt_cd = 'AUTH_FAIL' AND s.env <> 'test' GROUP BY l.src_ip "
          "ORDER BY COUNT(*) DESC LIMIT 5",
          [f"SELECT l.src_ip, COUNT(*) {AJS} WHERE l.evt_cd IN ('AUTH_FAIL', 'LOCKOUT') AND s.env <> 'test' "
           "GROUP BY l.src_ip ORDER BY COUNT(*) DESC LIMIT 5"]),
         ("how many distinct hosts did the top one hit?",
          f"SELECT COUNT(DISTINCT l.host_fk) {AJS} WHERE l.evt_cd = 'AUTH_FAIL' AND s.env <> 'test' "
          f"AND l.src_ip = ({TOP_WH_IP})",
          [f"SELECT COUNT(DISTINCT host_fk) {AFAIL} AND src_ip = ({TOP_WH_IP})",
           f"SELECT COUNT(DISTINCT l.host_fk) {AJS} WHERE s.env <> 'test' AND l.src_ip = ({TOP_WH_IP})",
           f"SELECT COUNT(DISTINCT host_fk) FROM auth_log WHERE src_ip = ({TOP_WH_IP})"])),
    conv("wh-2",
         ("how many open vulns with cvss 9 or higher?", f"SELECT COUNT(*) {OPEN9}"),
         ("which hosts have the most of them? top 3",
          f"SELECT s.hostname, COUNT(*) {FJS} WHERE f.fixed_at IS NULL AND CAST(f.cvss_v3 AS REAL) >= 9 "
          "GROUP BY s.hostname ORDER BY COUNT(*) DESC LIMIT 3"),
         ("leaving out decommissioned servers, how many open 9+ vulns is it?",
          f"SELECT COUNT(*) {FJS} WHERE f.fixed_at IS NULL AND CAST(f.cvss_v3 AS REAL) >= 9 "
          "AND s.decommissioned_on IS NULL"),
         ("how many findings have no CVSS score?",
          "SELECT COUNT(*) FROM vuln_findings WHERE cvss_v3 = 'N/A' OR cvss_v3 IS NULL"),
         ("when were those CVEs published?", D)),
    conv("wh-3",
         ("patched within SLA? what % of fixed vulns were fixed inside their SLA",
          f"SELECT 100.0 * SUM({INSLA}) / COUNT(*) {BAND}",
          [f"SELECT 1.0 * SUM({INSLA}) / COUNT(*) {BAND}"]),
         ("by band", f"SELECT p.band, 100.0 * SUM({INSLA}) / COUNT(*) {BAND} GROUP BY p.band",
          [f"SELECT p.band, 1.0 * SUM({INSLA}) / COUNT(*) {BAND} GROUP BY p.band"]),
         ("how many criticals are open right now and already past SLA? (as at end of 16 Mar)",
          f"SELECT COUNT(*) {LATE9}", [f"SELECT COUNT(*) {LATE9b}"]),
         ("list them with hostname", f"SELECT s.hostname, f.cve {LATE9}", [f"SELECT s.hostname, f.cve {LATE9b}"]),
         ("who is responsible for patching those boxes?", D)),
    conv("wh-4",
         ("mean time to resolve by priority, in hours",
          f"SELECT i.priority, AVG({WHRS}) FROM incidents i WHERE i.status = 'resolved' GROUP BY i.priority",
          [f"SELECT i.priority, AVG({WHRS}) FROM incidents i WHERE i.resolvedAt IS NOT NULL GROUP BY i.priority"]),
         ("how does P1 compare between prod and staging?",
          f"SELECT s.env, AVG({WHRS}) {IJS} WHERE i.status = 'resolved' AND i.priority = 'P1' "
          "AND s.env IN ('prod', 'staging') GROUP BY s.env",
          [f"SELECT s.env, AVG({WHRS}) {IJS} WHERE i.resolvedAt IS NOT NULL AND i.priority = 'P1' "
           "AND s.env IN ('prod', 'staging') GROUP BY s.env"]),
         ("and in test?",
          f"SELECT AVG({WHRS}) {IJS} WHERE i.status = 'resolved' AND i.priority = 'P1' AND s.env = 'test'",
          [f"SELECT AVG({WHRS}) {IJS} WHERE i.resolvedAt IS NOT NULL AND i.priority = 'P1' AND s.env = 'test'"]),
         ("how many P1s were there in test?",
          f"SELECT COUNT(*) {IJS} WHERE i.priority = 'P1' AND s.env = 'test'",
          [f"SELECT COUNT(*) {IJS} WHERE i.priority = 'P1' AND s.env = 'test' AND i.status = 'resolved'",
           f"SELECT COUNT(*) {IJS} WHERE i.priority = 'P1' AND s.env = 'test' AND i.status <> 'duplicate'"])),
    conv("wh-5",
         ("incidents still open over 7 days (as at end of 16 Mar)", f"SELECT i.incident_id {WOLD}",
          ["SELECT i.incident_id FROM incidents i WHERE i.status = 'open' AND i.openedAt < '2025-03-09'"]),
         ("with assignee names",
          "SELECT i.incident_id, o.firstName, o.lastName FROM incidents i LEFT JOIN ops_staff o "
          "ON o.staffId = i.assigneeId WHERE i.status = 'open' AND i.openedAt < '2025-03-10'",
          ["SELECT i.incident_id, o.firstName, o.lastName FROM incidents i JOIN ops_staff o "
           "ON o.staffId = i.assigneeId WHERE i.status = 'open' AND i.openedAt < '2025-03-10'"]),
         ("which team has the most of them?", TEAM_TOP),
         ("who's on call in that team?",
          f"SELECT firstName, lastName FROM ops_staff WHERE onCall = 1 AND team = ({TEAM_TOP})"),
         ("their mobile numbers?", D)),
    conv("wh-6",
         ("LOCKOUT events in February by data centre", f"SELECT s.dc, COUNT(*) {FEB_LOCK} GROUP BY s.dc"),
         ("which account got locked out most?",
          f"SELECT l.user_name {FEB_LOCK} GROUP BY l.user_name ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT user_name FROM auth_log WHERE evt_cd = 'LOCKOUT' GROUP BY user_name ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what share of February's lockouts were on prod servers?",
          f"SELECT 100.0 * SUM(s.env = 'prod') / COUNT(*) {FEB_LOCK}",
          [f"SELECT 1.0 * SUM(s.env = 'prod') / COUNT(*) {FEB_LOCK}"]),
         ("how many customers were affected by those lockouts?", D)),
    conv("wh-7",
         ("KEY_ADDED events in March - host, user, time",
          f"SELECT s.hostname, l.user_name, l.evt_ts {MAR_KEY}"),
         ("any of them from outside 10.x?",
          f"SELECT s.hostname, l.user_name, l.evt_ts, l.src_ip {MAR_KEY} AND l.src_ip NOT LIKE '10.%'"),
         ("count of CRIT severity auth events per month",
          "SELECT strftime('%Y-%m', l.evt_ts) AS m, COUNT(*) FROM auth_log l JOIN sev_codes c ON c.sev_cd = l.sev_cd "
          "WHERE c.sev_desc = 'CRIT' GROUP BY m",
          ["SELECT strftime('%m', l.evt_ts) AS m, COUNT(*) FROM auth_log l JOIN sev_codes c ON c.sev_cd = l.sev_cd "
           "WHERE c.sev_desc = 'CRIT' GROUP BY m"]),
         ("were those key additions approved through change control?", D)),
    conv("wh-8",
         ("how many servers per OS, excluding decommissioned?",
          "SELECT os, COUNT(*) FROM servers WHERE decommissioned_on IS NULL GROUP BY os"),
         ("which OS has the most open vulns per server?",
          "SELECT s.os FROM servers s LEFT JOIN vuln_findings f ON f.host_fk = s.host_id AND f.fixed_at IS NULL "
          "WHERE s.decommissioned_on IS NULL GROUP BY s.os ORDER BY 1.0 * COUNT(f.finding_id) / COUNT(DISTINCT s.host_id) "
          "DESC LIMIT 1"),
         ("distinct CVEs still open on CentOS 7",
          f"SELECT COUNT(DISTINCT f.cve) {FJS} WHERE f.fixed_at IS NULL AND s.os = 'CentOS 7'",
          [f"SELECT DISTINCT f.cve {FJS} WHERE f.fixed_at IS NULL AND s.os = 'CentOS 7'",
           f"SELECT COUNT(DISTINCT f.cve) {FJS} WHERE f.fixed_at IS NULL AND s.os = 'CentOS 7' "
           "AND s.decommissioned_on IS NULL",
           f"SELECT DISTINCT f.cve {FJS} WHERE f.fixed_at IS NULL AND s.os = 'CentOS 7' "
           "AND s.decommissioned_on IS NULL"])),
]

SETS = {"atm_estate": ATM, "plant_ot": OT, "webhost": WEBHOST}
