"""SQL highlighting with pygments' MySQL lexer, as fragments styled by the theme."""
from __future__ import annotations

from .text import Fragments, cls


def _style_for(token) -> str:
    from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String
    # the first matching token family wins: functions before other names
    for family, style in ((Keyword, "sql.keyword"), (Name.Builtin, "sql.function"), (Name.Function, "sql.function"),
                          (String, "sql.string"), (Number, "sql.number"), (Operator, "sql.operator"),
                          (Punctuation, "sql.punctuation"), (Comment, "sql.comment"), (Name, "sql.name")):
        if token in family:
            return cls(style)
    return ""


def highlight(sql: str) -> Fragments:
    from pygments.lexers.sql import MySqlLexer
    return [(_style_for(tok), text) for tok, text in MySqlLexer().get_tokens(sql.rstrip() + "\n")]
