"""Nothing the engine or a request does can write to a served database: the sqlglot gate allows
one read-only query, LIMIT-capped; SQLite is opened read-only; a timeout stops runaway queries."""
from __future__ import annotations

import hashlib

import pytest
from conftest import Api, start_server

from c2q_shell.server import safety
from c2q_shell.server.sources import SourceError, SQLiteSource

WRITES = [
    "DELETE FROM orders",
    "UPDATE orders SET amount = 0",
    "INSERT INTO orders (id) VALUES (999)",
    "DROP TABLE orders",
    "CREATE TABLE x AS SELECT * FROM orders",
    "WITH x AS (DELETE FROM orders RETURNING *) SELECT * FROM x",
    "SELECT * FROM orders; DELETE FROM orders",
    "ATTACH DATABASE '/tmp/evil.sqlite' AS evil",
    "PRAGMA writable_schema = 1",
    "SELECT load_extension('evil')",
    "REPLACE INTO orders (id) VALUES (1)",
    "VACUUM",
]


@pytest.mark.parametrize("sql", WRITES)
def test_gate_refuses_writes(sql):
    with pytest.raises(safety.UnsafeSQL):
        safety.check(sql, "sqlite", 100)


@pytest.mark.parametrize("dialect", ["sqlite", "mysql"])
def test_gate_caps_limits(dialect):
    assert safety.check("SELECT * FROM t", dialect, 100)[1].endswith("LIMIT 101")
    assert safety.check("SELECT * FROM t LIMIT 5", dialect, 100)[1].endswith("LIMIT 5")
    assert safety.check("SELECT * FROM t LIMIT 5000", dialect, 100)[1].endswith("LIMIT 101")
    assert "LIMIT 101" in safety.check("SELECT 1 UNION SELECT 2", dialect, 100)[1]
    with pytest.raises(safety.UnsafeSQL):
        safety.check("SELECT SLEEP(10)", dialect, 100)
    with pytest.raises(safety.UnsafeSQL):
        safety.check("SELECT * FROM t FOR UPDATE", dialect, 100)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_nothing_reaches_the_file(tmp_path, data_dir):
    import shutil
    db = tmp_path / "guarded.sqlite"
    shutil.copy(data_dir / "shop.sqlite", db)
    before = digest(db)
    srv = start_server(tmp_path / "state", [f"sqlite:///{db}"])
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("guarded")
        kid = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "guarded", "description": ""})["knowledge_base_id"]
        sid = api.session("guarded")
        for i, sql in enumerate(WRITES):
            # a few-shot answer is used verbatim, so this is the engine emitting the statement
            api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "few-shot", "meta_data": {},
                                                              "raw_data": {"question": f"do thing {i}", "answer": sql}})
            job = api.ask(sid, f"do thing {i}")
            assert job["status"] == "failed", sql
            assert job["result"]["sql_error"] and "generated SQL failed" in job["reason"]
        for q in ("delete all orders", "drop the customers table", "update every price to zero"):
            assert api.ask(sid, q)["status"] in ("done", "failed")
    finally:
        srv.stop()
    assert digest(db) == before


def test_sqlite_connection_is_read_only(data_dir):
    src = SQLiteSource(data_dir / "shop.sqlite")
    with pytest.raises(SourceError, match="readonly|read-only|attempt to write"):
        src.execute("DELETE FROM orders", 10, 5)


def test_runaway_query_is_stopped(data_dir):
    src = SQLiteSource(data_dir / "shop.sqlite")
    forever = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
    with pytest.raises(SourceError, match="limit and was stopped"):
        src.execute(forever, 10, 0.3)
    assert src.execute("SELECT COUNT(*) FROM orders", 10, 5).rows   # the connection still works


def test_result_cap_is_reported(tmp_path, data_dir):
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'sp500_eval.sqlite'}"], max_rows=7)
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("sp500_eval")
        job = api.ask(api.session("sp500_eval"), "list all companies")
        ans = job["result"]
        assert len(ans["data"]["rows"]) == 7 and "cut to the first 7 rows" in ans["description"]
    finally:
        srv.stop()


OUTSIDE_SQLITE = [
    "SELECT * FROM pragma_database_list",
    "SELECT file FROM pragma_database_list()",
    'SELECT * FROM "PRAGMA_DATABASE_LIST" AS p',
    "SELECT name FROM orders, pragma_table_info('orders')",
    "SELECT (SELECT file FROM pragma_database_list LIMIT 1)",
    "SELECT * FROM temp.sqlite_master",
    "SELECT * FROM other.orders",
    "SELECT * FROM sqlite_dbpage",
    "SELECT * FROM dbstat",
]


@pytest.mark.parametrize("sql", OUTSIDE_SQLITE)
def test_gate_keeps_sqlite_queries_in_the_served_file(sql):
    with pytest.raises(safety.UnsafeSQL):
        safety.check(sql, "sqlite", 100)


@pytest.mark.parametrize("sql,database", [
    ("SELECT * FROM mysql.user", "shop"), ("SELECT * FROM information_schema.TABLES", "shop"),
    ("SELECT * FROM other.t", "shop"), ("SELECT * FROM cat.shop.orders", "shop"), ("SELECT * FROM shop.orders", None),
    ("SELECT @@datadir", "shop"), ("SELECT @@global.secure_file_priv", "shop"), ("SELECT @x := 1", "shop"),
    ("SELECT * FROM orders WHERE id IN (SELECT id FROM mysql.db)", "shop"),
])
def test_gate_keeps_mysql_queries_in_the_served_database(sql, database):
    with pytest.raises(safety.UnsafeSQL):
        safety.check(sql, "mysql", 100, database)


@pytest.mark.parametrize("sql,dialect,database", [
    ("SELECT * FROM main.orders", "sqlite", None), ("SELECT * FROM orders", "sqlite", None),
    ("SELECT * FROM shop.orders", "mysql", "shop"), ("SELECT * FROM SHOP.orders", "mysql", "shop"),
    ("WITH x AS (SELECT 1 AS a) SELECT * FROM x", "mysql", "shop"),
    ("SELECT * FROM json_each('[1,2]')", "sqlite", None),
])
def test_gate_allows_the_served_database(sql, dialect, database):
    safety.check(sql, dialect, 100, database)


def test_no_file_paths_through_pragma_functions(tmp_path, data_dir):
    """The attack the issue found: pragma_database_list answered the server's file paths."""
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"])
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("shop")
        kid = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop"})["knowledge_base_id"]
        sid = api.session("shop")
        for i, sql in enumerate(OUTSIDE_SQLITE):
            api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "few-shot", "meta_data": {},
                                                              "raw_data": {"question": f"where is it {i}", "answer": sql}})
            job = api.ask(sid, f"where is it {i}")
            assert job["status"] == "failed", sql
            assert str(data_dir) not in str(job) and str(tmp_path) not in str(job)
    finally:
        srv.stop()
