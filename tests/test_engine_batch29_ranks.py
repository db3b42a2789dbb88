"""Batch 29 of held-out sets: rankings — the general causes of its wrong answers, each on a schema of
its own. Right or declined, never another answer."""
from __future__ import annotations

from test_engine import Conv, declined, make_db


def _faults(tmp_path):
    return make_db(tmp_path / "faults.sqlite", """
    CREATE TABLE runs (run_id INTEGER PRIMARY KEY, run_code TEXT, run_on TEXT);
    CREATE TABLE faults (fault_id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES runs(run_id), found_on TEXT,
                         fault_kind TEXT, spotted_by TEXT, qty INTEGER, score REAL);
    INSERT INTO runs VALUES (1,'R1','2024-01-02'),(2,'R2','2024-02-03'),(3,'R3','2024-03-04');
    INSERT INTO faults VALUES
      (1,1,'2024-01-01','Chip','Lab',9,1.0),(2,1,'2024-02-01','Leak','Line',1,2.0),(3,2,'2024-03-01','Leak','Lab',2,3.0),(4,2,'2024-04-01','Leak','Lab',3,1.5),
      (5,3,'2024-05-01','Dent','Line',5,2.5),(6,3,'2024-06-01','Scuff','Lab',1,4.0),(7,3,'2024-07-01','Leak','Line',2,1.0),(8,1,'2024-08-01','Dent','Lab',2,0.5);
    """)


def test_top_n_of_a_repeating_category_by_a_quantity_ranks_its_totals(tmp_path):
    c = Conv(_faults(tmp_path))
    c.ask("Top 2 fault kinds by quantity")
    assert [(r[0], int(r[1])) for r in c.rows] == [("Chip", 9), ("Leak", 8)]
    assert "GROUP BY" in c.sql.upper()


def test_top_n_of_a_category_by_a_measure_that_does_not_add_up_is_declined(tmp_path):
    why = declined(Conv(_faults(tmp_path)), "Top 2 fault kinds by score")
    assert "total or the average" in why and "fault_kind" in why


def test_how_many_of_each_after_top_categories_by_a_quantity_is_declined(tmp_path):
    c = Conv(_faults(tmp_path))
    c.ask("Top 2 fault kinds by quantity")
    why = declined(c, "how many of each did the lab spot?")
    assert "qty" in why and "how many" in why


def test_how_many_of_each_after_top_counted_categories_keeps_the_groups_shown(tmp_path):
    c = Conv(_faults(tmp_path))
    c.ask("Top 2 fault kinds by number of faults")
    assert {r[0] for r in c.rows} == {"Leak", "Dent"}
    c.ask("how many of each did the lab find?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("Dent", 1), ("Leak", 2)]


def test_top_n_rows_within_each_group_is_declined_naming_the_group(tmp_path):
    path = _faults(tmp_path)
    for q, words in (("Top 2 faults per run by quantity", "per run"),
                     ("Top 2 faults by quantity in each run", "in each run")):
        why = declined(Conv(path), q)
        assert words in why and "within each" in why, q


def test_top_n_by_a_measure_per_unit_is_no_top_n_per_group(tmp_path):
    c = Conv(_faults(tmp_path))
    c.ask("Top 2 runs by number of faults")
    assert len(c.rows) == 2


def _trips(tmp_path):
    return make_db(tmp_path / "trips.sqlite", """
    CREATE TABLE lanes (lane_id INTEGER PRIMARY KEY, lane_code TEXT);
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, lane_id INTEGER REFERENCES lanes(lane_id), status TEXT);
    INSERT INTO lanes VALUES (1,'North'),(2,'South');
    INSERT INTO trips VALUES (1,1,'cancelled'),(2,1,'cancelled'),(3,1,'ran'),(4,2,'ran'),(5,2,'ran'),
      (6,2,'cancelled'),(7,2,'ran'),(8,1,'ran'),(9,2,'held');
    """)


def test_worst_after_a_share_of_bad_news_rows_is_the_highest_share(tmp_path):
    c = Conv(_trips(tmp_path))
    c.ask("What percentage of trips were cancelled on each lane?")
    c.ask("which lane was the worst?")
    assert [r[0] for r in c.rows] == ["North"]
    c.ask("and the best?")
    assert [r[0] for r in c.rows] == ["South"]


def test_worst_after_a_share_of_rows_neither_good_nor_bad_is_declined(tmp_path):
    c = Conv(_trips(tmp_path))
    c.ask("What percentage of trips were held on each lane?")
    why = declined(c, "which lane was the worst?")
    assert "'worst'" in why and "held" in why


def test_the_most_rows_that_hold_a_quantity_is_declined_naming_both(tmp_path):
    why = declined(Conv(_faults(tmp_path)), "Which run had the most faults?")
    assert "most faults" in why and "qty" in why


def test_the_most_rows_without_a_quantity_are_counted(tmp_path):
    c = Conv(_trips(tmp_path))
    c.ask("Which lane had the most trips?")
    assert [r[0] for r in c.rows] == ["South"]


def test_a_period_asked_but_single_rows_ranked_is_declined(tmp_path):
    path = make_db(tmp_path / "desk.sqlite", """
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, session_date TEXT, hours_booked REAL);
    INSERT INTO sessions VALUES (1,'2024-01-03',9),(2,'2024-02-03',2),(3,'2024-02-09',3),(4,'2024-02-12',5);
    """)
    why = declined(Conv(path), "Which month of 2024 was busiest by hours booked?")
    assert "'busiest'" in why or "busiest" in why
