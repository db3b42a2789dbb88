"""Held-out conversations heldout54, written as a terse operations manager would type them, before
the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown),
optional `accept` (other SQL that also answers), or None when the data does not hold the answer.

'Today' is 2026-11-27 (the day the set was written; the data ends 2026-11-26), so 'last month' is
October 2026 and 'this year' is 2026. Rounds about 'now' list a date('now') form as an accept."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline
TODAY = "'2026-11-27'"
NOW = "date('now')"


def pct(num: str, den: str) -> tuple[str, str]:
    return f"100.0 * {num} / {den}", f"1.0 * {num} / {den}"


# ------------------------------------------------------------------------------------------ bistro
OK = "status = 'OK'"
BS = "FROM bookings b JOIN sites s ON s.site_id = b.site_id"
BB = "FROM bills bl JOIN bookings b ON b.booking_id = bl.booking_id"
OCT = "b.booked_for >= '2026-10-01' AND b.booked_for < '2026-11-01'"
OCTN = "b.booked_for >= date('now', 'start of month', '-1 month') AND b.booked_for < date('now', 'start of month')"
NSP, NSF = pct("SUM(status = 'NS')", "COUNT(*)")
NSP2, NSF2 = pct("SUM(status = 'NS')", "SUM(status <> 'CX')")
MARGIN = "menu_price - food_cost"
TOP5M = f"SELECT dish_id, dish FROM dishes ORDER BY {MARGIN} DESC LIMIT 5"
SPEND = (f"SELECT c.customer_id, c.name, SUM(bl.total) AS spend {BB} JOIN customers c ON c.customer_id = b.customer_id "
         "GROUP BY c.customer_id ORDER BY spend DESC LIMIT 5")
TMIN = "(strftime('%s', bl.closed_at) - strftime('%s', bl.opened_at)) / 60.0"
BREV = "SELECT strftime('%Y-%m', opened_at) AS m, SUM(total) FROM bills WHERE opened_at LIKE '2026%' GROUP BY m"

BISTRO = [
    conv("bis-1",
         ("covers by weekday", f"SELECT strftime('%w', booked_for) AS wd, SUM(covers) FROM bookings WHERE {OK} GROUP BY wd",
          ["SELECT strftime('%w', booked_for) AS wd, SUM(covers) FROM bookings GROUP BY wd"]),
         ("by site?", f"SELECT s.site_name, SUM(b.covers) {BS} WHERE b.{OK} GROUP BY s.site_name",
          [f"SELECT s.site_name, SUM(b.covers) {BS} GROUP BY s.site_name",
           f"SELECT s.site_name, strftime('%w', b.booked_for) AS wd, SUM(b.covers) {BS} WHERE b.{OK} "
           "GROUP BY s.site_name, wd"]),
         ("and last month", f"SELECT s.site_name, SUM(b.covers) {BS} WHERE b.{OK} AND {OCT} GROUP BY s.site_name",
          [f"SELECT s.site_name, SUM(b.covers) {BS} WHERE {OCT} GROUP BY s.site_name",
           f"SELECT s.site_name, SUM(b.covers) {BS} WHERE b.{OK} AND {OCTN} GROUP BY s.site_name"]),
         ("which was busiest", f"SELECT s.site_name {BS} WHERE b.{OK} AND {OCT} GROUP BY s.site_name "
          "ORDER BY SUM(b.covers) DESC LIMIT 1",
          [f"SELECT s.site_name {BS} WHERE {OCT} GROUP BY s.site_name ORDER BY SUM(b.covers) DESC LIMIT 1"])),
    conv("bis-2",
         ("no-show rate per site", f"SELECT s.site_name, {NSP} {BS} GROUP BY s.site_name",
          [f"SELECT s.site_name, {NSF} {BS} GROUP BY s.site_name", f"SELECT s.site_name, {NSP2} {BS} GROUP BY s.site_name",
           f"SELECT s.site_name, {NSF2} {BS} GROUP BY s.site_name"]),
         ("worst one?", f"SELECT s.site_name {BS} GROUP BY s.site_name ORDER BY {NSF} DESC LIMIT 1",
          [f"SELECT s.site_name {BS} GROUP BY s.site_name ORDER BY {NSF2} DESC LIMIT 1"]),
         ("just web bookings", f"SELECT s.site_name, {NSP} {BS} WHERE b.channel = 'web' GROUP BY s.site_name",
          [f"SELECT s.site_name, {NSF} {BS} WHERE b.channel = 'web' GROUP BY s.site_name",
           f"SELECT s.site_name, {NSP2} {BS} WHERE b.channel = 'web' GROUP BY s.site_name",
           f"SELECT s.site_name, {NSF2} {BS} WHERE b.channel = 'web' GROUP BY s.site_name"]),
         ("why are people not turning up at Harbour?", D)),
    conv("bis-3",
         ("avg ticket", "SELECT AVG(total) FROM bills"),
         ("per head?", f"SELECT SUM(bl.total) / SUM(b.covers) {BB}",
          [f"SELECT AVG(bl.total / b.covers) {BB}"]),
         ("by site", f"SELECT s.site_name, SUM(bl.total) / SUM(b.covers) {BB} JOIN sites s ON s.site_id = b.site_id "
          "GROUP BY s.site_name",
          [f"SELECT s.site_name, AVG(bl.total / b.covers) {BB} JOIN sites s ON s.site_id = b.site_id GROUP BY s.site_name"]),
         ("incl tips", f"SELECT s.site_name, SUM(bl.total + bl.tip) / SUM(b.covers) {BB} JOIN sites s ON s.site_id = b.site_id "
          "GROUP BY s.site_name",
          [f"SELECT s.site_name, AVG((bl.total + bl.tip) / b.covers) {BB} JOIN sites s ON s.site_id = b.site_id "
           "GROUP BY s.site_name"])),
    conv("bis-4",
         ("top 5 dishes by margin", f"SELECT dish, {MARGIN} AS margin FROM dishes ORDER BY margin DESC LIMIT 5"),
         ("as %", f"SELECT dish, 100.0 * ({MARGIN}) / menu_price FROM dishes ORDER BY {MARGIN} DESC LIMIT 5",
          [f"SELECT dish, ({MARGIN}) / menu_price FROM dishes ORDER BY {MARGIN} DESC LIMIT 5"]),
         ("which of those sells most", f"SELECT d.dish FROM bill_lines l JOIN ({TOP5M}) d ON d.dish_id = l.dish_id "
          "GROUP BY d.dish ORDER BY SUM(l.qty) DESC LIMIT 1"),
         ("vegan mains under £16", "SELECT dish FROM dishes WHERE is_vegan = 1 AND course = 'main' AND menu_price < 16"),
         ("allergens on the orzo?", D)),
    conv("bis-5",
         ("busiest hour", f"SELECT strftime('%H', booked_for) AS h FROM bookings WHERE {OK} GROUP BY h "
          "ORDER BY SUM(covers) DESC LIMIT 1",
          [f"SELECT strftime('%H', booked_for) AS h FROM bookings WHERE {OK} GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
           "SELECT strftime('%H', booked_for) AS h FROM bookings GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
           f"SELECT CAST(strftime('%H', booked_for) AS INTEGER) AS h FROM bookings WHERE {OK} GROUP BY h "
           "ORDER BY SUM(covers) DESC LIMIT 1"]),
         ("saturdays only", f"SELECT strftime('%H', booked_for) AS h FROM bookings WHERE {OK} "
          "AND strftime('%w', booked_for) = '6' GROUP BY h ORDER BY SUM(covers) DESC LIMIT 1",
          ["SELECT strftime('%H', booked_for) AS h FROM bookings WHERE strftime('%w', booked_for) = '6' GROUP BY h "
           "ORDER BY COUNT(*) DESC LIMIT 1",
           f"SELECT CAST(strftime('%H', booked_for) AS INTEGER) AS h FROM bookings WHERE {OK} "
           "AND strftime('%w', booked_for) = '6' GROUP BY h ORDER BY SUM(covers) DESC LIMIT 1"]),
         ("covers per hour on saturdays", f"SELECT strftime('%H', booked_for) AS h, SUM(covers) FROM bookings "
          f"WHERE {OK} AND strftime('%w', booked_for) = '6' GROUP BY h",
          ["SELECT strftime('%H', booked_for) AS h, SUM(covers) FROM bookings WHERE strftime('%w', booked_for) = '6' "
           "GROUP BY h"])),
    conv("bis-6",
         ("repeat customers", f"SELECT COUNT(*) FROM (SELECT customer_id FROM bookings WHERE {OK} GROUP BY customer_id "
          "HAVING COUNT(*) > 1)",
          [f"SELECT customer_id FROM bookings WHERE {OK} GROUP BY customer_id HAVING COUNT(*) > 1",
           "SELECT COUNT(*) FROM (SELECT customer_id FROM bookings GROUP BY customer_id HAVING COUNT(*) > 1)",
           "SELECT customer_id FROM bookings GROUP BY customer_id HAVING COUNT(*) > 1"]),
         ("top 5 by spend", f"SELECT name, spend FROM ({SPEND}) ORDER BY spend DESC"),
         ("their emails", f"SELECT c.email FROM customers c JOIN ({SPEND}) t ON t.customer_id = c.customer_id"),
         ("and phone numbers", D),
         ("when was the top one last in", f"SELECT MAX(booked_for) FROM bookings WHERE {OK} AND customer_id = "
          f"(SELECT customer_id FROM ({SPEND}) LIMIT 1)",
          [f"SELECT MAX(bl.opened_at) {BB} WHERE b.customer_id = (SELECT customer_id FROM ({SPEND}) LIMIT 1)"])),
    conv("bis-7",
         ("bills not yet paid", "SELECT bill_id, total FROM bills WHERE paid_at IS NULL"),
         ("how much is that", "SELECT SUM(total) FROM bills WHERE paid_at IS NULL",
          ["SELECT SUM(total + tip) FROM bills WHERE paid_at IS NULL"]),
         ("by site", f"SELECT s.site_name, SUM(bl.total) {BB} JOIN sites s ON s.site_id = b.site_id "
          "WHERE bl.paid_at IS NULL GROUP BY s.site_name"),
         ("oldest one", "SELECT bill_id, closed_at FROM bills WHERE paid_at IS NULL ORDER BY closed_at LIMIT 1",
          ["SELECT bill_id, opened_at FROM bills WHERE paid_at IS NULL ORDER BY opened_at LIMIT 1"]),
         ("which waiter had that table?", D)),
    conv("bis-8",
         ("how many CX this year", "SELECT COUNT(*) FROM bookings WHERE status = 'CX' AND booked_for LIKE '2026%'"),
         ("vs last year", "SELECT COUNT(*) FROM bookings WHERE status = 'CX' AND booked_for LIKE '2025%'",
          ["SELECT strftime('%Y', booked_for) AS y, COUNT(*) FROM bookings WHERE status = 'CX' GROUP BY y"]),
         ("avg days booked ahead, excl walk-ins",
          "SELECT AVG(julianday(booked_for) - julianday(created_at)) FROM bookings WHERE channel <> 'walk-in'",
          ["SELECT AVG(julianday(booked_for) - julianday(created_at)) FROM bookings WHERE channel <> 'walk-in' "
           "AND booked_for LIKE '2025%'",
           "SELECT AVG(julianday(booked_for) - julianday(created_at)) FROM bookings WHERE channel <> 'walk-in' "
           "AND status = 'CX' AND booked_for LIKE '2025%'"]),
         ("how many hours before the sitting do cancellations come in", D)),
    conv("bis-9",
         ("bookings by channel", "SELECT channel, COUNT(*) FROM bookings GROUP BY channel"),
         ("just 2026", "SELECT channel, COUNT(*) FROM bookings WHERE booked_for LIKE '2026%' GROUP BY channel"),
         ("no-show % by channel", f"SELECT channel, {NSP} FROM bookings WHERE booked_for LIKE '2026%' GROUP BY channel",
          [f"SELECT channel, {NSF} FROM bookings WHERE booked_for LIKE '2026%' GROUP BY channel",
           f"SELECT channel, {NSP2} FROM bookings WHERE booked_for LIKE '2026%' GROUP BY channel",
           f"SELECT channel, {NSF2} FROM bookings WHERE booked_for LIKE '2026%' GROUP BY channel"]),
         ("commission we pay the app", D)),
    conv("bis-10",
         ("seats per site", "SELECT site_name, seats FROM sites"),
         ("newest site", "SELECT site_name FROM sites ORDER BY opened DESC LIMIT 1"),
         ("covers per seat there this year", f"SELECT 1.0 * SUM(b.covers) / MAX(s.seats) {BS} WHERE b.{OK} "
          "AND s.site_name = 'Ember Harbour' AND b.booked_for LIKE '2026%'",
          [f"SELECT 1.0 * SUM(b.covers) / MAX(s.seats) {BS} WHERE s.site_name = 'Ember Harbour' "
           "AND b.booked_for LIKE '2026%'"]),
         ("rent on that one?", D)),
    conv("bis-11",
         ("takings by month 2026", BREV,
          ["SELECT strftime('%Y-%m', opened_at) AS m, SUM(total + tip) FROM bills WHERE opened_at LIKE '2026%' GROUP BY m"]),
         ("best month", "SELECT strftime('%Y-%m', opened_at) AS m FROM bills WHERE opened_at LIKE '2026%' GROUP BY m "
          "ORDER BY SUM(total) DESC LIMIT 1",
          ["SELECT strftime('%m', opened_at) AS m FROM bills WHERE opened_at LIKE '2026%' GROUP BY m "
           "ORDER BY SUM(total) DESC LIMIT 1"]),
         ("what will december do", D),
         ("2025 total", "SELECT SUM(total) FROM bills WHERE opened_at LIKE '2025%'")),
    conv("bis-12",
         ("avg table time in mins", f"SELECT AVG({TMIN}) FROM bills bl"),
         ("by party size", f"SELECT b.covers, AVG({TMIN}) {BB} GROUP BY b.covers"),
         ("longest sitting", f"SELECT bl.bill_id, {TMIN} AS mins FROM bills bl ORDER BY mins DESC LIMIT 1"),
         ("which dishes did they have", f"SELECT d.dish FROM bill_lines l JOIN dishes d ON d.dish_id = l.dish_id "
          f"WHERE l.bill_id = (SELECT bl.bill_id FROM bills bl ORDER BY {TMIN} DESC LIMIT 1)",
          [f"SELECT DISTINCT d.dish FROM bill_lines l JOIN dishes d ON d.dish_id = l.dish_id "
           f"WHERE l.bill_id = (SELECT bl.bill_id FROM bills bl ORDER BY {TMIN} DESC LIMIT 1)",
           f"SELECT d.dish, SUM(l.qty) FROM bill_lines l JOIN dishes d ON d.dish_id = l.dish_id "
           f"WHERE l.bill_id = (SELECT bl.bill_id FROM bills bl ORDER BY {TMIN} DESC LIMIT 1) GROUP BY d.dish"])),
]

# ------------------------------------------------------------------------------------------ vets
LIVE = "a.deceased_on IS NULL"


def overdue(species: str, today: str = TODAY) -> str:
    """Living animals of a species whose latest dose of some vaccine has its booster date passed."""
    return (f"SELECT DISTINCT a.animal_id, a.name FROM animals a JOIN (SELECT animal_id, vaccine, MAX(booster_due) AS due "
            f"FROM vaccinations GROUP BY animal_id, vaccine) v ON v.animal_id = a.animal_id "
            f"WHERE a.species = '{species}' AND {LIVE} AND v.due < {today}")


def overdue_any(species: str, today: str = TODAY) -> str:
    return overdue(species, today).replace(f" AND {LIVE}", "")


OAJ = "FROM owners o JOIN owner_animals oa ON oa.owner_id = o.owner_id"
IAJ = "FROM invoices i JOIN appointments ap ON ap.appt_id = i.appt_id"
OWED = (f"SELECT o.owner_id, o.first_name, o.surname, SUM(i.amount) AS owed {IAJ} "
        f"JOIN owner_animals oa ON oa.animal_id = ap.animal_id AND oa.role = 'primary' "
        f"JOIN owners o ON o.owner_id = oa.owner_id WHERE i.paid_on IS NULL GROUP BY o.owner_id")
APS = "FROM appointments ap JOIN staff st ON st.staff_id = ap.staff_id"
AMIN = "(strftime('%s', ap.ends_at) - strftime('%s', ap.starts_at)) / 60.0"
AGE = f"(julianday({TODAY}) - julianday(dob)) / 365.25"
UNSEEN = (f"SELECT a.animal_id, a.name FROM animals a WHERE {LIVE} AND a.animal_id NOT IN "
          f"(SELECT animal_id FROM appointments WHERE starts_at >= date({TODAY}, '-1 year'))")
VOCT = "i.issued_on >= '2026-10-01' AND i.issued_on < '2026-11-01'"

VETS = [
    conv("vet-1",
         ("dogs overdue a booster", overdue("dog"),
          [overdue("dog", "date('now')"), overdue_any("dog"), overdue_any("dog", "date('now')")]),
         ("just cats", overdue("cat"), [overdue("cat", "date('now')"), overdue_any("cat")]),
         ("how many", f"SELECT COUNT(*) FROM ({overdue('cat')})",
          [f"SELECT COUNT(*) FROM ({overdue('cat', NOW)})", f"SELECT COUNT(*) FROM ({overdue_any('cat')})"]),
         ("owner emails for them", f"SELECT DISTINCT o.email {OAJ} JOIN ({overdue('cat')}) c ON c.animal_id = oa.animal_id",
          [f"SELECT DISTINCT o.email {OAJ} JOIN ({overdue('cat')}) c ON c.animal_id = oa.animal_id "
           "WHERE oa.role = 'primary'"]),
         ("which of them have had a reminder sent", D)),
    conv("vet-2",
         ("appts per vet this year", f"SELECT st.name, COUNT(*) {APS} WHERE st.role = 'vet' AND ap.starts_at LIKE '2026%' "
          "GROUP BY st.name",
          [f"SELECT st.name, COUNT(*) {APS} WHERE ap.starts_at LIKE '2026%' GROUP BY st.name"]),
         ("avg length", f"SELECT st.name, AVG({AMIN}) {APS} WHERE st.role = 'vet' AND ap.starts_at LIKE '2026%' "
          "GROUP BY st.name",
          [f"SELECT st.name, AVG({AMIN}) {APS} WHERE ap.starts_at LIKE '2026%' GROUP BY st.name"]),
         ("surgery only", f"SELECT st.name, AVG({AMIN}) {APS} WHERE ap.appt_type = 'surgery' AND ap.starts_at LIKE '2026%' "
          "GROUP BY st.name"),
         ("what do we pay Dr Marsh", D)),
    conv("vet-3",
         ("unpaid invoices", "SELECT invoice_id, amount FROM invoices WHERE paid_on IS NULL"),
         ("total owed", "SELECT SUM(amount) FROM invoices WHERE paid_on IS NULL"),
         ("by owner", f"SELECT first_name, surname, owed FROM ({OWED})",
          [OWED.replace(" AND oa.role = 'primary'", "")]),
         ("top 5", f"SELECT first_name, surname, owed FROM ({OWED}) ORDER BY owed DESC LIMIT 5"),
         ("any of them on a payment plan?", D)),
    conv("vet-4",
         ("animals per species", "SELECT species, COUNT(*) FROM animals GROUP BY species",
          ["SELECT species, COUNT(*) FROM animals WHERE deceased_on IS NULL GROUP BY species"]),
         ("avg age of dogs", f"SELECT AVG({AGE}) FROM animals WHERE species = 'dog' AND deceased_on IS NULL",
          [f"SELECT AVG({AGE}) FROM animals WHERE species = 'dog'",
           "SELECT AVG((julianday(date('now')) - julianday(dob)) / 365.25) FROM animals WHERE species = 'dog' "
           "AND deceased_on IS NULL"]),
         ("heaviest breed on avg", "SELECT breed FROM animals WHERE species = 'dog' GROUP BY breed "
          "ORDER BY AVG(weight_kg) DESC LIMIT 1",
          ["SELECT breed FROM animals WHERE species = 'dog' AND deceased_on IS NULL GROUP BY breed "
           "ORDER BY AVG(weight_kg) DESC LIMIT 1"]),
         ("% neutered", "SELECT 100.0 * SUM(neutered) / COUNT(*) FROM animals WHERE species = 'dog'",
          ["SELECT 1.0 * SUM(neutered) / COUNT(*) FROM animals WHERE species = 'dog'",
           "SELECT 100.0 * SUM(neutered) / COUNT(*) FROM animals WHERE species = 'dog' AND deceased_on IS NULL"]),
         ("cats?", "SELECT 100.0 * SUM(neutered) / COUNT(*) FROM animals WHERE species = 'cat'",
          ["SELECT 1.0 * SUM(neutered) / COUNT(*) FROM animals WHERE species = 'cat'",
           "SELECT 100.0 * SUM(neutered) / COUNT(*) FROM animals WHERE species = 'cat' AND deceased_on IS NULL"])),
    conv("vet-5",
         ("owners with more than 2 animals", f"SELECT o.owner_id, o.first_name, o.surname {OAJ} GROUP BY o.owner_id "
          "HAVING COUNT(*) > 2"),
         ("in Kendal?", f"SELECT o.owner_id, o.first_name, o.surname {OAJ} WHERE o.town = 'Kendal' GROUP BY o.owner_id "
          "HAVING COUNT(*) > 2"),
         ("how many pets are jointly owned", "SELECT COUNT(DISTINCT animal_id) FROM owner_animals WHERE role = 'joint'",
          ["SELECT COUNT(*) FROM (SELECT animal_id FROM owner_animals GROUP BY animal_id HAVING COUNT(*) > 1)"]),
         ("dogs among them", "SELECT COUNT(DISTINCT oa.animal_id) FROM owner_animals oa JOIN animals a "
          "ON a.animal_id = oa.animal_id WHERE oa.role = 'joint' AND a.species = 'dog'")),
    conv("vet-6",
         ("revenue by appt type", f"SELECT ap.appt_type, SUM(i.amount) {IAJ} GROUP BY ap.appt_type"),
         ("last month", f"SELECT ap.appt_type, SUM(i.amount) {IAJ} WHERE {VOCT} GROUP BY ap.appt_type"),
         ("avg ticket", f"SELECT ap.appt_type, AVG(i.amount) {IAJ} WHERE {VOCT} GROUP BY ap.appt_type",
          [f"SELECT AVG(i.amount) {IAJ} WHERE {VOCT}"]),
         ("margin on dentals", D)),
    conv("vet-7",
         ("missed appts this year", "SELECT COUNT(*) FROM appointments WHERE attended = 0 AND starts_at LIKE '2026%'"),
         ("by type", "SELECT appt_type, COUNT(*) FROM appointments WHERE attended = 0 AND starts_at LIKE '2026%' "
          "GROUP BY appt_type"),
         ("as %", "SELECT appt_type, 100.0 * SUM(attended = 0) / COUNT(*) FROM appointments WHERE starts_at LIKE '2026%' "
          "GROUP BY appt_type",
          ["SELECT appt_type, 1.0 * SUM(attended = 0) / COUNT(*) FROM appointments WHERE starts_at LIKE '2026%' "
           "GROUP BY appt_type"]),
         ("what reason did they give", D)),
    conv("vet-8",
         ("busiest hour", "SELECT strftime('%H', starts_at) AS h FROM appointments GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CAST(strftime('%H', starts_at) AS INTEGER) AS h FROM appointments GROUP BY h "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("appts by weekday", "SELECT strftime('%w', starts_at) AS wd, COUNT(*) FROM appointments GROUP BY wd"),
         ("avg time in the waiting room", D)),
    conv("vet-9",
         ("animals not seen in over a year", UNSEEN,
          [UNSEEN.replace(f" AND {LIVE}", ""), UNSEEN.replace(TODAY, "'now'")]),
         ("dogs only", UNSEEN + " AND a.species = 'dog'",
          [UNSEEN.replace(f" AND {LIVE}", "") + " AND a.species = 'dog'"]),
         ("their owners", f"SELECT DISTINCT o.first_name, o.surname {OAJ} JOIN ({UNSEEN} AND a.species = 'dog') u "
          "ON u.animal_id = oa.animal_id",
          [f"SELECT DISTINCT o.first_name, o.surname {OAJ} JOIN ({UNSEEN} AND a.species = 'dog') u "
           "ON u.animal_id = oa.animal_id WHERE oa.role = 'primary'"])),
    conv("vet-10",
         ("vaccinations given by month 2026", "SELECT strftime('%m', given_on) AS m, COUNT(*) FROM vaccinations "
          "WHERE given_on LIKE '2026%' GROUP BY m"),
         ("which vaccine most", "SELECT vaccine FROM vaccinations WHERE given_on LIKE '2026%' GROUP BY vaccine "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("batch nos for those", D)),
    conv("vet-11",
         ("new clients this year", "SELECT COUNT(*) FROM owners WHERE registered_on LIKE '2026%'"),
         ("by town", "SELECT town, COUNT(*) FROM owners WHERE registered_on LIKE '2026%' GROUP BY town"),
         ("insurer split", D)),
    conv("vet-12",
         ("avg days to pay", "SELECT AVG(julianday(paid_on) - julianday(issued_on)) FROM invoices WHERE paid_on IS NOT NULL"),
         ("by vet", f"SELECT st.name, AVG(julianday(i.paid_on) - julianday(i.issued_on)) {IAJ} "
          "JOIN staff st ON st.staff_id = ap.staff_id WHERE i.paid_on IS NOT NULL GROUP BY st.name",
          [f"SELECT st.name, AVG(julianday(i.paid_on) - julianday(i.issued_on)) {IAJ} "
           "JOIN staff st ON st.staff_id = ap.staff_id WHERE i.paid_on IS NOT NULL AND st.role = 'vet' GROUP BY st.name"]),
         ("who died this year", "SELECT name, species FROM animals WHERE deceased_on LIKE '2026%'"),
         ("owners?", f"SELECT DISTINCT o.first_name, o.surname {OAJ} JOIN animals a ON a.animal_id = oa.animal_id "
          "WHERE a.deceased_on LIKE '2026%'",
          [f"SELECT DISTINCT o.first_name, o.surname {OAJ} JOIN animals a ON a.animal_id = oa.animal_id "
           "WHERE a.deceased_on LIKE '2026%' AND oa.role = 'primary'"])),
]

# ------------------------------------------------------------------------------------------ carparks
SP = "FROM stays st JOIN car_parks p ON p.park_id = st.park_id"
SMIN = "(strftime('%s', st.exited_at) - strftime('%s', st.entered_at)) / 60.0"
COCT = "st.entered_at >= '2026-10-01' AND st.entered_at < '2026-11-01'"
ACTIVE = f"starts_on <= {TODAY} AND ends_on >= {TODAY}"
ACTIVEN = "starts_on <= date('now') AND ends_on >= date('now')"
TP = "FROM tariffs t JOIN car_parks p ON p.park_id = t.park_id"
PP = "FROM pcns pc JOIN car_parks p ON p.park_id = pc.park_id"
TOPPLATE = "SELECT plate FROM stays GROUP BY plate ORDER BY COUNT(*) DESC LIMIT 1"
WK = "st.entered_at >= '2026-11-16' AND st.entered_at < '2026-11-23'"

CARPARKS = [
    conv("car-1",
         ("still parked", f"SELECT st.plate, p.park_name {SP} WHERE st.exited_at IS NULL"),
         ("by car park", f"SELECT p.park_name, COUNT(*) {SP} WHERE st.exited_at IS NULL GROUP BY p.park_name"),
         ("longest in", f"SELECT st.plate, st.entered_at {SP} WHERE st.exited_at IS NULL ORDER BY st.entered_at LIMIT 1"),
         ("who's the registered keeper", D)),
    conv("car-2",
         ("avg stay mins", f"SELECT AVG({SMIN}) FROM stays st WHERE st.exited_at IS NOT NULL"),
         ("per car park", f"SELECT p.park_name, AVG({SMIN}) {SP} WHERE st.exited_at IS NOT NULL GROUP BY p.park_name"),
         ("in hours", f"SELECT p.park_name, AVG({SMIN}) / 60 {SP} WHERE st.exited_at IS NOT NULL GROUP BY p.park_name"),
         ("weekends only", f"SELECT p.park_name, AVG({SMIN}) / 60 {SP} WHERE st.exited_at IS NOT NULL "
          "AND strftime('%w', st.entered_at) IN ('0', '6') GROUP BY p.park_name")),
    conv("car-3",
         ("takings by car park, october", f"SELECT p.park_name, SUM(st.fee) {SP} WHERE {COCT} GROUP BY p.park_name"),
         ("by payment method", f"SELECT st.pay_method, SUM(st.fee) {SP} WHERE {COCT} GROUP BY st.pay_method",
          [f"SELECT st.pay_method, SUM(st.fee) {SP} WHERE {COCT} AND st.pay_method <> 'season' GROUP BY st.pay_method",
           f"SELECT p.park_name, st.pay_method, SUM(st.fee) {SP} WHERE {COCT} GROUP BY p.park_name, st.pay_method"]),
         ("cash as %", f"SELECT 100.0 * SUM(CASE WHEN st.pay_method = 'cash' THEN st.fee ELSE 0 END) / SUM(st.fee) "
          f"FROM stays st WHERE {COCT}",
          [f"SELECT 1.0 * SUM(CASE WHEN st.pay_method = 'cash' THEN st.fee ELSE 0 END) / SUM(st.fee) "
           f"FROM stays st WHERE {COCT}"]),
         ("how much cash is sitting in the machines", D)),
    conv("car-4",
         ("busiest hour", "SELECT strftime('%H', entered_at) AS h FROM stays GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CAST(strftime('%H', entered_at) AS INTEGER) AS h FROM stays GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("at Marina", f"SELECT strftime('%H', st.entered_at) AS h {SP} WHERE p.park_name = 'Marina' GROUP BY h "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT CAST(strftime('%H', st.entered_at) AS INTEGER) AS h {SP} WHERE p.park_name = 'Marina' GROUP BY h "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("entries by hour there", f"SELECT strftime('%H', st.entered_at) AS h, COUNT(*) {SP} WHERE p.park_name = 'Marina' "
          "GROUP BY h"),
         ("how full will it be over christmas", D)),
    conv("car-5",
         ("active season tickets", f"SELECT ticket_id, plate FROM season_tickets WHERE {ACTIVE}",
          [f"SELECT ticket_id, plate FROM season_tickets WHERE {ACTIVEN}"]),
         ("by car park", f"SELECT p.park_name, COUNT(*) FROM season_tickets s JOIN car_parks p ON p.park_id = s.park_id "
          f"WHERE {ACTIVE} GROUP BY p.park_name",
          [f"SELECT p.park_name, COUNT(*) FROM season_tickets s JOIN car_parks p ON p.park_id = s.park_id "
           f"WHERE {ACTIVEN} GROUP BY p.park_name"]),
         ("expiring in the next 30 days", f"SELECT ticket_id, holder, ends_on FROM season_tickets "
          f"WHERE ends_on >= {TODAY} AND ends_on <= date({TODAY}, '+30 days')",
          ["SELECT ticket_id, holder, ends_on FROM season_tickets WHERE ends_on >= date('now') "
           "AND ends_on <= date('now', '+30 days')",
           f"SELECT ticket_id, holder, ends_on FROM season_tickets WHERE ends_on > {TODAY} "
           f"AND ends_on <= date({TODAY}, '+30 days')"]),
         ("holders' email addresses", D)),
    conv("car-6",
         ("season ticket revenue 2026", "SELECT SUM(price) FROM season_tickets WHERE starts_on LIKE '2026%'"),
         ("vs 2025", "SELECT SUM(price) FROM season_tickets WHERE starts_on LIKE '2025%'",
          ["SELECT strftime('%Y', starts_on) AS y, SUM(price) FROM season_tickets GROUP BY y"]),
         ("avg ticket length in days", "SELECT AVG(julianday(ends_on) - julianday(starts_on)) FROM season_tickets",
          ["SELECT AVG(julianday(ends_on) - julianday(starts_on) + 1) FROM season_tickets",
           "SELECT AVG(julianday(ends_on) - julianday(starts_on)) FROM season_tickets WHERE starts_on LIKE '2025%'"])),
    conv("car-7",
         ("PCNs by reason", "SELECT reason, COUNT(*) FROM pcns GROUP BY reason"),
         ("unpaid", "SELECT reason, COUNT(*) FROM pcns WHERE paid_on IS NULL GROUP BY reason"),
         ("value outstanding", "SELECT SUM(amount) FROM pcns WHERE paid_on IS NULL",
          ["SELECT reason, SUM(amount) FROM pcns WHERE paid_on IS NULL GROUP BY reason"]),
         ("how many got appealed", D),
         ("by car park", f"SELECT p.park_name, SUM(pc.amount) {PP} WHERE pc.paid_on IS NULL GROUP BY p.park_name")),
    conv("car-8",
         ("tariffs at Victoria MSCP", f"SELECT t.max_hours, t.price {TP} WHERE p.park_name = 'Victoria MSCP'"),
         ("cheapest all-day", f"SELECT p.park_name, t.price {TP} WHERE t.max_hours = 24 ORDER BY t.price LIMIT 1"),
         ("multistoreys only", f"SELECT p.park_name, t.price {TP} WHERE t.max_hours = 24 AND p.multistorey = 1 "
          "ORDER BY t.price LIMIT 1",
          [f"SELECT p.park_name, t.price {TP} WHERE t.max_hours = 24 AND p.multistorey = 1"]),
         ("when did prices last go up", D)),
    conv("car-9",
         ("repeat visitors", "SELECT COUNT(*) FROM (SELECT plate FROM stays GROUP BY plate HAVING COUNT(*) > 1)",
          ["SELECT plate FROM stays GROUP BY plate HAVING COUNT(*) > 1"]),
         ("most frequent plate", "SELECT plate, COUNT(*) FROM stays GROUP BY plate ORDER BY COUNT(*) DESC LIMIT 1"),
         ("total paid by it", f"SELECT SUM(fee) FROM stays WHERE plate = ({TOPPLATE})"),
         ("season ticket?", f"SELECT ticket_id, park_id, starts_on, ends_on FROM season_tickets WHERE plate = ({TOPPLATE})")),
    conv("car-10",
         ("entries by day 16-22 nov", f"SELECT date(st.entered_at) AS d, COUNT(*) FROM stays st WHERE {WK} GROUP BY d"),
         ("and exits", "SELECT date(exited_at) AS d, COUNT(*) FROM stays WHERE exited_at >= '2026-11-16' "
          "AND exited_at < '2026-11-23' GROUP BY d"),
         ("which EV bays were in use", D)),
    conv("car-11",
         ("stays over 24h", f"SELECT COUNT(*) FROM stays st WHERE {SMIN} > 1440",
          [f"SELECT st.stay_id, st.plate FROM stays st WHERE {SMIN} > 1440"]),
         ("which car parks", f"SELECT p.park_name, COUNT(*) {SP} WHERE {SMIN} > 1440 GROUP BY p.park_name",
          [f"SELECT DISTINCT p.park_name {SP} WHERE {SMIN} > 1440"]),
         ("over 12h?", f"SELECT p.park_name, COUNT(*) {SP} WHERE {SMIN} > 720 GROUP BY p.park_name",
          [f"SELECT DISTINCT p.park_name {SP} WHERE {SMIN} > 720", f"SELECT COUNT(*) FROM stays st WHERE {SMIN} > 720"])),
    conv("car-12",
         ("spaces by town", "SELECT town, SUM(spaces) FROM car_parks GROUP BY town"),
         ("EV bays as % of spaces", "SELECT town, 100.0 * SUM(ev_bays) / SUM(spaces) FROM car_parks GROUP BY town",
          ["SELECT town, 1.0 * SUM(ev_bays) / SUM(spaces) FROM car_parks GROUP BY town"]),
         ("Whitby only", "SELECT 100.0 * SUM(ev_bays) / SUM(spaces) FROM car_parks WHERE town = 'Whitby'",
          ["SELECT 1.0 * SUM(ev_bays) / SUM(spaces) FROM car_parks WHERE town = 'Whitby'",
           "SELECT park_name, 100.0 * ev_bays / spaces FROM car_parks WHERE town = 'Whitby'"]),
         ("which are council owned", D)),
]

SETS = {"bistro": BISTRO, "vets": VETS, "carparks": CARPARKS}
