"""'more than a trillion dollars', '500 million USD': a word of the dollar right after a number is
that number's unit, as '$' before it is ('$1T'); the amount is compared as typed."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mentions import Mention

DOLLAR_WORDS = frozenset({"dollars", "dollar", "usd", "bucks"})


def dollars_after_a_number(out: list[Mention]) -> None:
    """Marks 'dollars' used where it follows a number that is not a percentage."""
    for before, x in zip(out, out[1:]):
        if x.kind == "word" and x.text in DOLLAR_WORDS and before.kind == "num" and not before.percent:
            x.used = True
