"""The only HTTP client: Chat2Query calls with digest auth, both error envelopes, and job
polling with a backoff that starts fast and settles at a few seconds."""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

import requests
from requests.auth import HTTPDigestAuth

from . import models as m
from . import rows
from .errors import ApiError, AuthError, Cancelled, JobFailed, JobTimeout, RateLimited, Unreachable
from .models import DataSummary, Job, Session, parse_job, parse_session, parse_summary

FIRST_DELAY, MAX_DELAY, GROWTH = 0.1, 3.0, 1.6


def backoff_delays(first: float = FIRST_DELAY, cap: float = MAX_DELAY, growth: float = GROWTH):
    delay = first
    while True:
        yield delay
        delay = min(cap, delay * growth)


class Chat2QueryClient:
    def __init__(self, base_url: str, public_key: str, private_key: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.public_key = public_key
        self._http = requests.Session()
        self._http.auth = HTTPDigestAuth(public_key, private_key)
        self._http.headers["content-type"] = "application/json"
        self.timeout = timeout
        self.rate: dict[str, str] = {}
        self._lock = threading.Lock()      # requests' digest auth keeps per-session state

    def __repr__(self) -> str:
        return f"Chat2QueryClient({self.base_url!r}, public_key={self.public_key!r})"

    # transport ------------------------------------------------------------------------
    def call(self, method: str, path: str, body: dict | None = None, params: dict | None = None) -> Any:
        url = self.base_url + path
        try:
            with self._lock:
                r = self._http.request(method, url, json=body, params=params, timeout=self.timeout)
        except requests.exceptions.Timeout:
            raise Unreachable(f"no answer from {self.base_url} within {self.timeout:g} s") from None
        except requests.exceptions.ConnectionError:
            raise Unreachable(f"cannot reach {self.base_url} (connection refused or host unknown)") from None
        except requests.exceptions.RequestException as e:
            raise Unreachable(f"request to {self.base_url} failed: {type(e).__name__}") from None
        self.rate = {k: r.headers[h] for k, h in (("limit", "X-Ratelimit-Limit-Minute"),
                                                  ("remaining", "X-Ratelimit-Remaining-Minute"),
                                                  ("reset", "X-Ratelimit-Reset")) if h in r.headers}
        try:
            data = rows.loads(r.content)        # a big answer's rows stay bytes until used
        except ValueError:
            data = None
        code, msg, result = _envelope(data)
        if r.status_code == 429 or code in (429, 49900007):
            raise RateLimited(
                f"rate limit reached ({self.rate.get('limit', '?')} requests per minute); it resets in "
                f"{self.rate.get('reset', '?')} s" + (f": {msg}" if msg else ""),
                self.rate.get("limit", ""), self.rate.get("remaining", ""), self.rate.get("reset", ""))
        if r.status_code == 401 or code in (401, 49900002):
            text = msg or "check the public key and private key"
            raise AuthError(text if text.lower().startswith("authentication") else f"authentication failed: {text}",
                            401, code)
        if r.status_code >= 400 or (code not in (None, 200)):
            if data is None:
                raise ApiError(f"HTTP {r.status_code} from {path} (not a Chat2Query response)", r.status_code)
            raise ApiError(msg or f"HTTP {r.status_code}", r.status_code, code or 0)
        if data is None:
            raise ApiError(f"the response to {path} is not JSON", r.status_code)
        return result

    # jobs -----------------------------------------------------------------------------
    def job(self, job_id: str) -> Job:
        return parse_job(self.call("GET", f"/v2/jobs/{job_id}"))

    def wait(self, job_id: str, timeout: float = 300.0, cancel: threading.Event | None = None,
             on_progress: Callable[[Job], None] | None = None, on_tick: Callable[[float], None] | None = None,
             delays=None) -> Job:
        """Poll until the job is done or failed. `on_tick(elapsed)` runs about every 0.1 s (for a
        spinner); `on_progress(job)` after each poll. Raises JobFailed, JobTimeout or Cancelled."""
        cancel = cancel or threading.Event()
        start = time.monotonic()
        for delay in delays or backoff_delays():
            job = self.job(job_id)
            if on_progress:
                on_progress(job)
            if job.status == "failed":
                raise JobFailed(job.reason, job)
            if job.status == "done":
                return job
            until = time.monotonic() + delay
            while (left := until - time.monotonic()) > 0:
                if cancel.wait(min(left, 0.1)):
                    raise Cancelled()
                if on_tick:
                    on_tick(time.monotonic() - start)
            if time.monotonic() - start > timeout:
                raise JobTimeout(f"no answer after {timeout:g} s (job {job_id} is still {job.status})")
        raise AssertionError("unreachable")

    # sessions -------------------------------------------------------------------------
    def create_session(self, cluster_id: str, database: str, name: str = "") -> Session:
        return parse_session(self.call("POST", "/v3/sessions", {"cluster_id": cluster_id, "database": database,
                                                                "name": name}))

    def sessions(self) -> list[Session]:
        return [parse_session(s) for s in self.call("GET", "/v3/sessions").get("sessions", [])]

    def session(self, session_id: int) -> Session:
        return parse_session(self.call("GET", f"/v3/sessions/{session_id}"))

    def rename_session(self, session_id: int, name: str) -> Session:
        return parse_session(self.call("PUT", f"/v3/sessions/{session_id}", {"name": name}))

    def reset_session(self, session_id: int) -> Session:
        return parse_session(self.call("PUT", f"/v3/sessions/{session_id}/reset"))

    def chat(self, session_id: int, question: str, mode: str = "direct", feedback_answer_id: str = "",
             feedback_task_id: str = "") -> str:
        res = self.call("POST", f"/v3/sessions/{session_id}/chat2data", {
            "question": question, "sql_generate_mode": mode, "feedback_answer_id": feedback_answer_id,
            "feedback_task_id": feedback_task_id})
        return res["job_id"]

    # data summaries, suggestions, refine ------------------------------------------------
    def data_summaries(self, cluster_id: str, database: str) -> list[DataSummary]:
        res = self.call("GET", "/v3/dataSummaries", params={"cluster_id": cluster_id, "database": database})
        items = res.get("data_summaries", []) if isinstance(res, dict) else res
        return [parse_summary(s) for s in items or [] if isinstance(s, dict)]

    def data_summary(self, summary_id: int) -> DataSummary:
        return parse_summary(self.call("GET", f"/v3/dataSummaries/{summary_id}"))

    def create_data_summary(self, cluster_id: str, database: str, reuse: bool = True) -> tuple[int, str]:
        res = self.call("POST", "/v3/dataSummaries", {"cluster_id": cluster_id, "database": database,
                                                      "reuse": reuse, "default": True, "description": ""})
        return int(res["data_summary_id"]), res["job_id"]

    def suggest(self, cluster_id: str, database: str) -> str:
        return self.call("POST", "/v3/suggestQuestions", {"cluster_id": cluster_id, "database": database})["job_id"]

    def refine(self, cluster_id: str, database: str, sql: str, feedback: str) -> str:
        return self.call("POST", "/v3/refineSql", {"cluster_id": cluster_id, "database": database, "sql": sql,
                                                   "feedback": feedback})["job_id"]

    # knowledge bases --------------------------------------------------------------------
    def knowledge_bases(self, cluster_id: str, database: str) -> list[m.KnowledgeBase]:
        res = self.call("GET", "/v3/knowledgeBases", params={"cluster_id": cluster_id, "database": database})
        items = res.get("knowledge_bases", []) if isinstance(res, dict) else res
        return [m.parse_kb(k) for k in items or [] if isinstance(k, dict)]

    def create_knowledge_base(self, cluster_id: str, database: str, description: str = "") -> m.KnowledgeBase:
        return m.parse_kb(self.call("POST", "/v3/knowledgeBases", {"cluster_id": cluster_id, "database": database,
                                                                 "description": description}))

    def knowledge(self, kb_id: int) -> list[m.Knowledge]:
        res = self.call("GET", f"/v3/knowledgeBases/{kb_id}/data")
        items = res.get("knowledge_data", []) if isinstance(res, dict) else res
        return [m.parse_knowledge(k) for k in items or [] if isinstance(k, dict)]

    def add_knowledge(self, kb_id: int, kind: str, raw_data: dict, meta_data: dict | None = None) -> m.Knowledge:
        return m.parse_knowledge(self.call("POST", f"/v3/knowledgeBases/{kb_id}/data", {
            "type": kind, "meta_data": meta_data or {}, "raw_data": raw_data}))

    def delete_knowledge(self, kb_id: int, data_id: int) -> None:
        self.call("DELETE", f"/v3/knowledgeBases/{kb_id}/data/{data_id}")


def _envelope(data) -> tuple[int | None, str, Any]:
    """(code, message, result) from either envelope: {code,msg,result} or the Data Service
    gateway's {type, data: {result: {code, message}}}."""
    if not isinstance(data, dict):
        return None, "", None
    if "code" in data and ("msg" in data or "result" in data):
        try:
            code = int(data.get("code"))
        except (TypeError, ValueError):
            code = None
        return code, str(data.get("msg") or ""), data.get("result")
    inner = data.get("data")
    if isinstance(inner, dict) and isinstance(inner.get("result"), dict):
        res = inner["result"]
        try:
            code = int(res.get("code"))
        except (TypeError, ValueError):
            code = None
        return code, str(res.get("message") or ""), inner
    return None, "", data
