"""'highest pe ratio in the data, and which month?' → 'average per decade since 1960': a figure per
group after an answer of one row is a new question over every row (never that one row grouped);
when the row was picked by conditions of its own, whether they still hold is not said: declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def index_db(tmp_path_factory):
    months = ", ".join(f"('{1940 + i // 12}-{1 + i % 12:02d}-01', {10 + (i * 7) % 23})" for i in range(12 * 50))
    return make_db(tmp_path_factory.mktemp("index") / "index.sqlite", f"""
    CREATE TABLE index_monthly (month TEXT PRIMARY KEY, pe_ratio REAL);
    INSERT INTO index_monthly VALUES {months};
    """)


def test_a_figure_per_group_after_one_row_is_over_every_row(index_db):
    c = Conv(index_db)
    c.ask("highest pe ratio in the data, and which month?")
    c.ask("average per decade since 1960")
    ref = rows(index_db, "SELECT CAST(substr(month, 1, 4) AS INTEGER) / 10 * 10, AVG(pe_ratio) FROM index_monthly "
                         "WHERE month >= '1960-01-01' GROUP BY 1")
    assert sorted((int(a), round(float(b), 6)) for a, b in c.rows) == sorted((a, round(b, 6)) for a, b in ref)


def test_a_figure_per_group_after_one_row_picked_by_a_condition_is_declined(index_db):
    c = Conv(index_db)
    c.ask("highest pe ratio since 1980, and which month?")
    assert "kept one row" in declined(c, "average per decade")
