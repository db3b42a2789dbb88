"""heldout22: conversations written as someone demoing a multi-round chat tool — each round changes
one thing of the previous answer (a filter added or removed, a regrouping, another measure, a sort, a
top-N cut, "when was that?", "list them", "how many is that?", "what share…", "and the year before?",
"same for …"), with rounds the data cannot answer in the middle. Each turn: question, reference SQL
(SQLite; a list for a breakdown), optional `accept` (other SQL that also answers), or None when the
data does not hold the answer (must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ lingua (camelCase)
CY = "strftime('%Y', startDate)"
TOPLVL = ("(SELECT cefrLevel FROM courses WHERE language = 'Spanish' GROUP BY cefrLevel "
          "ORDER BY COUNT(*) DESC LIMIT 1)")
MOSTSCH = "(SELECT schoolId FROM courses GROUP BY schoolId ORDER BY COUNT(*) DESC LIMIT 1)"
OLDSCH = "(SELECT schoolId FROM schools ORDER BY openedOn LIMIT 1)"
EJ = "FROM enrollments e JOIN courses c ON c.courseId = e.courseId"
RJ = "FROM enrollments e JOIN courses c ON c.courseId = e.courseId JOIN schools s ON s.schoolId = c.schoolId"
LY = "strftime('%Y', signupDate)"
REFR = ("(SELECT referredById FROM learners WHERE referredById IS NOT NULL GROUP BY referredById "
        "ORDER BY COUNT(*) DESC LIMIT 1)")
FIRSTP = "(SELECT courseId FROM courses WHERE courseStatus = 'planned' ORDER BY startDate LIMIT 1)"
SCORE3 = ("(SELECT c.language FROM enrollments e JOIN courses c ON c.courseId = e.courseId GROUP BY c.language "
          "ORDER BY AVG(e.finalScore) DESC LIMIT 3)")


def _rev_year(y: str) -> tuple:
    base = f"SELECT s.schoolName, SUM(c.feeEur) {RJ} WHERE c.courseStatus = 'completed' AND c.startDate LIKE '{y}%' "
    return (base + "GROUP BY s.schoolName ORDER BY SUM(c.feeEur) DESC LIMIT 1",
            [base + "GROUP BY s.schoolName"])


LINGUA = [
    conv("lingua-1",
         ("How many courses did we schedule each year?",
          f"SELECT {CY} AS yr, COUNT(*) FROM courses GROUP BY yr"),
         ("only the Spanish ones",
          f"SELECT {CY} AS yr, COUNT(*) FROM courses WHERE language = 'Spanish' GROUP BY yr"),
         ("now split that by level instead of year",
          "SELECT cefrLevel, COUNT(*) FROM courses WHERE language = 'Spanish' GROUP BY cefrLevel"),
         ("which level has the most?",
          "SELECT cefrLevel FROM courses WHERE language = 'Spanish' GROUP BY cefrLevel ORDER BY COUNT(*) DESC LIMIT 1"),
         ("why is that level so popular with Spanish learners?", D),
         ("what share of all Spanish courses is that?",
          f"SELECT 100.0 * SUM(cefrLevel = {TOPLVL}) / COUNT(*) FROM courses WHERE language = 'Spanish'",
          [f"SELECT 1.0 * SUM(cefrLevel = {TOPLVL}) / COUNT(*) FROM courses WHERE language = 'Spanish'"]),
         ("how many of those were cancelled?",
          f"SELECT COUNT(*) FROM courses WHERE language = 'Spanish' AND cefrLevel = {TOPLVL} "
          "AND courseStatus = 'cancelled'")),
    conv("lingua-2",
         ("Which school has the most courses?",
          "SELECT s.schoolName FROM courses c JOIN schools s ON s.schoolId = c.schoolId GROUP BY s.schoolId "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when did it open?", f"SELECT openedOn FROM schools WHERE schoolId = {MOSTSCH}"),
         ("which one is the oldest school?", "SELECT schoolName FROM schools ORDER BY openedOn LIMIT 1"),
         ("list its courses", f"SELECT courseTitle FROM courses WHERE schoolId = {OLDSCH}",
          [f"SELECT courseId FROM courses WHERE schoolId = {OLDSCH}"]),
         ("how many is that?", f"SELECT COUNT(*) FROM courses WHERE schoolId = {OLDSCH}"),
         ("how many of its teachers are native speakers?", D),
         ("and what's the average fee across all its courses?",
          f"SELECT AVG(feeEur) FROM courses WHERE schoolId = {OLDSCH}")),
    conv("lingua-3",
         ("What's the average final score per language?",
          f"SELECT c.language, AVG(e.finalScore) {EJ} GROUP BY c.language"),
         ("sort that from highest to lowest",
          f"SELECT c.language, AVG(e.finalScore) {EJ} GROUP BY c.language ORDER BY AVG(e.finalScore) DESC"),
         ("just the top 3",
          f"SELECT c.language, AVG(e.finalScore) {EJ} GROUP BY c.language ORDER BY AVG(e.finalScore) DESC LIMIT 3"),
         ("now show the number of enrollments instead of the score",
          f"SELECT c.language, COUNT(*) {EJ} GROUP BY c.language ORDER BY COUNT(*) DESC LIMIT 3",
          [f"SELECT c.language, COUNT(*) {EJ} WHERE c.language IN {SCORE3} GROUP BY c.language"]),
         ("why do some languages score better than others?", D),
         ("how many enrollments were made in 2023 in total?",
          "SELECT COUNT(*) FROM enrollments WHERE enrolledOn LIKE '2023%'"),
         ("and the year before?", "SELECT COUNT(*) FROM enrollments WHERE enrolledOn LIKE '2022%'")),
    conv("lingua-4",
         ("How many learners signed up each year?", f"SELECT {LY} AS yr, COUNT(*) FROM learners GROUP BY yr"),
         ("and how many of them came through a referral?",
          f"SELECT {LY} AS yr, COUNT(*) FROM learners WHERE referredById IS NOT NULL GROUP BY yr",
          ["SELECT COUNT(*) FROM learners WHERE referredById IS NOT NULL"]),
         ("Who referred the most people?",
          "SELECT r.fullName FROM learners l JOIN learners r ON r.learnerId = l.referredById GROUP BY r.learnerId "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when did they sign up?", f"SELECT signupDate FROM learners WHERE learnerId = {REFR}"),
         ("what's their phone number?", D),
         ("list the people they referred", f"SELECT fullName FROM learners WHERE referredById = {REFR}"),
         ("which one of them is the oldest?",
          f"SELECT fullName FROM learners WHERE referredById = {REFR} AND birthYear IS NOT NULL "
          "ORDER BY birthYear LIMIT 1")),
    conv("lingua-5",
         ("What's the fee revenue per school, counting the course fee for every enrolled learner?",
          f"SELECT s.schoolName, SUM(c.feeEur) {RJ} GROUP BY s.schoolName"),
         ("only completed courses",
          f"SELECT s.schoolName, SUM(c.feeEur) {RJ} WHERE c.courseStatus = 'completed' GROUP BY s.schoolName"),
         ("and how much did we pay the teachers there?", D),
         ("which school came out on top?",
          f"SELECT s.schoolName {RJ} WHERE c.courseStatus = 'completed' GROUP BY s.schoolName "
          "ORDER BY SUM(c.feeEur) DESC LIMIT 1"),
         ("what about for courses that started in 2023?", *_rev_year("2023")),
         ("and the year before?", *_rev_year("2022"))),
    conv("lingua-6",
         ("How many seats do the B1 courses offer in total?",
          "SELECT SUM(maxSeats) FROM courses WHERE cefrLevel = 'B1'"),
         ("and how many people enrolled in them?", f"SELECT COUNT(*) {EJ} WHERE c.cefrLevel = 'B1'",
          [f"SELECT COUNT(DISTINCT e.learnerId) {EJ} WHERE c.cefrLevel = 'B1'"]),
         ("what share of all enrollments is that?",
          f"SELECT 100.0 * SUM(c.cefrLevel = 'B1') / COUNT(*) {EJ}",
          [f"SELECT 1.0 * SUM(c.cefrLevel = 'B1') / COUNT(*) {EJ}"]),
         ("same for C1", f"SELECT 100.0 * SUM(c.cefrLevel = 'C1') / COUNT(*) {EJ}",
          [f"SELECT 1.0 * SUM(c.cefrLevel = 'C1') / COUNT(*) {EJ}"]),
         ("how many of those learners were happy with their course?", D),
         ("who teaches the most courses overall?",
          "SELECT teacherName FROM courses GROUP BY teacherName ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("lingua-7",
         ("List the planned courses with their start dates",
          "SELECT courseTitle, startDate FROM courses WHERE courseStatus = 'planned'"),
         ("which one starts first?",
          "SELECT courseTitle FROM courses WHERE courseStatus = 'planned' ORDER BY startDate LIMIT 1"),
         ("at which school?",
          f"SELECT schoolName FROM schools WHERE schoolId = (SELECT schoolId FROM courses WHERE courseId = {FIRSTP})"),
         ("what room is it in?", D),
         ("how many people have enrolled in it so far?",
          f"SELECT COUNT(*) FROM enrollments WHERE courseId = {FIRSTP}"),
         ("how many planned courses are there per language?",
          "SELECT language, COUNT(*) FROM courses WHERE courseStatus = 'planned' GROUP BY language"),
         ("drop the language split, just the total",
          "SELECT COUNT(*) FROM courses WHERE courseStatus = 'planned'")),
]

# ------------------------------------------------------------------------------------------ rescue (snake_case)
AY = "strftime('%Y', admitted_on)"
TOP3B = ("(SELECT species FROM animals WHERE species_group = 'bird' GROUP BY species "
         "ORDER BY COUNT(*) DESC LIMIT 3)")
CJ = "FROM animals a JOIN centres c ON c.centre_id = a.centre_id"
MC = "(SELECT centre_id FROM animals WHERE status = 'in care' GROUP BY centre_id ORDER BY COUNT(*) DESC LIMIT 1)"
TJ = "FROM treatments t JOIN animals a ON a.animal_id = t.animal_id JOIN centres c ON c.centre_id = a.centre_id"
VJ = "FROM care_assignments ca JOIN volunteers v ON v.volunteer_id = ca.volunteer_id"
TV = "(SELECT volunteer_id FROM care_assignments GROUP BY volunteer_id ORDER BY COUNT(*) DESC LIMIT 1)"
BADGER = "FROM animals WHERE species = 'Badger' AND status = 'released'"
LASTB = f"(SELECT animal_id {BADGER} ORDER BY released_on DESC LIMIT 1)"

RESCUE = [
    conv("rescue-1",
         ("How many animals were admitted each year?", f"SELECT {AY} AS yr, COUNT(*) FROM animals GROUP BY yr"),
         ("just the birds",
          f"SELECT {AY} AS yr, COUNT(*) FROM animals WHERE species_group = 'bird' GROUP BY yr"),
         ("now by species instead of year",
          "SELECT species, COUNT(*) FROM animals WHERE species_group = 'bird' GROUP BY species"),
         ("sort by count, biggest first",
          "SELECT species, COUNT(*) FROM animals WHERE species_group = 'bird' GROUP BY species ORDER BY COUNT(*) DESC"),
         ("top 3 only",
          "SELECT species, COUNT(*) FROM animals WHERE species_group = 'bird' GROUP BY species "
          "ORDER BY COUNT(*) DESC LIMIT 3"),
         ("what share of all bird admissions are those three?",
          f"SELECT 100.0 * SUM(species IN {TOP3B}) / COUNT(*) FROM animals WHERE species_group = 'bird'",
          [f"SELECT 1.0 * SUM(species IN {TOP3B}) / COUNT(*) FROM animals WHERE species_group = 'bird'"]),
         ("how many of them were released?",
          f"SELECT COUNT(*) FROM animals WHERE species IN {TOP3B} AND status = 'released'",
          [f"SELECT species, COUNT(*) FROM animals WHERE species IN {TOP3B} AND status = 'released' GROUP BY species"])),
    conv("rescue-2",
         ("How many animals are currently in care?", "SELECT COUNT(*) FROM animals WHERE status = 'in care'"),
         ("split that by centre",
          f"SELECT c.centre_name, COUNT(*) {CJ} WHERE a.status = 'in care' GROUP BY c.centre_name"),
         ("which centre has the most?",
          f"SELECT c.centre_name {CJ} WHERE a.status = 'in care' GROUP BY c.centre_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when was it opened?", f"SELECT opened_year FROM centres WHERE centre_id = {MC}"),
         ("what's its annual budget?", D),
         ("list the animals in care there",
          f"SELECT species FROM animals WHERE status = 'in care' AND centre_id = {MC}",
          [f"SELECT animal_id FROM animals WHERE status = 'in care' AND centre_id = {MC}"]),
         ("which one has been there the longest?",
          f"SELECT species FROM animals WHERE status = 'in care' AND centre_id = {MC} ORDER BY admitted_on LIMIT 1",
          [f"SELECT animal_id FROM animals WHERE status = 'in care' AND centre_id = {MC} ORDER BY admitted_on LIMIT 1"])),
    conv("rescue-3",
         ("How much did we spend on treatments at each centre?",
          f"SELECT c.centre_name, SUM(t.cost_gbp) {TJ} GROUP BY c.centre_name"),
         ("show the average cost per treatment instead",
          f"SELECT c.centre_name, AVG(t.cost_gbp) {TJ} GROUP BY c.centre_name"),
         ("only surgeries",
          f"SELECT c.centre_name, AVG(t.cost_gbp) {TJ} WHERE t.treatment_type = 'surgery' GROUP BY c.centre_name"),
         ("now by year instead of by centre",
          "SELECT strftime('%Y', treated_on) AS yr, AVG(cost_gbp) FROM treatments WHERE treatment_type = 'surgery' "
          "GROUP BY yr"),
         ("how many surgeries were there in 2023?",
          "SELECT COUNT(*) FROM treatments WHERE treatment_type = 'surgery' AND treated_on LIKE '2023%'"),
         ("and the year before?",
          "SELECT COUNT(*) FROM treatments WHERE treatment_type = 'surgery' AND treated_on LIKE '2022%'"),
         ("which vet performed those surgeries?", D)),
    conv("rescue-4",
         ("How many volunteers do we have per role?", "SELECT role, COUNT(*) FROM volunteers GROUP BY role",
          ["SELECT role, COUNT(*) FROM volunteers WHERE left_on IS NULL GROUP BY role"]),
         ("only the ones who haven't left",
          "SELECT role, COUNT(*) FROM volunteers WHERE left_on IS NULL GROUP BY role"),
         ("Which volunteer has looked after the most animals?",
          f"SELECT v.full_name {VJ} GROUP BY v.volunteer_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when did they join?", f"SELECT joined_on FROM volunteers WHERE volunteer_id = {TV}"),
         ("what's their home address?", D),
         ("list the species they looked after",
          f"SELECT a.species FROM care_assignments ca JOIN animals a ON a.animal_id = ca.animal_id "
          f"WHERE ca.volunteer_id = {TV}",
          [f"SELECT DISTINCT a.species FROM care_assignments ca JOIN animals a ON a.animal_id = ca.animal_id "
           f"WHERE ca.volunteer_id = {TV}"]),
         ("how many animals is that?", f"SELECT COUNT(*) FROM care_assignments WHERE volunteer_id = {TV}")),
    conv("rescue-5",
         ("What's the average weight of hedgehogs when they come in?",
          "SELECT AVG(weight_kg) FROM animals WHERE species = 'Hedgehog'"),
         ("how many hedgehogs have no weight recorded?",
          "SELECT COUNT(*) FROM animals WHERE species = 'Hedgehog' AND weight_kg IS NULL"),
         ("same for badgers", "SELECT COUNT(*) FROM animals WHERE species = 'Badger' AND weight_kg IS NULL"),
         ("how long do released badgers stay with us, on average?",
          f"SELECT AVG(julianday(released_on) - julianday(admitted_on)) {BADGER}"),
         ("will we get more badgers next year?", D),
         ("which badger was released most recently?", f"SELECT animal_id {BADGER} ORDER BY released_on DESC LIMIT 1"),
         ("who found it?", f"SELECT found_by FROM animals WHERE animal_id = {LASTB}")),
    conv("rescue-6",
         ("Who finds the animals we take in? Break the admissions down by finder.",
          "SELECT found_by, COUNT(*) FROM animals GROUP BY found_by",
          ["SELECT found_by, COUNT(*) FROM animals WHERE found_by IS NOT NULL GROUP BY found_by"]),
         ("only the police ones, per centre",
          f"SELECT c.centre_name, COUNT(*) {CJ} WHERE a.found_by = 'police' GROUP BY c.centre_name"),
         ("what was the weather like when they were found?", D),
         ("and for the RSPCA?",
          f"SELECT c.centre_name, COUNT(*) {CJ} WHERE a.found_by = 'RSPCA' GROUP BY c.centre_name"),
         ("what share of all admissions came from the RSPCA?",
          "SELECT 100.0 * SUM(found_by = 'RSPCA') / COUNT(*) FROM animals",
          ["SELECT 1.0 * SUM(found_by = 'RSPCA') / COUNT(*) FROM animals"])),
    conv("rescue-7",
         ("How many of the animals admitted in 2024 died?",
          "SELECT COUNT(*) FROM animals WHERE admitted_on LIKE '2024%' AND status = 'died'"),
         ("what did they die of?", D),
         ("and the year before?", "SELECT COUNT(*) FROM animals WHERE admitted_on LIKE '2023%' AND status = 'died'"),
         ("which species lost the most that year?",
          "SELECT species FROM animals WHERE admitted_on LIKE '2023%' AND status = 'died' GROUP BY species "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many volunteers joined in 2023?", "SELECT COUNT(*) FROM volunteers WHERE joined_on LIKE '2023%'"),
         ("how much money did they raise?", D),
         ("list them", "SELECT full_name FROM volunteers WHERE joined_on LIKE '2023%'")),
]

# ------------------------------------------------------------------------------------------ festivals (PascalCase)
SJ = "FROM Screenings s JOIN Festivals f ON f.FestivalId = s.FestivalId"
TOP3F22 = ("(SELECT FestivalId FROM Screenings WHERE ScreeningDate LIKE '2022%' GROUP BY FestivalId "
           "ORDER BY SUM(TicketsSold) DESC LIMIT 3)")
TG = "(SELECT Genre FROM Films WHERE ReleaseYear >= 2021 GROUP BY Genre ORDER BY COUNT(*) DESC LIMIT 1)"
LF = f"(SELECT FilmId FROM Films WHERE ReleaseYear >= 2021 AND Genre = {TG} ORDER BY RuntimeMinutes DESC LIMIT 1)"
DJ = "FROM FilmDirectors fd JOIN Directors d ON d.DirectorId = fd.DirectorId"
TD = "(SELECT DirectorId FROM FilmDirectors GROUP BY DirectorId ORDER BY COUNT(*) DESC LIMIT 1)"
TDF = f"(SELECT FilmId FROM FilmDirectors WHERE DirectorId = {TD})"
BFX = "FROM Screenings s JOIN Festivals f ON f.FestivalId = s.FestivalId WHERE f.FestivalName = 'Baltic Frames'"
BFL = f"(SELECT s.FilmId {BFX} ORDER BY s.ScreeningDate DESC LIMIT 1)"
OLDF = "(SELECT FestivalId FROM Festivals ORDER BY FoundedYear LIMIT 1)"


def _f_top3(y: str) -> str:
    return (f"SELECT f.FestivalName, SUM(s.TicketsSold) {SJ} WHERE s.ScreeningDate LIKE '{y}%' "
            "GROUP BY f.FestivalName ORDER BY SUM(s.TicketsSold) DESC LIMIT 3")


def _oldf(y: str) -> tuple:
    base = f"SELECT COUNT(*) FROM Screenings WHERE FestivalId = {OLDF} AND ScreeningDate LIKE '{y}%'"
    return base + " AND ScreeningStatus <> 'cancelled'", [base]


FESTIVALS = [
    conv("fest-1",
         ("How many tickets were sold at each festival?",
          f"SELECT f.FestivalName, SUM(s.TicketsSold) {SJ} GROUP BY f.FestivalName"),
         ("only 2023",
          f"SELECT f.FestivalName, SUM(s.TicketsSold) {SJ} WHERE s.ScreeningDate LIKE '2023%' GROUP BY f.FestivalName"),
         ("sort it, highest first",
          f"SELECT f.FestivalName, SUM(s.TicketsSold) {SJ} WHERE s.ScreeningDate LIKE '2023%' GROUP BY f.FestivalName "
          "ORDER BY SUM(s.TicketsSold) DESC"),
         ("cut it to the top 3", _f_top3("2023")),
         ("and the year before?", _f_top3("2022")),
         ("why did those festivals sell more than the others?", D),
         ("what share of all 2022 tickets did those three sell?",
          f"SELECT 100.0 * SUM(CASE WHEN FestivalId IN {TOP3F22} THEN TicketsSold END) / SUM(TicketsSold) "
          "FROM Screenings WHERE ScreeningDate LIKE '2022%'",
          [f"SELECT 1.0 * SUM(CASE WHEN FestivalId IN {TOP3F22} THEN TicketsSold END) / SUM(TicketsSold) "
           "FROM Screenings WHERE ScreeningDate LIKE '2022%'"])),
    conv("fest-2",
         ("How many films are there per genre?", "SELECT Genre, COUNT(*) FROM Films GROUP BY Genre"),
         ("only those released in 2021 or later",
          "SELECT Genre, COUNT(*) FROM Films WHERE ReleaseYear >= 2021 GROUP BY Genre"),
         ("which genre is the biggest then?",
          "SELECT Genre FROM Films WHERE ReleaseYear >= 2021 GROUP BY Genre ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list those films", f"SELECT Title FROM Films WHERE ReleaseYear >= 2021 AND Genre = {TG}"),
         ("which one is the longest?",
          f"SELECT Title FROM Films WHERE ReleaseYear >= 2021 AND Genre = {TG} ORDER BY RuntimeMinutes DESC LIMIT 1"),
         ("who directed it?", f"SELECT d.FullName {DJ} WHERE fd.FilmId = {LF}"),
         ("what did the critics say about it?", D)),
    conv("fest-3",
         ("Which director has made the most films?",
          f"SELECT d.FullName {DJ} GROUP BY d.DirectorId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list their films", f"SELECT Title FROM Films WHERE FilmId IN {TDF}"),
         ("how many festival screenings did those films get?",
          f"SELECT COUNT(*) FROM Screenings WHERE FilmId IN {TDF}"),
         ("how many of those were cancelled?",
          f"SELECT COUNT(*) FROM Screenings WHERE FilmId IN {TDF} AND ScreeningStatus = 'cancelled'"),
         ("how much did the director earn from them?", D),
         ("what's the director's nationality?", f"SELECT Nationality FROM Directors WHERE DirectorId = {TD}"),
         ("how many awards has that director won?", D)),
    conv("fest-4",
         ("What's the average budget by production country?",
          "SELECT ProductionCountry, AVG(BudgetUsd) FROM Films GROUP BY ProductionCountry"),
         ("how many films have no budget listed?", "SELECT COUNT(*) FROM Films WHERE BudgetUsd IS NULL"),
         ("break that down by country",
          "SELECT ProductionCountry, COUNT(*) FROM Films WHERE BudgetUsd IS NULL GROUP BY ProductionCountry"),
         ("which country has the most of those?",
          "SELECT ProductionCountry FROM Films WHERE BudgetUsd IS NULL GROUP BY ProductionCountry "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what did those films make at the box office?", D),
         ("back to the average budget by country, but only for documentaries",
          "SELECT ProductionCountry, AVG(BudgetUsd) FROM Films WHERE Genre = 'Documentary' GROUP BY ProductionCountry")),
    conv("fest-5",
         ("When was the first screening at Baltic Frames?", f"SELECT MIN(s.ScreeningDate) {BFX}"),
         ("and the most recent one?", f"SELECT MAX(s.ScreeningDate) {BFX}"),
         ("which film was shown then?",
          "SELECT fi.Title FROM Screenings s JOIN Festivals f ON f.FestivalId = s.FestivalId "
          "JOIN Films fi ON fi.FilmId = s.FilmId WHERE f.FestivalName = 'Baltic Frames' "
          "ORDER BY s.ScreeningDate DESC LIMIT 1"),
         ("how many times was that film screened across all festivals?",
          f"SELECT COUNT(*) FROM Screenings WHERE FilmId = {BFL}"),
         ("how many sold-out screenings did Baltic Frames have each year?",
          f"SELECT strftime('%Y', s.ScreeningDate) AS yr, COUNT(*) {BFX} AND s.ScreeningStatus = 'sold out' GROUP BY yr"),
         ("how many is that in total?", f"SELECT COUNT(*) {BFX} AND s.ScreeningStatus = 'sold out'"),
         ("what were the audience ratings at those screenings?", D)),
    conv("fest-6",
         ("What's the ticket revenue per festival (tickets sold times price)?",
          f"SELECT f.FestivalName, SUM(s.TicketsSold * s.TicketPrice) {SJ} GROUP BY f.FestivalName"),
         ("switch to the number of screenings",
          f"SELECT f.FestivalName, COUNT(*) {SJ} GROUP BY f.FestivalName",
          [f"SELECT f.FestivalName, COUNT(*) {SJ} WHERE s.ScreeningStatus <> 'cancelled' GROUP BY f.FestivalName"]),
         ("leave out the cancelled ones",
          f"SELECT f.FestivalName, COUNT(*) {SJ} WHERE s.ScreeningStatus <> 'cancelled' GROUP BY f.FestivalName"),
         ("which festival is the oldest?", "SELECT FestivalName FROM Festivals ORDER BY FoundedYear LIMIT 1"),
         ("how many screenings did it have in 2024?", *_oldf("2024")),
         ("who will win the top prize there next year?", D),
         ("and in 2021?", *_oldf("2021"))),
]

SETS = {"lingua": LINGUA, "rescue": RESCUE, "festivals": FESTIVALS}
