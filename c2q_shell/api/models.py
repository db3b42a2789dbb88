"""Typed results: JSON from the Chat2Query API becomes these dataclasses once, here; every
layer above (shell, rendering, export, batch) takes the models, never raw dicts."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union


@dataclass
class Assumption:
    concept: str
    explanation: str


@dataclass
class Chart:
    name: str                      # Table | BarChart | LineChart | PieChart
    title: str
    option: dict


@dataclass
class Answer:
    """One `data_retrieval` result: the SQL and its rows (values as the API sends them)."""
    task_id: str
    status: str
    clarified_task: str
    description: str
    assumptions: list[Assumption]
    sql: str
    sql_error: str | None
    columns: list[str]
    rows: list[list[Any]]
    chart: Chart | None = None
    types: list[str] = field(default_factory=list)     # the columns' data_type, when the API sends them


@dataclass
class Breakdown:
    task_id: str
    status: str
    clarified_task: str
    description: str
    assumptions: list[Assumption]
    sub_tasks: list[Answer]


Result = Union[Answer, Breakdown]


@dataclass
class Job:
    job_id: str
    status: str                    # init | running | done | failed
    reason: str
    ended_at: int
    raw_result: Any = None

    @property
    def answer(self) -> Result | None:
        return parse_result(self.raw_result)


@dataclass
class Message:
    message_id: int
    role: str
    content: str
    job_id: str = ""
    sql_generate_mode: str = ""
    created_at: int = 0


@dataclass
class Session:
    session_id: int
    name: str
    created_at: int
    updated_at: int
    database: str = ""
    messages: list[Message] = field(default_factory=list)
    cluster_id: str = ""
    rounds: int | None = None      # questions asked; None when the listing does not say


@dataclass
class TableSummary:
    name: str
    description: str
    columns: dict[str, str]
    values: dict[str, list[str]] = field(default_factory=dict)   # text values seen per column (completion)


@dataclass
class DataSummary:
    data_summary_id: int
    database: str
    status: str
    description: str
    keywords: list[str]
    tables: list[TableSummary]
    relationships: list[tuple[str, str, str, str]]


@dataclass
class KnowledgeBase:
    knowledge_base_id: int
    description: str
    default: bool


@dataclass
class Knowledge:
    """One item of a knowledge base: type few-shot ({question, answer}), term-sheet ({term: [..],
    description}) or instruction ({instruction})."""
    knowledge_data_id: int
    type: str
    raw_data: dict
    meta_data: dict = field(default_factory=dict)


@dataclass
class Refined:
    """A refineSql job's result."""
    sql: str
    solution: str


# --------------------------------------------------------------------------------------
def parse_kb(d: dict) -> KnowledgeBase:
    return KnowledgeBase(int(d.get("knowledge_base_id") or 0), d.get("description") or "", bool(d.get("default")))


def parse_knowledge(d: dict) -> Knowledge:
    raw, meta = d.get("raw_data"), d.get("meta_data")
    return Knowledge(int(d.get("knowledge_data_id") or 0), str(d.get("type") or ""),
                     raw if isinstance(raw, dict) else {}, meta if isinstance(meta, dict) else {})


def parse_refined(raw) -> Refined | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("rewritten_sql"), str):
        return None
    return Refined(raw["rewritten_sql"], str(raw.get("solution") or ""))


def _assumptions(raw) -> list[Assumption]:
    out = []
    for a in raw or []:
        if isinstance(a, dict):
            out.append(Assumption(str(a.get("concept", "")), str(a.get("explanation", ""))))
    return out


def parse_answer(d: dict) -> Answer:
    data = d.get("data") or {}
    raw_cols = data.get("columns") or []
    cols = [c.get("col", "") if isinstance(c, dict) else str(c) for c in raw_cols]
    types = [str(c.get("data_type") or "") if isinstance(c, dict) else "" for c in raw_cols]
    chart = d.get("chart_options")
    return Answer(
        task_id=str(d.get("task_id", "0")), status=str(d.get("status", "")),
        clarified_task=d.get("clarified_task") or "", description=d.get("description") or "",
        assumptions=_assumptions(d.get("assumptions")), sql=d.get("sql") or "",
        sql_error=d.get("sql_error") or None, columns=cols, rows=_rows(data.get("rows")),
        chart=Chart(chart.get("chart_name", "Table"), chart.get("title", ""), chart.get("option") or {})
        if isinstance(chart, dict) else None, types=types if any(types) else [])


def _rows(raw) -> list:
    from .rows import LazyRows
    return raw if isinstance(raw, LazyRows) else list(raw or [])


def parse_result(raw) -> Result | None:
    if not isinstance(raw, dict):
        return None
    if raw.get("type") == "breakdown" or "sub_tasks" in raw:
        return Breakdown(
            task_id=str(raw.get("task_id", "0")), status=str(raw.get("status", "")),
            clarified_task=raw.get("clarified_task") or "", description=raw.get("description") or "",
            assumptions=_assumptions(raw.get("assumptions")),
            sub_tasks=[parse_answer(s) for s in raw.get("sub_tasks") or [] if isinstance(s, dict)])
    if raw.get("type") == "data_retrieval" or "sql" in raw:
        return parse_answer(raw)
    return None


def parse_job(d: dict) -> Job:
    return Job(job_id=str(d.get("job_id", "")), status=str(d.get("status", "")), reason=d.get("reason") or "",
               ended_at=int(d.get("ended_at") or 0), raw_result=d.get("result"))


def parse_session(d: dict) -> Session:
    meta = d.get("meta") or {}
    msgs = [Message(int(m.get("message_id", 0)), m.get("role", ""), m.get("content") or "", m.get("job_id") or "",
                    m.get("sql_generate_mode") or "", int(m.get("created_at") or 0))
            for m in d.get("messages") or [] if isinstance(m, dict)]
    rounds = meta.get("rounds")
    if not isinstance(rounds, int):
        rounds = sum(m.role == "user" for m in msgs) if "messages" in d else None
    return Session(int(d["session_id"]), meta.get("name") or "", int(meta.get("created_at") or 0),
                   int(meta.get("updated_at") or 0), meta.get("database") or "", msgs,
                   str(meta.get("cluster_id") or ""), rounds)


def _column_values(columns: dict) -> dict[str, list[str]]:
    """The text values a summary shows of each column (its statistics' top values and its sample
    data, when the service sends them); numbers are left out."""
    out: dict[str, list[str]] = {}
    for c, v in columns.items():
        if not isinstance(v, dict):
            continue
        stats = v.get("statistics") if isinstance(v.get("statistics"), dict) else {}
        seen: list[str] = []
        for x in [*(stats.get("top") or []), *(v.get("sample_data") or [])]:
            if isinstance(x, str) and x.strip() and x not in seen and not x.replace(".", "", 1).lstrip("-").isdigit():
                seen.append(x)
        if seen:
            out[c] = seen
    return out


def parse_summary(d: dict) -> DataSummary:
    desc = d.get("description") or {}
    if isinstance(desc, dict):
        text = desc.get("user") or desc.get("system") or ""
    else:
        text = str(desc)
    tables = []
    for name, t in (d.get("tables") or {}).items():
        cols = {c: (v.get("description", "") if isinstance(v, dict) else str(v)) for c, v in (t.get("columns") or {}).items()}
        tables.append(TableSummary(name, t.get("description", ""), cols, _column_values(t.get("columns") or {})))
    rels = []
    for table, items in (d.get("relationships") or {}).items():
        for r in items if isinstance(items, list) else [items]:     # the docs show an object, the types a list
            if isinstance(r, dict):
                rels.append((r.get("referencing_table", table), r.get("referencing_table_column", ""),
                             r.get("referenced_table", ""), r.get("referenced_table_column", "")))
    return DataSummary(int(d.get("data_summary_id") or 0), d.get("database") or "", d.get("status") or "",
                       text, list(d.get("keywords") or []), tables, rels)


def answer_raw(a: Answer, max_rows: int | None = None) -> dict:
    """An Answer back in the API's `data_retrieval` shape (parse_answer reads it again);
    `max_rows` keeps only the first rows."""
    rows = list(a.rows) if max_rows is None else list(a.rows[:max_rows])
    return {"type": "data_retrieval", "task_id": a.task_id, "status": a.status, "clarified_task": a.clarified_task,
            "description": a.description, "sql": a.sql, "sql_error": a.sql_error,
            "assumptions": [{"concept": x.concept, "explanation": x.explanation} for x in a.assumptions],
            "data": {"columns": [{"col": c} for c in a.columns], "rows": rows},
            "chart_options": {"chart_name": a.chart.name, "title": a.chart.title, "option": a.chart.option}
            if a.chart else None}


def result_raw(r: Result, max_rows: int | None = None) -> dict:
    """A result in the API's JSON shape, the inverse of parse_result."""
    if isinstance(r, Breakdown):
        return {"type": "breakdown", "task_id": r.task_id, "status": r.status, "clarified_task": r.clarified_task,
                "description": r.description,
                "assumptions": [{"concept": x.concept, "explanation": x.explanation} for x in r.assumptions],
                "sub_tasks": [answer_raw(s, max_rows) for s in r.sub_tasks]}
    return answer_raw(r, max_rows)
