"""Counts asked more than once in one question: 'how many companies are in California, and how
many in New York?' asks one count for each value named, never one count of them together."""
from __future__ import annotations

from .errors import CannotAnswer
from .plan import Dim


def _count_words(it) -> list[int]:
    """Where the question says 'how many' (or 'number of') as a count."""
    return [i for i, x in enumerate(it.m) if x.kind == "kw" and x.kw and x.kw[0] == "count" and
            x.text in ("how many", "number of")]


def each_count_asked(it) -> None:
    """'how many X in A, and how many in B': a count said again before values of its own is a
    count for each value: one row for each value of their column (the values kept as they were
    named). Where the values after the counts are not all of one column ('how many are in Energy,
    and how many in Texas'), or a count is said with no value of its own ('how many are there, and
    how many in Texas'), the counts are of different rows, which one grouped answer cannot hold:
    declined, naming the second 'how many'."""
    r = it.r
    at = _count_words(it)
    if len(at) < 2 or len(r.measures) < 2 or any(a != r.measures[0] for a in r.measures[1:]) or \
            r.measures[0].func != "count" or r.group:
        return
    parts = [it.m[i + 1:j] for i, j in zip(at, at[1:] + [len(it.m)])]
    each_has_a_value = all(any(y.kind == "value" for y in part) for part in parts)
    named = [f for f in r.filters if f.kind == "value" and f.op == "in" and f.column and len(f.values) >= len(at)]
    # every value said after the counts is of that one column ('Tools and Art, and how many in North':
    # North is another column's, a condition of its own, not a value to count)
    of_it = bool(named) and all(any(f"{v.table}.{v.column}" == named[0].column for v in y.values)
                                for part in parts for y in part if y.kind == "value")
    if each_has_a_value and len(named) == 1 and of_it:
        r.measures[1:] = []
        r.group.append(Dim(named[0].column))
        r.assume("each", f"a count for each value named ({', '.join(map(str, named[0].values))})")
        return
    if all(any(y.kind in ("date", "num") for y in part) for part in parts):
        return                  # 'how many in 2023 and how many in 2024': periods, read by the rules of dates
    raise CannotAnswer("'how many …, and how many …' asks for counts of different rows, which one answer "
                       "cannot show side by side; ask for each count on its own", [it.m[at[1]].text])
