"""One round: send the question, wait for the job with a spinner, show breakdown sub-tasks as
they arrive, render the answer. Shared by the REPL and batch mode."""
from __future__ import annotations

import queue
import threading
import time
from typing import TYPE_CHECKING, Callable, TypeVar

from ..api.errors import ApiError, AuthError, Cancelled, JobFailed, JobTimeout, RateLimited, Unreachable
from ..api.models import Answer, Breakdown, Job
from ..render import answer as render
from .output import Printer
from .state import Round, ShellState

if TYPE_CHECKING:
    from .backend import Backend

FIRST_POLL = 0.02                 # seconds before the second poll; each later wait is 1.6x longer

T = TypeVar("T")


def wait_for(printer: Printer, work: Callable[[], T], label: Callable[[], str], started: float | None = None,
             on_idle: Callable[[], None] | None = None) -> T:
    """Run `work` (HTTP calls that may each take seconds) in a worker thread while this thread
    keeps a spinner with the elapsed time and a Ctrl-C hint on screen from the first moment;
    returns its value or raises its error. Ctrl-C raises KeyboardInterrupt here at once (the
    worker is abandoned; a cancel event passed to it stops its polling)."""
    started = time.monotonic() if started is None else started
    box: dict = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as e:      # handed to the waiting thread
            box["error"] = e
        finally:
            done.set()

    threading.Thread(target=run, name="c2q-wait", daemon=True).start()
    try:
        while not done.wait(0.1):
            if on_idle:
                on_idle()
            printer.tick(label(), time.monotonic() - started)
    finally:
        printer.clear_spinner()
    if "error" in box:
        raise box["error"]
    return box["value"]


def view(state: ShellState, printer: Printer, sql: bool = True) -> render.View:
    return render.View(format=state.format, rows=state.rows, max_cell=state.settings.max_cell,
                       width=printer.width, timing=state.timing, sql=sql, chart=state.chart,
                       numbers=state.settings.numbers, fractions=printer.fractions)


def fractions(backend: Backend | None) -> frozenset:
    """Columns the data summary found at start-up describes as fractions (shown as %)."""
    summary = getattr(backend, "summary", None)
    if summary is None:
        return frozenset()
    from ..render.table import fraction_columns
    return fraction_columns({c: d for t in summary.tables for c, d in t.columns.items()})


def wait_ready(backend: Backend, printer: Printer) -> bool:
    """Block until start-up finished; False (after saying why) when it failed."""
    start = time.monotonic()
    while True:
        try:
            backend.ready(timeout=0.1)
            printer.clear_spinner()
            return True
        except TimeoutError:
            printer.tick(backend.status, time.monotonic() - start)
        except KeyboardInterrupt:
            printer.clear_spinner()
            printer.warn("still starting; the question was not sent")
            return False
        except Exception as e:     # start-up failed: say why in one line, allow a retry later
            printer.clear_spinner()
            printer.error(f"cannot start: {describe_error(e)}")
            backend.retry()
            return False


def describe_error(e: Exception) -> str:
    if isinstance(e, AuthError):
        return (f"{e} (check the public key, --public-key or C2Q_PUBLIC_KEY, and the private key in "
                "C2Q_PRIVATE_KEY or the variable --private-key-env names)")
    if isinstance(e, RateLimited):
        return str(e)
    if isinstance(e, (AuthError, Unreachable, JobTimeout, ApiError)):
        return str(e)
    return f"{type(e).__name__}: {e}"


def ask(state: ShellState, backend: Backend, printer: Printer, question: str, feedback_of: Round | None = None,
        feedback_task: str = "", mode: str | None = None, sql_only: bool = False, quiet: bool = False) -> Round:
    """Ask one question as the next round; returns the Round (its `error` set on failure)."""
    ready = wait_ready(backend, printer)    # first: start-up may bring a resumed session's rounds
    rnd = Round(state.next_number(), question, mode or state.mode,
                feedback_of=feedback_of.number if feedback_of else None)
    if not ready:
        rnd.error = "not connected"
        return rnd
    printer.fractions = fractions(backend)
    shown: set[str] = set()
    started = time.monotonic()
    headed = [False]
    events: queue.SimpleQueue = queue.SimpleQueue()
    stage = ["sending…"]

    def progress(job: Job) -> None:
        stage[0] = "thinking…"
        res = job.answer
        if isinstance(res, Breakdown) and not (sql_only or quiet):
            events.put(res)            # shown by the main thread, which owns the terminal

    def show_progress() -> None:
        while True:
            try:
                res = events.get_nowait()
            except queue.Empty:
                return
            rnd.result = res
            if not headed[0]:
                printer.page(render.breakdown_head(rnd, printer.width))
                headed[0] = True
            for n, sub in enumerate(res.sub_tasks, 1):
                if sub.status in ("done", "failed") and sub.task_id not in shown:
                    shown.add(sub.task_id)
                    printer.page(render.subtask(n, sub, view(state, printer)))

    cancel = threading.Event()

    def work() -> Job:
        rnd.job_id = backend.chat(question, rnd.mode, feedback_of.job_id if feedback_of else "", feedback_task)
        stage[0] = "thinking…"
        from ..api.client import backoff_delays
        # the first polls come quickly (a simple round on a local server is done in tens of ms),
        # then back off to the client's cap
        return backend.client.wait(rnd.job_id, timeout=state.settings.job_timeout, cancel=cancel,
                                   on_progress=progress, delays=backoff_delays(FIRST_POLL))

    try:
        job = wait_for(printer, work, lambda: stage[0], started, on_idle=show_progress)
        show_progress()
        rnd.result = job.answer
    except (Cancelled, KeyboardInterrupt):
        cancel.set()
        printer.clear_spinner()
        rnd.error = "cancelled"
        printer.warn(f"[{rnd.number}] cancelled; the session goes on")
        state.rounds.append(rnd)
        return rnd
    except JobFailed as e:
        show_progress()
        rnd.result = e.job.answer if e.job is not None else None
        rnd.error = e.message
    except (ApiError, OSError) as e:
        rnd.error = describe_error(e)
    rnd.elapsed = time.monotonic() - started
    state.last_elapsed = rnd.elapsed
    printer.clear_spinner()
    state.rounds.append(rnd)
    show(state, printer, rnd, sql_only=sql_only, shown=shown, headed=headed[0], quiet=quiet)
    return rnd


def show(state: ShellState, printer: Printer, rnd: Round, sql_only: bool = False, shown: set | None = None,
         headed: bool = False, quiet: bool = False) -> None:
    """Render a round: answers on stdout, errors on stderr."""
    if sql_only:
        text = render.sql_only(rnd)
        if text:
            printer.text(text)
    elif quiet:
        _data_only(state, printer, rnd)
    elif isinstance(rnd.result, Breakdown) and (headed or shown):
        # sub-tasks already printed while the job ran are not printed again
        printer.page(([] if headed else render.breakdown_head(rnd, printer.width)) +
                    render.breakdown_body(rnd.result, view(state, printer), shown or frozenset()) +
                    ([("class:info", f"{rnd.elapsed:.2f} s\n")] if state.timing and rnd.elapsed else []))
    elif rnd.result is not None:
        printer.page(_laid_out(state, printer, lambda: render.render_round(rnd, view(state, printer)), rnd.result))
    if quiet:
        return                      # _data_only said what failed
    if rnd.error:
        where = f"[{rnd.number}] " if not rnd.result else ""
        printer.error(f"{where}error: {reason(rnd)}")
    elif isinstance(rnd.result, Answer) and rnd.result.sql_error:
        printer.error(f"[{rnd.number}] SQL error: {rnd.result.sql_error}")


BIG_RESULT = 20_000        # rows shown at once (\\rows 0) from which laying them out gets a spinner


def _laid_out(state: ShellState, printer: Printer, make: Callable[[], T], result) -> T:
    """Rendering a result: with `\\rows 0` a big one takes a while (about 1 s for 100,000
    rows), so it is done in a worker while the spinner says so; Ctrl-C abandons it."""
    answers = result.sub_tasks if isinstance(result, Breakdown) else [result] if isinstance(result, Answer) else []
    total = sum(len(a.rows) for a in answers)
    if state.rows != 0 or total < BIG_RESULT:
        return make()
    return wait_for(printer, make, lambda: f"laying out {total:,} rows…")


def _data_only(state: ShellState, printer: Printer, rnd: Round) -> None:
    """Machine formats in batch mode: only the rows go to stdout, every digit. Each result set
    (an answer, or each sub-task of a breakdown) is its own block: csv and tsv blocks have their
    own header line and are separated by one empty line; json writes one document per round (a
    breakdown is an array of {"task", "sql", "columns", "rows"} objects, one per sub-task)."""
    from ..render import table
    res = rnd.result
    answers = res.sub_tasks if isinstance(res, Breakdown) else [res] if isinstance(res, Answer) else []
    answers = [a for a in answers if a.columns]
    if state.format == "json" and isinstance(res, Breakdown) and answers:
        parts = [f'  {{"task": {_js(a.clarified_task)}, "sql": {_js(a.sql)}, "columns": {_js(a.columns)},\n'
                 f'   "rows": {table.json_rows(a.columns, a.rows, a.types, "   ").lstrip()}}}' for a in answers]
        printer.text("[\n" + ",\n".join(parts) + "\n]")
        answers = []
    for a in answers:
        if printer.blocks and state.format != "json":
            printer.text("")              # an empty line between result sets
        printer.text(table.machine(a.columns, a.rows, state.format, a.types).rstrip("\n"))
        printer.blocks += 1
    if rnd.error:
        printer.error(f"[{rnd.number}] error: {reason(rnd)}")
    elif isinstance(res, Answer) and res.sql_error:
        printer.error(f"[{rnd.number}] SQL error: {res.sql_error}")
    elif isinstance(res, Breakdown):
        for n, sub in enumerate(res.sub_tasks, 1):
            if sub.sql_error:
                printer.error(f"[{rnd.number}.{n}] SQL error: {sub.sql_error}")


ECHO_CHARS = 120         # of a long question that an error message repeats


def reason(rnd: Round) -> str:
    """Why a round failed, with the question it echoes (a decline's "Could not answer '…'") cut
    to its first ECHO_CHARS characters: the question is on the screen already."""
    question = rnd.question.strip()
    if len(question) > ECHO_CHARS and question in rnd.error:
        return rnd.error.replace(question, question[:ECHO_CHARS].rstrip() + "…")
    return rnd.error


def _js(v) -> str:
    import json
    return json.dumps(v, ensure_ascii=False)
