"""The typed plan a question becomes: what to measure, group by, filter, order and limit.
Follow-ups are edits of the previous plan; plans are stored with the session as JSON."""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field


@dataclass
class Agg:
    func: str                       # count | avg | sum | max | min | share | ratio | change | pct_change | times
    column: str | None = None       # "table.column"; None for COUNT(*)
    distinct: bool = False
    where: list[Filter] | None = None       # share: the conditions of the part counted
    other: str | None = None        # ratio: the denominator column
    of: str | None = None           # ratio/change: the aggregate applied to both sides (None: per row)
    periods: list[list[Filter]] | None = None   # change: [conditions of the first period, of the second]
    times: str | None = None        # "table.column" each row's value is multiplied by first (a rate to one currency)
    since: str | None = None        # a duration: "table.column" of the start, `column` the end of each row
    unit: str | None = None         # the duration's unit: day | hour | minute


@dataclass
class Dim:
    column: str
    grain: str | None = None        # year | month | quarter for time columns


@dataclass
class Filter:
    column: str | None              # "table.column"; None when it applies to an aggregate (HAVING)
    op: str                         # = != > >= < <= between in not in is null; differs (values: [column])
    values: list = field(default_factory=list)
    agg: int | None = None          # index into measures for HAVING filters
    kind: str = "value"             # value | compare | time
    of: str | None = None           # the table whose rows a count condition counts ('50 companies')
    open: str | None = None         # exists: the child's end column that is still empty (a running relation)


@dataclass
class Order:
    kind: str                       # agg | col
    ref: object                     # measure index or "table.column"
    desc: bool = True


@dataclass
class Plan:
    table: str
    select: list[str] = field(default_factory=list)
    measures: list[Agg] = field(default_factory=list)
    group: list[Dim] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    order: list[Order] = field(default_factory=list)
    limit: int | None = None
    offset: int | None = None       # 'the second largest': the rows of the ranking before it skipped
    distinct: bool = False
    ties: bool = False              # one row asked for, no number said: every row tied at the top is shown
    assumptions: list[dict] = field(default_factory=list)
    inner: Plan | None = None       # a previous plan whose rows this one is computed over
    batch: list[Plan] = field(default_factory=list)     # the plans of every step of a breakdown answer
    within: Plan | None = None      # "in_prev" filters keep the rows whose value the previous answer shows
    via: list[str] = field(default_factory=list)    # "table.column" keys to join on where two tables link in several ways
    earlier: list[Agg] = field(default_factory=list)    # the figures of the round before about the same rows
    decimals: int | None = None     # the figures shown rounded to that many places ('rounded to one decimal')

    def to_dict(self) -> dict:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict) -> Plan:
        d = copy.deepcopy(d)
        return Plan(
            table=d["table"], select=d.get("select", []),
            measures=[_agg(m) for m in d.get("measures", [])],
            group=[Dim(**g) for g in d.get("group", [])],
            filters=[Filter(**f) for f in d.get("filters", [])],
            order=[Order(**o) for o in d.get("order", [])],
            limit=d.get("limit"), offset=d.get("offset"), distinct=d.get("distinct", False), ties=d.get("ties", False),
            assumptions=d.get("assumptions", []), inner=Plan.from_dict(d["inner"]) if d.get("inner") else None,
            batch=[Plan.from_dict(b) for b in d.get("batch") or []],
            within=Plan.from_dict(d["within"]) if d.get("within") else None, via=d.get("via", []),
            earlier=[_agg(m) for m in d.get("earlier") or []], decimals=d.get("decimals"))

    def copy(self) -> Plan:
        return copy.deepcopy(self)

    def assume(self, concept: str, explanation: str) -> None:
        item = {"concept": concept, "explanation": explanation}
        if item not in self.assumptions:
            self.assumptions.append(item)

    def columns_used(self) -> list[str]:
        cols = list(self.select) + [m.column for m in self.measures if m.column] + [g.column for g in self.group]
        cols += [m.other for m in self.measures if m.other]
        cols += [w.column for m in self.measures for period in (m.periods or []) for w in period if w.column]
        cols += [w.column for m in self.measures for w in (m.where or []) if w.column]
        cols += [f.column for f in self.filters if f.column]
        cols += [f.values[0] for f in self.filters if f.op == "differs" or f.kind == "column"]
        cols += [m.since for m in self.measures if m.since]
        cols += [f.values[0] for f in self.filters if f.kind in ("group_avg", "group_extreme") and f.values and f.values[0]]
        cols += [o.ref for o in self.order if o.kind == "col"]
        return cols

    def tables(self) -> list[str]:
        out = [self.table]
        for c in self.columns_used():
            t = c.split(".", 1)[0]
            if t not in out:
                out.append(t)
        return out


def _agg(m: dict) -> Agg:
    m = dict(m)
    if m.get("where"):
        m["where"] = [Filter(**w) for w in m["where"]]
    if m.get("periods"):
        m["periods"] = [[Filter(**w) for w in period] for period in m["periods"]]
    return Agg(**m)
