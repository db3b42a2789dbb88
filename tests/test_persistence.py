"""Sessions, messages, summaries, knowledge and finished jobs survive a restart with the same
state directory; jobs that were running are marked failed with a reason."""
from __future__ import annotations

from conftest import Api, start_server


def test_restart_keeps_everything(tmp_path, data_dir):
    state = tmp_path / "state"
    dbs = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    srv = start_server(state, dbs)
    api = Api(srv.url, app=srv.app)
    summary = api.summary("shop")["result"]
    sid = api.session("shop", "kept")
    job = api.ask(sid, "how many customers per country")
    kb = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop", "description": "kb"})
    api.ok("POST", f"/v3/knowledgeBases/{kb['knowledge_base_id']}/data",
           {"type": "instruction", "meta_data": {}, "raw_data": {"instruction": "be brief"}})
    srv.stop()

    srv = start_server(state, dbs)
    try:
        api = Api(srv.url, app=srv.app)
        s = api.ok("GET", f"/v3/sessions/{sid}")
        assert s["meta"]["name"] == "kept" and [m["role"] for m in s["messages"]] == ["user", "assistant"]
        again = api.ok("GET", f"/v2/jobs/{job['job_id']}")
        assert again["status"] == "done" and again["result"] == job["result"]
        assert api.ok("GET", f"/v3/dataSummaries/{summary['data_summary_id']}")["status"] == "done"
        assert api.ok("GET", f"/v3/knowledgeBases/{kb['knowledge_base_id']}/data")["knowledge_data"][0]["raw_data"] == \
            {"instruction": "be brief"}
        # the conversation goes on where it stopped: a follow-up edits the remembered plan
        follow = api.ask(sid, "only in the UK")
        assert follow["result"]["data"]["rows"] == [["UK", "2"]]
    finally:
        srv.stop()


def test_running_jobs_fail_after_restart(tmp_path):
    from c2q_shell.server.store import Store
    store = Store(tmp_path / "state.sqlite")
    store.create_job("a" * 32, "chat2data")
    store.update_job("a" * 32, "running")
    store.close()
    store = Store(tmp_path / "state.sqlite")
    job = store.job("a" * 32)
    assert job["status"] == "failed" and "restarted" in job["reason"] and job["ended_at"] > 0
    store.close()


def test_a_changed_schema_gets_a_new_summary(tmp_path, data_dir):
    import shutil
    import sqlite3
    db = tmp_path / "grows.sqlite"
    shutil.copy(data_dir / "shop.sqlite", db)
    state = tmp_path / "state"
    srv = start_server(state, [f"sqlite:///{db}"])
    api = Api(srv.url, app=srv.app)
    first = api.summary("grows")["result"]["data_summary_id"]
    api.session("grows")
    srv.stop()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    srv = start_server(state, [f"sqlite:///{db}"])
    try:
        api = Api(srv.url, app=srv.app)
        api.session("grows")                       # notices the new table and starts a new summary
        summaries = api.ok("GET", "/v3/dataSummaries?database=grows")["data_summaries"]
        newest = summaries[-1]
        assert newest["data_summary_id"] != first
        assert srv.app.jobs.wait_all(30)
        assert "suppliers" in api.ok("GET", f"/v3/dataSummaries/{newest['data_summary_id']}")["tables"]
    finally:
        srv.stop()
