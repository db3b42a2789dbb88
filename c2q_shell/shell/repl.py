"""The interactive shell: a prompt_toolkit PromptSession loop. Each line is a round or a
meta-command; Ctrl-C cancels the round in flight, Ctrl-D leaves."""
from __future__ import annotations

from pathlib import Path

from .backend import Backend
from .commands import build_registry
from .output import Printer
from .registry import CommandRegistry
from .rounds import ask, wait_ready
from .state import Round, ShellState


class Shell:
    """Everything a command needs: state, backend, printer, registry, style."""

    def __init__(self, state: ShellState, backend: Backend, printer: Printer, style=None,
                 user_theme_dir: Path | None = None, commands: CommandRegistry | None = None):
        self.state = state
        self.backend = backend
        self.printer = printer
        self.style = style
        self.user_theme_dir = user_theme_dir
        self.commands = commands or build_registry()
        backend.on_session = state.follow_session      # \new, \resume, --session: the rounds follow
        self.session = None           # the PromptSession, when interactive
        self.feed = None              # a Script or Replay (shell/feed.py): pre-fills prompts, may take lines

    def set_style(self, style) -> None:
        self.style = style
        self.printer.style = style
        if self.session is not None:
            self.session.style = style

    def ready(self) -> bool:
        return wait_ready(self.backend, self.printer)

    def ask(self, question: str, feedback_of: Round | None = None, feedback_task: str = "",
            mode: str | None = None) -> Round:
        return ask(self.state, self.backend, self.printer, question, feedback_of, feedback_task, mode)

    def handle(self, line: str) -> None:
        if self.feed is not None and self.feed.take(self, line):
            return
        text = line.strip()
        if not text:
            return
        if self.commands.is_command(text):
            self.commands.run(self, text)
        elif text.lower() in ("quit", "exit"):
            self.state.running = False
        else:
            self.ask(text)

    # prompt -----------------------------------------------------------------------------
    def prompt_message(self):
        db = self.backend.target.database if self.backend.target else self.state.settings.database or "…"
        return [("class:prompt", f"{db} "), ("class:prompt.mode", f"({self.state.mode})"), ("class:prompt", "> ")]

    def toolbar(self):
        parts = [("class:toolbar.mode", f" mode: {self.state.mode} "), ("class:toolbar", " F2 toggles · ")]
        status = self.backend.status
        parts.append(("class:toolbar", f"{status}"))
        if self.state.last_elapsed:
            parts.append(("class:toolbar", f" · last {self.state.last_elapsed:.2f} s"))
        client = self.backend.client
        if client is not None and client.rate.get("limit") and client.rate.get("limit") != "1000000":
            parts.append(("class:toolbar", f" · {client.rate.get('remaining')}/{client.rate.get('limit')} req left this minute"))
        if self.feed is not None:
            parts.append(("class:toolbar", f" · {self.feed.status()}"))
        parts.append(("class:toolbar", " · \\help "))
        return parts

    def make_session(self, history_file: str | None = None, input=None, output=None):
        from prompt_toolkit import PromptSession
        from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
        from prompt_toolkit.history import FileHistory, InMemoryHistory
        from prompt_toolkit.key_binding import KeyBindings

        from .completion import ShellCompleter

        kb = KeyBindings()

        @kb.add("f2")
        def _toggle(event):
            self.state.mode = "auto_breakdown" if self.state.mode == "direct" else "direct"
            event.app.invalidate()

        @kb.add("escape", "enter")
        def _newline(event):
            event.current_buffer.insert_text("\n")

        history = InMemoryHistory()
        if history_file:
            try:
                Path(history_file).parent.mkdir(parents=True, exist_ok=True)
                history = FileHistory(history_file)
            except OSError as e:
                self.printer.warn(f"history not saved: {e}")
        self.session = PromptSession(
            message=self.prompt_message, history=history, auto_suggest=AutoSuggestFromHistory(),
            completer=ShellCompleter(self), complete_while_typing=False, key_bindings=kb,
            bottom_toolbar=self.toolbar, style=self.style, enable_open_in_editor=True, multiline=False,
            include_default_pygments_style=False, input=input, output=output, refresh_interval=0.5)
        return self.session

    def _start_backend(self) -> None:
        if not self.backend.begun:
            self.backend.start()

    def loop(self) -> int:
        assert self.session is not None
        while self.state.running:
            try:
                # start-up work begins once the first prompt is on screen
                line = self.session.prompt(default=self.feed.default() if self.feed else "",
                                           pre_run=self._start_backend)
            except KeyboardInterrupt:
                if self.feed is not None:
                    self.feed.interrupted()
                continue               # Ctrl-C at the prompt clears the line
            except EOFError:
                break                  # Ctrl-D
            try:
                self.handle(line)
            except KeyboardInterrupt:
                self.printer.clear_spinner()
                self.printer.warn("interrupted; the session goes on")
        return 0
