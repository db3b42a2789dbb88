"""Held-out evaluation over the shipped demo: the bundled `sp500insight` database (S&P 500
companies, their fundamentals, the monthly index since 1871) as `c2q serve` builds it, and
conversations a new user of the demo would type, written before the engine was run on them
(see README.md in this folder).

    python bench/heldout_demo/build.py [OUT_DIR]   # writes sp500insight.sqlite (default OUT_DIR:
                                                  # /tmp/c2q-heldout_demo), checks every reference
                                                  # SQL and writes sp500insight.json here

No data is generated: the database is the demo's own, built from the CSVs shipped in the package.
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
