"""Rows and the rows related to them. 'Which cities have a gym?' lists each city once; 'which
cooperative does each belong to?' shows every row of the previous answer with its cooperative;
'fewer than 5 grade C harvests' counts those harvests (never a member-count column); 'vessels that
never sailed to Fara' is declined (no crossing at all and a crossing to Fara cannot both hold); the
percentage growth from 2023 to 2024 after totals per year is one figure."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def coop_db(tmp_path_factory):
    keepers = ", ".join(f"({i}, 'Keeper {i}', {1 + i % 3}, '{'Y' if i % 2 else 'N'}', {5 + i * 3})" for i in range(1, 13))
    harvests = ", ".join(f"({i}, {1 + i % 12}, '{2023 + i % 2}-0{1 + i % 9}-15', '{'ABC'[i % 3]}', {10 + i}, "
                         f"{1 + i % 4})" for i in range(1, 121))
    gyms = "(1, 'Peak', 'Boulder'), (2, 'Crux', 'Boulder'), (3, 'Summit', 'Denver'), (4, 'Ledge', 'Golden')"
    return make_db(tmp_path_factory.mktemp("coop") / "coop.sqlite", f"""
    CREATE TABLE Cooperative (Coop_ID INTEGER PRIMARY KEY, Coop_Name TEXT, Num_of_Members INTEGER);
    CREATE TABLE Beekeeper (Keeper_ID INTEGER PRIMARY KEY, Keeper_Name TEXT,
                            Coop_ID INTEGER REFERENCES Cooperative(Coop_ID), Is_Certified TEXT, Years_Experience INTEGER);
    CREATE TABLE Harvest (Harvest_ID INTEGER PRIMARY KEY, Keeper_ID INTEGER REFERENCES Beekeeper(Keeper_ID),
                          Harvest_Date TEXT, Grade TEXT, Honey_Kg REAL, Site_ID INTEGER REFERENCES Site(Site_ID));
    CREATE TABLE Site (Site_ID INTEGER PRIMARY KEY, Site_Name TEXT, Region TEXT);
    INSERT INTO Site VALUES (1, 'Oak Field', 'Uplands'), (2, 'Mill Lane', 'Lowlands'), (3, 'Heath', 'Uplands'),
                            (4, 'Marsh End', 'Coast');
    CREATE TABLE Gym (Gym_ID INTEGER PRIMARY KEY, Gym_Name TEXT, City TEXT);
    INSERT INTO Cooperative VALUES (1, 'North Hives', 3), (2, 'Valley Bees', 40), (3, 'Coast Honey', 2);
    INSERT INTO Beekeeper VALUES {keepers};
    INSERT INTO Harvest VALUES {harvests};
    INSERT INTO Gym VALUES {gyms};
    """)


def test_the_values_that_have_rows_are_listed_once(coop_db):
    for q in ("Which cities have a gym?", "list the cities with gyms"):
        c = Conv(coop_db).ask(q)
        assert sorted(r[0] for r in c.rows) == ["Boulder", "Denver", "Golden"], q


def test_each_row_of_the_previous_answer_with_what_it_belongs_to(coop_db):
    c = Conv(coop_db).ask("Which beekeepers are certified?")
    c.ask("which cooperative does each belong to?")
    assert sorted((r[c.cols.index("Keeper_Name")], r[c.cols.index("Coop_Name")]) for r in c.rows) == sorted(rows(
        coop_db, "SELECT k.Keeper_Name, c.Coop_Name FROM Beekeeper k JOIN Cooperative c USING (Coop_ID) "
                 "WHERE k.Is_Certified = 'Y'"))
    # 'did each group take' names a group: no pronoun, the question is read as before
    c = Conv(coop_db).ask("How many harvests are there per grade?")
    c.ask("and the total honey kg of each grade?")
    assert len(c.rows) == 3


def test_a_number_of_rows_with_a_value_counts_those_rows(coop_db):
    c = Conv(coop_db).ask("which cooperatives had fewer than 8 grade C harvests in 2024?")
    assert "Num_of_Members" not in c.sql
    assert sorted(r[0] for r in c.rows) == sorted(r[0] for r in rows(coop_db, """
        SELECT c.Coop_Name FROM Harvest h JOIN Beekeeper k USING (Keeper_ID) JOIN Cooperative c USING (Coop_ID)
        WHERE h.Grade = 'C' AND h.Harvest_Date LIKE '2024%' GROUP BY c.Coop_ID HAVING COUNT(*) < 8"""))


def test_never_with_a_condition_on_the_rows_it_denies_is_declined(tmp_path):
    db = make_db(tmp_path / "ferry.sqlite", """
    CREATE TABLE vessel (Vessel_ID INTEGER PRIMARY KEY, Vessel_Name TEXT, Built_Year INTEGER);
    CREATE TABLE port (Port_ID INTEGER PRIMARY KEY, Port_Name TEXT, Island TEXT);
    CREATE TABLE crossing (Crossing_ID INTEGER PRIMARY KEY, Vessel_ID INTEGER REFERENCES vessel(Vessel_ID),
                           Arrival_Port INTEGER REFERENCES port(Port_ID), Sail_Date TEXT);
    INSERT INTO vessel VALUES (1, 'Osprey', 1990), (2, 'Tern', 2001), (3, 'Gannet', 2010), (4, 'Puffin', 2015);
    INSERT INTO port VALUES (1, 'Harbour', 'Fara'), (2, 'Quay', 'Holm'), (3, 'Pier', 'Rona');
    INSERT INTO crossing VALUES (1, 1, 1, '2024-01-02'), (2, 1, 2, '2024-01-03'), (3, 2, 2, '2024-01-04'),
                                (4, 3, 3, '2024-01-05'), (5, 2, 3, '2024-01-06');
    """)
    msg = declined(Conv(db), "Which vessels have never sailed to Fara?")
    assert "no crossing row" in msg
    c = Conv(db).ask("Which vessels have never made a crossing?")       # no condition: answered
    assert [r[0] for r in c.rows] == ["Puffin"]


def test_a_change_between_two_years_after_totals_per_year_is_one_figure(coop_db):
    c = Conv(coop_db).ask("What was the total honey kg in each year?")
    c.ask("And the percentage growth from 2023 to 2024?")
    a = rows(coop_db, "SELECT SUM(Honey_Kg) FROM Harvest WHERE Harvest_Date LIKE '2023%'")[0][0]
    b = rows(coop_db, "SELECT SUM(Honey_Kg) FROM Harvest WHERE Harvest_Date LIKE '2024%'")[0][0]
    assert len(c.rows) == 1 and abs(float(c.rows[0][-1]) - 100 * (b - a) / a) < 1e-6
