"""Aggregation structure on schemas the engine was never tuned on: what a question groups by,
what it counts per group, and joins that would repeat a row. Right or declined, never another
answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine import Engine


def declined(c: Conv, q: str) -> str:
    with pytest.raises(Engine.CannotAnswer) as e:
        c.ask(q)
    return str(e.value)


def rows(path, sql: str) -> list:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


@pytest.fixture(scope="module")
def bikes_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("bikes") / "bikes.sqlite"
    return make_db(path, """
    CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, nick TEXT, age INTEGER, squad INTEGER, town TEXT);
    CREATE TABLE bikes (bike_id INTEGER PRIMARY KEY, model TEXT, gears INTEGER, weight REAL);
    INSERT INTO riders VALUES (1,'Ace',20,3,'Ghent'),(2,'Bo',30,3,'Ghent'),(3,'Cy',41,7,'Lille'),
                              (4,'Di',25,7,'Lille'),(5,'Ed',33,9,'Ghent');
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
    INSERT INTO lands VALUES (1,'Peru'),(2,'Chile'),(3,'Fiji');
    INSERT INTO auto_makers VALUES (1,'aco','Aco Motor Works',1),(2,'bim','Bim Cars',1),(3,'cor','Cor Autos',2),
                                   (4,'dyn','Dyn Vehicles',1),(5,'eko','Eko Group',2);
    INSERT INTO model_list VALUES (1,1,'A1'),(2,1,'A2'),(3,1,'A3'),(4,2,'B1'),(5,3,'C1'),(6,3,'C2'),(7,3,'C3'),
                                  (8,5,'E1');
    INSERT INTO carriers VALUES (1,'Alpa','Peru'),(2,'Bexo','Peru'),(3,'Cumo','Peru'),(4,'Duna','Chile');
    INSERT INTO trips VALUES (1,1,100),(1,2,200),(1,3,300),(2,1,50),(4,1,70),(4,2,80),(4,3,90);
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
