"""'How many X in A, and how many in B?' asks one count for each value named: a row for each value
of their column; counts of rows that differ otherwise (values of two columns) are declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    firms = ", ".join(f"({i}, 'Firm {i}', '{['Ohio', 'Iowa', 'Utah', 'Ohio'][i % 4]}', "
                      f"'{['Retail', 'Energy', 'Retail'][i % 3]}')" for i in range(1, 41))
    return make_db(tmp_path_factory.mktemp("firms") / "firms.sqlite", f"""
    CREATE TABLE firms (firm_id INTEGER PRIMARY KEY, firm_name TEXT, state TEXT, industry TEXT);
    INSERT INTO firms VALUES {firms};
    """)


def test_how_many_in_each_value_named_is_a_count_per_value(firms_db):
    c = Conv(firms_db).ask("How many firms are based in Ohio, and how many in Iowa?")
    got = sorted((r[c.cols.index("state")], int(r[-1])) for r in c.rows)
    assert got == sorted(rows(firms_db, "SELECT state, COUNT(*) FROM firms WHERE state IN ('Ohio', 'Iowa') "
                                        "GROUP BY state"))


def test_counts_of_values_of_two_columns_are_declined(firms_db):
    assert "how many" in declined(Conv(firms_db), "How many firms are in Retail, and how many are in Utah?")
    assert "how many" in declined(Conv(firms_db), "How many firms are there, and how many in Utah?")


def test_a_count_again_for_a_value_of_another_column_is_declined(tmp_path):
    """'how many items are in Tools and Art, and how many in North?': North is a region, not a
    category to count beside Tools and Art — never a condition added to the per-category counts."""
    from test_engine import Conv, declined, make_db
    db = make_db(tmp_path / "items.sqlite", """
        CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, category TEXT, region TEXT);
        INSERT INTO items VALUES (1,'a','Tools','North'),(2,'b','Tools','North'),(3,'c','Art','South'),
          (4,'d','Art','North'),(5,'e','Garden','South'),(6,'f','Tools','South');""")
    declined(Conv(db), "how many items are in Tools and Art, and how many in North?")
    c = Conv(db).ask("how many items are in Tools, and how many in Art?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("Art", 2), ("Tools", 3)]
