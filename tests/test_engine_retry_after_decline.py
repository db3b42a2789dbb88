"""The declined question asked again with words left out ('firms with a pe above 100' after 'firms
with a pe above 100 or negative eps' was declined) is a retry, read on its own; a fragment naming no
rows ('pe above 100') still has nothing to go on from."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def firms_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("firms") / "firms.sqlite", """
        CREATE TABLE firms (ticker TEXT PRIMARY KEY, name TEXT, sector TEXT, pe REAL, eps REAL);
        INSERT INTO firms VALUES ('AA','Alpha','Energy',120,1.0),('BB','Beta','Energy',12,-0.5),
          ('CC','Gamma','Utilities',150,2.0),('DD','Delta','Tech',30,3.0);""")


def test_a_shorter_retry_of_a_declined_question_is_read_on_its_own(firms_db):
    res = answered_after_a_decline(Conv(firms_db), "firms with a pe above 100 or negative eps", "firms with a pe above 100")
    c = Conv(firms_db)
    out = c.src.execute(res.tasks[-1].sql, 100, 10)
    assert sorted(r[0] for r in out.rows) == ["Alpha", "Gamma"]


def test_a_fragment_after_a_declined_question_still_declines(firms_db):
    with pytest.raises(Engine.CannotAnswer, match="nothing to point at"):
        answered_after_a_decline(Conv(firms_db), "firms with a pe above 100 or negative eps", "pe above 100")
