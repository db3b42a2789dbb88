"""The `heldout60` conversations: a public-sector performance officer preparing a quarterly board
report, written before the engine was run on them. Each turn: question, reference SQL (SQLite),
optional `accept` (other SQL that also answers), or None when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def median(sub: str, col: str) -> str:
    """The median of `col` over the rows of the subquery `sub` (mean of the two middle values)."""
    return (f"WITH d AS ({sub}) SELECT AVG({col}) FROM (SELECT {col} FROM d ORDER BY {col} "
            f"LIMIT 2 - (SELECT COUNT(*) FROM d) % 2 OFFSET ((SELECT COUNT(*) FROM d) - 1) / 2)")


# ------------------------------------------------------------------------------------------ safeguarding
RA = "FROM referrals r JOIN teams t ON t.team_id = r.team_id JOIN areas a ON a.area_id = t.area_id"
AS = ("FROM assessments s JOIN referrals r ON r.referral_id = s.referral_id JOIN teams t ON t.team_id = r.team_id "
      "JOIN areas a ON a.area_id = t.area_id")
DUR = "julianday(s.completed_date) - julianday(s.start_date)"
C2324 = "s.completed_date BETWEEN '2023-04-01' AND '2024-03-31'"
C2223 = "s.completed_date BETWEEN '2022-04-01' AND '2023-03-31'"
Q3 = "r.received_date BETWEEN '2024-10-01' AND '2024-12-31'"
Q2 = "r.received_date BETWEEN '2024-07-01' AND '2024-09-30'"
BUSY = ("SELECT w.worker_id FROM referrals r JOIN social_workers w ON w.worker_id = r.worker_id "
        "WHERE r.fiscal_year = '2023/24' GROUP BY w.worker_id HAVING COUNT(*) > 45")
RATE = ("SELECT a.area_name, 1000.0 * COUNT(*) / a.child_population AS rate {RA} WHERE r.fiscal_year = '{fy}' "
        "GROUP BY a.area_name, a.child_population")
TOPRATE = RATE.format(RA=RA, fy="2023/24") + " ORDER BY rate DESC LIMIT 1"
REREF = ("FROM referrals r LEFT JOIN referrals p ON p.referral_id = r.previous_referral_id "
         "JOIN teams t ON t.team_id = r.team_id JOIN areas a ON a.area_id = t.area_id")
WITHIN_YEAR = "julianday(r.received_date) - julianday(p.received_date) <= 365"
WITHIN_12M = "r.received_date <= date(p.received_date, '+12 months')"
OPEN_UNALLOC = "SELECT * FROM referrals WHERE status = 'OPEN' AND worker_id IS NULL"
DEC1 = "julianday(r.decision_date) - julianday(r.received_date) <= 1"


SAFEGUARDING = [
    conv("sg-1",
         ("How many referrals did we receive in 2023/24, excluding withdrawn cases?",
          "SELECT COUNT(*) FROM referrals WHERE fiscal_year = '2023/24' AND status <> 'WDN'"),
         ("And how many of them progressed to an assessment? Please also give that as a share of all referrals "
          "received in the year.",
          "SELECT SUM(status = 'ASMT'), 100.0 * SUM(status = 'ASMT') / COUNT(*) FROM referrals "
          "WHERE fiscal_year = '2023/24'",
          ["SELECT SUM(status = 'ASMT'), 1.0 * SUM(status = 'ASMT') / COUNT(*) FROM referrals "
           "WHERE fiscal_year = '2023/24'"]),
         ("Same figures for 2022/23, please.",
          "SELECT SUM(status = 'ASMT'), 100.0 * SUM(status = 'ASMT') / COUNT(*) FROM referrals "
          "WHERE fiscal_year = '2022/23'",
          ["SELECT SUM(status = 'ASMT'), 1.0 * SUM(status = 'ASMT') / COUNT(*) FROM referrals "
           "WHERE fiscal_year = '2022/23'"]),
         ("Only for the North area.",
          f"SELECT SUM(r.status = 'ASMT'), 100.0 * SUM(r.status = 'ASMT') / COUNT(*) {RA} "
          "WHERE r.fiscal_year = '2022/23' AND a.area_name = 'North'",
          [f"SELECT SUM(r.status = 'ASMT'), 1.0 * SUM(r.status = 'ASMT') / COUNT(*) {RA} "
           "WHERE r.fiscal_year = '2022/23' AND a.area_name = 'North'"])),
    conv("sg-2",
         ("For assessments completed in 2023/24, what was the median number of days from the start of the "
          "assessment to its completion?",
          median(f"SELECT {DUR} AS days FROM assessments s WHERE {C2324}", "days")),
         ("What share of them were completed within the 45-day target?",
          f"SELECT 100.0 * SUM({DUR} <= 45) / COUNT(*) FROM assessments s WHERE {C2324}",
          [f"SELECT 1.0 * SUM({DUR} <= 45) / COUNT(*) FROM assessments s WHERE {C2324}",
           f"SELECT 100.0 * SUM({DUR} < 45) / COUNT(*) FROM assessments s WHERE {C2324}"]),
         ("Can you break that down by area?",
          f"SELECT a.area_name, 100.0 * SUM({DUR} <= 45) / COUNT(*) {AS} WHERE {C2324} GROUP BY a.area_name",
          [f"SELECT a.area_name, 1.0 * SUM({DUR} <= 45) / COUNT(*) {AS} WHERE {C2324} GROUP BY a.area_name"]),
         ("Which areas were below 80 per cent?",
          f"SELECT a.area_name {AS} WHERE {C2324} GROUP BY a.area_name HAVING 100.0 * SUM({DUR} <= 45) / COUNT(*) < 80"),
         ("And which of those were also below 80 per cent in 2022/23?",
          f"SELECT a.area_name {AS} WHERE {C2324} GROUP BY a.area_name HAVING 100.0 * SUM({DUR} <= 45) / COUNT(*) < 80 "
          f"INTERSECT SELECT a.area_name {AS} WHERE {C2223} GROUP BY a.area_name "
          f"HAVING 100.0 * SUM({DUR} <= 45) / COUNT(*) < 80")),
    conv("sg-3",
         ("What was the referral rate per 1,000 children in each area in 2023/24?", RATE.format(RA=RA, fy="2023/24")),
         ("Which area had the highest rate?", TOPRATE),
         ("How does that compare with the national rate per 1,000 children?", D),
         ("And what was that area's rate in 2022/23?",
          RATE.format(RA=RA, fy="2022/23").replace(
              "GROUP BY", f"AND a.area_name = (SELECT area_name FROM ({TOPRATE})) GROUP BY"))),
    conv("sg-4",
         ("What share of referrals in Q3 of 2024/25 came from the police?",
          f"SELECT 100.0 * SUM(r.source = 'Police') / COUNT(*) FROM referrals r WHERE {Q3}",
          [f"SELECT 1.0 * SUM(r.source = 'Police') / COUNT(*) FROM referrals r WHERE {Q3}",
           f"SELECT 100.0 * SUM(r.source = 'Police') / COUNT(r.source) FROM referrals r WHERE {Q3}"]),
         ("And in the previous quarter?",
          f"SELECT 100.0 * SUM(r.source = 'Police') / COUNT(*) FROM referrals r WHERE {Q2}",
          [f"SELECT 1.0 * SUM(r.source = 'Police') / COUNT(*) FROM referrals r WHERE {Q2}",
           f"SELECT 100.0 * SUM(r.source = 'Police') / COUNT(r.source) FROM referrals r WHERE {Q2}"]),
         ("Show me the number of referrals by source for both quarters, side by side.",
          f"SELECT r.source, SUM({Q2}) AS q2, SUM({Q3}) AS q3 FROM referrals r "
          f"WHERE r.received_date BETWEEN '2024-07-01' AND '2024-12-31' GROUP BY r.source",
          [f"SELECT r.source, SUM({Q2}) AS q2, SUM({Q3}) AS q3 FROM referrals r "
           f"WHERE r.received_date BETWEEN '2024-07-01' AND '2024-12-31' AND r.source IS NOT NULL GROUP BY r.source"]),
         ("Which source grew the most quarter on quarter?",
          f"SELECT r.source FROM referrals r WHERE r.received_date BETWEEN '2024-07-01' AND '2024-12-31' "
          f"GROUP BY r.source ORDER BY SUM({Q3}) - SUM({Q2}) DESC LIMIT 1"),
         ("How many of the police referrals in Q3 were about domestic abuse?", D)),
    conv("sg-5",
         ("Which social workers had more than 45 referrals allocated to them in 2023/24?",
          "SELECT w.full_name FROM referrals r JOIN social_workers w ON w.worker_id = r.worker_id "
          "WHERE r.fiscal_year = '2023/24' GROUP BY w.worker_id, w.full_name HAVING COUNT(*) > 45"),
         ("How many of those are agency staff?",
          f"SELECT COUNT(*) FROM social_workers WHERE employment_type = 'Agency' AND worker_id IN ({BUSY})"),
         ("Who are their team managers?",
          f"SELECT DISTINCT m.full_name FROM social_workers w JOIN social_workers m ON m.worker_id = w.manager_id "
          f"WHERE w.worker_id IN ({BUSY})",
          [f"SELECT w.full_name, m.full_name FROM social_workers w JOIN social_workers m ON m.worker_id = w.manager_id "
           f"WHERE w.worker_id IN ({BUSY})"]),
         ("What caseload weighting does each of them carry?", D)),
    conv("sg-6",
         ("What proportion of referrals received in 2023/24 were re-referrals within 12 months of a previous "
          "referral for the same child?",
          f"SELECT 100.0 * SUM(p.referral_id IS NOT NULL AND {WITHIN_YEAR}) / COUNT(*) {REREF} "
          "WHERE r.fiscal_year = '2023/24'",
          [f"SELECT 1.0 * SUM(p.referral_id IS NOT NULL AND {WITHIN_YEAR}) / COUNT(*) {REREF} "
           "WHERE r.fiscal_year = '2023/24'",
           f"SELECT 100.0 * SUM(p.referral_id IS NOT NULL AND {WITHIN_12M}) / COUNT(*) {REREF} "
           "WHERE r.fiscal_year = '2023/24'"]),
         ("Only for the South area, please.",
          f"SELECT 100.0 * SUM(p.referral_id IS NOT NULL AND {WITHIN_YEAR}) / COUNT(*) {REREF} "
          "WHERE r.fiscal_year = '2023/24' AND a.area_name = 'South'",
          [f"SELECT 1.0 * SUM(p.referral_id IS NOT NULL AND {WITHIN_YEAR}) / COUNT(*) {REREF} "
           "WHERE r.fiscal_year = '2023/24' AND a.area_name = 'South'",
           f"SELECT 100.0 * SUM(p.referral_id IS NOT NULL AND {WITHIN_12M}) / COUNT(*) {REREF} "
           "WHERE r.fiscal_year = '2023/24' AND a.area_name = 'South'"]),
         ("What is our target for re-referrals?", D)),
    conv("sg-7",
         ("How many referrals are still awaiting a decision?", "SELECT COUNT(*) FROM referrals WHERE status = 'OPEN'"),
         ("How many of those have no allocated social worker?",
          "SELECT COUNT(*) FROM referrals WHERE status = 'OPEN' AND worker_id IS NULL"),
         ("Which is the oldest of them, and when was it received?",
          f"SELECT referral_id, received_date FROM ({OPEN_UNALLOC}) ORDER BY received_date LIMIT 1"),
         ("Which team is it sitting with?",
          f"SELECT t.team_name FROM teams t WHERE t.team_id = "
          f"(SELECT team_id FROM ({OPEN_UNALLOC}) ORDER BY received_date LIMIT 1)")),
    conv("sg-8",
         ("In 2024/25 so far, what share of referrals had a decision within one day of being received, excluding "
          "withdrawn cases?",
          f"SELECT 100.0 * SUM(COALESCE({DEC1}, 0)) / COUNT(*) FROM referrals r "
          "WHERE r.fiscal_year = '2024/25' AND r.status <> 'WDN'",
          [f"SELECT 1.0 * SUM(COALESCE({DEC1}, 0)) / COUNT(*) FROM referrals r "
           "WHERE r.fiscal_year = '2024/25' AND r.status <> 'WDN'",
           f"SELECT 100.0 * SUM({DEC1}) / COUNT(*) FROM referrals r "
           "WHERE r.fiscal_year = '2024/25' AND r.status NOT IN ('WDN', 'OPEN')"]),
         ("Which area had the lowest figure?",
          f"SELECT a.area_name {RA} WHERE r.fiscal_year = '2024/25' AND r.status <> 'WDN' GROUP BY a.area_name "
          f"ORDER BY 1.0 * SUM(COALESCE({DEC1}, 0)) / COUNT(*) LIMIT 1",
          [f"SELECT a.area_name {RA} WHERE r.fiscal_year = '2024/25' AND r.status NOT IN ('WDN', 'OPEN') "
           f"GROUP BY a.area_name ORDER BY 1.0 * SUM({DEC1}) / COUNT(*) LIMIT 1"]),
         ("Was it also the lowest in 2023/24?",
          f"SELECT a.area_name {RA} WHERE r.fiscal_year = '2023/24' AND r.status <> 'WDN' GROUP BY a.area_name "
          f"ORDER BY 1.0 * SUM(COALESCE({DEC1}, 0)) / COUNT(*) LIMIT 1")),
    conv("sg-9",
         ("How many assessments completed in 2023/24 ended in a Child Protection plan?",
          f"SELECT COUNT(*) FROM assessments s WHERE {C2324} AND s.outcome = 'Child Protection plan'"),
         ("As a share of all assessments completed that year?",
          f"SELECT 100.0 * SUM(s.outcome = 'Child Protection plan') / COUNT(*) FROM assessments s WHERE {C2324}",
          [f"SELECT 1.0 * SUM(s.outcome = 'Child Protection plan') / COUNT(*) FROM assessments s WHERE {C2324}"]),
         ("How many children were subject to a child protection plan on 31 March 2024?", D),
         ("Which team completed the most assessments in 2023/24?",
          f"SELECT t.team_name {AS} WHERE {C2324} GROUP BY t.team_name ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("sg-10",
         ("What share of our social workers are agency staff, excluding team managers?",
          "SELECT 100.0 * SUM(employment_type = 'Agency') / COUNT(*) FROM social_workers "
          "WHERE job_title <> 'Team Manager'",
          ["SELECT 1.0 * SUM(employment_type = 'Agency') / COUNT(*) FROM social_workers "
           "WHERE job_title <> 'Team Manager'"]),
         ("And by area?",
          "SELECT a.area_name, 100.0 * SUM(w.employment_type = 'Agency') / COUNT(*) FROM social_workers w "
          "JOIN teams t ON t.team_id = w.team_id JOIN areas a ON a.area_id = t.area_id "
          "WHERE w.job_title <> 'Team Manager' GROUP BY a.area_name",
          ["SELECT a.area_name, 1.0 * SUM(w.employment_type = 'Agency') / COUNT(*) FROM social_workers w "
           "JOIN teams t ON t.team_id = w.team_id JOIN areas a ON a.area_id = t.area_id "
           "WHERE w.job_title <> 'Team Manager' GROUP BY a.area_name"]),
         ("What is the vacancy rate in each area?", D),
         ("Total FTE by team, please, managers included.",
          "SELECT t.team_name, SUM(w.fte) FROM social_workers w JOIN teams t ON t.team_id = w.team_id "
          "GROUP BY t.team_name")),
]

# ------------------------------------------------------------------------------------------ fire
KJ = ("FROM station_kpis k JOIN kpi_targets g ON g.measure_code = k.measure_code AND g.quarter = k.quarter "
      "JOIN stations s ON s.station_id = k.station_id")


def missed(m: str, q: str, op: str = "<") -> str:
    return f"SELECT s.station_name {KJ} WHERE k.measure_code = '{m}' AND k.quarter = '{q}' AND k.actual {op} g.target"


MISS_AV = (f"SELECT s.station_id {KJ} WHERE k.measure_code = 'AVAIL' AND k.quarter LIKE '2024%' "
           "AND k.actual < g.target GROUP BY s.station_id HAVING COUNT(*) >= 2")
INC24 = "i.call_time >= '2024-01-01' AND i.call_time < '2025-01-01'"
IJ = "FROM incidents i JOIN stations s ON s.station_id = i.station_id"
DF_RESP = (f"SELECT i.response_secs / 60.0 AS mins FROM incidents i WHERE i.incident_type = 'Dwelling fire' "
           f"AND i.attendance = 'Attended' AND i.response_secs IS NOT NULL AND {INC24}")
QTR = "(CAST(strftime('%m', i.call_time) AS INTEGER) + 2) / 3"
POP = "(SELECT area, SUM(ground_population) AS pop FROM stations GROUP BY area)"


def df_rate(year: int, extra: str = "") -> str:
    return (f"SELECT s.area, 1000.0 * COUNT(*) / p.pop AS rate {IJ} JOIN {POP} p ON p.area = s.area "
            f"WHERE i.incident_type = 'Dwelling fire' AND i.call_time LIKE '{year}%' {extra}"
            f"GROUP BY s.area, p.pop")


TOP_DF = df_rate(2024) + " ORDER BY rate DESC LIMIT 1"

FIRE = [
    conv("fr-1",
         ("Which stations missed the home fire safety visits target in 2024 Q3?", missed("HFSV", "2024-Q3")),
         ("Which of those also missed it in Q2?",
          missed("HFSV", "2024-Q3") + " INTERSECT " + missed("HFSV", "2024-Q2")),
         ("How far below target were they in each of the two quarters?",
          f"SELECT s.station_name, k.quarter, g.target - k.actual {KJ} WHERE k.measure_code = 'HFSV' "
          f"AND k.quarter IN ('2024-Q2', '2024-Q3') AND s.station_name IN "
          f"({missed('HFSV', '2024-Q3')} INTERSECT {missed('HFSV', '2024-Q2')})",
          [f"SELECT s.station_name, k.quarter, k.actual - g.target {KJ} WHERE k.measure_code = 'HFSV' "
           f"AND k.quarter IN ('2024-Q2', '2024-Q3') AND s.station_name IN "
           f"({missed('HFSV', '2024-Q3')} INTERSECT {missed('HFSV', '2024-Q2')})"]),
         ("What reasons did the station managers give for the shortfall?", D)),
    conv("fr-2",
         ("For 2024, in how many quarters did each station miss the appliance availability target?",
          f"SELECT s.station_name, SUM(k.actual < g.target) {KJ} WHERE k.measure_code = 'AVAIL' "
          "AND k.quarter LIKE '2024%' GROUP BY s.station_name",
          [f"SELECT s.station_name, COUNT(*) {KJ} WHERE k.measure_code = 'AVAIL' AND k.quarter LIKE '2024%' "
           "AND k.actual < g.target GROUP BY s.station_name"]),
         ("Which stations missed it at least twice?",
          f"SELECT station_name FROM stations WHERE station_id IN ({MISS_AV})"),
         ("What was their average availability across the year?",
          f"SELECT s.station_name, AVG(k.actual) {KJ} WHERE k.measure_code = 'AVAIL' AND k.quarter LIKE '2024%' "
          f"AND s.station_id IN ({MISS_AV}) GROUP BY s.station_name"),
         ("Only the ones in the North area, and what crewing do they have?",
          f"SELECT station_name, crewing FROM stations WHERE area = 'North' AND station_id IN ({MISS_AV})")),
    conv("fr-3",
         ("What was the median response time to dwelling fires in 2024, in minutes? Leave out calls where the "
          "crew was stood down.", median(DF_RESP, "mins")),
         ("And the average, for comparison?", f"SELECT AVG(mins) FROM ({DF_RESP})"),
         ("Same average but split by crewing model.",
          f"SELECT s.crewing, AVG(i.response_secs) / 60.0 {IJ} WHERE i.incident_type = 'Dwelling fire' "
          f"AND i.attendance = 'Attended' AND {INC24} GROUP BY s.crewing"),
         ("For the on-call stations, how did it move quarter on quarter through 2024?",
          f"SELECT {QTR} AS q, AVG(i.response_secs) / 60.0 {IJ} WHERE i.incident_type = 'Dwelling fire' "
          f"AND i.attendance = 'Attended' AND s.crewing = 'On-call' AND {INC24} GROUP BY q ORDER BY q")),
    conv("fr-4",
         ("What share of the incidents we attended in 2024 were false alarms?",
          "SELECT 100.0 * SUM(incident_type LIKE 'False alarm%') / COUNT(*) FROM incidents i "
          f"WHERE i.attendance = 'Attended' AND {INC24}",
          ["SELECT 1.0 * SUM(incident_type LIKE 'False alarm%') / COUNT(*) FROM incidents i "
           f"WHERE i.attendance = 'Attended' AND {INC24}"]),
         ("And automatic fire alarms on their own, still as a share of all incidents attended?",
          "SELECT 100.0 * SUM(incident_type = 'False alarm - AFA') / COUNT(*) FROM incidents i "
          f"WHERE i.attendance = 'Attended' AND {INC24}",
          ["SELECT 1.0 * SUM(incident_type = 'False alarm - AFA') / COUNT(*) FROM incidents i "
           f"WHERE i.attendance = 'Attended' AND {INC24}"]),
         ("Which area had the highest share of false alarms of all kinds?",
          f"SELECT s.area {IJ} WHERE i.attendance = 'Attended' AND {INC24} GROUP BY s.area "
          "ORDER BY 1.0 * SUM(i.incident_type LIKE 'False alarm%') / COUNT(*) DESC LIMIT 1"),
         ("How many of the automatic alarm calls came from hospitals?", D)),
    conv("fr-5",
         ("How many dwelling fires per 1,000 residents did each area have in 2024?", df_rate(2024),
          [df_rate(2024, "AND i.attendance = 'Attended' ")]),
         ("Which area had the highest rate?", TOP_DF),
         ("And what was its rate in 2023?",
          df_rate(2023, f"AND s.area = (SELECT area FROM ({TOP_DF})) ")),
         ("What share of those fires started in the kitchen?", D)),
    conv("fr-6",
         ("What were the quarterly targets for fire safety audits in 2024?",
          "SELECT quarter, target FROM kpi_targets WHERE measure_code = 'AUDIT' AND quarter LIKE '2024%'"),
         ("How many stations met or beat the target in each of those quarters?",
          f"SELECT k.quarter, SUM(k.actual >= g.target) {KJ} WHERE k.measure_code = 'AUDIT' "
          "AND k.quarter LIKE '2024%' GROUP BY k.quarter",
          [f"SELECT k.quarter, COUNT(*) {KJ} WHERE k.measure_code = 'AUDIT' AND k.quarter LIKE '2024%' "
           "AND k.actual >= g.target GROUP BY k.quarter"]),
         ("Which station completed the most audits over the whole year?",
          "SELECT s.station_name FROM station_kpis k JOIN stations s ON s.station_id = k.station_id "
          "WHERE k.measure_code = 'AUDIT' AND k.quarter LIKE '2024%' GROUP BY s.station_name "
          "ORDER BY SUM(k.actual) DESC LIMIT 1"),
         ("How many of its audits led to an enforcement notice?", D)),
    conv("fr-7",
         ("Which stations were over the sickness target in 2024 Q4?", missed("SICK", "2024-Q4", ">")),
         ("Same but for the previous quarter.", missed("SICK", "2024-Q3", ">")),
         ("Which of them missed the sickness target in both quarters?",
          missed("SICK", "2024-Q4", ">") + " INTERSECT " + missed("SICK", "2024-Q3", ">"))),
    conv("fr-8",
         ("How many casualties were there at road traffic collisions in 2024?",
          f"SELECT SUM(casualties) FROM incidents i WHERE i.incident_type = 'Road traffic collision' AND {INC24}"),
         ("How does that break down by quarter?",
          f"SELECT {QTR} AS q, SUM(casualties) FROM incidents i WHERE i.incident_type = 'Road traffic collision' "
          f"AND {INC24} GROUP BY q"),
         ("How many of those casualties were fatal?", D),
         ("And casualties at dwelling fires, by area, for the same year?",
          f"SELECT s.area, SUM(i.casualties) {IJ} WHERE i.incident_type = 'Dwelling fire' AND {INC24} "
          "GROUP BY s.area")),
    conv("fr-9",
         ("Which station KPI returns for 2024 are missing an actual figure?",
          "SELECT s.station_name, k.quarter, k.measure_code FROM station_kpis k "
          "JOIN stations s ON s.station_id = k.station_id WHERE k.actual IS NULL AND k.quarter LIKE '2024%'"),
         ("How many incidents in 2024 have no response time recorded, excluding calls where the crew was stood down?",
          f"SELECT COUNT(*) FROM incidents i WHERE i.response_secs IS NULL AND i.attendance <> 'Stood down' AND {INC24}"),
         ("Which station has the most of those?",
          f"SELECT s.station_name {IJ} WHERE i.response_secs IS NULL AND i.attendance <> 'Stood down' AND {INC24} "
          "GROUP BY s.station_name ORDER BY COUNT(*) DESC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ air quality
RS = "FROM monthly_readings r JOIN sites s ON s.site_id = r.site_id"
RSW = RS + " JOIN wards w ON w.ward_id = s.ward_id"
AQQ = "(CAST(substr(r.month, 6, 2) AS INTEGER) + 2) / 3"


def over40(year: int, extra: str = "") -> str:
    return (f"SELECT s.site_name {RSW} WHERE r.month LIKE '{year}%' {extra}GROUP BY s.site_id, s.site_name "
            "HAVING AVG(r.no2_ugm3) > 40")


def pm25_q(q: int) -> str:
    return f"(SELECT AVG(r.pm25_ugm3) {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' AND {AQQ} = {q})"


CAP_LOW = "r.data_capture_pct < 75"

AIRQUALITY = [
    conv("aq-1",
         ("Which monitoring sites had an annual mean NO2 above the 40 µg/m³ objective in 2023?", over40(2023)),
         ("How many of those are diffusion tubes?",
          f"SELECT COUNT(*) FROM sites WHERE site_type = 'Diffusion tube' AND site_name IN ({over40(2023)})"),
         ("Only for the Central area, which sites were they?", over40(2023, "AND w.area = 'Central' ")),
         ("And which of the sites over 40 in 2023 were still above it in 2024?",
          over40(2023) + " INTERSECT " + over40(2024))),
    conv("aq-2",
         ("What was the average PM2.5 across the automatic sites in each quarter of 2024?",
          f"SELECT {AQQ} AS q, AVG(r.pm25_ugm3) {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' "
          "GROUP BY q"),
         ("Which automatic site had the highest PM2.5 in the fourth quarter?",
          f"SELECT s.site_name {RS} WHERE s.site_type = 'Automatic' AND r.month BETWEEN '2024-10' AND '2024-12' "
          "GROUP BY s.site_name ORDER BY AVG(r.pm25_ugm3) DESC LIMIT 1"),
         ("What is the WHO guideline value for PM2.5, and how far over it are we?", D),
         ("How did the fourth quarter compare with the third, in percentage terms?",
          f"SELECT 100.0 * ({pm25_q(4)} - {pm25_q(3)}) / {pm25_q(3)}")),
    conv("aq-3",
         ("In 2024, how many site-months at the automatic stations had data capture below 75 per cent?",
          f"SELECT COUNT(*) {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' AND {CAP_LOW}"),
         ("Which sites were they?",
          f"SELECT DISTINCT s.site_name {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' AND {CAP_LOW}",
          [f"SELECT s.site_name, COUNT(*) {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' "
           f"AND {CAP_LOW} GROUP BY s.site_name"]),
         ("Leaving those months out, what was the mean NO2 at each automatic site in 2024?",
          f"SELECT s.site_name, AVG(r.no2_ugm3) {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' "
          "AND r.data_capture_pct >= 75 GROUP BY s.site_name")),
    conv("aq-4",
         ("How many days did each automatic site exceed the PM10 daily limit value in 2024?",
          f"SELECT s.site_name, SUM(r.pm10_exceed_days) {RS} WHERE s.site_type = 'Automatic' "
          "AND r.month LIKE '2024%' GROUP BY s.site_name"),
         ("Which sites went over the 35 days allowed?",
          f"SELECT s.site_name {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' GROUP BY s.site_name "
          "HAVING SUM(r.pm10_exceed_days) > 35"),
         ("What were the hourly peak concentrations at those sites?", D),
         ("Were those sites over 35 days in 2023 as well?",
          f"SELECT s.site_name {RS} WHERE s.site_type = 'Automatic' AND r.month LIKE '2024%' GROUP BY s.site_name "
          f"HAVING SUM(r.pm10_exceed_days) > 35 INTERSECT SELECT s.site_name {RS} WHERE s.site_type = 'Automatic' "
          "AND r.month LIKE '2023%' GROUP BY s.site_name HAVING SUM(r.pm10_exceed_days) > 35")),
    conv("aq-5",
         ("How many active monitoring sites does each ward have?",
          "SELECT w.ward_name, COUNT(s.site_id) FROM wards w LEFT JOIN sites s ON s.ward_id = w.ward_id "
          "AND s.closed IS NULL GROUP BY w.ward_name"),
         ("Which wards have none?",
          "SELECT w.ward_name FROM wards w LEFT JOIN sites s ON s.ward_id = w.ward_id AND s.closed IS NULL "
          "GROUP BY w.ward_name HAVING COUNT(s.site_id) = 0"),
         ("Per 10,000 residents, which area has the most active sites?",
          "SELECT w.area FROM wards w LEFT JOIN sites s ON s.ward_id = w.ward_id AND s.closed IS NULL "
          "GROUP BY w.area ORDER BY 10000.0 * COUNT(s.site_id) / "
          "(SELECT SUM(residents) FROM wards x WHERE x.area = w.area) DESC LIMIT 1")),
    conv("aq-6",
         ("What was the average NO2 in 2024 at sites inside Air Quality Management Areas, compared with sites "
          "outside them?",
          f"SELECT s.in_aqma, AVG(r.no2_ugm3) {RS} WHERE r.month LIKE '2024%' GROUP BY s.in_aqma"),
         ("And in 2022?", f"SELECT s.in_aqma, AVG(r.no2_ugm3) {RS} WHERE r.month LIKE '2022%' GROUP BY s.in_aqma"),
         ("What was the percentage fall from 2022 to 2024 for the sites inside the AQMAs?",
          f"SELECT 100.0 * (a22 - a24) / a22 FROM (SELECT AVG(CASE WHEN r.month LIKE '2022%' THEN r.no2_ugm3 END) "
          f"AS a22, AVG(CASE WHEN r.month LIKE '2024%' THEN r.no2_ugm3 END) AS a24 {RS} WHERE s.in_aqma = 1)",
          [f"SELECT 100.0 * (a24 - a22) / a22 FROM (SELECT AVG(CASE WHEN r.month LIKE '2022%' THEN r.no2_ugm3 END) "
           f"AS a22, AVG(CASE WHEN r.month LIKE '2024%' THEN r.no2_ugm3 END) AS a24 {RS} WHERE s.in_aqma = 1)"]),
         ("How many residents live inside the AQMAs?", D)),
    conv("aq-7",
         ("How many diffusion tube results were missing in 2024 because the tube was lost or damaged?",
          f"SELECT COUNT(*) {RS} WHERE s.site_type = 'Diffusion tube' AND r.month LIKE '2024%' "
          "AND r.no2_ugm3 IS NULL"),
         ("Which tubes had three or more missing results over the whole period?",
          f"SELECT s.site_name {RS} WHERE s.site_type = 'Diffusion tube' AND r.no2_ugm3 IS NULL "
          "GROUP BY s.site_id, s.site_name HAVING COUNT(*) >= 3"),
         ("Who is responsible for changing those tubes?", D)),
    conv("aq-8",
         ("Which sites measure sulphur dioxide?",
          f"SELECT DISTINCT s.site_name {RS} WHERE r.so2_ugm3 IS NOT NULL"),
         ("What was the highest monthly SO2 at each of them in 2024?",
          f"SELECT s.site_name, MAX(r.so2_ugm3) {RS} WHERE r.so2_ugm3 IS NOT NULL AND r.month LIKE '2024%' "
          "GROUP BY s.site_name"),
         ("And in which month was that?",
          f"SELECT s.site_name, r.month {RS} WHERE r.month LIKE '2024%' AND r.so2_ugm3 = "
          "(SELECT MAX(x.so2_ugm3) FROM monthly_readings x WHERE x.site_id = r.site_id AND x.month LIKE '2024%')")),
    conv("aq-9",
         ("What was the average ozone level in summer 2024, June to August, across the sites that measure it?",
          "SELECT AVG(o3_ugm3) FROM monthly_readings WHERE month BETWEEN '2024-06' AND '2024-08'"),
         ("How many days did ozone exceed the 8-hour objective?", D),
         ("Which site had the highest summer average?",
          f"SELECT s.site_name {RS} WHERE r.month BETWEEN '2024-06' AND '2024-08' AND r.o3_ugm3 IS NOT NULL "
          "GROUP BY s.site_name ORDER BY AVG(r.o3_ugm3) DESC LIMIT 1")),
]

SETS = {"safeguarding": SAFEGUARDING, "fire": FIRE, "airquality": AIRQUALITY}
