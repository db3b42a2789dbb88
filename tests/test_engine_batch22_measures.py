"""Measures and the dates periods apply to, found on blind sets (batch 22): each rule checked on a
schema of its own — a repair workshop whose jobs carry a fee and pass through stages, and a
venue that runs sessions people book. Right or declined, never another answer."""
from __future__ import annotations

import sqlite3

import pytest
from test_engine import Conv, declined, make_db


@pytest.fixture(scope="module")
def workshop_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("workshop") / "workshop.sqlite"
    rows = []
    stages = ["finished", "delivered", "delivered", "open", "cancelled"]
    for i in range(1, 61):
        got = f"202{4 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        stage = stages[i % 5]
        done = f"'202{4 + i % 2}-{1 + i % 12:02d}-{2 + i % 27:02d}'" if stage in ("finished", "delivered") else "NULL"
        rows.append(f"({i}, '{('Ann', 'Bo', 'Cy')[i % 3]}', '{got}', {done}, '{stage}', {20 + (i * 7) % 50})")
    return make_db(path, f"""
    CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, mechanic TEXT, received_on TEXT, finished_on TEXT,
                          stage TEXT, fee REAL);
    INSERT INTO repairs VALUES {", ".join(rows)};
    """)


def rows(path, sql: str):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_charges_in_the_plural_over_periods_are_totalled(workshop_db):
    want = rows(workshop_db, "SELECT strftime('%Y-%m', received_on), SUM(fee) FROM repairs "
                             "WHERE received_on LIKE '2025%' GROUP BY 1 ORDER BY 1")
    c = Conv(workshop_db)
    c.ask("fees by month in 2025")
    assert [(r[0], float(r[-1])) for r in c.rows] == [(m, float(s)) for m, s in want]
    c = Conv(workshop_db)
    c.ask("repairs received each month in 2025")
    c.ask("and fees for those")
    assert [(r[0], float(r[-1])) for r in c.rows] == [(m, float(s)) for m, s in want]
    # the singular is the level of one row: averaged
    c = Conv(workshop_db)
    c.ask("average fee by month in 2025")
    avg = rows(workshop_db, "SELECT strftime('%Y-%m', received_on), AVG(fee) FROM repairs "
                            "WHERE received_on LIKE '2025%' GROUP BY 1 ORDER BY 1")
    assert [round(float(r[-1]), 4) for r in c.rows] == [round(a, 4) for _, a in avg]


def test_a_stage_verb_past_which_the_status_moves_on_is_its_date_being_set(workshop_db):
    # 'finished' is a status value and the verb of finished_on; 'delivered' repairs were finished too
    want = rows(workshop_db, "SELECT mechanic, COUNT(*) FROM repairs WHERE finished_on IS NOT NULL GROUP BY 1")
    c = Conv(workshop_db)
    c.ask("How many repairs has each mechanic finished?")
    assert sorted((r[0], int(r[-1])) for r in c.rows) == sorted(want)
    c = Conv(workshop_db)
    c.ask("how many repairs were finished?")
    assert int(c.rows[0][0]) == rows(workshop_db, "SELECT COUNT(*) FROM repairs WHERE finished_on IS NOT NULL")[0][0]
    # a status no later stage passes keeps its value ('open' has no date of its own)
    c = Conv(workshop_db)
    c.ask("how many open repairs?")
    assert int(c.rows[0][0]) == rows(workshop_db, "SELECT COUNT(*) FROM repairs WHERE stage = 'open'")[0][0]


@pytest.fixture(scope="module")
def track_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("track") / "track.sqlite"
    sessions, bookings = [], []
    for i in range(1, 31):
        # sessions run early in a year; their bookings were made in the December before
        sessions.append(f"({i}, {1 + i % 3}, '{('Sprint', 'Endurance')[i % 2]}', '202{4 + i % 2}-0{1 + i % 3}-1{i % 9} 18:00')")
        for k in range(1, 3):
            b = i * 2 + k
            bookings.append(f"({b}, {i}, {1 + (b % 4)}, {30 + (b * 11) % 70}, '202{3 + i % 2}-12-{10 + k}')")
    return make_db(path, f"""
    CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT, city TEXT);
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venues(venue_id),
                           session_type TEXT, starts_at TEXT);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions(session_id),
                           riders INTEGER, amount_paid REAL, booked_on TEXT);
    INSERT INTO venues VALUES (1, 'North Ring', 'Leeds'), (2, 'South Loop', 'Bath'), (3, 'East Oval', 'Hull');
    INSERT INTO sessions VALUES {", ".join(sessions)};
    INSERT INTO bookings VALUES {", ".join(bookings)};
    """)


def test_money_per_a_countable_column_after_its_total_is_the_ratio_of_totals(track_db):
    c = Conv(track_db)
    c.ask("sprint revenue per venue")
    c.ask("per rider?")
    want = rows(track_db, "SELECT v.venue_name, SUM(b.amount_paid) * 1.0 / SUM(b.riders) FROM bookings b "
                          "JOIN sessions s ON s.session_id = b.session_id JOIN venues v ON v.venue_id = s.venue_id "
                          "WHERE s.session_type = 'Sprint' GROUP BY 1")
    assert sorted((r[0], round(float(r[-1]), 4)) for r in c.rows) == sorted((n, round(x, 4)) for n, x in want)
    assert len(c.rows[0]) == 2          # the ratio, not the two totals side by side


def test_a_period_over_events_of_events_with_dates_of_their_own_is_declined(track_db):
    # a booking has its date, and so has the session it is for: the year of which is not said
    msg = declined(Conv(track_db), "sprint revenue per venue in 2025")
    assert "booked_on" in msg and "starts_at" in msg
    # a date named settles it
    c = Conv(track_db)
    c.ask("revenue per venue for bookings made in 2024")
    want = rows(track_db, "SELECT v.venue_name, SUM(b.amount_paid) FROM bookings b JOIN sessions s ON "
                          "s.session_id = b.session_id JOIN venues v ON v.venue_id = s.venue_id "
                          "WHERE b.booked_on LIKE '2024%' GROUP BY 1")
    assert sorted((r[0], float(r[-1])) for r in c.rows) == sorted((n, float(x)) for n, x in want)


@pytest.fixture(scope="module")
def orders_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("orders") / "orders.sqlite"
    orders = [f"({i}, {1 + i % 3}, '2025-{1 + i % 12:02d}-0{1 + i % 9}', '2025-{1 + i % 12:02d}-1{i % 9}', "
              f"'{('open', 'shipped')[i % 2]}', {3 + i % 4})" for i in range(1, 41)]
    return make_db(path, f"""
    CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT, region TEXT);
    CREATE TABLE orders (order_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
                         order_date TEXT, ship_date TEXT, status TEXT, shipping_charge REAL);
    INSERT INTO shops VALUES (1, 'Wick', 'North'), (2, 'Flame', 'South'), (3, 'Glow', 'East');
    INSERT INTO orders VALUES {", ".join(orders)};
    """)


def test_the_best_period_with_no_figure_named_is_declined(orders_db):
    msg = declined(Conv(orders_db), "which was the best month?")
    assert "'best'" in msg
    # a figure named ranks the periods by it
    c = Conv(orders_db)
    c.ask("which month had the most orders?")
    assert c.rows and len({r[-1] for r in c.rows}) == 1       # (every month tied at the top)
