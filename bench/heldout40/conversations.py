"""Held-out conversations heldout40, written as analysts would ask them, before the engine was run
on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept`
(other SQL that also answers), or None when the data does not hold the answer (to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ newsroom
REP = "SELECT staff_id FROM staff WHERE role = 'reporter'"
GREW = ("SELECT s.staff_id FROM staff s JOIN articles a ON a.author_id = s.staff_id WHERE s.role = 'reporter' "
        "GROUP BY s.staff_id HAVING SUM(a.published_on LIKE '2024%') > SUM(a.published_on LIKE '2023%')")
DECLAN_ED = "(SELECT editor_id FROM staff WHERE full_name = 'Declan Doyle')"
EDRANK = ("SELECT e.staff_id, e.full_name, SUM(a.page_views) AS views FROM staff e "
          "JOIN staff s ON s.editor_id = e.staff_id JOIN articles a ON a.author_id = s.staff_id "
          "WHERE e.role = 'desk editor' AND a.published_on LIKE '2024%' GROUP BY e.staff_id")
TOPED = f"SELECT staff_id FROM ({EDRANK} ORDER BY views DESC LIMIT 1)"
CLEAN = ("SELECT staff_id FROM staff WHERE role = 'reporter' AND staff_id NOT IN "
         "(SELECT author_id FROM articles WHERE corrections > 0)")
MOST = ("SELECT strftime('%m', published_on) FROM articles WHERE published_on LIKE '2024%' "
        "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")
TOP3 = (f"SELECT article_id FROM articles WHERE published_on LIKE '2024%' AND strftime('%m', published_on) = "
        f"({MOST}) ORDER BY page_views DESC LIMIT 3")
AT40 = ("SELECT s.staff_id FROM staff s JOIN articles a ON a.author_id = s.staff_id WHERE s.role = 'reporter' "
        "AND a.published_on LIKE '2024%' GROUP BY s.staff_id HAVING COUNT(*) >= 40")
OLDEST = "SELECT staff_id FROM staff WHERE role = 'reporter' ORDER BY hired_on ASC LIMIT 1"
DESKVIEWS = ("SELECT d.desk_name, SUM(CASE WHEN a.published_on LIKE '2023%' THEN a.page_views ELSE 0 END) AS v2023, "
             "SUM(CASE WHEN a.published_on LIKE '2024%' THEN a.page_views ELSE 0 END) AS v2024 "
             "FROM articles a JOIN desks d ON d.desk_id = a.desk_id GROUP BY d.desk_name")

NEWSROOM = [
    conv("news-1",
         ("Who does Declan Doyle report to?",
          "SELECT e.full_name FROM staff s JOIN staff e ON e.staff_id = s.editor_id WHERE s.full_name = 'Declan Doyle'"),
         ("who else is in that person's team?",
          f"SELECT full_name FROM staff WHERE editor_id = {DECLAN_ED} AND full_name <> 'Declan Doyle'",
          [f"SELECT full_name FROM staff WHERE editor_id = {DECLAN_ED}"]),
         ("how many articles did that team publish in 2024?",
          f"SELECT COUNT(*) FROM articles a JOIN staff s ON s.staff_id = a.author_id WHERE s.editor_id = {DECLAN_ED} "
          "AND a.published_on LIKE '2024%'",
          [f"SELECT COUNT(*) FROM articles a JOIN staff s ON s.staff_id = a.author_id WHERE (s.editor_id = {DECLAN_ED} "
           f"OR s.staff_id = {DECLAN_ED}) AND a.published_on LIKE '2024%'"]),
         ("and how many did the editor write themselves that year?",
          f"SELECT COUNT(*) FROM articles WHERE author_id = {DECLAN_ED} AND published_on LIKE '2024%'")),
    conv("news-2",
         ("Which reporters published more articles in 2024 than in 2023?",
          f"SELECT full_name FROM staff WHERE staff_id IN ({GREW})"),
         ("how many of them are on the Sport desk?",
          f"SELECT COUNT(*) FROM staff s JOIN desks d ON d.desk_id = s.desk_id WHERE s.staff_id IN ({GREW}) "
          "AND d.desk_name = 'Sport'"),
         ("and which of those growing reporters are freelancers?",
          f"SELECT full_name FROM staff WHERE staff_id IN ({GREW}) AND is_freelance = 1",
          [f"SELECT s.full_name FROM staff s JOIN desks d ON d.desk_id = s.desk_id WHERE s.staff_id IN ({GREW}) "
           "AND d.desk_name = 'Sport' AND s.is_freelance = 1"])),
    conv("news-3",
         ("What percentage of the articles published in 2024 were premium?",
          "SELECT 100.0 * SUM(is_premium) / COUNT(*) FROM articles WHERE published_on LIKE '2024%'",
          ["SELECT 1.0 * SUM(is_premium) / COUNT(*) FROM articles WHERE published_on LIKE '2024%'"]),
         ("and in 2023?",
          "SELECT 100.0 * SUM(is_premium) / COUNT(*) FROM articles WHERE published_on LIKE '2023%'",
          ["SELECT 1.0 * SUM(is_premium) / COUNT(*) FROM articles WHERE published_on LIKE '2023%'"]),
         ("Which desk had the highest premium share in 2024?",
          "SELECT d.desk_name FROM articles a JOIN desks d ON d.desk_id = a.desk_id WHERE a.published_on LIKE '2024%' "
          "GROUP BY d.desk_name ORDER BY 1.0 * SUM(a.is_premium) / COUNT(*) DESC LIMIT 1"),
         ("and the lowest?",
          "SELECT d.desk_name FROM articles a JOIN desks d ON d.desk_id = a.desk_id WHERE a.published_on LIKE '2024%' "
          "GROUP BY d.desk_name ORDER BY 1.0 * SUM(a.is_premium) / COUNT(*) ASC LIMIT 1")),
    conv("news-4",
         ("Rank the desk editors by the total page views of their reporters' articles in 2024",
          f"SELECT full_name, views FROM ({EDRANK}) ORDER BY views DESC"),
         ("how many reporters does the top one have?",
          f"SELECT COUNT(*) FROM staff WHERE editor_id = ({TOPED})"),
         ("what's the average word count of that team's articles?",
          f"SELECT AVG(a.word_count) FROM articles a JOIN staff s ON s.staff_id = a.author_id "
          f"WHERE s.editor_id = ({TOPED}) AND a.published_on LIKE '2024%'",
          [f"SELECT AVG(a.word_count) FROM articles a JOIN staff s ON s.staff_id = a.author_id "
           f"WHERE s.editor_id = ({TOPED})"])),
    conv("news-5",
         ("Which reporters have never had an article corrected?",
          f"SELECT full_name FROM staff WHERE staff_id IN ({CLEAN})"),
         ("how many articles have they written between them?",
          f"SELECT COUNT(*) FROM articles WHERE author_id IN ({CLEAN})",
          [f"SELECT author_id, COUNT(*) FROM articles WHERE author_id IN ({CLEAN}) GROUP BY author_id"]),
         ("which desks are they on?",
          f"SELECT s.full_name, d.desk_name FROM staff s JOIN desks d ON d.desk_id = s.desk_id WHERE s.staff_id IN ({CLEAN})",
          [f"SELECT DISTINCT d.desk_name FROM staff s JOIN desks d ON d.desk_id = s.desk_id "
           f"WHERE s.staff_id IN ({CLEAN})"])),
    conv("news-6",
         ("How many articles were published each month in 2024?",
          "SELECT strftime('%m', published_on) AS m, COUNT(*) FROM articles WHERE published_on LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', published_on) AS m, COUNT(*) FROM articles WHERE published_on LIKE '2024%' "
           "GROUP BY m"]),
         ("Which month had the most?", MOST,
          ["SELECT strftime('%Y-%m', published_on) FROM articles WHERE published_on LIKE '2024%' "
           "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("What were the three most-read articles that month?",
          f"SELECT headline, page_views FROM articles WHERE article_id IN ({TOP3}) ORDER BY page_views DESC"),
         ("who wrote them?",
          f"SELECT a.headline, s.full_name FROM articles a JOIN staff s ON s.staff_id = a.author_id "
          f"WHERE a.article_id IN ({TOP3})")),
    conv("news-7",
         ("Which reporters wrote at least 40 articles in 2024?",
          f"SELECT full_name FROM staff WHERE staff_id IN ({AT40})"),
         ("rank them by average page views per article that year",
          f"SELECT s.full_name, AVG(a.page_views) AS v FROM staff s JOIN articles a ON a.author_id = s.staff_id "
          f"WHERE s.staff_id IN ({AT40}) AND a.published_on LIKE '2024%' GROUP BY s.staff_id ORDER BY v DESC"),
         ("whose articles were the longest on average?",
          f"SELECT s.full_name FROM staff s JOIN articles a ON a.author_id = s.staff_id "
          f"WHERE s.staff_id IN ({AT40}) AND a.published_on LIKE '2024%' GROUP BY s.staff_id "
          "ORDER BY AVG(a.word_count) DESC LIMIT 1")),
    conv("news-8",
         ("How many people work on each desk?",
          "SELECT d.desk_name, COUNT(*) FROM staff s JOIN desks d ON d.desk_id = s.desk_id GROUP BY d.desk_name",
          ["SELECT d.desk_name, COUNT(*) FROM staff s JOIN desks d ON d.desk_id = s.desk_id "
           "WHERE s.role = 'reporter' GROUP BY d.desk_name"]),
         ("What's the Sport editor's phone number?", D),
         ("Which desks are on the top floor?",
          "SELECT desk_name FROM desks WHERE floor = (SELECT MAX(floor) FROM desks)"),
         ("How many articles did the Science desk publish in 2023?",
          "SELECT COUNT(*) FROM articles a JOIN desks d ON d.desk_id = a.desk_id WHERE d.desk_name = 'Science' "
          "AND a.published_on LIKE '2023%'")),
    conv("news-9",
         ("Which article had the most shares?", D),
         ("Why did page views drop in August 2024?", D),
         ("What was the average number of page views per article in August 2024?",
          "SELECT AVG(page_views) FROM articles WHERE published_on LIKE '2024-08%'"),
         ("Predict how many articles the Politics desk will publish next month", D)),
    conv("news-10",
         ("Who is our longest-serving reporter?", f"SELECT full_name FROM staff WHERE staff_id IN ({OLDEST})"),
         ("how many corrections have their articles needed in total?",
          f"SELECT SUM(corrections) FROM articles WHERE author_id IN ({OLDEST})"),
         ("What salary does Margaret Ellison earn?", D),
         ("How many people report directly to her?",
          "SELECT COUNT(*) FROM staff WHERE editor_id = (SELECT staff_id FROM staff WHERE full_name = 'Margaret Ellison')")),
    conv("news-11",
         ("What's the average word count of premium articles compared with free ones?",
          "SELECT is_premium, AVG(word_count) FROM articles GROUP BY is_premium"),
         ("Who wrote the longest article?",
          "SELECT s.full_name FROM articles a JOIN staff s ON s.staff_id = a.author_id ORDER BY a.word_count DESC LIMIT 1"),
         ("how many subscribers read it?", D)),
    conv("news-12",
         ("Show total page views by desk for 2023 and 2024 side by side", DESKVIEWS),
         ("which desk grew the most?",
          f"SELECT desk_name FROM ({DESKVIEWS}) ORDER BY v2024 - v2023 DESC LIMIT 1"),
         ("How much advertising revenue did that desk bring in?", D),
         ("List the reporters on that desk whose email address ends in .co.uk", D)),
]

# ------------------------------------------------------------------------------------------ coworking
IN = "direction = 'in'"
CHK = ("SELECT l.site_name, SUM(b.event_time LIKE '2023-03%') AS mar23, SUM(b.event_time LIKE '2024-03%') AS mar24 "
       "FROM badge_events b JOIN locations l ON l.location_id = b.location_id WHERE b.direction = 'in' "
       "GROUP BY l.site_name")
AT50 = ("SELECT member_id FROM badge_events WHERE direction = 'in' AND event_time LIKE '2024%' "
        "GROUP BY member_id HAVING COUNT(*) >= 50")
NOBOOK = "SELECT member_id FROM members WHERE left_on IS NULL AND member_id NOT IN (SELECT member_id FROM room_bookings)"
FEES = ("SELECT m.member_id, m.full_name, m.company, SUM(r.fee) AS fees FROM room_bookings r "
        "JOIN members m ON m.member_id = r.member_id WHERE r.starts_at LIKE '2024%' GROUP BY m.member_id")
TOPFEE = f"SELECT member_id FROM ({FEES} ORDER BY fees DESC LIMIT 1)"
SHOR = "(SELECT location_id FROM locations WHERE site_name = 'Shoreditch')"
VISIT = ("FROM badge_events i JOIN badge_events o ON o.member_id = i.member_id AND o.direction = 'out' "
         "AND o.event_id = (SELECT MIN(x.event_id) FROM badge_events x WHERE x.member_id = i.member_id "
         "AND x.direction = 'out' AND x.event_time > i.event_time) WHERE i.direction = 'in'")
DENS = ("SELECT l.site_name FROM members m JOIN locations l ON l.location_id = m.home_location_id "
        "GROUP BY l.site_name ORDER BY 1.0 * COUNT(*) / MAX(l.desk_capacity) DESC LIMIT 1")
COMP = ("SELECT m.company, SUM(CASE WHEN r.starts_at LIKE '2023%' THEN r.fee ELSE 0 END) AS f23, "
        "SUM(CASE WHEN r.starts_at LIKE '2024%' THEN r.fee ELSE 0 END) AS f24 FROM room_bookings r "
        "JOIN members m ON m.member_id = r.member_id GROUP BY m.company")
FIRSTIN = ("SELECT event_id FROM badge_events WHERE direction = 'in' AND event_time LIKE '2024-01-02%' "
           "ORDER BY event_time ASC LIMIT 1")
WKND = "strftime('%w', event_time) IN ('0', '6')"

COWORKING = [
    conv("cw-1",
         ("How many check-ins were there at each site in March 2024?",
          "SELECT l.site_name, COUNT(*) FROM badge_events b JOIN locations l ON l.location_id = b.location_id "
          "WHERE b.direction = 'in' AND b.event_time LIKE '2024-03%' GROUP BY l.site_name"),
         ("and in March 2023?",
          "SELECT l.site_name, COUNT(*) FROM badge_events b JOIN locations l ON l.location_id = b.location_id "
          "WHERE b.direction = 'in' AND b.event_time LIKE '2023-03%' GROUP BY l.site_name"),
         ("Which site grew the most between those two months?",
          f"SELECT site_name FROM ({CHK}) ORDER BY mar24 - mar23 DESC LIMIT 1")),
    conv("cw-2",
         ("Which members badged in at least 50 times in 2024?",
          f"SELECT full_name FROM members WHERE member_id IN ({AT50})"),
         ("which of them have a private office?",
          f"SELECT full_name FROM members WHERE member_id IN ({AT50}) AND plan = 'private office'"),
         ("what companies do those frequent visitors work for?",
          f"SELECT DISTINCT company FROM members WHERE member_id IN ({AT50})",
          [f"SELECT full_name, company FROM members WHERE member_id IN ({AT50})",
           f"SELECT DISTINCT company FROM members WHERE member_id IN ({AT50}) AND plan = 'private office'",
           f"SELECT full_name, company FROM members WHERE member_id IN ({AT50}) AND plan = 'private office'"])),
    conv("cw-3",
         ("Which current members have never booked a meeting room?",
          f"SELECT full_name FROM members WHERE member_id IN ({NOBOOK})"),
         ("how many is that per plan?",
          f"SELECT plan, COUNT(*) FROM members WHERE member_id IN ({NOBOOK}) GROUP BY plan"),
         ("Which of them are likely to book a room soon?", D),
         ("which of them joined in 2024?",
          f"SELECT full_name FROM members WHERE member_id IN ({NOBOOK}) AND joined_on LIKE '2024%'")),
    conv("cw-4",
         ("What share of check-ins happen before 9am?",
          f"SELECT 100.0 * SUM(strftime('%H', event_time) < '09') / COUNT(*) FROM badge_events WHERE {IN}",
          [f"SELECT 1.0 * SUM(strftime('%H', event_time) < '09') / COUNT(*) FROM badge_events WHERE {IN}"]),
         ("and at Shoreditch?",
          f"SELECT 100.0 * SUM(strftime('%H', event_time) < '09') / COUNT(*) FROM badge_events WHERE {IN} "
          f"AND location_id = {SHOR}",
          [f"SELECT 1.0 * SUM(strftime('%H', event_time) < '09') / COUNT(*) FROM badge_events WHERE {IN} "
           f"AND location_id = {SHOR}"]),
         ("What's the busiest hour of the day for check-ins there?",
          f"SELECT strftime('%H', event_time) FROM badge_events WHERE {IN} AND location_id = {SHOR} "
          "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT CAST(strftime('%H', event_time) AS INTEGER) FROM badge_events WHERE {IN} "
           f"AND location_id = {SHOR} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("How many cups of coffee were drunk at Shoreditch last month?", D)),
    conv("cw-5",
         ("Who are the top 5 members by meeting room fees in 2024, and which company are they with?",
          f"SELECT full_name, company, fees FROM ({FEES}) ORDER BY fees DESC LIMIT 5"),
         ("how many hours did the top one book that year?",
          f"SELECT SUM(hours) FROM room_bookings WHERE member_id = ({TOPFEE}) AND starts_at LIKE '2024%'"),
         ("which room did they book most often?",
          f"SELECT room_name FROM room_bookings WHERE member_id = ({TOPFEE}) AND starts_at LIKE '2024%' "
          "GROUP BY room_name ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("cw-6",
         ("On average, how many hours does a visit last, from badging in to badging out?",
          f"SELECT AVG((julianday(o.event_time) - julianday(i.event_time)) * 24) {VISIT}",
          [f"SELECT AVG((julianday(o.event_time) - julianday(i.event_time)) * 24 * 60) {VISIT}"]),
         ("and for members with a private office?",
          f"SELECT AVG((julianday(o.event_time) - julianday(i.event_time)) * 24) {VISIT} "
          "AND i.member_id IN (SELECT member_id FROM members WHERE plan = 'private office')",
          [f"SELECT AVG((julianday(o.event_time) - julianday(i.event_time)) * 24 * 60) {VISIT} "
           "AND i.member_id IN (SELECT member_id FROM members WHERE plan = 'private office')"]),
         ("How many visits in 2024 lasted longer than 8 hours?",
          f"SELECT COUNT(*) {VISIT} AND i.event_time LIKE '2024%' "
          "AND (julianday(o.event_time) - julianday(i.event_time)) * 24 > 8")),
    conv("cw-7",
         ("How many members does each site have?",
          "SELECT l.site_name, COUNT(*) FROM members m JOIN locations l ON l.location_id = m.home_location_id "
          "GROUP BY l.site_name",
          ["SELECT l.site_name, COUNT(*) FROM members m JOIN locations l ON l.location_id = m.home_location_id "
           "WHERE m.left_on IS NULL GROUP BY l.site_name"]),
         ("and how many desks does each have?", "SELECT site_name, desk_capacity FROM locations"),
         ("Which site has the most members per desk?", DENS),
         ("What's the monthly rent on that building?", D)),
    conv("cw-8",
         ("How many members left during 2024?", "SELECT COUNT(*) FROM members WHERE left_on LIKE '2024%'"),
         ("Why did they leave?", D),
         ("which plan lost the most members that year?",
          "SELECT plan FROM members WHERE left_on LIKE '2024%' GROUP BY plan ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Will more people leave next year?", D)),
    conv("cw-9",
         ("How many check-ins have there been at weekends, in total?",
          f"SELECT COUNT(*) FROM badge_events WHERE {IN} AND {WKND}"),
         ("Which site gets the most weekend check-ins?",
          f"SELECT l.site_name FROM badge_events b JOIN locations l ON l.location_id = b.location_id "
          f"WHERE b.{IN} AND strftime('%w', b.event_time) IN ('0', '6') "
          "GROUP BY l.site_name ORDER BY COUNT(*) DESC LIMIT 1"),
         ("and who comes in most at weekends?",
          f"SELECT m.full_name FROM badge_events b JOIN members m ON m.member_id = b.member_id "
          f"WHERE b.{IN} AND strftime('%w', b.event_time) IN ('0', '6') "
          "GROUP BY m.member_id ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("cw-10",
         ("What's the wifi speed at Clerkenwell?", D),
         ("When did Clerkenwell open?", "SELECT opened_on FROM locations WHERE site_name = 'Clerkenwell'"),
         ("How many meeting rooms were booked there in 2024?",
          "SELECT COUNT(*) FROM room_bookings WHERE starts_at LIKE '2024%' AND location_id = "
          "(SELECT location_id FROM locations WHERE site_name = 'Clerkenwell')",
          ["SELECT COUNT(DISTINCT room_name) FROM room_bookings WHERE starts_at LIKE '2024%' AND location_id = "
           "(SELECT location_id FROM locations WHERE site_name = 'Clerkenwell')"]),
         ("and what did those bookings bring in?",
          "SELECT SUM(fee) FROM room_bookings WHERE starts_at LIKE '2024%' AND location_id = "
          "(SELECT location_id FROM locations WHERE site_name = 'Clerkenwell')")),
    conv("cw-11",
         ("Which companies spent more on meeting rooms in 2024 than in 2023?",
          f"SELECT company FROM ({COMP}) WHERE f24 > f23"),
         ("how much did Kestrel Analytics spend in each of those years?",
          "SELECT strftime('%Y', r.starts_at) AS y, SUM(r.fee) FROM room_bookings r JOIN members m "
          "ON m.member_id = r.member_id WHERE m.company = 'Kestrel Analytics' GROUP BY y",
          ["SELECT f23, f24 FROM (" + COMP + ") WHERE company = 'Kestrel Analytics'"]),
         ("Give me the email addresses of the Kestrel Analytics people", D)),
    conv("cw-12",
         ("Who was the first person to badge in on 2 January 2024?",
          f"SELECT m.full_name FROM badge_events b JOIN members m ON m.member_id = b.member_id "
          f"WHERE b.event_id IN ({FIRSTIN})"),
         ("at which site?",
          f"SELECT l.site_name FROM badge_events b JOIN locations l ON l.location_id = b.location_id "
          f"WHERE b.event_id IN ({FIRSTIN})"),
         ("how many times did they come in during January 2024?",
          f"SELECT COUNT(*) FROM badge_events WHERE {IN} AND event_time LIKE '2024-01%' AND member_id = "
          f"(SELECT member_id FROM badge_events WHERE event_id IN ({FIRSTIN}))")),
]

# ------------------------------------------------------------------------------------------ foodtrucks
TK = ("SELECT t.truck_id, t.truck_name, SUM(CASE WHEN p.trade_date LIKE '2023%' THEN p.takings ELSE 0 END) AS t23, "
      "SUM(CASE WHEN p.trade_date LIKE '2024%' THEN p.takings ELSE 0 END) AS t24 "
      "FROM pitches p JOIN trucks t ON t.truck_id = p.truck_id GROUP BY t.truck_id")
UP = f"SELECT truck_id FROM ({TK}) WHERE t24 > t23"
PJM = "FROM pitches p JOIN markets m ON m.market_id = p.market_id"
GOOD = "SELECT truck_id FROM trucks WHERE truck_id NOT IN (SELECT truck_id FROM inspections WHERE hygiene_rating < 4)"
OWN = ("SELECT t.truck_id, t.owner_name, SUM(p.takings) AS tk FROM pitches p JOIN trucks t ON t.truck_id = p.truck_id "
       "WHERE p.trade_date LIKE '2024%' GROUP BY t.truck_id")
TOPOWN = f"SELECT truck_id FROM ({OWN} ORDER BY tk DESC LIMIT 1)"
EVERY = "SELECT truck_id FROM pitches GROUP BY truck_id HAVING COUNT(DISTINCT market_id) = (SELECT COUNT(*) FROM markets)"
SPEND = ("SELECT t.cuisine, SUM(p.takings) / SUM(p.customers) AS spend FROM pitches p "
         "JOIN trucks t ON t.truck_id = p.truck_id GROUP BY t.cuisine")
SPEND2 = ("SELECT t.cuisine, AVG(p.takings / p.customers) AS spend FROM pitches p "
          "JOIN trucks t ON t.truck_id = p.truck_id GROUP BY t.cuisine")
WORST = "SELECT inspector FROM inspections GROUP BY inspector ORDER BY AVG(hygiene_rating) ASC LIMIT 1"
BESTM = ("SELECT strftime('%m', trade_date) FROM pitches WHERE trade_date LIKE '2024%' GROUP BY 1 "
         "ORDER BY SUM(takings) DESC LIMIT 1")
TACO = "(SELECT truck_id FROM trucks WHERE truck_name = 'Taco Loco')"
OLDT = "SELECT truck_id FROM trucks WHERE launched_year = (SELECT MIN(launched_year) FROM trucks)"

FOODTRUCKS = [
    conv("ft-1",
         ("Which trucks took more money in 2024 than in 2023?",
          f"SELECT truck_name FROM ({TK}) WHERE t24 > t23"),
         ("by how much for each?", f"SELECT truck_name, t24 - t23 FROM ({TK}) WHERE t24 > t23"),
         ("which of those run on electric?",
          f"SELECT truck_name FROM trucks WHERE truck_id IN ({UP}) AND is_electric = 1")),
    conv("ft-2",
         ("What share of 2024 takings came from Saturday markets?",
          f"SELECT 100.0 * SUM(CASE WHEN m.market_day = 'Saturday' THEN p.takings ELSE 0 END) / SUM(p.takings) "
          f"{PJM} WHERE p.trade_date LIKE '2024%'",
          [f"SELECT 1.0 * SUM(CASE WHEN m.market_day = 'Saturday' THEN p.takings ELSE 0 END) / SUM(p.takings) "
           f"{PJM} WHERE p.trade_date LIKE '2024%'"]),
         ("and from Sunday ones?",
          f"SELECT 100.0 * SUM(CASE WHEN m.market_day = 'Sunday' THEN p.takings ELSE 0 END) / SUM(p.takings) "
          f"{PJM} WHERE p.trade_date LIKE '2024%'",
          [f"SELECT 1.0 * SUM(CASE WHEN m.market_day = 'Sunday' THEN p.takings ELSE 0 END) / SUM(p.takings) "
           f"{PJM} WHERE p.trade_date LIKE '2024%'"]),
         ("Why do Saturdays do better?", D),
         ("Which market had the highest average takings per pitch in 2024?",
          f"SELECT m.market_name {PJM} WHERE p.trade_date LIKE '2024%' GROUP BY m.market_name "
          "ORDER BY AVG(p.takings) DESC LIMIT 1")),
    conv("ft-3",
         ("Which trucks have never had a hygiene rating below 4?",
          f"SELECT truck_name FROM trucks WHERE truck_id IN ({GOOD})"),
         ("which of them sell Mexican food?",
          f"SELECT truck_name FROM trucks WHERE truck_id IN ({GOOD}) AND cuisine = 'Mexican'"),
         ("What's the lowest rating Taco Loco has ever had?",
          f"SELECT MIN(hygiene_rating) FROM inspections WHERE truck_id = {TACO}"),
         ("when was that inspection?",
          f"SELECT inspected_on FROM inspections WHERE truck_id = {TACO} AND hygiene_rating = "
          f"(SELECT MIN(hygiene_rating) FROM inspections WHERE truck_id = {TACO})")),
    conv("ft-4",
         ("Rank the truck owners by their total takings in 2024",
          f"SELECT owner_name, tk FROM ({OWN}) ORDER BY tk DESC"),
         ("what does the top one cook?", f"SELECT cuisine FROM trucks WHERE truck_id = ({TOPOWN})"),
         ("how many different markets did they trade at that year?",
          f"SELECT COUNT(DISTINCT market_id) FROM pitches WHERE truck_id = ({TOPOWN}) AND trade_date LIKE '2024%'")),
    conv("ft-5",
         ("Which trucks have traded at every one of our markets?",
          f"SELECT truck_name FROM trucks WHERE truck_id IN ({EVERY})"),
         ("how many pitches did each of them have in 2024?",
          f"SELECT t.truck_name, COUNT(*) FROM pitches p JOIN trucks t ON t.truck_id = p.truck_id "
          f"WHERE p.truck_id IN ({EVERY}) AND p.trade_date LIKE '2024%' GROUP BY t.truck_name"),
         ("and what did they pay in pitch fees that year?",
          f"SELECT t.truck_name, SUM(m.pitch_fee) {PJM} JOIN trucks t ON t.truck_id = p.truck_id "
          f"WHERE p.truck_id IN ({EVERY}) AND p.trade_date LIKE '2024%' GROUP BY t.truck_name",
          [f"SELECT SUM(m.pitch_fee) {PJM} WHERE p.truck_id IN ({EVERY}) AND p.trade_date LIKE '2024%'"])),
    conv("ft-6",
         ("How many trucks do we have for each cuisine?", "SELECT cuisine, COUNT(*) FROM trucks GROUP BY cuisine"),
         ("What's the average spend per customer for each cuisine?", SPEND, [SPEND2]),
         ("which cuisine is highest?",
          f"SELECT cuisine FROM ({SPEND}) ORDER BY spend DESC LIMIT 1",
          [f"SELECT cuisine FROM ({SPEND2}) ORDER BY spend DESC LIMIT 1"])),
    conv("ft-7",
         ("How many hygiene inspections were there each year?",
          "SELECT strftime('%Y', inspected_on) AS y, COUNT(*) FROM inspections GROUP BY y"),
         ("Which inspector gives the lowest ratings on average?", WORST),
         ("how many inspections has that inspector carried out?",
          f"SELECT COUNT(*) FROM inspections WHERE inspector = ({WORST})")),
    conv("ft-8",
         ("What's the best-selling dish at Taco Loco?", D),
         ("How much did Taco Loco take at Abbey Square in 2024?",
          f"SELECT SUM(p.takings) {PJM} WHERE p.truck_id = {TACO} AND m.market_name = 'Abbey Square' "
          "AND p.trade_date LIKE '2024%'"),
         ("How much did they spend on ingredients?", D),
         ("What were Taco Loco's takings minus pitch fees across all markets in 2024?",
          f"SELECT SUM(p.takings - m.pitch_fee) {PJM} WHERE p.truck_id = {TACO} AND p.trade_date LIKE '2024%'")),
    conv("ft-9",
         ("How many times did each truck sell out in summer 2024 (June to August)?",
          "SELECT t.truck_name, SUM(p.sold_out) FROM pitches p JOIN trucks t ON t.truck_id = p.truck_id "
          "WHERE p.trade_date BETWEEN '2024-06-01' AND '2024-08-31' GROUP BY t.truck_name",
          ["SELECT t.truck_name, COUNT(*) FROM pitches p JOIN trucks t ON t.truck_id = p.truck_id "
           "WHERE p.sold_out = 1 AND p.trade_date BETWEEN '2024-06-01' AND '2024-08-31' GROUP BY t.truck_name"]),
         ("Which market day was the wettest?", D),
         ("Which market has had the most sell-outs overall?",
          f"SELECT m.market_name {PJM} GROUP BY m.market_name ORDER BY SUM(p.sold_out) DESC LIMIT 1")),
    conv("ft-10",
         ("Monthly takings across all markets in 2024",
          "SELECT strftime('%m', trade_date) AS m, SUM(takings) FROM pitches WHERE trade_date LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', trade_date) AS m, SUM(takings) FROM pitches WHERE trade_date LIKE '2024%' "
           "GROUP BY m"]),
         ("which month was best?", BESTM,
          ["SELECT strftime('%Y-%m', trade_date) FROM pitches WHERE trade_date LIKE '2024%' GROUP BY 1 "
           "ORDER BY SUM(takings) DESC LIMIT 1"]),
         ("how does that compare with the same month in 2023?",
          f"SELECT strftime('%Y', trade_date) AS y, SUM(takings) FROM pitches WHERE strftime('%m', trade_date) = "
          f"({BESTM}) GROUP BY y",
          [f"SELECT SUM(takings) FROM pitches WHERE trade_date LIKE '2023%' AND strftime('%m', trade_date) = ({BESTM})"]),
         ("What will takings look like in July 2025?", D)),
    conv("ft-11",
         ("Which markets are in Chester?", "SELECT market_name FROM markets WHERE town = 'Chester'"),
         ("what are the total takings at each of them?",
          f"SELECT m.market_name, SUM(p.takings) {PJM} WHERE m.town = 'Chester' GROUP BY m.market_name"),
         ("How many customers did Guildhall Lanes get on its busiest day?",
          f"SELECT SUM(p.customers) AS c {PJM} WHERE m.market_name = 'Guildhall Lanes' GROUP BY p.trade_date "
          "ORDER BY c DESC LIMIT 1"),
         ("What's the phone number of the Abbey Square organiser?", D)),
    conv("ft-12",
         ("Which truck has been trading the longest?", f"SELECT truck_name FROM trucks WHERE truck_id IN ({OLDT})"),
         ("what are their average hygiene ratings?",
          f"SELECT t.truck_name, AVG(i.hygiene_rating) FROM inspections i JOIN trucks t ON t.truck_id = i.truck_id "
          f"WHERE t.truck_id IN ({OLDT}) GROUP BY t.truck_name"),
         ("How many Instagram followers do they have?", D)),
]

SETS = {"newsroom": NEWSROOM, "coworking": COWORKING, "foodtrucks": FOODTRUCKS}
