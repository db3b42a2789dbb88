"""A simple round on the embedded server, as the shell runs it: the question is sent over
HTTP, the job polled, the answer rendered (to memory). Median over rounds of a few short
conversations; the target is <= 80 ms a round.

    python bench/round_speed.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from c2q_shell import embedded  # noqa: E402
from c2q_shell.config import Settings  # noqa: E402
from c2q_shell.shell.backend import Backend, Target  # noqa: E402
from c2q_shell.shell.output import Printer  # noqa: E402
from c2q_shell.shell.rounds import ask  # noqa: E402
from c2q_shell.shell.state import ShellState  # noqa: E402

QUESTIONS = ["How many companies are in each sector?", "only those with more than 50",
             "List the 5 largest companies by market cap", "what about Energy?",
             "What is the average P/E ratio by sector?", "how many companies are there?"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        conn = embedded.start([], "", Path(d))
        target = Target(conn.endpoint, conn.public_key, conn.private_key, conn.cluster_id, conn.database,
                        stop=conn.stop)
        backend = Backend(lambda: target, job_timeout=60)
        backend.start()
        backend.ready(120)
        state = ShellState.from_settings(Settings(color=False))
        printer = Printer(None, False, io.StringIO(), io.StringIO())
        ask(state, backend, printer, "how many companies are there?")          # warm up
        times = []
        for _ in range(args.repeat):
            for q in QUESTIONS:
                t = time.perf_counter()
                rnd = ask(state, backend, printer, q)
                times.append(time.perf_counter() - t)
                assert not rnd.error, rnd.error
        backend.close()
    ms = sorted(1000 * t for t in times)
    print(f"rounds: {len(times)} on the embedded demo server (send, poll, render)")
    print(f"median {statistics.median(ms):.0f} ms, p90 {ms[int(0.9 * (len(ms) - 1))]:.0f} ms, "
          f"max {ms[-1]:.0f} ms (target <= 80 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
