"""A median in SQL that SQLite and MySQL/MariaDB both run (neither has MEDIAN): the values of each
group numbered in order (ROW_NUMBER) and counted (COUNT) over the rows the plan keeps, then the
average of the middle one (an odd count) or two (an even count): 2·rn between n and n + 2."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from .errors import CannotAnswer
from .plan import Agg

if TYPE_CHECKING:
    from .sqlgen import Compiler

_VALUE, _RN, _N, _ROWS = "median_value", "median_rn", "median_n", "median_rows"


def build(compiler: Compiler) -> exp.Select:
    """The plan's one median (with its groups, conditions, order and limit) as a query over a
    derived table of the numbered values."""
    from .sqlgen import dim_alias, ident, measure_alias

    p = compiler.plan
    if len(p.measures) != 1 or any(f.agg is not None for f in p.filters) or p.distinct or p.inner is not None:
        raise CannotAnswer("a median beside other figures, or kept by a condition on a figure, is beyond this "
                           "engine; ask for the median alone", ["median"])
    a = p.measures[0]
    plain = p.copy()
    plain.measures, plain.order, plain.limit, plain.offset = [Agg("avg", a.column)], [], None, None
    c = type(compiler)(compiler.cat, plain, suffix=compiler.suffix)
    base = c.build()                    # its FROM, joins and WHERE: the rows the median is over
    x = c.col(a.column)
    parts = [c.dim(d) for d in p.group]
    names = [dim_alias(d) if d.grain else d.column.split(".")[1] for d in p.group]
    inner = exp.Select()
    for e, n in zip(parts, names):
        inner = inner.select(exp.alias_(e.copy(), ident(n)), copy=False)
    over = {"partition_by": [e.copy() for e in parts]} if parts else {}
    inner = inner.select(
        exp.alias_(x.copy(), ident(_VALUE)),
        exp.alias_(exp.Window(this=exp.RowNumber(), order=exp.Order(expressions=[exp.Ordered(this=x.copy(), nulls_first=True)]),
                              over="OVER", **over), ident(_RN)),
        exp.alias_(exp.Window(this=exp.Count(this=x.copy()), over="OVER", **over), ident(_N)), copy=False)
    inner.set("from_", base.args.get("from_") or base.args.get("from"))
    inner.set("joins", base.args.get("joins"))
    known = exp.Not(this=exp.Is(this=x.copy(), expression=exp.Null()))
    where = base.args.get("where")
    inner = inner.where(exp.and_(where.this, known) if where is not None else known, copy=False)
    if p.group and p.limit is not None and p.order:
        # ranked groups are values, never the rows with none (as for any other figure)
        inner = inner.where(*[exp.Not(this=exp.Is(this=e.copy(), expression=exp.Null())) for e in parts], copy=False)
    alias = measure_alias(a, p)
    value = exp.Column(this=ident(_VALUE))
    twice = exp.Mul(this=exp.Literal.number(2), expression=exp.Column(this=ident(_RN)))
    n = exp.Column(this=ident(_N))
    middle = exp.Between(this=twice, low=n, high=exp.Add(this=n.copy(), expression=exp.Literal.number(2)))
    q = exp.Select()
    for nm in names:
        q = q.select(exp.Column(this=ident(nm)), copy=False)
    q = q.select(exp.alias_(compiler.rounded(exp.Avg(this=value)), ident(alias)), copy=False)
    q = q.from_(exp.Subquery(this=inner, alias=exp.TableAlias(this=ident(_ROWS))), copy=False).where(middle, copy=False)
    if names:
        q = q.group_by(*[exp.Column(this=ident(nm)) for nm in names], copy=False)
    order = []
    for o in p.order:
        if o.kind == "agg":
            target = exp.Column(this=ident(alias))
        else:
            at = next((i for i, d in enumerate(p.group) if d.column == o.ref), None)
            if at is None:
                continue
            target = exp.Column(this=ident(names[at]))
        order.append(exp.Ordered(this=target, desc=o.desc, nulls_first=not o.desc))
    if not order:
        order = [exp.Ordered(this=exp.Column(this=ident(names[i])), desc=False, nulls_first=True)
                 for i, d in enumerate(p.group) if compiler.cat.is_time(*d.column.split("."))][:1]
    if order:
        q = q.order_by(*order, copy=False)
    if p.limit is not None:
        q = q.limit(p.limit, copy=False)
        if p.offset:
            q = q.offset(p.offset, copy=False)
    return q
