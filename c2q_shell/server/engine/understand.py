"""Question -> grounded mentions -> Plan. A follow-up becomes an edit of the previous plan
(add/replace/drop a filter, change grouping, measure, order or limit, add a column)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..schema import singular
from . import counts, dates, filters, flag_rates, happened, measures, participles, ranks
from .catalog import Catalog, Ref, ValueRef, unmarked, value_key
from .errors import CannotAnswer
from .ledger import event_some_rows_lack, is_filler, is_link_verb
from .mentions import Mention, _is_year, same_word, scan
from .plan import Agg, Dim, Filter, Order, Plan
from .text import STOP, Question, stem
from .vocab import (
    CHARGE_NAMES,
    INCOME_WORDS,
    KEYWORDS,
    LEVEL_NAMES,
    OUTGO_NAMES,
    ROLE_RANKS,
    UNITS_OF,
    WORD_FAMILIES,
)

# --------------------------------------------------------------------------------------
# interpretation
# --------------------------------------------------------------------------------------
_LIST_PRICES = {"list", "base", "unit", "retail", "rrp", "original", "standard", "catalogue", "catalog"}


def _family(word: str) -> str:
    """A word's stem, with the forms of one verb taken together ('payment', 'paid' → 'pay')."""
    w = stem(word)
    return WORD_FAMILIES.get(w, w)


_INCOME_FAMILIES = frozenset(_family(w) for w in INCOME_WORDS)


def named_in_the_plural(words: str) -> bool:
    """'companies', 'depots': a noun named in the plural (its last word)."""
    w = words.split()[-1].lower()
    return singular(w) != w and not w.endswith(("ss", "us", "is"))


_ARTICLES = frozenset({"the", "a", "an"})
# words of a table's name that say its rows are the successive states or events of something
_HISTORY_WORDS = {"history", "histories", "log", "logs", "audit", "audits", "changes", "transitions", "events"}

# words after 'no <column>' that say the figure itself is missing (IS NULL), not that it is zero
_NOTHING_RECORDED = ("recorded", "data", "figure", "figures", "entered")


@dataclass
class Reading:
    """What one question says, before it is merged with the previous plan."""
    entity: str | None = None
    measures: list[Agg] = field(default_factory=list)
    agg_only: list[str] = field(default_factory=list)       # "average instead": a func, no column
    group: list[Dim] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    drops: list[str] = field(default_factory=list)          # columns whose filters "all X" removes
    select: list[str] = field(default_factory=list)
    order: list[Order] = field(default_factory=list)
    rank_dir: str | None = None                             # a ranking without a measure
    direction: str | None = None                            # "highest to lowest"
    limit: int | None = None
    offset: int | None = None                               # 'the second largest': rows of the ranking skipped
    singular: bool = False
    ties: bool = False              # 'the youngest company': one row, with every row tied with it
    distinct: bool = False
    anaphora: bool = False
    connective: bool = False
    too: bool = False
    instead: bool = False
    count_anaphora: bool = False
    share: bool = False
    reverse: bool = False                                    # "reverse the order"
    reset: bool = False                                      # "remove the filters"
    when: bool = False                                       # "when was that?", "when did … first …"
    sort: bool = False
    overview: bool = False
    listing: bool = False                                    # "list them", "show their names"
    group_prev: bool = False                                 # "how many … in each?": the previous values
    each_row: bool = False                                   # "who was the lead on each?": each previous row
    across_prev: bool = False                                # "the total across them": over the groups shown
    everything: bool = False                                 # "the highest P/E overall": over every row
    decimals: int | None = None                              # "rounded to one decimal": the figures' places
    all_groups: bool = False                                 # "which sectors are biggest": every group, ranked
    dims_named: list[str] = field(default_factory=list)      # dimension columns named without "by"
    assumptions: list[dict] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    grounded: int = 0
    mentions: list = field(default_factory=list)             # the question's mentions, for the ledger
    consumed: set = field(default_factory=set)               # keyword kinds the composer used (share)
    ledger: object = None                                    # the word accounting (ledger.Ledger), once composed

    def assume(self, concept: str, explanation: str) -> None:
        item = {"concept": concept, "explanation": explanation}
        if item not in self.assumptions:
            self.assumptions.append(item)

    @property
    def has_content(self) -> bool:
        return bool(self.entity or self.measures or self.select or self.group)


def _there_within(before: list) -> bool:
    """'top 3 stations by number of trips starting there', 'which city has the most donors living
    there': 'there' is the place the question ranks or picks, named before another table."""
    for i, x in enumerate(before[:-1]):
        picks = x.kind == "kw" and x.kw[0] in ("rank", "list", "group") or x.kind == "num"
        if picks and before[i + 1].kind == "ref":
            first = before[i + 1].ref.table if before[i + 1].ref is not None else None
            return any(y.kind == "ref" and y.ref is not None and y.ref.kind == "table" and y.ref.table != first
                       for y in before[i + 2:])
    return False


# Words of a column name that make it an amount of money or value, never a count of the noun beside them.
_NUMBERING_WORDS = frozenset({"no", "num", "nbr", "number", "id", "code", "cd", "ref"})
_AMOUNT_WORDS = {"value", "amount", "price", "cost", "fee", "revenue", "spend", "cents", "pence", "paid", "gbp",
                 "usd", "eur"}


def _counts_cents(cat, column: str) -> bool:
    """A column of amounts in minor units: named with cents or pence ('spend_cents')."""
    return any(("money", "minor") in UNITS_OF.get(w, ()) for w in cat.name_words_of(column))


# Names of a number column that counts a part of the year (quarter 1-4, month 1-12, week 1-53).
_PERIOD_PART_WORDS = {"qtr", "quarter", "mth", "month", "mon", "wk", "week", "weekno"}


class Interpreter:
    def __init__(self, cat: Catalog, question: str | Question, previous: Plan | None = None):
        q = Question.of(question)
        self.cat = cat
        self.question = q.text
        self.previous = previous
        self.tokens = list(q.tokens)
        self.m = scan(self.tokens, cat)
        self.r = Reading()
        self.rows_placed = False        # 'in the index' at the end: the rows asked for are rows in a place

    # helpers ------------------------------------------------------------------------
    def kws(self, kind: str) -> list[Mention]:
        return [x for x in self.m if x.kind == "kw" and x.kw[0] == kind]

    def idx(self, mention: Mention) -> int:
        return self.m.index(mention)

    def next_mention(self, pos: int, kinds=("ref",), within: int = 4, skip_words=True,
                     skip_values=False) -> Mention | None:
        for x in self.m[pos + 1: pos + 1 + within]:
            if x.kind in kinds and not x.used:
                return x
            if x.kind == "value" and x.used and skip_values:
                continue            # 'how many closed requests': the value is a condition of the rows counted
            if x.kind == "word" and x.text in STOP and skip_words:
                continue
            if x.kind == "kw" and x.kw[0] in ("in", "list", "anaphora", "distinct") and skip_words:
                continue
            if x.kind in ("word",) and skip_words:
                continue
            if x.kind not in kinds:
                return None
        return None

    def prev_mention(self, pos: int, kinds=("ref",), within: int = 5) -> Mention | None:
        for x in reversed(self.m[max(0, pos - within): pos]):
            if x.kind in kinds and not x.used:
                return x
            if x.kind == "kw" and x.kw[0] in ("cmp", "rank", "count", "agg", "group"):
                return None
            if x.text in (",", ";", "?"):
                return None
        return None

    # grounding ----------------------------------------------------------------------
    def _verbs_of_other_rows(self) -> None:
        """'which of them were held at the Tokyo Dome?' where a wrestler's Days_held ends in 'held': a
        verb after 'were', before a place or name the data holds, only sharing a word with a column
        of a table the question is not about, is the verb (it relates the rows to that value)."""
        m = self.m
        play = {r.table for y in m if y.kind == "ref" for r in y.refs if r.kind == "table" and r.strength >= 2} | \
            {v.table for y in m if y.kind == "value" for v in y.values} | \
            set(self.previous.tables() if self.previous else [])
        for i, x in enumerate(m[1:-1], 1):
            if x.kind != "ref" or " " in x.text or not is_link_verb(x.text) or \
                    m[i - 1].text not in ("was", "were", "is", "are", "be", "been") or \
                    any(r.kind != "column" or r.strength > 1 or r.table in play for r in x.refs):
                continue
            j = i + 1 if m[i + 1].text in ("at", "in", "on", "from", "during", "by") else None
            if j is not None and j + 1 < len(m) and m[j + 1].text == "the":
                j += 1
            if j is not None and j + 1 < len(m) and m[j + 1].kind == "value":
                m[i] = Mention(x.start, x.end, "word", x.text)

    def _place_the_rows_are_in(self, x: Mention) -> bool:
        """'Top 5 dividend yielders in the index': a table named only loosely, at the end after 'in
        the', says where the rows asked about are, not what they are: it does not pull the answer
        to its table when the question's other words name something else."""
        m, i = self.m, self.idx(x)
        return all(r.kind == "table" and r.strength == 1 for r in x.refs) and i >= 2 and \
            m[i - 1].text == "the" and m[i - 2].text == "in" and \
            all(y.text in ("?", ".", "!") for y in m[i + 1:]) and \
            any(y.kind in ("ref", "value") for y in m[:i - 2])

    def ground(self) -> None:
        """Pick one reading for each ambiguous name, keeping to tables that can be joined."""
        self._verbs_of_other_rows()
        cat = self.cat
        weights: dict[str, float] = {}
        prev_tables = self.previous.tables() if self.previous else []
        for x in self.m:
            if x.kind == "ref" and self._place_the_rows_are_in(x):
                self.rows_placed = True
                continue
            if x.kind == "ref":
                top = max(r.strength for r in x.refs)
                for r in x.refs:
                    if r.strength == top:
                        w = {3: 2.0, 2: 1.5, 1: 1.0}[r.strength] * (1.6 if r.kind == "table" else 1.0)
                        weights[r.table] = weights.get(r.table, 0) + w / len(x.refs)
            elif x.kind == "value":
                for v in x.values:
                    weights[v.table] = weights.get(v.table, 0) + 1.5 / len(x.values)
        for t in prev_tables:
            weights[t] = weights.get(t, 0) + 0.5
        if not weights:
            return
        # The strongest group of joinable tables wins; names outside it are dropped.
        groups: list[set[str]] = []
        for t in sorted(weights, key=lambda t: (-weights[t], t)):
            for g in groups:
                if cat.connected(next(iter(g)), t):
                    g.add(t)
                    break
            else:
                groups.append({t})
        best = max(groups, key=lambda g: (sum(weights[t] for t in g), -min(sorted(g).__len__(), 9)))
        if self.previous is not None and not set(prev_tables) & best:
            # 'which one was added to the index most recently?': a table named only by its bare name
            # ('index') does not pull a follow-up away from the tables of the conversation when the
            # question also names columns or values of those tables
            named = {r.table for x in self.m if x.kind == "ref" for r in x.refs if r.kind == "column"} | \
                {v.table for x in self.m if x.kind == "value" for v in x.values}
            own = [g for g in groups if set(prev_tables) & g and named & g]
            if own and not (named & best):
                best = own[0]
            elif own and any(x.kind == "kw" and x.kw[0] == "anaphora" for x in self.m) and \
                    all(self._readable_in(x, own[0]) for x in self.m if x.kind in ("ref", "value")):
                best = own[0]       # 'which of them pay a dividend?': every word has a reading in their tables
            elif not own and any(x.kind == "kw" and x.kw[0] == "anaphora" for x in self.m):
                # 'how many of them pay a dividend above 3%?' after the sector with the most companies:
                # the rows pointed at are the previous answer's; every word read in a table joined to
                # theirs (the companies' fundamentals), never in one they cannot be joined to
                joined = [g for g in groups if set(prev_tables) & g and
                          all(self._readable_in(x, g) for x in self.m if x.kind in ("ref", "value"))]
                if joined:
                    best = joined[0]
        self.tables = best
        reach = best | {t for t in cat.tables if any(cat.connected(t, b) for b in best)}
        for x in self.m:
            if x.kind == "ref":
                # a reading in the chosen tables, else in a table that can be joined to them
                inside = [r for r in x.refs if r.table in best] or [r for r in x.refs if r.table in reach]
                if not inside and all(r.kind == "table" for r in x.refs):
                    # 'added to the index': a bare name of another table; but the rows a question
                    # counts or lists ('how many firms have earnings data?') are never dropped for
                    # another table's: the answer would be about other rows
                    x.kind, x.refs = ("apart" if _rows_asked_for(self.m, x) or _a_superlative(x) else "skip"), []
                    continue
                if not inside and _operand(self.m, x) or inside and _stronger_apart(x, inside, reach):
                    # names a column of a table the answer cannot be joined to ('yield' of a table of
                    # fundamentals asked of the index's monthly rows): a word the answer would drop
                    x.kind, x.refs = "apart", []
                    continue
                if not inside and all(r.kind == "column" for r in x.refs) and \
                        (self._of_a_named_row(x) or " " in x.text and all(r.strength == 1 for r in x.refs)):
                    # 'Microsoft's CAPE ratio'; 'what did the films make at the box office' where only
                    # unrelated projects have an amount: a thing (a phrase, not a verb such as 'spent'
                    # that other rules read) loosely naming a column the answer cannot reach
                    x.kind, x.refs = "apart", []
                    continue
                if not inside:
                    # names another, unrelated table ('in the S&P 500'), unless it is the rows asked for;
                    # a superlative ('the longest') is never dropped: what it ranks by is the question
                    x.kind, x.refs = ("apart" if _rows_asked_for(self.m, x) or _a_superlative(x) else "skip"), []
                    continue
                # a word several tables' columns answer to ('price': ListPrice, SalePrice) is the
                # column of the table the question names, else of the previous answer's table
                named = {r.table for y in self.m if y is not x and y.kind == "ref" for r in y.refs
                         if r.kind == "table" and r.strength >= 2} or \
                    {y.refs[0].table for y in self.m if y is not x and y.kind == "ref" and y.refs
                     and y.refs[0].kind == "column" and y.refs[0].strength >= 3} or set(prev_tables[:1])
                inside = self._summed_adds_up(x, inside)
                own = [r for r in inside if r.kind == "column" and r.table in named]
                if own and len({r.table for r in inside}) > 1 and \
                        (max(r.strength for r in own) >= max(r.strength for r in inside) - 1 or
                         self._only_own_is_one_per_row(x, inside, own)):
                    inside = own
                top = max(r.strength for r in inside)
                inside = [r for r in inside if r.strength == top]
                if self._of_its_table(x, inside):
                    x.kind, x.refs, x.used = "skip", [], True
                    continue
                inside = self._previous_column(inside)
                near = self._adjacent_tables(x)
                one = len({r.table for r in inside}) == 1       # (columns of other tables: as before)
                rank = lambda r, near=near, x=x, one=one: (r.table not in near, -weights.get(r.table, 0),  # noqa: E731
                                                           r.table not in prev_tables, r.kind != "column",
                                                           one and not self._in_its_own_name(x, r))
                ordered = sorted(inside, key=lambda r: (*rank(r), r.table, r.column))
                ordered = self._picked_by_its_participle(x, ordered, rank)
                x.ref = ordered[0]
                self._one_measure_named(x, ordered)
                self._income_of_several_kinds_of_rows(x)
                cols = {(r.table, r.column) for r in inside if r.kind == "column"}
                if len(cols) > 1 and x.ref.kind == "column":
                    x.alternatives = cols
                    tied = sorted({f"{r.table}.{r.column}" for r in ordered[1:]
                                   if r.kind == "column" and r.table != x.ref.table and rank(r) == rank(x.ref)})
                    if tied:        # nothing in the question tells them apart: say which one was used
                        self.r.assume(f"'{x.text}'", f"taken as {x.ref.table}.{x.ref.column} "
                                                     f"(also: {', '.join(tied)})")
                self._own_name(x)
                self._named_not_numbered(x)
                self._loosely_for_a_named_row(x)
                if self._event_of_another_table(x) or self._loosely_of_a_named_row(x) or self._verb_to_someone(x) or \
                        self._loosely_of_the_rows_shown(x):
                    x.kind, x.refs, x.ref = "apart", [], None
            elif x.kind == "value":
                inside = [v for v in x.values if v.table in best]
                if not inside:
                    # 'the CAPE ratio of Microsoft' read over the index: the value's rows cannot be reached
                    x.kind, x.values = "apart", []
                    continue
                x.values = inside

    def _picked_by_its_participle(self, x: Mention, ordered: list[Ref], rank) -> list[Ref]:
        """'m3 delivered per mix': of the columns of one table the word names alike, the one the
        participle right after it picks (participles.column_of_its_participle)."""
        i = self.idx(x)
        nxt = self.m[i + 1] if i + 1 < len(self.m) else None
        if nxt is None or " " in nxt.text or ordered[0].kind != "column":
            return ordered
        tied = [r for r in ordered if r.kind == "column" and r.table == ordered[0].table and
                rank(r) == rank(ordered[0])]
        return participles.column_of_its_participle(self.cat, x.text, nxt.text, ordered, tied)

    def _in_its_own_name(self, x: Mention, r: Ref) -> bool:
        """'size' for size_label rather than sq_ft (which 'size' names only as a word for an area):
        of one table's columns, one whose own name holds every word said is named more surely than
        one a synonym names."""
        if r.kind != "column":
            return False
        own = {stem(w) for w in self.cat.name_words_of(r.column)}
        return all(stem(w) in own for w in x.text.split())

    def _only_own_is_one_per_row(self, x: Mention, inside: list[Ref], own: list[Ref]) -> bool:
        """'films by country' over Films.ProductionCountry and Festivals.Country: a column of another
        table reached from the rows named only through many rows each (a film's screenings at many
        festivals) is no attribute of a row; the named table's own column the word names is. Not when
        the question names a table on the way ('films screened per country')."""
        if any(r.kind != "column" or self.cat.is_key(r.table, r.column) for r in inside):
            return False            # ('pieces': the table, its key and the keys pointing at it)
        tables = {r.table for r in own}
        others = [r for r in inside if r.table not in tables]
        said = {r.table for y in self.m if y is not x and y.kind == "ref" and y.refs for r in y.refs
                if r.strength == max(q.strength for q in y.refs)}
        on_the_way = {n for t in tables for r in others for n, _fk in self.cat.join_path(t, r.table) or []}
        return bool(others) and not (said & on_the_way) and \
            all(self.cat.fans_out(t, r.table) for t in tables for r in others)

    def _of_its_table(self, x: Mention, inside: list[Ref]) -> bool:
        """'the dividend of the S&P 500 index' where 'S&P 500 index' names the table index_monthly as
        well as its column sp500: after a column of that table and 'of (the)', the table (the dividend
        is asked, not the index level beside it)."""
        tables = {r.table for r in inside if r.kind == "table"}
        if len(tables) != 1 or not any(r.kind == "column" for r in inside):
            return False
        i = self.m.index(x)
        j = i - 1
        while j >= 0 and self.m[j].text in ("the", "a", "an"):
            j -= 1
        if j < 1 or self.m[j].text != "of":
            return False
        y = self.m[j - 1]
        return y.kind == "ref" and any(r.kind == "column" and r.table in tables and r.strength >= 2 for r in y.refs)

    def _of_a_named_row(self, x: Mention) -> bool:
        """'Microsoft's CAPE ratio', 'the CAPE ratio of Microsoft': a column word asked of a row the
        question names by a value."""
        i = self.m.index(x)
        before = self.m[i - 1] if i > 0 else None
        after = [y for y in self.m[i + 1:i + 4] if y.text not in _ARTICLES][:2]      # ('the CAPE of the Nasdaq')
        return (before is not None and before.kind == "value") or \
            (len(after) == 2 and after[0].text == "of" and after[1].kind == "value")

    def _verb_to_someone(self, x: Mention) -> bool:
        """'Who does each engineer report to?' where work orders have a ReportedAt: a verb read as a
        date column, right before 'to' / 'for' / 'with' / 'under', in a question asking who, relates
        the rows to a person; no date (declined, naming the word)."""
        if x.ref is None or x.ref.kind != "column" or not self.cat.is_time(x.ref.table, x.ref.column) or \
                not self.tokens or self.tokens[0].text not in ("who", "whom"):
            return False
        i = self.m.index(x)
        after = self.m[i + 1].text if i + 1 < len(self.m) else ""
        return after in ("to", "for", "with", "under")

    def _loosely_of_a_named_row(self, x: Mention) -> bool:
        """'What is Lucia Ferro's salary?' where 'salary' only loosely reads as the amount paid for
        tickets of her exhibitions: a word asked of a row the question names by a value ('X's'), read only by
        its kind (not its name) as a column of rows that are many for that one row, is no property of
        it; the answer would not be what was asked (declined, naming the word)."""
        ref = x.ref
        if ref is None or ref.kind != "column" or ref.strength > 1:
            return False
        i = self.m.index(x)
        y = self.m[i - 1] if i > 0 else None
        if y is None or y.kind != "value" or \
                not re.search(re.escape(y.text) + r"['’]s\s+" + re.escape(x.text), self.question.lower()):
            return False            # 'policyholders from Galway born …', 'litres of stout': no possessive
        return any(v.table != ref.table and self.cat.fans_out(v.table, ref.table) for v in y.values)

    def _loosely_for_a_named_row(self, x: Mention) -> None:
        """'what do we charge shops for it?' after the RRP of one product, where 'charge' is only a
        word of orders.shipping_charge: a word read loosely as a figure of rows that are many for
        the row it is said for (a value, or 'it' for the one row the previous answer named), with no
        aggregate said, is no figure of that row; which of the row's own figures is meant
        (wholesale_price? rrp?) is not known: declined, naming them."""
        ref = x.ref
        if ref is None or ref.kind != "column" or ref.strength > 1 or \
                any(y.kind == "kw" and y.kw[0] in ("agg", "count", "rank", "group") for y in self.m):
            return
        i = self.m.index(x)
        rest = [y for y in self.m[i + 1:] if y.text not in ("the", "a", "an")]
        for j, y in enumerate(rest[:-1]):
            if y.text not in ("for", "on", "of"):
                continue
            named = rest[j + 1]
            if named.kind == "value":
                tables = {v.table for v in named.values}
            elif named.kind == "kw" and named.kw[0] == "anaphora" and named.text == "it" and \
                    self.previous is not None and not self.previous.group and not self.previous.measures and \
                    any(f.column == f"{self.previous.table}.{self.cat.label(self.previous.table)}" and
                        len(f.values) == 1 for f in self.previous.filters):
                tables = {self.previous.table}
            else:
                continue
            if len(tables) != 1:
                return
            t = tables.pop()
            if t == ref.table or not self.cat.fans_out(t, ref.table):
                return
            own = [c for c in self.cat.tables[t].columns if self.cat.is_measure(t, c) and not self.cat.is_flag(t, c)]
            raise CannotAnswer(f"'{x.text}' said for one {t.rstrip('s')} only loosely names {ref.table}.{ref.column}, "
                               f"a figure of the many {ref.table} rows of each; its own figures are "
                               f"{', '.join(own) or 'none'}: name the one meant", [x.text])

    def _loosely_of_the_rows_shown(self, x: Mention) -> bool:
        """'Who is the most expensive junior?' → 'what's their annual salary?' where 'salary' only
        loosely reads as the amount patients paid for their appointments: a word asked of the rows
        the previous answer lists ('their', 'its'), read only by its kind as a column of rows that are
        many for each of them, with no aggregate said, is no property of theirs (declined, naming it)."""
        ref, prev = x.ref, self.previous
        if ref is None or ref.kind != "column" or ref.strength > 1 or prev is None or prev.measures or \
                prev.group or ref.table == prev.table or not self.cat.fans_out(prev.table, ref.table):
            return False
        if any(y.kind == "kw" and y.kw[0] in ("agg", "count") for y in self.m):
            return False            # 'their total fees': an aggregate over their rows
        i = self.m.index(x)
        before = [y for y in self.m[max(0, i - 2):i] if y.text not in ("the", "a", "an")]
        return any(y.kind == "kw" and y.kw[0] == "anaphora" and y.text in ("their", "its", "his", "her")
                   for y in before) and all(y.kind == "kw" for y in before)

    def _across_the_groups_shown(self, g: Mention) -> bool:
        """'what's the total guest count across them?' after a count per month: one figure over
        every group the previous answer showed (marks the words used)."""
        rest = [x for x in self.m[self.idx(g) + 1:] if not (x.kind == "word" and not x.text.isalnum())]
        if g.text != "across" or len(rest) != 1 or rest[0].kind != "kw" or rest[0].kw[0] != "anaphora" or \
                rest[0].text not in ("them", "those", "these") or self.previous is None or not self.previous.group:
            return False
        g.used = rest[0].used = self.r.across_prev = True
        return True

    def _whole_prices_beside(self, x: Mention, ref: Ref, tied: list[Ref]) -> list[Ref]:
        """'revenue', 'value' over deposit_paid beside quoted_price: an amount paid (a part of it,
        perhaps) and the price of the whole row are both what the row brings in; the word picks neither
        (a list price before a discount is no income: price_paid beside list_price is)."""
        said = set(re.findall(r"[a-z]+", x.text.lower()))
        if not said & (INCOME_WORDS | {"value", "worth"}) or (ref.table, ref.column) not in self.cat.roles.get("money", ()):
            return []
        t = self.cat.tables[ref.table]
        if any({"qty", "quantity", "units", "unit"} & set(self.cat.name_words_of(c)) for c in t.columns):
            return []               # a unit price beside a quantity is no row's whole value
        return [Ref("column", ref.table, c, ref.strength) for c in t.columns
                if (ref.table, c) in self.cat.roles.get("price", ()) and c != ref.column and
                all(r.column != c for r in tied) and not set(self.cat.name_words_of(c)) & (OUTGO_NAMES | _LIST_PRICES)]

    def _one_row_of_a_kind(self, t: str, i: int) -> bool:
        """'how many laps is a grand prix?', 'how many laps in a junior session?': 'a'/'an' right
        before a value that picks rows of the figure's own table, with no word of a total, an
        average or groups, asks what one such row has."""
        if self.kws("agg") or self.kws("group") or self.kws("rank"):
            return False
        for x in self.m[i + 1:]:
            if x.kind != "value" or not x.values or any(v.table != t or v.score < 0.9 for v in x.values):
                continue
            if x.start > 0 and self.tokens[x.start - 1].text in ("a", "an"):
                return True
        return False

    def _each_of_the_rows_listed(self, t: str, i: int) -> bool:
        """'which are outdoor?' → 'how many lanes do they have?': 'they' are the rows just listed,
        each with its own figure (no word of a total or an average)."""
        prev = self.previous
        return prev is not None and prev.table == t and not prev.measures and not prev.group and \
            prev.inner is None and not self.kws("agg") and any(
                x.kind == "kw" and x.kw[0] == "anaphora" and x.text in ("they", "them") for x in self.m[i + 1:])

    def _income_of_several_kinds_of_rows(self, x: Mention) -> None:
        """'takings by car park' where the penalty notices' amount is money by its name and each
        stay's fee is what the stays paid: an income word ('takings', 'revenue') naming a column only
        by its role, while another table of dated rows beside it (neither belongs to the other) holds
        a charge or price of its own, does not say whose money is meant (declined, naming them)."""
        ref, cat = x.ref, self.cat
        said = {_family(w) for w in re.findall(r"[a-z]+", x.text.lower())}
        if ref is None or ref.kind != "column" or ref.strength > 1 or not said & _INCOME_FAMILIES \
                or said & {_family(w) for w in cat.name_words_of(ref.column)} or not cat.time_columns(ref.table):
            return
        if any(y is not x and y.kind == "ref" and y.ref is not None and y.ref.table == ref.table for y in self.m):
            return                      # 'revenue from tickets': the rows are named
        others = sorted({f"{t}.{c}" for role in ("money", "price") for t, c in cat.role_columns(role)
                         if t != ref.table and cat.time_columns(t) and cat.fans_out(t, ref.table) and
                         cat.fans_out(ref.table, t)})
        if others:
            raise CannotAnswer(f"'{x.text}' could be the money of {ref.table} ({ref.column}) or of other rows "
                               f"({', '.join(others)}), and nothing in the question says whose; name the column",
                               [x.text])

    def _one_measure_named(self, x: Mention, ordered: list[Ref]) -> None:
        """'no payment recorded' over chargeamt and paidamt: a word that only loosely names two
        measures of one table (by role, not by their names) says nothing to choose between them."""
        ref = x.ref
        if ref.kind != "column" or ref.strength > 1 or not self.cat.is_measure(ref.table, ref.column):
            return
        tied = [r for r in ordered[1:] if r.kind == "column" and r.table == ref.table and r.strength == ref.strength
                and self.cat.is_measure(r.table, r.column)]
        tied += self._whole_prices_beside(x, ref, tied)
        if not tied:
            return
        said = {_family(w) for w in re.findall(r"[a-z]+", x.text.lower())}
        both = [ref] + tied
        named = [r for r in both if said & {_family(w) for w in self.cat.name_words_of(r.column)}]
        if len(named) != 1 and said & _INCOME_FAMILIES:
            # 'gross' over box_office_usd and budget_usd: money coming in, not money spent
            outgo = {_family(w) for w in OUTGO_NAMES}
            named = [r for r in both if not {_family(w) for w in self.cat.name_words_of(r.column)} & outgo]
        if not named and {"value", "worth"} & set(re.findall(r"[a-z]+", x.text.lower())):
            # 'the average order value' over feeAmount and totalPaid: a row's value is its total
            named = [r for r in both if {"total", "gross"} & set(self.cat.name_words_of(r.column))]
            if len(named) == 1:
                self.r.assume(f"'{x.text}'", f"taken as {named[0].table}.{named[0].column}, the total "
                                             f"(not {', '.join(r.column for r in both if r != named[0])})")
        if len(named) != 1:
            cols = ", ".join(r.column for r in both)
            raise CannotAnswer(f"'{x.text}' could be any of {cols}, and nothing in the question says which; "
                               "name the column", [x.text])
        x.ref = named[0]

    def _summed_adds_up(self, x: Mention, inside: list[Ref]) -> list[Ref]:
        """'total discount given by code' over promos.discount_pct and trip_promos.discount_amount: a
        word summed ('total', 'sum of') names the column that adds up, not a percentage or a rate."""
        i = self.m.index(x)
        before = self.m[i - 1] if i > 0 else None
        if before is None or before.kind != "kw" or before.kw != ("agg", "sum"):
            return inside
        cols = [r for r in inside if r.kind == "column"]
        adds = [r for r in cols if self.cat.is_measure(r.table, r.column) and
                self.cat.default_agg(f"{r.table}.{r.column}") == "sum"]
        return adds if adds and len(adds) < len(cols) else inside

    def _previous_column(self, inside: list[Ref]) -> list[Ref]:
        """'the average salary for each of those titles' after counts per job title: of the columns
        a word names alike (dept_name, first_name, job_title), the one the previous answer grouped by."""
        p = self.previous
        cols = {f"{r.table}.{r.column}" for r in inside if r.kind == "column"}
        if p is None or len(cols) < 2 or any(self.cat.is_measure(*c.split(".")) for c in cols):
            return inside           # (a measure word is its own column: 'duration' after a length filter)
        used = [g.column for g in p.group if not g.grain] + ([c for c in p.select] if p.distinct else [])
        for c in used:
            if c in cols:
                return [r for r in inside if f"{r.table}.{r.column}" == c]
        return inside
    def _readable_in(self, x: Mention, tables: set[str]) -> bool:
        """Has the mention a reading (a column, table or value) in, or joined to, `tables`?"""
        reach = {t for t in self.cat.tables if any(self.cat.connected(t, b) for b in tables)}
        return any(r.table in reach for r in x.refs) or any(v.table in reach for v in x.values)

    def _event_of_another_table(self, x: Mention) -> bool:
        """'the last learner to join' where only the instructors have a JoinDt: the verb is the
        learners' own event (their SignupDt?), not another table's date; which date is not known."""
        if x.ref is None or x.ref.kind != "column" or not self.cat.is_time(x.ref.table, x.ref.column):
            return False
        i = self.m.index(x)
        j = i - 1
        while j >= 0 and self.m[j].kind == "word" and self.m[j].text in ("to", "who", "that", "which"):
            j -= 1
        y = self.m[j] if 0 <= j < i - 1 else None
        return y is not None and y.kind == "ref" and y.ref is not None and y.ref.kind == "table" and \
            y.ref.table != x.ref.table and bool(self.cat.time_columns(y.ref.table))

    def _own_name(self, x: Mention) -> None:
        """'albums whose name starts with D': the name of the rows just named (their title), not the
        name column of a table joined to them."""
        if x.text not in ("name", "names") or x.ref is None or x.ref.kind != "column":
            return
        i = self.m.index(x)
        before = [y for y in self.m[max(0, i - 3):i] if y.kind == "ref" and y.ref is not None]
        if not before or before[-1].ref.kind != "table" or before[-1].ref.table == x.ref.table:
            return
        t = before[-1].ref.table
        own = [r for r in x.refs if r.table == t and r.kind == "column"]      # customers.fullName
        x.ref = own[0] if own else Ref("column", t, self.cat.label(t), x.ref.strength)

    def _named_not_numbered(self, x: Mention) -> None:
        """'which airline has the most flights?' where flights.Airline is a number referring to
        airlines: the airline is named by its label (airlines.Airline), never shown as the number.
        A question that says 'id', 'code' or 'number' asks for the key itself."""
        if x.ref is None or x.ref.kind != "column" or self.cat.column(x.ref.table, x.ref.column).kind == "text" or \
                any(w in ("id", "ids", "code", "codes", "number", "numbers", "no", "key", "uid") for w in x.text.split()):
            return
        fk = next((f for f in self.cat.foreign_keys if (f.table, f.column) == (x.ref.table, x.ref.column)), None)
        if fk is None or fk.ref_table == fk.table or \
                fk.ref_table not in self.tables and not self.cat.connected(fk.ref_table, x.ref.table):
            return                  # a manager_id of employees: the same table, another role
        label = self.cat.label(fk.ref_table)
        if label == fk.ref_column or self.cat.column(fk.ref_table, label).kind != "text":
            return
        table = next((r for r in x.refs if r.kind == "table" and r.table == fk.ref_table), None)
        x.ref = table or Ref("table", fk.ref_table, strength=x.ref.strength)

    def _adjacent_tables(self, x: Mention) -> set[str]:
        """Tables named right next to a column ('population of cities', 'city population')."""
        i = self.m.index(x)
        out = set()
        for j in (i - 1, i + 1, i + 2):
            if 0 <= j < len(self.m) and self.m[j].kind == "ref":
                if j == i + 2 and self.m[i + 1].text not in ("of", "for", "in"):
                    continue
                out |= {r.table for r in self.m[j].refs if r.kind == "table"}
        return out

    # the main pass ------------------------------------------------------------------
    def read(self) -> Reading:
        """Run the reading pipeline (PIPELINE, below the class) over the question's mentions."""
        self.tables: set[str] = set()
        for _what, step in PIPELINE:
            step(self)
        self.r.mentions = self.m
        return self.r

    def _switched_to(self) -> None:
        """'Switch it to Health Care', 'change that to 2023': after an answer, a value put in place
        of the one the previous answer was kept to, as 'Health Care instead' says."""
        m = [x for x in self.m if x.text not in ("?", ".", "!")]
        if self.previous is None or len(m) < 3 or m[0].kind != "word" or m[0].text not in _SWITCH_WORDS | _CUT_WORDS:
            return
        i = 2 if m[1].text in ("it", "that", "this", "them", "those") else 1
        if i + 1 < len(m) and m[i].text == "down" and m[0].text in _CUT_WORDS:
            i += 1                      # 'cut it down to the top 3'
        if i + 1 >= len(m) or m[i].text != "to":
            return
        if m[0].text in _CUT_WORDS or any(x.kind not in ("value", "date", "num") for x in m[i + 1:]):
            # 'cut it to the top 3', 'switch to the number of screenings': the rest is the edit itself
            if m[0].text in _CUT_WORDS and not (self.kws("rank") or any(x.kind == "num" for x in m[i + 1:])):
                return
            for x in m[:i + 1]:
                x.kind, x.kw, x.used = "word", (), True
            if m[0].text in _SWITCH_WORDS:
                m[0].kind, m[0].kw, m[0].used = "kw", ("instead", None), False     # in place of the figure shown
            return
        m[0].kind, m[0].kw = "kw", ("instead", None)
        for x in m[1:i + 1]:
            x.kind, x.kw, x.used = "word", (), True

    def _a_different_one(self) -> None:
        """'moves to a different city', 'a different supplier': after 'a' the word compares one value
        with another (which the question leaves to the data's columns), never 'distinct values';
        no rule reads that comparison, so the word is left unaccounted (declined, naming it)."""
        for x in self.kws("distinct"):
            i = self.idx(x)
            if i == 0 or self.m[i - 1].text not in ("a", "an"):
                continue
            pair = self._two_columns_of_one_word(self.m[i + 1]) if i + 1 < len(self.m) else None
            if pair is None:
                x.kind, x.kw, x.lacking = "word", (), True
                continue
            x.kind, x.kw, x.used = "word", (), True
            self.m[i + 1].used = True
            self.m[i + 1].ref = next(r for r in self.m[i + 1].refs if f"{r.table}.{r.column}" == pair[0])
            self.r.filters.append(Filter(pair[0], "differs", [pair[1]], kind="differ"))
            self.r.assume(f"a different {self.m[i + 1].text}", f"{pair[0].split('.')[1]} differs from "
                                                               f"{pair[1].split('.')[1]}")

    def _two_columns_of_one_word(self, y: Mention) -> tuple[str, str] | None:
        """'to a different city' in a table with from_city and to_city: the one word names exactly two
        text columns of a table the question names, and names them both only as one of their words."""
        if y.kind != "ref" or not y.refs:
            return None
        named = {r.table for z in self.m if z.kind == "ref" for r in z.refs if r.kind == "table" and r.strength >= 2}
        pairs = []
        for t in sorted(named):
            cols = [f"{r.table}.{r.column}" for r in y.refs if r.kind == "column" and r.table == t and
                    self.cat.column(t, r.column).kind == "text" and not self.cat.is_key(t, r.column)]
            if len(cols) == 2 and sum(stem(y.text) in {stem(w) for w in self.cat.name_words_of(c)}
                        for c in self.cat.tables[t].columns) == 2:
                pairs.append(tuple(sorted(cols)))
        return pairs[0] if len(pairs) == 1 else None

    def _share_weighted_by_a_measure(self) -> None:
        """'what share of sales by amount …': the share is of the rows' total amount, not of their
        number ('by <measure>' right after 'share of <rows>' weighs them; it ranks nothing)."""
        for i, x in enumerate(self.m[:-2]):
            rows, by, what = x, self.m[i + 1], self.m[i + 2]
            if i < 2 or self.m[i - 2].kind != "kw" or self.m[i - 2].kw[0] != "share" or self.m[i - 1].text != "of":
                continue
            if rows.kind != "ref" or rows.ref is None or rows.ref.kind != "table" or by.text != "by" or \
                    what.kind != "ref" or not what.col or what.col.split(".")[0] != rows.ref.table or \
                    not self.cat.is_measure(*what.col.split(".")):
                continue
            for y in (rows, by):
                y.kind, y.kw, y.refs, y.ref, y.used = "word", (), [], None, True
            self.r.assume(f"by {what.text}", f"each share is of the {rows.text}' total {what.text}, not of their number")

    def _plural_rows(self, i: int) -> bool:
        """The rows named at mention i are named in the plural, and not one by one ('each of the
        movies and its genre': 'its' is each movie's)."""
        before = {w for x in self.m[max(0, i - 3):i] for w in x.text.split()}
        return named_in_the_plural(self.m[i].text) and not before & {"each", "every"}

    def _flags(self) -> None:
        r = self.r
        for i, x in enumerate(self.m[:-1]):
            # 'what percentage of them …': a share, even where a column is named 'Percentage'
            if x.kind == "ref" and x.text in ("percentage", "share", "proportion", "fraction", "percent") and \
                    self.m[i + 1].text.split()[0] == "of" and (i == 0 or self.m[i - 1].text in ("what", "which", "the", "a")):
                x.kind, x.kw, x.refs, x.ref = "kw", ("share", None), [], None
        self._share_weighted_by_a_measure()
        for i, x in enumerate(self.m):
            # '$1,000 a share', 'earnings per share': a unit, not a percentage
            after = self.m[i + 1].text if i + 1 < len(self.m) else ""
            if x.kind == "kw" and x.kw[0] == "share" and x.text in ("share", "shares") and i > 0 and \
                    self.m[i - 1].text in ("a", "per", "each") and after != "of":
                x.kind, x.kw, x.used = "word", (), True
            # 'which machines had a breakdown last month?': an event of the rows, not a split of them
            if x.kind == "kw" and x.kw[0] == "share" and x.text == "breakdown" and i > 0 and \
                    self.m[i - 1].text in ("a", "an", "any", "no") and after not in ("of", "by"):
                x.kind, x.kw = "word", ()
        first = next((x for x in self.m if x.text not in ("ok", "okay", "so", "well")), None)
        r.connective = bool(first and first.kind == "kw" and first.kw[0] in ("connective", "instead", "too")) or \
            bool(first and first.text in ("and", "what about", "how about", "only", "just", "now", "but", "also"))
        # "list the employees with their titles": 'their' is the employees named just before, not
        # the previous answer
        # 'the 10-year interest rate at its highest': 'its' is of the column or value named before it
        # ('how many companies are based in its state?': never of rows named in the plural)
        r.anaphora = any(x.kind == "kw" and x.kw[0] == "anaphora" and not (
            x.text in ("their", "its") and any(y.kind == "ref" and y.ref is not None and
                                               (y.ref.kind == "table" and not (x.text == "its" and self._plural_rows(j))
                                                or x.text == "its" and y.ref.kind != "table") or
                                               y.kind == "value" and x.text == "its"
                                               for j, y in enumerate(self.m[:i]))) for i, x in enumerate(self.m)) or \
            any(x.kind == "kw" and x.kw[0] == "sortword" and x.text.endswith((" them", " it")) for x in self.m)
        for i, x in enumerate(self.m):
            # 'which cooperative does each belong to?', 'what sector is each of them in?': each of the
            # rows of the previous answer
            after = self.m[i + 1] if i + 1 < len(self.m) else None
            if self.previous is not None and x.kind == "kw" and x.text == "each" and i > 0 and \
                    self.m[i - 1].text in ("does", "do", "did", "is", "was", "are", "were") and \
                    (after is None or after.text in ("of them", "of those", "one", "in", "on", "at", "belong", "fall",
                                                     "come", "?")):
                r.anaphora = True
            if self.previous is not None and x.kind == "kw" and x.text == "each" and i > 1 and after is not None and \
                    after.text == "?" and self.m[i - 1].text in ("on", "for", "of", "at", "behind") and \
                    first is not None and first.kind == "kw" and first.kw[0] == "list" and \
                    not self.kws("count") and not self.kws("agg"):
                # 'who was the lead contractor on each?': the one of each row of the previous answer
                r.anaphora = r.each_row = True
                x.kind, x.kw, x.used = "kw", ("anaphora", None), False
        r.too = bool(self.kws("too")) or bool(re.search(r"\b(too|as well|also)\b", self.question.lower()))
        r.instead = bool(self.kws("instead"))
        r.share = bool(self.kws("share"))
        for i, x in enumerate(self.m):
            # 'the employees there', 'who works in it': a place the previous answer named (not 'are there')
            if x.text == "there" and not _there_within(self.m[:i]) and not (
                    i > 0 and self.m[i - 1].text in ("is", "are", "was", "were", "be", "been")) and not (
                    i + 1 < len(self.m) and self.m[i + 1].text in ("is", "are", "was", "were")):
                x.kind, x.kw = "kw", ("place", None)
        if self.previous is not None:
            for k in self.kws("reverse") + self.kws("reset"):
                k.used = True
                setattr(r, k.kw[0], True)
        r.when = bool(self.tokens) and self.tokens[0].text == "when"
        if self.previous is not None and re.match(r"(in |on )?(which|what) (month|year|day|date|quarter|time)s?"
                                                  r"( (was|is|did|were) (that|it|this)\b|\W*$)", self.question.lower()):
            r.when = True           # "in which month was that?", "in which month?" after the lowest value: its date
            for x in self.m:
                if dates.UNITS.get(x.text) or x.text in ("date", "day", "time"):
                    x.used = True
        r.overview = bool(self.kws("overview"))
        self._a_different_one()
        r.distinct = bool(self.kws("distinct"))
        r.listing = bool(first and first.kind == "kw" and first.kw[0] == "list")
        for x in self.m:
            if x.kind in ("ref", "value", "date"):
                r.grounded += 1
        r.unknown = [x.text for x in self.m if x.kind == "word" and not is_filler(x.text)]

    def _values(self) -> None:
        by_col: dict[str, list[tuple[Mention, ValueRef, bool]]] = {}
        for i, x in enumerate(self.m):
            if x.kind != "value":
                continue
            negs = [y for y in self.m[max(0, i - 3): i] if y.kind == "kw" and y.kw[0] == "neg"]
            neg = bool(negs)
            for y in negs:
                y.used = True
            # A value that names several columns: prefer one named nearby ("Texas" + "state").
            v = self._pick_value(i, x)
            by_col.setdefault(f"{v.table}.{v.column}", []).append((x, v, neg))
            x.used = True
            if len(x.values) > 1 and len({(w.table, w.column) for w in x.values}) > 1:
                others = sorted({f"{w.table}.{w.column}" for w in x.values} - {f"{v.table}.{v.column}"})
                self.r.assume(f"'{x.text}'", f"matched {v.column} = '{v.value}' (also found in {', '.join(others)})")
            elif v.score < 1.0 and value_key(v.value) != tuple(x.text.split()):
                self.r.assume(f"'{x.text}'", f"taken to mean {v.column} = '{v.value}'")
        for col, items in by_col.items():
            self._parts_of_one_phrase(items)
            # all spellings of one value in a label column ("Alphabet" -> both share classes)
            vals: list[str] = []
            for x, v, _neg in items:
                same = [w.value for w in x.values if f"{w.table}.{w.column}" == col and
                        (w.score == v.score or _part_of_values(self.tokens, x, v, w))]
                spread = _label_like(self.cat, v) or v.score < 1.0     # "software" -> both software industries
                first = x.values[0].column == v.column or _part_of_values(self.tokens, x, v, v)
                # 'cancelled' where the column holds 'Cancelled', 'cancelled' and 'CANCELLED': every spelling
                # (and 'Florida' where it holds 'Florida' and 'Florida[3]': a footnote mark is no other value)
                cased = [w.value for w in x.values if f"{w.table}.{w.column}" == col and w.value != v.value and
                         isinstance(w.value, str) and unmarked(w.value) == unmarked(str(v.value))]
                if cased:
                    self.r.assume(f"'{x.text}'", f"every spelling of {v.column} '{v.value}': "
                                  + ", ".join(f"'{w}'" for w in [v.value, *cased]))
                for s in (same if first and spread else [v.value]) + cased:
                    if s not in vals:
                        vals.append(s)
                more = self._containing(x, v)
                spread_to = (same if len(same) > 1 and _part_of_values(self.tokens, x, v, v) else []) if not more \
                    else vals + more
                left = self._other_forms_of_the_word(x, v, spread_to) if spread_to else []
                if spread_to:
                    self._drop_single_reading(x, v)
                    self.r.assume(f"'{x.text}'", f"taken to mean every {v.column} containing the word: "
                                  + ", ".join(f"'{w}'" for w in spread_to)
                                  + (f"; not {', '.join(repr(w) for w in left)}, which holds only its stem"
                                     if left else ""))
                if more:
                    vals.extend(more)
            neg = items[0][2]
            op = ("not in" if neg else "in") if len(vals) > 1 else ("!=" if neg else "=")
            self.r.filters.append(Filter(col, op, vals))
        # a column named next to its own value ("the Financials sector") is just the filter's name
        filtered = {f.column for f in self.r.filters if f.column}
        for i, x in enumerate(self.m):
            grouped = i > 0 and self.m[i - 1].kind == "kw" and self.m[i - 1].kw[0] == "group"
            if x.kind == "ref" and x.col in filtered and not grouped:
                x.used = True           # (but 'per sector, excluding Energy' still groups by sector)
            elif x.kind == "ref" and x.alternatives and not grouped:
                alts = {f"{t}.{c}" for t, c in x.alternatives}
                if alts & filtered:
                    x.used = True
            elif x.kind == "ref" and not grouped and self._rows_of_a_value_before(i, filtered):
                x.used = True
            elif x.kind == "ref" and not grouped and (col := self._place_word_of_a_value_after(i, filtered)):
                x.used = True
                x.ref = Ref("column", *col.split("."), 1)      # it names the value's column
                x.refs = [x.ref]

    def _parts_of_one_phrase(self, items: list) -> None:
        """'in half marathons' where 'half' is part of 'Paris Half' and 'marathons' part of 'Lyon
        Marathon': two words side by side, each only part of values of one column, name one kind of
        thing together; the values holding either word are not it (declined, naming the words)."""
        for (x, v, _n), (y, w, _m) in zip(items, items[1:]):
            both = {u.value for u in x.values if (u.table, u.column) == (v.table, v.column)} & \
                {u.value for u in y.values if (u.table, u.column) == (w.table, w.column)}
            if y.start == x.end and not both and value_key(v.value) != tuple(x.text.split()) and \
                    value_key(w.value) != tuple(y.text.split()):
                phrase = f"{x.text} {y.text}"
                raise CannotAnswer(f"'{phrase}' matches no value of {v.column}: each word is only part of "
                                   f"some values ('{v.value}', '{w.value}')", [phrase])

    def _place_word_of_a_value_after(self, i: int, filtered: set[str]) -> str | None:
        """'companies with their headquarters in Chicago' where 'headquarters' reads as hq_region and
        Chicago is an hq_city: a category word of the same table right before 'in <value>' says what
        kind of thing the value is; it is no column to show (nor to group by)."""
        x = self.m[i]
        if x.col is None or x.ref is None or x.ref.kind != "column" or i + 2 >= len(self.m) or \
                self.m[i + 1].text != "in" or self.m[i + 2].kind != "value":
            return None
        t, c = x.col.split(".")
        v = self.m[i + 2]
        col = next((f for f in filtered if any(f"{w.table}.{w.column}" == f for w in v.values or [])), None)
        ok = col is not None and col.split(".")[0] == t and col != x.col and \
            self.cat.column(t, c).kind == "text" and self.cat.is_dimension(t, c)
        return col if ok else None

    def _rows_of_a_value_before(self, i: int, filtered: set[str]) -> bool:
        """'wineries that use red grapes' where Color is a column of grapes and wine.Grape points at
        grapes: the noun after the value is the rows the value qualifies (through the key that names
        them), not a column to show."""
        x = self.m[i]
        if i == 0 or self.m[i - 1].kind != "value" or x.col is None:
            return False
        owners = {c.split(".")[0] for c in filtered}
        t, c = x.col.split(".")
        return t not in owners and any(
            (f.table, f.column) == (t, c) and f.ref_table in owners for f in self.cat.foreign_keys) and \
            any(r.kind == "table" and r.table in owners for r in x.refs)

    def _drop_single_reading(self, x: Mention, v: ValueRef) -> None:
        """A word spread over every value holding it no longer means the one value first matched."""
        single = {"concept": f"'{x.text}'", "explanation": f"taken to mean {v.column} = '{v.value}'"}
        self.r.assumptions[:] = [a for a in self.r.assumptions if a != single]

    def _other_forms_of_the_word(self, x: Mention, v: ValueRef, spread_to: list[str]) -> list[str]:
        """'banks' spread over 'Regional Banks' and 'Diversified Banks' while the column also holds
        'Investment Banking & Brokerage': a value sharing only the stem is left out, and the
        statement says which, so a reader sees where the line was drawn."""
        if x.end - x.start != 1:
            return []
        tok = self.tokens[x.start]
        return sorted({w.value for w in self.cat.partial.get(tok.stem, set())
                       if (w.table, w.column) == (v.table, v.column) and w.value not in spread_to
                       and not same_word(tok.text, w.value)})

    def _containing(self, x: Mention, v: ValueRef) -> list[str]:
        """'semiconductors' names the value 'Semiconductors' and also 'Semiconductor Materials &
        Equipment': a one-word category matches every value of its column containing the word."""
        if x.end - x.start != 1 or not self.cat.is_dimension(v.table, v.column) or _label_like(self.cat, v):
            return []
        tok = self.tokens[x.start]
        if tok.raw[:1].isupper() and tok.raw == v.value:
            return []           # 'Professor' typed as the value is that value, not every '… Professor'
        if self._modifies_a_table_noun(x) and v.score >= 1.0:
            return []           # 'semiconductor companies': the category named so, not every '… semiconductor …'
        found = {w for w in self.cat.partial.get(tok.stem, set()) | self.cat.partial.get(tok.text, set())
                 if same_word(tok.text, w.value)}
        names = {w.value for w in x.values if (w.table, w.column) == (v.table, v.column)}
        return sorted(w.value for w in found if (w.table, w.column) == (v.table, v.column) and w.value not in names)

    def _modifies_a_table_noun(self, x: Mention) -> bool:
        """'semiconductor companies', 'bank branches': a word right before the noun of a table's rows
        qualifies them by the category it equals ('make semiconductors' keeps every value holding it)."""
        nxt = next((y for y in self.m if y.start == x.end), None)
        return nxt is not None and nxt.kind == "ref" and nxt.ref is not None and nxt.ref.kind == "table"

    def _pick_value(self, i: int, x: Mention) -> ValueRef:
        """A value found in columns of several tables ('Nigeria': the learners' and the instructors'
        country) is the column named nearby, else the column of a table the question names (the rows
        asked about), else the column the previous answer filtered on; else the first, stated."""
        named = {m.col for m in self.m if m.kind == "ref" and m.col}
        for v in x.values:
            if f"{v.table}.{v.column}" in named:
                return v
        # (a table is also named by a word the catalog reads as its own key: 'subs' for subId)
        tables = [m.ref.table for m in self.m if m.kind == "ref" and m.ref is not None and m.ref.kind == "table"]
        tables += [r.table for m in self.m if m.kind == "ref" and m.ref is not None and m.ref.kind == "column"
                   for r in m.refs or [] if r.kind == "column" and self.cat.tables[r.table].primary_key == [r.column]]
        held = [t for t in dict.fromkeys(tables) if any(v.table == t for v in x.values)]
        if len(held) == 1 and len({v.column for v in x.values if v.table == held[0]}) == 1:
            return next(v for v in x.values if v.table == held[0])
        prev_cols = {f.column for f in self.previous.filters} if self.previous else set()
        for v in x.values:
            if f"{v.table}.{v.column}" in prev_cols:
                return v
        theirs = self._of_the_rows_pointed_at(i, x)
        if theirs is not None:
            return theirs
        # 'only those from California' after a list of wines: the listed rows' own column (wine.State),
        # not a column of a table joined to them (appellations.Appelation)
        own = [v for v in x.values if self.previous is not None and v.table == self.previous.table]
        if len({v.column for v in own}) == 1:
            return own[0]
        above = self._value_of_a_table_above_the_rows(x)
        return above if above is not None else x.values[0]

    def _value_of_a_table_above_the_rows(self, x: Mention) -> ValueRef | None:
        """'how many P1s were there in test?' where 'P1' is a priority of incidents and 'test' both a
        user name of the auth log and an environment of the servers the incidents are on: the rows
        other values name (incidents) reach servers one row each, but the auth log only by fanning
        out to many rows of another thing — the value is of the one column of a table those rows
        reach without fanning out. None when no other value names the rows, or when that does not
        leave exactly one column."""
        anchors = {w.table for y in self.m if y.kind == "value" and y is not x and y.values
                   for w in y.values[:1] if len({v.table for v in y.values}) == 1}
        if not anchors or len({v.table for v in x.values}) < 2:
            return None
        reach = [v for v in x.values if all(self.cat.connected(a, v.table) and
                                            (a == v.table or not self.cat.fans_out(a, v.table)) for a in anchors)]
        if len({(v.table, v.column) for v in reach}) != 1 or len(reach) == len(x.values):
            return None
        return reach[0]

    def _of_the_rows_pointed_at(self, i: int, x: Mention) -> ValueRef | None:
        """'the ones in Boise', 'which of those are in Ohio?': a value after a pointer at the rows
        a previous listing shows is of those rows — the column the previous answer shows, else the one
        column of its table that holds the value."""
        p = self.previous
        if p is None or p.measures or p.group or p.inner is not None or p.within is not None or \
                not any(y.kind == "kw" and y.kw[0] == "anaphora" for y in self.m[:i]):
            return None             # (after a count, 'them' may be the rows counted or the ones they belong to)
        shown = set(p.select) | {g.column for g in p.group}
        for v in x.values:
            if f"{v.table}.{v.column}" in shown:
                return v
        own = [v for v in x.values if v.table == p.table]
        cols = sorted({v.column for v in own})
        if len(cols) > 1:
            raise CannotAnswer(f"'{x.text}' is a value of several columns of the {p.table.replace('_', ' ')} the "
                               f"previous answer shows ({', '.join(cols)}); name the column ('… whose {cols[0]} is "
                               f"{own[0].value}')", [x.text])
        return own[0] if own else None

    # dates --------------------------------------------------------------------------

    def _tables_in_play(self) -> list[str]:
        out = []
        if self.r.entity:
            out.append(self.r.entity)
        named = {x.ref.table for x in self.m if x.kind == "ref" and x.ref} | {self.r.entity}
        for x in self.m:
            t = x.ref.table if x.kind == "ref" and x.ref else (self._value_table(x, named) if x.kind == "value" else None)
            if t and t not in out:
                out.append(t)
        if self.previous:
            for t in self.previous.tables():
                if t not in out:
                    out.append(t)
        return out

    @staticmethod
    def _value_table(x: Mention, named: set) -> str | None:
        """'how many completed appointments in 2024?' where 'completed' is a status of appointments and
        of their status log: the reading of the value on a table the question names, not the other
        table (which would bring its own dates into play)."""
        on_named = [v.table for v in x.values if v.table in named]
        return on_named[0] if on_named else (x.values[0].table if x.values else None)

    # grouping -----------------------------------------------------------------------
    def _rows_per_entity(self, g: Mention, target: Mention) -> bool:
        """'active subs per plan', 'appointments per department': rows named right before 'per' and
        no measure is the number of those rows for each of the entities they belong to."""
        i = self.idx(g)
        rows = self.m[i - 1] if i > 0 else None
        if g.text != "per" or rows is None or rows.kind != "ref" or rows.used or rows.ref is None or \
                self.r.measures or self.kws("count") or self.kws("agg") or self.kws("share") or \
                (self.previous is not None and self.previous.measures):
            return False
        t = rows.ref.table
        if rows.ref.kind == "column" and self.cat.tables[t].primary_key != [rows.ref.column]:
            return False                # 'revenue per plan' is no count
        if any(x.kind == "ref" and x.col and x is not rows and self.cat.is_measure(*x.col.split(".")) for x in self.m):
            return False                # 'total amount of orders per user': a measure is named
        if t == target.ref.table or not self.cat.fans_out(target.ref.table, t) or \
                self.cat.fans_out(t, target.ref.table) or self.r.entity not in (None, t):
            return False
        rows.used = True
        self.r.entity = t
        self.r.measures.append(Agg("count"))
        self.r.group.extend(Dim(c) for c in self.cat.entity_group(target.ref.table))
        self.r.assume("count", f"'{rows.text} {g.text} {target.text}': the number of {t.replace('_', ' ')} for each "
                               f"of the {target.ref.table.replace('_', ' ')}")
        return True

    def _time_rank_by(self, g: Mention) -> bool:
        """'the 3 oldest companies by year founded': 'by year' after a time superlative, right before
        the year column it names, says what ranks the rows (the superlative reads it), no grouping."""
        i = self.idx(g)
        after = self.m[i + 1] if i + 1 < len(self.m) else None
        return g.text.startswith("by ") and after is not None and after.kind == "ref" and after.col is not None \
            and self.cat.is_time(*after.col.split(".")) and \
            any(x.kind == "kw" and x.kw[0] == "rank" and x.text in ranks.TIME_RANKS for x in self.m[:i])

    def _per_event(self, g: Mention, target: Mention) -> bool:
        """'average volume per move' where 'move' only names the date column move_date by its event
        word: each row of that table is one move, so the average is over its rows (no grouping, True);
        'total volume per move' or a measure of another table is no period either (declined). A
        time word ('per day', 'by date') or a weak name's 'by' is left to the time groupings."""
        t, c = target.ref.table, target.ref.column
        if g.text not in ("per", "each", "every", "for each", "for every") or target.ref.strength > 1 or \
                not self.cat.is_time(t, c) or dates.UNITS.get(target.text) or \
                stem(target.text) in {stem(w) for w in ("date", "day", "time", "period")}:
            return False
        aggs = [k for k in self.kws("agg") if self.idx(k) < self.idx(g)]
        measure = self.prev_mention(self.idx(g), kinds=("ref",), within=2)
        if not (len(aggs) == 1 and aggs[0].kw[1] == "avg" and measure is not None and measure.col and
                measure.ref.table == t and self.cat.is_measure(t, measure.ref.column)):
            raise CannotAnswer(f"'{g.text} {target.text}': {target.text} only names the date {c}, so this is "
                               f"no period to group by; say 'per year' or 'per month', or ask for the average",
                               [f"{g.text} {target.text}"])
        g.used = True
        self.r.assume(c, f"'{g.text} {target.text}': each {t.replace('_', ' ')} row is one {target.text}, "
                         "so the average is over those rows")
        return True

    def _each_of_the_values_listed(self) -> None:
        """'what attr_keys are in tbl_account_attr and how many rows each?', 'which firmware versions
        are deployed, with a count of sensors each': in a question of its own, a closing 'each' after
        a count is each of the values the question lists (one column named in the plural before the
        count), never a pointer at an earlier answer."""
        if self.previous is not None or not self.kws("count"):
            return
        m = [x for x in self.m if x.text not in ("?", ".", "!")]
        last = m[-1] if m else None
        if last is None or last.kind != "kw" or last.text != "each" or last.used:
            return
        count = self.idx(self.kws("count")[0])
        listed = [x for x in self.m[:count] if x.kind == "ref" and x.col and not x.used]
        if len(listed) != 1:
            return
        t, c = listed[0].col.split(".")
        if not self.cat.is_dimension(t, c) or self.cat.is_time(t, c):
            return
        last.used = listed[0].used = True
        last.kind, last.kw = "word", ()         # said of the values listed: no grouping of an earlier answer
        self.r.group.append(Dim(listed[0].col))

    def _counted_by_then_ranked(self, i: int) -> bool:
        """'count companies by hq_region, top 4 desc': 'by' after a count or an aggregate and before every
        rank word groups (the top is of the groups' figures), never an order of the rows by it."""
        before = self.m[:i]
        return any(x.kind == "kw" and x.kw[0] in ("count", "agg") for x in before) and \
            all(self.idx(k) > i + 1 for k in self.kws("rank"))

    def _groups(self) -> None:
        r = self.r
        sort_seen = bool(self.kws("sortword"))
        for g in self.kws("grain"):
            if g.used:
                continue                    # "the last 5 years" is a time frame, not a grouping
            col = dates.time_column_near(self, self.idx(g))
            if self._time_rank_by(g):
                g.used = True               # 'the 3 oldest companies by year founded': ranked by it
                continue
            if col and self._sorted_by(g):
                # 'sort them by the year they were founded': an order by that date, not a grouping
                g.used = True
                r.order.append(Order("col", col, not self._asc_default(*col.split("."))))
                if not self.kws("direction"):
                    r.assume("order", f"sorted by {col.split('.')[1]} ascending (no direction was given)")
                continue
            if col:
                dates.series_of_a_figure_without_dates(self, g, col)
                g.used = True
                r.group.append(Dim(col, dates.grain(self.cat, col, g.kw[1])))
        for g in self.kws("group"):
            i = self.idx(g)
            nxt = self.m[i + 1] if i + 1 < len(self.m) else None
            if nxt is not None and nxt.kind == "word" and nxt.text in ("year", "month", "quarter", "decade"):
                col = dates.time_column_near(self, i)
                if col:
                    g.used = nxt.used = True
                    r.group.append(Dim(col, dates.grain(self.cat, col, nxt.text)))
                    continue
            target = self.next_mention(i, kinds=("ref",), within=3) or self._each_value_of(g)
            if target is not None and target.col and (self.cat.is_measure(*target.col.split(".")) or
                                                      self.cat.is_time(*target.col.split("."))) and \
                    self._each_of_them(i):
                # 'what did each of them spend in total?': the groups are the previous answer's,
                # never the amount named after them ('how many matches did each of them play?': nor
                # the date the verb names)
                g.used = r.group_prev = True
                continue
            if target is None and self._across_the_groups_shown(g):
                continue
            if target is None and (kind := self._each_of_a_kind(g)) is not None:
                # 'how many jobs did each trainee do?', 'trainees: jobs each': one row per technician
                # of that grade (the value is the condition _values set), not one row for the grade
                g.used = True
                r.group.extend(Dim(c) for c in self.cat.entity_group(kind))
                r.assume(kind, f"'{g.text}': one row for each of the {kind} named by the value")
                continue
            if target is None or target.ref is None:
                rest = self.m[i + 1:]
                if rest and (rest[0].kind == "word" or rest[0].text == "one") and self.previous is not None and (
                        (rest[0].text in ("group", "groups", "one", "category") and self.previous.group) or
                        (rest[0].text == "one" and self.previous.distinct and self.previous.select)):
                    rest[0].used = True             # 'how many trips did each group take?': the groups shown
                    rest = rest[1:]                 # ('each one' after a listing of values: each value)
                if g.text == "each" and rest and rest[0].kind == "kw" and rest[0].kw[0] == "anaphora" and \
                        rest[0].text in ("of them", "of those", "of these") and self.previous is not None and \
                        not (self.previous.group or self.previous.measures or self.previous.inner) and \
                        self.previous.limit is None:
                    # 'which markets are in Chester?' → 'the total takings at each of them?': each row
                    # listed (after groups, conditions on their figures would not carry over; the rows
                    # a ranking kept are read by the steps that keep that ranking)
                    rest[0].used = True
                    rest = rest[1:]
                if self._of_each_of_the_groups_shown(i, rest):
                    g.used = r.group_prev = True    # 'how many of each did the lab find?': each group shown
                    continue
                if g.text in ("each", "in each", "for each", "per", "every", "each of them", "each one") and \
                        all(x.used or (x.kind == "word" and not x.text.isalnum()) or
                            (x.kind in ("word", "kw") and x.text in _HAVE) for x in rest):
                    # ('how many bookings did each get?': 'get' is the verb have, not 'get me …')
                    for x in rest:
                        if x.kind == "kw" and x.text in _HAVE:
                            x.kind, x.kw, x.used = "word", (), True
                    g.used = True
                    r.group_prev = True
                elif rest and rest[0].text == "one" and not rest[0].used:
                    raise CannotAnswer(f"'{g.text} one' points at groups or values of the previous answer, "
                                       "and it shows none; name what to group by", [f"{g.text} one"])
                continue
            if not self._settle_group_column(target):
                continue                    # a weak name several columns answer to: declined
            g.used = True
            if target.ref.kind == "table":
                # "by product category": the table names whose column follows
                after = self.next_mention(self.idx(target), kinds=("ref",), within=1)
                if after is not None and after.ref is not None and after.ref.kind == "column" \
                        and after.ref.table == target.ref.table:
                    target.used = True
                    target = after
            if target.ref.kind == "table":
                target.used = True
                col = f"{target.ref.table}.{self.cat.label(target.ref.table)}"
                # an amount of another table ('total amount of orders per user') adds up per entity
                if self._rows_per_entity(g, target):
                    continue
                amounts = any(x.kind == "ref" and x.col and x.ref.table != target.ref.table and
                              self.cat.default_agg(x.col) == "sum" for x in self.m)
                if g.text in ("each", "every", "for each", "in each", "for every", "per", "by") and \
                        not (self.r.measures or self.kws("count") or self.kws("agg") or self.kws("rank") or
                             self.kws("share")) and \
                        not (self.previous is not None and self.previous.measures) and not amounts and \
                        not self._rows_by_their_parent(i, target):
                    # "each company" with nothing to aggregate is a plain listing
                    r.entity = r.entity or target.ref.table
                    continue
                if not self.cat.tables[target.ref.table].primary_key:
                    # rows with no key nor name ('visits'): 'average spent per visit' is per row, an
                    # average over them; any other grouping by them would group by an arbitrary column
                    raise CannotAnswer(f"'{g.text} {target.text}': the rows of {target.ref.table} have no key or "
                                       "name to tell them apart, so they cannot be grouped one by one",
                                       [f"{g.text} {target.text}"])
                r.group.extend(Dim(c) for c in self.cat.entity_group(target.ref.table))   # one row per entity
                continue
            t, c = target.ref.table, target.ref.column
            target.used = True
            before_sort = sort_seen and any(self.idx(s) < i for s in self.kws("sortword"))
            ordering = g.text == "by" and self.kws("direction") and not (self.kws("count") or self.kws("agg"))
            if self._aggregate_by_a_measure(g, t, c, sort_seen):
                r.group.append(Dim(f"{t}.{c}"))
                continue
            # 'in each major', 'for every year' name the groups even where the column holds numbers
            # (a code, a count); 'by age' with a number column is an order
            if (self.cat.is_measure(t, c) and g.text not in _EACH and not self._by_a_period_number(g, t, c)) or \
                    before_sort or ordering or \
                    (self.kws("rank") and g.text == "by" and not self._counted_by_then_ranked(i)):
                r.order.append(Order("col", f"{t}.{c}", not (self._asc_default(t, c) or self._plain_sort(before_sort))))
                if before_sort and not self.kws("direction") and not self.kws("rank"):
                    r.assume("order", f"sorted by {c} {'from highest to lowest' if r.order[-1].desc else 'ascending'}"
                                      " (no direction was given)")
                continue
            if self._per_event(g, target):
                continue
            grain = None
            if self.cat.column(t, c).kind == "date":
                # 'by month' where 'month' found the date column: that unit ('by date': the year, said)
                unit = target.text.rstrip("s") if target.text.rstrip("s") in ("month", "quarter", "week", "day",
                                                                              "decade", "year") else None
                grain = dates.grain(self.cat, f"{t}.{c}", unit) if unit else None
                if grain is None:
                    grain = "year"
                    r.assume("time grouping", f"grouped {c} by year")
            r.group.append(Dim(f"{t}.{c}", grain))

    def _by_a_period_number(self, g: Mention, t: str, c: str) -> bool:
        """'units by qtr', 'sales by mth' where qtr and mth are numbers of a calendar (1-4, 1-12):
        'by' a column named for a part of the year, with no sort word, ranking or direction, groups
        by it — a quarter is no size to order rows by."""
        words = set(self.cat.name_words_of(c))
        return g.text == "by" and bool(words & _PERIOD_PART_WORDS) and \
            0 < self.cat.column(t, c).profile.distinct <= 53 and \
            not (self.kws("sortword") or self.kws("rank") or self.kws("direction"))

    def _rows_by_their_parent(self, i: int, target: Mention) -> bool:
        """'delayed shipments by client': rows named in the plural right before 'by', of a table with
        many rows for each row of the table after it, are counted for each of those (a listing of the
        clients that have one would answer another question)."""
        rows = self.m[i - 1] if i > 0 else None
        return self.m[i].text == "by" and rows is not None and rows.kind == "ref" and rows.ref is not None and \
            rows.ref.kind == "table" and rows.ref.table != target.ref.table and \
            named_in_the_plural(rows.text) and self.cat.fans_out(target.ref.table, rows.ref.table)

    def _aggregate_by_a_measure(self, g: Mention, t: str, c: str, sort_seen: bool) -> bool:
        """'average rate by floor level', 'count of units by sq ft': an aggregate 'by' a number
        column, with no superlative, sort word or direction, is one figure per value of that column
        (never the rows with its highest value). A number with too many values to be groups is
        declined: neither reading is safe."""
        if g.text != "by" or not self.cat.is_measure(t, c) or sort_seen or self.kws("rank") or \
                self.kws("direction") or not (self.kws("count") or self.kws("agg") or self._grouped_already(g)):
            return False
        if self.cat.column(t, c).profile.distinct > GROUPABLE_NUMBER_VALUES:
            raise CannotAnswer(f"'{g.text} {self.m[self.idx(g) + 1].text}': {c} is a number with "
                               f"{self.cat.column(t, c).profile.distinct} different values, too many to be "
                               "groups, and no word says to rank by it", [f"{g.text} {c}"])
        return True

    def _of_each_of_the_groups_shown(self, i: int, rest: list) -> bool:
        """'how many of each did the lab find?' after groups: 'of each' with no noun after it points
        at each group of the previous answer (the rest being values, verbs or a listing word), never
        one figure over all of them."""
        return self.m[i].text == "each" and i > 0 and self.m[i - 1].text == "of" and self.previous is not None \
            and bool(self.previous.group) and all(
                x.used or x.kind in ("value", "word", "date") or x.kind == "kw" and x.kw[0] == "list" for x in rest)

    def _grouped_already(self, g: Mention) -> bool:
        """'parcels issued per year by household size': another grouping said beside 'by' makes the
        question a breakdown, so 'by' a number column is a second grouping too (not an order)."""
        return any(x is not g for x in self.kws("group") + self.kws("grain"))

    def _sorted_by(self, g: Mention) -> bool:
        """'sort them by the year …', 'order by month': a sort word just before the time word,
        in a question that counts or aggregates nothing (there 'by year' may still group)."""
        i = self.idx(g)
        return i > 0 and self.m[i - 1].kind == "kw" and self.m[i - 1].kw[0] == "sortword" and \
            not (self.kws("count") or self.kws("agg") or self.kws("group") or self.r.measures)

    def _each_of_them(self, i: int) -> bool:
        nxt = self.m[i + 1] if i + 1 < len(self.m) else None
        return self.previous is not None and nxt is not None and nxt.kind == "kw" and nxt.kw[0] == "anaphora" and \
            nxt.text in ("of them", "of those", "of these")

    def _settle_group_column(self, target: Mention) -> bool:
        """'for each of those titles' where 'titles' loosely names first_name, job_title and
        last_name: the one the previous answer groups by; with none of them there, a loose name
        of several columns is no grouping the engine can pick (False: left unused, declined)."""
        alts = {f"{t}.{c}" for t, c in (target.alternatives or ())}
        if target.ref is None or target.ref.kind != "column" or len(alts) < 2:
            return True
        shown = {d.column for d in self.previous.group} if self.previous is not None else set()
        kept = sorted(alts & shown)
        if len(kept) == 1:
            t, c = kept[0].split(".")
            target.ref = next(r for r in target.refs if (r.table, r.column) == (t, c))
            return True
        if target.ref.strength > 1:
            return True
        target.kind, target.ref, target.refs = "word", None, []     # unaccounted: the ledger names it
        return False

    def _each_of_a_kind(self, g: Mention) -> str | None:
        """'how many jobs did each trainee do?', 'trainees: jobs each in 2025' where 'Trainee' is a
        grade of technicians: 'each' before a value of a kind column of a table of named rows (or
        after the rows counted, the value said in the plural as those it is said of) asks for one
        row per row of that table having the value. The table of the rows counted or aggregated
        has many rows for each of them."""
        if g.text not in ("each", "every", "for each", "per"):
            return None
        i = self.idx(g)
        after = self.m[i + 1] if i + 1 < len(self.m) else None
        before = self.m[i - 1] if i > 0 else None
        rows_per = g.text == "per" and before is not None and before.kind == "ref" and before.ref is not None and \
            before.ref.kind == "table" and named_in_the_plural(before.text)     # 'jobs per trainee': counted
        if not (self.kws("count") or self.kws("agg") or rows_per or self.previous is not None and self.previous.measures):
            return None
        if after is not None and after.kind == "value":
            value = after
        elif g.text == "each" and before is not None and before.kind == "ref" and before.ref is not None and \
                before.ref.kind == "table" and (after is None or after.kind != "ref"):
            said = [x for x in self.m[:i - 1] if x.kind == "value" and named_in_the_plural(x.text)]
            value = said[0] if len(said) == 1 else None
        else:
            return None
        if value is None or not value.values or len({(v.table, v.column) for v in value.values}) != 1 or \
                value.values[0].score < 0.9:
            return None
        t, c = value.values[0].table, value.values[0].column
        info = self.cat.tables[t]
        if len(info.primary_key) != 1 or c in self.cat.label_columns(t) or not self.cat.is_dimension(t, c) or \
                self.cat.label(t) in info.primary_key:
            return None
        rows = {x.ref.table for x in self.m if x.kind == "ref" and x.ref is not None and x.ref.table != t}
        return t if rows and all(self.cat.fans_out(t, u) for u in rows) else None

    def _each_value_of(self, g: Mention) -> Mention | None:
        """'for every number of cylinders', 'each value of rating': the groups are the values of
        the column named after 'number of' / 'value of', not a count or a total of it."""
        if g.text not in _EACH:
            return None
        i = self.idx(g)
        rest = self.m[i + 1:i + 4]
        if len(rest) < 2:
            return None
        head, col = rest[0], rest[1]
        if head.kind == "kw" and head.kw[0] == "count" and head.text == "number of":
            pass
        elif head.kind == "word" and head.text in ("value", "values") and col.text == "of" and len(rest) > 2:
            col = rest[2]
            rest[1].used = True
        else:
            return None
        if col.kind != "ref" or col.used or col.ref is None or col.ref.kind != "column":
            return None
        head.used = True
        head.kind, head.kw = "word", None           # the values named, not a count of them
        return col

    def _rows_named(self, x: Mention | None) -> str | None:
        """The table whose rows a mention names: the table itself ('countries'), its label column
        ('makers' → car_makers.Maker), or a key that points at it ('makers' → models.maker_id)."""
        if x is None or x.kind != "ref" or x.ref is None:
            return None
        if x.ref.kind == "table":
            return x.ref.table
        top = max(ref.strength for ref in x.refs)
        found = {self._table_of_rows(ref) for ref in x.refs if ref.strength == top} - {None}
        return found.pop() if len(found) == 1 else None

    def _entity_dims(self, x: Mention, table: str) -> list[str]:
        """One group per row of `table`, shown by the column the word named ('makers' → Maker),
        else by its name; with its key when the name is not unique (two guests called Maya)."""
        own = [ref.column for ref in x.refs if ref.kind == "column" and ref.table == table and
               ref.strength == x.ref.strength and self.cat.column(table, ref.column).kind == "text"]
        t = self.cat.tables[table]
        if len(own) != 1 or len(t.primary_key) != 1:
            return self.cat.entity_group(table)
        unique = t.row_count and self.cat.column(table, own[0]).profile.distinct == t.row_count
        return [f"{table}.{own[0]}"] if unique else [f"{table}.{t.primary_key[0]}", f"{table}.{own[0]}"]

    @staticmethod
    def _rows_ref(x: Mention, table: str) -> Ref:
        """The mention read as the rows of `table` (what the ledger then finds in the plan)."""
        return x.ref if x.ref.kind == "table" else Ref("table", table, "", x.ref.strength)

    def _table_of_rows(self, ref: Ref) -> str | None:
        if ref.kind == "table":
            return ref.table
        t, c = ref.table, ref.column
        if self.cat.column(t, c).kind == "text" and len(self.cat.tables[t].primary_key) == 1 and \
                (self.cat.label(t) == c or stem(c.lower()) == stem(singular(t).split("_")[-1].lower())):
            return t                # the rows' name: the label, or a column named as the table (car_makers.Maker)
        if self.cat.tables[t].primary_key == [c]:
            return t                # 'players' → poker_player.Poker_Player_ID: the key names its rows
        fk = next((f for f in self.cat.foreign_keys if (f.table, f.column) == (t, c)), None)
        return fk.ref_table if fk is not None else None

    def _rows_after_values(self, i: int) -> Mention | None:
        """'how many graffiti removal requests', 'how many of the requests': past the values that
        qualify them (and 'of the'), the rows counted, named by their table or by its key
        ('requests' → request_id)."""
        for x in self.m[i + 1:i + 6]:
            if x.kind == "value" or (x.kind == "word" and x.text in STOP) or x.text == "of":
                continue
            if x.kind == "ref" and not x.used and x.ref is not None and (
                    x.ref.kind == "table" or self.cat.tables[x.ref.table].primary_key == [x.ref.column]):
                return x
            return None
        return None

    def _event_date_set(self, target: Mention, noun: Mention) -> bool:
        """'deleted agents', 'closed deals': a past participle naming a date column of the noun's
        own table that some rows leave empty (the event has not happened to them)."""
        t, c = target.ref.table, target.ref.column
        return noun.ref.table == t and event_some_rows_lack(target.text, t, c, self.cat)

    def _counted_noun(self, target: Mention) -> Mention | None:
        """'how many mega cap companies': the table right after a measure is what is counted."""
        j = self.idx(target) + 1
        if j < len(self.m):
            x = self.m[j]
            if x.kind == "ref" and not x.used and x.ref is not None and (x.ref.kind == "table" or (
                    x.ref.kind == "column" and self.cat.label(x.ref.table) == x.ref.column)):
                return x            # 'companies', or 'titles' naming the title column of titles
        return None

    def _events_of_the_rows(self, target: Mention) -> Mention | None:
        """'how many status changes did Ravi record?' over a history table (status, changed_at): a
        column word followed by a plural noun naming the same table's date of the event ('changes'
        → changed_at) counts the events, one a row, not the column's distinct values."""
        i = self.idx(target)
        event = self.m[i + 1] if i + 1 < len(self.m) else None
        if event is None or event.kind != "ref" or not event.col or " " in event.text or \
                event.ref.table != target.ref.table or not self.cat.is_time(*event.col.split(".")) or \
                not named_in_the_plural(event.text) or not self._history_of(target.ref.table, target.ref.column):
            return None
        return event

    def _rows_of_the_verb(self, target: Mention) -> Mention | None:
        """'sessions were booked' where 'booked' names the very table of the date column the noun
        names (bookings.session_date): the verb of that table's rows, said of the noun."""
        i = self.idx(target)
        rest = [y for y in self.m[i + 1:i + 4] if not (y.kind == "word" and y.text in ("were", "was", "been", "being"))]
        verb = rest[0] if rest else None
        if verb is None or verb.kind != "ref" or verb.ref is None or verb.ref.kind != "table" or \
                verb.ref.table != target.ref.table or not verb.text.endswith("ed") or verb.text == target.text:
            return None
        return verb

    def _history_of(self, t: str, c: str) -> bool:
        """A table whose rows are the successive values of a column (job_status_history.status): its
        name says a history or log, or it points at a table holding the same column's current value
        (jobs.current_status)."""
        if {w.lower() for w in self.cat.name_words_of(t)} & _HISTORY_WORDS:
            return True
        own = {stem(w) for w in self.cat.name_words_of(c)}
        return any(own <= {stem(w) for w in self.cat.name_words_of(o)}
                   for fk in self.cat.foreign_keys if fk.table == t and fk.ref_table != t
                   for o in self.cat.tables[fk.ref_table].columns)

    def _names_rows(self, t: str, c: str) -> bool:
        """'how many episodes …' where Episode is the text that names the rows of a table with no name
        column (its label is its key) and the rows' most varied text: the rows are counted, two
        episodes with one title stay two."""
        table, col = self.cat.tables[t], self.cat.column(t, c)
        if not table.row_count or col.kind != "text" or self.cat.label(t) not in table.primary_key or \
                self.kws("distinct") or col.profile.distinct < 0.5 * table.row_count:
            return False
        texts = [self.cat.column(t, o).profile.distinct for o in table.columns
                 if o != c and self.cat.column(t, o).kind == "text" and not self.cat.is_key(t, o)]
        return all(n < col.profile.distinct for n in texts)

    def _plain_sort(self, sorted_: bool) -> bool:
        """'sort them by P/E', 'order by price' with no direction: ascending, as SQL and every
        spreadsheet sort; 'rank them by P/E' (or a ranking word) is highest first."""
        return sorted_ and not self.kws("direction") and not self.kws("rank") and \
            not any(s.text.startswith("rank") for s in self.kws("sortword"))

    def _asc_default(self, t: str, c: str) -> bool:
        col = self.cat.column(t, c)
        return col.kind in ("text", "date", "year")

    # measures -----------------------------------------------------------------------
    def _counted_by_a_money_word(self, target: Mention) -> bool:
        """'how many tournament entry payments were made?' where 'payments' names the amount column
        (AmountCents) only as a word for money: 'how many' counts payments, never adds up an amount.
        In a table of dated events each row is one of them (True: its rows are counted); elsewhere
        the rows may be anything (declined: neither a count nor a total is safe)."""
        t, c = target.ref.table, target.ref.column
        if target.ref.strength > 1 or not target.text.endswith("s") or (t, c) not in self.cat.role_columns("money"):
            return False
        if not self.cat.time_columns(t) or not self.cat.tables[t].primary_key:
            raise CannotAnswer(f"'how many {target.text}': {target.text} only names the amount {c}, and the rows "
                               f"of {t} are not surely one {singular(target.text)} each", [target.text])
        return True

    def _numbers_the_things_counted(self, target: Mention) -> bool:
        """'how many tanks' where the column is tank_no (tank_number, tank_id): the noun counted,
        in the plural, is the whole name but a last word that numbers or codes it — one value per
        thing, so the things are counted, never their numbers added up. ('num_tanks' or
        'tank_count' hold a quantity: not these; nor a key, whose rows are the things.)"""
        if not named_in_the_plural(target.text) or " " in target.text.strip():
            return False
        words = self.cat._raw_words(target.ref.column)
        return len(words) == 2 and words[-1] in _NUMBERING_WORDS and words[0] == singular(target.text.lower())

    def _rows_named_by_a_column_word(self, target: Mention) -> bool:
        """'how many pending orders' where 'orders' names OrderValue (an amount: value, price, cost…)
        only by the first word of its name: 'how many' counts orders, never adds up their value. When the word is also a word of
        the table's name (ReferredOrders) its rows are counted (True); elsewhere declined."""
        t, c = target.ref.table, target.ref.column
        words = set(self.cat.name_words_of(c))
        if not target.text.endswith("s") or " " in target.text or target.text in words or \
                singular(target.text) not in words or not self.cat.is_measure(t, c) or \
                not words & _AMOUNT_WORDS:
            return False                # ('how many docks' of dock_count counts docks: a total of it)
        if target.text not in self.cat.name_words_of(t):
            raise CannotAnswer(f"'how many {target.text}': {target.text} only names part of {c}, and the rows "
                               f"of {t} are not surely one {singular(target.text)} each", [target.text])
        return True

    def _counts_and_aggs(self) -> None:
        r = self.r
        for k in self.kws("count"):
            i = self.idx(k)
            if k.text == "how much" and not any(x.kind == "ref" and not x.used for x in self.m[i + 1:]) and \
                    self.previous is not None:
                # 'how much do they add up to?': the amount of the rows shown, never how many they are
                size = self.cat.size_measure([self.previous.table])
                if size is None:
                    continue                    # left unaccounted: declined
                k.used, k.kw = True, ("asked", None)
                for x in self.m[i + 1:]:
                    if x.kind == "kw" and x.kw[0] == "anaphora":
                        x.used = True
                r.anaphora = True
                r.measures.append(Agg("sum", f"{size[0]}.{size[1]}"))
                r.assume(size[1], f"'how much' is the total {size[1]}")
                continue
            if k.text == "how much" and not any(x.kind == "ref" and not x.used for x in self.m[i + 1:]) and \
                    self.next_mention(i, kinds=("kw",), within=2) is None:
                continue                        # 'who and how much': an amount, never how many rows (declined)
            k.used = True
            target = self.next_mention(i, kinds=("ref", "kw"), within=4, skip_values=k.text != "how much")
            if k.text == "how much" and target is not None and target.kind == "kw" and target.kw[0] == "in":
                target = self.next_mention(self.idx(target), kinds=("ref",), within=1) or target   # 'in payments'
            distinct = None
            if self._of_their_own_rows(target):
                # 'which driver did the most deliveries?' → 'how many of their deliveries were late?':
                # the rows the previous answer counted, as 'of them'
                target.used = True
                target = self.m[self.idx(target) + 1]
            if target is not None and target.kind == "kw":
                if target.kw[0] == "anaphora":
                    r.count_anaphora = True
                    target.used = True
                distinct = target if target.kw[0] == "distinct" else None
                after = target
                target = self.next_mention(self.idx(target), kinds=("ref",), within=3) if target.kw[0] in (
                    "anaphora", "distinct", "list") else None
                if target is not None and after.kw[0] == "anaphora" and \
                        any(y.text in _HAVING for y in self.m[self.idx(after) + 1:self.idx(target)]):
                    # 'how many of them have a dividend yield above 3%': the rows pointed at are
                    # counted; what they have is said of them, never the thing counted
                    target = None
            if target is None and not r.count_anaphora:
                target = self._rows_after_values(i)
            if k.text == "how much" and target is not None and target.ref is not None and \
                    target.ref.kind == "column" and not self.cat.is_measure(target.ref.table, target.ref.column):
                k.used = False              # 'how much was refunded': an amount, never a count of refund dates
                continue
            if k.text == "how much" and target is not None and target.ref is not None and target.ref.kind == "table" \
                    and not measures.how_much_said_for_how_many(self, k, target, named_in_the_plural(target.text)):
                if not measures.how_much_in_a_table_of_money(self, k, target):
                    k.used = False          # 'how much … in payments' with no one amount to add up: declined
                continue
            agg = Agg("count")
            if distinct is not None and target is not None and target.ref is not None and \
                    target.ref.kind == "column" and not self.cat.is_flag(target.ref.table, target.ref.column):
                # 'how many distinct phone numbers …': the different values of that column, whatever its type
                target.used = distinct.used = True
                r.measures.append(Agg("count", f"{target.ref.table}.{target.ref.column}", distinct=True))
                continue
            if target is not None and target.ref is not None:
                target.used = True
                head = next((y for y in self.m[:i] if y.kind == "ref" and y.ref is not None and y.ref.kind == "table"
                             and y.ref.table != target.ref.table), None) if target.ref.kind == "table" else None
                pk = self.cat.tables[target.ref.table].primary_key
                if head is not None and i > 0 and self.m[i - 1].text == "by" and not self.m[i - 1].used and \
                        len(pk) == 1 and self.cat.fans_out(head.ref.table, target.ref.table):
                    # "top 5 customers by number of orders": the orders of each customer, counted
                    self.m[i - 1].used = head.used = True
                    r.entity = head.ref.table
                    agg = Agg("count", f"{target.ref.table}.{pk[0]}", distinct=True)
                    ranked = self.kws("rank")
                    if ranked:          # ranked by that count ('top 5', 'bottom 3')
                        r.order.append(Order("agg", len(r.measures), ranked[0].kw[1] != "asc"))
                elif target.ref.kind == "table":
                    if distinct is not None:
                        distinct_rows_counted(self.cat, target.ref.table, f"{distinct.text} {target.text}")
                    r.entity = target.ref.table
                else:
                    t, c = target.ref.table, target.ref.column
                    if (self.cat.is_dimension(t, c) or self.cat.is_time(t, c)) and self._names_rows(t, c):
                        agg = Agg("count", f"{t}.{c}")       # each row named, not each distinct name
                    elif self._things_of_a_kind_column(target, c):
                        k.used = target.used = False    # 'how many tickets' over ticketType: declined
                        continue
                    elif self.cat.is_time(t, c) and (verb := self._rows_of_the_verb(target)) is not None:
                        # 'how many sessions were booked': each booking of a session is a row of the
                        # table the verb names; never the distinct dates (session_date)
                        verb.used = True
                        target.kind, target.refs, target.ref = "word", [], None
                        target.used = True
                        r.entity = t
                        r.assume(c, f"'{target.text} {verb.text}': counted the {t} rows (each is one)")
                    elif (event := self._events_of_the_rows(target)) is not None:
                        # 'how many status changes': each change is a row; the column word only says which event
                        event.used = True
                        target.kind, target.refs, target.ref = "word", [], None
                        r.entity = t
                        r.assume(c, f"'{target.text} {event.text}': counted the {t} rows (each is one)")
                    elif self.cat.is_time(t, c) and not named_in_the_plural(target.text) and \
                            (noun := self._counted_noun(target)) is not None:
                        # 'how many closed deals': a date column's word before the counted noun
                        # qualifies the rows, never counts distinct dates: a verb's '-ed' naming a
                        # date the rows of the noun may lack says it is set ('deleted agents');
                        # anything else states no condition (left unused: declined)
                        noun.used = True
                        r.entity = noun.ref.table
                        if self._event_date_set(target, noun):
                            target.used = True
                            r.filters.append(Filter(f"{t}.{c}", "is not null", [], kind="null"))
                        else:
                            target.used, target.qualifier = False, True
                    elif self.cat.is_dimension(t, c) or self.cat.is_time(t, c):
                        agg = Agg("count", f"{t}.{c}", distinct=True)
                    elif k.text == "how many" and self.cat.is_measure(t, c) and not self.cat.is_key(t, c) and \
                            self._numbers_the_things_counted(target):
                        # 'how many tanks' over tank_no: each different tank number is one tank,
                        # never a total of the numbers
                        agg = Agg("count", f"{t}.{c}", distinct=True)
                        r.assume(c, f"'how many {target.text}': the different {c} values, counted")
                    elif self.cat.is_measure(t, c) and not self.cat.is_flag(t, c) and \
                            (noun := self._counted_noun(target)) is not None:
                        # "how many mega cap companies": the rows of the noun are counted; the
                        # measure before it qualifies them, which no condition states (left unused:
                        # the question is declined naming it)
                        target.used, target.qualifier = False, True
                        noun.used = True
                        r.entity = noun.ref.table
                    elif k.text == "how many" and (self._counted_by_a_money_word(target) or
                                                   self._rows_named_by_a_column_word(target)):
                        r.entity = t
                        target.ref = Ref("table", t, strength=1)        # the word names the rows
                        r.assume(c, f"'how many {target.text}': counted the {t} rows (each is one of them), "
                                    f"not the total {c}")
                    elif self.cat.is_measure(t, c) and self._compared_right_after(target) and \
                            not self._previous_rows_cut():
                        # 'how many have a P/E under 15?': the column is a condition on the rows
                        # counted (read by the filters), never a total of it
                        target.used = False
                    elif self.cat.is_measure(t, c):
                        # "how many people live in Paris": the number is in the data already (a row of
                        # the figure's own table named; 'how many units on the Switch?' adds up the
                        # units of the sales rows of the platform named)
                        named = any(f.column and f.column.split(".")[0] == t and
                                    self.cat.label(t) == f.column.split(".")[1] and
                                    not (f.kind == "time" and len(set(f.values)) > 1) for f in r.filters)
                        # (a span of the dates that label the rows, 'in October', names many rows: a total)
                        if named or self._each_of_the_rows_listed(t, i):
                            # ('how many lanes do they have?' after a list of pools: each one's own)
                            r.select.append(f"{t}.{c}")
                        elif self._one_row_of_a_kind(t, i):
                            # 'how many laps is a grand prix?': the figure one such row has (each
                            # different one, once), never a total over them all
                            r.select.append(f"{t}.{c}")
                            r.distinct = True
                            r.assume(c, f"the {c} of one such row (each different value once), not a total")
                        elif (avg := self._on_average(i)) is not None:
                            # "how many minutes do learners spend on average?": the average of that column
                            self._average_of_unit(t, c, avg)
                        elif k.text == "how much" and target.text.endswith("s") and \
                                set(self.cat.name_words_of(c)) & LEVEL_NAMES and \
                                not set(self.cat.name_words_of(c)) & CHARGE_NAMES:
                            k.used = target.used = False    # 'how much are prices?': no amount, no count (declined)
                            continue
                        elif target.text.endswith("s") and set(self.cat.name_words_of(c)) & LEVEL_NAMES and \
                                k.text != "how much":
                            # "how many ratings does each make have?": a level (a rating, a price) is
                            # counted where it was given, never added up ('how much in fees': the
                            # charges taken, added up)
                            r.measures.append(Agg("count", f"{t}.{c}"))
                            r.assume(c, f"counted the rows that have a {c}")
                        else:
                            r.measures.append(Agg("sum", f"{t}.{c}"))
                        continue
                    else:
                        r.entity = t
            r.measures.append(agg)
        aggs = self.kws("agg")
        bound: dict[int, Mention] = {}
        for k in aggs:
            i = self.idx(k)
            if self._aggregate_above(k):
                continue
            if self._over_every_row(i):
                continue
            target = self._column_of(self.next_mention(i, kinds=("ref",), within=4))
            if target is None or target.ref is None or target.ref.kind != "column":
                amount = self._amount_of_rows_named(i)
                before = self.prev_mention(i, kinds=("ref",), within=2)
                target = amount or (before if before and before.ref and before.ref.kind == "column" else None)
            if target is not None:
                bound[i] = target
        for k in aggs:
            i = self.idx(k)
            k.used = True
            if self._over_every_row(i):
                r.everything = True
                continue
            target = bound.get(i)
            if target is None and bound:
                # "the average, minimum and maximum age" / "the maximum capacity and the average"
                target = bound[min(bound, key=lambda j: (abs(j - i), j))]
            if target is None:
                if k.kw[1] == "sum" and self.kws("count") and self._total_of_the_count(i):
                    continue        # "total number of" is a count
                r.agg_only.append(k.kw[1])
                continue
            t, c = target.ref.table, target.ref.column
            if k.kw[1] in ("max", "min") and ranks.head_table(self, i) and self.tokens[0].text in ("which", "who"):
                # "which company has the maximum P/E?" ranks companies
                target.used = True
                r.order.append(Order("col", f"{t}.{c}", k.kw[1] == "max"))
                ranks.limit_for_rank(self, None, i)
                continue
            if k.kw[1] in ("avg", "median") and self.cat.column(t, c).kind == "text":
                k.used = False              # 'the types averaging …': never the average of a name
                continue
            target.used = True
            if k.kw[1] == "sum" and not self.cat.is_measure(t, c):
                continue
            if k.kw[1] == "median":
                r.assume("median", f"the middle value of {c} (the average of the two middle ones for an even "
                                   "number of values), over the rows where it is known")
            agg = Agg(k.kw[1], f"{t}.{c}")
            if agg not in r.measures:
                r.measures.append(agg)

    def _total_of_the_count(self, i: int) -> bool:
        """'the total number of orders', 'how many in total': 'total' next to the count (before it,
        or 'in total' after it) is the count itself; 'how many and total $' asks a second figure."""
        m = self.m
        after = next((y for y in m[i + 1:] if y.text not in ("the", "a", "an")), None)
        if after is not None and after.kind == "kw" and after.kw[0] == "count":
            return True
        return not any(y.text == "and" for y in m[max(0, i - 2):i])

    def _of_their_own_rows(self, x: Mention | None) -> bool:
        """'of their deliveries' after an answer about deliveries: 'their' and a plural noun naming
        the very rows the previous answer was computed over (not another table's: 'of their customers')."""
        if x is None or x.kind != "kw" or x.text != "of" or self.previous is None:
            return False
        j = self.idx(x)
        if j + 2 >= len(self.m) or self.m[j + 1].text != "their":
            return False
        noun = self.m[j + 2]
        return noun.kind == "ref" and noun.ref is not None and noun.ref.kind == "table" and \
            noun.ref.table == self.previous.table and named_in_the_plural(noun.text)

    def _over_every_row(self, i: int) -> bool:
        """'the highest P/E overall', 'and the lowest overall?': 'overall' right after a ranking (of a
        column) by its level widens it to every row; it is no total then."""
        m = self.m
        if m[i].text != "overall":
            return False
        if self.previous is not None and self.previous.measures and \
                not any(x.kind in ("ref", "value", "num", "date") for x in m) and \
                all(x.kind == "word" or x is m[i] or x.kind == "kw" and x.kw[0] == "connective" for x in m):
            if self.previous.group:
                # after figures per group: one figure over all of them, or each group over every row?
                # never a total of the figure (a sum of P/Es)
                raise CannotAnswer("'overall' after figures per group may ask for one figure over all of them or "
                                   "for each group without the conditions; ask the whole question", ["overall"])
            return True         # 'and overall?' after a figure of some rows: that figure over every row
        j = i - 1
        if j >= 0 and m[j].kind == "ref" and m[j].ref is not None and m[j].ref.kind == "table":
            j -= 1          # 'the longest book overall': the rows ranked, named after the ranking
        if j >= 0 and m[j].kind == "ref" and m[j].ref is not None and m[j].ref.kind == "column":
            j -= 1
        return j >= 0 and m[j].kind == "kw" and m[j].kw[0] == "rank" and m[j].text not in _AMOUNT_RANKS

    def _aggregate_above(self, k: Mention) -> bool:
        """'the types averaging over 500 tons': an aggregate word right before a comparison whose
        number is followed by a measure's word (its unit) keeps the groups whose aggregate of that
        measure passes it (HAVING), grouped by the category named before the word."""
        i = self.idx(k)
        cmp, num, unit = (self.m[i + 1:i + 4] + [None, None, None])[:3]
        if k.kw[1] not in ("avg", "sum", "max", "min") or cmp is None or cmp.kind != "kw" or \
                cmp.kw[0] != "cmp" or num is None or num.kind != "num" or num.used or num.percent or \
                unit is None or unit.kind != "ref" or unit.used or unit.ref is None or unit.ref.kind != "column" or \
                not self.cat.is_measure(unit.ref.table, unit.ref.column):
            return False
        r = self.r
        if not r.group:
            dim = self.prev_mention(i, kinds=("ref",), within=3)
            if dim is None or not dim.col or not self.cat.is_dimension(*dim.col.split(".")):
                return False
            dim.used = True
            r.group.append(Dim(dim.col))
        op = "<=" if cmp.text in ("at most", "no more than", "or less", "or fewer") else \
            ">=" if cmp.text in ("at least", "no less than") else cmp.kw[1]
        k.used = cmp.used = num.used = unit.used = True
        agg = Agg(k.kw[1], unit.col)
        if agg not in r.measures:
            r.measures.append(agg)
        r.filters.append(Filter(None, op, [num.number], agg=r.measures.index(agg), kind="compare"))
        return True

    def _amount_of_rows_named(self, i: int) -> Mention | None:
        """'the average donation': an aggregate word right before a table's name is of that
        table's one measure (its amount); the table's word then names that column. None where
        the table has several measures (which one would be a guess) or none."""
        x = self.m[i + 1] if i + 1 < len(self.m) else None
        if self.m[i].kw[1] not in ("avg", "sum", "max", "min") or x is None or x.kind != "ref" or x.used or \
                x.ref is None or x.ref.kind != "table" or self.kws("place") or self.kws("anaphora") or \
                any(y.text in ("there", "then", "here") for y in self.m):
            return None                 # ('the average reading there': of rows an earlier answer names)
        t = x.ref.table
        own = [c for c in self.cat.tables[t].columns if self.cat.is_measure(t, c) and not self.cat.is_flag(t, c)
               and not self.cat.is_key(t, c)]
        if len(own) != 1:
            return None                 # 'the average event' (its cost? its attendees?): declined
        size = (t, own[0])
        x.ref = Ref("column", *size)
        self.r.assume(size[1], f"'{x.text}' is measured by its {size[1]}")
        return x

    def _average_of_unit(self, t: str, c: str, avg: Mention) -> None:
        """The average of the counted unit's column; 'on a lesson' (a word naming another column
        of the same table, after 'a'/'per') names one row of that table, the rows averaged."""
        avg.used, avg.kind = True, "word"      # the count's, not an aggregate of its own
        self.r.measures.append(Agg("avg", f"{t}.{c}"))
        for j, y in enumerate(self.m[1:], 1):
            if y.kind == "ref" and not y.used and self.m[j - 1].text in ("a", "an", "per", "each") and \
                    any(z.table == t and z.kind == "column" for z in y.refs):
                y.used, y.ref = True, Ref("table", t)
                self.r.assume("average", f"the average {c} of one row of {t}")

    def _on_average(self, i: int) -> Mention | None:
        """'how many <unit> … on average': an 'average' after the counted unit that names no
        column of its own (nothing named after it) is the average of the unit's column."""
        for j, x in enumerate(self.m[i + 1:], i + 1):
            if x.kind == "kw" and x.kw[0] == "agg" and not x.used:
                rest = self.m[j + 1:]
                if x.kw[1] == "avg" and not any(y.kind in ("ref", "value", "num") for y in rest) and \
                        j > 0 and self.m[j - 1].text in ("on", "an"):
                    return x
                return None
        return None

    # ranking ------------------------------------------------------------------------

    def _column_of(self, x: Mention | None) -> Mention | None:
        """'order amount', 'product category': a table word followed by one of its columns."""
        if x is not None and x.ref is not None and x.ref.kind == "table":
            j = self.m.index(x) + 1
            if j < len(self.m) and self.m[j].kind == "ref" and self.m[j].col and \
                    self.m[j].ref.table == x.ref.table:
                x.used = True
                return self.m[j]
        return x

    # comparisons --------------------------------------------------------------------
    def _only_n_is_exactly_n(self) -> None:
        """'Which sub-industries have only one company?': 'only' (or 'just') between 'have' and a
        number of rows is 'exactly' that many, never a limit of one row."""
        for i, x in enumerate(self.m[1:-2], 1):
            if x.kind == "kw" and x.text in ("only", "just") and self.m[i - 1].text in ("have", "has", "had", "with") \
                    and self.m[i + 1].kind == "num" and not self.m[i + 1].used and self.m[i + 2].kind == "ref":
                x.kw = ("cmp", "=")

    def _figure_pointed_at(self, i: int) -> bool:
        """A comparison whose subject is 'it', 'that' or 'this' ('where it's above 25', 'if that is
        under 10'), said after an answer: the bound is on the figure that answer shows."""
        if self.previous is None or not self.previous.measures:
            return False
        before = [x for x in self.m[:i] if x.text not in ("is", "was", "'s", "s", "are", "were", "be", "stays", "gets")]
        return bool(before) and before[-1].kind == "kw" and before[-1].kw[0] == "anaphora" and \
            before[-1].text in ("it", "that", "this")

    def _comparisons(self) -> None:
        r = self.r
        self._only_n_is_exactly_n()
        for k in self.kws("cmp") + self.kws("between"):
            i = self.idx(k)
            nums = [x for x in self.m[i + 1:i + 4] if x.kind == "num" and not x.used]
            if not nums:
                continue
            num = nums[0]
            num.used = k.used = True
            op = k.kw[1] if k.kw[0] == "cmp" else "between"
            if k.text in ("at least", "no less than", ">=", "or more", "and above", "and up"):
                op = ">="
            elif k.text in ("at most", "no more than", "<=", "or less", "or fewer", "and below"):
                op = "<="
            values = [num.number]
            if op == "between":
                j = self.idx(num)
                second = next((x for x in self.m[j + 1:j + 3] if x.kind == "num" and not x.used), None)
                if second is None:
                    continue
                second.used = True
                values = [num.number, second.number]
            if k.text in ("or more", "or less", "or fewer", "and above", "and below", "and up"):
                nums_before = [x for x in self.m[max(0, i - 2):i] if x.kind == "num"]
                if nums_before:
                    values = [nums_before[-1].number]
                    nums_before[-1].used = True
                elif k.text in ("and above", "and below", "and up"):
                    op = "<" if k.text == "and below" else ">"      # 'and above 5000?': 'above 5000'
            times = self._times_after(num)
            if times is not None:
                if not self._rows_counted_times(i, times, op, values):
                    num.used = k.used = False   # 'more than 8 times' with no rows to count: declined
                continue
            between = [x for x in self.m[i + 1:self.idx(num)] if x.kind == "ref" and x.col and not x.used]
            if not between and self._figure_pointed_at(i):
                # 'only the sectors where it's above 25': 'it' is the figure shown, not the sectors
                if len(self.previous.measures) == 1:
                    r.filters.append(Filter(None, op, values, agg=-2, kind="compare"))   # resolved on merge
                else:
                    num.used = k.used = False       # which of the figures shown: declined
                continue
            target = between[0] if between else self._measure_after(num) or \
                self.prev_mention(i, kinds=("ref",), within=4)
            if target is None or target.ref is None or target.ref.kind != "column" or \
                    not self.cat.is_measure(target.ref.table, target.ref.column):
                # 'fewer than 5 grade C harvests': past the values that say which rows are counted
                nxt = self.next_mention(self.idx(num), kinds=("ref",), within=5, skip_values=True)
                if nxt is not None and nxt.ref is not None:
                    counted = self._rows_named(nxt)
                    alone = not (self.previous and r.anaphora)     # 'which of them have …' edits the answer
                    owner = self.prev_mention(i, kinds=("ref",), within=4)
                    entity = self._rows_named(owner)
                    if counted and entity and entity != counted and alone and not num.percent and \
                            self.cat.fans_out(entity, counted) and \
                            (agg := measures.count_of_rows(self.cat, entity, counted)) is not None:
                        # 'departments with more than 2 employees', 'makers with more than 2 models':
                        # the related rows counted per entity (those with none count 0)
                        owner.used = nxt.used = True
                        r.group.extend(Dim(c) for c in self._entity_dims(owner, entity))
                        owner.ref, nxt.ref = self._rows_ref(owner, entity), self._rows_ref(nxt, counted)
                        r.entity = entity
                        r.measures.append(agg)
                        r.filters.append(Filter(None, op, values, agg=len(r.measures) - 1, kind="compare"))
                        continue
                    if counted and target is not None and target.col and alone and not num.percent and \
                            self.cat.column(*target.col.split(".")).kind == "text" and \
                            self.cat.join_path(counted, target.ref.table) is not None and \
                            not self.cat.fans_out(counted, target.ref.table):
                        # 'sectors with at least 20 companies': groups with that many rows
                        target.used = nxt.used = True
                        nxt.ref = self._rows_ref(nxt, counted)
                        r.entity = r.entity or counted
                        if not r.group:
                            r.group.append(Dim(target.col))
                        r.filters.append(Filter(None, op, values, agg=-1, kind="compare", of=counted))
                        continue
                    if nxt.ref.kind == "column" and self.cat.column(*nxt.col.split(".")).kind == "text":
                        num.used = k.used = False       # 'more than 2 models' with no rows to count them in
                        continue
                    target = nxt
            if target is not None and target.col and not num.percent and \
                    self.cat.column(*target.col.split(".")).kind == "text":
                # 'sectors with fewer than 30': a number says how many rows each value has
                target.used = True
                r.filters.append(Filter(None, op, values, agg=-1, kind="compare", of=target.ref.table))
                if not r.group and not self.previous:
                    r.group.append(Dim(target.col))
                continue
            if target is not None and target.ref is not None and target.ref.kind == "table":
                j = self.idx(num) + 1
                if j < len(self.m) and self.m[j].kind == "value" and self.idx(target) < i:
                    num.used = k.used = False   # 'accounts with more than 1 cooler': a count of those, no size
                    continue
                target.used = True
                before = self.idx(target) < i
                size = self.cat.size_measure([target.ref.table]) if before else None
                if num.percent and not (size is not None and self._holds_percentages(*size)):
                    target.used = num.used = k.used = False     # 'tests under 20 percent': of what?
                    continue
                if size is not None:
                    # "orders above 100": the table's main measure; "more than 50 companies": a count
                    r.entity = r.entity or target.ref.table
                    col = f"{size[0]}.{size[1]}"
                    r.filters.append(Filter(col, op, [self._scaled(*size, v, num.percent) for v in values],
                                            kind="compare"))
                    r.assume(size[1], f"'{k.text} {values[0]:g}' is read as {size[1]} {op} {values[0]:g}")
                else:
                    r.filters.append(Filter(None, op, values, agg=-1, kind="compare", of=target.ref.table))
                continue
            if target is None or target.ref is None:
                cents = self._minor_units_named(num)
                if cents is None:
                    num.used = k.used = False   # '$5,000' beside cents and other amounts: declined
                    continue
                values = self._in_minor_units(cents.split(".")[1], values, num) if cents else values
                r.filters.append(Filter(None, op, values, agg=-2, kind="compare"))   # resolved on merge
                continue
            if self.cat.names_rows_by_their_key(target.ref, target.text):
                # 'nationalities with at least 10 players', 'players' naming poker_player's key: a
                # number of those rows, never a bound on their key
                target.used = True
                r.filters.append(Filter(None, op, values, agg=-1, kind="compare", of=target.ref.table))
                continue
            if self._never_compared(target):
                num.used = k.used = False       # declined: the number is no date, nor a count of keys
                continue
            target.used = True
            t, c = target.ref.table, target.ref.column
            values = [self._scaled(t, c, v, num.percent) for v in values]
            values = self._in_minor_units(c, values, num)
            agg_ix = next((j for j, a in enumerate(r.measures) if a.column == f"{t}.{c}"), None)
            if agg_ix is not None and r.group:
                r.filters.append(Filter(None, op, values, agg=agg_ix, kind="compare"))
            else:
                r.filters.append(Filter(f"{t}.{c}", op, values, kind="compare"))

    def _measure_after(self, num: Mention) -> Mention | None:
        """'… under 30 minutes to prepare and have fewer than 650 calories': a measure column named
        right after the number is what the number bounds (its unit), not a word said before it."""
        j = self.idx(num) + 1
        x = self.m[j] if j < len(self.m) else None
        if x is None or x.kind != "ref" or x.used or x.ref is None or x.ref.kind != "column" or \
                not self.cat.is_measure(x.ref.table, x.ref.column):
            return None
        return x

    def _never_compared(self, target: Mention) -> bool:
        """A plain number is never compared with a date column ('visited more than 8 times' is no
        date), nor with a key the word names as rows ('at least 10 players' counts players)."""
        if target.ref is None or target.ref.kind != "column":
            return False
        t, c = target.ref.table, target.ref.column
        if self.cat.column(t, c).kind == "date":
            return True
        said = set(target.text.lower().split())
        return self.cat.is_key(t, c) and not said & {"id", "ids", "key", "code", "number", "no", c.lower()}

    def _times_after(self, num: Mention) -> Mention | None:
        """'more than 8 times': the word 'times' right after the number (not 'times the average')."""
        j = self.idx(num) + 1
        if j >= len(self.m) or self.m[j].text not in ("times", "occasions"):
            return None
        after = self.m[j + 1].text if j + 1 < len(self.m) else ""
        return None if after in ("the", "as", "that", "of", "what", "their", "its", "his", "her") else self.m[j]

    def _rows_counted_times(self, i: int, times: Mention, op: str, values: list[float]) -> bool:
        """'Which visitors visited more than 8 times?': the rows of the one table the words after
        the entity name (the visits), counted per entity (those with none count 0), kept by HAVING;
        never the number compared with a column 'times' or 'visited' happens to name."""
        refs = [x for x in self.m[:i] if x.kind == "ref" and x.ref is not None and not x.used]
        if not refs or (self.previous is not None and self.r.anaphora):
            return False
        owner, others = refs[0], refs[1:]
        entity = self._rows_named(owner)
        counted = {self._rows_named(x) or x.ref.table for x in others}
        if entity is None or len(counted) != 1:
            return False
        child = counted.pop()
        agg = measures.count_of_rows(self.cat, entity, child) if child != entity and \
            self.cat.join_path(entity, child) and self.cat.fans_out(entity, child) else None
        if agg is None:
            return False
        r = self.r
        owner.used = times.used = True
        times.kind, times.refs, times.ref = "word", [], None
        r.group.extend(Dim(c) for c in self._entity_dims(owner, entity))
        owner.ref = self._rows_ref(owner, entity)
        for x in others:
            x.used, x.ref = True, self._rows_ref(x, child)
        r.entity = entity
        r.measures.append(agg)
        r.filters.append(Filter(None, op, values, agg=len(r.measures) - 1, kind="compare"))
        return True

    def _holds_percentages(self, t: str, c: str) -> bool:
        """A column a percentage can bound: stored as a fraction, or named a percentage or a rate
        (a cost or a count is not 'under 20 percent')."""
        words = set(self.cat.name_words_of(c))
        return self.cat.is_fraction(t, c) or bool(words & {"percent", "percentage", "pct", "rate", "ratio", "share",
                                                             "yield", "margin", "growth", "change", "return"})

    def _minor_units_named(self, num: Mention) -> str | None:
        """For an amount said with a currency sign and bound to a figure resolved later ('total spend
        over $5,000'): the one cents column the question names ('' when it names none, None when
        it names a cents column beside other amounts: which one the bound is of is not sure)."""
        if not self._currency_said(num):
            return ""
        named = {x.col for x in self.m if x.kind == "ref" and x.col and self.cat.is_measure(*x.col.split("."))}
        cents = {c for c in named if _counts_cents(self.cat, c.split(".")[1])}
        if not cents:
            return ""
        return next(iter(cents)) if len(cents) == 1 and cents == named else None

    def _in_minor_units(self, c: str, values: list, num: Mention) -> list:
        """'a daily budget over $100' against daily_budget_cents: an amount said with a currency sign
        is in whole units, and the column counts cents (or pence): 100 times the amount, stated."""
        raw = self._currency_said(num)
        if not raw or not _counts_cents(self.cat, c):
            return values
        out = [v * 100 if isinstance(v, (int, float)) else v for v in values]
        self.r.assume(c, f"{c} counts cents, so {raw} is {out[0]:g}")
        return out

    def _currency_said(self, num: Mention) -> str:
        """The number as typed when it opens with a currency sign ('$5,000'), else ''."""
        raw = self.tokens[num.start].raw if num.start < len(self.tokens) else ""
        return raw if raw[:1] in ("$", "£", "€") else ""

    def _scaled(self, t: str, c: str, v: float, percent: bool) -> float:
        if percent and self.cat.is_fraction(t, c):
            self.r.assume(c, f"{c} is stored as a fraction, so {v:g}% is {v / 100:g}")
            return v / 100
        if not percent and 1 < abs(v) <= 100 and self.cat.is_fraction(t, c):
            # 'a dividend over 5' where the yields are fractions (0.0–0.2): no row is over 5 itself
            self.r.assume(c, f"{c} is stored as a fraction, so {v:g} is read as {v:g}%, {v / 100:g}")
            return v / 100
        return v

    # order words --------------------------------------------------------------------
    def _direction_and_sort(self) -> None:
        r = self.r
        for d in self.kws("direction"):
            d.used = True
            r.direction = d.kw[1]
        if r.direction in ("old_first", "young_first"):
            # 'from the oldest to the youngest': ascending for a date or year, descending for an age
            cols = [o.ref for o in r.order if o.kind == "col"] + [x.col for x in self.m if x.kind == "ref" and x.col]
            dated = next((c for c in cols if self.cat.is_time(*c.split("."))), None)
            aged = ranks.age_column(self)
            old_first = r.direction == "old_first"
            if dated is None and aged is not None and not aged[1]:
                r.direction = "desc" if old_first else "asc"
            else:
                r.direction = "asc" if old_first else "desc"
            if dated is not None and not r.order and not r.rank_dir:
                # 'with the year they were founded, oldest first': by that date, never by a size
                r.order.append(Order("col", dated, not old_first))
            elif dated is None and aged is None:
                for d in self.kws("direction"):
                    d.used = False      # 'oldest first' with nothing dated or aged: declined
        one = [f for f in r.filters if f.op == "=" and f.column and
               self.cat.label(f.column.split(".")[0]) == f.column.split(".")[1]]
        for s in self.kws("sortword"):
            if s.text == "rank" and one:
                continue                # "Apple's rank by market cap" asks for a position, not an order
            s.used = True
            r.sort = True
            target = self.next_mention(self.idx(s), kinds=("ref",), within=3)
            if s.text in ("rank", "ranked") and target is not None and target.col and self.previous is not None and \
                    target.col in [g.column for g in self.previous.group] and \
                    (ix := self._figure_after_by(self.idx(target))) is not None:
                # 'rank those sub-industries by total market cap': the groups shown are what is
                # ranked, by the figure after 'by', highest first (never by their names)
                target.used = True
                r.order.append(Order("agg", ix, r.direction != "asc"))
                continue
            if s.text in ("rank", "ranked") and target is not None and target.col and self.previous is not None and \
                    self.previous.group and not r.group and self.cat.column(*target.col.split(".")).kind == "text" \
                    and (ix := self._figure_after_by(self.idx(target))) is not None:
                # after 'how many sub-industries does each sector have?', 'rank those sub-industries by
                # total market cap' ranks the sub-industries themselves, never the sectors shown
                target.used = True
                r.group.append(Dim(target.col))
                r.order.append(Order("agg", ix, r.direction != "asc"))
                continue
            if target is not None and target.ref is not None and target.ref.kind == "column" and not target.used:
                target.used = True
                t, c = target.ref.table, target.ref.column
                r.order.append(Order("col", f"{t}.{c}", not (self._asc_default(t, c) or self._plain_sort(True))))
                if not self.kws("direction") and not self.kws("rank"):
                    r.assume("order", f"sorted by {c} {'from highest to lowest' if r.order[-1].desc else 'ascending'}"
                                      " (no direction was given)")
        if any(d.text.startswith("alphabetical") for d in self.kws("direction")) and \
                not any(o.kind == "col" for o in r.order):
            # 'sort them alphabetically': by the names (the text the rows are grouped by, or the
            # table's label), never the earlier ranking turned upside down
            prev = self.previous
            col = None
            if prev is not None and prev.group and not r.entity:
                col = next((g.column for g in prev.group if not g.grain and
                            self.cat.column(*g.column.split(".")).kind == "text"), None)
            else:
                named = next((x.ref.table for x in self.m if x.kind == "ref" and x.ref is not None
                              and x.ref.kind == "table"), None)
                t = r.entity or named or (prev.table if prev is not None else None)
                label = self.cat.label(t) if t else None
                col = f"{t}.{label}" if label and self.cat.column(t, label).kind == "text" else None
            if col is not None:
                r.order.append(Order("col", col, False))
                r.assume("order", f"sorted by {col.split('.')[1]} alphabetically")
        if r.direction and r.order:
            for o in r.order:
                o.desc = r.direction == "desc"

    def _figure_after_by(self, i: int) -> int | None:
        """The measure of the reading that 'by <figure>' right after mention i names ('by total market
        cap', 'by the number of companies'), else None."""
        m = self.m
        j = i + 1
        if j >= len(m) or m[j].text != "by":
            return None
        j += 1
        while j < len(m) and m[j].text in ("the", "their", "its"):
            j += 1
        if j >= len(m) or m[j].kind != "kw" or m[j].kw[0] not in ("agg", "count"):
            return None
        if m[j].kw[0] == "count":
            return next((k for k, a in enumerate(self.r.measures) if a.func == "count"), None)
        col = m[j + 1].col if j + 1 < len(m) and m[j + 1].kind == "ref" else None
        return next((k for k, a in enumerate(self.r.measures) if col and a.column == col and
                     a.func == m[j].kw[1]), None)

    def _included_in_a_total(self) -> None:
        """'now including overtime hours' after a total of hours worked: the amount named can be
        added into that total (hoursWorked + overtimeHours) or shown beside it; the engine sums no
        two columns, so a measure sharing a word of its name ('hours') with the previous total is
        declined, naming it."""
        prev = self.previous
        if prev is None or not prev.measures:
            return
        totals = [a.column for a in prev.measures if a.func == "sum" and a.column]
        for k in self.kws("too"):
            i = self.idx(k)
            target = self.m[i + 1] if i + 1 < len(self.m) else None
            if k.text not in ("including", "include") or target is None or not target.col or \
                    target.col in totals:
                continue
            words = {w for w in self.cat.name_words_of(target.col.split(".")[1]) if len(w) >= 4}
            if any(words & set(self.cat.name_words_of(c.split(".")[1])) for c in totals):
                raise CannotAnswer(f"'{k.text} {target.text}' can add {target.col.split('.')[1]} into the total "
                                   "or show it beside it; the engine does not add two columns together: ask to "
                                   f"'also show {target.text}'", [k.text])

    def _agent_of_a_participle(self) -> None:
        """'total hours worked by couriers for each vehicle type': 'by <rows>' right after a verb's
        participle ('worked by', 'sold by', 'made by') names who did it, not a grouping, when the
        question groups otherwise ('for each vehicle type'); the rows named must still be joined
        (ledger.dropped)."""
        groups = self.kws("group")
        for g in groups:
            i = self.idx(g)
            if g.text != "by" or g.used or i == 0 or i + 1 >= len(self.m):
                continue
            verb, target = self.m[i - 1].text.split()[-1], self.m[i + 1]
            if not _participle(verb) or target.kind != "ref" or target.ref is None or target.ref.kind != "table":
                continue
            others = [h for h in groups if h is not g and h.text != "by" and
                      self.next_mention(self.idx(h), kinds=("ref",), within=3) is not None]
            if others:
                g.used = target.used = True
                self.r.assume(f"by {target.text}", f"'{self.m[i - 1].text} by {target.text}' names who did it, "
                                                    "not a grouping")

    def _absences(self) -> None:
        """'customers without orders', 'companies with no fundamentals': rows that no row of a
        table referring to them points at (NOT EXISTS along the foreign key). 'No X recorded', 'no X
        data' of a column: X is missing (IS NULL; compare filters.available_columns)."""
        for k in self.kws("none"):
            i = self.idx(k)
            target = self.m[i + 1] if i + 1 < len(self.m) else None
            said = self.m[i + 2] if i + 2 < len(self.m) else None
            if target is not None and target.kind == "ref" and target.col and said is not None and \
                    said.kind == "word" and said.text in _NOTHING_RECORDED and not said.used and \
                    self.cat.column(*target.col.split(".")).nullable:
                # 'bookings with no attendance recorded', 'visits with no surcharge figure': missing,
                # not zero (a zero is a figure recorded)
                k.used = target.used = said.used = True
                self.r.filters.append(Filter(target.col, "is null", [], kind="compare"))
                continue
            self._no_such_rows(k, target, said)
            self._no_rows_with_a_condition(k, target)
            if target is not None and target.kind == "ref" and target.col and \
                    self.cat.is_measure(*target.col.split(".")):
                k.used = target.used = True      # "companies without a dividend": none recorded, or zero
                self.r.filters.append(Filter(target.col, "is null or zero", [], kind="compare"))
                continue
            child = self._rows_named(target)
            owned = child is not None and self._owner_of_absence(i, child)
            if target is None or target.kind != "ref" or target.ref is None or child is None or \
                    (target.ref.kind != "table" and not owned):
                k.kw = ("neg", None)        # "without Energy": an ordinary negation
                continue
            k.used = target.used = True
            target.ref = self._rows_ref(target, child)      # 'makers with no models': the rows of models
            self.r.filters.append(Filter(None, "not exists", [child], kind="absent"))
        for i, x in enumerate(self.m):
            # 'products that have never been ordered', 'customers who never placed an order': no row of
            # the table the verb or noun names refers to them
            negated = x.kind == "kw" and x.text == "not" and i > 0 and \
                self.m[i - 1].text in ("did", "do", "does", "have", "has", "had", "was", "were")
            if (x.kind != "word" or x.text != "never") and not negated or x.used:
                continue
            j = i + 1
            while j < len(self.m) and (self.m[j].kind == "word" or self.m[j].kw[:1] in (("in",), ("all",))) and (self.m[j].text in (
                    "been", "had", "have", "has", "an", "a", "any", "the", "in", "at", "on", "for", "to") or
                    is_link_verb(self.m[j].text)):
                j += 1
            nxt = self.m[j] if j < len(self.m) else None
            if nxt is None or nxt.kind != "ref" or nxt.ref is None or (negated and self._rows_named(nxt) is None):
                continue
            head = next((y for y in self.m[:i] if y.kind == "ref" and y.ref is not None and y.ref.kind == "table"), None)
            child = self._rows_named(nxt) if negated else nxt.ref.table
            if head is None or child == head.ref.table:
                continue
            x.used = nxt.used = True
            for y in self.m[i + 1:j]:
                y.used = True
            self.r.entity = self.r.entity or head.ref.table
            self.r.filters.append(Filter(None, "not exists", [child], kind="absent"))

    def _no_such_rows(self, k: Mention, target: Mention | None, said: Mention | None) -> None:
        """'Which plan has no trial accounts?': no related rows of a kind (a condition on the rows
        named after it) is NOT EXISTS of those rows, never the rows that lack the condition (the plans
        with a non-trial account); the engine does not build that, so it declines."""
        if target is None or said is None or target.kind != "ref" or target.col is None or said.kind != "ref":
            return
        child = self._rows_named(said)
        if child is None or not self._owner_of_absence(self.idx(k), child):
            return
        phrase = f"{k.text} {target.text} {said.text}"
        raise CannotAnswer(f"'{phrase}' asks for the rows with no {said.text} of that kind; the engine does not "
                           "build that condition", [phrase])

    def _no_rows_with_a_condition(self, k: Mention, target: Mention | None) -> None:
        """'routes that had no cancellations' where cancellations are a yes/no (or a number) column of
        the trips pointing at each route: none of its rows has it (NOT EXISTS of the rows that do),
        never the routes with one row that lacks it; the engine does not build that, so it declines."""
        if target is None or target.kind != "ref" or target.ref is None or target.ref.kind != "column" or \
                not target.col:
            return
        t, c = target.col.split(".")
        pos = self.idx(k)
        head = next((y for y in reversed(self.m[:pos]) if y.kind == "ref" and y.ref is not None), None)
        owner = self._rows_named(head)
        # ('firms that pay no dividend' with one row of figures for each firm: that row's figure)
        if not (self.cat.is_flag(t, c) or self.cat.is_measure(t, c)) or owner is None or owner == t or \
                not self.cat.fans_out(owner, t) or not self._owner_of_absence(pos, t):
            return
        phrase = f"{k.text} {target.text}"
        raise CannotAnswer(f"'{phrase}' asks for the rows none of whose {t.replace('_', ' ')} has {c}; the engine "
                           "does not build that condition", [phrase])

    def _owner_of_absence(self, pos: int, child: str) -> bool:
        """'makers with no models': the rows named before the absence, which the child's rows point
        at, are the rows listed (the entity)."""
        head = next((y for y in reversed(self.m[:pos]) if y.kind == "ref" and y.ref is not None), None)
        owner = self._rows_named(head)
        if owner is None or owner == child or not any(
                fk.table == child and fk.ref_table == owner for fk in self.cat.foreign_keys):
            return False
        head.used = True
        self.r.select += [c for c in self._entity_dims(head, owner) if c not in self.cat.entity_group(owner)
                          and self.cat.column(*c.split(".")).kind == "text"]    # 'makers': their maker column
        head.ref = self._rows_ref(head, owner)
        self.r.entity = self.r.entity or owner
        return True

    def _likes(self) -> None:
        """'whose name starts with A', 'containing Bank': a text pattern on a column."""
        for k in self.kws("like"):
            i = self.idx(k)
            if i + 1 >= len(self.m):
                continue
            nxt = self.m[i + 1]
            text = self.tokens[nxt.start].raw if nxt.start < len(self.tokens) else nxt.text
            if self._article_before_a_thing(i, text):
                continue
            text = text.strip("'\"")
            if not text:
                continue
            target = self.prev_mention(i, kinds=("ref",), within=3)
            if target is not None and target.col and self.cat.column(*target.col.split(".")).kind == "text":
                col = target.col
                target.used = True
            else:
                table = self.r.entity or next(iter(self._tables_in_play()), None)
                if table is None:
                    continue
                col = f"{table}.{self.cat.label(table)}"
            k.used = nxt.used = True
            nxt.kind = "skip"
            pattern = {"prefix": f"{text}%", "suffix": f"%{text}", "infix": f"%{text}%"}[k.kw[1]]
            self.r.filters.append(Filter(col, "like", [pattern], kind="compare"))

    def _article_before_a_thing(self, i: int, raw: str) -> bool:
        """'the latest order containing a Retro design': an article after 'containing' begins the thing
        contained (a row named by a value or a table), never a text pattern '%a%' (a quoted 'a' is one)."""
        nxt = self.m[i + 2] if i + 2 < len(self.m) else None
        return raw.lower() in ("a", "an", "the", "some", "any") and nxt is not None and nxt.kind in ("ref", "value")

    def _of_own_table(self, x: Mention, y: Mention) -> bool:
        """'the types of performances': the table named right after 'of' is the column's own, so the
        question asks for the column's values, not for the table's rows."""
        i, j = self.idx(x), self.idx(y)
        if y.ref.table != x.ref.table:
            return False
        # 'what languages do the channels use?': the column asked for, then its own table as subject
        asked = i == 1 and self.m[0].text in ("what", "which") and j > i and \
            all(z.text in _AUXILIARIES for z in self.m[i + 1:j])
        return asked or (j == i + 2 and self.m[i + 1].text == "of")

    def _drops(self) -> None:
        """'all sectors', 'any state', 'all the job types': forget the previous round's filter on that
        column."""
        filtered = {f.column for f in self.previous.filters} if self.previous else set()
        for k in self.kws("all"):
            i = self.idx(k)
            if i + 2 < len(self.m) and k.text == "all" and self.m[i + 1].text in ("the", "our"):
                i += 1
            target = self.m[i + 1] if i + 1 < len(self.m) and self.m[i + 1].kind == "ref" else None
            if target is not None and target.col and not target.used and target.col in filtered:
                target.used = k.used = True
                self.r.drops.append(target.col)
                target.kind, target.refs, target.ref = "word", [], None    # consumed: the filter it drops

    def _table_of_a_kind_named(self, x: Mention) -> str | None:
        """'which bank …' where 'bank' is a value (a sub-industry) of a table whose rows have a
        name, and no noun follows it ('which Texas city': the value only qualifies the city): the rows
        asked for are that table's, shown by that name."""
        tables = {v.table for v in x.values}
        filtered = {f.column.split(".")[0] for f in self.r.filters if f.column}
        if len(tables) != 1 or not tables <= filtered:
            return None
        t = next(iter(tables))
        label = self.cat.label(t)
        return t if label and self.cat.column(t, label).kind == "text" and not self.cat.is_key(t, label) else None

    def _rows_shown_with(self, x: Mention) -> bool:
        """'the bills … with the reason': the column is said after 'with' of a noun before it that
        names the rows of the column's own table (by their single key)."""
        i = self.idx(x)
        if i < 2 or self.tokens[x.start - 1].text not in ("with", "the") or \
                not any(t.text == "with" for t in self.tokens[max(0, x.start - 2):x.start]):
            return False
        t = x.ref.table
        return any(y.kind == "ref" and any(ref.table == t and self.cat.names_rows_by_their_key(ref, y.text)
                                           for ref in y.refs) for y in self.m[:i])

    def _previous_rows_cut(self) -> bool:
        """The answer before kept some rows by a ranking (a top 5, or a filter on such rows): which
        rows a count over them means is the follow-ups' question, not this reading's."""
        p = self.previous
        return p is not None and bool(p.limit or p.within or p.inner or p.order)

    def _compared_right_after(self, target: Mention) -> bool:
        """'have a P/E under 15', 'with a price above 100': a comparison follows the column."""
        j = self.idx(target) + 1
        return j < len(self.m) and self.m[j].kind == "kw" and self.m[j].kw and self.m[j].kw[0] == "cmp"

    def _things_of_a_kind_column(self, target: Mention, column: str) -> bool:
        """'How many tickets did we sell of each type?' where 'tickets' reads as ticketType: the word
        names the things, not their kinds (the column's 'type' is not said), so the distinct types are
        not what is counted (nor is it known whether a row or a quantity is one ticket)."""
        kinds = {"type", "kind", "category", "class", "status", "grade", "level", "tier", "group"}
        said = {stem(w) for w in target.text.split()}
        named = set(self.cat.name_words_of(column))
        return bool(named & kinds) and not said & (kinds | {stem(w) for w in named & kinds})

    def _doer_of_the_measure(self, x: Mention) -> bool:
        """'What's the average score our reviewers give?': a category word after the aggregated
        measure, as the subject of the verb that ends the question, says who the figure is of (all of
        them), no grouping ('by reviewer', 'each reviewer' group)."""
        i = self.idx(x)
        aggs = [j for j, y in enumerate(self.m[:i]) if y.kind == "kw" and y.kw[0] in ("agg", "count")]
        before = self.m[i - 1] if i > 0 else None
        rest = [y for y in self.m[i + 1:] if y.text not in ("?", ".", "!")]
        return bool(aggs) and not self.kws("group") and not self.kws("grain") and before is not None and \
            before.text in ("our", "their", "the", "your", "my") and len(rest) == 1 and \
            rest[0].kind in ("word", "kw") and rest[0].text.isalpha() and rest[0].text not in _PREPOSITIONS and \
            (rest[0].kind == "word" or rest[0].kw[0] == "list") and \
            self.m[i - 2].kind == "ref" and self.m[i - 2].used

    def _who_through_a_link(self) -> None:
        """'Who had a stall at the Ely fair?' over stalls keyed by (fair_id, maker_id): the rows of a
        table of links name nobody themselves; 'who' asks for the one linked table the question does
        not pin down (the makers: the fair is the condition), shown by its name. With two such
        tables, or none with a name, nothing is added (the answer shows no names and is declined)."""
        r = self.r
        if not self.tokens or self.tokens[0].text not in ("who", "whom") or r.entity is None or r.select or \
                r.measures or r.group or not self.cat.pure_link(r.entity):
            return
        fixed = {f.column.split(".")[0] for f in r.filters if f.column} | \
            {x.ref.table for x in self.m if x.kind == "ref" and x.ref is not None}
        linked = {fk.ref_table for fk in self.cat.foreign_keys if fk.table == r.entity} - fixed - {r.entity}
        named = [t for t in sorted(linked) if self.cat.column(t, self.cat.label(t)).kind == "text" and
                 not self.cat.is_key(t, self.cat.label(t))]
        if len(linked) == 1 and len(named) == 1:
            r.select.append(f"{named[0]}.{self.cat.label(named[0])}")
            r.assume("who", f"the {named[0]} linked to the {r.entity} rows, by name")

    def _verb_of_every_row(self, x) -> bool:
        """'sent' of sent_on, 'issued': a verb that is the word of a date column (or of a text column
        named as one, sent_on holding 'DD/MM/YYYY') every row of a table measured holds only says the
        rows are those events; one figure over them shows no date."""
        t, c = x.ref.table, x.ref.column
        words = list(dict.fromkeys(self.cat.name_words_of(c)))
        timed = self.cat.is_time(t, c) or words[-1:] in (["on"], ["at"], ["date"])     # 'DD/MM/YYYY' text too
        return timed and self.cat.column(t, c).profile.nulls == 0 and \
            any(a.column and a.column.split(".")[0] == t for a in self.r.measures) and \
            (x.event or x.text.endswith("ed") or x.text in words[:1] and words[1:] in (["on"], ["at"])) and \
            not self.kws("when")

    # what is left: entities, columns to show, limits ---------------------------------
    def _rest(self) -> None:
        r = self.r
        head = self.m[1] if len(self.m) > 1 and self.tokens and self.tokens[0].text in ("which", "what") else None
        if head is not None and head.kind == "ref" and not head.used and head.ref is not None and \
                head.ref.kind == "column" and head.ref.column == self.cat.label(head.ref.table) and r.entity is None:
            r.entity = head.ref.table       # 'which models have cars with …': the rows of models
        if head is not None and head.kind == "value" and r.entity is None and not (r.measures or r.group) and \
                not (len(self.m) > 2 and self.m[2].kind == "ref") and (t := self._table_of_a_kind_named(head)) is not None:
            r.entity = t                    # 'which bank has the lowest P/B?': the rows of companies, by name
        for x in self.m:
            if x.kind == "ref" and not x.used and x.ref is not None:
                if x.ref.kind == "table":
                    r.entity = r.entity or x.ref.table
                    x.used = True
                    continue
                t, c = x.ref.table, x.ref.column
                x.used = True
                col = f"{t}.{c}"
                named_table = any(y.kind == "ref" and y.ref is not None and y.ref.kind == "table" and
                                  not self._of_own_table(x, y) for y in self.m)
                if r.measures and not r.group and self.cat.column(t, c).kind == "text" and \
                        self._doer_of_the_measure(x):
                    continue                # 'the average score our reviewers give': one figure, theirs
                if r.entity is None and not (r.measures or r.group) and self._rows_shown_with(x):
                    # 'show me the bills voided in 2024 with the reason': the bills (the word read as
                    # their key, shown), each with its reason
                    r.entity = t
                    r.select.append(f"{t}.{self.cat.tables[t].primary_key[0]}")
                if r.measures and not r.group and self._verb_of_every_row(x):
                    x.kind, x.refs, x.ref = "word", [], None    # 'every issue we've sent': no grouping by sent_on
                    continue
                if self.cat.is_dimension(t, c) and not r.group and (r.measures or not named_table) and \
                        any(y.kind == "kw" and y.kw[0] in ("list", "distinct") for y in self.m[:self.idx(x)]) \
                        and r.entity is None:
                    r.dims_named.append(col)
                elif col not in r.select:
                    r.select.append(col)
        # "who has the highest salary?": the people are the rows of the measure's table
        if r.entity is None and self.tokens and self.tokens[0].text == "who":
            cols = [o.ref for o in r.order if o.kind == "col"] + [a.column for a in r.measures if a.column] + r.select
            in_play = self._tables_in_play()
            persons = [t for t in self.cat.persons() if any(self.cat.connected(t, u) for u in in_play)]
            if len(persons) == 1 and persons[0] not in in_play and self.previous is None and not cols and \
                    not r.measures and not r.order:
                r.entity = persons[0]       # 'who owns a dog?': the persons, not the dogs
            elif cols:
                r.entity = cols[0].split(".")[0]
        self._who_through_a_link()
        # a bare number before an entity: "list 5 companies"
        for i, x in enumerate(self.m):
            if x.kind == "num" and not x.used and not _is_year(x) and r.limit is None and x.number == int(x.number):
                nxt = self.m[i + 1] if i + 1 < len(self.m) else None
                if nxt is not None and nxt.kind == "ref" and nxt.ref is not None and nxt.ref.kind == "table":
                    r.limit = int(x.number)
                    x.used = True
                elif i > 0 and self.m[i - 1].text in ("first", "top", "only", "just", "limit"):
                    r.limit = int(x.number)
                    x.used = self.m[i - 1].used = True


_PREPOSITIONS = {"of", "in", "for", "by", "per", "with", "on", "at", "from", "and", "or", "to", "over", "under"}
_AUXILIARIES = {"do", "does", "did", "are", "is", "were", "was", "the", "all"}
# group words that always name groups (never an order, as 'by' can)
GROUPABLE_NUMBER_VALUES = 30     # a number column with at most this many values can be a grouping
_EACH = {"each", "every", "for each", "in each", "for every", "in every"}
_IRREGULAR_PARTICIPLES = {"sold", "made", "done", "taken", "written", "held", "run", "paid", "spent", "driven",
                          "flown", "given", "won", "built", "bought", "taught", "sent", "brought", "caught", "led",
                          "kept", "told", "set", "put", "shot", "scored", "thrown", "ridden", "grown", "drawn", "sung"}


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


_HAVE = {"have", "has", "had", "get", "got", "receive", "received", "contain", "contains", "hold", "holds"}

# The reading pipeline, in order. Each step reads the mentions, adds to the Reading and marks the
# words it used; the ledger (ledger.py) accounts for every word afterwards, so a word no step
# used declines the question. Families live in their own modules (dates, measures, filters);
# follow-ups are plan edits (compose.py). Where the order matters, the description says why.
# Verbs of a follow-up that puts another value in place of the one asked about before.
_SWITCH_WORDS = {"switch", "change", "swap"}
_CUT_WORDS = {"cut", "trim", "narrow", "limit"}      # 'cut it to the top 3': fewer of the rows shown


def counted_noun_of_values_and_a_count_column(it) -> None:
    """'how many desks does each site have?' where 'desk' is only the last word of values
    (members.plan 'fixed desk', 'hot desk') and a number column is named by it (desk_capacity):
    the rows holding those values (members) are not the things counted, and the column may hold
    the number asked. Which one is meant the engine cannot tell; declined naming both."""
    m = it.m + [None]
    for x, y, z in zip(m, m[1:], m[2:]):
        if not (x.kind == "kw" and x.kw[0] == "count" and x.text == "how many") or y.kind != "value" or \
                not y.values or any(v.score >= 1.0 for v in y.values) or not named_in_the_plural(y.text) or \
                (z is not None and z.kind in ("ref", "value")):
            continue                # ('how many night trips': the trips are counted, 'night' says which)
        noun = singular(y.text.split()[-1].lower())
        cols = [f"{t}.{c}" for t, info in it.cat.tables.items() for c in info.columns
                if noun in c.lower().split("_") and it.cat.is_measure(t, c) and not it.cat.is_key(t, c)]
        if not cols:
            continue
        v = y.values[0]
        raise CannotAnswer(f"'{y.text}' is only part of values of {v.table}.{v.column} ('{v.value}'), whose rows "
                           f"are not {y.text}, and also names the number column {cols[0]}; the engine cannot tell "
                           "which is meant; name the column or the value", [y.text])


def it_is_the_one_asked(it) -> None:
    """'which city has the most companies headquartered in it?': 'it' after a preposition at the
    end of a question that asks which one (a noun named in the singular) has the most or fewest of
    something is that one, not an earlier answer."""
    m = [x for x in it.m if x.text not in ("?", ".", "!")]
    if len(m) < 5 or m[0].text not in ("which", "what") or m[1].kind != "ref" or named_in_the_plural(m[1].text):
        return
    last, before = m[-1], m[-2]
    if not (last.kind == "kw" and last.kw[0] == "anaphora" and last.text == "it" and
            before.text in ("in", "at", "on", "from", "for", "to", "with")):
        return
    if not any(x.kind == "kw" and x.kw[0] == "rank" for x in m[2:-2]):
        return
    last.kind, last.kw, last.used = "word", (), True
    if before.kind == "kw":
        before.used = True


def places_asked_where(it) -> None:
    """'where is it headquartered?' with hq_city and hq_region: 'where' asks for the place, which is
    every place column of the same kind (the same words besides the place word), not only the one
    the verb happens to name."""
    if not it.tokens or it.tokens[0].text != "where":
        return
    for col in list(it.r.select):
        t, c = col.split(".")
        kind = it.cat.place_kind(c)
        if kind is None:
            continue
        for other in it.cat.tables[t].columns:
            if other != c and it.cat.place_kind(other) == kind and it.cat.column(t, other).kind == "text" and \
                    f"{t}.{other}" not in it.r.select:
                it.r.select.append(f"{t}.{other}")


PIPELINE = (
    ("measures: 'pay a dividend' is the verb of the figure it names, no pay column", measures.pay_verb_of_a_named_figure),
    ("ground names in tables that can be joined", Interpreter.ground),
    ("what is left: 'for my board slide', 'in this database' say what the answer is for, or where",
     lambda it: asides_of_no_meaning(it)),
    ("measures: 'the book value of Apple's headquarters' is no figure of the row: declined",
     measures.figure_of_a_rows_attribute),
    ("measures: 'best paid' persons are ranked by their own pay column", measures.pay_of_the_persons_asked),
    ("measures: 'rounded to one decimal' rounds the figures shown", measures.rounded_to_places),
    ("ranks: 'from best paid to worst paid' is the order of the whole list", ranks.from_one_end_to_the_other),
    ("dates: 'compare … between 2023 and 2024' is two years, never one span: declined", dates.periods_compared_not_a_span),
    ("ranks: 'longest-serving', 'been … the longest' is a time since a date: declined", ranks.longest_since_a_date),
    ("ranks: 'price vs 52w high, bottom 10' ranks a pair of figures: declined", ranks.two_figures_set_against_ranked),
    ("counts: 'how many desks' with 'fixed desk' values and desk_capacity: declined",
     counted_noun_of_values_and_a_count_column),
    ("what is left: 'did the audience like their talks?' asks an opinion the data does not hold",
     lambda it: opinion_asked(it)),
    ("measures: 'what unit is it sold in?' asks a unit of measure, not the quantity column",
     lambda it: unit_of_measure_asked(it)),
    ("filters: 'billed to an insurer' names the yes/no column insurer_billed by both its words",
     filters.flag_named_by_words_apart),
    ("dates: 'so far in 2025' is 2025, no distance", dates.so_far_in_a_period),
    ("dates: 'opening year' names one column", dates.time_suffixes),
    ("dates: 'annual premium' names ANN_PREM_AMT, no grouping by year", dates.grain_word_of_a_column_name),
    ("filters: text patterns ('starts with A')", Interpreter._likes),
    ("filters: 'with Bank in their name' is a part of that text", filters.words_in_a_column),
    ("filters: 'whose fk_account_id matches no account': a key set that matches no row (an orphan)",
     filters.keys_matching_no_row),
    ("filters: rows without related rows ('customers without orders')", Interpreter._absences),
    ("follow-ups: 'switch it to Health Care' is 'Health Care instead'", Interpreter._switched_to),
    ("follow-ups: 'which city has the most companies in it?': 'it' is the city asked", it_is_the_one_asked),
    ("order words: 'sum(x) by y, order by it desc': 'it' is the one figure the question computes",
     lambda it: sorted_by_its_own_figure(it)),
    ("filters: 'group by x having count(*) > 10': SQL's HAVING names the groups' own condition",
     lambda it: sql_having(it)),
    ("flags: anaphora, connectives, share, overview, 'when'", Interpreter._flags),
    ("measures: 'the highest rate' after a rate answer is no column named *_rate", measures.rate_after_a_rate),
    ("measures: 'people killed' is counted by the killed column", measures.people_counted_by_a_column),
    ("measures: 'the session with the most people' ranks by the sessions' own attendees",
     measures.people_of_the_rows_asked),
    ("ranks: 'symbol with the max high_52w' is the row holding the highest value", ranks.row_with_the_extreme),
    ("follow-ups: 'the top 10' after an answer that kept 10 ranked rows is those rows", ranks.top_rows_shown),
    ("ranks: 'the second largest', 'ranks 10th by X': one row of the ranking (an offset)", ranks.nth_of_a_ranking),
    ("filters: 'photos that are editorial' is the photos' own flag, not a value of another table",
     filters.own_flag_over_a_value_elsewhere),
    ("filters: 'indoor vs outdoor' is one group for each state of the yes/no column", filters.flag_states_compared),
    ("filters: 'outdoor sessions' is the state of a yes/no column, not part of a name",
     filters.flag_state_over_part_of_a_name),
    ("filters: 'missed bins' as a value of one table and a number column of another: declined",
     filters.value_or_a_number_column),
    ("filters: 'industry' naming an attribute of a key/value table is no value of the rows: declined",
     filters.attribute_names_as_values),
    ("filters: 'fk_contact_id is null', 'null emails': SQL's NULL said of a column", filters.sql_nulls),
    ("filters: 'emails that appear more than once', 'duplicate emails': values held by several rows",
     filters.values_seen_more_than_once),
    ("measures: 'open rate' is opens over delivered, never a value holding 'Rates'", measures.rate_of_a_count),
    ("measures: 'bounce rate' is the percentage of rows with the yes/no column set", flag_rates.rate_of_a_flag),
    ("filters: values found in the data", Interpreter._values),
    ("filters: 'still open' is the state the value names", filters.still_in_a_state),
    ("filters: a term sheet's term that states conditions ('mega cap')", filters.term_conditions),
    ("filters: 'keg 500' is the row with that key", filters.rows_by_their_key),
    ("measures: change between two periods (before dates take the periods as filters)", measures.read_change),
    ("measures: 'how much bigger is A than B by X': X of A minus X of B", measures.difference_of_two_named),
    ("measures: 'fuel spend': a word of the money column's own table says whose money it is",
     measures.table_word_before_its_money),
    ("measures: 'how much did we receive in payments': 'receive' is no date of another table",
     measures.link_verb_before_a_table_of_money),
    ("dates: 'from which month to which?' is the first and the last month", dates.first_and_last_of_a_time_column),
    ("dates: absolute and relative time frames", dates.absolute_dates),
    ("measures: 'return on ad spend', 'ROAS' is income over spend (a ratio of sums)", measures.return_on_spend),
    ("measures: ratios (before 'by' and 'total' read as grouping and sum)", measures.read_ratios),
    ("measures: 'cost per kg' is a ratio (before 'per' reads as grouping)", measures.read_per_unit),
    ("measures: 'per driver?' after a total: that total per unit of the column", measures.per_unit_of_the_total_shown),
    ("filters: 'hotels with 5 stars': a number before a small attribute", filters.counted_attributes),
    ("filters: a word naming a yes/no column ('electric bikes') is that condition", filters.flags_as_conditions),
    ("filters: 'never returned': the event's date is empty", filters.unset_dates),
    ("filters: 'which stores have closed?': the date the verb names is set", filters.dates_set_by_their_verb),
    ("filters: 'still unpaid': the date the verb after 'un' names is empty", filters.unset_dates_by_a_prefix),
    ("filters: 'requests still open': the date that closes them (resolved_on) is empty",
     filters.open_rows_by_their_closing_date),
    ("filters: 'jobs completed' past which the status moves on: the stage's date is set", filters.stages_reached),
    ("filters: 'with earnings available': the column has a value", filters.available_columns),
    ("filters: 'current' in a table of periods: the rows not ended yet", filters.current_rows),
    ("filters: 'empty properties': no row of their dated relation still running",
     filters.empty_rows_without_a_running_relation),
    ("filters: 'let plots': rows with a row of their dated relation still running", filters.let_rows_with_a_running_relation),
    ("filters: 'seats sold', 'sessions held' over rows marked cancelled: the cancelled rows left out",
     happened.rows_that_happened_not_cancelled),
    ("filters: 'older than 10': the age column of the rows named", filters.ages_compared),
    ("filters: 'companies that pay a dividend': a measure had at all is above zero", filters.has_a_measure),
    ("filters: 'sales that used a discount code': the column has a value", filters.carries_a_column),
    ("filters: 'negative EBITDA' compares that measure with zero", filters.signed_measures),
    ("filters: 'more seats than …' is a comparison of seats", filters.more_x_than),
    ("filters: above the group's own average (before 'average' reads as an aggregate)", filters.read_vs_average),
    ("ranks: 'top 2 sailings per route': a top N within each group is declined", ranks.top_n_within_each_group),
    ("filters: the highest in their own group (before the superlative ranks all rows)", filters.read_top_per_group),
    ("measures: 'now including overtime hours' after a total of hours is declined", Interpreter._included_in_a_total),
    ("groups: 'hours worked by couriers for each type': the doer, not a grouping", Interpreter._agent_of_a_participle),
    ("groups: 'what Xs … how many rows each': each of the values listed", Interpreter._each_of_the_values_listed),
    ("groups: 'by X', 'per year', 'each'", Interpreter._groups),
    ("dates: 'which year …?' groups by that unit", dates.asked_time_unit),
    ("measures: 'how much did Taco Loco take?': the one column of money taken in, totalled", measures.how_much_was_taken),
    ("measures: counts and aggregates", Interpreter._counts_and_aggs),
    ("measures: 'how many in A, and how many in B' is a count for each value named", counts.each_count_asked),
    ("measures: 'what did we spend on fuel?' is the total of the money the verb names", measures.money_verb_total),
    ("measures: 'extra fees collected in 2024' is the total taken over the period", measures.money_taken_in_a_period),
    ("measures: 'brings in the most money': the verb of the money column named after it", measures.money_brought_in),
    ("ranks: 'which of them signed up first?' ranks by that date", ranks.first_after_an_event),
    ("ranks: 'been a customer the longest' is no duration of other rows", ranks.tenure_not_a_duration),
    ("ranks: 'A or B: which has the higher …' picks the top of the rows named", ranks.the_higher_of_the_rows_named),
    ("ranks: superlatives, by a measure, a date or a size", ranks.read_ranks),
    ("ranks: 'which companies were founded most recently?': every row of the latest year",
     ranks.ties_at_the_top_of_a_year),
    ("filters: 'over 24h' compares how long each row lasted, never a money or count column",
     filters.durations_compared),
    ("filters: a comparative with a unit ('longer than 20 km') compares the unit's column",
     filters.comparatives_with_units),
    ("filters: comparisons with numbers", Interpreter._comparisons),
    ("filters: 'having count(*) > 10, with the counts' shows the count once", lambda it: one_figure_of_having(it)),
    ("order words: 'sort', 'descending'", Interpreter._direction_and_sort),
    ("follow-ups: 'all sectors' drops an earlier filter", Interpreter._drops),
    ("follow-ups: 'and 2000?' replaces the earlier answer's one number condition", filters.bare_number_replaces),
    ("follow-ups: 'and the year before?' moves the earlier answer's one period", filters.shifted_period),
    ("dates: 'invoices 2024': a year said alone, first or last (after the readers of numbers)", dates.bare_years),
    ("dates: 'the full-year 2024 budget': a year right before a name of the data", dates.year_before_a_name),
    ("what is left: entities, columns to show, limits", Interpreter._rest),
    ("ranks: 'max(pe10), with the month' is the row holding the extreme, with that column",
     ranks.extreme_with_its_columns),
    ("what is left: 'rows where hq_region is null' shows each row's key", lambda it: rows_by_their_key(it)),
    ("measures: 'budget per sq ft' with no square feet in the data is declined", measures.per_unit_not_in_the_data),
    ("what is left: 'the average yield of the Texas energy names': the rows, not a name per row",
     lambda it: names_of_rows_aggregated(it)),
    ("what is left: 'where is it based?' shows every place column of its kind", places_asked_where),
)


def distinct_rows_counted(cat, table: str, said: str) -> None:
    """'how many distinct companies': a table's rows are distinct by their key, so the count is of its
    rows — unless a column that tells them apart nearly everywhere (a near key: an id, a registration
    number, an email) repeats on a few of them: then some rows may be one thing twice, and whether
    rows or that column's values are meant is unknown — declined, naming the column."""
    t = cat.tables[table]
    for name, col in t.columns.items():
        p = col.profile
        if name in t.primary_key or cat.is_measure(table, name) or cat.is_time(table, name) or \
                cat.is_flag(table, name) or p.count < 20:
            continue
        if 0.9 * p.count <= p.distinct < p.count:
            raise CannotAnswer(f"'{said}': each {table} row is distinct, but {name} repeats on "
                               f"{p.count - p.distinct} of them (one thing in several rows?); ask for the rows "
                               f"or for the distinct {name} values", [said])


def sorted_by_its_own_figure(it) -> None:
    """'sum(market_cap) by sector, order by it desc': 'by it' after a sort word points at the one figure
    the same question computes before it (an order by that figure, no earlier answer)."""
    m = it.m
    for i, x in enumerate(m[:-2]):
        if x.kind != "kw" or x.kw[0] != "sortword" or m[i + 1].text != "by" or m[i + 2].kind != "kw" or \
                m[i + 2].kw[0] != "anaphora" or m[i + 2].text not in ("it", "that", "this"):
            continue
        figures = [y for y in m[:i] if y.kind == "kw" and y.kw[0] in ("agg", "count")]
        if len(figures) != 1 or any(y.kind == "kw" and y.kw[0] == "anaphora" for j, y in enumerate(m) if j != i + 2):
            continue
        for y in m[i + 1:i + 3]:
            y.kind, y.kw, y.used = "skip", (), True


def sql_having(it) -> None:
    """'group by sub_industry having count(*) > 10': SQL's HAVING right after the grouping column and
    right before a count or an aggregate compared with a number is the condition on each group's
    figure (which the comparison reads), never a word of the data."""
    m = it.m
    for i, x in enumerate(m[2:-3], 2):
        if x.kind != "word" or x.text != "having" or m[i - 2].kind != "kw" or m[i - 2].kw[0] != "group" or \
                m[i - 1].kind != "ref":
            continue
        j = i + 1
        if m[j].kind == "kw" and m[j].kw[0] == "agg" and j + 1 < len(m) and m[j + 1].kind == "ref":
            j += 1
        elif not (m[j].kind == "kw" and m[j].kw[0] == "count"):
            continue
        if j + 2 < len(m) and m[j + 1].kind == "kw" and m[j + 1].kw[0] == "cmp" and m[j + 2].kind == "num":
            x.kind, x.kw, x.used = "skip", (), True


def one_figure_of_having(it) -> None:
    """'group by x having count(*) > 10, with the counts': the figure said in the HAVING and again
    after it is one figure, shown once."""
    r = it.r
    if r.order or not any(x.kind == "skip" and x.text == "having" for x in it.m):
        return
    kept: list = []
    for a in r.measures:
        if a not in kept:
            kept.append(a)
    r.measures = kept


_ROW_NOUNS = frozenset({"rows", "records"})
ROW_LEADS = frozenset({"show", "list", "the", "all", "give", "me", "get", "return", "select"})
_ROW_CONDITIONS = ("where", "with", "whose", "that", "having")


def rows_with_a_condition(mentions: list[Mention], leads: frozenset[str] = ROW_LEADS) -> list[Mention]:
    """'show rows where hq_region is null', 'records with eps < 0': the mentions after the request
    words (`leads`, list keywords) when they open with a noun for rows and a word of condition; else []."""
    m = [x for x in mentions if not (x.kind == "kw" and x.kw[0] == "list") and x.text not in leads]
    if len(m) < 2 or m[0].kind != "word" or m[0].text not in _ROW_NOUNS or m[1].text not in _ROW_CONDITIONS:
        return []
    return m


def rows_by_their_key(it) -> None:
    """'rows where hq_region is null', 'records with eps < 0': the rows themselves, each shown with its
    key (the key says which row it is; the name alone may not be unique)."""
    r = it.r
    if not rows_with_a_condition(it.m) or r.measures or r.group or not r.filters:
        return
    tables = {c.split(".")[0] for c in [f.column for f in r.filters] + r.select if c}
    if r.entity is not None:
        tables.add(r.entity)
    if len(tables) != 1:
        return
    t = tables.pop()
    pk = it.cat.tables[t].primary_key
    if len(pk) == 1 and f"{t}.{pk[0]}" not in r.select:
        r.select.insert(0, f"{t}.{pk[0]}")


_HAVING = frozenset({"have", "has", "had", "pay", "pays", "paid", "offer", "offers", "with", "are", "is", "were",
                     "was"})
_OPINION_VERBS = {"like", "liked", "likes", "enjoy", "enjoyed", "enjoys", "love", "loved", "loves", "hate",
                  "hated", "dislike", "disliked", "prefer", "preferred", "appreciate", "appreciated"}


# 'for my board slide', 'for the report': what the answer is for; 'in this database': where it is
_PURPOSE_NOUNS = {"slide", "slides", "deck", "presentation", "memo", "report", "briefing"}
_PURPOSE_LEAD = {"my", "the", "our", "a", "board", "next", "this", "monthly", "weekly", "quarterly", "annual"}
_THE_DATA = {"database", "dataset", "db"}


def asides_of_no_meaning(it) -> None:
    """'For my board slide: total market cap by sector', 'how many companies are in this database?':
    a phrase saying what the answer is for (a slide, a report: plain words, no name of the data) or
    that it is about the database itself asks nothing of the data; its words are filler (and 'this'
    there points at no earlier answer)."""
    m = it.m
    for i, x in enumerate(m):
        if x.text == "for":
            j = i + 1
            while j < len(m) and m[j].kind == "word" and m[j].text in _PURPOSE_LEAD:
                j += 1
            if j < len(m) and m[j].kind == "word" and m[j].text in _PURPOSE_NOUNS and j - i <= 4:
                _aside(m[i:j + 1])
        elif x.text in ("in", "from") and i + 2 < len(m) and m[i + 1].text in ("this", "the", "our") and \
                m[i + 2].kind == "word" and m[i + 2].text in _THE_DATA:
            _aside(m[i:i + 3])


def _aside(words) -> None:
    for y in words:
        y.used = True
        y.kind, y.kw = "skip", ()       # (no pointer, no keyword: said of nothing in the data)


def opinion_asked(it) -> None:
    """'did the audience like their talks?', 'do customers enjoy it?': a question that opens with
    do/does/did and whose verb is one of liking asks what people felt, which rows do not record
    ('like' is filler only in 'would like'); the verb is left unaccounted, so it is declined."""
    if not it.tokens or it.tokens[0].text not in ("do", "does", "did"):
        return
    for x in it.m[1:]:
        if x.text in _OPINION_VERBS and x.kind in ("word", "kw"):
            x.kind, x.kw, x.used, x.lacking = "word", (), False, True


def unit_of_measure_asked(it) -> None:
    """'What unit is stock netting sold in?': 'unit' in the singular after 'what'/'which' asks for a
    unit of measure (kg, box, roll), never the amount a quantity column holds ('units' sold); a
    column read from it by the quantity synonym is left unread, so the word is declined."""
    m = it.m
    for i, x in enumerate(m):
        if x.kind != "ref" or x.text != "unit" or x.ref is None or x.ref.kind != "column" or i == 0 or \
                m[i - 1].text not in ("what", "which"):
            continue
        if "unit" in it.cat._raw_words(x.ref.column):
            continue                            # a column named for the unit itself
        x.kind, x.refs, x.ref, x.lacking = "word", [], None, True


def names_of_rows_aggregated(it) -> None:
    """'what's the average yield of the Texas energy names?': the plural of a table's name column said
    right after the values that pick the rows, in a question for one aggregate, names those rows (as
    'companies' would); it is no column to show, which would give each row its own 'average'."""
    r = it.r
    if len(r.select) != 1 or r.group or r.dims_named or len(r.measures) != 1 or \
            r.measures[0].func not in ("avg", "sum", "min", "max") or r.limit is not None or r.rank_dir:
        return
    t, c = r.select[0].split(".")
    if c not in it.cat.label_columns(t):
        return
    m = [x for x in it.m if x.text not in ("the", "a", "an")]
    for i, x in enumerate(m):
        if x.col == r.select[0] and x.text.endswith("s") and i > 0 and m[i - 1].kind == "value" and \
                i + 1 >= len(m) - 1 and all(y.kind != "kw" or y.kw[0] != "group" for y in m):
            r.select = []
            return


def _stronger_apart(x: Mention, inside: list[Ref], reach: set[str]) -> bool:
    """The words name a column outright only in a table that cannot be joined ('dividend yield'),
    and the tables in play hold a weaker reading of only part of them ('dividend')."""
    top = max(r.strength for r in x.refs)
    if max(r.strength for r in inside) >= top or any(r.table in reach for r in x.refs if r.strength == top):
        return False
    said = [stem(w) for w in x.text.split()]
    return not any(all(w in re.sub(r"[^a-z0-9]", "", (r.column or r.table).lower()) for w in said) for r in inside)


OPERAND_WORDS = ("per", "to", "over", "by", "divided", "times", "/", "versus", "vs")


def _operand(m: list[Mention], x: Mention) -> bool:
    """A column word of a table that cannot be joined which the question computes with ('price
    per earnings', 'rank them by EV/EBITDA', 'average yield'): the answer would drop it. Said as
    context ('companies in the S&P 500') it is only unused."""
    i = m.index(x)
    before = m[i - 1] if i > 0 else None
    after = m[i + 1] if i + 1 < len(m) else None
    return before is not None and (before.text.split()[-1] in OPERAND_WORDS or
                                   before.kind == "kw" and before.kw[0] in ("agg", "rank", "group", "cmp")) or \
        after is not None and after.text.split()[0] in OPERAND_WORDS[:-3] or _held(m, i)


_HOLDING = ("has", "have", "had", "with", "without")


def _a_superlative(x: Mention) -> bool:
    """'the longest', 'the tallest': a word that ranks (alone or with the measure it names), which a
    loose reading as a column of an unrelated table must not swallow: dropped, the ranking is lost."""
    return x.text in ROLE_RANKS or KEYWORDS.get(x.text, ("",))[0] == "rank"


def _rows_asked_for(m: list[Mention], x: Mention) -> bool:
    """'how many firms …', 'which firms …', 'list the firms …': the name right after the count or
    list word (an article between) is the rows the question is about, unless it only qualifies the
    name after it ('how many S&P 500 companies', 'index companies')."""
    at = m.index(x)
    if at + 1 < len(m) and m[at + 1].kind in ("ref", "skip", "apart", "value"):
        return False
    i = at - 1
    while i >= 0 and m[i].text in ("the", "all", "of", "our"):
        i -= 1
    return i >= 0 and m[i].kind == "kw" and m[i].kw[0] in ("count", "list")


def _held(m: list[Mention], i: int) -> bool:
    """'companies that have earnings data', 'with a CAPE recorded': a column word said as what the
    rows hold (a condition on them), not as context."""
    j = i - 1 - (i > 1 and m[i - 1].text in ("a", "an", "any", "no"))
    return j >= 0 and m[j].text in _HOLDING


def _part_of_values(tokens, x: Mention, v: ValueRef, w: ValueRef) -> bool:
    """'the Python courses': a word that is only part of the values of a column ('Advanced Python
    Patterns', 'Python Web Scraping') means every value of that column containing it."""
    if x.end - x.start != 1 or v.score >= 0.9 or w.score >= 0.9 or (w.table, w.column) != (v.table, v.column):
        return False
    return same_word(tokens[x.start].text, w.value)


def _label_like(cat: Catalog, v: ValueRef) -> bool:
    return cat.label(v.table) == v.column


# 'the most defects overall', 'the top customers overall': an amount ranked, where 'overall' is its total
_AMOUNT_RANKS = {"most", "least", "fewest", "top", "bottom", "more", "less"}
