"""Wordings of a public-sector performance report: 'excluding withdrawn cases', where the noun
after the value only names the rows the value picks out."""
from __future__ import annotations

from test_engine import Conv, declined, make_db, rows


def _tickets(tmp_path):
    values = ", ".join(f"({i}, '{('Open', 'Closed', 'Withdrawn')[i % 3]}', '{2023 + i % 2}-0{1 + i % 9}-10')"
                       for i in range(1, 61))
    return make_db(tmp_path / "desk.sqlite", f"""
    CREATE TABLE complaints (complaint_id INTEGER PRIMARY KEY, status TEXT, logged_on TEXT);
    INSERT INTO complaints VALUES {values};
    """)


def test_cases_after_an_excluded_value_names_the_rows(tmp_path):
    db = _tickets(tmp_path)
    c = Conv(db).ask("How many complaints were logged in 2024, excluding withdrawn cases?")
    want = rows(db, "SELECT COUNT(*) FROM complaints WHERE logged_on LIKE '2024%' AND status <> 'Withdrawn'")
    assert [[int(v) for v in r] for r in c.rows] == [list(r) for r in want]


def test_cases_without_a_value_before_it_is_still_declined(tmp_path):
    db = _tickets(tmp_path)
    assert "cases" in declined(Conv(db), "How many cases were logged in 2024?")


def test_still_before_a_state_kept_in_a_table_of_codes(tmp_path):
    values = ", ".join(f"({i}, '{('O', 'C', 'W')[i % 3]}')" for i in range(1, 31))
    db = make_db(tmp_path / "codes.sqlite", f"""
    CREATE TABLE status_codes (status TEXT PRIMARY KEY, description TEXT);
    CREATE TABLE requests (request_id INTEGER PRIMARY KEY, status TEXT REFERENCES status_codes(status));
    INSERT INTO status_codes VALUES ('O', 'Awaiting approval'), ('C', 'Closed'), ('W', 'Withdrawn');
    INSERT INTO requests VALUES {values};
    """)
    c = Conv(db).ask("How many requests are still awaiting approval?")
    assert [[int(v) for v in r] for r in c.rows] == [list(r) for r in rows(
        db, "SELECT COUNT(*) FROM requests WHERE status = 'O'")]
