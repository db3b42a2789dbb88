"""MySQL/TiDB support against a real MariaDB: the private server instance on 127.0.0.1 that
conftest's `mysql_url` fixture starts once for the whole run (or C2Q_TEST_MYSQL_URL when given)."""
from __future__ import annotations

import os
import subprocess

import pytest
from conftest import Api, start_server

from c2q_shell.server.sources import MySQLSource, SourceError


def test_introspection(mysql_url):
    schema = MySQLSource(mysql_url).introspect()
    assert set(schema.tables) == {"customers", "orders"}
    assert schema.tables["orders"].columns["amount"].kind == "float"
    assert schema.tables["orders"].columns["order_date"].kind == "date"
    assert schema.tables["orders"].columns["order_date"].profile.grain == ""    # daily dates, not monthly
    assert schema.tables["orders"].columns["amount"].profile.dated == {"order_date": ["2022-02-01", "2023-06-30"]}
    assert [(f.table, f.column, f.ref_table, f.ref_column) for f in schema.foreign_keys] == \
        [("orders", "customer_id", "customers", "id")]
    assert schema.tables["customers"].comment == "People who buy"
    assert schema.tables["customers"].columns["signup_date"].comment.startswith("Day the customer registered")


def test_session_is_read_only_and_time_limited(mysql_url):
    src = MySQLSource(mysql_url)
    with pytest.raises(SourceError, match="(?i)read only"):
        src.execute("DELETE FROM orders", 10, 5)
    with pytest.raises(SourceError, match="limit and was stopped"):
        src.execute("SELECT SLEEP(5)", 10, 0.5)
    assert src.execute("SELECT COUNT(*) FROM orders", 10, 5).rows == [["5"]]


def test_chat_over_mysql(mysql_url, tmp_path):
    srv = start_server(tmp_path, [mysql_url])
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("shop")["status"] == "done"
        sid = api.session("shop")
        job = api.ask(sid, "how many customers per country")
        assert sorted(job["result"]["data"]["rows"]) == [["UK", "2"], ["USA", "2"]]
        job = api.ask(sid, "only in the UK")
        assert job["result"]["data"]["rows"] == [["UK", "2"]]
        job = api.ask(sid, "total amount of orders per year")
        assert "YEAR(" in job["result"]["sql"]
        assert dict(job["result"]["data"]["rows"]) == {"2022": "165.75", "2023": "380.00"}
        job = api.ask(sid, "which customer has the largest total amount")
        assert job["result"]["data"]["rows"][0][0] == "Grace Hopper"
        job = api.ask(sid, "orders in 2023")
        assert all(r[-1].startswith("2023") for r in job["result"]["data"]["rows"])
    finally:
        srv.stop()


def _as(url: str, user: str, password: str) -> str:
    """The same server and database, another account (made by the fixture)."""
    rest = url.split("@", 1)[1]
    return f"mysql://{user}:{password}@{rest}"


def test_exposure_warnings_name_writes_and_other_schemas(mysql_url):
    from c2q_shell.server.sources import MySQLSource
    writer = MySQLSource(mysql_url).exposure()
    assert len(writer) == 1 and "can write" in writer[0] and "ALL PRIVILEGES ON `shop`.*" in writer[0]
    assert "c2q-pass" not in " ".join(writer)
    assert MySQLSource(_as(mysql_url, "c2q_ro", "ro-pass")).exposure() == []
    wide = MySQLSource(_as(mysql_url, "c2q_wide", "wide-pass")).exposure()
    assert len(wide) == 1 and "other schemas" in wide[0] and "mysql" in wide[0] and "other" in wide[0]


def test_serve_warns_at_start(mysql_url, tmp_path):
    import sys
    exe = os.path.join(os.path.dirname(sys.executable), "c2q")
    p = subprocess.Popen([exe, "serve", "--db", _as(mysql_url, "c2q_wide", "wide-pass"), "--state-dir", str(tmp_path)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().startswith("endpoint: ")
    finally:
        p.terminate()
        out, err = p.communicate(timeout=30)
    assert "warning: database shop: the account c2q_wide@127.0.0.1 can see other schemas" in err
    assert "wide-pass" not in out + err


@pytest.mark.parametrize("sql", [
    "SELECT * FROM mysql.user",
    "SELECT v FROM other.secret",
    "SELECT c.name FROM customers c JOIN other.secret s ON 1=1",
    "SELECT (SELECT v FROM `other`.`secret` LIMIT 1)",
    "SELECT @@datadir",
    "SELECT TABLE_NAME FROM information_schema.TABLES",
])
def test_queries_stay_in_the_served_database(mysql_url, tmp_path, sql):
    """Even an account that can read everything gets only the served database's tables."""
    srv = start_server(tmp_path, [_as(mysql_url, "c2q_wide", "wide-pass")])
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("shop")
        kid = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop",
                                                    "description": ""})["knowledge_base_id"]
        api.ok("POST", f"/v3/knowledgeBases/{kid}/data", {"type": "few-shot", "meta_data": {},
                                                          "raw_data": {"question": "show the thing", "answer": sql}})
        job = api.ask(api.session("shop"), "show the thing")
        assert job["status"] == "failed", job
        assert "do-not-show" not in str(job)
        assert any(w in job["result"]["sql_error"] for w in ("outside the served database", "variables"))
        r = api.req("POST", "/v3/refineSql", {"cluster_id": "local", "database": "shop", "sql": sql, "feedback": "x"})
        assert r.status_code == 400 and "'sql'" in r.json()["msg"]
        ok = api.ask(api.session("shop"), "how many customers")
        assert ok["result"]["data"]["rows"] == [["4"]]
    finally:
        srv.stop()


def test_values_and_results_are_bounded_on_mysql(mysql_url):
    """Rows stream one at a time (an unbuffered cursor): a value the query builds is cut to
    max_value bytes with a count; a result over max_bytes stops early; the connection is reusable."""
    src = MySQLSource(mysql_url)
    res = src.execute("SELECT REPEAT('x', 1000000) AS v, 1 AS n", 10, 30, max_value=1000)
    assert len(res.rows[0][0]) == 1001 and res.cut_values == 1 and res.rows[0][1] == "1"
    res = src.execute("SELECT REPEAT('y', 5000) FROM orders", 1000, 30, max_bytes=12000)
    assert res.truncated and res.by_bytes and len(res.rows) == 2
    assert src.execute("SELECT COUNT(*) FROM orders", 10, 5).rows == [["5"]]



def test_huge_values_and_endless_recursion_end_on_mysql(mysql_url):
    """REPEAT of 1e9 bytes and a WITH RECURSIVE without a bound: each ends (a value the server
    cannot build is NULL or refused; the recursion is stopped) and the connection is reusable."""
    src = MySQLSource(mysql_url)
    try:
        res = src.execute("SELECT REPEAT('x', 1000000000) AS v", 10, 5, max_value=1000)
        assert res.rows[0][0] is None or len(res.rows[0][0]) <= 1001
    except SourceError as e:
        assert "packet" in str(e).lower() or "limit" in str(e).lower(), e
    try:             # MariaDB stops the recursion itself (max_recursive_iterations), else the timeout does
        res = src.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c",
                          10, 1)
        assert int(res.rows[0][0]) < 10**9
    except SourceError as e:
        assert "limit and was stopped" in str(e) or "recursi" in str(e).lower(), e
    assert src.execute("SELECT COUNT(*) FROM orders", 10, 5).rows == [["5"]]
