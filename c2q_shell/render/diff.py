"""What a follow-up changed in the SQL: a unified diff of two rounds' SQL, each laid out one
clause per line first so a changed WHERE or GROUP BY shows as the lines that changed, not as
one long line replaced. Pure functions, no I/O."""
from __future__ import annotations

import difflib

from .text import Fragments, cls


def layout(sql: str, width: int = 100) -> list[str]:
    """One clause per line. Both sides of a diff go through sqlglot's printer the same way, so
    only what the SQL says differently shows (`IS NOT NULL` and `NOT … IS NULL` are one thing);
    SQL sqlglot cannot read is laid out as the shell shows it (render.sql.pretty)."""
    text = sql.strip().rstrip(";").strip()
    if not text:
        return []
    import sqlglot
    from sqlglot.errors import SqlglotError
    # MySQL/TiDB SQL quotes names with backticks; read SQL in its own dialect so that it is
    # written back the same way (sqlite reads "x" and `x` as names, 'x' as text)
    for dialect in ("mysql", "sqlite") if "`" in text else ("sqlite", "mysql"):
        try:
            exprs = sqlglot.parse(text, read=dialect)
            if exprs and all(e is not None for e in exprs):
                laid = ";\n".join(e.sql(dialect=dialect, pretty=True, max_text_width=max(40, width - 10))
                                   for e in exprs)
                return [line.rstrip() for line in laid.splitlines()]
        except (SqlglotError, ValueError, RecursionError):
            continue
    from .sql import pretty
    return [line.rstrip() for line in pretty(text, width).splitlines()]


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
