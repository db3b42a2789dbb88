"""What a follow-up changed in the SQL: a unified diff of two rounds' SQL, each laid out one
clause per line first (sqlglot's pretty printer) so a changed WHERE or GROUP BY shows as the
lines that changed, not as one long line replaced. Pure functions, no I/O."""
from __future__ import annotations

import difflib

from .text import Fragments, cls


def layout(sql: str) -> list[str]:
    """One clause per line; the SQL as written when sqlglot cannot read it."""
    sql = sql.strip().rstrip(";").strip()
    if not sql:
        return []
    try:
        import sqlglot
        from sqlglot.errors import SqlglotError
        try:
            text = ";\n".join(e.sql(dialect="mysql", pretty=True)
                              for e in sqlglot.parse(sql, read="mysql") if e is not None)
        except SqlglotError:
            text = sql
    except ImportError:                # sqlglot is a dependency; this keeps diff usable without it
        text = sql
    return [line.rstrip() for line in text.splitlines()]


def round_lines(result) -> list[str]:
    """A round's SQL laid out for diffing; a breakdown's sub-tasks each under a `-- K. task` line."""
    from ..api.models import Answer, Breakdown
    if isinstance(result, Answer):
        return layout(result.sql)
    if isinstance(result, Breakdown):
        out: list[str] = []
        for k, sub in enumerate(result.sub_tasks, 1):
            out.append(f"-- {k}. {sub.clarified_task}")
            out.extend(layout(sub.sql))
        return out
    return []


def sql_diff(a: list[str], b: list[str], old_label: str, new_label: str, context: int = 3) -> Fragments:
    """A highlighted unified diff of two SQL layouts; says so when nothing changed."""
    lines = list(difflib.unified_diff(a, b, old_label, new_label, n=context, lineterm=""))
    if not lines:
        return [(cls("info"), f"the SQL of {new_label} is the same as that of {old_label}\n")]
    out: Fragments = []
    for line in lines:
        if line.startswith(("---", "+++")):
            style = "diff.header"
        elif line.startswith("@@"):
            style = "diff.hunk"
        elif line.startswith("+"):
            style = "diff.add"
        elif line.startswith("-"):
            style = "diff.del"
        else:
            style = ""
        out.append((cls(style) if style else "", line + "\n"))
    return out
