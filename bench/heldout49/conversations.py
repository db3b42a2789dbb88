"""Held-out conversations 49, written as a revenue manager of capacity businesses would ask them,
before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold
the answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline


def pct(sql: str) -> str:
    """The same query with its fraction given as a percentage (the marker 1.0* becomes 100.0*)."""
    return sql.replace("1.0 *", "100.0 *")


# ------------------------------------------------------------------------------------------ hostels
# occupancy needs the bed count valid on each night: bed_capacity rows run valid_from..valid_to
# (valid_to NULL = still current)
NA = ("FROM night_audit n JOIN bed_capacity c ON c.hostel_id = n.hostel_id "
      "AND n.night BETWEEN c.valid_from AND COALESCE(c.valid_to, '9999-12-31')")
NAH = NA + " JOIN hostels h ON h.hostel_id = n.hostel_id"
OCC = "1.0 * SUM(n.beds_sold) / SUM(c.beds)"
LEAD = "julianday(check_in) - julianday(booked_on)"
DOW = ("CASE strftime('%w', {c}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
       "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")


def occ_by_hostel(month: str) -> str:
    return f"SELECT h.hostel_name, {OCC} AS occupancy {NAH} WHERE n.night LIKE '2024-{month}%' GROUP BY h.hostel_name"


def wk_split(days: str) -> str:
    return (f"SELECT CASE WHEN strftime('%w', n.night) IN ({days}) THEN 'weekend' ELSE 'weekday' END AS part, "
            f"{OCC} AS occupancy {NA} GROUP BY part")


ADR_H = "SELECT h.hostel_name, SUM(n.bed_revenue) / SUM(n.beds_sold) AS adr FROM night_audit n " \
        "JOIN hostels h ON h.hostel_id = n.hostel_id"
LEAD_CH = f"SELECT channel, AVG({LEAD}) AS lead_days FROM reservations"
PORTO_M = f"SELECT strftime('%m', n.night) AS m, {OCC} AS occupancy {NA} WHERE n.hostel_id = 2 GROUP BY m"

HOSTELS = [
    conv("hostel-1",
         ("How full were we in August across all the hostels?",
          f"SELECT {OCC} {NA} WHERE n.night LIKE '2024-08%'", [pct(f"SELECT {OCC} {NA} WHERE n.night LIKE '2024-08%'")]),
         ("and each hostel separately?", occ_by_hostel("08"), [pct(occ_by_hostel("08"))]),
         ("what about July?", occ_by_hostel("07"), [pct(occ_by_hostel("07"))]),
         ("Which nights did Lisbon sell out in July?",
          f"SELECT n.night {NA} WHERE n.hostel_id = 1 AND n.night LIKE '2024-07%' AND n.beds_sold = c.beds")),
    conv("hostel-2",
         ("How many beds does Porto have now?", "SELECT beds FROM bed_capacity WHERE hostel_id = 2 AND valid_to IS NULL"),
         ("and what was it before the extension?",
          "SELECT beds FROM bed_capacity WHERE hostel_id = 2 AND valid_to IS NOT NULL"),
         ("When did the capacity change at Seville?",
          "SELECT valid_from, beds FROM bed_capacity WHERE hostel_id = 3 AND valid_from > '2017-06-01'",
          ["SELECT valid_from, valid_to, beds FROM bed_capacity WHERE hostel_id = 3"]),
         ("What was Seville's occupancy while dorm 3 was closed?",
          f"SELECT {OCC} {NA} WHERE n.hostel_id = 3 AND n.night BETWEEN '2024-09-01' AND '2024-10-15'",
          [pct(f"SELECT {OCC} {NA} WHERE n.hostel_id = 3 AND n.night BETWEEN '2024-09-01' AND '2024-10-15'")]),
         ("How many bed-nights did each hostel have available in 2024?",
          f"SELECT h.hostel_name, SUM(c.beds) {NAH} GROUP BY h.hostel_name")),
    conv("hostel-3",
         ("What's our revenue per available bed night for 2024, by hostel?",
          f"SELECT h.hostel_name, SUM(n.bed_revenue) / SUM(c.beds) AS revpab {NAH} GROUP BY h.hostel_name"),
         ("And the average rate per bed sold?", f"{ADR_H} GROUP BY h.hostel_name"),
         ("which hostel has the highest?", f"{ADR_H} GROUP BY h.hostel_name ORDER BY adr DESC LIMIT 1"),
         ("just for the summer, June to August",
          f"{ADR_H} WHERE n.night BETWEEN '2024-06-01' AND '2024-08-31' GROUP BY h.hostel_name ORDER BY adr DESC LIMIT 1"),
         ("how does that compare with the other hostels in Lisbon, our competitors?", D)),
    conv("hostel-4",
         ("Compare occupancy on weekend nights versus weekdays for 2024", wk_split("'0', '6'"),
          [wk_split("'5', '6'"), pct(wk_split("'0', '6'")), pct(wk_split("'5', '6'"))]),
         ("Break it down by day of the week",
          f"SELECT strftime('%w', n.night) AS dow, {OCC} AS occupancy {NA} GROUP BY dow",
          [pct(f"SELECT strftime('%w', n.night) AS dow, {OCC} AS occupancy {NA} GROUP BY dow")]),
         ("Which day of the week brings in the most bed revenue?",
          "SELECT strftime('%w', night) AS dow FROM night_audit GROUP BY dow ORDER BY SUM(bed_revenue) DESC LIMIT 1",
          [f"SELECT {DOW.format(c='night')} AS dow FROM night_audit GROUP BY dow ORDER BY SUM(bed_revenue) DESC LIMIT 1"])),
    conv("hostel-5",
         ("What's the average lead time between booking and check-in?", f"SELECT AVG({LEAD}) FROM reservations",
          [f"SELECT AVG({LEAD}) FROM reservations WHERE status <> 'cancelled'"]),
         ("by channel", f"{LEAD_CH} GROUP BY channel", [f"{LEAD_CH} WHERE status <> 'cancelled' GROUP BY channel"]),
         ("how many bookings were made on the day of arrival?",
          "SELECT COUNT(*) FROM reservations WHERE booked_on = check_in"),
         ("Which channel has the longest lead time for Granada?",
          f"{LEAD_CH} WHERE hostel_id = 4 GROUP BY channel ORDER BY lead_days DESC LIMIT 1",
          [f"{LEAD_CH} WHERE hostel_id = 4 AND status <> 'cancelled' GROUP BY channel ORDER BY lead_days DESC LIMIT 1"])),
    conv("hostel-6",
         ("What's the cancellation rate by hostel?",
          "SELECT h.hostel_name, 1.0 * SUM(r.status = 'cancelled') / COUNT(*) FROM reservations r "
          "JOIN hostels h ON h.hostel_id = r.hostel_id GROUP BY h.hostel_name",
          [pct("SELECT h.hostel_name, 1.0 * SUM(r.status = 'cancelled') / COUNT(*) FROM reservations r "
               "JOIN hostels h ON h.hostel_id = r.hostel_id GROUP BY h.hostel_name")]),
         ("and the no-show rate?",
          "SELECT h.hostel_name, 1.0 * SUM(r.status = 'no_show') / COUNT(*) FROM reservations r "
          "JOIN hostels h ON h.hostel_id = r.hostel_id GROUP BY h.hostel_name",
          [pct("SELECT h.hostel_name, 1.0 * SUM(r.status = 'no_show') / COUNT(*) FROM reservations r "
               "JOIN hostels h ON h.hostel_id = r.hostel_id GROUP BY h.hostel_name")]),
         ("How many no-shows did we have in August, and how many beds did they hold?",
          "SELECT COUNT(*), SUM(beds) FROM reservations WHERE status = 'no_show' AND check_in LIKE '2024-08%'"),
         ("Which channel has the most cancellations?",
          "SELECT channel FROM reservations WHERE status = 'cancelled' GROUP BY channel ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Why do Booking.com guests cancel so much more than direct ones?", D)),
    conv("hostel-7",
         ("Which nights sold out at Granada?", f"SELECT n.night {NA} WHERE n.hostel_id = 4 AND n.beds_sold = c.beds"),
         ("How many sold-out nights did each hostel have in 2024?",
          f"SELECT h.hostel_name, COUNT(*) {NAH} WHERE n.beds_sold = c.beds GROUP BY h.hostel_name"),
         ("and in which month did Seville sell out the most?",
          f"SELECT strftime('%m', n.night) AS m {NA} WHERE n.hostel_id = 3 AND n.beds_sold = c.beds GROUP BY m "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many guests did we have to turn away on those nights?", D)),
    conv("hostel-8",
         ("Where do our guests come from? Number of reservations by country",
          "SELECT guest_country, COUNT(*) FROM reservations GROUP BY guest_country"),
         ("top 3 countries by bed-nights actually stayed",
          "SELECT guest_country FROM reservations WHERE status = 'stayed' GROUP BY guest_country "
          "ORDER BY SUM(beds * nights) DESC LIMIT 3"),
         ("What's the email address of the German guest who booked the most beds?", D)),
    conv("hostel-9",
         ("Show bed revenue per month for Lisbon in 2024",
          "SELECT strftime('%m', night) AS m, SUM(bed_revenue) FROM night_audit WHERE hostel_id = 1 GROUP BY m",
          ["SELECT strftime('%m', check_in) AS m, SUM(beds * nights * rate_per_bed) FROM reservations "
           "WHERE hostel_id = 1 AND status <> 'cancelled' GROUP BY m",
           # added after the blind run: the same sums labelled '2024-01' (the month with its year)
           "SELECT strftime('%Y-%m', night) AS m, SUM(bed_revenue) FROM night_audit WHERE hostel_id = 1 GROUP BY m"]),
         ("And occupancy per month?",
          f"SELECT strftime('%m', n.night) AS m, {OCC} AS occupancy {NA} WHERE n.hostel_id = 1 GROUP BY m",
          [pct(f"SELECT strftime('%m', n.night) AS m, {OCC} AS occupancy {NA} WHERE n.hostel_id = 1 GROUP BY m")]),
         ("Switch to Porto", PORTO_M, [pct(PORTO_M)]),
         ("what was its weakest month?",
          f"SELECT strftime('%m', n.night) AS m {NA} WHERE n.hostel_id = 2 GROUP BY m ORDER BY {OCC} LIMIT 1")),
    conv("hostel-10",
         ("What will our occupancy be next August?", D),
         ("How many beds are in the female-only dorm in Lisbon?", D),
         ("What was the average rate per bed at Lisbon in December?",
          "SELECT SUM(bed_revenue) / SUM(beds_sold) FROM night_audit WHERE hostel_id = 1 AND night LIKE '2024-12%'",
          ["SELECT AVG(rate_per_bed) FROM reservations WHERE hostel_id = 1 AND check_in LIKE '2024-12%'",
           "SELECT AVG(rate_per_bed) FROM reservations WHERE hostel_id = 1 AND check_in LIKE '2024-12%' "
           "AND status <> 'cancelled'"])),
    conv("hostel-11",
         ("Bed revenue by booking channel for 2024",
          "SELECT channel, SUM(beds * nights * rate_per_bed) FROM reservations WHERE status <> 'cancelled' "
          "GROUP BY channel",
          ["SELECT channel, SUM(beds * nights * rate_per_bed) FROM reservations WHERE status = 'stayed' GROUP BY channel"]),
         ("How much commission did we pay Hostelworld on that?", D),
         ("What share of reservations came in direct?",
          "SELECT 1.0 * SUM(channel = 'Direct') / COUNT(*) FROM reservations",
          [pct("SELECT 1.0 * SUM(channel = 'Direct') / COUNT(*) FROM reservations")])),
]


# ------------------------------------------------------------------------------------------ coach tours
# seats sold: bookings that were not cancelled (confirmed and no-show); the accepted variant counts
# confirmed bookings only. A booking's fare is the fares row valid on its departure date.
ACTIVE = "status <> 'cancelled'"
CONF = "status = 'confirmed'"


def sold(flt: str = ACTIVE) -> str:
    return f"(SELECT departure_id, SUM(seats) AS sold FROM bookings WHERE {flt} GROUP BY departure_id)"


def lf(where: str = "", group: str = "", flt: str = ACTIVE, key: str = "") -> str:
    """Load factor (seats sold / coach seats) over departures, optionally grouped."""
    return (f"SELECT {key}1.0 * SUM(COALESCE(s.sold, 0)) / SUM(d.coach_seats) AS load_factor FROM departures d "
            f"LEFT JOIN {sold(flt)} s ON s.departure_id = d.departure_id JOIN tours t ON t.tour_code = d.tour_code"
            f"{' WHERE ' + where if where else ''}{' GROUP BY ' + group if group else ''}")


def lf_all(where: str = "", group: str = "", key: str = "") -> list[str]:
    """The load factor's accepted forms: confirmed only, and either as a percentage."""
    return [lf(where, group, CONF, key), pct(lf(where, group, ACTIVE, key)), pct(lf(where, group, CONF, key))]


REV = ("FROM bookings b JOIN departures d ON d.departure_id = b.departure_id JOIN tours t ON t.tour_code = d.tour_code "
       "JOIN fares f ON f.tour_code = d.tour_code AND d.depart_date BETWEEN f.valid_from AND f.valid_to")
AUG = "d.depart_date LIKE '2024-08%'"
SOLD_OUT_D = (f"SELECT d.departure_id, d.tour_code, d.depart_date FROM departures d JOIN {sold()} s "
              "ON s.departure_id = d.departure_id WHERE s.sold = d.coach_seats")
SO_DATES = SOLD_OUT_D.replace("d.departure_id, d.tour_code, d.depart_date", "d.depart_date", 1)
SO_IDS = SOLD_OUT_D.replace("d.departure_id, d.tour_code, d.depart_date", "d.departure_id", 1)
TLEAD = "julianday(d.depart_date) - julianday(b.booked_on)"
BD = "FROM bookings b JOIN departures d ON d.departure_id = b.departure_id"
RPAS = (f"SELECT r.tour_name, r.rev / c.seats AS per_seat FROM (SELECT t.tour_name, SUM(b.seats * f.fare_per_seat) AS rev "
        f"{REV} WHERE b.{ACTIVE} GROUP BY t.tour_name) r JOIN (SELECT t.tour_name, SUM(d.coach_seats) AS seats "
        "FROM departures d JOIN tours t ON t.tour_code = d.tour_code GROUP BY t.tour_name) c ON c.tour_name = r.tour_name")
RPAS_C = RPAS.replace(f"b.{ACTIVE}", f"b.{CONF}")
FARE_JUL = ("SELECT valid_from, valid_to, fare_per_seat FROM fares WHERE tour_code = '{code}' "
            "AND valid_from <= '2024-07-31' AND valid_to >= '2024-07-01'")

COACHTOURS = [
    conv("coach-1",
         ("How many departures did we run in August?", "SELECT COUNT(*) FROM departures WHERE depart_date LIKE '2024-08%'"),
         ("What was the load factor across those?", lf(AUG), lf_all(AUG)),
         ("and by tour?", lf(AUG, "t.tour_name", key="t.tour_name, "), lf_all(AUG, "t.tour_name", key="t.tour_name, ")),
         ("which departures were sold out?", f"{SO_DATES} AND {AUG}", [f"{SO_IDS} AND {AUG}"])),
    conv("coach-2",
         ("What did the Highlands & Islands tour cost per seat in July?", FARE_JUL.format(code="HIGH5")),
         ("And the Lake District Explorer?", FARE_JUL.format(code="LAKE3")),
         ("Which tour has the highest fare in August?",
          "SELECT t.tour_name FROM fares f JOIN tours t ON t.tour_code = f.tour_code WHERE f.valid_from <= '2024-08-31' "
          "AND f.valid_to >= '2024-08-01' ORDER BY f.fare_per_seat DESC LIMIT 1"),
         ("What's the single supplement on that one?",
          "SELECT single_supplement FROM fares WHERE tour_code = 'HIGH5' AND valid_from <= '2024-08-31' "
          "AND valid_to >= '2024-08-01'")),
    conv("coach-3",
         ("What was our total ticket revenue for 2024?", f"SELECT SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{ACTIVE}",
          [f"SELECT SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{CONF}"]),
         ("by tour", f"SELECT t.tour_name, SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{ACTIVE} GROUP BY t.tour_name",
          [f"SELECT t.tour_name, SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{CONF} GROUP BY t.tour_name"]),
         ("and per available seat?", RPAS, [RPAS_C]),
         ("which tour earns the most per available seat?", RPAS + " ORDER BY per_seat DESC LIMIT 1",
          [RPAS_C + " ORDER BY per_seat DESC LIMIT 1"])),
    conv("coach-4",
         ("How far in advance do people book on average?", f"SELECT AVG({TLEAD}) {BD}",
          [f"SELECT AVG({TLEAD}) {BD} WHERE b.{ACTIVE}"]),
         ("Is it different for the day trips?",
          f"SELECT AVG({TLEAD}) {BD} JOIN tours t ON t.tour_code = d.tour_code WHERE t.duration_days = 1",
          [f"SELECT AVG({TLEAD}) {BD} JOIN tours t ON t.tour_code = d.tour_code WHERE t.duration_days = 1 "
           f"AND b.{ACTIVE}"]),
         ("Show the average lead time by booking channel",
          f"SELECT b.sales_channel, AVG({TLEAD}) {BD} GROUP BY b.sales_channel",
          [f"SELECT b.sales_channel, AVG({TLEAD}) {BD} WHERE b.{ACTIVE} GROUP BY b.sales_channel"]),
         ("How many bookings came in less than a week before departure?",
          f"SELECT COUNT(*) {BD} WHERE {TLEAD} < 7")),
    conv("coach-5",
         ("What proportion of bookings get cancelled?",
          "SELECT 1.0 * SUM(status = 'cancelled') / COUNT(*) FROM bookings",
          [pct("SELECT 1.0 * SUM(status = 'cancelled') / COUNT(*) FROM bookings")]),
         ("by tour",
          f"SELECT t.tour_name, 1.0 * SUM(b.status = 'cancelled') / COUNT(*) {BD} JOIN tours t ON t.tour_code = d.tour_code "
          "GROUP BY t.tour_name",
          [pct(f"SELECT t.tour_name, 1.0 * SUM(b.status = 'cancelled') / COUNT(*) {BD} JOIN tours t "
               "ON t.tour_code = d.tour_code GROUP BY t.tour_name")]),
         ("how many seats were cancelled on the Edinburgh Festival Break?",
          f"SELECT SUM(b.seats) {BD} WHERE d.tour_code = 'EDIN3' AND b.status = 'cancelled'"),
         ("and how many no-shows did it have?",
          f"SELECT COUNT(*) {BD} WHERE d.tour_code = 'EDIN3' AND b.status = 'no-show'",
          [f"SELECT SUM(b.seats) {BD} WHERE d.tour_code = 'EDIN3' AND b.status = 'no-show'"]),
         ("Did we refund those cancelled Edinburgh customers in full?", D)),
    conv("coach-6",
         ("Do weekend departures fill better than weekday ones?",
          lf(group="part", key="CASE WHEN strftime('%w', d.depart_date) IN ('0', '6') THEN 'weekend' ELSE 'weekday' "
                               "END AS part, "),
          lf_all(group="part", key="CASE WHEN strftime('%w', d.depart_date) IN ('0', '6') THEN 'weekend' "
                                   "ELSE 'weekday' END AS part, ")),
         ("What was the weather like on those weekend departures?", D),
         ("Which day of the week do most of our departures leave on?",
          "SELECT strftime('%w', depart_date) AS dow FROM departures GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT {DOW.format(c='depart_date')} AS dow FROM departures GROUP BY dow ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("coach-7",
         ("Which driver did the most departures?",
          "SELECT driver FROM departures GROUP BY driver ORDER BY COUNT(*) DESC LIMIT 1"),
         ("What's Dougie McLeish's mobile number?", D),
         ("How many passengers did Sandra Pryce carry in total?",
          f"SELECT SUM(b.seats) {BD} WHERE d.driver = 'Sandra Pryce' AND b.{CONF}"),
         ("How many miles did her coaches cover?", D)),
    conv("coach-8",
         ("Which departures were completely sold out this year?", SO_DATES, [SO_IDS]),
         ("how many per tour?",
          f"SELECT t.tour_name, COUNT(*) FROM ({SOLD_OUT_D}) x JOIN tours t ON t.tour_code = x.tour_code GROUP BY t.tour_name",
          [f"SELECT t.tour_name, COUNT(x.departure_id) FROM tours t LEFT JOIN ({SOLD_OUT_D}) x "
           "ON t.tour_code = x.tour_code GROUP BY t.tour_name"]),
         ("what was the average party size on those sold-out departures?",
          f"SELECT AVG(b.seats) FROM bookings b WHERE b.{ACTIVE} AND b.departure_id IN "
          f"(SELECT departure_id FROM ({SOLD_OUT_D}))")),
    conv("coach-9",
         ("How many bookings were for 6 seats or more?", "SELECT COUNT(*) FROM bookings WHERE seats >= 6"),
         ("which tour gets the most of those big group bookings?",
          "SELECT d.tour_code FROM bookings b JOIN departures d ON d.departure_id = b.departure_id WHERE b.seats >= 6 "
          "GROUP BY d.tour_code ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT t.tour_name FROM bookings b JOIN departures d ON d.departure_id = b.departure_id JOIN tours t "
           "ON t.tour_code = d.tour_code WHERE b.seats >= 6 GROUP BY t.tour_name ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("What are the dates of birth of the lead passengers on those?", D)),
    conv("coach-10",
         ("Seats sold per month",
          f"SELECT strftime('%m', d.depart_date) AS m, SUM(b.seats) {BD} WHERE b.{ACTIVE} GROUP BY m",
          [f"SELECT strftime('%m', d.depart_date) AS m, SUM(b.seats) {BD} WHERE b.{CONF} GROUP BY m",
           f"SELECT strftime('%Y-%m', b.booked_on) AS m, SUM(b.seats) FROM bookings b WHERE b.{ACTIVE} GROUP BY m"]),
         ("and revenue per month",
          f"SELECT strftime('%m', d.depart_date) AS m, SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{ACTIVE} GROUP BY m",
          [f"SELECT strftime('%m', d.depart_date) AS m, SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{CONF} GROUP BY m"]),
         ("only for the Scotland tours",
          f"SELECT strftime('%m', d.depart_date) AS m, SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{ACTIVE} "
          "AND t.region = 'Scotland' GROUP BY m",
          [f"SELECT strftime('%m', d.depart_date) AS m, SUM(b.seats * f.fare_per_seat) {REV} WHERE b.{CONF} "
           "AND t.region = 'Scotland' GROUP BY m"]),
         ("What's the forecast for Scotland revenue next season?", D),
         ("What did fuel cost us per departure in Scotland?", D)),
]


# ------------------------------------------------------------------------------------------ cinemas
SJ = "FROM Showtimes s JOIN Screens sc ON sc.ScreenID = s.ScreenID"
SJS = SJ + " JOIN Sites si ON si.SiteID = sc.SiteID"
SJF = SJ + " JOIN Films f ON f.FilmID = s.FilmID"
FULL = "1.0 * SUM(s.Admissions) / SUM(sc.Seats)"
HHMM = "substr(s.StartsAt, 12, 5)"


def site_occ(month: str) -> str:
    return f"SELECT si.SiteName, {FULL} AS occupancy {SJS} WHERE s.StartsAt LIKE '2024-{month}%' GROUP BY si.SiteName"


def cin_wk(days: str, where: str = "") -> str:
    return (f"SELECT CASE WHEN strftime('%w', s.StartsAt) IN ({days}) THEN 'weekend' ELSE 'weekday' END AS part, "
            f"{FULL} AS occupancy {SJ}{' WHERE ' + where if where else ''} GROUP BY part")


def cin_wk_all(where: str = "") -> list[str]:
    return [cin_wk("'5', '6', '0'", where), pct(cin_wk("'0', '6'", where)), pct(cin_wk("'5', '6', '0'", where))]


SEPT = "s.StartsAt LIKE '2024-09%'"
PK_SITE = (f"SELECT si.SiteName, AVG(s.Admissions) {SJS} JOIN Films f ON f.FilmID = s.FilmID "
           "WHERE f.Title = '{t}' GROUP BY si.SiteName")

CINEMAS = [
    conv("cine-1",
         ("How full were our screens in August?", f"SELECT {FULL} {SJ} WHERE s.StartsAt LIKE '2024-08%'",
          [pct(f"SELECT {FULL} {SJ} WHERE s.StartsAt LIKE '2024-08%'")]),
         ("by cinema", site_occ("08"), [pct(site_occ("08"))]),
         ("and in July?", site_occ("07"), [pct(site_occ("07"))]),
         ("Which shows sold out at Whitby in July?",
          f"SELECT s.StartsAt {SJ} WHERE sc.SiteID = 3 AND s.StartsAt LIKE '2024-07%' AND s.Admissions = sc.Seats",
          [f"SELECT s.ShowID {SJ} WHERE sc.SiteID = 3 AND s.StartsAt LIKE '2024-07%' AND s.Admissions = sc.Seats"])),
    conv("cine-2",
         ("What was the box office at each site in September?",
          f"SELECT si.SiteName, SUM(s.BoxOffice) {SJS} WHERE {SEPT} GROUP BY si.SiteName"),
         ("per available seat", f"SELECT si.SiteName, SUM(s.BoxOffice) / SUM(sc.Seats) {SJS} WHERE {SEPT} "
                                "GROUP BY si.SiteName"),
         ("and the average yield per admission?",
          f"SELECT si.SiteName, SUM(s.BoxOffice) / SUM(s.Admissions) {SJS} WHERE {SEPT} GROUP BY si.SiteName")),
    conv("cine-3",
         ("Which film had the most admissions over the summer?",
          "SELECT f.Title FROM Showtimes s JOIN Films f ON f.FilmID = s.FilmID GROUP BY f.Title "
          "ORDER BY SUM(s.Admissions) DESC LIMIT 1"),
         ("and which one filled its screenings best?",
          f"SELECT f.Title {SJF} GROUP BY f.Title ORDER BY {FULL} DESC LIMIT 1",
          [f"SELECT f.Title {SJF} GROUP BY f.Title ORDER BY AVG(1.0 * s.Admissions / sc.Seats) DESC LIMIT 1"]),
         ("How many showings did Galaxy Rangers 3 get?",
          "SELECT COUNT(*) FROM Showtimes s JOIN Films f ON f.FilmID = s.FilmID WHERE f.Title = 'Galaxy Rangers 3'"),
         ("how many of them sold out?",
          f"SELECT COUNT(*) {SJF} WHERE f.Title = 'Galaxy Rangers 3' AND s.Admissions = sc.Seats"),
         ("What did we have to pay the distributor for it?", D)),
    conv("cine-4",
         ("Compare weekend and weekday occupancy", cin_wk("'0', '6'"), cin_wk_all()),
         ("What about evening shows only, from 6pm?", cin_wk("'0', '6'", f"{HHMM} >= '18:00'"),
          cin_wk_all(f"{HHMM} >= '18:00'")),
         ("Which day of the week has the lowest occupancy?",
          f"SELECT strftime('%w', s.StartsAt) AS dow {SJ} GROUP BY dow ORDER BY {FULL} LIMIT 1",
          [f"SELECT {DOW.format(c='s.StartsAt')} AS dow {SJ} GROUP BY dow ORDER BY {FULL} LIMIT 1"])),
    conv("cine-5",
         ("List our screens with their seat counts",
          "SELECT si.SiteName, sc.ScreenName, sc.Seats FROM Screens sc JOIN Sites si ON si.SiteID = sc.SiteID",
          # added after the blind run: screen names are unique, so the list without the site names the same screens
          ["SELECT ScreenName, Seats FROM Screens"]),
         ("Which screen sold out most often?",
          f"SELECT sc.ScreenName {SJ} WHERE s.Admissions = sc.Seats GROUP BY sc.ScreenID ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many seats do we have across all three sites?", "SELECT SUM(Seats) FROM Screens"),
         ("How many of those are wheelchair spaces?", D),
         ("Is occupancy better on the Atmos screens than the others?",
          f"SELECT sc.HasDolbyAtmos, {FULL} {SJ} GROUP BY sc.HasDolbyAtmos",
          [pct(f"SELECT sc.HasDolbyAtmos, {FULL} {SJ} GROUP BY sc.HasDolbyAtmos")])),
    conv("cine-6",
         ("Admissions by start time", f"SELECT {HHMM} AS slot, SUM(s.Admissions) {SJ} GROUP BY slot"),
         ("and which slot fills best?", f"SELECT {HHMM} AS slot {SJ} GROUP BY slot ORDER BY {FULL} DESC LIMIT 1"),
         ("What's the average adult price at the 11am shows?",
          "SELECT AVG(AdultPrice) FROM Showtimes WHERE StartsAt LIKE '% 11:00'")),
    conv("cine-7",
         ("Box office by genre", "SELECT f.Genre, SUM(s.BoxOffice) FROM Showtimes s JOIN Films f ON f.FilmID = s.FilmID "
                                 "GROUP BY f.Genre"),
         ("only for August", "SELECT f.Genre, SUM(s.BoxOffice) FROM Showtimes s JOIN Films f ON f.FilmID = s.FilmID "
                             "WHERE s.StartsAt LIKE '2024-08%' GROUP BY f.Genre"),
         ("Which genre will do best at Christmas?", D),
         ("What share of August admissions were for U or PG films?",
          "SELECT 1.0 * SUM(CASE WHEN f.Certificate IN ('U', 'PG') THEN s.Admissions ELSE 0 END) / SUM(s.Admissions) "
          "FROM Showtimes s JOIN Films f ON f.FilmID = s.FilmID WHERE s.StartsAt LIKE '2024-08%'",
          [pct("SELECT 1.0 * SUM(CASE WHEN f.Certificate IN ('U', 'PG') THEN s.Admissions ELSE 0 END) / "
               "SUM(s.Admissions) FROM Showtimes s JOIN Films f ON f.FilmID = s.FilmID WHERE s.StartsAt LIKE '2024-08%'")])),
    conv("cine-8",
         ("How much popcorn did we sell at Ludlow?", D),
         ("How many tickets were bought online versus at the box office?", D),
         ("What was Ludlow's best day for box office?",
          f"SELECT date(s.StartsAt) AS d {SJ} WHERE sc.SiteID = 2 GROUP BY d ORDER BY SUM(s.BoxOffice) DESC LIMIT 1"),
         ("and its busiest day by admissions?",
          f"SELECT date(s.StartsAt) AS d {SJ} WHERE sc.SiteID = 2 GROUP BY d ORDER BY SUM(s.Admissions) DESC LIMIT 1")),
    conv("cine-9",
         ("How many admissions did Whitby have on the 15th of August?",
          f"SELECT SUM(s.Admissions) {SJ} WHERE sc.SiteID = 3 AND s.StartsAt LIKE '2024-08-15%'"),
         ("and on the 17th?", f"SELECT SUM(s.Admissions) {SJ} WHERE sc.SiteID = 3 AND s.StartsAt LIKE '2024-08-17%'"),
         ("How many shows did it run that day?",
          f"SELECT COUNT(*) {SJ} WHERE sc.SiteID = 3 AND s.StartsAt LIKE '2024-08-17%'"),
         ("Who was the projectionist on duty?", D)),
    conv("cine-10",
         ("Average admissions per show for Paper Kites at each site", PK_SITE.format(t="Paper Kites")),
         ("and for Stitch in Time?", PK_SITE.format(t="Stitch in Time")),
         ("Which of the two took more at the box office?",
          "SELECT f.Title FROM Showtimes s JOIN Films f ON f.FilmID = s.FilmID WHERE f.Title IN ('Paper Kites', "
          "'Stitch in Time') GROUP BY f.Title ORDER BY SUM(s.BoxOffice) DESC LIMIT 1"),
         ("What audience score did Paper Kites get on our website?", D)),
]

SETS = {"hostels": HOSTELS, "coachtours": COACHTOURS, "cinemas": CINEMAS}
