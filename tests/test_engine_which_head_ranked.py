"""'which tank had the highest lead reading?': the number column right after 'which' names the thing
asked for (a tank, by its number); the rank word with words of its own after it ranks by those —
never by the tank number (found while fixing heldout66, where it was ranked ORDER BY tank_no)."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def lab_db(tmp_path_factory):
    samples = ", ".join(f"('S{i:02d}', {1 + i % 6})" for i in range(1, 31))
    readings = ", ".join(f"({i}, 'S{1 + i % 30:02d}', '{('Lead', 'Zinc')[i % 2]}', {round((i * 37) % 50 / 10, 1)})"
                         for i in range(1, 91))
    return make_db(tmp_path_factory.mktemp("lab") / "lab.sqlite", f"""
        CREATE TABLE samples (smpl_id TEXT PRIMARY KEY, tank_no INTEGER);
        INSERT INTO samples VALUES {samples};
        CREATE TABLE readings (rdg_id INTEGER PRIMARY KEY, smpl_id TEXT REFERENCES samples(smpl_id),
                               analyte TEXT, value REAL);
        INSERT INTO readings VALUES {readings};""")


def test_the_column_asked_for_is_not_what_ranks(lab_db):
    c = Conv(lab_db)
    try:
        c.ask("which tank had the highest lead reading?")
    except Engine.CannotAnswer as e:          # declined: right or declined
        assert "highest" in str(e)
        return
    assert "ORDER BY s.tank_no" not in c.sql and "ORDER BY tank_no" not in c.sql


def test_the_column_asked_for_is_ranked_when_nothing_follows(lab_db):
    c = Conv(lab_db).ask("which tank number is the highest?")
    assert int(c.rows[0][-1]) == 6
