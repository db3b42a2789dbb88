"""The dates family: 'when' questions, the first or last time a condition held, and 'when was
that?' after a highest or lowest value. Each rule is a plan edit that reads the Reading's words
and the catalog's time columns, so it works on any schema with a date or year column."""
from __future__ import annotations

from .catalog import Catalog
from .plan import Filter, Order, Plan


def time_column(p: Plan, cat: Catalog) -> str | None:
    """The time column of the plan's table (or of a table it uses), stated as an assumption
    when there is more than one."""
    # an event table (one that refers to others: orders, readings) holds the dates things happened
    tables = list(p.tables())
    for t in p.tables()[1:]:
        for nxt, _fk in cat.join_path(p.table, t) or []:
            if nxt not in tables:
                tables.append(nxt)          # the tables a join passes through count too
    tables.sort(key=lambda t: not any(fk.table == t for fk in cat.foreign_keys))
    for t in tables:
        cols = cat.time_columns(t)
        if cols:
            if len(cols) > 1:
                p.assume("date column", f"used {t}.{cols[0]} for the date (also: {', '.join(cols[1:])})")
            return f"{t}.{cols[0]}"
    return None


def _edge_word(r):
    """'first' or 'last' when no other rule used it ('when did X first exceed 30?')."""
    for x in r.mentions:
        if x.kind == "word" and not x.used and x.text in ("first", "last"):
            return x
    return None


def first_or_last_time(p: Plan, r, cat: Catalog) -> None:
    """'When did the CAPE ratio first exceed 30?': the earliest (or latest) row where the
    question's conditions hold, shown by its date."""
    word = _edge_word(r)
    conds = [f for f in p.filters if f.column and f.kind in ("compare", "value", "time")]
    if word is None or p.measures or p.group or not (conds or r.when):
        return
    col = time_column(p, cat)
    if col is None:
        return
    word.used = True
    first = word.text == "first"
    shown = [col] + [f.column for f in conds if f.column != col]
    p.select = [c for c in shown if c not in p.select] + [c for c in p.select if c != col]
    p.order = [Order("col", col, not first)]
    p.limit = 1
    p.assume("first time" if first else "last time",
             f"the {'earliest' if first else 'latest'} {col.split('.')[1]} where the conditions hold")


def when_was_that(prev: Plan, r, cat: Catalog) -> Plan | None:
    """'When was that?' after 'lowest CPI ever' (a MIN/MAX) or after a one-row listing: the
    date of the row that holds the value."""
    if not r.when or r.has_content or r.filters:
        return None
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    single = [m for m in p.measures if m.column]
    if len(p.measures) == 1 and single and single[0].func in ("max", "min") and not p.group:
        m = single[0]
        p.measures, p.select = [], []
        col = time_column(p, cat)
        if col is None:
            return None
        p.select = [col, m.column]
        p.order = [Order("col", m.column, m.func == "max")]
        p.limit = 1
        p.filters = [f for f in p.filters if f.agg is None]
        p.filters.append(Filter(m.column, "is not null", [], kind="null"))
        return p
    if not p.measures and not p.group:
        col = time_column(p, cat)
        if col is None:
            return None
        if col not in p.select:
            p.select.insert(0, col)
        return p
    return None
