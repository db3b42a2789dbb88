"""The last check of every plan (engine/shape.py): an answer must have the shape its asking words
call for — a date for 'when', a number for 'how many', a share for 'what percentage' — or the
question is declined. Checked on plans built by hand over a schema the test creates, and end to end."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db
from test_engine import declined as declined_in

from c2q_shell.server.engine import Engine, shape
from c2q_shell.server.engine.catalog import Catalog
from c2q_shell.server.engine.mentions import scan
from c2q_shell.server.engine.plan import Agg, Dim, Filter, Order, Plan
from c2q_shell.server.engine.text import Question
from c2q_shell.server.sources import SQLiteSource


@pytest.fixture(scope="module")
def gauges_db(tmp_path_factory):
    rows = ", ".join(f"({i}, 'G{i % 3}', '2024-{1 + i % 12:02d}-{1 + i % 27:02d}', {i * 1.5}, {i % 7})"
                     for i in range(1, 40))
    return make_db(tmp_path_factory.mktemp("gauges") / "gauges.sqlite", f"""
    CREATE TABLE gauges (gauge_id INTEGER PRIMARY KEY, site TEXT, read_on TEXT, level REAL, alarms INTEGER);
    INSERT INTO gauges VALUES {rows};
    """)


@pytest.fixture(scope="module")
def cat(gauges_db):
    return Catalog(SQLiteSource(gauges_db).introspect(), {}, [])


def declined(q: str, plan: Plan, cat: Catalog) -> str:
    with pytest.raises(Engine.CannotAnswer) as e:
        shape.check(q, plan, cat)
    return str(e.value)


def test_when_needs_a_date_in_the_answer(cat):
    top = Plan("gauges", select=["gauges.site", "gauges.level"], order=[Order("col", "gauges.level")], limit=1)
    assert "when' asks for a date" in declined("what was the highest level ever, and when?", top, cat)
    assert "'When'" in declined("When was it read?", Plan("gauges", select=["gauges.site"]), cat)
    shape.check("When was the level highest?",
                Plan("gauges", order=[Order("col", "gauges.read_on")], limit=1), cat)       # the date is shown
    shape.check("when was the first reading?", Plan("gauges", measures=[Agg("min", "gauges.read_on")]), cat)
    shape.check("When were the most alarms?",
                Plan("gauges", measures=[Agg("sum", "gauges.alarms")], group=[Dim("gauges.read_on", "month")]), cat)


def test_how_many_needs_a_number(cat):
    rows = Plan("gauges", select=["gauges.site"])
    assert "'how many'" in declined("how many gauges read above 10?", rows, cat)
    shape.check("how many gauges read above 10?", Plan("gauges", measures=[Agg("count")]), cat)
    shape.check("How many alarms did gauge 3 raise?", Plan("gauges", select=["gauges.alarms"]), cat)   # a count column


def test_a_percentage_needs_a_share(cat):
    counted = Plan("gauges", measures=[Agg("count")], group=[Dim("gauges.site")])
    assert "'what percentage'" in declined("what percentage of readings are from each site?", counted, cat)
    shape.check("what percentage of readings are from each site?",
                Plan("gauges", measures=[Agg("pct_total")], group=[Dim("gauges.site")]), cat)


def test_end_to_end_right_or_declined(gauges_db):
    c = Conv(gauges_db)
    try:
        c.ask("what was the highest level ever, and when?")
    except Engine.CannotAnswer as e:
        assert "when" in str(e)
    else:
        assert "2024-04-13" in [str(v) for row in c.rows for v in row]      # gauge 39: level 58.5


@pytest.fixture(scope="module")
def people_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("people") / "people.sqlite", """
    CREATE TABLE teams (team_id INTEGER PRIMARY KEY, team_name TEXT, city TEXT);
    CREATE TABLE players (player_id INTEGER PRIMARY KEY, full_name TEXT, team_id INTEGER REFERENCES teams(team_id),
                          fee REAL);
    INSERT INTO teams VALUES (1, 'Owls', 'Leeds'), (2, 'Foxes', 'York');
    INSERT INTO players VALUES (1, 'Ann Lee', 1, 10.5), (2, 'Bo Park', 1, 22.0), (3, 'Cy Moss', 2, 7.25);
    """)


def test_who_shows_a_name_and_which_shows_what_it_names(people_db):
    cat = Catalog(SQLiteSource(people_db).introspect(), {}, [])

    def mentions(q):
        ms = scan(list(Question.of(q).tokens), cat)
        for x in ms:
            if x.kind == "ref" and x.refs:
                x.ref = x.refs[0]
        return ms
    ids = Plan("players", select=["players.player_id", "players.team_id"], distinct=True)
    with pytest.raises(Engine.CannotAnswer, match="'who' asks for names"):
        shape.check("who plays for the Owls?", ids, cat, mentions("who plays for the Owls?"))
    q = "which city has the most players?"
    by_team = Plan("players", measures=[Agg("count")], group=[Dim("players.team_id")],
                   order=[Order("agg", 0)], limit=1)
    with pytest.raises(Engine.CannotAnswer, match="'which city'"):
        shape.check(q, by_team, cat, mentions(q))
    shape.check(q, Plan("players", measures=[Agg("count")], group=[Dim("teams.city")], order=[Order("agg", 0)],
                        limit=1), cat, mentions(q))


def test_a_ranking_goes_the_way_its_word_says(people_db):
    cat = Catalog(SQLiteSource(people_db).introspect(), {}, [])
    q = "which player has the cheapest fee?"
    ms = scan(list(Question.of(q).tokens), cat)
    wrong_way = Plan("players", order=[Order("col", "players.fee", desc=True)], limit=1)
    with pytest.raises(Engine.CannotAnswer, match="'cheapest' ranks one way"):
        shape.check(q, wrong_way, cat, ms)
    shape.check(q, Plan("players", order=[Order("col", "players.fee", desc=False)], limit=1), cat, ms)
    c = Conv(people_db)
    c.ask("which player has the lowest fee?")
    assert c.rows[0][0] == "Cy Moss"


def test_an_average_or_a_total_is_of_numbers(cat):
    dated = Plan("gauges", measures=[Agg("avg", "gauges.read_on")], group=[Dim("gauges.site")])
    assert "holds a date, which cannot be averaged" in declined("average reading time by site", dated, cat)
    assert "holds text" in declined("total site", Plan("gauges", measures=[Agg("sum", "gauges.site")]), cat)
    shape.check("average level by site", Plan("gauges", measures=[Agg("avg", "gauges.level")],
                                              group=[Dim("gauges.site")]), cat)
    shape.check("latest reading", Plan("gauges", measures=[Agg("max", "gauges.read_on")]), cat)


def test_an_order_asked_for_is_kept(cat):
    rows = Plan("gauges", select=["gauges.site", "gauges.level"])
    ms = scan(list(Question.of("list the readings, highest first").tokens), cat)
    with pytest.raises(Engine.CannotAnswer) as e:
        shape.check("list the readings, highest first", rows, cat, ms)
    assert "asks for an order" in str(e.value)
    ordered = Plan("gauges", select=["gauges.site", "gauges.level"], order=[Order("col", "gauges.level", True)])
    shape.check("list the readings, highest first", ordered, cat, ms)



def test_the_rows_of_a_ranked_group_in_the_order_asked(tmp_path):
    firms = ", ".join(f"({i}, 'F{i}', '{('Energy', 'Retail', 'Health')[i % 3]}', {i * 37 % 101})" for i in range(1, 31))
    db = make_db(tmp_path / "firms.sqlite", f"""
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, sector TEXT, market_cap REAL);
    INSERT INTO firms VALUES {firms};
    """)
    c = Conv(db)
    c.ask("Which sector has the smallest total market cap?")
    c.ask("Name the firms in it, biggest first")
    caps = [float(v) for v in c.col("market_cap")]
    assert caps == sorted(caps, reverse=True) and len(caps) == 10


def test_a_ranked_period_is_a_grouping_by_it(cat):
    one_row = Plan("gauges", select=["gauges.read_on", "gauges.level"], order=[Order("col", "gauges.level", True)],
                   limit=1)
    q = "highest level month"
    ms = scan(list(Question.of("which was the busiest month?").tokens), cat)
    with pytest.raises(Engine.CannotAnswer) as e:
        shape.check("which was the busiest month?", one_row, cat, ms)
    assert "'busiest month' ranks months" in str(e.value)
    monthly = Plan("gauges", measures=[Agg("count")], group=[Dim("gauges.read_on", "month")],
                   order=[Order("agg", 0, True)], limit=1)
    shape.check("which was the busiest month?", monthly, cat, ms)
    latest = scan(list(Question.of("what was the latest month?").tokens), cat)
    shape.check(q, one_row, cat, latest)           # a time superlative picks a row by its date


def test_a_date_of_the_ranked_rows_or_of_the_rows_added_up_is_not_guessed(tmp_path):
    db = make_db(tmp_path / "clinic.sqlite", """
    CREATE TABLE clinicians (clinician_id INTEGER PRIMARY KEY, full_name TEXT, start_date TEXT);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, clinician_id INTEGER REFERENCES clinicians(clinician_id),
                               seen_on TEXT, fee REAL);
    INSERT INTO clinicians VALUES (1, 'Dr A', '2025-03-02'), (2, 'Dr B', '2019-05-01');
    INSERT INTO appointments VALUES (1, 1, '2025-03-05', 100), (2, 2, '2025-03-06', 90), (3, 2, '2025-03-07', 80);
    """)
    cat = Catalog(SQLiteSource(db).introspect(), {}, [])
    q = "which clinician had the highest total fee in March 2025?"
    ms = scan(list(Question.of(q).tokens), cat)
    for x in ms:
        x.used = x.used or x.kind == "date"
    guessed = Plan("clinicians", measures=[Agg("sum", "appointments.fee")], group=[Dim("clinicians.full_name")],
                   filters=[Filter("clinicians.start_date", "between", ["2025-03-01", "2025-03-31"], kind="time")],
                   order=[Order("agg", 0, True)], limit=1)
    with pytest.raises(Engine.CannotAnswer) as e:
        shape.check(q, guessed, cat, ms)
    assert "could be a date of appointments" in str(e.value)
    # a time an earlier round set (clinicians who started after 2020) is not this question's date
    kept = Plan("clinicians", measures=[Agg("sum", "appointments.fee")], group=[Dim("clinicians.full_name")],
                filters=[Filter("clinicians.start_date", ">", ["2020-12-31"], kind="time"),
                         Filter("appointments.seen_on", "between", ["2025-03-01", "2025-03-31"], kind="time")])
    shape.check(q, kept, cat, ms)
    # busy with appointments, counted per clinician: but which date is March 2025's is still not guessed
    said = declined_in(Conv(db), "which clinician was busiest in March 2025?")
    assert "'busiest'" in said or "'march 2025' could be a date of appointments" in said
    c = Conv(db).ask(q)                             # the events' own date: Dr B, 170 in March
    assert c.rows[0][0] == "Dr B"



def test_a_time_the_data_never_reaches_is_declined(cat):
    q = "what was the level in 1850?"
    ms = scan(list(Question.of(q).tokens), cat)
    for x in ms:
        x.used = x.used or x.kind == "num"
    early = Plan("gauges", select=["gauges.level"],
                 filters=[Filter("gauges.read_on", "between", ["1850-01-01", "1850-12-31"], kind="time")])
    with pytest.raises(Engine.CannotAnswer) as e:
        shape.check(q, early, cat, ms)
    assert "outside the data: read_on runs from 2024" in str(e.value)
    counted = Plan("gauges", measures=[Agg("count")],
                   filters=[Filter("gauges.read_on", "between", ["1850-01-01", "1850-12-31"], kind="time")])
    shape.check("how many readings were there in 1850?", counted, cat, ms)      # none is the answer
    inside = Plan("gauges", select=["gauges.level"],
                  filters=[Filter("gauges.read_on", "between", ["2024-03-01", "2024-03-31"], kind="time")])
    shape.check(q, inside, cat, ms)


def test_a_time_for_figures_that_have_no_date_is_declined(tmp_path):
    """'the P/E of the Energy sector in 2000' over fundamentals with no date: the only year the
    engine could use is when a company was founded, which dates something else — declined, also
    when the sector names its condition; 'founded after 2000' names that column and is answered."""
    db = make_db(tmp_path / "snap.sqlite", """
    CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, sector TEXT, founded INTEGER);
    CREATE TABLE fundamentals (symbol TEXT PRIMARY KEY REFERENCES companies(symbol), pe_ratio REAL);
    INSERT INTO companies VALUES ('A', 'Alpha', 'Energy', 1990), ('B', 'Beta', 'Energy', 2005),
                                 ('C', 'Gamma', 'Utilities', 2000), ('D', 'Delta', 'Energy', 2020);
    INSERT INTO fundamentals VALUES ('A', 10), ('B', 20), ('C', 30), ('D', 40);
    """)
    for q in ("What was the P/E ratio of the Energy sector in 2000?", "average P/E of Energy companies in 2020"):
        assert "the only date the engine could use is companies.founded" in declined_in(Conv(db), q), q
    c = Conv(db).ask("average P/E of Energy companies founded after 2000")
    assert float(c.rows[0][0]) == 30.0
