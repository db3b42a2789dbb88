"""Held-out set heldout71: conversations of a hospital operations manager (direct, impatient, thinks
in beds, stays and waits), written before the engine was run on them. Each turn: question,
reference SQL (SQLite), optional `accept` (other SQL that also answers), or None for a round the
data cannot answer (to decline). Relative periods are read against the extract, taken at
2026-11-27 00:00: "last month" is October 2026, "this year" is 2026, "right now" is the extract."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ wards
LOS = "(julianday(a.dis_dt) - julianday(a.adm_dt))"
LOS_D = "(julianday(date(a.dis_dt)) - julianday(date(a.adm_dt)))"
AW = "FROM admissions a JOIN wards w ON w.WardCd = a.WardCd"
STILL = "a.dis_dt IS NULL AND a.status = 'admitted'"
CUR = ("COALESCE((SELECT t.ToWard FROM transfers t WHERE t.adm_id = a.adm_id ORDER BY t.TransferTime DESC LIMIT 1), "
       "a.WardCd)")
LONGEST_WARD = (f"SELECT w.WardCd {AW} WHERE a.dis_dt IS NOT NULL GROUP BY w.WardCd ORDER BY AVG({LOS}) DESC LIMIT 1")
READM = ("FROM admissions a2 WHERE a2.status = 'admitted' AND EXISTS (SELECT 1 FROM admissions a1 "
         "WHERE a1.patient_id = a2.patient_id AND a1.adm_id <> a2.adm_id AND a1.dis_dt IS NOT NULL "
         "AND a1.dis_dt <= a2.adm_dt AND julianday(a2.adm_dt) - julianday(a1.dis_dt) <= 30)")
READM_LT = READM.replace("<= 30)", "< 30)")
OCT_TR = "FROM transfers WHERE TransferTime LIKE '2026-10%'"
TOP_SENDER = f"SELECT FromWard {OCT_TR} GROUP BY FromWard ORDER BY COUNT(*) DESC LIMIT 1"
W12_NOW = f"FROM admissions a WHERE {STILL} AND {CUR} = 'W12'"
EM_OCT = ("SELECT strftime('%Y', adm_dt) AS yr, COUNT(*) FROM admissions WHERE adm_method = 'Emergency' "
          "AND status = 'admitted' AND strftime('%m', adm_dt) = '10' AND strftime('%Y', adm_dt) IN ('2025', '2026')")
SPEC_LOS = f"SELECT w.Specialty, AVG({LOS}) {AW} WHERE a.dis_dt IS NOT NULL AND a.adm_method = "

WARDS = [
    conv("wd-1",
         ("average length of stay by ward",
          f"SELECT w.WardName, AVG({LOS}) {AW} WHERE a.dis_dt IS NOT NULL GROUP BY w.WardName",
          [f"SELECT a.WardCd, AVG({LOS}) FROM admissions a WHERE a.dis_dt IS NOT NULL GROUP BY a.WardCd",
           f"SELECT w.WardName, AVG({LOS_D}) {AW} WHERE a.dis_dt IS NOT NULL GROUP BY w.WardName",
           f"SELECT a.WardCd, AVG({LOS_D}) FROM admissions a WHERE a.dis_dt IS NOT NULL GROUP BY a.WardCd"]),
         ("which ward is longest?",
          f"SELECT w.WardName {AW} WHERE a.dis_dt IS NOT NULL GROUP BY w.WardName ORDER BY AVG({LOS}) DESC LIMIT 1",
          [LONGEST_WARD]),
         ("does that count transfers? how many of its stays had one?",
          f"SELECT COUNT(DISTINCT a.adm_id) FROM admissions a JOIN transfers t ON t.adm_id = a.adm_id "
          f"WHERE a.dis_dt IS NOT NULL AND a.WardCd = ({LONGEST_WARD})",
          [f"SELECT COUNT(*) FROM transfers t JOIN admissions a ON a.adm_id = t.adm_id "
           f"WHERE a.dis_dt IS NOT NULL AND a.WardCd = ({LONGEST_WARD})"])),
    conv("wd-2",
         ("how many patients are still in?", f"SELECT COUNT(*) FROM admissions a WHERE {STILL}"),
         ("by ward?",
          f"SELECT {CUR} AS ward, COUNT(*) FROM admissions a WHERE {STILL} GROUP BY ward",
          [f"SELECT a.WardCd, COUNT(*) FROM admissions a WHERE {STILL} GROUP BY a.WardCd"]),
         ("and for the over-75s?",
          f"SELECT {CUR} AS ward, COUNT(*) FROM admissions a WHERE {STILL} AND a.age_at_adm >= 75 GROUP BY ward",
          [f"SELECT a.WardCd, COUNT(*) FROM admissions a WHERE {STILL} AND a.age_at_adm >= 75 GROUP BY a.WardCd",
           f"SELECT {CUR} AS ward, COUNT(*) FROM admissions a WHERE {STILL} AND a.age_at_adm > 75 GROUP BY ward",
           f"SELECT a.WardCd, COUNT(*) FROM admissions a WHERE {STILL} AND a.age_at_adm > 75 GROUP BY a.WardCd"]),
         ("who's been in the longest?",
          f"SELECT p.nhs_number FROM admissions a JOIN patients p ON p.patient_id = a.patient_id WHERE {STILL} "
          "ORDER BY a.adm_dt LIMIT 1",
          [f"SELECT a.patient_id FROM admissions a WHERE {STILL} ORDER BY a.adm_dt LIMIT 1"]),
         ("what's their diagnosis?", D)),
    conv("wd-3",
         ("how many were readmitted within 30 days?", f"SELECT COUNT(*) {READM}",
          [f"SELECT COUNT(*) {READM_LT}", f"SELECT COUNT(DISTINCT a2.patient_id) {READM}"]),
         ("just 2025", f"SELECT COUNT(*) {READM} AND a2.adm_dt LIKE '2025%'",
          [f"SELECT COUNT(*) {READM_LT} AND a2.adm_dt LIKE '2025%'",
           f"SELECT COUNT(DISTINCT a2.patient_id) {READM} AND a2.adm_dt LIKE '2025%'"]),
         ("what's that as a percentage of all 2025 admissions?",
          f"SELECT 100.0 * (SELECT COUNT(*) {READM} AND a2.adm_dt LIKE '2025%') / COUNT(*) FROM admissions "
          "WHERE status = 'admitted' AND adm_dt LIKE '2025%'",
          [f"SELECT 1.0 * (SELECT COUNT(*) {READM} AND a2.adm_dt LIKE '2025%') / COUNT(*) FROM admissions "
           "WHERE status = 'admitted' AND adm_dt LIKE '2025%'",
           f"SELECT 100.0 * (SELECT COUNT(*) {READM} AND a2.adm_dt LIKE '2025%') / COUNT(*) FROM admissions "
           "WHERE adm_dt LIKE '2025%'"]),
         ("how many of those readmissions came in as emergencies?",
          f"SELECT COUNT(*) {READM} AND a2.adm_dt LIKE '2025%' AND a2.adm_method = 'Emergency'")),
    conv("wd-4",
         ("how many ward transfers were there last month?", f"SELECT COUNT(*) {OCT_TR}"),
         ("which ward sent the most?", TOP_SENDER,
          ["SELECT w.WardName FROM transfers t JOIN wards w ON w.WardCd = t.FromWard "
           "WHERE t.TransferTime LIKE '2026-10%' GROUP BY w.WardName ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("where did they go?",
          f"SELECT ToWard, COUNT(*) {OCT_TR} AND FromWard = ({TOP_SENDER}) GROUP BY ToWard",
          [f"SELECT DISTINCT ToWard {OCT_TR} AND FromWard = ({TOP_SENDER})"]),
         ("how long were they kept waiting for the bed before moving?", D)),
    conv("wd-5",
         ("how many beds do we have on each site?", "SELECT Site, SUM(Beds) FROM wards GROUP BY Site"),
         ("what's the occupancy on Ward 12 right now?",
          f"SELECT 100.0 * COUNT(*) / (SELECT Beds FROM wards WHERE WardCd = 'W12') {W12_NOW}",
          [f"SELECT 1.0 * COUNT(*) / (SELECT Beds FROM wards WHERE WardCd = 'W12') {W12_NOW}",
           f"SELECT COUNT(*) {W12_NOW}",
           f"SELECT 100.0 * COUNT(*) / 30 FROM admissions a WHERE {STILL} AND a.WardCd = 'W12'",
           f"SELECT COUNT(*) FROM admissions a WHERE {STILL} AND a.WardCd = 'W12'"]),
         ("how many of them are medically fit and just waiting to go?",
          f"SELECT COUNT(*) {W12_NOW} AND a.fit_for_dis_dt IS NOT NULL",
          [f"SELECT COUNT(*) FROM admissions a WHERE {STILL} AND a.WardCd = 'W12' AND a.fit_for_dis_dt IS NOT NULL"]),
         ("what's the nurse-to-patient ratio on that ward?", D)),
    conv("wd-6",
         ("emergency admissions last month",
          "SELECT COUNT(*) FROM admissions WHERE adm_method = 'Emergency' AND status = 'admitted' "
          "AND adm_dt LIKE '2026-10%'"),
         ("compare that with the same month last year", f"{EM_OCT} GROUP BY yr",
          ["SELECT SUM(adm_dt LIKE '2026-10%'), SUM(adm_dt LIKE '2025-10%') FROM admissions "
           "WHERE adm_method = 'Emergency' AND status = 'admitted'"]),
         ("and for the over-75s?", f"{EM_OCT} AND age_at_adm >= 75 GROUP BY yr",
          [f"{EM_OCT} AND age_at_adm > 75 GROUP BY yr",
           "SELECT SUM(adm_dt LIKE '2026-10%'), SUM(adm_dt LIKE '2025-10%') FROM admissions "
           "WHERE adm_method = 'Emergency' AND status = 'admitted' AND age_at_adm >= 75"]),
         ("which ward took most of them this October?",
          "SELECT WardCd FROM admissions WHERE adm_method = 'Emergency' AND status = 'admitted' "
          "AND adm_dt LIKE '2026-10%' AND age_at_adm >= 75 GROUP BY WardCd ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT w.WardName FROM admissions a JOIN wards w ON w.WardCd = a.WardCd WHERE a.adm_method = 'Emergency' "
           "AND a.status = 'admitted' AND a.adm_dt LIKE '2026-10%' AND a.age_at_adm >= 75 GROUP BY w.WardName "
           "ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("wd-7",
         ("where do patients go when they leave?",
          "SELECT dis_dest, COUNT(*) FROM admissions WHERE dis_dt IS NOT NULL GROUP BY dis_dest"),
         ("how many went to a care home in 2025?",
          "SELECT COUNT(*) FROM admissions WHERE dis_dest = 'Care home' AND dis_dt LIKE '2025%'"),
         ("average age of those?",
          "SELECT AVG(age_at_adm) FROM admissions WHERE dis_dest = 'Care home' AND dis_dt LIKE '2025%'"),
         ("how many of the ones we sent home died within 30 days?", D)),
    conv("wd-8",
         ("average length of stay for elective patients by specialty",
          f"{SPEC_LOS}'Elective' GROUP BY w.Specialty",
          [f"SELECT w.Specialty, AVG({LOS_D}) {AW} WHERE a.dis_dt IS NOT NULL AND a.adm_method = 'Elective' "
           "GROUP BY w.Specialty"]),
         ("and for emergencies?", f"{SPEC_LOS}'Emergency' GROUP BY w.Specialty",
          [f"SELECT w.Specialty, AVG({LOS_D}) {AW} WHERE a.dis_dt IS NOT NULL AND a.adm_method = 'Emergency' "
           "GROUP BY w.Specialty"]),
         ("how many elective admissions were cancelled this year?",
          "SELECT COUNT(*) FROM admissions WHERE status = 'cancelled' AND adm_dt LIKE '2026%'"),
         ("why were they cancelled?", D)),
]

# ------------------------------------------------------------------------------------------ outpatients
HELD = "cancel_reason IS NULL AND dna_flag IN ('Y', 'N')"
DNA = "100.0 * SUM(ap.dna_flag = 'Y') / COUNT(*)"
APS = ("FROM appointments ap JOIN Clinics c ON c.ClinicCode = ap.clinic_code "
       "JOIN specialty_lkp s ON s.SpecCode = c.SpecCode")
HELD_AP = "ap.cancel_reason IS NULL AND ap.dna_flag IN ('Y', 'N')"
WAIT = "(julianday(ap.appt_date) - julianday(ap.booked_date))"
OCT_CL = (f"SELECT ap.clinic_code FROM appointments ap WHERE ap.cancel_reason IS NULL AND ap.appt_date LIKE '2026-10%' "
          f"GROUP BY ap.clinic_code ORDER BY AVG({WAIT}) DESC LIMIT 1")
O75 = "ap.age_band IN ('75-84', '85+')"
HOSP_26 = "ap.cancel_reason = 'Hospital cancelled' AND ap.appt_date LIKE '2026%'"
TOP_CANC = f"SELECT s.SpecDesc {APS} WHERE {HOSP_26} GROUP BY s.SpecDesc ORDER BY COUNT(*) DESC LIMIT 1"
TWW = "ap.referral_priority = '2WW' AND ap.appt_date LIKE '2026%' AND ap.cancel_reason IS NULL AND ap.dna_flag = 'N'"
CARD = "s.SpecDesc = 'Cardiology'"

OUTPATIENTS = [
    conv("op-1",
         ("DNA rate for outpatient clinics",
          f"SELECT {DNA} FROM appointments ap WHERE {HELD_AP}",
          [f"SELECT 1.0 * SUM(ap.dna_flag = 'Y') / COUNT(*) FROM appointments ap WHERE {HELD_AP}",
           f"SELECT c.ClinicName, {DNA} FROM appointments ap JOIN Clinics c ON c.ClinicCode = ap.clinic_code "
           f"WHERE {HELD_AP} GROUP BY c.ClinicName"]),
         ("which specialty is worst?",
          f"SELECT s.SpecDesc {APS} WHERE {HELD_AP} GROUP BY s.SpecDesc ORDER BY {DNA} DESC LIMIT 1"),
         ("and for new patients only?",
          f"SELECT s.SpecDesc {APS} WHERE {HELD_AP} AND ap.appt_type = 'NEW' GROUP BY s.SpecDesc "
          f"ORDER BY {DNA} DESC LIMIT 1"),
         ("what are those DNAs costing us?", D)),
    conv("op-2",
         ("average wait from booking to appointment by specialty",
          f"SELECT s.SpecDesc, AVG({WAIT}) {APS} WHERE ap.cancel_reason IS NULL GROUP BY s.SpecDesc",
          [f"SELECT s.SpecDesc, AVG({WAIT}) {APS} GROUP BY s.SpecDesc",
           f"SELECT s.SpecDesc, AVG({WAIT}) {APS} WHERE {HELD_AP} GROUP BY s.SpecDesc"]),
         ("which clinic had the longest waits last month?", OCT_CL,
          [OCT_CL.replace("SELECT ap.clinic_code FROM appointments ap",
                          "SELECT c.ClinicName FROM appointments ap JOIN Clinics c ON c.ClinicCode = ap.clinic_code")
           .replace("GROUP BY ap.clinic_code", "GROUP BY c.ClinicName")]),
         ("how many of its patients waited over 18 weeks?",
          f"SELECT COUNT(*) FROM appointments ap WHERE ap.cancel_reason IS NULL AND ap.appt_date LIKE '2026-10%' "
          f"AND {WAIT} > 126 AND ap.clinic_code = ({OCT_CL})"),
         ("same month last year?",
          f"SELECT COUNT(*) FROM appointments ap WHERE ap.cancel_reason IS NULL AND ap.appt_date LIKE '2025-10%' "
          f"AND {WAIT} > 126 AND ap.clinic_code = ({OCT_CL})")),
    conv("op-3",
         ("how many over-75s attended clinic in 2025?",
          f"SELECT COUNT(*) FROM appointments ap WHERE {O75} AND ap.appt_date LIKE '2025%' "
          "AND ap.cancel_reason IS NULL AND ap.dna_flag = 'N'",
          [f"SELECT COUNT(DISTINCT ap.patient_ref) FROM appointments ap WHERE {O75} AND ap.appt_date LIKE '2025%' "
           "AND ap.cancel_reason IS NULL AND ap.dna_flag = 'N'"]),
         ("what's their DNA rate compared with everyone else?",
          f"SELECT {DNA} FROM appointments ap WHERE {HELD_AP} AND ap.appt_date LIKE '2025%' GROUP BY {O75}",
          [f"SELECT 1.0 * SUM(ap.dna_flag = 'Y') / COUNT(*) FROM appointments ap WHERE {HELD_AP} "
           f"AND ap.appt_date LIKE '2025%' GROUP BY {O75}",
           f"SELECT 100.0 * SUM(ap.dna_flag = 'Y' AND {O75}) / SUM({O75}), "
           f"100.0 * SUM(ap.dna_flag = 'Y' AND NOT {O75}) / SUM(NOT {O75}) FROM appointments ap WHERE {HELD_AP} "
           "AND ap.appt_date LIKE '2025%'"]),
         ("break it down by age band",
          f"SELECT ap.age_band, {DNA} FROM appointments ap WHERE {HELD_AP} AND ap.appt_date LIKE '2025%' "
          "GROUP BY ap.age_band"),
         ("which ethnic groups miss the most appointments?", D)),
    conv("op-4",
         ("list the cardiology clinics",
          f"SELECT c.ClinicName FROM Clinics c JOIN specialty_lkp s ON s.SpecCode = c.SpecCode WHERE {CARD}",
          [f"SELECT c.ClinicCode FROM Clinics c JOIN specialty_lkp s ON s.SpecCode = c.SpecCode WHERE {CARD}"]),
         ("how many new-patient slots do they have each week?", D),
         ("how many new patients did they see last month?",
          f"SELECT COUNT(*) {APS} WHERE {CARD} AND ap.appt_type = 'NEW' AND ap.appt_date LIKE '2026-10%' "
          "AND ap.cancel_reason IS NULL AND ap.dna_flag = 'N'"),
         ("and dermatology?",
          f"SELECT COUNT(*) {APS} WHERE s.SpecDesc = 'Dermatology' AND ap.appt_type = 'NEW' "
          "AND ap.appt_date LIKE '2026-10%' AND ap.cancel_reason IS NULL AND ap.dna_flag = 'N'")),
    conv("op-5",
         ("how many appointments did the hospital cancel this year?",
          f"SELECT COUNT(*) FROM appointments ap WHERE {HOSP_26}"),
         ("which specialty cancelled the most?", TOP_CANC,
          [TOP_CANC.replace("s.SpecDesc", "s.SpecCode")]),
         ("what share of that specialty's appointments this year is that?",
          f"SELECT 100.0 * SUM(ap.cancel_reason = 'Hospital cancelled') / COUNT(*) {APS} "
          f"WHERE ap.appt_date LIKE '2026%' AND s.SpecDesc = ({TOP_CANC})",
          [f"SELECT 1.0 * SUM(ap.cancel_reason = 'Hospital cancelled') / COUNT(*) {APS} "
           f"WHERE ap.appt_date LIKE '2026%' AND s.SpecDesc = ({TOP_CANC})"]),
         ("how much notice did the patients get?", D)),
    conv("op-6",
         ("how many two-week-wait patients were seen within 14 days this year?",
          f"SELECT COUNT(*) FROM appointments ap WHERE {TWW} AND {WAIT} <= 14"),
         ("what percentage of all 2WW patients seen is that?",
          f"SELECT 100.0 * SUM({WAIT} <= 14) / COUNT(*) FROM appointments ap WHERE {TWW}",
          [f"SELECT 1.0 * SUM({WAIT} <= 14) / COUNT(*) FROM appointments ap WHERE {TWW}"]),
         ("by specialty",
          f"SELECT s.SpecDesc, 100.0 * SUM({WAIT} <= 14) / COUNT(*) {APS} WHERE {TWW} GROUP BY s.SpecDesc",
          [f"SELECT s.SpecDesc, 1.0 * SUM({WAIT} <= 14) / COUNT(*) {APS} WHERE {TWW} GROUP BY s.SpecDesc"])),
    conv("op-7",
         ("follow-ups per new appointment by specialty in 2025",
          f"SELECT s.SpecDesc, 1.0 * SUM(ap.appt_type = 'FUP') / SUM(ap.appt_type = 'NEW') {APS} "
          "WHERE ap.cancel_reason IS NULL AND ap.appt_date LIKE '2025%' GROUP BY s.SpecDesc",
          [f"SELECT s.SpecDesc, 1.0 * SUM(ap.appt_type = 'FUP') / SUM(ap.appt_type = 'NEW') {APS} "
           "WHERE ap.appt_date LIKE '2025%' GROUP BY s.SpecDesc",
           f"SELECT s.SpecDesc, 1.0 * SUM(ap.appt_type = 'FUP') / SUM(ap.appt_type = 'NEW') {APS} "
           f"WHERE {HELD_AP} AND ap.appt_date LIKE '2025%' GROUP BY s.SpecDesc"]),
         ("which one's highest?",
          f"SELECT s.SpecDesc {APS} WHERE ap.cancel_reason IS NULL AND ap.appt_date LIKE '2025%' GROUP BY s.SpecDesc "
          "ORDER BY 1.0 * SUM(ap.appt_type = 'FUP') / SUM(ap.appt_type = 'NEW') DESC LIMIT 1"),
         ("how many patients did they discharge back to the GP after the first visit?", D)),
]

# ------------------------------------------------------------------------------------------ emergency
MINS_SEEN = "((julianday(seen_time) - julianday(arrival_time)) * 1440)"
MINS_DEP = "((julianday(departed_time) - julianday(arrival_time)) * 1440)"
E26 = "arrival_time LIKE '2026%'"
FOUR_H = f"100.0 * SUM({MINS_DEP} <= 240) / COUNT(*)"
WORST_SITE = (f"SELECT site_code FROM ed_attendances WHERE {E26} AND departed_time IS NOT NULL GROUP BY site_code "
              f"ORDER BY {FOUR_H} LIMIT 1")
NOW_IN = "departed_time IS NULL"
BREACH = ("SELECT e.triage_cat FROM ed_attendances e JOIN TriageCategory t ON t.Cat = e.triage_cat "
          "WHERE e.seen_time IS NOT NULL{} GROUP BY e.triage_cat "
          "ORDER BY 1.0 * SUM((julianday(e.seen_time) - julianday(e.arrival_time)) * 1440 > t.TargetMins) / COUNT(*) "
          "DESC LIMIT 1")
LBT = "disposal = 'Left before treatment' AND arrival_time LIKE '2026%'"

EMERGENCY = [
    conv("ed-1",
         ("how many A&E attendances did we have last month?",
          "SELECT COUNT(*) FROM ed_attendances WHERE arrival_time LIKE '2026-10%'"),
         ("and the same month last year?", "SELECT COUNT(*) FROM ed_attendances WHERE arrival_time LIKE '2025-10%'"),
         ("how many of those were over-75s?",
          "SELECT COUNT(*) FROM ed_attendances WHERE arrival_time LIKE '2025-10%' AND age_years >= 75",
          ["SELECT COUNT(*) FROM ed_attendances WHERE arrival_time LIKE '2025-10%' AND age_years > 75"])),
    conv("ed-2",
         ("average time to be seen by triage category",
          f"SELECT triage_cat, AVG({MINS_SEEN}) FROM ed_attendances WHERE seen_time IS NOT NULL "
          "AND triage_cat IS NOT NULL GROUP BY triage_cat",
          [f"SELECT triage_cat, AVG({MINS_SEEN}) FROM ed_attendances WHERE seen_time IS NOT NULL GROUP BY triage_cat"]),
         ("which category misses its target most often?", BREACH.format(""),
          [BREACH.format("").replace("1.0 * SUM(", "SUM(").replace(") / COUNT(*)", ")")]),
         ("and for ambulance arrivals?", BREACH.format(" AND e.arrival_mode = 'Ambulance'"),
          [BREACH.format(" AND e.arrival_mode = 'Ambulance'").replace("1.0 * SUM(", "SUM(").replace(") / COUNT(*)", ")")]),
         ("how long did the crews wait to hand those patients over?", D)),
    conv("ed-3",
         ("4-hour performance by site this year",
          f"SELECT site_code, {FOUR_H} FROM ed_attendances WHERE {E26} AND departed_time IS NOT NULL GROUP BY site_code",
          [f"SELECT site_code, 1.0 * SUM({MINS_DEP} <= 240) / COUNT(*) FROM ed_attendances WHERE {E26} "
           "AND departed_time IS NOT NULL GROUP BY site_code",
           f"SELECT s.SiteName, {FOUR_H} FROM ed_attendances e JOIN sites s ON s.SiteCode = e.site_code "
           f"WHERE e.{E26} AND e.departed_time IS NOT NULL GROUP BY s.SiteName"]),
         ("which site is worst?", WORST_SITE,
          [f"SELECT s.SiteName FROM sites s WHERE s.SiteCode = ({WORST_SITE})"]),
         ("how many 12-hour waits did it have?",
          f"SELECT COUNT(*) FROM ed_attendances WHERE {E26} AND {MINS_DEP} > 720 AND site_code = ({WORST_SITE})",
          [f"SELECT COUNT(*) FROM ed_attendances WHERE {E26} AND {MINS_DEP} >= 720 AND site_code = ({WORST_SITE})"]),
         ("were those all patients being admitted?",
          f"SELECT disposal, COUNT(*) FROM ed_attendances WHERE {E26} AND {MINS_DEP} > 720 "
          f"AND site_code = ({WORST_SITE}) GROUP BY disposal")),
    conv("ed-4",
         ("how many patients are in the department right now?", f"SELECT COUNT(*) FROM ed_attendances WHERE {NOW_IN}"),
         ("how many of them haven't been seen yet?",
          f"SELECT COUNT(*) FROM ed_attendances WHERE {NOW_IN} AND seen_time IS NULL"),
         ("which of those has been waiting longest?",
          f"SELECT att_id FROM ed_attendances WHERE {NOW_IN} AND seen_time IS NULL ORDER BY arrival_time LIMIT 1"),
         ("has a bed been requested for them?", D)),
    conv("ed-5",
         ("how many walked out without being seen this year?", f"SELECT COUNT(*) FROM ed_attendances WHERE {LBT}"),
         ("by site?", f"SELECT site_code, COUNT(*) FROM ed_attendances WHERE {LBT} GROUP BY site_code"),
         ("what about under-18s?",
          f"SELECT site_code, COUNT(*) FROM ed_attendances WHERE {LBT} AND age_years < 18 GROUP BY site_code"),
         ("how many of those kids came back within a week?", D)),
    conv("ed-6",
         ("what hour of the day do we get the most arrivals?",
          "SELECT CAST(strftime('%H', arrival_time) AS INTEGER) AS hr FROM ed_attendances GROUP BY hr "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and which day of the week?",
          "SELECT strftime('%w', arrival_time) AS dow FROM ed_attendances GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CASE strftime('%w', arrival_time) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS dow "
           "FROM ed_attendances GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many doctors are on shift then?", D)),
    conv("ed-7",
         ("how many attendances have no triage category recorded?",
          "SELECT COUNT(*) FROM ed_attendances WHERE triage_cat IS NULL"),
         ("what share of this year's attendances is that?",
          f"SELECT 100.0 * SUM(triage_cat IS NULL) / COUNT(*) FROM ed_attendances WHERE {E26}",
          [f"SELECT 1.0 * SUM(triage_cat IS NULL) / COUNT(*) FROM ed_attendances WHERE {E26}"]),
         ("average age by triage category this year",
          f"SELECT triage_cat, AVG(age_years) FROM ed_attendances WHERE {E26} AND triage_cat IS NOT NULL "
          "GROUP BY triage_cat",
          [f"SELECT triage_cat, AVG(age_years) FROM ed_attendances WHERE {E26} GROUP BY triage_cat"]),
         ("what was the longest a category 2 patient spent in the department this year?",
          f"SELECT MAX({MINS_DEP}) FROM ed_attendances WHERE {E26} AND triage_cat = 2",
          [f"SELECT MAX({MINS_DEP}) / 60.0 FROM ed_attendances WHERE {E26} AND triage_cat = 2"])),
]

SETS = {"wards": WARDS, "outpatients": OUTPATIENTS, "emergency": EMERGENCY}
