"""Joins over keys of several columns: a table that refers to another by all the columns of its
key (a module's group in a term) is joined on all of them, whether the key is declared or only
shared by name; a chain through the parent of one of those columns (the module), which loses
the link, is never taken instead."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db

from c2q_shell.server.engine import Engine
from c2q_shell.server.engine.catalog import Catalog
from c2q_shell.server.sources import SQLiteSource

SCRIPT = """
CREATE TABLE tutors (tutor_id INTEGER PRIMARY KEY, tutor_name TEXT, wage REAL);
CREATE TABLE modules (module_code TEXT PRIMARY KEY, module_title TEXT, points INTEGER);
CREATE TABLE sessions (module_code TEXT REFERENCES modules(module_code), group_no INTEGER, term TEXT,
                       venue TEXT, seats INTEGER, PRIMARY KEY (module_code, group_no, term));
CREATE TABLE assignments (tutor_id INTEGER REFERENCES tutors(tutor_id), module_code TEXT, group_no INTEGER,
                          term TEXT, PRIMARY KEY (tutor_id, module_code, group_no, term));
CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, module_code TEXT, group_no INTEGER, term TEXT,
                       learner TEXT, fee REAL,
                       FOREIGN KEY (module_code, group_no, term) REFERENCES sessions(module_code, group_no, term));
INSERT INTO tutors VALUES (1,'Ada',30),(2,'Bo',40),(3,'Cy',35);
INSERT INTO modules VALUES ('M1','Algebra',10),('M2','Botany',20);
INSERT INTO sessions VALUES ('M1',1,'Spring','Hall A',30),('M1',2,'Spring','Hall B',20),
                            ('M2',1,'Autumn','Hall B',25),('M2',1,'Spring','Hall A',15),('M1',3,'Autumn','Hall C',10);
INSERT INTO assignments VALUES (1,'M1',1,'Spring'),(2,'M1',2,'Spring'),(3,'M2',1,'Autumn');
INSERT INTO bookings VALUES (1,'M1',1,'Spring','Li',5),(2,'M1',1,'Spring','Mo',5),(3,'M1',2,'Spring','Ng',6),
                            (4,'M2',1,'Autumn','Oz',7),(5,'M2',1,'Spring','Pa',8);
"""


@pytest.fixture(scope="module")
def tutoring_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("tutoring") / "tutoring.sqlite", SCRIPT)


def test_a_key_shared_by_name_joins_on_all_its_columns(tutoring_db):
    c = Conv(tutoring_db)
    c.ask("Which tutors teach sessions in Hall B?")
    # Ada teaches the module M1 but not its group in Hall B: a join on the module alone lists her
    assert sorted(set(c.col("tutor_name"))) == ["Bo", "Cy"]
    assert "a.group_no = s.group_no" in c.sql and "a.term = s.term" in c.sql


def test_a_declared_key_of_several_columns_is_one_key(tutoring_db):
    cat = Catalog(SQLiteSource(tutoring_db).introspect(), {}, [])
    key = next(f for f in cat.composite_keys if f.table == "bookings")
    assert key.ref_table == "sessions" and key.pairs == [("module_code", "module_code"), ("group_no", "group_no"),
                                                         ("term", "term")]
    assert not any(f.table == "bookings" and f.ref_table == "sessions" for f in cat.foreign_keys)
    c = Conv(tutoring_db)
    c.ask("How many bookings were there for sessions in Hall A?")
    assert int(c.rows[0][0]) == 3          # M1 group 1 in spring (2) and M2 group 1 in spring (1)
    c = Conv(tutoring_db)
    c.ask("sessions without bookings")
    assert [r[:3] for r in c.rows] == [["M1", "3", "Autumn"]]     # on module_code alone: none
    c = Conv(tutoring_db)
    c.ask("total fee by venue")
    assert {r[0]: float(r[1]) for r in c.rows} == {"Hall A": 18.0, "Hall B": 13.0}


def test_a_chain_through_the_parent_of_one_key_column_is_not_taken(tutoring_db):
    c = Conv(tutoring_db)
    c.ask("How many bookings does each tutor have?")
    got = {r[0]: int(r[1]) for r in c.rows if r[0] is not None}
    assert got == {"Ada": 2, "Bo": 1, "Cy": 1}      # through the module: Ada and Bo would have 3 each
    assert "JOIN modules" not in c.sql


def test_a_bare_id_in_a_key_of_several_columns_links_nothing(tmp_path):
    # both tables hold (id, day), but 'id' is each table's own: a person and a shop are not linked
    path = make_db(tmp_path / "ids.sqlite", """
    CREATE TABLE visits (id INTEGER, day TEXT, spent REAL, PRIMARY KEY (id, day));
    CREATE TABLE openings (id INTEGER, day TEXT, hours INTEGER, PRIMARY KEY (id, day));
    """)
    cat = Catalog(SQLiteSource(path).introspect(), {}, [])
    assert cat.composite_keys == [] and not cat.connected("visits", "openings")


def test_a_verb_naming_one_link_table_is_not_answered_through_another(tmp_path):
    # sites are assigned to an inspector (assignments) and visited by inspectors (visits): 'visit'
    # names the visits, so counting through the assignments answers another question
    path = make_db(tmp_path / "inspect.sqlite", """
    CREATE TABLE inspectors (inspector_id INTEGER PRIMARY KEY, inspector_name TEXT);
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT);
    CREATE TABLE assignments (site_id INTEGER PRIMARY KEY REFERENCES sites(site_id),
                              inspector_id INTEGER REFERENCES inspectors(inspector_id));
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, inspector_id INTEGER REFERENCES inspectors(inspector_id),
                         site_id INTEGER REFERENCES sites(site_id), visit_day TEXT);
    INSERT INTO inspectors VALUES (1,'Ivy'),(2,'Jon');
    INSERT INTO sites VALUES (1,'Dock'),(2,'Mill'),(3,'Pier');
    INSERT INTO assignments VALUES (1,1),(2,1),(3,2);
    INSERT INTO visits VALUES (1,2,1,'2024-01-01'),(2,2,2,'2024-01-02'),(3,1,3,'2024-01-03');
    """)
    c = Conv(path)
    try:
        c.ask("how many sites does each inspector visit?")
    except Engine.CannotAnswer as e:
        assert "'visit'" in str(e)
        return
    assert "visits" in c.sql and "assignments" not in c.sql


def test_a_word_of_the_key_joined_on_names_the_link(tmp_path):
    path = make_db(tmp_path / "fleet.sqlite", """
    CREATE TABLE clashes (id INTEGER PRIMARY KEY, clash_name TEXT);
    CREATE TABLE boats (id INTEGER PRIMARY KEY, boat_name TEXT, sunk_in_clash INTEGER REFERENCES clashes(id));
    INSERT INTO clashes VALUES (1,'Cape'),(2,'Bay');
    INSERT INTO boats VALUES (1,'Ark',1),(2,'Bee',1),(3,'Cog',2),(4,'Dart',NULL);
    """)
    c = Conv(path).ask("How many boats were sunk in each clash?")       # 'sunk': the key joined on
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("Bay", 1), ("Cape", 2)]
    # with no join the word says nothing the answer does: declined, never every boat counted
    assert "'sunk'" in declined(Conv(path), "how many boats were sunk?")
