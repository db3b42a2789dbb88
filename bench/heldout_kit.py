"""What the held-out evaluations (bench/heldout*) share: the turn format, the check that every
reference runs and returns rows without a tie at a LIMIT cut, the build loop that writes each
database and its <db>.json set, and the build of the sets over the shipped demo database."""
from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Callable


def conv(cid: str, *turns: tuple) -> dict:
    """A conversation from (question, sql[, accept]) turns; sql None marks a round to decline."""
    out = []
    for t in turns:
        q, sql = t[0], t[1]
        turn = {"question": q}
        if sql is None:
            turn["decline"] = True
        else:
            turn["sql"] = sql
        if len(t) > 2:
            turn["accept"] = list(t[2])
        out.append(turn)
    return {"id": cid, "turns": out}


def day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def check(db: Path, name: str, convs: list[dict]) -> list[str]:
    """Every reference runs and returns rows, and a LIMIT n cut does not fall inside a tie."""
    problems = []
    con = sqlite3.connect(db)
    for c in convs:
        for t in c["turns"]:
            if t.get("decline"):
                continue
            for sql in (t["sql"] if isinstance(t["sql"], list) else [t["sql"]]) + t.get("accept", []):
                try:
                    rows = con.execute(sql).fetchall()
                except sqlite3.Error as e:
                    problems.append(f"{name} {c['id']}: {t['question']!r}: {e}")
                    continue
                if not rows or all(v is None for r in rows for v in r):
                    problems.append(f"{name} {c['id']}: {t['question']!r}: empty result")
                m = re.search(r"ORDER BY (.+?)( DESC)? LIMIT (\d+)\s*$", sql)
                if m:       # the sort key of row k+1 must differ from row k's
                    k = int(m.group(3))
                    probe = sql.replace("SELECT ", f"SELECT {m.group(1)} AS tie_key_, ", 1)
                    probe = probe[:probe.rindex("LIMIT")] + f"LIMIT {k + 1}"
                    try:
                        keys = [r[0] for r in con.execute(probe).fetchall()]
                    except sqlite3.Error:
                        keys = []
                    if len(keys) > k and keys[k - 1] == keys[k]:
                        problems.append(f"{name} {c['id']}: {t['question']!r}: tie at the LIMIT {k} cut")
    return problems


def build_all(folder: Path, builders: dict[str, Callable[[Path], None]], sets: dict[str, list[dict]]) -> int:
    """`python bench/<folder>/build.py [OUT_DIR]`: build each database, check its references and
    write <db>.json beside the script."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else f"/tmp/c2q-{folder.name}")
    out.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, build in builders.items():
        db = out / f"{name}.sqlite"
        db.unlink(missing_ok=True)
        build(db)
        convs = sets[name]
        problems += check(db, name, convs)
        (folder / f"{name}.json").write_text(json.dumps(
            {"database": name, "about": f"Held-out analyst conversations over bench/{folder.name} {name}.sqlite "
                                        f"(built by bench/{folder.name}/build.py); scored like sp500-analyst-dev.json.",
             "conversations": convs}, indent=1) + "\n")
        rounds = sum(len(c["turns"]) for c in convs)
        dec = sum(bool(t.get("decline")) for c in convs for t in c["turns"])
        print(f"{name}: {db} — {len(convs)} conversations, {rounds} rounds, {dec} to decline")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


def build_demo_set(folder: Path, sets: dict[str, list[dict]]) -> int:
    """build_all for a set over the shipped `sp500insight` demo database, built by the shipped
    `c2q_shell.server.demo.build` from the bundled CSVs (the same file on every run)."""
    from c2q_shell.server import demo
    return build_all(folder, {"sp500insight": demo.build}, sets)
