"""Sessions, messages, summaries, knowledge and finished jobs survive a restart with the same
state directory; jobs that were running are marked failed with a reason."""
from __future__ import annotations

import pytest
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


def _mode(p) -> int:
    import stat
    return stat.S_IMODE(p.stat().st_mode)


def test_state_is_private(tmp_path, data_dir):
    state = tmp_path / "state"
    srv = start_server(state, [f"sqlite:///{data_dir / 'shop.sqlite'}"])
    try:
        Api(srv.url, app=srv.app).session("shop")
        assert _mode(state) == 0o700
        for name in ("state.sqlite", "state.sqlite-wal", "state.sqlite-shm", "server.lock", "state.ids.json"):
            assert _mode(state / name) == 0o600, name
        assert srv.app.warnings == []
    finally:
        srv.stop()


def test_state_readable_by_others_is_warned_and_fixed(tmp_path, data_dir):
    import os
    state = tmp_path / "state"
    srv = start_server(state, [f"sqlite:///{data_dir / 'shop.sqlite'}"])
    srv.stop()
    os.chmod(state, 0o755)
    os.chmod(state / "state.sqlite", 0o644)
    srv = start_server(state, [f"sqlite:///{data_dir / 'shop.sqlite'}"])
    try:
        warnings = " | ".join(srv.app.warnings)
        assert f"state dir {state} is open to other users (mode 0755)" in warnings
        assert "state.sqlite was readable by other users (mode 0644); made it 0600" in warnings
        assert _mode(state / "state.sqlite") == 0o600
    finally:
        srv.stop()


def test_a_second_server_on_the_same_state_dir_stops(tmp_path, data_dir):
    import os
    import subprocess
    import sys
    state = tmp_path / "state"
    dbs = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    srv = start_server(state, dbs)
    try:
        from c2q_shell.server.statedir import StateError
        with pytest.raises(StateError, match=f"in use by another c2q server \\(pid {os.getpid()}\\)"):
            start_server(state, dbs)
        exe = os.path.join(os.path.dirname(sys.executable), "c2q")
        r = subprocess.run([exe, "serve", "--db", dbs[0], "--state-dir", str(state)], capture_output=True,
                           text=True, timeout=60)
        assert r.returncode == 2 and f"pid {os.getpid()}" in r.stderr and "--state-dir" in r.stderr
        assert Api(srv.url, app=srv.app).session("shop")          # the first one is untouched
    finally:
        srv.stop()
    start_server(state, dbs).stop()                               # and the lock is released on stop


@pytest.mark.parametrize("damage", ["empty", "garbage", "truncated", "dropped"])
def test_damaged_state_refuses_to_start_and_ids_are_never_reused(tmp_path, data_dir, damage):
    import sqlite3

    from c2q_shell.server.statedir import StateError
    state = tmp_path / "state"
    dbs = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    srv = start_server(state, dbs)
    api = Api(srv.url, app=srv.app)
    ids = [api.session("shop") for _ in range(3)]
    srv.stop()
    f = state / "state.sqlite"
    if damage == "empty":
        f.write_bytes(b"")
    elif damage == "garbage":
        f.write_bytes(b"\0" * 4096)
    elif damage == "truncated":
        data = f.read_bytes()
        f.write_bytes(data[: len(data) // 3] + b"\xff" * 100)
    else:
        conn = sqlite3.connect(f)
        conn.execute("DROP TABLE messages")
        conn.commit()
        conn.close()
    with pytest.raises(StateError) as e:
        start_server(state, dbs)
    assert str(f) in str(e.value) and f"mv {f} {f}.damaged" in str(e.value)
    f.rename(f.with_name("state.sqlite.damaged"))
    for extra in ("state.sqlite-wal", "state.sqlite-shm"):
        (state / extra).unlink(missing_ok=True)
    srv = start_server(state, dbs)                 # moved aside: starts empty, ids go on
    try:
        fresh = Api(srv.url, app=srv.app).session("shop")
        assert fresh > max(ids)
    finally:
        srv.stop()


def test_a_restored_older_backup_does_not_reuse_ids(tmp_path, data_dir):
    import shutil
    state = tmp_path / "state"
    dbs = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    srv = start_server(state, dbs)
    api = Api(srv.url, app=srv.app)
    api.session("shop")
    srv.stop()
    shutil.copy(state / "state.sqlite", tmp_path / "backup.sqlite")
    srv = start_server(state, dbs)
    later = [Api(srv.url, app=srv.app).session("shop") for _ in range(3)]
    srv.stop()
    shutil.copy(tmp_path / "backup.sqlite", state / "state.sqlite")
    for extra in ("state.sqlite-wal", "state.sqlite-shm"):
        (state / extra).unlink(missing_ok=True)
    srv = start_server(state, dbs)
    try:
        assert Api(srv.url, app=srv.app).session("shop") > max(later)
    finally:
        srv.stop()


def test_poisoned_state_is_repaired_on_read(tmp_path, data_dir):
    """Text stored before requests were checked (a lone surrogate, bytes that are not UTF-8)
    reads back with U+FFFD; no endpoint answers 500."""
    import sqlite3
    state = tmp_path / "state"
    dbs = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    srv = start_server(state, dbs)
    api = Api(srv.url, app=srv.app)
    sid = api.session("shop", "fine")
    kid = api.ok("POST", "/v3/knowledgeBases", {"cluster_id": "local", "database": "shop"})["knowledge_base_id"]
    srv.stop()
    conn = sqlite3.connect(state / "state.sqlite")
    conn.execute("INSERT INTO messages(session_id, body) VALUES (?, ?)",
                 (sid, '{"role": "user", "content": "bad \\ud800 text", "created_at": 1}'))
    conn.execute("INSERT INTO messages(session_id, body) VALUES (?, ?)", (sid, "not json {"))
    conn.execute("UPDATE sessions SET name = CAST(X'66ff6f' AS TEXT) WHERE session_id=?", (sid,))
    conn.execute("INSERT INTO knowledge_data(knowledge_base_id, body) VALUES (?, ?)",
                 (kid, '{"type": "instruction", "meta_data": {}, "raw_data": {"instruction": "\\udc80"}}'))
    conn.commit()
    conn.close()
    srv = start_server(state, dbs)
    try:
        api = Api(srv.url, app=srv.app)
        listed = api.ok("GET", "/v3/sessions")["sessions"]
        assert [s["meta"]["name"] for s in listed if s["session_id"] == sid] == ["f\ufffdo"]
        msgs = api.ok("GET", f"/v3/sessions/{sid}")["messages"]
        assert msgs[0]["content"] == "bad \ufffd text"
        data = api.ok("GET", f"/v3/knowledgeBases/{kid}/data")["knowledge_data"]
        assert data[0]["raw_data"]["instruction"] == "\ufffd"
        assert api.ask(sid, "how many customers")["status"] == "done"
    finally:
        srv.stop()


def test_rounds_read_messages_through_the_session_index(tmp_path):
    """A round reads its session's messages by index, whatever else the store holds
    (bench/store_scale.py measures a round with 1M stored messages)."""
    from c2q_shell.server.store import Store
    store = Store(tmp_path / "state.sqlite")
    try:
        sid = store.create_session("local", "shop", "s", "me")
        plan = store._db.execute(
            "EXPLAIN QUERY PLAN SELECT m.message_id, m.body FROM messages m JOIN sessions s"
            " ON s.session_id = m.session_id WHERE m.session_id=? AND m.message_id > s.context_start"
            " ORDER BY m.message_id", (sid,)).fetchall()
        details = " ".join(r[-1] for r in plan)
        assert "messages_by_session" in details and "SCAN m" not in details, details
        plan = " ".join(r[-1] for r in store._db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM sessions ORDER BY updated_at DESC, session_id DESC LIMIT 10"))
        assert "sessions_by_update" in plan and "TEMP B-TREE" not in plan, plan
    finally:
        store.close()


def test_a_million_messages(tmp_path):
    """1M stored messages in 10k sessions: a session still reads its own messages, lists page."""
    import json
    import sqlite3

    from c2q_shell.server.store import Store
    path = tmp_path / "state.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("DROP INDEX messages_by_session")       # built again, in one pass, when the store opens
    conn.executemany("INSERT INTO sessions(session_id, cluster_id, database, name, creator, created_at, updated_at)"
                     " VALUES (?, 'local', 'shop', 's', 'me', ?, ?)", ((300001 + i, i, i) for i in range(10_000)))
    body = json.dumps({"role": "user", "content": "how many customers", "created_at": 1})
    conn.executemany("INSERT INTO messages(session_id, body) VALUES (?, ?)",
                     ((300001 + i % 10_000, body) for i in range(1_000_000)))
    conn.commit()
    conn.close()
    store = Store(path)
    try:
        assert len(store.messages(300001)) == 100
        assert [s["session_id"] for s in store.sessions(1, 3)] == [310000, 309999, 309998]
        assert store.count_sessions() == 10_000
        assert store.create_session("local", "shop", "new", "me") == 310001
    finally:
        store.close()


def test_a_second_shell_gets_a_temporary_state_dir(tmp_path, data_dir):
    """Two shells with embedded servers on one state dir: the second keeps its sessions in a
    temporary state dir (removed when it stops) instead of failing."""
    from c2q_shell import embedded
    db = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    first = embedded.start(db, state_dir=tmp_path)
    try:
        second = embedded.start(db, state_dir=tmp_path)
        try:
            api = Api(second.endpoint, second.public_key, second.private_key)
            api.summary("shop")
            assert api.ask(api.session("shop"), "how many customers")["result"]["data"]["rows"] == [["6"]]
        finally:
            second.stop()
    finally:
        first.stop()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("state.sqlite")) == ["state.sqlite"]


def test_ids_are_not_reused_after_a_crash_and_a_lost_file(tmp_path, data_dir, monkeypatch):
    """The id record keeps a block reserved ahead of every id handed out, extended as ids
    pass it, so even ids given out after the last clean record are never given out again."""
    from c2q_shell.server import statedir
    monkeypatch.setattr(statedir, "ID_BLOCK", 5)
    state = tmp_path / "state"
    dbs = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    srv = start_server(state, dbs)
    api = Api(srv.url, app=srv.app)
    first = api.session("shop")
    srv.stop()
    srv = start_server(state, dbs)                  # a clean restart goes on from the next id
    api = Api(srv.url, app=srv.app)
    ids = [api.session("shop") for _ in range(12)]
    assert ids[0] == first + 1
    # a crash: the server ends without recording anything, then the state file is lost
    srv._server.shutdown()
    srv.app.store.close()
    srv.app.state.close()
    for name in ("state.sqlite", "state.sqlite-wal", "state.sqlite-shm"):
        (state / name).unlink(missing_ok=True)
    srv = start_server(state, dbs)
    try:
        assert Api(srv.url, app=srv.app).session("shop") > max(ids)
    finally:
        srv.stop()


def test_jobs_older_than_keep_jobs_are_forgotten_at_start_and_the_conversation_goes_on(tmp_path, data_dir):
    import sqlite3
    import time
    state = tmp_path / "state"
    dbs = [f"sqlite:///{data_dir / 'shop.sqlite'}"]
    srv = start_server(state, dbs)
    api = Api(srv.url, app=srv.app)
    api.summary("shop")                                # questions wait for the data summary
    sid = api.session("shop", "old and new")
    old = api.ask(sid, "how many customers per country")
    new = api.ask(sid, "only in the UK")
    state_file = srv.app.state.state_file
    srv.stop()
    with sqlite3.connect(state_file) as db:          # the first answer ended eight days ago
        db.execute("UPDATE jobs SET ended_at=? WHERE job_id=?", (int(time.time()) - 8 * 86400, old["job_id"]))
    db.close()

    srv = start_server(state, dbs)                     # default: ended jobs are kept for 7 days
    try:
        api = Api(srv.url, app=srv.app)
        gone = api.req("GET", f"/v2/jobs/{old['job_id']}")
        assert gone.status_code == 404 and "kept for 7 days" in gone.json()["msg"]
        assert api.ok("GET", f"/v2/jobs/{new['job_id']}")["status"] == "done"
        assert len(api.ok("GET", f"/v3/sessions/{sid}")["messages"]) == 4      # the session keeps its messages
        again = api.ask(sid, "how many customers per country")
        assert again["result"]["data"]["rows"] == old["result"]["data"]["rows"]
    finally:
        srv.stop()

    srv = start_server(state, dbs, keep_jobs=0)        # 0: kept for ever
    try:
        api = Api(srv.url, app=srv.app)
        assert api.ok("GET", f"/v2/jobs/{new['job_id']}")["status"] == "done"
        assert "kept" not in api.req("GET", f"/v2/jobs/{old['job_id']}").json()["msg"]
    finally:
        srv.stop()
