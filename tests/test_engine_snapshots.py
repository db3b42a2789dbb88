"""Tables of snapshots and events of subscriptions: the things of a month are that month's snapshot
rows, a level averaged over snapshots is the newest one's, 'and then' sequences are declined, a
phrasal verb ('moved up') is no part of a value with another particle ('moved away'), and revenue
over payments leaves the failed and refunded ones out. On a schema of its own (a gym: customers
with monthly snapshots, memberships with cancel reasons, payments with a status)."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def gym_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gym") / "gym.sqlite"
    customers, snaps, subs, pays = [], [], [], []
    for i in range(1, 41):
        customers.append(f"({i}, 'Cust {i}', '{('FR', 'UK', 'US')[i % 3]}', '2023-{1 + i % 12:02d}-{1 + i % 27:02d}')")
        for mth in range(1 + i % 5, 13):
            snaps.append(f"({i}, '2024-{mth:02d}', {20 + (i * mth) % 70}.0)")
        reason = ("NULL", "'moved away'", "'switched tier'", "'too expensive'")[i % 4]
        end = "NULL" if reason == "NULL" else f"'2024-{1 + i % 12:02d}-15'"
        subs.append(f"({i}, {i}, '{('Bronze', 'Silver', 'Gold')[i % 3]}', '2023-06-01', {end}, {reason})")
        for k in range(3):
            status = ("paid", "failed", "refunded", "paid", "paid")[(i + k) % 5]
            pays.append(f"({i * 10 + k}, {i}, '2024-{1 + (i + k) % 12:02d}-05', {15 + (i + k) % 9}.5, '{status}')")
    return make_db(path, f"""
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, customer_name TEXT, country TEXT, created_on TEXT);
    CREATE TABLE month_snapshot (customer_id INTEGER REFERENCES customers(customer_id), snapshot_month TEXT,
                                 mrr REAL, PRIMARY KEY (customer_id, snapshot_month));
    CREATE TABLE memberships (membership_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
                              tier TEXT, start_date TEXT, end_date TEXT, cancel_reason TEXT);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY,
                           membership_id INTEGER REFERENCES memberships(membership_id),
                           payment_date TEXT, amount REAL, status TEXT);
    INSERT INTO customers VALUES {", ".join(customers)};
    INSERT INTO month_snapshot VALUES {", ".join(snaps)};
    INSERT INTO memberships VALUES {", ".join(subs)};
    INSERT INTO payments VALUES {", ".join(pays)};
    """)


def test_things_had_each_month_are_not_read_from_their_creation_date(gym_db):
    # the customers of a month are that month's snapshot rows, never those created in it
    reason = declined(Conv(gym_db), "How many customers did we have each month in 2023?")
    assert "month_snapshot" in reason
    reason = declined(Conv(gym_db), "How many customers did we have in March 2023?")
    assert "month_snapshot" in reason
    # a date the question names is read as said
    c = Conv(gym_db).ask("How many customers were created each month in 2023?")
    assert "created_on" in c.sql and sum(int(r[1]) for r in c.rows) == 40


def test_a_level_averaged_over_snapshots_is_the_newest_snapshot(gym_db):
    c = Conv(gym_db).ask("what's the average mrr in the UK?")
    ref = rows(gym_db, "SELECT AVG(s.mrr) FROM month_snapshot s JOIN customers c ON c.customer_id = s.customer_id "
                       "WHERE c.country = 'UK' AND s.snapshot_month = '2024-12'")
    assert float(c.rows[0][0]) == pytest.approx(ref[0][0])
    assert any("2024-12" in a["explanation"] for a in c.res.tasks[0].assumptions)
    # a total over the months adds up what each month took
    c = Conv(gym_db).ask("what's the total mrr in the UK?")
    ref = rows(gym_db, "SELECT SUM(s.mrr) FROM month_snapshot s JOIN customers c ON c.customer_id = s.customer_id "
                       "WHERE c.country = 'UK'")
    assert float(c.rows[0][0]) == pytest.approx(ref[0][0])


def test_one_event_and_then_another_is_declined(gym_db):
    reason = declined(Conv(gym_db), "How many customers had a failed payment and then cancelled?")
    assert "then" in reason


def test_a_phrasal_verb_is_no_part_of_a_value_with_another_particle(gym_db):
    assert "moved" in declined(Conv(gym_db), "how many customers moved up?")
    c = Conv(gym_db).ask("how many customers moved away?")
    assert "moved away" in c.sql


def test_revenue_over_payments_leaves_out_failed_and_refunded_ones(gym_db):
    c = Conv(gym_db).ask("Revenue by tier in 2024")
    ref = rows(gym_db, "SELECT m.tier, SUM(p.amount) FROM payments p JOIN memberships m ON m.membership_id = "
                       "p.membership_id WHERE p.status = 'paid' AND p.payment_date LIKE '2024%' GROUP BY m.tier")
    assert sorted((r[0], round(float(r[1]), 2)) for r in c.rows) == sorted((t, round(v, 2)) for t, v in ref)
    assert any("failed" in a["explanation"] for a in c.res.tasks[0].assumptions)
    # each status asked for keeps every status
    c = Conv(gym_db).ask("Revenue by status")
    assert sorted(r[0] for r in c.rows) == ["failed", "paid", "refunded"]
