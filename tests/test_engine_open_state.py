"""'How many sites are open?' where 'open' also names the date the sites opened on: the state (the
closing date empty), never every site with the word dropped."""
from __future__ import annotations

from test_engine import Conv, declined, make_db, rows


def test_open_is_the_closing_date_empty_even_beside_an_opening_date(tmp_path):
    db = make_db(tmp_path / "branches.sqlite", """
        CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, name TEXT, opened TEXT, closed TEXT);
        INSERT INTO branches VALUES (1,'Quay','2010-03-01',NULL),(2,'Mill','2012-05-01','2020-01-31'),
          (3,'Abbey','2015-09-01',NULL),(4,'Kiln','2018-02-01','2023-06-30'),(5,'Weir','2021-11-01',NULL);""")
    c = Conv(db).ask("How many branches are open?")
    assert [[int(v) for v in r] for r in c.rows] == [list(r) for r in rows(
        db, "SELECT COUNT(*) FROM branches WHERE closed IS NULL")] == [[3]]
    c = Conv(db).ask("which branches are still open?")
    assert sorted(r[0] for r in c.rows) == ["Abbey", "Quay", "Weir"]


def test_open_is_not_guessed_from_the_closing_date_beside_a_column_of_states(tmp_path):
    """Work orders with a status OPN/CLS/CNL: a cancelled one has no closing date either, so an empty
    closing date is not surely 'open' — declined, never a count that takes in the cancelled."""
    db = make_db(tmp_path / "fleet.sqlite", """
        CREATE TABLE work_orders (wo_id INTEGER PRIMARY KEY, opened TEXT, closed TEXT, sts TEXT);
        INSERT INTO work_orders VALUES (1,'2024-01-02',NULL,'OPN'),(2,'2024-01-05','2024-02-01','CLS'),
          (3,'2024-02-07',NULL,'CNL'),(4,'2024-03-01',NULL,'OPN');""")
    declined(Conv(db), "How many work orders are still open?")
