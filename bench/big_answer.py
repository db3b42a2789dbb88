"""A big answer: how soon its first screen shows after the job finishes, and how much memory
that takes next to the size of the payload. A real HTTP server on loopback answers the poll
(in another process) with a finished job of N rows (default 100,000, two columns); the shell's client fetches and
parses it and the first screen is rendered as the REPL renders it (50 rows, the row count).

    python bench/big_answer.py [--rows 100000] [--runs 5] [--eager]
"""
from __future__ import annotations

import argparse
import gc
import io
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from c2q_shell.api.client import Chat2QueryClient  # noqa: E402
from c2q_shell.config import Settings  # noqa: E402
from c2q_shell.shell.output import Printer  # noqa: E402
from c2q_shell.shell.rounds import show  # noqa: E402
from c2q_shell.shell.state import Round, ShellState  # noqa: E402


def payload(n: int) -> bytes:
    rows = [[f"SYM{i:06d}", f"{(i * 7919) % 1000003 / 7:.4f}"] for i in range(n)]
    job = {"job_id": "j1", "status": "done", "ended_at": 1, "reason": "", "result": {
        "type": "data_retrieval", "task_id": "0", "status": "done", "clarified_task": "every symbol and its value",
        "description": "", "assumptions": [], "sql": "SELECT symbol, value FROM t", "sql_error": None,
        "data": {"columns": [{"col": "symbol"}, {"col": "value"}], "rows": rows}, "chart_options": None}}
    return json.dumps({"code": 200, "msg": "", "result": job}).encode()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--eager", action="store_true", help="parse every row at once (for comparison)")
    args = ap.parse_args()
    if args.eager:
        from c2q_shell.api import rows
        rows.BIG = float("inf")
    body = payload(args.rows)
    # the server runs in another process, so that only the shell's memory is measured
    tmp = tempfile.TemporaryDirectory()
    job_file = Path(tmp.name) / "x" / "v2" / "jobs" / "j1"
    job_file.parent.mkdir(parents=True)
    job_file.write_bytes(body)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port), "--directory",
                            tmp.name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = Chat2QueryClient(f"http://127.0.0.1:{port}/x", "pub", "priv")
    for _ in range(100):                                 # until the server listens
        try:
            client.job("j1")
            break
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.05)
    state = ShellState.from_settings(Settings(color=False))
    # warm the connection and the imports (sqlglot, pygments: once per process, not per answer)
    show(state, Printer(None, False, io.StringIO(), io.StringIO()),
         Round(1, "q", "direct", job_id="j1", result=client.job("j1").answer))
    times, render_times, peaks, screens = [], [], [], []
    for run in range(2 * args.runs):
        traced = run % 2 == 1                            # timed runs and memory runs alternate
        out = io.StringIO()
        printer = Printer(None, False, out, io.StringIO())
        gc.collect()
        if traced:
            tracemalloc.start()
        t0 = time.perf_counter()
        job = client.job("j1")                           # the poll that finds the job finished
        t1 = time.perf_counter()
        rnd = Round(1, "q", "direct", job_id="j1", result=job.answer)
        show(state, printer, rnd)                        # the first screen, as the REPL prints it
        t2 = time.perf_counter()
        if traced:
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
        else:
            times.append(t2 - t0)
            render_times.append(t2 - t1)
        screens.append(out.getvalue())
        del job, rnd
    mb = len(body) / 1e6
    print(f"rows: {args.rows:,} (2 columns); payload {mb:.1f} MB; runs: {args.runs}")
    print(f"job done -> first screen shown (fetch + parse + render): {1000 * statistics.median(times):.0f} ms "
          f"(target <= 300 ms)")
    print(f"  of which rendering the first screen: {1000 * statistics.median(render_times):.1f} ms")
    print(f"peak memory while doing it: {statistics.median(peaks) / 1e6:.1f} MB = "
          f"{statistics.median(peaks) / len(body):.1f}x the payload (target <= 3x)")
    print(f"first screen: {len(screens[0].splitlines())} lines, ending '{screens[0].splitlines()[-2]}'")
    from c2q_shell.render import table
    answer = client.job("j1").answer
    t = time.perf_counter()
    whole = table.render(answer.columns, answer.rows, "table", 0, 40, 120)      # \rows 0: every row
    print(f"every row as a table (\\rows 0, for the pager): {time.perf_counter() - t:.2f} s, "
          f"{sum(text.count(chr(10)) for _, text in whole):,} lines")
    srv.terminate()
    srv.wait()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
