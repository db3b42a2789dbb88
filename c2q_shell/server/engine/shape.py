"""The last check of a plan: the answer must have the shape the question's asking words call for.
'When …?' shows a date, 'how many …?' a count or a total, 'what percentage …?' a share. A plan that
lost what the question asks for answers another question, so it is declined instead."""
from __future__ import annotations

import re

from .catalog import Catalog
from .errors import CannotAnswer
from .plan import Plan

_WHEN = re.compile(r"^\s*(?:and\s+)?when\b|,\s*(?:and\s+)?when\s*\??\s*$", re.I)
_HOW_MANY = re.compile(r"^\s*(?:and\s+|so\s+)?(?:how\s+many|what\s+is\s+the\s+number\s+of|what's\s+the\s+number\s+of)\b", re.I)
_SHARE = re.compile(r"^\s*(?:and\s+|so\s+)?(?:what|which)\s+(?:percentage|percent|proportion|fraction|share)\b", re.I)
_SHARE_FUNCS = {"share", "share_total", "pct_total", "ratio", "pct_change"}


def _plans(p: Plan) -> list[Plan]:
    out = [p]
    for q in (p.inner, p.within):
        if q is not None:
            out += _plans(q)
    return out


def _shows_time(p: Plan, cat: Catalog) -> bool:
    def timed(ref: str | None) -> bool:
        return bool(ref) and "." in ref and cat.is_time(*ref.split(".", 1))
    return any(timed(c) for c in p.select) or any(o.kind == "col" and timed(o.ref) for o in p.order) or any(timed(g.column) or g.grain for g in p.group) or \
        any(m.func in ("max", "min") and timed(m.column) for m in p.measures)


def check(question: str, plan: Plan, cat: Catalog) -> None:
    """Raise CannotAnswer when the plan cannot be the kind of answer the question asks for."""
    if plan.batch:
        return
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
    share = _SHARE.match(question)
    if share and not any(m.func in _SHARE_FUNCS for q in _plans(plan) for m in q.measures):
        word = share.group(0).strip()
        raise CannotAnswer(f"'{word}' asks for a share, and the answer the engine found would not compute one", [word])
