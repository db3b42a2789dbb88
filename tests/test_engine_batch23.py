"""Batch 23 of held-out sets: the general causes of its wrong answers, each on a schema of its own.
Right or declined, never another answer."""
from __future__ import annotations

from test_engine import Conv, declined, make_db


def test_worst_of_a_count_of_bad_rows_is_the_most_and_of_other_rows_declined(tmp_path):
    path = make_db(tmp_path / "shop.sqlite", """
    CREATE TABLE complaints (complaint_id INTEGER PRIMARY KEY, opened_on TEXT, topic TEXT);
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, ordered_on TEXT, total REAL);
    INSERT INTO complaints VALUES (1,'2025-01-03','late'),(2,'2025-02-03','late'),(3,'2025-02-09','rude'),
                                  (4,'2025-02-19','late'),(5,'2025-03-01','broken'),(6,'2025-03-02','late');
    INSERT INTO orders VALUES (1,'2025-01-03',10),(2,'2025-02-03',20),(3,'2025-02-09',5),(4,'2025-03-01',7);
    """)
    c = Conv(path)
    c.ask("How many complaints did we get each month in 2025?")
    c.ask("which month was the worst?")
    assert c.rows[0][0] == "2025-02"
    c = Conv(path)
    c.ask("How many complaints did we get each month in 2025?")
    c.ask("which month was the best?")
    assert c.rows[0][0] == "2025-01"
    c = Conv(path)
    c.ask("How many orders did we get each month in 2025?")
    assert "worst" in declined(c, "which month was the worst?")


def test_cheapest_group_with_a_price_and_a_valuation_ratio_is_declined(tmp_path):
    path = make_db(tmp_path / "stocks.sqlite", """
    CREATE TABLE firms (ticker TEXT PRIMARY KEY, firm_name TEXT, industry TEXT);
    CREATE TABLE quotes (ticker TEXT PRIMARY KEY REFERENCES firms(ticker), price REAL, pe_ratio REAL);
    INSERT INTO firms VALUES ('A','Alpha','Oil'),('B','Beta','Oil'),('C','Gamma','Tech'),('D','Delta','Tech');
    INSERT INTO quotes VALUES ('A',10,30),('B',12,28),('C',200,9),('D',150,11);
    """)
    msg = declined(Conv(path), "which industry is cheapest?")
    assert "pe_ratio" in msg and "price" in msg
    c = Conv(path)
    c.ask("which firm is cheapest?")            # one row: cheap by its price
    assert c.col("firm_name") == ["Alpha"]


def test_best_paid_persons_are_ranked_by_their_own_pay_in_a_full_list(tmp_path):
    path = make_db(tmp_path / "clinic.sqlite", """
    CREATE TABLE vets (vet_id INTEGER PRIMARY KEY, full_name TEXT, hourly_rate REAL);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, vet_id INTEGER REFERENCES vets(vet_id), amount REAL);
    CREATE TABLE nurses (nurse_id INTEGER PRIMARY KEY, full_name TEXT);
    CREATE TABLE shifts (shift_id INTEGER PRIMARY KEY, nurse_id INTEGER REFERENCES nurses(nurse_id), amount REAL);
    INSERT INTO vets VALUES (1,'Ann',40),(2,'Ben',55),(3,'Cal',30);
    INSERT INTO visits VALUES (1,1,900),(2,3,800),(3,2,10);
    INSERT INTO nurses VALUES (1,'Dot'),(2,'Eve');
    INSERT INTO shifts VALUES (1,1,100),(2,2,200);
    """)
    c = Conv(path)
    c.ask("List the vets from best paid to worst paid")
    assert c.col("full_name") == ["Ben", "Ann", "Cal"]
    assert "paid" in declined(Conv(path), "List the nurses from best paid to worst paid")


def test_compare_between_two_years_is_never_one_total_over_the_span(tmp_path):
    path = make_db(tmp_path / "fees.sqlite", """
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id),
                           booked_at TEXT, fee REAL);
    INSERT INTO branches VALUES (1,'North'),(2,'South');
    INSERT INTO bookings VALUES (1,1,'2023-02-01 10:00',50),(2,1,'2024-03-01 11:00',70),(3,2,'2023-05-05 09:00',20);
    """)
    msg = declined(Conv(path), "Compare total booking fees per branch between 2023 and 2024")
    assert "between 2023 and 2024" in msg


def test_and_how_many_of_another_date_replaces_the_sibling_date_condition(tmp_path):
    path = make_db(tmp_path / "leases.sqlite", """
    CREATE TABLE leases (lease_id INTEGER PRIMARY KEY, start_date TEXT, end_date TEXT);
    INSERT INTO leases VALUES (1,'2023-03-01','2024-02-01'),(2,'2024-01-10','2024-11-01'),
                              (3,'2024-05-01',NULL),(4,'2022-01-01','2024-06-30');
    """)
    c = Conv(path)
    c.ask("How many leases ended in 2024?")
    assert int(c.rows[0][0]) == 3
    c.ask("and how many started in 2024?")
    assert int(c.rows[0][0]) == 2
    c = Conv(path)
    c.ask("How many leases ended in 2024?")
    c.ask("of those, how many started in 2024?")
    assert int(c.rows[0][0]) == 1


def test_from_most_to_fewest_is_declined_never_cut_in_the_wrong_order(tmp_path):
    """'list branches from most to fewest appointments' ranked ascending and cut at 10; an order of
    every group by a count is declined, with the wording that works; 'from highest to lowest <column>'
    still orders the whole list."""
    path = make_db(tmp_path / "opt.sqlite", """
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, branch_id INTEGER REFERENCES branches(branch_id),
                               fee REAL);
    INSERT INTO branches VALUES (1,'Leeds'),(2,'York'),(3,'Hull');
    INSERT INTO appointments VALUES (1,1,20),(2,2,30),(3,2,35),(4,2,25),(5,3,40),(6,3,45);
    """)
    why = declined(Conv(path), "list branches from most to fewest appointments")
    assert "from most to fewest" in why and "the number of … per …, highest first" in why
    c = Conv(path)
    c.ask("number of appointments per branch, highest first")     # the wording the reason offers
    assert c.col("branch_name") == ["York", "Hull", "Leeds"]
    c = Conv(path)
    c.ask("list the appointments from highest to lowest fee")
    assert [float(v) for v in c.col("fee")] == [45, 40, 35, 30, 25, 20]
