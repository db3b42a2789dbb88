"""'Which sector has the most loss-makers?', 'how many loss-making companies', 'unprofitable
firms': the rows whose earnings (profit, income) are below zero. Read only where the question as
typed is declined, and only where exactly one column of earnings belongs to the rows the question
names (several, or none: declined as before); the reading names the column."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..schema import singular
from .clipped import Clipped
from .mentions import scan
from .text import Question, name_words, plural

if TYPE_CHECKING:
    from .catalog import Catalog

_EARNINGS = frozenset({"profit", "profits", "earnings", "earning", "income", "eps", "pnl", "netincome"})
_NOT_EARNINGS = frozenset({"to", "per", "ratio", "growth", "change", "pct", "percent", "margin", "ebitda", "ebit",
                           "before", "yield", "rank", "tax", "taxes", "target", "estimate", "forecast", "expected",
                           "budget", "budgeted", "planned"})
_MAKERS = re.compile(r"\b(loss[- ]?makers?)\b", re.I)
_MAKING = re.compile(r"\b(loss[- ]?making|unprofitable|money[- ]losing)\s+([A-Za-z]+)", re.I)


def _earnings_columns(cat: Catalog, near: set[str]) -> list[tuple[str, str]]:
    out = []
    for t in cat.tables.values():
        if near and not any(cat.connected(t.name, u) for u in near):
            continue
        for c, col in t.columns.items():
            words = set(cat._raw_words(c))
            if col.kind in ("int", "float") and not cat.is_key(t.name, c) and words & _EARNINGS and \
                    not words & _NOT_EARNINGS:
                out.append((t.name, c))
    return out


def _rows_of(cat: Catalog, table: str) -> str:
    """The table whose rows the column's rows describe: the one it points at by its key, if named."""
    for fk in cat.foreign_keys:
        if fk.table == table and cat.column(table, fk.column).primary_key and fk.ref_table != table:
            return fk.ref_table
    return table


def read(question: Question, cat: Catalog) -> Clipped | None:
    text = question.text
    if not (_MAKERS.search(text) or _MAKING.search(text)):
        return None
    near = {r.table for x in scan(list(question.tokens), cat) if x.kind == "ref" for r in x.refs} | \
        {v.table for x in scan(list(question.tokens), cat) if x.kind == "value" for v in x.values}
    cols = _earnings_columns(cat, near)
    if len(cols) != 1:
        return None
    t, c = cols[0]
    noun, col = name_words(_rows_of(cat, t)), name_words(c)
    said = []

    def makers(m: re.Match) -> str:
        said.append(m.group(1))
        rows = plural(noun) if m.group(1).lower().endswith("s") else singular(noun)
        return f"{rows} with negative {col}"

    def making(m: re.Match) -> str:
        said.append(m.group(1))
        return f"{m.group(2)} with negative {col}"

    text = _MAKING.sub(making, _MAKERS.sub(makers, text))
    return Clipped(text, tuple((w, f"rows with {t}.{c} below zero") for w in said))
