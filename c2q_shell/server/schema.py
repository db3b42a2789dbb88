"""The shape of a served database as the server sees it: tables, columns, keys, profiles."""
from __future__ import annotations

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


@dataclass
class Table:
    name: str
    columns: dict[str, Column]
    row_count: int = 0
    comment: str = ""

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
    linked = {(f.table, f.column) for f in fks} | {(f.ref_table, f.ref_column) for f in fks}
    pairs = {frozenset((f.table, f.ref_table)) for f in fks}
    tables = list(schema.tables.values())
    for a in tables:
        for col in a.columns.values():
            for b in tables:
                if b is a or len(b.primary_key) != 1 or frozenset((a.name, b.name)) in pairs:
                    continue
                pk = b.primary_key[0]
                names = {f"{singular(b.name)}_{pk}", f"{singular(b.name)}{pk}", f"{singular(b.name)}_id"}
                # a shared key column ("symbol" in both) links tables, a generic "id" does not
                same = col.name == pk and pk.lower() not in ("id", "uuid", "key", "pk", "rowid") and \
                    not (col.primary_key and len(a.primary_key) == 1 and a.row_count > b.row_count)
                if (same or col.name.lower() in names) and (a.name, col.name) not in linked \
                        and _compatible(col.kind, b.columns[pk].kind):
                    fks.append(ForeignKey(a.name, col.name, b.name, pk, inferred=True))
                    pairs.add(frozenset((a.name, b.name)))
    return fks


def _compatible(k1: str, k2: str) -> bool:
    num = {"int", "float", "year"}
    return k1 == k2 or (k1 in num and k2 in num)
