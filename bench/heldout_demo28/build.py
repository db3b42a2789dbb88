"""Build the heldout_demo28 set over the shipped `sp500insight` demo database: writes the database
(from the bundled CSVs, via c2q_shell.server.demo.build) to OUT_DIR, checks every reference and
writes sp500insight.json beside this script."""
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
