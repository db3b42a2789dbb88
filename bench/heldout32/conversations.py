"""Held-out conversations for heldout32, written as an analyst would ask them, before the engine was
run on them. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional `accept`
(other SQL that also answers), or None when the data does not hold the answer (a round to decline)."""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ physio
AT = "FROM appointments a JOIN therapists t ON t.therapist_id = a.therapist_id"
ATC = AT + " JOIN clinics c ON c.clinic_id = t.clinic_id"
AP = "FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
Y24 = "a.appt_date LIKE '2024%'"
ACU = ("SELECT t.therapist_id FROM therapists t JOIN therapist_specialties ts ON ts.therapist_id = t.therapist_id "
       "JOIN specialties s ON s.specialty_id = ts.specialty_id WHERE s.specialty_name = 'Acupuncture'")
TOPJR = "SELECT therapist_id FROM therapists WHERE grade = 'Junior' ORDER BY hourly_cost DESC LIMIT 1"
TOPPAT = "SELECT patient_id FROM appointments GROUP BY patient_id ORDER BY COUNT(*) DESC LIMIT 1"
CMP = "a.status = 'completed' AND a.appt_date LIKE '2024%'"

PHYSIO = [
    conv("phy-1",
         ("How many appointments did we have in 2024?", "SELECT COUNT(*) FROM appointments a WHERE " + Y24,
          ["SELECT COUNT(*) FROM appointments a WHERE a.status = 'completed' AND " + Y24]),
         ("how many of those were no-shows?",
          "SELECT COUNT(*) FROM appointments a WHERE a.status = 'no-show' AND " + Y24),
         ("what percentage of all 2024 appointments is that?",
          "SELECT 100.0 * SUM(a.status = 'no-show') / COUNT(*) FROM appointments a WHERE " + Y24,
          ["SELECT 1.0 * SUM(a.status = 'no-show') / COUNT(*) FROM appointments a WHERE " + Y24])),
    conv("phy-2",
         ("List the therapists at Riverside Physio with their grade",
          "SELECT t.full_name, t.grade FROM therapists t JOIN clinics c ON c.clinic_id = t.clinic_id "
          "WHERE c.clinic_name = 'Riverside Physio'"),
         ("which of them are no longer active?",
          "SELECT t.full_name FROM therapists t JOIN clinics c ON c.clinic_id = t.clinic_id "
          "WHERE c.clinic_name = 'Riverside Physio' AND t.is_active = 0"),
         ("who of them started earliest?",
          "SELECT t.full_name FROM therapists t JOIN clinics c ON c.clinic_id = t.clinic_id "
          "WHERE c.clinic_name = 'Riverside Physio' ORDER BY t.start_date LIMIT 1"),
         ("what's her home address?", D)),
    conv("phy-3",
         ("How many therapists do we have for each specialty?",
          "SELECT s.specialty_name, COUNT(ts.therapist_id) FROM specialties s LEFT JOIN therapist_specialties ts "
          "ON ts.specialty_id = s.specialty_id GROUP BY s.specialty_name"),
         ("Which therapists do acupuncture?", f"SELECT full_name FROM therapists WHERE therapist_id IN ({ACU})"),
         ("and which clinics are they at?",
          f"SELECT DISTINCT c.clinic_name FROM therapists t JOIN clinics c ON c.clinic_id = t.clinic_id "
          f"WHERE t.therapist_id IN ({ACU})")),
    conv("phy-4",
         ("How much did patients pay us in 2024?", "SELECT SUM(a.amount_paid) FROM appointments a WHERE " + Y24),
         ("For completed appointments that year, what's the total list fee versus what was actually paid?",
          f"SELECT SUM(a.list_fee), SUM(a.amount_paid) FROM appointments a WHERE {CMP}"),
         ("break that down by appointment type",
          f"SELECT a.appt_type, SUM(a.list_fee), SUM(a.amount_paid) FROM appointments a WHERE {CMP} "
          "GROUP BY a.appt_type"),
         ("which type has the biggest gap between the two?",
          f"SELECT a.appt_type FROM appointments a WHERE {CMP} GROUP BY a.appt_type "
          "ORDER BY SUM(a.list_fee) - SUM(a.amount_paid) DESC LIMIT 1")),
    conv("phy-5",
         ("How many appointments have been rescheduled at some point?",
          "SELECT COUNT(DISTINCT appt_id) FROM appointment_status_log WHERE status = 'rescheduled'"),
         ("How many cancellations were made online?",
          "SELECT COUNT(*) FROM appointment_status_log WHERE status = 'cancelled' AND changed_by = 'online'"),
         ("Which month of 2023 had the most cancelled appointments?",
          "SELECT strftime('%m', a.appt_date) AS m FROM appointments a WHERE a.status = 'cancelled' AND "
          "a.appt_date LIKE '2023%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%Y-%m', a.appt_date) AS m FROM appointments a WHERE a.status = 'cancelled' AND "
           "a.appt_date LIKE '2023%' GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("what reasons did patients give for cancelling?", D)),
    conv("phy-6",
         ("How many patients were referred by their GP?", "SELECT COUNT(*) FROM patients WHERE referral_source = 'GP'"),
         ("and how many have no referral source recorded?",
          "SELECT COUNT(*) FROM patients WHERE referral_source IS NULL"),
         ("What's the most common insurer among our patients?",
          "SELECT insurer FROM patients WHERE insurer IS NOT NULL GROUP BY insurer ORDER BY COUNT(*) DESC LIMIT 1"),
         ("give me the phone numbers of the patients with that insurer", D)),
    conv("phy-7",
         ("What's the average drop in pain score for appointments where both scores were recorded?",
          "SELECT AVG(pain_before - pain_after) FROM appointments WHERE pain_before IS NOT NULL "
          "AND pain_after IS NOT NULL"),
         ("Which therapist gets the biggest average drop?",
          f"SELECT t.full_name {AT} WHERE a.pain_before IS NOT NULL AND a.pain_after IS NOT NULL "
          "GROUP BY t.therapist_id ORDER BY AVG(a.pain_before - a.pain_after) DESC LIMIT 1"),
         ("why do their patients improve more than others?", D)),
    conv("phy-8",
         ("How many appointments were billed to an insurer?",
          "SELECT COUNT(*) FROM appointments WHERE insurer_billed = 'Y'"),
         ("split that by insurer",
          f"SELECT p.insurer, COUNT(*) {AP} WHERE a.insurer_billed = 'Y' GROUP BY p.insurer"),
         ("how much did the insurers pay us for those?", D),
         ("what did the patients themselves pay on those appointments?",
          "SELECT SUM(amount_paid) FROM appointments WHERE insurer_billed = 'Y'",
          [f"SELECT p.insurer, SUM(a.amount_paid) {AP} WHERE a.insurer_billed = 'Y' GROUP BY p.insurer"])),
    conv("phy-9",
         ("How many patients were born before 1960?", "SELECT COUNT(*) FROM patients WHERE birth_year < 1960"),
         ("how many home visits have those patients had?",
          f"SELECT COUNT(*) {AP} WHERE p.birth_year < 1960 AND a.appt_type = 'Home visit'",
          [f"SELECT COUNT(*) {AP} WHERE p.birth_year < 1960 AND a.appt_type = 'Home visit' AND a.status = 'completed'"]),
         ("which town do most of those home visits go to?",
          f"SELECT p.town {AP} WHERE p.birth_year < 1960 AND a.appt_type = 'Home visit' GROUP BY p.town "
          "ORDER BY COUNT(*) DESC LIMIT 1")),
    conv("phy-10",
         ("What's the average hourly cost by grade?", "SELECT grade, AVG(hourly_cost) FROM therapists GROUP BY grade"),
         ("Who is the most expensive junior?",
          "SELECT full_name FROM therapists WHERE grade = 'Junior' ORDER BY hourly_cost DESC LIMIT 1"),
         ("what's their annual salary?", D),
         ("how many completed appointments did they have in 2024?",
          f"SELECT COUNT(*) FROM appointments a WHERE a.therapist_id IN ({TOPJR}) AND {CMP}")),
    conv("phy-11",
         ("How many appointments did each clinic have in 2024?",
          f"SELECT c.clinic_name, COUNT(*) {ATC} WHERE {Y24} GROUP BY c.clinic_name"),
         ("which clinic took the most money per treatment room that year?",
          f"SELECT c.clinic_name {ATC} WHERE {Y24} GROUP BY c.clinic_id "
          "ORDER BY SUM(a.amount_paid) * 1.0 / c.treatment_rooms DESC LIMIT 1"),
         ("forecast that clinic's appointments for 2025", D)),
    conv("phy-12",
         ("In which hour of the day do most appointments start?",
          "SELECT substr(start_time, 1, 2) AS hr FROM appointments GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1",
          ["SELECT strftime('%H', start_time) AS hr FROM appointments GROUP BY hr ORDER BY COUNT(*) DESC LIMIT 1"]),
         ("how many appointments start before 9am?", "SELECT COUNT(*) FROM appointments WHERE start_time < '09:00'"),
         ("are patients more satisfied with morning appointments?", D)),
    conv("phy-13",
         ("How many appointments are still just booked?", "SELECT COUNT(*) FROM appointments WHERE status = 'booked'"),
         ("when is the last of them?", "SELECT MAX(appt_date) FROM appointments WHERE status = 'booked'"),
         ("list them with the patient's name and the therapist",
          "SELECT a.appt_date, p.first_name, p.last_name, t.full_name FROM appointments a "
          "JOIN patients p ON p.patient_id = a.patient_id JOIN therapists t ON t.therapist_id = a.therapist_id "
          "WHERE a.status = 'booked'")),
    conv("phy-14",
         ("How many patients have seen more than one therapist?",
          "SELECT COUNT(*) FROM (SELECT patient_id FROM appointments GROUP BY patient_id "
          "HAVING COUNT(DISTINCT therapist_id) > 1)"),
         ("Which patient has had the most appointments?",
          f"SELECT first_name, last_name FROM patients WHERE patient_id IN ({TOPPAT})"),
         ("what's their email address?", D),
         ("list that patient's appointments with date, type and status",
          f"SELECT appt_date, appt_type, status FROM appointments WHERE patient_id IN ({TOPPAT})")),
]

# ------------------------------------------------------------------------------------------ photostock
LP = "FROM licences l JOIN photos p ON p.photo_id = l.photo_id"
LPP = LP + " JOIN photographers ph ON ph.photographer_id = p.photographer_id"
LC = "FROM licences l JOIN clients c ON c.client_id = l.client_id"
L24 = "l.licensed_on LIKE '2024%'"
WILD = ("SELECT pt.photo_id FROM photo_tags pt JOIN tags t ON t.tag_id = pt.tag_id WHERE t.tag = 'wildlife'")
BIG = "SELECT photo_id FROM photos ORDER BY width_px * height_px DESC LIMIT 1"
REJ = "SELECT photo_id FROM photo_reviews WHERE decision = 'rejected'"
TOPUP = ("SELECT photographer_id FROM photos WHERE uploaded_on LIKE '2023%' GROUP BY photographer_id "
         "ORDER BY COUNT(*) DESC LIMIT 1")
ROY = f"{LPP} WHERE {L24} AND l.refunded = 0"

PHOTOSTOCK = [
    conv("ph-1",
         ("How many photographers are exclusive to us?", "SELECT COUNT(*) FROM photographers WHERE exclusive = 'Y'"),
         ("Which country do most of our photographers come from?",
          "SELECT country FROM photographers GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many photos has each exclusive photographer uploaded?",
          "SELECT ph.display_name, COUNT(p.photo_id) FROM photographers ph LEFT JOIN photos p "
          "ON p.photographer_id = ph.photographer_id WHERE ph.exclusive = 'Y' GROUP BY ph.photographer_id")),
    conv("ph-2",
         ("How much did clients actually pay for licences in 2024, leaving out refunded ones?",
          f"SELECT SUM(price_paid) FROM licences l WHERE {L24} AND refunded = 0"),
         ("and how much discount did we give on those?",
          f"SELECT SUM(list_price - price_paid) FROM licences l WHERE {L24} AND refunded = 0"),
         ("which discount code was used most that year?",
          f"SELECT discount_code FROM licences l WHERE {L24} AND discount_code IS NOT NULL GROUP BY discount_code "
          "ORDER BY COUNT(*) DESC LIMIT 1",
          [f"SELECT discount_code FROM licences l WHERE {L24} AND refunded = 0 AND discount_code IS NOT NULL "
           "GROUP BY discount_code ORDER BY COUNT(*) DESC LIMIT 1"])),
    conv("ph-3",
         ("Which tag is on the most photos?",
          "SELECT t.tag FROM tags t JOIN photo_tags pt ON pt.tag_id = t.tag_id GROUP BY t.tag "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("How many licences were sold for photos tagged wildlife?",
          f"SELECT COUNT(*) FROM licences WHERE photo_id IN ({WILD})",
          [f"SELECT COUNT(*) FROM licences WHERE refunded = 0 AND photo_id IN ({WILD})"]),
         ("and what did they bring in?", f"SELECT SUM(price_paid) FROM licences WHERE photo_id IN ({WILD})",
          [f"SELECT SUM(price_paid) FROM licences WHERE refunded = 0 AND photo_id IN ({WILD})"]),
         ("which client spent the most on them?",
          f"SELECT c.client_name {LC} WHERE l.photo_id IN ({WILD}) GROUP BY c.client_id "
          "ORDER BY SUM(l.price_paid) DESC LIMIT 1")),
    conv("ph-4",
         ("How many photos were rejected at least once in review?",
          "SELECT COUNT(DISTINCT photo_id) FROM photo_reviews WHERE decision = 'rejected'"),
         ("how many of those got approved in the end?",
          f"SELECT COUNT(DISTINCT photo_id) FROM photo_reviews WHERE decision = 'approved' AND photo_id IN ({REJ})"),
         ("Which reviewer rejected the most photos?",
          "SELECT reviewer FROM photo_reviews WHERE decision = 'rejected' GROUP BY reviewer "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("what reasons did that reviewer give?", D)),
    conv("ph-5",
         ("What's our largest photo by pixel count?", f"SELECT title FROM photos WHERE photo_id IN ({BIG})"),
         ("who took it?",
          f"SELECT ph.display_name FROM photographers ph JOIN photos p ON p.photographer_id = ph.photographer_id "
          f"WHERE p.photo_id IN ({BIG})"),
         ("how many times has it been licensed?", f"SELECT COUNT(*) FROM licences WHERE photo_id IN ({BIG})"),
         ("what camera was it shot on?", D)),
    conv("ph-6",
         ("How many clients don't have a VAT number?", "SELECT COUNT(*) FROM clients WHERE vat_number IS NULL"),
         ("What's the total amount paid by client type?",
          f"SELECT c.client_type, SUM(l.price_paid) {LC} GROUP BY c.client_type",
          [f"SELECT c.client_type, SUM(l.price_paid) {LC} WHERE l.refunded = 0 GROUP BY c.client_type"]),
         ("Who is our biggest publisher client?",
          f"SELECT c.client_name {LC} WHERE c.client_type = 'publisher' GROUP BY c.client_id "
          "ORDER BY SUM(l.price_paid) DESC LIMIT 1",
          [f"SELECT c.client_name {LC} WHERE c.client_type = 'publisher' AND l.refunded = 0 GROUP BY c.client_id "
           "ORDER BY SUM(l.price_paid) DESC LIMIT 1"]),
         ("what's their credit rating?", D)),
    conv("ph-7",
         ("How many photos do we have in each orientation?",
          "SELECT orientation, COUNT(*) FROM photos GROUP BY orientation"),
         ("what's the average base price of the portrait ones?",
          "SELECT AVG(base_price) FROM photos WHERE orientation = 'portrait'"),
         ("Do square photos get more licences per photo than landscape ones?",
          "SELECT p.orientation, COUNT(l.licence_id) * 1.0 / COUNT(DISTINCT p.photo_id) FROM photos p "
          "LEFT JOIN licences l ON l.photo_id = p.photo_id WHERE p.orientation IN ('square', 'landscape') "
          "GROUP BY p.orientation")),
    conv("ph-8",
         ("Applying each photographer's royalty percentage to the price paid, how much royalty did non-refunded "
          "2024 licences earn photographers in total?",
          f"SELECT SUM(l.price_paid * ph.royalty_pct / 100) {ROY}"),
         ("which photographer earned the most?",
          f"SELECT ph.display_name {ROY} GROUP BY ph.photographer_id "
          "ORDER BY SUM(l.price_paid * ph.royalty_pct / 100) DESC LIMIT 1"),
         ("have we paid them yet?", D)),
    conv("ph-9",
         ("What share of our photos are editorial?",
          "SELECT 100.0 * SUM(is_editorial) / COUNT(*) FROM photos",
          ["SELECT 1.0 * SUM(is_editorial) / COUNT(*) FROM photos"]),
         ("How many editorial licences were sold to publishers?",
          f"SELECT COUNT(*) {LC} WHERE l.licence_type = 'editorial' AND c.client_type = 'publisher'"),
         ("and to individuals?",
          f"SELECT COUNT(*) {LC} WHERE l.licence_type = 'editorial' AND c.client_type = 'individual'")),
    conv("ph-10",
         ("How many licences did we sell each month in 2024?",
          f"SELECT strftime('%m', l.licensed_on) AS m, COUNT(*) FROM licences l WHERE {L24} GROUP BY m",
          [f"SELECT strftime('%Y-%m', l.licensed_on) AS m, COUNT(*) FROM licences l WHERE {L24} GROUP BY m"]),
         ("which month brought in the most money?",
          f"SELECT strftime('%m', l.licensed_on) AS m FROM licences l WHERE {L24} GROUP BY m "
          "ORDER BY SUM(l.price_paid) DESC LIMIT 1",
          [f"SELECT strftime('%Y-%m', l.licensed_on) AS m FROM licences l WHERE {L24} GROUP BY m "
           "ORDER BY SUM(l.price_paid) DESC LIMIT 1"]),
         ("what will sales look like in December 2025?", D)),
    conv("ph-11",
         ("How many photos were uploaded in 2023?", "SELECT COUNT(*) FROM photos WHERE uploaded_on LIKE '2023%'"),
         ("Which photographer uploaded the most that year?",
          f"SELECT display_name FROM photographers WHERE photographer_id IN ({TOPUP})"),
         ("how many of their 2023 uploads have never been licensed?",
          f"SELECT COUNT(*) FROM photos WHERE uploaded_on LIKE '2023%' AND photographer_id IN ({TOPUP}) "
          "AND photo_id NOT IN (SELECT photo_id FROM licences)")),
    conv("ph-12",
         ("Which clients are based in France?", "SELECT client_name FROM clients WHERE country = 'France'"),
         ("how many of them have ever used the BULK20 code?",
          f"SELECT COUNT(DISTINCT c.client_id) {LC} WHERE c.country = 'France' AND l.discount_code = 'BULK20'"),
         ("show me their website addresses", D),
         ("What's the average list price of an extended licence?",
          "SELECT AVG(list_price) FROM licences WHERE licence_type = 'extended'")),
    conv("ph-13",
         ("How many licences were refunded?", "SELECT COUNT(*) FROM licences WHERE refunded = 1"),
         ("how much money was that?", "SELECT SUM(price_paid) FROM licences WHERE refunded = 1"),
         ("which licence type has the highest refund rate?",
          "SELECT licence_type FROM licences GROUP BY licence_type ORDER BY AVG(refunded) DESC LIMIT 1")),
]

# ------------------------------------------------------------------------------------------ printworks
JC = "FROM jobs j JOIN customers c ON c.customer_id = j.customer_id"
JM = "FROM jobs j JOIN machines m ON m.machine_code = j.machine_code"
J24 = "j.ordered_on LIKE '2024%'"
FAILED = "SELECT job_id FROM job_events WHERE event_type = 'failed'"
MU = "FROM job_materials jm JOIN materials mt ON mt.material_id = jm.material_id"
CF = ("SELECT jm.job_id FROM job_materials jm JOIN materials mt ON mt.material_id = jm.material_id "
      "WHERE mt.material_name = 'Carbon-fibre nylon' ORDER BY jm.grams_used DESC LIMIT 1")
NOTERMS = "SELECT customer_id FROM customers WHERE credit_terms_days IS NULL"
TURN = "julianday(j.completed_on) - julianday(j.ordered_on)"

PRINTWORKS = [
    conv("pw-1",
         ("How many jobs did we take in 2024?", f"SELECT COUNT(*) FROM jobs j WHERE {J24}"),
         ("how many of them were rush jobs?", f"SELECT COUNT(*) FROM jobs j WHERE {J24} AND j.is_rush = 'Y'"),
         ("compare the average quote for rush and normal jobs that year",
          f"SELECT j.is_rush, AVG(j.quoted_price) FROM jobs j WHERE {J24} GROUP BY j.is_rush"),
         ("how many staff hours went into the rush jobs?", D)),
    conv("pw-2",
         ("Total invoiced per customer sector", f"SELECT c.sector, SUM(j.invoiced_amount) {JC} GROUP BY c.sector"),
         ("Which company has been invoiced the most overall?",
          f"SELECT c.company {JC} GROUP BY c.customer_id ORDER BY SUM(j.invoiced_amount) DESC LIMIT 1"),
         ("what's their contact email?", D),
         ("how many jobs have they placed?",
          "SELECT COUNT(*) FROM jobs WHERE customer_id IN (SELECT customer_id FROM jobs GROUP BY customer_id "
          "ORDER BY SUM(invoiced_amount) DESC LIMIT 1)")),
    conv("pw-3",
         ("How many shipped jobs were completed after their due date?",
          "SELECT COUNT(*) FROM jobs WHERE current_status = 'shipped' AND completed_on > due_on"),
         ("Which machine had the most late jobs?",
          "SELECT machine_code FROM jobs WHERE current_status = 'shipped' AND completed_on > due_on "
          "GROUP BY machine_code ORDER BY COUNT(*) DESC LIMIT 1"),
         ("why were they late?", D)),
    conv("pw-4",
         ("How many jobs had a failed print?", "SELECT COUNT(DISTINCT job_id) FROM job_events WHERE event_type = 'failed'"),
         ("What's the most common failure reason?",
          "SELECT note FROM job_events WHERE event_type = 'failed' GROUP BY note ORDER BY COUNT(*) DESC LIMIT 1"),
         ("Which printing technology has the highest failure rate as a share of its jobs?",
          f"SELECT m.technology {JM} GROUP BY m.technology "
          f"ORDER BY AVG(j.job_id IN ({FAILED})) DESC LIMIT 1")),
    conv("pw-5",
         ("How many kilos of each material have we used?",
          f"SELECT mt.material_name, SUM(jm.grams_used) / 1000.0 {MU} GROUP BY mt.material_name"),
         ("what did the PLA cost us in total?",
          f"SELECT SUM(jm.grams_used) / 1000.0 * mt.cost_per_kg {MU} WHERE mt.material_name = 'PLA'"),
         ("Which job used the most carbon-fibre nylon?", CF),
         ("who was the customer for that job?",
          f"SELECT c.company {JC} WHERE j.job_id IN ({CF})")),
    conv("pw-6",
         ("Which machines are out of service?", "SELECT machine_code FROM machines WHERE in_service = 'N'"),
         ("when was the last job ordered on it?", "SELECT MAX(ordered_on) FROM jobs WHERE machine_code = 'SLA-01'",
          ["SELECT ordered_on FROM jobs WHERE machine_code = 'SLA-01' ORDER BY ordered_on DESC LIMIT 1"]),
         ("What are the total print hours per machine in 2024?",
          f"SELECT j.machine_code, SUM(j.print_hours) FROM jobs j WHERE {J24} GROUP BY j.machine_code"),
         ("when is SLS-02 next due for maintenance?", D)),
    conv("pw-7",
         ("For shipped jobs, how does the total quoted compare with the total invoiced?",
          "SELECT SUM(quoted_price), SUM(invoiced_amount) FROM jobs WHERE current_status = 'shipped'"),
         ("how many jobs were invoiced above their quote?",
          "SELECT COUNT(*) FROM jobs WHERE invoiced_amount > quoted_price"),
         ("Which customer got the most off their quotes in total?",
          f"SELECT c.company {JC} WHERE j.current_status = 'shipped' GROUP BY c.customer_id "
          "ORDER BY SUM(j.quoted_price - j.invoiced_amount) DESC LIMIT 1")),
    conv("pw-8",
         ("Which customers have no credit terms recorded?",
          "SELECT company FROM customers WHERE credit_terms_days IS NULL"),
         ("how many jobs did those customers place?", f"SELECT COUNT(*) FROM jobs WHERE customer_id IN ({NOTERMS})"),
         ("Who has been a customer the longest?", "SELECT company FROM customers ORDER BY account_since LIMIT 1"),
         ("what's their credit limit?", D)),
    conv("pw-9",
         ("What's the average number of days from order to completion for shipped jobs?",
          f"SELECT AVG({TURN}) FROM jobs j WHERE j.current_status = 'shipped'"),
         ("break it down by technology",
          f"SELECT m.technology, AVG({TURN}) {JM} WHERE j.current_status = 'shipped' GROUP BY m.technology"),
         ("and for rush jobs only?",
          f"SELECT m.technology, AVG({TURN}) {JM} WHERE j.current_status = 'shipped' AND j.is_rush = 'Y' "
          "GROUP BY m.technology",
          [f"SELECT AVG({TURN}) FROM jobs j WHERE j.current_status = 'shipped' AND j.is_rush = 'Y'"])),
    conv("pw-10",
         ("How many jobs are printing right now?", "SELECT COUNT(*) FROM jobs WHERE current_status = 'printing'"),
         ("How many jobs were cancelled in 2024?",
          f"SELECT COUNT(*) FROM jobs j WHERE j.current_status = 'cancelled' AND {J24}",
          ["SELECT COUNT(*) FROM job_events WHERE event_type = 'cancelled' AND event_time LIKE '2024%'"]),
         ("On average, how many hours pass between a quote and the customer accepting it?",
          "SELECT AVG((julianday(a.event_time) - julianday(q.event_time)) * 24) FROM job_events q "
          "JOIN job_events a ON a.job_id = q.job_id WHERE q.event_type = 'quoted' AND a.event_type = 'accepted'")),
    conv("pw-11",
         ("How many parts were ordered in 2024 in total?", f"SELECT SUM(parts_count) FROM jobs j WHERE {J24}"),
         ("Which customer ordered the most parts that year?",
          f"SELECT c.company {JC} WHERE {J24} GROUP BY c.customer_id ORDER BY SUM(j.parts_count) DESC LIMIT 1"),
         ("what's the carbon footprint of those parts?", D)),
    conv("pw-12",
         ("What's the cheapest SLA material per kilo?",
          "SELECT material_name FROM materials WHERE technology = 'SLA' ORDER BY cost_per_kg LIMIT 1"),
         ("Which materials have no colour recorded?", "SELECT material_name FROM materials WHERE colour IS NULL"),
         ("how many jobs used it in 2024?",
          f"SELECT COUNT(DISTINCT j.job_id) FROM jobs j JOIN job_materials jm ON jm.job_id = j.job_id "
          f"JOIN materials mt ON mt.material_id = jm.material_id WHERE mt.colour IS NULL AND {J24}"),
         ("what colour should we stock more of next year?", D)),
    conv("pw-13",
         ("List the machines with their technology and hourly rate",
          "SELECT machine_code, technology, hourly_rate FROM machines"),
         ("which machine has earned the most in invoices?",
          "SELECT machine_code FROM jobs GROUP BY machine_code ORDER BY SUM(invoiced_amount) DESC LIMIT 1"),
         ("How many jobs used more than one material?",
          "SELECT COUNT(*) FROM (SELECT job_id FROM job_materials GROUP BY job_id HAVING COUNT(*) > 1)"),
         ("What's the average quoted price per part for SLS jobs?",
          f"SELECT SUM(j.quoted_price) / SUM(j.parts_count) {JM} WHERE m.technology = 'SLS'",
          [f"SELECT AVG(j.quoted_price / j.parts_count) {JM} WHERE m.technology = 'SLS'"])),
]

SETS = {"physio": PHYSIO, "photostock": PHOTOSTOCK, "printworks": PRINTWORKS}
