"""The measures family on schemas of their own: what is added up, how, and over which rows —
money taken or spent per period is a total, a money verb after 'what' asks that total, amounts in
several currencies are never added or ranked together unconverted, soft-deleted rows are left out."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def kiosks_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("kiosks") / "kiosks.sqlite"
    days = []
    for i in range(1, 61):
        days.append(f"({i}, {1 + i % 3}, '202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}', {100 + (i * 37) % 250})")
    outs = []
    for i in range(1, 31):
        outs.append(f"({i}, {1 + i % 3}, '202{3 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}', "
                    f"'{('gas', 'rent', 'stock')[i % 3]}', {20 + (i * 13) % 90})")
    return make_db(path, f"""
    CREATE TABLE kiosks (kiosk_id INTEGER PRIMARY KEY, kiosk_name TEXT, town TEXT);
    CREATE TABLE sales_days (day_id INTEGER PRIMARY KEY, kiosk_id INTEGER REFERENCES kiosks(kiosk_id),
                             sale_date TEXT, takings REAL);
    CREATE TABLE outgoings (outgoing_id INTEGER PRIMARY KEY, kiosk_id INTEGER REFERENCES kiosks(kiosk_id),
                            paid_on TEXT, category TEXT, amount REAL);
    INSERT INTO kiosks VALUES (1,'Pier Hut','Brixham'),(2,'Quay Cart','Dartmouth'),(3,'Bay Stall','Brixham');
    INSERT INTO sales_days VALUES {", ".join(days)};
    INSERT INTO outgoings VALUES {", ".join(outs)};
    """)


def test_money_taken_per_period_is_totalled(kiosks_db):
    c = Conv(kiosks_db)
    c.ask("Show monthly takings for 2024")
    want = rows(kiosks_db, "SELECT strftime('%Y-%m', sale_date), SUM(takings) FROM sales_days "
                           "WHERE sale_date LIKE '2024%' GROUP BY 1 ORDER BY 1")
    assert [(r[0], float(r[1])) for r in c.rows] == want
    c.ask("which month was best?")
    assert c.rows[0][0] == max(want, key=lambda r: r[1])[0]


def test_what_a_money_verb_asks_is_the_total(kiosks_db):
    want = rows(kiosks_db, "SELECT SUM(amount) FROM outgoings WHERE category = 'gas' AND paid_on LIKE '2024%'")
    for q in ("What did we spend on gas in 2024?", "What was spent on gas in 2024?"):
        c = Conv(kiosks_db)
        c.ask(q)
        assert [(float(r[0]),) for r in c.rows] == want, q
