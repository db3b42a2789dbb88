"""A round as formatted text: number, clarified task, highlighted SQL, the table, assumptions,
description; breakdowns as a task summary and numbered sub-tasks. Pure functions, no I/O."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from ..api.models import Answer, Breakdown, Result
from . import chart, table
from .sql import highlight
from .text import Fragments, cls


class Round(Protocol):
    """What rendering reads of a round (the shell's Round, in shell/state.py)."""
    number: int
    question: str
    mode: str
    result: Result | None
    elapsed: float
    feedback_of: int | None


@dataclass
class View:
    format: str = "table"
    rows: int = 50
    max_cell: int = 40
    width: int = 120
    timing: bool = True
    sql: bool = True
    chart: bool = True
    numbers: str = "grouped"        # grouped | human | raw (tables only; machine formats keep every digit)


def header(rnd: Round) -> Fragments:
    task = ""
    if rnd.result is not None:
        task = rnd.result.clarified_task
    mode = " (auto_breakdown)" if rnd.mode == "auto_breakdown" else ""
    fb = f" (revises round {rnd.feedback_of})" if rnd.feedback_of else ""
    return [(cls("round"), f"[{rnd.number}] "), (cls("task"), (task or rnd.question) + mode + fb), ("", "\n")]


def answer_body(a: Answer, view: View) -> Fragments:
    out: Fragments = []
    if view.sql and a.sql:
        out.extend(highlight(a.sql, view.width))
    if a.sql_error:
        return out                      # the error itself goes to stderr
    if a.status == "done" or a.columns:
        out.extend(table.render(a.columns, a.rows, view.format, view.rows, view.max_cell, view.width,
                                view.numbers, a.types))
        if view.chart and view.format not in ("csv", "tsv", "json"):
            out.extend(chart.render(a, view.width))
    out.extend(notes(a.assumptions, a.description))
    return out


def notes(assumptions, description: str) -> Fragments:
    out: Fragments = []
    for a in assumptions:
        out.append((cls("assumption"), f"• {a.concept}: {a.explanation}\n"))
    if description:
        out.append((cls("description"), f"{description}\n"))
    return out


def indent(frags: Fragments, prefix: str) -> Fragments:
    """Prefix every line of the fragments (used for numbered sub-tasks)."""
    out: Fragments = [("", prefix)] if frags else []
    for i, (style, text) in enumerate(frags):
        last = i == len(frags) - 1
        pieces = text.split("\n")
        for j, piece in enumerate(pieces):
            if j:
                out.append(("", "\n"))
                if not (last and j == len(pieces) - 1 and piece == ""):
                    out.append(("", prefix))
            if piece:
                out.append((style, piece))
    return out


def render_round(rnd: Round, view: View) -> Fragments:
    res = rnd.result
    if isinstance(res, Breakdown):
        out = breakdown_head(rnd) + breakdown_body(res, view)
    else:
        out = header(rnd)
        if isinstance(res, Answer):
            out.extend(answer_body(res, view))
    if view.timing and rnd.elapsed:
        out.append((cls("info"), f"{rnd.elapsed:.2f} s\n"))
    return out


def breakdown_head(rnd: Round) -> Fragments:
    """The round's header and the breakdown's task summary, printed once per round."""
    out = header(rnd)
    if isinstance(rnd.result, Breakdown) and rnd.result.description:
        out.append((cls("description"), f"Task summary: {rnd.result.description}\n"))
    return out


def breakdown_body(b: Breakdown, view: View, skip: frozenset | set = frozenset()) -> Fragments:
    """The sub-tasks, numbered from 1, leaving out those already shown (by task id)."""
    out: Fragments = []
    for n, sub in enumerate(b.sub_tasks, 1):
        if sub.task_id not in skip:
            out.extend(subtask(n, sub, view))
    return out


def subtask(n: int, sub: Answer, view: View) -> Fragments:
    out: Fragments = [(cls("round"), f"  {n}. "), (cls("task"), sub.clarified_task or "(sub-task)"), ("", "\n")]
    if sub.status not in ("done", "failed"):
        out.append((cls("info"), "     (running…)\n"))
        return out
    narrow = replace(view, width=max(40, view.width - 5))
    out.extend(indent(answer_body(sub, narrow), "     "))
    if sub.sql_error:
        out.append((cls("error"), f"     error: {sub.sql_error}\n"))
    return out


def error(message: str) -> Fragments:
    return [(cls("error"), message.rstrip() + "\n")]


def sql_only(rnd: Round) -> str:
    res = rnd.result
    if isinstance(res, Answer):
        return res.sql.rstrip().rstrip(";") + ";\n" if res.sql else ""
    if isinstance(res, Breakdown):
        return "".join(f"-- {i}. {s.clarified_task}\n{s.sql.rstrip().rstrip(';')};\n"
                       for i, s in enumerate(res.sub_tasks, 1) if s.sql)
    return ""
