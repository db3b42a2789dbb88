"""The ranks family: superlatives ('the highest P/E', 'the 5 largest', 'the oldest', 'cheapest'),
ranked by a measure, a date or a size, and how many rows a ranking keeps. Readers take the
interpreter `it` and mark the words they use."""
from __future__ import annotations

import re

from .catalog import Ref
from .errors import CannotAnswer
from .measures import count_of_rows
from .mentions import Mention, _is_year
from .plan import Agg, Dim, Filter, Order
from .vocab import (
    AMOUNT_RANKS,
    BUSY_RANKS,
    HAVING_WORDS,
    KEYWORDS,
    ONE_MOMENT_RANKS,
    SUBJECT_PRONOUNS,
    VERSUS_WORDS,
)

DEFAULT_TOP = 10


# Superlatives that judge (a month is the worst by some figure), never a date's own order.
QUALITY_RANKS = {"best", "worst", "strongest", "weakest"}
TIME_RANKS = {"oldest", "newest", "latest", "earliest", "most recent", "most recently", "least recently",
               "first added", "youngest"}


def first_after_an_event(it) -> None:
    """'which of them signed up first?', 'who joined last?': 'first'/'last' right after a date
    column's verb ranks by that date (the earliest or the latest one)."""
    m = it.m
    for i, x in enumerate(m[1:], 1):
        before = m[i - 1]
        if x.kind == "word" and x.text in ("first", "last") and not x.used and before.kind == "ref" and \
                before.col and it.cat.is_time(*before.col.split(".")) and \
                (i + 1 == len(m) or m[i + 1].text in ("?", ".", "!")):
            x.kind, x.kw = "kw", ("rank", "asc" if x.text == "first" else "desc")
            x.text = "earliest" if x.text == "first" else "latest"


def row_with_the_extreme(it) -> None:
    """'symbol with the max high_52w', 'the month with the maximum rate': a row named before 'with the
    max <measure>' is the row holding the highest value (a ranking), never one group per row with
    its MAX."""
    m = it.m
    for i, k in enumerate(m[:-1]):
        if i < 3 or k.kind != "kw" or k.kw[0] != "agg" or k.kw[1] not in ("max", "min") or k.used or \
                m[i - 1].text != "the" or m[i - 2].text not in HAVING_WORDS:
            continue
        target = m[i + 1]
        if target.kind != "ref" or not target.col or not it.cat.is_measure(*target.col.split(".")):
            continue
        if not any(x.kind == "ref" and x.ref is not None for x in m[:i - 2]):
            continue            # ('with the max X' naming no rows before it: the aggregate itself)
        desc = k.kw[1] == "max"
        k.kind, k.kw, k.text = "kw", ("rank", "desc" if desc else "asc"), "highest" if desc else "lowest"


def extreme_with_its_columns(it) -> None:
    """'max(pe10) in index_monthly, with the month', 'the min price with the symbol': one MAX/MIN with
    columns asked 'with' it is the row holding that extreme with those columns shown, never the
    aggregate alone nor one group per value of those columns."""
    r, m = it.r, it.m
    if len(r.measures) != 1 or r.measures[0].func not in ("max", "min") or not r.measures[0].column or \
            r.group or r.order or r.limit is not None or not r.select:
        return
    if any(x.kind == "kw" and x.kw[0] in ("group", "rank") for x in m):
        return
    agg = next((i for i, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "agg"), None)
    at = next((i for i, x in enumerate(m) if x.text == "with"), None)
    if agg is None or at is None or at < agg or at + 1 >= len(m):
        return
    rest = [x for x in m[at + 1:] if x.text not in ("the", "its", "their", ",", "and", "?", ".")]
    cols = [x.col for x in rest if x.kind == "ref" and x.col]
    if not cols or len(cols) != len(rest) or set(cols) != set(r.select) or r.measures[0].column in cols:
        return
    a = r.measures[0]
    r.measures = []
    r.order = [Order("col", a.column, a.func == "max")]
    r.limit, r.singular = 1, True
    r.assume(f"{a.func} … with", f"the row holding the {'highest' if a.func == 'max' else 'lowest'} "
             f"{a.column.split('.')[1]}, with its {', '.join(c.split('.')[1] for c in cols)}")


def top_rows_shown(it) -> None:
    """'What's the combined market cap of the top 10?' after an answer that ranked and kept 10
    rows: 'the top 10' with nothing named after it are those rows (as 'them'), never a new
    ranking of nothing."""
    prev, m = it.previous, it.m
    if prev is None or not prev.limit or prev.limit < 2 or not prev.order or prev.group or prev.measures:
        return
    for i, x in enumerate(m[:-1]):
        n = m[i + 1]
        if x.kind == "kw" and x.kw[0] == "rank" and x.text in ("top", "first") and not x.used and \
                n.kind == "num" and not n.used and n.number == prev.limit and \
                not any(y.kind in ("ref", "value", "num", "date") for y in m[i + 2:]):
            x.used = n.used = True
            x.kind, x.kw = "kw", ("anaphora", None)
            it.r.anaphora = True
            it.r.assume("of those", f"'{x.text} {prev.limit}': the {prev.limit} rows of the previous answer")
            return


_BE_WORDS = ("been", "was", "were", "is", "are", "being")


def tenure_not_a_duration(it) -> None:
    """'Who has been a customer the longest?': a superlative of a length ('longest') said of being
    one of the rows asked about is how long each has been one, not the duration column of other rows
    (the print hours of their jobs): ranked by the rows' one date (the earliest is the longest),
    else declined, naming the word."""
    m = it.m
    named = {r.table for y in m if y.kind == "ref" for r in y.refs if r.kind == "table"}
    for i, x in enumerate(m):
        ranked = any(y is not x and y.kind == "kw" and y.kw[0] == "rank" and y.start == x.start for y in m)
        if x.kind != "ref" or not ranked or not named or {r.table for r in x.refs} & named:
            continue
        nouns = [y for y in m[:i] if y.kind == "ref" and y.ref is not None and y.ref.kind == "table"]
        be = [j for j, y in enumerate(m[:i]) if y.text in _BE_WORDS]
        if nouns and be and m.index(nouns[-1]) > be[-1]:
            noun, t = nouns[-1].text, nouns[-1].ref.table
            since = [c for c in it.cat.time_columns(t) if it.cat.column(t, c).kind == "date"]
            if len(since) == 1:     # its one date says since when each has been one: the earliest, longest
                k = next(y for y in m if y is not x and y.kind == "kw" and y.start == x.start)
                k.kw = ("rank", "asc" if k.kw[1] == "desc" else "desc")
                x.ref = Ref("column", t, since[0], 2)
                x.refs = [x.ref]
                it.r.assume(x.text, f"the {noun} with the {'earliest' if k.kw[1] == 'asc' else 'latest'} "
                                    f"{since[0]}: how long each has been a {noun}")
                return
            raise CannotAnswer(f"'{x.text}' said of being a {noun}: how long each has been a {noun} is not "
                               f"a duration the data holds; ask for the {noun} with the earliest start date",
                               [x.text])


_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10}
_RANK_VERBS = ("rank", "ranks", "ranked", "ranking", "placed", "comes", "sits")
_NTH = re.compile(r"\d+(st|nd|rd|th)")


def _ordinal(it, x) -> int | None:
    """'second', '2nd', '10th': the place in a ranking a word says (from 2), else None."""
    if x.kind == "word" and x.text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[x.text]
    raw = it.tokens[x.start].raw.lower() if x.kind == "num" and x.end == x.start + 1 else ""
    if _NTH.fullmatch(raw) and 2 <= int(raw[:-2]) <= 1000:
        return int(raw[:-2])
    return None


_BARE_FILLERS = {"and", "the", "what", "about", "how", "now", "then", "?", ".", "!", ","}


def _bare_opposite_of_a_ranking(it, i: int, desc: bool) -> bool:
    """'Which sector is the most expensive on P/E?' → 'And the cheapest?': a superlative said alone,
    of the other direction, right after a ranking keeps that ranking's measure and turns its direction
    — never a new measure the adjective names ('cheapest' → a price, 'oldest' → a date)."""
    prev = it.previous
    if prev is None or not prev.order or prev.limit is None or prev.order[0].desc == desc:
        return False
    k = it.m[i]
    rest = [x for x in it.m if x is not k and not (x.start == k.start and x.kind == "ref")]
    if any(x.kind != "word" and x.kind != "kw" or x.kind == "kw" and x.kw[0] == "rank" or
           x.text not in _BARE_FILLERS for x in rest):
        return False
    for x in it.m:
        if x is not k and x.start == k.start and x.kind == "ref":
            x.used, x.kind, x.refs = True, "skip", []
    it.r.rank_dir = "desc" if desc else "asc"
    return True


def nth_of_a_ranking(it) -> None:
    """'the second largest', 'the 3rd oldest', 'which company ranks 10th by market cap?': one row
    of the ranking, the rows before it skipped (an OFFSET), never the top n nor the top one."""
    m = it.m
    for i, x in enumerate(m[:-1]):
        n = _ordinal(it, x)
        if n is None or x.used:
            continue
        nxt = m[i + 1]
        if nxt.kind == "kw" and nxt.kw[0] == "rank" and nxt.text not in ("top", "first", "last", "bottom"):
            x.used, x.kind = True, "word"
            it.r.offset = n - 1
            it.r.assume(f"'{it.tokens[x.start].raw} {nxt.text}'", f"row {n} of the ranking, the {n - 1} before it left out")
            return
        if i > 0 and m[i - 1].text in _RANK_VERBS and nxt.text in ("by", "on", "for") and i + 2 < len(m) and \
                m[i + 2].kind == "ref" and m[i + 2].col and it.cat.is_measure(*m[i + 2].col.split(".")):
            # 'ranks 10th by market cap': the 10th highest
            m[i - 1].used = True
            m[i] = Mention(x.start, x.end, "kw", "highest", kw=("rank", "desc"))
            if nxt.text != "by":
                m[i + 1] = Mention(nxt.start, nxt.end, "kw", "by", kw=KEYWORDS["by"])
            it.r.offset = n - 1
            it.r.assume(f"'{m[i - 1].text} {it.tokens[x.start].raw}'", f"row {n} of the ranking from the highest "
                                                                     f"{m[i + 2].col.split('.')[1]}")
            return


def read_ranks(it) -> None:
    r = it.r
    for k in it.kws("rank"):
        i = it.idx(k)
        k.used = True
        desc = k.kw[1] == "desc"
        n = None
        # "the heaviest 2 products": past the measure a superlative names ('heaviest' -> weight)
        role = i + 1 < len(it.m) and it.m[i + 1].start == k.start and it.m[i + 1].kind == "ref"
        for j in (i - 1, i + 2 if role else i + 1, i - 2):
            if 0 <= j < len(it.m) and it.m[j].kind == "num" and not it.m[j].used \
                    and not _is_year(it.m[j]) and it.m[j].number == int(it.m[j].number) \
                    and 0 < it.m[j].number <= 10000:
                n = int(it.m[j].number)
                it.m[j].used = True
                break
        if n is None and _bare_opposite_of_a_ranking(it, i, desc):
            continue
        after = it.m[i + 1] if i + 1 < len(it.m) else None
        if k.text in ("most", "fewest", "least") and after is not None and after.kind == "kw" and \
                after.kw[0] == "anaphora" and after.text.startswith("of "):
            # 'which neighbourhood did most of them start in?': the group holding the most of those rows
            r.singular = True
            if r.limit is None:
                r.limit = 1
            if not any(a.func == "count" for a in r.measures):
                r.measures.append(Agg("count"))
            r.order.append(Order("agg", next(j for j, a in enumerate(r.measures) if a.func == "count"), desc))
            continue
        if k.text in ("most", "fewest", "least") and after is not None and after.text in ("times", "often") and \
                _rows_counted_per_person(it, i, after, desc):
            limit_for_rank(it, n, i)
            continue
        dim = it.m[i + 2] if i + 2 < len(it.m) else None
        if k.text in ("most", "least") and after is not None and after.kind == "word" and \
                after.text in ("common", "frequent", "popular", "usual") and dim is not None and \
                dim.kind == "ref" and dim.col and it.cat.is_dimension(*dim.col.split(".")):
            # 'the most common room type': the value the most rows have (a count per value); the rows
            # counted are those of the column's own table ('the Cubs' most common activity' counts
            # meetings, never the one section the condition keeps)
            after.used = True
            if not any(x.kind == "ref" and x.ref is not None and x.ref.kind == "table" for x in it.m):
                r.entity = r.entity or dim.col.split(".")[0]        # (no other rows named to count)
            if not any(a.func == "count" and not a.column for a in r.measures):
                r.measures.append(Agg("count"))
            r.order.append(Order("agg", next(j for j, a in enumerate(r.measures) if a.func == "count"
                                              and not a.column), desc))
            limit_for_rank(it, n, i)
            continue
        by = _ranked_by(it, i + 2 if role else i + 1)
        if by is not None:
            _a_period_asked_of_single_rows(it, k, by)
        if by is not None and not (it.kws("direction") or it.kws("sortword")):
            # 'the cheapest by price to sales', 'the cheapest product by unit cost': the 'by' column
            # is what is ranked, in the superlative's direction (not the column the word names itself);
            # 'the 5 oldest companies by founding year': the earliest year first
            by.desc = not _earliest_first(k.text) if k.text in TIME_RANKS and by.kind == "col" and \
                it.cat.is_time(*by.ref.split(".")) else desc
            if role:            # the column the word itself names is not asked for
                it.m[i + 1].used, it.m[i + 1].kind, it.m[i + 1].refs = True, "skip", []
            limit_for_rank(it, n, i)
            continue
        if role and k.text in ("cheapest", "most expensive", "costliest", "least expensive") and it.m[i + 1].col:
            _groups_priced_two_ways(it, k.text, it.m[i + 1].col)
        target = it.next_mention(i, kinds=("ref",), within=2)
        if target is None and k.text in ("most", "fewest", "least"):
            # 'the most cancelled requests': past the values that qualify them, the rows counted
            target = it._rows_after_values(i)
            if target is not None:
                target.ref = it._rows_ref(target, target.ref.table)
        measure = None
        if k.text in BUSY_RANKS and _busy_with_its_child_rows(it, i, desc):
            limit_for_rank(it, n, i)
            continue
        if _top_categories_by_a_measure(it, i, desc):
            limit_for_rank(it, n, i)
            continue
        if (cat_col := _top_values_of_a_category(it, i)) is not None:
            # 'top 3 destinations', 'top 5 brands': the values of the column ranked by how many rows
            # have each, never the rows ranked by a measure the question does not name
            r.measures.append(Agg("count"))
            r.order.append(Order("agg", len(r.measures) - 1, desc))
            r.assume(f"'{k.text} {cat_col.text}'", f"the {cat_col.ref.column} values ranked by their number of rows")
            limit_for_rank(it, n, i)
            continue
        if target is not None and target.ref is not None and k.text in ("most", "fewest", "least") and \
                _events_of_a_date_counted(it, i, target, desc):
            limit_for_rank(it, n, i)
            continue
        if target is not None and k.text in ("most", "fewest", "least") and _rows_of_a_flag_counted(it, target, desc):
            limit_for_rank(it, n, i)
            continue
        if target is not None and target.ref is not None:
            if target.ref.kind == "column" and (it.cat.is_measure(target.ref.table, target.ref.column)
                                                or it.cat.is_time(target.ref.table, target.ref.column)):
                measure = target
            elif target.ref.kind == "column" and k.text in ("most", "fewest", "least") and \
                    (g := _group_before(it, i)) is not None and _names_its_rows(it, target) \
                    and target.ref.table == g.ref.table:
                # "which author has the most titles": 'titles' names the rows of titles (by their label)
                target.used = True
                r.measures.append(Agg("count"))
                r.order.append(Order("agg", len(r.measures) - 1, desc))
                limit_for_rank(it, n, i)
                continue
            elif target.ref.kind == "column" and k.text in ("most", "fewest", "least") and \
                    _names_its_rows(it, target) and \
                    _count_named_rows_per_head(it, i, target, desc):
                # "which conductor leads the most orchestras": 'orchestras' names the rows of
                # orchestra (by their label), counted for each conductor
                limit_for_rank(it, n, i)
                continue
            elif target.ref.kind == "column" and k.text in ("most", "fewest", "least") and \
                    (g := _group_before(it, i)) is not None and it.cat.is_dimension(target.ref.table, target.ref.column):
                # "which state has the most headquarters": rows counted per state ('headquarters'
                # names the state's own column: each row is one); "which sector has the most
                # sub-industries": the distinct values counted per sector
                target.used = True
                if _same_thing(target.ref.column, g.ref.column):
                    r.measures.append(Agg("count"))     # 'headquarters' per hq_city/hq_region: one per row
                    target.ref = g.ref
                else:
                    r.measures.append(Agg("count", target.col, distinct=True))
                    r.assume(f"'{target.text}'", f"counted as the distinct {target.ref.column} values")
                r.order.append(Order("agg", len(r.measures) - 1, desc))
                limit_for_rank(it, n, i)
                continue
            elif target.ref.kind == "table":
                # "the most companies" counts them; "the 5 largest companies" lists them
                after = it.next_mention(it.idx(target), kinds=("ref",), within=3)
                if after is not None and it.idx(after) + 1 < len(it.m) and it.m[it.idx(after) + 1].kind == "kw" and \
                        it.m[it.idx(after) + 1].kw[0] == "cmp":
                    after = None        # 'the most companies with a pe ratio above 30': a condition on them
                g = _group_before(it, i)
                if after is not None and after.col and g is not None and after.ref.table == target.ref.table and \
                        g.ref.table == after.ref.table and _same_thing(after.ref.column, g.ref.column) and \
                        it.idx(after) == it.idx(target) + 1:
                    # 'which states have the most company headquarters': one headquarters (the
                    # grouped column itself) per company: the companies counted per state
                    after.used, after.ref = True, g.ref
                    after = None
                if k.text in ("most", "fewest", "least") and not (after and after.ref and after.ref.kind == "column"):
                    target.used = True
                    t = target.ref.table
                    _rows_or_their_quantity(it, k, target)
                    pk = it.cat.tables[t].primary_key
                    head = head_table(it, i) or _people_of(it, t)
                    if head and head != t and len(pk) == 1:
                        # "which singers performed in the most concerts": count concerts per singer
                        r.entity = r.entity or head
                        r.measures.append(Agg("count", f"{t}.{pk[0]}", distinct=True))
                    elif head and head != t and len(pk) > 1 and it.cat.join_path(head, t) and \
                            not any(a.func == "count" for a in r.measures):
                        # "which airline has the most flights" (keyed by airline and number): the
                        # rows of flights counted per airline
                        r.entity = r.entity or head
                        r.measures.append(Agg("count", f"{t}.{pk[-1]}"))
                    elif head and head != t and not pk and it.cat.join_path(head, t) and it.cat.fans_out(head, t) \
                            and (agg := count_of_rows(it.cat, head, t)) is not None and \
                            not any(a.func == "count" for a in r.measures):
                        # "which museum had the most visits" (visits keyed by nothing): the rows of
                        # visit counted per museum, by the column that points back
                        r.entity = r.entity or head
                        r.measures.append(agg)
                    elif not any(a.func == "count" for a in r.measures):
                        r.measures.append(Agg("count"))
                        g = _group_before(it, i)
                        if desc and g is not None and g.ref.table != t and not it.cat.fans_out(t, g.ref.table) and \
                                it.cat.join_path(t, g.ref.table):
                            # "which country has the most invoices": the invoices counted, per their
                            # account's country ('the fewest' would miss the groups with none: declined)
                            r.entity = r.entity or t
                    r.entity = r.entity or None
                    r.order.append(Order("agg", len(r.measures) - 1, desc))
                    limit_for_rank(it, n, i)
                    continue
                r.entity = r.entity or target.ref.table
                target.used = True
        if measure is not None and k.text in TIME_RANKS and not it.cat.is_time(*measure.col.split(".")):
            # 'the oldest index value': ranked by the date, the value shown
            col = time_rank_column(it, i)
            if col is not None:
                measure.used = True
                r.select.append(measure.col)
                r.filters.append(Filter(measure.col, "is not null", [], kind="null"))   # the latest known value
                r.order.append(Order("col", col, not _earliest_first(k.text)))
                limit_for_rank(it, n, i)
                continue
        grouped = any(x.kind == "kw" and x.kw[0] in ("group", "grain") for x in it.m) and \
            it.tokens[0].text not in ("which", "who", "what")
        if measure is not None and n is None and grouped and it.m[i + 1] is measure and \
                not it.cat.is_time(*measure.col.split(".")):
            # "highest CPI per decade": the highest value within each group
            measure.used = True
            r.measures.append(Agg("max" if desc else "min", measure.col))
            continue
        if measure is not None and n is None and asks_for_value(it) and _and_when(it):
            # 'the highest CAPE ratio ever, and when?': the row that holds it, with its date
            col = time_rank_column(it, i)
            if col is not None and col != measure.col:
                measure.used = True
                r.select += [c for c in (col, measure.col) if c not in r.select]
                r.order.append(Order("col", measure.col, desc))
                r.filters.append(Filter(measure.col, "is not null", [], kind="null"))
                r.limit, r.singular = 1, True
                continue
        if measure is not None and n is None and asks_for_value(it) and not _picks_one_of_the_rows_shown(it, i):
            # "what is the highest P/E ratio?" is one number, not a ranked list
            measure.used = True
            r.measures.append(Agg("max" if desc else "min", measure.col))
            continue
        if measure is not None and k.text in QUALITY_RANKS and it.cat.is_time(*measure.col.split(".")):
            k.used = False              # 'the worst single month': by some figure, never the earliest (declined)
            continue
        if measure is not None:
            measure.used = True
            t, c = measure.ref.table, measure.ref.column
            if k.text in TIME_RANKS and it.cat.is_time(t, c):
                desc = not _earliest_first(k.text)      # 'the oldest founding year': the earliest one
                _that_has_a_figure(it, measure)
            agg_ix = next((j for j, a in enumerate(r.measures) if a.column == f"{t}.{c}"), None)
            if agg_ix is not None:
                r.order.append(Order("agg", agg_ix, desc))
            else:
                r.order.append(Order("col", f"{t}.{c}", desc))
        elif k.text in ("youngest", "oldest") and age_column(it) is not None:
            col, is_birth = age_column(it)
            r.order.append(Order("col", col, (k.text == "oldest") != is_birth))
        elif k.text in ("cheapest", "most expensive", "costliest") and price_column(it) is not None and \
                not any(x.kind == "kw" and x.text == "by" for x in it.m):
            _groups_priced_two_ways(it, k.text, price_column(it))
            r.order.append(Order("col", price_column(it), k.text != "cheapest"))
        elif k.text in ("cheapest", "most expensive", "costliest", "least expensive") and _groups_ranked(it) and \
                not any(x.kind == "kw" and x.text == "by" for x in it.m):
            if not _ranked_by_money_spent(it, k.text):
                k.used = False          # 'the most expensive month' with no money to add up: declined
                continue
        elif k.text in TIME_RANKS:
            # 'added most recently', 'the oldest', 'the newest': ranked by a date, never by a size
            col = time_rank_column(it, i)
            if col is None:
                k.used = False          # nothing dated to rank by: the ledger declines
                continue
            r.order.append(Order("col", col, not _earliest_first(k.text)))
            when = next((x for x in it.m[i + 1:i + 2] if x.kind == "ref" and x.col == col), None)
            if when is not None:
                _that_has_a_figure(it, when)    # 'the most recent month with index earnings data'
        elif k.text in QUALITY_RANKS and not r.order and _period_ranked_by_nothing_named(it, i):
            k.used = False              # 'which was the best month?' with no figure: never a count of rows
            continue
        elif not r.order:
            r.rank_dir = "desc" if desc else "asc"
        elif len(r.order) == 1 and r.order[0].kind == "col" and not (it.kws("direction") or it.kws("sortword")):
            # 'which pilot is the smallest by flight hours?': the superlative says the direction
            # of the 'by' column, not the column's usual one
            r.order[0].desc = desc
        limit_for_rank(it, n, i)


_WITHIN_EACH = ("per", "for each", "in each", "for every", "in every", "each", "every")


def top_n_within_each_group(it) -> None:
    """'top 2 sailings per route by passengers', 'top 2 clients by hours used in each room': a
    number of rows ranked within each group (a top N per group), never the top N groups nor the top
    N rows overall. The engine builds no per-group cut: declined, naming the words. ('revenue per
    employee': 'per' right after a measure is a rate, left to the measures.)"""
    m = it.m
    for i, k in enumerate(m):
        if k.kind != "kw" or k.kw[0] != "rank" or k.used:
            continue
        j = i + 1 if i + 1 < len(m) and m[i + 1].kind == "num" else i - 1
        if not (0 <= j < len(m) and m[j].kind == "num" and not _is_year(m[j]) and m[j].number == int(m[j].number)
                and m[j].number > 1):
            continue
        rows = m[max(i, j) + 1] if max(i, j) + 1 < len(m) else None
        if rows is None or rows.kind != "ref" or rows.ref is None:
            continue
        for g_ix in range(max(i, j) + 2, len(m) - 1):
            g, dim = m[g_ix], m[g_ix + 1]
            if g.kind != "kw" or g.kw[0] != "group" or g.text not in _WITHIN_EACH or dim.kind != "ref" or \
                    dim.ref is None or _same_ref(dim, rows):
                continue
            before = m[g_ix - 1]
            if g.text == "per" and before is not rows and before.kind == "ref" and before.col and \
                    it.cat.is_measure(*before.col.split(".")):
                continue                # 'by revenue per employee': a rate
            raise CannotAnswer(f"'{k.text} {int(m[j].number)} {rows.text} {g.text} {dim.text}' asks for the first "
                               f"{int(m[j].number)} rows within each {dim.text}, which this engine cannot build; "
                               f"ask for one {dim.text} at a time", [f"{g.text} {dim.text}"])


def _same_ref(a, b) -> bool:
    return a.ref.table == b.ref.table and getattr(a.ref, "column", None) == getattr(b.ref, "column", None)


_QUANTITY_WORDS = {"qty", "quantity", "quantities", "units", "unit", "count", "cnt", "number", "num", "of", "no", "n"}


def _rows_or_their_quantity(it, k, target) -> None:
    """'which batch had the most defects?' where each defect row holds a quantity (qty, units,
    defect_count): the most rows or the largest total of that quantity — not said; declined naming
    both (a table with no such column: its rows are counted)."""
    t = target.ref.table
    own = {w.rstrip("s") for w in it.cat.name_words_of(t)}
    qty = [c for c in it.cat.tables[t].columns if it.cat.is_measure(t, c) and _a_quantity_of(it.cat.name_words_of(c), own)]
    if qty:
        raise CannotAnswer(f"'{k.text} {target.text}' may count the {t} rows or add up their {qty[0]}; say "
                           f"'the {k.text} {t} rows' or 'the {'highest' if k.text == 'most' else 'lowest'} total "
                           f"{qty[0].replace('_', ' ')}'", [f"{k.text} {target.text}"])


def _a_quantity_of(words: list[str], own: set[str]) -> bool:
    """qty, units, defect_count, number_of_defects: a column's words are a word of quantity and at
    most the rows' own noun ('number_of_seats' is a size, not how many of the rows)."""
    said = set(words)
    quantity = said & {"qty", "quantity", "quantities", "units", "count", "cnt"} or {"number", "of"} <= said
    return bool(quantity) and all(w in _QUANTITY_WORDS or w.rstrip("s") in own for w in words)


def _a_period_asked_of_single_rows(it, k, by) -> None:
    """'which month of 2024 was busiest by hours booked?' where no step grouped by the month: a
    period asked for is ranked by its rows' figures together, never by the one row with the largest
    value (whose month a 'that month' after it would point at). Declined, naming the words."""
    ask = _WHICH_PERIOD.match(it.question.lower())
    if ask and not it.r.group and by.kind == "col":
        raise CannotAnswer(f"'{ask.group(0)} … {k.text}' ranks each {ask.group(3)} by the {by.ref.split('.')[1]} of "
                           f"its rows together, which the engine could not group here; ask 'total "
                           f"{by.ref.split('.')[1].replace('_', ' ')} by {ask.group(3)}'", [k.text])


def _busy_with_its_child_rows(it, i: int, desc: bool) -> bool:
    """'which event was the busiest?': with no figure named, an entity is busy with the rows of the
    one table that points at it (its repairs), counted for each; with none or several such tables,
    or a figure named, False (left to the steps that decline it)."""
    target = next((x for x in it.m[i + 1:i + 3] if x.kind == "ref"), None) or \
        next((x for x in reversed(it.m[max(0, i - 3):i]) if x.kind == "ref"), None)
    if target is None or target.used or target.ref is None or target.ref.kind != "table" or it.r.measures or \
            it.r.order or any(x.kind == "ref" and x is not target for x in it.m):
        return False
    t = target.ref.table
    children = {fk.table for fk in it.cat.foreign_keys if fk.ref_table == t and fk.table != t}
    pk = it.cat.tables[t].primary_key
    if len(children) != 1 or len(pk) != 1 or it.cat.label(t) in pk:
        return False            # (a row with no name of its own: which of its columns to show is a guess)
    child = next(iter(children))
    target.used = True
    it.r.entity = t
    it.r.measures.append(Agg("count", f"{child}.{it.cat.tables[child].primary_key[0]}")
                         if len(it.cat.tables[child].primary_key) == 1 else Agg("count"))
    it.r.order.append(Order("agg", len(it.r.measures) - 1, desc))
    it.r.assume(f"'{it.m[i].text}'", f"the {t} with the {'most' if desc else 'fewest'} {child} rows")
    return True


def _top_categories_by_a_measure(it, i: int, desc: bool) -> bool:
    """'top 3 defect types by quantity', 'top 5 customers by sheets wasted': the word ranked names a
    text column whose values repeat over the rows (a category, not the rows' name), ranked 'by' a
    measure of those rows: each value is ranked by the measure's total (grouped), never the N single
    rows with the largest value. A measure that does not add up (a price, a score) is declined: the
    total or the average is not said."""
    k, m = it.m[i], it.m
    j = i + 1 + (i + 1 < len(m) and m[i + 1].kind == "num")
    target = m[j] if j < len(m) else None
    if k.text not in ("top", "bottom") or target is None or target.kind != "ref" or target.used or \
            target.ref is None or target.ref.kind != "column" or len({(x.table, x.column) for x in target.refs}) != 1 \
            or it.r.measures or it.r.group or len(it.r.order) != 1 or it.r.order[0].kind != "col":
        return False
    t, c = target.ref.table, target.ref.column
    col = it.r.order[0].ref
    table = it.cat.tables[t]
    if not it.cat.is_dimension(t, c) or _names_its_rows(it, target) or not it.cat.is_measure(*col.split(".")) or \
            not table.row_count or it.cat.column(t, c).profile.distinct >= table.row_count or \
            not (col.split(".")[0] == t or it.cat.join_path(t, col.split(".")[0])):
        return False
    if it.cat.default_agg(col) != "sum":
        raise CannotAnswer(f"'{k.text} {target.text}' ranks {c} values by {col.split('.')[1]}, which has many "
                           f"values for each {c}, and does not say how to combine them; ask for the total or "
                           f"the average ('{k.text} {target.text} by average {col.split('.')[1].replace('_', ' ')}')",
                           [f"{k.text} {target.text}"])
    target.used = True
    it.r.group.append(Dim(f"{t}.{c}"))
    it.r.measures.append(Agg("sum", col))
    it.r.order = [Order("agg", len(it.r.measures) - 1, desc)]
    it.r.assume(f"'{k.text} {target.text}'", f"the {c} values ranked by their total {col.split('.')[1]}")
    return True


def _top_values_of_a_category(it, i: int):
    """'top 5 brands' with no figure named, none in the answer before and no 'by': a category
    column's values, the top ones being those most rows have (the column's mention, else None)."""
    k, m = it.m[i], it.m
    j = i + 1 + (i + 1 < len(m) and m[i + 1].kind == "num")
    target = m[j] if j < len(m) else None
    if k.text not in ("top", "bottom") or target is None or target.kind != "ref" or target.used or \
            target.ref is None or target.ref.kind != "column" or len({(r.table, r.column) for r in target.refs}) != 1 \
            or not it.cat.is_dimension(target.ref.table, target.ref.column) or it.r.measures or it.r.order:
        return None
    if it.previous is not None and (it.previous.measures or it.previous.order):
        return None
    named = any(x.kind == "kw" and x.kw and (x.kw[0] in ("agg", "count") or x.text == "by") or
                   x.kind == "ref" and x is not target and
                   any(r.kind == "column" and it.cat.is_measure(r.table, r.column) for r in x.refs)
                   for x in it.m)
    return None if named else target


def _period_ranked_by_nothing_named(it, i: int) -> bool:
    """'which was the best month?', 'the worst year', with no figure named in the question nor shown
    by the answer before: good or bad by sales, by orders, by takings? The rows counted per period
    are no answer to it (left unread: declined)."""
    if it.previous is not None and it.previous.measures:
        return False
    period = next((x for x in it.m[i + 1:i + 3] if x.kind == "ref" and x.refs and
                   all(r.kind == "column" and it.cat.is_time(r.table, r.column) for r in x.refs)), None)
    if period is None:
        return False
    return not any(x.kind == "kw" and x.kw and x.kw[0] in ("agg", "count") or
                   x.kind == "ref" and any(r.kind == "column" and it.cat.is_measure(r.table, r.column)
                                           for r in x.refs) for x in it.m)


def _names_its_rows(it, target) -> bool:
    """'customers' read as the table's label (cust_nm) or as its single key (cust_id): a word for
    the rows themselves."""
    return it.cat.label(target.ref.table) == target.ref.column or \
        it.cat.names_rows_by_their_key(target.ref, target.text)


def ties_at_the_top_of_a_year(it) -> None:
    """'which companies were founded most recently?' (no number said) over a year column: many rows
    share each year, so a cut at 10 would fall inside a tie; the rows of the latest (earliest) year
    are the answer, all of them, stated. 'whats the youngest company?' (one row, no number said)
    stays a ranking of one that shows every row tied with it."""
    r = it.r
    if r.measures or r.group or len(r.order) != 1 or r.order[0].kind != "col":
        return
    o = r.order[0]
    year = it.cat.column(*o.ref.split(".")).kind == "year" and \
        any(x.kind == "kw" and x.kw[0] == "rank" and x.text in TIME_RANKS for x in it.m)
    if r.limit == 1 and r.singular and year:
        r.ties = True
        r.assume(o.ref.split(".")[1], f"every row tied at the {'latest' if o.desc else 'earliest'} "
                                      f"{o.ref.split('.')[1]} is shown")
        return
    if r.limit != DEFAULT_TOP or r.singular:
        return
    if not year and not _on_the_top_value(it, o.ref):
        return
    r.filters = [f for f in r.filters if not (f.column == o.ref and f.kind == "null")]
    r.filters.append(Filter(o.ref, "=", ["max" if o.desc else "min"], kind="extreme"))
    r.order, r.limit = [], None
    r.assumptions = [a for a in r.assumptions if a.get("concept") != "how many"]
    word = ("latest" if o.desc else "earliest") if year else ("highest" if o.desc else "lowest")
    r.assume(o.ref.split(".")[1], f"every row of the {word} {o.ref.split('.')[1]}")


def _on_the_top_value(it, col: str) -> bool:
    """'which desks are on the top floor?': a superlative said of one column after a preposition
    ('on the top floor', 'in the highest grade') names one value of it — the rows that hold it."""
    toks = [t.text for t in it.tokens]
    for x in it.m:
        if x.kind != "kw" or x.kw[0] != "rank" or x.end >= len(toks) or x.start < 2:
            continue
        nxt = next((y for y in it.m if y.start == x.end), None)
        if nxt is not None and nxt.col == col and toks[x.start - 1] == "the" and \
                toks[x.start - 2] in ("on", "in", "at", "from") and not nxt.text.endswith("s"):
            return True
    return False


def _that_has_a_figure(it, when) -> None:
    """'What's the latest month that has earnings?': the date ranked is of the rows where the figure
    named after 'that has' / 'with' is known (not NULL), the figure shown beside it."""
    j = it.idx(when) + 1
    while j < len(it.m) and it.m[j].text in ("that", "which", "where", "has", "have", "had", "with", "any", "a", "an"):
        j += 1
    k = j
    if j > it.idx(when) + 1 and j + 1 < len(it.m) and _names_the_table_of(it.m[j], when):
        j += 1                      # 'with index earnings data': the earnings of the index table
    x = it.m[j] if j < len(it.m) else None
    if j == it.idx(when) + 1 or x is None or x.kind != "ref" or x.used or x.col is None or \
            not it.cat.is_measure(*x.col.split(".")) or x.ref.table != when.ref.table:
        return
    x.used = True
    for y in it.m[it.idx(when) + 1:j]:
        y.used = True
    if k < j and it.m[k].kind == "ref":
        it.m[k].used = True
    it.r.select.append(x.col)
    it.r.filters.append(Filter(x.col, "is not null", [], kind="null"))


def _names_the_table_of(x, when) -> bool:
    """A word naming the very table the ranked date is of ('index' before 'earnings')."""
    return x.kind == "ref" and x.ref is not None and x.ref.kind == "table" and x.ref.table == when.ref.table


def _earliest_first(word: str) -> bool:
    """Does a time superlative rank a date or year from its earliest ('the oldest', 'first added')?"""
    return word in ("oldest", "earliest", "least recently", "first added")


def _ranked_by(it, j: int) -> Order | None:
    """The order read from 'by <column>' right after a superlative (past its number and one table
    named between)."""
    m = it.m
    if j < len(m) and m[j].kind == "num" and m[j].used:
        j += 1                  # 'the oldest 3 companies by founding year'
    if j < len(m) and m[j].kind == "ref" and m[j].ref is not None and m[j].ref.kind == "table":
        j += 1
    if j + 2 < len(m) and m[j].kind == "kw" and m[j].text == "by" and m[j + 1].kind == "kw" and \
            m[j + 1].kw[0] == "agg" and m[j + 2].kind == "ref" and m[j + 2].col:
        return _ranked_by_its_aggregate(it, m[j + 2].col)
    if not (j + 1 < len(m) and m[j].kind == "kw" and m[j].text == "by" and m[j + 1].kind == "ref" and m[j + 1].col):
        return None
    found = [o for o in it.r.order if o.kind == "col" and o.ref == m[j + 1].col]
    return found[0] if len(found) == 1 and len(it.r.order) == 1 else None


def _ranked_by_its_aggregate(it, col: str) -> Order | None:
    """'top 5 customers by total invoiced': the aggregate read after 'by' is what ranks the rows
    named (never a default size, with the total computed over the first rows of that)."""
    found = [ix for ix, a in enumerate(it.r.measures) if a.column == col]
    if len(found) != 1 or it.r.order:
        return None
    it.r.order.append(Order("agg", found[0], True))
    return it.r.order[-1]


def _rows_of_a_flag_counted(it, target, desc: bool) -> bool:
    """'which department has the most markdowns?' where is_markdown is a yes/no column: the rows with
    the flag set, counted per group (never the share of rows that have it, nor its average); the
    word is a plural noun naming only that flag."""
    col = target.col
    if target.used or not col or not target.text.endswith("s") or target.text.endswith("ss") or \
            not it.cat.is_flag(*col.split(".")) or any(r.kind == "table" for r in target.refs) or \
            len({(r.table, r.column) for r in target.refs if r.kind == "column"}) != 1:
        return False
    yes = it.cat.flag_values(*col.split("."))[0]
    target.used = True
    it.r.entity = it.r.entity or col.split(".")[0]
    it.r.filters.append(Filter(col, "=", [yes]))
    it.r.measures.append(Agg("count"))
    it.r.order.append(Order("agg", len(it.r.measures) - 1, desc))
    it.r.assume(f"'{target.text}'", f"the {col.split('.')[0]} rows with {col.split('.')[1]} = {yes!r}, counted")
    return True


def _groups_ranked(it) -> bool:
    """'which month …', 'which supplier …': the things ranked are periods or kinds (a date or a text
    column named, or a time unit), not the rows of a table ('the cheapest inn')."""
    refs = [x for x in it.m if x.kind == "ref" and x.ref is not None]
    return any(x.kind == "kw" and x.kw[0] == "grain" for x in it.m) or any(
        x.col and (it.cat.is_time(*x.col.split(".")) or it.cat.is_dimension(*x.col.split("."))) for x in refs)


def _ranked_by_money_spent(it, word: str) -> bool:
    """'which was the most expensive month?' with no price column: the groups are ranked by the
    total of the one money column of the tables in play (what was spent in each), stated — never by
    how many rows they have. With no or several money columns, False (declined)."""
    tables = it._tables_in_play()
    money = [f"{t}.{c}" for t, c in it.cat.role_columns("money") if t in tables]
    prev = it.previous
    if prev is not None and prev.group and len(prev.measures) == 1 and prev.measures[0].func == "sum" and \
            (prev.measures[0].column or "") in {f"{t}.{c}" for t, c in it.cat.role_columns("money")}:
        it.r.rank_dir = "asc" if word in ("cheapest", "least expensive") else "desc"
        return True             # 'the most expensive month' after the spend per month: that figure ranked
    if len(money) != 1:
        return False
    it.r.measures.append(Agg("sum", money[0]))
    it.r.order.append(Order("agg", len(it.r.measures) - 1, word not in ("cheapest", "least expensive")))
    it.r.assume(money[0].split(".")[1], f"'{word}' is ranked by the total {money[0].split('.')[1]}")
    return True


def _groups_priced_two_ways(it, word: str, price: str) -> None:
    """'which sector is cheapest?' where each row has a price and a valuation ratio (P/E, price to
    book): a group is cheap by its ratios as well as by its prices, and the question does not say
    which (declined, naming both). A single row ('the cheapest stock') is cheap by its price."""
    if not _groups_ranked(it) or any(x.kind == "ref" and x.col == price and x.text != word for x in it.m):
        return
    tables = dict.fromkeys([price.split(".")[0], *it._tables_in_play()])
    ratios = [f"{t}.{c}" for t in tables for c in it.cat.tables[t].columns
              if f"{t}.{c}" != price and it.cat.is_measure(t, c) and _is_valuation_ratio(it.cat.name_words_of(c))]
    if ratios:
        raise CannotAnswer(f"'{word}' of groups may rank them by {price.split('.')[1]} or by a valuation ratio "
                           f"({', '.join(c.split('.')[1] for c in ratios[:3])}): name the measure", [word])


def _is_valuation_ratio(words: list[str]) -> bool:
    """pe_ratio, price_to_book, PriceEarnings, peg: a price set against earnings, sales or book value."""
    return bool({"pe", "pb", "ps", "peg"} & set(words)) or \
        "price" in words and bool({"earnings", "book", "sales", "to", "ratio"} & set(words))


def price_column(it) -> str | None:
    """What 'cheapest' ranks by: a price or cost column of the tables in play."""
    for t in it._tables_in_play() + sorted(it.cat.tables):
        for c in it.cat.tables[t].columns:
            if it.cat.is_measure(t, c) and any(w in c.lower() for w in ("price", "cost", "fee", "fare")):
                return f"{t}.{c}"
    return None


def time_rank_column(it, pos: int) -> str | None:
    """The date a time superlative ranks by: a date or year column named in the question,
    else the one of the tables in play (a founding or creation date first)."""
    named = [x for x in it.m if x.kind == "ref" and x.col and it.cat.is_time(*x.col.split("."))]
    if named:
        best = min(named, key=lambda x: abs(it.idx(x) - pos))
        best.used = True
        return best.col
    joined = _date_of_joining_a_set(it, pos)
    if joined is not None:
        return joined
    for t in it._tables_in_play():
        cols = it.cat.time_columns(t)
        origin = [c for c in cols if any(w in c.lower() for w in ("found", "establish", "creat", "born",
                                                                  "birth", "start", "open", "built"))]
        pick = origin or cols
        if pick:
            it.r.assume("time ranking", f"ranked by {t}.{pick[0]}")
            return f"{t}.{pick[0]}"
    return None


# words of a date column saying when a row joined the set the table lists ('date_added', 'joined_on')
_NEWEST_WORDS = ("newest", "latest", "most recent", "most recently")
_JOINING_WORDS = ("add", "join", "enter", "admit", "listed", "listing", "enrol", "member", "inclu")


def _date_of_joining_a_set(it, pos: int) -> str | None:
    """'the five newest companies in the S&P 500', 'the latest members in the club': newest rows
    *in* the set their table lists are the ones that joined it last — the table's one date of
    joining ('date_added'), never when each was founded (the counterpart of 'been in the index the
    longest'). The set is said after 'in' and is no value or column of the rows themselves. ('the
    oldest company in the S&P 500' is the one founded first: age, not membership.)"""
    m = it.m
    if m[pos].text not in _NEWEST_WORDS:
        return None
    rows = next((x for x in m[pos + 1:pos + 3] if x.kind == "ref" and x.ref is not None and x.ref.kind == "table"),
                None)
    if rows is None:
        return None
    j = m.index(rows) + 1
    if j >= len(m) or m[j].text != "in":
        return None
    j += 1 if j + 1 < len(m) and m[j + 1].text == "the" else 0
    if j + 1 >= len(m):
        return None
    t, what = rows.ref.table, m[j + 1]
    if what.kind == "value" or what.kind == "ref" and any(r.table == t for r in what.refs or []) or \
            what.kind not in ("ref", "word", "skip"):
        return None
    cols = [c for c in it.cat.time_columns(t) if any(w in c.lower() for w in _JOINING_WORDS)]
    if len(cols) != 1:
        return None
    what.used = True
    if what.kind == "ref":
        what.kind, what.refs, what.ref = "skip", [], None
    it.r.assume(m[pos].text, f"the {rows.text} that joined {what.text} last: ranked by {t}.{cols[0]}")
    return f"{t}.{cols[0]}"


def age_column(it) -> tuple[str, bool] | None:
    """(column, is_birth_date) that 'youngest'/'oldest' ranks by, in the tables in play."""
    for t in it._tables_in_play():
        for c in it.cat.tables[t].columns:
            low = c.lower()
            if low == "age" or low.endswith("_age"):
                return f"{t}.{c}", False
            if "birth" in low or low in ("dob", "born"):
                return f"{t}.{c}", True
    return None


def head_table(it, pos: int) -> str | None:
    """The table named before position `pos` ('which singers …')."""
    for x in it.m[:pos]:
        if x.kind == "ref" and x.ref is not None and x.ref.kind == "table":
            return x.ref.table
    return None


def _people_of(it, counted: str) -> str | None:
    """'Who has the most pets?': the one table of people (first and last names) whose rows the
    counted rows belong to, directly or through a link table."""
    if not it.tokens or it.tokens[0].text != "who":
        return None
    people = [t for t in sorted(it.cat.tables) if t != counted and it.cat._person_names(t) and
              it.cat.join_path(t, counted) and it.cat.fans_out(t, counted)]
    shown = [t for t in people if it.previous is not None and t in it.previous.tables()]
    return (shown or people)[0] if len(shown or people) == 1 else None


def _count_named_rows_per_head(it, i: int, target, desc: bool) -> bool:
    t = target.ref.table
    head = head_table(it, i)
    pk = it.cat.tables[t].primary_key
    if head is None or head == t or len(pk) != 1 or not it.cat.fans_out(head, t) or \
            any(a.func == "count" for a in it.r.measures):
        return False
    target.used = True
    it.r.entity = it.r.entity or head
    it.r.measures.append(Agg("count", f"{t}.{pk[0]}", distinct=True))
    it.r.order.append(Order("agg", len(it.r.measures) - 1, desc))
    return True


def _rows_counted_per_person(it, pos: int, times, desc: bool) -> bool:
    """'Who has been awarded a bonus the most times?': 'the most times' (or 'most often') counts
    the rows of the table the words before it name, per person; never the largest value. The
    columns named (the bonus, its 'awarded' date) say which rows those are."""
    named = [x for x in it.m[:pos] if x.kind == "ref" and x.ref is not None and not x.used]
    tables = {x.ref.table for x in named if x.ref.kind == "column"}
    if len(tables) != 1 or any(x.ref.kind == "table" and x.ref.table not in tables for x in named):
        return False
    t = tables.pop()
    head = head_table(it, pos) or _people_of(it, t) or _one_parent_asked_by_who(it, t)
    pk = it.cat.tables[t].primary_key
    if head is None or head == t or not pk or not it.cat.join_path(head, t) or not it.cat.fans_out(head, t):
        return False
    for x in named + [times]:
        x.used = True
    times.kind, times.refs, times.ref = "word", [], None
    r = it.r
    r.entity = r.entity or head
    r.measures.append(Agg("count", f"{t}.{pk[0]}", distinct=True) if len(pk) == 1 else Agg("count", f"{t}.{pk[-1]}"))
    for x in named:                 # 'a bonus': the rows that have one
        if it.cat.is_measure(x.ref.table, x.ref.column) and not it.cat.is_time(x.ref.table, x.ref.column):
            r.filters.append(Filter(x.col, "is not null", [], kind="null"))
    r.order.append(Order("agg", len(r.measures) - 1, desc))
    r.assume("times", f"the number of {t.replace('_', ' ')} rows of each")
    return True


def _one_parent_asked_by_who(it, t: str) -> str | None:
    """'Who …' of rows of `t`: the one table `t` points at (its rows are each that one's)."""
    if not it.tokens or it.tokens[0].text != "who":
        return None
    parents = {fk.ref_table for fk in it.cat.foreign_keys if fk.table == t}
    return parents.pop() if len(parents) == 1 else None


def _events_of_a_date_counted(it, i: int, target, desc: bool) -> bool:
    """'which city has had the most cancellations?' where cancellations are a date (cancelled_on):
    'the most' of a plural noun naming an event's date counts the rows it is set in, for each value
    of the category named before — never the latest date."""
    col = target.col
    if target.ref.kind != "column" or not col or not it.cat.is_time(*col.split(".")) or \
            not target.text.endswith("s") or target.text.endswith("ss") or \
            not it.cat.column(*col.split(".")).nullable:
        return False
    g = _group_before(it, i)
    if g is None or not it.cat.connected(g.ref.table, target.ref.table) or \
            it.cat.fans_out(target.ref.table, g.ref.table):
        return False
    target.used = True
    if not any(f.column == col and f.op == "is not null" for f in it.r.filters):
        it.r.filters.append(Filter(col, "is not null", [], kind="value"))
    it.r.measures.append(Agg("count"))
    it.r.order.append(Order("agg", len(it.r.measures) - 1, desc))
    return True


def _group_before(it, pos: int):
    """'which state has the most …': the one category column named before `pos`, no table."""
    refs = [x for x in it.m[:pos] if x.kind == "ref" and x.ref is not None]
    if len(refs) == 1 and refs[0].ref.kind == "column" and it.cat.is_dimension(refs[0].ref.table, refs[0].ref.column):
        return refs[0]
    return None


def _same_thing(a: str, b: str) -> bool:
    """Two columns of one thing: the same column, or names that begin with the same word
    (hq_city, hq_region; ShipCity, ShipCountry)."""
    first = lambda n: re.split(r"_|(?<=[a-z])(?=[A-Z])", n)[0].lower()  # noqa: E731
    return a == b or (first(a) == first(b) and first(a) not in (a.lower(), b.lower()))


def _and_when(it) -> bool:
    """'…, and when?': the question also asks for the date of the value."""
    toks = [t.text for t in it.tokens]
    return any(t == "when" and i > 0 and toks[i - 1] in ("and", ",") for i, t in enumerate(toks))


def _picks_one_of_the_rows_shown(it, i: int) -> bool:
    """'what's the cheapest of them?' after a listing: a superlative that names its measure itself
    ('cheapest' → a price), said of the rows shown, picks one of those rows, not its price."""
    if it.previous is None or it.previous.measures or it.previous.group:
        return False
    role = i + 1 < len(it.m) and it.m[i + 1].start == it.m[i].start and it.m[i + 1].kind == "ref"
    j = i + 2 if role else i + 1
    if not role or j >= len(it.m):
        return False
    x = it.m[j]
    if x.kind == "word" and x.text in ("among", "amongst") and j + 1 < len(it.m):
        x = it.m[j + 1]
    return x.kind == "kw" and x.kw[0] == "anaphora" and x.text.split()[-1] in ("them", "those", "these")


def asks_for_value(it) -> bool:
    """A 'what is the highest X' question with no entity to list and no grouping ('highest P/E in
    the index?' asks for the row in that place that has it)."""
    if it.rows_placed:
        return False
    first = it.tokens[0].text if it.tokens else ""
    lead = next((x for x in it.m if x.text not in ("the", "a", "an")), None)
    starts_with_rank = lead is not None and lead.kind == "kw" and lead.kw[0] == "rank" and it.previous is None
    if first not in ("what", "whats", "how", "tell", "give", "find", "get") and not starts_with_rank:
        return False
    one = len(it.tokens) > 1 and it.tokens[1].text in ("is", "was")
    for i, x in enumerate(it.m):
        if x.kind == "ref" and x.ref is not None and x.ref.kind == "table":
            # "what is the highest life expectancy of countries in Europe?" is still one value
            if not (one and i > 0 and it.m[i - 1].text in ("of", "among", "across", "for")):
                return False
    if any(x.kind == "kw" and x.kw[0] in ("group", "grain") for x in it.m):
        return False
    return not any(x.kind == "ref" and x.col and (it.cat.is_dimension(*x.col.split(".")) or
                                                   x.col.endswith("." + it.cat.label(x.ref.table)))
                   for x in it.m)


# ('do'/'does' is no verb of the noun: 'which town do most owners live in?' agrees with 'owners')
SINGULAR_VERBS = {"has", "is", "was"}
PLURAL_VERBS = {"have", "are", "were"}


# ('who's been with us longest?', 'worked here the longest': a few words after the verb, 'the' or not)
# ('been in the S&P 500 the longest': a name of a few words, '&' and digits in it)
_LONGEST_SINCE = re.compile(r"\blongest[- ]?(serving|standing|tenured)\b|"
                            r"\b(been|served|worked|stayed) (?!an? )\w+( [\w&.'-]+){0,3} (the )?longest\b")


def two_figures_set_against_ranked(it) -> None:
    """'price vs 52w high, bottom 10': two figures of the same rows set against each other and
    ranked rank by how one stands to the other (a ratio or a difference, not said), never by the
    first alone; the engine ranks by no such pair: declined, naming the words."""
    m = it.m
    if not any(x.kind == "kw" and x.kw and x.kw[0] in ("rank", "sortword", "direction") for x in m):
        return

    def tables(x) -> set[str]:
        return {r.table for r in x.refs or [] if r.kind == "column" and it.cat.is_measure(r.table, r.column)} \
            if x.kind == "ref" else set()
    for i in range(1, len(m) - 1):
        a, v, b = m[i - 1], m[i], m[i + 1]
        if v.kind == "word" and v.text in VERSUS_WORDS | {"against"} and tables(a) & tables(b) and \
                not (i > 1 and m[i - 2].kind == "kw" and m[i - 2].kw and m[i - 2].kw[0] == "agg"):
            said = f"{a.text} {v.text} {b.text}"
            raise CannotAnswer(f"'{said}' sets two figures of the same rows against each other; ranked, that is "
                               "how one stands to the other (a ratio or a difference), which is not said; ask for "
                               "the ratio by name", [said])


def longest_since_a_date(it) -> None:
    """'Who is our longest-serving driver?', 'who's been qualified the longest?': the time since a
    date of each row's own, never a length, a distance or a sum of another table's figures; which
    date is not said, so declined naming the word."""
    found = _LONGEST_SINCE.search(it.question.lower())
    if found and not _since_the_one_date_of_the_rows_named(it):
        raise CannotAnswer("'longest' here is the time since a date (a start, a qualification), not a length; "
                           "ask for the earliest date by name", ["longest"])


def _since_the_one_date_of_the_rows_named(it) -> bool:
    """'which driver has been with us the longest?': the rows named before the verb, when their
    table has one date (when each started), ranked by it, earliest first (marks the words)."""
    m = it.m
    verb = next((i for i, t in enumerate(it.tokens) if t.text in ("been", "served", "worked", "stayed")), 0)
    nouns = [y for y in m if y.kind == "ref" and y.ref is not None and y.ref.kind == "table" and y.start < verb]
    said = [y for y in m if y.text == "longest"]
    if len(nouns) != 1 or len(said) < 1 or len({y.start for y in said}) != 1:
        return False
    t = nouns[0].ref.table
    since = [c for c in it.cat.time_columns(t) if it.cat.column(t, c).kind == "date"]
    if len(since) != 1:
        return False
    ranked = [y for y in said if y.kind == "kw" and y.kw[0] == "rank"]
    role = [y for y in said if y not in ranked and y.kind in ("ref", "apart", "skip", "word")]
    if len(ranked) > 1 or len(role) != 1:
        return False
    if not ranked:
        # no duration in the data ('longest' left a word, or another table's column): the ranking
        # word and the date it ranks by, every row tied at the earliest date shown; said of one row
        # ('which company has been …'), as 'how many' of several is not said (declined)
        if verb < 1 or it.tokens[verb - 1].text not in SINGULAR_VERBS:
            return False
        k = Mention(role[0].start, role[0].end, "kw", "longest", kw=("rank", "asc"))
        it.m.insert(it.idx(role[0]), k)
        it.r.ties = True
    else:
        ranked[0].kw = ("rank", "asc")
    role[0].kind, role[0].used = "ref", False
    role[0].ref = Ref("column", t, since[0], 2)
    role[0].refs = [role[0].ref]
    it.r.assume("longest", f"the {nouns[0].text} with the earliest {since[0]}: how long each has been with us")
    return True


def _verb_agrees_with_a_pronoun(tokens, k: int) -> bool:
    """'which dish have we served at the most events?': the auxiliary at k has its own subject."""
    return k + 1 < len(tokens) and tokens[k + 1].text in SUBJECT_PRONOUNS


_PICK_DIRECTION = {"higher": "desc", "larger": "desc", "bigger": "desc", "greater": "desc", "lower": "asc",
                   "smaller": "asc"}


def a_choice_between_rows_named(m: list) -> bool:
    """'Apple or Microsoft: which has the higher P/E?': the question opens with two or more values of
    one column joined by 'or', then 'which' and a column of its own, and points at nothing earlier
    (no 'them', 'those', 'and'): a question of its own whatever was asked before."""
    lead = [x for x in m if x.text not in (":", ",")]
    i, cols = 0, None
    while i < len(lead) and lead[i].kind == "value":
        mine = {(v.table, v.column) for v in lead[i].values}
        cols = mine if cols is None else cols & mine
        if i + 1 < len(lead) and lead[i + 1].text == "or":
            i += 2
            continue
        i += 1
        break
    named = sum(x.kind == "value" for x in lead[:i])
    rest = lead[i:]
    return named >= 2 and bool(cols) and bool(rest) and rest[0].text == "which" and \
        any(x.kind == "ref" for x in rest) and \
        not any(x.kind == "kw" and x.kw[:1] in (("anaphora",), ("connective",)) for x in m)


def the_higher_of_the_rows_named(it) -> None:
    """'Coca-Cola or PepsiCo: which one has the higher dividend yield?': in a question of its own
    that names two or more rows, 'the higher' picks the top of them, as 'the highest' would."""
    if sum(x.kind == "value" for x in it.m) < 2 or (it.previous is not None and not a_choice_between_rows_named(it.m)):
        return
    for i, x in enumerate(it.m[1:], 1):
        if x.kind == "word" and x.text in _PICK_DIRECTION and it.m[i - 1].text == "the" and \
                (i + 1 >= len(it.m) or it.m[i + 1].text != "than"):
            x.kind, x.kw = "kw", ("rank", _PICK_DIRECTION[x.text])


_WHEN_WAS = re.compile(r"^when (was|were|is|are|did|do|does|had|has|have)\b")
_AFTER_THE_EXTREME = {"?", ".", "!", ",", "in", "since", "during", "before", "after", "between", "from", "ever",
                      "overall", "of all time", "on record"}


def _when_a_level_was_at_its_extreme(it, pos: int) -> bool:
    """'when were interest rates the highest?', 'when was unemployment lowest?': 'when' asks for the
    one moment a level said before the ranking word was at its extreme, whatever the noun's number
    (a noun after the ranking word is ranked itself: 'when were the highest rates recorded?')."""
    if not _WHEN_WAS.match(it.question.lower()) or it.m[pos].text in AMOUNT_RANKS:
        return False
    nxt = it.m[pos + 1] if pos + 1 < len(it.m) else None
    before = [x for x in it.m[:pos] if x.kind == "ref"]
    return (nxt is None or nxt.text in _AFTER_THE_EXTREME or nxt.kind in ("num", "date")) and bool(before)


# Units of time one of which 'which year …', 'the busiest hour' asks for; the periods among them
# ('which month of 2024 was busiest by …') group rows together.
_PERIOD_UNITS = ("year", "month", "day", "week", "decade", "quarter")
_SINGLE_UNITS = _PERIOD_UNITS + ("hour", "date")
_WHICH_UNIT = re.compile(rf"(in )?(which|what) ({'|'.join(_SINGLE_UNITS)})\b")
_WHICH_PERIOD = re.compile(rf"(in )?(which|what) ({'|'.join(_PERIOD_UNITS)})\b")


# 'which facilitator's groups', 'what company's shares': the one owner asked for, whatever the number
# of the things it owns (an owner in the plural, "which companies' shares", is several)
_WHICH_OWNER = re.compile(r"\b(which|what) [a-z]+['\u2019]s [a-z]+")


def limit_for_rank(it, n: int | None, pos: int) -> None:
    r = it.r
    prev = None if a_choice_between_rows_named(it.m) else it.previous     # a question of its own
    if n is not None:
        r.limit = n
        return
    if any(x.kind == "kw" and x.kw[0] == "rank" and x.text in ONE_MOMENT_RANKS for x in it.m):
        r.limit, r.singular = 1, True       # 'when did long rates peak?': one moment
        return
    if _when_a_level_was_at_its_extreme(it, pos):
        r.limit, r.singular = 1, True       # 'when were interest rates the highest?': one moment
        return
    if re.search(r"\b(which|what|who) (one|single)\b", it.question.lower()) or \
            re.search(r"\b(which|who|what)('s| is| was) the\b", it.question.lower()) or \
            _WHICH_UNIT.match(it.question.lower()):
        r.limit, r.singular = 1, True       # 'which year did the most restaurants open?': one year
        return
    if _WHICH_OWNER.search(it.question.lower()):
        r.limit, r.singular = 1, True       # "which facilitator's groups have the most …?": one facilitator
        return
    if pos + 1 < len(it.m) and it.m[pos + 1].text in _SINGLE_UNITS and it.m[pos + 1].used:
        r.limit, r.singular = 1, True       # 'busiest hour for stays': one hour, whatever rows are counted
        return
    for j, x in enumerate(it.m[:pos]):        # "which 3 sectors have the highest …"
        if x.kind == "num" and not x.used and not _is_year(x) and j + 1 < len(it.m) \
                and (it.m[j + 1].kind == "ref" or (j > 0 and it.m[j - 1].text in ("which", "what"))) \
                and x.number == int(x.number) and x.number > 0:       # … or "which 3 are the highest?"
            x.used = True
            r.limit = int(x.number)
            return
    if re.search(r"\b(which|what) (one )?(of|among) (them|those|these|the)( \w+){0,3}? (is|was|has|had|does)\b",
                 it.question.lower()):
        r.limit, r.singular = 1, True       # 'which of those years has the highest …?': the verb says one
        return
    if re.search(r"\b(which|who) (one )?(of|among) them \w+[^\Wsiu]s\b", it.question.lower()):
        # 'which of them pays the highest …?': the verb after 'them' says one ('those' may be a
        # determiner: 'which of those cities have …')
        r.limit, r.singular = 1, True
        return
    if re.search(r"(^|[,;:] )(of|among) .*[,;:] (which|who) (is|was|has|had|does|did)\b", it.question.lower()):
        r.limit, r.singular = 1, True       # 'of all the companies yielding over 5 %, which has the lowest P/E?'
        return
    if re.match(r"who (is|was|has|had)\b", it.question.lower()) and not any(x.kind == "ref" for x in it.m[:pos]):
        r.limit, r.singular = 1, True       # 'who has the most pets?': one person
        return
    # "which sector has the most" -> one; "which companies have the highest" -> several
    if prev is not None and prev.limit is None and not any(x.kind == "ref" for x in it.m[:pos]) and \
            re.match(r"(who|which|what)( one| of (them|those|these))? (is|was|has|had)\b", it.question.lower()):
        r.limit, r.singular = 1, True   # "which of them has the most companies?": one of the previous rows
        return
    head = next((x for x in it.m[:pos] if x.kind == "ref"), None) or \
        next((x for x in it.m[pos:] if x.kind == "ref" and x.ref is not None and x.ref.kind == "table"), None)
    j = pos - 1
    while j > 0 and it.m[j].text in ("with", "the", "that", "has", "have", "had", "having", "which", "who"):
        j -= 1
    if j < pos - 1 and it.m[j].kind == "ref" and it.m[j].ref is not None and not it.m[j].used and \
            not (head is not None and it.m[j].col and it.cat.is_measure(*it.m[j].col.split("."))):
        # "… in the sector with the most companies": the noun just before ('which role earns the
        # least': 'earns' is the measure's verb, the role is the head)
        head = it.m[j]
    if head is None and prev is not None:
        nxt = pos + 2 if pos + 1 < len(it.m) and it.m[pos + 1].start == it.m[pos].start else pos + 1
        if pos > 1 and it.m[pos - 1].text == "the" and (
                nxt < len(it.m) and it.m[nxt].text.split()[0] in ("of", "among", "amongst") or
                it.m[pos - 2].text in ("is", "was")):
            # "the biggest of the Irish ones", "the oldest among them", "of those, which is the
            # heaviest?", "what's the cheapest by price to sales?": one row
            r.limit, r.singular = 1, True
            return
        if re.search(r"\bones\b", it.question.lower()):
            return                  # "which ones have the highest …?": several rows, ranked
        q = it.question.lower()
        if prev.limit is None and (not re.search(r"\b(all|them|those|sort|order)\b", q) or
                                            re.match(r"(who|which|what)( one| (of|among|amongst) (them|those|these))? "
                                                     r"(is|was|has|had)\b", q)):
            r.limit, r.singular = 1, True   # "what was the lowest?", "who is the oldest among them?": one row
        return                      # "and the lowest?" after a top 5 keeps the 5
    if head is not None and head.ref is not None:
        tok = it.tokens[head.end - 1]
        verb = it.tokens[head.end].text if head.end < len(it.tokens) else ""
        if _verb_agrees_with_a_pronoun(it.tokens, head.end):
            verb = ""       # 'which dish have we served …': 'have' agrees with 'we'; the noun's number counts
        # 'which of those years has the highest …?': the verb's number says one row, whatever the noun's
        one = not tok.text.endswith("s") or tok.text.endswith(("ss", "us", "is"))    # status, analysis
        # ('which sector have the most?': a singular noun after 'which' asks for one, the verb a slip)
        r.singular = verb in SINGULAR_VERBS or one and (verb not in PLURAL_VERBS or it.m[0].text == "which")
    else:
        r.singular = True
    if not r.singular and _groups_named(it, head):
        r.all_groups = True
        return      # 'which sectors are biggest by total market cap?': every sector, ranked (no cut)
    r.limit = 1 if r.singular else DEFAULT_TOP
    if not r.singular:
        # a cut no one asked for may fall inside a tie: said, so that rows left out are not hidden
        r.assume("how many", f"showing {DEFAULT_TOP} rows (no number was given); rows tied with the "
                             f"{DEFAULT_TOP}th may be left out — ask for 'all' or a number to see more")


def _groups_named(it, head) -> bool:
    """The plural noun ranked names the values of a category or a time column (sectors, months):
    groups, a short list shown whole, not rows of a table cut at a default number."""
    return head is not None and head.ref is not None and head.ref.kind == "column" and \
        len({(x.table, x.column) for x in head.refs}) == 1 and \
        (it.cat.is_dimension(head.ref.table, head.ref.column) or it.cat.is_time(head.ref.table, head.ref.column))


def from_one_end_to_the_other(it) -> None:
    """'the optometrists from best paid to worst paid', 'from highest rated to lowest rated': two
    superlatives of opposite directions joined by 'from … to …' say the order of the whole list
    (the first one's direction), never a ranking cut at some number."""
    toks = [t.text for t in it.tokens]
    ranks = [x for x in it.m if x.kind == "kw" and x.kw and x.kw[0] == "rank" and x.kw[1] in ("asc", "desc")]
    for a, b in zip(ranks, ranks[1:]):
        if a.kw[1] == b.kw[1] or a.start == 0 or toks[a.start - 1] != "from" or toks[b.start - 1] != "to":
            continue
        between = [x for x in it.m[it.idx(a) + 1:it.idx(b)] if x.start != b.start - 1]     # (not 'to')
        after = it.m[it.idx(b) + 1:it.idx(b) + 1 + len(between)]
        if between and [x.text for x in after] != [x.text for x in between]:
            continue                        # ('from best paid to worst paid': the same words after each)
        if not between and {a.text, b.text} & AMOUNT_RANKS:
            # 'from most to fewest appointments': an order of every group by a count, which the
            # ranking of 'most' would cut at some number; declined rather than cut
            raise CannotAnswer(f"'from {a.text} to {b.text}' orders every group by a count, which the engine "
                               "does not build; ask for the number of … per …, highest first",
                               [f"from {a.text} to {b.text}"])
        # ('from highest to lowest average P/E': the words after the second say what both rank by)
        a.kw = ("direction", a.kw[1])
        for x in [b, *after, *(y for y in it.m if y.start in (a.start - 1, b.start - 1))]:
            x.used, x.kind, x.refs, x.ref = True, "skip", [], None


def period_judged_by_its_average_level(plan, reading, cat) -> None:
    """'What was the worst year for the S&P 500?' over a series (one row per month): how good or
    bad a period was for a level of the series (an index, a price, a ratio: averaged, never added
    up) is how it changed over the period, not where it stood on average; the engine has no rule
    for the change within each period, so periods ranked by their average level are declined,
    naming the word. Said as an average ('the year with the lowest average level') it is
    answered; many rows in each period (ratings of reviews) are averaged as before."""
    said = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "rank" and x.text in QUALITY_RANKS]
    if not said or any(x.kind == "kw" and x.kw[:2] == ("agg", "avg") for x in reading.mentions):
        return
    periods = [d for d in plan.group if _one_row_each(cat, d.column)]
    ranked = [plan.measures[o.ref] for o in plan.order if o.kind == "agg" and o.ref < len(plan.measures)]
    levels = [m.column.split(".")[1] for m in ranked if m.func == "avg" and m.column and
              any(m.column.split(".")[0] == d.column.split(".")[0] for d in periods)]
    if periods and levels:
        period, level = periods[0].grain or periods[0].column.split(".")[1], levels[0]
        raise CannotAnswer(f"'{said[0]}' {period} for {level} is how {level} changed over the {period}, not its "
                           f"average level, and the engine has no rule for that change; ask for the {period} with "
                           f"the lowest or highest average {level} if that is what is meant", said[:1])


def _one_row_each(cat, column: str) -> bool:
    """A date column of a series: the table's key, or monthly dates each in one row only (monthly
    index data), so a measure beside it is the series' level at that date, not one of many rows of
    the period (timestamps of events that happen to differ are no series)."""
    t, c = column.split(".")
    col, rows = cat.column(t, c), cat.tables[t].row_count
    if col.kind != "date":
        return False
    return cat.tables[t].primary_key == [c] or (col.profile.grain == "month" and bool(rows) and
                                                 col.profile.distinct == rows)
