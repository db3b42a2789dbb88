"""Held-out conversations of heldout57, written as an operations lead would ask them (percentages,
load factors, weighted figures, per-head amounts, top-N per group, year-on-year differences), before
the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown),
optional `accept` (other SQL that also answers), or `decline: True` when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ ferry
SR = "FROM sailings s JOIN routes r ON r.route_id = s.route_id"
# one row per sailing that sailed: capacity and passengers booked
PS = ("SELECT s.sailing_id, s.route_id, s.vessel_id, s.sail_date, s.depart_time, s.timetable, "
      "v.passenger_capacity AS cap, v.car_spaces AS spaces, "
      "(SELECT SUM(b.passengers) FROM bookings b WHERE b.sailing_id = s.sailing_id) AS pax, "
      "(SELECT COUNT(b.vehicle_type) FROM bookings b WHERE b.sailing_id = s.sailing_id) AS vehicles, "
      "(SELECT SUM(b.fare_paid) FROM bookings b WHERE b.sailing_id = s.sailing_id) AS takings "
      "FROM sailings s JOIN vessels v ON v.vessel_id = s.vessel_id WHERE s.status = 'sailed'")
PSR = f"FROM ({PS}) p JOIN routes r ON r.route_id = p.route_id"
CANC = "100.0 * SUM(s.status = 'cancelled') / COUNT(*)"
WORST = f"SELECT s.route_id {SR} GROUP BY s.route_id ORDER BY {CANC} DESC LIMIT 1"
BK = "FROM bookings b JOIN sailings s ON s.sailing_id = b.sailing_id JOIN routes r ON r.route_id = s.route_id"


def lf(where: str, extra: str = "") -> tuple:
    """Load factor per route (weighted reference, unweighted and fraction/percent accepted)."""
    w = f"WHERE {where} " if where else ""
    return (f"SELECT r.route_code, 100.0 * SUM(p.pax) / SUM(p.cap) AS lf {PSR} {w}GROUP BY r.route_code{extra}",
            [f"SELECT r.route_code, 1.0 * SUM(p.pax) / SUM(p.cap) AS lf {PSR} {w}GROUP BY r.route_code{extra}",
             f"SELECT r.route_code, 100.0 * AVG(1.0 * p.pax / p.cap) AS lf {PSR} {w}GROUP BY r.route_code{extra}",
             f"SELECT r.route_code, AVG(1.0 * p.pax / p.cap) AS lf {PSR} {w}GROUP BY r.route_code{extra}"])


Y24 = "p.sail_date LIKE '2024%'"
LF24, LF24A = lf(Y24)
LFS, LFSA = lf(Y24 + " AND p.timetable = 'summer'")
LFW, LFWA = lf(Y24 + " AND p.timetable = 'winter'")
LOWS = (f"SELECT r.route_code {PSR} WHERE {Y24} AND p.timetable = 'summer' GROUP BY r.route_code "
        "ORDER BY 1.0 * SUM(p.pax) / SUM(p.cap) LIMIT 1")
LOWS_A = [f"SELECT r.route_code {PSR} WHERE {Y24} AND p.timetable = 'summer' GROUP BY r.route_code "
          "ORDER BY AVG(1.0 * p.pax / p.cap) LIMIT 1"]

TOP2_PAX = ("SELECT route_code, sailing_id, sail_date, depart_time, pax FROM (SELECT r.route_code, p.sailing_id, "
            "p.sail_date, p.depart_time, p.pax, ROW_NUMBER() OVER (PARTITION BY p.route_id ORDER BY p.pax DESC) AS rn "
            f"{PSR} WHERE {Y24}) WHERE rn <= 2")
TOP2_REV = ("SELECT route_code, sailing_id, sail_date, depart_time, takings FROM (SELECT r.route_code, p.sailing_id, "
            "p.sail_date, p.depart_time, p.takings, ROW_NUMBER() OVER (PARTITION BY p.route_id ORDER BY p.takings DESC) "
            f"AS rn {PSR} WHERE {Y24}) WHERE rn <= 2")

PERHEAD = "SUM(b.fare_paid) / SUM(b.passengers)"
PAX_Y = "SELECT SUM(b.passengers) FROM bookings b JOIN sailings s ON s.sailing_id = b.sailing_id WHERE s.sail_date LIKE '{y}%'"
GROW = ("SELECT r.route_code, SUM(CASE WHEN s.sail_date LIKE '2024%' THEN b.passengers ELSE 0 END) AS y24, "
        "SUM(CASE WHEN s.sail_date LIKE '2023%' THEN b.passengers ELSE 0 END) AS y23 " + BK + " GROUP BY r.route_code")
BESTV = (f"SELECT p.vessel_id FROM ({PS}) p GROUP BY p.vessel_id ORDER BY AVG(1.0 * p.pax / p.cap) DESC LIMIT 1")
BESTV_W = (f"SELECT p.vessel_id FROM ({PS}) p GROUP BY p.vessel_id ORDER BY 1.0 * SUM(p.pax) / SUM(p.cap) DESC LIMIT 1")
EARLY = "s.depart_time < '09:00'"

FERRY = [
    conv("ferry-1",
         ("What percentage of sailings were cancelled on each route?",
          f"SELECT r.route_code, {CANC} {SR} GROUP BY r.route_code",
          [f"SELECT r.route_code, 1.0 * SUM(s.status = 'cancelled') / COUNT(*) {SR} GROUP BY r.route_code"]),
         ("which route was the worst?", f"SELECT r.route_code {SR} GROUP BY r.route_code ORDER BY {CANC} DESC LIMIT 1"),
         ("and how many of its cancellations were down to the weather?",
          f"SELECT COUNT(*) FROM sailings WHERE status = 'cancelled' AND cancel_reason = 'weather' "
          f"AND route_id = ({WORST})"),
         ("what will its cancellation rate be next winter?", D)),
    conv("ferry-2",
         ("What was the load factor on each route in 2024? Passengers booked divided by passenger capacity, "
          "on the sailings that went.", LF24, LF24A),
         ("and for the summer timetable only?", LFS, LFSA),
         ("which route had the lowest?", LOWS, LOWS_A),
         ("switch to the winter timetable", LFW, LFWA)),
    conv("ferry-3",
         ("Top 2 sailings per route by passengers booked in 2024", TOP2_PAX),
         ("now the top 2 by fare takings instead", TOP2_REV),
         ("just for Oban to Craignure",
          f"SELECT p.sailing_id, p.sail_date, p.depart_time, p.takings {PSR} WHERE {Y24} AND r.route_code = 'OBN-CRA' "
          "ORDER BY p.takings DESC LIMIT 2")),
    conv("ferry-4",
         ("How many sailings are timetabled to leave before 9 in the morning?",
          f"SELECT COUNT(*) FROM sailings s WHERE {EARLY}"),
         ("what share of those were cancelled?",
          f"SELECT 100.0 * SUM(s.status = 'cancelled') / COUNT(*) FROM sailings s WHERE {EARLY}",
          [f"SELECT 1.0 * SUM(s.status = 'cancelled') / COUNT(*) FROM sailings s WHERE {EARLY}"]),
         ("compare that with departures from 12:00 onwards",
          "SELECT 100.0 * SUM(s.status = 'cancelled') / COUNT(*) FROM sailings s WHERE s.depart_time >= '12:00'",
          ["SELECT 1.0 * SUM(s.status = 'cancelled') / COUNT(*) FROM sailings s WHERE s.depart_time >= '12:00'"]),
         ("On the Iona route, which departure time carries the most passengers per sailing on average?",
          f"SELECT p.depart_time {PSR} WHERE r.route_code = 'FIO-IONA' GROUP BY p.depart_time "
          "ORDER BY AVG(p.pax) DESC LIMIT 1")),
    conv("ferry-5",
         ("What's the average fare per head on each route?",
          f"SELECT r.route_code, {PERHEAD} {BK} GROUP BY r.route_code"),
         ("and for bookings with a vehicle only?",
          f"SELECT r.route_code, {PERHEAD} {BK} WHERE b.vehicle_type IS NOT NULL GROUP BY r.route_code"),
         ("on the Islay route, how much more per head do vehicle bookings pay than foot passengers?",
          f"SELECT (SELECT {PERHEAD} {BK} WHERE r.route_code = 'KEN-ISL' AND b.vehicle_type IS NOT NULL) - "
          f"(SELECT {PERHEAD} {BK} WHERE r.route_code = 'KEN-ISL' AND b.vehicle_type IS NULL)"),
         ("what's the fuel cost per head on that route?", D),
         ("how many of those bookings were from repeat customers?", D)),
    conv("ferry-6",
         ("How many passengers did we carry in 2024?", PAX_Y.format(y=2024)),
         ("how many more than the year before?", f"SELECT ({PAX_Y.format(y=2024)}) - ({PAX_Y.format(y=2023)})"),
         ("break that down by route", f"SELECT route_code, y24 - y23 FROM ({GROW})"),
         ("which route grew the most in percentage terms?",
          f"SELECT route_code FROM ({GROW}) ORDER BY 1.0 * (y24 - y23) / y23 DESC LIMIT 1")),
    conv("ferry-7",
         ("Which vessel has the highest average load factor across its sailings?",
          f"SELECT vessel_name FROM vessels WHERE vessel_id = ({BESTV})",
          [f"SELECT vessel_name FROM vessels WHERE vessel_id = ({BESTV_W})"]),
         ("when was it built?", f"SELECT year_built FROM vessels WHERE vessel_id = ({BESTV})"),
         ("how many times did it sail in 2024?",
          f"SELECT COUNT(*) FROM sailings WHERE status = 'sailed' AND sail_date LIKE '2024%' AND vessel_id = ({BESTV})"),
         ("who is its captain?", D)),
    conv("ferry-8",
         ("What was our average occupancy across all 2024 sailings, weighted by capacity?",
          f"SELECT 100.0 * SUM(p.pax) / SUM(p.cap) FROM ({PS}) p WHERE {Y24}",
          [f"SELECT 1.0 * SUM(p.pax) / SUM(p.cap) FROM ({PS}) p WHERE {Y24}"]),
         ("and unweighted?", f"SELECT 100.0 * AVG(1.0 * p.pax / p.cap) FROM ({PS}) p WHERE {Y24}",
          [f"SELECT AVG(1.0 * p.pax / p.cap) FROM ({PS}) p WHERE {Y24}"]),
         ("how many of those sailings were more than 70% full?",
          f"SELECT COUNT(*) FROM ({PS}) p WHERE {Y24} AND 1.0 * p.pax / p.cap > 0.7"),
         ("on which routes?",
          f"SELECT DISTINCT r.route_code {PSR} WHERE {Y24} AND 1.0 * p.pax / p.cap > 0.7")),
    conv("ferry-9",
         ("How many cars did we carry on each route in the 2024 summer timetable?",
          f"SELECT r.route_code, COUNT(*) {BK} WHERE b.vehicle_type = 'car' AND s.sail_date LIKE '2024%' "
          "AND s.timetable = 'summer' GROUP BY r.route_code"),
         ("and vans?",
          f"SELECT r.route_code, COUNT(*) {BK} WHERE b.vehicle_type = 'van' AND s.sail_date LIKE '2024%' "
          "AND s.timetable = 'summer' GROUP BY r.route_code"),
         ("On Oban–Craignure, what share of the car deck did vehicles fill per sailing, weighted by deck size?",
          f"SELECT 100.0 * SUM(p.vehicles) / SUM(p.spaces) {PSR} WHERE r.route_code = 'OBN-CRA'",
          [f"SELECT 1.0 * SUM(p.vehicles) / SUM(p.spaces) {PSR} WHERE r.route_code = 'OBN-CRA'"]),
         ("how many vehicles were turned away because the deck was full?", D)),
    conv("ferry-10",
         ("Which route has the longest crossing?",
          "SELECT route_code FROM routes ORDER BY crossing_minutes DESC LIMIT 1"),
         ("what's the sea state forecast for tomorrow on it?", D),
         ("how many sailings did it have each month in 2024?",
          "SELECT strftime('%m', sail_date) AS m, COUNT(*) FROM sailings WHERE route_id = 5 "
          "AND sail_date LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', sail_date) AS m, COUNT(*) FROM sailings WHERE route_id = 5 "
           "AND sail_date LIKE '2024%' GROUP BY m"]),
         ("what's the average delay on arrival?", D)),
    conv("ferry-11",
         ("What percentage of all cancellations were because of the weather?",
          "SELECT 100.0 * SUM(cancel_reason = 'weather') / COUNT(*) FROM sailings WHERE status = 'cancelled'",
          ["SELECT 1.0 * SUM(cancel_reason = 'weather') / COUNT(*) FROM sailings WHERE status = 'cancelled'"]),
         ("of the rest, which reason was most common?",
          "SELECT cancel_reason FROM sailings WHERE status = 'cancelled' AND cancel_reason <> 'weather' "
          "GROUP BY cancel_reason ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many weather cancellations were there in the winter timetable versus the summer one?",
          "SELECT timetable, COUNT(*) FROM sailings WHERE cancel_reason = 'weather' GROUP BY timetable")),
]

# ------------------------------------------------------------------------------------------ allotments
WJ = "FROM waiting_list w JOIN sites s ON s.site_id = w.site_id"
LET = "SELECT plot_id FROM tenancies WHERE end_date IS NULL"
PJ = "FROM plots p JOIN sites s ON s.site_id = p.site_id"
MJ = "FROM meter_readings m JOIN plots p ON p.plot_id = m.plot_id JOIN sites s ON s.site_id = p.site_id"
TOPWATER = ("SELECT m.plot_id FROM meter_readings m JOIN plots p ON p.plot_id = m.plot_id WHERE m.read_on LIKE '2024%' "
            "GROUP BY m.plot_id ORDER BY 1.0 * SUM(m.litres_used) / MAX(p.size_m2) DESC LIMIT 1")
WAIT2 = ("SELECT site_name, applicant_name, joined_on FROM (SELECT s.site_name, w.applicant_name, w.joined_on, "
         "ROW_NUMBER() OVER (PARTITION BY w.site_id ORDER BY w.joined_on) AS rn "
         f"{WJ} WHERE w.status = 'waiting'{{extra}}) WHERE rn <= 2")
Y = "SUM(CASE WHEN m.read_on LIKE '{y}%' THEN m.litres_used ELSE 0 END)"

ALLOTMENTS = [
    conv("allot-1",
         ("Who has been waiting longest for a plot at Meadow Lane?",
          f"SELECT w.applicant_name {WJ} WHERE s.site_name = 'Meadow Lane' AND w.status = 'waiting' "
          "ORDER BY w.joined_on LIMIT 1"),
         ("how many people are still waiting there?",
          f"SELECT COUNT(*) {WJ} WHERE s.site_name = 'Meadow Lane' AND w.status = 'waiting'"),
         ("same for St Anne's Glebe", f"SELECT COUNT(*) {WJ} WHERE s.site_name = 'St Anne''s Glebe' AND w.status = 'waiting'"),
         ("what's the email address of the person at the top of that list?", D)),
    conv("allot-2",
         ("How many people are waiting for a plot at each site?",
          f"SELECT s.site_name, COUNT(*) {WJ} WHERE w.status = 'waiting' GROUP BY s.site_name"),
         ("how many more people joined the waiting list in 2024 than in 2023?",
          "SELECT SUM(joined_on LIKE '2024%') - SUM(joined_on LIKE '2023%') FROM waiting_list",
          ["SELECT SUM(joined_on LIKE '2024%') - SUM(joined_on LIKE '2023%') FROM waiting_list WHERE status = 'waiting'"]),
         ("which site saw the biggest increase?",
          f"SELECT s.site_name {WJ} GROUP BY s.site_name "
          "ORDER BY SUM(w.joined_on LIKE '2024%') - SUM(w.joined_on LIKE '2023%') DESC LIMIT 1")),
    conv("allot-3",
         ("List the two longest-waiting applicants at each site", WAIT2.format(extra="")),
         ("how many days had each of them been waiting on 1 January 2025?",
          "SELECT site_name, applicant_name, julianday('2025-01-01') - julianday(joined_on) "
          f"FROM ({WAIT2.format(extra='')})"),
         ("now do the same list for people who only want a half plot",
          WAIT2.format(extra=" AND w.wants_half_plot = 1"))),
    conv("allot-4",
         ("What percentage of plots are let at the moment, per site?",
          f"SELECT s.site_name, 100.0 * SUM(p.plot_id IN ({LET})) / COUNT(*) {PJ} GROUP BY s.site_name",
          [f"SELECT s.site_name, 1.0 * SUM(p.plot_id IN ({LET})) / COUNT(*) {PJ} GROUP BY s.site_name"]),
         ("and weighted by plot size — what share of the area is let?",
          f"SELECT s.site_name, 100.0 * SUM(CASE WHEN p.plot_id IN ({LET}) THEN p.size_m2 ELSE 0 END) / SUM(p.size_m2) "
          f"{PJ} GROUP BY s.site_name",
          [f"SELECT s.site_name, 1.0 * SUM(CASE WHEN p.plot_id IN ({LET}) THEN p.size_m2 ELSE 0 END) / SUM(p.size_m2) "
           f"{PJ} GROUP BY s.site_name"]),
         ("which site has the most unlet area in square metres?",
          f"SELECT s.site_name {PJ} WHERE p.plot_id NOT IN ({LET}) GROUP BY s.site_name "
          "ORDER BY SUM(p.size_m2) DESC LIMIT 1")),
    conv("allot-5",
         ("How much water did each site use in 2024, in cubic metres?",
          f"SELECT s.site_name, SUM(m.litres_used) / 1000.0 {MJ} WHERE m.read_on LIKE '2024%' GROUP BY s.site_name"),
         ("and per plot?",
          f"SELECT s.site_name, SUM(m.litres_used) / 1000.0 / COUNT(DISTINCT m.plot_id) {MJ} "
          "WHERE m.read_on LIKE '2024%' GROUP BY s.site_name",
          [f"SELECT s.site_name, SUM(m.litres_used) * 1.0 / COUNT(DISTINCT m.plot_id) {MJ} "
           "WHERE m.read_on LIKE '2024%' GROUP BY s.site_name"]),
         ("how much more did each site use than in 2023?",
          f"SELECT s.site_name, ({Y.format(y=2024)} - {Y.format(y=2023)}) / 1000.0 {MJ} GROUP BY s.site_name",
          [f"SELECT s.site_name, {Y.format(y=2024)} - {Y.format(y=2023)} {MJ} GROUP BY s.site_name"]),
         ("what did the water cost each site in 2024?",
          f"SELECT s.site_name, SUM(m.litres_used) / 1000.0 * MAX(s.water_rate_per_m3) {MJ} "
          "WHERE m.read_on LIKE '2024%' GROUP BY s.site_name"),
         ("will we go over the water budget next summer?", D)),
    conv("allot-6",
         ("Which plot used the most water per square metre in 2024?",
          f"SELECT plot_ref FROM plots WHERE plot_id = ({TOPWATER})"),
         ("who holds it now?",
          "SELECT t.full_name FROM tenancies ty JOIN tenants t ON t.tenant_id = ty.tenant_id "
          f"WHERE ty.end_date IS NULL AND ty.plot_id = ({TOPWATER})"),
         ("since when?",
          f"SELECT start_date FROM tenancies WHERE end_date IS NULL AND plot_id = ({TOPWATER})"),
         ("are they behind with their rent?", D)),
    conv("allot-7",
         ("What's the average length of a finished tenancy, in years?",
          "SELECT AVG(julianday(end_date) - julianday(start_date)) / 365.25 FROM tenancies WHERE end_date IS NOT NULL",
          ["SELECT AVG(julianday(end_date) - julianday(start_date)) / 365 FROM tenancies WHERE end_date IS NOT NULL"]),
         ("per site?",
          "SELECT s.site_name, AVG(julianday(ty.end_date) - julianday(ty.start_date)) / 365.25 FROM tenancies ty "
          "JOIN plots p ON p.plot_id = ty.plot_id JOIN sites s ON s.site_id = p.site_id "
          "WHERE ty.end_date IS NOT NULL GROUP BY s.site_name",
          ["SELECT s.site_name, AVG(julianday(ty.end_date) - julianday(ty.start_date)) / 365 FROM tenancies ty "
           "JOIN plots p ON p.plot_id = ty.plot_id JOIN sites s ON s.site_id = p.site_id "
           "WHERE ty.end_date IS NOT NULL GROUP BY s.site_name"]),
         ("which site keeps its tenants longest?",
          "SELECT s.site_name FROM tenancies ty JOIN plots p ON p.plot_id = ty.plot_id "
          "JOIN sites s ON s.site_id = p.site_id WHERE ty.end_date IS NOT NULL GROUP BY s.site_name "
          "ORDER BY AVG(julianday(ty.end_date) - julianday(ty.start_date)) DESC LIMIT 1")),
    conv("allot-8",
         ("What's the total annual rent from let plots, by site?",
          f"SELECT s.site_name, SUM(p.annual_rent) {PJ} WHERE p.plot_id IN ({LET}) GROUP BY s.site_name"),
         ("and the rent per square metre at each site?",
          f"SELECT s.site_name, SUM(p.annual_rent) / SUM(p.size_m2) {PJ} WHERE p.plot_id IN ({LET}) GROUP BY s.site_name",
          [f"SELECT s.site_name, SUM(p.annual_rent) / SUM(p.size_m2) {PJ} GROUP BY s.site_name",
           f"SELECT s.site_name, AVG(p.annual_rent / p.size_m2) {PJ} GROUP BY s.site_name",
           f"SELECT s.site_name, AVG(p.annual_rent / p.size_m2) {PJ} WHERE p.plot_id IN ({LET}) GROUP BY s.site_name"]),
         ("at which site are plots with a shed the dearest on average?",
          f"SELECT s.site_name {PJ} WHERE p.has_shed = 1 GROUP BY s.site_name ORDER BY AVG(p.annual_rent) DESC LIMIT 1"),
         ("how much did we spend on shed repairs last year?", D)),
    conv("allot-9",
         ("Which month of the growing season uses the most water on average?",
          "SELECT strftime('%m', read_on) AS m FROM meter_readings GROUP BY m ORDER BY AVG(litres_used) DESC LIMIT 1",
          ["SELECT strftime('%m', read_on) AS m FROM meter_readings GROUP BY m ORDER BY SUM(litres_used) DESC LIMIT 1"]),
         ("what was the July 2024 total across all sites, in litres?",
          "SELECT SUM(litres_used) FROM meter_readings WHERE read_on LIKE '2024-07%'"),
         ("how does that compare with July 2023, as a percentage change?",
          "SELECT 100.0 * (SUM(CASE WHEN read_on LIKE '2024-07%' THEN litres_used END) - "
          "SUM(CASE WHEN read_on LIKE '2023-07%' THEN litres_used END)) / "
          "SUM(CASE WHEN read_on LIKE '2023-07%' THEN litres_used END) FROM meter_readings")),
    conv("allot-10",
         ("How many plots does the society have?", "SELECT COUNT(*) FROM plots"),
         ("how many of them have a greenhouse?", D),
         ("what's the soil pH at Hilltop Gardens?", D),
         ("how many plots at Hilltop Gardens have a shed?",
          f"SELECT COUNT(*) {PJ} WHERE s.site_name = 'Hilltop Gardens' AND p.has_shed = 1")),
    conv("allot-11",
         ("Of the people who joined the waiting list in 2019, what percentage have been offered a plot?",
          "SELECT 100.0 * SUM(status = 'offered') / COUNT(*) FROM waiting_list WHERE joined_on LIKE '2019%'",
          ["SELECT 1.0 * SUM(status = 'offered') / COUNT(*) FROM waiting_list WHERE joined_on LIKE '2019%'"]),
         ("and what percentage withdrew?",
          "SELECT 100.0 * SUM(status = 'withdrawn') / COUNT(*) FROM waiting_list WHERE joined_on LIKE '2019%'",
          ["SELECT 1.0 * SUM(status = 'withdrawn') / COUNT(*) FROM waiting_list WHERE joined_on LIKE '2019%'"]),
         ("how long did the ones who got an offer wait for it?", D)),
    conv("allot-12",
         ("How many tenants have we had since the start, and how many hold a plot today?",
          "SELECT COUNT(*), (SELECT COUNT(DISTINCT tenant_id) FROM tenancies WHERE end_date IS NULL) FROM tenants"),
         ("who is our longest-standing current tenant?",
          "SELECT t.full_name FROM tenancies ty JOIN tenants t ON t.tenant_id = ty.tenant_id WHERE ty.end_date IS NULL "
          "ORDER BY ty.start_date LIMIT 1",
          ["SELECT t.full_name FROM tenancies ty JOIN tenants t ON t.tenant_id = ty.tenant_id WHERE ty.end_date IS NULL "
           "ORDER BY t.member_since LIMIT 1"]),
         ("which plot do they have?",
          "SELECT p.plot_ref FROM tenancies ty JOIN plots p ON p.plot_id = ty.plot_id WHERE ty.end_date IS NULL "
          "ORDER BY ty.start_date LIMIT 1",
          ["SELECT p.plot_ref FROM tenancies ty JOIN plots p ON p.plot_id = ty.plot_id JOIN tenants t "
           "ON t.tenant_id = ty.tenant_id WHERE ty.end_date IS NULL ORDER BY t.member_since LIMIT 1"])),
]

# ------------------------------------------------------------------------------------------ studio
SJ = "FROM sessions se JOIN rooms r ON r.room_id = se.room_id"
IJ = ("FROM invoices i JOIN sessions se ON se.session_id = i.session_id JOIN clients c ON c.client_id = se.client_id "
      "JOIN rooms r ON r.room_id = se.room_id")
S24 = "se.session_date LIKE '2024%'"
TOPC_H = ("SELECT room_name, client_name, h FROM (SELECT r.room_name, c.client_name, SUM(se.hours_used) AS h, "
          "ROW_NUMBER() OVER (PARTITION BY r.room_id ORDER BY SUM(se.hours_used) DESC) AS rn "
          f"{SJ} JOIN clients c ON c.client_id = se.client_id GROUP BY r.room_id, c.client_id) WHERE rn <= 2")
TOPC_N = ("SELECT room_name, client_name, n FROM (SELECT r.room_name, c.client_name, SUM(i.net_amount) AS n, "
          f"ROW_NUMBER() OVER (PARTITION BY r.room_id ORDER BY SUM(i.net_amount) DESC) AS rn {IJ} "
          "GROUP BY r.room_id, c.client_id) WHERE rn <= 2")
TOPENG = (f"SELECT se.engineer_id FROM sessions se WHERE {S24} GROUP BY se.engineer_id "
          "ORDER BY SUM(se.hours_used) DESC LIMIT 1")
UNPAID = "SUM(i.net_amount + i.vat_amount)"
NET_Y = "SELECT SUM(net_amount) FROM invoices WHERE issued_on LIKE '{y}%'"
BUSY = ("SELECT strftime('%m', session_date) AS m FROM sessions WHERE session_date LIKE '2024%' GROUP BY m "
        "ORDER BY SUM(hours_booked) DESC LIMIT 1")

STUDIO = [
    conv("studio-1",
         ("How many hours did each room actually get used in 2024?",
          f"SELECT r.room_name, SUM(se.hours_used) {SJ} WHERE {S24} GROUP BY r.room_name"),
         ("what's that as a percentage of the hours booked?",
          f"SELECT r.room_name, 100.0 * SUM(se.hours_used) / SUM(se.hours_booked) {SJ} WHERE {S24} GROUP BY r.room_name",
          [f"SELECT r.room_name, SUM(se.hours_used) / SUM(se.hours_booked) {SJ} WHERE {S24} GROUP BY r.room_name"]),
         ("which room has the worst ratio?",
          f"SELECT r.room_name {SJ} WHERE {S24} GROUP BY r.room_name "
          "ORDER BY SUM(se.hours_used) / SUM(se.hours_booked) LIMIT 1"),
         ("and in 2023?",
          f"SELECT r.room_name {SJ} WHERE se.session_date LIKE '2023%' GROUP BY r.room_name "
          "ORDER BY SUM(se.hours_used) / SUM(se.hours_booked) LIMIT 1")),
    conv("studio-2",
         ("What's our average room occupancy across all sessions — players against the room's maximum — weighted "
          "by capacity?",
          f"SELECT 100.0 * SUM(se.players) / SUM(r.max_players) {SJ}",
          [f"SELECT 1.0 * SUM(se.players) / SUM(r.max_players) {SJ}"]),
         ("per room?",
          f"SELECT r.room_name, 100.0 * SUM(se.players) / SUM(r.max_players) {SJ} GROUP BY r.room_name",
          [f"SELECT r.room_name, 1.0 * SUM(se.players) / SUM(r.max_players) {SJ} GROUP BY r.room_name"]),
         ("and the simple unweighted average overall?",
          f"SELECT 100.0 * AVG(1.0 * se.players / r.max_players) {SJ}",
          [f"SELECT AVG(1.0 * se.players / r.max_players) {SJ}"])),
    conv("studio-3",
         ("Top 2 clients by hours used in each room", TOPC_H),
         ("switch that to invoiced net amount instead of hours", TOPC_N),
         ("just for Studio A",
          f"SELECT c.client_name, SUM(i.net_amount) {IJ} WHERE r.room_name = 'Studio A' GROUP BY c.client_name "
          "ORDER BY SUM(i.net_amount) DESC LIMIT 2")),
    conv("studio-4",
         ("How many sessions did each engineer work in 2024?",
          "SELECT e.engineer_name, COUNT(*) FROM sessions se JOIN engineers e ON e.engineer_id = se.engineer_id "
          f"WHERE {S24} GROUP BY e.engineer_name"),
         ("and their average hours used per session?",
          "SELECT e.engineer_name, AVG(se.hours_used) FROM sessions se JOIN engineers e ON e.engineer_id = se.engineer_id "
          f"WHERE {S24} GROUP BY e.engineer_name"),
         ("who worked the most hours in total?",
          f"SELECT engineer_name FROM engineers WHERE engineer_id = ({TOPENG})"),
         ("what's their home address?", D),
         ("how many of their 2024 sessions were in Studio A?",
          f"SELECT COUNT(*) {SJ} WHERE {S24} AND r.room_name = 'Studio A' AND se.engineer_id = ({TOPENG})")),
    conv("studio-5",
         ("How much is outstanding on unpaid invoices, VAT included?",
          f"SELECT {UNPAID} FROM invoices i WHERE i.paid_on IS NULL"),
         ("which client owes the most?",
          f"SELECT c.client_name {IJ} WHERE i.paid_on IS NULL GROUP BY c.client_name ORDER BY {UNPAID} DESC LIMIT 1"),
         ("what's the oldest unpaid invoice?",
          "SELECT invoice_id, issued_on FROM invoices WHERE paid_on IS NULL ORDER BY issued_on LIMIT 1"),
         ("On average, how many days do clients take to pay?",
          "SELECT AVG(julianday(paid_on) - julianday(issued_on)) FROM invoices WHERE paid_on IS NOT NULL"),
         ("and by client type?",
          f"SELECT c.client_type, AVG(julianday(i.paid_on) - julianday(i.issued_on)) {IJ} WHERE i.paid_on IS NOT NULL "
          "GROUP BY c.client_type")),
    conv("studio-6",
         ("How much did we invoice in 2024, net of VAT?", NET_Y.format(y=2024)),
         ("how much more than in 2023?", f"SELECT ({NET_Y.format(y=2024)}) - ({NET_Y.format(y=2023)})"),
         ("split by client type",
          "SELECT c.client_type, SUM(CASE WHEN i.issued_on LIKE '2024%' THEN i.net_amount ELSE 0 END) - "
          f"SUM(CASE WHEN i.issued_on LIKE '2023%' THEN i.net_amount ELSE 0 END) {IJ} GROUP BY c.client_type"),
         ("what will 2025 come to?", D)),
    conv("studio-7",
         ("What's our revenue per player for band sessions?",
          f"SELECT SUM(i.net_amount) / SUM(se.players) {IJ} WHERE c.client_type = 'band'",
          [f"SELECT AVG(i.net_amount / se.players) {IJ} WHERE c.client_type = 'band'"]),
         ("and for podcasts?",
          f"SELECT SUM(i.net_amount) / SUM(se.players) {IJ} WHERE c.client_type = 'podcast'",
          [f"SELECT AVG(i.net_amount / se.players) {IJ} WHERE c.client_type = 'podcast'"]),
         ("Which room earns the most per hour used?",
          f"SELECT r.room_name {IJ} GROUP BY r.room_name ORDER BY SUM(i.net_amount) / SUM(se.hours_used) DESC LIMIT 1")),
    conv("studio-8",
         ("Which city do most of our clients come from?",
          "SELECT city FROM clients GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many sessions did clients from there book in 2024?",
          "SELECT COUNT(*) FROM sessions se JOIN clients c ON c.client_id = se.client_id "
          f"WHERE c.city = 'Glasgow' AND {S24}"),
         ("how many streams did their records get?", D),
         ("which of our engineers has won a Grammy?", D)),
    conv("studio-9",
         ("Which month of 2024 was busiest by hours booked?", BUSY),
         ("how many sessions were there that month?",
          f"SELECT COUNT(*) FROM sessions WHERE session_date LIKE '2024%' AND strftime('%m', session_date) = ({BUSY})"),
         ("how many of them overran — used more hours than were booked?",
          "SELECT COUNT(*) FROM sessions WHERE session_date LIKE '2024%' AND hours_used > hours_booked "
          f"AND strftime('%m', session_date) = ({BUSY})"),
         ("what was the overtime surcharge on those?", D)),
    conv("studio-10",
         ("What's the average hourly cost of our senior engineers compared with the juniors?",
          "SELECT grade, AVG(hourly_cost) FROM engineers WHERE grade IN ('senior', 'junior') GROUP BY grade",
          ["SELECT grade, AVG(hourly_cost) FROM engineers GROUP BY grade"]),
         ("who has been with us the longest?", "SELECT engineer_name FROM engineers ORDER BY started_on LIMIT 1"),
         ("how many days of holiday does that person have left?", D),
         ("what share of all 2024 session hours did they work?",
          "SELECT 100.0 * SUM(CASE WHEN engineer_id = 1 THEN hours_used ELSE 0 END) / SUM(hours_used) FROM sessions "
          "WHERE session_date LIKE '2024%'",
          ["SELECT 1.0 * SUM(CASE WHEN engineer_id = 1 THEN hours_used ELSE 0 END) / SUM(hours_used) FROM sessions "
           "WHERE session_date LIKE '2024%'"])),
]

SETS = {"ferry": FERRY, "allotments": ALLOTMENTS, "studio": STUDIO}
