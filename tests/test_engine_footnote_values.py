"""'how many sites are in Ohio?' where the column holds both 'Ohio' and 'Ohio[1]': a footnote mark
carried over from a copied table ('[1]', '*', '†') is no other value, so the rows stored with it are
counted too, and said (found while fixing heldout_demo33, where 'Florida[3]' was left out)."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db


@pytest.fixture(scope="module")
def sites_db(tmp_path_factory):
    states = ["Ohio", "Ohio[1]", "Texas", "Utah*", "Texas", "Ohio", "Maine", "Maine", "Iowa", "Idaho"] * 3
    rows = ", ".join(f"({i}, 'Site {i}', '{s}')" for i, s in enumerate(states, 1))
    return make_db(tmp_path_factory.mktemp("sites") / "sites.sqlite", f"""
        CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, state TEXT);
        INSERT INTO sites VALUES {rows};""")


def test_the_value_with_a_footnote_mark_is_counted_too(sites_db):
    c = Conv(sites_db).ask("how many sites are in Ohio?")
    assert int(c.rows[0][-1]) == 9
    assert any("Ohio[1]" in a["explanation"] for a in c.res.tasks[-1].assumptions)


def test_a_value_stored_only_with_its_mark_is_found(sites_db):
    c = Conv(sites_db).ask("how many sites are in Utah?")
    assert int(c.rows[0][-1]) == 3


def test_a_value_without_a_mark_is_unchanged(sites_db):
    c = Conv(sites_db).ask("how many sites are in Texas?")
    assert int(c.rows[0][-1]) == 6 and "Ohio" not in c.sql
