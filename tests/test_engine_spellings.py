"""Values as they are stored. A status kept in several spellings ('Cancelled', 'cancelled',
'CANCELLED') is matched in every one of them, and says so; a bare bound on a column stored as a
fraction ('a yield over 5', yields 0.0–0.2) is read as a percentage, and says so."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def laundry_db(tmp_path_factory):
    spellings = ["Cancelled", "cancelled", "CANCELLED", "Delivered", "delivered", "Open"]
    orders = ", ".join(f"({i}, '{spellings[i % 6]}', {0.01 * (i % 9):.2f}, 'Town {i % 3}')" for i in range(1, 61))
    return make_db(tmp_path_factory.mktemp("laundry") / "laundry.sqlite", f"""
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, discount_yield REAL, town TEXT);
    CREATE TABLE laundry_orders (order_id INTEGER PRIMARY KEY, order_status TEXT, client_id INTEGER
                                 REFERENCES clients(client_id));
    INSERT INTO clients VALUES {orders};
    INSERT INTO laundry_orders SELECT client_id, discount_yield, client_id FROM clients;
    UPDATE laundry_orders SET order_status = (SELECT CASE order_id % 6 WHEN 0 THEN 'Cancelled'
      WHEN 1 THEN 'cancelled' WHEN 2 THEN 'CANCELLED' WHEN 3 THEN 'Delivered' WHEN 4 THEN 'delivered' ELSE 'Open' END);
    """)


def test_every_spelling_of_a_stored_value_is_matched(laundry_db):
    c = Conv(laundry_db).ask("How many laundry orders got cancelled?")
    want = rows(laundry_db, "SELECT COUNT(*) FROM laundry_orders WHERE lower(order_status) = 'cancelled'")[0][0]
    assert int(c.rows[0][0]) == want == 30
    assert any("every spelling" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(laundry_db).ask("How many laundry orders are open?")      # one spelling: nothing to say
    assert int(c.rows[0][0]) == 10 and not any("every spelling" in a["explanation"]
                                               for a in c.res.tasks[-1].assumptions)


def test_a_bare_bound_on_a_fraction_is_a_percentage(laundry_db):
    c = Conv(laundry_db).ask("clients with a discount yield over 5")
    want = rows(laundry_db, "SELECT COUNT(*) FROM clients WHERE discount_yield > 0.05")[0][0]
    assert len(c.rows) == want > 0
    assert any("read as 5%" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(laundry_db).ask("clients with a discount yield over 5%")    # said as a percentage: as before
    assert len(c.rows) == want
