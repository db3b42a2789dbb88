"""Batch 24 of held-out sets: first-round readings of ranks, measures and what a row shows, each on
a schema of its own. Right or declined, never another answer."""
from __future__ import annotations

from test_engine import Conv, make_db, rows

from c2q_shell.server.engine import Engine


def same(c: Conv, path, sql: str) -> bool:
    """The answer's rows are the reference's (values compared as text, in order)."""
    return [[str(v) for v in r] for r in c.rows] == [[str(v) for v in r] for r in rows(path, sql)]


def _rides(tmp_path):
    return make_db(tmp_path / "rides.sqlite", """
    CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, ride_day TEXT, kind TEXT, stop TEXT, km REAL, price REAL);
    INSERT INTO rides VALUES (1,'2025-01-02','clinic','Mill St',3,90),(2,'2025-01-03','clinic','Mill St',4,5),
        (3,'2025-01-04','clinic','Mill St',5,5),(4,'2025-01-05','clinic','Oak Rd',6,6),
        (5,'2025-01-06','clinic','Oak Rd',7,7),(6,'2025-01-07','clinic','Elm Sq',8,80),
        (7,'2025-01-08','market','Elm Sq',9,9),(8,'2025-01-09','market','Elm Sq',2,2);
    """)


def test_top_values_of_a_category_are_ranked_by_their_number_of_rows(tmp_path):
    path = _rides(tmp_path)
    c = Conv(path)
    c.ask("top 2 stops for clinic rides")
    assert same(c, path, "SELECT stop, COUNT(*) FROM rides WHERE kind = 'clinic' GROUP BY stop "
                         "ORDER BY COUNT(*) DESC LIMIT 2")
    assert any("number of rows" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(path)
    c.ask("bottom 1 stops")
    assert same(c, path, "SELECT 'Oak Rd', 2")


def test_groups_ranked_by_a_measure_with_no_number_are_all_shown(tmp_path):
    path = make_db(tmp_path / "shops.sqlite", """
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, region TEXT, takings REAL);
    """ + "INSERT INTO shops VALUES " + ", ".join(
        f"({i}, 'S{i}', 'R{i % 12}', {i * 10})" for i in range(1, 49)) + ";")
    c = Conv(path)
    c.ask("Which regions are biggest by total takings?")
    assert len(c.rows) == 12
    assert [r[0] for r in c.rows] == [r[0] for r in rows(path, "SELECT region FROM shops GROUP BY region "
                                                         "ORDER BY SUM(takings) DESC")]
    c = Conv(path)
    c.ask("which shops have the highest takings?")       # rows of a table: a default cut, said
    assert len(c.rows) == 10


def test_how_many_with_a_condition_on_a_measure_counts_the_rows(tmp_path):
    path = make_db(tmp_path / "stocks.sqlite", """
    CREATE TABLE firms (ticker TEXT PRIMARY KEY, firm_name TEXT, industry TEXT);
    CREATE TABLE quotes (ticker TEXT PRIMARY KEY REFERENCES firms(ticker), price REAL, pe_ratio REAL);
    INSERT INTO firms VALUES ('A','Alpha','Oil'),('B','Beta','Oil'),('C','Gamma','Tech'),('D','Delta','Tech');
    INSERT INTO quotes VALUES ('A',10,30),('B',12,8),('C',200,9),('D',150,11);
    """)
    c = Conv(path)
    c.ask("how many have a P/E under 10?")
    assert str(c.rows[0][0]) == "2"


def test_which_of_a_kind_named_by_a_value_shows_the_rows_by_name(tmp_path):
    path = make_db(tmp_path / "firms.sqlite", """
    CREATE TABLE firms (ticker TEXT PRIMARY KEY, firm_name TEXT, trade TEXT);
    CREATE TABLE quotes (ticker TEXT PRIMARY KEY REFERENCES firms(ticker), price REAL, yield_pct REAL);
    INSERT INTO firms VALUES ('A','Alpha','Regional Banks'),('B','Beta','Diversified Banks'),
                             ('C','Gamma','Shipping'),('D','Delta','Shipping');
    INSERT INTO quotes VALUES ('A',10,3.0),('B',12,4.5),('C',200,9.0),('D',150,1.0);
    """)
    c = Conv(path)
    c.ask("Which bank has the highest yield pct?")
    assert c.col("firm_name") == ["Beta"]


def _fleet(tmp_path):
    return make_db(tmp_path / "fleet.sqlite", """
    CREATE TABLE vans (plate TEXT PRIMARY KEY, model TEXT, seats INTEGER);
    CREATE TABLE runs (run_id INTEGER PRIMARY KEY, run_day TEXT, plate TEXT REFERENCES vans(plate), km REAL);
    INSERT INTO vans VALUES ('AB1','Transit',9),('CD2','Boxer',8),('EF3','Relay',5);
    INSERT INTO runs VALUES (1,'2025-01-02','AB1',10),(2,'2025-02-02','CD2',30),(3,'2025-03-02','CD2',5),
                            (4,'2024-03-02','EF3',99);
    """)


def test_which_entity_with_a_label_that_is_no_name_shows_its_key(tmp_path):
    path = _fleet(tmp_path)
    c = Conv(path)
    c.ask("which van did the most km in 2025")
    assert c.col("plate") == ["CD2"]


def _bills(tmp_path):
    return make_db(tmp_path / "bills.sqlite", """
    CREATE TABLE projects (proj_cd TEXT PRIMARY KEY, cost_budget_gbp REAL);
    CREATE TABLE ap_bills (bill_id INTEGER PRIMARY KEY, supplier_ref TEXT, proj_cd TEXT REFERENCES projects(proj_cd),
                           bill_dt TEXT, net REAL, is_void INTEGER, void_reason TEXT);
    INSERT INTO projects VALUES ('P1', 100);
    INSERT INTO ap_bills VALUES (1,'R-1','P1','2024-01-05',10,1,'duplicate'),(2,'R-2','P1','2024-02-05',20,1,'duplicate'),
        (3,'R-3','P1','2024-03-05',30,0,NULL),(4,'R-4','P1','2023-03-05',40,1,'wrong amount'),
        (5,'R-5','P1','2024-05-05',5,1,'typo');
    """)


def test_rows_shown_with_a_column_are_the_rows_not_its_distinct_values(tmp_path):
    path = _bills(tmp_path)
    c = Conv(path)
    c.ask("Show me the bills voided in 2024 with the reason")
    assert sorted(map(str, c.col("bill_id"))) == ["1", "2", "5"]
    assert sorted(c.col("void_reason")) == ["duplicate", "duplicate", "typo"]


def test_busiest_never_ranks_by_the_figure_shown_before(tmp_path):
    path = make_db(tmp_path / "cafe.sqlite", """
    CREATE TABLE events (id INTEGER PRIMARY KEY, event_date TEXT, helpers INTEGER);
    CREATE TABLE fixes (id INTEGER PRIMARY KEY, event_id INTEGER REFERENCES events(id), item TEXT);
    INSERT INTO events VALUES (1,'2024-01-06',9),(2,'2024-02-03',3),(3,'2024-03-02',4);
    INSERT INTO fixes VALUES (1,2,'lamp'),(2,2,'toaster'),(3,2,'kettle'),(4,1,'radio'),(5,3,'bike');
    """)
    c = Conv(path)
    c.ask("how many helpers were there?")
    try:
        c.ask("and the busiest event ever?")
    except Engine.CannotAnswer as e:
        assert "busiest" in str(e)
        return
    assert "helpers" not in c.sql and c.col("event_date")[0] == "2024-02-03"


def test_the_busiest_of_named_rows_has_the_most_rows_pointing_at_it(tmp_path):
    path = make_db(tmp_path / "lifts.sqlite", """
    CREATE TABLE lifts (lift_id INTEGER PRIMARY KEY, lift_name TEXT, seats INTEGER);
    CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, lift_id INTEGER REFERENCES lifts(lift_id), ride_at TEXT);
    INSERT INTO lifts VALUES (1,'Alpha',8),(2,'Beta',2),(3,'Gamma',4);
    INSERT INTO rides VALUES (1,2,'2024-01-01'),(2,2,'2024-01-02'),(3,1,'2024-01-03'),(4,2,'2024-01-04');
    """)
    c = Conv(path)
    c.ask("which lift is the busiest?")
    assert c.col("lift_name") == ["Beta"]
