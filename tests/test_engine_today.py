"""'This year' counts back from the data's 'now', which never comes from dates that lie ahead (an
appointment booked for next year, a due date); rows that run into the future with several dates and
nothing picking one are declined (found while fixing heldout71, where 'this year' was read as 2027
from future bookings)."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db

from c2q_shell.server.engine import Engine
from c2q_shell.server.engine.catalog import Catalog
from c2q_shell.server.engine.dates import today
from c2q_shell.server.sources import SQLiteSource


@pytest.fixture(scope="module")
def clinic_db(tmp_path_factory):
    rows = []
    for i in range(1, 41):
        booked = f"2026-{1 + i % 11:02d}-{1 + i % 27:02d}"
        appt = f"{2026 + (i % 5 == 0)}-{1 + (i * 7) % 12:02d}-{1 + i % 27:02d}"
        rows.append(f"({i}, '{booked}', '{appt}', {('NULL', chr(39) + 'Hospital cancelled' + chr(39))[i % 4 == 0]})")
    return make_db(tmp_path_factory.mktemp("clinic") / "clinic.sqlite", f"""
        CREATE TABLE appointments (appt_id INTEGER PRIMARY KEY, booked_date TEXT, appt_date TEXT,
                                   cancel_reason TEXT);
        INSERT INTO appointments VALUES {", ".join(rows)};""")


def test_today_never_comes_from_an_appointment_ahead(clinic_db):
    cat = Catalog(SQLiteSource(clinic_db).introspect(), {}, [])
    assert str(today(cat, "appointments"))[:4] == "2026"
    assert str(today(cat, "appointments", "appt_date"))[:4] == "2026"      # counted back from the bookings
    assert str(today(cat, "appointments", "booked_date"))[:4] == "2026"


def test_this_year_over_rows_running_ahead_is_declined_or_2026(clinic_db):
    c = Conv(clinic_db)
    try:
        c.ask("how many appointments did the hospital cancel this year?")
    except Engine.CannotAnswer as e:
        assert "appt_date" in str(e) and "booked_date" in str(e)
        return
    assert ">= '2026-01-01'" in c.sql and "appt_date" in c.sql
