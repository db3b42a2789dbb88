"""Held-out set heldout66: conversations of a research scientist / lab manager, written before the
engine was run on them. Each turn: question, reference SQL (SQLite), optional `accept` (other SQL
that also answers honestly), or None when the data does not hold the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def sd(x: str) -> str:
    """Sample standard deviation (n - 1)."""
    return f"SQRT((SUM({x} * {x}) - SUM({x}) * SUM({x}) / COUNT({x})) / (COUNT({x}) - 1))"


def psd(x: str) -> str:
    """Population standard deviation (n)."""
    return f"SQRT(AVG({x} * {x}) - AVG({x}) * AVG({x}))"


def median(expr: str, frm: str) -> list[str]:
    """[middle-average median, lower middle, upper middle] of expr over `FROM … WHERE …` frm."""
    n = f"(SELECT COUNT({expr}) {frm})"
    inner = f"SELECT {expr} AS x_ {frm} AND {expr} IS NOT NULL ORDER BY x_"
    return [f"SELECT AVG(x_) FROM ({inner} LIMIT 2 - {n} % 2 OFFSET ({n} - 1) / 2)",
            f"SELECT x_ FROM ({inner} LIMIT 1 OFFSET ({n} - 1) / 2)",
            f"SELECT x_ FROM ({inner} LIMIT 1 OFFSET {n} / 2)"]


# ------------------------------------------------------------------------------------------ waterlab
RJ = "FROM readings r JOIN runs u ON u.run_id = r.run_id"
RS = "FROM readings r JOIN samples s ON s.smpl_id = r.smpl_id"
UG = "(CASE WHEN r.unit = 'mg/L' THEN r.value * 1000 ELSE r.value END)"
TAT = "(julianday(reportedAt) - julianday(receivedAt)) * 24"
TAT_MED = median(TAT, "FROM samples WHERE reportedAt IS NOT NULL")
BM = f"SELECT s.batch_id, AVG(r.value) AS m {RS} WHERE r.anl_cd = 'PO4' GROUP BY s.batch_id"
OUT = (f"WITH bm AS ({BM}), st AS (SELECT AVG(m) AS mu, {sd('m')} AS sdv FROM bm) "
       "SELECT bm.batch_id FROM bm, st WHERE ABS(bm.m - st.mu) > 2 * st.sdv")
OUT_P = (f"WITH bm AS ({BM}), st AS (SELECT AVG(m) AS mu, {psd('m')} AS sdv FROM bm) "
         "SELECT bm.batch_id FROM bm, st WHERE ABS(bm.m - st.mu) > 2 * st.sdv")
EXC = ("FROM readings r JOIN analytes a ON a.anl_cd = r.anl_cd WHERE (CASE WHEN r.unit = 'mg/L' AND "
       "a.limit_unit = 'ug/L' THEN r.value * 1000 ELSE r.value END) > a.action_limit")
NO3X = f"{RS} WHERE r.anl_cd = 'NO3' AND r.value > 50"

WATERLAB = [
    conv("wl-1",
         ("What's the mean and standard deviation of the nitrate readings on each instrument, in mg/L?",
          f"SELECT u.instr_id, AVG(r.value), {sd('r.value')} {RJ} WHERE r.anl_cd = 'NO3' GROUP BY u.instr_id",
          [f"SELECT u.instr_id, AVG(r.value), {psd('r.value')} {RJ} WHERE r.anl_cd = 'NO3' GROUP BY u.instr_id"]),
         ("how many readings is that on each?",
          f"SELECT u.instr_id, COUNT(*) {RJ} WHERE r.anl_cd = 'NO3' GROUP BY u.instr_id"),
         ("which one reads higher on average?",
          f"SELECT u.instr_id {RJ} WHERE r.anl_cd = 'NO3' GROUP BY u.instr_id ORDER BY AVG(r.value) DESC LIMIT 1"),
         ("when was it last calibrated?", D)),
    conv("wl-2",
         ("How many samples failed QC?", "SELECT COUNT(*) FROM samples WHERE qc_status = 'fail'"),
         ("what percentage of all samples is that?",
          "SELECT 100.0 * SUM(qc_status = 'fail') / COUNT(*) FROM samples",
          ["SELECT 1.0 * SUM(qc_status = 'fail') / COUNT(*) FROM samples"]),
         ("break the failures down by study week",
          "SELECT study_wk, COUNT(*) FROM samples WHERE qc_status = 'fail' GROUP BY study_wk"),
         ("what were the reasons they failed?", D)),
    conv("wl-3",
         ("What's the median turnaround time from receipt to report, in hours?", TAT_MED[0], TAT_MED[1:]),
         ("and the mean?", f"SELECT AVG({TAT}) FROM samples WHERE reportedAt IS NOT NULL"),
         ("how many samples are still waiting for their report?",
          "SELECT COUNT(*) FROM samples WHERE reportedAt IS NULL"),
         ("which study week had the slowest average turnaround?",
          f"SELECT study_wk FROM samples WHERE reportedAt IS NOT NULL GROUP BY study_wk ORDER BY AVG({TAT}) DESC "
          "LIMIT 1")),
    conv("wl-4",
         ("Compare the mean nitrate of the control group with the treated group, in mg/L.",
          f"SELECT s.grp, AVG(r.value) {RS} WHERE r.anl_cd = 'NO3' AND s.grp IN ('control', 'treated') "
          "GROUP BY s.grp"),
         ("and only the replicates from week 3?",
          f"SELECT s.grp, AVG(r.value) {RS} WHERE r.anl_cd = 'NO3' AND s.grp IN ('control', 'treated') "
          "AND s.study_wk = 3 GROUP BY s.grp"),
         ("how big is the difference there, treated minus control?",
          "SELECT AVG(CASE WHEN s.grp = 'treated' THEN r.value END) - AVG(CASE WHEN s.grp = 'control' THEN r.value END) "
          f"{RS} WHERE r.anl_cd = 'NO3' AND s.study_wk = 3"),
         ("is that difference statistically significant at p < 0.05?", D)),
    conv("wl-5",
         ("Which batches have a mean phosphate more than 2 standard deviations away from the mean of all the "
          "batch means?",
          f"SELECT b.batch_code FROM batches b WHERE b.batch_id IN ({OUT})",
          [f"SELECT b.batch_code FROM batches b WHERE b.batch_id IN ({OUT_P})"]),
         ("when was that batch prepared, and by whom?",
          f"SELECT prepared_on, prep_tech FROM batches WHERE batch_id IN ({OUT})"),
         ("which instrument ran its phosphate?",
          f"SELECT DISTINCT u.instr_id {RJ} WHERE r.anl_cd = 'PO4' AND u.batch_id IN ({OUT})"),
         ("what was the temperature in the prep room that day?", D)),
    conv("wl-6",
         ("Mean lead concentration by group, in µg/L",
          f"SELECT s.grp, AVG({UG}) {RS} WHERE r.anl_cd = 'Pb' GROUP BY s.grp",
          # the blanks are all below detection: leaving them out is honest too
          [f"SELECT s.grp, AVG({UG}) {RS} WHERE r.anl_cd = 'Pb' AND s.grp <> 'blank' GROUP BY s.grp"]),
         ("what fraction of the lead readings were over the 10 µg/L action limit?",
          f"SELECT 1.0 * SUM({UG} > 10) / COUNT(*) FROM readings r WHERE r.anl_cd = 'Pb'",
          [f"SELECT 100.0 * SUM({UG} > 10) / COUNT(*) FROM readings r WHERE r.anl_cd = 'Pb'",
           f"SELECT 1.0 * SUM({UG} > 10) / COUNT(r.value) FROM readings r WHERE r.anl_cd = 'Pb'",
           f"SELECT 100.0 * SUM({UG} > 10) / COUNT(r.value) FROM readings r WHERE r.anl_cd = 'Pb'"]),
         ("how many lead readings were below detection?",
          "SELECT COUNT(*) FROM readings WHERE anl_cd = 'Pb' AND bdl_flag = 1"),
         ("which tank had the highest single lead reading, and in which week?",
          f"SELECT s.tank_no, s.study_wk {RS} WHERE r.anl_cd = 'Pb' ORDER BY {UG} DESC LIMIT 1")),
    conv("wl-7",
         ("How many runs were aborted on each instrument?",
          "SELECT instr_id, COUNT(*) FROM runs WHERE run_status = 'aborted' GROUP BY instr_id",
          ["SELECT i.instr_id, COUNT(u.run_id) FROM instruments i LEFT JOIN runs u ON u.instr_id = i.instr_id "
           "AND u.run_status = 'aborted' GROUP BY i.instr_id"]),
         ("what share of all runs were aborted?",
          "SELECT 100.0 * SUM(run_status = 'aborted') / COUNT(*) FROM runs",
          ["SELECT 1.0 * SUM(run_status = 'aborted') / COUNT(*) FROM runs"]),
         ("who operated ICP-MS-2 most often?",
          "SELECT operator FROM runs WHERE instr_id = 'ICP-MS-2' GROUP BY operator ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what error codes did the aborted runs log?", D)),
    conv("wl-8",
         ("Mean DOC per study week for the treated tanks, in mg/L",
          f"SELECT s.study_wk, AVG(r.value) {RS} WHERE r.anl_cd = 'DOC' AND s.grp = 'treated' GROUP BY s.study_wk"),
         ("and for the control tanks?",
          f"SELECT s.study_wk, AVG(r.value) {RS} WHERE r.anl_cd = 'DOC' AND s.grp = 'control' GROUP BY s.study_wk"),
         ("in which week was control DOC highest?",
          f"SELECT s.study_wk {RS} WHERE r.anl_cd = 'DOC' AND s.grp = 'control' GROUP BY s.study_wk "
          "ORDER BY AVG(r.value) DESC LIMIT 1")),
    conv("wl-9",
         ("How many samples did we receive each month?",
          "SELECT strftime('%Y-%m', receivedAt) AS mon, COUNT(*) FROM samples GROUP BY mon",
          ["SELECT strftime('%m', receivedAt) AS mon, COUNT(*) FROM samples GROUP BY mon"]),
         ("how many tanks are in each group?",
          "SELECT grp, COUNT(DISTINCT tank_no) FROM samples WHERE tank_no IS NOT NULL GROUP BY grp",
          ["SELECT grp, COUNT(DISTINCT tank_no) FROM samples GROUP BY grp"]),
         ("what share of the ammonium readings were above the detection limit?",
          "SELECT 100.0 * SUM(bdl_flag = 0) / COUNT(*) FROM readings WHERE anl_cd = 'NH4'",
          ["SELECT 1.0 * SUM(bdl_flag = 0) / COUNT(*) FROM readings WHERE anl_cd = 'NH4'"]),
         ("what does one ammonium analysis cost us?", D)),
    conv("wl-10",
         ("Which analytes had readings above their action limit, and how many each?",
          f"SELECT a.anl_name, COUNT(*) {EXC} GROUP BY a.anl_name",
          [f"SELECT r.anl_cd, COUNT(*) {EXC} GROUP BY r.anl_cd"]),
         ("of the nitrate ones, how many came from treated tanks?",
          f"SELECT COUNT(*) {NO3X} AND s.grp = 'treated'"),
         ("in which study week was the first nitrate exceedance?", f"SELECT MIN(s.study_wk) {NO3X}")),
]

# ------------------------------------------------------------------------------------------ birdsurvey
OJ = "FROM observations o JOIN visits v ON v.visit_id = o.visit_id"
OJS = f"{OJ} JOIN sites s ON s.site_id = v.site_id"
OJP = f"{OJ} JOIN species sp ON sp.spp_cd = o.spp_cd"
RICH = ("FROM sites s JOIN visits v ON v.site_id = s.site_id JOIN observations o ON o.visit_id = v.visit_id "
        "GROUP BY s.site_id")
TOPSITE = f"SELECT s.site_id {RICH} ORDER BY COUNT(DISTINCT o.spp_cd) DESC LIMIT 1"
VU23 = f"{OJP} WHERE sp.iucn_status IN ('VU', 'EN') AND v.visitDate LIKE '2023%'"
SPRING = "strftime('%m', v.visitDate) IN ('03', '04', '05')"
SKY = f"{OJ} WHERE o.spp_cd = 'SKYL' AND {SPRING}"
TOPSP = "SELECT o.spp_cd FROM observations o GROUP BY o.spp_cd ORDER BY COUNT(DISTINCT o.visit_id) DESC LIMIT 1"
PV = ("SELECT v.visit_id, v.visitDate, v.wind_bft, s.habitat, COUNT(DISTINCT o.spp_cd) AS n FROM visits v "
      "JOIN sites s ON s.site_id = v.site_id LEFT JOIN observations o ON o.visit_id = v.visit_id "
      "WHERE v.visit_status = 'completed' GROUP BY v.visit_id")
PVI = PV.replace("LEFT JOIN", "JOIN")

BIRDSURVEY = [
    conv("bs-1",
         ("How many sites do we survey in each habitat?", "SELECT habitat, COUNT(*) FROM sites GROUP BY habitat"),
         ("and how many completed visits did each habitat get in 2024?",
          "SELECT s.habitat, COUNT(*) FROM visits v JOIN sites s ON s.site_id = v.site_id "
          "WHERE v.visit_status = 'completed' AND v.visitDate LIKE '2024%' GROUP BY s.habitat"),
         ("which observer did the most of those visits?",
          "SELECT observer FROM visits WHERE visit_status = 'completed' AND visitDate LIKE '2024%' "
          "GROUP BY observer ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("bs-2",
         ("Total lapwings counted per year",
          f"SELECT strftime('%Y', v.visitDate) AS yr, SUM(o.n_count) {OJ} WHERE o.spp_cd = 'LAPW' GROUP BY yr"),
         ("and the mean count per completed visit at the farmland sites, each year?",
          "SELECT strftime('%Y', v.visitDate) AS yr, 1.0 * COALESCE(SUM(o.n_count), 0) / COUNT(DISTINCT v.visit_id) "
          "FROM visits v JOIN sites s ON s.site_id = v.site_id LEFT JOIN observations o ON o.visit_id = v.visit_id "
          "AND o.spp_cd = 'LAPW' WHERE s.habitat = 'farmland' AND v.visit_status = 'completed' GROUP BY yr",
          [f"SELECT strftime('%Y', v.visitDate) AS yr, AVG(o.n_count) {OJS} WHERE o.spp_cd = 'LAPW' "
           "AND s.habitat = 'farmland' GROUP BY yr"]),
         ("what was the largest single lapwing count, and at which site?",
          f"SELECT s.siteName, o.n_count {OJS} WHERE o.spp_cd = 'LAPW' ORDER BY o.n_count DESC LIMIT 1")),
    conv("bs-3",
         ("Species richness per site: how many different species has each site recorded?",
          f"SELECT s.siteName, COUNT(DISTINCT o.spp_cd) {RICH}",
          [f"SELECT s.site_id, COUNT(DISTINCT o.spp_cd) {RICH}"]),
         ("which site has the most?", f"SELECT s.siteName {RICH} ORDER BY COUNT(DISTINCT o.spp_cd) DESC LIMIT 1"),
         ("what are its coordinates?", f"SELECT lat, lon FROM sites WHERE site_id IN ({TOPSITE})"),
         ("how far is it from the nearest road?", D)),
    conv("bs-4",
         ("How many visits recorded no birds at all?",
          "SELECT COUNT(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.visit_id = v.visit_id)",
          ["SELECT COUNT(*) FROM visits v WHERE v.visit_status = 'completed' AND NOT EXISTS "
           "(SELECT 1 FROM observations o WHERE o.visit_id = v.visit_id)"]),
         ("what's the average duration of a completed visit, in minutes?",
          "SELECT AVG(durationMin) FROM visits WHERE visit_status = 'completed'"),
         ("how many of the abandoned visits were rescheduled?", D)),
    conv("bs-5",
         ("Which species listed as Vulnerable or Endangered by the IUCN were recorded in 2023?",
          f"SELECT DISTINCT sp.common_name {VU23}"),
         ("how many individuals of each were counted?", f"SELECT sp.common_name, SUM(o.n_count) {VU23} "
                                                        "GROUP BY sp.common_name"),
         ("what share of those observations were heard rather than seen?",
          f"SELECT 100.0 * SUM(o.detection = 'heard') / COUNT(*) {VU23}",
          [f"SELECT 1.0 * SUM(o.detection = 'heard') / COUNT(*) {VU23}"])),
    conv("bs-6",
         ("Number of visits and mean visit length per observer",
          "SELECT observer, COUNT(*), AVG(durationMin) FROM visits GROUP BY observer",
          ["SELECT observer, COUNT(*), AVG(durationMin) FROM visits WHERE visit_status = 'completed' "
           "GROUP BY observer"]),
         ("who has the longest average visit?",
          "SELECT observer FROM visits GROUP BY observer ORDER BY AVG(durationMin) DESC LIMIT 1",
          ["SELECT observer FROM visits WHERE visit_status = 'completed' GROUP BY observer "
           "ORDER BY AVG(durationMin) DESC LIMIT 1"]),
         ("how many years of survey experience does each observer have?", D)),
    conv("bs-7",
         ("What's our northernmost site?", "SELECT siteName FROM sites ORDER BY lat DESC LIMIT 1"),
         ("how many sites have no coordinates recorded?",
          "SELECT COUNT(*) FROM sites WHERE lat IS NULL OR lon IS NULL"),
         ("mean elevation of the woodland sites, in metres",
          "SELECT AVG(elev_m) FROM sites WHERE habitat = 'woodland'"),
         ("and in feet?", "SELECT AVG(elev_m) * 3.28084 FROM sites WHERE habitat = 'woodland'",
          ["SELECT AVG(elev_m) / 0.3048 FROM sites WHERE habitat = 'woodland'",
           "SELECT AVG(elev_m * 3.28084) FROM sites WHERE habitat = 'woodland'",
           "SELECT AVG(elev_m) * 3.281 FROM sites WHERE habitat = 'woodland'",
           "SELECT AVG(elev_m) * 3.28 FROM sites WHERE habitat = 'woodland'"]),
         ("what's the water level at the wetland sites?", D)),
    conv("bs-8",
         ("How many skylarks were counted in spring (March to May) 2024, compared with spring 2023?",
          f"SELECT strftime('%Y', v.visitDate) AS yr, SUM(o.n_count) {SKY} AND yr IN ('2023', '2024') GROUP BY yr"),
         ("what's the percent change?",
          f"SELECT 100.0 * (SUM(CASE WHEN v.visitDate LIKE '2024%' THEN o.n_count END) - "
          f"SUM(CASE WHEN v.visitDate LIKE '2023%' THEN o.n_count END)) / "
          f"SUM(CASE WHEN v.visitDate LIKE '2023%' THEN o.n_count END) {SKY}"),
         ("is that drop down to habitat loss?", D)),
    conv("bs-9",
         ("Which five species were recorded on the most visits?",
          f"SELECT sp.common_name, COUNT(DISTINCT o.visit_id) {OJP} GROUP BY sp.common_name "
          "ORDER BY COUNT(DISTINCT o.visit_id) DESC LIMIT 5"),
         ("on what share of completed visits was the top one recorded?",
          f"SELECT 100.0 * (SELECT COUNT(DISTINCT visit_id) FROM observations WHERE spp_cd IN ({TOPSP})) / "
          "COUNT(*) FROM visits WHERE visit_status = 'completed'",
          [f"SELECT 1.0 * (SELECT COUNT(DISTINCT visit_id) FROM observations WHERE spp_cd IN ({TOPSP})) / "
           "COUNT(*) FROM visits WHERE visit_status = 'completed'"]),
         ("at which site was it counted most in total?",
          f"SELECT s.siteName {OJS} WHERE o.spp_cd IN ({TOPSP}) GROUP BY s.site_id ORDER BY SUM(o.n_count) DESC "
          "LIMIT 1")),
    conv("bs-10",
         ("Average number of species per completed visit, by habitat",
          f"SELECT habitat, AVG(n) FROM ({PV}) GROUP BY habitat",
          [f"SELECT habitat, AVG(n) FROM ({PVI}) GROUP BY habitat"]),
         ("and only for visits in June?",
          f"SELECT habitat, AVG(n) FROM ({PV}) WHERE strftime('%m', visitDate) = '06' GROUP BY habitat",
          [f"SELECT habitat, AVG(n) FROM ({PVI}) WHERE strftime('%m', visitDate) = '06' GROUP BY habitat"]),
         ("forget June: across all completed visits, how much lower is the average species count on visits with "
          "wind force 4 or more than on calmer ones?",
          f"SELECT AVG(CASE WHEN wind_bft < 4 THEN n END) - AVG(CASE WHEN wind_bft >= 4 THEN n END) FROM ({PV})",
          [f"SELECT AVG(CASE WHEN wind_bft >= 4 THEN n END) - AVG(CASE WHEN wind_bft < 4 THEN n END) FROM ({PV})",
           f"SELECT AVG(CASE WHEN wind_bft < 4 THEN n END) - AVG(CASE WHEN wind_bft >= 4 THEN n END) FROM ({PVI})"])),
]

# ------------------------------------------------------------------------------------------ corefacility
BI = "FROM bookings b JOIN Instruments i ON i.instId = b.instId"
HJ = "((julianday(b.end_ts) - julianday(b.start_ts)) * 24)"
HS = "((strftime('%s', b.end_ts) - strftime('%s', b.start_ts)) / 3600.0)"
C24 = "b.status = 'completed' AND b.start_ts LIKE '2024%'"
LATE = "b.status = 'cancelled' AND (julianday(b.start_ts) - julianday(b.cancelled_at)) * 24 < 24"
GJ = ("FROM bookings b JOIN Instruments i ON i.instId = b.instId JOIN users u ON u.userId = b.userId "
      "JOIN research_groups g ON g.grp_id = u.grp_id")
LATE_USER = f"SELECT b.userId FROM bookings b WHERE {LATE} GROUP BY b.userId ORDER BY COUNT(*) DESC LIMIT 1"
MED = median(HJ, "FROM bookings b WHERE b.status = 'completed'")
MEDS = median(HS, "FROM bookings b WHERE b.status = 'completed'")
DOW = ("CASE strftime('%w', start_ts) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
       "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
CONF = "b.instId = 1 AND b.status = 'completed' AND b.start_ts LIKE '2024%'"
NS24 = "b.status = 'no_show' AND b.start_ts LIKE '2024%'"


def both(sql: str, *more: str) -> tuple:
    """sql in hours from julianday (the reference), and the same in hours from strftime('%s') (accepted)."""
    return sql, [sql.replace(HJ, HS)] + [m for x in more for m in (x, x.replace(HJ, HS))]


COREFACILITY = [
    conv("cf-1",
         ("How many bookings did each instrument have in 2024, and how many of them were cancelled?",
          f"SELECT i.instName, COUNT(*), SUM(b.status = 'cancelled') {BI} WHERE b.start_ts LIKE '2024%' "
          "GROUP BY i.instName"),
         ("what's the cancellation rate for each?",
          f"SELECT i.instName, 100.0 * SUM(b.status = 'cancelled') / COUNT(*) {BI} WHERE b.start_ts LIKE '2024%' "
          "GROUP BY i.instName",
          [f"SELECT i.instName, 1.0 * SUM(b.status = 'cancelled') / COUNT(*) {BI} WHERE b.start_ts LIKE '2024%' "
           "GROUP BY i.instName"]),
         ("which instrument has the highest?",
          f"SELECT i.instName {BI} WHERE b.start_ts LIKE '2024%' GROUP BY i.instName "
          "ORDER BY 1.0 * SUM(b.status = 'cancelled') / COUNT(*) DESC LIMIT 1")),
    conv("cf-2",
         ("Total hours used on each instrument in 2024, completed bookings only",
          *both(f"SELECT i.instName, SUM({HJ}) {BI} WHERE {C24} GROUP BY i.instName")),
         ("and what did that come to in charges, in dollars?",
          *both(f"SELECT i.instName, SUM({HJ} * i.rate_cents_hr) / 100.0 {BI} WHERE {C24} GROUP BY i.instName")),
         ("which research group was charged the most overall, across both years?",
          f"SELECT g.pi_name {GJ} WHERE b.status = 'completed' GROUP BY g.grp_id "
          f"ORDER BY SUM({HJ} * i.rate_cents_hr) DESC LIMIT 1"),
         ("has that group paid its invoices yet?", D)),
    conv("cf-3",
         ("What's the median length of a completed booking, in hours?", MED[0], MED[1:] + MEDS),
         ("and the mean?", *both(f"SELECT AVG({HJ}) FROM bookings b WHERE b.status = 'completed'")),
         ("what fraction of completed bookings ran longer than 4 hours?",
          # exact hours (strftime('%s')); julianday differences carry float error, so 4:00 must not count as > 4
          f"SELECT 1.0 * SUM({HS} > 4) / COUNT(*) FROM bookings b WHERE b.status = 'completed'",
          [f"SELECT 100.0 * SUM({HS} > 4) / COUNT(*) FROM bookings b WHERE b.status = 'completed'",
           f"SELECT 1.0 * SUM(ROUND({HJ}, 6) > 4) / COUNT(*) FROM bookings b WHERE b.status = 'completed'",
           f"SELECT 100.0 * SUM(ROUND({HJ}, 6) > 4) / COUNT(*) FROM bookings b WHERE b.status = 'completed'"])),
    conv("cf-4",
         ("How many cancellations came less than 24 hours before the booked start?",
          f"SELECT COUNT(*) FROM bookings b WHERE {LATE}"),
         ("which user did that most often?",
          f"SELECT u.fullName FROM bookings b JOIN users u ON u.userId = b.userId WHERE {LATE} GROUP BY b.userId "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [LATE_USER]),
         ("which group is that user in?",
          f"SELECT g.pi_name FROM users u JOIN research_groups g ON g.grp_id = u.grp_id WHERE u.userId IN ({LATE_USER})"),
         ("were they charged a late-cancellation fee?", D)),
    conv("cf-5",
         ("How many bookings start on each day of the week?",
          "SELECT strftime('%w', start_ts) AS dow, COUNT(*) FROM bookings GROUP BY dow",
          [f"SELECT {DOW} AS dow, COUNT(*) FROM bookings GROUP BY dow"]),
         ("what share of bookings start before 9 in the morning?",
          "SELECT 100.0 * SUM(time(start_ts) < '09:00') / COUNT(*) FROM bookings",
          ["SELECT 1.0 * SUM(time(start_ts) < '09:00') / COUNT(*) FROM bookings"]),
         ("and how many of those early ones were on the sequencer?",
          "SELECT COUNT(*) FROM bookings b JOIN Instruments i ON i.instId = b.instId "
          "WHERE i.category = 'sequencer' AND time(b.start_ts) < '09:00'")),
    conv("cf-6",
         ("How many active users does each group have?",
          "SELECT g.pi_name, COUNT(*) FROM users u JOIN research_groups g ON g.grp_id = u.grp_id "
          "WHERE u.is_active = 1 GROUP BY g.pi_name"),
         ("which department has the most users?",
          "SELECT g.dept FROM users u JOIN research_groups g ON g.grp_id = u.grp_id WHERE u.is_active = 1 "
          "GROUP BY g.dept ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT g.dept FROM users u JOIN research_groups g ON g.grp_id = u.grp_id "
           "GROUP BY g.dept ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("when did each of them complete their instrument training?", D)),
    conv("cf-7",
         ("No-shows per instrument in 2024",
          f"SELECT i.instName, COUNT(*) {BI} WHERE {NS24} GROUP BY i.instName",
          ["SELECT i.instName, COUNT(b.bkg_id) FROM Instruments i LEFT JOIN bookings b ON b.instId = i.instId "
           "AND b.status = 'no_show' AND b.start_ts LIKE '2024%' GROUP BY i.instName"]),
         ("and how many booked hours were lost to them?",
          *both(f"SELECT i.instName, SUM({HJ}) {BI} WHERE {NS24} GROUP BY i.instName")),
         ("what would those hours have been charged, in dollars?",
          *both(f"SELECT i.instName, SUM({HJ} * i.rate_cents_hr) / 100.0 {BI} WHERE {NS24} GROUP BY i.instName",
                f"SELECT SUM({HJ} * i.rate_cents_hr) / 100.0 {BI} WHERE {NS24}"))),
    conv("cf-8",
         ("Monthly hours of use on the Zeiss confocal in 2024",
          *both(f"SELECT strftime('%m', b.start_ts) AS mon, SUM({HJ}) FROM bookings b WHERE {CONF} GROUP BY mon",
                f"SELECT strftime('%Y-%m', b.start_ts) AS mon, SUM({HJ}) FROM bookings b WHERE {CONF} GROUP BY mon")),
         ("which month was busiest?",
          f"SELECT strftime('%m', b.start_ts) AS mon FROM bookings b WHERE {CONF} GROUP BY mon "
          f"ORDER BY SUM({HJ}) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', b.start_ts) AS mon FROM bookings b WHERE {CONF} GROUP BY mon "
           f"ORDER BY SUM({HJ}) DESC LIMIT 1"]),
         ("how many different people used it that month?",
          f"SELECT COUNT(DISTINCT b.userId) FROM bookings b WHERE {CONF} AND b.start_ts LIKE '2024-11%'"),
         ("what did its laser-hours counter read at the end of that month?", D)),
    conv("cf-9",
         ("Average charge per completed booking on each instrument, in dollars",
          *both(f"SELECT i.instName, AVG({HJ} * i.rate_cents_hr / 100.0) {BI} WHERE b.status = 'completed' "
                "GROUP BY i.instName")),
         ("which instrument has the highest hourly rate, and what is it in dollars?",
          "SELECT instName, rate_cents_hr / 100.0 FROM Instruments ORDER BY rate_cents_hr DESC LIMIT 1"),
         ("what did it cost to buy?", D)),
    conv("cf-10",
         ("Compare the hours booked by external groups against internal ones in 2024, completed bookings",
          *both(f"SELECT g.org_type, SUM({HJ}) {GJ} WHERE {C24} GROUP BY g.org_type")),
         ("and only on the flow cytometers?",
          *both(f"SELECT g.org_type, SUM({HJ}) {GJ} WHERE {C24} AND i.category = 'flow cytometer' GROUP BY g.org_type")),
         ("on average, how many days ahead do people make their bookings?",
          "SELECT AVG(julianday(start_ts) - julianday(created_at)) FROM bookings",
          ["SELECT AVG(julianday(b.start_ts) - julianday(b.created_at)) FROM bookings b JOIN Instruments i "
           "ON i.instId = b.instId WHERE i.category = 'flow cytometer'"])),
]

SETS = {"waterlab": WATERLAB, "birdsurvey": BIRDSURVEY, "corefacility": COREFACILITY}
