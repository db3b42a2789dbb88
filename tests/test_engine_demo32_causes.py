"""The wrong answers of a blind run over long follow-up chains, as general rules, on a schema built
here (clubs with a snapshot of their finances, which hold no dates, and an unrelated table of rates
whose column 'long_rate' a loose reading of 'longest' would name):

- 'been in <the set> the longest' is the earliest date of joining, every row tied at it shown; a
  superlative read loosely as a column of an unrelated table is never dropped;
- a new superlative over groups ranks every group, never only the one the last ranking kept;
- a time series of a figure whose table has no dates is declined, as is a month grain over years;
- 'rank those <groups> by <figure>' orders by that figure, highest first, and ranks the groups it
  names even when the answer before showed other groups (divisions counted per league);
- 'the last decade', 'the last 5 years' are whole calendar years ending with the newest one;
- a ranking whose figure none of the rows asked about has is declined, naming the figure."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import Api, start_server
from test_engine import Conv, answered_after_a_decline, declined
from test_engine_analyst import ref, shows

from c2q_shell.server import demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return demo.ensure(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def clubs_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("clubs") / "clubs.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript("""
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT, league TEXT, division TEXT,
                        joined_on DATE, founded INTEGER);
    CREATE TABLE finances (club_id INTEGER PRIMARY KEY REFERENCES clubs(club_id), revenue REAL,
                           wage_bill REAL, valuation REAL);
    CREATE TABLE rates (month DATE PRIMARY KEY, long_rate REAL, short_rate REAL);
    """)
    leagues, divisions = ("North", "South", "East"), ("Alpha", "Beta", "Gamma", "Delta")
    for i in range(1, 41):
        joined = "1985-01-01" if i <= 3 else "2024-03-01" if i >= 37 else \
            f"{1990 + (i * 7) % 35:04d}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        conn.execute("INSERT INTO clubs VALUES (?,?,?,?,?,?)", (i, f"Club {chr(65 + i % 26)}{i}", leagues[i % 3]
                     if i % 5 else "North", divisions[i % 4], joined, 1880 + i * 3))
    for i in range(1, 37):          # the four clubs that joined in 2024 have no finances yet
        conn.execute("INSERT INTO finances VALUES (?,?,?,?)", (i, 100 + i * 13 % 70, 50 + i * 7 % 40,
                                                              1000 + i * 97 % 500))
    conn.execute("UPDATE finances SET revenue = revenue + 100 WHERE club_id IN "
                 "(SELECT club_id FROM clubs WHERE league = 'East')")
    for y in range(2000, 2024):
        for mo in range(1, 13):
            conn.execute("INSERT INTO rates VALUES (?,?,?)", (f"{y}-{mo:02d}-01", 3 + mo / 10, 1 + mo / 20))
    conn.commit()
    conn.close()
    return path


def test_been_in_the_set_the_longest_is_the_earliest_joining_date_with_its_ties(clubs_db):
    c = Conv(clubs_db).ask("Which club has been in the league the longest?")
    want = "SELECT club_name FROM clubs WHERE joined_on = (SELECT MIN(joined_on) FROM clubs)"
    assert shows(c, want) and len(c.rows) == 3
    assert "like" not in c.sql.lower()      # 'been' is the verb, never a part of the league's name


def test_a_superlative_read_as_a_column_of_an_unrelated_table_is_never_dropped(clubs_db):
    # 'longest' loosely names rates.long_rate: never the rates listed, nor the clubs with it dropped
    assert "longest" in declined(Conv(clubs_db), "list the longest clubs")
    assert "longest" in declined(Conv(clubs_db), "which division has the longest clubs?")


def test_a_new_superlative_over_groups_ranks_every_group(clubs_db):
    c = Conv(clubs_db)
    c.ask("which league has the most clubs?")
    c.ask("and which has the highest average revenue?")
    want = ("SELECT c.league, AVG(f.revenue) AS a FROM clubs c JOIN finances f ON f.club_id = c.club_id "
            "GROUP BY c.league ORDER BY a DESC LIMIT 1")
    assert len(c.rows) == 1 and c.rows[0][0] == ref(c, want)[0][0] != "North"


def test_a_time_series_of_a_figure_without_dates_is_declined(clubs_db):
    c = Conv(clubs_db)
    c.ask("which club has the highest valuation?")
    assert "month by month" in declined(c, "show me its revenue month by month")
    assert "per month" in declined(Conv(clubs_db), "average revenue per month")
    assert "month" in declined(Conv(clubs_db), "how many clubs were founded each month")
    c = Conv(clubs_db).ask("how many clubs joined each month in 2024")     # a date of the rows' own
    assert c.rows == [["2024-03", 4]] or [list(map(str, r)) for r in c.rows] == [["2024-03", "4"]]


def test_rank_those_groups_by_a_figure_orders_by_it_highest_first(clubs_db):
    c = Conv(clubs_db)
    c.ask("number of clubs per league")
    c.ask("now just the North league, broken down by division")
    c.ask("rank those divisions by total revenue")
    want = ("SELECT c.division, SUM(f.revenue) AS t FROM clubs c JOIN finances f ON f.club_id = c.club_id "
            "WHERE c.league = 'North' GROUP BY c.division ORDER BY t DESC")
    assert shows(c, want, ordered=True)



def test_rank_those_inner_groups_ranks_them_never_the_groups_shown(clubs_db):
    # after a count of divisions per league, 'those divisions' are the divisions counted: ranked
    # themselves by the figure, never the leagues' totals in no order
    c = Conv(clubs_db)
    c.ask("how many divisions does each league have?")
    assert "number_of_divisions" in c.sql
    c.ask("rank those divisions by total revenue")
    want = ("SELECT c.division, SUM(f.revenue) AS t FROM clubs c JOIN finances f ON f.club_id = c.club_id "
            "GROUP BY c.division ORDER BY t DESC")
    assert shows(c, want, ordered=True)

def test_the_last_decade_is_whole_calendar_years(clubs_db):
    c = Conv(clubs_db)
    c.ask("how many clubs joined each year?")
    c.ask("only the last decade")
    assert "'2015-01-01'" in c.sql          # the newest joining date is in 2024: 2015–2024
    c = Conv(clubs_db)
    c.ask("how many clubs joined each year?")
    c.ask("only the last 5 years")
    assert "'2020-01-01'" in c.sql


def test_a_ranking_by_a_figure_none_of_the_rows_has_is_declined(clubs_db, tmp_path):
    c = Conv(clubs_db)
    c.ask("which clubs joined in 2024?")
    c.ask("which was the biggest of them?")
    assert c.rows == [] and c.res.tasks[-1].missing is not None
    srv = start_server(tmp_path, [f"sqlite:///{clubs_db}"])
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("clubs")["status"] == "done"
        sid = api.session("clubs")
        assert api.ask(sid, "which clubs joined in 2024?")["status"] == "done"
        job = api.ask(sid, "which was the biggest of them?")
        assert job["status"] == "failed" and "none of the 4 rows" in job["reason"] and "valuation" in job["reason"]
        job = api.ask(sid, "which club has the highest valuation?")         # rows that have it: answered
        assert job["status"] == "done" and len(job["result"]["data"]["rows"]) == 1
    finally:
        srv.stop()


def test_a_new_top_row_of_each_group_replaces_the_old_one(clubs_db):
    # both at once hold for no row at all: the answer was empty
    c = Conv(clubs_db)
    c.ask("the club with the highest revenue in each league")
    c.ask("show the lowest valuation in each league")
    want = ("SELECT c.club_name, f.valuation, c.league FROM clubs c JOIN finances f ON f.club_id = c.club_id "
            "WHERE f.valuation = (SELECT MIN(f2.valuation) FROM clubs c2 JOIN finances f2 ON f2.club_id = c2.club_id "
            "WHERE c2.league = c.league)")
    assert c.rows and shows(c, want)
    assert "revenue" not in c.sql.split("WHERE", 1)[1]


def test_a_condition_on_a_table_of_one_row_each_stays_a_condition_of_the_rows(clubs_db):
    # finances hold one row per club: 'valuation over 1200' says which clubs, it is no condition of
    # the figure averaged, and counting 'them' keeps it
    c = Conv(clubs_db)
    c.ask("how many clubs have a valuation over 1200?")
    c.ask("what's their average revenue?")
    c.ask("how many of them are in the North league?")
    want = ("SELECT COUNT(*) FROM clubs c JOIN finances f ON f.club_id = c.club_id "
            "WHERE f.valuation > 1200 AND c.league = 'North'")
    assert str(c.rows[0][0]) == str(ref(c, want)[0][0])
    assert "valuation" in c.sql



def test_a_whole_question_after_a_decline_is_answered_when_only_its_first_table_differs(demo_db):
    # read as a follow-up of the round before the declined one, it starts from the other table of
    # the same join (companies LEFT JOIN fundamentals, or fundamentals JOIN companies): the same
    # rows, so it is a question of its own, never declined for 'reading as a follow-up'
    c = Conv(demo_db)
    c.ask("average pe by sector")
    res = answered_after_a_decline(c, "what will the S&P be next year?",
                                   "Which sector is the most expensive on price to earnings?")
    got = c.src.execute(res.tasks[-1].sql, 1000, 10).rows
    want = ("SELECT c.sector, AVG(f.pe_ratio) AS a FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
            "WHERE c.sector IS NOT NULL GROUP BY c.sector ORDER BY a DESC LIMIT 1")
    assert [r[0] for r in got] == [ref(c, want)[0][0]]
