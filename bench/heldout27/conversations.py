"""Held-out conversations heldout27, written as analysts ask them, before the engine was run on
them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept`
(other SQL that also answers), or None when the data does not hold the answer (to decline)."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ escape rooms
SR = "FROM sessions s JOIN rooms r ON r.room_id = s.room_id"
SRV = SR + " JOIN venues v ON v.venue_id = r.venue_id"
SG = "FROM sessions s JOIN game_masters g ON g.gm_id = s.gm_id"
NOHORROR = "SELECT venue_id FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM rooms WHERE theme = 'Horror')"
TOPGM_BRS = ("SELECT g.full_name, COUNT(*) AS n FROM sessions s JOIN game_masters g ON g.gm_id = s.gm_id "
             "JOIN venues v ON v.venue_id = g.venue_id WHERE v.city = 'Bristol' GROUP BY g.gm_id "
             "ORDER BY n DESC, g.full_name LIMIT 5")
HINT_THEME = (f"SELECT r.theme {SR} WHERE s.escaped = 1 GROUP BY r.theme ORDER BY AVG(s.hints_used) DESC LIMIT 1")
GM_N = "SELECT g.gm_id, g.full_name, g.venue_id, g.hired_on, COUNT(s.session_id) AS n FROM game_masters g " \
       "LEFT JOIN sessions s ON s.gm_id = g.gm_id GROUP BY g.gm_id"
ABOVE_GM = (f"SELECT full_name, hired_on FROM ({GM_N}) x WHERE n > (SELECT AVG(n) FROM ({GM_N}) y "
            "WHERE y.venue_id = x.venue_id)")
EXE = SRV + " WHERE v.city = 'Exeter'"
VAULT = SR + " WHERE r.room_name = 'The Vault'"

ESCAPE = [
    conv("esc-1",
         ("How many sessions ended with the team escaping in 2024?",
          "SELECT COUNT(*) FROM sessions WHERE escaped = 1 AND played_at LIKE '2024%'"),
         ("what about 2023?", "SELECT COUNT(*) FROM sessions WHERE escaped = 1 AND played_at LIKE '2023%'"),
         ("by month", "SELECT strftime('%m', played_at) AS m, COUNT(*) FROM sessions WHERE escaped = 1 "
                      "AND played_at LIKE '2023%' GROUP BY m",
          ["SELECT strftime('%Y-%m', played_at) AS m, COUNT(*) FROM sessions WHERE escaped = 1 "
           "AND played_at LIKE '2023%' GROUP BY m"]),
         ("which month had the most?", "SELECT strftime('%m', played_at) AS m FROM sessions WHERE escaped = 1 "
                                        "AND played_at LIKE '2023%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', played_at) AS m FROM sessions WHERE escaped = 1 "
           "AND played_at LIKE '2023%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("esc-2",
         ("What's the escape rate for each room?",
          f"SELECT r.room_name, AVG(s.escaped) {SR} GROUP BY r.room_id",
          [f"SELECT r.room_name, 100.0 * AVG(s.escaped) {SR} GROUP BY r.room_id"]),
         ("sort that by escape rate, lowest first",
          f"SELECT r.room_name, AVG(s.escaped) AS rate {SR} GROUP BY r.room_id ORDER BY rate",
          [f"SELECT r.room_name, 100.0 * AVG(s.escaped) AS rate {SR} GROUP BY r.room_id ORDER BY rate"]),
         ("just the first three",
          f"SELECT r.room_name, AVG(s.escaped) AS rate {SR} GROUP BY r.room_id ORDER BY rate LIMIT 3",
          [f"SELECT r.room_name, 100.0 * AVG(s.escaped) AS rate {SR} GROUP BY r.room_id ORDER BY rate LIMIT 3"]),
         ("Why do so few teams get out of the Asylum Ward?", D)),
    conv("esc-3",
         ("Which venues don't have a horror room?",
          "SELECT venue_name FROM venues WHERE venue_id NOT IN (SELECT venue_id FROM rooms WHERE theme = 'Horror')"),
         ("which of them opened first?",
          f"SELECT venue_name FROM venues WHERE venue_id IN ({NOHORROR}) ORDER BY opened_on LIMIT 1"),
         ("how many rooms does it have?",
          f"SELECT COUNT(*) FROM rooms WHERE venue_id = (SELECT venue_id FROM venues WHERE venue_id IN ({NOHORROR}) "
          "ORDER BY opened_on LIMIT 1)"),
         ("what's the monthly rent for that venue?", D)),
    conv("esc-4",
         ("Top 5 game masters by number of sessions run, alphabetical if tied",
          f"SELECT g.full_name, COUNT(*) AS n {SG} GROUP BY g.gm_id ORDER BY n DESC, g.full_name LIMIT 5"),
         ("only the ones at Bristol venues", TOPGM_BRS),
         ("how many sessions did they run altogether?", f"SELECT SUM(n) FROM ({TOPGM_BRS}) t"),
         ("what's their hourly wage?", D)),
    conv("esc-5",
         ("Average minutes taken per theme, successful escapes only",
          f"SELECT r.theme, AVG(s.minutes_taken) {SR} WHERE s.escaped = 1 GROUP BY r.theme"),
         ("and the average hints used?",
          f"SELECT r.theme, AVG(s.hints_used) {SR} WHERE s.escaped = 1 GROUP BY r.theme"),
         ("which theme needs the most hints?", HINT_THEME),
         ("list the rooms in that theme", f"SELECT room_name FROM rooms WHERE theme = ({HINT_THEME})")),
    conv("esc-6",
         ("What share of 2024 revenue came from each venue?",
          f"SELECT v.venue_name, 100.0 * SUM(s.price_paid) / (SELECT SUM(price_paid) FROM sessions "
          f"WHERE played_at LIKE '2024%') {SRV} WHERE s.played_at LIKE '2024%' GROUP BY v.venue_id",
          [f"SELECT v.venue_name, SUM(s.price_paid) / (SELECT SUM(price_paid) FROM sessions "
           f"WHERE played_at LIKE '2024%') {SRV} WHERE s.played_at LIKE '2024%' GROUP BY v.venue_id"]),
         ("what about 2023?",
          f"SELECT v.venue_name, 100.0 * SUM(s.price_paid) / (SELECT SUM(price_paid) FROM sessions "
          f"WHERE played_at LIKE '2023%') {SRV} WHERE s.played_at LIKE '2023%' GROUP BY v.venue_id",
          [f"SELECT v.venue_name, SUM(s.price_paid) / (SELECT SUM(price_paid) FROM sessions "
           f"WHERE played_at LIKE '2023%') {SRV} WHERE s.played_at LIKE '2023%' GROUP BY v.venue_id"]),
         ("How much did total revenue change between 2023 and 2024?",
          "SELECT SUM(CASE WHEN played_at LIKE '2024%' THEN price_paid ELSE 0 END) - "
          "SUM(CASE WHEN played_at LIKE '2023%' THEN price_paid ELSE 0 END) FROM sessions",
          ["SELECT 100.0 * (SUM(CASE WHEN played_at LIKE '2024%' THEN price_paid ELSE 0 END) - "
           "SUM(CASE WHEN played_at LIKE '2023%' THEN price_paid ELSE 0 END)) / "
           "SUM(CASE WHEN played_at LIKE '2023%' THEN price_paid ELSE 0 END) FROM sessions"]),
         ("and what will it be in 2025?", D)),
    conv("esc-7",
         ("Which game masters have run more sessions than the average for their venue?",
          f"SELECT full_name FROM ({GM_N}) x WHERE n > (SELECT AVG(n) FROM ({GM_N}) y WHERE y.venue_id = x.venue_id)"),
         ("how many is that?", f"SELECT COUNT(*) FROM ({ABOVE_GM}) t"),
         ("which of them was hired most recently?",
          f"SELECT full_name FROM ({ABOVE_GM}) t ORDER BY hired_on DESC LIMIT 1")),
    conv("esc-8",
         ("When was the first session played in Exeter?", f"SELECT MIN(s.played_at) {EXE}"),
         ("which room was it in?", f"SELECT r.room_name {EXE} ORDER BY s.played_at LIMIT 1"),
         ("and the most recent one?", f"SELECT r.room_name {EXE} ORDER BY s.played_at DESC LIMIT 1",
          [f"SELECT MAX(s.played_at) {EXE}"]),
         ("what email address did that team book with?", D)),
    conv("esc-9",
         ("How many sessions per game master does each venue have?",
          "SELECT v.venue_name, (SELECT COUNT(*) FROM sessions s JOIN rooms r ON r.room_id = s.room_id "
          "WHERE r.venue_id = v.venue_id) * 1.0 / (SELECT COUNT(*) FROM game_masters g WHERE g.venue_id = v.venue_id) "
          "FROM venues v"),
         ("sort that from highest to lowest",
          "SELECT v.venue_name, (SELECT COUNT(*) FROM sessions s JOIN rooms r ON r.room_id = s.room_id "
          "WHERE r.venue_id = v.venue_id) * 1.0 / (SELECT COUNT(*) FROM game_masters g WHERE g.venue_id = v.venue_id) "
          "AS per_gm FROM venues v ORDER BY per_gm DESC"),
         ("What's the average group size in each room?",
          f"SELECT r.room_name, AVG(s.players) {SR} GROUP BY r.room_id"),
         ("only the sci-fi rooms",
          f"SELECT r.room_name, AVG(s.players) {SR} WHERE r.theme = 'Sci-Fi' GROUP BY r.room_id")),
    conv("esc-10",
         ("How many teams of six or more escaped The Vault?",
          f"SELECT COUNT(*) {VAULT} AND s.players >= 6 AND s.escaped = 1"),
         ("what about teams of two?", f"SELECT COUNT(*) {VAULT} AND s.players = 2 AND s.escaped = 1"),
         ("and how many of those used no hints?",
          f"SELECT COUNT(*) {VAULT} AND s.players = 2 AND s.escaped = 1 AND s.hints_used = 0"),
         ("how many of those booked online?", D)),
    conv("esc-11",
         ("What's the average difficulty rating players gave each room?", D),
         ("What's the maximum team size for each room?", "SELECT room_name, max_players FROM rooms"),
         ("which rooms allow more than six players?", "SELECT room_name FROM rooms WHERE max_players > 6"),
         ("How many players were under 18 last year?", D)),
    conv("esc-12",
         ("Which room had the most sessions in 2024?",
          f"SELECT r.room_name {SR} WHERE s.played_at LIKE '2024%' GROUP BY r.room_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("when was it last played?",
          f"SELECT MAX(s.played_at) {SR} WHERE r.room_id = (SELECT s2.room_id FROM sessions s2 "
          "WHERE s2.played_at LIKE '2024%' GROUP BY s2.room_id ORDER BY COUNT(*) DESC LIMIT 1)"),
         ("How many sessions used five or more hints?", "SELECT COUNT(*) FROM sessions WHERE hints_used >= 5"),
         ("which of them were at Lockbox Bath?",
          f"SELECT s.session_id, s.team_name {SRV} WHERE s.hints_used >= 5 AND v.venue_name = 'Lockbox Bath'")),
]

# ------------------------------------------------------------------------------------------ vending
SP = "FROM Sales s JOIN Products p ON p.ProductId = s.ProductId"
SMS = "FROM Sales s JOIN Machines m ON m.MachineId = s.MachineId JOIN Sites t ON t.SiteId = m.SiteId"
TOP3_23 = (f"SELECT p.Category {SP} WHERE s.SoldAt LIKE '2023%' GROUP BY p.Category "
           "ORDER BY SUM(s.Amount) DESC LIMIT 3")
MARGIN3 = "SELECT ProductId FROM Products ORDER BY UnitPrice - UnitCost DESC LIMIT 3"
GROWTH = (f"SELECT t.SiteName, SUM(CASE WHEN s.SoldAt LIKE '2024%' THEN s.Amount ELSE 0 END) - "
          f"SUM(CASE WHEN s.SoldAt LIKE '2023%' THEN s.Amount ELSE 0 END) AS chg {SMS} GROUP BY t.SiteId")
RF = "FROM Refills f JOIN Machines m ON m.MachineId = f.MachineId JOIN Sites t ON t.SiteId = m.SiteId"
LASTNG = f"SELECT f.TechnicianName {RF} WHERE t.SiteName = 'Northgate Station' ORDER BY f.RefillDate DESC LIMIT 1"
MU = ("SELECT m.MachineId, m.Model, m.IsCashless, COALESCE(SUM(s.Quantity), 0) AS u FROM Machines m "
      "LEFT JOIN Sales s ON s.MachineId = m.MachineId AND s.SoldAt LIKE '2024%' GROUP BY m.MachineId")
ABOVE_M = f"SELECT MachineId, IsCashless FROM ({MU}) x WHERE u > (SELECT AVG(u) FROM ({MU}) y WHERE y.Model = x.Model)"
MOB3 = "FROM Sales WHERE PaymentMethod = 'Mobile' AND Amount > 3"
CL = "FROM Sales s JOIN Machines m ON m.MachineId = s.MachineId WHERE m.IsCashless = 1"

VENDING = [
    conv("vend-1",
         ("What were total sales per product category in 2024?",
          f"SELECT p.Category, SUM(s.Amount) {SP} WHERE s.SoldAt LIKE '2024%' GROUP BY p.Category"),
         ("just the top 3",
          f"SELECT p.Category, SUM(s.Amount) AS amt {SP} WHERE s.SoldAt LIKE '2024%' GROUP BY p.Category "
          "ORDER BY amt DESC LIMIT 3"),
         ("what about 2023?",
          f"SELECT p.Category, SUM(s.Amount) AS amt {SP} WHERE s.SoldAt LIKE '2023%' GROUP BY p.Category "
          "ORDER BY amt DESC LIMIT 3"),
         ("how many units is that?",
          f"SELECT p.Category, SUM(s.Quantity) {SP} WHERE s.SoldAt LIKE '2023%' AND p.Category IN ({TOP3_23}) "
          "GROUP BY p.Category",
          [f"SELECT SUM(s.Quantity) {SP} WHERE s.SoldAt LIKE '2023%' AND p.Category IN ({TOP3_23})"])),
    conv("vend-2",
         ("Which product has never been sold?",
          "SELECT ProductName FROM Products WHERE ProductId NOT IN (SELECT ProductId FROM Sales)"),
         ("what does it cost us per unit?",
          "SELECT UnitCost FROM Products WHERE ProductId NOT IN (SELECT ProductId FROM Sales)"),
         ("how many are left in stock in each machine?", D),
         ("Which machines have never been refilled by Nina Walsh?",
          "SELECT MachineId FROM Machines WHERE MachineId NOT IN "
          "(SELECT MachineId FROM Refills WHERE TechnicianName = 'Nina Walsh')")),
    conv("vend-3",
         ("What's the margin on each product?", "SELECT ProductName, UnitPrice - UnitCost FROM Products",
          ["SELECT ProductName, (UnitPrice - UnitCost) / UnitPrice FROM Products",
           "SELECT ProductName, 100.0 * (UnitPrice - UnitCost) / UnitPrice FROM Products"]),
         ("sort that by margin, highest first",
          "SELECT ProductName, UnitPrice - UnitCost AS margin FROM Products ORDER BY margin DESC"),
         ("just the top 3",
          "SELECT ProductName, UnitPrice - UnitCost AS margin FROM Products ORDER BY margin DESC LIMIT 3"),
         ("how many of those did we sell in 2024?",
          f"SELECT p.ProductName, SUM(s.Quantity) {SP} WHERE s.SoldAt LIKE '2024%' AND p.ProductId IN ({MARGIN3}) "
          "GROUP BY p.ProductId",
          [f"SELECT SUM(s.Quantity) {SP} WHERE s.SoldAt LIKE '2024%' AND p.ProductId IN ({MARGIN3})",
           "SELECT p.ProductName, COALESCE(SUM(s.Quantity), 0) FROM Products p LEFT JOIN Sales s "
           f"ON s.ProductId = p.ProductId AND s.SoldAt LIKE '2024%' WHERE p.ProductId IN ({MARGIN3}) "
           "GROUP BY p.ProductId"])),
    conv("vend-4",
         ("How did sales at each site change from 2023 to 2024?", GROWTH),
         ("which site grew the most?", f"SELECT SiteName FROM ({GROWTH}) g ORDER BY chg DESC LIMIT 1"),
         ("what type of site is it?",
          f"SELECT SiteType FROM Sites WHERE SiteName = (SELECT SiteName FROM ({GROWTH}) g ORDER BY chg DESC LIMIT 1)"),
         ("how much rent do we pay there?", D)),
    conv("vend-5",
         ("When was the last refill at Northgate Station?",
          f"SELECT MAX(f.RefillDate) {RF} WHERE t.SiteName = 'Northgate Station'"),
         ("who did it?", LASTNG),
         ("how many refills has that technician done overall?",
          f"SELECT COUNT(*) FROM Refills WHERE TechnicianName = ({LASTNG})"),
         ("what about by year?",
          f"SELECT strftime('%Y', RefillDate) AS y, COUNT(*) FROM Refills WHERE TechnicianName = ({LASTNG}) GROUP BY y")),
    conv("vend-6",
         ("Which machines sold more units in 2024 than the average for their model?",
          f"SELECT MachineId FROM ({ABOVE_M}) a"),
         ("how many is that?", f"SELECT COUNT(*) FROM ({ABOVE_M}) a"),
         ("which of them are cashless?", f"SELECT MachineId FROM ({ABOVE_M}) a WHERE IsCashless = 1")),
    conv("vend-7",
         ("Average units added per refill for each technician",
          "SELECT TechnicianName, AVG(UnitsAdded) FROM Refills GROUP BY TechnicianName"),
         ("sort that by the average, highest first",
          "SELECT TechnicianName, AVG(UnitsAdded) AS a FROM Refills GROUP BY TechnicianName ORDER BY a DESC"),
         ("Which technician did the most refills in 2023?",
          "SELECT TechnicianName FROM Refills WHERE RefillDate LIKE '2023%' GROUP BY TechnicianName "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's her overtime pay?", D)),
    conv("vend-8",
         ("How many cash sales were over £3?", "SELECT COUNT(*) FROM Sales WHERE PaymentMethod = 'Cash' AND Amount > 3"),
         ("what about mobile?", f"SELECT COUNT(*) {MOB3}"),
         ("by month", f"SELECT strftime('%Y-%m', SoldAt) AS m, COUNT(*) {MOB3} GROUP BY m",
          [f"SELECT strftime('%m', SoldAt) AS m, COUNT(*) {MOB3} GROUP BY m"]),
         ("when was the first one?", f"SELECT MIN(SoldAt) {MOB3}"),
         ("and who bought it?", D)),
    conv("vend-9",
         ("What share of sales by amount goes through each payment method?",
          "SELECT PaymentMethod, 100.0 * SUM(Amount) / (SELECT SUM(Amount) FROM Sales) FROM Sales GROUP BY PaymentMethod",
          ["SELECT PaymentMethod, SUM(Amount) / (SELECT SUM(Amount) FROM Sales) FROM Sales GROUP BY PaymentMethod"]),
         ("only for the cashless machines",
          f"SELECT s.PaymentMethod, 100.0 * SUM(s.Amount) / (SELECT SUM(s.Amount) {CL}) {CL} GROUP BY s.PaymentMethod",
          [f"SELECT s.PaymentMethod, SUM(s.Amount) / (SELECT SUM(s.Amount) {CL}) {CL} GROUP BY s.PaymentMethod"]),
         ("how many cashless machines are there?", "SELECT COUNT(*) FROM Machines WHERE IsCashless = 1"),
         ("which sites have no cashless machine?",
          "SELECT SiteName FROM Sites WHERE SiteId NOT IN (SELECT SiteId FROM Machines WHERE IsCashless = 1)")),
    conv("vend-10",
         ("Which machines had a breakdown last month?", D),
         ("What's the average unit price of snacks?", "SELECT AVG(UnitPrice) FROM Products WHERE Category = 'Snacks'"),
         ("What temperature are the SnackMaster 500 machines kept at?", D),
         ("list the machines of that model", "SELECT MachineId FROM Machines WHERE Model = 'SnackMaster 500'"),
         ("when was the first of them installed?", "SELECT MIN(InstalledOn) FROM Machines WHERE Model = 'SnackMaster 500'")),
    conv("vend-11",
         ("How many machines are there in each city?",
          "SELECT t.City, COUNT(*) FROM Machines m JOIN Sites t ON t.SiteId = m.SiteId GROUP BY t.City"),
         ("Revenue per machine by city in 2024",
          f"SELECT t.City, SUM(s.Amount) * 1.0 / (SELECT COUNT(*) FROM Machines m2 JOIN Sites t2 ON t2.SiteId = m2.SiteId "
          f"WHERE t2.City = t.City) {SMS} WHERE s.SoldAt LIKE '2024%' GROUP BY t.City"),
         ("which city is lowest?",
          f"SELECT t.City {SMS} WHERE s.SoldAt LIKE '2024%' GROUP BY t.City ORDER BY SUM(s.Amount) * 1.0 / "
          "(SELECT COUNT(*) FROM Machines m2 JOIN Sites t2 ON t2.SiteId = m2.SiteId WHERE t2.City = t.City) LIMIT 1"),
         ("how many of its machines are due for replacement?", D)),
]

# ------------------------------------------------------------------------------------------ dry cleaners
TS = "FROM tkt t JOIN str_mst s ON s.str_cd = t.str_cd"
LS = "FROM tkt_ln l JOIN svc v ON v.svc_cd = l.svc_cd"
LSC = LS + " JOIN tkt t ON t.tkt_no = l.tkt_no JOIN str_mst s ON s.str_cd = t.str_cd WHERE s.cty = 'Cambridge'"
FEW24 = f"SELECT t.str_cd {TS} WHERE t.drop_dt LIKE '2024%' GROUP BY t.str_cd ORDER BY COUNT(*) LIMIT 1"
TURN = "julianday(t.pick_dt) - julianday(t.drop_dt)"
UNPV = "FROM tkt t JOIN cust c ON c.cust_id = t.cust_id WHERE t.pick_dt IS NULL AND c.vip_flg = 'Y'"
RPS = ("SELECT s.str_nm, SUM(t.tot_amt) * 1.0 / s.sq_ft AS per_sqft FROM tkt t JOIN str_mst s ON s.str_cd = t.str_cd "
       "WHERE t.drop_dt LIKE '{y}%' GROUP BY s.str_cd")
ABOVE_S = "SELECT svc_cd FROM svc s WHERE unit_prc > (SELECT AVG(unit_prc) FROM svc s2 WHERE s2.svc_cat = s.svc_cat)"
BIG = "SELECT tkt_no FROM tkt ORDER BY tot_amt DESC LIMIT 1"
TC = "FROM tkt t JOIN cust c ON c.cust_id = t.cust_id"

CLEANERS = [
    conv("cl-1",
         ("How many tickets did each store take in 2024?",
          f"SELECT s.str_nm, COUNT(*) {TS} WHERE t.drop_dt LIKE '2024%' GROUP BY s.str_cd"),
         ("which store took the fewest?",
          f"SELECT s.str_nm {TS} WHERE t.drop_dt LIKE '2024%' GROUP BY s.str_cd ORDER BY COUNT(*) LIMIT 1"),
         ("when did it open?", f"SELECT opn_dt FROM str_mst WHERE str_cd = ({FEW24})"),
         ("how big is it?", f"SELECT sq_ft FROM str_mst WHERE str_cd = ({FEW24})"),
         ("how much rent does it pay?", D)),
    conv("cl-2",
         ("Top 5 services by revenue",
          f"SELECT v.svc_desc, SUM(l.ln_amt) AS rev {LS} GROUP BY v.svc_cd ORDER BY rev DESC LIMIT 5"),
         ("only in the Cambridge stores",
          f"SELECT v.svc_desc, SUM(l.ln_amt) AS rev {LSC} GROUP BY v.svc_cd ORDER BY rev DESC LIMIT 5"),
         ("just the top 3", f"SELECT v.svc_desc, SUM(l.ln_amt) AS rev {LSC} GROUP BY v.svc_cd ORDER BY rev DESC LIMIT 3"),
         ("what's the turnaround target for those services?", D)),
    conv("cl-3",
         ("What's the average turnaround in days from drop-off to pick-up for each store?",
          f"SELECT s.str_nm, AVG({TURN}) {TS} WHERE t.pick_dt IS NOT NULL GROUP BY s.str_cd"),
         ("sort that by turnaround, longest first",
          f"SELECT s.str_nm, AVG({TURN}) AS d {TS} WHERE t.pick_dt IS NOT NULL GROUP BY s.str_cd ORDER BY d DESC"),
         ("How many tickets have never been picked up?", "SELECT COUNT(*) FROM tkt WHERE pick_dt IS NULL"),
         ("which of them belong to VIP customers?", f"SELECT t.tkt_no {UNPV}"),
         ("what's the total amount on those?", f"SELECT SUM(t.tot_amt) {UNPV}")),
    conv("cl-4",
         ("Which customers have never brought anything in?",
          "SELECT cust_nm FROM cust WHERE cust_id NOT IN (SELECT cust_id FROM tkt)"),
         ("when did they register?", "SELECT cust_nm, reg_dt FROM cust WHERE cust_id NOT IN (SELECT cust_id FROM tkt)"),
         ("what are their phone numbers?", D)),
    conv("cl-5",
         ("Revenue per square foot for each store in 2024", RPS.format(y="2024")),
         ("which is highest?", f"SELECT str_nm FROM ({RPS.format(y='2024')}) x ORDER BY per_sqft DESC LIMIT 1"),
         ("what about 2023?", f"SELECT str_nm FROM ({RPS.format(y='2023')}) x ORDER BY per_sqft DESC LIMIT 1",
          [RPS.format(y="2023")])),
    conv("cl-6",
         ("What share of tickets are paid on account?",
          "SELECT 100.0 * SUM(pay_mth = 'ACCT') / COUNT(*) FROM tkt",
          ["SELECT 1.0 * SUM(pay_mth = 'ACCT') / COUNT(*) FROM tkt"]),
         ("by store",
          f"SELECT s.str_nm, 100.0 * SUM(t.pay_mth = 'ACCT') / COUNT(*) {TS} GROUP BY s.str_cd",
          [f"SELECT s.str_nm, 1.0 * SUM(t.pay_mth = 'ACCT') / COUNT(*) {TS} GROUP BY s.str_cd"]),
         ("what about by amount instead of count?",
          f"SELECT s.str_nm, 100.0 * SUM(CASE WHEN t.pay_mth = 'ACCT' THEN t.tot_amt ELSE 0 END) / SUM(t.tot_amt) "
          f"{TS} GROUP BY s.str_cd",
          [f"SELECT s.str_nm, SUM(CASE WHEN t.pay_mth = 'ACCT' THEN t.tot_amt ELSE 0 END) / SUM(t.tot_amt) "
           f"{TS} GROUP BY s.str_cd"])),
    conv("cl-7",
         ("How many VIP customers registered each year?",
          "SELECT strftime('%Y', reg_dt) AS y, COUNT(*) FROM cust WHERE vip_flg = 'Y' GROUP BY y"),
         ("How much did VIP customers spend in 2023 and in 2024?",
          f"SELECT substr(t.drop_dt, 1, 4) AS y, SUM(t.tot_amt) {TC} WHERE c.vip_flg = 'Y' "
          "AND substr(t.drop_dt, 1, 4) IN ('2023', '2024') GROUP BY y"),
         ("and the non-VIPs?",
          f"SELECT substr(t.drop_dt, 1, 4) AS y, SUM(t.tot_amt) {TC} WHERE c.vip_flg = 'N' "
          "AND substr(t.drop_dt, 1, 4) IN ('2023', '2024') GROUP BY y"),
         ("What percentage of VIPs will renew next year?", D)),
    conv("cl-8",
         ("Which services cost more than the average price in their category?",
          f"SELECT svc_desc FROM svc WHERE svc_cd IN ({ABOVE_S})"),
         ("how many times was each of them ordered?",
          f"SELECT v.svc_desc, COUNT(*) {LS} WHERE v.svc_cd IN ({ABOVE_S}) GROUP BY v.svc_cd",
          [f"SELECT v.svc_desc, SUM(l.qty) {LS} WHERE v.svc_cd IN ({ABOVE_S}) GROUP BY v.svc_cd"]),
         ("which of them was ordered least?",
          f"SELECT v.svc_desc {LS} WHERE v.svc_cd IN ({ABOVE_S}) GROUP BY v.svc_cd ORDER BY COUNT(*) LIMIT 1")),
    conv("cl-9",
         ("What was the biggest single ticket ever?", "SELECT tkt_no, tot_amt FROM tkt ORDER BY tot_amt DESC LIMIT 1",
          ["SELECT MAX(tot_amt) FROM tkt"]),
         ("when was that?", f"SELECT drop_dt FROM tkt WHERE tkt_no = ({BIG})"),
         ("which store?", f"SELECT s.str_nm {TS} WHERE t.tkt_no = ({BIG})"),
         ("who was the customer?", f"SELECT c.cust_nm {TC} WHERE t.tkt_no = ({BIG})"),
         ("how did they pay?", f"SELECT pay_mth FROM tkt WHERE tkt_no = ({BIG})")),
    conv("cl-10",
         ("How many kilos of laundry did Pressto Riverside process in 2024?", D),
         ("Which staff member served the most customers?", D),
         ("What's the average unit price per service category?",
          "SELECT svc_cat, AVG(unit_prc) FROM svc GROUP BY svc_cat"),
         ("Which stain-removal chemicals cost us the most?", D)),
    conv("cl-11",
         ("How many wedding dresses did we clean each year?",
          "SELECT substr(t.drop_dt, 1, 4) AS y, SUM(l.qty) FROM tkt_ln l JOIN tkt t ON t.tkt_no = l.tkt_no "
          "WHERE l.svc_cd = 'WEDD' GROUP BY y",
          ["SELECT substr(t.drop_dt, 1, 4) AS y, COUNT(*) FROM tkt_ln l JOIN tkt t ON t.tkt_no = l.tkt_no "
           "WHERE l.svc_cd = 'WEDD' GROUP BY y"]),
         ("only the ones in Norwich",
          "SELECT substr(t.drop_dt, 1, 4) AS y, SUM(l.qty) FROM tkt_ln l JOIN tkt t ON t.tkt_no = l.tkt_no "
          "JOIN str_mst s ON s.str_cd = t.str_cd WHERE l.svc_cd = 'WEDD' AND s.cty = 'Norwich' GROUP BY y",
          ["SELECT substr(t.drop_dt, 1, 4) AS y, COUNT(*) FROM tkt_ln l JOIN tkt t ON t.tkt_no = l.tkt_no "
           "JOIN str_mst s ON s.str_cd = t.str_cd WHERE l.svc_cd = 'WEDD' AND s.cty = 'Norwich' GROUP BY y"]),
         ("Which city do most of our customers live in?",
          "SELECT cty FROM cust GROUP BY cty ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many customers live in towns where we have no store?",
          "SELECT COUNT(*) FROM cust WHERE cty NOT IN (SELECT cty FROM str_mst)")),
]

SETS = {"escape": ESCAPE, "vending": VENDING, "cleaners": CLEANERS}
