"""The connection behind the shell: a client, the cluster and database, and the session.
Start-up (embedded server, data summary, session) runs in the background so the first prompt
shows at once; the first question waits for it if it is not finished."""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..api.errors import ApiError, AuthError, Unreachable
from ..api.models import Session

if TYPE_CHECKING:     # requests is imported when start-up runs, after the first prompt is drawn
    from ..api.client import Chat2QueryClient

BATCH_SESSION = "c2q batch"        # the one session batch runs reuse (reset at the start of each run)


def session_title(question: str, width: int = 60) -> str:
    """A session's name from its first question: one line, at most `width` characters."""
    text = " ".join(question.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


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
    """Sessions: with `session_name` (`--session NAME`) start-up continues the latest session of
    that name (or creates it); with `batch` and no name, it reuses the one BATCH_SESSION, reset
    so runs do not see each other's questions; otherwise no session is opened until the first
    question, which names it. `on_session(session, resumed)` tells the shell when the current
    session is switched (\\new, \\resume, a named start-up) so it can reload its rounds."""

    def __init__(self, connect: Callable[[], Target], session_name: str = "", job_timeout: float = 300.0,
                 on_status: Callable[[str], None] | None = None, batch: bool = False):
        self._connect = connect
        self._session_name = session_name
        self._batch = batch
        self.on_session: Callable[[Session | None, bool], None] = lambda s, resumed: None
        self.job_timeout = job_timeout
        self.status = "starting…"
        self.on_status = on_status or (lambda s: None)
        self.client: Chat2QueryClient | None = None
        self.target: Target | None = None
        self.session: Session | None = None
        self.summary = None         # the data summary found at start-up (column descriptions, for display)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="c2q-start")
        self._future: Future | None = None
        self._again = False         # a failed start-up is tried again at the next wait
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
        if self._session_name or self._batch:
            self._set("opening a session…")
            self.open_named(self._session_name or BATCH_SESSION, reset=not self._session_name)
        else:
            self._set("ready · the first question starts a session")

    # sessions: the backend is the one place that switches them ---------------------------
    def _use(self, session: Session | None, resumed: bool = False, notify: bool = True) -> Session | None:
        self.session = session
        if session is None:
            self._set("ready · the next question starts a new session")
        else:
            name = session_title(session.name, 32) if session.name else ""
            self._set(f"session {session.session_id}" + (f" · {name}" if name else ""))
        if notify:
            self.on_session(session, resumed)
        return session

    def _here(self, s: Session) -> bool:
        t = self.target
        return (not s.database or s.database == t.database) and (not s.cluster_id or s.cluster_id == t.cluster_id)

    def sessions(self) -> list[Session]:
        """This database's sessions, most recent first."""
        return sorted((s for s in self.client.sessions() if self._here(s)), key=lambda s: -s.updated_at)

    def new_session(self, name: str = "") -> Session | None:
        """Switch to a new session: created now when named, else by the next question (which
        names it). ApiError if the service says no."""
        if not name:
            return self._use(None)
        t = self.target
        return self._use(self.client.create_session(t.cluster_id, t.database, name))

    def resume(self, session_id: int) -> Session:
        """Make an existing session the current one; returns it with its messages."""
        return self._use(self.client.session(session_id), resumed=True)

    def open_named(self, name: str, reset: bool = False) -> Session:
        """The latest session called `name` (its context cleared when `reset`), or a new one."""
        try:
            found = [s for s in self.sessions() if s.name == name]
        except Unreachable:
            raise
        except ApiError:
            found = []          # listing may not be offered; a new session will do
        if not found:
            t = self.target
            return self._use(self.client.create_session(t.cluster_id, t.database, name))
        if reset:
            try:
                return self._use(self.client.reset_session(found[0].session_id))
            except (Unreachable, AuthError):
                raise
            except ApiError:        # no reset on this service: a fresh session of that name
                t = self.target
                return self._use(self.client.create_session(t.cluster_id, t.database, name))
        return self._use(self.client.session(found[0].session_id), resumed=True)

    def rename(self, name: str) -> Session:
        s = self.client.rename_session(self.session.session_id, name)
        return self._use(s, notify=False)

    def chat(self, question: str, mode: str, feedback_answer_id: str = "", feedback_task_id: str = "") -> str:
        """Send a question as the next round of the current session (opened now, named by the
        question, when there is none); returns the job id."""
        if self.session is None:
            t = self.target
            self._use(self.client.create_session(t.cluster_id, t.database, session_title(question)), notify=False)
        return self.client.chat(self.session.session_id, question, mode, feedback_answer_id, feedback_task_id)

    def ensure_summary(self) -> None:
        """A data summary must be done before questions; build one (reusing any) when needed."""
        t, c = self.target, self.client
        try:
            summaries = c.data_summaries(t.cluster_id, t.database)
        except Unreachable:
            raise
        except ApiError:
            summaries = []          # listing is not documented for TiDB Cloud; fall through to create
        self.summary = next((s for s in summaries if s.status == "done"), None)
        if self.summary is not None:
            return
        self._set("building the data summary…")
        _sid, job = c.create_data_summary(t.cluster_id, t.database, reuse=True)
        c.wait(job, timeout=max(self.job_timeout, 600), cancel=self.cancel)

    def ready(self, timeout: float | None = None) -> None:
        """Wait for start-up; re-raises its error (the caller shows it). After a failed start-up
        that retry() marked, the next wait starts again."""
        if self._future is None or self._again:
            self._again = False
            self.start()
        self._future.result(timeout)

    @property
    def started(self) -> bool:
        return self._future is not None and self._future.done() and self._future.exception() is None

    def retry(self) -> None:
        """Start again after a failed start-up (a dead server, say) — when the next question asks,
        not now: meanwhile the toolbar keeps saying why the shell is not connected."""
        if self._future is not None and self._future.done() and self._future.exception() is not None:
            self._again = True

    def close(self) -> None:
        self.cancel.set()
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self.target is not None and self.target.stop:
            self.target.stop()
