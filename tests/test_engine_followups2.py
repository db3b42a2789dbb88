"""Conversation context, round 2: what a follow-up's pointer ('there', 'then', 'their', 'the
heaviest of them') takes from the previous answer, or why it is declined."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined
from test_engine import text_rows as rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def bakery_db(tmp_path_factory):
    """A chain of bakeries: shops in towns, their staff, products and sales."""
    path = tmp_path_factory.mktemp("bakery") / "bakery.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, town TEXT, opened_on TEXT, floor_area REAL);
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, staff_name TEXT, shop_id INTEGER REFERENCES shops(shop_id),
                        job_role TEXT, wage REAL, hired_on TEXT, weight_kg REAL);
    CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name TEXT, category TEXT, unit_price REAL,
                           unit_cost REAL);
    CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
                        product_id INTEGER REFERENCES products(product_id), sold_on TEXT, quantity INTEGER,
                        revenue REAL);
    """)
    towns = ["Leeds", "York", "Hull", "Bath", "Derby"]
    for i in range(1, 9):
        db.execute("INSERT INTO shops VALUES (?,?,?,?,?)",
                   (i, f"Shop {chr(64 + i)}", towns[i % 5], f"20{10 + i}-0{1 + i % 9}-15", 80 + i * 17.5))
    db.execute("UPDATE shops SET town = 'York' WHERE shop_id = 4")         # York has the most shops (3)
    names = "Ava Ben Cara Dan Eve Finn Gus Hana Ivy Jon Kim Leo Mia Ned Ola Pia Quin Rae Sam Tom".split()
    for i, n in enumerate(names, 1):
        db.execute("INSERT INTO staff VALUES (?,?,?,?,?,?,?)",
                   (i, n, 1 + i % 8, ("baker", "cashier", "manager")[i % 3], 21000 + (i * 1373) % 15000,
                    f"20{15 + i % 9}-{1 + i % 12:02d}-0{1 + i % 9}", 55 + (i * 7) % 40))
    products = ["Sourdough", "Rye", "Baguette", "Carrot cake", "Brownie", "Croissant", "Danish", "Latte", "Tea",
                "Scone", "Eclair", "Bagel"]
    for i, p in enumerate(products, 1):
        price = round(1.5 + (i * 0.83) % 4, 2)
        db.execute("INSERT INTO products VALUES (?,?,?,?,?)",
                   (i, p, ("bread", "cake", "pastry", "drink")[i % 4], price, round(price * (0.3 + (i % 5) / 20), 2)))
    for i in range(1, 601):
        pid, q = 1 + (i * 7) % 12, 1 + i % 6
        price = db.execute("SELECT unit_price FROM products WHERE product_id = ?", (pid,)).fetchone()[0]
        db.execute("INSERT INTO sales VALUES (?,?,?,?,?,?)",
                   (i, 1 + (i * 5) % 8, pid, f"202{3 + i % 2}-{1 + (i * 11) % 12:02d}-{1 + i % 28:02d}", q,
                    round(q * price, 2)))
    db.commit()
    db.close()
    return path


def after_declined(c: Conv, question: str, declined: str = "what is the weather on Mars?"):
    """`question` asked right after a round the engine declined (as the server passes it)."""
    with pytest.raises(Engine.CannotAnswer):
        c.engine.answer(declined, "direct", c.prev)
    return c.engine.answer(question, "direct", c.prev, skipped={"question": declined, "answered": False})


def test_there_takes_the_one_place_of_the_previous_answer(bakery_db):
    c = Conv(bakery_db)
    c.ask("which town has the most shops?")
    c.ask("how many staff work there?")
    assert c.rows == rows(bakery_db, "SELECT COUNT(*) FROM staff JOIN shops USING (shop_id) WHERE town = 'York'")
    c.ask("top 3 shops by number of sales made there")          # 'there' is the shop the question ranks
    assert len(c.rows) == 3 and "number_of_sales" in c.cols
    c = Conv(bakery_db)
    c.ask("top 3 towns by number of shops")
    assert "'there' points at one place" in declined(c, "how many staff work there?")


@pytest.mark.parametrize("question", ["how many staff work there?", "which month had the highest?",
                                      "which shop had the least?"])
def test_a_pointer_with_nothing_to_point_at_is_declined(bakery_db, question):
    c = Conv(bakery_db)
    assert "there is none in this session" in declined(c, question)
    c.ask("how many sales were there in 2024?")
    with pytest.raises(Engine.CannotAnswer) as e:
        after_declined(c, question)
    assert "was not answered" in str(e.value)


@pytest.mark.parametrize("first", ["how many staff are bakers?", "which staff are bakers?"])
def test_which_is_the_heaviest_of_the_previous_rows_is_one_row(bakery_db, first):
    c = Conv(bakery_db)
    c.ask(first)
    c.ask("Of those, which is the heaviest?")
    assert c.col("staff_name") == [r[0] for r in rows(
        bakery_db, "SELECT staff_name FROM staff WHERE job_role = 'baker' ORDER BY weight_kg DESC, staff_name LIMIT 1")]


def test_the_cheapest_by_a_column_ranks_that_column_upwards(bakery_db):
    c = Conv(bakery_db)
    c.ask("which products are bread?")
    c.ask("what's the cheapest by unit cost among them?")
    assert c.col("product_name") == [r[0] for r in rows(
        bakery_db, "SELECT product_name FROM products WHERE category = 'bread' ORDER BY unit_cost, product_name LIMIT 1")]
    c = Conv(bakery_db)
    c.ask("what is the most expensive product by unit cost?")
    assert c.col("product_name") == [r[0] for r in rows(
        bakery_db, "SELECT product_name FROM products ORDER BY unit_cost DESC, product_name LIMIT 1")]


def test_then_is_the_time_of_the_previous_answer(bakery_db):
    c = Conv(bakery_db)
    c.ask("when was the biggest sale by revenue?")
    day = c.col("sold_on")
    assert len(day) == 1
    c.ask("how many sales were there then?")
    assert c.rows[0][-1] == rows(bakery_db, f"SELECT COUNT(*) FROM sales WHERE sold_on = '{day[0]}'")[0][0]
    assert "then" in declined(Conv(bakery_db), "what was the total revenue then?")      # no earlier answer
    c = Conv(bakery_db)
    c.ask("what is the total revenue by month?")
    assert "not one time" in declined(c, "how many sales were there then?")
    c = Conv(bakery_db)
    c.ask("when was the biggest sale by revenue?")
    assert "which date of staff" in declined(c, "what was the wage of the staff then?")
    c = Conv(bakery_db)
    c.ask("which staff are bakers?")
    c.ask("ok, sort them by wage then")                 # 'then' of an instruction is no time
    assert "wage" in c.sql and "ORDER BY" in c.sql


def test_in_which_month_asks_for_the_month_of_the_one_row_found(bakery_db):
    c = Conv(bakery_db)
    c.ask("what was the highest revenue of a sale in 2024?")
    c.ask("in which month?")
    assert len(c.rows) == 1 and [r[0] for r in rows(
        bakery_db, "SELECT sold_on FROM sales WHERE sold_on LIKE '2024%' ORDER BY revenue DESC, sale_id LIMIT 1")
    ] == c.col("sold_on")


def test_the_same_for_two_values_after_one_figure_is_one_grouped_answer(bakery_db):
    c = Conv(bakery_db)
    c.ask("what's the average wage of bakers?")
    c.ask("do the same for cashiers and managers")
    assert len(c.res.tasks) == 1 and sorted(c.rows) == rows(
        bakery_db, "SELECT job_role, AVG(wage) FROM staff WHERE job_role IN ('cashier', 'manager') "
                   "GROUP BY job_role ORDER BY job_role")
    c.ask("top 3 products by revenue in Shop A")          # a ranking: one answer for each value, as before
    c.ask("do the same for Shop B and Shop C")
    assert c.res.kind == "breakdown" and len(c.res.tasks) == 2


def test_its_total_of_a_related_table_is_over_that_rows_related_rows(bakery_db):
    c = Conv(bakery_db)
    c.ask("which shop has the largest floor area?")
    c.ask("what is its total revenue?")          # all its sales, not the one joined row the ranking kept
    assert float(c.rows[0][-1]) == pytest.approx(float(rows(
        bakery_db, "SELECT SUM(revenue) FROM sales WHERE shop_id = (SELECT shop_id FROM shops "
                   "ORDER BY floor_area DESC LIMIT 1)")[0][0]))
    c = Conv(bakery_db)
    c.ask("top 3 shops by floor area")
    assert "one for them all or one for each" in declined(c, "what is their total revenue?")


def test_it_stays_the_one_row_found_across_answers_about_it(bakery_db):
    c = Conv(bakery_db)
    c.ask("which shop has the largest floor area?")
    c.ask("how many sales did it have?")
    c.ask("how many staff does it have?")
    assert c.rows == rows(bakery_db, "SELECT COUNT(*) FROM staff WHERE shop_id = "
                                     "(SELECT shop_id FROM shops ORDER BY floor_area DESC LIMIT 1)")


def test_in_it_said_as_two_words_is_the_group_the_previous_answer_found(bakery_db):
    c = Conv(bakery_db)
    c.ask("total revenue by product category")
    c.ask("which category is the highest?")
    c.ask("how many products are in it?")          # the products of that category, not its sales
    assert c.rows == rows(bakery_db, "SELECT COUNT(*) FROM products WHERE category = (SELECT p.category FROM sales s "
                                     "JOIN products p USING (product_id) GROUP BY p.category "
                                     "ORDER BY SUM(s.revenue) DESC LIMIT 1)")


def test_which_group_earns_the_least_ranks_the_groups_by_the_figure_shown(bakery_db):
    c = Conv(bakery_db)
    c.ask("average wage by job role")
    c.ask("which role earns the least?")
    assert c.col("job_role") == [r[0] for r in rows(
        bakery_db, "SELECT job_role FROM staff GROUP BY job_role ORDER BY AVG(wage) LIMIT 1")]


def test_there_is_the_place_a_one_row_answer_shows_beside_its_row(bakery_db):
    c = Conv(bakery_db)
    c.ask("who has the highest wage?")
    c.ask("which shop does she work in?")
    c.ask("how many staff work there?")
    assert c.rows == rows(bakery_db, "SELECT COUNT(*) FROM staff WHERE shop_id = "
                                     "(SELECT shop_id FROM staff ORDER BY wage DESC LIMIT 1)")


def test_there_stays_the_place_across_a_figure_about_it(bakery_db):
    c = Conv(bakery_db)
    c.ask("which town has the most shops?")
    c.ask("what's the average floor area of the shops there?")
    c.ask("which shop is the oldest one there?")
    assert c.col("shop_name") == [r[0] for r in rows(
        bakery_db, "SELECT shop_name FROM shops WHERE town = 'York' ORDER BY opened_on LIMIT 1")]


def test_that_year_after_the_top_value_of_a_column_of_years(tmp_path):
    path = tmp_path / "awards.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript("""
        CREATE TABLE awards (person_id INTEGER, award_year TEXT, prize REAL, PRIMARY KEY (person_id, award_year));
        INSERT INTO awards VALUES (1,'2020',10),(2,'2020',20),(1,'2021',50),(3,'2021',5),(2,'2022',1);
        """)
    c = Conv(path)
    c.ask("what is the total prize in each award year?")
    c.ask("which year had the highest total?")
    c.ask("what was the average prize that year?")
    assert float(c.rows[0][-1]) == pytest.approx(27.5)


def test_that_column_after_a_one_row_answer_is_the_value_its_row_shows(bakery_db):
    c = Conv(bakery_db)
    c.ask("which product has the highest unit price?")
    c.ask("what category is it?")
    c.ask("how many products are in that category?")
    assert c.rows == rows(bakery_db, "SELECT COUNT(*) FROM products WHERE category = "
                                     "(SELECT category FROM products ORDER BY unit_price DESC LIMIT 1)")
