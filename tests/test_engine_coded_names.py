"""Tables named by consonant skeletons ('TRP', 'STP'): 'trips' and 'stops' name them when nothing
else does, as a loose match. Only a table's whole one-word name is read so: 'RTE_STP' is not 'stops',
and a column word ('is_actv') is never taken for an everyday word ('active'), which stays declined."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def bus_db(tmp_path_factory):
    trips = ", ".join(f"({i}, {1 + i % 3}, {2.5 + i % 4})" for i in range(1, 31))
    return make_db(tmp_path_factory.mktemp("bus") / "bus.sqlite", f"""
    CREATE TABLE STP (stp_id INTEGER PRIMARY KEY, stp_nm TEXT, is_actv INTEGER);
    CREATE TABLE RTE_STP (rte_no INTEGER, stp_id INTEGER REFERENCES STP(stp_id), seq_no INTEGER);
    CREATE TABLE TRP (trp_id INTEGER PRIMARY KEY, stp_id INTEGER REFERENCES STP(stp_id), fare_amt REAL);
    INSERT INTO STP VALUES (1, 'Mill Road', 1), (2, 'High Street', 0), (3, 'Station', 1);
    INSERT INTO RTE_STP VALUES (1, 1, 1), (1, 2, 2), (2, 3, 1), (2, 1, 2);
    INSERT INTO TRP VALUES {trips};
    """)


def test_a_skeleton_table_name_is_named_by_its_word(bus_db):
    c = Conv(bus_db).ask("How many trips are there?")
    assert int(c.rows[0][0]) == 30 and "TRP" in c.sql
    c = Conv(bus_db).ask("How many stops are there?")
    assert int(c.rows[0][0]) == rows(bus_db, "SELECT COUNT(*) FROM STP")[0][0] and "RTE_STP" not in c.sql


def test_a_column_skeleton_is_not_an_everyday_word(bus_db):
    msg = declined(Conv(bus_db), "How many active stops are there?")
    assert "'active'" in msg
