"""'which of the top 5 are Hawks players?': the ranking keeps its 5 rows first (the previous answer's
ranking when it was that top 5) and the condition picks among them — never the 5 best Hawks players
(found while fixing heldout_demo33, where the 10 largest tech companies were listed instead)."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db


@pytest.fixture(scope="module")
def league_db(tmp_path_factory):
    rows = ", ".join(f"({i}, 'Player {i:02d}', '{('Hawks', 'Owls', 'Foxes')[i % 3]}', {1000 - i * 7}, {i % 11})"
                     for i in range(1, 31))
    return make_db(tmp_path_factory.mktemp("league") / "league.sqlite", f"""
        CREATE TABLE players (player_id INTEGER PRIMARY KEY, player_name TEXT, team TEXT, points INTEGER,
                              assists INTEGER);
        INSERT INTO players VALUES {rows};""")


def _names(c: Conv) -> set[str]:
    return {r[c.cols.index("player_name")] for r in c.rows}


def test_the_condition_picks_among_the_top_rows(league_db):
    c = Conv(league_db).ask("which of the top 5 players by points are Hawks players?")
    assert _names(c) == {"Player 03"}


def test_after_a_ranking_the_same_top_rows_are_kept(league_db):
    c = Conv(league_db).ask("who are the 5 players with the most assists?")
    top = _names(c)
    c.ask("which of the top 5 are Hawks players?")
    assert _names(c) == {n for n in top if int(n.split()[1]) % 3 == 0}
