"""Held-out set 34: analyst conversations over refits, wineclub and glamping, written before the
engine was run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or None when the data does not hold the answer."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ refits
TOPELEC = "SELECT tradesperson_id FROM tradespeople WHERE trade = 'Electrician' ORDER BY day_rate DESC LIMIT 1"
CUR = ("FROM project_status_log l WHERE l.log_id = "
       "(SELECT MAX(log_id) FROM project_status_log x WHERE x.project_id = l.project_id)")
HOLD = ("FROM project_status_log h JOIN project_status_log r ON r.project_id = h.project_id AND r.status = 'resumed' "
        "WHERE h.status = 'on hold'")
LONGHOLD = f"SELECT h.project_id {HOLD} ORDER BY julianday(r.changed_on) - julianday(h.changed_on) DESC LIMIT 1"
OPEN = "SELECT project_id FROM projects WHERE start_date IS NOT NULL AND finish_date IS NULL"
TOPCUST = ("SELECT customer_id FROM projects GROUP BY customer_id "
           "ORDER BY SUM(invoiced_amount) DESC LIMIT 1")
Q23 = "FROM projects p WHERE quote_date LIKE '2023%'"
ACC = "EXISTS (SELECT 1 FROM project_status_log s WHERE s.project_id = p.project_id AND s.status = 'accepted')"
F24P = "FROM projects WHERE finish_date LIKE '2024%' AND permit_needed = 1"

REFITS = [
    conv("ref-1",
         ("How many projects have we quoted for each project type?",
          "SELECT project_type, COUNT(*) FROM projects GROUP BY project_type"),
         ("what's the average quoted amount for kitchens?",
          "SELECT AVG(quoted_amount) FROM projects WHERE project_type = 'Kitchen'"),
         ("and for bathrooms?", "SELECT AVG(quoted_amount) FROM projects WHERE project_type = 'Bathroom'"),
         ("What colour tiles did the customers pick for their bathrooms?", D)),
    conv("ref-2",
         ("Which projects were invoiced for more than they were quoted?",
          "SELECT project_id FROM projects WHERE invoiced_amount > quoted_amount"),
         ("how many is that?", "SELECT COUNT(*) FROM projects WHERE invoiced_amount > quoted_amount"),
         ("what's the total overrun on those, invoiced minus quoted?",
          "SELECT SUM(invoiced_amount - quoted_amount) FROM projects WHERE invoiced_amount > quoted_amount"),
         ("which project type has the biggest total overrun?",
          "SELECT project_type FROM projects WHERE invoiced_amount > quoted_amount GROUP BY project_type "
          "ORDER BY SUM(invoiced_amount - quoted_amount) DESC LIMIT 1",
          ["SELECT project_type FROM projects WHERE invoiced_amount IS NOT NULL GROUP BY project_type "
           "ORDER BY SUM(invoiced_amount - quoted_amount) DESC LIMIT 1"])),
    conv("ref-3",
         ("List the tradespeople who are subcontractors", "SELECT full_name FROM tradespeople WHERE is_subcontractor = 1"),
         ("what's their average day rate?", "SELECT AVG(day_rate) FROM tradespeople WHERE is_subcontractor = 1"),
         ("and for our own staff?", "SELECT AVG(day_rate) FROM tradespeople WHERE is_subcontractor = 0"),
         ("Why do the subcontractors charge a different rate?", D)),
    conv("ref-4",
         ("Who is our most expensive electrician?",
          "SELECT full_name FROM tradespeople WHERE trade = 'Electrician' ORDER BY day_rate DESC LIMIT 1"),
         ("how many days has he worked in total across all projects?",
          f"SELECT SUM(days_worked) FROM project_assignments WHERE tradesperson_id = ({TOPELEC})"),
         ("on how many different projects?",
          f"SELECT COUNT(DISTINCT project_id) FROM project_assignments WHERE tradesperson_id = ({TOPELEC})"),
         ("what's his mobile number?", D)),
    conv("ref-5",
         ("How many customers do we have in each town?", "SELECT town, COUNT(*) FROM customers GROUP BY town"),
         ("how many of them came to us through a referral?",
          "SELECT town, COUNT(*) FROM customers WHERE referred = 'Y' GROUP BY town",
          ["SELECT COUNT(*) FROM customers WHERE referred = 'Y'"]),
         ("which town has the most customers with more than one project?",
          "SELECT town FROM customers WHERE customer_id IN (SELECT customer_id FROM projects GROUP BY customer_id "
          "HAVING COUNT(*) > 1) GROUP BY town ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("ref-6",
         ("How many projects were put on hold at some point?",
          "SELECT COUNT(DISTINCT project_id) FROM project_status_log WHERE status = 'on hold'"),
         ("on average how many days were they on hold?",
          f"SELECT AVG(julianday(r.changed_on) - julianday(h.changed_on)) {HOLD}"),
         ("which one was on hold the longest?", LONGHOLD),
         ("who was the customer on that job?",
          f"SELECT c.full_name FROM projects p JOIN customers c ON c.customer_id = p.customer_id "
          f"WHERE p.project_id = ({LONGHOLD})")),
    conv("ref-7",
         ("How many projects are in each status right now?", f"SELECT l.status, COUNT(*) {CUR} GROUP BY l.status"),
         ("how many quotes were declined in 2024?",
          "SELECT COUNT(*) FROM project_status_log WHERE status = 'declined' AND changed_on LIKE '2024%'",
          ["SELECT COUNT(*) FROM projects p JOIN project_status_log s ON s.project_id = p.project_id "
           "WHERE s.status = 'declined' AND p.quote_date LIKE '2024%'"]),
         ("what share of the quotes we issued in 2023 were accepted?",
          f"SELECT 100.0 * SUM(CASE WHEN {ACC} THEN 1 ELSE 0 END) / COUNT(*) {Q23}",
          [f"SELECT 1.0 * SUM(CASE WHEN {ACC} THEN 1 ELSE 0 END) / COUNT(*) {Q23}"]),
         ("Which competitors won the jobs we lost?", D)),
    conv("ref-8",
         ("Total invoiced per year, going by the finish date",
          "SELECT strftime('%Y', finish_date) AS y, SUM(invoiced_amount) FROM projects "
          "WHERE finish_date IS NOT NULL GROUP BY y"),
         ("what will we invoice next year?", D),
         ("how many projects that finished in 2024 needed a permit?", f"SELECT COUNT(*) {F24P}"),
         ("what was the average time from start to finish for those, in days?",
          f"SELECT AVG(julianday(finish_date) - julianday(start_date)) {F24P}")),
    conv("ref-9",
         ("How many projects have started but aren't finished yet?",
          "SELECT COUNT(*) FROM projects WHERE start_date IS NOT NULL AND finish_date IS NULL"),
         ("list them with the customer's name",
          "SELECT p.project_id, c.full_name FROM projects p JOIN customers c ON c.customer_id = p.customer_id "
          "WHERE p.start_date IS NOT NULL AND p.finish_date IS NULL"),
         ("which tradespeople are assigned to them?",
          f"SELECT DISTINCT t.full_name FROM project_assignments a JOIN tradespeople t "
          f"ON t.tradesperson_id = a.tradesperson_id WHERE a.project_id IN ({OPEN})")),
    conv("ref-10",
         ("Which customer has spent the most with us, going by invoiced amounts?",
          "SELECT c.full_name FROM projects p JOIN customers c ON c.customer_id = p.customer_id "
          "GROUP BY c.customer_id ORDER BY SUM(p.invoiced_amount) DESC LIMIT 1"),
         ("how many projects have they had with us?",
          f"SELECT COUNT(*) FROM projects WHERE customer_id = ({TOPCUST})"),
         ("and what did we quote them in total?",
          f"SELECT SUM(quoted_amount) FROM projects WHERE customer_id = ({TOPCUST})"),
         ("did they leave us a good review?", D)),
    conv("ref-11",
         ("Top 5 projects by labour cost (days worked times the day rate)",
          "SELECT a.project_id, SUM(a.days_worked * t.day_rate) AS cost FROM project_assignments a "
          "JOIN tradespeople t ON t.tradesperson_id = a.tradesperson_id GROUP BY a.project_id "
          "ORDER BY cost DESC LIMIT 5"),
         ("which trade has put in the most days overall?",
          "SELECT t.trade FROM project_assignments a JOIN tradespeople t ON t.tradesperson_id = a.tradesperson_id "
          "GROUP BY t.trade ORDER BY SUM(a.days_worked) DESC LIMIT 1"),
         ("how much did we spend on materials for project 12?", D)),
]

# ------------------------------------------------------------------------------------------ wineclub
BJP = "FROM boxes b JOIN plans p ON p.plan_id = b.plan_id"
TOPPLAN = f"SELECT b.plan_id {BJP} GROUP BY b.plan_id ORDER BY SUM(b.charged_amount) DESC LIMIT 1"
TOPMEM = "SELECT member_id FROM boxes GROUP BY member_id ORDER BY SUM(charged_amount) DESC LIMIT 1"
SHDEL = ("FROM box_events s JOIN box_events d ON d.box_id = s.box_id AND d.event_type = 'delivered' "
         "WHERE s.event_type = 'shipped'")
LDN = "FROM members WHERE city = 'London' AND cancelled_on IS NULL"

WINECLUB = [
    conv("wc-1",
         ("How many members joined each year?",
          "SELECT strftime('%Y', joined_on) AS y, COUNT(*) FROM members GROUP BY y"),
         ("how many of them have since cancelled?",
          "SELECT strftime('%Y', joined_on) AS y, COUNT(*) FROM members WHERE cancelled_on IS NOT NULL GROUP BY y",
          ["SELECT COUNT(*) FROM members WHERE cancelled_on IS NOT NULL"]),
         ("what share of all members have auto-renew switched on?",
          "SELECT 100.0 * SUM(auto_renew = 'Y') / COUNT(*) FROM members",
          ["SELECT 1.0 * SUM(auto_renew = 'Y') / COUNT(*) FROM members"]),
         ("why did the cancelled ones leave?", D)),
    conv("wc-2",
         ("What's the list price of each plan?", "SELECT plan_name, list_price FROM plans"),
         ("how many boxes have we shipped on each plan?", f"SELECT p.plan_name, COUNT(*) {BJP} GROUP BY p.plan_name"),
         ("which plan brought in the most money, using what we actually charged?",
          f"SELECT p.plan_name {BJP} GROUP BY p.plan_name ORDER BY SUM(b.charged_amount) DESC LIMIT 1"),
         ("how much discount did we give on that plan in total?",
          f"SELECT SUM(list_price - charged_amount) FROM boxes WHERE plan_id = ({TOPPLAN})")),
    conv("wc-3",
         ("How much revenue did we give away in discounts in 2024?",
          "SELECT SUM(list_price - charged_amount) FROM boxes WHERE ship_date LIKE '2024%'"),
         ("break that down by discount code",
          "SELECT discount_code, SUM(list_price - charged_amount) FROM boxes WHERE ship_date LIKE '2024%' "
          "AND discount_code IS NOT NULL GROUP BY discount_code",
          ["SELECT discount_code, SUM(list_price - charged_amount) FROM boxes WHERE ship_date LIKE '2024%' "
           "GROUP BY discount_code"]),
         ("which code was used the most that year?",
          "SELECT discount_code FROM boxes WHERE ship_date LIKE '2024%' AND discount_code IS NOT NULL "
          "GROUP BY discount_code ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Which influencer gave out the FRIEND15 code?", D)),
    conv("wc-4",
         ("Which member has paid us the most in total?",
          "SELECT m.member_name FROM boxes b JOIN members m ON m.member_id = b.member_id "
          "GROUP BY m.member_id ORDER BY SUM(b.charged_amount) DESC LIMIT 1"),
         ("when did they join?", f"SELECT joined_on FROM members WHERE member_id = ({TOPMEM})"),
         ("which city do they live in?", f"SELECT city FROM members WHERE member_id = ({TOPMEM})"),
         ("what's their date of birth?", D)),
    conv("wc-5",
         ("How many boxes got lost in transit?", "SELECT COUNT(*) FROM box_events WHERE event_type = 'lost'",
          ["SELECT COUNT(*) FROM boxes WHERE delivered = 0"]),
         ("and how many were reported damaged?",
          "SELECT COUNT(*) FROM box_events WHERE event_type = 'reported damaged'"),
         ("what's the average time from shipping to delivery, in hours?",
          f"SELECT AVG((julianday(d.event_time) - julianday(s.event_time)) * 24) {SHDEL}"),
         ("which calendar month gets the most damage reports, all years together?",
          "SELECT strftime('%m', event_time) AS m FROM box_events WHERE event_type = 'reported damaged' "
          "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("wc-6",
         ("How many wines do we stock from each country?", "SELECT country, COUNT(*) FROM wines GROUP BY country"),
         ("which wine has gone out in the most bottles?",
          "SELECT w.wine_name FROM box_wines bw JOIN wines w ON w.wine_id = bw.wine_id GROUP BY w.wine_id "
          "ORDER BY SUM(bw.bottles) DESC LIMIT 1"),
         ("how many of our wines are organic?", "SELECT COUNT(*) FROM wines WHERE is_organic = 1"),
         ("what's the average vintage of the French ones?", "SELECT AVG(vintage) FROM wines WHERE country = 'France'"),
         ("What score did the critics give the Chablis?", D)),
    conv("wc-7",
         ("How many members were referred by another member?",
          "SELECT COUNT(*) FROM members WHERE referred_by IS NOT NULL"),
         ("what percentage of those later cancelled?",
          "SELECT 100.0 * SUM(cancelled_on IS NOT NULL) / COUNT(*) FROM members WHERE referred_by IS NOT NULL",
          ["SELECT 1.0 * SUM(cancelled_on IS NOT NULL) / COUNT(*) FROM members WHERE referred_by IS NOT NULL"]),
         ("and among members who weren't referred?",
          "SELECT 100.0 * SUM(cancelled_on IS NOT NULL) / COUNT(*) FROM members WHERE referred_by IS NULL",
          ["SELECT 1.0 * SUM(cancelled_on IS NOT NULL) / COUNT(*) FROM members WHERE referred_by IS NULL"])),
    conv("wc-8",
         ("How many members are still active, meaning they haven't cancelled?",
          "SELECT COUNT(*) FROM members WHERE cancelled_on IS NULL"),
         ("how many of those are in London?", f"SELECT COUNT(*) {LDN}"),
         ("list the London ones who don't auto-renew", f"SELECT member_name {LDN} AND auto_renew = 'N'"),
         ("when do their cards expire?", D)),
    conv("wc-9",
         ("What's the total cost price of all the wine we've sent out?",
          "SELECT SUM(bw.bottles * w.cost_price) FROM box_wines bw JOIN wines w ON w.wine_id = bw.wine_id"),
         ("and the total we charged members?", "SELECT SUM(charged_amount) FROM boxes"),
         ("show the amount charged per month in 2025",
          "SELECT strftime('%m', ship_date) AS m, SUM(charged_amount) FROM boxes WHERE ship_date LIKE '2025%' "
          "GROUP BY m",
          ["SELECT strftime('%Y-%m', ship_date) AS m, SUM(charged_amount) FROM boxes WHERE ship_date LIKE '2025%' "
           "GROUP BY m"]),
         ("what will it come to in December 2025?", D)),
    conv("wc-10",
         ("On average, how long did cancelled members stay with us, in days?",
          "SELECT AVG(julianday(cancelled_on) - julianday(joined_on)) FROM members WHERE cancelled_on IS NOT NULL"),
         ("which city has had the most cancellations?",
          "SELECT city FROM members WHERE cancelled_on IS NOT NULL GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what did they say in the exit survey?", D)),
]

# ------------------------------------------------------------------------------------------ glamping
BJS = "FROM bookings b JOIN sites s ON s.site_id = b.site_id"
TOP24 = ("SELECT site_id FROM bookings WHERE arrival_date LIKE '2024%' GROUP BY site_id "
         "ORDER BY SUM(paid_total) DESC LIMIT 1")
LIVE = "FROM bookings WHERE cancelled = 0"
BXE = "FROM booking_extras bx JOIN extras e ON e.extra_id = bx.extra_id"
LEAD = "AVG(julianday(b.arrival_date) - julianday(b.booked_on))"
GER = "FROM guests WHERE country = 'Germany'"

GLAMPING = [
    conv("gl-1",
         ("What does each type of site cost per night on average?",
          "SELECT site_type, AVG(nightly_rate) FROM sites GROUP BY site_type"),
         ("which sites have a hot tub?", "SELECT site_name FROM sites WHERE hot_tub = 1"),
         ("of those, which ones allow dogs?", "SELECT site_name FROM sites WHERE hot_tub = 1 AND dogs_allowed = 'Y'"),
         ("Is the hot tub at Owl Hollow wood-fired?", D)),
    conv("gl-2",
         ("How many bookings came in through each channel?", "SELECT channel, COUNT(*) FROM bookings GROUP BY channel"),
         ("what's the cancellation rate for each channel?",
          "SELECT channel, 100.0 * SUM(cancelled) / COUNT(*) FROM bookings GROUP BY channel",
          ["SELECT channel, 1.0 * SUM(cancelled) / COUNT(*) FROM bookings GROUP BY channel"]),
         ("how much did we actually take from cancelled bookings?",
          "SELECT SUM(paid_total) FROM bookings WHERE cancelled = 1"),
         ("what commission does Airbnb charge us?", D)),
    conv("gl-3",
         ("Which site earned the most in 2024, going by what guests paid?",
          "SELECT s.site_name FROM bookings b JOIN sites s ON s.site_id = b.site_id WHERE b.arrival_date LIKE '2024%' "
          "GROUP BY s.site_id ORDER BY SUM(b.paid_total) DESC LIMIT 1"),
         ("how many nights was it booked that year?",
          f"SELECT SUM(nights) FROM bookings WHERE site_id = ({TOP24}) AND arrival_date LIKE '2024%' AND cancelled = 0",
          [f"SELECT SUM(nights) FROM bookings WHERE site_id = ({TOP24}) AND arrival_date LIKE '2024%'"]),
         ("how many of those nights did it rain?", D),
         ("what's its average review score?",
          f"SELECT AVG(review_score) FROM bookings WHERE site_id = ({TOP24}) AND arrival_date LIKE '2024%'",
          [f"SELECT AVG(review_score) FROM bookings WHERE site_id = ({TOP24})"])),
    conv("gl-4",
         ("Who are our guests from Germany?", f"SELECT guest_name {GER}"),
         ("how many of them get the newsletter?", f"SELECT COUNT(*) {GER} AND newsletter = 'Y'"),
         ("which of them has stayed with us the most times?",
          "SELECT g.guest_name FROM bookings b JOIN guests g ON g.guest_id = b.guest_id "
          "WHERE g.country = 'Germany' AND b.cancelled = 0 GROUP BY g.guest_id ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what's their email address?", D)),
    conv("gl-5",
         ("For bookings that weren't cancelled, what's the total gap between list price and what was paid?",
          f"SELECT SUM(list_total - paid_total) {LIVE}"),
         ("split that by channel", f"SELECT channel, SUM(list_total - paid_total) {LIVE} GROUP BY channel"),
         ("what's the average discount in percent on direct bookings?",
          f"SELECT AVG(100.0 * (list_total - paid_total) / list_total) {LIVE} AND channel = 'direct'",
          [f"SELECT AVG(1.0 * (list_total - paid_total) / list_total) {LIVE} AND channel = 'direct'"])),
    conv("gl-6",
         ("Which extra is the most popular by quantity sold?",
          f"SELECT e.extra_name {BXE} GROUP BY e.extra_id ORDER BY SUM(bx.qty) DESC LIMIT 1"),
         ("how much have extras brought in overall?", f"SELECT SUM(bx.qty * e.price) {BXE}"),
         ("and for stays arriving in 2025 only?",
          f"SELECT SUM(bx.qty * e.price) {BXE} JOIN bookings b ON b.booking_id = bx.booking_id "
          f"WHERE b.arrival_date LIKE '2025%'"),
         ("which guests have ordered a celebration cake?",
          f"SELECT DISTINCT g.guest_name {BXE} JOIN bookings b ON b.booking_id = bx.booking_id "
          f"JOIN guests g ON g.guest_id = b.guest_id WHERE e.extra_name = 'Celebration cake'"),
         ("what were they celebrating?", D)),
    conv("gl-7",
         ("Which sites are closed right now?",
          "SELECT s.site_name FROM site_closures c JOIN sites s ON s.site_id = c.site_id WHERE c.reopened_on IS NULL"),
         ("how many closures has each site had?",
          "SELECT s.site_name, COUNT(*) FROM site_closures c JOIN sites s ON s.site_id = c.site_id GROUP BY s.site_name",
          ["SELECT s.site_name, COUNT(c.closure_id) FROM sites s LEFT JOIN site_closures c ON c.site_id = s.site_id "
           "GROUP BY s.site_name"]),
         ("for the ones that reopened, how long did a closure last on average, in days?",
          "SELECT AVG(julianday(reopened_on) - julianday(closed_from)) FROM site_closures WHERE reopened_on IS NOT NULL"),
         ("how many closures were due to storm damage?",
          "SELECT COUNT(*) FROM site_closures WHERE reason = 'storm damage'"),
         ("when will the closed sites reopen?", D)),
    conv("gl-8",
         ("What's the average lead time between booking and arrival, in days?", f"SELECT {LEAD} FROM bookings b"),
         ("is it longer for cabins?", f"SELECT {LEAD} {BJS} WHERE s.site_type = 'Cabin'",
          [f"SELECT s.site_type, {LEAD} {BJS} GROUP BY s.site_type"]),
         ("which arrival month is the busiest by number of bookings?",
          "SELECT strftime('%m', arrival_date) AS m FROM bookings GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("gl-9",
         ("How many guests had their first stay in 2023?", "SELECT COUNT(*) FROM guests WHERE first_stay LIKE '2023%'"),
         ("and how many have never actually stayed with us?", "SELECT COUNT(*) FROM guests WHERE first_stay IS NULL"),
         ("What's the average party size in the treehouses?",
          f"SELECT AVG(b.party_size) {BJS} WHERE s.site_type = 'Treehouse'"),
         ("how many bookings had a bigger party than the site sleeps?",
          f"SELECT COUNT(*) {BJS} WHERE b.party_size > s.sleeps")),
    conv("gl-10",
         ("How many 2025 stays got a 5 star review?",
          "SELECT COUNT(*) FROM bookings WHERE review_score = 5 AND arrival_date LIKE '2025%'"),
         ("what share of stays leave a review at all?",
          f"SELECT 100.0 * COUNT(review_score) / COUNT(*) {LIVE}",
          [f"SELECT 1.0 * COUNT(review_score) / COUNT(*) {LIVE}", "SELECT 100.0 * COUNT(review_score) / COUNT(*) "
           "FROM bookings", "SELECT 1.0 * COUNT(review_score) / COUNT(*) FROM bookings"]),
         ("what did the guests write in their reviews?", D),
         ("which type of site has the best average score?",
          f"SELECT s.site_type {BJS} GROUP BY s.site_type ORDER BY AVG(b.review_score) DESC LIMIT 1")),
]

SETS = {"refits": REFITS, "wineclub": WINECLUB, "glamping": GLAMPING}
