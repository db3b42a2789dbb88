"""Every held-out evaluation in bench/ (heldout*/), through the HTTP API: builds each set's
databases when missing, scores each database with bench/eval_engine.py and prints QM and the
wrong rate per database, per set and overall. The sets, when each was written and what it
measured blind, are in each folder's README and in the main README ("Measurements").

    python bench/heldout_all.py [--out /tmp/c2q-heldout-dbs] [--sets heldout9,heldout10]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def score(set_file: Path, db: Path) -> tuple[int, int, int]:
    """(rounds answered, rounds, wrong) of one database's conversations."""
    out = subprocess.run([sys.executable, str(HERE / "eval_engine.py"), "--set", str(set_file), "--db", str(db)],
                         capture_output=True, text=True, check=True).stdout
    qm = re.search(r"^QM .*?: (\d+)/(\d+)", out, re.M)
    wrong = re.search(r"^wrong .*?: (\d+)/", out, re.M)
    if not qm or not wrong:
        raise SystemExit(f"heldout_all: no figures from eval_engine for {set_file}:\n{out}")
    return int(qm.group(1)), int(qm.group(2)), int(wrong.group(1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/c2q-heldout-dbs", help="where the databases are built")
    ap.add_argument("--sets", help="comma-separated folder names (default: every bench/heldout*/)")
    args = ap.parse_args()
    folders = sorted(p for p in HERE.glob("heldout*/") if (p / "build.py").is_file())
    if args.sets:
        folders = [f for f in folders if f.name in args.sets.split(",")]
    total = [0, 0, 0]
    print(f"{'set/database':32} {'QM':>14} {'wrong':>12}")
    for folder in folders:
        dbs = Path(args.out) / folder.name
        sets = sorted(folder.glob("*.json"))
        if not sets or not all((dbs / f"{s.stem}.sqlite").is_file() for s in sets):
            subprocess.run([sys.executable, str(folder / "build.py"), str(dbs)], check=True, capture_output=True)
            sets = sorted(folder.glob("*.json"))
        here = [0, 0, 0]
        for s in sets:
            ok, n, bad = score(s, dbs / f"{s.stem}.sqlite")
            here = [here[0] + ok, here[1] + n, here[2] + bad]
            print(f"  {folder.name + '/' + s.stem:30} {ok:>4}/{n:<4} {100 * ok / n:5.1f}% {bad:>4} {100 * bad / n:5.1f}%")
        total = [t + h for t, h in zip(total, here)]
        print(f"{folder.name:32} {here[0]:>4}/{here[1]:<4} {100 * here[0] / here[1]:5.1f}% {here[2]:>4} "
              f"{100 * here[2] / here[1]:5.1f}%")
    if total[1]:
        print(f"{'all':32} {total[0]:>4}/{total[1]:<4} {100 * total[0] / total[1]:5.1f}% {total[2]:>4} "
              f"{100 * total[2] / total[1]:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
