"""Measures that add up and measures that are levels: how a measure named without an aggregate
word is combined, what 'average … per <entity>' means, and what a count of a lookup's label
counts. Checked on a schema of its own (warehouse sites, clients, shipments and a status lookup)."""
from __future__ import annotations

import pytest
from test_engine import Conv, make_db, rows


@pytest.fixture(scope="module")
def depot_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("depot") / "depot.sqlite"
    shipments = []
    for i in range(1, 61):
        day = f"{2023 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        shipments.append(f"({i}, {1 + i % 7}, {1 + i % 4}, '{('DLV', 'RTN', 'DLV', 'PND')[i % 4]}', '{day}', "
                         f"{1 + i % 9}, {2.5 + i % 5}, {100 + (i * 37) % 400})")
    return make_db(path, f"""
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name TEXT, region TEXT, budget REAL, rating REAL);
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, sector TEXT, joined_on TEXT);
    CREATE TABLE ship_status (status_cd TEXT PRIMARY KEY, status_label TEXT);
    CREATE TABLE shipments (shipment_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                            site_id INTEGER REFERENCES sites(site_id),
                            status_cd TEXT REFERENCES ship_status(status_cd), shipped_on TEXT,
                            units INTEGER, unit_price REAL, charge_value REAL);
    INSERT INTO sites VALUES (1,'Dock A','East',1200,4.5),(2,'Dock B','East',800,3.0),(3,'Yard C','West',500,4.0),
                             (4,'Yard D','West',1500,2.5);
    INSERT INTO clients VALUES (1,'Acme','Retail','2021-03-01'),(2,'Birch','Retail','2022-05-11'),
                               (3,'Cobalt','Energy','2020-01-20'),(4,'Dune','Energy','2023-07-07'),
                               (5,'Elm','Health','2022-02-02'),(6,'Fjord','Health','2021-09-30'),
                               (7,'Gale','Retail','2020-11-11');
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
