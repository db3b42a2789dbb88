"""The connection behind the shell: a client, the cluster and database, and the session.
Start-up (embedded server, data summary, session) runs in the background so the first prompt
shows at once; the first question waits for it if it is not finished."""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..api.errors import ApiError, Unreachable
from ..api.models import Session

if TYPE_CHECKING:     # requests is imported when start-up runs, after the first prompt is drawn
    from ..api.client import Chat2QueryClient


@dataclass
class Target:
    endpoint: str
    public_key: str
    private_key: str
    cluster_id: str
    database: str
    stop: Callable | None = None

    def __repr__(self) -> str:
        return f"Target({self.endpoint!r}, {self.cluster_id!r}, {self.database!r})"


class Backend:
    def __init__(self, connect: Callable[[], Target], session_name: str = "", job_timeout: float = 300.0,
                 on_status: Callable[[str], None] | None = None):
        self._connect = connect
        self._session_name = session_name
        self.job_timeout = job_timeout
        self.status = "starting…"
        self.on_status = on_status or (lambda s: None)
        self.client: Chat2QueryClient | None = None
        self.target: Target | None = None
        self.session: Session | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="c2q-start")
        self._future: Future | None = None
        self.cancel = threading.Event()

    def start(self) -> None:
        self._future = self._pool.submit(self._bootstrap)

    @property
    def begun(self) -> bool:
        return self._future is not None

    def _set(self, status: str) -> None:
        self.status = status
        self.on_status(status)

    def _bootstrap(self) -> None:
        try:
            self._start_up()
        except Exception as e:
            self._set(f"not connected: {str(e).splitlines()[0][:80] if str(e) else type(e).__name__}")
            raise

    def _start_up(self) -> None:
        self._set("connecting…")
        self.target = self._connect()
        t = self.target
        from ..api.client import Chat2QueryClient
        self.client = Chat2QueryClient(t.endpoint, t.public_key, t.private_key)
        self.ensure_summary()
        self._set("opening a session…")
        self.new_session(self._session_name)

    # sessions: the backend is the one place that switches them ---------------------------
    def _use(self, session: Session) -> Session:
        self.session = session
        self._set(f"session {session.session_id}" + (f" ({session.name})" if session.name else ""))
        return session

    def new_session(self, name: str = "") -> Session:
        """Start a new session and make it the current one (ApiError if the service says no)."""
        t = self.target
        return self._use(self.client.create_session(t.cluster_id, t.database, name))

    def resume(self, session_id: int) -> Session:
        """Make an existing session the current one; returns it with its messages."""
        return self._use(self.client.session(session_id))

    def ensure_summary(self) -> None:
        """A data summary must be done before questions; build one (reusing any) when needed."""
        t, c = self.target, self.client
        try:
            summaries = c.data_summaries(t.cluster_id, t.database)
        except Unreachable:
            raise
        except ApiError:
            summaries = []          # listing is not documented for TiDB Cloud; fall through to create
        if any(s.status == "done" for s in summaries):
            return
        self._set("building the data summary…")
        _sid, job = c.create_data_summary(t.cluster_id, t.database, reuse=True)
        c.wait(job, timeout=max(self.job_timeout, 600), cancel=self.cancel)

    def ready(self, timeout: float | None = None) -> None:
        """Wait for start-up; re-raises its error (the caller shows it)."""
        if self._future is None:
            self.start()
        self._future.result(timeout)

    @property
    def started(self) -> bool:
        return self._future is not None and self._future.done() and self._future.exception() is None

    def retry(self) -> None:
        """Start again after a failed start-up (a dead server, say)."""
        if self._future is not None and self._future.done() and self._future.exception() is not None:
            self.start()

    def close(self) -> None:
        self.cancel.set()
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self.target is not None and self.target.stop:
            self.target.stop()
