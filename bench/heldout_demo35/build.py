"""Held-out evaluation `heldout_demo35`: conversations over the shipped `sp500insight` demo
database (S&P 500 constituents, their fundamentals, the monthly index since 1871), written
before the engine was run on them (see README.md in this folder).

    python bench/heldout_demo35/build.py [OUT_DIR]   # writes sp500insight.sqlite (default OUT_DIR:
                                                     # /tmp/c2q-heldout_demo35), checks every reference
                                                     # SQL and writes sp500insight.json here

The database is the demo file the shell ships (built by c2q_shell.server.demo.build from the
bundled CSVs), so it is the same on every run; nothing here is generated.
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
