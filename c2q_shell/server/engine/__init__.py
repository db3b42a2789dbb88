"""The deterministic NL->SQL engine: lexicon -> typed plan -> SQL (sqlglot). Same conversation,
same data -> same SQL."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp

from ..schema import singular
from . import (
    breakdown,
    clipped,
    dates,
    filters,
    fragments,
    links,
    losses,
    measures,
    ranks,
    shape,
    snapshots,
    spans,
)
from .among import among_the_top
from .catalog import Catalog
from .compose import (
    bounds_the_ranked_count,
    compare_groups,
    counts_one_row_per_group,
    each_of_many_rows_against_a_group_average,
    new_plan,
    per_row_within_groups,
    ranks_nothing,
    rows_among_the_ranking,
)
from .describe import chart_options, clarified_task
from .errors import CannotAnswer
from .fiscal import fiscal_reason
from .followups import (
    asks_its_period_again,
    counts_its_own_period_after_a_ranking,
    edit_plan,
    is_followup,
    rows_asked_afresh,
    the_first_of_a_ranking_regrouped,
)
from .fragments import ASKING_WORDS as _ASKING_WORDS
from .fragments import BARE_FIGURES as _BARE_FIGURES
from .ledger import Ledger, account, lost_conditions
from .measures import loose_rate_words
from .mentions import _is_year, scan
from .missing import MissingFigure
from .missing import lookup as missing_lookup
from .missing import probe as missing_figure
from .plan import Dim, Filter, Order, Plan
from .sqlgen import shown_columns, to_sql
from .text import Question, plural
from .understand import Interpreter, Reading, named_in_the_plural
from .vocab import BUSY_RANKS, VERSUS_WORDS


@dataclass
class Task:
    task_id: str
    plan: dict | None
    sql: str
    clarified_task: str
    description: str = ""
    assumptions: list[dict] = field(default_factory=list)
    share: bool = False
    origin: str = "rules"       # rules | llm | knowledge
    question: str = ""
    ledger: Ledger | None = None    # how each word of the question was accounted for (rules engine)
    missing: MissingFigure | None = None    # a ranking's probe, or a lookup's check: the figure lacking


@dataclass
class Result:
    kind: str                   # single | breakdown
    tasks: list[Task]
    clarified_task: str = ""
    description: str = ""
    assumptions: list[dict] = field(default_factory=list)


def _nth_row_of_the_ranking(plan: Plan, reading: Reading, previous: Plan | None) -> None:
    """'the second largest': the one row of the ranking at that place (the rows before it skipped);
    with no ranking to skip along, declined. A new ranking or number of rows asked after it starts
    from the top again."""
    if reading.offset:
        if not plan.order or plan.group and plan.limit is None:
            raise CannotAnswer("'second', 'third' or a place in a ranking was asked, and the answer ranks nothing; "
                               "name what to rank by ('the second largest by market cap')")
        plan.offset, plan.limit, plan.ties = reading.offset, 1, False
    elif previous is not None and plan.offset and (reading.rank_dir or reading.order or reading.limit is not None):
        plan.offset = None


class Engine:
    """`strategy` is rules (the default), llm, or hybrid (the LLM only when the rules engine declines:
    a question with words no rule accounts for is declined, so it goes to the LLM)."""
    CannotAnswer = CannotAnswer

    def __init__(self, catalog: Catalog, config=None, llm=None, strategy: str = "rules"):
        self.cat = catalog
        self.config = config
        self.llm = llm
        self.strategy = strategy if llm is not None else "rules"

    # one plan -------------------------------------------------------------------------
    def plan(self, question: str | Question, previous: Plan | None) -> tuple[Plan, Reading]:
        question = Question.of(question)
        try:
            return self._plan_spelled(question, previous)
        except CannotAnswer:
            again, readings = question, []
            for reader in (losses.read, clipped.read):
                clip = reader(again, self.cat)
                if clip is not None:
                    again, readings = Question.of(clip.text), readings + list(clip.readings)
            if not readings:
                raise
            # 'top 20 by div yld', 'loss-makers': read again with the words spelled out, or declined as typed
            try:
                plan, reading = self._plan_spelled(again, previous)
            except CannotAnswer:
                pass
            else:
                for short, long in readings:
                    plan.assume(f"'{short}'", f"read as {long}")
                return plan, reading
            raise

    def _plan_spelled(self, question: Question, previous: Plan | None) -> tuple[Plan, Reading]:
        rewrite = spans.read(question.text, self.cat, previous)
        if rewrite is not None:
            # 'average days to pay an invoice': read as 'number of invoices', the count then the duration
            try:
                plan, reading = self._plan(Question.of(rewrite.text), previous)
            except CannotAnswer as e:
                # the reason in the words asked, not in the words the engine read them as
                detail = e.detail.replace(f"'{rewrite.text.strip()}'", f"'{question.text.strip()}'")
                raise CannotAnswer(detail, e.words, e.explained) from e
            return spans.finish(plan, rewrite, self.cat), reading
        return self._plan(question, previous)

    def _plan(self, question: Question, previous: Plan | None) -> tuple[Plan, Reading]:
        yes_no = _YES_NO.match(question.text)
        if yes_no:
            # 'is it a green tariff?', 'did they pay on time?': a yes or no about an earlier answer, which
            # rows (the earlier rows filtered by it) would not answer
            raise CannotAnswer(f"'{yes_no.group(0).strip()}' asks a yes-or-no question about an earlier answer, and "
                               "the engine answers with rows; ask for the value itself ('what is its …?')",
                               [yes_no.group(0).strip()])
        reading = Interpreter(self.cat, question, previous).read()
        first = the_first_of_a_ranking_regrouped(reading, previous)
        pending: list[CannotAnswer | None] = []     # declines whose reason is second to the ledger's
        at = dates.time_pointer(reading.mentions)
        afresh = at is None and (asks_its_period_again(reading, previous) or rows_asked_afresh(reading, previous) or
                                 counts_its_own_period_after_a_ranking(reading, previous))
        if afresh:
            reading.anaphora = False        # ('how much …' said again: of the rows the question names)
        rows_within = _its_rows_within_the_group(reading, previous, self.cat) if first is None and at is None else None
        again = _the_same_ranking(reading, previous)
        if first is not None:
            plan = first
        elif again is not None:
            plan = rows_among_the_ranking(again, reading, self.cat)   # 'which of the top 10 are …' after it
        elif at is not None:
            plan = self._at_previous_time(reading, previous, *at)
        elif not afresh and rows_within is None and is_followup(reading, previous, self.cat):
            _those_n(reading, previous, self.cat)
            plan = edit_plan(previous, reading, self.cat)
            _nth_row_of_the_ranking(plan, reading, previous)
            pending.append(_changes_something(plan, previous, reading, question.text, self.cat))
            pending.append(_their_after_one_of_the_rows_named(plan, previous, reading))
            pending.append(_the_ones_of_a_group_shown(plan, previous, reading))
            pending.append(_sorts_one_figure(plan, reading))     # 'sort that by the count': the groups lost
        else:
            if not reading.has_content and not reading.dims_named and not reading.filters and \
                    not _continues(question.text, reading, previous):
                raise CannotAnswer(self._why(question.text, reading), reading.unknown, explained=True)
            lead = next((x for x in reading.mentions if x.kind != "word"), None)
            adds = lead is not None and lead.kind == "kw" and lead.kw[0] == "too"      # "add the budget", "also …"
            if previous is None and (adds or reading.connective and not (
                    reading.has_content or reading.dims_named or reading.group or reading.order)):
                # "and for Bill Evans?" continues an answer that is not there: which question is unknown
                raise CannotAnswer(f"'{question.text.strip()}' continues an earlier question, and there is no "
                                   "earlier answer in this session to continue; ask the whole question")
            named_group = rows_within or _that_group(reading, previous) or _its_value(reading, previous, self.cat)
            pointers = [] if named_group else _points_back(reading, self.cat) + _continues(question.text, reading, previous)
            of_the_listing = previous is None and not pointers and reading.anaphora and \
                _pronouns_of_the_rows_listed(reading)
            if of_the_listing:
                reading.anaphora = False        # 'list the departments and the floor they're on'
            if reading.anaphora or pointers:
                # 'what's their average price?', 'how many loans did it have?', 'which account was that
                # for?': a question about an earlier answer read as a question of its own would drop
                # what the pronoun points to
                words = list(dict.fromkeys([x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "anaphora"] + pointers))
                where = "the previous answer" if previous is not None else "an earlier answer, and there is none in " \
                    "this session"
                raise CannotAnswer(f"it refers to {where} ({', '.join(map(repr, words))}), and the engine could "
                                   "not tell how; ask the whole question", words)
            plan = new_plan(reading, self.cat)
            _nth_row_of_the_ranking(plan, reading, None)
            if of_the_listing:
                _lists_the_rows_named(plan, reading, of_the_listing)
            pending.append(_one_unnamed_row(plan, reading, self.cat))
            pending.append(_count_of_rows_with_the_figure(plan, reading))
            pending.append(_sorts_one_figure(plan, reading))
            if named_group:
                # 'the average seats on that plan' after 'which plan has the most seats?': the rows
                # of the group the previous answer kept
                within = previous.copy()
                within.assumptions, within.batch = [], []
                if named_group not in within.select and all(g.column != named_group for g in within.group):
                    within.select = [*within.select, named_group]       # 'its sector': shown to be kept
                plan.filters.append(Filter(named_group, "in", [], kind="in_prev"))
                plan.within = within
                plan.assume("that", f"the {named_group.split('.')[1]} of the previous answer")
        _figure_of_a_row_asked_in_there(plan, question.text)
        if _AND_WHEN.search(question.text) and not reading.when:
            plan = self._and_when(plan)
        links.choose(plan, reading.mentions, self.cat)
        m = reading.mentions
        each = [x.text for i, x in enumerate(m[:-1]) if x.kind == "kw" and x.kw[0] == "group"
                and x.text in ("each", "every", "per", "for each") and m[i + 1].kind == "value"]
        if each and not plan.group:
            # 'how many hours did each chef work?' answered with one total for all chefs
            raise CannotAnswer(f"'{each[0]} {m[[x.text for x in m].index(each[0]) + 1].text}' asks for one row per "
                               "row of that kind, and the engine could not tell which rows those are", each)
        one = _each_answered_by_one_row(plan, reading)
        if one:
            # 'when did each first order?' answered with the one earliest order of the whole table
            raise CannotAnswer(f"'{one[0]}' asks for a row for each of something, and the answer would be one row; "
                               "the engine does not answer it one row at a time", one)
        funcs = {f for q in (plan, plan.inner, plan.within) if q is not None for m in q.measures for f in (m.func, m.of)}
        if reading.agg_only and not (set(reading.agg_only) & funcs):
            # 'what was the average reading there?' listed the readings, 'how many meters do business
            # customers have on average?' counted them all: the aggregate asked for was lost
            words = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "agg"]
            what = "list rows" if not (plan.measures or plan.group) else "compute something else"
            raise CannotAnswer(f"the answer would {what}, not the {' '.join(words) or 'aggregate'} the question "
                               "asks for: name the column to aggregate", words)
        lost = lost_conditions(reading.filters, plan, self.cat)
        if lost:
            raise CannotAnswer(f"the answer would drop the question's condition on {', '.join(lost)}", lost)
        snapshots.sequence_of_events(question.text)
        snapshots.counted_by_another_tables_date(plan, reading, self.cat)
        snapshots.level_averaged_over_snapshots(plan, self.cat)
        for found, why in ((filters.sums_across_periods(plan, self.cat),
                            "aggregated across the periods the same {c} are counted once per period (and a date is "
                            "not read as the period valid on it); ask for the {c} now (the rows still open)"),
                           (filters.states_counted_across_periods(plan, self.cat),
                            "counting its rows with {c} set counts every period it held, ended ones too; ask for "
                            "those now (the rows still open) or in a period")):
            if found:
                t, c = found
                raise CannotAnswer(f"{t} holds {c} per period of validity "
                                   f"({', '.join(filters.versioned_dates(self.cat, t))}): " + why.format(c=c), [c])
        # the ledger has the last word: a content word no step used means another question
        ledger = account(reading.mentions, reading.consumed, plan, self.cat)
        reading.ledger = ledger
        reading.unknown = ledger.unaccounted
        if not ledger.complete:
            raise CannotAnswer(self._why(question.text, reading), reading.unknown, explained=True)
        for decline in pending:             # after the ledger: a word not understood is the better reason
            if decline is not None:
                raise decline
        _rounded_figures(plan, reading)
        ranks_nothing(plan, reading)
        ranks.period_judged_by_its_average_level(plan, reading, self.cat)
        bounds_the_ranked_count(plan, previous)
        counts_one_row_per_group(plan, self.cat)
        per_row_within_groups(plan, self.cat)
        each_of_many_rows_against_a_group_average(plan, self.cat)
        filters.live_rows_only(plan, reading, self.cat)
        filters.rows_in_force(plan, reading, self.cat)
        filters.levels_of_snapshots_not_added(plan, reading, self.cat)
        filters.periods_of_their_own_dates(plan, reading, self.cat)
        measures.money_across_currencies(plan, reading, self.cat)
        measures.rate_over_its_periods(plan, reading, previous, self.cat)
        shape.check(question.text, plan, self.cat, reading.mentions)      # a 'when' shows a date, a 'how many' a number
        return plan, reading

    def _and_when(self, plan: Plan) -> Plan:
        """'What was the highest CAPE ratio ever, and when?': the answer with the date of its row."""
        if dates.shows_time(plan, self.cat):
            return plan
        dated = dates.with_its_time(plan.copy(), self.cat)
        if dated is None or dated.limit != 1:          # one row: the date of what it found
            raise CannotAnswer("'and when' asks for the date of the answer, and the engine could not tell which date "
                               "that is", ["when"])
        return dated

    def _at_previous_time(self, reading: Reading, previous: Plan | None, words: list, unit: str) -> Plan:
        """'What was the CAPE ratio that month?': the question of its own, at the time the previous
        answer shows (never every time, and never another one)."""
        said = " ".join(x.text for x in words)
        for x in words:
            x.used = True
        if previous is None:
            raise CannotAnswer(f"'{said}' points at the time of an earlier answer, and there is none in this "
                               "session; ask with the date itself", [said])
        others = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "anaphora"] + \
            [w for w in _points_back(reading, self.cat) if w not in [x.text for x in words]]
        if others:
            raise CannotAnswer(f"'{said}' points at the time of the previous answer, and the question also refers "
                               f"to it ({', '.join(map(repr, others))}); ask with the date itself", [said])
        reading.group = [g for g in reading.group if g.grain != unit]     # the unit named the time
        _ranked_by_the_figure_shown(reading, previous, self.cat)
        plan = new_plan(reading, self.cat)
        named = {x.col for x in reading.mentions if x.kind == "ref" and x.col}
        dates.at_previous_time(plan, previous, unit, said, self.cat, named)
        return plan

    def task(self, task_id: str, question: str | Question, previous: Plan | None) -> Task:
        question = Question.of(question)
        shot = self.cat.fewshots.get(question.key)
        if shot:
            return Task(task_id, None, shot, question.text.strip().rstrip("?") + ".", origin="knowledge",
                        assumptions=[{"concept": "knowledge base", "explanation": "answered with a stored example query"}])
        try:
            plan, reading = self.plan(question, previous)
            sql = to_sql(plan, self.cat)
        except CannotAnswer as e:
            if e.explained:
                raise
            raise CannotAnswer(self._why(question.text, None, e.detail), e.words, explained=True) from None
        return Task(task_id, plan.to_dict(), sql, clarified_task(plan, self.cat),
                    assumptions=list(plan.assumptions), share=reading.share, ledger=reading.ledger,
                    missing=missing_figure(plan, self.cat) or missing_lookup(plan, self.cat))

    # the API --------------------------------------------------------------------------
    def answer(self, question: str, mode: str = "direct", previous: dict | None = None,
               history: list[dict] | None = None, focus: dict | None = None,
               skipped: dict | None = None) -> Result:
        """`skipped`: the latest round when the engine has no plan of it ({"question", "answered",
        "follows"}: declined, or answered without a plan; whether it came right after the round of
        `previous`); `previous` is then the plan of the latest round that has one."""
        if self.strategy == "llm":
            return self._llm_answer(question, mode, history, focus)
        try:
            result = self._rules_answer(question, mode, previous, skipped)
        except CannotAnswer as e:
            if self.strategy != "hybrid":
                raise
            try:
                return self._llm_answer(question, mode, history, focus)
            except CannotAnswer as e2:
                raise CannotAnswer(f"{e} (The LLM engine could not answer either: {e2})", e.words,
                                   explained=True) from None
        return result

    def _llm_answer(self, question: str, mode: str, history, focus) -> Result:
        reply = self.llm.ask(question, mode, history, focus)
        note = [{"concept": "engine", "explanation": "SQL written by the LLM engine"}]
        subs = reply.get("sub_tasks") or []
        if mode == "auto_breakdown" and len(subs) > 1:
            tasks = [Task(f"0-{i}", None, s["sql"], s.get("clarified_task") or question,
                          assumptions=_assumptions(s.get("assumptions")) + note, origin="llm",
                          question=s.get("clarified_task") or question) for i, s in enumerate(subs)]
            return Result("breakdown", tasks, reply.get("clarified_task") or question,
                          reply.get("description") or "", note)
        item = reply if reply.get("sql") else subs[0]
        t = Task("0", None, item["sql"], item.get("clarified_task") or reply.get("clarified_task") or question,
                 description=reply.get("description") or "", origin="llm", question=question,
                 assumptions=_assumptions(item.get("assumptions")) + note)
        return Result("single", [t], t.clarified_task, t.description, t.assumptions)

    def repair(self, task: Task, error: str, history: list[dict] | None = None) -> Task | None:
        """After the database refused an LLM-written query: one more try with the error."""
        if task.origin != "llm" or self.llm is None:
            return None
        sql = self.llm.repair(task.question, task.sql, error, history)
        if sql is None:
            return None
        return Task(task.task_id, None, sql, task.clarified_task, task.description,
                    task.assumptions + [{"concept": "repair", "explanation": f"first attempt failed: {error}"}],
                    task.share, "llm", task.question)

    def _rules_answer(self, question: str, mode: str, previous: dict | None, skipped: dict | None = None) -> Result:
        prev = Plan.from_dict(previous) if previous else None
        past = skipped is not None and self._past_a_property_not_held(Question.of(question), prev, skipped)
        if skipped is not None and not past:
            # the latest round has no plan: a question continuing it would run on the round before
            question = self._not_continuing(Question.of(question), prev, skipped) or question
            prev = None
        if prev is not None and prev.batch and _SAME.search(question):
            return self._same_for(question, prev)
        if mode == "auto_breakdown":
            result = self._breakdown(question, prev)
            if result is not None:
                return result
        t = self.task("0", Question.of(question), prev)
        if past and t.plan:
            t.assumptions.append({"concept": "they", "explanation": "the rows of the answer before the question "
                                  f"not answered ('{skipped['question'].strip()}'), which only asked about them"})
        if prev is not None and t.plan and _SAME.search(question):
            plan = Plan.from_dict(t.plan)
            _same_figures_as_before(plan, prev)
            if _COMPARES.search(question):
                try:
                    plan = self._both_values(plan, prev)
                except CannotAnswer as e:
                    raise CannotAnswer(self._why(question, None, e.detail), e.words, explained=True) from None
            split = self._per_value(question, plan, prev)
            if split is not None:
                return split
            if plan.to_dict() != t.plan:
                t = Task("0", plan.to_dict(), to_sql(plan, self.cat), clarified_task(plan, self.cat),
                         assumptions=list(plan.assumptions), ledger=t.ledger)
        return Result("single", [t], t.clarified_task, t.description, t.assumptions)

    def _both_values(self, plan: Plan, prev: Plan) -> Plan:
        """'Nvidia's market cap' → 'how does that compare with Microsoft's?': both values, side by
        side (the new value replaced the old one in the edit)."""
        old = {f.column: f for f in prev.filters if f.kind == "value" and f.op in ("=", "in") and f.column}
        for i, f in enumerate(plan.filters):
            was = old.get(f.column)
            if f.kind == "value" and f.op in ("=", "in") and was is not None and f != was:
                values = list(dict.fromkeys(was.values + f.values))
                plan.filters[i] = Filter(f.column, "in", values)
                plan.assume("compare", f"shown for {', '.join(map(str, values))}")
                return plan
        raise CannotAnswer("'compare' needs the earlier value and a new one of the same kind, and the engine could "
                           "not tell which two to put side by side; ask for both in one question")

    def _per_value(self, question: str, plan: Plan, prev: Plan) -> Result | None:
        """'Do the same for Legal and Sales' after one figure for Finance: one figure for each value
        named, not one figure for them together."""
        if not plan.measures:
            return None                 # rows of either value are one listing
        named = [f for f in plan.filters if f.kind == "value" and f.op == "in" and len(f.values) > 1 and
                 f not in prev.filters and all(d.column != f.column for d in plan.group)]
        if len(named) != 1:
            return None
        if plan.limit is None and not plan.group:
            # after one figure: one answer, a row for each value (side by side, not one for them together)
            one = plan.copy()
            one.group = [Dim(named[0].column)]
            one.assume("each", f"a row for each value named ({', '.join(map(str, named[0].values))})")
            t = Task("0", one.to_dict(), to_sql(one, self.cat), clarified_task(one, self.cat),
                     assumptions=list(one.assumptions))
            return Result("single", [t], t.clarified_task, t.description, t.assumptions)
        tasks = []
        for i, v in enumerate(named[0].values):
            p = plan.copy()
            p.filters = [Filter(f.column, "=", [v]) if f == named[0] else f for f in p.filters]
            p.assume("each", f"one answer for each value named ({', '.join(map(str, named[0].values))})")
            tasks.append(Task(f"0-{i}", p.to_dict(), to_sql(p, self.cat), clarified_task(p, self.cat),
                              assumptions=list(p.assumptions)))
        summary = f"Answer in {len(tasks)} steps: " + " ".join(f"({i + 1}) {t.clarified_task}" for i, t in enumerate(tasks))
        return Result("breakdown", tasks, question.strip(), summary, _unique([a for t in tasks for a in t.assumptions]))

    def _past_a_property_not_held(self, question: Question, older: Plan | None, skipped: dict) -> bool:
        """'Who is the most expensive junior?' → 'what's their annual salary?' (declined) → 'how many
        appointments did they have?': a declined question that only asked for a property of the rows
        shown ('what is their …?', nothing else it could change) leaves those rows as they were, so a
        pronoun of the same person and number that follows still points at them. Only pronouns
        (and a leading 'and') continue: any other word that points back is declined as before."""
        if older is None or skipped.get("answered", True) or not skipped.get("follows"):
            return False            # (another round between: its rows are not known)
        asked = _ASKS_A_PROPERTY.match(skipped.get("question") or "")
        kind = _PRONOUN_KINDS[asked.group(1).lower()] if asked else self._pronoun_of_a_question_about_them(
            skipped.get("question") or "")
        if kind is None or not asked and any(x.kind in ("value", "num", "date") for x in scan(list(question.tokens), self.cat)):
            return False            # ('… every company that joined in 2023, with the date it joined': its own rows)
        words = self._continuing_words(question, older)
        pronouns = [w for w in words or [] if w.lower() != "and"]
        return bool(pronouns) and all(_PRONOUN_KINDS.get(w.lower()) == kind for w in pronouns)

    def _retried_shorter(self, question: Question, skipped: dict) -> bool:
        """The declined question asked again with words left out ('companies with a P/E above 100'
        after 'companies with a P/E above 100 or negative EPS'): every word of it said, in order, in
        the declined one, naming the rows it asks about — a retry read on its own, not a fragment
        going on from the question that was not answered."""
        if skipped.get("answered", True):
            return False
        now, before = _WORD.findall(question.text.lower()), _WORD.findall((skipped.get("question") or "").lower())
        rest = iter(before)
        if len(now) < 3 or len(now) >= len(before) or not all(w in rest for w in now):
            return False
        return any(x.kind == "ref" and x.refs and any(r.kind == "table" for r in x.refs)
                   for x in scan(list(question.tokens), self.cat))

    def _pronoun_of_a_question_about_them(self, text: str) -> str | None:
        """'what colour are they?', 'who was driving it?', 'how many vans do they run?': a question
        that only asks something of the rows shown, named by pronouns of one person and number, and
        says nothing that could pick among them or change them (no value, number or date, no ranking
        word, no 'which of', 'only', 'just'). The kind of its pronouns; None otherwise."""
        words = _WORD.findall(text.lower())
        if not words or words[0] not in ("what", "who", "how", "where", "when", "whose") or \
                set(words) & _PICKING_WORDS:
            return None
        kinds = {_PRONOUN_KINDS[w] for w in words if w in _PRONOUN_KINDS}
        if len(kinds) != 1 or any(x.kind in ("value", "num", "date") for x in scan(list(Question.of(text).tokens), self.cat)):
            return None
        return kinds.pop()

    def _not_continuing(self, question: Question, older: Plan | None, skipped: dict) -> str | None:
        """After a round the engine has no plan of, a question that continues an answer ('show
        their names as well', 'which quarter had the highest?', 'and 2000?') is declined: it would
        otherwise be read as a follow-up of the round before, or as a question of its own. A
        question said in full after a leading 'and' is returned without it (answered alone)."""
        words = self._continuing_words(question, older)
        if words is None:
            words = _terse_about_the_same_column(question.text, skipped.get("question") or "", self.cat,
                                                 self._continuing_words(Question.of(skipped.get("question") or ""),
                                                                        None) is not None) or None
            if words is not None and self._retried_shorter(question, skipped):
                return None         # 'companies with a P/E above 100' after '… above 100 or negative EPS' declined
        if words is None:
            self._there_of_a_value_not_answered(question, skipped)
            if not skipped.get("answered", True):
                try:
                    alone = Interpreter(self.cat, question, None).read()
                except CannotAnswer:
                    return
                self._sides_compared_after_a_decline(question, skipped, alone)
                self._a_possessive_of_a_round_not_answered(question, skipped, alone)
                self._whole_table_after_a_decline(question, skipped, alone)
                self._the_figure_of_a_round_not_answered(question, skipped, alone)
                self._fragment_after_a_decline(question, skipped, alone)
                self._the_row_a_round_not_answered_pointed_at(question, older, skipped, alone)
                self._the_value_a_round_not_answered_pointed_at(question, older, skipped, alone)
                self._per_a_noun_of_the_rows_themselves(question, skipped, alone)
                self._period_of_a_round_not_answered(question, skipped, alone)
                self._periods_of_a_year_not_answered(question, skipped, alone)
            return
        bare = re.sub(r"^\s*and\s+", "", question.text, flags=re.I)
        if words == ["and"] and bare != question.text and self._said_in_full_after_and(Question.of(bare), skipped):
            return bare
        if not words:
            if self._whole_after_a_decline(question, older, skipped):
                return None
            self._declined_on_its_own(question, words)
        if skipped.get("answered", True):
            why = f"the previous answer ('{skipped['question'].strip()}') was not written by the rules engine"
        else:
            why = f"the previous question ('{skipped['question'].strip()}') was not answered"
        what = f"{', '.join(map(repr, words))} has nothing to point at" if words else \
            "this question, which reads as a follow-up, has nothing to continue"
        raise CannotAnswer(self._why(question.text, None, f"{why}, so {what}; ask the whole question"), words,
                           explained=True)

    def _whole_after_a_decline(self, question: Question, older: Plan | None, skipped: dict) -> bool:
        """'How much did the index rise in 2024?' → 'in percentage terms?' (not answered) → 'Which
        month in 2025 had the highest index level?': a question with no word that points back, which
        reads as a follow-up of the round before the one not answered but gives the same query read
        as that follow-up as read alone (that round adds nothing to it), and after rounds not
        answered that named nothing (no value, number, date, column or table, no period pointer, no
        'only' / 'just' / 'except'), says everything it asks: answered as a question of its own."""
        if older is None or skipped.get("answered", True):
            return False
        rounds = [skipped.get("question") or ""] + list(skipped.get("earlier") or [])
        if any(self._names_something(q) for q in rounds):
            return False
        try:
            alone = self.task("0", question, None)
            edited = self.task("0", question, older)
        except CannotAnswer:
            return False
        return alone.sql == edited.sql or _same_but_for_the_first_table(alone.plan, edited.plan)

    def _names_something(self, text: str) -> bool:
        """Whether a question names rows or a period that a later question could be kept to: a value,
        number, date, column or table, a pointer at a period, or a word that narrows ('only')."""
        m = scan(list(Question.of(text).tokens), self.cat)
        if any(x.kind in ("value", "num", "date") or x.kind == "ref" and x.refs for x in m):
            return True
        return dates.time_pointer(m) is not None or _NARROWING_WORD.search(text.lower()) is not None

    def _said_in_full_after_and(self, bare: Question, skipped: dict) -> bool:
        """'How many people do those Texas companies employ?' (not answered) → 'and how many
        companies in the index are headquartered in Ireland?': a question whose only pointer is a
        leading 'and', that names its rows (a table's noun) and a value of its own, and replaces
        every value the round not answered named (the same columns), says everything it asks:
        answered as a question of its own. Anything that round said and this one does not replace
        may still hold ('only', 'excluding' too): declined as before. `bare`: without the 'and'."""
        try:
            alone = Interpreter(self.cat, bare, None).read()
            self.task("0", bare, None)
        except CannotAnswer:
            return False
        m = alone.mentions
        if not any(x.kind == "ref" and x.ref is not None and x.ref.kind == "table" for x in m):
            return False
        own = {f.column for f in alone.filters if f.kind == "value" and f.column}
        if not own or re.search(r"\b(only|excluding|except|without|not|n't|just)\b", (skipped.get("question") or "").lower()):
            return False
        before = scan(list(Question.of(skipped.get("question") or "").tokens), self.cat)
        named = [v for x in before if x.kind == "value" for v in x.values]
        return bool(named) and all(f"{v.table}.{v.column}" in own for v in named)

    def _declined_on_its_own(self, question: Question, pointers: list[str]) -> None:
        """A question that reads as a follow-up, and is declined on its own for words it does not
        understand ('what's the CEO of Apple?' with no CEO in the data), gets that reason, which
        names them, rather than 'nothing to continue' (declined either way). Not when its words
        are the `pointers` themselves (that reason would say there is no earlier answer)."""
        try:
            self.task("0", question, None)
        except CannotAnswer as e:
            if e.words and not set(e.words) & set(pointers):
                raise

    def _sides_compared_after_a_decline(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'How long do people take to pay us?' (not answered) → 'homes versus businesses?': a fragment
        that only names two sides to set against each other, with no figure, count or question word
        of its own, compares them on what the round not answered asked; read alone it would list the
        rows of both sides. Declined."""
        m = [x for x in alone.mentions if x.text not in ("?", ".", "!")]
        at = [i for i, x in enumerate(m) if x.text in _VERSUS_WORDS]
        if len(at) != 1 or not 0 < at[0] < len(m) - 1 or alone.measures or alone.rank_dir or alone.order or \
                any(x.kind == "kw" and x.kw and x.kw[0] in ("count", "agg", "rank") for x in m):
            return
        words = [w for w in _WORD.findall(question.text.lower()) if w != "and"]
        if not words or words[0] in _ASKING_WORDS:
            return
        said = " ".join(x.text for x in m)
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}') "
                                     f"was not answered, so {said!r} has nothing to compare the sides on; "
                                     "ask the whole question"), [said], explained=True)

    def _a_possessive_of_a_round_not_answered(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'which batch is the outlier?' (not answered) → 'which instrument ran its phosphate?': read
        alone, 'its' would be the instrument's own; but a value said right after it ('its phosphate')
        is no property of the rows named before it — it is of the rows the round not answered asked
        about, which there are none of. Declined naming the pointer ('its own price' of a column of
        the rows named before it stays their own)."""
        m = alone.mentions
        for i, x in enumerate(m[:-1]):
            if not (x.kind == "kw" and x.kw and x.kw[0] == "anaphora" and x.text in _POSSESSIVES):
                continue
            owners = {r.table for y in m[:i] if y.kind == "ref" for r in y.refs}
            nxt = m[i + 1]
            if owners and nxt.kind == "value" and not {v.table for v in nxt.values} & owners:
                raise CannotAnswer(self._why(question.text, None, f"the previous question "
                                             f"('{skipped['question'].strip()}') was not answered, so "
                                             f"'{x.text} {nxt.text}' (of which rows?) has nothing to point at; "
                                             "ask the whole question"), [x.text], explained=True)

    def _whole_table_after_a_decline(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'heaviest single collection?' (not answered) → 'which truck?'; 'who are the clients?' after
        a list of jobs owing money that was not answered: a bare 'which <noun>' in the singular, or
        'the <nouns>', with nothing else said, asks about the rows of the round that was not
        answered; read alone (`alone`) it would list every row of the table. Declined. So is a bare
        noun ('owners?', 'season ticket?'): a fragment that only narrows the round not answered. So is a
        bare figure ('total sheets ordered?', 'and the average?'; `_a_bare_figure_of_the_same_rows`)."""
        self._a_bare_figure_of_the_same_rows(question, skipped, alone)
        if not alone.entity or alone.measures or alone.filters or alone.group or alone.order or alone.rank_dir or \
                alone.limit is not None or alone.dims_named:
            return
        m = [x for x in alone.mentions if x.text not in ("?", ".", "!")]
        nouns = [i for i, x in enumerate(m) if x.kind == "ref" and x.ref is not None and x.ref.kind == "table"]
        if len(nouns) == 1 and nouns[0] == len(m) - 1 and all(x.text in ("and", "the") for x in m[:-1]):
            # 'owners?', 'and the owners?': a bare noun narrows the rows of the round not answered
            raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}') "
                                         f"was not answered, so '{m[-1].text}' (of which rows?) has nothing to "
                                         "narrow; ask the whole question"), [m[-1].text], explained=True)
        if len(m) > 4 or len(nouns) != 1 or m[0].text not in ("which", "what", "who") or nouns[0] != len(m) - 1:
            return
        noun = m[nouns[0]]
        the = nouns[0] > 0 and m[nouns[0] - 1].text == "the"
        if not (the or (nouns[0] == 1 and not named_in_the_plural(noun.text))):
            return
        phrase = f"{'the ' if the else m[0].text + ' '}{noun.text}"
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}') "
                                     f"was not answered, so '{phrase}' (which of them?) has nothing to point at; "
                                     "ask the whole question"), [phrase], explained=True)

    def _a_bare_figure_of_the_same_rows(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'How many jobs did Lumen Theatre send us?' (not answered) → 'total sheets ordered?': a
        fragment that starts with its figure ('total …', 'and the average?'), names no rows, value,
        period, grouping or ranking of its own, and is over the table the round not answered named,
        continues that round (its rows); read alone it would be over every row. Declined."""
        if alone.filters or alone.when or alone.group or alone.order or alone.rank_dir or alone.limit is not None:
            return
        m = [x for x in alone.mentions if x.text not in ("?", ".", "!")]
        lead = [x for x in m if x.text not in ("and", "the")][:1]
        if len(m) > 4 or not lead or lead[0].kind != "kw" or not lead[0].kw or lead[0].kw[0] not in ("agg", "count"):
            return
        if _names_rows_of_its_own(m):
            return
        if not self._over_the_tables_not_answered(skipped, alone):
            return
        said = " ".join(x.text for x in m)
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}') "
                                     f"was not answered, so {said!r} (of which rows?) has nothing to continue; "
                                     "ask the whole question"), [said], explained=True)

    def _over_the_tables_not_answered(self, skipped: dict, alone: Reading) -> bool:
        """The question alone is over a table the round not answered named (by a name or a value)."""
        before = scan(list(Question.of(skipped.get("question") or "").tokens), self.cat)
        tables = {r.table for x in before for r in x.refs} | {v.table for x in before if x.kind == "value"
                                                               for v in x.values}
        return bool(tables & ({r.table for x in alone.mentions for r in x.refs} | {alone.entity}))

    def _the_figure_of_a_round_not_answered(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'List the credit notes we issued in Q4 2024' (not answered) → 'what's the total by
        currency?': 'the total' (a figure said with 'the'), naming no rows of its own (no table, no
        condition, no period), is the figure of the rows the round not answered asked about; read
        alone it would be over every row of the table. Declined when that round named the same
        table. ('the total revenue' names its figure: a question of its own.)"""
        if alone.filters or alone.when or alone.limit is not None or alone.order or alone.rank_dir:
            return
        m = [x for x in alone.mentions if x.text not in ("?", ".", "!")]
        if _names_rows_of_its_own(m):
            return
        the = next((m[i] for i in range(1, len(m)) if m[i - 1].text == "the" and m[i].text in _BARE_FIGURES and
                    (i + 1 == len(m) or m[i + 1].kind not in ("ref", "value"))), None)
        if the is None:
            return
        if not self._over_the_tables_not_answered(skipped, alone):
            return
        said = f"the {the.text}"
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}') "
                                     f"was not answered, so {said!r} (of which rows?) has nothing to point at; "
                                     "ask the whole question"), [said], explained=True)

    def _fragment_after_a_decline(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'how many are tier A', 'whats the total value', 'north by month', 'count per priority?', 'who
        are the P1s assigned to?', 'with assignee names' right after a round not answered: fragments
        that name no rows (or figure) of their own (see `fragments`); read alone they would answer over
        every row, or with a figure of the engine's own choosing. Declined."""
        found = fragments.a_place_pointer(question.text) or fragments.a_count_of_no_rows_named(question.text, alone) or \
            fragments.bare_question(question.text, alone, self.cat) or fragments.count_per_a_column(alone) or \
            fragments.the_rows_of_a_value(alone, self.cat) or fragments.columns_added(question.text, alone) or \
            fragments.said_again(question.text) or fragments.ranked_by_nothing_said(question.text, alone, self.cat)
        if found is None:
            return
        said, lacks = found
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}') "
                                     f"was not answered, and {said!r} {lacks}; ask the whole question"),
                           [said], explained=True)

    def _the_row_a_round_not_answered_pointed_at(self, question: Question, older: Plan | None, skipped: dict,
                                                 alone: Reading) -> None:
        """'when was the last event?' → 'how many items at it?' (not answered) → 'how many
        volunteers were on duty?': the round not answered pointed ('it') at the one row of the
        answer before; a question about the same rows that says nothing of its own to pick them
        (no condition, period, ranking or group, no 'ever', 'all', 'each') may still be kept to that
        row, or not. Declined naming the pointer."""
        if older is None or older.limit != 1 or older.group or not skipped.get("follows"):
            return
        said = [w for w in _WORD.findall((skipped.get("question") or "").lower())
                if _PRONOUN_KINDS.get(w) in ("it", "he", "she")]
        if not said or alone.filters or alone.when or alone.group or alone.order or alone.rank_dir or \
                alone.limit is not None or alone.dims_named:
            return
        m = alone.mentions
        if any(x.text in _EVERY_PERIOD or x.text in ("each", "total", "in total", "altogether") or
               x.kind in ("value", "num", "date") for x in m):
            return
        tables = {r.table for x in m if x.kind == "ref" for r in x.refs}
        if older.table not in tables and not any(self.cat.fans_out(older.table, t) for t in tables):
            return
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}', not "
                                     f"answered) pointed with {said[0]!r} at the one row of the answer before, and "
                                     "whether this question is kept to that row too is not clear; ask with the row "
                                     "named, or say 'overall'"), [said[0]], explained=True)

    def _the_value_a_round_not_answered_pointed_at(self, question: Question, older: Plan | None, skipped: dict,
                                                   alone: Reading) -> None:
        """'units sold per year for Sunken Citadel' → 'On which platforms was it sold?' (not
        answered) → 'How many units on the Switch?': the round not answered pointed ('it') at the one
        value the answer before was kept to; a question about the same tables that names no value of
        that column (nor 'overall', 'ever', 'all', 'every') may still be kept to it, or not. Declined
        naming the value."""
        if older is None or not skipped.get("follows"):
            return
        said = [w for w in _WORD.findall((skipped.get("question") or "").lower())
                if _PRONOUN_KINDS.get(w) == "it"]
        one = [f for f in older.filters if f.kind == "value" and f.op in ("=", "in") and len(f.values) == 1 and f.column]
        if not said or len(one) != 1 or any(x.text in _EVERY_TIME for x in alone.mentions):
            return
        kept = one[0]
        if any(f.column == kept.column for f in alone.filters):
            return                          # its own value of that column
        tables = {r.table for x in alone.mentions if x.kind == "ref" for r in x.refs}
        if not tables & set(older.tables()):
            return
        value = kept.values[0]
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}', not "
                                     f"answered) pointed with {said[0]!r} at {value!r}, which the answer before was "
                                     f"kept to, and whether this question is kept to {value!r} too is not clear; ask "
                                     f"with {value!r} named, or say 'overall'"), [said[0]], explained=True)

    def _per_a_noun_of_the_rows_themselves(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'total donations per yr' (not answered) → 'avg donation per item' with a column `item`:
        'per item' may be each row (every item brought in) or each value of the column item, and
        after a round not answered it may also continue that round's grouping. A 'per <noun>' whose
        noun is a word for a row itself ('item', 'record', 'entry', the table's own noun) and also
        names a column is declined naming both."""
        m = [x for x in alone.mentions if x.text not in ("?", ".", "!")]
        for i in range(len(m) - 1):
            x = m[i + 1]
            if m[i].text not in ("per", "each", "for each", "by") or not x.col:
                continue
            own = {singular(w) for w in _ROW_NOUNS} | {singular(alone.entity or x.ref.table).lower()}
            if singular(x.text.lower()) in own and any(g.column == x.col for g in alone.group):
                raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}') "
                                             f"was not answered, and '{m[i].text} {x.text}' may be each row of "
                                             f"{x.ref.table} or each value of its column {x.ref.column}; ask with "
                                             "the grouping named"), [f"{m[i].text} {x.text}"], explained=True)

    def _period_of_a_round_not_answered(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'What did we spend each month in 2025? …' (not answered) → … → 'which supplier did we pay
        the most that year?' (not answered) → 'what did we spend per category?': a round not answered
        pointed at a period the conversation was kept to ('that year'), or narrowed it to one ('only the
        ones who signed up in 2024', then 'now group by month instead', both not answered), which the
        engine never answered; a question about the same rows that names no period of its own may
        still be kept to it, or not. Declined naming the period ('overall', 'ever', 'all' say every
        period; after a pointer, a question about periods is one of its own)."""
        rounds = [skipped.get("question") or ""] + list(skipped.get("earlier") or [])
        scanned = [scan(list(Question.of(q).tokens), self.cat) for q in rounds]
        kept = next(((q, said, pointer) for q, before in zip(rounds, scanned)
                     for said, pointer in [_period_kept_to(q, before)] if said), None)
        if kept is None:
            return
        q, said, pointer = kept
        try:
            self.task("0", question, None)      # (declined on its own: that reason names its words)
        except CannotAnswer:
            return
        if any(f.kind == "time" for f in alone.filters) or alone.when or \
                any(x.text in _EVERY_TIME for x in alone.mentions):
            return                          # its own period, or every one
        if pointer and any(x.text in _EVERY_PERIOD or x.kind == "kw" and x.kw[0] == "grain" or
                           x.kind == "ref" and any(r.kind == "column" and self.cat.is_time(r.table, r.column)
                                                   for r in x.refs) for x in alone.mentions):
            return                          # a question about periods
        tables = {r.table for before in scanned for x in before for r in x.refs} | \
            {v.table for before in scanned for x in before if x.kind == "value" for v in x.values}
        if not tables & {r.table for x in alone.mentions for r in x.refs}:
            return
        which = "previous" if q == rounds[0] else "earlier"
        raise CannotAnswer(self._why(question.text, None, f"the {which} question ('{q.strip()}', "
                                     f"not answered) kept the conversation to {said!r}, and whether this question "
                                     "is kept to that period too is not clear; ask with the period named"),
                           [said], explained=True)

    def _periods_of_a_year_not_answered(self, question: Question, skipped: dict, alone: Reading) -> None:
        """'Shipments by quarter in 2024' (not answered) → 'which quarter had the heaviest total
        weight?': a question about the periods (quarters) the round not answered broke a year or a
        date into, naming no period of its own, asks about that round's periods (of 2024); read alone
        it would rank the quarters of every year. Declined naming the year."""
        if not any(g.grain for g in alone.group):
            return                          # (no periods asked about: the round not answered left unread)
        before = scan(list(Question.of(skipped.get("question") or "").tokens), self.cat)
        units = {x.kw[1] for x in before if x.kind == "kw" and x.kw[0] == "grain"}
        said = [x.text for x in before if x.kind == "date" or _is_year(x)]
        if not units or not said or not any(g.grain in units for g in alone.group):
            return
        if any(f.kind == "time" for f in alone.filters) or alone.when or \
                any(x.text in _EVERY_TIME or x.kind in ("date", "num") for x in alone.mentions):
            return                          # its own period, or every one
        raise CannotAnswer(self._why(question.text, None, f"the previous question ('{skipped['question'].strip()}', "
                                     f"not answered) broke {' '.join(said)!r} into periods, and whether this question "
                                     "is about those periods only is not clear; ask with the period named"),
                           [" ".join(said)], explained=True)

    def _there_of_a_value_not_answered(self, question: Question, skipped: dict) -> None:
        """'What are the GPS coordinates of Hallow Lane?' (not answered) → 'how many hives are
        there?': 'there' may be the place that question named, or no place at all; which one the
        engine cannot tell, so it declines naming both readings."""
        now = scan(list(question.tokens), self.cat)
        there = [x for x in now if x.kind == "word" and x.text == "there"]
        if not there or any(x.kind == "value" for x in now):
            return                          # 'how many hives are there at Hallow Lane?': the place is named
        asked = {r.table for x in now for r in x.refs}
        # a value of another table the rows asked for lie in ('Hallow Lane', a site of the hives), not
        # one of those rows themselves ('mars' read as a company's ticker: 'how many companies are there?')
        named = [x.text for x in scan(list(Question.of(skipped.get("question") or "").tokens), self.cat)
                 if x.kind == "value" and all(v.table not in asked for v in x.values) and
                 any(self.cat.join_path(t, v.table) for v in x.values for t in asked)]
        if not named:
            return
        why = "answered without the rules engine" if skipped.get("answered", True) else "not answered"
        raise CannotAnswer(self._why(question.text, None, f"'there' may mean at {named[0]!r}, which the previous "
                                     f"question ('{skipped['question'].strip()}', {why}) named, or nowhere in "
                                     "particular; ask with the place named"), ["there"], explained=True)

    def _continuing_words(self, question: Question, older: Plan | None) -> list[str] | None:
        """The words by which a question continues an earlier answer ([] when no word says it but
        it reads as a follow-up of `older`; None for a question of its own)."""
        same = _SAME.search(question.text)
        if same:
            return [same.group(0).strip()]
        try:
            alone = Interpreter(self.cat, question, None).read()
        except CannotAnswer:
            alone = None
        if alone is not None:
            words = [x.text for x in alone.mentions if x.kind == "kw" and x.kw[0] == "anaphora"] \
                if alone.anaphora else []       # 'the S&P 500 at its lowest': 'its' is of the index named
            at = dates.time_pointer(alone.mentions)
            words += _points_back(alone, self.cat) + _continues(question.text, alone, None) + _lead_place(question.text) + \
                [x.text for x in loose_rate_words(alone.mentions)] + _share_of_no_whole(alone) + \
                _lead_preposition_fragment(question.text) + \
                ([" ".join(x.text for x in at[0])] if at else [])
            if words:
                return list(dict.fromkeys(words))     # a word found by two rules is named once
        if older is None:
            return None
        try:
            reading = Interpreter(self.cat, question, older).read()
        except CannotAnswer:
            return None
        return [] if is_followup(reading, older, self.cat) else None

    def _breakdown(self, question: str, prev: Plan | None) -> Result | None:
        context, parts = breakdown.split(question)
        ctx_plan = None
        if context:
            try:
                ctx_plan, _ = self.plan(context, None)     # the shared part stands on its own
            except CannotAnswer:
                ctx_plan = None
        if len(parts) <= 1 and not breakdown.is_overview(question):
            return None                         # nothing to break down: answered once, by answer()
        if len(parts) <= 1:
            base, _ = self.plan(question, prev)
            if any(f.op == "=" and f.column and self.cat.label(f.column.split(".")[0]) == f.column.split(".")[1]
                   for f in base.filters):
                return None                 # "tell me about Apple" is one row, not a breakdown
            ctx_plan = base
            named = next((c for c in base.select if self.cat.is_measure(*c.split("."))), None)
            parts = breakdown.overview_recipe(
                self.cat, base.filters[0].column.split(".")[0] if base.filters else base.table,
                tuple(named.split(".")) if named else None)
            ctx_plan.select = []
            recipe = True
        else:
            recipe = False
        tasks, last = [], ctx_plan or prev
        for i, part in enumerate(parts):
            if last is not None and last.group and not last.group[0].grain:
                # "…, and which has the highest …": the subject is the previous part's grouping
                noun = last.group[0].column.split(".")[1].replace("_", " ")
                part = re.sub(r"^(and\s+)?(which|what)\s+(has|have|had|is|are|was|were)\b", rf"\2 {noun} \3",
                              part, flags=re.I)
            t = self._subtask(f"0-{i}", part, last, ctx_plan)
            tasks.append(t)
            if t.plan and not recipe:          # a recipe's parts each start from the shared context
                last = Plan.from_dict(t.plan)
        _remember_batch(tasks)
        summary = f"Answer in {len(tasks)} steps: " + " ".join(f"({i + 1}) {t.clarified_task}" for i, t in enumerate(tasks))
        assumptions = [a for t in tasks for a in t.assumptions]
        return Result("breakdown", tasks, question.strip(), summary, _unique(assumptions))

    def _same_for(self, question: str, prev: Plan) -> Result:
        """'Do the same for Health Care and Consumer Staples' after a breakdown: the question is
        a follow-up of every step of that answer, so each step is redone with the new values."""
        tasks = []
        q = Question.of(question)
        for i, step in enumerate(prev.batch):
            tasks.append(self.task(f"0-{i}", q, step))
        _remember_batch(tasks)
        summary = f"Answer in {len(tasks)} steps: " + " ".join(f"({i + 1}) {t.clarified_task}" for i, t in enumerate(tasks))
        return Result("breakdown", tasks, question.strip(), summary, _unique([a for t in tasks for a in t.assumptions]))

    def _subtask(self, task_id: str, part: str, last: Plan | None, ctx: Plan | None) -> Task:
        t = self.task(task_id, part, last)
        if ctx is None or t.plan is None:
            return t
        plan = Plan.from_dict(t.plan)
        have = {f.column for f in plan.filters}
        for f in ctx.filters:
            if f.column not in have and (f.column is None or _reachable(self.cat, plan.table, f.column)):
                plan.filters.append(f)
        compare_groups(plan, self.cat)
        sql = to_sql(plan, self.cat)
        return Task(task_id, plan.to_dict(), sql, clarified_task(plan, self.cat), assumptions=plan.assumptions,
                    share=t.share, ledger=t.ledger)

    def chart(self, task: Task, columns: list[str], rows: list) -> dict:
        if task.plan is None:
            return {"chart_name": "Table", "title": task.clarified_task, "option": {"columns": list(columns)}}
        return chart_options(Plan.from_dict(task.plan), self.cat, task.clarified_task, columns, rows, task.share)

    # refineSql and suggestQuestions -------------------------------------------------------
    def refine(self, sql: str, feedback: str) -> tuple[str, str]:
        if self.strategy == "llm":
            return self._llm_refine(sql, feedback)
        try:
            return self._rules_refine(sql, feedback)
        except CannotAnswer:
            if self.strategy != "hybrid":
                raise
            return self._llm_refine(sql, feedback)

    def _llm_refine(self, sql: str, feedback: str) -> tuple[str, str]:
        reply = self.llm.ask(feedback, "direct", [], {"question": "(the query below)", "sql": sql})
        return reply["sql"], reply.get("clarified_task") or f"Rewrote the query for: {feedback}"

    def _rules_refine(self, sql: str, feedback: str) -> tuple[str, str]:
        tree = sqlglot.parse_one(sql, read=self.cat.dialect)
        r = Interpreter(self.cat, feedback).read()
        done = []
        tables = {t.name: (t.alias_or_name) for t in tree.find_all(exp.Table)}

        def column(ref: str) -> exp.Column | None:
            t, c = ref.split(".")
            if t not in tables:
                return None
            qual = tables[t] if len(tables) > 1 else None
            return exp.column(c, table=qual)

        from .sqlgen import Compiler
        comp = Compiler(self.cat, Plan(table=next(iter(tables))))
        for f in r.filters:
            if f.column and column(f.column) is not None:
                tree = tree.where(comp.condition(column(f.column), f.op, f.values), copy=False)
                done.append(f"added the condition {f.column.split('.')[1]} {f.op} {', '.join(map(str, f.values))}")
        for c in r.select:
            if column(c) is not None and isinstance(tree, exp.Select) and not tree.args.get("group"):
                tree = tree.select(column(c), copy=False)
                done.append(f"added the column {c.split('.')[1]}")
        for o in r.order:
            if o.kind == "col" and column(o.ref) is not None:
                tree = tree.order_by(exp.Ordered(this=column(o.ref), desc=o.desc), append=False, copy=False)
                done.append(f"sorted by {o.ref.split('.')[1]} {'descending' if o.desc else 'ascending'}")
        if (r.rank_dir or r.direction) and not r.order and tree.args.get("order"):
            desc = (r.rank_dir or r.direction) == "desc"
            for o in tree.args["order"].expressions:
                o.set("desc", desc)
            done.append(f"changed the sort to {'descending' if desc else 'ascending'}")
        if r.limit is not None:
            tree = tree.limit(r.limit, copy=False)
            done.append(f"limited the result to {r.limit} rows")
        if not done:
            raise CannotAnswer(f"Could not apply the feedback '{feedback}': it names no column, value, "
                               "order or limit that fits this query.", explained=True)
        return tree.sql(dialect=self.cat.dialect), "To address the feedback, the query " + "; ".join(done) + "."

    def suggest(self) -> list[str]:
        """Questions this database can answer, built from its own tables and columns."""
        cat = self.cat
        counts, tops, avgs, trends = [], [], [], []
        tables = sorted(cat.tables.values(), key=lambda t: (-t.row_count, t.name))
        for t in tables:
            noun = plural(spoken(t.name))          # 'tbl_players' -> 'players', 'ITEMS' -> 'items'
            dims = [c for c in t.columns if cat.is_dimension(t.name, c) and 1 < t.columns[c].profile.distinct <= 30]
            joinable = [t.name] + [u for u in sorted(cat.tables) if u != t.name and cat.connected(t.name, u)]
            size = cat.size_measure(joinable)
            times = [c for c in cat.time_columns(t.name) if cat.column(t.name, c).kind == "date"]
            if dims:
                counts.append(f"How many {noun} are in each {spoken(dims[0])}?")
                if size:
                    tops.append(f"What are the 5 {noun} with the highest {spoken(size[1])}?")
                    avgs.append(f"What is the average {spoken(size[1])} by {spoken(dims[0])}?")
            if times:
                measure = next((c for c in t.columns if cat.is_measure(t.name, c)), None)
                if measure:
                    trends.append(f"Show the yearly average of {spoken(measure)}")
        out = [q for group in zip(counts + [""] * 3, tops + [""] * 3, avgs + [""] * 3, trends + [""] * 3)
               for q in group if q]
        return out[:6] or [f"How many rows are in {t.name}?" for t in tables[:3]]

    # failures -------------------------------------------------------------------------
    def _why(self, question: str, reading: Reading | None, detail: str = "") -> str:
        bits = [f"Could not answer '{question.strip()}'"]
        if detail:
            bits[0] += f": {detail}"
        named = {x.text for x in reading.mentions if x.kind == "ref" and x.ref is not None or x.kind == "apart"} \
            if reading else set()
        unknown = [w for w in reading.unknown if w not in named] if reading else []
        unused = [w for w in reading.unknown if w in named] if reading else []
        fiscal = fiscal_reason(question, self.cat)
        if fiscal:
            bits.append(fiscal[0].upper() + fiscal[1:])
        if "or" in unknown:
            unknown.remove("or")
            bits.append("'or' joins conditions on different things (rows meeting either one); the engine combines "
                        "conditions only when all of them hold, so ask for each condition in its own question")
        if unknown:
            bits.append("Not understood: " + ", ".join(f"'{w}'" for w in unknown)
                        + f" (no table, column or value of the {self.cat.database} database and no rule of the "
                        "engine accounts for them, and answering without them would answer a different question)")
        if unused:
            # 'how many market cap companies': the words name a column, but not how the answer uses it
            bits.append("Not used: " + ", ".join(f"'{w}'" for w in unused) + " (they name a table or column of the "
                        f"{self.cat.database} database, but no rule of the engine says what they do in this question, "
                        "and answering without them would answer a different question)")
        tries = self.suggest()[:3]
        return ". ".join(bits) + ". Questions that work here: " + " | ".join(tries)


def spoken(name: str) -> str:
    """A column name as words: 'IsOfficial' -> 'is official', 'pe_ratio' -> 'pe ratio', 'tbl_players' -> 'players'."""
    from .catalog import TABLE_PREFIX
    return re.sub(r"([a-z])([A-Z])", r"\1 \2", TABLE_PREFIX.sub("", name) or name).replace("_", " ").lower()


def _assumptions(raw) -> list[dict]:
    return [{"concept": str(a.get("concept", "")), "explanation": str(a.get("explanation", ""))}
            for a in raw or [] if isinstance(a, dict)]


_SAME = re.compile(r"\b(the )?same (for|with|but for|about)\b|\bdo (the same|that|this) for\b|"
                   r"^\s*(how (does|do|did) .+ compare|(and )?(what|how) about\b|and for\b)|"
                   r"^\s*(and |now )?compare[sd]? ((it|that|this|them|those) )?(with|to|against)\b", re.I)


# 'how does that compare with …?', '… versus …': the earlier value next to the new one
_COMPARES = re.compile(r"\bcompare[sd]?\b|\bversus\b|\bvs\.?\s", re.I)
# '…, and when?', '…, and when was it?': the date of the answer's row too
_AND_WHEN = re.compile(r"\band\s+when\s*\??\s*$|"
                       r"\S.*\band\s+when\s+(was|is|did)\s+(it|that|this)(\s+(happen|occur))?\s*\??\s*$", re.I)
# A yes-or-no question about something said earlier ('is it …?', 'did they …?').
_YES_NO = re.compile(r"^\s*(is|are|was|were|does|do|did|has|have|had|can|could|will|would)\s+"
                     r"(it|they|that|this|these|those|he|she|any of them|all of them|each of them)\b", re.I)
_WORD = re.compile(r"[a-z']+")      # a word of a lower-cased question, as the rules here split it
# A question that is only the rest of an earlier one ('at which hotel?', 'in what city?').
_FRAGMENT = re.compile(r"^\s*(at|in|on|for|from|by|to|with)\s+(which|what)\s+\w+\s*\??\s*$", re.I)
_WHICH_ONE = re.compile(r"^\s*(which|what|who)\s+one\b|\bthe\s+(last|first|latest|next|previous|other|same)\s+one\b",
                        re.I)
# 'what about distance?', 'how about Energy?', 'and in 2024?', 'only for …': only said after an earlier answer
# 'vs empties collected?', 'compared with last year?': the other side of a comparison whose first
# side is an earlier answer (the rows alone answer no comparison)
_LEAD_VERSUS = re.compile(r"^\s*(?:and\s+)?(vs\.?|versus|v\.|compared\s+(?:to|with)|as\s+against|against)(?=\s|$)", re.I)
_CONTINUING = re.compile(r"^\s*((?:what|how)\s+about|and|only\s+(?:for|those|the\s+ones))\b", re.I)
# 'list this year's with the date' (this year's what?), 'over the two years' (which two?): the
# thing or the period is one an earlier question named
_ELIDED = re.compile(r"\b((?:this|last|next|that)\s+(?:year|month|week|quarter|season)'s)(?=\s*(?:with|and|,|\?|\.|!|"
                     r"for|from|in|by|$))|(?<!last )(?<!past )(?<!first )(?<!next )\b(the\s+(?:two|three|four|five|both|\d+)\s+"
                     r"(?:years|months|quarters|weeks|seasons))\b", re.I)
# A question or a request says what it asks for first; a fragment ('by plan', 'cardiology only')
# does not.
_ASKS = re.compile(r"^\s*(which|what|what's|whats|who|whom|whose|how|when|where|why|is|are|was|were|do|does|"
                   r"did|can|could|would|will|list|show|give|name|count|find|tell|get|display|sort|order|rank|"
                   r"compare|i|we|please|calculate|compute)\b", re.I)
# 'For each sector, which stock has the lowest P/E?': a question after its grouping
_ASKS_LATER = re.compile(r"[,;:]\s*(which|what|who|how|when|where|list|show)\b|\b(which|what|who|how many|how much)\b",
                         re.I)
_LEAD_GROUP = re.compile(r"^\s*(?:and\s+|now\s+)?(by|per|for\s+each|for\s+every|broken\s+down\s+(?:by|into)|"
                         r"split\s+(?:by|into|between))\b",
                         re.I)
_LEAD_CHANGE = re.compile(r"^\s*(?:and\s+|now\s+)?(exclude|excluding|except|without|not\s+counting|leave\s+out|drop|"
                          r"remove|minus|just|only)\b", re.I)
_ALSO = re.compile(r"\b(too|as\s+well)\s*[?.!]*\s*$", re.I)
_COUNT_PER = re.compile(r"^\s*(?:and\s+|so\s+)?(how\s+many\s+(?:per|by|in\s+each|for\s+each|each))\b", re.I)
_TAIL_CHANGE = re.compile(r"\b(only|too|as\s+well|also|instead)\s*([?.!]*\s*$|[,;])", re.I)

# Words before which 'that'/'this' points at something said earlier ('of that model', 'was that
# for?'), not a relative clause ('companies that pay dividends').
_POINTING = {"was", "is", "of", "on", "for", "in", "at", "about", "from", "to", "with", "than", "like", "by",
             "after", "before", "did", "does", "during", "since", "until"}


# Words after which 'that'/'this' is the thing itself ('break that down by carrier', 'do this for
# Legal', 'show that again'), not the start of a relative clause.
# 'what's their annual salary?', 'and what is her home address?': only a property of the rows shown
_ASKS_A_PROPERTY = re.compile(r"^\s*(?:and\s+|so\s+)?what(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+"
                              r"(their|her|his|its)\s+[a-z][a-z -]*\??\s*$", re.I)
_PRONOUN_KINDS = {"their": "they", "they": "they", "them": "they", "those": "they", "her": "she", "she": "she",
                  "his": "he", "he": "he", "him": "he", "its": "it", "it": "it"}
_EVERY_TIME = {"overall", "ever", "all", "every"}
_NARROWS = re.compile(r"^\s*(?:and\s+|now\s+|but\s+)*(?:only|just)\b", re.IGNORECASE)
_NARROWING_WORD = re.compile(r"\b(only|just|except|excluding|without|not|n't|no|but)\b")   # (of a lowered text)


def _period_kept_to(text: str, before: list) -> tuple[str, bool]:
    """The words of a question that keep a conversation to a period: a pointer at one ('that
    year': True) or, after a leading 'only' / 'just', a year or date it names (False); '' if none."""
    at = dates.time_pointer(before)
    if at is not None:
        return " ".join(x.text for x in at[0]), True
    if _NARROWS.search(text):
        said = [x.text for x in before if x.kind == "date" or _is_year(x)]
        if said:
            return " ".join(said), False
    return "", False


_EVERY_PERIOD = {"overall", "ever", "all", "every", "year", "years", "month", "months", "quarter", "week", "day",
                 "decade", "recent", "latest", "earliest", "first", "last", "newest", "oldest", "today", "now"}
_PICKING_WORDS = {"only", "just", "of", "among", "those", "these", "most", "least", "highest", "lowest", "top", "first", "last", "best",
                  "worst", "biggest", "largest", "smallest", "fewest", "more", "less", "fewer", "earliest", "latest",
                  "longest", "shortest", "oldest", "newest", "cheapest", "dearest", "each", "every", "all", "not",
                  "no", "without", "except", "but", "than", "over", "under", "above", "below", "between", "since"}
_POINTED_AT = {"down", "up", "out", "by", "per", "into", "again", "over", "across", "?", "."}


def _names_a_thing(x, cat: Catalog | None = None) -> bool:
    """'that dog', 'this customer', 'that status': a value, a table or a category column after the
    pointer (a demonstrative)."""
    return x.kind == "value" or (x.kind == "ref" and x.ref is not None and (x.ref.kind == "table" or (
        cat is not None and x.ref.kind == "column" and cat.column(x.ref.table, x.ref.column).kind == "text")))


_PLURAL_PRONOUNS = ("they", "their", "them")


def _pronouns_of_the_rows_listed(reading: Reading) -> str | None:
    """'List the departments and the floor they're on', 'Show all area codes and their states',
    'What tier is each partner on, and what commission percentage do they get?': with no earlier
    answer, a plural pronoun of the rows a question lists ('their' before one of their columns;
    'they' / 'them' right after one), after a plural noun (or 'each <noun>') naming those rows, is
    those rows. Only a plain listing of one table's columns
    (no figure, grouping, ranking, number, date or comparison, no 'own'): there 'their <column>'
    is the column of each row listed. The table listed, or None. (The plan is checked once built.)"""
    m = [x for x in reading.mentions if x.text not in ("?", ".", "!", ",")]
    if reading.measures or reading.agg_only or reading.group or reading.order or reading.rank_dir or \
            reading.limit is not None or reading.share or reading.when or \
            any(x.kind in ("num", "date") or x.text in ("than", "own") or
                x.kind == "kw" and x.kw[0] == "group" and x.text not in ("each", "every") for x in m):
        return None
    said = [i for i, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "anaphora"]
    if not said or any(m[i].text.lower() not in _PLURAL_PRONOUNS for i in said):
        return None
    tables = {x.ref.table for x in m if x.kind == "ref" and x.ref is not None}
    if len(tables) != 1:
        return None
    t = tables.pop()

    def of_t(x) -> bool:
        return x.kind == "ref" and x.ref is not None and x.ref.table == t

    def column_of_t(x) -> bool:
        return of_t(x) and x.ref.kind == "column"

    rows = [i for i, x in enumerate(m[:said[0]]) if of_t(x) and (
        named_in_the_plural(x.text) or i > 0 and m[i - 1].text in ("each", "every", "all"))]
    if not rows:
        return None
    content = [i for i, x in enumerate(m) if x.kind != "word"]
    for i in said:
        at = content.index(i)
        # 'their <column>'; '<column> they're on', '<column> do they get', 'who leads them'
        near = content[at + 1:at + 2] if m[i].text.lower() == "their" else content[max(at - 1, 0):at]
        if not near or not column_of_t(m[near[0]]):
            return None
    return t


def _lists_the_rows_named(plan: Plan, reading: Reading, table: str) -> None:
    """The plan of a question whose plural pronoun was read as the rows it lists: still a plain
    listing of those rows (else the pronoun may say more: declined as pointing back)."""
    if plan.measures or plan.group or plan.order or plan.limit is not None or plan.inner is not None or \
            plan.within is not None or plan.table != table or \
            any(f.kind != "value" or f.op not in ("=", "in") for f in plan.filters):
        words = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "anaphora"]
        raise CannotAnswer(f"it refers to an earlier answer, and there is none in this session "
                           f"({', '.join(map(repr, words))}), and the engine could not tell how; ask the whole question",
                           words)


def _points_back(reading: Reading, cat: Catalog) -> list[str]:
    m = reading.mentions
    words = [x.text for i, x in enumerate(m) if x.kind == "word" and x.text in ("that", "this") and i > 0
             and (m[i - 1].text in _POINTING or i + 1 == len(m) or m[i + 1].text in _POINTED_AT
                  or _names_a_thing(m[i + 1], cat))]
    # 'break that down by carrier', 'split them by year': a grouping of something already shown
    words += [x.text for x in m if x.kind == "kw" and x.kw[0] == "group" and
              set(x.text.split()) & {"it", "that", "this", "them", "those"}]
    # 'how many donors live there?': a place an earlier answer named
    words += [x.text for x in m if x.kind == "kw" and x.kw[0] == "place"]
    # 'the average P/E of its sector': the category of a row an earlier answer found
    words += [x.text for i, x in enumerate(m[:-1]) if _its_category(m, i, cat)]
    # 'how many units did each take?': 'each' alone is each row of an earlier answer
    words += _dangling_each(reading)
    if reading.group_prev:
        # 'what's the average price per unit in each?': each of the groups an earlier answer showed
        words += [x.text for i, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "group" and x.used and
                  not any(y.kind in ("ref", "value", "num") for y in m[i + 1:])][:1]
    return words


def _each_answered_by_one_row(plan: Plan, reading: Reading) -> list[str]:
    """'when did each first order?', 'which was each one's best month?': 'each' or 'every' said, and
    the plan keeps one row of no grouping (a ranking cut to its first row): the 'each' was lost."""
    if plan.limit != 1 or plan.group or plan.inner is not None or plan.within is not None:
        return []
    return [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "group" and
            x.text in ("each", "every", "for each")][:1]


def _dangling_each(reading: Reading) -> list[str]:
    """'how many units did each take?', 'what did each cost?': an 'each' that no rule used, with
    no noun after it, is a pronoun for the rows of an earlier answer (read alone, the question would
    give one figure over every row)."""
    m = [x for x in reading.mentions if x.text not in ("?", ".", "!")]
    return [x.text for i, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "group" and not x.used and
            x.text in ("each", "every") and (i + 1 == len(m) or m[i + 1].kind == "word" and m[i + 1].text != "of")]


def _continues(text: str, reading: Reading, previous: Plan | None) -> list[str]:
    """With no earlier answer, the words of a question that only continues one: 'at which hotel?'
    (which rows is unknown; after an answer it is not read as a follow-up of, too), 'which one has
    the most rooms?' (one of what?)."""
    fragment = _FRAGMENT.match(text)
    if fragment and not (reading.measures or reading.filters or reading.order or reading.rank_dir or reading.group):
        return [fragment.group(0).strip()]      # (after an answer, one it is not read as a follow-up of)
    elided = _ELIDED.search(text)
    if elided:
        return [elided.group(1) or elided.group(2)]     # "list this year's with the date": this year's what?
    versus = _LEAD_VERSUS.match(text)
    if versus:
        return [versus.group(1)]        # 'vs empties collected?': set beside an earlier answer, never alone
    if previous is not None:
        return []
    if _WHICH_ONE.search(text):
        return ["one"]
    dangling = _ranks_nothing_named(reading)
    if dangling:
        return dangling
    instead = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "instead" and x.text != "rather"]
    if instead:
        return instead[:1]          # 'sum the shipping fees instead': in place of an earlier answer's figure
    lead = _CONTINUING.match(text)
    return [lead.group(1)] if lead else _terse_change(text, reading)


_LEAD_PLACE = re.compile(r"^\s*(in|for|at|among|within|inside)\s+\w", re.I)
# 'excl. Paris', 'except the north': a fragment that only leaves rows out of an earlier answer
_LEAD_EXCLUSION = re.compile(r"^\s*(?:and\s+|but\s+)?(excl\.?|excluding|except(?:\s+for)?|without|minus|"
                             r"not|other\s+than|apart\s+from)(?=\s+\w)", re.I)


def _lead_place(text: str) -> list[str]:
    """'in financials', 'for the north region': a fragment that only narrows an earlier answer (no
    question word or request of its own), said after a round that has none."""
    lead = _LEAD_PLACE.match(text) or _LEAD_EXCLUSION.match(text)
    if lead is None or _ASKS_LATER.search(text) or re.search(r"[,;]", text):
        return []
    return [lead.group(1)]


# 'on how many different projects?', 'for how many nights?': a preposition, a question word and a
# noun phrase with no verb of its own; the verb is the earlier question's
_LEAD_PREPOSITION_FRAGMENT = re.compile(r"^\s*(?:and\s+)?(on|in|at|for|from|by|over|across|with|to|into)\s+"
                                        r"(how\s+many|how\s+much|how\s+long|which|what)\s+((?:[\w'-]+\s*){1,3})\??\s*$",
                                        re.I)
_VERBS = re.compile(r"\b(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|be|been|\w+ed)\b", re.I)


def _lead_preposition_fragment(text: str) -> list[str]:
    """'on how many different projects?' after a question that was not answered: a fragment whose
    verb ('worked') is that question's, so what it counts is unknown."""
    lead = _LEAD_PREPOSITION_FRAGMENT.match(text)
    if lead is None or _VERBS.search(lead.group(3)):
        return []
    return [f"{lead.group(1)} {lead.group(2)}"]


def _share_of_no_whole(reading: Reading) -> list[str]:
    """'what share came by direct debit?': a share that names no whole ('of donations', 'of all
    …', 'of the total') is a share of an earlier answer's rows; after a round that has none, its
    whole is unknown (never the whole table)."""
    if not reading.share:
        return []
    m = reading.mentions
    said = [(i, x) for i, x in enumerate(m) if x.kind == "kw" and x.kw[0] == "share"]
    if not said or any(i + 1 < len(m) and m[i + 1].text == "of" for i, _ in said):
        return []
    if any(x.text in ("total", "all", "overall", "whole") for x in m):
        return []
    return [said[0][1].text]


# 'is Procter & Gamble in there, and what does it yield?': whether a named row is among the rows
# shown, and then a figure of it
_IN_THERE_AND_WHAT = re.compile(r"^\s*(is|are|was|were)\b.+\b(in there|among them|among those|on the list|"
                                r"in the list|one of them)\b.*\band (what|how)\b", re.I)


def _figure_of_a_row_asked_in_there(plan: Plan, text: str) -> None:
    """'Is Procter & Gamble in there, and what does it yield?': a named row 'in there' asks whether
    it is among the previous rows and then its figure; kept to the previous rows, a row not among
    them would show no figure at all. The named row's figure is shown over every row, said so."""
    if not _IN_THERE_AND_WHAT.search(text) or not any(f.kind == "in_prev" for f in plan.filters):
        return
    named = [f for f in plan.filters if f.kind == "value" and f.op in ("=", "in") and f.column]
    if not named:
        return
    plan.filters = [f for f in plan.filters if f.kind != "in_prev"]
    plan.within = None
    values = ", ".join(str(v) for f in named for v in f.values)
    plan.assume("in there", f"the figure of {values} whether or not it is among the previous answer's rows "
                            "(that answer shows which rows it holds)")


# nouns for one row of any table ('average donation per item')
_ROW_NOUNS = ("item", "record", "entry", "row", "thing")
# a figure said with no column ('what's the total by currency?')
# 'A versus B', 'A vs B', 'A v B', 'A compared with B': two sides set against each other
_VERSUS_WORDS = VERSUS_WORDS | {"against"}
_POSSESSIVES = frozenset({"its", "their", "his", "her"})


_LISTING_VERBS = {"show", "list", "give", "me", "all", "the", "get", "find"}
_CONDITION_WORDS = {"with", "where", "whose", "that", "which", "having"}


def _rows_with_a_condition_of_their_own(now: list) -> bool:
    """'companies with a P/E above their sector's average', 'list the orders where …': the request
    opens with the rows it asks for, named by their table, and a condition right after them — a
    question of its own, whatever measure it shares with a declined one."""
    said = [x for x in now if not (x.kind in ("word", "kw") and x.text in _LISTING_VERBS)]
    if len(said) < 3 or said[0].kind != "ref" or not any(r.kind == "table" for r in said[0].refs or []):
        return False
    return said[1].text in _CONDITION_WORDS


def _terse_about_the_same_column(text: str, skipped: str, cat: Catalog, skipped_continued: bool) -> list[str]:
    """'only episodes not deleted: the median episode length?' (declined) → 'average length per show
    category': a request with no question word of its own about a measure the declined question
    named under a condition of its own goes on from that question, whose conditions are lost; so
    does one that asks again for the aggregate of a declined round that itself went on from an
    earlier one ('and the average?' → 'average length per category'). The words naming what it asks
    about ([] otherwise)."""
    if _ASKS.match(text) or _ASKS_LATER.search(text):
        return []
    now, before = scan(list(Question.of(text).tokens), cat), scan(list(Question.of(skipped).tokens), cat)
    if _rows_with_a_condition_of_their_own(now):
        return []           # 'companies with a P/E above their sector's average': the rows named, then their condition
    if skipped_continued:
        aggs = {x.kw for x in before if x.kind == "kw" and x.kw and x.kw[0] == "agg"}
        return [x.text for x in now if x.kind == "kw" and x.kw in aggs][:1]

    def measures(ms: list) -> list[tuple[str, set]]:
        return [(x.text, {f"{r.table}.{r.column}" for r in x.refs or [] if r.kind == "column" and
                          cat.is_measure(r.table, r.column)}) for x in ms if x.kind == "ref"]
    conditioned = any(x.kind == "value" or x.kind == "num" for x in before) or \
        re.search(r"\b(only|excluding|except|without|not|n't)\b", skipped.lower())
    measured = set().union(*[c for _, c in measures(before)])
    return [w for w, c in measures(now) if c & measured] if conditioned else []


def _terse_change(text: str, reading: Reading) -> list[str]:
    """The words of a terse change to an earlier answer, typed as a fragment: 'by plan' (a grouping
    alone), 'cardiology only', 'with weight too', 'exclude lost shipments', 'amount?' (one
    attribute alone). Read as a question of its own, each would list a whole table."""
    also = _ALSO.search(text)
    if also and not _ASKS_LATER.search(text):
        return [also.group(1)]              # 'show the gym names too': of the rows shown before
    per = _COUNT_PER.match(text)
    if per:
        return [per.group(1)]               # 'how many per vessel?': how many of what is not said
    if reading.measures or _ASKS.match(text) or _ASKS_LATER.search(text):
        return []
    change = _LEAD_GROUP.match(text) or _LEAD_CHANGE.match(text) or _TAIL_CHANGE.search(text)
    if change:
        return [change.group(1)]
    said = [x for x in reading.mentions if x.text not in ("?", ".", "!")]
    if said and len(said) <= 2 and all(x.kind == "ref" and x.col for x in said):
        return [" ".join(x.text for x in said)]     # 'amount?', 'status?': an attribute of rows shown
    return []


def _rounded_figures(plan: Plan, reading: Reading) -> None:
    """'rounded to one decimal': the figures the answer computes are rounded; an answer that lists
    rows computes none, and rounding every column of it is not what was asked: declined."""
    if reading.decimals is None:
        return
    if not plan.measures or plan.batch:
        raise CannotAnswer("'rounded' rounds a figure the answer computes, and this answer lists rows; ask for the "
                           "figure (an average, a total) to round", ["rounded"])
    plan.decimals = reading.decimals
    plan.assume("rounded", f"the figures shown are rounded to {reading.decimals} decimal "
                           f"place{'' if reading.decimals == 1 else 's'}")


def _sorts_one_figure(plan: Plan, reading: Reading) -> CannotAnswer | None:
    """'order by the number of performances, highest first' read as a question of its own gives one
    figure, which has no rows to sort: the order is of an earlier answer's rows (none here, or a
    round that was not answered), or an edit lost the groups it sorts. Declined rather than answered
    with the figure of every row."""
    said = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] in ("sortword", "direction")]
    if not said or plan.group or plan.limit is not None or plan.inner is not None or plan.within is not None or \
            not plan.measures or any(m.func not in ("count", "sum", "avg", "min", "max", "median") for m in plan.measures):
        return None
    return CannotAnswer(f"{said[0]!r} asks for rows in an order, and the answer the engine found is one figure with "
                        "nothing to sort (the rows to sort are an earlier answer's, or its groups); ask the whole "
                        "question", said[:1])


def _ranks_nothing_named(reading: Reading) -> list[str]:
    """'which month had the highest?': a ranking word last, with no measure, column or table for it
    to rank by; the highest of what is in an earlier answer."""
    m = [x for x in reading.mentions if x.text not in ("?", ".", "!")]
    if not m or not (m[-1].kind == "kw" and m[-1].kw[0] == "rank") or reading.select or reading.agg_only:
        return []
    if m[-1].text in ("most", "least", "fewest") and not any(a.column for a in reading.measures) and \
            len(m) > 2 and m[-2].text == "the" and m[-3].text in ("has", "have", "had", "is", "are", "was", "were"):
        return [m[-1].text]         # 'which shop had the least?': the least of what (not a size of shops)
    return [] if reading.measures or reading.order or reading.entity else [m[-1].text]


def _that_group(reading: Reading, previous: Plan | None) -> str | None:
    """'that plan', 'this sector': a pointer right before the column the previous answer's one
    kept group is of. Returns the column, the pointer and the column's words marked used."""
    if previous is None or previous.limit is None or previous.within is not None or previous.inner is not None:
        return None
    if len(previous.group) == 1 and not previous.group[0].grain:
        cols = [previous.group[0].column]
    elif previous.limit == 1 and not (previous.group or previous.measures):
        # 'what sector is it in?' → 'the average P/E in that sector': the value its one row shows
        cols = [c for c in previous.select if not previous.distinct]
    else:
        return None
    m = reading.mentions
    for i, x in enumerate(m[:-1]):
        nxt = m[i + 1]
        col = nxt.col
        if x.kind == "word" and x.text in ("that", "this", "those", "these") and nxt.kind == "ref" and col in cols:
            x.used = nxt.used = True
            reading.select = [c for c in reading.select if c != col]
            return col
    return None


def _the_same_ranking(r: Reading, prev: Plan | None) -> Plan | None:
    """'which of the top 10 are tech companies?' right after a ranked listing of 10 rows, with no
    ranking of its own said: that listing is the top 10 asked about."""
    if prev is None or not among_the_top(r) or r.order or prev.limit != r.limit or not prev.order or \
            prev.group or prev.measures or prev.offset:
        return None
    return prev.copy()


def _its_rows_within_the_group(reading: Reading, previous: Plan | None, cat: Catalog) -> str | None:
    """'Which sector pays the highest average dividend yield?' → 'List its five highest yielders':
    'its' before a number of rows (or rows named in the plural: 'its companies') of a table each of
    whose rows is in one group, after an answer that kept one group, means those rows within that
    group, ranked by what the question names — never the groups again. Returns the group's column,
    with 'its' marked used (the question is then read on its own, kept to that group)."""
    if previous is None or previous.limit != 1 or len(previous.group) != 1 or previous.group[0].grain or \
            previous.within is not None or previous.inner is not None or previous.batch:
        return None
    col = previous.group[0].column
    m = reading.mentions
    for i, x in enumerate(m[:-1]):
        if not (x.kind == "kw" and x.kw[0] == "anaphora" and x.text == "its"):
            continue
        j, many = i + 1, False
        if m[j].kind == "num" and m[j].number is not None and m[j].number >= 2 and not _is_year(m[j]) and \
                not m[j].percent and m[j].number == int(m[j].number):
            j, many = j + 1, True
        while j < len(m) and m[j].kind == "kw" and m[j].kw[0] == "rank":
            j += 1
        rows = m[j] if j < len(m) and m[j].kind == "ref" and m[j].refs else None
        if rows is None:
            return None
        named = [rows.ref] if rows.ref is not None else rows.refs
        tables = {r.table for r in named}
        plural = any(r.kind == "table" for r in named) and rows.text.endswith("s")
        owner, name = col.split(".")
        if not (many or plural) or not all(cat.connected(t, owner) and not cat.fans_out(t, owner) for t in tables):
            return None
        x.used = True
        reading.anaphora = False
        if not reading.has_content:
            # 'its five highest yielders': the rows ranked are those the group is of (each has one yield)
            t = next(iter(tables))
            reading.entity = owner if not cat.fans_out(owner, t) else t
        reading.assume("its", f"the rows of the {name} of the previous answer")
        return col
    return None


def _its_value(reading: Reading, previous: Plan | None, cat: Catalog) -> str | None:
    """'What's Tesla's P/E?' → 'the average P/E of its sector': 'its' before a category of the one
    row the previous answer found (kept by a ranking, or named by its name or key) is that row's
    value of it. Returns the column, with 'its' and the column's words marked used."""
    if previous is None or previous.group or previous.measures or previous.inner is not None or \
            previous.within is not None or previous.batch or not _one_row(previous, cat):
        return None
    m = reading.mentions
    for i, x in enumerate(m[:-1]):
        col = _its_category(m, i, cat)
        if col and (cat.is_dimension(*col.split(".")) or col.split(".")[0] != previous.table) and \
                cat.connected(previous.table, col.split(".")[0]) and not cat.fans_out(previous.table, col.split(".")[0]):
            x.used = m[i + 1].used = True
            reading.select = [c for c in reading.select if c != col]
            reading.dims_named = [c for c in reading.dims_named if c != col]
            return col
    return None


def _its_category(m: list, i: int, cat: Catalog) -> str | None:
    """'its sector', 'her team': the column a singular possessive at i names (a table: its key),
    when only measures are named before it (a table, a name or a value could be what 'its' is of)."""
    x, nxt = m[i], m[i + 1]
    if not (x.kind == "kw" and x.kw[0] == "anaphora" and x.text in ("its", "his", "her") and nxt.kind == "ref" and
            nxt.ref is not None) or \
            any(y.kind == "value" or (y.kind == "ref" and not (y.col and cat.is_measure(*y.col.split("."))))
                for y in m[:i]):
        return None             # ('each company's name with its P/E': the company's)
    if nxt.ref.kind == "table":
        pk = cat.tables[nxt.ref.table].primary_key
        return f"{nxt.ref.table}.{pk[0]}" if len(pk) == 1 else None
    return nxt.col


def _one_row(plan: Plan, cat: Catalog) -> bool:
    """A plan whose answer is one row: kept by a ranking, or named by its table's name or key."""
    if plan.limit == 1:
        return True
    t = cat.tables[plan.table]
    own = [cat.label(plan.table)] + (t.primary_key if len(t.primary_key) == 1 else [])
    return any(f.kind == "value" and f.op in ("=", "in") and len(f.values) == 1 and f.column and
               f.column.split(".")[0] == plan.table and f.column.split(".")[1] in own for f in plan.filters)


def _those_n(reading: Reading, previous: Plan, cat: Catalog) -> None:
    """'those three', 'the 5 of them': the number repeats how many rows the previous answer kept
    (its limit, or the rows it named one by one: 'Apple, Microsoft and Nvidia')."""
    m = reading.mentions
    kept = previous.limit if previous.limit is not None else _rows_named_one_by_one(previous, cat)
    for i, x in enumerate(m):
        if x.kind == "num" and not x.used and kept is not None and x.number == kept and i > 0 \
                and (m[i - 1].text in ("those", "these", "the", "all") or
                     (m[i - 1].kind == "kw" and m[i - 1].kw[0] == "anaphora")):
            x.used = True


def _rows_named_one_by_one(previous: Plan, cat: Catalog) -> int | None:
    """How many rows a listing kept by naming each (name or key IN a list of values), else None."""
    if previous.group or previous.measures or previous.limit is not None:
        return None
    named = [f for f in previous.filters if f.op == "in" and f.column and f.kind == "value" and
             (f.column.split(".")[1] == cat.label(f.column.split(".")[0]) or cat.is_key(*f.column.split(".")))]
    return len(named[0].values) if len(named) == 1 and len(previous.filters) == 1 else None


def _names_its_figure(x, table: str, cat: Catalog) -> bool:
    """'budget' naming the budget table and its budget_amount: 'the budget for September' is that
    figure, not the table's rows of that month."""
    return any(r.kind == "column" and r.table == table and cat.column(r.table, r.column).kind in ("int", "float")
               for r in x.refs)


def _one_unnamed_row(plan: Plan, reading: Reading, cat: Catalog) -> CannotAnswer | None:
    """'what did the reviewer write?': 'the reviewer' is one row (of an earlier answer, or one the
    question does not say), never every row of the table; nor is 'the budget for September' every
    row of that month."""
    m = reading.mentions
    if any(f.kind != "time" for f in plan.filters) or plan.measures or plan.group or plan.limit is not None or plan.order or \
            (m and m[0].text in ("list", "show", "display", "give", "get")):
        return None
    one = [x.text for i, x in enumerate(m) if i > 0 and m[i - 1].text == "the" and x.kind == "ref" and
           x.ref is not None and x.ref.kind == "table" and x.ref.table == plan.table and
           not x.text.endswith("s") and (not plan.filters or _names_its_figure(x, plan.table, cat))]
    if one:
        return CannotAnswer(f"'the {one[0]}' is one {one[0]}, and the question does not say which; name it",
                            [one[0]])
    return None


def _count_of_rows_with_the_figure(plan: Plan, reading: Reading) -> CannotAnswer | None:
    """'How much discount have we given in total, and on how many projects?': a count said with
    a preposition after a figure counts the rows the figure was given on (those with a discount),
    which a count of every row is not; declined rather than answered with every row counted."""
    m = reading.mentions
    summed = [a for a in plan.measures if a.column and a.func in ("sum", "avg")]
    at = next((i for i, x in enumerate(m) if i > 0 and x.kind == "kw" and x.kw[0] == "count" and
               x.text == "how many" and m[i - 1].text in ("on", "in", "across", "over", "for", "to")), None)
    if at is None or not summed or not any(a.func == "count" and not a.column for a in plan.measures) or \
            not any(x.kind == "kw" and x.kw[0] in ("agg", "count") for x in m[:at - 1]):
        return None
    said = f"{m[at - 1].text} how many"
    return CannotAnswer(f"'{said}' counts the rows the {summed[0].column.split('.')[1]} was given on, and the "
                        "answer would count every row; ask for that count with its condition (for example "
                        f"'how many with a {summed[0].column.split('.')[1]} above 0')", [said])


def _the_ones_of_a_group_shown(plan: Plan, previous: Plan, reading: Reading) -> CannotAnswer | None:
    """'which sector has the most of them?' → 'show the ones in that sector with their price to book':
    'the ones' are the rows within the one group shown, which an edit that keeps the groups would not
    list (a figure said of them is another matter): declined."""
    ones = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "anaphora" and x.text in ("ones", "the ones")]
    figure = any(x.kind == "kw" and x.kw[0] in ("agg", "count", "rank") for x in reading.mentions)
    if not ones or figure or not previous.group or previous.limit != 1 or plan.group != previous.group:
        return None             # ('the average worth of the Yorkshire ones': a figure of those rows)
    return CannotAnswer(f"{ones[0]!r} asks for the rows within the group the previous answer showed, and this "
                        "answer would show the groups again; ask for those rows with the group named", ones)


def _their_after_one_of_the_rows_named(plan: Plan, previous: Plan, reading: Reading) -> CannotAnswer | None:
    """'Coca-Cola or PepsiCo: which has the higher yield?' → 'and what are their P/E ratios?': the
    previous answer kept one of several rows the question named; a plural pronoun points at the rows
    named, which an edit that keeps the one row would not show: declined."""
    plural = [x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "anaphora"
              and x.text.split()[-1] in ("they", "them", "their", "those", "these")]
    named = any(f.op == "in" and len(f.values) > 1 for f in previous.filters)
    if not plural or not named or previous.limit != 1 or not previous.order or plan.limit != 1 or \
            plan.order != previous.order:
        return None
    return CannotAnswer(f"the previous answer kept one of the rows the question named; {plural[0]!r} points at "
                        "all of them, which this answer would not show; ask with their names", plural)


def _changes_something(plan: Plan, previous: Plan, reading: Reading, text: str, cat: Catalog) -> CannotAnswer | None:
    """'Who owns that cat?' after the oldest cat: an edit that leaves the previous answer as it was
    answers the previous question again, unless the question only asks for what it shows ('in
    which month?', 'when was that?')."""
    asked = list(reading.select) + list(reading.dims_named) + [d.column for d in reading.group]
    who = _who_of_a_figure_shown(reading, asked, previous, cat)
    if who:
        # 'who founded it?' after the oldest company by its founding year: the year shown is no person
        return CannotAnswer(f"'{text.strip()}' asks who, and {', '.join(who[1:])} (shown already) names no one; "
                            "the database has no column that says who", who)
    same = plan.copy()
    same.assumptions = previous.assumptions
    if same != previous or reading.when:
        return None
    unseen = [c for c in asked if c not in shown_columns(previous, cat) + [d.column for d in previous.group]]
    if asked and not unseen:
        return None
    if unseen:
        # 'which channel aired it?' after the top episode by its average rating: the channel is not
        # in the previous answer, and the edit did not add it
        words = [c.split(".")[1] for c in unseen]
        return CannotAnswer(f"'{text.strip()}' asks for {', '.join(words)}, which the previous answer does not "
                            "show, and the engine could not tell how to add it; ask the whole question", words)
    return CannotAnswer(f"'{text.strip()}' would give the previous answer again: the engine could not tell what "
                        "it asks beyond it; ask the whole question")


def _who_of_a_figure_shown(reading: Reading, asked: list[str], previous: Plan, cat: Catalog) -> list[str]:
    """The words of 'who <did it>?' whose only column named is a number or date the previous answer
    already shows ('who founded it?' beside the founding year): no column says who ([] otherwise)."""
    who = next((x.text for x in reading.mentions if x.kind == "kw" and x.text in ("who", "whom")), None)
    if who is None or not asked or reading.measures or reading.filters or reading.order or \
            any(cat.column(*c.split(".")).kind == "text" for c in asked) or \
            any(c not in shown_columns(previous, cat) for c in asked):
        return []
    return [who] + [c.split(".")[1] for c in asked]


def _ranked_by_the_figure_shown(reading: Reading, previous: Plan, cat: Catalog) -> None:
    """'What was the average index level in 2020?' → 'which month that year was the lowest?': a
    ranking word with no figure of its own ranks by the column of the one figure shown before (never
    by the date the rows are listed by)."""
    if not reading.rank_dir or reading.order or reading.measures or reading.agg_only or len(previous.measures) != 1:
        return
    m = previous.measures[0]
    if not m.column or m.func not in ("avg", "sum", "min", "max") or previous.group or \
            any(x.kind == "ref" and x.col and cat.is_measure(*x.col.split(".")) for x in reading.mentions):
        return
    word = next((x.text for x in reading.mentions if x.kind == "kw" and x.kw[0] == "rank"), reading.rank_dir)
    if word in BUSY_RANKS:
        return          # 'the busiest event': busy with rows (visits, repairs), never the figure shown before
    reading.order = [Order("col", m.column, reading.rank_dir == "desc")]
    reading.assume("ranking", f"'{word}' ranks by {m.column.split('.')[1]}, the figure shown before")


def _same_figures_as_before(plan: Plan, prev: Plan) -> None:
    """'how many drama titles?' → 'their average runtime?' → 'do the same for Comedy and Thriller':
    'the same' is every figure asked about those rows, the count and the average, not only the last."""
    if not prev.earlier or not plan.measures or plan.measures != prev.measures or plan.group or \
            plan.inner or plan.within or any(f.agg is not None for f in plan.filters) or \
            any(o.kind == "agg" for o in plan.order):
        return
    plan.measures = [m for m in prev.earlier if m not in plan.measures] + plan.measures
    plan.assume("the same", "the figures of the earlier questions about those rows as well")


def _remember_batch(tasks: list[Task]) -> None:
    """The last step of a breakdown carries every step's plan, so a later 'same for …' can redo them all."""
    plans = [t.plan for t in tasks if t.plan]
    if len(plans) > 1 and tasks[-1].plan:
        tasks[-1].plan["batch"] = [dict(pl, batch=[]) for pl in plans]


def _reachable(cat: Catalog, table: str, ref: str) -> bool:
    return cat.connected(table, ref.split(".")[0])


def _unique(items: list[dict]) -> list[dict]:
    out = []
    for i in items:
        if i not in out:
            out.append(i)
    return out


def _names_rows_of_its_own(m) -> bool:
    """A value, number, date or table named: the question says which rows it is about."""
    return any(x.kind in ("value", "num", "date") or x.kind == "ref" and x.ref is not None and x.ref.kind == "table"
               for x in m)


def _same_but_for_the_first_table(a: dict | None, b: dict | None) -> bool:
    """Two plans that differ only in which of their tables the statement starts from ('companies
    LEFT JOIN fundamentals' or 'fundamentals JOIN companies'), with no count among their figures
    (a count is the one figure the rows a LEFT JOIN keeps would change) and no nested plans:
    the same rows."""
    if a is None or b is None or a["table"] == b["table"]:
        return False
    if any(m["func"] == "count" for m in a["measures"] + b["measures"]) or \
            any(p.get(k) for p in (a, b) for k in ("inner", "within", "batch")):
        return False
    ignored = ("table", "assumptions", "earlier")
    return {k: v for k, v in a.items() if k not in ignored} == {k: v for k, v in b.items() if k not in ignored}
