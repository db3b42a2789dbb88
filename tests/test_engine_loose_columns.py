"""Columns named loosely. A word that names money by its role ('payment', 'gross', 'spend') over a
table with two money columns: the column whose name says the same word ('paid' for 'payment'),
money coming in for 'gross' (never a budget), else declined naming both — never the first one in
alphabetical order. A code column shown with the name its lookup table gives the code."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def money_db(tmp_path_factory):
    visits = ", ".join(f"({i}, '{('ER', 'OP')[i % 2]}', {100 + i * 10}, {'NULL' if i % 4 == 0 else 90 + i})"
                       for i in range(1, 21))
    films = ", ".join(f"({i}, 'Film {i}', {10 + i}000000, {(i * 7) % 23 + 1}000000)" for i in range(1, 13))
    return make_db(tmp_path_factory.mktemp("money") / "money.sqlite", f"""
    CREATE TABLE visits (visitid INTEGER PRIMARY KEY, visittype TEXT, chargeamt REAL, paidamt REAL);
    CREATE TABLE films (film_id INTEGER PRIMARY KEY, title TEXT, budget_usd INTEGER, box_office_usd INTEGER);
    INSERT INTO visits VALUES {visits};
    INSERT INTO films VALUES {films};
    """)


def test_the_money_column_the_word_names(money_db):
    c = Conv(money_db).ask("how many ER visits have no payment recorded?")
    assert int(c.rows[0][0]) == rows(money_db, "SELECT COUNT(*) FROM visits WHERE visittype = 'ER' AND paidamt IS NULL")[0][0]
    c = Conv(money_db).ask("what is the total gross of all films?")
    assert int(float(c.rows[0][0])) == rows(money_db, "SELECT SUM(box_office_usd) FROM films")[0][0]


def test_a_money_word_that_names_neither_is_declined(money_db):
    msg = declined(Conv(money_db), "what was the total spend on ER visits?")
    assert "'spend' could be any of" in msg and "chargeamt" in msg and "paidamt" in msg


def test_a_code_is_shown_with_the_name_its_lookup_table_gives(tmp_path):
    db = make_db(tmp_path / "fleet.sqlite", """
    CREATE TABLE make_lkp (make_cd TEXT PRIMARY KEY, make_nm TEXT);
    CREATE TABLE vehicle (veh_id INTEGER PRIMARY KEY, unit_no TEXT, make_cd TEXT REFERENCES make_lkp(make_cd),
                          veh_class TEXT, odo_km INTEGER);
    INSERT INTO make_lkp VALUES ('INT', 'International'), ('VOL', 'Volvo');
    INSERT INTO vehicle VALUES (1, 'U-1042', 'INT', 'Tractor', 120000), (2, 'U-2001', 'VOL', 'Box', 50000);
    """)
    c = Conv(db).ask("What make and class is U-1042?")
    assert "International" in c.rows[0] and "Tractor" in c.rows[0]
    c = Conv(db).ask("how many vehicles are there per make?")    # a count per code stays as it is
    assert len(c.rows) == 2
