"""Attacks on a real `c2q serve` (loopback), each with what the server must answer: the examples
of issue 8 and more (header floods, odd methods, Content-Type lies, gzip and Transfer-Encoding
tricks, huge lines, SQL hidden in comments, unbounded recursive CTEs...). Prints one line per
check, `ok` or `FAIL`, and exits 1 if any failed.

    python bench/attack.py [--only NAME,...] [-v]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import requests
from requests.auth import HTTPDigestAuth

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serverkit import PRIV, PUB, serve  # noqa: E402

RESULTS: list[tuple[str, bool, str]] = []
VERBOSE = False


def check(name: str, good: bool, detail: str = "") -> bool:
    RESULTS.append((name, good, detail))
    if VERBOSE or not good:
        print(f"{'ok  ' if good else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
    return good


class Target:
    def __init__(self, url: str):
        self.url = url
        u = urlparse(url)
        self.host, self.port, self.prefix = u.hostname, u.port, u.path
        self.http = requests.Session()
        self.http.auth = HTTPDigestAuth(PUB, PRIV)

    def req(self, method, path, **kw):
        kw.setdefault("timeout", 30)
        return self.http.request(method, self.url + path, **kw)

    def raw(self, data: bytes, timeout: float = 10.0) -> bytes:
        """Send bytes on a fresh connection (no auth), read the answer until close or timeout."""
        with socket.create_connection((self.host, self.port), timeout=timeout) as s:
            s.sendall(data)
            out = b""
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    chunk = s.recv(65536)
                except (socket.timeout, ConnectionResetError):
                    break
                if not chunk:
                    break
                out += chunk
                if b"\r\n\r\n" in out and len(out) > 12 and b"Content-Length" in out.split(b"\r\n\r\n")[0]:
                    head, _, rest = out.partition(b"\r\n\r\n")
                    n = int(head.split(b"Content-Length:")[1].split(b"\r\n")[0]) if b"Content-Length:" in head \
                        else 0
                    if len(rest) >= n:
                        break
            return out

    def authed_raw(self, method: str, path: str, headers: dict, body: bytes = b"", timeout: float = 10.0) -> bytes:
        """A raw request carrying valid digest credentials (computed from a fresh challenge)."""
        r = requests.request(method if method in ("GET", "POST", "PUT", "DELETE") else "GET",
                             self.url + "/v3/sessions", timeout=10)
        chal = requests.utils.parse_dict_header(r.headers["WWW-Authenticate"].split(" ", 1)[1])
        import hashlib
        uri = self.prefix + path

        def h(x):
            return hashlib.md5(x.encode()).hexdigest()
        ha1 = h(f"{PUB}:{chal['realm']}:{PRIV}")
        ha2 = h(f"{method}:{uri}")
        cnonce, nc = "0a4f113b", "00000001"
        resp = h(f"{ha1}:{chal['nonce']}:{nc}:{cnonce}:auth:{ha2}")
        auth = (f'Digest username="{PUB}", realm="{chal["realm"]}", nonce="{chal["nonce"]}", uri="{uri}", '
                f'qop=auth, nc={nc}, cnonce="{cnonce}", response="{resp}", opaque="{chal.get("opaque", "")}"')
        lines = [f"{method} {uri} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Authorization: {auth}",
                 "Connection: close"] + [f"{k}: {v}" for k, v in headers.items()]
        return self.raw("\r\n".join(lines).encode() + b"\r\n\r\n" + body, timeout)


def status_of(raw: bytes) -> int:
    try:
        return int(raw.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return 0


def start(state: Path, *args: str):
    return serve(state, *args)


def stop(p) -> None:
    if p.poll() is None:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def no5xx(name, r) -> bool:
    code = r.status_code if hasattr(r, "status_code") else status_of(r)
    return check(name, 0 < code < 500, f"{code}")


# -------------------------------------------------------------------------------------------
def input_edge(t: Target, state: Path) -> None:
    r = t.req("POST", "/v3/sessions", data='{"cluster_id":"local","database":"sp500insight","name":"\\ud800"}',
              headers={"Content-Type": "application/json"})
    check("lone surrogate in a stored field is a 400 naming it", r.status_code == 400 and "name" in r.json()["msg"],
          f"{r.status_code} {r.text[:100]}")
    r = t.req("POST", "/v3/sessions", data="[" * 100_000, headers={"Content-Type": "application/json"})
    check("100k nested [ is a 400", r.status_code == 400, f"{r.status_code}")
    big = str(1 << 63)
    for path in (f"/v2/jobs/{big}", f"/v3/dataSummaries/{big}", f"/v2/dataSummaries/{big}", f"/v3/sessions/{big}",
                 f"/v3/knowledgeBases/{big}", f"/v3/knowledgeBases/{big}/data"):
        r = t.req("GET", path)
        check(f"id 2^63 on GET {path.split('/')[2]}", r.status_code == 404, f"{r.status_code}")
    for m, path in (("PUT", f"/v3/sessions/{big}"), ("PUT", f"/v3/sessions/{big}/reset"),
                    ("POST", f"/v3/sessions/{big}/chat2data"), ("PUT", f"/v3/dataSummaries/{big}"),
                    ("PUT", f"/v3/knowledgeBases/1/data/{big}"), ("DELETE", f"/v3/knowledgeBases/1/data/{big}")):
        r = t.req(m, path, json={"name": "x", "question": "x", "description": "x"})
        check(f"id 2^63 on {m} {path}", r.status_code in (400, 404), f"{r.status_code}")
    r = t.req("POST", "/v3/chat2data", json={"data_summary_id": 1 << 64, "question": "x"})
    check("2^64 in a body id is a 400", r.status_code == 400, f"{r.status_code}")
    kb = t.req("POST", "/v3/knowledgeBases", json={"cluster_id": "local", "database": "sp500insight"}).json()
    kid = kb["result"].get("knowledge_base_id") or kb["result"].get("id")
    r = t.req("POST", f"/v3/knowledgeBases/{kid}/data", json={"type": [], "meta_data": {}})
    check('"type": [] in a knowledge entry is a 400', r.status_code == 400, f"{r.status_code} {r.text[:80]}")
    r = t.req("POST", "/v3/refineSql", json={"cluster_id": "local", "database": "sp500insight",
                                             "sql": "SELECT 'unterminated", "feedback": "x"})
    check("refineSql the tokenizer rejects is a 400", r.status_code == 400, f"{r.status_code} {r.text[:80]}")
    for name, sql in (("pragma_database_list", "SELECT * FROM pragma_database_list"),
                      ("a second statement behind a comment", "SELECT 1 /* ; */ ; DELETE FROM companies"),
                      ("a second statement after a line comment", "SELECT 1 -- x\n; DROP TABLE companies"),
                      ("ATTACH", "ATTACH DATABASE '/tmp/x' AS x"),
                      ("nested 5,000 parentheses", "SELECT " + "(" * 5000 + "1" + ")" * 5000),
                      ("nested 200 subqueries", "SELECT * FROM " + "(SELECT * FROM " * 200 + "companies"
                       + ") t" * 200),
                      ("10,000 UNIONs", "SELECT 1" + " UNION SELECT 1" * 10000),
                      ("a 900 kB string literal", "SELECT '" + "x" * 900_000 + "'")):
        r = t.req("POST", "/v3/refineSql", json={"cluster_id": "local", "database": "sp500insight", "sql": sql,
                                                 "feedback": "x"})
        if name in ("pragma_database_list", "ATTACH") or "second statement" in name:
            check(f"refineSql {name} refused (400)", r.status_code == 400, f"{r.status_code} {r.text[:100]}")
        else:
            no5xx(f"refineSql {name}", r)
    sid = t.req("POST", "/v3/sessions", json={"cluster_id": "local", "database": "sp500insight"}).json()["result"][
        "session_id"]
    r = t.req("POST", f"/v3/sessions/{sid}/chat2data", json={"question": "how many companies " * 50_000})
    check("a 900 kB question is a 400 (it kept a worker busy for minutes)", r.status_code == 400,
          f"{r.status_code} {r.text[:90]}")
    r = t.req("POST", "/v3/refineSql", json={"cluster_id": "local", "database": "sp500insight", "feedback": "x",
                                             "sql": "SELECT 1 WHERE " + " AND ".join(["1=1"] * 40000)})
    check("240 kB of SQL in refineSql is a 400 (4 s to check)", r.status_code == 400, f"{r.status_code}")
    r = t.req("PUT", f"/v3/sessions/{sid}", json={"name": "n" * 1_000_000})
    check("a 1 MB session name is a 400 (lists return names)", r.status_code == 400, f"{r.status_code}")
    before = t.req("GET", "/v3/sessions").json()["result"]["total"]
    r = t.req("HEAD", "/v3/sessions", json={"cluster_id": "local", "database": "sp500insight"})
    after = t.req("GET", "/v3/sessions").json()["result"]["total"]
    check("HEAD with a body creates nothing", r.status_code == 200 and after == before, f"{r.status_code} {before}->{after}")
    basic = t.raw(b"GET " + t.prefix.encode() + b"/v3/sessions HTTP/1.1\r\nHost: x\r\n"
                  b"Authorization: Basic w6k6eA==\r\nConnection: close\r\n\r\n")
    check("non-ASCII Basic is a 401", status_of(basic) == 401, basic[:40].decode("latin-1"))
    dig = t.raw(b"GET " + t.prefix.encode() + b"/v3/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Digest "
                b"username=\"\xc3\xa9\", realm=\"x\", nonce=\"\xc3\xa9\", uri=\"/\", response=\"\xff\xfe\"\r\n"
                b"Connection: close\r\n\r\n")
    check("non-ASCII Digest is a 401", status_of(dig) == 401, dig[:40].decode("latin-1"))
    anon = requests.get(t.url + "/no/such/path", timeout=10)
    check("unknown path without credentials is a 401", anon.status_code == 401, f"{anon.status_code}")
    anon = requests.delete(t.url + "/v3/sessions", timeout=10)
    check("wrong method without credentials is a 401", anon.status_code == 401, f"{anon.status_code}")


def http_tricks(t: Target, state: Path) -> None:
    # odd methods
    for m in ("OPTIONS", "TRACE", "PATCH", "HEAD", "CONNECT", "PROPFIND", "FOO"):
        raw = t.authed_raw(m, "/v3/sessions", {})
        no5xx(f"method {m}", raw)
    # header floods
    raw = t.raw(b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-H%d: %s\r\n" % (i, b"a" * 100) for i in range(5000))
                + b"\r\n", timeout=15)
    no5xx("5,000 headers", raw) if raw else check("5,000 headers", True, "connection closed")
    raw = t.raw(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 1_000_000 + b"\r\n\r\n", timeout=15)
    no5xx("a 1 MB header", raw) if raw else check("a 1 MB header", True, "connection closed")
    raw = t.raw(b"GET /" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", timeout=15)
    no5xx("a 1 MB request line", raw) if raw else check("a 1 MB request line", True, "connection closed")
    for name, data in (("an HTTP/2 preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
                       ("HTTP/9.9", b"GET / HTTP/9.9\r\nHost: x\r\n\r\n"),
                       ("TLS on the plain port", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 junk\r\n\r\n"),
                       ("an absolute URI", b"GET http://evil.example" + t.prefix.encode() + b"/v3/sessions HTTP/1.1\r\n"
                        b"Host: x\r\n\r\n"),
                       ("bare LF line ends", b"GET / HTTP/1.1\nHost: x\n\n")):
        raw = t.raw(data)
        check(f"{name}: a status line, JSON, no 5xx", raw.startswith(b"HTTP/1.1 4") and b"application/json" in raw,
              raw[:30].decode("latin-1"))
    r = t.req("GET", "/v3/sessions?" + "&".join(f"p{i}=x" for i in range(50_000)))
    no5xx("50,000 query parameters", r)
    r = t.req("GET", "/v3/sessions?page=" + "9" * 5000)
    check("a 5,000-digit page is a 400", r.status_code == 400, f"{r.status_code}")
    r = t.req("GET", "/v3/sessions?page_size=%ff%fe&page=%ed%a0%80")
    no5xx("undecodable query parameters", r)
    # Content-Type lies and encodings
    body = json.dumps({"cluster_id": "local", "database": "sp500insight", "name": "ct"})
    for ct in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "image/png"):
        r = t.req("POST", "/v3/sessions", data=body, headers={"Content-Type": ct})
        no5xx(f"Content-Type {ct or '(empty)'}", r)
    r = t.req("POST", "/v3/sessions", data="a=1&b=2", headers={"Content-Type": "application/json"})
    check("form data sent as JSON is a 400", r.status_code == 400, f"{r.status_code}")
    r = t.req("POST", "/v3/sessions", data=gzip.compress(body.encode()),
              headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
    no5xx("a gzip body", r)
    bomb = gzip.compress(b" " * 200_000_000)
    r = t.req("POST", "/v3/sessions", data=bomb, headers={"Content-Type": "application/json",
                                                          "Content-Encoding": "gzip"})
    no5xx("a gzip bomb (200 MB of spaces)", r)
    r = t.req("POST", "/v3/sessions", data=b"\xef\xbb\xbf" + body.encode(), headers={"Content-Type": "application/json"})
    no5xx("a UTF-8 BOM before the JSON", r)
    r = t.req("POST", "/v3/sessions", data=body.encode("utf-16"), headers={"Content-Type": "application/json"})
    no5xx("a UTF-16 body", r)
    # Transfer-Encoding tricks (raw, authed)
    p = "/v3/sessions"
    for name, headers, payload in (
            ("TE chunked with a bad size", {"Transfer-Encoding": "chunked"}, b"zz\r\nabc\r\n0\r\n\r\n"),
            ("TE chunked and Content-Length", {"Transfer-Encoding": "chunked", "Content-Length": "5"},
             b"2\r\n{}\r\n0\r\n\r\n"),
            ("TE gzip, chunked", {"Transfer-Encoding": "gzip, chunked"}, b"2\r\n{}\r\n0\r\n\r\n"),
            ("TE identity", {"Transfer-Encoding": "identity", "Content-Length": "2"}, b"{}"),
            ("two Content-Lengths", {"Content-Length": "2", "content-length": "9"}, b"{}"),
            ("a negative Content-Length", {"Content-Length": "-1"}, b"{}"),
            ("a huge Content-Length", {"Content-Length": "99999999999999999999"}, b"{}"),
            ("chunk size 2^64", {"Transfer-Encoding": "chunked"}, b"10000000000000000\r\nab\r\n"),
            ("a chunk extension flood", {"Transfer-Encoding": "chunked"}, b"2;" + b"x" * 200_000 + b"\r\n{}\r\n0\r\n\r\n"),
            ("a body cut short", {"Content-Length": "100"}, b"{\"a\":"),
            ("Expect: 100-continue", {"Expect": "100-continue", "Content-Length": "2"}, b"{}")):
        raw = t.authed_raw("POST", p, {"Content-Type": "application/json", **headers}, payload, timeout=40)
        no5xx(name, raw) if raw else check(name, True, "connection closed")
    # a very long single line of JSON (just under the body limit)
    r = t.req("POST", "/v3/sessions", data=json.dumps({"cluster_id": "local", "database": "sp500insight",
                                                       "name": "n" * 1_000_000}), headers={"Content-Type": "application/json"})
    no5xx("a 1 MB name on one line", r)
    # Unicode normalisation in names
    for db in ("ｓｐ５００ｉｎｓｉｇｈｔ", "sp500insight\u200b", "SP500INSIGHT", "sp500ınsight", "sp500insight\x00"):
        r = t.req("POST", "/v3/sessions", json={"cluster_id": "local", "database": db})
        check(f"database {db!r} is refused, not 5xx", r.status_code in (400, 404), f"{r.status_code} {r.text[:80]}")
    r = t.req("POST", "/v3/sessions", json={"cluster_id": "local", "database": "sp500insight", "name": "e\u0301\x00\u202e"})
    no5xx("a name with combining marks, NUL, RLO", r)


def many_sessions(t: Target, state: Path, n: int = 3000) -> None:
    t0 = time.monotonic()
    codes = {}
    for i in range(n):
        r = t.req("POST", "/v3/sessions", json={"cluster_id": "local", "database": "sp500insight", "name": f"s{i}"})
        codes[r.status_code] = codes.get(r.status_code, 0) + 1
    took = time.monotonic() - t0
    check(f"{n} sessions created", set(codes) == {200}, f"{codes} in {took:.1f} s")
    t0 = time.monotonic()
    r = t.req("GET", "/v3/sessions")
    check("GET /v3/sessions is one page", r.status_code == 200 and len(r.json()["result"]["sessions"]) <= 1000,
          f"{len(r.content)} bytes in {time.monotonic() - t0:.3f} s")


def restart_and_state(base: Path) -> None:
    state = base / "state-restart"
    p, url = start(state)
    t = Target(url)
    sid = t.req("POST", "/v3/sessions", json={"cluster_id": "local", "database": "sp500insight",
                                               "name": "kept"}).json()["result"]["session_id"]
    mode = stat.S_IMODE(state.stat().st_mode)
    files = {f.name: oct(stat.S_IMODE(f.stat().st_mode)) for f in state.iterdir() if f.is_file()}
    check("state dir 0700", mode == 0o700, oct(mode))
    check("state files 0600", all(m == "0o600" for n, m in files.items() if n.startswith(("state", "server"))),
          str(files))
    # a second server on the same state dir
    env = {**os.environ, "C2Q_PUBLIC_KEY": PUB, "C2Q_PRIVATE_KEY": PRIV}
    exe = str(Path(sys.executable).parent / "c2q")
    second = subprocess.run([exe, "serve", "--state-dir", str(state), "--port", "0"], capture_output=True,
                            text=True, env=env, timeout=60)
    check("a second server on the same state dir stops naming the holder",
          second.returncode != 0 and "in use" in second.stderr and str(p.pid) in second.stderr,
          second.stderr.strip()[:160])
    stop(p)
    # poison the stored state while stopped: a lone surrogate and non-UTF-8 bytes
    conn = sqlite3.connect(state / "state.sqlite")
    conn.execute("UPDATE sessions SET name=CAST(X'EDA080' AS TEXT) WHERE session_id=?", (sid,))
    conn.execute("INSERT INTO messages(session_id, body) VALUES (?, ?)", (sid, '{"role":"user","content":"\\ud800"}'))
    conn.execute("INSERT INTO messages(session_id, body) VALUES (?, CAST(X'FFFE' AS TEXT))", (sid,))
    conn.commit()
    conn.close()
    p, url = start(state)
    t = Target(url)
    r1, r2 = t.req("GET", "/v3/sessions"), t.req("GET", f"/v3/sessions/{sid}")
    check("poisoned state: list endpoints 200 after a restart", r1.status_code == 200 and r2.status_code == 200,
          f"{r1.status_code} {r2.status_code}")
    stop(p)
    # a 0-byte state file
    (state / "state.sqlite").write_bytes(b"")
    for f in state.glob("state.sqlite-*"):
        f.unlink()
    r = subprocess.run([exe, "serve", "--state-dir", str(state), "--port", "0"], capture_output=True, text=True,
                       env=env, timeout=60)
    check("a 0-byte state file: refuse to start, name the file and the way out",
          r.returncode != 0 and "state.sqlite" in r.stderr and "mv" in r.stderr, r.stderr.strip()[:160])
    if os.geteuid() == 0:           # root writes a 0400 file anyway: nothing to see
        return
    # a read-only state file at start
    state2 = base / "state-ro"
    p, url = start(state2)
    stop(p)
    os.chmod(state2 / "state.sqlite", 0o400)
    r = subprocess.run([exe, "serve", "--state-dir", str(state2), "--port", "0"], capture_output=True, text=True,
                       env=env, timeout=60)
    check("a read-only state file at start: a clear message, no traceback",
          r.returncode != 0 and "Traceback" not in r.stderr and "state.sqlite" in r.stderr, r.stderr.strip()[:200])
    os.chmod(state2 / "state.sqlite", 0o600)


def idle(base: Path) -> None:
    p, url = start(base / "state-idle", "--socket-timeout", "2")
    t = Target(url)
    try:
        s = socket.create_connection((t.host, t.port))
        s.settimeout(10)
        t0 = time.monotonic()
        try:
            data = s.recv(10)
        except OSError:
            data = b"?"
        took = time.monotonic() - t0
        check("an idle connection is closed after --socket-timeout", data == b"" and took < 8, f"{took:.1f} s")
        s.close()
        # a trickling request: one byte a second
        s = socket.create_connection((t.host, t.port))
        s.settimeout(10)
        t0 = time.monotonic()
        closed = False
        for ch in b"GET / HTTP/1.1\r\nHost: x\r\n":
            try:
                s.send(bytes([ch]))
            except OSError:
                closed = True
                break
            time.sleep(0.5)
            if time.monotonic() - t0 > 10:
                break
        check("a trickling request is cut off (read timeout per recv)", closed or time.monotonic() - t0 < 10,
              f"{time.monotonic() - t0:.1f} s, closed={closed}")
        s.close()
    finally:
        stop(p)


def recursion(base: Path) -> None:
    """Unbounded WITH RECURSIVE and other long queries, through the source the server uses."""
    from c2q_shell.server.sources import SourceError, SQLiteSource
    db = base / "r.sqlite"
    c = sqlite3.connect(db)
    c.execute("CREATE TABLE t(x)")
    c.commit()
    c.close()
    src = SQLiteSource(db, name="r")
    for name, sql in (("WITH RECURSIVE without a bound", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c)"
                       " SELECT count(*) FROM c"),
                      ("WITH RECURSIVE building a string", "WITH RECURSIVE c(s) AS (SELECT 'x' UNION ALL "
                       "SELECT s || s FROM c) SELECT length(s) FROM c"),
                      ("a cross join of a recursive CTE", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c"
                       " LIMIT 100000) SELECT count(*) FROM c a, c b"),
                      ("REPEAT-like replace(zeroblob)", "SELECT replace(hex(zeroblob(100000000)), '0', 'ab')")):
        t0 = time.monotonic()
        try:
            src.execute(sql, 10, 2.0, max_bytes=1 << 20, max_value=64 << 10)
            out = "answered"
        except SourceError as e:
            out = str(e)[:80]
        took = time.monotonic() - t0
        check(f"{name}: stopped by a 2 s query timeout", took < 4, f"{took:.2f} s: {out}")


def main() -> int:
    global VERBOSE
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="input,http,sessions,state,idle,recursion")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    VERBOSE = a.v
    only = set(a.only.split(","))
    with tempfile.TemporaryDirectory() as d:
        base = Path(d)
        if only & {"input", "http", "sessions"}:
            p, url = start(base / "state")
            t = Target(url)
            try:
                if "input" in only:
                    input_edge(t, base)
                if "http" in only:
                    http_tricks(t, base)
                if "sessions" in only:
                    many_sessions(t, base)
                check("the server is still alive", p.poll() is None and t.req("GET", "/v3/sessions").status_code == 200)
            finally:
                stop(p)
        if "state" in only:
            restart_and_state(base)
        if "idle" in only:
            idle(base)
        if "recursion" in only:
            recursion(base)
    bad = [r for r in RESULTS if not r[1]]
    print(f"{len(RESULTS) - len(bad)}/{len(RESULTS)} checks ok")
    return 1 if bad else 0


if __name__ == "__main__":
    threading.stack_size(0)
    raise SystemExit(main())
