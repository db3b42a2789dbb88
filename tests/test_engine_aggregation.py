"""Aggregation structure on schemas the engine was never tuned on: what a question groups by,
what it counts per group, and joins that would repeat a row. Right or declined, never another
answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def bikes_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("bikes") / "bikes.sqlite"
    return make_db(path, """
    CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, nick TEXT, age INTEGER, squad INTEGER, town TEXT);
    CREATE TABLE bikes (bike_id INTEGER PRIMARY KEY, model TEXT, gears INTEGER, weight REAL);
    INSERT INTO riders VALUES (1,'Ace',20,3,'Ghent'),(2,'Bo',30,3,'Ghent'),(3,'Cy',41,7,'Lille'),
                              (4,'Di',25,7,'Lille'),(5,'Ed',31,9,'Ghent');
    INSERT INTO bikes VALUES (1,'Swift',21,9.5),(2,'Hawk',21,10.5),(3,'Kite',11,8.0),(4,'Dart',1,7.0),
                             (5,'Lark',11,9.0);
    """)


def _pairs(c: Conv) -> set:
    return {(str(r[0]), round(float(r[1]), 4)) for r in c.rows}


def _want(path, sql: str) -> set:
    return {(str(k), round(float(v), 4)) for k, v in rows(path, sql)}


def test_in_each_names_groups_even_of_a_number_column(bikes_db):
    c = Conv(bikes_db).ask("What is the average age of riders in each squad?")
    assert _pairs(c) == _want(bikes_db, "SELECT squad, AVG(age) FROM riders GROUP BY squad")
    c = Conv(bikes_db).ask("average age for every squad")
    assert len(c.rows) == 3


def test_every_number_of_a_column_groups_by_its_values(bikes_db):
    want = _want(bikes_db, "SELECT gears, AVG(weight) FROM bikes GROUP BY gears")
    assert _pairs(Conv(bikes_db).ask("Show the average weight for every number of gears")) == want
    assert _pairs(Conv(bikes_db).ask("the average weight for each value of gears")) == want


@pytest.fixture(scope="module")
def makers_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("makers") / "makers.sqlite"
    return make_db(path, """
    CREATE TABLE lands (land_id INTEGER PRIMARY KEY, land_name TEXT);
    CREATE TABLE auto_makers (id INTEGER PRIMARY KEY, maker TEXT, full_title TEXT,
                              land INTEGER REFERENCES lands(land_id));
    CREATE TABLE model_list (model_id INTEGER PRIMARY KEY, maker INTEGER REFERENCES auto_makers(id), model TEXT);
    CREATE TABLE carriers (uid INTEGER PRIMARY KEY, carrier TEXT, nation TEXT);
    CREATE TABLE trips (carrier INTEGER REFERENCES carriers(uid), trip_no INTEGER, miles INTEGER,
                        PRIMARY KEY (carrier, trip_no));
    CREATE TABLE pilots (pilot_id INTEGER PRIMARY KEY, carrier INTEGER REFERENCES carriers(uid), pilot_name TEXT);
    INSERT INTO lands VALUES (1,'Peru'),(2,'Chile'),(3,'Fiji');
    INSERT INTO auto_makers VALUES (1,'aco','Aco Motor Works',1),(2,'bim','Bim Cars',1),(3,'cor','Cor Autos',2),
                                   (4,'dyn','Dyn Vehicles',1),(5,'eko','Eko Group',2);
    INSERT INTO model_list VALUES (1,1,'A1'),(2,1,'A2'),(3,1,'A3'),(4,2,'B1'),(5,3,'C1'),(6,3,'C2'),(7,3,'C3'),
                                  (8,5,'E1');
    INSERT INTO carriers VALUES (1,'Alpa','Peru'),(2,'Bexo','Peru'),(3,'Cumo','Peru'),(4,'Duna','Chile');
    INSERT INTO trips VALUES (1,1,100),(1,2,200),(1,3,300),(2,1,50),(4,1,70),(4,2,80),(4,3,90);
    INSERT INTO pilots VALUES (1,1,'Zed'),(2,1,'Yan'),(3,4,'Zed');
    """)


def test_a_count_threshold_counts_the_related_rows_of_each_entity(makers_db):
    c = Conv(makers_db).ask("Which makers have more than 2 models?")
    assert sorted(r[0] for r in c.rows) == ["aco", "cor"]       # shown by the column the word named
    c.ask("show their full titles")                             # one value per maker: shown beside it
    assert sorted(c.col("full_title")) == ["Aco Motor Works", "Cor Autos"]
    c = Conv(makers_db).ask("Which lands have at least 2 makers?")
    assert sorted(r[0] for r in c.rows) == ["Chile", "Peru"]


def test_a_count_threshold_on_the_rows_listed_keeps_those_with_none(makers_db):
    c = Conv(makers_db).ask("Show all carriers from Peru")
    c.ask("Which of them have fewer than 2 trips?")
    assert sorted(r[0] for r in c.rows) == ["Bexo", "Cumo"]     # Cumo has no trip at all


def test_a_number_before_a_name_with_no_rows_to_count_is_declined(bikes_db):
    msg = declined(Conv(bikes_db), "which nicks have more than 2 towns?")
    assert "more than" in msg


@pytest.fixture(scope="module")
def freight_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("freight") / "freight.sqlite"
    return make_db(path, """
    CREATE TABLE haulers (hauler_cd TEXT PRIMARY KEY, hauler_name TEXT);
    CREATE TABLE consignments (consignment_id INTEGER PRIMARY KEY, hauler_cd TEXT REFERENCES haulers(hauler_cd),
                               dest_city TEXT, freight_cost REAL, state TEXT);
    CREATE TABLE boxes (box_id INTEGER PRIMARY KEY, consignment_id INTEGER REFERENCES consignments(consignment_id),
                        weight_kg REAL, is_fragile INTEGER);
    INSERT INTO haulers VALUES ('A','Atlas'),('B','Borea'),('C','Cirrus');
    INSERT INTO consignments VALUES (1,'A','Oslo',100,'lost'),(2,'A','Riga',50,'delivered'),(3,'B','Oslo',90,'lost'),
                                    (4,'C','Riga',40,'lost'),(5,'C','Oslo',30,'delivered');
    INSERT INTO boxes VALUES (1,1,10,0),(2,1,10,1),(3,1,5,0),(4,2,5,0),(5,3,9,1),(6,3,1,0),(7,4,20,0);
    """)


COST_PER_KG = """SELECT h.hauler_name, SUM(c.freight_cost) / SUM(b.kg) FROM consignments c
    JOIN haulers h ON h.hauler_cd = c.hauler_cd
    JOIN (SELECT consignment_id, SUM(weight_kg) AS kg FROM boxes GROUP BY consignment_id) b
      ON b.consignment_id = c.consignment_id GROUP BY h.hauler_name"""


def test_a_measure_per_unit_of_another_is_the_ratio_of_their_totals_each_counted_once(freight_db):
    c = Conv(freight_db).ask("What's the freight cost per kg for each hauler?")
    assert _pairs(c) == _want(freight_db, COST_PER_KG)          # each cost once, not once per box
    c.ask("which hauler is the cheapest per kg?")
    best = min(rows(freight_db, COST_PER_KG), key=lambda r: r[1])[0]
    assert [r[0] for r in c.rows] == [best]
    c = Conv(freight_db).ask("total freight cost and total weight kg per hauler")
    assert {(r[0], float(r[1])) for r in c.rows} == {(n, float(v)) for n, v in rows(
        freight_db, "SELECT h.hauler_name, SUM(c.freight_cost) FROM consignments c JOIN haulers h "
                    "ON h.hauler_cd = c.hauler_cd GROUP BY h.hauler_name")}


def test_an_amount_repeated_by_a_join_to_many_rows_is_declined(freight_db):
    msg = declined(Conv(freight_db), "total freight cost of fragile boxes by hauler")
    assert "once per related row" in msg


def test_a_percentage_by_group_with_a_condition_after_the_rows_is_a_rate_within_each_group(freight_db):
    c = Conv(freight_db).ask("by dest city, what percentage of consignments were lost?")
    assert _pairs(c) == _want(freight_db, "SELECT dest_city, 100.0 * SUM(state = 'lost') / COUNT(*) "
                                          "FROM consignments GROUP BY dest_city")
    c = Conv(freight_db).ask("what percentage of lost consignments are in each dest city?")
    assert _pairs(c) == _want(freight_db, "SELECT dest_city, 100.0 * COUNT(*) / 3 FROM consignments "
                                          "WHERE state = 'lost' GROUP BY dest_city")


@pytest.fixture(scope="module")
def staff_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("staff") / "staff.sqlite"
    return make_db(path, """
    CREATE TABLE departments (dept_id INTEGER PRIMARY KEY, dept_name TEXT);
    CREATE TABLE employees (emp_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, job_title TEXT,
                            dept_id INTEGER REFERENCES departments(dept_id));
    CREATE TABLE salaries (emp_id INTEGER REFERENCES employees(emp_id), salary REAL, from_date TEXT);
    INSERT INTO departments VALUES (1,'Finance'),(2,'Data');
    INSERT INTO employees VALUES (1,'Ana','Ruiz','Data Analyst',2),(2,'Ben','Ode','Financial Analyst',1),
                                 (3,'Ana','Lee','Data Analyst',2),(4,'Cy','Fox','Engineer',2);
    INSERT INTO salaries VALUES (1,100,'2024-01-01'),(2,80,'2024-01-01'),(3,60,'2024-01-01'),(4,90,'2024-01-01');
    """)


def test_a_loose_name_of_several_columns_groups_by_the_one_shown_or_is_declined(staff_db):
    c = Conv(staff_db).ask("how many employees are there per job title?")
    c.ask("what's the average salary for each of those titles?")      # job_title, not first_name
    assert _pairs(c) == _want(staff_db, "SELECT e.job_title, AVG(s.salary) FROM employees e JOIN salaries s "
                                        "ON s.emp_id = e.emp_id GROUP BY e.job_title")
    msg = declined(Conv(staff_db), "what's the average salary for each of the titles?")
    assert "'titles'" in msg


def test_rows_with_no_related_rows_named_by_a_label_or_through_did_not(makers_db, tmp_path):
    c = Conv(makers_db).ask("Which makers have no models at all?")
    assert [r[c.cols.index("maker")] for r in c.rows] == ["dyn"]
    path = make_db(tmp_path / "gigs.sqlite", """
    CREATE TABLE singer (singer_id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE gig (gig_id INTEGER PRIMARY KEY, gig_name TEXT);
    CREATE TABLE singer_in_gig (gig_id INTEGER REFERENCES gig(gig_id), singer_id INTEGER REFERENCES singer(singer_id),
                                PRIMARY KEY (gig_id, singer_id));
    INSERT INTO singer VALUES (1,'Ola'),(2,'Pim'),(3,'Quin');
    INSERT INTO gig VALUES (1,'Spring'),(2,'Fall');
    INSERT INTO singer_in_gig VALUES (1,1),(2,1),(2,3);
    """)
    c = Conv(path).ask("Which singers did not perform in any gig?")
    assert [r[0] for r in c.rows] == ["Pim"]


def test_which_value_has_the_youngest_rows_on_average_ranks_the_values_by_the_average(bikes_db):
    c = Conv(bikes_db).ask("Which town has the youngest riders on average?")
    best = min(rows(bikes_db, "SELECT town, AVG(age) FROM riders GROUP BY town"), key=lambda r: r[1])[0]
    assert [r[0] for r in c.rows] == [best]
    c = Conv(bikes_db).ask("Which squad has the oldest riders on average?")
    best = max(rows(bikes_db, "SELECT squad, AVG(age) FROM riders GROUP BY squad"), key=lambda r: r[1])[0]
    assert [str(r[0]) for r in c.rows] == [str(best)]


def test_who_has_the_most_counts_through_a_link_table_per_person(tmp_path):
    path = make_db(tmp_path / "owners.sqlite", """
    CREATE TABLE person (person_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT);
    CREATE TABLE animals (animal_id INTEGER PRIMARY KEY, species TEXT);
    CREATE TABLE owns (person_id INTEGER REFERENCES person(person_id), animal_id INTEGER REFERENCES animals(animal_id));
    INSERT INTO person VALUES (1,'Ida','Moe'),(2,'Jon','Ray'),(3,'Kai','Sol'),(4,'Lu','Vo');
    INSERT INTO animals VALUES (1,'cat'),(2,'dog'),(3,'cat'),(4,'eel');
    INSERT INTO owns VALUES (1,1),(2,2),(2,3),(2,4),(3,1);
    """)
    c = Conv(path).ask("Who has the most animals?")
    assert [(r[0], r[1]) for r in c.rows] == [("Jon", "Ray")]
    c = Conv(path).ask("Which persons have fewer than 2 animals?")     # Lu, with none, too
    assert sorted(r[c.cols.index("first_name")] for r in c.rows) == ["Ida", "Kai", "Lu"]


def test_groups_of_a_key_are_shown_with_the_name_it_points_at(makers_db):
    c = Conv(makers_db).ask("How many trips does each carrier have?")
    assert sorted((r[-2], int(r[-1])) for r in c.rows) == [("Alpa", 3), ("Bexo", 1), ("Duna", 3)]   # (key,) name, count
    c = Conv(makers_db).ask("Which carrier has the most trips?")
    assert "Alpa" in c.rows[0] or "Duna" in c.rows[0]


def test_a_price_a_share_is_a_unit_not_a_percentage(tmp_path):
    path = make_db(tmp_path / "stocks.sqlite", """
    CREATE TABLE stocks (ticker TEXT PRIMARY KEY, name TEXT, price REAL);
    INSERT INTO stocks VALUES ('A','Acme',1500),('B','Bolt',20),('C','Crux',1200);
    """)
    c = Conv(path).ask("Which stocks cost more than $1,000 a share?")
    assert sorted(r[0] for r in c.rows) == ["Acme", "Crux"]


def test_rows_with_a_key_of_several_columns_counted_across_a_join_to_many_are_declined(makers_db):
    msg = declined(Conv(makers_db), "how many trips with pilot Zed")    # was COUNT(DISTINCT trips.carrier)
    assert "no single key" in msg


def test_rows_with_none_when_the_child_names_its_key_after_the_parent(tmp_path):
    path = make_db(tmp_path / "air.sqlite", """
    CREATE TABLE airlines (uid INTEGER PRIMARY KEY, Airline TEXT, Country TEXT);
    CREATE TABLE flights (Airline INTEGER REFERENCES airlines(uid), FlightNo INTEGER, PRIMARY KEY (Airline, FlightNo));
    INSERT INTO airlines VALUES (1,'Alpa','Peru'),(2,'Bexo','Peru'),(3,'Cumo','Chile');
    INSERT INTO flights VALUES (1,10),(1,11),(3,12);
    """)
    c = Conv(path).ask("Which airlines have no flights?")
    assert [r[0] for r in c.rows] == ["Bexo"]


def test_a_second_number_on_a_counted_threshold_is_declined_not_swapped_in(makers_db):
    msg = declined(Conv(makers_db), "makers with more than 1 models above 2")    # was HAVING COUNT > 2
    assert "'> 2'" in msg


def test_the_highest_value_and_when_is_the_row_with_its_date(tmp_path):
    path = make_db(tmp_path / "levels.sqlite", """
    CREATE TABLE readings_monthly (month DATE PRIMARY KEY, level REAL);
    INSERT INTO readings_monthly VALUES ('2020-01-01', 3.5), ('2020-02-01', 9.25), ('2020-03-01', 1.0);
    """)
    c = Conv(path).ask("What was the highest level ever, and when?")
    assert [(r[0], float(r[1])) for r in c.rows] == [("2020-02-01", 9.25)]


def test_the_value_with_the_highest_percentage_of_rows_with_a_condition_is_ranked_by_its_rate(freight_db):
    c = Conv(freight_db).ask("which dest city has the highest percentage of lost consignments?")
    best = max(rows(freight_db, "SELECT dest_city, 1.0 * SUM(state = 'lost') / COUNT(*) FROM consignments "
                                "GROUP BY dest_city"), key=lambda r: r[1])[0]
    assert [r[0] for r in c.rows] == [best]
