"""heldout44: hand-written conversations of a terse operations analyst over three new databases,
written before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ wastecoll
CR = "FROM colls c JOIN routes r ON r.routeId = c.routeId"
CRD = CR + " JOIN depots d ON d.depotId = r.depotId"
LATE_EAST = ("SELECT dr.fullNm FROM colls c JOIN routes r ON r.routeId = c.routeId JOIN drivers dr ON dr.drvId = c.drvId "
             "WHERE r.depotId = 4 AND c.minsLate > 0 GROUP BY dr.drvId ORDER BY COUNT(*) DESC LIMIT 1")
HEAVY = "SELECT collId FROM colls ORDER BY wtKg DESC LIMIT 1"
OLDEST_DRV = "SELECT drvId FROM drivers ORDER BY hireDt LIMIT 1"
RURAL25 = ("SELECT r.routeCd, SUM(c.wtKg) FROM colls c JOIN routes r ON r.routeId = c.routeId "
           "WHERE r.zoneTyp = 'rural' AND c.collDt LIKE '2025%' GROUP BY r.routeCd")

WASTECOLL = [
    conv("wc-1",
         ("collections per depot?",
          f"SELECT d.depotNm, COUNT(*) {CRD} GROUP BY d.depotNm"),
         ("just the late ones",
          f"SELECT d.depotNm, COUNT(*) {CRD} WHERE c.minsLate > 0 GROUP BY d.depotNm"),
         ("which depot is worst?",
          f"SELECT d.depotNm {CRD} WHERE c.minsLate > 0 GROUP BY d.depotNm ORDER BY COUNT(*) DESC LIMIT 1"),
         ("who drove most of those?", LATE_EAST),
         ("why are they late so often?", D)),
    conv("wc-2",
         ("total tonnage collected in 2025",
          "SELECT SUM(wtKg) / 1000.0 FROM colls WHERE collDt LIKE '2025%'",
          ["SELECT SUM(wtKg) FROM colls WHERE collDt LIKE '2025%'"]),
         ("and the year before?",
          "SELECT SUM(wtKg) / 1000.0 FROM colls WHERE collDt LIKE '2024%'",
          ["SELECT SUM(wtKg) FROM colls WHERE collDt LIKE '2024%'"]),
         ("by waste stream",
          "SELECT streamTyp, SUM(wtKg) / 1000.0 FROM colls WHERE collDt LIKE '2024%' GROUP BY streamTyp",
          ["SELECT streamTyp, SUM(wtKg) FROM colls WHERE collDt LIKE '2024%' GROUP BY streamTyp"]),
         ("what share of that is recycling?",
          "SELECT 100.0 * SUM(CASE WHEN streamTyp = 'recycling' THEN wtKg ELSE 0 END) / SUM(wtKg) FROM colls "
          "WHERE collDt LIKE '2024%'",
          ["SELECT 1.0 * SUM(CASE WHEN streamTyp = 'recycling' THEN wtKg ELSE 0 END) / SUM(wtKg) FROM colls "
           "WHERE collDt LIKE '2024%'"]),
         ("forecast for 2026?", D)),
    conv("wc-3",
         ("how many trucks are electric?", "SELECT COUNT(*) FROM trucks WHERE fuelTyp = 'electric'"),
         ("per depot",
          "SELECT d.depotNm, COUNT(*) FROM trucks t JOIN depots d ON d.depotId = t.depotId "
          "WHERE t.fuelTyp = 'electric' GROUP BY d.depotNm",
          ["SELECT d.depotNm, COUNT(t.truckId) FROM depots d LEFT JOIN trucks t ON t.depotId = d.depotId "
           "AND t.fuelTyp = 'electric' GROUP BY d.depotNm"]),
         ("biggest truck we have?", "SELECT regNo FROM trucks ORDER BY capT DESC LIMIT 1",
          ["SELECT truckId FROM trucks ORDER BY capT DESC LIMIT 1"]),
         ("what does it cost to run per mile?", D),
         ("oldest diesel one?", "SELECT regNo FROM trucks WHERE fuelTyp = 'diesel' ORDER BY commYr LIMIT 1",
          ["SELECT truckId FROM trucks WHERE fuelTyp = 'diesel' ORDER BY commYr LIMIT 1"])),
    conv("wc-4",
         ("how many complaints are still open?", "SELECT COUNT(*) FROM complaints WHERE resolvedDt IS NULL"),
         ("by category", "SELECT cat, COUNT(*) FROM complaints WHERE resolvedDt IS NULL GROUP BY cat"),
         ("which route has the most?",
          "SELECT r.routeCd FROM complaints k JOIN routes r ON r.routeId = k.routeId WHERE k.resolvedDt IS NULL "
          "GROUP BY r.routeCd ORDER BY COUNT(*) DESC LIMIT 1"),
         ("names of the residents who complained", D),
         ("avg days to resolve a missed bin complaint",
          "SELECT AVG(julianday(resolvedDt) - julianday(rcvdDt)) FROM complaints "
          "WHERE cat = 'missed bin' AND resolvedDt IS NOT NULL")),
    conv("wc-5",
         ("missed bins by month in 2025",
          "SELECT strftime('%m', collDt) AS m, SUM(missedBins) FROM colls WHERE collDt LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', collDt) AS m, SUM(missedBins) FROM colls WHERE collDt LIKE '2025%' GROUP BY m"]),
         ("worst month?",
          "SELECT strftime('%m', collDt) AS m FROM colls WHERE collDt LIKE '2025%' GROUP BY m "
          "ORDER BY SUM(missedBins) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', collDt) AS m FROM colls WHERE collDt LIKE '2025%' GROUP BY m "
           "ORDER BY SUM(missedBins) DESC LIMIT 1"]),
         ("and in 2024?",
          "SELECT strftime('%m', collDt) AS m FROM colls WHERE collDt LIKE '2024%' GROUP BY m "
          "ORDER BY SUM(missedBins) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', collDt) AS m FROM colls WHERE collDt LIKE '2024%' GROUP BY m "
           "ORDER BY SUM(missedBins) DESC LIMIT 1"]),
         ("which depot had the most missed bins in 2024?",
          f"SELECT d.depotNm {CRD} WHERE c.collDt LIKE '2024%' GROUP BY d.depotNm "
          "ORDER BY SUM(c.missedBins) DESC LIMIT 1")),
    conv("wc-6",
         ("drivers at each depot", "SELECT d.depotNm, COUNT(*) FROM drivers x JOIN depots d ON d.depotId = x.depotId "
                                   "GROUP BY d.depotNm"),
         ("who's been with us longest?", "SELECT fullNm FROM drivers ORDER BY hireDt LIMIT 1"),
         ("their phone number?", D),
         ("how many collections did they do in 2025?",
          f"SELECT COUNT(*) FROM colls WHERE drvId = ({OLDEST_DRV}) AND collDt LIKE '2025%'"),
         ("and their average minutes late?",
          f"SELECT AVG(minsLate) FROM colls WHERE drvId = ({OLDEST_DRV}) AND collDt LIKE '2025%'",
          [f"SELECT AVG(minsLate) FROM colls WHERE drvId = ({OLDEST_DRV})"])),
    conv("wc-7",
         ("avg stops per route by zone type", "SELECT zoneTyp, AVG(stopsCnt) FROM routes GROUP BY zoneTyp"),
         ("rural routes: total kg collected in 2025, per route", RURAL25),
         ("which of those had the most late collections?",
          "SELECT r.routeCd FROM colls c JOIN routes r ON r.routeId = c.routeId "
          "WHERE r.zoneTyp = 'rural' AND c.collDt LIKE '2025%' AND c.minsLate > 0 GROUP BY r.routeCd "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("fuel used on that route?", D)),
    conv("wc-8",
         ("average lateness by fuel type",
          "SELECT t.fuelTyp, AVG(c.minsLate) FROM colls c JOIN trucks t ON t.truckId = c.truckId GROUP BY t.fuelTyp"),
         ("just 2025",
          "SELECT t.fuelTyp, AVG(c.minsLate) FROM colls c JOIN trucks t ON t.truckId = c.truckId "
          "WHERE c.collDt LIKE '2025%' GROUP BY t.fuelTyp"),
         ("and CO2 saved by the electric ones?", D)),
    conv("wc-9",
         ("heaviest single collection — route and date?",
          f"SELECT r.routeCd, c.collDt {CR} ORDER BY c.wtKg DESC LIMIT 1"),
         ("which truck?",
          f"SELECT t.regNo FROM colls c JOIN trucks t ON t.truckId = c.truckId WHERE c.collId = ({HEAVY})",
          [f"SELECT truckId FROM colls WHERE collId = ({HEAVY})"]),
         ("its capacity?",
          f"SELECT t.capT FROM colls c JOIN trucks t ON t.truckId = c.truckId WHERE c.collId = ({HEAVY})"),
         ("how many of its collections went over that?",
          f"SELECT COUNT(*) FROM colls c JOIN trucks t ON t.truckId = c.truckId WHERE c.truckId = "
          f"(SELECT truckId FROM colls WHERE collId = ({HEAVY})) AND c.wtKg > t.capT * 1000")),
    conv("wc-10",
         ("garden waste kg per depot, 2025",
          f"SELECT d.depotNm, SUM(c.wtKg) {CRD} WHERE c.streamTyp = 'garden' AND c.collDt LIKE '2025%' "
          "GROUP BY d.depotNm"),
         ("lowest?",
          f"SELECT d.depotNm {CRD} WHERE c.streamTyp = 'garden' AND c.collDt LIKE '2025%' "
          "GROUP BY d.depotNm ORDER BY SUM(c.wtKg) LIMIT 1"),
         ("what was the temperature on those days?", D)),
    conv("wc-11",
         ("depots in Carrow", "SELECT depotNm FROM depots WHERE town = 'Carrow'"),
         ("late collections at Eastfield in 2025",
          f"SELECT COUNT(*) {CRD} WHERE d.depotNm = 'Eastfield' AND c.minsLate > 0 AND c.collDt LIKE '2025%'"),
         ("what about the other one?",
          f"SELECT COUNT(*) {CRD} WHERE d.depotNm = 'Kestrel Park' AND c.minsLate > 0 AND c.collDt LIKE '2025%'"),
         ("who's the site manager there?", D)),
]



# ------------------------------------------------------------------------------------------ callab
JT = "FROM jobs j JOIN technicians t ON t.tech_id = j.tech_id"
JTL = JT + " JOIN labs l ON l.lab_id = t.lab_id"
JIC = "FROM jobs j JOIN instruments i ON i.instrument_id = j.instrument_id JOIN clients c ON c.client_id = i.client_id"
BRIS_MGR = "SELECT tech_id FROM technicians WHERE grade = 'Lab Manager' AND lab_id = 1"
BRIS_DIRECT = f"SELECT tech_id FROM technicians WHERE manager_id = ({BRIS_MGR})"
TOP_STD25 = ("SELECT s.std_id FROM job_standards js JOIN jobs j ON j.job_id = js.job_id JOIN reference_standards s "
             "ON s.std_id = js.std_id WHERE j.received_on LIKE '2025%' GROUP BY s.std_id ORDER BY COUNT(*) DESC LIMIT 1")
TOP5C = (f"SELECT c.client_name, SUM(j.fee) AS fees {JIC} WHERE j.received_on LIKE '2025%' GROUP BY c.client_id "
         "ORDER BY fees DESC LIMIT 5")
TOP5C_DONE = (f"SELECT c.client_name, SUM(j.fee) AS fees {JIC} WHERE j.completed_on LIKE '2025%' GROUP BY c.client_id "
              "ORDER BY fees DESC LIMIT 5")
OPEN_URG = "FROM jobs j JOIN technicians t ON t.tech_id = j.tech_id WHERE j.completed_on IS NULL AND j.is_urgent = 1"
FEE_MONTH25 = ("SELECT strftime('%m', received_on) AS m FROM jobs WHERE received_on LIKE '2025%' GROUP BY m "
               "ORDER BY SUM(fee) DESC LIMIT 1")
GLA_CLIENTS = "SELECT client_id FROM clients WHERE city = 'Glasgow'"

CALLAB = [
    conv("cl-1",
         ("who reports to the Bristol lab manager?",
          f"SELECT full_name FROM technicians WHERE manager_id = ({BRIS_MGR})"),
         ("and who reports to them?",
          f"SELECT full_name FROM technicians WHERE manager_id IN ({BRIS_DIRECT})"),
         ("how many jobs did those people complete in 2025?",
          f"SELECT COUNT(*) FROM jobs WHERE completed_on LIKE '2025%' AND tech_id IN "
          f"(SELECT tech_id FROM technicians WHERE manager_id IN ({BRIS_DIRECT}))",
          [f"SELECT t.full_name, COUNT(*) {JT} WHERE j.completed_on LIKE '2025%' AND t.manager_id IN ({BRIS_DIRECT}) "
           "GROUP BY t.full_name"]),
         ("who's the lab manager's boss?",
          f"SELECT b.full_name FROM technicians m JOIN technicians b ON b.tech_id = m.manager_id "
          f"WHERE m.tech_id = ({BRIS_MGR})")),
    conv("cl-2",
         ("how many jobs finished late?", "SELECT COUNT(*) FROM jobs WHERE completed_on > due_on"),
         ("per lab", f"SELECT l.lab_name, COUNT(*) {JTL} WHERE j.completed_on > j.due_on GROUP BY l.lab_name",
          [f"SELECT l.city, COUNT(*) {JTL} WHERE j.completed_on > j.due_on GROUP BY l.city"]),
         ("just the urgent ones",
          f"SELECT l.lab_name, COUNT(*) {JTL} WHERE j.completed_on > j.due_on AND j.is_urgent = 1 GROUP BY l.lab_name",
          [f"SELECT l.city, COUNT(*) {JTL} WHERE j.completed_on > j.due_on AND j.is_urgent = 1 GROUP BY l.city"]),
         ("who handled most of those?",
          f"SELECT t.full_name {JT} WHERE j.completed_on > j.due_on AND j.is_urgent = 1 GROUP BY t.tech_id "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("why were they late?", D)),
    conv("cl-3",
         ("most used reference standard in 2025?",
          "SELECT s.std_name FROM job_standards js JOIN jobs j ON j.job_id = js.job_id JOIN reference_standards s "
          "ON s.std_id = js.std_id WHERE j.received_on LIKE '2025%' GROUP BY s.std_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when does its cert expire?",
          f"SELECT cert_expires_on FROM reference_standards WHERE std_id = ({TOP_STD25})"),
         ("which standards expire in 2025?",
          "SELECT std_name FROM reference_standards WHERE cert_expires_on LIKE '2025%'"),
         ("how many jobs used one of those after it had expired?",
          "SELECT COUNT(DISTINCT j.job_id) FROM jobs j JOIN job_standards js ON js.job_id = j.job_id "
          "JOIN reference_standards s ON s.std_id = js.std_id WHERE s.cert_expires_on LIKE '2025%' "
          "AND j.completed_on > s.cert_expires_on",
          ["SELECT COUNT(DISTINCT j.job_id) FROM jobs j JOIN job_standards js ON js.job_id = j.job_id "
           "JOIN reference_standards s ON s.std_id = js.std_id WHERE s.cert_expires_on LIKE '2025%' "
           "AND j.received_on > s.cert_expires_on"]),
         ("who supplied the deadweight tester?", D)),
    conv("cl-4",
         ("top 5 clients by fees in 2025", TOP5C, [TOP5C_DONE]),
         ("what sector are they in?",
          f"SELECT c.client_name, c.sector FROM ({TOP5C}) x JOIN clients c ON c.client_name = x.client_name",
          [f"SELECT c.client_name, c.sector FROM ({TOP5C_DONE}) x JOIN clients c ON c.client_name = x.client_name"]),
         ("how many instruments do the pharma clients have with us?",
          "SELECT COUNT(*) FROM instruments i JOIN clients c ON c.client_id = i.client_id WHERE c.sector = 'Pharma'",
          ["SELECT c.client_name, COUNT(*) FROM instruments i JOIN clients c ON c.client_id = i.client_id "
           "WHERE c.sector = 'Pharma' GROUP BY c.client_name"]),
         ("which pharma client has paid us the most overall?",
          f"SELECT c.client_name {JIC} WHERE c.sector = 'Pharma' GROUP BY c.client_name ORDER BY SUM(j.fee) DESC LIMIT 1"),
         ("are they happy with our service?", D)),
    conv("cl-5",
         ("jobs by instrument type",
          "SELECT i.kind, COUNT(*) FROM jobs j JOIN instruments i ON i.instrument_id = j.instrument_id GROUP BY i.kind"),
         ("fail rate for each",
          "SELECT i.kind, 100.0 * SUM(j.outcome = 'fail') / COUNT(j.outcome) FROM jobs j JOIN instruments i "
          "ON i.instrument_id = j.instrument_id GROUP BY i.kind",
          ["SELECT i.kind, 1.0 * SUM(j.outcome = 'fail') / COUNT(j.outcome) FROM jobs j JOIN instruments i "
           "ON i.instrument_id = j.instrument_id GROUP BY i.kind",
           "SELECT i.kind, 100.0 * SUM(j.outcome = 'fail') / COUNT(*) FROM jobs j JOIN instruments i "
           "ON i.instrument_id = j.instrument_id GROUP BY i.kind",
           "SELECT i.kind, 1.0 * SUM(j.outcome = 'fail') / COUNT(*) FROM jobs j JOIN instruments i "
           "ON i.instrument_id = j.instrument_id GROUP BY i.kind"]),
         ("which maker has the most failures?",
          "SELECT i.maker FROM jobs j JOIN instruments i ON i.instrument_id = j.instrument_id WHERE j.outcome = 'fail' "
          "GROUP BY i.maker ORDER BY COUNT(*) DESC LIMIT 1"),
         ("expected lifespan of their gear?", D)),
    conv("cl-6",
         ("avg turnaround in days per lab",
          f"SELECT l.lab_name, AVG(julianday(j.completed_on) - julianday(j.received_on)) {JTL} "
          "WHERE j.completed_on IS NOT NULL GROUP BY l.lab_name",
          [f"SELECT l.city, AVG(julianday(j.completed_on) - julianday(j.received_on)) {JTL} "
           "WHERE j.completed_on IS NOT NULL GROUP BY l.city"]),
         ("urgent vs normal",
          "SELECT is_urgent, AVG(julianday(completed_on) - julianday(received_on)) FROM jobs "
          "WHERE completed_on IS NOT NULL GROUP BY is_urgent",
          [f"SELECT l.lab_name, j.is_urgent, AVG(julianday(j.completed_on) - julianday(j.received_on)) {JTL} "
           "WHERE j.completed_on IS NOT NULL GROUP BY l.lab_name, j.is_urgent"]),
         ("2024 only",
          "SELECT is_urgent, AVG(julianday(completed_on) - julianday(received_on)) FROM jobs "
          "WHERE completed_on IS NOT NULL AND received_on LIKE '2024%' GROUP BY is_urgent",
          ["SELECT is_urgent, AVG(julianday(completed_on) - julianday(received_on)) FROM jobs "
           "WHERE completed_on LIKE '2024%' GROUP BY is_urgent",
           f"SELECT l.lab_name, j.is_urgent, AVG(julianday(j.completed_on) - julianday(j.received_on)) {JTL} "
           "WHERE j.completed_on IS NOT NULL AND j.received_on LIKE '2024%' GROUP BY l.lab_name, j.is_urgent"])),
    conv("cl-7",
         ("how many jobs are still open?", "SELECT COUNT(*) FROM jobs WHERE completed_on IS NULL"),
         ("which of them are urgent?", f"SELECT j.job_id {OPEN_URG}"),
         ("whose are they?", f"SELECT t.full_name {OPEN_URG}", [f"SELECT j.job_id, t.full_name {OPEN_URG}"]),
         ("when will they be finished?", D)),
    conv("cl-8",
         ("techs per grade", "SELECT grade, COUNT(*) FROM technicians GROUP BY grade"),
         ("trainees: jobs each in 2025",
          f"SELECT t.full_name, COUNT(*) {JT} WHERE t.grade = 'Trainee' AND j.received_on LIKE '2025%' "
          "GROUP BY t.full_name",
          [f"SELECT t.full_name, COUNT(*) {JT} WHERE t.grade = 'Trainee' AND j.completed_on LIKE '2025%' "
           "GROUP BY t.full_name"]),
         ("which trainee has the best pass rate?",
          f"SELECT t.full_name {JT} WHERE t.grade = 'Trainee' AND j.outcome IS NOT NULL GROUP BY t.full_name "
          "ORDER BY AVG(j.outcome = 'pass') DESC LIMIT 1"),
         ("what are they paid?", D)),
    conv("cl-9",
         ("jobs received each month in 2025",
          "SELECT strftime('%m', received_on) AS m, COUNT(*) FROM jobs WHERE received_on LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', received_on) AS m, COUNT(*) FROM jobs WHERE received_on LIKE '2025%' GROUP BY m"]),
         ("and fees for those",
          "SELECT strftime('%m', received_on) AS m, SUM(fee) FROM jobs WHERE received_on LIKE '2025%' GROUP BY m",
          ["SELECT strftime('%Y-%m', received_on) AS m, SUM(fee) FROM jobs WHERE received_on LIKE '2025%' GROUP BY m"]),
         ("best month?", FEE_MONTH25,
          ["SELECT strftime('%Y-%m', received_on) AS m FROM jobs WHERE received_on LIKE '2025%' GROUP BY m "
           "ORDER BY SUM(fee) DESC LIMIT 1"]),
         ("same month a year earlier?",
          f"SELECT SUM(fee) FROM jobs WHERE received_on LIKE '2024%' AND strftime('%m', received_on) = ({FEE_MONTH25})")),
    conv("cl-10",
         ("clients in Glasgow", "SELECT client_name FROM clients WHERE city = 'Glasgow'"),
         ("how many of their jobs were done outside the Glasgow lab?",
          f"SELECT COUNT(*) {JIC} JOIN technicians t ON t.tech_id = j.tech_id "
          f"WHERE c.city = 'Glasgow' AND t.lab_id <> (SELECT lab_id FROM labs WHERE city = 'Glasgow')"),
         ("what did the courier charge for those?", D)),
    conv("cl-11",
         ("urgent jobs taken by the Leicester lab in 2025?",
          f"SELECT COUNT(*) {JTL} WHERE l.city = 'Leicester' AND j.is_urgent = 1 AND j.received_on LIKE '2025%'"),
         ("what about the other two labs?",
          f"SELECT l.lab_name, COUNT(*) {JTL} WHERE l.city <> 'Leicester' AND j.is_urgent = 1 "
          "AND j.received_on LIKE '2025%' GROUP BY l.lab_name",
          [f"SELECT l.city, COUNT(*) {JTL} WHERE l.city <> 'Leicester' AND j.is_urgent = 1 "
           "AND j.received_on LIKE '2025%' GROUP BY l.city"])),
]

# ------------------------------------------------------------------------------------------ karting
SV = "FROM Sessions s JOIN Venues v ON v.VenueId = s.VenueId"
BS = "FROM Bookings b JOIN Sessions s ON s.SessionId = b.SessionId"
BSV = BS + " JOIN Venues v ON v.VenueId = s.VenueId"
RSV = "FROM Results r JOIN Sessions s ON s.SessionId = r.SessionId JOIN Venues v ON v.VenueId = s.VenueId"
DERBY_BEST = ("SELECT r.KartId FROM Results r JOIN Sessions s ON s.SessionId = r.SessionId WHERE s.VenueId = "
              "(SELECT VenueId FROM Venues WHERE City = 'Derby') ORDER BY r.BestLapSec LIMIT 1")
LEEDS_NEW = ("SELECT MarshalId FROM Marshals WHERE VenueId = (SELECT VenueId FROM Venues WHERE City = 'Leeds') "
             "ORDER BY StartedOn DESC LIMIT 1")
HOURS = "SELECT VenueId, strftime('%H', ScheduledAt) AS h, COUNT(*) AS n FROM Sessions GROUP BY VenueId, h"
OUT_SESS = ("SELECT s.SessionId, s.ScheduledAt FROM Sessions s JOIN Venues v ON v.VenueId = s.VenueId "
            "WHERE v.IsIndoor = 0")

KARTING = [
    conv("kt-1",
         ("sessions per venue in 2025",
          f"SELECT v.VenueName, COUNT(*) {SV} WHERE s.ScheduledAt LIKE '2025%' GROUP BY v.VenueName"),
         ("just the late ones",
          f"SELECT v.VenueName, COUNT(*) {SV} WHERE s.ScheduledAt LIKE '2025%' AND s.DelayMin > 0 "
          "GROUP BY v.VenueName"),
         ("which marshal had the most of those?",
          "SELECT m.MarshalName FROM Sessions s JOIN Marshals m ON m.MarshalId = s.MarshalId "
          "WHERE s.ScheduledAt LIKE '2025%' AND s.DelayMin > 0 GROUP BY m.MarshalId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the year before?",
          "SELECT m.MarshalName FROM Sessions s JOIN Marshals m ON m.MarshalId = s.MarshalId "
          "WHERE s.ScheduledAt LIKE '2024%' AND s.DelayMin > 0 GROUP BY m.MarshalId ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("kt-2",
         ("revenue by session type", f"SELECT s.SessionType, SUM(b.AmountPaid) {BS} GROUP BY s.SessionType"),
         ("per venue",
          f"SELECT v.VenueName, s.SessionType, SUM(b.AmountPaid) {BSV} GROUP BY v.VenueName, s.SessionType"),
         ("only corporate, by month, 2025",
          f"SELECT strftime('%m', s.ScheduledAt) AS m, SUM(b.AmountPaid) {BS} WHERE s.SessionType = 'Corporate' "
          "AND s.ScheduledAt LIKE '2025%' GROUP BY m",
          [f"SELECT strftime('%Y-%m', s.ScheduledAt) AS m, SUM(b.AmountPaid) {BS} WHERE s.SessionType = 'Corporate' "
           "AND s.ScheduledAt LIKE '2025%' GROUP BY m"]),
         ("what will corporate bring in next year?", D)),
    conv("kt-3",
         ("fastest lap at each venue", f"SELECT v.VenueName, MIN(r.BestLapSec) {RSV} GROUP BY v.VenueName"),
         ("which kart set the Derby one?",
          DERBY_BEST),
         ("who was driving it?", D),
         ("what year was that kart built?", f"SELECT BuiltYear FROM Karts WHERE KartId = ({DERBY_BEST})")),
    conv("kt-4",
         ("bookings by channel", "SELECT BookedVia, COUNT(*) FROM Bookings GROUP BY BookedVia"),
         ("drivers, not bookings", "SELECT BookedVia, SUM(Drivers) FROM Bookings GROUP BY BookedVia"),
         ("avg days booked in advance for web",
          f"SELECT AVG(julianday(date(s.ScheduledAt)) - julianday(b.BookedOn)) {BS} WHERE b.BookedVia = 'web'"),
         ("how many of those came through google ads?", D)),
    conv("kt-5",
         ("karts per venue, not counting retired",
          "SELECT v.VenueName, COUNT(*) FROM Karts k JOIN Venues v ON v.VenueId = k.VenueId WHERE k.Retired = 0 "
          "GROUP BY v.VenueName"),
         ("and the retired ones?",
          "SELECT v.VenueName, COUNT(*) FROM Karts k JOIN Venues v ON v.VenueId = k.VenueId WHERE k.Retired = 1 "
          "GROUP BY v.VenueName"),
         ("most common model across the whole fleet",
          "SELECT Model FROM Karts GROUP BY Model ORDER BY COUNT(*) DESC LIMIT 1"),
         ("avg best lap by model at Hull",
          "SELECT k.Model, AVG(r.BestLapSec) FROM Results r JOIN Karts k ON k.KartId = r.KartId JOIN Sessions s "
          "ON s.SessionId = r.SessionId JOIN Venues v ON v.VenueId = s.VenueId WHERE v.City = 'Hull' GROUP BY k.Model"),
         ("when are the RT10s next due a service?", D)),
    conv("kt-6",
         ("junior sessions in 2024?",
          "SELECT COUNT(*) FROM Sessions WHERE SessionType = 'Junior' AND ScheduledAt LIKE '2024%'"),
         ("and 2025?", "SELECT COUNT(*) FROM Sessions WHERE SessionType = 'Junior' AND ScheduledAt LIKE '2025%'"),
         ("average drivers per junior booking",
          f"SELECT AVG(b.Drivers) {BS} WHERE s.SessionType = 'Junior'",
          [f"SELECT AVG(b.Drivers) {BS} WHERE s.SessionType = 'Junior' AND s.ScheduledAt LIKE '2025%'"]),
         ("how old are the junior drivers on average?", D)),
    conv("kt-7",
         ("busiest hour of the day for sessions",
          "SELECT strftime('%H', ScheduledAt) AS h FROM Sessions GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1"),
         ("per venue",
          f"SELECT v.VenueName, x.h FROM ({HOURS}) x JOIN Venues v ON v.VenueId = x.VenueId "
          f"WHERE x.n = (SELECT MAX(y.n) FROM ({HOURS}) y WHERE y.VenueId = x.VenueId)"),
         ("and the quietest hour overall?",
          "SELECT strftime('%H', ScheduledAt) AS h FROM Sessions GROUP BY h ORDER BY COUNT(*) LIMIT 1")),
    conv("kt-8",
         ("marshals at Leeds and when they started",
          "SELECT m.MarshalName, m.StartedOn FROM Marshals m JOIN Venues v ON v.VenueId = m.VenueId "
          "WHERE v.City = 'Leeds'"),
         ("who's newest?", f"SELECT MarshalName FROM Marshals WHERE MarshalId = ({LEEDS_NEW})"),
         ("how many sessions have they run?", f"SELECT COUNT(*) FROM Sessions WHERE MarshalId = ({LEEDS_NEW})"),
         ("average delay on those?", f"SELECT AVG(DelayMin) FROM Sessions WHERE MarshalId = ({LEEDS_NEW})"),
         ("and for Leeds overall?",
          "SELECT AVG(DelayMin) FROM Sessions WHERE VenueId = (SELECT VenueId FROM Venues WHERE City = 'Leeds')")),
    conv("kt-9",
         ("grand prix revenue per venue in 2025",
          f"SELECT v.VenueName, SUM(b.AmountPaid) {BSV} WHERE s.SessionType = 'Grand Prix' "
          "AND s.ScheduledAt LIKE '2025%' GROUP BY v.VenueName"),
         ("per driver?",
          f"SELECT v.VenueName, SUM(b.AmountPaid) / SUM(b.Drivers) {BSV} WHERE s.SessionType = 'Grand Prix' "
          "AND s.ScheduledAt LIKE '2025%' GROUP BY v.VenueName"),
         ("how many laps is a grand prix?", "SELECT DISTINCT Laps FROM Sessions WHERE SessionType = 'Grand Prix'"),
         ("was it raining at Donington on race days?", D)),
    conv("kt-10",
         ("indoor vs outdoor: number of sessions",
          "SELECT v.IsIndoor, COUNT(*) FROM Sessions s JOIN Venues v ON v.VenueId = s.VenueId GROUP BY v.IsIndoor"),
         ("and revenue", f"SELECT v.IsIndoor, SUM(b.AmountPaid) {BSV} GROUP BY v.IsIndoor"),
         ("quietest month of the year for the outdoor tracks?",
          f"SELECT strftime('%m', o.ScheduledAt) AS m FROM ({OUT_SESS}) o GROUP BY m ORDER BY COUNT(*) LIMIT 1"),
         ("track record at Hull?", f"SELECT MIN(r.BestLapSec) {RSV} WHERE v.City = 'Hull'"),
         ("how many spectators come to watch?", D)),
]

SETS = {"wastecoll": WASTECOLL, "callab": CALLAB, "karting": KARTING}
