"""The rules engine on several schemas: the demo, the eval database, a shop schema with declared
keys and an HR schema whose keys must be inferred. Results are checked by running the SQL."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import build_shop

from c2q_shell.server.engine import Engine
from c2q_shell.server.engine.catalog import Catalog
from c2q_shell.server.sources import SQLiteSource


def make_db(path, script: str):
    """A SQLite file from a script of DDL and INSERTs."""
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()
    return path


def declined(c: "Conv", q: str) -> str:
    """The reason the engine gives for declining `q` in the conversation (fails when it answers)."""
    with pytest.raises(Engine.CannotAnswer) as e:
        c.ask(q)
    return str(e.value)


def answered_after_a_decline(c: "Conv", declined_q: str, q: str):
    """The engine's answer to `q` asked right after `declined_q` was declined: the server passes the
    declined round as `skipped` (the session has no plan of it)."""
    return c.engine.answer(q, "direct", c.prev, skipped={"question": declined_q, "answered": False})


def rows(path, sql: str) -> list:
    """Every row `sql` returns from the SQLite file at `path` (the reference an answer is checked against)."""
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def text_rows(path, sql: str) -> list[list]:
    """The rows of `sql` as the engine's source returns them: every value as text (NULL as None)."""
    return [[None if v is None else str(v) for v in r] for r in rows(path, sql)]


class Conv:
    """A conversation against one database: ask, then look at SQL, rows and assumptions."""

    def __init__(self, path, knowledge=None):
        self.src = SQLiteSource(path)
        self.engine = Engine(Catalog(self.src.introspect(), {}, knowledge or []))
        self.prev = None

    def ask(self, q: str, mode: str = "direct"):
        res = self.engine.answer(q, mode, self.prev)
        self.prev = res.tasks[-1].plan
        self.res = res
        self.sql = res.tasks[-1].sql
        out = self.src.execute(self.sql, 1000, 10)
        self.cols, self.rows = out.columns, out.rows
        return self

    def col(self, name: str) -> list:
        return [r[self.cols.index(name)] for r in self.rows]


@pytest.fixture(scope="module")
def sp(eval_db):
    return lambda: Conv(eval_db)


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory):
    return build_shop(tmp_path_factory.mktemp("shop") / "shop.sqlite")


@pytest.fixture(scope="module")
def hr_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("hr") / "hr.sqlite"
    make_db(path, """
    CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT, location TEXT);
    CREATE TABLE employees (id INTEGER PRIMARY KEY, full_name TEXT, department_id INTEGER, salary REAL,
                            hire_date TEXT, title TEXT);
    INSERT INTO departments VALUES (1,'Engineering','Berlin'),(2,'Sales','Paris'),(3,'Support','Lisbon');
    INSERT INTO employees VALUES
      (1,'Ana Silva',1,95000,'2019-04-01','Engineer'),(2,'Ben Ode',1,105000,'2020-06-15','Senior Engineer'),
      (3,'Chloé Martin',2,70000,'2021-01-10','Account Executive'),(4,'Dara Kim',2,82000,'2018-09-30','Sales Lead'),
      (5,'Eli Noor',3,50000,'2022-03-03','Agent'),(6,'Fay Lund',3,NULL,'2023-07-07','Agent'),
      (7,'Gus Berg',1,120000,'2017-11-11','Staff Engineer');
    """)
    return path


def test_counts_and_groups(sp):
    c = sp()
    c.ask("How many companies are in each sector?")
    assert len(c.rows) == 11 and sum(int(x) for x in c.col("number_of_companies")) == 503
    c.ask("which sector has the most?")
    assert c.rows == [["Industrials", "83"]]
    c.ask("and the fewest?")
    assert c.rows == [["Energy", "21"]]


def test_filter_replace_and_drop(sp):
    c = sp()
    c.ask("List the 5 largest companies by market cap")
    assert "Apple Inc." in c.col("name")
    c.ask("only in Health Care")
    hc = c.col("name")
    c.ask("what about Energy?")
    assert "ExxonMobil" in c.col("name") and not set(hc) & set(c.col("name"))
    assert "'Health Care'" not in c.sql          # replaced, never OR-ed with the old value
    c.ask("all sectors")
    assert "Apple Inc." in c.col("name") and "sector" not in c.sql


def test_grouping_change_and_added_column(sp):
    c = sp()
    c.ask("average P/E ratio by sector")
    c.ask("by state instead")
    assert "hq_region" in c.sql and "sector" not in c.sql
    c = sp()
    c.ask("top 5 companies by price")
    c.ask("show their dividend yields too")
    assert "dividend_yield" in c.cols and len(c.rows) == 5


def test_order_limit_and_direction(sp):
    c = sp()
    c.ask("What is the average P/E ratio by sector?")
    c.ask("sort it from highest to lowest")
    vals = [float(v) for v in c.col("avg_pe_ratio")]
    assert vals == sorted(vals, reverse=True)
    c.ask("top 3")
    assert len(c.rows) == 3
    c.ask("and the lowest?")
    low = [float(v) for v in c.col("avg_pe_ratio")]
    assert len(low) == 3 and low == sorted(low) and low[0] < vals[-1] + 1e-9


def test_questions_about_the_previous_result(sp):
    c = sp()
    c.ask("Which companies were added to the index in 2023?")
    n = len(c.rows)
    c.ask("how many of them are in Information Technology?")
    assert 0 < int(c.rows[0][0]) < n
    c = sp()
    c.ask("What is the highest P/E ratio?")
    top = float(c.rows[0][0])
    c.ask("which company has it?")
    assert float(c.col("pe_ratio")[0]) == top and len(c.rows) == 1


def test_grounding_values_units_and_dates(sp):
    c = sp()
    c.ask("how many technology companies are there?")          # -> 'Information Technology'
    assert "'Information Technology'" in c.sql
    c.ask("What is the market cap of apple?")                   # lower case, company suffix
    assert "'Apple Inc.'" in c.sql and len(c.rows) == 1
    c.ask("How many companies have a market cap over 500 billion?")
    assert "500000000000" in c.sql
    c.ask("companies with a dividend yield above 3%")
    assert "0.03" in c.sql and any("fraction" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c.ask("Which companies were founded before 1850?")
    assert all(int(y) < 1850 for y in c.col("founded"))
    c.ask("how many companies were added each year since 2015")
    assert c.col("year")[0] == "2015"
    c.ask("What was the S&P 500 index level in January 2000?")
    assert len(c.rows) == 1


def test_ranking_leaves_out_nulls(sp):
    c = sp()
    c.ask("which 5 companies have the lowest dividend yield")
    assert all(v is not None for v in c.col("dividend_yield")) and "IS NOT NULL" in c.sql


def test_auto_breakdown(sp):
    c = sp()
    c.ask("Give me an overview of the Utilities sector: the number of companies, their average dividend yield, "
          "and the 3 largest by market cap", mode="auto_breakdown")
    assert c.res.kind == "breakdown" and len(c.res.tasks) == 3
    assert all("Utilities" in t.sql for t in c.res.tasks)
    c.ask("give me an overview of the Energy sector", mode="auto_breakdown")
    assert c.res.kind == "breakdown" and len(c.res.tasks) >= 2
    c.ask("How many companies are in each sector?", mode="auto_breakdown")
    assert c.res.kind == "single"


def test_cannot_answer_names_words_and_suggests(sp):
    c = sp()
    with pytest.raises(Engine.CannotAnswer) as e:
        c.ask("what is the weather in paris tomorrow")
    msg = str(e.value)
    assert "'weather'" in msg and "Questions that work here" in msg
    with pytest.raises(Engine.CannotAnswer):
        c.ask("average revenue by sector")          # no revenue column: no guess over other columns


def test_deterministic(sp):
    qs = ["List the 5 largest companies by market cap", "only in Health Care", "average P/E by sector",
          "Give me an overview of the Utilities sector: the number of companies and their average price"]
    runs = []
    for _ in range(2):
        c = sp()
        runs.append([c.ask(q, "auto_breakdown" if "overview" in q else "direct").sql for q in qs])
    assert runs[0] == runs[1]


def test_shop_schema(shop_db):
    c = Conv(shop_db)
    c.ask("how many customers per country")
    assert dict(c.rows) == {"Japan": "1", "UK": "2", "USA": "3"}
    c.ask("which customer spent the most")
    assert len(c.rows) == 1 and "SUM" in c.sql
    c.ask("average quantity by product category")
    assert set(c.col("category")) <= {"Hardware", "Software", "Services"}
    c.ask("orders in 2023")
    assert all(d.startswith("2023") for d in c.col("order_date"))


def test_inferred_keys(hr_db):
    c = Conv(hr_db)
    c.ask("average salary by department")
    avg = {r[0]: float(r[1]) for r in c.rows if r[1] is not None}
    assert len(c.rows) == 3 and avg["Engineering"] == pytest.approx((95000 + 105000 + 120000) / 3)
    assert "JOIN departments" in c.sql
    c.ask("who has the highest salary?")
    assert c.rows[0][0] == "Gus Berg"
    c.ask("employees in Sales")
    assert set(c.col("full_name")) == {"Chloé Martin", "Dara Kim"}
    c.ask("how many employees were hired after 2020")
    assert c.rows == [["3"]]


def test_term_sheet_and_few_shot(shop_db):
    k = [{"type": "term-sheet", "raw_data": {"term": ["GMV"], "description": "GMV is the order amount"}},
         {"type": "few-shot", "raw_data": {"question": "best sellers", "answer": "SELECT title FROM products LIMIT 2"}}]
    c = Conv(shop_db, k)
    c.ask("total GMV by country")
    assert "SUM(o.amount)" in c.sql
    c.ask("best sellers")
    assert c.sql == "SELECT title FROM products LIMIT 2"


def test_questions_over_the_previous_rows(sp):
    c = sp()
    c.ask("Top 10 companies by market cap")
    top = c.col("name")
    c.ask("how many of them are in Information Technology?")
    n = int(c.rows[0][0])
    assert 0 < n < 10 and "LIMIT 10" in c.sql                     # counted among the ten, not all IT companies
    c = sp()
    c.ask("top 5 companies by price")
    prices = [float(v) for v in c.col("price")]
    c.ask("what is the average?")
    assert float(c.rows[0][0]) == pytest.approx(sum(prices) / 5)
    assert top


def test_listing_follow_ups_and_decades(sp):
    c = sp()
    c.ask("How many companies are in the Industrials sector?")
    c.ask("List them")
    assert len(c.rows) == 83 and "name" in c.cols
    c.ask("which company has the highest EBITDA?")
    c.ask("show the top 5 instead")
    c.ask("what sectors are they in?")
    assert len(c.rows) == 5 and "sector" in c.cols
    c.ask("What was the average long interest rate in the 1990s?")
    assert ">= '1990-01-01' AND month < '2000-01-01'" in c.sql
    c.ask("software companies")
    assert "IN ('Application Software', 'Systems Software')" in c.sql


def test_breakdown_shapes(sp):
    c = sp()
    c.ask("Compare Energy and Utilities: number of companies and average dividend yield", mode="auto_breakdown")
    assert len(c.res.tasks) == 2 and all("GROUP BY" in t.sql and "'Utilities'" in t.sql for t in c.res.tasks)
    c = sp()
    c.ask("Which sector has the most companies, and which has the highest average market cap?", mode="auto_breakdown")
    assert len(c.res.tasks) == 2 and all("sector" in t.sql and ("LIMIT 1" in t.sql or "(SELECT MAX(" in t.sql) for t in c.res.tasks)
    c = sp()
    c.ask("List the top 3 companies by market cap in Health Care and in Energy", mode="auto_breakdown")
    assert ["'Health Care'" in t.sql for t in c.res.tasks] == [True, False]
    assert "'Energy'" in c.res.tasks[1].sql
    c = sp()
    c.ask("Give me an overview of the S&P 500 index since 2000", mode="auto_breakdown")
    assert len(c.res.tasks) == 3 and all("'2000-01-01'" in t.sql for t in c.res.tasks)


def test_tell_me_about_an_entity(sp):
    c = sp().ask("Tell me about Apple")
    assert len(c.rows) == 1 and {"sector", "market_cap", "founded"} <= set(c.cols)


def test_patterns_counts_per_year_and_order_words(sp):
    c = sp()
    c.ask("list companies whose name starts with A")
    assert c.rows and all(n.startswith("A") for n in c.col("name"))
    c.ask("companies whose name contains Bank")
    assert c.rows and all("bank" in n.lower() for n in c.col("name"))
    c.ask("Which 3 sectors have the highest total market cap?")
    assert len(c.rows) == 3
    c.ask("How many companies were added in each year?")
    assert "year" in c.cols and len(c.rows) > 20
    c.ask("Show the average earnings per share for each sector, sorted descending")
    vals = [float(v) for v in c.col("avg_eps")]
    assert len(vals) == 11 and vals == sorted(vals, reverse=True)


@pytest.fixture(scope="module")
def concert_db(tmp_path_factory):
    """A Spider-style schema: mixed-case names, a junction table, years stored as text."""
    path = tmp_path_factory.mktemp("concert") / "concert.sqlite"
    make_db(path, """
    CREATE TABLE stadium (Stadium_ID INTEGER PRIMARY KEY, Location TEXT, Name TEXT, Capacity INTEGER, Average INTEGER);
    CREATE TABLE singer (Singer_ID INTEGER PRIMARY KEY, Name TEXT, Country TEXT, Song_Name TEXT,
                         Song_release_year TEXT, Age INTEGER);
    CREATE TABLE concert (concert_ID INTEGER PRIMARY KEY, concert_Name TEXT, Theme TEXT,
                          Stadium_ID INTEGER REFERENCES stadium(Stadium_ID), Year TEXT);
    CREATE TABLE singer_in_concert (concert_ID INTEGER REFERENCES concert(concert_ID),
                                    Singer_ID INTEGER REFERENCES singer(Singer_ID), PRIMARY KEY (concert_ID, Singer_ID));
    INSERT INTO stadium VALUES (1,'Raith Rovers','Stark''s Park',10104,2106),(2,'Ayr United','Somerset Park',11998,1477),
      (3,'East Fife','Bayview Stadium',2000,864),(4,'Queen''s Park','Hampden Park',52500,730);
    INSERT INTO singer VALUES (1,'Joe Sharp','Netherlands','You','1992',52),(2,'Timbaland','United States','Dangerous','2008',32),
      (3,'Justin Brown','France','Hey Oh','2013',29),(4,'Rose White','France','Sun','2003',41),(5,'John Nizinik','France','Gentleman','2014',43);
    INSERT INTO concert VALUES (1,'Auditions','Free choice',1,'2014'),(2,'Super bootcamp','Free choice 2',2,'2014'),
      (3,'Home Visits','Bleeding Love',2,'2015'),(4,'Week 1','Wide Awake',3,'2014'),(5,'Week 2','Happy Tonight',4,'2016');
    INSERT INTO singer_in_concert VALUES (1,2),(1,3),(1,5),(2,3),(3,5),(4,4),(5,3);
    """)
    return path


def test_spider_style_schema(concert_db):
    c = Conv(concert_db)
    c.ask("What is the average, minimum, and maximum age of all singers from France?")
    assert c.rows == [["37.666666666666664", "29", "43"]] or [round(float(v), 3) for v in c.rows[0]] == [37.667, 29, 43]
    c.ask("Show the name and the release year of the song by the youngest singer")
    assert c.rows[0][0] == "Justin Brown" and "2013" in c.rows[0]
    c.ask("What are all distinct countries where singers above age 30 are from?")
    assert sorted(c.col("Country")) == ["France", "Netherlands", "United States"]
    c.ask("How many concerts are there in year 2014 or 2015?")
    assert c.rows == [["4"]]
    c.ask("which singer performed in the most concerts")
    assert c.rows[0][0] == "Justin Brown"
    c.ask("list the concerts held at Hampden Park")
    assert c.rows == [["Week 2"]]
    c.ask("Show the stadium name and the number of concerts in each stadium")
    assert dict(c.rows)["Somerset Park"] == "2"


def test_shop_conversation(shop_db):
    c = Conv(shop_db)
    c.ask("how many orders were placed in 2023")
    n = int(c.rows[0][0])
    c.ask("what is their total amount")
    total = float(c.rows[0][0])
    c.ask("by customer")
    assert "GROUP BY c.name" in c.sql and sum(float(v) for v in c.col("total_amount")) == pytest.approx(total) and n
    c.ask("what is the average order amount per product category")
    assert set(c.col("category")) <= {"Hardware", "Software", "Services"}
    c.ask("show orders above 100 sorted by amount")          # no direction: ascending, as a sort is
    amounts = [float(v) for v in c.col("amount")]
    assert amounts == sorted(amounts) and min(amounts) > 100
    assert any("ascending (no direction was given)" in a["explanation"] for a in c.res.assumptions)
    c.ask("rank them by amount")                             # a ranking: highest first
    amounts = [float(v) for v in c.col("amount")]
    assert amounts == sorted(amounts, reverse=True)
    c.ask("what is the most expensive product")
    assert c.rows == [["Monitor", "199"]]
    c.ask("products that cost less than 50")
    assert sorted(c.col("title")) == ["Cloud Credits", "Keyboard"]


def test_percentages_and_relative_time_frames(sp):
    c = sp()
    c.ask("What percentage of companies are in the Energy sector?")
    assert float(c.rows[0][0]) == pytest.approx(100 * 21 / 503)
    c.ask("What was the average S&P 500 over the last 5 years?")
    newest = c.src.execute("SELECT MAX(month) FROM index_monthly", 1, 5).rows[0][0]
    assert len(c.rows) == 1 and any(newest in a["explanation"] for a in c.res.tasks[0].assumptions)
    c.ask("how many companies were added last year")
    year = int(c.src.execute("SELECT MAX(date_added) FROM companies", 1, 5).rows[0][0][:4]) - 1
    assert f"'{year}-01-01'" in c.sql


@pytest.fixture(scope="module")
def world_db(tmp_path_factory):
    """The classic world schema (country / city / countrylanguage), a few rows."""
    path = tmp_path_factory.mktemp("world") / "world.sqlite"
    make_db(path, """
    CREATE TABLE country (Code TEXT PRIMARY KEY, Name TEXT, Continent TEXT, Region TEXT, SurfaceArea REAL,
      IndepYear INTEGER, Population INTEGER, LifeExpectancy REAL, GNP REAL);
    CREATE TABLE city (ID INTEGER PRIMARY KEY, Name TEXT, CountryCode TEXT REFERENCES country(Code), District TEXT,
      Population INTEGER);
    CREATE TABLE countrylanguage (CountryCode TEXT REFERENCES country(Code), Language TEXT, IsOfficial TEXT,
      Percentage REAL, PRIMARY KEY (CountryCode, Language));
    INSERT INTO country VALUES ('FRA','France','Europe','Western Europe',551500,843,59225700,78.8,1424285),
      ('DEU','Germany','Europe','Western Europe',357022,1955,82164700,77.4,2133367),
      ('JPN','Japan','Asia','Eastern Asia',377829,-660,126714000,80.7,3787042),
      ('IND','India','Asia','Southern Asia',3287263,1947,1013662000,62.5,447114),
      ('CAN','Canada','North America','North America',9970610,1867,31147000,79.4,598862),
      ('EGY','Egypt','Africa','Northern Africa',1001449,1922,68470000,63.3,82710);
    INSERT INTO city VALUES (1,'Paris','FRA','Île-de-France',2125246),(2,'Berlin','DEU','Berliini',3386667),
      (3,'Tokyo','JPN','Tokyo-to',7980230),(4,'Osaka','JPN','Osaka',2595674),(5,'Mumbai','IND','Maharashtra',10500000),
      (6,'Toronto','CAN','Ontario',688275),(7,'Cairo','EGY','Kairo',6789479);
    INSERT INTO countrylanguage VALUES ('FRA','French','T',93.6),('DEU','German','T',91.3),('JPN','Japanese','T',99.1),
      ('CAN','English','T',60.4),('CAN','French','T',23.4),('IND','Hindi','T',39.9),('EGY','Arabic','T',98.8);
    """)
    return path


def test_world_conversations(world_db):
    c = Conv(world_db)
    c.ask("What are the names of all countries?")
    assert len(c.rows) == 6
    c.ask("What about those in Europe?")
    assert sorted(c.col("Name")) == ["France", "Germany"]
    c.ask("Which of those have a population above 60 million?")
    assert c.col("Name") == ["Germany"]
    c = Conv(world_db)
    c.ask("Which city has the largest population?")
    c.ask("In which country is it located?")
    assert c.rows[0][:2] == ["Mumbai", "India"]
    c = Conv(world_db)
    c.ask("What are the different continents?")
    c.ask("How many countries are in each?")
    assert dict((r[0], r[1]) for r in c.rows)["Asia"] == "2"
    c = Conv(world_db)
    c.ask("what is the average life expectancy in Asia")
    c.ask("which country has the lowest")
    assert c.rows[0][0] == "India"
    c.ask("How many languages are spoken in Canada?")
    assert c.rows == [["2"]]
    c.ask("which countries became independent after 1900")
    assert sorted(c.col("Name")) == ["Egypt", "Germany", "India"]
    c.ask("list the cities in Japan with population over 3 million")
    assert c.col("Name") == ["Tokyo"]


def test_rows_without_related_rows(shop_db, sp):
    c = Conv(shop_db)
    c.ask("list customers without orders")
    ordered = {r[0] for r in c.src.execute("SELECT DISTINCT c.name FROM customers c JOIN orders o ON o.customer_id = c.id",
                                           100, 5).rows}
    assert set(c.col("name")).isdisjoint(ordered) and len(c.rows) + len(ordered) == 6
    c = sp()
    c.ask("how many companies have no fundamentals")
    assert c.rows == [["38"]]
    c.ask("companies without Energy")                       # not a table: an ordinary negation
    assert "<> 'Energy'" in c.sql


def test_link_tables_coded_categories_and_verbs(tmp_path):
    path = tmp_path / "school.sqlite"
    make_db(path, """
    CREATE TABLE departments (dept_id INTEGER PRIMARY KEY, dept_name TEXT, budget REAL);
    CREATE TABLE students (student_id INTEGER PRIMARY KEY, first_name TEXT, dept_id INTEGER REFERENCES departments(dept_id),
                           gpa REAL, enrollment_year INTEGER, gender TEXT);
    CREATE TABLE courses (course_id INTEGER PRIMARY KEY, title TEXT, dept_id INTEGER REFERENCES departments(dept_id));
    CREATE TABLE enrollments (student_id INTEGER REFERENCES students(student_id),
                              course_id INTEGER REFERENCES courses(course_id), PRIMARY KEY (student_id, course_id));
    INSERT INTO departments VALUES (1, 'Computer Science', 100), (2, 'History', 50);
    INSERT INTO students VALUES (1, 'Ann', 1, 3.9, 2019, 'F'), (2, 'Bob', 1, 3.1, 2022, 'M'), (3, 'Cara', 2, 3.6, 2023, 'F'),
                                (4, 'Dan', 2, 2.8, 2021, 'M');
    INSERT INTO courses VALUES (1, 'Databases', 1), (2, 'Algorithms', 1), (3, 'Modern History', 2);
    INSERT INTO enrollments VALUES (1, 1), (2, 1), (3, 1), (4, 3), (1, 2);
    """)
    conv = Conv(path)
    conv.ask("which courses have the most students")
    assert "enrollments" in conv.sql and conv.rows[0][0] == "Databases"    # through the link table
    conv.ask("which students took Databases")
    assert sorted(conv.col("first_name")) == ["Ann", "Bob", "Cara"]
    conv.ask("average gpa of female students")
    assert float(conv.rows[0][0]) == pytest.approx(3.75)
    conv.ask("students with a gpa above 3")
    conv.ask("how many of them enrolled after 2020")
    assert conv.rows == [["2"]]


def test_single_answers_after_aggregates_and_lists(sp):
    c = sp()
    c.ask("How many companies are in the Information Technology sector?")
    c.ask("What is their average market cap?")
    c.ask("Which one is the largest?")
    assert len(c.rows) == 1 and c.rows[0][0] == "Nvidia"
    c.ask("How many companies were founded in the 19th century?")
    assert "BETWEEN 1800 AND 1899" in c.sql
    c.ask("Show the monthly S&P 500 level in 2022")
    c.ask("what was the lowest?")
    assert len(c.rows) == 1
    low = c.sql
    c.ask("in which month?")
    assert c.sql == low                     # the answer already shows the month
