"""'companies with a P/E above 100 or negative EPS': 'or' between conditions on different things asks
for rows meeting either; the engine combines conditions only with AND, so it declines — never the
rows meeting both. 'or' between values of one column stays one condition (IN)."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def stocks_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("stocks") / "stocks.sqlite", """
        CREATE TABLE firms (ticker TEXT PRIMARY KEY, name TEXT, sector TEXT, pe REAL, eps REAL, yield_pct REAL);
        INSERT INTO firms VALUES ('AA','Alpha','Energy',120,1.0,2.0),('BB','Beta','Energy',12,-0.5,6.0),
          ('CC','Gamma','Utilities',15,2.0,5.5),('DD','Delta','Tech',30,3.0,0.5),('EE','Eps','Tech',8,-1.0,1.0);""")


def test_or_between_conditions_on_different_columns_is_declined(stocks_db):
    reason = declined(Conv(stocks_db), "firms with a pe above 100 or negative eps")
    assert "'or'" in reason and "all of them hold" in reason
    assert "'or'" in declined(Conv(stocks_db), "firms in Energy or with a yield_pct above 5")


def test_or_between_values_of_one_column_stays_one_condition(stocks_db):
    c = Conv(stocks_db).ask("firms in Energy or Utilities with a pe above 13")
    assert sorted(r[0] for r in c.rows) == ["Alpha", "Gamma"]
