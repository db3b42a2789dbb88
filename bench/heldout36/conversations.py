"""heldout36 conversations, written as people would ask them, before the engine was run on them.
Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL that
also answers), or None when the data does not hold the answer (must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ itdesk
OPEN_P1 = "FROM tickets t JOIN requesters r ON r.requester_id = t.requester_id WHERE t.resolved_at IS NULL AND t.priority = 'P1'"
HOURS = "(julianday(resolved_at) - julianday(opened_at)) * 24"
NET = "FROM agents a JOIN tickets t ON t.agent_id = a.agent_id WHERE a.team = 'Network' AND t.resolved_at IS NOT NULL"
TOPASSET = ("SELECT a.asset_id FROM assets a JOIN ticket_assets ta ON ta.asset_id = a.asset_id GROUP BY a.asset_id "
            "ORDER BY COUNT(*) DESC LIMIT 2")
VIP24 = ("FROM tickets t JOIN requesters r ON r.requester_id = t.requester_id "
         "WHERE r.is_vip = 'Y' AND t.opened_at LIKE '2024%'")
WAITER = ("SELECT changed_by FROM ticket_status_log WHERE status = 'Waiting on User' GROUP BY changed_by "
          "ORDER BY COUNT(*) DESC LIMIT 1")
TOP5AG = ("SELECT a.agent_id, a.first_name, a.last_name, a.team FROM agents a JOIN tickets t ON t.agent_id = a.agent_id "
          "GROUP BY a.agent_id ORDER BY COUNT(*) DESC LIMIT 3")

ITDESK = [
    conv("it-1",
         ("How many tickets are still open?", "SELECT COUNT(*) FROM tickets WHERE resolved_at IS NULL"),
         ("how many of those are P1?", "SELECT COUNT(*) FROM tickets WHERE resolved_at IS NULL AND priority = 'P1'"),
         ("who raised them?", f"SELECT r.full_name {OPEN_P1}", [f"SELECT DISTINCT r.full_name {OPEN_P1}"]),
         ("why haven't they been fixed yet?", D)),
    conv("it-2",
         ("Tickets by category", "SELECT category, COUNT(*) FROM tickets GROUP BY category"),
         ("what share of Hardware tickets breached the SLA?",
          "SELECT 100.0 * AVG(sla_breached) FROM tickets WHERE category = 'Hardware'",
          ["SELECT AVG(sla_breached) FROM tickets WHERE category = 'Hardware'"]),
         ("and for Software?", "SELECT 100.0 * AVG(sla_breached) FROM tickets WHERE category = 'Software'",
          ["SELECT AVG(sla_breached) FROM tickets WHERE category = 'Software'"]),
         ("which category gets the best average satisfaction score?",
          "SELECT category FROM tickets GROUP BY category ORDER BY AVG(satisfaction) DESC LIMIT 1")),
    conv("it-3",
         ("List the agents on the Network team", "SELECT first_name, last_name FROM agents WHERE team = 'Network'"),
         ("which of them are no longer active?",
          "SELECT first_name, last_name FROM agents WHERE team = 'Network' AND is_active = 0"),
         ("how many tickets has each Network agent resolved?",
          f"SELECT a.first_name, a.last_name, COUNT(*) {NET} GROUP BY a.agent_id"),
         ("what are their mobile numbers?", D)),
    conv("it-4",
         ("Average resolution time in hours for P2 tickets",
          f"SELECT AVG({HOURS}) FROM tickets WHERE priority = 'P2' AND resolved_at IS NOT NULL"),
         ("and for each priority?", f"SELECT priority, AVG({HOURS}) FROM tickets WHERE resolved_at IS NOT NULL GROUP BY priority"),
         ("How many tickets were opened in each month of 2023?",
          "SELECT strftime('%m', opened_at) AS m, COUNT(*) FROM tickets WHERE opened_at LIKE '2023%' GROUP BY m",
          ["SELECT strftime('%Y-%m', opened_at) AS m, COUNT(*) FROM tickets WHERE opened_at LIKE '2023%' GROUP BY m"]),
         ("which month was the busiest?",
          "SELECT strftime('%m', opened_at) AS m FROM tickets WHERE opened_at LIKE '2023%' GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', opened_at) AS m FROM tickets WHERE opened_at LIKE '2023%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("it-5",
         ("What did we pay for all our laptops in total?", "SELECT SUM(purchase_price) FROM assets WHERE asset_type = 'Laptop'"),
         ("and what are they worth now?", "SELECT SUM(current_value) FROM assets WHERE asset_type = 'Laptop'"),
         ("How much value has each asset type lost?",
          "SELECT asset_type, SUM(purchase_price - current_value) FROM assets GROUP BY asset_type"),
         ("Which two assets have come up in the most tickets?", f"SELECT asset_tag FROM assets WHERE asset_id IN ({TOPASSET})"),
         ("when will they need replacing?", D)),
    conv("it-6",
         ("How many VIP requesters are there?", "SELECT COUNT(*) FROM requesters WHERE is_vip = 'Y'"),
         ("How many tickets did VIPs raise in 2024?", f"SELECT COUNT(*) {VIP24}"),
         ("what's the average satisfaction on those?", f"SELECT AVG(t.satisfaction) {VIP24}"),
         ("which department has the most VIPs?",
          "SELECT department FROM requesters WHERE is_vip = 'Y' GROUP BY department ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("it-7",
         ("How many tickets have been reopened?",
          "SELECT COUNT(DISTINCT ticket_id) FROM ticket_status_log WHERE status = 'Reopened'"),
         ("which categories were they in?",
          "SELECT t.category, COUNT(DISTINCT t.ticket_id) FROM tickets t JOIN ticket_status_log l ON l.ticket_id = t.ticket_id "
          "WHERE l.status = 'Reopened' GROUP BY t.category",
          ["SELECT DISTINCT t.category FROM tickets t JOIN ticket_status_log l ON l.ticket_id = t.ticket_id "
           "WHERE l.status = 'Reopened'"]),
         ("Which agent has put the most tickets into Waiting on User?",
          f"SELECT first_name, last_name FROM agents WHERE agent_id = ({WAITER})",
          [f"SELECT first_name || ' ' || last_name FROM agents WHERE agent_id = ({WAITER})"]),
         ("how many tickets has that agent resolved altogether?",
          f"SELECT COUNT(*) FROM tickets WHERE agent_id = ({WAITER}) AND resolved_at IS NOT NULL")),
    conv("it-8",
         ("Which requesters have no desk phone on file?", "SELECT full_name FROM requesters WHERE desk_phone IS NULL"),
         ("how many is that per department?",
          "SELECT department, COUNT(*) FROM requesters WHERE desk_phone IS NULL GROUP BY department"),
         ("what's Delia Abbott's email address?", D)),
    conv("it-9",
         ("Show me the 3 agents with the most tickets assigned",
          "SELECT a.first_name, a.last_name FROM agents a JOIN tickets t ON t.agent_id = a.agent_id "
          "GROUP BY a.agent_id ORDER BY COUNT(*) DESC LIMIT 3"),
         ("what team is each of them on?", f"SELECT first_name, last_name, team FROM ({TOP5AG}) x"),
         ("how much overtime did they put in last month?", D)),
    conv("it-10",
         ("How many tickets have nobody assigned?", "SELECT COUNT(*) FROM tickets WHERE agent_id IS NULL"),
         ("which is the oldest of them?",
          "SELECT ticket_id FROM tickets WHERE agent_id IS NULL ORDER BY opened_at LIMIT 1"),
         ("how many tickets will we get next month?", D)),
    conv("it-11",
         ("How many tickets were logged before 9 in the morning?",
          "SELECT COUNT(*) FROM tickets WHERE strftime('%H', opened_at) < '09'"),
         ("what percentage of tickets were opened at the weekend?",
          "SELECT 100.0 * AVG(strftime('%w', opened_at) IN ('0', '6')) FROM tickets",
          ["SELECT AVG(strftime('%w', opened_at) IN ('0', '6')) FROM tickets"]),
         ("what is the SLA target in hours for a P1?", D)),
]

# ------------------------------------------------------------------------------------------ halls
BIG = "SELECT hall_id FROM halls ORDER BY capacity DESC LIMIT 1"
CANC = "SELECT booking_id FROM booking_status_history WHERE status = 'Cancelled'"
SPENDER = ("SELECT hirer_id FROM bookings GROUP BY hirer_id ORDER BY SUM(amount_paid) DESC LIMIT 1")
EVE = "FROM bookings WHERE starts_at LIKE '2024%' AND strftime('%H', starts_at) >= '18'"
ONLYREQ = ("FROM bookings b JOIN halls h ON h.hall_id = b.hall_id WHERE b.booking_id NOT IN "
           "(SELECT booking_id FROM booking_status_history WHERE status <> 'Requested')")
RC = ("FROM booking_status_history r JOIN booking_status_history c ON c.booking_id = r.booking_id "
      "WHERE r.status = 'Requested' AND c.status = 'Confirmed'")
EQ24 = ("FROM booking_equipment be JOIN equipment e ON e.equipment_id = be.equipment_id "
        "JOIN bookings b ON b.booking_id = be.booking_id WHERE b.starts_at LIKE '2024%'")

HALLS = [
    conv("h-1",
         ("Which hall is the biggest?", "SELECT hall_name FROM halls ORDER BY capacity DESC LIMIT 1"),
         ("what's its hourly rate?", "SELECT hourly_rate FROM halls ORDER BY capacity DESC LIMIT 1"),
         ("how many bookings did it have in 2024?",
          f"SELECT COUNT(*) FROM bookings WHERE hall_id = ({BIG}) AND starts_at LIKE '2024%'"),
         ("is it free next Saturday?", D)),
    conv("h-2",
         ("Total quoted fees versus what was actually paid, per hall",
          "SELECT h.hall_name, SUM(b.quoted_fee), SUM(b.amount_paid) FROM bookings b JOIN halls h ON h.hall_id = b.hall_id "
          "GROUP BY h.hall_id"),
         ("which hall has the biggest gap between the two?",
          "SELECT h.hall_name FROM bookings b JOIN halls h ON h.hall_id = b.hall_id GROUP BY h.hall_id "
          "ORDER BY SUM(b.quoted_fee) - SUM(b.amount_paid) DESC LIMIT 1"),
         ("what's the postcode of Hollow Lane Hall?", D)),
    conv("h-3",
         ("How many bookings got cancelled?", "SELECT COUNT(DISTINCT booking_id) FROM booking_status_history WHERE status = 'Cancelled'"),
         ("how much money did we still take on those?", f"SELECT SUM(amount_paid) FROM bookings WHERE booking_id IN ({CANC})"),
         ("Which type of event gets cancelled most?",
          f"SELECT event_type FROM bookings WHERE booking_id IN ({CANC}) GROUP BY event_type ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT event_type FROM bookings GROUP BY event_type ORDER BY AVG(booking_id IN ({CANC})) DESC LIMIT 1"]),
         ("why do people cancel?", D)),
    conv("h-4",
         ("List the halls with step-free access", "SELECT hall_name FROM halls WHERE step_free_access = 'Y'"),
         ("what's their combined capacity?", "SELECT SUM(capacity) FROM halls WHERE step_free_access = 'Y'"),
         ("do any of them have a hearing loop?", D)),
    conv("h-5",
         ("How many of our hirers are local residents?", "SELECT COUNT(*) FROM hirers WHERE is_resident = 1"),
         ("What's the average amount paid per booking, residents vs non-residents?",
          "SELECT AVG(b.amount_paid) FROM bookings b JOIN hirers h ON h.hirer_id = b.hirer_id "
          "GROUP BY h.is_resident"),
         ("Which hirer has spent the most with us overall?",
          "SELECT h.full_name FROM bookings b JOIN hirers h ON h.hirer_id = b.hirer_id GROUP BY h.hirer_id "
          "ORDER BY SUM(b.amount_paid) DESC LIMIT 1"),
         ("when did they register?", f"SELECT registered_on FROM hirers WHERE hirer_id = ({SPENDER})")),
    conv("h-6",
         ("What's the piece of equipment booked most often?",
          "SELECT e.item FROM booking_equipment be JOIN equipment e ON e.equipment_id = be.equipment_id "
          "GROUP BY e.equipment_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How much did we charge for equipment in 2024 in total?",
          f"SELECT SUM(e.charge_per_booking) {EQ24}",
          [f"SELECT SUM(e.charge_per_booking * be.quantity) {EQ24}"]),
         ("How many bookings had both the projector and the PA system?",
          "SELECT COUNT(*) FROM (SELECT be.booking_id FROM booking_equipment be JOIN equipment e ON e.equipment_id = be.equipment_id "
          "WHERE e.item IN ('Projector', 'PA System') GROUP BY be.booking_id HAVING COUNT(DISTINCT e.item) = 2)"),
         ("when was the projector last serviced?", D)),
    conv("h-7",
         ("How many bookings has each officer handled?",
          "SELECT o.first_name, o.last_name, COUNT(*) FROM bookings b JOIN officers o ON o.officer_id = b.officer_id "
          "GROUP BY o.officer_id"),
         ("who handled the most wedding receptions?",
          "SELECT o.first_name, o.last_name FROM bookings b JOIN officers o ON o.officer_id = b.officer_id "
          "WHERE b.event_type = 'Wedding Reception' GROUP BY o.officer_id ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT o.first_name || ' ' || o.last_name FROM bookings b JOIN officers o ON o.officer_id = b.officer_id "
           "WHERE b.event_type = 'Wedding Reception' GROUP BY o.officer_id ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what is Cyrus Brennan's salary?", D)),
    conv("h-8",
         ("Bookings per month in 2024",
          "SELECT strftime('%m', starts_at) AS m, COUNT(*) FROM bookings WHERE starts_at LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', starts_at) AS m, COUNT(*) FROM bookings WHERE starts_at LIKE '2024%' GROUP BY m"]),
         ("how many of the 2024 bookings were evening ones, starting at 6pm or later?", f"SELECT COUNT(*) {EVE}"),
         ("how long do those evening bookings last on average?", f"SELECT AVG(hours) {EVE}")),
    conv("h-9",
         ("On average, how many days does it take to confirm a booking after it's requested?",
          f"SELECT AVG(julianday(c.status_at) - julianday(r.status_at)) {RC}"),
         ("How many bookings are still sitting at Requested?", f"SELECT COUNT(*) {ONLYREQ}"),
         ("which halls are they for?", f"SELECT h.hall_name, COUNT(*) {ONLYREQ} GROUP BY h.hall_id",
          [f"SELECT DISTINCT h.hall_name {ONLYREQ}"])),
    conv("h-10",
         ("How many bookings got their deposit back?", "SELECT COUNT(*) FROM bookings WHERE deposit_returned = 'Y'"),
         ("and how many didn't?", "SELECT COUNT(*) FROM bookings WHERE deposit_returned = 'N'"),
         ("how many have nothing recorded about the deposit?", "SELECT COUNT(*) FROM bookings WHERE deposit_returned IS NULL")),
    conv("h-11",
         ("Which ward brings in the most money from hall hire?",
          "SELECT h.ward FROM bookings b JOIN halls h ON h.hall_id = b.hall_id GROUP BY h.ward "
          "ORDER BY SUM(b.amount_paid) DESC LIMIT 1"),
         ("How many hirers registered in 2023?", "SELECT COUNT(*) FROM hirers WHERE registered_on LIKE '2023%'"),
         ("what will hall income be next year?", D)),
]

# ------------------------------------------------------------------------------------------ conferences
RE = "FROM Registrations r JOIN Events e ON e.EventId = r.EventId"
DEC_VIP = "FROM Registrations WHERE RegisteredAt LIKE '2023-12%' AND TicketType = 'VIP'"
ML24 = ("SELECT DISTINCT ss.SpeakerId FROM SessionSpeakers ss JOIN Sessions s ON s.SessionId = ss.SessionId "
        "JOIN Events e ON e.EventId = s.EventId WHERE e.Title = 'ML in Production' AND e.StartDate LIKE '2024%'")
BOTH = ("FROM Attendees a WHERE a.AttendeeId IN (SELECT AttendeeId FROM Registrations WHERE EventId = 1) "
        "AND a.AttendeeId IN (SELECT AttendeeId FROM Registrations WHERE EventId = 5)")
NOSHOW = "100.0 * AVG(r.CheckedIn = 'N')"

CONFERENCES = [
    conv("c-1",
         ("How many events have we run?", "SELECT COUNT(*) FROM Events"),
         ("how many of them were virtual?", "SELECT COUNT(*) FROM Events WHERE IsVirtual = 1"),
         ("list the in-person events in 2024 and where they were held",
          "SELECT Title, City FROM Events WHERE IsVirtual = 0 AND StartDate LIKE '2024%'"),
         ("what did the venue hire cost for each?", D)),
    conv("c-2",
         ("Number of registrations per event", f"SELECT e.Title, COUNT(*) {RE} GROUP BY e.EventId"),
         ("which one had the most?", f"SELECT e.Title FROM {RE[5:]} GROUP BY e.EventId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many of its registrations were cancelled?",
          "SELECT COUNT(*) FROM Registrations WHERE EventId = 7 AND CancelledAt IS NOT NULL"),
         ("and how many people checked in?",
          "SELECT COUNT(*) FROM Registrations WHERE EventId = 7 AND CheckedIn = 'Y'")),
    conv("c-3",
         ("Total ticket revenue by event year",
          f"SELECT strftime('%Y', e.StartDate) AS yr, SUM(r.PricePaid) {RE} GROUP BY yr"),
         ("how much did we give away in discounts overall?", "SELECT SUM(ListPrice - PricePaid) FROM Registrations"),
         ("which ticket type gets the biggest average discount?",
          "SELECT TicketType FROM Registrations GROUP BY TicketType ORDER BY AVG(ListPrice - PricePaid) DESC LIMIT 1"),
         ("how many registrations paid nothing at all?", "SELECT COUNT(*) FROM Registrations WHERE PricePaid = 0")),
    conv("c-4",
         ("Which country do most of our attendees come from?",
          "SELECT Country FROM Attendees GROUP BY Country ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many attendees have no company listed?", "SELECT COUNT(*) FROM Attendees WHERE Company IS NULL"),
         ("which company sent the most registrations?",
          "SELECT a.Company FROM Registrations r JOIN Attendees a ON a.AttendeeId = r.AttendeeId "
          "WHERE a.Company IS NOT NULL GROUP BY a.Company ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's Nadia Kaur's email address?", D)),
    conv("c-5",
         ("How many speakers are on our books?", "SELECT COUNT(*) FROM Speakers"),
         ("which of them have no fee recorded?", "SELECT FullName FROM Speakers WHERE Fee IS NULL"),
         ("What did the speakers at ML in Production 2024 cost us in fees?",
          f"SELECT SUM(Fee) FROM Speakers WHERE SpeakerId IN ({ML24})"),
         ("Which speaker has given the most sessions?",
          "SELECT sp.FullName FROM SessionSpeakers ss JOIN Speakers sp ON sp.SpeakerId = ss.SpeakerId "
          "GROUP BY sp.SpeakerId ORDER BY COUNT(*) DESC LIMIT 1"),
         ("did the audience like their talks?", D)),
    conv("c-6",
         ("How many sessions were there per track?", "SELECT Track, COUNT(*) FROM Sessions GROUP BY Track"),
         ("what's the average length of a Security session?",
          "SELECT AVG(DurationMin) FROM Sessions WHERE Track = 'Security'"),
         ("which room hosted the most sessions?",
          "SELECT Room FROM Sessions WHERE Room IS NOT NULL GROUP BY Room ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many sessions started in the afternoon?", "SELECT COUNT(*) FROM Sessions WHERE strftime('%H', StartsAt) >= '12'"),
         ("what was the wifi bandwidth in Hall A?", D)),
    conv("c-7",
         ("How many registrations came in during December 2023?",
          "SELECT COUNT(*) FROM Registrations WHERE RegisteredAt LIKE '2023-12%'"),
         ("how many of those were VIP tickets?", f"SELECT COUNT(*) {DEC_VIP}"),
         ("what did those VIPs pay on average?", f"SELECT AVG(PricePaid) {DEC_VIP}")),
    conv("c-8",
         ("What was the no-show rate at Frontend Forward 2024?",
          f"SELECT {NOSHOW} {RE} WHERE e.Title = 'Frontend Forward' AND e.StartDate LIKE '2024%' AND r.CancelledAt IS NULL",
          [f"SELECT AVG(r.CheckedIn = 'N') {RE} WHERE e.Title = 'Frontend Forward' AND e.StartDate LIKE '2024%' "
           "AND r.CancelledAt IS NULL"]),
         ("and for each in-person event?",
          f"SELECT e.Title, {NOSHOW} {RE} WHERE e.IsVirtual = 0 AND r.CancelledAt IS NULL GROUP BY e.EventId",
          [f"SELECT e.Title, {NOSHOW} {RE} WHERE e.IsVirtual = 0 AND r.CheckedIn IS NOT NULL "
           "GROUP BY e.EventId"]),
         ("why are so many people not turning up?", D)),
    conv("c-9",
         ("On average how many days before the event do people register, by ticket type?",
          f"SELECT r.TicketType, AVG(julianday(e.StartDate) - julianday(r.RegisteredAt)) {RE} GROUP BY r.TicketType"),
         ("how many student tickets were bought less than a week before the event?",
          f"SELECT COUNT(*) {RE} WHERE r.TicketType = 'Student' AND julianday(e.StartDate) - julianday(r.RegisteredAt) < 7"),
         ("how much did catering cost per attendee?", D)),
    conv("c-10",
         ("Who registered for both the 2023 and the 2024 DataOps Summit?", f"SELECT a.FirstName, a.LastName {BOTH}"),
         ("how many of them are from the Netherlands?", f"SELECT COUNT(*) {BOTH} AND a.Country = 'Netherlands'"),
         ("which hotel did they stay in?", D)),
]

SETS = {"itdesk": ITDESK, "halls": HALLS, "conferences": CONFERENCES}
