"""A follow-up that groups by a time grain after a question about one period: 'how many were
added in 2020?' → 'show that per decade' shows every decade (the year is one decade, so keeping
it would show one row, said as an assumption); 'per month' splits the year it asked about."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def members_db(tmp_path_factory):
    people = ", ".join(f"({i}, 'M{i}', '{1985 + i * 7 % 38}-{1 + i % 12:02d}-{1 + i % 27:02d}')" for i in range(1, 80))
    return make_db(tmp_path_factory.mktemp("members") / "members.sqlite", f"""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, joined_on TEXT);
    INSERT INTO members VALUES {people};
    """)


def test_a_coarser_grain_after_one_period_shows_every_period(members_db):
    c = Conv(members_db)
    c.ask("How many members joined in 2020?")
    c.ask("show that per decade")
    ref = rows(members_db, "SELECT (CAST(substr(joined_on, 1, 4) AS INTEGER) / 10) * 10, COUNT(*) FROM members "
                           "GROUP BY 1")
    assert sorted((int(a), int(b)) for a, b in c.rows) == sorted(ref)
    assert any("every decade" in a["explanation"] for a in c.res.assumptions)
    c.ask("which decade had the most?")
    assert int(c.rows[0][0]) == max(ref, key=lambda r: r[1])[0]


def test_a_finer_grain_splits_the_period(members_db):
    c = Conv(members_db)
    c.ask("How many members joined in 2020?")
    c.ask("per month")
    ref = rows(members_db, "SELECT substr(joined_on, 1, 7), COUNT(*) FROM members WHERE joined_on LIKE '2020%' GROUP BY 1")
    assert sorted((a, int(b)) for a, b in c.rows) == sorted(ref)


@pytest.fixture(scope="module")
def ascents_db(tmp_path_factory):
    ascents = ", ".join(f"('a{i}', {1 + i % 4}, '202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}', {i % 2})"
                        for i in range(1, 60))
    return make_db(tmp_path_factory.mktemp("ascents") / "climb.sqlite", f"""
    CREATE TABLE Gym (Gym_ID INTEGER PRIMARY KEY, Gym_Name TEXT, Monthly_Fee REAL);
    CREATE TABLE Route (Route_ID INTEGER PRIMARY KEY, Gym_ID INTEGER REFERENCES Gym(Gym_ID), Set_Date TEXT);
    CREATE TABLE Ascent (id TEXT PRIMARY KEY, Route_ID INTEGER REFERENCES Route(Route_ID), Ascent_Date TEXT,
                         Is_Flash INTEGER);
    INSERT INTO Gym VALUES (1, 'Crux', 50), (2, 'Summit', 60);
    INSERT INTO Route VALUES (1, 1, '2022-01-05'), (2, 1, '2022-02-05'), (3, 2, '2022-03-05'), (4, 2, '2022-04-05');
    INSERT INTO Ascent VALUES {ascents};
    """)


def test_break_that_down_by_month_groups_by_month(ascents_db):
    c = Conv(ascents_db)
    c.ask("How many ascents were logged in 2024?")
    c.ask("break that down by month")
    ref = rows(ascents_db, "SELECT substr(Ascent_Date, 1, 7), COUNT(*) FROM Ascent WHERE Ascent_Date LIKE '2024%' "
                           "GROUP BY 1")
    assert sorted((a, int(b)) for a, b in c.rows) == sorted(ref)


def test_a_group_with_no_value_is_not_ranked_lowest(tmp_path):
    db = make_db(tmp_path / "idx.sqlite", """
    CREATE TABLE readings (reading_id INTEGER PRIMARY KEY, read_on TEXT, cape REAL);
    INSERT INTO readings VALUES (1, '1875-01-01', NULL), (2, '1876-01-01', NULL), (3, '1885-01-01', 12.5),
                                (4, '1886-01-01', 14.0), (5, '1995-01-01', 30.0), (6, '1996-01-01', 28.0);
    """)
    c = Conv(db)
    c.ask("average cape in each decade")
    c.ask("which decade had the lowest?")
    assert int(c.rows[0][0]) == 1880 and len(c.rows) == 1    # not the 1870s, which have no value


def test_a_ranking_that_names_none_of_two_figures_shown_is_declined(tmp_path):
    db = make_db(tmp_path / "macro.sqlite", """
    CREATE TABLE months (month TEXT PRIMARY KEY, cpi REAL, interest_rate REAL);
    INSERT INTO months VALUES ('1990-01-01', 120, 8.0), ('1995-01-01', 150, 6.0), ('2005-01-01', 190, 4.5),
                              ('2008-01-01', 210, 3.0), ('2015-01-01', 230, 2.0);
    """)
    c = Conv(db)
    c.ask("average cpi by decade")
    c.ask("now the interest rate")
    with pytest.raises(Engine.CannotAnswer) as e:
        c.ask("which decade had the highest?")
    assert "does not say by which of the figures shown" in str(e.value)
    c = Conv(db)
    c.ask("average cpi by decade")
    c.ask("which decade had the highest?")                  # one figure: ranked by it
    assert int(c.rows[0][0]) == 2010


def test_from_a_time_alone_is_that_time(members_db):
    c = Conv(members_db).ask("members from March 2020")
    assert sorted(c.col("member_name")) == sorted(r[0] for r in rows(
        members_db, "SELECT member_name FROM members WHERE joined_on LIKE '2020-03%'"))
    c = Conv(members_db).ask("how many members from 2020?")
    assert int(c.rows[0][0]) == rows(members_db, "SELECT COUNT(*) FROM members WHERE joined_on LIKE '2020%'")[0][0]
    c = Conv(members_db).ask("how many members joined from 2015 to 2020?")          # a range stays a range
    assert int(c.rows[0][0]) == rows(members_db, "SELECT COUNT(*) FROM members WHERE joined_on >= '2015' "
                                                 "AND joined_on < '2021'")[0][0]


def test_a_listing_grouped_is_counted_per_group(members_db):
    c = Conv(members_db)
    c.ask("members who joined since 2015")
    c.ask("show that by year")
    ref = rows(members_db, "SELECT substr(joined_on, 1, 4), COUNT(*) FROM members WHERE joined_on >= '2015' GROUP BY 1")
    assert sorted((a, int(b)) for a, b in c.rows) == sorted(ref)


def test_the_other_extreme_in_another_year_is_of_that_year(tmp_path):
    db = make_db(tmp_path / "levels.sqlite", """
    CREATE TABLE levels (month TEXT PRIMARY KEY, level REAL);
    INSERT INTO levels VALUES ('1929-03-01', 25.0), ('1929-09-01', 31.3), ('1932-06-01', 4.8), ('1932-12-01', 6.9);
    """)
    c = Conv(db)
    c.ask("What was the lowest level in 1932?")
    c.ask("and the highest in 1929?")
    assert [float(v) for v in c.col("level")] == [31.3]
