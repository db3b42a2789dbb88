"""The meta-command registry. A CommandRegistry is an instance (no module globals); a command
declares its name, aliases, usage, help and argument completion in one place, the decorator
above its handler:

    @reg.command("new", usage="[name]", help="start a new session", ready=True,
                 fails="cannot start a new session")
    def new(sh, arg): ...

`\\name` and `/name` both call it. The wrapper that every command shares lives in `run` and
nowhere else: when `ready` is set, the backend must have finished starting (else the reason is
shown once); an ApiError from the handler becomes one line, "<fails>: <message>"; a Usage
raised by the handler prints its text. The registry does not import the REPL: handlers get
the `Context` below, which the REPL's Shell satisfies."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from ..api.errors import ApiError

if TYPE_CHECKING:
    from .backend import Backend
    from .output import Printer
    from .state import Round, ShellState


class Context(Protocol):
    """What a command handler may use (the REPL's Shell provides it)."""
    state: ShellState
    backend: Backend
    printer: Printer
    commands: CommandRegistry
    user_theme_dir: Path | None

    def ready(self) -> bool: ...

    def ask(self, question: str, feedback_of: Round | None = None, feedback_task: str = "",
            mode: str | None = None) -> Round: ...

    def set_style(self, style) -> None: ...


Handler = Callable[[Context, str], None]
Completer = Callable[[Context, str], "list[str] | list[tuple[str, str]]"]   # values, or (value, meta)


class Usage(Exception):
    """Raised by a handler for a bad argument; the message is shown as an error."""


@dataclass
class Command:
    name: str
    handler: Handler
    help: str
    usage: str = ""
    aliases: tuple[str, ...] = ()
    complete: Completer | None = None
    ready: bool = False            # needs the backend started (connected, data summary, session)
    fails: str = ""                # the start of the line shown when the API says no
    details: str = ""              # more, for `\\help name`


@dataclass
class CommandRegistry:
    commands: dict[str, Command] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)

    def command(self, name: str, *, help: str, usage: str = "", aliases: tuple[str, ...] = (),
                complete: Completer | None = None, ready: bool = False, fails: str = "",
                details: str = "") -> Callable[[Handler], Handler]:
        """Decorator: register the function below as the handler of `\\name` on this registry."""
        def register(handler: Handler) -> Handler:
            self.add(Command(name, handler, help, usage, tuple(aliases), complete, ready, fails, details))
            return handler
        return register

    def add(self, cmd: Command) -> None:
        for n in (cmd.name, *cmd.aliases):
            owner = self._names.get(n)
            if owner is not None and owner != cmd.name:
                raise ValueError(f"\\{n} is already a name of \\{owner}")
        self.commands[cmd.name] = cmd
        for n in (cmd.name, *cmd.aliases):
            self._names[n] = cmd.name

    def find(self, name: str) -> Command | None:
        key = self._names.get(name.lower())
        return self.commands.get(key) if key else None

    def names(self) -> list[str]:
        return sorted(self._names)

    def near(self, name: str) -> list[str]:
        """Names the user may have meant: those the typed text begins (\\e → \\exit, \\export),
        else close spellings (\\formt → \\format); one name per command."""
        name = name.lower()
        if not name:
            return []
        found = [n for n in self.names() if n.startswith(name)]
        if not found:
            found = difflib.get_close_matches(name, self.names(), n=6, cutoff=0.7 if len(name) <= 3 else 0.6)
        out: list[str] = []
        owners: set[str] = set()
        for n in found:
            if self._names[n] not in owners:
                owners.add(self._names[n])
                out.append(n)
        return out[:4]

    @staticmethod
    def is_command(line: str) -> bool:
        """`\\name` or `/name`; a line that is only a backslash too (never sent as a question)."""
        s = line.strip()
        return s == "\\" or s[:1] in ("\\", "/") and len(s) > 1 and s[1].isalpha()

    def run(self, sh: Context, line: str) -> bool:
        """Run one command line; False when it failed (the reason was shown), for batch mode's
        exit code."""
        body = line.strip()[1:]
        name, _, arg = body.partition(" ")
        if not name:
            sh.printer.error("a lone \\ is not a command (nothing was sent); \\help lists the commands")
            return False
        cmd = self.find(name)
        if cmd is None:
            near = ", ".join("\\" + n for n in self.near(name))
            hint = f"; did you mean {near}?" if near else "; \\help lists them"
            sh.printer.error(f"unknown command \\{name}{hint}")
            return False
        if cmd.ready and not sh.ready():
            return False
        try:
            cmd.handler(sh, arg.strip())
        except Usage as e:
            sh.printer.error(str(e))
            return False
        except ApiError as e:
            sh.printer.clear_spinner()
            what = cmd.fails or f"\\{cmd.name} failed"
            sh.printer.error(f"{what}: {e}")
            return False
        return True
