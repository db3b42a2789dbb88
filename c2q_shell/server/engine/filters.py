"""The filters family: conditions that compare a row with an aggregate of its own group
('P/E above their sector's average') or of all rows ('above average'). The reader marks the
words it uses; the SQL is a correlated subquery built with sqlglot (see sqlgen.Compiler)."""
from __future__ import annotations

import re

from . import dates, happened
from .catalog import phrase_key
from .errors import CannotAnswer
from .mentions import _is_year
from .plan import Agg, Dim, Filter
from .text import stem
from .vocab import BILL_STEMS, BILLING_VERBS, HAVING_WORDS, OPPOSITE_PREFIXES, OPPOSITE_WORDS, UNITS_OF

_LINK = {"the", "their", "its", "his", "her", "own", "of", "for", "in", "within", "that", "across"}
_BELOW = {"less than", "fewer than", "below", "under", "smaller than", "lower than", "beneath", "cheaper than", "<"}


def _tables_named(m: list, strength: int = 0) -> set[str]:
    """The tables the question's words name (at least `strength` strong)."""
    return {r.table for y in m if y.kind == "ref" for r in y.refs if r.kind == "table" and r.strength >= strength}

def words_in_a_column(it) -> None:
    """'companies that have 'Bank' in their name', 'plans with Pro in the name': the words between
    'have' and 'in their <text column>' are a part of that column's text (LIKE), never a value of
    another column they also match."""
    m = it.m
    for i, x in enumerate(m[1:-2], 1):
        if m[i - 1].text not in HAVING_WORDS or x.kind not in ("value", "word", "ref", "apart") or x.used or \
                x.text in ("been", "being"):
            continue                # ('has been in the league': the verb, no part of a text)
        j = i + 1
        if m[j].text != "in":
            continue
        j += 1
        if j < len(m) and m[j].text in ("their", "its", "the", "his", "her") and m[j].kind in ("kw", "word"):
            j += 1
        col = m[j] if j < len(m) else None
        if col is None or col.kind != "ref" or not col.col or col.used or \
                it.cat.column(*col.col.split(".")).kind != "text":
            continue
        text = " ".join(t.raw for t in it.tokens[x.start:x.end]).strip("'\"")
        if x.kind in ("ref", "apart") and not (_quoted(it.question, text) or col.col.split(".")[1] in
                                    it.cat.label_columns(col.col.split(".")[0])):
            continue            # ('price' names a column: a part of the text only when quoted, or of a name)
        if not text:
            continue
        for y in m[i:j + 1]:
            y.used = True
        x.kind = "skip"
        it.r.filters.append(Filter(col.col, "like", [f"%{text}%"], kind="compare"))


def _quoted(question: str, text: str) -> bool:
    """'Price' typed between quotes: a string, never a name of the data."""
    return bool(text) and re.search(r"['\"‘“]" + re.escape(text) + r"['\"’”]", question or "", re.I) is not None


_SIGNS = {"negative": "<", "positive": ">"}


def signed_measures(it) -> None:
    """'companies with negative EBITDA', 'a positive net income': the sign said right before a
    numeric measure is a comparison of that measure with zero."""
    m = it.m
    for i, x in enumerate(m[:-1]):
        op = _SIGNS.get(x.text)
        target = m[i + 1]
        if op is None or x.used or x.kind != "word" or target.used or target.kind != "ref" or not target.col or \
                not it.cat.is_measure(*target.col.split(".")):
            continue
        rank = m[i - 1] if i > 0 else None
        if rank is not None and rank.kind == "kw" and rank.kw[0] == "rank" and rank.text in ("most", "least") and \
                not rank.used:
            # 'the most negative price_to_book': the lowest value of that measure ranks first ('the least
            # negative' the one nearest zero), never the rows ranked by another measure
            desc = (op == ">") == (rank.text == "most")
            rank.kind, rank.kw, rank.text = "kw", ("rank", "desc" if desc else "asc"), \
                "highest" if desc else "lowest"
            x.used = True
            it.r.filters.append(Filter(target.col, op, [0], kind="compare"))
            continue
        x.used = target.used = True
        it.r.filters.append(Filter(target.col, op, [0], kind="compare"))


def more_x_than(it) -> None:
    """'accounts with more seats than the average': the comparative before the measure and
    'than' after it read as one comparison of that measure."""
    m = it.m
    for i, x in enumerate(m[:-2]):
        op = ">" if x.text in ("more", "higher", "greater", "bigger", "larger") else \
            "<" if x.text in ("fewer", "less", "lower", "smaller") else None
        if op is None or x.used or x.kind == "kw" and x.kw[0] == "cmp":
            continue
        target, than = m[i + 1], m[i + 2]
        if target.kind != "ref" or not target.col or not it.cat.is_measure(*target.col.split(".")) or \
                than.text != "than":
            continue
        x.kind, x.kw, x.refs, x.ref, x.used = "word", (), [], None, True
        than.kind, than.kw = "kw", ("cmp", op)
        than.text = "more than" if op == ">" else "less than"


def read_vs_average(it) -> None:
    """'price to book ratio above their sector's average', 'P/E below the industry average',
    'a price above the average of their sub-industry', 'a dividend yield above average'."""
    m, cat = it.m, it.cat
    for i, k in enumerate(m):
        if k.kind != "kw" or k.kw[0] != "cmp" or k.kw[1] not in (">", "<"):
            continue
        target = it.prev_mention(i, kinds=("ref",), within=4)
        if target is not None and not (target.col and cat.is_measure(*target.col.split("."))):
            target = None
        dim = avg = None
        span = []
        skip = False
        for x in m[i + 1:i + 9]:
            if x.text in _LINK or (x.kind == "kw" and x.kw[0] in ("anaphora", "in")):
                span.append(x)
            elif dim is None and x.kind == "ref" and x.col and cat.is_dimension(*x.col.split(".")):
                dim = x
            elif avg is None and x.kind == "kw" and x.kw[0] == "agg" and x.kw[1] in ("avg", "median"):
                avg = x
            elif avg is not None and x.kind == "value" and not any(
                    y.kind == "value" and y.text == x.text for y in m[:i]):
                skip = True                     # 'the average Enterprise account' for every row: not this
                break
            elif dim is None and avg is not None and x.kind == "value":
                # 'Enterprise accounts with more seats than the average Enterprise account': the
                # average of the rows that share the value the question filters on
                value_dim = next((v for v in x.values if cat.is_dimension(v.table, v.column)), None)
                if value_dim is None:
                    break
                x.used = True
                dim = x
                dim_col = f"{value_dim.table}.{value_dim.column}"
            elif avg is None and dim is None and x.kind == "value" and any(
                    y.kind == "value" and y.text == x.text for y in m[:i]):
                # 'individual donations above the individual average': the average of the rows that
                # share the value the question filters on
                value_dim = next((v for v in x.values if cat.is_dimension(v.table, v.column)), None)
                if value_dim is None:
                    break
                dim, dim_col = x, f"{value_dim.table}.{value_dim.column}"
            elif x.kind == "ref" and target is not None and x.col == target.col:
                span.append(x)                  # 'above the average P/E of their sector'
            elif x.kind == "ref" and target is None and avg is not None and x.col and \
                    cat.is_measure(*x.col.split(".")):
                target = x                      # 'singers above the average age'
            elif target is None and avg is not None and ((x.kind == "ref" and x.ref is not None and
                                                          x.ref.kind == "table") or
                                                         x.text == "number of"):
                span.append(x)                  # 'average order amount', 'average number of passengers'
            else:
                break
        target_col = target.col if target is not None else _one_measure_of_rows_before(it, i) if avg else None
        if avg is None or target_col is None or skip:
            continue
        if dim is not None and dim.kind == "value" and dim_col.split(".")[0] != target_col.split(".")[0]:
            continue                    # 'the individual average' of a value of another table: declined
        op = "<" if k.text in _BELOW else ">"
        for x in [k, avg, *span] + ([target] if target else []) + ([dim] if dim else []):
            x.used = True
            if x.kind == "kw":
                x.kw = ("consumed", x.kw[0])     # not an aggregate, comparison or reference of the answer
        dim_of = (dim_col if dim.kind == "value" else dim.col) if dim else None
        it.r.filters.append(Filter(target_col, op, [dim_of], kind="group_avg"))
        it.r.anaphora = any(x.kind == "kw" and x.kw[0] == "anaphora" for x in m)
        col = target_col.split(".")[1]
        it.r.assume(col, f"compared with the average {col} of the row's own {dim_of.split('.')[1]}"
                    if dim else f"compared with the average {col} over all rows")


def _one_measure_of_rows_before(it, i: int) -> str | None:
    """'donations above the average': the rows named just before the comparison, compared by
    their table's one measure (several would be a guess: None)."""
    rows = it.prev_mention(i, kinds=("ref",), within=3)
    if rows is None or rows.ref is None or rows.ref.kind != "table":
        return None
    t = rows.ref.table
    own = [c for c in it.cat.tables[t].columns if it.cat.is_measure(t, c) and not it.cat.is_flag(t, c)
           and not it.cat.is_key(t, c)]
    return f"{t}.{own[0]}" if len(own) == 1 else None


def read_top_per_group(it) -> None:
    """'companies with the highest P/E in their sector', 'the oldest employee in each department':
    the rows whose value is the group's own maximum (or minimum)."""
    m, cat = it.m, it.cat
    for i, k in enumerate(m):
        if k.kind != "kw" or k.kw[0] != "rank" or k.used or i + 1 >= len(m):
            continue
        at = i + 1
        while at < len(m) - 1 and m[at].start == k.start:
            at += 1                     # another reading of the rank word itself ('cheapest' as a price)
        by = _ranked_by(m, at, cat)
        if by is not None:
            # 'the cheapest (company) by price to book in each sector': the measure said after 'by'
            target, start, said = m[by + 1], by + 2, [m[by]]
        else:
            target, start, said = m[at], at + 1, []
        if not said and k.text in _SIZE_WORDS and target.kind == "ref" and target.ref is not None and \
                target.ref.kind == "table":
            _biggest_row_of_each_group(it, k, target, at + 1)
            continue
        if target.kind != "ref" or not target.col or not cat.is_measure(*target.col.split(".")):
            continue
        if start < len(m) and m[start].kind == "ref" and m[start].ref is not None and m[start].ref.kind == "table":
            start += 1                  # 'the highest market cap company in each sector': the rows' noun after
        span, j = _words_of_each(m, start)
        if not span or j >= len(m) or m[j].kind != "ref" or not m[j].col or \
                not cat.is_dimension(*m[j].col.split(".")):
            continue
        dim = m[j]
        if not _says_each(span):
            continue                    # 'the highest P/E in Energy' is a filter and a ranking, not this
        _group_extreme(it, k, target, dim, span)
        _consumed(said)
        if said and it.r.entity is None:
            _rows_of_the_groups_table(it, target.col, dim.col)
    _group_extreme_asked_first(it)


def _rows_of_the_groups_table(it, figure: str, dim: str) -> None:
    """'the cheapest by price to book in each sector' with no rows named: when the figure is one per
    row of the table the groups are of (the two tables one to one), the rows are that table's."""
    cat = it.cat
    t, u = dim.split(".")[0], figure.split(".")[0]
    if t != u and cat.join_path(t, u) and not cat.fans_out(t, u) and not cat.fans_out(u, t):
        it.r.entity = t


def _ranked_by(m, at: int, cat) -> int | None:
    """Where 'by' stands in 'cheapest by price to book' or 'cheapest company by price to book' (the
    rows' noun between), followed by a measure; else None."""
    if at < len(m) and m[at].kind == "ref" and m[at].ref is not None and m[at].ref.kind == "table":
        at += 1
    after = m[at + 1] if at + 1 < len(m) else None
    if at < len(m) and m[at].text == "by" and after is not None and after.kind == "ref" and after.col and \
            cat.is_measure(*after.col.split(".")):
        return at
    return None


_SIZE_WORDS = ("largest", "biggest", "smallest")
_EACH_WORDS = ("in", "within", "of", "for", "per", "their", "its", "each", "every", "the", "own")


def _words_of_each(m, j: int) -> tuple[list, int]:
    """The words from `j` on that may say 'in each', 'within their own', 'per': them, and where they end."""
    span = []
    while j < len(m) and (m[j].text in _EACH_WORDS or (m[j].kind == "kw" and m[j].kw[0] in ("anaphora", "in", "group"))):
        span.append(m[j])
        j += 1
    return span, j


def _says_each(span) -> bool:
    """'in each', 'their own', 'per': the words say each group, not one ('in Energy')."""
    return any(x.text in ("their", "its", "each", "every", "per") or (x.kind == "kw" and x.kw[0] == "group")
               for x in span)


def _consumed(words) -> None:
    for x in words:
        x.used = True
        if x.kind == "kw":
            x.kw = ("consumed", x.kw[0])


def _biggest_row_of_each_group(it, k, rows, j: int) -> None:
    """'the biggest company in each sector', 'and the largest one in each?' after a figure per
    sector: the row of each group whose size (the rows' one size measure, said) is the group's
    own maximum — never a count of the rows, nor the group with the most. 'in each' with no group
    named is each group the previous answer shows (one). No size measure: declined."""
    m, cat = it.m, it.cat
    span, j = _words_of_each(m, j)
    if not _says_each(span):
        return                          # 'the biggest company in Energy': a filter and a ranking
    t = rows.ref.table
    if j < len(m) and m[j].kind == "ref" and m[j].col and cat.is_dimension(*m[j].col.split(".")):
        dim, named = m[j].col, [m[j]]
    elif all(x.text in ("?", ".", "!") for x in m[j:]) and it.previous is not None and \
            len(it.previous.group) == 1 and not it.previous.group[0].grain and \
            cat.is_dimension(*it.previous.group[0].column.split(".")):
        dim, named = it.previous.group[0].column, []
    else:
        return
    words = f"{k.text} {rows.text} {' '.join(x.text for x in span)}".strip()
    own = [t] + [u for u in sorted(cat.tables) if u != t and cat.join_path(t, u) and
                 not cat.fans_out(t, u) and not cat.fans_out(u, t)]
    size = cat.size_measure(own, only=True)
    home = dim.split(".")[0]
    if size is None or home != t and (not cat.join_path(t, home) or cat.fans_out(t, home)):
        raise CannotAnswer(f"'{words}': no one measure of {t.replace('_', ' ')} says how big one is, in each "
                           "group; name it ('the highest revenue in each region')", [words])
    _consumed([k, rows, *span, *named])
    col = f"{size[0]}.{size[1]}"
    func = "min" if k.text == "smallest" else "max"
    it.r.entity = t
    it.r.filters.append(Filter(col, "=", [dim, func], kind="group_extreme"))
    it.r.select += [c for c in (dim, col) if c not in it.r.select]
    it.r.assume(f"'{k.text}'", f"the {t.replace('_', ' ')} with the {'highest' if func == 'max' else 'lowest'} "
                               f"{size[1]} within their own {dim.split('.')[1]}")


def _group_extreme(it, k, target, dim, span) -> None:
    func = "max" if k.kw[1] == "desc" else "min"
    _consumed([k, target, dim, *span])
    it.r.filters.append(Filter(target.col, "=", [dim.col, func], kind="group_extreme"))
    it.r.anaphora = any(x.kind == "kw" and x.kw[0] == "anaphora" for x in it.m)
    col = target.col.split(".")[1]
    it.r.assume(col, f"the rows with the {'highest' if func == 'max' else 'lowest'} {col} "
                     f"within their own {dim.col.split('.')[1]}")


def _group_extreme_asked_first(it) -> None:
    """'For each sector, which stock has the lowest P/E?': the groups said first, then which row
    has the extreme: the row of each group with the group's own maximum (or minimum), never
    the extreme value alone."""
    m, cat = it.m, it.cat
    if len(m) < 6 or m[0].kind != "kw" or m[0].kw[0] != "group" or m[0].used or \
            m[0].text not in ("for each", "in each", "for every", "in every", "per", "each", "every"):
        return
    dim = m[1]
    if dim.kind != "ref" or not dim.col or not cat.is_dimension(*dim.col.split(".")):
        return
    ask = next((j for j, x in enumerate(m[2:5], 2) if x.text in ("which", "what", "who")), None)
    rank = next((j for j, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "rank" and not x.used), None)
    if ask is None or rank is None or rank < ask or rank + 1 >= len(m):
        return
    target = m[rank + 1]
    if target.kind != "ref" or not target.col or not cat.is_measure(*target.col.split(".")) or \
            any(x.kind not in ("word",) or x.text.isalnum() for x in m[rank + 2:]):
        return                          # 'the lowest P/E in 2020': more than the ranking is said after it
    between = m[ask + 1:rank]
    if any(x.kind not in ("word", "ref") for x in between) or not (m[ask].text == "who" or any(
            x.kind == "ref" and x.ref is not None and x.ref.kind == "table" for x in between)):
        return                          # 'for each sector, what is the lowest P/E?' asks for the value
    _group_extreme(it, m[rank], target, dim, [m[0]])


# Comparatives that say 'more' or 'less' of whatever the unit after the number measures.
_MORE = {"longer", "bigger", "larger", "higher", "greater", "heavier", "further", "farther", "older", "later",
         "more", "costlier", "pricier", "taller", "wider", "deeper", "faster"}
_LESS = {"shorter", "smaller", "lower", "lighter", "nearer", "closer", "younger", "earlier", "less", "fewer",
         "cheaper", "narrower", "shallower", "slower"}


def comparatives_with_units(it) -> None:
    """'trips longer than 20 km': the number's unit ('km' → distance_km) says which column is
    compared, whatever column 'longer' alone would name (a duration)."""
    m = it.m
    for i, x in enumerate(m[:-3]):
        op = ">" if x.text in _MORE else "<" if x.text in _LESS else None
        if op is None or x.used or m[i + 1].text != "than" or m[i + 2].kind != "num":
            continue
        unit = m[i + 3]
        if unit.kind != "ref" or not unit.col or not it.cat.is_measure(*unit.col.split(".")):
            continue
        x.kind, x.kw, x.refs, x.ref = "kw", ("cmp", op), [], None
        m[i + 1].used = True


_TIME_UNIT_WORDS = frozenset(w for w, units in UNITS_OF.items() if any(q == "time" for q, _ in units)) | {"h"}
_COMPARED_BY = {"over", "under", "above", "below", "than", "exceeding", "beyond", ">", "<", ">=", "<="}


def durations_compared(it) -> None:
    """'stays over 24h', 'visits longer than 90 mins': a number with a unit of time compares how long
    each row lasted — a column of durations of the rows named — never a money or count column, nor a
    column of another table whose name holds the unit (a tariff's max_hours). How long a row lasted
    from two of its own timestamps is not worked out by the engine: declined, naming the pair."""
    m = it.m
    for i, x in enumerate(m[1:-1], 1):
        unit = m[i + 1]
        if x.kind != "num" or x.used or _is_year(x) or unit.text not in _TIME_UNIT_WORDS or \
                m[i - 1].text not in _COMPARED_BY and not (m[i - 1].kind == "kw" and m[i - 1].kw[0] == "cmp"):
            continue
        rows = [y.ref.table for y in m if y.kind == "ref" and y.ref is not None and y.ref.kind == "table"]
        if unit.kind == "ref" and unit.col and it.cat.is_measure(*unit.col.split(".")) and \
                (not rows or unit.col.split(".")[0] in rows):
            continue                    # 'tracks over 5 minutes' of a duration column of the tracks
        said = f"{m[i - 1].text} {x.text} {unit.text}"
        ends = [c for t in rows[:1] for c in it.cat.time_columns(t)]
        what = f"the time from {ends[0]} to {ends[1]} of each of the {rows[0].replace('_', ' ')}" if len(ends) == 2 \
            else "how long each row lasted, which no one column holds"
        raise CannotAnswer(f"'{said}' compares a duration ({what}); the engine does not work out a duration "
                           "between two times, and no column of the rows holds it", [m[i - 1].text, x.text, unit.text])


def counted_attributes(it) -> None:
    """'hotels with 5 stars', 'homes with 3 or more bedrooms': a whole number right before a small
    numeric attribute (a handful of distinct values, the number among them) is a condition on it."""
    m, cat = it.m, it.cat
    for i, x in enumerate(m[:-1]):
        if x.kind != "num" or x.used or _is_year(x) or x.number != int(x.number):
            continue
        before = m[i - 1] if i > 0 else None
        if before is not None and (before.kind == "kw" or before.text in ("than", "top", "first", "last")):
            continue                    # 'more than 25 docks', 'top 5 …': compared or counted elsewhere
        op, j = "=", i + 1
        if m[j].kind == "kw" and m[j].kw[0] == "cmp" and m[j].text in ("or more", "or fewer", "or less") \
                and j + 1 < len(m):
            op, j = (">=" if m[j].text == "or more" else "<="), j + 1
        y = m[j]
        if y.kind != "ref" or not y.col or y.ref is None or y.ref.kind != "column":
            continue
        t, c = y.col.split(".")
        col = cat.column(t, c)
        if col.kind != "int" or cat.is_key(t, c) or cat.is_flag(t, c) or not col.profile.distinct or \
                col.profile.distinct > 30 or col.profile.min is None or \
                not float(col.profile.min) <= x.number <= float(col.profile.max):
            continue
        for z in m[i:j + 1]:
            z.used = True
        it.r.filters.append(Filter(y.col, op, [int(x.number)], kind="value" if op == "=" else "compare"))


_FLAG_NAME_WORDS = ("is", "has", "flag", "ind", "yn", "bool", "fl")
_BETWEEN_NAME_WORDS = ("to", "by", "a", "an", "any", "with", "for", "from")


def flag_named_by_words_apart(it) -> None:
    """'How many appointments were billed to an insurer?' with a yes/no column insurer_billed: a
    word of a flag's name read with the flag's other name words a few words away ('billed' …
    'insurer') names that flag, and the other words are part of its name, not columns of their own."""
    m, cat = it.m, it.cat
    tables = _tables_named(m)
    for i, x in enumerate(m):
        if x.kind != "ref" or x.used or " " in x.text:
            continue
        for r in x.refs:
            if r.kind != "column" or not cat.is_flag(r.table, r.column) or (tables and r.table not in tables):
                continue
            words = {stem(w) for w in cat._raw_words(r.column) if w not in _FLAG_NAME_WORDS}
            rest = words - {stem(x.text)}
            if len(words) < 2 or stem(x.text) not in words:
                continue
            near = _name_words_near(m, i, rest)
            if near and {stem(near[-1].text)} == rest:
                x.ref, x.refs = r, [r]
                for y in near:
                    y.kind, y.refs, y.ref, y.used = "word", [], None, True
                break


def _name_words_near(m: list, i: int, rest: set[str]) -> list:
    """The mention after m[i], past small words ending on an article ('to an', 'by a'), whose word is
    in `rest`, with the small words before it (the article says one such thing, not each of them)."""
    j = i + 1
    while j < len(m) and m[j].text in _BETWEEN_NAME_WORDS:
        j += 1
    if i + 1 < j < len(m) and m[j - 1].text in ("a", "an", "any") and m[j].kind in ("ref", "word") and \
            not m[j].used and " " not in m[j].text and stem(m[j].text) in rest:
        return m[i + 1:j + 1]
    return []


def own_flag_over_a_value_elsewhere(it) -> None:
    """'What share of our photos are editorial?' where photos has is_editorial and only licences
    hold the value 'editorial': a word naming a yes/no column of the table the question names is
    that flag (flags_as_conditions reads it), not a value of a table the question does not name."""
    m, cat = it.m, it.cat
    tables = _tables_named(m)
    for x in m:
        if x.kind != "value" or x.used or " " in x.text or not tables or \
                any(v.table in tables for v in x.values):
            continue
        if len([f for f in cat.flags_named(x.text) if f[0] in tables]) == 1:
            x.kind, x.values = "word", []


def opposites(word: str) -> list[str]:
    """The words for the other state of what a word says: 'outdoor' → 'indoor', 'offline' → 'online'."""
    out = [OPPOSITE_WORDS[word]] if word in OPPOSITE_WORDS else []
    return out + [b + word[len(a):] for a, b in OPPOSITE_PREFIXES if word.startswith(a) and len(word) - len(a) >= 4]


def _negations(word: str) -> list[str]:
    """'unpaid' → 'paid', 'non-member' → 'member': the word a negating prefix is put before."""
    if not word.startswith(("un", "non")) or len(word) <= 5:
        return []
    return [(word[3:] if word.startswith("non") else word[2:]).lstrip("-")]


def _flag_of(cat, words: list[str], tables: set[str]) -> str | None:
    """The one yes/no column, of a table the question can reach, that one of the words names."""
    named = {f"{t}.{c}" for w in words for t, c in cat.flags_named(w)
             if not tables or t in tables or any(cat.connected(t, u) for u in tables)}
    return named.pop() if len(named) == 1 else None


def flag_state(x, cat, tables: set[str]) -> tuple[str, bool] | None:
    """The yes/no column one word names and the state it says: 'indoor' → (IsIndoor, yes);
    'outdoor', 'unpaid', 'non-member' → (…, no)."""
    if " " in x.text or x.used or x.kind not in ("ref", "word", "value"):
        return None
    if x.kind == "ref" and x.col and cat.is_flag(*x.col.split(".")):
        return x.col, True
    col = _flag_of(cat, [x.text], tables)
    if col is not None:
        return col, True
    col = _flag_of(cat, _negations(x.text) + opposites(x.text), tables)
    return (col, False) if col is not None else None


_VERSUS = ("vs", "versus", "v")


def flag_states_compared(it) -> None:
    """'indoor vs outdoor: number of sessions', 'paid versus unpaid invoices': the two states of one
    yes/no column set against each other are one group each (grouped by the flag), not two
    conditions (which no row meets at once); a word for the other state that also matches part of
    a name ('Apex Outdoor Donington') is no value."""
    m, cat = it.m, it.cat
    tables = _tables_named(m)
    for i, x in enumerate(m[1:-1], 1):
        if x.text not in _VERSUS or x.used:
            continue
        a, b = flag_state(m[i - 1], cat, tables), flag_state(m[i + 1], cat, tables)
        if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
            continue
        for y in (m[i - 1], x, m[i + 1]):
            y.kind, y.refs, y.ref, y.values, y.used = "word", [], None, [], True
        it.r.group.append(Dim(a[0]))
        it.r.assume(a[0].split(".")[1], f"'{m[i - 1].text} {x.text} {m[i + 1].text}': one row for each of its values")


def flag_state_over_part_of_a_name(it) -> None:
    """'outdoor sessions' where venues have IsIndoor and one is called 'Apex Outdoor Donington': a
    word that only matches part of some names but says a state of a yes/no column of the rows in
    reach (its name, or the opposite of it) is that condition (flags_as_conditions reads it), not
    the one row whose name holds the word."""
    m, cat = it.m, it.cat
    tables = _tables_named(m)
    for x in m:
        if x.kind != "value" or x.used or " " in x.text or not x.values or any(v.score >= 0.9 for v in x.values):
            continue
        if flag_state(x, cat, tables) is not None:
            x.kind, x.values = "word", []


def value_or_a_number_column(it) -> None:
    """'missed bins by month' where complaints.cat holds 'missed bin' and collections have a
    missedBins count: words that are a value of one table and the whole name of a number column of
    another say either the rows with that value (counted) or that number (totalled); nothing tells
    which: declined, naming both."""
    m, cat = it.m, it.cat
    named = {r.table for y in m if y.kind == "ref" for r in y.refs if r.kind == "table" and r.strength >= 2}
    for x in m:
        if x.kind != "value" or x.used or not x.values:
            continue
        key = tuple(t.text if t.is_number else t.stem for t in it.tokens[x.start:x.end])
        tables = {v.table for v in x.values}
        if tables & named:
            continue                    # 'complaints about missed bins': the rows the question names
        cols = sorted({f"{r.table}.{r.column}" for r in cat.phrases.get(key, ()) if r.kind == "column" and
                       r.strength >= 2 and r.table not in tables and cat.is_measure(r.table, r.column) and
                       not cat.is_flag(r.table, r.column)})
        if cols:
            v = x.values[0]
            raise CannotAnswer(f"'{x.text}' is both the value '{v.value}' of {v.table}.{v.column} and the number "
                               f"{' / '.join(cols)}; name which is meant", [x.text])


def attribute_names_as_values(it) -> None:
    """'accounts with no industry attribute', 'count accounts by industry' over a key/value table
    (attr_key holds 'industry', attr_value its values): the word names an attribute, whose rows
    are no condition the engine can state for it (neither 'attr_key = industry' nor its negation
    answers it). Unless the question names the key column itself, the word is left unaccounted:
    declined, naming it."""
    m, cat = it.m, it.cat
    named = {r.column for y in m if y.kind == "ref" for r in y.refs if r.kind == "column"}
    for x in m:
        if x.kind != "value" or x.used or not x.values:
            continue
        if all(cat.names_attributes(v.table, v.column) and v.column not in named for v in x.values):
            x.kind, x.values, x.lacking = "word", [], True


_APPEAR = ("appear", "appears", "appearing", "occur", "occurs", "occurring", "show up", "shows up")
_DUPLICATE = ("duplicate", "duplicated", "repeated")
_LEAD = ("show", "me", "the", "all", "find", "any", "are", "there", "get", "give")


def values_seen_more_than_once(it) -> None:
    """'emails that appear more than once in tbl_contact', 'duplicate emails': the values of that
    column held by more than one row (grouped, counted, kept above 1; an empty value is no value
    repeated). Only when the column is what the question lists first ('rows with duplicate emails'
    asks for other rows: declined)."""
    m = [x for x in it.m if x.text not in ("?", ".", "!")]
    refs = [x for x in m if x.kind == "ref"]
    col = refs[0] if refs and refs[0].col and not refs[0].used else None
    if col is None or it.cat.is_measure(*col.col.split(".")):
        return
    i = m.index(col)
    if any(x.kind not in ("kw", "word") or x.kind == "word" and x.text.lower() not in _LEAD + _DUPLICATE or
           x.kind == "kw" and x.kw[0] != "list" for x in m[:i]) or it.kws("count") or it.kws("agg"):
        return          # 'the rows with duplicate emails' (other rows), 'how many duplicate …': declined
    said = []
    if i > 0 and m[i - 1].kind == "word" and m[i - 1].text.lower() in _DUPLICATE:
        said = [m[i - 1]]
    else:
        j = i + 1 + (i + 1 < len(m) and m[i + 1].text in ("that", "which"))
        rest = m[j:j + 3]
        if len(rest) == 3 and rest[0].kind == "word" and rest[0].text.lower() in _APPEAR and \
                rest[1].kind == "kw" and rest[1].kw == ("cmp", ">") and rest[1].text == "more than" and \
                rest[2].text.lower() == "once":
            said = m[i + 1:j + 3]
    if not said:
        return
    for x in said + [col]:
        x.used = True
    it.r.group.append(Dim(col.col))
    it.r.filters.append(Filter(None, ">", [1], agg=-1, kind="compare", of=col.col.split(".")[0]))
    it.r.filters.append(Filter(col.col, "is not null", [], kind="compare"))


_MATCH_NONE = (("matches", "no"), ("match", "no"), ("matches", "nothing"), ("match", "nothing"), ("not", "in"),
               ("does", "not", "exist"), ("do", "not", "exist"), ("is", "not", "in"))


def keys_matching_no_row(it) -> None:
    """'contacts whose fk_account_id matches no account', 'an fk_sensor_id that's not in dim_sensor',
    'whose fk_zone_id points to a zone that doesn't exist': a foreign key that is set and matches no
    row of the table it points at (an orphan). A table named after it must be that table; 'fk_x
    values' (the values, not the rows) is left alone (declined)."""
    m, cat = it.m, it.cat
    for i, x in enumerate(m):
        if x.kind != "ref" or not x.col or x.used:
            continue
        fk = next((f for f in cat.foreign_keys if f"{f.table}.{f.column}" == x.col), None)
        if fk is None:
            continue
        j = i + 1
        while j < len(m) and m[j].text.lower() in ("that", "which", "is", "'s"):
            j += 1
        said = m[i + 1:j]
        if j + 1 < len(m) and m[j].text.lower() in ("points", "point", "pointing") and m[j + 1].text in ("to", "at"):
            k = j + 2 + (j + 2 < len(m) and m[j + 2].text in ("a", "an"))
            if k >= len(m) or not _names_table(m[k], fk.ref_table):
                continue
            said, j = said + m[j:k + 1], k + 1
            while j < len(m) and m[j].text.lower() in ("that", "which"):
                said, j = said + [m[j]], j + 1
        core = next((c for c in _MATCH_NONE if [y.text.lower() for y in m[j:j + len(c)]] == list(c)), None)
        if core is None:
            continue
        said, j = said + m[j:j + len(core)], j + len(core)
        if j < len(m) and m[j].text == "in":
            said, j = said + [m[j]], j + 1
        if j < len(m) and m[j].kind == "ref":
            if not _names_table(m[j], fk.ref_table):
                continue
            said.append(m[j])
        elif core in (("not", "in"), ("is", "not", "in")) or said[-1].text == "in":
            continue                    # 'not in' what: no table of its own
        x.used = True
        for y in said:
            y.used = True
            if y.kind == "kw":
                y.kind, y.kw = "word", ()       # 'no', 'not' said here: no absence or negation of their own
        it.r.filters.append(Filter(x.col, "dangling", [fk.ref_table, fk.ref_column], kind="dangling"))


def _names_table(x, table: str) -> bool:
    return x.kind == "ref" and any(r.table == table for r in x.refs)


_NULL_GLUE = ("is", "are", "was", "were", "=", "be")


def sql_nulls(it) -> None:
    """SQL's NULL said of a column: 'where fk_contact_id is null', 'fk_owner_rep_id null', 'null
    emails', 'closed_on is not null', 'email missing': the column has no value (or, after 'not', has
    one). Only a column right beside the word (across 'is' / 'not'); 'a null or negative amount' is
    left alone (declined)."""
    m = it.m
    for i, x in enumerate(m):
        if x.kind != "kw" or x.kw[0] != "null" or x.text.lower() not in ("null", "missing", "empty") or x.used:
            continue
        obj = _object_of_missing(m, i)
        if obj is not None:
            # 'months missing the CAPE', 'companies are missing a market cap': the column after the verb
            x.used = obj.used = True
            it.r.filters.append(Filter(obj.col, "is null", [], kind="compare"))
            continue
        j, glue = i - 1, []
        while j >= 0 and m[j].text.lower() in _NULL_GLUE + ("not",) and not m[j].used:
            glue.append(m[j])
            j -= 1
        col = m[j] if j >= 0 and m[j].kind == "ref" and m[j].col and not m[j].used else None
        if col is None and not any(g.text.lower() in _NULL_GLUE for g in glue):
            nxt = m[i + 1] if i + 1 < len(m) else None
            col = nxt if nxt is not None and nxt.kind == "ref" and nxt.col and not nxt.used else None
            glue = [g for g in glue if g.text.lower() == "not" and m.index(g) == i - 1]
        if col is None:
            continue
        negated = sum(g.text.lower() == "not" for g in glue) == 1
        x.used = col.used = True
        for g in glue:
            g.used = True
        it.r.filters.append(Filter(col.col, "is not null" if negated else "is null", [], kind="compare"))


def _object_of_missing(m, i: int):
    """'missing the CAPE', 'are missing a market cap': 'missing' as a verb whose object is a column
    (across an article) — that column has no value, never the column of the rows' own noun said
    before it ('months')."""
    if m[i].text.lower() != "missing":
        return None
    j = i + 1
    while j < len(m) and m[j].text in ("the", "a", "an", "any", "their", "its") and m[j].kind == "word":
        j += 1
    nxt = m[j] if j < len(m) else None
    return nxt if nxt is not None and nxt.kind == "ref" and nxt.col and not nxt.used else None


def flags_as_conditions(it) -> None:
    """'electric bikes', 'how many bikes are electric?', 'inactive devices': a word that names a
    yes/no column (is_electric, kept as 0 and 1) is the condition that it holds (or, after 'not'
    or 'non', that it does not)."""
    m, cat = it.m, it.cat
    tables = _tables_named(m)
    for i, x in enumerate(m):
        if x.kind in ("word", "ref") and not x.used and " " not in x.text:
            # 'unpaid invoices', 'paid invoices' (PaidFlag, where 'paid' alone names an amount)
            negated = x.text.startswith(("un", "non")) and len(x.text) > 5
            word = (x.text[3:] if x.text.startswith("non") else x.text[2:]).lstrip("-") if negated else x.text
            named = [f for f in cat.flags_named(word) if not tables or f[0] in tables]
            if not named and not negated and " " not in x.text:
                # 'outdoor sessions' with IsIndoor: the word for the flag's other state
                other = _flag_of(cat, opposites(x.text), tables)
                named, negated = ([tuple(other.split("."))], True) if other else ([], False)
            if len(named) == 1 and (negated or not (x.col and cat.is_flag(*x.col.split(".")))):
                x.kind, x.refs, x.ref, x.used = "word", [], None, True
                col = f"{named[0][0]}.{named[0][1]}"
                yes, no = cat.flag_values(*named[0])
                it.r.filters.append(Filter(col, "=", [no if negated else yes], kind="value"))
                continue
        if x.kind != "ref" or x.used or not x.col or not cat.is_flag(*x.col.split(".")):
            continue
        if _part_of_a_flag_elsewhere(x, tables, cat):
            continue
        before = m[i - 1] if i > 0 else None
        after = m[i + 1] if i + 1 < len(m) else None
        noun = after is not None and after.kind == "ref" and after.ref is not None and (
            after.ref.kind == "table" or cat.label(after.ref.table) == after.ref.column)
        # ('each exclusive photographer': a flag between 'each' and the rows' noun qualifies the rows)
        qualifies = noun and after.ref.kind == "table" and before is not None and before.text in ("each", "every")
        if before is not None and not qualifies and (before.text in ("by", "per", "each", "every") or
                                   (before.kind == "kw" and before.kw[0] in ("agg", "count", "group", "rank")
                                    and not (before.kw[0] == "count" and noun))):
            continue                        # 'by is_electric', 'average is_electric': the column itself
            # ('how many live songs': the rows of songs that are live)
        # ('not on the newsletter': the negation before the preposition and article the flag takes)
        j = i - 1
        while j > 0 and m[j].kind == "word" and m[j].text in ("the", "on", "in") and i - j <= 2:
            j -= 1
        lead = m[j] if j >= 0 and j < i - 1 and m[i - 1].text == "the" else before
        negated = lead is not None and (lead.text in ("non", "not") or (lead.kind == "kw" and lead.kw[0] == "neg"))
        if negated:
            lead.used = True
        x.used = True
        yes, no = cat.flag_values(*x.col.split("."))
        it.r.filters.append(Filter(x.col, "=", [no if negated else yes], kind="value"))


def _part_of_a_flag_elsewhere(x, tables: set[str], cat) -> bool:
    """'How many members does the club have?' with a flag OwnedByClub of games: a word that is only
    one word of a yes/no column's name, of a table the question does not name nor links to each
    table it names by a key ('headlined' is isHeadliner of the performers of events), is no condition
    on the rows asked about (it may be context, or nothing the data holds)."""
    t, c = x.col.split(".")
    linked = {fk.ref_table for fk in cat.foreign_keys if fk.table == t} | \
        {fk.table for fk in cat.foreign_keys if fk.ref_table == t}
    return bool(tables) and t not in tables and not tables <= linked and x.ref.strength < 2 and \
        [stem(w) for w in cat.name_words_of(c)] != [stem(x.text)]


def _rows_left_out(m, i: int, x) -> bool:
    """'excluding decommissioned turbines': an exclusion word right before the verb of a date said of
    the noun of its own table leaves out the rows where that date is set."""
    t = x.col.split(".")[0]
    return i > 0 and m[i - 1].kind == "kw" and m[i - 1].kw[0] == "neg" and m[i - 1].text != "not" and \
        i + 1 < len(m) and m[i + 1].kind == "ref" and any(r.kind == "table" and r.table == t for r in m[i + 1].refs)


def unset_dates(it) -> None:
    """'loans that have never been returned', 'orders not shipped yet', 'bills not yet paid': the
    event's date column (a verb naming it) is empty; 'have been returned' is the opposite."""
    m, cat = it.m, it.cat
    for i, x in enumerate(m):
        if x.kind != "ref" or x.used:
            continue
        lead = [y for y in m[max(0, i - 3):i]]
        neg = [y for y in lead if y.text in ("never", "not", "n't") or (y.kind == "kw" and y.kw[0] == "neg")]
        # 'bills not yet paid', 'orders not shipped yet': 'yet' says the event has not happened so far
        # (and that the word is a verb's participle, 'paid', 'sent', not only one ending in -ed)
        yet = [y for y in lead[-1:] + m[i + 1:i + 2] if y.text == "yet" and not y.used]
        if not (x.text.endswith("ed") or yet):
            continue
        col = _date_of_the_verb(x, cat, bool(yet))
        if col is None or not neg or not (
                any(y.text in ("been", "was", "were", "is", "are", "have", "has", "had") for y in lead)
                or _rows_left_out(m, i, x) or yet and any(y.text == "not" for y in neg)):
            continue
        for y in neg + yet:
            y.used = True
        x.used = True
        x.ref = next(r for r in x.refs if f"{r.table}.{r.column}" == col)
        it.r.filters.append(Filter(col, "is null", [], kind="value"))
        it.r.assume(col.split(".")[1], f"'{' '.join(y.text for y in neg)} {x.text}': {col.split('.')[1]} is empty")


_PAST_AUX = ("have", "has", "had", "been", "was", "were", "that", "which", "who")
# verbs that end a row's life (a store closed, a member left, a contract ended): the date they name is set
_ENDING_VERBS = frozenset({"closed", "ended", "left", "cancelled", "canceled", "terminated", "expired", "quit",
                           "resigned", "retired", "discontinued", "withdrawn", "churned", "lapsed", "shut", "exited"})
_ASKS_A_DATE = re.compile(r"\b(when|what (date|day|time)|which (date|day))\b")


def dates_set_by_their_verb(it) -> None:
    """'which concessions have closed?', 'members who have left', 'contracts that ended': a verb that
    ends a row's life, naming a date column that may be empty (closed_on, left_date, end_date), said of
    the rows, is that date set — never every row listed with the date beside it. 'never closed' is
    unset_dates; a question asking when is left alone (the date is what it asks for); other verbs
    ('have performed', 'was founded') say nothing of the rows kept."""
    m, cat = it.m, it.cat
    if _ASKS_A_DATE.search(it.question.lower()):
        return
    for i, x in enumerate(m):
        if x.kind != "ref" or x.used or x.text not in _ENDING_VERBS:
            continue
        col = _date_of_the_verb(x, cat, False)
        lead = m[max(0, i - 2):i]
        if col is None or not lead or lead[-1].text not in _PAST_AUX and lead[0].text not in _PAST_AUX[:6] or \
                any(y.text in ("never", "not", "n't", "yet") or y.kind == "kw" and y.kw[0] == "neg"
                    for y in m[max(0, i - 3):i + 2]) or any(f.column == col for f in it.r.filters):
            continue
        x.used = True
        x.ref = next(r for r in x.refs if f"{r.table}.{r.column}" == col)
        it.r.filters.append(Filter(col, "is not null", [], kind="value"))
        it.r.assume(col.split(".")[1], f"'{x.text}': the rows whose {col.split('.')[1]} is set")


def _date_of_the_verb(x, cat, yet: bool) -> str | None:
    """The date column a past participle names ('returned' → returned_on) that may be empty; with
    'yet' said ('not yet paid'), the one such date among the columns the word names (paid_at beside
    the total it also names by role), else None."""
    if x.col and cat.is_time(*x.col.split(".")):
        return x.col if cat.column(*x.col.split(".")).nullable else None
    if not yet:
        return None
    dated = {f"{r.table}.{r.column}" for r in x.refs if r.kind == "column" and cat.is_time(r.table, r.column)
             and cat.column(r.table, r.column).nullable}
    return dated.pop() if len(dated) == 1 else None


def unset_dates_by_a_prefix(it) -> None:
    """'which invoices are still unpaid?', 'unshipped orders': 'un' before the verb of a date column
    that may be empty, of the rows the question names (paid_on of invoices), is that date not set;
    'still' before it, 'yet' after it, say only that it is not set now."""
    m, cat = it.m, it.cat
    tables = _tables_named(m, strength=2)
    for i, x in enumerate(m):
        if x.kind != "word" or x.used or " " in x.text or not x.text.startswith("un") or len(x.text) < 6:
            continue
        cols = {f"{r.table}.{r.column}" for r in cat.phrases.get((stem(x.text[2:]),), ())
                if r.kind == "column" and r.table in tables and cat.is_time(r.table, r.column) and
                cat.column(r.table, r.column).nullable}
        if len(cols) != 1 or any(f.column in cols for f in it.r.filters):
            continue
        col = cols.pop()
        x.used = True
        for y in m[max(0, i - 2):i] + m[i + 1:i + 2]:
            if y.text in ("still", "yet") and not y.used:
                y.used = True
        it.r.filters.append(Filter(col, "is null", [], kind="value"))
        it.r.assume(col.split(".")[1], f"'{x.text}': {col.split('.')[1]} is empty")


# The verb of a date that closes a row ('resolved_on', 'closed_at', 'completed_date', 'fixed_on').
_CLOSING_VERBS = {"resolved", "resolve", "closed", "close", "completed", "complete", "fixed", "fix", "finished",
                  "done", "settled", "cleared"}


_STATE_VALUE = re.compile(r"^(?:open|opn|active|live|cancel+(?:ed|led)?|cnl|cxl|void(?:ed)?|withdrawn)$", re.I)


def _states_kept_in_a_status(cat, table: str) -> bool:
    """Has the table a column of states ('OPN', 'Cancelled', 'active')? Then an empty closing date
    is not surely 'open': the status says, and the engine does not guess which."""
    cols = (cat.column(table, name) for name in cat.tables[table].columns)
    return any(c.kind == "text" and any(_STATE_VALUE.match(str(v).strip()) for v in c.profile.values) for c in cols)


def open_rows_by_their_closing_date(it) -> None:
    """'How many maintenance requests are still open?' where the requests have a date they were
    resolved on, empty while open: 'open' (or 'outstanding', 'still' before it) is that date empty,
    stated. Only with one such date among the tables the question names; never when 'open' is a
    value or a column of its own (read before)."""
    m, cat = it.m, it.cat
    tables = _tables_named(m, strength=1)
    for i, x in enumerate(m):
        if x.used or x.text not in ("open", "outstanding"):
            continue
        # 'how many sites are open?' where 'open' also names the date they opened on: the state,
        # not that date (a column or value named 'open' itself is no date, and is read before)
        opening_date = x.kind == "ref" and x.ref is not None and x.ref.kind == "column" and \
            cat.is_time(x.ref.table, x.ref.column)
        if x.kind != "word" and not opening_date:
            continue
        cols = [f"{t}.{c}" for t in sorted(tables) for c in cat.time_columns(t)
                if set(cat._raw_words(c)) & _CLOSING_VERBS and cat.column(t, c).profile.nulls]
        if len(cols) != 1 or any(f.column in cols for f in it.r.filters):
            continue
        col = cols[0]
        if _states_kept_in_a_status(cat, col.split(".")[0]):
            continue                # work orders with sts OPN/CLS/CNL: cancelled ones have no closing date either
        if opening_date:
            x.kind, x.refs, x.ref = "word", [], None
        x.used = True
        if i > 0 and m[i - 1].text == "still" and not m[i - 1].used:
            m[i - 1].used = True
        it.r.filters.append(Filter(col, "is null", [], kind="value"))
        it.r.assume(col.split(".")[1], f"'{x.text}' is read as {col.split('.')[1]} being empty (not closed yet)")


def stages_reached(it) -> None:
    """'jobs each upholsterer has completed' where the status moves on past 'completed' and the
    stage's date column stays set: the rows whose date is set (said so; the status alone would
    leave out the rows already past the stage)."""
    for x in it.m:
        if x.kind == "ref" and x.reached and not x.used and x.col:
            x.used = True
            t, c = x.col.split(".")
            it.r.filters.append(Filter(x.col, "is not null", [], kind="value"))
            it.r.assume(c, f"'{x.text}' is read as {c} being set (the status moves on past it in {t})")


_AFTER_A_KEY = {"please", "was", "were", "is", "are", "has", "have", "had", "did", "does", "do", "and", "in", "of"}


def still_in_a_state(it) -> None:
    """'jobs still open': 'still' before a value the answer has taken as a condition on the rows the
    question names says only that they are in that state now, which the condition is; elsewhere
    ('how many are still open?', naming no rows; a value no condition took) it is left
    unaccounted: declined."""
    m = it.m
    named = {y.ref.table for y in m if y.kind == "ref" and y.ref is not None}
    # a table of codes the rows named point at ('referrals still awaiting a decision', where the
    # status's description is kept in status_codes) holds the state of those rows
    named |= {fk.ref_table for fk in it.cat.foreign_keys if fk.table in named}
    for i, x in enumerate(m[:-1]):
        state = m[i + 1]
        if x.kind == "word" and x.text == "still" and state.kind == "value" and state.used and \
                {v.table for v in state.values} <= named:
            x.used = True


def rows_by_their_key(it) -> None:
    """'keg 500', 'details for batch 120': a table's singular noun right before a whole number is
    the row with that key (a single whole-number primary key); the number is no limit or year."""
    m, cat = it.m, it.cat
    if m and m[0].text == "where":
        return                          # 'where is keg 500?' asks for a place the rule does not find
    for i, x in enumerate(m[:-1]):
        num = m[i + 1]
        if x.kind != "ref" or x.used or num.kind != "num" or num.used or num.percent or \
                num.number is None or num.number != int(num.number) or x.text.endswith("s") or " " in x.text:
            continue
        after = m[i + 2] if i + 2 < len(m) else None
        if after is not None and (after.kind == "word" and after.text.isalpha() and after.text not in _AFTER_A_KEY or
                                  after.kind == "ref" and after.col and cat.is_measure(*after.col.split("."))):
            continue                    # 'batch 120 litres', 'keg 5 taps': a quantity of something
        tables = {r.table for r in x.refs if r.kind == "table" or
                  (r.kind == "column" and cat.tables[r.table].primary_key == [r.column])}
        if len(tables) != 1:
            continue
        t = next(iter(tables))
        pk = cat.tables[t].primary_key
        if len(pk) != 1 or cat.column(t, pk[0]).kind != "int" or \
                not any(r.kind == "table" and r.table == t for r in x.refs):
            continue
        if not _may_be_a_key(it, t, pk[0], x, num, per=i > 0 and m[i - 1].kind == "kw" and m[i - 1].kw[0] == "group"):
            continue
        num.used = True
        it.r.filters.append(Filter(f"{t}.{pk[0]}", "=", [int(num.number)], kind="value"))
        it.r.assume(x.text, f"'{x.text} {num.text}' is the {t.replace('_', ' ')} row whose {pk[0]} is {num.text}")


def _may_be_a_key(it, t: str, key: str, x, num, per: bool) -> bool:
    """'account 2024' is the row whose key is 2024 unless a table named has dates in that year and
    the number is a year there: after a grouping word ('per account 2024': every account) or
    outside the keys the table holds. Where both can be meant ('invoices of account 2024', a
    key 2024 and invoices of 2024) the question is declined, unless it marks the number as a key
    ('account #2024')."""
    if not _is_year(num) or re.search(rf"#\s*{int(num.number)}\b", it.question):
        return True
    if not dates.a_year_of_the_data(it.cat, it._tables_in_play(), int(num.number)):
        return True
    prof = it.cat.column(t, key).profile
    if per or (prof.min is not None and prof.max is not None and not float(prof.min) <= num.number <= float(prof.max)):
        return False
    raise CannotAnswer(f"'{x.text} {num.text}' can be the {t.replace('_', ' ')} row whose {key} is {num.text} or the "
                       f"year {num.text}: say '{x.text} #{num.text}' or 'in {num.text}'", [num.text])


def available_columns(it) -> None:
    """'the latest month with earnings available', 'rows where the price is available', 'the month
    that has earnings data', 'companies with a P/E recorded': the column has a value (IS NOT NULL);
    'available' is not a filler word there."""
    m = it.m
    for i, x in enumerate(m[1:], 1):
        if x.kind != "word" or x.text not in ("available", "recorded", "data") or x.used:
            continue
        j = i - 1
        if m[j].text in ("is", "are", "was", "were") and j > 0 and x.text != "data":
            j -= 1
        col = m[j]
        if col.kind != "ref" or not col.col or not it.cat.column(*col.col.split(".")).nullable:
            continue
        b = j - 1 - (j > 1 and m[j - 1].text in ("a", "an", "any"))
        if x.text != "available" and not (b >= 0 and m[b].text in ("has", "have", "had", "with")):
            continue                # 'with earnings data', 'has a P/E recorded'; not 'the earnings data'
        if x.text == "data" and col.refs and max(r.strength for r in col.refs) <= 1:
            # 'have valuation data': a word only loosely like one column (market_cap) names a kind of
            # data — several columns, or none — not that column's having a value
            raise CannotAnswer(f"'{col.text} {x.text}' names no one column of the data (which of "
                               f"{col.col.split('.')[1]} and the other columns counts as it is not said)",
                               [f"{col.text} {x.text}"])
        x.used = True
        it.r.filters.append(Filter(col.col, "is not null", [], kind="value"))


def term_conditions(it) -> None:
    """'mega cap companies' with a term sheet saying 'mega cap: market cap above 200 billion': a
    term whose description reads, by the engine's own rules and with every word accounted for, as
    conditions on columns is those conditions wherever the question says it."""
    from .catalog import Ref, phrase_key
    from .ledger import account
    from .understand import Interpreter
    if getattr(it, "inside_term", False):
        return                      # a description is read once, never through its own terms
    for x in it.m:
        text = it.cat.term_texts.get(tuple(phrase_key(x.text))) if x.kind == "ref" and not x.used else None
        if not text:
            continue
        sub = Interpreter(it.cat, text)
        sub.inside_term = True
        reading = sub.read()
        conds = [f for f in reading.filters if f.column and f.agg is None and f.kind in ("value", "compare")]
        if not conds or len(conds) != len(reading.filters) or reading.measures or reading.group or \
                not account(reading.mentions, reading.consumed, None, it.cat).complete:
            continue                # a synonym ('GMV is the order amount'), not a condition
        x.used = True
        x.ref = Ref("column", *conds[0].column.split("."), 2)
        it.r.filters.extend(conds)
        it.r.assume(f"'{x.text}'", f"read as the term sheet says: {text.strip()}")


_BARE_NUMBER = re.compile(r"^\s*(?:and|what about|how about)\s+(?:for\s+)?[\d.,]+\s*\??\s*$", re.I)


def bare_number_replaces(it) -> None:
    """'and 2000?' after 'when did it first go above 1000?', 'what about 2023?' after 'how many were
    hired in 2022?': a number alone replaces the one number condition of the previous answer it
    can stand for (a year: a one-year period; any number: the value of a comparison of the same
    magnitude). With none, or more than one, the number stays unused and the ledger declines."""
    prev = it.previous
    num = next((x for x in it.m if x.kind == "num" and not x.used), None)
    if prev is None or num is None or num.percent or not _BARE_NUMBER.match(it.question):
        return
    found = [f for f in (_as_year(it, f, num) for f in prev.filters) if f is not None] + \
        [f for f in (_as_threshold(f, num) for f in prev.filters) if f is not None]
    if len(found) != 1:
        return
    num.used = True
    it.r.filters.append(found[0])
    it.r.assume("number", f"{num.text} replaces the earlier {found[0].column.split('.')[1]} condition")


def _as_year(it, f: Filter, num) -> Filter | None:
    """The one-year period `f` moved to the year `num`."""
    if not _is_year(num) or f.kind != "time" or not f.column or f.agg is not None:
        return None
    y = int(num.number)
    if it.cat.column(*f.column.split(".")).kind == "year":
        return Filter(f.column, "=", [str(y) if isinstance(f.values[0], str) else y], kind="time") \
            if f.op == "=" and len(f.values) == 1 else None
    if f.op != "between" or len(f.values) != 2 or not dates._spans(str(f.values[0]), str(f.values[1]), "year"):
        return None
    return Filter(f.column, "between", [f"{y:04d}-01-01", dates.last_moment(it.cat, f.column, f"{y:04d}-12-31")],
                  kind="time")


def _as_threshold(f: Filter, num) -> Filter | None:
    """The comparison `f` with the value `num`, when `num` is of its magnitude."""
    if f.kind != "compare" or not f.column or f.agg is not None or f.op not in (">", ">=", "<", "<=") or \
            len(f.values) != 1 or not isinstance(f.values[0], (int, float)) or not f.values[0]:
        return None
    if not 0.001 <= abs(num.number / f.values[0]) <= 1000:
        return None
    return Filter(f.column, f.op, [int(num.number) if num.number == int(num.number) else num.number], kind="compare")


_SHIFT = re.compile(r"^\s*(?:and|what about|how about)?\s*(?:in\s+|for\s+)?(?:the\s+)?"
                    r"(?:(year|month)\s+(before|after)|(previous|prior|next|following)\s+(year|month))\s*\??\s*$", re.I)


def shifted_period(it) -> None:
    """'and the year before?', 'what about the following month?': the previous answer's one-year
    (or one-month) period moved by one; with no such period the words stay unused (declined)."""
    said = _SHIFT.match(it.question)
    if it.previous is None or said is None:
        return
    unit = (said.group(1) or said.group(4)).lower()
    step = -1 if (said.group(2) or said.group(3)).lower() in ("before", "previous", "prior") else 1
    period = dates.previous_period(it.previous, unit, it.cat)
    if period is None or period.op != "between":
        return
    lo = str(period.values[0])[:10]
    if unit == "year":
        start = f"{int(lo[:4]) + step:04d}-01-01"
        end = f"{int(lo[:4]) + step:04d}-12-31"
    else:
        total = int(lo[:4]) * 12 + int(lo[5:7]) - 1 + step
        start = f"{total // 12:04d}-{total % 12 + 1:02d}-01"
        end = dates.day_before(dates.next_month(start))
    # ('the previous month' is not the month before the newest date here, as it is on its own)
    it.r.filters = [f for f in it.r.filters if f.kind != "time"]
    it.r.assumptions = [a for a in it.r.assumptions if a.get("concept") != "time frame"]
    it.r.filters.append(Filter(period.column, "between", [start, dates.last_moment(it.cat, period.column, end)],
                               kind="time"))
    for x in it.m:
        if x.kind == "ref" and x.text.lower() == unit:
            x.kind, x.refs, x.ref = "word", [], None    # the unit of the period, never a column named 'year'
        if x.kind != "num":
            x.used = True
    it.r.assume("period", f"the {unit} {'before' if step < 0 else 'after'} the previous answer's: {start[:7 if unit == 'month' else 4]}")


def snapshot_date(cat, table: str) -> str | None:
    """The date of a table of snapshots: one row per date for every combination of the things it
    points at (stock per day, centre and component: the row count is exactly the number of dates
    times the numbers of each key's values), so a level in it (units on hand) holds once per date."""
    t = cat.tables[table]
    dates = cat.time_columns(table)
    keys = [fk.column for fk in cat.foreign_keys if fk.table == table]
    if len(dates) != 1 or not keys or not t.row_count:
        return None
    size = 1
    for k in keys:
        size *= cat.column(table, k).profile.distinct
    d = cat.column(table, dates[0]).profile
    if d.distinct < 2 or size < 2 or d.nulls or d.distinct * size != t.row_count or d.max is None:
        return None
    return dates[0]


# Words of a column holding a level at the time of its row (stock on hand, a balance), not a flow
_LEVEL_WORDS = {"hand", "onhand", "stock", "balance", "level", "inventory", "closing", "opening", "available"}


def levels_of_snapshots_not_added(p, r, cat) -> None:
    """'total units on hand by centre' over daily snapshots: every day's row holds the stock of that
    day again, so adding a level across dates counts it once per day. A total of a level column of a
    table of snapshots is declined unless the question keeps one date (or one total per date)."""
    for a in p.measures:
        if a.func != "sum" or not a.column:
            continue
        t, c = a.column.split(".", 1)
        d = snapshot_date(cat, t)
        if d is None or not set(cat.name_words_of(c)) & _LEVEL_WORDS:
            continue
        col = f"{t}.{d}"
        if any(f.column == col and f.op == "=" for f in p.filters) or any(g.column == col and g.grain in (None, "day", "date") for g in p.group):
            continue
        words = [x.text for x in r.mentions if x.kind == "ref" and x.col == a.column][:1] or [c]
        raise CannotAnswer(f"{t} holds {c} once per {d} (a snapshot of each day), so a total over several dates "
                           f"counts the same stock again each day; ask for one date (e.g. 'current', 'on …') "
                           "or an average", words)


def _latest_snapshot(it, words: list, tables: list[str]) -> bool:
    """'the current units on hand of RC-ONEG at each centre' over daily snapshots (one row per date
    for every centre and component): 'current' is the newest snapshot (its date, stated), never
    every day's rows added up. Not when the question names a period of its own."""
    snaps = [(t, c) for t in tables if (c := snapshot_date(it.cat, t))]
    if len(snaps) != 1 or not words or any(f.kind == "time" for f in it.r.filters):
        return False
    t, c = snaps[0]
    if not any(x.kind == "ref" and x.ref is not None and x.ref.kind == "column" and x.ref.table == t and
               set(it.cat.name_words_of(x.ref.column)) & _LEVEL_WORDS for x in it.m):
        # 'the current revenue by store' over daily sales: a flow, whose 'current' value is no one
        # snapshot's — the word is left unaccounted (declined), never every day added up
        return True
    newest = str(it.cat.column(t, c).profile.max)
    for x in words:
        x.used = True
    it.r.filters.append(Filter(f"{t}.{c}", "=", [newest], kind="time"))
    it.r.assume(c, f"'{words[0].text}' is the newest {c} in the data ({newest}): {t} holds one row per {c}")
    return True


def current_rows(it) -> None:
    """'the average current salary', 'members right now' in a table of periods (from_date, to_date):
    the rows whose end date is still empty, stated as an assumption. Where no table the question names has an end
    date, 'current' adds nothing ('the current price'); where one does but no row is open, the
    word is left unaccounted and the question declined."""
    m, cat = it.m, it.cat
    words = [x for x in m if x.kind == "word" and x.text in ("current", "currently") and not x.used]
    # 'how many beds does Porto have now?': 'now' closing the question is the same word ('and now
    # by month' is a connective)
    ends = [i for i, x in enumerate(m) if x.text not in ("?", ".", "!")]
    nows = [m[ends[-1]]] if len(ends) > 1 and m[ends[-1]].text == "now" and not m[ends[-1]].used else []
    if nows and _names_a_table_of_open_periods(it):
        words += nows
    # 'right now': currently, but only of the open rows of a table of periods (else it is the latest
    # value, which 'current' adding nothing would lose)
    now = [y for i, x in enumerate(m[:-1]) if x.kind == "word" and x.text == "right" and not x.used and
           m[i + 1].text == "now" for y in (x, m[i + 1])]
    if not words and not now:
        return
    tables = []
    for x in m:
        named = [x.ref.table] if x.kind == "ref" and x.ref is not None else \
            [x.values[0].table] if x.kind == "value" and x.values else []
        tables += [t for t in named if t not in tables]
    ended = {t: cat.end_dates(t) for t in tables if cat.end_dates(t)}
    if not ended:
        if _latest_snapshot(it, words + now, tables):
            return
        if not _current_through_a_dated_relation(it, words, tables):
            for x in words:
                x.used = True       # 'the current price': a table with no periods, nothing to add
        return
    open_ends = [f"{t}.{c}" for t, cols in ended.items() for c in cols if cat.column(t, c).profile.nulls]
    if len(open_ends) != 1 or len(ended) != 1:
        return                      # no open rows, or several tables of periods: which is meant?
    col = open_ends[0]
    for x in words + now:
        x.used = True
    it.r.filters.append(Filter(col, "is null", [], kind="value"))
    said = words[0].text if words else "right now"
    it.r.assume(col.split(".")[1], f"'{said}' is read as the rows whose {col.split('.')[1]} is empty "
                                   "(not ended yet)")


def _children_with_end_dates(cat, table: str) -> list[tuple[str, list[str]]]:
    """(child, end dates) of the tables holding a key to `table` whose rows are periods ('leases' of a
    tenant or of a unit, with an end date)."""
    out = []
    for fk in cat.foreign_keys:
        if fk.ref_table == table and fk.table != table and cat.end_dates(fk.table) and \
                fk.table not in [c for c, _ in out]:
            out.append((fk.table, cat.end_dates(fk.table)))
    return out


def _current_through_a_dated_relation(it, words: list, tables: list[str]) -> bool:
    """'How many of our current tenants are in each sector?' where tenants have no dates but leases
    point at them with an end date: the current ones are those with a lease still running (its end
    empty), stated. True when such a relation is in reach: then 'current' is either that condition
    (said right before the rows' noun, one relation, some ends empty) or left unaccounted (declined:
    several relations, no running row marked by an empty end, or 'currently' said of a verb) — never
    dropped as a word that adds nothing."""
    m, cat = it.m, it.cat
    related = {t: _children_with_end_dates(cat, t) for t in tables}
    if not any(related.values()):
        return False
    for x in words:
        i = m.index(x)
        after = m[i + 1] if i + 1 < len(m) else None
        if x.text != "current" or after is None or after.kind != "ref" or after.ref is None or \
                after.ref.kind != "table" or len(related.get(after.ref.table, [])) != 1:
            continue
        t = after.ref.table
        child, ends = related[t][0]
        open_ends = [c for c in ends if cat.column(child, c).profile.nulls]
        if len(ends) != 1 or len(open_ends) != 1:
            continue
        x.used = True
        it.r.filters.append(Filter(None, "exists", [child], kind="absent", open=f"{child}.{open_ends[0]}"))
        it.r.assume("current", f"'current {after.text}' is read as the {t.replace('_', ' ')} with a "
                               f"{child.replace('_', ' ')} row whose {open_ends[0]} is empty (still running)")
    return True


_EMPTY_WORDS = {"empty", "vacant", "unlet", "unoccupied"}
_NOW_WORDS = {"now", "currently", "today"}


def _said_of_the_rows(m: list, i: int, tables: list[str]) -> bool:
    """'properties are empty', 'empty properties': the word after a form of 'be' or right before the
    rows' noun (never 'an empty email', a column's value)."""
    after = m[i + 1] if i + 1 < len(m) else None
    before = m[i - 1] if i > 0 else None
    return before is not None and before.text in ("is", "are", "was", "were", "been", "be") and \
        (after is None or after.kind != "ref") or \
        after is not None and after.kind == "ref" and after.ref is not None and after.ref.kind == "table" and \
        after.ref.table in tables


def empty_rows_without_a_running_relation(it) -> None:
    """'Which of our properties are empty right now?' where tenancies point at properties with an end
    date empty while they run: the empty ones have no tenancy still running (NOT EXISTS, stated).
    Only for the one table of rows the question names, with one such relation whose end is empty
    on some rows; else the word is left unaccounted (declined)."""
    m, cat = it.m, it.cat
    tables = sorted(_tables_named(m, strength=1))
    said = [x for i, x in enumerate(m) if x.kind in ("word", "kw") and not x.used and x.text in _EMPTY_WORDS and
            _said_of_the_rows(m, i, tables)]
    if not said or len(tables) != 1:
        return
    related = _children_with_end_dates(cat, tables[0])
    if len(related) != 1 or len(related[0][1]) != 1:
        return
    child, (end,) = related[0]
    if not cat.column(child, end).profile.nulls:
        return
    for x in said:
        x.used = True
    for i, x in enumerate(m):           # 'right now', 'currently': the state now, which the rule reads
        if x.text in _NOW_WORDS and not x.used:
            x.used = True
            if i > 0 and m[i - 1].text == "right":
                m[i - 1].used = True
    it.r.filters.append(Filter(None, "not exists", [child], kind="absent", open=f"{child}.{end}"))
    it.r.assume(said[0].text, f"'{said[0].text}' {tables[0].replace('_', ' ')} are the ones with no "
                              f"{child.replace('_', ' ')} row still running ({end} empty)")


def _let_said_of_the_rows(m: list, i: int, tables: list[str]) -> bool:
    """'let plots', 'plots that are let', 'units let out': 'let' right before the rows' noun, after a
    form of 'be', or before 'out' (never 'let me see', 'let's look')."""
    after = m[i + 1] if i + 1 < len(m) else None
    return _said_of_the_rows(m, i, tables) or after is not None and after.text == "out"


def let_rows_with_a_running_relation(it) -> None:
    """'the total annual rent from let plots' where tenancies point at plots with an end date empty
    while they run: the let ones have a tenancy still running (EXISTS … end IS NULL, stated), as
    'current' does. Where the rows named have such relations but not exactly one with one end date
    empty on some rows, 'let' is declined, naming it (never dropped as a polite 'let')."""
    m, cat = it.m, it.cat
    tables = sorted(_tables_named(m, strength=1))
    said = [x for i, x in enumerate(m) if x.kind == "word" and not x.used and x.text == "let" and
            _let_said_of_the_rows(m, i, tables)]
    if not said:
        return
    i = m.index(said[0])
    nxt = m[i + 1] if i + 1 < len(m) else None
    noun = [nxt.ref.table] if nxt is not None and nxt.kind == "ref" and nxt.ref is not None and \
        nxt.ref.kind == "table" else tables
    related = _children_with_end_dates(cat, noun[0]) if len(noun) == 1 else []
    opens = [c for c in related[0][1] if cat.column(related[0][0], c).profile.nulls] if len(related) == 1 else []
    if len(related) != 1 or len(related[0][1]) != 1 or len(opens) != 1:
        raise CannotAnswer("'let' says the rows have a letting still running, and the engine found no one dated "
                           "relation of them to read it from: name the condition (e.g. 'with no end date')", ["let"])
    child, end = related[0][0], opens[0]
    for x in said:
        x.used = True
        nxt = m[m.index(x) + 1] if m.index(x) + 1 < len(m) else None
        if nxt is not None and nxt.text == "out":
            nxt.used = True
    it.r.filters.append(Filter(None, "exists", [child], kind="absent", open=f"{child}.{end}"))
    it.r.assume("let", f"'let' {noun[0].replace('_', ' ')} are the ones with a {child.replace('_', ' ')} row "
                       f"still running ({end} empty)")


# Words saying the rows are in force: 'how much rent is contracted', 'booked', 'current', 'is let',
# 'what has Lucy billed' (a bill drafted or voided was not billed).
_IN_FORCE_WORDS = {"contracted", "booked", "signed", "delivered", "current", "currently", "active", "let", "reserved"} | BILLING_VERBS
_BE_WORDS = {"is", "are", "was", "were", "been", "being", "currently", "still"}
# Words of money taken in: revenue over payment rows leaves out the failed, declined and refunded ones
_MONEY_TAKEN_WORDS = {"revenue", "revenues", "income", "takings", "turnover", "earned", "earnings", "earn", "earns"}


def _in_force_words(r) -> list[str]:
    """The words of the question saying its rows are in force ('let' only after a form of 'be':
    'units that are let', never 'let me see')."""
    words = [w for x in r.mentions for w in x.text.lower().split()]
    return [w for i, w in enumerate(words) if w in _IN_FORCE_WORDS and (w != "let" or i > 0 and words[i - 1] in _BE_WORDS)]


def rows_in_force(p, r, cat) -> None:
    """'How much rent is contracted for 2026/27?' over contracts whose status holds 'cancelled': an amount
    of rows the question says are in force (contracted, booked, signed, current, active, let) leaves
    the cancelled ones out (stated), as 'seats sold' does; a count of rows 'booked' counts what was
    booked, cancelled later or not. A condition of its own on that column says which rows;
    several such columns, or rows computed in steps, are declined — never the cancelled rows counted in."""
    taken = [w for x in r.mentions for w in x.text.lower().split() if w in _MONEY_TAKEN_WORDS][:1]
    said = _in_force_words(r) + [w for x in r.mentions if "billed" in r.consumed and x.used and x.kind == "ref"
                                 for w in x.text.split() if w in BILL_STEMS][:1] + taken
    amounts = {a.column.split(".", 1)[0] for a in p.measures if a.func in ("sum", "avg") and a.column}
    if not said or not amounts:
        return              # ('how many trips were booked in 2024': a booking cancelled later was made)
    unsent = bool(set(said) & (BILLING_VERBS | BILL_STEMS))
    states = [(t, c, vals) for t in p.tables() if t in amounts
              for c, vals in happened.cancelled_values(cat, t, unsent, bool(taken))]
    if taken and not set(said) - set(taken):
        # 'revenue' alone: of payment rows only (a status holding 'failed' or 'declined'), never of each
        # status asked for ('revenue by status'); an order refunded or cancelled is still in a plain revenue
        states = [(t, c, vals) for t, c, vals in states if f"{t}.{c}" not in {g.column for g in p.group} and
                  any(str(v).strip().lower().startswith(happened.UNPAID_STATES) for v in vals)]
    if not states or any(f.column == f"{t}.{c}" for t, c, _ in states for f in p.filters):
        return
    if len(states) > 1 or p.inner is not None or p.batch:
        raise CannotAnswer(f"'{said[0]}' leaves out cancelled rows, and the engine could not tell which status "
                           f"column to read ({', '.join(f'{t}.{c}' for t, c, _ in states)}): name the status meant",
                           [said[0]])
    t, c, vals = states[0]
    p.filters.append(Filter(f"{t}.{c}", "not in", vals, kind="value"))
    p.assume(c, f"'{said[0]}' leaves out the {t.replace('_', ' ')} whose {c} is {' or '.join(map(repr, vals))}")


def _names_a_table_of_open_periods(it) -> bool:
    """Whether a table the question names holds rows over periods (valid_from..valid_to) of which
    some are still open, so that 'now' picks the open ones."""
    named = {x.ref.table for x in it.m if x.kind == "ref" and x.ref is not None} | \
        {x.values[0].table for x in it.m if x.kind == "value" and x.values}
    return any(it.cat.column(t, c).profile.nulls for t in named for c in it.cat.end_dates(t))


_VERSION_FROM = {"valid", "effective", "from"}
_VERSION_TO = {"valid", "effective", "to", "until"}


def versioned_dates(cat, table: str) -> tuple[str, str] | None:
    """(from, to) of a table that keeps one row per period of validity of the same thing
    (valid_from/valid_to, from_date/to_date, effective_from/effective_to), some rows still open."""
    words = {c: set(cat.name_words_of(c)) for c in cat.time_columns(table)}
    starts = [c for c, w in words.items() if w & _VERSION_FROM and not w & _VERSION_TO - {"valid", "effective"}]
    ends = [c for c in cat.end_dates(table) if words[c] & _VERSION_TO and cat.column(table, c).profile.nulls]
    return (starts[0], ends[0]) if len(starts) == 1 and len(ends) == 1 else None


def _period_columns(cat, t: str) -> tuple[str, str] | None:
    """The qualified valid-from and valid-to columns of a table kept per period of validity."""
    period = versioned_dates(cat, t)
    return None if period is None else (f"{t}.{period[0]}", f"{t}.{period[1]}")


def sums_across_periods(plan, cat) -> tuple[str, str] | None:
    """'how many beds does Porto have?', 'average beds per hostel', 'beds in 2023' over a table of
    capacity per period of validity: a total (or a total per hostel) of every period's row counts
    the same beds once per period, and a year read on valid_from keeps only the rows that began in
    it. (table, column) so aggregated unless the open rows are kept ('now') or the periods are the
    groups (declined: ask 'now'); an average, highest or lowest over the periods is left alone."""
    for a in plan.measures:
        if a.func in ("max", "min", "count") or not a.column:
            continue
        t, c = a.column.split(".", 1)
        if (bounds := _period_columns(cat, t)) is None:
            continue
        frm, to = bounds
        kept_open = any(f.column == to and f.op == "is null" for f in plan.filters)
        by_period = any(g.column in (frm, to) for g in plan.group)
        dated = any(f.column in (frm, to) and f.kind == "time" for f in plan.filters)
        adds_up = a.func == "sum" or a.func == "avg" and a.other is not None
        if dated or adds_up and not (kept_open or by_period):
            return t, c
    return None


def states_counted_across_periods(plan, cat) -> tuple[str, str] | None:
    """'which department has the most markdowns?' over a price history kept per period of validity
    (valid_from/valid_to, the current rows open): rows counted by a yes/no state (is_markdown = 1)
    count every period the state held, ended ones too — the markdowns taken ever, or those running
    now, the question does not say. (table, flag column) unless the open rows are kept ('now'), a
    date or period is said, or the periods are the groups; None otherwise."""
    if not any(a.func == "count" for a in plan.measures):
        return None
    for f in plan.filters:
        if not f.column or f.agg is not None or f.op != "=" or not cat.is_flag(*f.column.split(".")):
            continue
        t, c = f.column.split(".", 1)
        if (bounds := _period_columns(cat, t)) is None:
            continue
        frm, to = bounds
        if any(g.column in (frm, to) for g in plan.group) or \
                any(g.column in (frm, to) for g in plan.filters):
            continue
        return t, c
    return None


def ages_compared(it) -> None:
    """'dogs older than 10', 'students younger than 21': without a unit of its own, an age in
    years compares the age column of the rows named (Age, pet_age); 'years' or 'years old' may follow."""
    from .ranks import age_column
    m = it.m
    for i, x in enumerate(m[:-2]):
        op = ">" if x.text == "older" else "<" if x.text == "younger" else None
        num = m[i + 2]
        if op is None or x.used or m[i + 1].text != "than" or num.kind != "num" or num.used or num.percent \
                or _is_year(num):
            continue
        unit = [y for y in m[i + 3:i + 5] if y.kind == "word" and y.text in ("years", "year", "old")]
        after = m[i + 3 + len(unit)] if i + 3 + len(unit) < len(m) else None
        if after is not None and after.kind == "ref" and after.col and it.cat.is_measure(*after.col.split(".")):
            continue                    # 'longer than 20 km' is the unit's column (comparatives_with_units)
        aged = age_column(it)
        if aged is None or aged[1]:
            continue                    # no age column (a birth date is compared the other way round)
        for y in [x, m[i + 1], num, *unit]:
            y.used = True
        x.kind, x.kw = "word", ()
        it.r.filters.append(Filter(aged[0], op, [num.number], kind="compare"))




# Verbs that say an amount is paid out at all ('have a capacity' only says one is recorded).
_HAVING_VERBS = {"pay", "pays", "paid", "paying", "offer", "offers", "offering", "earn", "earns", "earning"}


def has_a_measure(it) -> None:
    """'companies that pay a dividend', 'funds that offer a yield': a measure said to be paid at all
    is above zero (stated as an assumption); 'pay a dividend above 2' compares it instead."""
    m, cat = it.m, it.cat
    for i, x in enumerate(m[:-2]):
        art, target = m[i + 1], m[i + 2]
        if x.text not in _HAVING_VERBS or x.used or art.text not in ("a", "an") or target.kind != "ref" or \
                target.used or not target.col or not cat.is_measure(*target.col.split(".")) or \
                cat.is_flag(*target.col.split(".")):
            continue
        after = m[i + 3] if i + 3 < len(m) else None
        if after is not None and after.kind == "kw" and after.kw[0] in ("cmp", "between"):
            # 'pay a dividend above 3%': the comparison reads the measure; the verb only says it is paid
            if x.kind == "ref":
                x.kind, x.refs, x.ref = "word", [], None
            x.used = art.used = True
            continue
        if after is not None and (after.kind in ("num", "ref", "value") or after.text in ("of", "than") or
                                  after.kind == "kw" and after.kw[0] in ("rank", "in")):
            continue                # 'with a price above 100', 'a dividend of 2%', 'a dividend in 2020'
        if x.kind == "ref":
            x.kind, x.refs, x.ref = "word", [], None        # 'pay' is the verb here, not a column
        x.used = art.used = target.used = True
        it.r.filters.append(Filter(target.col, ">", [0], kind="compare"))
        col = target.col.split(".")[1]
        it.r.assume(col, f"'{x.text} {art.text} {target.text}' is read as {col} > 0")


# Verbs that say a row carries a thing at all ('sales that used a discount code').
_CARRYING_VERBS = {"used", "use", "uses", "using", "with", "had", "has", "have", "having", "carried", "carry",
                   "carries", "carrying", "included", "include", "includes", "including"}


def carries_a_column(it) -> None:
    """'How many ticket sales used a discount code?', 'orders with a coupon': a column that is no
    measure, said to be used or had at all, has a value (IS NOT NULL): one count, never a group per
    code; 'with a code of X', 'a code above 3' say more and are read elsewhere."""
    m, cat = it.m, it.cat
    for i, x in enumerate(m[:-2]):
        art, target = m[i + 1], m[i + 2]
        if x.text not in _CARRYING_VERBS or x.used or x.kind == "ref" or art.text not in ("a", "an") or \
                target.kind != "ref" or target.used or not target.col:
            continue
        t, c = target.col.split(".")
        if cat.is_measure(t, c) or cat.is_time(t, c) or cat.is_key(t, c) and cat.tables[t].primary_key == [c] or \
                not cat.column(t, c).nullable or not cat.column(t, c).profile.nulls:
            continue
        after = m[i + 3] if i + 3 < len(m) else None
        if after is not None and after.text not in ("?", ".", ",", "and") and after.kind != "kw":
            continue                # 'with a code of SPRING', 'a code SPRING'
        if after is not None and after.kind == "kw" and after.kw[0] in ("cmp", "between", "like", "in", "rank"):
            continue
        x.used = art.used = target.used = True
        it.r.filters.append(Filter(target.col, "is not null", [], kind="value"))
        it.r.assume(c, f"'{x.text} {art.text} {target.text}' is read as {c} having a value")



# words asking about the deleted rows themselves: their deletion is then no reason to leave them out
_DELETION_WORDS = {"deleted", "delete", "deletes", "deleting", "deletion", "deletions", "removed", "archived"}


def live_rows_only(p, r, cat) -> None:
    """A table that marks deleted rows in a column of its own (deleted_at, is_deleted) keeps them only
    as a record: the rows the answer reads are the ones not deleted (stated as an assumption), unless
    the question asks about deletion or already puts a condition on that column."""
    if any(w in _DELETION_WORDS for x in r.mentions for w in x.text.split()):
        return
    for t in p.tables():
        found = cat.soft_delete(t)
        if found is None or any(f.column == f"{t}.{found[0]}" for f in p.filters):
            continue
        col, op, values = found
        p.filters.append(Filter(f"{t}.{col}", op, values, kind="null" if op == "is null" else "value"))
        p.assume(col, f"deleted {t.replace('_', ' ')} (with {col} set) are left out")


def periods_of_their_own_dates(p, r, cat) -> None:
    """'sessions booked in the Easter holidays', 'attended in each term': a named period of a table of
    date ranges (periods: name, starts_on, ends_on; no keys of its own to other tables) applies to the
    rows' own date. One period named by its unique name is the rows' date within its range (the
    bounds read from that row); otherwise, when rows the answer reads have a date and no key of their
    own to that table, the only join is through another table's period key (invoices.period_id: the
    period a family was billed for), which answers another question: declined."""
    if p.inner is not None:
        return
    for t in [t for t in p.tables() if _a_table_of_periods(t, cat)]:
        _rows_counted_in_a_named_period(p, r, t, cat)
        dated = [(u, c) for u in p.tables() if u != t and not any(f.table == u and f.ref_table == t
                                                                    for f in cat.foreign_keys)
                 for c in cat.time_columns(u) if cat.column(u, c).kind == "date"]
        if not dated:
            continue
        if _within_one_named_period(p, t, dated, cat):
            continue
        used = [c for c in p.columns_used() if c.split(".", 1)[0] == t]
        words = [x.text for x in r.mentions if any(v.table == t for v in x.values) or
                 (x.ref is not None and x.ref.table == t)] or [u.split(".")[1] for u in used]
        words = list(dict.fromkeys(words))
        u, c = dated[0]
        raise CannotAnswer(f"{', '.join(map(repr, words))} names a period of {t} (a range of dates), and "
                           f"the {u.replace('_', ' ')} have a date of their own ({c}) with no key to "
                           f"{t}: the only join is through another table's key to it, which is another "
                           "question; ask with the dates themselves ('between 7 and 18 April 2025')", words)


def _rows_counted_in_a_named_period(p, r, t: str, cat) -> None:
    """'How many unauthorised absences were there in the spring term?' read as a count of the periods
    themselves (terms where Spring and some absence joins): a count whose table is the table of
    periods, with one period named, counts the rows the question's noun names ('absences', the last
    word of a value or a word of its own naming another table the plan reads), never the periods.
    With no such noun, or more than one, it is declined."""
    if p.table != t or p.group or not p.measures or any(m.func != "count" for m in p.measures) or \
            not any(f.column and f.column.split(".", 1)[0] == t and f.kind == "value" for f in p.filters):
        return
    others = set(p.tables()) - {t}
    if not others:
        return                              # 'how many terms are called Spring?': the periods themselves
    named = {ref.table for x in r.mentions for word in x.text.split()[-1:]
             for ref in cat.phrases.get(phrase_key(word), ()) if ref.kind == "table" and ref.table != t}
    if len(named) != 1:
        raise CannotAnswer(f"the count reads {t.replace('_', ' ')} (the periods themselves) though the question "
                           "names other rows in that period: say which rows are counted")
    p.table = named.pop()
    p.measures = [Agg("count")]


def _within_one_named_period(p, t: str, dated: list, cat) -> bool:
    """The filters on `t` name one row by its unique name ('Easter holidays 2025'), `t` is used for
    nothing else, and one date of one table is there to hold it: that date within the row's range
    (a 'named_period' filter replacing the conditions on `t`, and a period named before on it)."""
    mine = [f for f in p.filters if f.column and f.column.split(".", 1)[0] == t]
    others = [c for c in p.columns_used() if c.split(".", 1)[0] == t and c not in {f.column for f in mine}]
    own = cat.label(t)
    label, prof = f"{t}.{own}", cat.column(t, own).profile
    if len(dated) != 1 or others or any(f.kind != "value" or f.op != "=" or len(f.values) != 1 for f in mine) or \
            not any(f.column == label for f in mine) or not (prof.count and prof.distinct == prof.count):
        return False
    (starts, ends), (u, c) = cat.range_dates(t), dated[0]
    if len(starts) != 1 or len(ends) != 1:
        return False
    conds = [[f.column.split(".", 1)[1], f.op, list(f.values)] for f in mine]
    p.filters = [f for f in p.filters if f not in mine and not (f.kind == "named_period" and f.column == f"{u}.{c}")]
    p.filters.append(Filter(f"{u}.{c}", "between", [t, starts[0], ends[0], conds], kind="named_period"))
    name = next(f.values[0] for f in mine if f.column == label)
    p.assume(name, f"{c} within {t.replace('_', ' ')} '{name}' ({starts[0]} to {ends[0]})")
    return True


def _a_table_of_periods(t: str, cat) -> bool:
    """A lookup of named date ranges: a start and an end date of its own, no key to another table,
    and no persons (whose joining and leaving dates are no named period)."""
    starts, ends = cat.range_dates(t)
    return bool(ends and starts) and not any(f.table == t for f in cat.foreign_keys) and \
        t not in cat.person_tables()
