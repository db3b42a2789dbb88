"""Ctrl-C while a long result is being written: the output stops at the end of a line (never in
the middle of a UTF-8 character or a colour sequence), and then the interrupt goes on as
OutputInterrupted, which the shell reports as one short note."""
from __future__ import annotations

import signal
import threading
from typing import Iterator

from ..render.text import Fragments

LINES_PER_CHUNK = 200        # written at once between two looks at Ctrl-C


class OutputInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped a result being written; the result itself is kept (\\show, \\export)."""


class HeldInterrupt:
    """While in use (on the main thread), SIGINT is noted in `hit` instead of raised, so a write
    in progress finishes its chunk; elsewhere it changes nothing."""

    def __init__(self) -> None:
        self.hit = False
        self._previous = None

    def __enter__(self) -> HeldInterrupt:
        if threading.current_thread() is threading.main_thread():
            try:
                self._previous = signal.signal(signal.SIGINT, self._note)
            except (ValueError, OSError):
                self._previous = None
        return self

    def _note(self, signum, frame) -> None:
        self.hit = True

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def line_chunks(frags: Fragments, lines: int = LINES_PER_CHUNK) -> Iterator[Fragments]:
    """The fragments in pieces of about `lines` lines, each piece ending at the end of a line."""
    chunk: Fragments = []
    count = 0
    for style, text in frags:
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            if piece or not last:
                chunk.append((style, piece if last else piece + "\n"))
            if not last:
                count += 1
                if count >= lines:
                    yield chunk
                    chunk, count = [], 0
    if chunk:
        yield chunk
