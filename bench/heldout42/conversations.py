"""The heldout42 conversations, written as a new analyst exploring each database in a demo would ask
them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ treecare
JY = "strftime('%Y', job_dt)"
JC = "FROM jobs j JOIN crews c ON c.crew_id = j.crew_id"
JU = "FROM jobs j JOIN custs u ON u.cust_id = j.cust_id"
TOPRATE = "(SELECT crew_id FROM crews ORDER BY hrly_rate DESC LIMIT 1)"
TOPCOUNCIL = ("(SELECT u.cust_id FROM jobs j JOIN custs u ON u.cust_id = j.cust_id WHERE u.cust_type = 'council' "
              "GROUP BY u.cust_id ORDER BY SUM(j.inv_amt) DESC LIMIT 1)")
TOPTOWN = "(SELECT town FROM custs GROUP BY town ORDER BY COUNT(*) DESC LIMIT 1)"
BIGJOB = "(SELECT job_id FROM jobs ORDER BY tree_qty DESC LIMIT 1)"
NEW25 = "(SELECT cust_id FROM custs WHERE signup_dt >= '2025-01-01')"

TREECARE = [
    conv("tc-1",
         ("How many jobs are there?", "SELECT COUNT(*) FROM jobs"),
         ("and how many of them got cancelled?", "SELECT COUNT(*) FROM jobs WHERE status = 'cancelled'"),
         ("by crew?", f"SELECT c.crew_name, COUNT(*) {JC} WHERE j.status = 'cancelled' GROUP BY c.crew_name",
          ["SELECT crew_id, COUNT(*) FROM jobs WHERE status = 'cancelled' GROUP BY crew_id"]),
         ("why were they cancelled?", D)),
    conv("tc-2",
         ("total invoiced per year", f"SELECT {JY} AS y, SUM(inv_amt) FROM jobs GROUP BY y"),
         ("just felling", f"SELECT {JY} AS y, SUM(inv_amt) FROM jobs WHERE job_type = 'felling' GROUP BY y"),
         ("what about the quoted amounts for those?",
          f"SELECT {JY} AS y, SUM(quote_amt) FROM jobs WHERE job_type = 'felling' GROUP BY y",
          [f"SELECT {JY} AS y, SUM(quote_amt) FROM jobs WHERE job_type = 'felling' AND status = 'completed' "
           "GROUP BY y"]),
         ("what will felling bring in next year?", D)),
    conv("tc-3",
         ("Show me the crews", "SELECT crew_name FROM crews"),
         ("which one charges the highest hourly rate?", "SELECT crew_name FROM crews ORDER BY hrly_rate DESC LIMIT 1"),
         ("how many jobs did they complete in 2024?",
          f"SELECT COUNT(*) FROM jobs WHERE crew_id = {TOPRATE} AND status = 'completed' AND job_dt LIKE '2024%'"),
         ("and total hrs?",
          f"SELECT SUM(hrs) FROM jobs WHERE crew_id = {TOPRATE} AND status = 'completed' AND job_dt LIKE '2024%'"),
         ("what's the team leader's mobile number?", D)),
    conv("tc-4",
         ("customers by type", "SELECT cust_type, COUNT(*) FROM custs GROUP BY cust_type"),
         ("only the council ones, with their town", "SELECT cust_nm, town FROM custs WHERE cust_type = 'council'"),
         ("which of those has spent the most with us?", f"SELECT cust_nm FROM custs WHERE cust_id = {TOPCOUNCIL}"),
         ("how many jobs have we done for them?",
          f"SELECT COUNT(*) FROM jobs WHERE cust_id = {TOPCOUNCIL} AND status = 'completed'",
          [f"SELECT COUNT(*) FROM jobs WHERE cust_id = {TOPCOUNCIL}"])),
    conv("tc-5",
         ("average quote for stump grinding", "SELECT AVG(quote_amt) FROM jobs WHERE job_type = 'stump grinding'"),
         ("compare with hedge cutting",
          "SELECT job_type, AVG(quote_amt) FROM jobs WHERE job_type IN ('stump grinding', 'hedge cutting') "
          "GROUP BY job_type"),
         ("now all the job types, highest first",
          "SELECT job_type, AVG(quote_amt) AS a FROM jobs GROUP BY job_type ORDER BY a DESC")),
    conv("tc-6",
         ("How much waste have we hauled in total?", "SELECT SUM(wt_kg) FROM waste_loads"),
         ("split by destination", "SELECT dest, SUM(wt_kg) FROM waste_loads GROUP BY dest"),
         ("in tonnes please", "SELECT dest, SUM(wt_kg) / 1000.0 FROM waste_loads GROUP BY dest"),
         ("what price did the firewood sell for?", D)),
    conv("tc-7",
         ("Which town has the most customers?", TOPTOWN[1:-1]),
         ("how many jobs did we do there in 2024?",
          f"SELECT COUNT(*) {JU} WHERE u.town = {TOPTOWN} AND j.job_dt LIKE '2024%' AND j.status = 'completed'",
          [f"SELECT COUNT(*) {JU} WHERE u.town = {TOPTOWN} AND j.job_dt LIKE '2024%'"]),
         ("and the average invoice for those?",
          f"SELECT AVG(j.inv_amt) {JU} WHERE u.town = {TOPTOWN} AND j.job_dt LIKE '2024%'")),
    conv("tc-8",
         ("Which crew brought in the most money in 2024?",
          f"SELECT c.crew_name {JC} WHERE j.job_dt LIKE '2024%' GROUP BY c.crew_name ORDER BY SUM(j.inv_amt) DESC LIMIT 1"),
         ("and the least?",
          f"SELECT c.crew_name {JC} WHERE j.job_dt LIKE '2024%' GROUP BY c.crew_name ORDER BY SUM(j.inv_amt) LIMIT 1"),
         ("show me every crew's total for that year then",
          f"SELECT c.crew_name, SUM(j.inv_amt) {JC} WHERE j.job_dt LIKE '2024%' GROUP BY c.crew_name"),
         ("what's the profit margin on each?", D)),
    conv("tc-9",
         ("Which jobs are still scheduled?", "SELECT job_id FROM jobs WHERE status = 'scheduled'"),
         ("how many is that per crew?",
          f"SELECT c.crew_name, COUNT(*) {JC} WHERE j.status = 'scheduled' GROUP BY c.crew_name",
          ["SELECT crew_id, COUNT(*) FROM jobs WHERE status = 'scheduled' GROUP BY crew_id"]),
         ("what's the total quoted value of them?", "SELECT SUM(quote_amt) FROM jobs WHERE status = 'scheduled'"),
         ("will the crews get them all done on time?", D)),
    conv("tc-10",
         ("Biggest job by number of trees?", BIGJOB[1:-1]),
         ("who was the customer?", f"SELECT u.cust_nm {JU} WHERE j.job_id = {BIGJOB}"),
         ("how much waste came out of it?", f"SELECT SUM(wt_kg) FROM waste_loads WHERE job_id = {BIGJOB}")),
    conv("tc-11",
         ("customers who signed up in 2025", "SELECT cust_nm FROM custs WHERE signup_dt LIKE '2025%'"),
         ("how many of them have had a job with us yet?",
          f"SELECT COUNT(DISTINCT cust_id) FROM jobs WHERE cust_id IN {NEW25}",
          [f"SELECT COUNT(DISTINCT cust_id) FROM jobs WHERE cust_id IN {NEW25} AND status = 'completed'"]),
         ("what star rating did they give us?", D)),
    conv("tc-12",
         ("Monthly invoiced total for 2024",
          "SELECT strftime('%m', job_dt) AS m, SUM(inv_amt) FROM jobs WHERE job_dt LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', job_dt) AS m, SUM(inv_amt) FROM jobs WHERE job_dt LIKE '2024%' GROUP BY m"]),
         ("which month was the quietest?",
          "SELECT strftime('%m', job_dt) AS m FROM jobs WHERE job_dt LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(inv_amt) LIMIT 1",
          ["SELECT strftime('%Y-%m', job_dt) AS m FROM jobs WHERE job_dt LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(inv_amt) LIMIT 1"]),
         ("and the busiest?",
          "SELECT strftime('%m', job_dt) AS m FROM jobs WHERE job_dt LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(inv_amt) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', job_dt) AS m FROM jobs WHERE job_dt LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(inv_amt) DESC LIMIT 1"])),
    conv("tc-13",
         ("average hrs per pruning job", "SELECT AVG(hrs) FROM jobs WHERE job_type = 'pruning'"),
         ("how many hours did the crews spend driving to those?", D),
         ("roughly what did the pruning labour cost, at each crew's hourly rate?",
          f"SELECT SUM(j.hrs * c.hrly_rate) {JC} WHERE j.job_type = 'pruning'")),
]

# ------------------------------------------------------------------------------------------ pottery
EC = "FROM Enrolments e JOIN Courses c ON c.CourseId = e.CourseId"
EY = "strftime('%Y', e.EnrolDate)"
TOPC24 = (f"(SELECT e.CourseId {EC} WHERE e.EnrolDate LIKE '2024%' GROUP BY e.CourseId "
          "ORDER BY SUM(e.AmountPaid) DESC LIMIT 1)")
TOPINS = f"(SELECT c.Instructor {EC} GROUP BY c.Instructor ORDER BY COUNT(*) DESC LIMIT 1)"
TOPPORC = ("(SELECT MemberId FROM ClaySales WHERE ClayBody = 'Porcelain' GROUP BY MemberId "
           "ORDER BY SUM(Bags) DESC LIMIT 1)")
NEWM = "(SELECT MemberId FROM Members WHERE JoinDate LIKE '2025%')"
TOP5M = "SELECT MemberId FROM Enrolments GROUP BY MemberId ORDER BY SUM(AmountPaid) DESC LIMIT 5"
RATE = "SUM(FailedPieces) * 1.0 / SUM(PieceCount)"

POTTERY = [
    conv("pt-1",
         ("How many members do we have?", "SELECT COUNT(*) FROM Members",
          ["SELECT COUNT(*) FROM Members WHERE IsActive = 1"]),
         ("only the active ones", "SELECT COUNT(*) FROM Members WHERE IsActive = 1"),
         ("by tier", "SELECT Tier, COUNT(*) FROM Members WHERE IsActive = 1 GROUP BY Tier"),
         ("what does each of those tiers cost per month?", D)),
    conv("pt-2",
         ("list the courses", "SELECT Title FROM Courses"),
         ("which are for beginners?", "SELECT Title FROM Courses WHERE Level = 'Beginner'"),
         ("sort that by fee", "SELECT Title, Fee FROM Courses WHERE Level = 'Beginner' ORDER BY Fee"),
         ("who teaches the cheapest one?",
          "SELECT Instructor FROM Courses WHERE Level = 'Beginner' ORDER BY Fee LIMIT 1")),
    conv("pt-3",
         ("Enrolment revenue per year", f"SELECT {EY} AS y, SUM(e.AmountPaid) FROM Enrolments e GROUP BY y"),
         ("and per course for 2024",
          f"SELECT c.Title, SUM(e.AmountPaid) {EC} WHERE e.EnrolDate LIKE '2024%' GROUP BY c.Title"),
         ("which course made the most?", f"SELECT Title FROM Courses WHERE CourseId = {TOPC24}"),
         ("how many people finished it that year?",
          f"SELECT COUNT(*) FROM Enrolments WHERE CourseId = {TOPC24} AND EnrolDate LIKE '2024%' AND Completed = 1",
          [f"SELECT COUNT(DISTINCT MemberId) FROM Enrolments WHERE CourseId = {TOPC24} AND EnrolDate LIKE '2024%' "
           "AND Completed = 1"])),
    conv("pt-4",
         ("Which instructor has the most enrolments?", TOPINS[1:-1]),
         ("what's their completion rate?",
          f"SELECT AVG(e.Completed) {EC} WHERE c.Instructor = {TOPINS}",
          [f"SELECT 100.0 * AVG(e.Completed) {EC} WHERE c.Instructor = {TOPINS}"]),
         ("how does that compare with the other instructors?",
          f"SELECT c.Instructor, AVG(e.Completed) {EC} GROUP BY c.Instructor",
          [f"SELECT c.Instructor, 100.0 * AVG(e.Completed) {EC} GROUP BY c.Instructor"]),
         ("are students happier with them?", D)),
    conv("pt-5",
         ("How many firings per kiln?", "SELECT KilnName, COUNT(*) FROM KilnFirings GROUP BY KilnName"),
         ("just glaze firings",
          "SELECT KilnName, COUNT(*) FROM KilnFirings WHERE FiringType = 'Glaze' GROUP BY KilnName"),
         ("average peak temp for those",
          "SELECT KilnName, AVG(PeakTempC) FROM KilnFirings WHERE FiringType = 'Glaze' GROUP BY KilnName",
          ["SELECT AVG(PeakTempC) FROM KilnFirings WHERE FiringType = 'Glaze'"]),
         ("how much electricity did they use?", D)),
    conv("pt-6",
         ("What share of pieces fail in the kiln?", f"SELECT {RATE} FROM KilnFirings",
          [f"SELECT 100.0 * {RATE} FROM KilnFirings"]),
         ("by firing type", f"SELECT FiringType, {RATE} FROM KilnFirings GROUP BY FiringType",
          [f"SELECT FiringType, 100.0 * {RATE} FROM KilnFirings GROUP BY FiringType"]),
         ("why do the raku ones crack so much more?", D),
         ("which kiln is worse for raku?",
          f"SELECT KilnName FROM KilnFirings WHERE FiringType = 'Raku' GROUP BY KilnName ORDER BY {RATE} DESC LIMIT 1")),
    conv("pt-7",
         ("clay sales by clay body", "SELECT ClayBody, SUM(Total) FROM ClaySales GROUP BY ClayBody"),
         ("in bags rather than money", "SELECT ClayBody, SUM(Bags) FROM ClaySales GROUP BY ClayBody"),
         ("who bought the most porcelain?", f"SELECT FullName FROM Members WHERE MemberId = {TOPPORC}"),
         ("is that person still active?", f"SELECT IsActive FROM Members WHERE MemberId = {TOPPORC}"),
         ("what's their email address?", D)),
    conv("pt-8",
         ("Members who joined in 2025", "SELECT FullName FROM Members WHERE JoinDate LIKE '2025%'"),
         ("which of those have enrolled on a course?",
          f"SELECT FullName FROM Members WHERE MemberId IN {NEWM} AND MemberId IN (SELECT MemberId FROM Enrolments)",
          [f"SELECT DISTINCT m.FullName FROM Members m JOIN Enrolments e ON e.MemberId = m.MemberId "
           f"WHERE m.MemberId IN {NEWM}"]),
         ("how much have they paid in total?", f"SELECT SUM(AmountPaid) FROM Enrolments WHERE MemberId IN {NEWM}",
          [f"SELECT SUM(AmountPaid) FROM Enrolments WHERE MemberId IN {NEWM} GROUP BY MemberId"])),
    conv("pt-9",
         ("average fee of an advanced course", "SELECT AVG(Fee) FROM Courses WHERE Level = 'Advanced'"),
         ("and what did people actually pay for them on average?",
          f"SELECT AVG(e.AmountPaid) {EC} WHERE c.Level = 'Advanced'"),
         ("how many weeks does each run?", "SELECT Title, Weeks FROM Courses WHERE Level = 'Advanced'"),
         ("when does the next one start?", D)),
    conv("pt-10",
         ("Top 5 members by total spend on courses",
          "SELECT m.FullName, SUM(e.AmountPaid) AS s FROM Enrolments e JOIN Members m ON m.MemberId = e.MemberId "
          "GROUP BY m.MemberId ORDER BY s DESC LIMIT 5"),
         ("what tier are they?", f"SELECT FullName, Tier FROM Members WHERE MemberId IN ({TOP5M})"),
         ("and how much have they spent on clay?",
          f"SELECT SUM(Total) FROM ClaySales WHERE MemberId IN ({TOP5M}) GROUP BY MemberId")),
    conv("pt-11",
         ("how many firings in March 2025?", "SELECT COUNT(*) FROM KilnFirings WHERE FiringDate LIKE '2025-03%'"),
         ("and pieces fired?", "SELECT SUM(PieceCount) FROM KilnFirings WHERE FiringDate LIKE '2025-03%'"),
         ("compared with March 2024?",
          "SELECT substr(FiringDate, 1, 7) AS m, SUM(PieceCount) FROM KilnFirings "
          "WHERE FiringDate LIKE '2025-03%' OR FiringDate LIKE '2024-03%' GROUP BY m",
          ["SELECT SUM(PieceCount) FROM KilnFirings WHERE FiringDate LIKE '2024-03%'"])),
    conv("pt-12",
         ("How long is the waiting list for Wheel Throwing Foundations?", D),
         ("ok, how many have enrolled on it then?",
          f"SELECT COUNT(*) {EC} WHERE c.Title = 'Wheel Throwing Foundations'",
          [f"SELECT COUNT(DISTINCT e.MemberId) {EC} WHERE c.Title = 'Wheel Throwing Foundations'"]),
         ("how many of them didn't finish?",
          f"SELECT COUNT(*) {EC} WHERE c.Title = 'Wheel Throwing Foundations' AND e.Completed = 0",
          [f"SELECT COUNT(DISTINCT e.MemberId) {EC} WHERE c.Title = 'Wheel Throwing Foundations' "
           "AND e.Completed = 0"])),
]

# ------------------------------------------------------------------------------------------ pools
SP = "FROM sessions s JOIN pools p ON p.pool_id = s.pool_id"
IP = "FROM incidents i JOIN pools p ON p.pool_id = i.pool_id"
OCC = "AVG(s.attendees * 1.0 / s.capacity)"
OCC_ALT = ["SUM(s.attendees) * 1.0 / SUM(s.capacity)", "100.0 * AVG(s.attendees * 1.0 / s.capacity)",
           "100.0 * SUM(s.attendees) / SUM(s.capacity)"]
RIVER = "(SELECT pool_id FROM pools WHERE pool_name = 'Riverside Lido')"
OLDG = f"(SELECT guard_id FROM lifeguards WHERE pool_id = {RIVER} ORDER BY qualified_on LIMIT 1)"
MOSTL = "(SELECT pool_id FROM pools ORDER BY lanes DESC LIMIT 1)"
NG = "(SELECT pool_id FROM pools WHERE pool_name = 'Northgate Baths')"
BIGS = "(SELECT session_id FROM sessions ORDER BY attendees DESC LIMIT 1)"
WKND = "strftime('%w', session_date) IN ('0', '6')"

POOLS = [
    conv("pl-1",
         ("How many pools are there?", "SELECT COUNT(*) FROM pools"),
         ("which are outdoor?", "SELECT pool_name FROM pools WHERE is_outdoor = 1"),
         ("and how many lanes do they have?", "SELECT pool_name, lanes FROM pools WHERE is_outdoor = 1"),
         ("what's the water temperature at those?", D)),
    conv("pl-2",
         ("Total attendance by pool", f"SELECT p.pool_name, SUM(s.attendees) {SP} GROUP BY p.pool_name"),
         ("only 2024", f"SELECT p.pool_name, SUM(s.attendees) {SP} WHERE s.session_date LIKE '2024%' "
                       "GROUP BY p.pool_name"),
         ("which had the lowest?", f"SELECT p.pool_name {SP} WHERE s.session_date LIKE '2024%' "
                                   "GROUP BY p.pool_name ORDER BY SUM(s.attendees) LIMIT 1"),
         ("why is it so low there?", D)),
    conv("pl-3",
         ("How many sessions of each type?", "SELECT session_type, COUNT(*) FROM sessions GROUP BY session_type"),
         ("what's the average occupancy for each?",
          f"SELECT s.session_type, {OCC} FROM sessions s GROUP BY s.session_type",
          [f"SELECT s.session_type, {o} FROM sessions s GROUP BY s.session_type" for o in OCC_ALT]),
         ("and for aqua fit, by pool",
          f"SELECT p.pool_name, {OCC} {SP} WHERE s.session_type = 'aqua fit' GROUP BY p.pool_name",
          [f"SELECT p.pool_name, {o} {SP} WHERE s.session_type = 'aqua fit' GROUP BY p.pool_name"
           for o in OCC_ALT])),
    conv("pl-4",
         ("revenue per month in 2025",
          "SELECT strftime('%m', session_date) AS m, SUM(revenue) FROM sessions WHERE session_date LIKE '2025%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', session_date) AS m, SUM(revenue) FROM sessions "
           "WHERE session_date LIKE '2025%' GROUP BY m"]),
         ("and the same months last year?",
          "SELECT strftime('%m', session_date) AS m, SUM(revenue) FROM sessions "
          "WHERE session_date BETWEEN '2024-01-01' AND '2024-06-30' GROUP BY m",
          ["SELECT strftime('%Y-%m', session_date) AS m, SUM(revenue) FROM sessions "
           "WHERE session_date BETWEEN '2024-01-01' AND '2024-06-30' GROUP BY m"]),
         ("what will July look like?", D)),
    conv("pl-5",
         ("list the lifeguards at Riverside Lido",
          f"SELECT first_name, last_name FROM lifeguards WHERE pool_id = {RIVER}"),
         ("who's been qualified the longest?",
          f"SELECT first_name, last_name FROM lifeguards WHERE guard_id = {OLDG}"),
         ("how many incidents have they dealt with?", f"SELECT COUNT(*) FROM incidents WHERE guard_id = {OLDG}"),
         ("what's their home address?", D)),
    conv("pl-6",
         ("incidents by severity", "SELECT severity, COUNT(*) FROM incidents GROUP BY severity"),
         ("serious ones per pool", f"SELECT p.pool_name, COUNT(*) {IP} WHERE i.severity = 'serious' "
                                   "GROUP BY p.pool_name"),
         ("which of those pools are outdoor?",
          f"SELECT DISTINCT p.pool_name {IP} WHERE i.severity = 'serious' AND p.is_outdoor = 1"),
         ("when was the last serious incident?", "SELECT MAX(incident_date) FROM incidents WHERE severity = 'serious'",
          [f"SELECT MAX(i.incident_date) {IP} WHERE i.severity = 'serious' AND p.is_outdoor = 1"])),
    conv("pl-7",
         ("average chlorine per pool",
          "SELECT p.pool_name, AVG(w.chlorine_ppm) FROM water_tests w JOIN pools p ON p.pool_id = w.pool_id "
          "GROUP BY p.pool_name"),
         ("any tests with a pH above 7.8?", "SELECT test_id FROM water_tests WHERE ph > 7.8"),
         ("how many per pool?",
          "SELECT p.pool_name, COUNT(*) FROM water_tests w JOIN pools p ON p.pool_id = w.pool_id WHERE w.ph > 7.8 "
          "GROUP BY p.pool_name"),
         ("what did the council inspector say about them?", D)),
    conv("pl-8",
         ("Which pool has the most lanes?", f"SELECT pool_name FROM pools WHERE pool_id = {MOSTL}"),
         ("how long is it?", f"SELECT length_m FROM pools WHERE pool_id = {MOSTL}"),
         ("when did it open?", f"SELECT opened_year FROM pools WHERE pool_id = {MOSTL}"),
         ("how many people swam there in 2024?",
          f"SELECT SUM(attendees) FROM sessions WHERE pool_id = {MOSTL} AND session_date LIKE '2024%'")),
    conv("pl-9",
         ("Average hourly wage of the lifeguards", "SELECT AVG(hourly_wage) FROM lifeguards"),
         ("by pool", "SELECT p.pool_name, AVG(l.hourly_wage) FROM lifeguards l JOIN pools p ON p.pool_id = l.pool_id "
                     "GROUP BY p.pool_name"),
         ("so what do we spend on lifeguards each week?", D)),
    conv("pl-10",
         ("Busiest start time for lane swim?",
          "SELECT start_time FROM sessions WHERE session_type = 'lane swim' GROUP BY start_time "
          "ORDER BY SUM(attendees) DESC LIMIT 1",
          ["SELECT start_time FROM sessions WHERE session_type = 'lane swim' GROUP BY start_time "
           "ORDER BY AVG(attendees) DESC LIMIT 1"]),
         ("and for family sessions?",
          "SELECT start_time FROM sessions WHERE session_type = 'family' GROUP BY start_time "
          "ORDER BY SUM(attendees) DESC LIMIT 1",
          ["SELECT start_time FROM sessions WHERE session_type = 'family' GROUP BY start_time "
           "ORDER BY AVG(attendees) DESC LIMIT 1"]),
         ("how many family sessions ran at weekends in 2024?",
          f"SELECT COUNT(*) FROM sessions WHERE session_type = 'family' AND {WKND} AND session_date LIKE '2024%'")),
    conv("pl-11",
         ("Which session had the most people?", BIGS[1:-1]),
         ("where was it?", f"SELECT p.pool_name {SP} WHERE s.session_id = {BIGS}"),
         ("what kind of session was it?", f"SELECT session_type FROM sessions WHERE session_id = {BIGS}")),
    conv("pl-12",
         ("What's the latest pH reading at Northgate?",
          f"SELECT ph FROM water_tests WHERE pool_id = {NG} ORDER BY tested_at DESC LIMIT 1"),
         ("and the chlorine?", f"SELECT chlorine_ppm FROM water_tests WHERE pool_id = {NG} ORDER BY tested_at DESC LIMIT 1"),
         ("is the water safe to swim in today?", D)),
]

SETS = {"treecare": TREECARE, "pottery": POTTERY, "pools": POOLS}
