"""Completion: meta-command names, their arguments, and words from the database's schema."""
from __future__ import annotations

from prompt_toolkit.completion import Completer, Completion


class ShellCompleter(Completer):
    def __init__(self, shell):
        self.shell = shell
        self._words: list[str] | None = None

    def schema_words(self) -> list[tuple[str, str]]:
        """Table and column names, and the text values the data summary shows of each column
        ("Cal" → California), each with what it is."""
        if self._words is None and self.shell.backend.started:
            b = self.shell.backend
            words: dict[str, str] = {}
            try:
                for s in b.client.data_summaries(b.target.cluster_id, b.target.database):
                    for t in s.tables:
                        for col, values in t.values.items():
                            for v in values:
                                words.setdefault(v, f"{t.name}.{col}")
                        words[t.name] = "table"
                        for col in t.columns:
                            words[col] = f"column of {t.name}"
            except Exception:
                return []
            self._words = sorted(words.items(), key=lambda kv: kv[0].lower())
        return self._words or []

    def get_completions(self, document, complete_event):
        text = document.text_before_cursor
        reg = self.shell.commands
        if reg.is_command(text) or text in ("\\", "/"):
            head, sep, arg = text[1:].partition(" ")
            if not sep:
                for name in reg.names():
                    if name.startswith(head.lower()):
                        cmd = reg.find(name)
                        yield Completion(name, start_position=-len(head), display_meta=cmd.help if cmd else "")
                return
            cmd = reg.find(head)
            if cmd is not None and cmd.complete is not None:
                try:
                    values = cmd.complete(self.shell, arg)
                except Exception:          # a completion that needs the service must not break typing
                    return
                for value in values:       # a value, or (value, what it is)
                    text, meta = value if isinstance(value, tuple) else (value, "")
                    yield Completion(text, start_position=-len(arg), display_meta=meta)
            return
        word = document.get_word_before_cursor()
        if len(word) >= 2:
            for w, meta in self.schema_words():
                if w.lower().startswith(word.lower()) and w != word:
                    yield Completion(w, start_position=-len(word), display_meta=meta)
