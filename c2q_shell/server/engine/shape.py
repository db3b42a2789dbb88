"""The last check of a plan: the answer must have the shape the question's asking words call for.
'When …?' shows a date, 'how many …?' a count or a total, 'what percentage …?' a share. A plan that
lost what the question asks for answers another question, so it is declined instead."""
from __future__ import annotations

import re

from .catalog import Catalog
from .errors import CannotAnswer
from .mentions import _is_year
from .plan import Plan
from .sqlgen import shown_columns

_WHEN = re.compile(r"^\s*(?:and\s+)?(?:when|(?:on|at)\s+(?:what|which)\s+date)\b|^\s*(?:what|which)\s+date\s+(?:was|is|did|were)\b"
                   r"|,\s*(?:and\s+)?when\s*\??\s*$", re.I)
_HOW_MANY = re.compile(r"^\s*(?:and\s+|so\s+)?(?:how\s+many|what\s+is\s+the\s+number\s+of|what's\s+the\s+number\s+of)\b", re.I)
_SHARE = re.compile(r"^\s*(?:and\s+|so\s+)?(?:what|which)\s+(?:percentage|percent|proportion|fraction|share)\b", re.I)
# 'what did the guests write in their reviews?', 'what did customers say?': the words written
_WORDS_WRITTEN = re.compile(r"^\s*(?:and\s+)?what\s+(?:did|do|does|have|has|had)\b.*?\b(write|say|comment|mention|"
                            r"complain\s+about)\b", re.I)
_SHARE_FUNCS = {"share", "share_total", "pct_total", "ratio", "pct_change"}


def _plans(p: Plan) -> list[Plan]:
    out = [p]
    for q in (p.inner, p.within):
        if q is not None:
            out += _plans(q)
    return out


def _shows_time(p: Plan, cat: Catalog) -> bool:
    def timed(ref: str | None) -> bool:
        return bool(ref) and "." in ref and ref.split(".", 1)[0] in cat.tables and cat.is_time(*ref.split(".", 1))
    return any(timed(c) for c in _shown(p, cat) + list(p.select)) or any(o.kind == "col" and timed(o.ref) for o in p.order) \
        or any(timed(g.column) or g.grain for g in p.group) or \
        any(m.func in ("max", "min") and timed(m.column) for m in p.measures)


def _shown(p: Plan, cat: Catalog) -> list[str]:
    """The 'table.column's the answer shows (besides its aggregates)."""
    return [c for c in shown_columns(p, cat) if "." in c and c.split(".", 1)[0] in cat.tables]


def check(question: str, plan: Plan, cat: Catalog, mentions: list | None = None) -> None:
    """Raise CannotAnswer when the plan cannot be the kind of answer the question asks for."""
    if plan.batch:
        return
    _asks_for_what_it_names(question, plan, cat, mentions or [])
    _adds_up_numbers(plan, cat)
    _counts_more_than_its_groups(plan)
    _dates_what_it_asks(plan, cat, mentions or [])
    _times_the_data_holds(plan, cat, mentions or [])
    _ranks_the_way_it_says(plan, cat, mentions or [])
    _sorts_when_it_says(plan, mentions or [])
    _ranks_the_periods_it_names(plan, cat, mentions or [])
    _ranks_a_size_by_a_date(plan, cat, mentions or [])
    when = _WHEN.search(question)
    if when and not _shows_time(plan, cat):
        word = when.group(0).strip(" ,?")
        raise CannotAnswer(f"'{word}' asks for a date, and the answer the engine found would show none", [word])
    many = _HOW_MANY.match(question)
    counted = any(cat.is_measure(*c.split(".", 1)) for q in _plans(plan) for c in q.select if "." in c)
    if many and not counted and not any(q.measures for q in _plans(plan)):   # 'how many seats does it have?'
        word = many.group(0).strip()
        raise CannotAnswer(f"'{word}' asks for a number, and the answer the engine found would only list rows",
                           [word])
    _shows_the_words_written(question, plan, cat)
    share = _SHARE.match(question)
    if share and not any(m.func in _SHARE_FUNCS for q in _plans(plan) for m in q.measures):
        word = share.group(0).strip()
        raise CannotAnswer(f"'{word}' asks for a share, and the answer the engine found would not compute one", [word])


def _shows_the_words_written(question: str, plan: Plan, cat: Catalog) -> None:
    """'what did the guests write in their reviews?' asks for the text written; an answer that shows
    only numbers (a review score) besides the rows' names is another question."""
    said = _WORDS_WRITTEN.match(question)
    if said is None:
        return
    shown = [c for q in _plans(plan) for c in _shown(q, cat) + [m.column for m in q.measures if m.column]]
    labels = {f"{c.split('.', 1)[0]}.{n}" for c in shown for n in cat.label_columns(c.split(".", 1)[0])}
    texts = [c for c in shown if c not in labels and cat.column(*c.split(".", 1)).kind == "text"]
    if not texts or any(q.measures for q in _plans(plan)):
        raise CannotAnswer(f"'{said.group(1)}' asks for the words written, and the data holds no text of that "
                           "kind (the answer would show only numbers or names)", [said.group(1)])


def _counts_more_than_its_groups(plan: Plan) -> None:
    """'How many tickets did we sell of each type?' read as the distinct ticket types counted per
    ticket type: a count of the distinct values of the very column grouped by is 1 in every group,
    never what a question asks (the word counted named the column, not the rows)."""
    for q in _plans(plan):
        grouped = {g.column for g in q.group if not g.grain}
        for m in q.measures:
            if m.func == "count" and m.distinct and m.column in grouped:
                column = m.column.split(".", 1)[1]
                raise CannotAnswer(f"the answer would count the distinct {column} values within each {column} "
                                   "(always 1); what is counted is not clear", [column])


def _adds_up_numbers(plan: Plan, cat: Catalog) -> None:
    """An average or a total is of numbers: 'average delivery time' over a date column (the date
    itself, not the time between two dates) or over text has no meaning."""
    for q in _plans(plan):
        for m in q.measures:
            if m.func in ("avg", "sum") and m.column and "." in m.column:
                table, column = m.column.split(".", 1)
                kind = cat.column(table, column).kind
                if kind in ("date", "text"):
                    what = "a date" if kind == "date" else "text"
                    raise CannotAnswer(f"'{column}' holds {what}, which cannot be {'averaged' if m.func == 'avg' else 'added up'}"
                                       " (a time between two dates is not a column of the data)", [column])


def _times_said(mentions: list) -> list:
    """The dates and years this question itself says and a time condition took ('in March 2025')."""
    return [x for x in mentions if x.used and (x.kind == "date" or x.kind == "num" and _is_year(x))]


def _dates_what_it_asks(plan: Plan, cat: Catalog, mentions: list) -> None:
    """A date the question does not tie to a column ('Apple's P/E in January 2000') applies to the
    table of what it asks for. When the engine could only put it on another table's date (the day
    Apple joined the index), the answer would be of a different question."""
    refs = [x for x in mentions if x.kind == "ref" and x.ref is not None and x.used]
    named = {f"{r.table}.{r.column}" for x in refs for r in x.refs if r.kind == "column"}
    # (a column named beside its own value, 'the Information Technology sector', is a condition, not
    # what is asked for)
    valued = {f.column for q in _plans(plan) for f in q.filters if f.kind == "value" and f.column}
    asked = {x.ref.table for x in refs if x.ref.kind == "table" or not (
        cat.is_time(x.ref.table, x.ref.column) or f"{x.ref.table}.{x.ref.column}" in valued)}
    if any(m.func == "count" and not m.column for m in plan.measures):
        asked.add(plan.table)
    said = _times_said(mentions)
    words = [x.text for x in said]
    years = {x.date[0][:4] if x.kind == "date" and x.date else str(int(x.number)) for x in said
             if x.kind == "date" and x.date or x.number is not None}
    if not words:
        return                  # no time said in this question (a follow-up keeps the earlier one)
    for f in plan.filters:
        if f.kind != "time" or not f.column or f.column in named or \
                not any(y in " ".join(map(str, f.values)) for y in years):
            continue            # (a time an earlier question set is not this question's)
        table = f.column.split(".")[0]
        events = {m.column.split(".")[0] for m in plan.measures if m.column and "." in m.column} - {table}
        dated = sorted(t for t in events if cat.time_columns(t))
        if dated:
            # 'which clinician had the most fees in March 2025?': the appointments' date or the day
            # the clinician started? The question does not say
            raise CannotAnswer(f"{', '.join(map(repr, words))} could be a date of {dated[0]} (the rows added up) or "
                               f"{f.column} (the one the engine found); name the date", words)
        undated = sorted(t for t in events if not cat.time_columns(t))
        if undated:
            asked = {undated[0]}      # 'the average P/E of Energy companies in 2020': the P/Es have no date
        if asked and table not in asked and not any(cat.time_columns(t) for t in asked):
            raise CannotAnswer(f"{', '.join(map(repr, words))} is a time, and {', '.join(sorted(asked))} hold no date "
                               f"of their own: the only date the engine could use is {f.column}, which dates "
                               "something else", words)


def _times_the_data_holds(plan: Plan, cat: Catalog, mentions: list) -> None:
    """'The S&P 500 level in 1850' over monthly data from 1871: a time the column never reaches is
    not an answer of no rows; the question is about data that is not there."""
    said = [x.text for x in _times_said(mentions)]
    if not said or any(m.func == "count" for m in plan.measures):
        return                  # ('how many were added before 1900?': none is the answer)
    for q in _plans(plan):
        for f in q.filters:
            if f.kind != "time" or not f.column or not f.values:
                continue
            prof = cat.column(*f.column.split(".", 1)).profile
            lo, hi = prof.min, prof.max
            if lo is None or hi is None or type(lo) is not type(f.values[0]):
                continue
            if _outside(f, lo, hi):
                raise CannotAnswer(f"{', '.join(map(repr, said))} is outside the data: {f.column.split('.')[1]} runs "
                                   f"from {str(lo)[:10]} to {str(hi)[:10]}", said)
            _values_the_time_holds(q, f, cat, said)


def _outside(f, lo, hi) -> bool:
    """The time condition `f` holds for no date from lo to hi."""
    v = f.values
    return (f.op == "between" and len(v) == 2 and (v[1] < lo or v[0] > hi)) or \
        (f.op == "=" and (v[0] < lo or v[0] > hi)) or (f.op in ("<", "<=") and v[0] <= lo) or \
        (f.op in (">", ">=") and v[0] >= hi)


def _values_the_time_holds(q: Plan, f, cat: Catalog, said: list[str]) -> None:
    """'The index earnings in 2025' where the rows of 2025 have no earnings: every figure asked for
    is empty at that time, so the answer would be a list of blanks; the data ends earlier."""
    d = f.column.split(".", 1)[1]
    asked = [m.column for m in q.measures if m.column] + [c for c in q.select if cat.is_measure(*c.split("."))]
    spans = [(c, cat.column(*c.split(".", 1)).profile.dated.get(d)) for c in asked
             if c.split(".", 1)[0] == f.column.split(".", 1)[0]]
    if not asked or len(spans) != len(asked) or any(span is None or type(span[0]) is not type(f.values[0])
                                                   for _, span in spans):
        return
    if all(_outside(f, *span) for _, span in spans):
        c, (lo, hi) = spans[0]
        raise CannotAnswer(f"{', '.join(map(repr, said))} is outside the data of {c.split('.')[1]}: it has values "
                           f"from {str(lo)[:10]} to {str(hi)[:10]} only", said)


_WHO = re.compile(r"^\s*(?:and\s+|so\s+)?who\b", re.I)
# time superlatives rank a date either way ('youngest' is the latest birth date); 'best'/'worst' may
# mean low or high; 'most'/'least' qualify another word ('least expensive')
_NO_DIRECTION = {"oldest", "newest", "latest", "earliest", "youngest", "most recent", "most recently",
                 "least recently", "first added", "best", "worst", "most", "least"}


def _asks_for_what_it_names(question: str, plan: Plan, cat: Catalog, mentions: list) -> None:
    """'Who …?' shows a name, not only numbers; 'which states …?' shows the states."""
    shown = _shown(plan, cat)
    if _WHO.match(question) and shown and not any(
            cat.column(*c.split(".", 1)).kind == "text" for c in shown if c not in _fixed_by_question(plan)):
        raise CannotAnswer("'who' asks for names, and the answer the engine found would show only numbers "
                           "besides the name the question gives", ["who"])
    _who_did_it_to_the_rows(plan, cat, mentions)
    lead = next((x for x in mentions if x.kind != "word"), None)
    if lead is None or lead.kind != "kw" or lead.text != "which" or plan.measures and not plan.group and not shown:
        return
    noun = mentions[mentions.index(lead) + 1] if mentions.index(lead) + 1 < len(mentions) else None
    if noun is None or noun.kind != "ref" or noun.ref is None:
        return
    if noun.ref.kind == "column":
        col = f"{noun.ref.table}.{noun.ref.column}"
        if cat.is_dimension(noun.ref.table, noun.ref.column) and col not in shown:
            raise CannotAnswer(f"'which {noun.text}' asks for {noun.text}, and the answer the engine found would "
                               "not show them", [noun.text])
    elif noun.ref.kind == "table" and shown and not any(
            c.split(".", 1)[0] == noun.ref.table or _points_to(cat, c, noun.ref.table) for c in shown):
        raise CannotAnswer(f"'which {noun.text}' asks for {noun.text}, and the answer the engine found would "
                           "not show them", [noun.text])


def _who_did_it_to_the_rows(plan: Plan, cat: Catalog, mentions: list) -> None:
    """'Who founded the oldest one?' over companies with a founding year: 'who' is the doer of the
    verb and the rows are what it was done to (an object follows: 'it', 'the oldest one', a
    name: 'who founded them?', 'who added Apple?'). The verb's column holds only when or how much,
    and the rows are no persons: nobody the data holds did it, so the answer would name the object
    instead."""
    m = [x for x in mentions if x.kind != "word" and x.text not in ("the", "a", "an")]
    if len(m) < 3 or m[0].kind != "kw" or m[0].text not in ("who", "whom") or m[1].kind != "ref" or \
            m[1].ref is None or m[1].ref.kind != "column" or \
            cat.column(m[1].ref.table, m[1].ref.column).kind == "text" or plan.table in cat.person_tables():
        return
    rest = m[2:]
    if any(x.kind == "kw" and x.kw and x.kw[0] == "anaphora" or x.kind == "value" or
           x.kind == "num" and x.text == "one" for x in rest):
        raise CannotAnswer(f"'{m[0].text}' asks who did what '{m[1].text}' names, and {m[1].ref.column} holds no "
                           "person (the database has no column that says who)", [m[0].text, m[1].text])


def _fixed_by_question(plan: Plan) -> set[str]:
    """Columns the question pins to one value ('Who founded Microsoft?': the name is Microsoft):
    showing them names nobody the question did not name already."""
    return {f.column for f in plan.filters if f.column and f.kind == "value" and f.op in ("=", "in")
            and len(f.values) == 1}


def _points_to(cat: Catalog, col: str, table: str) -> bool:
    t, c = col.split(".", 1)
    return any((f.table, f.column, f.ref_table) == (t, c, table) for f in cat.foreign_keys)


_UNITS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
          "decade": "decade"}
_TIME_RANKS = {"latest", "newest", "earliest", "oldest", "most recent", "first", "last", "youngest"}


def _ranks_the_periods_it_names(plan: Plan, cat: Catalog, mentions: list) -> None:
    """'heaviest month', 'the busiest year': a ranking of periods, so the answer groups by that
    period (never the one heaviest row, with its date)."""
    m = [x for i, x in enumerate(mentions) if x.text not in ("the", "a", ",")
         and not (i and mentions[i - 1].text == x.text)]         # a word read twice ('heaviest': rank, weight)
    for i, x in enumerate(m[:-1]):
        nxt = m[i + 1]
        unit = _UNITS.get(nxt.text.rstrip("s"))
        if nxt.kind == "ref" and nxt.ref is not None and nxt.ref.kind == "column" and \
                not cat.is_time(nxt.ref.table, nxt.ref.column):
            continue                    # 'the most hours': a column of hours, not periods
        if x.kind == "kw" and x.kw and x.kw[0] == "rank" and x.text not in _TIME_RANKS and unit and \
                not any(g.grain == unit for q in _plans(plan) for g in q.group):
            said = f"{x.text} {m[i + 1].text}"
            raise CannotAnswer(f"'{said}' ranks {unit}s, and the answer the engine found does not group by {unit}",
                               [said])


_SIZE_RANKS = {"highest", "lowest", "largest", "biggest", "smallest", "greatest", "cheapest", "most expensive"}


def _ranks_a_size_by_a_date(plan: Plan, cat: Catalog, mentions: list) -> None:
    """'When did the index first go above 1000?' → 'what's the highest it has ever been?': 'the
    highest' ranks a size, and an answer that keeps its first rows by their date only (the latest)
    answers another question: declined."""
    ranks = [x.text for x in mentions if x.kind == "kw" and x.kw and x.kw[0] == "rank"]
    said = [t for t in ranks if t in _SIZE_RANKS]
    if not said or plan.limit is None or not plan.order or any(t in _TIME_RANKS for t in ranks):
        return
    if all(o.kind == "col" and isinstance(o.ref, str) and cat.is_time(*o.ref.split(".")) for o in plan.order):
        raise CannotAnswer(f"'{said[0]}' ranks a size, and the answer the engine found would rank the rows by their "
                           "date; name the figure to rank by", said[:1])


def _sorts_when_it_says(plan: Plan, mentions: list) -> None:
    """'…, biggest first', 'sorted by price': an answer of several rows in no order drops the words."""
    said = [x.text for x in mentions if x.kind == "kw" and x.kw and x.kw[0] in ("direction", "sortword")]
    several = plan.limit != 1 and (plan.group or not plan.measures)
    if said and several and not any(q.order for q in _plans(plan)):
        raise CannotAnswer(f"{said[0]!r} asks for an order, and the answer the engine found would have none", said[:1])


def _ranks_the_way_it_says(plan: Plan, cat: Catalog, mentions: list) -> None:
    """'the cheapest' must not be answered with the most expensive first."""
    if not plan.order or plan.limit is None:
        return
    said = {x.kw[1] for x in mentions if x.kind == "kw" and x.kw and x.kw[0] == "rank" and x.kw[1]
            and x.text not in _NO_DIRECTION}
    first = plan.order[0]
    if len(said) != 1 or first.kind == "col" and cat.is_time(*str(first.ref).split(".", 1)):
        return
    if first.desc != (said == {"desc"}):
        word = next(x.text for x in mentions if x.kind == "kw" and x.kw and x.kw[0] == "rank"
                    and x.text not in _NO_DIRECTION)
        raise CannotAnswer(f"'{word}' ranks one way, and the answer the engine found ranks the other", [word])
