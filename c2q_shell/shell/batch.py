"""Batch mode: `-e QUESTION`... or questions piped on stdin, one per line, as rounds of one
session. Lines starting with \\ or / are meta-commands; blank lines and # comments are skipped."""
from __future__ import annotations

from .rounds import ask

EXIT_OK, EXIT_ROUND_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def run_batch(shell, lines: list[str], sql_only: bool = False) -> int:
    failed = False
    machine = shell.state.format in ("csv", "tsv", "json")
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if shell.commands.is_command(text):
            failed |= not shell.commands.run(shell, text)     # a failed command fails the run, as a round does
            if not shell.state.running:
                break
            continue
        rnd = ask(shell.state, shell.backend, shell.printer, text, sql_only=sql_only, quiet=machine and not sql_only)
        if rnd.error == "not connected":
            return EXIT_ROUND_FAILED
        if rnd.error == "cancelled":
            return EXIT_INTERRUPTED
        failed |= bool(rnd.error) or _sql_failed(rnd)
    return EXIT_ROUND_FAILED if failed else EXIT_OK


def _sql_failed(rnd) -> bool:
    from ..api.models import Answer, Breakdown
    if isinstance(rnd.result, Answer):
        return bool(rnd.result.sql_error)
    if isinstance(rnd.result, Breakdown):
        return any(s.sql_error for s in rnd.result.sub_tasks)
    return rnd.result is None
