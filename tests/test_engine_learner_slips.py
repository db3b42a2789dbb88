"""A learner's slips: 'how much companies' (a table's plural noun with no money column) is 'how many
companies', stated; 'which sector have the most?' asks for one sector (the singular noun after
'which'), the plural verb a slip."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    firms = ", ".join(f"({i}, 'Firm {i}', '{('Energy', 'Tech', 'Retail')[i % 3 if i < 20 else 1]}', {1850 + i * 3})"
                      for i in range(1, 30))
    return make_db(tmp_path_factory.mktemp("firms") / "firms.sqlite", f"""
    CREATE TABLE companies (company_id INTEGER PRIMARY KEY, name TEXT, sector TEXT, founded INTEGER);
    INSERT INTO companies VALUES {firms};
    """)


def test_how_much_before_a_plural_noun_counts_its_rows(firms_db):
    c = Conv(firms_db).ask("how much companies are in each sector?")
    assert sorted((a, int(b)) for a, b in c.rows) == sorted(
        rows(firms_db, "SELECT sector, COUNT(*) FROM companies GROUP BY sector"))
    assert any("how many companies" in a["explanation"] for a in c.res.assumptions)
    c.ask("which sector have the most?")
    assert [r[0] for r in c.rows] == ["Tech"]
