"""Formatted text helpers: fragments are (style, text) pairs, as prompt_toolkit prints them."""
from __future__ import annotations

from wcwidth import wcswidth, wcwidth

Fragments = list[tuple[str, str]]


def width(text: str) -> int:
    """Display width in terminal cells (CJK and emoji count two)."""
    w = wcswidth(text)
    if w >= 0:
        return w
    return sum(max(wcwidth(ch), 0) for ch in text)


def cut(text: str, limit: int, mark: str = "…") -> tuple[str, bool]:
    """Cut text to at most `limit` display cells, ending with the mark when cut."""
    if width(text) <= limit:
        return text, False
    out, used = [], 0
    room = limit - width(mark)
    for ch in text:
        w = max(wcwidth(ch), 0)
        if used + w > room:
            break
        out.append(ch)
        used += w
    return "".join(out) + mark, True


def plain(fragments: Fragments) -> str:
    return "".join(t for _, t in fragments)


def cls(name: str) -> str:
    return f"class:{name}"


def words(text: str, columns: int, first: str = "", rest: str = "") -> list[str]:
    """`text` in lines of at most `columns`, broken between words only (never inside a word or
    at a hyphen); the first line starts with `first`, the others with `rest`."""
    import textwrap
    return textwrap.wrap(text, columns, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)
