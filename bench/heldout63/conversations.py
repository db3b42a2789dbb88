"""Held-out conversations of set heldout63, written as a programme evaluator at a nonprofit would ask
them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or `decline: True` (sql None) when the
data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def pct(cond: str) -> str:
    return f"100.0 * SUM({cond}) / COUNT(*)"


def frac(cond: str) -> str:
    return f"1.0 * SUM({cond}) / COUNT(*)"


# ------------------------------------------------------------------------------------------ literacy
PS = "FROM participants p JOIN sites s ON s.site_code = p.site_code"


def pairs(measure: str, later: str = "exit") -> str:
    return ("FROM assessments b JOIN assessments e ON e.participant_id = b.participant_id AND e.measure = b.measure "
            f"JOIN participants p ON p.participant_id = b.participant_id JOIN sites s ON s.site_code = p.site_code "
            f"WHERE b.measure = '{measure}' AND b.stage = 'baseline' AND e.stage = '{later}'")


FU = "SELECT DISTINCT participant_id FROM assessments WHERE stage = 'follow-up'"
AGE = "CAST(strftime('%Y', enrolled_on) AS INTEGER) - birth_year"
CONF = "FROM assessments a JOIN participants p ON p.participant_id = a.participant_id WHERE a.measure = 'confidence'"
TOP5 = f"SELECT p.participant_id {pairs('reading')} ORDER BY e.score - b.score DESC LIMIT 5"
BUSY_L = ("SELECT strftime('%m', assessed_on) AS m FROM assessments WHERE assessed_on LIKE '2024%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1")
NOSCORE = "FROM assessments a JOIN participants p ON p.participant_id = a.participant_id JOIN sites s ON s.site_code = p.site_code WHERE a.stage = 'baseline' AND a.score IS NULL"
WD = "exit_status = 'withdrawn'"

LITERACY = [
    conv("lit-1",
         ("How many participants are in each cohort?", "SELECT cohort, COUNT(*) FROM participants GROUP BY cohort"),
         ("What share of the Spring 2024 cohort completed?",
          f"SELECT {pct(chr(39).join(['exit_status = ', 'completed', '']))} FROM participants WHERE cohort = 'Spring 2024'",
          [f"SELECT {frac(chr(39).join(['exit_status = ', 'completed', '']))} FROM participants WHERE cohort = 'Spring 2024'"]),
         ("how does that compare with last year's spring cohort?",
          f"SELECT cohort, {pct(chr(39).join(['exit_status = ', 'completed', '']))} FROM participants "
          "WHERE cohort IN ('Spring 2023', 'Spring 2024') GROUP BY cohort",
          [f"SELECT {pct(chr(39).join(['exit_status = ', 'completed', '']))} FROM participants WHERE cohort = 'Spring 2023'",
           f"SELECT {frac(chr(39).join(['exit_status = ', 'completed', '']))} FROM participants WHERE cohort = 'Spring 2023'",
           f"SELECT cohort, {frac(chr(39).join(['exit_status = ', 'completed', '']))} FROM participants "
           "WHERE cohort IN ('Spring 2023', 'Spring 2024') GROUP BY cohort"]),
         ("how many people in the Spring 2023 cohort withdrew?",
          f"SELECT COUNT(*) FROM participants WHERE cohort = 'Spring 2023' AND {WD}")),
    conv("lit-2",
         ("What's the average baseline reading score?",
          "SELECT AVG(score) FROM assessments WHERE measure = 'reading' AND stage = 'baseline'"),
         ("and the average improvement in reading from baseline to exit?",
          f"SELECT AVG(e.score - b.score) {pairs('reading')}"),
         ("which site saw the biggest improvement?",
          f"SELECT s.site_name {pairs('reading')} GROUP BY s.site_name ORDER BY AVG(e.score - b.score) DESC LIMIT 1",
          [f"SELECT p.site_code {pairs('reading')} GROUP BY p.site_code ORDER BY AVG(e.score - b.score) DESC LIMIT 1"]),
         ("and for numeracy?",
          f"SELECT s.site_name {pairs('numeracy')} GROUP BY s.site_name ORDER BY AVG(e.score - b.score) DESC LIMIT 1",
          [f"SELECT p.site_code {pairs('numeracy')} GROUP BY p.site_code ORDER BY AVG(e.score - b.score) DESC LIMIT 1"])),
    conv("lit-3",
         ("How many of the people who completed had a 3-month follow-up assessment?",
          f"SELECT COUNT(*) FROM participants WHERE exit_status = 'completed' AND participant_id IN ({FU})"),
         ("what share of all completers is that?",
          f"SELECT {pct(f'participant_id IN ({FU})')} FROM participants WHERE exit_status = 'completed'",
          [f"SELECT {frac(f'participant_id IN ({FU})')} FROM participants WHERE exit_status = 'completed'"]),
         ("for those people, what was the average reading score at exit and at follow-up?",
          "SELECT AVG(CASE WHEN stage = 'exit' THEN score END), AVG(CASE WHEN stage = 'follow-up' THEN score END) "
          f"FROM assessments WHERE measure = 'reading' AND participant_id IN ({FU})",
          ["SELECT stage, AVG(score) FROM assessments WHERE measure = 'reading' AND stage IN ('exit', 'follow-up') "
           f"AND participant_id IN ({FU}) GROUP BY stage"]),
         ("how does that compare with the national average for adult learners?", D)),
    conv("lit-4",
         ("How many participants were referred by the Jobcentre?",
          "SELECT COUNT(*) FROM participants WHERE referral_source = 'Jobcentre'"),
         ("how many of those went on to get a job?", D),
         ("break the Jobcentre referrals down by site",
          f"SELECT s.site_name, COUNT(*) {PS} WHERE p.referral_source = 'Jobcentre' GROUP BY s.site_name",
          ["SELECT site_code, COUNT(*) FROM participants WHERE referral_source = 'Jobcentre' GROUP BY site_code"]),
         ("which referral source has the highest completion rate?",
          "SELECT referral_source FROM participants GROUP BY referral_source "
          "ORDER BY AVG(exit_status = 'completed') DESC LIMIT 1")),
    conv("lit-5",
         ("What was the average age of participants when they enrolled?", f"SELECT AVG({AGE}) FROM participants"),
         ("split that by sex", f"SELECT sex, AVG({AGE}) FROM participants GROUP BY sex",
          [f"SELECT sex, AVG({AGE}) FROM participants WHERE sex IS NOT NULL GROUP BY sex"]),
         ("what's the ethnic breakdown of the participants?", D)),
    conv("lit-6",
         ("Average confidence score at baseline and at exit for the Autumn 2024 cohort",
          f"SELECT a.stage, AVG(a.score) {CONF} AND p.cohort = 'Autumn 2024' AND a.stage IN ('baseline', 'exit') "
          "GROUP BY a.stage",
          ["SELECT AVG(CASE WHEN a.stage = 'baseline' THEN a.score END), AVG(CASE WHEN a.stage = 'exit' THEN a.score END) "
           f"{CONF} AND p.cohort = 'Autumn 2024'"]),
         ("and for last year's autumn cohort?",
          f"SELECT a.stage, AVG(a.score) {CONF} AND p.cohort = 'Autumn 2023' AND a.stage IN ('baseline', 'exit') "
          "GROUP BY a.stage",
          ["SELECT AVG(CASE WHEN a.stage = 'baseline' THEN a.score END), AVG(CASE WHEN a.stage = 'exit' THEN a.score END) "
           f"{CONF} AND p.cohort = 'Autumn 2023'"]),
         ("how many people in that cohort didn't finish the course?",
          "SELECT COUNT(*) FROM participants WHERE cohort = 'Autumn 2023' AND exit_status <> 'completed'",
          [f"SELECT COUNT(*) FROM participants WHERE cohort = 'Autumn 2023' AND {WD}"])),
    conv("lit-7",
         ("Who were the five participants with the biggest gains in reading?",
          f"SELECT p.first_name, p.last_name {pairs('reading')} ORDER BY e.score - b.score DESC LIMIT 5"),
         ("which sites are they at?",
          f"SELECT s.site_name {PS} WHERE p.participant_id IN ({TOP5})",
          [f"SELECT DISTINCT s.site_name {PS} WHERE p.participant_id IN ({TOP5})"]),
         ("what did they say about the course in their feedback forms?", D)),
    conv("lit-8",
         ("How many assessments were carried out each month in 2024?",
          "SELECT strftime('%m', assessed_on) AS m, COUNT(*) FROM assessments WHERE assessed_on LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', assessed_on) AS m, COUNT(*) FROM assessments WHERE assessed_on LIKE '2024%' "
           "GROUP BY m"]),
         ("which month was the busiest?", BUSY_L, [BUSY_L.replace("'%m'", "'%Y-%m'")]),
         ("how many of the assessments that month were exit assessments?",
          "SELECT COUNT(*) FROM assessments WHERE stage = 'exit' AND assessed_on LIKE '2024%' "
          f"AND strftime('%m', assessed_on) = ({BUSY_L})")),
    conv("lit-9",
         ("How many baseline assessments have no score recorded?", f"SELECT COUNT(*) {NOSCORE}"),
         ("which site has the most of those?", f"SELECT s.site_name {NOSCORE} GROUP BY s.site_name ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT p.site_code {NOSCORE} GROUP BY p.site_code ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what's the tutor-to-learner ratio at that site?", D)),
    conv("lit-10",
         ("What's the drop-out rate by site?",
          f"SELECT s.site_name, {pct('p.' + WD)} {PS} GROUP BY s.site_name",
          [f"SELECT s.site_name, {frac('p.' + WD)} {PS} GROUP BY s.site_name",
           f"SELECT site_code, {pct(WD)} FROM participants GROUP BY site_code",
           f"SELECT site_code, {frac(WD)} FROM participants GROUP BY site_code"]),
         ("which site has the lowest?",
          f"SELECT s.site_name {PS} GROUP BY s.site_name ORDER BY AVG(p.{WD}) LIMIT 1",
          [f"SELECT site_code FROM participants GROUP BY site_code ORDER BY AVG({WD}) LIMIT 1"]),
         ("on average, how many weeks did people there stay before dropping out?", D)),
]

# ------------------------------------------------------------------------------------------ back to work
EC = "FROM Enrolments e JOIN Cohorts c ON c.CohortId = e.CohortId"
DONE = "e.WithdrawalDate IS NULL"
RET3 = "(e.WithdrawalDate IS NULL OR e.WithdrawalDate >= date(e.StartDate, '+3 months'))"
M1 = "e.WithdrawalDate < date(e.StartDate, '+1 month')"
ER = "FROM Enrolments e JOIN WithdrawalReasons r ON r.ReasonCode = e.ReasonCode"
ELR = "FROM Enrolments e LEFT JOIN WithdrawalReasons r ON r.ReasonCode = e.ReasonCode"
OE = "FROM JobOutcomes o JOIN Enrolments e ON e.EnrolmentId = o.EnrolmentId"
TOPSITE = f"SELECT c.SiteName {EC} GROUP BY c.SiteName ORDER BY COUNT(*) DESC LIMIT 1"
MULTI = "SELECT ParticipantId FROM Enrolments GROUP BY ParticipantId HAVING COUNT(*) > 1"
DAYS = "julianday(e.WithdrawalDate) - julianday(e.StartDate)"
CERT = "SELECT SUM(e.CertificateAwarded) " + EC + " WHERE c.Term LIKE '%{y}'"
CERT_END = "SELECT SUM(CertificateAwarded) FROM Enrolments WHERE EndDate LIKE '{y}%'"


def chg(q: str) -> str:
    return f"SELECT 100.0 * (({q.format(y=2024)}) - ({q.format(y=2023)})) / ({q.format(y=2023)})"


BACKTOWORK = [
    conv("btw-1",
         ("How many enrolments were there in each term?", f"SELECT c.Term, COUNT(*) {EC} GROUP BY c.Term"),
         ("What share of the Spring 2024 enrolments completed?",
          f"SELECT {pct(DONE)} {EC} WHERE c.Term = 'Spring 2024'",
          [f"SELECT {frac(DONE)} {EC} WHERE c.Term = 'Spring 2024'"]),
         ("and for last year's spring cohort?",
          f"SELECT {pct(DONE)} {EC} WHERE c.Term = 'Spring 2023'",
          [f"SELECT {frac(DONE)} {EC} WHERE c.Term = 'Spring 2023'",
           f"SELECT c.Term, {pct(DONE)} {EC} WHERE c.Term IN ('Spring 2023', 'Spring 2024') GROUP BY c.Term"]),
         ("which site had the best completion rate in Spring 2024?",
          f"SELECT c.SiteName {EC} WHERE c.Term = 'Spring 2024' GROUP BY c.SiteName ORDER BY AVG({DONE}) DESC LIMIT 1")),
    conv("btw-2",
         ("What's the 3-month retention rate for the Autumn 2023 cohort?",
          f"SELECT {pct(RET3)} {EC} WHERE c.Term = 'Autumn 2023'",
          [f"SELECT {frac(RET3)} {EC} WHERE c.Term = 'Autumn 2023'"]),
         ("and for Autumn 2024?", f"SELECT {pct(RET3)} {EC} WHERE c.Term = 'Autumn 2024'",
          [f"SELECT {frac(RET3)} {EC} WHERE c.Term = 'Autumn 2024'"]),
         ("how many of the Autumn 2024 people left within their first month?",
          f"SELECT COUNT(*) {EC} WHERE c.Term = 'Autumn 2024' AND {M1}"),
         ("what reasons did they give?",
          f"SELECT r.Description, COUNT(*) {ER} JOIN Cohorts c ON c.CohortId = e.CohortId "
          f"WHERE c.Term = 'Autumn 2024' AND {M1} GROUP BY r.Description",
          [f"SELECT r.Description, COUNT(*) {ELR} JOIN Cohorts c ON c.CohortId = e.CohortId "
           f"WHERE c.Term = 'Autumn 2024' AND {M1} GROUP BY r.Description",
           f"SELECT DISTINCT r.Description {ER} JOIN Cohorts c ON c.CohortId = e.CohortId "
           f"WHERE c.Term = 'Autumn 2024' AND {M1}"])),
    conv("btw-3",
         ("What are the most common reasons people give for withdrawing?",
          f"SELECT r.Description, COUNT(*) {ER} GROUP BY r.Description ORDER BY COUNT(*) DESC",
          [f"SELECT r.Description, COUNT(*) {ELR} WHERE e.WithdrawalDate IS NOT NULL GROUP BY r.Description "
           "ORDER BY COUNT(*) DESC"]),
         ("how many left because they found a job?", "SELECT COUNT(*) FROM Enrolments WHERE ReasonCode = 'EMP'"),
         ("what share of all withdrawals is that?",
          f"SELECT {pct(chr(39).join(['ReasonCode = ', 'EMP', '']))} FROM Enrolments WHERE WithdrawalDate IS NOT NULL",
          [f"SELECT {frac(chr(39).join(['ReasonCode = ', 'EMP', '']))} FROM Enrolments WHERE WithdrawalDate IS NOT NULL",
           f"SELECT {pct(chr(39).join(['ReasonCode = ', 'EMP', '']))} FROM Enrolments WHERE ReasonCode IS NOT NULL",
           f"SELECT {frac(chr(39).join(['ReasonCode = ', 'EMP', '']))} FROM Enrolments WHERE ReasonCode IS NOT NULL"]),
         ("what wages did they go into?", D)),
    conv("btw-4",
         ("How many participants have a job outcome recorded?", f"SELECT COUNT(DISTINCT e.ParticipantId) {OE}",
          ["SELECT COUNT(DISTINCT EnrolmentId) FROM JobOutcomes", "SELECT COUNT(*) FROM JobOutcomes"]),
         ("break that down by outcome type", "SELECT OutcomeType, COUNT(*) FROM JobOutcomes GROUP BY OutcomeType",
          [f"SELECT o.OutcomeType, COUNT(DISTINCT e.ParticipantId) {OE} GROUP BY o.OutcomeType"]),
         ("what's the average hours per week for the employment ones?",
          "SELECT AVG(HoursPerWeek) FROM JobOutcomes WHERE OutcomeType = 'Employment'"),
         ("how many of those jobs were still going six months later?", D)),
    conv("btw-5",
         ("Which site has had the most enrolments?", TOPSITE),
         ("how many places has it offered across all its cohorts?",
          f"SELECT SUM(Places) FROM Cohorts WHERE SiteName = ({TOPSITE})"),
         ("so what's its fill rate?",
          f"SELECT 100.0 * (SELECT COUNT(*) {EC} WHERE c.SiteName = ({TOPSITE})) / "
          f"(SELECT SUM(Places) FROM Cohorts WHERE SiteName = ({TOPSITE}))",
          [f"SELECT 1.0 * (SELECT COUNT(*) {EC} WHERE c.SiteName = ({TOPSITE})) / "
           f"(SELECT SUM(Places) FROM Cohorts WHERE SiteName = ({TOPSITE}))"])),
    conv("btw-6",
         ("How many participants have enrolled more than once?", f"SELECT COUNT(*) FROM ({MULTI})"),
         ("how many of them eventually completed?",
          f"SELECT COUNT(DISTINCT ParticipantId) FROM Enrolments WHERE WithdrawalDate IS NULL AND ParticipantId IN ({MULTI})"),
         ("what were they doing in between their enrolments?", D)),
    conv("btw-7",
         ("On average, how many days did people stay before withdrawing, by reason?",
          f"SELECT r.Description, AVG({DAYS}) {ER} GROUP BY r.Description",
          [f"SELECT r.Description, AVG({DAYS}) {ELR} WHERE e.WithdrawalDate IS NOT NULL GROUP BY r.Description",
           f"SELECT e.ReasonCode, AVG({DAYS}) FROM Enrolments e WHERE e.WithdrawalDate IS NOT NULL GROUP BY e.ReasonCode",
           f"SELECT e.ReasonCode, AVG({DAYS}) FROM Enrolments e WHERE e.ReasonCode IS NOT NULL GROUP BY e.ReasonCode"]),
         ("which reason has people leaving soonest?",
          f"SELECT r.Description {ER} GROUP BY r.Description ORDER BY AVG({DAYS}) LIMIT 1"),
         ("and across all withdrawals, what's the average?",
          f"SELECT AVG({DAYS}) FROM Enrolments e WHERE e.WithdrawalDate IS NOT NULL")),
    conv("btw-8",
         ("Completion rate by age band",
          f"SELECT p.AgeBand, {pct(DONE)} FROM Enrolments e JOIN Participants p ON p.ParticipantId = e.ParticipantId "
          "GROUP BY p.AgeBand",
          [f"SELECT p.AgeBand, {frac(DONE)} FROM Enrolments e JOIN Participants p ON p.ParticipantId = e.ParticipantId "
           "GROUP BY p.AgeBand"]),
         ("which age band has the highest drop-out rate?",
          "SELECT p.AgeBand FROM Enrolments e JOIN Participants p ON p.ParticipantId = e.ParticipantId "
          "GROUP BY p.AgeBand ORDER BY AVG(e.WithdrawalDate IS NOT NULL) DESC LIMIT 1"),
         ("what's the typical household income for that group?", D)),
    conv("btw-9",
         ("How many certificates did we award to the 2024 cohorts?", CERT.format(y=2024),
          [CERT_END.format(y=2024)]),
         ("and to the 2023 cohorts?", CERT.format(y=2023), [CERT_END.format(y=2023)]),
         ("what's the percentage change?", chg(CERT), [chg(CERT_END)])),
    conv("btw-10",
         ("How satisfied are participants with the Hillside site?", D),
         ("how many Hillside enrolments started in 2024?",
          f"SELECT COUNT(*) {EC} WHERE c.SiteName = 'Hillside' AND e.StartDate LIKE '2024%'"),
         ("and how many of those withdrew?",
          f"SELECT COUNT(*) {EC} WHERE c.SiteName = 'Hillside' AND e.StartDate LIKE '2024%' "
          "AND e.WithdrawalDate IS NOT NULL")),
]

# ------------------------------------------------------------------------------------------ parenting
PG = "FROM parents p JOIN courseGroups g ON g.groupId = p.groupId"
AS = "FROM attendance a JOIN sessions s ON s.sessionId = a.sessionId"
CNT = "(SELECT parentId, COUNT(*) AS n FROM attendance GROUP BY parentId)"
EIGHT = "COALESCE(n.n, 0) >= 8"


def share8(term: str, f=pct) -> str:
    return f"SELECT {f(EIGHT)} {PG} LEFT JOIN {CNT} n ON n.parentId = p.parentId WHERE g.term = '{term}'"


def share8_att(term: str) -> str:
    return (f"SELECT {pct('n.n >= 8')} {PG} JOIN {CNT} n ON n.parentId = p.parentId WHERE g.term = '{term}'")


PV = f"{PG} JOIN venues v ON v.venueId = g.venueId LEFT JOIN {CNT} n ON n.parentId = p.parentId"
PV_ATT = f"{PG} JOIN venues v ON v.venueId = g.venueId JOIN {CNT} n ON n.parentId = p.parentId"
LOW_TOPIC = f"SELECT s.topic {AS} GROUP BY s.topic ORDER BY COUNT(*) LIMIT 1"
A24 = f"{AS} JOIN courseGroups g ON g.groupId = s.groupId WHERE g.term = 'Autumn 2024'"
SOC = "FROM parents WHERE referralRoute = 'Social care'"
BUSY_P = (f"SELECT strftime('%m', s.sessionDate) AS m {AS} WHERE s.sessionDate LIKE '2024%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1")
BEST_G = ("SELECT s.groupId FROM sessions s LEFT JOIN attendance a ON a.sessionId = s.sessionId WHERE s.cancelled = 0 "
          "GROUP BY s.groupId ORDER BY 1.0 * COUNT(a.attId) / COUNT(DISTINCT s.sessionId) DESC LIMIT 1")
BEST_G_ALL = BEST_G.replace(" WHERE s.cancelled = 0", "")     # a cancelled session counted as held, with nobody
FIRST_A23 = ("SELECT s.sessionId FROM sessions s JOIN courseGroups g ON g.groupId = s.groupId "
             "WHERE g.term = 'Autumn 2023' AND s.cancelled = 0 ORDER BY s.sessionDate LIMIT 1")
PER_GROUP = "(SELECT groupId, COUNT(*) AS n FROM parents GROUP BY groupId)"

PARENTING = [
    conv("par-1",
         ("How many parents registered in each term?", f"SELECT g.term, COUNT(*) {PG} GROUP BY g.term"),
         ("how many never came to a single session?",
          "SELECT COUNT(*) FROM parents WHERE parentId NOT IN (SELECT parentId FROM attendance)",
          [f"SELECT g.term, COUNT(*) {PG} WHERE p.parentId NOT IN (SELECT parentId FROM attendance) GROUP BY g.term"]),
         ("What share of the Spring 2024 parents attended at least 8 sessions?", share8("Spring 2024"),
          [share8("Spring 2024", frac), share8_att("Spring 2024")]),
         ("and compared with Spring 2023?", share8("Spring 2023"),
          [share8("Spring 2023", frac), share8_att("Spring 2023"),
           f"SELECT g.term, {pct(EIGHT)} {PG} LEFT JOIN {CNT} n ON n.parentId = p.parentId "
           "WHERE g.term IN ('Spring 2023', 'Spring 2024') GROUP BY g.term"])),
    conv("par-2",
         ("Average number of sessions attended per parent, by venue",
          f"SELECT v.venueName, AVG(COALESCE(n.n, 0)) {PV} GROUP BY v.venueName",
          [f"SELECT v.venueName, AVG(n.n) {PV_ATT} GROUP BY v.venueName"]),
         ("which venue comes out highest?",
          f"SELECT v.venueName {PV} GROUP BY v.venueName ORDER BY AVG(COALESCE(n.n, 0)) DESC LIMIT 1",
          [f"SELECT v.venueName {PV_ATT} GROUP BY v.venueName ORDER BY AVG(n.n) DESC LIMIT 1"]),
         ("how long does it take most families to travel there?", D)),
    conv("par-3",
         ("Which session topic had the lowest total attendance?", LOW_TOPIC),
         ("how many attendances did it get?", f"SELECT COUNT(*) {AS} WHERE s.topic = ({LOW_TOPIC})"),
         ("how many sessions were cancelled overall?", "SELECT COUNT(*) FROM sessions WHERE cancelled = 1"),
         ("why were they cancelled?", D)),
    conv("par-4",
         ("How many Autumn 2024 parents came to the final session?",
          f"SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 10"),
         ("and to the first session?", f"SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 1"),
         ("so what's the retention from the first session to the last?",
          f"SELECT 100.0 * (SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 10) / "
          f"(SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 1)",
          [f"SELECT 1.0 * (SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 10) / "
           f"(SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 1)",
           f"SELECT 100.0 * (SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 10 AND a.parentId IN "
           f"(SELECT a.parentId {A24} AND s.sessionNo = 1)) / (SELECT COUNT(DISTINCT a.parentId) {A24} AND s.sessionNo = 1)"]),
         ("how many of them were dads?", D)),
    conv("par-5",
         ("What share of attendances were late arrivals?", "SELECT 100.0 * AVG(arrivedLate) FROM attendance",
          ["SELECT AVG(arrivedLate) FROM attendance"]),
         ("which facilitator's groups have the most late arrivals?",
          f"SELECT g.facilitator {AS} JOIN courseGroups g ON g.groupId = s.groupId GROUP BY g.facilitator "
          "ORDER BY SUM(a.arrivedLate) DESC LIMIT 1"),
         ("how does the late rate compare between online and in-person groups?",
          f"SELECT g.deliveryMode, 100.0 * AVG(a.arrivedLate) {AS} JOIN courseGroups g ON g.groupId = s.groupId "
          "GROUP BY g.deliveryMode",
          [f"SELECT g.deliveryMode, AVG(a.arrivedLate) {AS} JOIN courseGroups g ON g.groupId = s.groupId "
           "GROUP BY g.deliveryMode"])),
    conv("par-6",
         ("How many parents were referred by social care?", f"SELECT COUNT(*) {SOC}"),
         ("how many of them completed the course, meaning 8 or more sessions?",
          f"SELECT COUNT(*) FROM {CNT} n JOIN parents p ON p.parentId = n.parentId "
          "WHERE p.referralRoute = 'Social care' AND n.n >= 8"),
         ("how many children do the social care referrals have between them?", f"SELECT SUM(childrenCount) {SOC}"),
         ("how many of those children are under five?", D)),
    conv("par-7",
         ("How many sessions were held each month in 2024?",
          "SELECT strftime('%m', sessionDate) AS m, COUNT(*) FROM sessions WHERE sessionDate LIKE '2024%' "
          "AND cancelled = 0 GROUP BY m",
          ["SELECT strftime('%Y-%m', sessionDate) AS m, COUNT(*) FROM sessions WHERE sessionDate LIKE '2024%' "
           "AND cancelled = 0 GROUP BY m"]),
         ("which month had the most attendances?", BUSY_P, [BUSY_P.replace("'%m'", "'%Y-%m'")]),
         ("how many different parents came to at least one session in 2024?",
          f"SELECT COUNT(DISTINCT a.parentId) {AS} WHERE s.sessionDate LIKE '2024%'")),
    conv("par-8",
         ("Which group had the highest average attendance per session?", BEST_G,
          [BEST_G_ALL]),
         ("who facilitated it?", f"SELECT facilitator FROM courseGroups WHERE groupId = ({BEST_G})",
          [f"SELECT facilitator FROM courseGroups WHERE groupId = ({BEST_G_ALL})"]),
         ("how many groups have they run altogether?",
          "SELECT COUNT(*) FROM courseGroups WHERE facilitator = "
          f"(SELECT facilitator FROM courseGroups WHERE groupId = ({BEST_G}))",
          ["SELECT COUNT(*) FROM courseGroups WHERE facilitator = "
           f"(SELECT facilitator FROM courseGroups WHERE groupId = ({BEST_G_ALL}))"])),
    conv("par-9",
         ("How much does it cost us to run one group?", D),
         ("How many groups ran online?", "SELECT COUNT(*) FROM courseGroups WHERE deliveryMode = 'online'"),
         ("average number of registered parents per group, online versus in person",
          f"SELECT g.deliveryMode, AVG(pg.n) FROM courseGroups g JOIN {PER_GROUP} pg ON pg.groupId = g.groupId "
          "GROUP BY g.deliveryMode")),
    conv("par-10",
         ("When was the first session of the Autumn 2023 term?",
          "SELECT MIN(s.sessionDate) FROM sessions s JOIN courseGroups g ON g.groupId = s.groupId "
          "WHERE g.term = 'Autumn 2023'"),
         ("at which venue?",
          "SELECT v.venueName FROM sessions s JOIN courseGroups g ON g.groupId = s.groupId "
          f"JOIN venues v ON v.venueId = g.venueId WHERE s.sessionId = ({FIRST_A23})"),
         ("how many parents turned up?", f"SELECT COUNT(*) FROM attendance WHERE sessionId = ({FIRST_A23})")),
]

SETS = {"literacy": LITERACY, "backtowork": BACKTOWORK, "parenting": PARENTING}
