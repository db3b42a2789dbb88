"""Purchasing and finance words (found on heldout69): a country named where a country column holds
two-letter ISO codes ('Norway' is 'NO', stated); 'POs' typed in capitals as the initials of the
one table called that (PurchaseOrders); a fiscal year with no fiscal calendar declined, naming it."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def buying_db(tmp_path_factory):
    countries = ("NO", "GB", "GB", "DE", "FR", "US")
    suppliers = ", ".join(f"('S{i:02d}', 'Supplier {i}', '{countries[i % 6]}')" for i in range(1, 25))
    orders = ", ".join(f"('PO{i:04d}', 'S{1 + i % 24:02d}', '{('Estates', 'Retail', 'IT')[i % 3]}', "
                       f"'2025-{1 + i % 12:02d}-{1 + i % 27:02d}')" for i in range(1, 61))
    return make_db(tmp_path_factory.mktemp("buying") / "buying.sqlite", f"""
        CREATE TABLE suppliers (sup_cd TEXT PRIMARY KEY, sup_nm TEXT, ctry TEXT);
        INSERT INTO suppliers VALUES {suppliers};
        CREATE TABLE PurchaseOrders (PONumber TEXT PRIMARY KEY, sup_cd TEXT REFERENCES suppliers(sup_cd),
                                     Dept TEXT, OrderDate TEXT);
        INSERT INTO PurchaseOrders VALUES {orders};""")


def test_a_country_named_is_its_iso_code(buying_db):
    c = Conv(buying_db).ask("How many suppliers are based in Norway?")
    assert "ctry = 'NO'" in c.sql and int(c.rows[0][0]) == 4
    assert any("'NO'" in a["explanation"] for a in c.res.assumptions)


def test_a_nationality_is_its_iso_code(buying_db):
    c = Conv(buying_db).ask("How many British suppliers are there?")
    assert "ctry = 'GB'" in c.sql and int(c.rows[0][0]) == 8


def test_pos_are_purchase_orders(buying_db):
    c = Conv(buying_db).ask("how many POs per Dept?")
    assert "FROM PurchaseOrders" in c.sql and sum(int(r[-1]) for r in c.rows) == 60


def test_a_fiscal_year_without_a_calendar_is_declined_naming_it(buying_db):
    with pytest.raises(Engine.CannotAnswer) as e:
        Conv(buying_db).ask("how many POs in FY25?")
    assert "FY25" in str(e.value) and "fiscal calendar" in str(e.value)
    with pytest.raises(Engine.CannotAnswer) as e:
        Conv(buying_db).ask("how many POs last fiscal year?")
    assert "fiscal calendar" in str(e.value)
