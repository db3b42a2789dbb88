"""A state file that cannot take writes (read-only, disk full): creating a session or asking a
question is a 503 with Retry-After naming the problem, never a 500; nothing acknowledged before
is lost, and the server answers again once the store takes writes. The faults are made on the
server's own connection to its state file: `PRAGMA query_only` (SQLite's read-only error) and
`PRAGMA max_page_count` (SQLite's full-disk error)."""
from __future__ import annotations

from contextlib import contextmanager

from conftest import Api, start_server

Q = "how many customers per country"


@contextmanager
def served(tmp_path, data_dir, **cfg):
    srv = start_server(tmp_path / "state", [f"sqlite:///{data_dir / 'shop.sqlite'}"], **cfg)
    try:
        api = Api(srv.url, app=srv.app)
        assert api.summary("shop")["status"] == "done"
        yield srv, api
    finally:
        srv.stop()


def refused(r, problem: str) -> dict:
    assert r.status_code == 503, (r.status_code, r.text)
    assert int(r.headers["Retry-After"]) >= 1
    body = r.json()
    assert body["code"] == 503 and problem in body["msg"] and "nothing of this request was stored" in body["msg"]
    assert "internal error" not in body["msg"]
    return body


def test_a_read_only_state_file_is_503_naming_it(tmp_path, data_dir):
    with served(tmp_path, data_dir) as (srv, api):
        sid = api.session("shop", "kept")
        first = api.ask(sid, Q)
        assert first["status"] == "done"
        db = srv.app.store._db
        db.execute("PRAGMA query_only=ON")
        try:
            refused(api.req("POST", "/v3/sessions", {"cluster_id": "local", "database": "shop"}), "read-only")
            refused(api.req("POST", f"/v3/sessions/{sid}/chat2data", {"question": Q}), "read-only")
            refused(api.req("POST", "/v3/chat2data", {"cluster_id": "local", "database": "shop", "question": Q}),
                    "read-only")
            refused(api.req("PUT", f"/v3/sessions/{sid}", {"name": "renamed"}), "read-only")
            refused(api.req("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop"}), "read-only")
            # reading still works, and shows what was acknowledged before
            s = api.ok("GET", f"/v3/sessions/{sid}")
            assert s["meta"]["name"] == "kept" and [m["role"] for m in s["messages"]] == ["user", "assistant"]
            assert api.ok("GET", f"/v2/jobs/{first['job_id']}")["status"] == "done"
        finally:
            db.execute("PRAGMA query_only=OFF")
        assert api.ask(sid, Q)["status"] == "done"
        s = api.ok("GET", f"/v3/sessions/{sid}")
        assert s["meta"]["name"] == "kept" and [m["role"] for m in s["messages"]] == ["user", "assistant"] * 2
        assert api.ok("GET", "/v3/sessions")["total"] == 1


def test_a_full_disk_is_503_naming_it(tmp_path, data_dir):
    with served(tmp_path, data_dir, max_question_chars=300_000) as (srv, api):
        sid = api.session("shop")
        db = srv.app.store._db
        db.execute(f"PRAGMA max_page_count={db.execute('PRAGMA page_count').fetchone()[0]}")
        try:
            big = Q + " " + "x" * 200_000           # the question needs pages the file may not grow to
            refused(api.req("POST", f"/v3/sessions/{sid}/chat2data", {"question": big}), "disk is full")
            refused(api.req("POST", "/v3/chat2data", {"cluster_id": "local", "database": "shop", "question": big}),
                    "disk is full")
        finally:
            db.execute("PRAGMA max_page_count=1073741823")
        assert api.ok("GET", f"/v3/sessions/{sid}")["messages"] == []     # nothing half-stored
        assert [s["session_id"] for s in api.ok("GET", "/v3/sessions")["sessions"]] == [sid]
        assert api.ask(sid, Q)["status"] == "done"


def test_a_job_result_is_sent_as_stored_and_repaired_when_it_must_be(tmp_path, data_dir):
    """GET /v2/jobs sends the stored result text as it is (a big answer polled by many clients is
    never parsed); a result that needs repair (a lone surrogate) or is not valid JSON is parsed
    and repaired instead."""
    with served(tmp_path, data_dir) as (srv, api):
        sid = api.session("shop")
        job = api.ask(sid, Q)
        assert job["status"] == "done"
        assert job["result"] == srv.app.store.job(job["job_id"])["result"]          # same as parsed
        db = srv.app.store._db
        for stored, expected in (('{"a": "\\ud800", "b": "\\ud83d\\ude00"}', {"a": "\ufffd", "b": "\U0001F600"}),
                                 ('{"a": [1, 2', {}),
                                 ('{"rows": [["x\\"y", null, 1.5]]}', {"rows": [['x"y', None, 1.5]]})):
            db.execute("UPDATE jobs SET result=? WHERE job_id=?", (stored, job["job_id"]))
            r = api.req("GET", f"/v2/jobs/{job['job_id']}")
            assert r.status_code == 200 and r.json()["result"]["result"] == expected, r.text
            assert r.json()["result"]["status"] == "done" and r.json()["code"] == 200
