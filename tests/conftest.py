"""Shared fixtures: a real c2q server on loopback over real SQLite files, and a digest-auth client."""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest
import requests
from requests.auth import HTTPDigestAuth

from c2q_shell.server.app import ServerConfig
from c2q_shell.server.serve import ServerThread, make_app

ROOT = Path(__file__).resolve().parent.parent
PUB, PRIV = "TESTPUB1", "test-private-key-0123456789"

SHOP_DDL = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, country TEXT, signup_date DATE);
CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT NOT NULL, category TEXT, unit_price REAL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
  product_id INTEGER REFERENCES products(id), quantity INTEGER, amount REAL, order_date DATE);
"""


SP500_DDL = """
CREATE TABLE companies (symbol TEXT PRIMARY KEY, name TEXT, sector TEXT, sub_industry TEXT,
  hq_city TEXT, hq_region TEXT, date_added DATE, cik INTEGER, founded INTEGER);
CREATE TABLE fundamentals (symbol TEXT PRIMARY KEY REFERENCES companies(symbol), price REAL, pe_ratio REAL,
  dividend_yield REAL, eps REAL, low_52w REAL, high_52w REAL, market_cap INTEGER, ebitda INTEGER,
  price_to_sales REAL, price_to_book REAL);
CREATE TABLE index_monthly (month DATE PRIMARY KEY, sp500 REAL, dividend REAL, earnings REAL, cpi REAL,
  long_interest_rate REAL, real_price REAL, real_dividend REAL, real_earnings REAL, pe10 REAL);
"""


def build_sp500_eval(path: Path) -> Path:
    """The S&P 500 data under the evaluation schema (no column comments, unlike the demo), built from
    the CSVs the package ships, so the tests need nothing outside this repository."""
    import re

    from c2q_shell.server.demo import FUNDAMENTALS, INDEX, _num, _rows
    conn = sqlite3.connect(path)
    conn.executescript(SP500_DDL)
    for r in _rows("constituents.csv"):
        city, _, region = r["Headquarters Location"].partition(", ")
        founded = re.match(r"\d{4}", r["Founded"] or "")
        conn.execute("INSERT INTO companies VALUES (?,?,?,?,?,?,?,?,?)", (
            r["Symbol"], r["Security"], r["GICS Sector"], r["GICS Sub-Industry"], city, region or None,
            r["Date added"] or None, int(r["CIK"]), int(founded.group()) if founded else None))
    members = {s for (s,) in conn.execute("SELECT symbol FROM companies")}
    for r in _rows("constituents-financials.csv"):
        if r["Symbol"] in members:
            v = [_num(r[k]) for k in FUNDAMENTALS]
            for i in (6, 7):
                v[i] = int(v[i]) if v[i] is not None else None
            conn.execute("INSERT INTO fundamentals VALUES (?,?,?,?,?,?,?,?,?,?,?)", [r["Symbol"], *v])
    for r in _rows("index-monthly.csv"):
        v = [None if x == 0.0 else x for x in (_num(r[k]) for k in INDEX)]
        conn.execute("INSERT INTO index_monthly VALUES (?,?,?,?,?,?,?,?,?,?)", [r["Date"], *v])
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="session")
def eval_db(tmp_path_factory) -> Path:
    return build_sp500_eval(tmp_path_factory.mktemp("eval") / "sp500_eval.sqlite")


def build_shop(path: Path) -> Path:
    """A small schema unlike the S&P data: customers, products, orders (with declared keys)."""
    conn = sqlite3.connect(path)
    conn.executescript(SHOP_DDL)
    customers = [(1, "Ada Lovelace", "London", "UK", "2021-03-01"), (2, "Grace Hopper", "New York", "USA", "2021-07-15"),
                 (3, "Alan Turing", "Manchester", "UK", "2022-01-10"), (4, "Katherine Johnson", "Hampton", "USA", "2022-05-20"),
                 (5, "Linus Torvalds", "Portland", "USA", "2023-02-02"), (6, "Yukihiro Matsumoto", "Matsue", "Japan", None)]
    products = [(1, "Keyboard", "Hardware", 49.5), (2, "Monitor", "Hardware", 199.0), (3, "IDE License", "Software", 89.0),
                (4, "Cloud Credits", "Services", 25.0), (5, "Mouse", "Hardware", None)]
    orders = []
    oid = 1
    for c in range(1, 7):
        for p in range(1, 6):
            if (c + p) % 3 == 0 or c == p:
                q = (c * p) % 4 + 1
                price = dict((x[0], x[3]) for x in products)[p] or 10.0
                orders.append((oid, c, p, q, round(q * price, 2), f"202{2 + (c + p) % 3}-{(c * p) % 12 + 1:02d}-15"))
                oid += 1
    conn.executemany("INSERT INTO customers VALUES (?,?,?,?,?)", customers)
    conn.executemany("INSERT INTO products VALUES (?,?,?,?)", products)
    conn.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?)", orders)
    conn.commit()
    conn.close()
    return path


class Api:
    """A Chat2Query client for tests: raw responses, digest auth, job polling."""

    def __init__(self, url: str, pub: str = PUB, priv: str = PRIV, app=None):
        self.url = url
        self.app = app                    # an in-process server: wait on its jobs without polling
        self.http = requests.Session()
        self.http.auth = HTTPDigestAuth(pub, priv)
        self._pub, self._priv = pub, priv

    def req(self, method: str, path: str, body=None, **kw) -> requests.Response:
        return self.http.request(method, self.url + path, json=body, timeout=30, **kw)

    def ok(self, method: str, path: str, body=None):
        r = self.req(method, path, body)
        assert r.status_code == 200, (r.status_code, r.text)
        data = r.json()
        assert data["code"] == 200 and data["msg"] == ""
        return data["result"]

    def wait(self, job_id: str, timeout: float = 30.0) -> dict:
        """The finished job, read through the API. In-process servers signal the end of a job;
        an out-of-process one is polled the way the shell polls (its backoff, its client)."""
        if self.app is not None:
            assert self.app.jobs.wait(job_id, timeout), f"job {job_id} did not end in {timeout} s"
        else:
            from c2q_shell.api.client import Chat2QueryClient
            from c2q_shell.api.errors import JobFailed
            try:
                Chat2QueryClient(self.url, self._pub, self._priv).wait(job_id, timeout=timeout)
            except JobFailed:
                pass
        job = self.ok("GET", f"/v2/jobs/{job_id}")
        assert job["status"] in ("done", "failed"), job
        return job

    def summary(self, database: str) -> dict:
        res = self.ok("POST", "/v3/dataSummaries", {"cluster_id": "local", "database": database, "reuse": True})
        return self.wait(res["job_id"])

    def session(self, database: str, name: str = "") -> int:
        return self.ok("POST", "/v3/sessions", {"cluster_id": "local", "database": database, "name": name})["session_id"]

    def ask(self, session_id: int, question: str, mode: str = "direct", **extra) -> dict:
        res = self.ok("POST", f"/v3/sessions/{session_id}/chat2data",
                      {"question": question, "sql_generate_mode": mode, **extra})
        return self.wait(res["job_id"])


def start_server(state_dir: Path, dbs: list[str] | None, **cfg) -> ServerThread:
    config = ServerConfig(public_key=PUB, private_key=PRIV, state_dir=state_dir, **cfg)
    return ServerThread(make_app(config, dbs)).start()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory, eval_db) -> Path:
    d = tmp_path_factory.mktemp("data")
    shutil.copy(eval_db, d / "sp500_eval.sqlite")
    build_shop(d / "shop.sqlite")
    return d


@pytest.fixture(scope="session")
def server(tmp_path_factory, data_dir):
    """One server for the session: the demo database, the eval copy and the shop schema."""
    state = tmp_path_factory.mktemp("state")
    from c2q_shell.server.demo import ensure
    demo = ensure(state)
    srv = start_server(state, [f"sqlite:///{demo}", f"sqlite:///{data_dir / 'sp500_eval.sqlite'}",
                               f"sqlite:///{data_dir / 'shop.sqlite'}"])
    api = Api(srv.url, app=srv.app)
    for db in ("sp500insight", "sp500_eval", "shop"):
        assert api.summary(db)["status"] == "done"
    yield srv
    srv.stop()


@pytest.fixture()
def api(server) -> Api:
    return Api(server.url, app=server.app)


# MariaDB for the MySQL tests: one private instance on 127.0.0.1 for the whole run ------------------
MYSQL_DDL = [
    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, city VARCHAR(50), country VARCHAR(50),"
    " signup_date DATE COMMENT 'Day the customer registered (joined)') ENGINE=InnoDB COMMENT='People who buy'",
    "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, amount DECIMAL(10,2), order_date DATE,"
    " FOREIGN KEY (customer_id) REFERENCES customers(id)) ENGINE=InnoDB",
    "INSERT INTO customers VALUES (1,'Ada Lovelace','London','UK','2021-03-01'),(2,'Grace Hopper','New York','USA',"
    "'2021-07-15'),(3,'Alan Turing','Manchester','UK','2022-01-10'),(4,'Linus Torvalds','Portland','USA',NULL)",
    "INSERT INTO orders VALUES (1,1,120.50,'2022-02-01'),(2,1,80.00,'2023-03-05'),(3,2,300.00,'2023-06-30'),"
    "(4,3,45.25,'2022-11-11'),(5,4,NULL,'2023-01-20')",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _binary(*names: str) -> str:
    for n in names:
        found = shutil.which(n) or (f"/usr/sbin/{n}" if Path(f"/usr/sbin/{n}").exists() else None)
        if found:
            return found
    raise RuntimeError(f"MariaDB is not installed ({' or '.join(names)} not found): run `make test`, which installs it")


@pytest.fixture(scope="session")
def mysql_url(tmp_path_factory):
    if os.environ.get("C2Q_TEST_MYSQL_URL"):
        yield os.environ["C2Q_TEST_MYSQL_URL"]
        return
    base = tmp_path_factory.mktemp("mariadb")
    data, sock, port = base / "data", base / "mysqld.sock", _free_port()
    as_root = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run([_binary("mariadb-install-db", "mysql_install_db"), "--no-defaults", f"--datadir={data}",
                    "--auth-root-authentication-method=normal", "--skip-test-db", *as_root],
                   check=True, capture_output=True, timeout=120)
    server = subprocess.Popen([_binary("mariadbd", "mysqld"), "--no-defaults", f"--datadir={data}", f"--socket={sock}",
                               f"--port={port}", "--bind-address=127.0.0.1", f"--pid-file={base / 'pid'}",
                               f"--log-error={base / 'error.log'}", "--skip-log-bin", *as_root],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # mariadb-admin --wait blocks until the server answers (or gives up)
        ping = subprocess.run([_binary("mariadb-admin", "mysqladmin"), "--no-defaults", f"--socket={sock}", "-uroot",
                               "--wait=60", "--connect-timeout=2", "ping"], capture_output=True, text=True, timeout=90)
        assert ping.returncode == 0, ping.stderr + (base / "error.log").read_text(errors="replace")[-2000:]
        import pymysql
        root = pymysql.connect(unix_socket=str(sock), user="root", autocommit=True)
        with root.cursor() as cur:
            cur.execute("CREATE DATABASE shop")
            cur.execute("CREATE USER 'c2q'@'127.0.0.1' IDENTIFIED BY 'c2q-pass'")
            cur.execute("GRANT ALL ON shop.* TO 'c2q'@'127.0.0.1'")
            # accounts for the exposure checks: read-only on shop; read-only on everything
            cur.execute("CREATE USER 'c2q_ro'@'127.0.0.1' IDENTIFIED BY 'ro-pass'")
            cur.execute("GRANT SELECT ON shop.* TO 'c2q_ro'@'127.0.0.1'")
            cur.execute("CREATE USER 'c2q_wide'@'127.0.0.1' IDENTIFIED BY 'wide-pass'")
            cur.execute("GRANT SELECT ON *.* TO 'c2q_wide'@'127.0.0.1'")
            cur.execute("CREATE DATABASE other")
            cur.execute("CREATE TABLE other.secret (v VARCHAR(20))")
            cur.execute("INSERT INTO other.secret VALUES ('do-not-show')")
            cur.execute("USE shop")
            for stmt in MYSQL_DDL:
                cur.execute(stmt)
        root.close()
        yield f"mysql://c2q:c2q-pass@127.0.0.1:{port}/shop"
    finally:
        server.terminate()
        server.wait(timeout=60)
