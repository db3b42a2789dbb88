"""Job lifecycle under load and faults: `done` only once a follow-up can use the answer (20 clients
racing), every way out of a job ends it (a store that is full, a job that outlives its time), the
bounded queue answers 503 with Retry-After, and slow jobs never hold up a quick question. Slow
jobs are made by a real (scripted) LLM service that holds its replies until the test lets go."""
from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from conftest import Api, start_server
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

FAST_Q = "how many customers per country"                 # the rules answer it
SLOW_Q = "who lives in the capital of england"            # only the LLM does


class GatedLLM:
    """An OpenAI-compatible chat-completions service that holds every reply until `release()`."""

    def __init__(self):
        self.gate = threading.Event()
        self.arrived = 0
        self.cond = threading.Condition()
        self.on_arrival = None
        self.sql = "SELECT name FROM customers WHERE city = 'London'"

    def __call__(self, environ, start_response):
        Request(environ).get_data()
        with self.cond:
            self.arrived += 1
            self.cond.notify_all()
        self.gate.wait(60)
        if self.on_arrival:
            self.on_arrival()
        reply = json.dumps({"sql": self.sql})
        body = {"id": "x", "object": "chat.completion", "model": "fake",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}]}
        return Response(json.dumps(body), content_type="application/json")(environ, start_response)

    def wait_arrived(self, n: int) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: self.arrived >= n, 30), f"{self.arrived} of {n} LLM calls arrived"

    def release(self) -> None:
        self.gate.set()


@pytest.fixture()
def gated():
    fake = GatedLLM()
    srv = make_server("127.0.0.1", 0, fake, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield fake, f"http://127.0.0.1:{srv.server_port}/v1"
    fake.release()
    srv.shutdown()


@contextmanager
def hybrid(tmp_path, data_dir, url, **cfg):
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], engine="hybrid",
                       llm_base_url=url, llm_model="fake-model", **cfg)
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("shop")["status"] == "done"
        yield srv, api
    finally:
        srv.stop()


def start_ask(api: Api, sid: int, question: str) -> str:
    return api.ok("POST", f"/v3/sessions/{sid}/chat2data", {"question": question})["job_id"]


def test_follow_up_right_after_done_never_fails(server):
    """20 clients each ask, poll until `done` over HTTP (as the shell does) and send the follow-up
    at once: the follow-up always finds the round it refines."""
    def client(i: int) -> list[str]:
        api = Api(server.url)                       # polls over HTTP: no in-process signal
        sid = api.session("sp500_eval")
        first = api.ask(sid, "How many companies are in each sector?")
        second = api.ask(sid, "only in Energy")
        out = [j["reason"] for j in (first, second) if j["status"] != "done"]
        if second["status"] == "done" and "GROUP BY" not in second["result"]["sql"].upper():
            out.append("the follow-up lost its round: " + second["result"]["sql"])
        return out

    with ThreadPoolExecutor(20) as pool:
        failures = [r for rs in pool.map(client, range(20)) for r in rs]
    assert failures == []


def test_a_full_store_fails_the_job_with_its_reason(tmp_path, data_dir):
    """The final write does not fit (SQLite's page limit: a full disk): the job is `failed` with
    the reason, not `running` forever, and the server goes on answering."""
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'sp500_eval.sqlite'}"])
    try:
        api = Api(srv.url, app=srv.app)
        api.summary("sp500_eval")
        sid = api.session("sp500_eval")
        db = srv.app.store._db                     # the server's own connection to its state file
        # room for the question and the job's record (2 pages), not for 1,000 rows (22 kB, 6 pages)
        db.execute(f"PRAGMA max_page_count={db.execute('PRAGMA page_count').fetchone()[0] + 2}")
        job = api.ask(sid, "show the S&P 500 index for every month")          # 1,866 rows
        assert job["status"] == "failed", job
        assert "could not be stored" in job["reason"] and "full" in job["reason"]
        db.execute("PRAGMA max_page_count=1073741823")
        assert api.ask(sid, "How many companies are in each sector?")["status"] == "done"
    finally:
        srv.stop()


def test_watchdog_fails_a_job_that_outlives_its_time(tmp_path, data_dir, gated):
    fake, url = gated
    with hybrid(tmp_path, data_dir, url, job_timeout=3) as (srv, api):
        sid = api.session("shop")
        job = api.ask(sid, SLOW_Q)
        assert job["status"] == "failed" and "longer than the 3 s limit" in job["reason"]
        fake.release()
        srv.app.jobs.shutdown()                    # the worker ends; its late answer is dropped
        assert api.ok("GET", f"/v2/jobs/{job['job_id']}")["status"] == "failed"
        msgs = api.ok("GET", f"/v3/sessions/{sid}")["messages"]
        assert [m["role"] for m in msgs] == ["user"]


def test_a_recursive_query_without_end_is_stopped_and_its_job_ends(tmp_path, data_dir, gated):
    """WITH RECURSIVE with no bound (from the LLM; the gate lets a read through): the query
    timeout stops it, the job ends `failed` naming the limit, and the lane is free again."""
    fake, url = gated
    fake.sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    fake.release()
    with hybrid(tmp_path, data_dir, url, query_timeout=1, workers=1, slow_workers=0) as (srv, api):
        sid = api.session("shop")
        job = api.ask(sid, SLOW_Q)
        assert job["status"] == "failed" and "longer than the 1 s limit" in job["reason"], job
        assert api.ask(sid, FAST_Q)["status"] == "done"


def test_full_queue_is_503_with_retry_after(tmp_path, data_dir, gated):
    fake, url = gated
    with hybrid(tmp_path, data_dir, url, workers=1, slow_workers=0, max_queue=1) as (srv, api):
        s1, s2, s3 = (api.session("shop") for _ in range(3))
        running = start_ask(api, s1, SLOW_Q)
        fake.wait_arrived(1)
        queued = start_ask(api, s2, SLOW_Q)
        r = api.req("POST", f"/v3/sessions/{s3}/chat2data", {"question": FAST_Q})
        assert r.status_code == 503 and int(r.headers["Retry-After"]) >= 1
        assert "busy" in r.json()["msg"]
        assert api.ok("GET", f"/v3/sessions/{s3}")["messages"] == []        # nothing half-stored
        fake.release()
        assert api.wait(running)["status"] == "done" and api.wait(queued)["status"] == "done"
        assert api.ask(s3, FAST_Q)["status"] == "done"


def test_slow_jobs_do_not_hold_up_a_quick_question(tmp_path, data_dir, gated):
    """One quick-lane worker and 4 jobs stuck on a slow service: they move to the slow lane, and a
    quick question is answered while all 4 are still running."""
    fake, url = gated
    with hybrid(tmp_path, data_dir, url, workers=1, slow_workers=4, slow_after=0.05) as (srv, api):
        slow = [start_ask(api, api.session("shop"), SLOW_Q) for _ in range(4)]
        fake.wait_arrived(4)
        quick = api.ask(api.session("shop"), FAST_Q)
        assert quick["status"] == "done"
        assert [api.ok("GET", f"/v2/jobs/{j}")["status"] for j in slow] == ["running"] * 4
        fake.release()
        assert [api.wait(j)["status"] for j in slow] == ["done"] * 4


def test_a_store_that_takes_no_write_still_ends_the_job(tmp_path, data_dir, gated):
    """Not even the failure can be written (the state file turned read-only mid-job): the server
    remembers the end and answers with it instead of `running` forever."""
    fake, url = gated
    with hybrid(tmp_path, data_dir, url) as (srv, api):
        sid = api.session("shop")
        job_id = start_ask(api, sid, SLOW_Q)
        fake.wait_arrived(1)
        db = srv.app.store._db                     # the server's own connection to its state file
        db.execute("PRAGMA query_only=ON")
        fake.release()
        job = api.wait(job_id)
        assert job["status"] == "failed" and "could not be stored" in job["reason"], job
        db.execute("PRAGMA query_only=OFF")


def test_a_session_with_many_questions_queued_does_not_starve_another(tmp_path, data_dir, gated):
    """One worker; session A has three questions in, B one: B's runs right after A's first."""
    fake, url = gated
    with hybrid(tmp_path, data_dir, url, workers=1, slow_workers=0) as (srv, api):
        a, b = api.session("shop"), api.session("shop")
        first = start_ask(api, a, SLOW_Q)
        fake.wait_arrived(1)
        later = [start_ask(api, a, SLOW_Q) for _ in range(2)]
        other = start_ask(api, b, FAST_Q)
        seen = []
        fake.on_arrival = lambda: seen.append(srv.app.store.job(other)["status"])
        fake.release()
        assert [api.wait(j)["status"] for j in (first, other, *later)] == ["done"] * 4
        # A's first reply went out with B still queued; A's 2nd and 3rd reached the LLM after B ended
        assert seen == ["init", "done", "done"]
