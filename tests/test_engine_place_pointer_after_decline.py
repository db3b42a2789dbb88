"""Right after a round that was not answered, 'from there' / 'in there' points at a place that
round's answer would have named; there is none, so the question is declined instead of being read
over every place. Asked on its own (no round declined before) the same words are not needed. The
schema is built here."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db

from c2q_shell.server.engine import Engine

_DECLINED = "which region has the best uplift in the spring promo?"


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("promo") / "promo.sqlite"
    members = ",".join(f"({i},'{('North', 'South', 'West')[i % 3]}')" for i in range(1, 31))
    arms = ",".join(f"({i},{i},'{('arm_a', 'arm_b')[i % 2]}')" for i in range(1, 31))
    return make_db(path, f"""
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, region TEXT);
    CREATE TABLE arms (arm_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id), arm TEXT);
    INSERT INTO members VALUES {members};
    INSERT INTO arms VALUES {arms};
    """)


@pytest.mark.parametrize("q", ["how many members from there were in arm_b?",
                               "how many members in there were in arm_b?"])
def test_a_place_pointed_at_after_a_decline_is_declined(shop_db, q):
    c = Conv(shop_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, _DECLINED, q)
    assert "there" in str(e.value)


def test_without_the_pointer_it_is_answered(shop_db):
    c = Conv(shop_db)
    res = answered_after_a_decline(c, _DECLINED, "how many members were in arm_b?")
    assert "arm_b" in res.tasks[-1].sql
