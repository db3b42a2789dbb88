"""Asynchronous jobs on a bounded thread pool. The job records in the store are the only
state the workers share; a job reports partial results through its progress callback."""
from __future__ import annotations

import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from .store import Store

log = logging.getLogger("c2q.server")


class JobFailed(Exception):
    """Ends a job as `failed`; the message becomes the job's `reason` and `result` may carry
    a partial answer."""

    def __init__(self, reason: str, result: Any = None):
        super().__init__(reason)
        self.reason = reason
        self.result = result


class JobRunner:
    def __init__(self, store: Store, workers: int = 4):
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="c2q-job")
        self._ended: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    def submit(self, kind: str, work: Callable[[Callable[[Any], None]], Any],
               session_id: int | None = None, on_done: Callable[[Any], None] | None = None) -> str:
        """Start `work(progress)`; its return value is the job result."""
        job_id = uuid.uuid4().hex
        self.store.create_job(job_id, kind, session_id)
        with self._lock:
            self._ended[job_id] = threading.Event()
        self._pool.submit(self._run, job_id, work, on_done)
        return job_id

    def wait(self, job_id: str, timeout: float | None = None) -> bool:
        """Block until a job started by this runner has ended (for embedding and tests)."""
        with self._lock:
            ended = self._ended.get(job_id)
        return True if ended is None else ended.wait(timeout)

    def wait_all(self, timeout: float | None = None) -> bool:
        """Block until every job running now has ended."""
        with self._lock:
            pending = list(self._ended.values())
        return all(e.wait(timeout) for e in pending)

    def _finish(self, job_id: str) -> None:
        with self._lock:
            ended = self._ended.pop(job_id, None)
        if ended is not None:
            ended.set()

    def _run(self, job_id: str, work, on_done) -> None:
        try:
            self._execute(job_id, work, on_done)
        finally:
            self._finish(job_id)

    def _execute(self, job_id: str, work, on_done) -> None:
        self.store.update_job(job_id, "running")
        try:
            result = work(lambda partial: self.store.update_job(job_id, "running", partial))
        except JobFailed as e:
            if on_done:             # before the job reads as ended: a client may ask a follow-up at once
                on_done(e.result)
            self.store.update_job(job_id, "failed", e.result, e.reason)
            return
        except Exception as e:  # never a traceback in a response; the log keeps it
            log.exception("job %s failed", job_id)
            self.store.update_job(job_id, "failed", None, f"internal error: {type(e).__name__}: {e}")
            return
        if on_done:                 # the round is in the session before its job reads as done
            on_done(result)
        self.store.update_job(job_id, "done", result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
