"""Measures that add up and measures that are levels: how a measure named without an aggregate
word is combined, what 'average … per <entity>' means, and what a count of a lookup's label
counts. Checked on a schema of its own (warehouse sites, clients, shipments and a status lookup)."""
from __future__ import annotations

import pytest
from test_engine import Conv, declined, make_db, rows


@pytest.fixture(scope="module")
def depot_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("depot") / "depot.sqlite"
    shipments = []
    for i in range(1, 61):
        day = f"{2023 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        shipments.append(f"({i}, {2020 + i % 7}, {1 + i % 4}, '{('DLV', 'RTN', 'DLV', 'PND')[i % 4]}', '{day}', "
                         f"{1 + i % 9}, {2.5 + i % 5}, {100 + (i * 37) % 400})")
    return make_db(path, f"""
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, region TEXT, budget REAL, rating REAL,
                        opened_on TEXT, inspected_on TEXT);
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, sector TEXT, joined_on TEXT);
    CREATE TABLE ship_status (status_cd TEXT PRIMARY KEY, status_label TEXT);
    CREATE TABLE shipments (shipment_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                            site_id INTEGER REFERENCES sites(site_id),
                            status_cd TEXT REFERENCES ship_status(status_cd), shipped_on TEXT,
                            units INTEGER, unit_price REAL, charge_value REAL);
    INSERT INTO sites VALUES (1,'Dock A','East',1200,4.5,'2019-02-01','2023-03-01'),
                             (2,'Dock B','East',800,3.0,'2021-06-01','2022-04-04'),
                             (3,'Yard C','West',500,4.0,'2022-01-10','2023-05-05'),
                             (4,'Yard D','West',1500,2.5,'2023-08-08','2024-01-01');
    -- client keys look like years (2020 … 2026)
    INSERT INTO clients VALUES (2020,'Acme','Retail','2021-03-01'),(2021,'Birch','Retail','2022-05-11'),
                               (2022,'Cobalt','Energy','2020-01-20'),(2023,'Dune','Energy','2023-07-07'),
                               (2024,'Elm','Health','2022-02-02'),(2025,'Fjord','Health','2021-09-30'),
                               (2026,'Gale','Retail','2020-11-11');
    INSERT INTO ship_status VALUES ('DLV','Delivered'),('RTN','Returned'),('PND','Pending');
    INSERT INTO shipments VALUES {", ".join(shipments)};
    """)


def _same(got, ref) -> bool:
    norm = sorted(tuple(round(float(v), 4) if isinstance(v, (int, float)) or _num(v) else v for v in r) for r in got)
    return norm == sorted(tuple(round(float(v), 4) if isinstance(v, (int, float)) else v for v in r) for r in ref)


def _num(v) -> bool:
    try:
        float(v)
        return True
    except (TypeError, ValueError):
        return False


def test_amounts_budgets_quantities_and_values_add_up_levels_are_averaged(depot_db):
    c = Conv(depot_db).ask("budget by region")
    assert _same(c.rows, rows(depot_db, "SELECT region, SUM(budget) FROM sites GROUP BY region"))
    assert any("totalled" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c = Conv(depot_db).ask("rating by region")
    assert _same(c.rows, rows(depot_db, "SELECT region, AVG(rating) FROM sites GROUP BY region"))
    c = Conv(depot_db).ask("units by region")
    assert _same(c.rows, rows(depot_db, "SELECT s.region, SUM(x.units) FROM shipments x JOIN sites s "
                                        "ON s.site_id = x.site_id GROUP BY s.region"))
    c = Conv(depot_db).ask("charge value by sector")
    assert _same(c.rows, rows(depot_db, "SELECT c.sector, SUM(x.charge_value) FROM shipments x JOIN clients c "
                                        "ON c.client_id = x.client_id GROUP BY c.sector"))
    c = Conv(depot_db).ask("unit price by region")     # a price is a level, never a total
    assert _same(c.rows, rows(depot_db, "SELECT s.region, AVG(x.unit_price) FROM shipments x JOIN sites s "
                                        "ON s.site_id = x.site_id GROUP BY s.region"))


def test_a_year_in_the_dates_of_a_table_named_is_no_key(depot_db):
    c = Conv(depot_db).ask("total units per client 2024")       # every client, in the year 2024
    assert "client_id = 2024" not in c.sql.replace('"', "")
    assert _same([r[-1:] for r in c.rows], rows(depot_db, "SELECT SUM(units) FROM shipments WHERE shipped_on "
                                                         "LIKE '2024%' GROUP BY client_id"))
    c = Conv(depot_db).ask("shipments 2023")                    # a year said alone, last
    assert len(c.rows) == len(rows(depot_db, "SELECT * FROM shipments WHERE shipped_on LIKE '2023%'"))
    c = Conv(depot_db).ask("total units of client #2024")       # marked as a key: that client
    assert _same([r[-1:] for r in c.rows], rows(depot_db, "SELECT SUM(units) FROM shipments WHERE client_id = 2024"))
    # a key 2024 and shipments of 2024: which one is meant is not said
    msg = declined(Conv(depot_db), "total units of client 2024")
    assert "'client 2024'" in msg and "#2024" in msg
    # the year of two dates every site has: which one is not said
    msg = declined(Conv(depot_db), "sites 2023")
    assert "'2023'" in msg and "opened_on" in msg and "inspected_on" in msg
    # a year no date of the data holds is left unread
    assert "'1990'" in declined(Conv(depot_db), "shipments 1990")


def test_an_average_amount_per_parent_is_the_total_over_the_parents(depot_db):
    c = Conv(depot_db).ask("average charge value per client")          # one figure
    assert _same(c.rows, rows(depot_db, "SELECT SUM(charge_value) * 1.0 / COUNT(DISTINCT client_id) FROM shipments"))
    assert any("per client" in a["explanation"] for a in c.res.tasks[0].assumptions)
    c = Conv(depot_db).ask("average units per client in 2024")
    assert _same(c.rows, rows(depot_db, "SELECT SUM(units) * 1.0 / COUNT(DISTINCT client_id) FROM shipments "
                                        "WHERE shipped_on LIKE '2024%'"))
    c = Conv(depot_db).ask("average charge value per client by sector")   # one figure per other group
    assert _same(c.rows, rows(depot_db, "SELECT c.sector, SUM(x.charge_value) * 1.0 / COUNT(DISTINCT x.client_id) "
                                        "FROM shipments x JOIN clients c ON c.client_id = x.client_id GROUP BY c.sector"))
    # a level is averaged per parent, and so is an amount of the rows the question names
    c = Conv(depot_db).ask("average unit price per client")
    assert _same(c.rows, rows(depot_db, "SELECT c.client_name, AVG(x.unit_price) FROM shipments x JOIN clients c "
                                        "ON c.client_id = x.client_id GROUP BY c.client_id"))
    c = Conv(depot_db).ask("average charge value of shipments per client")
    assert _same(c.rows, rows(depot_db, "SELECT c.client_name, AVG(x.charge_value) FROM shipments x JOIN clients c "
                                        "ON c.client_id = x.client_id GROUP BY c.client_id"))


def test_per_the_rows_of_the_measure_keeps_the_groups_shown(depot_db):
    c = Conv(depot_db).ask("budget by region")
    c.ask("avg per site")                   # each site is one row: the average over the sites of each region
    assert _same(c.rows, rows(depot_db, "SELECT region, AVG(budget) FROM sites GROUP BY region"))
    c = Conv(depot_db).ask("units by region")
    c.ask("avg per shipment")
    assert _same(c.rows, rows(depot_db, "SELECT s.region, AVG(x.units) FROM shipments x JOIN sites s "
                                        "ON s.site_id = x.site_id GROUP BY s.region"))


def test_a_count_of_a_lookup_label_counts_the_rows_that_refer_to_it(depot_db, tmp_path):
    c = Conv(depot_db).ask("how many were pending?")       # 'Pending' is one row of ship_status
    assert _same(c.rows, rows(depot_db, "SELECT COUNT(*) FROM shipments WHERE status_cd = 'PND'"))
    assert any("refer to it" in a["explanation"] for a in c.res.tasks[0].assumptions)
    # two tables refer to the lookup: which rows to count is not said
    path = make_db(tmp_path / "two.sqlite", """
    CREATE TABLE tiers (tier_cd TEXT PRIMARY KEY, tier_label TEXT);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name TEXT, tier_cd TEXT REFERENCES tiers(tier_cd));
    CREATE TABLE offers (offer_id INTEGER PRIMARY KEY, offer_name TEXT, tier_cd TEXT REFERENCES tiers(tier_cd));
    INSERT INTO tiers VALUES ('G','Gold'),('S','Silver');
    INSERT INTO members VALUES (1,'Ann','G'),(2,'Bo','S'),(3,'Cy','G');
    INSERT INTO offers VALUES (1,'Lounge','G'),(2,'Voucher','S');
    """)
    msg = declined(Conv(path), "how many are gold?")
    assert "'Gold' is one row of tiers" in msg and "members" in msg and "offers" in msg


def test_rows_per_entity_with_no_measure_is_a_count(depot_db):
    c = Conv(depot_db).ask("shipments per client")
    assert _same(c.rows, rows(depot_db, "SELECT c.client_name, COUNT(*) FROM shipments x JOIN clients c "
                                        "ON c.client_id = x.client_id GROUP BY c.client_id"))
    c = Conv(depot_db).ask("pending shipments per site")
    assert _same(c.rows, rows(depot_db, "SELECT s.site_name, COUNT(*) FROM shipments x JOIN sites s "
                                        "ON s.site_id = x.site_id WHERE x.status_cd = 'PND' GROUP BY s.site_id"))
    c = Conv(depot_db).ask("charge value of shipments per client")    # a measure is named: no count
    assert "COUNT" not in c.sql.upper()


def test_a_measure_per_a_unit_the_data_lacks_is_declined(depot_db):
    msg = declined(Conv(depot_db), "budget per sq ft by region")
    assert "'per sq ft'" in msg
    c = Conv(depot_db).ask("budget per site by region")        # the sites are rows: answered
    assert _same(c.rows, rows(depot_db, "SELECT region, AVG(budget) FROM sites GROUP BY region"))


def test_an_amount_per_parent_after_groups(depot_db):
    c = Conv(depot_db).ask("units by sector")
    c.ask("avg per client")                 # within each sector: its total over its clients
    assert _same(c.rows, rows(depot_db, "SELECT c.sector, SUM(x.units) * 1.0 / COUNT(DISTINCT x.client_id) FROM "
                                        "shipments x JOIN clients c ON c.client_id = x.client_id GROUP BY c.sector"))
    c = Conv(depot_db).ask("units by region")     # groups of the sites: within them, or per client?
    assert "'per client'" in declined(c, "avg per client")


def test_how_much_with_nothing_after_it_is_no_count_of_rows(depot_db):
    msg = declined(Conv(depot_db), "biggest charge value ever - who and how much")
    assert "'how much'" in msg
