"""What a question counts, and which rows a follow-up keeps — each rule on the bundled demo and
on a football schema this file builds:
- 'how many <measure> <noun> are there' counts the noun; the measure words before it qualify the
  rows in a way no condition states, so the question is declined naming them (even when a term
  sheet makes them a synonym of the measure);
- 'which G has the most <a column's noun>' counts rows (or distinct values) per G;
- 'only for G with more than N <noun>' after an average is a count of that noun per G;
- 'sort by X' after a result that kept its first rows reorders those rows."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db
from test_engine import text_rows as rows

from c2q_shell.server import demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo.ensure(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def football_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("football") / "football.sqlite", """
    CREATE TABLE clubs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, league TEXT, venue_city TEXT, venue_country TEXT);
    CREATE TABLE players (id INTEGER PRIMARY KEY, club_id INTEGER REFERENCES clubs(id), name TEXT NOT NULL,
                          position TEXT, salary REAL, age INTEGER);
    INSERT INTO clubs VALUES (1,'Rovers','Premier','Leeds','England'),(2,'United','Premier','Leeds','England'),
      (3,'Athletic','Premier','Bilbao','Spain'),(4,'Real','Liga','Madrid','Spain'),(5,'Atlético','Liga','Madrid','Spain'),
      (6,'Celta','Liga','Vigo','Spain'),(7,'Betis','Liga','Sevilla','Spain'),(8,'Rangers','Scottish','Glasgow','Scotland');
    INSERT INTO players VALUES (1,1,'Ada','Forward',900000,24),(2,1,'Ben','Keeper',300000,31),
      (3,2,'Cal','Forward',1500000,27),(4,3,'Dan','Defender',200000,22),(5,4,'Eli','Forward',2500000,29),
      (6,4,'Fay','Midfielder',1200000,33),(7,5,'Gus','Defender',700000,26),(8,8,'Hal','Keeper',100000,35),
      (9,2,'Ida','Midfielder',650000,21),(10,3,'Jon','Forward',400000,30);
    """)


def sheet(term: str, description: str) -> list[dict]:
    return [{"type": "term-sheet", "raw_data": {"term": [term], "description": description}}]


def test_how_many_qualified_nouns_counts_them_or_declines_the_qualifier(demo_db, football_db):
    # a description the engine cannot read as conditions ('most trading days') leaves the term a bare
    # synonym ('200 billion dollars' is read: the dollars are the number's unit, as '$' is)
    for knowledge in ([], sheet("mega cap", "a company with a market cap above 200 billion on most trading days")):
        c = Conv(demo_db, knowledge)
        why = declined(c, "how many mega cap companies are there?")
        tail = why.split("?'", 1)[1].split("Questions that work")[0]      # the reason names both words
        assert "'mega" in tail and "cap'" in tail
        assert "Not used: 'market cap'" in declined(c, "how many market cap companies are there?")
        c.ask("how many companies are there?")
        assert c.rows == rows(demo_db, "SELECT COUNT(*) FROM companies")
    for knowledge in ([], sheet("star", "a player who is paid a lot")):
        c = Conv(football_db, knowledge)
        assert "'salary'" in declined(c, "how many salary players are there?")
        c.ask("how many players are there?")
        assert c.rows == [["10"]]
    assert "'star'" in declined(Conv(football_db), "how many star players are there?")


def test_a_term_sheet_that_states_a_condition_is_that_condition(demo_db, football_db):
    for said in ("market cap above 200 billion", "a company with a market cap above 200 billion dollars"):
        c = Conv(demo_db, sheet("mega cap", said)).ask("how many mega cap companies are there?")
        assert c.rows == rows(demo_db, "SELECT COUNT(*) FROM fundamentals WHERE market_cap > 200e9")
        assert any("term sheet" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(football_db, sheet("star", "players with a salary above 1 million"))
    c.ask("how many star players are there?")
    assert c.rows == [["3"]]
    c.ask("list the star players in Liga")        # wherever the term is said
    assert sorted(c.col("name")) == ["Eli", "Fay"]


def test_which_group_has_the_most_of_a_columns_noun_counts_per_group(demo_db, football_db):
    c = Conv(demo_db).ask("which state has the most headquarters?")
    assert "COUNT(*)" in c.sql and "market_cap" not in c.sql
    assert c.rows == rows(demo_db, "SELECT hq_region, COUNT(*) AS n FROM companies GROUP BY hq_region "
                                   "ORDER BY n DESC LIMIT 1")
    c = Conv(demo_db).ask("which state has the fewest headquarters?")      # a company with no state is no state
    assert c.rows[0][0] is not None and c.rows[0][1] == rows(demo_db, """SELECT MIN(n) FROM (SELECT COUNT(*) AS n
        FROM companies WHERE hq_region IS NOT NULL GROUP BY hq_region)""")[0][0]
    c = Conv(demo_db).ask("which city has the most headquarters?")
    assert c.rows == rows(demo_db, "SELECT hq_city, COUNT(*) AS n FROM companies GROUP BY hq_city ORDER BY n DESC LIMIT 1")
    c = Conv(football_db).ask("which country has the most venues?")
    assert c.rows == [["Spain", "5"]]
    c = Conv(football_db).ask("which league has the most cities?")      # distinct values per group, said so
    assert c.rows == [["Liga", "3"]] and any("distinct" in a["explanation"] for a in c.res.tasks[-1].assumptions)


def test_more_than_n_nouns_after_an_average_counts_that_noun(demo_db, football_db):
    c = Conv(demo_db)
    for q in ("average market cap by sector", "which one is the highest?", "and the lowest?"):
        c.ask(q)
    c.ask("only for sectors with more than 50 companies")
    assert "HAVING AVG" not in c.sql and "> 50" in c.sql
    # every company of the sector counts, those without fundamentals too
    assert c.rows == rows(demo_db, """SELECT c.sector, AVG(f.market_cap) AS a, COUNT(*) FROM companies c
        LEFT JOIN fundamentals f ON f.symbol = c.symbol GROUP BY c.sector HAVING COUNT(*) > 50 ORDER BY a LIMIT 1""")
    c = Conv(football_db).ask("average salary by league")
    c.ask("only leagues with more than 3 clubs")          # Liga: 4 clubs, one of them without players
    assert [r[0] for r in c.rows] == ["Liga"]
    assert float(c.rows[0][1]) == pytest.approx((2500000 + 1200000 + 700000) / 3)
    c = Conv(football_db).ask("average salary by league")
    c.ask("only leagues with more than 2 players")
    assert sorted(r[0] for r in c.rows) == ["Liga", "Premier"] and "HAVING AVG" not in c.sql


def test_sorting_a_limited_result_keeps_its_rows(demo_db, football_db):
    c = Conv(demo_db)
    for q in ("5 largest companies", "in Energy", "show their pe ratio too"):
        c.ask(q)
    kept = sorted(c.col("name"))
    c.ask("sort by pe ratio")
    assert sorted(c.col("name")) == kept and "market_cap" in c.cols
    pe = [float(v) for v in c.col("pe_ratio")]
    assert pe == sorted(pe)                     # no direction: ascending
    c = Conv(football_db).ask("the 4 highest paid players")
    assert c.col("name") == ["Eli", "Cal", "Fay", "Ada"]
    c.ask("sort by age")
    assert sorted(c.col("name")) == ["Ada", "Cal", "Eli", "Fay"] and "salary" in c.cols
    ages = [int(v) for v in c.col("age")]
    assert ages == sorted(ages) or ages == sorted(ages, reverse=True)
    c.ask("sort them by name")
    assert c.col("name") == ["Ada", "Cal", "Eli", "Fay"]


def test_sorting_limited_groups_keeps_those_groups(demo_db, football_db):
    c = Conv(demo_db)
    for q in ("total ebitda and average pe ratio by sector", "top 3 by average pe ratio"):
        c.ask(q)
    kept = sorted(c.col("sector"))
    c.ask("sort by total ebitda")
    assert sorted(c.col("sector")) == kept
    totals = [float(v) for v in c.col("total_ebitda")]
    assert totals == sorted(totals, reverse=True)
    c = Conv(football_db).ask("average salary by league")
    c.ask("top 2")
    assert sorted(c.col("league")) == ["Liga", "Premier"]
    c.ask("sort by league descending")
    assert c.col("league") == ["Premier", "Liga"]


def test_alphabetically_sorts_by_the_names(demo_db, football_db):
    c = Conv(demo_db).ask("5 largest companies")
    kept = sorted(c.col("name"))
    c.ask("sort them alphabetically")           # the names, not the ranking turned upside down
    assert c.col("name") == kept
    c = Conv(football_db).ask("players in Liga alphabetically")
    assert c.col("name") == ["Eli", "Fay", "Gus"]
    c = Conv(football_db).ask("how many players per position")
    c.ask("sort alphabetically")
    assert c.col("position") == ["Defender", "Forward", "Keeper", "Midfielder"]


def test_the_most_nouns_with_a_condition_counts_the_nouns_that_meet_it(demo_db, football_db):
    c = Conv(demo_db).ask("which sector has the most companies with a pe ratio above 30?")
    assert c.rows == rows(demo_db, """SELECT c.sector, COUNT(*) AS n FROM companies c JOIN fundamentals f
        ON f.symbol = c.symbol WHERE f.pe_ratio > 30 GROUP BY c.sector ORDER BY n DESC LIMIT 1""")
    c = Conv(football_db).ask("which position has the most players with a salary above 800000?")
    assert c.rows == [["Forward", "3"]]


def test_more_than_n_with_no_noun_counts_the_rows_of_the_groups_table(football_db):
    c = Conv(football_db).ask("average salary by league")
    c.ask("only leagues with more than 2")          # a league is a column of clubs: clubs are counted, said so
    assert sorted(c.col("league")) == ["Liga", "Premier"] and "HAVING AVG" not in c.sql
    assert any("number of clubs" in a["explanation"] for a in c.res.tasks[-1].assumptions)


def test_a_column_asked_too_is_added_to_the_rows_not_counted(demo_db, football_db):
    c = Conv(demo_db).ask("companies in Energy")
    names = c.col("name")
    c.ask("show their sub-industry too")
    assert c.col("name") == names and "sub_industry" in c.cols
    c = Conv(football_db).ask("players in Liga")
    c.ask("show their position too")
    assert sorted(c.col("name")) == ["Eli", "Fay", "Gus"] and "position" in c.cols
    c.ask("which positions are they in?")           # asked of the set: each position once, with how many
    assert sorted(map(tuple, c.rows)) == [("Defender", "1"), ("Forward", "1"), ("Midfielder", "1")]


def test_a_sort_keeps_every_row_and_column(demo_db, football_db, tmp_path):
    c = Conv(demo_db).ask("companies in Financials")
    n = len(c.rows)
    c.ask("sort by pe ratio")                   # companies without fundamentals stay in the list
    assert len(c.rows) == n == int(rows(demo_db, "SELECT COUNT(*) FROM companies WHERE sector = 'Financials'")[0][0])
    c = Conv(demo_db)
    for q in ("5 largest companies", "sort by pe ratio", "sort by name"):
        c.ask(q)
    assert {"name", "market_cap", "pe_ratio"} <= set(c.cols) and c.col("name") == sorted(c.col("name"))
    own = tmp_path / "football.sqlite"          # a copy with a club that has no players
    own.write_bytes(football_db.read_bytes())
    with sqlite3.connect(own) as db:
        db.execute("INSERT INTO clubs VALUES (9,'Orient','Premier','London','England')")
    c = Conv(own).ask("clubs in Premier")
    c.ask("sort by salary")                     # a club with no players is still one of them
    assert "Orient" in c.col("name") and len(c.rows) == 4


def test_a_noun_that_names_the_label_column_counts_the_rows(tmp_path):
    # 'songs' names the song column (each row's label): the rows are counted, never ranked by plays
    path = make_db(tmp_path / "songs.sqlite", """
    CREATE TABLE songs (id INTEGER PRIMARY KEY, song TEXT NOT NULL, artist TEXT, plays INTEGER, is_live INTEGER);
    INSERT INTO songs VALUES (1,'Aria','Mo',900,0),(2,'Blue','Mo',10,1),(3,'Coda','Lu',5000,0),(4,'Dawn','Mo',20,1),
      (5,'Echo','Lu',30,1);
    """)
    c = Conv(path).ask("how many live songs are there?")      # a yes/no column before the noun is a condition
    assert c.rows == [["3"]]
    c = Conv(path).ask("which artist has the most songs?")
    assert c.rows == [["Mo", "3"]]
    assert "'plays'" in declined(Conv(path), "how many plays songs are there?")
    c = Conv(path).ask("how many songs are there?")
    assert c.rows == [["5"]]


def test_the_most_rows_of_another_table_per_group(football_db):
    # players counted per their club's country; 'the fewest' would miss a group with none: declined
    c = Conv(football_db).ask("which country has the most players?")
    assert c.rows == [["Spain", "5"]]
    # ('players' shares its stem with 'played', but names the people: never dropped as a verb)
    assert "'players'" in declined(Conv(football_db), "which league has the fewest players?")
