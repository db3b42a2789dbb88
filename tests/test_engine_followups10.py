"""Follow-up rounds (batch 16): a new condition that replaces the one a ranking kept its groups
under, 'which … had the highest' after groups, a ranking word after one figure, 'which <rows> …'
after a figure, the related rows of a listing each once, and questions the data cannot answer
('who founded it?' beside a year, 'their salary' read loosely as what others paid)."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def brew_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("brew") / "brew.sqlite"
    breweries = [
        (1, "Alder", "Oregon", "Bend", 1988, "Craft"), (2, "Birch", "Oregon", "Bend", 1995, "Craft"),
        (3, "Cedar", "Oregon", "Eugene", 2001, "Macro"), (4, "Dogwood", "Vermont", "Burlington", 1979, "Craft"),
        (5, "Elm", "Vermont", "Stowe", 2010, "Craft"), (6, "Fir", "Oregon", "Bend", 2012, "Macro"),
        (7, "Gum", "Vermont", "Burlington", 1990, "Macro"), (8, "Hazel", "Maine", "Portland", 1965, "Craft"),
    ]
    ratings = [(1, 4.5, 6.1), (2, 3.9, 5.2), (3, 4.2, 4.8), (4, 4.8, 7.0), (5, 4.1, 5.5), (6, 3.5, 4.2),
               (7, 4.4, 6.6), (8, 4.6, 5.9)]
    months = []
    for y in range(2018, 2022):
        for mo in range(1, 13):
            months.append((f"{y}-{mo:02d}-01", 100 + (y - 2018) * 10 + ((mo * 7) % 12), 5 + (y % 5) + mo / 10))
    return make_db(path, f"""
    CREATE TABLE breweries (brewery_id INTEGER PRIMARY KEY, name TEXT, state TEXT, town TEXT,
                            established INTEGER, category TEXT);
    CREATE TABLE ratings (brewery_id INTEGER PRIMARY KEY REFERENCES breweries(brewery_id), score REAL, abv REAL);
    CREATE TABLE index_monthly (month DATE PRIMARY KEY, level REAL, earnings REAL);
    INSERT INTO breweries VALUES {", ".join(repr(b) for b in breweries)};
    INSERT INTO ratings VALUES {", ".join(repr(r) for r in ratings)};
    INSERT INTO index_monthly VALUES {", ".join(repr(m) for m in months)};
    """)


@pytest.fixture(scope="module")
def clinic_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("clinic") / "clinic.sqlite"
    return make_db(path, """
    CREATE TABLE clinics (clinic_id INTEGER PRIMARY KEY, clinic_name TEXT, town TEXT);
    CREATE TABLE therapists (therapist_id INTEGER PRIMARY KEY, full_name TEXT,
                             clinic_id INTEGER REFERENCES clinics(clinic_id), grade TEXT, hourly_cost REAL);
    CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, therapist_id INTEGER REFERENCES therapists(therapist_id),
                               appt_date TEXT, amount_paid REAL);
    INSERT INTO clinics VALUES (1,'Riverside','Leeds'),(2,'Hilltop','York'),(3,'Harbour','Hull');
    INSERT INTO therapists VALUES (1,'Ann Lee',1,'Junior',40),(2,'Bo Chan',1,'Junior',45),(3,'Cy Dunn',2,'Senior',70),
                                  (4,'Di Eve',1,'Junior',42),(5,'Ed Fox',3,'Senior',75);
    INSERT INTO appointments VALUES (1,1,'2024-01-05',50),(2,2,'2024-02-06',60),(3,3,'2024-03-07',80),
                                    (4,4,'2024-04-08',55),(5,5,'2024-05-09',90),(6,2,'2024-06-10',65);
    """)


def test_a_new_condition_on_the_column_a_ranking_was_kept_under_replaces_it(brew_db):
    c = Conv(brew_db)
    c.ask("How many breweries are in Oregon?")
    c.ask("Which Oregon town has the most breweries?")
    assert c.rows[0][0] == "Bend"
    c.ask("How many are in Vermont?")       # every Vermont brewery, not those of the Oregon town
    assert int(c.rows[0][0]) == 3
    c.ask("list them")
    assert sorted(r[0] for r in c.rows) == ["Dogwood", "Elm", "Gum"]
    c = Conv(brew_db)
    c.ask("Which Oregon town has the most breweries?")
    msg = declined(c, "How many of them are in Vermont?")       # 'them' and Vermont cannot both hold
    assert "state" in msg


def test_who_did_a_thing_to_the_rows_is_declined_when_the_column_holds_only_a_year(brew_db):
    c = Conv(brew_db)
    c.ask("What's the average established year of craft breweries?")
    msg = declined(c, "Who established the oldest one?")
    assert "established" in msg
    c = Conv(brew_db)
    c.ask("Which brewery was established first?")
    assert c.rows[0][0] == "Hazel"


def test_which_of_those_years_had_the_highest_keeps_one(brew_db):
    c = Conv(brew_db)
    c.ask("Average earnings per year from 2018 to 2021")
    assert len(c.rows) == 4
    c.ask("which of those years had the highest?")
    want = rows(brew_db, "SELECT strftime('%Y', month) y FROM index_monthly GROUP BY y ORDER BY AVG(earnings) DESC LIMIT 1")
    assert len(c.rows) == 1 and str(c.rows[0][0]) == want[0][0]


def test_a_ranking_word_after_one_figure_ranks_by_its_column_not_the_date(brew_db):
    c = Conv(brew_db)
    c.ask("What was the average level in 2020?")
    c.ask("and which month that year was the lowest?")
    want = rows(brew_db, "SELECT month FROM index_monthly WHERE month LIKE '2020%' ORDER BY level ASC LIMIT 1")
    assert len(c.rows) == 1 and c.rows[0][c.cols.index("month")] == want[0][0]


def test_which_rows_with_a_new_condition_after_a_figure_lists_them(brew_db):
    c = Conv(brew_db)
    c.ask("List craft breweries with a score above 4")
    c.ask("What's their average abv?")
    assert len(c.rows) == 1
    c.ask("Which craft breweries are in Vermont?")
    names = sorted(r[c.cols.index("name")] for r in c.rows)
    assert names == ["Dogwood", "Elm"]


def test_a_loose_word_for_a_property_of_the_rows_shown_is_declined(clinic_db):
    c = Conv(clinic_db)
    c.ask("Who is the most expensive junior?")
    assert c.rows[0][0] == "Bo Chan"
    msg = declined(c, "what's their annual salary?")        # what patients paid is no salary
    assert "salary" in msg


def _after_a_decline(c: Conv, declined_q: str, q: str):
    """Ask `q` after `declined_q` was declined (the session has no plan of that round)."""
    with pytest.raises(Engine.CannotAnswer):
        c.engine.answer(declined_q, "direct", c.prev)
    res = c.engine.answer(q, "direct", c.prev, skipped={"question": declined_q, "answered": False, "follows": True})
    out = c.src.execute(res.tasks[-1].sql, 1000, 10)
    return res, out.rows


def test_a_pronoun_after_a_declined_question_about_a_property_points_at_the_rows_before(clinic_db):
    c = Conv(clinic_db)
    c.ask("Who is the most expensive junior?")          # Bo Chan (therapist 2)
    res, got = _after_a_decline(c, "what's their annual salary?", "how many appointments did they have in 2024?")
    assert int(got[0][0]) == 2
    assert any(a["concept"] == "they" for a in res.assumptions)
    # a pronoun of another person or number, or a question that went on from the declined one, is
    # still declined
    with pytest.raises(Engine.CannotAnswer, match="not answered"):
        c.engine.answer("how many appointments did it have?", "direct", c.prev,
                        skipped={"question": "what's their annual salary?", "answered": False, "follows": True})
    with pytest.raises(Engine.CannotAnswer, match="not answered"):
        c.engine.answer("how many appointments did they have?", "direct", c.prev,
                        skipped={"question": "how many of those are on leave?", "answered": False, "follows": True})
    with pytest.raises(Engine.CannotAnswer, match="not answered"):      # another declined round between
        c.engine.answer("how many appointments did they have?", "direct", c.prev,
                        skipped={"question": "what's their annual salary?", "answered": False, "follows": False})


def test_a_value_of_two_tables_is_on_the_table_the_question_names_for_its_date(tmp_path):
    db = make_db(tmp_path / "jobs.sqlite", """
    CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, status TEXT, job_date TEXT);
    CREATE TABLE job_log (log_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs(job_id), status TEXT,
                          changed_at TEXT);
    INSERT INTO jobs VALUES (1,'done','2024-03-01'),(2,'done','2023-12-30'),(3,'open','2024-05-01');
    INSERT INTO job_log VALUES (1,1,'done','2024-03-02'),(2,2,'done','2024-01-02'),(3,3,'open','2024-05-01');
    """)
    c = Conv(db)
    c.ask("how many done jobs did we have in 2024?")
    assert int(c.rows[0][0]) == 1
