"""Held-out evaluation over the bundled demo database `sp500insight` (S&P 500 companies, their
fundamentals and the monthly index since 1871), with conversations written as people type them into
the shipped demo, before the engine was run on them (see README.md in this folder).

    python bench/heldout_demo2/build.py [OUT_DIR]   # writes sp500insight.sqlite (default OUT_DIR:
                                                     # /tmp/c2q-heldout_demo2), checks every reference
                                                     # SQL and writes sp500insight.json here

The data is not generated: the database is the demo itself, built from the shipped CSVs by
c2q_shell.server.demo.build, so it is the same on every run.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))
from conversations import SETS  # noqa: E402
from heldout_kit import build_demo_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_demo_set(HERE, SETS))
