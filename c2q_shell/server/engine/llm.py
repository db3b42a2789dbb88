"""The optional LLM engine: any OpenAI-compatible chat-completions service (Ollama, vLLM,
llama.cpp server, OpenAI). The prompt carries the schema as DDL with keys and descriptions,
sample rows, low-cardinality values, knowledge and the previous rounds; the model answers in
JSON; its SQL goes through the same safety gate, with one repair round on an error."""
from __future__ import annotations

import json
import re

from .. import safety
from .catalog import Catalog
from .errors import CannotAnswer

SAMPLE_ROWS = 3
VALUE_LIST = 25          # list the values of text columns with at most this many
RULES = """You translate questions about a {dialect} database into one SQL query.
Rules:
- Answer with a JSON object only: {{"sql": "...", "clarified_task": "the question as you answered it",
  "assumptions": [{{"concept": "...", "explanation": "..."}}]}}.
- For a question with several parts, when asked to break it down, answer
  {{"clarified_task": "...", "description": "...", "sub_tasks": [{{"sql": "...", "clarified_task": "..."}}, ...]}}.
- Only one read-only SELECT (or WITH ... SELECT) per query. Never modify data.
- Use only the tables and columns listed below; join only along the listed foreign keys.
- Match text values exactly as listed (case matters), e.g. sector = 'Information Technology'.
- Add LIMIT {max_rows} unless the question asks for fewer rows or a single aggregate.
- When the question cannot be answered from this schema, answer {{"sql": "", "reason": "why"}}.
- A follow-up question refers to the previous rounds: edit the previous SQL rather than starting over."""


class LLMError(Exception):
    pass


class LLMClient:
    """POST {base}/chat/completions with a bearer key (if any); returns the message content."""

    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 60.0):
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self._key = api_key
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"LLMClient({self.url!r}, model={self.model!r})"

    def complete(self, messages: list[dict]) -> str:
        import requests
        headers = {"content-type": "application/json"}
        if self._key:
            headers["authorization"] = f"Bearer {self._key}"
        body = {"model": self.model, "messages": messages, "temperature": 0,
                "response_format": {"type": "json_object"}}
        try:
            r = requests.post(self.url, json=body, headers=headers, timeout=self.timeout)
        except requests.RequestException as e:
            raise LLMError(f"the LLM service at {self.url} did not answer ({type(e).__name__})") from None
        if r.status_code != 200:
            raise LLMError(f"the LLM service answered HTTP {r.status_code}: {r.text[:200]}")
        try:
            return r.json()["choices"][0]["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError("the LLM service's answer is not a chat completion") from None


def schema_prompt(cat: Catalog, summary: dict | None = None) -> str:
    """The schema as DDL with keys, descriptions, listed values and a few sample rows."""
    tables = (summary or {}).get("tables") or {}
    out = []
    for t in cat.tables.values():
        lines = []
        tdesc = (tables.get(t.name) or {}).get("description", "")
        for c in t.columns.values():
            cdesc = ((tables.get(t.name) or {}).get("columns", {}).get(c.name) or {}).get("description", "")
            notes = [cdesc] if cdesc else []
            if c.kind == "text" and 0 < c.profile.distinct <= VALUE_LIST:
                notes.append("values: " + ", ".join(f"'{v}'" for v in c.profile.values))
            line = f"  {c.name} {c.type or c.kind.upper()}" + (" PRIMARY KEY" if c.primary_key and len(t.primary_key) == 1 else "")
            lines.append(line + ("  -- " + "; ".join(notes) if notes else ""))
        if len(t.primary_key) > 1:
            lines.append(f"  PRIMARY KEY ({', '.join(t.primary_key)})")
        for fk in cat.foreign_keys + cat.composite_keys:
            if fk.table == t.name:
                cols, refs = ", ".join(c for c, _r in fk.pairs), ", ".join(r for _c, r in fk.pairs)
                lines.append(f"  FOREIGN KEY ({cols}) REFERENCES {fk.ref_table}({refs})"
                             + ("  -- inferred from the names" if fk.inferred else ""))
        head = f"-- {tdesc}\n" if tdesc else ""
        out.append(f"{head}CREATE TABLE {t.name} (\n" + ",\n".join(lines) + "\n);")
    return "\n\n".join(out)


def sample_rows(cat: Catalog, source) -> str:
    parts = []
    q = (lambda n: f'"{n}"') if cat.dialect == "sqlite" else (lambda n: f"`{n}`")
    for t in cat.tables.values():
        try:
            res = source.execute(f"SELECT * FROM {q(t.name)} LIMIT {SAMPLE_ROWS}", SAMPLE_ROWS, 5)
        except Exception:
            continue
        rows = "\n".join("  " + " | ".join("NULL" if v is None else str(v)[:40] for v in r) for r in res.rows)
        parts.append(f"/* {SAMPLE_ROWS} rows of {t.name}:\n  {' | '.join(res.columns)}\n{rows}\n*/")
    return "\n".join(parts)


def knowledge_prompt(knowledge: list[dict]) -> str:
    shots, terms, rules = [], [], []
    for k in knowledge:
        raw = k.get("raw_data") or {}
        if k.get("type") == "few-shot":
            shots.append(f"Q: {raw.get('question')}\nSQL: {raw.get('answer')}")
        elif k.get("type") == "term-sheet":
            terms.append(f"- {', '.join(raw.get('term') or [])}: {raw.get('description')}")
        elif k.get("type") == "instruction":
            rules.append(f"- {raw.get('instruction')}")
    parts = []
    if rules:
        parts.append("Instructions from the database owner:\n" + "\n".join(rules))
    if terms:
        parts.append("Terms:\n" + "\n".join(terms))
    if shots:
        parts.append("Examples:\n" + "\n\n".join(shots))
    return "\n\n".join(parts)


def parse_reply(text: str) -> dict:
    """The JSON object in a reply, also when the model wrapped it in a code fence or prose."""
    candidates = [text]
    fence = re.search(r"```(?:json)?\s*(\{.*?\})\s*```", text, re.S)
    if fence:
        candidates.insert(0, fence.group(1))
    brace = re.search(r"\{.*\}", text, re.S)
    if brace:
        candidates.append(brace.group(0))
    for c in candidates:
        try:
            data = json.loads(c)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    raise LLMError("the model did not answer with a JSON object")


class LLMEngine:
    """Builds the prompt, asks the model, checks its SQL with the safety gate (one repair round)."""

    def __init__(self, cat: Catalog, client: LLMClient, source, summary: dict | None, knowledge: list[dict],
                 max_rows: int = 1000):
        self.cat = cat
        self.client = client
        self.source = source
        self.max_rows = max_rows
        self.system = "\n\n".join(p for p in (
            RULES.format(dialect="SQLite" if cat.dialect == "sqlite" else "MySQL/TiDB", max_rows=max_rows),
            "Schema:\n" + schema_prompt(cat, summary), sample_rows(cat, source), knowledge_prompt(knowledge)) if p)

    def messages(self, question: str, mode: str, history: list[dict], focus: dict | None) -> list[dict]:
        msgs = [{"role": "system", "content": self.system}]
        for h in history[-6:]:
            msgs.append({"role": "user", "content": h["question"]})
            if h.get("answered", True):
                msgs.append({"role": "assistant", "content": json.dumps({"sql": h["sql"]})})
            else:       # a declined round: a follow-up of it is not one of the round before
                msgs.append({"role": "assistant", "content": json.dumps({"sql": None, "note": "not answered"})})
        ask = question
        if focus:
            ask = (f"Revise this earlier answer.\nEarlier question: {focus['question']}\nEarlier SQL: {focus['sql']}\n"
                   f"Change requested: {question}")
        if mode == "auto_breakdown":
            ask += "\n(Break the question into sub-tasks if it has several parts.)"
        msgs.append({"role": "user", "content": ask})
        return msgs

    def ask(self, question: str, mode: str = "direct", history: list[dict] | None = None,
            focus: dict | None = None) -> dict:
        """The model's answer, every SQL checked by the gate: {"sql"|"sub_tasks", ...}."""
        msgs = self.messages(question, mode, history or [], focus)
        for attempt in range(2):
            try:
                reply = parse_reply(self.client.complete(msgs))
                problem = self._check(reply)
            except LLMError as e:
                if attempt:
                    raise CannotAnswer(f"Could not answer '{question}': {e}") from None
                msgs = msgs + [{"role": "user", "content": f"{e}. Answer with the JSON object only."}]
                continue
            if problem is None:
                return reply
            if attempt:
                raise CannotAnswer(f"Could not answer '{question}': the model's SQL was refused: {problem}")
            msgs = msgs + [{"role": "assistant", "content": json.dumps(reply)},
                           {"role": "user", "content": f"That SQL was refused: {problem}. Fix it; answer with JSON."}]
        raise AssertionError("unreachable")

    def _check(self, reply: dict) -> str | None:
        if not reply.get("sql") and not reply.get("sub_tasks"):
            reason = reply.get("reason") or "the model found no query for it"
            raise CannotAnswer(f"Could not answer: {reason}")
        for item in reply.get("sub_tasks") or [reply]:
            if not isinstance(item, dict) or not isinstance(item.get("sql"), str):
                return "each sub-task needs an 'sql' string"
            try:
                safety.check(item["sql"], self.cat.dialect, self.max_rows, getattr(self.source, "name", None))
            except safety.UnsafeSQL as e:
                return str(e)
        return None

    def repair(self, question: str, sql: str, error: str, history: list[dict] | None = None) -> str | None:
        """One more try after the database rejected the SQL; the new SQL or None."""
        msgs = self.messages(question, "direct", history or [], None) + [
            {"role": "assistant", "content": json.dumps({"sql": sql})},
            {"role": "user", "content": f"Running that SQL failed: {error}. Fix it; answer with JSON."}]
        try:
            reply = parse_reply(self.client.complete(msgs))
        except LLMError:
            return None
        new = reply.get("sql")
        if not isinstance(new, str) or not new.strip():
            return None
        try:
            safety.check(new, self.cat.dialect, self.max_rows, getattr(self.source, "name", None))
        except safety.UnsafeSQL:
            return None
        return new
