"""'average CAPE per decade from 1950': grouped by a unit as long as the time named or longer,
'from <year>' starts an open range (one year per decade would be a single group); with no such
grouping 'members from 2020' stays that year."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def index_db(tmp_path_factory):
    months = ", ".join(f"('{1940 + i // 12}-{1 + i % 12:02d}-01', {10 + (i * 7) % 23})" for i in range(12 * 50))
    return make_db(tmp_path_factory.mktemp("index") / "index.sqlite", f"""
    CREATE TABLE index_monthly (month TEXT PRIMARY KEY, pe_ratio REAL);
    INSERT INTO index_monthly VALUES {months};
    """)


def test_from_a_year_grouped_by_decade_is_an_open_range(index_db):
    c = Conv(index_db).ask("average pe ratio per decade from 1950")
    ref = rows(index_db, "SELECT CAST(substr(month, 1, 4) AS INTEGER) / 10 * 10, AVG(pe_ratio) FROM index_monthly "
                         "WHERE month >= '1950-01-01' GROUP BY 1")
    assert sorted((int(a), round(float(b), 6)) for a, b in c.rows) == sorted((a, round(b, 6)) for a, b in ref)
    c = Conv(index_db).ask("average pe ratio by year from 1985")
    assert len(c.rows) == 5


def test_from_a_year_alone_stays_that_year(index_db):
    c = Conv(index_db).ask("average pe ratio from 1950")
    ref = rows(index_db, "SELECT AVG(pe_ratio) FROM index_monthly WHERE month LIKE '1950%'")
    assert round(float(c.rows[0][0]), 6) == round(ref[0][0], 6)

