"""Reading (+ previous plan) -> Plan: a new question becomes a plan with every default stated
as an assumption; a follow-up edits the previous plan."""
from __future__ import annotations

from . import dates, measures
from .catalog import Catalog
from .errors import CannotAnswer
from .plan import Agg, Dim, Filter, Order, Plan
from .understand import Reading


def is_followup(r: Reading, prev: Plan | None) -> bool:
    if prev is None or r.overview:
        return False
    if r.when and r.filters and not r.anaphora and dates._edge_word(r) is not None:
        return False          # "when did the S&P 500 first reach 1000?" stands on its own
    if r.entity and prev.group and prev.limit is not None and _names_previous_place(r):
        return True           # "which department pays the most?" → "who are the employees there?"
    if r.group_prev or r.reverse or r.reset:
        return True           # "how many countries are in each?", "reverse the order", "remove the filters"
    if r.share and not r.group and (r.anaphora or any(x.text in ("that", "this", "together") for x in r.mentions)):
        return True           # "what percentage of them are in Energy?", "what share is that together?"
    shown = set(prev.select) | {g.column for g in prev.group} | {o.ref for o in prev.order if o.kind == "col"}
    asked = set(r.select) | set(r.dims_named)
    if asked and asked <= shown and not (r.measures or r.entity or r.filters or r.group or r.order or r.rank_dir):
        return True           # "in which month?" when the answer already shows the month
    if r.entity and r.rank_dir and prev.group and r.entity in prev.tables() and \
            not (r.measures or r.order or r.select or r.group or r.filters):
        return True           # "how many orders does each have?" → "which one was ordered the most?"
    if r.entity and r.rank_dir and not (r.measures or r.order or r.select) and \
            any(m.column for m in prev.measures) and not prev.group:
        return True           # "average life expectancy in Europe" → "which country has the lowest?"
    if r.entity and r.rank_dir and not (r.measures or r.order or r.select or r.filters) and prev.measures and \
            prev.group and all(g.column.split(".")[0] == r.entity for g in prev.group):
        return True           # "average city population per country" → "which country has the highest?"
    if prev.group and r.measures and _known_measures(r, prev) is not None and not (r.group or r.entity) and \
            (r.sort or r.direction or r.rank_dir or r.order or r.limit is not None):
        return True           # "order by average EPS, highest first" on a result that shows it
    if r.entity and r.measures and not r.count_anaphora and (r.group or r.dims_named or not r.connective):
        return False          # a complete question of its own ("how many companies are in each sector…")
    if _bare_count(r):
        return True           # "how many are there?" counts the previous result
    if r.measures and not (r.entity or r.group or r.filters or r.select or r.dims_named) and \
            any(f.kind in ("value", "time") for f in prev.filters) and \
            all(m.column and m.column.split(".")[0] in prev.tables() for m in r.measures):
        return True           # "how many invoices in 2021?" → "what was the total amount?": of those
    if r.group and not (r.measures or r.entity or r.select):
        return True           # "by customer", "per year"
    if r.anaphora or r.connective or r.count_anaphora:
        return True
    return not r.has_content and not r.dims_named or (not r.has_content and bool(r.rank_dir or r.order))


def new_plan(r: Reading, cat: Catalog) -> Plan:
    table = r.entity or _label_table(r, cat) or _first_table(r)
    if table is None:
        raise CannotAnswer("nothing in the question names a table, a column or a value in the data")
    if r.agg_only and not r.measures:
        unknown = f": {', '.join(repr(w) for w in r.unknown)} match nothing in the data" if r.unknown else ""
        raise CannotAnswer(f"the question asks for an aggregate but names no column to aggregate{unknown}")
    p = Plan(table=table, assumptions=list(r.assumptions))
    p.measures = list(r.measures)
    p.group = list(r.group)
    p.select = [c for c in r.select]
    p.filters = []
    if r.dims_named and not p.group:
        if p.measures or any(f.agg == -1 for f in r.filters):
            p.group = [Dim(c) for c in r.dims_named]       # "which state has the most companies"
        else:
            p.select = r.dims_named + [c for c in p.select if c not in r.dims_named]
            p.distinct = True
            p.table = r.dims_named[0].split(".")[0]
    if p.measures and not p.group and p.select and not any(m.func == "ratio" and m.of is None for m in p.measures):
        # "top 3 sectors by total market cap", "the stadium name with the most concerts": an aggregate
        # beside a category or a name means one row per value (never a column silently dropped)
        dims = [c for c in p.select if not cat.is_measure(*c.split(".")) and not cat.is_time(*c.split("."))]
        if dims:
            p.group = [Dim(c) for c in dims]
            p.select = [c for c in p.select if c not in dims]
    if r.distinct and p.select and not p.measures and not p.group:
        p.distinct = True                       # "all distinct countries where …"
        p.select = [c for c in p.select if not cat.is_measure(*c.split("."))] or p.select
    # a measure named in a grouped question without an aggregate word: average it
    if p.group and p.select:
        for c in list(p.select):
            if cat.is_measure(*c.split(".")):
                p.measures.append(Agg("avg", c))
                p.select.remove(c)
                p.assume(c.split(".")[1], "averaged within each group")
    if p.group and not p.measures:
        p.measures = [Agg("count")]
        p.assume("measure", f"counted {_plural(p.table)} in each group")
    # "which customer has the largest total amount": an aggregate over each named entity's rows
    if r.entity and p.measures and not p.group and (r.order or r.rank_dir) and all(
            m.column and cat.fans_out(r.entity, m.column.split(".")[0]) for m in p.measures):
        p.group = [Dim(c) for c in cat.entity_group(r.entity)]
    _add_filters(p, r.filters, cat)
    if any(x.text in ("compare", "comparing", "comparison", "versus", "vs") for x in r.mentions):
        compare_groups(p, cat)          # "compare the average P/E of Energy and Utilities": one row each
    measures.settle_ratio(p, cat)
    if r.overview and not p.measures and not p.group and not p.select and _label_table(r, cat) == p.table:
        _everything(p, cat)                     # "tell me about Apple": one entity, every detail
    if not measures.share_per_group(p, r):
        _share(p, r)
    p.order = list(r.order)
    p.limit = r.limit
    _apply_rank(p, r, cat)
    _roll_up(p, cat)
    dates.first_or_last_time(p, r, cat)
    _superlative_as_filter(p, cat)
    check_satisfiable(p)
    return p


def _superlative_as_filter(p: Plan, cat: Catalog) -> None:
    """'the number of concerts in the stadium with the highest capacity': a ranking inside an
    aggregate without groups picks the rows at the top, col = (SELECT MAX(col) …)."""
    if not p.measures or p.group or any(m.func == "ratio" and m.of is None for m in p.measures):
        return
    dims = [o for o in p.order if o.kind == "col" and not cat.is_measure(*o.ref.split("."))]
    if dims:
        # "rank sectors by average P/E": the categories ranked by the aggregate
        p.group = [Dim(o.ref) for o in dims]
        p.order = [Order("agg", 0, True)] + [o for o in p.order if o.kind == "agg"]
        p.filters = [f for f in p.filters if f.kind != "null"]
        return
    cols = [o for o in p.order if o.kind == "col"]
    if not cols:
        return
    for o in cols:
        p.filters = [f for f in p.filters if not (f.column == o.ref and f.kind == "null")]
        p.filters.append(Filter(o.ref, "=", ["max" if o.desc else "min"], kind="extreme"))
        p.assume(o.ref.split(".")[1], f"the rows with the {'highest' if o.desc else 'lowest'} "
                                      f"{o.ref.split('.')[1]}")
    p.order = [o for o in p.order if o.kind != "col"]
    p.limit = None
    p.assumptions = [a for a in p.assumptions if a.get("concept") != "how many"]


def check_satisfiable(p: Plan) -> None:
    """Two conditions on one column that no row can meet ('a singer above 40 and a singer below
    30') mean the question compares different rows: decline rather than answer nothing."""
    for col in {f.column for f in p.filters if f.column and f.kind == "compare"}:
        lows = [f.values[0] for f in p.filters if f.column == col and f.op in (">", ">=") and f.kind == "compare"]
        highs = [f.values[0] for f in p.filters if f.column == col and f.op in ("<", "<=") and f.kind == "compare"]
        if lows and highs and all(isinstance(v, (int, float)) for v in lows + highs) and max(lows) >= min(highs):
            name = col.split(".")[1]
            raise CannotAnswer(f"no row can have {name} above {max(lows):g} and below {min(highs):g} at once; "
                               "a question about different rows (one with each condition) is beyond this engine")


def _share(p: Plan, r: Reading) -> None:
    """'What percentage of companies are in Energy?': the conditions become the part counted."""
    if not r.share or p.group or any(m.func != "count" or m.column for m in p.measures):
        return
    part = [f for f in p.filters if f.kind in ("value", "compare", "time") and f.column]
    if not part:
        return
    p.filters = [f for f in p.filters if f not in part]
    p.measures = [Agg("share", None, where=list(part))]
    r.consumed.add("share")
    p.order, p.limit, p.select = [], None, []
    p.assume("percentage", f"share of all {p.table.replace('_', ' ')} rows, from 0 to 100")


def _everything(p: Plan, cat: Catalog) -> None:
    """'Tell me about Apple': every column of the entity and of the tables that extend it 1:1."""
    cols = [f"{p.table}.{c}" for c in cat.tables[p.table].columns]
    for fk in cat.foreign_keys:
        if fk.ref_table == p.table and cat.tables[fk.table].primary_key == [fk.column]:
            cols += [f"{fk.table}.{c}" for c in cat.tables[fk.table].columns if c != fk.column]
    p.select = cols


def compare_groups(p: Plan, cat: Catalog) -> None:
    """'compare Energy and Utilities': several values of one category with a measure -> one row each."""
    if p.measures and not p.group:
        for f in p.filters:
            if f.op == "in" and f.column and cat.is_dimension(*f.column.split(".")):
                p.group = [Dim(f.column)]
                p.assume(f.column.split(".")[1], "one row for each of the values named")
                return


def _roll_up(p: Plan, cat: Catalog) -> None:
    """Ranking customers by the amount of their orders means summing per customer, not
    listing each order: a measure across a one-to-many join is totalled per entity."""
    if p.measures or p.group or p.distinct:
        return
    for o in p.order:
        if o.kind == "col" and o.ref.split(".")[0] != p.table and cat.fans_out(p.table, o.ref.split(".")[0]):
            p.group = [Dim(c) for c in cat.entity_group(p.table)]
            p.measures = [Agg("sum", o.ref)]
            o.kind, o.ref = "agg", 0
            p.select = []
            p.assume(p.measures[0].column.split(".")[1],
                     f"totalled per {p.table.rstrip('s')} across its {p.measures[0].column.split('.')[0]} rows")
            return


def _names_previous_place(r: Reading) -> bool:
    return any(x.kind == "kw" and x.kw[0] == "place" for x in r.mentions) or \
        any(x.text in ("in it", "in them", "in those", "in that one") for x in r.mentions)


def _rows_of_previous_groups(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'Which department has the highest average salary?' → 'who are the employees there?': the
    new entity's rows whose group value is one the previous answer shows (a semi-join on it)."""
    if not (r.entity and prev.group and prev.limit is not None and _names_previous_place(r)):
        return None
    dim = prev.group[0]
    if dim.grain or not cat.connected(r.entity, dim.column.split(".")[0]):
        return None
    within = prev.copy()
    within.assumptions, within.batch = [], []
    p = Plan(table=r.entity, select=list(r.select), filters=[Filter(dim.column, "in", [], kind="in_prev")],
             assumptions=list(r.assumptions), within=within)
    for x in r.mentions:
        if x.kind == "kw" and x.kw[0] == "place":
            x.used = True
    p.assume("there", f"the {dim.column.split('.')[1]} of the previous answer")
    return p


def _reverse_or_reset(prev: Plan, r: Reading) -> Plan | None:
    """'reverse the order' flips every sort key; 'remove the filters' drops every row condition."""
    if not (r.reverse or r.reset) or r.has_content or r.filters:
        return None
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    if r.reverse:
        if not p.order:
            raise CannotAnswer("the previous answer has no order to reverse")
        for o in p.order:
            o.desc = not o.desc
    if r.reset:
        dropped = [f for f in p.filters if f.column and f.kind in ("value", "compare", "time", "group_avg",
                                                                     "group_extreme", "extreme")]
        if not dropped:
            raise CannotAnswer("the previous answer has no filter to remove")
        p.filters = [f for f in p.filters if f not in dropped]
        p.assume("filters", "removed: " + ", ".join(f.column.split(".")[1] for f in dropped))
    return p


def edit_plan(prev: Plan, r: Reading, cat: Catalog) -> Plan:
    when = dates.when_was_that(prev, r, cat)
    if when is not None:
        return when
    flipped = _reverse_or_reset(prev, r)
    if flipped is not None:
        return flipped
    there = _rows_of_previous_groups(prev, r, cat)
    if there is not None:
        return there
    share = measures.share_of_previous(prev, r, cat)
    if share is not None:
        return share
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    for col in r.drops:
        p.filters = [f for f in p.filters if f.column != col]
        p.assume(col.split(".")[1], "removed the earlier filter on it")
    if prev.limit is not None and not prev.group and not prev.measures and not prev.inner and \
            (r.count_anaphora or _bare_count(r) or r.agg_only or (r.measures and r.anaphora)):
        return _nest(prev, r, cat)
    if prev.limit is not None and prev.limit > 1 and not prev.group and not prev.measures and not prev.inner \
            and r.limit == 1 and any(o.kind == "col" for o in r.order) and not r.filters and not r.entity:
        # "just the top 3" → "which one has the largest population?": ranked among those 3 rows
        inner = prev.copy()
        inner.assumptions, inner.batch = [], []
        p = Plan(table=prev.table, order=[o for o in r.order if o.kind == "col"], limit=1, inner=inner,
                 assumptions=list(r.assumptions))
        p.filters = [Filter(o.ref, "is not null", [], kind="null") for o in p.order]
        p.assume("of those", f"ranked among the {prev.limit} rows of the previous answer")
        return p
    if r.group_prev:
        dims = [Dim(c) for c in prev.select] if prev.distinct else list(prev.group)
        if not dims and not prev.measures and r.entity and r.entity != prev.table and \
                cat.fans_out(prev.table, r.entity):
            # "list the products" → "how many orders does each have?": one row per listed entity
            dims = [Dim(f"{prev.table}.{cat.label(prev.table)}")]
        if dims:
            p.group, p.distinct, p.select, p.order, p.limit = dims, False, [], [], None
            p.measures = list(r.measures) or [Agg("count")]
            if r.entity:
                p.table = r.entity
            return p
    single = [m for m in prev.measures if m.column and m.func != "share"]
    entity = r.entity or (prev.table if r.rank_dir and r.limit == 1 else None)      # "which one is the largest?"
    if entity and len(single) == 1 and len(prev.measures) == 1 and not prev.group and not r.measures \
            and (single[0].func in ("max", "min") or r.rank_dir):
        # "what is the highest P/E?" → "which company has it?"; "average life expectancy in
        # Europe" → "which country has the lowest?": list the entity at the top of that column
        m = single[0]
        desc = (r.rank_dir == "desc") if r.rank_dir else m.func == "max"
        p.measures, p.table, p.select = [], entity, []
        p.order, p.limit = [Order("col", m.column, desc)], 1
        p.filters = [f for f in p.filters if f.agg is None]
        r.rank_dir = None
        _apply_rank(p, r, cat, edit=True)
        return p
    if r.entity and r.entity != prev.table and not (r.measures or r.group or r.order or r.rank_dir) \
            and not prev.measures and cat.connected(prev.table, r.entity):
        # "which city has the largest population?" → "in which country is it?": show that too
        label = f"{r.entity}.{cat.label(r.entity)}"
        if label not in p.select:
            p.select.append(label)
        for c in r.select:
            if c not in p.select:
                p.select.append(c)
        return p
    if r.count_anaphora or _bare_count(r) or (r.anaphora and any(a.func == "count" for a in r.measures)
                                              and not r.group):
        p.measures = [Agg("count")]
        p.group, p.order, p.select, p.distinct = list(r.group), [], [], False
        if prev.limit is not None:
            p.assume("of those", f"counted within the whole filtered set, not only the first {prev.limit} rows")
        p.limit = None
    elif r.measures and _known_measures(r, prev) is not None and p.group and not r.group:
        # sorting or limiting a result by one of the aggregates it already shows
        ix = _known_measures(r, prev)
        desc = next((o.desc for o in r.order if o.kind == "agg"), None)
        if desc is None:
            desc = (r.direction or r.rank_dir or "desc") == "desc"
        p.order = [Order("agg", ix[0], desc)]
        r.order, r.rank_dir, r.direction, r.sort = [], None, None, False
    elif r.measures:
        p.measures = list(r.measures)
        if r.group:
            p.group = list(r.group)
        if not p.group:
            p.order, p.limit, p.select = [], None, []
        else:
            p.order = [o for o in p.order if o.kind != "agg"]
    elif r.group:
        p.group = p.group + [g for g in r.group if g not in p.group] if r.too else list(r.group)
        if not p.measures:
            p.measures = [Agg("count")]
            p.select, p.order, p.limit = [], [], None
    if r.agg_only:
        func = r.agg_only[0]
        if p.measures and p.measures[0].column:
            p.measures[0] = Agg(func, p.measures[0].column)
        else:
            col = next((o.ref for o in p.order if o.kind == "col"), None) or \
                next((c for c in p.select if cat.is_measure(*c.split("."))), None)
            if col is None:
                raise CannotAnswer("the question asks for an aggregate but names no column to aggregate")
            p.measures = [Agg(func, col)]
            p.order, p.limit, p.select = [], None, []
    if (r.select or (r.listing and r.anaphora)) and not r.measures and not r.agg_only and not p.group \
            and p.measures:
        p.measures, p.order, p.limit = [], [], None      # "how many…?" then "list them" / "show their names"
    if r.dims_named and not p.measures and not p.group and not r.measures:
        if prev.limit is None and not prev.distinct and r.anaphora:
            # "which states are they in?" over a whole set: each state once, with how many
            dims = list(dict.fromkeys(r.dims_named))
            p.group, p.measures, p.select, p.order = [Dim(c) for c in dims], [Agg("count")], [], []
            p.filters = [f for f in p.filters if f.kind != "null"]
            p.assume("measure", f"counted {_plural(p.table)} in each {r.dims_named[0].split('.')[1]}")
        else:
            p.select += [c for c in r.dims_named if c not in p.select]   # "what sectors are the 5 in?"
    for c in r.select:
        if p.group or p.measures:
            if cat.is_measure(*c.split(".")) and not any(m.column == c for m in p.measures):
                func = next((m.func for m in p.measures if m.column), "avg")
                p.measures.append(Agg(func if func != "count" else "avg", c))
        elif c not in p.select:
            p.select.append(c)
    if r.dims_named and p.measures and not p.group:
        p.group = [Dim(c) for c in r.dims_named]
    if [m for m in p.measures] != [m for m in prev.measures]:
        # conditions on the old aggregates (HAVING) no longer mean anything
        p.filters = [f for f in p.filters if f.agg is None]
    _add_filters(p, r.filters, cat, replace=True)
    if r.order:
        if any(o.kind == "col" for o in r.order) and p.measures and not p.group and not r.measures:
            p.measures, p.select = [], []      # "which one has the highest X" lists rows again
        p.order = list(r.order)
    if r.limit is not None:
        p.limit = r.limit
    elif r.listing and r.anaphora and prev.limit == 1 and not r.rank_dir and not prev.group:
        # 'list them …' after 'which one …?': 'them' is the whole set again
        p.limit = None
        p.filters = [f for f in p.filters if f.kind != "null"]
    _apply_rank(p, r, cat, edit=True)
    _roll_up(p, cat)
    check_satisfiable(p)
    return p


# --------------------------------------------------------------------------------------
def _nest(prev: Plan, r: Reading, cat: Catalog) -> Plan:
    """'of those 10, how many…' / 'what is their average…': computed over the previous rows."""
    inner = prev.copy()
    inner.assumptions = []
    if r.measures:
        measures = [m for m in r.measures if m.func != "count" or not m.column]
    elif r.agg_only:
        col = next((o.ref for o in prev.order if o.kind == "col"), None)
        if col is None:
            raise CannotAnswer("the question asks for an aggregate but names no column to aggregate")
        measures = [Agg(r.agg_only[0], col)]
    else:
        measures = [Agg("count")]
    filters = [f for f in r.filters if f.column]
    needed = [m.column for m in measures if m.column] + [f.column for f in filters] + [g.column for g in r.group]
    for c in needed:
        if c not in inner.select and c.split(".")[1] not in {x.split(".")[1] for x in inner.select}:
            inner.select.append(c)
    p = Plan(table=prev.table, measures=measures or [Agg("count")], filters=filters, group=list(r.group),
             assumptions=list(r.assumptions), inner=inner)
    p.assume("of those", f"computed over the {prev.limit} rows of the previous answer")
    return p


def _known_measures(r: Reading, prev: Plan) -> list[int] | None:
    """Indexes of the question's aggregates in the previous plan, when it shows them all."""
    out = []
    for m in r.measures:
        ix = next((i for i, a in enumerate(prev.measures) if (a.func, a.column) == (m.func, m.column)), None)
        if ix is None:
            return None
        out.append(ix)
    return out or None


def _bare_count(r: Reading) -> bool:
    return [(m.func, m.column) for m in r.measures] == [("count", None)] and r.entity is None and \
        not r.group and not r.dims_named and not r.select


def _label_table(r: Reading, cat: Catalog) -> str | None:
    """A filter on an entity's name ('of Apple') makes that entity's table the base."""
    for f in r.filters:
        if f.column and f.kind == "value":
            t, c = f.column.split(".")
            if cat.label(t) == c:
                return t
    return None


def _first_table(r: Reading) -> str | None:
    for a in r.measures:
        if a.column:
            return a.column.split(".")[0]
    for cols in (r.select, [g.column for g in r.group], r.dims_named, [o.ref for o in r.order if o.kind == "col"],
                 [f.column for f in r.filters if f.column]):
        for c in cols:
            return c.split(".")[0]
    return None


def _add_filters(p: Plan, filters: list[Filter], cat: Catalog, replace: bool = False) -> None:
    for f in filters:
        if f.kind == "absent":
            child = f.values[0]
            if not any(fk.table == child and fk.ref_table == p.table for fk in cat.foreign_keys):
                raise CannotAnswer(f"no key links {child} to {p.table}, so '{p.table} without {child}' "
                                   "cannot be answered")
            if f not in p.filters:
                p.filters.append(f)
            continue
        if f.agg is not None and f.agg < 0:
            _bind_loose_compare(p, f, cat)
            continue
        if f.agg is not None:
            p.filters = [g for g in p.filters if g.agg != f.agg] if replace else p.filters
            p.filters.append(f)
            continue
        if replace:
            p.filters = [g for g in p.filters if g.column != f.column]
        p.filters.append(f)


def _bind_loose_compare(p: Plan, f: Filter, cat: Catalog) -> None:
    """'more than 50' with no column: the count (or first measure) of a grouped plan, else the
    measure the plan ranks by."""
    if p.group and p.measures:
        ix = next((i for i, a in enumerate(p.measures) if a.func == "count"), None) if f.agg == -1 else None
        ix = 0 if ix is None else ix
        p.filters = [g for g in p.filters if g.agg != ix]
        p.filters.append(Filter(None, f.op, f.values, agg=ix, kind="compare"))
        return
    col = next((o.ref for o in p.order if o.kind == "col"), None) or \
        next((c for c in p.select if cat.is_measure(*c.split("."))), None)
    if col is None:
        raise CannotAnswer(f"could not tell which column '{f.op} {f.values[0]:g}' applies to")
    p.filters = [g for g in p.filters if g.column != col]
    p.filters.append(Filter(col, f.op, f.values, kind="compare"))
    p.assume(col.split(".")[1], f"applied '{f.op} {f.values[0]:g}' to {col.split('.')[1]}")


def _apply_rank(p: Plan, r: Reading, cat: Catalog, edit: bool = False) -> None:
    """Turn ranking words without a named measure into an ORDER BY, with stated defaults."""
    want_desc = None
    if r.rank_dir:
        want_desc = r.rank_dir == "desc"
    elif r.direction:
        want_desc = r.direction == "desc"
    elif r.sort and not r.order:
        want_desc = True
    if want_desc is not None and not r.order:
        if edit and p.order:
            for o in p.order:
                o.desc = want_desc
        elif p.measures and not all(m.func == "ratio" and m.of is None for m in p.measures):
            p.order = [Order("agg", 0, want_desc)]
        else:
            col = next((c for c in p.select if cat.is_measure(*c.split("."))), None)
            if col is None:
                size = cat.size_measure(_joinable(p, cat))
                if size is None:
                    raise CannotAnswer("the question ranks by a size but the data has no numeric column for it")
                col = f"{size[0]}.{size[1]}"
                p.assume("ranking", f"'{'largest' if want_desc else 'smallest'}' is measured by {size[1]}")
            p.order = [Order("col", col, want_desc)]
    if p.order and p.limit is None and (r.rank_dir) and not edit:
        p.limit = 1 if r.singular else 10
    # ranking leaves out rows where the measure is unknown
    if p.limit is not None and not p.group:
        for o in p.order:
            if o.kind == "col" and cat.column(*o.ref.split(".")).nullable and \
                    not any(f.column == o.ref and f.op == "is not null" for f in p.filters):
                p.filters.append(Filter(o.ref, "is not null", [], kind="null"))


def _joinable(p: Plan, cat: Catalog) -> list[str]:
    out = [p.table]
    for t in sorted(cat.tables):
        if t != p.table and cat.connected(p.table, t):
            out.append(t)
    return out


def _plural(table: str) -> str:
    return table.replace("_", " ")
