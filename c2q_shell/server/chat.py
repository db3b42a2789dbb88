"""Rounds of a session: question -> engine -> safety gate -> database -> Chat2Query answer.
Also refineSql and suggestQuestions, which use the same engine and gate."""
from __future__ import annotations

import threading
import time
import uuid

from . import safety
from .http import ApiError
from .jobs import JobFailed
from .sources import SourceError

NOT_READY = "Data summary is not ready, please wait for a while and retry"


class ChatService:
    def __init__(self, app):
        self.app = app
        self.store = app.store

    def require_summary(self, cluster_id: str, database: str) -> None:
        summary = self.store.default_summary(cluster_id, database)
        if summary is None:
            self.app.summaries.create(cluster_id, database)
            raise ApiError(400, NOT_READY)
        if summary["status"] != "done":
            raise ApiError(400, NOT_READY)

    def _engine(self, cluster_id: str, database: str):
        from .engine import Engine
        cfg = self.app.config
        catalog = self.app.summaries.catalog(cluster_id, database)
        llm = None
        if cfg.engine in ("llm", "hybrid"):
            from .engine.llm import LLMClient, LLMEngine
            client = LLMClient(cfg.llm_base_url, cfg.llm_model, cfg.llm_api_key)
            llm = LLMEngine(catalog, client, self.app.sources[database], self.store.default_summary(cluster_id, database),
                            self.store.knowledge_for(cluster_id, database), cfg.max_rows)
        return Engine(catalog, cfg, llm, cfg.engine)

    # rounds -----------------------------------------------------------------------
    def _context(self, session_id: int, fa: str, ft: str) -> tuple[dict | None, list[dict], dict | None]:
        """(the plan a follow-up edits — the latest, or the one feedback points at; the earlier
        rounds as question + SQL for the LLM engine; the round feedback points at)."""
        msgs = self.store.messages(session_id)
        rounds, question = [], ""
        for m in msgs:
            if m.get("role") == "user":
                question = m.get("content", "")
            elif m.get("role") == "assistant":
                rounds.append((question, m))
        history = [{"question": q, "sql": (m.get("_sql") or {}).get(m.get("_main") or "0", "")}
                   for q, m in rounds if (m.get("_sql") or {}).get(m.get("_main") or "0")]
        if not fa:
            if ft:
                raise ApiError(400, "field 'feedback_task_id' needs 'feedback_answer_id'")
            for _q, m in reversed(rounds):
                if m.get("_plans"):
                    return m["_plans"][m["_main"]], history, None
            return None, history, None
        found = next(((q, m) for q, m in rounds if m.get("job_id") == fa), None)
        if found is None:
            raise ApiError(400, f"field 'feedback_answer_id': '{fa}' is not an answer in this session")
        q, target = found
        tasks = set(target.get("_sql") or {}) | set(target.get("_plans") or {})
        if ft and ft not in tasks and ft != "0":
            raise ApiError(400, f"field 'feedback_task_id': answer {fa} has no task '{ft}'"
                                + (f" (tasks: {', '.join(sorted(tasks))})" if tasks else ""))
        task = ft if ft in tasks else (target.get("_main") or "0")
        plans = target.get("_plans") or {}
        focus = {"question": q, "sql": (target.get("_sql") or {}).get(task, "")}
        return plans.get(task) or plans.get(target.get("_main") or "0"), history, focus

    def ask(self, session_id: int, question: str, mode: str, fa: str, ft: str, v2: bool = False) -> str:
        session = self.store.session(session_id)
        previous, history, focus = self._context(session_id, fa, ft)
        cluster_id, database = session["cluster_id"], session["database"]
        engine = self._engine(cluster_id, database)
        source = self.app.sources[database]
        now = int(time.time())
        self.store.add_message(session_id, {
            "role": "user", "content": question, "sql_generate_mode": mode, "feedback_answer_id": fa,
            "feedback_task_id": ft, "created_at": now})
        holder: dict = {}

        def work(progress):
            started = time.time()
            try:
                result = engine.answer(question, mode, previous, history, focus)
            except engine.CannotAnswer as e:
                raise JobFailed(str(e)) from None
            holder["result"] = result
            answer = self._execute(engine, source, result, progress, history)
            tasks = _tasks(answer)
            if v2:
                answer = _as_v2(question, answer, time.time() - started)
            if all(t["status"] == "failed" for t in tasks):
                raise JobFailed(f"the generated SQL failed: {tasks[0]['sql_error']}", answer)
            return answer

        def done(answer):
            submitted.wait()        # a quick job can end before submit() has returned its id
            result = holder.get("result")
            plans = {t.task_id: t.plan for t in result.tasks if t.plan} if result else {}
            sqls = {t["task_id"]: t["sql"] for t in _tasks(answer)} if isinstance(answer, dict) and "type" in answer else {}
            main = result.tasks[-1].task_id if result else "0"
            self.store.add_message(session_id, {
                "role": "assistant", "job_id": job_id,
                "content": (answer or {}).get("clarified_task", "") if isinstance(answer, dict) else "",
                "created_at": int(time.time()), "_plans": plans, "_sql": sqls, "_main": main})

        submitted = threading.Event()
        job_id = self.app.jobs.submit("chat2data", work, session_id, on_done=done)
        submitted.set()
        return job_id

    def _execute(self, engine, source, result, progress, history=None) -> dict:
        if result.kind == "single":
            return self.run_task(engine, source, result.tasks[0], history)
        root = {"type": "breakdown", "task_id": "0", "status": "running",
                "clarified_task": result.clarified_task, "description": result.description,
                "assumptions": result.assumptions, "sub_tasks": []}
        for task in result.tasks:
            root["sub_tasks"].append({**_placeholder(task), "status": "running"})
            progress(root)
            root["sub_tasks"][-1] = self.run_task(engine, source, task, history)
            progress(root)
        root["status"] = "done" if any(t["status"] == "done" for t in root["sub_tasks"]) else "failed"
        return root

    def run_task(self, engine, source, task, history=None, repaired: bool = False) -> dict:
        cfg = self.app.config
        answer = _placeholder(task)
        try:
            shown, runnable = safety.check(task.sql, source.dialect, cfg.max_rows)
            answer["sql"] = shown
            res = source.execute(runnable, cfg.max_rows, cfg.query_timeout)
        except (safety.UnsafeSQL, SourceError) as e:
            fixed = None if repaired else engine.repair(task, str(e), history)
            if fixed is not None:
                return self.run_task(engine, source, fixed, history, repaired=True)
            answer.update(status="failed", sql_error=str(e))
            return answer
        answer["data"] = {"columns": [{"col": c} for c in res.columns], "rows": res.rows}
        if res.truncated:
            answer["description"] = (answer["description"] + " " if answer["description"] else "") + \
                f"The result was cut to the first {cfg.max_rows} rows."
        answer["chart_options"] = engine.chart(task, res.columns, res.rows)
        answer["status"] = "done"
        return answer

    # refine and suggest -----------------------------------------------------------
    def refine(self, cluster_id: str, database: str, sql: str, feedback: str) -> str:
        engine = self._engine(cluster_id, database)
        source = self.app.sources[database]
        try:
            safety.check(sql, source.dialect, self.app.config.max_rows)
        except safety.UnsafeSQL as e:
            raise ApiError(400, f"field 'sql': {e}") from None

        def work(progress):
            try:
                rewritten, solution = engine.refine(sql, feedback)
            except engine.CannotAnswer as e:
                raise JobFailed(str(e)) from None
            try:
                safety.check(rewritten, source.dialect, self.app.config.max_rows)
            except safety.UnsafeSQL as e:
                raise JobFailed(f"the rewritten SQL was refused: {e}") from None
            return {"rewritten_sql": rewritten, "solution": solution}

        return self.app.jobs.submit("refine_sql", work)

    def suggest(self, cluster_id: str, database: str) -> str:
        engine = self._engine(cluster_id, database)
        return self.app.jobs.submit("suggest_questions", lambda progress: engine.suggest())


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
