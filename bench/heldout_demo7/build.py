"""Build the heldout_demo7 set over the shipped `sp500insight` demo database: writes
<OUT_DIR>/sp500insight.sqlite, checks every reference and writes sp500insight.json here.

    python bench/heldout_demo7/build.py /tmp/c2q-heldout_demo7
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
