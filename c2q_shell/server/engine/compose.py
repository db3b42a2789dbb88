"""Reading -> Plan for a question of its own, with every default stated as an assumption, and
the plan helpers follow-ups share (filters, rankings, roll-ups, checks). Follow-ups themselves
are edits of the previous plan (followups.py)."""
from __future__ import annotations

import re

from ..schema import singular
from . import dates, flagged, measures, shares
from .among import among_the_top, over_the_ranking
from .catalog import Catalog, key_named
from .errors import CannotAnswer
from .ledger import PERFORMANCE_WORDS
from .plan import Agg, Dim, Filter, Order, Plan
from .text import name_words
from .understand import Reading
from .vocab import BAD_ROW_WORDS, VERSUS_WORDS


def new_plan(r: Reading, cat: Catalog) -> Plan:
    if among_the_top(r):
        # 'which of the top 10 are tech companies?': the top 10 of every row, then the condition
        kept, r.filters = r.filters, []
        try:
            ranking = new_plan(r, cat)
        finally:
            r.filters = kept
        return rows_among_the_ranking(ranking, r, cat)
    table = r.entity or _label_table(r, cat) or _first_table(r)
    if table is None:
        raise CannotAnswer("nothing in the question names a table, a column or a value in the data")
    if not r.entity and r.measures and all(m.func == "count" and not m.column for m in r.measures):
        # 'how many chefs does each restaurant have?': the rows counted are the ones the value names
        # (staff whose role is Chef), on the many side of the table grouped by
        named = [f.column.split(".")[0] for f in r.filters if f.column and f.kind == "value"]
        if len(set(named)) == 1 and named[0] != table and cat.fans_out(table, named[0]):
            table = named[0]
    _rank_groups_by_aggregate(r, cat)
    if r.agg_only and not r.measures:
        unknown = f": {', '.join(repr(w) for w in r.unknown)} match nothing in the data" if r.unknown else ""
        raise CannotAnswer(f"the question asks for an aggregate but names no column to aggregate{unknown}")
    p = Plan(table=table, assumptions=list(r.assumptions))
    p.measures = list(r.measures)
    p.group = list(r.group)
    p.select = [c for c in r.select]
    p.filters = []
    rated = False
    if (r.dims_named or r.select or r.entity) and not p.group and r.share and r.rank_dir:
        _add_filters(p, r.filters, cat)
        rated = measures.rank_groups_by_rate(p, r, cat)      # 'the highest percentage of cancelled orders'
        if not rated:
            p.filters = []
    if rated:
        pass
    elif r.dims_named and not p.group:
        ranked = [o for o in r.order if o.kind == "col" and cat.is_measure(*o.ref.split("."))]
        if p.measures or any(f.agg == -1 for f in r.filters):
            p.group = [Dim(c) for c in r.dims_named]       # "which state has the most companies"
        elif ranked:
            # "which sector is the most expensive by P/E?": categories ranked by their average
            p.group = [Dim(c) for c in dict.fromkeys(r.dims_named)]
            p.measures = [Agg(cat.default_agg(o.ref), o.ref) for o in ranked]
            r.order = [Order("agg", i, o.desc) for i, o in enumerate(ranked)]
            p.assume(ranked[0].ref.split(".")[1], _agg_said(p.measures[0].func))
        else:
            p.select = r.dims_named + [c for c in p.select if c not in r.dims_named]
            p.distinct = not _names_of_rows_once(r, cat)
            p.table = r.dims_named[0].split(".")[0]
    _key_names_the_rows_counted(p, cat)
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
    if p.group and p.select and not p.measures and _each_group_one_row_of_the_measures(p, cat):
        # 'the population of each district' (one row per district): each row's own value, listed
        p.select = [d.column for d in p.group] + [c for c in p.select if c not in {d.column for d in p.group}]
        p.group = []
        p.assume("per row", "each group is one row: its own value is listed")
    elif p.group and p.select:
        # a measure named in a grouped question without an aggregate word: average it
        for c in list(p.select):
            if cat.is_measure(*c.split(".")):
                p.select.remove(c)
                if any(m.column == c for m in p.measures):
                    continue                    # 'the average S&P 500 level': already aggregated
                func = "sum" if measures.charges_of_periods(p, r, cat, c) or measures.capacity_of_groups(p, cat, c) \
                    else cat.default_agg(c)
                p.measures.append(Agg(func, c))      # amounts add up, prices average
                p.assume(c.split(".")[1], _agg_said(p.measures[-1].func))
    if p.group and not p.measures and _one_row_per_period(p, cat):
        # "show the index month by month in 1929" over monthly data: each month is one row; a count
        # of 1 in each would answer nothing asked
        col = p.group[0].column
        p.group = []
        _whole_rows(p, cat)
        r.order = r.order or [Order("col", col, desc=False)]
        p.assume(col.split(".")[1], f"each {col.split('.')[1]} is one row of {p.table}: its rows are listed")
    measures.sales_of_a_sales_table(p, r, cat)
    if p.group and not p.measures:
        p.measures = [Agg("count")]
        p.assume("measure", f"counted {_plural(p.table)} in each group")
    _count_through_link(p, cat)
    _count_of_a_named_row(p, r, cat)
    top = _aggregate_of_top_rows(p, r, cat)
    if top is not None:
        return top
    # "which customer has the largest total amount": an aggregate over each named entity's rows;
    # also kept by a bound said with no column ('departments with an average salary above 80000')
    bound = any(f.agg == -2 and f.column is None for f in r.filters)
    if r.entity and p.measures and not p.group and (r.order or r.rank_dir or bound) and all(
            m.column and cat.fans_out(r.entity, m.column.split(".")[0]) for m in p.measures):
        p.group = [Dim(c) for c in cat.entity_group(r.entity)]
    if not rated:
        _add_filters(p, r.filters, cat)
    _status_said_of_the_rows_asked(p, r, cat)
    if any(x.text in ("compare", "compared", "comparing", "comparison") or x.text in VERSUS_WORDS for x in r.mentions):
        compare_groups(p, cat)          # "compare the average P/E of Energy and Utilities": one row each
        _sides_with_nothing_to_compare(p, r, cat)
    measures.settle_ratio(p, cat)
    ranked_whole = r.overview and not p.measures and not p.group and not p.select and _ranks_rows(r)
    if r.overview and not p.measures and not p.group and not p.select and _label_table(r, cat) == p.table:
        _everything(p, cat)                     # "tell me about Apple": one entity, every detail
    elif _plain_listing(p, r):
        _whole_rows(p, cat)                     # "show all conductors": the rows, not only their names
    if not (measures.rate_per_group(p, r, cat) or measures.share_per_group(p, r, cat)):
        _share(p, r, cat)
    p.order = list(r.order)
    p.limit = r.limit
    p.ties = r.ties
    _apply_rank(p, r, cat)
    if ranked_whole and not p.select and all(o.kind == "col" and o.ref.split(".")[0] == p.table for o in p.order):
        _everything(p, cat)                     # "every detail on the biggest field": its whole row
    _categories_by_one_row(p, cat)
    _negated_child_values(p, cat)
    _condition_nouns_not_shown(p, r, cat)
    _each_row_once(p, cat)
    _roll_up(p, cat)
    dates.first_or_last_time(p, r, cat)
    _superlative_as_filter(p, cat)
    measures.average_per_entity(p, r, cat)
    per_row_average(p, cat, {x.col for x in r.mentions if x.kind == "ref" and x.col and x.ref.kind == "column"})
    rank_groups_by_average(p, cat)
    groups_named_by_parent(p, cat)
    groups_by_the_key_held(p, cat)
    _codes_with_their_names(p, cat)
    _values_that_have_rows(p, r, cat)
    _figure_read_as_the_key(p, r, cat)
    flagged.count_rows_kept_to_a_flag(p, cat)
    check_satisfiable(p, cat)
    return p


def rows_among_the_ranking(ranking: Plan, r: Reading, cat: Catalog) -> Plan:
    """The rows of a ranked listing that meet the question's conditions ('which of the top 10 are …')."""
    p = over_the_ranking(ranking, cat)
    _add_filters(p, r.filters, cat)
    return p


def _figure_read_as_the_key(p: Plan, r: Reading, cat: Catalog) -> None:
    """'What is the capacity of each hostel?' over bed_capacity keyed by capacity_id: a singular word
    the catalog reads as a table's single key (not an id word, not the table's own name for a row)
    asks for a figure of the rows, never their row number; shown as the key it would be a
    confident wrong answer, so it is declined with the word named."""
    for x in r.mentions:
        col = x.col if x.kind == "ref" else None
        if col is None or col not in p.select or x.text.lower().endswith("s"):
            continue
        table, column = col.split(".")
        if cat.tables[table].primary_key != [column] or not key_named(column) or \
                not cat.names_rows_by_their_key(x.ref, x.text):
            continue                            # a month or a ticker as the key is a value shown
        if singular(table).lower().replace("_", " ") == x.text.lower():
            continue                            # 'each order' of orders: the rows themselves
        raise CannotAnswer(f"'{x.text}' names {table} only by its key {column}, not a figure it holds: "
                           f"say which column of {table} is meant")


def _values_that_have_rows(p: Plan, r: Reading, cat: Catalog) -> None:
    """'Which cities have a gym?', 'list the cities with gyms': the values of an attribute of the
    rows named after 'have'/'with' that occur among them, each once; not each gym with its city."""
    if p.measures or p.group or p.order or p.limit is not None or p.inner or len(r.select) != 1 or not r.entity:
        return
    col = r.select[0]
    t, c = col.split(".")
    info = cat.tables[t]
    if t != r.entity or t != p.table or c == cat.label(t) or c in info.primary_key or \
            cat.column(t, c).kind != "text" or not info.row_count or cat.column(t, c).profile.distinct >= info.row_count:
        return
    refs = [(i, x) for i, x in enumerate(r.mentions) if x.kind == "ref" and x.ref is not None]
    first = next((i for i, x in refs if x.col == col), None)
    rows = next((i for i, x in refs if x.ref.kind == "table" and x.ref.table == t), None)
    if first is None or rows is None or rows <= first:
        return
    between = [x.text for x in r.mentions[first + 1:rows]]
    if not between or between[0] not in ("have", "has", "with") or \
            any(w not in ("have", "has", "with", "a", "an", "any", "at", "least", "one") for w in between):
        return
    p.select, p.distinct = [col], True


def _one_row_per_period(p: Plan, cat: Catalog) -> bool:
    """Grouped by one date column of the table itself at the grain its values already have (monthly
    data by month), where each value is in one row only."""
    if len(p.group) != 1 or p.inner is not None:
        return False
    d = p.group[0]
    t, c = d.column.split(".")
    col, info = cat.column(t, c), cat.tables[t]
    return t == p.table and col.kind == "date" and d.grain in (None, col.profile.grain or None) and \
        bool(info.row_count) and col.profile.distinct == info.row_count


def _key_names_the_rows_counted(p: Plan, cat: Catalog) -> None:
    """'how many of the requests in March were urgent?' where 'requests' matched the key request_id
    of service_requests: the key beside a count of its own table names the rows counted; one group
    per key would count 1 in each."""
    if not p.measures or any(m.func != "count" or m.column for m in p.measures) or p.group:
        return
    pk = cat.tables[p.table].primary_key
    if len(pk) == 1 and f"{p.table}.{pk[0]}" in p.select:
        p.select = [c for c in p.select if c != f"{p.table}.{pk[0]}"]


def _codes_with_their_names(p: Plan, cat: Catalog) -> None:
    """'What make is U-1042?' over vehicle.make_cd, a code looked up in make_lkp(make_cd, make_nm):
    the code is shown with the name the lookup table gives it ('INT', 'International')."""
    if p.measures or p.group:
        return
    for c in list(p.select):
        t, col = c.split(".", 1)
        for fk in cat.foreign_keys:
            if fk.table != t or fk.column != col or fk.ref_table == t:
                continue
            lookup = cat.tables[fk.ref_table]
            name = cat.label(fk.ref_table)
            if len(lookup.columns) <= 3 and name and name != fk.ref_column and \
                    cat.column(fk.ref_table, name).kind == "text" and f"{fk.ref_table}.{name}" not in p.select:
                p.select.insert(p.select.index(c) + 1, f"{fk.ref_table}.{name}")


def _count_of_a_named_row(p: Plan, r: Reading, cat: Catalog) -> None:
    """'how many on free trial?' where 'Free trial' is the label of one row of a lookup table
    (sub_status): a count of that one row is always 1; the rows counted are those of the table
    that refers to it (the subscriptions with that status) when only one table does, else which
    ones the question does not say (declined)."""
    if p.measures != [Agg("count")] or p.group or r.entity or r.select or r.dims_named:
        return
    named = [f for f in r.filters if f.column]
    if not named or any(f.kind != "value" or f.op not in ("=", "in") or f.column.split(".")[0] != p.table
                        for f in named):
        return
    info = cat.tables[p.table]
    if not info.row_count or not any(cat.column(*f.column.split(".")).profile.distinct == info.row_count
                                     for f in named):
        return                          # a value several rows share ('in Energy') counts those rows
    if any(x.kind == "ref" and x.ref is not None and x.ref.kind == "table" and x.ref.table == p.table
           for x in r.mentions):
        return                          # 'how many statuses are …' names the rows counted
    referring = sorted({fk.table for fk in cat.foreign_keys if fk.ref_table == p.table and fk.table != p.table})
    value = ", ".join(str(v) for f in named for v in f.values)
    if len(referring) != 1:
        raise CannotAnswer(f"'{value}' is one row of {_plural(p.table)}, so counting it would give 1, and "
                           f"{' and '.join(referring) or 'no table'} refer to it: say what to count", [])
    p.table = referring[0]
    p.assume("count", f"'{value}' names one row of {_plural(named[0].column.split('.')[0])}: counted the "
                      f"{_plural(p.table)} that refer to it")


def _count_through_link(p: Plan, cat: Catalog) -> None:
    """'How many employees does each shop have?' with employees tied to shops by a link table
    (hiring): the link's rows of each shop are counted (its distinct employees), never employees
    grouped from their side, where one with no shop would count in an empty group."""
    if p.inner is not None or p.measures != [Agg("count")] or not p.group or any(d.grain for d in p.group):
        return
    groups = {d.column.split(".")[0] for d in p.group}
    if len(groups) != 1 or p.table in groups:
        return
    path = cat.join_path(p.table, next(iter(groups))) or []
    if len(path) != 2:
        return
    (link, to_counted), (_g, to_group) = path
    if not (to_counted.table == link and to_counted.ref_table == p.table and to_group.table == link) or \
            to_counted.more:            # a key of several columns has no one column to count
        return
    counted = p.table
    p.table = link
    p.measures = [Agg("count", f"{counted}.{to_counted.ref_column}", distinct=True)]
    p.assume("count", f"the distinct {_plural(counted)} of the {link.replace('_', ' ')} rows of each group")


def groups_named_by_parent(p: Plan, cat: Catalog) -> None:
    """'How many flights does each airline have?' grouped by flights.Airline, a key to airlines:
    each group is the row the key points at, shown by its key and its name."""
    out = []
    for d in p.group:
        t, c = d.column.split(".")
        fk = next((f for f in cat.foreign_keys if (f.table, f.column) == (t, c)), None)
        names = [] if fk is None else [f"{fk.ref_table}.{n}" for n in cat.label_columns(fk.ref_table)
                                       if n not in cat.tables[fk.ref_table].primary_key and
                                       cat.column(fk.ref_table, n).kind == "text"]
        if d.grain or not names or fk.ref_table == t or p.inner is not None or \
                cat.join_path(p.table, fk.ref_table) is None or cat.fans_out(p.table, fk.ref_table):
            out.append(d)
            continue
        key = f"{fk.ref_table}.{fk.ref_column}"
        out += [Dim(n) for n in [key] + names if all(g.column != n for g in p.group + out)]
        for o in p.order:
            if o.kind == "col" and o.ref == d.column:
                o.ref = key
    p.group = out


def groups_by_the_key_held(p: Plan, cat: Catalog) -> None:
    """'lowest battery per sensor' over readings whose fk_sensor_id points at sensors shown by
    nothing but that key: each group is the key the rows hold under their own name, grouped on that
    column. A join to the table of keys would add nothing shown and lose the rows whose key matches
    no row there. (A key held under the same name is left to the join: follow-ups read its table.)"""
    if p.inner is not None or p.within is not None:
        return
    for d in p.group:
        t, c = d.column.split(".")
        if d.grain or t == p.table or cat.tables[t].primary_key != [c] or cat.label_columns(t) != [c]:
            continue
        fks = [f for f in cat.foreign_keys if f.table == p.table and f.ref_table == t]
        if len(fks) != 1 or fks[0].ref_column != c or fks[0].column == c or \
                any(u.split(".")[0] == t for u in p.columns_used() if u != d.column):
            continue
        held = f"{p.table}.{fks[0].column}"
        d.column = held
        for o in p.order:
            if o.kind == "col" and o.ref == f"{t}.{c}":
                o.ref = held


def _rank_groups_by_aggregate(r: Reading, cat: Catalog) -> None:
    """'Which major has the youngest students on average?': an aggregate word with no column of its
    own, beside a ranking by a measure, ranks the values of the one column named by that aggregate
    of the measure (one group per value)."""
    ranked = [o for o in r.order if o.kind == "col" and cat.is_measure(*o.ref.split("."))]
    named = [c for c in dict.fromkeys(r.dims_named + r.select) if c not in {o.ref for o in ranked}]
    if not r.agg_only or r.measures or r.group or len(ranked) != 1 or len(r.order) != 1 or len(named) != 1 or \
            len(set(r.agg_only)) != 1 or r.agg_only[0] not in ("avg", "sum", "max", "min"):
        return
    if not cat.connected(named[0].split(".")[0], ranked[0].ref.split(".")[0]) or \
            cat.tables[named[0].split(".")[0]].primary_key == [named[0].split(".")[1]]:
        return
    r.measures = [Agg(r.agg_only[0], ranked[0].ref)]
    r.order = [Order("agg", 0, ranked[0].desc)]
    r.group = [Dim(named[0])]
    r.select = [c for c in r.select if c != named[0]]
    r.dims_named = [c for c in r.dims_named if c != named[0]]


def _names_of_rows_once(r, cat: Catalog) -> bool:
    """'List the funded projects at Marlowe': a name or title column the question names by the rows
    ('projects', not 'titles') lists each row (two projects may share a title), not the distinct titles,
    when nothing the question keeps them
    by lies on rows that are many for each of them (a join that would repeat them)."""
    if len(r.dims_named) != 1 or r.distinct:
        return False
    t, c = r.dims_named[0].split(".")
    said = [x.text for x in r.mentions if x.kind == "ref" and x.col == r.dims_named[0]]
    rows = len(said) == 1 and not {"name", "names", "title", "titles"} & set(said[0].split())
    if not (rows and {"name", "title"} & set(cat.name_words_of(c))) or cat.column(t, c).kind != "text":
        return False                # ('the job titles': the titles themselves, each once)
    others = {f.column.split(".")[0] for f in r.filters if f.column} - {t}
    return all(cat.join_path(t, o) is not None and not cat.fans_out(t, o) for o in others)


def _each_row_once(p: Plan, cat: Catalog) -> None:
    """'restaurants with a chef': a listing filtered on a table with many rows for each row listed
    shows each row once, not once per matching chef."""
    if p.measures or p.group or p.distinct or p.order or p.limit is not None or p.inner or \
            (p.within and not any(f.kind == "in_prev" for f in p.filters)):
        return
    if any(c.split(".")[0] != p.table for c in p.select):
        return
    if any(f.column and f.column.split(".")[0] != p.table and cat.fans_out(p.table, f.column.split(".")[0])
           for f in p.filters if f.kind in ("value", "compare", "time", "in_prev")):
        names = cat.borrowed_label(p.table) + cat.entity_group(p.table)     # players: the persons' names too
        p.select = names + [c for c in p.select if c not in names]
        p.distinct = True


def _condition_nouns_not_shown(p: Plan, r: Reading, cat: Catalog) -> None:
    """'projects with a plumbing sub': 'sub' (read as subcontractors' key) names the related rows
    the value picks, not a column to show beside each project."""
    if p.measures or p.group:
        return
    for x in r.mentions:
        if x.kind != "ref" or x.ref is None or x.ref.kind != "column" or not x.col or x.col not in p.select:
            continue
        t = x.ref.table
        if t == p.table or not cat.names_rows_by_their_key(x.ref, x.text) or \
                not any(f.column and f.column.split(".")[0] == t and f.kind == "value" for f in p.filters):
            continue
        p.select = [c for c in p.select if c != x.col]


def _negated_child_values(p: Plan, cat: Catalog) -> None:
    """'restaurants with no bartender': a negated value of a table with many rows for each row
    listed means none of them has it, not that one of them does not — which a join cannot say."""
    for f in p.filters:
        if f.kind == "value" and f.op in ("!=", "not in") and f.column:
            t = f.column.split(".")[0]
            if t != p.table and cat.fans_out(p.table, t):
                value = ", ".join(map(str, f.values))
                raise CannotAnswer(f"'not {value}' is a condition on {t}, which has many rows for each of the "
                                   f"{p.table.replace('_', ' ')}: 'none of them is {value}' is beyond this engine; "
                                   f"ask for the {p.table.replace('_', ' ')} with {value} instead",
                                   [str(v) for v in f.values])


def _categories_by_one_row(p: Plan, cat: Catalog) -> None:
    """'which region used the least?' read as the region of the one smallest reading: a category
    ranked by a measure that has many values in it needs a total or an average, which the question
    did not say — decline rather than pick one row."""
    if not (p.distinct and p.limit is not None and not p.group and not p.measures):
        return
    ranked = [o.ref for o in p.order if o.kind == "col" and cat.is_measure(*o.ref.split("."))]
    shown = [c for c in p.select if c not in ranked]
    if ranked and shown and all(cat.is_dimension(*c.split(".")) for c in shown):
        dim, col = shown[0].split(".")[1], ranked[0].split(".")[1]
        raise CannotAnswer(f"the question ranks {dim} values by {col}, which has many values for each {dim}, and "
                           f"does not say how to combine them; ask for the total or the average ('the {dim} with "
                           f"the highest total {col.replace('_', ' ')}')")


def _aggregate_of_top_rows(p: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'the total market cap of the 10 largest companies': the aggregate over the rows the
    ranking keeps (a ranked listing nested inside), never the ranking of one aggregate."""
    if any(o.kind == "agg" for o in r.order):
        return None         # 'top 5 customers by number of orders' ranks by the aggregate itself
    measured = {m.column for m in p.measures if m.column}
    own = [o for o in r.order if o.kind == "col" and o.ref.split(".")[0] == r.entity and o.ref not in measured]
    if not ((r.rank_dir or own) and r.entity == p.table and p.measures and not p.group and r.limit and
            r.limit > 1) or any(m.func not in ("sum", "avg", "count", "max", "min") for m in p.measures):
        return None
    counting = all(m.func == "count" for m in p.measures)
    # "how many of the 10 largest companies are in Energy?": the conditions pick among those rows;
    # "the average P/E of the 5 largest companies in Energy": they scope the ranking
    inner = Plan(table=p.table, order=own)
    if not counting:
        _add_filters(inner, r.filters, cat)
    if not own:
        _apply_rank(inner, r, cat)
    inner.limit = r.limit
    if not inner.order:
        return None
    pk = cat.tables[p.table].primary_key
    if any(m.column and cat.fans_out(p.table, m.column.split(".")[0]) for m in p.measures) and len(pk) == 1:
        # "the average rainfall of the 2 oldest stations": every reading of those 2 stations
        key = f"{p.table}.{pk[0]}"
        inner.select = [key]
        outer = Plan(table=p.table, measures=list(p.measures), assumptions=list(p.assumptions) + inner.assumptions,
                     filters=[Filter(key, "in", [], kind="in_prev")], within=inner)
        inner.assumptions = []
        outer.assume("of those", f"computed over the rows of the {r.limit} {_plural(p.table)} the ranking keeps")
        return outer
    outer = Plan(table=p.table, measures=list(p.measures), assumptions=list(p.assumptions) + inner.assumptions,
                 inner=inner)
    if counting:
        _add_filters(outer, [f for f in r.filters if f.column], cat)
    inner.assumptions = []
    outer.assume("of those", f"computed over the {r.limit} rows the ranking keeps")
    return outer


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


def _one_each(col: str, cat: Catalog) -> bool:
    """A column with one value per row: the key, or a label that is unique."""
    t, c = col.split(".")
    table = cat.tables[t]
    return table.primary_key == [c] or bool(c == cat.label(t) and table.row_count and
                                            cat.column(t, c).profile.distinct == table.row_count)


def _each_group_one_row_of_the_measures(p: Plan, cat: Catalog) -> bool:
    """'population by district' where districts are keyed by the district: every group is one row
    of the table the measures named belong to, so there is nothing to aggregate."""
    named = [c for c in p.select if cat.is_measure(*c.split("."))]
    tables = {c.split(".")[0] for c in named}
    return len(tables) == 1 and len(named) == len(p.select) and all(
        not d.grain and d.column.split(".")[0] in tables and _one_each(d.column, cat) for d in p.group)


def _unique(col: str, cat: Catalog) -> bool:
    """A column with a different value in every row: the key, or a name no two rows share."""
    t, c = col.split(".")
    table = cat.tables[t]
    return table.primary_key == [c] or bool(table.row_count and cat.column(t, c).profile.distinct == table.row_count)


def one_per_group(p: Plan, col: str, cat: Catalog) -> str | None:
    """The column to show for `col` beside groups that each are one row of a table, when every
    group has one value of it (a column of that row, or of a row it points at): a key pointing
    at a table is shown by that table's name ('continents' → the continent's name). None when
    a group can hold several values."""
    t, c = col.split(".")
    fk = next((f for f in cat.foreign_keys if (f.table, f.column) == (t, c)), None)
    if fk is not None and cat.label(fk.ref_table) not in cat.tables[fk.ref_table].primary_key:
        col, t = f"{fk.ref_table}.{cat.label(fk.ref_table)}", fk.ref_table
    for d in p.group:
        if not d.grain and _unique(d.column, cat):
            owner = d.column.split(".")[0]
            if owner == t or (cat.join_path(owner, t) and not cat.fans_out(owner, t)):
                return col
    return None


def per_row_average(p: Plan, cat: Catalog, named: set[str] = frozenset()) -> None:
    """'average fare per trip': a group per row of the table averaged is every row on its own;
    the question means the average over those rows."""
    if not p.group or not p.measures:
        return
    # 'average tip per order by channel': the order's key among the groups is every row on its own
    tables = {m.column.split(".")[0] if m.func == "avg" and m.column else None for m in p.measures}
    if len(tables) != 1 or None in tables:
        return
    keys = [d for d in p.group if not d.grain and d.column.split(".")[0] in tables and _one_each(d.column, cat)]
    if len(keys) != 1:
        return
    t, c = keys[0].column.split(".")
    # the row's label came with its key ('per batch': batchId and brewerName): it goes with it
    entity = set(cat.entity_group(t)) if keys[0].column in cat.entity_group(t) else {keys[0].column}
    p.group = [d for d in p.group if d is not keys[0] and (d.column not in entity or d.column in named)]
    p.order = [o for o in p.order if o.kind != "col" or o.ref != f"{t}.{c}"]
    p.assume("per row", f"each {_plural(t)[:-1] if _plural(t).endswith('s') else t} is one row: the average "
                        f"over all {t.replace('_', ' ')}")


def per_row_keeps_the_groups(prev: Plan, p: Plan, r: Reading, cat: Catalog) -> None:
    """'budget by city' → 'avg per project': 'per' the rows of the measure's own table, with only an
    aggregate word, is the grain of the average (each project one row), not a new grouping: the
    groups shown stay and the measure is averaged over their rows ('the average cost per treatment
    instead' after the total per centre: the average of the treatments at each centre)."""
    averaged = r.agg_only or (r.measures and all(m.func == "avg" and m.column for m in r.measures))
    if not prev.group or not averaged or p.inner is not None or not p.measures:
        return
    tables = {m.column.split(".")[0] for m in p.measures if m.column}
    per = [x for x in r.mentions if x.kind == "kw" and x.kw[0] == "group" and x.text == "per"]
    if len(tables) != 1 or len(per) != 1:
        return
    t = next(iter(tables))
    own = cat.entity_group(t)
    if _per_parent_in_groups(prev, p, r, t, cat) or sorted(d.column for d in r.group) != sorted(own) or \
            any(d.column in own for d in prev.group):
        return
    p.group = [Dim(d.column, d.grain) for d in prev.group]
    p.order = [o for o in p.order if o.kind != "col" or o.ref not in own]
    p.assume("per row", f"each {_plural(t)[:-1] if _plural(t).endswith('s') else t} is one row: the average "
                        f"over the {_plural(t)} in each group shown")


def _per_parent_in_groups(prev: Plan, p: Plan, r: Reading, t: str, cat: Catalog) -> bool:
    """'spend by tier' → 'avg per customer': an amount averaged per the parent its rows belong to,
    within the groups shown (their total over their number of customers). Where the groups are
    not the parent's own columns ('units by region' of the sites → 'avg per client'), whether
    the average is within each group or one row per parent is not said: declined."""
    entity = {d.column.split(".")[0] for d in r.group}
    a = p.measures[0]
    if len(entity) != 1 or len(p.measures) != 1 or a.func != "avg" or cat.default_agg(a.column) != "sum":
        return False
    e = next(iter(entity))
    own = cat.entity_group(e)
    pk = cat.tables[e].primary_key
    if e == t or sorted(d.column for d in r.group) != sorted(own) or len(pk) != 1 or \
            not cat.fans_out(e, t) or cat.fans_out(t, e) or any(d.column in own for d in prev.group):
        return False
    if any(d.column.split(".")[0] not in (e, t) for d in prev.group):
        ms = r.mentions
        i = next(i for i, x in enumerate(ms) if x.kind == "kw" and x.text == "per")
        noun = ms[i + 1].text if i + 1 < len(ms) else e.replace("_", " ")
        raise CannotAnswer(f"'per {noun}' after groups by {', '.join(d.grain or d.column.split('.')[1] for d in prev.group)}"
                           f": the average per {noun} within each group, or one row per {noun}, is not said",
                           [f"per {noun}"])
    p.group = [Dim(d.column, d.grain) for d in prev.group]
    p.measures = [Agg("avg", a.column, other=f"{e}.{pk[0]}")]
    p.order = [o for o in p.order if o.kind != "col" or o.ref not in own]
    p.assume("per", f"average {a.column.split('.')[1]} per {e.replace('_', ' ')}: the total over the number of "
                    f"{e.replace('_', ' ')} in each group shown")
    return True


def rank_groups_by_average(p: Plan, cat: Catalog) -> None:
    """'the month with the highest sp500' over rows grouped by month: each group ranked by its
    average of the measure (a stated assumption), never the ranking silently dropped. An amount
    that adds up ('which quarter made the most money?') ranks each group by its total."""
    if not p.group:
        return
    for o in p.order:
        if o.kind == "col" and all(d.column != o.ref for d in p.group) and cat.is_measure(*o.ref.split(".")):
            ix = next((i for i, m in enumerate(p.measures) if m.func == "avg" and m.column == o.ref), None)
            if ix is None:      # 'which month had the highest revenue?' over monthly totals: the total shown
                # (each group's share of the total of the column ranks the groups as their totals do)
                shown = [i for i, m in enumerate(p.measures) if m.column == o.ref and
                         (m.func in ("sum", "max", "min") or (m.func == "pct_total" and m.of == "sum"))]
                if len(shown) == 1:
                    o.kind, o.ref = "agg", shown[0]
                    continue
            how = "averaged"
            if ix is None:
                func = cat.default_agg(o.ref)
                how = "totalled" if func == "sum" else how
                p.measures.append(Agg(func, o.ref))
                ix = len(p.measures) - 1
            o.kind, o.ref = "agg", ix
            p.assume(p.measures[ix].column.split(".")[1], f"{how} within each group to rank the groups")


def _orphans_shown_by_their_key(p: Plan, cat: Catalog) -> None:
    """'readings whose fk_sensor_id is not in dim_sensor' → 'which sensor ids are those?': rows whose
    key matches no row of the table it points at have no row there to join; its key is the key they
    hold (shown from their own column), and any other column of it is unknown: declined."""
    for f in [f for f in p.filters if f.kind == "dangling"]:
        table, key = f.values
        held = f.column
        p.select = list(dict.fromkeys(held if c == f"{table}.{key}" else c for c in p.select))
        for d in p.group:
            if d.column == f"{table}.{key}":
                d.column = held
        for o in p.order:
            if o.kind == "col" and o.ref == f"{table}.{key}":
                o.ref = held
        other = [c for c in p.columns_used() if c.split(".")[0] == table]
        if other:
            raise CannotAnswer(f"the {held.split('.')[0]} rows kept point at no row of {table}, so its "
                               f"{other[0].split('.')[1]} is unknown for them")


def check_satisfiable(p: Plan, cat: Catalog) -> None:
    """Two conditions on one column that no row can meet ('a singer above 40 and a singer below
    30') mean the question compares different rows: decline rather than answer nothing. So does a
    condition on the rows an absence says there are none of ('vessels that never sailed to Fara':
    no crossing at all, and a crossing to Fara)."""
    measures.one_currency(p, cat)
    dates.weekday_of_another_table(p, cat)
    _orphans_shown_by_their_key(p, cat)
    for m in p.measures:
        one_value = {}
        for w in m.where or []:
            if w.column and w.op == "=" and w.kind == "value":
                if one_value.setdefault(w.column, w.values) != w.values:
                    # 'split into trial and non-trial' read as a share of the rows that are both
                    raise CannotAnswer(f"the part counted would have {w.column.split('.')[1]} equal to two values at "
                                       "once, which no row has; ask for each value's share, or a split by "
                                       f"{w.column.split('.')[1]}")
    for a in p.filters:
        if a.kind != "absent" or a.op != "not exists":
            continue
        child = a.values[0]
        for f in p.filters:
            t = f.column.split(".")[0] if f.column else None
            if t is None or t == p.table:
                continue
            path = cat.join_path(p.table, t) or []
            if t == child or any(step[0] == child for step in path):
                raise CannotAnswer(
                    f"it asks for {p.table} rows with no {child} row where {f.column.split('.')[1]} meets a "
                    f"condition; the engine can find {p.table} rows with no {child} row at all, or those with a "
                    f"{child} row meeting the condition, but not this")
    for col in {f.column for f in p.filters if f.column and f.kind == "compare"}:
        lows = [f.values[0] for f in p.filters if f.column == col and f.op in (">", ">=") and f.kind == "compare"]
        highs = [f.values[0] for f in p.filters if f.column == col and f.op in ("<", "<=") and f.kind == "compare"]
        if lows and highs and all(isinstance(v, (int, float)) for v in lows + highs) and max(lows) >= min(highs):
            name = col.split(".")[1]
            raise CannotAnswer(f"no row can have {name} above {max(lows):g} and below {min(highs):g} at once; "
                               "a question about different rows (one with each condition) is beyond this engine")
    for col in sorted({f.column for f in p.filters if f.column and f.kind == "time"}):
        if _rows_of_either_period(p, col, cat):
            continue
        spans = [_time_span(f) for f in p.filters if f.column == col and f.kind == "time" and f.values]
        lows = [lo for lo, _ in spans if lo is not None]
        highs = [hi for _, hi in spans if hi is not None]
        if len(spans) > 1 and lows and highs and len({type(x) for x in lows + highs}) == 1 and max(lows) > min(highs):
            # 'how many were made in 2023 and how many in 2024?': two periods, not one
            raise CannotAnswer(f"the question names periods of {col.split('.')[1]} that no row is in at once "
                               f"({min(highs)} and {max(lows)}); ask for each period on its own, or by year")


def _time_span(f: Filter) -> tuple:
    """The (first, last) time a condition on a time column lets through; None where it is open."""
    v = f.values
    return {"=": (v[0], v[0]), "between": (v[0], v[-1]), ">=": (v[0], None), ">": (v[0], None),
            "<": (None, v[0]), "<=": (None, v[0])}.get(f.op, (None, None))


def _rows_of_either_period(p: Plan, col: str, cat: Catalog) -> bool:
    """'the S&P 500 level in January 2000 and January 2010', 'the CPI in 1990 and in 2020': rows
    asked for (no figure over them) in two or more whole periods that no row is in at once are the
    rows of each period, shown with their time: one condition that holds in any of them. A figure
    over them ('how many in 2023 and 2024?': both together or one each?) is still declined. Only a
    time series (monthly data, years) has rows that are the periods' own; the rows of events
    ('pints sold in Q4 2023 versus Q4 2024') in two periods are what a figure per period is over."""
    c = cat.column(*col.split("."))
    if c.profile.grain != "month" and c.kind != "year":
        return False
    periods = [f for f in p.filters if f.column == col and f.kind == "time" and f.agg is None]
    spans = [_time_span(f) for f in periods if f.op in ("between", "=") and f.values]
    if len(spans) < 2 or len(spans) != len(periods) or p.measures or p.group or p.inner is not None:
        return False
    if len({type(v) for span in spans for v in span}) != 1:
        return False
    spans.sort()
    if any(a[1] >= b[0] for a, b in zip(spans, spans[1:])):
        return False            # overlapping periods: one row can be in both, so the AND stands
    p.filters = [f for f in p.filters if f not in periods] + [Filter(col, "any_of", [list(s) for s in spans], kind="time")]
    if col not in p.select:
        p.select.append(col)
    if not p.order:
        p.order = [Order("col", col, desc=False)]
    said = " and ".join(f"{lo}" if lo == hi else f"{lo} to {hi}" for lo, hi in spans)
    p.assume(col.split(".")[1], f"the rows of each period named ({said}), in time order")
    return True


def _share(p: Plan, r: Reading, cat: Catalog) -> None:
    """'What percentage of companies are in Energy?': the conditions become the part counted."""
    if not r.share or p.group or any(m.func != "count" or m.column for m in p.measures):
        return
    part = [f for f in p.filters if f.kind in ("value", "compare", "time") and f.column]
    if not part or any(f.op == "=" and cat.label(f.column.split(".")[0]) == f.column.split(".")[1] for f in part):
        return                  # "Apple's share": one named row is not a part of a count (declined)
    whole = shares.whole_named_after_share(part, r.mentions, p.table)
    if len({f.column for f in part if f not in whole}) != 1:
        whole = []
    if whole:
        # 'what share of the Spring 2024 cohort completed?': the group named is the whole
        part = [f for f in part if f not in whole]
        said = " and ".join(f"{f.column.split('.')[1]} {', '.join(map(str, f.values))}" for f in whole)
        p.assume("percentage", f"share of the {p.table.replace('_', ' ')} rows with {said}, from 0 to 100")
    elif len({f.column for f in part}) > 1:
        # 'what share of readings in Wales were estimated?': which condition is the whole and which
        # the part the question does not say to the engine; both as the part is another question
        raise CannotAnswer("the share has conditions on " + " and ".join(sorted({f.column.split('.')[1] for f in part}))
                           + ", and the engine cannot tell which one makes the whole: ask for the share of the "
                           "rows with one condition, among the rows with the other (one condition per question)")
    _whole_named_by_a_column(p, part)
    p.filters = [f for f in p.filters if f not in part]
    p.measures = [Agg("share", None, where=list(part))]
    r.consumed.add("share")
    p.order, p.limit, p.select = [], None, []
    if not whole:
        p.assume("percentage", f"share of all {p.table.replace('_', ' ')} rows, from 0 to 100")


def _whole_named_by_a_column(p: Plan, part: list[Filter]) -> None:
    """'What percentage of all bookings got cancelled?' where 'bookings' only named a column
    (FirstBookingDate) of another table than the condition's: the share would be of that table's
    rows, which nothing said are the rows meant (declined, naming the column)."""
    named = [c for c in p.select if c.split(".")[0] == p.table]
    if named and all(f.column.split(".")[0] != p.table for f in part):
        col = named[0].split(".")[1]
        raise CannotAnswer(f"the share's rows were named only by the column {col} of {p.table}, while the "
                           f"condition is on {part[0].column.split('.')[0]}; the engine cannot tell whose rows "
                           "make the whole: name the table whose rows are counted", [col])


def _everything(p: Plan, cat: Catalog) -> None:
    """'Tell me about Apple': every column of the entity and of the tables that extend it 1:1."""
    cols = [f"{p.table}.{c}" for c in cat.tables[p.table].columns]
    for fk in cat.foreign_keys:
        if fk.ref_table == p.table and cat.tables[fk.table].primary_key == [fk.column]:
            cols += [f"{fk.table}.{c}" for c in cat.tables[fk.table].columns if c != fk.column]
    p.select = cols


WHOLE_ROW_LIMIT = 12        # a listing of whole rows shows at most this many columns
LISTING_WORDS = ("all", "every", "the", "me", "us", "of", "our", "please", "?", ".", "!")


def _plain_listing(p: Plan, r: Reading) -> bool:
    """'Show all conductors', 'List all employees', 'Show me the professionals': a listing of a
    table that names nothing to show, no condition and no order."""
    if not r.listing or p.measures or p.group or p.select or p.filters or r.order or r.limit or r.rank_dir:
        return False
    words = [x for x in r.mentions[1:] if not (x.kind == "kw" and x.kw[0] in ("all", "list")) and x.text not in LISTING_WORDS]
    return len(words) == 1 and words[0].kind == "ref" and words[0].ref is not None and \
        words[0].ref.kind == "table" and words[0].ref.table == p.table


def _whole_rows(p: Plan, cat: Catalog) -> None:
    """The columns of a listing of whole rows: keys first, then the others as the table has them."""
    t = cat.tables[p.table]
    keys = [c for c in t.columns if c in t.primary_key]
    cols = keys + [c for c in t.columns if c not in keys]
    p.select = [f"{p.table}.{c}" for c in cols[:WHOLE_ROW_LIMIT]]
    if len(cols) > WHOLE_ROW_LIMIT:
        p.assume("columns", f"showing the first {WHOLE_ROW_LIMIT} of the {len(cols)} columns of {p.table}")


def compare_groups(p: Plan, cat: Catalog) -> None:
    """'compare Energy and Utilities': several values of one category with a measure -> one row each;
    so for named rows ('the average charge for bed bugs compared with cockroaches': one row per pest)."""
    if not p.measures and not p.group:
        _compare_totals(p, cat)
    if p.measures and not p.group:
        for f in p.filters:
            if f.op == "in" and f.column and (cat.is_dimension(*f.column.split(".")) or
                                              f.column.split(".")[1] == cat.label(f.column.split(".")[0])):
                p.group = [Dim(f.column)]
                p.assume(f.column.split(".")[1], "one row for each of the values named")
                return


def _sides_with_nothing_to_compare(p: Plan, r: Reading, cat: Catalog) -> None:
    """'homes versus businesses?' as a question of its own: two sides set against each other with no
    figure, count or column to compare them on — declined, never the rows of both sides listed."""
    versus = next((x.text for x in r.mentions if x.text in VERSUS_WORDS), None)
    if versus is None or p.measures or p.group or p.order or r.order or r.rank_dir or p.limit is not None or \
            any(cat.is_measure(*c.split(".")) for c in p.select):
        return                  # ('Apple vs Microsoft - which has the higher P/E?': compared on the P/E)
    sides = [f for f in p.filters if f.op == "in" and f.column and len(f.values) > 1]
    if sides:
        raise CannotAnswer(f"'{versus}' sets {' and '.join(map(str, sides[0].values))} against each other, but "
                           "the question does not say on what (a count, a total, an average); ask for it", [versus])


def _compare_totals(p: Plan, cat: Catalog) -> None:
    """'how do hardbacks, paperbacks and ebooks compare on revenue?': several values of a category
    (not names of single rows) compared on a measure are compared by one figure per value — the
    measure combined as it is by default (amounts add up, prices average) — never the raw rows."""
    named = [f for f in p.filters if f.op == "in" and f.column and len(f.values) > 1 and
             cat.is_dimension(*f.column.split(".")) and f.column.split(".")[1] != cat.label(f.column.split(".")[0])]
    shown = [c for c in p.select if cat.is_measure(*c.split(".")) and not cat.is_flag(*c.split("."))]
    if len(named) != 1 or len(shown) != 1:
        return
    col = shown[0]
    p.measures = [Agg(cat.default_agg(col), col)]
    p.select = []
    p.assume(col.split(".")[1], "totalled for each value named" if p.measures[0].func == "sum"
             else "averaged for each value named")


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


# --------------------------------------------------------------------------------------
def _bare_count(r: Reading) -> bool:
    return [(m.func, m.column) for m in r.measures] == [("count", None)] and r.entity is None and \
        not r.group and not r.dims_named and not r.select


def _ranks_rows(r: Reading) -> bool:
    """'every detail on the biggest field': rows picked by a ranking."""
    return bool(r.rank_dir) or (bool(r.order) and r.limit is not None)


def _label_table(r: Reading, cat: Catalog) -> str | None:
    """A filter on an entity's name ('of Apple') or on its key ('batch 120') makes that entity's table
    the base."""
    for f in r.filters:
        if f.column and f.kind == "value":
            t, c = f.column.split(".")
            if cat.label(t) == c or (f.op == "=" and cat.tables[t].primary_key == [c]):
                return t
    return None


def _first_table(r: Reading) -> str | None:
    for a in r.measures:
        if a.column:
            return a.column.split(".")[0]
    for cols in (r.select, [g.column for g in r.group], r.dims_named, [o.ref for o in r.order if o.kind == "col"],
                 [f.column for f in r.filters if f.column],
                 [f.column for a in r.measures for f in a.where or [] if f.column]):   # ('bounce rate')
        for c in cols:
            return c.split(".")[0]
    return None


def _add_running_relation(p: Plan, f: Filter, cat: Catalog) -> None:
    """'current tenants' (a tenancy of theirs still running): a condition on the rows of the plan's
    table that the child points at; over the child's own rows ('current tenants in each area' counted
    through tenancies) the running ones themselves. Any other table's rows are declined."""
    child = f.values[0]
    if any(fk.table == child and fk.ref_table == p.table for fk in cat.foreign_keys):
        if f not in p.filters:
            p.filters.append(f)
    elif p.table == child and f.op == "exists":
        p.filters.append(Filter(f.open, "is null", [], kind="value"))
    else:
        said = "current" if f.op == "exists" else "empty"
        raise CannotAnswer(f"'{said}' is read through the {child.replace('_', ' ')} still running, and the answer "
                           f"reads {p.table.replace('_', ' ')} rows, which the engine could not tie to them", [said])


def _add_filters(p: Plan, filters: list[Filter], cat: Catalog, replace: bool = False) -> None:
    for f in filters:
        if f.kind == "absent" and f.open:
            _add_running_relation(p, f, cat)
            continue
        if f.kind == "absent":
            child = f.values[0]
            if not any(fk.table == child and fk.ref_table == p.table for fk in cat.foreign_keys):
                # 'singers who never performed in a concert': through the link table between them
                link = next((fk.table for fk in cat.foreign_keys if fk.ref_table == p.table and any(
                    g.table == fk.table and g.ref_table == child for g in cat.foreign_keys)), None)
                if link is not None:
                    f = Filter(None, "not exists", [link], kind="absent")
                    child = link
            if not any(fk.table == child and fk.ref_table == p.table for fk in cat.foreign_keys + cat.composite_keys):
                raise CannotAnswer(f"no key links {child} to {p.table}, so '{p.table} without {child}' "
                                   "cannot be answered")
            if f not in p.filters:
                p.filters.append(f)
            continue
        if f.agg is not None and f.agg < 0:
            _bind_loose_compare(p, f, cat, replace)
            continue
        if f.agg is not None:
            p.filters = [g for g in p.filters if g.agg != f.agg] if replace else p.filters
            p.filters.append(f)
            continue
        if replace:
            p.filters = [g for g in p.filters if g.column != f.column]
        if f.kind == "group_extreme":
            # 'the highest P/E in each sector' → 'show the lowest price to book in each sector': the
            # new top row of each group replaces the old one (both at once hold for no row at all)
            p.filters = [g for g in p.filters if g.kind != "group_extreme"]
        p.filters.append(f)


def _bind_loose_compare(p: Plan, f: Filter, cat: Catalog, replace: bool = True) -> None:
    """'more than 50' with no column: the count (or first measure) of a grouped plan, else the
    measure the plan ranks by."""
    if p.group and p.measures:
        ix = next((i for i, a in enumerate(p.measures) if a.func == "count" and a.column is None), None) \
            if f.agg == -1 else None
        if ix is None and f.agg == -1:
            # "only for sectors with more than 50 companies" after an average: the number counts
            # rows (of the table it names), whatever the plan measures — the count joins the answer
            pk = cat.tables[f.of].primary_key if f.of in cat.tables else []
            if f.of and f.of != p.table and f.of in p.tables() and len(pk) == 1:
                p.table = f.of          # every row of it counted, those without a joined row too
                fan = any(cat.fans_out(f.of, t) for t in p.tables() if t != f.of)
                p.measures.append(Agg("count", f"{f.of}.{pk[0]}", distinct=True) if fan else Agg("count"))
            else:
                p.measures.append(Agg("count"))
            ix = len(p.measures) - 1
            p.assume("count", f"'{f.op} {f.values[0]:g}' is the number of {f.of or p.table} in each group"
                     if f.values and isinstance(f.values[0], (int, float)) else "the condition counts rows")
        ix = 0 if ix is None else ix
        if not replace and any(g.agg == ix for g in p.filters):
            # 'products with more than 2 reviews above 4': the second number is no second bound
            # on the same count, and the engine cannot tell what it bounds
            raise CannotAnswer(f"could not tell which column '{f.op} {f.values[0]:g}' applies to")
        p.filters = [g for g in p.filters if g.agg != ix]
        p.filters.append(Filter(None, f.op, f.values, agg=ix, kind="compare"))
        return
    # 'and above 5000?' after 'the first month the index went above 1000': the one bound it had
    compared = {g.column for g in p.filters if g.kind == "compare" and g.column and g.agg is None and
                cat.is_measure(*g.column.split("."))}
    col = (next(iter(compared)) if replace and len(compared) == 1 else None) or \
        next((o.ref for o in p.order if o.kind == "col" and not cat.is_time(*o.ref.split("."))), None) or \
        next((c for c in p.select if cat.is_measure(*c.split("."))), None)
    if col is None and _count_related_rows(p, f, cat):
        return
    if col is None:
        raise CannotAnswer(f"could not tell which column '{f.op} {f.values[0]:g}' applies to")
    p.filters = [g for g in p.filters if g.column != col]
    p.filters.append(Filter(col, f.op, f.values, kind="compare"))
    p.assume(col.split(".")[1], f"applied '{f.op} {f.values[0]:g}' to {col.split('.')[1]}")


def _count_related_rows(p: Plan, f: Filter, cat: Catalog) -> bool:
    """'airlines from the USA' → 'which of them have fewer than 60 flights?': the rows of the
    table the number counts, per row listed (those with none count 0), kept by HAVING."""
    if p.group or p.measures or p.distinct or p.inner or not f.of or f.of == p.table or \
            not cat.fans_out(p.table, f.of) or p.limit is not None:
        return False
    agg = measures.count_of_rows(cat, p.table, f.of)
    if agg is None:
        return False
    p.group = [Dim(c) for c in cat.entity_group(p.table)]
    p.measures = [agg]
    p.select, p.order = [], []
    p.filters.append(Filter(None, f.op, f.values, agg=0, kind="compare"))
    p.assume("count", f"'{f.op} {f.values[0]:g}' is the number of {f.of.replace('_', ' ')} of each of the "
                      f"{_plural(p.table)}")
    return True


# Ranking words that say nothing of the measure ('the best branch'), and words of size, which a
# table's only measure can stand for ('the largest branch' → its floor area).
VAGUE_RANKS = {"best", "worst", "strongest", "weakest", "leading", "busiest", "quietest"}   # (busy: in what?)
PRICE_RANKS = {"cheapest", "most expensive", "least expensive", "priciest", "dearest", "costliest"}


def _is_price(cat: Catalog, col: tuple[str, str]) -> bool:
    words = name_words(col[1]).split()
    return tuple(col) in cat.roles.get("money", ()) or bool({"price", "cost", "fee", "rate", "fare", "charge",
                                                             "amount", "amt", "usd", "eur", "gbp"} & set(words))
SIZE_RANKS = {"largest", "biggest", "smallest", "greatest"}
COUNT_RANKS = {"most", "fewest", "least"}      # 'the most <things>': a count, when the things are named
# 'which branch is highest?': high or low in what; unlike 'the top 5' it has no customary measure
LEVEL_RANKS = {"highest", "lowest"}


OBJECT_LEAD = {"their", "its", "his", "her", "the", "a", "an", "our", "my", "your"}


def _status_said_of_the_rows_asked(p: Plan, r: Reading, cat: Catalog) -> None:
    """'which members cancelled their membership?' where only bookings have a status: a value of
    a table holding many rows for each row asked about, said of a thing of those rows ('cancelled
    their membership'), is no property of them — a cancelled booking is not a cancelled membership
    (declined). A lookup the rows point to ('pending shipments' via a status table) is theirs."""
    other = {f.column for f in p.filters if f.kind == "value" and f.column and f.column.split(".")[0] != p.table
             and cat.fans_out(p.table, f.column.split(".")[0])}
    m = r.mentions
    for i, x in enumerate(m):
        if x.kind != "value" or not any(f"{v.table}.{v.column}" in other for v in x.values):
            continue
        j = i + 1
        while j < len(m) and m[j].kind in ("kw", "word") and m[j].text.lower() in OBJECT_LEAD:
            j += 1
        thing = m[j] if j < len(m) and m[j].kind == "ref" else None
        named = thing and (thing.ref or (thing.refs[0] if thing.refs else None))
        if named is not None and named.table == p.table and j == i + 2 and not thing.event:
            raise CannotAnswer(f"'{x.text} {' '.join(y.text for y in m[i + 1:j + 1])}': '{x.text}' is a value of "
                               f"{x.values[0].table.replace('_', ' ')}, not something said of {_plural(p.table)}",
                               [x.text, thing.text])


def _rank_word_at(m: list, word: str) -> int | None:
    """Where the ranking word `word` ('biggest', 'most') is among the mentions, or None."""
    return next((i for i, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "rank" and x.text == word), None)


def _ranked_thing_holds_the_size(r: Reading, cat: Catalog, table: str, word: str) -> None:
    """'the biggest single transaction, and at which store?' where only stores have a size (floor
    area): the thing the superlative ranks, named right after it, is of a table with many rows for
    each row that has the size, so that size is not its size (declined, naming the words)."""
    m = r.mentions
    at = _rank_word_at(m, word)
    if at is None:
        return
    thing = next((x for x in m[at + 1:at + 4] if x.kind == "ref"), None)
    if thing is not None and thing.ref is not None and thing.ref.table != table and cat.fans_out(table, thing.ref.table):
        raise CannotAnswer(f"'{word} {thing.text}': no measure of {thing.ref.table.replace('_', ' ')} says how big one "
                           "is; name the measure", [f"{word} {thing.text}"])


def _a_kind_ranked_by_a_rows_size(p: Plan, r: Reading, cat: Catalog, word: str) -> None:
    """'the biggest sector' where only companies have a size: what is ranked is a kind of rows (a
    category column), big by how many rows or by their total size — not said; never the one
    biggest row shown with its category (declined, naming the words)."""
    m = r.mentions
    at = _rank_word_at(m, word)
    if at is None or p.group:
        return
    thing = next((x for x in m[at + 1:at + 3] if x.kind == "ref"), None)
    if thing is not None and thing.ref is not None and thing.ref.kind == "column" and \
            cat.is_dimension(thing.ref.table, thing.ref.column):
        raise CannotAnswer(f"'{word} {thing.text}': a {thing.text} is big by how many rows it has or by their total; "
                           f"name it ('the {thing.text} with the most companies')".replace(
                               "companies", _plural(p.table)), [f"{word} {thing.text}"])


def _head_of_which(r: Reading, col: str) -> bool:
    """'which tank had the highest lead reading?': the column right after a leading 'which'/'what' names
    the thing asked for (a tank, by its number); a rank word with words of its own after it ranks by
    those, never by that column ('which price is the highest?' has none: ranked by the price)."""
    m = r.mentions
    if len(m) < 3 or m[0].text not in ("which", "what") or m[1].col != col:
        return False
    rank = next((i for i, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "rank"), None)
    return rank is not None and rank > 1 and any(x.kind in ("ref", "value") and x.col != col for x in m[rank + 1:])


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
        want_desc = _quality_of_rows_counted(p, r, cat, want_desc)
    if want_desc is not None and not r.order:
        if edit and p.order:
            for o in p.order:
                o.desc = want_desc
        elif p.measures and not all(m.func == "ratio" and m.of is None for m in p.measures):
            p.order = [Order("agg", 0, want_desc)]
        else:
            col = next((c for c in p.select if cat.is_measure(*c.split(".")) and not _head_of_which(r, c)), None)
            if col is None:
                said = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "rank"]
                if any(w in VAGUE_RANKS for w in said) or (said and all(w in LEVEL_RANKS for w in said)):
                    raise CannotAnswer(f"'{said[0]}' does not say by what to rank {_plural(p.table)}: name the "
                                       "measure ('the highest price')", said)
                if said and all(w in COUNT_RANKS for w in said) and \
                        any(f.column and f.column.split(".")[0] != p.table for f in p.filters):
                    # 'which department has the most cancelled?': the rows of another table are
                    # qualified, so 'most' counts something the question does not name, no size
                    raise CannotAnswer(f"'{said[0]}' does not say what to count for each of the "
                                       f"{_plural(p.table)}: name it ('the most cancelled requests')", said)
                # a table's only measure is what 'largest' means, not what 'highest' or 'top' means
                size = _size_of(p, cat, said)
                if size is None:
                    raise CannotAnswer("the question ranks without saying by what, and no single measure of "
                                       f"{p.table.replace('_', ' ')} is the obvious one: name it ('the highest price')")
                col = f"{size[0]}.{size[1]}"
                word = said[0] if said else ('largest' if want_desc else 'smallest')
                _ranked_thing_holds_the_size(r, cat, size[0], word)
                _a_kind_ranked_by_a_rows_size(p, r, cat, word)
                if any(w in PRICE_RANKS for w in said) and not _is_price(cat, size):
                    # 'the 3 cheapest hotels' ranked by RoomCount would be another question
                    raise CannotAnswer(f"'{word}' needs a price, and {size[1]} is none: name the price to rank "
                                       f"{_plural(p.table)} by ('the lowest average nightly rate')", [word])
                if said and all(w in COUNT_RANKS for w in said) and _is_price(cat, size):
                    # 'which service do we do the most of?': 'most' is how many, never how dear
                    raise CannotAnswer(f"'{word}' does not say what to count for each of the {_plural(p.table)}, "
                                       f"and {size[1]} is a price: name it ('the most orders')", [word])
                _a_price_for_rows_sold_elsewhere(p, cat, size, word, said)
                if said and all(w in COUNT_RANKS for w in said) and _rows_named_after(r, said[0]):
                    # 'which city hosts the most index companies?': 'most' is how many of some rows,
                    # never the size of one (a default measure would rank the rows, not count them)
                    raise CannotAnswer(f"'{said[0]}' ranks by how many, and the engine could not tell how many "
                                       "of what, or for each of what: name the rows counted ('the most orders')", said)
                p.assume("ranking", f"'{word}' is measured by {size[1]}")
            p.order = [Order("col", col, want_desc)]
    if p.order and p.limit is None and (r.rank_dir) and not edit and not (r.all_groups and p.group):
        p.limit = 1 if r.singular else 10
    # ranking leaves out rows where the measure is unknown
    if p.limit is not None and not p.group:
        for o in p.order:
            if o.kind == "col" and cat.column(*o.ref.split(".")).nullable and \
                    not any(f.column == o.ref and f.op == "is not null" for f in p.filters):
                p.filters.append(Filter(o.ref, "is not null", [], kind="null"))


def _a_price_for_rows_sold_elsewhere(p: Plan, cat: Catalog, size: tuple[str, str], word: str, said: list[str]) -> None:
    """'top 10 products last month' where products have a list price and order lines (many per
    product) their quantities and amounts: 'top' with no measure said ranks what sold — units or
    money of those lines, not said which — never the price of the thing (declined, naming both).
    'the cheapest products' asks for the price itself."""
    if any(w in PRICE_RANKS for w in said) or not _is_price(cat, size):
        return
    sold = [f"{t}.{c}" for t in _joinable(p, cat) if t != size[0] and cat.fans_out(size[0], t) and
            len(cat.join_path(size[0], t) or []) == 1
            for c in cat.tables[t].columns if cat.is_measure(t, c) and not cat.is_key(t, c)]
    if sold:
        raise CannotAnswer(f"'{word}' does not say by what to rank {_plural(p.table)}: by what they sold "
                           f"({', '.join(sold[:3])}) or by {size[1]}; name the measure ('{word} by {sold[0].split('.')[1]}')",
                           [word])


def _rows_named_after(r: Reading, word: str) -> bool:
    """'the most index companies': a table's rows named within the few words after 'most' (what is
    counted), unlike 'which shop earned the most?'."""
    m = r.mentions
    at = _rank_word_at(m, word)
    return at is not None and any(x.kind == "ref" and x.ref is not None and x.ref.kind == "table"
                                  for x in m[at + 1:at + 4])


def _quality_of_rows_counted(p: Plan, r: Reading, cat: Catalog, want_desc: bool) -> bool:
    """'how many complaints each month?' → 'which month was the worst?': for a count of rows that
    are bad news (complaints, faults, returns) the worst group has the most and the best the fewest;
    for rows neither good nor bad (orders, visits) 'best'/'worst' says no direction (declined)."""
    said = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "rank" and x.text in QUALITY_WORDS]
    if said and p.measures and all(m.func == "share" and m.where for m in p.measures) and \
            not any(x.text in PERFORMANCE_WORDS for x in r.mentions):
        return _quality_of_a_share(p, said[0], cat)
    if not said or not p.measures or not all(m.func == "count" for m in p.measures) or \
            any(x.text in PERFORMANCE_WORDS for x in r.mentions):      # ('best performer': the ledger's)
        return want_desc
    counted = p.measures[0].column.split(".")[0] if p.measures[0].column else p.table
    raw = [w[:-1] if w.endswith("s") else w for w in cat.name_words_of(counted)]
    if (set(raw) | {"".join(raw)}) & BAD_ROW_WORDS:          # ('no_shows': one word)
        worst = said[0] in ("worst", "weakest")
        p.assume("ranking", f"'{said[0]}' is the {'most' if worst else 'fewest'} {counted.replace('_', ' ')}")
        return worst
    raise CannotAnswer(f"'{said[0]}' does not say whether more {counted.replace('_', ' ')} is better or worse: "
                       "say 'the most' or 'the fewest'", said[:1])


QUALITY_WORDS = {"best", "worst", "strongest", "weakest"}


def _quality_of_a_share(p: Plan, said: str, cat: Catalog) -> bool:
    """'what percentage of sailings were cancelled on each route?' → 'which route was the worst?':
    a share of rows that are bad news (cancelled, failed, defective — the words of BAD_ROW_WORDS)
    is worst where it is highest; a share of any other condition says no direction (declined). A
    yes/no column kept to its 'yes' ('the worst bounce rate': Bounced = 'Y') is said by its name."""
    values = [_flag_name(cat, f) or str(v) for m in p.measures for f in m.where for v in f.values
              if f.kind == "value"]
    words = [w for v in values for w in re.split(r"[^a-z]+", v.lower()) if w]
    if words and all(any(_bad_news(w) for w in re.split(r"[^a-z]+", v.lower()) if w) for v in values):
        worst = said in ("worst", "weakest")
        p.assume("ranking", f"'{said}' is the {'highest' if worst else 'lowest'} share of {', '.join(values)}")
        return worst
    raise CannotAnswer(f"'{said}' does not say whether a higher share of {', '.join(values) or 'those rows'} is "
                       "better or worse: say 'the highest' or 'the lowest'", [said])


_FLAG_NAME_WORDS = {"is", "has", "was", "flag", "ind", "yn", "bool", "fl"}


def _flag_name(cat: Catalog, f: Filter) -> str | None:
    """The words of a yes/no column's name ('bounced' for is_bounced) when `f` keeps it to its 'yes'."""
    if not f.column or f.column.count(".") != 1 or len(f.values) != 1:
        return None
    t, c = f.column.split(".")
    if t not in cat.tables or c not in cat.tables[t].columns:
        return None
    yes_no = cat.flag_values(t, c)
    if yes_no is None or str(f.values[0]) != str(yes_no[0]):
        return None
    words = [w for w in name_words(c).split()
             if w not in _FLAG_NAME_WORDS]
    return " ".join(words) or None


def _bad_news(word: str) -> bool:
    """'cancelled' (cancellation), 'failed' (failure), 'defective' (defect): a word of a condition
    whose stem is one of BAD_ROW_WORDS'."""
    stem = re.sub(r"(ed|ing|ive|y|s)$", "", word)
    return len(stem) >= 4 and any(b.startswith(stem) for b in BAD_ROW_WORDS)


def _size_of(p: Plan, cat: Catalog, said: list[str]) -> tuple[str, str] | None:
    """'which hall is the biggest?': a thing's size is a column of its own (capacity, area) or of a
    table holding one row for each of them; only money it takes in ('our biggest client': what it
    paid) may come from its many rows elsewhere — never a total of their quantities (equipment
    booked), which is no size. Other words of rank ('top') may use any linked table."""
    only = any(w in SIZE_RANKS for w in said)
    if not only:
        return cat.size_measure(_joinable(p, cat), only=False)
    own = [t for t in _joinable(p, cat) if not cat.fans_out(p.table, t) and not cat.fans_out(t, p.table)]
    size = cat.size_measure(own, only=True)
    # (only a table holding the thing's key: money paid for an item of a line is not the thing's)
    linked = [t for t in _joinable(p, cat) if t not in own and len(cat.join_path(p.table, t) or []) == 1]
    for t in linked if size is None else []:
        found = cat.size_measure([t], only=False)
        if found is not None and tuple(found) in cat.roles.get("money", ()):
            return found
    return size


def _joinable(p: Plan, cat: Catalog) -> list[str]:
    out = [p.table]
    for t in sorted(cat.tables):
        if t != p.table and cat.connected(p.table, t):
            out.append(t)
    return out


def _plural(table: str) -> str:
    return table.replace("_", " ")


def _agg_said(func: str) -> str:
    return "totalled within each group" if func == "sum" else "averaged within each group"


_FUNC_WORD = {"avg": "average", "sum": "total", "max": "maximum", "min": "minimum"}


def ranks_nothing(p: Plan, r: Reading) -> None:
    """'which one has the highest average dividend yield?' with no groups to rank: one aggregate
    over all rows has nothing to rank, and answering with it would drop the ranking."""
    if p.group or p.inner is not None or p.batch or not p.measures or p.limit is None or \
            not any(o.kind == "agg" for o in p.order) or any(m.func == "ratio" and m.of is None for m in p.measures):
        return
    said = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "rank"] or ["the ranking"]
    m = p.measures[0]
    what = f"{_FUNC_WORD.get(m.func, m.func)} of {m.column.split('.')[1]}" if m.column else "count"
    raise CannotAnswer(f"'{said[0]}' ranks groups or rows, and the question names none: one {what} over all "
                       f"{_plural(p.table)} has nothing to rank; say which groups or rows to rank "
                       "('which … has the highest …')", said[:1])


def bounds_the_ranked_count(p: Plan, previous: Plan | None) -> None:
    """'which sector has the most stocks under 15?' read as the sectors with fewer than 15 stocks,
    ranked by that count: a bound on the very count ranked is no question anyone asks — the number
    bounds a measure of each row, which the question does not name. Declined, naming the bound.
    A bound kept from the answer before ('only those with more than 50' → 'which has the most?')
    is the groups shown, ranked: answered."""
    if p.limit is None or not p.group:
        return
    ranked = {o.ref for o in p.order if o.kind == "agg"}
    if previous is not None and previous.order == p.order and previous.measures == p.measures:
        return          # the ranking was the answer before: a bound said now is on the figure shown
    kept = previous.filters if previous is not None else []
    for f in p.filters:
        if f.kind == "compare" and f.column is None and f.agg in ranked and f not in kept and \
                p.measures[f.agg].func == "count" and f.values and isinstance(f.values[0], (int, float)):
            raise CannotAnswer(f"could not tell which column '{f.op} {f.values[0]:g}' applies to: as a bound on "
                               "the count the answer ranks by it asks nothing; name the column it bounds")


def counts_one_row_per_group(p: Plan, cat: Catalog) -> None:
    """A count of a table's rows grouped by that table's own key: every group is one row and every
    count is 1 — never what a question asks ('how many of the requests were urgent?' read with
    the requests' key as a grouping). Declined."""
    pk = cat.tables[p.table].primary_key
    if p.inner is not None or len(pk) != 1 or p.measures != [Agg("count")] or \
            not any(d.column == f"{p.table}.{pk[0]}" and not d.grain for d in p.group) or \
            any(cat.fans_out(p.table, t) for t in p.tables() if t != p.table):
        return
    raise CannotAnswer(f"the answer would count the {_plural(p.table)} one {pk[0]} at a time, so every count "
                       "would be 1; ask for the number of them (or name what to group them by)", [])


def each_of_many_rows_against_a_group_average(p: Plan, cat: Catalog) -> None:
    """'Which choirs scored above the average for their category?' over scores, many for each choir:
    comparing each score answers 'which choirs had any score above it', and comparing each choir's
    own average is as likely meant; the question does not say which. Declined."""
    for f in p.filters:
        t = f.column.split(".")[0] if f.column else None
        if f.kind != "group_avg" or not f.values or not f.values[0] or t == p.table or p.inner is not None or \
                not cat.fans_out(p.table, t):
            continue
        raise CannotAnswer(f"each {_plural(p.table)} row has many {f.column.split('.')[1]} values: whether any of "
                           "them or their average is compared with the group's average is not said", [])


def per_row_within_groups(p: Plan, cat: Catalog) -> None:
    """'average repair cost per rental for each branch': groups of one row each (a rental's key)
    beside groups of a table each rental points at (its branch) — the branch adds nothing to
    the rental, so 'per rental' is the unit of an average over rentals, not a grouping; which
    average (over rentals, or over their repairs) the question does not say. Declined."""
    if p.inner is not None or not p.measures:
        return
    for d in p.group:
        t = d.column.split(".")[0]
        if d.grain or not _one_each(d.column, cat):       # its key, or a name no two rows share
            continue
        own = set(cat.entity_group(t))
        others = [e for e in p.group if e.column.split(".")[0] != t and e.column not in own and not e.grain]
        if others and all(cat.join_path(t, e.column.split(".")[0]) is not None and
                          not cat.fans_out(t, e.column.split(".")[0]) for e in others):
            raise CannotAnswer(f"the answer would have one row per {t.replace('_', ' ')} row, which "
                               f"{', '.join(e.column.split('.')[1] for e in others)} adds nothing to; say whether "
                               f"the figure is for each of the {_plural(t)} or an average over them in each group")
