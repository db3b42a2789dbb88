"""Rules from batch 26 (a school, scouts, a kids' club), each on a schema the test builds itself:
named periods of a table of date ranges, adjectives before people nouns, 'most common' of the rows
of one group, 'which X count as Y', 'by <column>'. Right or declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def gym_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gym") / "gym.sqlite"
    return make_db(path, """
    CREATE TABLE seasons (season_id INTEGER PRIMARY KEY, season_label TEXT, season_kind TEXT, begins_on TEXT,
                          ends_on TEXT);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, town TEXT);
    CREATE TABLE fees (fee_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                       season_id INTEGER REFERENCES seasons(season_id), amount REAL);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
                         visit_date TEXT, room TEXT);
    INSERT INTO seasons VALUES (1,'Winter block 2024','block','2024-01-08','2024-03-29'),
                               (2,'Spring break 2024','break','2024-04-01','2024-04-12'),
                               (3,'Summer block 2024','block','2024-04-15','2024-07-19');
    INSERT INTO members VALUES (1,'Ann Lee','Leeds'),(2,'Bo Chen','York'),(3,'Cy Diaz','Leeds');
    INSERT INTO fees VALUES (1,1,1,50),(2,2,1,50),(3,1,3,60),(4,3,2,20);
    INSERT INTO visits VALUES (1,1,'2024-01-10','gym'),(2,1,'2024-04-03','pool'),(3,2,'2024-04-05','gym'),
                              (4,3,'2024-05-01','pool'),(5,2,'2024-02-02','pool'),(6,3,'2024-04-10','gym');
    """)


def test_a_named_period_of_a_range_table_is_not_reached_through_another_tables_key(gym_db):
    # the visits have their own date: 'in the Spring break 2024' is visit_date within that season's
    # range, never the visits of members who paid a fee for that season
    c = Conv(gym_db)
    c.ask("How many visits were there in the Spring break 2024?")
    assert int(c.rows[0][0]) == 3 == rows(gym_db, "SELECT COUNT(*) FROM visits WHERE visit_date BETWEEN "
                                                  "'2024-04-01' AND '2024-04-12'")[0][0]
    assert "fees" not in c.sql
    # periods not named one by one (every block, each block) are declined
    why = declined(Conv(gym_db), "How many pool visits were there in each block?")
    assert "visit_date" in why
    # rows that hold the period's key of their own are filtered through it
    c = Conv(gym_db)
    c.ask("What was the total fee amount in the Spring break 2024?")
    assert float(c.rows[0][0]) == rows(gym_db, "SELECT SUM(amount) FROM fees WHERE season_id = 2")[0][0]


def test_dated_rows_counted_by_the_verb_of_their_table(gym_db):
    # 'how many Xs were <verb of the table>': the rows of that table, not the distinct dates
    path = make_db(gym_db.parent / "club2.sqlite", """
    CREATE TABLE clubs (club_code TEXT PRIMARY KEY, club_name TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, club_code TEXT REFERENCES clubs(club_code),
                               slot_date TEXT, child TEXT);
    INSERT INTO clubs VALUES ('A','Art Club'),('B','Book Club');
    INSERT INTO bookings VALUES (1,'A','2024-05-01','x'),(2,'A','2024-05-01','y'),(3,'A','2024-05-02','x'),
                                    (4,'B','2024-05-01','z');
    """)
    c = Conv(path)
    c.ask("How many Art Club slots were booked?")
    assert int(c.rows[0][0]) == 3


def test_an_adjective_before_a_word_for_people_is_never_a_persons_name(tmp_path):
    path = make_db(tmp_path / "club.sqlite", """
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, joined_on TEXT);
    INSERT INTO clients VALUES (1,'Ada','Young','2024-02-01'),(2,'Ben','New','2024-03-05'),
                               (3,'Cal','Stone','2023-06-01'),(4,'Dee','Young','2023-01-09');
    """)
    assert "young" in declined(Conv(path), "How many young clients joined in 2024?")
    assert "new" in declined(Conv(path), "how many new people joined in 2024?")
    c = Conv(path)
    c.ask("How many clients called Young joined in 2024?")       # typed as a name, it is the name
    assert int(c.rows[0][0]) == 1


def test_most_common_value_of_one_groups_rows_counts_those_rows(tmp_path):
    path = make_db(tmp_path / "troop.sqlite", """
    CREATE TABLE units (unit_id INTEGER PRIMARY KEY, unit_name TEXT, meets_on TEXT);
    CREATE TABLE outings (outing_id INTEGER PRIMARY KEY, unit_id INTEGER REFERENCES units(unit_id),
                          outing_date TEXT, pastime TEXT);
    INSERT INTO units VALUES (1,'Otters','Monday'),(2,'Badgers','Friday');
    INSERT INTO outings VALUES (1,1,'2024-01-01','hiking'),(2,1,'2024-01-08','hiking'),(3,1,'2024-01-15','archery'),
                               (4,2,'2024-01-05','archery'),(5,2,'2024-01-12','archery'),(6,2,'2024-01-19','hiking'),
                               (7,2,'2024-01-26','archery'),(8,1,'2024-01-22','kayaking');
    """)
    c = Conv(path)
    c.ask("What was the Otters' most common pastime?")
    assert [r[0] for r in c.rows] == ["hiking"]
    c = Conv(path)
    c.ask("What is the most common pastime of the Badgers?")
    assert [r[0] for r in c.rows] == ["archery"]


def test_count_as_is_a_verb_not_a_count(tmp_path):
    path = make_db(tmp_path / "leave.sqlite", """
    CREATE TABLE leave_types (type_code TEXT PRIMARY KEY, label TEXT, is_paid INTEGER);
    INSERT INTO leave_types VALUES ('AL','Annual leave',1),('UL','Unpaid leave',0),('SL','Sick leave',1);
    """)
    c = Conv(path)
    c.ask("Which leave types count as paid?")
    assert sorted(r[0] for r in c.rows) == ["Annual leave", "Sick leave"]
    c = Conv(path)
    c.ask("How many leave types count as paid?")
    assert int(c.rows[0][0]) == 2


def test_by_a_common_noun_inside_a_value_is_never_a_condition_on_it(tmp_path):
    path = make_db(tmp_path / "returns.sqlite", """
    CREATE TABLE return_codes (code TEXT PRIMARY KEY, description TEXT);
    CREATE TABLE returns (return_id INTEGER PRIMARY KEY, code TEXT REFERENCES return_codes(code), qty INTEGER);
    INSERT INTO return_codes VALUES ('D','Damaged in transit'),('W','Wrong size'),('N','No reason given');
    INSERT INTO returns VALUES (1,'D',1),(2,'N',2),(3,'W',1),(4,'N',1),(5,'D',3);
    """)
    # 'by reason' asks for groups; 'reason' is only a word inside 'No reason given'
    assert "reason" in declined(Conv(path), "show me the returns by reason")


def test_right_now_is_currently(tmp_path):
    path = make_db(tmp_path / "tenancy.sqlite", """
    CREATE TABLE flats (flat_id INTEGER PRIMARY KEY, block TEXT);
    CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, flat_id INTEGER REFERENCES flats(flat_id),
                            tenant TEXT, start_date TEXT, end_date TEXT);
    INSERT INTO flats VALUES (1,'North'),(2,'North'),(3,'South');
    INSERT INTO tenancies VALUES (1,1,'Ivo','2022-01-01','2023-06-30'),(2,1,'Jo','2023-07-01',NULL),
                                 (3,2,'Kai','2021-03-01',NULL),(4,3,'Lu','2020-01-01','2024-01-31');
    """)
    c = Conv(path)
    c.ask("How many tenancies are there right now?")
    assert int(c.rows[0][0]) == 2


def test_a_column_the_rows_cannot_reach_said_as_what_they_hold_is_declined(tmp_path):
    # 'earnings' is a column of a monthly table no key joins to the firms: 'how many firms have
    # earnings data' was answered as every firm (the condition dropped), or as a count of the months
    # (the firms dropped) where the monthly table weighed more
    path = make_db(tmp_path / "firms.sqlite", """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, sector TEXT, dividend REAL);
    CREATE TABLE monthly (month TEXT PRIMARY KEY, index_level REAL, earnings REAL);
    INSERT INTO firms VALUES (1,'A','Energy',1.5),(2,'B','Energy',NULL),(3,'C','Tech',0.5);
    INSERT INTO monthly VALUES ('2024-01-01',100,5),('2024-02-01',101,NULL);
    """)
    for q in ("how many firms have earnings data?", "which firms have earnings recorded?",
              "how many firms with earnings data are in Energy?"):
        why = declined(Conv(path), q)
        assert "'firms'" in why or "'earnings'" in why, q      # the words it could not use, named
    c = Conv(path)
    c.ask("how many firms have dividend data?")          # a column of their own: the rows holding a value
    assert int(c.rows[0][0]) == 2
