"""The word ledger: every content word of a question is accounted for, or the question is
declined with a reason naming the words that were not.

After the interpreter has read a question, each mention is one of
- grounded: it became part of the plan (a table, column, value, number, date, operator…);
- filler: a word that carries no meaning of its own here ("the", "show", "please", "ever");
- unaccounted: a word that changes the question's meaning but that no rule used ("decade",
  "first", "ratio", "above" with nothing to compare with, an unknown noun like "CEO").

An answer that silently drops an unaccounted word would be the answer to another question, so
the engine declines instead (and in hybrid mode hands the question to the LLM)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .text import STOP, stem
from .vocab import CHANGE_NOUNS

# Keyword kinds whose words say something about the answer: when no rule used them, the
# answer would ignore part of the question.
MEANINGFUL_KW = {"rank", "cmp", "agg", "count", "between", "grain", "like", "none", "neg", "null", "share",
                 "sortword", "direction", "reverse", "reset", "place", "ratio"}

# Words of time comparisons that change the answer when no rule used them ('from' is often just
# a preposition: 'singers from France').
TIME_WORDS = {"after", "before", "since", "until", "till", "prior to", "later than", "earlier than", "onwards"}

# Plain words that carry no meaning of their own in a question about data.
FILLER = set("""was were is are be been has have had did does do show me please give tell list find what which
how many much get want would like know see could can you there here their them they those these with without
also too only just then now instead about some any all each every per ones one its it that this whose where
when who whom value values number numbers data table row rows record records recorded entries entry ever
overall today give versus vs compared compare whats what's where's how's located based
again among amongst same thing things figure figures info information detail details result results
answer answers okay ok yes sure thanks thank hey hi let lets us kindly wonder need look looking
together available exist exists existing listed known given certain various different through via""".split())

# Verbs that only relate the things a question names ("orders placed in 2023", "languages spoken in
# Canada", "students who took Databases"): the tables and values carry the meaning. Verbs for events
# or facts the data may not hold ("acquire", "forecast", "fire") are not here, so they are declined.
LINK_WORDS = set("""place placed make makes made take takes took taken speak speaks spoke spoken
perform performs performed sell sells sold buy buys bought live lives lived work works worked belong belongs
belonged write writes wrote written play plays played hold holds held own owns owned offer offers offered
attend attends attended enroll enrolls enrolled register registered serve serves served produce produces
produced participate participated operate operates operated contain contains contained receive receives
received visit visits visited teach teaches taught study studies studied use uses used involve involved
happen happened occur occurred get got happen go goes went come comes came run runs ran become becomes became
host hosts hosted hosting represent represents represented comprise comprises
constitute constitutes fly flies flying""".split())
LINK_VERBS = {stem(w) for w in LINK_WORDS}


# 'How did the Nasdaq do?', 'how is Apple performing?': how something fared names no measure, and
# the verb is not filler there. Future and forecast words: the data records what happened.
PERFORM_WORDS = {"do", "doing", "perform", "performed", "performing", "fare", "fared", "faring"}
FUTURE_WORDS = {"will", "shall", "forecast", "forecasts", "forecasted", "predict", "predicted", "prediction",
                "projected", "projection", "projections", "expected", "anticipated"}


def vague_or_future(mentions) -> list[str]:
    """Words that make a question one the data cannot answer, even where every other word is
    grounded: 'how did X do' (which measure of doing well?) and the future ('what will … be')."""
    out = []
    for i, x in enumerate(mentions):
        if x.kind != "word" or x.used:
            continue
        if x.text in FUTURE_WORDS:
            out.append(x.text)
        elif x.text in PERFORM_WORDS and i >= 2 and mentions[0].text == "how" and mentions[0].kind == "word":
            out.append(x.text)
        elif x.text in PERFORMANCE_WORDS and _judged(mentions, i):
            out.append(x.text)
        elif x.text in LOOK_WORDS and i + 1 < len(mentions) and mentions[i + 1].text == "like":
            out += [x.text, "like"]     # 'what does a pasqueflower look like?': a description
        elif _purpose_of_a_cost(mentions, i):
            out.append(x.text)
        elif x.text in CHANGE_NOUNS and not _asks_to_return(mentions, i):
            out.append(x.text)      # 'the highest return of the index': a change no rule computed
    return out


# Words before a verb said as a request ('return the names …', 'please return …', 'can you return …').
_BEFORE_A_REQUEST = {"please", "and", "then", "now", "just", "also", "you", "pls"}


def _asks_to_return(mentions, i: int) -> bool:
    """'return' as the verb of a request for rows, not the noun of a gain."""
    return mentions[i].text == "return" and (i == 0 or mentions[i - 1].text in _BEFORE_A_REQUEST)


LOOK_WORDS = {"look", "looks", "looked", "sound", "sounds", "taste", "tastes", "smell", "smells", "feel", "feels"}
COST_WORDS = {"cost", "costs", "costed", "price", "priced", "spend", "spent", "pay", "paid"}


def _purpose_of_a_cost(mentions, i: int) -> bool:
    """'how much did each turbine cost to buy?': the verb after 'to' says which cost ('to repair'
    is read where a column is named so, mentions._word_of_a_named_column); a cost recorded for
    another purpose (an inspection's) is not it, so an unused verb there is never filler."""
    if i < 2 or mentions[i - 1].text != "to":
        return False
    return any(y.text in COST_WORDS for y in mentions[max(0, i - 5):i - 1])


# 'which sector was the best performer?', 'which fund performed worst?': how well something did
# names no measure (by its count? its return?), even beside a ranking word.
PERFORMANCE_WORDS = {"perform", "performs", "performed", "performing", "performer", "performers", "performance",
                     "performances"}
_JUDGING = {"best", "worst", "top", "bottom", "better", "worse", "well", "poorly", "badly", "strongest", "weakest"}


def _judged(mentions, i: int) -> bool:
    """A word of how well something did next to a word judging it ('best performer', 'performed
    worst', 'top performing')."""
    return any(y.text in _JUDGING for y in mentions[max(0, i - 2):i + 3])


def who_without_persons(mentions, plan, cat) -> list[str]:
    """'Who owns that cat?', 'who has the heaviest pet?': 'who' asks for persons; an answer whose
    rows touch no table of persons, where one can be joined, answers another question."""
    if plan is None or cat is None or not mentions or mentions[0].text != "who":
        return []
    if len(mentions) > 2 and mentions[1].kind == "word" and is_link_verb(mentions[1].text) and \
            any(x.kind == "kw" and x.kw[0] == "anaphora" for x in mentions[2:]):
        return ["who"]              # 'who makes it?': the other side of a relation, not the rows again
    if _who_verb_object(mentions, plan):
        return ["who"]              # 'who teaches the Spanish courses?': the courses are not the answer
    tables, _cols = _plan_parts(plan, cat)
    persons = [t for t in cat.person_tables() if any(cat.connected(t, u) for u in tables)]
    return ["who"] if persons and not set(persons) & tables else []


def _side_of(x) -> frozenset:
    """What a mention beside 'or' conditions: the columns of its values or its column, or its kind."""
    if x.kind == "value":
        return frozenset(f"{v.table}.{v.column}" for v in x.values)
    if x.kind == "ref" and x.ref is not None:
        return frozenset({f"{x.ref.table}.{x.ref.column}" if x.ref.kind == "column" else x.ref.table})
    return frozenset({x.kind})


def either_condition(mentions, plan) -> list[str]:
    """'companies with a P/E above 100 or negative EPS', 'in Energy or with a yield above 5%': 'or'
    between conditions on different things asks for the rows meeting either; the plan's conditions
    all hold at once (AND), which answers another question. 'Energy or Utilities', 'cancelled or
    refunded' (values of one column) and '2023 or 2024' are one condition and stay answered."""
    if plan is None or len([f for f in plan.filters if f.kind != "in_prev"]) < 2:
        return []
    sides = ("ref", "value", "num", "date")
    for i, x in enumerate(mentions):
        if x.text != "or" or x.kind != "word" or x.used:
            continue
        left = next((y for y in reversed(mentions[:i]) if y.kind in sides), None)
        right = next((y for y in mentions[i + 1:] if y.kind in sides), None)
        if left is not None and right is not None and left.used and right.used and \
                not _side_of(left) & _side_of(right):
            return ["or"]
    return []


def where_without_place(mentions, plan, cat) -> list[str]:
    """'where are the energy companies based?': 'where' asks for a place; an answer that shows no
    column of places, where the tables it reads (or can join) hold one, answers another question."""
    if plan is None or cat is None or not mentions or mentions[0].text != "where":
        return []
    shown = list(plan.select) + [g.column for g in plan.group]
    if any(cat.place_kind(c.split(".")[1]) is not None for c in shown if "." in c):
        return []
    tables, _cols = _plan_parts(plan, cat)
    near = [t for t in cat.tables if t in tables or any(cat.connected(t, u) for u in tables)]
    held = any(cat.place_kind(c) is not None for t in near for c in cat.tables[t].columns)
    return ["where"] if held else []


def _who_verb_object(mentions, plan) -> bool:
    """'who <verb> the X': X is the object of the verb, so an answer listing the X rows themselves
    shows what was done, not who did it."""
    if len(mentions) < 3 or mentions[1].kind != "word" or not is_link_verb(mentions[1].text):
        return False
    obj = next((x for x in mentions[2:] if x.kind == "ref" and x.ref is not None), None)
    return obj is not None and obj.ref.kind == "table" and obj.ref.table == plan.table and \
        not plan.measures and not plan.group


def is_link_verb(text: str) -> bool:
    # 'players', 'owners', 'visitors' are the people, not the verb their stem shares ('offers' is listed)
    return text in LINK_WORDS or (stem(text) in LINK_VERBS and not text.endswith(("er", "ers", "or", "ors")))


@dataclass
class Ledger:
    """The accounting of one question's words."""
    grounded: list[str] = field(default_factory=list)
    filler: list[str] = field(default_factory=list)
    unaccounted: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.unaccounted

    def reason(self, database: str) -> str:
        words = ", ".join(f"'{w}'" for w in self.unaccounted)
        return (f"the question's words {words} are not understood here (they match nothing in the {database} "
                "database, or no rule uses them), and answering without them would answer another question")


def is_filler(text: str) -> bool:
    if text == "%":
        return False            # 'as % of total tickets': a percentage asked for, never filler
    return text in STOP or text in FILLER or stem(text) in LINK_VERBS or not text.replace("'", "").isalpha() or len(text) <= 2


def _plan_parts(plan, cat=None) -> tuple[set[str], set[str]]:
    """Every table and column a plan (and the plans it is computed over) touches."""
    cols, tables = set(), set()
    todo = [plan]
    while todo:
        p = todo.pop()
        if p is None:
            continue
        used = p.columns_used()
        if p.inner is None and (p.group or any(not (m.func == "ratio" and m.of is None) for m in p.measures)):
            # aggregate rows (one, or one per group): the columns listed to show are not in them
            shown = [c for c in p.select if c not in [m.column for m in p.measures] + [g.column for g in p.group]]
            used = [c for c in used if c not in shown] + [c for c in shown if
                                                          any(f.column == c for f in p.filters)]
        cols.update(used)
        tables.update(c.split(".", 1)[0] for c in used)
        tables.add(p.table)
        for f in p.filters:
            if f.kind == "dangling":    # a key matching no row of the table it points at names that table
                tables.add(f.values[0])
            if f.kind == "absent":      # rows with no related row: the child (or link) table and what it links
                tables.update(v for v in f.values if isinstance(v, str))
                if cat is not None:
                    tables.update(fk.ref_table for fk in cat.foreign_keys if fk.table in f.values)
        todo += [p.inner, p.within, *p.batch]
        if cat is not None:         # a group on a key held of rows shown by nothing else is those rows
            held = [fk for d in p.group for fk in cat.foreign_keys if f"{fk.table}.{fk.column}" == d.column and
                    not d.grain and fk.column != fk.ref_column and cat.label_columns(fk.ref_table) == [fk.ref_column]]
            tables.update(fk.ref_table for fk in held)
            cols.update(f"{fk.ref_table}.{fk.ref_column}" for fk in held)
        if cat is not None:         # a distinct count of a link's key counts the rows it points at
            tables.update(fk.ref_table for m in p.measures if m.func == "count" and m.distinct and m.column
                          for fk in cat.foreign_keys if f"{fk.table}.{fk.column}" == m.column)
        if cat is not None:         # the tables the joins pass through ('them' → 'ordered' → Keyboard)
            for t in list(tables):
                for step in cat.join_path(p.table, t) or []:
                    tables.add(step[0])
    return tables, cols


def dropped(mentions, plan, cat=None) -> list[str]:
    """Words that named a table or a column the final plan does not touch: the plan answers a
    question without them ('how many bikes are electric?' counted every bike). A date column of a
    table the plan reads is the event's verb ('accounts that never opened a ticket')."""
    if plan is None:
        return []
    tables, cols = _plan_parts(plan, cat)
    out = []
    for x in mentions:
        if x.kind != "ref" or x.ref is None:
            continue
        if x.ref.kind == "table":
            if x.ref.table not in tables and (not is_link_verb(x.text) or _another_link(x.ref.table, tables, cols, cat)):
                out.append(x.text)      # ('matches played' is no player)
        elif f"{x.ref.table}.{x.ref.column}" not in cols:
            if x.qualifier:
                out.append(x.text)  # 'how many market cap companies': no condition says which
                continue
            if is_link_verb(x.text) or any(f"{r.table}.{r.column}" in cols for r in x.refs if r.kind == "column"):
                continue            # 'matches played', 'listed since 2023' (the date it names is used)
            if cat is not None and cat.is_time(x.ref.table, x.ref.column) and \
                    (x.ref.table in tables or x.text in cat.event_dates or x.text.endswith("ed")) and \
                    not (x.text not in cat.event_dates and event_some_rows_lack(x.text, x.ref.table, x.ref.column, cat)):
                continue            # 'opened', 'ordered': the verb of the event the rows are
            if cat is not None and x.ref.table in tables and \
                    (x.ref.column in cat.label_columns(x.ref.table) or cat.is_key(x.ref.table, x.ref.column)) and \
                    not (_counts_rows(plan) and _points_at_other_rows(x.ref.table, x.ref.column, tables, cat)):
                continue            # 'how many languages …': the rows counted are named by their label
            out.append(x.text)
    return out


def event_some_rows_lack(word: str, table: str, column: str, cat) -> bool:
    """'how many of those have cancelled?' over CancelDate, 'deleted agents': a past participle naming
    a date column some rows leave empty: the event only some rows had, so leaving its date unused
    drops a condition (never the verb of the event every row is)."""
    return " " not in word and word.lower().endswith("ed") and cat.column(table, column).profile.nulls > 0


def _counts_rows(plan) -> bool:
    return bool(plan.measures) and all(m.func == "count" and not m.column for m in plan.measures)


def _points_at_other_rows(table: str, column: str, tables: set[str], cat) -> bool:
    """A link column that is not its table's own key nor its label ('referral' for referredById):
    its word names the rows it points at, so a count of rows that does not join them (another
    row of the same table, or a table the plan never reads) leaves it out ('how many of them came
    through a referral?' is no count of them all)."""
    if column in cat.tables[table].primary_key or column in cat.label_columns(table):
        return False
    return any((f.table, f.column) == (table, column) and (f.ref_table == table or f.ref_table not in tables)
               for f in cat.foreign_keys)


def _another_link(named: str, tables: set[str], cols: set[str], cat) -> bool:
    """A verb that names a table ('teach' → teaches) beside a plan that joins its tables through
    another table, none of whose columns it uses (advisor): the plan relates them in another way
    than the verb says ('students each instructor teaches' counted through advising)."""
    if cat is None:
        return False
    through = tables - {c.split(".", 1)[0] for c in cols}
    return bool(through) and any(len(cat.join_path(named, t) or []) == 1 for t in tables)


def lost_conditions(filters, plan, cat=None) -> list[str]:
    """Conditions the question set ('in 2023', 'in Energy') on columns the final plan never
    touches: the answer would hold rows the question excluded."""
    if plan is None:
        return []
    held = _conditioned(plan)
    return [f.column.split(".")[1] for f in filters
            if f.column and f.kind in ("value", "time", "compare") and f.column not in held]


def _conditioned(plan) -> set[str]:
    """The columns a plan (and the plans it is computed over) puts a condition on: a column only
    shown or joined on keeps no condition ('in the Finance department' answered with the
    department joined and every row kept)."""
    cols, todo = set(), [plan]
    while todo:
        p = todo.pop()
        if p is None:
            continue
        cols.update(f.column for f in p.filters if f.column)
        cols.update(w.column for m in p.measures for w in (m.where or []) if w.column)
        cols.update(w.column for m in p.measures for period in (m.periods or []) for w in period if w.column)
        todo += [p.inner, p.within, *p.batch]
    return cols


_HAVING_VERBS = {"have", "has", "had", "own", "owns", "stock", "stocks", "carry", "carries", "hold", "holds", "got"}


def _one_as_a_thing_had(mentions, one) -> bool:
    """'which depots have one?', 'does any branch stock one?': 'one' as the last word after a verb
    of having is a pronoun for a thing the question does not name."""
    i = mentions.index(one)
    rest = [x for x in mentions[i + 1:] if x.text not in ("?", ".", "!")]
    return i > 0 and not rest and mentions[i - 1].text.split()[-1] in _HAVING_VERBS


# Nouns for the rows themselves, said after a value that names them ('excluding withdrawn cases',
# 'how many open cases'): the value says which rows, the noun adds nothing.
CASE_NOUNS = {"case", "cases"}


def _case_after_value(mentions, i: int) -> bool:
    """'cases' right after a value the plan used: the noun of the rows that value picks out."""
    prev = mentions[i - 1] if i > 0 else None
    return mentions[i].text in CASE_NOUNS and prev is not None and prev.kind == "value" and prev.used


def account(mentions, consumed: set[str] = frozenset(), plan=None, cat=None) -> Ledger:
    """Classify every mention of a read question. `consumed` holds keyword kinds a later step
    (the plan composer) used, such as 'share'."""
    led = Ledger()
    lost = dropped(mentions, plan, cat) + vague_or_future(mentions) + who_without_persons(mentions, plan, cat) + \
        where_without_place(mentions, plan, cat) + either_condition(mentions, plan)
    for x in mentions:
        if x.text in lost:
            led.unaccounted.append(x.text)
            continue
        used = x.used or (x.kind == "kw" and x.kw[0] in consumed)
        if x.kind == "apart":
            led.unaccounted.append(x.text)              # a column of a table the answer cannot join
        elif x.kind == "date" and not used:
            led.unaccounted.append(x.text)              # 'in January 2000' over a table without dates
        elif x.kind in ("ref", "value", "date", "skip"):
            led.grounded.append(x.text)
        elif x.kind == "num":
            # "which one": the word 'one' names no quantity ('which depots have one?': a thing named
            # before, which only that earlier question can say)
            filler = x.text == "one" and not _one_as_a_thing_had(mentions, x)
            (led.grounded if used else led.filler if filler else led.unaccounted).append(x.text)
        elif x.kind == "kw":
            if not used and x.kw[0] in ("since", "after", "before") and x.text in TIME_WORDS:
                led.unaccounted.append(x.text)          # 'or after' that no time frame used
            elif used or x.kw[0] not in MEANINGFUL_KW:
                led.grounded.append(x.text)
            else:
                led.unaccounted.append(x.text)
        elif used:
            led.grounded.append(x.text)
        elif is_filler(x.text) and not x.capitals and not x.lacking and not x.months:
            led.filler.append(x.text)
        elif x.kind == "word" and _case_after_value(mentions, mentions.index(x)):
            led.filler.append(x.text)
        else:
            led.unaccounted.append(x.text)
    return led
