"""Data summaries: the Chat2Query DataSummaryObject, built by introspection (tables, columns,
types, keys, relationships, statistics, value samples, plain-English descriptions, keywords)."""
from __future__ import annotations

from .schema import Column, Schema, Table, infer_foreign_keys, singular


def words(name: str) -> str:
    return name.replace("_", " ").strip()


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
    if isinstance(v, int):
        return f"{v:,}" if abs(v) >= 10000 else str(v)
    return str(v)


def column_description(table: Table, col: Column) -> str:
    p = col.profile
    entity = singular(table.name).replace("_", " ")
    parts = [col.comment.rstrip(".") if col.comment else f"The {words(col.name)} of each {entity}"]
    if col.primary_key:
        parts[0] += " (the table's key)"
    if col.kind in ("int", "float") and p.min is not None:
        parts.append(f"a number from {_fmt(p.min)} to {_fmt(p.max)}")
    elif col.kind in ("date", "year") and p.min is not None:
        parts.append(f"a {'year' if col.kind == 'year' else 'date'} from {p.min} to {p.max}")
    elif p.distinct and p.distinct <= 30 and p.top:
        parts.append(f"{p.distinct} distinct values such as " + ", ".join(f"'{v}'" for v, _ in p.top[:3]))
    elif p.top:
        parts.append(f"{p.distinct:,} distinct values, e.g. " + ", ".join(f"'{v}'" for v, _ in p.top[:2]))
    if p.nulls:
        parts.append(f"{p.nulls:,} missing")
    return "; ".join(parts) + "."


def table_description(table: Table, fks) -> str:
    entity = singular(table.name).replace("_", " ")
    cols = ", ".join(table.columns)
    refs = [f"{f.column} refers to {f.ref_table}.{f.ref_column}" for f in fks if f.table == table.name]
    text = f"One row per {entity} ({table.row_count:,} rows) with {cols}."
    if table.comment:
        text = f"{table.comment.rstrip('.')}: {table.row_count:,} rows with {cols}."
    if refs:
        text += " " + "; ".join(refs).capitalize() + "."
    return text


def fingerprint(schema: Schema) -> str:
    """Changes when tables, columns, types, keys or comments change (then the summary is stale)."""
    import hashlib
    parts = [(t.name, t.comment, [(c.name, c.type, c.primary_key, c.comment) for c in t.columns.values()])
             for t in schema.tables.values()]
    parts.append([(f.table, f.column, f.ref_table, f.ref_column) for f in schema.foreign_keys])
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def build_summary(schema: Schema, user_description: str = "") -> dict:
    fks = infer_foreign_keys(schema)
    tables = {}
    for t in schema.tables.values():
        tables[t.name] = {
            "name": t.name,
            "description": table_description(t, fks),
            "row_count": t.row_count,
            "primary_key": t.primary_key,
            "columns": {c.name: {
                "name": c.name,
                "description": column_description(t, c),
                "type": c.type,
                "nullable": c.nullable,
                "statistics": {"count": c.profile.count, "nulls": c.profile.nulls,
                               "unique": c.profile.distinct, "min": c.profile.min, "max": c.profile.max,
                               "mean": c.profile.mean, "top": [v for v, _ in c.profile.top]},
                "sample_data": [v for v, _ in c.profile.top[:3]],
            } for c in t.columns.values()},
        }
    relationships: dict[str, list[dict]] = {}
    for f in fks:
        relationships.setdefault(f.table, []).append({
            "referencing_table": f.table, "referencing_table_column": f.column,
            "referenced_table": f.ref_table, "referenced_table_column": f.ref_column,
            "inferred": f.inferred})
    names = [words(t) for t in schema.tables]
    about = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1] if names else "nothing"
    system = f"Data about {about}."
    keywords = sorted({words(t).title().replace(" ", "_") for t in schema.tables})
    return {
        "description": {"system": system, "user": user_description},
        "keywords": keywords,
        "relationships": relationships,
        "summary": f"The {schema.database} database: {len(schema.tables)} tables ({about}).",
        "tables": tables,
        "schema_fingerprint": fingerprint(schema),
    }


def apply_descriptions(body: dict, description: str | None = None, keywords: list | None = None,
                       table: str | None = None, table_description: str | None = None,
                       columns: dict | None = None) -> dict:
    """Edits from the PUT endpoints; user descriptions also feed the engine's vocabulary."""
    if description is not None:
        body["description"]["user"] = description
    if keywords is not None:
        body["keywords"] = list(keywords)
    if table is not None:
        if table_description is not None:
            body["tables"][table]["description"] = table_description
        for col, text in (columns or {}).items():
            body["tables"][table]["columns"][col]["description"] = text
    return body
