"""'delayed shipments by client': rows named in the plural before 'by', of a table with many rows
for each row of the one after it, are counted for each of those — not a listing of the clients
that have one; 'each client' with nothing to count stays a listing."""
from __future__ import annotations

from test_engine import Conv, make_db, rows


def test_rows_by_their_parent_are_counted_per_parent(tmp_path):
    ships = ", ".join(f"({i}, {1 + i % 4}, '{['delayed', 'delivered', 'lost'][i % 3]}')" for i in range(1, 41))
    db = make_db(tmp_path / "freight.sqlite", f"""
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_name TEXT, city TEXT);
    CREATE TABLE shipments (shipment_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                            status TEXT);
    INSERT INTO clients VALUES (1, 'Acme', 'Leeds'), (2, 'Brill', 'York'), (3, 'Corvo', 'Hull'), (4, 'Dune', 'Ely');
    INSERT INTO shipments VALUES {ships};
    """)
    want = rows(db, "SELECT c.client_name, COUNT(*) FROM shipments s JOIN clients c ON c.client_id = s.client_id "
                    "WHERE s.status = 'delayed' GROUP BY c.client_name")
    c = Conv(db).ask("delayed shipments by client")
    assert sorted((n, int(k)) for n, k in c.rows) == sorted(want) and len(want) == 4
    c = Conv(db).ask("shipments by client")
    assert sum(int(k) for _n, k in c.rows) == 40
    c = Conv(db).ask("list each client")                   # nothing to count: a listing, as before
    assert len(c.rows) == 4 and "COUNT" not in c.sql.upper()
