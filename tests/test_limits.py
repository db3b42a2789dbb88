"""Every limit of `c2q serve`, each set low and exceeded: request bytes (chunked too), result rows,
bytes and values, what a job may store, values a query builds, socket idle time and connections."""
from __future__ import annotations

import base64
import socket
import sqlite3
import threading

import pytest
from conftest import PRIV, PUB, Api, start_server

from c2q_shell.server.sources import SourceError, SQLiteSource


@pytest.fixture(scope="module")
def docs_db(tmp_path_factory):
    """30 documents of 20,000 characters each."""
    path = tmp_path_factory.mktemp("docs") / "docs.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    conn.executemany("INSERT INTO docs VALUES (?,?,?)",
                     [(i, f"doc {i}", chr(65 + i % 26) * 20000) for i in range(30)])
    conn.commit()
    conn.close()
    return path


def raw(srv) -> socket.socket:
    s = socket.create_connection((srv.host, srv.port), timeout=30)
    return s


def test_chunked_body_over_the_limit_is_413(tmp_path, data_dir):
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], max_body_bytes=65536)
    try:
        api = Api(srv.url)
        api.ok("GET", "/v3/sessions")                 # digest auth is then sent up front
        sent = [0]

        def chunks():
            for _ in range(64):                      # 64 MiB offered in 1 MiB chunks
                sent[0] += 1
                yield b"[" * (1 << 20)
        r = api.http.post(api.url + "/v3/sessions", data=chunks(), timeout=60,
                          headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and "65536" in r.json()["msg"]
        r = api.http.post(api.url + "/v3/sessions", data=b"{" + b" " * 70000 + b"}", timeout=60)
        assert r.status_code == 413
        small = api.http.post(api.url + "/v3/sessions", data=iter([b'{"cluster_id": "local",', b' "database": "shop"}']),
                              timeout=60, headers={"Content-Type": "application/json"})
        assert small.status_code == 200, small.text   # a chunked body under the limit is read
    finally:
        srv.stop()



def test_a_body_no_answer_needs_is_read_before_the_answer(tmp_path, data_dir):
    """A 404 (or a 401) never looks at the body; the server reads it all the same before it answers.
    Left unread, werkzeug tries to drain it for 10 ms and then closes: a client still sending (a
    slow or busy one) gets its connection reset instead of the answer, and one that waits for the
    close, with the body still arriving, is held until the socket timeout."""
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], socket_timeout=60)
    try:
        path = "/" + srv.url.split("/", 3)[3]
        auth = "Basic " + base64.b64encode(f"{PUB}:{PRIV}".encode()).decode()
        body = b"[" * 100_000
        for route in ("/v2/jobs/123", "/nope"):
            s = raw(srv)
            s.settimeout(20)        # far below the server's 60 s: an answer held open fails here
            s.sendall(f"GET {path}{route} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
            got = b""
            while chunk := s.recv(65536):         # the server closes once it has answered
                got += chunk
            s.close()
            assert got.startswith(b"HTTP/1.1 404"), got[:200]
    finally:
        srv.stop()

def test_result_rows_bytes_and_values_are_cut_with_a_note(tmp_path, docs_db):
    srv = start_server(tmp_path / "state", [f"sqlite:///{docs_db}"], max_value_bytes=1000, max_result_bytes=10000)
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("docs")
        job = api.ask(api.session("docs"), "list the title and body of all docs")
        assert job["status"] == "done", job
        res = job["result"]
        rows = res["data"]["rows"]
        assert 0 < len(rows) < 30
        assert all(len(v.encode()) <= 1003 for r in rows for v in r)          # 1000 bytes and "…"
        assert sum(len(v) for r in rows for v in r) <= 10000
        assert f"cut to the first {len(rows)} rows" in res["description"]
        assert f"{len(rows)} values were cut to 1000 bytes" in res["description"]
    finally:
        srv.stop()


def test_what_a_job_may_store_is_bounded(tmp_path, data_dir):
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'sp500_eval.sqlite'}"], max_job_bytes=4000)
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("sp500_eval")
        sid = api.session("sp500_eval")
        job = api.ask(sid, "list all companies")
        assert job["status"] == "failed" and "4000 bytes a job may store" in job["reason"]
        assert job["result"] is None
        assert api.ask(sid, "how many companies are there?")["status"] == "done"
    finally:
        srv.stop()


@pytest.mark.parametrize("sql", ["SELECT printf('%.*c', 1000000000, 'x')", "SELECT zeroblob(1000000000)",
                                 "SELECT length(printf('%.*c', 600000, 'x') || printf('%.*c', 600000, 'y'))"])
def test_a_query_cannot_build_a_huge_value(docs_db, sql):
    """Bounded by SQLite's length limit: an error at once, not seconds of work past the timeout."""
    src = SQLiteSource(docs_db)
    with pytest.raises(SourceError, match="1048576 bytes"):
        src.execute(sql, 10, 30, max_value=1000)
    assert src.execute("SELECT length(printf('%.*c', 500000, 'x'))", 10, 30, max_value=1000).rows == [["500000"]]


def test_idle_connections_are_closed(tmp_path, data_dir):
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], socket_timeout=0.3)
    try:
        s = raw(srv)
        s.sendall(b"GET / HTTP/1.1\r\n")              # a request that never ends
        assert s.recv(1024) == b""                    # the server hangs up
        s.close()
    finally:
        srv.stop()


def test_a_trickling_request_is_cut_off(tmp_path, data_dir):
    """A byte every 0.1 s keeps each read within the 0.5 s timeout (slowloris); the request as a
    whole must still arrive within it, so the server hangs up long before the 200 bytes are sent."""
    import time
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], socket_timeout=0.5)
    try:
        s = raw(srv)
        s.setblocking(False)
        sent, closed = 0, False
        for byte in b"GET /x HTTP/1.1\r\nX-Slow: " + b"a" * 200:
            try:
                if s.recv(1024) == b"":
                    closed = True
                    break
            except BlockingIOError:
                pass
            except OSError:
                closed = True
                break
            try:
                s.send(bytes([byte]))
            except OSError:
                closed = True
                break
            sent += 1
            time.sleep(0.1)                           # the attack itself: one byte at a time
        s.close()
        assert closed and sent < 200, sent
    finally:
        srv.stop()


def test_a_body_that_stops_arriving_is_400_after_the_socket_timeout(tmp_path, data_dir):
    """The client sends 5 of the 100 bytes it announced and waits: the read times out, a 400 (was a 500)."""
    import base64

    from conftest import PRIV, PUB
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], socket_timeout=0.5)
    try:
        s = raw(srv)
        basic = base64.b64encode(f"{PUB}:{PRIV}".encode()).decode()
        path = srv.url.split(str(srv.port), 1)[1]
        s.sendall(f"POST {path}/v3/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Basic {basic}\r\n"
                  "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":".encode())
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
        s.close()
        assert reply.startswith(b"HTTP/1.1 400"), reply[:300]
        assert b"could not be read" in reply
    finally:
        srv.stop()


def test_connections_beyond_the_cap_get_503_and_no_thread(tmp_path, data_dir):
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], max_connections=4)
    socks = []
    try:
        for _ in range(40):                           # 40 half-open requests
            s = raw(srv)
            s.sendall(b"POST /x HTTP/1.1\r\nHost: a\r\n")
            socks.append(s)
        r = Api(srv.url).req("GET", "/v3/sessions")
        assert r.status_code == 503 and r.headers["Retry-After"] == "1"
        assert len([t for t in threading.enumerate() if t.name == "c2q-conn"]) <= 4
        assert socks[-1].recv(1024).startswith(b"HTTP/1.1 503")
    finally:
        for s in socks:
            s.close()
        srv.stop()
