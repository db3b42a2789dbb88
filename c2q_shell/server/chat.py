"""Rounds of a session: question -> engine -> safety gate -> database -> Chat2Query answer.
Also refineSql and suggestQuestions, which use the same engine and gate."""
from __future__ import annotations

import re
import time
import uuid

from . import safety
from .http import ApiError
from .jobs import JobFailed
from .sources import SourceError

NOT_READY = "Data summary is not ready, please wait for a while and retry"


class ChatService:
    """Its collaborators: the store, the job runner, the served sources, the server's settings
    and the summary service (for the engine's catalog)."""

    def __init__(self, store, jobs, sources, config, summaries):
        self.store, self.jobs, self.sources, self.config = store, jobs, sources, config
        self.summaries = summaries

    def require_summary(self, cluster_id: str, database: str) -> None:
        summary = self.store.default_summary(cluster_id, database)
        if summary is None:
            self.summaries.create(cluster_id, database)
            raise ApiError(400, NOT_READY)
        if summary["status"] != "done":
            raise ApiError(400, NOT_READY)

    def _engine(self, cluster_id: str, database: str):
        from .engine import Engine
        cfg = self.config
        catalog = self.summaries.catalog(cluster_id, database)
        llm = None
        if cfg.engine in ("llm", "hybrid"):
            from .engine.llm import LLMClient, LLMEngine
            client = LLMClient(cfg.llm_base_url, cfg.llm_model, cfg.llm_api_key)
            llm = LLMEngine(catalog, client, self.sources[database], self.store.default_summary(cluster_id, database),
                            self.store.knowledge_for(cluster_id, database), cfg.max_rows)
        return Engine(catalog, cfg, llm, cfg.engine)

    # rounds -----------------------------------------------------------------------
    def _context(self, session_id: int, fa: str, ft: str) -> tuple[dict | None, list[dict], dict | None, dict | None]:
        """(the plan a follow-up edits — the latest, or the one feedback points at; the earlier
        rounds as question + SQL for the LLM engine; the round feedback points at; the round a
        follow-up would continue when the engine has no plan of it — declined, or answered without
        a plan —, as {"question", "answered"}: then the plan returned is the one before it)."""
        msgs = self.store.messages(session_id)
        states = self.store.rounds(session_id)
        rounds, question = [], ""
        for m in msgs:
            if m.get("role") == "user":
                question = m.get("content", "")
            elif m.get("role") == "assistant":
                state = states.get(m.get("job_id")) or _legacy_state(m)
                if state is not None:
                    rounds.append((question, m.get("job_id"), state))
        history = [_history_item(q, st) for q, _j, st in rounds if st["sqls"].get(st["main"]) or not _answered(st)]
        if not fa:
            if ft:
                raise ApiError(400, "field 'feedback_task_id' needs 'feedback_answer_id'")
            skipped = None
            if rounds and not rounds[-1][2]["plans"]:
                # 'follows': the round before it is the one whose plan is passed on (no other round between)
                skipped = {"question": rounds[-1][0], "answered": _answered(rounds[-1][2]),
                           "follows": len(rounds) > 1 and bool(rounds[-2][2]["plans"]),
                           "earlier": _not_answered_before(rounds[:-1])}
            for _q, _j, st in reversed(rounds):
                if st["plans"]:
                    return st["plans"].get(st["main"]), history, None, skipped
            return None, history, None, skipped
        found = next(((q, st) for q, j, st in rounds if j == fa), None)
        if found is None:
            raise ApiError(400, f"field 'feedback_answer_id': '{fa}' is not an answer in this session")
        q, target = found
        tasks = set(target["sqls"]) | set(target["plans"])
        if ft and ft not in tasks and ft != "0":
            raise ApiError(400, f"field 'feedback_task_id': answer {fa} has no task '{ft}'"
                                + (f" (tasks: {', '.join(sorted(tasks))})" if tasks else ""))
        task = ft if ft in tasks else target["main"]
        plans = target["plans"]
        focus = {"question": q, "sql": target["sqls"].get(task, "")}
        plan = plans.get(task) or plans.get(target["main"])
        skipped = None if plan else {"question": q, "answered": _answered(target)}
        return plan, history, focus, skipped

    def ask(self, session_id: int, question: str, mode: str, fa: str, ft: str, v2: bool = False) -> str:
        session = self.store.session(session_id)
        previous, history, focus, skipped = self._context(session_id, fa, ft)
        cluster_id, database = session["cluster_id"], session["database"]
        engine = self._engine(cluster_id, database)
        source = self.sources[database]
        holder: dict = {}

        def work(progress):
            started = time.time()
            try:
                result = engine.answer(question, mode, previous, history, focus, skipped)
            except engine.CannotAnswer as e:
                raise JobFailed(once_each(str(e))) from None
            holder["result"] = result
            answer = self._execute(engine, source, result, progress, history)
            missing = _figure_missing_for_every_row(source, result, answer, self.config)
            if missing:
                holder.pop("result")        # declined: a round with no plan, as any other decline
                raise JobFailed(missing)
            tasks = _tasks(answer)
            if v2:
                answer = _as_v2(question, answer, time.time() - started)
            if all(t["status"] == "failed" for t in tasks):
                raise JobFailed(f"the generated SQL failed: {tasks[0]['sql_error']}", answer)
            return answer

        def finish(job_id, status, answer, reason) -> bool:
            """The answer message, the round's state and the end of the job, in one transaction:
            a client that sees `done` can ask its follow-up at once."""
            result = holder.get("result")
            plans = {t.task_id: t.plan for t in result.tasks if t.plan} if result else {}
            sqls = {t["task_id"]: t["sql"] for t in _tasks(answer)} if isinstance(answer, dict) and "type" in answer else {}
            main = result.tasks[-1].task_id if result else "0"
            message = {"role": "assistant", "job_id": job_id,
                       "content": (answer or {}).get("clarified_task", "") if isinstance(answer, dict) else "",
                       "created_at": int(time.time())}
            state = {"plans": plans, "sqls": sqls, "main": main, "answered": result is not None}
            return self.store.finish_round(job_id, session_id, message, state, status, answer, reason)

        def prepare():
            self.store.add_message(session_id, {
                "role": "user", "content": question, "sql_generate_mode": mode, "feedback_answer_id": fa,
                "feedback_task_id": ft, "created_at": int(time.time())})

        return self.jobs.submit("chat2data", work, session_id, finish=finish, prepare=prepare)

    def _execute(self, engine, source, result, progress, history=None) -> dict:
        budget = [self.config.max_result_bytes]          # bytes of values the whole job may return
        if result.kind == "single":
            return self.run_task(engine, source, result.tasks[0], history, budget=budget)
        root = {"type": "breakdown", "task_id": "0", "status": "running",
                "clarified_task": result.clarified_task, "description": result.description,
                "assumptions": result.assumptions, "sub_tasks": []}
        for task in result.tasks:
            root["sub_tasks"].append({**_placeholder(task), "status": "running"})
            progress(root)
            root["sub_tasks"][-1] = self.run_task(engine, source, task, history, budget=budget)
            progress(root)
        root["status"] = "done" if any(t["status"] == "done" for t in root["sub_tasks"]) else "failed"
        return root

    def run_task(self, engine, source, task, history=None, repaired: bool = False, budget: list | None = None) -> dict:
        cfg = self.config
        budget = budget if budget is not None else [cfg.max_result_bytes]
        answer = _placeholder(task)
        try:
            shown, runnable = safety.check(task.sql, source.dialect, cfg.max_rows, source.name)
            answer["sql"] = shown
            if budget[0] <= 0:
                raise SourceError(f"the job's results reached the {cfg.max_result_bytes} byte limit;"
                                  " this task was not run")
            res = source.execute(runnable, cfg.max_rows, cfg.query_timeout, max_bytes=budget[0],
                                 max_value=cfg.max_value_bytes)
        except (safety.UnsafeSQL, SourceError) as e:
            fixed = None if repaired else engine.repair(task, str(e), history)
            if fixed is not None:
                return self.run_task(engine, source, fixed, history, repaired=True, budget=budget)
            answer.update(status="failed", sql_error=str(e))
            return answer
        budget[0] -= res.size
        answer["data"] = {"columns": [{"col": c} for c in res.columns], "rows": res.rows}
        notes = []
        if res.truncated and res.by_bytes:
            notes.append(f"The result was cut to the first {len(res.rows)} rows"
                         f" ({cfg.max_result_bytes} bytes is the limit for a job).")
        elif res.truncated:
            notes.append(f"The result was cut to the first {cfg.max_rows} rows.")
        if res.cut_values:
            notes.append(f"{res.cut_values} value{'s were' if res.cut_values > 1 else ' was'} cut to"
                         f" {cfg.max_value_bytes} bytes.")
        if notes:
            answer["description"] = " ".join(([answer["description"]] if answer["description"] else []) + notes)
        answer["chart_options"] = engine.chart(task, res.columns, res.rows)
        answer["status"] = "done"
        return answer

    # refine and suggest -----------------------------------------------------------
    def refine(self, cluster_id: str, database: str, sql: str, feedback: str) -> str:
        engine = self._engine(cluster_id, database)
        source = self.sources[database]
        try:
            safety.check(sql, source.dialect, self.config.max_rows, source.name)
        except safety.UnsafeSQL as e:
            raise ApiError(400, f"field 'sql': {e}") from None

        def work(progress):
            try:
                rewritten, solution = engine.refine(sql, feedback)
            except engine.CannotAnswer as e:
                raise JobFailed(str(e)) from None
            try:
                safety.check(rewritten, source.dialect, self.config.max_rows, source.name)
            except safety.UnsafeSQL as e:
                raise JobFailed(f"the rewritten SQL was refused: {e}") from None
            return {"rewritten_sql": rewritten, "solution": solution}

        return self.jobs.submit("refine_sql", work)

    def suggest(self, cluster_id: str, database: str) -> str:
        engine = self._engine(cluster_id, database)
        return self.jobs.submit("suggest_questions", lambda progress: engine.suggest())


def _figure_missing_for_every_row(source, result, answer: dict, cfg) -> str | None:
    """'which was the biggest of them?' answered with no rows because none of them has the figure
    ranked: declined, naming the figure (an empty answer would say there are no such rows); and one
    figure looked up of one named row that is empty there."""
    if result.kind != "single" or result.tasks[0].missing is None or answer.get("status") != "done":
        return None
    probe = result.tasks[0].missing
    data = answer.get("data") or {}
    if probe.row is not None:
        # 'what's Berkshire Hathaway's P/E?': the one figure looked up is empty in every row found
        cols = [c.get("col") for c in data.get("columns") or []]
        at = probe.figure.split(".")[1]
        rows = data.get("rows") or []
        return probe.empty() if at in cols and rows and all(r[cols.index(at)] is None for r in rows) else None
    if data.get("rows"):
        return None
    try:
        _shown, runnable = safety.check(probe.sql, source.dialect, cfg.max_rows, source.name)
        res = source.execute(runnable, 1, cfg.query_timeout)
    except (safety.UnsafeSQL, SourceError):
        return None
    rows = int(res.rows[0][0] or 0) if res.rows and res.rows[0] else 0
    return probe.reason(rows) if rows > 0 else None


WORD_LIST = re.compile(r"((?:Not understood|Not used): )('[^']*'(?:, '[^']*')*)")


def once_each(reason: str) -> str:
    """A decline's lists of words ("Not understood: 'a', 'b', 'a'") with each word once, in the
    order first seen: a long question that repeats its words does not repeat them here."""
    def dedupe(m: re.Match) -> str:
        return m.group(1) + ", ".join(dict.fromkeys(re.findall(r"'[^']*'", m.group(2))))
    return WORD_LIST.sub(dedupe, reason)


def _legacy_state(message: dict) -> dict | None:
    """A round answered by an older version, which kept its state in the message itself."""
    if "_plans" not in message and "_sql" not in message:
        return None
    return {"plans": message.get("_plans") or {}, "sqls": message.get("_sql") or {},
            "main": message.get("_main") or "0"}


def _not_answered_before(rounds: list) -> list[str]:
    """The questions of the rounds not answered right before the latest one, newest first, back to
    the latest round with a plan (a round answered without one ends them too)."""
    out = []
    for q, _j, st in reversed(rounds):
        if st["plans"] or _answered(st):
            break
        out.append(q)
    return out


def _answered(state: dict) -> bool:
    """False for a round the engine declined (no SQL was written for it)."""
    return state.get("answered", True)


def _history_item(question: str, state: dict) -> dict:
    """A round for the LLM engine: its question and SQL, or that it was not answered (so that the
    LLM does not read a follow-up of it as one of the round before)."""
    if not _answered(state):
        return {"question": question, "sql": "", "answered": False}
    return {"question": question, "sql": state["sqls"].get(state["main"], "")}


def _placeholder(task) -> dict:
    return {"type": "data_retrieval", "task_id": task.task_id, "status": "running",
            "clarified_task": task.clarified_task, "description": task.description,
            "assumptions": task.assumptions, "sql": task.sql, "sql_error": None,
            "data": {"columns": [], "rows": []},
            "chart_options": {"chart_name": "Table", "title": task.clarified_task, "option": {"columns": []}}}


def _tasks(answer: dict) -> list[dict]:
    return answer.get("sub_tasks") or [answer]


def _as_v2(question: str, answer: dict, elapsed: float) -> dict:
    tree = {}
    for i, t in enumerate(_tasks(answer)):
        tree[str(i)] = {"task_id": str(i), "task": t["clarified_task"], "clarified_task": t["clarified_task"],
                        "description": t["description"], "sql": t["sql"], "sql_error": t["sql_error"],
                        "columns": t["data"]["columns"], "rows": t["data"]["rows"], "sequence_no": i}
    return {"question_id": str(uuid.uuid4()), "raw_question": question, "task_tree": tree,
            "time_elapsed": elapsed, "status": answer.get("status")}
