"""Helpers for the server benchmarks: start a real `c2q serve` in a subprocess, read its memory
and threads from /proc, and a client that asks a round and polls the way the shell does."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from c2q_shell.api.client import Chat2QueryClient  # noqa: E402
from c2q_shell.api.errors import JobFailed  # noqa: E402

PUB, PRIV = "BENCHPUB", "bench-private-key-0123456789"


def serve(state: Path, *args: str) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("c2q", path=os.path.dirname(sys.executable)) or "c2q"
    env = {**os.environ, "C2Q_PUBLIC_KEY": PUB, "C2Q_PRIVATE_KEY": PRIV}
    p = subprocess.Popen([exe, "serve", "--state-dir", str(state), "--port", "0", *args],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    url = ""
    for line in p.stdout:
        key, _, value = line.rstrip("\n").partition(": ")
        url = value if key == "endpoint" else url
        if key == "state dir":
            break
    if not url:
        raise SystemExit("c2q serve did not start")
    return p, url


def proc_status(pid: int) -> dict[str, int]:
    """VmHWM (peak resident set, KiB), VmRSS and Threads of a process."""
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS", "Threads"):
                out[key] = int(value.split()[0])
    return out


def client(url: str, timeout: float = 30.0) -> Chat2QueryClient:
    return Chat2QueryClient(url, PUB, PRIV, timeout=timeout)


def ask(c: Chat2QueryClient, session_id: int, question: str, **kw) -> tuple[str, str]:
    """(status, reason) of one question, polled to its end."""
    job_id = c.chat(session_id, question, **kw)
    job_id = getattr(job_id, "job_id", job_id)
    try:
        job = c.wait(job_id, timeout=300)
        return job.status, job.reason or ""
    except JobFailed as e:
        return "failed", str(e)


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] if s else float("nan")


def now() -> float:
    return time.perf_counter()
