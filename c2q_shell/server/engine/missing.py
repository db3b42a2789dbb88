"""A ranking whose figure is missing for every row asked about: 'which was the biggest of them?'
where none of the rows has a market cap. The ranking keeps only rows that hold the figure, so its
answer is empty; an empty answer would say there are no such rows. A probe counts the rows asked
about without the figure: when there are some, the question is declined, naming the figure.

A lookup of one figure of one named row ('what's Berkshire Hathaway's P/E?') whose figure is empty
(NULL, or no row in the figure's table) would answer with an empty cell: declined, naming the figure."""
from __future__ import annotations

from dataclasses import dataclass

from .catalog import Catalog
from .plan import Agg, Plan
from .sqlgen import to_sql


@dataclass(frozen=True)
class MissingFigure:
    sql: str                    # counts the rows asked about, the figure ranked left out ("" for a lookup)
    figure: str                 # "table.column" ranked by, or looked up
    row: str | None = None      # a lookup: the row named ('Berkshire Hathaway'); its answer's figure is checked

    def reason(self, rows: int) -> str:
        t, c = self.figure.split(".")
        return (f"none of the {rows} rows asked about has a {c} ({t} holds no {c} for any of them), so there is "
                f"nothing to rank them by; ask for the rows themselves or rank them by another figure")

    def empty(self) -> str:
        """Why a lookup whose figure came back empty is declined."""
        t, c = self.figure.split(".")
        return (f"{self.row!r} has no {c} in the data ({t} holds no {c} for it), so there is no figure to "
                f"give; ask for another figure of it")


def lookup(plan: Plan, cat: Catalog) -> MissingFigure | None:
    """For a lookup of one figure (a measure column) of one row named by its label or key, with no
    other condition, ranking or aggregate: the check of its answer; else None."""
    if plan.group or plan.measures or plan.order or plan.limit is not None or plan.inner is not None or \
            plan.within is not None or plan.batch or plan.distinct or plan.offset or len(plan.filters) != 1:
        return None
    figures = [c for c in plan.select if cat.is_measure(*c.split("."))]
    named = plan.filters[0]
    if len(figures) != 1 or named.kind != "value" or named.op != "=" or len(named.values) != 1 or \
            named.agg is not None or not named.column:
        return None
    t, c = named.column.split(".")
    if t != plan.table or c not in (cat.label(t), *cat.tables[t].primary_key):
        return None
    return MissingFigure("", figures[0], row=str(named.values[0]))


def probe(plan: Plan, cat: Catalog) -> MissingFigure | None:
    """For a ranking of single rows by one column (no groups, no figures computed), the query that
    counts the rows it ranks, with no condition on that column; else None."""
    if plan.group or plan.measures or plan.limit is None or not plan.order or plan.inner is not None or \
            plan.within is not None or plan.batch or plan.offset:
        return None
    first = plan.order[0]
    if first.kind != "col" or not isinstance(first.ref, str) or not cat.is_measure(*first.ref.split(".")):
        return None
    counted = plan.copy()
    counted.measures, counted.select, counted.order, counted.limit, counted.ties = [Agg("count")], [], [], None, False
    counted.distinct, counted.assumptions = False, []
    counted.filters = [f for f in plan.filters if not (f.column == first.ref and f.kind == "null")]
    # (every other condition kept: rows counted there and none ranked means none holds the figure)
    try:
        sql = to_sql(counted, cat)
    except Exception:       # noqa: BLE001 - a plan the generator cannot count is simply not probed
        return None
    return MissingFigure(sql, first.ref)
