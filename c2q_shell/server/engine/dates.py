"""The dates family: 'when' questions, the first or last time a condition held, and 'when was
that?' after a highest or lowest value. Each rule is a plan edit that reads the Reading's words
and the catalog's time columns, so it works on any schema with a date or year column."""
from __future__ import annotations

import re

from .catalog import Catalog
from .errors import CannotAnswer
from .mentions import _is_year
from .plan import Agg, Dim, Filter, Order, Plan
from .vocab import BUSY_RANKS, money_verb_at


def time_column(p: Plan, cat: Catalog) -> str | None:
    """The time column of the plan's table (or of a table it uses), stated as an assumption
    when there is more than one."""
    # an event table (one that refers to others: orders, readings) holds the dates things happened
    tables = list(p.tables())
    for t in p.tables()[1:]:
        for nxt, _fk in cat.join_path(p.table, t) or []:
            if nxt not in tables:
                tables.append(nxt)          # the tables a join passes through count too
    tables.sort(key=lambda t: not any(fk.table == t for fk in cat.foreign_keys))
    for t in tables:
        cols = cat.time_columns(t)
        if cols:
            if len(cols) > 1:
                p.assume("date column", f"used {t}.{cols[0]} for the date (also: {', '.join(cols[1:])})")
            return f"{t}.{cols[0]}"
    return None


def _edge_word(r):
    """'first' or 'last' when no other rule used it ('when did X first exceed 30?')."""
    for x in r.mentions:
        if x.kind == "word" and not x.used and x.text in ("first", "last"):
            return x
    return None


def first_or_last_time(p: Plan, r, cat: Catalog) -> None:
    """'When did the CAPE ratio first exceed 30?': the earliest (or latest) row where the
    question's conditions hold, shown by its date."""
    word = _edge_word(r)
    conds = [f for f in p.filters if f.column and f.kind in ("compare", "value", "time")]
    named = [c for c in p.select if cat.is_time(*c.split("."))]      # 'who was hired first?'
    if word is not None and conds and not r.measures and _the_first_period_asked(p, word, cat):
        return
    if word is None or p.measures or p.group or not (conds or r.when or named):
        return
    col = named[0] if named else time_column(p, cat)
    if col is None:
        return
    word.used = True
    first = word.text == "first"
    shown = [col] + [f.column for f in conds if f.column != col]
    p.select = [c for c in shown if c not in p.select] + [c for c in p.select if c != col]
    p.order = [Order("col", col, not first)]
    i = r.mentions.index(word)
    after = r.mentions[i + 1] if i + 1 < len(r.mentions) else None
    counted = after is not None and after.kind == "num" and r.limit is not None and after.number == r.limit
    p.limit = r.limit if counted else 1      # 'the first three donors to join': three rows
    if cat.column(*col.split(".")).nullable and not any(f.column == col and f.kind == "null" for f in p.filters):
        p.filters.append(Filter(col, "is not null", [], kind="null"))      # an unknown date is not the first
    p.assume("first time" if first else "last time",
             f"the {'earliest' if first else 'latest'} {col.split('.')[1]} where the conditions hold")


def _the_first_period_asked(p: Plan, word, cat: Catalog) -> bool:
    """'In which year did the index first go above 1000?': the periods asked for ('in which year',
    one grouping by a date's year) where the conditions hold, and 'first' keeps the earliest of
    them ('last' the latest): one period (no count of rows per period: none was asked)."""
    if any(m.func != "count" or m.column for m in p.measures) or len(p.group) != 1 or not p.group[0].grain or \
            p.limit is not None or p.order or not cat.is_time(*p.group[0].column.split(".")):
        return False
    d = p.group[0]
    word.used = True
    p.measures = []
    p.assumptions = [a for a in p.assumptions if a.get("concept") != "measure"]
    first = word.text == "first"
    p.order, p.limit = [Order("col", d.column, not first)], 1
    p.assume("first time" if first else "last time",
             f"the {'earliest' if first else 'latest'} {d.grain} where the conditions hold")
    return True


def when_was_that(prev: Plan, r, cat: Catalog) -> Plan | None:
    """'When was that?' after 'lowest CPI ever' (a MIN/MAX) or after a one-row listing: the
    date of the row that holds the value. Declined when the answer has no date to show. ('when was
    it at its highest?' ranks the rows again: not this.)"""
    if not r.when or r.has_content or r.filters or r.rank_dir or r.order or r.limit is not None:
        return None
    p = prev.copy()
    p.assumptions = list(r.assumptions)
    dated = with_its_time(p, cat)
    if dated is None and not shows_time(prev, cat):
        raise CannotAnswer("'when' asks for the date of the previous answer, and its rows have no date the engine "
                           "could tell")
    return dated


def with_its_time(p: Plan, cat: Catalog) -> Plan | None:
    """The plan with the date of its row shown: a MIN/MAX becomes the row that holds it, a listing
    gets its date column (of its table, else of the one table it belongs to). None: no date."""
    single = [m for m in p.measures if m.column]
    if len(p.measures) == 1 and single and single[0].func in ("max", "min") and not p.group:
        m = single[0]
        p.measures, p.select = [], []
        col = time_column(p, cat)
        if col is None:
            return None
        p.select = [col, m.column]
        p.order = [Order("col", m.column, m.func == "max")]
        p.limit = 1
        p.filters = [f for f in p.filters if f.agg is None]
        p.filters.append(Filter(m.column, "is not null", [], kind="null"))
        return p
    if not p.measures and not p.group:
        col = time_column(p, cat) or _parent_time(p, cat)
        if col is None:
            return None
        if col not in p.select:
            p.select.insert(0, col)
        return p
    return None


def _parent_time(p: Plan, cat: Catalog) -> str | None:
    """'the heaviest parcel' → 'when was that?': parcels have no date, the shipment each belongs
    to has one (the first, said as an assumption when there are more)."""
    parents = list(dict.fromkeys(fk.ref_table for fk in cat.foreign_keys
                                 if fk.table == p.table and cat.time_columns(fk.ref_table)))
    if len(parents) != 1:
        return None
    cols = cat.time_columns(parents[0])
    if len(cols) > 1:
        p.assume("date column", f"used {parents[0]}.{cols[0]} for the date (also: {', '.join(cols[1:])})")
    return f"{parents[0]}.{cols[0]}"


def shows_time(p: Plan, cat: Catalog) -> bool:
    shown = p.select + [g.column for g in p.group] + [o.ref for o in p.order if o.kind == "col"]
    return any(cat.is_time(*c.split(".")) for c in shown)


# 'that month', 'the same year', 'at that time': the time of the previous answer ---------------
# the grain a pointer names (None: the value itself)
_POINTED = {"month": "month", "year": "year", "quarter": "quarter", "day": None, "date": None, "time": None}
_PLACES = ("in", "on", "during", "at", "for", "from", "of")


def time_pointer(m: list) -> tuple[list, str] | None:
    """The words of a pointer at the time of an earlier answer ('that month', 'in the same year',
    'at that time') and the unit it names; None when the question has none. ('this year' is
    the newest year of the data, a relative date, not a pointer.)"""
    then = next((x for i, x in enumerate(m) if x.text == "then" and _then_is_a_time(m, i)), None)
    if then is not None:
        return [then], "time"
    for i, x in enumerate(m[:-1]):
        same = x.text == "same" and i > 0 and m[i - 1].text in ("the", "that")
        if x.text != "that" and not same:
            continue
        unit = m[i + 1].text.lower()
        if unit not in _POINTED and unit.rstrip("s") not in _POINTED:
            continue
        if i + 2 < len(m) and m[i + 2].text in ("as", "when", "that", "where"):
            continue        # 'the same year as Apple', 'that month when …': said by the question itself
        start = i - 1 if same else i
        if start > 0 and m[start - 1].text in _PLACES:
            start -= 1
        return m[start:i + 2], unit.rstrip("s") if unit not in _POINTED else unit
    return None


def _then_is_a_time(m: list, i: int) -> bool:
    """'what was the P/E then?', 'how many staff were there then?': 'then' in a question in the
    past is 'at that time' ('rank them by X then', 'and then?', 'if so, then …' are not, nor is it
    after a date the question names itself: 'what was the level in October 1987 then?')."""
    if any(x.kind == "date" or x.kind == "num" and _is_year(x) for x in m[:i]):
        return False
    return 0 < i and m[0].text in ("what", "how", "which", "who", "how many", "how much") and \
        m[i - 1].text not in ("and", "but", "so", ",", "if") and \
        any(y.text in ("was", "were", "did", "had") for y in m[1:i])


def previous_time(prev: Plan, unit: str, cat: Catalog) -> tuple[str, str | None, Plan] | None:
    """(the time column, the grain to compare it at, the rows that hold the time) of a previous
    answer that is one point in time: one row with one time column shown, a one-row ranking of
    time periods, or the earliest or latest time. None when it is not one time."""
    grain = _POINTED[unit]
    chained = next((f for f in prev.filters if f.kind == "in_prev" and f.column and cat.is_time(*f.column.split("."))
                    and prev.within is not None), None)
    if chained is not None:
        return previous_time(prev.within, unit, cat)     # 'that month' again: the same time
    within = prev.copy()
    within.assumptions, within.batch = [], []
    if prev.limit == 1 and len(prev.group) == 1 and cat.is_time(*prev.group[0].column.split(".")):
        g = prev.group[0]
        years = g.grain is None and unit == "year" and cat.column(*g.column.split(".")).kind == "year"
        if g.grain != grain and unit != "time" and not years:
            return None             # 'that year' after 'which month …?': another grain ('which year …' of
            #                         a column of years is one year)
        return g.column, g.grain, within
    if prev.group:
        return None
    if not prev.measures and prev.limit == 1:
        shown = prev.select or [f"{prev.table}.{c}" for c in cat.tables[prev.table].columns]
        if prev.select and not prev.distinct:
            shown = [f"{prev.table}.{cat.label(prev.table)}", *shown]     # the rows are shown by their label
        times = list(dict.fromkeys([c for c in shown + [o.ref for o in prev.order if o.kind == "col"]
                                    if cat.is_time(*c.split("."))]))
        if len(times) != 1:
            return None
        col = times[0]
        if prev.select and col not in within.select:
            within.select = [*within.select, col]
    elif len(prev.measures) == 1 and prev.measures[0].func in ("min", "max") and prev.measures[0].column and \
            cat.is_time(*prev.measures[0].column.split(".")):
        # 'when did it first go above 1000?' read as MIN(month): the row of that time
        col = prev.measures[0].column
        within.measures, within.select = [], [col]
        within.order, within.limit = [Order("col", col, prev.measures[0].func == "max")], 1
        within.filters = [f for f in within.filters if f.agg is None]
    else:
        return None
    if cat.column(*col.split(".")).kind == "year":
        grain = None                # a column of years: the year itself
    return col, grain, within


def at_previous_time(p: Plan, prev: Plan, unit: str, said: str, cat: Catalog, named: set = frozenset()) -> None:
    """Keeps the plan's rows at the time of the previous answer: the time its one row shows, or
    the one period it kept. The time is the plan's own table's when that has a date (then only a
    period moves to it, and only to its one date column); otherwise a column joined to."""
    held = previous_time(prev, unit, cat)
    period = previous_period(prev, unit, cat) if held is None else None
    if held is None and period is None:
        raise CannotAnswer(f"'{said}' points at the time of the previous answer, and the previous answer is not "
                           f"one {unit}; ask with the date itself", [said])
    col = held[0] if held else period.column
    t = col.split(".")[0]
    own = cat.time_columns(p.table)
    at = col
    if t != p.table and own:
        if len(own) != 1 or (cat.column(p.table, own[0]).kind == "year") != (cat.column(t, col.split(".")[1]).kind == "year") \
                or (unit == "time" and f"{p.table}.{own[0]}" not in named):
            # ('what was the wage of the staff then?' is no question about staff hired that day)
            raise CannotAnswer(f"'{said}' points at the time of the previous answer ({col.split('.')[1]} of {t}), "
                               f"and which date of {p.table} it applies to is not clear; ask with the date itself",
                               [said])
        at = f"{p.table}.{own[0]}"          # 'how many leave requests started that year?': their own date
    elif not cat.connected(p.table, t):
        raise CannotAnswer(f"'{said}' points at the time of the previous answer ({col.split('.')[1]} of {t}), "
                           f"which {p.table} cannot be joined to", [said])
    if held:
        _col, grain, within = held
        if grain is None and at != col and holds_times(cat, at) != holds_times(cat, col):
            raise CannotAnswer(f"'{said}' points at the time of the previous answer ({col.split('.')[1]} of {t}), "
                               f"which is not kept like {at.split('.')[1]}; ask with the date itself", [said])
        p.filters.append(Filter(at, "in", [grain, col] if at != col else [grain] if grain else [], kind="in_prev"))
        p.within = within
    elif at != col:
        values = period.values if cat.column(*at.split(".")).kind == "year" else \
            [period.values[0], last_moment(cat, at, str(period.values[1])[:10])]
        p.filters.append(Filter(at, period.op, values, kind="time"))
    else:
        p.filters.append(period)        # 'how many in 1975?' → 'that year': the same period
    p.assume(said, f"the {unit} of the previous answer ({col.split('.')[1]})")


def previous_period(prev: Plan, unit: str, cat: Catalog) -> Filter | None:
    """The condition by which the previous answer kept one period ('how many cars were made in
    1975?' → 'that year'): its one time condition, when that spans exactly one `unit`."""
    times = [f for f in prev.filters if f.kind == "time" and f.column and f.agg is None]
    if len(times) != 1 or unit not in ("year", "month", "day", "date"):
        return None
    f = times[0]
    if cat.column(*f.column.split(".")).kind == "year":
        one = unit == "year" and f.op == "="
    else:
        one = f.op == "between" and len(f.values) == 2 and _spans(str(f.values[0]), str(f.values[1]), unit)
    return Filter(f.column, f.op, list(f.values), kind="time") if one else None


def _spans(lo: str, last: str, unit: str) -> bool:
    """Whether lo .. last (inclusive) is one whole year, month or day."""
    if unit in ("day", "date"):
        return lo[:10] == last[:10] and len(lo) >= 10
    if unit == "year":
        return lo[:4] == last[:4] and lo[4:10] == "-01-01" and last[4:10] == "-12-31"
    if lo[:7] != last[:7] or lo[7:10] != "-01" or len(last) < 10:
        return False
    return last[8:10] == day_before(next_month(lo[:10]))[8:10]


def next_month(day: str) -> str:
    y, m = int(day[:4]), int(day[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}-01"


# readers: the interpreter's date steps (they take the interpreter `it`) -----------------------
def time_column_near(it, near: int, unit: int | None = None, chosen: bool = True) -> str | None:
    """The date column a time said at mention `near` is on; the mention at `unit` is the time's own
    unit word ('year' of 'last year'), never a column named (birth_year). With `chosen` False (a
    period counted back from 'now'), rows that run into the future (appointments booked for later)
    with several dates and nothing picking one are declined: which date, and so which rows are of
    'this year', cannot be told."""
    refs = [x for k, x in enumerate(it.m) if x.kind == "ref" and x.col and it.cat.is_time(*x.col.split("."))
            and k != unit]
    if refs:
        best = min(refs, key=lambda x: abs(it.idx(x) - near))
        best.used = True
        return best.col
    tables = it._tables_in_play()
    if it.previous is not None:       # "hired in 2018" → "and in 2021?": the same date column
        used = [f.column for f in it.previous.filters if f.kind == "time" and f.column] + \
            [g.column for g in it.previous.group if it.cat.is_time(*g.column.split("."))]
        named = [t for t in tables if t not in it.previous.tables()] or tables
        for col in used:
            if col.split(".")[0] in named:
                return col
    tables = _money_verbs_table_first(it, tables)
    timed = [t for t in tables + _tables_between(it.cat, tables) if _times_of_events(it.cat, t)]
    if len(timed) > 1:
        # 'which restaurant took the most orders in 2023?': the date of the events (the table on the
        # many side, orders), not of the things they belong to (when a restaurant opened)
        events = [t for t in timed if any(u != t and it.cat.fans_out(u, t) for u in timed)]
        if events:
            t = events[0]
            _dates_of_an_event_and_its_own(it, t, timed)
            it.r.assume("date column", f"used {t}.{_times_of_events(it.cat, t)[0]} for the date (also: "
                        + ", ".join(f"{u}.{c}" for u in timed for c in _times_of_events(it.cat, u)
                                    if (u, c) != (t, _times_of_events(it.cat, t)[0])) + ")")
            tables = [t] + [u for u in tables if u != t]
    for t in tables:
        cols = _times_of_events(it.cat, t)
        own = _date_of_a_condition(it, t, cols) if len(cols) > 1 else None
        if own is not None:
            return own
        if cols:
            later = runs_ahead(it.cat, t) if len(cols) > 1 and not chosen else None
            if later is not None:
                raise CannotAnswer(f"the {t.replace('_', ' ')} run into the future ({later} up to "
                                   f"{str(it.cat.column(t, later).profile.max)[:10]}) and have several dates "
                                   f"({', '.join(cols)}); say which date the period is of")
            if len(cols) > 1:
                it.r.assume("date column", f"used {t}.{cols[0]} for the date (also: {', '.join(cols[1:])})")
            return f"{t}.{cols[0]}"
    return None


def _date_of_a_condition(it, t: str, cols: list[str]) -> str | None:
    """'how many went to a care home in 2025?' over stays with an admission and a discharge date: the
    condition's column belongs to one end of the row ('dis_dest' beside 'dis_dt', 'discharge_method'
    beside 'discharge_date'), so the period is read on that end's date, stated. Conditions naming
    different ends (or none) pick nothing."""
    ends: set[str] = set()
    for f in it.r.filters:
        if f.kind != "value" or not f.column or f.column.split(".")[0] != t:
            continue
        first = it.cat._raw_words(f.column.split(".")[1])[:1]
        ends |= {c for c in cols if first and len(it.cat._raw_words(c)) > 1 and it.cat._raw_words(c)[:1] == first}
    if len(ends) != 1:
        return None
    c = ends.pop()
    cond = next(f.column.split(".")[1] for f in it.r.filters if f.kind == "value" and f.column and
                f.column.split(".")[0] == t and it.cat._raw_words(f.column.split(".")[1])[:1] == it.cat._raw_words(c)[:1])
    it.r.assume("date column", f"read the period on {t}.{c}, the date of the same end of the row as {cond} "
                               f"(also: {', '.join(x for x in cols if x != c)})")
    return f"{t}.{c}"


def _money_verbs_table_first(it, tables: list[str]) -> list[str]:
    """'what has Lucy billed this year?' with Lucy a value of jobs and 'billed' the money of invoices:
    the verb names the event the time is of (the billing), so the date is the money's own table's
    (invoices.issued_on), never that of a row a value before it belongs to (when the job started)."""
    verbs = [x.ref.table for i, x in enumerate(it.m) if x.kind == "ref" and x.ref is not None and
             money_verb_at(it.m, i) is not None and (x.ref.kind == "table" or
                                                     (x.ref.table, x.ref.column) in it.cat.role_columns("money"))]
    if len(set(verbs)) != 1 or verbs[0] not in tables or not _times_of_events(it.cat, verbs[0]):
        return tables
    return [verbs[0]] + [t for t in tables if t != verbs[0]]


def _dates_of_an_event_and_its_own(it, t: str, timed: list[str]) -> None:
    """'grand prix revenue per venue in 2025' over bookings (BookedOn) of sessions (ScheduledAt):
    the rows measured belong to rows that are events too (a session belongs to a venue in turn, and
    has its own date), so the year may be when the booking was made or when the session ran; with no
    date named the question is declined, naming both. A row with a name of its own (a technician, a
    customer) is a thing, not an event: its date (hired, joined) is not the question's; nor is a
    day or year of the row's own (when an animal was admitted, a hive installed): only a time of day
    (a session scheduled at 18:00) says the row is an event."""
    cat = it.cat
    for u in timed:
        if u == t or not cat.fans_out(u, t) or not any(
                fk.table == u and fk.ref_table not in (t, u) for fk in cat.foreign_keys) or \
                cat.label(u) not in (cat.tables[u].primary_key or []) or u in cat.person_tables():
            continue
        mine, theirs = _times_of_events(cat, t)[0], _times_of_events(cat, u)[0]
        if cat.column(u, theirs).kind != "date" or not holds_times(cat, f"{u}.{theirs}"):
            continue
        raise CannotAnswer(f"the period may be of {t}.{mine} or of the {u} they belong to ({u}.{theirs}); "
                           "say which date")


def _tables_between(cat: Catalog, tables: list[str]) -> list[str]:
    """The tables a join of `tables` passes through ('what did contractors spend each year?': from the
    customers to the order lines through the order headers, which hold the dates of the orders)."""
    out: list[str] = []
    for a in tables:
        for b in tables:
            for nxt, _fk in (cat.join_path(a, b) or [])[:-1] if a != b else []:
                if nxt not in tables and nxt not in out:
                    out.append(nxt)
    return out


# Words of a date column that records when a row was put into (or changed in) the data, not when
# anything the question asks about happened.
_RECORD_WORDS = {"added", "inserted", "loaded", "imported", "ingested", "updated", "modified", "synced", "refreshed"}


def _times_of_events(cat: Catalog, t: str) -> list[str]:
    """The date columns of `t` a period with no date named may fall on: never one that records when
    a row was added or changed ('best sector last year' is not about companies added last year;
    'added last year' names that column itself)."""
    return [c for c in cat.time_columns(t) if not set(cat._raw_words(c)) & _RECORD_WORDS]


_DATE_KEY = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _as_date_key(value: object) -> str | None:
    """'2026-11-26' of the number 20261126 (a calendar table's key written as the date), else None."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    k = _DATE_KEY.fullmatch(str(value)) if isinstance(value, int) else None
    return f"{k[1]}-{k[2]}-{k[3]}" if k and "01" <= k[2] <= "12" and "01" <= k[3] <= "31" else None


def newest_date(cat: Catalog, t: str, c: str) -> object:
    """The newest date of `t.c` that a period counted back ('last month', 'this year') starts from.
    A calendar table (one row per day, its key the date written as a number, 20260315) runs past
    the data it dates: its newest day is the newest key the rows referencing it hold, not the end
    of its calendar."""
    newest = cat.column(t, c).profile.max
    keys = [k for k in cat.tables[t].primary_key if _as_date_key(cat.column(t, k).profile.max) is not None] \
        if cat.column(t, c).kind == "date" and newest is not None else []
    if len(keys) != 1 or _as_date_key(cat.column(t, keys[0]).profile.max) != str(newest)[:10]:
        return newest
    used = [_as_date_key(cat.column(fk.table, fk.column).profile.max) for fk in cat.foreign_keys
            if fk.ref_table == t and fk.ref_column == keys[0] and fk.table != t]
    used = [d for d in used if d is not None]
    return min(str(newest), max(used)) if used else newest


# Words of a date column whose dates may lie ahead of the data's 'now': a booked event (an appointment,
# a session scheduled), a deadline (a due date).
BOOKED_WORDS = frozenset({"scheduled", "planned", "appointment", "appt"})
AHEAD_WORDS = BOOKED_WORDS | {"due", "deadline", "promised", "expected", "target", "sla"}


def ahead(cat: Catalog, c: str) -> bool:
    """Whether a date column (by its name) holds dates that may lie in the future of the data."""
    return bool(set(cat.name_words_of(c)) & AHEAD_WORDS)


def today(cat: Catalog, t: str, col: str | None = None, times: list[str] | None = None) -> object:
    """The engine's 'now' for the rows of `t` ('this year', 'last month', 'overdue'): the newest date
    they hold, never one of a column whose dates lie ahead (a due date, an appointment booked for
    later). A period on a column of the past counts back from that column's own newest date; one
    on a column ahead counts back from the newest date of the table's other columns."""
    times = cat.time_columns(t) if times is None else times
    kind = cat.column(t, col).kind if col is not None else None
    past = [c for c in times if cat.column(t, c).profile.max is not None and not ahead(cat, c) and
            (kind is None or cat.column(t, c).kind == kind)]
    if col is not None and (col in past or not past):
        return newest_date(cat, t, col)
    if not past:
        return None
    return max((newest_date(cat, t, c) for c in past), key=lambda v: str(v)[:10])


def runs_ahead(cat: Catalog, t: str) -> str | None:
    """A column of the events of `t` booked for later whose dates run past the table's 'now'
    (appointments), else None; a deadline (due date) ahead is no date of the event itself."""
    now = today(cat, t)
    return next((c for c in cat.time_columns(t) if set(cat.name_words_of(c)) & BOOKED_WORDS and now is not None and
                 cat.column(t, c).profile.max is not None and
                 str(cat.column(t, c).profile.max)[:10] > str(now)[:10]), None)


def relative_dates(it) -> None:
    """'the last 5 years', 'past 6 months', 'last year', 'this year': counted back from the
    newest date in the data (historical data has no 'now'), and said so."""
    words = [x.text for x in it.m]
    for i, x in enumerate(it.m):
        if x.text not in ("last", "past", "previous", "recent", "latest", "this") or x.used:
            continue
        j, n = i + 1, None
        if j < len(it.m) and it.m[j].kind == "num" and not _is_year(it.m[j]):
            n, j = int(it.m[j].number), j + 1
        unit = words[j] if j < len(words) else ""
        unit = {"years": "year", "months": "month", "decades": "decade", "decade": "decade"}.get(unit, unit)
        if unit not in ("year", "month", "decade"):
            continue
        if n is not None and words[j] == unit and re.search(rf"\b{n}-{unit}\b", it.question.lower()) and \
                j + 1 < len(it.m) and it.m[j + 1].kind == "ref":
            continue                # 'the latest 10-year interest rate': a kind of rate, no time frame
        if n is None and x.text in ("last", "latest") and j + 1 < len(words) and \
                words[j + 1] in ("that", "with", "where", "when", "which", "in", "for", "of"):
            continue                # 'the latest month that has earnings data': the newest such, ranked
        col = time_column_near(it, i, unit=j if j < len(it.m) else None, chosen=False)
        if col is None:
            continue
        t, c = col.split(".")
        newest = today(it.cat, t, c)
        if newest is None:
            continue
        year = int(str(newest)[:4])
        for k in range(i, min(j + 1, len(it.m))):
            it.m[k].used = True
        if j < len(it.m) and it.m[j].kind == "ref" and it.m[j].col != col:
            it.m[j].kind, it.m[j].refs, it.m[j].ref = "word", [], None     # the unit, not birth_year ('year')
        b = i - 1 - (i > 1 and it.m[i - 1].text == "the")
        if b >= 0 and it.m[b].text in ("over", "in", "during", "for", "within", "from"):
            it.m[b].used = True          # "over the last 5 years"
        if n is None and unit == "month" and x.text in ("this", "last", "previous") and \
                it.cat.column(t, c).kind == "date" and len(str(newest)) >= 7:
            _calendar_month(it, col, str(newest), back=x.text != "this", said=" ".join(words[i:j + 1]))
            continue
        if x.text == "this":
            time_filter(it, col, "in", f"{year:04d}-01-01", f"{year + 1:04d}-01-01", year=year)
        elif n is None and unit == "year":              # "last year": the calendar year before the newest
            time_filter(it, col, "in", f"{year - 1:04d}-01-01", f"{year:04d}-01-01", year=year - 1)
        else:
            count = n or 1
            months = count * {"year": 12, "month": 1, "decade": 120}[unit]
            y, m = int(str(newest)[:4]), int(str(newest)[5:7] or 1) if len(str(newest)) >= 7 else 12
            total = y * 12 + (m - 1) - months + 1
            start = f"{total // 12:04d}-{total % 12 + 1:02d}-01"
            if unit != "month":
                # 'the last decade', 'the last 5 years': whole calendar years, the newest one the last
                # (as over a column of years), never a cut inside a year at the newest date's month
                start = f"{y - months // 12 + 1:04d}-01-01"
            if it.cat.column(t, c).kind == "year":
                back = max(1, -(-months // 12))
                it.r.filters.append(Filter(col, ">", [year_value(it, col, y - back)], kind="time"))
            else:
                it.r.filters.append(Filter(col, ">=", [start], kind="time"))
        span = f": the calendar years {int(str(newest)[:4]) - (n or 1) * (10 if unit == 'decade' else 1) + 1}–" \
            f"{str(newest)[:4]}" if unit != "month" and x.text != "this" and not (n is None and unit == "year") else ""
        it.r.assume("time frame", f"'{' '.join(words[i:j + 1])}' counts back from the newest {c} in the data "
                                    f"({newest}){span}")


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _calendar_month(it, col: str, newest: str, back: bool, said: str) -> None:
    """'this month' is the month of the newest date in the data, 'last month' the whole month before
    it (as 'this year' and 'last year' are calendar years): never the days since the newest month
    began, stated with the month it is."""
    y, m = int(newest[:4]), int(newest[5:7])
    if back:
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    lo = f"{y:04d}-{m:02d}-01"
    time_filter(it, col, "in", lo, next_month(lo), year=None)
    it.r.assume("time frame", f"'{said}' is {_MONTH_NAMES[m - 1]} {y}, the "
                              f"{'month before the month' if back else 'month'} of the newest "
                              f"{col.split('.')[1]} in the data ({newest[:10]})")


def centuries(it) -> None:
    """'in the 19th century' -> 1800 to 1899."""
    for i, x in enumerate(it.m):
        if x.kind == "num" and not x.used and x.number is not None and 1 <= x.number <= 21 and \
                i + 1 < len(it.m) and it.m[i + 1].text in ("century", "centuries"):
            col = time_column_near(it, i)
            if col is None:
                continue
            x.used = it.m[i + 1].used = True
            start = (int(x.number) - 1) * 100
            range_filter(it, col, start, start + 99)


def periods_without_a_year(it) -> None:
    """'the budget for September', 'bills in Q4', 'sessions in January': a month or part of a year
    said without its year is that part of the one year whose part the date column's values span
    (said so): January in data from December 2024 to February 2025 is January 2025. Where the
    values span that part of several years it is declined, naming them (say the year)."""
    for i, x in enumerate(it.m):
        if x.kind != "word" or not x.months or x.used:
            continue
        col = time_column_near(it, i)
        # (a month by its name; a quarter or half said alone is only read in data of one year)
        years = years_holding_months(it.cat, col, *x.months) if col and x.months[1] == 1 and \
            it.cat.column(*col.split(".")).kind == "date" else []
        span = years_held(it.cat, col) if years == [] and col and it.cat.column(*col.split(".")).kind == "date" \
            else None
        if span is not None and span[0] == span[1]:
            years = [span[0]]           # (the one year the column holds, even past its last value)
        if len(years) > 1:
            listed = ", ".join(map(str, years[:-1])) + f" and {years[-1]}"
            raise CannotAnswer(f"'{x.text}' has no year, and {col.split('.')[1]} holds {x.text.capitalize()} of "
                               f"{listed}: say which year", [x.text])
        if not years:
            continue
        (first, length), year = x.months, years[0]
        last = first + length
        to = it.m[i + 2] if i + 2 < len(it.m) else None
        ranged = to is not None and to.kind == "word" and bool(to.months) and not to.used and \
            it.m[i + 1].text in ("to", "through", "thru", "until", "till") and to.months[0] >= first
        if ranged:
            last = to.months[0] + to.months[1]          # 'jan to june': one span of months
            to.used = it.m[i + 1].used = x.used = True
        x.kind, x.date = "date", (f"{year:04d}-{first:02d}-01", f"{year + (last > 12):04d}-{(last - 1) % 12 + 1:02d}-01")
        said = f"{x.text} to {to.text}" if ranged else x.text
        it.r.assume("time frame", f"'{said}' is in {year}, the only year whose {said} the values of {col} reach")
        if ranged:
            time_filter(it, col, "in", *x.date, year=None)


def absolute_dates(it) -> None:
    relative_dates(it)
    centuries(it)
    periods_without_a_year(it)
    for i, x in enumerate(it.m):
        if x.kind == "date" and not x.used:
            col = time_column_near(it, i)
            if col and it.cat.column(*col.split(".")).kind == "year" and not _whole_years(*x.date[:2]):
                continue                # 'in June 1974' on a year column would drop the month
            if col:
                x.used = True
                op_kw = it.m[i - 1] if i > 0 and it.m[i - 1].kind == "kw" else None
                word = op_kw.kw[0] if op_kw else "in"
                if op_kw is not None and _from_alone(it, op_kw, i):
                    word = "in"         # 'the ones from August 2024': in that month, not since it
                time_filter(it, col, word, x.date[0], x.date[1], year=None)
                if op_kw:
                    op_kw.used = True
    for i, x in enumerate(it.m):
        if x.kind != "num" or x.used or not _is_year(x):
            continue
        j = i - 1
        while j > 0 and it.m[j].text in ("the", "early", "late", "year", "years") + _WHOLE_YEAR:
            j -= 1                      # "in the 1990s", "since the year 2000"
        prev = it.m[j] if j >= 0 else None
        kind = prev.kw[0] if prev is not None and prev.kind == "kw" else None
        after = it.m[i + 1] if i + 1 < len(it.m) else None
        if after is not None and after.text in ("onwards", "onward") and not after.used and \
                time_column_near(it, i) is not None:
            after.used = True                   # '2020 onwards', 'from 2020 onwards': since that year
            kind = "since"
            if prev is not None and prev.text not in ("from", "since", "in"):
                prev = None
        if kind == "between" or (prev is not None and prev.text == "from" and
                                 i + 2 < len(it.m) and it.m[i + 1].text in ("to", "and", "through", "until")):
            nxt = it.m[i + 2] if i + 2 < len(it.m) else None
            if nxt is not None and nxt.kind == "num" and _is_year(nxt):
                col = time_column_near(it, i)
                if col:
                    x.used = nxt.used = prev.used = True
                    range_filter(it, col, int(x.number), int(nxt.number))
                continue
        held = prev is not None and prev.text in ("for", "during", "throughout") and not x.decade  # 'for 2024'
        if kind in ("in", "since", "after", "before") or (prev is not None and prev.text in ("from", "of", "until")) \
                or held:
            col = time_column_near(it, i)
            if col is None or _a_state_not_the_origin(it, col, i) or \
                    (held and not _holds_year(it.cat, col, int(x.number))):
                continue
            x.used = True
            _whole_year_words(it.m[j + 1:i])
            if prev is not None:
                prev.used = True
            y = int(x.number)
            word = kind if kind in ("since", "after", "before") else "in"
            if prev is not None and _from_alone(it, prev, i):
                word = "in"             # 'the requests from 2024': in that year
            if prev is not None and prev.text == "until":
                word = "before"
            tail = it.m[i + 1:i + 3]
            if len(tail) == 2 and tail[0].text == "or" and tail[1].text in ("after", "later", "since", "onwards",
                                                                               "before", "earlier"):
                for z in tail:
                    z.used = True               # 'in 2014 or after', 'in 2000 or earlier'
                if tail[1].text in ("before", "earlier"):
                    word, y = "before", y + 1
                else:
                    word = "since"
            if x.decade and word == "in" and y % 100 == 0:
                _century_filter(it, col, x, y)
                continue
            if x.decade and word == "in":
                range_filter(it, col, y, y + 9)
                continue
            if word == "in" and _two_years_in_a_row(it, i):
                range_filter(it, col, y, y + 1)
                continue
            more = [z for z in it.m[i + 1:i + 5] if z.kind == "num" and _is_year(z) and not z.used]
            if word == "in" and more and it.cat.column(*col.split(".")).kind == "year" and \
                    any(z.text == "or" for z in it.m[i + 1:it.idx(more[0])]):
                for z in more:
                    z.used = True
                vals = [year_value(it, col, y)] + [year_value(it, col, int(z.number)) for z in more]
                it.r.filters.append(Filter(col, "in", vals, kind="time"))
                continue
            time_filter(it, col, word, f"{y:04d}-01-01", f"{y + 1:04d}-01-01", year=y)


_FINER_GRAINS = ("month", "quarter", "week", "day", "hour")


def _two_years_in_a_row(it, i: int) -> bool:
    """'the earnings for every month of 2008 and 2009': two years in a row, said of rows listed or
    of periods finer than a year, are one span (every row of either year, each in its own period).
    A figure or grouping over them ('total sales in 2023 and 2024', 'sales by region for 2024 and
    2025', 'compare …': together, or each?) is not read."""
    m = it.m
    if i + 2 >= len(m) or m[i + 1].text != "and" or m[i + 2].kind != "num" or m[i + 2].used or \
            not _is_year(m[i + 2]) or m[i + 2].decade or int(m[i + 2].number) != int(m[i].number) + 1 or \
            (i + 3 < len(m) and m[i + 3].text in ("and", ",", "or")):
        return False
    finer = any(x.kind == "kw" and x.kw == ("grain", g) for x in m for g in _FINER_GRAINS)
    figure = any(x.kind == "kw" and x.kw[0] in ("agg", "count", "rank", "group", "grain") for x in m) or \
        any(x.text in ("compare", "compared", "comparing", "versus", "vs", "against") for x in m)
    if figure and not finer:
        return False            # 'compare … for each farm', 'sales by region for 2024 and 2025': each year, or together?
    m[i + 1].used = m[i + 2].used = True
    return True


# Words of a date column that records when a row's thing came to be (its founding, its birth).
_ORIGIN_WORDS = {"founded", "founding", "established", "created", "born", "birth", "built", "incorporated"}


def _a_state_not_the_origin(it, col: str, i: int) -> bool:
    """'Which companies were in the S&P 500 in 1990?', 'companies with a P/E above 30 in 2020' where
    the only date of the companies is the year each was founded: a year said with no word of coming
    to be ('founded', 'established', …) and no name of that column is not when they came to be
    (declined, naming the column; a creation date is declined only when the year is said of what
    the rows were, and then the year is left unread)."""
    words = set(it.cat._raw_words(col.split(".")[1]))
    if any(x.kind == "ref" and x.col == col for x in it.m) or not words & _ORIGIN_WORDS:
        return False
    if words & _ORIGIN_WORDS <= {"created"}:
        # a row's 'created_at' is when an order or a ticket happened: a year said is its year,
        # unless it is said of what the rows were ('were in')
        said = [x.text for x in it.m[:i - 1]]         # (not the year's own 'in')
        copula = next((k for k, w in enumerate(said) if w in ("were", "was", "are", "is")), None)
        return copula is not None and any(w in ("in", "on", "part", "members", "member", "listed")
                                          for w in said[copula + 1:])
    if any(x.text in _ORIGIN_WORDS | _ORIGIN_VERBS for x in it.m):
        return False
    said = it.m[i]
    raise CannotAnswer(f"'{said.text}' is a time, and the only date the engine could use is {col}, which dates when "
                       f"each came to be, not what the question asks about: say '{col.split('.')[1]} in "
                       f"{said.text}' if that is meant", [said.text])


_ORIGIN_VERBS = {"founded", "started", "opened", "formed", "set", "launched", "incorporated", "established",
                 "began", "begun", "begin", "start", "creation", "inception"}


def bare_years(it) -> None:
    """'invoices per account 2024', '2024 revenue': a year said alone, first or last, beside a
    name of the data, is the period the rows are in — only when the date column the question
    would use holds that year (else the number is left unread and the question declined)."""
    m = [x for x in it.m if x.text not in ("?", ".", "!")]
    for x in (m[-1:] + m[:1]) if len(m) > 1 else []:
        if x.kind != "num" or x.used or not _is_year(x) or x.decade:
            continue
        i = m.index(x)
        beside = m[i - 1] if i else m[1]
        if beside.kind not in ("ref", "value") and not (it.previous is not None and len(m) == 2 and
                                                        beside.text in ("only", "just")):
            continue                    # 'above 2024', 'top 2024': no year ('only 2023' after an answer: its rows)
        y = int(x.number)
        if a_year_of_the_data(it.cat, it._tables_in_play(), y) is None:
            continue
        named = any(z.kind == "ref" and z.col and it.cat.is_time(*z.col.split(".")) for z in it.m)
        col = time_column_near(it, it.idx(x))
        if col is None or not _holds_year(it.cat, col, y):
            continue
        _one_date_of_the_rows(it, col, y, x.text, named)
        x.used = True
        time_filter(it, col, "in", f"{y:04d}-01-01", f"{y + 1:04d}-01-01", year=y)
        it.r.assume(col.split(".")[1], f"'{x.text}' alone is the year {y} of {col.split('.')[1]}")


_WHOLE_YEAR = ("full", "whole", "entire", "calendar")
_BEFORE_A_YEARS_NAME = ("the", "all", "our", "by", "of", "for", "total", "year") + _WHOLE_YEAR


def year_before_a_name(it) -> None:
    """'the full-year 2024 budget', 'vendors by 2024 spend', 'all 2024 spend': a year said right
    before a name of the data, after an article or a preposition, is the period of those rows —
    only when the date column the question would use holds that year."""
    m = it.m
    for i, x in enumerate(m[1:-1], start=1):
        if x.kind != "num" or x.used or not _is_year(x) or x.decade or m[i + 1].kind != "ref" or \
                m[i + 1].ref is None or m[i + 1].ref.kind != "column" or m[i - 1].text not in _BEFORE_A_YEARS_NAME:
            continue
        y = int(x.number)
        col = time_column_near(it, i)
        if col is None or not _holds_year(it.cat, col, y):
            continue
        _one_date_of_the_rows(it, col, y, x.text, False)
        x.used = True
        _whole_year_words(m[:i])
        time_filter(it, col, "in", f"{y:04d}-01-01", f"{y + 1:04d}-01-01", year=y)


def _whole_year_words(before: list) -> None:
    """'the full year 2024', 'full-year 2024': the words that say the whole year before it."""
    if len(before) >= 2 and before[-1].text == "year" and before[-2].text in _WHOLE_YEAR:
        before[-1].used = before[-2].used = True


def _one_date_of_the_rows(it, col: str, y: int, said: str, named: bool) -> None:
    """A year said alone is the date every row has ('issued_on', not the 'paid_on' some rows lack);
    where several such dates hold that year ('BookedOn', 'ScheduledStart'), which one the question
    does not say: declined."""
    t = col.split(".")[0]
    full = [c for c in it.cat.time_columns(t) if it.cat.column(t, c).kind == "date" and
            not it.cat.column(t, c).profile.nulls and _holds_year(it.cat, f"{t}.{c}", y)]
    if not named and len(full) > 1:
        raise CannotAnswer(f"'{said}' is a year, and {t.replace('_', ' ')} has several dates in it "
                           f"({', '.join(full)}): say which ('{full[0]} in {y}')", [said])


def _from_alone(it, word, i: int) -> bool:
    """'from <time>' with no end of a range after it ('from 2020 to 2024', 'from 2020 on', 'from 2020
    onwards') names that time itself, as 'in' does."""
    if word.text != "from":
        return False
    after = [x.text for x in it.m[i + 1:i + 3]]
    if any(w in ("to", "until", "till", "through", "thru", "on", "onwards", "onward", "forward", "and", "-")
           for w in after):
        return False
    return not _grouped_by_a_longer_unit(it, it.m[i])


_UNIT_LENGTH = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}


def _grouped_by_a_longer_unit(it, when) -> bool:
    """'average CAPE per decade from 1950', 'monthly sales from May 2020': grouped by a unit as long as
    the time named or longer, 'from' starts an open range (one year per decade would be one group)."""
    named = "year" if when.kind == "num" else ("year" if _whole_years(*when.date[:2]) else "month") \
        if when.kind == "date" else None
    if named is None:
        return False
    return any(x.kind == "kw" and x.kw and x.kw[0] == "grain" and
               _UNIT_LENGTH.get(x.kw[1], -1) >= _UNIT_LENGTH[named] for x in it.m)


def _whole_years(lo: str, hi: str) -> bool:
    return lo[4:] == "-01-01" and hi[4:] == "-01-01"


def time_column_of(it, table: str) -> str | None:
    cols = it.cat.time_columns(table)
    if len(cols) > 1:
        it.r.assume("date column", f"used {table}.{cols[0]} for the date (also: {', '.join(cols[1:])})")
    return f"{table}.{cols[0]}" if cols else None


def period_filter(it, col: str, lo: str, hi: str) -> Filter:
    """The condition 'col is within [lo, hi)' as a Filter dict, in the column's own terms."""
    if it.cat.column(*col.split(".")).kind == "year":
        return Filter(col, "=", [year_value(it, col, int(lo[:4]))], kind="time")
    return Filter(col, "between", [lo, last_moment(it.cat, col, day_before(hi))], kind="time")


def years_held(cat: Catalog, col: str) -> tuple[int, int] | None:
    """The first and last year a date (or year) column's values fall in, from its profile."""
    c = cat.column(*col.split("."))
    try:
        return int(str(c.profile.min)[:4]), int(str(c.profile.max)[:4])
    except ValueError:
        return None


def years_holding_months(cat: Catalog, col: str, first: int, length: int) -> list[int]:
    """The years whose months first … first + length - 1 overlap the span of a date column's values
    (from its profile's first and last value)."""
    lo, hi = str(cat.column(*col.split(".")).profile.min or "")[:7], str(cat.column(*col.split(".")).profile.max or "")[:7]
    if not (_YEAR_MONTH.fullmatch(lo) and _YEAR_MONTH.fullmatch(hi)):
        return []
    out = []
    for year in range(int(lo[:4]), int(hi[:4]) + 1):
        start, end = f"{year:04d}-{first:02d}", f"{year + (first + length - 2) // 12:04d}-{(first + length - 2) % 12 + 1:02d}"
        if start <= hi and end >= lo:
            out.append(year)
    return out


_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")


def _holds_year(cat: Catalog, col: str, year: int) -> bool:
    span = years_held(cat, col)
    return span is not None and span[0] <= year <= span[1]


def a_year_of_the_data(cat: Catalog, tables: list[str], year: int) -> str | None:
    """The first date column of the tables named whose values span `year`: a number there that
    looks like a year is that year."""
    for t in tables:
        for c in cat.time_columns(t):
            if _holds_year(cat, f"{t}.{c}", year):
                return f"{t}.{c}"
    return None


def holds_times(cat: Catalog, col: str) -> bool:
    """Whether a date column also holds a time of day ('2024-12-31 18:05:00', DATETIME, TIMESTAMP)."""
    c = cat.column(*col.split("."))
    if c.kind != "date":
        return False
    if any(k in c.type.upper() for k in ("TIME", "STAMP")):
        return True
    return any(isinstance(v, str) and len(v) > 10 for v in (c.profile.max, c.profile.min))


def last_moment(cat: Catalog, col: str, day: str) -> str:
    """The end of a day in the column's terms: '2023-12-31' for dates, '2023-12-31 23:59:59' for
    timestamps, so 'in 2023' keeps the evening of December 31st."""
    return f"{day} 23:59:59" if holds_times(cat, col) else day


def time_filter(it, col: str, word: str, lo: str, hi: str, year: int | None) -> None:
    table, column = col.split(".")
    is_year = it.cat.column(table, column).kind == "year"
    if is_year:
        y = year_value(it, col, year if year is not None else int(lo[:4]))
        spec = {"in": ("=", [y]), "since": (">=", [y]), "after": (">", [y]), "before": ("<", [y])}
    else:
        last = last_moment(it.cat, col, day_before(hi))
        spec = {"in": ("between", [lo, last]), "since": (">=", [lo]), "after": (">", [last]),
                "before": ("<", [lo])}
    op, vals = spec.get(word, spec["in"])
    it.r.filters.append(Filter(col, op, vals, kind="time"))


def year_value(it, col: str, y: int):
    """A year as the column stores it: a number, or text for a text column of years."""
    declared = it.cat.column(*col.split(".")).type.upper()
    return str(y) if any(k in declared for k in ("CHAR", "TEXT", "STRING")) else y


def _century_filter(it, col: str, x, y: int) -> None:
    """'founded in the 1800s': a year ending in 00 with an 's' is that century (1800-1899), stated;
    'the 2000s' may be the decade or the century, so it is declined."""
    if y >= 2000:
        raise CannotAnswer(f"'{y}s' may be the decade {y}-{y + 9} or the century {y}-{y + 99}; ask for the years "
                           f"('between {y} and {y + 9}')", [f"{y}s"])
    range_filter(it, col, y, y + 99)
    it.r.assume(f"{y}s", f"read as the century {y}-{y + 99}")


def range_filter(it, col: str, y1: int, y2: int) -> None:
    table, column = col.split(".")
    if it.cat.column(table, column).kind == "year":
        it.r.filters.append(Filter(col, "between", [y1, y2], kind="time"))
    else:
        it.r.filters.append(Filter(col, "between", [f"{y1:04d}-01-01", last_moment(it.cat, col, f"{y2:04d}-12-31")],
                                   kind="time"))


def so_far_in_a_period(it) -> None:
    """'so far in 2025', 'so far this year': the period up to the latest data, which is the period
    itself — 'so far' adds no condition (and never names a distance)."""
    m = it.m
    for i, x in enumerate(m[1:-1], start=1):
        if x.text == "far" and m[i - 1].text == "so" and not x.used and \
                (m[i + 1].kind in ("date", "num") or m[i + 1].text in ("in", "this", "during")):
            x.used = m[i - 1].used = True
            if x.kind == "ref":
                x.kind, x.refs, x.ref = "word", [], None


def time_suffixes(it) -> None:
    """'opening year', 'founding date': the word after a time column only repeats what it is."""
    for i, x in enumerate(it.m[1:], 1):
        before = it.m[i - 1]
        if x.kind == "word" and x.text in ("year", "date", "day") and before.kind == "ref" and before.col \
                and it.cat.is_time(*before.col.split(".")):
            x.used = True


def grain_word_of_a_column_name(it) -> None:
    """'an annual premium over 10,000' over ANN_PREM_AMT: a word of a time unit ('annual', 'monthly')
    right before the column whose own name begins with it (ANN, monthly_fee) is part of that name,
    not a grouping by years."""
    for i, x in enumerate(it.m[:-1]):
        nxt = it.m[i + 1]
        if x.kind != "kw" or x.kw[0] != "grain" or " " in x.text or nxt.kind != "ref" or nxt.ref is None or \
                nxt.ref.kind != "column":
            continue
        words = it.cat.name_words_of(nxt.ref.column)
        if any(len(w) >= 3 and x.text.startswith(w) for w in words):
            x.used, x.kind = True, "skip"


def _previous_time_of(it, x) -> str | None:
    """'which month had the highest?' where 'month' could name several date columns: the one the
    previous answer grouped or filtered by (the answer ranks its own months), else the first."""
    if it.previous is None or len(x.refs) < 2:
        return x.col
    named = {f"{r.table}.{r.column}" for r in x.refs if r.kind == "column"}
    used = [g.column for g in it.previous.group if g.grain] + \
        [f.column for f in it.previous.filters if f.kind == "time" and f.column]
    return next((c for c in used if c in named), x.col)


def asked_time_unit(it) -> None:
    """'which year had the highest?', 'what decade had the most?': group by that unit of time."""
    for i, x in enumerate(it.m):
        unit = UNITS.get(x.text)
        if unit is not None and x.kind == "ref" and not x.used and it.previous is not None and \
                x.ref is not None and x.ref.table not in it.previous.tables() and any(
                    g.grain == unit or (g.grain is None and it.cat.is_time(*g.column.split(".")))
                    for g in it.previous.group):
            # "which year had the most?" after a grouping by year: the unit, not a weak match
            # of the word to some 'enroll_yr' column of another table
            x.kind, x.refs, x.ref = "word", [], None
        if unit is not None and x.kind == "ref" and not x.used and x.refs and all(r.strength == 1 for r in x.refs) \
                and i > 0 and it.m[i - 1].text in ("which", "what", "in which", "in what"):
            # 'which month had the most orders?': the unit, not a date column 'month' is only a synonym of
            x.kind, x.refs, x.ref = "word", [], None
        after = it.m[i + 1].text if i + 1 < len(it.m) else ""
        ranked = i > 0 and it.m[i - 1].kind == "kw" and it.m[i - 1].kw[0] == "rank" and \
            (it.m[i - 2].text in ("the", "which", "what", "what's", "whats") if i > 1 else
             it.m[0].text in BUSY_RANKS)       # 'busiest hour': the count of rows ranks
        if x.kind == "ref" and unit and not (x.col and it.cat.is_time(*x.col.split("."))):
            if not (ranked and it.m[i - 1].text in BUSY_RANKS):
                continue                # 'which year' where a column is named 'year' of another kind
            x.kind, x.refs, x.ref = "word", [], None     # 'the busiest hour' counts rows, it is no 'hours'
        if ranked and it.m[i - 1].text in ("latest", "earliest", "newest", "oldest", "last", "first") and \
                after in ("that", "with", "where") and x.kind == "ref":
            continue                    # 'the latest month that has earnings': that month itself, ranked
        if unit == "day" and after in ("of", "in"):
            continue                    # 'which day of the week', 'which day in March'
        if unit is None or x.used or x.kind not in ("word", "ref") or i == 0 or \
                (it.m[i - 1].text not in ("which", "what", "in which", "in what") and not ranked and
                 not (it.m[i - 1].text == "the" and after in ("with", "that", "having", "when"))):
            continue                    # 'which year …', 'the decade with the most …', 'the busiest hour'
        if unit == "hour":              # 'the busiest hour of the day': the hour of any day
            tail = it.m[i + 1:i + 4]
            if [y.text for y in tail[:3]] == ["of", "the", "day"]:
                for y in tail:
                    y.used = True
        col = _previous_time_of(it, x) if x.kind == "ref" else time_column_near(it, i)
        if col is None and unit == "hour":
            # 'the busiest hour of the day' names no table: the one column that holds times of day
            timed = [f"{t}.{c}" for t in it.cat.tables for c in it.cat.time_columns(t) if holds_times(it.cat, f"{t}.{c}")]
            if len(timed) == 1:
                col = timed[0]
                it.r.entity = it.r.entity or col.split(".")[0]
                it.r.assume("hour", f"the hour of {col}")
            elif timed and ranked:
                _which_rows_of_a_busiest_unit(it.m[i - 1].text, x.text, timed)
        if col is None:
            continue
        x.used = True
        dim = Dim(col, grain(it.cat, col, unit))
        if dim not in it.r.group:
            it.r.group.append(dim)


def _which_rows_of_a_busiest_unit(rank: str, unit: str, timed: list[str]) -> None:
    """'busiest hour' naming no table where several tables hold times: the hour with the most rows
    of which table, by which of its times, is not said (declined, naming the candidates)."""
    raise CannotAnswer(f"'{rank} {unit}' counts rows in each {unit}, and several columns hold times of day "
                       f"({', '.join(timed)}): say which rows ('the {rank} {unit} for "
                       f"{timed[0].split('.')[0].replace('_', ' ')}')", [rank, unit])


UNITS = {"year": "year", "years": "year", "month": "month", "months": "month", "quarter": "quarter",
          "quarters": "quarter", "decade": "decade", "decades": "decade", "hour": "hour", "hours": "hour",
          "day": "day"}


def series_of_a_figure_without_dates(it, g, col: str) -> None:
    """'show me its share price month by month' where the prices are one value per company (their
    table holds no date of its own, one row for each row of the dated table) and no date is named:
    a time series of that figure read by
    another table's date (the year each company was founded) answers another question; declined,
    naming the words."""
    if any(x.kind == "ref" and x.col and it.cat.is_time(*x.col.split(".")) for x in it.m):
        return                      # the date is named ('average price by year founded')
    figures = {x.ref.table: x for x in it.m if x.kind == "ref" and x.col and it.cat.is_measure(*x.col.split("."))}
    if not figures or col.split(".")[0] in figures or any(it.cat.time_columns(t) for t in figures):
        return
    t, x = next(iter(figures.items()))
    if it.cat.fans_out(col.split(".")[0], t):
        return                      # lines of an order: each dated by the order it belongs to
    raise CannotAnswer(f"'{g.text}' asks for {x.text} over time, and {t} holds no dates of its own (one value "
                       f"per row, no history); reading it by {col} would answer another question", [g.text])


def grain(cat: Catalog, col: str, unit: str) -> str | None:
    """The grain of a time grouping: any unit for a date; a year column is its own year, and
    can still be grouped by decade."""
    kind = cat.column(*col.split(".")).kind
    if unit == "day":                           # 'which day …': the dates themselves, where they hold no time
        if kind != "date" or holds_times(cat, col):
            raise CannotAnswer(f"'day' over {col.split('.')[1]}, which holds "
                               f"{'times of day' if kind == 'date' else 'no days'}: grouping its values by day is "
                               "not built; ask by date", ["day"])
        return None
    if unit == "hour":
        if not holds_times(cat, col):           # '2024-03-01' has no hour to group by
            raise CannotAnswer(f"{col.split('.')[1]} holds dates without a time of day, so there is no hour "
                               "to group by")
        return unit
    if kind == "date":
        return unit
    if kind == "year" and unit in ("month", "quarter", "week"):
        # 'month by month' over a column of years: no months to group by (never its years instead)
        raise CannotAnswer(f"'{unit}' over {col.split('.')[1]}, which holds years only: there are no "
                           f"{unit}s to group by; ask by year", [unit])
    return "decade" if unit == "decade" else None


def day_before(iso: str) -> str:
    import datetime as dt
    d = dt.date.fromisoformat(iso) - dt.timedelta(days=1)
    return d.isoformat()


_COMPARE_WORDS = {"compare", "compared", "comparing", "comparison"}


def periods_compared_not_a_span(it) -> None:
    """'compare total fees per branch between 2023 and 2024': two periods compared, each one's figure
    beside the other's — never one total over the span from the first to the last (declined, asking
    for the figure per year)."""
    if not any(t.text in _COMPARE_WORDS for t in it.tokens):
        return
    m = it.m
    for i in range(len(m) - 3):
        if m[i].text == "between" and m[i + 2].text == "and" and _is_year(m[i + 1]) and _is_year(m[i + 3]):
            span = f"between {m[i + 1].text} and {m[i + 3].text}"
            raise CannotAnswer(f"'compare … {span}' compares the two years, not one total over the span: "
                               "ask for the figure per year", ["compare", span])


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def weekday_of_another_table(p: Plan, cat: Catalog) -> None:
    """'takings on saturdays' over shifts with a date, where a shop's yes/no column open_saturday
    also names the day: the rows' own day of the week or the shops open that day is not said
    (declined, naming both)."""
    measured = [p.table] + [a.column.split(".")[0] for a in p.measures if a.column]
    for f in p.filters:
        day = {d for d in _WEEKDAYS if d in f.column.split(".")[1].lower()} if f.column else set()
        if not day or not cat.is_flag(*f.column.split(".")):
            continue
        own = [f"{t}.{c}" for t in dict.fromkeys(measured) if t != f.column.split(".")[0]
               for c in cat.time_columns(t) if cat.column(t, c).kind == "date"]
        if own:
            word = min(day)    # one column rarely names two days; the message is the same each run
            raise CannotAnswer(f"'{word}' may be the day of the week of {own[0]} or {f.column}; say which "
                               f"('{own[0].split('.')[1]} on a {word}' or '{f.column.split('.')[1]}')", [word])


_SPAN_VERBS = {"cover", "covers", "covered", "span", "spans", "spanned"}


def first_and_last_of_a_time_column(it) -> None:
    """'From which month to which?', 'the first and last months', 'what period does the data
    cover?': the earliest and the latest value of the time column named (MIN and MAX, over the rows
    asked about), never a listing of every month."""
    m = it.m
    for i in range(len(m)):
        span = _from_which_to_which(m, i) or _first_and_last(m, i) or _period_covered(m, i)
        if span is None:
            continue
        ref = m[span[-1]] if m[span[-1]].kind == "ref" else next(m[j] for j in span if m[j].kind == "ref")
        col = ref.col
        if col is None or not it.cat.is_time(*col.split(".")) or ref.used:
            continue
        for j in span:
            m[j].used = True
            if m[j] is not ref:
                m[j].kind, m[j].kw = "kw", ("asked", None)     # ('earliest', 'last'): no ranking, no date
        it.r.measures.extend([Agg("min", col), Agg("max", col)])
        it.r.assume(col.split(".")[1], f"the first and the last {col.split('.')[1]} of the rows asked about")
        return


def _from_which_to_which(m, i: int) -> list[int] | None:
    """'from which month to which (month)': the positions of its words."""
    words = [y.text for y in m[i:i + 6]]
    if len(words) < 5 or words[0] != "from" or words[1] not in ("which", "what") or m[i + 2].kind != "ref" or \
            words[3] != "to" or words[4] not in ("which", "what"):
        return None
    again = len(words) > 5 and m[i + 5].kind == "ref" and m[i + 5].col == m[i + 2].col
    return list(range(i, i + (6 if again else 5)))


def _first_and_last(m, i: int) -> list[int] | None:
    """'the first and last months', 'the earliest and latest month'."""
    words = [y.text for y in m[i:i + 4]]
    if len(words) < 4 or words[0] not in ("first", "earliest") or words[1] != "and" or \
            words[2] not in ("last", "latest") or m[i + 3].kind != "ref":
        return None
    return list(range(i, i + 4))


def _period_covered(m, i: int) -> list[int] | None:
    """'what period does the index data cover?': a time column named by 'what', then a verb of
    covering."""
    if i == 0 or m[i - 1].text not in ("what", "which") or m[i].kind != "ref":
        return None
    verb = next((j for j in range(i + 1, len(m)) if m[j].text in _SPAN_VERBS), None)
    if verb is None:
        return None
    return [i - 1, i, verb]
