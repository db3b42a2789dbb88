"""Follow-ups: whether a question edits the previous plan, and the edits themselves (add,
replace or drop a filter; change grouping, measure, order or limit; a column; questions about
the previous result: counts and aggregates over it, its rows ranked, shares of it, the rows of
the group it named, 'when was that?', 'reverse the order', 'remove the filters')."""
from __future__ import annotations

import copy

from . import dates, measures
from .catalog import Catalog, value_key
from .compose import (
    _add_filters,
    _apply_rank,
    _bare_count,
    _each_row_once,
    _plural,
    _quality_of_rows_counted,
    _roll_up,
    check_satisfiable,
    compare_groups,
    new_plan,
    one_per_group,
    per_row_keeps_the_groups,
    rank_groups_by_average,
)
from .errors import CannotAnswer
from .plan import Agg, Dim, Filter, Order, Plan
from .ranks import a_choice_between_rows_named
from .understand import ROW_LEADS, Reading, named_in_the_plural, rows_with_a_condition
from .vocab import AMOUNT_RANKS, BUSY_RANKS, SPANS_OF_TIME, VERSUS_WORDS


def _a_change_said_in_full(r: Reading, prev: Plan, cat: Catalog) -> bool:
    """A change between two periods of a measure the question names itself, with no word pointing
    back ('it', 'that', 'and'), after an answer that was not per period: a question of its own, not
    an edit of the answer before (after figures per year, the change reads them)."""
    if any(cat.is_time(*g.column.split(".")) for g in prev.group if "." in g.column):
        return False
    return not (r.anaphora or r.connective) and any(
        m.func in ("change", "pct_change") and m.periods and m.column and
        any(x.kind == "ref" and x.col == m.column for x in r.mentions) for m in r.measures)


def is_followup(r: Reading, prev: Plan | None, cat: Catalog) -> bool:
    if prev is None or r.overview:
        return False
    if a_choice_between_rows_named(r.mentions) and not (r.anaphora or r.connective):
        return False          # "Apple or Microsoft: which has the higher P/E?": the rows and figure it names
    if _a_ranking_over_every_row(r):
        return False          # "and the highest P/E overall belongs to which company?": not of the previous rows
    if _an_amount_ranked_overall(r):
        return False          # "which city has the most headquarters overall?": every row, not the previous ones
    if r.when and r.filters and not r.anaphora and dates._edge_word(r) is not None:
        return False          # "when did the S&P 500 first reach 1000?" stands on its own
    if _a_change_said_in_full(r, prev, cat):
        return False          # "how much did total revenue change between 2023 and 2024?" after shares
    _own_rows_grouped_after_a_cut(r, prev)
    one = _still_that_one(prev, r)
    if (r.entity or r.select) and (one.group or not one.measures) and one.limit is not None and \
            (_names_previous_place(r) or (one.limit == 1 and r.entity and r.entity != one.table and _points_at_one(r))):
        return True           # "which department pays the most?" → "who are the employees there?"
    if _rows_counted_listed_narrower(prev, r, cat) is not None:
        return True           # "pe > 50 count" → "by sector" → "names in IT": those rows, in IT
    if r.group_prev or r.reverse or r.reset or _attributes_of_the_rows_counted(prev, r):
        return True           # "how many countries are in each?", "reverse the order", "remove the filters", "names?"
    if _which_related_row(r, prev, cat):
        return True           # "which course starts first?" → "at which school?": that course's school
    lead = [x.text for x in r.mentions[:3]]
    if lead[:1] == ["as"] and set(lead[1:]) & {"%", "percent", "percentage", "share", "proportion", "fraction"}:
        return True           # "as % of total tickets": the figure shown, as a share
    if r.share and not r.group and (r.anaphora or any(x.text in ("that", "this", "together") for x in r.mentions)):
        return True           # "what percentage of them are in Energy?", "what share is that together?"
    shown = set(prev.select) | {g.column for g in prev.group} | {o.ref for o in prev.order if o.kind == "col"}
    asked = set(r.select) | set(r.dims_named)
    if asked and asked <= shown and not (r.measures or r.entity or r.filters or r.group or r.order or r.rank_dir):
        return True           # "in which month?" when the answer already shows the month
    if r.entity and r.rank_dir and prev.group and r.entity in prev.tables() and \
            not (r.measures or r.order or r.select or r.group or r.filters) and \
            not (r.limit is not None and r.limit > 1 and not r.anaphora) and not _one_of_the_rows_counted(r, prev):
        # (but "5 largest companies" after "companies per sector" asks for companies, not groups)
        return True           # "how many orders does each have?" → "which one was ordered the most?"
    if r.entity and r.rank_dir and not (r.measures or r.order or r.select) and \
            any(m.column for m in prev.measures) and not prev.group:
        return True           # "average life expectancy in Europe" → "which country has the lowest?"
    if r.entity and r.rank_dir and not (r.measures or r.order or r.select or r.filters) and prev.measures and \
            prev.group and all(g.column.split(".")[0] == r.entity for g in prev.group) and \
            not (r.limit is not None and r.limit > 1 and not r.anaphora):
        return True           # "average city population per country" → "which country has the highest?"
    if _sorts_by_a_figure_shown(prev, r):
        return True           # "companies per sector" → "sort that by the number of companies, highest first"
    if _bounds_shown_groups_by_their_aggregate(prev, r):
        return True           # "average salary per department" → "which departments have an average above 80000?"
    if _ranks_shown_groups_by_their_figure(prev, r):
        return True           # "average wage by role" → "which role earns the least?": by the figure shown
    if prev.group and r.measures and _known_measures(r, prev) is not None and not (r.group or r.entity) and \
            (r.sort or r.direction or r.rank_dir or r.order or r.limit is not None):
        return True           # "order by average EPS, highest first" on a result that shows it
    if r.anaphora and prev.group and r.measures and not (r.group or r.filters or r.dims_named or r.select) and \
            all(m.column and m.column.split(".")[0] == r.entity for m in r.measures):
        return True           # 'the total amount invoiced in each of them?': a new measure for the groups shown
    if (prev.group or _distinct_values(prev) or _values_counted(prev)) and r.measures and \
            (r.rank_dir or any(o.kind == "agg" for o in r.order)) and \
            not (r.group or r.entity or r.dims_named or r.select or r.filters):
        return True           # "how many companies per sector" → "which one has the highest average dividend yield?"
    if r.anaphora and _counted_table(r, cat) not in (None, prev.table) and \
            (not prev.measures or (_rows_counted(prev) and not r.count_anaphora)) and not prev.group:
        return True           # "which members live in Lyon?" → "how many matches did they play in total?"
    if r.entity and _there(r) and _place_value(prev) is not None:
        return True           # "how many titles were produced in Japan?" → "how many subscribers live there?"
    if _figure_of_those_counted(prev, r):
        return True           # "how many wines come from them?" → "what is the average price of those wines?"
    if _parents_of_the_rows_kept(r, prev, cat):
        return True           # "stays with a fee over 20" → "by car park": those stays, counted per car park
    if r.entity and r.measures and not r.count_anaphora and (r.group or r.dims_named or not (r.connective or r.instead)):
        return False          # a complete question of its own ("how many companies are in each sector…"; 'the
        #                       number of screenings instead' is in place of the figure shown)
    if _bare_count(r) and not _counts_what_it_names(r):
        return True           # "how many are there?" counts the previous result
    if r.measures and not (r.entity or r.group or r.filters or r.select or r.dims_named) and \
            any(f.kind in ("value", "time") for f in prev.filters) and \
            all(m.column and m.column.split(".")[0] in prev.tables() for m in r.measures):
        return True           # "how many invoices in 2021?" → "what was the total amount?": of those
    if r.group and not (r.measures or r.entity or r.select):
        return True           # "by customer", "per year"
    if _count_of_nothing_named_per_group(r):
        return True           # "any tests with a pH above 7.8?" → "how many per pool?": those tests, per pool
    if r.anaphora or r.connective or r.count_anaphora or r.instead:
        return True           # ('the real price instead': in place of something the previous answer shows)
    return not r.has_content and not r.dims_named or (not r.has_content and bool(r.rank_dir or r.order))


def _own_rows_grouped_after_a_cut(r: Reading, prev: Plan) -> None:
    """'Top 3 defect types by quantity' → … → 'Leaks on line 1 by month': a question that names its
    own rows (a value) and a grouping, with no word pointing back, after an answer cut to its top N,
    may be a question of its own or a split of those N rows: declined, naming the grouping."""
    cut = prev if prev.limit is not None else prev.inner
    if cut is None or cut.limit is None or not cut.order or not r.group or r.measures or r.select or \
            r.anaphora or r.connective or r.count_anaphora or r.instead or r.group_prev:
        return
    if not any(f.kind == "value" and f.column for f in r.filters):
        return
    said = [x.text for x in r.mentions if x.kind == "kw" and x.kw and x.kw[0] == "grain"][:1] or \
        [x.text for x in r.mentions if x.kind == "value"][:1]
    raise CannotAnswer(f"the previous answer was cut to its top {cut.limit}; whether this grouping is of those rows "
                       "or of every row is not said: ask 'of those …' or the whole question", said)


_NOT_A_SIZE = AMOUNT_RANKS | {"top", "bottom"}      # an amount of rows, or a place in a ranking


def _parents_of_the_rows_kept(r: Reading, prev: Plan, cat: Catalog) -> bool:
    """'by car park', 'which car parks' alone after rows kept by a condition (stays over a fee): the
    table named is one each of those rows belongs to, so the question is about them — never every
    row of that table: grouped by its name (the edit counts the rows kept in each)."""
    if not prev.filters or prev.inner is not None or not r.entity or r.entity == prev.table or \
            r.measures or r.filters or r.select or r.order or r.rank_dir or r.limit is not None or r.when:
        return False
    said = [x for x in r.mentions if x.text not in ("?", ".", "!")]
    nouns = [x for x in said if x.kind == "ref" and x.ref is not None and x.ref.table == r.entity]
    rest = [x for x in said if x not in nouns]
    if len(nouns) != 1 or len(rest) != 1 or not (rest[0].kind == "kw" and rest[0].kw[0] == "group" or
                                                 rest[0].text in ("which", "what")):
        return False
    label = cat.named_label(r.entity)
    if label is None or cat.join_path(prev.table, r.entity) is None or cat.fans_out(prev.table, r.entity):
        return False
    nouns[0].used = True
    r.group.append(Dim(f"{r.entity}.{label}"))     # counted per parent row by the edit
    return True


def _one_of_the_rows_counted(r: Reading, prev: Plan) -> bool:
    """'biggest truck we have?' after electric trucks counted per depot: a superlative of a size
    (not of an amount: 'most', 'fewest') before a singular noun for the rows the previous answer
    counted, grouped by another table, picks one of those rows by its own size, a question of its
    own; never the group with the most of them."""
    if r.entity != prev.table or r.anaphora or any(g.column.split(".")[0] == prev.table for g in prev.group):
        return False
    m = r.mentions
    for i, x in enumerate(m[:-1]):
        if x.kind == "kw" and x.kw[0] == "rank" and x.text not in _NOT_A_SIZE:
            noun = next((y for y in m[i + 1:i + 3] if y.kind == "ref" and y.ref is not None and
                         y.ref.kind == "table" and y.ref.table == prev.table), None)
            if noun is not None and not named_in_the_plural(noun.text):
                return True
    return False


def the_first_of_a_ranking_regrouped(r: Reading, prev: Plan | None) -> Plan | None:
    """'top 5 suppliers by spend in 2024' → 'how much did we spend with the top one in each
    quarter?': 'the top one' after a ranking of several groups is its first group, kept with the
    ranking's conditions, and the figure the ranking ranked by is shown for it in each period asked
    for. Read as a new ranking of the periods it would drop both the group and the ranking's
    conditions: anything but that plain case (another figure, a condition of its own, the other end
    of the ranking) is declined naming the words."""
    if prev is None or not prev.order or prev.limit is None or prev.limit < 2 or not r.group:
        return None
    m = [x for x in r.mentions if x.text not in ("?", ".", "!")]
    at = next((i for i in range(1, len(m) - 1) if m[i - 1].text == "the" and m[i].kind == "kw" and
               m[i].kw[0] == "rank" and m[i + 1].text == "one"), None)
    if at is None:
        return None
    said = f"the {m[at].text} one"
    ranked = prev.order[0]
    if len(prev.group) != 1 or prev.group[0].grain or len(prev.measures) != 1 or ranked.kind != "agg" or \
            r.filters or r.rank_dir != ("desc" if ranked.desc else "asc") or r.limit != 1 or \
            [g for g in r.group if not g.grain] or r.measures not in ([], prev.measures) or r.select:
        raise CannotAnswer(f"{said!r} may be the first row of the previous ranking, or the {m[at].text} one "
                           "within each group asked for; ask with the row named", [said])
    within = prev.copy()
    within.assumptions, within.batch, within.limit = [], [], 1
    key = prev.group[0].column
    p = Plan(table=prev.table, measures=list(prev.measures), group=list(r.group),
             filters=[f for f in prev.filters if f.kind != "in_prev"] + [Filter(key, "in", [], kind="in_prev")],
             assumptions=list(r.assumptions), within=within)
    p.assume(said, f"the first {key.split('.')[1]} of the previous ranking, with its conditions")
    return p


def asks_its_period_again(r: Reading, prev: Plan | None) -> bool:
    """'which month took the most in deposits?' → 'how much came in by card versus bank transfer in
    2025?': a question that says again the period the previous answer was already kept to, with a
    figure or grouping of its own and no word pointing back ('they', 'and', 'only', 'now' …), starts
    afresh (writers drop the earlier conditions and ranking); it is never an edit of that answer."""
    if prev is None:
        return False
    own = [f for f in r.filters if f.kind == "time"]
    return bool(own) and all(f in prev.filters for f in own) and bool(r.measures or r.group) and \
        not _points_back(r)


def _points_back(r: Reading) -> bool:
    """A word of the question that goes on from the answer before: a pointer ('of them', 'those'),
    'and', 'too', 'instead', 'only', 'now', 'all', 'there' …"""
    return any(x.kind == "kw" and x.kw[0] == "anaphora" for x in r.mentions) or \
        bool(r.connective or r.count_anaphora or r.too or r.instead or r.group_prev or r.reset or r.reverse or
             r.share or r.drops or _there(r))


def counts_its_own_period_after_a_ranking(r: Reading, prev: Plan | None) -> bool:
    """'which 5 companies joined most recently?' → 'how many joined in 2025?': a count with a period
    of its own after a ranked listing (rows cut to the first N), with no word pointing back ('of
    them', 'those', 'and' …), counts every row of that period — never only the N rows listed. (A
    ranking kept to conditions of its own is left to the rules that ask whether they still hold.)"""
    if prev is None or prev.limit is None or not prev.order or prev.group or prev.measures or \
            any(f.kind != "null" for f in prev.filters):
        return False
    own = [f for f in r.filters if f.kind == "time"]
    return bool(own) and not all(f in prev.filters for f in own) and \
        [m.func for m in r.measures] == ["count"] and not (r.group or r.order or r.select) and \
        r.limit is None and not r.rank_dir and not r.anaphora and not _points_back(r)


_ROW_LEADS = ROW_LEADS | {"which", "what"}         # ('which records with eps < 0?' too)


def rows_asked_afresh(r: Reading, prev: Plan | None) -> bool:
    """'count companies by hq_region, top 4 desc' → 'rows where hq_region is null': after an answer of
    groups or figures, 'rows where …' (no figure, grouping or pointer of its own) asks for the rows
    themselves, never the previous groups or figures kept to that condition. When the previous answer
    had conditions of its own, whether the rows keep them is not said: declined."""
    if prev is None or not (prev.group or prev.measures or prev.inner is not None):
        return False
    words = rows_with_a_condition(r.mentions, _ROW_LEADS)
    if not words:
        return False
    if r.measures or r.group or r.order or r.limit is not None or not r.filters or \
            any(x.kind == "kw" and x.kw[0] in ("anaphora", "agg", "count", "rank") for x in r.mentions) or \
            r.connective or r.count_anaphora or r.too or r.instead or r.group_prev:
        return False
    kept = [f for f in prev.filters if f.agg is None] + \
        ([f for f in prev.inner.filters if f.agg is None] if prev.inner is not None else [])
    if kept:
        raise CannotAnswer(f"'{words[0].text} {words[1].text} …' asks for rows after an answer of groups or figures "
                           "kept to conditions of its own; whether the rows keep those conditions is not said, ask "
                           "with them named", [words[0].text])
    return True


def _a_ranking_over_every_row(r: Reading) -> bool:
    """A ranking said to be 'overall' that names its own column and rows, with no pronoun for the
    previous answer: a question of its own."""
    return r.everything and bool(r.entity) and any(o.kind == "col" for o in r.order) and \
        not (r.anaphora or r.count_anaphora or r.group_prev or r.group or r.filters)


def _an_amount_ranked_overall(r: Reading) -> bool:
    """'which city has the most headquarters overall?': an amount ranked 'overall' over groups the
    question names itself, with no pronoun or condition of its own, widens to every row: the
    conditions of the previous answer are not kept."""
    said = any(x.kind == "kw" and x.text == "overall" for x in r.mentions)
    return said and bool(r.rank_dir) and bool(r.dims_named or r.entity or r.group) and \
        not (r.anaphora or r.count_anaphora or r.group_prev or r.filters or r.reverse or r.reset)


def _which_related_row(r: Reading, prev: Plan, cat: Catalog) -> bool:
    """'at which school?', 'in what country?': only the rest of a question, a preposition and a
    table, asks for the related row of each row the previous answer shows (never every row of it)."""
    m = [x for x in r.mentions if x.text not in ("?", ".", "!")]
    return len(m) == 3 and m[0].kind in ("word", "kw") and m[0].text in _FRAGMENT_PREPOSITIONS and \
        m[1].text in ("which", "what") and m[2].kind == "ref" and m[2].ref is not None and \
        m[2].ref.kind == "table" and r.entity == m[2].ref.table != prev.table and not prev.measures and \
        not prev.group and cat.connected(prev.table, r.entity) and not cat.fans_out(prev.table, r.entity)


_FRAGMENT_PREPOSITIONS = {"at", "in", "on", "for", "from", "by", "to", "with", "under", "of"}


def _counts_what_it_names(r: Reading) -> bool:
    """'How many banks are in the index?': the rows counted are named by a value right after 'how
    many' (no 'of them'), so the count is of its own, not of the previous answer."""
    if r.anaphora or r.count_anaphora or r.connective:
        return False
    m = [x for x in r.mentions if x.text not in ("the", "a", "an")]
    return any(x.kind == "kw" and x.kw[0] == "count" and i + 1 < len(m) and m[i + 1].kind == "value"
               for i, x in enumerate(m))


def _count_of_nothing_named_per_group(r: Reading) -> bool:
    """'how many per pool?', 'how many in each region?': a count that names no rows of its own, only
    the groups, counts the previous answer's rows in each (a first question would count each group's
    own row once)."""
    return [(m.func, m.column) for m in r.measures] == [("count", None)] and r.entity is None and \
        bool(r.group) and not (r.select or r.dims_named or r.order or r.rank_dir)


# Pronouns for one thing: 'what is its site?' after 'which device …?' stays with that one row.
_SINGULAR = {"it", "its", "she", "he", "her", "his", "him", "that one", "this one"}


def _rows_named_counted(p: Plan, prev: Plan, r: Reading) -> None:
    """'which sector is the smallest by market cap?' (over the companies' figures) → 'how many
    companies does it have?': the rows of the table named are counted, the table the groups are a
    column of (never the rows of the figures' table)."""
    if r.entity and r.entity != p.table and len(prev.group) == 1 and \
            prev.group[0].column.split(".")[0] == r.entity:
        p.table = r.entity


def _ranks_the_groups_afresh(r: Reading) -> bool:
    """'which sector has the most companies?' → 'and which has the highest average P/E?': a new
    superlative over the groups, pointing at no rows of the answer ('of them', 'those'), ranks every
    group by its own figure, never only the ones the last ranking kept."""
    if not (r.rank_dir or any(o.kind == "agg" for o in r.order)) or r.anaphora or r.count_anaphora:
        return False
    m = r.mentions
    figures = {a.column for a in r.measures if a.column}
    # the superlative names its own figure right after it ('the highest average P/E'), never 'the top one'
    return any(x.kind == "kw" and x.kw[0] == "rank" and i + 1 < len(m) and
               ((m[i + 1].kind == "kw" and m[i + 1].kw[0] == "agg") or (m[i + 1].kind == "ref" and m[i + 1].col in figures))
               for i, x in enumerate(m))


def _keep_ranked_groups(p: Plan, prev: Plan) -> None:
    """'top 2 countries by number of accounts' → 'and their average CSAT?': the groups the ranking
    kept, not the first rows of another ranking (or of none)."""
    if len(prev.group) != 1 or prev.group[0].grain:
        raise CannotAnswer(f"the previous answer kept its first {prev.limit} rows by a ranking this question "
                           "replaces; ask for the measure together with the ranking")
    within = prev.copy()
    within.assumptions, within.batch = [], []
    key = prev.group[0].column
    p.filters = [f for f in p.filters if f.kind != "in_prev"] + [Filter(key, "in", [], kind="in_prev")]
    p.within, p.limit = within, None
    p.assume("of those", f"the {prev.limit} values of {key.split('.')[1]} the previous answer kept")


def _groups_kept_under_a_replaced_condition(p: Plan, r: Reading) -> None:
    """'Which Texas city has the most headquarters?' → 'how many are based in Ireland?': the groups
    the ranking kept were chosen among the rows of a condition the question replaces (Texas by
    Ireland), so they are no longer 'those'; the question is over every row of its own condition.
    With a pronoun for them ('how many of them are in Ireland?') both cannot hold: declined."""
    if p.within is None or not any(f.kind == "in_prev" for f in p.filters) or p.within.limit is None:
        return
    before = {f.column: f for f in p.within.filters if f.column and f.agg is None and f.kind in ("value", "time")}
    replaced = [f for f in r.filters if f.column in before and f.agg is None and f != before[f.column]]
    if not replaced:
        return
    if r.anaphora or r.count_anaphora:
        col = replaced[0].column.split(".")[1]
        raise CannotAnswer(f"the previous answer kept its groups among the rows of another {col}, and the "
                           f"question names a new {col} for them; ask the whole question")
    p.filters = [f for f in p.filters if f.kind != "in_prev"]
    p.within = None
    p.assumptions = [a for a in p.assumptions if a.get("concept") != "of those"]


def _points_at_one(r: Reading) -> bool:
    """'how many loans did it have in 2023?' after 'which branch is the oldest?': 'it' is that row."""
    return any(x.kind == "kw" and x.kw[0] == "anaphora" and x.text in _SINGULAR for x in r.mentions)


def _names_previous_place(r: Reading) -> bool:
    m = r.mentions
    return any(x.kind == "kw" and x.kw[0] == "place" for x in m) or \
        any(x.text in ("in it", "in them", "in those", "in that one") for x in m) or \
        not r.share and any(x.text == "in" and y.kind == "kw" and y.kw[0] == "anaphora" and y.text in ("it", "them")
                            for x, y in zip(m, m[1:]))          # 'how many products are in it?' (two words)


def _place_shown(prev: Plan, r: Reading, cat: Catalog) -> str | None:
    """'which shop does she work in?' → 'how many staff work there?': the key of the one other
    table whose name the previous one-row listing shows beside its row."""
    if prev.limit != 1 or prev.group or prev.measures or \
            not any(x.kind == "kw" and x.kw[0] == "place" for x in r.mentions):
        return None
    others = {c.split(".")[0] for c in prev.select} - {prev.table}
    if len(others) != 1:
        return None
    t = others.pop()
    pk = cat.tables[t].primary_key
    if len(pk) != 1 or cat.fans_out(prev.table, t) or not cat.connected(prev.table, t):
        return None
    return f"{t}.{pk[0]}"


def _one_place_there(prev: Plan, r: Reading) -> None:
    """'how many donors live there?': 'there' is the one place the previous answer found; after
    several (all of them together, or each?) it is declined."""
    there = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "place"]
    if there and prev.limit != 1:
        raise CannotAnswer(f"'{there[0]}' points at one place, and the previous answer shows {prev.limit} of them; "
                           "ask 'in each of them' or name the place", there)


def _still_that_one(prev: Plan, r: Reading) -> Plan:
    """'which shop is the largest?' → 'how many sales did it have?' → 'and how many staff does it
    have?': 'it' is still the one row found before (the answer about it was not a row of its own)."""
    if prev.within is not None and prev.within.limit == 1 and prev.limit is None and \
            any(f.kind == "in_prev" for f in prev.filters) and r.entity and \
            (r.entity != prev.table or (prev.measures and not prev.group and _names_previous_place(r))) and \
            (_points_at_one(r) or _names_previous_place(r)) and not (prev.within.within or prev.within.inner):
        return prev.within    # ('the average age of the employees there' → 'who is the oldest one there?')
    return prev


def _rows_of_previous_groups(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'Which department has the highest average salary?' → 'who are the employees there?': the
    new entity's rows whose group value is one the previous answer shows (a semi-join on it)."""
    _which_of_them_have_rows(prev, r, cat)
    prev = _still_that_one(prev, r)
    listed = _rows_of_the_group_listed(prev, r, cat)
    entity = listed or r.entity or (r.select[0].split(".")[0] if r.select else None) or _ones_counted(prev, r)
    named = bool(listed) or _names_previous_place(r) or (prev.limit == 1 and r.entity and r.entity != prev.table and _points_at_one(r)
                                         and cat.fans_out(prev.table, r.entity)) \
        or _those_rows_counted(prev, r) or _related_rows_of_rows_kept(prev, r, cat)   # its rows, not its parent
    shown = _place_shown(prev, r, cat) if entity == prev.table else None
    if not (entity and prev.limit is not None and named) or (entity == prev.table and
                                                             not prev.group and shown is None):
        return None
    _one_place_there(prev, r)
    within = prev.copy()
    within.assumptions, within.batch = [], []
    if shown is not None:
        key = shown
        within.select = [key] + [c for c in within.select if c != key]
    elif prev.group:
        key = prev.group[0].column
        if prev.group[0].grain:
            return None
    elif not prev.measures and len(cat.tables[prev.table].primary_key) == 1:
        key = f"{prev.table}.{cat.tables[prev.table].primary_key[0]}"       # the rows the listing showed
        within.select = [key] + [c for c in within.select if c != key]
    else:
        return None
    if not cat.connected(entity, key.split(".")[0]):
        return None
    if r.rank_dir and not r.order:
        return None             # ranked by what is not said: left to the steps that decline it
    p = Plan(table=entity, select=[] if r.measures else list(r.select), measures=list(r.measures),
             filters=[Filter(key, "in", [], kind="in_prev")], assumptions=list(r.assumptions), within=within,
             order=[] if r.measures else list(r.order), limit=None if r.measures else r.limit)
    if not (r.measures or p.order) and (r.direction or r.sort):
        _apply_rank(p, r, cat)          # 'name the companies in it, biggest first': in that order
    dim = Dim(key)
    for x in r.mentions:
        if x.kind == "kw" and (x.kw[0] == "place" or (x.kw[0] == "anaphora" and x.text in _SINGULAR)):
            x.used = True
    p.assume("there", f"the {dim.column.split('.')[1]} of the previous answer")
    if entity == prev.table and _those_rows_counted(prev, r):
        # 'show those makers' after 'which trade has the most makers in Ohio?': the rows counted,
        # so the conditions they were counted under as well
        p.filters += [f for f in prev.filters if f.column and f.agg is None and f.kind in ("value", "compare", "time")]
    _add_filters(p, r.filters, cat)         # 'how many loans did it have in 2023?': the question's own conditions
    if r.each_row and not p.measures and not p.select and key.split(".")[0] != entity:
        # 'who was the lead contractor on each?': each row of the previous answer beside its own
        theirs = [f"{key.split('.')[0]}.{c}" for c in cat.label_columns(key.split(".")[0])][:1] or [key]
        p.select = theirs + [f"{entity}.{c}" for c in cat.label_columns(entity)][:1]
        if all(o.kind == "col" and o.ref.split(".")[0] == key.split(".")[0] for o in prev.order):
            p.order = list(prev.order)      # in the order the previous answer showed them
        p.assume("each", f"the previous answer's {key.split('.')[0].replace('_', ' ')}, each beside its "
                         f"{entity.replace('_', ' ')}")
        return p
    if listed and p.select and not any(c.split(".")[0] == entity for c in p.select):
        p.select = [f"{entity}.{c}" for c in cat.label_columns(entity)][:1] + p.select     # whose figures they are
    _each_row_once(p, cat)                  # 'the golfers who played there': each golfer once
    return p


def _rows_of_the_group_listed(prev: Plan, r: Reading, cat: Catalog) -> str | None:
    """'Which sector has the fewest companies?' → 'list them with their share price'; 'which sector
    has the highest average P/E?' → 'list its companies with their P/E': after the one group a
    ranking kept, a listing that points back lists the rows of that group (the group is one row,
    so 'them' are its rows; 'its companies' names them), never the group row with a figure added.
    The table whose rows are listed: the one named, else the rows the previous answer grouped."""
    if prev.limit != 1 or len(prev.group) != 1 or prev.group[0].grain or not prev.measures or \
            not any(o.kind == "agg" for o in prev.order) or prev.inner is not None or prev.within is not None:
        return None
    if not any(x.kind == "kw" and x.kw[0] == "list" for x in r.mentions) or \
            r.measures or r.agg_only or r.group or r.order or r.rank_dir or r.limit is not None or r.count_anaphora:
        return None             # ('what's its total for Bristol clients?' asks a figure, lists nothing)
    pronouns = {x.text.lower() for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora"}
    key_table = prev.group[0].column.split(".")[0]
    if r.entity:
        entity = r.entity if _points_at_one(r) or "them" in pronouns else None
    else:
        entity = key_table if key_table == prev.table and pronouns & {"them", "those"} else None
    if entity is None or not cat.connected(entity, key_table):
        return None
    return entity


def _related_rows_of_rows_kept(prev: Plan, r: Reading, cat: Catalog) -> bool:
    """'who is the youngest guest?' → 'what lessons did they book?': the rows of another table that
    belong to the rows a ranking kept are all of them (the ranked rows chosen first), never the first
    rows of the ranking run again over the joined rows. After several rows, a figure (one for all, or
    each?) is left to the steps that decline it."""
    return _rows_kept_and_theirs(prev, r, cat) and not _asks_which_of(r) and \
        (prev.limit == 1 or not (r.measures or r.agg_only or r.count_anaphora or r.group or r.order or r.rank_dir))


def _rows_kept_and_theirs(prev: Plan, r: Reading, cat: Catalog) -> bool:
    """A question about the rows of another table that belong to the rows a ranking kept."""
    return prev.limit is not None and r.anaphora and bool(r.entity) and r.entity != prev.table and \
        not (prev.group or prev.measures or prev.inner is not None or prev.distinct) and \
        cat.fans_out(prev.table, r.entity)


def _which_of_them_have_rows(prev: Plan, r: Reading, cat: Catalog) -> None:
    """'the 3 most expensive titles' → 'which of them have sales in 2024?': picking among the rows
    kept by rows of another table is no edit the engine makes (the ranking run again over the
    joined rows, or those rows listed, would answer another question); declined."""
    if _rows_kept_and_theirs(prev, r, cat) and _asks_which_of(r) and not r.measures:
        words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora"][:1]
        raise CannotAnswer(f"{(words or ['them'])[0]!r} picks among the {prev.limit} {_plural(prev.table)} the "
                           f"previous answer kept by their {_plural(r.entity)}, which the engine cannot do here; ask "
                           "it in one question", words)


def _there(r: Reading) -> list:
    return [x for x in r.mentions if x.kind == "kw" and x.kw[0] == "place" and x.text == "there" and not x.used]


def _place_value(prev: Plan) -> Filter | None:
    """The one value the previous answer was kept to ('produced in Japan'), when it has one."""
    named = [f for f in prev.filters if f.kind == "value" and f.op in ("=", "in") and len(f.values) == 1 and f.column]
    return named[0] if len(named) == 1 and not prev.group and prev.within is None and prev.inner is None else None


def _same_place_there(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'how many titles were produced in Japan?' → 'and how many subscribers live there?': 'there' is
    the value the previous answer was kept to, in the one column of the table asked about that holds
    it (none, or several: not this rule)."""
    f = _place_value(prev)
    there = _there(r)
    if f is None or not there or not r.entity or r.entity == f.column.split(".")[0] or r.group or r.dims_named or \
            any(c.split(".")[0] != r.entity for c in r.select) or (r.measures and r.select):
        return None
    value = f.values[0]
    cols = {f"{v.table}.{v.column}" for v in cat.values.get(value_key(str(value)), ()) if v.table == r.entity
            and v.value == value}
    if len(cols) != 1:
        return None
    col = cols.pop()
    p = Plan(table=r.entity, measures=list(r.measures), select=list(r.select), order=list(r.order), limit=r.limit,
             filters=[Filter(col, "=", [value])], assumptions=list(r.assumptions))
    _add_filters(p, r.filters, cat)
    for x in there:
        x.used = True
    p.assume("there", f"{col.split('.')[1]} = '{value}', the place of the previous answer")
    return p


def _figure_of_the_group_kept(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'which taproom made the most?' → 'how many seats does it have?': a figure of the table the one
    kept group is a row of, over that row only (never over the rows the ranking joined, where its
    seats would count once per sale)."""
    if prev.limit != 1 or len(prev.group) != 1 or prev.group[0].grain or not _points_at_one(r) or \
            not (r.measures or r.select) or (r.measures and r.select) or r.group or r.dims_named or r.order or \
            r.rank_dir or r.agg_only:
        return None
    col = prev.group[0].column
    g = col.split(".")[0]
    if g == prev.table or any(not m.column or m.column.split(".")[0] != g for m in r.measures) or \
            any(c.split(".")[0] != g for c in r.select):
        return None             # ('what is its budget?': the value of that one row)
    within = prev.copy()
    within.assumptions, within.batch, within.earlier = [], [], []
    p = Plan(table=g, measures=list(r.measures), select=[col] + [c for c in r.select if c != col] if r.select else [],
             filters=[Filter(col, "in", [], kind="in_prev")], assumptions=list(r.assumptions), within=within)
    _add_filters(p, r.filters, cat)
    for x in r.mentions:
        if x.kind == "kw" and x.kw[0] == "anaphora" and x.text in _SINGULAR:
            x.used = True
    p.assume("it", f"the {col.split('.')[1]} the previous answer found")
    return p


def _figure_of_those_counted(prev: Plan, r: Reading) -> bool:
    """'how many wines come from them?' → 'what is the average price of those wines?': a figure of
    the rows the previous answer counted, named with a pointer ('those wines')."""
    m = r.mentions
    pointed = any(x.text in ("those", "these", "of those", "of these") and y.kind == "ref" and y.ref is not None and
                  y.ref.kind == "table" and y.ref.table == prev.table for x, y in zip(m, m[1:]))
    return pointed and r.entity == prev.table and bool(r.measures) and \
        [(a.func, a.column) for a in prev.measures] == [("count", None)] and \
        not (prev.group or prev.limit is not None or prev.inner is not None or r.group or r.dims_named or
             r.select or r.order or r.rank_dir)


def _counted_table(r: Reading, cat: Catalog) -> str | None:
    """The table 'how many <rows> …' counts, when the question counts nothing else: the entity
    named, or the table whose one key the plural noun matched ('requests' → request_id)."""
    if [(m.func, m.column) for m in r.measures] != [("count", None)] or \
            r.group or r.order or r.rank_dir or r.limit is not None or r.dims_named or r.share or r.group_prev:
        return None
    if r.entity and all(c.split(".")[0] == r.entity and cat.is_time(*c.split(".")) for c in r.select):
        return r.entity         # ('how many matches did they play?': 'play' names the matches' date)
    if not r.entity and len(r.select) == 1:
        t, c = r.select[0].split(".")
        return t if cat.tables[t].primary_key == [c] else None
    return None


def _their_rows_counted(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'which neighbourhoods have more than 25,000 residents?' → 'how many requests did they have
    in total?': the rows of the table counted that belong to the rows listed (never the listed rows
    themselves), counted together: 'each of them' (a grouping) asks for one count per row."""
    t = _counted_table(r, cat)
    pk = cat.tables[prev.table].primary_key
    # 'how many guests were born before 1960?' → 'how many passes did they buy?': the guests counted
    # ('how many of them …' counts those rows themselves)
    counted = _rows_counted(prev) and not r.count_anaphora
    if t is None or t == prev.table or not r.anaphora or (prev.measures and not counted) or prev.group or \
            (r.count_anaphora and not prev.measures) or \
            prev.distinct or \
            prev.inner is not None or prev.within is not None or prev.batch or len(pk) != 1 or \
            not cat.fans_out(prev.table, t) or not cat.connected(prev.table, t):
        return None
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora"]
    total = [x for x in r.mentions if x.kind == "kw" and x.kw == ("agg", "sum")] + _between_them(r)
    if prev.limit != 1 and _points_at_one(r):
        raise CannotAnswer(f"{', '.join(map(repr, words))} points at one of the {_plural(prev.table)}, and the "
                           "previous answer shows several; name the one you mean", words)
    key = f"{prev.table}.{pk[0]}"
    within = prev.copy()
    within.assumptions, within.batch, within.earlier = [], [], []
    if counted:
        within.measures, within.select, within.order, within.limit = [], [], [], None
    within.select = [key] + [c for c in within.select if c != key]
    p = Plan(table=t, measures=[Agg("count")], filters=[Filter(key, "in", [], kind="in_prev")],
             assumptions=list(r.assumptions), within=within)
    for x in total:
        x.used = True
    _add_filters(p, r.filters, cat)
    each = [x for x in r.mentions if x.kind == "kw" and x.kw[0] == "group" and x.text in ("each", "every", "for each")]
    if each and not total:
        for x in each:
            x.used = True           # 'how many votes did each of them get?': one count per row listed
        p.group = [Dim(c) for c in cat.entity_group(prev.table)]
        p.assume("each", f"the {_plural(t)} of each of the {_plural(prev.table)} the previous answer listed")
        return p
    p.assume("they", f"the {_plural(t)} of the {_plural(prev.table)} the previous answer listed, counted together")
    return p


# The words of 'as a percentage of the total', 'what % of the total is each?', 'share of total'.
_SHARE_OF_TOTAL = {"as", "a", "of", "the", "what", "is", "each", "one", "total", "overall", "%", "percent",
                   "percentage", "share", "proportion", "?"}


def _each_group_as_share_of_total(prev: Plan, r: Reading, cat: Catalog | None = None) -> Plan | None:
    """'total budget per type' → 'as % of total': each group's figure (a count or a total) as a
    percentage of all the groups together, the groups and conditions kept. Not after a ranking or
    a condition on the groups (of which total: the groups shown, or all?)."""
    if not prev.group or len(prev.measures) != 1 or prev.measures[0].func not in ("count", "sum") or \
            prev.inner is not None or prev.within is not None or \
            any(f.agg is not None for f in prev.filters):
        return None
    m = prev.measures[0]
    if prev.limit is not None and [(o.kind, o.ref) for o in prev.order] != [("agg", 0)]:
        return None             # a cut by another figure: of which total?
    # 'as % of total tickets' after the venue that sold the most tickets: the measure named again
    again = [x for x in r.mentions if x.kind == "ref" and (x.col and x.col == m.column or m.column is None and any(
        ref.kind == "table" and ref.table == prev.table for ref in ([x.ref] if x.ref else x.refs)))]
    words = [x for x in r.mentions if (x.kind != "word" or x.text not in ("?", ".")) and x not in again]
    texts = {x.text for x in words}
    if not words or not texts <= _SHARE_OF_TOTAL or not (texts & {"%", "percent", "percentage", "share", "proportion"}) \
            or not texts & {"total", "overall"} or r.filters or r.group or r.select or \
            (r.measures and (not again or [(a.func, a.column) for a in r.measures] != [(m.func, m.column)])):
        return None
    words += again
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    p.measures = [Agg("pct_total", m.column, of=m.func)]
    for x in words:
        x.used = True
    r.agg_only = []             # 'total': the whole the percentage is of
    r.consumed.add("share")
    what = f"total {m.column.split('.')[1]}" if m.column else _plural(p.table)
    p.assume("percentage", f"each group's share of all {what}, from 0 to 100")
    return p


def _rows_counted(prev: Plan) -> bool:
    """A count of rows with no groups ('how many guests were born before 1960?'): 'they' after it
    are the rows it counted."""
    return [(m.func, m.column) for m in prev.measures] == [("count", None)] and not prev.group and \
        prev.limit is None and not any(f.agg is not None for f in prev.filters)


def _between_them(r: Reading) -> list:
    """'between them' after a count of their rows: all of them together (not a range)."""
    m = r.mentions
    return [x for x, y in zip(m, m[1:]) if x.text == "between" and y.kind == "kw" and y.kw[0] == "anaphora"
            and y.text in ("them", "those")]


def _those_listed_counted(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'staff hired before 2017' → 'how many shifts have they worked in total?' → 'how many of them
    are chefs?': a condition on the rows listed (not on the rows counted for them) counts those
    rows, not their shifts."""
    w = prev.within
    if w is None or w.limit is not None or w.measures or w.group or prev.group or \
            [(m.func, m.column) for m in prev.measures] != [("count", None)] or \
            not any(f.kind == "in_prev" for f in prev.filters) or not (r.count_anaphora or _bare_count(r)) or \
            not r.filters or any(not f.column or f.column.split(".")[0] != w.table for f in r.filters) or \
            w.table == prev.table:
        return None
    p = w.copy()
    p.assumptions = list(r.assumptions)
    p.measures, p.select, p.order, p.distinct = [Agg("count")], [], [], False
    _add_filters(p, r.filters, cat, replace=True)
    p.assume("of them", f"the {_plural(w.table)} listed before, not their {_plural(prev.table)}")
    return p


def _ones_counted(prev: Plan, r: Reading) -> str | None:
    """'which sub-industry has the most companies?' → 'give me the ones in it whose …': 'the ones'
    in the group named are the rows the groups counted (the table of the count)."""
    if not (prev.group and prev.limit is not None and len(prev.measures) == 1 and prev.measures[0].func == "count"):
        return None
    counted = prev.measures[0].column.split(".")[0] if prev.measures[0].column else prev.table
    ones = any(x.kind == "kw" and x.kw[0] == "anaphora" and x.text.split()[-1] == "ones" for x in r.mentions)
    return counted if ones and not (r.measures or r.group or r.dims_named or r.agg_only) else None


def _those_rows_counted(prev: Plan, r: Reading) -> bool:
    """'Which sub-industry has the most companies?' → 'show those companies': 'those' before the
    name of the rows the ranked groups counted are those groups' rows, not the counts again."""
    if not (prev.group and prev.limit is not None and any(m.func == "count" for m in prev.measures)):
        return False
    m = r.mentions
    pointers = ("those", "these", "its") if prev.limit == 1 else ("those", "these")
    return any(x.text in pointers and m[i + 1].kind == "ref" and m[i + 1].ref is not None and
               m[i + 1].ref.kind == "table" and m[i + 1].ref.table in _tables_counted(prev)
               for i, x in enumerate(m[:-1])) or _attributes_of_the_rows_counted(prev, r)


def _tables_counted(prev: Plan) -> set[str]:
    """The tables whose rows a grouped count counted: 'which marina has the most boats?' counts
    boats (COUNT(DISTINCT boat id)) though the groups are marinas."""
    return {m.column.split(".")[0] if m.column else prev.table for m in prev.measures if m.func == "count"}


def _attributes_of_the_rows_counted(prev: Plan, r: Reading) -> bool:
    """'companies added since 2025' → 'by sector' → 'which has the most?' → 'names?': a bare
    attribute of the rows the ranked groups counted ('names?', 'their names?') is of those groups'
    rows, under the conditions they were counted under (never every row of the table)."""
    if not (prev.group and prev.limit is not None and len(prev.measures) == 1 and prev.measures[0].func == "count"
            and not prev.measures[0].column) or r.measures or r.filters or r.group or r.order or r.rank_dir:
        return False
    said = [x for x in r.mentions if x.text not in ("?", ".", "!") and
            not (x.kind == "kw" and x.kw[0] == "anaphora" and x.text in ("their", "its"))]
    return 0 < len(said) <= 2 and all(x.kind == "ref" and x.col and x.col.split(".")[0] == prev.table and
                                      all(g.column != x.col for g in prev.group) for x in said)


def _reverse_or_reset(prev: Plan, r: Reading, cat: Catalog | None = None) -> Plan | None:
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


def _rows_of_kept_groups_key(prev: Plan, cat: Catalog) -> str | None:
    """The one column whose values name the rows the previous groups are, when each group is one
    row of a table (grouped by its key, or by a name no two rows share); None otherwise."""
    tables = {g.column.split(".")[0] for g in prev.group}
    if len(tables) != 1 or any(g.grain for g in prev.group):
        return None
    t = tables.pop()
    return cat.row_key(t, [g.column for g in prev.group])


def _groups_kept_by_a_condition(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'which books have more than one author?' → 'how many is that?' / 'what's their average
    replacement cost?': the groups a condition on their aggregate kept (HAVING) are what the
    follow-up counts or measures (the groups counted; a figure of those rows), never every row
    again with the condition dropped. A count with a condition the kept rows cannot carry is
    declined."""
    having = [f for f in prev.filters if f.agg is not None]
    if not (prev.group and having) or prev.limit is not None or prev.inner is not None or \
            r.group or r.group_prev or r.dims_named or r.select or r.order or r.rank_dir or r.limit is not None or \
            r.share or r.agg_only:
        return None
    counts = r.count_anaphora or _bare_count(r)
    figures = bool(r.measures) and r.anaphora and r.entity in (None, prev.group[0].column.split(".")[0]) and \
        all(m.column and m.func in ("avg", "sum", "min", "max", "median") for m in r.measures)
    if not (counts or figures):
        return None
    key = _rows_of_kept_groups_key(prev, cat)
    t = key.split(".")[0] if key else None
    if figures and (t is None or any(m.column.split(".")[0] != t for m in r.measures)):
        return None             # a figure of other rows: each group's own (the steps after keep the condition)
    if t is not None and all(f.column and f.column.split(".")[0] == t for f in r.filters):
        within = prev.copy()
        within.assumptions, within.batch, within.earlier = [], [], []
        p = Plan(table=t, measures=list(r.measures) if figures else [Agg("count")],
                 filters=[Filter(key, "in", [], kind="in_prev")], assumptions=list(r.assumptions), within=within)
        _add_filters(p, r.filters, cat)
        p.assume("of those", f"the {_plural(t)} the previous answer kept by its condition on "
                 f"{_having_words(prev)}")
        return p
    if r.filters:
        words = [x.text for x in r.mentions if x.kind in ("value", "num")][:2]
        raise CannotAnswer(f"the previous answer kept its groups by a condition on {_having_words(prev)}; a "
                           "further condition on them is not clear here: ask it in one question", words)
    inner = prev.copy()
    inner.assumptions, inner.batch, inner.earlier = [], [], []
    p = Plan(table=prev.table, measures=[Agg("count")], assumptions=list(r.assumptions), inner=inner)
    p.assume("of those", f"the groups the previous answer kept by its condition on {_having_words(prev)}, counted")
    return p


def _which_rows_of_the_one_group_kept(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'which year had the most additions?' → 'which of them were tech companies?': after a ranking
    that kept one group of counted rows, 'which of them' cannot pick among one group; 'them' are the
    rows counted in it, and the condition picks among those (never the ranking run again over the
    rows that match, which may find another group)."""
    if prev.limit != 1 or len(prev.group) != 1 or not any(o.kind == "agg" for o in prev.order) or \
            prev.inner is not None or prev.within is not None or \
            [(m.func, m.column) for m in prev.measures] != [("count", None)]:
        return None
    if not _asks_which_of(r) or not r.filters or any(not f.column or f.agg is not None for f in r.filters) or \
            r.measures or r.agg_only or r.group or r.group_prev or r.dims_named or r.order or r.rank_dir or \
            r.limit is not None or r.count_anaphora or r.select or r.drops or r.entity not in (None, prev.table):
        return None
    d = prev.group[0]
    within = prev.copy()
    within.assumptions, within.batch, within.earlier = [], [], []
    p = Plan(table=prev.table, assumptions=list(r.assumptions), within=within,
             filters=[Filter(d.column, "in", [d.grain] if d.grain else [], kind="in_prev")] +
             [f for f in prev.filters if f.agg is None and f.kind != "null"])
    _add_filters(p, r.filters, cat)
    p.select = [f"{p.table}.{c}" for c in cat.label_columns(p.table)][:1]
    p.assume("of them", f"the {_plural(p.table).replace('_', ' ')} counted in the "
                        f"{d.grain or d.column.split('.')[1]} the previous answer found")
    return p


def _figure_of_counted_groups(prev: Plan, r: Reading) -> None:
    """'which genres have more than 20 books?' → 'how many is that?' → 'what's their average cost?':
    the rows counted were groups, which carry no cost of their own (of the books in them, together
    or each genre's?); declined rather than read from a column the groups do not show."""
    inner = prev.inner
    if inner is None or not inner.group or not r.measures:
        return
    shown = {g.column for g in inner.group}
    cols = [m.column for m in r.measures if m.column and m.column not in shown]
    if cols:
        words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora"][:1] or \
            [cols[0].split(".")[1]]
        raise CannotAnswer(f"the previous answer counted groups ({', '.join(g.column.split('.')[1] for g in inner.group)}), "
                           f"which have no {cols[0].split('.')[1]} of their own; ask for it per group or over the "
                           "rows in one question", words)


def _having_words(prev: Plan) -> str:
    aggs = [prev.measures[f.agg] for f in prev.filters if f.agg is not None and 0 <= f.agg < len(prev.measures)]
    return ", ".join(f"{a.func} of {a.column.split('.')[1]}" if a.column else "its count" for a in aggs) or "an aggregate"


def _busy_with_rows(r: Reading) -> bool:
    """'and the busiest event ever?': busy with rows (repairs, visits), never the figure shown before."""
    return any(x.kind == "kw" and x.kw[0] == "rank" and x.text in BUSY_RANKS for x in r.mentions)


_SET_AGAINST = VERSUS_WORDS | {"compared", "against"}


def _sides_beside_the_groups(p: Plan, r: Reading) -> None:
    """'Energy versus Utilities?' after counts by region: the sides are compared within each group
    shown (a row for each region and sector), never the two sides' rows added into each group."""
    if not p.measures or not p.group:
        return
    grouped = {g.column for g in p.group}
    for f in r.filters:
        if f.op == "in" and f.column and len(f.values) > 1 and f.column not in grouped:
            p.group.append(Dim(f.column))
            p.assume(f.column.split(".")[1], "one row for each side named, within each group shown")
            return


def _rows_counted_listed_narrower(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'pe > 50 count' → 'by sector' → 'names in IT': a terse listing of a column with a condition
    of its own, right after a count of rows under conditions, lists the rows counted, narrowed:
    the count's conditions are kept (a condition on the same column is replaced), never dropped."""
    if not prev.measures or any(m.func != "count" or m.column for m in prev.measures) or prev.limit is not None:
        return None
    kept = [f for f in prev.filters if f.column and f.agg is None]
    if not kept or not r.select or not r.filters or r.measures or r.group or r.order or r.rank_dir or \
            r.limit is not None or r.entity or r.dims_named or r.when:
        return None
    if any(f.kind != "value" or not f.column or f.agg is not None for f in r.filters):
        return None
    said = [x for x in r.mentions if x.text not in ("?", ".", "!")]
    if not said or said[0].kind != "ref" or any(
            x.kind not in ("ref", "value", "kw") or x.kind == "kw" and x.kw and x.kw[0] not in ("in", "anaphora")
            for x in said):
        return None
    tables = {c.split(".")[0] for c in r.select} | {f.column.split(".")[0] for f in r.filters}
    if any(t != prev.table and not cat.join_path(prev.table, t) for t in tables):
        return None
    p = prev.copy()
    named = {f.column for f in r.filters}
    p.measures, p.group, p.order, p.limit, p.offset, p.ties, p.earlier = [], [], [], None, None, False, []
    p.filters = [f for f in kept if f.column not in named] + list(r.filters)
    p.select = list(r.select)
    p.assume(" ".join(x.text for x in said), "the rows counted before, under the same conditions, narrowed")
    return p


def edit_plan(prev: Plan, r: Reading, cat: Catalog) -> Plan:
    listed = _rows_counted_listed_narrower(prev, r, cat)
    if listed is not None:
        return listed
    top = _top_row_of_each_group_shown(prev, r, cat)
    if top is not None:
        return top
    _groups_named_as_replaced(prev, r)
    _the_figure_instead(prev, r, cat)
    _sorted_the_same_way_instead(prev, r, cat)
    _sort_by_the_figure_added(prev, r, cat)
    _top_n_of_the_ranking_shown(prev, r)
    _split_into_its_values(prev, r, cat)
    _excluded_values_put_back(prev, r)
    p = _edit(prev, r, cat)
    _over_all_time(prev, p, r)
    _the_other_extreme_of_the_ranking(p)
    _ones_of_another_kind(prev, p, r)
    _the_part_of_the_share(prev, p, r)
    _groups_for_rows_asked(p, r, cat)
    if any(x.text in _SET_AGAINST for x in r.mentions):
        compare_groups(p, cat)      # 'homes versus businesses?' after a count: one count for each side
        _sides_beside_the_groups(p, r)
    per_row_keeps_the_groups(prev, p, r, cat)
    _ranks_by_one_of_several(prev, p, r)
    p.earlier = _figures_replaced(prev, p)
    return p


def _top_row_of_each_group_shown(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'Health Care versus Staples: total EBITDA' → 'and the biggest company in each?': the rows
    with their group's own maximum, listed under the previous answer's row conditions — never the
    previous figures added up over those rows only. Rows of no table named: declined."""
    tops = [f for f in r.filters if f.kind == "group_extreme"]
    if not tops or not prev.group or not prev.measures:
        return None
    if r.entity is None:
        raise CannotAnswer("the rows with the highest value in each group are rows of a table the question does not "
                           "name; name them ('the company with the highest P/E in each sector')")
    p = new_plan(r, cat)
    tables = set(p.tables())
    for f in prev.filters:
        if f.agg is None and f.column and f.kind in ("value", "compare", "time", "null") and f not in p.filters:
            t = f.column.split(".")[0]
            if t not in tables and not cat.join_path(p.table, t):
                raise CannotAnswer("the conditions of the previous answer do not apply to the rows asked for; "
                                   "ask the whole question")
            p.filters.append(copy.deepcopy(f))
    return p


def _groups_for_rows_asked(p: Plan, r: Reading, cat: Catalog) -> None:
    """'which sector has the most of them?' → 'and the highest P/E overall belongs to which company?':
    'which company' asks for a row of that table, and an edit that still shows the sectors (groups
    that are not those rows) answers another question: declined."""
    m = r.mentions
    asked = [(x.text, y.ref.table) for x, y in zip(m, m[1:]) if x.text in ("which", "what") and y.kind == "ref"
             and y.ref is not None and y.ref.kind == "table"]
    if not asked or not p.group:
        return
    word, t = asked[0]
    own = {f"{t}.{c}" for c in [*cat.tables[t].primary_key, *cat.label_columns(t)]} | set(cat.entity_group(t))
    if any(g.column in own or g.column.split(".")[0] == t and cat.is_key(t, g.column.split(".")[1]) for g in p.group):
        return
    shown = ", ".join(g.column.split(".")[1] for g in p.group)
    raise CannotAnswer(f"'{word} {_plural(t).replace('_', ' ')}' asks for {_plural(t).replace('_', ' ')}, and the "
                       f"answer would show the previous groups ({shown}); ask the whole question", [word])


def _the_part_of_the_share(prev: Plan, p: Plan, r: Reading) -> None:
    """'what percentage of companies is that?' (the ones with a P/E above 50) → 'which sector has
    the most of them?': 'them' are the rows of the part the share counted, so its conditions become
    the new answer's (never every row of the whole)."""
    if not r.anaphora or len(prev.measures) != 1 or prev.measures[0].func != "share" or \
            not prev.measures[0].where or any(m.func == "share" for m in p.measures):
        return
    part = [f for f in prev.measures[0].where if f not in p.filters]
    if part:
        p.filters = p.filters + part
        p.assume("them", "the rows the previous share counted as its part")


_PARTITIVE = {"which", "what", "who", "how many", "one", "any", "none", "some", "many", "most", "each", "all",
              "both", "either", "neither"}


def _ones_of_another_kind(prev: Plan, p: Plan, r: Reading) -> None:
    """'how many of our wines are organic?' → 'the average vintage of the French ones?': 'ones'
    stands for the noun (wines), and the value before it takes the place of the condition the
    previous question said of them ('are organic'), so that condition is dropped (a period stays;
    'of those', 'among them', 'only', 'which of the …', a value the previous answer had, or one of
    the groups it shows, keep the rows shown)."""
    m = [x for x in r.mentions if x.text not in ("?", ".", "!")]
    if not any(x.kind == "value" and y.text == "ones" for x, y in zip(m, m[1:])):
        return
    if any(x.text in ("those", "these", "them", "among", "only", "just", "also") for x in m) or \
            any(x.text == "of" and i > 0 and m[i - 1].text in _PARTITIVE for i, x in enumerate(m)):
        return                  # 'which of the California ones': some of the rows shown
    new = [f for f in r.filters if f not in prev.filters]
    if not new:
        return                  # 'the California ones' after California was asked: the rows shown
    if all(any(d.column == f.column for d in prev.group) for f in new):
        return                  # 'which state has the most tech companies?' → 'the California ones': a group shown
    named = {f.column for f in new}
    dropped = [f for f in p.filters if f in prev.filters and f not in r.filters and f.kind == "value"
               and f.column and f.column not in named]
    if not dropped:
        return
    p.filters = [f for f in p.filters if f not in dropped]
    said = ", ".join(f.column.split(".")[1] for f in dropped)
    p.assume("ones", f"all {_plural(p.table).replace('_', ' ')} of the value named, not only those the previous "
                     f"question kept ({said})")


_PUTTING_BACK = ("include", "including", "add", "add the")


def _excluded_values_put_back(prev: Plan, r: Reading) -> None:
    """'orders by country excluding the UK' → 'now include the UK': the value named is one the
    previous question left out; it is put back (the rows of every other value stay), never made
    the only value kept."""
    if not any(x.kind == "kw" and x.kw[0] == "too" and x.text in _PUTTING_BACK for x in r.mentions):
        return
    including = any(x.text in ("include", "including") for x in r.mentions)
    for f in [f for f in r.filters if f.kind == "value" and f.column and f.op in ("=", "in")]:
        left = next((g for g in prev.filters if g.column == f.column and g.kind == "value" and
                     g.op in ("!=", "not in") and set(f.values) <= set(g.values)), None)
        # ('add Amazon too' after a comparison may add rows or columns: only 'include' says rows)
        kept = next((g for g in prev.filters if g.column == f.column and g.kind == "value" and
                     g.op in ("=", "in") and not set(f.values) & set(g.values)), None) if including else None
        if kept is not None:
            # 'only active subscribers' → 'now include the paused ones too': either value, not both
            r.filters = [g for g in r.filters if g is not f] + [Filter(f.column, "in", kept.values + f.values)]
            r.too = False
            r.assume(f.column.split(".")[1], f"{', '.join(map(str, f.values))} included beside "
                                             f"{', '.join(map(str, kept.values))}")
            continue
        if left is None:
            continue
        rest = [v for v in left.values if v not in f.values]
        r.filters = [g for g in r.filters if g is not f]
        if rest:
            r.filters.append(Filter(f.column, "!=" if len(rest) == 1 else "not in", rest))
        else:
            r.drops.append(f.column)
        r.too = False
        r.assume(f.column.split(".")[1], f"{', '.join(map(str, f.values))} put back with the rest" +
                 (f"; still left out: {', '.join(map(str, rest))}" if rest else ""))


_ALL_SPANS = tuple(f"all {s}" for s in SPANS_OF_TIME)     # "across all years", "of all time"


def _over_all_time(prev: Plan, p: Plan, r: Reading) -> None:
    """'What was the CAPE in September 1929?' → 'and the lowest CAPE ever recorded?': 'ever' (or 'of
    all time') widens the question to every period, so the period the previous answer kept is dropped
    (a period the question names itself stays)."""
    words = [x.text for x in r.mentions]
    if not ("ever" in words or any(w.endswith(_ALL_SPANS) for w in words) or
            any(a == "all" and b == "time" for a, b in zip(words, words[1:]))):
        if r.everything:
            _not_within_the_rows_before(p, "overall")
            _every_row_of_the_figure(prev, p, r)
        return
    _not_within_the_rows_before(p, "ever")
    own = [f for f in r.filters if f.kind == "time"]
    carried = [f for f in p.filters if f.kind == "time" and f in prev.filters and f not in own]
    if not carried:
        return
    p.filters = [f for f in p.filters if f not in carried]
    p.assume("ever", "over every period, not only the one the previous answer kept")


def _every_row_of_the_figure(prev: Plan, p: Plan, r: Reading) -> None:
    """'average P/E of Energy companies' → 'and overall?': the same figure over every row, without
    the conditions the previous answer was kept to (its ranking and groups kept as they were)."""
    named = any(x.kind in ("ref", "value", "num", "date") for x in r.mentions)
    kept = [f for f in p.filters if f.kind == "null" or f.agg is not None]
    if named or not prev.measures or prev.group or len(kept) == len(p.filters):
        return              # (groups: 'overall' may as well be one figure for all of them)
    dropped = [f.column.split(".")[1] for f in p.filters if f not in kept and f.column]
    p.filters = kept
    p.assume("overall", "over every row, without the previous conditions" +
             (f" on {', '.join(dict.fromkeys(dropped))}" if dropped else ""))


def _not_within_the_rows_before(p: Plan, word: str) -> None:
    """'what was the S&P level then?' → 'and the lowest CAPE ever?': 'ever' ('of all time', or
    'overall' after a ranking) is over the whole table, never inside the rows the previous answer
    was kept to ('then', 'there', 'of those')."""
    if p.within is None or not any(f.kind == "in_prev" for f in p.filters):
        return
    _out_of_the_rows_before(p)
    p.assume(word, "over every row, not only the rows the previous answer was kept to")


def _out_of_the_rows_before(p: Plan) -> None:
    """The plan no longer kept to the previous answer's rows: its condition, its plan and the words
    that said it ('then', 'there', 'of those') go."""
    p.filters = [f for f in p.filters if f.kind != "in_prev"]
    p.within = None
    p.assumptions = [a for a in p.assumptions if a.get("concept") not in ("then", "there", "of those")]


def _the_other_extreme_of_the_ranking(p: Plan) -> None:
    """'the month with the highest CAPE?' → 'what was the S&P level then?' → 'and the lowest CAPE?':
    the other extreme of the measure a top-1 ranked is a new ranking over the rows that top-1 ranked,
    never the lowest inside the one row it kept."""
    w = p.within
    if w is None or w.limit != 1 or len(w.order) != 1 or w.order[0].kind != "col" or w.group or w.measures or \
            w.within is not None or w.inner is not None or not any(f.kind == "in_prev" for f in p.filters):
        return
    if p.limit != 1 or not p.order or p.order[0].kind != "col" or p.order[0].ref != w.order[0].ref or \
            p.order[0].desc == w.order[0].desc:
        return
    _out_of_the_rows_before(p)
    p.filters += [f for f in w.filters if f not in p.filters]
    p.assume("lowest" if not p.order[0].desc else "highest",
             "over the rows the earlier ranking ranked, not inside the row it kept")


def _breaks_the_answer_down(r: Reading) -> bool:
    """'break that down by category', 'split it by year': the figure shown, split — never 'per venue'
    alone (the top one of each venue)."""
    return any(x.kind == "kw" and x.kw[0] == "group" and x.text.split()[0] in ("break", "split", "broken", "breakdown")
               for x in r.mentions)


def _the_top_one_in_each_new_group(prev: Plan, r: Reading) -> None:
    """'busiest hour for sessions' → 'per venue': the one group the ranking kept, asked again for
    each new group (the busiest hour of each venue), never a count per venue that drops the hours;
    the engine ranks within groups nowhere, so it is declined."""
    if prev.limit != 1 or r.too or not prev.group:
        return
    grouped = {g.column.split(".")[0] for g in r.group}
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "group" or
             x.kind == "ref" and x.ref is not None and x.ref.table in grouped]
    raise CannotAnswer(f"'{' '.join(words)}' after the one top {prev.group[0].grain or 'group'} asks for the top one "
                       "in each of those groups, which the engine does not rank; ask for the full breakdown "
                       "('… by both')", words)


def _groups_named_as_replaced(prev: Plan, r: Reading) -> None:
    """'now by year instead of by centre', 'by level instead of year': the grouping named after
    'instead of' is one the previous answer shows, and it goes (never kept beside the new one).
    Declined when the previous answer shows no such grouping, or none is left in its place."""
    m = r.mentions
    at = next((i for i, x in enumerate(m[:-1]) if x.kind == "kw" and x.kw[0] == "instead" and
               x.text == "instead" and m[i + 1].text == "of"), None)
    if at is None or not r.group:
        return
    named = []
    for x in m[at + 2:]:
        if x.text in (",", ";", "and", "but"):
            break
        named.append(x)
    grains = {x.kw[1] for x in named if x.kind == "kw" and x.kw[0] == "grain"} | \
        {x.text.rstrip("s") for x in named if x.kind == "word" and x.text.rstrip("s") in _GRAIN_WORDS}
    cols = {x.col for x in named if x.kind == "ref" and x.col}
    tables = {x.ref.table for x in named if x.kind == "ref" and x.ref is not None and x.ref.kind == "table"}
    if not (grains or cols or tables):
        return

    def named_here(d: Dim) -> bool:
        return d.grain in grains if d.grain else d.column in cols or d.column.split(".")[0] in tables

    gone = [d for d in prev.group if named_here(d)]
    kept = [d for d in r.group if not named_here(d)]
    if not gone or not kept:
        words = [x.text for x in named if x.kind != "word" or x.text.rstrip("s") in _GRAIN_WORDS]
        raise CannotAnswer(f"'instead of {' '.join(words)}' names a grouping the previous answer does not show, or "
                           "leaves none in its place; ask the whole question", words)
    r.group = [d for d in prev.group if d not in gone and d not in kept] + kept     # the other groups stay
    for x in m[at:at + 2] + named:
        x.kind, x.kw, x.used = "word", (), True      # said of the grouping replaced


_GRAIN_WORDS = {"year", "quarter", "month", "week", "day", "hour", "decade"}


def _the_figure_instead(prev: Plan, r: Reading, cat: Catalog) -> None:
    """'average sp500 by year' → 'now the real price instead': a measure column named bare in place
    of the one figure shown is the same aggregate of it (never a second figure beside the first).
    After several figures (in place of which?) or a count (which figure of it?) it is declined."""
    if not r.instead or r.measures or r.agg_only or not r.select or not prev.measures or \
            not all(cat.is_measure(*c.split(".")) for c in r.select):
        return
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "instead"][:1]
    shown = [m for i, m in enumerate(prev.measures) if not any(f.agg == i for f in prev.filters)] or prev.measures
    replaced = _figure_named_as_replaced(r)
    if len(shown) == 1 and len(r.select) > 1 and \
            shown[0].column in {f"{f.table}.{f.column}" for y in replaced for f in y.refs if f.kind == "column"}:
        r.select = [c for c in r.select if c != shown[0].column]     # 'in bags rather than money'
        for y in replaced:
            y.kind, y.refs, y.ref, y.used = "word", [], None, True     # said of the figure replaced
    if len(shown) != 1 or not shown[0].column or shown[0].func not in ("sum", "avg", "min", "max", "median"):
        what = "the figures shown" if len(shown) != 1 else "the count"
        raise CannotAnswer(f"{(words or ['instead'])[0]!r} puts {', '.join(c.split('.')[1] for c in r.select)} in place "
                           f"of {what}, and which figure of it (total, average …) is not said; name it", words)
    r.measures = [Agg(shown[0].func, c) for c in r.select]
    r.select = []


def _figure_named_as_replaced(r: Reading) -> list:
    """The column mentions right after 'rather than' / 'instead of': the figure that goes."""
    m = r.mentions
    for i, x in enumerate(m[:-1]):
        if x.kind != "kw" or x.kw[0] != "instead" or x.text not in ("rather", "instead"):
            continue
        j = i + 1 + (m[i + 1].text in ("than", "of"))
        if x.text == "instead" and j == i + 1:
            continue                    # 'bags instead': nothing named as replaced
        return [y for y in m[j:j + 2] if y.kind == "ref"]
    return []


def _sorted_the_same_way_instead(prev: Plan, r: Reading, cat: Catalog) -> None:
    """'the five companies with the highest EPS' → 'sort them by price instead': 'instead' puts a new
    key in place of the earlier one, so with no direction said the earlier direction stays (highest
    first), not the plain sort's ascending default."""
    said = any(x.kind == "kw" and x.kw[0] in ("direction", "rank") for x in r.mentions) or \
        any(x.kind == "kw" and x.kw[0] == "sortword" and x.text.startswith("rank") for x in r.mentions)
    if not (r.instead and r.sort) or said or r.direction or r.rank_dir or len(r.order) != 1 or \
            r.order[0].kind != "col" or not cat.is_measure(*r.order[0].ref.split(".")):
        return
    earlier = {o.desc for o in prev.order}
    if len(earlier) != 1:
        return
    desc = earlier.pop()
    r.order = [Order("col", r.order[0].ref, desc)]
    r.assumptions = [a for a in r.assumptions if a.get("concept") != "order"]
    r.assume("order", f"sorted by {r.order[0].ref.split('.')[1]} "
             f"{'from highest to lowest' if desc else 'from lowest to highest'}, the direction of the earlier order")


def _split_into_its_values(prev: Plan, r: Reading, cat: Catalog) -> None:
    """'signups per month' → 'split into trial and non-trial': the values named are the groups each
    figure is split by, beside the groups shown (never a share of rows that are both at once)."""
    m = r.mentions
    at = next((i for i, x in enumerate(m[:-1]) if x.kind == "kw" and x.kw[0] == "share" and x.text == "split"
               and m[i + 1].text in ("into", "between")), None)
    cols = {f.column for f in r.filters}
    if at is None or len(cols) != 1 or None in cols or r.measures or r.group or not prev.measures or \
            any(f.agg is not None or f.op not in ("=", "in") or f.kind != "value" for f in r.filters):
        return
    col = cols.pop()
    if any(g.column == col for g in prev.group):
        return
    values = list(dict.fromkeys(v for f in r.filters for v in f.values))
    r.share, r.too = False, True
    # a yes/no column's two values are all its rows; other values named keep only those rows
    r.filters = [] if cat.is_flag(*col.split(".")) else [Filter(col, "in", values)]
    r.group = [Dim(col)]
    m[at].used = m[at + 1].used = True
    r.assume("split", f"each figure split by {col.split('.')[1]}")


def _top_n_of_the_ranking_shown(prev: Plan, r: Reading) -> None:
    """'which company has the highest P/E?' → 'lowest?' → 'top 3': 'top' alone is the first rows of
    the ranking as it stands, never the ranking turned around (after a lowest-first ranking the
    direction check declines it: 'top' there may mean either end)."""
    said = [x for x in r.mentions if x.text not in ("?", ".", "!")]
    if r.limit is None or r.rank_dir is None or r.measures or r.order or r.group or r.filters or r.select or \
            r.entity or len(said) != 2 or said[0].text not in ("top", "first") or said[1].kind != "num" or \
            prev.limit is None or not prev.order or len({o.desc for o in prev.order[:1]}) != 1:
        return
    r.rank_dir = None


def _sort_by_the_figure_added(prev: Plan, r: Reading, cat: Catalog) -> None:
    """'the 3 biggest companies' → 'and their P/E?' → 'sort by that': 'that' is the one figure the
    rows show beside the key they were ranked by (lowest first, as a plain sort). With no such
    figure, or several, which one is not said, and it is declined."""
    m = [x for x in r.mentions if x.text not in ("?", ".", "!")]
    at = next((i for i, x in enumerate(m[:-1]) if x.text == "by" and m[i + 1].text in ("that", "this", "it")), None)
    if not r.sort or r.order or at is None or at + 2 != len(m) or prev.group or prev.measures:
        return
    keys = {o.ref for o in prev.order if o.kind == "col"}
    figures = [c for c in prev.select if c not in keys and cat.is_measure(*c.split("."))]
    if len(figures) != 1:
        raise CannotAnswer(f"'by {m[at + 1].text}' does not say which column to sort by (the rows show "
                           f"{len(figures) or 'no'} figure{'s' if len(figures) != 1 else ''} beside their ranking); "
                           "name it", [m[at + 1].text])
    r.order = [Order("col", figures[0], r.direction == "desc")]
    m[at].used = m[at + 1].used = True
    r.assume("order", f"'{m[at + 1].text}' taken as {figures[0].split('.')[1]}, the figure shown beside the ranking")


def _ranks_by_one_of_several(prev: Plan, p: Plan, r: Reading) -> None:
    """'Average CPI by decade' → 'now the interest rate' → 'which decade had the highest?': with two
    figures shown and none named, the highest of which is not said; ranking by the first would be a guess."""
    counts = any(x.text in ("most", "fewest", "least") for x in r.mentions)       # 'the most': the count
    figures = {m.column for i, m in enumerate(prev.measures) if not any(f.agg == i for f in prev.filters)
               and not (counts and m.func == "count")}
    if r.measures or r.order or not (r.rank_dir or r.direction) or len(figures) < 2 or \
            any(o.kind == "agg" for o in prev.order) or any(x.text in ("that", "this", "it") for x in r.mentions):
        return              # (a count kept only for a HAVING is no figure asked for; 'by that' names one)
    if any(o.kind == "agg" for o in p.order) and p.group == prev.group:
        words = [x.text for x in r.mentions if x.kind == "kw" and x.kw and x.kw[0] in ("rank", "direction")][:1]
        shown = ", ".join(f"{m.func} {m.column.split('.')[1]}" for m in prev.measures if m.column)
        raise CannotAnswer(f"{(words or ['the ranking'])[0]!r} does not say by which of the figures shown ({shown}) "
                           "to rank; name it", words)


def _figures_replaced(prev: Plan, p: Plan) -> list[Agg]:
    """'how many drama titles?' → 'what's their average runtime?': the figures the edit replaced
    about the same rows, which 'do the same for …' repeats beside the new ones (any other edit
    forgets them)."""
    one_figure = [q for q in (prev, p) if q.measures and not (q.group or q.inner or q.within or q.batch) and
                  q.limit is None and not any(f.agg is not None for f in q.filters)]
    if len(one_figure) != 2 or p.table != prev.table or p.filters != prev.filters or p.measures == prev.measures:
        return []
    return [m for m in prev.earlier + prev.measures if m not in p.measures]


def _asked_in_the_singular(r: Reading) -> bool:
    """'what plan are they on?': one plan for each of them (each row beside its plan), where 'which
    plans are they on?' asks for the set of plans."""
    words = [x.text for x in r.mentions if x.kind == "ref" and x.col in r.dims_named]
    return bool(words) and not any(named_in_the_plural(w) for w in words)


def _rows_of_a_status_counted(p: Plan, r: Reading, cat: Catalog) -> None:
    """'how many seats were cancelled on the Edinburgh tour?' → 'and how many no-shows did it have?':
    the noun counted is a value of another table's column (bookings.status 'no-show'), so the rows
    counted are that table's rows with the value, not the previous answer's tours."""
    m = r.mentions
    at = next((i for i, x in enumerate(m[:-1]) if x.kind == "kw" and x.text == "how many"), None)
    said = m[at + 1] if at is not None else None
    if said is None or said.kind != "value" or not said.values:
        return
    tables = {v.table for v in said.values}
    key = cat.tables[next(iter(tables))].primary_key if len(tables) == 1 else []
    if len(key) != 1 or p.table in tables or not any(f.column and f.column.split(".")[0] in tables for f in r.filters):
        return
    t = tables.pop()
    p.measures = [Agg("count", f"{t}.{key[0]}", distinct=True)]     # each row once, however joined
    p.assume("count", f"'{said.text}' counts the {_plural(t)} with that value")


def _conditions_of_the_figure_dropped(p: Plan, prev: Plan, cat: Catalog) -> None:
    """'accounts that signed up in 2023' → 'their total invoiced in 2024' → 'how many are cancelled
    now?': the accounts are counted; 'in 2024' was a condition of the invoices summed, not of them.
    A table with one row per row counted (a company's fundamentals) holds conditions of the rows
    themselves: 'companies worth over $1T' → 'their average P/E?' → 'how many of them pay a
    dividend?' keeps the market cap."""
    figures = {m.column.split(".")[0] for m in prev.measures if m.column}
    if prev.group or len(figures) != 1 or prev.table in figures:
        return
    other = figures.pop()
    if not cat.fans_out(prev.table, other):
        return
    kept = [f for f in p.filters if not (f.column and f.column.split(".")[0] == other and f.agg is None)]
    if len(kept) < len(p.filters):
        p.filters = kept
        p.assume("count", f"the {_plural(prev.table)} of the previous answer; its conditions on "
                          f"{other.replace('_', ' ')} were of the figure, and are dropped")


def _named_row_widened_to_the_group(p: Plan, prev: Plan, r: Reading, cat: Catalog) -> None:
    """'What's Apple's P/E?' → 'and the tech sector average?': a group named with 'average' after one
    named row's figure is that figure averaged over the group; the row's name condition is dropped
    (stated), never kept beside the group (which would average the one row again)."""
    if prev.measures or prev.group or not r.filters or r.anaphora:
        return
    named = [f for f in prev.filters if f.kind == "value" and f.op == "=" and len(f.values) == 1 and f.column and
             f.column.split(".")[1] == cat.label(f.column.split(".")[0])]
    new = {f.column for f in r.filters if f.column}
    named = [f for f in named if f.column not in new]
    if len(named) != 1:
        return
    p.filters = [f for f in p.filters if f is not named[0] and f != named[0]]
    p.assume(named[0].column.split(".")[1], f"the {p.measures[0].func} over the group named, not only "
                                            f"{named[0].values[0]} (its condition dropped)")


def _measure_condition(f: Filter, cat: Catalog) -> bool:
    """A comparison of one row's measure with a number ('EBITDA < 0', 'price over 100')."""
    return f.agg is None and f.column is not None and f.kind == "compare" and cat.is_measure(*f.column.split("."))


def _condition_instead(p: Plan, prev: Plan, r: Reading, cat: Catalog) -> None:
    """'companies with negative EBITDA' → 'now the ones with negative EPS instead': 'instead' with a
    condition of the same kind (a comparison on another measure) replaces the earlier one, stated;
    never both kept. With several such earlier conditions, which one goes is not said: declined."""
    if not r.instead or _figure_named_as_replaced(r):
        return
    new = [f for f in r.filters if _measure_condition(f, cat)]
    old = [f for f in p.filters if _measure_condition(f, cat) and f.column not in {g.column for g in new}]
    if len(new) != 1 or not old:
        return
    if len({f.column for f in old}) > 1:
        raise CannotAnswer(f"'instead' puts the condition on {new[0].column.split('.')[1]} in place of one of "
                           f"{', '.join(sorted({f.column.split('.')[1] for f in old}))}, and does not say which",
                           ["instead"])
    gone = old[0].column
    p.filters = [f for f in p.filters if f.column != gone]
    if gone in p.select and gone not in prev.select[:1]:
        p.select = [c for c in p.select if c != gone]
    p.assume("instead", f"the condition on {new[0].column.split('.')[1]} in place of the one on {gone.split('.')[1]}")


def _edit(prev: Plan, r: Reading, cat: Catalog) -> Plan:
    # readings that make a plan of their own from the previous one, tried in this order
    for step in (dates.when_was_that, _reverse_or_reset, _split_dropped, _groups_kept_by_a_condition,
                 _which_rows_of_the_one_group_kept, _rows_of_previous_groups,
                 _same_place_there,
                 _figure_of_the_group_kept, _their_rows_counted, _those_listed_counted, _each_group_as_share_of_total,
                 measures.share_of_previous, _share_the_rows_listed_hold,
                 _those_who_are, _related_rows_of_those, _extremes_of_an_aggregate, _rank_values_counted,
                 _condition_on_the_ranking_sorted_again):
        plan = step(prev, r, cat)
        if plan is not None:
            return plan
    _figure_of_counted_groups(prev, r)
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    resort = r.sort and not r.rank_dir and r.limit is None      # 'sort by X' (read before the steps below)
    for col in r.drops:
        p.filters = [f for f in p.filters if f.column != col]
        p.assume(col.split(".")[1], "removed the earlier filter on it")
    _every_value_sorted(p, r, cat)
    if prev.limit is not None and not prev.group and not prev.measures and not prev.inner and \
            (r.count_anaphora or _bare_count(r) or r.agg_only or (r.measures and r.anaphora)):
        return _nest(prev, r, cat)
    if prev.limit is not None and prev.limit > 1 and prev.order and not prev.group and not prev.measures \
            and not prev.inner and _asks_which_of(r) and r.filters and not (r.measures or r.agg_only or r.group or r.order
                                                                    or r.rank_dir or r.limit is not None or
                                                                    r.entity not in (None, prev.table)):
        return _filter_within(prev, r)
    if _which_of_the_ranked_groups(prev, r):
        # 'top 5 clients by total invoiced' → 'which of them are in the Midlands?': those five, not
        # the first five of the clients in the Midlands
        _keep_ranked_groups(p, prev)
        _add_filters(p, r.filters, cat)
        return p
    _the_ones_of_the_ranked_groups(prev, r, cat)
    if prev.limit is not None and prev.limit > 1 and not prev.group and not prev.measures and not prev.inner \
            and any(o.kind == "col" for o in r.order) and not r.filters and not r.entity and \
            (r.limit == 1 or (r.limit is None and not r.sort and
                              (r.anaphora or any(x.text == "ones" for x in r.mentions)))):
        # "just the top 3" → "which one has the largest population?": ranked among those 3 rows
        # ("which of them have the highest yield?": those 3 rows, in that order)
        inner = prev.copy()
        inner.assumptions, inner.batch = [], []
        p = Plan(table=prev.table, order=[o for o in r.order if o.kind == "col"], limit=r.limit, inner=inner,
                 assumptions=list(r.assumptions))
        p.filters = [Filter(o.ref, "is not null", [], kind="null") for o in p.order]
        p.assume("of those", f"ranked among the {prev.limit} rows of the previous answer")
        return p
    if r.group_prev:
        dims = [Dim(c) for c in prev.select] if prev.distinct else list(prev.group)
        if not dims and not prev.measures and not prev.inner and _rows_each_listed_row_has(prev, r, cat):
            # "list the products" → "how many orders does each have?": one row per listed entity
            # ('which markets are in Chester?' → 'the total takings at each of them?': their rows' sum)
            dims = [Dim(c) for c in cat.entity_group(prev.table)]      # two people with one name stay two
        if dims:
            _rows_or_their_total_counted(prev, r)
            p.group, p.distinct, p.select, p.order, p.limit = dims, False, [], [], None
            _new_measures_keeping_conditions(p, list(r.measures) or [Agg("count")])
            if r.entity:
                p.table = r.entity
            _add_filters(p, r.filters, cat, replace=True)      # 'how many Cup matches did each play?'
            if prev.limit is not None and prev.order and prev.group and not prev.distinct:
                _keep_ranked_groups(p, prev)        # 'each' of the top 3 shown, never every group
            return p
        if any(m.func in ("count", "sum", "avg", "min", "max") for m in r.measures) or r.count_anaphora:
            # 'how many channels use each?' after a listing: a total would drop 'each' (a value per
            # row, 'the cost per head for each', is still each row's)
            each = next((x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "group" and x.used), "each")
            raise CannotAnswer(f"'{each}' points at the groups of the previous answer, and it shows none", [each])
    single = [m for m in prev.measures if m.column and m.func != "share"]
    entity = r.entity or (prev.table if r.rank_dir and r.limit == 1 else None)      # "which one is the largest?"
    if entity and len(single) == 1 and len(prev.measures) == 1 and not prev.group and not r.measures \
            and (single[0].func in ("max", "min") or r.rank_dir) and not _busy_with_rows(r):
        # "what is the highest P/E?" → "which company has it?"; "average life expectancy in
        # Europe" → "which country has the lowest?": list the entity at the top of that column
        m = single[0]
        desc = (r.rank_dir == "desc") if r.rank_dir else m.func == "max"
        p.measures, p.table, p.select = [], entity, []
        p.order, p.limit = [Order("col", m.column, desc)], 1
        p.filters = [f for f in p.filters if f.agg is None]
        _add_filters(p, r.filters, cat, replace=True)      # 'and the highest in 1929?': that year instead
        r.rank_dir = None
        _apply_rank(p, r, cat, edit=True)
        return p
    if r.entity and r.entity != prev.table and not (r.measures or r.group or r.order or r.rank_dir or r.filters) \
            and not prev.measures and cat.connected(prev.table, r.entity):
        # "which city has the largest population?" → "in which country is it?": show that too
        label = f"{r.entity}.{cat.label(r.entity)}"
        if label not in p.select:
            p.select.append(label)
        for c in r.select:
            if c not in p.select:
                p.select.append(c)
        _ranked_rows_first(p, prev, r.entity, cat)
        return p
    counted = _count_per_previous_group(prev, r, cat)
    if counted is not None:
        return counted
    if (r.count_anaphora or _bare_count(r) or (r.anaphora and any(a.func == "count" for a in r.measures)
                                               and not r.group)) and not _sorts_by_a_figure_shown(prev, r):
        p.measures = [Agg("count")]
        p.group, p.order, p.select, p.distinct = list(r.group) or _counted_groups_kept(prev, p, r), [], [], False
        _conditions_of_the_figure_dropped(p, prev, cat)
        _rows_of_a_status_counted(p, r, cat)
        if prev.limit is not None and prev.group and any(o.kind == "agg" for o in prev.order):
            # 'which country do most guests come from?' → 'how many of them are Gold?': the rows of the
            # groups the ranking kept, not every row ('which shop has the most sales?': its sales)
            counted = next((m for m in prev.measures if m.func == "count" and m.column), None)
            if counted is not None:
                p.measures = [Agg("count", counted.column, distinct=counted.distinct)]
            else:
                _rows_named_counted(p, prev, r)
            _keep_ranked_groups(p, prev)
        elif prev.limit is not None:
            p.assume("of those", f"counted within the whole filtered set, not only the first {prev.limit} rows")
        p.limit = None
    elif r.measures and _known_measures(r, prev) is not None and p.group and not r.group:
        # sorting or limiting a result by one of the aggregates it already shows
        ix = _known_measures(r, prev)
        desc = next((o.desc for o in r.order if o.kind == "agg"), None)
        if desc is None:
            desc = (r.direction or r.rank_dir or "desc") == "desc"
            if r.rank_dir and not r.direction:
                # 'which source has the worst bounce rate?': worst is the highest share of bad news
                desc = _quality_of_rows_counted(p, r, cat, desc)
        p.order = [Order("agg", ix[0], desc)]
        r.order, r.rank_dir, r.direction, r.sort = [], None, None, False
    elif r.measures:
        p.measures = list(r.measures)
        if r.group:
            p.group = list(r.group)
            if prev.limit is not None and any(o.kind == "agg" for o in prev.order) and \
                    not (r.limit is not None or r.rank_dir or r.order):
                # 'which decade had the highest?' → 'now the CAPE: average per decade': a question
                # naming its own figure and grouping asks for every group, not the ranking's first
                # ('… per sector for those': the groups the ranking kept)
                p.order, p.limit = [], None
                if r.anaphora and [g.column for g in r.group] == [g.column for g in prev.group]:
                    p.limit = prev.limit
                    _keep_ranked_groups(p, prev)
        elif _distinct_values(prev) and (r.rank_dir or any(o.kind == "agg" for o in r.order)):
            # "list the sectors" → "which one has the highest average dividend yield?": those values are the groups
            p.group, p.select, p.distinct = [Dim(c) for c in prev.select], [], False
            p.order = []
        if not p.group:
            p.order, p.limit, p.select = [], None, []
        else:
            p.order = [o for o in p.order if o.kind != "agg" and not r.rank_dir]   # ranked by the new measure
            if prev.limit is not None and any(o.kind == "agg" for o in prev.order) and not r.group and \
                    not _ranks_the_groups_afresh(r):
                _keep_ranked_groups(p, prev)
    elif r.group:
        regrouped = not r.too and [g.column for g in r.group] != [g.column for g in p.group]
        p.group = p.group + [g for g in r.group if g not in p.group] if r.too else list(r.group)
        _one_period_regrouped(p)
        _no_group_of_values_not_counted(p)
        if not p.measures and not prev.measures and not prev.group and not r.too:
            # 'companies added since 2020' → 'show that by year': the rows listed, counted in each year
            # (the groups alone would only list the years)
            _ranks_groups_by_nothing_named(r)
            p.measures, p.select, p.distinct, p.order, p.limit = [Agg("count")], [], False, [], None
            p.assume("count", f"the rows listed, counted per {', '.join(g.grain or g.column.split('.')[1] for g in p.group)}")
        if regrouped and p.limit == 1 and any(o.kind == "agg" for o in p.order) and _breaks_the_answer_down(r) and \
                not (r.order or r.rank_dir or r.limit or r.measures or r.agg_only):
            # 'which flat has had the most requests?' → 'break that down by category': the one
            # group picked, its figure split by the new groups (never every group's rows counted)
            _keep_ranked_groups(p, prev)
            p.order, p.select = [], []
            p.assume("that", f"the {prev.group[0].column.split('.')[1]} the previous answer picked, its figure "
                             f"split by {', '.join(g.grain or g.column.split('.')[1] for g in r.group)}")
        elif regrouped and p.limit is not None and any(o.kind == "agg" for o in p.order) and \
                not (r.order or r.rank_dir or r.limit):
            _the_top_one_in_each_new_group(prev, r)
            # 'which 4 states have the most companies?' → 'break it down by sector': a breakdown of
            # every new group, not the ranking's first 4 (that ranked the old groups)
            p.order, p.limit = [], None
            p.measures = [Agg("count")]
            p.select, p.order, p.limit = [], [], None
    together = _one_figure_of_them_together(prev, r)
    if r.across_prev or together:
        _one_figure_across_the_groups(p, r, together or "across them")
    if (r.agg_only or r.measures) and not (r.group or r.dims_named) and _whole_period_shown(p, r):
        # 'each month of 1942' → 'what was the average for the year?': one figure for that year
        p.group = [g for g in p.group if not g.grain]
        p.order = [o for o in p.order if o.kind == "agg" or o.ref not in [f.column for f in p.filters]]
    if r.agg_only:
        func = r.agg_only[0]
        if p.measures and p.measures[0].column:
            p.measures[0] = Agg(func, p.measures[0].column)
        else:
            col = next((o.ref for o in p.order if o.kind == "col"), None) or \
                next((c for c in p.select if cat.is_measure(*c.split("."))), None)
            amount = None if col else _the_one_amount_of_the_rows_counted(prev, func, cat)
            col = col or amount
            if col is None:
                raise CannotAnswer("the question asks for an aggregate but names no column to aggregate")
            p.measures = [Agg(func, col)]
            if amount:
                p.assume("total", f"the total {amount.split('.')[1]} of the {_plural(p.table)} counted")
            p.order, p.limit, p.select = [], None, []
            _named_row_widened_to_the_group(p, prev, r, cat)
    if _lists_rows_counted(prev, r):
        # 'how many companies were added each year?' → 'list the ones added in 2026': the rows
        # counted, not the counts again
        p.group, p.measures, p.order, p.limit, p.distinct = [], [], [], None, False
        p.select = []
        p.assume("them", f"the {_plural(p.table)} the previous answer counted")
    if _ones_of_a_whole_count(prev, r):
        # 'how many are there' → 'now only the ones in Ohio': the rows, not a count of them
        p.measures = []
        p.assume("the ones", f"the {_plural(p.table)} the previous answer counted, listed")
    if _which_rows_of_a_figure(prev, r):
        # 'what's their average P/E?' → 'which utilities are based in California?': the rows, not the figure
        p.measures, p.select, p.order, p.limit = [], [], [], None
        p.assume("which", f"the {_plural(p.table)} the previous figure was computed over, listed")
    if _same_figure_of(prev, r, cat):
        # 'what's the total killed?' → 'and injured?': the same figure of the other measure
        p.measures = [Agg(prev.measures[0].func, c) for c in r.select]
        r.select = []
    elif (r.select or (r.listing and r.anaphora)) and not r.measures and not r.agg_only and not p.group \
            and p.measures:
        p.measures, p.order, p.limit = [], [], None      # "how many…?" then "list them" / "show their names"
    if r.dims_named and not p.measures and not p.group and not r.measures:
        if prev.limit is None and not prev.distinct and r.anaphora and not r.too and not r.filters and not (
                r.listing and r.mentions and r.mentions[0].text in ("list", "show", "display", "give")) and \
                not _asked_in_the_singular(r):
            # "which states are they in?" over a whole set: each state once, with how many
            # ("show their sub-industry too" adds the column to the rows)
            dims = list(dict.fromkeys(r.dims_named))
            p.group, p.measures, p.select, p.order = [Dim(c) for c in dims], [Agg("count")], [], []
            p.filters = [f for f in p.filters if f.kind != "null"]
            p.assume("measure", f"counted {_plural(p.table)} in each {r.dims_named[0].split('.')[1]}")
        else:
            p.select += [c for c in r.dims_named if c not in p.select]   # "what sectors are the 5 in?"
    for c in r.select + (r.dims_named if p.group else []):
        if p.group or p.measures:
            if cat.is_measure(*c.split(".")) and not any(m.column == c for m in p.measures):
                # (a figure of the rows' own table is their own value: averaged; amounts of the rows
                # of others they have, 'what did they spend', combine as in a first round)
                own = "avg" if c.split(".")[0] == p.table else cat.default_agg(c)
                if measures.charges_of_periods(p, r, cat, c):
                    own = "sum"
                    p.assume(c.split(".")[1], "totalled within each period")
                func = next((m.func for m in p.measures if m.column), None) or own
                p.measures.append(Agg(func if func != "count" else own, c))
            elif (d := one_per_group(p, c, cat)) is not None and all(g.column != d for g in p.group):
                p.group.append(Dim(d))      # 'show their full names': one value per group shown beside it
        elif c not in p.select:
            p.select.append(c)
    if r.dims_named and p.measures and not p.group:
        p.group = [Dim(c) for c in r.dims_named]
    if [m for m in p.measures] != [m for m in prev.measures]:
        # conditions on the old aggregates (HAVING) no longer mean anything, unless the question
        # keeps 'those' groups: then the aggregate they were kept by is still shown and kept
        p.filters = [f for f in p.filters if f.agg is None] + _conditions_of_those_groups(p, prev, r)
    _keeps_both_conditions(p, r)
    _share_part_replaced(p, r)
    _sibling_date_replaced(p, r, cat)
    _condition_instead(p, prev, r, cat)
    _add_filters(p, r.filters, cat, replace=True)
    _groups_kept_under_a_replaced_condition(p, r)
    if r.order:
        if any(o.kind == "col" for o in r.order) and p.measures and not p.group and not r.measures:
            p.measures, p.select = [], []      # "which one has the highest X" lists rows again
        p.order = list(r.order)
    if r.limit is not None:
        p.limit = r.limit
    elif (_lists_again(r) or r.sort) and prev.limit == 1 and not r.rank_dir and not prev.group and \
            (r.anaphora or any("them" in x.text.split() for x in r.mentions)) and \
            not any(x.kind == "kw" and x.kw[0] == "anaphora" and x.text in _SINGULAR for x in r.mentions):
        # 'list them …' after 'which one …?': 'them' is the whole set again
        p.limit = None
        p.filters = [f for f in p.filters if f.kind != "null"]
    _apply_rank(p, r, cat, edit=True)
    _each_row_once(p, cat)          # 'which of them …' lists each row once, as the first answer did
    if not _ranks_the_related_rows_listed(prev, p, r):
        _roll_up(p, cat)
    _one_of_which(p, prev, r, cat)
    rank_groups_by_average(p, cat)
    if resort:
        _resort_kept_rows(p, prev, cat)
        if not (p.group or p.measures or prev.group or prev.measures):
            # a sort never hides a column the rows showed (the one sorted by before included)
            shown = [*prev.select] + [o.ref for o in prev.order if o.kind == "col" and o.ref not in prev.select]
            p.select = shown + [c for c in p.select if c not in shown] \
                if prev.select or _named_rows(prev, cat) else []     # no label: [] shows every column
    measures.change_over_its_periods(p)
    check_satisfiable(p, cat)
    return p


def _the_one_amount_of_the_rows_counted(prev: Plan, func: str, cat: Catalog) -> str | None:
    """'How many credit notes did we receive in 2024?' → 'what do they add up to?' / 'what's their
    total?': after a count of rows (no groups), a total with no column named is the sum of the
    rows' one money column (stated). With several money columns which one is not said: declined
    naming them; with none, None (declined as naming no column)."""
    if func != "sum" or prev.group or not prev.measures or \
            any(m.func != "count" or m.column for m in prev.measures):
        return None
    money = [c for t, c in cat.role_columns("money") if t == prev.table]
    if len(money) > 1:
        raise CannotAnswer(f"the total of the {_plural(prev.table)} counted may be of {', '.join(money)}; "
                           "ask with the amount named", ["total"])
    return f"{prev.table}.{money[0]}" if money else None


def _every_value_sorted(p: Plan, r: Reading, cat: Catalog) -> None:
    """'average quote for stump grinding' → 'now all the job types, highest first': one figure for
    one value, then every value of that column in an order, is the figure for each value (one
    figure has nothing to sort); without an order, 'all the job types' is the figure over all."""
    if not r.drops or p.group or not p.measures or not (r.direction or r.sort) or \
            r.group or r.measures or r.order or r.rank_dir or r.limit is not None:
        return
    cols = [c for c in r.drops if cat.is_dimension(*c.split("."))]
    if len(cols) == len(r.drops):
        p.group = [Dim(c) for c in cols]
        p.assume(cols[0].split(".")[1], "the figure for each value, sorted")


def _share_part_replaced(p: Plan, r: Reading) -> None:
    """'what percentage of companies are in Energy?' → 'what about Utilities?' / 'and failed?': a
    value of the column the share's part is picked by is the part in its place, never a condition
    on every row counted (which leaves a part of nothing). Only for a share shown alone, not split
    by that column."""
    shares = [m for m in p.measures if m.func == "share" and m.where]
    if len(shares) != 1 or r.measures or r.agg_only:
        return
    share = shares[0]
    parts = {w.column for w in share.where if w.column and w.op in ("=", "in")}
    named = [f for f in r.filters if f.kind == "value" and f.agg is None and f.column in parts and
             f.op in ("=", "in") and all(g.column != f.column for g in p.group)]
    if not named:
        return
    share.where = [w for w in share.where if w.column not in {f.column for f in named}] + named
    r.filters = [f for f in r.filters if f not in named]
    p.assume("percentage", "the share of " + ", ".join(", ".join(map(str, f.values)) for f in named) +
             " in place of the earlier part")


def _ranks_the_related_rows_listed(prev: Plan, p: Plan, r: Reading) -> bool:
    """'the French studios' → 'what games have they released?' → 'which one got the best reviews?':
    the rows listed are the games (each beside its studio), so 'which one' ranks those rows by
    their own figure; it never totals the figure per studio."""
    if prev.measures or prev.group or p.measures or p.group or p.limit is None:
        return False
    ranked = {o.ref.split(".")[0] for o in p.order if o.kind == "col"}
    listed = {c.split(".")[0] for c in prev.select} - {prev.table}
    return len(ranked) == 1 and ranked <= listed and r.entity in (None, *ranked)   # ('which studio …': a total)


def _ranks_groups_by_nothing_named(r: Reading) -> None:
    """'the worst month for the index' → 'and the best month?': a ranking of groups of the rows
    listed that names no figure is declined; how many rows each month has is not what 'best' asks."""
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw and x.kw[0] == "rank"]
    counts = any(x.text in ("most", "fewest", "least", "more", "fewer", "busiest") for x in r.mentions)
    if r.rank_dir and words and not r.order and not counts:     # ('which year had the most?': the count)
        raise CannotAnswer(f"'{words[0]}' does not say by which figure to rank the "
                           f"{', '.join(g.grain or g.column.split('.')[1] for g in r.group)}s; name it", words[:1])


def _counted_groups_kept(prev: Plan, p: Plan, r: Reading) -> list[Dim]:
    """'how many learners signed up each year?' → 'and how many of them are from Spain?': 'of them'
    are the rows counted in each group, so the count under the new condition is per group too
    (never one count over every group)."""
    if not (r.count_anaphora and r.filters and prev.group and prev.limit is None and prev.inner is None and
            prev.within is None and prev.measures and all(m.func == "count" and not m.column for m in prev.measures)):
        return []
    p_by = ", ".join(g.grain or g.column.split(".")[1] for g in prev.group)
    p.assume("of them", f"counted in each {p_by}, as the previous answer was")
    return list(prev.group)


def _split_dropped(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'how many planned courses per language?' → 'drop the language split, just the total' (or
    'just the total'): the figure shown, over every group together. Only for counts and sums (whose
    total is the figure itself); the groups named must be ones the answer shows."""
    if not prev.group or prev.limit is not None or prev.inner is not None or prev.within is not None or \
            not all(m.func == "count" and not m.column or m.func == "sum" for m in prev.measures) or not prev.measures:
        return None
    m = [x for x in r.mentions if x.text not in ("?", ".", "!", ",")]
    total = [x for x in m if x.kind == "kw" and x.kw[0] == "agg" and x.text in ("total", "overall total")]
    drop = [x for x in m if x.text in _DROP_WORDS]
    if not (total or drop) or r.measures or r.filters or r.order or r.rank_dir or r.limit is not None or \
            (total and r.agg_only != ["sum"]) or (r.agg_only and not total):
        return None
    shown = {d.column for d in prev.group}
    named = [x for x in m if x.kind == "ref" and x.col]
    splits = [x for x in m if x.text in ("split", "breakdown", "grouping", "split by", "breakdown by")]
    rest = [x for x in m if x not in total + drop + named + splits and not (x.kind == "word" and x.text in ("the", "a")) and
            not (x.kind == "kw" and x.kw[0] == "connective")]
    if rest or any(x.col not in shown for x in named) or (drop and not (named or splits)):
        return None
    gone = {x.col for x in named}
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    p.group = [d for d in prev.group if d.column not in gone] if gone and not total else []
    p.order = [o for o in p.order if o.kind == "agg"] if p.group else []
    p.select = []
    for x in m:
        x.used = True
    for x in named:
        x.kind, x.refs, x.ref = "word", [], None     # the grouping taken away, never a column shown
    r.share, r.agg_only, r.select, r.group = False, [], [], []
    p.assume("total", "the figure shown, over " + ("every group together" if not p.group else
                                                   f"each {', '.join(d.grain or d.column.split('.')[1] for d in p.group)}"))
    return p


_DROP_WORDS = {"drop", "remove", "without", "lose", "ditch"}


def _share_the_rows_listed_hold(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'top 5 companies by market cap' → 'what share of the total market cap do they hold
    together?': the column summed over the rows the listing kept, as a percentage of its sum over
    all rows (the listing's row conditions kept). Only a column each listed row has once."""
    if not r.share or r.group or r.filters or r.order or r.rank_dir or len(r.measures) != 1 or \
            r.measures[0].func != "sum" or not r.measures[0].column or r.entity not in (None, prev.table):
        return None
    if prev.limit is None or prev.group or prev.measures or prev.inner is not None or prev.within is not None \
            or prev.distinct:
        return None
    col = r.measures[0].column
    t = col.split(".")[0]
    if t != prev.table and (cat.fans_out(prev.table, t) or not cat.connected(prev.table, t)):
        return None
    inner = prev.copy()
    inner.assumptions, inner.batch = [], []
    p = Plan(table=prev.table, measures=[Agg("share_total", col, of="sum")], assumptions=list(r.assumptions),
             inner=inner)
    r.consumed.add("share")
    p.assume("percentage", f"the {col.split('.')[1]} of the {prev.limit} rows of the previous answer, as a "
                           "percentage of its total over all rows (from 0 to 100)")
    return p


def _rows_or_their_total_counted(prev: Plan, r: Reading) -> None:
    """'how many of each did the lab find?' after groups ranked by a total of their rows' quantity:
    the rows counted or that total again — not said; declined naming both."""
    counting = (not r.measures and r.count_anaphora) or (r.measures and all(m.func == "count" and not m.column
                                                                            for m in r.measures))
    totals = [m.column for m in prev.measures if m.func == "sum" and m.column and m.column.split(".")[0] == prev.table]
    if counting and totals and not r.entity:
        col = totals[0].split(".")[1]
        raise CannotAnswer(f"'how many' of each group may count the {prev.table} rows or add up their {col} (the "
                           f"figure the previous answer ranked by); ask for 'the number of {prev.table}' or "
                           f"'the total {col.replace('_', ' ')}'", ["how many"])


def _rows_each_listed_row_has(prev: Plan, r: Reading, cat: Catalog) -> bool:
    """The rows counted or added up for each row of a listing are those of a table the listed
    table fans out to: the one named, else the table of the one column the figure adds up."""
    other = r.entity
    if other is None:
        tables = {m.column.split(".")[0] for m in r.measures if m.column}
        other = tables.pop() if len(tables) == 1 and all(m.column for m in r.measures) else None
    return other is not None and other != prev.table and cat.fans_out(prev.table, other)


def _sorts_by_a_figure_shown(prev: Plan, r: Reading) -> bool:
    """'companies per sector' → 'sort that by the count, biggest first': the count named is the
    figure each group shows, so the groups are sorted by it (never counted together into one row)."""
    return bool(prev.group) and bool(r.sort or r.direction) and not (r.count_anaphora or r.group or r.dims_named) and \
        r.entity in (None, prev.table) and _known_measures(r, prev) is not None


def _one_figure_across_the_groups(p: Plan, r: Reading, said: str = "across them") -> None:
    """'what's the total guest count across them?' after a count per month: one figure over every
    group shown (after a ranking that kept some groups, those alone: declined)."""
    if r.group or r.dims_named or not (r.measures or r.agg_only):
        raise CannotAnswer(f"{said!r} with groups of its own says nothing of which groups to combine", [said])
    if p.limit is not None or p.inner is not None or any(f.agg is not None for f in p.filters):
        raise CannotAnswer(f"{said!r} over groups a ranking or a condition on their figures kept is not "
                           "supported; ask for the figure with the conditions named", [said])
    p.group, p.order = [], []
    p.assume(said, "one figure over every group the previous answer showed")


_TOGETHER = {"combined", "altogether", "together"}
_THEY = {"they", "them", "their", "those", "these"}


def _one_figure_of_them_together(prev: Plan, r: Reading) -> str:
    """'what sectors are they in?' → 'what's their combined market cap?' ('… altogether', '… in
    total'): a total said of 'them' together is one figure over every group shown, as 'across them'
    (never the total again for each group). Returns the word said ('' when not so)."""
    m = [x.text for x in r.mentions]
    said = next((w for w in m if w in _TOGETHER), None) or \
        next(("in total" for a, b in zip(m, m[1:]) if a == "in" and b == "total"), "")
    return said if said and bool(prev.group) and bool(r.measures) and \
        all(a.func in ("sum", "count") for a in r.measures) and \
        any(x.kind == "kw" and x.kw[0] == "anaphora" and x.text in _THEY for x in r.mentions) and \
        not (r.group or r.group_prev or r.dims_named or r.order or r.rank_dir or r.limit is not None) else ""


def _whole_period_shown(p: Plan, r: Reading) -> bool:
    """'for the year', 'over the whole month' after an answer kept to exactly one year (month…):
    that period as a whole. Marks the words used; False (nothing marked) when the answer was kept
    to no one such period or the question names another."""
    m = r.mentions
    said = [i for i, x in enumerate(m) if x.kind == "word" and not x.used and x.text in ("year", "month", "quarter")
            and i > 0 and m[i - 1].text in ("the", "whole", "full", "entire")]
    if len(said) != 1:
        return False
    i = said[0]
    unit = m[i].text
    one = [f for f in p.filters if f.kind == "time" and f.op == "between" and len(f.values) == 2 and
           _bucket(f.values[0], unit) is not None and _bucket(f.values[0], unit) == _bucket(f.values[1], unit) and
           _covers_the_period(f.values, unit)]
    if len(one) != 1 or any(g.grain and g.column != one[0].column for g in p.group):
        return False
    m[i].used = True
    if m[i - 1].text in ("whole", "full", "entire"):
        m[i - 1].used = True
    return True


def _covers_the_period(values: list, unit: str) -> bool:
    """A range from the first day of a year (month) to its last: the whole period, not a part of it."""
    lo, hi = str(values[0])[:10], str(values[1])[:10]
    if unit == "year":
        return lo[5:] == "01-01" and hi[5:] == "12-31"
    if unit == "month":
        return lo[8:] == "01" and dates.next_month(lo) > hi >= dates.day_before(dates.next_month(lo))
    return False


def _ranked_rows_first(p: Plan, prev: Plan, other: str, cat: Catalog) -> None:
    """'the 3 most expensive titles' → 'and the sales?': the rows of another table beside the rows a
    ranking kept are all of theirs (those rows chosen first, by their key), never the ranking's first
    rows run again over the joined rows."""
    if prev.limit is None or prev.group or not cat.fans_out(prev.table, other):
        return
    pk = cat.tables[prev.table].primary_key
    if len(pk) != 1:
        raise CannotAnswer(f"the previous answer kept its first {prev.limit} {_plural(prev.table)}, and "
                           f"{prev.table} has no single key to keep them by beside their {_plural(other)}; ask it in "
                           "one question")
    key = f"{prev.table}.{pk[0]}"
    within = prev.copy()
    within.assumptions, within.batch, within.earlier = [], [], []
    within.select = [key] + [c for c in within.select if c != key]
    p.filters = [f for f in p.filters if f.kind != "in_prev"] + [Filter(key, "in", [], kind="in_prev")]
    p.within, p.limit = within, None
    p.assume("of those", f"the {prev.limit} {_plural(prev.table)} of the previous answer, with each of their "
             f"{_plural(other)}")


def _lists_again(r: Reading) -> bool:
    """'list them', 'show them all': a listing asked for with its verb ('which country are they
    from?' asks about the rows shown, it lists nothing again)."""
    return r.listing and bool(r.mentions) and r.mentions[0].text in ("list", "show", "display", "give")


def _bucket(day: str, grain: str) -> str | None:
    day = str(day)
    if grain == "quarter" and len(day) >= 7 and day[5:7].isdigit():
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3}"
    size = {"decade": 3, "year": 4, "month": 7, "day": 10}.get(grain)
    return day[:size] if size and len(day) >= size else None


def _one_period_regrouped(p: Plan) -> None:
    """'How many companies were added in 2020?' → 'show that per decade': the period asked before
    lies in one group of the new grain, so kept it would show one row; the grouping asks for every
    period, and the earlier one is dropped (said as an assumption)."""
    for g in p.group:
        for f in list(p.filters):
            if g.grain and f.kind == "time" and f.column == g.column and f.op == "between" and len(f.values) == 2:
                lo, hi = (_bucket(v, g.grain) for v in f.values)
                if lo is not None and lo == hi:
                    p.filters.remove(f)
                    p.assume(g.column.split(".")[1], f"every {g.grain}, not only {f.values[0][:10]} to "
                             f"{str(f.values[1])[:10]} (which is one {g.grain})")


def _no_group_of_values_not_counted(p: Plan) -> None:
    """'how many sales have a code?' (a count of the codes) → 'break that down by code': the rows
    without a code were not counted, so they make no group of their own (a blank code counted 0)."""
    for m in p.measures:
        if m.func == "count" and m.column and any(g.column == m.column and not g.grain for g in p.group) and \
                not any(f.column == m.column and f.op == "is not null" for f in p.filters):
            p.filters.append(Filter(m.column, "is not null", [], kind="null"))


def _new_measures_keeping_conditions(p: Plan, measures: list[Agg]) -> None:
    """'which visitors visited more than 8 times?' → 'how much did each of them spend?': the new
    figures, and the counts the kept groups are chosen by (HAVING) stay what they were."""
    kept = [f for f in p.filters if f.agg is not None and 0 <= f.agg < len(p.measures)]
    if not kept:
        p.measures = measures
        return
    old = p.measures
    p.measures = list(measures)
    for f in kept:
        a = old[f.agg]
        if a not in p.measures:
            p.measures.append(a)
        f.agg = p.measures.index(a)


def _same_figure_of(prev: Plan, r: Reading, cat: Catalog) -> bool:
    """'and injured?' after one total (no groups): only measures named after a connective, so the
    same aggregate of those, not a listing of their rows."""
    funcs = {m.func for m in prev.measures}
    return bool(r.connective and r.select and prev.measures and not prev.group and len(funcs) == 1 and
                funcs <= {"sum", "avg", "max", "min"} and all(m.column for m in prev.measures) and
                not (r.measures or r.agg_only or r.group or r.anaphora or r.listing or r.order or r.rank_dir
                     or r.dims_named or r.entity) and
                all(cat.is_measure(*c.split(".")) for c in r.select))


def _one_of_which(p: Plan, prev: Plan, r: Reading, cat: Catalog) -> None:
    """'How many companies per sector?' → 'which one is the biggest by market cap?': 'one' may be a
    sector (by which aggregate of market cap?) or a company; the question does not say."""
    if not (prev.group and prev.measures and all(m.func == "count" for m in prev.measures) and p.group) or \
            r.measures or r.agg_only or r.group:
        return
    by_row = [o.ref for o in r.order if o.kind == "col" and cat.is_measure(*o.ref.split(".")) and
              all(d.column != o.ref for d in p.group)]
    if by_row:
        col, group = by_row[0].split(".")[1], p.group[0].column.split(".")[1]
        raise CannotAnswer(f"ranked by {col}, the answer may be one {group} of the previous answer (by its total or "
                           f"average {col}?) or one of the {_plural(p.table)} it counted; ask 'which of the "
                           f"{_plural(p.table)} …' or 'which {group} has the highest average {col}'", [col])


def _keeps_both_conditions(p: Plan, r: Reading) -> None:
    """'students who have a dog' → 'and a cat too?': 'too' keeps the earlier value, and whether
    the rows must have both or either is not said; declined rather than replacing the dog."""
    if not r.too:
        return
    held = {f.column: f for f in p.filters if f.kind == "value" and f.column}
    for f in r.filters:
        was = held.get(f.column)
        if f.kind == "value" and was is not None and was.values != f.values:
            col = f.column.split(".")[1]
            raise CannotAnswer(f"'too' adds {', '.join(map(str, f.values))} to the earlier {col} "
                               f"{', '.join(map(str, was.values))}, and whether the rows must have both or either is "
                               "not clear; ask for both in one question ('… with both …' or '… with … or …')",
                               [str(v) for v in f.values])


def _lists_rows_counted(prev: Plan, r: Reading) -> bool:
    """'list them', 'show the ones added in 2026' after counts per group: a listing of the rows."""
    return r.listing and r.anaphora and prev.group and prev.limit is None and prev.within is None and \
        prev.inner is None and bool(prev.measures) and all(m.func == "count" and not m.column for m in prev.measures) \
        and not any(f.agg is not None for f in prev.filters) \
        and not (r.select or r.measures or r.agg_only or r.group or r.dims_named or r.order or r.rank_dir or r.limit is not None
                 or r.entity not in (None, prev.table) or r.count_anaphora or r.group_prev)


def _conditions_of_those_groups(p: Plan, prev: Plan, r: Reading) -> list[Filter]:
    """'what's the average height in each of those?' after the nationalities with at least 10
    players: the same groups, so the count they were kept by stays (its measure shown beside the
    new figure). Returns those HAVING conditions, pointed at the measures of `p`."""
    if not (r.group_prev or r.anaphora) or not prev.group or p.group != prev.group or p.inner is not None:
        return []
    kept = []
    for f in [f for f in prev.filters if f.agg is not None and 0 <= f.agg < len(prev.measures)]:
        m = prev.measures[f.agg]
        if m not in p.measures:
            p.measures.append(m)
        kept.append(Filter(None, f.op, list(f.values), agg=p.measures.index(m), kind=f.kind, of=f.of))
    return kept


def _those_who_are(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'which of them are golfers?' / 'how many of them are golfers?' after people listed: the
    previous rows that a row of the table named refers to (never every row beside a blank key)."""
    if prev.group or prev.inner is not None or prev.within is not None or prev.measures or prev.limit is not None:
        return None
    content = [x for x in r.mentions if x.kind != "word"]
    if len(content) < 3 or content[0].kind != "kw" or content[0].text not in ("which", "how many") or \
            content[1].kind != "kw" or content[1].text not in ("of them", "of those") or \
            any(x.kind != "ref" for x in content[2:]) or r.filters or r.order or r.limit is not None or r.rank_dir:
        return None
    child = _row_of_a_child_named(prev.table, content[2], cat)
    if child is None or any(not _a_parent_of_the_child_named(child, prev.table, x, cat) for x in content[3:]):
        return None
    for x in content:
        x.used = True
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    p.filters.append(Filter(None, "exists", [child], kind="absent"))
    if content[0].text == "how many":
        p.measures, p.order, p.select = [Agg("count")], [], []
    p.assume(content[2].text, f"the {_plural(prev.table)} a row of {child.replace('_', ' ')} refers to")
    return p


def _row_of_a_child_named(table: str, x, cat: Catalog) -> str | None:
    """The one table whose rows point at `table` that a word names: the table itself or its key
    ('golfers'), or its date, the verb of the event each of its rows records ('enrolled' for an
    enrolment's date)."""
    refs = x.refs or [x.ref]
    tables = {ref.table for ref in refs if ref.kind == "table" or ref.column in cat.tables[ref.table].primary_key}
    if not tables and x.ref.kind == "column" and cat.is_time(x.ref.table, x.ref.column):
        tables = {x.ref.table}
    child = tables.pop() if len(tables) == 1 else None
    if child is None or child == table or \
            not any(fk.table == child and fk.ref_table == table for fk in cat.foreign_keys):
        return None
    return child


def _a_parent_of_the_child_named(child: str, table: str, x, cat: Catalog) -> bool:
    """'(enrolled) on a course': a table the child's rows point at, named with no value, which
    every row of the child has (so it adds no condition of its own)."""
    return x.ref is not None and x.ref.kind == "table" and x.ref.table not in (child, table) and \
        any(fk.table == child and fk.ref_table == x.ref.table for fk in cat.foreign_keys)


def _related_rows_of_those(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'which channels are those on?' after episodes listed or counted: each channel the previous
    rows point at, once, by its name (never the rows again with their key)."""
    if prev.group or prev.limit is not None or prev.inner is not None or prev.within is not None or \
            any(m.func != "count" for m in prev.measures) or \
            any(f.agg is not None for f in prev.filters):
        return None
    content = [x for x in r.mentions if x.kind != "word"]
    if content and content[-1].kind == "kw" and content[-1].text in ("in", "on", "at", "from", "under"):
        content[-1].used = True             # 'are those on?'
        content = content[:-1]
    each = len(content) == 4 and content[2].text == "each" and content[3].text in ("of them", "of those", "one")
    if each:
        content[3].used = True                  # 'is each of them in?': each row, with its own
        content = content[:3]
    each = each or (len(content) == 3 and content[2].text == "each")
    if len(content) != 3 or not (content[0].kind == "kw" and content[0].text in ("which", "what")) or \
            content[1].kind != "ref" or not (content[2].kind == "kw" and content[2].text in ("those", "they", "each")) or \
            r.filters or r.measures or r.order or r.limit is not None or r.rank_dir:
        return None
    target = _related_table(prev.table, content[1], cat)
    if target is None or cat.fans_out(prev.table, target):
        return None
    names = [f"{target}.{c}" for c in cat.label_columns(target)]
    content[0].used = content[1].used = content[2].used = True
    if each:
        # 'which cooperative does each belong to?': every row shown, each with its cooperative
        p = prev.copy()
        p.assumptions = list(r.assumptions)
        shown = prev.select or [f"{prev.table}.{c}" for c in cat.label_columns(prev.table)]
        p.select = [c for c in shown if c not in names] + names
        p.assume(content[1].text, f"the {target.replace('_', ' ')} each of the previous {_plural(prev.table)} "
                                  "belongs to")
        check_satisfiable(p, cat)
        return p
    p = Plan(table=prev.table, select=names, distinct=True,
             filters=[f for f in prev.filters if f.kind != "null"], via=list(prev.via), assumptions=list(r.assumptions))
    p.assume(content[1].text, f"each {target.replace('_', ' ')} the previous {_plural(prev.table)} belong to, once")
    check_satisfiable(p, cat)       # (rows whose key matches no row there: that key, held)
    return p


def _related_table(table: str, x, cat: Catalog) -> str | None:
    """The one other table a ref names from `table`: the table itself, its name column, or a key of
    `table` pointing at it."""
    found = set()
    for ref in x.refs or ([x.ref] if x.ref else []):
        if ref.kind == "table" and ref.table != table:
            found.add(ref.table)
        elif ref.kind == "column" and ref.table == table:
            fk = next((f for f in cat.foreign_keys if (f.table, f.column) == (table, ref.column)), None)
            if fk is None or fk.ref_table == table:
                return None         # a column of the rows themselves ('which states are they in?')
            found.add(fk.ref_table)
        elif ref.kind == "column" and ref.table != table and ref.column in cat.label_columns(ref.table):
            found.add(ref.table)
    return found.pop() if len(found) == 1 else None


def _extremes_of_an_aggregate(prev: Plan, r: Reading, cat: Catalog | None = None) -> Plan | None:
    """'the average price' → 'what about the highest and the lowest?': MAX and MIN of that column
    over the same rows (both directions at once are no ranking of rows)."""
    if prev.group or prev.limit is not None or prev.inner is not None or prev.within is not None or \
            len(prev.measures) != 1 or prev.measures[0].func not in ("avg", "sum", "median") or \
            not prev.measures[0].column or any(f.agg is not None for f in prev.filters):
        return None
    dirs = {x.kw[1] for x in r.mentions if x.kind == "kw" and x.kw[0] == "rank"}
    if dirs != {"asc", "desc"} or r.filters or r.select or r.measures or r.group or r.entity or \
            any(x.kind in ("ref", "num", "value") for x in r.mentions):
        return None
    col = prev.measures[0].column
    p = Plan(table=prev.table, measures=[Agg("max", col), Agg("min", col)], filters=[f for f in prev.filters],
             assumptions=list(r.assumptions))
    p.assume("highest and lowest", f"the largest and smallest {col.split('.')[1]} of the rows the previous answer measured")
    return p


def _ones_of_a_whole_count(prev: Plan, r: Reading) -> bool:
    """'the ones in Ohio' after a bare count of a whole table: 'ones' are rows of it. A word naming a
    kind before 'ones' ('only the active ones', 'the Spanish ones') narrows what was counted: the
    count stays, as it does after a count of groups or of a filtered set."""
    return not prev.group and not prev.filters and prev.limit is None and prev.within is None and \
        prev.inner is None and [(m.func, m.column) for m in prev.measures] == [("count", None)] and \
        any(x.text.split()[-2:] == ["the", "ones"] for x in r.mentions) and bool(r.filters) and \
        not (r.select or r.measures or r.agg_only or r.group or r.dims_named or r.order or r.rank_dir or
             r.limit is not None or r.entity not in (None, prev.table) or r.count_anaphora or r.group_prev or
             _bare_count(r))


def _which_rows_of_a_figure(prev: Plan, r: Reading) -> bool:
    """'Which utilities are based in California?' after one figure over the utilities: 'which' and a
    value or table for the rows, with a new condition and no figure of its own, asks for rows."""
    m = [x for x in r.mentions if x.kind != "word"]
    lead = 1 if m and m[0].kind == "kw" and m[0].kw[0] == "connective" else 0
    if len(m) < lead + 2 or m[lead].kind != "kw" or m[lead].text != "which" or \
            not (m[lead + 1].kind == "value" or m[lead + 1].kind == "ref" and m[lead + 1].ref is not None and
                 (m[lead + 1].ref.kind == "table" or _a_condition_named(m[lead + 1], r))):
        return False
    return bool(prev.measures) and not prev.group and prev.limit is None and bool(r.filters) and \
        not (r.select or r.measures or r.agg_only or r.group or r.dims_named or r.order or r.rank_dir or
             r.limit is not None or r.count_anaphora or r.group_prev or _bare_count(r))


def _a_condition_named(x, r: Reading) -> bool:
    """'which are outdoor?': the column named is the one the question's condition tests."""
    return x.ref.kind == "column" and any(f.column == f"{x.ref.table}.{x.ref.column}" for f in r.filters)


def _named_rows(prev: Plan, cat: Catalog) -> bool:
    """Rows shown by a name column (not a key): an empty select would not show every column."""
    label = cat.label(prev.table)
    return bool(label) and label not in cat.tables[prev.table].primary_key


def _resort_kept_rows(p: Plan, prev: Plan, cat: Catalog) -> None:
    """'5 largest companies' → 'sort by pe ratio': sorting a result that kept its first rows
    reorders those rows; it never ranks the whole table again by the new key."""
    if not (p.order and p.order != prev.order and prev.limit is not None and prev.limit > 1):
        return
    if prev.group and p.group == prev.group and p.limit == prev.limit and p.within is None and \
            all(o.kind == "agg" or any(d.column == o.ref for d in p.group) for o in p.order):
        _keep_ranked_groups(p, prev)        # 'top 3 sectors by …' → 'sort by sector': those 3 groups
        return
    if prev.group or prev.measures or p.group or p.measures or p.table != prev.table:
        return
    pk = cat.tables[prev.table].primary_key
    key = f"{prev.table}.{pk[0]}" if len(pk) == 1 else None
    if key is None:
        raise CannotAnswer(f"the previous answer kept its first {prev.limit} rows and {prev.table} has no single "
                           "key to keep them by; ask for the ranking and the order together")
    within = prev.copy()
    within.assumptions, within.batch = [], []
    if key not in within.select:
        within.select = [*within.select, key]
    p.filters = [f for f in prev.filters if f.kind != "in_prev"] + [Filter(key, "in", [], kind="in_prev")]
    shown = [*prev.select] + [o.ref for o in prev.order if o.kind == "col" and o.ref not in prev.select]
    p.select = shown + [c for c in p.select if c not in shown] \
        if prev.select or _named_rows(prev, cat) else []     # the same columns ([]: every column)
    p.within, p.limit = within, None
    p.assume("of those", f"the {prev.limit} rows of the previous answer, sorted again")
def _condition_on_the_ranking_sorted_again(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'the five highest EPS' → 'sort them by price' → 'now only Financials': as without the sort in
    between, a new condition ('only …', not 'which of them …') is on the ranking itself (its first rows
    among the rows that match), and the rows stay in the order asked for last."""
    w = prev.within
    if w is None or prev.inner is not None or prev.limit is not None or prev.group or prev.measures or \
            w.limit is None or w.limit < 2 or w.group or w.measures or w.within is not None or \
            not any(f.kind == "in_prev" for f in prev.filters) or not r.filters or \
            any(not f.column or f.agg is not None for f in r.filters) or r.entity not in (None, prev.table) or \
            r.measures or r.agg_only or r.group or r.dims_named or r.select or r.order or r.rank_dir or \
            r.limit is not None or r.sort or r.direction or r.count_anaphora or r.group_prev or r.drops or \
            r.too or _asks_which_of(r):
        return None
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    p.within = w.copy()
    _add_filters(p.within, r.filters, cat, replace=True)
    p.assume("only", f"the first {w.limit} of the ranking among the rows that match, sorted as asked before")
    return p


def _which_of_the_ranked_groups(prev: Plan, r: Reading) -> bool:
    """'which of them …?' with only a condition, after the first groups of a ranking by a figure."""
    return prev.limit is not None and prev.limit > 1 and bool(prev.group) and \
        any(o.kind == "agg" for o in prev.order) and prev.inner is None and prev.within is None and \
        _asks_which_of(r) and bool(r.filters) and all(f.column and f.agg is None for f in r.filters) and \
        not (r.measures or r.agg_only or r.group or r.dims_named or r.order or r.rank_dir or r.limit is not None or
             r.count_anaphora or r.select or r.drops)


def _the_ones_of_the_ranked_groups(prev: Plan, r: Reading, cat: Catalog) -> None:
    """'top 5 clients by total invoiced' → 'only the ones in the Midlands': a condition on the
    ranked things themselves (a column of theirs or of a row they point at), said of 'the ones' /
    'those', reads both as those of the five in the Midlands and as the first five of the Midlands
    clients (analysts write either). Declined, naming the words ('which of them …' keeps the five; a
    condition on the rows measured, 'only in the Cambridge stores', ranks again)."""
    if prev.limit is None or prev.limit < 2 or not prev.group or not any(o.kind == "agg" for o in prev.order) or \
            prev.inner is not None or prev.within is not None or _asks_which_of(r) or \
            not r.filters or any(not f.column or f.agg is not None or f in prev.filters for f in r.filters) or \
            r.measures or r.agg_only or r.group or r.dims_named or r.order or r.rank_dir or \
            r.limit is not None or r.count_anaphora or r.select or r.drops:
        return
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora" and
             x.text.split()[-1] in ("ones", "those", "these", "them", "they")]
    key = _rows_of_kept_groups_key(prev, cat)       # the groups are rows of a table, not values
    if not words or key is None:
        return
    home = key.split(".")[0]
    measured = {m.column.split(".")[0] for m in prev.measures if m.column} | {prev.table}
    if all(t == home or (t not in measured and not cat.fans_out(home, t))
           for t in (f.column.split(".")[0] for f in r.filters)):
        raise CannotAnswer(f"{words[0]!r} after the first {prev.limit} {_plural(home).replace('_', ' ')} of a "
                           f"ranking could mean those of the {prev.limit} that match, or the first {prev.limit} of "
                           "the ones that match; ask 'which of them …?' or the whole question", words)


def _asks_which_of(r: Reading) -> bool:
    """'which of them …?', 'who among those …?', 'of those, which …?': a question about the rows
    shown ('only those …' is a new condition on the ranking itself)."""
    m = [x for x in r.mentions if x.text not in ("?", ".")]
    if len(m) > 2 and _of_those(m[0]) and (m[1].text in ("which", "who", "what") or
                                           m[1].text == "," and m[2].text in ("which", "who", "what")):
        return True
    return len(m) > 1 and m[0].text in ("which", "who", "what") and any(_of_those(x) for x in m[1:3]) \
        or (len(m) > 2 and m[0].text in ("which", "who", "what") and m[1].text in ("among", "amongst")
            and m[2].kind == "kw" and m[2].kw[0] == "anaphora")


def _of_those(x) -> bool:
    """'of them', 'among those': a pronoun for the rows shown, as a part of them."""
    return x.kind == "kw" and x.kw[0] == "anaphora" and x.text.split()[0] in ("of", "among", "amongst")


def _filter_within(prev: Plan, r: Reading) -> Plan:
    """'the five most expensive items' → 'which of them are vegetarian?': the condition picks among
    the rows the ranking kept, it does not rank the matching rows again."""
    inner = prev.copy()
    inner.assumptions, inner.batch = [], []
    filters = [f for f in r.filters if f.column]
    for c in [f.column for f in filters]:
        if c not in inner.select:
            inner.select.append(c)
    p = Plan(table=prev.table, filters=filters, order=[Order("col", o.ref, o.desc) for o in prev.order if o.kind == "col"],
             assumptions=list(r.assumptions), inner=inner)
    p.assume("of those", f"chosen among the {prev.limit} rows of the previous answer")
    return p


def _count_beyond_the_one_row(prev: Plan, r: Reading, filters: list[Filter]) -> Plan:
    """'What's the oldest company?' → 'how many were founded before 1900?': a count with a condition
    of its own after an answer of one row is never a count within that row (0 or 1); it counts every
    row of that table. When the one row was also picked by conditions, whether they still hold is not
    said, so it is declined."""
    ranked = {o.ref for o in prev.order if o.kind == "col"}
    kept = [f for f in prev.filters if not (f.kind == "null" and f.column in ranked)]
    if kept or r.count_anaphora:
        words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] in ("count", "anaphora")][:2]
        raise CannotAnswer("the previous answer kept one row; counting within it is always 0 or 1, and whether "
                           "its conditions still hold for this count is not said: ask it in one question", words)
    return Plan(table=prev.table, measures=[Agg("count")], filters=list(filters), assumptions=list(r.assumptions))


def _groups_beyond_the_one_row(prev: Plan, r: Reading, measures: list[Agg], filters: list[Filter]) -> Plan:
    """'highest 10-year yield, and which month?' → 'average per decade since 1960': a figure per
    group after an answer of one row is never that row split into groups (one group, its own value);
    it is a new question over every row of the table (the ranking and its cut dropped). When the one
    row was also picked by conditions, or a pronoun points back at it, whether they still hold is
    not said: declined."""
    ranked = {o.ref for o in prev.order if o.kind == "col"}
    kept = [f for f in prev.filters if not (f.kind == "null" and f.column in ranked)]
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora"]
    if kept or words:
        said = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] in ("grain", "agg", "count")][:2]
        raise CannotAnswer("the previous answer kept one row; a figure per group of it is that row's own value, and "
                           "whether its conditions still hold for every row is not said: ask it in one question",
                           words or said)
    p = Plan(table=prev.table, measures=list(measures), filters=list(filters), group=list(r.group),
             assumptions=list(r.assumptions))
    p.assume("per group", f"every {prev.table.rstrip('s')}, not only the one row the previous answer kept")
    return p


_PLURAL_PRONOUNS = {"they", "them", "their", "those", "these"}
# words of an aggregate that only make sense of several rows ('their combined EBITDA'); 'total' may
# be one row's own ('their total debt' of one company)
_OF_SEVERAL = {"combined", "together", "altogether", "average", "mean", "median"}


def _plural_pronouns(r: Reading) -> list[str]:
    """'their', 'of those': the plural pronouns of the question."""
    return [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora"
            and x.text.split()[-1] in _PLURAL_PRONOUNS]


def _over_the_rows_it_was_picked_from(prev: Plan, r: Reading, measures: list[Agg], filters: list[Filter]) -> Plan:
    """'the energy companies in Houston' → 'which of them has the highest yield?' → 'what's their
    combined EBITDA?': an average or a combined figure of one row is that row's own value, so a
    plural pronoun after an answer of one row points at the rows it was picked from (its
    conditions, without the ranking). When nothing said which rows those were (no condition), or
    the aggregate could be the one row's own ('their total'), it is declined."""
    ranked = {o.ref for o in prev.order if o.kind == "col"}
    kept = [f for f in prev.filters if not (f.kind == "null" and f.column in ranked)]
    said = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "agg"]
    words = _plural_pronouns(r)
    if not kept or not any(w in _OF_SEVERAL for w in said):
        raise CannotAnswer(f"the previous answer kept one row of {_plural(prev.table)}; {words[0]!r} may be that one or the "
                           "rows it was picked from; ask for the figure with its rows named", words)
    p = prev.copy()
    p.assumptions, p.batch = list(r.assumptions), []
    p.select, p.order, p.limit, p.distinct = [], [], None, False
    p.measures, p.filters = list(measures), kept + list(filters)
    p.assume(words[0], f"the {_plural(prev.table)} the previous answer's one row was picked from, not that row alone")
    return p


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
    loose = [f for f in r.filters if not f.column and f.kind == "compare"]
    if loose:
        return _count_with_the_bound_replaced(prev, r, cat)
    filters = [f for f in r.filters if f.column]
    related = _of_the_rows_kept(prev, r, measures, filters, cat)
    if related is not None:
        return related
    if prev.limit == 1 and not (prev.group or prev.measures) and r.group and measures:
        return _groups_beyond_the_one_row(prev, r, measures, filters)
    if prev.limit == 1 and not (prev.group or prev.measures or r.group) and measures and \
            all(m.column and m.func in ("sum", "avg", "median") for m in measures) and _plural_pronouns(r):
        return _over_the_rows_it_was_picked_from(prev, r, measures, filters)
    if prev.limit == 1 and measures and all(m.func == "count" for m in measures) and filters and not r.group:
        return _count_beyond_the_one_row(prev, r, filters)
    if prev.limit == 1 and measures and all(m.func == "count" for m in measures) and not filters and not r.group:
        # 'and how many orders has it had in total?' after its first order: never the one row again
        raise CannotAnswer("counting the one row the previous answer kept is always 1; the question is about "
                           "something else that row belongs to: ask it with its name", ["how many"])
    needed = [m.column for m in measures if m.column] + [f.column for f in filters] + [g.column for g in r.group]
    for c in needed:
        if c not in inner.select and c.split(".")[1] not in {x.split(".")[1] for x in inner.select}:
            inner.select.append(c)
    p = Plan(table=prev.table, measures=measures or [Agg("count")], filters=filters, group=list(r.group),
             assumptions=list(r.assumptions), inner=inner)
    p.assume("of those", f"computed over the {prev.limit} rows of the previous answer")
    return p


def _count_with_the_bound_replaced(prev: Plan, r: Reading, cat: Catalog) -> Plan:
    """'When was the CAPE last below 20?' → 'how many months in total has it been above 30?': a
    bound said with no column, after one row picked among those under a bound on one measure, puts
    a new bound on that measure ('it'), and the rows under it are counted (never the one row the
    answer kept, nor every row with the bound dropped). Declined where the measure is not so plain."""
    bounded = {f.column for f in prev.filters if f.kind == "compare" and f.column and f.agg is None and
               cat.is_measure(*f.column.split("."))}
    said = next(f for f in r.filters if not f.column and f.kind == "compare")
    if prev.limit != 1 or len(bounded) != 1 or r.group or r.agg_only or \
            any(m.func != "count" for m in r.measures):
        raise CannotAnswer(f"could not tell which column '{said.op} {said.values[0]:g}' applies to among the rows "
                           "of the previous answer; name it")
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    p.order, p.limit, p.select, p.distinct = [], None, [], False
    p.filters = [f for f in p.filters if f.kind != "null"]
    p.measures = list(r.measures) or [Agg("count")]
    _add_filters(p, r.filters, cat, replace=True)
    p.assume("count", f"every row with {next(iter(bounded)).split('.')[1]} {said.op} {said.values[0]:g}, "
                      "not only the one row the previous answer kept")
    return p


def _of_the_rows_kept(prev: Plan, r: Reading, measures: list[Agg], filters: list[Filter], cat: Catalog) -> Plan | None:
    """'which shop has the largest floor area?' → 'what is its total revenue?': an aggregate of a
    related table is over that row's related rows (by its key), never over the one joined row the
    ranking kept. After several rows (one total for all, or one each?) it is declined."""
    other = {m.column.split(".")[0] for m in measures if m.column} - {prev.table}
    if not any(cat.fans_out(prev.table, t) for t in other):
        return None             # one related row for each row kept (a 1:1 table, or its parent): over those rows
    pk = cat.tables[prev.table].primary_key
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "anaphora"]
    if prev.limit != 1 or len(other) != 1 or len(pk) != 1 or r.group or not cat.connected(prev.table, next(iter(other))):
        raise CannotAnswer(f"the previous answer kept {prev.limit} {_plural(prev.table)}, and whether the "
                           f"{'/'.join(m.func for m in measures)} is one for them all or one for each is not clear; ask "
                           "'… for each of them' or name them", words)
    key = f"{prev.table}.{pk[0]}"
    within = prev.copy()
    within.assumptions, within.batch = [], []
    within.select = [key] + [c for c in within.select if c != key]
    p = Plan(table=next(iter(other)), measures=measures, filters=[Filter(key, "in", [], kind="in_prev"), *filters],
             assumptions=list(r.assumptions), within=within)
    p.assume("of that one", f"the {_plural(next(iter(other)))} of the {prev.table.rstrip('s')} the previous answer found")
    return p


def _bounds_shown_groups_by_their_aggregate(prev: Plan, r: Reading) -> bool:
    """'which departments have an average above 80000?' after the average salary per department:
    an aggregate word with no column, and a bound with none, on the groups shown (named by their
    table or their column), is that aggregate of the one column the previous answer aggregated."""
    if len(prev.measures) != 1 or not prev.measures[0].column or prev.measures[0].func == "share" or \
            not prev.group or any(d.grain for d in prev.group) or prev.inner is not None:
        return False
    named = (r.entity is not None and all(d.column.split(".")[0] == r.entity for d in prev.group)) or \
        (r.entity in (None, prev.table) and r.dims_named == [d.column for d in prev.group])
    bounds = [f for f in r.filters if f.agg == -2 and f.column is None]
    return named and len(r.agg_only) == 1 and len(bounds) == 1 and len(r.filters) == 1 and \
        not (r.measures or r.select or r.group or r.order or r.rank_dir or r.limit is not None)


def _ranks_shown_groups_by_their_figure(prev: Plan, r: Reading) -> bool:
    """A ranking of the groups the previous answer shows by the one column it aggregated."""
    cols = {m.column for m in prev.measures if m.column}
    return len(prev.group) == 1 and len(prev.measures) == 1 and bool(r.rank_dir or r.order) and \
        r.dims_named == [prev.group[0].column] and bool(r.select) and set(r.select) <= cols and \
        not (r.measures or r.filters or r.group or r.entity not in (None, prev.table))


def _known_measures(r: Reading, prev: Plan) -> list[int] | None:
    """Indexes of the question's aggregates in the previous plan, when it shows them all."""
    out = []
    for m in r.measures:
        ix = next((i for i, a in enumerate(prev.measures) if (a.func, a.column) == (m.func, m.column)), None)
        if ix is None:
            return None
        out.append(ix)
    return out or None


def _distinct_values(prev: Plan) -> bool:
    """A listing of each value of some categories once ('list the sectors'): groups without a measure."""
    return prev.distinct and bool(prev.select) and not prev.group and not prev.measures and prev.limit is None


def _values_counted(prev: Plan) -> str | None:
    """The column of a count of distinct values with no groups ('how many sub-industries are
    there?'): those values, as a listing of them would show."""
    if prev.group or prev.inner is not None or prev.limit is not None or len(prev.measures) != 1:
        return None
    m = prev.measures[0]
    return m.column if m.func == "count" and m.distinct and m.column else None


def _rank_values_counted(prev: Plan, r: Reading, cat: Catalog | None = None) -> Plan | None:
    """'How many sub-industries are there in IT?' → 'which one has the most companies?': the
    values counted are the groups ranked by the new measure, the conditions kept."""
    col = _values_counted(prev)
    if col is None or not r.measures or not any(o.kind == "agg" for o in r.order) or \
            r.group or r.entity or r.dims_named or r.select or r.filters:
        return None
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    p.group, p.measures, p.order, p.limit = [Dim(col)], list(r.measures), list(r.order), r.limit
    p.assume(col.split(".")[1], f"the {col.split('.')[1]} values the previous answer counted, ranked")
    return p


def _count_per_previous_group(prev: Plan, r: Reading, cat: Catalog) -> Plan | None:
    """'average market cap by sector' → 'which of them has the most companies?': the rows of the
    table the question names, counted in each group the previous answer shows, ranked."""
    ranked = [o for o in r.order if o.kind == "agg"]
    groups = list(prev.group) or ([Dim(c) for c in prev.select] if _distinct_values(prev) else [])
    if not groups or r.group or r.select or r.dims_named or not ranked or not r.measures or \
            any(m.func != "count" for m in r.measures):
        return None
    named = {x.ref.table for x in r.mentions if x.kind == "ref" and x.ref is not None and x.ref.kind == "table"}
    if len(named) != 1:
        return None
    t = named.pop()
    homes = {g.column.split(".")[0] for g in groups}
    if not all(cat.connected(t, h) for h in homes):
        raise CannotAnswer(f"{_plural(t)} cannot be joined to the groups of the previous answer to count them")
    pk = cat.tables[t].primary_key
    if all(h == t or cat.fans_out(h, t) for h in homes):
        m = Agg("count")                # each row belongs to one group
    elif len(pk) == 1:
        m = Agg("count", f"{t}.{pk[0]}", distinct=True)
    else:
        raise CannotAnswer(f"{_plural(t)} have no single key to count them by in each group of the previous answer")
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    p.table, p.measures, p.select, p.distinct, p.group = t, [m], [], False, groups
    p.filters = [f for f in p.filters if f.agg is None]
    p.order, p.limit = [Order("agg", 0, ranked[0].desc)], None
    if prev.limit is not None and any(o.kind == "agg" for o in prev.order):
        _keep_ranked_groups(p, prev)
    p.limit = r.limit
    _add_filters(p, r.filters, cat, replace=True)
    check_satisfiable(p, cat)
    return p


def _sibling_date_replaced(p: Plan, r: Reading, cat: Catalog) -> None:
    """'how many contracts ended in 2024?' → 'and how many started in 2024?': the same question of
    another date of the same rows, in its place — the rows that ended in 2024 are not narrowed to
    those that also started then ('of those, how many started in 2024?' narrows: kept)."""
    if r.anaphora or r.count_anaphora:
        return
    new = [f for f in r.filters if f.kind == "time" and f.column]
    for f in new:
        t, c = f.column.split(".")
        old = [g for g in p.filters if g.kind == "time" and g.column and g.column != f.column and
               g.column.split(".")[0] == t and cat.is_time(*g.column.split("."))]
        if old:
            p.filters = [g for g in p.filters if g not in old]
            p.assume(c, f"in place of the condition on {', '.join(g.column.split('.')[1] for g in old)}")
