"""The seventeenth set of held-out conversations: SParC/CoSQL-style, a user exploring each database
turn by turn with follow-ups that lean on the previous turn. Written before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other
SQL that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def qacc(sql: str, col: str) -> list[str]:
    """Other spellings of a quarter key `(CAST(strftime('%m', col) AS INTEGER) + 2) / 3 AS q`: 'Q1', '2023-Q1'."""
    q = f"(CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3"
    # (the parentheses matter: || binds tighter than + and / in SQLite; the first commit lacked them)
    return [sql.replace(f"{q} AS q", f"'Q' || ({q}) AS q"),
            sql.replace(f"{q} AS q", f"strftime('%Y', {col}) || '-Q' || ({q}) AS q"),
            sql.replace(f"{q} AS q", f"strftime('%Y', {col}) || 'Q' || ({q}) AS q")]

# ------------------------------------------------------------------------------------------ theatre
TSJ = ("FROM ticket_sales ts JOIN performances pf ON pf.performance_id = ts.performance_id "
       "JOIN productions p ON p.production_id = pf.production_id")
PERF_N = ("SELECT p.title, COUNT(*) AS n FROM performances pf JOIN productions p "
          "ON p.production_id = pf.production_id GROUP BY p.production_id")
NEVER_CAST = "SELECT member_id FROM members WHERE member_id NOT IN (SELECT member_id FROM cast_roles)"
MANY = "SELECT member_id FROM cast_roles GROUP BY member_id HAVING COUNT(DISTINCT production_id) > 5"
LOWPERF = ("SELECT pf.performance_id FROM performances pf JOIN ticket_sales ts "
           "ON ts.performance_id = pf.performance_id GROUP BY pf.performance_id HAVING SUM(ts.qty) < 10")
ABOVE_GENRE = ("SELECT p.production_id FROM productions p WHERE p.budget > "
               "(SELECT AVG(q.budget) FROM productions q WHERE q.genre = p.genre)")
TOPDIR = "SELECT director_id FROM productions GROUP BY director_id ORDER BY COUNT(*) DESC LIMIT 1"

THEATRE = [
    conv("th-1",
         ("What productions have we put on?", "SELECT title FROM productions"),
         ("which of those were musicals?", "SELECT title FROM productions WHERE genre = 'Musical'"),
         ("how many are there?", "SELECT COUNT(*) FROM productions WHERE genre = 'Musical'"),
         ("and what was their average budget?", "SELECT AVG(budget) FROM productions WHERE genre = 'Musical'")),
    conv("th-2",
         ("How many performances did each production have?", PERF_N),
         ("sort them by that count, highest first", PERF_N + " ORDER BY n DESC"),
         ("which one had the most?", PERF_N + " ORDER BY n DESC LIMIT 1"),
         ("what about the fewest?", PERF_N + " ORDER BY n ASC LIMIT 1")),
    conv("th-3",
         ("Total ticket revenue by genre", f"SELECT p.genre, SUM(ts.amount) {TSJ} GROUP BY p.genre"),
         ("what share of the total is each?",
          f"SELECT p.genre, 100.0 * SUM(ts.amount) / (SELECT SUM(amount) FROM ticket_sales) {TSJ} GROUP BY p.genre",
          [f"SELECT p.genre, SUM(ts.amount) / (SELECT SUM(amount) FROM ticket_sales) {TSJ} GROUP BY p.genre"]),
         ("why do the musicals sell so much better?", D)),
    conv("th-4",
         ("List the members who have never been cast in a production",
          f"SELECT first_name, last_name FROM members WHERE member_id IN ({NEVER_CAST})"),
         ("how many of them have no email address on file?",
          f"SELECT COUNT(*) FROM members WHERE member_id IN ({NEVER_CAST}) AND email IS NULL"),
         ("ok, what are their phone numbers then?", D)),
    conv("th-5",
         ("Which members have been in more than 5 productions?",
          f"SELECT first_name, last_name FROM members WHERE member_id IN ({MANY})"),
         ("how many lead roles has each of them had?",
          f"SELECT m.first_name, m.last_name, COUNT(c.is_lead) FROM members m LEFT JOIN cast_roles c "
          f"ON c.member_id = m.member_id AND c.is_lead = 1 WHERE m.member_id IN ({MANY}) GROUP BY m.member_id"),
         ("and which productions were those leads in?",
          f"SELECT p.title FROM cast_roles c JOIN productions p ON p.production_id = c.production_id "
          f"WHERE c.member_id IN ({MANY}) AND c.is_lead = 1"),
         ("which of them got the best reviews?", D)),
    conv("th-6",
         ("How many tickets did we sell each year?",
          "SELECT strftime('%Y', sold_on) AS yr, SUM(qty) FROM ticket_sales GROUP BY yr"),
         ("and what was the revenue per quarter in 2023?",
          "SELECT (CAST(strftime('%m', sold_on) AS INTEGER) + 2) / 3 AS q, SUM(amount) FROM ticket_sales "
          "WHERE sold_on LIKE '2023%' GROUP BY q",
          qacc("SELECT (CAST(strftime('%m', sold_on) AS INTEGER) + 2) / 3 AS q, SUM(amount) FROM ticket_sales "
               "WHERE sold_on LIKE '2023%' GROUP BY q", "sold_on")),
         ("which quarter was the best?",
          "SELECT (CAST(strftime('%m', sold_on) AS INTEGER) + 2) / 3 AS q FROM ticket_sales "
          "WHERE sold_on LIKE '2023%' GROUP BY q ORDER BY SUM(amount) DESC LIMIT 1",
          qacc("SELECT (CAST(strftime('%m', sold_on) AS INTEGER) + 2) / 3 AS q FROM ticket_sales "
               "WHERE sold_on LIKE '2023%' GROUP BY q ORDER BY SUM(amount) DESC LIMIT 1", "sold_on")),
         ("how did total revenue in 2024 compare with 2023?",
          "SELECT SUM(CASE WHEN sold_on LIKE '2024%' THEN amount END) - "
          "SUM(CASE WHEN sold_on LIKE '2023%' THEN amount END) FROM ticket_sales",
          ["SELECT SUM(CASE WHEN sold_on LIKE '2023%' THEN amount END), "
           "SUM(CASE WHEN sold_on LIKE '2024%' THEN amount END) FROM ticket_sales",
           "SELECT strftime('%Y', sold_on) AS yr, SUM(amount) FROM ticket_sales "
           "WHERE strftime('%Y', sold_on) IN ('2023', '2024') GROUP BY yr"])),
    conv("th-7",
         ("Which performances sold fewer than 10 tickets?",
          "SELECT pf.performance_id, pf.perf_date FROM performances pf JOIN ticket_sales ts "
          "ON ts.performance_id = pf.performance_id GROUP BY pf.performance_id HAVING SUM(ts.qty) < 10"),
         ("how many of those were afternoon shows?",
          f"SELECT COUNT(*) FROM performances WHERE performance_id IN ({LOWPERF}) AND start_time < '17:00'"),
         ("will they sell better next season?", D)),
    conv("th-8",
         ("How many ticket sales used a discount code?",
          "SELECT COUNT(*) FROM ticket_sales WHERE discount_code IS NOT NULL"),
         ("break that down by code",
          "SELECT discount_code, COUNT(*) FROM ticket_sales WHERE discount_code IS NOT NULL GROUP BY discount_code"),
         ("which code brought in the most money?",
          "SELECT discount_code FROM ticket_sales WHERE discount_code IS NOT NULL GROUP BY discount_code "
          "ORDER BY SUM(amount) DESC LIMIT 1"),
         ("who came up with the FRIENDS code?", D)),
    conv("th-9",
         ("Which productions had a bigger budget than the average for their genre?",
          f"SELECT title FROM productions WHERE production_id IN ({ABOVE_GENRE})"),
         ("what did those cost altogether?",
          f"SELECT SUM(budget) FROM productions WHERE production_id IN ({ABOVE_GENRE})"),
         ("and who directed each of them?",
          f"SELECT p.title, m.first_name, m.last_name FROM productions p JOIN members m ON m.member_id = p.director_id "
          f"WHERE p.production_id IN ({ABOVE_GENRE})")),
    conv("th-10",
         ("When was the first performance of Macbeth?",
          "SELECT MIN(pf.perf_date) FROM performances pf JOIN productions p ON p.production_id = pf.production_id "
          "WHERE p.title = 'Macbeth'"),
         ("and the last one?",
          "SELECT MAX(pf.perf_date) FROM performances pf JOIN productions p ON p.production_id = pf.production_id "
          "WHERE p.title = 'Macbeth'"),
         ("how much did its tickets bring in?", f"SELECT SUM(ts.amount) {TSJ} WHERE p.title = 'Macbeth'"),
         ("how does that compare with Romeo and Juliet?",
          f"SELECT p.title, SUM(ts.amount) {TSJ} WHERE p.title IN ('Macbeth', 'Romeo and Juliet') GROUP BY p.title",
          [f"SELECT SUM(CASE WHEN p.title = 'Macbeth' THEN ts.amount END) - "
           f"SUM(CASE WHEN p.title = 'Romeo and Juliet' THEN ts.amount END) {TSJ}",
           f"SELECT SUM(CASE WHEN p.title = 'Romeo and Juliet' THEN ts.amount END) - "
           f"SUM(CASE WHEN p.title = 'Macbeth' THEN ts.amount END) {TSJ}"])),
    conv("th-11",
         ("Which venue has hosted more performances, the Main Stage or the Studio?",
          "SELECT venue FROM performances GROUP BY venue ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average ticket revenue per performance at each venue?",
          "SELECT pf.venue, SUM(ts.amount) / COUNT(DISTINCT pf.performance_id) FROM performances pf "
          "JOIN ticket_sales ts ON ts.performance_id = pf.performance_id GROUP BY pf.venue"),
         ("how many seats does the Studio have?", D)),
    conv("th-12",
         ("Who has directed the most productions?",
          f"SELECT first_name, last_name FROM members WHERE member_id = ({TOPDIR})"),
         ("list their productions with the opening dates",
          f"SELECT title, opening_date FROM productions WHERE director_id = ({TOPDIR})"),
         ("how big was the cast of each?",
          f"SELECT p.title, COUNT(c.member_id) FROM productions p JOIN cast_roles c ON c.production_id = p.production_id "
          f"WHERE p.director_id = ({TOPDIR}) GROUP BY p.production_id")),
    conv("th-13",
         ("What did the critics say about Hedda Gabler?", D),
         ("which production has no budget recorded?", "SELECT title FROM productions WHERE budget IS NULL"),
         ("how many tickets did it sell?", f"SELECT SUM(ts.qty) {TSJ} WHERE p.budget IS NULL"),
         ("and how many complimentary seats were given away for it?", D)),
    conv("th-14",
         ("How many members joined each year?",
          "SELECT strftime('%Y', joined_on) AS yr, COUNT(*) FROM members GROUP BY yr"),
         ("only the years with more than 6",
          "SELECT strftime('%Y', joined_on) AS yr, COUNT(*) FROM members GROUP BY yr HAVING COUNT(*) > 6"),
         ("who is the longest-serving member?", "SELECT first_name, last_name FROM members ORDER BY joined_on LIMIT 1"),
         ("has anyone who joined in 2024 had a lead role yet?",
          "SELECT DISTINCT m.first_name, m.last_name FROM members m JOIN cast_roles c ON c.member_id = m.member_id "
          "WHERE m.joined_on LIKE '2024%' AND c.is_lead = 1"),
         ("what's the rehearsal schedule for their next show?", D)),
]

# ------------------------------------------------------------------------------------------ windfarm
IJ = "FROM Inspections i JOIN StatusCodes s ON s.StatusCd = i.StatusCd"
OFFSHORE_T = "SELECT TurbineID FROM Turbines WHERE SiteID IN (SELECT SiteID FROM Sites WHERE Offshore = 1)"
TOPOUT = "SELECT TurbineID FROM Outages GROUP BY TurbineID ORDER BY SUM(OutageHrs) DESC LIMIT 1"
NOOUT = "SELECT TurbineID FROM Turbines WHERE TurbineID NOT IN (SELECT TurbineID FROM Outages)"
NOTECH = "SELECT TechID FROM Technicians WHERE TechID NOT IN (SELECT TechID FROM InspTechs)"
TOPTECH = "SELECT TechID FROM InspTechs GROUP BY TechID ORDER BY COUNT(*) DESC LIMIT 1"
LAST305 = "SELECT InspID FROM Inspections WHERE TurbineID = 'T305' ORDER BY InspDt DESC LIMIT 1"
MANYOUT = "SELECT TurbineID FROM Outages GROUP BY TurbineID HAVING COUNT(*) > 4"
TAVG = ("SELECT t.TurbineID, t.SiteID FROM Turbines t JOIN Inspections i ON i.TurbineID = t.TurbineID "
        "GROUP BY t.TurbineID HAVING AVG(i.CostGBP) > (SELECT AVG(i2.CostGBP) FROM Inspections i2 "
        "JOIN Turbines t2 ON t2.TurbineID = i2.TurbineID WHERE t2.SiteID = t.SiteID)")
QTR = "(CAST(strftime('%m', InspDt) AS INTEGER) + 2) / 3"

WINDFARM = [
    conv("wf-1",
         ("How many turbines are at each site?",
          "SELECT s.SiteName, COUNT(*) FROM Turbines t JOIN Sites s ON s.SiteID = t.SiteID GROUP BY s.SiteID"),
         ("which site has the biggest total rated capacity?",
          "SELECT s.SiteName FROM Turbines t JOIN Sites s ON s.SiteID = t.SiteID GROUP BY s.SiteID "
          "ORDER BY SUM(t.RatedMW) DESC LIMIT 1"),
         ("which sites are offshore?", "SELECT SiteName FROM Sites WHERE Offshore = 1"),
         ("what's their combined capacity?", f"SELECT SUM(RatedMW) FROM Turbines WHERE TurbineID IN ({OFFSHORE_T})")),
    conv("wf-2",
         ("How many inspections found a major defect?", f"SELECT COUNT(*) {IJ} WHERE s.StatusDesc = 'Major defect'"),
         ("what about minor ones?", f"SELECT COUNT(*) {IJ} WHERE s.StatusDesc = 'Minor defect'"),
         ("break all the inspections down by status description",
          f"SELECT s.StatusDesc, COUNT(*) {IJ} GROUP BY s.StatusDesc"),
         ("what percent of them found no defects?",
          f"SELECT 100.0 * SUM(CASE WHEN s.StatusDesc = 'No defects' THEN 1 ELSE 0 END) / COUNT(*) {IJ}",
          [f"SELECT 1.0 * SUM(CASE WHEN s.StatusDesc = 'No defects' THEN 1 ELSE 0 END) / COUNT(*) {IJ}"])),
    conv("wf-3",
         ("What's the total inspection cost per year?",
          "SELECT strftime('%Y', InspDt) AS yr, SUM(CostGBP) FROM Inspections GROUP BY yr"),
         ("and per quarter in 2024?",
          f"SELECT {QTR} AS q, SUM(CostGBP) FROM Inspections WHERE InspDt LIKE '2024%' GROUP BY q",
          qacc(f"SELECT {QTR} AS q, SUM(CostGBP) FROM Inspections WHERE InspDt LIKE '2024%' GROUP BY q", "InspDt")),
         ("how much did inspection costs change from 2023 to 2024?",
          "SELECT SUM(CASE WHEN InspDt LIKE '2024%' THEN CostGBP END) - "
          "SUM(CASE WHEN InspDt LIKE '2023%' THEN CostGBP END) FROM Inspections",
          ["SELECT 100.0 * (SUM(CASE WHEN InspDt LIKE '2024%' THEN CostGBP END) - "
           "SUM(CASE WHEN InspDt LIKE '2023%' THEN CostGBP END)) / SUM(CASE WHEN InspDt LIKE '2023%' THEN CostGBP END) "
           "FROM Inspections",
           "SELECT SUM(CASE WHEN InspDt LIKE '2023%' THEN CostGBP END), "
           "SUM(CASE WHEN InspDt LIKE '2024%' THEN CostGBP END) FROM Inspections"]),
         ("what will they be in 2025?", D)),
    conv("wf-4",
         ("Which turbine had the most outage hours in total?", TOPOUT),
         ("what model is it?", f"SELECT Model FROM Turbines WHERE TurbineID = ({TOPOUT})"),
         ("list its outages with their causes",
          f"SELECT StartDt, Cause, OutageHrs FROM Outages WHERE TurbineID = ({TOPOUT})"),
         ("what was the wind speed during the longest one?", D)),
    conv("wf-5",
         ("Total lost MWh by cause", "SELECT Cause, SUM(LostMWh) FROM Outages GROUP BY Cause"),
         ("sort them from most to least", "SELECT Cause, SUM(LostMWh) AS l FROM Outages GROUP BY Cause ORDER BY l DESC"),
         ("what percentage of all the lost energy came from gearbox failures?",
          "SELECT 100.0 * SUM(CASE WHEN Cause = 'Gearbox' THEN LostMWh ELSE 0 END) / SUM(LostMWh) FROM Outages",
          ["SELECT SUM(CASE WHEN Cause = 'Gearbox' THEN LostMWh ELSE 0 END) / SUM(LostMWh) FROM Outages"])),
    conv("wf-6",
         ("Which turbines have never had an outage?", NOOUT),
         ("how many are there?", f"SELECT COUNT(*) FROM ({NOOUT})"),
         ("which sites are they at?",
          f"SELECT DISTINCT s.SiteName FROM Turbines t JOIN Sites s ON s.SiteID = t.SiteID WHERE t.TurbineID IN ({NOOUT})")),
    conv("wf-7",
         ("Which technicians have never carried out an inspection?", f"SELECT TechName FROM Technicians WHERE TechID IN ({NOTECH})"),
         ("what certification level do they hold?",
          f"SELECT TechName, CertLvl FROM Technicians WHERE TechID IN ({NOTECH})"),
         ("who has done the most inspections?", f"SELECT TechName FROM Technicians WHERE TechID = ({TOPTECH})"),
         ("what do they earn?", D)),
    conv("wf-8",
         ("Which turbines have an average inspection cost higher than their site's average?",
          f"SELECT TurbineID FROM ({TAVG})"),
         ("how many of them per site?",
          f"SELECT s.SiteName, COUNT(*) FROM ({TAVG}) x JOIN Sites s ON s.SiteID = x.SiteID GROUP BY s.SiteID")),
    conv("wf-9",
         ("When was turbine T305 last inspected?", "SELECT MAX(InspDt) FROM Inspections WHERE TurbineID = 'T305'"),
         ("what status did it get?", f"SELECT s.StatusDesc {IJ} WHERE i.InspID = ({LAST305})",
          [f"SELECT i.StatusCd FROM Inspections i WHERE i.InspID = ({LAST305})"]),
         ("and who carried it out?",
          f"SELECT t.TechName FROM InspTechs it JOIN Technicians t ON t.TechID = it.TechID WHERE it.InspID = ({LAST305})"),
         ("when was it first inspected?", "SELECT MIN(InspDt) FROM Inspections WHERE TurbineID = 'T305'"),
         ("when is its next inspection due?", D)),
    conv("wf-10",
         ("Which turbines have had more than 4 outages?", MANYOUT),
         ("of those, which are at Dogger Spur?",
          f"SELECT TurbineID FROM Turbines WHERE TurbineID IN ({MANYOUT}) "
          "AND SiteID = (SELECT SiteID FROM Sites WHERE SiteName = 'Dogger Spur')"),
         ("what are their hub heights?",
          f"SELECT TurbineID, HubHtM FROM Turbines WHERE TurbineID IN ({MANYOUT}) "
          "AND SiteID = (SELECT SiteID FROM Sites WHERE SiteName = 'Dogger Spur')")),
    conv("wf-11",
         ("How many outages started in each month of 2023?",
          "SELECT strftime('%m', StartDt) AS m, COUNT(*) FROM Outages WHERE StartDt LIKE '2023%' GROUP BY m",
          ["SELECT strftime('%Y-%m', StartDt) AS m, COUNT(*) FROM Outages WHERE StartDt LIKE '2023%' GROUP BY m"]),
         ("which month had the most outage hours?",
          "SELECT strftime('%m', StartDt) AS m FROM Outages WHERE StartDt LIKE '2023%' GROUP BY m "
          "ORDER BY SUM(OutageHrs) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', StartDt) AS m FROM Outages WHERE StartDt LIKE '2023%' GROUP BY m "
           "ORDER BY SUM(OutageHrs) DESC LIMIT 1"]),
         ("what was the average temperature that month?", D)),
    conv("wf-12",
         ("What price did we sell the electricity at last year?", D),
         ("how many SG-8.0 turbines do we have?", "SELECT COUNT(*) FROM Turbines WHERE Model = 'SG-8.0'"),
         ("when was the newest one installed?", "SELECT MAX(InstallDt) FROM Turbines WHERE Model = 'SG-8.0'"),
         ("and what's the average hub height of those?", "SELECT AVG(HubHtM) FROM Turbines WHERE Model = 'SG-8.0'"),
         ("and their blade length?", D)),
    conv("wf-13",
         ("Which turbines have never been found with a major defect?",
          "SELECT TurbineID FROM Turbines WHERE TurbineID NOT IN "
          "(SELECT TurbineID FROM Inspections WHERE StatusCd = 'MAJ')"),
         ("What does SHD stand for?", "SELECT StatusDesc FROM StatusCodes WHERE StatusCd = 'SHD'"),
         ("how many shutdowns has each site had?",
          "SELECT s.SiteName, COUNT(*) FROM Inspections i JOIN Turbines t ON t.TurbineID = i.TurbineID "
          "JOIN Sites s ON s.SiteID = t.SiteID WHERE i.StatusCd = 'SHD' GROUP BY s.SiteID"),
         ("how much did each turbine cost to buy?", D)),
    conv("wf-14",
         ("What were the three most expensive inspections?",
          "SELECT InspID, TurbineID, CostGBP FROM Inspections ORDER BY CostGBP DESC LIMIT 3"),
         ("which sites were they at?",
          "SELECT s.SiteName FROM (SELECT TurbineID FROM Inspections ORDER BY CostGBP DESC LIMIT 3) x "
          "JOIN Turbines t ON t.TurbineID = x.TurbineID JOIN Sites s ON s.SiteID = t.SiteID"),
         ("was the weather bad that day?", D)),
]

# ------------------------------------------------------------------------------------------ seedbank
AJ = "FROM accessions a JOIN species s ON s.species_id = a.species_id"
GJ = ("FROM germination_tests g JOIN accessions a ON a.accession_id = g.accession_id "
      "JOIN species s ON s.species_id = a.species_id")
TOPFAM = ("SELECT s.family FROM accessions a JOIN species s ON s.species_id = a.species_id GROUP BY s.family "
          "ORDER BY SUM(a.seed_count) DESC LIMIT 1")
TOPCOL = "SELECT collector_id FROM accession_collectors GROUP BY collector_id ORDER BY COUNT(*) DESC LIMIT 1"
CR_UNTESTED = ("SELECT a.accession_code FROM accessions a JOIN species s ON s.species_id = a.species_id "
               "WHERE s.conservation_status = 'CR' AND a.accession_id NOT IN (SELECT accession_id FROM germination_tests)")
TOP5 = ("SELECT s.common_name, SUM(a.seed_count) AS n FROM accessions a JOIN species s ON s.species_id = a.species_id "
        "GROUP BY s.species_id ORDER BY n DESC LIMIT 5")
ABOVE_SP = ("SELECT a.accession_id FROM accessions a WHERE a.seed_count > "
            "(SELECT AVG(b.seed_count) FROM accessions b WHERE b.species_id = a.species_id)")
SYR = "strftime('%Y', collected_on)"

SEEDBANK = [
    conv("sb-1",
         ("How many accessions do we hold for each plant family?", f"SELECT s.family, COUNT(*) {AJ} GROUP BY s.family"),
         ("which family has the most seeds in storage?", TOPFAM),
         ("how many species do we have in that family?", f"SELECT COUNT(*) FROM species WHERE family = ({TOPFAM})")),
    conv("sb-2",
         ("List the critically endangered species", "SELECT common_name FROM species WHERE conservation_status = 'CR'",
          ["SELECT latin_name FROM species WHERE conservation_status = 'CR'"]),
         ("how many accessions of each?",
          f"SELECT s.common_name, COUNT(*) {AJ} WHERE s.conservation_status = 'CR' GROUP BY s.species_id"),
         ("which of those accessions have never had a germination test?", CR_UNTESTED),
         ("how many seeds are in them?",
          "SELECT SUM(seed_count) FROM accessions WHERE accession_code IN (" + CR_UNTESTED + ")"),
         ("what are the GPS coordinates where they were collected?", D)),
    conv("sb-3",
         ("What is the overall germination rate across all tests?",
          "SELECT 100.0 * SUM(seeds_germinated) / SUM(seeds_sown) FROM germination_tests",
          ["SELECT 1.0 * SUM(seeds_germinated) / SUM(seeds_sown) FROM germination_tests"]),
         ("and for each lab?",
          "SELECT lab, 100.0 * SUM(seeds_germinated) / SUM(seeds_sown) FROM germination_tests GROUP BY lab",
          ["SELECT lab, 1.0 * SUM(seeds_germinated) / SUM(seeds_sown) FROM germination_tests GROUP BY lab"]),
         ("what about by conservation status?",
          f"SELECT s.conservation_status, 100.0 * SUM(g.seeds_germinated) / SUM(g.seeds_sown) {GJ} "
          "GROUP BY s.conservation_status",
          [f"SELECT s.conservation_status, 1.0 * SUM(g.seeds_germinated) / SUM(g.seeds_sown) {GJ} "
           "GROUP BY s.conservation_status"]),
         ("which tests came in under 20 percent?",
          "SELECT test_id, accession_id, seeds_sown, seeds_germinated FROM germination_tests "
          "WHERE 1.0 * seeds_germinated / seeds_sown < 0.2")),
    conv("sb-4",
         ("Which collector has gathered the most accessions?",
          f"SELECT full_name FROM collectors WHERE collector_id = ({TOPCOL})"),
         ("what institution are they with?", f"SELECT institution FROM collectors WHERE collector_id = ({TOPCOL})"),
         ("are there collectors who have never collected anything?",
          "SELECT full_name FROM collectors WHERE collector_id NOT IN (SELECT collector_id FROM accession_collectors)"),
         ("what's Helen Marsh's email address?", D)),
    conv("sb-5",
         ("How many accessions were collected each year?", f"SELECT {SYR} AS yr, COUNT(*) FROM accessions GROUP BY yr"),
         ("and in 2023, by quarter?",
          "SELECT (CAST(strftime('%m', collected_on) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM accessions "
          "WHERE collected_on LIKE '2023%' GROUP BY q",
          qacc("SELECT (CAST(strftime('%m', collected_on) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM accessions "
               "WHERE collected_on LIKE '2023%' GROUP BY q", "collected_on")),
         ("how did 2023 compare with 2022?",
          "SELECT SUM(collected_on LIKE '2023%') - SUM(collected_on LIKE '2022%') FROM accessions",
          ["SELECT SUM(collected_on LIKE '2022%'), SUM(collected_on LIKE '2023%') FROM accessions",
           f"SELECT {SYR} AS yr, COUNT(*) FROM accessions WHERE {SYR} IN ('2022', '2023') GROUP BY yr"]),
         ("which year brought in the most seeds?",
          f"SELECT {SYR} AS yr FROM accessions GROUP BY yr ORDER BY SUM(seed_count) DESC LIMIT 1")),
    conv("sb-6",
         ("When was the first germination test done at Edinburgh?",
          "SELECT MIN(tested_on) FROM germination_tests WHERE lab = 'Edinburgh'"),
         ("and the most recent test at any lab?", "SELECT MAX(tested_on) FROM germination_tests"),
         ("for each accession of cornflower, when was it last tested?",
          f"SELECT a.accession_code, MAX(g.tested_on) {GJ} WHERE s.common_name = 'Cornflower' GROUP BY a.accession_id")),
    conv("sb-7",
         ("Which accessions hold more seeds than the average for their species?",
          f"SELECT accession_code FROM accessions WHERE accession_id IN ({ABOVE_SP})"),
         ("how many is that?", f"SELECT COUNT(*) FROM ({ABOVE_SP})"),
         ("only the ones collected in the UK", f"SELECT accession_code FROM accessions WHERE accession_id IN ({ABOVE_SP}) "
                                               "AND origin_country = 'UK'")),
    conv("sb-8",
         ("What's the total test cost per lab?", "SELECT lab, SUM(test_cost) FROM germination_tests GROUP BY lab"),
         ("how many tests have no cost recorded?", "SELECT COUNT(*) FROM germination_tests WHERE test_cost IS NULL"),
         ("who paid for those?", D)),
    conv("sb-9",
         ("Which countries do our accessions come from, with how many from each?",
          "SELECT origin_country, COUNT(*) FROM accessions GROUP BY origin_country"),
         ("only the ones with more than 30",
          "SELECT origin_country, COUNT(*) FROM accessions GROUP BY origin_country HAVING COUNT(*) > 30"),
         ("what's the annual rainfall in those countries?", D)),
    conv("sb-10",
         ("Top 5 species by total seeds stored", TOP5),
         ("which of them are in Fabaceae?",
          f"SELECT t.common_name FROM ({TOP5}) t JOIN species s ON s.common_name = t.common_name "
          "WHERE s.family = 'Fabaceae'"),
         ("how viable will they still be in 50 years?", D)),
    conv("sb-11",
         ("Which accessions are stored at 4 degrees?", "SELECT accession_code FROM accessions WHERE storage_temp_c = 4"),
         ("how many have no storage temperature recorded at all?",
          "SELECT COUNT(*) FROM accessions WHERE storage_temp_c IS NULL"),
         ("which vault row holds the most accessions?",
          "SELECT vault_row FROM accessions GROUP BY vault_row ORDER BY COUNT(*) DESC LIMIT 1"),
         ("is that row's freezer due for servicing?", D)),
    conv("sb-12",
         ("What is the average germination rate for each species?",
          f"SELECT s.common_name, 100.0 * SUM(g.seeds_germinated) / SUM(g.seeds_sown) {GJ} GROUP BY s.species_id",
          [f"SELECT s.common_name, 1.0 * SUM(g.seeds_germinated) / SUM(g.seeds_sown) {GJ} GROUP BY s.species_id",
           f"SELECT s.common_name, AVG(100.0 * g.seeds_germinated / g.seeds_sown) {GJ} GROUP BY s.species_id",
           f"SELECT s.common_name, AVG(1.0 * g.seeds_germinated / g.seeds_sown) {GJ} GROUP BY s.species_id"]),
         ("which species has the lowest?",
          f"SELECT s.common_name {GJ} GROUP BY s.species_id ORDER BY 1.0 * SUM(g.seeds_germinated) / SUM(g.seeds_sown) "
          "LIMIT 1"),
         ("what is its conservation status?",
          f"SELECT conservation_status FROM species WHERE common_name = (SELECT s.common_name {GJ} GROUP BY s.species_id "
          "ORDER BY 1.0 * SUM(g.seeds_germinated) / SUM(g.seeds_sown) LIMIT 1)"),
         ("what does a pasqueflower look like?", D)),
    conv("sb-13",
         ("How many accessions did each collector take part in from Kew?",
          "SELECT c.full_name, COUNT(*) FROM accession_collectors ac JOIN collectors c ON c.collector_id = ac.collector_id "
          "WHERE c.institution = 'Kew' GROUP BY c.collector_id"),
         ("how many accessions were collected jointly by more than two people?",
          "SELECT COUNT(*) FROM (SELECT accession_id FROM accession_collectors GROUP BY accession_id "
          "HAVING COUNT(*) > 2)"),
         ("when did Lucia Romano make her first collection?",
          "SELECT MIN(a.collected_on) FROM accessions a JOIN accession_collectors ac ON ac.accession_id = a.accession_id "
          "JOIN collectors c ON c.collector_id = ac.collector_id WHERE c.full_name = 'Lucia Romano'"),
         ("how much was she paid for that trip?", D)),
]

SETS = {"theatre": THEATRE, "windfarm": WINDFARM, "seedbank": SEEDBANK}
