"""Which column or measure a word means, on a schema of its own (batch 21's wrong answers): an
abbreviated name column, a count of people the rows hold themselves, 'the most expensive month' with
only a money column, 'so far in 2025'. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def clubs_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("clubs") / "clubs.sqlite"
    classes, buys = [], []
    for i in range(1, 31):
        classes.append(f"({i}, {1 + i % 3}, '202{4 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}', "
                       f"'{('yoga', 'spin')[i % 2]}', 30, {(i * 7) % 29})")
        buys.append(f"({i}, {1 + i % 3}, '202{4 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d} 10:00:00', "
                    f"'{('Acme', 'Bolt')[i % 2]}', {(i * 37) % 200 + 5.5}, {i % 5})")
    return make_db(path, f"""
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_nm TEXT, town TEXT, joined_dt TEXT);
    CREATE TABLE coaches (coach_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                          club_id INTEGER REFERENCES clubs(club_id));
    CREATE TABLE classes (class_id INTEGER PRIMARY KEY, club_id INTEGER REFERENCES clubs(club_id),
                          class_date TEXT, class_type TEXT, capacity INTEGER, attendees INTEGER);
    CREATE TABLE purchases (purchase_id INTEGER PRIMARY KEY, club_id INTEGER REFERENCES clubs(club_id),
                            purchase_date TEXT, supplier TEXT, amount_eur REAL, items INTEGER);
    INSERT INTO clubs VALUES (1,'Harbour','Leith','2024-03-01'),(2,'Summit','Perth','2025-02-11'),
                             (3,'Riverside','Ayr','2025-06-30');
    INSERT INTO coaches VALUES (1,'Ann','Bell',1),(2,'Cai','Dunn',1),(3,'Eve','Fox',1),(4,'Gus','Hart',2);
    INSERT INTO classes VALUES {", ".join(classes)};
    INSERT INTO purchases VALUES {", ".join(buys)};
    """)


def rows(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_an_abbreviated_name_column_names_the_rows(clubs_db):
    c = Conv(clubs_db).ask("clubs that joined in 2025")
    assert "club_nm" in c.cols
    assert sorted(c.col("club_nm")) == ["Riverside", "Summit"]



def test_an_abbreviated_name_of_someone_else_does_not_name_the_rows(tmp_path):
    path = make_db(tmp_path / "pol.sqlite", """
    CREATE TABLE policies (policy_no TEXT PRIMARY KEY, holder_nm TEXT, premium REAL);
    INSERT INTO policies VALUES ('P1','Ann Bell',900.0),('P2','Ann Bell',1200.0),('P3','Cai Dunn',15000.0);
    """)
    c = Conv(path).ask("list the policies with a premium over 1000")
    assert sorted(c.col("policy_no")) == ["P2", "P3"]


def test_people_of_rows_that_count_their_own_people(clubs_db):
    c = Conv(clubs_db).ask("Which class had the most people?")
    top = rows(clubs_db, "SELECT class_id FROM classes ORDER BY attendees DESC, class_id LIMIT 1")[0][0]
    assert str(c.rows[0][0]) == str(top) and "attendees" in c.sql and "coaches" not in c.sql
    assert any("attendees" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(clubs_db).ask("how many people work at each club?")        # people who work: the coaches
    assert "coaches" in c.sql
    # a club's people: its coaches, or the attendees of its classes? declined, naming both
    msg = declined(Conv(clubs_db), "which club had the most people?")
    assert "'people'" in msg and "attendees" in msg


def test_the_most_expensive_month_adds_up_the_money_column(tmp_path):
    buys = [f"({i}, '202{4 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d} 10:00:00', '{('Acme', 'Bolt')[i % 2]}', "
            f"{(i * 37) % 200 + 5.5})" for i in range(1, 41)]
    path = make_db(tmp_path / "buys.sqlite", f"""
    CREATE TABLE purchases (purchase_id INTEGER PRIMARY KEY, purchase_date TEXT, supplier TEXT, amount_eur REAL);
    INSERT INTO purchases VALUES {", ".join(buys)};
    """)
    c = Conv(path).ask("Which was the most expensive month?")
    want = rows(path, "SELECT strftime('%Y-%m', purchase_date) m FROM purchases GROUP BY m "
                      "ORDER BY SUM(amount_eur) DESC LIMIT 1")[0][0]
    assert c.rows[0][0] == want and "SUM(amount_eur)" in c.sql and "COUNT" not in c.sql
    c = Conv(path).ask("Which was the cheapest month?")
    want = rows(path, "SELECT strftime('%Y-%m', purchase_date) m FROM purchases GROUP BY m "
                      "ORDER BY SUM(amount_eur) LIMIT 1")[0][0]
    assert c.rows[0][0] == want


def test_the_most_expensive_month_without_money_is_declined(clubs_db):
    assert "expensive" in declined(Conv(clubs_db), "Which was the most expensive month for classes?")


def test_so_far_in_a_year_is_that_year_and_no_distance(tmp_path):
    path = make_db(tmp_path / "trips.sqlite", """
    CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, started_at TEXT, distance_km REAL);
    INSERT INTO trips VALUES (1,'2024-05-01',12.5),(2,'2025-01-03',3.0),(3,'2025-02-04',7.0);
    """)
    c = Conv(path).ask("how many trips so far in 2025?")
    assert int(c.rows[0][0]) == 2 and "distance" not in c.sql


@pytest.fixture(scope="module")
def beans_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("beans") / "beans.sqlite"
    sales = [f"({i}, '2024-{1 + i % 12:02d}-05', '{('Kenya', 'Peru', 'Brazil')[i % 3]}', {1 + i % 4}, "
             f"{(i * 13) % 90 + 9.5}, {(i * 7) % 20 + 1.0})" for i in range(1, 31)]
    return make_db(path, f"""
    CREATE TABLE BeanSales (SaleId INTEGER PRIMARY KEY, SaleDate TEXT, Origin TEXT, Sacks INTEGER, Total REAL,
                            Discount REAL);
    CREATE TABLE TeaSales (SaleId INTEGER PRIMARY KEY, Blend TEXT, Tins INTEGER, Total REAL, RefundAmount REAL);
    INSERT INTO BeanSales VALUES {", ".join(sales)};
    INSERT INTO TeaSales VALUES (1,'Assam',3,30.0,4.0),(2,'Darjeeling',1,12.0,4.0),(3,'Assam',2,20.0,0.0);
    """)


def test_sales_by_a_group_over_a_table_of_sales_add_up_its_money(beans_db):
    c = Conv(beans_db).ask("bean sales by origin")
    want = dict(rows(beans_db, "SELECT Origin, SUM(Total) FROM BeanSales GROUP BY Origin"))
    assert {r[0]: round(float(r[1]), 2) for r in c.rows} == {k: round(v, 2) for k, v in want.items()}
    assert any("Total" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c.ask("in sacks rather than money")                  # the figure named after 'rather than' goes
    want = dict(rows(beans_db, "SELECT Origin, SUM(Sacks) FROM BeanSales GROUP BY Origin"))
    assert {r[0]: int(r[1]) for r in c.rows} == want and len(c.cols) == 2
    c = Conv(beans_db).ask("number of bean sales by origin")      # a count asked is a count
    assert "COUNT(*)" in c.sql


def test_sales_of_a_table_with_two_money_columns_are_declined(beans_db):
    msg = declined(Conv(beans_db), "tea sales by blend")
    assert "'tea sales'" in msg


@pytest.fixture(scope="module")
def lab_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("lab") / "lab.sqlite"
    jobs = [f"({i}, {1 + i % 3}, '202{3 + i % 3}-{1 + i % 12:02d}-10', {(i * 11) % 70 + 20})" for i in range(1, 31)]
    pays = [f"({i}, {1 + i % 3}, '202{4 + i % 2}-{1 + (i * 5) % 12:02d}-03', {(i * 97) % 900 + 100}, "
            f"'{('card', 'bank', 'cheque')[i % 3]}')" for i in range(1, 41)]
    return make_db(path, f"""
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT);
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id), received_on TEXT,
                       fee_pence INTEGER);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
                           paid_on TEXT, amount_pence INTEGER, method TEXT);
    INSERT INTO shops VALUES (1,'North'),(2,'South'),(3,'East');
    INSERT INTO jobs VALUES {", ".join(jobs)};
    INSERT INTO payments VALUES {", ".join(pays)};
    """)


def test_how_much_received_in_a_table_of_money_is_its_total_by_its_own_date(lab_db):
    c = Conv(lab_db).ask("How much did we receive in payments in 2024, split by payment method?")
    want = dict(rows(lab_db, "SELECT method, SUM(amount_pence) FROM payments WHERE paid_on LIKE '2024%' GROUP BY method"))
    assert {r[0]: int(r[1]) for r in c.rows} == want and "received_on" not in c.sql
    c = Conv(lab_db).ask("how much did we get in payments in 2025?")
    assert int(c.rows[0][0]) == rows(lab_db, "SELECT SUM(amount_pence) FROM payments WHERE paid_on LIKE '2025%'")[0][0]


def test_the_latest_period_with_a_figure_skips_periods_without_it(tmp_path):
    path = make_db(tmp_path / "idx.sqlite", """
    CREATE TABLE index_monthly (month TEXT PRIMARY KEY, price REAL, earnings REAL);
    INSERT INTO index_monthly VALUES ('2024-01-01',10,1.5),('2024-02-01',11,1.7),('2024-03-01',12,NULL),
                                     ('2024-04-01',13,NULL);
    """)
    c = Conv(path).ask("What's the most recent month with index earnings data?")
    assert c.rows[0][0] == "2024-02-01" and len(c.rows) == 1


def test_the_rows_of_the_latest_year_without_a_number_are_all_of_them(tmp_path):
    path = make_db(tmp_path / "firms.sqlite", """
    CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, founded INTEGER);
    INSERT INTO companies VALUES ('A','Alpha',1990),('B','Beta',2021),('C','Gamma',2021),('D','Delta',2005),
      ('E','Eps',2010),('F','Zeta',2011),('G','Eta',2012),('H','Theta',2013),('I','Iota',2014),('J','Kappa',2015),
      ('K','Lambda',2016),('L','Mu',2017),('M','Nu',2018);
    """)
    c = Conv(path).ask("which companies were founded most recently?")
    assert sorted(c.col("name")) == ["Beta", "Gamma"]
    c = Conv(path).ask("which 3 companies were founded most recently?")      # a number said is kept
    assert len(c.rows) == 3


def test_rows_on_the_top_value_of_a_column_are_all_of_them(tmp_path):
    path = make_db(tmp_path / "desks.sqlite", """
    CREATE TABLE desks (desk_id INTEGER PRIMARY KEY, desk_name TEXT, floor INTEGER);
    INSERT INTO desks VALUES (1,'Sport',3),(2,'News',3),(3,'Arts',1),(4,'Politics',2),(5,'Web',1);
    """)
    c = Conv(path).ask("Which desks are on the top floor?")
    assert sorted(c.col("desk_name")) == ["News", "Sport"]
    c = Conv(path).ask("which desks are on the lowest floor?")
    assert sorted(c.col("desk_name")) == ["Arts", "Web"]


def test_a_word_of_the_money_tables_name_and_the_most_expensive_of_the_months_shown(tmp_path):
    txns = [f"({i}, '{('AB1', 'CD2')[i % 2]}', '202{4 + i % 2}-{1 + (i * 5) % 12:02d}-0{1 + i % 8} 09:30:00', "
            f"{(i * 41) % 150 + 20.5})" for i in range(1, 61)]
    path = make_db(tmp_path / "fleet.sqlite", f"""
    CREATE TABLE vehicles (reg TEXT PRIMARY KEY, fuel TEXT);
    CREATE TABLE fuel_txns (txn_id INTEGER PRIMARY KEY, reg TEXT REFERENCES vehicles(reg), txn_time TEXT,
                            amount_gbp REAL);
    INSERT INTO vehicles VALUES ('AB1','diesel'),('CD2','petrol');
    INSERT INTO fuel_txns VALUES {", ".join(txns)};
    """)
    c = Conv(path).ask("What was our total fuel spend each month in 2024?")     # 'fuel': whose spend
    want = rows(path, "SELECT strftime('%Y-%m', txn_time) m, SUM(amount_gbp) FROM fuel_txns "
                      "WHERE txn_time LIKE '2024%' GROUP BY m")
    assert {r[0]: round(float(r[1]), 2) for r in c.rows} == {m: round(v, 2) for m, v in want}
    c.ask("Which was the most expensive month?")                # of the months shown (2024)
    assert c.rows[0][0] == max(want, key=lambda r: r[1])[0] and len(c.rows) == 1
