"""A quant's shorthand: 'div yld', 'mcap', 'subind', a ticker typed in lower case ('nvda').

Read only where the question as typed is declined: a clipped word that is a prefix, or the
consonant skeleton, of exactly one word of the data's names ('div' → dividend, 'yld' → yield), the
prefixes of the words of exactly one name ('mcap' → market cap, 'subind' → sub industry), or a ticker matching exactly one row's code in
another case ('nvda' → NVDA). Each reading is stated; a word that fits several stays unread."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .catalog import skeleton
from .ledger import FILLER
from .mentions import ASKER_ABBREVIATIONS
from .text import MONTHS, NUMBER_WORDS, PHONE_WORDS, SCALES, STOP, Question, stem
from .vocab import ABBREVIATIONS, KEYWORDS, UNIT_WORDS, VALUE_SHORT_FORMS

if TYPE_CHECKING:
    from .catalog import Catalog

_VOWELS = frozenset("aeiou")
_WORD = re.compile(r"[A-Za-z]+")
_CODE = re.compile(r"[A-Z]{2,5}")


@dataclass(frozen=True)
class Clipped:
    text: str                               # the question with each clipped word spelled out
    readings: tuple[tuple[str, str], ...]   # (as typed, read as)


def _names(cat: Catalog) -> list[list[str]]:
    """The words of every column name (a table is named by its rows' own noun: 'subs' is no table)."""
    out = [cat._raw_words(c) for t in cat.tables.values() for c in t.columns]
    return [[w for w in n if w.isalpha()] for n in out]


def _common(w: str) -> bool:
    """A word of the engine's own: never read as shorthand nor as a ticker ('all' is no ALL)."""
    return w in STOP or w in FILLER or w in KEYWORDS or w in ABBREVIATIONS or w in ASKER_ABBREVIATIONS or \
        w in PHONE_WORDS or w in MONTHS or w in NUMBER_WORDS or w in SCALES or w in UNIT_WORDS


def _clips(w: str, word: str) -> bool:
    """'div' of dividend, 'yld' of yield (its consonants), 'fins' of a word 'financials' (a clipped plural)."""
    if len(word) < len(w) + 2:
        return False
    if len(w) <= 3 and word.startswith(w):
        return True                 # (a longer word is more likely a word of its own: 'fund')
    if w.endswith("s") and word.endswith("s") and len(w) == 4 and word.startswith(w[:-1]):
        return True
    return not set(w[1:]) & _VOWELS and skeleton(word).startswith(w) and len(w) >= 3


def _pieces(w: str, words: list[str], first: bool = True) -> bool:
    """'mcap' of market cap, 'subind' of sub industry: prefixes of every word of a name, in order
    (only the first a single letter)."""
    if not words:
        return not w
    head, rest = words[0], words[1:]
    return any(head.startswith(w[:k]) and _pieces(w[k:], rest, False)
               for k in range(1 if first else 2, min(len(head), len(w)) + 1))


def _reading(w: str, names: list[list[str]]) -> str | None:
    if any(stem(x) == stem(w) for n in names for x in n):
        return None                 # 'tickets' of TicketsSold is that word, not a clipped name
    found: set[str] = set()
    for n in names:
        found |= {x for x in n if _clips(w, x)}
        if len(n) >= 2 and len(w) <= sum(map(len, n)) - 2 and _pieces(w, n):
            found.add(" ".join(n))
    return next(iter(found)) if len(found) == 1 else None


def _a_word_of_the_data(w: str, cat: Catalog, names: list[list[str]]) -> bool:
    """'low' of low_52w, 'tech' (Information Technology): a word the data or the engine reads
    otherwise is never a ticker typed in lower case."""
    return w in VALUE_SHORT_FORMS or (stem(w),) in cat.phrases or bool(cat.partial.get(stem(w))) or \
        any(stem(x) == stem(w) for n in names for x in n)


def _ticker(raw: str, cat: Catalog) -> str | None:
    """'nvda' typed in lower case: the one code in capitals of a key column that it spells."""
    if not raw.islower() or not 2 <= len(raw) <= 5:
        return None
    hits = {v.value for v in cat.values.get((stem(raw),), ()) if isinstance(v.value, str) and
            _CODE.fullmatch(v.value) and v.value.lower() == raw and cat.is_key(v.table, v.column)}
    return next(iter(hits)) if len(hits) == 1 else None


def read(question: Question, cat: Catalog) -> Clipped | None:
    """The question with its clipped words spelled out, or None when it has none."""
    names = _names(cat)
    readings: dict[str, str] = {}
    for m in _WORD.finditer(question.text):
        raw = m.group()
        w = raw.lower()
        if w in readings or not 2 <= len(w) <= 8 or _common(w) or \
                "-" in question.text[max(m.start() - 1, 0):m.start()] + question.text[m.end():m.end() + 1]:
            continue                # ('move-ins': a word of a compound is no clip)
        long = None if _a_word_of_the_data(w, cat, names) else _ticker(raw, cat)
        if long is None and raw.islower() and len(w) >= 3 and \
                not ((stem(w),) in cat.phrases or (stem(w),) in cat.values or (w,) in cat.phrases):
            long = _reading(w, names)
        if long is not None:
            readings[w] = long
    if not readings:
        return None
    text = _WORD.sub(lambda m: readings.get(m.group().lower(), m.group())
                     if m.group().islower() else m.group(), question.text)
    return Clipped(text, tuple((w, f"'{long}'") for w, long in readings.items()))
