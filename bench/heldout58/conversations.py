"""Held-out conversations heldout58, written as a factory quality engineer would ask them, before the
engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or `decline: True` (D) when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ bottling
BML = ("FROM batches b JOIN machines m ON m.machine_id = b.machine_id JOIN lines l ON l.line_id = m.line_id "
       "LEFT JOIN (SELECT batch_id, SUM(qty) AS dq FROM defects GROUP BY batch_id) d ON d.batch_id = b.batch_id")
SCRAP = "SUM(COALESCE(d.dq, 0)) * 1.0 / SUM(b.units_produced)"
SCRAP_PCT = "SUM(COALESCE(d.dq, 0)) * 100.0 / SUM(b.units_produced)"
DBML = ("FROM defects x JOIN batches b ON b.batch_id = x.batch_id JOIN machines m ON m.machine_id = b.machine_id "
        "JOIN lines l ON l.line_id = m.line_id")
DTM = "FROM downtime_events e JOIN machines m ON m.machine_id = e.machine_id"
WK = "e.started_at >= '2024-06-03' AND e.started_at < '2024-06-10'"
ZERO = "SELECT batch_id FROM batches WHERE batch_id NOT IN (SELECT batch_id FROM defects)"
L3F = "m.machine_name = 'L3-FILL' AND e.planned = 0"
WORSTPROD = (f"SELECT b.product {BML} GROUP BY b.product ORDER BY {SCRAP} DESC LIMIT 1")
TOP3T = "SELECT defect_type FROM defects GROUP BY defect_type ORDER BY SUM(qty) DESC LIMIT 3"
WORSTB = "SELECT batch_id FROM defects GROUP BY batch_id ORDER BY SUM(qty) DESC LIMIT 1"
HALLB = "SELECT m.machine_id FROM machines m JOIN lines l ON l.line_id = m.line_id WHERE l.hall = 'Hall B'"

BOTTLING = [
    conv("bot-1",
         ("What's the scrap rate per line?", f"SELECT l.line_name, {SCRAP} {BML} GROUP BY l.line_name",
          [f"SELECT l.line_name, {SCRAP_PCT} {BML} GROUP BY l.line_name"]),
         ("only line 2", f"SELECT {SCRAP} {BML} WHERE l.line_id = 2", [f"SELECT {SCRAP_PCT} {BML} WHERE l.line_id = 2"]),
         ("and the night shift?", f"SELECT {SCRAP} {BML} WHERE l.line_id = 2 AND b.shift = 'Night'",
          [f"SELECT {SCRAP_PCT} {BML} WHERE l.line_id = 2 AND b.shift = 'Night'"]),
         ("by defect type",
          f"SELECT x.defect_type, SUM(x.qty) {DBML} WHERE l.line_id = 2 AND b.shift = 'Night' GROUP BY x.defect_type",
          [f"SELECT x.defect_type, SUM(x.qty) * 1.0 / (SELECT SUM(units_produced) FROM batches b JOIN machines m "
           f"ON m.machine_id = b.machine_id WHERE m.line_id = 2 AND b.shift = 'Night') {DBML} "
           f"WHERE l.line_id = 2 AND b.shift = 'Night' GROUP BY x.defect_type",
           f"SELECT x.defect_type, SUM(x.qty) * 100.0 / (SELECT SUM(units_produced) FROM batches b JOIN machines m "
           f"ON m.machine_id = b.machine_id WHERE m.line_id = 2 AND b.shift = 'Night') {DBML} "
           f"WHERE l.line_id = 2 AND b.shift = 'Night' GROUP BY x.defect_type"])),
    conv("bot-2",
         ("How many batches had zero defects?", f"SELECT COUNT(*) FROM ({ZERO})",
          ["SELECT COUNT(*) FROM batches WHERE units_good = units_produced"]),
         ("as a % of all batches", f"SELECT COUNT(*) * 100.0 / (SELECT COUNT(*) FROM batches) FROM ({ZERO})",
          [f"SELECT COUNT(*) * 1.0 / (SELECT COUNT(*) FROM batches) FROM ({ZERO})"]),
         ("which line had the most of them?",
          f"SELECT l.line_name FROM batches b JOIN machines m ON m.machine_id = b.machine_id JOIN lines l "
          f"ON l.line_id = m.line_id WHERE b.batch_id IN ({ZERO}) GROUP BY l.line_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("why does line 4 have so few clean batches?", D)),
    conv("bot-3",
         ("Downtime hours by machine for the week starting Monday 3 June 2024",
          f"SELECT m.machine_name, SUM(e.duration_min) / 60.0 {DTM} WHERE {WK} GROUP BY m.machine_name"),
         ("only unplanned stops",
          f"SELECT m.machine_name, SUM(e.duration_min) / 60.0 {DTM} WHERE {WK} AND e.planned = 0 GROUP BY m.machine_name"),
         ("which machine lost the most?",
          f"SELECT m.machine_name {DTM} WHERE {WK} AND e.planned = 0 GROUP BY m.machine_name "
          "ORDER BY SUM(e.duration_min) DESC LIMIT 1"),
         ("what did the operator write in the shift log about it?", D)),
    conv("bot-4",
         ("How many unplanned stops did each machine have in the first half of 2024?",
          f"SELECT m.machine_name, COUNT(*) {DTM} WHERE e.planned = 0 AND e.started_at < '2024-07-01' "
          "GROUP BY m.machine_name"),
         ("what's the mean time between failures for L3-FILL, in hours?",
          f"SELECT AVG(gap) FROM (SELECT (julianday(e.started_at) - julianday(LAG(e.started_at) OVER "
          f"(ORDER BY e.started_at))) * 24 AS gap {DTM} WHERE {L3F}) WHERE gap IS NOT NULL",
          [f"SELECT (4368 - SUM(e.duration_min) / 60.0) / COUNT(*) {DTM} WHERE {L3F}",
           f"SELECT 4368.0 / COUNT(*) {DTM} WHERE {L3F}"]),
         ("and the longest single stop on that machine?",
          f"SELECT MAX(e.duration_min) {DTM} WHERE {L3F}",
          [f"SELECT MAX(e.duration_min) {DTM} WHERE m.machine_name = 'L3-FILL'",
           f"SELECT e.duration_min {DTM} WHERE {L3F} ORDER BY e.duration_min DESC LIMIT 1"]),
         ("what's the replacement part number for its motor?", D)),
    conv("bot-5",
         ("Defects per 1,000 units by product",
          f"SELECT b.product, SUM(COALESCE(d.dq, 0)) * 1000.0 / SUM(b.units_produced) {BML} GROUP BY b.product"),
         ("which product is worst?", WORSTPROD),
         ("which line is it made on?",
          f"SELECT DISTINCT l.line_name FROM batches b JOIN machines m ON m.machine_id = b.machine_id "
          f"JOIN lines l ON l.line_id = m.line_id WHERE b.product = ({WORSTPROD})"),
         ("what did those defects cost us in euros?", D)),
    conv("bot-6",
         ("Which shift has the most defects?",
          "SELECT b.shift FROM defects x JOIN batches b ON b.batch_id = x.batch_id GROUP BY b.shift "
          "ORDER BY SUM(x.qty) DESC LIMIT 1",
          ["SELECT b.shift FROM defects x JOIN batches b ON b.batch_id = x.batch_id GROUP BY b.shift "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("defects per 1,000 units by shift",
          f"SELECT b.shift, SUM(COALESCE(d.dq, 0)) * 1000.0 / SUM(b.units_produced) {BML} GROUP BY b.shift"),
         ("only line 3",
          f"SELECT b.shift, SUM(COALESCE(d.dq, 0)) * 1000.0 / SUM(b.units_produced) {BML} WHERE l.line_id = 3 "
          "GROUP BY b.shift"),
         ("who was the shift supervisor on nights?", D)),
    conv("bot-7",
         ("List the machines on line 4 with their vendor",
          "SELECT machine_name, vendor FROM machines WHERE line_id = 4"),
         ("which vendor supplies most of our machines?",
          "SELECT vendor FROM machines GROUP BY vendor ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when was the oldest filler installed?", "SELECT MIN(installed_on) FROM machines WHERE machine_type = 'Filler'",
          ["SELECT machine_name, installed_on FROM machines WHERE machine_type = 'Filler' ORDER BY installed_on LIMIT 1"]),
         ("when is its next maintenance due?", D)),
    conv("bot-8",
         ("How many units did we produce each month?",
          "SELECT strftime('%Y-%m', run_date) AS mon, SUM(units_produced) FROM batches GROUP BY mon",
          ["SELECT strftime('%m', run_date) AS mon, SUM(units_produced) FROM batches GROUP BY mon"]),
         ("and how many were good?",
          "SELECT strftime('%Y-%m', run_date) AS mon, SUM(units_good) FROM batches GROUP BY mon",
          ["SELECT strftime('%m', run_date) AS mon, SUM(units_good) FROM batches GROUP BY mon"]),
         ("first-pass yield by month",
          "SELECT strftime('%Y-%m', run_date) AS mon, SUM(units_good) * 1.0 / SUM(units_produced) FROM batches GROUP BY mon",
          ["SELECT strftime('%Y-%m', run_date) AS mon, SUM(units_good) * 100.0 / SUM(units_produced) FROM batches "
           "GROUP BY mon",
           "SELECT strftime('%m', run_date) AS mon, SUM(units_good) * 1.0 / SUM(units_produced) FROM batches GROUP BY mon",
           "SELECT strftime('%m', run_date) AS mon, SUM(units_good) * 100.0 / SUM(units_produced) FROM batches "
           "GROUP BY mon"]),
         ("what will it be in July?", D)),
    conv("bot-9",
         ("Top 3 defect types by quantity",
          "SELECT defect_type, SUM(qty) AS q FROM defects GROUP BY defect_type ORDER BY q DESC LIMIT 3"),
         ("how many of each did the lab find?",
          f"SELECT defect_type, SUM(qty) FROM defects WHERE found_by = 'Lab' AND defect_type IN ({TOP3T}) "
          "GROUP BY defect_type"),
         ("Leaks on line 1 by month",
          f"SELECT strftime('%Y-%m', b.run_date) AS mon, SUM(x.qty) {DBML} WHERE x.defect_type = 'Leak' AND l.line_id = 1 "
          "GROUP BY mon",
          [f"SELECT strftime('%m', b.run_date) AS mon, SUM(x.qty) {DBML} WHERE x.defect_type = 'Leak' AND l.line_id = 1 "
           "GROUP BY mon"])),
    conv("bot-10",
         ("Which batch had the most defects?",
          "SELECT b.batch_code FROM defects x JOIN batches b ON b.batch_id = x.batch_id GROUP BY b.batch_id "
          "ORDER BY SUM(x.qty) DESC LIMIT 1"),
         ("what product was it, and which shift?", f"SELECT product, shift FROM batches WHERE batch_id = ({WORSTB})"),
         ("show its defects", f"SELECT defect_type, qty FROM defects WHERE batch_id = ({WORSTB})"),
         ("what was the temperature in the hall that day?", D)),
    conv("bot-11",
         ("Downtime minutes by cause", "SELECT cause, SUM(duration_min) FROM downtime_events GROUP BY cause"),
         ("as a % of the total",
          "SELECT cause, SUM(duration_min) * 100.0 / (SELECT SUM(duration_min) FROM downtime_events) "
          "FROM downtime_events GROUP BY cause",
          ["SELECT cause, SUM(duration_min) * 1.0 / (SELECT SUM(duration_min) FROM downtime_events) "
           "FROM downtime_events GROUP BY cause"]),
         ("only Hall B",
          f"SELECT cause, SUM(duration_min) * 100.0 / (SELECT SUM(duration_min) FROM downtime_events WHERE machine_id IN "
          f"({HALLB})) FROM downtime_events WHERE machine_id IN ({HALLB}) GROUP BY cause",
          [f"SELECT cause, SUM(duration_min) * 1.0 / (SELECT SUM(duration_min) FROM downtime_events WHERE machine_id IN "
           f"({HALLB})) FROM downtime_events WHERE machine_id IN ({HALLB}) GROUP BY cause",
           f"SELECT cause, SUM(duration_min) FROM downtime_events WHERE machine_id IN ({HALLB}) GROUP BY cause"])),
    conv("bot-12",
         ("How many batches did line 3 run in March 2024?",
          "SELECT COUNT(*) FROM batches b JOIN machines m ON m.machine_id = b.machine_id WHERE m.line_id = 3 "
          "AND b.run_date LIKE '2024-03%'"),
         ("and how many units?",
          "SELECT SUM(b.units_produced) FROM batches b JOIN machines m ON m.machine_id = b.machine_id WHERE m.line_id = 3 "
          "AND b.run_date LIKE '2024-03%'"),
         ("scrap rate for those?", f"SELECT {SCRAP} {BML} WHERE l.line_id = 3 AND b.run_date LIKE '2024-03%'",
          [f"SELECT {SCRAP_PCT} {BML} WHERE l.line_id = 3 AND b.run_date LIKE '2024-03%'"]),
         ("what was the line's OEE that month?", D)),
]

# ------------------------------------------------------------------------------------------ printshop
PJ = "FROM jobs j JOIN presses p ON p.press_id = j.press_id"
WR = "SUM(j.sheets_wasted) * 1.0 / SUM(j.sheets_printed)"
WR_ALT = ["SUM(j.sheets_wasted) * 100.0 / SUM(j.sheets_printed)", "SUM(j.sheets_wasted) * 1.0 / SUM(j.sheets_ordered)",
          "SUM(j.sheets_wasted) * 100.0 / SUM(j.sheets_ordered)"]
NOREP = "j.job_id NOT IN (SELECT job_id FROM reprints)"
FPY = f"SUM(CASE WHEN {NOREP} THEN 1 ELSE 0 END) * 1.0 / COUNT(*)"
FPY_PCT = f"SUM(CASE WHEN {NOREP} THEN 1 ELSE 0 END) * 100.0 / COUNT(*)"
RJ = "FROM reprints r JOIN jobs j ON j.job_id = r.job_id"
JUL = "j.started_at >= '2024-07-01' AND j.started_at < '2024-08-01'"
DUR = "(julianday(j.finished_at) - julianday(j.started_at))"
TOP5C = "SELECT customer FROM jobs GROUP BY customer ORDER BY SUM(sheets_wasted) DESC LIMIT 5"
EARLY = "SELECT job_id FROM jobs WHERE date(started_at) = '2024-05-15' ORDER BY started_at LIMIT 1"
LONG = (f"SELECT j.job_id FROM jobs j WHERE j.started_at >= '2024-08-01' AND j.started_at < '2024-09-01' "
        f"ORDER BY {DUR} DESC LIMIT 1")
FAST = "SELECT press_id FROM presses WHERE max_sheets_per_hour > 15000"


def _wr(where: str, group: str = "p.press_name") -> tuple[str, list[str]]:
    w = f" WHERE {where}" if where else ""
    sel = f"{group}, " if group else ""
    g = f" GROUP BY {group}" if group else ""
    return f"SELECT {sel}{WR} {PJ}{w}{g}", [f"SELECT {sel}{a} {PJ}{w}{g}" for a in WR_ALT]


PRINTSHOP = [
    conv("ps-1",
         ("What's the waste rate per press?", *_wr("")),
         ("only the night shift", *_wr("j.shift = 'N'")),
         ("and shift A?", *_wr("j.shift = 'A'")),
         ("what was the humidity in the press room on shift A?", D)),
    conv("ps-2",
         ("First-pass yield per press — jobs that never needed a reprint",
          f"SELECT p.press_name, {FPY} {PJ} GROUP BY p.press_name", [f"SELECT p.press_name, {FPY_PCT} {PJ} GROUP BY p.press_name"]),
         ("as a %", f"SELECT p.press_name, {FPY_PCT} {PJ} GROUP BY p.press_name"),
         ("which press is the worst?", f"SELECT p.press_name {PJ} GROUP BY p.press_name ORDER BY {FPY} LIMIT 1"),
         ("why does it need so many reprints?", D)),
    conv("ps-3",
         ("Which shift has the most reprints?",
          f"SELECT j.shift {RJ} GROUP BY j.shift ORDER BY COUNT(*) DESC LIMIT 1"),
         ("reprints by reason for that shift", f"SELECT r.reason, COUNT(*) {RJ} WHERE j.shift = 'A' GROUP BY r.reason"),
         ("how many sheets did those reprints use?", f"SELECT SUM(r.sheets) {RJ} WHERE j.shift = 'A'",
          [f"SELECT r.reason, SUM(r.sheets) {RJ} WHERE j.shift = 'A' GROUP BY r.reason"])),
    conv("ps-4",
         ("How many jobs did we run in July 2024?", f"SELECT COUNT(*) FROM jobs j WHERE {JUL}"),
         ("by press", f"SELECT p.press_name, COUNT(*) {PJ} WHERE {JUL} GROUP BY p.press_name"),
         ("and the average run time in minutes per press?",
          f"SELECT p.press_name, AVG({DUR} * 1440) {PJ} WHERE {JUL} GROUP BY p.press_name"),
         ("what was the ink cost per job?", D)),
    conv("ps-5",
         ("Top 5 customers by sheets wasted",
          "SELECT customer, SUM(sheets_wasted) AS w FROM jobs GROUP BY customer ORDER BY w DESC LIMIT 5"),
         ("how many jobs did each of them have?",
          f"SELECT customer, COUNT(*) FROM jobs WHERE customer IN ({TOP5C}) GROUP BY customer"),
         ("what's Mendel Pharma's phone number?", D),
         ("how many of Mendel Pharma's jobs were reprinted?",
          f"SELECT COUNT(DISTINCT r.job_id) {RJ} WHERE j.customer = 'Mendel Pharma'",
          [f"SELECT COUNT(*) {RJ} WHERE j.customer = 'Mendel Pharma'"])),
    conv("ps-6",
         ("How many jobs started between 22:00 and 23:00?", "SELECT COUNT(*) FROM jobs WHERE strftime('%H', started_at) = '22'",
          ["SELECT COUNT(*) FROM jobs WHERE time(started_at) BETWEEN '22:00:00' AND '23:00:00'"]),
         ("What was the earliest job start on 15 May 2024?",
          "SELECT MIN(started_at) FROM jobs WHERE date(started_at) = '2024-05-15'"),
         ("which press and customer was it?",
          f"SELECT p.press_name, j.customer {PJ} WHERE j.job_id = ({EARLY})")),
    conv("ps-7",
         ("Wasted sheets per 1,000 printed, by stock",
          "SELECT stock, SUM(sheets_wasted) * 1000.0 / SUM(sheets_printed) FROM jobs GROUP BY stock"),
         ("only the Komori",
          "SELECT stock, SUM(sheets_wasted) * 1000.0 / SUM(sheets_printed) FROM jobs WHERE press_id = 3 GROUP BY stock"),
         ("on the night shift?",
          "SELECT stock, SUM(sheets_wasted) * 1000.0 / SUM(sheets_printed) FROM jobs WHERE press_id = 3 AND shift = 'N' "
          "GROUP BY stock")),
    conv("ps-8",
         ("Which job ran longest in August 2024?", f"SELECT job_ref FROM jobs WHERE job_id = ({LONG})"),
         ("how many sheets did it print?", f"SELECT sheets_printed FROM jobs WHERE job_id = ({LONG})"),
         ("was it reprinted?", f"SELECT COUNT(*) FROM reprints WHERE job_id = ({LONG})"),
         ("how long did it run, in hours?", f"SELECT {DUR} * 24 FROM jobs j WHERE j.job_id = ({LONG})")),
    conv("ps-9",
         ("Reprints per month", "SELECT strftime('%Y-%m', reprinted_at) AS mon, COUNT(*) FROM reprints GROUP BY mon",
          ["SELECT strftime('%m', reprinted_at) AS mon, COUNT(*) FROM reprints GROUP BY mon"]),
         ("how many were for registration?",
          "SELECT strftime('%Y-%m', reprinted_at) AS mon, COUNT(*) FROM reprints WHERE reason = 'Registration' GROUP BY mon",
          ["SELECT COUNT(*) FROM reprints WHERE reason = 'Registration'",
           "SELECT strftime('%m', reprinted_at) AS mon, COUNT(*) FROM reprints WHERE reason = 'Registration' GROUP BY mon"]),
         ("what will next month's reprint count be?", D)),
    conv("ps-10",
         ("Which presses can print more than 15,000 sheets an hour?",
          "SELECT press_name FROM presses WHERE max_sheets_per_hour > 15000"),
         ("how many jobs ran on them?", f"SELECT COUNT(*) FROM jobs WHERE press_id IN ({FAST})",
          [f"SELECT press_id, COUNT(*) FROM jobs WHERE press_id IN ({FAST}) GROUP BY press_id"]),
         ("who was the operator on those jobs?", D)),
    conv("ps-11",
         ("What share of jobs ran on shift B?",
          "SELECT SUM(CASE WHEN shift = 'B' THEN 1 ELSE 0 END) * 100.0 / COUNT(*) FROM jobs",
          ["SELECT SUM(CASE WHEN shift = 'B' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM jobs"]),
         ("and its waste rate?", *_wr("j.shift = 'B'", "")),
         ("in which hour of the night do most night-shift jobs start?",
          "SELECT strftime('%H', started_at) AS hr FROM jobs WHERE shift = 'N' GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CAST(strftime('%H', started_at) AS INTEGER) AS hr FROM jobs WHERE shift = 'N' GROUP BY hr "
           "ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("ps-12",
         ("How many jobs did Lumen Theatre send us?", "SELECT COUNT(*) FROM jobs WHERE customer = 'Lumen Theatre'"),
         ("total sheets ordered?", "SELECT SUM(sheets_ordered) FROM jobs WHERE customer = 'Lumen Theatre'"),
         ("and how many did we throw away?", "SELECT SUM(sheets_wasted) FROM jobs WHERE customer = 'Lumen Theatre'"),
         ("did they pay their invoices on time?", D)),
]

# ------------------------------------------------------------------------------------------ ovens
REJ = "(SELECT run_id, SUM(trays) AS rt FROM rejected_trays GROUP BY run_id)"
ORJ = f"FROM bake_runs b JOIN ovens o ON o.oven_id = b.oven_id LEFT JOIN {REJ} r ON r.run_id = b.run_id"
RR = "SUM(COALESCE(r.rt, 0)) * 1.0 / SUM(b.trays_loaded)"
RR_PCT = "SUM(COALESCE(r.rt, 0)) * 100.0 / SUM(b.trays_loaded)"
TL = "FROM temp_logs t JOIN bake_runs b ON b.run_id = t.run_id JOIN ovens o ON o.oven_id = b.oven_id"
RT = "FROM rejected_trays x JOIN bake_runs b ON b.run_id = x.run_id JOIN ovens o ON o.oven_id = b.oven_id"
CLEAN = "b.run_id NOT IN (SELECT run_id FROM rejected_trays)"
HOT = "SELECT log_id FROM temp_logs ORDER BY temp_c DESC LIMIT 1"

OVENS = [
    conv("ov-1",
         ("How many trays were rejected per oven?", f"SELECT o.oven_code, SUM(x.trays) {RT} GROUP BY o.oven_code"),
         ("as a % of trays loaded", f"SELECT o.oven_code, {RR_PCT} {ORJ} GROUP BY o.oven_code",
          [f"SELECT o.oven_code, {RR} {ORJ} GROUP BY o.oven_code"]),
         ("only deck ovens", f"SELECT o.oven_code, {RR_PCT} {ORJ} WHERE o.oven_type = 'Deck' GROUP BY o.oven_code",
          [f"SELECT o.oven_code, {RR} {ORJ} WHERE o.oven_type = 'Deck' GROUP BY o.oven_code",
           f"SELECT {RR_PCT} {ORJ} WHERE o.oven_type = 'Deck'", f"SELECT {RR} {ORJ} WHERE o.oven_type = 'Deck'"]),
         ("by reason", f"SELECT x.reason, SUM(x.trays) {RT} WHERE o.oven_type = 'Deck' GROUP BY x.reason",
          [f"SELECT x.reason, SUM(x.trays) * 100.0 / (SELECT SUM(trays_loaded) FROM bake_runs b JOIN ovens o "
           f"ON o.oven_id = b.oven_id WHERE o.oven_type = 'Deck') {RT} WHERE o.oven_type = 'Deck' GROUP BY x.reason",
           f"SELECT x.reason, SUM(x.trays) * 1.0 / (SELECT SUM(trays_loaded) FROM bake_runs b JOIN ovens o "
           f"ON o.oven_id = b.oven_id WHERE o.oven_type = 'Deck') {RT} WHERE o.oven_type = 'Deck' GROUP BY x.reason"])),
    conv("ov-2",
         ("Average logged temperature per oven", f"SELECT o.oven_code, AVG(t.temp_c) {TL} GROUP BY o.oven_code"),
         ("and how far off target was it on average?",
          f"SELECT o.oven_code, AVG(t.temp_c - b.target_temp_c) {TL} GROUP BY o.oven_code",
          [f"SELECT o.oven_code, AVG(ABS(t.temp_c - b.target_temp_c)) {TL} GROUP BY o.oven_code"]),
         ("which oven runs hottest compared to its target?",
          f"SELECT o.oven_code {TL} GROUP BY o.oven_code ORDER BY AVG(t.temp_c - b.target_temp_c) DESC LIMIT 1"),
         ("when was it last serviced?", D)),
    conv("ov-3",
         ("How many bake runs had no rejected trays at all?", f"SELECT COUNT(*) FROM bake_runs b WHERE {CLEAN}"),
         ("by product", f"SELECT b.product, COUNT(*) FROM bake_runs b WHERE {CLEAN} GROUP BY b.product"),
         ("which product had the most of them?",
          f"SELECT b.product FROM bake_runs b WHERE {CLEAN} GROUP BY b.product ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and as a share of that product's runs?",
          f"SELECT SUM(CASE WHEN {CLEAN} THEN 1 ELSE 0 END) * 100.0 / COUNT(*) FROM bake_runs b WHERE b.product = "
          f"(SELECT b.product FROM bake_runs b WHERE {CLEAN} GROUP BY b.product ORDER BY COUNT(*) DESC LIMIT 1)",
          [f"SELECT SUM(CASE WHEN {CLEAN} THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM bake_runs b WHERE b.product = "
           f"(SELECT b.product FROM bake_runs b WHERE {CLEAN} GROUP BY b.product ORDER BY COUNT(*) DESC LIMIT 1)"])),
    conv("ov-4",
         ("What's the highest temperature ever logged?", "SELECT MAX(temp_c) FROM temp_logs"),
         ("which oven and product was that?", f"SELECT o.oven_code, b.product {TL} WHERE t.log_id = ({HOT})"),
         ("and the lowest reading for croissants?", f"SELECT MIN(t.temp_c) {TL} WHERE b.product = 'Croissant'"),
         ("what did the customer say about that batch?", D)),
    conv("ov-5",
         ("Runs per month for the tunnel oven",
          "SELECT strftime('%Y-%m', b.bake_date) AS mon, COUNT(*) FROM bake_runs b JOIN ovens o ON o.oven_id = b.oven_id "
          "WHERE o.oven_type = 'Tunnel' GROUP BY mon",
          ["SELECT strftime('%m', bake_date) AS mon, COUNT(*) FROM bake_runs WHERE oven_id = 5 GROUP BY mon"]),
         ("and trays loaded",
          "SELECT strftime('%Y-%m', bake_date) AS mon, SUM(trays_loaded) FROM bake_runs WHERE oven_id = 5 GROUP BY mon",
          ["SELECT strftime('%m', bake_date) AS mon, SUM(trays_loaded) FROM bake_runs WHERE oven_id = 5 GROUP BY mon"]),
         ("reject rate per month",
          f"SELECT strftime('%Y-%m', b.bake_date) AS mon, {RR} {ORJ} WHERE o.oven_id = 5 GROUP BY mon",
          [f"SELECT strftime('%Y-%m', b.bake_date) AS mon, {RR_PCT} {ORJ} WHERE o.oven_id = 5 GROUP BY mon",
           f"SELECT strftime('%m', b.bake_date) AS mon, {RR} {ORJ} WHERE o.oven_id = 5 GROUP BY mon",
           f"SELECT strftime('%m', b.bake_date) AS mon, {RR_PCT} {ORJ} WHERE o.oven_id = 5 GROUP BY mon"])),
    conv("ov-6",
         ("Burnt trays by oven type", f"SELECT o.oven_type, SUM(x.trays) {RT} WHERE x.reason = 'Burnt' GROUP BY o.oven_type"),
         ("and underbaked?", f"SELECT o.oven_type, SUM(x.trays) {RT} WHERE x.reason = 'Underbaked' GROUP BY o.oven_type"),
         ("how much gas did the gas ovens use?", D)),
    conv("ov-7",
         ("How many temperature readings were above 245 degrees?", "SELECT COUNT(*) FROM temp_logs WHERE temp_c > 245"),
         ("which runs were they in?", "SELECT DISTINCT run_id FROM temp_logs WHERE temp_c > 245"),
         ("only the ones in November",
          "SELECT DISTINCT t.run_id FROM temp_logs t JOIN bake_runs b ON b.run_id = t.run_id WHERE t.temp_c > 245 "
          "AND b.bake_date LIKE '2024-11%'")),
    conv("ov-8",
         ("Average bake time per product", "SELECT product, AVG(bake_minutes) FROM bake_runs GROUP BY product"),
         ("which product takes longest?",
          "SELECT product FROM bake_runs GROUP BY product ORDER BY AVG(bake_minutes) DESC LIMIT 1"),
         ("what's the recipe for it?", D)),
    conv("ov-9",
         ("Rejected trays per 100 loaded, by product",
          f"SELECT b.product, {RR_PCT} {ORJ} GROUP BY b.product"),
         ("only electric ovens", f"SELECT b.product, {RR_PCT} {ORJ} WHERE o.fuel = 'Electric' GROUP BY b.product"),
         ("and in October?",
          f"SELECT b.product, {RR_PCT} {ORJ} WHERE o.fuel = 'Electric' AND b.bake_date LIKE '2024-10%' GROUP BY b.product")),
    conv("ov-10",
         ("How many runs did each oven do on 14 October 2024?",
          "SELECT o.oven_code, COUNT(*) FROM bake_runs b JOIN ovens o ON o.oven_id = b.oven_id "
          "WHERE b.bake_date = '2024-10-14' GROUP BY o.oven_code"),
         ("what temperatures did DK-2 log that day?",
          f"SELECT t.logged_at, t.temp_c {TL} WHERE o.oven_code = 'DK-2' AND b.bake_date = '2024-10-14'"),
         ("what will the electricity bill be this month?", D)),
    conv("ov-11",
         ("What's the capacity of each oven in trays?", "SELECT oven_code, capacity_trays FROM ovens"),
         ("average trays loaded per run for each",
          "SELECT o.oven_code, AVG(b.trays_loaded) FROM bake_runs b JOIN ovens o ON o.oven_id = b.oven_id GROUP BY o.oven_code"),
         ("as a % of capacity",
          "SELECT o.oven_code, AVG(b.trays_loaded) * 100.0 / o.capacity_trays FROM bake_runs b JOIN ovens o "
          "ON o.oven_id = b.oven_id GROUP BY o.oven_code",
          ["SELECT o.oven_code, AVG(b.trays_loaded) * 1.0 / o.capacity_trays FROM bake_runs b JOIN ovens o "
           "ON o.oven_id = b.oven_id GROUP BY o.oven_code",
           "SELECT o.oven_code, AVG(b.trays_loaded * 100.0 / o.capacity_trays) FROM bake_runs b JOIN ovens o "
           "ON o.oven_id = b.oven_id GROUP BY o.oven_code"])),
    conv("ov-12",
         ("How many sourdough runs were there in September?",
          "SELECT COUNT(*) FROM bake_runs WHERE product = 'Sourdough loaf' AND bake_date LIKE '2024-09%'"),
         ("and how many trays of them were rejected?",
          "SELECT SUM(x.trays) FROM rejected_trays x JOIN bake_runs b ON b.run_id = x.run_id "
          "WHERE b.product = 'Sourdough loaf' AND b.bake_date LIKE '2024-09%'"),
         ("which baker was on duty for those?", D)),
]

SETS = {"bottling": BOTTLING, "printshop": PRINTSHOP, "ovens": OVENS}
