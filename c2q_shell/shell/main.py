"""Run the shell in one mode (interactive or batch) and return the exit code."""
from __future__ import annotations

import sys
from typing import Callable

from ..config import Settings, config_dir
from ..render.theme import ThemeError, load_theme, make_style
from .backend import Backend, Target
from .output import Printer
from .state import ShellState

EXIT_OK, EXIT_ROUND_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def run(args, settings: Settings, connect: Callable[[], Target]) -> int:
    user_themes = config_dir() / "themes"
    style = None
    printer = Printer(None, settings.color)
    printer.pager = settings.pager
    for w in settings.warnings:
        printer.warn(f"config: {w}")
    if settings.color:
        try:
            style = make_style(load_theme(settings.theme, user_themes))
        except ThemeError as e:
            printer.warn(f"{e}; using the default theme")
            settings.theme = "dark"
            style = make_style(load_theme("dark", user_themes))
    printer.style = style
    batch_questions = list(args.execute or [])
    piped = not batch_questions and not sys.stdin.isatty()
    batch = bool(batch_questions) or piped
    if batch and not args.format and not settings.format_from_user:
        settings.format = "table" if sys.stdout.isatty() else "tsv"
    if settings.format not in ("table", "vertical", "csv", "tsv", "json", "markdown") and \
            settings.format not in _known_formats():
        printer.error(f"unknown format '{settings.format}'; choose from: {', '.join(_known_formats())}")
        return EXIT_USAGE
    state = ShellState.from_settings(settings)
    feed, replay = None, bool(getattr(args, "replay", None))
    if getattr(args, "script", None) or replay:
        from pathlib import Path

        from .feed import FeedError, Replay, Script
        try:
            feed = Replay.load(Path(args.replay)) if args.replay else Script.load(Path(args.script))
        except FeedError as e:
            printer.error(str(e))
            return EXIT_USAGE
    if replay:
        from .feed import OfflineBackend
        backend = OfflineBackend(feed.database)
    else:
        backend = Backend(connect, session_name=getattr(args, "session", None) or "",
                          job_timeout=settings.job_timeout, batch=batch)
    from .repl import Shell
    shell = Shell(state, backend, printer, style, user_themes)
    try:
        if batch and replay:        # not a terminal: play every round, then stop
            while feed.pos < len(feed.rounds):
                feed.play(shell)
            return EXIT_OK
        if batch:
            backend.start()
            from .batch import run_batch
            lines = batch_questions or (feed.lines if feed else sys.stdin.read().splitlines())
            return run_batch(shell, lines, sql_only=args.sql_only)
        shell.feed = feed
        if replay:
            feed.follow_mode(shell)
        return interactive(shell, settings)
    except KeyboardInterrupt:
        printer.clear_spinner()
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`c2q -e … | head`): stop quietly, as other Unix tools do
        _silence_stdout()
        return EXIT_OK
    finally:
        backend.close()


def _known_formats() -> list[str]:
    # tabulate is imported only for a format not built in
    from ..render.table import known_formats
    return known_formats()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    import os
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def interactive(shell, settings: Settings) -> int:
    shell.printer.interactive = True
    import signal
    # Ctrl-C cancels a round in flight, even when c2q was started from a shell that ignores
    # SIGINT for its background jobs (the disposition is inherited through exec)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    shell.make_session(settings.history_file)
    if shell.feed is not None:
        from .feed import Replay, Script
        if isinstance(shell.feed, Replay):
            f = shell.feed
            say(shell.printer, f"Replaying {f.name}: {len(f.rounds)} rounds on {f.database or 'a database'}, offline. "
                               "Enter plays the next round; Ctrl-C empties the prompt for \\show, \\sql, \\diff on "
                               "what was played; Ctrl-D leaves.")
            return shell.loop()
        if isinstance(shell.feed, Script):
            say(shell.printer, f"Script {shell.feed.name}: {len(shell.feed.lines)} lines. Each prompt holds the next "
                               "one: edit it or press Enter. Ctrl-C empties the prompt for a question of your own.")
    shell.printer.info("\n".join(welcome(settings, shell.printer.width)))
    return shell.loop()


def say(printer, text: str) -> None:
    """An info line wrapped between words to the terminal's width."""
    for line in wrap(text, printer.width):
        printer.info(line)


def wrap(text: str, columns: int) -> list[str]:
    from ..render.text import words
    return words(text, max(20, columns - 1))


def welcome(settings: Settings, columns: int) -> list[str]:
    """The welcome lines, wrapped at word boundaries to the terminal's width."""
    text = []
    if settings.embedded:
        # the one line that says what c2q does on its own; it starts while the prompt is shown
        what = "the sp500insight demo database" if not settings.db_urls else ", ".join(settings.db_urls)
        text.append(f"No endpoint configured: starting a local Chat2Query server on 127.0.0.1 with "
                    f"{what} (one-time keys).")
    text.append("Ask a question about your data, or \\help. F2 switches direct / auto_breakdown.")
    return [w for t in text for w in wrap(t, columns)]
