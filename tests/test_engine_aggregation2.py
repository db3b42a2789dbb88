"""Aggregation structure, round 2, on schemas the engine was never tuned on: per-row ratios
against ratios of totals, averages of a counted unit, counting from the right side, the row
with a group's extreme, 'the most times'. Right or declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


def _pairs(rs) -> set:
    return {(str(r[0]), round(float(r[1]), 4)) for r in rs}


@pytest.fixture(scope="module")
def club_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("club") / "club.sqlite"
    return make_db(path, """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, tier TEXT, city TEXT);
    CREATE TABLE gatherings (gathering_id INTEGER PRIMARY KEY, title TEXT, guests INTEGER, spend REAL);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                           fee REAL, booked_on TEXT);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, booking_id INTEGER REFERENCES bookings(booking_id),
                         room_no INTEGER, minutes INTEGER);
    INSERT INTO members VALUES (1,'Ann','Gold','Oslo'),(2,'Ben','Gold','Bergen'),(3,'Cat','Basic','Oslo'),
                               (4,'Dan','Basic','Oslo');
    INSERT INTO gatherings VALUES (1,'Spring Ball',100,5000),(2,'Quiz Night',20,200),(3,'Picnic',50,1000);
    INSERT INTO bookings VALUES (1,1,100,'2024-01-02'),(2,1,300,'2024-02-03'),(3,2,50,'2024-02-04'),
                                (4,3,20,'2024-03-01'),(5,3,40,'2024-03-02'),(6,3,60,'2024-04-01');
    INSERT INTO visits VALUES (1,1,1,30),(2,1,2,60),(3,2,3,90),(4,4,1,10),(5,5,2,20),(6,6,9,50);
    """)


def test_a_ratio_for_each_listed_row_is_one_ratio_per_row(club_db):
    c = Conv(club_db).ask("List the gatherings with their guests and spend")
    c.ask("what's the spend per guest for each?")
    assert _pairs(c.rows) == _pairs(rows(club_db, "SELECT title, spend * 1.0 / guests FROM gatherings"))


def test_an_amount_per_row_of_its_own_table_is_the_average_per_row(club_db):
    c = Conv(club_db).ask("What's the fee per booking for each tier?")
    want = rows(club_db, "SELECT m.tier, SUM(b.fee) / COUNT(*) FROM bookings b JOIN members m "
                         "ON m.member_id = b.member_id GROUP BY m.tier")
    assert _pairs(c.rows) == _pairs(want)


def test_how_many_units_on_average_is_the_average_of_the_units_column(club_db):
    want = rows(club_db, "SELECT AVG(minutes) FROM visits")[0][0]
    for q in ("How many minutes do members spend on a room on average?",
              "How many minutes do members spend on average?"):
        c = Conv(club_db).ask(q)
        assert len(c.rows) == 1 and len(c.rows[0]) == 1, c.sql
        assert round(float(c.rows[0][0]), 4) == round(want, 4)


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    return make_db(path, """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, title TEXT, branch TEXT, worth REAL, profit REAL);
    INSERT INTO firms VALUES (1,'Alpha','Tools',100,50),(2,'Beta','Tools',300,30),(3,'Gamma','Food',200,100),
                             (4,'Delta','Food',90,10),(5,'Eps','Food',500,400);
    """)


def test_rank_by_a_to_b_orders_by_their_ratio(firms_db):
    want = [r[0] for r in rows(firms_db, "SELECT title FROM firms WHERE profit > 20 ORDER BY worth * 1.0 / profit DESC")]
    c = Conv(firms_db).ask("Which firms have profit above 20?")
    c.ask("rank them by worth to profit")
    assert [r[0] for r in c.rows] == want, c.sql
    c = Conv(firms_db).ask("rank firms by worth divided by profit")
    assert [r[0] for r in c.rows][:1] == ["Beta"], c.sql


@pytest.fixture(scope="module")
def staff_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("staff") / "staff.sqlite"
    return make_db(path, """
    CREATE TABLE worker (Worker_ID INTEGER PRIMARY KEY, Name TEXT, Age INTEGER);
    CREATE TABLE award (Worker_ID INTEGER REFERENCES worker(Worker_ID), Year_given TEXT, Prize REAL,
                        PRIMARY KEY (Worker_ID, Year_given));
    INSERT INTO worker VALUES (1,'Ann',30),(2,'Ben',40),(3,'Cid',50);
    INSERT INTO award VALUES (1,'2020',100),(1,'2021',100),(1,'2022',100),(2,'2020',9000),(3,'2021',50),
                             (3,'2022',60);
    """)


def test_the_most_times_counts_rows_per_person_not_the_largest_value(staff_db):
    c = Conv(staff_db).ask("Who has been given a prize the most times?")
    assert [r[0] for r in c.rows] == ["Ann"], c.sql


def test_how_many_per_group_through_a_link_table_counts_the_links_of_each_group(tmp_path):
    path = make_db(tmp_path / "gyms.sqlite", """
    CREATE TABLE coach (Coach_ID INTEGER PRIMARY KEY, Name TEXT);
    CREATE TABLE gym (Gym_ID INTEGER PRIMARY KEY, Name TEXT, Town TEXT);
    CREATE TABLE posting (Gym_ID INTEGER REFERENCES gym(Gym_ID),
                          Coach_ID INTEGER PRIMARY KEY REFERENCES coach(Coach_ID), Since TEXT);
    INSERT INTO coach VALUES (1,'Ann'),(2,'Ben'),(3,'Cid'),(4,'Dee'),(5,'Eve');
    INSERT INTO gym VALUES (1,'North','Oslo'),(2,'South','Oslo');
    INSERT INTO posting VALUES (1,1,'2020'),(1,2,'2021'),(2,3,'2022');
    """)
    c = Conv(path).ask("How many coaches does each gym have?")
    assert {(r[0], int(r[-1])) for r in c.rows} == {("North", 2), ("South", 1)}, c.sql


def test_for_each_group_which_row_has_the_lowest_is_the_row_of_each_group(firms_db):
    c = Conv(firms_db).ask("For each branch, which firm has the lowest profit?")
    assert {r[0] for r in c.rows} == {"Beta", "Delta"}, c.sql
    c = Conv(firms_db).ask("For each branch, what is the lowest profit?")
    assert _pairs(c.rows) == {("Tools", 30.0), ("Food", 10.0)}, c.sql


@pytest.fixture(scope="module")
def makers_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("makers") / "makers.sqlite"
    return make_db(path, """
    CREATE TABLE makers (maker_id INTEGER PRIMARY KEY, maker_name TEXT, hq_state TEXT, trade TEXT);
    CREATE TABLE accounts (maker_id INTEGER PRIMARY KEY REFERENCES makers(maker_id), revenue REAL);
    INSERT INTO makers VALUES (1,'A','Ohio','Steel'),(2,'B','Ohio','Glass'),(3,'C','Ohio','Steel'),
                              (4,'D','Iowa','Corn'),(5,'E','Iowa','Steel'),(6,'F','Utah','Salt'),
                              (7,'G','Ohio','Wood');
    INSERT INTO accounts VALUES (1,10),(4,20),(6,30);
    """)


def test_which_n_groups_have_the_most_rows_then_a_breakdown_of_one(makers_db):
    c = Conv(makers_db).ask("Which 2 states have the most maker headquarters?")
    assert [(r[0], int(r[1])) for r in c.rows] == [("Ohio", 4), ("Iowa", 2)], c.sql
    c.ask("Just Ohio - break it down by trade")
    assert {(r[0], int(r[1])) for r in c.rows} == {("Steel", 2), ("Glass", 1), ("Wood", 1)}, c.sql


def test_an_aggregate_of_a_table_with_one_measure_is_of_that_measure(club_db):
    c = Conv(club_db).ask("What's the average booking by tier?")
    want = rows(club_db, "SELECT m.tier, AVG(b.fee) FROM bookings b JOIN members m ON m.member_id = b.member_id "
                         "GROUP BY m.tier")
    assert _pairs(c.rows) == _pairs(want), c.sql
    assert "no column to aggregate" in declined(Conv(club_db), "average gathering")   # guests or spend?


def test_the_top_n_after_an_answer_that_kept_n_ranked_rows_is_those_rows(firms_db):
    c = Conv(firms_db).ask("What are the 3 firms with the highest worth?")
    c.ask("What's the total profit of the top 3?")
    assert round(float(c.rows[0][0]), 4) == rows(firms_db, "SELECT SUM(profit) FROM (SELECT profit FROM firms "
                                                           "ORDER BY worth DESC LIMIT 3)")[0][0], c.sql


def test_which_one_after_a_count_of_values_ranks_those_values_then_those_rows(makers_db):
    c = Conv(makers_db).ask("How many trades are there in Ohio?")
    assert int(c.rows[0][0]) == 3
    c.ask("Which one has the most makers?")
    assert [r[0] for r in c.rows] == ["Steel"], c.sql
    c.ask("Show those makers")
    assert sorted(r[0] for r in c.rows) == ["A", "C"], c.sql


def test_rows_ranked_by_a_ratio_of_their_own_columns_are_ranked_row_by_row(club_db):
    want = rows(club_db, "SELECT title FROM gatherings ORDER BY spend * 1.0 / guests DESC LIMIT 1")[0][0]
    c = Conv(club_db).ask("which gathering had the highest spend per guest?")
    assert [r[0] for r in c.rows] == [want], c.sql
    c = Conv(club_db).ask("List the gatherings with their guests and spend")
    c.ask("what's the spend per guest for each?")
    c.ask("which one had the lowest spend per guest?")
    assert [r[0] for r in c.rows] == [rows(club_db, "SELECT title FROM gatherings ORDER BY spend * 1.0 / guests "
                                                    "LIMIT 1")[0][0]], c.sql
    declined(Conv(club_db), "what's the highest spend per guest?")     # no rows named to rank


def test_a_yes_no_column_kept_as_text_1_and_0_is_a_condition_and_which_is_the_names_one(tmp_path):
    path = make_db(tmp_path / "pound.sqlite", """
    CREATE TABLE hounds (hound_id INTEGER PRIMARY KEY, name TEXT, rescued_yn TEXT, weight REAL, date_homed TEXT);
    INSERT INTO hounds VALUES (1,'Rex','1',30,NULL),(2,'Fido','0',12,'2024-01-01'),(3,'Max','1',25,NULL),
                              (4,'Bo','0',40,NULL);
    """)
    c = Conv(path).ask("How many hounds were rescued?")
    assert int(c.rows[0][0]) == 2, c.sql
    c = Conv(path).ask("How many hounds have not been homed yet?")
    assert int(c.rows[0][0]) == 3, c.sql
    c.ask("Of those, which is the heaviest?")
    assert [r[0] for r in c.rows] == ["Bo"], c.sql


def test_a_superlative_by_a_named_measure_ranks_by_that_measure_only(tmp_path):
    path = make_db(tmp_path / "shop.sqlite", """
    CREATE TABLE items (item_id INTEGER PRIMARY KEY, item_name TEXT, price REAL, price_to_weight REAL, stock INTEGER);
    INSERT INTO items VALUES (1,'Axe',10,5,3),(2,'Bow',50,1,9),(3,'Cap',5,9,8),(4,'Dart',7,2,1);
    """)
    c = Conv(path).ask("Which items have a stock above 2?")
    c.ask("What's the cheapest by price to weight among them?")
    assert [r[0] for r in c.rows] == ["Bow"], c.sql


def test_a_slashed_ratio_of_two_measures_is_their_ratio_and_one_the_data_lacks_is_declined(firms_db):
    c = Conv(firms_db).ask("rank firms by worth/profit")
    assert [r[0] for r in c.rows][:1] == ["Beta"], c.sql
    assert "'ev'" in declined(Conv(firms_db), "rank firms by EV/profit")


def test_rows_above_the_average_of_their_one_measure_and_of_their_own_value(tmp_path):
    path = make_db(tmp_path / "gifts.sqlite", """
    CREATE TABLE gifts (gift_id INTEGER PRIMARY KEY, method TEXT, amount REAL);
    INSERT INTO gifts VALUES (1,'Card',10),(2,'Card',30),(3,'Cash',100),(4,'Cash',200),(5,'Card',20);
    """)
    c = Conv(path).ask("how many gifts were above the average?")
    assert int(c.rows[0][0]) == 2, c.sql                # 100 and 200 are above 72
    c = Conv(path).ask("how many card gifts were above the card average?")
    assert int(c.rows[0][0]) == 1, c.sql                # 30 is above 20


def test_which_head_has_the_most_rows_named_by_their_label(tmp_path):
    path = make_db(tmp_path / "bands.sqlite", """
    CREATE TABLE conductor (Conductor_ID INTEGER PRIMARY KEY, Name TEXT, Age INTEGER);
    CREATE TABLE band (Band_ID INTEGER PRIMARY KEY, Band TEXT, Conductor_ID INTEGER REFERENCES conductor(Conductor_ID),
                       Founded INTEGER);
    INSERT INTO conductor VALUES (1,'Ann',50),(2,'Ben',60),(3,'Cid',70);
    INSERT INTO band VALUES (1,'Reds',1,1990),(2,'Blues',2,1991),(3,'Greens',2,1992);
    """)
    c = Conv(path).ask("Which conductor has the most bands?")
    assert [r[0] for r in c.rows] == ["Ben"], c.sql
