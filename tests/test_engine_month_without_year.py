"""A month said without its year ('in January'): where the dates of the rows reach that month in
only one year, it is that month of that year (said so); where they reach it in several years, it
is declined naming them. The schema is built here: visits from November 2024 to February 2025,
orders from June 2023 to January 2025."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows, text_rows


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("months") / "months.sqlite"
    months = ["2024-11", "2024-12", "2025-01", "2025-02"]
    visits = ",".join(f"({i},'{months[i % 4]}-{1 + i % 27:02d} 10:00','{('Email', 'Social', 'Direct')[i % 3]}')"
                      for i in range(1, 41))
    orders = ",".join(f"({i},'{2023 + (5 + i) // 12}-{(5 + i) % 12 + 1:02d}-15',{10 * i})" for i in range(1, 20))
    return make_db(path, f"""
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, started_at TEXT, channel TEXT);
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, ordered_on TEXT, total REAL);
    INSERT INTO visits VALUES {visits};
    INSERT INTO orders VALUES {orders};
    """)


def test_a_month_held_in_one_year_is_that_month(shop_db):
    c = Conv(shop_db).ask("visits by channel in January")
    assert sorted(c.rows) == sorted(text_rows(shop_db, "SELECT channel, COUNT(*) FROM visits WHERE started_at "
                                                              "LIKE '2025-01%' GROUP BY channel"))
    assert any("2025" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c = Conv(shop_db).ask("how many visits in December?")
    assert int(c.rows[0][0]) == rows(shop_db, "SELECT COUNT(*) FROM visits WHERE started_at LIKE '2024-12%'")[0][0]


def test_a_month_held_in_several_years_is_declined_naming_them(shop_db):
    msg = declined(Conv(shop_db), "how many orders in January?")
    assert "2024 and 2025" in msg
