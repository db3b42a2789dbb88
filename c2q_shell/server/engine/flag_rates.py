"""The rate of a yes/no column: 'bounce rate', 'churn rate by plan', 'conversion rate' where one
flag records conversion — the percentage of the rows whose flag is set (1, true, 'Y', 'yes')."""
from __future__ import annotations

import re

from .plan import Agg, Filter

_RATE = ("rate", "rates")
# 'conversion' → convert(ed), 'completion' → complete(d), 'cancellation' → cancel(led): the verb of a
# noun of action, which a flag column names in its participle
_NOUN_TO_VERB = ((re.compile(r"sion$"), "t"), (re.compile(r"tion$"), "te"), (re.compile(r"lation$"), ""))


def rate_of_a_flag(it) -> None:
    """'<flag> rate': the word before 'rate' names exactly one yes/no column (by a name the data
    holds, or as the noun of the verb the column's participle says: 'conversion' for converted).
    The figure is the percentage of rows with it set, over every row (NULL counts as not set)."""
    m = it.m
    for i, x in enumerate(m):
        if x.text not in _RATE or x.kind != "word" or x.used or i == 0:
            continue
        flag = _flag_named(it, m[i - 1])
        if flag is None:
            continue
        t, c = flag
        values = it.cat.flag_values(t, c)
        if values is None:
            continue
        yes = values[0]
        w = m[i - 1]
        if w.kind == "ref":
            w.ref = next((r for r in w.refs if r.kind == "column" and (r.table, r.column) == (t, c)), w.ref)
        else:
            w.kind, w.kw, w.values = "word", (), []
        if it.r.entity not in (None, t):
            continue                    # the rate of rows of another table than the ones asked about
        w.used = x.used = True
        it.r.entity = t                 # a rate over the flag's own rows ('escape rate for each room': sessions)
        it.r.measures.append(Agg("share", None, where=[Filter(f"{t}.{c}", "=", [yes])]))
        it.r.assume(f"{w.text} {x.text}", f"the percentage of {t.replace('_', ' ')} rows with {c} = {yes!r} "
                                         f"(rows where it is empty count as not {c})")


def _flag_named(it, w) -> tuple[str, str] | None:
    """The one yes/no column a word names: a column reference to a flag (and to nothing stronger
    that is no flag), or, for a word the data does not hold, a flag named by its verb."""
    cat = it.cat
    if w.kind == "ref" and w.refs:
        cols = [r for r in w.refs if r.kind == "column"]
        flags = [r for r in cols if cat.is_flag(r.table, r.column)]
        if len(flags) != 1 or any(r.strength >= flags[0].strength for r in cols if r is not flags[0]) or \
                any(r.kind == "table" for r in w.refs):
            return None
        return flags[0].table, flags[0].column
    if w.kind != "word" or w.used or not w.text.isalpha() or len(w.text) < 4:
        return None
    found = set(cat.flags_named(w.text))
    for pattern, ending in _NOUN_TO_VERB:
        if pattern.search(w.text):
            found |= set(cat.flags_named(pattern.sub(ending, w.text)))
    return found.pop() if len(found) == 1 else None
