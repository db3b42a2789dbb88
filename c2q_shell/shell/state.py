"""What the shell remembers between lines: mode, display toggles and the numbered rounds."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..api.models import Answer, Breakdown, Result, Session
from ..config import Settings


@dataclass
class Round:
    """One question asked in the shell and what came back."""
    number: int
    question: str
    mode: str
    job_id: str = ""
    result: Result | None = None
    error: str = ""
    elapsed: float = 0.0
    feedback_of: int | None = None
    revises_task: int | None = None   # the sub-task K of round `feedback_of` it revises (\\refine N.K)


@dataclass
class ShellState:
    settings: Settings
    mode: str = "direct"
    format: str = "table"
    rows: int = 50
    theme: str = "dark"
    timing: bool = True
    chart: bool = True
    rounds: list[Round] = field(default_factory=list)
    last_elapsed: float = 0.0
    running: bool = True

    @classmethod
    def from_settings(cls, s: Settings) -> ShellState:
        return cls(settings=s, mode=s.mode, format=s.format, rows=s.rows, theme=s.theme, timing=s.timing,
                   chart=s.chart)

    def next_number(self) -> int:
        return (self.rounds[-1].number + 1) if self.rounds else 1

    def round(self, n: int) -> Round | None:
        return next((r for r in self.rounds if r.number == n), None)

    def last_with_data(self) -> Round | None:
        for r in reversed(self.rounds):
            if isinstance(r.result, (Answer, Breakdown)):
                return r
        return None

    def follow_session(self, session: Session | None, resumed: bool) -> None:
        """The backend switched sessions: a resumed one brings its rounds, a new one none."""
        if resumed and session is not None:
            self.load_session(session)
        else:
            self.rounds.clear()

    def load_session(self, session: Session) -> None:
        """Replace the rounds with those of a (resumed) session: one per question, its answer
        left to be fetched from the job when it is shown."""
        self.rounds.clear()
        pending: Round | None = None
        for m in session.messages:
            if m.role == "user":
                pending = Round(self.next_number(), m.content, m.sql_generate_mode or "direct")
                self.rounds.append(pending)
            elif m.role == "assistant" and pending is not None:
                pending.job_id = m.job_id
                pending = None
