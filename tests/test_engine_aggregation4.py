"""Averages over rows: 'the average litres per batch' over batches, whose name column is a
person's (the brewer), is the average over the batches — the brewer shown beside each batch's
key is dropped with the key, never left as a grouping by brewer."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def brews_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("brews") / "brews.sqlite", """
    CREATE TABLE ales (ale_id INTEGER PRIMARY KEY, ale_name TEXT, style TEXT);
    CREATE TABLE brews (brew_id INTEGER PRIMARY KEY, ale_id INTEGER REFERENCES ales(ale_id), litres REAL,
                        brewer_name TEXT);
    INSERT INTO ales VALUES (1,'Dusk','Stout'),(2,'Dawn','Lager');
    INSERT INTO brews VALUES (1,1,100,'Kim'),(2,1,300,'Lee'),(3,2,50,'Kim'),(4,2,70,'Kim'),(5,1,200,'Kim');
    """)


def test_an_average_per_row_of_its_own_table_drops_the_rows_name_too(brews_db):
    c = Conv(brews_db).ask("What's the average litres per brew?")
    assert len(c.rows) == 1 and float(c.rows[0][0]) == rows(brews_db, "SELECT AVG(litres) FROM brews")[0][0]
    c = Conv(brews_db).ask("What's the average litres per brew for each ale?")
    want = dict(rows(brews_db, "SELECT a.ale_name, AVG(b.litres) FROM brews b JOIN ales a USING (ale_id) GROUP BY 1"))
    assert {r[0]: float(r[1]) for r in c.rows} == want
    c = Conv(brews_db).ask("average litres per brew by brewer name")     # a grouping the question names stays
    assert {r[0]: float(r[-1]) for r in c.rows} == dict(
        rows(brews_db, "SELECT brewer_name, AVG(litres) FROM brews GROUP BY 1"))
