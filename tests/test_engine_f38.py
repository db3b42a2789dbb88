"""Three wrong answers found beside the bench sets, each on a schema the test builds itself: a word
for a figure read as a table's key, rows counted in a named period of a table of date ranges, and
'which has the higher X' of two named rows. Right or declined, never another answer."""
from __future__ import annotations

from test_engine import Conv, declined, make_db


def test_a_word_read_as_a_tables_key_is_never_shown_as_its_figure(tmp_path):
    # 'capacity' names room_capacity only through its key capacity_id: the capacity of each inn is a
    # figure (seats), never the row number; declined naming the word, never the ids listed
    path = make_db(tmp_path / "inns.sqlite", """
    CREATE TABLE inns (inn_id INTEGER PRIMARY KEY, inn_name TEXT, town TEXT);
    CREATE TABLE room_capacity (capacity_id INTEGER PRIMARY KEY, inn_id INTEGER REFERENCES inns(inn_id),
                                starts_on TEXT, ends_on TEXT, seats INTEGER, remark TEXT);
    INSERT INTO inns VALUES (1,'Red Lion','Ely'),(2,'Swan','Bury');
    INSERT INTO room_capacity VALUES (7,1,'2023-01-01','2023-12-31',40,'x'),(8,1,'2024-01-01',NULL,44,'y'),
                                     (9,2,'2023-01-01',NULL,30,'z');
    """)
    for q in ("What is the capacity of each inn?", "capacity by inn"):
        why = declined(Conv(path), q)
        assert "'capacity'" in why and "capacity_id" in why


def test_rows_counted_in_a_named_period_are_the_nouns_rows_not_the_periods(tmp_path):
    # 'absences' is the last word of a value of codes ('Unexcused absence'); 'the winter term' a named
    # row of a table of date ranges: the absences dated within it are counted, never the terms
    path = make_db(tmp_path / "school.sqlite", """
    CREATE TABLE terms (term_id INTEGER PRIMARY KEY, term_name TEXT, start_date TEXT, end_date TEXT);
    CREATE TABLE pupils (pupil_id INTEGER PRIMARY KEY, full_name TEXT);
    CREATE TABLE fees (fee_id INTEGER PRIMARY KEY, pupil_id INTEGER REFERENCES pupils(pupil_id),
                       term_id INTEGER REFERENCES terms(term_id), amount REAL);
    CREATE TABLE reasons (code TEXT PRIMARY KEY, description TEXT);
    CREATE TABLE absences (absence_id INTEGER PRIMARY KEY, pupil_id INTEGER REFERENCES pupils(pupil_id),
                           absence_date TEXT, code TEXT REFERENCES reasons(code));
    INSERT INTO terms VALUES (1,'Winter','2024-01-08','2024-03-28'),(2,'Summer','2024-04-15','2024-07-19');
    INSERT INTO pupils VALUES (1,'Ann Lee'),(2,'Bo Chen');
    INSERT INTO fees VALUES (1,1,1,10),(2,2,1,10),(3,1,2,12);
    INSERT INTO reasons VALUES ('U','Unexcused absence'),('I','Illness');
    INSERT INTO absences VALUES (1,1,'2024-01-10','U'),(2,1,'2024-02-03','U'),(3,2,'2024-02-05','I'),
                                (4,2,'2024-05-01','U'),(5,1,'2024-03-01','U');
    """)
    c = Conv(path)
    c.ask("How many unexcused absences were there in the winter term?")
    assert int(c.rows[0][0]) == 3
    assert "COUNT(DISTINCT" not in c.sql.upper()


def test_which_has_the_higher_of_two_rows_named_picks_the_top_one_even_after_another_round(tmp_path):
    # 'A or B: which has the higher X?' names its own rows and figure: the top of the two, asked first or
    # after an unrelated round (whose condition it never keeps)
    path = make_db(tmp_path / "firms.sqlite", """
    CREATE TABLE firms (symbol TEXT PRIMARY KEY, name TEXT, sector TEXT);
    CREATE TABLE ratios (symbol TEXT PRIMARY KEY REFERENCES firms(symbol), pe_ratio REAL, dividend_yield REAL);
    INSERT INTO firms VALUES ('AA','Alpha Corp','Tech'),('BB','Beta Foods','Food'),('CC','Gamma Oil','Energy'),
                             ('DD','Delta Gas','Energy');
    INSERT INTO ratios VALUES ('AA',30,0.5),('BB',20,3.1),('CC',9,4.0),('DD',12,2.0);
    """)
    for first in ([], ["Which Energy firms have a pe ratio above 10?"], ["How many firms are in Energy?"]):
        for q in ("Alpha Corp or Beta Foods: which has the higher pe ratio?",
                  "Alpha Corp or Beta Foods: which one has the higher pe ratio?"):
            c = Conv(path)
            for f in first:
                c.ask(f)
            c.ask(q)
            assert [r[0] for r in c.rows] == ["Alpha Corp"], (first, q, c.sql)
            assert "Energy" not in c.sql


def test_a_figure_of_each_row_keyed_by_its_group_is_listed_never_averaged(tmp_path):
    # districts keyed by their name: 'the population of each district' is every district's own
    # population (main averaged them all into one number); 'average population per district' is still
    # the one average over the districts
    path = make_db(tmp_path / "districts.sqlite", """
    CREATE TABLE districts (district TEXT PRIMARY KEY, population INTEGER, area_sq_km REAL);
    INSERT INTO districts VALUES ('Ashby',12000,40.5),('Brigg',8000,22.0),('Caister',30500,61.2);
    """)
    for q in ("What's the population of each district?", "population by district"):
        c = Conv(path)
        c.ask(q)
        assert sorted(c.rows) == [["Ashby", "12000"], ["Brigg", "8000"], ["Caister", "30500"]]
    c = Conv(path)
    c.ask("average population per district")
    assert len(c.rows) == 1 and abs(float(c.rows[0][0]) - 50500 / 3) < 0.01
