"""Grounding of words and values on databases the engine was never tuned on: a generic word is not
part of a value, a word the data cannot answer ('will', 'how did X do') is declined, units and
states ('a share', 'current') are read or declined, never dropped. Each schema is built here."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def staff_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("staff") / "staff.sqlite"
    return make_db(path, """
    CREATE TABLE departments (dept_id INTEGER PRIMARY KEY, dept_name TEXT, location TEXT);
    CREATE TABLE employees (emp_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, job_title TEXT,
                            dept_id INTEGER REFERENCES departments(dept_id), hire_date TEXT);
    CREATE TABLE salaries (emp_id INTEGER REFERENCES employees(emp_id), salary REAL, from_date TEXT,
                           to_date TEXT);
    INSERT INTO departments VALUES (1,'Finance','Leeds'),(2,'Customer Care','York'),(3,'Legal','Hull');
    INSERT INTO employees VALUES (1,'Ann','Ray','Head of People',1,'2021-03-01'),
        (2,'Bo','Lim','Data Analyst',1,'2022-05-09'),(3,'Cy','Oak','Clerk',2,'2022-08-01'),
        (4,'Di','Fox','Clerk',2,'2023-09-15'),(5,'Ed','Yew','Counsel',3,'2023-11-02'),
        (6,'Flo','Ash','Data Analyst',3,'2023-12-01');
    INSERT INTO salaries VALUES (1,90,'2021-03-01','2022-12-31'),(1,100,'2023-01-01',NULL),
        (2,50,'2022-05-09','2023-04-30'),(2,70,'2023-05-01',NULL),(3,40,'2022-08-01',NULL),
        (4,42,'2023-09-15',NULL),(5,80,'2023-11-02',NULL),(6,60,'2023-12-01','2024-06-30');
    """)


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    return make_db(path, """
    CREATE TABLE firms (symbol TEXT PRIMARY KEY, name TEXT, hq_country TEXT, sector TEXT, price REAL);
    INSERT INTO firms VALUES ('AAA','Acme Corp','United Kingdom','Energy',1200),
        ('BBB','Bolt Inc.','Canada','Utilities',80),('CCC','Crux, Inc.','United Kingdom','Energy',40),
        ('DDD','Dyna Group','Ireland','Information Technology',1500),('EEE','Exchange Inc.','Canada','Utilities',9);
    """)


def one(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_people_words_are_the_rows_of_the_table_of_persons(staff_db):
    c = Conv(staff_db)
    c.ask("How many people did we hire each year?")       # not job_title = 'Head of People'
    assert sorted((str(r[0]), int(r[1])) for r in c.rows) == [("2021", 1), ("2022", 2), ("2023", 3)]
    c = Conv(staff_db)
    c.ask("List the Customer Care people hired since 2023")
    assert [r[0] for r in c.rows] == ["Di"]


def test_one_word_of_a_longer_name_is_not_a_value_holding_that_word(firms_db):
    msg = declined(Conv(firms_db), "Which firms are headquartered outside the United States?")
    assert "'united'" in msg
    c = Conv(firms_db)
    c.ask("Which firms are in the United Kingdom?")
    assert sorted(r[0] for r in c.rows) == ["Acme Corp", "Crux, Inc."]


def test_how_something_did_and_the_future_are_declined(firms_db):
    assert "'do'" in declined(Conv(firms_db), "How did the Exchange do in 2020?")
    c = Conv(firms_db)
    c.ask("What is the average price?")
    assert "'will'" in declined(c, "What will the average be in 2030?")
    assert "'forecast'" in declined(Conv(firms_db), "forecast the average price")


def test_a_price_a_share_is_a_unit_not_a_share_of_a_total(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms cost more than $1,000 a share?")
    assert sorted(r[0] for r in c.rows) == ["Acme Corp", "Dyna Group"]
    c = Conv(firms_db)
    c.ask("what share of firms are in Energy?")
    assert float(c.rows[0][0]) == pytest.approx(40.0)


def test_current_in_a_table_of_periods_is_the_rows_not_ended(staff_db):
    c = Conv(staff_db)
    c.ask("What's the average current salary in Finance?")        # 100 and 70, not the old 90 and 50
    assert float(c.rows[0][-1]) == pytest.approx(85.0)
    assert any("to_date" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c = Conv(staff_db)
    c.ask("What's the average salary in Finance?")                # every period
    assert float(c.rows[0][-1]) == pytest.approx(77.5)


def test_current_with_no_open_period_is_declined(tmp_path):
    path = make_db(tmp_path / "leave.sqlite", """
    CREATE TABLE leaves (leave_id INTEGER PRIMARY KEY, kind TEXT, start_date TEXT, end_date TEXT, days INTEGER);
    INSERT INTO leaves VALUES (1,'Sick','2024-01-02','2024-01-04',3),(2,'Annual','2024-02-01','2024-02-10',10);
    """)
    assert "'current'" in declined(Conv(path), "how many current leaves are there?")
    c = Conv(path)
    c.ask("how many leaves are there?")
    assert int(c.rows[0][0]) == 2


@pytest.fixture(scope="module")
def pets_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pets") / "pets.sqlite"
    return make_db(path, """
    CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, fname TEXT, lname TEXT, age INTEGER, major INTEGER);
    CREATE TABLE animals (animal_id INTEGER PRIMARY KEY, kind TEXT, animal_age INTEGER, weight REAL);
    CREATE TABLE has_animal (owner_id INTEGER REFERENCES owners(owner_id), animal_id INTEGER REFERENCES animals(animal_id));
    CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, animal_id INTEGER REFERENCES animals(animal_id),
                          stars INTEGER, review_date TEXT);
    INSERT INTO owners VALUES (1,'Ann','Ray',20,600),(2,'Bo','Lim',22,520);
    INSERT INTO animals VALUES (1,'cat',3,4.5),(2,'dog',5,20.0),(3,'cat',9,5.1);
    INSERT INTO has_animal VALUES (1,1),(2,2),(2,3);
    INSERT INTO reviews VALUES (1,1,4,'2024-01-01'),(2,3,5,'2024-02-01');
    """)


def test_who_asks_for_persons_and_an_answer_without_them_is_declined(pets_db):
    c = Conv(pets_db)
    c.ask("what is the weight of the oldest cat?")
    assert "'who'" in declined(c, "Who owns that cat?")        # not the cat again
    assert "'who'" in declined(Conv(pets_db), "Who has the heaviest animal?")
    c = Conv(pets_db)
    c.ask("who is the oldest owner?")
    assert c.rows[0][0] == "Bo"
    c = Conv(pets_db)
    c.ask("Who owns a dog?")                             # the owners, not the dog
    assert [r[0] for r in c.rows] == ["Bo"]


def test_a_word_for_a_doer_is_not_the_table_of_what_they_do(pets_db):
    c = Conv(pets_db)
    c.ask("When was the most recent review?")
    assert "'reviewer'" in declined(c, "what did the reviewer write?")


def test_the_name_of_a_code_without_names_is_declined(pets_db):
    assert "'name'" in declined(Conv(pets_db), "what is the name of the major of Ann?")
    c = Conv(pets_db)
    c.ask("what is the name of the oldest owner?")
    assert c.rows[0][0] == "Bo"


@pytest.fixture(scope="module")
def carriers_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("carriers") / "carriers.sqlite"
    return make_db(path, """
    CREATE TABLE carriers (uid INTEGER PRIMARY KEY, Carrier TEXT, Country TEXT);
    CREATE TABLE trips (Carrier INTEGER REFERENCES carriers(uid), TripNo INTEGER, Origin TEXT,
                        PRIMARY KEY (Carrier, TripNo));
    CREATE TABLE makers (Id INTEGER PRIMARY KEY, Maker TEXT, FullName TEXT);
    CREATE TABLE models (ModelId INTEGER PRIMARY KEY, Maker INTEGER REFERENCES makers(Id), Model TEXT);
    INSERT INTO carriers VALUES (1,'Blue Air','FR'),(2,'Red Jet','DE'),(3,'Sky Co','US');
    INSERT INTO trips VALUES (1,10,'A'),(1,11,'B'),(2,20,'A'),(2,21,'C'),(2,22,'D'),(3,30,'A');
    INSERT INTO makers VALUES (1,'vw','Volkswagen'),(2,'bmw','BMW'),(3,'fiat','Fiat');
    INSERT INTO models VALUES (1,1,'golf'),(2,1,'polo'),(3,1,'passat'),(4,2,'x3'),(5,3,'panda');
    """)


def test_a_number_referring_to_a_table_is_shown_by_its_name(carriers_db):
    c = Conv(carriers_db)
    c.ask("how many trips per carrier?")               # trips.Carrier is carriers.uid: the names
    assert sorted((r[0], int(r[-1])) for r in c.rows) == [("Blue Air", 2), ("Red Jet", 3), ("Sky Co", 1)]
    c = Conv(carriers_db)
    c.ask("Which carrier has the most trips?")
    assert c.rows[0][0] == "Red Jet"
    c = Conv(carriers_db)
    c.ask("Which makers have more than 2 models?")     # models counted per maker, not makers per model
    assert len(c.rows) == 1 and {"vw", "Volkswagen"} & set(c.rows[0])     # by the Maker the word names, or its full name


@pytest.fixture(scope="module")
def garage_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("garage") / "garage.sqlite"
    return make_db(path, """
    CREATE TABLE makers (Id INTEGER PRIMARY KEY, Maker TEXT, Country TEXT);
    CREATE TABLE model_list (ModelId INTEGER PRIMARY KEY, Maker INTEGER REFERENCES makers(Id), Model TEXT);
    CREATE TABLE autos_data (Id INTEGER PRIMARY KEY, ModelId INTEGER REFERENCES model_list(ModelId),
                             Horsepower INTEGER, Cylinders INTEGER, Year INTEGER);
    CREATE TABLE drivers (DrvID INTEGER PRIMARY KEY, LName TEXT, Fname TEXT, Age INTEGER, Album_release_year TEXT);
    INSERT INTO makers VALUES (1,'ford','usa'),(2,'fiat','italy');
    INSERT INTO model_list VALUES (1,1,'mustang'),(2,1,'focus'),(3,2,'panda');
    INSERT INTO autos_data VALUES (1,1,200,8,1970),(2,1,220,8,1971),(3,2,90,4,1975),(4,3,160,4,1975),(5,3,60,4,1976);
    INSERT INTO drivers VALUES (1,'Ray','Ann',19,'2014'),(2,'Lim','Bo',25,'2017'),(3,'Oak','Cy',31,'2019');
    """)


def test_column_and_table_words_of_abbreviated_names(garage_db):
    c = Conv(garage_db)
    c.ask("how many autos have 8 cylinders?")             # autos_data holds the autos
    assert int(c.rows[0][0]) == 2
    c = Conv(garage_db)
    c.ask("list the last names of drivers older than 20")  # LName; 'older than 20' is the Age
    assert sorted(r[c.cols.index("LName")] for r in c.rows) == ["Lim", "Oak"]
    c = Conv(garage_db)
    c.ask("show the ids of drivers younger than 30")
    assert sorted(int(r[c.cols.index("DrvID")]) for r in c.rows) == [1, 2]
    c = Conv(garage_db)
    c.ask("What is the average age of drivers whose albums came out after 2015?")
    assert float(c.rows[0][0]) == pytest.approx(28.0)


def test_which_label_has_many_rows_lists_each_once_also_after_a_follow_up(garage_db):
    c = Conv(garage_db)
    c.ask("Which models have autos with horsepower above 150?")
    assert sorted(r[0] for r in c.rows) == ["mustang", "panda"]
    c.ask("How many of those models are there?")
    assert int(c.rows[0][0]) == 2
    c.ask("Which of them are made by ford?")
    assert [r[0] for r in c.rows] == ["mustang"]


def test_who_does_something_to_an_earlier_row_and_names_never_kept_are_declined(garage_db, pets_db):
    c = Conv(garage_db)
    c.ask("What is the horsepower of the auto with the most cylinders?")
    assert "'who'" in declined(c, "Who makes it?")
    c = Conv(pets_db)
    c.ask("How many cats are older than 5?")
    assert int(c.rows[0][0]) == 1
    assert "'names'" in declined(c, "What are the names of those cats?")


def test_only_for_with_no_earlier_answer_is_declined(garage_db):
    assert "'Only for'" in declined(Conv(garage_db), "Only for drivers older than 20")


def test_its_after_a_named_column_is_that_columns_not_an_earlier_answer(tmp_path):
    path = make_db(tmp_path / "rates.sqlite", """
    CREATE TABLE rates (month TEXT PRIMARY KEY, interest_rate REAL, cpi REAL);
    INSERT INTO rates VALUES ('2020-01-01', 1.5, 100), ('2020-02-01', 2.5, 101), ('2020-03-01', 0.5, 102);
    """)
    c = Conv(path)
    c.ask("When was the interest rate at its highest?")
    assert c.rows[0][0] == "2020-02-01"


def test_counting_the_one_row_an_earlier_answer_kept_is_declined(garage_db):
    c = Conv(garage_db)
    c.ask("Which auto has the most horsepower?")
    assert "always 1" in declined(c, "and how many autos has it had in total?")


def test_which_of_a_kind_column_asks_for_persons_the_data_does_not_hold(tmp_path):
    path = make_db(tmp_path / "bikes.sqlite", """
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, rider_type TEXT, km REAL);
    INSERT INTO trips VALUES (1,'member',3),(2,'casual',5),(3,'member',2);
    """)
    with pytest.raises(Engine.CannotAnswer):
        Conv(path).ask("Which riders take the most trips?")
    c = Conv(path)
    c.ask("how many trips by casual riders?")           # a value of rider_type: that kind of rider
    assert int(c.rows[0][0]) == 1
    c = Conv(path)
    c.ask("count the trips by rider")                   # grouped by the kind
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("casual", 1), ("member", 2)]


@pytest.fixture(scope="module")
def market_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("market") / "market.sqlite"
    return make_db(path, """
    CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, sector TEXT);
    CREATE TABLE fundamentals (symbol TEXT PRIMARY KEY REFERENCES companies(symbol), price REAL,
                               dividend_yield REAL, earnings REAL);
    CREATE TABLE index_monthly (month TEXT PRIMARY KEY, level REAL, dividend REAL, earnings REAL);
    INSERT INTO companies VALUES ('A','Acme','Energy'),('B','Bolt','Energy'),('C','Crux','Utilities'),
                                 ('D','Dyna','Utilities');
    INSERT INTO fundamentals VALUES ('A',1200,0,5),('B',1500,2.5,7),('C',40,3.1,2),('D',20,0,-1);
    INSERT INTO index_monthly VALUES ('2020-01-01',3200,58,140),('2020-02-01',3000,59,139);
    """)


def test_a_measure_had_at_all_is_above_zero_and_read_in_the_earlier_answers_tables(market_db):
    c = Conv(market_db)
    c.ask("how many companies pay a dividend?")
    assert int(c.rows[0][0]) == 2
    assert any("dividend_yield > 0" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c = Conv(market_db)
    c.ask("Which companies have a price above 1000?")
    assert sorted(r[0] for r in c.rows) == ["Acme", "Bolt"]
    c.ask("which of them pay a dividend?")        # not the index's monthly dividend
    assert [r[0] for r in c.rows] == ["Bolt"]


def test_a_short_form_of_a_word_of_a_category_value(firms_db):
    c = Conv(firms_db)
    c.ask("how many tech firms are there?")           # 'Information Technology'
    assert int(c.rows[0][0]) == 1


def test_a_key_to_rows_of_the_same_table_is_not_read_as_that_table(tmp_path):
    path = make_db(tmp_path / "org.sqlite", """
    CREATE TABLE staff (emp_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                        manager_id INTEGER REFERENCES staff(emp_id));
    INSERT INTO staff VALUES (1,'Ann','Ray',NULL),(2,'Bo','Lim',1),(3,'Cy','Oak',1),(4,'Di','Fox',2);
    """)
    c = Conv(path)
    c.ask("how many staff per manager?")       # never one row per employee, each counted once
    assert sorted(int(r[-1]) for r in c.rows if r[0] is not None) == [1, 2]


def test_weigh_names_the_weight(pets_db):
    c = Conv(pets_db)
    c.ask("how many animals weigh more than 5?")
    assert int(c.rows[0][0]) == 2


def test_out_of_and_to_choose_the_end_of_the_journey(tmp_path):
    path = make_db(tmp_path / "air.sqlite", """
    CREATE TABLE carriers (uid INTEGER PRIMARY KEY, Carrier TEXT);
    CREATE TABLE ports (Code TEXT PRIMARY KEY, City TEXT);
    CREATE TABLE legs (Carrier INTEGER REFERENCES carriers(uid), LegNo INTEGER,
                       SourcePort TEXT REFERENCES ports(Code), DestPort TEXT REFERENCES ports(Code),
                       PRIMARY KEY (Carrier, LegNo));
    INSERT INTO carriers VALUES (1,'Blue'),(2,'Red');
    INSERT INTO ports VALUES ('BOS','Boston'),('NYC','New York');
    INSERT INTO legs VALUES (1,1,'BOS','NYC'),(1,2,'NYC','BOS'),(2,1,'NYC','BOS'),(2,2,'NYC','BOS');
    """)
    c = Conv(path)
    c.ask("how many legs leave from Boston?")
    assert int(c.rows[0][0]) == 1
    c = Conv(path)
    c.ask("how many legs go to Boston?")
    assert int(c.rows[0][0]) == 3
    c = Conv(path)
    c.ask("Which carriers fly out of Boston?")
    assert [r[0] for r in c.rows] == ["Blue"]


def test_staff_words_do_not_name_a_table_of_customers(tmp_path):
    path = make_db(tmp_path / "shop.sqlite", """
    CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, city TEXT);
    INSERT INTO customers VALUES (1,'Ann','Ray','York'),(2,'Bo','Lim','Hull');
    """)
    c = Conv(path)
    c.ask("how many people live in York?")
    assert int(c.rows[0][0]) == 1
    with pytest.raises(Engine.CannotAnswer):
        Conv(path).ask("how many employees are there?")
