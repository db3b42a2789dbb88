"""The gate every statement passes before it runs: parsed with sqlglot in the source's
dialect, exactly one read-only query (an allow-list on the AST), and a LIMIT enforced."""
from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError

# Node types that may appear anywhere in an allowed statement tree are everything except these.
FORBIDDEN = tuple(getattr(exp, n) for n in (
    "Insert", "Update", "Delete", "Merge", "Create", "Drop", "Alter", "TruncateTable", "Command",
    "Into", "Lock", "Pragma", "Attach", "Detach", "Set", "Use", "Grant", "Revoke", "Transaction",
    "Commit", "Rollback", "LoadData", "Copy", "Analyze", "Kill", "Describe", "Cache", "Uncache",
    "Refresh", "Export",
) if hasattr(exp, n))
DENIED_FUNCTIONS = {
    "sleep", "benchmark", "load_file", "get_lock", "release_lock", "release_all_locks", "is_free_lock",
    "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "master_pos_wait",
    "source_pos_wait", "sys_exec", "sys_eval", "randomblob", "zeroblob",
}


# SQLite virtual tables that show more than the served tables (pages, file paths);
# every table-valued PRAGMA function (pragma_database_list, pragma_table_info, …) is refused too.
DENIED_TABLES = {"sqlite_dbpage", "dbstat", "sqlite_stmt"}


class UnsafeSQL(ValueError):
    """The statement is not a single read-only query."""


def check(sql: str, dialect: str, max_rows: int, database: str | None = None) -> tuple[str, str]:
    """Return (display_sql, exec_sql): the query as written, and the query to run, whose LIMIT
    is at most max_rows + 1 (one extra row tells the caller the result was cut).
    Every table must be one of the served database's: on SQLite unqualified or `main.`; on
    MySQL/TiDB unqualified or qualified with `database` (any qualifier when it is None)."""
    if not sql or not sql.strip():
        raise UnsafeSQL("empty SQL statement")
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except ParseError as e:
        first = e.errors[0]["description"] if e.errors else str(e)
        raise UnsafeSQL(f"the SQL does not parse: {first}") from e
    except SqlglotError as e:            # the tokenizer's errors, among others
        raise UnsafeSQL(f"the SQL does not parse: {str(e).splitlines()[0][:200]}") from e
    except RecursionError:
        raise UnsafeSQL("the SQL is nested too deeply to check") from None
    if len(statements) != 1:
        raise UnsafeSQL(f"expected one statement, got {len(statements)}")
    tree = statements[0]
    if not isinstance(tree, exp.Query):
        raise UnsafeSQL(f"only read-only queries may run, not {tree.key.upper()}")
    for node in tree.walk():
        if isinstance(node, FORBIDDEN):
            raise UnsafeSQL(f"only read-only queries may run; {node.key.upper()} is not allowed")
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in DENIED_FUNCTIONS:
                raise UnsafeSQL(f"the function {name.upper()} is not allowed")
        if isinstance(node, exp.Select) and node.args.get("locks"):
            raise UnsafeSQL("locking reads (FOR UPDATE / FOR SHARE) are not allowed")
        if isinstance(node, exp.Table):
            _check_table(node, dialect, database)
        if isinstance(node, exp.Anonymous) and node.name.lower().startswith("pragma_"):
            raise UnsafeSQL(f"the PRAGMA function {node.name} is not allowed")
        if isinstance(node, (exp.SessionParameter, exp.Parameter)):
            raise UnsafeSQL("server and session variables (@@name, @name) are not allowed")
    try:
        return sql.strip().rstrip(";"), _limited(tree, max_rows + 1).sql(dialect=dialect)
    except (SqlglotError, RecursionError) as e:
        raise UnsafeSQL(f"the SQL cannot be checked: {type(e).__name__}") from None


def _check_table(table: exp.Table, dialect: str, database: str | None) -> None:
    name = table.name.lower()
    if name.startswith("pragma_") or name in DENIED_TABLES:
        raise UnsafeSQL(f"the table {table.name} is not allowed: only the served database's tables may be read")
    if table.args.get("catalog") is not None:
        raise UnsafeSQL(f"'{table.sql(dialect=dialect)}' is outside the served database")
    db = table.db
    if not db:
        return
    if dialect == "sqlite":
        if db.lower() != "main":
            raise UnsafeSQL(f"the schema '{db}' is not allowed: only the served database (main) may be read")
    elif database is None or db.casefold() != database.casefold():
        raise UnsafeSQL(f"'{db}.{table.name}' is outside the served database"
                        + (f" '{database}'" if database else ""))


def _limited(tree: exp.Query, cap: int) -> exp.Query:
    limit = tree.args.get("limit")
    if isinstance(tree, exp.Select):
        if limit is None:
            return tree.limit(cap, copy=True)
        value = limit.expression if isinstance(limit, exp.Limit) else None
        if isinstance(value, exp.Literal) and value.is_int and int(value.name) <= cap:
            return tree
        if isinstance(value, exp.Literal) and value.is_int:
            new = tree.copy()
            new.args["limit"].set("expression", exp.Literal.number(cap))
            return new
    # Set operations and non-literal limits: wrap and limit the outside.
    return exp.select("*").from_(tree.subquery("capped")).limit(cap)
