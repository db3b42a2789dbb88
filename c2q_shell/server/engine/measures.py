"""The measures family: ratios of measures and of aggregates, and the change (or percent
change) of a measure between two periods. Readers take the interpreter's mentions and add
typed measures to the Reading; they mark every word they use so the ledger can account for it."""
from __future__ import annotations

import re
from dataclasses import replace

from . import dates, shares
from .catalog import Ref
from .errors import CannotAnswer
from .ledger import is_link_verb
from .plan import Agg, Dim, Filter, Order
from .text import MONTHS
from .vocab import (
    AMOUNT_RANKS,
    CAPACITY_NAMES,
    CHARGE_NAMES,
    CURRENCY_WORDS,
    INCOME_WORDS,
    OUTGO_NAMES,
    money_verb_at,
)

_JOIN = {"to", "over", "and", "divided", "versus", "vs"}
_AGG_FUNCS = {"avg", "sum", "max", "min"}


def _measure_at(it, j: int):
    """(aggregate word, column mention, next index) for 'total EBITDA' / 'market cap' at j."""
    m, cat = it.m, it.cat
    func = None
    agg_kw = None
    if j < len(m) and m[j].kind == "word" and m[j].text == "the":
        j += 1
    if j < len(m) and m[j].kind == "kw" and m[j].kw[0] == "agg" and m[j].kw[1] in _AGG_FUNCS:
        func, agg_kw = m[j].kw[1], m[j]
        j += 1
    if j < len(m) and m[j].kind == "ref" and m[j].col and cat.is_measure(*m[j].col.split(".")):
        return func, agg_kw, m[j], j + 1
    return None


def read_ratios(it) -> None:
    """'ratio of total EBITDA to total market cap', 'EBITDA to market cap ratio',
    'price divided by EPS': one measure, numerator over denominator."""
    m = it.m
    for i, x in enumerate(m):
        if x.text not in ("ratio", "ratios") or x.used:
            continue
        found = None
        if i + 1 < len(m) and m[i + 1].text in ("of", "between"):
            found = _pair(it, i + 2)
            words = [x, m[i + 1]]
        else:                                   # 'EBITDA to market cap ratio'
            for start in range(max(0, i - 6), i):
                found = _pair(it, start)
                if found is not None and found[-1] == i:
                    break
                found = None
            words = [x]
        if found is None:
            continue
        (f1, k1, num), join, (f2, k2, den), _end = found
        for w in words + [k for k in (k1, k2, num, den, join) if k is not None]:
            w.used = True
        x.kind, x.refs, x.ref = "word", [], None       # 'ratio' is the operation, not a '…_ratio' column
        func = f1 or f2
        it.r.measures.append(Agg("ratio", num.col, other=den.col, of=func))
        _sorted_by_ratio(it, min(i, it.m.index(k1 or num)))
    for i, x in enumerate(m):                     # 'price divided by EPS'
        if x.text == "divided" and not x.used and i + 1 < len(m) and m[i + 1].text == "by" and i > 0:
            back = _measure_at(it, i - 1) or (_measure_at(it, i - 2) if i > 1 else None)
            after = _measure_at(it, i + 2)
            if back is None or after is None:
                continue
            for w in (x, m[i + 1], back[1], back[2], after[1], after[2]):
                if w is not None:
                    w.used = True
            x.kind, x.refs, x.ref = "word", [], None
            it.r.measures.append(Agg("ratio", back[2].col, other=after[2].col, of=back[0] or after[0]))
            _sorted_by_ratio(it, it.m.index(back[1] or back[2]))
    _slashed_ratios(it)
    for i, x in enumerate(m):                     # 'rank them by market cap to EBITDA'
        if x.kind == "kw" and x.text == "by" and not x.used and _sorted_by_ratio(it, i + 1, check=True):
            found = _pair(it, i + 1)
            if found is None or found[1].text != "to":
                continue
            (f1, k1, num), join, (f2, k2, den), _end = found
            for w in (join, k1, k2, num, den):
                if w is not None:
                    w.used = True
            it.r.measures.append(Agg("ratio", num.col, other=den.col, of=f1 or f2))
            _sorted_by_ratio(it, i + 1)


_RETURN_NAMES = {"roas"}
_ON_WORDS = {"ad", "ads", "advertising", "marketing", "media", "the", "our", "total"}


def return_on_spend(it) -> None:
    """'the return on ad spend for each channel', 'ROAS by campaign': the total of the money that
    came in over the total of the money spent (a ratio of sums), never the spend alone. The money
    spent is the column named after 'return on' (or the table's one cost column for 'ROAS'); the
    money in is the one income column (revenue, sales) beside it. When either is not plain, the
    words are left unread (declined, naming them): 'return on investment' says no columns. 'ROI'
    ((income - spend) / spend) is read only to rank rows ('the best ROI'), where that order is the
    same; its figure alone is declined."""
    m = it.m
    for i, x in enumerate(m):
        if x.used or x.kind not in ("word", "kw"):
            continue
        if x.text == "return" and i + 1 < len(m) and m[i + 1].text == "on":
            words, cols = _return_on_what(it, i)
        elif x.text in _RETURN_NAMES:
            words, cols = [x], _money_in_and_out(it.cat, None)
        elif x.text == "roi" and _rank_before(it, i) is not None:
            # 'the best ROI': (income - spend) / spend ranks the rows as income / spend does
            words, cols = [x], _money_in_and_out(it.cat, None)
        else:
            continue
        if cols is None:
            for w in words:
                w.kind, w.kw, w.lacking = "word", (), True      # never filler: declined, naming them
            continue
        for w in words:
            w.used, w.kind, w.kw, w.refs, w.ref = True, "word", (), [], None
        num, den = cols
        it.r.measures.append(Agg("ratio", num, other=den, of="sum"))
        _ranked_by_the_return(it, i)
        it.r.assume("return", f"the return on {den.split('.')[1]}: the total of {num.split('.')[1]} over the "
                              f"total of {den.split('.')[1]}" +
                    (" (ranked so, the rows come in the order of (income - spend) / spend)" if x.text == "roi" else ""))


def _return_on_what(it, i: int):
    """The words of 'return on (ad) <spend>' and its (income, spend) columns, or None when the
    word after 'on' names no money spent ('return on investment')."""
    m = it.m
    words, j = [m[i], m[i + 1]], i + 2
    while j < len(m) and m[j].kind == "word" and m[j].text in _ON_WORDS:
        words.append(m[j])
        j += 1
    said = m[j] if j < len(m) and not m[j].used else None
    if said is None:
        return words, None
    if _names_money_spent(it, said):
        return words + [said], _money_in_and_out(it.cat, said.col)
    if said.text in OUTGO_NAMES:                # 'spend' that names no column of its own
        return words + [said], _money_in_and_out(it.cat, None)
    return words, None


def _names_money_spent(it, x) -> bool:
    """A mention naming one measure column whose name is one of money going out ('spend_cents')."""
    if not x.col:
        return False
    t, c = x.col.split(".")
    return it.cat.is_measure(t, c) and bool(set(it.cat.name_words_of(c)) & OUTGO_NAMES)


def _money_in_and_out(cat, spent: str | None) -> tuple[str, str] | None:
    """(income column, spend column) of one table, each the only one of its kind there (and, with
    no spend column named, the only such table of the database)."""
    tables = [spent.split(".")[0]] if spent else list(cat.tables)
    found = []
    for t in tables:
        cols = [c for c in cat.tables[t].columns if cat.is_measure(t, c)]
        ins = [c for c in cols if set(cat.name_words_of(c)) & INCOME_WORDS]
        outs = [spent.split(".")[1]] if spent else [c for c in cols if set(cat.name_words_of(c)) & OUTGO_NAMES]
        if len(ins) == 1 and len(outs) == 1:
            found.append((f"{t}.{ins[0]}", f"{t}.{outs[0]}"))
    return found[0] if len(found) == 1 else None


def _rank_before(it, i: int):
    """The rank word right before position i ('the best ROI'), or None."""
    m = it.m
    j = i - 1 if i > 0 and m[i - 1].text != "the" else i - 2
    if j < 0 or m[j].kind != "kw" or m[j].kw[0] != "rank" or m[j].used:
        return None
    return m[j]


def _ranked_by_the_return(it, i: int) -> None:
    """'which campaign has the best return on ad spend?': a rank word right before it ranks by it."""
    rank = _rank_before(it, i)
    if rank is None:
        return
    from .ranks import limit_for_rank
    j = it.m.index(rank)
    rank.kind, rank.used = "word", True
    it.r.order.append(Order("agg", len(it.r.measures) - 1, rank.kw[1] == "desc"))
    limit_for_rank(it, None, j)


# Counts a rate is usually taken over: what was sent, shown or visited ('open rate' = opens / delivered).
_BASE_COUNTS = {"delivered", "deliveries", "sent", "sends", "recipients", "impressions", "views", "visits",
                "visitors", "sessions", "clicks", "reach"}


def rate_of_a_count(it) -> None:
    """'the open rate', 'click-through rate', 'click-to-open rate': a rate said of a count column is
    the total of that count over the total of the count it is taken of, never a text value that
    contains 'rate' ('The Rates') nor the count alone. The base is named ('click-to-open': opens)
    or is the one count column of the same table that names what was sent, shown or visited
    ('delivered', 'impressions') and is larger on average; with none or several the word 'rate' is
    left unread (declined, naming it)."""
    m = it.m
    for i, x in enumerate(m):
        if x.text not in ("rate", "rates") or x.used and x.kind != "value" or x.kind not in ("word", "value") \
                or i == 0:
            continue
        j = i - 2 if m[i - 1].text == "through" and i >= 2 else i - 1       # 'click-through rate'
        counted = m[j]
        if not _count_column(it, counted):
            continue
        words = [x] + ([m[i - 1]] if j == i - 2 else [])
        base = None
        if j >= 2 and m[j - 1].text == "to" and _count_column(it, m[j - 2]) and m[j - 2].col != counted.col:
            base, counted = counted.col, m[j - 2]          # 'click-to-open rate': clicks over opens
            words.append(m[j - 1])
        if base is None:
            pairs = {(f"{r.table}.{r.column}", b) for r in counted.refs if r.kind == "column" and
                     (b := _base_count(it, f"{r.table}.{r.column}")) is not None}
            col, base = next(iter(pairs)) if len(pairs) == 1 else (None, None)     # 'clicks' of two tables: declined
            if col is not None:
                counted.ref = next(r for r in counted.refs if f"{r.table}.{r.column}" == col)
        for w in words:
            w.kind, w.kw, w.values, w.refs, w.ref = "word", (), [], [], None
        if base is None:
            x.lacking = True                                # declined, naming 'rate'
            continue
        for w in words + [counted, m[j]]:       # (m[j] is the base of 'click-to-open')
            w.used = True
        it.r.measures.append(Agg("ratio", counted.col, other=base, of="sum"))
        it.r.assume("rate", f"{x.text} of {counted.col.split('.')[1]}: the total of {counted.col.split('.')[1]} "
                            f"over the total of {base.split('.')[1]}")


def _count_column(it, x) -> bool:
    """A mention of a whole-number measure column that is no money and no yes/no flag."""
    if x.kind != "ref" or not x.col:
        return False
    t, c = x.col.split(".")
    return _whole_number_measure(it.cat, t, c) and not it.cat.is_flag(t, c)


def _whole_number_measure(cat, t: str, c: str) -> bool:
    """A measure column of whole numbers that is no money."""
    return cat.column(t, c).kind == "int" and cat.is_measure(t, c) and (t, c) not in cat.roles.get("money", ())


def _base_count(it, col: str) -> str | None:
    """The one count column of `col`'s table that names what was sent, shown or visited and is
    larger than `col` on average."""
    cat = it.cat
    t, c = col.split(".")
    if not _whole_number_measure(cat, t, c):
        return None
    mean = cat.column(t, c).profile.mean or 0
    found = [f"{t}.{b}" for b in cat.tables[t].columns if b != c and _whole_number_measure(cat, t, b) and
             set(cat.name_words_of(b)) & _BASE_COUNTS and (cat.column(t, b).profile.mean or 0) > mean]
    return found[0] if len(found) == 1 else None


def _slashed_ratios(it) -> None:
    """'price/earnings': two measures written with a slash are their ratio; 'EV/EBITDA', where one
    side names no measure, is a ratio the data lacks: that side is kept as an unread part of a
    ratio (the ledger declines naming it), never dropped to rank by the other side alone."""
    m = it.m
    for a, b in re.findall(r"([A-Za-z][A-Za-z0-9_]*)\s*/\s*([A-Za-z][A-Za-z0-9_]*)", it.question):
        j = next((j for j in range(len(m) - 1) if m[j].text.split()[-1:] == [a.lower()] and
                  m[j + 1].text.split()[:1] == [b.lower()]), None)     # 'market cap/EBITDA'

        if j is None:
            continue
        sides = (m[j], m[j + 1])
        measured = [y.kind == "ref" and y.col is not None and not y.used and it.cat.is_measure(*y.col.split("."))
                    for y in sides]
        if all(measured) and sides[0].col != sides[1].col:
            sides[0].used = sides[1].used = True
            it.r.measures.append(Agg("ratio", sides[0].col, other=sides[1].col))
            _sorted_by_ratio(it, j)
        elif any(measured):
            for y in sides:
                if y.kind == "word" and not y.used:
                    y.kind, y.kw = "kw", ("ratio", None)


def _sorted_by_ratio(it, start: int, check: bool = False) -> bool:
    """'rank them by <ratio>', 'sort by <ratio>': the rows are ordered by the ratio just read (a
    number: highest first, as for a column), never by its first measure alone."""
    m = it.m
    if start > 0 and m[start - 1].text == "the":
        start -= 1
    if start < 2 or m[start - 1].text != "by" or m[start - 1].kind != "kw" or m[start - 1].used:
        return False
    sort = next((y for y in m[max(0, start - 4):start - 1] if y.kind == "kw" and y.kw[0] == "sortword"), None)
    if sort is None:
        return False
    if not check:
        m[start - 1].used, m[start - 1].kind = True, "word"     # the order's 'by', not a grouping
        it.r.order.append(Order("agg", len(it.r.measures) - 1, True))
        if not it.kws("direction"):
            it.r.assume("order", "sorted by the ratio from highest to lowest (no direction was given)")
    return True


def read_per_unit(it) -> None:
    """'the freight cost per kg', 'revenue per seat': a measure per unit of another measure is
    their ratio (of the totals, in groups), never a grouping by the second one."""
    m = it.m
    for i, x in enumerate(m[1:-1], 1):
        if x.kind != "kw" or x.text != "per" or x.used:
            continue
        num, den = m[i - 1], m[i + 1]
        if _per_row_of_its_table(it, num, x, den) or _on_average_per_row(it, i):
            continue
        if not all(y.kind == "ref" and y.col and not y.used and it.cat.is_measure(*y.col.split(".")) and
                   not it.cat.is_flag(*y.col.split(".")) for y in (num, den)) or num.col == den.col:
            continue
        if i + 2 < len(m) and m[i + 2].kind == "ref":
            continue                    # 'cost per kg parcel …': the unit is not plainly the measure
        x.used = num.used = den.used = True
        x.kind = "word"                 # 'per' is the ratio's, not a grouping word
        # of the totals (overall, per group, or to rank groups); per row only in a listing of rows
        rows = (it.r.listing and not any(k.kw[0] in ("group", "rank", "grain") for k in m if k.kind == "kw")) or \
            _each_listed_row(it, num.col) or _rows_ranked_by_own_ratio(it, num.col, den.col)
        it.r.measures.append(Agg("ratio", num.col, other=den.col, of=None if rows else "sum"))
        rank = next((k for k in it.kws("rank") if k.start == num.start), None) or \
            (m[i - 2] if i >= 2 and m[i - 2].kind == "kw" and m[i - 2].kw[0] == "rank" and not m[i - 2].used
             and rows else None)        # 'which event had the highest cost per attendee?'
        if rank is not None:            # 'the cheapest per kg': ranked by that ratio
            from .ranks import limit_for_rank
            rank.kind, rank.used = "word", True
            it.r.order.append(Order("agg", len(it.r.measures) - 1, rank.kw[1] == "desc"))
            limit_for_rank(it, None, it.idx(rank))
        it.r.assume("per", f"{num.col.split('.')[1]} per {den.col.split('.')[1]}: the total of one over the "
                           "total of the other")


def per_unit_of_the_total_shown(it) -> None:
    """'grand prix revenue per venue' then 'per driver?': the one total shown (of money or another
    amount) per unit of a countable column of the same rows ('Drivers' of a booking) is the ratio of
    their totals in each group, never the second total shown beside the first."""
    prev, m = it.previous, [x for x in it.m if x.text not in ("?", ".", "and", "what", "about", "how")]
    if prev is None or len(m) != 2 or m[0].kind != "kw" or m[0].text != "per" or m[0].used:
        return
    den = m[1]
    shown = [a for a in prev.measures if a.column]
    if den.kind != "ref" or not den.col or den.used or len(shown) != 1 or shown[0].func != "sum" or \
            len(prev.measures) != 1 or shown[0].column == den.col or \
            den.col.split(".")[0] != shown[0].column.split(".")[0] or \
            not it.cat.is_measure(*den.col.split(".")) or it.cat.is_flag(*den.col.split(".")) or \
            it.cat.default_agg(den.col) != "sum":
        return
    m[0].used = den.used = True
    m[0].kind = "word"
    num = shown[0].column
    it.r.measures.append(Agg("ratio", num, other=den.col, of="sum"))
    it.r.assume("per", f"{num.split('.')[1]} per {den.col.split('.')[1]}: the total of one over the total of the other")


def capacity_of_groups(p, cat, col: str) -> bool:
    """'spaces by town', 'capacity by venue': room a place has (seats, spaces, beds), named without an
    aggregate word, in groups of those places (each place in one group: an attribute of its own
    rows or of the row it belongs to) is the group's capacity, their sum — never their average."""
    t, c = col.split(".", 1)
    words = set(cat.name_words_of(c))
    if not words & CAPACITY_NAMES or cat.is_key(t, c) or cat.is_flag(t, c):
        return False
    tables = {d.column.split(".")[0] for d in p.group} | set(p.tables()) | \
        {f.column.split(".")[0] for f in p.filters if f.column}
    return not any(d.grain for d in p.group) and not any(u != t and cat.fans_out(t, u) for u in tables)


def per_unit_not_in_the_data(it) -> None:
    """'budget per sq ft by city': a measure 'per' words that name nothing in the data is a rate
    of a quantity the data lacks; answering with the measure alone drops it. Declined, naming it."""
    from .errors import CannotAnswer
    from .text import STOP
    m = it.m
    for i, x in enumerate(m[1:-1], 1):
        num, den = m[i - 1], m[i + 1]
        if x.kind != "kw" or x.text != "per" or x.used or num.kind != "ref" or not num.col or \
                not it.cat.is_measure(*num.col.split(".")) or den.kind != "word" or den.used or \
                not den.text.isalpha() or den.text in STOP:
            continue
        unit = [den.text]
        for y in m[i + 2:]:
            if y.kind != "word" or y.used or not y.text.isalpha() or y.text in STOP:
                break
            unit.append(y.text)
        said = f"per {' '.join(unit)}"
        raise CannotAnswer(f"'{said}' names nothing in the data, so {num.text} over it cannot be computed", [said])


def _per_row_of_its_table(it, num, per, den) -> bool:
    """'the revenue per enrollment' where the amount is a column of the enrollments: the total
    over the number of those rows, i.e. the average per row (never the total alone)."""
    if not (num.kind == "ref" and num.col and not num.used and den.kind == "ref" and den.ref is not None
            and den.ref.kind == "table" and not den.used and den.ref.table == num.ref.table
            and it.cat.is_measure(*num.col.split(".")) and not it.cat.is_flag(*num.col.split("."))):
        return False
    j = it.m.index(num)
    if j > 0 and it.m[j - 1].kind == "kw" and it.m[j - 1].kw[0] == "agg" and \
            len(it.cat.tables[den.ref.table].primary_key) == 1:
        return False                    # 'average reading per event': the aggregate is said already
    if j > 0 and it.m[j - 1].kind == "kw" and it.m[j - 1].kw[0] == "agg":
        if it.m[j - 1].kw[1] != "avg":
            return False
        it.m[j - 1].used = True         # 'the average total per visit' (visits have no key): per row
    num.used = per.used = den.used = True
    per.kind = "word"
    label = it.cat.named_label(den.ref.table)
    if label is not None and not any(y.kind == "kw" and y.kw[0] in ("agg", "group") and y is not per for y in it.m):
        # 'seats per site' of sites with a name: each site's own seats, listed (no aggregate, no
        # other grouping said: 'budget per site by region' is the average over the sites)
        it.r.entity = den.ref.table
        it.r.select += [c for c in (f"{den.ref.table}.{label}", num.col) if c not in it.r.select]
        return True
    it.r.measures.append(Agg("avg", num.col))
    it.r.assume("per", f"{num.ref.column} per {den.text}: the average over the {den.ref.table.replace('_', ' ')} "
                       "(their total over their number)")
    return True


def average_per_entity(p, r, cat) -> None:
    """'avg spend per customer', 'average invoice per account': an average of an amount of the
    rows that belong to the entity named after 'per' is what each entity adds up to, averaged
    over the entities — their total over their number (one figure, or one per other group) —
    never one average per entity. A level (a salary, a price) stays averaged per entity, and so
    does an amount of rows the question names ('… of orders per customer': each one's orders)."""
    if p.inner is not None or p.order or p.limit is not None or r.rank_dir or len(p.measures) != 1:
        return
    a = p.measures[0]
    if a.func != "avg" or a.other or not a.column or cat.default_agg(a.column) != "sum":
        return
    rows = a.column.split(".")[0]
    ms = r.mentions
    per = [ms[i + 1].ref.table for i, x in enumerate(ms[:-1]) if x.kind == "kw" and x.kw[0] == "group" and
           x.text == "per" and ms[i + 1].kind == "ref" and ms[i + 1].ref is not None and
           ms[i + 1].ref.kind == "table"]
    if len(per) != 1 or per[0] == rows or not cat.fans_out(per[0], rows) or cat.fans_out(rows, per[0]):
        return
    if any(x.kind == "ref" and x.ref is not None and x.ref.kind == "table" and x.ref.table == rows for x in ms):
        return                          # 'the average amount of orders per customer': over each one's orders
    entity = per[0]
    own = set(cat.entity_group(entity))
    if not own <= {d.column for d in p.group} or \
            any(d.column.split(".")[0] not in (entity, rows) for d in p.group if d.column not in own):
        return                          # 'per order for each shop': over orders or their rows (declined later)
    pk = cat.tables[entity].primary_key
    if len(pk) != 1:
        return
    key = f"{entity}.{pk[0]}"
    p.group = [d for d in p.group if d.column not in own]
    a.other = key
    what = entity.replace("_", " ")
    p.assume("per", f"average {a.column.split('.')[1]} per {what}: the total of {a.column.split('.')[1]} over the "
                    f"number of {what} that have {rows.replace('_', ' ')}")


def _on_average_per_row(it, i: int) -> bool:
    """'what did they spend on average per visit?': an amount, 'on average', then 'per' the rows
    of the amount's own table: the average over those rows, never a grouping by them."""
    m = it.m
    avg, den = m[i - 1], m[i + 1]
    if avg.kind != "kw" or avg.kw[0] != "agg" or avg.kw[1] != "avg" or avg.used or i < 3 or \
            m[i - 2].text != "on":
        return False
    num = m[i - 3]
    if not (num.kind == "ref" and num.col and not num.used and den.kind == "ref" and den.ref is not None and
            den.ref.kind == "table" and not den.used and den.ref.table == num.ref.table and
            it.cat.is_measure(*num.col.split(".")) and not it.cat.is_flag(*num.col.split("."))):
        return False
    num.used = avg.used = m[i].used = den.used = m[i - 2].used = True
    m[i].kind = "word"
    it.r.measures.append(Agg("avg", num.col))
    it.r.assume("per", f"{num.ref.column} on average per {den.text}: the average over the "
                       f"{den.ref.table.replace('_', ' ')}")
    return True


def _rows_ranked_by_own_ratio(it, num: str, den: str) -> bool:
    """'which event had the highest cost per attendee?': rows of one table ranked by a ratio of
    two of its own columns are ranked by each row's ratio (nothing is grouped); also 'which one
    …?' after a listing of those rows."""
    from .ranks import head_table
    t = num.split(".")[0]
    m = it.m
    if den.split(".")[0] != t or any(k.kind == "kw" and k.kw[0] in ("group", "grain") for k in m):
        return False
    ranks = [i for i, k in enumerate(m) if k.kind == "kw" and k.kw[0] == "rank"]
    if len(ranks) != 1:
        return False
    if head_table(it, ranks[0]) == t:
        return True
    prev = it.previous
    return prev is not None and prev.table == t and not prev.group and not prev.distinct and \
        all(a.func == "ratio" and a.of is None for a in prev.measures) and \
        any(x.text in ("one", "them", "those") or (x.kind == "kw" and x.kw[0] == "anaphora") for x in m)


def _each_listed_row(it, col: str) -> bool:
    """'what's the cost per attendee for each?' after a listing of rows: a bare 'for each' (nothing
    named after it) points at the rows listed, so the ratio is one per row, not of the totals."""
    prev = it.previous
    if prev is None or prev.group or prev.measures or prev.distinct or col.split(".")[0] != prev.table:
        return False
    m = it.m
    return any(k.kind == "kw" and k.kw[0] == "group" and k.text in ("each", "for each", "of each", "every", "for every")
               and not any(y.kind in ("ref", "value", "num") for y in m[i + 1:]) for i, k in enumerate(m))


def _pair(it, j: int):
    a = _measure_at(it, j)
    if a is None:
        return None
    k = a[3]
    if k >= len(it.m) or it.m[k].text not in _JOIN:
        return None
    join = it.m[k]
    b = _measure_at(it, k + 1)
    if b is None:
        return None
    return (a[0], a[1], a[2]), join, (b[0], b[1], b[2]), b[3]


def count_of_rows(cat, base: str, counted: str) -> Agg | None:
    """The count of `counted` rows for each row of `base` (every base row kept, those with none
    count 0): its distinct keys, or, for a key of several columns one join away, the column that
    points back (never NULL in a row that exists)."""
    pk = cat.tables[counted].primary_key
    if len(pk) == 1:
        return Agg("count", f"{counted}.{pk[0]}", distinct=True)
    path = cat.join_path(base, counted) or []
    if len(path) == 1 and path[0][1].table == counted:
        return Agg("count", f"{counted}.{path[0][1].column}")
    return None


def change_over_its_periods(p) -> None:
    """'the percentage growth from 2023 to 2024' after totals per year: the two periods are years
    of that grouping, so the change is one figure over both, not one per year."""
    changed = {w.column for m in p.measures if m.func in ("change", "pct_change")
               for period in m.periods or [] for w in period if w.column}
    if changed and p.group and all(m.func in ("change", "pct_change") for m in p.measures):
        kept = [d for d in p.group if not (d.grain and d.column in changed)]
        if len(kept) != len(p.group):
            p.group = kept
            p.order = [o for o in p.order if o.kind == "agg"]
            p.assume("periods", "one figure over the two periods named, not one per period")


def settle_ratio(p, cat) -> None:
    """A ratio without an aggregate word: the ratio of the totals in a grouped answer, per row
    otherwise. Said as an assumption."""
    for a in p.measures:
        if a.func == "ratio" and a.of is None and p.group:
            a.of = "sum"
            p.assume("ratio", f"the ratio of the totals of {a.column.split('.')[1]} and {a.other.split('.')[1]} "
                              "in each group")


_CHANGE = {"change", "changed", "grow", "grew", "grown", "growth", "increase", "increased", "rise", "rose",
           "risen", "fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "gain", "gained",
           "move", "moved", "difference"}
_PERCENT = {"percent", "percentage", "pct", "%", "percentages"}


def read_change(it) -> None:
    """'How much did the S&P 500 change in percent from January 2019 to January 2020?': the
    measure in the second period minus the first (over the first, times 100, for percent)."""
    from .mentions import _is_year
    m = it.m
    word = next((x for x in m if x.kind == "word" and x.text in _CHANGE and not x.used), None)
    if word is None:
        _in_percent(it)
        return
    points = [x for x in m if not x.used and (x.kind == "date" or (x.kind == "num" and _is_year(x)))]
    ends = _month_ends_of_a_year(it, points) if len(points) == 1 else None
    if len(points) != 2 and ends is None:
        return
    cands = [x for x in m if x.kind == "ref" and x.col and not x.used and it.cat.is_measure(*x.col.split("."))]
    counted = _counted_table(it)
    prev = it.previous
    if len({x.col for x in cands}) == 1:
        measure, func, table = cands[0].col, _change_agg(it, cands[0].col), cands[0].ref.table
    elif not cands and counted is not None:
        # 'the percent change in the number of loans from 2022 to 2023'
        measure, func, table = None, "count", counted.ref.table
        counted.used = True
        it.r.entity = table
        for x in m:
            if x.kind == "kw" and x.kw[0] == "count" and not x.used:
                x.used, x.kw = True, ("asked", None)       # counted by the change itself
    elif not cands and not any(x.kind == "ref" for x in m) and prev is not None and len(prev.measures) == 1 and \
            prev.measures[0].func in ("count", "sum", "avg") and prev.group and \
            all(it.cat.is_time(*g.column.split(".")) for g in prev.group) and \
            all(f.kind in ("time", "null") for f in prev.filters):
        # 'loans per year' → 'what's the percent change from 2022 to 2023?': the measure shown
        measure, func, table = prev.measures[0].column, prev.measures[0].func, prev.table
        it.r.entity = table
        it.r.anaphora = False           # 'it' in 'how much did it change …' is that measure
        for x in m:
            if x.kind == "kw" and x.kw[0] == "anaphora":
                x.used = True
    else:
        return
    shown = it.r.entity == table and prev is not None and prev.group and measure == prev.measures[0].column
    col = next((g.column for g in prev.group), None) if shown else dates.time_column_of(it, table)
    if col is None:
        return
    spans = ends[0] if ends else [(x.text, *_span_of(x)) for x in points]
    periods = [[dates.period_filter(it, col, lo, hi)] for _text, lo, hi in spans]
    for x in ends[1] if ends else []:
        x.used = True
    pct = any(x.text in _PERCENT or (x.kind == "kw" and x.kw[0] == "share") for x in m)
    for x in m:
        if x in points or x is word or x in cands or x.text in _PERCENT or \
                (x.kind == "kw" and x.kw[0] in ("since", "before", "between", "in") and not x.used) or \
                (x.kind == "kw" and x.kw[0] == "share" and pct):
            x.used = True
        if x.kind == "kw" and x.kw[0] == "count" and x.text == "how much":
            x.used, x.kw = True, ("asked", None)      # 'how much did … change': the change itself
    it.r.measures.append(Agg("pct_change" if pct else "change", measure, of=func, periods=periods))
    single = all(x.kind == "date" for x in points)
    what = measure.split(".")[1] if measure else f"the number of {table}"
    how = {"avg": "average ", "sum": "total "}.get(func, "")
    it.r.assume("change", f"{what} in {spans[1][0]} minus {spans[0][0]}"
                + (", over the first, times 100" if pct else "")
                + ("" if single or measure is None else f" (each period's {how}{what})"))


_MORE_WORDS = {"bigger", "larger", "higher", "greater", "more"}
_LESS_WORDS = {"smaller", "lower", "less"}


def difference_of_two_named(it) -> None:
    """'How much bigger is Apple than Microsoft by market cap?': the one measure of the value named
    before 'than' minus that of the value named after it ('how much smaller': the other way round;
    'how many times bigger': the one over the other), each value's rows combined as the measure adds up."""
    m = it.m
    i = next((i for i, x in enumerate(m[:-1]) if x.kind == "kw" and x.text in ("how much", "how many times")
              and not x.used), None)
    if i is None or m[i + 1].text not in _MORE_WORDS | _LESS_WORDS:
        return
    than = next((j for j, x in enumerate(m) if x.text == "than"), None)
    named = [x for x in m if x.kind == "value"]
    if than is None or len(named) != 2 or m.index(named[0]) > than or m.index(named[1]) < than:
        return
    cands = [x for x in m if x.kind == "ref" and x.col and not x.used and it.cat.is_measure(*x.col.split("."))]
    both = [f for f in it.r.filters if f.op == "in" and len(f.values) == 2]
    if len({x.col for x in cands}) != 1 or len(both) != 1 or len(it.r.filters) != 1:
        return
    f = both[0]
    first, second = ([Filter(f.column, "=", [v])] for v in f.values)
    periods = [second, first] if m[i + 1].text in _MORE_WORDS else [first, second]
    measure = cands[0].col
    for x in [m[i], m[i + 1], m[than], *cands]:
        x.used = True
    m[i].kw = ("asked", None)                      # 'how much': the difference itself, never a count
    at = m.index(cands[0])
    if at > 0 and m[at - 1].kind == "kw" and m[at - 1].text in ("by", "in", "of"):
        m[at - 1].used = True                      # 'by market cap': the measure compared
    it.r.filters.remove(f)
    func = it.cat.default_agg(measure)
    times = m[i].text == "how many times"
    it.r.measures.append(Agg("times" if times else "change", measure, of=func, periods=periods))
    hi, lo = (f.values[0], f.values[1]) if periods[1] is first else (f.values[1], f.values[0])
    it.r.assume("difference", f"{measure.split('.')[1]} of '{hi}' " + ("over" if times else "minus")
                + f" that of '{lo}'")


def _span_of(x) -> tuple[str, str]:
    """The bounds [lo, hi) of a date or a year said."""
    if x.kind == "date":
        return x.date
    y = int(x.number)
    return f"{y:04d}-01-01", f"{y + 1:04d}-01-01"


_SPAN_JOINS = ("to", "through", "thru", "until", "till", "-")


def _month_ends_of_a_year(it, points: list) -> tuple[list, list] | None:
    """'in 2022, from January to December', 'from January to December 2022': two months joined by
    'to', the first said without its year, are the two ends of a span within the one year said.
    Returns the two (text, lo, hi) spans and the words read, or None."""
    m, p = it.m, points[0]
    lo, hi = _span_of(p)
    year = int(lo[:4])
    names = [j for j, x in enumerate(m) if x.kind == "word" and not x.used and x.text in MONTHS]
    if p.kind == "date" and len(names) == 1 and lo[8:10] == "01" and lo[5:7] != "01" and \
            dates.next_month(lo) == hi and names[0] + 2 == m.index(p) and m[names[0] + 1].text in _SPAN_JOINS:
        first = MONTHS[m[names[0]].text]           # 'from January to December 2022'
        if first >= int(lo[5:7]):
            return None
        start = f"{year:04d}-{first:02d}-01"
        return [(f"{m[names[0]].text} {year}", start, dates.next_month(start)), (p.text, lo, hi)], \
            [m[names[0]], m[names[0] + 1]]
    if p.kind == "num" and len(names) == 2 and names[0] + 2 == names[1] and m[names[0] + 1].text in _SPAN_JOINS:
        a, b = MONTHS[m[names[0]].text], MONTHS[m[names[1]].text]     # 'in 2022, January to December'
        if a >= b:
            return None
        starts = [f"{year:04d}-{k:02d}-01" for k in (a, b)]
        return [(f"{m[j].text} {year}", s, dates.next_month(s)) for j, s in zip(names, starts)], \
            [m[names[0]], m[names[0] + 1], m[names[1]]]
    return None


def _change_agg(it, col: str) -> str:
    """How each period's values are combined: as the question says ('the average price', 'total
    sales'), else as the measure adds up: amounts (revenue, sales) are totalled, levels averaged."""
    said = [x for x in it.m if x.kind == "kw" and x.kw[0] == "agg" and x.kw[1] in ("avg", "sum") and not x.used]
    if len({x.kw[1] for x in said}) == 1:
        for x in said:
            x.used = True
        return said[0].kw[1]
    return it.cat.default_agg(col)


RATE_WORDS = ("rate", "rates", "ratio", "ratios", "percentage", "percentages", "proportion", "share")


def loose_rate_words(mentions) -> list:
    """'the highest rate' where 'rate' only names part of a column (daily_rate): that column, or the
    rate a conversation asked about before."""
    return [x for x in mentions if x.kind == "ref" and x.text in RATE_WORDS and x.refs and
            all(r.kind == "column" and r.strength <= 1 for r in x.refs)]


def rate_after_a_rate(it) -> None:
    """'which category has the highest rate?' after a percentage answer: 'rate' is that rate, not a
    column merely named *_rate (daily_rate). Left unread, so the question is declined."""
    prev = it.previous
    if prev is None or not any(a.func in ("share", "ratio", "pct_change") for a in prev.measures):
        return
    for x in loose_rate_words(it.m):
        x.kind, x.refs, x.ref = "word", [], None


PEOPLE_WORDS = ("people", "persons")


def people_counted_by_a_column(it) -> None:
    """'the total number of people killed': 'people' right next to a whole-number column named by
    a past participle (killed, injured, enrolled) is the unit that column counts, not a table."""
    m = it.m
    for i, x in enumerate(m):
        if x.kind != "word" or x.text not in PEOPLE_WORDS or x.used:
            continue
        for y in (m[i - 1] if i > 0 else None, m[i + 1] if i + 1 < len(m) else None):
            if y is not None and y.kind == "ref" and y.col and _counts_people(it.cat, *y.col.split(".")):
                x.used = True
                it.r.assume(y.ref.column, f"'{x.text} {y.text}' is counted by {y.ref.column}")
                break
        else:
            _ranked_people(it, i)


def _ranked_people(it, i: int) -> None:
    """'which ship killed the most people': the column said before 'the most' is what 'people'
    after it are counted by ('the most people killed')."""
    m = it.m
    j = i - 1
    if j < 1 or m[j].kind != "kw" or m[j].kw[0] != "rank" or m[j].text not in ("most", "fewest", "least"):
        return
    y = m[j - 2] if m[j - 1].text == "the" and j >= 2 else m[j - 1]
    if y.kind == "ref" and not y.used and y.col and _counts_people(it.cat, *y.col.split(".")):
        x = m[i]
        x.kind, x.refs, x.ref = "ref", y.refs, y.ref
        y.kind, y.refs, y.ref, y.used = "word", [], None, True
        it.r.assume(x.ref.column, f"'{y.text} the {m[j].text} {x.text}' is ranked by {x.ref.column}")


# the last word of a whole-number column that counts the people of its row ('attendees', 'visitor_count')
_PEOPLE_COUNT_NOUNS = {"attendees", "attendance", "visitors", "guests", "participants", "passengers",
                       "spectators", "headcount", "occupants", "riders", "people", "persons", "pax"}


def people_of_the_rows_asked(it) -> None:
    """'which session had the most people?': when 'people' names a table of persons but the rows
    asked about (sessions) hold their own count of people (attendees), that count is meant, not a
    join to the persons; with two such counts the words are declined."""
    m, cat = it.m, it.cat
    for x in m:
        if x.kind != "ref" or x.text not in PEOPLE_WORDS or x.used or x.ref is None or x.ref.kind != "table":
            continue
        asked = {y.ref.table for y in m if y is not x and y.kind == "ref" and y.ref is not None} - {x.ref.table}
        if len(asked) != 1:
            continue
        table = asked.pop()
        counts = [c for c in cat.tables[table].columns if _counts_people_of_its_row(cat, table, c)]
        if len(counts) > 1:
            raise CannotAnswer(f"'{x.text}' could be counted by {' or '.join(counts)} of {table}", [x.text])
        if counts:
            x.ref = replace(x.ref, kind="column", table=table, column=counts[0])
            x.refs = [x.ref]
            it.r.assume(counts[0], f"'{x.text}' is counted by the {counts[0]} of each of the {table}")
            continue
        elsewhere = [f"{t}.{c}" for t in sorted(cat.tables) if t not in (table, x.ref.table) and cat.fans_out(table, t)
                     for c in cat.tables[t].columns if _counts_people_of_its_row(cat, t, c)]
        if elsewhere and not {t.text for t in it.tokens} & _WORK_WORDS:
            # 'which pool had the most people?': its lifeguards, or its sessions' attendees? ('people
            # who work at each pool' are its staff)
            raise CannotAnswer(f"'{x.text}' could be the {x.ref.table} or the {' or '.join(elsewhere)} of the "
                               f"{table}; name which", [x.text])


_WORK_WORDS = {"work", "works", "worked", "working", "employ", "employs", "employed", "staff", "staffed"}


def _counts_people_of_its_row(cat, t: str, c: str) -> bool:
    words = cat._raw_words(c)
    return cat.column(t, c).kind == "int" and cat.is_measure(t, c) and not cat.is_flag(t, c) and \
        bool(words) and words[-1].lower() in _PEOPLE_COUNT_NOUNS


def link_verb_before_a_table_of_money(it) -> None:
    """'how much did we receive in payments in 2024?': a verb that only links the amount to the rows
    ('receive', which also begins another table's date received_on), said right before 'in' and a
    table of money with a date of its own, is no date of the other table: the year said is of the
    money's own date (paid_on), never a join to the other table's date."""
    m = it.m
    for i, x in enumerate(m[:-2]):
        if x.kind != "ref" or x.col is None or not is_link_verb(x.text) or not it.cat.is_time(*x.col.split(".")):
            continue
        j = i + 1 + (m[i + 1].text == "in")
        y = m[j] if j < len(m) else None
        if y is None or y.kind != "ref" or y.ref is None or y.ref.kind != "table" or y.ref.table == x.ref.table or \
                not it.cat.time_columns(y.ref.table) or \
                not any(t == y.ref.table for t, _ in it.cat.role_columns("money")):
            continue
        x.kind, x.refs, x.ref, x.used = "word", [], None, True


def how_much_said_for_how_many(it, k, target, plural: bool) -> bool:
    """'how much companies are in each sector?': 'how much' right before the plural noun of a table
    with no money column is a slip for 'how many' (its rows counted, stated); with a money column
    ('how much payments') it stays an amount."""
    t = target.ref.table
    if it.idx(target) != it.idx(k) + 1 or not plural or \
            any(tt == t for tt, _ in it.cat.role_columns("money")):
        return False
    it.r.assume("how much", f"'how much {target.text}' is read as 'how many {target.text}'")
    return True


def how_much_in_a_table_of_money(it, k, target) -> bool:
    """'how much did we receive in payments?': 'how much' asks an amount, never how many rows; said
    of a table with one money column (payments.amount) it is that column's total, stated. False
    (declined) when the table has no money column or several."""
    t = target.ref.table
    money = [c for tt, c in it.cat.role_columns("money") if tt == t]
    if len(money) != 1:
        return False
    k.used = target.used = True
    it.r.measures.append(Agg("sum", f"{t}.{money[0]}"))
    it.r.assume(money[0], f"'how much … {target.text}' is the total {money[0]} of the {t}")
    return True


def table_word_before_its_money(it) -> None:
    """'our total fuel spend': a word said right before a money column that is a word of that
    column's own table's name (fuel_card_txns) only says whose money it is — it is no other table's
    column of the same word (vehicles.fuel) and no condition."""
    m, cat = it.m, it.cat
    for x, y in zip(m, m[1:]):
        if x.kind != "ref" or x.used or x.ref is None or y.kind != "ref" or y.col is None or \
                (y.ref.table, y.ref.column) not in cat.role_columns("money") or x.ref.table == y.ref.table:
            continue
        if x.text in cat.name_words_of(y.ref.table) and y.ref.table not in {r.table for r in x.refs}:
            x.kind, x.refs, x.ref, x.used = "word", [], None, True


_SALES_WORDS = {"sales", "takings", "turnover", "revenue", "donations"}


def sales_of_a_sales_table(p, r, cat) -> None:
    """'clay sales by clay body' over a table of sales (ClaySales) that holds one money column
    (Total): the sales of each group are that money added up, stated — not how many rows there are
    (which 'how many sales' or 'number of sales' asks). With several money columns both readings are
    open: declined, naming them."""
    if not p.group or p.measures or any(x.kind == "kw" and x.kw[0] == "count" for x in r.mentions):
        return
    said = [x for x in r.mentions if x.kind == "ref" and x.ref is not None and x.ref.kind == "table" and
            x.ref.table == p.table and set(x.text.split()) & _SALES_WORDS]
    if not said or not set(cat.name_words_of(p.table)) & _SALES_WORDS:
        return
    money = [c for t, c in cat.role_columns("money") if t == p.table]
    if len(money) > 1:
        raise CannotAnswer(f"'{said[0].text}' could be the number of {p.table} or the total of "
                           f"{' or '.join(money)}", [said[0].text])
    if money:
        p.measures = [Agg("sum", f"{p.table}.{money[0]}")]
        p.assume(money[0], f"'{said[0].text}' is the total {money[0]} (for the number of sales ask 'how many')")


def _counts_people(cat, t: str, c: str) -> bool:
    col = cat.column(t, c)
    return col.kind == "int" and c.lower().endswith("ed") and cat.is_measure(t, c) and \
        not cat.is_key(t, c) and not cat.is_flag(t, c)


def _counted_table(it):
    """The table a 'number of …'/'how many …' counts, when the question names one."""
    for i, x in enumerate(it.m):
        if x.kind == "kw" and x.kw[0] == "count" and not x.used and x.text != "how much":
            nxt = it.next_mention(i, kinds=("ref",), within=2)
            if nxt is not None and nxt.ref is not None and nxt.ref.kind == "table" and not nxt.used:
                return nxt
    return None


def _in_percent(it) -> None:
    """'… change from 2023 to 2024?' → 'and in percent?': the same change, over the first period."""
    prev = it.previous
    words = [x for x in it.m if x.text in _PERCENT and not x.used]
    if prev is None or not words or len(prev.measures) != 1 or prev.measures[0].func != "change" or \
            any(x.kind in ("ref", "value", "num", "date") for x in it.m):
        return
    a = prev.measures[0]
    for x in words:
        x.used = True
    for x in it.m:
        if x.kind == "kw" and x.kw[0] == "in" and not x.used:
            x.used = True
    it.r.measures.append(Agg("pct_change", a.column, of=a.of, periods=a.periods))
    it.r.assume("change", "the same change, over the first period, times 100")


def rate_per_group(p, r, cat) -> bool:
    """'By country, what percentage of orders were cancelled?': a condition said after the rows
    counted is what part of each group has it — the rows with it over all the group's rows — not
    each group's share of all the rows with it ('what percentage of cancelled orders …'). The rows
    are named by their table or by its key ('requests' for request_id)."""
    if not r.share or not p.group or [(m.func, m.column) for m in p.measures] != [("count", None)]:
        return False
    ms = r.mentions
    share = next((i for i, x in enumerate(ms) if x.kind == "kw" and x.kw[0] == "share"), None)
    noun = next((i for i, x in enumerate(ms) if share is not None and i > share and x.kind == "ref" and
                 x.ref is not None and _names_rows(cat, x.ref)), None)
    if noun is None:
        return False
    said_after = {f"{v.table}.{v.column}" for x in ms[noun + 1:] if x.kind == "value" for v in x.values}
    said_before = {f"{v.table}.{v.column}" for x in ms[:noun] if x.kind == "value" for v in x.values}
    grouped = {d.column for d in p.group}
    part = [f for f in p.filters if f.kind == "value" and f.column and f.column not in grouped]
    if not part or len({f.column for f in part}) > 1 or part[0].column not in said_after or \
            part[0].column in said_before:
        return False
    _rate_of(p, r, part, "group", " (0 to 100)")
    return True


def _names_rows(cat, ref) -> bool:
    """A table, or its own key of one column: both name the table's rows ('requests')."""
    return ref.kind == "table" or cat.tables[ref.table].primary_key == [ref.column]


def _rate_of(p, r, part: list, within: str, unit: str = "") -> None:
    """The plan's measure becomes the part of each group's rows that meets `part` (a rate within it)."""
    p.filters = [f for f in p.filters if f not in part]
    p.measures = [Agg("share", None, where=part)]
    r.consumed.add("share")
    what = p.table.replace("_", " ")
    p.assume("percentage", f"within each {within}: its {what} with {part[0].column.split('.')[1]} "
                           f"{', '.join(map(str, part[0].values))}, as a percentage of all its {what}{unit}")


def rank_groups_by_rate(p, r, cat) -> bool:
    """'Which country has the highest percentage of cancelled orders?': the values of the one
    column named, ranked by the part of their rows that meets the condition (a rate within each)."""
    dims = list(dict.fromkeys(r.dims_named + [c for c in r.select if cat.is_dimension(*c.split("."))]))
    if not dims and r.share and r.rank_dir and not p.measures and not p.group:
        return _rank_entities_by_rate(p, r, cat)
    if len(r.select) > 1 or not r.share or not r.rank_dir or len(dims) != 1 or p.measures or p.group:
        return False
    part = [f for f in p.filters if f.kind == "value" and f.column and f.column != dims[0]]
    if not part or len({f.column for f in part}) > 1:
        return False
    p.group = [Dim(dims[0])]
    p.select = [c for c in p.select if c != dims[0]]
    _rate_of(p, r, part, dims[0].split(".")[1])
    return True


def _rank_entities_by_rate(p, r, cat) -> bool:
    """'Which department has the highest percentage of cancelled requests?': the rows named after
    the share word (requests) grouped by each row of the entity named (department), ranked by
    the part of them that meets the condition."""
    entity = r.entity
    ms = r.mentions
    share = next((i for i, x in enumerate(ms) if x.kind == "kw" and x.kw[0] == "share"), None)
    noun = next((x for x in ms[share + 1:] if x.kind == "ref" and x.ref is not None and _names_rows(cat, x.ref)),
                None) if share is not None else None
    if entity is None or noun is None or len(r.select) > 1:
        return False
    counted = noun.ref.table
    part = [f for f in p.filters if f.kind == "value" and f.column and f.column.split(".")[0] == counted]
    if counted == entity or not part or len({f.column for f in part}) > 1 or len(part) != len(p.filters) or \
            any(c.split(".")[0] != counted for c in r.select) or not cat.fans_out(entity, counted) or \
            cat.join_path(counted, entity) is None or cat.fans_out(counted, entity):
        return False
    p.table = counted
    p.group = [Dim(c) for c in cat.entity_group(entity)]
    p.select = []
    _rate_of(p, r, part, entity.replace("_", " "))
    return True


def share_per_group(p, r, cat) -> bool:
    """'Percentage of companies per sector', 'share of total market cap by sector': each group's
    count (or total) as a percentage of all groups together."""
    if not r.share or not p.group or len(p.measures) != 1:
        return False
    m = p.measures[0]
    if m.func not in ("count", "sum"):
        return False
    _counts_rows_of_their_own(p, r, cat)
    p.measures = [Agg("pct_total", m.column, of=m.func)]
    r.consumed.add("share")
    what = f"total {m.column.split('.')[1]}" if m.column else f"{p.table.replace('_', ' ')}"
    p.assume("percentage", f"each group's share of all {what}, from 0 to 100")
    return True


def _counts_rows_of_their_own(p, r, cat) -> None:
    """'show the percentage for every branch' with nothing counted named: each group is one row of
    the table counted, so every share would be 1/n; what it is a percentage of is not said."""
    m = p.measures[0]
    tables = {g.column.split(".")[0] for g in p.group}
    pk = cat.tables[p.table].primary_key
    counts_rows = m.func == "count" and (m.column is None or (len(pk) == 1 and m.column == f"{p.table}.{pk[0]}"))
    if not counts_rows or tables != {p.table} or any(g.grain for g in p.group) or \
            cat.row_key(p.table, [g.column for g in p.group]) is None:
        return
    words = [x.text for x in r.mentions if x.kind == "kw" and x.kw[0] == "share"][:1]
    raise CannotAnswer(f"{(words or ['the percentage'])[0]!r} of each of the {p.table.replace('_', ' ')} among "
                       f"themselves is the same for every one; say what is counted ('… of the <rows> for every "
                       "…')", words)


def _whole_with_a_value(r) -> list:
    """'what percentage of companies with a P/E is that?': a column named after 'with (a)' frames the
    whole (the rows that have a value in it); any other column named is not understood here."""
    m = r.mentions
    out, other = [], []
    for c in r.select:
        at = [i for i, x in enumerate(m) if x.kind == "ref" and x.col == c]
        if at and at[0] > 0 and (m[at[0] - 1].text == "with" or
                                 (at[0] > 1 and m[at[0] - 1].text in ("a", "an") and m[at[0] - 2].text == "with")):
            out.append(Filter(c, "is not null", [], kind="null"))
        else:
            other.append(c.split(".")[1])
    if other:
        raise CannotAnswer(f"the share of the previous answer has no place for {', '.join(other)}", other)
    if out:
        r.select = []
    return out


def _whole_named(new: list, r, table: str) -> list:
    """The conditions of a share that the words after 'share of' name as its whole ('what share of
    the Spring 2024 cohort completed?'), when the others are on one column; else none."""
    whole = shares.whole_named_after_share(new, r.mentions, table)
    return whole if len({f.column for f in new if f not in whole}) == 1 else []


def _whole_said(p, whole: list) -> None:
    if whole:
        said = " and ".join(f"{f.column.split('.')[1]} {', '.join(map(str, f.values))}" for f in whole)
        p.assume("whole", f"the share is within the {p.table.replace('_', ' ')} with {said}")


def share_of_previous(prev, r, cat):
    """Follow-ups that ask for a share of the previous answer:
    - 'what percentage of them are in Energy?' after a listing: the new conditions are the part;
    - 'what share of all companies is that together?' after a grouped count with a condition on
      the groups: the rows of the groups shown, as a percentage of all rows."""
    from .plan import Plan
    if not r.share or r.group or r.measures:
        return None
    new = [f for f in r.filters if f.column and f.kind in ("value", "compare", "time")]
    if new and not prev.group and not prev.measures:
        p = prev.copy()
        p.assumptions = list(r.assumptions)
        listed = [c.split(".")[0] for c in prev.select if c.split(".")[0] != prev.table]
        if listed and cat.fans_out(prev.table, listed[0]):
            p.table = listed[0]         # 'what languages are spoken in Canada?' lists languages: count those
        whole = _whole_named(new, r, p.table)
        p.measures = [Agg("share", None, where=[f for f in new if f not in whole])]
        p.select, p.order, p.limit, p.distinct = [], [], None, False
        p.filters = [f for f in p.filters if f.kind != "null"] + whole
        r.consumed.add("share")
        p.assume("percentage", f"share of the previous answer's {p.table.replace('_', ' ')}, from 0 to 100")
        _whole_said(p, whole)
        return p
    if new and prev.group and not prev.inner and not prev.within and prev.limit is None and \
            len(prev.measures) == 1 and prev.measures[0].func == "count" and not prev.measures[0].column and \
            r.entity in (None, prev.table) and not any(f.agg is not None for f in prev.filters):
        # 'bookings per status' → 'what share of them were cancelled?': the rows with the new
        # condition, as a percentage of all the rows the groups hold
        whole = _whole_named(new, r, prev.table)
        p = Plan(table=prev.table, measures=[Agg("share", None, where=[f for f in new if f not in whole])],
                 assumptions=list(r.assumptions), filters=[f for f in prev.filters if f.kind != "null"] + whole)
        r.consumed.add("share")
        p.assume("percentage", f"share of the previous answer's {p.table.replace('_', ' ')}, from 0 to 100")
        _whole_said(p, whole)
        return p
    part = [f for f in prev.filters if f.column and f.kind in ("value", "compare")] or \
        [f for f in prev.filters if f.column and f.kind == "time"]     # a period frames the whole
    if not new and part and not prev.group and not prev.inner and not prev.within and len(prev.measures) == 1 and \
            prev.measures[0].func == "count" and not prev.measures[0].column and r.entity in (None, prev.table):
        # 'how many orders came through delivery?' → 'what share of all orders is that?': the rows
        # counted, as a percentage of all the table's rows ('of all orders with a coupon': of those
        # that have one)
        p = Plan(table=prev.table, measures=[Agg("share", None, where=part)], assumptions=list(r.assumptions),
                 filters=[f for f in prev.filters if f not in part and f.kind != "null"] + _whole_with_a_value(r))
        r.consumed.add("share")
        p.assume("percentage", f"the {prev.table.replace('_', ' ')} counted, as a share of all of them (0 to 100)")
        return p
    ranked = prev.limit is not None and any(o.kind == "agg" for o in prev.order)
    if not new and prev.group and len(prev.measures) >= 1 and prev.measures[0].func in ("count", "sum") \
            and (any(f.agg is not None for f in prev.filters) or ranked):
        inner = prev.copy()
        inner.assumptions, inner.batch = [], []
        if not ranked:          # 'the top 3 by number of trips': the 3 groups the ranking keeps
            inner.order, inner.limit = [], None
        m = prev.measures[0]
        p = Plan(table=prev.table, measures=[Agg("share_total", m.column, of=m.func)],
                 assumptions=list(r.assumptions), inner=inner)
        r.consumed.add("share")
        p.assume("percentage", "the rows of the groups shown, as a percentage of all rows (from 0 to 100)")
        return p
    return None


def money_verb_total(it) -> None:
    """'what did we spend on fuel in 2024?', 'what was paid in March?': 'what' asking for the amount
    a money verb names (the verb reads a money column) asks how much changed hands over the rows —
    their total, never a listing of them. Not when anything else is aggregated, counted or ranked."""
    r = it.r
    if not it.tokens or it.tokens[0].text != "what" or r.measures or r.rank_dir or r.order or \
            it.kws("rank") or it.kws("count") or it.kws("agg"):
        return
    for i, x in enumerate(it.m):
        verb = money_verb_at(it.m, i)
        if x.kind != "ref" or x.used or verb is None or x.ref is None:
            continue
        if x.ref.kind == "table" and verb == "billing":
            _billed_table_total(it, x)
            return
        if x.ref.kind != "column":
            continue
        t, c = x.ref.table, x.ref.column
        if (t, c) not in it.cat.role_columns("money") and it.cat.default_agg(f"{t}.{c}") != "sum":
            continue
        x.used = True
        if verb == "billing":
            r.consumed.add("billed")            # the bills drafted or voided are no money billed
        r.measures.append(Agg("sum", f"{t}.{c}"))
        r.assume(c, f"'{x.text}' is the total {c} of the rows asked about")
        return


# participles of money changing hands said right after the money column they name
_TAKEN_PARTICIPLES = {"collected", "paid", "taken", "received", "earned", "billed", "charged", "invoiced",
                      "raised", "spent", "made"}


def money_taken_in_a_period(it) -> None:
    """'extra fees collected in 2024', 'amounts paid in March': a money column said first, with a
    participle of money changing hands and a period, asks how much changed hands then — the total,
    never a listing of the rows (which 'list' or 'which' would ask); 'by depot', 'for each driver'
    make it the total of each group (never an average, nor the participle read as a column named
    with it: 'collected' is no empty_coll). When the period is the date of other rows than the
    money's own ('fees paid in 2024' where only invoices record a payment date), which rows the
    period keeps is unknown: declined."""
    r = it.r
    if r.measures or r.rank_dir or r.order or r.limit is not None or r.select or \
            any(it.kws(k) for k in ("rank", "count", "agg", "list", "distinct", "anaphora")):
        return
    per_row = _rows_listed_for_each(it) if it.kws("group") and not r.group else None
    if it.kws("group") and not r.group and per_row is None:
        return          # ('for each client' that no grouping has read: left to the other rules)
    m = [x for x in it.m if x.text not in ("the", "our", "all")]
    if len(m) < 2 or m[0].kind != "ref" or m[0].ref is None or m[0].ref.kind != "column" or \
            m[1].text not in _TAKEN_PARTICIPLES or not all(x.used for x in m[2:]):
        return              # (anything besides the period, 'for each driver', is no plain total)
    t, c = m[0].ref.table, m[0].ref.column
    charge = it.cat.is_measure(t, c) and it.cat._raw_words(c)[-1:] and it.cat._raw_words(c)[-1] in CHARGE_NAMES
    if (t, c) not in it.cat.role_columns("money") and it.cat.default_agg(f"{t}.{c}") != "sum" and not charge:
        return          # ('fee' is a charge per row: collected, its total)
    periods = [f for f in r.filters if f.kind == "time" and f.column]
    if not periods:
        return
    if any(f.column.split(".")[0] != t for f in periods):
        raise CannotAnswer(f"'{m[0].text} {m[1].text}' in a period: the date of that is not one of the {t} rows' "
                           "own, so which of them the period keeps is unknown; name the date", [m[1].text])
    verb = m[1]
    verb.kind, verb.refs, verb.ref, verb.kw, verb.used = "word", [], None, (), True
    m[0].used = True
    if per_row is not None:
        # 'for each client' read as the clients listed (nothing was added up then): one total per client
        r.group.extend(Dim(g) for g in it.cat.entity_group(per_row))
        r.entity = None
    r.measures.append(Agg("sum", f"{t}.{c}"))
    r.assume(c, f"'{m[0].text} {verb.text}' over a period is the total {c} of its rows")


def _rows_listed_for_each(it) -> str | None:
    """The table 'for each client' named when the grouping step read it as those rows listed (there
    was nothing added up yet); None when the grouping words name anything else."""
    r = it.r
    groups = it.kws("group")
    if len(groups) != 1 or not groups[0].used or r.entity is None:
        return None
    i = it.idx(groups[0])
    after = it.m[i + 1] if i + 1 < len(it.m) else None
    if after is None or after.kind != "ref" or after.ref is None or after.ref.kind != "table" or \
            after.ref.table != r.entity or not it.cat.tables[r.entity].primary_key:
        return None
    return r.entity


def _billed_table_total(it, x) -> None:
    """'what has Lucy invoiced?' with 'invoiced' naming the invoices table: what was billed is the
    money of those bills, the total of the table's one money column; with none or several the verb is
    declined — never the bills listed as the answer."""
    t = x.ref.table
    money = [c for u, c in it.cat.role_columns("money") if u == t]
    if len(money) != 1:
        raise CannotAnswer(f"'{x.text}' asks for the money billed, and {t} has "
                           f"{'several money columns (' + ', '.join(money) + ')' if money else 'no money column'}: "
                           "name the amount meant", [x.text])
    x.used = True
    it.r.consumed.add("billed")                 # the bills drafted or voided are no money billed
    it.r.entity = it.r.entity or t
    it.r.measures.append(Agg("sum", f"{t}.{money[0]}"))
    it.r.assume(money[0], f"'{x.text}' is the total {money[0]} of the {t.replace('_', ' ')} asked about")


_CURRENCY_WORDS = CURRENCY_WORDS | {"converted", "convert", "conversion"}    # a currency, or a conversion asked


def money_across_currencies(p, r, cat) -> None:
    """Amounts beside a currency column are in several currencies: never added, averaged or ranked
    across them. A plain total is given per currency (stated); one kept to a single currency, or
    grouped by it, is safe; anything else — a ranking, an average, a total asked 'in pounds' (a
    conversion the engine does not make) — is declined, naming the currency column."""
    for m in p.measures:
        if m.func != "count" and m.column:
            _one_currency_or_per_currency(p, r, cat, m.column, totalled=m.func == "sum")
    for o in p.order:
        if o.kind == "col":
            _one_currency_or_per_currency(p, r, cat, o.ref, totalled=False)


def _one_currency_or_per_currency(p, r, cat, col: str, totalled: bool) -> None:
    cur = cat.currency_of(col)
    if cur is None or any(g.column == cur for g in p.group) or \
            any(f.column == cur and (f.op == "=" or f.op == "in" and len(f.values) == 1) for f in p.filters):
        return
    said = [w for x in r.mentions for w in x.text.split() if w in _CURRENCY_WORDS]
    ranked = p.limit is not None or any(o.kind == "agg" for o in p.order)
    if totalled and not said and not ranked and p.inner is None and not p.batch:
        p.group.append(Dim(cur))
        p.assume(cur.split(".")[1], f"{col.split('.')[1]} is in several currencies: totalled per currency, "
                                    "never added together")
        return
    words = said or [x.text for x in r.mentions if x.kind == "ref" and x.col == col][:1] or [col.split(".")[1]]
    raise CannotAnswer(f"{col.split('.')[1]} is in several currencies ({cur.split('.')[1]}), and the engine does not "
                       "convert between them; ask per currency or for one currency", words)


# 'brings in', 'brought in' before the money the question names: the verb of that money, no other word
_BRING_VERBS = {"bring", "brings", "brought", "bringing"}


def money_brought_in(it) -> None:
    """'which service brings in the most money?', 'which city brought in the most fee income?': the
    verb of money coming in, said right before the money column the question names (the words
    between are only 'in', 'the' and a rank word), says nothing more than that column; it is
    accounted for by it. Without a money column after it the verb is left unaccounted (declined)."""
    m = it.m
    for i, x in enumerate(m):
        if x.text not in _BRING_VERBS or x.used or i + 1 >= len(m) or m[i + 1].text != "in":
            continue
        j = i + 2
        while j < len(m) and (m[j].text in ("the", "a", "more", "less") or m[j].kind == "kw" and m[j].kw[0] == "rank"):
            j += 1
        y = m[j] if j < len(m) else None
        if y is None or y.kind != "ref" or y.ref is None or y.ref.kind != "column" or not \
                ((y.ref.table, y.ref.column) in it.cat.role_columns("money") or
                 set(it.cat.name_words_of(y.ref.column)) & INCOME_WORDS):
            continue
        if j + 1 < len(m) and m[j + 1].kind == "ref" or not _brings_in_subject(it, i):
            continue            # 'net sales' read as two columns; 'which month of 2024 brought in': a time
        x.used = m[i + 1].used = True


def _brings_in_subject(it, i: int) -> bool:
    """The thing that brings the money in, right before the verb: a table's rows ('pitches') or a
    text column of kinds ('service', 'city'), never a time or a number."""
    before = [y for y in it.m[:i] if y.kind != "word"]
    s = before[-1] if before else None
    if s is None or s.kind != "ref" or s.ref is None:
        return False
    return s.ref.kind == "table" or it.cat.is_dimension(s.ref.table, s.ref.column)


_TAKE_VERBS = {"take", "took", "taken", "earn", "earned", "make", "made", "bring", "brought"}


def how_much_was_taken(it) -> None:
    """'how much did Taco Loco take at Abbey Square in 2024?': 'how much' with a verb of money coming
    in and no column named is the total of the money taken — when the database holds exactly one
    column of money coming in (takings, revenue, sales, income); with none or several it is declined."""
    r = it.r
    hm = next((x for x in it.kws("count") if x.text == "how much" and not x.used), None)
    if hm is None or r.measures or not {t.text for t in it.tokens} & _TAKE_VERBS or \
            it.kws("anaphora") or it.kws("connective"):
        return                          # (who 'they' are is the follow-ups' to read)
    i = it.idx(hm)
    if any(x.kind == "ref" and not x.used and x.ref is not None and x.ref.kind == "column" for x in it.m[i + 1:]):
        return                          # a column named after it is what is asked
    income = [f"{t}.{c}" for t in sorted(it.cat.tables) for c in it.cat.tables[t].columns
              if it.cat.is_measure(t, c) and set(it.cat.name_words_of(c)) & INCOME_WORDS]
    if len(income) != 1:
        return
    hm.used, hm.kw = True, ("asked", None)
    r.entity = r.entity or income[0].split(".")[0]      # the rows of money taken, kept by the values named
    r.measures.append(Agg("sum", income[0]))
    r.assume(income[0].split(".")[1], f"'how much' money taken is the total {income[0].split('.')[1]}")


def charges_of_periods(p, r, cat, col: str) -> bool:
    """'fees by month', 'and fees for those' over rows grouped by a period: a charge per row ('fee',
    'fare') named in the plural is the money those rows brought in during each period, its total;
    the singular ('the fee each month') and other levels ('prices') stay averaged."""
    t, c = col.split(".", 1)
    words = cat._raw_words(c)
    if not words or words[-1] not in CHARGE_NAMES or not any(g.grain or cat.is_time(*g.column.split("."))
                                                            for g in p.group):
        return False
    return any(x.kind == "ref" and x.col == col and x.text.split()[-1] in (words[-1] + "s", words[-1] + "es")
               for x in r.mentions or [])


_PAY_VERBS = {"paid", "pay", "earns", "earn", "earning", "earned"}
_PAY_NAMES = {"salary", "pay", "wage", "wages", "rate", "hourly", "compensation", "earnings", "stipend", "salaries"}


_PAYING = {"pay", "pays", "paid", "paying"}


def pay_verb_of_a_named_figure(it) -> None:
    """'which utilities pay the highest dividend?', 'which of the two pays the bigger dividend?':
    'pay' whose object is a ranking of a column named after it is only the verb of that figure,
    never a pay column (salary, earnings) of its own ('pay a dividend' is another rule's condition)."""
    m = it.m
    for i, x in enumerate(m[:-3]):
        if x.kind not in ("ref", "word") or x.text not in _PAYING or m[i + 1].text != "the":
            continue
        rank, y = m[i + 2], m[i + 3]
        if rank.kind != "kw" or rank.kw[:1] != ("rank",) or rank.text in AMOUNT_RANKS or y.kind != "ref" or \
                y.text in _PAYING or y.text in _PAY_NAMES or not any(r.kind == "column" for r in y.refs):
            continue
        x.kind, x.refs, x.ref, x.used = "word", [], None, True


_PLACES = ("decimal", "decimals", "decimal place", "decimal places", "place", "places", "dp", "digit", "digits")


def rounded_to_places(it) -> None:
    """'the average P/E of each sector, rounded to one decimal', 'to 2 decimal places': the figures
    shown are rounded to that many places (the words are read; the number is no limit or value)."""
    m = it.m
    for i, x in enumerate(m):
        if x.kind != "num" or x.number != int(x.number) or not 0 <= x.number <= 6 or i == 0 or m[i - 1].text != "to":
            continue
        tail = [y.text for y in m[i + 1:i + 3]]
        size = 2 if " ".join(tail) in _PLACES else 1 if tail[:1] and tail[0] in _PLACES else 0
        if not size or size == 1 and tail[0] in ("place", "places", "digit", "digits"):
            continue            # 'to 2 places' alone may be anything
        start = i - 2 if i >= 2 and m[i - 2].text in ("rounded", "round", "rounding") else i - 1
        for y in m[start:i + 1 + size]:
            y.kind, y.kw, y.used = "word", (), True
        it.r.decimals = int(x.number)
        return


def pay_of_the_persons_asked(it) -> None:
    """'the optometrists from best paid to worst paid': how well persons are paid is their own pay
    column (salary, hourly_rate), never money of other tables they are linked to (sales taken at
    their appointments); with no pay column of theirs, declined."""
    persons = [x.ref.table for x in it.m if x.kind == "ref" and x.ref is not None and x.ref.kind == "table"
               and x.ref.table in it.cat.person_tables()]
    if not persons:
        return
    t = persons[0]
    for x in it.m:
        if x.kind != "ref" or x.text.lower() not in _PAY_VERBS or x.ref is None or x.ref.table == t or \
                not _judges_how_well(it, x):
            continue
        pay = [c for c in it.cat.tables[t].columns if it.cat.is_measure(t, c) and
               set(it.cat.name_words_of(c)) & _PAY_NAMES]
        if len(pay) != 1:
            raise CannotAnswer(f"'{x.text}' of {t.replace('_', ' ')}: they have no one column of their pay "
                               f"({x.ref.column} is money of {x.ref.table.replace('_', ' ')})", [x.text])
        x.ref = Ref("column", t, pay[0], x.ref.strength)
        x.refs = [x.ref]


def _judges_how_well(it, x) -> bool:
    """'best paid', 'highest paid', 'well paid': a word of rank or of how well right before the verb
    (the persons are the ones paid; 'which client paid us the most' is money they paid)."""
    before = next((y for y in it.m if y.end == x.start), None)
    return before is not None and (before.kind == "kw" and bool(before.kw) and before.kw[0] == "rank" or
                                   before.text in ("well", "better", "worse", "poorly", "badly"))


_CURRENCY_COLUMN_WORDS = {"curr", "currency", "ccy", "currencies"}
_MONEY_WORDS = {"amt", "amount", "amounts", "net", "gross", "total", "price", "cost", "fee", "fees", "cents",
                "pence", "value", "paid", "balance", "spend", "revenue"}
_NAMED_CURRENCIES = CURRENCY_WORDS - {"cent", "cents", "pence", "penny", "pennies"}    # units of any currency
_NOT_MONEY_WORDS = {"rate", "pct", "percent", "fx", "ratio", "days", "qty", "quantity"}


def one_currency(p, cat) -> None:
    """Money in several currencies is never added up across them ('spend on software in 2024' over
    bills in EUR, GBP and USD): where each row carries its rate to one currency (fx_to_gbp) the sum is
    of the amounts converted, said so; else a single figure is given per currency, and anything
    else (a ranking, a grouping of its own) is declined, naming the currency column."""
    for a in p.measures:
        if a.func not in ("sum", "avg") or not a.column or a.times:
            continue
        t, c = a.column.split(".")
        cur = _currency_column(cat, t)
        if cur is None or not _money_of_a_row(cat, t, c) or _held_to_one(p, f"{t}.{cur}"):
            continue
        rate = _rate_to_one_currency(cat, t)
        if rate is not None:
            a.times = f"{t}.{rate}"
            p.assume(c, f"{c} is in several currencies ({cur}): each converted with {rate} before adding up")
        elif not p.group and not p.order and p.limit is None and len(p.measures) == 1:
            p.group = [Dim(f"{t}.{cur}")]
            p.assume(c, f"{c} is in several currencies ({cur}): one figure per currency")
        else:
            raise CannotAnswer(f"{c} is in several currencies ({cur}) and adding them up would mix them; "
                               f"ask per {cur} or for one {cur}", [])


def _currency_column(cat, t: str) -> str | None:
    """A text column of `t` naming the currency of each row, with several values."""
    for c in cat.tables[t].columns:
        col = cat.column(t, c)
        if col.kind == "text" and set(cat._raw_words(c)) & _CURRENCY_COLUMN_WORDS and col.profile.distinct > 1:
            return c
    return None


def _money_of_a_row(cat, t: str, c: str) -> bool:
    words = set(cat._raw_words(c))      # (gdp_usd is in the currency its name says)
    return cat.column(t, c).kind in ("int", "float") and not words & (_NOT_MONEY_WORDS | _NAMED_CURRENCIES) and \
        ((t, c) in cat.roles.get("money", ()) or bool(words & _MONEY_WORDS))


def _held_to_one(p, cur: str) -> bool:
    """The rows are of one currency (a condition on it), or shown per currency."""
    return any(f.column == cur and f.op in ("=", "in") and len(f.values) == 1 for f in p.filters) or \
        any(g.column == cur for g in p.group)


def _rate_to_one_currency(cat, t: str) -> str | None:
    """A number column of `t` that is each row's exchange rate to one currency ('fx_to_gbp'), never empty."""
    for c in cat.tables[t].columns:
        col = cat.column(t, c)
        words = set(cat._raw_words(c))
        if col.kind == "float" and not col.profile.nulls and ("fx" in words or {"exchange", "rate"} <= words):
            return c
    return None


def figure_of_a_rows_attribute(it) -> None:
    """'What's the book value of Apple's headquarters?', 'the average P/E of Apple's sector': a
    figure of the rows asked 'of' a text attribute one named row has (its headquarters, its sector)
    is no figure that row has — the attribute has none of its own (declined, naming the words),
    never the row's own figure shown beside the attribute."""
    m, cat = it.m, it.cat
    for k in range(2, len(m) - 1):
        owner, attr = m[k], m[k + 1]
        if owner.kind != "value" or attr.kind != "ref" or not attr.col or m[k - 1].text != "of":
            continue
        t, c = attr.col.split(".")
        if cat.column(t, c).kind != "text" or cat.is_measure(t, c) or \
                not any(v.table == t or (cat.connected(v.table, t) and not cat.fans_out(v.table, t))
                        for v in owner.values):
            continue
        said, head = _as_said(it, owner), _as_said(it, attr)
        if not re.search(re.escape(said) + r"['’]s\s+" + re.escape(head), it.question, re.I):
            continue            # ('the P/E of Apple sector stocks': no possessive)
        figure = next((x for x in m[:k - 1] if x.kind == "ref" and x.col and cat.is_measure(*x.col.split("."))), None)
        if figure is None:
            continue
        what = _as_said(it, figure)
        raise CannotAnswer(f"'{what} of {said}'s {head}': {said}'s {head} ({c}) is a text attribute, which has no "
                           f"{figure.ref.column} of its own; ask for {said}'s {what} or its {head}",
                           [f"{said}'s {head}"])


# A column of money per period says so in its name ('weekly_rent', 'rent_pcm', 'price_per_night',
# 'AnnualRent', 'hourly_rate'): the word of the period and the period it names.
_RATE_PERIOD_WORDS = {"weekly": "week", "pw": "week", "monthly": "month", "pcm": "month", "hourly": "hour",
                      "daily": "day", "nightly": "night", "annual": "year", "annually": "year", "yearly": "year",
                      "quarterly": "quarter"}
_PERIOD_NOUNS = {"week": "week", "month": "month", "hour": "hour", "day": "day", "night": "night",
                 "year": "year", "annum": "year", "quarter": "quarter"}
_RATE_MONEY_WORDS = {"rent", "rate", "fee", "fees", "price", "cost", "charge", "salary", "wage", "wages", "pay",
                     "income", "revenue", "amount", "spend", "budget", "tariff", "fare"}
_PER_WORDS = {"per", "a", "an", "each", "every", "p"}


def period_of_rate(cat, t: str, c: str) -> str | None:
    """The period a money column is a rate per ('week' of weekly_rent, 'month' of rent_pcm and of
    price_per_month), None for any other column."""
    words = cat._raw_words(c)
    if not cat.is_measure(t, c) or not (set(words) & _RATE_MONEY_WORDS or (t, c) in cat.roles.get("money", ())
                                        or (t, c) in cat.roles.get("price", ())):
        return None
    said = {_RATE_PERIOD_WORDS[w] for w in words if w in _RATE_PERIOD_WORDS}
    said |= {_PERIOD_NOUNS[b] for a, b in zip(words, words[1:]) if a in ("per", "p") and b in _PERIOD_NOUNS}
    return said.pop() if len(said) == 1 else None


def _periods_said(words: list[str]) -> set[str]:
    """The periods a question says a figure is per: 'weekly', 'pcm', 'per month', 'a week'."""
    out = {_RATE_PERIOD_WORDS[w] for w in words if w in _RATE_PERIOD_WORDS}
    return out | {_PERIOD_NOUNS[b] for a, b in zip(words, words[1:]) if a in _PER_WORDS and b in _PERIOD_NOUNS}


def _counts_of_periods(cat, t: str, unit: str) -> list[str]:
    """Number columns of `t` counting periods of that unit for each row ('weeks', 'num_nights',
    'hours_worked'), never a rate or an amount itself."""
    out = []
    for c in cat.tables[t].columns:
        words = set(cat._raw_words(c))
        if cat.is_measure(t, c) and words & {unit, unit + "s"} and not words & (_RATE_MONEY_WORDS | {"per", "p"}) \
                and not words & set(_RATE_PERIOD_WORDS):
            out.append(c)
    return out


def _rows_are_its_periods(cat, t: str, unit: str) -> bool:
    """Each row of `t` is one period of that unit: its one time column is named for the unit
    ('month', 'week_start'; a daily figure's 'date'), and no end date makes the rows ranges."""
    times = cat.time_columns(t)
    words = set(cat._raw_words(times[0])) if len(times) == 1 else set()
    return not cat.end_dates(t) and bool(words & ({unit, unit + "s"} | ({"date"} if unit == "day" else set())))


def rate_over_its_periods(p, r, previous, cat) -> None:
    """'How much rent is contracted for 2026/27?' over contracts of weekly_rent and weeks: a rate per
    period (weekly_rent, rent_pcm, hourly_rate) added up over rows is no total amount unless the
    question says the period ('the total weekly rent', 'rent per month'). The amount is the rate
    times the rows' own count of those periods (weeks, nights, hours), when exactly one such column
    is there (stated); a table of rows that each are one dated moment keeps its figure (the
    'monthly_revenue' of a month's row); anything else is declined, naming the rate column."""
    carried = {(a.func, a.column) for a in (previous.measures if previous is not None else [])}
    words = [w for x in r.mentions for w in x.text.lower().split()]
    for a in p.measures:
        named = [x.text for x in r.mentions if x.kind == "ref" and x.col == a.column][:1]
        if a.func != "sum" or not a.column or a.times or a.where or (a.func, a.column) in carried and not named:
            continue                    # (a figure of the previous answer kept as it was read there)
        t, c = a.column.split(".", 1)
        unit = period_of_rate(cat, t, c)
        if unit is None:
            continue
        said = _periods_said(words) - {g.grain for g in p.group if g.grain}     # 'per year' of a grouping
        if unit in said:
            continue                    # 'the total weekly rent': one period's rent of every row, as asked
        named = named or [c]
        if said:
            raise CannotAnswer(f"{c} is an amount per {unit}, and the question asks per {sorted(said)[0]}: "
                               "the engine does not convert between periods", named)
        counts = _counts_of_periods(cat, t, unit)
        if len(counts) == 1:
            a.times = f"{t}.{counts[0]}"
            p.assume(c, f"{c} is per {unit}: the total is {c} × {counts[0]} of each row")
            continue
        if not counts and _rows_are_its_periods(cat, t, unit):
            continue                    # each row is one period's figure ('monthly_revenue' by month): they add up
        raise CannotAnswer(f"{c} is an amount per {unit}, and adding it up over {t.replace('_', ' ')} is no total "
                           f"amount: the {unit}s each row runs are not in one column; ask for the total {c} "
                           f"(one {unit} of each) or name the {unit}s", named)


def _as_said(it, x) -> str:
    """The words of a mention as the question wrote them."""
    return " ".join(tok.raw for tok in it.tokens[x.start:x.end])
