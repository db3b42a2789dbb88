"""A round as formatted text: number, clarified task, highlighted SQL, the table, assumptions,
description; breakdowns as a task summary and numbered sub-tasks. Pure functions, no I/O."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from ..api.models import Answer, Breakdown, Result
from . import chart, table
from .sql import highlight
from .text import Fragments, cls, words


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
    fractions: frozenset = frozenset()   # column names the data summary describes as fractions (shown as %)


def wrap(text: str, width: int, first: int = 0, indent: str = "") -> str:
    """Text wrapped between words to `width` cells (the first line already holds `first`
    cells); later lines start with `indent`. Width 0 leaves it as it is."""
    if width <= 0 or len(text) + first <= width:
        return text
    lines = words(" " * first + text, max(20, width), rest=indent)
    return "\n".join(lines)[first:] if lines else text


def header(rnd: Round, width: int = 0) -> Fragments:
    task = ""
    if rnd.result is not None:
        task = rnd.result.clarified_task
    mode = " (auto_breakdown)" if rnd.mode == "auto_breakdown" else ""
    fb = f" (revises round {rnd.feedback_of})" if rnd.feedback_of else ""
    number = f"[{rnd.number}] "
    return [(cls("round"), number), (cls("task"), wrap((task or rnd.question) + mode + fb, width, len(number),
                                                        " " * len(number))), ("", "\n")]


def answer_body(a: Answer, view: View) -> Fragments:
    out: Fragments = []
    if view.sql and a.sql:
        out.extend(highlight(a.sql, view.width))
    if a.sql_error:
        return out                      # the error itself goes to stderr
    if a.status == "done" or a.columns:
        out.extend(table.render(a.columns, a.rows, view.format, view.rows, view.max_cell, view.width,
                                view.numbers, a.types, view.fractions))
        if view.chart and view.format not in ("csv", "tsv", "json"):
            out.extend(chart.render(a, view.width, chart_format(a, view)))
    out.extend(notes(a.assumptions, a.description, view.width))
    return out


def chart_format(a: Answer, view: View):
    """The charted column's values formatted as the table formats them."""
    opt = (a.chart.option or {}) if a.chart is not None else {}
    y = opt.get("y") or opt.get("value")
    y = y[0] if isinstance(y, list) and y else y
    if y not in a.columns or len(a.rows) > chart.MAX_POINTS:
        return None            # not drawn
    return table.value_format(a.columns, a.rows, a.columns.index(y), view.numbers, a.types, view.fractions)


def notes(assumptions, description: str, width: int = 0) -> Fragments:
    out: Fragments = []
    for a in assumptions:
        out.append((cls("assumption"), wrap(f"• {a.concept}: {a.explanation}", width, 0, "  ") + "\n"))
    if description:
        description = wrap(description, width)
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
        out = breakdown_head(rnd, view.width) + breakdown_body(res, view)
    else:
        out = header(rnd, view.width)
        if isinstance(res, Answer):
            out.extend(answer_body(res, view))
    if view.timing and rnd.elapsed:
        out.append((cls("info"), f"{rnd.elapsed:.2f} s\n"))
    return out


def breakdown_head(rnd: Round, width: int = 0) -> Fragments:
    """The round's header and the breakdown's task summary, printed once per round."""
    out = header(rnd, width)
    if isinstance(rnd.result, Breakdown) and rnd.result.description:
        out.append((cls("description"), wrap(f"Task summary: {rnd.result.description}", width, 0, "  ") + "\n"))
    return out


def breakdown_body(b: Breakdown, view: View, skip: frozenset | set = frozenset()) -> Fragments:
    """The sub-tasks, numbered from 1, leaving out those already shown (by task id)."""
    out: Fragments = []
    for n, sub in enumerate(b.sub_tasks, 1):
        if sub.task_id not in skip:
            out.extend(subtask(n, sub, view))
    return out


def subtask(n: int, sub: Answer, view: View) -> Fragments:
    number = f"  {n}. "
    out: Fragments = [(cls("round"), number), (cls("task"), wrap(sub.clarified_task or "(sub-task)", view.width,
                                                                 len(number), " " * len(number))), ("", "\n")]
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
