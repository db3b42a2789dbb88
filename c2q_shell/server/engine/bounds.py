"""Period bounds on date columns that hold for any way the dates are written.

A date kept as text compares as text: '2026-10-31T10:00:00' sorts after '2026-10-31 23:59:59'
('T' after ' '), and '2026-10-31 23:59:59.5' after it too, so an inclusive upper bound on the last
moment of a day drops rows of that day. An exclusive bound on the next day ('< 2026-11-01') holds
for '2026-10-31', '2026-10-31 10:00', '2026-10-31T10:00:00Z' and a DATE or DATETIME alike."""
from __future__ import annotations

import datetime as dt
import re

_DAY_END = re.compile(r"(\d{4}-\d{2}-\d{2})( 23:59(?::59)?)?")


def _next_day(day: str) -> str | None:
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):
        return None


def _after(value: object, timed_only: bool) -> str | None:
    """The next day of a bound that closes a day ('2026-10-31', '2026-10-31 23:59:59'), else None."""
    if not isinstance(value, str):
        return None
    m = _DAY_END.fullmatch(value)
    return _next_day(m[1]) if m and (m[2] or not timed_only) else None


def day_bounds(op: str, values: list) -> list[tuple[str, object]] | None:
    """The comparisons (op, value) that keep the same whole days as `op values` on a date column,
    with an exclusive upper bound on the next day; None when nothing is to be rewritten.
    'between lo and D' -> [('>=', lo), ('<', D+1)]; '<= D' -> [('<', D+1)]; '> D 23:59:59' ->
    [('>=', D+1)] (a plain '> D' is kept: on a column of days it is the same, on times it may be meant)."""
    if op == "between" and len(values) == 2:
        nxt = _after(values[1], timed_only=False)
        return [(">=", values[0]), ("<", nxt)] if nxt else None
    if op == "<=" and len(values) == 1:
        nxt = _after(values[0], timed_only=False)
        return [("<", nxt)] if nxt else None
    if op == ">" and len(values) == 1:
        nxt = _after(values[0], timed_only=True)
        return [(">=", nxt)] if nxt else None
    return None
