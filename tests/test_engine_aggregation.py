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
