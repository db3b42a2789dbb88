"""Persistent server state: one SQLite file (WAL) holding sessions, messages, summaries,
knowledge and jobs. Every write runs in a transaction under one lock."""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
  session_id INTEGER PRIMARY KEY AUTOINCREMENT, cluster_id TEXT NOT NULL, database TEXT NOT NULL,
  name TEXT NOT NULL, creator TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  context_start INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS messages (
  message_id INTEGER PRIMARY KEY AUTOINCREMENT, session_id INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS summaries (
  data_summary_id INTEGER PRIMARY KEY AUTOINCREMENT, cluster_id TEXT NOT NULL, database TEXT NOT NULL,
  is_default INTEGER NOT NULL, status TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS knowledge_bases (
  knowledge_base_id INTEGER PRIMARY KEY AUTOINCREMENT, cluster_id TEXT NOT NULL, database TEXT NOT NULL,
  description TEXT NOT NULL, is_default INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS knowledge_data (
  knowledge_data_id INTEGER PRIMARY KEY AUTOINCREMENT, knowledge_base_id INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
  job_id TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL,
  result TEXT, ended_at INTEGER NOT NULL, created_at INTEGER NOT NULL, session_id INTEGER);
"""
SESSION_START = 300000   # ids look like the real service's (six digits)
SUMMARY_START = 400000


class Store:
    """Thread-safe access to the state file. Returns plain dicts; JSON columns are decoded."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for stmt in SCHEMA.strip().split(";"):
            if stmt.strip():
                self._db.execute(stmt)
        self._seed_sequence("sessions", SESSION_START)
        self._seed_sequence("summaries", SUMMARY_START)
        # Jobs that were running when the server stopped can never finish.
        with self._tx():
            self._db.execute(
                "UPDATE jobs SET status='failed', reason='the server restarted while this job was running',"
                " ended_at=? WHERE status IN ('init','running')", (int(time.time()),))

    def _seed_sequence(self, table: str, start: int) -> None:
        with self._tx():
            row = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name=?", (table,)).fetchone()
            if row is None:
                self._db.execute("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)", (table, start))

    def _tx(self):
        store = self

        class _Tx:
            def __enter__(self):
                store._lock.acquire()
                store._db.execute("BEGIN IMMEDIATE")

            def __exit__(self, et, ev, tb):
                try:
                    store._db.execute("ROLLBACK" if et else "COMMIT")
                finally:
                    store._lock.release()

        return _Tx()

    def _one(self, sql: str, args: tuple = ()) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    def _all(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # sessions -----------------------------------------------------------------
    def create_session(self, cluster_id: str, database: str, name: str, creator: str) -> int:
        now = int(time.time())
        with self._tx():
            cur = self._db.execute(
                "INSERT INTO sessions(cluster_id, database, name, creator, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?)", (cluster_id, database, name, creator, now, now))
            return int(cur.lastrowid)

    def session(self, session_id: int) -> dict | None:
        row = self._one("SELECT * FROM sessions WHERE session_id=?", (session_id,))
        return dict(row) if row else None

    def sessions(self) -> list[dict]:
        rows = self._all("SELECT * FROM sessions ORDER BY updated_at DESC, session_id DESC")
        return [dict(r) for r in rows]

    def rename_session(self, session_id: int, name: str) -> None:
        with self._tx():
            self._db.execute("UPDATE sessions SET name=?, updated_at=? WHERE session_id=?",
                             (name, int(time.time()), session_id))

    def reset_session(self, session_id: int) -> None:
        """Forget the context: messages are kept on disk but no longer part of the session."""
        with self._tx():
            top = self._db.execute("SELECT COALESCE(MAX(message_id), 0) FROM messages").fetchone()[0]
            self._db.execute("UPDATE sessions SET context_start=?, updated_at=? WHERE session_id=?",
                             (top, int(time.time()), session_id))

    def add_message(self, session_id: int, body: dict) -> int:
        with self._tx():
            cur = self._db.execute("INSERT INTO messages(session_id, body) VALUES (?,?)",
                                   (session_id, json.dumps(body)))
            self._db.execute("UPDATE sessions SET updated_at=? WHERE session_id=?",
                             (int(time.time()), session_id))
            return int(cur.lastrowid)

    def messages(self, session_id: int) -> list[dict]:
        rows = self._all(
            "SELECT m.message_id, m.body FROM messages m JOIN sessions s ON s.session_id = m.session_id"
            " WHERE m.session_id=? AND m.message_id > s.context_start ORDER BY m.message_id", (session_id,))
        return [{"message_id": r["message_id"], **json.loads(r["body"])} for r in rows]

    # summaries ----------------------------------------------------------------
    def create_summary(self, cluster_id: str, database: str, default: bool, body: dict) -> int:
        with self._tx():
            if default:
                self._db.execute("UPDATE summaries SET is_default=0 WHERE cluster_id=? AND database=?",
                                 (cluster_id, database))
            cur = self._db.execute(
                "INSERT INTO summaries(cluster_id, database, is_default, status, body, created_at)"
                " VALUES (?,?,?,?,?,?)",
                (cluster_id, database, int(default), "inited", json.dumps(body), int(time.time())))
            return int(cur.lastrowid)

    def update_summary(self, summary_id: int, body: dict, status: str | None = None) -> None:
        with self._tx():
            if status is None:
                self._db.execute("UPDATE summaries SET body=? WHERE data_summary_id=?",
                                 (json.dumps(body), summary_id))
            else:
                self._db.execute("UPDATE summaries SET body=?, status=? WHERE data_summary_id=?",
                                 (json.dumps(body), status, summary_id))

    def summary(self, summary_id: int) -> dict | None:
        row = self._one("SELECT * FROM summaries WHERE data_summary_id=?", (summary_id,))
        return _summary(row) if row else None

    def summaries(self, cluster_id: str | None = None, database: str | None = None) -> list[dict]:
        sql, args = "SELECT * FROM summaries WHERE 1=1", []
        if cluster_id:
            sql += " AND cluster_id=?"
            args.append(cluster_id)
        if database:
            sql += " AND database=?"
            args.append(database)
        return [_summary(r) for r in self._all(sql + " ORDER BY data_summary_id", tuple(args))]

    def default_summary(self, cluster_id: str, database: str) -> dict | None:
        row = self._one(
            "SELECT * FROM summaries WHERE cluster_id=? AND database=? AND status!='failed'"
            " ORDER BY is_default DESC, (status='done') DESC, data_summary_id DESC LIMIT 1",
            (cluster_id, database))
        return _summary(row) if row else None

    # knowledge ----------------------------------------------------------------
    def create_kb(self, cluster_id: str, database: str, description: str) -> int:
        with self._tx():
            n = self._db.execute("SELECT COUNT(*) FROM knowledge_bases WHERE cluster_id=? AND database=?",
                                 (cluster_id, database)).fetchone()[0]
            cur = self._db.execute(
                "INSERT INTO knowledge_bases(cluster_id, database, description, is_default) VALUES (?,?,?,?)",
                (cluster_id, database, description, int(n == 0)))
            return int(cur.lastrowid)

    def kb(self, kb_id: int) -> dict | None:
        row = self._one("SELECT * FROM knowledge_bases WHERE knowledge_base_id=?", (kb_id,))
        return dict(row) if row else None

    def kbs(self, cluster_id: str | None = None, database: str | None = None) -> list[dict]:
        sql, args = "SELECT * FROM knowledge_bases WHERE 1=1", []
        if cluster_id:
            sql += " AND cluster_id=?"
            args.append(cluster_id)
        if database:
            sql += " AND database=?"
            args.append(database)
        return [dict(r) for r in self._all(sql + " ORDER BY knowledge_base_id", tuple(args))]

    def update_kb(self, kb_id: int, description: str) -> None:
        with self._tx():
            self._db.execute("UPDATE knowledge_bases SET description=? WHERE knowledge_base_id=?",
                             (description, kb_id))

    def add_knowledge(self, kb_id: int, body: dict) -> int:
        with self._tx():
            cur = self._db.execute("INSERT INTO knowledge_data(knowledge_base_id, body) VALUES (?,?)",
                                   (kb_id, json.dumps(body)))
            return int(cur.lastrowid)

    def knowledge(self, kb_id: int) -> list[dict]:
        rows = self._all("SELECT * FROM knowledge_data WHERE knowledge_base_id=? ORDER BY knowledge_data_id",
                         (kb_id,))
        return [{"knowledge_data_id": r["knowledge_data_id"], **json.loads(r["body"])} for r in rows]

    def knowledge_for(self, cluster_id: str, database: str) -> list[dict]:
        rows = self._all(
            "SELECT d.knowledge_data_id, d.body FROM knowledge_data d JOIN knowledge_bases k"
            " ON k.knowledge_base_id = d.knowledge_base_id WHERE k.cluster_id=? AND k.database=?"
            " ORDER BY d.knowledge_data_id", (cluster_id, database))
        return [{"knowledge_data_id": r["knowledge_data_id"], **json.loads(r["body"])} for r in rows]

    def update_knowledge(self, kb_id: int, data_id: int, body: dict) -> bool:
        with self._tx():
            cur = self._db.execute(
                "UPDATE knowledge_data SET body=? WHERE knowledge_data_id=? AND knowledge_base_id=?",
                (json.dumps(body), data_id, kb_id))
            return cur.rowcount > 0

    def delete_knowledge(self, kb_id: int, data_id: int) -> bool:
        with self._tx():
            cur = self._db.execute("DELETE FROM knowledge_data WHERE knowledge_data_id=? AND knowledge_base_id=?",
                                   (data_id, kb_id))
            return cur.rowcount > 0

    # jobs ---------------------------------------------------------------------
    def create_job(self, job_id: str, kind: str, session_id: int | None = None) -> None:
        with self._tx():
            self._db.execute(
                "INSERT INTO jobs(job_id, kind, status, reason, result, ended_at, created_at, session_id)"
                " VALUES (?,?,?,?,?,?,?,?)", (job_id, kind, "init", "", None, 0, int(time.time()), session_id))

    def update_job(self, job_id: str, status: str, result: Any = None, reason: str = "") -> None:
        ended = int(time.time()) if status in ("done", "failed") else 0
        with self._tx():
            self._db.execute("UPDATE jobs SET status=?, result=?, reason=?, ended_at=? WHERE job_id=?",
                             (status, json.dumps(result), reason, ended, job_id))

    def job(self, job_id: str) -> dict | None:
        row = self._one("SELECT * FROM jobs WHERE job_id=?", (job_id,))
        if row is None:
            return None
        d = dict(row)
        d["result"] = json.loads(d["result"]) if d["result"] is not None else None
        return d


def _summary(row: sqlite3.Row) -> dict:
    body = json.loads(row["body"])
    body.update(data_summary_id=row["data_summary_id"], cluster_id=row["cluster_id"],
                database=row["database"], default=bool(row["is_default"]), status=row["status"])
    return body
