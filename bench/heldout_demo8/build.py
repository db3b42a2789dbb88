"""Held-out evaluation set 'heldout_demo8' over the shipped `sp500insight` demo database: hand-written
conversations (journalist, product demo, portfolio analyst, lecturer, newcomer), written before the
engine was run on them (see README.md in this folder).

    python bench/heldout_demo8/build.py [OUT_DIR]   # builds sp500insight.sqlite with the shipped
                                                     # demo builder, checks every reference SQL and
                                                     # writes sp500insight.json here
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
