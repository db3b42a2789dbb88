"""Load on a real `c2q serve` (a subprocess on the bundled demo database): N clients each open a
session and ask rounds of a question and its follow-up, polling the way the shell does. Prints
rounds answered, failures, p50/p99 round time, and the server's peak memory and threads.
With --kill, the server is killed with SIGKILL half-way, restarted on the same state dir, and
every acknowledged job, question and answer is checked ("lost" must be 0).

    python bench/load.py [--clients 20] [--rounds 10] [--kill]
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serverkit import client, now, pct, proc_status, serve  # noqa: E402

ROUNDS = [("How many companies are in each sector?", "only in Energy"),
          ("List the 5 largest companies by market cap", "only in Health Care"),
          ("What is the average P/E ratio by sector?", "sort it from highest to lowest")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=10, help="rounds (question + follow-up) per client")
    ap.add_argument("--kill", action="store_true", help="kill -9 the server half-way and check what was kept")
    args = ap.parse_args()
    state = Path(tempfile.mkdtemp(prefix="c2q-load-"))
    p, url = serve(state)
    c = client(url)
    summary_id, job = c.create_data_summary("local", "sp500insight")
    c.wait(job)
    times: list[float] = []
    failures: list[str] = []
    acked: list[tuple[int, str, str]] = []   # session, question, job id
    done: set[str] = set()
    lock = threading.Lock()
    total = args.clients * args.rounds
    half = threading.Event()
    peak = {"Threads": 0}

    def run(n: int) -> None:
        cl = client(url)
        for i in range(args.rounds):
            try:
                sid = cl.create_session("local", "sp500insight").session_id
                start = now()
                for q in ROUNDS[(n + i) % len(ROUNDS)]:
                    job_id = cl.chat(sid, q)
                    with lock:
                        acked.append((sid, q, job_id))
                        if len(acked) >= total:      # half of all questions: this one is in flight
                            half.set()
                    try:
                        cl.wait(job_id, timeout=300)
                        with lock:
                            done.add(job_id)
                    except Exception as e:
                        if args.kill and half.is_set():
                            return
                        with lock:
                            failures.append(f"{q}: {e}")
                with lock:
                    times.append(now() - start)
                    if not args.kill:
                        peak["Threads"] = max(peak["Threads"], proc_status(p.pid)["Threads"])
            except Exception as e:
                if args.kill and half.is_set():
                    return                   # the server was killed
                with lock:
                    failures.append(f"client {n}: {type(e).__name__}: {e}")

    threads = [threading.Thread(target=run, args=(n,)) for n in range(args.clients)]
    t0 = now()
    for t in threads:
        t.start()
    if args.kill:
        half.wait()
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
    for t in threads:
        t.join()
    elapsed = now() - t0
    if not args.kill:
        st = proc_status(p.pid)
        p.send_signal(signal.SIGTERM)
        p.wait()
    print(f"clients {args.clients}, rounds answered {len(times)} of {total} in {elapsed:.1f} s "
          f"({len(times) / elapsed:.1f} rounds/s), failed questions {len(failures)}")
    print(f"round time (question + follow-up): p50 {pct(times, 0.5) * 1000:.0f} ms, p99 {pct(times, 0.99) * 1000:.0f} ms")
    for f in failures[:5]:
        print("  failure:", f)
    if not args.kill:
        print(f"server: peak RSS {st['VmHWM'] / 1024:.0f} MiB, threads at most {peak['Threads']}")
        return 1 if failures else 0
    p2, url2 = serve(state)
    c2 = client(url2)
    lost = 0
    for sid, q, job_id in acked:
        try:
            s = c2.call("GET", f"/v3/sessions/{sid}")
            job = c2.call("GET", f"/v2/jobs/{job_id}")
            roles = [(m["role"], m.get("content") if m["role"] == "user" else m.get("job_id")) for m in s["messages"]]
            ok = job["status"] in ("done", "failed") and ("user", q) in roles
            if job_id in done:
                ok = ok and job["status"] == "done" and ("assistant", job_id) in roles
        except Exception:
            ok = False
        lost += not ok
    p2.send_signal(signal.SIGTERM)
    p2.wait()
    print(f"kill -9 after {len(acked)} acknowledged questions ({len(done)} seen done): lost {lost}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
