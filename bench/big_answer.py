"""A big answer: how soon its first screen shows after the job finishes, and how much memory
that takes next to the size of the payload. A real HTTP server on loopback answers the poll
with a finished job of N rows (default 100,000, two columns); the shell's client fetches and
parses it and the first screen is rendered as the REPL renders it (50 rows, the row count).

    python bench/big_answer.py [--rows 100000] [--runs 5]
"""
from __future__ import annotations

import argparse
import gc
import io
import json
import statistics
import sys
import threading
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from werkzeug.serving import make_server  # noqa: E402
from werkzeug.wrappers import Response  # noqa: E402

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
    args = ap.parse_args()
    body = payload(args.rows)
    app = lambda environ, start: Response(body, content_type="application/json")(environ, start)  # noqa: E731
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    srv.RequestHandlerClass.log_request = lambda *a, **k: None
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    client = Chat2QueryClient(f"http://127.0.0.1:{srv.server_port}/x", "pub", "priv")
    client.job("j1")                                     # warm the connection and the imports
    state = ShellState.from_settings(Settings(color=False))
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
    srv.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
