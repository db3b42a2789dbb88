"""Held-out conversations for bench/heldout38, written as analysts would ask them (follow-up heavy:
pronouns, ellipsis, "what about X", "only the ones ...", "sort that ..."), before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept` (other SQL
that also answers), or None when the data does not hold the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ locksmiths
DONE = "SELECT job_id FROM job_status_history WHERE status = 'completed'"
CANC = "SELECT job_id FROM job_status_history WHERE status = 'cancelled'"
OPEN = "SELECT job_id FROM job_status_history WHERE status IN ('completed', 'cancelled')"
JT = "FROM jobs j JOIN technicians t ON t.tech_id = j.tech_id"
JC = "FROM jobs j JOIN customers c ON c.customer_id = j.customer_id"
TOPTECH = f"SELECT t.tech_id {JT} WHERE j.job_id IN ({DONE}) GROUP BY t.tech_id ORDER BY COUNT(*) DESC LIMIT 1"
ONSITE = ("FROM job_status_history r JOIN job_status_history o ON o.job_id = r.job_id AND o.status = 'on site' "
          "JOIN jobs j ON j.job_id = r.job_id WHERE r.status = 'reported'")
MINS = "AVG((julianday(o.changed_at) - julianday(r.changed_at)) * 1440)"
MINS2 = "AVG((julianday(o.changed_at) - julianday(j.reported_at)) * 1440)"
ONSITE2 = ("FROM jobs j JOIN job_status_history o ON o.job_id = j.job_id AND o.status = 'on site' "
           "WHERE 1 = 1")
LO24 = "FROM jobs WHERE reported_at LIKE '2024%' AND job_type = 'lockout'"
M = "strftime('%m', reported_at)"
YM = "strftime('%Y-%m', reported_at)"
Y23 = "SUM(j.reported_at LIKE '2023%')"
Y24 = "SUM(j.reported_at LIKE '2024%')"
OVER = "AVG(final_price - quoted_price)"
OVERP = "AVG(100.0 * (final_price - quoted_price) / quoted_price)"

LOCKSMITHS = [
    conv("lock-1",
         ("How many jobs did we get of each type?", "SELECT job_type, COUNT(*) FROM jobs GROUP BY job_type"),
         ("and just the emergency ones?",
          "SELECT job_type, COUNT(*) FROM jobs WHERE priority = 'emergency' GROUP BY job_type"),
         ("which type had the most of those?",
          "SELECT job_type FROM jobs WHERE priority = 'emergency' GROUP BY job_type ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what share of all lockouts were emergencies?",
          "SELECT 100.0 * SUM(priority = 'emergency') / COUNT(*) FROM jobs WHERE job_type = 'lockout'",
          ["SELECT 1.0 * SUM(priority = 'emergency') / COUNT(*) FROM jobs WHERE job_type = 'lockout'"])),
    conv("lock-2",
         ("How many jobs ended up cancelled?",
          "SELECT COUNT(DISTINCT job_id) FROM job_status_history WHERE status = 'cancelled'"),
         ("what about in 2024?",
          f"SELECT COUNT(*) FROM jobs WHERE reported_at LIKE '2024%' AND job_id IN ({CANC})",
          ["SELECT COUNT(*) FROM job_status_history WHERE status = 'cancelled' AND changed_at LIKE '2024%'"]),
         ("break those down by customer type",
          f"SELECT c.customer_type, COUNT(*) {JC} WHERE j.reported_at LIKE '2024%' AND j.job_id IN ({CANC}) "
          "GROUP BY c.customer_type",
          [f"SELECT c.customer_type, COUNT(*) {JC} JOIN job_status_history h ON h.job_id = j.job_id "
           "WHERE h.status = 'cancelled' AND h.changed_at LIKE '2024%' GROUP BY c.customer_type"]),
         ("why did they cancel?", D)),
    conv("lock-3",
         ("Which technician completed the most jobs?",
          f"SELECT t.full_name {JT} WHERE j.job_id IN ({DONE}) GROUP BY t.tech_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how much did those jobs bring in?",
          f"SELECT SUM(final_price) FROM jobs WHERE tech_id = ({TOPTECH}) AND job_id IN ({DONE})"),
         ("and what's their day rate?", f"SELECT day_rate FROM technicians WHERE tech_id = ({TOPTECH})"),
         ("what's their mobile number?", D)),
    conv("lock-4",
         ("On average how long does it take us to get on site for emergency jobs, in minutes?",
          f"SELECT {MINS} {ONSITE} AND j.priority = 'emergency'",
          [f"SELECT {MINS2} {ONSITE2} AND j.priority = 'emergency'"]),
         ("and for standard ones?", f"SELECT {MINS} {ONSITE} AND j.priority = 'standard'",
          [f"SELECT {MINS2} {ONSITE2} AND j.priority = 'standard'"]),
         ("now the emergency ones again, split by job type",
          f"SELECT j.job_type, {MINS} {ONSITE} AND j.priority = 'emergency' GROUP BY j.job_type",
          [f"SELECT j.job_type, {MINS2} {ONSITE2} AND j.priority = 'emergency' GROUP BY j.job_type"])),
    conv("lock-5",
         ("Jobs per month in 2024", f"SELECT {M} AS m, COUNT(*) FROM jobs WHERE reported_at LIKE '2024%' GROUP BY m",
          [f"SELECT {YM} AS m, COUNT(*) FROM jobs WHERE reported_at LIKE '2024%' GROUP BY m"]),
         ("only lockouts", f"SELECT {M} AS m, COUNT(*) {LO24} GROUP BY m",
          [f"SELECT {YM} AS m, COUNT(*) {LO24} GROUP BY m"]),
         ("sort that by the count, busiest first", f"SELECT {M} AS m, COUNT(*) {LO24} GROUP BY m ORDER BY COUNT(*) DESC",
          [f"SELECT {YM} AS m, COUNT(*) {LO24} GROUP BY m ORDER BY COUNT(*) DESC",
           f"SELECT {M} AS m, COUNT(*) {LO24} GROUP BY m ORDER BY COUNT(*) DESC, m",
           f"SELECT {M} AS m, COUNT(*) {LO24} GROUP BY m ORDER BY COUNT(*) DESC, m DESC",
           f"SELECT {YM} AS m, COUNT(*) {LO24} GROUP BY m ORDER BY COUNT(*) DESC, m",
           f"SELECT {YM} AS m, COUNT(*) {LO24} GROUP BY m ORDER BY COUNT(*) DESC, m DESC"]),  # tied counts
         ("which month was the quietest?", f"SELECT {M} AS m {LO24} GROUP BY m ORDER BY COUNT(*) LIMIT 1",
          [f"SELECT {YM} AS m {LO24} GROUP BY m ORDER BY COUNT(*) LIMIT 1"])),
    conv("lock-6",
         ("Which jobs are still open, i.e. neither completed nor cancelled?",
          f"SELECT job_id FROM jobs WHERE job_id NOT IN ({OPEN})"),
         ("how many is that?", f"SELECT COUNT(*) FROM jobs WHERE job_id NOT IN ({OPEN})"),
         ("what status is each of them at right now?",
          f"SELECT h.job_id, h.status FROM job_status_history h WHERE h.job_id NOT IN ({OPEN}) AND h.changed_at = "
          "(SELECT MAX(h2.changed_at) FROM job_status_history h2 WHERE h2.job_id = h.job_id)",
          [f"SELECT h.job_id, h.status FROM job_status_history h WHERE h.job_id NOT IN ({OPEN}) AND h.event_id = "
           "(SELECT MAX(h2.event_id) FROM job_status_history h2 WHERE h2.job_id = h.job_id)"]),
         ("who's the technician on those?",
          f"SELECT j.job_id, t.full_name {JT} WHERE j.job_id NOT IN ({OPEN})")),
    conv("lock-7",
         ("How many of our customers are landlords?", "SELECT COUNT(*) FROM customers WHERE customer_type = 'landlord'"),
         ("what about businesses?", "SELECT COUNT(*) FROM customers WHERE customer_type = 'business'"),
         ("which town has the most business customers?",
          "SELECT town FROM customers WHERE customer_type = 'business' GROUP BY town ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's their annual contract value?", D)),
    conv("lock-8",
         ("What's our total revenue from completed jobs by customer town?",
          f"SELECT c.town, SUM(j.final_price) {JC} GROUP BY c.town"),
         ("and the average per job in Bath?",
          f"SELECT AVG(j.final_price) {JC} WHERE c.town = 'Bath'"),
         ("how will Bath do next year?", D)),
    conv("lock-9",
         ("How many jobs did each technician get in 2023?",
          f"SELECT t.full_name, COUNT(*) {JT} WHERE j.reported_at LIKE '2023%' GROUP BY t.tech_id"),
         ("and in 2024?", f"SELECT t.full_name, COUNT(*) {JT} WHERE j.reported_at LIKE '2024%' GROUP BY t.tech_id"),
         ("who grew the most from 2023 to 2024?",
          f"SELECT t.full_name {JT} GROUP BY t.tech_id ORDER BY {Y24} - {Y23} DESC LIMIT 1",
          [f"SELECT t.full_name {JT} GROUP BY t.tech_id ORDER BY 1.0 * {Y24} / {Y23} DESC LIMIT 1"])),
    conv("lock-10",
         ("On completed jobs, how far above the quote did the final price come in on average?",
          f"SELECT {OVER} FROM jobs WHERE final_price IS NOT NULL",
          [f"SELECT {OVERP} FROM jobs WHERE final_price IS NOT NULL"]),
         ("only the safe openings", f"SELECT {OVER} FROM jobs WHERE final_price IS NOT NULL AND job_type = 'safe opening'",
          [f"SELECT {OVERP} FROM jobs WHERE final_price IS NOT NULL AND job_type = 'safe opening'"]),
         ("across all job types, which technician goes over the quote the most on average?",
          f"SELECT t.full_name {JT} WHERE j.final_price IS NOT NULL GROUP BY t.tech_id "
          "ORDER BY AVG(j.final_price - j.quoted_price) DESC LIMIT 1",
          [f"SELECT t.full_name {JT} WHERE j.final_price IS NOT NULL GROUP BY t.tech_id "
           "ORDER BY AVG((j.final_price - j.quoted_price) / j.quoted_price) DESC LIMIT 1"]),
         ("which lock brand do we fit most often on lock changes?", D)),
    conv("lock-11",
         ("List the technicians based in Bristol", "SELECT full_name FROM technicians WHERE base_town = 'Bristol'"),
         ("when were they hired?", "SELECT full_name, hired_on FROM technicians WHERE base_town = 'Bristol'"),
         ("which of them has done more safe openings?",
          f"SELECT t.full_name {JT} WHERE t.base_town = 'Bristol' AND j.job_type = 'safe opening' "
          "GROUP BY t.tech_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many spare cylinders do they carry in their vans?", D)),
    conv("lock-12",
         ("How many status changes were logged in December 2024?",
          "SELECT COUNT(*) FROM job_status_history WHERE changed_at LIKE '2024-12%'"),
         ("by status", "SELECT status, COUNT(*) FROM job_status_history WHERE changed_at LIKE '2024-12%' GROUP BY status"),
         ("what was the customer satisfaction score on those jobs?", D)),
]

# ------------------------------------------------------------------------------------------ craft fairs
SM = "FROM stalls s JOIN makers m ON m.maker_id = s.maker_id"
SF = "FROM stalls s JOIN fairs f ON f.fair_id = s.fair_id"
SMF = "FROM stalls s JOIN makers m ON m.maker_id = s.maker_id JOIN fairs f ON f.fair_id = s.fair_id"
TOPCRAFT = "SELECT craft FROM makers GROUP BY craft ORDER BY COUNT(*) DESC LIMIT 1"
TOP5F = "SELECT fair_id, fair_name FROM fairs ORDER BY visitors DESC LIMIT 5"
WD = "SELECT maker_id FROM makers WHERE maker_name = 'Willa Dunmore'"
NEVER = "FROM makers WHERE maker_id NOT IN (SELECT maker_id FROM stalls)"
ELY = f"{SMF} WHERE f.fair_name = 'Ely Christmas Fair 2024'"
TOWNS5 = f"SELECT s.maker_id {SF} GROUP BY s.maker_id HAVING COUNT(DISTINCT f.venue_town) = 7"
CER = "FROM makers m LEFT JOIN stalls s ON s.maker_id = m.maker_id WHERE m.craft = 'ceramics' AND m.joined_year >= 2020"
CER2 = "FROM makers m JOIN stalls s ON s.maker_id = m.maker_id WHERE m.craft = 'ceramics' AND m.joined_year >= 2020"
GROW = ("SUM(CASE WHEN f.fair_date LIKE '2024%' THEN s.takings ELSE 0 END) - "
        "SUM(CASE WHEN f.fair_date LIKE '2023%' THEN s.takings ELSE 0 END)")

CRAFTFAIRS = [
    conv("fair-1",
         ("How many makers do we have for each craft?", "SELECT craft, COUNT(*) FROM makers GROUP BY craft"),
         ("which craft has the most?", TOPCRAFT),
         ("and how many of those makers live in Norwich?",
          f"SELECT COUNT(*) FROM makers WHERE craft = ({TOPCRAFT}) AND home_town = 'Norwich'"),
         ("name them", f"SELECT maker_name FROM makers WHERE craft = ({TOPCRAFT}) AND home_town = 'Norwich'")),
    conv("fair-2",
         ("Which five fairs had the most visitors?", "SELECT fair_name, visitors FROM fairs ORDER BY visitors DESC LIMIT 5"),
         ("how many stalls did each of them have?",
          f"SELECT t.fair_name, COUNT(*) FROM stalls s JOIN ({TOP5F}) t ON t.fair_id = s.fair_id GROUP BY t.fair_id"),
         ("what were the total takings across those five?",
          f"SELECT SUM(s.takings) FROM stalls s JOIN ({TOP5F}) t ON t.fair_id = s.fair_id"),
         ("and the average takings per stall at each?",
          f"SELECT t.fair_name, AVG(s.takings) FROM stalls s JOIN ({TOP5F}) t ON t.fair_id = s.fair_id "
          "GROUP BY t.fair_id")),
    conv("fair-3",
         ("How many fairs has Willa Dunmore done?", f"SELECT COUNT(*) FROM stalls WHERE maker_id = ({WD})"),
         ("what about her total takings?", f"SELECT SUM(takings) FROM stalls WHERE maker_id = ({WD})"),
         ("which was her best fair?",
          f"SELECT f.fair_name {SF} WHERE s.maker_id = ({WD}) ORDER BY s.takings DESC LIMIT 1"),
         ("and how much has she paid in pitch fees altogether?",
          f"SELECT SUM(fee_paid) FROM stalls WHERE maker_id = ({WD})"),
         ("what's her Instagram handle?", D)),
    conv("fair-4",
         ("Which makers have never had a stall?", f"SELECT maker_name {NEVER}"),
         ("what crafts do they do?", f"SELECT maker_name, craft {NEVER}"),
         ("when did they join?", f"SELECT maker_name, joined_year {NEVER}"),
         ("why haven't they booked anything?", D)),
    conv("fair-5",
         ("Total takings by craft in 2024",
          f"SELECT m.craft, SUM(s.takings) {SMF} WHERE f.fair_date LIKE '2024%' GROUP BY m.craft"),
         ("and 2023?", f"SELECT m.craft, SUM(s.takings) {SMF} WHERE f.fair_date LIKE '2023%' GROUP BY m.craft"),
         ("which craft grew the most between the two years?",
          f"SELECT m.craft {SMF} GROUP BY m.craft ORDER BY {GROW} DESC LIMIT 1",
          [f"SELECT m.craft {SMF} GROUP BY m.craft ORDER BY SUM(CASE WHEN f.fair_date LIKE '2024%' THEN s.takings "
           "ELSE 0 END) / SUM(CASE WHEN f.fair_date LIKE '2023%' THEN s.takings ELSE 0 END) DESC LIMIT 1"]),
         ("what will candles take in 2025?", D)),
    conv("fair-6",
         ("Who had a stall at the Ely Christmas Fair 2024?", f"SELECT m.maker_name {ELY}"),
         ("only the jewellery makers", f"SELECT m.maker_name {ELY} AND m.craft = 'jewellery'"),
         ("sort them by takings, highest first",
          f"SELECT m.maker_name, s.takings {ELY} AND m.craft = 'jewellery' ORDER BY s.takings DESC"),
         ("how many items did the top one sell?", D)),
    conv("fair-7",
         ("What's the average takings per stall for single versus double pitches?",
          "SELECT pitch_size, AVG(takings) FROM stalls GROUP BY pitch_size"),
         ("what about just at fairs with more than 4000 visitors?",
          f"SELECT s.pitch_size, AVG(s.takings) {SF} WHERE f.visitors > 4000 GROUP BY s.pitch_size"),
         ("and how many stalls is that in each case?",
          f"SELECT s.pitch_size, COUNT(*) {SF} WHERE f.visitors > 4000 GROUP BY s.pitch_size"),
         ("which pitch size do visitors prefer?", D)),
    conv("fair-8",
         ("Which makers have had a stall in all seven towns?",
          f"SELECT maker_name FROM makers WHERE maker_id IN ({TOWNS5})"),
         ("how many makers is that?", f"SELECT COUNT(*) FROM ({TOWNS5})"),
         ("which of them has done the most fairs overall?",
          f"SELECT m.maker_name {SM} WHERE s.maker_id IN ({TOWNS5}) GROUP BY m.maker_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("fair-9",
         ("Which 2024 fair brought in the most in pitch fees?",
          f"SELECT f.fair_name {SF} WHERE f.fair_date LIKE '2024%' GROUP BY f.fair_id ORDER BY SUM(s.fee_paid) DESC LIMIT 1"),
         ("and which one had the highest total takings for the makers?",
          f"SELECT f.fair_name {SF} WHERE f.fair_date LIKE '2024%' GROUP BY f.fair_id "
          "ORDER BY SUM(s.takings) DESC LIMIT 1"),
         ("how much did the venue hire cost for that one?", D)),
    conv("fair-10",
         ("How many fairs were held in each town in 2023?",
          "SELECT venue_town, COUNT(*) FROM fairs WHERE fair_date LIKE '2023%' GROUP BY venue_town"),
         ("and 2024?", "SELECT venue_town, COUNT(*) FROM fairs WHERE fair_date LIKE '2024%' GROUP BY venue_town"),
         ("which town had the most visitors across both years?",
          "SELECT venue_town FROM fairs GROUP BY venue_town ORDER BY SUM(visitors) DESC LIMIT 1"),
         ("what was the weather like at those fairs?", D)),
    conv("fair-11",
         ("List the ceramics makers who joined in 2020 or later",
          "SELECT maker_name FROM makers WHERE craft = 'ceramics' AND joined_year >= 2020"),
         ("how many stalls has each had?", f"SELECT m.maker_name, COUNT(s.fair_id) {CER} GROUP BY m.maker_id",
          [f"SELECT m.maker_name, COUNT(*) {CER2} GROUP BY m.maker_id"]),
         ("and their average takings?", f"SELECT m.maker_name, AVG(s.takings) {CER2} GROUP BY m.maker_id",
          [f"SELECT m.maker_name, AVG(s.takings) {CER} GROUP BY m.maker_id"])),
]

# ------------------------------------------------------------------------------------------ drones
MC = "FROM missions mi JOIN clients c ON c.client_id = mi.client_id"
MP = "FROM missions mi JOIN pilots p ON p.pilot_id = mi.pilot_id"
MD = "FROM missions mi JOIN drones d ON d.drone_id = mi.drone_id"
DONE_M = "mi.outcome = 'completed'"
TOPP = ("SELECT pilot_id FROM missions WHERE flown_on LIKE '2024%' GROUP BY pilot_id "
        "ORDER BY SUM(flight_minutes) DESC LIMIT 1")
TOPMODEL = (f"SELECT d.model {MD} WHERE {DONE_M} GROUP BY d.model ORDER BY AVG(mi.area_hectares) DESC LIMIT 1")
TOP5C = ("SELECT c.client_id, c.client_name, c.sector, c.region FROM missions mi JOIN clients c "
         "ON c.client_id = mi.client_id GROUP BY c.client_id ORDER BY SUM(mi.invoice_amount) DESC LIMIT 5")
OA = "SELECT pilot_id FROM pilots WHERE licence_level = 'OA'"
NEWOA = "SELECT pilot_id FROM pilots WHERE licence_level = 'OA' ORDER BY started_on DESC LIMIT 1"
EN24 = f"{MC} WHERE c.sector = 'energy' AND mi.flown_on LIKE '2024%'"
TOPC = "SELECT client_id FROM missions GROUP BY client_id ORDER BY COUNT(*) DESC LIMIT 1"
WM = "strftime('%m', flown_on)"
WYM = "strftime('%Y-%m', flown_on)"
WX = "FROM missions WHERE outcome = 'aborted - weather'"

DRONES = [
    conv("drone-1",
         ("How many missions did we fly for each sector?", f"SELECT c.sector, COUNT(*) {MC} GROUP BY c.sector"),
         ("only the completed ones", f"SELECT c.sector, COUNT(*) {MC} WHERE {DONE_M} GROUP BY c.sector"),
         ("and how much did we invoice for each?",
          f"SELECT c.sector, SUM(mi.invoice_amount) {MC} WHERE {DONE_M} GROUP BY c.sector"),
         ("which sector pays the most per hectare?",
          f"SELECT c.sector {MC} WHERE {DONE_M} GROUP BY c.sector "
          "ORDER BY SUM(mi.invoice_amount) / SUM(mi.area_hectares) DESC LIMIT 1",
          [f"SELECT c.sector {MC} WHERE {DONE_M} GROUP BY c.sector "
           "ORDER BY AVG(mi.invoice_amount / mi.area_hectares) DESC LIMIT 1"])),
    conv("drone-2",
         ("Which pilot flew the most hours in 2024?",
          f"SELECT p.pilot_name {MP} WHERE mi.flown_on LIKE '2024%' GROUP BY p.pilot_id "
          "ORDER BY SUM(mi.flight_minutes) DESC LIMIT 1"),
         ("how many missions was that?",
          f"SELECT COUNT(*) FROM missions WHERE flown_on LIKE '2024%' AND pilot_id = ({TOPP})"),
         ("which drone model did they use most?",
          f"SELECT d.model {MD} WHERE mi.flown_on LIKE '2024%' AND mi.pilot_id = ({TOPP}) GROUP BY d.model "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT d.model {MD} WHERE mi.pilot_id = ({TOPP}) GROUP BY d.model ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what licence do they hold?", f"SELECT licence_level FROM pilots WHERE pilot_id = ({TOPP})"),
         ("what's their CAA flyer ID?", D)),
    conv("drone-3",
         ("How many missions were aborted because of the weather?", f"SELECT COUNT(*) {WX}"),
         ("by month?", f"SELECT {WM} AS m, COUNT(*) {WX} GROUP BY m",
          [f"SELECT {WYM} AS m, COUNT(*) {WX} GROUP BY m"]),
         ("which month had the most?", f"SELECT {WM} AS m {WX} GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT {WYM} AS m {WX} GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what was the wind speed on those days?", D)),
    conv("drone-4",
         ("Average area covered per completed mission for each drone model",
          f"SELECT d.model, AVG(mi.area_hectares) {MD} WHERE {DONE_M} GROUP BY d.model"),
         ("which model covers the most?", TOPMODEL),
         ("how much did it cost us?", f"SELECT price FROM drones WHERE model = ({TOPMODEL})"),
         ("when does its warranty run out?", D)),
    conv("drone-5",
         ("Top 5 clients by total invoiced",
          f"SELECT c.client_name, SUM(mi.invoice_amount) {MC} GROUP BY c.client_id "
          "ORDER BY SUM(mi.invoice_amount) DESC LIMIT 5"),
         ("which sectors are they in?", f"SELECT client_name, sector FROM ({TOP5C})"),
         ("only the ones in the Midlands", f"SELECT client_name FROM ({TOP5C}) WHERE region = 'Midlands'"),
         ("how many missions have we flown for those?",
          f"SELECT t.client_name, COUNT(*) FROM missions mi JOIN ({TOP5C}) t ON t.client_id = mi.client_id "
          "WHERE t.region = 'Midlands' GROUP BY t.client_id",
          [f"SELECT COUNT(*) FROM missions mi JOIN ({TOP5C}) t ON t.client_id = mi.client_id "
           "WHERE t.region = 'Midlands'"])),
    conv("drone-6",
         ("How many images did we capture in 2024?",
          "SELECT SUM(images_captured) FROM missions WHERE flown_on LIKE '2024%'"),
         ("per pilot", f"SELECT p.pilot_name, SUM(mi.images_captured) {MP} WHERE mi.flown_on LIKE '2024%' "
          "GROUP BY p.pilot_id"),
         ("sort that lowest first", f"SELECT p.pilot_name, SUM(mi.images_captured) {MP} WHERE mi.flown_on LIKE '2024%' "
          "GROUP BY p.pilot_id ORDER BY SUM(mi.images_captured)"),
         ("how many gigabytes of storage do those take up?", D)),
    conv("drone-7",
         ("Which pilots hold an OA licence?", "SELECT pilot_name FROM pilots WHERE licence_level = 'OA'"),
         ("how many missions has each of them flown?",
          f"SELECT p.pilot_name, COUNT(*) {MP} WHERE p.licence_level = 'OA' GROUP BY p.pilot_id"),
         ("who started with us most recently?", f"SELECT pilot_name FROM pilots WHERE pilot_id = ({NEWOA})"),
         ("and what's the longest flight they've done?",
          f"SELECT MAX(flight_minutes) FROM missions WHERE pilot_id = ({NEWOA})"),
         ("can you give me their home address?", D)),
    conv("drone-8",
         ("What's the battery cycle count on each drone?", D),
         ("How many drones do we own?", "SELECT COUNT(*) FROM drones"),
         ("how many of them are Mavics?", "SELECT COUNT(*) FROM drones WHERE model LIKE '%Mavic%'"),
         ("which one did we buy most recently?", "SELECT drone_id, model FROM drones ORDER BY purchased_on DESC LIMIT 1")),
    conv("drone-9",
         ("Monthly invoiced total for 2023",
          f"SELECT {WM} AS m, SUM(invoice_amount) FROM missions WHERE flown_on LIKE '2023%' GROUP BY m",
          [f"SELECT {WYM} AS m, SUM(invoice_amount) FROM missions WHERE flown_on LIKE '2023%' GROUP BY m"]),
         ("what about 2024?",
          f"SELECT {WM} AS m, SUM(invoice_amount) FROM missions WHERE flown_on LIKE '2024%' GROUP BY m",
          [f"SELECT {WYM} AS m, SUM(invoice_amount) FROM missions WHERE flown_on LIKE '2024%' GROUP BY m"]),
         ("only the energy clients", f"SELECT strftime('%m', mi.flown_on) AS m, SUM(mi.invoice_amount) {EN24} GROUP BY m",
          [f"SELECT strftime('%Y-%m', mi.flown_on) AS m, SUM(mi.invoice_amount) {EN24} GROUP BY m"]),
         ("which month was best for them?",
          f"SELECT strftime('%m', mi.flown_on) AS m {EN24} GROUP BY m ORDER BY SUM(mi.invoice_amount) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', mi.flown_on) AS m {EN24} GROUP BY m "
           "ORDER BY SUM(mi.invoice_amount) DESC LIMIT 1"])),
    conv("drone-10",
         ("Which client is most likely to stop using us?", D),
         ("Which client have we flown the most missions for?",
          f"SELECT c.client_name {MC} GROUP BY c.client_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what region are they in?", f"SELECT region FROM clients WHERE client_id = ({TOPC})"),
         ("how many of those missions were aborted?",
          f"SELECT COUNT(*) FROM missions WHERE client_id = ({TOPC}) AND outcome LIKE 'aborted%'")),
]

SETS = {"locksmiths": LOCKSMITHS, "craftfairs": CRAFTFAIRS, "drones": DRONES}
