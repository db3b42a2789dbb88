"""The engine's one family of failures. Callers decide by type and attributes, never by
matching message text."""
from __future__ import annotations


class CannotAnswer(Exception):
    """The question could not be answered from this data. `detail` says why in a phrase;
    `words` are the question's words no rule accounted for; `explained` is True once the
    message is the full sentence for the user (the question, the reason, questions that work)."""

    def __init__(self, detail: str, words: list[str] | None = None, explained: bool = False):
        super().__init__(detail)
        self.detail = detail
        self.words = list(words or [])
        self.explained = explained
