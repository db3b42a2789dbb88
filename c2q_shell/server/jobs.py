"""Asynchronous jobs: a bounded queue, two lanes of worker threads and a watchdog.

A job runs `work(progress)` on a worker thread; its end (`done` or `failed` with a reason) is
written by one store transaction together with whatever a follow-up needs (the `finish` callback),
so a client that sees `done` can ask a follow-up at once. Every way out of a job ends it: an
exception is a `failed` job with its reason, a result too large to keep is `failed`, a store
that cannot take the result (disk full) gets a small `failed` record instead, and if even that
cannot be written the runner remembers the end in memory and answers with it.

Fairness: the next queued job is the one of the session with the fewest running jobs, then the
session served longest ago. Lanes: at most `workers` jobs run in the quick lane. A job that has run longer than `slow_after`
seconds moves to the slow lane (at most `slow_workers` jobs), freeing its quick slot, so a few slow
queries never make a quick question wait. The watchdog fails jobs that outlive `job_timeout`.
Threads are bounded by `workers + slow_workers` plus the watchdog; the queue by `max_queue`."""
from __future__ import annotations

import collections
import itertools
import json
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from .http import ApiError
from .store import Store, StoreUnavailable

log = logging.getLogger("c2q.server")

# finish(job_id, status, result, reason) -> bool: writes the end of the job (and any state a follow-up
# needs) in one transaction; False when the job had already ended (the watchdog failed it).
Finish = Callable[[str, str, Any, str], bool]
IDLE = 30.0          # seconds an idle worker thread waits for another job before it ends


class JobFailed(Exception):
    """Ends a job as `failed`; the message becomes the job's `reason` and `result` may carry
    a partial answer."""

    def __init__(self, reason: str, result: Any = None):
        super().__init__(reason)
        self.reason = reason
        self.result = result


class QueueFull(ApiError):
    """The job queue is full: 503 with a Retry-After header."""

    def __init__(self, queued: int, retry_after: int):
        super().__init__(503, f"the server is busy: {queued} jobs are waiting (the limit);"
                              f" retry in {retry_after} s")
        self.headers = {"Retry-After": str(retry_after)}


@dataclass
class _Job:
    job_id: str
    work: Callable
    finish: Finish | None
    session_id: int | None = None
    started: float = 0.0
    slow: bool = False
    ended: threading.Event = field(default_factory=threading.Event)


class JobRunner:
    def __init__(self, store: Store, workers: int = 4, slow_workers: int = 4, max_queue: int = 256,
                 job_timeout: float = 300.0, slow_after: float = 0.5, max_result_bytes: int = 16 << 20,
                 keep_ended: float = 0.0):
        """`keep_ended`: seconds an ended job stays in the store (0: for ever); older ones are forgotten
        at start and then by the watchdog, at most once every hour."""
        self.store = store
        self.workers, self.slow_workers = max(1, workers), max(0, slow_workers)
        self.max_queue, self.job_timeout, self.slow_after = max_queue, job_timeout, slow_after
        self.max_result_bytes = max_result_bytes
        self.keep_ended = max(0.0, keep_ended)
        self._pruned_at = time.monotonic()
        self._prune()
        self._queue: collections.deque[_Job] = collections.deque()
        self._handoff: collections.deque[_Job] = collections.deque()   # dispatched, for an idle worker
        self._idle = 0
        self._served: collections.OrderedDict[int | None, int] = collections.OrderedDict()
        self._turn = itertools.count(1)
        self._running: dict[str, _Job] = {}
        self._jobs: dict[str, _Job] = {}           # every job not yet ended, queued or running
        self._memo: collections.OrderedDict[str, tuple[str, str]] = collections.OrderedDict()
        self._cond = threading.Condition()
        self._closed = False
        self._watchdog = threading.Thread(target=self._watch, name="c2q-watchdog", daemon=True)
        self._watchdog.start()

    # submitting -------------------------------------------------------------------
    def submit(self, kind: str, work: Callable[[Callable[[Any], None]], Any], session_id: int | None = None,
               finish: Finish | None = None, prepare: Callable[[], None] | None = None) -> str:
        """Queue `work(progress)`; its return value is the job result. `prepare` runs first, once
        the queue has room (e.g. storing the question), so a refused job leaves nothing behind."""
        job = _Job(uuid.uuid4().hex, work, finish, session_id)
        with self._cond:
            if self._closed:
                raise ApiError(503, "the server is stopping")
            if len(self._queue) >= self.max_queue:
                raise QueueFull(len(self._queue), max(1, int(self.slow_after)))
            self._jobs[job.job_id] = job        # holds the place while prepare runs
        try:
            if prepare is not None:
                prepare()
            self.store.create_job(job.job_id, kind, session_id)
        except BaseException:
            with self._cond:
                self._jobs.pop(job.job_id, None)
            raise
        with self._cond:
            self._queue.append(job)
            self._dispatch()
        return job.job_id

    def _quick(self) -> int:
        return sum(1 for j in self._running.values() if not j.slow)

    def _dispatch(self) -> None:
        """Start queued jobs while the quick lane has room (holding the condition): on an idle
        worker thread (which keeps its database connections) or, if none, a new one."""
        while self._queue and self._quick() < self.workers and not self._closed:
            job = self._next()
            job.started = time.monotonic()
            self._served[job.session_id] = next(self._turn)
            self._served.move_to_end(job.session_id)
            if len(self._served) > 10000:
                self._served.popitem(last=False)
            self._running[job.job_id] = job
            if self._idle > len(self._handoff):
                self._handoff.append(job)
                self._cond.notify_all()
            else:
                threading.Thread(target=self._worker, args=(job,), name="c2q-job", daemon=True).start()

    def _next(self) -> _Job:
        """Fairness between sessions: the queued job of the session with the fewest running jobs,
        then the one served longest ago (a client with many questions queued cannot starve others)."""
        busy = collections.Counter(j.session_id for j in self._running.values())
        best = min(range(len(self._queue)), key=lambda i: (
            busy[self._queue[i].session_id], self._served.get(self._queue[i].session_id, 0), i))
        job = self._queue[best]
        del self._queue[best]
        return job

    def _worker(self, job: _Job | None) -> None:
        """Run a job, then wait a while for the next one; an idle thread ends after IDLE seconds."""
        while job is not None:
            self._run(job)
            with self._cond:
                self._idle += 1
                deadline = time.monotonic() + IDLE
                while not self._handoff and not self._closed and (left := deadline - time.monotonic()) > 0:
                    self._cond.wait(left)
                self._idle -= 1
                job = self._handoff.popleft() if self._handoff else None

    # waiting and reading ----------------------------------------------------------
    def wait(self, job_id: str, timeout: float | None = None) -> bool:
        """Block until a job started by this runner has ended (for embedding and tests)."""
        with self._cond:
            job = self._jobs.get(job_id)
        return True if job is None else job.ended.wait(timeout)

    def wait_all(self, timeout: float | None = None) -> bool:
        """Block until every job queued or running now has ended."""
        with self._cond:
            pending = list(self._jobs.values())
        return all(j.ended.wait(timeout) for j in pending)

    def get(self, job_id: str, raw: bool = False) -> dict | None:
        """The job as stored, or as remembered when its end could not be stored (`raw`: see
        Store.job)."""
        job = self.store.job(job_id, raw)
        with self._cond:
            memo = self._memo.get(job_id)
        if job is not None and memo is not None and job["status"] not in ("done", "failed"):
            job.update(status=memo[0], reason=memo[1], result=None, ended_at=int(time.time()))
            job.pop("raw_result", None)
        return job

    def stats(self) -> dict:
        with self._cond:
            quick = self._quick()
            return {"queued": len(self._queue), "quick": quick, "slow": len(self._running) - quick}

    # running ----------------------------------------------------------------------
    def _run(self, job: _Job) -> None:
        try:
            status, result, reason = self._work(job)
            self._end(job, status, result, reason)
        finally:
            with self._cond:
                self._running.pop(job.job_id, None)
                self._jobs.pop(job.job_id, None)
                self._dispatch()
                self._cond.notify_all()
            job.ended.set()

    def _work(self, job: _Job) -> tuple[str, Any, str]:
        try:
            self.store.progress_job(job.job_id, None)
            result = job.work(lambda partial: self.store.progress_job(job.job_id, partial))
            return "done", result, ""
        except JobFailed as e:
            return "failed", e.result, e.reason
        except ApiError as e:             # a check that found the request wrong: its message
            return "failed", None, e.msg
        except StoreUnavailable as e:     # its progress could not be written: the state file is full
            return "failed", None, f"the job's state could not be stored: {e.detail}"
        except Exception as e:  # never a traceback in a response; the log keeps it
            log.exception("job %s failed", job.job_id)
            return "failed", None, f"internal error: {type(e).__name__}: {e}"

    def _end(self, job: _Job, status: str, result: Any, reason: str) -> None:
        try:
            size = len(json.dumps(result))
        except (TypeError, ValueError) as e:
            status, result, reason, size = "failed", None, f"internal error: the result cannot be stored: {e}", 0
        if size > self.max_result_bytes:
            status, result = "failed", None
            reason = (f"the result is {size} bytes, more than the {self.max_result_bytes} bytes a job may"
                      " store; ask for fewer rows or columns")
        try:
            if job.finish is not None:
                job.finish(job.job_id, status, result, reason)
            else:
                self.store.end_job(job.job_id, status, result, reason)
            return
        except StoreUnavailable as e:
            log.error("job %s: its end could not be stored: %s", job.job_id, e.detail)
            why = f"the result could not be stored: {e.detail}"
        except Exception as e:
            log.exception("job %s: its end could not be stored", job.job_id)
            why = f"the result could not be stored: {type(e).__name__}: {e}"
        self._end_failed(job.job_id, why, "not even its failure could be stored")

    def _end_failed(self, job_id: str, reason: str, what: str) -> None:
        """Store the job's failure; when the store refuses it too, remember it in memory for readers."""
        try:
            self.store.end_job(job_id, "failed", None, reason)
        except Exception:
            log.exception("job %s: %s", job_id, what)
            self._remember(job_id, "failed", reason)

    def _remember(self, job_id: str, status: str, reason: str) -> None:
        with self._cond:
            self._memo[job_id] = (status, reason)
            while len(self._memo) > 10000:
                self._memo.popitem(last=False)

    # the watchdog -----------------------------------------------------------------
    def _watch(self) -> None:
        tick = max(0.02, min(0.5, self.slow_after / 4, self.job_timeout / 4))
        while True:
            with self._cond:
                if self._closed and not self._running:
                    return
                self._cond.wait(tick)
                now = time.monotonic()
                overdue = [j for j in self._running.values()
                           if now - j.started > self.job_timeout and not j.ended.is_set()]
                for j in sorted(self._running.values(), key=lambda j: j.started):
                    if not j.slow and now - j.started > self.slow_after \
                            and len(self._running) - self._quick() < self.slow_workers:
                        j.slow = True
                self._dispatch()
            for j in overdue:
                self._expire(j)
            if self.keep_ended and now - self._pruned_at >= min(3600.0, self.keep_ended / 24):
                self._pruned_at = now
                self._prune()

    def _prune(self) -> None:
        """Forget the jobs that ended more than `keep_ended` seconds ago (a busy server's state file
        would otherwise grow by every answer for ever)."""
        if not self.keep_ended:
            return
        try:
            gone = self.store.prune_jobs(int(time.time() - self.keep_ended))
        except StoreUnavailable as e:
            log.warning("old jobs could not be forgotten: %s", e.detail)
            return
        if gone:
            log.info("forgot %d jobs that ended more than %g s ago", gone, self.keep_ended)

    def _expire(self, job: _Job) -> None:
        reason = f"the job ran longer than the {self.job_timeout:g} s limit and was stopped"
        self._end_failed(job.job_id, reason, "its timeout could not be stored")
        job.ended.set()             # waiters see the end now; the thread's late result is dropped

    def shutdown(self, timeout: float | None = 30.0) -> None:
        """Refuse new jobs, drop queued ones (failed: the server stopped) and wait for running ones."""
        with self._cond:
            self._closed = True
            dropped = list(self._queue)
            self._queue.clear()
            self._cond.notify_all()
        for job in dropped:
            try:
                self.store.end_job(job.job_id, "failed", None, "the server stopped before this job ran")
            except Exception:
                pass
            with self._cond:
                self._jobs.pop(job.job_id, None)
            job.ended.set()
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._running:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._cond.wait(left)
            stuck = list(self._running.values())
        for job in stuck:                 # still running: ended now, while the store is open
            try:
                self.store.end_job(job.job_id, "failed", None, "the server stopped while this job was running")
            except Exception:
                pass
            job.ended.set()
