"""Plan -> SQL in the source's dialect, built as a sqlglot tree. Joins follow foreign keys only."""
from __future__ import annotations

import re

import sqlglot
from sqlglot import exp

from ..schema import singular
from . import bounds, median
from .catalog import Catalog, key_named
from .errors import CannotAnswer
from .plan import Agg, Dim, Filter, Plan
from .text import plural

_SAFE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Words reserved in SQLite or MySQL/TiDB that could plausibly be column or table names.
_RESERVED = set("""ADD ALL ALTER AND AS ASC BETWEEN BY CASE CHECK COLUMN CONSTRAINT CREATE CROSS CURRENT_DATE
CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DELETE DESC DISTINCT DIV DROP ELSE END EXCEPT EXISTS FALSE FOR
FOREIGN FROM FULL FUNCTION GRANT GROUP GROUPS HAVING IF IN INDEX INNER INSERT INTERVAL INTO IS JOIN KEY KEYS
LEFT LIKE LIMIT LOCK MATCH NATURAL NOT NULL OF OFFSET ON OR ORDER OUTER OVER PARTITION PRIMARY RANGE RANK
REFERENCES REPLACE RIGHT ROW ROWS SELECT SET TABLE THEN TO TRUE UNION UNIQUE UPDATE USE USING VALUES WHEN
WHERE WINDOW WITH ROW_NUMBER READ WRITE RETURNING REGEXP RLIKE SCHEMA SHOW SIGNAL SQL""".split())
AGG_FUNCS = {"count": exp.Count, "avg": exp.Avg, "sum": exp.Sum, "max": exp.Max, "min": exp.Min}
AGG_WORDS = {"avg": "avg", "sum": "total", "max": "max", "min": "min", "median": "median"}


def ident(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=not _SAFE.match(name) or name.upper() in _RESERVED)


def measure_alias(a: Agg, plan: Plan) -> str:
    if a.func == "share_total" and a.column:       # a column the rows shown hold a part of
        return f"percent_of_total_{a.column.split('.')[1]}"
    if a.func in ("share", "share_total"):
        return f"percent_of_{plan.table}"
    if a.func == "pct_total":
        return f"percent_of_{'total_' + a.column.split('.')[1] if a.column else plan.table}"
    if a.func == "ratio":
        return f"ratio_{a.column.split('.')[1]}_to_{a.other.split('.')[1]}"
    if a.func in ("change", "pct_change"):
        what = a.column.split('.')[1] if a.column else f"number_of_{plan.table}"
        return f"{'percent_' if a.func == 'pct_change' else ''}change_{what}"
    if a.func == "times":
        return f"times_{a.column.split('.')[1]}"
    if a.since:
        return f"{AGG_WORDS[a.func]}_{a.unit or 'day'}s_{a.since.split('.')[1]}_to_{a.column.split('.')[1]}"
    if a.func == "count":
        if a.column and a.distinct:
            t, c = a.column.split(".")
            if key_named(c):
                return f"number_of_{t}"         # counting rows of a table by its key
            return f"number_of_{plural(c)}"
        if a.column and not key_named(a.column.split(".")[1]):
            return f"number_of_{plural(a.column.split('.')[1])}"    # the rows that have a value ('ratings')
        if a.column:
            return f"number_of_{a.column.split('.')[0]}"     # the rows of that table that exist
        return f"number_of_{plan.table}"
    if a.func == "avg" and a.other:
        return f"avg_{a.column.split('.')[1]}_per_{singular(a.other.split('.')[0])}"
    if a.times:                         # each row's value multiplied first (weekly_rent × weeks)
        return f"{AGG_WORDS[a.func]}_{a.column.split('.')[1]}_times_{a.times.split('.')[1]}"
    return f"{AGG_WORDS[a.func]}_{a.column.split('.')[1]}"


def dim_alias(d: Dim) -> str:
    return d.grain or d.column.split(".")[1]


class Compiler:
    def __init__(self, cat: Catalog, plan: Plan, subquery: bool = False, suffix: str = ""):
        self.cat = cat
        self.suffix = suffix            # a correlated subquery: every table aliased, with this suffix
        self.plan = plan
        self.subquery = subquery        # a derived table: its column names must be unique
        self.dialect = cat.dialect
        self.joins: list[tuple[str, object]] = []
        self.alias = {}
        self.fan_out = False
        self.shown_only: list[str] = []
        self.inner = plan.inner.copy() if plan.inner else None
        if self.inner is not None:
            label = f"{plan.table}.{cat.label(plan.table)}"
            for c in [label] + plan.columns_used():  # the subquery must carry every column used outside
                names = {x.split(".")[1] for x in self.inner.select}
                if c not in self.inner.select and c.split(".")[1] not in names:   # a derived table's names are unique
                    self.inner.select.append(c)
            return                  # computed over a subquery: no joins of its own
        tables = plan.tables()
        self.shown_only = [c.split(".")[0] for c in self.borrowed_names() if c.split(".")[0] not in tables]
        tables += self.shown_only
        joined = [plan.table]
        for t in tables[1:]:
            path = cat.join_path(plan.table, t)
            if path is None:
                raise CannotAnswer(f"{plan.table} and {t} are not linked by any key, so they cannot be combined")
            for nxt, fk in path:
                fk = next((f for f in cat.parallel_keys(fk) if f"{f.table}.{f.column}" in plan.via), fk)
                if nxt not in joined:
                    joined.append(nxt)
                    self.joins.append((nxt, fk))
        if len(joined) > 1 or suffix:
            used = set()
            for t in joined:
                a = "".join(w[0] for w in t.split("_") if w) or t[0]
                base, k = a, 2
                while a.lower() in used:        # aliases are not case-sensitive: Drivers and deliveries
                    a, k = f"{base}{k}", k + 1
                used.add(a.lower())
                self.alias[t] = a + suffix
        self.fan_out = any(cat.one_to_many(fk, nxt) for nxt, fk in self.joins)
        self.rolled = self._rolled_up_tables()
        self._check_repeated_rows()

    def borrowed_names(self) -> list[str]:
        """A plain listing of a table of roles (players) shows the persons' names through its key."""
        p = self.plan
        if self.inner is not None or self.subquery or self.suffix or p.distinct or p.group or any(not row_level(a) for a in p.measures):
            return []
        return self.cat.borrowed_label(p.table)

    def _rolled_up_tables(self) -> set[str]:
        """Tables on the many side of a join whose columns the plan only adds up ('freight cost per
        kg' over shipments and their parcels): joined as one row per parent, their totals
        computed first, so the parent's own amounts are not repeated once per child row."""
        p, out = self.plan, set()
        for nxt, fk in self.joins:
            if not self.cat.one_to_many(fk, nxt) or any(f2.ref_table == nxt for _n, f2 in self.joins) or \
                    any(f2 is not fk and f2.table == nxt for _n, f2 in self.joins):
                continue        # (a table joined through it needs its own rows: their totals have no key to it)
            summed = [c for m in p.measures if m.func == "sum" or (m.func == "ratio" and m.of == "sum")
                      for c in (m.column, m.other) if c]
            used = [c for c in p.columns_used() if c.split(".")[0] == nxt]
            if used and all(c in summed for c in used) and all(c.split(".")[0] != nxt for m in p.measures
                                                               if m.func not in ("sum", "ratio")
                                                               for c in (m.column, m.other) if c) and \
                    not any(f.kind == "absent" and nxt in f.values for f in p.filters):
                if all(used.count(c) == sum(c in (m.column, m.other) for m in p.measures) for c in used):
                    out.add(nxt)
        return out

    def _check_repeated_rows(self) -> None:
        """An amount, an average or a count of a table's column, with a table joined that has
        several rows for each of its rows, would count each row once per related row: declined."""
        p = self.plan
        joined = [p.table] + [t for t, _fk in self.joins if t not in self.rolled]
        for m in p.measures:
            func = m.of if m.func in ("ratio", "pct_total", "change", "pct_change", "times", "share_total") else m.func
            if func not in ("sum", "avg", "count") or (m.func == "count" and m.distinct):
                continue
            for c in (m.column,) if m.func == "avg" else (m.column, m.other):     # (a distinct count of entities)
                t = c.split(".")[0] if c else None
                if func == "avg" and any(self._one_row_of(d.column, t) for d in p.group if not d.grain):
                    continue        # each group is one row of t: the average of its one value
                many = [j for j in joined if t and j != t and self.cat.fans_out(t, j)]
                if many:
                    raise CannotAnswer(
                        f"{c.split('.')[1]} is a column of {t}, and the answer also joins {many[0]}, which has "
                        f"several rows for each of the {t.replace('_', ' ')}: each {c.split('.')[1]} would be "
                        "counted once per related row; ask for it without the other table's columns")

    def col(self, ref: str) -> exp.Column:
        t, c = ref.split(".", 1)
        if self.inner is not None:
            return exp.Column(this=ident(c), table=ident("prev"))
        return exp.Column(this=ident(c), table=ident(self.alias[t]) if t in self.alias else None)

    def source(self) -> exp.Expression:
        if self.inner is not None:
            sub = Compiler(self.cat, self.inner, subquery=True).build()
            return exp.Subquery(this=sub, alias=exp.TableAlias(this=ident("prev")))
        return self.table(self.plan.table)

    def table(self, t: str) -> exp.Expression:
        tbl = exp.Table(this=ident(t))
        return exp.alias_(tbl, ident(self.alias[t]), table=True) if t in self.alias else tbl

    def _one_row_of(self, col: str, table: str | None) -> bool:
        """A column of `table` with a different value in each of its rows (its key, a unique name)."""
        t, c = col.split(".")
        info = self.cat.tables[t]
        return t == table and (info.primary_key == [c] or bool(
            info.row_count and self.cat.column(t, c).profile.distinct == info.row_count))

    def rolled_table(self, t: str, fk) -> exp.Expression:
        """(SELECT key, SUM(col) AS col … FROM t GROUP BY key) AS alias: one row per parent."""
        cols = sorted({c.split(".")[1] for c in self.plan.columns_used() if c.split(".")[0] == t})
        keys = [exp.Column(this=ident(c if fk.table == t else r)) for c, r in fk.pairs]
        sub = exp.select(*keys, *[exp.alias_(exp.Sum(this=exp.Column(this=ident(c))), ident(c)) for c in cols])
        sub = sub.from_(exp.Table(this=ident(t))).group_by(*keys)
        return exp.Subquery(this=sub, alias=exp.TableAlias(this=ident(self.alias[t])))

    def dim(self, d: Dim) -> exp.Expression:
        return self.grained(self.col(d.column), d)

    def grained(self, c: exp.Expression, d: Dim) -> exp.Expression:
        """The expression `c` (the column of `d`, or a name for it) at the grain of `d`."""
        if not d.grain or (d.grain == "month" and self.cat.column(*d.column.split(".")).profile.grain == "month"):
            return c            # monthly data by month: each stored value is its month ('1929-09-01')
        if self.cat.month_text(*d.column.split(".")):
            # a month kept as text ('2024-09') is a day only with one: its first
            c = exp.DPipe(this=c, expression=exp.Literal.string("-01"), safe=True)
        if d.grain == "decade":
            year_kind = self.cat.column(*d.column.split(".")).kind == "year"
            src = c.sql(self.dialect)
            if self.dialect == "sqlite":
                y = f"CAST({src} AS INTEGER)" if year_kind else f"CAST(strftime('%Y', {src}) AS INTEGER)"
                return sqlglot.parse_one(f"({y} / 10) * 10", read="sqlite")
            y = src if year_kind else f"YEAR({src})"
            return sqlglot.parse_one(f"FLOOR({y} / 10) * 10", read="mysql")
        if self.dialect == "sqlite":
            fmt = {"year": "%Y", "month": "%Y-%m", "hour": "%H", "weekday": "%w"}.get(d.grain)
            if d.grain == "quarter":
                return sqlglot.parse_one(
                    f"strftime('%Y', {c.sql('sqlite')}) || '-Q' || ((CAST(strftime('%m', {c.sql('sqlite')}) AS INTEGER) + 2) / 3)",
                    read="sqlite")
            return exp.Anonymous(this="strftime", expressions=[exp.Literal.string(fmt), c])
        if d.grain == "year":
            return exp.Anonymous(this="YEAR", expressions=[c])
        if d.grain == "hour":
            return exp.Anonymous(this="HOUR", expressions=[c])
        if d.grain == "weekday":        # 0 = Sunday, as SQLite's strftime('%w')
            return exp.Sub(this=exp.Anonymous(this="DAYOFWEEK", expressions=[c]), expression=exp.Literal.number(1))
        if d.grain == "quarter":
            return sqlglot.parse_one(f"CONCAT(YEAR({c.sql('mysql')}), '-Q', QUARTER({c.sql('mysql')}))", read="mysql")
        return exp.Anonymous(this="DATE_FORMAT", expressions=[c, exp.Literal.string("%Y-%m")])

    def span(self, end: str, start: str, unit: str | None) -> exp.Expression:
        """The time from `start` to `end` of each row, in days (or hours, minutes)."""
        e, s = self.col(end).sql(self.dialect), self.col(start).sql(self.dialect)
        per_day = {"hour": 24, "minute": 1440}.get(unit or "day")
        if self.dialect == "sqlite":
            sql = f"julianday({e}) - julianday({s})"
        else:
            sql = f"TIMESTAMPDIFF(SECOND, {s}, {e}) / 86400.0"
        if per_day:
            sql = f"({sql}) * {per_day}"
        return sqlglot.parse_one(sql, read=self.dialect)

    def columns_compared(self, f: Filter) -> exp.Expression:
        """One column of a row against another of the same row ('paid_dt > due_dt')."""
        cls = {">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE, "=": exp.EQ, "!=": exp.NEQ}[f.op]
        return cls(this=self.col(f.column), expression=self.col(f.values[0]))

    def agg(self, a: Agg) -> exp.Expression:
        if a.since:
            return AGG_FUNCS[a.func](this=self.span(a.column, a.since, a.unit))
        if a.func == "ratio":
            num, den = self.col(a.column), self.col(a.other)
            if a.of:
                num, den = AGG_FUNCS[a.of](this=num), AGG_FUNCS[a.of](this=den)
            return _per(num, den)
        if a.func == "times":             # the second rows' value as a multiple of the first's
            first, second = (self.period_value(a, w) for w in a.periods)
            return _per(second, first)
        if a.func in ("change", "pct_change"):
            first, second = (self.period_value(a, w) for w in a.periods)
            diff = exp.Paren(this=exp.Sub(this=second, expression=first))
            if a.func == "change":
                return diff
            return exp.Div(this=exp.Mul(this=diff, expression=exp.Literal.number("100.0")),
                           expression=exp.Nullif(this=first.copy(), expression=exp.Literal.number(0)), typed=True)
        if a.func == "pct_total":
            base = self.agg(Agg(a.of, a.column))
            total = exp.Window(this=exp.Sum(this=base.copy()), over="OVER")
            return exp.Div(this=exp.Mul(this=exp.Literal.number("100.0"), expression=base),
                           expression=exp.Nullif(this=total, expression=exp.Literal.number(0)), typed=True)
        if a.func == "share_total":
            # the previous groups' rows over all rows of the same base (its row conditions kept)
            shown = exp.Sum(this=exp.Column(this=ident(measure_alias(self.inner.measures[0], self.inner)),
                                            table=ident("prev"))) if self.inner.measures else \
                exp.Sum(this=self.col(a.column))        # the rows a listing kept: their own column
            whole = Plan(table=self.inner.table, measures=[Agg(a.of, a.column)],
                         filters=[f for f in self.inner.filters if f.agg is None], via=list(self.inner.via))
            sub = exp.Subquery(this=Compiler(self.cat, whole, suffix="2").build())
            return exp.Div(this=exp.Mul(this=exp.Literal.number("100.0"), expression=shown),
                           expression=exp.Nullif(this=sub, expression=exp.Literal.number(0)), typed=True)
        if a.func == "share":
            cond = " AND ".join([self.column_condition(w.column, w.op, w.values).sql(dialect=self.dialect)
                                 for w in a.where or []] + self.rows_present(a.where or []))
            pk = self.cat.tables[self.plan.table].primary_key
            if self.fan_out and len(pk) == 1:
                # the part's condition is on rows of a table that repeats each entity: count entities
                key = self.col(f"{self.plan.table}.{pk[0]}").sql(dialect=self.dialect)
                return sqlglot.parse_one(f"100.0 * COUNT(DISTINCT CASE WHEN {cond} THEN {key} END) / "
                                         f"COUNT(DISTINCT {key})", read=self.dialect)
            return sqlglot.parse_one(f"100.0 * SUM(CASE WHEN {cond} THEN 1 ELSE 0 END) / COUNT(*)", read=self.dialect)
        if a.func == "count":
            if a.column:
                inner = self.col(a.column)
                return exp.Count(this=exp.Distinct(expressions=[inner]) if a.distinct else inner)
            if self.fan_out:
                pk = self.cat.tables[self.plan.table].primary_key
                if len(pk) == 1:
                    return exp.Count(this=exp.Distinct(expressions=[self.col(f"{self.plan.table}.{pk[0]}")]))
                # a key of several columns (or none) cannot be counted once each across the join
                raise CannotAnswer(f"counting {self.plan.table.replace('_', ' ')} across a table with several rows "
                                   "for each of them would count each one several times, and they have no single "
                                   "key to count them by")
            return exp.Count(this=exp.Star())
        if a.func == "avg" and a.other:     # the average over the entities `other` counts of their totals
            per = exp.Count(this=exp.Distinct(expressions=[self.col(a.other)]))
            return _per(exp.Sum(this=self.col(a.column)), per)
        if a.times:                     # money in several currencies, each row at its rate to one
            return AGG_FUNCS[a.func](this=exp.Mul(this=self.col(a.column), expression=self.col(a.times)))
        return AGG_FUNCS[a.func](this=self.col(a.column))

    def period_value(self, a: Agg, where: list[Filter]) -> exp.Expression:
        """The measure within one period: AVG(CASE WHEN <period> THEN x END)."""
        cond = exp.and_(*[self.column_condition(w.column, w.op, w.values) for w in where])
        if a.column is None:            # a count: the rows within the period
            return exp.Count(this=exp.Case(ifs=[exp.If(this=cond, true=exp.Literal.number(1))]))
        case = exp.Case(ifs=[exp.If(this=cond, true=self.col(a.column))])
        return AGG_FUNCS[a.of or "avg"](this=case)

    def vs_average(self, f) -> exp.Expression:
        """col > (SELECT AVG(col) over the rows of the same group): a correlated subquery whose
        tables carry their own aliases, so the outer row stays visible by its alias."""
        func = f.values[1] if f.kind == "group_extreme" else "avg"
        inner = Plan(table=self.plan.table, measures=[Agg(func, f.column)])
        dim = f.values[0] if f.values else None
        if dim:
            inner.filters = [Filter(dim, "is not null", [], kind="null")]
        sub = Compiler(self.cat, inner, suffix="2").build()
        if dim:
            outer = self.col(dim)
            if outer.table == "":
                outer = exp.Column(this=ident(dim.split(".")[1]), table=ident(dim.split(".")[0]))
            sub = sub.where(exp.EQ(this=Compiler(self.cat, inner, suffix="2").col(dim), expression=outer), copy=False)
        cls = {">": exp.GT, "<": exp.LT, ">=": exp.GTE, "<=": exp.LTE, "=": exp.EQ}[f.op]
        return cls(this=self.col(f.column), expression=exp.Subquery(this=sub))

    def in_previous(self, f) -> exp.Expression:
        """col IN (the values of that column in the previous answer's rows)."""
        within = self.plan.within
        src = f.values[1] if len(f.values) > 1 else f.column        # the column of the previous rows
        d = next((g for g in within.group if g.column == src), None)
        name = dim_alias(d) if d is not None else src.split(".")[1]
        shown = exp.Column(this=ident(name), table=ident("w"))
        outer = self.col(f.column)
        if f.values and f.values[0]:
            # 'that month': the column at a grain, against the rows' values at that grain (a
            # grouping of the previous answer shows them at it already)
            outer = self.dim(Dim(f.column, f.values[0]))
            shown = shown if d is not None else self.grained(shown, Dim(src, f.values[0]))
        sub = exp.select(shown).from_(
            exp.Subquery(this=Compiler(self.cat, within, suffix="_w").build(), alias=exp.TableAlias(this=ident("w"))))
        return exp.In(this=outer, query=exp.Subquery(this=sub))

    def named_period(self, f) -> exp.Expression:
        """date BETWEEN (SELECT start FROM periods WHERE name = …) AND (SELECT end …): the rows' own
        date within the range of the one period named."""
        table, start, end, conds = f.values
        where = [self.condition(exp.Column(this=ident(c)), op, vals) for c, op, vals in conds]

        def bound(col: str) -> exp.Expression:
            return exp.Subquery(this=exp.select(exp.Column(this=ident(col))).from_(
                exp.Table(this=ident(table))).where(*where, copy=True))
        return exp.Between(this=self.col(f.column), low=bound(start), high=bound(end))

    def extreme(self, f) -> exp.Expression:
        """col = (SELECT MAX(col) FROM its table): the rows at the top (or bottom) of a column."""
        t, c = f.column.split(".")
        func = exp.Max if f.values[0] == "max" else exp.Min
        others = [g for g in self.plan.filters if g is not f and g.agg is None and g.column and
                  g.kind not in ("extreme", "in_prev", "group_avg", "group_extreme", "absent") and
                  not (g.column == f.column and g.kind == "null")]
        if others:
            # 'the oldest company in the Energy sector': the top of the rows the other conditions keep
            within = Plan(table=self.plan.table, measures=[Agg(f.values[0], f.column)], filters=others)
            return exp.EQ(this=self.col(f.column),
                          expression=exp.Subquery(this=Compiler(self.cat, within, suffix="_x").build()))
        sub = exp.select(func(this=exp.Column(this=ident(c)))).from_(exp.Table(this=ident(t)))
        return exp.EQ(this=self.col(f.column), expression=exp.Subquery(this=sub))

    def absent(self, child: str, present: bool = False, open_end: str | None = None) -> exp.Expression:
        """NOT EXISTS (a row of `child` pointing at this row of the base table); EXISTS with `present`;
        with `open_end` ('leases.end_date') only the child rows whose end is still empty (running)."""
        fk = next(f for f in self.cat.foreign_keys + self.cat.composite_keys
                  if f.table == child and f.ref_table == self.plan.table)
        alias = "x" if "x" not in self.alias.values() else "x_"
        # the outer row by a name the subquery sees: its alias, or the table's own name
        outer = ident(self.alias.get(self.plan.table, self.plan.table))
        inner = exp.select(exp.Literal.number(1)).from_(exp.alias_(exp.Table(this=ident(child)), ident(alias), table=True))
        links = [exp.EQ(this=exp.Column(this=ident(c), table=ident(alias)),
                        expression=exp.Column(this=ident(r), table=outer.copy())) for c, r in fk.pairs]
        if open_end:
            links.append(exp.Is(this=exp.Column(this=ident(open_end.split(".", 1)[1]), table=ident(alias)),
                                expression=exp.Null()))
        inner = inner.where(exp.and_(*links))
        return exp.Exists(this=inner) if present else exp.Not(this=exp.Exists(this=inner))

    def dangling(self, key: exp.Expression, table: str, column: str) -> exp.Expression:
        """A key that is set and matches no row of `table` (an orphan): NOT NULL and NOT EXISTS."""
        alias = "y" if "y" not in self.alias.values() else "y_"
        if not key.table:               # the outer row's key, by a name the subquery sees
            key = exp.Column(this=key.this.copy(), table=ident(self.alias.get(self.plan.table, self.plan.table)))
        inner = exp.select(exp.Literal.number(1)).from_(exp.alias_(exp.Table(this=ident(table)), ident(alias), table=True))
        inner = inner.where(exp.EQ(this=exp.Column(this=ident(column), table=ident(alias)), expression=key.copy()))
        return exp.and_(exp.Not(this=exp.Is(this=key.copy(), expression=exp.Null())),
                        exp.Not(this=exp.Exists(this=inner)))

    def literal(self, v) -> exp.Expression:
        if isinstance(v, bool):
            return exp.Literal.number(int(v))
        if isinstance(v, (int, float)):
            return exp.Literal.number(int(v) if float(v).is_integer() else v)
        return exp.Literal.string(str(v))

    def rounded(self, e: exp.Expression) -> exp.Expression:
        """A figure shown, rounded to the places the question asked for ('rounded to one decimal')."""
        if self.plan.decimals is None or self.subquery or \
                self.plan.limit is not None and any(o.kind == "agg" for o in self.plan.order):
            return e            # a ranking that keeps its first rows ranks the exact figures (no ties made)
        return exp.Round(this=e, decimals=exp.Literal.number(self.plan.decimals))

    def rows_present(self, where: list) -> list[str]:
        """The part of a share counts the rows its condition holds on, and that condition is on a
        joined table: the whole keeps every base row (LEFT JOIN), so a row with nothing joined
        ('dividend IS NULL' where there is no row to hold a dividend) is no part — as the count the
        share is of did not count it."""
        tables = {w.column.split(".")[0] for w in where if w.column} - {self.plan.table}
        out = []
        for nxt, fk in self.joins:
            if nxt in tables and nxt not in self.rolled:
                cols = [c for c, _r in fk.pairs] if fk.table == nxt else [r for _c, r in fk.pairs]
                out += [exp.Not(this=exp.Is(this=self.col(f"{nxt}.{c}"), expression=exp.Null())).sql(
                    dialect=self.dialect) for c in cols[:1]]
        return out

    def column_condition(self, column: str, op: str, values: list) -> exp.Expression:
        """The condition on a column, its bounds in the column's own terms: a month kept as text
        ('2024-09') is compared with months, not days ('2024-09' < '2024-09-01' as text)."""
        if self.cat.month_text(*column.split(".")):
            values = [[_month_of(v) for v in x] if isinstance(x, (list, tuple)) else _month_of(x) for x in values]
        elif self.cat.column(*column.split(".")).kind == "date":
            # whole days end on an exclusive bound on the next day, whatever the dates' separator
            ranges = [list(v) for v in values] if op == "any_of" else [values]
            parts = [bounds.day_bounds("between" if op == "any_of" else op, r) for r in ranges]
            if all(parts) and parts:
                conds = [exp.and_(*[self.condition(self.col(column), o, [v]) for o, v in part]) for part in parts]
                return conds[0] if len(conds) == 1 else exp.Paren(this=exp.or_(*[exp.Paren(this=c) for c in conds]))
        return self.condition(self.col(column), op, values)

    def condition(self, target: exp.Expression, op: str, values: list) -> exp.Expression:
        if op == "dangling":
            return self.dangling(target, *values)
        lits = [self.literal(v) for v in values]
        if op == "=":
            return exp.EQ(this=target, expression=lits[0])
        if op == "!=":
            return exp.NEQ(this=target, expression=lits[0])
        if op in (">", ">=", "<", "<="):
            cls = {">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE}[op]
            return cls(this=target, expression=lits[0])
        if op == "between":
            return exp.Between(this=target, low=lits[0], high=lits[1])
        if op == "any_of":              # periods: [[low, high], ...], a row in any of them
            return exp.Paren(this=exp.or_(*[exp.Between(this=target.copy(), low=self.literal(lo), high=self.literal(hi))
                                            for lo, hi in values]))
        if op == "in":
            return exp.In(this=target, expressions=lits)
        if op == "not in":
            return exp.Not(this=exp.In(this=target, expressions=lits))
        if op == "like":
            return exp.Like(this=target, expression=lits[0])
        if op == "is not null":
            return exp.Is(this=target, expression=exp.Not(this=exp.Null()))
        if op == "is null or zero":
            return exp.Paren(this=exp.Or(this=exp.Is(this=target, expression=exp.Null()),
                                         expression=exp.EQ(this=target.copy(), expression=exp.Literal.number(0))))
        if op == "is null":
            return exp.Is(this=target, expression=exp.Null())
        if op == "differs":             # another column of the same row ('from_city <> to_city')
            other = target.copy()
            other.set("this", ident(values[0].split(".", 1)[1]))
            return exp.NEQ(this=target, expression=other)
        raise ValueError(f"unknown operator {op}")

    def select_columns(self) -> list[str]:
        """Columns shown for a plain listing: the entity's name, then what the question is about."""
        p, cat = self.plan, self.cat
        cols: list[str] = []
        if self.inner is not None and not p.select:
            return list(self.inner.select)      # a listing over the previous rows: what they carry
        if not p.distinct:
            label = cat.label(p.table)
            cols.extend(self.borrowed_names())
            if label in cat.tables[p.table].primary_key and not p.select:
                # no name column: show the row itself (its first columns)
                cols.extend(f"{p.table}.{c}" for c in list(cat.tables[p.table].columns)[:8])
            else:
                if cat.key_names_rows_beside_a_guessed_label(p.table) or cat.label_names_something_else(p.table):
                    # (count points named only by the road they are on: their key as well)
                    cols.append(f"{p.table}.{cat.tables[p.table].primary_key[0]}")     # a plate beside a model
                cols.extend(f"{p.table}.{c}" for c in cat.label_columns(p.table))    # people: first and last name
        for c in p.select:
            if c not in cols:
                cols.append(c)
        if p.distinct:
            pk = cat.tables[p.table].primary_key
            if len(pk) == 1 and f"{p.table}.{pk[0]}" in cols:
                # each row once by its key: a column of that row it is sorted by is shown too (one value per key)
                cols += [o.ref for o in p.order if o.kind == "col" and o.ref.split(".")[0] == p.table and o.ref not in cols]
            return cols                 # distinct values of exactly what was asked
        for o in p.order:
            if o.kind == "col" and o.ref not in cols:
                cols.append(o.ref)
        for f in p.filters:
            if f.kind == "column" and f.column and f.values:      # both columns compared
                cols += [c for c in (f.column, f.values[0]) if c not in cols]
            if f.column and f.kind in ("compare", "time", "group_avg", "group_extreme") and f.column not in cols:
                cols.append(f.column)
            if f.kind in ("group_avg", "group_extreme") and f.values and f.values[0] and f.values[0] not in cols:
                cols.append(f.values[0])        # the group each row is compared within
        return cols

    def build(self) -> exp.Select:
        if any(a.func == "median" for a in self.plan.measures):
            return median.build(self)
        p = self.plan
        q = exp.Select()
        aliases: dict[int, str] = {}
        if p.group or any(not row_level(a) for a in p.measures):
            for d in p.group:
                e = self.dim(d)
                q = q.select(exp.alias_(e, ident(dim_alias(d))) if d.grain else e, copy=False)
            for i, a in enumerate(p.measures):
                aliases[i] = measure_alias(a, p)
                q = q.select(exp.alias_(self.rounded(self.agg(a)), ident(aliases[i])), copy=False)
        else:
            seen: set[str] = set()
            for c in self.select_columns():
                if self.subquery and c.split(".")[1] in seen:
                    continue
                seen.add(c.split(".")[1])
                q = q.select(self.col(c), copy=False)
            for i, a in enumerate(p.measures):         # per-row ratios beside the rows they belong to
                aliases[i] = measure_alias(a, p)
                q = q.select(exp.alias_(self.rounded(self.agg(a)), ident(aliases[i])), copy=False)
            if p.distinct:
                q = q.distinct(copy=False)
        q = q.from_(self.source(), copy=False)
        counting = any(a.func == "count" and not a.column for a in p.measures)
        # a ranking that keeps its first rows narrows to rows it can rank; a bare sort keeps every row
        narrowing = {c.split(".")[0] for c in [f.column for f in p.filters if f.column] +
                     [o.ref for o in p.order if o.kind == "col" and p.limit is not None]}
        # ('missing a market cap': a row with no row to hold one is missing it too — no narrowing)
        filtering = {f.column.split(".")[0] for f in p.filters if f.column and f.op != "is null"}
        left: set[str] = set()
        for nxt, fk in self.joins:
            on = exp.and_(*[exp.EQ(this=self.col(f"{fk.table}.{c}"), expression=self.col(f"{fk.ref_table}.{r}"))
                            for c, r in fk.pairs])
            # an entity with no row in a table that refers to it must not vanish from counts and
            # listings, unless the question filters or ranks on that table
            sharing = any(a.func == "share" for a in p.measures)      # the whole is every base row
            # (a condition on that table narrows a count too: 'how many pay no dividend?' counts
            # the rows the listing shows, not also those with no row to hold a dividend)
            outer = sharing or (fk.table == nxt and nxt not in filtering and (counting or nxt not in narrowing))
            anchor = fk.ref_table if fk.table == nxt else fk.table
            # past a table joined with LEFT, an inner join would drop the rows it kept ('students
            # with fewer than 2 pets' keeps those with none)
            outer = outer or (anchor in left and nxt not in filtering)
            if nxt in self.rolled and any(m.func == "ratio" and nxt in (m.column.split(".")[0], m.other.split(".")[0])
                                          for m in p.measures):
                outer = False       # 'cost per kg': only the rows that have a weight, on both sides
            outer = outer or nxt in self.shown_only     # joined only to name the rows: keep every row
            if outer:
                left.add(nxt)
            q = q.join(self.rolled_table(nxt, fk) if nxt in self.rolled else self.table(nxt), on=on,
                       join_type="LEFT" if outer else None, copy=False)
        where = [self.vs_average(f) if f.kind in ("group_avg", "group_extreme") else self.extreme(f) if f.kind == "extreme"
                 else self.in_previous(f) if f.kind == "in_prev"
                 else self.named_period(f) if f.kind == "named_period"
                 else self.columns_compared(f) if f.kind == "column"
                 else self.column_condition(f.column, f.op, f.values) for f in p.filters if f.agg is None and f.column]
        where += [self.absent(f.values[0], f.op == "exists", f.open) for f in p.filters if f.kind == "absent"]
        tied = self._tied_at_the_top()
        if tied is not None:
            where.append(self.extreme(tied))
        if p.group and p.limit is not None and p.order:
            # 'which state has the fewest companies': ranked groups are values, never the rows with none
            where += [exp.Not(this=exp.Is(this=self.col(d.column), expression=exp.Null()))
                      for d in p.group if not d.grain and not any(f.column == d.column for f in p.filters)]
        if where:
            q = q.where(*where, copy=False)
        if p.group:
            q = q.group_by(*[self.dim(d) for d in p.group], copy=False)
        having = [self.condition(self.agg(p.measures[f.agg]), f.op, f.values)
                  for f in p.filters if f.agg is not None and f.agg in aliases]
        if p.group and p.limit is not None:
            # 'which decade had the lowest average CAPE?': a group with no value of the measure has no
            # average (NULL sorts first); it is left out of the ranking, as rows without a value are
            having += [exp.Not(this=exp.Is(this=self.agg(p.measures[o.ref]), expression=exp.Null()))
                       for o in p.order if o.kind == "agg" and o.ref in aliases and
                       p.measures[o.ref].func in ("avg", "sum", "min", "max") and p.measures[o.ref].column]
        if having:
            q = q.having(*having, copy=False)
        tied_groups = self._groups_tied_at_the_top(q, aliases)
        if tied_groups is not None:
            q = q.having(tied_groups, copy=False)
        order = []
        for o in p.order:
            if o.kind == "agg" and o.ref in aliases:
                target = exp.Column(this=ident(aliases[o.ref]))
            elif o.kind == "col":
                dim = next((d for d in p.group if d.column == o.ref), None)
                if p.group and dim is None:
                    if p.limit is not None:     # the groups kept would not be the ones ranked
                        raise CannotAnswer(f"the ranking by {o.ref.split('.')[1]} does not apply to groups of "
                                           f"{', '.join(d.column.split('.')[1] for d in p.group)}")
                    continue
                target = exp.Column(this=ident(dim_alias(dim))) if dim is not None and dim.grain else self.col(o.ref)
            else:
                continue
            order.append(_ordered(target, o.desc))
        if not order and p.group and any(self.cat.is_time(*d.column.split(".")) for d in p.group):
            d = next(d for d in p.group if self.cat.is_time(*d.column.split(".")))
            order.append(_ordered(exp.Column(this=ident(dim_alias(d))) if d.grain else self.col(d.column), False))
        if order and p.limit is not None and not p.group and not p.distinct:
            # a stable tie-break, so the same question always shows the same rows
            label = f"{p.table}.{self.cat.label(p.table)}"
            if all(o.kind != "col" or o.ref != label for o in p.order):
                order.append(_ordered(self.col(label), False))
        if order:
            q = q.order_by(*order, copy=False)
        if p.limit is not None and tied is None and tied_groups is None:
            q = q.limit(p.limit, copy=False)
            if p.offset:
                q = q.offset(p.offset, copy=False)
        return q

    def _groups_tied_at_the_top(self, q: exp.Select, aliases: dict) -> exp.Expression | None:
        """'which city has the most of them?': the one group at the top of a ranking by a figure is
        every group tied there (the figure equal to the top of the figures of all the groups kept), never
        one of them cut by the database's order."""
        p = self.plan
        if not p.group or p.limit != 1 or p.offset or not p.order or p.order[0].kind != "agg" or \
                p.order[0].ref not in aliases or p.distinct or p.inner is not None or \
                p.measures[p.order[0].ref].func not in ("count", "sum", "avg", "min", "max"):
            return None             # (a share or a rate is computed over the groups: no plain figure to match)
        o = p.order[0]
        ranked = q.copy().subquery("ranked")
        top = exp.select((exp.Max if o.desc else exp.Min)(this=exp.column(aliases[o.ref], "ranked"))).from_(ranked)
        return exp.EQ(this=self.agg(p.measures[o.ref]), expression=exp.Subquery(this=top))

    def _tied_at_the_top(self) -> Filter | None:
        """'whats the youngest company?': a ranking of one row with no number said shows every row
        tied at the top (col = the top of the rows the other conditions keep), not one cut by name."""
        p = self.plan
        if not p.ties or p.offset or p.limit != 1 or p.group or p.distinct or p.measures or len(p.order) != 1 or \
                p.order[0].kind != "col":
            return None
        o = p.order[0]
        return Filter(o.ref, "=", ["max" if o.desc else "min"], kind="extreme")


def row_level(a: Agg) -> bool:
    """A measure computed on each row (a ratio of two columns), not an aggregate."""
    return a.func == "ratio" and a.of is None


def _ordered(target: exp.Expression, desc: bool) -> exp.Ordered:
    # NULLs sort as the smallest value in SQLite and MySQL; saying so keeps sqlglot from adding NULLS LAST
    return exp.Ordered(this=target, desc=desc, nulls_first=not desc)


def shown_columns(plan: Plan, cat: Catalog) -> list[str]:
    """The 'table.column's an answer shows besides its aggregates: its groups, or for a listing
    the columns the listing carries (the entity's name, what was asked, what it is ranked by)."""
    if plan.group or any(not row_level(a) for a in plan.measures):
        return [d.column for d in plan.group]
    return Compiler(cat, plan).select_columns()


def to_sql(plan: Plan, cat: Catalog) -> str:
    return Compiler(cat, plan).build().sql(dialect=cat.dialect)


def _per(num: exp.Expression, den: exp.Expression) -> exp.Expression:
    """num / den as a decimal, NULL where den is 0."""
    return exp.Div(this=exp.Mul(this=num, expression=exp.Literal.number("1.0")),
                   expression=exp.Nullif(this=den, expression=exp.Literal.number(0)), typed=True)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}( .*)?")


def _month_of(v):
    """A day ('2024-09-30') as its month ('2024-09'); anything else as it is."""
    return v[:7] if isinstance(v, str) and _DAY.fullmatch(v) else v
