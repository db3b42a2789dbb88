"""Meta-commands. A CommandRegistry instance (no module globals) holds commands that each
declare a name, aliases, help, argument completion; `\\name` and `/name` both work."""
from __future__ import annotations

import difflib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..api.errors import ApiError, Cancelled
from ..api.models import Answer, Breakdown, Round
from ..render import table
from ..render.theme import ThemeError, available, load_theme, make_style

if TYPE_CHECKING:
    from .repl import Shell


BACKSLASH = "\\"


@dataclass
class Command:
    name: str
    handler: Callable[[Shell, str], None]
    help: str
    usage: str = ""
    aliases: tuple[str, ...] = ()
    complete: Callable[[Shell, str], list[str]] | None = None


@dataclass
class CommandRegistry:
    commands: dict[str, Command] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)

    def add(self, cmd: Command) -> None:
        self.commands[cmd.name] = cmd
        for n in (cmd.name, *cmd.aliases):
            self._names[n] = cmd.name

    def find(self, name: str) -> Command | None:
        key = self._names.get(name.lower())
        return self.commands.get(key) if key else None

    def names(self) -> list[str]:
        return sorted(self._names)

    def near(self, name: str) -> list[str]:
        return difflib.get_close_matches(name.lower(), self.names(), n=3, cutoff=0.5)

    @staticmethod
    def is_command(line: str) -> bool:
        s = line.lstrip()
        return s[:1] in ("\\", "/") and len(s) > 1 and s[1].isalpha()

    def run(self, shell: Shell, line: str) -> None:
        body = line.strip()[1:]
        name, _, arg = body.partition(" ")
        cmd = self.find(name)
        if cmd is None:
            near = ", ".join(BACKSLASH + n for n in self.near(name))
            hint = f"; did you mean {near}?" if near else "; \\help lists them"
            shell.printer.error(f"unknown command \\{name}{hint}")
            return
        cmd.handler(shell, arg.strip())


# --------------------------------------------------------------------------------------
# the commands
# --------------------------------------------------------------------------------------
def _help(sh: Shell, arg: str) -> None:
    if arg:
        cmd = sh.commands.find(arg.lstrip("\\/"))
        if cmd is None:
            sh.printer.error(f"no command \\{arg.lstrip(chr(92) + '/')}")
            return
        names = ", ".join(f"\\{n}" for n in (cmd.name, *cmd.aliases))
        sh.printer.text(f"{names}  {cmd.usage}\n  {cmd.help}")
        return
    lines = ["Type a question to ask it as the next round of this session. Commands (\\name or /name):"]
    for cmd in sorted(sh.commands.commands.values(), key=lambda c: c.name):
        lines.append(f"  \\{cmd.name:<9} {cmd.usage:<22} {cmd.help}")
    lines.append("Keys: F2 toggles the mode · Alt-Enter new line · Ctrl-X Ctrl-E editor · Ctrl-C cancels · Ctrl-D quits")
    sh.printer.text("\n".join(lines))


def _quit(sh: Shell, arg: str) -> None:
    sh.state.running = False


def _mode(sh: Shell, arg: str) -> None:
    if not arg:
        sh.state.mode = "auto_breakdown" if sh.state.mode == "direct" else "direct"
    elif arg in ("direct", "auto_breakdown", "breakdown", "auto"):
        sh.state.mode = "direct" if arg == "direct" else "auto_breakdown"
    else:
        sh.printer.error("usage: \\mode [direct|auto_breakdown]")
        return
    sh.printer.info(f"mode: {sh.state.mode}")


def _new(sh: Shell, arg: str) -> None:
    if not sh.ready():
        return
    b = sh.backend
    try:
        b.session = b.client.create_session(b.target.cluster_id, b.target.database, arg)
    except ApiError as e:
        sh.printer.error(f"cannot start a new session: {e}")
        return
    sh.state.rounds.clear()
    sh.printer.info(f"new session {b.session.session_id}" + (f" ({arg})" if arg else ""))


def _sessions(sh: Shell, arg: str) -> None:
    if not sh.ready():
        return
    try:
        items = sh.backend.client.sessions()
    except ApiError as e:
        sh.printer.error(f"cannot list sessions: {e}")
        return
    rows = [[s.session_id, s.name or "", time.strftime("%Y-%m-%d %H:%M", time.localtime(s.updated_at)),
             "← current" if sh.backend.session and s.session_id == sh.backend.session.session_id else ""]
            for s in items[:50]]
    sh.printer.out(table.render(["session", "name", "updated", ""], rows, "table", 50, 50, sh.printer.width))


def _resume(sh: Shell, arg: str) -> None:
    if not arg.isdigit():
        sh.printer.error("usage: \\resume SESSION_ID (\\sessions lists them)")
        return
    if not sh.ready():
        return
    b = sh.backend
    try:
        s = b.client.session(int(arg))
    except ApiError as e:
        sh.printer.error(f"cannot resume session {arg}: {e}")
        return
    b.session = s
    sh.state.rounds.clear()
    pending: Round | None = None
    for m in s.messages:
        if m.role == "user":
            pending = Round(sh.state.next_number(), m.content, m.sql_generate_mode or "direct")
            sh.state.rounds.append(pending)
        elif m.role == "assistant" and pending is not None:
            pending.job_id = m.job_id
            pending = None
    sh.printer.info(f"resumed session {s.session_id}" + (f" ({s.name})" if s.name else "")
                    + f": {len(sh.state.rounds)} rounds")
    _history(sh, "")


def _history(sh: Shell, arg: str) -> None:
    if not sh.state.rounds:
        sh.printer.info("no rounds yet")
        return
    rows = []
    for r in sh.state.rounds:
        status = "error" if r.error else ("ok" if r.result is not None else ("" if not r.job_id else "saved"))
        rows.append([r.number, r.mode, r.question, status])
    sh.printer.out(table.render(["#", "mode", "question", ""], rows, "table", 0, 70, sh.printer.width))


def _round_arg(sh: Shell, arg: str, default_last: bool = True) -> Round | None:
    if not arg:
        r = sh.state.rounds[-1] if sh.state.rounds and default_last else None
        if r is None:
            sh.printer.error("no rounds yet")
        return r
    if not arg.isdigit() or sh.state.round(int(arg)) is None:
        sh.printer.error(f"no round {arg} (\\history lists them)")
        return None
    return sh.state.round(int(arg))


def _load(sh: Shell, r: Round) -> bool:
    """Fetch a resumed round's answer from its job."""
    if r.result is not None or not r.job_id:
        return r.result is not None
    try:
        job = sh.backend.client.job(r.job_id)
    except ApiError as e:
        sh.printer.error(f"cannot load round {r.number}: {e}")
        return False
    r.result = job.answer
    if job.status == "failed":
        r.error = job.reason
    return r.result is not None


def _show(sh: Shell, arg: str) -> None:
    from .rounds import show
    r = _round_arg(sh, arg)
    if r is not None:
        _load(sh, r)
        show(sh.state, sh.printer, r)


def _sql(sh: Shell, arg: str) -> None:
    from ..render.answer import sql_only
    r = _round_arg(sh, arg)
    if r is None:
        return
    _load(sh, r)
    text = sql_only(r)
    if text:
        sh.printer.out([("", text)])
    else:
        sh.printer.error(f"round {r.number} has no SQL")


def _rerun(sh: Shell, arg: str) -> None:
    r = _round_arg(sh, arg)
    if r is not None:
        sh.ask(r.question, mode=r.mode)


def _feedback(sh: Shell, arg: str) -> None:
    ref, _, text = arg.partition(" ")
    num, _, sub = ref.partition(".")
    if not num.isdigit() or not text.strip():
        sh.printer.error("usage: \\feedback N[.K] what to change   (K: sub-task of a breakdown round)")
        return
    r = sh.state.round(int(num))
    if r is None or not r.job_id:
        sh.printer.error(f"no answered round {num} in this session")
        return
    task = ""
    if sub:
        if not sub.isdigit() or int(sub) < 1:
            sh.printer.error("the sub-task number K starts at 1")
            return
        task = f"0-{int(sub) - 1}"
    sh.ask(text.strip(), feedback_of=r, feedback_task=task)


def _summary(sh: Shell, arg: str) -> None:
    if not sh.ready():
        return
    b = sh.backend
    try:
        items = [s for s in b.client.data_summaries(b.target.cluster_id, b.target.database) if s.status == "done"]
    except ApiError as e:
        sh.printer.error(f"cannot read the data summary: {e}")
        return
    if not items:
        sh.printer.error("no data summary yet")
        return
    s = items[-1]
    out = [("class:task", f"{s.database}"), ("", f" (data summary {s.data_summary_id})\n")]
    if s.description:
        out.append(("class:description", s.description + "\n"))
    for t in s.tables:
        if arg and t.name != arg:
            continue
        out.append(("class:round", f"\n{t.name}"))
        out.append(("", f": {t.description}\n"))
        if arg or len(s.tables) <= 6:
            rows = [[c, d] for c, d in t.columns.items()]
            out.extend(table.render(["column", "description"], rows, "table", 0, 90, sh.printer.width))
    if s.relationships and not arg:
        out.append(("class:round", "\nrelationships\n"))
        for a, ac, b2, bc in s.relationships:
            out.append(("", f"  {a}.{ac} → {b2}.{bc}\n"))
    sh.printer.out(out)


def _suggest(sh: Shell, arg: str) -> None:
    if not sh.ready():
        return
    b = sh.backend
    try:
        job = b.client.wait(b.client.suggest(b.target.cluster_id, b.target.database), timeout=120,
                            on_tick=lambda t: sh.printer.tick("suggesting…", t))
    except (ApiError, Cancelled, KeyboardInterrupt) as e:
        sh.printer.clear_spinner()
        sh.printer.error(f"no suggestions: {e if isinstance(e, ApiError) else 'cancelled'}")
        return
    qs = job.raw_result if isinstance(job.raw_result, list) else []
    sh.printer.text("\n".join(f"  {i}. {q}" for i, q in enumerate(qs, 1)) or "no suggestions")


def _format(sh: Shell, arg: str) -> None:
    if not arg:
        sh.printer.info(f"format: {sh.state.format} (choose from: {', '.join(table.known_formats())})")
        return
    if arg not in table.known_formats():
        near = difflib.get_close_matches(arg, table.known_formats(), n=3)
        sh.printer.error(f"unknown format '{arg}'" + (f"; did you mean {', '.join(near)}?" if near else ""))
        return
    sh.state.format = arg
    sh.printer.info(f"format: {arg}")


def _rows(sh: Shell, arg: str) -> None:
    if not arg.isdigit():
        sh.printer.error(f"usage: \\rows N (now {sh.state.rows}; 0 shows every row)")
        return
    sh.state.rows = int(arg)
    sh.printer.info(f"showing up to {arg} rows" if int(arg) else "showing every row")


def _export(sh: Shell, arg: str) -> None:
    if not arg:
        sh.printer.error("usage: \\export FILE.csv|.json|.md [N]")
        return
    path_s, _, num = arg.rpartition(" ") if arg.rsplit(" ", 1)[-1].isdigit() and " " in arg else (arg, "", "")
    r = sh.state.round(int(num)) if num else sh.state.last_with_data()
    if r is None or not _load(sh, r):
        sh.printer.error("no result to export yet")
        return
    path = Path(path_s).expanduser()
    ext = path.suffix.lower().lstrip(".")
    answers = r.result.sub_tasks if isinstance(r.result, Breakdown) else [r.result]
    answers = [a for a in answers if isinstance(a, Answer) and a.columns]
    if not answers:
        sh.printer.error(f"round {r.number} has no rows to export")
        return
    try:
        if ext == "json":
            data = [{"task": a.clarified_task, "sql": a.sql,
                     "rows": [dict(zip(a.columns, row)) for row in a.rows]} for a in answers]
            path.write_text(json.dumps(data if len(data) > 1 else data[0]["rows"], ensure_ascii=False, indent=2) + "\n",
                            encoding="utf-8")
        elif ext in ("md", "markdown"):
            parts = [f"## {a.clarified_task}\n\n```sql\n{a.sql}\n```\n\n" + table.markdown(a.columns, a.rows)
                     for a in answers]
            path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        elif ext in ("csv", "tsv"):
            a = answers[-1]
            path.write_text(table.machine(a.columns, a.rows, ext), encoding="utf-8")
            if len(answers) > 1:
                sh.printer.warn(f"a {ext} file holds one table: wrote the last sub-task; use .json or .md for all")
        else:
            sh.printer.error("the file name must end in .csv, .tsv, .json or .md")
            return
    except OSError as e:
        sh.printer.error(f"cannot write {path}: {e.strerror}")
        return
    rows = sum(len(a.rows) for a in answers)
    sh.printer.info(f"wrote {rows} rows from round {r.number} to {path}")


def _theme(sh: Shell, arg: str) -> None:
    names = available(sh.user_theme_dir)
    if not arg:
        sh.printer.info(f"theme: {sh.state.theme} (available: {', '.join(names)})")
        return
    try:
        styles = load_theme(arg, sh.user_theme_dir)
        style = make_style(styles)
    except ThemeError as e:
        sh.printer.error(str(e))
        return
    sh.state.theme = arg
    sh.set_style(style)
    sh.printer.info(f"theme: {arg}")


def _toggle(attr: str, name: str) -> Callable[[Shell, str], None]:
    """A command that turns a display setting on, off, or (no argument) over."""
    def handler(sh: Shell, arg: str) -> None:
        if arg in ("on", "off"):
            setattr(sh.state, attr, arg == "on")
        elif not arg:
            setattr(sh.state, attr, not getattr(sh.state, attr))
        else:
            sh.printer.error(f"usage: \\{name} [on|off]")
            return
        sh.printer.info(f"{name} {'on' if getattr(sh.state, attr) else 'off'}")
    return handler


def _on_off(sh: Shell, arg: str) -> list[str]:
    return [x for x in ("on", "off") if x.startswith(arg)]


def _rounds(sh: Shell, prefix: str) -> list[str]:
    return [str(r.number) for r in sh.state.rounds if str(r.number).startswith(prefix)]


def build_registry() -> CommandRegistry:
    reg = CommandRegistry()
    add = reg.add
    add(Command("help", _help, "list commands, or explain one", "[command]", ("h", "?"),
                lambda sh, a: [n for n in reg.names() if n.startswith(a)]))
    add(Command("quit", _quit, "leave c2q (Ctrl-D too)", "", ("q", "exit")))
    add(Command("mode", _mode, "switch SQL generation mode (F2 toggles)", "[direct|auto_breakdown]", (),
                lambda sh, a: [m for m in ("direct", "auto_breakdown") if m.startswith(a)]))
    add(Command("new", _new, "start a new session", "[name]"))
    add(Command("sessions", _sessions, "list sessions", "", ("ls",)))
    add(Command("resume", _resume, "continue an earlier session", "ID", ("r",)))
    add(Command("history", _history, "list this session's rounds", "", ("hist",)))
    add(Command("show", _show, "show round N again", "[N]", (), _rounds))
    add(Command("sql", _sql, "print round N's SQL plainly, for copying", "[N]", (), _rounds))
    add(Command("rerun", _rerun, "ask round N's question again", "N", (), _rounds))
    add(Command("feedback", _feedback, "revise round N's answer (K: its sub-task)", "N[.K] text", ("fb",), _rounds))
    add(Command("summary", _summary, "tables and descriptions of the data summary", "[table]"))
    add(Command("suggest", _suggest, "questions this database can answer", ""))
    add(Command("format", _format, "table, vertical, csv, tsv, json, markdown, or any tabulate format", "NAME", (),
                lambda sh, a: [f for f in table.known_formats() if f.startswith(a)]))
    add(Command("rows", _rows, "rows shown per result", "N"))
    add(Command("export", _export, "save the last result (or round N) as csv, json or md", "FILE [N]"))
    add(Command("theme", _theme, "colour theme", "NAME", (),
                lambda sh, a: [t for t in available(sh.user_theme_dir) if t.startswith(a)]))
    add(Command("chart", _toggle("chart", "chart"), "text charts under results (bars, sparklines)", "[on|off]",
                (), _on_off))
    add(Command("timing", _toggle("timing", "timing"), "show how long each round took", "[on|off]", (), _on_off))
    return reg


