"""Grounding of words and values (blind batch 4): a word that names a column is not also a value
filter, a single capital letter can be a value, a table without a name column is labelled by its
title, not by a key. Each rule on a schema the test builds itself. Right or declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def desk_db(tmp_path_factory):
    """A help desk: tickets with a status ('Open', 'Closed') and the dates they were opened and
    closed; marks given in a training course are single letters."""
    path = tmp_path_factory.mktemp("desk") / "desk.sqlite"
    tickets = []
    for i in range(1, 61):
        status = ("Open", "Closed", "Closed", "Cancelled")[i % 4]
        opened = f"202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d} 09:{i % 60:02d}:00"
        closed = "NULL" if status != "Closed" else f"'202{4 - i % 3 // 2}-{1 + (i * 5) % 12:02d}-15'"
        topic = ("Printer Service", "Password Reset", "Laptop Setup")[i % 3]
        tickets.append(f"({i}, '{topic}', '{('Urgent', 'Normal', 'Low')[i % 3]}', "
                       f"'{opened}', {closed}, '{status}', {100 + (i * 137) % 4000}, '{('Phone', 'Email')[i % 2]}')")
    marks = ", ".join(f"({i}, 'Trainee {i % 9}', '{'ABCDF'[i % 5]}')" for i in range(1, 41))
    return make_db(path, f"""
    CREATE TABLE tickets (ticket_id INTEGER PRIMARY KEY, topic TEXT, urgency TEXT, opened_at TEXT,
                          closed_at TEXT, status TEXT, service_cost_usd REAL, channel TEXT);
    INSERT INTO tickets VALUES {", ".join(tickets)};
    CREATE TABLE results (result_id INTEGER PRIMARY KEY, trainee TEXT, mark TEXT);
    INSERT INTO results VALUES {marks};
    CREATE TABLE teams (team_name TEXT PRIMARY KEY, floor INTEGER);
    INSERT INTO teams VALUES ('Networks', 2), ('Devices', 3), ('Accounts', 1);
    CREATE TABLE modules (module_code TEXT PRIMARY KEY, title TEXT, team_name TEXT REFERENCES teams(team_name),
                          hours INTEGER);
    CREATE TABLE woods (wood TEXT PRIMARY KEY, shade TEXT);
    INSERT INTO woods VALUES ('Oak', 'Dark'), ('Birch', 'Pale'), ('Ash', 'Pale'), ('Walnut', 'Dark');
    CREATE TABLE chairs (chair_id INTEGER PRIMARY KEY, wood TEXT REFERENCES woods(wood), workshop TEXT,
                         price INTEGER, joinerName TEXT);
    INSERT INTO chairs VALUES (1, 'Oak', 'Hill Works', 120, 'Ann'), (2, 'Birch', 'Hill Works', 90, 'Bo'),
        (3, 'Ash', 'Hill Works', 95, 'Ann'), (4, 'Birch', 'River Shop', 80, 'Cy'),
        (5, 'Walnut', 'River Shop', 200, 'Bo'), (6, 'Ash', 'Dale Studio', 70, 'Cy'),
        (7, 'Oak', 'Dale Studio', 150, 'Ann'), (8, 'Birch', 'Dale Studio', 60, 'Bo');
    INSERT INTO modules VALUES ('M1', 'Routing Basics', 'Networks', 4), ('M2', 'Printer Care', 'Devices', 2),
        ('M3', 'Identity and Access', 'Accounts', 4), ('M4', 'Switching', 'Networks', 3),
        ('M5', 'Laptop Imaging', 'Devices', 4), ('M6', 'Firewalls', 'Networks', 6);
    """)


def texts(found) -> list[tuple]:
    """Rows as sorted tuples of text, numbers rounded (the engine's rows are text)."""
    def one(v):
        try:
            return str(round(float(v), 4))
        except (TypeError, ValueError):
            return str(v)
    return sorted(tuple(one(v) for v in r) for r in found)


def test_a_verb_naming_a_date_column_is_the_date_not_a_status_value(desk_db):
    c = Conv(desk_db)
    c.ask("How many tickets were opened each month in 2024?")      # 'opened' is no status 'Open'
    assert texts(c.rows) == texts(rows(
        desk_db, "SELECT strftime('%Y-%m', opened_at), COUNT(*) FROM tickets "
                 "WHERE opened_at LIKE '2024%' GROUP BY 1"))
    assert "status" not in c.sql
    c = Conv(desk_db)
    c.ask("When was the first urgent ticket opened?")
    assert "status" not in c.sql and c.rows[0][-1] == rows(
        desk_db, "SELECT MIN(opened_at) FROM tickets WHERE urgency = 'Urgent'")[0][0]
    c = Conv(desk_db)
    c.ask("How many tickets were closed in 2024?")          # a time follows: the date it was closed
    assert int(c.rows[0][0]) == rows(desk_db, "SELECT COUNT(*) FROM tickets WHERE closed_at LIKE '2024%'")[0][0]
    c = Conv(desk_db)
    c.ask("When was ticket 6 closed?")                      # the verb ends a question asking when
    assert c.rows[0][-1] == rows(desk_db, "SELECT closed_at FROM tickets WHERE ticket_id = 6")[0][0]
    c = Conv(desk_db)
    c.ask("When was the oldest open ticket opened?")        # 'open' before the noun is the status
    assert "status = 'Open'" in c.sql
    c = Conv(desk_db)
    c.ask("How many closed tickets are there?")             # the status
    assert int(c.rows[0][0]) == rows(desk_db, "SELECT COUNT(*) FROM tickets WHERE status = 'Closed'")[0][0]
    c = Conv(desk_db)
    c.ask("What's the average service cost per closed ticket for each urgency?")    # the time of a later clause
    assert texts(c.rows) == texts(rows(desk_db, "SELECT urgency, AVG(service_cost_usd) FROM tickets "
                                                "WHERE status = 'Closed' GROUP BY urgency"))


def test_how_many_value_rows_counts_the_rows_with_that_value(desk_db):
    c = Conv(desk_db)
    c.ask("How many urgent tickets are there?")
    assert texts(c.rows) == texts(rows(desk_db, "SELECT COUNT(*) FROM tickets WHERE urgency = 'Urgent'"))
    assert "GROUP BY" not in c.sql


def test_a_capital_letter_next_to_its_column_is_a_value(desk_db):
    c = Conv(desk_db)
    c.ask("How many A marks were given?")
    assert int(c.rows[0][0]) == rows(desk_db, "SELECT COUNT(*) FROM results WHERE mark = 'A'")[0][0]
    c.ask("What about F marks?")
    assert int(c.rows[0][0]) == rows(desk_db, "SELECT COUNT(*) FROM results WHERE mark = 'F'")[0][0]
    c = Conv(desk_db)
    c.ask("How many results have a mark of A?")        # the article 'a', then the letter 'A'
    assert int(c.rows[0][0]) == rows(desk_db, "SELECT COUNT(*) FROM results WHERE mark = 'A'")[0][0]


def test_a_word_of_a_named_column_is_not_also_part_of_a_value(desk_db):
    c = Conv(desk_db)
    c.ask("List the urgent tickets that cost more than $2,000 to service")    # service_cost_usd, not 'Printer Service'
    assert "topic =" not in c.sql
    assert sorted(str(r[0]) for r in c.rows) == sorted(str(r[0]) for r in rows(
        desk_db, "SELECT ticket_id FROM tickets WHERE urgency = 'Urgent' AND service_cost_usd > 2000"))


def test_a_key_to_another_table_is_never_a_rows_label(desk_db):
    c = Conv(desk_db)
    c.ask("List the modules that have 4 hours.")        # the title names a module, team_name a team
    assert texts(c.rows) == texts(rows(desk_db, "SELECT title FROM modules WHERE hours = 4"))
    c.ask("Which of them belong to the Networks team?")     # the condition on the other table is kept
    assert [r[0] for r in c.rows] == ["Routing Basics"]
    c = Conv(desk_db)
    c.ask("Which module has the most hours of all?")
    assert c.rows[0][0] == "Firewalls"


def test_a_value_before_number_names_an_attribute_the_data_lacks(desk_db):
    msg = declined(Conv(desk_db), "What are the urgent tickets' phone numbers?")   # 'Phone' is a channel
    assert "'phone numbers'" in msg


def test_distinct_rows_show_only_the_column_asked_for(desk_db):
    c = Conv(desk_db)
    c.ask("What are the distinct workshops that make chairs from pale woods?")   # the woods are not shown
    assert texts(c.rows) == texts(rows(desk_db, "SELECT DISTINCT c.workshop FROM chairs c JOIN woods w "
                                                "ON w.wood = c.wood WHERE w.shade = 'Pale'"))


def test_an_average_per_row_drops_the_rows_label_with_its_key(desk_db):
    c = Conv(desk_db)
    c.ask("What's the average price per chair for each wood?")      # the chairs are averaged over
    assert texts(c.rows) == texts(rows(desk_db, "SELECT wood, AVG(price) FROM chairs GROUP BY wood"))
    c = Conv(desk_db)
    c.ask("What's the average price per chair?")        # not per joiner: the joinerName is no chair's name
    assert texts(c.rows) == texts(rows(desk_db, "SELECT AVG(price) FROM chairs"))


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("firms") / "firms.sqlite"
    return make_db(path, """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, name TEXT, trade TEXT, founded INTEGER, staff INTEGER,
                        home_town TEXT);
    INSERT INTO firms VALUES (1, 'Harbor Bank', 'Lending', 1852, 40, 'Leeds'), (2, 'Mill Foods', 'Food', 1805, NULL, 'York'),
        (3, 'Bankside Tools', 'Tools', 1990, 12, 'Leeds'), (4, 'North Trust', 'Banks', 1921, NULL, 'Hull'),
        (5, 'Pine Bank', 'Banks', 2004, 8, 'Bath'), (6, 'Oak Media', 'Media', 1899, NULL, 'Leeds'),
        (7, 'Reed Labs', 'Science', 2011, 3, 'York');
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, firm_id INTEGER REFERENCES firms(firm_id), town TEXT,
                           phone_number INTEGER);
    INSERT INTO branches VALUES (1, 2, 'Leeds', 5550101), (2, 4, 'Leeds', 5550101), (3, 1, 'York', 5550177),
        (4, 6, 'Bath', 5550188);
    CREATE TABLE fairs (fair_id INTEGER PRIMARY KEY, title TEXT, venue TEXT, visitors INTEGER);
    INSERT INTO fairs VALUES (1, 'Spring Fair', 'Corn Hall', 900), (2, 'Book Fair', 'Town Hall', 400),
        (3, 'Winter Fair', 'Corn Hall', 1200);
    CREATE TABLE stands (stand_id INTEGER PRIMARY KEY, fair_id INTEGER REFERENCES fairs(fair_id), holder TEXT,
                         days_held INTEGER);
    INSERT INTO stands VALUES (1, 1, 'Ann', 3), (2, 1, 'Bo', 2), (3, 3, 'Cy', 5);
    CREATE TABLE maintenance_requests (request_id INTEGER PRIMARY KEY, firm_id INTEGER REFERENCES firms(firm_id),
                                       priority TEXT, logged_on TEXT);
    INSERT INTO maintenance_requests VALUES (1, 1, 'High', '2024-01-05'), (2, 1, 'Low', '2024-02-11'),
        (3, 3, 'High', '2024-02-20'), (4, 5, 'High', '2023-12-30'), (5, 7, 'Low', '2024-03-03');
    """)


def test_a_century_is_a_hundred_years_and_the_2000s_are_declined(firms_db):
    c = Conv(firms_db)
    c.ask("How many firms were founded in the 1800s?")
    assert int(c.rows[0][0]) == 3
    assert any("century" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c.ask("How many firms were founded in the 1990s?")     # a decade
    assert int(c.rows[0][0]) == 1
    msg = declined(Conv(firms_db), "How many firms were founded in the 2000s?")
    assert "'2000s'" in msg


def test_words_in_their_name_are_part_of_the_name(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms have 'Bank' in their name?")         # not the trade 'Banks'
    assert texts(c.rows) == texts(rows(firms_db, "SELECT name FROM firms WHERE name LIKE '%Bank%'"))


def test_a_column_available_has_a_value(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms founded after 1850 have staff available?")
    assert sorted(r[0] for r in c.rows) == sorted(r[0] for r in rows(
        firms_db, "SELECT name FROM firms WHERE founded > 1850 AND staff IS NOT NULL"))


def test_the_head_noun_of_a_table_names_its_rows_not_its_key(firms_db):
    c = Conv(firms_db)
    c.ask("How many of the requests were high priority?")      # 'requests': the rows, not request_id
    assert len(c.rows) == 1 and int(c.rows[0][0]) == 3
    c = Conv(firms_db)
    c.ask("How many requests were logged in 2024?")
    assert int(c.rows[0][0]) == 4


def test_a_value_of_the_listed_rows_own_column_is_preferred(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms were founded after 1850?")
    c.ask("Only those in Leeds.")           # their own home_town, not the town of a branch
    assert sorted(r[0] for r in c.rows) == sorted(r[0] for r in rows(
        firms_db, "SELECT name FROM firms WHERE founded > 1850 AND home_town = 'Leeds'"))


def test_a_table_noun_before_a_whole_number_is_the_row_with_that_key(firms_db):
    c = Conv(firms_db)
    c.ask("Every detail for firm 3, please")
    assert len(c.rows) == 1 and "Bankside Tools" in c.rows[0] and "firm_id = 3" in c.sql
    c = Conv(firms_db)
    c.ask("Show me every detail for request 4")
    assert len(c.rows) == 1 and "2023-12-30" in c.rows[0]
    msg = declined(Conv(firms_db), "Where is firm 3?")       # a place no rule finds: still declined
    assert "'3'" in msg


def test_how_many_distinct_values_of_a_number_column(firms_db):
    c = Conv(firms_db)
    c.ask("How many distinct phone numbers do the branches have?")     # a whole-number column
    assert int(c.rows[0][0]) == 3


def test_sorting_by_the_year_they_were_founded_orders_the_rows(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms are in Leeds?")
    c.ask("sort them by the year they were founded")       # an order of the rows, never a grouping
    assert [r[0] for r in c.rows] == [r[0] for r in rows(
        firms_db, "SELECT name FROM firms WHERE home_town = 'Leeds' ORDER BY founded")]
    assert "GROUP BY" not in c.sql


def test_a_verb_sharing_a_word_with_another_tables_column_is_a_verb(firms_db):
    c = Conv(firms_db)
    c.ask("Show the fairs.")
    c.ask("Which of them were held at the Corn Hall?")     # not the stands' days_held
    assert sorted(r[0] for r in c.rows) == ["Spring Fair", "Winter Fair"] and "days_held" not in c.sql


def test_which_column_are_they_after_one_row_keeps_that_row(firms_db):
    c = Conv(firms_db)
    c.ask("Which firm was founded first?")
    c.ask("which trade are they in?")               # the one firm's trade, not every firm's
    assert len(c.rows) == 1 and "Food" in c.rows[0]
