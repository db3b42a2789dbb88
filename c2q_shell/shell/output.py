"""Where the shell's text goes: answers to stdout (through a pager when they do not fit the
terminal, as the dbcli tools do), errors and progress to stderr, never paged; colour only when
it is on and the stream is a terminal."""
from __future__ import annotations

import os
import shutil
import sys
import time
from typing import Callable

from ..render.text import Fragments, cut, plain, width, words
from .interrupts import LINES_PER_CHUNK, HeldInterrupt, OutputInterrupted, line_chunks

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
PAGER_MODES = ("auto", "always", "off")
RESERVED_LINES = 3          # the prompt, the bottom toolbar and one line of air


class Printer:
    def __init__(self, style=None, color: bool = True, out=None, err=None):
        self.style = style
        self.color = color
        self.out_stream = out or sys.stdout
        self.err_stream = err or sys.stderr
        self._spin = 0
        self._spinning = False
        self._last_tick = 0.0
        self.pager = "auto"         # auto | always | off
        self.interactive = False    # pages only in the interactive shell, never in batch mode
        self.fractions: frozenset = frozenset()   # columns described as fractions, shown as %
        self.blocks = 0             # result sets written in a machine format (batch separates them)
        self.status: Callable[[], str] | None = None     # the toolbar's text, kept on screen while waiting

    @property
    def width(self) -> int:
        return max(40, shutil.get_terminal_size((120, 24)).columns)

    def _tty(self, stream) -> bool:
        try:
            return stream.isatty()
        except (AttributeError, ValueError):
            return False

    def _write(self, frags: Fragments, stream) -> None:
        """Results (stdout) are written a few hundred lines at a time: Ctrl-C stops them at the end
        of a line and raises OutputInterrupted (see interrupts.py)."""
        self.clear_spinner()
        if stream is not self.out_stream:
            self._emit(frags, stream)
            return
        with HeldInterrupt() as held:
            for chunk in line_chunks(frags):
                self._emit(chunk, stream)
                if held.hit:
                    break
        if held.hit:
            raise OutputInterrupted()

    def _emit(self, frags: Fragments, stream) -> None:
        if self.color and self.style is not None and self._tty(stream):
            from prompt_toolkit import print_formatted_text
            from prompt_toolkit.formatted_text import FormattedText
            print_formatted_text(FormattedText(frags), style=self.style, end="", file=stream)
        else:
            stream.write(plain(frags))
        stream.flush()

    def out(self, frags: Fragments) -> None:
        """Everything the shell prints on stdout (results, \\summary, \\history, \\diff, \\help)
        goes through the pager when it is on (see page)."""
        self.page(frags)

    def err(self, frags: Fragments) -> None:
        self._write(frags, self.err_stream)

    def text(self, s: str) -> None:
        self.out([("", s if s.endswith("\n") else s + "\n")])

    def info(self, s: str) -> None:
        self.err([("class:info", s.rstrip("\n") + "\n")])

    def warn(self, s: str) -> None:
        self.err([("class:warning", self._fit(s.rstrip("\n")) + "\n")])

    def error(self, s: str) -> None:
        self.err([("class:error", self._fit(s.rstrip("\n")) + "\n")])

    def _fit(self, s: str) -> str:
        """On a terminal, a long message wraps between words (the terminal would cut a word in
        two); anywhere else it stays one line per line, for whoever reads the stream."""
        if not self._tty(self.err_stream) or all(width(line) < self.width for line in s.split("\n")):
            return s
        return "\n".join("\n".join(words(line, self.width - 1) or [""]) for line in s.split("\n"))

    # paging -------------------------------------------------------------------------------
    def page(self, frags: Fragments) -> None:
        """A result: through $PAGER when paging is on and it does not fit the terminal (auto),
        or always; straight to stdout otherwise, and always when stdout is not a terminal."""
        if not frags:
            return
        if self.pager == "off" or not self.interactive or not self._tty(self.out_stream):
            self._write(frags, self.out_stream)
            return
        text = plain(frags)
        size = shutil.get_terminal_size((120, 24))
        if self.pager == "auto" and not _overflows(text, size.columns, size.lines - RESERVED_LINES):
            self._write(frags, self.out_stream)
            return
        self.clear_spinner()
        with HeldInterrupt() as held:
            paged = run_pager(self._ansi(frags) if self.color and self.style is not None else text, held)
        if held.hit:
            # the pager may have been stopped in the middle of a line (of a character, even):
            # the prompt starts on a line of its own, in the default colours
            self.out_stream.write("\x1b[0m\n" if self._tty(self.out_stream) else "\n")
            self.out_stream.flush()
            raise OutputInterrupted()
        if not paged:
            self._write(frags, self.out_stream)

    def _ansi(self, frags: Fragments) -> str:
        """The fragments as text with the theme's colours as ANSI sequences (for less -R)."""
        import io

        from prompt_toolkit import print_formatted_text
        from prompt_toolkit.data_structures import Size
        from prompt_toolkit.formatted_text import FormattedText
        from prompt_toolkit.output.vt100 import Vt100_Output
        buf = io.StringIO()
        size = shutil.get_terminal_size((120, 24))
        out = Vt100_Output(buf, lambda: Size(size.lines, size.columns), term=os.environ.get("TERM"))
        print_formatted_text(FormattedText(frags), style=self.style, end="", output=out)
        return buf.getvalue()

    # a spinner with elapsed time, on stderr, only on a terminal -----------------------------
    def tick(self, label: str, elapsed: float) -> None:
        if not self._tty(self.err_stream):
            return
        now = time.monotonic()
        if now - self._last_tick < 0.08:
            return
        self._last_tick = now
        self._spin = (self._spin + 1) % len(SPINNER)
        cols = self.width
        line = f"{SPINNER[self._spin]} {label} {elapsed:4.1f} s · Ctrl-C cancels"
        # the spinner, and the toolbar under it (the prompt's toolbar is gone while a round runs)
        text = ("" if self._spinning else "\x1b[?25l") + "\r\x1b[K" + cut(line, cols - 1)[0]
        bar = self.status() if self.status and self.interactive else ""
        if bar:
            bar = cut(bar, cols - 1)[0]         # by display width: a wrapped line would misplace both
            text += "\n\r\x1b[K\x1b[7m" + bar + " " * max(0, cols - 1 - width(bar)) + "\x1b[0m\x1b[1A\r"
        self.err_stream.write(text)
        self.err_stream.flush()
        self._spinning = True

    def clear_spinner(self) -> None:
        if self._spinning:
            self.err_stream.write("\r\x1b[J\x1b[?25h")
            self.err_stream.flush()
            self._spinning = False


def _overflows(text: str, columns: int, lines: int) -> bool:
    """Whether text needs more than `lines` terminal lines of `columns` cells."""
    used = 0
    for line in text.splitlines():
        used += max(1, -(-width(line) // max(1, columns)))
        if used > lines:
            return True
    return False


def pager_command() -> list[str]:
    import shlex
    return shlex.split(os.environ.get("PAGER") or "less") or ["less"]


def run_pager(text: str, held: HeldInterrupt | None = None) -> bool:
    """Pipe text through the pager ($PAGER, else less; LESS=-FRSX when LESS is unset). False when
    no pager could be started (the caller prints directly). With `held`, the text goes a few
    hundred lines at a time and stops at a line's end once Ctrl-C was pressed."""
    import subprocess
    env = dict(os.environ)
    if "LESS" not in env:
        env["LESS"] = "-FRSX"
    try:
        proc = subprocess.Popen(pager_command(), stdin=subprocess.PIPE, env=env, encoding="utf-8",
                                errors="replace")
    except (OSError, ValueError):
        return False
    try:
        lines = text.splitlines(keepends=True)
        for start in range(0, len(lines), LINES_PER_CHUNK):
            proc.stdin.write("".join(lines[start:start + LINES_PER_CHUNK]))
            if held is not None and held.hit:
                break
    except (BrokenPipeError, OSError, KeyboardInterrupt):
        pass                      # the user left the pager early, or pressed Ctrl-C while it read
    try:
        proc.stdin.close()
    except (BrokenPipeError, OSError):
        pass
    while True:
        try:
            proc.wait()
            return True
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager while it runs
            continue
