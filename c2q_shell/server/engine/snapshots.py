"""Tables of snapshots (one row per thing per period: an account's row for each month it is a
customer, keyed by the account and the month). The things present in a period are that period's
rows, never the things created in it; a level of the snapshot (MRR, a balance, a headcount)
averaged over every period mixes the periods. And a sequence of events ('had a failed payment and
then cancelled'), which the engine builds no order of events for, is declined."""
from __future__ import annotations

import re

from .errors import CannotAnswer
from .plan import Filter, Plan

# 'had a failed payment and then cancelled', 'downgraded, then cancelled': one event after another.
# ('sort by country and then by name', 'ok, then what …' are no sequence of events.)
_THEN = re.compile(r"(?:\band|,)\s+then\s+(?!(?:by|sort|order|show|list|what|how|which|who|just|give|tell)\b)[a-z]")
_OPENERS = {"", "ok", "okay", "so", "and", "well"}
_HAVE = {"have", "had", "has"}         # a stock held: 'how many accounts did we have in March?'


def snapshot_tables(cat, thing: str | None = None) -> list[tuple[str, str, str]]:
    """(table, key, period) of the tables whose primary key is exactly a foreign key (to `thing`, if
    given) and one time column with several periods: one row per thing per period."""
    out = []
    for name, t in cat.tables.items():
        pk = t.primary_key
        if len(pk) != 2:
            continue
        times = [c for c in pk if c in cat.time_columns(name)]
        keys = [fk for fk in cat.foreign_keys if fk.table == name and fk.column in pk and fk.ref_table != name]
        if len(times) != 1 or len(keys) != 1 or keys[0].column == times[0] or \
                cat.column(name, times[0]).profile.distinct < 2:
            continue
        if thing is None or keys[0].ref_table == thing:
            out.append((name, keys[0].column, times[0]))
    return out


def _named(reading, col: str) -> bool:
    """Whether a word of the question names the column ('created' for CreatedOn)."""
    for x in reading.mentions:
        if x.kind != "ref":
            continue
        refs = [x.ref] if x.ref is not None else list(x.refs or [])
        if x.col == col or any(r.kind == "column" and f"{r.table}.{r.column}" == col for r in refs):
            return True
    return False


def counted_by_another_tables_date(p: Plan, reading, cat) -> None:
    """'How many accounts did we have each month?' where a table of snapshots holds one row per
    account per month: the accounts of a month are that month's snapshot rows, not the accounts
    whose own date (CreatedOn) falls in it. A count of a table per period of a date of its own the
    question does not name, while such a snapshot table exists, is declined."""
    if p.inner is not None or p.batch or not any(a.func == "count" for a in p.measures):
        return
    for g in p.group:
        t, c = g.column.split(".", 1)
        if g.grain is None or c not in cat.time_columns(t) or _named(reading, g.column):
            continue
        snaps = snapshot_tables(cat, t)
        if t != p.table or not snaps:
            continue
        s, key, period = snaps[0]
        raise CannotAnswer(f"'how many {t} … each {g.grain}' could be the {t} present in each {g.grain} ({s} holds "
                           f"one row per {key} per {period}) or those whose {c} falls in it; the engine read neither "
                           f"for sure: ask for the {s} rows per {period}, or name the date ('{c}')", [g.grain])
    # 'how many accounts did we have in March 2024?': the accounts of that month, not those created in it
    if not set(x.text for x in reading.mentions) & _HAVE:
        return
    for f in p.filters:
        if f.kind != "time" or not f.column or _named(reading, f.column):
            continue
        t, c = f.column.split(".", 1)
        snaps = snapshot_tables(cat, t)
        if t != p.table or not snaps or c not in cat.time_columns(t):
            continue
        s, key, period = snaps[0]
        raise CannotAnswer(f"'how many {t} … had' in a period could be the {t} present then ({s} holds one row per "
                           f"{key} per {period}) or those whose {c} falls in it; the engine read neither for sure: "
                           f"ask for the {s} rows of the {period}, or name the date ('{c}')", ["had"])


def level_averaged_over_snapshots(p: Plan, cat) -> None:
    """'what's the average MRR in the UK?' over a table of monthly snapshots with no period said:
    every month's row holds the level again, so an average over all of them mixes the months. The
    newest snapshot is read (its period, stated); a condition or group on the period says itself."""
    if p.inner is not None or p.batch:
        return
    for a in p.measures:
        if a.func != "avg" or not a.column:
            continue
        t, c = a.column.split(".", 1)
        snaps = [s for s in snapshot_tables(cat) if s[0] == t]
        if not snaps or not cat.is_measure(t, c):
            continue
        _, key, period = snaps[0]
        col = f"{t}.{period}"
        if any(f.column == col for f in p.filters) or any(g.column == col for g in p.group):
            continue
        newest = cat.column(t, period).profile.max
        if newest is None:
            continue
        p.filters.append(Filter(col, "=", [str(newest)], kind="time"))
        p.assume(period, f"{t} holds {c} once per {key} per {period}: the average is of the newest {period} "
                         f"({newest}), not of every {period} mixed")
        return


def sequence_of_events(text: str) -> None:
    """'How many members had a failed payment and then cancelled?': one event after another, which the
    engine builds no order of events for (it would count either event alone): declined."""
    m = _THEN.search(text.lower())
    if m is None:
        return
    before = re.sub(r"[^a-z ]", " ", text.lower()[:m.start()]).split()
    if not before or " ".join(before) in _OPENERS or all(w in _OPENERS for w in before):
        return
    raise CannotAnswer("'then' asks for one event after another, and the engine builds no order of events "
                       "(it would count each event alone): ask for each event on its own", ["then"])
