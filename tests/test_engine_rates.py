"""A percentage within each group: 'For each depot, what percentage of its jobs were cancelled?'
is, per depot, its jobs with the condition over all its jobs — whether the groups are a table's
rows ('each depot') and whether the rows are named by their table or by its key ('jobs' for
job_id) — never one percentage of depots, nor each depot's share of all cancelled jobs."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def depots_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("depots") / "depots.sqlite", """
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, region TEXT);
    CREATE TABLE service_jobs (job_id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(depot_id),
                               state TEXT, cost REAL);
    INSERT INTO depots VALUES (1,'Elm','East'),(2,'Oak','West'),(3,'Ash','West');
    INSERT INTO service_jobs VALUES (1,1,'Cancelled',10),(2,1,'Done',20),(3,1,'Done',5),(4,1,'Done',7),
                                    (5,2,'Cancelled',9),(6,2,'Cancelled',3),(7,3,'Done',4);
    """)


RATE = """SELECT d.depot_name, 100.0 * SUM(j.state = 'Cancelled') / COUNT(*) FROM service_jobs j
          JOIN depots d ON d.depot_id = j.depot_id GROUP BY d.depot_name"""


@pytest.mark.parametrize("q", [
    "For each depot, what percentage of its jobs were cancelled?",
    "By depot, what percentage of jobs were cancelled?",
    "what percentage of jobs were cancelled for each depot?",
])
def test_a_percentage_for_each_row_of_a_table_is_a_rate_within_it(depots_db, q):
    c = Conv(depots_db).ask(q)
    want = {r[0]: round(r[1], 6) for r in rows(depots_db, RATE)}
    assert {r[0]: round(float(r[-1]), 6) for r in c.rows} == want      # Elm 25, Oak 100, Ash 0


def test_a_percentage_of_the_rows_with_a_condition_is_still_each_groups_share(depots_db):
    c = Conv(depots_db).ask("what percentage of cancelled jobs came from each depot?")
    assert {r[0]: round(float(r[-1]), 4) for r in c.rows} == {"Elm": 33.3333, "Oak": 66.6667}


def test_rows_counted_after_the_values_that_qualify_them(depots_db):
    # 'jobs' names service_jobs by its key; past the value 'cancelled' it is still the rows counted
    c = Conv(depots_db).ask("how many cancelled jobs were there in the West region?")
    assert [int(x) for x in c.rows[0]] == [row[0] for row in rows(
        depots_db, "SELECT COUNT(*) FROM service_jobs j JOIN depots d USING (depot_id) "
                   "WHERE j.state = 'Cancelled' AND d.region = 'West'")]      # 2, never a count of depots
    c = Conv(depots_db).ask("how many cancelled jobs are there?")
    assert int(c.rows[0][0]) == 3


def test_how_many_of_the_rows_counts_them_once_each(depots_db):
    # 'how many of the jobs …': the jobs with the condition counted, never one group per job key
    c = Conv(depots_db).ask("how many of the jobs were cancelled?")
    assert [[int(x) for x in r] for r in c.rows] == [[3]]
    c = Conv(depots_db).ask("how many of the cancelled jobs were in the West region?")
    assert [[int(x) for x in r] for r in c.rows] == [[2]]


def test_a_count_of_rows_grouped_by_their_own_key_is_declined(depots_db):
    # every group one row, every count 1: a misreading, never an answer
    msg = declined(Conv(depots_db), "number of jobs for each job")
    assert "every count would be 1" in msg
    c = Conv(depots_db).ask("how many jobs does each depot have?")     # a count per other rows stays
    assert sorted(int(r[-1]) for r in c.rows) == [1, 2, 4]


def test_the_most_rows_with_a_value_counts_them_per_entity(depots_db):
    # 'the most cancelled jobs': the jobs past the value are counted, never the depots ranked by a size
    c = Conv(depots_db).ask("which depot has the most cancelled jobs?")
    assert [r[0] for r in c.rows] == ["Oak"]
    assert "COUNT" in c.sql


def test_the_entity_with_the_highest_percentage_of_rows_with_a_condition(depots_db):
    c = Conv(depots_db).ask("which depot has the highest percentage of cancelled jobs?")
    assert [r[0] for r in c.rows] == ["Oak"]                # 100 % of its 2 jobs
    c = Conv(depots_db).ask("which depot has the lowest percentage of cancelled jobs?")
    assert [r[0] for r in c.rows] == ["Ash"]                # 0 % of its 1 job


def test_the_most_of_rows_of_another_table_unnamed_is_declined_not_a_size(depots_db):
    # 'the most cancelled' qualifies jobs it does not name: never the depots ranked by a size
    msg = declined(Conv(depots_db), "which depot has the most cancelled?")
    assert "'most'" in msg
