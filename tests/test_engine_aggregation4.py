"""Averages over rows: 'the average litres per batch' over batches, whose name column is a
person's (the brewer), is the average over the batches — the brewer shown beside each batch's
key is dropped with the key, never left as a grouping by brewer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


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


@pytest.fixture(scope="module")
def staff_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("staff") / "staff.sqlite", """
    CREATE TABLE units (unit_name TEXT PRIMARY KEY, floor INTEGER, budget REAL);
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT, unit_name TEXT REFERENCES units(unit_name),
                        pay REAL);
    INSERT INTO units VALUES ('Audit',1,500),('Law',2,900),('Ops',3,100);
    INSERT INTO staff VALUES (1,'Ann','Audit',90),(2,'Ben','Audit',70),(3,'Cal','Law',60),(4,'Dee','Law',50),
                             (5,'Eve','Ops',120);
    """)


HIGH = "SELECT unit_name FROM staff GROUP BY unit_name HAVING AVG(pay) > 75 ORDER BY 1"


def test_entities_with_an_aggregate_of_their_related_rows_above_a_bound(staff_db):
    c = Conv(staff_db).ask("Which units have an average pay above 75?")
    assert sorted(r[0] for r in c.rows) == [r[0] for r in rows(staff_db, HIGH)]      # Audit, Ops
    c = Conv(staff_db).ask("units with a total pay of more than 115")
    assert sorted(r[0] for r in c.rows) == ["Audit", "Ops"]
    # the entity's own column: an average over one row is no grouping the engine makes up
    assert "'> 75'" in declined(Conv(staff_db), "Which units have an average budget above 75?")


def test_an_aggregate_word_and_a_bound_after_groups_bound_the_aggregate_shown(staff_db):
    c = Conv(staff_db).ask("What is the average pay of staff in each unit?")
    c.ask("Which units have an average above 75?")
    assert sorted(r[0] for r in c.rows) == [r[0] for r in rows(staff_db, HIGH)]
    c = Conv(staff_db).ask("What is the average pay of staff in each unit?")
    c.ask("Which units have a total above 115?")                # the same column, totalled
    assert sorted(r[0] for r in c.rows) == ["Audit", "Ops"]


def test_sort_by_the_year_is_an_order_of_the_rows_not_groups(tmp_path):
    path = make_db(tmp_path / "firms.sqlite", """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, city TEXT, founded INTEGER, revenue REAL);
    INSERT INTO firms VALUES (1,'Acme','Oslo',1990,5),(2,'Bolt','Oslo',1950,9),(3,'Cog','Rome',1970,2),
                             (4,'Dyn','Oslo',1980,7);
    """)
    c = Conv(path).ask("Which firms are based in Oslo?")
    c.ask("sort them by the year they were founded")
    assert [r[0] for r in c.rows] == ["Bolt", "Dyn", "Acme"]      # every firm, oldest first; no average
    assert "GROUP BY" not in c.sql


def test_a_row_unit_beside_a_group_its_rows_belong_to_is_declined(tmp_path):
    path = make_db(tmp_path / "refunds.sqlite", """
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT);
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id), placed_on TEXT);
    CREATE TABLE refunds (refund_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), amount REAL);
    INSERT INTO shops VALUES (1,'North'),(2,'South');
    INSERT INTO orders VALUES (1,1,'2024-01-01'),(2,1,'2024-01-02'),(3,2,'2024-01-03');
    INSERT INTO refunds VALUES (1,1,10),(2,1,30),(3,2,5),(4,3,8);
    """)
    # one row per order (each order has one shop): never the answer to an average per order in each shop
    msg = declined(Conv(path), "average refund amount per order for each shop")
    assert "one row per orders row" in msg
    c = Conv(path).ask("average refund amount for each shop")
    assert {r[0]: float(r[1]) for r in c.rows} == {"North": 15.0, "South": 8.0}
