"""How a follow-up is read against the previous answer or a declined round (batch 19): a
superlative said 'of them' picks one of the rows shown, a place a declined round named is not
forgotten, 'only the ones …' after a top N filters those N, and a plural pronoun after one row
is not read as that one row. Right or declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, declined, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("stalls") / "stalls.sqlite"
    return make_db(path, """
    CREATE TABLE goods (good_id INTEGER PRIMARY KEY, title TEXT, is_organic INTEGER, list_price REAL,
                        shelf_days INTEGER);
    INSERT INTO goods VALUES (1,'Rye loaf',1,3.2,4),(2,'Seed bar',1,1.1,30),(3,'Plain bun',0,0.6,3),
                             (4,'Oat cookie',1,2.4,20),(5,'White loaf',0,1.9,5);
    """)


def test_a_superlative_said_of_the_rows_shown_picks_one_of_them(shop_db):
    c = Conv(shop_db)
    c.ask("list the goods that are organic")
    c.ask("what's the cheapest of them?")
    assert [r[0] for r in c.rows] == [r[0] for r in rows(
        shop_db, "SELECT title FROM goods WHERE is_organic = 1 ORDER BY list_price LIMIT 1")]
    c = Conv(shop_db)
    c.ask("list the goods that are organic")
    c.ask("which is the most expensive among them?")
    assert [r[0] for r in c.rows] == ["Rye loaf"]


@pytest.fixture(scope="module")
def farm_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("yards") / "yards.sqlite"
    return make_db(path, """
    CREATE TABLE yards (yard_id INTEGER PRIMARY KEY, yard_name TEXT, county TEXT);
    CREATE TABLE pens (pen_id INTEGER PRIMARY KEY, yard_id INTEGER REFERENCES yards(yard_id), capacity INTEGER);
    INSERT INTO yards VALUES (1,'Mill Row','Kent'),(2,'Oak Gate','Essex');
    INSERT INTO pens VALUES (1,1,10),(2,1,12),(3,2,8),(4,2,9),(5,2,11);
    """)



def test_there_after_a_declined_question_that_named_a_place_is_declined(farm_db):
    c = Conv(farm_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "What are the GPS coordinates of Mill Row?", "how many pens are there?")
    assert "'there'" in str(e.value) and "mill row" in str(e.value).lower()
    # the place named again, or a declined question that named none: answered
    res = answered_after_a_decline(c, "What are the GPS coordinates of Mill Row?", "how many pens are there at Mill Row?")
    assert Conv(farm_db).src.execute(res.tasks[-1].sql, 10, 10).rows[0][0] == "2"
    res = answered_after_a_decline(c, "What are the GPS coordinates of the yards?", "how many pens are there?")
    assert Conv(farm_db).src.execute(res.tasks[-1].sql, 10, 10).rows[0][0] == "5"
    # a value of the very rows asked about is no place they lie in: 'there' is 'there are'
    res = answered_after_a_decline(c, "what is the weather at Mill Row?", "how many yards are there?")
    assert Conv(farm_db).src.execute(res.tasks[-1].sql, 10, 10).rows[0][0] == "2"


def test_an_average_of_them_after_one_row_is_over_the_rows_it_was_picked_from(shop_db):
    c = Conv(shop_db)
    c.ask("list the goods that are organic")
    c.ask("which of them has the highest list price?")
    c.ask("what's their average shelf days?")
    assert float(c.rows[0][0]) == rows(shop_db, "SELECT AVG(shelf_days) FROM goods WHERE is_organic = 1")[0][0]
    c = Conv(shop_db)
    c.ask("list the goods that are organic")
    c.ask("which of them has the highest list price?")
    c.ask("what's their combined shelf days?")
    assert int(c.rows[0][0]) == 54
    # 'their total' may be the one row's own; and with no condition, nothing says which rows: declined
    c = Conv(shop_db)
    c.ask("list the goods that are organic")
    c.ask("which of them has the highest list price?")
    with pytest.raises(Engine.CannotAnswer):
        c.ask("what's their total shelf days?")
    c = Conv(shop_db)
    c.ask("which good has the highest list price?")
    assert "picked from" in declined(c, "what's their average shelf days?")


@pytest.fixture(scope="module")
def levels_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("levels") / "levels.sqlite"
    months = ", ".join(f"('{1985 + i // 12}-{1 + i % 12:02d}-01', {100 + i})" for i in range(60))
    return make_db(path, f"""
    CREATE TABLE gauge_monthly (month TEXT PRIMARY KEY, water_level REAL);
    INSERT INTO gauge_monthly VALUES {months};
    """)


def test_then_after_a_date_the_question_names_is_no_pointer_at_an_earlier_time(levels_db):
    c = Conv(levels_db)
    res = answered_after_a_decline(c, "what was the water level on the morning of 19 October 1987?",
                           "what was the water level in October 1987 then?")
    got = Conv(levels_db).src.execute(res.tasks[-1].sql, 10, 10).rows
    assert [float(r[-1]) for r in got] == [rows(levels_db, "SELECT water_level FROM gauge_monthly "
                                                           "WHERE month = '1987-10-01'")[0][0]]
    # with no date of its own, 'then' still points at an earlier time, and there is none
    assert "'then'" in declined(Conv(levels_db), "what was the water level then?")


@pytest.fixture(scope="module")
def drops_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("drops") / "drops.sqlite"
    return make_db(path, """
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, shop_kind TEXT);
    CREATE TABLE drops (drop_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id), courier TEXT,
                        outcome TEXT);
    INSERT INTO shops VALUES (1,'Corner Deli','cafe'),(2,'Lark Inn','hotel'),(3,'Bay Hotel','hotel');
    INSERT INTO drops VALUES (1,1,'Ann','late'),(2,2,'Ann','on time'),(3,1,'Ann','late'),(4,2,'Bo','late'),
                             (5,1,'Bo','on time'),(6,2,'Ann','on time'),(7,1,'Bo','late'),(8,3,'Ann','late');
    """)


def test_of_their_rows_after_a_ranked_group_are_the_rows_it_counted(drops_db):
    c = Conv(drops_db)
    c.ask("Which courier did the most drops?")
    c.ask("how many of their drops were late?")
    assert int(c.rows[0][0]) == 3
    # another table's rows ('their shops') are not the rows counted: not read as 'of them'
    c = Conv(drops_db)
    c.ask("Which courier did the most drops?")
    with pytest.raises(Engine.CannotAnswer):
        c.ask("how many of their shops are hotels?")


def test_which_of_them_after_the_first_groups_of_a_ranking_filters_those_groups(drops_db):
    c = Conv(drops_db)
    c.ask("top 2 shops by number of drops")
    c.ask("which of them are hotels?")
    # of the two shops shown only the hotel is kept, never the first two hotels ranked again
    assert [r[0] for r in c.rows] == ["Lark Inn"]
