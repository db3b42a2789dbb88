"""'how many went to a care home in 2025?' over stays with an admission and a discharge date: the
condition's column belongs to the discharge end of the row (dis_dest beside dis_dt), so the year is
read on the discharge date, stated; found while fixing heldout71."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db


@pytest.fixture(scope="module")
def stays_db(tmp_path_factory):
    stays = [("2024-12-20 10:00", "2025-01-05 12:00", "Care home", "Emergency"),
             ("2025-03-01 09:00", "2025-03-09 16:00", "Care home", "Elective"),
             ("2025-12-28 11:00", "2026-01-03 10:00", "Care home", "Emergency"),
             ("2025-05-01 08:00", "2025-05-02 08:00", "Usual residence", "Emergency"),
             ("2026-02-01 08:00", "2026-02-03 08:00", "Care home", "Elective")]
    rows = ", ".join(f"({i}, '{a}', '{d}', '{dest}', '{m}')" for i, (a, d, dest, m) in enumerate(stays, 1))
    return make_db(tmp_path_factory.mktemp("stays") / "stays.sqlite", f"""
        CREATE TABLE admissions (adm_id INTEGER PRIMARY KEY, adm_dt TEXT, dis_dt TEXT, dis_dest TEXT,
                                 adm_method TEXT);
        INSERT INTO admissions VALUES {rows};""")


def test_a_discharge_destination_reads_the_year_on_the_discharge(stays_db):
    c = Conv(stays_db).ask("how many went to a care home in 2025?")
    assert "dis_dt" in c.sql.split("WHERE", 1)[1] and "adm_dt" not in c.sql.split("WHERE", 1)[1]
    assert int(c.rows[0][0]) == 2             # discharged 5 January and 9 March 2025
    assert any("dis_dt" in str(a) for a in c.res.assumptions)


def test_an_admission_method_stays_on_the_admission(stays_db):
    c = Conv(stays_db).ask("how many emergency admissions in 2025?")
    assert "adm_dt" in c.sql.split("WHERE", 1)[1]
    assert int(c.rows[0][0]) == 2
