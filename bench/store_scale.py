"""What 1M stored messages cost: a round (question → answer, over HTTP) on an empty store and on
one holding 1,000,000 messages in 10,000 sessions (built with executemany), the paged session
list, and start-up (with its integrity check).

    .venv/bin/python bench/store_scale.py [--messages 1000000] [--rounds 30]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from c2q_shell.server.app import ServerConfig  # noqa: E402
from c2q_shell.server.serve import ServerThread, make_app  # noqa: E402

PUB, PRIV = "BENCHPUB", "bench-private-key"
QUESTION = "How many companies are there?"


def start(state: Path) -> tuple[ServerThread, float]:
    t = time.perf_counter()
    srv = ServerThread(make_app(ServerConfig(public_key=PUB, private_key=PRIV, state_dir=state))).start()
    return srv, time.perf_counter() - t


def client(srv: ServerThread):
    http = requests.Session()
    http.auth = HTTPDigestAuth(PUB, PRIV)

    def call(method, path, body=None):
        r = http.request(method, srv.url + path, json=body, timeout=60)
        r.raise_for_status()
        return r
    return call


def rounds(srv: ServerThread, n: int) -> list[float]:
    call = client(srv)
    res = call("POST", "/v3/dataSummaries", {"cluster_id": "local", "database": "sp500insight", "reuse": True}).json()
    srv.app.jobs.wait(res["result"]["job_id"], 120)
    sid = call("POST", "/v3/sessions", {"cluster_id": "local", "database": "sp500insight"}).json()["result"]["session_id"]
    times = []
    for i in range(n + 3):
        t = time.perf_counter()
        job = call("POST", f"/v3/sessions/{sid}/chat2data", {"question": QUESTION}).json()["result"]["job_id"]
        srv.app.jobs.wait(job, 60)
        status = call("GET", f"/v2/jobs/{job}").json()["result"]["status"]
        assert status == "done", status
        if i >= 3:                      # the first rounds warm the catalog
            times.append(time.perf_counter() - t)
    return times


def fill(state: Path, messages: int) -> float:
    t = time.perf_counter()
    conn = sqlite3.connect(state / "state.sqlite")
    sessions = max(1, messages // 100)
    top = conn.execute("SELECT COALESCE(MAX(session_id), 300000) FROM sessions").fetchone()[0]
    conn.executemany("INSERT INTO sessions(session_id, cluster_id, database, name, creator, created_at, updated_at)"
                     " VALUES (?, 'local', 'sp500insight', 'filler', 'bench', ?, ?)",
                     ((top + 1 + i, i, i) for i in range(sessions)))
    user = json.dumps({"role": "user", "content": QUESTION, "sql_generate_mode": "direct", "created_at": 1})
    conn.executemany("INSERT INTO messages(session_id, body) VALUES (?, ?)",
                     ((top + 1 + i % sessions, user) for i in range(messages)))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - t


def listing(srv: ServerThread) -> tuple[float, int]:
    call = client(srv)
    call("GET", "/v3/sessions")
    t = time.perf_counter()
    r = call("GET", "/v3/sessions")
    return time.perf_counter() - t, len(r.content)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=30)
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="c2q-scale-"))
    try:
        empty, full = base / "empty", base / "full"
        srv, _ = start(empty)
        small = rounds(srv, args.rounds)
        small_list = listing(srv)
        srv.stop()
        shutil.copytree(empty, full, ignore=shutil.ignore_patterns("server.lock"))
        built = fill(full, args.messages)
        srv, started = start(full)
        big = rounds(srv, args.rounds)
        big_list = listing(srv)
        srv.stop()
        size = (full / "state.sqlite").stat().st_size
        p50s, p50b = statistics.median(small), statistics.median(big)
        print(f"store with {args.messages:,} messages ({size / 1e6:.0f} MB, built in {built:.1f} s)")
        print(f"round, empty store:  p50 {p50s * 1000:.1f} ms  max {max(small) * 1000:.1f} ms  ({len(small)} rounds)")
        print(f"round, {args.messages:,} msgs: p50 {p50b * 1000:.1f} ms  max {max(big) * 1000:.1f} ms  "
              f"-> {p50b / p50s:.2f}x the empty store")
        print(f"GET /v3/sessions (page of 100): empty {small_list[0] * 1000:.1f} ms / {small_list[1]:,} B; "
              f"full {big_list[0] * 1000:.1f} ms / {big_list[1]:,} B")
        print(f"start-up with the full store (lock, integrity check, open): {started * 1000:.0f} ms")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
