"""kill -9 of a real `c2q serve` in the middle of load: after a restart on the same state dir,
everything the server acknowledged is there — every session, every question, every job (ended:
`done`, or `failed` because the server stopped) and every answer a client saw `done`."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading

from conftest import PRIV, PUB, Api


def serve(state, db) -> tuple[subprocess.Popen, str]:
    exe = shutil.which("c2q", path=os.path.dirname(sys.executable))
    env = {**os.environ, "C2Q_PUBLIC_KEY": PUB, "C2Q_PRIVATE_KEY": PRIV}
    p = subprocess.Popen([exe, "serve", "--db", f"sqlite:///{db}", "--state-dir", str(state), "--port", "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    url = ""
    for line in p.stdout:
        key, _, value = line.rstrip("\n").partition(": ")
        url = value if key == "endpoint" else url
        if key == "state dir":
            break
    assert url, "c2q serve printed no endpoint"
    return p, url


def test_kill_9_under_load_loses_nothing_acknowledged(tmp_path, data_dir):
    db = data_dir / "shop.sqlite"
    p, url = serve(tmp_path / "state", db)
    acked: list[tuple[int, str, str]] = []        # (session, question, job) the server said 200 to
    seen_done: set[str] = set()
    lock, enough, stop = threading.Lock(), threading.Event(), threading.Event()
    questions = ["how many customers per country", "total amount by product category", "list all products"]

    def client(n: int) -> None:
        api = Api(url)
        try:
            api.summary("shop")
            i = 0
            while not stop.is_set():
                sid = api.session("shop")
                with lock:
                    acked.append((sid, "", ""))
                q = questions[(n + i) % len(questions)]
                job_id = api.ok("POST", f"/v3/sessions/{sid}/chat2data", {"question": q})["job_id"]
                with lock:
                    acked.append((sid, q, job_id))
                    if len([a for a in acked if a[2]]) >= 40:
                        enough.set()
                if api.wait(job_id)["status"] == "done":
                    with lock:
                        seen_done.add(job_id)
                i += 1
        except Exception:
            return                                  # the server is gone

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(8)]
    for t in threads:
        t.start()
    assert enough.wait(120), "the load never reached 40 questions"
    os.kill(p.pid, signal.SIGKILL)
    p.wait(30)
    stop.set()
    for t in threads:
        t.join(60)
    p.stdout.close()

    p2, url2 = serve(tmp_path / "state", db)
    try:
        api = Api(url2)
        with lock:
            snapshot = list(acked)
        assert seen_done, "no job finished before the kill"
        for sid, question, job_id in snapshot:
            session = api.ok("GET", f"/v3/sessions/{sid}")
            if not job_id:
                continue
            job = api.ok("GET", f"/v2/jobs/{job_id}")
            assert job["status"] in ("done", "failed"), job
            if job["status"] == "failed":
                assert job["reason"], job
            roles = [(m["role"], m.get("content") if m["role"] == "user" else m.get("job_id"))
                     for m in session["messages"]]
            assert ("user", question) in roles
            if job_id in seen_done:
                assert job["status"] == "done" and ("assistant", job_id) in roles
        # and the restarted server answers
        sid = api.session("shop")
        assert api.ask(sid, "how many customers per country")["status"] == "done"
    finally:
        p2.send_signal(signal.SIGTERM)
        p2.wait(30)
        p2.stdout.close()
