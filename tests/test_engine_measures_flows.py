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


@pytest.fixture(scope="module")
def importer_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("importer") / "importer.sqlite"
    invoices, lines = [], []
    for i in range(1, 25):
        invoices.append(f"({i}, {1 + i % 3}, '202{3 + i % 2}-{1 + i % 12:02d}-10', {100 + (i * 71) % 900}, "
                        f"'{('EUR', 'USD', 'GBP')[i % 3]}')")
        lines.append(f"({i}, {i}, {1 + i % 4}, {5 + (i * 7) % 40}, {2 + i % 5})")
    return make_db(path, f"""
    CREATE TABLE vendors (vendor_id INTEGER PRIMARY KEY, vendor_name TEXT, country TEXT);
    CREATE TABLE invoices (invoice_no INTEGER PRIMARY KEY, vendor_id INTEGER REFERENCES vendors(vendor_id),
                           invoice_date TEXT, amount REAL, currency TEXT);
    CREATE TABLE teas (tea_id INTEGER PRIMARY KEY, tea_name TEXT, tea_family TEXT, list_price_gbp_kg REAL);
    CREATE TABLE invoice_lines (line_id INTEGER PRIMARY KEY, invoice_no INTEGER REFERENCES invoices(invoice_no),
                                tea_id INTEGER REFERENCES teas(tea_id), qty_kg REAL, unit_price REAL);
    INSERT INTO vendors VALUES (1,'Assam Leaf','India'),(2,'Uji Gardens','Japan'),(3,'Fujian Hills','China');
    INSERT INTO teas VALUES (1,'Gunpowder','green',90),(2,'Darjeeling','black',10),(3,'Sencha','green',12),
                            (4,'Keemun','black',15);
    INSERT INTO invoices VALUES {", ".join(invoices)};
    INSERT INTO invoice_lines VALUES {", ".join(lines)};
    """)


def test_money_in_several_currencies_is_totalled_per_currency(importer_db):
    c = Conv(importer_db)
    c.ask("What's the total amount of all our invoices?")
    assert sorted((r[0], float(r[1])) for r in c.rows) == \
        sorted(rows(importer_db, "SELECT currency, SUM(amount) FROM invoices GROUP BY currency"))
    c = Conv(importer_db)
    c.ask("What's the total amount of the invoices in GBP?")       # one currency: one total
    assert [(float(r[0]),) for r in c.rows] == rows(importer_db, "SELECT SUM(amount) FROM invoices "
                                                                "WHERE currency = 'GBP'")


def test_money_in_several_currencies_is_never_ranked_or_converted_unasked(importer_db):
    msg = declined(Conv(importer_db), "What's our biggest single invoice by amount?")
    assert "currency" in msg and "several currencies" in msg
    msg = declined(Conv(importer_db), "Show monthly amount in pounds for 2024")
    assert "'pounds'" in msg or "pounds" in msg


def test_a_price_per_kg_is_no_weight(importer_db):
    c = Conv(importer_db)
    c.ask("Which tea family do we buy the most of by weight?")
    want = rows(importer_db, "SELECT t.tea_family FROM invoice_lines l JOIN teas t ON t.tea_id = l.tea_id "
                             "GROUP BY t.tea_family ORDER BY SUM(l.qty_kg) DESC LIMIT 1")
    assert c.rows[0][0] == want[0][0]


@pytest.fixture(scope="module")
def agents_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("agents") / "agents.sqlite"
    return make_db(path, """
    CREATE TABLE agents (agent_id INTEGER PRIMARY KEY, agent_name TEXT, region TEXT, removed_on TEXT,
                         deleted_at TEXT);
    CREATE TABLE calls (call_id INTEGER PRIMARY KEY, agent_id INTEGER REFERENCES agents(agent_id),
                        call_date TEXT, minutes INTEGER, is_deleted INTEGER);
    INSERT INTO agents VALUES (1,'Ada','North',NULL,NULL),(2,'Bo','North',NULL,'2024-03-01'),
                              (3,'Cy','South',NULL,NULL),(4,'Di','South','2024-01-01','2024-02-01'),
                              (5,'Ed','South',NULL,NULL);
    INSERT INTO calls VALUES (1,1,'2024-01-05',10,0),(2,1,'2024-02-05',20,1),(3,3,'2024-02-07',5,0),
                             (4,5,'2024-03-01',7,0),(5,2,'2024-03-02',9,0);
    """)


def test_soft_deleted_rows_are_left_out_unless_asked_about(agents_db):
    c = Conv(agents_db)
    c.ask("How many agents does each region have?")
    assert sorted((r[0], int(r[1])) for r in c.rows) == [("North", 1), ("South", 2)]
    assert any("deleted" in a["explanation"] for a in c.res.tasks[-1].assumptions)
    c = Conv(agents_db)
    c.ask("How many calls are there?")                        # a yes/no deletion flag
    assert int(c.rows[0][0]) == 4
    c = Conv(agents_db)
    c.ask("How many deleted agents are there?")               # asked about: not left out
    assert "deleted_at" in c.sql.lower()


def test_a_bound_on_the_count_ranked_is_declined(kiosks_db):
    msg = declined(Conv(kiosks_db), "Which town has the most kiosks under 15?")
    assert "'< 15'" in msg
    c = Conv(kiosks_db)
    c.ask("Which towns have fewer than 2 kiosks?")          # a bound alone still keeps groups
    assert [r[0] for r in c.rows] == ["Dartmouth"]
    c = Conv(kiosks_db)
    c.ask("How many kiosks are in each town?")
    c.ask("only those with at least 2")
    c.ask("which town has the most?")                      # a bound kept from before: the groups shown, ranked
    assert len(c.rows) == 1 and c.rows[0][0] == rows(
        kiosks_db, "SELECT town FROM kiosks GROUP BY town HAVING COUNT(*) >= 2 ORDER BY COUNT(*) DESC LIMIT 1")[0][0]
    c = Conv(kiosks_db)
    c.ask("How many kiosks are in each town?")
    c.ask("which town has the most?")
    c.ask("only those with at least 2")                    # said after the ranking: a bound on the figure shown
    assert [r[0] for r in c.rows] == ["Brixham"]


def test_bring_in_is_the_verb_of_the_money_named_after_it(kiosks_db):
    c = Conv(kiosks_db)
    c.ask("Which town's kiosks bring in the most takings?")
    want = rows(kiosks_db, "SELECT k.town FROM sales_days d JOIN kiosks k ON k.kiosk_id = d.kiosk_id "
                           "GROUP BY k.town ORDER BY SUM(d.takings) DESC LIMIT 1")
    assert c.rows[0][0] == want[0][0]
    msg = declined(Conv(kiosks_db), "Which kiosk brought in the most?")     # no money named: what it brought?
    assert "'brought'" in msg or "'most'" in msg
    msg = declined(Conv(kiosks_db), "Which month of 2024 brought in the most takings?")    # a time brings nothing
    assert "'brought'" in msg


def test_how_much_a_row_took_is_the_total_of_the_one_money_in_column(kiosks_db):
    c = Conv(kiosks_db)
    c.ask("How much did Pier Hut take?")
    assert [(float(r[0]),) for r in c.rows] == rows(kiosks_db, "SELECT SUM(takings) FROM sales_days WHERE kiosk_id = 1")


def test_a_money_column_named_for_its_currency_is_in_that_currency(tmp_path):
    path = make_db(tmp_path / "nations.sqlite", """
    CREATE TABLE nations (nation_id INTEGER PRIMARY KEY, nation_name TEXT, continent TEXT, currency TEXT,
                          gdp_usd REAL);
    INSERT INTO nations VALUES (1,'Aland','Europe','EUR',10),(2,'Borsk','Europe','SEK',20),(3,'Cyra','Asia','INR',5);
    """)
    c = Conv(path)
    c.ask("What is the total gdp usd by continent?")
    assert sorted((r[0], float(r[1])) for r in c.rows) == [("Asia", 5.0), ("Europe", 30.0)]


def test_a_total_over_rows_kept_by_two_parents_keeps_each_row(tmp_path):
    """The amounts of a table joined to two parents (a van and a market) are never totalled per one
    parent first: the other parent's condition needs the rows' own key to it."""
    path = make_db(tmp_path / "vans.sqlite", """
    CREATE TABLE vans (van_id INTEGER PRIMARY KEY, van_name TEXT);
    CREATE TABLE fairs (fair_id INTEGER PRIMARY KEY, fair_name TEXT, town TEXT);
    CREATE TABLE stands (stand_id INTEGER PRIMARY KEY, van_id INTEGER REFERENCES vans(van_id),
                         fair_id INTEGER REFERENCES fairs(fair_id), stand_date TEXT, takings REAL);
    INSERT INTO vans VALUES (1,'Crepe Van'),(2,'Pie Van');
    INSERT INTO fairs VALUES (1,'Harbour Fair','Looe'),(2,'Abbey Fair','Fowey');
    INSERT INTO stands VALUES (1,1,1,'2024-01-01',100),(2,1,2,'2024-01-02',40),(3,2,2,'2024-01-03',70),
                              (4,1,2,'2024-02-02',5);
    """)
    c = Conv(path)
    c.ask("What were the total takings of Crepe Van at Abbey Fair?")
    assert float(c.rows[0][0]) == 45.0
    c = Conv(path)
    c.ask("total takings of each van at Abbey Fair")
    assert sorted((r[0], float(r[1])) for r in c.rows) == [("Crepe Van", 45.0), ("Pie Van", 70.0)]
