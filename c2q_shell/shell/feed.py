"""Prepared input for demos. A feed pre-fills each prompt and may take the line the user sends:

- Script (`c2q --script FILE`): the next prepared question waits in the prompt, editable;
  Enter sends it. Ctrl-C empties the prompt for a question of one's own, and the prepared one
  comes back after it.
- Replay (`c2q --replay FILE.json`): a conversation written by `\\export conversation` played
  back offline, a round per Enter, through an OfflineBackend that needs no server; commands
  that only read rounds (\\show, \\sql, \\diff, \\history, \\export) work on what was played."""
from __future__ import annotations

from pathlib import Path

from ..api.errors import ApiError
from .backend import Backend, Target
from .export import ExportError, answers_of, plural, read_conversation
from .rounds import show
from .state import Round


class FeedError(Exception):
    """A script or recording that cannot be used; the message says why."""


def typed_command(shell, line: str, offered: str) -> bool:
    """A command typed after the pre-filled text (`question\\history`): run it, keep the offer."""
    text = line.strip()
    rest = text[len(offered):].strip() if offered and text.startswith(offered) else ""
    if rest and shell.commands.is_command(rest):
        shell.commands.run(shell, rest)
        return True
    return False


class Script:
    def __init__(self, lines: list[str], name: str = "script"):
        self.lines = lines
        self.name = name
        self.pos = 0
        self._offered = ""
        self._skip = False

    @classmethod
    def load(cls, path: Path) -> Script:
        """One question or command a line; blank lines and lines starting with # are skipped."""
        try:
            text = path.read_text(encoding="utf-8-sig")     # a BOM from a Windows editor is not a question
        except OSError as e:
            raise FeedError(f"cannot read the script {path}: {e.strerror}") from None
        except UnicodeDecodeError:
            raise FeedError(f"the script {path} is not UTF-8 text") from None
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line and not line.startswith("#")]
        if not lines:
            raise FeedError(f"the script {path} has no questions (one a line; # starts a comment)")
        return cls(lines, path.name)

    def default(self) -> str:
        if self._skip:
            self._skip = False
            self._offered = ""
        else:
            self._offered = self.lines[self.pos] if self.pos < len(self.lines) else ""
        return self._offered

    def interrupted(self) -> None:
        self._skip = bool(self._offered)       # Ctrl-C on a pre-filled prompt: an empty one next

    def take(self, shell, line: str) -> bool:
        if typed_command(shell, line, self._offered):
            self._skip = False
            return True
        if line.strip() and self._offered:
            self.pos += 1                      # sent, as written or as edited
            self._offered = ""
        return False                           # the shell asks it (or runs the command) as usual

    def status(self) -> str:
        if self.pos >= len(self.lines):
            return f"{self.name}: done"
        return f"{self.name}: {self.pos + 1}/{len(self.lines)}"


class OfflineClient:
    """Stands in for the API client during a replay: every call is refused, in one line."""
    rate: dict = {}

    def __getattr__(self, name: str):
        def refuse(*args, **kwargs):
            raise ApiError("not available in an offline replay (no server)")
        return refuse


class OfflineBackend(Backend):
    """A backend that is ready at once and reaches no server."""

    def __init__(self, database: str):
        super().__init__(lambda: Target("", "", "", "", database))
        self.target = Target("offline", "", "", "", database)
        self.client = OfflineClient()
        self.status = "offline replay"

    def start(self) -> None:
        pass

    @property
    def begun(self) -> bool:
        return True

    @property
    def started(self) -> bool:
        return True

    def ready(self, timeout: float | None = None) -> None:
        return None

    def close(self) -> None:
        self._pool.shutdown(wait=False)


class Replay:
    def __init__(self, rounds: list[Round], doc: dict, name: str):
        self.rounds = rounds
        self.doc = doc
        self.name = name
        self.pos = 0
        self._skip = False

    @classmethod
    def load(cls, path: Path) -> Replay:
        try:
            doc, rounds = read_conversation(path)
        except ExportError as e:
            raise FeedError(str(e)) from None
        if not rounds:
            raise FeedError(f"the recording {path} has no rounds")
        return cls(rounds, doc, path.name)

    @property
    def database(self) -> str:
        return str(self.doc.get("database") or "")

    def default(self) -> str:
        if self._skip or self.pos >= len(self.rounds):
            self._skip = False
            return ""
        return self.rounds[self.pos].question

    def interrupted(self) -> None:
        self._skip = True

    def take(self, shell, line: str) -> bool:
        text = line.strip()
        if text and (shell.commands.is_command(text) or text.lower() in ("quit", "exit")):
            return False
        if self.pos < len(self.rounds) and typed_command(shell, line, self.rounds[self.pos].question):
            return True
        if self.pos >= len(self.rounds):
            shell.printer.info(f"that was the last of {plural(len(self.rounds), 'round')}; Ctrl-D leaves")
            return True
        if text and text != self.rounds[self.pos].question:
            shell.printer.warn("an offline replay sends no questions: Enter plays the next recorded round")
            return True
        self.play(shell)
        return True

    def play(self, shell) -> None:
        r = self.rounds[self.pos]
        self.pos += 1
        shell.state.rounds.append(r)
        show(shell.state, shell.printer, r)
        counts = self._counts(r)
        kept = [len(a.rows) for a in answers_of(r.result)]
        if any(c > k for c, k in zip(counts, kept)):
            shell.printer.info(f"(the recording keeps the first {plural(max(kept), 'row')} of {max(counts)})")
        self.follow_mode(shell)

    def follow_mode(self, shell) -> None:
        """The prompt shows the mode the next recorded round was asked in."""
        if self.pos < len(self.rounds):
            shell.state.mode = self.rounds[self.pos].mode

    def _counts(self, r: Round) -> list[int]:
        items = self.doc.get("rounds") or []
        item = next((x for x in items if isinstance(x, dict) and x.get("number") == r.number), {})
        return [int(c) for c in item.get("row_counts") or [] if isinstance(c, int)]

    def status(self) -> str:
        return f"{self.name}: {self.pos}/{len(self.rounds)} played"
