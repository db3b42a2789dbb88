"""Figures over rows already kept to one value of a yes/no column: 'which facilitator's groups have
the most late arrivals?' keeps the late rows (arrivedLate = 1); an average (or least or greatest) of
that flag over them is the flag's one value for every group, so it ranks nothing. The figure asked
for is how many such rows each has."""
from __future__ import annotations

from .catalog import Catalog
from .plan import Agg, Plan

_CONSTANT_OVER_ONE_VALUE = ("avg", "min", "max")


def count_rows_kept_to_a_flag(p: Plan, cat: Catalog) -> None:
    """An AVG/MIN/MAX of a yes/no column whose rows a condition keeps to one of its values becomes
    the count of those rows (the sum of the flag where the value kept is 'yes')."""
    kept = {f.column for f in p.filters
            if f.column and f.agg is None and f.op == "=" and len(f.values) == 1 and cat.is_flag(*f.column.split("."))}
    for i, m in enumerate(p.measures):
        if m.func in _CONSTANT_OVER_ONE_VALUE and m.column in kept and not m.where and not m.distinct:
            p.measures[i] = Agg("count", m.column)
            name = m.column.split(".")[1]
            p.assume(name, f"counted the rows with {name} kept to one value (an average of it over them "
                           "would be that value for every row)")
