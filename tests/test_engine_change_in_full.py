"""A change between two periods of a measure the question names itself is a question of its own:
after a share per group it is the change of the total, not the groups' totals of one period."""
from __future__ import annotations

from test_engine import Conv, make_db, rows


def test_a_change_said_in_full_after_shares_is_a_new_question(tmp_path):
    sessions = ", ".join(f"({i}, {1 + i % 3}, '{2023 + i % 2}-0{1 + i % 9}-15', {20 + (i * 13) % 40})"
                         for i in range(1, 81))
    db = make_db(tmp_path / "rooms.sqlite", f"""
    CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT);
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venues(venue_id),
                           played_at TEXT, price_paid REAL);
    INSERT INTO venues VALUES (1, 'North'), (2, 'South'), (3, 'East');
    INSERT INTO sessions VALUES {sessions};
    """)
    c = Conv(db).ask("What share of 2024 revenue came from each venue?")
    assert len(c.rows) == 3
    c.ask("How much did total revenue change between 2023 and 2024?")
    want = rows(db, "SELECT SUM(CASE WHEN played_at LIKE '2024%' THEN price_paid ELSE 0 END) - "
                    "SUM(CASE WHEN played_at LIKE '2023%' THEN price_paid ELSE 0 END) FROM sessions")[0][0]
    assert len(c.rows) == 1 and float(c.rows[0][0]) == float(want)
    c.ask("and for each venue?")                        # said as a follow-up: still an edit
    assert len(c.rows) == 3
