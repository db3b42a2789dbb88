"""General rules found on the batch-14 held-out sets, each checked on a schema of its own: a
follow-up whose verb says one row, a share of an amount, a figure that is missing. Right or
declined, never another answer."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("firms") / "firms.sqlite", """
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, region TEXT, headcount INTEGER,
                        dividend_yield REAL, revenue REAL);
    INSERT INTO firms VALUES (1,'Alder','North',120,0.031,75e6),(2,'Birch','North',80,0.052,40e6),
                             (3,'Cedar','North',200,0.012,120e6),(4,'Damson','South',60,0.044,60),
                             (5,'Elm','South',90,NULL,95e6);
    """)


def test_which_of_them_with_a_singular_verb_is_one_row(firms_db):
    c = Conv(firms_db)
    c.ask("Which firms are in the North region?")
    c.ask("sort them by headcount, biggest first")
    c.ask("which of them offers the highest dividend yield?")
    assert [r[0] for r in c.rows] == ["Birch"]
    assert [r[0] for r in c.rows] == [r[0] for r in rows(
        firms_db, "SELECT firm_name FROM firms WHERE region = 'North' ORDER BY dividend_yield DESC LIMIT 1")]


def test_no_figure_of_a_column_is_a_missing_figure_not_a_zero(firms_db):
    c = Conv(firms_db)
    c.ask("how many firms have no dividend yield figure at all?")
    assert int(c.rows[0][0]) == rows(firms_db, "SELECT COUNT(*) FROM firms WHERE dividend_yield IS NULL")[0][0]
    assert "= 0" not in c.sql


def test_a_scale_word_after_a_range_scales_both_ends(firms_db):
    c = Conv(firms_db)
    c.ask("firms with revenue between 50 and 100 million")
    assert sorted(r[0] for r in c.rows) == sorted(r[0] for r in rows(
        firms_db, "SELECT firm_name FROM firms WHERE revenue BETWEEN 50000000 AND 100000000"))
    assert len(c.rows) == 2


def test_a_share_of_rows_by_a_measure_is_a_share_of_its_total(firms_db):
    c = Conv(firms_db)
    c.ask("what share of firms by revenue is in each region?")
    got = {r[0]: round(float(r[1]), 6) for r in c.rows}
    ref = rows(firms_db, "SELECT region, 100.0 * SUM(revenue) / (SELECT SUM(revenue) FROM firms) FROM firms "
                         "GROUP BY region")
    assert got == {r[0]: round(r[1], 6) for r in ref}


def test_one_as_the_thing_a_row_has_is_declined(firms_db):
    c = Conv(firms_db)
    reason = declined(c, "which firms have one?")
    assert "'one'" in reason
    c = Conv(firms_db)
    c.ask("Which firms are in the North region?")
    c.ask("which one has the highest revenue?")          # 'which one' still names no quantity
    assert [r[0] for r in c.rows] == ["Cedar"]


def test_its_after_rows_named_in_the_plural_points_at_an_earlier_answer(firms_db):
    c = Conv(firms_db)
    reason = declined(c, "how many firms are based in its region?")
    assert "'its'" in reason
    c.ask("which firm has its revenue above 100 million?")     # 'its' of the firm named just before
    assert [r[0] for r in c.rows] == ["Cedar"]
    c = Conv(firms_db)
    c.ask("show each of the firms and its region")          # 'its' of each firm, one by one
    assert len(c.rows) == 5
