"""Found by heldout63's blind run (a programme evaluator): 'what share of the Spring cohort completed?'
is a share within the group named; 'the most late arrivals' counts the flagged rows (never an average
of rows already kept to the flag); 'sessions held' leaves the cancelled sessions out."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db


@pytest.fixture(scope="module")
def course_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("course") / "course.sqlite", """
        CREATE TABLE learners (learner_id INTEGER PRIMARY KEY, full_name TEXT, intake TEXT, outcome TEXT);
        INSERT INTO learners VALUES (1,'Ann','Spring 2024','completed'),(2,'Bo','Spring 2024','completed'),
          (3,'Cy','Spring 2024','withdrawn'),(4,'Di','Spring 2024','completed'),(5,'Ed','Autumn 2024','withdrawn'),
          (6,'Fay','Autumn 2024','withdrawn'),(7,'Gus','Autumn 2024','completed'),(8,'Hal','Autumn 2024','withdrawn');
        CREATE TABLE tutors (tutor_id INTEGER PRIMARY KEY, tutor TEXT);
        INSERT INTO tutors VALUES (1,'Mona'),(2,'Nils');
        CREATE TABLE classes (class_id INTEGER PRIMARY KEY, tutor_id INTEGER REFERENCES tutors(tutor_id),
          class_date TEXT, cancelled INTEGER);
        INSERT INTO classes VALUES (1,1,'2024-03-04',0),(2,1,'2024-03-11',1),(3,1,'2024-03-18',0),
          (4,2,'2024-03-05',0),(5,2,'2024-04-02',1),(6,2,'2024-04-09',0),(7,2,'2024-04-16',0);
        CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, class_id INTEGER REFERENCES classes(class_id),
          learner_id INTEGER REFERENCES learners(learner_id), arrivedLate INTEGER);
        INSERT INTO visits VALUES (1,1,1,1),(2,1,2,0),(3,3,1,1),(4,3,3,1),(5,4,4,1),(6,6,5,0),(7,6,6,0),
          (8,7,7,1),(9,7,8,0),(10,1,3,1),(11,1,4,0),(12,3,2,0),(13,3,4,0),(14,4,1,0),(15,4,2,0),
          (16,6,7,0),(17,6,8,0),(18,7,5,0),(19,7,6,0),(20,1,5,0),(21,3,5,0),(22,4,3,0);""")


def test_share_of_a_named_group_is_within_it(course_db):
    c = Conv(course_db).ask("What share of the Spring 2024 intake completed?")
    assert "WHERE" in c.sql and float(c.rows[0][0]) == pytest.approx(75.0)
    c = Conv(course_db).ask("What percentage of Autumn 2024 learners completed?")
    assert float(c.rows[0][0]) == pytest.approx(25.0)


def test_share_of_a_named_group_after_a_count_per_group(course_db):
    c = Conv(course_db).ask("How many learners are in each intake?").ask("What share of the Spring 2024 intake completed?")
    assert float(c.rows[0][0]) == pytest.approx(75.0)


def test_the_most_flagged_rows_are_counted_not_averaged(course_db):
    c = Conv(course_db).ask("which tutor has the most late arrivals?")
    assert "AVG" not in c.sql.upper()
    assert c.rows[0][0] == "Mona" and int(c.rows[0][1]) == 4


def test_which_owners_things_asks_for_one_owner(course_db):
    c = Conv(course_db).ask("which tutor's classes have the most late arrivals?")
    assert len(c.rows) == 1 and c.rows[0][0] == "Mona"


def test_rows_held_leave_the_cancelled_out(course_db):
    c = Conv(course_db).ask("How many classes were held each month in 2024?")
    assert [(r[0], int(r[1])) for r in c.rows] == [("2024-03", 3), ("2024-04", 2)]
    c = Conv(course_db).ask("how many classes took place in April 2024?")
    assert int(c.rows[0][0]) == 2


def test_rows_without_a_happened_verb_count_every_row(course_db):
    c = Conv(course_db).ask("how many classes were there in April 2024?")
    assert int(c.rows[0][0]) == 3
    c = Conv(course_db).ask("how many classes were cancelled?")
    assert int(c.rows[0][0]) == 2


def test_an_average_of_a_flag_kept_to_one_value_becomes_a_count(course_db):
    from c2q_shell.server.engine.catalog import Catalog
    from c2q_shell.server.engine.flagged import count_rows_kept_to_a_flag
    from c2q_shell.server.engine.plan import Agg, Dim, Filter, Plan
    from c2q_shell.server.sources import SQLiteSource
    cat = Catalog(SQLiteSource(course_db).introspect(), {}, [])
    p = Plan(table="tutors", measures=[Agg("avg", "visits.arrivedLate")], group=[Dim("tutors.tutor")],
             filters=[Filter("visits.arrivedLate", "=", [1])])
    count_rows_kept_to_a_flag(p, cat)
    assert p.measures == [Agg("count", "visits.arrivedLate")]
    kept = Plan(table="tutors", measures=[Agg("avg", "visits.arrivedLate")], group=[Dim("tutors.tutor")])
    count_rows_kept_to_a_flag(kept, cat)
    assert kept.measures == [Agg("avg", "visits.arrivedLate")]      # no condition on the flag: a rate
