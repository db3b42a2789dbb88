"""Start-up figures: how long `c2q --version` takes (interpreter + imports), how long the
shell takes to show its first prompt (server start runs in the background) next to a bare
prompt_toolkit prompt started the same way, and the time to
the first answer from a cold state directory, through the installed script in batch mode.

    python bench/startup.py [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def c2q() -> str:
    exe = shutil.which("c2q", path=os.path.dirname(sys.executable)) or shutil.which("c2q")
    if not exe:
        sys.exit("install the project first (make test or pip install -e .)")
    return exe


def timed(cmd, env, stdin=None) -> float:
    s = time.perf_counter()
    subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True, check=False, timeout=300)
    return time.perf_counter() - s


BARE = ("from prompt_toolkit import PromptSession\n"
        "PromptSession().prompt([('', 'sp500insight '), ('', '(direct)'), ('', '> ')], bottom_toolbar='mode: direct')\n")


def first_prompt(env, cmd=None) -> float:
    import pexpect
    s = time.perf_counter()
    cmd = cmd or [c2q()]
    child = pexpect.spawn(cmd[0], cmd[1:], env=env, encoding="utf-8", timeout=60)
    child.expect(r"\(direct\)")
    elapsed = time.perf_counter() - s
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    # as a user runs it: byte-code caches written and used (this sandbox sets PYTHONDONTWRITEBYTECODE,
    # which would make every run compile c2q's sources while prompt_toolkit's come precompiled)
    base = {k: v for k, v in os.environ.items() if not k.startswith("C2Q_") and k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as d:       # one run to write the caches
        env = dict(base, XDG_DATA_HOME=d, XDG_CONFIG_HOME=d, TERM="xterm")
        first_prompt(env)
        timed([c2q(), "-e", "How many companies are in each sector?"], env)
    version, prompt, bare, cold, warm = [], [], [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as d:
            env = dict(base, XDG_DATA_HOME=d, XDG_CONFIG_HOME=d, TERM="xterm")
            version.append(timed([c2q(), "--version"], env))
            cold.append(timed([c2q(), "-e", "How many companies are in each sector?"], env))
            warm.append(timed([c2q(), "-e", "How many companies are in each sector?"], env))
            bare.append(first_prompt(env, [sys.executable, "-c", BARE]))
            prompt.append(first_prompt(env))
    med = lambda xs: 1000 * statistics.median(xs)  # noqa: E731
    print(f"runs: {args.runs}")
    print(f"c2q --version: {med(version):.0f} ms")
    print(f"a bare prompt_toolkit prompt (same interpreter, same run): {med(bare):.0f} ms")
    print(f"interactive c2q, to the first prompt: {med(prompt):.0f} ms "
          f"({statistics.median(prompt) / statistics.median(bare):.2f}x the bare prompt's median; "
          f"fastest runs {1000 * min(prompt):.0f} vs {1000 * min(bare):.0f} ms = {min(prompt) / min(bare):.2f}x; "
          f"target <= 1.25x)")
    print(f"batch, first answer, cold state (builds the demo database and its summary): {med(cold):.0f} ms")
    print(f"batch, first answer, warm state: {med(warm):.0f} ms")
    print(f"peak memory of a c2q run (shell + embedded server + demo database): "
          f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
