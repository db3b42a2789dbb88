"""SQL for people: laid out by sqlglot's pretty printer (one clause a line, nested queries
indented), lines that are still too long wrapped between tokens (never inside a name or a
string), highlighted with pygments' MySQL lexer as fragments styled by the theme."""
from __future__ import annotations

import re

from .text import Fragments, cls

DIALECTS = ("mysql", "sqlite")
NOT_IS_NULL = re.compile(r"\bNOT ((?:[\w$]+|`[^`]+`|\"[^\"]+\")(?:\.(?:[\w$]+|`[^`]+`|\"[^\"]+\"))*) IS NULL\b")
CLAUSES = {"SELECT", "FROM", "WHERE", "GROUP", "GROUP BY", "HAVING", "ORDER", "ORDER BY", "LIMIT", "UNION", "WITH", "LEFT", "RIGHT",
           "INNER", "CROSS", "FULL", "JOIN", "WINDOW", "EXCEPT", "INTERSECT"}


def _style_for(token) -> str:
    from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String
    # the first matching token family wins: functions before other names
    for family, style in ((Keyword, "sql.keyword"), (Name.Builtin, "sql.function"), (Name.Function, "sql.function"),
                          (String, "sql.string"), (Number, "sql.number"), (Operator, "sql.operator"),
                          (Punctuation, "sql.punctuation"), (Comment, "sql.comment"), (Name, "sql.name")):
        if token in family:
            return cls(style)
    return ""


def highlight(sql: str, width: int = 0) -> Fragments:
    """Highlighted SQL; laid out and wrapped to `width` cells when width is given."""
    from pygments.lexers.sql import MySqlLexer
    text = pretty(sql, width) if width else sql.rstrip()
    return [(_style_for(tok), t) for tok, t in MySqlLexer().get_tokens(text + "\n")]


def _tokens(sql: str, dialect: str):
    from sqlglot import tokenize
    from sqlglot.tokens import TokenType
    return [(t.token_type, t.text.lower()) for t in tokenize(sql, read=dialect) if t.token_type != TokenType.ALIAS]


def pretty(sql: str, width: int = 100) -> str:
    """sqlglot's layout when it says exactly what the SQL says (the same tokens, in the same
    order, in some dialect; only an added AS is allowed), else a line per clause of the text as
    it is. Then long lines are wrapped between tokens, continued four spaces further in."""
    text = sql.strip().rstrip(";").strip()
    if not text:
        return ""
    laid = None
    try:
        import sqlglot
        from sqlglot.errors import SqlglotError
    except ImportError:          # pragma: no cover - sqlglot is a dependency
        sqlglot = None
    if sqlglot is not None:
        for dialect in DIALECTS:
            try:
                exprs = sqlglot.parse(text, read=dialect)
                if len(exprs) != 1 or exprs[0] is None:
                    break
                out = exprs[0].sql(dialect=dialect, pretty=True, max_text_width=max(40, width - 10))
                want = _tokens(text, dialect)
                # sqlglot writes `x IS NOT NULL` as `NOT x IS NULL`: the SQL's own form is kept
                laid = next((o for o in (out, NOT_IS_NULL.sub(r"\1 IS NOT NULL", out))
                             if _tokens(o, dialect) == want), None)
                if laid is not None:
                    break
            except (SqlglotError, ValueError, RecursionError):
                continue
        if laid is None:
            laid = _by_clause(text)
    else:
        laid = text
    return "\n".join(w for line in laid.splitlines() for w in wrap_line(line, width))


def _by_clause(text: str) -> str:
    """A new line before each clause keyword, indented by the depth of parentheses."""
    from sqlglot import tokenize
    from sqlglot.errors import SqlglotError
    try:
        toks = tokenize(text)
    except (SqlglotError, ValueError):
        return text
    out, depth, pos, prev = [], 0, 0, ""
    for t in toks:
        word = t.text.upper()
        if t.text == ")":
            depth = max(0, depth - 1)
        if word in CLAUSES and out and not (word == "JOIN" and prev in CLAUSES - {"FROM", "SELECT", "WHERE"}):
            out.append(text[pos:t.start].rstrip() + "\n" + "  " * depth)
            pos = t.start
        if t.text == "(":
            depth += 1
        prev = word
        if not out:
            out.append("")
    out.append(text[pos:])
    return "".join(out).strip()


def wrap_line(line: str, width: int) -> list[str]:
    """Break a line longer than `width` at spaces outside quotes; the rest continues indented."""
    if width <= 0 or len(line) <= width:
        return [line]
    lead = len(line) - len(line.lstrip(" "))
    cont = " " * min(lead + 4, max(0, width // 2))
    breaks, quote = [], ""
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == " " and i > lead:
            breaks.append(i)
    out, start, prefix = [], 0, ""
    while len(prefix) + len(line) - start > width:
        room = width - len(prefix)
        cands = [b for b in breaks if start < b <= start + room]
        if not cands:
            later = [b for b in breaks if b > start]
            if not later:
                break
            cut = later[0]           # a token longer than the line: keep it whole
        else:
            cut = cands[-1]
        out.append(prefix + line[start:cut].rstrip())
        start, prefix = cut + 1, cont
    out.append(prefix + line[start:])
    return out
