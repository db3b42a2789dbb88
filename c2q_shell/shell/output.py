"""Where the shell's text goes: answers to stdout, errors and progress to stderr; colour only
when it is on and the stream is a terminal."""
from __future__ import annotations

import shutil
import sys
import time

from ..render.text import Fragments, plain

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


class Printer:
    def __init__(self, style=None, color: bool = True, out=None, err=None):
        self.style = style
        self.color = color
        self.out_stream = out or sys.stdout
        self.err_stream = err or sys.stderr
        self._spin = 0
        self._spinning = False
        self._last_tick = 0.0

    @property
    def width(self) -> int:
        return max(40, shutil.get_terminal_size((120, 24)).columns)

    def _tty(self, stream) -> bool:
        try:
            return stream.isatty()
        except (AttributeError, ValueError):
            return False

    def _write(self, frags: Fragments, stream) -> None:
        self.clear_spinner()
        if self.color and self.style is not None and self._tty(stream):
            from prompt_toolkit import print_formatted_text
            from prompt_toolkit.formatted_text import FormattedText
            print_formatted_text(FormattedText(frags), style=self.style, end="", file=stream)
        else:
            stream.write(plain(frags))
        stream.flush()

    def out(self, frags: Fragments) -> None:
        self._write(frags, self.out_stream)

    def err(self, frags: Fragments) -> None:
        self._write(frags, self.err_stream)

    def text(self, s: str) -> None:
        self.out([("", s if s.endswith("\n") else s + "\n")])

    def info(self, s: str) -> None:
        self.err([("class:info", s.rstrip("\n") + "\n")])

    def warn(self, s: str) -> None:
        self.err([("class:warning", s.rstrip("\n") + "\n")])

    def error(self, s: str) -> None:
        self.err([("class:error", s.rstrip("\n") + "\n")])

    # a spinner with elapsed time, on stderr, only on a terminal -----------------------------
    def tick(self, label: str, elapsed: float) -> None:
        if not self._tty(self.err_stream):
            return
        now = time.monotonic()
        if now - self._last_tick < 0.08:
            return
        self._last_tick = now
        self._spin = (self._spin + 1) % len(SPINNER)
        self.err_stream.write(f"\r{SPINNER[self._spin]} {label} {elapsed:4.1f} s (Ctrl-C cancels)\x1b[K")
        self.err_stream.flush()
        self._spinning = True

    def clear_spinner(self) -> None:
        if self._spinning:
            self.err_stream.write("\r\x1b[K")
            self.err_stream.flush()
            self._spinning = False
