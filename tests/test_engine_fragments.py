"""Terse changes typed as fragments ('by plan', 'cardiology only', 'with weight too', 'exclude lost
ones', 'amount?'): each continues an earlier answer. After a declined round, or with no earlier
round, they are declined (read on their own each would list a whole table); a terse question that
says what it asks for still answers."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows
from test_engine_context import after_declined

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def subs_db(tmp_path_factory):
    plans = "(1, 'Basic', 10), (2, 'Team', 30), (3, 'Enterprise', 90)"
    accts = ", ".join(f"({i}, 'Acct {i}', '{('France', 'Chile', 'Japan')[i % 3]}', {1 + i % 3}, "
                      f"'{('active', 'lost', 'paused')[i % 3 if i % 5 else 0]}', {i * 13 % 70}.5)" for i in range(1, 41))
    return make_db(tmp_path_factory.mktemp("subs") / "subs.sqlite", f"""
    CREATE TABLE plans (plan_id INTEGER PRIMARY KEY, plan_name TEXT, price_usd REAL);
    CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, account_name TEXT, country TEXT,
                           plan_id INTEGER REFERENCES plans(plan_id), status TEXT, amount REAL);
    INSERT INTO plans VALUES {plans};
    INSERT INTO accounts VALUES {accts};
    """)


def text(rs) -> list:
    return sorted(tuple(str(float(v)) if isinstance(v, (int, float)) or v.replace(".", "").isdigit() else v
                        for v in r) for r in rs)


FRAGMENTS = ["by plan", "amount?", "status?", "France only", "with amount too", "exclude lost accounts",
             "per country", "France only, by plan", "when was the last one added?", "show the plan names too",
             "how many per country?"]


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_a_fragment_after_a_declined_round_is_declined(subs_db, fragment):
    c = Conv(subs_db)
    c.ask("how many accounts are paused?")
    with pytest.raises(Engine.CannotAnswer) as e:
        after_declined(c, fragment, "how many seats did each account renew?")
    assert "was not answered" in str(e.value) and "nothing to point at" in str(e.value)


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_a_fragment_as_the_first_question_is_declined(subs_db, fragment):
    with pytest.raises(Engine.CannotAnswer) as e:
        Conv(subs_db).ask(fragment)
    assert "earlier answer" in str(e.value)


def test_terse_questions_that_say_what_they_ask_still_answer(subs_db):
    c = Conv(subs_db)
    c.ask("For each country, how many accounts are there?")
    assert text(c.rows) == text(rows(subs_db, "SELECT country, COUNT(*) FROM accounts GROUP BY country"))
    c = Conv(subs_db).ask("total amount by status")
    assert text(c.rows) == text(rows(subs_db, "SELECT status, SUM(amount) FROM accounts GROUP BY status"))
    c = Conv(subs_db)
    c.ask("how many accounts are paused?")
    c.ask("by country")                              # after an answer, a grouping of it
    assert text(c.rows) == text(rows(subs_db, "SELECT country, COUNT(*) FROM accounts WHERE status = 'paused' "
                                              "GROUP BY country"))


def test_a_count_of_what_it_names_is_a_question_of_its_own(tmp_path):
    pets = ", ".join(f"({i}, 'P{i}', '{('Dog', 'Cat', 'Rabbit')[i % 3]}', {i % 15})" for i in range(1, 31))
    db = make_db(tmp_path / "pets.sqlite", f"""
    CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, pet_name TEXT, species TEXT, age INTEGER);
    INSERT INTO pets VALUES {pets};
    """)
    c = Conv(db)
    c.ask("which pet is the oldest?")
    c.ask("How many dogs are there?")              # every dog, not the dogs among the one oldest pet
    assert int(c.rows[0][0]) == rows(db, "SELECT COUNT(*) FROM pets WHERE species = 'Dog'")[0][0]
    c.ask("list the pets older than 10")
    c.ask("how many of them are dogs?")            # 'of them': the previous answer's rows
    assert int(c.rows[0][0]) == rows(db, "SELECT COUNT(*) FROM pets WHERE species = 'Dog' AND age > 10")[0][0]


def test_a_word_that_points_back_is_named_once(subs_db):
    """'what's its amount?' after a declined round: 'its' is found by two rules (a pronoun, and a
    word pointing back); the reason names it once."""
    c = Conv(subs_db)
    c.ask("how many accounts are paused?")
    with pytest.raises(Engine.CannotAnswer) as e:
        after_declined(c, "what's its amount?", "who is the CEO of Acct 3?")
    assert "'its' has nothing to point at" in str(e.value)
    assert e.value.words.count("its") == 1
