"""Median time the rules engine takes per question (question -> plan -> SQL, no database
work), on the demo database. Target: <= 10 ms.

    python bench/engine_speed.py [--repeat 20]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from c2q_shell.server.demo import ensure  # noqa: E402
from c2q_shell.server.engine import Engine  # noqa: E402
from c2q_shell.server.engine.catalog import Catalog  # noqa: E402
from c2q_shell.server.sources import SQLiteSource  # noqa: E402

CONVERSATIONS = [
    ["How many companies are in each sector?", "which sector has the most?", "only those with more than 50"],
    ["List the 5 largest companies by market cap", "only in Health Care", "what about Energy?", "and the lowest?"],
    ["What is the average P/E ratio by sector?", "sort it from highest to lowest", "by state instead"],
    ["Which companies were added to the index in 2023?", "how many of them are in Information Technology?"],
    ["Show the yearly average of the S&P 500 index since 2015"],
    ["What is the market cap of Apple?", "companies with a dividend yield above 3%"],
    # analyst constructs: time buckets, first time, ratios, group averages, shares, follow-ups
    ["average CAPE by decade", "which decade had the highest?"],
    ["When did the long interest rate first fall below 2?", "lowest CPI ever recorded", "when was that?"],
    ["ratio of total EBITDA to total market cap for each sector", "sort it from highest to lowest"],
    ["companies with a P/E above their sector's average", "what percentage of them are in Energy?"],
    ["number of companies per sector", "only sectors with fewer than 30", "what share of all companies is that together?"],
    ["companies in Texas", "which one is the oldest?", "which states are they in?"],
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        src = SQLiteSource(ensure(Path(d)), "sp500insight")
        t0 = time.perf_counter()
        schema = src.introspect()
        t1 = time.perf_counter()
        engine = Engine(Catalog(schema))
        t2 = time.perf_counter()
        times = []
        for _ in range(args.repeat):
            for conv in CONVERSATIONS:
                prev = None
                for q in conv:
                    s = time.perf_counter()
                    prev = engine.answer(q, "direct", prev).tasks[-1].plan
                    times.append(time.perf_counter() - s)
    print(f"database profile (introspection + statistics): {1000 * (t1 - t0):.1f} ms")
    print(f"catalog build (lexicon + value index): {1000 * (t2 - t1):.1f} ms")
    print(f"questions timed: {len(times)}")
    print(f"engine time per question: median {1000 * statistics.median(times):.2f} ms, "
          f"p90 {1000 * sorted(times)[int(len(times) * 0.9)]:.2f} ms, max {1000 * max(times):.2f} ms")
    print(f"peak memory of this process (Python, sqlglot, the demo catalog): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
