"""Follow-ups that lean on the previous answer (batch 15 of the blind sets): the rows of the group
a ranking kept, listed. Each rule on a schema of its own (depots and their vans)."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def vans_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("vans") / "vans.sqlite"
    return make_db(path, """
    CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT, city TEXT);
    CREATE TABLE vans (van_id INTEGER PRIMARY KEY, plate TEXT, model TEXT,
                       depot_id INTEGER REFERENCES depots(depot_id), payload_kg INTEGER);
    INSERT INTO depots VALUES (1,'Riverside','Leeds'),(2,'Hilltop','York'),(3,'Dockside','Hull');
    INSERT INTO vans VALUES (1,'AB1','Transit',1,900),(2,'AB2','Transit',1,950),(3,'AB3','Sprinter',1,1200),
                            (4,'AB4','Transit',2,800),(5,'AB5','Vivaro',3,700),(6,'AB6','Transit',2,1000),
                            (7,'AB7','Sprinter',3,1100);
    """)


def rows(path, sql: str) -> list:
    with sqlite3.connect(path) as db:
        return sorted(tuple(str(v) for v in row) for row in db.execute(sql).fetchall())


def got(c: Conv) -> list:
    return sorted(tuple(str(v) for v in row) for row in c.rows)


def test_those_rows_of_the_group_kept_are_listed_not_averaged(vans_db):
    c = Conv(vans_db)
    c.ask("Which depot has the most vans based there?")
    c.ask("list those vans with their payload")
    assert got(c) == rows(vans_db, "SELECT plate, payload_kg FROM vans WHERE depot_id = 1")
    c = Conv(vans_db)
    c.ask("Which model has the most vans?")
    c.ask("list its vans with their payload")
    assert got(c) == rows(vans_db, "SELECT plate, payload_kg FROM vans "
                                                              "WHERE model = 'Transit'")


@pytest.fixture(scope="module")
def gauge_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gauge") / "gauge.sqlite"
    days = [f"('20{20 + i // 12}-{1 + i % 12:02d}-01', {40 + (i * 7) % 23})" for i in range(36)]
    return make_db(path, f"""
    CREATE TABLE river_monthly (month TEXT PRIMARY KEY, water_level REAL);
    INSERT INTO river_monthly VALUES {", ".join(days)};
    """)


def test_ever_drops_the_period_the_previous_answer_kept(gauge_db):
    c = Conv(gauge_db)
    c.ask("What was the water level in March 2021?")
    c.ask("and the lowest water level ever recorded?")
    low = rows(gauge_db, "SELECT MIN(water_level) FROM river_monthly")[0][0]
    assert [float(v) for v in c.col("water_level")] == [float(low)]


@pytest.fixture(scope="module")
def shops_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("shops") / "shops.sqlite"
    # the North has the smallest total, the East (many small sales) the smallest average; Cedar sold nothing
    east = ", ".join(f"({10 + i},{5 + i % 2},5)" for i in range(20))
    return make_db(path, f"""
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, region TEXT);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id), amount REAL);
    INSERT INTO shops VALUES (1,'Alder','North'),(2,'Birch','North'),(3,'Cedar','North'),(4,'Damson','South'),
                             (5,'Elm','East'),(6,'Fir','East');
    INSERT INTO sales VALUES (1,1,30),(2,2,30),(3,4,500),{east};
    """)


def test_ranking_the_groups_after_their_shares_of_a_total_ranks_their_totals(shops_db):
    c = Conv(shops_db)
    c.ask("What share of total sales amount does each region have?")
    c.ask("Which region is the smallest by amount?")
    assert c.col("region") == ["North"]            # (by average per sale it would be the East)
    c.ask("how many shops does it have?")
    assert [int(v) for v in c.rows[0]] == [3]


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    # Retail has the most firms; Energy the most with a margin above 20; Bolt (Tech) the highest margin
    return make_db(path, """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, sector TEXT);
    CREATE TABLE ratios (firm_id INTEGER PRIMARY KEY REFERENCES firms(firm_id), margin REAL);
    INSERT INTO firms VALUES (1,'Acme','Retail'),(2,'Brio','Retail'),(3,'Cask','Retail'),(4,'Dune','Retail'),
                             (5,'Ember','Energy'),(6,'Flare','Energy'),(7,'Bolt','Tech'),(8,'Gale','Energy');
    INSERT INTO ratios VALUES (1,5),(2,3),(3,8),(4,NULL),(5,25),(6,30),(7,60),(8,NULL);
    """)


def test_them_after_a_share_are_the_rows_of_its_part(firms_db):
    c = Conv(firms_db)
    c.ask("How many firms have a margin above 20?")
    assert [int(v) for v in c.rows[0]] == [3]
    c.ask("what percentage of firms with a margin is that?")
    assert float(c.rows[0][-1]) == pytest.approx(50.0)        # 3 of the 6 firms with a margin
    c.ask("which sector has the most of them?")
    assert c.col("sector") == ["Energy"]


def test_which_row_asked_after_groups_is_not_answered_with_the_groups(firms_db):
    c = Conv(firms_db)
    c.ask("How many firms have a margin above 20?")
    c.ask("which sector has the most of them?")
    why = declined(c, "and the highest total margin belongs to which firm?")
    assert "which firms" in why and "sector" in why


def test_overall_after_a_ranked_level_is_every_row_not_a_total(firms_db):
    c = Conv(firms_db)
    c.ask("How many firms have a margin above 20?")
    c.ask("which sector has the most of them?")
    c.ask("and the highest margin overall belongs to which firm?")      # every firm, not the sector's
    assert c.col("firm_name") == ["Bolt"]
    c = Conv(firms_db)
    c.ask("which firm has the highest margin overall?")
    assert c.col("firm_name") == ["Bolt"]


@pytest.fixture(scope="module")
def moves_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("moves") / "moves.sqlite"
    return make_db(path, """
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, town TEXT);
    CREATE TABLE moves (move_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                        distance_km INTEGER, invoiced_pence INTEGER);
    CREATE TABLE refunds (refund_id INTEGER PRIMARY KEY, move_id INTEGER REFERENCES moves(move_id), paid_pence INTEGER);
    INSERT INTO clients VALUES (1,'Ash','Bath'),(2,'Bay','Leeds'),(3,'Cole','York'),(4,'Dee','Hull');
    INSERT INTO moves VALUES (1,1,10,5000),(2,1,20,7000),(3,2,300,9000),(4,3,5,100),(5,4,40,3000),(6,4,60,3500);
    INSERT INTO refunds VALUES (1,4,900),(2,5,50);
    """)


def test_a_word_that_is_a_columns_own_name_beats_a_synonym(moves_db):
    c = Conv(moves_db)
    c.ask("total invoiced per client")          # invoiced_pence, not the refunds' paid_pence (a money word too)
    assert dict((r[c.cols.index("client_name")], int(r[-1])) for r in c.rows)["Ash"] == 12000


def test_top_rows_by_a_total_rank_by_that_total(moves_db):
    c = Conv(moves_db)
    c.ask("top 2 clients by total invoiced")        # 'invoiced' is invoiced_pence's own word, not the refunds paid
    assert c.col("client_name") == ["Ash", "Bay"]
    c.ask("which towns are they based in?")
    assert sorted(c.col("town")) == ["Bath", "Leeds"]
    c = Conv(moves_db)
    c.ask("bottom 2 clients by average distance")
    assert c.col("client_name") == ["Cole", "Ash"]
