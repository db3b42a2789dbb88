"""Follow-ups, round 13 (batch 21's leftovers): how a follow-up is read against the previous answer
— a count naming only its groups, 'the <kind> ones' after a count, 'which of those have <done>
<something>?', 'compare with X' and 'now all the <column>s'. Each on a schema of its own."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def club_db(tmp_path_factory):
    """Members of a club, its classes and the bookings that link them; sites and their inspections;
    repair jobs of several kinds."""
    path = tmp_path_factory.mktemp("club") / "club.sqlite"
    return make_db(path, """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, joined_on TEXT, band TEXT,
                          is_current INTEGER);
    INSERT INTO members VALUES (1,'Ava','2023-05-01','Gold',1),(2,'Ben','2025-02-01','Silver',1),
                               (3,'Cal','2025-03-09','Gold',0),(4,'Dee','2025-06-30','Gold',1),
                               (5,'Eli','2024-01-15','Silver',0);
    CREATE TABLE classes (class_id INTEGER PRIMARY KEY, class_title TEXT, fee REAL);
    INSERT INTO classes VALUES (1,'Glazing',90),(2,'Throwing',120);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                           class_id INTEGER REFERENCES classes(class_id), booked_on TEXT, amount REAL);
    INSERT INTO bookings VALUES (1,1,1,'2024-01-02',90),(2,2,2,'2025-03-01',120),(3,2,1,'2025-04-01',80),
                                (4,4,2,'2025-07-01',120);
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, town TEXT);
    INSERT INTO sites VALUES (1,'North',  'Ayr'),(2,'South','Ayr'),(3,'East','Troon');
    CREATE TABLE inspections (inspection_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id),
                              inspected_on TEXT, noise_level REAL);
    INSERT INTO inspections VALUES (1,1,'2024-01-01',71),(2,1,'2024-02-01',65),(3,2,'2024-01-05',80),
                                   (4,2,'2024-03-01',82),(5,3,'2024-02-02',60),(6,1,'2024-04-01',77);
    CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, repair_kind TEXT, price REAL);
    INSERT INTO repairs VALUES (1,'roof work',300),(2,'roof work',500),(3,'gutter clearing',80),
                               (4,'gutter clearing',100),(5,'window fitting',900);
    """)


def test_how_many_per_group_counts_the_rows_the_previous_answer_kept(club_db):
    c = Conv(club_db)
    c.ask("any inspections with noise above 70?")
    c.ask("how many per site?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == [("North", 2), ("South", 2)]
    c = Conv(club_db)
    c.ask("list the inspections in 2024")
    c.ask("how many in each town?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == [("Ayr", 5), ("Troon", 1)]


def test_the_kind_of_ones_after_a_count_keeps_the_count(club_db):
    c = Conv(club_db)
    c.ask("How many members do we have?")
    c.ask("only the current ones")
    assert [[int(v) for v in r] for r in c.rows] == [[3]]
    c.ask("by band")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == [("Gold", 2), ("Silver", 1)]


def test_the_ones_in_a_place_after_a_count_of_a_listing_still_lists_them(club_db):
    # (tests/test_engine_followups3.py keeps this reading; only 'the <kind> ones' keeps the count)
    c = Conv(club_db)
    c.ask("list the sites")
    c.ask("how many are there")
    c.ask("now only the ones in Ayr")
    assert sorted(c.col("site_name")) == ["North", "South"]


def test_which_of_those_have_done_something_keeps_those_with_a_linked_row(club_db):
    c = Conv(club_db)
    c.ask("members who joined in 2025")
    c.ask("which of those have booked a class?")
    assert sorted(c.col("member_name")) == ["Ben", "Dee"]
    assert "class_title" not in c.cols and len(c.rows) == 2
    c = Conv(club_db)
    c.ask("members who joined in 2025")
    c.ask("how many of them have booked a class?")
    assert [[int(v) for v in r] for r in c.rows] == [[2]]


def test_how_many_of_them_have_linked_rows_counts_them_not_their_linked_rows(club_db):
    c = Conv(club_db)
    c.ask("members who joined in 2025")
    c.ask("how many of them have bookings?")        # Ben (2 bookings) and Dee (1): two members
    assert [[int(v) for v in r] for r in c.rows] == [[2]]
    c = Conv(club_db)
    c.ask("members who joined in 2025")
    c.ask("which of those have booked the Glazing class?")     # a value of the linked rows: a join
    assert c.col("member_name") == ["Ben"]


def test_compare_with_another_value_shows_both_figures_side_by_side(club_db):
    c = Conv(club_db)
    c.ask("average price for roof work")
    c.ask("compare with gutter clearing")
    assert sorted((r[0], float(r[-1])) for r in c.rows) == [("gutter clearing", 90.0), ("roof work", 400.0)]


def test_now_all_the_values_drops_the_condition_on_that_column(club_db):
    c = Conv(club_db)
    c.ask("average price for roof work")
    c.ask("compare with gutter clearing")
    c.ask("now all the repair kinds, highest first")
    assert [(r[0], float(r[-1])) for r in c.rows] == [("window fitting", 900.0), ("roof work", 400.0),
                                                       ("gutter clearing", 90.0)]


def test_every_value_sorted_after_one_figure_is_the_figure_for_each_value(club_db):
    c = Conv(club_db)
    c.ask("average price for roof work")
    c.ask("now all the repair kinds, highest first")        # one figure has nothing to sort
    assert [(r[0], float(r[-1])) for r in c.rows] == [("window fitting", 900.0), ("roof work", 400.0),
                                                       ("gutter clearing", 90.0)]
    c = Conv(club_db)
    c.ask("average price for roof work")
    c.ask("and for all the repair kinds?")                  # no order: the figure over all of them
    assert [[float(v) for v in r] for r in c.rows] == [[376.0]]


def test_the_ones_with_a_condition_on_the_ranked_things_after_a_top_n_is_declined(club_db):
    c = Conv(club_db)
    c.ask("top 2 members by total amount")
    assert "'the ones'" in declined(c, "only the ones in the Gold band")
    c = Conv(club_db)
    c.ask("top 2 members by total amount")
    c.ask("which of them are in the Gold band?")      # those two: Ben (Silver) and Dee (Gold)
    assert c.col("member_name") == ["Dee"]
