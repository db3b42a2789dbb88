"""Words that name a rate of change ('inflation' of a price index, the 'return' of an index) never
name the level of the column: the engine declines, naming the word, rather than ranking levels."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def prices_db(tmp_path_factory):
    months = ", ".join(f"('{1990 + i // 12}-{1 + i % 12:02d}-01', {100 + i * 0.3:.2f}, {300 + (i * 7) % 50})"
                       for i in range(0, 120))
    return make_db(tmp_path_factory.mktemp("prices") / "prices.sqlite", f"""
    CREATE TABLE price_history (month TEXT, cpi REAL, index_level REAL);
    INSERT INTO price_history VALUES {months};
    """)


def test_inflation_is_no_level_of_a_price_index(prices_db):
    for q in ("Which year had the highest inflation?", "What was the average inflation in the 1990s?",
              "What was the inflation in 1995?"):
        assert "inflation" in declined(Conv(prices_db), q), q
    # the level itself is still answered
    c = Conv(prices_db).ask("What was the average cpi in 1995?")
    assert "AVG" in c.sql.upper() and "cpi" in c.sql


def test_return_as_a_noun_is_a_change_no_rule_computed(prices_db):
    assert "return" in declined(Conv(prices_db), "Which year had the highest return of the index level?")
    c = Conv(prices_db).ask("Please return the month with the highest cpi")
    assert len(c.rows) == 1 and "cpi" in c.sql
