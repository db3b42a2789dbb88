"""Files the shell writes and reads: one round's result (`\\export FILE [N]`), the whole
conversation (`\\export conversation FILE.md|.json`), and a conversation read back for
`c2q --replay`. Results travel in the API's own JSON shape (api.models.result_raw /
parse_result), so a replayed round is the same model a live one is."""
from __future__ import annotations

import json
import time
from pathlib import Path

from ..api.models import Answer, Breakdown, Result, parse_result, result_raw
from ..render import table
from ..render.sql import pretty
from .state import Round

FORMAT, VERSION = "c2q-conversation", 1
SAMPLE_JSON, SAMPLE_MD = 100, 10          # rows kept per answer in a conversation file


class ExportError(Exception):
    """A file that cannot be written or read; the message says why."""


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def answers_of(result: Result | None) -> list[Answer]:
    items = result.sub_tasks if isinstance(result, Breakdown) else [result]
    return [a for a in items if isinstance(a, Answer)]


# one round's rows ------------------------------------------------------------------------
def write_result(path: Path, rnd: Round) -> tuple[list[Path], int]:
    """Write round `rnd`'s rows; returns the files written and the rows in them. A breakdown
    writes every sub-task: in one file for .json (a list of {task, sql, columns, rows}) and .md
    (a section each), and one file per sub-task for .csv/.tsv (NAME-1.csv, NAME-2.csv, …),
    since sub-tasks have different columns."""
    ext = path.suffix.lower().lstrip(".")
    if ext not in ("csv", "tsv", "json", "md", "markdown"):
        raise ExportError("the file name must end in .csv, .tsv, .json or .md")
    answers = [a for a in answers_of(rnd.result) if a.columns]
    if not answers:
        raise ExportError(f"round {rnd.number} has no rows to export")
    several = len(answers) > 1
    files: dict[Path, str] = {}
    if ext == "json":
        data = [{"task": a.clarified_task, "sql": a.sql, "columns": a.columns,
                 "rows": table.typed_rows(a.columns, a.rows, a.types)} for a in answers]
        files[path] = json.dumps(data if several else data[0]["rows"], ensure_ascii=False, indent=2) + "\n"
    elif ext in ("md", "markdown"):
        parts = [f"## {a.clarified_task}\n\n```sql\n{pretty(a.sql)}\n```\n\n" + table.markdown(a.columns, a.rows)
                 for a in answers]
        files[path] = "\n\n".join(parts) + "\n"
    else:
        for i, a in enumerate(answers, 1):
            target = path.with_name(f"{path.stem}-{i}{path.suffix}") if several else path
            files[target] = table.machine(a.columns, a.rows, ext)
    for target, text in files.items():
        _write(target, text)
    return list(files), sum(len(a.rows) for a in answers)


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror}") from None


# the whole conversation ------------------------------------------------------------------
def conversation(rounds: list[Round], database: str, session_id: int | None, session_name: str) -> dict:
    out = []
    for r in rounds:
        item = {"number": r.number, "question": r.question, "mode": r.mode, "feedback_of": r.feedback_of,
                "revises_task": r.revises_task,
                "elapsed": round(r.elapsed, 3), "error": r.error,
                "result": result_raw(r.result, SAMPLE_JSON) if r.result is not None else None}
        if r.result is not None:
            item["row_counts"] = [len(a.rows) for a in answers_of(r.result)]
        out.append(item)
    return {"format": FORMAT, "version": VERSION, "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "database": database, "session": {"id": session_id, "name": session_name}, "rounds": out}


def write_conversation(path: Path, doc: dict) -> None:
    ext = path.suffix.lower()
    if ext == ".json":
        _write(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    elif ext in (".md", ".markdown"):
        _write(path, conversation_markdown(doc))
    else:
        raise ExportError("a conversation is written as .md (to read) or .json (to replay with c2q --replay)")


def conversation_markdown(doc: dict) -> str:
    title = doc["session"].get("name") or doc["database"]
    lines = [f"# Conversation: {title}", "", f"Database `{doc['database']}` · {plural(len(doc['rounds']), 'round')} · "
             f"exported {doc['exported_at']}", ""]
    for item in doc["rounds"]:
        mode = " (auto_breakdown)" if item["mode"] == "auto_breakdown" else ""
        fb = f" (revises round {item['feedback_of']})" if item.get("feedback_of") else ""
        lines += [f"## [{item['number']}] {item['question']}{mode}{fb}", ""]
        res = parse_result(item.get("result"))
        counts = item.get("row_counts") or []
        if isinstance(res, Breakdown):
            if res.description:
                lines += [f"*Task summary: {res.description}*", ""]
            for k, sub in enumerate(res.sub_tasks, 1):
                lines += [f"### {k}. {sub.clarified_task}", ""] + _answer_md(sub, counts[k - 1] if k <= len(counts)
                                                                              else len(sub.rows))
        elif isinstance(res, Answer):
            if res.clarified_task:
                lines += [f"> {res.clarified_task}", ""]
            lines += _answer_md(res, counts[0] if counts else len(res.rows))
        if item.get("error"):
            lines += [f"**Error:** {item['error']}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _answer_md(a: Answer, total: int) -> list[str]:
    out: list[str] = []
    if a.sql:
        out += ["```sql", pretty(a.sql), "```", ""]           # laid out as on screen
    if a.sql_error:
        out += [f"**SQL error:** {a.sql_error}", ""]
    if a.columns:
        out += [table.markdown(a.columns, a.rows[:SAMPLE_MD]).rstrip("\n"), ""]
        if total > SAMPLE_MD:
            out += [f"*… {plural(total - SAMPLE_MD, 'more row')} ({total} in all)*", ""]
        else:
            out += [f"*{plural(total, 'row')}*", ""]
    out += [f"- **{x.concept}**: {x.explanation}" for x in a.assumptions]
    if a.assumptions:
        out.append("")
    if a.description:
        out += [a.description, ""]
    return out


def read_conversation(path: Path) -> tuple[dict, list[Round]]:
    """A conversation file written by `\\export conversation FILE.json`, as rounds."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ExportError(f"cannot read {path}: {e.strerror}") from None
    except ValueError as e:
        raise ExportError(f"{path} is not JSON ({e})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("rounds"), list):
        raise ExportError(f"{path} is not a c2q conversation (write one with \\export conversation FILE.json)")
    rounds = []
    for i, item in enumerate(doc["rounds"], 1):
        if not isinstance(item, dict) or not isinstance(item.get("question"), str):
            raise ExportError(f"{path}: round {i} has no question")
        try:
            r = Round(int(item.get("number") or i), item["question"], str(item.get("mode") or "direct"),
                      result=parse_result(item.get("result")), error=str(item.get("error") or ""),
                      elapsed=float(item.get("elapsed") or 0), feedback_of=_int(item.get("feedback_of")),
                      revises_task=_int(item.get("revises_task")))
        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise ExportError(f"{path}: round {i} cannot be read ({type(e).__name__}: {e})") from None
        rounds.append(r)
    return doc, rounds


def _int(v) -> int | None:
    return v if isinstance(v, int) else None
