"""Conversation context: what a follow-up continues. A round the engine declined leaves a mark
in the session, and a question that continues an answer after it is declined (it would otherwise
run on the round before); a question of its own still answers."""
from __future__ import annotations

import json

import pytest
from test_engine import Conv, declined, make_db
from test_llm import llm, serve  # noqa: F401  (the scripted LLM service)

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def crew_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("crew") / "crew.sqlite"
    rows = ", ".join(f"({i}, 'P{i}', {20 + i * 3 % 40}, '{('north', 'south', 'east')[i % 3]}', "
                     f"'202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}', {i * 7 % 50})" for i in range(1, 31))
    return make_db(path, f"""
    CREATE TABLE pilots (pilot_id INTEGER PRIMARY KEY, pilot_name TEXT, age INTEGER, base TEXT,
                         joined_on TEXT, flight_hours INTEGER);
    INSERT INTO pilots VALUES {rows};
    """)


def after_declined(c: Conv, question: str, declined: str = "what is the weather on Mars?"):
    """`question` asked right after a round the engine declined (as the server passes it)."""
    with pytest.raises(Engine.CannotAnswer):
        c.engine.answer(declined, "direct", c.prev)
    return c.engine.answer(question, "direct", c.prev, skipped={"question": declined, "answered": False})


@pytest.mark.parametrize("question", [
    "show their ages as well",            # a pronoun
    "which base had the highest?",        # a ranking of the previous measure
    "just the top 3",                     # a limit of the previous answer
    "by base",                            # a grouping of it
    "and in 2024?",                       # a continuation
    "do the same for the south",
])
def test_a_follow_up_after_a_declined_round_is_declined(crew_db, question):
    c = Conv(crew_db)
    c.ask("how many pilots have an age above 40?")
    with pytest.raises(Engine.CannotAnswer) as e:
        after_declined(c, question)
    assert "was not answered" in str(e.value) and "ask the whole question" in str(e.value)


def test_a_question_of_its_own_after_a_declined_round_answers(crew_db):
    c = Conv(crew_db)
    c.ask("how many pilots have an age above 40?")
    res = after_declined(c, "how many pilots are based in the north?")
    rows = c.src.execute(res.tasks[-1].sql, 100, 10).rows
    assert int(rows[0][0]) == 10                   # not only the pilots older than 40


def test_the_server_marks_a_declined_round_and_declines_its_follow_up(api):
    sid = api.session("shop")
    assert api.ask(sid, "list the customers in the UK")["status"] == "done"
    assert api.ask(sid, "what is the weather in London today?")["status"] == "failed"
    job = api.ask(sid, "show their cities as well")         # 'their' would be the UK customers of round 1
    assert job["status"] == "failed" and "was not answered" in job["reason"] and "'their'" in job["reason"]
    states = list(api.app.store.rounds(sid).values())
    assert [s["answered"] for s in states] == [True, False, False]
    job = api.ask(sid, "how many customers are in the USA?")        # a question of its own
    assert job["status"] == "done" and job["result"]["data"]["rows"] == [["3"]]
    job = api.ask(sid, "list their names")                  # follows the answered round again
    assert job["status"] == "done" and len(job["result"]["data"]["rows"]) == 3


def test_the_llm_engine_is_told_a_round_was_not_answered(tmp_path, data_dir, llm):  # noqa: F811
    fake, url = llm
    with serve(tmp_path, data_dir, url, engine="hybrid") as api:
        sid = api.session("shop")
        assert api.ask(sid, "list the customers in the UK")["status"] == "done"       # the rules engine
        fake.replies.append(json.dumps({"sql": "", "reason": "no weather data"}))
        assert api.ask(sid, "what is the weather in London today?")["status"] == "failed"
        fake.replies.append(json.dumps({"sql": "SELECT name, city FROM customers WHERE country = 'UK'"}))
        api.ask(sid, "show their cities as well")       # declined by the rules engine, sent to the LLM
        msgs = fake.requests[-1]["messages"]
        assert msgs[3] == {"role": "user", "content": "what is the weather in London today?"}
        assert json.loads(msgs[4]["content"]) == {"sql": None, "note": "not answered"}


@pytest.fixture(scope="module")
def market_db(tmp_path_factory):
    """A monthly index (one date per month) and trades with two dates of their own."""
    path = tmp_path_factory.mktemp("market") / "market.sqlite"
    months = ", ".join(f"('{2020 + i // 12}-{1 + i % 12:02d}-01', {100 + (i * 37) % 90}, {round(10 + (i * 13) % 17 * 0.5, 1)})"
                       for i in range(48))
    trades = ", ".join(f"({i}, '{2021 + i % 3}-{1 + i % 12:02d}-{1 + i % 27:02d}', "
                       f"'{2021 + i % 3}-{1 + (i + 1) % 12:02d}-{1 + i % 27:02d}', {i * 11 % 70 + 5})" for i in range(1, 61))
    return make_db(path, f"""
    CREATE TABLE index_levels (month TEXT, level REAL, yield_pct REAL);
    INSERT INTO index_levels VALUES {months};
    CREATE TABLE trades (trade_id INTEGER PRIMARY KEY, opened_on TEXT, settled_on TEXT, amount REAL);
    INSERT INTO trades VALUES {trades};
    """)


def test_that_month_takes_the_time_of_the_previous_answer(market_db):
    c = Conv(market_db)
    c.ask("When did the level first go above 180?")
    month = c.rows[0][c.cols.index("month")]
    c.ask("What was the yield pct that month?")
    assert len(c.rows) == 1 and float(c.col("yield_pct")[0]) == one(
        market_db, f"SELECT yield_pct FROM index_levels WHERE month = '{month}'")
    c.ask("what was the average level that year?")      # the same time, now at the grain of a year
    assert float(c.rows[0][0]) == pytest.approx(one(
        market_db, f"SELECT AVG(level) FROM index_levels WHERE month LIKE '{month[:4]}%'"))


def test_that_year_takes_the_period_the_previous_answer_kept(market_db):
    c = Conv(market_db)
    c.ask("what was the average level in 2022?")
    c.ask("what was the highest yield pct that year?")
    assert float(c.rows[0][0]) == one(market_db, "SELECT MAX(yield_pct) FROM index_levels WHERE month LIKE '2022%'")


def test_a_time_pointer_with_no_one_time_to_point_at_is_declined(market_db):
    msg = str(declined(Conv(market_db), "What was the yield pct that month?"))     # no earlier answer
    assert "'that month'" in msg and "no" in msg
    c = Conv(market_db)
    c.ask("list the months with a level above 150")                  # many months, not one
    assert "'that month'" in str(declined(c, "What was the yield pct that month?"))
    c = Conv(market_db)
    c.ask("When did the level first go above 180?")
    # trades have two dates: which one 'that year' is said of is not clear
    assert "not clear" in str(declined(c, "how many trades were there that year?"))


@pytest.fixture(scope="module")
def consign_db(tmp_path_factory):
    """Two date columns that a bare 'month' names alike (SentDt, RecvDt)."""
    path = tmp_path_factory.mktemp("consign") / "consign.sqlite"
    rows = ", ".join(f"({i}, '2024-{1 + i % 12:02d}-{1 + i % 27:02d}', '2024-{1 + (i * 5) % 12:02d}-{1 + i % 27:02d}', "
                     f"{i * 1.5})" for i in range(1, 80))
    return make_db(path, f"""
    CREATE TABLE consignments (cons_id INTEGER PRIMARY KEY, SentDt TEXT, RecvDt TEXT, WeightKg REAL);
    INSERT INTO consignments VALUES {rows};
    """)


def test_which_month_had_the_highest_keeps_the_date_column_of_the_previous_answer(consign_db):
    c = Conv(consign_db)
    c.ask("number of consignments per month in 2024")
    col = "SentDt" if "SentDt" in c.sql else "RecvDt"
    other = {"SentDt": "RecvDt", "RecvDt": "SentDt"}[col]
    c.ask("which month had the highest?")
    assert col in c.sql and other not in c.sql
    assert int(c.rows[0][1]) == one(consign_db, f"SELECT COUNT(*) AS n FROM consignments WHERE {col} LIKE "
                                                f"'{c.rows[0][0]}%'") == one(
        consign_db, f"SELECT COUNT(*) AS n FROM consignments GROUP BY strftime('%m', {col}) ORDER BY n DESC LIMIT 1")


def one(path, sql: str):
    import sqlite3
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchone()[0]


@pytest.fixture(scope="module")
def boxes_db(tmp_path_factory):
    """Boxes have no date; the delivery each belongs to has one. Tools have no date anywhere."""
    path = tmp_path_factory.mktemp("boxes") / "boxes.sqlite"
    deliveries = ", ".join(f"({i}, '2024-{1 + i % 12:02d}-{1 + i % 27:02d}')" for i in range(1, 21))
    boxes = ", ".join(f"({i}, {1 + i % 20}, {round(1 + (i * 7) % 31 * 0.75, 2)})" for i in range(1, 61))
    return make_db(path, f"""
    CREATE TABLE deliveries (delivery_id INTEGER PRIMARY KEY, delivered_on TEXT);
    CREATE TABLE boxes (box_id INTEGER PRIMARY KEY, delivery_id INTEGER REFERENCES deliveries(delivery_id),
                        weight_kg REAL);
    CREATE TABLE tools (tool_id INTEGER PRIMARY KEY, tool_name TEXT, price REAL);
    INSERT INTO deliveries VALUES {deliveries};
    INSERT INTO boxes VALUES {boxes};
    INSERT INTO tools VALUES (1, 'saw', 12.5), (2, 'drill', 80), (3, 'hammer', 9);
    """)


def test_when_was_that_shows_the_date_of_the_row_the_previous_answer_found(boxes_db):
    c = Conv(boxes_db)
    c.ask("which box was the heaviest?")
    c.ask("when was that?")         # the date of the delivery the box belongs to
    assert c.col("delivered_on") == [one(boxes_db, "SELECT d.delivered_on FROM boxes b JOIN deliveries d ON "
                                                   "d.delivery_id = b.delivery_id ORDER BY b.weight_kg DESC, b.box_id LIMIT 1")]
    c = Conv(boxes_db)
    c.ask("which tool is the most expensive?")
    assert "date" in declined(c, "when was that?")       # never the same row again


def test_and_when_adds_the_date_of_the_row_found(market_db):
    c = Conv(market_db)
    c.ask("What was the highest yield pct ever, and when?")
    assert len(c.rows) == 1 and c.col("month") == [one(
        market_db, "SELECT month FROM index_levels ORDER BY yield_pct DESC, month LIMIT 1")]
    assert "'and when'" in declined(Conv(market_db), "list the trades with an amount over 50, and when?")


def test_list_the_ones_after_counts_per_group_lists_the_rows_counted(crew_db):
    c = Conv(crew_db)
    c.ask("how many pilots joined each year?")
    c.ask("list the ones based in the north")
    assert sorted(c.rows) == sorted(
        [r[0]] for r in _all(crew_db, "SELECT pilot_name FROM pilots WHERE base = 'north'"))


def test_the_biggest_of_them_is_one_row_in_the_direction_it_says(crew_db):
    c = Conv(crew_db)
    c.ask("which pilots are based in the north?")
    c.ask("What's the biggest of them by flight hours?")
    assert c.col("pilot_name") == [one(crew_db, "SELECT pilot_name FROM pilots WHERE base = 'north' "
                                                "ORDER BY flight_hours DESC, pilot_name LIMIT 1")]
    c.ask("and the smallest of the north ones by age?")
    assert c.col("pilot_name") == [one(crew_db, "SELECT pilot_name FROM pilots WHERE base = 'north' "
                                                "ORDER BY age, pilot_name LIMIT 1")]
    c = Conv(crew_db)
    c.ask("which pilot is the smallest by flight hours?")       # a question of its own, too
    assert c.col("pilot_name") == [one(crew_db, "SELECT pilot_name FROM pilots ORDER BY flight_hours, pilot_name "
                                                "LIMIT 1")]


def _all(path, sql: str):
    import sqlite3
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


@pytest.mark.parametrize("follow", ["do the same for the south and the east", "what about south and east?"])
def test_the_same_for_two_values_is_one_row_for_each(crew_db, follow):
    c = Conv(crew_db)
    c.ask("what's the average flight hours in the north?")
    c.ask(follow)           # one answer, a row for each value (not one figure for both together)
    assert len(c.res.tasks) == 1 and sorted((r[0], float(r[1])) for r in c.rows) == sorted(
        (b, pytest.approx(one(crew_db, f"SELECT AVG(flight_hours) FROM pilots WHERE base = '{b}'")))
        for b in ("south", "east"))


@pytest.fixture(scope="module")
def owners_db(tmp_path_factory):
    """People and their animals through a link table (a person can own a dog and a cat)."""
    path = tmp_path_factory.mktemp("owners") / "owners.sqlite"
    return make_db(path, """
    CREATE TABLE people (person_id INTEGER PRIMARY KEY, first_name TEXT, age INTEGER);
    CREATE TABLE animals (animal_id INTEGER PRIMARY KEY, animal_type TEXT, weight REAL);
    CREATE TABLE owns (person_id INTEGER REFERENCES people(person_id), animal_id INTEGER REFERENCES animals(animal_id));
    INSERT INTO people VALUES (1,'Ann',30),(2,'Bob',41),(3,'Cid',25),(4,'Dee',52);
    INSERT INTO animals VALUES (1,'dog',12),(2,'cat',4),(3,'dog',20),(4,'cat',3),(5,'bird',1);
    INSERT INTO owns VALUES (1,1),(1,2),(2,3),(3,4),(4,5);
    """)


def test_a_value_added_with_too_never_replaces_the_earlier_one(owners_db, crew_db):
    c = Conv(owners_db)
    c.ask("What are the names of people who have a dog?")
    msg = declined(c, "And a cat too?")                # both (Ann) or either: not said; never only the cats
    assert "'too'" in msg and "both" in msg
    c = Conv(crew_db)
    c.ask("which pilots are based in the north?")
    assert "'too'" in declined(c, "and the ones in the south too?")


def test_compare_with_another_value_shows_both(crew_db):
    c = Conv(crew_db)
    c.ask("What's P3's flight hours?")
    c.ask("How does that compare with P5's?")
    assert sorted(c.col("pilot_name")) == ["P3", "P5"]
    c = Conv(crew_db)
    c.ask("what's the average flight hours in the north?")
    c.ask("how does that compare with the south?")        # one answer, a row for each
    assert len(c.res.tasks) == 1 and sorted((r[0], float(r[1])) for r in c.rows) == [
        (b, pytest.approx(one(crew_db, f"SELECT AVG(flight_hours) FROM pilots WHERE base = '{b}'")))
        for b in ("north", "south")]


def test_a_bare_number_replaces_the_one_number_condition_it_can_stand_for(crew_db, market_db):
    c = Conv(crew_db)
    c.ask("how many pilots joined in 2023?")
    c.ask("what about 2024?")                               # a year: the one-year period moves
    assert int(c.rows[0][0]) == one(crew_db, "SELECT COUNT(*) FROM pilots WHERE joined_on LIKE '2024%'")
    c = Conv(market_db)
    c.ask("When did the level first go above 150?")
    c.ask("and 180?")                                       # the value of the comparison
    assert c.col("month") == [one(market_db, "SELECT MIN(month) FROM index_levels WHERE level > 180")]
    c = Conv(crew_db)
    c.ask("how many pilots joined in 2023 with flight hours above 20?")
    declined(c, "and 2024?")                                # the year or the hours: not said
    c = Conv(crew_db)
    c.ask("how many pilots have flight hours above 20?")
    declined(c, "and 50000?")                               # not of the threshold's magnitude


@pytest.mark.parametrize("question", ["break that down by base", "what's the average age in each?",
                                      "show that again by base"])
def test_a_question_that_works_on_an_earlier_answer_with_none_is_declined(crew_db, question):
    msg = declined(Conv(crew_db), question)
    assert "earlier answer" in msg and "ask the whole question" in msg


def test_context_over_mysql(mysql_url, tmp_path):
    """The same rules on MariaDB: a declined round marks the session, a time pointer compiles."""
    from conftest import Api, start_server
    srv = start_server(tmp_path, [mysql_url])
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("shop")["status"] == "done"
        sid = api.session("shop")
        assert api.ask(sid, "list the customers in the UK")["status"] == "done"
        assert api.ask(sid, "what is the weather in London today?")["status"] == "failed"
        job = api.ask(sid, "show their cities as well")
        assert job["status"] == "failed" and "was not answered" in job["reason"]
        job = api.ask(sid, "when was the first order above 100?")
        assert job["status"] == "done", job.get("reason")
        job = api.ask(sid, "how many orders were there that year?")       # 2022: orders 1 and 4
        assert job["status"] == "done" and job["result"]["data"]["rows"] == [["2"]], job
    finally:
        srv.stop()


def test_that_thing_is_never_dropped_nor_the_previous_answer_given_again(owners_db, crew_db):
    c = Conv(owners_db)
    c.ask("which dog is the heaviest?")
    assert "previous answer" in declined(c, "Who owns that dog?")      # not every dog's owner
    c.ask("what is its weight?")            # asks for what the answer shows: answered
    assert [float(w) for w in c.col("weight")] == [20.0]
    c = Conv(crew_db)
    c.ask("which pilot has the most flight hours?")
    msg = declined(c, "Who owns that one?")       # nothing here is owned: 'who' is not understood, or
    assert "previous answer again" in msg or "'who'" in msg     # the edit would change nothing


def test_the_one_thing_a_question_names_is_never_every_row(crew_db):
    c = Conv(crew_db)
    c.ask("which pilot has the most flight hours?")
    assert "'the pilot'" in declined(c, "what did the pilot fly?")     # one pilot, not the whole table
    c = Conv(crew_db)
    c.ask("list the pilot names")                                       # a listing still lists
    assert len(c.rows) == 30


def test_which_one_by_a_row_measure_after_counts_per_group_is_declined(crew_db):
    c = Conv(crew_db)
    c.ask("how many pilots are in each base?")
    msg = declined(c, "Which one is the biggest by flight hours?")      # a base (by which total?) or a pilot
    assert "flight_hours" in msg and "base" in msg
    c.ask("which base has the highest average flight hours?")           # said: answered
    assert len(c.rows) == 1


def test_the_same_year_as_something_is_not_the_previous_answers_year(market_db):
    c = Conv(market_db)
    c.ask("When did the level first go above 180?")
    with pytest.raises(Engine.CannotAnswer):          # a comparison of its own, not 'that year'
        c.ask("how many trades were opened in the same year as trade 5?")


def test_what_about_two_values_after_a_grouped_figure_keeps_them_apart(crew_db):
    c = Conv(crew_db)
    c.ask("average flight hours per year of joined on in the north")
    res = c.engine.answer("what about south and east?", "direct", c.prev)
    assert res.kind == "breakdown" and len(res.tasks) == 2
    assert "'south'" in res.tasks[0].sql and "'east'" in res.tasks[1].sql


def test_the_year_before_moves_the_one_period_of_the_previous_answer(crew_db):
    c = Conv(crew_db)
    c.ask("how many pilots joined in 2023?")
    c.ask("and the year before?")
    assert int(c.rows[0][0]) == one(crew_db, "SELECT COUNT(*) FROM pilots WHERE joined_on LIKE '2022%'")
    c = Conv(crew_db)
    c.ask("how many pilots joined in March 2023?")
    c.ask("what about the previous month?")
    assert int(c.rows[0][0]) == one(crew_db, "SELECT COUNT(*) FROM pilots WHERE joined_on LIKE '2023-02%'")
    declined(c, "and the year before?")           # the previous answer is one month, not one year


@pytest.fixture(scope="module")
def staff_db(tmp_path_factory):
    """'titles' names three columns alike (first_name, job_title, dept_name)."""
    path = tmp_path_factory.mktemp("staff") / "staff.sqlite"
    titles, depts = ["Data Analyst", "Financial Analyst", "Engineer", "Manager"], ["Finance", "Legal", "Sales"]
    rows = ", ".join(f"({i}, 'N{i % 7}', '{titles[i % 4]}', '{depts[i % 3]}', {1000 + i * 37 % 500})" for i in range(1, 41))
    return make_db(path, f"""
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, first_name TEXT, job_title TEXT, dept_name TEXT, salary REAL);
    INSERT INTO staff VALUES {rows};
    """)


def test_a_word_naming_several_columns_is_the_one_the_previous_answer_used(staff_db):
    c = Conv(staff_db)
    c.ask("How many analysts do we have?")
    c.ask("break that down by job title")
    c.ask("what's the average salary for each of those titles?")
    assert sorted((r[0], round(float(r[1]), 6)) for r in c.rows) == sorted(
        (t, round(a, 6)) for t, a in _all(staff_db, "SELECT job_title, AVG(salary) FROM staff WHERE job_title "
                                                    "LIKE '%Analyst%' GROUP BY job_title"))


def test_the_server_passes_a_pronoun_past_a_declined_question_about_a_property(api):
    sid = api.session("shop")
    assert api.ask(sid, "list the customers in the UK")["status"] == "done"
    assert api.ask(sid, "what's their favourite colour?")["status"] == "failed"
    job = api.ask(sid, "how many orders did they place?")      # still the UK customers of round 1
    assert job["status"] == "done", job.get("reason")
    want = api.ask(api.session("shop"), "how many orders did customers in the UK place?")
    assert job["result"]["data"]["rows"] == want["result"]["data"]["rows"]
    sid = api.session("shop")
    assert api.ask(sid, "list the customers in the UK")["status"] == "done"
    assert api.ask(sid, "what is the weather in London today?")["status"] == "failed"
    assert api.ask(sid, "what's their favourite colour?")["status"] == "failed"
    job = api.ask(sid, "how many orders did they place?")      # two rounds without a plan between
    assert job["status"] == "failed" and "was not answered" in job["reason"]
