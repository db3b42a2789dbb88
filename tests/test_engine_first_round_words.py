"""Words and measures of a first round grounded as an analyst reads them (batch 16 of the blind
sets): an amount that adds up ranks groups by its total. Each rule on a schema the test builds."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def rentals_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("rentals") / "rentals.sqlite"
    # the first quarter has many small rentals (the largest total), the third a few large ones
    # (the largest average): a total and an average rank the quarters differently
    small = [f"({i}, '2024-0{1 + i % 3}-1{i % 9}', 20.0)" for i in range(1, 31)]
    large = [f"({i}, '2024-0{7 + i % 3}-0{1 + i % 9}', 140.0)" for i in range(31, 35)]
    return make_db(path, f"""
    CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, rented_at TEXT, revenue REAL);
    INSERT INTO rentals VALUES {", ".join(small + large)};
    """)


def test_the_group_with_the_most_of_an_amount_is_ranked_by_its_total(rentals_db):
    top = rows(rentals_db, "SELECT (CAST(strftime('%m', rented_at) AS INTEGER) + 2) / 3 AS q FROM rentals "
                           "GROUP BY q ORDER BY SUM(revenue) DESC LIMIT 1")[0][0]
    assert top == 1
    for q in ("Which quarter of 2024 made the most revenue?", "Which quarter of 2024 had the highest revenue?"):
        c = Conv(rentals_db).ask(q)
        assert len(c.rows) == 1 and str(c.rows[0][0]).endswith("Q1"), (q, c.sql)
        assert "SUM(revenue)" in c.sql
