"""auto_breakdown: split a compound or overview question into sub-questions, each answered
in the context of the question's shared part ("an overview of the Utilities sector: ...")."""
from __future__ import annotations

import re

from .catalog import Catalog
from .text import tokenize
from .vocab import KEYWORDS

ANCHORS = {"count", "agg", "rank", "list", "overview", "sortword", "grain"}
QUESTION_WORDS = {"how", "what", "which", "who", "list", "show", "give", "find", "name", "compare", "tell"}


def _keyword_kinds(text: str) -> set[str]:
    """The kinds of keyword phrases (up to three words) the text contains."""
    toks = [t.text for t in tokenize(text)]
    return {kw[0] for n in (3, 2, 1) for i in range(len(toks) - n + 1)
            if (kw := KEYWORDS.get(" ".join(toks[i:i + n])))}


def _anchored(text: str) -> bool:
    toks = tokenize(text)
    return bool(toks) and (toks[0].text in QUESTION_WORDS or bool(_keyword_kinds(text) & ANCHORS))


def is_overview(question: str) -> bool:
    """'Give me an overview of …', 'tell me about …'."""
    return "overview" in _keyword_kinds(question)


def split(question: str) -> tuple[str, list[str]]:
    """(shared context, sub-questions). One sub-question means there is nothing to break down."""
    q = question.strip()
    context = ""
    if ":" in q:
        head, _, tail = q.partition(":")
        if tail.strip():
            context, q = head.strip(), tail.strip()
    pieces = [p.strip() for p in re.split(r"\?\s+|;\s*|,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+|also\s+)?", q) if p.strip()]
    parts: list[str] = []
    for p in pieces:
        p = p.rstrip("?.! ")
        if parts and re.match(r"(in|for|during|within)\s", p, re.I):
            parts.append(p)                         # "… in Health Care and in Energy": the same, again
        elif parts and not _anchored(p):
            parts[-1] = f"{parts[-1]} and {p}"     # "Energy and Utilities" stays one value list
        else:
            parts.append(p)
    if context and parts and not _anchored(context) and len(parts) == 1:
        return "", [f"{context}: {parts[0]}"]
    return context, _grouping_shared(parts)


_GROUPING = re.compile(r"\s((?:by|per|for each|in each)\s+\S.*)$", re.I)


def _grouping_shared(parts: list[str]) -> list[str]:
    """'average dividend yield and average P/E by sector': the grouping said once at the end is
    of every figure before it (a figure with no grouping of its own), never of the last alone."""
    m = _GROUPING.search(parts[-1]) if len(parts) > 1 else None
    last = _keyword_kinds(parts[-1])
    if m is None or not {"agg", "count"} & last or {"rank", "sortword", "list"} & last:
        return parts            # ('the 3 largest by market cap': a ranking, not a grouping)
    tail = m.group(1)
    return [f"{p} {tail}" if {"agg", "count"} & _keyword_kinds(p) and "list" not in _keyword_kinds(p) and
            not _GROUPING.search(p) else p for p in parts[:-1]] + [parts[-1]]


def overview_recipe(cat: Catalog, filters_table: str | None, measure: tuple[str, str] | None = None) -> list[str]:
    """Sub-questions for 'give me an overview of X' when X lists none. A time series gets its
    yearly trend and extremes; other tables how many, a typical measure and the largest few."""
    table = filters_table or max(cat.tables.values(), key=lambda t: t.row_count).name
    joinable = [table] + [t for t in sorted(cat.tables) if t != table and cat.connected(table, t)]
    size = measure or cat.size_measure(joinable)
    noun = table.replace("_", " ")
    # a time series: rows are periods (the table is named by its date) and hold the measure
    dates = [c for c in cat.time_columns(table) if cat.column(table, c).kind == "date" and c == cat.label(table)]
    if size and dates and size[0] == table:
        m, d = size[1].replace("_", " "), dates[0].replace("_", " ")
        return [f"the yearly average of {m}", f"the {d} with the highest {m}", f"the {d} with the lowest {m}"]
    parts = [f"how many {noun}"]
    if size:
        parts.append(f"the average {size[1].replace('_', ' ')}")
        parts.append(f"the 5 {noun} with the highest {size[1].replace('_', ' ')}")
    return parts
