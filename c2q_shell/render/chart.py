"""Charts as text, from an answer's chart_options: horizontal bars for BarChart and PieChart
(with shares), a sparkline for LineChart. Nothing for tables or data that is not numeric."""
from __future__ import annotations

import re
from typing import Callable

from ..api.models import Answer
from .text import Fragments, cls, cut, width

BLOCKS = " ▏▎▍▌▋▊▉█"
SPARKS = "▁▂▃▄▅▆▇█"
MAX_BARS = 20
MAX_POINTS = 5000


def _num(v) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _fmt(v: float) -> str:
    if abs(v) >= 1e12:
        return f"{v / 1e12:.2f}T"
    if abs(v) >= 1e9:
        return f"{v / 1e9:.2f}B"
    if abs(v) >= 1e6:
        return f"{v / 1e6:.2f}M"
    return f"{v:,.4g}" if abs(v) < 1e4 else f"{v:,.0f}"


def _bar(value: float, top: float, room: int) -> str:
    if top <= 0:
        return ""
    eighths = round(value / top * room * 8)
    return "█" * (eighths // 8) + (BLOCKS[eighths % 8] if eighths % 8 else "")


def render(a: Answer, term_width: int = 100, fmt: Callable[[object], str] | None = None) -> Fragments:
    """`fmt` shows a value of the charted column as the table above shows it (table.value_format);
    without it, values are shortened (1.23M)."""
    fmt = fmt or (lambda v: _fmt(float(v)))
    ch = a.chart
    if ch is None or not a.rows or ch.name not in ("BarChart", "PieChart", "LineChart"):
        return []
    opt = ch.option or {}
    x_name = opt.get("x") or opt.get("label")
    y_name = opt.get("y") or opt.get("value")
    if isinstance(y_name, list):
        y_name = y_name[0] if y_name else None
    if x_name not in a.columns or y_name not in a.columns or opt.get("pivot_column"):
        return []
    if len(a.rows) > (MAX_POINTS if ch.name == "LineChart" else MAX_BARS):
        return []                   # not drawn, and a big answer's rows are not all read for it
    xi, yi = a.columns.index(x_name), a.columns.index(y_name)
    points = [(str(r[xi]), _num(r[yi])) for r in a.rows]
    if any(v is None or v < 0 for _, v in points) and ch.name != "LineChart":
        return []
    labels = [fmt(r[yi]) for r in a.rows] if ch.name != "LineChart" else []
    points = [(x, v) for x, v in points if v is not None]
    if len(points) < 2:
        return []                   # one bar or one point says nothing the table above does not
    if ch.name == "LineChart":
        return _spark(in_x_order(points), y_name, term_width, fmt)
    if len(points) > MAX_BARS:
        return []
    total = sum(v for _, v in points)
    label_w = min(24, max(width(x) for x, _ in points))
    room = max(10, min(40, term_width - label_w - 24))
    top = max(v for _, v in points)
    out: Fragments = [(cls("info"), f"{ch.name}: {y_name} by {x_name}\n")]
    for (x, v), shown in zip(points, labels):
        label = cut(x, label_w)[0]
        share = f" ({100 * v / total:.1f}%)" if ch.name == "PieChart" and total else ""
        out += [("", label + " " * (label_w - width(label)) + " "), (cls("chart"), _bar(v, top, room)),
                ("", f" {shown}{share}\n")]
    return out


ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}([ T][\d:.]+)?)?)?")


def in_x_order(points: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A line runs along x: points in order of x (numbers by value, ISO dates and years as
    text), whatever order the rows came in (a query ordered by value, say). Other labels keep
    the order of the rows."""
    xs = [x for x, _ in points]
    if all(_num(x) is not None for x in xs):
        return sorted(points, key=lambda p: _num(p[0]))
    if all(ISO_DATE.fullmatch(x) for x in xs):
        return sorted(points, key=lambda p: p[0])
    return points


def _spark(points: list[tuple[str, float]], y_name: str, term_width: int,
           fmt: Callable[[object], str]) -> Fragments:
    room = max(10, min(80, term_width - 30))
    step = max(1, -(-len(points) // room))
    buckets = [points[i:i + step] for i in range(0, len(points), step)]
    vals = [sum(v for _, v in b) / len(b) for b in buckets]
    lo, hi = min(vals), max(vals)
    span = (hi - lo) or 1.0
    line = "".join(SPARKS[min(7, int((v - lo) / span * 7.999))] for v in vals)
    return [(cls("info"), f"LineChart: {y_name}, {points[0][0]} → {points[-1][0]} (min {fmt(lo)}, max {fmt(hi)})\n"),
            (cls("chart"), line + "\n")]
