"""Held-out evaluation over the shipped `sp500insight` demo database (S&P 500 constituents, their
fundamentals, the monthly index since 1871): hand-written conversations of two askers, written
before the engine was run on them (see README.md in this folder).

    python bench/heldout_demo34/build.py [OUT_DIR]    # builds sp500insight.sqlite with the shipped
                                                       # c2q_shell.server.demo.build (default OUT_DIR:
                                                       # /tmp/c2q-heldout_demo34), checks every reference
                                                       # SQL and writes sp500insight.json here

The demo database is built from the bundled CSVs, so the file is the same on every run.
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


def main() -> int:
    return build_demo_set(HERE, SETS)


if __name__ == "__main__":
    sys.exit(main())
