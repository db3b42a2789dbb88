"""'Top 3 defect types by quantity' → 'Leaks on line 1 by month': a question naming its own rows (a
value) and a grouping, with no pointer, after an answer cut to its top N is never silently a filter
of those N rows: declined, naming the grouping."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def defects_db(tmp_path_factory):
    kinds = ("Leak", "Crack", "Label", "Cap")
    defects = ", ".join(f"({i}, '{kinds[i % 4]}', {1 + i % 5}, '2024-{1 + i % 6:02d}-{1 + i % 27:02d}', "
                        f"'{'Lab' if i % 3 else 'Line'}')" for i in range(1, 60))
    return make_db(tmp_path_factory.mktemp("defects") / "defects.sqlite", f"""
    CREATE TABLE defects (defect_id INTEGER PRIMARY KEY, defect_type TEXT, qty INTEGER, found_on TEXT,
                          found_by TEXT);
    INSERT INTO defects VALUES {defects};
    """)


def test_own_rows_grouped_after_a_top_n_is_declined(defects_db):
    c = Conv(defects_db)
    c.ask("Top 3 defects by qty")
    assert "top 3" in declined(c, "Leaks by month")


def test_own_rows_grouped_with_no_cut_before_is_answered(defects_db):
    c = Conv(defects_db)
    c.ask("how many defects were found by the lab?")
    c.ask("Leaks by month")
    assert c.rows                                   # (kept to the lab's: no cut before)
