"""Names as people type them, and figures said once for several. 'Estée Lauder' and 'Estee Lauder'
name the value 'Estée Lauder Companies (The)' (accents folded, 'Companies (The)' a suffix like
'Inc.'); in auto_breakdown, 'average dividend yield and average P/E by sector' groups both figures."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine.breakdown import split
from c2q_shell.server.engine.text import tokenize


@pytest.fixture(scope="module")
def brands_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("brands") / "brands.sqlite", """
    CREATE TABLE brands (brand_id INTEGER PRIMARY KEY, name TEXT, sector TEXT, pe_ratio REAL, yield_pct REAL);
    INSERT INTO brands VALUES (1, 'Estée Lauder Companies (The)', 'Staples', 31.5, 1.2),
      (2, 'Nestlé S.A.', 'Staples', 22.0, 2.9), (3, 'Crédit Agricole', 'Financials', 7.1, 6.0),
      (4, 'Müller Group', 'Staples', 15.0, 3.1), (5, 'Apex Bank Inc.', 'Financials', 9.0, 4.4);
    """)


def test_accents_are_folded_both_ways(brands_db):
    assert [t.text for t in tokenize("Estée, Nestlé and Müller")] == ["estee", ",", "nestle", "and", "muller"]
    for q in ("what is the P/E of Estée Lauder?", "what is the P/E of Estee Lauder?"):
        c = Conv(brands_db).ask(q)
        assert c.col("pe_ratio") == ["31.5"], q
    c = Conv(brands_db).ask("what is the P/E of Credit Agricole?")
    assert c.col("pe_ratio") == ["7.1"]


def test_a_figure_said_once_for_several_groups_them_all(brands_db):
    assert split("average yield pct and average P/E by sector") == \
        ("", ["average yield pct by sector", "average P/E by sector"])
    # a listing is never grouped by the grouping of the figure after it
    assert split("list the brands in Staples and the average P/E by sector")[1][0] == "list the brands in Staples"
    c = Conv(brands_db).ask("average yield pct and average P/E by sector", mode="auto_breakdown")
    assert len(c.res.tasks) == 2 and all("GROUP BY" in t.sql for t in c.res.tasks)
    # 'by' after a ranking orders the ranking: nothing is grouped by it
    assert split("the number of brands, their average P/E, and the 3 largest by yield pct")[1][:2] == \
        ["the number of brands", "their average P/E"]
