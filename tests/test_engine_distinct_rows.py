"""'how many distinct members': a table's rows are distinct by their key, so the count is of its rows —
unless a column that tells the rows apart nearly everywhere (a registration number) repeats on a
few: then one thing may sit in several rows, and the question is declined naming that column (found
by heldout_demo31, where share classes of one company share its CIK)."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db


def _db(path, repeats: bool):
    regs = [f"'R{i:03d}'" for i in range(1, 41)]
    if repeats:
        regs[5] = regs[4]
        regs[9] = regs[8]
    members = ", ".join(f"({i}, 'Member {i}', {regs[i - 1]}, '{('north', 'south')[i % 2]}')" for i in range(1, 41))
    return make_db(path, f"""
        CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, reg_no TEXT, area TEXT);
        INSERT INTO members VALUES {members};""")


def test_distinct_rows_with_a_repeating_near_key_are_declined(tmp_path):
    db = _db(tmp_path / "rep.sqlite", repeats=True)
    reason = declined(Conv(db), "how many distinct members are there?")
    assert "reg_no" in reason and "distinct members" in reason
    assert int(Conv(db).ask("how many members are there?").rows[0][0]) == 40


def test_distinct_rows_with_no_repeats_are_the_rows(tmp_path):
    db = _db(tmp_path / "norep.sqlite", repeats=False)
    assert int(Conv(db).ask("how many distinct members are there?").rows[0][0]) == 40


@pytest.mark.parametrize("q", ["how many distinct reg_no values are there?", "how many distinct areas are there?"])
def test_distinct_values_of_a_column_are_still_counted(tmp_path, q):
    db = _db(tmp_path / "rep2.sqlite", repeats=True)
    n = int(Conv(db).ask(q).rows[0][0])
    assert n == (38 if "reg" in q else 2)
