"""Persistent server state: one SQLite file (WAL) holding sessions, messages, summaries,
knowledge and jobs. Every write runs in a transaction under one lock."""
from __future__ import annotations

import json
import os
import re
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
CREATE TABLE IF NOT EXISTS rounds (
  job_id TEXT PRIMARY KEY, session_id INTEGER NOT NULL, message_id INTEGER NOT NULL,
  main TEXT NOT NULL, plans TEXT NOT NULL, sqls TEXT NOT NULL, answered INTEGER NOT NULL DEFAULT 1);
CREATE INDEX IF NOT EXISTS rounds_session ON rounds(session_id, message_id);
CREATE INDEX IF NOT EXISTS messages_by_session ON messages(session_id, message_id);
CREATE INDEX IF NOT EXISTS sessions_by_update ON sessions(updated_at DESC, session_id DESC);
CREATE INDEX IF NOT EXISTS knowledge_by_base ON knowledge_data(knowledge_base_id, knowledge_data_id);
CREATE INDEX IF NOT EXISTS summaries_by_database ON summaries(cluster_id, database);
CREATE INDEX IF NOT EXISTS jobs_by_status ON jobs(status);
"""
TABLES = ("sessions", "messages", "summaries", "knowledge_bases", "knowledge_data", "jobs")
ID_TABLES = ("sessions", "messages", "summaries", "knowledge_bases", "knowledge_data")
# SQLite primary result codes that mean the state file cannot be written or read right now (not a bug)
_UNAVAILABLE = {3: "permission denied", 5: "the state file is busy", 6: "the state file is locked",
                8: "the state file is read-only", 10: "disk I/O error", 11: "the state file is damaged",
                13: "the disk is full", 14: "the state file cannot be opened", 26: "the state file is damaged"}
SESSION_START = 300000   # ids look like the real service's (six digits)
SUMMARY_START = 400000
SUMMARIES_KEPT = 20      # per database: older summaries that are neither the default nor being built are forgotten


class StoreUnavailable(Exception):
    """The state file cannot take a write (disk full, read-only, I/O error) or be read: the request
    is refused with a 503 naming the problem, and nothing of it is stored."""

    def __init__(self, problem: str, detail: str, path: Path):
        super().__init__(f"the server cannot store its state right now: {problem} ({detail}; {path});"
                         " nothing of this request was stored, retry later")
        self.problem = problem
        self.detail = f"{problem} ({detail}; {path})"


def _unavailable(e: BaseException, path: Path) -> StoreUnavailable | None:
    """The StoreUnavailable an error from the state file means, or None (a bug: left as it is)."""
    if isinstance(e, sqlite3.Error) and not isinstance(e, (sqlite3.IntegrityError, sqlite3.ProgrammingError,
                                                            sqlite3.InterfaceError)):
        code = getattr(e, "sqlite_errorcode", None)
        problem = _UNAVAILABLE.get(code & 0xFF) if isinstance(code, int) else None
        return StoreUnavailable(problem, str(e), path) if problem else None
    if isinstance(e, OSError):       # the id record beside the state file (disk full, read-only dir)
        return StoreUnavailable("the id record cannot be written", f"{e.strerror or e}", path.parent)
    return None


class Store:
    """Thread-safe access to the state file. Returns plain dicts; JSON columns are decoded."""

    def __init__(self, path: Path, floor: dict[str, int] | None = None):
        """`floor`: ids already handed out by this state dir (from its id record), so that a
        restored or replaced state file never hands them out again."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():           # private from the first byte; SQLite gives -wal/-shm the same mode
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.text_factory = _text       # bytes that are not UTF-8 are read as U+FFFD, never an error
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")    # start from a small WAL
        for stmt in SCHEMA.strip().split(";"):
            if stmt.strip():
                self._db.execute(stmt)
        self._add_missing_columns()
        floor = floor or {}
        for table in ID_TABLES:
            start = {"sessions": SESSION_START, "summaries": SUMMARY_START}.get(table, 0)
            self._seed_sequence(table, max(start, int(floor.get(table, 0))))
        # Jobs that were running when the server stopped can never finish.
        with self._tx():
            self._db.execute(
                "UPDATE jobs SET status='failed', reason='the server restarted while this job was running',"
                " ended_at=? WHERE status IN ('init','running')", (int(time.time()),))

    def _add_missing_columns(self) -> None:
        """A state file written by an older version: the columns added since then."""
        have = {r[1] for r in self._db.execute("PRAGMA table_info(rounds)")}
        if "answered" not in have:      # a round the engine declined (its follow-up has nothing to continue)
            self._db.execute("ALTER TABLE rounds ADD COLUMN answered INTEGER NOT NULL DEFAULT 1")

    def _seed_sequence(self, table: str, start: int) -> None:
        with self._tx():
            row = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name=?", (table,)).fetchone()
            top = self._db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
            if row is None:
                self._db.execute("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)", (table, max(start, top)))
            elif row[0] < start:
                self._db.execute("UPDATE sqlite_sequence SET seq=? WHERE name=?", (max(start, top), table))

    def reserve_ids(self, reserved: dict[str, int], extend) -> None:
        """Ids below `reserved[table]` may be handed out; reaching it calls `extend(table, id)`
        for the new end (the state dir records it before the id is used)."""
        with self._lock:
            self._reserved = dict(reserved)
            self._extend = extend

    def _issue(self, table: str, new_id: int) -> int:
        extend = getattr(self, "_extend", None)
        if extend is not None and new_id >= self._reserved.get(table, 0):
            self._reserved[table] = extend(table, new_id)
        return new_id

    def high_water(self) -> dict[str, int]:
        """The highest id each table has handed out."""
        with self._lock:
            rows = self._db.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
        return {r[0]: int(r[1]) for r in rows if r[0] in ID_TABLES}

    def _tx(self):
        store = self

        class _Tx:
            def __enter__(self):
                store._lock.acquire()
                try:
                    store._db.execute("BEGIN IMMEDIATE")
                except BaseException as e:             # a read-only or busy file: never keep the lock
                    store._lock.release()
                    if (u := _unavailable(e, store.path)) is not None:
                        raise u from e
                    raise

            def __exit__(self, et, ev, tb):
                try:
                    if not et:
                        try:
                            store._db.execute("COMMIT")
                        except BaseException:          # a failed COMMIT leaves the transaction open
                            if store._db.in_transaction:
                                store._db.execute("ROLLBACK")
                            raise
                    elif store._db.in_transaction:     # SQLite has already rolled back after SQLITE_FULL
                        store._db.execute("ROLLBACK")
                except BaseException as e:
                    if (u := _unavailable(e, store.path)) is not None:
                        raise u from e
                    raise
                finally:
                    store._lock.release()
                if ev is not None and (u := _unavailable(ev, store.path)) is not None:
                    raise u from ev

        return _Tx()

    def _one(self, sql: str, args: tuple = ()) -> sqlite3.Row | None:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchone()
            except sqlite3.Error as e:
                if (u := _unavailable(e, self.path)) is not None:
                    raise u from e
                raise

    def _all(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as e:
                if (u := _unavailable(e, self.path)) is not None:
                    raise u from e
                raise

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
            return self._issue("sessions", int(cur.lastrowid))

    def session(self, session_id: int) -> dict | None:
        row = self._one("SELECT * FROM sessions WHERE session_id=?", (session_id,))
        return dict(row) if row else None

    def sessions(self, page: int = 1, page_size: int = 100) -> list[dict]:
        rows = self._all("SELECT * FROM sessions ORDER BY updated_at DESC, session_id DESC LIMIT ? OFFSET ?",
                         (page_size, (page - 1) * page_size))
        return [dict(r) for r in rows]

    def count_sessions(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM sessions")[0])

    def drop_empty_session(self, session_id: int) -> bool:
        """Remove a session that never got a message (its first question was refused); its id is
        not handed out again."""
        with self._tx():
            cur = self._db.execute("DELETE FROM sessions WHERE session_id=? AND NOT EXISTS"
                                   " (SELECT 1 FROM messages WHERE session_id=?)", (session_id, session_id))
            return cur.rowcount > 0

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
                                   (session_id, _dumps(body)))
            self._db.execute("UPDATE sessions SET updated_at=? WHERE session_id=?",
                             (int(time.time()), session_id))
            return self._issue("messages", int(cur.lastrowid))

    def messages(self, session_id: int) -> list[dict]:
        rows = self._all(
            "SELECT m.message_id, m.body FROM messages m JOIN sessions s ON s.session_id = m.session_id"
            " WHERE m.session_id=? AND m.message_id > s.context_start ORDER BY m.message_id", (session_id,))
        return [{"message_id": r["message_id"], **_obj(r["body"])} for r in rows]

    def question_count(self, session_id: int) -> int:
        """The questions asked in a session's context (since its last reset)."""
        row = self._one(
            "SELECT COUNT(*) FROM messages m JOIN sessions s ON s.session_id = m.session_id"
            " WHERE m.session_id=? AND m.message_id > s.context_start"
            " AND json_valid(m.body) AND json_extract(m.body, '$.role') = 'user'", (session_id,))
        return int(row[0])

    # summaries ----------------------------------------------------------------
    def create_summary(self, cluster_id: str, database: str, default: bool, body: dict) -> int:
        with self._tx():
            if default:
                self._db.execute("UPDATE summaries SET is_default=0 WHERE cluster_id=? AND database=?",
                                 (cluster_id, database))
            cur = self._db.execute(
                "INSERT INTO summaries(cluster_id, database, is_default, status, body, created_at)"
                " VALUES (?,?,?,?,?,?)",
                (cluster_id, database, int(default), "inited", _dumps(body), int(time.time())))
            summary_id = self._issue("summaries", int(cur.lastrowid))
            # a client that creates summaries in a loop must not grow the state file for ever
            self._db.execute(
                "DELETE FROM summaries WHERE cluster_id=? AND database=? AND is_default=0"
                " AND status IN ('done','failed') AND data_summary_id NOT IN (SELECT data_summary_id"
                " FROM summaries WHERE cluster_id=? AND database=? ORDER BY data_summary_id DESC LIMIT ?)",
                (cluster_id, database, cluster_id, database, SUMMARIES_KEPT))
            return summary_id

    def update_summary(self, summary_id: int, body: dict, status: str | None = None) -> None:
        with self._tx():
            if status is None:
                self._db.execute("UPDATE summaries SET body=? WHERE data_summary_id=?",
                                 (_dumps(body), summary_id))
            else:
                self._db.execute("UPDATE summaries SET body=?, status=? WHERE data_summary_id=?",
                                 (_dumps(body), status, summary_id))

    def summary(self, summary_id: int) -> dict | None:
        row = self._one("SELECT * FROM summaries WHERE data_summary_id=?", (summary_id,))
        return _summary(row) if row else None

    def summaries(self, cluster_id: str | None = None, database: str | None = None,
                  page: int = 1, page_size: int = -1) -> list[dict]:
        sql, args = "SELECT * FROM summaries WHERE 1=1", []
        if cluster_id:
            sql += " AND cluster_id=?"
            args.append(cluster_id)
        if database:
            sql += " AND database=?"
            args.append(database)
        return [_summary(r) for r in self._all(sql + " ORDER BY data_summary_id LIMIT ? OFFSET ?",
                                               (*args, page_size, max(0, (page - 1) * page_size)))]

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
            return self._issue("knowledge_bases", int(cur.lastrowid))

    def kb(self, kb_id: int) -> dict | None:
        row = self._one("SELECT * FROM knowledge_bases WHERE knowledge_base_id=?", (kb_id,))
        return dict(row) if row else None

    def kbs(self, cluster_id: str | None = None, database: str | None = None,
            page: int = 1, page_size: int = -1) -> list[dict]:
        sql, args = "SELECT * FROM knowledge_bases WHERE 1=1", []
        if cluster_id:
            sql += " AND cluster_id=?"
            args.append(cluster_id)
        if database:
            sql += " AND database=?"
            args.append(database)
        return [dict(r) for r in self._all(sql + " ORDER BY knowledge_base_id LIMIT ? OFFSET ?",
                                           (*args, page_size, max(0, (page - 1) * page_size)))]

    def update_kb(self, kb_id: int, description: str) -> None:
        with self._tx():
            self._db.execute("UPDATE knowledge_bases SET description=? WHERE knowledge_base_id=?",
                             (description, kb_id))

    def add_knowledge(self, kb_id: int, body: dict) -> int:
        with self._tx():
            cur = self._db.execute("INSERT INTO knowledge_data(knowledge_base_id, body) VALUES (?,?)",
                                   (kb_id, _dumps(body)))
            return self._issue("knowledge_data", int(cur.lastrowid))

    def knowledge(self, kb_id: int, page: int = 1, page_size: int = -1) -> list[dict]:
        rows = self._all("SELECT * FROM knowledge_data WHERE knowledge_base_id=? ORDER BY knowledge_data_id"
                         " LIMIT ? OFFSET ?", (kb_id, page_size, max(0, (page - 1) * page_size)))
        return [{"knowledge_data_id": r["knowledge_data_id"], **_obj(r["body"])} for r in rows]

    def knowledge_for(self, cluster_id: str, database: str) -> list[dict]:
        rows = self._all(
            "SELECT d.knowledge_data_id, d.body FROM knowledge_data d JOIN knowledge_bases k"
            " ON k.knowledge_base_id = d.knowledge_base_id WHERE k.cluster_id=? AND k.database=?"
            " ORDER BY d.knowledge_data_id", (cluster_id, database))
        return [{"knowledge_data_id": r["knowledge_data_id"], **_obj(r["body"])} for r in rows]

    def update_knowledge(self, kb_id: int, data_id: int, body: dict) -> bool:
        with self._tx():
            cur = self._db.execute(
                "UPDATE knowledge_data SET body=? WHERE knowledge_data_id=? AND knowledge_base_id=?",
                (_dumps(body), data_id, kb_id))
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
                             (status, _dumps(result), reason, ended, job_id))

    def progress_job(self, job_id: str, partial: Any) -> bool:
        """A running job's partial result; nothing once the job has ended."""
        with self._tx():
            cur = self._db.execute("UPDATE jobs SET status='running', result=? WHERE job_id=?"
                                   " AND status NOT IN ('done','failed')", (_dumps(partial), job_id))
            return cur.rowcount > 0

    def end_job(self, job_id: str, status: str, result: Any = None, reason: str = "") -> bool:
        """End a job (`done` or `failed`) unless it has ended already; True when this call ended it."""
        with self._tx():
            return self._end_job(job_id, status, result, reason)

    def _end_job(self, job_id: str, status: str, result: Any, reason: str) -> bool:
        cur = self._db.execute(
            "UPDATE jobs SET status=?, result=?, reason=?, ended_at=? WHERE job_id=?"
            " AND status NOT IN ('done','failed')", (status, _dumps(result), reason, int(time.time()), job_id))
        return cur.rowcount > 0

    def prune_jobs(self, ended_before: int) -> int:
        """Forget jobs that ended before `ended_before` (epoch seconds), results and all; a session's
        messages and rounds are kept. The number forgotten."""
        with self._tx():
            cur = self._db.execute("DELETE FROM jobs WHERE status IN ('done','failed') AND ended_at > 0"
                                   " AND ended_at < ?", (ended_before,))
            return cur.rowcount

    # rounds: what a follow-up needs, stored with the end of the job that answered --------
    def finish_round(self, job_id: str, session_id: int, message: dict, state: dict,
                     status: str, result: Any, reason: str) -> bool:
        """In one transaction: the answer message, the round's state (plans and SQL per task, the
        main task) and the end of the job. Nothing is written if the job has ended already."""
        with self._tx():
            if not self._end_job(job_id, status, result, reason):
                return False
            cur = self._db.execute("INSERT INTO messages(session_id, body) VALUES (?,?)",
                                   (session_id, _dumps(message)))
            self._db.execute("UPDATE sessions SET updated_at=? WHERE session_id=?", (int(time.time()), session_id))
            self._db.execute("INSERT INTO rounds(job_id, session_id, message_id, main, plans, sqls, answered)"
                             " VALUES (?,?,?,?,?,?,?)",
                             (job_id, session_id, self._issue("messages", int(cur.lastrowid)), state.get("main") or "0",
                              _dumps(state.get("plans") or {}), _dumps(state.get("sqls") or {}),
                              int(state.get("answered", True))))
            return True

    def rounds(self, session_id: int) -> dict[str, dict]:
        """The state of each round in the session's current context, by job id (`answered` is False
        for a round the engine declined)."""
        rows = self._all(
            "SELECT r.* FROM rounds r JOIN sessions s ON s.session_id = r.session_id"
            " WHERE r.session_id=? AND r.message_id > s.context_start ORDER BY r.message_id", (session_id,))
        return {r["job_id"]: {"main": r["main"], "plans": _obj(r["plans"]), "sqls": _obj(r["sqls"]),
                              "answered": bool(r["answered"])}
                for r in rows}

    def job(self, job_id: str, raw: bool = False) -> dict | None:
        """A job; with `raw`, its result is the stored JSON text when that can be sent as it is
        (valid, no lone surrogate to repair) — `raw_result` — so a big answer is never parsed."""
        row = self._one("SELECT *, json_valid(result) AS valid FROM jobs WHERE job_id=?", (job_id,))
        if row is None:
            return None
        d = dict(row)
        text, valid = d.pop("result"), d.pop("valid")
        if raw and text is not None and valid and "\\ud" not in text and "\\uD" not in text:
            d["result"], d["raw_result"] = None, text
        else:
            d["result"] = _loads(text) if text is not None else None
        return d


def _summary(row: sqlite3.Row) -> dict:
    body = _obj(row["body"])
    body.update(data_summary_id=row["data_summary_id"], cluster_id=row["cluster_id"],
                database=row["database"], default=bool(row["is_default"]), status=row["status"])
    return body


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _dumps(value: Any) -> str:
    return json.dumps(value)


def _loads(text: str) -> Any:
    """A stored JSON value, repaired: a lone surrogate (stored before requests were checked)
    becomes U+FFFD; a body that no longer parses reads as {} — never an error on a list endpoint."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError, TypeError):
        return {}
    # json.dumps escapes every non-ASCII character, so text without "\ud" has no surrogate
    return _repair(value) if "\\ud" in text or "\\uD" in text else value


def _obj(text: str) -> dict:
    value = _loads(text)
    return value if isinstance(value, dict) else {}


def _repair(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_repair(k): _repair(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_repair(v) for v in value]
    return value
