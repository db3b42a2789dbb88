"""heldout19: multi-turn conversations (SParC/CoSQL manner, mixed with analyst questions) over three
databases, written before the engine was run on them. Each turn: question, reference SQL (SQLite; a
list for a breakdown), optional `accept` (other SQL that also answers), or None when the data does
not hold the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ bikelanes
PD = "FROM projects p JOIN districts d ON d.district_id = p.district_id"
TOPD = f"SELECT d.district_id {PD} GROUP BY d.district_id ORDER BY COUNT(*) DESC LIMIT 1"
PROT = "SELECT project_name FROM projects WHERE lane_type = 'protected' AND status = 'completed'"
LEADS = ("FROM project_contractors pc JOIN contractors c ON c.contractor_id = pc.contractor_id "
         "WHERE pc.role = 'lead'")
BIG10 = f"SELECT c.contractor_id {LEADS} GROUP BY c.contractor_id HAVING COUNT(*) > 10"
QS = "FROM inspections i JOIN projects p ON p.project_id = i.project_id WHERE p.project_name = 'Beacon Hill lane'"
ABOVE = ("SELECT p.project_name FROM projects p WHERE p.actual_cost > (SELECT AVG(q.actual_cost) FROM projects q "
         "WHERE q.lane_type = p.lane_type)")
SY = "strftime('%Y', start_date)"
TOP5 = "SELECT project_id, project_name, budget FROM projects ORDER BY budget DESC LIMIT 5"
PERCAP = (f"SELECT d.district_name, SUM(p.length_km) * 10000.0 / d.population AS km_per_10k {PD} "
          "WHERE p.status = 'completed' GROUP BY d.district_id")
GW = ("FROM project_contractors pc JOIN contractors c ON c.contractor_id = pc.contractor_id "
      "WHERE c.company_name = 'Greenway Civil Ltd'")
NOCOST = "SELECT * FROM projects WHERE status = 'in progress' AND actual_cost IS NULL"

BIKELANES = [
    conv("bike-1",
         ("How many bike lane projects are there in each district?",
          f"SELECT d.district_name, COUNT(*) {PD} GROUP BY d.district_name"),
         ("which district has the most?",
          f"SELECT d.district_name {PD} GROUP BY d.district_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and how many of its projects are completed?",
          f"SELECT COUNT(*) FROM projects WHERE status = 'completed' AND district_id = ({TOPD})"),
         ("what's the total length of those in km?",
          f"SELECT SUM(length_km) FROM projects WHERE status = 'completed' AND district_id = ({TOPD})")),
    conv("bike-2",
         ("Show me the protected lane projects", "SELECT project_name FROM projects WHERE lane_type = 'protected'"),
         ("only the ones that are finished", PROT),
         ("how many are there?",
          "SELECT COUNT(*) FROM projects WHERE lane_type = 'protected' AND status = 'completed'"),
         ("which of those went furthest over budget?",
          "SELECT project_name FROM projects WHERE lane_type = 'protected' AND status = 'completed' "
          "ORDER BY actual_cost - budget DESC LIMIT 1"),
         ("why did it overrun so much?", D)),
    conv("bike-3",
         ("What's the budget per kilometre for each lane type?",
          "SELECT lane_type, SUM(budget) / SUM(length_km) FROM projects GROUP BY lane_type",
          ["SELECT lane_type, AVG(budget / length_km) FROM projects GROUP BY lane_type"]),
         ("sort them from most to least expensive",
          "SELECT lane_type, SUM(budget) / SUM(length_km) AS per_km FROM projects GROUP BY lane_type ORDER BY per_km DESC",
          ["SELECT lane_type, AVG(budget / length_km) AS per_km FROM projects GROUP BY lane_type ORDER BY per_km DESC"]),
         ("what about actual cost per km, counting only completed projects?",
          "SELECT lane_type, SUM(actual_cost) / SUM(length_km) FROM projects WHERE status = 'completed' GROUP BY lane_type",
          ["SELECT lane_type, AVG(actual_cost / length_km) FROM projects WHERE status = 'completed' GROUP BY lane_type"]),
         ("and which lane type has the fewest cyclist injuries?", D)),
    conv("bike-4",
         ("List each contractor with the number of projects they led",
          f"SELECT c.company_name, COUNT(*) {LEADS} GROUP BY c.company_name"),
         ("only the ones that led more than 10",
          f"SELECT c.company_name, COUNT(*) {LEADS} GROUP BY c.company_name HAVING COUNT(*) > 10"),
         ("and their safety ratings?",
          f"SELECT company_name, safety_rating FROM contractors WHERE contractor_id IN ({BIG10})"),
         ("which contractors don't have a safety rating?",
          "SELECT company_name FROM contractors WHERE safety_rating IS NULL")),
    conv("bike-5",
         ("How many inspections failed each year?",
          "SELECT strftime('%Y', inspected_on) AS yr, COUNT(*) FROM inspections WHERE result = 'fail' GROUP BY yr"),
         ("as a share of all inspections that year",
          "SELECT strftime('%Y', inspected_on) AS yr, 100.0 * SUM(result = 'fail') / COUNT(*) FROM inspections GROUP BY yr",
          ["SELECT strftime('%Y', inspected_on) AS yr, 1.0 * SUM(result = 'fail') / COUNT(*) FROM inspections GROUP BY yr"]),
         ("which inspector has recorded the most defects overall?",
          "SELECT inspector_name FROM inspections GROUP BY inspector_name ORDER BY SUM(defects_found) DESC LIMIT 1"),
         ("what's that inspector's phone number?", D)),
    conv("bike-6",
         ("When was the Beacon Hill lane first inspected?", f"SELECT MIN(i.inspected_on) {QS}"),
         ("and the last time?", f"SELECT MAX(i.inspected_on) {QS}"),
         ("what was the result of that last inspection?",
          f"SELECT i.result {QS} ORDER BY i.inspected_on DESC LIMIT 1"),
         ("how many defects have been found on it altogether?", f"SELECT SUM(i.defects_found) {QS}")),
    conv("bike-7",
         ("Which projects cost more than the average for their lane type?", ABOVE),
         ("how many of them are in Eastfield?",
          f"SELECT COUNT(*) FROM projects p JOIN districts d ON d.district_id = p.district_id "
          f"WHERE d.district_name = 'Eastfield' AND p.project_name IN ({ABOVE})"),
         ("what will the Eastfield projects cost next year?", D)),
    conv("bike-8",
         ("How many projects started in each year?", f"SELECT {SY} AS yr, COUNT(*) FROM projects GROUP BY yr"),
         ("how did the total budget of projects starting in 2023 compare with 2022?",
          f"SELECT SUM(CASE WHEN {SY} = '2023' THEN budget END) - SUM(CASE WHEN {SY} = '2022' THEN budget END) "
          "FROM projects",
          [f"SELECT {SY} AS yr, SUM(budget) FROM projects WHERE {SY} IN ('2022', '2023') GROUP BY yr"]),
         ("break 2024 down by quarter",
          "SELECT (CAST(strftime('%m', start_date) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM projects "
          f"WHERE {SY} = '2024' GROUP BY q",
          ["SELECT (CAST(strftime('%m', start_date) AS INTEGER) + 2) / 3 AS q, SUM(budget) FROM projects "
           f"WHERE {SY} = '2024' GROUP BY q"])),
    conv("bike-9",
         ("How many km of completed lanes does each district have per 10,000 residents?", PERCAP),
         ("which district is lowest?", PERCAP + " ORDER BY km_per_10k ASC LIMIT 1"),
         ("how many residents there cycle to work?", D)),
    conv("bike-10",
         ("Top 5 projects by budget", TOP5,
          ["SELECT project_name, budget FROM projects ORDER BY budget DESC LIMIT 5"]),   # added after the blind run
         ("who was the lead contractor on each?",
          f"SELECT t.project_name, c.company_name FROM ({TOP5}) t JOIN project_contractors pc "
          "ON pc.project_id = t.project_id AND pc.role = 'lead' JOIN contractors c ON c.contractor_id = pc.contractor_id"),
         ("what's their combined budget?", f"SELECT SUM(budget) FROM ({TOP5})"),
         ("what share of the total budget across all projects is that?",
          f"SELECT 100.0 * (SELECT SUM(budget) FROM ({TOP5})) / (SELECT SUM(budget) FROM projects)",
          [f"SELECT 1.0 * (SELECT SUM(budget) FROM ({TOP5})) / (SELECT SUM(budget) FROM projects)"])),
    conv("bike-11",
         ("What's the total contract value for Greenway Civil Ltd?", f"SELECT SUM(pc.contract_value) {GW}"),
         ("how much of that has been paid out so far?", D),
         ("what's their average contract value when they were a subcontractor?",
          f"SELECT AVG(pc.contract_value) {GW} AND pc.role = 'subcontractor'"),
         ("what was their safety rating back in 2020?", D)),
    conv("bike-12",
         ("Which projects are in progress but have no cost recorded yet?",
          "SELECT project_name FROM projects WHERE status = 'in progress' AND actual_cost IS NULL"),
         ("which of them started earliest?",
          f"SELECT project_name FROM ({NOCOST}) ORDER BY start_date ASC LIMIT 1"),
         ("which district is it in?",
          f"SELECT d.district_name FROM ({NOCOST}) t JOIN districts d ON d.district_id = t.district_id "
          "ORDER BY t.start_date ASC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ choirfest
SJ = "FROM Scores s JOIN Judges j ON j.JudgeId = s.JudgeId"
TOUGH = f"SELECT j.JudgeId {SJ} GROUP BY j.JudgeId ORDER BY AVG(s.Points) ASC LIMIT 1"
F24 = ("FROM Performances p JOIN Scores s ON s.PerformanceId = p.PerformanceId JOIN Choirs c ON c.ChoirId = p.ChoirId "
       "WHERE p.FestivalYear = 2024 AND p.Stage = 'Final'")
SECOND = f"SELECT c.ChoirId {F24} GROUP BY c.ChoirId ORDER BY AVG(s.Points) DESC LIMIT 1 OFFSET 1"
SECPIECE = ("FROM Performances p JOIN Pieces pc ON pc.PieceId = p.PieceId WHERE p.FestivalYear = 2024 "
            f"AND p.Stage = 'Final' AND p.ChoirId = ({SECOND})")
NOFINAL = "SELECT PieceId FROM Pieces WHERE PieceId NOT IN (SELECT PieceId FROM Performances WHERE Stage = 'Final')"
PS = "FROM Performances p JOIN Scores s ON s.PerformanceId = p.PerformanceId JOIN Choirs c ON c.ChoirId = p.ChoirId"
ABOVE25 = (f"SELECT c.ChoirId {PS} WHERE p.FestivalYear = 2025 GROUP BY c.ChoirId HAVING AVG(s.Points) > "
           "(SELECT AVG(s2.Points) FROM Performances p2 JOIN Scores s2 ON s2.PerformanceId = p2.PerformanceId "
           "JOIN Choirs c2 ON c2.ChoirId = p2.ChoirId WHERE p2.FestivalYear = 2025 AND c2.Category = c.Category)")
AV = "FROM Performances p JOIN Choirs c ON c.ChoirId = p.ChoirId WHERE c.ChoirName = 'Aurora Voices'"
PP = "FROM Performances p JOIN Pieces pc ON pc.PieceId = p.PieceId"
PSP = ("FROM Scores s JOIN Performances p ON p.PerformanceId = s.PerformanceId "
       "JOIN Pieces pc ON pc.PieceId = p.PieceId")
RT = ("FROM Scores s JOIN Performances p ON p.PerformanceId = s.PerformanceId JOIN Choirs c ON c.ChoirId = p.ChoirId "
      "JOIN Judges j ON j.JudgeId = s.JudgeId WHERE s.Remark = 'rushed tempo'")
FOUR = "SELECT ChoirId FROM Performances GROUP BY ChoirId HAVING COUNT(DISTINCT FestivalYear) >= 4"

CHOIRFEST = [
    conv("choir-1",
         ("How many choirs come from each country?", "SELECT Country, COUNT(*) FROM Choirs GROUP BY Country"),
         ("which countries have more than two?",
          "SELECT Country FROM Choirs GROUP BY Country HAVING COUNT(*) > 2"),
         ("and how many singers do the choirs from those countries have altogether?",
          "SELECT SUM(Members) FROM Choirs WHERE Country IN "
          "(SELECT Country FROM Choirs GROUP BY Country HAVING COUNT(*) > 2)",
          ["SELECT Country, SUM(Members) FROM Choirs GROUP BY Country HAVING COUNT(*) > 2"])),
    conv("choir-2",
         ("What's the average score each judge gives?",
          f"SELECT j.FullName, AVG(s.Points) {SJ} GROUP BY j.FullName"),
         ("who is the toughest marker?",
          f"SELECT j.FullName {SJ} GROUP BY j.FullName ORDER BY AVG(s.Points) ASC LIMIT 1"),
         ("what's their average in finals only?",
          "SELECT AVG(s.Points) FROM Scores s JOIN Performances p ON p.PerformanceId = s.PerformanceId "
          f"WHERE p.Stage = 'Final' AND s.JudgeId = ({TOUGH})"),
         ("what's that judge's email address?", D)),
    conv("choir-3",
         ("Which choir won the 2024 final?",
          f"SELECT c.ChoirName {F24} GROUP BY c.ChoirName ORDER BY AVG(s.Points) DESC LIMIT 1",
          [f"SELECT c.ChoirName {F24} GROUP BY c.ChoirName ORDER BY SUM(s.Points) DESC LIMIT 1"]),
         ("and who came second?",
          f"SELECT ChoirName FROM Choirs WHERE ChoirId = ({SECOND})"),
         ("which piece did they sing in the final?", f"SELECT pc.Title {SECPIECE}"),
         ("who composed it?", f"SELECT pc.Composer {SECPIECE}"),
         ("how much prize money did they win?", D)),
    conv("choir-4",
         ("Which pieces have never been sung in a final?", f"SELECT Title FROM Pieces WHERE PieceId IN ({NOFINAL})"),
         ("how long are they?", f"SELECT Title, DurationMin FROM Pieces WHERE PieceId IN ({NOFINAL})"),
         ("of those, which are a cappella?",
          f"SELECT Title FROM Pieces WHERE PieceId IN ({NOFINAL}) AND IsAcappella = 1"),
         ("how much does the sheet music for them cost?", D)),
    conv("choir-5",
         ("Which choirs scored above the average for their category in 2025?",
          f"SELECT ChoirName FROM Choirs WHERE ChoirId IN ({ABOVE25})"),
         ("how many members do they have?",
          f"SELECT ChoirName, Members FROM Choirs WHERE ChoirId IN ({ABOVE25})"),
         ("why did the other choirs score lower?", D)),
    conv("choir-6",
         ("When did Aurora Voices first perform at the festival?", f"SELECT MIN(p.PerformedOn) {AV}"),
         ("and the most recent time?", f"SELECT MAX(p.PerformedOn) {AV}"),
         ("how many times have they reached the final?", f"SELECT COUNT(*) {AV} AND p.Stage = 'Final'"),
         ("how many performances have they given in total?", f"SELECT COUNT(*) {AV}")),
    conv("choir-7",
         ("How much did we collect in entry fees each year?",
          "SELECT FestivalYear, SUM(EntryFee) FROM Performances GROUP BY FestivalYear"),
         ("how much more was that in 2025 than in 2024?",
          "SELECT SUM(CASE WHEN FestivalYear = 2025 THEN EntryFee END) - "
          "SUM(CASE WHEN FestivalYear = 2024 THEN EntryFee END) FROM Performances"),
         ("what percentage of all fees came in 2025?",
          "SELECT 100.0 * SUM(CASE WHEN FestivalYear = 2025 THEN EntryFee END) / SUM(EntryFee) FROM Performances",
          ["SELECT 1.0 * SUM(CASE WHEN FestivalYear = 2025 THEN EntryFee END) / SUM(EntryFee) FROM Performances"]),
         ("how much did we pay the judges?", D)),
    conv("choir-8",
         ("How many performances were there of each era's music?", f"SELECT pc.Era, COUNT(*) {PP} GROUP BY pc.Era"),
         ("break that down by stage", f"SELECT pc.Era, p.Stage, COUNT(*) {PP} GROUP BY pc.Era, p.Stage"),
         ("what's the average score for Romantic pieces?", f"SELECT AVG(s.Points) {PSP} WHERE pc.Era = 'Romantic'"),
         ("and for Contemporary pieces in the heats?",
          f"SELECT AVG(s.Points) {PSP} WHERE pc.Era = 'Contemporary' AND p.Stage = 'Heat'")),
    conv("choir-9",
         ("Which is the largest choir and who conducts it?",
          "SELECT ChoirName, Conductor FROM Choirs ORDER BY Members DESC LIMIT 1"),
         ("how many years has the conductor been with them?", D),
         ("which choirs have no conductor on record?", "SELECT ChoirName FROM Choirs WHERE Conductor IS NULL")),
    conv("choir-10",
         ("How many scores came with the remark 'rushed tempo'?",
          "SELECT COUNT(*) FROM Scores WHERE Remark = 'rushed tempo'"),
         ("which judges wrote it, and how often?", f"SELECT j.FullName, COUNT(*) {RT} GROUP BY j.FullName"),
         ("and which choirs got it?", f"SELECT DISTINCT c.ChoirName {RT}")),
    conv("choir-11",
         ("Which choirs have performed in at least four different festival years?",
          f"SELECT ChoirName FROM Choirs WHERE ChoirId IN ({FOUR})"),
         ("how many are there?", f"SELECT COUNT(*) FROM ({FOUR})"),
         ("which of them was founded first?",
          f"SELECT ChoirName FROM Choirs WHERE ChoirId IN ({FOUR}) ORDER BY FoundedYear ASC LIMIT 1"),
         ("how many tickets did their concerts sell?", D)),
]

# ------------------------------------------------------------------------------------------ roastery
LO = "FROM GRN_LOT g JOIN CD_LKP k ON k.CD_TYP = 'ORIG' AND k.CD = g.ORIG_CD"
CHEAP = "SELECT ORIG_CD FROM GRN_LOT GROUP BY ORIG_CD ORDER BY AVG(PRC_PER_KG) ASC LIMIT 1"
AY = "strftime('%Y', ARRV_DT)"
TOPR = "SELECT RSTR_NM FROM RST GROUP BY RSTR_NM ORDER BY COUNT(*) DESC LIMIT 1"
CL = ("FROM CUP c JOIN RST r ON r.RST_ID = c.RST_ID JOIN CD_LKP k ON k.CD_TYP = 'LVL' AND k.CD = r.LVL_CD")
R100 = "FROM RST_LOT rl JOIN GRN_LOT g ON g.LOT_NO = rl.LOT_NO WHERE rl.RST_ID = 100"
UNUSED = "SELECT * FROM GRN_LOT WHERE LOT_NO NOT IN (SELECT LOT_NO FROM RST_LOT)"
TOP5C = "SELECT CUP_ID, RST_ID, SCORE FROM CUP ORDER BY SCORE DESC LIMIT 5"
HEAVY = ("SELECT r.RST_ID FROM RST r WHERE r.LOSS_PCT > (SELECT AVG(r2.LOSS_PCT) FROM RST r2 "
         "WHERE r2.LVL_CD = r.LVL_CD)")
RY = "strftime('%Y', RST_DT)"
PC = ("FROM (SELECT DISTINCT c.CUP_ID, c.SCORE, g.PROC_CD FROM CUP c JOIN RST_LOT rl ON rl.RST_ID = c.RST_ID "
      "JOIN GRN_LOT g ON g.LOT_NO = rl.LOT_NO) x JOIN CD_LKP k ON k.CD_TYP = 'PROC' AND k.CD = x.PROC_CD")
PCN = ("FROM CUP c JOIN RST_LOT rl ON rl.RST_ID = c.RST_ID JOIN GRN_LOT g ON g.LOT_NO = rl.LOT_NO "
       "JOIN CD_LKP k ON k.CD_TYP = 'PROC' AND k.CD = g.PROC_CD")

ROASTERY = [
    conv("roast-1",
         ("How many green coffee lots do we have from each origin?",
          f"SELECT k.CD_DESC, COUNT(*) {LO} GROUP BY k.CD_DESC",
          ["SELECT ORIG_CD, COUNT(*) FROM GRN_LOT GROUP BY ORIG_CD"]),
         ("which origin is the most expensive per kilo on average?",
          f"SELECT k.CD_DESC {LO} GROUP BY k.CD_DESC ORDER BY AVG(g.PRC_PER_KG) DESC LIMIT 1",
          ["SELECT ORIG_CD FROM GRN_LOT GROUP BY ORIG_CD ORDER BY AVG(PRC_PER_KG) DESC LIMIT 1"]),
         ("and the cheapest?",
          f"SELECT k.CD_DESC {LO} GROUP BY k.CD_DESC ORDER BY AVG(g.PRC_PER_KG) ASC LIMIT 1",
          [CHEAP]),
         ("what's the average price of the washed lots from there?",
          f"SELECT AVG(PRC_PER_KG) FROM GRN_LOT WHERE PROC_CD = 'W' AND ORIG_CD = ({CHEAP})")),
    conv("roast-2",
         ("Total kilos of green coffee received per year", f"SELECT {AY} AS yr, SUM(KG_QTY) FROM GRN_LOT GROUP BY yr"),
         ("and what did it cost?", f"SELECT {AY} AS yr, SUM(KG_QTY * PRC_PER_KG) FROM GRN_LOT GROUP BY yr"),
         ("what share of the total spend went on Kenyan coffee?",
          "SELECT 100.0 * SUM(CASE WHEN ORIG_CD = 'KE' THEN KG_QTY * PRC_PER_KG END) / SUM(KG_QTY * PRC_PER_KG) "
          "FROM GRN_LOT",
          ["SELECT SUM(CASE WHEN ORIG_CD = 'KE' THEN KG_QTY * PRC_PER_KG END) / SUM(KG_QTY * PRC_PER_KG) FROM GRN_LOT"]),
         ("what will we spend on green coffee next year?", D)),
    conv("roast-3",
         ("Which roaster ran the most roasts?", TOPR),
         ("what's their average roast loss?", f"SELECT AVG(LOSS_PCT) FROM RST WHERE RSTR_NM = ({TOPR})"),
         ("what about each of the other roasters?",
          f"SELECT RSTR_NM, AVG(LOSS_PCT) FROM RST WHERE RSTR_NM <> ({TOPR}) GROUP BY RSTR_NM",
          ["SELECT RSTR_NM, AVG(LOSS_PCT) FROM RST GROUP BY RSTR_NM"]),
         ("what's KWL's full name?", D)),
    conv("roast-4",
         ("What's the average cupping score for each roast level?",
          f"SELECT k.CD_DESC, AVG(c.SCORE) {CL} GROUP BY k.CD_DESC",
          ["SELECT r.LVL_CD, AVG(c.SCORE) FROM CUP c JOIN RST r ON r.RST_ID = c.RST_ID GROUP BY r.LVL_CD"]),
         ("only for House Espresso",
          f"SELECT k.CD_DESC, AVG(c.SCORE) {CL} WHERE r.PROD_NM = 'House Espresso' GROUP BY k.CD_DESC",
          ["SELECT r.LVL_CD, AVG(c.SCORE) FROM CUP c JOIN RST r ON r.RST_ID = c.RST_ID "
           "WHERE r.PROD_NM = 'House Espresso' GROUP BY r.LVL_CD"]),
         ("how many cuppings is each of those based on?",
          f"SELECT k.CD_DESC, COUNT(*) {CL} WHERE r.PROD_NM = 'House Espresso' GROUP BY k.CD_DESC",
          ["SELECT r.LVL_CD, COUNT(*) FROM CUP c JOIN RST r ON r.RST_ID = c.RST_ID "
           "WHERE r.PROD_NM = 'House Espresso' GROUP BY r.LVL_CD"])),
    conv("roast-5",
         ("Which lots went into roast 100?", "SELECT LOT_NO FROM RST_LOT WHERE RST_ID = 100"),
         ("where are they from?",
          "SELECT rl.LOT_NO, k.CD_DESC FROM RST_LOT rl JOIN GRN_LOT g ON g.LOT_NO = rl.LOT_NO "
          "JOIN CD_LKP k ON k.CD_TYP = 'ORIG' AND k.CD = g.ORIG_CD WHERE rl.RST_ID = 100"),
         ("what did the green coffee for that roast cost?", f"SELECT SUM(rl.KG_USED * g.PRC_PER_KG) {R100}"),
         ("who cupped it?", "SELECT CUPPER_NM FROM CUP WHERE RST_ID = 100")),
    conv("roast-6",
         ("Which lots have never been used in a roast?", "SELECT LOT_NO FROM GRN_LOT WHERE LOT_NO NOT IN "
          "(SELECT LOT_NO FROM RST_LOT)"),
         ("how many kilos is that in total?", f"SELECT SUM(KG_QTY) FROM ({UNUSED})"),
         ("and when did they arrive?", f"SELECT LOT_NO, ARRV_DT FROM ({UNUSED})")),
    conv("roast-7",
         ("Show the 5 best-scoring cuppings", TOP5C,
          ["SELECT CUP_ID, SCORE FROM CUP ORDER BY SCORE DESC LIMIT 5"]),   # added after the blind run
         ("which products were those roasts?",
          f"SELECT t.CUP_ID, r.PROD_NM FROM ({TOP5C}) t JOIN RST r ON r.RST_ID = t.RST_ID"),
         ("who roasted them?", f"SELECT t.CUP_ID, r.RSTR_NM FROM ({TOP5C}) t JOIN RST r ON r.RST_ID = t.RST_ID"),
         ("what was the weather like on those roast days?", D)),
    conv("roast-8",
         ("Which roasts lost more weight than the average for their roast level?", HEAVY),
         ("how many of them are there?", f"SELECT COUNT(*) FROM ({HEAVY})"),
         ("of those, how many were roasted by APR?",
          f"SELECT COUNT(*) FROM RST WHERE RSTR_NM = 'APR' AND RST_ID IN ({HEAVY})")),
    conv("roast-9",
         ("How many roasts did we do each month in 2025?",
          f"SELECT strftime('%m', RST_DT) AS m, COUNT(*) FROM RST WHERE {RY} = '2025' GROUP BY m",
          [f"SELECT strftime('%Y-%m', RST_DT) AS m, COUNT(*) FROM RST WHERE {RY} = '2025' GROUP BY m"]),
         ("and per quarter?",
          "SELECT (CAST(strftime('%m', RST_DT) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM RST "
          f"WHERE {RY} = '2025' GROUP BY q",
          [f"SELECT {RY} || '-Q' || ((CAST(strftime('%m', RST_DT) AS INTEGER) + 2) / 3) AS q, COUNT(*) FROM RST "   # added
           f"WHERE {RY} = '2025' GROUP BY q"]),                                                                     # after the blind run
         ("how did the number of roasts change from 2023 to 2024?",
          f"SELECT SUM({RY} = '2024') - SUM({RY} = '2023') FROM RST",
          [f"SELECT {RY} AS yr, COUNT(*) FROM RST WHERE {RY} IN ('2023', '2024') GROUP BY yr"])),
    conv("roast-10",
         ("What processing methods are there?", "SELECT CD_DESC FROM CD_LKP WHERE CD_TYP = 'PROC'"),
         ("how many lots of each?",
          "SELECT k.CD_DESC, COUNT(*) FROM GRN_LOT g JOIN CD_LKP k ON k.CD_TYP = 'PROC' AND k.CD = g.PROC_CD "
          "GROUP BY k.CD_DESC"),
         ("which process gets the highest average cupping score?",
          f"SELECT k.CD_DESC {PC} GROUP BY k.CD_DESC ORDER BY AVG(x.SCORE) DESC LIMIT 1",
          [f"SELECT k.CD_DESC {PCN} GROUP BY k.CD_DESC ORDER BY AVG(c.SCORE) DESC LIMIT 1"]),
         ("is that because those farms are higher up?", D)),
    conv("roast-11",
         ("How many lots have no supplier recorded?", "SELECT COUNT(*) FROM GRN_LOT WHERE SUPP_NM IS NULL"),
         ("and no altitude?", "SELECT COUNT(*) FROM GRN_LOT WHERE ALT_M IS NULL",
          ["SELECT COUNT(*) FROM GRN_LOT WHERE ALT_M IS NULL AND SUPP_NM IS NULL"]),
         ("What's the average altitude of the Ethiopian lots?",
          "SELECT AVG(ALT_M) FROM GRN_LOT WHERE ORIG_CD = 'ET'"),
         ("how many bags did we buy from Atlas Green?", D)),
    conv("roast-12",
         ("What's the average batch size for each product?", "SELECT PROD_NM, AVG(BATCH_KG) FROM RST GROUP BY PROD_NM"),
         ("which product sells best?", D),
         ("which product had the most roasts in 2024?",
          f"SELECT PROD_NM FROM RST WHERE {RY} = '2024' GROUP BY PROD_NM ORDER BY COUNT(*) DESC LIMIT 1")),
]

SETS = {"bikelanes": BIKELANES, "choirfest": CHOIRFEST, "roastery": ROASTERY}
