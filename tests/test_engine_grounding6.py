"""Grounding of words (blind batch 11): 'counts' as the noun of a count, a word never matched through
a fragment of another word ('count' in 'discount'), a row's own title as its label, the counted
table's own column over another table's reached through many rows, a budget never the box office,
and 'oldest' over a year ranking from the earliest. Each on a schema the test builds itself."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine.catalog import split_run_together


@pytest.fixture(scope="module")
def studio_db(tmp_path_factory):
    """A studio: projects in a status (word counts and discounts), courses with a title and a
    teacher, films with a production country and a budget screened at festivals in a country,
    firms with a founding year, co-ops with a number of members, a legacy order table."""
    path = tmp_path_factory.mktemp("studio") / "studio.sqlite"
    projects = ", ".join(f"({i}, '{'ABC'[i % 3]}', {100 * i}, {(i % 4) * 5.0})" for i in range(1, 21))
    films = ", ".join(f"({i}, 'Film {i}', '{('France', 'Chile', 'Japan')[i % 3]}', "
                      f"{'NULL' if i % 4 == 0 else 1000 * i})" for i in range(1, 13))
    screenings = ", ".join(f"({i}, {1 + i % 12}, {1 + i % 2})" for i in range(1, 31))
    return make_db(path, f"""
    CREATE TABLE project_status (status_code TEXT PRIMARY KEY, status_name TEXT);
    INSERT INTO project_status VALUES ('A', 'Active'), ('B', 'Billed'), ('C', 'Closed');
    CREATE TABLE projects (project_id INTEGER PRIMARY KEY,
                           status_code TEXT REFERENCES project_status(status_code),
                           word_count INTEGER, discount_amount REAL);
    INSERT INTO projects VALUES {projects};
    CREATE TABLE courses (courseId INTEGER PRIMARY KEY, courseTitle TEXT, teacherName TEXT, startDate TEXT);
    INSERT INTO courses VALUES (1, 'Spanish A1', 'Ana Ruiz', '2024-03-01'), (2, 'French B2', 'Ana Ruiz', '2024-01-15'),
        (3, 'German A2', 'Jon Weber', '2024-02-10');
    CREATE TABLE books (book_id INTEGER PRIMARY KEY, title TEXT, author_name TEXT);
    INSERT INTO books VALUES (1, 'Dune', 'Frank Herbert'), (2, 'Emma', 'Jane Austen');
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, employee_name TEXT, title TEXT);
    INSERT INTO staff VALUES (1, 'Kim Lee', 'Manager'), (2, 'Sam Ode', 'Clerk');
    CREATE TABLE films (film_id INTEGER PRIMARY KEY, title TEXT, production_country TEXT, budget_usd INTEGER);
    INSERT INTO films VALUES {films};
    CREATE TABLE festivals (festival_id INTEGER PRIMARY KEY, festival_name TEXT, country TEXT);
    INSERT INTO festivals VALUES (1, 'Lumen', 'Italy'), (2, 'Aurora', 'Norway');
    CREATE TABLE screenings (screening_id INTEGER PRIMARY KEY, film_id INTEGER REFERENCES films(film_id),
                             festival_id INTEGER REFERENCES festivals(festival_id));
    INSERT INTO screenings VALUES {screenings};
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, name TEXT, founded INTEGER);
    INSERT INTO firms VALUES (1, 'Acme', 1950), (2, 'Borealis', 1890), (3, 'Cobalt', 2001), (4, 'Delta', 1920);
    CREATE TABLE coops (coop_id INTEGER PRIMARY KEY, coop_name TEXT, region TEXT, num_of_members INTEGER);
    INSERT INTO coops VALUES (1, 'Hill Bees', 'South', 12), (2, 'Vale Honey', 'South', 30), (3, 'Moor', 'North', 8);
    CREATE TABLE ORD_HDR (ORD_NO INTEGER PRIMARY KEY, STAT_CD TEXT, TOT_AMT REAL);
    INSERT INTO ORD_HDR VALUES (1, 'O', 10.0), (2, 'X', 20.0);
    """)


def test_counts_after_the_rows_named_is_their_count_per_group(studio_db):
    want = sorted(rows(studio_db, "SELECT s.status_name, COUNT(*) FROM projects p JOIN project_status s "
                                  "ON s.status_code = p.status_code GROUP BY s.status_name"))
    for q in ("Project counts by status name", "counts of projects by status name"):
        c = Conv(studio_db).ask(q)
        assert "word_count" not in c.sql and "discount" not in c.sql
        assert sorted((r[0], int(r[-1])) for r in c.rows) == want
    c = Conv(studio_db).ask("word counts by status name")          # the column named so is still the column
    assert "word_count" in c.sql


def test_a_word_never_names_a_column_through_a_fragment_of_another_word(studio_db):
    assert split_run_together("discount") == ["discount"]          # no 'dis' + 'count'
    assert split_run_together("subtotal") == ["subtotal"]
    assert split_run_together("depdelay") == ["dep", "delay"]       # a name run together still splits


def test_a_count_column_is_the_count_of_its_noun(studio_db):
    c = Conv(studio_db).ask("list the coops in the South region")
    c.ask("show their member counts too")
    assert sorted(tuple(r) for r in c.rows) == [("Hill Bees", "12"), ("Vale Honey", "30")]


def test_a_sort_word_before_counts_is_the_noun_of_rows_the_data_lacks(studio_db):
    assert "'order'" in declined(Conv(studio_db), "Order counts by status name")


def test_a_rows_label_is_its_own_title_not_the_name_of_a_person_of_the_row(studio_db):
    c = Conv(studio_db).ask("list the courses with their start dates")
    assert c.sql.startswith("SELECT courseTitle") and "teacherName" not in c.sql
    c.ask("which one starts first?")
    assert c.rows[0][0] == "French B2"
    cat = Conv(studio_db).engine.cat
    assert cat.label("books") == "title"                            # not the author_name
    assert cat.label("staff") == "employee_name"                    # a table of people: title is a job


def test_the_counted_tables_own_column_over_one_reached_through_many_rows(studio_db):
    want = sorted(rows(studio_db, "SELECT production_country, COUNT(*) FROM films GROUP BY production_country"))
    c = Conv(studio_db).ask("how many films by country?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == want
    c = Conv(studio_db).ask("how many films have no budget listed?")
    c.ask("break that down by country")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == sorted(rows(
        studio_db, "SELECT production_country, COUNT(*) FROM films WHERE budget_usd IS NULL GROUP BY 1"))
    c = Conv(studio_db).ask("screenings per country")              # a screening's festival has one country
    assert "festivals" in c.sql.lower()
    c = Conv(studio_db).ask("how many films had screenings in each country?")    # a table on the way is named
    assert "production_country" not in c.sql


def test_a_budget_is_never_the_box_office(studio_db):
    msg = declined(Conv(studio_db), "what did the films make at the box office?")
    assert "'box'" in msg
    declined(Conv(studio_db), "what is the total revenue of the films?")


def test_oldest_by_a_year_ranks_from_the_earliest(studio_db):
    for q in ("Show the 2 oldest firms by founding year", "the oldest 2 firms by founding year"):
        assert [r[0] for r in Conv(studio_db).ask(q).rows] == ["Borealis", "Delta"]
    assert [r[0] for r in Conv(studio_db).ask("the 2 youngest firms by founding year").rows] == ["Cobalt", "Acme"]
    assert [r[0] for r in Conv(studio_db).ask("the 2 newest firms by founding year").rows] == ["Cobalt", "Acme"]


def test_a_loose_phrase_for_a_column_of_an_unrelated_table_is_never_dropped(tmp_path):
    db = make_db(tmp_path / "films.sqlite", """
    CREATE TABLE films (film_id INTEGER PRIMARY KEY, title TEXT);
    INSERT INTO films VALUES (1, 'Hamlet'), (2, 'Cats');
    CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, total_amount REAL);
    INSERT INTO invoices VALUES (1, 10.0);
    """)
    msg = declined(Conv(db), "what did the films make at the box office?")
    assert "'box office'" in msg or "'box'" in msg


def test_a_loose_word_qualifies_only_a_column_of_its_own_table(tmp_path):
    db = make_db(tmp_path / "lm.sqlite", """
    CREATE TABLE parts (part_id INTEGER PRIMARY KEY, part_desc TEXT);
    INSERT INTO parts VALUES (1, 'Bolt'), (2, 'Nut');
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, stat_cd TEXT, part_id INTEGER REFERENCES parts(part_id),
                         ship_dt TEXT, freight_cost REAL);
    INSERT INTO orders VALUES (1, 'O', 1, '2024-01-02', 5), (2, 'X', 2, '2024-02-03', 7), (3, 'O', 2, '2024-03-01', 2);
    """)
    # 'status' only begins like stat_cd of orders: the 'status description' is no part_desc of parts
    assert "'description'" in declined(Conv(db), "how many orders per status description?")
    c = Conv(db).ask("average shipping cost of orders")         # of its own table: still the freight cost
    assert float(c.rows[0][0]) == pytest.approx(14 / 3)


def test_a_verb_after_a_noun_of_several_columns_says_which(tmp_path):
    db = make_db(tmp_path / "fest.sqlite", """
    CREATE TABLE festivals (festival_id INTEGER PRIMARY KEY, festival_name TEXT);
    INSERT INTO festivals VALUES (1, 'Lumen'), (2, 'Aurora');
    CREATE TABLE screenings (screening_id INTEGER PRIMARY KEY, festival_id INTEGER REFERENCES festivals(festival_id),
                             TicketsSold INTEGER, TicketPrice REAL);
    INSERT INTO screenings VALUES (1, 1, 100, 9.5), (2, 1, 50, 12.0), (3, 2, 70, 8.0);
    """)
    c = Conv(db).ask("How many tickets were sold at each festival?")
    assert sorted((r[0], int(float(r[-1]))) for r in c.rows) == [("Aurora", 70), ("Lumen", 150)]
    assert "'tickets'" in declined(Conv(db), "what is the average of the tickets per festival?")


def test_a_word_whose_consonants_are_a_category_code_is_that_code(tmp_path):
    db = make_db(tmp_path / "wo.sqlite", """
    CREATE TABLE work_order (wo_id INTEGER PRIMARY KEY, wo_type TEXT, parts_usd REAL, vendor_nm TEXT);
    INSERT INTO work_order VALUES (1, 'RPR', 100, 'Rapid Truck Repair'), (2, 'RPR', 50, 'Coastline Mech'),
        (3, 'PM', 20, 'Rapid Truck Repair'), (4, 'INSP', 5, 'Coastline Mech'), (5, 'PM', 7, 'Coastline Mech');
    CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_name TEXT);
    INSERT INTO rooms VALUES (1, 'North'), (2, 'South');
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                           guest_name TEXT, sts TEXT);
    INSERT INTO bookings VALUES (1, 1, 'Kim', 'STR'), (2, 1, 'Lee', 'OPN'), (3, 2, 'Ode', 'OPN');
    """)
    # of rows the question does not name, a word is no code: 'store rooms' are no rooms with an 'STR' booking
    assert "'store'" in declined(Conv(db), "how many store rooms are there?")
    # 'repair' is the type RPR, not the vendor whose name only contains the word
    c = Conv(db).ask("how many repair work orders are there?")
    assert c.rows[0][0] == "2" and "RPR" in c.sql


def test_which_month_is_the_unit_not_a_date_column_it_is_a_synonym_of(tmp_path):
    db = make_db(tmp_path / "shop.sqlite", """
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT, signup_date TEXT);
    INSERT INTO customers VALUES (1, 'Ana', '2023-05-01'), (2, 'Bo', '2023-06-02');
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                         ordered_at TEXT);
    INSERT INTO orders VALUES (1, 1, '2024-01-03'), (2, 2, '2024-02-04'), (3, 1, '2024-02-09');
    """)
    c = Conv(db).ask("Which month had the most orders?")
    assert c.rows[0][0] == "2024-02" and "signup_date" not in c.sql


def test_a_word_of_the_vocabulary_is_never_split_into_a_name_part(tmp_path):
    """'dividend' is no 'divid' + 'end': 'the end of each decade' named the dividend columns."""
    assert split_run_together("dividend") == ["dividend"]
    assert split_run_together("weekend") == ["weekend"]
    db = make_db(tmp_path / "idx.sqlite", """
        CREATE TABLE index_monthly (month DATE PRIMARY KEY, level REAL, dividend REAL, real_dividend REAL);
        INSERT INTO index_monthly VALUES ('1950-01-01', 17.0, 1.1, 9.0), ('1959-12-01', 59.0, 1.9, 12.0),
                                         ('1960-01-01', 58.0, 1.9, 12.1), ('1969-12-01', 92.0, 3.1, 15.0);""")
    reason = declined(Conv(db), "what was the level at the end of each decade since 1950?")
    assert "dividend" not in reason and "'end'" in reason
    c = Conv(db).ask("what is the average dividend by decade?")
    assert "real_dividend" not in c.sql and len(c.rows) == 2
