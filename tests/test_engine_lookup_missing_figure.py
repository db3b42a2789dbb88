"""'what's Club C3's valuation?' where the club has no finances row (or an empty valuation): one
figure looked up of one named row that is empty is declined, naming the figure — never an answer
with an empty cell (found while fixing heldout_demo33, where Berkshire Hathaway's P/E came back NULL)."""
from __future__ import annotations

import pytest
from conftest import Api, start_server
from test_engine import Conv, make_db


@pytest.fixture(scope="module")
def clubs_db(tmp_path_factory):
    clubs = ", ".join(f"({i}, 'Club C{i}', '{('North', 'South')[i % 2]}')" for i in range(1, 21))
    money = ", ".join(f"({i}, {100 + i * 7}, {'NULL' if i == 5 else 1000 + i * 31})" for i in range(1, 21) if i != 3)
    return make_db(tmp_path_factory.mktemp("clubs") / "clubs.sqlite", f"""
        CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT, league TEXT);
        INSERT INTO clubs VALUES {clubs};
        CREATE TABLE finances (club_id INTEGER PRIMARY KEY REFERENCES clubs(club_id), revenue REAL,
                               valuation REAL);
        INSERT INTO finances VALUES {money};""")


def test_the_lookup_carries_its_check(clubs_db):
    c = Conv(clubs_db).ask("what is the valuation of Club C3?")
    assert c.res.tasks[-1].missing is not None and c.res.tasks[-1].missing.row == "Club C3"


def test_an_empty_figure_of_a_named_row_is_declined(clubs_db, tmp_path):
    srv = start_server(tmp_path, [f"sqlite:///{clubs_db}"])
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("clubs")["status"] == "done"
        sid = api.session("clubs")
        for q in ("what is the valuation of Club C3?", "what is the valuation of Club C5?"):
            job = api.ask(sid, q)
            assert job["status"] == "failed" and "valuation" in job["reason"], job
        job = api.ask(sid, "what is the valuation of Club C4?")          # a figure it has: answered
        assert job["status"] == "done" and job["result"]["data"]["rows"][0][-1] is not None
    finally:
        srv.stop()
