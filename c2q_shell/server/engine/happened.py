"""Rows a verb says happened leave the cancelled ones out: 'seats sold per month' over bookings whose
status holds 'cancelled', 'how many sessions were held each month?' over sessions with a cancelled
flag — a cancelled booking sold nothing, a cancelled session was not held. The rows marked cancelled
are found by a text status ('cancelled', 'void', 'withdrawn', …) or a yes/no column named for it
(cancelled, is_void); they are left out, stated. A condition of the question's own on that column
says which rows itself; several such columns are declined."""
from __future__ import annotations

from .errors import CannotAnswer
from .plan import Filter

CANCELLED_STATES = ("cancel", "void", "withdrawn", "refunded", "rescinded", "revoked")
_UNSENT_STATES = ("draft",)         # states of a bill not (yet) sent: a draft was never billed
# states of a payment that took no money: a failed or declined charge (refunded is cancelled)
UNPAID_STATES = ("fail", "declined", "bounced", "chargeback", "reversed")
_SOLD_WORDS = {"sold", "sell", "sells", "selling"}
# Verbs saying an event took place: said right after the rows ('sessions were held').
_HAPPENED_WORDS = {"held", "ran", "run", "delivered", "happened", "occurred", "took"}
_BE_WORDS = ("were", "was", "been", "have", "has", "had", "be", "being", "actually")


def cancelled_values(cat, table: str, unsent: bool = False, unpaid: bool = False) -> list[tuple[str, list]]:
    """(column, values) of the table's text columns holding a cancelled state ('cancelled', 'Canceled',
    'void', 'withdrawn', 'refunded'), with `unsent` a state of a bill not sent yet ('draft'), and with
    `unpaid` a state of a payment that took no money ('failed', 'declined')."""
    out = []
    states = CANCELLED_STATES + (_UNSENT_STATES if unsent else ()) + (UNPAID_STATES if unpaid else ())
    for name, col in cat.tables[table].columns.items():
        vals = [v for v in col.profile.values if isinstance(v, str) and v.strip().lower().startswith(states)]
        if col.kind == "text" and vals:
            out.append((name, vals))
    return out


def cancelled_flags(cat, table: str) -> list[tuple[str, list]]:
    """(column, [the value for yes]) of the table's yes/no columns named for a cancelled state
    ('cancelled', 'is_void', 'WithdrawnFlag')."""
    out = []
    for name in cat.tables[table].columns:
        flag = cat.flag_values(table, name)
        if flag is not None and any(w.lower().startswith(CANCELLED_STATES) for w in cat.name_words_of(name)):
            out.append((name, [flag[0]]))
    return out


def _before(m: list, i: int) -> list:
    """The mentions before position i, less the forms of 'be' just before it ('seats were')."""
    before = m[:i]
    while before and before[-1].kind in ("word", "kw") and before[-1].text in _BE_WORDS:
        before = before[:-1]
    return before


def _after_a_quantity(it, m: list, i: int) -> bool:
    """Whether the words before 'sold' end with a measure column ('seats', 'seats were')."""
    before = _before(m, i)
    last = before[-1] if before else None
    return last is not None and last.kind == "ref" and bool(last.col) and it.cat.is_measure(*last.col.split("."))


def _table_said_before(m: list, i: int) -> str | None:
    """The table whose rows are named just before the verb ('sessions were held'), else None."""
    before = _before(m, i)
    last = before[-1] if before else None
    if last is None or last.kind != "ref":
        return None
    refs = [last.ref] if last.ref is not None else list(last.refs)
    tables = [r.table for r in refs if r.kind == "table"]
    return tables[0] if tables else None


def _happened_verb(it, m: list, i: int) -> bool:
    """'held', 'ran', 'delivered', … or 'took place' — also when the verb has been read as the date
    column it names ('delivered in 2024' → delivered_on): a cancelled delivery was not delivered then."""
    x = m[i]
    if x.text not in _HAPPENED_WORDS:
        return False
    if x.kind == "ref":
        return x.ref is not None and x.ref.kind == "column" and it.cat.is_time(x.ref.table, x.ref.column)
    if x.kind != "word" or x.used:
        return False
    return x.text != "took" or (i + 1 < len(m) and m[i + 1].text == "place")


def rows_that_happened_not_cancelled(it) -> None:
    """'seats sold' (a quantity sold) or '<rows> were held / took place / ran / were delivered': the
    rows marked cancelled are left out, stated."""
    m = it.m
    sold = [x for i, x in enumerate(m) if x.kind == "word" and x.text in _SOLD_WORDS and not x.used and
            _after_a_quantity(it, m, i)]
    # ('which agent sold the most policies?': a policy cancelled later was sold)
    tables = list(dict.fromkeys(x.ref.table for x in m if x.kind == "ref" and x.col)) if sold else []
    said = sold
    if not sold:
        events = [(i, _table_said_before(m, i)) for i in range(len(m)) if _happened_verb(it, m, i)]
        events = [(i, t) for i, t in events if t is not None]
        said = [m[i] for i, _ in events]
        tables = list(dict.fromkeys(t for _, t in events))
    if not said:
        return
    states = [(t, c, vals, "not in") for t in tables for c, vals in cancelled_values(it.cat, t)] + \
             [(t, c, vals, "!=") for t in tables for c, vals in cancelled_flags(it.cat, t)]
    if not states:
        return
    if len(states) > 1:
        raise CannotAnswer(f"'{said[0].text}' leaves out cancelled rows, and several columns hold them "
                           f"({', '.join(f'{t}.{c}' for t, c, _, _ in states)}): name the status meant", [said[0].text])
    t, c, vals, op = states[0]
    for x in said:
        x.used = True
        nxt = m.index(x) + 1
        if x.text == "took" and nxt < len(m):
            m[nxt].used = True              # 'took place'
    if any(f.column == f"{t}.{c}" for f in it.r.filters):
        return                              # 'seats sold that were cancelled' says which rows itself
    if op == "!=":
        it.r.filters.append(Filter(f"{t}.{c}", "!=", vals, kind="value"))
        it.r.assume(c, f"'{said[0].text}' leaves out the {t} whose {c} is {vals[0]!r} (cancelled)")
        return
    it.r.filters.append(Filter(f"{t}.{c}", "not in", vals, kind="value"))
    it.r.assume(c, f"'{said[0].text}' leaves out the {t} whose {c} is {' or '.join(vals)}")
