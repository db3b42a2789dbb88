"""SQL highlighting with pygments' MySQL lexer, as fragments styled by the theme."""
from __future__ import annotations

from .text import Fragments, cls


def _style_for(token) -> str:
    from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String
    if token in Keyword:
        return cls("sql.keyword")
    if token in Name.Builtin or token in Name.Function:
        return cls("sql.function")
    if token in String:
        return cls("sql.string")
    if token in Number:
        return cls("sql.number")
    if token in Operator:
        return cls("sql.operator")
    if token in Punctuation:
        return cls("sql.punctuation")
    if token in Comment:
        return cls("sql.comment")
    if token in Name:
        return cls("sql.name")
    return ""


def highlight(sql: str) -> Fragments:
    from pygments.lexers.sql import MySqlLexer
    return [(_style_for(tok), text) for tok, text in MySqlLexer().get_tokens(sql.rstrip() + "\n")]
