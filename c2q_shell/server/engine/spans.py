"""How long something took between two dates of the same rows, and one column against another.

'average days to pay an invoice', 'mean time to resolve by priority, in hours', 'which vendor do we
pay slowest': the duration from a start column (issued, opened, found) to the end column the verb
names (pay → paid_*, resolve → resolved_*), rows with no end left out. 'paid late' compares the end
with a due column of the same rows, 'overdue' is no end and a due date before "today" (the newest
date in the data, the engine's 'now'). The question is read with the construct's words replaced by
a count of the rows ('number of invoices'), and the count then becomes the duration, or the
condition is added: every other word is read by the engine's own rules, as always."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from types import MappingProxyType

from . import dates
from .catalog import Catalog, phrase_key
from .errors import CannotAnswer
from .mentions import scan
from .plan import Agg, Filter, Plan
from .text import tokenize

_START_WORDS = frozenset({"open", "opened", "created", "create", "issue", "issued", "start", "started", "begin",
                          "found", "detected", "reported", "raised", "logged", "submitted", "received", "placed",
                          "requested", "booked", "registered", "discovered", "sent"})
_CLOSING = frozenset({"resolved", "closed", "fixed", "completed", "finished", "paid", "ended", "done", "solved",
                      "shipped", "delivered", "returned", "settled", "end"})
_DUE_WORDS = frozenset({"due", "deadline", "promised", "expected", "target", "sla", "scheduled", "planned"})
_UNITS = MappingProxyType({"day": "day", "days": "day", "hour": "hour", "hours": "hour", "minute": "minute",
                           "minutes": "minute", "mins": "minute", "hrs": "hour"})
_AGGS = MappingProxyType({"average": "avg", "avg": "avg", "mean": "avg", "typical": "avg", "longest": "max",
                          "maximum": "max", "max": "max", "shortest": "min", "minimum": "min", "min": "min",
                          "total": "sum"})
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_IRREGULAR = MappingProxyType({"pay": "paid", "send": "sent", "buy": "bought", "pay off": "paid", "make": "made",
                               "take": "taken"})

_SPACES = re.compile(r"\s+")
_LINKED_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+$")
_MEASURE = re.compile(
    r"\b(average|avg|mean|typical|longest|shortest|maximum|minimum|max|min|total)\s+(?:number\s+of\s+)?"
    r"(days|hours|minutes|mins|hrs|time|duration)\s+(?:it\s+takes?\s+(?:us\s+)?|taken\s+)?"
    r"(?:to\s+(\w+)|from\s+(\w+)\s+to\s+(\w+))(?:\s+(?:an?|the|each)\s+(\w+))?")
_HOW_LONG = re.compile(r"\bhow\s+long\s+(?:does|did|do)\s+it\s+(?:usually\s+)?take\s+(?:us\s+)?to\s+(\w+)"
                       r"(?:\s+(?:an?|the|each)\s+(\w+))?(?:\s*,?\s*on\s+average)?")
_RANKED = re.compile(r"\b(which|what)\s+(\w+)\s+(?:do\s+we|does\s+the\s+\w+|do|does|did\s+we|did|is|are|was|were)"
                     r"\s+(?:(\w+)\s+)?(?:the\s+)?(slowest|fastest|quickest)\b")
_IN_UNIT = re.compile(r"(?:,\s*|\s+)(?:in\s+)?(hours|minutes|days)\b(?=\s*[?.!]?\s*$)")
_PERIOD = re.compile(r"\b(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|"
                     r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|quarter|year|month|week|"
                     r"today|yesterday|since|between|during)\b")
_IN_UNIT_ANYWHERE = re.compile(r",?\s+in\s+(hours|minutes|days)\b")
_LATE = re.compile(r"\b(?:(?:were|was|are|is|been|get|got)\s+)?(\w+)\s+(late|after\s+(?:the\s+|their\s+|its\s+)?due"
                   r"(?:\s+date)?|within\s+terms|on\s+time)\b")
_OVERDUE = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:still\s+(?:open|unpaid)\s+and\s+)?(overdue|past\s+due)\b")
_HOW_LATE = re.compile(r"\bhow\s+late(?:\s+(?:were|was|are|is)\s+(?:they|those|these|it))?(?:,?\s+on\s+average)?")
_VS = re.compile(
    r"\b(?:(?:where|whose|with|that|which|when)\s+)?(?:the\s+|their\s+|its\s+)?(?:(\w+)\s+)??(?!(?:is|was|are|were)\b)(\w+)\s+"
    r"(?:(?:is|was|are|were|came|come|got)\s+)?(above|over|greater\s+than|more\s+than|higher\s+than|exceeds?|exceeded|"
    r"exceeding|below|under|less\s+than|lower\s+than|after|before|later\s+than|earlier\s+than)\s+"
    r"(?:the\s+|their\s+|its\s+|(?:they|it)\s+(?:were|was|had\s+been)\s+)?([a-z]\w*)(?:\s+([a-z]\w*))?")
_LEAD = re.compile(r"\b(?:where|whose|with|that|when)\s+(?:the\s+|their\s+|its\s+)?$")
_GREATER = frozenset({"above", "over", "greater than", "more than", "higher than", "exceeds", "exceed", "exceeded",
                      "exceeding", "after", "later than"})
_TIME_CMP = frozenset({"after", "before", "later than", "earlier than"})
_OPEN_FOR = re.compile(r"\b(?:(?:that\s+)?(?:is|are|was|were|been)\s+)?(?:still\s+)?(open|unresolved|unpaid|outstanding)"
                       r"\s+(?:for\s+)?(more\s+than|over|longer\s+than|at\s+least|less\s+than|under|fewer\s+than)"
                       r"\s+(\d+)\s+(days?|weeks?)\b")
_LATE_ONES = re.compile(r"\blate\s+ones\b")


@dataclass(frozen=True)
class Span:
    table: str
    start: str
    end: str


def _held(cat: Catalog, words: str) -> bool:
    """Words the data itself holds, as a value ('Late', 'On Time', 'Overdue') or a column's name:
    the engine reads them as such, never as a comparison worked out here."""
    return any(x.kind in ("value", "ref") for x in scan(tokenize(words, typed=True), cat))


def _tables_holding(cat: Catalog, word: str) -> set[str]:
    return {v.table for x in scan(tokenize(word, typed=True), cat) if x.kind == "value" for v in x.values}


def _forms(verb: str) -> set[str]:
    forms = {verb, verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("y"):
        forms.add(verb[:-1] + "ied")
    if len(verb) >= 3 and verb[-1] not in "aeiouwy" and verb[-2] in "aeiou":
        forms.add(verb + verb[-1] + "ed")           # ship → shipped
    if verb in _IRREGULAR:
        forms.add(_IRREGULAR[verb])
    return forms


def _named_by(cat: Catalog, column: str, verb: str) -> bool:
    """The verb names the column: resolved_at for 'resolve', paid_dt for 'pay', AckAt for 'acknowledge'."""
    forms = _forms(verb)
    return any(w in forms or len(w) >= 3 and verb.startswith(w) and w not in _DUE_WORDS
               for w in cat.name_words_of(column))


def _is_when(cat: Catalog, t: str, c: str) -> bool:
    """A column of dates or of times of day ('2025-02-13T06:23:03Z' kept as text too)."""
    col = cat.column(t, c)
    return col.kind == "date" and not cat.month_text(t, c) or col.kind == "text" and all(
        isinstance(v, str) and _STAMP.fullmatch(v) for v in (col.profile.min, col.profile.max))


def _times(cat: Catalog, t: str) -> list[str]:
    return [c for c in cat.tables[t].columns if _is_when(cat, t, c)]


def _of_noun(cat: Catalog, t: str, noun: str | None) -> bool:
    if not noun:
        return True
    key = noun[:-1] if noun.endswith("s") else noun
    return any(w.startswith(key) or key.startswith(w) and len(w) >= 3 for w in cat.name_words_of(t))


def _starts(cat: Catalog, t: str, end: str) -> list[str]:
    others = [c for c in _times(cat, t) if c != end and not set(cat.name_words_of(c)) & _DUE_WORDS]
    own = {w[:-1] if w.endswith("s") else w for w in cat.name_words_of(t)}
    # opened_at, or the date named after the rows themselves (order_date of the orders)
    named = [c for c in others if set(cat.name_words_of(c)) & _START_WORDS] or \
        [c for c in others if set(cat.name_words_of(c)) & own]
    return named or (others if len(_times(cat, t)) == 2 else [])


def _pairs(cat: Catalog, end_verb: str, start_verb: str | None, noun: str | None,
           previous: Plan | None) -> list[Span]:
    out = []
    for t in cat.tables:
        if not _of_noun(cat, t, noun):
            continue
        if not start_verb and any(cat.is_measure(t, c) and set(cat.name_words_of(c)) & _forms(end_verb)
                                  for c in cat.tables[t].columns):
            continue                # a column of these rows holds it (days_to_pay): the engine's own reading
        for end in _times(cat, t):
            if not _named_by(cat, end, end_verb):
                continue
            starts = [c for c in _times(cat, t) if c != end and _named_by(cat, c, start_verb)] if start_verb \
                else _starts(cat, t, end)
            out += [Span(t, s, end) for s in starts]
    if previous is not None and len(out) > 1:
        near = [s for s in out if s.table in previous.tables()]
        out = near or out
    return out


def _one(pairs: list[Span], said: str) -> Span | None:
    if len(pairs) > 1:
        raise CannotAnswer(f"'{said}' is a time between two dates, and several pairs fit: " + ", ".join(
            f"{p.table}.{p.start} to {p.end}" for p in pairs) + "; name the two dates", [said])
    return pairs[0] if pairs else None


def _unit(text: str) -> tuple[str, str]:
    m = _IN_UNIT_ANYWHERE.search(text) or _IN_UNIT.search(text)
    return (_UNITS[m[1]], text[:m.start()] + text[m.end():]) if m else ("day", text)


def _count_of(cat: Catalog, t: str) -> str:
    from . import spoken
    return f"number of {spoken(t)}"


def _cut(src: str, m: re.Match | _Span) -> str:
    return _SPACES.sub(" ", src[:m.start()] + src[m.end():]).strip()


def _rows_again(cat: Catalog, t: str, previous: Plan | None) -> str:
    return "how many of them" if previous is not None and t in previous.tables() else _count_of(cat, t)


def _dues(cat: Catalog, t: str) -> list[str]:
    return [c for c in _times(cat, t) if set(cat.name_words_of(c)) & _DUE_WORDS]


def _late_pair(cat: Catalog, verb: str | None, previous: Plan | None,
               open_end: bool = False) -> tuple[Span, str] | None:
    """The (end, due) pair of 'paid late', 'overdue': the end the verb names (else the one end the
    previous answer compared, else the table's only end besides its start and due dates)."""
    if verb is None and previous is not None:
        for f in previous.filters:
            if f.kind == "column" and f.column and f.values:
                t, end = f.column.split(".")
                return Span(t, "", end), f.values[0].split(".")[1]
    found = []
    for t in cat.tables:
        dues = _dues(cat, t)
        if len(dues) != 1:
            continue
        own = {w[:-1] if w.endswith("s") else w for w in cat.name_words_of(t)}
        ends = [c for c in _times(cat, t) if c not in dues and not set(cat.name_words_of(c)) & (_START_WORDS | own) and
                (_named_by(cat, c, verb) if verb else True)]
        if open_end:
            ends = [c for c in ends if cat.column(t, c).profile.nulls]
        found += [(Span(t, "", e), dues[0]) for e in ends]
    if previous is not None and len(found) > 1:
        found = [p for p in found if p[0].table in previous.tables()] or found
    return found[0] if len(found) == 1 else None


def _columns_named(cat: Catalog, words: list[str], time: bool) -> set[tuple[str, str]]:
    """The columns the words name together, or (one word) the time column a verb names."""
    refs = {(r.table, r.column) for r in cat.phrases.get(phrase_key(" ".join(words)), ()) if r.kind == "column"}
    refs = {(t, c) for t, c in refs if (_is_when(cat, t, c) if time else cat.is_measure(t, c))}
    if refs or not time or len(words) != 1:
        return refs
    return {(t, c) for t in cat.tables for c in _times(cat, t) if _named_by(cat, c, words[0])}


def _compared(cat: Catalog, low: str, src: str, previous: Plan | None) -> Rewrite | None:
    """'where actual is above budget', 'orders shipped after they were promised': two columns of the
    same rows compared, never one column against a number or a dropped word."""
    for m in _VS.finditer(low):
        op_word = _SPACES.sub(" ", m[3])
        time = op_word in _TIME_CMP
        if op_word in ("over", "under") and not _LINKED_BEFORE.search(low[:m.start(3)]):
            continue                # 'debt over equity' is a ratio; 'spend is over budget' a comparison
        both = _columns_named(cat, [m[1], m[2]], time) if m[1] else set()
        left = both or _columns_named(cat, [m[2]], time)
        whole = _columns_named(cat, [m[4], m[5]], time) if m[5] else set()
        right = whole or _columns_named(cat, [m[4]], time)
        pairs = {(t, a, b) for t, a in left for u, b in right if t == u and a != b}
        if previous is not None and len(pairs) > 1:
            pairs = {p for p in pairs if p[0] in previous.tables()} or pairs
        if len(pairs) != 1:
            continue
        (t, a, b), = pairs
        start = m.start(1) if both else m.start(2)
        lead = _LEAD.search(low[:start])
        start = lead.start() if lead else start
        end = m.end() if whole else m.end(4)        # 'above budget this year': only the first word read
        op = ">" if op_word in _GREATER else "<"
        return Rewrite(_cut(src, _Span(start, end)), Span(t, "", a), "column", due=b, said=low[start:end].strip(),
                       func=op)
    return None


@dataclass(frozen=True)
class _Span:
    """A stretch of the question, as a match gives it."""
    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


def _open_end(cat: Catalog, previous: Plan | None, held: set[str] | None, verb: str | None) -> Span | None:
    """The rows' start and the one end that closes them, still empty on some rows ('incidents open
    more than 7 days'); with the state a value of the data (of the tables `held`), the rows' one start."""
    found = []
    for t in cat.tables:
        if held is not None and t not in held:
            continue
        ends = [c for c in _times(cat, t) if cat.column(t, c).profile.nulls and c not in _dues(cat, t) and
                not set(cat.name_words_of(c)) & _START_WORDS]
        ends = [c for c in ends if _named_by(cat, c, verb)] if verb else \
            [c for c in ends if set(cat.name_words_of(c)) & _CLOSING] or ends       # 'unpaid': paid_on
        if held is not None:
            starts = [c for c in _times(cat, t) if set(cat.name_words_of(c)) & _START_WORDS]
            found += [Span(t, starts[0], "")] if ends and len(starts) == 1 else []
            continue
        found += [Span(t, s, e) for e in ends for s in _starts(cat, t, e)]
    if previous is not None and len(found) > 1:
        found = [p for p in found if p.table in previous.tables()] or found
    return found[0] if len(found) == 1 else None


def _today(cat: Catalog, t: str) -> str:
    """'Today': the newest date the rows hold (never a due date ahead), the engine's 'now'."""
    now = dates.today(cat, t, times=_times(cat, t))
    return str(now if now is not None else max(str(cat.column(t, c).profile.max) for c in _times(cat, t)))[:10]


@dataclass
class Rewrite:
    """The question with the construct's words replaced, and how to finish the plan it gets."""
    text: str
    span: Span
    kind: str                       # measure | late | on_time | overdue
    func: str = "avg"
    unit: str = "day"
    due: str | None = None
    said: str = ""
    kept: bool = False              # the state word left to the engine (a value of the data)
    asked: str = ""                 # the question as asked


def _prev_duration(previous: Plan | None) -> Agg | None:
    return next((a for a in (previous.measures if previous else []) if a.since), None)


def read(text: str, cat: Catalog, previous: Plan | None) -> Rewrite | None:
    """The construct the question holds, its pair of columns and the question left to read, or None."""
    rw = _read(text, cat, previous)
    if rw is not None:
        rw.asked = text
    return rw


def _one_kind_of_rows(cat: Catalog, t: str, asked: str) -> None:
    """'an invoice' where the rows hold documents of several kinds, one of them 'INV': the word may
    mean only the rows of that kind, which no rule reads; declined, naming the kinds."""
    words = {w.stem: w.text for w in tokenize(asked, typed=True) if not w.is_number and len(w.text) > 3}
    for c, col in cat.tables[t].columns.items():
        values = [str(v) for v in col.profile.values or []]
        if col.kind != "text" or not 2 <= len(values) <= 12:
            continue
        for v in values:
            low = v.lower()
            hit = next((w for w in words if len(low) >= 2 and w != low and w.startswith(low)), None)
            if hit is not None:
                raise CannotAnswer(f"'{words[hit]}' may mean only the {t.replace('_', ' ')} whose {c} is '{v}' (they hold "
                                   f"{', '.join(values)}); the engine does not tell which: ask by {c}", [words[hit]])


def _read(text: str, cat: Catalog, previous: Plan | None) -> Rewrite | None:
    low = text.lower()
    src = text if len(text) == len(low) else low        # the rest of the question as typed (its values' case)
    m = _MEASURE.search(low)
    if m:
        unit_word = m[2]
        end_verb, start_verb = (m[3], None) if m[3] else (m[5], m[4])
        span = _one(_pairs(cat, end_verb, start_verb, m[6], previous), m[0])
        if span is None:
            return None
        unit, rest = _unit(src[:m.start()] + "\0" + src[m.end():])
        unit = _UNITS.get(unit_word, unit)
        return Rewrite(rest.replace("\0", _count_of(cat, span.table)), span, "measure", _AGGS[m[1]], unit, said=m[0])
    m = _HOW_LONG.search(low)
    if m:
        span = _one(_pairs(cat, m[1], None, m[2], previous), m[0])
        if span is None:
            return None
        unit, rest = _unit(src[:m.start()] + "\0" + src[m.end():])
        return Rewrite(rest.replace("\0", _count_of(cat, span.table)), span, "measure", "avg", unit, said=m[0])
    m = _HOW_LATE.search(low)
    if m and previous is not None:      # ('how late on average?' alone continues an answer)
        pair = _late_pair(cat, None, previous)
        if pair is None:
            return None
        span, due = pair
        unit, rest = _unit(src[:m.start()] + "\0" + src[m.end():])
        return Rewrite(rest.replace("\0", _rows_again(cat, span.table, previous)), Span(span.table, due, span.end),
                       "measure", "avg", unit, due=due, said=m[0])
    m = _LATE_ONES.search(low)
    if m and previous is not None:
        pair = _late_pair(cat, None, previous)
        if pair is None:
            return None
        return Rewrite(src[:m.start()] + "of them" + src[m.end():], pair[0], "late", due=pair[1], said=m[0])
    m = _LATE.search(low)
    if m and not _held(cat, m[2]):
        pair = _late_pair(cat, m[1], previous)
        if pair is None:
            return None
        span, due = pair
        kind = "on_time" if m[2] in ("within terms", "on time") or m[2].startswith("within") else "late"
        # with a period said, the verb stays: 'paid late in December' is of the payment's own date
        cut = _Span(m.start(2), m.end()) if _PERIOD.search(low[:m.start()] + low[m.end():]) else m
        return Rewrite(_cut(src, cut), span, kind, due=due, said=m[0])
    m = _OPEN_FOR.search(low)
    if m:
        # 'open' a value of the data (status 'open'): the engine reads it, only the time is added here
        held = _held(cat, m[1])
        pair = _open_end(cat, previous, _tables_holding(cat, m[1]) if held else None,
                         m[1][2:] if m[1].startswith("un") else None)
        if pair is None:
            return None
        days = int(m[3]) * (7 if m[4].startswith("week") else 1)
        op = ">" if m[2].split()[0] in ("more", "over", "longer", "at") else "<"
        text = _cut(src, _Span(m.start(2), m.end())) if held else _cut(src, m)
        return Rewrite(text, pair, "open_for", func=op + ("=" if m[2].startswith("at") else ""),
                       due=str(days), said=m[0].strip(), kept=held)
    m = _OVERDUE.search(low)
    if m and not _held(cat, m[1]):
        pair = _late_pair(cat, None, previous, open_end=True)
        if pair is None:
            return None
        return Rewrite(_cut(src, m), pair[0], "overdue", due=pair[1], said=m[0])
    vs = _compared(cat, low, src, previous)
    if vs is not None:
        return vs
    m = _RANKED.search(low)
    if m:
        prev = _prev_duration(previous)
        if m[3] and m[3] not in ("the",):
            span = _one(_pairs(cat, m[3], None, None, previous), m[0])
            unit = "day"
        elif prev is not None:
            t, end = prev.column.split(".")
            span, unit = Span(t, prev.since.split(".")[1], end), prev.unit or "day"
        else:
            return None
        if span is None:
            return None
        most = "most" if m[4] == "slowest" else "fewest"
        rest = src[:m.start()] + f"{m[1]} {m[2]} has the {most} {_count_of(cat, span.table)[10:]}" + src[m.end():]
        return Rewrite(rest, span, "measure", "avg", unit, said=m[0])
    return None


def finish(plan: Plan, rw: Rewrite, cat: Catalog) -> Plan:
    """The count the rewritten question got becomes the duration; every other part kept."""
    t = rw.span.table
    _one_kind_of_rows(cat, t, rw.asked)
    if rw.kind != "measure":
        return _conditioned(plan, rw, cat)
    key = cat.tables[t].primary_key
    rows = [a for a in plan.measures if a.func == "count" and (
        a.column is None and plan.table == t or a.distinct and len(key) == 1 and a.column == f"{t}.{key[0]}")]
    if len(rows) != 1 or len(plan.measures) != 1:
        raise CannotAnswer(f"'{rw.said}' is the time from {rw.span.start} to {rw.span.end} of each of the "
                           f"{t.replace('_', ' ')}, and the rest of the question could not be read around it",
                           [rw.said])
    if rw.due:                      # 'how late': of the rows done after their due date
        _conditioned(plan, Rewrite(rw.text, Span(t, "", rw.span.end), "late", due=rw.due, said=rw.said), cat)
    plan.measures[0] = Agg(rw.func, f"{t}.{rw.span.end}", since=f"{t}.{rw.span.start}", unit=rw.unit)
    end = f"{t}.{rw.span.end}"
    if not any(f.column == end and f.op == "is not null" for f in plan.filters):
        plan.filters.append(Filter(end, "is not null"))
    plan.assume(f"'{rw.said}'", f"the {rw.unit}s from {rw.span.start} to {rw.span.end} of each of the "
                                f"{t.replace('_', ' ')}; rows with no {rw.span.end} (not yet done) are left out")
    return plan


def _conditioned(plan: Plan, rw: Rewrite, cat: Catalog) -> Plan:
    t, end, due = rw.span.table, f"{rw.span.table}.{rw.span.end}", f"{rw.span.table}.{rw.due}"
    if t not in plan.tables():
        raise CannotAnswer(f"'{rw.said}' compares {rw.span.end} with {rw.due} of the {t.replace('_', ' ')}, and the "
                           "answer is about other rows", [rw.said])
    if rw.kind == "overdue":
        today = _today(cat, t)
        new = [Filter(end, "is null"), Filter(due, "<", [today], kind="compare")]
        plan.assume(f"'{rw.said}'", f"no {rw.span.end} yet and {rw.due} before today, taken as {today}, "
                                    "the newest date in the data")
    elif rw.kind == "open_for":
        today = _today(cat, t)
        cut = (datetime.date.fromisoformat(today) - datetime.timedelta(days=int(rw.due))).isoformat()
        start = f"{t}.{rw.span.start}"
        # open more than N days: opened before the day N days before today (and the other way round)
        op = {">": "<", ">=": "<=", "<": ">=", "<=": ">"}[rw.func]
        new = [Filter(start, op, [cut], kind="compare")] if rw.kept else \
            [Filter(end, "is null"), Filter(start, op, [cut], kind="compare")]
        plan.assume(f"'{rw.said}'", ("" if rw.kept else f"no {rw.span.end} yet and ") +
                    f"{rw.span.start} before {cut}, {rw.due} days before today, taken as {today}, "
                    "the newest date in the data")
    elif rw.kind == "column":
        new = [Filter(end, rw.func, [due], kind="column")]
        plan.assume(f"'{rw.said}'", f"{rw.span.end} {rw.func} {rw.due} of the same row")
    else:
        op = ">" if rw.kind == "late" else "<="
        new = [Filter(end, op, [due], kind="column")]
        plan.assume(f"'{rw.said}'", f"{rw.span.end} {'after' if op == '>' else 'on or before'} {rw.due}")
    for f in new:
        if f not in plan.filters:
            plan.filters.append(f)
    return plan
