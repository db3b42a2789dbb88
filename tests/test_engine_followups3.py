"""Conversation context, round 3: rows of a table of roles shown by the persons' names, and what
'the ones', 'each one', 'it', 'those' and 'they' take from the previous answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined
from test_engine import text_rows as rows


@pytest.fixture(scope="module")
def golf_db(tmp_path_factory):
    """People, the golfers among them (one row per person, no name of its own), tournaments and
    the results of golfers in them."""
    path = tmp_path_factory.mktemp("golf") / "golf.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE people (People_ID INTEGER PRIMARY KEY, Name TEXT, Country TEXT, Birth_Date TEXT, Height REAL);
    CREATE TABLE golfer (Golfer_ID INTEGER PRIMARY KEY, People_ID INTEGER REFERENCES people(People_ID),
                         Wins REAL, Earnings REAL, Best_Rank REAL);
    CREATE TABLE tournament (id INTEGER PRIMARY KEY, tournament_name TEXT, host_country TEXT, purse REAL);
    CREATE TABLE result (result_id INTEGER PRIMARY KEY, Golfer_ID INTEGER REFERENCES golfer(Golfer_ID),
                         Tournament INTEGER REFERENCES tournament(id), Score REAL, Position REAL);
    """)
    names = "Ann Bo Cy Di Ed Flo Gil Hal Ida Jo Kai Lu Max Nia Oz Pam Rex Sue Tim Uma".split()
    countries = ["Spain", "Japan", "Kenya", "Chile", "Spain"]
    for i, n in enumerate(names, 1):
        db.execute("INSERT INTO people VALUES (?,?,?,?,?)",
                   (i, n, countries[i % 5], f"19{80 + i % 17}-{1 + i % 12:02d}-1{i % 9}", 160 + (i * 7) % 35))
    for g in range(1, 15):                         # golfers 1..14 are people 3..16
        db.execute("INSERT INTO golfer VALUES (?,?,?,?,?)",
                   (g, g + 2, (g * 3) % 11, 10000 + (g * 7919) % 90000, 1 + (g * 5) % 30))
    for t, (tn, hc) in enumerate([("Open A", "Wales"), ("Cup B", "Korea"), ("Classic C", "Peru")], 1):
        db.execute("INSERT INTO tournament VALUES (?,?,?,?)", (t, tn, hc, 1e6 * t))
    for r in range(1, 41):
        db.execute("INSERT INTO result VALUES (?,?,?,?,?)",
                   (r, 1 + (r * 3) % 14, 1 + r % 3, 60 + (r * 13) % 25, 1 + (r * 7) % 20))
    db.commit()
    db.close()
    return path


NAMED = "SELECT p.Name FROM golfer g JOIN people p ON p.People_ID = g.People_ID"


def test_golfers_are_listed_by_the_persons_names(golf_db):
    c = Conv(golf_db)
    c.ask("Which golfers were born in 1990 or later?")
    assert sorted(c.col("Name")) == sorted(r[0] for r in rows(golf_db, NAMED + " WHERE p.Birth_Date >= '1990-01-01'"))
    c.ask("what's the best rank of each of them?")
    assert "Name" in c.cols and "Best_Rank" in c.cols
    c = Conv(golf_db)
    c.ask("list the golfers with more than 5 wins")
    assert sorted(c.col("Name")) == sorted(r[0] for r in rows(golf_db, NAMED + " WHERE g.Wins > 5"))
    c.ask("which country has the most golfers?")
    c.ask("list the golfers from there")
    top = rows(golf_db, "SELECT p.Country FROM golfer g JOIN people p USING (People_ID) GROUP BY p.Country "
                        "ORDER BY COUNT(*) DESC LIMIT 1")[0][0]
    assert sorted(c.col("Name")) == sorted(r[0] for r in rows(golf_db, NAMED + f" WHERE p.Country = '{top}'"))


def test_rows_that_are_not_one_per_person_are_not_named_after_them(golf_db):
    c = Conv(golf_db)
    c.ask("list the results with a score above 80")
    assert "Name" not in c.cols and len(c.rows) == len(rows(golf_db, "SELECT 1 FROM result WHERE Score > 80"))


def test_the_ones_after_a_count_of_a_whole_table_are_its_rows(golf_db):
    c = Conv(golf_db)
    c.ask("list the tournaments")
    c.ask("how many are there")
    c.ask("now only the ones in Wales")
    assert c.col("tournament_name") == ["Open A"]
    c = Conv(golf_db)
    c.ask("how many tournaments are there in Korea?")
    c.ask("only the ones in Wales")         # a count with its own condition stays a count
    assert c.cols == ["number_of_tournament"]


def test_each_one_after_a_listing_of_values_groups_by_them(golf_db):
    c = Conv(golf_db)
    c.ask("list all the host countries")
    c.ask("how many tournaments are in each one?")
    assert sorted(c.rows) == sorted(rows(golf_db, "SELECT host_country, COUNT(*) FROM tournament GROUP BY host_country"))
    c = Conv(golf_db)
    c.ask("list the tournaments")
    assert "'in each one'" in declined(c, "how many tournaments are in each one?")


def test_the_highest_and_the_lowest_after_an_average_are_max_and_min(golf_db):
    c = Conv(golf_db)
    c.ask("what is the average score of the results?")
    c.ask("what about the highest and the lowest?")
    assert [[float(v) for v in r] for r in c.rows] == [[84.0, 60.0]] == [[float(v) for v in r] for r in rows(
        golf_db, "SELECT MAX(Score), MIN(Score) FROM result")]


@pytest.fixture(scope="module")
def tv_db(tmp_path_factory):
    """Episodes whose titles repeat (so 'which episode' groups by the title), on channels."""
    path = tmp_path_factory.mktemp("tv") / "tv.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE channel (id TEXT PRIMARY KEY, series_name TEXT, Language TEXT);
    CREATE TABLE episodes (id REAL PRIMARY KEY, Episode TEXT, Rating REAL, Share REAL,
                           Channel TEXT REFERENCES channel(id));
    """)
    for i, (n, lang) in enumerate([("Alpha", "English"), ("Beta", "French"), ("Gamma", "English")], 1):
        db.execute("INSERT INTO channel VALUES (?,?,?)", (f"c{i}", n, lang))
    for i in range(1, 31):
        db.execute("INSERT INTO episodes VALUES (?,?,?,?,?)",
                   (i, f"Part {1 + i % 6}", 5 + (i * 7) % 10, 10 + (i * 3) % 9, f"c{1 + i % 3}"))
    db.commit()
    db.close()
    return path


def test_a_follow_up_naming_a_column_the_previous_answer_lacks_is_not_answered_with_it_unchanged(tv_db):
    c = Conv(tv_db)
    c.ask("which episode has the highest rating?")
    assert c.cols[0] == "Episode" and "Channel" not in c.cols
    assert "Channel, which the previous answer does not show" in declined(c, "which channel is it on?")


@pytest.mark.parametrize("first", ["how many results have a score above 80?", "which results have a score above 80?"])
def test_which_x_are_those_in_shows_each_related_row_once(golf_db, first):
    c = Conv(golf_db)
    c.ask(first)
    c.ask("which tournaments are those in?")
    assert sorted(c.col("tournament_name")) == sorted(r[0] for r in rows(
        golf_db, "SELECT DISTINCT t.tournament_name FROM result r JOIN tournament t ON r.Tournament = t.id "
                 "WHERE r.Score > 80"))


def test_which_channels_are_those_on_names_the_channels_through_the_key(tv_db):
    c = Conv(tv_db)
    c.ask("how many episodes have a share above 15?")
    c.ask("which channels are those on?")
    assert sorted(c.col("series_name")) == sorted(r[0] for r in rows(
        tv_db, "SELECT DISTINCT c.series_name FROM episodes e JOIN channel c ON e.Channel = c.id WHERE e.Share > 15"))


@pytest.fixture(scope="module")
def keyless_db(tmp_path_factory):
    """Visits to shops: the visit table has no key and no name of its own."""
    path = tmp_path_factory.mktemp("keyless") / "keyless.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE shop (shop_id INTEGER PRIMARY KEY, shop_name TEXT, city TEXT);
    CREATE TABLE visit (shop_id INTEGER REFERENCES shop(shop_id), visit_date TEXT, tickets INTEGER, spent REAL);
    INSERT INTO shop VALUES (1, 'North', 'Oslo'), (2, 'South', 'Rome'), (3, 'East', 'Oslo');
    """)
    for i in range(1, 41):
        db.execute("INSERT INTO visit VALUES (?,?,?,?)",
                   (1 + i % 3, f"202{2 + i % 2}-{1 + i % 12:02d}-1{i % 9}", 1 + i % 4, 5.0 + (i * 7) % 30))
    db.commit()
    db.close()
    return path


def test_average_per_row_of_a_keyless_table_is_one_average_over_the_rows(keyless_db):
    c = Conv(keyless_db)
    c.ask("how many visits were there in 2023?")
    c.ask("what did they spend on average per visit?")
    assert c.cols == ["avg_spent"] and [[float(v) for v in r] for r in c.rows] == [[float(v) for v in r] for r in rows(
        keyless_db, "SELECT AVG(spent) FROM visit WHERE visit_date LIKE '2023%'")]
    c = Conv(keyless_db)
    assert "no key or name" in declined(c, "how many tickets were bought in each visit?")


@pytest.fixture(scope="module")
def chess_db(tmp_path_factory):
    """People and the chess players among them (one row per person, a key named after the role)."""
    path = tmp_path_factory.mktemp("chess") / "chess.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE people (People_ID INTEGER PRIMARY KEY, Name TEXT, Nationality TEXT, Height REAL);
    CREATE TABLE chess_player (Chess_Player_ID INTEGER PRIMARY KEY, People_ID INTEGER REFERENCES people(People_ID),
                               Rating REAL, Titles REAL);
    """)
    nats = ["Peru", "Peru", "Peru", "Iran", "Iran", "Chad", "Peru", "Iran", "Fiji", "Peru", "Chad", "Iran"]
    for i, n in enumerate(nats, 1):
        db.execute("INSERT INTO people VALUES (?,?,?,?)", (i, f"Person {i}", n, 160 + (i * 7) % 30))
    for i in range(1, 13):
        db.execute("INSERT INTO chess_player VALUES (?,?,?,?)", (i, 13 - i, 2000 + (i * 37) % 500, i % 4))
    db.commit()
    db.close()
    return path


def test_a_number_of_rows_named_by_their_key_is_a_count_and_those_groups_keep_it(chess_db):
    c = Conv(chess_db)
    c.ask("how many chess players are in each nationality?")
    c.ask("only nationalities with at least 4 players")
    assert sorted(c.rows) == sorted(rows(chess_db, "SELECT p.Nationality, COUNT(*) FROM chess_player c JOIN people p "
                                                   "USING (People_ID) GROUP BY p.Nationality HAVING COUNT(*) >= 4"))
    c.ask("what's the average height of the players in each of those?")
    assert sorted(c.col("Nationality")) == ["Iran", "Peru"] and "avg_Height" in c.cols
    want = dict(rows(chess_db, "SELECT p.Nationality, AVG(p.Height) FROM chess_player c JOIN people p USING (People_ID) "
                               "GROUP BY p.Nationality"))
    assert all(float(r[c.cols.index("avg_Height")]) == float(want[r[0]]) for r in c.rows)


def test_one_role_row_per_person_does_not_repeat_the_persons_columns(chess_db):
    c = Conv(chess_db)
    c.ask("which chess players have a rating above 2200?")
    assert "Name" in c.cols
    c.ask("what is their average height?")
    assert [float(v) for v in c.rows[0]] == [float(v) for v in rows(
        chess_db, "SELECT AVG(p.Height) FROM chess_player c JOIN people p USING (People_ID) WHERE c.Rating > 2200")[0]]


def test_which_of_them_are_golfers_keeps_the_people_a_golfer_row_refers_to(golf_db):
    want = rows(golf_db, "SELECT p.Name FROM people p WHERE p.Country = 'Kenya' AND p.People_ID IN "
                         "(SELECT People_ID FROM golfer)")
    c = Conv(golf_db)
    c.ask("list the people from Kenya")
    c.ask("which of them are golfers?")
    assert sorted(c.col("Name")) == sorted(r[0] for r in want)
    c.ask("how many are there?")
    assert int(c.rows[0][0]) == len(want)
    c = Conv(golf_db)
    c.ask("list the people from Kenya")
    c.ask("how many of them are golfers?")
    assert int(c.rows[0][0]) == len(want)


def test_the_golfers_who_played_there_are_each_listed_once_by_name(golf_db):
    top = rows(golf_db, "SELECT Tournament FROM result GROUP BY Tournament ORDER BY COUNT(*) DESC LIMIT 1")[0][0]
    want = sorted(r[0] for r in rows(golf_db, NAMED + f" WHERE g.Golfer_ID IN (SELECT Golfer_ID FROM result "
                                                       f"WHERE Tournament = {top})"))
    c = Conv(golf_db)
    c.ask("list the golfers who played in " + rows(golf_db, f"SELECT tournament_name FROM tournament WHERE id = {top}")[0][0])
    assert sorted(c.col("Name")) == want
    c = Conv(golf_db)
    c.ask("which tournament has the most results?")
    c.ask("list the golfers who played there")
    assert sorted(c.col("Name")) == want
    c.ask("sort them by earnings")
    assert len(c.rows) == len(want) and "Earnings" in c.cols


def test_the_tallest_ranks_by_height_and_he_is_that_golfer(golf_db):
    c = Conv(golf_db)
    c.ask("who is the tallest golfer?")
    top = rows(golf_db, "SELECT p.Name, g.Best_Rank FROM golfer g JOIN people p USING (People_ID) "
                        "ORDER BY p.Height DESC, g.Golfer_ID LIMIT 1")[0]
    assert c.col("Name") == [top[0]]
    c.ask("what is his best rank?")
    assert [float(v) for v in c.col("Best_Rank")] == [float(top[1])]
