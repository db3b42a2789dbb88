"""Held-out set 35: conversations written as analysts, managers and people demoing a chat-to-SQL tool
ask them, before the engine was run on them. Each turn: question, reference SQL (SQLite; a list for a
breakdown), optional `accept` (other SQL that also answers), or None when the data does not hold the
answer (the round must be declined)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ courts
BY = "strftime('%Y', booking_date)"
BQ = "(CAST(strftime('%m', booking_date) AS INTEGER) + 2) / 3"
BC = "FROM bookings b JOIN courts c ON c.court_id = b.court_id"
BM = "FROM bookings b JOIN members m ON m.member_id = b.member_id"
TOPM = "SELECT member_id FROM bookings GROUP BY member_id ORDER BY COUNT(*) DESC LIMIT 1"
BESTQ = (f"SELECT {BQ} FROM bookings WHERE booking_date LIKE '2024%' GROUP BY {BQ} "
         "ORDER BY SUM(amount_paid) DESC LIMIT 1")
TOPCOACH = ("SELECT coach_name FROM coaching_sessions WHERE session_date LIKE '2024%' GROUP BY coach_name "
            "ORDER BY COUNT(*) DESC LIMIT 1")

COURTS = [
    conv("courts-1",
         ("How many courts do we have for each sport?", "SELECT sport, COUNT(*) FROM courts GROUP BY sport"),
         ("and how many of those are indoor?",
          "SELECT sport, COUNT(*) FROM courts WHERE is_indoor = 1 GROUP BY sport",
          ["SELECT COUNT(*) FROM courts WHERE is_indoor = 1"]),
         ("what's the most expensive court to book per hour?",
          "SELECT court_name, hourly_rate FROM courts ORDER BY hourly_rate DESC LIMIT 1")),
    conv("courts-2",
         ("Total booking revenue by year", f"SELECT {BY} AS yr, SUM(amount_paid) FROM bookings GROUP BY yr"),
         ("break 2024 down by quarter",
          f"SELECT {BQ} AS q, SUM(amount_paid) FROM bookings WHERE booking_date LIKE '2024%' GROUP BY q",
          [f"SELECT 'Q' || {BQ} AS q, SUM(amount_paid) FROM bookings WHERE booking_date LIKE '2024%' GROUP BY q",
           f"SELECT '2024-Q' || {BQ} AS q, SUM(amount_paid) FROM bookings WHERE booking_date LIKE '2024%' GROUP BY q"]),
         ("which quarter was best?", BESTQ,
          [f"SELECT 'Q' || {BQ} AS q FROM bookings WHERE booking_date LIKE '2024%' GROUP BY q "
           "ORDER BY SUM(amount_paid) DESC LIMIT 1"]),
         ("how does that compare with the same quarter in 2023?",
          f"SELECT {BY} AS yr, SUM(amount_paid) FROM bookings WHERE {BQ} = ({BESTQ}) GROUP BY yr",
          [f"SELECT SUM(amount_paid) FROM bookings WHERE booking_date LIKE '2023%' AND {BQ} = ({BESTQ})"])),
    conv("courts-3",
         ("How many members are on each membership tier?",
          "SELECT membership_tier, COUNT(*) FROM members GROUP BY membership_tier"),
         ("what share of members is gold?",
          "SELECT 100.0 * SUM(membership_tier = 'gold') / COUNT(*) FROM members",
          ["SELECT 1.0 * SUM(membership_tier = 'gold') / COUNT(*) FROM members"]),
         ("Who are the 3 members with the most bookings?",
          f"SELECT m.first_name, m.last_name, COUNT(*) AS n {BM} GROUP BY m.member_id ORDER BY n DESC LIMIT 3"),
         ("how much has the top one spent in total?",
          f"SELECT SUM(amount_paid) FROM bookings WHERE member_id = ({TOPM})"),
         ("can you give me their phone number?", D)),
    conv("courts-4",
         ("What percentage of bookings were cancelled?",
          "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM bookings",
          ["SELECT 1.0 * SUM(status = 'cancelled') / COUNT(*) FROM bookings"]),
         ("and no-shows?",
          "SELECT 100.0 * SUM(status = 'no_show') / COUNT(*) FROM bookings",
          ["SELECT 1.0 * SUM(status = 'no_show') / COUNT(*) FROM bookings"]),
         ("Which sport has the highest no-show rate?",
          f"SELECT c.sport {BC} GROUP BY c.sport ORDER BY 1.0 * SUM(b.status = 'no_show') / COUNT(*) DESC LIMIT 1"),
         ("why don't people turn up?", D)),
    conv("courts-5",
         ("Which coach ran the most coaching sessions in 2024?", TOPCOACH),
         ("how many people did they coach in total that year?",
          f"SELECT SUM(participants) FROM coaching_sessions WHERE session_date LIKE '2024%' AND coach_name = ({TOPCOACH})"),
         ("and what did that bring in?",
          "SELECT SUM(participants * fee_per_person) FROM coaching_sessions WHERE session_date LIKE '2024%' "
          f"AND coach_name = ({TOPCOACH})"),
         ("what about Mei Lin?",
          "SELECT SUM(participants * fee_per_person) FROM coaching_sessions WHERE session_date LIKE '2024%' "
          "AND coach_name = 'Mei Lin'"),
         ("What do we pay the coaches per hour?", D)),
    conv("courts-6",
         ("Number of bookings per month in 2024",
          "SELECT strftime('%m', booking_date) AS m, COUNT(*) FROM bookings WHERE booking_date LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', booking_date) AS m, COUNT(*) FROM bookings WHERE booking_date LIKE '2024%' "
           "GROUP BY m"]),
         ("Across both years, which start hour is the most popular?",
          "SELECT start_hour FROM bookings GROUP BY start_hour ORDER BY COUNT(*) DESC LIMIT 1"),
         ("how many bookings start before 9am?", "SELECT COUNT(*) FROM bookings WHERE start_hour < 9"),
         ("what will bookings look like next summer?", D)),
    conv("courts-7",
         ("Which court earned the most from bookings in 2023?",
          f"SELECT c.court_name {BC} WHERE b.booking_date LIKE '2023%' GROUP BY c.court_id "
          "ORDER BY SUM(b.amount_paid) DESC LIMIT 1"),
         ("And in 2024?",
          f"SELECT c.court_name {BC} WHERE b.booking_date LIKE '2024%' GROUP BY c.court_id "
          "ORDER BY SUM(b.amount_paid) DESC LIMIT 1"),
         ("What's the average booking length on the squash courts?",
          f"SELECT AVG(b.duration_hours) {BC} WHERE c.sport = 'squash'"),
         ("compare indoor versus outdoor revenue",
          f"SELECT c.is_indoor, SUM(b.amount_paid) {BC} GROUP BY c.is_indoor")),
    conv("courts-8",
         ("How many members joined each year?",
          "SELECT strftime('%Y', joined_on) AS yr, COUNT(*) FROM members GROUP BY yr"),
         ("how many joined since the start of 2022?", "SELECT COUNT(*) FROM members WHERE joined_on >= '2022-01-01'"),
         ("of those, how many are gold?",
          "SELECT COUNT(*) FROM members WHERE joined_on >= '2022-01-01' AND membership_tier = 'gold'"),
         ("How many members have made more than 20 bookings?",
          "SELECT COUNT(*) FROM (SELECT member_id FROM bookings GROUP BY member_id HAVING COUNT(*) > 20)"),
         ("which members cancelled their membership this year?", D)),
    conv("courts-9",
         ("list the clay courts and their hourly rates",
          "SELECT court_name, hourly_rate FROM courts WHERE surface = 'clay'"),
         ("how many hours of play did they get in 2024, counting only completed bookings?",
          f"SELECT c.court_name, SUM(b.duration_hours) {BC} WHERE c.surface = 'clay' AND b.status = 'completed' "
          "AND b.booking_date LIKE '2024%' GROUP BY c.court_id",
          [f"SELECT SUM(b.duration_hours) {BC} WHERE c.surface = 'clay' AND b.status = 'completed' "
           "AND b.booking_date LIKE '2024%'"]),
         ("how much did we spend resurfacing them?", D)),
    conv("courts-10",
         ("Average amount paid per completed booking by membership tier",
          f"SELECT m.membership_tier, AVG(b.amount_paid) {BM} WHERE b.status = 'completed' GROUP BY m.membership_tier"),
         ("and the gold members' total spend in 2024?",
          f"SELECT SUM(b.amount_paid) {BM} WHERE m.membership_tier = 'gold' AND b.booking_date LIKE '2024%'",
          [f"SELECT SUM(b.amount_paid) {BM} WHERE m.membership_tier = 'gold' AND b.booking_date LIKE '2024%' "
           "AND b.status = 'completed'"]),
         ("which gold members are most likely to leave next year?", D)),
    conv("courts-11",
         ("show me the padel courts", "SELECT court_name FROM courts WHERE sport = 'padel'"),
         ("how many bookings did each get?",
          f"SELECT c.court_name, COUNT(*) {BC} WHERE c.sport = 'padel' GROUP BY c.court_id"),
         ("what's the total revenue from coaching on court 3?",
          "SELECT SUM(participants * fee_per_person) FROM coaching_sessions WHERE court_id = 3")),
]

# ------------------------------------------------------------------------------------------ press
SB = "FROM salesLines s JOIN books b ON b.bookId = s.bookId"
SY = "substr(s.saleMonth, 1, 4)"
TOPBOOK = "SELECT bookId FROM salesLines GROUP BY bookId ORDER BY SUM(unitsSold) DESC LIMIT 1"
NOAGENT = "SELECT authorId FROM authors WHERE agentName IS NULL"

PRESS = [
    conv("press-1",
         ("How many books have we published in each genre?", "SELECT genre, COUNT(*) FROM books GROUP BY genre"),
         ("Which genre has the highest average list price?",
          "SELECT genre FROM books GROUP BY genre ORDER BY AVG(listPrice) DESC LIMIT 1"),
         ("and what's the longest book overall?", "SELECT title, pageCount FROM books ORDER BY pageCount DESC LIMIT 1"),
         ("Who wrote it?",
          "SELECT a.fullName FROM authors a JOIN books b ON b.authorId = a.authorId WHERE b.bookId = "
          "(SELECT bookId FROM books ORDER BY pageCount DESC LIMIT 1)"),
         ("where is that author from?",
          "SELECT a.homeCountry FROM authors a JOIN books b ON b.authorId = a.authorId WHERE b.bookId = "
          "(SELECT bookId FROM books ORDER BY pageCount DESC LIMIT 1)")),
    conv("press-2",
         ("Total net revenue by sales channel", "SELECT salesChannel, SUM(netRevenue) FROM salesLines GROUP BY salesChannel"),
         ("What share of units went online?",
          "SELECT 100.0 * SUM(CASE WHEN salesChannel = 'online' THEN unitsSold ELSE 0 END) / SUM(unitsSold) FROM salesLines",
          ["SELECT 1.0 * SUM(CASE WHEN salesChannel = 'online' THEN unitsSold ELSE 0 END) / SUM(unitsSold) "
           "FROM salesLines"]),
         ("and in 2024 only?",
          "SELECT 100.0 * SUM(CASE WHEN salesChannel = 'online' THEN unitsSold ELSE 0 END) / SUM(unitsSold) "
          "FROM salesLines WHERE saleMonth LIKE '2024%'",
          ["SELECT 1.0 * SUM(CASE WHEN salesChannel = 'online' THEN unitsSold ELSE 0 END) / SUM(unitsSold) "
           "FROM salesLines WHERE saleMonth LIKE '2024%'"]),
         ("what was our profit margin on export sales?", D)),
    conv("press-3",
         ("What are our 5 best-selling titles by units?",
          f"SELECT b.title, SUM(s.unitsSold) AS u {SB} GROUP BY b.bookId ORDER BY u DESC LIMIT 5"),
         ("How much revenue did the top one make in 2023?",
          f"SELECT SUM(netRevenue) FROM salesLines WHERE saleMonth LIKE '2023%' AND bookId = ({TOPBOOK})"),
         ("when was it published?", f"SELECT pubDate FROM books WHERE bookId = ({TOPBOOK})"),
         ("how many print runs has it had?", f"SELECT COUNT(*) FROM printRuns WHERE bookId = ({TOPBOOK})"),
         ("who designed the cover?", D)),
    conv("press-4",
         ("Units sold per year", "SELECT substr(saleMonth, 1, 4) AS yr, SUM(unitsSold) FROM salesLines GROUP BY yr"),
         ("and revenue per year for crime only?",
          f"SELECT {SY} AS yr, SUM(s.netRevenue) {SB} WHERE b.genre = 'crime' GROUP BY yr"),
         ("Which month in 2024 was best for crime?",
          f"SELECT s.saleMonth {SB} WHERE b.genre = 'crime' AND s.saleMonth LIKE '2024%' GROUP BY s.saleMonth "
          "ORDER BY SUM(s.netRevenue) DESC LIMIT 1"),
         ("What about poetry?",
          f"SELECT s.saleMonth {SB} WHERE b.genre = 'poetry' AND s.saleMonth LIKE '2024%' GROUP BY s.saleMonth "
          "ORDER BY SUM(s.netRevenue) DESC LIMIT 1")),
    conv("press-5",
         ("Which authors have no literary agent?", "SELECT fullName FROM authors WHERE agentName IS NULL"),
         ("how many books has each of them published?",
          "SELECT a.fullName, COUNT(*) FROM authors a JOIN books b ON b.authorId = a.authorId "
          "WHERE a.agentName IS NULL GROUP BY a.authorId",
          ["SELECT a.fullName, COUNT(b.bookId) FROM authors a LEFT JOIN books b ON b.authorId = a.authorId "
           "WHERE a.agentName IS NULL GROUP BY a.authorId"]),
         ("Which agency represents the most authors?",
          "SELECT agentName FROM authors WHERE agentName IS NOT NULL GROUP BY agentName ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what commission does that agency take?", D)),
    conv("press-6",
         ("How many copies have we printed in total?", "SELECT SUM(copiesPrinted) FROM printRuns"),
         ("Which printer did we use most, by copies?",
          "SELECT printerName FROM printRuns GROUP BY printerName ORDER BY SUM(copiesPrinted) DESC LIMIT 1"),
         ("what was the average unit cost at each printer?",
          "SELECT printerName, AVG(unitCost) FROM printRuns GROUP BY printerName"),
         ("Total print spend in 2023", "SELECT SUM(copiesPrinted * unitCost) FROM printRuns WHERE printDate LIKE '2023%'"),
         ("how many copies are still sitting in the warehouse?", D)),
    conv("press-7",
         ("How do hardbacks, paperbacks and ebooks compare on revenue?",
          f"SELECT b.bookFormat, SUM(s.netRevenue) {SB} GROUP BY b.bookFormat"),
         ("and on average list price?", "SELECT bookFormat, AVG(listPrice) FROM books GROUP BY bookFormat"),
         ("How many ebooks came out in 2023?",
          "SELECT COUNT(*) FROM books WHERE bookFormat = 'ebook' AND pubDate LIKE '2023%'"),
         ("which ones?", "SELECT title FROM books WHERE bookFormat = 'ebook' AND pubDate LIKE '2023%'")),
    conv("press-8",
         ("Revenue by author's home country",
          "SELECT a.homeCountry, SUM(s.netRevenue) FROM salesLines s JOIN books b ON b.bookId = s.bookId "
          "JOIN authors a ON a.authorId = b.authorId GROUP BY a.homeCountry"),
         ("Which Canadian author sold the most units?",
          "SELECT a.fullName FROM salesLines s JOIN books b ON b.bookId = s.bookId JOIN authors a ON a.authorId = b.authorId "
          "WHERE a.homeCountry = 'Canada' GROUP BY a.authorId ORDER BY SUM(s.unitsSold) DESC LIMIT 1"),
         ("what's their average Goodreads rating?", D)),
    conv("press-9",
         ("List the books published in 2024 with their authors",
          "SELECT b.title, a.fullName FROM books b JOIN authors a ON a.authorId = b.authorId WHERE b.pubDate LIKE '2024%'"),
         ("which of those has earned the most so far?",
          f"SELECT b.title {SB} WHERE b.pubDate LIKE '2024%' GROUP BY b.bookId ORDER BY SUM(s.netRevenue) DESC LIMIT 1"),
         ("and how many pages is it?",
          f"SELECT b.pageCount {SB} WHERE b.pubDate LIKE '2024%' GROUP BY b.bookId ORDER BY SUM(s.netRevenue) DESC LIMIT 1"),
         ("how many reviews did it get in the papers?", D)),
    conv("press-10",
         ("how many authors debuted after 2015?", "SELECT COUNT(*) FROM authors WHERE debutYear > 2015"),
         ("What's the average page count of our children's books?",
          "SELECT AVG(pageCount) FROM books WHERE genre = 'children''s'"),
         ("and of memoirs?", "SELECT AVG(pageCount) FROM books WHERE genre = 'memoir'")),
]

# ------------------------------------------------------------------------------------------ agsupply
CR = "JOIN CD_TBL r ON r.CD_TYP = 'RGN' AND r.CD_VAL = c.RGN_CD"
CT = "JOIN CD_TBL t ON t.CD_TYP = 'CTYP' AND t.CD_VAL = c.CUST_TYP_CD"
CK = "JOIN CD_TBL k ON k.CD_TYP = 'CAT' AND k.CD_VAL = p.CAT_CD"
CS = "JOIN CD_TBL s ON s.CD_TYP = 'STAT' AND s.CD_VAL = h.STAT_CD"
HD = "FROM ORD_HDR h JOIN ORD_DTL d ON d.ORD_NO = h.ORD_NO"
HDP = f"{HD} JOIN PROD_MST p ON p.PROD_NO = d.PROD_NO"
HDC = f"{HD} JOIN CUST_MST c ON c.CUST_NO = h.CUST_NO"
HY = "strftime('%Y', h.ORD_DT)"
BIG = f"SELECT h.CUST_NO {HD} WHERE h.STAT_CD <> 'CX' GROUP BY h.CUST_NO ORDER BY SUM(d.LN_AMT) DESC LIMIT 1"
BIGALL = f"SELECT h.CUST_NO {HD} GROUP BY h.CUST_NO ORDER BY SUM(d.LN_AMT) DESC LIMIT 1"
LEAD = "julianday(DLVR_DT) - julianday(ORD_DT)"


def cat_year(y: str) -> str:
    return f"SELECT k.CD_DESC, SUM(d.LN_AMT) {HDP} {CK} WHERE h.STAT_CD <> 'CX' AND h.ORD_DT LIKE '{y}%' GROUP BY k.CD_DESC"


def cat_year_code(y: str) -> str:
    return f"SELECT p.CAT_CD, SUM(d.LN_AMT) {HDP} WHERE h.STAT_CD <> 'CX' AND h.ORD_DT LIKE '{y}%' GROUP BY p.CAT_CD"


AGSUPPLY = [
    conv("ag-1",
         ("How many customers do we have per region?",
          f"SELECT r.CD_DESC, COUNT(*) FROM CUST_MST c {CR} GROUP BY r.CD_DESC",
          ["SELECT RGN_CD, COUNT(*) FROM CUST_MST GROUP BY RGN_CD"]),
         ("and how many of them are inactive?",
          f"SELECT r.CD_DESC, COUNT(*) FROM CUST_MST c {CR} WHERE c.ACTV_FLG = 'N' GROUP BY r.CD_DESC",
          ["SELECT RGN_CD, COUNT(*) FROM CUST_MST WHERE ACTV_FLG = 'N' GROUP BY RGN_CD",
           "SELECT COUNT(*) FROM CUST_MST WHERE ACTV_FLG = 'N'"]),
         ("Which customer type is most common?",
          f"SELECT t.CD_DESC FROM CUST_MST c {CT} GROUP BY t.CD_DESC ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CUST_TYP_CD FROM CUST_MST GROUP BY CUST_TYP_CD ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("ag-2",
         ("Total sales value by product category in 2024, not counting cancelled orders",
          cat_year("2024"), [cat_year_code("2024")]),
         ("what about 2023?", cat_year("2023"), [cat_year_code("2023")]),
         ("Top 3 fertiliser products by quantity sold in 2024",
          f"SELECT p.PROD_DESC, SUM(d.QTY) AS q {HDP} WHERE p.CAT_CD = 'FRT' AND h.STAT_CD <> 'CX' "
          "AND h.ORD_DT LIKE '2024%' GROUP BY p.PROD_NO ORDER BY q DESC LIMIT 3",
          [f"SELECT p.PROD_DESC, SUM(d.QTY) AS q {HDP} WHERE p.CAT_CD = 'FRT' "
           "AND h.ORD_DT LIKE '2024%' GROUP BY p.PROD_NO ORDER BY q DESC LIMIT 3"])),
    conv("ag-3",
         ("How many orders are in each status?",
          f"SELECT s.CD_DESC, COUNT(*) FROM ORD_HDR h {CS} GROUP BY s.CD_DESC",
          ["SELECT STAT_CD, COUNT(*) FROM ORD_HDR GROUP BY STAT_CD"]),
         ("How many back-ordered orders are there, and what are they worth?",
          f"SELECT COUNT(DISTINCT h.ORD_NO), SUM(d.LN_AMT) {HD} WHERE h.STAT_CD = 'BO'"),
         ("Which customer has the most orders still outstanding, open or back-ordered?",
          "SELECT c.CUST_NM FROM ORD_HDR h JOIN CUST_MST c ON c.CUST_NO = h.CUST_NO WHERE h.STAT_CD IN ('OP', 'BO') "
          "GROUP BY c.CUST_NO ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT CUST_NO FROM ORD_HDR WHERE STAT_CD IN ('OP', 'BO') GROUP BY CUST_NO ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("when will those be delivered?", D)),
    conv("ag-4",
         ("Who is our biggest customer by order value, ignoring cancelled orders?",
          f"SELECT CUST_NM FROM CUST_MST WHERE CUST_NO = ({BIG})", [BIG]),
         ("what region are they in?",
          f"SELECT r.CD_DESC FROM CUST_MST c {CR} WHERE c.CUST_NO = ({BIG})",
          [f"SELECT RGN_CD FROM CUST_MST WHERE CUST_NO = ({BIG})"]),
         ("how many orders have they placed each year?",
          f"SELECT strftime('%Y', ORD_DT) AS yr, COUNT(*) FROM ORD_HDR WHERE CUST_NO = ({BIG}) GROUP BY yr",
          [f"SELECT strftime('%Y', ORD_DT) AS yr, COUNT(*) FROM ORD_HDR WHERE CUST_NO = ({BIG}) AND STAT_CD <> 'CX' "
           "GROUP BY yr"]),
         ("what's their credit limit?", f"SELECT CRDT_LMT FROM CUST_MST WHERE CUST_NO = ({BIG})"),
         ("and how much do they owe us right now?", D)),
    conv("ag-5",
         ("What's the average number of days from order to delivery?",
          f"SELECT AVG({LEAD}) FROM ORD_HDR WHERE DLVR_DT IS NOT NULL"),
         ("by region?",
          "SELECT r.CD_DESC, AVG(julianday(h.DLVR_DT) - julianday(h.ORD_DT)) FROM ORD_HDR h "
          f"JOIN CUST_MST c ON c.CUST_NO = h.CUST_NO {CR} WHERE h.DLVR_DT IS NOT NULL GROUP BY r.CD_DESC",
          ["SELECT c.RGN_CD, AVG(julianday(h.DLVR_DT) - julianday(h.ORD_DT)) FROM ORD_HDR h "
           "JOIN CUST_MST c ON c.CUST_NO = h.CUST_NO WHERE h.DLVR_DT IS NOT NULL GROUP BY c.RGN_CD"]),
         ("How many deliveries took more than 10 days?", f"SELECT COUNT(*) FROM ORD_HDR WHERE {LEAD} > 10"),
         ("which haulier did those go with?", D)),
    conv("ag-6",
         ("List the veterinary products with their prices",
          "SELECT PROD_DESC, UNIT_PRC FROM PROD_MST WHERE CAT_CD = 'VET'"),
         ("Which one sold the most units in 2023?",
          f"SELECT p.PROD_DESC {HDP} WHERE p.CAT_CD = 'VET' AND h.ORD_DT LIKE '2023%' GROUP BY p.PROD_NO "
          "ORDER BY SUM(d.QTY) DESC LIMIT 1",
          [f"SELECT p.PROD_DESC {HDP} WHERE p.CAT_CD = 'VET' AND h.ORD_DT LIKE '2023%' AND h.STAT_CD <> 'CX' "
           "GROUP BY p.PROD_NO ORDER BY SUM(d.QTY) DESC LIMIT 1"]),
         ("What unit is stock netting sold in?", "SELECT UOM FROM PROD_MST WHERE PROD_DESC LIKE 'Stock netting%'"),
         ("what's the shelf life of the sheep wormer?", D)),
    conv("ag-7",
         ("Monthly order count for 2024",
          "SELECT strftime('%m', ORD_DT) AS m, COUNT(*) FROM ORD_HDR WHERE ORD_DT LIKE '2024%' GROUP BY m",
          ["SELECT strftime('%Y-%m', ORD_DT) AS m, COUNT(*) FROM ORD_HDR WHERE ORD_DT LIKE '2024%' GROUP BY m"]),
         ("which month had the most?",
          "SELECT strftime('%m', ORD_DT) AS m FROM ORD_HDR WHERE ORD_DT LIKE '2024%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', ORD_DT) AS m FROM ORD_HDR WHERE ORD_DT LIKE '2024%' GROUP BY m "
           "ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how does Q4 2024 compare with Q4 2023 on order count?",
          "SELECT strftime('%Y', ORD_DT) AS yr, COUNT(*) FROM ORD_HDR WHERE strftime('%m', ORD_DT) >= '10' "
          "AND strftime('%Y', ORD_DT) IN ('2023', '2024') GROUP BY yr"),
         ("was the drop down to the weather?", D)),
    conv("ag-8",
         ("Average order value by customer type",
          "SELECT t.CD_DESC, AVG(v) FROM (SELECT h.ORD_NO, c.CUST_TYP_CD, SUM(d.LN_AMT) AS v "
          f"{HDC} GROUP BY h.ORD_NO) x JOIN CD_TBL t ON t.CD_TYP = 'CTYP' AND t.CD_VAL = x.CUST_TYP_CD GROUP BY t.CD_DESC",
          ["SELECT x.CUST_TYP_CD, AVG(v) FROM (SELECT h.ORD_NO, c.CUST_TYP_CD, SUM(d.LN_AMT) AS v "
           f"{HDC} GROUP BY h.ORD_NO) x GROUP BY x.CUST_TYP_CD"]),
         ("How many contractors do we have?", "SELECT COUNT(*) FROM CUST_MST WHERE CUST_TYP_CD = 'CT'"),
         ("what did they spend with us each year?",
          f"SELECT {HY} AS yr, SUM(d.LN_AMT) {HDC} WHERE c.CUST_TYP_CD = 'CT' GROUP BY yr",
          [f"SELECT {HY} AS yr, SUM(d.LN_AMT) {HDC} WHERE c.CUST_TYP_CD = 'CT' AND h.STAT_CD <> 'CX' GROUP BY yr"]),
         ("how many acres do they farm?", D)),
    conv("ag-9",
         ("How many customers opened accounts before 2010?", "SELECT COUNT(*) FROM CUST_MST WHERE OPEN_DT < '2010-01-01'"),
         ("What share of total sales value comes from the North region?",
          f"SELECT 100.0 * SUM(CASE WHEN c.RGN_CD = 'N' THEN d.LN_AMT ELSE 0 END) / SUM(d.LN_AMT) {HDC}",
          [f"SELECT 1.0 * SUM(CASE WHEN c.RGN_CD = 'N' THEN d.LN_AMT ELSE 0 END) / SUM(d.LN_AMT) {HDC}",
           f"SELECT 100.0 * SUM(CASE WHEN c.RGN_CD = 'N' THEN d.LN_AMT ELSE 0 END) / SUM(d.LN_AMT) {HDC} "
           "WHERE h.STAT_CD <> 'CX'"]),
         ("which sales rep looks after the North?", D)),
    conv("ag-10",
         ("what does status code BO mean?", "SELECT CD_DESC FROM CD_TBL WHERE CD_TYP = 'STAT' AND CD_VAL = 'BO'"),
         ("How many products do we stock in each category?",
          f"SELECT k.CD_DESC, COUNT(*) FROM PROD_MST p {CK} GROUP BY k.CD_DESC",
          ["SELECT CAT_CD, COUNT(*) FROM PROD_MST GROUP BY CAT_CD"]),
         ("what's the priciest item in seed?",
          "SELECT PROD_DESC, UNIT_PRC FROM PROD_MST WHERE CAT_CD = 'SED' ORDER BY UNIT_PRC DESC LIMIT 1"),
         ("and the cheapest in feed?",
          "SELECT PROD_DESC, UNIT_PRC FROM PROD_MST WHERE CAT_CD = 'FED' ORDER BY UNIT_PRC LIMIT 1")),
]

SETS = {"courts": COURTS, "press": PRESS, "agsupply": AGSUPPLY}
