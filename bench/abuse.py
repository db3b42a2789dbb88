"""The attacks of issue 8 against a real `c2q serve` (a fresh subprocess for each, default limits),
with the figure each one is about: the server's peak memory, threads, state-file growth, and how
long a quick question waits behind slow ones.

    python bench/abuse.py [--only big,chunked,printf,conns,lanes]
"""
from __future__ import annotations

import argparse
import json
import resource
import signal
import socket
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serverkit import PRIV, PUB, ask, client, now, proc_status, serve  # noqa: E402

from c2q_shell.server.sources import SourceError, SQLiteSource  # noqa: E402


def stop(p) -> None:
    p.send_signal(signal.SIGTERM)
    p.wait()


def docs(path: Path, rows: int, size: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    for i in range(rows):
        conn.execute("INSERT INTO docs VALUES (?,?,?)", (i, f"doc {i}", chr(65 + i % 26) * size))
    conn.commit()
    conn.close()
    return path


def big(tmp: Path) -> None:
    """30 rows of 10 MB and 30 rows of 1 MB asked for in full."""
    for rows, size in ((30, 10_000_000), (30, 1_000_000)):
        (tmp / f"big{size}").mkdir()
        db = docs(tmp / f"big{size}" / "docs.sqlite", rows, size)
        state = tmp / f"state-big{size}"
        p, url = serve(state, "--db", f"sqlite:///{db}")
        c = client(url)
        c.wait(c.create_data_summary("local", "docs")[1], timeout=300)
        before = sum(f.stat().st_size for f in state.glob("state.sqlite*"))
        sid = c.create_session("local", "docs").session_id
        t = now()
        status, reason = ask(c, sid, "list the title and body of all docs")
        took = now() - t
        msgs = c.call("GET", f"/v3/sessions/{sid}")["messages"]
        detail = reason
        if status == "done":
            last = c.call("GET", f"/v2/jobs/{msgs[-1]['job_id']}")["result"]
            detail = f"{len(last['data']['rows'])} rows: {last['description']}"
        after = sum(f.stat().st_size for f in state.glob("state.sqlite*"))
        peak = proc_status(p.pid)["VmHWM"] / 1024
        stop(p)
        print(f"big result {rows} x {size / 1e6:g} MB: {status} in {took:.2f} s, server peak RSS {peak:.0f} MiB,"
              f" state grew {(after - before) / 1e6:.1f} MB; {detail[:120]}")


def chunked(tmp: Path) -> None:
    """A 256 MiB chunked body."""
    p, url = serve(tmp / "state-chunked")
    import requests
    from requests.auth import HTTPDigestAuth
    s = requests.Session()
    s.auth = HTTPDigestAuth(PUB, PRIV)
    s.get(url + "/v3/sessions", timeout=30)          # the digest is then sent up front

    def body():
        for _ in range(256):
            yield b"[" * (1 << 20)
    t = now()
    r = s.post(url + "/v3/sessions", data=body(), timeout=120, headers={"Content-Type": "application/json"})
    took = now() - t
    peak = proc_status(p.pid)["VmHWM"] / 1024
    stop(p)
    print(f"chunked body 256 MiB: HTTP {r.status_code} in {took:.2f} s, server peak RSS {peak:.0f} MiB")


def printf(tmp: Path) -> None:
    """Values built by the query: printf('%.*c', 1e9) and zeroblob(1e9), through the server's source."""
    db = docs(tmp / "tiny.sqlite", 1, 10)
    src = SQLiteSource(db)
    for sql in ("SELECT printf('%.*c', 1000000000, 'x')", "SELECT zeroblob(1000000000)",
                "SELECT length(printf('%.*c', 1000000, 'x'))"):
        t = now()
        try:
            res = src.execute(sql, 10, 5)
            out = f"rows {res.rows}"
        except SourceError as e:
            out = f"refused: {e}"
        print(f"query {sql}: {now() - t:.3f} s, {out[:100]}")
    conn = sqlite3.connect(":memory:")
    t = now()
    conn.execute("SELECT length(printf('%.*c', 1000000000, 'x'))").fetchone()
    print(f"  (plain sqlite3, no limits: printf('%.*c', 1e9) takes {now() - t:.2f} s)")


def conns(tmp: Path) -> None:
    """3,000 half-open connections, then one real request."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    p, url = serve(tmp / "state-conns")
    u = urlparse(url)
    socks = []
    for _ in range(3000):
        try:
            s = socket.create_connection((u.hostname, u.port), timeout=10)
            s.sendall(b"POST /x HTTP/1.1\r\nHost: a\r\n")
            socks.append(s)
        except OSError:
            break
    time.sleep(0.5)
    threads = proc_status(p.pid)["Threads"]
    import requests
    try:
        r = requests.get(url + "/v3/sessions", timeout=10)
        status = r.status_code
        retry = r.headers.get("Retry-After")
    except requests.RequestException as e:
        status, retry = type(e).__name__, None
    for s in socks:
        s.close()
    time.sleep(0.5)
    c = client(url)
    ok = c.call("GET", "/v3/sessions") is not None
    peak = proc_status(p.pid)["VmHWM"] / 1024
    stop(p)
    print(f"{len(socks)} half-open connections: server threads {threads}, a new request got {status}"
          f" (Retry-After {retry}); after they closed: served {ok}; peak RSS {peak:.0f} MiB")


def lanes(tmp: Path) -> None:
    """4 questions whose answer takes 10 s (a slow LLM service), then a quick one."""
    from werkzeug.serving import make_server
    from werkzeug.wrappers import Request, Response

    def slow_llm(environ, start_response):
        Request(environ).get_data()
        time.sleep(10)
        reply = json.dumps({"sql": "SELECT COUNT(*) FROM companies"})
        body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": reply}}]}
        return Response(json.dumps(body), content_type="application/json")(environ, start_response)
    import logging
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    llm = make_server("127.0.0.1", 0, slow_llm, threaded=True)
    threading.Thread(target=llm.serve_forever, daemon=True).start()
    p, url = serve(tmp / "state-lanes", "--engine", "hybrid", "--llm-base-url",
                   f"http://127.0.0.1:{llm.server_port}/v1", "--llm-model", "slow")
    c = client(url)
    c.wait(c.create_data_summary("local", "sp500insight")[1])
    slow = [c.chat(c.create_session("local", "sp500insight").session_id, "what is the weather in paris tomorrow")
            for _ in range(4)]
    t = now()
    status, _ = ask(c, c.create_session("local", "sp500insight").session_id, "How many companies are in each sector?")
    quick = now() - t
    ended = [c.job(j).status for j in slow]
    for j in slow:
        try:
            c.wait(j, timeout=60)
        except Exception:
            pass
    stop(p)
    llm.shutdown()
    print(f"4 slow questions (10 s each) then a quick one: quick {status} in {quick:.2f} s"
          f" while the slow ones were {sorted(set(ended))}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="big,chunked,printf,conns,lanes")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="c2q-abuse-"))
    for name in args.only.split(","):
        globals()[name](tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
