"""The Chat2Query-compatible WSGI application: routing, auth, rate limits and the handlers for
every endpoint in CONTRACT.md. Runs in-process (shell, tests), under `c2q serve`, or any WSGI server."""
from __future__ import annotations

import json
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from .auth import Authenticator, LoginThrottle
from .chat import ChatService
from .http import ApiError, body, body_id, capped, error, gateway_error, int_id, ok, paging, query, read_body
from .http import field as get
from .jobs import JobRunner
from .knowledge import KnowledgeService
from .sources import DataSource, SourceSet
from .statedir import StateDir
from .store import Store, StoreUnavailable
from .summaries import SummaryService

log = logging.getLogger("c2q.server")
APP_ID = re.compile(r"^chat2query-[A-Za-z0-9]+$")
JOB_ID = re.compile(r"^[0-9a-f]{32}$")
PREFIX = "/api/v1beta/app/<app_id>/endpoint"
STORE_RETRY = 30      # Retry-After (s) when the state file cannot be written (disk full, read-only)


@dataclass
class ServerConfig:
    public_key: str
    private_key: str = field(repr=False)
    cluster_id: str = "local"
    app_id: str = "chat2query-local"
    state_dir: Path = Path(".")
    max_rows: int = 1000
    query_timeout: float = 30.0
    rate_limit: int = 0            # requests per minute per key; 0 = no limit
    login_failures: int = 10       # failed logins per client and key within login_window before 429; 0 = off
    login_window: float = 60.0
    creator: str = "local@c2q"
    engine: str = "rules"          # rules | llm | hybrid
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = field(default="", repr=False)
    # limits (c2q serve flags of the same names; README "Reliability and security")
    max_body_bytes: int = 1 << 20        # request body, chunked or not; larger is a 413
    max_result_bytes: int = 8 << 20      # bytes of values one job returns; more rows are cut, noted
    max_value_bytes: int = 64 << 10      # one value; longer is cut, noted
    max_job_bytes: int = 16 << 20        # what one job may add to the state file
    job_timeout: float = 300.0           # the watchdog fails a job that runs longer
    keep_jobs: float = 7.0               # days an ended job (and its result) is kept; 0 = for ever
    workers: int = 4                     # quick lane: jobs that run at once
    slow_workers: int = 4                # slow lane: jobs running longer than slow_after
    slow_after: float = 0.5
    max_queue: int = 256                 # jobs waiting; more is a 503 with Retry-After
    max_connections: int = 64            # connections served at once (one thread each); more: 503
    socket_timeout: float = 30.0         # an idle or slow connection is closed after this
    max_question_chars: int = 4000       # a question or feedback (the engine's time grows with it)
    max_sql_chars: int = 65536           # SQL sent to refineSql (checking it costs ~1 s per 60k chars)


def _rules() -> Map:
    r = []
    def add(path, endpoint, methods):
        r.append(Rule(PREFIX + path, endpoint=endpoint, methods=methods))
    add("/v2/jobs/<job_id>", "job", ["GET"])
    add("/v3/dataSummaries", "summaries", ["GET", "POST"])
    add("/v3/dataSummaries/<sid>", "summary", ["GET", "PUT"])
    add("/v3/dataSummaries/<sid>/tables/<table>", "summary_table", ["PUT"])
    add("/v3/dataSummaries/<sid>/tables/<table>/columns", "summary_columns", ["PUT"])
    add("/v2/dataSummaries", "summaries_v2", ["GET", "POST"])
    add("/v2/dataSummaries/<sid>", "summary_v2", ["GET", "PUT"])
    add("/v3/chat2data", "chat2data", ["POST"])
    add("/v2/chat2data", "chat2data_v2", ["POST"])
    add("/v3/sessions", "sessions", ["GET", "POST"])
    add("/v3/sessions/<sid>", "session", ["GET", "PUT"])
    add("/v3/sessions/<sid>/reset", "session_reset", ["PUT"])
    add("/v3/sessions/<sid>/chat2data", "session_chat", ["POST"])
    add("/v3/refineSql", "refine", ["POST"])
    add("/v3/suggestQuestions", "suggest", ["POST"])
    add("/v3/knowledgeBases", "kbs", ["GET", "POST"])
    add("/v3/knowledgeBases/<kid>", "kb", ["GET", "PUT"])
    add("/v3/knowledgeBases/<kid>/data", "kb_data", ["GET", "POST"])
    add("/v3/knowledgeBases/<kid>/data/<did>", "kb_datum", ["PUT", "DELETE"])
    return Map(r, strict_slashes=False)


class App:
    """A WSGI callable. Owns the store, the job pool and the data sources."""

    def __init__(self, config: ServerConfig, sources: list[DataSource]):
        self.config = config
        self.sources = SourceSet(config.cluster_id, sources)
        self.state = StateDir.open(Path(config.state_dir))   # private, locked, checked
        try:
            self.store = Store(self.state.state_file, self.state.floor)
            self.state.record(self.store.high_water(), reserve=True)
            self.store.reserve_ids(self.state.reserved, self.state.extend)
        except BaseException:
            self.state.close()
            raise
        self.warnings = list(self.state.warnings)
        self.jobs = JobRunner(self.store, workers=config.workers, slow_workers=config.slow_workers,
                              max_queue=config.max_queue, job_timeout=config.job_timeout,
                              slow_after=config.slow_after, max_result_bytes=config.max_job_bytes,
                              keep_ended=config.keep_jobs * 86400)
        self.auth = Authenticator(config.public_key, config.private_key)
        self.throttle = LoginThrottle(config.login_failures, config.login_window)
        self.summaries = SummaryService(self.store, self.jobs, self.sources)
        self.knowledge = KnowledgeService(self.store)
        self.chat = ChatService(self.store, self.jobs, self.sources, config, self.summaries)
        self.url_map = _rules()
        self._window = (0, 0)           # (minute, requests in it)
        self._rate_lock = threading.Lock()

    def close(self) -> None:
        self.jobs.shutdown()
        try:
            self.state.record(self.store.high_water())
        except OSError as e:
            log.warning("could not record the ids handed out: %s", e)
        self.store.close()
        self.state.close()

    # helpers used by the services -------------------------------------------------
    def source(self, cluster_id: str, database: str) -> DataSource:
        return self.sources.served(cluster_id, database)

    # WSGI -------------------------------------------------------------------------
    def __call__(self, environ, start_response):
        environ["c2q.max_body"] = self.config.max_body_bytes
        request = Request(environ)
        if not environ.get("c2q.framing"):
            read_body(request)      # all of it before any answer: unread bytes would reset the connection
        response, limit_headers = self._dispatch(request)
        for k, v in limit_headers.items():
            response.headers[k] = v
        return response(environ, start_response)

    def _rate(self) -> tuple[bool, dict]:
        now = time.time()
        minute = int(now // 60)
        reset = str(60 - int(now % 60))
        with self._rate_lock:
            count = self._window[1] + 1 if self._window[0] == minute else 1
            self._window = (minute, count)
        limit = self.config.rate_limit
        if limit <= 0:
            return True, {"X-Ratelimit-Limit-Minute": "1000000", "X-Ratelimit-Remaining-Minute": "1000000",
                          "X-Ratelimit-Reset": reset}
        remaining = max(0, limit - count)
        return count <= limit, {"X-Ratelimit-Limit-Minute": str(limit),
                                "X-Ratelimit-Remaining-Minute": str(remaining), "X-Ratelimit-Reset": reset}

    def _dispatch(self, request: Request) -> tuple[Response, dict]:
        framing = request.environ.get("c2q.framing")
        if framing:        # where this request ends is ambiguous: answer and close the connection
            resp = error(400, f"{framing}; send one")
            resp.headers["Connection"] = "close"
            return resp, {}
        # Auth comes first: without credentials nothing about the API (paths, methods) is told.
        client = request.remote_addr or "-"
        header = request.headers.get("Authorization")
        keys = "this key" if self.auth.names_this_key(header) else "other keys"
        bucket = f"{client} {keys}"
        wait = self.throttle.retry_after(bucket) if header else 0    # no credentials: a challenge, no login
        if wait:
            resp = error(429, f"too many failed logins from {client} with {keys}; try again in {wait} s")
            resp.headers["Retry-After"] = str(wait)
            return resp, {}
        uri = request.full_path if request.query_string else request.path
        raw = request.environ.get("REQUEST_URI") or request.environ.get("RAW_URI")   # as the client sent it
        authorized, stale = self.auth.check(header, request.method, (raw, uri) if raw else (uri,))
        if not authorized:
            if header and not stale:
                self.throttle.failed(bucket)
            resp = error(401, "authentication failed: use HTTP digest auth with your public key as"
                              " the user and your private key as the password")
            resp.headers["WWW-Authenticate"] = self.auth.challenge(stale)
            return resp, {}
        adapter = self.url_map.bind_to_environ(request.environ)
        try:
            endpoint, args = adapter.match()
        except MethodNotAllowed as e:
            allowed = ", ".join(sorted(e.valid_methods or []))
            return error(405, f"method {request.method} is not allowed on {request.path}; use {allowed}"), {}
        except NotFound:
            return error(404, f"no such endpoint: {request.method} {request.path}"), {}
        except HTTPException as e:
            return error(e.code or 400, e.description or "bad request"), {}
        if request.method == "HEAD":      # routed as GET (werkzeug allows it); handlers never see it as a write
            request.method = "GET"
        if not APP_ID.match(args.pop("app_id")):
            return error(404, "unknown app id; expected chat2query-<id>"), {}
        allowed, headers = self._rate()
        if not allowed:
            return gateway_error(429, 49900007, "API key rate limit exceeded: "
                                 f"{self.config.rate_limit} requests per minute"), headers
        try:
            return getattr(self, "on_" + endpoint)(request, **args), headers
        except ApiError as e:
            resp = error(e.code, e.msg)
            resp.headers.update(getattr(e, "headers", {}))
            return resp, headers
        except StoreUnavailable as e:     # disk full, read-only state file: the operator must act
            log.error("%s %s refused: %s", request.method, request.path, e)
            resp = error(503, str(e))
            resp.headers["Retry-After"] = str(STORE_RETRY)
            return resp, headers
        except Exception as e:   # never a traceback in a response
            log.exception("internal error on %s %s", request.method, request.path)
            return error(500, f"internal error: {type(e).__name__}"), headers

    # jobs -------------------------------------------------------------------------
    def on_job(self, request, job_id):
        job = self.jobs.get(job_id, raw=True) if JOB_ID.match(job_id) else None
        if job is None:
            kept = f" (ended jobs are kept for {self.config.keep_jobs:g} days)" if self.config.keep_jobs > 0 else ""
            raise ApiError(404, f"job '{job_id}' not found{kept}")
        answer = {"job_id": job["job_id"], "status": job["status"], "reason": job["reason"],
                  "ended_at": job["ended_at"], "result": job["result"]}
        raw = job.get("raw_result")
        if raw is None or not raw.isascii():
            if raw is not None:
                answer["result"] = self.store.job(job_id)["result"]
            return ok(answer)
        # the stored result as it is, sent in pieces: a big answer polled by many clients is
        # neither parsed nor copied whole for each of them
        del answer["result"]
        head = json.dumps({"code": 200, "msg": "", "result": answer}, ensure_ascii=False)[:-2]
        head_bytes = (head + ', "result": ').encode("utf-8")

        def pieces(step: int = 1 << 16):
            yield head_bytes
            for i in range(0, len(raw), step):
                yield raw[i:i + step].encode("ascii")
            yield b"}}"
        resp = Response(pieces(), status=200, content_type="application/json; charset=utf-8")
        resp.headers["Content-Length"] = str(len(head_bytes) + len(raw) + 2)
        return resp

    # data summaries ---------------------------------------------------------------
    def on_summaries(self, request):
        if request.method == "GET":
            self._warm(request.args)
            page, size = paging(request.args, -1)
            return ok({"data_summaries": self.store.summaries(query(request.args, "cluster_id"),
                                                              query(request.args, "database"), page, size)})
        data = body(request)
        return ok(self.summaries.create(
            get(data, "cluster_id", str), get(data, "database", str),
            description=capped(get(data, "description", str, required=False, default=""), "description"),
            reuse=get(data, "reuse", bool, required=False, default=False),
            default=get(data, "default", bool, required=False, default=True)))

    def on_summary(self, request, sid):
        summary_id = int_id(sid, "data summary")
        if request.method == "GET":
            return ok(self.summaries.get(summary_id))
        data = body(request)
        keywords = get(data, "keywords", list, required=False)
        if keywords is not None and not all(isinstance(k, str) for k in keywords):
            raise ApiError(400, "field 'keywords' must be an array of strings")
        return ok(self.summaries.edit(summary_id, description=get(data, "description", str, required=False),
                                      keywords=keywords))

    def on_summary_table(self, request, sid, table):
        data = body(request)
        return ok(self.summaries.edit(int_id(sid, "data summary"), table=table,
                                      table_description=get(data, "description", str, empty_ok=True)))

    def on_summary_columns(self, request, sid, table):
        data = body(request)
        cols = data.get("columns", data) if isinstance(data.get("columns"), dict) else data
        if not cols or not all(isinstance(v, str) for v in cols.values()):
            raise ApiError(400, 'body must map column names to descriptions: {"<column>": "<description>"}')
        return ok(self.summaries.edit(int_id(sid, "data summary"), table=table, columns=cols))

    def on_summaries_v2(self, request):
        if request.method == "GET":
            page, size = paging(request.args, -1)
            return ok({"data_summaries": [self.summaries.as_v2(s) for s in self.store.summaries(
                query(request.args, "cluster_id"), query(request.args, "database"), page, size)]})
        data = body(request)
        res = self.summaries.create(get(data, "cluster_id", str), get(data, "database", str),
                                    description="", reuse=False, default=True, v2=True)
        return ok(res)

    def on_summary_v2(self, request, sid):
        summary_id = int_id(sid, "data summary")
        if request.method == "GET":
            return ok(self.summaries.as_v2(self.summaries.get(summary_id)))
        data = body(request)
        tables = get(data, "tables", dict)
        return ok({"job_id": self.summaries.edit_v2(summary_id, tables)})

    # chat -------------------------------------------------------------------------
    def on_chat2data(self, request):
        data = body(request)
        question = self._text(data, "question")
        mode = _mode(data)
        cluster_id = get(data, "cluster_id", str, required=False)
        database = get(data, "database", str, required=False)
        if cluster_id is None or database is None:
            sid = get(data, "data_summary_id", (int, str), required=False)
            if sid is None:
                raise ApiError(400, "missing required field 'cluster_id' and 'database' (or 'data_summary_id')")
            summary = self.summaries.get(body_id(sid, "data_summary_id"))
            cluster_id, database = summary["cluster_id"], summary["database"]
        self.source(cluster_id, database)
        self.chat.require_summary(cluster_id, database)
        session_id, job_id = self._new_session(cluster_id, database, question[:60],
                                               lambda sid: self.chat.ask(sid, question, mode, "", ""))
        return ok({"cluster_id": cluster_id, "database": database, "job_id": job_id, "session_id": session_id})

    def on_chat2data_v2(self, request):
        data = body(request)
        question = self._text(data, "raw_question")
        cluster_id, database = get(data, "cluster_id", str), get(data, "database", str)
        self.source(cluster_id, database)
        self.chat.require_summary(cluster_id, database)
        _sid, job_id = self._new_session(cluster_id, database, question[:60],
                                         lambda sid: self.chat.ask(sid, question, "direct", "", "", v2=True))
        return ok({"job_id": job_id})

    def on_sessions(self, request):
        if request.method == "GET":
            page, size = paging(request.args)
            return ok({"sessions": [{"session_id": s["session_id"], "meta": self._meta(s)}
                                    for s in self.store.sessions(page, size)],
                       "page": page, "page_size": size, "total": self.store.count_sessions()})
        data = body(request)
        cluster_id, database = get(data, "cluster_id", str), get(data, "database", str)
        name = capped(get(data, "name", str, required=False, default="") or "", "name")
        self.source(cluster_id, database)
        self.summaries.ensure(cluster_id, database)
        sid = self.store.create_session(cluster_id, database, name, self.config.creator)
        self.summaries.warm(cluster_id, database)
        return ok(self._session(sid))

    def on_session(self, request, sid):
        session_id = self._session_id(sid)
        if request.method == "PUT":
            self.store.rename_session(session_id, capped(get(body(request), "name", str, empty_ok=True), "name"))
        return ok(self._session(session_id))

    def on_session_reset(self, request, sid):
        session_id = self._session_id(sid)
        self.store.reset_session(session_id)
        return ok(self._session(session_id))

    def on_session_chat(self, request, sid):
        session_id = self._session_id(sid)
        data = body(request)
        question = self._text(data, "question")
        mode = _mode(data)
        fa = get(data, "feedback_answer_id", str, required=False, default="") or ""
        ft = get(data, "feedback_task_id", str, required=False, default="") or ""
        s = self.store.session(session_id)
        self.chat.require_summary(s["cluster_id"], s["database"])
        return ok({"job_id": self.chat.ask(session_id, question, mode, fa, ft), "session_id": session_id})

    def on_refine(self, request):
        data = body(request)
        cluster_id, database = get(data, "cluster_id", str), get(data, "database", str)
        sql, feedback = self._text(data, "sql", self.config.max_sql_chars, "--max-sql-chars"), self._text(data, "feedback")
        self.source(cluster_id, database)
        self.chat.require_summary(cluster_id, database)
        session_id, job_id = self._new_session(cluster_id, database, feedback[:60],
                                               lambda sid: self.chat.refine(cluster_id, database, sql, feedback))
        # the response has a session id, as TiDB Cloud's does; the session itself would only be an
        # empty one named after the instruction in every listing, so it is not kept
        self.store.drop_empty_session(session_id)
        return ok({"job_id": job_id, "session_id": session_id})

    def on_suggest(self, request):
        data = body(request)
        cluster_id, database = get(data, "cluster_id", str), get(data, "database", str)
        self.source(cluster_id, database)
        self.chat.require_summary(cluster_id, database)
        return ok({"job_id": self.chat.suggest(cluster_id, database)})

    # knowledge --------------------------------------------------------------------
    def on_kbs(self, request):
        if request.method == "GET":
            page, size = paging(request.args, -1)
            return ok({"knowledge_bases": [self.knowledge.public(k) for k in self.store.kbs(
                query(request.args, "cluster_id"), query(request.args, "database"), page, size)]})
        data = body(request)
        cluster_id, database = get(data, "cluster_id", str), get(data, "database", str)
        self.source(cluster_id, database)
        return ok(self.knowledge.create(cluster_id, database, capped(
            get(data, "description", str, required=False, default=""), "description")))

    def on_kb(self, request, kid):
        kb_id = self.knowledge.require(kid)
        if request.method == "PUT":
            self.store.update_kb(kb_id, capped(get(body(request), "description", str, empty_ok=True), "description"))
        return ok(self.knowledge.public(self.store.kb(kb_id)))

    def on_kb_data(self, request, kid):
        kb_id = self.knowledge.require(kid)
        if request.method == "GET":
            page, size = paging(request.args, -1)
            return ok({"knowledge_data": self.store.knowledge(kb_id, page, size)})
        return ok(self.knowledge.add(kb_id, body(request)))

    def on_kb_datum(self, request, kid, did):
        kb_id = self.knowledge.require(kid)
        data_id = int_id(did, "knowledge data")
        if request.method == "DELETE":
            if not self.store.delete_knowledge(kb_id, data_id):
                raise ApiError(404, f"knowledge data '{did}' not found in knowledge base {kb_id}")
            return ok({})
        return ok(self.knowledge.update(kb_id, data_id, body(request)))

    def _text(self, data: dict, name: str, limit: int = 0, flag: str = "--max-question-chars") -> str:
        """A required text field the engine works on, at most `limit` characters (the engine's
        and the SQL checker's time grow with the length: a 900 kB question took minutes)."""
        value = get(data, name, str)
        limit = limit or self.config.max_question_chars
        if len(value) > limit:
            raise ApiError(400, f"field '{name}' is {len(value)} characters long; at most {limit}"
                                f" are taken ({flag})")
        return value

    # session objects --------------------------------------------------------------
    def _new_session(self, cluster_id: str, database: str, name: str, start) -> tuple[int, str]:
        """A new session and its first job, `start(session_id)`; if the job is refused (queue
        full, state file full) the session goes too, so a refused request leaves nothing behind."""
        session_id = self.store.create_session(cluster_id, database, name, self.config.creator)
        try:
            return session_id, start(session_id)
        except BaseException:
            try:
                self.store.drop_empty_session(session_id)
            except Exception as e:
                log.warning("an empty session %s could not be removed: %s", session_id, e)
            raise

    def _session_id(self, sid: str) -> int:
        session_id = int_id(sid, "session")
        if self.store.session(session_id) is None:
            raise ApiError(404, f"session '{sid}' not found")
        return session_id

    def _warm(self, args) -> None:
        """A client listing a database's summaries is about to ask (c2q's shell does so at start-up):
        build the engine's catalog now, so the first question is quick."""
        cluster_id, database = query(args, "cluster_id"), query(args, "database")
        if cluster_id and database in self.sources:
            self.summaries.warm(cluster_id, database)

    def _meta(self, s: dict) -> dict:
        meta = {"created_at": s["created_at"], "updated_at": s["updated_at"], "creator": s["creator"],
                "name": s["name"], "org_id": "1", "cluster_id": s["cluster_id"], "database": s["database"]}
        # an extension: the questions asked in the session's context, so a list can say how long each is
        meta["rounds"] = self.store.question_count(s["session_id"])
        return meta

    def _session(self, session_id: int) -> dict:
        s = self.store.session(session_id)
        msgs = [{k: v for k, v in m.items() if not k.startswith("_")} for m in self.store.messages(session_id)]
        return {"session_id": session_id, "meta": self._meta(s), "messages": msgs}


def _mode(data: dict) -> str:
    mode = get(data, "sql_generate_mode", str, required=False, default="direct") or "direct"
    if mode not in ("direct", "auto_breakdown"):
        raise ApiError(400, f"field 'sql_generate_mode' must be 'direct' or 'auto_breakdown', got '{mode}'")
    return mode
