"""Held-out set 30: analyst conversations over streetworks, gameclub and removals, written as people
ask them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for
a breakdown), optional `accept` (other SQL that also answers), or None when the data cannot answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ streetworks
SR = "service_requests"
SRD = "FROM service_requests s JOIN districts d ON d.district_id = s.district_id"
LATEST = ("SELECT h.request_id, h.status FROM request_status_history h WHERE h.changed_at = "
          "(SELECT MAX(h2.changed_at) FROM request_status_history h2 WHERE h2.request_id = h.request_id)")
RESOLVED = "SELECT request_id FROM request_status_history WHERE status = 'resolved'"
CJ = "FROM request_crews rc JOIN crews c ON c.crew_id = rc.crew_id"
RECV = ("SELECT r.request_id, (julianday(t.changed_at) - julianday(r.changed_at)) AS d "
        "FROM request_status_history r JOIN request_status_history t ON t.request_id = r.request_id "
        "AND t.status = 'triaged' WHERE r.status = 'received'")
APP = "SELECT strftime('%Y', reported_on) AS yr, COUNT(*) FROM service_requests WHERE reported_via = 'app' GROUP BY yr"
TOPM25 = ("SELECT strftime('%m', reported_on) AS m FROM service_requests WHERE reported_on LIKE '2025%' "
          "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")

STREETWORKS = [
    conv("sw-1",
         ("How many service requests came in during 2024?",
          f"SELECT COUNT(*) FROM {SR} WHERE reported_on LIKE '2024%'"),
         ("how many of those were potholes?",
          f"SELECT COUNT(*) FROM {SR} WHERE reported_on LIKE '2024%' AND category = 'Pothole'"),
         ("what share of the 2024 requests is that?",
          f"SELECT 100.0 * SUM(category = 'Pothole') / COUNT(*) FROM {SR} WHERE reported_on LIKE '2024%'",
          [f"SELECT 1.0 * SUM(category = 'Pothole') / COUNT(*) FROM {SR} WHERE reported_on LIKE '2024%'"])),
    conv("sw-2",
         ("Which district logs the most requests per 1,000 residents?",
          f"SELECT d.district_name {SRD} GROUP BY d.district_id ORDER BY 1000.0 * COUNT(*) / d.population DESC LIMIT 1"),
         ("show the request count and population for every district",
          f"SELECT d.district_name, COUNT(*), d.population {SRD} GROUP BY d.district_id"),
         ("why do people there complain so much more than elsewhere?", D)),
    conv("sw-3",
         ("How many requests are still open?", f"SELECT COUNT(*) FROM {SR} WHERE closed_on IS NULL"),
         ("break that down by category",
          f"SELECT category, COUNT(*) FROM {SR} WHERE closed_on IS NULL GROUP BY category"),
         ("which open request has been waiting the longest?",
          f"SELECT request_id FROM {SR} WHERE closed_on IS NULL ORDER BY reported_on LIMIT 1"),
         ("what's the phone number of the resident who reported it?", D)),
    conv("sw-4",
         ("On average how many days does it take to resolve a request, from the report to closing it?",
          f"SELECT AVG(julianday(closed_on) - julianday(reported_on)) FROM {SR} WHERE request_id IN ({RESOLVED})",
          [f"SELECT AVG(julianday(closed_on) - julianday(reported_on)) FROM {SR} WHERE closed_on IS NOT NULL"]),
         ("split that by category",
          f"SELECT category, AVG(julianday(closed_on) - julianday(reported_on)) FROM {SR} "
          f"WHERE request_id IN ({RESOLVED}) GROUP BY category",
          [f"SELECT category, AVG(julianday(closed_on) - julianday(reported_on)) FROM {SR} "
           "WHERE closed_on IS NOT NULL GROUP BY category"]),
         ("which category gets fixed fastest?",
          f"SELECT category FROM {SR} WHERE request_id IN ({RESOLVED}) GROUP BY category "
          "ORDER BY AVG(julianday(closed_on) - julianday(reported_on)) LIMIT 1",
          [f"SELECT category FROM {SR} WHERE closed_on IS NOT NULL GROUP BY category "
           "ORDER BY AVG(julianday(closed_on) - julianday(reported_on)) LIMIT 1"])),
    conv("sw-5",
         ("How many requests were rejected?",
          "SELECT COUNT(DISTINCT request_id) FROM request_status_history WHERE status = 'rejected'"),
         ("which officer rejected the most?",
          "SELECT changed_by FROM request_status_history WHERE status = 'rejected' AND changed_by IS NOT NULL "
          "GROUP BY changed_by ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many requests are sitting at 'assigned' right now?",
          f"SELECT COUNT(*) FROM ({LATEST}) WHERE status = 'assigned'"),
         ("and how many status changes have no officer recorded?",
          "SELECT COUNT(*) FROM request_status_history WHERE changed_by IS NULL")),
    conv("sw-6",
         ("What did repairs closed in 2024 cost in total, in pounds?",
          f"SELECT SUM(repair_cost_cents) / 100.0 FROM {SR} WHERE closed_on LIKE '2024%'"),
         ("what was the most expensive single repair?",
          f"SELECT MAX(repair_cost_cents) / 100.0 FROM {SR} WHERE closed_on LIKE '2024%'",
          [f"SELECT request_id, repair_cost_cents / 100.0 FROM {SR} WHERE closed_on LIKE '2024%' "
           "ORDER BY repair_cost_cents DESC LIMIT 1"]),
         ("which street was that on?",
          f"SELECT street_name FROM {SR} WHERE closed_on LIKE '2024%' ORDER BY repair_cost_cents DESC LIMIT 1"),
         ("what road surface material was used there?", D),
         ("average repair cost per category, in pounds",
          f"SELECT category, AVG(repair_cost_cents) / 100.0 FROM {SR} WHERE closed_on LIKE '2024%' GROUP BY category",
          [f"SELECT category, AVG(repair_cost_cents) / 100.0 FROM {SR} GROUP BY category"])),
    conv("sw-7",
         ("Which crew has worked on the most requests?",
          f"SELECT c.crew_name {CJ} GROUP BY c.crew_id ORDER BY COUNT(DISTINCT rc.request_id) DESC LIMIT 1"),
         ("total hours on site for each crew",
          f"SELECT c.crew_name, SUM(rc.hours_on_site) {CJ} GROUP BY c.crew_id"),
         ("and what does that come to in labour cost at their hourly rates?",
          f"SELECT c.crew_name, SUM(rc.hours_on_site * c.hourly_rate_cents) / 100.0 {CJ} GROUP BY c.crew_id"),
         ("how many people are in the busiest crew?",
          f"SELECT c.crew_size {CJ} GROUP BY c.crew_id ORDER BY COUNT(DISTINCT rc.request_id) DESC LIMIT 1"),
         ("how much overtime did they claim last year?", D)),
    conv("sw-8",
         ("Requests by how they were reported", f"SELECT reported_via, COUNT(*) FROM {SR} GROUP BY reported_via"),
         ("how many came through the app each year?", APP),
         ("is app usage going to keep growing next year?", D),
         ("how many were reported by council staff rather than by residents?", D),
         ("How many requests have no priority set?", f"SELECT COUNT(*) FROM {SR} WHERE priority IS NULL")),
    conv("sw-9",
         ("Which depot's crews worked on the most pothole requests?",
          f"SELECT c.depot {CJ} JOIN {SR} s ON s.request_id = rc.request_id WHERE s.category = 'Pothole' "
          "GROUP BY c.depot ORDER BY COUNT(DISTINCT rc.request_id) DESC LIMIT 1"),
         ("how many requests needed more than one crew?",
          "SELECT COUNT(*) FROM (SELECT request_id FROM request_crews GROUP BY request_id HAVING COUNT(*) > 1)"),
         ("what's the average time on site per request for the Drainage crew?",
          "SELECT AVG(rc.hours_on_site) FROM request_crews rc JOIN crews c ON c.crew_id = rc.crew_id "
          "WHERE c.crew_name = 'Drainage'")),
    conv("sw-10",
         ("Number of new requests per month in 2025",
          f"SELECT strftime('%m', reported_on) AS m, COUNT(*) FROM {SR} WHERE reported_on LIKE '2025%' GROUP BY m",
          [f"SELECT strftime('%Y-%m', reported_on) AS m, COUNT(*) FROM {SR} WHERE reported_on LIKE '2025%' GROUP BY m"]),
         ("which month had the most?", TOPM25,
          [TOPM25.replace("'%m'", "'%Y-%m'")]),
         ("was it raining more that month?", D)),
    conv("sw-11",
         ("How many requests did a.khan mark as resolved?",
          "SELECT COUNT(*) FROM request_status_history WHERE status = 'resolved' AND changed_by = 'a.khan'"),
         ("What's the average time from a request being received to it being triaged, in hours?",
          f"SELECT AVG(d) * 24 FROM ({RECV})"),
         ("what is a.khan's email address?", D)),
    conv("sw-12",
         ("Which street has the most streetlight outages reported?",
          f"SELECT street_name FROM {SR} WHERE category = 'Streetlight out' GROUP BY street_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list the districts with the number of fly-tipping requests in 2024, highest first",
          f"SELECT d.district_name, COUNT(*) AS n {SRD} WHERE s.category = 'Fly-tipping' AND s.reported_on LIKE '2024%' "
          "GROUP BY d.district_id ORDER BY n DESC"),
         ("how many priority 1 requests were there in Riverside?",
          f"SELECT COUNT(*) {SRD} WHERE d.district_name = 'Riverside' AND s.priority = 1")),
]

# ------------------------------------------------------------------------------------------ gameclub
CUR = ("SELECT m.MemberID, m.Status FROM MembershipStatusHistory m WHERE m.EffectiveFrom = "
       "(SELECT MAX(m2.EffectiveFrom) FROM MembershipStatusHistory m2 WHERE m2.MemberID = m.MemberID)")
PG = "FROM Plays p JOIN Games g ON g.GameID = p.GameID"
PP = "FROM PlayParticipants pp JOIN Members m ON m.MemberID = pp.MemberID"
TOPWIN = f"SELECT m.MemberID {PP} GROUP BY m.MemberID ORDER BY SUM(pp.IsWinner) DESC LIMIT 1"
MOSTPLAYED = f"SELECT g.GameID {PG} GROUP BY g.GameID ORDER BY COUNT(*) DESC LIMIT 1"
PAID25 = "SELECT MemberID FROM Fees WHERE PaidOn LIKE '2025%'"
PAN = "FROM Plays p JOIN Games g ON g.GameID = p.GameID WHERE g.Title = 'Pandemic'"

GAMECLUB = [
    conv("gc-1",
         ("How many members does the club have?", "SELECT COUNT(*) FROM Members"),
         ("how many joined each year?",
          "SELECT strftime('%Y', JoinedOn) AS yr, COUNT(*) FROM Members GROUP BY yr"),
         ("which town do most of them live in?",
          "SELECT HomeTown FROM Members GROUP BY HomeTown ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how old is the average member?", D),
         ("how many members have no email address on file?", "SELECT COUNT(*) FROM Members WHERE Email IS NULL")),
    conv("gc-2",
         ("How many members are active at the moment?", f"SELECT COUNT(*) FROM ({CUR}) WHERE Status = 'active'"),
         ("and how many have lapsed?", f"SELECT COUNT(*) FROM ({CUR}) WHERE Status = 'lapsed'"),
         ("who is currently suspended?",
          f"SELECT m.FullName FROM Members m JOIN ({CUR}) c ON c.MemberID = m.MemberID WHERE c.Status = 'suspended'"),
         ("is there an honorary member? who?",
          f"SELECT m.FullName FROM Members m JOIN ({CUR}) c ON c.MemberID = m.MemberID WHERE c.Status = 'honorary'")),
    conv("gc-3",
         ("Which game has been played the most?",
          f"SELECT g.Title {PG} GROUP BY g.GameID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many times was it played in 2024?",
          f"SELECT COUNT(*) FROM Plays p JOIN GameNights n ON n.NightID = p.NightID WHERE p.GameID = ({MOSTPLAYED}) "
          "AND n.HeldOn LIKE '2024%'"),
         ("which publisher's games get played the most overall?",
          f"SELECT g.Publisher {PG} GROUP BY g.Publisher ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how much did the club pay for its copy of that top game?", D)),
    conv("gc-4",
         ("Who has won the most games?",
          f"SELECT m.FullName {PP} GROUP BY m.MemberID ORDER BY SUM(pp.IsWinner) DESC LIMIT 1"),
         ("how many plays has that person taken part in?",
          f"SELECT COUNT(*) FROM PlayParticipants WHERE MemberID = ({TOPWIN})"),
         ("so what's their win rate?",
          f"SELECT 100.0 * SUM(IsWinner) / COUNT(*) FROM PlayParticipants WHERE MemberID = ({TOPWIN})",
          [f"SELECT 1.0 * SUM(IsWinner) / COUNT(*) FROM PlayParticipants WHERE MemberID = ({TOPWIN})"]),
         ("What is the highest score anyone has ever recorded, and in which game?",
          "SELECT pp.Score, g.Title FROM PlayParticipants pp JOIN Plays p ON p.PlayID = pp.PlayID "
          "JOIN Games g ON g.GameID = p.GameID ORDER BY pp.Score DESC LIMIT 1")),
    conv("gc-5",
         ("How many game nights were held at each venue?", "SELECT Venue, COUNT(*) FROM GameNights GROUP BY Venue"),
         ("who has hosted the most game nights?",
          "SELECT m.FullName FROM GameNights n JOIN Members m ON m.MemberID = n.HostMemberID GROUP BY m.MemberID "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many nights had no host recorded?", "SELECT COUNT(*) FROM GameNights WHERE HostMemberID IS NULL"),
         ("on average, how many different people turned up per night?",
          "SELECT AVG(n) FROM (SELECT p.NightID, COUNT(DISTINCT pp.MemberID) AS n FROM Plays p "
          "JOIN PlayParticipants pp ON pp.PlayID = p.PlayID GROUP BY p.NightID)"),
         ("how many snacks did we buy for those nights?", D)),
    conv("gc-6",
         ("How much did we collect in fees in 2024, per currency?",
          "SELECT Currency, SUM(AmountCents) / 100.0 FROM Fees WHERE PaidOn LIKE '2024%' GROUP BY Currency"),
         ("and just the annual fees?",
          "SELECT Currency, SUM(AmountCents) / 100.0 FROM Fees WHERE PaidOn LIKE '2024%' AND FeeType = 'annual' "
          "GROUP BY Currency"),
         ("what's that all together in pounds, converting the euros?", D),
         ("how many tournament entry payments were made in 2024?",
          "SELECT COUNT(*) FROM Fees WHERE FeeType = 'tournament entry' AND PaidOn LIKE '2024%'")),
    conv("gc-7",
         ("Which games take more than 5 players?", "SELECT Title FROM Games WHERE MaxPlayers > 5"),
         ("what's the heaviest game the club owns?",
          "SELECT Title FROM Games WHERE OwnedByClub = 1 ORDER BY Weight DESC LIMIT 1"),
         ("which games have no weight rating?", "SELECT Title FROM Games WHERE Weight IS NULL"),
         ("which of the club's games are out of print now?", D),
         ("average play time in minutes for games heavier than 3",
          f"SELECT AVG(p.DurationMinutes) {PG} WHERE g.Weight > 3")),
    conv("gc-8",
         ("Average length of a play for each game",
          f"SELECT g.Title, AVG(p.DurationMinutes) {PG} GROUP BY g.GameID"),
         ("which one runs longest on average?",
          f"SELECT g.Title {PG} GROUP BY g.GameID ORDER BY AVG(p.DurationMinutes) DESC LIMIT 1"),
         ("who designed it?", D)),
    conv("gc-9",
         ("How many times did the group win Pandemic?",
          f"SELECT COUNT(*) {PAN} AND EXISTS (SELECT 1 FROM PlayParticipants pp WHERE pp.PlayID = p.PlayID "
          "AND pp.IsWinner = 1)"),
         ("and how many times did they lose?",
          f"SELECT COUNT(*) {PAN} AND NOT EXISTS (SELECT 1 FROM PlayParticipants pp WHERE pp.PlayID = p.PlayID "
          "AND pp.IsWinner = 1)"),
         ("how many Pandemic plays were there in total?", f"SELECT COUNT(*) {PAN}")),
    conv("gc-10",
         ("How many members haven't paid anything in 2025?",
          f"SELECT COUNT(*) FROM Members WHERE MemberID NOT IN ({PAID25})"),
         ("how many of them are still active?",
          f"SELECT COUNT(*) FROM ({CUR}) c WHERE c.Status = 'active' AND c.MemberID NOT IN ({PAID25})"),
         ("when are they likely to renew?", D)),
    conv("gc-11",
         ("How many plays did games published before 2010 get, per game?",
          f"SELECT g.Title, COUNT(*) {PG} WHERE g.YearPublished < 2010 GROUP BY g.GameID"),
         ("which member has played Catan the most?",
          f"SELECT m.FullName {PP} JOIN Plays p ON p.PlayID = pp.PlayID JOIN Games g ON g.GameID = p.GameID "
          "WHERE g.Title = 'Catan' GROUP BY m.MemberID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's that member's rating on BoardGameGeek?", D)),
    conv("gc-12",
         ("List the games the club doesn't own", "SELECT Title FROM Games WHERE OwnedByClub = 0"),
         ("how often were they played?",
          "SELECT g.Title, COUNT(p.PlayID) FROM Games g LEFT JOIN Plays p ON p.GameID = g.GameID "
          "WHERE g.OwnedByClub = 0 GROUP BY g.GameID"),
         ("how many members joined in 2024 but have never played a game?",
          "SELECT COUNT(*) FROM Members WHERE JoinedOn LIKE '2024%' AND MemberID NOT IN "
          "(SELECT MemberID FROM PlayParticipants)")),
]

# ------------------------------------------------------------------------------------------ removals
JLATEST = ("SELECT l.job_id, l.status FROM job_status_log l WHERE l.logged_on = "
           "(SELECT MAX(l2.logged_on) FROM job_status_log l2 WHERE l2.job_id = l.job_id)")
DONE24 = "SELECT job_id FROM job_status_log WHERE status = 'completed' AND logged_on LIKE '2024%'"
CM = "FROM job_crew jc JOIN crew_members c ON c.crew_id = jc.crew_id"
JC = "FROM jobs j JOIN customers c ON c.cust_id = j.cust_id"
TOPCUST = f"SELECT c.cust_id {JC} GROUP BY c.cust_id ORDER BY SUM(j.invoiced_pence) DESC LIMIT 5"
SEPT = ("SELECT j.job_id FROM jobs j JOIN (" + JLATEST + ") s ON s.job_id = j.job_id "
        "WHERE s.status = 'booked' AND j.move_date LIKE '2025-09%'")

REMOVALS = [
    conv("rm-1",
         ("How many moves did we complete in 2024?", f"SELECT COUNT(*) FROM ({DONE24})"),
         ("what did we invoice for them in total, in pounds?",
          f"SELECT SUM(invoiced_pence) / 100.0 FROM jobs WHERE job_id IN ({DONE24})"),
         ("and the average invoice?",
          f"SELECT AVG(invoiced_pence) / 100.0 FROM jobs WHERE job_id IN ({DONE24})"),
         ("which month of 2024 brought in the most invoiced money?",
          f"SELECT strftime('%m', move_date) AS m FROM jobs WHERE job_id IN ({DONE24}) GROUP BY m "
          "ORDER BY SUM(invoiced_pence) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', move_date) AS m FROM jobs WHERE job_id IN ({DONE24}) GROUP BY m "
           "ORDER BY SUM(invoiced_pence) DESC LIMIT 1"])),
    conv("rm-2",
         ("How many jobs are at each status right now?", f"SELECT status, COUNT(*) FROM ({JLATEST}) GROUP BY status"),
         ("what share of quotes turn into bookings?",
          "SELECT 100.0 * (SELECT COUNT(DISTINCT job_id) FROM job_status_log WHERE status = 'booked') / "
          "(SELECT COUNT(DISTINCT job_id) FROM job_status_log WHERE status = 'quoted')",
          ["SELECT 1.0 * (SELECT COUNT(DISTINCT job_id) FROM job_status_log WHERE status = 'booked') / "
           "(SELECT COUNT(DISTINCT job_id) FROM job_status_log WHERE status = 'quoted')"]),
         ("how many quotes did we lose in 2025?",
          "SELECT COUNT(*) FROM job_status_log WHERE status = 'lost' AND logged_on LIKE '2025%'"),
         ("why did those customers go elsewhere?", D)),
    conv("rm-3",
         ("Which crew member has been on the most jobs?",
          f"SELECT c.first_name, c.last_name {CM} GROUP BY c.crew_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and who has led the most jobs?",
          f"SELECT c.first_name, c.last_name {CM} WHERE jc.is_lead = 1 GROUP BY c.crew_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("list the crew members who have left the company",
          "SELECT first_name, last_name FROM crew_members WHERE left_on IS NOT NULL"),
         ("what is the average day rate by role, in pounds?",
          "SELECT role, AVG(day_rate_pence) / 100.0 FROM crew_members GROUP BY role")),
    conv("rm-4",
         ("How many jobs has each van been used for?",
          "SELECT van_reg, COUNT(*) FROM jobs WHERE van_reg IS NOT NULL GROUP BY van_reg",
          ["SELECT van_reg, COUNT(*) FROM jobs WHERE van_reg IS NOT NULL AND invoiced_pence IS NOT NULL "
           "GROUP BY van_reg"]),
         ("which van has covered the most kilometres?",
          "SELECT van_reg FROM jobs WHERE van_reg IS NOT NULL GROUP BY van_reg ORDER BY SUM(distance_km) DESC LIMIT 1",
          ["SELECT van_reg FROM jobs WHERE van_reg IS NOT NULL AND invoiced_pence IS NOT NULL GROUP BY van_reg "
           "ORDER BY SUM(distance_km) DESC LIMIT 1"]),
         ("what's its fuel consumption?", D),
         ("how many miles are on the clock of SK19 RMV?", D),
         ("when did we buy our oldest van?", "SELECT MIN(bought_on) FROM vans",
          ["SELECT van_reg, bought_on FROM vans ORDER BY bought_on LIMIT 1"])),
    conv("rm-5",
         ("How many damage claims have there been?", "SELECT COUNT(*) FROM damage_claims"),
         ("what's the total claimed and the total paid out, in pounds?",
          "SELECT SUM(claim_pence) / 100.0, SUM(paid_pence) / 100.0 FROM damage_claims"),
         ("which item gets claimed for most often?",
          "SELECT item FROM damage_claims GROUP BY item ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many claims have no payment decision recorded yet?",
          "SELECT COUNT(*) FROM damage_claims WHERE paid_pence IS NULL"),
         ("which team lead led the most jobs that ended in a claim?",
          f"SELECT c.first_name, c.last_name {CM} JOIN damage_claims d ON d.job_id = jc.job_id WHERE jc.is_lead = 1 "
          "GROUP BY c.crew_id ORDER BY COUNT(DISTINCT jc.job_id) DESC LIMIT 1")),
    conv("rm-6",
         ("How many customers have had more than two jobs with us?",
          "SELECT COUNT(*) FROM (SELECT cust_id FROM jobs GROUP BY cust_id HAVING COUNT(*) > 2)"),
         ("top 5 customers by total invoiced",
          f"SELECT c.cust_name, SUM(j.invoiced_pence) / 100.0 AS total {JC} GROUP BY c.cust_id ORDER BY total DESC LIMIT 5",
          [f"SELECT c.cust_name, SUM(j.invoiced_pence) AS total {JC} GROUP BY c.cust_id ORDER BY total DESC LIMIT 5"]),
         ("which cities are they based in?",
          f"SELECT cust_name, city FROM customers WHERE cust_id IN ({TOPCUST})"),
         ("what's the VAT number of the biggest one?", D)),
    conv("rm-7",
         ("How many jobs were moves to a different city?", "SELECT COUNT(*) FROM jobs WHERE from_city <> to_city"),
         ("what's the average distance of those?", "SELECT AVG(distance_km) FROM jobs WHERE from_city <> to_city"),
         ("what's the most common route?",
          "SELECT from_city, to_city FROM jobs WHERE from_city <> to_city GROUP BY from_city, to_city "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many jobs needed storage?", "SELECT COUNT(*) FROM jobs WHERE needs_storage = 1")),
    conv("rm-8",
         ("How do customers hear about us? count them by referral source",
          "SELECT referred_by, COUNT(*) FROM customers GROUP BY referred_by",
          ["SELECT referred_by, COUNT(*) FROM customers WHERE referred_by IS NOT NULL GROUP BY referred_by"]),
         ("which source brings in the most invoiced revenue?",
          f"SELECT c.referred_by {JC} WHERE c.referred_by IS NOT NULL GROUP BY c.referred_by "
          "ORDER BY SUM(j.invoiced_pence) DESC LIMIT 1"),
         ("how much did we spend on Google ads to get them?", D)),
    conv("rm-9",
         ("Average quote for household versus business customers, in pounds",
          f"SELECT c.cust_type, AVG(j.quote_pence) / 100.0 {JC} GROUP BY c.cust_type"),
         ("how often did the invoice come out higher than the quote?",
          "SELECT COUNT(*) FROM jobs WHERE invoiced_pence > quote_pence",
          ["SELECT 100.0 * SUM(invoiced_pence > quote_pence) / COUNT(invoiced_pence) FROM jobs",
           "SELECT 1.0 * SUM(invoiced_pence > quote_pence) / COUNT(invoiced_pence) FROM jobs"]),
         ("by how much on average when it did?",
          "SELECT AVG(invoiced_pence - quote_pence) / 100.0 FROM jobs WHERE invoiced_pence > quote_pence",
          ["SELECT AVG(invoiced_pence - quote_pence) FROM jobs WHERE invoiced_pence > quote_pence"]),
         ("how much of the invoiced total was VAT?", D)),
    conv("rm-10",
         ("How many moves are booked for September 2025?", f"SELECT COUNT(*) FROM ({SEPT})"),
         ("how much volume is that in total?",
          f"SELECT SUM(volume_m3) FROM jobs WHERE job_id IN ({SEPT})"),
         ("which crew members are rostered on them?", D)),
    conv("rm-11",
         ("Which city do most of our moves start from?",
          "SELECT from_city FROM jobs GROUP BY from_city ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many business customers do we have in Glasgow?",
          "SELECT COUNT(*) FROM customers WHERE cust_type = 'business' AND city = 'Glasgow'"),
         ("average volume per move for business customers", f"SELECT AVG(j.volume_m3) {JC} WHERE c.cust_type = 'business'"),
         ("what's the biggest move we've ever done by volume?",
          "SELECT job_id, volume_m3 FROM jobs ORDER BY volume_m3 DESC LIMIT 1")),
    conv("rm-12",
         ("How many porters are still working for us?",
          "SELECT COUNT(*) FROM crew_members WHERE role = 'porter' AND left_on IS NULL"),
         ("who has been with us the longest?",
          "SELECT first_name, last_name FROM crew_members WHERE left_on IS NULL ORDER BY hired_on LIMIT 1"),
         ("how many jobs did Morag Sinclair lead in 2025?",
          f"SELECT COUNT(*) {CM} JOIN jobs j ON j.job_id = jc.job_id WHERE c.first_name = 'Morag' "
          "AND c.last_name = 'Sinclair' AND jc.is_lead = 1 AND j.move_date LIKE '2025%'"),
         ("what's her home address?", D)),
]

SETS = {"streetworks": STREETWORKS, "gameclub": GAMECLUB, "removals": REMOVALS}
