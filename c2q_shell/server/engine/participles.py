"""A unit word said with a participle ('m3 delivered', 'kg landed', 'litres used'): when
the word names several columns of one table, the participle picks among them. The column whose name
carries the participle ('returned_m3' for 'm3 returned') is the one meant; a column named with
another participle ('returned_m3' for 'm3 delivered') is never it. Several columns left that the
participle does not tell apart are declined, never one of them picked by its name's spelling."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .errors import CannotAnswer
from .text import stem

if TYPE_CHECKING:
    from .catalog import Catalog, Ref

# Past participles that do not end in -ed.
_IRREGULAR = {"sold", "paid", "spent", "driven", "flown", "caught", "made", "brought", "taken", "given",
              "bought", "won", "lost", "built", "sent", "held", "run", "done", "grown", "drawn", "thrown"}
_ED = re.compile(r"^[a-z]{3,}ed$")


# Units of an amount of stuff or of distance (never a level such as a length of 'm' or a percentage).
QUANTITY_UNITS = {"m3", "kg", "km", "litres", "liters", "tonnes", "tons", "lb", "lbs", "miles", "kwh", "mwh",
                  "gallons"}

# The unit words a question says ('m3', 'kg', 'litre'), which several columns of a table may carry.
_UNITS_SAID = QUANTITY_UNITS | {"litre", "liter", "tonne", "ton", "mile", "gallon", "cubicmetres", "cubicmeters"}


def is_participle(word: str) -> bool:
    return word in _IRREGULAR or bool(_ED.match(word))


def amount_of_an_event(words: list[str]) -> bool:
    """'returned_m3', 'landed_kg': a quantity in a unit named by what happened to it adds up."""
    return any(is_participle(w) for w in words) and any(w in QUANTITY_UNITS for w in words)


def _participles_of(cat: Catalog, column: str) -> set[str]:
    return {stem(w) for w in cat.name_words_of(column) if is_participle(w)}


def column_of_its_participle(cat: Catalog, said: str, participle: str, ordered: list[Ref], tied: list[Ref]) -> list[Ref]:
    """`ordered` with the column the participle picks first; `tied` are the columns of ordered[0]'s
    table that nothing else in the question tells apart. Declines when the participle leaves several."""
    tied = [r for r in tied if cat.is_measure(r.table, r.column)]
    if len(tied) < 2 or not is_participle(participle) or said.replace(" ", "").lower() not in _UNITS_SAID:
        return ordered
    want = stem(participle)
    carriers = [r for r in tied if want in {stem(w) for w in cat.name_words_of(r.column)}]
    if len(carriers) != 1:
        carriers = [r for r in tied if not _participles_of(cat, r.column)]
    if len(carriers) == 1:
        return carriers + [r for r in ordered if r != carriers[0]]
    names = ", ".join(f"{r.table}.{r.column}" for r in tied)
    raise CannotAnswer(f"'{said} {participle}' could be any of {names}, and '{participle}' names none of them: "
                       "name the column meant", [said])
