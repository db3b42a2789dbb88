"""The wrong answers of heldout_demo34, as general rules on a small schema of its own: a price
superlative 'compared with its earnings' ranks by the stored price-to-earnings ratio; the newest
rows 'in the index' joined it last; fragments after a decline ('top sector?', '… again') are
declined; a listing with a condition after a count keeps the count's conditions; two figures set
'vs' each other and ranked are declined; 'is X in there, and what …' shows X's figure."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, declined, make_db

from c2q_shell.server.engine import Engine

_SECTORS = ("Energy", "Utilities", "Staples")


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    firms = ", ".join(
        f"('F{i:02d}', 'Firm {i:02d}', '{_SECTORS[i % 3]}', '20{10 + i % 14:02d}-0{1 + i % 9}-15', {1900 + i * 3})"
        for i in range(1, 31))
    figures = ", ".join(
        f"('F{i:02d}', {10 + (i * 37) % 90}, {5 + (i * 13) % 70}, {round(0.01 * (i % 6), 2)}, "
        f"{20 + (i * 37) % 90 + i % 7}, {1000 * i})"
        for i in range(1, 31))
    return make_db(tmp_path_factory.mktemp("firms") / "firms.sqlite", f"""
        CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, sector TEXT, date_added DATE, founded INTEGER);
        INSERT INTO companies VALUES {firms};
        CREATE TABLE fundamentals (symbol TEXT PRIMARY KEY REFERENCES companies(symbol), price REAL,
                                   pe_ratio REAL, dividend_yield REAL, high_52w REAL, market_cap REAL);
        INSERT INTO fundamentals VALUES {figures};""")


def test_most_expensive_compared_with_earnings_ranks_by_the_stored_ratio(firms_db):
    c = Conv(firms_db).ask("Which energy company is the most expensive compared with its earnings?")
    assert "ORDER BY f.pe_ratio DESC" in c.sql and "ORDER BY f.price" not in c.sql


def test_cheapest_relative_to_a_figure_with_no_stored_ratio_is_declined(firms_db):
    why = declined(Conv(firms_db), "Which energy company is the cheapest compared with its dividend?")
    assert "Not understood: 'compared with its dividend'" in why


def test_newest_rows_in_the_index_joined_it_last(firms_db):
    c = Conv(firms_db).ask("Which are the three newest companies in the index?")
    assert "ORDER BY date_added DESC" in c.sql and "founded" not in c.sql


def test_oldest_company_in_the_index_is_still_the_one_founded_first(firms_db):
    try:
        c = Conv(firms_db).ask("Which is the oldest company in the index?")
    except Engine.CannotAnswer:         # right or declined: never the first to join
        return
    assert "date_added" not in c.sql


def test_a_bare_ranking_after_a_decline_is_declined(firms_db):
    c = Conv(firms_db)
    with pytest.raises(Engine.CannotAnswer):
        answered_after_a_decline(c, "avg pe by sector where zorbs > 100", "top sector?")


def test_again_after_a_decline_is_declined(firms_db):
    c = Conv(firms_db)
    with pytest.raises(Engine.CannotAnswer):
        answered_after_a_decline(c, "sector mix of the zorbs", "top 5 again excl energy")


def test_a_listing_with_a_condition_keeps_the_conditions_of_the_count(firms_db):
    c = Conv(firms_db).ask("how many companies have a pe above 50?")
    c.ask("by sector").ask("names in Energy")
    assert "pe_ratio > 50" in c.sql and "'Energy'" in c.sql and "COUNT" not in c.sql


def test_two_figures_set_against_each_other_and_ranked_are_declined(firms_db):
    why = declined(Conv(firms_db), "price vs market cap, bottom 3")
    assert "versus" in why


def test_a_named_row_in_there_shows_its_figure(firms_db):
    c = Conv(firms_db).ask("Which energy company has the highest price?")
    top = c.rows[0][0]
    other = next(f"Firm {i:02d}" for i in range(3, 31, 3) if f"Firm {i:02d}" != top)
    c.ask(f"Is {other} in there, and what does it yield?")
    assert len(c.rows) == 1 and "dividend_yield" in c.cols
