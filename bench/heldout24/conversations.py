"""Held-out conversations 24, in the voice of a non-technical manager and of a journalist (plain,
sometimes vague wording, follow-ups that lean on the previous answer, and rounds the data cannot
answer), written before the engine was run on them. Each turn: question, reference SQL (SQLite; a
list for a breakdown), optional `accept` (other SQL that also answers), or None to decline."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ permits
PD = "FROM permits p JOIN districts d ON d.district_id = p.district_id"
SY = "strftime('%Y', submitted_on)"
DAYS = "julianday(decided_on) - julianday(submitted_on)"
BUSY_N = (f"SELECT d.district_id {PD} WHERE d.area = 'North' GROUP BY d.district_id "
          "ORDER BY COUNT(*) DESC LIMIT 1")
LATE_D = (f"SELECT d.district_id {PD} WHERE p.decided_on > p.due_by GROUP BY d.district_id "
          "ORDER BY COUNT(*) DESC LIMIT 1")
TOP_FEE_TYPE = (f"SELECT permit_type FROM permits WHERE {SY} = '2025' GROUP BY permit_type "
                "ORDER BY SUM(fee_paid) DESC LIMIT 1")
BIG = "SELECT permit_id FROM permits ORDER BY estimated_cost DESC LIMIT 1"
FAIL_INSP = ("SELECT inspector_id FROM inspections WHERE result = 'fail' AND inspected_on LIKE '2026%' "
             "GROUP BY inspector_id ORDER BY COUNT(*) DESC LIMIT 1")
NEWEST = "SELECT inspector_id FROM inspectors ORDER BY hired_on DESC LIMIT 1"
REF_M25 = ("SELECT strftime('%m', submitted_on) AS m FROM permits WHERE submitted_on LIKE '2025%' "
           "AND status = 'refused' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")
PER_K = (f"SELECT d.district_name, COUNT(*) * 1000.0 / d.population AS per_k {PD} "
         "GROUP BY d.district_id")

PERMITS = [
    conv("permits-1",
         ("How many permits did we get last year?", f"SELECT COUNT(*) FROM permits WHERE {SY} = '2025'"),
         ("and the year before?", f"SELECT COUNT(*) FROM permits WHERE {SY} = '2024'"),
         ("how many of last year's got approved?",
          f"SELECT COUNT(*) FROM permits WHERE {SY} = '2025' AND status = 'approved'")),
    conv("permits-2",
         ("Which district is the busiest?",
          f"SELECT d.district_name {PD} GROUP BY d.district_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what about in the north?", f"SELECT district_name FROM districts WHERE district_id = ({BUSY_N})"),
         ("who handles the permits there?",
          f"SELECT full_name FROM inspectors WHERE district_id = ({BUSY_N})",
          [f"SELECT DISTINCT i.full_name FROM permits p JOIN inspectors i ON i.inspector_id = p.inspector_id "
           f"WHERE p.district_id = ({BUSY_N})"]),
         ("can you give me their phone numbers?", D)),
    conv("permits-3",
         ("On average, how long does it take us to decide on a permit?",
          f"SELECT AVG({DAYS}) FROM permits WHERE decided_on IS NOT NULL"),
         ("broken down by type", f"SELECT permit_type, AVG({DAYS}) FROM permits WHERE decided_on IS NOT NULL "
                                 "GROUP BY permit_type"),
         ("which type is the slowest?", f"SELECT permit_type FROM permits WHERE decided_on IS NOT NULL "
                                        f"GROUP BY permit_type ORDER BY AVG({DAYS}) DESC LIMIT 1"),
         ("why are those so slow?", D)),
    conv("permits-4",
         ("How many permits were decided after their due date?",
          "SELECT COUNT(*) FROM permits WHERE decided_on > due_by"),
         ("which district has the most late ones?",
          f"SELECT district_name FROM districts WHERE district_id = ({LATE_D})"),
         ("list the late ones there from this year",
          f"SELECT permit_id, permit_type, submitted_on, due_by, decided_on FROM permits "
          f"WHERE decided_on > due_by AND district_id = ({LATE_D}) AND decided_on LIKE '2026%'",
          [f"SELECT permit_id FROM permits WHERE decided_on > due_by AND district_id = ({LATE_D}) "
           "AND submitted_on LIKE '2026%'"])),
    conv("permits-5",
         ("What share of applications got refused?",
          "SELECT 100.0 * SUM(status = 'refused') / COUNT(*) FROM permits",
          ["SELECT 1.0 * SUM(status = 'refused') / COUNT(*) FROM permits",
           "SELECT 100.0 * SUM(status = 'refused') / SUM(status IN ('approved', 'refused')) FROM permits",
           "SELECT 1.0 * SUM(status = 'refused') / SUM(status IN ('approved', 'refused')) FROM permits"]),
         ("and for demolitions?",
          "SELECT 100.0 * SUM(status = 'refused') / COUNT(*) FROM permits WHERE permit_type = 'Demolition'",
          ["SELECT 1.0 * SUM(status = 'refused') / COUNT(*) FROM permits WHERE permit_type = 'Demolition'",
           "SELECT 100.0 * SUM(status = 'refused') / SUM(status IN ('approved', 'refused')) FROM permits "
           "WHERE permit_type = 'Demolition'",
           "SELECT 1.0 * SUM(status = 'refused') / SUM(status IN ('approved', 'refused')) FROM permits "
           "WHERE permit_type = 'Demolition'"]),
         ("will that go up next year?", D)),
    conv("permits-6",
         ("How much did the city collect in permit fees in 2025?",
          f"SELECT SUM(fee_paid) FROM permits WHERE {SY} = '2025'"),
         ("which type of permit brought in the most?", TOP_FEE_TYPE),
         ("and how much was that?",
          f"SELECT SUM(fee_paid) FROM permits WHERE {SY} = '2025' AND permit_type = ({TOP_FEE_TYPE})"),
         ("how much of the fee money went on staff salaries?", D)),
    conv("permits-7",
         ("What's the most expensive project anyone has applied for?",
          "SELECT permit_id, permit_type, estimated_cost FROM permits ORDER BY estimated_cost DESC LIMIT 1"),
         ("who applied for it and where?",
          f"SELECT p.applicant_name, d.district_name {PD} WHERE p.permit_id = ({BIG})"),
         ("was it approved?", f"SELECT status FROM permits WHERE permit_id = ({BIG})"),
         ("what's the applicant's email address?", D)),
    conv("permits-8",
         ("How many inspections failed this year?",
          "SELECT COUNT(*) FROM inspections WHERE result = 'fail' AND inspected_on LIKE '2026%'"),
         ("which inspector had the most fails?",
          f"SELECT full_name FROM inspectors WHERE inspector_id = ({FAIL_INSP})"),
         ("how many inspections did they do in total this year?",
          f"SELECT COUNT(*) FROM inspections WHERE inspector_id = ({FAIL_INSP}) AND inspected_on LIKE '2026%'"),
         ("and last year?",
          f"SELECT COUNT(*) FROM inspections WHERE inspector_id = ({FAIL_INSP}) AND inspected_on LIKE '2025%'")),
    conv("permits-9",
         ("Which inspector has been with us the longest?",
          "SELECT full_name, hired_on FROM inspectors ORDER BY hired_on LIMIT 1"),
         ("and the newest one?", "SELECT full_name, hired_on FROM inspectors ORDER BY hired_on DESC LIMIT 1"),
         ("how many inspections has the new one done?",
          f"SELECT COUNT(*) FROM inspections WHERE inspector_id = ({NEWEST})"),
         ("how do residents rate them?", D)),
    conv("permits-10",
         ("How many solar panel permits came in this year compared with last year?",
          f"SELECT {SY} AS yr, COUNT(*) FROM permits WHERE permit_type = 'Solar panels' "
          f"AND {SY} IN ('2025', '2026') GROUP BY yr"),
         ("how many of this year's were approved?",
          f"SELECT COUNT(*) FROM permits WHERE permit_type = 'Solar panels' AND {SY} = '2026' "
          "AND status = 'approved'"),
         ("what's the typical fee for one?",
          "SELECT AVG(fee_paid) FROM permits WHERE permit_type = 'Solar panels'",
          ["SELECT fee_paid FROM permits WHERE permit_type = 'Solar panels' ORDER BY fee_paid LIMIT 1 "
           "OFFSET (SELECT COUNT(*) / 2 FROM permits WHERE permit_type = 'Solar panels')"])),
    conv("permits-11",
         ("How many permits came in each month in 2025?",
          "SELECT strftime('%m', submitted_on) AS m, COUNT(*) FROM permits WHERE submitted_on LIKE '2025%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', submitted_on) AS m, COUNT(*) FROM permits WHERE submitted_on LIKE '2025%' "
           "GROUP BY m"]),
         ("which month was the worst for refusals?", REF_M25,
          ["SELECT strftime('%Y-%m', submitted_on) AS m FROM permits WHERE submitted_on LIKE '2025%' "
           "AND status = 'refused' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what was the weather like that month?", D)),
    conv("permits-12",
         ("Show me the districts by population",
          "SELECT district_name, population FROM districts ORDER BY population DESC"),
         ("how many permits per thousand residents in each?", PER_K),
         ("which one is highest?", f"{PER_K} ORDER BY per_k DESC LIMIT 1")),
    conv("permits-13",
         ("How many new builds were approved in the East last year?",
          f"SELECT COUNT(*) {PD} WHERE p.permit_type = 'New build' AND p.status = 'approved' "
          f"AND d.area = 'East' AND strftime('%Y', p.submitted_on) = '2025'",
          [f"SELECT COUNT(*) {PD} WHERE p.permit_type = 'New build' AND p.status = 'approved' "
           "AND d.area = 'East' AND p.decided_on LIKE '2025%'"]),
         ("and in the West?",
          f"SELECT COUNT(*) {PD} WHERE p.permit_type = 'New build' AND p.status = 'approved' "
          f"AND d.area = 'West' AND strftime('%Y', p.submitted_on) = '2025'",
          [f"SELECT COUNT(*) {PD} WHERE p.permit_type = 'New build' AND p.status = 'approved' "
           "AND d.area = 'West' AND p.decided_on LIKE '2025%'"]),
         ("how many of the refused ones were appealed?", D)),
    conv("permits-14",
         ("How are we doing on approvals this year?",
          f"SELECT status, COUNT(*) FROM permits WHERE {SY} = '2026' GROUP BY status",
          [f"SELECT 100.0 * SUM(status = 'approved') / COUNT(*) FROM permits WHERE {SY} = '2026'",
           f"SELECT COUNT(*) FROM permits WHERE {SY} = '2026' AND status = 'approved'"]),
         ("and last year?", f"SELECT status, COUNT(*) FROM permits WHERE {SY} = '2025' GROUP BY status",
          [f"SELECT 100.0 * SUM(status = 'approved') / COUNT(*) FROM permits WHERE {SY} = '2025'",
           f"SELECT COUNT(*) FROM permits WHERE {SY} = '2025' AND status = 'approved'"]),
         ("how many of last year's were late?",
          f"SELECT COUNT(*) FROM permits WHERE {SY} = '2025' AND decided_on > due_by"),
         ("who handled the most of those?",
          "SELECT i.full_name FROM permits p JOIN inspectors i ON i.inspector_id = p.inspector_id "
          "WHERE strftime('%Y', p.submitted_on) = '2025' AND p.decided_on > p.due_by "
          "GROUP BY i.inspector_id ORDER BY COUNT(*) DESC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ weather
RS = "FROM dailyReadings r JOIN stations s ON s.stationId = r.stationId"
VS = "FROM maintenanceVisits v JOIN stations s ON s.stationId = v.stationId"
WET = f"SELECT r.stationId {RS} GROUP BY r.stationId ORDER BY SUM(r.rainfallMm) DESC LIMIT 1"
HOT26 = "SELECT readingId FROM dailyReadings WHERE readingDate LIKE '2026%' ORDER BY maxTempC DESC LIMIT 1"
MOST_V = "SELECT stationId FROM maintenanceVisits GROUP BY stationId ORDER BY COUNT(*) DESC LIMIT 1"
WINDY = "SELECT stationId FROM dailyReadings GROUP BY stationId ORDER BY AVG(maxGustKmh) DESC LIMIT 1"
TECH26 = ("SELECT technicianName FROM maintenanceVisits WHERE visitDate LIKE '2026%' GROUP BY technicianName "
          "ORDER BY SUM(hoursSpent) DESC LIMIT 1")
RAIN_M = ("SELECT strftime('%Y-%m', readingDate) AS ym FROM dailyReadings GROUP BY ym "
          "ORDER BY SUM(rainfallMm) DESC LIMIT 1")
BF25 = "s.stationName = 'Bramble Fell' AND r.readingDate LIKE '2025%'"

WEATHER = [
    conv("weather-1",
         ("Which station is the wettest?",
          f"SELECT s.stationName {RS} GROUP BY s.stationId ORDER BY SUM(r.rainfallMm) DESC LIMIT 1",
          [f"SELECT s.stationName {RS} GROUP BY s.stationId ORDER BY AVG(r.rainfallMm) DESC LIMIT 1"]),
         ("and the driest?",
          f"SELECT s.stationName {RS} GROUP BY s.stationId ORDER BY SUM(r.rainfallMm) LIMIT 1",
          [f"SELECT s.stationName {RS} GROUP BY s.stationId ORDER BY AVG(r.rainfallMm) LIMIT 1"]),
         ("how much rain did the wettest one get last year?",
          f"SELECT SUM(rainfallMm) FROM dailyReadings WHERE stationId = ({WET}) AND readingDate LIKE '2025%'")),
    conv("weather-2",
         ("What was the hottest day this year?",
          "SELECT readingDate, maxTempC FROM dailyReadings WHERE readingDate LIKE '2026%' "
          "ORDER BY maxTempC DESC LIMIT 1"),
         ("where was that?", f"SELECT s.stationName {RS} WHERE r.readingId = ({HOT26})"),
         ("and the coldest night?",
          f"SELECT r.readingDate, s.stationName, r.minTempC {RS} WHERE r.readingDate LIKE '2026%' "
          "ORDER BY r.minTempC LIMIT 1"),
         ("will it get that cold again this winter?", D)),
    conv("weather-3",
         ("How many stations do we have in each region?", "SELECT region, COUNT(*) FROM stations GROUP BY region"),
         ("which ones are still manual?", "SELECT stationName FROM stations WHERE isAutomatic = 0"),
         ("when did the oldest of those open?", "SELECT MIN(openedOn) FROM stations WHERE isAutomatic = 0",
          ["SELECT stationName, openedOn FROM stations WHERE isAutomatic = 0 ORDER BY openedOn LIMIT 1"]),
         ("how much did it cost to set up?", D)),
    conv("weather-4",
         ("What was the average daily high each month in 2025?",
          "SELECT strftime('%m', readingDate) AS m, AVG(maxTempC) FROM dailyReadings "
          "WHERE readingDate LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', readingDate) AS m, AVG(maxTempC) FROM dailyReadings "
           "WHERE readingDate LIKE '2025%' GROUP BY m"]),
         ("which month was the sunniest?",
          "SELECT strftime('%m', readingDate) AS m FROM dailyReadings WHERE readingDate LIKE '2025%' "
          "GROUP BY m ORDER BY SUM(sunshineHours) DESC LIMIT 1",
          ["SELECT strftime('%m', readingDate) AS m FROM dailyReadings WHERE readingDate LIKE '2025%' "
           "GROUP BY m ORDER BY AVG(sunshineHours) DESC LIMIT 1",
           "SELECT strftime('%Y-%m', readingDate) AS m FROM dailyReadings WHERE readingDate LIKE '2025%' "
           "GROUP BY m ORDER BY SUM(sunshineHours) DESC LIMIT 1",
           "SELECT strftime('%Y-%m', readingDate) AS m FROM dailyReadings WHERE readingDate LIKE '2025%' "
           "GROUP BY m ORDER BY AVG(sunshineHours) DESC LIMIT 1"]),
         ("what about on the coast?",
          f"SELECT strftime('%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' AND s.region = 'Coast' "
          "GROUP BY m ORDER BY SUM(r.sunshineHours) DESC LIMIT 1",
          [f"SELECT strftime('%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' "
           "AND s.region = 'Coast' GROUP BY m ORDER BY AVG(r.sunshineHours) DESC LIMIT 1",
           f"SELECT strftime('%Y-%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' "
           "AND s.region = 'Coast' GROUP BY m ORDER BY SUM(r.sunshineHours) DESC LIMIT 1",
           f"SELECT strftime('%Y-%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' "
           "AND s.region = 'Coast' GROUP BY m ORDER BY AVG(r.sunshineHours) DESC LIMIT 1"]),
         ("and in the highlands?",
          f"SELECT strftime('%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' "
          "AND s.region = 'Highlands' GROUP BY m ORDER BY SUM(r.sunshineHours) DESC LIMIT 1",
          [f"SELECT strftime('%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' "
           "AND s.region = 'Highlands' GROUP BY m ORDER BY AVG(r.sunshineHours) DESC LIMIT 1",
           f"SELECT strftime('%Y-%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' "
           "AND s.region = 'Highlands' GROUP BY m ORDER BY SUM(r.sunshineHours) DESC LIMIT 1",
           f"SELECT strftime('%Y-%m', r.readingDate) AS m {RS} WHERE r.readingDate LIKE '2025%' "
           "AND s.region = 'Highlands' GROUP BY m ORDER BY AVG(r.sunshineHours) DESC LIMIT 1"])),
    conv("weather-5",
         ("Which station needed the most maintenance visits?",
          f"SELECT s.stationName {VS} GROUP BY s.stationId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many hours did we spend on it?",
          f"SELECT SUM(hoursSpent) FROM maintenanceVisits WHERE stationId = ({MOST_V})"),
         ("who went out there most often?",
          f"SELECT technicianName FROM maintenanceVisits WHERE stationId = ({MOST_V}) GROUP BY technicianName "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how much did those visits cost us?", D)),
    conv("weather-6",
         ("How many storm damage call-outs were there last year?",
          "SELECT COUNT(*) FROM maintenanceVisits WHERE issueType = 'storm damage' AND visitDate LIKE '2025%'"),
         ("and this year?",
          "SELECT COUNT(*) FROM maintenanceVisits WHERE issueType = 'storm damage' AND visitDate LIKE '2026%'"),
         ("list this year's with the station and date",
          f"SELECT s.stationName, v.visitDate {VS} WHERE v.issueType = 'storm damage' "
          "AND v.visitDate LIKE '2026%'")),
    conv("weather-7",
         ("What's our windiest station?",
          "SELECT s.stationName FROM stations s WHERE s.stationId = "
          f"({WINDY})",
          [f"SELECT s.stationName {RS} GROUP BY s.stationId ORDER BY MAX(r.maxGustKmh) DESC LIMIT 1"]),
         ("what's the strongest gust ever recorded there?",
          f"SELECT MAX(maxGustKmh) FROM dailyReadings WHERE stationId = ({WINDY})",
          ["SELECT MAX(maxGustKmh) FROM dailyReadings WHERE stationId = (SELECT stationId FROM dailyReadings "
           "GROUP BY stationId ORDER BY MAX(maxGustKmh) DESC LIMIT 1)"]),
         ("which direction was the wind coming from?", D)),
    conv("weather-8",
         ("How many days did it rain at Bramble Fell in 2025?",
          f"SELECT COUNT(*) {RS} WHERE {BF25} AND r.rainfallMm > 0"),
         ("what was the total for the year?", f"SELECT SUM(r.rainfallMm) {RS} WHERE {BF25}"),
         ("was that a record for the station?", D)),
    conv("weather-9",
         ("Which stations had a day over 30 degrees?",
          f"SELECT DISTINCT s.stationName {RS} WHERE r.maxTempC > 30"),
         ("how many such days at each?",
          f"SELECT s.stationName, COUNT(*) {RS} WHERE r.maxTempC > 30 GROUP BY s.stationId"),
         ("what about frost days, below zero?",
          f"SELECT s.stationName, COUNT(*) {RS} WHERE r.minTempC < 0 GROUP BY s.stationId")),
    conv("weather-10",
         ("What's the average high at Glen Arrow Summit?",
          f"SELECT AVG(r.maxTempC) {RS} WHERE s.stationName = 'Glen Arrow Summit'"),
         ("how does that compare with Saltmarsh Point?",
          f"SELECT s.stationName, AVG(r.maxTempC) {RS} WHERE s.stationName IN ('Glen Arrow Summit', "
          "'Saltmarsh Point') GROUP BY s.stationId",
          [f"SELECT AVG(r.maxTempC) {RS} WHERE s.stationName = 'Saltmarsh Point'"]),
         ("and the humidity at both?", D)),
    conv("weather-11",
         ("Which technician put in the most hours this year?", TECH26),
         ("which stations did they go to?",
          f"SELECT DISTINCT s.stationName {VS} WHERE v.visitDate LIKE '2026%' AND v.technicianName = ({TECH26})",
          [f"SELECT DISTINCT s.stationName {VS} WHERE v.technicianName = ({TECH26})"]),
         ("what's their mobile number?", D)),
    conv("weather-12",
         ("What was the rainiest month we have on record across the network?", RAIN_M),
         ("how much fell at each station that month?",
          f"SELECT s.stationName, SUM(r.rainfallMm) {RS} WHERE strftime('%Y-%m', r.readingDate) = ({RAIN_M}) "
          "GROUP BY s.stationId")),
    conv("weather-13",
         ("Was it wetter this year than last year?",
          "SELECT strftime('%Y', readingDate) AS yr, SUM(rainfallMm) FROM dailyReadings GROUP BY yr"),
         ("what about comparing just January to September?",
          "SELECT strftime('%Y', readingDate) AS yr, SUM(rainfallMm) FROM dailyReadings "
          "WHERE strftime('%m', readingDate) <= '09' GROUP BY yr"),
         ("is climate change to blame?", D)),
]

# ------------------------------------------------------------------------------------------ grants
AP = "FROM APPL a JOIN PRGM p ON p.program_id = a.program_id"
AI = "FROM APPL a JOIN INST i ON i.institution_id = a.institution_id"
BUSY_P = "SELECT program_id FROM APPL GROUP BY program_id ORDER BY COUNT(*) DESC LIMIT 1"
RICH_I = "SELECT institution_id FROM APPL GROUP BY institution_id ORDER BY SUM(awarded_amount) DESC LIMIT 1"
HARSH = "SELECT reviewer_name FROM RVW GROUP BY reviewer_name ORDER BY AVG(score) LIMIT 1"
DDAYS = "julianday(a.decision_date) - julianday(a.submitted_date)"
MARLOWE = "i.institution_name = 'Marlowe Marine Laboratory' AND a.decision = 'funded'"
CONFL = "SELECT application_id FROM RVW WHERE conflict_declared = 1"
BIGG = "SELECT application_id FROM APPL ORDER BY awarded_amount DESC LIMIT 1"
SMALL_P = "SELECT program_id FROM APPL GROUP BY program_id ORDER BY AVG(requested_amount) LIMIT 1"


def _share(where: str) -> list:
    pct = [f"SELECT 100.0 * SUM(decision = 'funded') / COUNT(*) FROM APPL {where}",
           f"SELECT 1.0 * SUM(decision = 'funded') / COUNT(*) FROM APPL {where}",
           f"SELECT 100.0 * SUM(decision = 'funded') / SUM(decision IN ('funded', 'rejected')) FROM APPL {where}",
           f"SELECT 1.0 * SUM(decision = 'funded') / SUM(decision IN ('funded', 'rejected')) FROM APPL {where}"]
    return pct


GRANTS = [
    conv("grants-1",
         ("How many applications did we get last year?",
          "SELECT COUNT(*) FROM APPL WHERE submitted_date LIKE '2025%'"),
         ("how many got funded?", "SELECT COUNT(*) FROM APPL WHERE submitted_date LIKE '2025%' AND decision = 'funded'"),
         ("so what's the success rate?", _share("WHERE submitted_date LIKE '2025%'")[0],
          _share("WHERE submitted_date LIKE '2025%'")[1:])),
    conv("grants-2",
         ("Which programme gets the most applications?",
          f"SELECT p.program_name {AP} GROUP BY p.program_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's its budget?", f"SELECT annual_budget FROM PRGM WHERE program_id = ({BUSY_P})"),
         ("how much did it actually give out in 2025?",
          f"SELECT SUM(awarded_amount) FROM APPL WHERE program_id = ({BUSY_P}) AND decision_date LIKE '2025%'",
          [f"SELECT SUM(awarded_amount) FROM APPL WHERE program_id = ({BUSY_P}) AND submitted_date LIKE '2025%'"])),
    conv("grants-3",
         ("Which institution has won the most money from us?",
          f"SELECT i.institution_name {AI} GROUP BY i.institution_id ORDER BY SUM(a.awarded_amount) DESC LIMIT 1"),
         ("how many grants is that?",
          f"SELECT COUNT(*) FROM APPL WHERE institution_id = ({RICH_I}) AND decision = 'funded'"),
         ("which programmes were they in?",
          f"SELECT DISTINCT p.program_name {AP} WHERE a.institution_id = ({RICH_I}) AND a.decision = 'funded'"),
         ("is that because they write better proposals?", D)),
    conv("grants-4",
         ("What's the average score our reviewers give?", "SELECT AVG(score) FROM RVW"),
         ("who's the harshest reviewer?", HARSH),
         ("how many reviews have they done?", f"SELECT COUNT(*) FROM RVW WHERE reviewer_name = ({HARSH})"),
         ("which university do they work at?", D)),
    conv("grants-5",
         ("Which applications are still waiting for a decision?",
          "SELECT application_id, project_title FROM APPL WHERE decision = 'under review'"),
         ("which programme has the most of them?",
          f"SELECT p.program_name {AP} WHERE a.decision = 'under review' GROUP BY p.program_id "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when will they be decided?", D)),
    conv("grants-6",
         ("How long does a decision usually take?",
          f"SELECT AVG({DDAYS}) FROM APPL a WHERE a.decision_date IS NOT NULL"),
         ("for each programme?",
          f"SELECT p.program_name, AVG({DDAYS}) {AP} WHERE a.decision_date IS NOT NULL GROUP BY p.program_id"),
         ("which is the quickest?",
          f"SELECT p.program_name {AP} WHERE a.decision_date IS NOT NULL GROUP BY p.program_id "
          f"ORDER BY AVG({DDAYS}) LIMIT 1")),
    conv("grants-7",
         ("How much money did we hand out in total in 2024?",
          "SELECT SUM(awarded_amount) FROM APPL WHERE decision_date LIKE '2024%'",
          ["SELECT SUM(awarded_amount) FROM APPL WHERE submitted_date LIKE '2024%'"]),
         ("and in 2025?", "SELECT SUM(awarded_amount) FROM APPL WHERE decision_date LIKE '2025%'",
          ["SELECT SUM(awarded_amount) FROM APPL WHERE submitted_date LIKE '2025%'"]),
         ("what percentage of that went to medicine?",
          f"SELECT 100.0 * SUM(CASE WHEN p.research_field = 'Medicine' THEN a.awarded_amount END) "
          f"/ SUM(a.awarded_amount) {AP} WHERE a.decision_date LIKE '2025%'",
          [f"SELECT 1.0 * SUM(CASE WHEN p.research_field = 'Medicine' THEN a.awarded_amount END) "
           f"/ SUM(a.awarded_amount) {AP} WHERE a.decision_date LIKE '2025%'",
           f"SELECT 100.0 * SUM(CASE WHEN p.research_field = 'Medicine' THEN a.awarded_amount END) "
           f"/ SUM(a.awarded_amount) {AP} WHERE a.submitted_date LIKE '2025%'",
           f"SELECT 1.0 * SUM(CASE WHEN p.research_field = 'Medicine' THEN a.awarded_amount END) "
           f"/ SUM(a.awarded_amount) {AP} WHERE a.submitted_date LIKE '2025%'"]),
         ("how many of the funded researchers were women?", D)),
    conv("grants-8",
         ("List the funded projects at Marlowe Marine Laboratory",
          f"SELECT a.project_title, a.awarded_amount {AI} WHERE {MARLOWE}"),
         ("who led them?", f"SELECT a.lead_researcher {AI} WHERE {MARLOWE}"),
         ("which one got the most?",
          f"SELECT a.project_title, a.awarded_amount {AI} WHERE {MARLOWE} ORDER BY a.awarded_amount DESC LIMIT 1")),
    conv("grants-9",
         ("Which programme has the biggest average request?",
          f"SELECT p.program_name {AP} GROUP BY p.program_id ORDER BY AVG(a.requested_amount) DESC LIMIT 1"),
         ("and the smallest?",
          f"SELECT p.program_name {AP} GROUP BY p.program_id ORDER BY AVG(a.requested_amount) LIMIT 1"),
         ("how does that compare with its maximum award?",
          f"SELECT p.program_name, AVG(a.requested_amount), p.max_award {AP} WHERE a.program_id = ({SMALL_P}) "
          "GROUP BY p.program_id"),
         ("how much of those requests was for equipment?", D)),
    conv("grants-10",
         ("Were there any reviews where the reviewer declared a conflict?",
          "SELECT review_id, application_id, reviewer_name FROM RVW WHERE conflict_declared = 1",
          ["SELECT COUNT(*) FROM RVW WHERE conflict_declared = 1"]),
         ("which applications were those for?",
          f"SELECT DISTINCT application_id, project_title FROM APPL WHERE application_id IN ({CONFL})"),
         ("were any of them funded?",
          f"SELECT application_id, project_title FROM APPL WHERE application_id IN ({CONFL}) AND decision = 'funded'")),
    conv("grants-11",
         ("How much have universities won compared with research institutes?",
          f"SELECT i.institution_type, SUM(a.awarded_amount) {AI} "
          "WHERE i.institution_type IN ('University', 'Research institute') GROUP BY i.institution_type",
          [f"SELECT i.institution_type, SUM(a.awarded_amount) {AI} GROUP BY i.institution_type"]),
         ("what about hospitals?",
          f"SELECT SUM(a.awarded_amount) {AI} WHERE i.institution_type = 'Hospital'"),
         ("and their success rate?",
          f"SELECT 100.0 * SUM(a.decision = 'funded') / COUNT(*) {AI} WHERE i.institution_type = 'Hospital'",
          [f"SELECT 1.0 * SUM(a.decision = 'funded') / COUNT(*) {AI} WHERE i.institution_type = 'Hospital'",
           f"SELECT 100.0 * SUM(a.decision = 'funded') / SUM(a.decision IN ('funded', 'rejected')) {AI} "
           "WHERE i.institution_type = 'Hospital'",
           f"SELECT 1.0 * SUM(a.decision = 'funded') / SUM(a.decision IN ('funded', 'rejected')) {AI} "
           "WHERE i.institution_type = 'Hospital'"])),
    conv("grants-12",
         ("Which programmes are going to get more budget next year?", D),
         ("OK, then just list the programmes with their budgets",
          "SELECT program_name, annual_budget FROM PRGM"),
         ("what's the email of the lead researcher on application 42?", D)),
    conv("grants-13",
         ("What's the biggest single grant we've ever given?",
          "SELECT application_id, project_title, awarded_amount FROM APPL ORDER BY awarded_amount DESC LIMIT 1"),
         ("who got it?",
          f"SELECT a.lead_researcher, i.institution_name {AI} WHERE a.application_id = ({BIGG})"),
         ("and how much had they asked for?",
          f"SELECT requested_amount FROM APPL WHERE application_id = ({BIGG})")),
]

SETS = {"permits": PERMITS, "weather": WEATHER, "grants": GRANTS}
