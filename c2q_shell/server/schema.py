"""The shape of a served database as the server sees it: tables, columns, keys, profiles."""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class ColumnProfile:
    """Statistics of one column, gathered once when the data summary is built."""
    count: int = 0
    nulls: int = 0
    distinct: int = 0
    min: object = None
    max: object = None
    mean: float | None = None
    top: list[tuple[str, int]] = field(default_factory=list)   # most frequent values
    values: list[str] = field(default_factory=list)            # all distinct values when few enough
    grain: str = ""           # dates: "month" when every value is the first of a month (monthly data)
    dated: dict = field(default_factory=dict)   # numbers with gaps: {date column: [first, last] date with a value}


@dataclass
class Column:
    name: str
    type: str                 # declared type, as the database reports it
    kind: str                 # int | float | date | year | text
    nullable: bool = True
    primary_key: bool = False
    profile: ColumnProfile = field(default_factory=ColumnProfile)
    comment: str = ""         # the schema's own description (MySQL COMMENT, a SQLite -- comment)


@dataclass
class ForeignKey:
    table: str
    column: str
    ref_table: str
    ref_column: str
    inferred: bool = False
    more: tuple = ()          # further (column, ref_column) pairs of a key of several columns

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """Every (column, ref_column) pair the key joins on: one, or all of a composite key."""
        return [(self.column, self.ref_column), *self.more]


@dataclass
class Table:
    name: str
    columns: dict[str, Column]
    row_count: int = 0
    comment: str = ""
    codes: list = field(default_factory=list)   # a lookup table of codes: its (type, code, description) rows

    @property
    def primary_key(self) -> list[str]:
        return [c.name for c in self.columns.values() if c.primary_key]


@dataclass
class Schema:
    database: str
    dialect: str
    tables: dict[str, Table]
    foreign_keys: list[ForeignKey]


def singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def infer_foreign_keys(schema: Schema) -> list[ForeignKey]:
    """Declared keys plus keys inferred from names (`x_id` -> `xs.id`, a shared key column),
    marked `inferred` so the engine can say so."""
    fks = list(schema.foreign_keys)
    fks += _composite_keys_by_name(schema, fks)
    linked = {(f.table, f.column) for f in fks if not f.more} | {(f.ref_table, f.ref_column) for f in fks if not f.more}
    pairs = {frozenset((f.table, f.ref_table)) for f in fks}
    tables = list(schema.tables.values())
    for a in tables:
        for col in a.columns.values():
            for b in tables:
                if b is a or len(b.primary_key) != 1 or frozenset((a.name, b.name)) in pairs:
                    continue
                pk = b.primary_key[0]
                # a shared key column ("symbol" in both) links tables, a generic "id" does not
                same = col.name == pk and pk.lower() not in _GENERIC_KEYS and \
                    not (col.primary_key and len(a.primary_key) == 1 and a.row_count > b.row_count)
                if (same or _names_the_key(col.name, b.name, pk)) and (a.name, col.name) not in linked \
                        and _compatible(col.kind, b.columns[pk].kind):
                    fks.append(ForeignKey(a.name, col.name, b.name, pk, inferred=True))
                    pairs.add(frozenset((a.name, b.name)))
    return fks


_GENERIC_KEYS = ("id", "uuid", "key", "pk", "rowid")
_FK_MARK = re.compile(r"^fk_?(?=[a-z])", re.IGNORECASE)
_TABLE_KIND = re.compile(r"^(tbl|dim|fact)_(?=[a-z])", re.IGNORECASE)


def _names_the_key(column: str, table: str, pk: str) -> bool:
    """A column naming table's key: 'customer_id' / 'customerid' / 'customer_<pk>' for customers.
    A data engineer's marks are read through: the table kind of 'tbl_account' / 'dim_user' /
    'fact_event' is not part of its name, and 'fk_' says the column is a foreign key, so
    'fk_account_id' names tbl_account's key and 'fk_owner_rep_id' (a role before the key's own
    name) names the 'rep_id' of tbl_sales_rep; a generic key name ('id') needs the table's name."""
    own = singular(_TABLE_KIND.sub("", table))
    names = {f"{own}_{pk}", f"{own}{pk}", f"{own}_id"}
    bare = _FK_MARK.sub("", column).lower()
    if column.lower() in names or bare in names:
        return True
    if bare == column.lower():
        return False
    specific = {f"{own}_{pk}".lower(), f"{own}_id"} | ({pk.lower()} if pk.lower() not in _GENERIC_KEYS else set())
    return any(bare == n or bare.endswith("_" + n) for n in specific)


_KEYISH = re.compile(r"(^|_|[a-z])(id|ID|Id|code|Code|key|Key|no|No|num|Num)$")


def _composite_keys_by_name(schema: Schema, fks: list[ForeignKey]) -> list[ForeignKey]:
    """A table holding every column of another table's key of several columns (teaches and
    section both have course_id, sec_id, semester, year) refers to its rows by all of them: one
    key of several columns, so a join keeps the whole link (never one column, never a path
    through a third table that loses it). Only when a column of that key is a key itself (an
    identifier, or one pointing at another table), none is a bare 'id', and no declared key
    already links the two tables or sends a shared column to different tables."""
    out = []
    pairs = {frozenset((f.table, f.ref_table)) for f in fks}
    points = {(f.table, f.column): f.ref_table for f in fks if not f.more}
    for b in schema.tables.values():
        pk = b.primary_key
        if len(pk) < 2 or any(c.lower() in _GENERIC_KEYS for c in pk) or \
                not any(_KEYISH.search(c) or (b.name, c) in points for c in pk):
            continue
        for a in schema.tables.values():
            if a is b or frozenset((a.name, b.name)) in pairs or \
                    not all(c in a.columns and _compatible(a.columns[c].kind, b.columns[c].kind) for c in pk):
                continue
            if any((a.name, c) in points and (b.name, c) in points and points[(a.name, c)] != points[(b.name, c)]
                   for c in pk):
                continue
            out.append(ForeignKey(a.name, pk[0], b.name, pk[0], inferred=True, more=tuple((c, c) for c in pk[1:])))
            pairs.add(frozenset((a.name, b.name)))
    return out


def _compatible(k1: str, k2: str) -> bool:
    num = {"int", "float", "year"}
    return k1 == k2 or (k1 in num and k2 in num)
