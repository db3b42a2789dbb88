"""General causes of wrong answers found on batch 22 of the blind sets (first-round readings: yes/no
columns, history tables, which column a word means), each on a schema of its own."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db  # noqa: F401


@pytest.fixture(scope="module")
def pools_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pools") / "pools.sqlite"
    return make_db(path, """
    CREATE TABLE Sites (SiteId INTEGER PRIMARY KEY, SiteName TEXT, IsIndoor INTEGER);
    CREATE TABLE Swims (SwimId INTEGER PRIMARY KEY, SiteId INTEGER REFERENCES Sites(SiteId), SwimDate TEXT,
                        Fee REAL);
    INSERT INTO Sites VALUES (1,'Lido Outdoor Hove',0),(2,'Central Baths',1),(3,'River Park',0);
    INSERT INTO Swims VALUES (1,1,'2024-01-01',5),(2,2,'2024-01-02',7),(3,2,'2024-01-03',7),
                             (4,3,'2024-01-04',4),(5,3,'2024-01-05',4),(6,3,'2024-01-06',4);
    """)


def test_the_two_states_of_a_flag_set_against_each_other_are_one_group_each(pools_db):
    c = Conv(pools_db)
    c.ask("indoor vs outdoor: number of swims")
    assert sorted((int(r[0]), int(r[-1])) for r in c.rows) == [(0, 4), (1, 2)]
    c = Conv(pools_db)
    c.ask("number of swims indoor versus outdoor")
    assert sorted((int(r[0]), int(r[-1])) for r in c.rows) == [(0, 4), (1, 2)]


def test_the_opposite_of_a_flag_is_its_other_state_not_part_of_a_name(pools_db):
    c = Conv(pools_db)
    c.ask("how many outdoor swims?")
    assert int(c.rows[0][-1]) == 4
    c = Conv(pools_db)
    c.ask("how many outdoor sites are there?")
    assert int(c.rows[0][-1]) == 2
