"""Question tokens -> mentions: the longest phrases that name a table, a column, a value in
the data, a keyword, a number or a month; what is left is a plain word."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType

from ..schema import singular
from .catalog import BARE_NAME_SCORE, Catalog, Ref, ValueRef, phrase_key, skeleton, value_key
from .currency import dollars_after_a_number
from .text import MONTHS, STOP, Token, stem
from .valuation import worth_without_an_amount
from .vocab import KEYWORDS, PEOPLE_WORDS, ROLE_RANKS, SPANS_OF_TIME, UNIT_WORDS, UNITS_OF, VALUE_SHORT_FORMS

MAX_KEYWORD = max(len(k.split()) for k in KEYWORDS)
YEAR_MIN, YEAR_MAX = 1000, 2100


@dataclass
class Mention:
    start: int
    end: int
    kind: str                       # ref | value | kw | num | date | word
    text: str
    refs: list[Ref] = field(default_factory=list)
    values: list[ValueRef] = field(default_factory=list)
    kw: tuple = ()
    number: float | None = None
    percent: bool = False
    date: tuple = ()                # (lo, hi) ISO bounds, hi exclusive
    used: bool = False
    ref: Ref | None = None          # the chosen reading of an ambiguous ref
    decade: bool = False
    alternatives: set = field(default_factory=set)   # other columns the same words name
    loose: bool = False             # a word that only begins like a column word ('shipping' ~ SHIP_DT)
    event: bool = False             # a verb for the date of the table it is said of ('issued', 'placed')
    reached: bool = False           # a stage's verb read as its date being set ('completed' jobs, later stages too)
    qualifier: bool = False         # a column said of the rows counted ('how many plays songs'): never a verb
    capitals: bool = False          # a short word typed in capitals ('EV'): an abbreviation, never filler
    lacking: bool = False           # words naming a thing the data does not hold ('phone number'): never filler
    months: tuple = ()              # a period said without its year ('September', 'Q3'): (first month, how many)

    @property
    def col(self) -> str | None:
        return f"{self.ref.table}.{self.ref.column}" if self.ref and self.ref.kind == "column" else None


# --------------------------------------------------------------------------------------
# scanning
# --------------------------------------------------------------------------------------
# Words an asker clips when typing fast ('accts', 'amt', 'qtr'), read as the word they clip only
# when the data names nothing by the clipped form itself (a column, table or value called 'amt' is
# that) and the word spelled out is a keyword, a quarter or a name of the data; never 'rev'
# (revenue or review?) nor 'cat'.
ASKER_ABBREVIATIONS = MappingProxyType({
    "acct": "account", "accts": "accounts", "amt": "amount", "amts": "amounts", "custs": "customers",
    "qtr": "quarter", "qtrs": "quarters", "excl": "excluding", "incl": "including",
})


def _spelled_out(t: Token, cat: Catalog) -> Token:
    long = ASKER_ABBREVIATIONS.get(t.text)
    if long is None or (t.stem,) in cat.phrases or (t.stem,) in cat.values or (t.text,) in cat.phrases:
        return t
    if long in KEYWORDS or long in ("quarter", "quarters") or (stem(long),) in cat.phrases:
        return Token(long, stem(long), t.raw, compound=t.compound, hyphen_after=t.hyphen_after)
    return t


def scan(tokens: list[Token], cat: Catalog) -> list[Mention]:
    tokens = [_spelled_out(t, cat) for t in tokens]
    out: list[Mention] = []
    i, n = 0, len(tokens)
    longest = max(cat.max_phrase, MAX_KEYWORD, 6)
    while i < n:
        acronym = _acronym(i, tokens[i], cat)
        best = None
        # 'IT' alone is a category's initials; 'IT Staff' is the longer name found in the data
        for size in range(min(longest, n - i), 1 if acronym is not None else 0, -1):
            span = tokens[i:i + size]
            text = " ".join(t.text for t in span)
            key = tuple(t.text if t.is_number else t.stem for t in span)
            vkey = tuple(t.text if t.is_number else t.stem for t in span)
            cands = []
            refs = _not_an_agent(span[-1], cat.phrases.get(key, ()), cat) if key in cat.phrases else []
            if refs:
                cands.append(Mention(i, i + size, "ref", text, refs=sorted(refs, key=_ref_order)))
            if vkey in cat.values and not (size == 1 and (span[0].text in STOP and not _letter_of_its_column(
                    i, tokens, cat) or span[0].is_number)):
                vals = [v for v in cat.values[vkey] if _value_fits(v, span, cat) and
                        not _common_word_of_a_name(v, span, tokens[i - 1] if i else None) and
                        not _adjective_before_people(v, span, tokens[i + size] if i + size < n else None, cat)]
                if vals and size == 1 and all(v.score < 1.0 for v in vals):
                    # 'the Spanish ones': a word of course titles as well as the demonym of 'Spain';
                    # the table the question names picks one (understand._pick_value)
                    vals += [v for v in _word_of_values(span[0], cat, i, tokens) if v not in vals]
                if vals:
                    cands.append(Mention(i, i + size, "value", text, values=sorted(vals, key=_val_order)))
            if text in KEYWORDS:
                cands.append(Mention(i, i + size, "kw", text, kw=KEYWORDS[text]))
            if size == 2 and span[0].text in MONTHS and span[1].is_number and YEAR_MIN <= span[1].number <= YEAR_MAX:
                cands.append(_month_mention(i, span[0].text, int(span[1].number)))
            period = _part_of_a_year(span)
            if period is not None and period[2] is None and not cands:
                best = period_mention(i, size, text, *period)       # 'Q4', 'the second half': no year said
                break
            if period is not None:
                cands.append(period_mention(i, size, text, *period))
            if size == 1 and text in cat.event_dates and key not in cat.phrases and _time_follows(tokens, i + 1):
                # "invoices issued in 2021", "orders placed each year": the table's only date
                best = Mention(i, i + 1, "ref", text, refs=sorted(cat.event_dates[text], key=_ref_order), event=True)
                break
            role = ROLE_RANKS.get(text)
            cols = next((cat.role_columns(r) for r in (role or ())[1:] if cat.role_columns(r)), None)
            if cols:
                # "the longest": a ranking, and the duration (else the distance) it ranks by
                out.append(Mention(i, i + size, "kw", text, kw=("rank", role[0])))
                best = Mention(i, i + size, "ref", text, refs=sorted(
                    {Ref("column", t, c, 2) for t, c in cols}, key=_ref_order))
                break
            if cands:
                best = _date_verb_over_value(cands, span, tokens, i + size, cat) or \
                    _value_in_its_own_form(cands, span, cat) or _prefer(cands, span)
                break
        if best is None and acronym is not None:
            best = acronym
        if best is None:
            t = tokens[i]
            if t.is_number:
                best = Mention(i, i + 1, "num", t.text, number=t.number, percent=t.percent)
                best.decade = t.decade
            elif t.text in ROLE_RANKS:
                # 'the longest' with no duration, distance or size in the data: a superlative, never a
                # column its stem loosely names ('long_rate'); left a word, no rule ranks by it
                best = Mention(i, i + 1, "word", t.text)
            else:
                best = _table_initials(i, t, cat) or \
                    coded_value(i, t, cat) or _loose_value(i, tokens, cat) or _loose_column(i, t, cat) or \
                    coded_name(i, t, cat) or \
                    Mention(i, i + 1, "word", t.text, capitals=_abbreviation(t),
                            months=(MONTHS[t.text], 1) if t.text in MONTHS else ())
        out.append(best)
        i = best.end
    _codes_of_named_rows(out)
    _initials_of_a_code(out, tokens, cat)
    _product_of_two_measures(out, tokens, cat)
    _sql_group_word(out)
    _column_named_like_a_keyword(out, cat)
    _noun_before_a_count(out)
    _keyword_valued_before_its_column(out, cat)
    _word_of_a_named_column(out, cat)
    _time_word_of_a_date_column(out, cat)
    _value_naming_an_attribute(out)
    _number_of_a_name(out)
    _number_of_a_measure(out, cat)
    _ranked_measure_word(out, cat)
    _superlative_on_a_measure(out, cat)
    _price_relative_to_a_figure(out, tokens, cat)
    _trading_at_a_price(out, cat)
    _range_of_a_low_and_a_high(out, tokens, cat)
    _share_of_rows(out)
    _amount_a_share_is_of(out)
    _per_share(out, cat)
    _name_of_a_code(out, cat)
    _merge_units(out, cat)
    dollars_after_a_number(out, cat)
    worth_without_an_amount(out, cat)
    _percent_of_a_column(out, cat)
    _intensifiers_of_a_superlative(out)
    _loose_modifiers(out)
    _noun_and_its_participle(out)
    _table_word_of_its_column(out, cat)
    _noun_of_an_event(out, cat)
    _kinds_without_a_kind(out, cat)
    _verbs_before_an_article(out, cat)
    _passive_verbs_before_a_value(out, cat)
    _event_verbs(out)
    _kind_of_a_time_clause(out, cat)
    _every_period_at_once(out)
    _verb_form_beside_a_named_row(out, cat)
    _leaving_values_aside(out)
    _states_and_moves_not_held(out)
    return out


_GO_VERBS = {"go", "goes", "going", "gone", "went"}


def _states_and_moves_not_held(out: list[Mention]) -> None:
    """'when did prices last go up', 'which bays were in use': a phrasal verb of change ('go up',
    'went down') or a state of use ('in use') is made of short words that read as filler; they say
    what the question asks (a change over time, a state at a moment), so they are words of their own,
    never dropped — declined unless a rule accounts for them."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.end == b.start and b.kind == "word" and (a.text in _GO_VERBS and b.text in ("up", "down") or
                                                      a.text == "in" and b.text == "use"):
            out[i:i + 2] = [Mention(a.start, b.end, "word", f"{a.text} {b.text}", lacking=True)]
        i += 1


def _product_of_two_measures(out: list[Mention], tokens: list[Token], cat: Catalog) -> None:
    """'bed-nights', 'seat-miles', 'passenger-km': two measure words joined by a hyphen are one unit,
    the product of the two (capacity times nights), never the two totals side by side; the engine
    multiplies no columns, so the compound is left unaccounted and the question declined."""
    def measure_word(x: Mention) -> bool:
        return x.kind == "ref" and x.end - x.start == 1 and tokens[x.start].compound and any(
            r.kind == "column" and cat.is_measure(r.table, r.column) for r in x.refs)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if measure_word(a) and measure_word(b) and a.end == b.start and tokens[a.start].hyphen_after:
            out[i:i + 2] = [Mention(a.start, b.end, "word", f"{a.text}-{b.text}", lacking=True)]
        i += 1


def _sql_group_word(out: list[Mention]) -> None:
    """'count accounts group by status', 'grouped by month': SQL's 'group' before a grouping that
    starts with 'by' says nothing more than that 'by' (a plain word only: never a column named so)."""
    for i, x in enumerate(out[:-1]):
        nxt = out[i + 1]
        if x.kind == "word" and x.text.lower() in ("group", "grouped") and nxt.kind == "kw" and \
                nxt.kw[0] in ("group", "grain") and nxt.text.split()[0] == "by":
            x.used = True


def _leaving_values_aside(out: list[Mention]) -> None:
    """'Leaving cancelled subscribers aside, which plan …', 'leaving hoodies out': the values said
    between the verb and 'aside' (or 'out') are left out, as after 'excluding'."""
    for i, x in enumerate(out):
        if x.kind != "word" or x.text not in ("leaving", "leave", "setting", "set"):
            continue
        end = next((j for j in range(i + 2, min(i + 6, len(out))) if out[j].text in ("aside", "out")), None)
        if end is None or not any(y.kind == "value" for y in out[i + 1:end]):
            continue
        rest = [y for y in out[:i] + out[end + 1:] if y.kind != "word" or y.text not in ("?", ".", "!", ",")]
        if not rest:
            continue                # 'Leaving festivals out?' alone says nothing of what to show
        out[i] = Mention(x.start, x.end, "kw", x.text, kw=KEYWORDS["excluding"])
        out[end] = Mention(out[end].start, out[end].end, "skip", out[end].text, used=True)


def _verb_form_beside_a_named_row(out: list[Mention], cat: Catalog) -> None:
    """'What's Tesla trading at?': a verb form ('trading') that is only a word of a longer value
    ('Trading Companies & Distributors'), in a question naming one row by its name, is the verb said
    of that row, not a second filter that would empty the answer; left a word, it is declined."""
    named = {v.table for y in out if y.kind == "value" for v in y.values if v.column == cat.label(v.table)}
    for i, x in enumerate(out):
        if x.kind != "value" or " " in x.text or not x.text.endswith("ing") or not named:
            continue
        partial = all(v.value.lower() != x.text for v in x.values)
        if partial and all(v.table in named and v.column != cat.label(v.table) for v in x.values):
            out[i] = Mention(x.start, x.end, "word", x.text)


def _every_period_at_once(out: list[Mention]) -> None:
    """'across all years, which site had the most faults?', 'of all time': the whole span the data
    covers, neither a breakdown by year nor a word left over."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.kind == "kw" and a.kw[0] == "all" and a.text in ("all", "across all") and b.text in SPANS_OF_TIME:
            out[i:i + 2] = [Mention(a.start, b.end, "skip", f"{a.text} {b.text}", used=True)]
        i += 1


def _noun_before_a_count(out: list[Mention]) -> None:
    """'Order counts by status' where no table is named exactly 'order': a sort word right before
    'count(s)' is the noun of the rows counted, not 'sort'; left a plain word, it is declined."""
    for i, x in enumerate(out[:-1]):
        nxt = out[i + 1]
        if x.kind == "kw" and x.kw[0] == "sortword" and " " not in x.text and \
                nxt.kind == "kw" and nxt.kw[0] == "count" and nxt.text in ("count", "counts"):
            out[i] = Mention(x.start, x.end, "word", x.text)


_TIME_KINDS = {"year": "year", "date": "date", "day": "date"}
_CLAUSE_WORDS = ("they", "it", "he", "she", "that", "when", "was", "were", "is", "are", "got", "first")


_ATTRIBUTE_HEADS = ("number", "numbers", "no")


def _value_naming_an_attribute(out: list[Mention]) -> None:
    """'the director's phone number' where no column holds phone numbers and a channel is 'Phone':
    a value right before 'number' names an attribute the data does not have (it is not a filter on
    the channel); the two words stay unaccounted, so the question is declined naming them."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.kind == "value" and " " not in a.text and b.kind == "word" and b.text in _ATTRIBUTE_HEADS:
            out[i:i + 2] = [Mention(a.start, b.end, "word", f"{a.text} {b.text}", lacking=True)]
        i += 1


def _number_of_a_name(out: list[Mention]) -> None:
    """'the Nasdaq 100 members' where a company is 'Nasdaq, Inc.': a whole number glued to a value
    found in the data, before the noun of the rows or the end, is part of a name the data does not
    hold ('FTSE 100', 'Fortune 500'), not a limit; the words stay unaccounted and are declined."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        after = out[i + 2] if i + 2 < len(out) else None
        glued = b.kind == "num" and not b.percent and b.number is not None and b.number == int(b.number) and \
            not _is_year(b) and not b.text.startswith(("$", "£", "€"))
        if a.kind == "value" and glued and (after is None or after.text in ("?", ".") or
                                            after.kind == "ref" and any(r.kind == "table" for r in after.refs)):
            out[i:i + 2] = [Mention(a.start, b.end, "word", f"{a.text} {b.text}", lacking=True)]
        i += 1


def _word_of_a_named_column(out: list[Mention], cat: Catalog) -> None:
    """'requests that cost more than $3,000 to repair' where a column is repair_cost_usd and a
    category 'Playground Repair': a word only part of a value, that is a word of the name of a
    column another word of the question names, is that column's word, not a value filter."""
    named = [r for y in out if y.kind == "ref" for r in y.refs if r.kind == "column"]
    for i, x in enumerate(out):
        if x.kind != "value" or " " in x.text or not x.values or any(v.score >= 1.0 for v in x.values):
            continue
        if any(stem(x.text) in {stem(w) for w in cat.name_words_of(r.column)} for r in named):
            out[i] = Mention(x.start, x.end, "word", x.text, used=True)


_TIME_NOUNS = {"time", "times", "date", "dates", "day", "days", "moment", "hour", "hours"}


def _time_word_of_a_date_column(out: list[Mention], cat: Catalog) -> None:
    """'admissions by start time' where StartsAt is a date-time column and a film is 'Stitch in
    Time': a time noun right after a word naming a date column is that column's word ('start time',
    'departure date'), never only a part of a text value; left unaccounted, it is declined (which
    part of the date-time is meant, the time of day or the day, is not said by a grouping of years)."""
    for i, x in enumerate(out[1:], 1):
        before = out[i - 1]
        if x.kind != "value" or x.text not in _TIME_NOUNS or any(v.score >= 1.0 for v in x.values):
            continue
        if before.kind == "ref" and before.refs and all(
                r.kind == "column" and cat.is_time(r.table, r.column) for r in before.refs):
            out[i] = Mention(x.start, x.end, "word", x.text, lacking=True)


def _kind_of_a_time_clause(out: list[Mention], cat: Catalog) -> None:
    """'the year they were founded', 'the date it was added': the time word is the kind of the
    column the clause's verb names (a year column, a date column), not a column of its own."""
    for i, x in enumerate(out):
        kind = _TIME_KINDS.get(x.text)
        by = x.kind == "kw" and x.text.startswith("by the ") and i > 0 and out[i - 1].kind == "kw" and \
            out[i - 1].kw[0] == "sortword"          # 'sort them by the year they were founded'
        if by:
            kind = _TIME_KINDS.get(x.text.split()[-1])
        if kind is None or x.kind not in ("word", "ref") and not by:
            continue
        j = i + 1
        while j < len(out) and out[j].text in _CLAUSE_WORDS and j - i <= 3:
            j += 1
        verb = out[j] if i + 1 < j < len(out) else None
        if verb is None or verb.kind != "ref" or not verb.refs:
            continue
        refs = [r for r in verb.refs if r.kind == "column" and cat.column(r.table, r.column).kind == kind]
        if refs and len(refs) == len(verb.refs):
            # the pronoun stays itself ('what year was it founded?' still points back)
            out[i] = Mention(x.start, x.end, "kw", "by", kw=KEYWORDS["by"]) if by else \
                Mention(x.start, x.end, "word", x.text, used=True)
            verb.refs = refs
            return


def _event_verbs(out: list[Mention]) -> None:
    """'loans borrowed in 2021': the verb names the date of the table it is said of (named in the
    question); of no table named, it is only a word."""
    named = {r.table for y in out if y.kind == "ref" and not y.event for r in y.refs
             if r.kind == "table" and r.strength >= 2}
    for i, x in enumerate(out):
        if x.event:
            refs = [r for r in x.refs if r.table in named]
            out[i] = Mention(x.start, x.end, "ref", x.text, refs=refs, event=True) if refs else \
                Mention(x.start, x.end, "word", x.text)


def _loose_modifiers(out: list[Mention]) -> None:
    """'shipping cost' where a column is named FREIGHT_COST and another SHIP_DT: a word that only
    begins like a column word, right before a column named in full, qualifies that column."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        # (of a column of the same table: the 'status description' of parts is no STAT_CD of orders)
        same = [r for r in b.refs if r.table in {q.table for q in a.refs}] if a.kind == "ref" else []
        # ('the cancellations happened in 2024': the verb of the table's first date does not qualify a
        # noun that names a column of its own, cancelled_on; 'stores opened' is the stores' OPN_DT)
        own = b.event and any(r.kind == "column" for r in a.refs)
        if a.kind == "ref" and a.loose and b.kind == "ref" and not b.loose and not own and \
                any(r.kind == "column" for r in same) and \
                not {(r.table, r.column) for r in a.refs} & {(r.table, r.column) for r in b.refs}:
            out[i:i + 2] = [Mention(a.start, b.end, "ref", f"{a.text} {b.text}", refs=same)]
        i += 1


_BE_WORDS = ("was", "were", "is", "are", "been", "be", "being", "get", "got", "gets")


def _noun_and_its_participle(out: list[Mention]) -> None:
    """'how many tickets were sold' over TicketPrice and TicketsSold: a noun naming several columns,
    then a verb (after 'were', 'was'…) naming only some of them, names those: the tickets sold."""
    i = 0
    while i + 1 < len(out):
        a = out[i]
        j = i + 1
        while j < len(out) and out[j].text in _BE_WORDS and j - i <= 2:
            j += 1
        b = out[j] if j < len(out) else None
        cols = {(r.table, r.column) for r in a.refs} if a.kind == "ref" and \
            all(r.kind == "column" for r in a.refs) else set()      # ('products were priced': the rows)
        said = {(r.table, r.column) for r in b.refs} if b is not None and b.kind == "ref" else set()
        if len(cols) > 1 and said and said < cols and all(r.kind == "column" for r in b.refs):
            out[i:j + 1] = [Mention(a.start, b.end, "ref", " ".join(y.text for y in out[i:j + 1]), refs=b.refs)]
        i += 1


def _table_word_of_its_column(out: list[Mention], cat: Catalog) -> None:
    """'the most company headquarters': after a superlative or a count, a table's singular name
    right before a column of that table qualifies the column ('headquarters' of companies); it
    does not make the table the thing ranked ('the most company', its size)."""
    i = 1
    while i + 1 < len(out):
        k, a, b = out[i - 1], out[i], out[i + 1]
        tables = {r.table for r in a.refs if r.kind == "table" and r.strength >= 2} if a.kind == "ref" else set()
        own = [r for r in b.refs if r.kind == "column" and r.table in tables and not cat.is_time(r.table, r.column)] \
            if b.kind == "ref" else []          # ('the newest restaurant open': a verb, the event's date)
        if k.kind == "kw" and k.kw[0] in ("rank", "count", "agg") and own and not a.text.endswith("s") and \
                not b.text.endswith(("ed", "ing")) and not b.event:
            out[i:i + 2] = [Mention(a.start, b.end, "ref", f"{a.text} {b.text}", refs=own)]
        i += 1


def _noun_of_an_event(out: list[Mention], cat: Catalog) -> None:
    """'singers whose songs came out after 2015': a noun right before the words for an event of a
    column whose name begins with that noun (Song_release_year) is part of that column's name,
    not another column ('Song_Name') to show or group by."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.kind == "ref" and b.kind == "ref" and " " not in a.text:
            own = [r for r in b.refs if r.kind == "column" and cat.is_time(r.table, r.column) and
                   stem(cat.name_words_of(r.column)[0]) == stem(a.text) and
                   any(q.kind == "column" and q.table == r.table and q.column != r.column for q in a.refs)]
            if own:
                out[i:i + 2] = [Mention(a.start, b.end, "ref", f"{a.text} {b.text}", refs=own)]
        i += 1


def _kinds_without_a_kind(out: list[Mention], cat: Catalog) -> None:
    """'which riders take the most trips?' where only rider_type exists: the riders asked for are
    not in the data ('casual riders', with a value of rider_type, are that kind)."""
    for i, x in enumerate(out):
        asked = i > 0 and out[i - 1].text in ("which", "what") and x.text.endswith("s")
        if x.kind != "ref" or not asked or not x.refs:
            continue                    # 'patients by insurance' groups by InsuranceType
        kinds = [r for r in x.refs if r.kind == "column" and cat.name_words_of(r.column)[-1] in ("type", "kind")
                 and stem(cat.name_words_of(r.column)[0]) == stem(x.text)
                 and len(set(cat.name_words_of(r.column))) > 1]     # ('what types of …' of a column 'Type')
        valued = {(v.table, v.column) for y in out if y.kind == "value" for v in y.values}
        if kinds and len(kinds) == len(x.refs) and not any((r.table, r.column) in valued for r in kinds):
            out[i] = Mention(x.start, x.end, "word", x.text)


def _verbs_before_an_article(out: list[Mention], cat: Catalog) -> None:
    """'which of them pay a dividend?': a word only loosely like a measure (a synonym: 'pay' for
    earnings) right before 'a'/'an' is a verb, not that column ('opened a ticket' is the event's date)."""
    for i, x in enumerate(out[:-1]):
        if x.kind == "ref" and " " not in x.text and x.refs and max(r.strength for r in x.refs) <= 1 and \
                out[i + 1].text in ("a", "an") and x.text.isalpha() and not x.event and \
                all(r.kind == "column" and cat.is_measure(r.table, r.column) for r in x.refs):
            out[i] = Mention(x.start, x.end, "word", x.text)


def _time_right_after(tokens: list[Token], j: int) -> bool:
    """A time right after a word, or after a preposition ('closed in 2024', 'closed each month'), not a
    time of a later clause ('closed request in each department')."""
    if j < len(tokens) and tokens[j].text in ("in", "on", "during", "from", "by", "since", "before", "after",
                                              "between"):
        j += 1
    return j < len(tokens) and _time_follows(tokens[:j + 1], j)
def _passive_verbs_before_a_value(out: list[Mention], cat: Catalog) -> None:
    """'which of them were held at the Tokyo Dome?': a word only loosely like a category column of
    another table than the value's (a part of its name: 'held' of Days_held) between 'was'/'were'
    and a preposition before a value is the verb the value goes with, not that column."""
    for i, x in enumerate(out[1:-2], 1):
        after = out[i + 2:i + 4]
        value = after[0] if after[0].text != "the" else (after[1] if len(after) > 1 else None)
        if x.kind == "ref" and " " not in x.text and x.refs and max(r.strength for r in x.refs) <= 1 and \
                out[i - 1].text in ("was", "were", "is", "are", "been", "be") and \
                out[i + 1].text in ("at", "in", "on", "by", "from", "to", "into") and \
                value is not None and value.kind == "value" and x.text.isalpha() and not x.event and \
                all(r.kind == "column" and not cat.is_measure(r.table, r.column) for r in x.refs) and \
                not {r.table for r in x.refs} & {v.table for v in value.values}:
            # ('headquartered in California' names the table of the value: the column it is in)
            out[i] = Mention(x.start, x.end, "word", x.text)


def _time_follows(tokens: list[Token], j: int) -> bool:
    """A year, a grain or a period word right after a verb ('issued in 2021', 'placed each year')."""
    words = [t for t in tokens[j:j + 3]]
    for t in words:
        if t.is_number and YEAR_MIN <= (t.number or 0) <= YEAR_MAX:
            return True
        if t.text in ("each", "per", "every", "yearly", "monthly", "annually", "quarterly", "since", "between",
                      "before", "after", "year", "month", "quarter", "last", "this") or t.text in MONTHS:
            return True
    return False


def _number_of_a_measure(out: list[Mention], cat: Catalog) -> None:
    """'the average number of passengers', 'the highest number of passengers': where the column is
    itself a number, 'number of' only names it; the aggregate or the ranking applies to it."""
    for i, x in enumerate(out):
        if x.kind != "kw" or x.kw[0] != "count" or x.text not in ("number of", "count of", "num of", "no of"):
            continue
        prv = next((y for y in reversed(out[:i]) if not (y.kind == "word" and y.text in STOP)), None)
        nxt = out[i + 1] if i + 1 < len(out) else None
        after = next((y for y in out[i + 2:i + 4] if not (y.kind == "word" and y.text in STOP)), None)
        ranked = prv is not None and prv.kind == "kw" and (prv.kw[0] in ("agg", "rank") or
                                                          (prv.kw[0] == "group" and prv.text == "by"))
        compared = after is not None and after.kind == "kw" and after.kw[0] in ("cmp", "between")
        # 'the number of bedrooms of every listing': the column, row by row
        per_row = any(y.text in ("each", "every", "for each", "for every") for y in out[i + 2:i + 4])
        if not (ranked or compared or per_row) or nxt is None or nxt.kind != "ref":
            continue                # 'a number of passengers between 800 and 1300' is compared too
        if any(r.kind == "column" and cat.is_measure(r.table, r.column) for r in nxt.refs[:1]):
            out[i] = Mention(x.start, x.end, "word", x.text, used=True)


def _ranked_measure_word(out: list[Mention], cat: Catalog) -> None:
    """'the least delayed flight': after a ranking word, a word that is both a category value
    ('delayed') and the name of a measure ('depdelay') is the measure."""
    for i, x in enumerate(out[1:], 1):
        prv = out[i - 1]
        if x.kind != "value" or prv.kind != "kw" or prv.kw[0] != "rank" or " " in x.text:
            continue
        refs = [r for r in cat.phrases.get(phrase_key(x.text), ())
                if r.kind == "column" and cat.is_measure(r.table, r.column)]
        if refs:
            out[i] = Mention(x.start, x.end, "ref", x.text, refs=sorted(refs, key=_ref_order))


def _superlative_on_a_measure(out: list[Mention], cat: Catalog) -> None:
    """'which is cheapest on P/E?', 'the most expensive on price to book', 'cheapest 5 stocks on P/B':
    'on' after a superlative (past a number and the rows' noun) and before a measure column says what
    is ranked, as 'by' does (never the price the superlative names by itself)."""
    for i, x in enumerate(out[1:-1], 1):
        if x.kind != "word" or x.text != "on":
            continue
        j = i - 1
        while j > 0 and i - j <= 3 and (out[j].kind == "num" or out[j].kind == "ref" and out[j].refs and
                                        all(r.kind == "table" for r in out[j].refs)):
            j -= 1                      # 'cheapest 5 stocks on P/B': past the number and the rows' noun
        k = out[j - 1] if out[j].kind == "ref" and j > 0 and out[j - 1].start == out[j].start else out[j]
        nxt = out[i + 1]
        if k.kind == "kw" and k.kw[0] == "rank" and nxt.kind == "ref" and nxt.refs and all(
                r.kind == "column" and cat.is_measure(r.table, r.column) for r in nxt.refs):
            out[i] = Mention(x.start, x.end, "kw", "by", kw=KEYWORDS["by"])


# 'compared with', 'relative to': what a price superlative is measured against
_RELATIVE_TO = {("compared", "with"), ("compared", "to"), ("relative", "to"), ("measured", "against")}
_PRICE_SUPERLATIVES = {"cheapest", "most expensive", "least expensive", "priciest", "dearest", "costliest"}


def _price_relative_to_a_figure(out: list[Mention], tokens: list[Token], cat: Catalog) -> None:
    """'the most expensive compared with its earnings', 'cheapest relative to book': a price
    superlative measured against a figure is the ratio of the price to that figure, never the price
    alone. A stored column whose words say that ratio ('price to earnings') is what is ranked, as
    after 'by'; with none, the words are left unaccounted (declined, naming them)."""
    for i, x in enumerate(out[:-3]):
        if x.kind != "kw" or x.kw[0] != "rank" or x.text not in _PRICE_SUPERLATIVES:
            continue
        j = i + 1
        while j < len(out) and out[j].start == x.start:
            j += 1                      # past the price column the superlative names itself
        t0 = out[j].start if j < len(out) else len(tokens)
        if t0 + 2 >= len(tokens) or (tokens[t0].text, tokens[t0 + 1].text) not in _RELATIVE_TO:
            continue
        f = t0 + 3 if tokens[t0 + 2].text in ("its", "their", "the") else t0 + 2
        end = j
        while end < len(out) and end - j < 5 and out[end].text not in ("?", ".", "!", ",", ";") and \
                (out[end].kind in ("ref", "word") or out[end].end <= f):
            end += 1
        if out[end - 1].end <= f:
            continue
        words = tuple(t.text if t.is_number else t.stem for t in tokens[f:out[end - 1].end])
        price = stem("price")
        refs = [r for key in ((price, "to") + words, (price,) + words)
                for r in cat.phrases.get(key, ()) if r.kind == "column"]
        said = " ".join(y.text for y in out[j:end])
        if refs and len({(r.table, r.column) for r in refs}) == 1:
            ref = refs[0]
            out[j:end] = [Mention(t0, f, "kw", "by", kw=KEYWORDS["by"]),
                          Mention(f, out[end - 1].end, "ref", said, refs=[ref])]
        else:
            out[j:end] = [Mention(out[j].start, out[end - 1].end, "word", said, lacking=True)]
        return


_TRADE_VERBS = ("trading", "trade", "trades", "traded")


def _trading_at_a_price(out: list[Mention], cat: Catalog) -> None:
    """'What are Apple and Nvidia trading at?': 'trading at' with nothing after it is the price
    column, as 'priced at' is (where the data has one)."""
    refs = [r for r in cat.phrases.get(phrase_key("price"), ()) if r.kind == "column"]
    if not refs:
        return
    for i, x in enumerate(out[:-1]):
        if x.kind in ("word", "value") and x.text in _TRADE_VERBS and out[i + 1].text == "at" and \
                all(y.text in ("?", ".", "!") for y in out[i + 2:]):
            out[i:i + 2] = [Mention(x.start, out[i + 1].end, "ref", f"{x.text} at", refs=sorted(refs, key=_ref_order))]
            return


def _range_of_a_low_and_a_high(out: list[Mention], tokens: list[Token], cat: Catalog) -> None:
    """"Tesla's 52-week range": the words before 'range' with 'low' and with 'high' name two columns
    of one table (low_52w, high_52w): the range is both, shown side by side. A range ranked,
    sorted, compared or aggregated is a width (high - low), which this is not: left to decline."""
    if any(y.kind == "kw" and y.kw and y.kw[0] in ("rank", "agg", "count", "cmp", "sortword", "direction", "share")
           for y in out):
        return
    for i, x in enumerate(out):
        if x.kind != "word" or x.text != "range" or i == 0:
            continue
        for k in (3, 2, 1):
            if i - k < 0 or any(y.kind not in ("word", "num") for y in out[i - k:i]):
                continue
            span = tokens[out[i - k].start:x.start]
            key = tuple(t.text if t.is_number else t.stem for t in span)
            low = [r for r in cat.phrases.get(key + ("low",), ()) if r.kind == "column"]
            high = [r for r in cat.phrases.get(key + ("high",), ()) if r.kind == "column"]
            if len(low) == 1 and len(high) == 1 and low[0].table == high[0].table and low[0] != high[0]:
                words = " ".join(t.text for t in span)
                out[i - k:i + 1] = [Mention(out[i - k].start, x.start, "ref", f"{words} low", refs=low),
                                    Mention(x.start, x.end, "ref", f"{words} high", refs=high)]
                return


def _share_of_rows(out: list[Mention]) -> None:
    """'what percentage of countries are in Europe?' asks for a share of rows even where a column
    is named 'Percentage': the word followed by 'of' and a table."""
    for i, x in enumerate(out[:-2]):
        if x.kind != "ref" or KEYWORDS.get(x.text, ("",))[0] != "share" or out[i + 1].text != "of":
            continue
        nxt = next((y for y in out[i + 2:] if not (y.kind == "word" and y.text in STOP)
                    and not (y.kind == "kw" and y.kw[0] == "all")), None)
        if nxt is not None and nxt.kind == "ref" and nxt.refs and nxt.refs[0].kind == "table":
            out[i] = Mention(x.start, x.end, "kw", x.text, kw=KEYWORDS[x.text])


# Words naming an amount the rows are worth, which no column holds where they are filler.
_WORTH_WORDS = {"value", "values", "worth"}


def _amount_a_share_is_of(out: list[Mention]) -> None:
    """'what share of the value is lobster?': a share of an amount ('of the value', 'of the total
    worth') is never a share of the rows; where no column is that amount the word is not
    understood (declined), never dropped as filler."""
    for i, x in enumerate(out[:-2]):
        if x.kind != "kw" or x.kw[0] != "share" or out[i + 1].text != "of":
            continue
        nxt = next((y for y in out[i + 2:] if not (y.kind == "word" and y.text in STOP)
                    and y.text not in ("total", "overall", "whole")), None)
        if nxt is not None and nxt.kind == "word" and nxt.text in _WORTH_WORDS:
            nxt.lacking = True


def _per_share(out: list[Mention], cat: Catalog) -> None:
    """'more than $1,000 a share', 'price per share': 'a share' is the unit of a price, not a share
    of a total. After a number or a price it only states that unit; elsewhere it is not understood."""
    for i, x in enumerate(out):
        if x.kind != "kw" or x.text != "share" or i == 0 or out[i - 1].text not in ("a", "per", "each", "every"):
            continue
        before = out[i - 2] if i >= 2 else None
        prices = {c for role in ("price", "money") for c in cat.role_columns(role)}
        unit = before is not None and (before.kind == "num" or (before.kind == "ref" and any(
            r.kind == "column" and (r.table, r.column) in prices for r in before.refs)))
        out[i] = Mention(x.start, x.end, "word", x.text, used=unit)
        out[i - 1].used = out[i - 1].used or unit


def _name_of_a_code(out: list[Mention], cat: Catalog) -> None:
    """'the name of that major' where Major holds only numbers and refers to no table with names:
    the data has no name for it, so 'name' is not understood (never the code shown instead)."""
    for i, x in enumerate(out[:-2]):
        if x.kind not in ("kw", "ref") or x.text not in ("name", "names") or out[i + 1].text.split()[0] != "of":
            continue
        nxt = next((y for y in out[i + 2:] if not (y.kind == "word" and y.text in STOP)
                    and not (y.kind == "kw" and y.kw[0] == "anaphora")), None)
        if nxt is not None and (nxt.kind == "value" and nxt.values or
                                nxt.kind == "ref" and nxt.refs and nxt.refs[0].kind == "table"):
            t = nxt.values[0].table if nxt.kind == "value" else nxt.refs[0].table
            if cat.column(t, cat.label(t)).kind != "text":
                out[i] = Mention(x.start, x.end, "word", x.text)      # 'the names of those dogs': none kept
            continue
        if nxt is None or nxt.kind != "ref" or not nxt.refs or nxt.refs[0].kind != "column":
            continue
        t, c = nxt.refs[0].table, nxt.refs[0].column
        coded = cat.column(t, c).kind != "text" and c != cat.label(t)
        if coded and not any((f.table, f.column) == (t, c) for f in cat.foreign_keys):
            out[i] = Mention(x.start, x.end, "word", x.text)


_NAME_PARTS = re.compile(r"_|(?<=[a-z])(?=[A-Z])")


def _name_parts(column: str) -> list[str]:
    """The lower-cased parts of a column's name: 'day_rate_pence', 'DurationSec'."""
    return [w.lower() for w in _NAME_PARTS.split(column)]


def _kept_in_another_unit(a: Mention, word: str) -> bool:
    """'the day rate in pounds' where every column the words name keeps the figure in another unit
    of the same quantity (day_rate_pence; 'duration in minutes' of duration_sec): the answer would be
    in the column's unit, not the one asked."""
    said = UNITS_OF.get(word, set())
    cols = [r for r in a.refs if r.kind == "column"]
    for r in cols:
        kept = {u for w in _name_parts(r.column) for u in UNITS_OF.get(w, set())}
        if not any(q == q2 and u != u2 for q, u in said for q2, u2 in kept) or said & kept:
            return False
    return bool(cols)


_AMBIGUOUS_UNITS = {w for w, units in UNITS_OF.items() if len({q for q, _ in units}) > 1}     # 'pounds'


def _currency_the_data_does_not_say(a: Mention, word: str, cat: Catalog) -> bool:
    """'Microsoft's market cap in euros': a currency asked of an amount whose column names no
    currency, in tables that hold no currency column nor rate: the data does not say what currency
    its amounts are in, so the figure would be given in its own unknown one as if converted.
    ('pounds' is also a weight: only of an amount of money.)"""
    if ("money", "major") not in UNITS_OF.get(word, set()):
        return False
    cols = [r for r in a.refs if r.kind == "column"]
    if not cols:
        return False
    for r in cols:
        if any(q == "money" for w in _name_parts(r.column) for q, _ in UNITS_OF.get(w, set())) or \
                any(set(cat.name_words_of(c)) & {"currency", "ccy", "curr", "fx"} or
                    {"exchange", "rate"} <= set(cat.name_words_of(c)) for c in cat.tables[r.table].columns):
            return False            # 'price_usd', 'amount_pence', a currency column or a rate: left to them
        money = (r.table, r.column) in cat.roles.get("money", ()) or (r.table, r.column) in cat.roles.get("price", ())
        if word in _AMBIGUOUS_UNITS and not money:
            return False
    return True


def _merge_units(out: list[Mention], cat: Catalog) -> None:
    """'length in milliseconds', 'weight in kilograms': a measure and its unit naming the same
    column are one mention of it."""
    i = 0
    while i + 2 < len(out):
        a, mid, b = out[i], out[i + 1], out[i + 2]
        if a.kind == "ref" and mid.text == "in" and b.kind == "word" and b.text in UNIT_WORDS and \
                any(r.kind == "column" for r in a.refs) and (_kept_in_another_unit(a, b.text) or
                                                             _currency_the_data_does_not_say(a, b.text, cat)):
            b.lacking = True            # 'day rate in pounds' of day_rate_pence: declined, naming 'pounds'
        elif a.kind == "ref" and mid.text == "in" and b.kind == "word" and b.text in UNIT_WORDS and \
                any(r.kind == "column" for r in a.refs):
            out[i:i + 3] = [Mention(a.start, b.end, "ref", f"{a.text} in {b.text}", refs=a.refs)]   # 'fee in dollars'
        elif a.kind == "ref" and b.kind == "ref" and mid.text == "in":
            common = {(r.table, r.column) for r in a.refs if r.kind == "column"} & \
                {(r.table, r.column) for r in b.refs if r.kind == "column"}
            if common:
                refs = [r for r in a.refs + b.refs if (r.table, r.column) in common and r.kind == "column"]
                top = {}
                for r in refs:
                    if r.strength > top.get((r.table, r.column), Ref("column", r.table, r.column, 0)).strength:
                        top[(r.table, r.column)] = r
                out[i:i + 3] = [Mention(a.start, b.end, "ref", f"{a.text} in {b.text}",
                                        refs=sorted(top.values(), key=_ref_order))]
        i += 1


def _intensifiers_of_a_superlative(out: list[Mention]) -> None:
    """'the biggest single bonus', 'the very first claim': words that only stress a superlative."""
    for i, x in enumerate(out):
        if x.kind != "word":
            continue
        before = out[i - 1] if i > 0 else None
        after = out[i + 1] if i + 1 < len(out) else None
        if x.text == "single" and before is not None and before.kind == "kw" and before.kw[0] == "rank" or \
                x.text == "very" and after is not None and (after.kind == "kw" and after.kw[0] == "rank" or
                                                            after.text in ("first", "last", "latest", "earliest")):
            x.used = True


PERCENT_WORDS = ("percentage", "percent", "pct")


def _percent_of_a_column(out: list[Mention], cat: Catalog) -> None:
    """'the completion percentage' where 'completion' names CompletedDt and PctComplete: the word
    for a percentage right after it picks the column whose name says percent."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.kind == "ref" and b.text in PERCENT_WORDS and (i + 2 >= len(out) or out[i + 2].text != "of"):
            own = [r for r in a.refs if r.kind == "column" and
                   {w.lower() for w in cat.name_words_of(r.column)} & {"pct", "percent", "percentage"}]
            if own:
                out[i:i + 2] = [Mention(a.start, b.end, "ref", f"{a.text} {b.text}", refs=own)]
        i += 1


def _keyword_valued_before_its_column(out: list[Mention], cat: Catalog) -> None:
    """'the plus plan' where plan holds 'plus': a word the engine also reads as a keyword ('plus' as
    'also') right before the name of a column that holds it as a value is that value."""
    for i, x in enumerate(out[:-1]):
        nxt = out[i + 1]
        if x.kind != "kw" or " " in x.text or nxt.kind != "ref" or x.kw[0] == "anaphora":
            continue
        cols = {(r.table, r.column) for r in nxt.refs if r.kind == "column"}
        # (the value as typed, never a code: 'per country' is no country 'PER')
        vals = [v for v in cat.values.get(value_key(x.text), ()) if (v.table, v.column) in cols and v.score >= 1.0
                and str(v.value).lower() == x.text and not str(v.value).isupper()]
        if vals:
            out[i] = Mention(x.start, x.end, "value", x.text, values=vals)


def _column_named_like_a_keyword(out: list[Mention], cat: Catalog) -> None:
    """A column literally named 'Total' or 'Count': the word is the column when nothing it could
    aggregate follows ('top 5 invoices by total', 'average invoice total', 'sum of total per country')."""
    for i in range(len(out) - 1, -1, -1):
        x = out[i]
        if x.kind != "kw" or x.kw[0] not in ("agg", "count") or " " in x.text:
            continue
        named = {r.table for y in out if y is not x and y.kind == "ref" for r in y.refs} | \
            {v.table for y in out if y.kind == "value" for v in y.values}
        twice = i > 0 and out[i - 1].kind == "kw" and out[i - 1].kw[0] == "agg"    # 'the total total'
        refs = [r for r in cat.phrases.get(phrase_key(x.text), ())     # its table is in the question
                if r.kind == "column" and r.strength >= 2 and (r.table in named or twice)]
        if not refs:
            continue
        skip = lambda y: (y.kind == "word" and (y.text in STOP or not y.text.isalnum())) or \
            (y.kind == "kw" and y.kw[0] in ("in", "anaphora"))  # noqa: E731
        nxt = next((y for y in out[i + 1:] if not skip(y)), None)
        prv = next((y for y in reversed(out[:i]) if not skip(y)), None)
        if nxt is not None and nxt.kind == "ref" and nxt.refs and nxt.refs[0].kind == "table" and prv is not None \
                and ((prv.kind == "kw" and prv.kw[0] in ("agg", "count")) or
                     (prv.kind == "ref" and any(r.kind == "table" and r.table in {c.table for c in refs} for r in prv.refs))):
            pass        # "the maximum total of invoices", "invoice total of invoices": the second word is the column
        elif nxt is not None and (nxt.kind in ("ref", "value") or (nxt.kind == "kw" and nxt.kw[0] in ("agg", "count"))):
            continue
        out[i] = Mention(x.start, x.end, "ref", x.text, refs=sorted(refs, key=_ref_order))


def _value_fits(v: ValueRef, span: list[Token], cat: Catalog) -> bool:
    """Codes in key columns ('MAR', 'AAPL') match only as typed in capitals, so the word
    'mars' is not Marriott's ticker; other values match their words, plural or not."""
    typed = " ".join(t.text for t in span)
    if v.value.isupper() and v.value.isalpha() and len(v.value) <= 6 and typed == v.value.lower():
        return all(t.raw.isupper() or not t.raw.isalpha() for t in span)
    words = v.value.lower().split()
    if len(words) == len(span):
        for t, w in zip(span, words):
            # the stem matches, the form does not: 'shipping costs' is not the status 'shipped', the
            # 'delay' of a flight is not the status 'delayed'
            if w.endswith(("ed", "ing")) and not t.text.endswith(w[-2:] if w.endswith("ed") else w[-3:]):
                return False
    return True


def _common_word_of_a_name(v: ValueRef, span: list[Token], before: Token | None) -> bool:
    """'the latest news': one word typed in lower case after an article or a modifier, that is a
    longer name only once its suffix or bracket is dropped ('News Corp (Class A)'), is the common
    word, not the name; typed as a name ('News'), in full, or where names go ('the price of apple')
    it is the name."""
    return len(span) == 1 and v.score == BARE_NAME_SCORE and not span[0].raw[:1].isupper() and \
        before is not None and before.text in _NOUN_MODIFIERS


def _adjective_before_people(v: ValueRef, span: list[Token], after: Token | None, cat: Catalog) -> bool:
    """'young people', 'new customers', 'old members': one word typed in lower case right before a
    word for people is an adjective of them, never a person's name ('Young', 'New'); a name is typed
    with its capital ('Sam Young', 'the Youngs')."""
    if len(span) != 1 or span[0].raw[:1].isupper() or after is None or \
            v.column not in cat.person_name_columns(v.table):
        return False
    people = {r.table for r in cat.phrases.get((after.stem,), ()) if r.kind == "table"}
    return after.text in PEOPLE_WORDS or bool(people & set(cat.person_tables()))


# words after which a lower-case word is a common noun ('the news', 'latest news'), not a name
_NOUN_MODIFIERS = ("the", "a", "an", "any", "some", "my", "our", "your", "latest", "newest", "recent", "new",
                   "old", "more", "most", "much", "no", "this", "that", "these", "those", "good", "bad", "big")


def _ref_order(r: Ref):
    return (-r.strength, r.kind != "column", r.table, r.column)


def _val_order(v: ValueRef):
    return (-v.score, v.table, v.column, v.value)


def _letter_of_its_column(i: int, tokens: list[Token], cat: Catalog) -> bool:
    """'how many A grades', 'a grade of A': a capital letter within the question, right before a word
    naming a column that holds that letter as a value, or after it (and 'of', 'is'), is the value,
    not the article."""
    t = tokens[i]
    if i == 0 or len(t.raw) != 1 or not t.raw.isupper():
        return False
    before = i - 2 if tokens[i - 1].text in ("of", "is", "was", "=", "equal", "equals") and i >= 2 else i - 1
    near = [tokens[j] for j in (before, i + 1) if 0 <= j < len(tokens) and j != i]
    cols = {(r.table, r.column) for x in near for r in cat.phrases.get((x.stem,), ()) if r.kind == "column"}
    return any((v.table, v.column) in cols for v in cat.values.get((t.stem,), ()))


_PLACE_WORDS = ("to", "from", "at", "in", "into", "by", "for", "on", "via")


def _date_verb_over_value(cands: list[Mention], span: list[Token], tokens: list[Token], j: int,
                          cat: Catalog) -> Mention | None:
    """'requests opened in 2024', 'when was it closed?': a verb that names a date column (opened_at,
    closed_at) as well as a status value ('Open', 'Closed') is the date when typed in another form
    than the value ('opened' is no 'Open'), when a time follows it, or when the question asks when;
    'closed requests' is the status."""
    ref = next((c for c in cands if c.kind == "ref"), None)
    value = next((c for c in cands if c.kind == "value"), None)
    if ref is None or value is None or len(span) != 1:
        return None
    dates = [r for r in ref.refs if r.kind == "column" and cat.column(r.table, r.column).kind == "date"]
    if not dates or len(dates) != len(ref.refs):
        return None
    typed = span[0].text
    other_form = not any(same_word(typed, v.value) for v in value.values)
    # 'when was it closed?': the verb ends a question asking when ('when was the open one closed?')
    # ('when was the last parcel delivered to Milan?': the verb before a place the question ends on)
    asked_when = any(t.text == "when" for t in tokens[:j]) and (
        all(t.text in ("?", ".", "!") for t in tokens[j:]) or
        tokens[0].text == "when" and j < len(tokens) and tokens[j].text in _PLACE_WORDS)
    if other_form or _time_right_after(tokens, j) or asked_when:
        return Mention(ref.start, ref.end, "ref", ref.text, refs=sorted(dates, key=_ref_order))
    passed = _stage_kept_by_later_stages(value, dates, cat)
    if passed is not None:
        return Mention(ref.start, ref.end, "ref", ref.text, refs=[passed], reached=True)
    return None


def _stage_kept_by_later_stages(value: Mention, dates: list, cat: Catalog):
    """'jobs completed' where a job's status moves on after it ('completed', then 'collected') and
    completed_on stays set: the status value is only where the job is now, and its rows are fewer
    than those with the stage's date; the verb says the stage was reached, i.e. the date column
    (of the status's own table) is set. None when the counts agree or the date is set on fewer rows."""
    for r in dates:
        vals = [v for v in value.values if v.table == r.table]
        if len(vals) != 1 or len([d for d in dates if d.table == r.table]) != 1:
            continue
        now = dict(cat.column(r.table, vals[0].column).profile.top).get(vals[0].value)
        when = cat.column(r.table, r.column).profile
        if now and when.count > now and when.nulls:
            return r
    return None


def _value_in_its_own_form(cands: list[Mention], span: list[Token], cat: Catalog) -> Mention | None:
    """'only shipped orders' where orders have a status 'shipped' and a column `shipping`: a word
    typed exactly as a value, in another form than every column name sharing its stem, is the value."""
    ref = next((c for c in cands if c.kind == "ref"), None)
    value = next((c for c in cands if c.kind == "value"), None)
    if ref is None or value is None or len(span) != 1:
        return None
    typed = span[0].text
    if not any(v.value.lower() == typed for v in value.values):
        return None
    if any(r.kind != "column" or typed in cat.name_words_of(r.column) for r in ref.refs):
        return None
    return value


def _prefer(cands: list[Mention], span: list[Token]) -> Mention:
    kinds = {c.kind: c for c in cands}
    if "date" in kinds:
        return kinds["date"]
    ref, value, kw = kinds.get("ref"), kinds.get("value"), kinds.get("kw")
    if value and ref:
        strongest = max(r.strength for r in ref.refs)
        capital = any(t.raw[:1].isupper() for t in span)
        if strongest <= 1 or capital or len(span) > 1:
            return value
        return ref
    if kw and kw.kw[0] == "anaphora" and (ref or value):
        return kw                   # 'them' is a pronoun even where a column is 'Theme' (stem 'them')
    if kw and (ref or value):
        # Words like "total", "count", "top" are keywords first, unless they name a column exactly.
        other = ref or value
        if ref and max(r.strength for r in ref.refs) >= 3 and (kw.kw[0] not in ("count", "agg", "rank", "cmp", "group")
                                                           or kw.text == "counts"):
            return ref              # ('the counts' of a column named Count are its values)
        if value and any(t.raw[:1].isupper() for t in span) and kw.kw[0] in ("list", "all", "overview"):
            return value
        return kw if kw.kw[0] not in ("list",) or not ref else other
    return ref or value or kw


def _abbreviation(t: Token) -> bool:
    """'EV' in 'EV/EBITDA': two letters typed in capitals name something ('OK', 'AM' do not)."""
    return t.raw.isalpha() and t.raw.isupper() and len(t.raw) == 2 and t.text not in ("ok", "am", "pm", "id", "vs")


def _month_mention(i: int, month: str, year: int) -> Mention:
    m = MONTHS[month]
    lo = f"{year:04d}-{m:02d}-01"
    hi = f"{year + (m == 12):04d}-{(m % 12) + 1:02d}-01"
    return Mention(i, i + 2, "date", f"{month} {year}", date=(lo, hi))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "last": 0, "final": 0}
_PARTS = {"q": 3, "quarter": 3, "h": 6, "half": 6}


def _part_of_a_year(span: list[Token]) -> tuple[int, int, int | None] | None:
    """'Q3 2024', 'H1 2024', 'the second half of 2023', 'first quarter 2024', and 'Q4', 'second half'
    with no year: (first month, how many months, the year or None)."""
    words = [t.text for t in span]
    year = None
    if len(span) >= 3 and span[-1].is_number and YEAR_MIN <= span[-1].number <= YEAR_MAX and \
            not span[-1].decade:
        year, words = int(span[-1].number), words[:-1 - (words[-2] == "of" and len(words) == 4)]
    if len(words) != 2:
        return None
    if words[0] in ("q", "h") and span[1].is_number:
        part, n = words[0], int(span[1].number) if float(span[1].number).is_integer() else 0
    elif words[0] in _ORDINALS and words[1] in ("quarter", "half") and (year or _ORDINALS[words[0]]):
        # ('the last quarter' with no year is the latest one in the data, not Q4)
        part, n = words[1], _ORDINALS[words[0]] or (12 // _PARTS[words[1]])
    else:
        return None
    length = _PARTS[part]
    if not 1 <= n <= 12 // length:
        return None
    return (n - 1) * length + 1, length, year


def period_mention(i: int, size: int, text: str, first: int, length: int, year: int | None) -> Mention:
    """A part of a year as a date (with its year) or as a word that names months (without one)."""
    if year is None:
        return Mention(i, i + size, "word", text, months=(first, length))
    last = first + length               # the month after, exclusive
    hi = f"{year + (last > 12):04d}-{(last - 1) % 12 + 1:02d}-01"
    return Mention(i, i + size, "date", text, date=(f"{year:04d}-{first:02d}-01", hi))


def _acronym(i: int, t: Token, cat: Catalog) -> Mention | None:
    """'IT' typed in capitals: the initials of a category value ('Information Technology')."""
    if not (t.raw.isupper() and t.raw.isalpha() and 2 <= len(t.raw) <= 4):
        return None
    found = cat.acronyms.get(t.text)
    if not found:
        return None
    return Mention(i, i + 1, "value", t.text, values=sorted(found, key=_val_order))


_INITIALS = re.compile(r"([A-Z]{2,4})s?")


def _table_initials(i: int, t: Token, cat: Catalog) -> Mention | None:
    """'POs' typed in capitals where no table, column or value is called that: the initials of
    the one table whose name is two to four words (PurchaseOrders), a loose match the reading states."""
    m = _INITIALS.fullmatch(t.raw)
    tables = cat.table_initials.get(m.group(1).lower(), set()) if m else set()
    if len(tables) != 1 or m.group(1).lower() in STOP:
        return None
    return Mention(i, i + 1, "ref", t.text, refs=[Ref("table", next(iter(tables)), strength=2)], loose=True)


def coded_name(i: int, t: Token, cat: Catalog) -> Mention | None:
    """A word whose consonants are a name written as a skeleton: 'trips' -> TRP, 'depot' ->
    dpt_cd, 'shelter' -> shltr_flg (a loose match, so the reading states it)."""
    refs = _by_skeleton(t, cat.coded)
    return Mention(i, i + 1, "ref", t.text, refs=sorted(refs, key=_ref_order), loose=True) if refs else None


def coded_value(i: int, t: Token, cat: Catalog) -> Mention | None:
    """'repair work orders' where wo_type holds 'RPR': a word whose consonants are a category code
    written without vowels is that code, before any name it is only a part of ('Rapid Truck Repair')."""
    vals = _by_skeleton(t, cat.coded_values)
    return Mention(i, i + 1, "value", t.text, values=sorted(vals, key=_val_order), loose=True) if vals else None


def _by_skeleton(t: Token, index: dict) -> set:
    """What a word's consonants name in `index` (a skeleton → names or codes), as typed or singular."""
    if t.text in STOP or t.text in KEYWORDS or len(t.text) < 4 or t.is_number or not t.text.isalpha():
        return set()
    found = set()
    for form in {t.text, singular(t.text)}:
        found |= index.get(skeleton(form), set())
    return found


def _initials_of_a_code(out: list[Mention], tokens: list[Token], cat: Catalog) -> None:
    """'no-shows by site' where bookings.status holds the codes OK, NS, CX: a hyphenated compound
    whose words' initials are one value of a column of short capital codes is that code ('NS'),
    never the negation 'no' and a word 'shows' left over."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.end == a.start + 1 and b.start == a.end and b.end == b.start + 1 and tokens[a.start].hyphen_after and \
                b.kind in ("word", "kw", "ref") and a.kind in ("word", "kw"):
            code = (tokens[a.start].text[:1] + tokens[b.start].text[:1]).lower()
            vals = [v for v in cat.values.get((code,), ()) if v.score >= 1.0 and _short_codes(cat, v.table, v.column)]
            if len(vals) == 1:
                out[i:i + 2] = [Mention(a.start, b.end, "value", f"{a.text}-{b.text}", values=vals)]
        i += 1


def _short_codes(cat: Catalog, table: str, column: str) -> bool:
    """Whether every value of a text column is a code of two or three capital letters ('OK', 'NS')."""
    values = [v for v in cat.column(table, column).profile.values if v is not None]
    return bool(values) and all(isinstance(v, str) and 2 <= len(v) <= 3 and v.isalpha() and v.isupper()
                                for v in values)


def _codes_of_named_rows(out: list[Mention]) -> None:
    """A code read from a word's consonants ('repair' → 'RPR') only of a table the question names
    otherwise (the work orders); elsewhere 'class' is no 'CLS' of some status: a plain word."""
    named = {r.table for y in out if y.kind == "ref" and y.refs for r in y.refs
             if r.strength == max(q.strength for q in y.refs)} | \
        {v.table for y in out if y.kind == "value" and not y.loose for v in y.values}
    for i, x in enumerate(out):
        if x.kind == "value" and x.loose and not any(v.table in named for v in x.values):
            out[i] = Mention(x.start, x.end, "word", x.text)


def _loose_column(i: int, t: Token, cat: Catalog) -> Mention | None:
    """A word that begins with an abbreviated column word: 'independent' -> IndepYear."""
    if t.text in STOP or t.text in KEYWORDS or len(t.text) < 6 or t.is_number:
        return None
    refs = set()
    for w, rs in cat.name_words.items():
        if t.text.startswith(w) and len(w) >= 0.4 * len(t.text):
            refs |= rs                      # 'independent' -> IndepYear
        elif len(t.stem) >= 5 and w.startswith(t.stem) and len(t.stem) >= 0.6 * len(w):
            refs |= rs                      # 'enrolled' -> enrollment_year
    refs = _not_an_agent(t, refs, cat)
    return Mention(i, i + 1, "ref", t.text, refs=sorted(refs, key=_ref_order), loose=True) if refs else None


def same_word(typed: str, value: str) -> bool:
    """The typed word is a word of the value, singular or plural ('banks' in 'Regional Banks',
    'semiconductors' in 'Semiconductor Materials'), not merely a stem ('market' is not 'Marketing')."""
    forms = {typed, typed + "s", typed + "es"}
    if typed.endswith("ies"):
        forms.add(typed[:-3] + "y")
    if typed.endswith("es"):
        forms.add(typed[:-2])
    if typed.endswith("s"):
        forms.add(typed[:-1])
    # a word joined to another by a hyphen is part of a compound: a 'Semi-final' is no final
    # a model number written on is the same word ('combi' in 'Logic Max Combi2')
    return any(w in forms or _MODEL_NUMBER.sub("", w) in forms
               for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", value.lower()))


_MODEL_NUMBER = re.compile(r"(?<=[a-z]{4})[0-9]+$")


def _loose_value(i: int, tokens: list[Token], cat: Catalog) -> Mention | None:
    """A single word that is part of a category value ('technology' -> 'Information Technology'),
    or the first word of a name written with a capital ('Berkshire'). A word for people is never
    part of a value ('Head of People'), and a word of a longer name typed in capitals ('United
    States') is not a value that only shares that word ('United Kingdom')."""
    t = tokens[i]
    if t.text in VALUE_SHORT_FORMS and len(t.text) >= 3:        # 'tech' -> 'Information Technology'
        long = VALUE_SHORT_FORMS[t.text]
        t = Token(long, stem(long), t.raw)
    if t.text in STOP or t.text in KEYWORDS or len(t.text) < 4 or t.text in PEOPLE_WORDS or t.compound:
        return None             # ('part-time' is not 'Medicare Part B')
    if t.text in MONTHS:
        return None             # a month is a time, not a word of 'Payroll September 2024'
    cands = {c for c in (cat.partial.get(t.stem) or cat.partial.get(t.text) or ()) if same_word(t.text, c.value)}
    cands = {c for c in cands if not _other_name(i, tokens, c.value) and not _other_particle(i, tokens, c.value)}
    if cands and _groups_by_a_common_noun(i, tokens, cands):
        return None
    if cands:
        return Mention(i, i + 1, "value", t.text, values=_part_of(cands))
    if t.raw[:1].isupper():
        firsts = {c for c in cat.first_words.get(t.text, ()) if not _other_name(i, tokens, c.value)}
        if firsts:
            return Mention(i, i + 1, "value", t.text, values=sorted(firsts, key=_val_order))
    return None


def _groups_by_a_common_noun(i: int, tokens: list[Token], cands: set[ValueRef]) -> bool:
    """'absences by reason': a lower-case word after 'by' that the values hold only in lower case
    (a common noun inside 'No reason yet provided', not a name such as 'Nolan') asks for groups;
    never a condition on the values it is a word of."""
    if i == 0 or tokens[i - 1].text != "by" or tokens[i].raw[:1].isupper():
        return False
    word = re.compile(rf"\b{re.escape(tokens[i].stem)}", re.I)
    found = [w for c in cands for w in word.findall(c.value)]
    return bool(found) and all(w[:1].islower() for w in found)


def _part_of(cands: set[ValueRef]) -> list[ValueRef]:
    """Of the values a word is part of, every one in the columns where it weighs most ('Python': all
    four course titles containing it, not only the two where it is one word of three)."""
    top = max(c.score for c in cands)
    cols = {(c.table, c.column) for c in cands if c.score == top}
    return sorted((c for c in cands if (c.table, c.column) in cols), key=_val_order)


# The particles of a phrasal verb: 'moved up' is not 'moved away', 'paid back' not 'paid out'
_PARTICLES = {"up", "down", "away", "back", "out", "off", "over", "around", "along", "ahead"}


def _other_particle(i: int, tokens: list[Token], value: str) -> bool:
    """'how many moved up?': the word is followed by a particle ('up') and, in the value holding it,
    by a different word ('moved away'): another phrasal verb, no part of that value."""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else None
    if nxt not in _PARTICLES:
        return False
    words = re.findall(r"[a-z0-9]+", value.lower())
    at = [k for k, w in enumerate(words) if w == tokens[i].text or stem(w) == tokens[i].stem]
    return bool(at) and all(k + 1 < len(words) and words[k + 1] != nxt for k in at)


def _word_of_values(t: Token, cat: Catalog, i: int | None = None, tokens: list[Token] | None = None) -> list[ValueRef]:
    """The values of a category column a word is part of ('Spanish' in 'Business Spanish')."""
    if t.text in STOP or t.text in KEYWORDS or len(t.text) < 4 or t.text in PEOPLE_WORDS or t.compound:
        return []
    cands = {c for c in (cat.partial.get(t.stem) or cat.partial.get(t.text) or ()) if same_word(t.text, c.value)}
    if i is not None and tokens is not None:
        cands = {c for c in cands if not _other_particle(i, tokens, c.value)}
    return _part_of(cands) if cands else []


AGENT_ENDINGS = ("er", "ers", "or", "ors")


def _not_an_agent(t: Token, refs, cat: Catalog) -> list[Ref]:
    """'the reviewer' is the person who reviews, not the table of reviews its stem shares ('review'):
    a word for a doer names a table or column only when the name says the doer too ('reviewer_id',
    'owners'), or when it is a listed synonym."""
    refs = list(refs)
    if t.text.endswith(("ing", "ings")) and (t.stem,) not in cat.synonym_keys:
        # 'the best-scoring cuppings' are no cupper (CUPPER_NM), though the stems are one ('cupp')
        def says_act(r: Ref) -> bool:
            words = [w for w in cat.name_words_of(r.table if r.kind == "table" else r.column)
                     if stem(w) == t.stem]
            return not words or not all(w.endswith(AGENT_ENDINGS) for w in words)
        return [r for r in refs if says_act(r)]
    if not t.text.endswith(AGENT_ENDINGS) or t.text in PEOPLE_WORDS or (t.stem,) in cat.synonym_keys:
        return refs

    def says_doer(r: Ref) -> bool:
        words = cat.name_words_of(r.table if r.kind == "table" else r.column)
        return any(w.endswith(AGENT_ENDINGS) and same_word(t.text, w) for w in words)
    return [r for r in refs if says_doer(r)]


def _other_name(i: int, tokens: list[Token], value: str) -> bool:
    """The capitalised word at i is one word of a longer name typed in capitals ('the United States')
    whose other word is not in `value` ('United Kingdom'): the question names something else."""
    if not tokens[i].raw[:1].isupper():
        return False
    words = set(re.findall(r"[a-z0-9]+", value.lower()))
    for j in (i - 1, i + 1):
        if j < 1 or j >= len(tokens) or tokens[j].is_number:
            continue                # the first word of a question is capitalised anyway
        raw = tokens[j].raw
        if raw[:1].isupper() and raw.isalpha() and not same_word(tokens[j].text, value) and \
                tokens[j].text not in words:
            return True
    return False


def _is_year(x: Mention) -> bool:
    return x.kind == "num" and x.number is not None and x.number == int(x.number) and \
        YEAR_MIN <= x.number <= YEAR_MAX and not x.percent
