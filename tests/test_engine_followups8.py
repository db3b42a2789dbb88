"""Follow-ups (batches 12 and 13): how a follow-up edits the previous plan, and what a follow-up
after a declined round may still answer; each on a small schema of its own. Right or declined,
never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def kennel_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("kennel") / "kennel.sqlite"
    return make_db(path, """
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT, region TEXT, opened_year INTEGER);
    CREATE TABLE hounds (hound_id INTEGER PRIMARY KEY, club_id INTEGER REFERENCES clubs(club_id), hound_name TEXT,
                         breed TEXT, weight_kg REAL, show_score REAL, registered_on TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, hound_id INTEGER REFERENCES hounds(hound_id),
                           booked_on TEXT, nights INTEGER, fee REAL, outcome TEXT);
    INSERT INTO clubs VALUES (1,'Aldgate','North',1990),(2,'Brixham','South',2001),(3,'Corfe','South',1985),
      (4,'Dunmore','West',2010);
    INSERT INTO hounds VALUES (1,1,'Rex','beagle',12.5,7.5,'2022-01-04'),(2,1,'Moss','collie',20.0,8.8,'2022-05-10'),
      (3,2,'Tig','beagle',11.0,6.1,'2023-02-02'),(4,2,'Nell','terrier',8.0,9.4,'2023-06-30'),
      (5,3,'Bran','collie',22.5,5.5,'2024-03-03'),(6,3,'Pip','terrier',7.5,8.1,'2024-08-08'),
      (7,4,'Juno','beagle',13.0,9.9,'2024-11-11'),(8,4,'Ash','collie',19.0,4.2,'2025-01-20');
    INSERT INTO bookings VALUES (1,1,'2024-01-05',3,90,'completed'),(2,2,'2024-02-11',2,60,'cancelled'),
      (3,3,'2024-03-15',5,150,'completed'),(4,4,'2024-04-20',1,30,'no-show'),(5,5,'2024-05-02',4,120,'completed'),
      (6,6,'2024-06-18',2,60,'cancelled'),(7,7,'2025-01-09',3,90,'completed'),(8,8,'2025-02-14',6,180,'no-show'),
      (9,1,'2025-03-03',2,60,'completed'),(10,3,'2025-04-04',1,30,'cancelled');
    """)


def test_what_about_another_value_replaces_the_part_of_a_share(kennel_db):
    for follow in ("what about cancelled?", "and cancelled?", "and no-show?"):
        c = Conv(kennel_db)
        c.ask("what percentage of bookings were completed?")
        c.ask(follow)
        value = follow.split()[-1].rstrip("?")
        want = rows(kennel_db, f"SELECT 100.0 * SUM(outcome = '{value}') / COUNT(*) FROM bookings")[0][0]
        assert len(c.rows) == 1 and abs(float(c.rows[0][-1]) - want) < 1e-6, (follow, c.sql)


def test_who_of_a_year_already_shown_is_declined(kennel_db):
    c = Conv(kennel_db)
    c.ask("Which club has the earliest opened year?")
    assert c.rows[0][0] == "Corfe"
    why = declined(c, "Who opened it?")
    assert "who" in why


def after_a_declined_round(c: Conv, question: str, declined_question: str = "How many zorblax bookings?"):
    """The server's call after a round the engine declined: the round is passed on as `skipped`."""
    res = c.engine.answer(question, "direct", c.prev, skipped={"question": declined_question, "answered": False})
    c.prev = res.tasks[-1].plan
    c.sql = res.tasks[-1].sql
    return c


def test_a_split_an_elided_thing_or_the_period_named_before_after_a_declined_round_is_declined(kennel_db):
    for first in (None, "How many hounds are there?"):
        for q, word in (("split into completed and cancelled", "split into"),
                        ("list this year's with the hound and date", "this year's"),
                        ("which club had the most bookings over the two years?", "the two years"),
                        ("in South", "in")):
            c = Conv(kennel_db)
            if first:
                c.ask(first)
            with pytest.raises(Engine.CannotAnswer) as e:
                after_a_declined_round(c, q)
            assert word in e.value.words, (q, str(e.value))


def test_which_of_those_naming_the_rows_own_table_picks_among_the_ranked_rows(kennel_db):
    c = Conv(kennel_db)
    c.ask("Which five hounds have the highest show score?")
    c.ask("Which of those are beagle hounds?")
    want = rows(kennel_db, "SELECT hound_name FROM (SELECT * FROM hounds ORDER BY show_score DESC LIMIT 5) "
                           "WHERE breed = 'beagle'")
    assert sorted(c.col("hound_name")) == sorted(r[0] for r in want), c.sql


def test_sort_by_that_sorts_the_kept_rows_by_the_figure_just_added(kennel_db):
    c = Conv(kennel_db)
    c.ask("Show the 3 heaviest hounds")
    c.ask("and their show score?")
    c.ask("sort by that")
    want = rows(kennel_db, "SELECT hound_name FROM (SELECT * FROM hounds ORDER BY weight_kg DESC LIMIT 3) "
                           "ORDER BY show_score")
    assert c.col("hound_name") == [r[0] for r in want], c.sql


def test_names_after_the_group_with_the_most_are_that_groups_rows_under_its_conditions(kennel_db):
    c = Conv(kennel_db)
    c.ask("hounds registered since 2024")
    c.ask("by breed")
    c.ask("which has the most?")
    c.ask("names?")
    assert sorted(c.col("hound_name")) == ["Ash", "Bran"], c.sql


def test_top_n_after_a_ranking_keeps_its_measure_and_never_turns_it_around(kennel_db):
    c = Conv(kennel_db)
    c.ask("which hound has the highest show score?")
    c.ask("top 3")
    assert c.col("hound_name") == ["Juno", "Nell", "Moss"], c.sql
    c = Conv(kennel_db)
    c.ask("which hound has the highest show score?")
    c.ask("lowest?")
    assert c.col("hound_name") == ["Ash"]
    try:
        c.ask("top 3")
    except Engine.CannotAnswer:
        return
    assert c.col("hound_name") == ["Ash", "Bran", "Tig"], c.sql


def test_how_many_of_a_figure_of_the_rows_of_a_value_named_adds_them_up(kennel_db):
    c = Conv(kennel_db)
    c.ask("How many nights were booked for Rex?")
    assert len(c.rows) == 1 and int(c.rows[0][-1]) == 5, c.sql


def test_which_one_after_related_rows_listed_ranks_those_rows_not_a_total_per_parent(kennel_db):
    c = Conv(kennel_db)
    c.ask("List the clubs in the South region")
    c.ask("What hounds do they have?")
    c.ask("Which one has the best show score?")
    assert c.col("hound_name") == ["Nell"] and "SUM" not in c.sql.upper(), c.sql


def test_a_terse_request_about_the_declined_rounds_measure_is_declined(kennel_db):
    for skipped, word in (("Counting only completed bookings, what's the median fee?", "fee"),
                          ("and the average?", "average")):
        c = Conv(kennel_db)
        with pytest.raises(Engine.CannotAnswer) as e:
            after_a_declined_round(c, "average fee per outcome", skipped)
        assert word in e.value.words, str(e.value)
    for skipped in ("what's the median fee?", "Counting only completed bookings, what's the median fee?"):
        c = Conv(kennel_db)         # another figure, or one the declined round put under no condition
        after_a_declined_round(c, "average nights per outcome" if "only" in skipped else "average fee per outcome",
                               skipped)
        assert "AVG" in c.sql.upper()


def test_first_and_last_names_are_two_name_columns_never_the_first_row(tmp_path):
    path = make_db(tmp_path / "members.sqlite", """
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, town TEXT, joined_on TEXT);
    INSERT INTO members VALUES (1,'Ada','Lake','Ely','2021-02-01'),(2,'Ben','Moor','Ely','2020-05-05'),
      (3,'Cy','Nash','Rye','2019-01-01');
    """)
    c = Conv(path)
    c.ask("Which members live in Ely? First and last names")
    assert sorted(c.rows) == [("Ada", "Lake"), ("Ben", "Moor")] or \
        sorted(tuple(r[:2]) for r in c.rows) == [("Ada", "Lake"), ("Ben", "Moor")], c.sql


def test_the_best_month_after_a_listing_names_no_figure_and_is_declined(kennel_db):
    c = Conv(kennel_db)
    c.ask("bookings made in 2024")
    why = declined(c, "And the best month?")
    assert "best" in why
    c = Conv(kennel_db)
    c.ask("bookings made since 2024")
    c.ask("which year had the most?")        # 'the most': how many rows each year has
    assert c.rows[0][0] == "2024" and int(c.rows[0][-1]) == 6, c.sql


def test_split_into_two_values_splits_each_figure_by_them(kennel_db):
    c = Conv(kennel_db)
    c.ask("How many bookings were made each year?")
    c.ask("split into completed and cancelled")
    want = rows(kennel_db, "SELECT substr(booked_on, 1, 4), outcome, COUNT(*) FROM bookings "
                           "WHERE outcome IN ('completed', 'cancelled') GROUP BY 1, 2")
    assert sorted(tuple(map(str, r)) for r in c.rows) == sorted(tuple(map(str, r)) for r in want), c.sql


def test_a_share_of_rows_with_a_flag_both_on_and_off_is_declined(tmp_path):
    path = make_db(tmp_path / "subs.sqlite", """
    CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, owner TEXT, is_trial INTEGER, signed_up_at TEXT);
    INSERT INTO accounts VALUES (1,'a',1,'2024-01-02'),(2,'b',0,'2024-01-09'),(3,'c',0,'2024-02-11'),
      (4,'d',1,'2024-03-01');
    """)
    c = Conv(path)
    with pytest.raises(Engine.CannotAnswer):
        c.ask("what share of accounts are trial and non-trial?")
    c = Conv(path)
    with pytest.raises(Engine.CannotAnswer):
        c.ask("split into trial and non-trial")
