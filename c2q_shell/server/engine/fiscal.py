"""Fiscal years and periods ('FY24', 'last fiscal year', 'period 7 of FY26') the engine does not
answer: a fiscal year need not be the calendar year, so FY24 is never read as 2024. A question
declined while naming one says so: whether the database holds a fiscal calendar (a table or
column whose name says fiscal year or period) and that the engine does not filter through it."""
from __future__ import annotations

import re

from .catalog import Catalog

_FISCAL = re.compile(r"\b(?:(?:(?:last|this|next|previous|current|the)\s+)?fiscal(?:\s+(?:year|quarter|period|month)s?)?"
                     r"|fy\s?'?\d{2}(?:\d{2})?)\b", re.I)
_CALENDAR_WORDS = frozenset({"fiscal", "fy", "fiscalyear", "fyear", "finyear"})


def fiscal_calendar(cat: Catalog) -> list[str]:
    """The tables and columns whose names say fiscal year or period ('fiscal_period', 'fy')."""
    found = []
    for t in cat.tables.values():
        if _CALENDAR_WORDS & set(cat.name_words_of(t.name)):
            found.append(t.name)
            continue
        found += [f"{t.name}.{c}" for c in t.columns if _CALENDAR_WORDS & set(cat.name_words_of(c))]
    return found


def fiscal_reason(question: str, cat: Catalog) -> str | None:
    """Why a declined question naming a fiscal year or period was not answered, or None."""
    said = _FISCAL.search(question)
    if said is None:
        return None
    where = fiscal_calendar(cat)
    if not where:
        return (f"'{said.group(0)}' names a fiscal year, and the {cat.database} database holds no fiscal calendar "
                "(no table or column of fiscal years or periods); a fiscal year need not be the calendar year, so "
                "it is not taken as one: ask with dates ('between 2025-04-01 and 2026-03-31')")
    return (f"'{said.group(0)}' names a fiscal year, held in {', '.join(where[:3])}, and the engine could not "
            "tell how the question's rows fall in it: ask with dates ('between 2025-04-01 and 2026-03-31')")
