"""The first question of a shell session on the embedded server, as `c2q` runs it: start-up
lists the data summaries (which lets the server build its catalog), the first question opens
the session (named by it) and is answered. Measured right after start-up and after a pause
that stands for the user typing.

    python bench/first_round.py [--repeat 3] [--pause 2]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from c2q_shell import embedded  # noqa: E402
from c2q_shell.api.client import Chat2QueryClient  # noqa: E402
from c2q_shell.shell.backend import Backend, Target  # noqa: E402

QUESTION = "How many companies are in each sector?"


def first_round(state_dir: Path, pause: float) -> float:
    c = embedded.start([], "sp500insight", state_dir=state_dir)
    try:
        backend = Backend(lambda: Target(c.endpoint, c.public_key, c.private_key, c.cluster_id, c.database))
        backend.ready()                       # start-up: connect, data summary listed (and built once)
        time.sleep(pause)
        t = time.monotonic()
        job_id = backend.chat(QUESTION, "direct")
        backend.client.wait(job_id, delays=iter([0.01] * 100000))
        elapsed = time.monotonic() - t
        backend.close()
        return elapsed
    finally:
        c.stop()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pause", type=float, default=2.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        state = Path(d)
        c = embedded.start([], "sp500insight", state_dir=state)      # build the demo and its summary once
        cl = Chat2QueryClient(c.endpoint, c.public_key, c.private_key)
        _sid, job = cl.create_data_summary(c.cluster_id, c.database)
        cl.wait(job)
        c.stop()
        for pause in (0.0, args.pause):
            times = [first_round(state, pause) for _ in range(args.repeat)]
            print(f"first round {pause:.0f} s after start-up: median {1000 * statistics.median(times):.0f} ms "
                  f"(runs: {', '.join(f'{1000 * t:.0f}' for t in times)} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
