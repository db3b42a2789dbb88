"""'which 5 members joined most recently?' → 'how many joined in 2024?': a count with a period of its
own after a ranked listing counts every row of that period, not only the five listed; 'of them'
keeps the listing (found while fixing heldout_demo33, where the count ran over the LIMIT 5 rows)."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db


@pytest.fixture(scope="module")
def club_db(tmp_path_factory):
    rows = ", ".join(f"({i}, 'Member {i:02d}', '{2020 + i % 5}-0{1 + i % 9}-1{i % 10}')" for i in range(1, 41))
    return make_db(tmp_path_factory.mktemp("club") / "club.sqlite", f"""
        CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, joined_on DATE);
        INSERT INTO members VALUES {rows};""")


def test_a_count_with_its_own_period_counts_every_row(club_db):
    c = Conv(club_db).ask("which 5 members joined most recently?")
    c.ask("how many joined in 2024?")
    assert int(c.rows[0][-1]) == 8 and "LIMIT" not in c.sql


def test_of_them_keeps_the_listing(club_db):
    c = Conv(club_db).ask("which 5 members joined most recently?")
    c.ask("how many of them joined in 2024?")
    assert "LIMIT 5" in c.sql
