"""'cheapest 5 stocks on price to book': 'on' after a superlative, past the number and the rows'
noun, names the measure ranked (as 'by'), never the price 'cheapest' names by itself."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def stocks_db(tmp_path_factory):
    firms = ", ".join(f"('S{i}', 'Firm {i}')" for i in range(1, 30))
    funds = ", ".join(f"('S{i}', {10 + (i * 37) % 200}, {0.5 + (i * 13) % 17 / 2}, {1 + (i * 7) % 11})"
                      for i in range(1, 30))
    return make_db(tmp_path_factory.mktemp("stocks") / "stocks.sqlite", f"""
    CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT);
    CREATE TABLE fundamentals (symbol TEXT PRIMARY KEY REFERENCES companies(symbol), price REAL,
                               price_to_book REAL, price_to_sales REAL);
    INSERT INTO companies VALUES {firms};
    INSERT INTO fundamentals VALUES {funds};
    """)


@pytest.mark.parametrize("q, col", [("cheapest 5 stocks on price to book", "price_to_book"),
                                    ("cheapest 5 companies on price-to-sales", "price_to_sales"),
                                    ("the 5 cheapest companies on price to book", "price_to_book")])
def test_cheapest_n_rows_on_a_measure_ranks_by_it(stocks_db, q, col):
    c = Conv(stocks_db).ask(q)
    ref = rows(stocks_db, f"SELECT c.name FROM companies c JOIN fundamentals f ON f.symbol = c.symbol "
                          f"ORDER BY f.{col} ASC, c.name ASC LIMIT 5")
    assert c.col("name") == [r[0] for r in ref]
    assert "price " not in c.sql.replace("price_", "")
