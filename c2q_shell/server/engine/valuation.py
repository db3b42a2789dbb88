"""'companies worth more than a trillion dollars', 'how much is Apple worth?': what a row is worth
is its valuation, the one column named as a market value, market cap or valuation. Where the data
has none, or several, the word names nothing (declined, as before)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

_ONE_WORD = frozenset({"valuation", "mcap", "marketcap", "capitalization", "capitalisation", "marketvalue"})
_SECOND_WORD = frozenset({"cap", "capitalization", "capitalisation", "value", "val"})
_NOT_A_VALUATION = frozenset({"to", "per", "ratio", "vs", "over", "change", "growth", "pct", "percent", "rank"})
WORTH_WORDS = ("worth",)


def is_valuation(words: list[str]) -> bool:
    """A column name's words say it is a valuation: 'market_cap', 'MarketValue', 'valuation'."""
    if not words or set(words) & _NOT_A_VALUATION:
        return False
    if set(words) & _ONE_WORD:
        return True
    return any(a == "market" and b in _SECOND_WORD for a, b in zip(words, words[1:]))


def the_valuation(columns: Iterable[tuple[str, str, bool]], words_of: Callable[[str], list[str]]) -> tuple[str, str] | None:
    """The one (table, column) among number columns ((table, column, is a number)) that is a valuation."""
    found = {(t, c) for t, c, number in columns if number and is_valuation(words_of(c))}
    return next(iter(found)) if len(found) == 1 else None


def worth_without_an_amount(out: list, cat) -> None:
    """'worth' names the valuation only before a comparison with an amount ('worth more than a
    trillion'); 'how much is it worth?', 'worth more in total' are left unread (declined)."""
    from .mentions import Mention
    for i, x in enumerate(out):
        if x.kind != "ref" or x.text not in WORTH_WORDS or any(r.strength > 1 for r in x.refs):
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        after = out[i + 2] if i + 2 < len(out) else None
        if nxt is not None and nxt.kind == "kw" and nxt.kw[0] in ("cmp", "between") and \
                after is not None and after.kind == "num":
            continue
        out[i] = Mention(x.start, x.end, "word", x.text)
