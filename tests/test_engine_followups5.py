"""Follow-ups over a previous answer that kept only some of its rows (batch 8): groups kept by a
condition on their aggregate, the one row a ranking kept, a ranking replaced by a question that
names its own grouping; and questions that name no measure ('best performer') or a share with
nothing counted. Each on a small schema of its own. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def press_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("press") / "press.sqlite"
    return make_db(path, """
    CREATE TABLE writers (writer_id INTEGER PRIMARY KEY, full_name TEXT);
    CREATE TABLE titles (title_id INTEGER PRIMARY KEY, title_name TEXT, genre TEXT, price REAL, pages INTEGER);
    CREATE TABLE title_writers (title_id INTEGER REFERENCES titles(title_id),
                                writer_id INTEGER REFERENCES writers(writer_id));
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, district TEXT);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
                        title_id INTEGER REFERENCES titles(title_id), sold_on TEXT);
    INSERT INTO writers VALUES (1,'Ada Moss'),(2,'Bo Lind'),(3,'Cy Ortiz'),(4,'Di Park');
    INSERT INTO titles VALUES (1,'Salt Roads','Fiction',40.0,300),(2,'Cold Maps','Fiction',20.0,120),
      (3,'Night Yard','Crime',8.0,410),(4,'Low Tide','Crime',30.0,90),(5,'Glass Hill','Poetry',16.0,60),
      (6,'Red Field','Fiction',10.0,250),(7,'Quiet Ward','Crime',14.0,330);
    INSERT INTO title_writers VALUES (1,1),(1,2),(2,1),(3,3),(4,3),(4,4),(5,2),(6,4),(7,1),(7,3),(7,4);
    INSERT INTO shops VALUES (1,'Harbour Books','Old Town'),(2,'Page One','Docks'),(3,'Leaf','Old Town');
    INSERT INTO sales VALUES (1,1,1,'2024-01-05'),(2,1,2,'2024-02-11'),(3,2,3,'2024-03-01'),
      (4,2,4,'2024-03-09'),(5,3,5,'2024-04-20'),(6,1,6,'2024-05-02'),(7,2,7,'2024-06-30'),(8,1,1,'2024-07-14');
    """)


def one(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()[0]


def test_a_count_or_figure_of_groups_kept_by_a_condition_keeps_that_condition(press_db):
    kept = "SELECT title_id FROM title_writers GROUP BY title_id HAVING COUNT(*) > 1"
    c = Conv(press_db)
    c.ask("which titles have more than one writer?")
    c.ask("how many is that?")                      # the titles kept, never every title
    assert int(c.rows[0][0]) == one(press_db, f"SELECT COUNT(*) FROM ({kept})") == 3
    c.ask("what's their average price?")            # over those titles
    assert float(c.rows[0][0]) == pytest.approx(one(press_db, f"SELECT AVG(price) FROM titles WHERE title_id IN ({kept})"))
    c = Conv(press_db)
    c.ask("which titles have more than one writer?")
    c.ask("what's their average price?")            # one figure over those titles, not each one's own price
    assert len(c.rows) == 1
    assert float(c.rows[0][0]) == pytest.approx(one(press_db, f"SELECT AVG(price) FROM titles WHERE title_id IN ({kept})"))


def test_groups_that_are_no_rows_are_counted_and_their_figures_declined(press_db):
    c = Conv(press_db)
    c.ask("which genres have more than 2 titles?")
    c.ask("how many is that?")                      # the genres kept (2), not the titles of every genre
    assert int(c.rows[0][0]) == one(press_db, "SELECT COUNT(*) FROM (SELECT genre FROM titles GROUP BY genre "
                                              "HAVING COUNT(*) > 2)") == 2
    msg = declined(c, "what's their average price?")        # a genre has no price of its own
    assert "price" in msg


def test_rows_related_to_the_one_row_a_ranking_kept_are_all_of_them(press_db):
    c = Conv(press_db)
    c.ask("which title is the most expensive?")
    assert c.rows[0][0] == "Salt Roads"
    c.ask("what sales did they have?")              # every sale of that title, not the first joined row
    assert len(c.rows) == one(press_db, "SELECT COUNT(*) FROM sales WHERE title_id = 1") == 2
    c = Conv(press_db)
    c.ask("which title is the cheapest?")
    c.ask("what sales did they have?")
    assert len(c.rows) == one(press_db, "SELECT COUNT(*) FROM sales WHERE title_id = 3")
    c = Conv(press_db)
    c.ask("what are the 2 longest titles?")         # several rows kept: all their sales together
    c.ask("what sales did they have?")
    assert len(c.rows) == one(press_db, "SELECT COUNT(*) FROM sales WHERE title_id IN (SELECT title_id FROM titles "
                                        "ORDER BY pages DESC LIMIT 2)")
    c = Conv(press_db)
    c.ask("what are the 3 most expensive titles?")
    declined(c, "which of them have sales in 2024?")      # picks among those 3 by their sales: not re-ranked
    c = Conv(press_db)
    c.ask("what are the 3 most expensive titles?")
    c.ask("and the sales?")                                 # each of those titles with every sale of theirs
    assert len(c.rows) == one(press_db, "SELECT COUNT(*) FROM titles t LEFT JOIN sales s ON s.title_id = t.title_id "
                                        "WHERE t.title_id IN (SELECT title_id FROM titles ORDER BY price DESC LIMIT 3)")


def test_a_question_restating_its_grouping_drops_the_ranking_between(press_db):
    c = Conv(press_db)
    c.ask("average price per genre")
    c.ask("which genre had the highest?")
    assert len(c.rows) == 1
    c.ask("now do the same for the pages: average per genre")      # every genre again
    assert len(c.rows) == one(press_db, "SELECT COUNT(DISTINCT genre) FROM titles") == 3
    c = Conv(press_db)
    c.ask("which 2 genres have the highest average price?")
    c.ask("now the average pages per genre for those")       # 'those': the 2 genres the ranking kept
    assert sorted(r[0] for r in c.rows) == ["Crime", "Fiction"]


def test_a_share_of_a_table_among_its_own_rows_is_declined(press_db):
    msg = declined(Conv(press_db), "show the percentage for every shop")      # each shop 1/3 of the shops
    assert "'percentage'" in msg
    c = Conv(press_db)
    c.ask("percentage of sales for every shop")        # what is counted is named: answered
    assert sorted(round(float(r[-1])) for r in c.rows) == [12, 38, 50]


def test_a_best_performer_names_no_measure(press_db):
    c = Conv(press_db)
    c.ask("how many titles are in each genre?")
    msg = declined(c, "which genre was the best performer?")
    assert "'performer'" in msg
    msg = declined(Conv(press_db), "which shop performed best?")
    assert "'performed'" in msg or "'best'" in msg
    c = Conv(press_db)
    c.ask("which writers performed in the most titles?")     # 'performed in' relates writers and titles
    assert c.rows


@pytest.fixture(scope="module")
def listed_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("listed") / "listed.sqlite"
    return make_db(path, """
    CREATE TABLE funds (fund_id INTEGER PRIMARY KEY, fund_name TEXT, sector TEXT, date_added TEXT);
    CREATE TABLE holdings (holding_id INTEGER PRIMARY KEY, fund_id INTEGER REFERENCES funds(fund_id), weight REAL);
    INSERT INTO funds VALUES (1,'Alder','Energy','2023-03-01'),(2,'Birch','Energy','2024-06-01'),
      (3,'Cedar','Health','2024-09-12'),(4,'Dogwood','Health','2022-01-20');
    INSERT INTO holdings VALUES (1,1,0.5),(2,2,0.25),(3,3,0.75),(4,4,0.5);
    """)


def test_a_period_never_falls_on_the_date_a_row_was_added_unless_asked(listed_db):
    msg = declined(Conv(listed_db), "how many funds per sector last year?")       # no date of what is asked
    assert "last" in msg or "year" in msg
    c = Conv(listed_db)
    c.ask("how many funds were added last year?")       # about being added: that column
    assert int(c.rows[0][0]) == 1                     # 2023, the calendar year before the newest date


def test_they_after_a_count_are_the_rows_counted(press_db):
    c = Conv(press_db)
    c.ask("how many titles cost more than 15?")
    c.ask("how many sales did they have between them?")       # the sales of those titles, together
    assert int(c.rows[0][0]) == one(press_db, "SELECT COUNT(*) FROM sales WHERE title_id IN "
                                              "(SELECT title_id FROM titles WHERE price > 15)") == 5


def test_each_group_as_a_percentage_of_the_total(press_db):
    c = Conv(press_db)
    c.ask("total price per genre")
    c.ask("as % of total")                              # each genre's total over all genres together
    got = {r[0]: round(float(r[-1]), 1) for r in c.rows}
    whole = one(press_db, "SELECT SUM(price) FROM titles")
    assert got["Crime"] == round(100 * one(press_db, "SELECT SUM(price) FROM titles WHERE genre = 'Crime'") / whole, 1)
    c = Conv(press_db)
    c.ask("which genres have more than 2 titles?")      # groups kept by a condition: of which total?
    declined(c, "as % of total")


def test_switch_it_to_another_value_replaces_the_value(press_db):
    c = Conv(press_db)
    c.ask("average price of Crime titles")
    c.ask("switch it to Fiction")                       # the same question, of Fiction instead
    assert float(c.rows[0][0]) == pytest.approx(one(press_db, "SELECT AVG(price) FROM titles WHERE genre = 'Fiction'"))


@pytest.fixture(scope="module")
def levels_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("levels") / "levels.sqlite"
    rows = ", ".join(f"('{y}-{mo:02d}-01', {y - 2000 + mo * 1.5})" for y in (2020, 2021, 2022) for mo in range(1, 13))
    return make_db(path, f"""
    CREATE TABLE lake_levels (reading_month TEXT PRIMARY KEY, water_level REAL);
    INSERT INTO lake_levels VALUES {rows};
    """)


def test_the_year_after_an_answer_kept_to_one_year_is_that_year_whole(levels_db):
    c = Conv(levels_db)
    c.ask("show the water level for each month of 2021")
    c.ask("what was the average for the year?")              # one figure for 2021, not one per month
    assert len(c.rows) == 1
    assert float(c.rows[0][0]) == pytest.approx(one(levels_db, "SELECT AVG(water_level) FROM lake_levels "
                                                               "WHERE reading_month LIKE '2021%'"))
    c = Conv(levels_db)
    c.ask("show the water level from 2020 to 2022")          # three years: 'the year' is none of them
    declined(c, "what was the average for the year?")
