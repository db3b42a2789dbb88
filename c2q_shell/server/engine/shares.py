"""Which conditions of a share make its whole: 'what share of the Spring 2024 cohort completed?' is
the completers' share *within* the cohort named, never the cohort's completers among every row."""
from __future__ import annotations

from .plan import Filter

_LEAD_WORDS = ("the", "all", "our", "this", "that", "those", "these")


def whole_named_after_share(part: list[Filter], mentions: list, table: str) -> list[Filter]:
    """The conditions of `part` that the words right after 'share of' name as a group of rows:
    'share of [the] <values> <noun>', where the noun names the values' column or the table counted
    ('the Spring 2024 cohort', 'Energy companies'). Empty when the question does not name its whole
    that way (the caller then declines a share over conditions on several columns)."""
    for i, x in enumerate(mentions[:-2]):
        if x.kind != "kw" or x.kw[0] != "share" or mentions[i + 1].text != "of":
            continue
        j = i + 2
        while j < len(mentions) and mentions[j].kind == "word" and mentions[j].text in _LEAD_WORDS:
            j += 1
        cols: set[str] = set()
        while j < len(mentions) and mentions[j].kind == "value" and mentions[j].values:
            cols |= {f"{v.table}.{v.column}" for v in mentions[j].values}
            j += 1
        if not cols or j >= len(mentions) or not _names_the_group(mentions[j], cols, table):
            return []
        whole = [f for f in part if f.kind == "value" and f.op in ("=", "in") and f.column in cols]
        if {f.column for f in whole} != cols:
            return []
        return whole
    return []


def _names_the_group(x, cols: set[str], table: str) -> bool:
    """'cohort' after 'Spring 2024' (the values' column) or 'companies' after 'Energy' (the table)."""
    if x.kind != "ref":
        return False
    refs = [x.ref] if x.ref is not None else list(x.refs)
    return any((r.kind == "column" and f"{r.table}.{r.column}" in cols) or (r.kind == "table" and r.table == table)
               for r in refs)
