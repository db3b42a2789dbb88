"""Held-out set 15: multi-turn (SParC/CoSQL-style) analyst conversations over three new databases,
written before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data cannot answer."""
from __future__ import annotations

from heldout_kit import conv

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ library
LB = "FROM loans l JOIN books b ON b.book_id = l.book_id"
LBR = "FROM loans l JOIN branches br ON br.branch_id = l.branch_id"
CRIME_2024 = "SELECT book_id FROM loans WHERE loaned_on LIKE '2024%'"

LIBRARY = [
    conv("lib-1",
         ("How many books do we have in each genre?", "SELECT genre, COUNT(*) FROM books GROUP BY genre"),
         ("which genre has the most?", "SELECT genre FROM books GROUP BY genre ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's the average page count for that genre?",
          "SELECT AVG(pages) FROM books WHERE genre = (SELECT genre FROM books GROUP BY genre ORDER BY COUNT(*) DESC LIMIT 1)"),
         ("and who is the author of the longest book in it?",
          "SELECT a.full_name FROM authors a JOIN book_authors ba ON ba.author_id = a.author_id WHERE ba.book_id = "
          "(SELECT book_id FROM books WHERE genre = (SELECT genre FROM books GROUP BY genre ORDER BY COUNT(*) DESC LIMIT 1) "
          "ORDER BY pages DESC LIMIT 1)")),
    conv("lib-2",
         ("How many loans were made each year?",
          "SELECT strftime('%Y', loaned_on) AS yr, COUNT(*) FROM loans GROUP BY yr"),
         ("break 2024 down by quarter",
          "SELECT (CAST(strftime('%m', loaned_on) AS INTEGER) + 2) / 3 AS q, COUNT(*) FROM loans "
          "WHERE loaned_on LIKE '2024%' GROUP BY q"),
         ("how did the first half of 2025 compare with the first half of 2024?",
          "SELECT SUM(loaned_on BETWEEN '2025-01-01' AND '2025-06-30') - SUM(loaned_on BETWEEN '2024-01-01' AND '2024-06-30') "
          "FROM loans",
          ["SELECT SUM(loaned_on BETWEEN '2024-01-01' AND '2024-06-30'), SUM(loaned_on BETWEEN '2025-01-01' AND '2025-06-30') "
           "FROM loans"]),
         ("Why did borrowing drop in the spring?", D)),
    conv("lib-3",
         ("Which branch lends out the most books?",
          f"SELECT br.branch_name {LBR} GROUP BY br.branch_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what share of all loans is that?",
          f"SELECT 100.0 * COUNT(*) / (SELECT COUNT(*) FROM loans) {LBR} GROUP BY br.branch_id ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT 1.0 * COUNT(*) / (SELECT COUNT(*) FROM loans) {LBR} GROUP BY br.branch_id ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("show the percentage for every branch",
          f"SELECT br.branch_name, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM loans) {LBR} GROUP BY br.branch_id",
          [f"SELECT br.branch_name, 1.0 * COUNT(*) / (SELECT COUNT(*) FROM loans) {LBR} GROUP BY br.branch_id"]),
         ("which branches are in Old Town?", "SELECT branch_name FROM branches WHERE district = 'Old Town'"),
         ("what's the phone number of the Central branch?", D)),
    conv("lib-4",
         ("How many loans are still out, not returned yet?", "SELECT COUNT(*) FROM loans WHERE returned_on IS NULL"),
         ("of those, how many are past their due date as of 2025-07-01?",
          "SELECT COUNT(*) FROM loans WHERE returned_on IS NULL AND due_on < '2025-07-01'"),
         ("list the members who have them, with the book titles",
          "SELECT m.first_name, m.last_name, b.title FROM loans l JOIN members m ON m.member_id = l.member_id "
          "JOIN books b ON b.book_id = l.book_id WHERE l.returned_on IS NULL AND l.due_on < '2025-07-01'"),
         ("sort them by due date, oldest first",
          "SELECT m.first_name, m.last_name, b.title, l.due_on FROM loans l JOIN members m ON m.member_id = l.member_id "
          "JOIN books b ON b.book_id = l.book_id WHERE l.returned_on IS NULL AND l.due_on < '2025-07-01' ORDER BY l.due_on"),
         ("did we send them a reminder email?", D)),
    conv("lib-5",
         ("What's the total of late fees collected?", "SELECT SUM(late_fee) FROM loans"),
         ("by membership type?",
          "SELECT m.membership_type, SUM(l.late_fee) FROM loans l JOIN members m ON m.member_id = l.member_id "
          "GROUP BY m.membership_type"),
         ("and the average fee per late loan for each type?",
          "SELECT m.membership_type, AVG(l.late_fee) FROM loans l JOIN members m ON m.member_id = l.member_id "
          "WHERE l.late_fee IS NOT NULL GROUP BY m.membership_type"),
         ("which member paid the most in fees overall?",
          "SELECT m.first_name, m.last_name FROM loans l JOIN members m ON m.member_id = l.member_id "
          "GROUP BY m.member_id ORDER BY SUM(l.late_fee) DESC LIMIT 1"),
         ("is their card still valid?", D)),
    conv("lib-6",
         ("Which members have never borrowed anything?",
          "SELECT first_name, last_name FROM members WHERE member_id NOT IN (SELECT member_id FROM loans)"),
         ("how many are there?", "SELECT COUNT(*) FROM members WHERE member_id NOT IN (SELECT member_id FROM loans)"),
         ("what home branches do they belong to? give counts",
          "SELECT br.branch_name, COUNT(*) FROM members m JOIN branches br ON br.branch_id = m.home_branch_id "
          "WHERE m.member_id NOT IN (SELECT member_id FROM loans) GROUP BY br.branch_id"),
         ("And how many books have never been lent out?",
          "SELECT COUNT(*) FROM books WHERE book_id NOT IN (SELECT book_id FROM loans)")),
    conv("lib-7",
         ("Who are the authors from Japan?", "SELECT full_name FROM authors WHERE country = 'Japan'"),
         ("how many books has each of them written?",
          "SELECT a.full_name, COUNT(ba.book_id) FROM authors a LEFT JOIN book_authors ba ON ba.author_id = a.author_id "
          "WHERE a.country = 'Japan' GROUP BY a.author_id"),
         ("how many times in total were their books borrowed?",
          "SELECT COUNT(*) FROM loans WHERE book_id IN (SELECT ba.book_id FROM book_authors ba JOIN authors a "
          "ON a.author_id = ba.author_id WHERE a.country = 'Japan')",
          ["SELECT COUNT(*) FROM loans l JOIN book_authors ba ON ba.book_id = l.book_id JOIN authors a "
           "ON a.author_id = ba.author_id WHERE a.country = 'Japan'"]),
         ("which of them is still alive?", D)),
    conv("lib-8",
         ("Which authors have written more than 12 books?",
          "SELECT a.full_name FROM authors a JOIN book_authors ba ON ba.author_id = a.author_id GROUP BY a.author_id "
          "HAVING COUNT(*) > 12"),
         ("and which books have more than one author?",
          "SELECT b.title FROM books b JOIN book_authors ba ON ba.book_id = b.book_id GROUP BY b.book_id HAVING COUNT(*) > 1"),
         ("how many is that?",
          "SELECT COUNT(*) FROM (SELECT book_id FROM book_authors GROUP BY book_id HAVING COUNT(*) > 1)"),
         ("what's their average replacement cost?",
          "SELECT AVG(replacement_cost) FROM books WHERE book_id IN (SELECT book_id FROM book_authors GROUP BY book_id "
          "HAVING COUNT(*) > 1)"),
         ("and what's their average reader rating?", D)),
    conv("lib-9",
         ("What are the 4 most borrowed books?",
          f"SELECT b.title, COUNT(*) {LB} GROUP BY b.book_id ORDER BY COUNT(*) DESC LIMIT 4",
          [f"SELECT b.title {LB} GROUP BY b.book_id ORDER BY COUNT(*) DESC LIMIT 4"]),
         ("when was each of them first borrowed?",
          f"SELECT b.title, MIN(l.loaned_on) {LB} WHERE b.book_id IN (SELECT book_id FROM loans GROUP BY book_id "
          "ORDER BY COUNT(*) DESC LIMIT 4) GROUP BY b.book_id"),
         ("and how many pages does the longest book we own have?", "SELECT MAX(pages) FROM books"),
         ("how many books are missing a page count?", "SELECT COUNT(*) FROM books WHERE pages IS NULL")),
    conv("lib-10",
         ("For each genre, what's the average loan length in days for returned books?",
          f"SELECT b.genre, AVG(julianday(l.returned_on) - julianday(l.loaned_on)) {LB} WHERE l.returned_on IS NOT NULL "
          "GROUP BY b.genre"),
         ("which books were kept longer than their genre's average?",
          f"SELECT DISTINCT b.title {LB} WHERE l.returned_on IS NOT NULL AND julianday(l.returned_on) - julianday(l.loaned_on) > "
          "(SELECT AVG(julianday(l2.returned_on) - julianday(l2.loaned_on)) FROM loans l2 JOIN books b2 ON b2.book_id = l2.book_id "
          "WHERE l2.returned_on IS NOT NULL AND b2.genre = b.genre)"),
         ("how many loans were returned late in total?", "SELECT COUNT(*) FROM loans WHERE returned_on > due_on"),
         ("what percent of returned loans is that?",
          "SELECT 100.0 * SUM(returned_on > due_on) / COUNT(*) FROM loans WHERE returned_on IS NOT NULL",
          ["SELECT 1.0 * SUM(returned_on > due_on) / COUNT(*) FROM loans WHERE returned_on IS NOT NULL"]),
         ("how many of the late ones came back damaged?", D)),
    conv("lib-11",
         ("How many members joined each year?", "SELECT strftime('%Y', joined_on) AS yr, COUNT(*) FROM members GROUP BY yr"),
         ("only the students", "SELECT strftime('%Y', joined_on) AS yr, COUNT(*) FROM members "
          "WHERE membership_type = 'student' GROUP BY yr"),
         ("who was the first student to join?",
          "SELECT first_name, last_name FROM members WHERE membership_type = 'student' ORDER BY joined_on LIMIT 1"),
         ("what did they borrow most recently?",
          "SELECT b.title FROM loans l JOIN books b ON b.book_id = l.book_id WHERE l.member_id = (SELECT member_id FROM members "
          "WHERE membership_type = 'student' ORDER BY joined_on LIMIT 1) ORDER BY l.loaned_on DESC LIMIT 1"),
         ("what's their email address?", D)),
]

# ------------------------------------------------------------------------------------------ ski
RJ = "FROM lift_rides r JOIN lifts l ON l.lift_id = r.lift_id"
TEACH = "FROM lessons le JOIN instructors i ON i.instructor_id = le.instructor_id"

SKI = [
    conv("ski-1",
         ("List the lifts and their types", "SELECT lift_name, lift_type FROM lifts"),
         ("just the chairlifts", "SELECT lift_name FROM lifts WHERE lift_type = 'chairlift'"),
         ("which one has the biggest vertical?",
          "SELECT lift_name FROM lifts WHERE lift_type = 'chairlift' ORDER BY vertical_m DESC LIMIT 1"),
         ("how many rides did it get in total?",
          "SELECT COUNT(*) FROM lift_rides WHERE lift_id = (SELECT lift_id FROM lifts WHERE lift_type = 'chairlift' "
          "ORDER BY vertical_m DESC LIMIT 1)"),
         ("what's its current wait time?", D)),
    conv("ski-2",
         ("How many lift rides per lift?", f"SELECT l.lift_name, COUNT(*) {RJ} GROUP BY l.lift_id"),
         ("which lift is the busiest?", f"SELECT l.lift_name {RJ} GROUP BY l.lift_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what percentage of all rides does it carry?",
          f"SELECT 100.0 * COUNT(*) / (SELECT COUNT(*) FROM lift_rides) {RJ} GROUP BY l.lift_id ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT 1.0 * COUNT(*) / (SELECT COUNT(*) FROM lift_rides) {RJ} GROUP BY l.lift_id ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what time of day is it busiest? by hour",
          "SELECT substr(ride_time, 1, 2) AS hr, COUNT(*) FROM lift_rides WHERE lift_id = (SELECT lift_id FROM lift_rides "
          "GROUP BY lift_id ORDER BY COUNT(*) DESC LIMIT 1) GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT substr(ride_time, 1, 2) AS hr, COUNT(*) FROM lift_rides WHERE lift_id = (SELECT lift_id FROM lift_rides "
           "GROUP BY lift_id ORDER BY COUNT(*) DESC LIMIT 1) GROUP BY hr"])),
    conv("ski-3",
         ("What's the revenue from passes by pass type?", "SELECT pass_type, SUM(price) FROM passes GROUP BY pass_type"),
         ("and how many of each were sold?", "SELECT pass_type, COUNT(*) FROM passes GROUP BY pass_type"),
         ("what's the average price for each type, with and without a discount code?",
          "SELECT pass_type, discount_code IS NOT NULL AS discounted, AVG(price) FROM passes GROUP BY pass_type, discounted"),
         ("which discount code was used the most?",
          "SELECT discount_code FROM passes WHERE discount_code IS NOT NULL GROUP BY discount_code ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how much revenue did we lose to that code?", D)),
    conv("ski-4",
         ("Which guests have never bought a pass?",
          "SELECT first_name, last_name FROM guests WHERE guest_id NOT IN (SELECT guest_id FROM passes)"),
         ("how many of them took a lesson anyway?",
          "SELECT COUNT(DISTINCT guest_id) FROM lesson_bookings WHERE guest_id NOT IN (SELECT guest_id FROM passes)"),
         ("what countries are they from?",
          "SELECT DISTINCT country FROM guests WHERE guest_id NOT IN (SELECT guest_id FROM passes) "
          "AND guest_id IN (SELECT guest_id FROM lesson_bookings)",
          ["SELECT DISTINCT country FROM guests WHERE guest_id NOT IN (SELECT guest_id FROM passes)",
           "SELECT country, COUNT(*) FROM guests WHERE guest_id NOT IN (SELECT guest_id FROM passes) "
           "AND guest_id IN (SELECT guest_id FROM lesson_bookings) GROUP BY country"]),
         ("Which guests bought more than two passes?",
          "SELECT g.first_name, g.last_name FROM guests g JOIN passes p ON p.guest_id = g.guest_id GROUP BY g.guest_id "
          "HAVING COUNT(*) > 2"),
         ("how much did they spend at the resort restaurants?", D)),
    conv("ski-5",
         ("How many guests come from each country?", "SELECT country, COUNT(*) FROM guests GROUP BY country"),
         ("what's the average pass spend per guest for each country?",
          "SELECT g.country, SUM(p.price) * 1.0 / COUNT(DISTINCT g.guest_id) FROM guests g JOIN passes p ON p.guest_id = g.guest_id "
          "GROUP BY g.country",
          ["SELECT g.country, SUM(p.price) * 1.0 / COUNT(*) FROM guests g LEFT JOIN passes p ON p.guest_id = g.guest_id "
           "GROUP BY g.country",
           "SELECT country, AVG(s) FROM (SELECT g.country, g.guest_id, SUM(p.price) AS s FROM guests g JOIN passes p "
           "ON p.guest_id = g.guest_id GROUP BY g.guest_id) GROUP BY country"]),
         ("which countries have more than 60 guests?",
          "SELECT country FROM guests GROUP BY country HAVING COUNT(*) > 60"),
         ("how many guests don't have an email on file?", "SELECT COUNT(*) FROM guests WHERE email IS NULL"),
         ("which hotel are they staying at?", D)),
    conv("ski-6",
         ("How many lessons did each instructor teach?",
          "SELECT i.name, COUNT(le.lesson_id) FROM instructors i LEFT JOIN lessons le ON le.instructor_id = i.instructor_id "
          "GROUP BY i.instructor_id",
          [f"SELECT i.name, COUNT(*) {TEACH} GROUP BY i.instructor_id"]),
         ("is there anyone who never taught one?",
          "SELECT name FROM instructors WHERE instructor_id NOT IN (SELECT instructor_id FROM lessons)"),
         ("which snowboard instructor taught the most hours?",
          f"SELECT i.name {TEACH} WHERE i.discipline = 'snowboard' GROUP BY i.instructor_id ORDER BY SUM(le.hours) DESC LIMIT 1"),
         ("what would they earn at their hourly rate for those hours?",
          f"SELECT SUM(le.hours) * i.hourly_rate {TEACH} WHERE i.discipline = 'snowboard' GROUP BY i.instructor_id "
          "ORDER BY SUM(le.hours) DESC LIMIT 1"),
         ("how do guests rate them?", D)),
    conv("ski-7",
         ("How many lesson bookings were there per month?",
          "SELECT strftime('%Y-%m', le.lesson_date) AS mon, COUNT(*) FROM lesson_bookings lb JOIN lessons le "
          "ON le.lesson_id = lb.lesson_id GROUP BY mon",
          ["SELECT strftime('%Y-%m', booked_on) AS mon, COUNT(*) FROM lesson_bookings GROUP BY mon"]),
         ("what's the no-show rate overall?",
          "SELECT 100.0 * SUM(attended = 0) / COUNT(*) FROM lesson_bookings",
          ["SELECT 1.0 * SUM(attended = 0) / COUNT(*) FROM lesson_bookings"]),
         ("and by lesson level?",
          "SELECT le.level, 100.0 * SUM(lb.attended = 0) / COUNT(*) FROM lesson_bookings lb JOIN lessons le "
          "ON le.lesson_id = lb.lesson_id GROUP BY le.level",
          ["SELECT le.level, 1.0 * SUM(lb.attended = 0) / COUNT(*) FROM lesson_bookings lb JOIN lessons le "
           "ON le.lesson_id = lb.lesson_id GROUP BY le.level"]),
         ("what's the total lesson revenue from guests who attended?",
          "SELECT SUM(le.price_per_person) FROM lesson_bookings lb JOIN lessons le ON le.lesson_id = lb.lesson_id "
          "WHERE lb.attended = 1"),
         ("how many lessons were called off because of the weather?", D)),
    conv("ski-8",
         ("What was the first day anyone rode a lift in the 2024-25 season?",
          "SELECT MIN(ride_date) FROM lift_rides WHERE ride_date >= '2024-11-01'"),
         ("and the last day?", "SELECT MAX(ride_date) FROM lift_rides WHERE ride_date >= '2024-11-01'"),
         ("how many rides were there in that season compared with 2023-24?",
          "SELECT SUM(ride_date >= '2024-11-01'), SUM(ride_date < '2024-11-01') FROM lift_rides",
          ["SELECT SUM(ride_date >= '2024-11-01') - SUM(ride_date < '2024-11-01') FROM lift_rides"]),
         ("how much snow fell that season?", D)),
    conv("ski-9",
         ("For each pass type, what's the average number of rides per pass?",
          "SELECT p.pass_type, COUNT(r.ride_id) * 1.0 / COUNT(DISTINCT p.pass_id) FROM passes p LEFT JOIN lift_rides r "
          "ON r.pass_id = p.pass_id GROUP BY p.pass_type"),
         ("which week passes had more rides than the average week pass?",
          "SELECT p.pass_id FROM passes p JOIN lift_rides r ON r.pass_id = p.pass_id WHERE p.pass_type = 'week' "
          "GROUP BY p.pass_id HAVING COUNT(*) > (SELECT COUNT(r2.ride_id) * 1.0 / COUNT(DISTINCT p2.pass_id) FROM passes p2 "
          "LEFT JOIN lift_rides r2 ON r2.pass_id = p2.pass_id WHERE p2.pass_type = 'week')"),
         ("how many passes were never used at all?",
          "SELECT COUNT(*) FROM passes WHERE pass_id NOT IN (SELECT pass_id FROM lift_rides)"),
         ("who owns them?",
          "SELECT g.first_name, g.last_name FROM guests g JOIN passes p ON p.guest_id = g.guest_id "
          "WHERE p.pass_id NOT IN (SELECT pass_id FROM lift_rides)"),
         ("what was the temperature on the day with the most lift rides?", D)),
    conv("ski-10",
         ("Who is the youngest guest?", "SELECT first_name, last_name FROM guests ORDER BY birth_date DESC LIMIT 1"),
         ("what lessons did they book?",
          "SELECT le.lesson_id, le.lesson_date, le.level FROM lessons le JOIN lesson_bookings lb ON lb.lesson_id = le.lesson_id "
          "WHERE lb.guest_id = (SELECT guest_id FROM guests ORDER BY birth_date DESC LIMIT 1)"),
         ("How many guests were born before 1960?", "SELECT COUNT(*) FROM guests WHERE birth_date < '1960-01-01'"),
         ("how many passes did they buy between them?",
          "SELECT COUNT(*) FROM passes WHERE guest_id IN (SELECT guest_id FROM guests WHERE birth_date < '1960-01-01')"),
         ("what are their phone numbers?", D)),
]

# ------------------------------------------------------------------------------------------ bus
TR = "FROM TRP t JOIN RTE r ON r.rte_no = t.rte_no"
RUN = "stat_cd <> 'X'"

BUS = [
    conv("bus-1",
         ("How many trips were cancelled?", "SELECT COUNT(*) FROM TRP WHERE stat_cd = 'X'"),
         ("by route?", f"SELECT r.rte_nm, COUNT(*) {TR} WHERE t.stat_cd = 'X' GROUP BY r.rte_no",
          ["SELECT rte_no, COUNT(*) FROM TRP WHERE stat_cd = 'X' GROUP BY rte_no"]),
         ("which route had the highest cancellation rate?",
          f"SELECT r.rte_nm {TR} GROUP BY r.rte_no ORDER BY 1.0 * SUM(t.stat_cd = 'X') / COUNT(*) DESC LIMIT 1"),
         ("what was the reason for those cancellations?", D)),
    conv("bus-2",
         ("Show the trip count for each status, with the status description",
          "SELECT s.stat_desc, COUNT(*) FROM TRP t JOIN STAT_LKP s ON s.stat_cd = t.stat_cd GROUP BY s.stat_cd"),
         ("what percent of trips were diverted?",
          "SELECT 100.0 * SUM(stat_cd = 'D') / COUNT(*) FROM TRP",
          ["SELECT 1.0 * SUM(stat_cd = 'D') / COUNT(*) FROM TRP"]),
         ("what's the average delay of diverted trips compared to completed ones?",
          "SELECT stat_cd, AVG(dly_min) FROM TRP WHERE stat_cd IN ('D', 'C') GROUP BY stat_cd"),
         ("how many part-run trips were there in 2025?",
          "SELECT COUNT(*) FROM TRP WHERE stat_cd = 'P' AND svc_dt LIKE '2025%'")),
    conv("bus-3",
         ("What's the average delay per route?", f"SELECT r.rte_nm, AVG(t.dly_min) {TR} GROUP BY r.rte_no"),
         ("which routes average more than 4 minutes late?",
          f"SELECT r.rte_nm {TR} GROUP BY r.rte_no HAVING AVG(t.dly_min) > 4"),
         ("and which depot runs each of those?",
          f"SELECT r.rte_nm, d.dpt_nm {TR} JOIN DEPOT d ON d.dpt_cd = r.dpt_cd GROUP BY r.rte_no HAVING AVG(t.dly_min) > 4",
          [f"SELECT r.rte_nm, r.dpt_cd {TR} GROUP BY r.rte_no HAVING AVG(t.dly_min) > 4"]),
         ("what about the worst single delay on the network?", "SELECT MAX(dly_min) FROM TRP"),
         ("which route and date was that?",
          f"SELECT r.rte_nm, t.svc_dt {TR} WHERE t.dly_min = (SELECT MAX(dly_min) FROM TRP)"),
         ("how many passenger complaints did that route get?", D)),
    conv("bus-4",
         ("Passenger numbers by quarter in 2024",
          "SELECT (CAST(strftime('%m', svc_dt) AS INTEGER) + 2) / 3 AS q, SUM(pax_cnt) FROM TRP WHERE svc_dt LIKE '2024%' GROUP BY q"),
         ("what about Q1 2025 versus Q1 2024?",
          "SELECT SUM(CASE WHEN svc_dt BETWEEN '2025-01-01' AND '2025-03-31' THEN pax_cnt END), "
          "SUM(CASE WHEN svc_dt BETWEEN '2024-01-01' AND '2024-03-31' THEN pax_cnt END) FROM TRP",
          ["SELECT SUM(CASE WHEN svc_dt BETWEEN '2025-01-01' AND '2025-03-31' THEN pax_cnt END) - "
           "SUM(CASE WHEN svc_dt BETWEEN '2024-01-01' AND '2024-03-31' THEN pax_cnt END) FROM TRP"]),
         ("what's the percentage change?",
          "SELECT 100.0 * (SUM(CASE WHEN svc_dt BETWEEN '2025-01-01' AND '2025-03-31' THEN pax_cnt END) - "
          "SUM(CASE WHEN svc_dt BETWEEN '2024-01-01' AND '2024-03-31' THEN pax_cnt END)) / "
          "SUM(CASE WHEN svc_dt BETWEEN '2024-01-01' AND '2024-03-31' THEN pax_cnt END) FROM TRP"),
         ("will Q2 2025 be higher?", D)),
    conv("bus-5",
         ("Fare revenue per depot", f"SELECT d.dpt_nm, SUM(t.fare_amt) {TR} JOIN DEPOT d ON d.dpt_cd = r.dpt_cd GROUP BY d.dpt_cd",
          [f"SELECT r.dpt_cd, SUM(t.fare_amt) {TR} GROUP BY r.dpt_cd"]),
         ("and per month for Hatton Yard",
          f"SELECT strftime('%Y-%m', t.svc_dt) AS mon, SUM(t.fare_amt) {TR} WHERE r.dpt_cd = 'HTN' GROUP BY mon"),
         ("which month was its best?",
          f"SELECT strftime('%Y-%m', t.svc_dt) AS mon {TR} WHERE r.dpt_cd = 'HTN' GROUP BY mon ORDER BY SUM(t.fare_amt) DESC LIMIT 1"),
         ("what's the average fare per passenger there?",
          f"SELECT SUM(t.fare_amt) / SUM(t.pax_cnt) {TR} WHERE r.dpt_cd = 'HTN'"),
         ("how much did the drivers get paid there?", D)),
    conv("bus-6",
         ("How many buses does each depot have?", "SELECT dpt_cd, COUNT(*) FROM VEH GROUP BY dpt_cd",
          ["SELECT d.dpt_nm, COUNT(*) FROM VEH v JOIN DEPOT d ON d.dpt_cd = v.dpt_cd GROUP BY d.dpt_cd"]),
         ("only the electric ones", "SELECT dpt_cd, COUNT(*) FROM VEH WHERE fuel_cd = 'E' GROUP BY dpt_cd",
          ["SELECT d.dpt_nm, COUNT(*) FROM VEH v JOIN DEPOT d ON d.dpt_cd = v.dpt_cd WHERE v.fuel_cd = 'E' GROUP BY d.dpt_cd"]),
         ("which buses never ran a trip?", "SELECT veh_no FROM VEH WHERE veh_no NOT IN (SELECT veh_no FROM TRP "
          "WHERE veh_no IS NOT NULL)"),
         ("what's the oldest bus still in the fleet?", "SELECT veh_no, mdl FROM VEH ORDER BY bld_yr LIMIT 1"),
         ("when is its next MOT due?", D)),
    conv("bus-7",
         ("Which stops have a shelter?", "SELECT stp_nm FROM STP WHERE shltr_flg = 1"),
         ("how many in each town?", "SELECT twn, COUNT(*) FROM STP WHERE shltr_flg = 1 GROUP BY twn"),
         ("Which stops are served by more than two routes?",
          "SELECT s.stp_nm FROM STP s JOIN RTE_STP rs ON rs.stp_id = s.stp_id GROUP BY s.stp_id "
          "HAVING COUNT(DISTINCT rs.rte_no) > 2"),
         ("and which stops no route serves?",
          "SELECT stp_nm FROM STP WHERE stp_id NOT IN (SELECT stp_id FROM RTE_STP)"),
         ("list the stops on the Night Owl in order",
          "SELECT s.stp_nm FROM RTE_STP rs JOIN STP s ON s.stp_id = rs.stp_id JOIN RTE r ON r.rte_no = rs.rte_no "
          "WHERE r.rte_nm = 'Night Owl' ORDER BY rs.seq_no"),
         ("how many passengers got on at each of those stops?", D)),
    conv("bus-8",
         ("When did the Schools Special run its first and last trips?",
          f"SELECT MIN(t.svc_dt), MAX(t.svc_dt) {TR} WHERE r.rte_nm = 'Schools Special'"),
         ("how many passengers did it carry?", f"SELECT SUM(t.pax_cnt) {TR} WHERE r.rte_nm = 'Schools Special'"),
         ("which routes had no trips at all in 2025?",
          "SELECT rte_nm FROM RTE WHERE rte_no NOT IN (SELECT rte_no FROM TRP WHERE svc_dt LIKE '2025%')"),
         ("which route is the longest?", "SELECT rte_nm FROM RTE ORDER BY len_km DESC LIMIT 1"),
         ("how much does it cost us to operate per km?", D)),
    conv("bus-9",
         ("For each route, what's the average number of passengers per trip that actually ran?",
          f"SELECT r.rte_nm, AVG(t.pax_cnt) {TR} WHERE t.{RUN} GROUP BY r.rte_no"),
         ("list trips on the Fenwick Express that carried more than that route's average",
          f"SELECT t.trp_id {TR} WHERE r.rte_nm = 'Fenwick Express' AND t.{RUN} AND t.pax_cnt > (SELECT AVG(pax_cnt) FROM TRP "
          f"WHERE rte_no = r.rte_no AND {RUN})"),
         ("how many is that?",
          f"SELECT COUNT(*) {TR} WHERE r.rte_nm = 'Fenwick Express' AND t.{RUN} AND t.pax_cnt > (SELECT AVG(pax_cnt) FROM TRP "
          f"WHERE rte_no = r.rte_no AND {RUN})"),
         ("what's the busiest hour for departures across the network?",
          "SELECT substr(sched_dep, 1, 2) AS hr FROM TRP GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and the on-time percentage for each driver?", D)),
    conv("bus-10",
         ("Which vehicle models are in the fleet and how many seats do they have on average?",
          "SELECT mdl, AVG(seats) FROM VEH GROUP BY mdl"),
         ("which model carried the most passengers?",
          "SELECT v.mdl FROM TRP t JOIN VEH v ON v.veh_no = t.veh_no GROUP BY v.mdl ORDER BY SUM(t.pax_cnt) DESC LIMIT 1"),
         ("what's the top 3 individual buses by fare revenue?",
          "SELECT veh_no, SUM(fare_amt) FROM TRP WHERE veh_no IS NOT NULL GROUP BY veh_no ORDER BY SUM(fare_amt) DESC LIMIT 3"),
         ("what's the average build year of the hydrogen buses?", "SELECT AVG(bld_yr) FROM VEH WHERE fuel_cd = 'H'"),
         ("what's their fuel consumption per km?", D)),
]

SETS = {"library": LIBRARY, "ski": SKI, "bus": BUS}
