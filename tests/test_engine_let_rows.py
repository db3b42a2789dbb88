"""'total annual rent from let plots, by site': 'let' said of the rows (before their noun, after
'are', before 'out') keeps those with a row of their one dated relation still running (end empty);
where no such relation can be read, 'let' is declined, naming it — never dropped as filler."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def plots_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("plots") / "plots.sqlite", """
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT);
    CREATE TABLE plots (plot_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id), plot_ref TEXT,
                        annual_rent REAL);
    CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, plot_id INTEGER REFERENCES plots(plot_id),
                            holder TEXT, start_date TEXT, end_date TEXT);
    CREATE TABLE sheds (shed_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id), shed_name TEXT);
    INSERT INTO sites VALUES (1, 'North'), (2, 'South');
    INSERT INTO plots VALUES (1, 1, 'N1', 50), (2, 1, 'N2', 60), (3, 1, 'N3', 70), (4, 2, 'S1', 80), (5, 2, 'S2', 90);
    INSERT INTO tenancies VALUES (1, 1, 'Ann', '2020-01-01', '2022-01-01'), (2, 1, 'Bob', '2022-02-01', NULL),
        (3, 2, 'Cy', '2021-01-01', '2023-01-01'), (4, 4, 'Di', '2021-05-01', NULL), (5, 5, 'Ed', '2019-01-01', NULL);
    INSERT INTO sheds VALUES (1, 1, 'Red'), (2, 2, 'Blue');
    """)


def test_let_rows_have_a_running_relation(plots_db):
    c = Conv(plots_db).ask("What's the total annual rent from let plots, by site?")
    ref = rows(plots_db, "SELECT s.site_name, SUM(p.annual_rent) FROM plots p JOIN sites s ON s.site_id = p.site_id "
                         "WHERE p.plot_id IN (SELECT plot_id FROM tenancies WHERE end_date IS NULL) GROUP BY 1")
    assert sorted((a, float(b)) for a, b in c.rows) == sorted(ref)
    c = Conv(plots_db).ask("how many plots are let?")
    assert int(c.rows[0][0]) == 3


def test_let_with_no_dated_relation_is_declined(plots_db):
    assert "'let'" in declined(Conv(plots_db), "how many let sheds are there?")

