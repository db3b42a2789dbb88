"""A unit word said with a participle ('m3 delivered', 'kg landed') picks the column the participle
fits, and an amount that happened adds up; a share of 'the value' is never a share of rows. Checked
on a schema of its own (a haulier's loads, a fleet's catches)."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def haul_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("haul") / "haul.sqlite"
    loads, catches = [], []
    for i in range(1, 61):
        status = ("done", "part-back", "done", "cancelled")[i % 4]
        back = f"{0.5 + i % 3}" if status == "part-back" else "NULL"
        loads.append(f"({i}, '{2023 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}', '{('A1', 'B2', 'C3')[i % 3]}', "
                     f"{4 + i % 5}, {back}, '{status}')")
        catches.append(f"({i}, '{('Cod', 'Crab', 'Hake')[i % 3]}', {10 + i % 7}, {2.5 + i % 4}, "
                       f"{5 + i % 9})")
    return make_db(path, f"""
    CREATE TABLE lorries (lorry_id INTEGER PRIMARY KEY, plate TEXT, tank_m3 REAL);
    CREATE TABLE loads (load_id INTEGER PRIMARY KEY, delivered_on TEXT, grade TEXT, volume_m3 REAL,
                        refused_m3 REAL, status TEXT);
    CREATE TABLE catches (catch_id INTEGER PRIMARY KEY, species TEXT, weight_kg REAL, price_per_kg REAL,
                          crew INTEGER);
    INSERT INTO lorries VALUES (1, 'AB1', 8.0), (2, 'CD2', 6.0);
    INSERT INTO loads VALUES {", ".join(loads)};
    INSERT INTO catches VALUES {", ".join(catches)};
    """)


def test_unit_with_a_participle_of_another_column_is_not_that_column(haul_db):
    # 'm3 delivered': refused_m3 is named with another participle, so volume_m3, and a total
    c = Conv(haul_db).ask("m3 delivered per grade in 2024")
    assert "refused_m3" not in c.sql and "SUM(volume_m3)" in c.sql
    want = rows(haul_db, "SELECT grade, SUM(volume_m3) FROM loads WHERE delivered_on LIKE '2024%' AND "
                         "status <> 'cancelled' GROUP BY grade")
    assert sorted((g, float(v)) for g, v in c.rows) == sorted((g, float(v)) for g, v in want)


def test_unit_with_the_participle_of_a_column_is_that_column_totalled(haul_db):
    c = Conv(haul_db).ask("m3 refused per grade")
    assert "SUM(refused_m3)" in c.sql


def test_unit_with_a_participle_that_fits_no_column_is_declined():
    import tempfile
    from pathlib import Path
    path = Path(tempfile.mkdtemp()) / "two.sqlite"
    make_db(path, """CREATE TABLE legs (leg_id INTEGER PRIMARY KEY, route TEXT, planned_km REAL, actual_km REAL);
                     INSERT INTO legs VALUES (1, 'N', 10, 11), (2, 'S', 20, 19), (3, 'N', 5, 6);""")
    assert "km" in declined(Conv(path), "km driven per route")


def test_share_of_the_value_is_not_a_share_of_rows(haul_db):
    assert "value" in declined(Conv(haul_db), "what share of the value is Crab?")
    c = Conv(haul_db).ask("what share of catches is Crab?")
    assert "COUNT(*)" in c.sql
