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

