"""Two tables tied in two ways: projects and subcontractors through the link table projectSubs (who
works on which project) and through changeOrders (an event with its own key). 'Projects with a
plumbing sub' goes through the link, lists each project once and does not show the sub's key; a
city found in both tables ('electrical subs in denver') is the city of the rows named ('subs', read
as the subcontractors' key), not the city of their projects."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def builds_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("builds") / "builds.sqlite", """
    CREATE TABLE projects (projectId INTEGER PRIMARY KEY, projectName TEXT, city TEXT, budget REAL);
    CREATE TABLE subcontractors (subId INTEGER PRIMARY KEY, companyName TEXT, trade TEXT, homeCity TEXT);
    CREATE TABLE projectSubs (projectId INTEGER REFERENCES projects(projectId),
                              subId INTEGER REFERENCES subcontractors(subId), contractValue REAL);
    CREATE TABLE changeOrders (changeId INTEGER PRIMARY KEY, projectId INTEGER REFERENCES projects(projectId),
                               subId INTEGER REFERENCES subcontractors(subId), amount REAL);
    INSERT INTO projects VALUES (1, 'Harbor Tower', 'Denver', 900), (2, 'Mill Lofts', 'Boulder', 400),
                                (3, 'Elm School', 'Denver', 700), (4, 'Rail Depot', 'Aurora', 300);
    INSERT INTO subcontractors VALUES (1, 'Volt Bros', 'Electrical', 'Denver'), (2, 'Spark Co', 'Electrical', 'Boulder'),
                                      (3, 'Pipe Pros', 'Plumbing', 'Aurora'), (4, 'Flow Inc', 'Plumbing', 'Denver');
    INSERT INTO projectSubs VALUES (1, 3, 50), (1, 4, 60), (2, 3, 20), (3, 1, 30), (4, 2, 10);
    INSERT INTO changeOrders VALUES (1, 4, 3, 5), (2, 3, 4, 7), (3, 2, 2, 9);
    """)


def test_the_link_table_ties_two_tables_not_an_event_table(builds_db):
    c = Conv(builds_db).ask("projects with a plumbing sub")
    assert "projectSubs" in c.sql and "changeOrders" not in c.sql
    assert sorted(r[0] for r in c.rows) == ["Harbor Tower", "Mill Lofts"]      # once each, no sub key shown
    assert c.cols == ["projectName"]


def test_a_value_in_two_tables_is_the_one_of_the_rows_named_by_their_key_word(builds_db):
    c = Conv(builds_db).ask("electrical subs in denver")
    assert [r[c.cols.index("companyName")] for r in c.rows] == [r[0] for r in rows(
        builds_db, "SELECT companyName FROM subcontractors WHERE trade = 'Electrical' AND homeCity = 'Denver'")]


def test_a_path_through_things_beats_one_through_persons(tmp_path):
    """sessions reach venues through their room and through the game master who ran them: a
    session is at its room's venue (the game masters here work at the other venue)."""
    db = make_db(tmp_path / "escape.sqlite", """
    CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT, city TEXT);
    CREATE TABLE game_masters (gm_id INTEGER PRIMARY KEY, full_name TEXT, venue_id INTEGER REFERENCES venues(venue_id));
    CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venues(venue_id), room_name TEXT);
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                           gm_id INTEGER REFERENCES game_masters(gm_id), team_name TEXT, hints_used INTEGER);
    INSERT INTO venues VALUES (1, 'Lockbox Bath', 'Bath'), (2, 'Clue Hub', 'Bristol');
    INSERT INTO game_masters VALUES (1, 'Ann Lee', 2), (2, 'Bo Chan', 1);
    INSERT INTO rooms VALUES (1, 1, 'Vault'), (2, 1, 'Tomb'), (3, 2, 'Lab');
    INSERT INTO sessions VALUES (1, 1, 1, 'Owls', 6), (2, 2, 1, 'Foxes', 2), (3, 3, 2, 'Bees', 7),
                                (4, 1, 1, 'Cats', 5), (5, 3, 2, 'Rams', 1);
    """)
    c = Conv(db).ask("How many sessions used five or more hints?").ask("which of them were at Lockbox Bath?")
    assert sorted(c.col("team_name")) == ["Cats", "Owls"]
