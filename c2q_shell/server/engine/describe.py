"""Words and charts for a plan: the clarified task (the question as answered) and chart options
that follow the result's shape."""
from __future__ import annotations

from ..schema import singular
from .catalog import Catalog
from .plan import Plan
from .sqlgen import dim_alias, measure_alias

FUNC_WORDS = {"avg": "the average", "sum": "the total", "max": "the highest", "min": "the lowest",
              "median": "the median"}
TIME_WORDS = {">": "is after", ">=": "is on or after", "<": "is before", "<=": "is on or before", "=": "is"}
OP_WORDS = {"=": "is", "!=": "is not", ">": "is above", ">=": "is at least", "<": "is below", "<=": "is at most",
            "in": "is one of", "not in": "is not one of", "between": "is between", "is not null": "is known",
            "is null": "is missing", "like": "matches",
            "is null or zero": "is missing or zero", "differs": "differs from"}


def words(ref: str) -> str:
    return ref.split(".")[-1].replace("_", " ")


def _value(v) -> str:
    if isinstance(v, float):
        return f"{v:,.6g}" if abs(v) < 1e6 else f"{v:,.0f}"
    if isinstance(v, int):
        return str(v)
    return f"'{v}'"


def _filter_text(f, plan: Plan) -> str:
    if f.kind == "absent":
        running = f" with {f.open.split('.', 1)[1]} still empty" if f.open else ""
        return f"{'a' if f.op == 'exists' else 'no'} {f.values[0].replace('_', ' ')} row{running} refers to them"
    if f.agg is not None:
        subject = _measure_text(plan, f.agg)
    else:
        subject = words(f.column)
    if f.kind == "in_prev":
        return f"{subject} is one the previous answer shows"
    if f.op == "dangling":
        return f"{subject} points at no row of {words(f.values[0])}"
    if f.kind == "extreme":
        return f"{subject} is the {'highest' if f.values[0] == 'max' else 'lowest'} of all"
    if f.kind == "group_extreme":
        return f"{subject} is the {'highest' if f.values[1] == 'max' else 'lowest'} of its {words(f.values[0])}"
    if f.kind == "group_avg":
        within = f"its {words(f.values[0])}" if f.values and f.values[0] else "all rows"
        return f"{subject} {OP_WORDS[f.op]} the average of {within}"
    if f.op == "between":
        return f"{subject} is between {_value(f.values[0])} and {_value(f.values[1])}"
    if f.op == "any_of":
        return f"{subject} is in " + " or ".join(f"{_value(lo)}–{_value(hi)}" for lo, hi in f.values)
    if f.op in ("in", "not in"):
        return f"{subject} {OP_WORDS[f.op]} " + ", ".join(_value(v) for v in f.values)
    if f.op in ("is not null", "is null", "is null or zero"):
        return f"{subject} {OP_WORDS[f.op]}"
    if f.op == "differs":
        return f"{subject} {OP_WORDS[f.op]} {words(f.values[0])}"
    if f.kind == "time" and f.op in TIME_WORDS:
        return f"{subject} {TIME_WORDS[f.op]} {_value(f.values[0])}"
    return f"{subject} {OP_WORDS[f.op]} {_value(f.values[0])}"


def _measure_text(plan: Plan, i: int) -> str:
    a = plan.measures[i]
    if a.func == "share":
        conds = " and ".join(_filter_text(w, plan) for w in a.where or [])
        return f"the percentage of {plan.table.replace('_', ' ')} where {conds}"
    if a.func == "pct_total":
        what = f"the total {words(a.column)}" if a.column else f"the {plan.table.replace('_', ' ')}"
        return f"each group's percentage of {what}"
    if a.func == "share_total" and a.column:
        shown = "groups" if plan.inner is not None and plan.inner.group else "rows"
        return f"the percentage of the total {words(a.column)} that the {shown} shown hold together"
    if a.func == "share_total":
        return f"the percentage of all {plan.table.replace('_', ' ')} that the groups shown hold together"
    if a.func == "ratio":
        how = FUNC_WORDS.get(a.of or "", "")
        return f"the ratio of {how + ' ' if how else ''}{words(a.column)} to {how + ' ' if how else ''}{words(a.other)}"
    if a.func == "times":
        return f"the {words(a.column)} of one of the rows named as a multiple of the other's"
    if a.func in ("change", "pct_change"):
        what = words(a.column) if a.column else f"the number of {plan.table.replace('_', ' ')}"
        # 'how much bigger is A than B by X': the two ends are rows named by a value, not periods
        ends = "rows named" if any(f.kind != "time" for fs in (a.periods or []) for f in fs) else "periods"
        return f"the {'percent ' if a.func == 'pct_change' else ''}change in {what} between the two {ends}"
    if a.func == "count":
        if a.column:
            return f"the number of distinct {words(a.column)} values"
        return f"the number of {plan.table.replace('_', ' ')}"
    return f"{FUNC_WORDS[a.func]} {words(a.column)}"


def clarified_task(plan: Plan, cat: Catalog) -> str:
    parts = []
    if plan.measures:
        ms = [_measure_text(plan, i) for i in range(len(plan.measures))]
        text = "Find " + _join(ms)
        if plan.group:
            text += " for each " + _join([_dim_text(d, cat) for d in plan.group])
        parts.append(text)
    elif plan.distinct:
        parts.append("List the distinct " + _join([words(c) for c in plan.select]))
    else:
        ent = plan.table.replace("_", " ")
        shown = [words(c) for c in plan.select if not c.endswith("." + cat.label(plan.table))]
        if len(plan.select) > 8 and all(f"{plan.table}.{c}" in plan.select for c in cat.tables[plan.table].columns):
            text = f"Show all details of {ent}"
        else:
            text = f"List {ent}" if not shown else f"Show the {_join(shown)} of {ent}"
        parts.append(text)
    conds = [_filter_text(f, plan) for f in plan.filters if f.kind != "null"]
    if conds:
        parts.append("where " + " and ".join(conds))
    if plan.order:
        o = plan.order[0]
        what = _measure_text(plan, o.ref) if o.kind == "agg" else words(o.ref)
        if plan.limit is not None and plan.offset:
            first = plan.offset + 1      # 'the second largest': the place, not the top
            places = f"place {first}" if plan.limit == 1 else f"places {first} to {plan.offset + plan.limit}"
            parts.append(f"keeping {places} by {what} ({'highest' if o.desc else 'lowest'} first)")
        elif plan.limit is not None:
            parts.append(f"keeping the {'top' if o.desc else 'bottom'} {plan.limit} by {what}")
        else:
            parts.append(f"sorted by {what} {'from highest to lowest' if o.desc else 'from lowest to highest'}")
    elif plan.limit is not None:
        parts.append(f"showing at most {plan.limit} rows")
    if plan.inner:
        parts.append("among the rows of the previous answer")
    return " ".join(parts).strip() + "."


def _dim_text(d, cat: Catalog) -> str:
    if d.grain:
        return f"{d.grain} of {words(d.column)}"
    t, c = d.column.split(".")
    if cat.label(t) == c and c not in cat.tables[t].primary_key:
        return singular(t).replace("_", " ")
    return words(d.column)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def chart_options(plan: Plan, cat: Catalog, title: str, columns: list[str], rows: list, share: bool = False) -> dict:
    table = {"chart_name": "Table", "title": title, "option": {"columns": list(columns)}}
    if not rows or not columns:
        return table
    if plan.group and plan.measures:
        dims = [dim_alias(d) if d.grain else d.column.split(".")[1] for d in plan.group]
        ys = [measure_alias(a, plan) for a in plan.measures]
        if any(d not in columns for d in dims) or any(y not in columns for y in ys):
            return table
        time = [d for d in plan.group if cat.is_time(*d.column.split("."))]
        if time and len(plan.group) == 1:
            return {"chart_name": "LineChart", "title": title,
                    "option": {"x": dims[0], "y": ys if len(ys) > 1 else ys[0]}}
        if len(dims) == 1 and len(ys) == 1 and share and len(rows) <= 12:
            return {"chart_name": "PieChart", "title": title, "option": {"label": dims[0], "value": ys[0]}}
        if len(dims) == 1 and len(rows) <= 50:
            return {"chart_name": "BarChart", "title": title,
                    "option": {"x": dims[0], "y": ys if len(ys) > 1 else ys[0]}}
        if len(dims) == 2 and len(ys) == 1:
            return {"chart_name": "BarChart", "title": title,
                    "option": {"x": dims[0], "y": ys[0], "pivot_column": dims[1]}}
        return table
    if not plan.measures and plan.order and plan.limit and len(rows) <= 30:
        o = plan.order[0]
        label = cat.label(plan.table)
        if o.kind == "col" and cat.is_measure(*o.ref.split(".")) and label in columns:
            return {"chart_name": "BarChart", "title": title, "option": {"x": label, "y": o.ref.split(".")[1]}}
    time_cols = [c for c in columns if any(cat.is_time(t, c) for t in plan.tables() if c in cat.tables[t].columns)]
    num_cols = [c for c in columns if any(cat.is_measure(t, c) for t in plan.tables() if c in cat.tables[t].columns)]
    if time_cols and num_cols and len(rows) > 2 and not plan.measures:
        return {"chart_name": "LineChart", "title": title, "option": {"x": time_cols[0], "y": num_cols[0]}}
    return table
