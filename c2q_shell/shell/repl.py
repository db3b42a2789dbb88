"""The interactive shell: a prompt_toolkit PromptSession loop. Each line is a round or a
meta-command; Ctrl-C cancels the round in flight, Ctrl-D leaves."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .interrupts import OutputInterrupted
from .output import Printer
from .state import Round, ShellState

if TYPE_CHECKING:      # the commands, rounds and rendering are imported after the first prompt
    from .backend import Backend
    from .registry import CommandRegistry


class Shell:
    """Everything a command needs: state, backend, printer, registry, style."""

    def __init__(self, state: ShellState, backend: Backend, printer: Printer, style=None,
                 user_theme_dir: Path | None = None, commands: CommandRegistry | None = None):
        self.state = state
        self.backend = backend
        self.printer = printer
        self.style = style
        self.user_theme_dir = user_theme_dir
        self._commands = commands
        backend.on_session = state.follow_session      # \new, \resume, --session: the rounds follow
        self.session = None           # the PromptSession, when interactive
        self.feed = None              # a Script or Replay (shell/feed.py): pre-fills prompts, may take lines
        # the toolbar's text stays on screen under the spinner while a round runs
        printer.status = lambda: "".join(t for _, t in self.toolbar())
        # the prompt is redrawn when start-up moves on (connecting, the data summary, the
        # session) and only then: no periodic redraw while nothing is in progress
        told = backend.on_status
        backend.on_status = lambda status: (told(status), self.redraw())

    @property
    def commands(self) -> CommandRegistry:
        """The command registry, built on first use (not before the first prompt is drawn)."""
        if self._commands is None:
            from .commands import build_registry
            from .output_commands import install_output
            self._commands = build_registry(install_output)
        return self._commands

    def redraw(self) -> None:
        """Redraw the prompt and its toolbar, from any thread (nothing when no prompt is shown)."""
        if self.session is not None:
            self.session.app.invalidate()

    def set_style(self, style) -> None:
        self.style = style
        self.printer.style = style
        if self.session is not None:
            self.session.style = style

    def ready(self) -> bool:
        from .rounds import wait_ready
        return wait_ready(self.backend, self.printer)

    def ask(self, question: str, feedback_of: Round | None = None, feedback_task: str = "",
            mode: str | None = None) -> Round:
        from .rounds import ask
        return ask(self.state, self.backend, self.printer, question, feedback_of, feedback_task, mode)

    def handle(self, line: str) -> None:
        if self.feed is not None and self.feed.take(self, line):
            return
        text = line.strip()
        if not text:
            return
        from .registry import CommandRegistry
        if CommandRegistry.is_command(text):
            self.commands.run(self, text)
        elif text.lower() in ("quit", "exit"):
            self.state.running = False
        elif text.endswith("\\G") and text[:-2].strip():
            # as in mysql and mycli: a question ending in \G shows its result one field a line
            saved, self.state.format = self.state.format, "vertical"
            try:
                self.ask(text[:-2].rstrip())
            finally:
                self.state.format = saved
        else:
            self.ask(text)

    # prompt -----------------------------------------------------------------------------
    def prompt_message(self):
        db = self.backend.target.database if self.backend.target else self.state.settings.database or "…"
        return [("class:prompt", f"{db} "), ("class:prompt.mode", f"({self.state.mode})"), ("class:prompt", "> ")]

    @staticmethod
    def continuation(width: int, line_number: int, wrap_count: int):
        """The prompt of the second and later lines of a question (Alt-Enter starts one)."""
        return [("class:prompt.continuation", "-> ".rjust(width) if not wrap_count else " " * width)]

    def toolbar(self):
        """The bottom toolbar, made to fit the terminal: what matters most (the mode, the
        session, a script's or replay's position, the requests left) stays; the F2 hint, the
        \\help hint, the last round's time and the session's name give way, in that order."""
        from ..render.text import width
        status = self.backend.status
        client = self.backend.client
        rate = ""
        if client is not None and client.rate.get("limit") and client.rate.get("limit") != "1000000":
            rate = f" · {client.rate.get('remaining')}/{client.rate.get('limit')} req left this minute"
        feed = f" · {self.feed.status()}" if self.feed is not None else ""
        last = f" · last {self.state.last_elapsed:.2f} s" if self.state.last_elapsed else ""
        short = status.split(" · ")[0]               # "session 300001" without its name
        columns = self.printer.width
        for f2, last_, help_, st in ((" F2 toggles · ", last, " · \\help ", status), (" ", last, " · \\help ", status),
                                     (" ", last, " ", status), (" ", "", " ", status), (" ", "", " ", short),
                                     (" ", "", " ", short.split(":")[0])):    # "not connected"
            parts = [("class:toolbar.mode", f" mode: {self.state.mode} "),
                     ("class:toolbar", f2 + st + last_ + rate + feed + help_)]
            if width("".join(t for _, t in parts)) <= columns - 1:
                break
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
            include_default_pygments_style=False, input=input, output=output,
            prompt_continuation=self.continuation)
        return self.session

    def _start_after_first_render(self) -> None:
        """Start-up (imports, the embedded server, the session) begins once the first prompt is
        on screen, so it does not compete with drawing it."""
        if self.backend.begun:
            return
        app = self.session.app

        def once(_app) -> None:
            app.after_render.remove_handler(once)
            self._start_backend()
        app.after_render.add_handler(once)

    def _start_backend(self) -> None:
        if not self.backend.begun:
            self.backend.start()

    def loop(self) -> int:
        assert self.session is not None
        while self.state.running:
            try:
                # start-up work begins once the first prompt is on screen
                line = self.session.prompt(default=self.feed.default() if self.feed else "",
                                           pre_run=self._start_after_first_render)
            except KeyboardInterrupt:
                if self.feed is not None:
                    self.feed.interrupted()
                continue               # Ctrl-C at the prompt clears the line
            except EOFError:
                break                  # Ctrl-D
            try:
                self.handle(line)
            except OutputInterrupted:
                self.printer.warn("output interrupted; nothing is lost: \\show shows the last round again, "
                                  "\\export saves it")
            except KeyboardInterrupt:
                self.printer.clear_spinner()
                self.printer.warn("interrupted; the session goes on")
        return 0
