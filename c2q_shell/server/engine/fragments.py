"""Fragments that only go on from the round before: said right after a round that was not answered,
they name no rows of their own, so read alone they would answer over every row of a table (or
over rows of the engine's own choosing). Each rule returns the words that show it and what they
lack, or None."""
from __future__ import annotations

import re

from .catalog import Catalog
from .mentions import Mention
from .understand import Reading

_WORD = re.compile(r"[a-z']+")
# 'with assignee names', 'and with their teams', 'plus the owner': columns added to rows shown before
_ADDING_LEAD = re.compile(r"^\s*(?:and\s+|now\s+)?(with|plus|along\s+with|together\s+with|including)\s+\S", re.I)
# 'from there', 'in there', 'out of there': a place pointed at, which only an answer before can name
_PLACE_POINTER = re.compile(r"\b(?:from|in|out\s+of|over|at|inside)\s+there\b", re.I)
_PREPOSITIONS = {"in", "at", "on", "for", "from", "of", "to", "by", "with", "among", "across", "over", "into"}
# words that open a question of its own ('which sells more, A versus B?'), never a bare fragment
ASKING_WORDS = frozenset({"what", "what's", "whats", "which", "who", "whose", "how", "when", "where", "why", "show",
                          "list", "give", "compare", "is", "are", "was", "were", "do", "does", "did", "count", "tell",
                          "find"})
# said anywhere in 'with assignee names', they ask something of their own ('count' and 'compare' do not)
_ASKING = (ASKING_WORDS | {"who's"}) - {"compare", "count"}
# a figure said with no column ('what's the total by currency?')
BARE_FIGURES = frozenset({"total", "sum", "average", "avg", "mean", "median", "maximum", "minimum", "max", "min",
                          "totals", "averages"})


def said_again(text: str) -> tuple[str, str] | None:
    """'top 20 again excl real estate', 'same again for 2023': 'again' asks the round before once
    more (with a change), so after a round not answered it has nothing to repeat."""
    if "again" in _WORD.findall(text.lower()):
        return "again", "repeats a question that was not answered (what again?)"
    return None


def ranked_by_nothing_said(text: str, reading: Reading, cat: Catalog) -> tuple[str, str] | None:
    """'top sector?', 'lowest one?', 'biggest 3': a ranking word and at most a noun, with no measure,
    no 'by' and no question word, ranks by the figure of the round before; read alone the engine
    would rank by a figure of its own choosing (the most rows)."""
    m = _words(reading.mentions)
    words = _WORD.findall(text.lower())
    if not words or words[0] in ASKING_WORDS or len(words) > 3 or \
            not any(x.kind == "kw" and x.kw and x.kw[0] == "rank" for x in m):
        return None
    if any(x.kind == "kw" and x.kw and x.kw[0] in ("group", "grain") or x.text == "by" for x in m) or \
            any(x.kind in ("ref", "skip") and x.col is not None and cat.is_measure(*x.col.split(".")) and
                not any(y.kind == "kw" and y.start == x.start for y in m) for x in m):
        return None         # ('top 5 by market cap', 'highest price': the measure is said)
    return " ".join(x.text for x in m if x.kind != "ref" or x.ref is None or x.ref.kind != "column" or
                    not any(y.kind == "kw" and y.start == x.start for y in m)), \
        "names no measure to rank by (ranked by what?)"


def _names_a_table(m: list[Mention]) -> bool:
    """A word that is a table's own noun ('incidents'), not a column word read as the table it
    points to ('assignee' for the staff table)."""
    return any(x.kind == "ref" and x.ref is not None and x.ref.kind == "table" and
               any(r.kind == "table" for r in x.refs or [x.ref]) for x in m)


def _words(m: list[Mention]) -> list[Mention]:
    return [x for x in m if x.text not in ("?", ".", "!")]


def count_per_a_column(reading: Reading) -> tuple[str, str] | None:
    """'count per priority?', 'how many by region?': a count (or a figure) for each value of a
    column, with no rows named (no table's noun), no condition and no column to add up — a count of
    the rows of the round not answered, per priority."""
    m = _words(reading.mentions)
    if len(m) > 6 or _names_a_table(m) or not reading.group or reading.filters or reading.when or \
            reading.rank_dir or reading.limit is not None:
        return None
    if not any(x.kind == "kw" and x.kw and x.kw[0] in ("count", "agg") for x in m):
        return None
    grouped = {g.column for g in reading.group}
    refs = [i for i, x in enumerate(m) if x.kind == "ref"]
    # every column said is the grouping, right after its 'per' / 'by' ('how many joined each year'
    # names the rows by their verb: a question of its own)
    if not refs or any(m[i].col is None or m[i].col not in grouped or i == 0 or
                       not (m[i - 1].kind == "kw" and m[i - 1].kw and m[i - 1].kw[0] == "group") for i in refs) or \
            any(x.kind in ("value", "num", "date") for x in m):
        return None
    return " ".join(x.text for x in m), "names no rows of its own (of which rows?)"


def the_rows_of_a_value(reading: Reading, cat: Catalog) -> tuple[str, str] | None:
    """'who are the P1s and P2s assigned to?', 'list the criticals': rows named only as 'the'
    <value> in the plural, with no table's noun, no figure and no preposition before them, are the
    ones of that value among the rows of the round not answered."""
    m = _words(reading.mentions)
    if _names_a_table(m) or any(x.kind == "kw" and x.kw and x.kw[0] in ("count", "agg") for x in m) or \
            any(x.kind == "ref" and x.col is not None and cat.is_measure(*x.col.split(".")) for x in m):
        return None         # ('how much did the Winter Gala Dinners cost?' asks a figure of its own)
    for i in range(1, len(m)):
        if m[i].kind != "value" or m[i - 1].text != "the" or \
                i > 1 and (m[i - 2].kind == "kw" and m[i - 2].kw and m[i - 2].kw[0] == "in" or
                           m[i - 2].text in _PREPOSITIONS):
            continue        # ('in the treehouses' says where, not which rows)
        plural = i + 1 < len(m) and m[i + 1].text == "s" or \
            m[i].text.endswith("s") and not any(str(v.value).lower().endswith("s") for v in m[i].values)
        if plural or i + 1 < len(m) and m[i + 1].text in ("ones", "one"):
            return f"the {m[i].values[0].value if m[i].values else m[i].text}s", \
                "names no rows of its own (which of them?)"
    return None


def columns_added(text: str, reading: Reading) -> tuple[str, str] | None:
    """'with assignee names', 'plus their team': a fragment that adds columns to rows shown
    before, naming no rows of its own and asking nothing of its own."""
    lead = _ADDING_LEAD.match(text)
    m = _words(reading.mentions)
    if lead is None or _names_a_table(m) or set(_WORD.findall(text.lower())) & _ASKING:
        return None
    return " ".join(x.text for x in m), "only adds columns to rows the question does not name (which rows?)"


def bare_question(text: str, reading: Reading, cat: Catalog) -> tuple[str, str] | None:
    """'top 10 customers by won value' (not answered) → 'how many are tier A'; 'credit notes this
    year' (not answered) → 'whats the total value'; 'avg order value by region' (not answered) →
    'north by month': a short question that names no rows of its own (no table's noun) and is
    either 'how many are <value>', 'the <figure> <column>' with no condition, or a fragment of
    values and a grouping with no figure or question word, is about the rows (or the figure) of
    the round not answered."""
    m = _words(reading.mentions)
    if len(m) > 6 or any(x.kind == "ref" and x.ref is not None and x.ref.kind == "table" for x in m) or \
            reading.rank_dir or reading.limit is not None:
        return None
    words = _WORD.findall(text.lower())
    if words[:2] == ["how", "many"] and len(words) > 2 and words[2] in ("are", "is", "were", "was") and \
            any(x.kind == "value" for x in m):
        return " ".join(words[:3]), "names no rows of its own (of which rows?)"      # 'how many are tier A'
    if not reading.filters and not reading.when and not reading.group and any(
            m[i - 1].text == "the" and m[i].kind == "kw" and m[i].text in BARE_FIGURES and
            all(y.kind == "ref" and y.col for y in m[i + 1:]) for i in range(1, len(m))):
        the = next(i for i in range(len(m)) if m[i].text == "the")
        return " ".join(x.text for x in m[the:]), "names no rows of its own (of which rows?)"
    if words and words[0] not in ASKING_WORDS and m and m[0].kind == "value" and reading.group and \
            not any(x.kind == "kw" and x.kw and x.kw[0] in ("agg", "count", "rank", "list") for x in m) and \
            not any(x.kind == "ref" and x.col and cat.is_measure(*x.col.split(".")) and
                    x.col not in {g.column for g in reading.group} for x in m):
        return " ".join(x.text for x in m), "names no figure of its own (what of them?)"   # 'north by month'
    return None


# 'how many did we sell', 'how many have they shipped': 'how many' right before its verb, no noun between
_HOW_MANY_DID = re.compile(r"^\s*(?:and\s+|so\s+|now\s+)?how\s+many\s+(?:did|do|does|have|has|had|were|are|was|is|will|"
                           r"would|can|could)\s+(?:we|you|they|i|he|she|it|us)\b", re.I)


def a_count_of_no_rows_named(text: str, reading: Reading) -> tuple[str, str] | None:
    """'how many did we sell at each price?' right after a round not answered: 'how many' with no
    noun after it counts the things that round was about; with no table's noun said, read alone it
    would count over every row of the engine's own choosing."""
    said = _HOW_MANY_DID.match(text)
    if said is None or _names_a_table(_words(reading.mentions)):
        return None
    return " ".join(said.group(0).lower().split()), "names nothing to count (how many of what?)"


def a_place_pointer(text: str) -> tuple[str, str] | None:
    """'how many users from there were in anchor_b?', 'what sold best in there?': 'there' after a
    preposition points at a place (a value) the round before gave; after a round not answered there
    is none, and read alone the question would be over every place."""
    said = _PLACE_POINTER.search(text)
    if said is None:
        return None
    return " ".join(said.group(0).lower().split()), "points at a place the question does not name (where?)"
