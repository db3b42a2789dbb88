"""Grounding, round 3: 'who' is not answered with the name the question gives, a common word is not
the name it is the bare form of, a table's own column is asked about without the tables that merely
reference it, 'every detail' shows whole rows. Each schema is built here."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    return make_db(path, """
    CREATE TABLE firms (symbol TEXT PRIMARY KEY, name TEXT, sector TEXT, founded INTEGER, listed DATE);
    INSERT INTO firms VALUES ('PE','Pear Inc.','Tech',1976,'1982-01-01'),('NW','Wire Corp (Class A)','Media',2013,'2013-06-01'),
        ('NX','Wire Corp (Class B)','Media',2013,'2013-06-01'),('VO','Volt Motors','Auto',2003,'2010-07-01'),
        ('GR','Granite Holdings','Tech',1990,'1999-03-01');
    """ + "".join(f"INSERT INTO firms VALUES ('Z{i}','Zelco{i} Ltd','Auto',{1980 + i % 40},'2000-01-01');"
                  for i in range(220)))     # names, not a category: too many to list


def test_who_is_not_answered_with_the_name_the_question_gives(firms_db):
    # no table of persons: 'who founded Pear?' shows Pear and a year, which names nobody
    with pytest.raises(Engine.CannotAnswer) as e:
        Conv(firms_db).ask("Who founded Pear?")
    assert "'who'" in str(e.value)
    c = Conv(firms_db).ask("Which firm was founded first?")
    assert c.col("name") == ["Pear Inc."]


def test_a_common_word_is_not_the_name_it_is_the_bare_form_of(firms_db):
    # 'wire' typed in lower case is the common word, not 'Wire Corp (Class A)' without its suffix
    with pytest.raises(Engine.CannotAnswer) as e:
        Conv(firms_db).ask("Show me the latest wire about Volt")
    assert "'wire'" in str(e.value)
    c = Conv(firms_db).ask("When was Wire founded?")        # typed as a name, it is the name
    assert set(c.col("name")) == {"Wire Corp (Class A)", "Wire Corp (Class B)"}
    c = Conv(firms_db).ask("when was Pear founded?")
    assert [int(x) for x in c.col("founded")] == [1976]


@pytest.fixture(scope="module")
def radio_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("radio") / "radio.sqlite"
    return make_db(path, """
    CREATE TABLE FM_Station (id TEXT PRIMARY KEY, station_name TEXT, Language TEXT, Country TEXT, Power REAL);
    CREATE TABLE FM_show (id REAL PRIMARY KEY, Episode TEXT, Rating REAL, Share REAL,
                          Station TEXT REFERENCES FM_Station(id));
    CREATE TABLE Jingle (id REAL PRIMARY KEY, Title TEXT, Station TEXT REFERENCES FM_Station(id));
    INSERT INTO FM_Station VALUES ('1','Alpha','English','UK',5),('2','Beta','English','US',9),
        ('3','Gamma','Italian','Italy',2),('4','Delta','Italian','Italy',4),('5','Eps','Italian','Italy',3);
    INSERT INTO FM_show VALUES (1,'Pilot',7.1,12,'1'),(2,'Pilot',6.0,9,'3'),(3,'Finale',8.2,15,'3'),
        (4,'Return',5.5,8,'4'),(5,'Finale',6.6,11,'5');
    INSERT INTO Jingle VALUES (1,'Ding','1'),(2,'Dong','1'),(3,'Bell','2'),(4,'Chime','3');
    """)


def test_a_key_named_like_its_table_names_that_table(radio_db):
    # 'stations' are the FM_Station rows, not the Station key of the jingles that reference them
    c = Conv(radio_db).ask("What languages do the stations use?")
    assert "Jingle" not in c.sql and "FM_show" not in c.sql
    assert sorted(set(c.col("Language"))) == ["English", "Italian"]
    c = Conv(radio_db).ask("How many stations are in Italy?")
    assert [int(x) for x in c.rows[0]] == [3]


def test_each_after_a_listing_without_groups_is_declined(radio_db):
    c = Conv(radio_db)
    c.ask("Show the stations and their language")
    with pytest.raises(Engine.CannotAnswer) as e:   # a total would drop 'each'
        c.ask("how many shows are on each?")
    assert "'each'" in str(e.value)


def test_what_column_do_the_rows_use_asks_for_its_values(radio_db):
    c = Conv(radio_db)
    c.ask("What languages do the stations use?")
    assert c.cols == ["Language"] and sorted(c.col("Language")) == ["English", "Italian"]
    c.ask("how many stations use each?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("English", 2), ("Italian", 3)]


def test_how_many_of_the_text_that_names_the_rows_counts_rows(radio_db):
    # FM_show has no name column; Episode is the text naming its rows: two shows called 'Finale' are two
    c = Conv(radio_db).ask("How many episodes have a share above 10?")
    assert [int(x) for x in c.rows[0]] == [3]
    c = Conv(radio_db).ask("How many distinct episodes have a share above 10?")
    assert [int(x) for x in c.rows[0]] == [2]
    c = Conv(radio_db).ask("How many languages are there?")       # a category: its values are counted
    assert [int(x) for x in c.rows[0]] == [2]


def test_every_detail_on_a_ranked_row_shows_its_whole_row(radio_db):
    c = Conv(radio_db).ask("Give me every detail of the FM station with the highest power")
    assert set(c.cols) == {"id", "station_name", "Language", "Country", "Power"} and len(c.rows) == 1
    assert c.col("station_name") == ["Beta"]



def test_oldest_first_orders_by_the_date_shown(firms_db):
    c = Conv(firms_db).ask("show the Tech firms and the founding year, oldest first")
    assert c.col("name") == ["Pear Inc.", "Granite Holdings"]


def test_the_year_they_were_founded_is_the_founding_year(firms_db):
    c = Conv(firms_db)
    c.ask("list the firms in the Tech sector")
    c.ask("list them with the year they were founded, oldest first")    # by that year, never by a size
    assert c.col("name") == ["Pear Inc.", "Granite Holdings"] and [int(x) for x in c.col("founded")] == [1976, 1990]
    with pytest.raises(Engine.CannotAnswer):            # 'it' still points back: nothing to point at
        Conv(firms_db).ask("What year was it founded?")
