"""Conversation context, round 4: a value a follow-up names always filters, a singular 'which …
has the highest' is one row, 'do the same' keeps every figure, 'how many Y did they have' counts
Y, and 'it'/'its'/'the ones' keep the one row or the rows the previous answer found."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine.ledger import lost_conditions
from c2q_shell.server.engine.plan import Filter, Plan


@pytest.fixture(scope="module")
def club_db(tmp_path_factory):
    """Teams keyed by their name (members point at the name), members with a salary and a join
    date, and the matches each member played (many per member)."""
    path = tmp_path_factory.mktemp("club") / "club.sqlite"
    teams = [("Red", "North", 1990), ("Blue", "South", 1985), ("Gold", "North", 2001)]
    names = "Ann Bo Cy Di Ed Flo Gil Hal Ida Jo Kai Lu".split()
    script = ["CREATE TABLE team (team_name TEXT PRIMARY KEY, region TEXT, founded INTEGER, hosted_cups TEXT, budget REAL);",
              "CREATE TABLE member (member_id INTEGER PRIMARY KEY, name TEXT, "
              "team_name TEXT REFERENCES team(team_name), salary REAL, joined TEXT, city TEXT);",
              "CREATE TABLE match (match_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES member(member_id), "
              "kind TEXT, points REAL, played TEXT, venue TEXT, town TEXT, run_type TEXT);"]
    script += [f"INSERT INTO team VALUES ('{t}', '{r}', {f}, '{f % 7}', {f * 3});" for t, r, f in teams]
    cities = ["Lyon", "Nice", "Metz", "Pau"]
    for i, n in enumerate(names, 1):
        team, city = teams[0 if i <= 5 else 1 if i <= 9 else 2][0], cities[i % 4] if i <= 10 else "Lyon"
        script.append(f"INSERT INTO member VALUES ({i}, '{n}', '{team}', {1000 + (i * 137) % 900}, "
                      f"'20{10 + i % 9}-0{1 + i % 9}-1{i % 9}', '{city}');")
    for m in range(1, 61):
        script.append(f"INSERT INTO match VALUES ({m}, {1 + (m * 5) % 12}, '{['Cup', 'League', 'Friendly'][m % 3]}', "
                      f"{(m * 7) % 23}, '202{3 + m % 2}-0{1 + m % 9}-0{1 + m % 9}', "
                      f"'{['Grand Arena', 'Old Field'][m % 4 == 0]}', '{cities[m % 3]}', '{['Day', 'Night'][m % 2]}');")
    return make_db(path, "\n".join(script))


def test_a_value_named_in_a_follow_up_filters_the_rows(club_db):
    c = Conv(club_db)
    c.ask("Show all members.")
    c.ask("Only those in the Red team.")
    want = rows(club_db, "SELECT name FROM member WHERE team_name = 'Red'")
    assert sorted(c.col("name")) == sorted(r[0] for r in want)
    c.ask("What is their average salary?")
    assert float(c.rows[0][0]) == pytest.approx(rows(club_db, "SELECT AVG(salary) FROM member WHERE team_name = 'Red'")[0][0])


def test_a_condition_only_shown_or_joined_is_lost():
    """A column the plan only shows keeps no condition: the question's value on it is lost."""
    f = Filter("team.team_name", "=", ["Red Team"])
    assert lost_conditions([f], Plan(table="member", select=["member.name", "team.team_name"])) == ["team_name"]
    assert lost_conditions([f], Plan(table="member", select=["member.name"], filters=[f])) == []


def test_which_of_those_plural_noun_with_a_singular_verb_is_one_row(club_db):
    c = Conv(club_db)
    c.ask("How many members are in each city?")
    c.ask("Which of those cities has the highest average salary?")
    top = rows(club_db, "SELECT city FROM member GROUP BY city ORDER BY AVG(salary) DESC LIMIT 1")
    assert c.col("city") == [top[0][0]]
    c.ask("What about the lowest?")
    low = rows(club_db, "SELECT city FROM member GROUP BY city ORDER BY AVG(salary) ASC LIMIT 1")
    assert c.col("city") == [low[0][0]]
    c = Conv(club_db)
    c.ask("How many members are in each city?")
    c.ask("Which of those cities have the highest average salary?")
    assert len(c.rows) == 4                     # several: the plural verb keeps the ranking's rows
    c = Conv(club_db).ask("Which city do most of the members live in?")
    assert len(c.rows) == 1                     # 'do' agrees with 'members', not with 'city'


def test_do_the_same_repeats_every_figure_asked_about_those_rows(club_db):
    c = Conv(club_db)
    c.ask("How many members live in Lyon?")
    c.ask("what's their average salary?")
    c.ask("do the same for Nice and Metz")
    want = rows(club_db, "SELECT city, COUNT(*), AVG(salary) FROM member WHERE city IN ('Nice', 'Metz') GROUP BY city")
    got = {r[c.cols.index("city")]: [float(v) for v in r if v not in ("Nice", "Metz")] for r in c.rows}
    assert got == {t: [float(n), pytest.approx(a)] for t, n, a in want}
    c = Conv(club_db)                           # a figure of its own: only that one is done again
    c.ask("What is the average salary of members in Lyon?")
    c.ask("do the same for Nice and Metz")
    assert len(c.cols) == 2


def test_how_many_y_did_they_have_counts_y_of_the_rows_listed(club_db):
    c = Conv(club_db)
    c.ask("Which members live in Lyon?")
    c.ask("how many Cup matches did they play in total?")
    want = rows(club_db, "SELECT COUNT(*) FROM match x JOIN member m ON m.member_id = x.member_id "
                         "WHERE m.city = 'Lyon' AND x.kind = 'Cup'")
    assert [[int(v) for v in r] for r in c.rows] == [list(want[0])]
    c = Conv(club_db)
    c.ask("Which members live in Lyon?")
    c.ask("how many matches did they play?")        # one count for them all, as 'in total'
    assert [[int(v) for v in r] for r in c.rows] == [list(rows(club_db, "SELECT COUNT(*) FROM match x JOIN member m "
                                                                       "ON m.member_id = x.member_id WHERE m.city = 'Lyon'")[0])]
    c = Conv(club_db)
    c.ask("Which member has the highest salary?")
    c.ask("how many matches did they play?")
    want = rows(club_db, "SELECT COUNT(*) FROM match WHERE member_id = "
                         "(SELECT member_id FROM member ORDER BY salary DESC LIMIT 1)")
    assert int(c.rows[0][0]) == want[0][0]
    c.ask("Which members earn more than 1500?")
    c.ask("how many matches did they play in total?")
    c.ask("how many of them live in Pau?")          # a condition on the members: the members counted
    assert int(c.rows[0][0]) == rows(club_db, "SELECT COUNT(*) FROM member WHERE salary > 1500 AND city = 'Pau'")[0][0]


def test_which_x_are_they_from_after_one_row_stays_with_that_row(club_db):
    c = Conv(club_db)
    c.ask("Who was the first member to join?")
    c.ask("which city are they from?")
    first = rows(club_db, "SELECT city FROM member ORDER BY joined LIMIT 1")
    assert c.col("city") == [first[0][0]]


def test_sort_them_by_the_year_is_an_order_not_a_grouping(club_db):
    c = Conv(club_db)
    c.ask("Which members live in Lyon?")
    c.ask("sort them by the year they joined")
    want = rows(club_db, "SELECT name FROM member WHERE city = 'Lyon' ORDER BY joined")
    assert c.col("name") == [r[0] for r in want]


def test_the_ones_in_it_are_the_rows_the_group_counted(club_db):
    top = "(SELECT team_name FROM member GROUP BY team_name ORDER BY COUNT(*) DESC LIMIT 1)"
    c = Conv(club_db)
    c.ask("Which team has the most members?")
    c.ask("Give me the ones in it whose salary exceeds 1500")
    want = rows(club_db, f"SELECT name FROM member WHERE team_name = {top} AND salary > 1500")
    assert sorted(c.col("name")) == sorted(r[0] for r in want)
    c = Conv(club_db)
    c.ask("Which city has the most members?")
    c.ask("show me the ones in it who joined after 2015")
    top = "(SELECT city FROM member GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1)"
    want = rows(club_db, f"SELECT name FROM member WHERE city = {top} AND joined > '2015-12-31'")
    assert sorted(c.col("name")) == sorted(r[0] for r in want)


def test_its_category_is_the_value_of_the_one_row_found(club_db):
    c = Conv(club_db)
    c.ask("What is Di's salary?")
    c.ask("What's the average salary of its team?")
    want = rows(club_db, "SELECT AVG(salary) FROM member WHERE team_name = (SELECT team_name FROM member WHERE name = 'Di')")
    assert float(c.rows[0][0]) == pytest.approx(want[0][0])
    c = Conv(club_db)
    c.ask("Which members live in Lyon?")             # several rows: 'its' points at none of them
    assert "'its'" in declined(c, "What's the average salary of its team?")


def test_a_loose_column_word_between_were_and_a_value_is_a_verb(club_db):
    c = Conv(club_db)
    c.ask("List the matches")
    c.ask("Which of them were hosted at the Grand Arena?")      # 'hosted' is no column (hosted_cups)
    want = rows(club_db, "SELECT match_id FROM match WHERE venue = 'Grand Arena'")
    assert sorted(map(int, c.col("match_id"))) == sorted(r[0] for r in want)


def test_which_of_them_with_a_value_filters_the_rows_never_groups_them(club_db):
    c = Conv(club_db)
    c.ask("List the matches")
    c.ask("Which of them were run at the Grand Arena?")         # 'run' loosely names run_type
    want = rows(club_db, "SELECT match_id FROM match WHERE venue = 'Grand Arena'")
    assert sorted(map(int, c.col("match_id"))) == sorted(r[0] for r in want)


def test_a_value_after_the_ones_is_of_the_rows_listed(club_db):
    """'Lyon' is a member's city and a match's host city: 'the ones in Lyon' after members listed
    with their city are those members."""
    c = Conv(club_db)
    c.ask("Show the members who joined after 2014 with their city")
    c.ask("what is the total points of the ones in Lyon?")
    want = rows(club_db, "SELECT SUM(x.points) FROM match x JOIN member m ON m.member_id = x.member_id "
                         "WHERE m.joined > '2014-12-31' AND m.city = 'Lyon'")
    assert float(c.rows[0][0]) == pytest.approx(want[0][0])


def test_a_value_of_two_columns_of_the_rows_pointed_at_is_declined(tmp_path):
    """'Only those from Sonoma' after wines listed: Sonoma is both a region and a county of a wine."""
    db = make_db(tmp_path / "w.sqlite", """
    CREATE TABLE wine (id INTEGER PRIMARY KEY, name TEXT, region TEXT, county TEXT, score INTEGER);
    INSERT INTO wine VALUES (1, 'A', 'Sonoma', 'Napa', 97), (2, 'B', 'Napa', 'Sonoma', 96),
                            (3, 'C', 'Napa', 'Napa', 90), (4, 'D', 'Marin', 'Marin', 99);
    """)
    c = Conv(db)
    c.ask("Which wines have a score above 95?")
    msg = declined(c, "Only those from Sonoma.")
    assert "'sonoma'" in msg and "county" in msg and "region" in msg


def test_a_key_named_beside_a_count_names_the_rows_counted(tmp_path):
    """'tickets' matches the key ticket_id of support_tickets: counted, never one group per key."""
    db = make_db(tmp_path / "t.sqlite", """
    CREATE TABLE support_tickets (ticket_id INTEGER PRIMARY KEY, priority TEXT, opened TEXT);
    INSERT INTO support_tickets VALUES (1, 'Urgent', '2024-03-02'), (2, 'Low', '2024-03-05'),
        (3, 'Urgent', '2024-03-09'), (4, 'Urgent', '2024-04-01'), (5, 'Low', '2023-03-03');
    """)
    c = Conv(db)
    c.ask("how many of the tickets in March 2024 were urgent?")
    assert [[int(v) for v in r] for r in c.rows] == [[2]]


def test_a_figure_of_those_rows_counted(club_db):
    c = Conv(club_db)
    c.ask("Which members live in Lyon?")
    c.ask("how many matches did they play?")
    c.ask("what is the average points of those matches?")
    want = rows(club_db, "SELECT AVG(x.points) FROM match x JOIN member m ON m.member_id = x.member_id "
                         "WHERE m.city = 'Lyon'")
    assert float(c.rows[0][0]) == pytest.approx(want[0][0])
    c = Conv(club_db)
    c.ask("How many Cup matches were there?")
    c.ask("what is the average points of those matches?")
    assert float(c.rows[0][0]) == pytest.approx(rows(club_db, "SELECT AVG(points) FROM match WHERE kind = 'Cup'")[0][0])


def test_how_many_y_did_each_of_them_have_is_one_count_per_row(club_db):
    want = rows(club_db, "SELECT m.name, COUNT(*) FROM match x JOIN member m ON m.member_id = x.member_id "
                         "WHERE m.city = 'Lyon' GROUP BY m.name")
    for q in ("how many matches did each of them play?", "how many Cup matches did each of them play?"):
        c = Conv(club_db)
        c.ask("Which members live in Lyon?")
        c.ask(q)
        got = sorted((r[c.cols.index("name")], int(r[-1])) for r in c.rows)
        if "Cup" not in q:
            assert got == sorted(want)
        else:
            assert got == sorted(rows(club_db, "SELECT m.name, COUNT(*) FROM match x JOIN member m ON "
                                               "m.member_id = x.member_id WHERE m.city = 'Lyon' AND x.kind = 'Cup' "
                                               "GROUP BY m.name"))


def test_there_is_the_value_the_previous_answer_was_kept_to(club_db):
    c = Conv(club_db)
    c.ask("How many members live in Metz?")
    c.ask("and how many matches took place there?")
    assert int(c.rows[0][0]) == rows(club_db, "SELECT COUNT(*) FROM match WHERE town = 'Metz'")[0][0]
    c = Conv(club_db)
    c.ask("How many Cup matches took place in Nice?")     # two conditions: which one is the place?
    assert "'there'" in declined(c, "how many members live there?")


def test_a_figure_of_the_one_group_kept_is_over_its_own_row(club_db):
    c = Conv(club_db)
    c.ask("What are the total points of the matches of each team?")
    c.ask("which team has the highest?")
    c.ask("what is its budget?")
    top = rows(club_db, "SELECT t.budget FROM match x JOIN member m ON m.member_id = x.member_id JOIN team t "
                        "ON t.team_name = m.team_name GROUP BY t.team_name ORDER BY SUM(x.points) DESC LIMIT 1")
    assert float(c.rows[0][c.cols.index("budget")]) == top[0][0]
