"""Item 3 of the engine: schemas unlike the demo. PascalCase, camelCase and abbreviated names, a
column literally named Total, Count or Name, measures named by their unit or role ('length in
milliseconds', 'longest', 'sales', 'amount'), people listed by their names. A Chinook-like music
store, a camelCase shop and an abbreviated school schema, built here; results checked by running
the SQL, and the conversations also run through the HTTP API."""
from __future__ import annotations

import pytest
from conftest import PRIV, PUB, Api, start_server
from test_engine import Conv, declined, make_db

CHINOOK = """
CREATE TABLE artists (ArtistId INTEGER PRIMARY KEY, Name TEXT);
CREATE TABLE albums (AlbumId INTEGER PRIMARY KEY, Title TEXT, ArtistId INTEGER REFERENCES artists(ArtistId));
CREATE TABLE genres (GenreId INTEGER PRIMARY KEY, Name TEXT);
CREATE TABLE media_types (MediaTypeId INTEGER PRIMARY KEY, Name TEXT);
CREATE TABLE tracks (TrackId INTEGER PRIMARY KEY, Name TEXT, AlbumId INTEGER REFERENCES albums(AlbumId),
  MediaTypeId INTEGER REFERENCES media_types(MediaTypeId), GenreId INTEGER REFERENCES genres(GenreId),
  Composer TEXT, Milliseconds INTEGER, Bytes INTEGER, UnitPrice NUMERIC);
CREATE TABLE employees (EmployeeId INTEGER PRIMARY KEY, LastName TEXT, FirstName TEXT, Title TEXT,
  ReportsTo INTEGER REFERENCES employees(EmployeeId), BirthDate TEXT, HireDate TEXT, City TEXT, Country TEXT);
CREATE TABLE customers (CustomerId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Company TEXT,
  City TEXT, Country TEXT, SupportRepId INTEGER REFERENCES employees(EmployeeId));
CREATE TABLE invoices (InvoiceId INTEGER PRIMARY KEY, CustomerId INTEGER REFERENCES customers(CustomerId),
  InvoiceDate TEXT, BillingCity TEXT, BillingCountry TEXT, Total NUMERIC);
CREATE TABLE invoice_items (InvoiceLineId INTEGER PRIMARY KEY, InvoiceId INTEGER REFERENCES invoices(InvoiceId),
  TrackId INTEGER REFERENCES tracks(TrackId), UnitPrice NUMERIC, Quantity INTEGER);
INSERT INTO artists VALUES (1,'AC/DC'),(2,'Accept'),(3,'Aerosmith'),(4,'Miles Davis'),(5,'Queen');
INSERT INTO albums VALUES (1,'For Those About To Rock',1),(2,'Let There Be Rock',1),(3,'Balls to the Wall',2),
  (4,'Big Ones',3),(5,'Kind of Blue',4),(6,'Greatest Hits',5);
INSERT INTO genres VALUES (1,'Rock'),(2,'Jazz'),(3,'Metal'),(4,'Pop');
INSERT INTO media_types VALUES (1,'MPEG audio file'),(2,'AAC audio file');
INSERT INTO tracks VALUES
  (1,'For Those About To Rock',1,1,1,'Angus Young',343719,11170334,0.99),
  (2,'Put The Finger On You',1,1,1,'Angus Young',205662,6713451,0.99),
  (3,'Let There Be Rock',2,1,1,'Angus Young',366654,12021261,0.99),
  (4,'Balls to the Wall',3,2,3,NULL,342562,5510424,0.99),
  (5,'Walk On Water',4,1,1,'Steven Tyler',295680,9719579,0.99),
  (6,'So What',5,2,2,'Miles Davis',564009,18330000,1.99),
  (7,'Blue in Green',5,2,2,'Bill Evans',337560,11000000,1.99),
  (8,'Bohemian Rhapsody',6,1,4,'Freddie Mercury',358132,11700000,0.99),
  (9,'Another One Bites the Dust',6,1,4,'John Deacon',216000,7000000,0.99);
INSERT INTO employees VALUES
  (1,'Adams','Andrew','General Manager',NULL,'1962-02-18','2002-08-14','Edmonton','Canada'),
  (2,'Edwards','Nancy','Sales Manager',1,'1958-12-08','2002-05-01','Calgary','Canada'),
  (3,'Peacock','Jane','Sales Support Agent',2,'1973-08-29','2002-04-01','Calgary','Canada'),
  (4,'Park','Margaret','Sales Support Agent',2,'1947-09-19','2003-05-03','Calgary','Canada'),
  (5,'Mitchell','Michael','IT Manager',1,'1973-07-01','2003-10-17','Calgary','Canada');
INSERT INTO customers VALUES
  (1,'Luís','Gonçalves','Embraer','São José dos Campos','Brazil',3),
  (2,'Leonie','Köhler',NULL,'Stuttgart','Germany',4),
  (3,'François','Tremblay',NULL,'Montréal','Canada',3),
  (4,'Bjørn','Hansen',NULL,'Oslo','Norway',4),
  (5,'Frank','Harris','Google Inc.','Mountain View','USA',4),
  (6,'Jack','Harris','Microsoft Corporation','Redmond','USA',3);
INSERT INTO invoices VALUES
  (1,2,'2021-01-01','Stuttgart','Germany',1.98),(2,4,'2021-01-02','Oslo','Norway',3.96),
  (3,5,'2021-03-11','Mountain View','USA',5.94),(4,6,'2021-06-06','Redmond','USA',8.91),
  (5,1,'2022-02-14','São José dos Campos','Brazil',13.86),(6,3,'2022-07-19','Montréal','Canada',0.99),
  (7,5,'2022-11-01','Mountain View','USA',1.98),(8,2,'2023-04-04','Stuttgart','Germany',3.98);
INSERT INTO invoice_items VALUES
  (1,1,1,0.99,1),(2,1,2,0.99,1),(3,2,3,0.99,2),(4,2,4,0.99,2),(5,3,5,0.99,6),(6,4,8,0.99,9),
  (7,5,6,1.99,4),(8,5,7,1.99,3),(9,6,9,0.99,1),(10,7,1,0.99,2),(11,8,6,1.99,2);
"""


@pytest.fixture(scope="module")
def chinook_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("chinook") / "chinook.sqlite", CHINOOK)


@pytest.fixture(scope="module")
def chinook(chinook_db):
    return lambda: Conv(chinook_db)


def nums(values) -> list[float]:
    return [round(float(v), 2) for v in values]


def test_measures_named_by_their_unit_or_role(chinook):
    c = chinook()
    c.ask("What is the average length in milliseconds of the tracks?")
    assert "AVG(Milliseconds)" in c.sql and round(float(c.rows[0][0])) == 336664
    c.ask("Which track is the longest?")
    assert c.rows[0][0] == "So What" and len(c.rows) == 1
    c = chinook()
    c.ask("What are the 3 shortest tracks?")
    assert c.col("Name") == ["Put The Finger On You", "Another One Bites the Dust", "Walk On Water"]
    c.ask("and the longest?")
    assert c.col("Name") == ["So What", "Let There Be Rock", "Bohemian Rhapsody"]
    c = chinook()
    c.ask("What is the average track duration by genre?")
    assert dict(zip(c.col("Name"), nums(c.rows[i][1] for i in range(len(c.rows)))))["Jazz"] == 450784.5
    c = chinook()
    c.ask("Which track has the largest file size?")
    assert c.rows[0][0] == "So What" and "Bytes" in c.sql
    c.ask("what are the 2 most expensive tracks?")
    assert sorted(c.col("Name")) == ["Blue in Green", "So What"] and "UnitPrice" in c.sql


def test_sales_and_amount_are_the_money_column_and_total_is_a_column(chinook):
    c = chinook()
    c.ask("Total sales by billing country")
    got = dict(zip(c.col("BillingCountry"), nums(r[1] for r in c.rows)))
    assert got == {"Brazil": 13.86, "Canada": 0.99, "Germany": 5.96, "Norway": 3.96, "USA": 16.83}
    c.ask("show only the top 2")
    assert c.col("BillingCountry") == ["USA", "Brazil"]
    c = chinook()
    c.ask("What is the average invoice total?")
    assert nums(c.rows[0]) == [5.2]
    c.ask("What is the maximum total of invoices?")
    assert nums(c.rows[0]) == [13.86]
    c = chinook()
    c.ask("top 3 customers by total")
    # one row per customer: the two Harrises are not merged into one
    assert [r[:2] for r in c.rows] == [["Luís", "Gonçalves"], ["Jack", "Harris"], ["Frank", "Harris"]]
    c = chinook()
    c.ask("How many invoices were issued in 2021?")
    assert c.rows == [["4"]]
    c.ask("What was the total amount?")
    assert nums(c.rows[0]) == [20.79] and "2021" in c.sql
    c.ask("and in 2022?")
    assert nums(c.rows[0]) == [16.83]


def test_people_are_listed_by_their_names(chinook):
    c = chinook()
    c.ask("List the employees with their titles")
    assert c.cols[-1] == "Title" and {"FirstName", "LastName"} <= set(c.cols) and len(c.rows) == 5
    assert ["Jane", "Peacock", "Sales Support Agent"] in [[r[c.cols.index(k)] for k in ("FirstName", "LastName", "Title")]
                                                         for r in c.rows]
    c.ask("which of them were hired in 2003?")
    assert sorted(c.col("LastName")) == ["Mitchell", "Park"] and "HireDate" in c.sql
    c = chinook()
    c.ask("Total sales by billing country")
    c.ask("List the employees with their titles")     # 'their' is the employees', not the countries'
    assert "Title" in c.cols and len(c.rows) == 5 and "BillingCountry" not in c.sql
    c = chinook()
    c.ask("How many invoices does each customer have?")
    assert len(c.rows) == 6                  # per customer, not per first or last name
    c = chinook()
    c.ask("Show each of the customers and its city")
    assert {"FirstName", "LastName", "City"} <= set(c.cols) and "Email" not in c.sql


def test_pascal_case_names_in_follow_ups(chinook):
    c = chinook()
    c.ask("How many invoices are there in each billing country?")
    assert dict(c.rows)["USA"] == "3"
    c.ask("Which billing country has the most?")
    assert c.rows == [["USA", "3"]]
    c = chinook()
    c.ask("how many albums does each artist have?")
    assert dict(c.rows)["AC/DC"] == "2"
    c.ask("which artist has the most albums?")
    assert c.rows[0][0] == "AC/DC"
    c = chinook()
    c.ask("What is the average unit price of tracks per genre?")
    assert dict(zip(c.col("Name"), nums(r[1] for r in c.rows)))["Jazz"] == 1.99
    c.ask("Which genre has the highest?")
    assert c.rows[0][0] == "Jazz" and len(c.rows) == 1


@pytest.mark.parametrize("question, word", [
    ("Who is the CEO of the store?", "ceo"),
    ("What is the average salary of employees?", "salary"),
    ("How many streams did each track get?", "streams"),
    ("Which tracks won a Grammy award?", "grammy"),
])
def test_what_the_music_store_does_not_hold_is_declined(chinook, question, word):
    msg = declined(chinook(), question)
    assert f"'{word}'" in msg.lower() and "Questions that work here" in msg


def test_a_column_named_count_and_one_named_name(tmp_path):
    path = make_db(tmp_path / "birds.sqlite", """
    CREATE TABLE sightings (SightingId INTEGER PRIMARY KEY, Name TEXT, Site TEXT, Count INTEGER, SeenOn TEXT);
    INSERT INTO sightings VALUES (1,'Robin','North Marsh',4,'2024-03-01'),(2,'Heron','North Marsh',1,'2024-03-02'),
      (3,'Robin','Old Wood',7,'2024-04-11'),(4,'Kestrel','Old Wood',2,'2024-05-20'),(5,'Heron','Lake',3,'2024-06-02');
    """)
    c = Conv(path)
    c.ask("What is the sum of count for each site?")
    assert dict(zip(c.col("Site"), nums(r[1] for r in c.rows))) == {"Lake": 3, "North Marsh": 5, "Old Wood": 9}
    c.ask("How many sightings are there per site?")
    assert dict(c.rows) == {"Lake": "1", "North Marsh": "2", "Old Wood": "2"}
    c = Conv(path)
    c.ask("List the names and counts of the sightings at Old Wood")
    assert sorted(c.rows) == [["Kestrel", "2"], ["Robin", "7"]]


def test_camel_case_and_abbreviated_names(tmp_path):
    shop = make_db(tmp_path / "shop.sqlite", """
    CREATE TABLE products (productId INTEGER PRIMARY KEY, productName TEXT, category TEXT, unitPrice REAL,
      stockQty INTEGER, weightKg REAL);
    CREATE TABLE orders (orderId INTEGER PRIMARY KEY, productId INTEGER, orderDate TEXT, amount REAL);
    INSERT INTO products VALUES (1,'Kettle','Kitchen',30.5,12,1.2),(2,'Spade','Garden',18.0,40,2.5),
      (3,'Teapot','Kitchen',22.0,0,0.9),(4,'Hose','Garden',41.0,7,3.1);
    INSERT INTO orders VALUES (1,1,'2023-02-01',61.0),(2,2,'2023-05-03',18.0),(3,1,'2024-01-09',30.5),
      (4,4,'2024-03-15',82.0);
    """)
    c = Conv(shop)
    c.ask("Which products have a stock below 10?")
    assert sorted(c.col("productName")) == ["Hose", "Teapot"]
    c.ask("what is their average weight?")
    assert nums(c.rows[0]) == [2.0]
    c = Conv(shop)
    c.ask("What are the heaviest 2 products?")
    assert c.col("productName") == ["Hose", "Spade"]
    c = Conv(shop)
    c.ask("How many orders were placed in 2024?")
    assert c.rows == [["2"]]
    c.ask("what was the total revenue?")
    assert nums(c.rows[0]) == [112.5]
    c = Conv(shop)
    c.ask("Total sales per product")
    assert dict(zip(c.col("productName"), nums(r[1] for r in c.rows)))["Kettle"] == 91.5
    school = make_db(tmp_path / "school.sqlite", """
    CREATE TABLE dept (dept_id INTEGER PRIMARY KEY, dept_name TEXT, bldg TEXT);
    CREATE TABLE instructor (instr_id INTEGER PRIMARY KEY, instr_name TEXT, dept_id INTEGER, salary REAL,
      hire_dt TEXT);
    CREATE TABLE student (stu_id INTEGER PRIMARY KEY, stu_name TEXT, dept_id INTEGER, gpa REAL, enroll_yr INTEGER,
      tot_cred INTEGER);
    INSERT INTO dept VALUES (1,'Physics','Watson'),(2,'History','Painter');
    INSERT INTO instructor VALUES (1,'Ada Berg',1,90000,'2015-09-01'),(2,'Ben Okafor',1,70000,'2019-01-15'),
      (3,'Carla Rossi',2,65000,'2019-08-20');
    INSERT INTO student VALUES (1,'Dan',1,3.1,2021,40),(2,'Eve',2,3.9,2022,12),(3,'Finn',1,2.7,2021,75);
    """)
    c = Conv(school)
    c.ask("How many instructors were hired in 2019?")
    assert c.rows == [["2"]] and "hire_dt" in c.sql
    c = Conv(school)
    c.ask("How many instructors were hired each year?")
    c.ask("Which year had the most?")
    assert c.rows[0][0] == "2019" and len(c.rows) == 1 and "enroll_yr" not in c.sql
    c = Conv(school)
    c.ask("students with total credits above 30")
    assert sorted(c.col("stu_name")) == ["Dan", "Finn"]
    c.ask("what is their average grade point average?")
    assert nums(c.rows[0]) == [2.9]
    c = Conv(school)
    c.ask("average salary per department")
    assert dict(zip(c.col("dept_name"), nums(r[1] for r in c.rows))) == {"History": 65000, "Physics": 80000}
    c.ask("which department has the highest?")
    assert c.rows[0][0] == "Physics" and len(c.rows) == 1


def test_music_store_conversation_through_the_api(chinook_db, tmp_path):
    server = start_server(tmp_path / "state", [f"sqlite:///{chinook_db}"])
    try:
        api = Api(server.url, PUB, PRIV, app=server.app)
        database = next(iter(server.app.sources))
        assert api.summary(database)["status"] == "done"
        sid = api.session(database, "music")

        def ask(q):
            return api.ask(sid, q)

        done = ask("What are the 2 longest tracks?")
        assert done["status"] == "done" and [r[0] for r in done["result"]["data"]["rows"]] == [
            "So What", "Let There Be Rock"]
        done = ask("show their unit price too")
        cols = [c["col"] for c in done["result"]["data"]["columns"]]
        assert "UnitPrice" in cols and len(done["result"]["data"]["rows"]) == 2
        failed = ask("and their royalties?")
        assert failed["status"] == "failed" and "royalties" in failed["reason"]
    finally:
        server.stop()


def test_units_abbreviations_and_roles_anywhere_in_a_name(tmp_path):
    path = make_db(tmp_path / "clinic.sqlite", """
    CREATE TABLE doctors (DoctorID INTEGER PRIMARY KEY, DocName TEXT, Specialty TEXT, YearsExp INTEGER);
    CREATE TABLE visits (VisitID INTEGER PRIMARY KEY, DoctorID INTEGER REFERENCES doctors(DoctorID),
      VisitDate TEXT, FeeUSD REAL, DurationMin INTEGER);
    INSERT INTO doctors VALUES (1,'Dr. Berg','Cardiology',22),(2,'Dr. Okafor','Pediatrics',5),(3,'Dr. Rossi','Cardiology',9);
    INSERT INTO visits VALUES (1,1,'2023-01-05',120.0,30),(2,1,'2023-02-11',90.5,45),(3,2,'2024-03-01',60.0,15),
      (4,3,'2024-03-09',200.0,60),(5,2,'2024-06-30',75.0,20);
    """)
    c = Conv(path)
    c.ask("Top 2 doctors by years of experience")
    assert c.col("DocName") == ["Dr. Berg", "Dr. Rossi"]
    c = Conv(path)
    c.ask("What is the average fee in dollars of the visits?")
    assert nums(c.rows[0]) == [109.1]
    c.ask("and the lowest?")
    assert nums(c.col("FeeUSD")) == [60.0]
    c = Conv(path)
    c.ask("List the 2 longest visits")                   # DurationMin: the role word is not the last one
    assert c.col("VisitID") == ["4", "2"] and "DurationMin" in c.cols
    c = Conv(path)
    c.ask("How many visits took place in 2024?")
    assert c.rows == [["3"]]


def test_follow_ups_keep_their_context_or_are_declined_without_one(chinook):
    c = chinook()
    c.ask("Which tracks have composer Angus Young?")
    c.ask("sort them by bytes and show the unit price")     # 'sort them' refers to the tracks listed
    assert c.col("Name") == ["Put The Finger On You", "For Those About To Rock", "Let There Be Rock"]   # ascending
    assert "UnitPrice" in c.cols
    msg = declined(chinook(), "and for Bill Evans?")        # nothing earlier to continue
    assert "no earlier answer" in msg


def test_prefixed_tables_clipped_and_run_together_names(tmp_path):
    path = make_db(tmp_path / "league.sqlite", """
    CREATE TABLE tbl_teams (team_cd TEXT PRIMARY KEY, team_nm TEXT, stadium_cap INTEGER);
    CREATE TABLE tbl_players (player_id INTEGER PRIMARY KEY, player_nm TEXT, team_cd TEXT REFERENCES tbl_teams(team_cd),
      pos TEXT, goals_scored INTEGER, mins_played INTEGER);
    INSERT INTO tbl_teams VALUES ('RVR','Riverside Rovers',30000),('HLU','Hillside United',18000);
    INSERT INTO tbl_players VALUES (1,'Ana Silva','RVR','Forward',12,2500),(2,'Ben Ode','RVR','Defender',1,3000),
      (3,'Cleo Ruiz','HLU','Forward',7,1900),(4,'Dan Berg','HLU','Goalkeeper',0,3100);
    """)
    c = Conv(path)
    c.ask("How many players are there?")                  # the table, not 'mins_played'
    assert c.rows == [["4"]]
    c.ask("How many players are there in each position?")
    assert dict(c.rows) == {"Defender": "1", "Forward": "2", "Goalkeeper": "1"}
    c = Conv(path)
    c.ask("Which player has scored the most goals?")
    assert c.rows[0][0] == "Ana Silva"
    c = Conv(path)
    c.ask("What is the average minutes played of forwards?")
    assert nums(c.rows[0]) == [2200.0]
    c = Conv(path)
    c.ask("Which team has the highest stadium capacity?")
    assert c.rows[0][0] == "Riverside Rovers"


def test_a_word_several_tables_answer_to_is_the_named_tables_column(tmp_path):
    path = make_db(tmp_path / "homes.sqlite", """
    CREATE TABLE listings (ListingID INTEGER PRIMARY KEY, Addr TEXT, Neighborhood TEXT, SqFt INTEGER, ListPrice REAL);
    CREATE TABLE sales (SaleID INTEGER PRIMARY KEY, ListingID INTEGER REFERENCES listings(ListingID), SalePrice REAL);
    INSERT INTO listings VALUES (1,'10 Oak Street','Harbor',1200,300000),(2,'11 Elm Street','Harbor',2400,650000),
      (3,'12 Pine Street','Old Town',900,250000);
    INSERT INTO sales VALUES (1,1,310000);
    """)
    c = Conv(path)
    c.ask("How many listings are there?")          # 'listings' is not the command 'list'
    assert c.rows == [["3"]]
    c.ask("Which listing is the most expensive?")   # ListPrice of the listings, not the one sale's SalePrice
    assert c.rows[0][0] == "11 Elm Street" and "SalePrice" not in c.sql
    c = Conv(path)
    c.ask("Which neighborhood has the highest average price?")
    assert c.rows[0][0] == "Harbor" and "ListPrice" in c.sql
    c = Conv(path)
    c.ask("What are the 2 largest listings?")       # SqFt is the size
    assert c.col("Addr") == ["11 Elm Street", "10 Oak Street"]


def test_lending_library_names(tmp_path):
    path = make_db(tmp_path / "lending.sqlite", """
    CREATE TABLE Books (BookID INTEGER PRIMARY KEY, Title TEXT, Genre TEXT, Pages INTEGER, Price REAL);
    CREATE TABLE Members (MemberID INTEGER PRIMARY KEY, Name TEXT, JoinDate TEXT);
    CREATE TABLE Loans (LoanID INTEGER PRIMARY KEY, BookID INTEGER REFERENCES Books(BookID),
      MemberID INTEGER REFERENCES Members(MemberID), LoanDate TEXT, ReturnDate TEXT, Fine REAL);
    INSERT INTO Books VALUES (1,'Dune','Science Fiction',612,9.5),(2,'Emma','Classic',474,6.0),(3,'Holes','Children',233,7.25);
    INSERT INTO Members VALUES (1,'Ana','2021-03-01'),(2,'Ben','2023-07-15');
    INSERT INTO Loans VALUES (1,1,1,'2021-05-01','2021-06-01',0),(2,2,2,'2023-08-01','2023-09-20',2.5),
      (3,3,1,'2023-09-02','2023-09-30',0.5);
    """)
    c = Conv(path)
    c.ask("Which book is the longest?")                     # the pages
    assert c.rows[0][0] == "Dune" and "Pages" in c.sql
    c = Conv(path)
    c.ask("How many loans were borrowed in 2023?")          # the loans' date, not the members' JoinDate
    assert c.rows == [["2"]] and "LoanDate" in c.sql and "JoinDate" not in c.sql
    c.ask("What was the total late fee?")
    assert nums(c.rows[0]) == [3.0]
    assert "'ebooks'" in declined(Conv(path), "Which books are available as e-books?")


def test_amounts_add_up_and_timestamps_without_declared_keys(tmp_path):
    path = make_db(tmp_path / "webshop.sqlite", """
    CREATE TABLE Users (user_id INTEGER PRIMARY KEY, user_name TEXT, signup_ts TEXT);
    CREATE TABLE Orders (order_id INTEGER PRIMARY KEY, user_id INTEGER, created_at TEXT, total_amount REAL, status TEXT);
    INSERT INTO Users VALUES (1,'ana','2022-03-01 10:00:00'),(2,'ben','2023-12-31 23:30:00'),(3,'cy','2023-05-05 08:00:00');
    INSERT INTO Orders VALUES (1,1,'2023-01-02 09:00:00',10.0,'paid'),(2,1,'2023-02-02 10:00:00',30.0,'paid'),
      (3,2,'2024-01-05 11:00:00',25.0,'refunded'),(4,3,'2024-02-01 12:00:00',5.0,'paid');
    """)
    c = Conv(path)
    c.ask("Total amount of orders per user")             # added up per user, keys inferred from names
    assert dict(zip(c.col("user_name"), nums(r[1] for r in c.rows))) == {"ana": 40.0, "ben": 25.0, "cy": 5.0}
    c.ask("Which user has the highest?")
    assert c.rows[0][0] == "ana"
    c = Conv(path)
    c.ask("What is the total amount by status?")
    assert dict(zip(c.col("status"), nums(r[1] for r in c.rows))) == {"paid": 45.0, "refunded": 25.0}
    c = Conv(path)
    c.ask("How many users signed up in 2023?")           # signup_ts, a timestamp on the last evening included
    assert c.rows == [["2"]] and "signup_ts" in c.sql
