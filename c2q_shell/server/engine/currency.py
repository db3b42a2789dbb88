"""'worth more than a trillion dollars', 'a market cap over 500 million USD': a word of the dollar
right after an amount compared with a column of money is that amount's unit, as '$' before it is
('$1T'); after any other number ('sectors above 5 trillion dollars') it is left unread."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .text import STOP
from .valuation import is_valuation

if TYPE_CHECKING:
    from .catalog import Catalog
    from .mentions import Mention

DOLLAR_WORDS = frozenset({"dollars", "dollar", "usd", "bucks"})
_DOLLAR_NAMES = frozenset({"usd", "dollars", "dollar"})


def _money(cat: Catalog, table: str, column: str) -> bool:
    words = cat._raw_words(column)
    return (table, column) in cat.roles.get("money", ()) or (table, column) in cat.roles.get("price", ()) or \
        is_valuation(words) or bool(set(words) & _DOLLAR_NAMES)


def dollars_after_a_number(out: list[Mention], cat: Catalog) -> None:
    """Marks 'dollars' used after '<money column> <comparison> <number>'."""
    said = [x for x in out if not (x.kind == "word" and x.text in STOP)]
    for i in range(3, len(said)):
        x, num, cmp, col = said[i], said[i - 1], said[i - 2], said[i - 3]
        if x.kind != "word" or x.text not in DOLLAR_WORDS or num.kind != "num" or num.percent or \
                cmp.kind != "kw" or cmp.kw[0] != "cmp" or col.kind != "ref":
            continue
        if any(r.kind == "column" and _money(cat, r.table, r.column) for r in col.refs):
            x.used = True
